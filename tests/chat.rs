//! The chat service over real gRPC on loopback: room messages, private
//! messages, joins, leaves and presence reach exactly who they should.

mod support;

use confab::pb::{self, chat_request::Command, chat_response::Frame};
use support::{
    server::{join, TestServer},
    wire::{assert_code, peer, room, room_cursor, send_to_room, send_to_user, tail_frame, text_of},
};
use tonic::Code;

#[tokio::test]
async fn room_message_reaches_other_members_and_not_the_sending_session() {
    let server = TestServer::start().await;
    for user in ["alice", "bob"] {
        join(&server, user, "lobby").await;
    }
    join(&server, "carol", "kitchen").await;
    let mut alice1 = server.session("alice").await;
    let mut alice2 = server.session("alice").await;
    let mut bob = server.session("bob").await;
    let mut carol = server.session("carol").await;

    let seq = alice1.say("lobby", "hello lobby").await;

    for session in [&mut bob, &mut alice2] {
        let event = session.event().await;
        assert_eq!(event.room, "lobby");
        assert_eq!(event.sender, "alice");
        assert_eq!(event.seq, seq);
        assert_eq!(text_of(&event), Some("hello lobby"));
    }
    // The sending session got the ack instead: the next event it sees is
    // bob's reply, not its own message. Carol, in another room, sees only
    // her room.
    let reply = bob.say("lobby", "hi alice").await;
    let next = alice1.event().await;
    assert_eq!((next.sender.as_str(), next.seq), ("bob", reply));
    // Both lobby messages were acked before carol sends, so anything leaked
    // to her arrives before her ack (or, late, before her stream ends).
    let (_, carol_before) = carol
        .command_acked(Command::Send(send_to_room("kitchen", "anyone?")))
        .await;
    let carol_after = carol.close().await;
    for carol_frames in [&carol_before, &carol_after] {
        assert!(
            carol_frames.iter().all(|f| !matches!(
                f,
                Frame::Event(pb::Event { room, .. }) | Frame::Presence(pb::Presence { room, .. })
                    if room == "lobby"
            )),
            "lobby leaked into kitchen: {carol_frames:?}"
        );
    }
    let alice_next = alice2.event().await;
    assert_eq!(
        text_of(&alice_next),
        Some("hi alice"),
        "kitchen leaked into lobby"
    );
    // carol's message was acked before alice2 closes: had it leaked, it is
    // among the frames that came before the end of alice2's stream.
    let alice_rest = alice2.close().await;
    assert!(
        alice_rest
            .iter()
            .all(|f| !matches!(f, Frame::Event(e) if e.room == "kitchen")),
        "kitchen leaked into lobby: {alice_rest:?}"
    );
}

#[tokio::test]
async fn joins_leaves_and_presence_reach_the_room_only() {
    let server = TestServer::start().await;
    join(&server, "alice", "lobby").await;
    join(&server, "carol", "kitchen").await;
    let mut alice = server.session("alice").await;
    let carol = server.session("carol").await;

    // bob joins: alice sees it, carol does not.
    let joined = join(&server, "bob", "lobby").await;
    assert!(joined.joined);
    let event = alice.event().await;
    assert!(matches!(event.kind, Some(pb::event::Kind::Joined(_))));
    assert_eq!((event.sender.as_str(), event.seq), ("bob", joined.seq));
    // Joining again is idempotent: nothing stored, nothing announced.
    let again = join(&server, "bob", "lobby").await;
    assert!(!again.joined);
    assert_eq!(again.seq, joined.seq);

    // bob comes online: alice is told, carol is not.
    let mut bob = server.session("bob").await;
    let online = alice.presence().await;
    assert_eq!(
        (online.room.as_str(), online.user.as_str()),
        ("lobby", "bob")
    );
    assert_eq!(online.state(), pb::PresenceState::Online);
    // A second session of bob changes nothing; closing it changes nothing.
    let bob2 = server.session("bob").await;
    bob2.close().await;

    // bob leaves: alice sees it; bob's session stops following the room.
    let left = bob
        .command_acked(Command::Leave(pb::LeaveRequest {
            room: "lobby".into(),
        }))
        .await
        .0;
    // alice's very next frame is bob's leave: bob2 coming and going sent
    // her no presence.
    match alice.frame().await {
        Frame::Event(event) => {
            assert!(matches!(event.kind, Some(pb::event::Kind::Left(_))));
            assert_eq!((event.sender.as_str(), event.seq), ("bob", left.seq));
        }
        other => panic!("expected bob's leave, got {other:?}"),
    }
    let after = alice.say("lobby", "bob is gone").await;
    let bob_rest = bob.close().await;
    assert!(
        bob_rest.iter().all(|f| !matches!(f, Frame::Event(_))),
        "bob still receives lobby: {bob_rest:?}"
    );
    // bob's last session closed, but he is no longer in lobby: no presence
    // there. carol got nothing at all from lobby.
    let mut dave = server.session("dave").await;
    dave.join("lobby").await;
    let next = alice.frame().await;
    match next {
        Frame::Event(event) => {
            assert!(matches!(event.kind, Some(pb::event::Kind::Joined(_))));
            assert_eq!(event.sender, "dave");
            assert_eq!(event.seq, after + 1);
        }
        other => panic!("expected dave's join, got {other:?}"),
    }
    dave.close().await;
    let offline = alice.presence().await;
    assert_eq!(
        (offline.user.as_str(), offline.state()),
        ("dave", pb::PresenceState::Offline)
    );
    let carol_frames = carol.close().await;
    assert!(
        carol_frames.is_empty(),
        "carol saw lobby traffic: {carol_frames:?}"
    );
}

