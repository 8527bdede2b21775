//! Who is calling: one tower layer in front of `ChatService` (every method,
//! the Chat route included) turns request metadata into a [`Caller`] in the
//! request's extensions, or answers UNAUTHENTICATED before any handler
//! runs. Handlers never read identity from a request body. Health and
//! reflection are not behind it: a load balancer and grpcurl need no name.
//!
//! `open` mode trusts the `x-confab-user` header (for development, on
//! loopback); a token-checking mode plugs in here as another
//! [`AuthMode`] variant.

use std::{
    convert::Infallible,
    net::SocketAddr,
    task::{Context, Poll},
};

use tonic::{body::Body, codegen::Service, server::NamedService, Status};

use crate::{
    error::Error,
    model::{Actor, UserName},
    pb::USER_HEADER,
    server::config::AuthMode,
};

/// The authenticated caller of a request.
#[derive(Clone, Debug)]
pub(crate) struct Caller {
    /// Who is calling.
    pub(crate) user: UserName,
    /// Whether the caller moderates every room (a server administrator).
    pub(crate) admin: bool,
    /// Where the call comes from (the connection's remote address), for
    /// the limits kept per connection and per peer address.
    pub(crate) peer: Option<SocketAddr>,
}

/// Service `S`, reached only by authenticated callers.
#[derive(Clone)]
pub(crate) struct Authenticated<S> {
    inner: S,
    mode: AuthMode,
    /// Open mode: the users named administrators (`--admin`).
    admins: std::sync::Arc<std::collections::HashSet<UserName>>,
}

impl<S> Authenticated<S> {
    /// Puts `inner` behind authentication in `mode`.
    pub(crate) fn new(inner: S, mode: AuthMode) -> Self {
        Self {
            inner,
            mode,
            admins: Default::default(),
        }
    }

    /// Makes these users administrators (open mode).
    pub(crate) fn with_admins(mut self, admins: &[UserName]) -> Self {
        self.admins = std::sync::Arc::new(admins.iter().cloned().collect());
        self
    }
}

impl<S: NamedService> NamedService for Authenticated<S> {
    const NAME: &'static str = S::NAME;
}

impl<S> Service<http::Request<Body>> for Authenticated<S>
where
    S: Service<http::Request<Body>, Response = http::Response<Body>, Error = Infallible>,
    S::Future: Send + 'static,
{
    type Response = http::Response<Body>;
    type Error = Infallible;
    type Future = futures_util::future::Either<
        S::Future,
        std::future::Ready<Result<http::Response<Body>, Infallible>>,
    >;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: http::Request<Body>) -> Self::Future {
        use futures_util::future::Either;
        match user_of(&self.mode, request.headers()) {
            Ok(user) => {
                let admin = self.mode == AuthMode::Open && self.admins.contains(&user);
                let peer = super::peer::peer_of(request.extensions());
                request
                    .extensions_mut()
                    .insert(Caller { user, admin, peer });
                Either::Left(self.inner.call(request))
            }
            Err(error) => Either::Right(std::future::ready(Ok(Status::from(error).into_http()))),
        }
    }
}

/// The caller named by the request's headers (its metadata), if `mode`
/// accepts it.
fn user_of(mode: &AuthMode, metadata: &http::HeaderMap) -> Result<UserName, Error> {
    match mode {
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

/// The caller the layer put in `extensions`.
pub(crate) fn caller_in(extensions: &http::Extensions) -> Result<UserName, Status> {
    extensions
        .get::<Caller>()
        .map(|caller| caller.user.clone())
        .ok_or_else(|| Status::unauthenticated("the request was not authenticated"))
}

/// Where the caller the layer put in `extensions` calls from.
pub(crate) fn peer_in(extensions: &http::Extensions) -> Option<SocketAddr> {
    extensions.get::<Caller>().and_then(|caller| caller.peer)
}

/// The caller a request was authenticated as.
pub(crate) fn caller_of<T>(request: &tonic::Request<T>) -> Result<UserName, Status> {
    caller_in(request.extensions())
}

/// The caller the layer put in `extensions`, with whether it is an
/// administrator.
pub(crate) fn actor_in(extensions: &http::Extensions) -> Result<Actor, Status> {
    extensions
        .get::<Caller>()
        .map(|caller| Actor {
            user: caller.user.clone(),
            admin: caller.admin,
        })
        .ok_or_else(|| Status::unauthenticated("the request was not authenticated"))
}

/// The caller a request was authenticated as, with whether it is an
/// administrator.
pub(crate) fn actor_of<T>(request: &tonic::Request<T>) -> Result<Actor, Status> {
    actor_in(request.extensions())
}
