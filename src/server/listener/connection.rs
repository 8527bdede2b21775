//! One accepted connection as tonic sees it: plaintext TCP or TLS over TCP,
//! holding its place under the connection caps, and closed (its read side
//! ends) when it outlives its deadline: the first request not in by
//! --first-request-timeout-ms, or no stream open for --idle-timeout-ms.
//!
//! The deadline lives in the IO rather than in hyper because hyper has no
//! idle timeout for HTTP/2 and its keepalive pings keep a silent
//! connection busy; what counts as open streams is kept by
//! [`super::track`], which sees every request begin and end.

use std::{
    future::Future,
    io,
    net::SocketAddr,
    pin::Pin,
    sync::{
        atomic::{AtomicBool, AtomicUsize, Ordering},
        Arc, Mutex, PoisonError,
    },
    task::{Context, Poll},
    time::Duration,
};

use tokio::{
    io::{AsyncRead, AsyncWrite, ReadBuf},
    net::TcpStream,
    time::{Instant, Sleep},
};
use tokio_rustls::server::TlsStream;
use tonic::transport::server::Connected;

use super::limits::Place;
use crate::server::{last_waker::LastWaker, metrics::Metrics};

/// How long a connection may wait for its first request, and then with no
/// stream open.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Deadlines {
    pub(crate) first_request: Duration,
    pub(crate) idle: Duration,
}

/// What is known of a connection while it is served: shared by its IO and
/// by the requests on it.
#[derive(Debug)]
pub(crate) struct ConnectionState {
    accepted: Instant,
    open_streams: AtomicUsize,
    seen_request: AtomicBool,
    idle_since: Mutex<Instant>,
}

impl ConnectionState {
    fn new(accepted: Instant) -> Arc<Self> {
        Arc::new(Self {
            accepted,
            open_streams: AtomicUsize::new(0),
            seen_request: AtomicBool::new(false),
            idle_since: Mutex::new(accepted),
        })
    }

    /// When the connection is to be closed as things stand, or `None` while
    /// a stream is open.
    fn deadline(&self, deadlines: Deadlines) -> Option<Instant> {
        if self.open_streams.load(Ordering::Acquire) > 0 {
            return None;
        }
        if !self.seen_request.load(Ordering::Acquire) {
            return Some(self.accepted + deadlines.first_request);
        }
        let idle_since = *self
            .idle_since
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        Some(idle_since + deadlines.idle)
    }
}

/// A stream (request) open on a connection, counted until dropped.
#[derive(Debug)]
pub(crate) struct OpenStream(Arc<ConnectionState>);

impl OpenStream {
    pub(crate) fn begin(state: &Arc<ConnectionState>) -> Self {
        state.seen_request.store(true, Ordering::Release);
        state.open_streams.fetch_add(1, Ordering::AcqRel);
        Self(state.clone())
    }
}

impl Drop for OpenStream {
    fn drop(&mut self) {
        let mut idle_since = self
            .0
            .idle_since
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if self.0.open_streams.fetch_sub(1, Ordering::AcqRel) == 1 {
            *idle_since = Instant::now();
        }
    }
}

/// What tonic puts in every request's extensions for a connection of
/// confab's (read it with [`crate::server::grpc::peer::peer_of`]).
#[derive(Clone, Debug)]
pub(crate) struct ConnectionInfo {
    pub(crate) local: Option<SocketAddr>,
    pub(crate) remote: Option<SocketAddr>,
    pub(crate) state: Arc<ConnectionState>,
}

/// The bytes under a connection.
#[derive(Debug)]
pub(crate) enum Io {
    Plain(TcpStream),
    Tls(Box<TlsStream<TcpStream>>),
}

/// An accepted connection, served by tonic.
#[derive(Debug)]
pub(crate) struct Connection {
    io: Io,
    info: ConnectionInfo,
    deadlines: Deadlines,
    timer: Pin<Box<Sleep>>,
    /// The waker `timer` was last polled with while it stood unchanged:
    /// polled again by the same task, it need not be polled at all.
    armed_for: LastWaker,
    closed: bool,
    metrics: Arc<Metrics>,
    _place: Place,
}

