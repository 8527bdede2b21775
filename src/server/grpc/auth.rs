//! Who is calling: one tower layer in front of `ChatService` (every method,
//! the Chat route included) turns request metadata into a [`Caller`] in the
//! request's extensions, or answers UNAUTHENTICATED before any handler
//! runs. Handlers never read identity from a request body. Health and
//! reflection are not behind it: a load balancer and grpcurl need no name.
//!
//! `open` mode trusts the `x-confab-user` header (for development, on
//! loopback); `jwt` mode takes `authorization: Bearer TOKEN` (gRPC and
//! gRPC-Web alike), checked by [`TokenVerifier`], and ignores
//! `x-confab-user`. A token's expiry travels with the caller, so a stream
//! can end when it runs out; the verifier travels too, for a Chat
//! session's `refresh`.

use std::{
    collections::HashSet,
    convert::Infallible,
    net::SocketAddr,
    sync::Arc,
    task::{Context, Poll},
    time::SystemTime,
};

use tonic::{body::Body, codegen::Service, server::NamedService, Status};

use crate::{
    error::Error,
    model::{Actor, UserName},
    pb::USER_HEADER,
    server::token::{Identity, TokenVerifier},
};

/// How the layer finds out who is calling.
#[derive(Clone)]
pub(crate) enum Authenticator {
    /// Trust `x-confab-user`.
    Open,
    /// Check the bearer token.
    Jwt(Arc<TokenVerifier>),
}

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
    /// When the caller's token stops being accepted (`exp` plus the
    /// leeway); `None` in open mode. A stream ends then.
    pub(crate) expires: Option<SystemTime>,
}

/// Service `S`, reached only by authenticated callers.
#[derive(Clone)]
pub(crate) struct Authenticated<S> {
    inner: S,
    auth: Authenticator,
    /// Open mode: the users named administrators (`--admin`). In jwt mode
    /// the token's admin claim says it.
    admins: Arc<HashSet<UserName>>,
}

impl<S> Authenticated<S> {
    /// Puts `inner` behind `auth`.
    pub(crate) fn new(inner: S, auth: Authenticator) -> Self {
        Self {
            inner,
            auth,
            admins: Default::default(),
        }
    }

    /// Makes these users administrators (open mode).
    pub(crate) fn with_admins(mut self, admins: &[UserName]) -> Self {
        self.admins = Arc::new(admins.iter().cloned().collect());
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
        match caller_of_headers(&self.auth, request.headers()) {
            Ok(mut caller) => {
                if let Authenticator::Open = self.auth {
                    caller.admin = self.admins.contains(&caller.user);
                }
                caller.peer = super::peer::peer_of(request.extensions());
                request.extensions_mut().insert(caller);
                if let Authenticator::Jwt(verifier) = &self.auth {
                    request.extensions_mut().insert(verifier.clone());
                }
                Either::Left(self.inner.call(request))
            }
            Err(error) => Either::Right(std::future::ready(Ok(Status::from(error).into_http()))),
        }
    }
}

/// The caller the request's headers (its metadata) prove, if `auth`
/// accepts them.
fn caller_of_headers(auth: &Authenticator, metadata: &http::HeaderMap) -> Result<Caller, Error> {
    match auth {
        Authenticator::Open => {
            let value = metadata.get(USER_HEADER).ok_or_else(|| {
                Error::Unauthenticated(format!(
                    "missing the {USER_HEADER} header that names the caller"
                ))
            })?;
            let name = value.to_str().map_err(|_| {
                Error::Unauthenticated(format!("the {USER_HEADER} header is not text"))
            })?;
            let user = UserName::parse(name).map_err(|e| Error::Unauthenticated(e.to_string()))?;
            Ok(Caller {
                user,
                admin: false,
                peer: None,
                expires: None,
            })
        }
        Authenticator::Jwt(verifier) => {
            let identity = verifier.verify(bearer_token(metadata)?)?;
            Ok(Caller::from(identity))
        }
    }
}

impl From<Identity> for Caller {
    fn from(identity: Identity) -> Self {
        Self {
            user: identity.user,
            admin: identity.admin,
            peer: None,
            expires: Some(identity.expires),
        }
    }
}

/// The token of an `authorization: Bearer TOKEN` header.
fn bearer_token(metadata: &http::HeaderMap) -> Result<&str, Error> {
    let value = metadata.get(http::header::AUTHORIZATION).ok_or_else(|| {
        Error::Unauthenticated(
            "missing the authorization header: send `authorization: Bearer TOKEN`".into(),
        )
    })?;
    let malformed =
        || Error::Unauthenticated("the authorization header must be `Bearer TOKEN`".into());
    let text = value.to_str().map_err(|_| malformed())?;
    let (scheme, token) = text.split_once(' ').ok_or_else(malformed)?;
    let token = token.trim();
    if !scheme.eq_ignore_ascii_case("bearer") || token.is_empty() {
        return Err(malformed());
    }
    Ok(token)
}

/// The whole caller the layer put in `extensions`, with its token's
/// expiry.
pub(crate) fn full_caller_in(extensions: &http::Extensions) -> Result<Caller, Status> {
    extensions
        .get::<Caller>()
        .cloned()
        .ok_or_else(|| Status::unauthenticated("the request was not authenticated"))
}

/// The token verifier, in `jwt` mode, for a session's `refresh`.
pub(crate) fn verifier_in(extensions: &http::Extensions) -> Option<Arc<TokenVerifier>> {
    extensions.get::<Arc<TokenVerifier>>().cloned()
}

/// The caller the layer put in `extensions`.
pub(crate) fn caller_in(extensions: &http::Extensions) -> Result<UserName, Status> {
    extensions
        .get::<Caller>()
        .map(|caller| caller.user.clone())
        .ok_or_else(|| Status::unauthenticated("the request was not authenticated"))
}

/// The caller a request was authenticated as.
pub(crate) fn caller_of<T>(request: &tonic::Request<T>) -> Result<UserName, Status> {
    caller_in(request.extensions())
}

/// Where the caller the layer put in `extensions` calls from.
pub(crate) fn peer_in(extensions: &http::Extensions) -> Option<SocketAddr> {
    extensions.get::<Caller>().and_then(|caller| caller.peer)
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
