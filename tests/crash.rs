//! Crash safety: the real server binary is killed with SIGKILL at random
//! moments while clients send; after every restart, every acknowledged
//! message is in history exactly once, and a resuming reader sees a
//! gap-free sequence.
//!
//! `CONFAB_CRASH_ROUNDS` sets the number of kills (default 20). The server
//! is started with the shared launcher, so this needs the `bench` feature.

#![cfg(feature = "bench")]

mod support;

use std::{
    collections::{BTreeMap, HashMap},
    sync::{Arc, Mutex},
};

use confab::{bench::child::ServerProcess, client, pb};
use support::{
    metrics,
    process::{confab_server, metrics_address, start},
    session::Session,
    wire::{room, room_cursor, send_to_room, text_of},
    WAIT,
};

const SENDERS: usize = 4;

/// The real server on `store`, with no rate limit (the senders send as
/// fast as they can), started with `extra` flags.
async fn server_on(store: &str, extra: &[&str]) -> ServerProcess {
    let command = confab_server()
        .store(store)
        .args(["--rate-per-user", "0"])
        .args(extra.iter().copied());
    start(command).await.expect("start confab-server")
}

/// A small deterministic generator, seeded per run and printed, so a
/// failing run can be replayed with CONFAB_CRASH_SEED.
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_messages_survive_sigkill_exactly_once() {
    let rounds: usize = std::env::var("CONFAB_CRASH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let seed: u64 = std::env::var("CONFAB_CRASH_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
        });
    let mut random = Lcg(seed);
    let data = tempfile::tempdir().unwrap();
    let store = format!("sqlite://{}", data.path().join("crash.db").display());

    // Who acked what: client message id → (seq, text).
    let acked: Arc<Mutex<HashMap<String, u64>>> = Arc::default();
    // The next message number per sender; a send whose answer was lost is
    // retried with the same id in the next round.
    let mut next_number = [0u64; SENDERS];
    // What the resuming reader has seen, in order.
    let mut reader_seen: Vec<u64> = Vec::new();
    let mut total_acks = 0;

    for round in 0..rounds {
        let mut server = server_on(&store, &[]).await;
        for s in 0..SENDERS {
            let mut client = client::connect(server.address(), &format!("sender{s}"))
                .await
                .unwrap();
            client
                .join(pb::JoinRequest {
                    room: "crash".into(),
                })
                .await
                .unwrap();
        }
        // The reader resumes from the last seq it saw.
        let mut reader = client::connect(server.address(), "sender0").await.unwrap();
        let after = reader_seen.last().copied().unwrap_or(0);
        let mut tail = reader
            .subscribe(pb::SubscribeRequest {
                cursors: vec![room_cursor("crash", Some(after))],
            })
            .await
            .unwrap()
            .into_inner();
        // Tells the round the reader has seen its first event.
        let (first_seen, reader_started) = tokio::sync::oneshot::channel::<()>();
        let reader_task = tokio::spawn(async move {
            let mut first_seen = Some(first_seen);
            let mut seen = Vec::new();
            while let Ok(Some(frame)) = tail.message().await {
                if let Some(pb::subscribe_response::Frame::Event(event)) = frame.frame {
                    seen.push(event.seq);
                    if let Some(first_seen) = first_seen.take() {
                        let _ = first_seen.send(());
                    }
                }
            }
            seen
        });

        let acks_this_round = Arc::new(tokio::sync::Notify::new());
        let round_acks = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let mut senders = Vec::new();
        for (s, number) in next_number.iter().enumerate() {
            let mut client = client::connect(server.address(), &format!("sender{s}"))
                .await
                .unwrap();
            let (acked, notify, count) =
                (acked.clone(), acks_this_round.clone(), round_acks.clone());
            let mut number = *number;
            senders.push(tokio::spawn(async move {
                loop {
                    let id = format!("s{s}-{number}");
                    let mut request = send_to_room("crash", &id);
                    request.client_message_id = id.clone();
                    match client.send_message(request).await {
                        Ok(response) => {
                            let response = response.into_inner();
                            let previous = acked.lock().unwrap().insert(id.clone(), response.seq);
                            if let Some(previous) = previous {
                                assert_eq!(previous, response.seq, "{id} acked at two seqs");
                            }
                            number += 1;
                            count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                            notify.notify_one();
                        }
                        Err(_) => return number,
                    }
                }
            }));
        }
        // Kill after a random number of acknowledged sends this round, once
        // the resuming reader has seen something (so every round checks
        // where it resumed).
        let kill_after = 1 + random.next(200);
        while round_acks.load(std::sync::atomic::Ordering::SeqCst) < kill_after {
            tokio::time::timeout(WAIT, acks_this_round.notified())
                .await
                .expect("no acks");
        }
        tokio::time::timeout(WAIT, reader_started)
            .await
            .unwrap_or_else(|_| panic!("round {round}: the resuming reader saw no event"))
            .unwrap_or_else(|_| {
                panic!("round {round}: the resuming reader ended without an event")
            });
        server.kill().expect("SIGKILL");
        for (s, task) in senders.into_iter().enumerate() {
            next_number[s] = task.await.unwrap();
        }
        let seen = reader_task.await.unwrap();
        assert!(
            !seen.is_empty(),
            "round {round}: the resuming reader saw no event"
        );
        for seq in seen {
            let expected = reader_seen.last().copied().unwrap_or(0) + 1;
            assert_eq!(
                seq, expected,
                "round {round}: the resuming reader saw a gap or repeat"
            );
            reader_seen.push(seq);
        }
        total_acks += round_acks.load(std::sync::atomic::Ordering::SeqCst);
    }

    // A last start: check everything.
    let mut server = server_on(&store, &[]).await;
    let mut client = client::connect(server.address(), "sender0").await.unwrap();
    let mut events = Vec::new();
    loop {
        let page = client
            .history(pb::HistoryRequest {
                conversation: Some(room("crash")),
                after_seq: Some(events.len() as u64),
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
        events.extend(page.events);
    }
    server.kill().expect("SIGKILL");
    for (index, event) in events.iter().enumerate() {
        assert_eq!(event.seq, index as u64 + 1, "history has a gap");
    }
    let mut stored: BTreeMap<String, u64> = BTreeMap::new();
    for event in &events {
        if let Some(pb::event::Kind::Message(message)) = &event.kind {
            assert_eq!(text_of(event), Some(message.client_message_id.as_str()));
            let twice = stored.insert(message.client_message_id.clone(), event.seq);
            assert!(
                twice.is_none(),
                "{} stored twice",
                message.client_message_id
            );
        }
    }
    let acked = acked.lock().unwrap();
    for (id, seq) in acked.iter() {
        assert_eq!(
            stored.get(id),
            Some(seq),
            "acknowledged {id} (seq {seq}) is not in history"
        );
    }
    assert!(reader_seen.len() <= events.len());
    println!(
        "crash test: seed {seed}, {rounds} SIGKILLs, {total_acks} acked sends ({} distinct), \
         {} messages stored ({} stored but unacknowledged when the server died), \
         {} events in history, reader saw seq 1..={} without a gap",
        acked.len(),
        stored.len(),
        stored.len() - acked.len(),
        events.len(),
        reader_seen.len()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn private_messages_shown_before_a_crash_are_not_shown_again_after_it() {
    let data = tempfile::tempdir().unwrap();
    let store = format!("sqlite://{}", data.path().join("confab.db").display());
    let mut server = server_on(&store, &["--metrics-listen", "127.0.0.1:0"]).await;
    let scraped = metrics_address(&server).expect("the metrics address in its log");
    let mut alice = client::connect(server.address(), "alice").await.unwrap();
    let mut bob = Session::open(server.address(), "bob", vec![]).await;
    assert_eq!(bob.take_replayed(), vec![], "nothing to replay yet");
    let sent = alice
        .send_message(pb::SendMessageRequest {
            target: Some(pb::send_message_request::Target::ToUser("bob".into())),
            text: "shown once".into(),
            client_message_id: String::new(),
            reply_to_seq: None,
        })
        .await
        .unwrap()
        .into_inner();
    let shown = bob.event().await;
    assert_eq!(text_of(&shown), Some("shown once"));
    // The session saves where it stands on its own, shortly after; then
    // the server dies without bob's session ever ending cleanly.
    let name = "confab_private_cursor_saves_total";
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let response = metrics::scrape(scraped.as_str()).await;
        let saves =
            metrics::value(&response, name).unwrap_or_else(|| panic!("no {name} in {response}"));
        if saves > 0 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the session never saved its private cursors"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    server.kill().expect("SIGKILL");
    drop(bob);

    let server = server_on(&store, &[]).await;
    let mut bob = Session::open(server.address(), "bob", vec![]).await;
    assert_eq!(
        bob.take_replayed(),
        vec![],
        "message {} was shown before the crash and again after it",
        sent.seq
    );
}
