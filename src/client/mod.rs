//! The client library: connect to a confab server as a user. Shared by the
//! `confab` CLI, the benchmark and the tests.
//!
//! | module      | what it is for |
//! |-------------|----------------|
//! | this one    | [`connect`]: a [`Client`] that names its user (and sends its token) on every call |
//! | [`address`] | server addresses as people type them (default port, `https://` for TLS) |
//! | [`cursors`] | per-conversation cursors: what a client has seen, and its own events |
//! | [`pages`]   | ListRooms and ListMembers read to the end, page by page |
//! | [`session`] | a Chat session that reconnects with backoff and resumes from its cursors |
//! | [`state`]   | cursors kept between runs, in a file per server and user |
//! | [`tail`]    | a Subscribe tail that reconnects with backoff and resumes from its cursors |
//! | [`render`]  | events as text lines (with or without colour) and JSON lines |
//! | [`token`]   | bearer tokens: given, or read from a file at every connection |

pub mod address;
pub mod cursors;
pub mod pages;
pub mod render;
pub mod session;
pub mod state;
pub mod tail;
pub mod token;

use std::time::Duration;

use tonic::{
    metadata::{errors::InvalidMetadataValue, AsciiMetadataValue},
    service::{interceptor::InterceptedService, Interceptor},
    transport::{Certificate, Channel, ClientTlsConfig, Endpoint},
    Request, Status,
};

use crate::pb::{chat_service_client::ChatServiceClient, USER_HEADER};
use address::{AddressError, ServerAddress};

/// A ChatService client that names its user on every call.
pub type Client = ChatServiceClient<InterceptedService<Channel, UserHeader>>;

/// Adds `x-confab-user` to every request, and `authorization: Bearer
/// TOKEN` when there is a token (a `jwt` server takes the user from the
/// token and ignores the name).
#[derive(Clone, Debug)]
pub struct UserHeader(std::sync::Arc<CallerHeaders>);

/// The headers [`UserHeader`] adds (shared: a client is cloned and moved
/// a lot).
#[derive(Debug)]
struct CallerHeaders {
    user: AsciiMetadataValue,
    bearer: Option<AsciiMetadataValue>,
}

impl UserHeader {
    /// A header naming `user`.
    pub fn new(user: &str) -> Result<Self, InvalidMetadataValue> {
        Ok(Self(std::sync::Arc::new(CallerHeaders {
            user: user.parse()?,
            bearer: None,
        })))
    }

    /// The same, sending `token` as a bearer token too.
    pub fn with_token(self, token: &str) -> Result<Self, InvalidMetadataValue> {
        Ok(Self(std::sync::Arc::new(CallerHeaders {
            user: self.0.user.clone(),
            bearer: Some(format!("Bearer {token}").parse()?),
        })))
    }
}

impl Interceptor for UserHeader {
    fn call(&mut self, mut request: Request<()>) -> Result<Request<()>, Status> {
        request
            .metadata_mut()
            .insert(USER_HEADER, self.0.user.clone());
        if let Some(bearer) = &self.0.bearer {
            request
                .metadata_mut()
                .insert("authorization", bearer.clone());
        }
        Ok(request)
    }
}

/// What can go wrong while connecting.
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    /// The server address is refused.
    #[error("bad server address {address:?}: {source}")]
    Address {
        /// The address given.
        address: String,
        /// Why it is refused.
        source: AddressError,
    },
    /// The user name cannot be sent as a header.
    #[error("bad user name {0:?}: not valid header text")]
    User(String),
    /// No token could be read, or it cannot be sent as a header.
    #[error("bad token: {0}")]
    Token(String),
    /// The CA file for `https://` could not be read.
    #[error("cannot read the CA file {path}: {reason}")]
    CaFile {
        /// The file given.
        path: String,
        /// Why.
        reason: String,
    },
    /// The server could not be reached.
    #[error("cannot reach the server at {address}: {source}")]
    Unreachable {
        /// The address tried.
        address: String,
        /// The transport error.
        source: tonic::transport::Error,
    },
}

