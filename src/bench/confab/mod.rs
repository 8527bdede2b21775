//! The scenarios against confab.
//!
//! Set-up: every subscriber and publisher is its own user and joins its
//! room with a unary Join (over one set-up connection); every subscriber
//! then opens a Chat session on its own connection (one tonic Channel
//! each), sends `resume {}` and waits for `ready`; publishers connect (and,
//! with `--publish chat`, open their Chat session). The bench then waits
//! for the server to go quiet (opening sessions fans out presence) before
//! the send phase starts.
//!
//! Publishers send with concurrent unary SendMessage calls on their own
//! connection (the default), or pipeline `send` frames on one Chat stream
//! (see [`publish`]).
//!
//! | module      | what it is for |
//! |-------------|----------------|
//! | this one    | one run: the server, the cast, set-up, the send phase, idle |
//! | [`stream`]  | connections and Chat streams; a subscriber's reading |
//! | [`publish`] | what a publisher sends, and how |

mod hostile;
mod publish;
mod stream;
mod typing;

pub use self::hostile::{HostileFindings, HostileMix};

use std::{
    path::Path,
    sync::{atomic::Ordering, Arc},
    time::{Duration, Instant},
};

use futures_util::{stream as futures_stream, StreamExt, TryStreamExt};
use tokio::sync::watch;
use tonic::transport::Channel;

use self::{
    publish::{Plan, Sender},
    typing::TypingLedger,
};
use super::{
    child::{ServerCommand, ServerProcess},
    fail,
    measure::{self, LatencyOf, Meter, Progress},
    nats::NatsProcess,
    sys,
    track::{self, Order, Tracker},
    BenchError, Load, Options, Report, Result, Scenario, ServerSource,
};
use crate::pb;

/// Sessions opened (or joins made) at once while setting up.
const SETUP_CONCURRENCY: usize = 64;

/// One confab node a run talks to.
struct Node {
    /// host:port.
    address: String,
    /// Its process id, for its CPU time and memory.
    pid: u32,
}

/// The confab nodes a run talks to: one, or (`--nodes`) several on one
/// PostgreSQL store with a bus between them.
struct Server {
    nodes: Vec<Node>,
    /// The process id of their bus's nats-server, if they have one.
    bus: Option<u32>,
}

impl Server {
    /// The node the set-up talks to, and the only one of the single-node
    /// scenarios.
    fn first(&self) -> &Node {
        &self.nodes[0]
    }

    /// The node of the `index`th session: the sessions go round the nodes.
    fn node(&self, index: usize) -> &Node {
        &self.nodes[index % self.nodes.len()]
    }

    /// Every node's process id.
    fn pids(&self) -> Vec<u32> {
        self.nodes.iter().map(|node| node.pid).collect()
    }
}

/// The processes a run started, stopped when dropped: its nodes, and the
/// nats-server of their bus.
#[derive(Default)]
struct Started {
    _nodes: Vec<ServerProcess>,
    _bus: Option<NatsProcess>,
}

/// Runs the scenario once against confab: against the server (or nodes)
/// started for this run (and killed after it), or the running one.
pub(crate) async fn run(options: &Options, say: &dyn Fn(String)) -> Result<Report> {
    let (_started, server) = match &options.server {
        ServerSource::Start {
            bin,
            bus_bin,
            store,
            args,
        } => {
            start(
                options.load.nodes,
                bin,
                bus_bin.as_deref(),
                store,
                args,
                say,
            )
            .await?
        }
        ServerSource::Running { address, pid } => {
            let node = Node {
                address: address.trim_start_matches("http://").to_owned(),
                pid: *pid,
            };
            (
                Started::default(),
                Server {
                    nodes: vec![node],
                    bus: None,
                },
            )
        }
    };
    // Names unique to this run, so a running server can be reused.
    let tag = format!("b{:x}", track::now_ns() % 0xff_ffff);
    let mut report = match options.load.scenario {
        Scenario::Idle => idle(server.first(), &options.load, &tag, say).await?,
        Scenario::Hostile => hostile::run(server.first(), &options.load, &tag, say).await?,
        _ => traffic(&server, &options.load, &tag, say).await?,
    };
    report.system = "confab".into();
    report.finish();
    Ok(report)
}