#[tokio::test]
async fn a_join_in_one_session_is_followed_by_the_users_other_sessions() {
    let server = TestServer::start().await;
    let mut alice1 = server.session("alice").await;
    let mut alice2 = server.session("alice").await;
    let joined = alice1.join("lobby").await;
    let event = alice2.event().await;
    assert!(matches!(event.kind, Some(pb::event::Kind::Joined(_))));
    assert_eq!(event.seq, joined.seq);
    let seq = server
        .client("bob")
        .await
        .join(pb::JoinRequest {
            room: "lobby".into(),
        })
        .await
        .unwrap()
        .into_inner()
        .seq;
    for session in [&mut alice1, &mut alice2] {
        assert_eq!(session.event().await.seq, seq);
    }
}

#[tokio::test]
async fn private_messages_reach_the_target_and_the_senders_other_sessions_only() {
    let server = TestServer::start().await;
    for user in ["alice", "bob", "carol"] {
        join(&server, user, "lobby").await;
    }
    let mut alice1 = server.session("alice").await;
    let mut alice2 = server.session("alice").await;
    let mut bob1 = server.session("bob").await;
    let mut bob2 = server.session("bob").await;
    let mut carol = server.session("carol").await;

    let seq = alice1.whisper("bob", "psst bob").await;
    assert_eq!(seq, 1);
    for session in [&mut bob1, &mut bob2, &mut alice2] {
        let event = session.event().await;
        assert_eq!(event.room, "");
        assert_eq!(
            (event.sender.as_str(), event.recipient.as_str()),
            ("alice", "bob")
        );
        assert_eq!(text_of(&event), Some("psst bob"));
    }
    // carol sees nothing private; alice1 got only the ack: the next thing
    // both see is a room message.
    let marker = bob1.say("lobby", "marker").await;
    for session in [&mut carol, &mut alice1] {
        let event = session.event().await;
        assert_eq!((event.room.as_str(), event.seq), ("lobby", marker));
    }
    // The reply continues the same conversation.
    assert_eq!(bob1.whisper("alice", "hi alice").await, 2);
    let reply = alice1.event().await;
    assert_eq!((reply.sender.as_str(), reply.seq), ("bob", 2));
}

#[tokio::test]
async fn private_message_to_unknown_user_is_not_found_and_the_server_keeps_serving() {
    let server = TestServer::start().await;
    let mut alice = server.session("alice").await;
    let error = alice
        .command_failed(Command::Send(send_to_user("nobody", "hello?")))
        .await;
    assert_eq!(error.code, Code::NotFound as i32);
    assert!(error.message.contains("nobody"), "{}", error.message);
    let mut client = server.client("alice").await;
    assert_code(
        client.send_message(send_to_user("nobody", "hello?")).await,
        Code::NotFound,
    );
    // Still serving, on the same session and on new calls.
    alice.join("lobby").await;
    let sent = client
        .send_message(send_to_room("lobby", "still here"))
        .await
        .unwrap();
    assert_eq!(sent.into_inner().seq, 2);
}

