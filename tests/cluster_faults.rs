//! Faults on a cluster, in the style of `tests/crash.rs`: three
//! `confab-server` nodes on one PostgreSQL database and one nats-server.
//! Writers send with client message ids to random nodes and retry on any
//! failure; readers resume on random nodes with their cursors. Meanwhile
//! fault windows drawn at random: SIGKILL a node (and restart it), SIGSTOP
//! a node for a few seconds, SIGKILL and restart nats-server, and an
//! immediate restart of PostgreSQL when `CONFAB_TEST_POSTGRES_RESTART`
//! gives the command that does it (CI's `.ci/postgres.sh` exports one for
//! the PostgreSQL it started; without it the test says that fault is
//! skipped, for it must not restart a PostgreSQL it was only lent). Passes if, in the room, no acknowledged message is
//! missing, none is stored twice, seqs are contiguous, and every reader
//! saw a gap-free, duplicate-free sequence agreeing with History.

#![cfg(feature = "bench")]

mod support;

use std::{
    collections::{BTreeMap, HashMap},
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc, Mutex,
    },
    time::Duration,
};

use confab::{bench::child::ServerProcess, client, pb};
use support::{
    cluster::Backing,
    process::{confab_server, start},
    wire::{room, room_cursor, text_of},
};
use tokio_stream::wrappers::ReceiverStream;

const NODES: usize = 3;
const WRITERS: usize = 3;
const READERS: usize = 2;
const ROOM: &str = "faults";

/// A small deterministic generator, seeded per run and printed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }
}

async fn node(backing: &Backing, index: usize, listen: Option<&str>) -> ServerProcess {
    let mut command = confab_server().store(backing.store_url()).args([
        "--rate-per-user",
        "0",
        "--bus",
        &backing.nats.url(),
        "--node-id",
        &format!("node{index}"),
    ]);
    if let Some(listen) = listen {
        command = command.listen(listen);
    }
    start(command).await.expect("start a node")
}

fn signal(pid: u32, name: &str) {
    let _ = std::process::Command::new("kill")
        .args([&format!("-{name}"), &pid.to_string()])
        .status();
}