/// Starts `nodes` servers of `bin` on `store`; more than one share a bus,
/// a nats-server of `bus_bin` started first.
async fn start(
    nodes: usize,
    bin: &Path,
    bus_bin: Option<&Path>,
    store: &Option<String>,
    args: &[String],
    say: &dyn Fn(String),
) -> Result<(Started, Server)> {
    let mut started = Started::default();
    let mut server = Server {
        nodes: Vec::new(),
        bus: None,
    };
    // The per-user send limit is a policy, not a cost: without this it
    // would cap every publisher at its rate.
    let mut command = ServerCommand::new(bin)
        .args(["--rate-per-user", "0"])
        .args(args.iter().cloned());
    if let Some(store) = store {
        command = command.store(store.clone());
    }
    if nodes > 1 {
        let bus_bin = bus_bin.ok_or_else(|| BenchError("several nodes need a bus".into()))?;
        let bus = NatsProcess::start(bus_bin, false).await?;
        say(format!(
            "confab: {nodes} nodes, bus nats-server at {}",
            bus.address
        ));
        command = command.args(["--bus".to_owned(), format!("nats://{}", bus.address)]);
        server.bus = Some(bus.pid());
        started._bus = Some(bus);
    }
    // One after another: the first one migrates the store. Each listens
    // on port 0, which would give them all one default name (and the bus
    // drops what seems to come from the node itself): named apart.
    for index in 0..nodes {
        let command = match nodes {
            1 => command.clone(),
            _ => command
                .clone()
                .args(["--node-id".to_owned(), format!("bench-node-{index}")]),
        };
        let child = tokio::task::spawn_blocking(move || command.start())
            .await
            .map_err(|e| fail("the server start failed")(e.to_string()))??;
        server.nodes.push(Node {
            address: child.address().to_owned(),
            pid: child.pid(),
        });
        started._nodes.push(child);
    }
    Ok((started, server))
}

/// Rooms and their members: `(room, subscribers, publishers)`.
struct Cast {
    rooms: Vec<(String, Vec<String>, Vec<String>)>,
}

impl Cast {
    fn new(load: &Load, tag: &str) -> Self {
        let rooms = (0..load.rooms)
            .map(|r| {
                (
                    format!("{tag}r{r}"),
                    (0..load.subscribers)
                        .map(|i| format!("{tag}s{}", r * load.subscribers + i))
                        .collect(),
                    (0..load.publishers)
                        .map(|i| format!("{tag}p{}", r * load.publishers + i))
                        .collect(),
                )
            })
            .collect();
        Self { rooms }
    }
}

/// fanout, paced, rooms and ingest.
async fn traffic(server: &Server, load: &Load, tag: &str, say: &dyn Fn(String)) -> Result<Report> {
    let setup = Instant::now();
    let cast = Cast::new(load, tag);
    // Held to the end of the run, as every connection of the set-up.
    let _admin = join_everyone(&server.first().address, &cast, say).await?;

    // Subscribers open their sessions and start reading at once.
    let subscribers = load.rooms * load.subscribers;
    let workers = if subscribers > 0 && !load.typing {
        subscribers
    } else {
        load.rooms * load.publishers
    };
    let progress = Progress::new(workers);
    let (stop, stopped) = watch::channel(false);
    let ledger = load.typing.then(|| Arc::new(TypingLedger::default()));
    say(format!("confab: opening {subscribers} subscriber sessions"));
    let sessions: Vec<(String, String)> = cast
        .rooms
        .iter()
        .flat_map(|(room, subs, _)| subs.iter().map(move |u| (u.clone(), room.clone())))
        .collect();
    let readers = futures_stream::iter(sessions.into_iter().enumerate())
        .map(|(index, (user, room))| {
            let progress = progress.clone();
            let stopped = stopped.clone();
            let address = server.node(index).address.as_str();
            let view = ledger.as_ref().map(|ledger| ledger.view());
            async move {
                let session = stream::open(address, &user, 1).await?;
                // Typing frames have no stamp: counted, not tracked.
                let tracked = if load.typing { 0 } else { load.messages };
                let tracker = Tracker::new(load.publishers, tracked, Order::Seq);
                Ok::<_, BenchError>(tokio::spawn(stream::receive(
                    session, room, tracker, progress, stopped, view,
                )))
            }
        })
        .buffer_unordered(SETUP_CONCURRENCY)
        .try_collect::<Vec<_>>()
        .await?;

    // Publishers connect.
    let mut publishers = Vec::new();
    for (room, _, pubs) in &cast.rooms {
        for (index, user) in pubs.iter().enumerate() {
            let address = &server.node(publishers.len()).address;
            let sender = Sender::connect(address, user, load).await?;
            publishers.push((room.clone(), index, user.clone(), sender));
        }
    }
    let pids = server.pids();
    let quiet = sys::quiesce(&pids, Duration::from_secs(60)).await;
    say(format!(
        "confab: set up in {:.1} s (quiet after {:.1} s); sending",
        setup.elapsed().as_secs_f64(),
        quiet.as_secs_f64()
    ));

    let mut report = Report {
        connections: subscribers + publishers.len(),
        expected_deliveries: load.expected_deliveries(),
        setup_s: setup.elapsed().as_secs_f64(),
        rss_before_kib: sys::rss_kib_of(&pids).ok(),
        ..Report::default()
    };
    let meter = Meter::start(&pids);
    let bus_cpu = server.bus.map(|pid| sys::cpu_seconds_of(&[pid]));
    let start = Instant::now();
    let total_publishers = publishers.len();
    let tasks: Vec<_> = publishers
        .into_iter()
        .enumerate()
        .map(|(global, (room, index, user, sender))| {
            let plan = Plan {
                room,
                publisher: index,
                messages: load.messages,
                size: load.size,
                window: load.window,
                due: load.schedule(start, global, total_publishers),
                done_is_work: subscribers == 0 || load.typing,
                typist: ledger.clone().map(|ledger| (user, ledger)),
            };
            tokio::spawn(sender.send(plan, progress.clone()))
        })
        .collect();
    let mut complete = progress.wait(load.stall).await;
    if let Some(ledger) = &ledger {
        // Every signal passed on is answered; now its frames (or a big
        // room's summary) arrive.
        let expected = progress.sends.load(Ordering::Relaxed) * load.subscribers as u64;
        report.expected_deliveries = expected;
        complete = complete
            && progress
                .reach(expected, load.stall, || ledger.delivered())
                .await;
    }
    meter.stop(&mut report);
    report.bus_cpu_s = server
        .bus
        .zip(bus_cpu)
        .map(|(pid, before)| sys::cpu_seconds_of(&[pid]) - before);
    if !complete {
        say(format!(
            "confab: no progress for {:?}; giving up",
            load.stall
        ));
    }
    report.rss_after_kib = sys::rss_kib_of(&pids).ok();
    for task in tasks {
        if tokio::time::timeout(load.stall, task).await.is_err() {
            progress.error("a publisher did not finish".into());
        }
    }
    measure::collect_subscribers(stop, readers, &mut report).await?;
    if let Some(ledger) = &ledger {
        report.deliveries = ledger.delivered();
        report.lost = report.expected_deliveries.saturating_sub(report.deliveries);
    }
    let of = if load.scenario == Scenario::Ingest {
        LatencyOf::Ack
    } else {
        LatencyOf::Delivery
    };
    progress.write_into(&mut report, of);
    Ok(report)
}

