//! The bus against a real nats-server (started here on a free loopback
//! port): two hubs, one store. Node A's commits go to A's hub and the bus;
//! node B's hub must get each of them once, in order, whatever the bus
//! loses. Skipped, saying so, without nats-server; failed instead under
//! `CONFAB_REQUIRE_CLUSTER=1`.

use std::{
    net::TcpStream,
    process::{Child, Command as Process, Stdio},
    sync::{
        atomic::{AtomicBool, Ordering::Relaxed},
        Arc,
    },
    time::{Duration, Instant},
};

use super::{Bus, BusConfig};
use crate::{
    model::{Actor, ClientMessageId, Event, RoomName, Seq, Text, UserName},
    server::{
        fanout::{
            catchup::CatchUpConfig,
            channel::{LiveReceiver, Received},
            hub::{Hub, HubConfig, HubMessage},
            remote::Topic,
        },
        metrics::Metrics,
        shutdown::TaskGuard,
        store::{memory::MemoryStore, Command, Fanout, Store, Target},
    },
};

const WAIT: Duration = Duration::from_secs(10);

struct Nats {
    child: Child,
    port: u16,
}

impl Nats {
    fn start(port: Option<u16>) -> Option<Self> {
        let bin = [
            "/usr/sbin/nats-server",
            "/usr/bin/nats-server",
            "/usr/local/bin/nats-server",
        ]
        .into_iter()
        .find(|path| std::path::Path::new(path).is_file());
        let Some(bin) = bin else {
            assert!(
                std::env::var("CONFAB_REQUIRE_CLUSTER").as_deref() != Ok("1"),
                "nats-server is missing and CONFAB_REQUIRE_CLUSTER=1"
            );
            eprintln!("skipped: nats-server is not installed (apt-get install nats-server)");
            return None;
        };
        let port = port.unwrap_or_else(|| {
            std::net::TcpListener::bind("127.0.0.1:0")
                .unwrap()
                .local_addr()
                .unwrap()
                .port()
        });
        let child = Process::new(bin)
            .args(["-a", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + WAIT;
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "nats-server did not listen");
            std::thread::sleep(Duration::from_millis(20));
        }
        Some(Self { child, port })
    }

    fn url(&self) -> String {
        format!("nats://127.0.0.1:{}", self.port)
    }
}

