//! Prometheus metrics: a few counters and gauges, served as text on their
//! own port (`--metrics-listen`), apart from the gRPC port.
//!
//! Counters are relaxed atomics: one add per event, no lock on any path.

use std::{
    fmt::Write as _,
    sync::atomic::{AtomicU64, Ordering::Relaxed},
};

use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpListener,
};

/// The server's counters.
#[derive(Debug, Default)]
pub struct Metrics {
    /// Chat sessions open now.
    pub sessions_open: AtomicU64,
    /// Subscribe streams open now.
    pub subscriptions_open: AtomicU64,
    /// Events stored (messages, joins, leaves).
    pub events_stored: AtomicU64,
    /// Event frames handed to streams.
    pub deliveries: AtomicU64,
    /// Times a stream fell behind its channel and read the gap from the store.
    pub catch_ups: AtomicU64,
    /// Times a session saved where it stands in its private conversations.
    pub private_cursor_saves: AtomicU64,
    /// Connections closed at once: the server held --max-connections.
    pub connections_refused_total_cap: AtomicU64,
    /// Connections closed at once: their peer held --max-connections-per-peer.
    pub connections_refused_peer_cap: AtomicU64,
    /// Connections closed for sending no request by the first deadline.
    pub connections_closed_silent: AtomicU64,
    /// Connections closed after the idle timeout with no stream open.
    pub connections_closed_idle: AtomicU64,
    /// TLS handshakes that failed or did not finish in time.
    pub tls_handshakes_failed: AtomicU64,
    /// Accepts that failed (out of file descriptors, mostly), each followed
    /// by a back-off.
    pub accept_errors: AtomicU64,
    /// Catch-up pages read from the store.
    pub catch_up_reads: AtomicU64,
    /// Catch-up pages handed to streams (read, or shared with another).
    pub catch_up_pages: AtomicU64,
    /// Messages published on the bus (one per event per subject).
    pub bus_publishes: AtomicU64,
    /// Bus publishes dropped (queue full while NATS was away, or an
    /// error); other nodes read those events from the store.
    pub bus_publishes_dropped: AtomicU64,
    /// Messages received from the bus.
    pub bus_received: AtomicU64,
    /// Bus messages that were not events, dropped.
    pub bus_bad_payloads: AtomicU64,
    /// Gaps in what the bus delivered, read from the store.
    pub bus_gaps_filled: AtomicU64,
    /// Events those gap reads gave.
    pub bus_gap_events: AtomicU64,
    /// Times the bus (re)connected.
    pub bus_connects: AtomicU64,
    /// Slow-consumer reports from the NATS client.
    pub bus_slow_consumers: AtomicU64,
    /// How long store writes (every command: sends, joins, moderation)
    /// took, from the call to its answer: queueing for the writer, the
    /// transaction and its commit.
    pub store_writes: Latency,
    /// How long store reads for History took.
    pub store_reads: Latency,
    /// This node's name, as a label of `confab_node_info`.
    pub node: std::sync::OnceLock<String>,
}

impl Metrics {
    /// Adds one to a counter.
    pub fn count(counter: &AtomicU64) {
        counter.fetch_add(1, Relaxed);
    }

    /// Adds `n` to a counter.
    pub fn add(counter: &AtomicU64, n: usize) {
        counter.fetch_add(n as u64, Relaxed);
    }

    /// Takes one from a gauge.
    pub fn uncount(gauge: &AtomicU64) {
        gauge.fetch_sub(1, Relaxed);
    }

