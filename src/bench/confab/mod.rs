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
//! connection (the default), or pipeline `send` frames on one Chat stream.
//! Either way at most `window` are unanswered. As-fast-as-possible
//! publishers work in rounds, like the NATS publishers' publish-then-flush:
//! `window` sends, then wait until every one is answered. Paced publishers
//! send at their times, waiting only when `window` are unanswered.

use std::{
    io::{BufRead, BufReader},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::Arc,
    time::{Duration, Instant},
};

use futures_util::stream::FuturesUnordered;
use futures_util::{stream, StreamExt, TryStreamExt};
use tokio::sync::{mpsc, watch, Semaphore};
use tokio_stream::wrappers::ReceiverStream;
use tonic::{
    transport::{Channel, Endpoint},
    Streaming,
};

use super::{
    fail, set_latencies, sys,
    track::{self, LatencyBuffer, Order, Tracker},
    BenchError, Load, Options, Phase, Progress, PublishMode, Report, Result, Scenario, Target,
};
use crate::{
    client::{self, Client, UserHeader},
    pb::{
        self, chat_request::Command as ChatCommand, chat_response::Frame,
        chat_service_client::ChatServiceClient, event::Kind,
    },
};

/// Sessions opened (or joins made) at once while setting up.
const SETUP_CONCURRENCY: usize = 64;

/// A confab server for one run: started by the bench (and killed when
/// dropped) or already running.
pub struct ServerProcess {
    child: Option<Child>,
    /// host:port.
    pub address: String,
    /// Its process id.
    pub pid: u32,
    /// The temporary directory of its store, removed when dropped.
    dir: Option<PathBuf>,
}

