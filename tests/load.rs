//! Many sessions at once, and slow readers: every session receives exactly
//! what it should, in seq order, once, and a slow reader costs only itself.

mod support;

use std::collections::{BTreeMap, BTreeSet};

use confab::pb;
use support::{
    server::{join, TestServer},
    wire::{room_cursor, send_to_room, tail_frame, text_of},
};

const ROOMS: usize = 20;
const USERS: usize = 200;
const MESSAGES_EACH: usize = 5;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_sessions_in_twenty_rooms_each_get_exactly_their_messages_in_order() {
    let server = TestServer::start().await;
    let room_of = |u: usize| format!("room{}", u % ROOMS);
    let user = |u: usize| format!("user{u}");
    for u in 0..USERS {
        join(&server, &user(u), &room_of(u)).await;
    }
    let mut sessions = Vec::new();
    for u in 0..USERS {
        sessions.push(server.session(&user(u)).await);
    }
    // Everyone sends at once; each session then collects what it receives.
    let mut tasks = Vec::new();
    for (u, mut session) in sessions.into_iter().enumerate() {
        let room = room_of(u);
        tasks.push(tokio::spawn(async move {
            let mut own = BTreeSet::new();
            for m in 0..MESSAGES_EACH {
                let text = format!("{} says {m}", session.user);
                session
                    .command(pb::chat_request::Command::Send(send_to_room(&room, &text)))
                    .await;
            }
            let expected = (USERS / ROOMS - 1) * MESSAGES_EACH;
            let mut received: Vec<(u64, String, String)> = Vec::new();
            let mut acks = 0;
            while received.len() < expected || acks < MESSAGES_EACH {
                match session.frame().await {
                    pb::chat_response::Frame::Event(event) => {
                        assert_eq!(
                            event.room, room,
                            "{}: event from another room",
                            session.user
                        );
                        received.push((
                            event.seq,
                            event.sender.clone(),
                            text_of(&event).unwrap_or("").to_owned(),
                        ));
                    }
                    pb::chat_response::Frame::Ack(ack) => {
                        acks += 1;
                        own.insert(ack.seq);
                    }
                    pb::chat_response::Frame::Presence(_) => {}
                    other => panic!("{}: unexpected {other:?}", session.user),
                }
            }
            (session, room, own, received)
        }));
    }
    let mut per_room: BTreeMap<String, BTreeSet<u64>> = BTreeMap::new();
    let mut sent_per_room: BTreeMap<String, BTreeSet<u64>> = BTreeMap::new();
    let mut finished = Vec::new();
    for task in tasks {
        let (session, room, own, received) = task.await.expect("session task");
        let seqs: Vec<u64> = received.iter().map(|r| r.0).collect();
        assert!(
            seqs.windows(2).all(|w| w[0] < w[1]),
            "{}: out of order or repeated: {seqs:?}",
            session.user
        );
        assert!(
            received.iter().all(|r| r.1 != session.user),
            "{}: got its own message",
            session.user
        );
        assert!(
            own.iter().all(|s| !seqs.contains(s)),
            "{}: own seq delivered",
            session.user
        );
        per_room.entry(room.clone()).or_default().extend(seqs);
        sent_per_room.entry(room).or_default().extend(own);
        finished.push(session);
    }
    for (room, seen) in &per_room {
        // Every message of the room was seen by someone, and every seq seen
        // is a message that was acked to its sender.
        assert_eq!(
            seen, &sent_per_room[room],
            "{room}: delivered and acked differ"
        );
        assert_eq!(seen.len(), USERS / ROOMS * MESSAGES_EACH);
    }
    // Nothing extra arrives afterwards.
    for session in finished {
        let rest = session.close().await;
        assert!(
            rest.iter()
                .all(|f| matches!(f, pb::chat_response::Frame::Presence(_))),
            "extra frames: {rest:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_subscriber_catches_up_from_the_store_without_holding_back_others() {
    // Tiny channels, so the slow reader lags almost at once.
    let server = TestServer::start_with(|c| {
        c.channel_capacity = 8;
        c.rate_per_user = 0;
    })
    .await;
    join(&server, "alice", "lobby").await;
    join(&server, "slow", "lobby").await;
    join(&server, "fast", "lobby").await;
    let mut slow = server
        .client("slow")
        .await
        .subscribe(pb::SubscribeRequest {
            cursors: vec![room_cursor("lobby", None)],
        })
        .await
        .unwrap()
        .into_inner();
    let mut fast = server.session("fast").await;
    let mut alice = server.client("alice").await;
    const COUNT: u64 = 3000;
    let first = 4; // three joins came before
    let sender = tokio::spawn(async move {
        for i in 0..COUNT {
            alice
                .send_message(send_to_room("lobby", &format!("m{i}")))
                .await
                .unwrap();
        }
    });
    // The fast reader keeps up while the slow one reads nothing.
    for i in 0..COUNT {
        let event = fast.event().await;
        assert_eq!(event.seq, first + i);
    }
    sender.await.unwrap();
    // Now the slow one reads: everything, in order, once.
    let mut i = 0;
    while i < COUNT {
        // An empty frame fails the test too.
        match tail_frame(&mut slow).await.expect("not the end") {
            pb::subscribe_response::Frame::Event(event) => {
                assert_eq!(event.seq, first + i);
                assert_eq!(text_of(&event), Some(format!("m{i}").as_str()));
                i += 1;
            }
            pb::subscribe_response::Frame::Presence(_)
            | pb::subscribe_response::Frame::PresenceSummary(_) => {}
        }
    }
}
