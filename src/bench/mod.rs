//! `confab-bench`: load scenarios against a real confab server, with the
//! same scenario against a NATS server as a reference, in one invocation.
//! Built with the cargo feature `bench` (on by default), which also brings
//! in the NATS client.
//!
//! | module      | what it is for |
//! |-------------|----------------|
//! | this one    | the runs: confab and NATS alternating, `runs` times |
//! | `args`      | the command line (clap), turned into [`Options`] |
//! | `load`      | [`Options`]: the scenario's [`Load`], where the server comes from |
//! | [`child`]   | a confab-server child process: start, wait until listening, stop |
//! | `confab`    | the scenarios against confab: sessions, publishers |
//! | `nats`      | the same scenarios against `nats-server` (its child process too) |
//! | `measure`   | during a run: shared counters, the stall watch, CPU and wall time |
//! | `track`     | the message stamp, per-subscriber loss/duplicate/order accounting, latencies |
//! | `sys`       | `/proc` (CPU time, RSS), the open-file limit, free ports |
//! | `report`    | what runs found: [`Report`], medians, ratios, the [`Summary`] |
//! | `table`     | the summary as a table for people, one line per run |
//!
//! Every run starts its own server (unless told `--server`), sets the load
//! up, waits for the server to go quiet, then measures the send phase: from
//! the first send until every subscriber has every message. Server CPU is
//! the server's utime+stime over that phase; latency is the time from the
//! send (or, paced, from when the send was due) to the delivery, read from
//! the stamp at the start of each message.

mod args;
pub mod child;
mod confab;
mod load;
mod measure;
mod nats;
mod report;
mod sys;
mod table;
mod track;

use std::time::Duration;

pub(crate) use self::load::ServerSource;
pub use self::{
    args::BenchArgs,
    load::{Load, Options, PublishMode, Scenario},
    report::{Ratios, Report, Series, Summary},
    table::table,
};

/// What went wrong while benchmarking.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct BenchError(pub String);

impl From<child::ChildError> for BenchError {
    fn from(error: child::ChildError) -> Self {
        Self(error.to_string())
    }
}

/// The bench's result type.
pub type Result<T> = std::result::Result<T, BenchError>;

/// Makes an error from context and a cause.
pub(crate) fn fail(context: impl std::fmt::Display) -> impl FnOnce(String) -> BenchError {
    move |cause| BenchError(format!("{context}: {cause}"))
}

/// Runs the bench: `runs` rounds of confab (and NATS, alternating).
pub async fn run(options: &Options) -> Result<Summary> {
    let open_files_limit = sys::raise_open_files();
    let load = &options.load;
    let connections_needed = match load.scenario {
        Scenario::Idle => load.sessions,
        Scenario::Hostile => load.hostile.stalled + load.hostile.silent + 8,
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
        let report = confab::run(options, &say).await?;
        say(format!(
            "run {}: confab {}",
            run + 1,
            table::one_line(&report)
        ));
        confab_runs.push(report);
        if let Some(bin) = &nats_bin {
            settle().await;
            let report = nats::run(bin, load, &say).await?;
            say(format!(
                "run {}: NATS   {}",
                run + 1,
                table::one_line(&report)
            ));
            nats_runs.push(report);
        }
    }
    let confab = Series::new(confab_runs);
    let nats = (!nats_runs.is_empty()).then(|| Series::new(nats_runs));
    let ratios = nats
        .as_ref()
        .map(|n| report::ratios(&confab.median, &n.median));
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