/// Sends messages as `user` for as long as the faults go on, a few a
/// second, each retried (same id) on a random node until acknowledged;
/// returns id → seq.
async fn writer(
    user: String,
    faulting: Arc<AtomicBool>,
    addresses: Arc<Vec<String>>,
    seed: u64,
) -> BTreeMap<String, u64> {
    let mut random = Lcg(seed);
    let mut acked = BTreeMap::new();
    for n in 0.. {
        if !faulting.load(Ordering::Relaxed) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(random.next(150))).await;
        let id = format!("{user}-{n}");
        loop {
            let address = &addresses[random.next(NODES as u64) as usize];
            let attempt = async {
                let mut client = client::connect(address, &user).await.ok()?;
                let request = pb::SendMessageRequest {
                    target: Some(pb::send_message_request::Target::Room(ROOM.into())),
                    text: id.clone(),
                    client_message_id: id.clone(),
                    reply_to_seq: None,
                };
                client
                    .send_message(request)
                    .await
                    .ok()
                    .map(|r| r.into_inner().seq)
            };
            if let Ok(Some(seq)) = tokio::time::timeout(Duration::from_secs(3), attempt).await {
                acked.insert(id, seq);
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    acked
}

/// Follows the room from its start, resuming on a random node after any
/// failure or silence, until `done` and caught up to `until` (set when
/// writers finish); returns the (seq, text) it saw, in order.
async fn reader(
    user: String,
    addresses: Arc<Vec<String>>,
    seed: u64,
    until: Arc<Mutex<Option<u64>>>,
    resumes: Arc<Mutex<usize>>,
) -> Vec<(u64, String)> {
    let mut random = Lcg(seed);
    let mut seen: Vec<(u64, String)> = Vec::new();
    loop {
        let cursor = seen.last().map_or(0, |(seq, _)| *seq);
        if until.lock().unwrap().is_some_and(|until| cursor >= until) {
            return seen;
        }
        let address = &addresses[random.next(NODES as u64) as usize];
        *resumes.lock().unwrap() += 1;
        let Ok(Ok(mut client)) =
            tokio::time::timeout(Duration::from_secs(3), client::connect(address, &user)).await
        else {
            continue;
        };
        let (tx, rx) = tokio::sync::mpsc::channel(1);
        let _ = tx
            .send(pb::ChatRequest {
                request_id: "resume".into(),
                command: Some(pb::chat_request::Command::Resume(pb::ResumeCommand {
                    cursors: vec![room_cursor(ROOM, Some(cursor))],
                })),
            })
            .await;
        let Ok(Ok(response)) =
            tokio::time::timeout(Duration::from_secs(3), client.chat(ReceiverStream::new(rx)))
                .await
        else {
            continue;
        };
        let mut inbound = response.into_inner();
        // Silence for a while counts as a failure: the node may be stopped.
        while let Ok(Ok(Some(response))) =
            tokio::time::timeout(Duration::from_secs(3), inbound.message()).await
        {
            if let Some(pb::chat_response::Frame::Event(event)) = response.frame {
                if event.room != ROOM {
                    continue;
                }
                seen.push((event.seq, text_of(&event).unwrap_or("*").to_owned()));
            }
            let cursor = seen.last().map_or(0, |(seq, _)| *seq);
            if until.lock().unwrap().is_some_and(|until| cursor >= until) {
                return seen;
            }
        }
        drop(tx);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_messages_survive_node_and_bus_faults_exactly_once_in_order() {
    let Some(mut backing) = Backing::start().await else {
        return;
    };
    let windows: usize = std::env::var("CONFAB_FAULT_WINDOWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let seed: u64 = std::env::var("CONFAB_FAULT_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(7, |d| d.as_nanos() as u64)
        });
    println!("cluster faults: seed {seed} (CONFAB_FAULT_SEED), {windows} fault windows");
    let restart_postgres = std::env::var("CONFAB_TEST_POSTGRES_RESTART")
        .ok()
        .filter(|command| !command.trim().is_empty());
    if restart_postgres.is_none() {
        println!(
            "skipped fault: PostgreSQL restart (set CONFAB_TEST_POSTGRES_RESTART to the \
             command that restarts the test's PostgreSQL)"
        );
    }
    let kinds_of_fault = if restart_postgres.is_some() { 4 } else { 3 };
    let mut random = Lcg(seed);
    let mut nodes = Vec::new();
    for index in 0..NODES {
        nodes.push(node(&backing, index, None).await);
    }
    let addresses: Arc<Vec<String>> =
        Arc::new(nodes.iter().map(|n| n.address().to_owned()).collect());
    // Every user is a member before the traffic starts.
    for user in (0..WRITERS)
        .map(|w| format!("writer{w}"))
        .chain((0..READERS).map(|r| format!("reader{r}")))
    {
        let mut client = client::connect(&addresses[0], &user).await.unwrap();
        client
            .join(pb::JoinRequest { room: ROOM.into() })
            .await
            .unwrap();
    }
    let until = Arc::new(Mutex::new(None));
    let resumes = Arc::new(Mutex::new(0));
    let faulting = Arc::new(AtomicBool::new(true));
    let writers: Vec<_> = (0..WRITERS)
        .map(|w| {
            tokio::spawn(writer(
                format!("writer{w}"),
                faulting.clone(),
                addresses.clone(),
                seed ^ (w as u64 + 1),
            ))
        })
        .collect();
    let readers: Vec<_> = (0..READERS)
        .map(|r| {
            tokio::spawn(reader(
                format!("reader{r}"),
                addresses.clone(),
                seed ^ (100 + r as u64),
                until.clone(),
                resumes.clone(),
            ))
        })
        .collect();
    let mut kinds: HashMap<&str, usize> = HashMap::new();
    for window in 0..windows {
        let victim = random.next(NODES as u64) as usize;
        let kind = match random.next(kinds_of_fault) {
            0 => {
                let listen = nodes[victim].address().to_owned();
                nodes[victim].kill().expect("SIGKILL");
                tokio::time::sleep(Duration::from_millis(200 + random.next(800))).await;
                nodes[victim] = node(&backing, victim, Some(&listen)).await;
                "SIGKILL a node, restart it"
            }
            1 => {
                let pid = nodes[victim].pid();
                signal(pid, "STOP");
                tokio::time::sleep(Duration::from_millis(1000 + random.next(2000))).await;
                signal(pid, "CONT");
                "SIGSTOP a node 1-3 s"
            }
            2 => {
                backing.nats.kill();
                tokio::time::sleep(Duration::from_millis(200 + random.next(800))).await;
                backing.nats.restart();
                "SIGKILL nats-server, restart it"
            }
            _ => {
                let command = restart_postgres.clone().unwrap_or_default();
                let status = tokio::task::spawn_blocking({
                    let command = command.clone();
                    move || {
                        std::process::Command::new("sh")
                            .args(["-c", &command])
                            .status()
                    }
                })
                .await
                .expect("the restart task")
                .expect("run the PostgreSQL restart command");
                assert!(status.success(), "{command:?} failed: {status}");
                "restart PostgreSQL (immediate)"
            }
        };
        *kinds.entry(kind).or_default() += 1;
        println!("window {window}: {kind} (node{victim})");
        tokio::time::sleep(Duration::from_millis(300 + random.next(700))).await;
    }
    faulting.store(false, Ordering::Relaxed);
    let mut acked = BTreeMap::new();
    for writer in writers {
        acked.extend(
            tokio::time::timeout(Duration::from_secs(120), writer)
                .await
                .expect("writers finish")
                .unwrap(),
        );
    }
    // History, read from a node, is what every check compares with.
    let mut client = client::connect(&addresses[0], "reader0").await.unwrap();
    let mut history: Vec<(u64, String)> = Vec::new();
    loop {
        let after = history.last().map_or(0, |(seq, _)| *seq);
        let page = client
            .history(pb::HistoryRequest {
                conversation: Some(room(ROOM)),
                after_seq: Some(after),
                before_seq: None,
                limit: 1000,
                apply_edits: false,
            })
            .await
            .unwrap()
            .into_inner();
        if page.events.is_empty() {
            break;
        }
        history.extend(
            page.events
                .iter()
                .map(|e| (e.seq, text_of(e).unwrap_or("*").to_owned())),
        );
    }
    let last = history.last().map_or(0, |(seq, _)| *seq);
    *until.lock().unwrap() = Some(last);
    let seqs: Vec<u64> = history.iter().map(|(seq, _)| *seq).collect();
    assert_eq!(
        seqs,
        (1..=last).collect::<Vec<_>>(),
        "seqs contiguous from 1"
    );
    let mut stored: HashMap<&str, Vec<u64>> = HashMap::new();
    for (seq, text) in &history {
        if text != "*" {
            stored.entry(text.as_str()).or_default().push(*seq);
        }
    }
    for (id, seq) in &acked {
        assert_eq!(
            stored.get(id.as_str()),
            Some(&vec![*seq]),
            "{id}: acked at {seq}, stored once there"
        );
    }
    assert_eq!(
        stored.len(),
        acked.len(),
        "nothing stored that was not acked"
    );
    for (r, reader) in readers.into_iter().enumerate() {
        let saw = tokio::time::timeout(Duration::from_secs(120), reader)
            .await
            .expect("readers catch up")
            .unwrap();
        assert_eq!(
            saw,
            history[..saw.len()],
            "reader{r}: gap-free, no repeats, as History"
        );
        assert_eq!(saw.len(), history.len(), "reader{r} saw everything");
    }
    println!(
        "checked: {} acknowledged messages from {WRITERS} writers, {} events in History, seqs 1..={last} contiguous, \
         each acked message stored once at its seq; {READERS} readers saw all {} in order with {} resumes; windows: {kinds:?}",
        acked.len(),
        history.len(),
        history.len(),
        resumes.lock().unwrap()
    );
}