/// Turns `host`, `host:port` or `http://host[:port]` into the URI
/// `http://host:port` (port 50051 if none is given). An address
/// [`ServerAddress::parse`] refuses is returned with `http://` in front if
/// it has no scheme, so connecting to it fails; [`connect`] refuses it with
/// the reason instead.
pub fn server_uri(address: &str) -> String {
    match ServerAddress::parse(address) {
        Ok(server) => server.uri(),
        Err(_) if address.contains("://") => address.to_owned(),
        Err(_) => format!("http://{address}"),
    }
}

/// How long a connection attempt may take before the server counts as
/// unreachable.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// Connects to `address` (`host`, `host:port` or `http://host[:port]`) as
/// `user`; `https://` speaks TLS (see [`trust_ca_file`]).
///
/// The connection sends HTTP/2 pings, so a stream whose server vanished
/// without closing the connection fails within about half a minute instead
/// of hanging.
pub async fn connect(address: &str, user: &str) -> Result<Client, ConnectError> {
    connect_with_token(address, user, None).await
}

/// [`connect`], sending `token` as `authorization: Bearer TOKEN` on every
/// call when one is given.
pub async fn connect_with_token(
    address: &str,
    user: &str,
    token: Option<&str>,
) -> Result<Client, ConnectError> {
    let refused = |source| ConnectError::Address {
        address: address.to_owned(),
        source,
    };
    let server = ServerAddress::parse(address).map_err(refused)?;
    let uri = server.uri();
    let mut endpoint = Endpoint::from_shared(uri.clone())
        .map_err(|e| refused(AddressError::Invalid(e.to_string())))?;
    if server.tls() {
        endpoint =
            endpoint
                .tls_config(tls_config()?)
                .map_err(|source| ConnectError::Unreachable {
                    address: uri.clone(),
                    source,
                })?;
    }
    let endpoint = endpoint
        .connect_timeout(CONNECT_TIMEOUT)
        .http2_keep_alive_interval(Duration::from_secs(20))
        .keep_alive_timeout(Duration::from_secs(10))
        .keep_alive_while_idle(true);
    let mut header = UserHeader::new(user).map_err(|_| ConnectError::User(user.to_owned()))?;
    if let Some(token) = token {
        header = header
            .with_token(token)
            .map_err(|_| ConnectError::Token("not valid header text".into()))?;
    }
    let channel = endpoint
        .connect()
        .await
        .map_err(|source| ConnectError::Unreachable {
            address: uri,
            source,
        })?;
    Ok(ChatServiceClient::with_interceptor(channel, header))
}

/// The CA that `https://` servers' certificates must chain to, when the
/// system's roots are not the ones to trust; see [`trust_ca_file`].
static TRUSTED_CA: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();

/// Makes `https://` connections of this process trust the CA in the PEM
/// file at `path` (besides the system's roots), e.g. for a server whose
/// certificate a private CA signed. Call it once, before connecting; the
/// CLI does for `--ca-file`.
pub fn trust_ca_file(path: &std::path::Path) -> Result<(), ConnectError> {
    let pem = std::fs::read(path).map_err(|e| ConnectError::CaFile {
        path: path.display().to_string(),
        reason: e.to_string(),
    })?;
    let _ = TRUSTED_CA.set(pem);
    Ok(())
}

/// TLS for `https://`: the system's roots, and the CA of
/// [`trust_ca_file`] if one was given.
fn tls_config() -> Result<ClientTlsConfig, ConnectError> {
    let config = ClientTlsConfig::new().with_native_roots();
    Ok(match TRUSTED_CA.get() {
        Some(pem) => config.ca_certificate(Certificate::from_pem(pem)),
        None => config,
    })
}

/// An error on one line: what failed and, after a colon, its root cause
/// (e.g. `cannot reach the server at http://127.0.0.1:1: transport error:
/// Connection refused (os error 111)`).
pub fn error_chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut line = error.to_string();
    let mut root = None;
    let mut source = error.source();
    while let Some(cause) = source {
        root = Some(cause.to_string());
        source = cause.source();
    }
    if let Some(root) = root {
        if !line.contains(&root) {
            line.push_str(": ");
            line.push_str(&root);
        }
    }
    line
}
