//! What a bench invocation is asked to do, every default filled in: the
//! scenario and its load, where the confab server comes from, how many
//! runs, and whether NATS runs too. [`BenchArgs::options`] builds it.
//!
//! [`BenchArgs::options`]: super::BenchArgs::options

use std::{
    fmt::Write as _,
    path::PathBuf,
    time::{Duration, Instant},
};

use clap::ValueEnum;
use serde::Serialize;

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
    /// A normal user measured while stalled consumers, silent connections,
    /// a stream flood, a room flood and a room-creation flood abuse the
    /// server: its peak memory, and that nothing acknowledged is lost.
    Hostile,
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
    /// Idle: every session in one room.
    pub idle_room: bool,
    /// The abusers of the hostile scenario.
    pub hostile: super::confab::HostileMix,
    /// confab nodes the sessions are spread over (more than one: sharing
    /// one PostgreSQL store and a nats-server bus the bench starts).
    pub nodes: usize,
    /// Fanout and paced: publishers send typing signals (unary
    /// SendTyping) instead of messages, and subscribers count the typing
    /// frames they get.
    pub typing: bool,
    /// Give up after this long without progress.
    #[serde(skip)]
    pub stall: Duration,
}

impl Load {
    /// Messages every subscriber must receive.
    pub(crate) fn per_subscriber(&self) -> u64 {
        (self.publishers * self.messages) as u64
    }

    /// Deliveries a complete run makes (typing: if every signal is passed
    /// on; the run counts what the gate let through).
    pub(crate) fn expected_deliveries(&self) -> u64 {
        (self.rooms * self.subscribers) as u64 * self.per_subscriber()
    }

    /// Paced: when message 0 of publisher number `global` (of `total`, over
    /// every room) is due if sending starts at `start`, and the interval
    /// between its messages. Publishers are spread evenly over each
    /// interval.
    pub(crate) fn schedule(
        &self,
        start: Instant,
        global: usize,
        total: usize,
    ) -> Option<(Instant, Duration)> {
        let per_publisher = self.rate? / (self.rooms * self.publishers) as f64;
        let interval = Duration::from_secs_f64(1.0 / per_publisher);
        let offset = interval.mul_f64(global as f64 / total as f64);
        Some((start + offset, interval))
    }

    /// One line saying what the load is.
    pub(crate) fn describe(&self) -> String {
        if self.scenario == Scenario::Idle {
            return format!("idle: {} Chat sessions", self.sessions);
        }
        if self.scenario == Scenario::Hostile {
            let mix = &self.hostile;
            return format!(
                "hostile: {} s; a normal user at {} msg/s of {} B, measured, while {} stalled sessions sit in a room flooded with {} B messages, \
                 {} silent connections, {} Chat streams on one connection, {} rooms created",
                mix.secs,
                self.rate.unwrap_or(20.0),
                self.size,
                mix.stalled,
                mix.flood_size,
                mix.silent,
                mix.streams,
                mix.rooms
            );
        }
        let mut line = format!("{:?}: ", self.scenario).to_lowercase();
        if self.rooms > 1 {
            let _ = write!(line, "{} rooms, each ", self.rooms);
        }
        if self.subscribers > 0 {
            let _ = write!(line, "{} subscribers, ", self.subscribers);
        }
        if self.typing {
            let _ = write!(
                line,
                "{} publisher{} x {} typing signals",
                self.publishers,
                if self.publishers == 1 { "" } else { "s" },
                self.messages,
            );
        } else {
            let _ = write!(
                line,
                "{} publisher{} x {} messages of {} B",
                self.publishers,
                if self.publishers == 1 { "" } else { "s" },
                self.messages,
                self.size
            );
        }
        if self.subscribers == 0 {
            line.push_str(" (no subscribers)");
        }
        if self.nodes > 1 {
            let _ = write!(
                line,
                ", spread over {} confab nodes with a NATS bus",
                self.nodes
            );
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
pub(crate) enum ServerSource {
    /// Start `bin` for every run, with `store` (default: SQLite in a fresh
    /// temporary directory).
    Start {
        /// The confab-server binary.
        bin: PathBuf,
        /// With more than one node: the nats-server binary for their bus.
        bus_bin: Option<PathBuf>,
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
    pub(crate) server: ServerSource,
    /// Runs per system.
    pub(crate) runs: usize,
    /// The nats-server binary, if the reference is wanted.
    pub(crate) nats_bin: Option<String>,
    /// Progress lines on stderr.
    pub(crate) progress: bool,
}
