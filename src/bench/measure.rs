//! Measuring one run while it happens: the counters and latencies its
//! tasks share ([`Progress`]), the wait for the run to finish or stall, the
//! CPU and wall time of the send phase ([`Meter`]), and what a finished
//! run's subscribers and counters add to its [`Report`].

use std::{
    sync::{
        atomic::{AtomicU64, AtomicUsize, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

use tokio::{
    sync::{watch, Notify},
    task::JoinHandle,
};

use super::{
    fail, sys,
    track::{Latencies, Tracker},
    Report, Result,
};

/// Shared between a run's tasks: what has happened so far.
pub(crate) struct Progress {
    /// Deliveries so far.
    pub(crate) deliveries: AtomicU64,
    /// Acknowledged sends so far.
    pub(crate) sends: AtomicU64,
    /// Failed sends.
    pub(crate) send_errors: AtomicU64,
    /// Subscriber streams that broke.
    pub(crate) broken: AtomicU64,
    /// The first failure seen.
    first_error: std::sync::Mutex<Option<String>>,
    /// Workers (subscribers, or publishers when there are none) not done.
    remaining: AtomicUsize,
    done: Notify,
    /// Delivery latencies.
    pub(crate) latencies: Arc<Latencies>,
    /// Acknowledgement latencies.
    pub(crate) ack_latencies: Arc<Latencies>,
}

impl Progress {
    /// Nothing counted yet, `workers` to wait for.
    pub(crate) fn new(workers: usize) -> Arc<Self> {
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
    pub(crate) fn error(&self, what: String) {
        let mut first = self.first_error.lock().unwrap_or_else(|p| p.into_inner());
        if first.is_none() {
            *first = Some(what);
        }
    }

    /// The first failure seen.
    pub(crate) fn first_error(&self) -> Option<String> {
        self.first_error
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// One worker has everything it waits for.
    pub(crate) fn worker_done(&self) {
        if self.remaining.fetch_sub(1, Ordering::AcqRel) == 1 {
            self.done.notify_one();
        }
    }

    /// Waits until every worker is done (true) or nothing happened for
    /// `stall` (false).
    pub(crate) async fn wait(&self, stall: Duration) -> bool {
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

impl Progress {
    /// Waits until `count` says `expected`, or until it has not moved for
    /// `stall`; false then.
    pub(crate) async fn reach(
        &self,
        expected: u64,
        stall: Duration,
        count: impl Fn() -> u64,
    ) -> bool {
        let mut last = u64::MAX;
        let mut last_change = Instant::now();
        loop {
            let now = count();
            if now >= expected {
                return true;
            }
            if now != last {
                last = now;
                last_change = Instant::now();
            } else if last_change.elapsed() >= stall {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }
}

/// Measures the send phase: CPU and wall time between [`Meter::start`] and
/// [`Meter::stop`].
pub(crate) struct Meter {
    pids: Vec<u32>,
    started: Instant,
    server_cpu: f64,
    bench_cpu: f64,
    machine_cpu: (f64, f64),
}

impl Meter {
    /// Starts measuring, `pids` being the server's processes (one per
    /// node; their CPU is summed).
    pub(crate) fn start(pids: &[u32]) -> Self {
        Self {
            pids: pids.to_vec(),
            server_cpu: sys::cpu_seconds_of(pids),
            bench_cpu: sys::own_cpu_seconds(),
            machine_cpu: sys::machine_cpu_seconds(),
            started: Instant::now(),
        }
    }

    /// Writes wall time, server CPU and bench CPU into `report`.
    pub(crate) fn stop(&self, report: &mut Report) {
        report.wall_s = self.started.elapsed().as_secs_f64();
        report.server_cpu_s = (sys::cpu_seconds_of(&self.pids) - self.server_cpu).max(0.0);
        report.bench_cpu_s = sys::own_cpu_seconds() - self.bench_cpu;
        let (busy, interrupts) = sys::machine_cpu_seconds();
        let busy = busy - self.machine_cpu.0;
        report.other_cpu_s = (busy - report.server_cpu_s - report.bench_cpu_s).max(0.0);
        report.interrupt_cpu_s = interrupts - self.machine_cpu.1;
    }
}

/// What a run's headline latency measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LatencyOf {
    /// From the send (or, paced, from when it was due) to a subscriber.
    Delivery,
    /// From the send to its acknowledgement (runs without subscribers).
    Ack,
}

impl LatencyOf {
    fn name(self) -> &'static str {
        match self {
            Self::Delivery => "delivery",
            Self::Ack => "ack",
        }
    }
}

impl Progress {
    /// Writes what the run's tasks counted into `report`: acknowledged and
    /// failed sends, broken streams, the first error, and the latencies,
    /// `of` saying which is the headline (the ack percentiles are always
    /// filled).
    pub(crate) fn write_into(&self, report: &mut Report, of: LatencyOf) {
        if let Some((p50, p99, _)) = self.ack_latencies.summary() {
            report.ack_p50_us = Some(p50);
            report.ack_p99_us = Some(p99);
        }
        let latencies = match of {
            LatencyOf::Ack => &self.ack_latencies,
            LatencyOf::Delivery => &self.latencies,
        };
        if let Some((p50, p99, max)) = latencies.summary() {
            report.latency_of = Some(of.name().to_owned());
            report.latency_p50_us = Some(p50);
            report.latency_p99_us = Some(p99);
            report.latency_max_us = Some(max);
        }
        report.sends = self.sends.load(Ordering::Relaxed);
        report.send_errors = self.send_errors.load(Ordering::Relaxed);
        report.broken_streams = self.broken.load(Ordering::Relaxed);
        report.first_error = self.first_error();
    }
}

/// Tells the subscriber tasks to stop (`stop`), then adds what each of
/// them counted to `report`.
pub(crate) async fn collect_subscribers(
    stop: watch::Sender<bool>,
    readers: Vec<JoinHandle<Tracker>>,
    report: &mut Report,
) -> Result<()> {
    let _ = stop.send(true);
    for reader in readers {
        let tracker = reader
            .await
            .map_err(|e| fail("a subscriber task failed")(e.to_string()))?;
        report.deliveries += tracker.deliveries;
        report.lost += tracker.lost();
        report.duplicates += tracker.duplicates;
        report.out_of_order += tracker.out_of_order;
    }
    Ok(())
}