impl Drop for Nats {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn hub() -> Hub {
    Hub::new(
        HubConfig {
            capacity: 1024,
            inbox_capacity: 64,
            max_sessions_per_user: 4,
            coalesce_presence_above: 100,
            channel_bytes: usize::MAX,
            live_bytes: usize::MAX,
            catch_up: CatchUpConfig {
                page_events: 64,
                cache_bytes: 0,
            },
        },
        Arc::default(),
    )
}

fn config(url: String, node: &str) -> BusConfig {
    BusConfig {
        url,
        node_id: node.into(),
        gap_wait: Duration::from_millis(50),
        check_every: Duration::from_millis(200),
    }
}

/// Node A's fan-out, which can lose its bus publishes (A's own hub still
/// gets every commit): what a crash between commit and publish, or a
/// full queue, does.
struct Lossy {
    hub: Hub,
    bus: Arc<dyn Fanout>,
    lose: Arc<AtomicBool>,
}

impl Fanout for Lossy {
    fn publish(&self, events: &[Arc<Event>]) {
        if self.lose.load(Relaxed) {
            self.hub.publish(events);
        } else {
            self.bus.publish(events);
        }
    }
}

/// Node A (commits to the store) and node B (only receives), one store.
struct Pair {
    store: Arc<dyn Store>,
    lose: Arc<AtomicBool>,
    b: Hub,
    metrics_b: Arc<Metrics>,
    _buses: (TaskGuard, TaskGuard),
}

async fn pair(url: String) -> Pair {
    let a = hub();
    let metrics_b = Arc::new(Metrics::default());
    let b = hub();
    let bus_a = Bus::connect(config(url.clone(), "a"), a.clone(), Arc::default())
        .await
        .unwrap();
    let bus_b = Bus::connect(config(url, "b"), b.clone(), metrics_b.clone())
        .await
        .unwrap();
    let lose = Arc::new(AtomicBool::new(false));
    let lossy = Lossy {
        hub: a,
        bus: bus_a.fanout(),
        lose: lose.clone(),
    };
    let store: Arc<dyn Store> = Arc::new(MemoryStore::new(Arc::new(lossy)));
    let guards = (
        bus_a.start(store.clone()).await,
        bus_b.start(store.clone()).await,
    );
    Pair {
        store,
        lose,
        b,
        metrics_b,
        _buses: guards,
    }
}

fn name(text: &str) -> UserName {
    UserName::parse(text).unwrap()
}

async fn post(store: &Arc<dyn Store>, room: &RoomName, text: &str) -> Seq {
    store
        .apply(Command::Post {
            sender: name("alice"),
            target: Target::Room(room.clone()),
            text: Text::parse(text, 100).unwrap(),
            client_message_id: ClientMessageId::default(),
            reply_to: None,
        })
        .await
        .unwrap()
        .seq
}

/// The seqs of the room's events B's receiver gets, until `last` (the
/// first is the room's last event when B began to follow it, handed on
/// again then: see `Order::caught_up`).
async fn seqs_until(receiver: &mut LiveReceiver<HubMessage>, last: Seq) -> Vec<Seq> {
    let mut seqs = Vec::new();
    let deadline = tokio::time::Instant::now() + WAIT;
    while seqs.last() != Some(&last) {
        let received =
            tokio::time::timeout_at(deadline, std::future::poll_fn(|cx| receiver.poll_recv(cx)))
                .await
                .unwrap_or_else(|_| panic!("B got {seqs:?}, never {last}"));
        match received {
            Received::Message(HubMessage::Events(batch)) => {
                seqs.extend(batch.events().iter().map(|event| event.seq));
            }
            Received::Message(_) => {}
            other => panic!("unexpected {other:?}"),
        }
    }
    seqs
}

async fn follow(pair: &Pair, room: &RoomName) -> LiveReceiver<HubMessage> {
    let receiver = pair.b.subscribe_room(room);
    pair.b.follow_remote(Topic::Room(room.clone())).await;
    receiver
}

async fn joined(pair: &Pair, room: &RoomName) -> Seq {
    pair.store
        .apply(Command::Join {
            room: room.clone(),
            user: Actor::user(name("alice")),
            max_rooms: 10,
        })
        .await
        .unwrap()
        .seq
}

#[tokio::test]
async fn another_nodes_commits_reach_this_hub_in_order_once() {
    let Some(nats) = Nats::start(None) else {
        return;
    };
    let pair = pair(nats.url()).await;
    let room = RoomName::parse("lobby").unwrap();
    let first = joined(&pair, &room).await;
    let mut receiver = follow(&pair, &room).await;
    let mut last = first;
    for i in 0..200 {
        last = post(&pair.store, &room, &format!("m{i}")).await;
    }
    let seqs = seqs_until(&mut receiver, last).await;
    assert_eq!(seqs, (first..=last).collect::<Vec<_>>());
}

#[tokio::test]
async fn a_gap_in_the_bus_is_read_from_the_store_and_delivered_in_order() {
    let Some(nats) = Nats::start(None) else {
        return;
    };
    let pair = pair(nats.url()).await;
    let room = RoomName::parse("gaps.x").unwrap();
    let start = joined(&pair, &room).await;
    let mut receiver = follow(&pair, &room).await;
    pair.lose.store(true, Relaxed);
    let lost: Vec<Seq> = vec![
        post(&pair.store, &room, "m1").await,
        post(&pair.store, &room, "m2").await,
    ];
    pair.lose.store(false, Relaxed);
    let last = post(&pair.store, &room, "m3").await;
    let seqs = seqs_until(&mut receiver, last).await;
    assert_eq!(seqs, [start, lost[0], lost[1], last]);
    // The two events the bus lost were read from the store (with, as the
    // timing falls, the join handed on again when B began to follow and
    // m3 if the gap was read before it came over the bus).
    let read = pair.metrics_b.bus_gap_events.load(Relaxed);
    assert!((2..=4).contains(&read), "{read} events read from the store");
}

#[tokio::test]
async fn the_last_message_of_a_quiet_room_lost_by_the_bus_arrives_by_the_periodic_check() {
    let Some(nats) = Nats::start(None) else {
        return;
    };
    let pair = pair(nats.url()).await;
    let room = RoomName::parse("quiet").unwrap();
    let first = joined(&pair, &room).await;
    let mut receiver = follow(&pair, &room).await;
    // B has looked at the store since following (it handed the join on).
    assert_eq!(seqs_until(&mut receiver, first).await, [first]);
    pair.lose.store(true, Relaxed);
    let lost = post(&pair.store, &room, "nobody hears this on the bus").await;
    pair.lose.store(false, Relaxed);
    assert_eq!(seqs_until(&mut receiver, lost).await, [lost]);
    assert!(pair.metrics_b.bus_gaps_filled.load(Relaxed) >= 1);
}

#[tokio::test]
async fn what_is_committed_while_nats_is_down_arrives_after_it_is_back() {
    let Some(mut nats) = Nats::start(None) else {
        return;
    };
    let port = nats.port;
    let pair = pair(nats.url()).await;
    let room = RoomName::parse("outage").unwrap();
    let start = joined(&pair, &room).await;
    let mut receiver = follow(&pair, &room).await;
    let before = post(&pair.store, &room, "before").await;
    assert_eq!(seqs_until(&mut receiver, before).await, [start, before]);
    let _ = nats.child.kill();
    let _ = nats.child.wait();
    // Sends still commit while the bus is away.
    let mut last = before;
    for i in 0..20 {
        last = post(&pair.store, &room, &format!("down{i}")).await;
    }
    let _back = Nats::start(Some(port)).expect("nats-server restarts");
    let seqs = seqs_until(&mut receiver, last).await;
    assert_eq!(
        seqs,
        ((before + 1)..=last).collect::<Vec<_>>(),
        "from {start}"
    );
    assert!(
        pair.metrics_b.bus_gap_events.load(Relaxed) >= 1,
        "read from the store"
    );
}