#[tokio::test]
async fn a_room_named_twice_in_subscribe_is_replayed_once() {
    let server = TestServer::start().await;
    let mut alice = server.client("alice").await;
    join(&server, "alice", "lobby").await;
    for text in ["one", "two"] {
        alice
            .send_message(send_to_room("lobby", text))
            .await
            .unwrap();
    }
    join(&server, "bot", "lobby").await;
    let mut bot = server.client("bot").await;
    let mut stream = bot
        .subscribe(pb::SubscribeRequest {
            cursors: vec![room_cursor("lobby", Some(0)), room_cursor("lobby", Some(1))],
        })
        .await
        .unwrap()
        .into_inner();
    alice
        .send_message(send_to_room("lobby", "three"))
        .await
        .unwrap();
    let mut seqs = Vec::new();
    while seqs.last() != Some(&5) {
        let frame = tail_frame(&mut stream).await.expect("not the end");
        if let pb::subscribe_response::Frame::Event(event) = frame {
            seqs.push(event.seq);
        }
    }
    assert_eq!(seqs, [1, 2, 3, 4, 5], "each event once, in order");
}

#[tokio::test]
async fn subscribe_replays_from_a_cursor_then_follows_live() {
    let server = TestServer::start().await;
    let mut alice = server.member("alice", "lobby").await;
    alice
        .send_message(send_to_room("lobby", "one"))
        .await
        .unwrap();
    alice
        .send_message(send_to_room("lobby", "two"))
        .await
        .unwrap();
    join(&server, "bot", "lobby").await;

    let mut bot = server.client("bot").await;
    let mut stream = bot
        .subscribe(pb::SubscribeRequest {
            cursors: vec![room_cursor("lobby", Some(1))],
        })
        .await
        .unwrap()
        .into_inner();
    alice
        .send_message(send_to_room("lobby", "three"))
        .await
        .unwrap();
    let mut seen = Vec::new();
    while seen.len() < 4 {
        let frame = tail_frame(&mut stream).await.expect("not the end");
        if let pb::subscribe_response::Frame::Event(event) = frame {
            seen.push((event.seq, text_of(&event).unwrap_or("*").to_owned()));
        }
    }
    let expected: Vec<(u64, String)> = vec![
        (2, "one".into()),
        (3, "two".into()),
        (4, "*".into()),
        (5, "three".into()),
    ];
    assert_eq!(seen, expected);

    // Not a member: refused. A cursor ahead of the room: refused.
    let mut eve = server.client("eve").await;
    let status = assert_code(
        eve.subscribe(pb::SubscribeRequest {
            cursors: vec![room_cursor("lobby", None)],
        })
        .await,
        Code::FailedPrecondition,
    );
    assert!(status.message().contains("join"), "{status:?}");
    assert_code(
        bot.subscribe(pb::SubscribeRequest {
            cursors: vec![room_cursor("lobby", Some(99))],
        })
        .await,
        Code::OutOfRange,
    );
    assert_code(
        bot.subscribe(pb::SubscribeRequest { cursors: vec![] })
            .await,
        Code::InvalidArgument,
    );
}

#[tokio::test]
async fn history_pages_forwards_and_backwards() {
    let server = TestServer::start().await;
    let mut alice = server.member("alice", "lobby").await;
    for i in 1..=10 {
        alice
            .send_message(send_to_room("lobby", &format!("m{i}")))
            .await
            .unwrap();
    }
    let lobby = Some(room("lobby"));
    let page = |after_seq, before_seq, limit| pb::HistoryRequest {
        conversation: lobby.clone(),
        after_seq,
        before_seq,
        limit,
        apply_edits: false,
    };
    let seqs = |r: pb::HistoryResponse| r.events.iter().map(|e| e.seq).collect::<Vec<_>>();
    let latest = alice
        .history(page(None, None, 3))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(latest.last_seq, 11);
    assert_eq!(seqs(latest), vec![9, 10, 11]);
    let back = alice
        .history(page(None, Some(9), 3))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(seqs(back), vec![6, 7, 8]);
    let forward = alice
        .history(page(Some(0), None, 2))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(seqs(forward), vec![1, 2]);
    let mut bob = server.client("bob").await;
    assert_code(
        bob.history(page(None, None, 3)).await,
        Code::FailedPrecondition,
    );
}

