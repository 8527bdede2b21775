//! The command line of `confab-bench` (clap), and how it becomes
//! [`Options`]: the scenario's defaults filled in, the options checked.

use std::{path::PathBuf, time::Duration};

use clap::Parser;

use super::{
    fail, nats, sys, track, BenchError, Load, Options, PublishMode, Result, Scenario, ServerSource,
};

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

    /// Idle: every session in one room (NATS: every connection subscribed
    /// to one subject), reading what the room sends, to show whether a
    /// session's cost grows with its room's size.
    #[arg(long)]
    pub room: bool,

    /// Hostile: Chat sessions in the flooded room that stop reading.
    #[arg(long, default_value_t = 200)]
    pub stalled: usize,

    /// Hostile: TCP connections that never send a byte.
    #[arg(long, default_value_t = 1000)]
    pub silent: usize,

    /// Hostile: Chat streams opened on one connection.
    #[arg(long, default_value_t = 2000)]
    pub flood_streams: usize,

    /// Hostile: bytes of each flood message.
    #[arg(long, default_value_t = 4000)]
    pub flood_size: usize,

    /// Hostile: rooms the room-creation flood tries to make.
    #[arg(long, default_value_t = 100_000)]
    pub flood_rooms: usize,

    /// Hostile: seconds of abuse.
    #[arg(long, default_value_t = 30)]
    pub secs: u64,

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

    /// The store the started server uses (its --store): `memory`,
    /// `sqlite://PATH`, or `postgres://USER@HOST:PORT/DB` (an existing
    /// database; runs may share it, each run's rooms and users are its
    /// own). Default: SQLite in a fresh temporary directory per run.
    #[arg(long)]
    pub store: Option<String>,

    /// confab nodes to start, the subscribers and publishers spread over
    /// them in turn (fanout, paced, rooms, ingest). More than one needs
    /// `--store postgres://...`; the bench starts a nats-server (see
    /// --nats-bin) as their `--bus`. Server CPU is summed over the nodes.
    #[arg(long, default_value_t = 1)]
    pub nodes: usize,

    /// Fanout and paced: publishers send typing signals (unary SendTyping
    /// in their room) instead of messages; subscribers count the typing
    /// frames they get. The server passes on one per user per room per
    /// second, so pace them (e.g. paced -p 100 --rate 100: each publisher
    /// once a second); sends counts those passed on, and every subscriber
    /// must get each of them.
    #[arg(long)]
    pub typing: bool,

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
                    Scenario::Idle | Scenario::Ingest | Scenario::Hostile => 0,
                },
            ),
            publishers: pick(
                self.publishers,
                match scenario {
                    Scenario::Ingest => 10,
                    Scenario::Idle => 0,
                    Scenario::Hostile => 1,
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
                    Scenario::Hostile => 1,
                },
            ),
            size: self.size,
            rate: self.rate.or(match scenario {
                Scenario::Paced => Some(100.0),
                Scenario::Hostile => Some(20.0),
                _ => None,
            }),
            window: self.window.max(1),
            publish: self.publish,
            sessions: self.sessions,
            idle_room: self.room,
            hostile: super::confab::HostileMix {
                stalled: self.stalled,
                silent: self.silent,
                streams: self.flood_streams,
                flood_size: self.flood_size,
                rooms: self.flood_rooms,
                secs: self.secs.max(1),
            },
            nodes: self.nodes.max(1),
            typing: self.typing,
            stall: Duration::from_secs(self.stall_secs.max(1)),
        };
        if load.scenario == Scenario::Hostile && self.compare_nats {
            return Err(BenchError(
                "the hostile soak has no NATS counterpart: leave out --compare-nats".into(),
            ));
        }
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
        if load.typing
            && (!matches!(load.scenario, Scenario::Fanout | Scenario::Paced)
                || load.publish != PublishMode::Unary
                || self.compare_nats)
        {
            return Err(BenchError(
                "--typing is for fanout and paced against confab alone, with unary sends".into(),
            ));
        }
        if load.nodes > 1 {
            self.check_nodes(load.scenario)?;
        }
        let server = match (&self.server, self.server_pid) {
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
                ServerSource::Running {
                    address: address.clone(),
                    pid,
                }
            }
            _ => ServerSource::Start {
                bin: match &self.server_bin {
                    Some(bin) => bin.clone(),
                    None => default_server_bin()?,
                },
                bus_bin: match load.nodes {
                    1 => None,
                    _ => Some(nats::find_binary(&self.nats_bin).ok_or_else(|| {
                        BenchError(format!(
                            "--nodes {}: {} (their bus) was not found on PATH or in /usr/sbin                              (Debian: apt-get install -y nats-server)",
                            load.nodes, self.nats_bin
                        ))
                    })?),
                },
                store: self.store.clone(),
                args: self.server_args.clone(),
            },
        };
        Ok(Options {
            load,
            server,
            runs: self.runs.max(1),
            nats_bin: self.compare_nats.then(|| self.nats_bin.clone()),
            progress: !self.quiet,
        })
    }
}

impl BenchArgs {
    /// What `--nodes` above one needs: a shared PostgreSQL store, servers
    /// the bench starts, and a scenario with traffic to spread.
    fn check_nodes(&self, scenario: Scenario) -> Result<()> {
        let nodes = self.nodes;
        if self.server.is_some() {
            return Err(BenchError(format!(
                "--nodes {nodes} starts its own servers: leave out --server"
            )));
        }
        if !self.store.as_deref().is_some_and(|store| {
            store.starts_with("postgres://") || store.starts_with("postgresql://")
        }) {
            return Err(BenchError(format!(
                "--nodes {nodes} needs a store the nodes share: --store postgres://USER@HOST:PORT/DB"
            )));
        }
        if matches!(scenario, Scenario::Idle | Scenario::Hostile) {
            return Err(BenchError(
                format!("--nodes {nodes}: the {scenario:?} scenario runs on one node",)
                    .to_lowercase(),
            ));
        }
        Ok(())
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
