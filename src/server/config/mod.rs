//! The server's configuration: command-line flags, each with a `CONFAB_*`
//! environment variable.
//!
//! | module | flags |
//! |---|---|
//! | this one | listening, the store, identity, sizes, per-user limits, logs |
//! | [`limits`] | limits per connection and per peer address |
//! | [`cluster`] | the bus between nodes, the node's name |
//! | [`store_check`] | the store's check at start, and its probe while failing |
//! | `web` | the chat page on `GET /` |
//! | [`postgres`] | the PostgreSQL store's connections |

pub mod cluster;
pub mod limits;
pub mod postgres;
pub mod store_check;

mod rooms;

pub mod jwt;

use std::net::{SocketAddr, ToSocketAddrs};

use clap::{builder::BoolishValueParser, ArgAction, Parser};

pub use self::rooms::RoomsConfig;
mod transport;

pub use self::transport::TransportConfig;
mod buffers;

pub use self::buffers::BufferConfig;
mod web;

pub use self::web::WebConfig;
pub mod reads;

/// confab-server: a gRPC streaming chat service.
#[derive(Clone, Debug, Parser)]
#[command(
    name = "confab-server",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct ServerConfig {
    /// Without one, the server serves.
    #[command(subcommand)]
    pub command: Option<jwt::ServerCommand>,

    /// Address to listen on: IP:PORT or HOST:PORT (`localhost:50051`).
    #[arg(long, env = "CONFAB_LISTEN", default_value = "127.0.0.1:50051", value_parser = parse_listen)]
    pub listen: SocketAddr,

    /// Where to keep data: `sqlite://PATH` (embedded, durable, one
    /// node), `postgres://USER@HOST:PORT/DB` (durable, shared by several
    /// nodes) or `memory` (nothing kept across restarts).
    #[arg(long, env = "CONFAB_STORE", default_value = "sqlite://confab.db")]
    pub store: String,

    /// How callers prove who they are: `open` trusts the x-confab-user
    /// header and is for development on loopback only; `jwt` takes a
    /// signed bearer token (see the --jwt-* flags).
    #[arg(long, env = "CONFAB_AUTH", value_enum, default_value_t = AuthMode::Open)]
    pub auth: AuthMode,

    /// Allow open mode on a non-loopback address: anyone who can reach the
    /// port can then speak as anyone. (The variable takes 1/true/yes or
    /// 0/false/no.)
    #[arg(long, env = "CONFAB_INSECURE_OPEN", action = ArgAction::SetTrue, value_parser = BoolishValueParser::new())]
    pub insecure_open: bool,

    /// A web origin (`https://chat.example.com`) whose pages may call the
    /// server with gRPC-Web; repeat for more. None by default: a page
    /// served from elsewhere cannot call confab from a browser (in open
    /// mode it could otherwise post as anyone). Comma-separated in the
    /// variable.
    #[arg(long = "cors-origin", env = "CONFAB_CORS_ORIGINS", value_delimiter = ',', value_parser = parse_origin)]
    pub cors_origin: Vec<http::HeaderValue>,

    /// The longest message text, in bytes.
    #[arg(long, env = "CONFAB_MAX_TEXT_BYTES", default_value_t = 4096)]
    pub max_text_bytes: usize,

    /// The largest gRPC message the server accepts, in bytes.
    #[arg(long, env = "CONFAB_MAX_MESSAGE_BYTES", default_value_t = 64 * 1024)]
    pub max_message_bytes: usize,

    /// Live messages buffered per room (each holds the room's events of one
    /// commit); a session further behind catches up from the store.
    #[arg(long, env = "CONFAB_CHANNEL_CAPACITY", default_value_t = 1024)]
    pub channel_capacity: usize,

    /// Live private events buffered per online user (the inbox); a session
    /// further behind catches up from the store.
    #[arg(long, env = "CONFAB_INBOX_CAPACITY", default_value_t = 64)]
    pub inbox_capacity: usize,

    /// The most Chat sessions one user may have open at once.
    #[arg(long, env = "CONFAB_MAX_SESSIONS_PER_USER", default_value_t = 32)]
    pub max_sessions_per_user: usize,

    /// Messages per second one user may send, sustained (0: no limit).
    /// Each node of a cluster keeps its own count: a user who sends
    /// through N nodes may send N times this.
    #[arg(long, env = "CONFAB_RATE_PER_USER", default_value_t = 200)]
    pub rate_per_user: u32,

    /// Messages one user may send in a burst, above the sustained rate.
    #[arg(long, env = "CONFAB_RATE_BURST", default_value_t = 400)]
    pub rate_burst: u32,

    /// A room followed by more live streams than this gets presence and
    /// typing as a periodic summary instead of one message per change.
    #[arg(long, env = "CONFAB_COALESCE_PRESENCE_ABOVE", default_value_t = 100)]
    pub coalesce_presence_above: usize,

    /// How often big rooms get their presence summary, in milliseconds.
    #[arg(long, env = "CONFAB_PRESENCE_SUMMARY_MS", default_value_t = 2000)]
    pub presence_summary_ms: u64,

    /// Serve Prometheus metrics over HTTP on this address (off if unset).
    #[arg(long, env = "CONFAB_METRICS_LISTEN")]
    pub metrics_listen: Option<SocketAddr>,

    /// At shutdown, how long open streams get to drain (a client that has
    /// stopped reading cannot be told to go), in milliseconds.
    #[arg(long, env = "CONFAB_SHUTDOWN_GRACE_MS", default_value_t = 10_000)]
    pub shutdown_grace_ms: u64,

    /// TLS and the limits on connections.
    #[command(flatten)]
    pub transport: TransportConfig,

    /// Log format.
    #[arg(long, env = "CONFAB_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,

    /// Limits per connection and per peer address.
    #[command(flatten)]
    pub peer_limits: limits::PeerLimits,

    /// The store's check at start, and its probe while failing.
    #[command(flatten)]
    pub store_check: store_check::StoreCheck,

    /// The PostgreSQL store's connections.
    #[command(flatten)]
    pub postgres: postgres::PostgresConfig,

    /// Rooms: administrators and the room quota.
    #[command(flatten)]
    pub rooms: RoomsConfig,

    /// The keys and claims of `--auth jwt`.
    #[command(flatten)]
    pub jwt: jwt::JwtConfig,

    /// Live buffers in bytes, and catch-up pages.
    #[command(flatten)]
    pub buffers: BufferConfig,

    /// The web page on `GET /`.
    #[command(flatten)]
    pub web: WebConfig,

    /// Several nodes: the bus, the node's name.
    #[command(flatten)]
    pub cluster: cluster::ClusterConfig,

    /// Read positions: what a resume without cursors replays.
    #[command(flatten)]
    pub reads: reads::ReadsConfig,
}

