//! `confab-bench`: load scenarios against a real confab server, with the
//! same scenario against a NATS server as a reference, in one invocation.
//!
//! | module     | what it is for |
//! |------------|----------------|
//! | this one   | the options, the runs, medians, ratios and the table |
//! | [`confab`] | the scenarios against confab: sessions, publishers, the server process |
//! | [`nats`]   | the same scenarios against `nats-server` |
//! | [`track`]  | the message stamp, per-subscriber loss/duplicate/order accounting, latencies |
//! | [`sys`]    | `/proc` (CPU time, RSS), the open-file limit, free ports |
//!
//! Every run starts its own server (unless told `--server`), sets the load
//! up, waits for the server to go quiet, then measures the send phase: from
//! the first send until every subscriber has every message. Server CPU is
//! the server's utime+stime over that phase; latency is the time from the
//! send (or, paced, from when the send was due) to the delivery, read from
//! the stamp at the start of each message.

pub mod confab;
pub mod nats;
pub mod sys;
pub mod track;

use std::{
    fmt::Write as _,
    path::PathBuf,
    sync::{
        atomic::{AtomicU64, AtomicUsize, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

use clap::{Parser, ValueEnum};
use serde::Serialize;
use tokio::sync::Notify;

use self::track::Latencies;

/// What went wrong while benchmarking.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct BenchError(pub String);

/// The bench's result type.
pub type Result<T> = std::result::Result<T, BenchError>;

/// Makes an error from context and a cause.
pub(crate) fn fail(context: impl std::fmt::Display) -> impl FnOnce(String) -> BenchError {
    move |cause| BenchError(format!("{context}: {cause}"))
}

/// A load scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scenario {
    /// Many subscribers in one room, publishers sending as fast as they are
    /// acknowledged.
    Fanout,
    /// The same at a fixed total rate, for latency under steady load.
    Paced,
    /// Many rooms of a few members each, all busy at once.
    Rooms,
    /// Many idle Chat sessions: server memory per session.
    Idle,
    /// Publishers into one room, no subscribers: acknowledged (durable)
    /// sends per second.
    Ingest,
}

/// How confab publishers send.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PublishMode {
    /// Concurrent unary SendMessage calls on the publisher's connection,
    /// at most `window` unanswered at a time.
    Unary,
    /// `send` frames pipelined on one Chat stream, at most `window` unacked.
    Chat,
}

/// confab-bench: load scenarios against confab, and the same against NATS.
#[derive(Clone, Debug, Parser)]
#[command(name = "confab-bench", version, about)]
pub struct BenchArgs {
    /// The scenario to run.
    #[arg(value_enum)]
    pub scenario: Scenario,

    /// Subscriber sessions per room (each on its own connection). Default:
    /// fanout and paced 1000, rooms 5, ingest 0.
    #[arg(long, short = 'n')]
    pub subscribers: Option<usize>,

    /// Publishers per room (each on its own connection). Default: ingest 10,
    /// otherwise 1.
    #[arg(long, short = 'p')]
    pub publishers: Option<usize>,

    /// Messages each publisher sends. Default: fanout 10000 / publishers,
    /// paced 1000, rooms 1000, ingest 20000.
    #[arg(long, short = 'm')]
    pub messages: Option<usize>,

    /// Message size in bytes (the text; at least 40).
    #[arg(long, short = 's', default_value_t = 64)]
    pub size: usize,

    /// Rooms. Default: rooms 200, otherwise 1.
    #[arg(long)]
    pub rooms: Option<usize>,

    /// Total messages per second over all publishers. Default: paced 100;
    /// the other scenarios send as fast as they are acknowledged.
    #[arg(long)]
    pub rate: Option<f64>,

    /// Unacknowledged sends each publisher keeps in flight.
    #[arg(long, short = 'w', default_value_t = 64)]
    pub window: usize,

    /// How confab publishers send.
    #[arg(long, value_enum, default_value_t = PublishMode::Unary)]
    pub publish: PublishMode,

    /// Idle sessions (idle scenario).
    #[arg(long, default_value_t = 10_000)]
    pub sessions: usize,

    /// Give up when no delivery or acknowledgement came for this long.
    #[arg(long, default_value_t = 15)]
    pub stall_secs: u64,

    /// Runs of each system; the summary shows medians (loss, duplicates
    /// and disorder: the worst run).
    #[arg(long, default_value_t = 1)]
    pub runs: usize,

    /// Also run the scenario against nats-server and print ratios.
    #[arg(long)]
    pub compare_nats: bool,

    /// The nats-server binary (looked up on PATH, then in /usr/sbin).
    #[arg(long, default_value = "nats-server")]
    pub nats_bin: String,

    /// The confab-server binary to start. Default: the one next to this
    /// executable.
    #[arg(long)]
    pub server_bin: Option<PathBuf>,

    /// The store the started server uses (its --store). Default: SQLite in
    /// a fresh temporary directory per run.
    #[arg(long)]
    pub store: Option<String>,

    /// An extra flag for the confab-server the bench starts (repeat for
    /// more; e.g. --server-arg=--channel-capacity=4096). The bench always
    /// passes --rate-per-user 0: the per-user send limit is a policy, not
    /// a cost, and would cap every publisher at its rate.
    #[arg(long = "server-arg", allow_hyphen_values = true)]
    pub server_args: Vec<String>,

    /// Use a running confab server at this address (loopback only) instead
    /// of starting one; needs --server-pid.
    #[arg(long, requires = "server_pid")]
    pub server: Option<String>,

    /// The process id of the --server, for its CPU time and memory.
    #[arg(long, requires = "server")]
    pub server_pid: Option<u32>,

    /// Print one JSON document instead of the table.
    #[arg(long)]
    pub json: bool,

    /// Also write the JSON document to this file (the table still prints).
    #[arg(long, value_name = "PATH")]
    pub json_file: Option<PathBuf>,

    /// No progress lines on stderr.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

/// The load of one scenario, with every default filled in.
#[derive(Clone, Debug, Serialize)]
pub struct Load {
    /// The scenario.
    pub scenario: Scenario,
    /// Rooms.
    pub rooms: usize,
    /// Subscriber sessions per room.
    pub subscribers: usize,
    /// Publishers per room.
    pub publishers: usize,
    /// Messages per publisher.
    pub messages: usize,
    /// Message size, bytes.
    pub size: usize,
    /// Total messages per second, if paced.
    pub rate: Option<f64>,
    /// Unacknowledged sends per publisher.
    pub window: usize,
    /// How confab publishers send.
    pub publish: PublishMode,
    /// Idle sessions (idle scenario).
    pub sessions: usize,
    /// Give up after this long without progress.
    #[serde(skip)]
    pub stall: Duration,
}

impl Load {
    /// Messages every subscriber must receive.
    pub fn per_subscriber(&self) -> u64 {
        (self.publishers * self.messages) as u64
    }

    /// Deliveries a complete run makes.
    pub fn expected_deliveries(&self) -> u64 {
        (self.rooms * self.subscribers) as u64 * self.per_subscriber()
    }

    /// Sends a complete run makes.
    pub fn expected_sends(&self) -> u64 {
        (self.rooms * self.publishers * self.messages) as u64
    }

    /// The time between two messages of one publisher, if paced.
    pub fn interval(&self) -> Option<Duration> {
        let per_publisher = self.rate? / (self.rooms * self.publishers) as f64;
        Some(Duration::from_secs_f64(1.0 / per_publisher))
    }

    /// One line saying what the load is.
    pub fn describe(&self) -> String {
        if self.scenario == Scenario::Idle {
            return format!("idle: {} Chat sessions", self.sessions);
        }
        let mut line = format!("{:?}: ", self.scenario).to_lowercase();
        if self.rooms > 1 {
            let _ = write!(line, "{} rooms, each ", self.rooms);
        }
        if self.subscribers > 0 {
            let _ = write!(line, "{} subscribers, ", self.subscribers);
        }
        let _ = write!(
            line,
            "{} publisher{} x {} messages of {} B",
            self.publishers,
            if self.publishers == 1 { "" } else { "s" },
            self.messages,
            self.size
        );
        if self.subscribers == 0 {
            line.push_str(" (no subscribers)");
        }
        match self.rate {
            Some(rate) => {
                let _ = write!(line, ", {rate} msg/s in total");
            }
            None => {
                let _ = write!(line, ", as fast as acknowledged");
            }
        }
        let _ = write!(
            line,
            ", window {} ({} sends)",
            self.window,
            match self.publish {
                PublishMode::Unary => "unary",
                PublishMode::Chat => "Chat-stream",
            }
        );
        line
    }
}

/// Where the confab server comes from.
#[derive(Clone, Debug)]
pub enum Target {
    /// Start `bin` for every run, with `store` (default: SQLite in a fresh
    /// temporary directory).
    Start {
        /// The confab-server binary.
        bin: PathBuf,
        /// Its --store.
        store: Option<String>,
        /// More flags for it.
        args: Vec<String>,
    },
    /// A server that is already running.
    Running {
        /// host:port on loopback.
        address: String,
        /// Its process id.
        pid: u32,
    },
}

/// Everything a bench invocation needs.
#[derive(Clone, Debug)]
pub struct Options {
    /// The load.
    pub load: Load,
    /// The confab server.
    pub target: Target,
    /// Runs per system.
    pub runs: usize,
    /// The nats-server binary, if the reference is wanted.
    pub nats_bin: Option<String>,
    /// Progress lines on stderr.
    pub progress: bool,
}

impl BenchArgs {
    /// Fills in the scenario's defaults and checks the options.
    pub fn options(&self) -> Result<Options> {
        let scenario = self.scenario;
        let pick = |given: Option<usize>, default: usize| given.unwrap_or(default);
        let load = Load {
            scenario,
            rooms: pick(
                self.rooms,
                if scenario == Scenario::Rooms { 200 } else { 1 },
            ),
            subscribers: pick(
                self.subscribers,
                match scenario {
                    Scenario::Fanout | Scenario::Paced => 1000,
                    Scenario::Rooms => 5,
                    Scenario::Idle | Scenario::Ingest => 0,
                },
            ),
            publishers: pick(
                self.publishers,
                match scenario {
                    Scenario::Ingest => 10,
                    Scenario::Idle => 0,
                    _ => 1,
                },
            ),
            messages: pick(
                self.messages,
                match scenario {
                    Scenario::Fanout => 10_000 / self.publishers.unwrap_or(1).max(1),
                    Scenario::Paced => 1000,
                    Scenario::Rooms => 1000,
                    Scenario::Ingest => 20_000,
                    Scenario::Idle => 0,
                },
            ),
            size: self.size,
            rate: self.rate.or((scenario == Scenario::Paced).then_some(100.0)),
            window: self.window.max(1),
            publish: self.publish,
            sessions: self.sessions,
            stall: Duration::from_secs(self.stall_secs.max(1)),
        };
        if load.size < track::MIN_SIZE {
            return Err(BenchError(format!(
                "--size must be at least {} bytes (the stamp needs room)",
                track::MIN_SIZE
            )));
        }
        if load.scenario != Scenario::Idle && (load.publishers == 0 || load.messages == 0) {
            return Err(BenchError(
                "--publishers and --messages must be at least 1".into(),
            ));
        }
        if load
            .rate
            .is_some_and(|rate| !(rate > 0.0 && rate.is_finite()))
        {
            return Err(BenchError("--rate must be a positive number".into()));
        }
        let target = match (&self.server, self.server_pid) {
            (Some(address), Some(pid)) => {
                let host = address
                    .trim_start_matches("http://")
                    .rsplit_once(':')
                    .map_or("", |(host, _)| host);
                if !matches!(host, "127.0.0.1" | "localhost" | "[::1]") && !host.starts_with("127.")
                {
                    return Err(BenchError(format!(
                        "--server {address}: the bench only talks to loopback addresses"
                    )));
                }
                // The phases read the server's CPU time from here: a wrong
                // pid would otherwise show up as zero CPU.
                sys::cpu_seconds(pid).map_err(|error| {
                    BenchError(format!(
                        "cannot read /proc/{pid}/stat for --server-pid {pid}: {error}"
                    ))
                })?;
                Target::Running {
                    address: address.clone(),
                    pid,
                }
            }
            _ => Target::Start {
                bin: match &self.server_bin {
                    Some(bin) => bin.clone(),
                    None => default_server_bin()?,
                },
                store: self.store.clone(),
                args: self.server_args.clone(),
            },
        };
        Ok(Options {
            load,
            target,
            runs: self.runs.max(1),
            nats_bin: self.compare_nats.then(|| self.nats_bin.clone()),
            progress: !self.quiet,
        })
    }
}

/// The confab-server next to this executable.
fn default_server_bin() -> Result<PathBuf> {
    let me =
        std::env::current_exe().map_err(|e| fail("cannot find this executable")(e.to_string()))?;
    let bin = me.with_file_name("confab-server");
    if bin.exists() {
        Ok(bin)
    } else {
        Err(BenchError(format!(
            "no confab-server next to {} (build it, or pass --server-bin)",
            me.display()
        )))
    }
}

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
}

impl Report {
    /// Fills in the rates and per-delivery costs.
    fn finish(&mut self) {
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

/// Shared between a run's tasks: what has happened so far.
pub(crate) struct Progress {
    /// Deliveries so far.
    pub deliveries: AtomicU64,
    /// Acknowledged sends so far.
    pub sends: AtomicU64,
    /// Failed sends.
    pub send_errors: AtomicU64,
    /// Subscriber streams that broke.
    pub broken: AtomicU64,
    /// The first failure seen.
    first_error: std::sync::Mutex<Option<String>>,
    /// Workers (subscribers, or publishers when there are none) not done.
    remaining: AtomicUsize,
    done: Notify,
    /// Delivery latencies.
    pub latencies: Arc<Latencies>,
    /// Acknowledgement latencies.
    pub ack_latencies: Arc<Latencies>,
}

impl Progress {
    pub fn new(workers: usize) -> Arc<Self> {
        Arc::new(Self {
            deliveries: AtomicU64::new(0),
            sends: AtomicU64::new(0),
            send_errors: AtomicU64::new(0),
            broken: AtomicU64::new(0),
            first_error: std::sync::Mutex::new(None),
            remaining: AtomicUsize::new(workers),
            done: Notify::new(),
            latencies: Arc::default(),
            ack_latencies: Arc::default(),
        })
    }

    /// Notes a failure (the first one is kept for the report).
    pub fn error(&self, what: String) {
        let mut first = self.first_error.lock().unwrap_or_else(|p| p.into_inner());
        if first.is_none() {
            *first = Some(what);
        }
    }

    /// The first failure seen.
    pub fn first_error(&self) -> Option<String> {
        self.first_error
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// One worker has everything it waits for.
    pub fn worker_done(&self) {
        if self.remaining.fetch_sub(1, Ordering::AcqRel) == 1 {
            self.done.notify_one();
        }
    }

    /// Waits until every worker is done (true) or nothing happened for
    /// `stall` (false).
    pub async fn wait(&self, stall: Duration) -> bool {
        let mut last = (u64::MAX, u64::MAX);
        let mut last_change = Instant::now();
        loop {
            if self.remaining.load(Ordering::Acquire) == 0 {
                return true;
            }
            tokio::select! {
                () = self.done.notified() => return true,
                () = tokio::time::sleep(Duration::from_millis(100)) => {}
            }
            let now = (
                self.deliveries.load(Ordering::Relaxed),
                self.sends.load(Ordering::Relaxed),
            );
            if now != last {
                last = now;
                last_change = Instant::now();
            } else if last_change.elapsed() >= stall {
                return self.remaining.load(Ordering::Acquire) == 0;
            }
        }
    }
}

/// Measures the send phase: CPU and wall time between [`Phase::start`] and
/// [`Phase::stop`].
pub(crate) struct Phase {
    pid: u32,
    started: Instant,
    server_cpu: f64,
    bench_cpu: f64,
    machine_cpu: (f64, f64),
}

impl Phase {
    pub fn start(pid: u32) -> Self {
        Self {
            pid,
            server_cpu: sys::cpu_seconds(pid).unwrap_or(0.0),
            bench_cpu: sys::own_cpu_seconds(),
            machine_cpu: sys::machine_cpu_seconds(),
            started: Instant::now(),
        }
    }

    /// Writes wall time, server CPU and bench CPU into `report`.
    pub fn stop(&self, report: &mut Report) {
        report.wall_s = self.started.elapsed().as_secs_f64();
        report.server_cpu_s =
            (sys::cpu_seconds(self.pid).unwrap_or(0.0) - self.server_cpu).max(0.0);
        report.bench_cpu_s = sys::own_cpu_seconds() - self.bench_cpu;
        let (busy, interrupts) = sys::machine_cpu_seconds();
        let busy = busy - self.machine_cpu.0;
        report.other_cpu_s = (busy - report.server_cpu_s - report.bench_cpu_s).max(0.0);
        report.interrupt_cpu_s = interrupts - self.machine_cpu.1;
    }
}

/// Fills the latency fields: `of` says which (delivery or ack) the
/// headline latency is; the ack percentiles are always filled.
pub(crate) fn set_latencies(report: &mut Report, progress: &Progress, of: &str) {
    if let Some((p50, p99, _)) = progress.ack_latencies.summary() {
        report.ack_p50_us = Some(p50);
        report.ack_p99_us = Some(p99);
    }
    let latencies = if of == "ack" {
        &progress.ack_latencies
    } else {
        &progress.latencies
    };
    if let Some((p50, p99, max)) = latencies.summary() {
        report.latency_of = Some(of.to_owned());
        report.latency_p50_us = Some(p50);
        report.latency_p99_us = Some(p99);
        report.latency_max_us = Some(max);
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
    fn new(runs: Vec<Report>) -> Self {
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

/// Runs the bench: `runs` rounds of confab (and NATS, alternating).
pub async fn run(options: &Options) -> Result<Summary> {
    let open_files_limit = sys::raise_open_files();
    let load = &options.load;
    let connections_needed = match load.scenario {
        Scenario::Idle => load.sessions,
        _ => load.rooms * (load.subscribers + load.publishers),
    } as u64;
    if open_files_limit < connections_needed + 100 {
        return Err(BenchError(format!(
            "{connections_needed} connections need more open files than the limit, \
             {open_files_limit}: raise it (ulimit -n) first"
        )));
    }
    let (cpus, memory_gib) = sys::machine();
    let nats_bin = match &options.nats_bin {
        Some(name) => match nats::find_binary(name) {
            Some(path) => Ok(Some(path)),
            None => Err(format!(
                "{name} was not found on PATH or in /usr/sbin: the NATS reference is skipped \
                 (Debian: apt-get install -y nats-server)"
            )),
        },
        None => Ok(None),
    };
    let nats_skipped = nats_bin.as_ref().err().cloned();
    if let Some(reason) = &nats_skipped {
        eprintln!("confab-bench: {reason}");
    }
    let nats_bin = nats_bin.ok().flatten();
    let say = |line: String| {
        if options.progress {
            eprintln!("confab-bench: {line}");
        }
    };
    say(load.describe());
    let mut confab_runs = Vec::new();
    let mut nats_runs = Vec::new();
    // Connections of a finished run close in the background; the next run
    // waits for them, so runs do not add up against the open-file limit.
    let files_at_start = sys::open_files() + 32;
    let settle = || async {
        let open = sys::wait_for_open_files(files_at_start, Duration::from_secs(30)).await;
        if open > files_at_start {
            say(format!(
                "{open} files still open from earlier runs (at most {files_at_start} expected)"
            ));
        }
    };
    for run in 0..options.runs {
        settle().await;
        let report = confab::run(options, run, &say).await?;
        say(format!("run {}: confab {}", run + 1, one_line(&report)));
        confab_runs.push(report);
        if let Some(bin) = &nats_bin {
            settle().await;
            let report = nats::run(bin, load, &say).await?;
            say(format!("run {}: NATS   {}", run + 1, one_line(&report)));
            nats_runs.push(report);
        }
    }
    let confab = Series::new(confab_runs);
    let nats = (!nats_runs.is_empty()).then(|| Series::new(nats_runs));
    let ratios = nats.as_ref().map(|n| ratios(&confab.median, &n.median));
    Ok(Summary {
        date: chrono::Utc::now().format("%Y-%m-%d %H:%M UTC").to_string(),
        cpus,
        memory_gib,
        open_files_limit,
        load: load.clone(),
        confab,
        nats,
        nats_skipped,
        ratios,
    })
}

fn one_line(report: &Report) -> String {
    let mut line = String::new();
    if report.expected_deliveries > 0 {
        let _ = write!(
            line,
            "{} deliveries in {:.2} s = {:.0}/s, lost {} dup {} ooo {}",
            report.deliveries,
            report.wall_s,
            report.deliveries_per_s,
            report.lost,
            report.duplicates,
            report.out_of_order
        );
    } else if report.sends > 0 {
        let _ = write!(
            line,
            "{} acked sends in {:.2} s = {:.0}/s",
            report.sends, report.wall_s, report.sends_per_s
        );
    }
    if let Some(cpu) = report
        .server_cpu_us_per_delivery
        .or(report.server_cpu_us_per_send)
    {
        let _ = write!(line, ", server CPU {cpu:.3} µs each");
    }
    if let (Some(p50), Some(p99)) = (report.latency_p50_us, report.latency_p99_us) {
        let _ = write!(
            line,
            ", p50 {:.3} ms p99 {:.3} ms",
            p50 as f64 / 1000.0,
            p99 as f64 / 1000.0
        );
    }
    if let Some(bytes) = report.rss_per_session_bytes {
        let _ = write!(line, "RSS {:.2} KiB per session", bytes / 1024.0);
    }
    if report.send_errors > 0 || report.broken_streams > 0 {
        let _ = write!(
            line,
            " ({} send errors, {} broken streams)",
            report.send_errors, report.broken_streams
        );
    }
    line
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
        ack_p50_us: u(|r| r.ack_p50_us),
        ack_p99_us: u(|r| r.ack_p99_us),
        latency_of: first.latency_of.clone(),
        latency_p50_us: u(|r| r.latency_p50_us),
        latency_p99_us: u(|r| r.latency_p99_us),
        latency_max_us: u(|r| r.latency_max_us),
        rss_before_kib: u(|r| r.rss_before_kib),
        rss_after_kib: u(|r| r.rss_after_kib),
        rss_per_session_bytes: o(|r| r.rss_per_session_bytes),
    }
}

fn ratios(confab: &Report, nats: &Report) -> Ratios {
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

/// The summary as a table for people.
pub fn table(summary: &Summary) -> String {
    let mut out = String::new();
    let runs = summary.confab.runs.len();
    let _ = writeln!(out, "confab-bench {}", summary.load.describe());
    let _ = writeln!(
        out,
        "{} CPUs, {:.1} GiB, open-file limit {}, {}; {} run{}{}",
        summary.cpus,
        summary.memory_gib,
        summary.open_files_limit,
        summary.date,
        runs,
        if runs == 1 { "" } else { "s" },
        if runs > 1 {
            ", medians (loss, duplicates, disorder: worst run)"
        } else {
            ""
        }
    );
    if let Some(reason) = &summary.nats_skipped {
        let _ = writeln!(out, "NATS reference skipped: {reason}");
    }
    let confab = &summary.confab.median;
    let nats = summary.nats.as_ref().map(|s| &s.median);
    let ratios = summary.ratios.clone().unwrap_or_default();
    let _ = writeln!(
        out,
        "{:<34} {:>14} {:>14} {:>12}",
        "",
        "confab",
        if nats.is_some() { "NATS" } else { "" },
        if nats.is_some() { "confab/NATS" } else { "" }
    );
    let mut row = |name: &str, get: &dyn Fn(&Report) -> Option<String>, ratio: Option<f64>| {
        let a = get(confab);
        let b = nats.and_then(get);
        if a.is_none() && b.is_none() {
            return;
        }
        let _ = writeln!(
            out,
            "{:<34} {:>14} {:>14} {:>12}",
            name,
            a.unwrap_or_else(|| "-".into()),
            b.unwrap_or_default(),
            ratio.map_or(String::new(), |r| format!("{r:.2}x"))
        );
    };
    let deliveries = summary.load.expected_deliveries() > 0;
    let sends = summary.load.scenario != Scenario::Idle;
    row("connections", &|r| Some(r.connections.to_string()), None);
    if sends {
        row("acked sends", &|r| Some(r.sends.to_string()), None);
        row(
            "send errors",
            &|r| (r.send_errors > 0).then(|| r.send_errors.to_string()),
            None,
        );
    }
    if deliveries {
        row("deliveries", &|r| Some(r.deliveries.to_string()), None);
        row(
            "lost / duplicates / out-of-order",
            &|r| Some(format!("{}/{}/{}", r.lost, r.duplicates, r.out_of_order)),
            None,
        );
        row(
            "broken streams",
            &|r| (r.broken_streams > 0).then(|| r.broken_streams.to_string()),
            None,
        );
    }
    if sends {
        row("wall s", &|r| Some(format!("{:.2}", r.wall_s)), None);
    }
    if deliveries {
        row(
            "deliveries/s",
            &|r| Some(format!("{:.0}", r.deliveries_per_s)),
            ratios.deliveries_per_s,
        );
    }
    if sends {
        row(
            "acked sends/s",
            &|r| Some(format!("{:.0}", r.sends_per_s)),
            ratios.sends_per_s,
        );
    }
    if deliveries {
        row(
            "server CPU µs/delivery",
            &|r| r.server_cpu_us_per_delivery.map(|v| format!("{v:.3}")),
            ratios.server_cpu_us_per_delivery,
        );
    } else if sends {
        row(
            "server CPU µs/send",
            &|r| r.server_cpu_us_per_send.map(|v| format!("{v:.3}")),
            ratios.server_cpu_us_per_send,
        );
    }
    if sends {
        row(
            "server CPU s",
            &|r| Some(format!("{:.2}", r.server_cpu_s)),
            None,
        );
        row(
            "bench CPU s",
            &|r| Some(format!("{:.2}", r.bench_cpu_s)),
            None,
        );
        row(
            "other processes' CPU s",
            &|r| Some(format!("{:.2}", r.other_cpu_s)),
            None,
        );
        row(
            "kernel interrupt CPU s",
            &|r| Some(format!("{:.2}", r.interrupt_cpu_s)),
            None,
        );
    }
    let of = confab
        .latency_of
        .clone()
        .unwrap_or_else(|| "delivery".into());
    let ms = |v: Option<u64>| v.map(|v| format!("{:.3}", v as f64 / 1000.0));
    row(
        &format!("{of} latency p50 ms"),
        &|r| ms(r.latency_p50_us),
        None,
    );
    row(
        &format!("{of} latency p99 ms"),
        &|r| ms(r.latency_p99_us),
        ratios.latency_p99,
    );
    row(
        &format!("{of} latency max ms"),
        &|r| ms(r.latency_max_us),
        None,
    );
    if of != "ack" {
        row("ack latency p50 ms", &|r| ms(r.ack_p50_us), None);
        row("ack latency p99 ms", &|r| ms(r.ack_p99_us), None);
    }
    row(
        "server RSS before, KiB",
        &|r| r.rss_before_kib.map(|v| v.to_string()),
        None,
    );
    row(
        "server RSS after, KiB",
        &|r| r.rss_after_kib.map(|v| v.to_string()),
        None,
    );
    row(
        "server RSS per session, KiB",
        &|r| {
            r.rss_per_session_bytes
                .map(|v| format!("{:.2}", v / 1024.0))
        },
        ratios.rss_per_session,
    );
    row("setup s", &|r| Some(format!("{:.1}", r.setup_s)), None);
    out
}