impl ServerProcess {
    /// Starts `bin` on 127.0.0.1 with a free port, no per-user send rate
    /// limit and `args`, and waits until it says where it listens. Without
    /// `store`, the store is SQLite in a new temporary directory.
    pub async fn start(bin: &Path, store: Option<&str>, args: &[String]) -> Result<Self> {
        let (store, dir) = match store {
            Some(store) => (store.to_owned(), None),
            None => {
                let dir = std::env::temp_dir().join(format!(
                    "confab-bench-{}-{}",
                    std::process::id(),
                    track::now_ns()
                ));
                std::fs::create_dir_all(&dir)
                    .map_err(|e| fail(format!("cannot create {}", dir.display()))(e.to_string()))?;
                let url = format!("sqlite://{}", dir.join("bench.db").display());
                (url, Some(dir))
            }
        };
        let mut child = Command::new(bin)
            .args(["--listen", "127.0.0.1:0", "--store", &store])
            .args(["--rate-per-user", "0"])
            .args(args)
            .env("RUST_LOG", "info")
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| fail(format!("cannot start {}", bin.display()))(e.to_string()))?;
        let pid = child.id();
        let stdout = child.stdout.take().expect("piped stdout");
        let mut server = Self {
            child: Some(child),
            address: String::new(),
            pid,
            dir,
        };
        let (tx, rx) = tokio::sync::oneshot::channel();
        // Reads the log to its end, so the server never blocks on a full
        // pipe.
        std::thread::spawn(move || {
            let mut tx = Some(tx);
            for line in BufReader::new(stdout).lines().map_while(|l| l.ok()) {
                let address = line
                    .split("listening on ")
                    .nth(1)
                    .and_then(|rest| rest.split_whitespace().next());
                if let (Some(address), Some(tx)) = (address, tx.take()) {
                    let _ = tx.send(address.to_owned());
                }
            }
        });
        server.address = tokio::time::timeout(Duration::from_secs(20), rx)
            .await
            .map_err(|_| BenchError(format!("{} did not say where it listens", bin.display())))?
            .map_err(|_| BenchError(format!("{} exited before listening", bin.display())))?;
        Ok(server)
    }

    /// A server that is already running.
    pub fn running(address: &str, pid: u32) -> Self {
        Self {
            child: None,
            address: address.trim_start_matches("http://").to_owned(),
            pid,
            dir: None,
        }
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        if let Some(dir) = self.dir.take() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

/// Runs the scenario once against confab.
pub async fn run(options: &Options, _run: usize, say: &dyn Fn(String)) -> Result<Report> {
    let server = match &options.target {
        Target::Start { bin, store, args } => {
            ServerProcess::start(bin, store.as_deref(), args).await?
        }
        Target::Running { address, pid } => ServerProcess::running(address, *pid),
    };
    // Names unique to this run, so a running server can be reused.
    let tag = format!("b{:x}", track::now_ns() % 0xff_ffff);
    let mut report = match options.load.scenario {
        Scenario::Idle => idle(&server, &options.load, &tag, say).await?,
        _ => traffic(&server, &options.load, &tag, say).await?,
    };
    report.system = "confab".into();
    report.finish();
    Ok(report)
}

/// A set-up connection that can act as any user.
async fn admin_channel(address: &str) -> Result<Channel> {
    Endpoint::from_shared(client::server_uri(address))
        .map_err(|e| fail("bad server address")(e.to_string()))?
        .connect_timeout(client::CONNECT_TIMEOUT)
        .connect()
        .await
        .map_err(|e| fail(format!("cannot reach confab at {address}"))(e.to_string()))
}

/// A client acting as `user` on a shared channel.
fn as_user(channel: &Channel, user: &str) -> Result<Client> {
    let header =
        UserHeader::new(user).map_err(|_| BenchError(format!("bad user name {user:?}")))?;
    Ok(ChatServiceClient::with_interceptor(channel.clone(), header))
}

/// One open Chat session: its client (the connection), the request side
/// and the response stream.
struct Session {
    _client: Client,
    requests: mpsc::Sender<pb::ChatRequest>,
    inbound: Streaming<pb::ChatResponse>,
}

/// Connects as `user` on a connection of its own, opens a Chat session
/// with `resume {}` and waits for `ready`.
async fn open_session(address: &str, user: &str, queue: usize) -> Result<Session> {
    let mut client = client::connect(address, user)
        .await
        .map_err(|e| fail(format!("{user}: cannot connect"))(client::error_chain(&e)))?;
    let (requests, rx) = mpsc::channel(queue.max(1));
    let resume = pb::ChatRequest {
        request_id: "resume".into(),
        command: Some(ChatCommand::Resume(pb::ResumeCommand::default())),
    };
    requests
        .send(resume)
        .await
        .map_err(|_| BenchError("request queue closed".into()))?;
    let mut inbound = client
        .chat(ReceiverStream::new(rx))
        .await
        .map_err(|s| fail(format!("{user}: cannot open a Chat session"))(s.to_string()))?
        .into_inner();
    loop {
        match inbound.message().await {
            Ok(Some(pb::ChatResponse {
                frame: Some(Frame::Ready(_)),
            })) => break,
            Ok(Some(_)) => continue,
            Ok(None) => return Err(BenchError(format!("{user}: session ended before ready"))),
            Err(s) => {
                return Err(fail(format!("{user}: session failed before ready"))(
                    s.to_string(),
                ))
            }
        }
    }
    Ok(Session {
        _client: client,
        requests,
        inbound,
    })
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
async fn traffic(
    server: &ServerProcess,
    load: &Load,
    tag: &str,
    say: &dyn Fn(String),
) -> Result<Report> {
    let setup = Instant::now();
    let address = server.address.as_str();
    let cast = Cast::new(load, tag);
    let admin = admin_channel(address).await?;

    // Everyone joins their room.
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
    stream::iter(joins)
        .map(|(user, room)| {
            let admin = &admin;
            async move {
                as_user(admin, &user)?
                    .join(pb::JoinRequest { room })
                    .await
                    .map_err(|s| fail(format!("{user}: join failed"))(s.to_string()))
            }
        })
        .buffer_unordered(SETUP_CONCURRENCY)
        .try_collect::<Vec<_>>()
        .await?;

    // Subscribers open their sessions and start reading at once.
    let subscribers = load.rooms * load.subscribers;
    let workers = if subscribers > 0 {
        subscribers
    } else {
        load.rooms * load.publishers
    };
    let progress = Progress::new(workers);
    let (stop, stopped) = watch::channel(false);
    say(format!("confab: opening {subscribers} subscriber sessions"));
    let sessions: Vec<(String, String)> = cast
        .rooms
        .iter()
        .flat_map(|(room, subs, _)| subs.iter().map(move |u| (u.clone(), room.clone())))
        .collect();
    let readers = stream::iter(sessions)
        .map(|(user, room)| {
            let progress = progress.clone();
            let stopped = stopped.clone();
            async move {
                let session = open_session(address, &user, 1).await?;
                let tracker = Tracker::new(load.publishers, load.messages, Order::Seq);
                Ok::<_, BenchError>(tokio::spawn(receive(
                    session, room, tracker, progress, stopped,
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
            let sender = match load.publish {
                PublishMode::Unary => {
                    Sender::Unary(client::connect(address, user).await.map_err(|e| {
                        fail(format!("{user}: cannot connect"))(client::error_chain(&e))
                    })?)
                }
                PublishMode::Chat => Sender::Chat(Box::new(
                    open_session(address, user, load.window + 1).await?,
                )),
            };
            publishers.push((room.clone(), index, sender));
        }
    }
    let quiet = sys::quiesce(server.pid, Duration::from_secs(60)).await;
    say(format!(
        "confab: set up in {:.1} s (quiet after {:.1} s); sending",
        setup.elapsed().as_secs_f64(),
        quiet.as_secs_f64()
    ));

    let mut report = Report {
        connections: subscribers + publishers.len(),
        expected_deliveries: load.expected_deliveries(),
        setup_s: setup.elapsed().as_secs_f64(),
        rss_before_kib: sys::rss_kib(server.pid).ok(),
        ..Report::default()
    };
    let phase = Phase::start(server.pid);
    let start = Instant::now();
    let total_publishers = publishers.len();
    let tasks: Vec<_> = publishers
        .into_iter()
        .enumerate()
        .map(|(global, (room, index, sender))| {
            let plan = Plan {
                room,
                publisher: index,
                messages: load.messages,
                size: load.size,
                window: load.window,
                // Publishers are spread evenly over each interval.
                due: load.interval().map(|interval| {
                    let offset = interval.mul_f64(global as f64 / total_publishers as f64);
                    (start + offset, interval)
                }),
                done_is_work: subscribers == 0,
            };
            let progress = progress.clone();
            tokio::spawn(async move {
                match sender {
                    Sender::Unary(client) => publish_unary(client, plan, progress).await,
                    Sender::Chat(session) => publish_chat(*session, plan, progress).await,
                }
            })
        })
        .collect();
    let complete = progress.wait(load.stall).await;
    phase.stop(&mut report);
    if !complete {
        say(format!(
            "confab: no progress for {:?}; giving up",
            load.stall
        ));
    }
    report.rss_after_kib = sys::rss_kib(server.pid).ok();
    for task in tasks {
        if tokio::time::timeout(load.stall, task).await.is_err() {
            progress.error("a publisher did not finish".into());
        }
    }
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
    if load.scenario == Scenario::Ingest {
        set_latencies(&mut report, &progress, "ack");
    } else {
        set_latencies(&mut report, &progress, "delivery");
    }
    report.sends = progress.sends.load(std::sync::atomic::Ordering::Relaxed);
    report.send_errors = progress
        .send_errors
        .load(std::sync::atomic::Ordering::Relaxed);
    report.broken_streams = progress.broken.load(std::sync::atomic::Ordering::Relaxed);
    report.first_error = progress.first_error();
    Ok(report)
}

/// Reads one subscriber's session until told to stop.
async fn receive(
    mut session: Session,
    room: String,
    mut tracker: Tracker,
    progress: Arc<Progress>,
    mut stopped: watch::Receiver<bool>,
) -> Tracker {
    let mut latencies = LatencyBuffer::new(progress.latencies.clone());
    let mut done = tracker.complete();
    if done {
        progress.worker_done();
    }
    loop {
        let frame = tokio::select! {
            biased;
            _ = stopped.changed() => break,
            frame = session.inbound.message() => frame,
        };
        let event = match frame {
            Ok(Some(pb::ChatResponse {
                frame: Some(Frame::Event(event)),
            })) => event,
            Ok(Some(_)) => continue,
            Ok(None) | Err(_) => {
                let why = match frame {
                    Err(status) => format!("a subscriber stream failed: {status}"),
                    _ => "a subscriber stream ended".into(),
                };
                progress.error(why);
                progress
                    .broken
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                break;
            }
        };
        let Some(Kind::Message(message)) = &event.kind else {
            continue;
        };
        let Some(stamp) = track::parse(message.text.as_bytes()).filter(|_| event.room == room)
        else {
            tracker.foreign += 1;
            continue;
        };
        latencies.record(stamp.sent_ns);
        progress
            .deliveries
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if tracker.record(stamp, event.seq) && !done {
            done = true;
            progress.worker_done();
        }
    }
    drop(session.requests);
    tracker
}

/// How a publisher sends.
enum Sender {
    Unary(Client),
    Chat(Box<Session>),
}

/// What one publisher sends.
struct Plan {
    room: String,
    /// Its number in its room (in the stamp).
    publisher: usize,
    messages: usize,
    size: usize,
    window: usize,
    /// Paced: when message 0 is due, and the interval.
    due: Option<(Instant, Duration)>,
    /// Whether finishing is what the run waits for (no subscribers).
    done_is_work: bool,
}

impl Plan {
    fn due(&self, counter: usize) -> Option<Instant> {
        self.due
            .map(|(first, interval)| first + interval.mul_f64(counter as f64))
    }

    /// Whether send `counter` starts a new round: as-fast-as-possible
    /// publishers wait for every answer of the last round first.
    fn new_round(&self, counter: usize) -> bool {
        self.due.is_none() && counter > 0 && counter % self.window == 0
    }

    fn request(&self, counter: usize, sent_ns: u64) -> pb::SendMessageRequest {
        pb::SendMessageRequest {
            target: Some(pb::send_message_request::Target::Room(self.room.clone())),
            text: track::payload(sent_ns, self.publisher, counter, self.size),
            client_message_id: String::new(),
        }
    }
}

type UnaryAnswer = (
    std::result::Result<tonic::Response<pb::SendMessageResponse>, tonic::Status>,
    u64,
);

/// Sends with concurrent unary calls, at most `window` unanswered.
async fn publish_unary(client: Client, plan: Plan, progress: Arc<Progress>) {
    let mut acks = LatencyBuffer::new(progress.ack_latencies.clone());
    let mut in_flight = FuturesUnordered::new();
    let settle = |(answer, sent_ns): UnaryAnswer, acks: &mut LatencyBuffer| match answer {
        Ok(_) => {
            acks.record(sent_ns);
            progress
                .sends
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        Err(status) => {
            progress.error(format!("send failed: {status}"));
            progress
                .send_errors
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
    };
    for counter in 0..plan.messages {
        let limit = if plan.new_round(counter) {
            1
        } else {
            plan.window
        };
        while in_flight.len() >= limit {
            if let Some(answer) = in_flight.next().await {
                settle(answer, &mut acks);
            }
        }
        let sent_ns = match plan.due(counter) {
            Some(due) => {
                let sleep = tokio::time::sleep_until(due.into());
                tokio::pin!(sleep);
                loop {
                    tokio::select! {
                        () = &mut sleep => break,
                        Some(answer) = in_flight.next(), if !in_flight.is_empty() => settle(answer, &mut acks),
                    }
                }
                track::ns_at(due)
            }
            None => track::now_ns(),
        };
        let request = plan.request(counter, sent_ns);
        let mut client = client.clone();
        in_flight.push(async move { (client.send_message(request).await, sent_ns) });
    }
    while let Some(answer) = in_flight.next().await {
        settle(answer, &mut acks);
    }
    if plan.done_is_work {
        progress.worker_done();
    }
}

/// Pipelines `send` frames on a Chat stream, at most `window` unacked.
async fn publish_chat(session: Session, plan: Plan, progress: Arc<Progress>) {
    let Session {
        _client,
        requests,
        mut inbound,
    } = session;
    let window = Arc::new(Semaphore::new(plan.window));
    let total = plan.messages;
    let reader = {
        let window = window.clone();
        let progress = progress.clone();
        tokio::spawn(async move {
            let mut acks = LatencyBuffer::new(progress.ack_latencies.clone());
            let mut answered = 0;
            while answered < total {
                match inbound.message().await {
                    Ok(Some(response)) => match response.frame {
                        Some(Frame::Ack(ack)) => {
                            answered += 1;
                            if let Ok(sent_ns) = ack.request_id.parse() {
                                acks.record(sent_ns);
                            }
                            progress
                                .sends
                                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            window.add_permits(1);
                        }
                        Some(Frame::Error(error)) => {
                            answered += 1;
                            progress.error(format!("send failed: {}", error.message));
                            progress
                                .send_errors
                                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            window.add_permits(1);
                        }
                        _ => {}
                    },
                    Ok(None) | Err(_) => {
                        progress.error("a publisher's Chat stream ended".into());
                        progress
                            .broken
                            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        window.close();
                        break;
                    }
                }
            }
        })
    };
    let window_permits = u32::try_from(plan.window).unwrap_or(u32::MAX);
    for counter in 0..total {
        if plan.new_round(counter) {
            // Every send of the last round answered: all permits back.
            if window.acquire_many(window_permits).await.is_err() {
                break;
            }
        }
        let Ok(permit) = window.acquire().await else {
            break;
        };
        permit.forget();
        let sent_ns = match plan.due(counter) {
            Some(due) => {
                tokio::time::sleep_until(due.into()).await;
                track::ns_at(due)
            }
            None => track::now_ns(),
        };
        let frame = pb::ChatRequest {
            request_id: sent_ns.to_string(),
            command: Some(ChatCommand::Send(plan.request(counter, sent_ns))),
        };
        if requests.send(frame).await.is_err() {
            break;
        }
    }
    let _ = reader.await;
    drop(requests);
    if plan.done_is_work {
        progress.worker_done();
    }
}

/// N idle Chat sessions: the server's memory per session.
async fn idle(
    server: &ServerProcess,
    load: &Load,
    tag: &str,
    say: &dyn Fn(String),
) -> Result<Report> {
    let setup = Instant::now();
    sys::quiesce(server.pid, Duration::from_secs(10)).await;
    let before = sys::rss_kib(server.pid)
        .map_err(|e| fail("cannot read the server's RSS")(e.to_string()))?;
    say(format!("confab: opening {} idle sessions", load.sessions));
    let address = server.address.as_str();
    let sessions = stream::iter(0..load.sessions)
        .map(|i| async move { open_session(address, &format!("{tag}i{i}"), 1).await })
        .buffer_unordered(SETUP_CONCURRENCY)
        .try_collect::<Vec<_>>()
        .await?;
    sys::quiesce(server.pid, Duration::from_secs(30)).await;
    let after = sys::rss_kib(server.pid)
        .map_err(|e| fail("cannot read the server's RSS")(e.to_string()))?;
    let report = Report {
        connections: sessions.len(),
        setup_s: setup.elapsed().as_secs_f64(),
        rss_before_kib: Some(before),
        rss_after_kib: Some(after),
        rss_per_session_bytes: Some(
            (after as f64 - before as f64) * 1024.0 / sessions.len().max(1) as f64,
        ),
        ..Report::default()
    };
    drop(sessions);
    Ok(report)
}
