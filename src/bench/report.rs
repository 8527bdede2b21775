//! What a bench invocation found, as data: one run's [`Report`], a
//! system's runs and their medians ([`Series`]), confab / NATS
//! [`Ratios`], and the whole [`Summary`] that `--json` prints.

use serde::Serialize;

use super::Load;

/// What one run of one system measured.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Report {
    /// "confab" or "nats".
    pub system: String,
    /// Connections the bench held open during the measurement.
    pub connections: usize,
    /// Acknowledged sends (confab), or published messages (NATS core).
    pub sends: u64,
    /// Sends that failed.
    pub send_errors: u64,
    /// Deliveries a complete run makes.
    pub expected_deliveries: u64,
    /// Deliveries of bench messages to subscribers, duplicates included.
    pub deliveries: u64,
    /// Expected deliveries that never came (must be 0).
    pub lost: u64,
    /// Deliveries of a message a subscriber already had (must be 0).
    pub duplicates: u64,
    /// Deliveries that came after a later one (must be 0).
    pub out_of_order: u64,
    /// Subscriber streams that broke during the run (must be 0).
    pub broken_streams: u64,
    /// The first send error or broken stream, if any.
    pub first_error: Option<String>,
    /// Seconds from setting up to the start of the send phase.
    pub setup_s: f64,
    /// Seconds of the send phase: first send to last delivery (or last
    /// acknowledgement, without subscribers).
    pub wall_s: f64,
    /// Deliveries per second of the send phase.
    pub deliveries_per_s: f64,
    /// Acknowledged sends per second of the send phase.
    pub sends_per_s: f64,
    /// Server CPU (user + system) over the send phase, seconds.
    pub server_cpu_s: f64,
    /// Server CPU per delivery, µs.
    pub server_cpu_us_per_delivery: Option<f64>,
    /// Server CPU per acknowledged send, µs.
    pub server_cpu_us_per_send: Option<f64>,
    /// The bench's own CPU over the send phase, seconds (it shares the
    /// machine with the server).
    pub bench_cpu_s: f64,
    /// CPU the rest of the machine used over the send phase, seconds: the
    /// machine's busy time (less interrupts) less the server's and the
    /// bench's. More than a little means other work disturbed the figures.
    pub other_cpu_s: f64,
    /// CPU the kernel spent in interrupts over the send phase (irq and
    /// softirq, machine-wide), seconds: mostly loopback TCP, which no
    /// process's own CPU time includes.
    pub interrupt_cpu_s: f64,
    /// With several confab nodes: the CPU of the nats-server between them
    /// over the send phase, seconds (part of `other_cpu_s`, not of the
    /// server's).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bus_cpu_s: Option<f64>,
    /// Send-to-acknowledgement latency percentiles, µs (none for NATS
    /// core, which acknowledges nothing).
    pub ack_p50_us: Option<u64>,
    /// 99th percentile, µs.
    pub ack_p99_us: Option<u64>,
    /// What the latencies measure: "delivery" (send to subscriber) or
    /// "ack" (send to acknowledgement).
    pub latency_of: Option<String>,
    /// Latency percentiles, µs.
    pub latency_p50_us: Option<u64>,
    /// 99th percentile, µs.
    pub latency_p99_us: Option<u64>,
    /// Largest, µs.
    pub latency_max_us: Option<u64>,
    /// Server RSS before the sessions opened, KiB.
    pub rss_before_kib: Option<u64>,
    /// Server RSS with the sessions open (or after the send phase), KiB.
    pub rss_after_kib: Option<u64>,
    /// (rss_after - rss_before) / sessions, bytes.
    pub rss_per_session_bytes: Option<f64>,
    /// What the hostile soak found.
    pub hostile: Option<super::confab::HostileFindings>,
}

impl Report {
    /// An idle run: `sessions` open, the server's RSS `before` they opened
    /// and `after`, in KiB.
    pub(crate) fn idle(sessions: usize, setup_s: f64, before: u64, after: u64) -> Self {
        Self {
            connections: sessions,
            setup_s,
            rss_before_kib: Some(before),
            rss_after_kib: Some(after),
            rss_per_session_bytes: Some(
                (after as f64 - before as f64) * 1024.0 / sessions.max(1) as f64,
            ),
            ..Self::default()
        }
    }

    /// Fills in the rates and per-delivery costs.
    pub(crate) fn finish(&mut self) {
        if self.wall_s > 0.0 {
            self.deliveries_per_s = self.deliveries as f64 / self.wall_s;
            self.sends_per_s = self.sends as f64 / self.wall_s;
        }
        let per = |n: u64| (n > 0).then(|| self.server_cpu_s * 1e6 / n as f64);
        self.server_cpu_us_per_delivery = per(self.deliveries);
        self.server_cpu_us_per_send = per(self.sends);
    }

    /// Whether the run delivered everything exactly once, in order.
    pub fn correct(&self) -> bool {
        self.lost == 0
            && self.duplicates == 0
            && self.out_of_order == 0
            && self.broken_streams == 0
            && self.send_errors == 0
    }
}

/// Every run of one system, and their median.
#[derive(Clone, Debug, Serialize)]
pub struct Series {
    /// The runs, in order.
    pub runs: Vec<Report>,
    /// Medians of the runs (loss, duplicates, disorder, errors: the worst).
    pub median: Report,
}

impl Series {
    pub(crate) fn new(runs: Vec<Report>) -> Self {
        let median = median(&runs);
        Self { runs, median }
    }
}