#[tokio::test]
async fn a_retried_send_with_the_same_client_message_id_is_stored_once() {
    let server = TestServer::start().await;
    let mut alice = server.member("alice", "lobby").await;
    let mut request = send_to_room("lobby", "only once");
    request.client_message_id = "msg-1".into();
    let first = alice
        .send_message(request.clone())
        .await
        .unwrap()
        .into_inner();
    let retry = alice.send_message(request).await.unwrap().into_inner();
    assert_eq!((first.seq, first.duplicate), (2, false));
    assert_eq!((retry.seq, retry.duplicate), (2, true));
    let rooms = alice
        .list_rooms(pb::ListRoomsRequest::default())
        .await
        .unwrap()
        .into_inner();
    assert_eq!(rooms.rooms[0].last_seq, 2);
}

#[tokio::test]
async fn list_rooms_and_members_show_membership_and_presence() {
    let server = TestServer::start().await;
    join(&server, "alice", "lobby").await;
    join(&server, "bob", "lobby").await;
    join(&server, "bob", "kitchen").await;
    let _alice = server.session("alice").await;
    let mut bob = server.client("bob").await;
    let rooms = bob
        .list_rooms(pb::ListRoomsRequest::default())
        .await
        .unwrap()
        .into_inner()
        .rooms;
    let names: Vec<_> = rooms
        .iter()
        .map(|r| (r.name.as_str(), r.member_count, r.is_member))
        .collect();
    assert_eq!(names, vec![("kitchen", 1, true), ("lobby", 2, true)]);
    let expected = vec![
        ("alice".to_owned(), pb::PresenceState::Online),
        ("bob".to_owned(), pb::PresenceState::Offline),
    ];
    // On a cluster alice's session may be on another node, whose count
    // reaches this one over the bus: asked again until then (bounded).
    let deadline = tokio::time::Instant::now() + support::WAIT;
    loop {
        let members = bob
            .list_members(pb::ListMembersRequest {
                room: "lobby".into(),
                ..Default::default()
            })
            .await
            .unwrap()
            .into_inner()
            .members;
        let members: Vec<_> = members
            .iter()
            .map(|m| (m.user.clone(), m.state()))
            .collect();
        if members == expected || server.nodes.len() == 1 || tokio::time::Instant::now() > deadline
        {
            assert_eq!(members, expected);
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_code(
        bob.list_members(pb::ListMembersRequest {
            room: "nowhere".into(),
            ..Default::default()
        })
        .await,
        Code::NotFound,
    );
}

#[tokio::test]
async fn history_of_a_private_conversation_is_for_its_two_users() {
    let server = TestServer::start().await;
    let _bob = server.session("bob").await;
    let _carol = server.session("carol").await;
    let mut alice = server.client("alice").await;
    alice
        .send_message(send_to_user("bob", "one"))
        .await
        .unwrap();
    let mut bob = server.client("bob").await;
    bob.send_message(send_to_user("alice", "two"))
        .await
        .unwrap();
    let with = |other: &str| pb::HistoryRequest {
        conversation: Some(peer(other)),
        after_seq: Some(0),
        before_seq: None,
        limit: 10,
        apply_edits: false,
    };
    for (client, peer) in [(&mut alice, "bob"), (&mut bob, "alice")] {
        let page = client.history(with(peer)).await.unwrap().into_inner();
        let texts: Vec<_> = page.events.iter().filter_map(text_of).collect();
        assert_eq!(texts, ["one", "two"]);
        assert_eq!(page.last_seq, 2);
    }
    // carol can only name her own conversations: with alice, it is empty.
    let mut carol = server.client("carol").await;
    let page = carol.history(with("alice")).await.unwrap().into_inner();
    assert!(page.events.is_empty());
    assert_code(carol.history(with("carol")).await, Code::InvalidArgument);
}

#[tokio::test]
async fn a_subscription_stops_following_a_room_its_user_leaves() {
    let server = TestServer::start().await;
    join(&server, "alice", "lobby").await;
    join(&server, "bot", "lobby").await;
    let mut bot = server.client("bot").await;
    let mut tail = bot
        .subscribe(pb::SubscribeRequest {
            cursors: vec![room_cursor("lobby", None)],
        })
        .await
        .unwrap()
        .into_inner();
    let left = bot
        .leave(pb::LeaveRequest {
            room: "lobby".into(),
        })
        .await
        .unwrap()
        .into_inner();
    let mut alice = server.client("alice").await;
    alice
        .send_message(send_to_room("lobby", "bot is gone"))
        .await
        .unwrap();
    let mut seen = Vec::new();
    while let Some(frame) = tail_frame(&mut tail).await {
        if let pb::subscribe_response::Frame::Event(event) = frame {
            seen.push(event.seq);
        }
    }
    assert_eq!(seen, vec![left.seq], "only the leave, then the end");
}