    /// The Prometheus text exposition of every metric.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let mut metric = |name: &str, kind: &str, help: &str, value: &AtomicU64| {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {}",
                value.load(Relaxed)
            );
        };
        metric(
            "confab_sessions_open",
            "gauge",
            "Chat sessions open now.",
            &self.sessions_open,
        );
        metric(
            "confab_subscriptions_open",
            "gauge",
            "Subscribe streams open now.",
            &self.subscriptions_open,
        );
        metric(
            "confab_events_stored_total",
            "counter",
            "Events stored.",
            &self.events_stored,
        );
        metric(
            "confab_deliveries_total",
            "counter",
            "Event frames handed to streams.",
            &self.deliveries,
        );
        metric(
            "confab_catch_ups_total",
            "counter",
            "Times a stream fell behind and read the gap from the store.",
            &self.catch_ups,
        );
        metric(
            "confab_private_cursor_saves_total",
            "counter",
            "Times a session saved where it stands in its private conversations.",
            &self.private_cursor_saves,
        );
        metric(
            "confab_connections_refused_total_cap_total",
            "counter",
            "Connections closed at once because the server held --max-connections.",
            &self.connections_refused_total_cap,
        );
        metric(
            "confab_connections_refused_peer_cap_total",
            "counter",
            "Connections closed at once because their peer held --max-connections-per-peer.",
            &self.connections_refused_peer_cap,
        );
        metric(
            "confab_connections_closed_silent_total",
            "counter",
            "Connections closed for sending no request by --first-request-timeout-ms.",
            &self.connections_closed_silent,
        );
        metric(
            "confab_connections_closed_idle_total",
            "counter",
            "Connections closed after --idle-timeout-ms with no stream open.",
            &self.connections_closed_idle,
        );
        metric(
            "confab_tls_handshakes_failed_total",
            "counter",
            "TLS handshakes that failed or did not finish in time.",
            &self.tls_handshakes_failed,
        );
        metric(
            "confab_accept_errors_total",
            "counter",
            "Failed accepts (out of file descriptors, mostly), each backed off.",
            &self.accept_errors,
        );
        metric(
            "confab_catch_up_reads_total",
            "counter",
            "Catch-up pages read from the store.",
            &self.catch_up_reads,
        );
        metric(
            "confab_catch_up_pages_total",
            "counter",
            "Catch-up pages handed to streams, read or shared with another stream.",
            &self.catch_up_pages,
        );
        for (name, help, value) in [
            ("confab_bus_publishes_total", "Messages published on the bus, one per event per subject.", &self.bus_publishes),
            ("confab_bus_publishes_dropped_total", "Bus publishes dropped (NATS away, queue full); read from the store on the other side.", &self.bus_publishes_dropped),
            ("confab_bus_received_total", "Messages received from the bus.", &self.bus_received),
            ("confab_bus_bad_payloads_total", "Bus messages that were not events, dropped.", &self.bus_bad_payloads),
            ("confab_bus_gaps_filled_total", "Gaps in what the bus delivered, read from the store.", &self.bus_gaps_filled),
            ("confab_bus_gap_events_total", "Events read from the store to fill bus gaps.", &self.bus_gap_events),
            ("confab_bus_connects_total", "Times the bus connected or reconnected.", &self.bus_connects),
            ("confab_bus_slow_consumers_total", "Slow-consumer reports from the NATS client.", &self.bus_slow_consumers),
        ] {
            metric(name, "counter", help, value);
        }
        self.store_writes.render(
            &mut out,
            "confab_store_write_seconds",
            "Store writes (commands) from the call to the answer: queueing, transaction, commit.",
        );
        self.store_reads.render(
            &mut out,
            "confab_store_read_seconds",
            "Store reads of History pages.",
        );
        if let Some(node) = self.node.get() {
            let _ = writeln!(
                out,
                "# HELP confab_node_info This node's name.\n# TYPE confab_node_info gauge\nconfab_node_info{{node=\"{}\"}} 1",
                node.replace(['\\', '"', '\n'], "_")
            );
        }
        out
    }
}

/// Answers every HTTP request on `listener` with the metrics, until the
/// task is dropped. Deliberately tiny: one GET, one response, close.
pub async fn serve(listener: TcpListener, metrics: std::sync::Arc<Metrics>) {
    loop {
        let Ok((mut stream, _)) = listener.accept().await else {
            continue;
        };
        let metrics = metrics.clone();
        tokio::spawn(async move {
            // Read the request head (bounded); its content does not matter.
            let mut head = [0u8; 2048];
            let _ = tokio::time::timeout(std::time::Duration::from_secs(5), stream.read(&mut head))
                .await;
            let body = metrics.render();
            let response = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: text/plain; version=0.0.4\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = stream.write_all(response.as_bytes()).await;
            let _ = stream.shutdown().await;
        });
    }
}

/// The upper bounds of the [`Latency`] buckets, in seconds: from a group
/// commit on a fast disk (under a millisecond) to a database that has
/// stopped answering.
const LATENCY_BUCKETS: [f64; 11] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 5.0,
];

/// A Prometheus histogram of durations, lock-free.
#[derive(Debug, Default)]
pub struct Latency {
    /// Observations at or below each bound (not cumulative here; summed
    /// when rendered).
    buckets: [AtomicU64; LATENCY_BUCKETS.len()],
    count: AtomicU64,
    /// The sum, in microseconds.
    sum_us: AtomicU64,
}

impl Latency {
    /// Records one duration.
    pub fn observe(&self, took: std::time::Duration) {
        let seconds = took.as_secs_f64();
        if let Some(bucket) = LATENCY_BUCKETS.iter().position(|&bound| seconds <= bound) {
            self.buckets[bucket].fetch_add(1, Relaxed);
        }
        self.count.fetch_add(1, Relaxed);
        self.sum_us
            .fetch_add(u64::try_from(took.as_micros()).unwrap_or(u64::MAX), Relaxed);
    }

    fn render(&self, out: &mut String, name: &str, help: &str) {
        let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} histogram");
        let mut cumulative = 0;
        for (bound, bucket) in LATENCY_BUCKETS.iter().zip(&self.buckets) {
            cumulative += bucket.load(Relaxed);
            let _ = writeln!(out, "{name}_bucket{{le=\"{bound}\"}} {cumulative}");
        }
        let count = self.count.load(Relaxed);
        let _ = writeln!(out, "{name}_bucket{{le=\"+Inf\"}} {count}");
        let sum = self.sum_us.load(Relaxed) as f64 / 1e6;
        let _ = writeln!(out, "{name}_sum {sum}\n{name}_count {count}");
    }
}