impl Connection {
    /// A connection accepted at `accepted` (its first deadline runs from
    /// then, TLS handshake included).
    pub(crate) fn new(
        io: Io,
        accepted: Instant,
        deadlines: Deadlines,
        place: Place,
        metrics: Arc<Metrics>,
    ) -> Self {
        let tcp = match &io {
            Io::Plain(tcp) => tcp,
            Io::Tls(tls) => tls.get_ref().0,
        };
        let info = ConnectionInfo {
            local: tcp.local_addr().ok(),
            remote: tcp.peer_addr().ok(),
            state: ConnectionState::new(accepted),
        };
        Self {
            io,
            info,
            deadlines,
            timer: Box::pin(tokio::time::sleep_until(accepted + deadlines.first_request)),
            armed_for: LastWaker::default(),
            closed: false,
            metrics,
            _place: place,
        }
    }

    /// Whether the connection has outlived its deadline; if not, the timer
    /// is set to wake the reader when it might have.
    fn past_deadline(&mut self, cx: &mut Context<'_>) -> bool {
        let mut fired = false;
        loop {
            let wake_at = match self.info.state.deadline(self.deadlines) {
                // A stream is open: nothing to close for. The timer is left
                // as it stands until it fires, to look again then; it
                // cannot be late, as the idle deadline runs from when the
                // last stream closes. (Setting it afresh at every read
                // would cost a clock read and a timer reset per poll of a
                // busy connection.)
                None if !fired && !self.timer.is_elapsed() => self.timer.deadline(),
                None => Instant::now() + self.deadlines.idle,
                Some(deadline) if deadline <= Instant::now() => {
                    if self.info.state.seen_request.load(Ordering::Acquire) {
                        Metrics::count(&self.metrics.connections_closed_idle);
                    } else {
                        Metrics::count(&self.metrics.connections_closed_silent);
                    }
                    return true;
                }
                Some(deadline) => deadline,
            };
            if self.timer.deadline() != wake_at {
                self.timer.as_mut().reset(wake_at);
                self.armed_for.forget();
            }
            if !self.armed_for.changed(cx.waker()) && !fired {
                // Armed already, to wake this very task: it will.
                return false;
            }
            if self.timer.as_mut().poll(cx).is_pending() {
                return false;
            }
            self.armed_for.forget();
            fired = true;
        }
    }
}

impl Connected for Connection {
    type ConnectInfo = ConnectionInfo;

    fn connect_info(&self) -> Self::ConnectInfo {
        self.info.clone()
    }
}

impl AsyncRead for Connection {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = &mut *self;
        if this.closed {
            return Poll::Ready(Ok(()));
        }
        let read = match &mut this.io {
            Io::Plain(tcp) => Pin::new(tcp).poll_read(cx, buf),
            Io::Tls(tls) => Pin::new(tls.as_mut()).poll_read(cx, buf),
        };
        if read.is_ready() {
            return read;
        }
        if this.past_deadline(cx) {
            // The end of the input: hyper closes the connection.
            this.closed = true;
            return Poll::Ready(Ok(()));
        }
        Poll::Pending
    }
}

impl AsyncWrite for Connection {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match &mut self.io {
            Io::Plain(tcp) => Pin::new(tcp).poll_write(cx, buf),
            Io::Tls(tls) => Pin::new(tls.as_mut()).poll_write(cx, buf),
        }
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        match &mut self.io {
            Io::Plain(tcp) => Pin::new(tcp).poll_write_vectored(cx, bufs),
            Io::Tls(tls) => Pin::new(tls.as_mut()).poll_write_vectored(cx, bufs),
        }
    }

    fn is_write_vectored(&self) -> bool {
        match &self.io {
            Io::Plain(tcp) => tcp.is_write_vectored(),
            Io::Tls(tls) => tls.is_write_vectored(),
        }
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match &mut self.io {
            Io::Plain(tcp) => Pin::new(tcp).poll_flush(cx),
            Io::Tls(tls) => Pin::new(tls.as_mut()).poll_flush(cx),
        }
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match &mut self.io {
            Io::Plain(tcp) => Pin::new(tcp).poll_shutdown(cx),
            Io::Tls(tls) => Pin::new(tls.as_mut()).poll_shutdown(cx),
        }
    }
}
