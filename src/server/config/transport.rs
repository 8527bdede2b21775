//! Transport flags: TLS (and mTLS), plaintext off loopback, and the limits
//! on connections (deadlines, streams, counts).

use std::path::PathBuf;

use clap::{builder::BoolishValueParser, ArgAction, Args};

/// How the server speaks on its port, and how many connections it holds.
#[derive(Clone, Debug, Args)]
pub struct TransportConfig {
    /// Serve TLS with this certificate chain (PEM); needs --tls-key.
    /// Re-read on SIGHUP, so a renewed certificate needs no restart.
    #[arg(long, env = "CONFAB_TLS_CERT", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,

    /// The private key of --tls-cert (PEM: PKCS#8, PKCS#1 or SEC1).
    /// Re-read on SIGHUP.
    #[arg(long, env = "CONFAB_TLS_KEY", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,

    /// Require a client certificate signed by this CA (PEM) on every
    /// connection (mutual TLS); needs --tls-cert. Off by default: most
    /// callers prove who they are with a token instead. Re-read on SIGHUP.
    #[arg(long, env = "CONFAB_TLS_CLIENT_CA", requires = "tls_cert")]
    pub tls_client_ca: Option<PathBuf>,

    /// Allow plaintext on a non-loopback address: for TLS terminated by a
    /// proxy in front. Without it such a listen address is refused, since
    /// tokens and messages would cross the network readable by anyone on
    /// the path. (The variable takes 1/true/yes or 0/false/no.)
    #[arg(long, env = "CONFAB_INSECURE_PLAINTEXT", action = ArgAction::SetTrue, value_parser = BoolishValueParser::new())]
    pub insecure_plaintext: bool,

    /// How long a new connection has to finish its TLS handshake and send
    /// its first request, in milliseconds. 10 s is ample for a client on a
    /// slow mobile link, and short enough that silent connections cannot
    /// pile up and eat the open-file limit.
    #[arg(
        long,
        env = "CONFAB_FIRST_REQUEST_TIMEOUT_MS",
        default_value_t = 10_000
    )]
    pub first_request_timeout_ms: u64,

    /// A connection with no open stream is closed after this long, in
    /// milliseconds. 5 minutes keeps a client that calls now and then on
    /// one connection, while connections nobody uses are given back; a
    /// client reconnects on its own.
    #[arg(long, env = "CONFAB_IDLE_TIMEOUT_MS", default_value_t = 300_000)]
    pub idle_timeout_ms: u64,

    /// The most streams (calls) one HTTP/2 connection may have open at
    /// once, advertised to the client. 100 is what HTTP/2 recommends as
    /// the least and what most servers use; a client needing more opens
    /// another connection, which then counts against the connection caps.
    #[arg(long, env = "CONFAB_MAX_CONCURRENT_STREAMS", default_value_t = 100)]
    pub max_concurrent_streams: u32,

    /// The most connections held at once; one over it is closed at once.
    /// 4,096 fits a small machine (each idle connection costs a few tens of
    /// KiB and one file descriptor) and stays under the usual open-file
    /// limits once the soft limit is raised to the hard one.
    #[arg(long, env = "CONFAB_MAX_CONNECTIONS", default_value_t = 4096)]
    pub max_connections: usize,

    /// The most connections held at once from one peer IP address; one
    /// over it is closed at once. 256 lets an office behind one NAT address
    /// in, but no single host can take the whole --max-connections.
    /// Loopback peers are held to it only with --peer-limits-on-loopback
    /// (a proxy in front has every client's connection on loopback).
    #[arg(long, env = "CONFAB_MAX_CONNECTIONS_PER_PEER", default_value_t = 256)]
    pub max_connections_per_peer: usize,
}

impl TransportConfig {
    /// Whether TLS is configured.
    pub fn tls(&self) -> bool {
        self.tls_cert.is_some() && self.tls_key.is_some()
    }

    /// Refuses transport settings that would be unsafe on `listen`, or
    /// cannot work.
    pub(crate) fn check(&self, listen: std::net::SocketAddr) -> Result<(), String> {
        if !self.tls() && !listen.ip().is_loopback() && !self.insecure_plaintext {
            return Err(format!(
                "refusing to listen on {listen} without TLS, where tokens and messages cross the \
                 network in the clear: give --tls-cert and --tls-key, listen on 127.0.0.1, or pass \
                 --insecure-plaintext if a proxy in front terminates TLS"
            ));
        }
        if self.tls_cert.is_some() != self.tls_key.is_some() {
            return Err("--tls-cert and --tls-key go together".into());
        }
        if self.tls_client_ca.is_some() && !self.tls() {
            return Err("--tls-client-ca needs --tls-cert and --tls-key".into());
        }
        if self.max_concurrent_streams == 0 {
            return Err("--max-concurrent-streams must be at least 1".into());
        }
        if self.max_connections == 0 || self.max_connections_per_peer == 0 {
            return Err(
                "--max-connections and --max-connections-per-peer must be at least 1".into(),
            );
        }
        if self.first_request_timeout_ms == 0 || self.idle_timeout_ms == 0 {
            return Err(
                "--first-request-timeout-ms and --idle-timeout-ms must be at least 1".into(),
            );
        }
        Ok(())
    }
}
