//! Who is calling: request metadata → [`Caller`].
//!
//! The interceptor runs before every ChatService call and puts the caller
//! into the request's extensions, so handlers never read identity from a
//! request body. `open` mode trusts the `x-confab-user` header (for
//! development, on loopback); a token-checking mode plugs in here as another
//! [`AuthMode`] variant.

use tonic::{metadata::MetadataMap, service::Interceptor, Request, Status};

use crate::{error::Error, model::UserName};

/// The metadata header naming the caller in open mode.
pub const USER_HEADER: &str = "x-confab-user";

/// The authenticated caller of a request.
#[derive(Clone, Debug)]
pub struct Caller(pub UserName);

/// How callers prove who they are.
#[derive(Clone, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum AuthMode {
    /// The caller names itself with `x-confab-user`; no proof.
    #[default]
    Open,
}

/// The tonic interceptor that authenticates every ChatService request.
#[derive(Clone, Debug)]
pub struct Authenticator {
    mode: AuthMode,
}

impl Authenticator {
    /// An authenticator for `mode`.
    pub fn new(mode: AuthMode) -> Self {
        Self { mode }
    }

    fn caller<T>(&self, request: &Request<T>) -> Result<UserName, Error> {
        self.user_of(request.metadata())
    }

    /// The caller named by request metadata, if this mode accepts it.
    pub fn user_of(&self, metadata: &MetadataMap) -> Result<UserName, Error> {
        match self.mode {
            AuthMode::Open => {
                let value = metadata.get(USER_HEADER).ok_or_else(|| {
                    Error::Unauthenticated(format!(
                        "missing the {USER_HEADER} header that names the caller"
                    ))
                })?;
                let name = value.to_str().map_err(|_| {
                    Error::Unauthenticated(format!("the {USER_HEADER} header is not text"))
                })?;
                UserName::parse(name).map_err(|e| Error::Unauthenticated(e.to_string()))
            }
        }
    }
}

impl Interceptor for Authenticator {
    fn call(&mut self, mut request: Request<()>) -> Result<Request<()>, Status> {
        let user = self.caller(&request)?;
        request.extensions_mut().insert(Caller(user));
        Ok(request)
    }
}

/// The caller a request was authenticated as.
pub fn caller_of<T>(request: &Request<T>) -> Result<UserName, Status> {
    request
        .extensions()
        .get::<Caller>()
        .map(|caller| caller.0.clone())
        .ok_or_else(|| Status::unauthenticated("the request was not authenticated"))
}
