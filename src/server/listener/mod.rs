//! The listening edge: confab accepts connections itself (rather than
//! through tonic's `TcpIncoming` or its TLS config, which cannot reload)
//! and hands tonic a stream of ready connections.
//!
//! | module | what it is for |
//! |---|---|
//! | [`tls`] | the rustls configuration from PEM files, reloaded on SIGHUP |
//! | [`limits`] | connection caps (total, per peer IP), the open-file limit, accept back-off |
//! | [`connection`] | one connection's IO (plain or TLS) and its deadlines |
//! | [`track`] | the layer that counts each connection's open streams |
//!
//! The accept loop never waits on a client: a TLS handshake runs in a task
//! of its own, bounded by the first-request deadline.

pub(crate) mod connection;
pub(crate) mod limits;
pub(crate) mod tls;
pub(crate) mod track;

use std::{io, sync::Arc, time::Duration};

use tokio::{
    net::{TcpListener, TcpStream},
    sync::mpsc,
    time::Instant,
};
use tokio_stream::wrappers::ReceiverStream;

use self::{
    connection::{Connection, Deadlines, Io},
    limits::{Backoff, ConnectionLimits, Refusal},
    tls::{Tls, TlsFiles},
};
use crate::server::{config::TransportConfig, metrics::Metrics, shutdown::TaskGuard};

pub(crate) use self::track::TrackStreamsLayer;

/// Connections being accepted; the tasks stop when this is dropped.
#[derive(Debug)]
pub(crate) struct Listening {
    /// Ready connections, for `serve_with_incoming_shutdown`.
    pub(crate) incoming: ReceiverStream<io::Result<Connection>>,
    _accepting: TaskGuard,
    _reloading: Option<TaskGuard>,
}

/// Starts accepting on `listener` as `transport` says. Fails only when the
/// TLS files cannot be used.
pub(crate) fn listen(
    listener: TcpListener,
    transport: &TransportConfig,
    limit_loopback: bool,
    metrics: Arc<Metrics>,
) -> Result<Listening, String> {
    limits::raise_open_file_limit();
    let tls = match (&transport.tls_cert, &transport.tls_key) {
        (Some(cert), Some(key)) => Some(Tls::load(TlsFiles {
            cert: cert.clone(),
            key: key.clone(),
            client_ca: transport.tls_client_ca.clone(),
        })?),
        _ => None,
    };
    let reloading = tls.as_ref().and_then(Tls::reload_on_sighup);
    let accept = Accept {
        tls,
        limits: ConnectionLimits::new(
            transport.max_connections,
            transport.max_connections_per_peer,
            limit_loopback,
        ),
        deadlines: Deadlines {
            first_request: Duration::from_millis(transport.first_request_timeout_ms),
            idle: Duration::from_millis(transport.idle_timeout_ms),
        },
        metrics,
    };
    let (sender, receiver) = mpsc::channel(64);
    Ok(Listening {
        incoming: ReceiverStream::new(receiver),
        _accepting: TaskGuard::spawn(accept.run(listener, sender)),
        _reloading: reloading,
    })
}

/// What the accept loop needs.
struct Accept {
    tls: Option<Arc<Tls>>,
    limits: Arc<ConnectionLimits>,
    deadlines: Deadlines,
    metrics: Arc<Metrics>,
}

type Sender = mpsc::Sender<io::Result<Connection>>;

impl Accept {
    /// Accepts until tonic stops taking connections.
    async fn run(self, listener: TcpListener, sender: Sender) {
        let mut backoff = Backoff::new();
        loop {
            let accepted = tokio::select! {
                accepted = listener.accept() => accepted,
                () = sender.closed() => return,
            };
            let (tcp, peer) = match accepted {
                Ok(accepted) => {
                    backoff.succeeded();
                    accepted
                }
                // The peer gave up before we took it: nothing to wait for.
                Err(error) if is_about_one_connection(&error) => continue,
                Err(error) => {
                    Metrics::count(&self.metrics.accept_errors);
                    let wait = backoff.failed();
                    tracing::warn!(%error, ?wait, "accept failed; waiting before the next");
                    tokio::time::sleep(wait).await;
                    continue;
                }
            };
            let accepted_at = Instant::now();
            let place = match self.limits.admit(peer.ip()) {
                Ok(place) => place,
                Err(refusal) => {
                    let counter = match refusal {
                        Refusal::Total => &self.metrics.connections_refused_total_cap,
                        Refusal::PerPeer => &self.metrics.connections_refused_peer_cap,
                    };
                    Metrics::count(counter);
                    tracing::debug!(%peer, ?refusal, "connection refused: over the cap");
                    drop(tcp);
                    continue;
                }
            };
            // Every frame goes out as soon as it is written: without
            // TCP_NODELAY a small answer waits for the peer's delayed ACK
            // (up to 40 ms) whenever the previous one is unacknowledged.
            let _ = tcp.set_nodelay(true);
            match &self.tls {
                None => {
                    let connection = Connection::new(
                        Io::Plain(tcp),
                        accepted_at,
                        self.deadlines,
                        place,
                        self.metrics.clone(),
                    );
                    if sender.send(Ok(connection)).await.is_err() {
                        return;
                    }
                }
                Some(tls) => {
                    tokio::spawn(handshake(
                        tls.clone(),
                        tcp,
                        accepted_at,
                        self.deadlines,
                        place,
                        self.metrics.clone(),
                        sender.clone(),
                    ));
                }
            }
        }
    }
}

/// Runs one TLS handshake, by the first-request deadline, and hands the
/// connection on.
async fn handshake(
    tls: Arc<Tls>,
    tcp: TcpStream,
    accepted_at: Instant,
    deadlines: Deadlines,
    place: limits::Place,
    metrics: Arc<Metrics>,
    sender: Sender,
) {
    let peer = tcp.peer_addr().ok();
    let shaken = tokio::time::timeout_at(
        accepted_at + deadlines.first_request,
        tls.acceptor().accept(tcp),
    )
    .await;
    match shaken {
        Ok(Ok(stream)) => {
            let connection = Connection::new(
                Io::Tls(Box::new(stream)),
                accepted_at,
                deadlines,
                place,
                metrics,
            );
            let _ = sender.send(Ok(connection)).await;
        }
        Ok(Err(error)) => {
            Metrics::count(&metrics.tls_handshakes_failed);
            tracing::debug!(?peer, %error, "TLS handshake failed");
        }
        Err(_) => {
            Metrics::count(&metrics.tls_handshakes_failed);
            tracing::debug!(?peer, "TLS handshake not finished in time");
        }
    }
}

/// Whether an accept error concerns only the connection being accepted
/// (and the next accept may well succeed at once).
fn is_about_one_connection(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
            | io::ErrorKind::ConnectionRefused
            | io::ErrorKind::Interrupted
    )
}
