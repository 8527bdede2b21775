//! Nothing lost: a restart on the same database keeps history, memberships
//! and pending private messages; a client that reconnects with its cursors
//! gets exactly what it missed.

mod support;

use confab::{pb, server::ServerConfig};
use support::{
    server::{join, TestServer, TestStore},
    wire::{peer, peer_cursor, room, room_cursor, send_to_room, send_to_user, text_of},
};

fn config_on(data: &TestStore) -> ServerConfig {
    let mut config = ServerConfig::for_address("127.0.0.1:0".parse().unwrap());
    config.store = data.url();
    config
}

#[tokio::test]
async fn a_restart_keeps_history_memberships_and_pending_private_messages() {
    let data = TestStore::durable().await;
    let server = TestServer::start_config(config_on(&data)).await;
    join(&server, "alice", "lobby").await;
    join(&server, "bob", "lobby").await;
    let mut alice = server.client("alice").await;
    for i in 1..=5 {
        alice
            .send_message(send_to_room("lobby", &format!("before restart {i}")))
            .await
            .unwrap();
    }
    // bob has never opened a session: the private message waits for him.
    alice
        .send_message(send_to_user("bob", "read this when you are back"))
        .await
        .unwrap();
    server.shutdown().await.unwrap();

    let server = TestServer::start_config(config_on(&data)).await;
    let mut bob = server.client("bob").await;
    let history = bob
        .history(pb::HistoryRequest {
            conversation: Some(room("lobby")),
            after_seq: Some(0),
            before_seq: None,
            limit: 100,
            apply_edits: false,
        })
        .await
        .unwrap()
        .into_inner();
    let texts: Vec<_> = history.events.iter().filter_map(text_of).collect();
    assert_eq!(
        texts,
        (1..=5)
            .map(|i| format!("before restart {i}"))
            .collect::<Vec<_>>()
    );
    assert_eq!(history.last_seq, 7);
    let rooms = bob
        .list_rooms(pb::ListRoomsRequest::default())
        .await
        .unwrap()
        .into_inner()
        .rooms;
    assert!(rooms
        .iter()
        .any(|r| r.name == "lobby" && r.is_member && r.member_count == 2));
    // Still a member: can send without joining again; seq continues.
    let sent = bob
        .send_message(send_to_room("lobby", "after restart"))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(sent.seq, 8);

    // bob's first session gets the pending private message, once. (The
    // room is named live only: a resume with no cursors at all would
    // replay what bob has not read of it too.)
    let mut session = server
        .session_from("bob", vec![room_cursor("lobby", None)])
        .await;
    let replayed = session.take_replayed();
    assert_eq!(replayed.len(), 1, "{replayed:?}");
    let pending = &replayed[0];
    assert_eq!(
        (pending.sender.as_str(), pending.recipient.as_str()),
        ("alice", "bob")
    );
    assert_eq!(text_of(pending), Some("read this when you are back"));
    session.close().await;
    let mut again = server
        .session_from("bob", vec![room_cursor("lobby", None)])
        .await;
    assert!(
        again.take_replayed().is_empty(),
        "the private message came twice"
    );
    alice = server.client("alice").await;
    alice
        .send_message(send_to_user("bob", "second"))
        .await
        .unwrap();
    let next = again.event().await;
    assert_eq!(text_of(&next), Some("second"));
}

#[tokio::test]
async fn a_client_that_reconnects_with_its_cursors_gets_exactly_what_it_missed() {
    let server = TestServer::start().await;
    join(&server, "alice", "lobby").await;
    join(&server, "bob", "lobby").await;
    let mut bob = server.session("bob").await;
    let mut alice = server.client("alice").await;
    alice
        .send_message(send_to_room("lobby", "seen 1"))
        .await
        .unwrap();
    alice
        .send_message(send_to_user("bob", "private seen"))
        .await
        .unwrap();
    let seen_room = bob.event().await.seq;
    let seen_private = bob.event().await.seq;
    bob.close().await;

    // While bob is away: room and private messages.
    for i in 1..=3 {
        alice
            .send_message(send_to_room("lobby", &format!("missed {i}")))
            .await
            .unwrap();
    }
    alice
        .send_message(send_to_user("bob", "private missed"))
        .await
        .unwrap();

    let mut bob = server
        .session_from(
            "bob",
            vec![
                room_cursor("lobby", Some(seen_room)),
                peer_cursor("alice", Some(seen_private)),
            ],
        )
        .await;
    // The replay comes before `ready`, complete.
    let mut in_room = Vec::new();
    let mut private = Vec::new();
    for event in bob.take_replayed() {
        let text = text_of(&event).unwrap().to_owned();
        if event.room.is_empty() {
            private.push((event.seq, text));
        } else {
            in_room.push((event.seq, text));
        }
    }
    assert_eq!(
        in_room,
        vec![
            (seen_room + 1, "missed 1".to_owned()),
            (seen_room + 2, "missed 2".to_owned()),
            (seen_room + 3, "missed 3".to_owned())
        ]
    );
    assert_eq!(
        private,
        vec![(seen_private + 1, "private missed".to_owned())]
    );
    // Then live, with nothing repeated.
    let live = alice
        .send_message(send_to_room("lobby", "live"))
        .await
        .unwrap()
        .into_inner()
        .seq;
    let event = bob.event().await;
    assert_eq!((event.seq, text_of(&event)), (live, Some("live")));

    // A cursor ahead of the room gets a clear error frame, and the session
    // still works live.
    let mut eager = server
        .session_from("alice", vec![room_cursor("lobby", Some(1000))])
        .await;
    assert_eq!(eager.resume_errors.len(), 1, "{:?}", eager.resume_errors);
    let error = &eager.resume_errors[0];
    assert_eq!(error.code, tonic::Code::OutOfRange as i32);
    assert!(error.message.contains("1000"), "{}", error.message);
    assert_eq!(error.conversation, Some(room("lobby")));
    let seq = eager.say("lobby", "still live").await;
    assert_eq!(bob.event().await.seq, seq);

    // The same for a private cursor ahead of its conversation: an error
    // frame naming it, then live delivery of what comes next.
    let mut bob_ahead = server
        .session_from("bob", vec![peer_cursor("alice", Some(99))])
        .await;
    let error = &bob_ahead.resume_errors[0];
    assert_eq!(error.code, tonic::Code::OutOfRange as i32);
    assert_eq!(error.conversation, Some(peer("alice")));
    let next = alice
        .send_message(send_to_user("bob", "after the bad cursor"))
        .await
        .unwrap();
    let event = bob_ahead.event().await;
    assert_eq!(
        (event.seq, text_of(&event)),
        (next.into_inner().seq, Some("after the bad cursor"))
    );
}