/// confab / NATS for the figures the bar is about.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Ratios {
    /// Deliveries per second (higher is better for confab).
    pub deliveries_per_s: Option<f64>,
    /// Acknowledged sends per second.
    pub sends_per_s: Option<f64>,
    /// Server CPU per delivery (lower is better for confab).
    pub server_cpu_us_per_delivery: Option<f64>,
    /// Server CPU per send.
    pub server_cpu_us_per_send: Option<f64>,
    /// p99 latency (lower is better for confab).
    pub latency_p99: Option<f64>,
    /// Server memory per idle session.
    pub rss_per_session: Option<f64>,
}

/// The result of a bench invocation.
#[derive(Clone, Debug, Serialize)]
pub struct Summary {
    /// When it ran (UTC).
    pub date: String,
    /// Logical CPUs of the machine.
    pub cpus: usize,
    /// Memory of the machine, GiB.
    pub memory_gib: f64,
    /// The open-file limit the bench (and the servers it starts) had.
    pub open_files_limit: u64,
    /// The load.
    pub load: Load,
    /// confab's runs.
    pub confab: Series,
    /// NATS's runs, if the reference ran.
    pub nats: Option<Series>,
    /// Why the NATS reference did not run, if it was asked for.
    pub nats_skipped: Option<String>,
    /// confab / NATS, of the medians.
    pub ratios: Option<Ratios>,
}

impl Summary {
    /// Whether every confab run was correct (the NATS runs are reported
    /// but not checked).
    pub fn correct(&self) -> bool {
        self.confab.runs.iter().all(Report::correct)
    }
}

fn median_f(values: impl Iterator<Item = f64>) -> f64 {
    let mut values: Vec<f64> = values.collect();
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len() % 2 == 1 {
        values[mid]
    } else {
        (values[mid - 1] + values[mid]) / 2.0
    }
}

fn median_opt(values: impl Iterator<Item = Option<f64>>) -> Option<f64> {
    let values: Vec<f64> = values.flatten().collect();
    (!values.is_empty()).then(|| median_f(values.into_iter()))
}

/// The median of each figure over `runs`; the worst of the correctness
/// counts.
fn median(runs: &[Report]) -> Report {
    let Some(first) = runs.first() else {
        return Report::default();
    };
    let f = |get: fn(&Report) -> f64| median_f(runs.iter().map(get));
    let o = |get: fn(&Report) -> Option<f64>| median_opt(runs.iter().map(get));
    let u = |get: fn(&Report) -> Option<u64>| {
        median_opt(runs.iter().map(|r| get(r).map(|v| v as f64))).map(|v| v.round() as u64)
    };
    let worst = |get: fn(&Report) -> u64| runs.iter().map(get).max().unwrap_or(0);
    Report {
        system: first.system.clone(),
        connections: first.connections,
        sends: f(|r| r.sends as f64).round() as u64,
        send_errors: worst(|r| r.send_errors),
        expected_deliveries: first.expected_deliveries,
        deliveries: f(|r| r.deliveries as f64).round() as u64,
        lost: worst(|r| r.lost),
        duplicates: worst(|r| r.duplicates),
        out_of_order: worst(|r| r.out_of_order),
        broken_streams: worst(|r| r.broken_streams),
        first_error: runs.iter().find_map(|r| r.first_error.clone()),
        setup_s: f(|r| r.setup_s),
        wall_s: f(|r| r.wall_s),
        deliveries_per_s: f(|r| r.deliveries_per_s),
        sends_per_s: f(|r| r.sends_per_s),
        server_cpu_s: f(|r| r.server_cpu_s),
        server_cpu_us_per_delivery: o(|r| r.server_cpu_us_per_delivery),
        server_cpu_us_per_send: o(|r| r.server_cpu_us_per_send),
        bench_cpu_s: f(|r| r.bench_cpu_s),
        other_cpu_s: f(|r| r.other_cpu_s),
        interrupt_cpu_s: f(|r| r.interrupt_cpu_s),
        bus_cpu_s: o(|r| r.bus_cpu_s),
        ack_p50_us: u(|r| r.ack_p50_us),
        ack_p99_us: u(|r| r.ack_p99_us),
        latency_of: first.latency_of.clone(),
        latency_p50_us: u(|r| r.latency_p50_us),
        latency_p99_us: u(|r| r.latency_p99_us),
        latency_max_us: u(|r| r.latency_max_us),
        rss_before_kib: u(|r| r.rss_before_kib),
        rss_after_kib: u(|r| r.rss_after_kib),
        rss_per_session_bytes: o(|r| r.rss_per_session_bytes),
        // The soak's findings are of the worst run: the highest peak.
        hostile: runs
            .iter()
            .filter_map(|r| r.hostile.clone())
            .max_by_key(|h| h.rss_peak_kib),
    }
}

/// confab / NATS of each figure both have.
pub(crate) fn ratios(confab: &Report, nats: &Report) -> Ratios {
    let r = |a: f64, b: f64| (a > 0.0 && b > 0.0).then(|| a / b);
    let ro = |a: Option<f64>, b: Option<f64>| r(a?, b?);
    Ratios {
        deliveries_per_s: r(confab.deliveries_per_s, nats.deliveries_per_s),
        sends_per_s: r(confab.sends_per_s, nats.sends_per_s),
        server_cpu_us_per_delivery: ro(
            confab.server_cpu_us_per_delivery,
            nats.server_cpu_us_per_delivery,
        ),
        server_cpu_us_per_send: ro(confab.server_cpu_us_per_send, nats.server_cpu_us_per_send),
        latency_p99: ro(
            confab.latency_p99_us.map(|v| v as f64),
            nats.latency_p99_us.map(|v| v as f64),
        ),
        rss_per_session: ro(confab.rss_per_session_bytes, nats.rss_per_session_bytes),
    }
}