/// Every subscriber and publisher joins its room, with unary Joins over
/// one set-up connection (returned).
async fn join_everyone(address: &str, cast: &Cast, say: &dyn Fn(String)) -> Result<Channel> {
    let admin = stream::admin_channel(address).await?;
    let joins: Vec<(String, String)> = cast
        .rooms
        .iter()
        .flat_map(|(room, subs, pubs)| {
            subs.iter()
                .chain(pubs)
                .map(move |u| (u.clone(), room.clone()))
        })
        .collect();
    say(format!("confab: {} joins", joins.len()));
    join_all(&admin, joins).await?;
    Ok(admin)
}

/// Each (user, room) of `joins` joins, with unary Joins over `admin`, a
/// few at a time.
async fn join_all(
    admin: &Channel,
    joins: impl IntoIterator<Item = (String, String)>,
) -> Result<()> {
    futures_stream::iter(joins)
        .map(|(user, room)| async move {
            stream::as_user(admin, &user)?
                .join(pb::JoinRequest { room })
                .await
                .map_err(|s| fail(format!("{user}: join failed"))(s.to_string()))
        })
        .buffer_unordered(SETUP_CONCURRENCY)
        .try_collect::<Vec<_>>()
        .await?;
    Ok(())
}

/// N idle Chat sessions: the server's memory per session; with
/// `--room`, every session in one room, reading what it sends (the joins
/// and presence of the others).
async fn idle(server: &Node, load: &Load, tag: &str, say: &dyn Fn(String)) -> Result<Report> {
    let setup = Instant::now();
    sys::quiesce(&[server.pid], Duration::from_secs(10)).await;
    let before = sys::rss_kib(server.pid)
        .map_err(|e| fail("cannot read the server's RSS")(e.to_string()))?;
    let room = load.idle_room.then(|| format!("{tag}idle"));
    say(match &room {
        Some(room) => format!("confab: opening {} idle sessions in {room}", load.sessions),
        None => format!("confab: opening {} idle sessions", load.sessions),
    });
    let address = server.address.as_str();
    let user = |i: usize| format!("{tag}i{i}");
    if let Some(room) = &room {
        let admin = stream::admin_channel(address).await?;
        join_all(&admin, (0..load.sessions).map(|i| (user(i), room.clone()))).await?;
    }
    let sessions = futures_stream::iter(0..load.sessions)
        .map(|i| {
            let user = user(i);
            async move {
                let mut session = stream::open(address, &user, 1).await?;
                // Read whatever comes, as a chat client does.
                let reader = tokio::spawn(async move {
                    while let Ok(Some(_)) = session.inbound.message().await {}
                    session
                });
                Ok::<_, BenchError>(reader)
            }
        })
        .buffer_unordered(SETUP_CONCURRENCY)
        .try_collect::<Vec<_>>()
        .await?;
    sys::quiesce(&[server.pid], Duration::from_secs(30)).await;
    let after = sys::rss_kib(server.pid)
        .map_err(|e| fail("cannot read the server's RSS")(e.to_string()))?;
    let report = Report::idle(sessions.len(), setup.elapsed().as_secs_f64(), before, after);
    for reader in sessions {
        reader.abort();
    }
    Ok(report)
}