/// How callers prove who they are.
#[derive(Clone, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum AuthMode {
    /// The caller names itself with `x-confab-user`; no proof.
    #[default]
    Open,
    /// The caller sends `authorization: Bearer TOKEN`, a JWT signed by a
    /// configured key; its `sub` is the user.
    Jwt,
}

/// How logs are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line.
    Json,
}

/// Parses `--listen`: an IP address and port, or a host name (resolved
/// now, first address) and port.
fn parse_listen(value: &str) -> Result<SocketAddr, String> {
    if let Ok(address) = value.parse() {
        return Ok(address);
    }
    let resolved = value.to_socket_addrs().map_err(|e| {
        format!("{value:?} is not HOST:PORT or IP:PORT (e.g. 127.0.0.1:50051): {e}")
    })?;
    resolved
        .into_iter()
        .next()
        .ok_or_else(|| format!("{value:?} resolves to no address"))
}

/// Parses a `--cors-origin`: scheme, host and optional port, nothing more.
fn parse_origin(value: &str) -> Result<http::HeaderValue, String> {
    let refused = || {
        format!("{value:?} is not a web origin: give SCHEME://HOST[:PORT], e.g. https://chat.example.com")
    };
    let uri: http::Uri = value.parse().map_err(|_| refused())?;
    let whole = uri.scheme().is_some()
        && uri.authority().is_some()
        && uri
            .path_and_query()
            .is_none_or(|p| p.as_str().is_empty() || p.as_str() == "/")
        && !value.ends_with('/');
    if !whole {
        return Err(refused());
    }
    http::HeaderValue::from_str(value).map_err(|_| refused())
}

impl ServerConfig {
    /// The configuration with every default, listening on `listen`.
    pub fn for_address(listen: SocketAddr) -> Self {
        let mut config = Self::parse_from(["confab-server"]);
        config.listen = listen;
        config
    }

    /// Refuses configurations that would be unsafe or cannot work.
    pub fn check(&self) -> Result<(), String> {
        if self.auth == AuthMode::Open && !self.listen.ip().is_loopback() && !self.insecure_open {
            return Err(format!(
                "refusing to listen on {} in open mode, where anyone who reaches the port can \
                 speak as anyone: listen on 127.0.0.1, or pass --insecure-open if you mean it",
                self.listen
            ));
        }
        self.transport.check(self.listen)?;

        if self.auth == AuthMode::Jwt && !self.jwt.has_keys() {
            return Err(
                "--auth jwt needs a key to check tokens with: give --jwt-secret-file, \
                 --jwt-public-key or --jwt-jwks"
                    .into(),
            );
        }
        if self.max_text_bytes == 0 {
            return Err("--max-text-bytes must be at least 1".into());
        }
        if self.max_message_bytes < self.max_text_bytes {
            return Err("--max-message-bytes must be at least --max-text-bytes".into());
        }
        Ok(())
    }
}
