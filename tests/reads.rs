//! Read positions and unread counts over real gRPC: a position moves
//! only forward (a MarkRead at or behind it changes nothing and says so),
//! the user's other sessions see it move, unread counts follow sends and
//! reads in `Ready`, ListRooms and ListConversations, read receipts reach
//! a private peer only when allowed, and a resume without cursors replays
//! what is unread, capped, with the count of what it left out.
//!
//! Runs on every store and on a cluster (`CONFAB_TEST_STORE`,
//! `CONFAB_TEST_POSTGRES`, `CONFAB_TEST_CLUSTER`): clients and sessions
//! go to the nodes in turn.

mod support;

use confab::pb::{self, chat_request::Command, chat_response::Frame};
use support::{
    server::{join, TestServer},
    wire::{assert_code, peer, room, room_cursor, send_to_room, send_to_user, text_of},
};
use tonic::Code;

async fn say(server: &TestServer, user: &str, room_name: &str, text: &str) -> u64 {
    server
        .client(user)
        .await
        .send_message(send_to_room(room_name, text))
        .await
        .expect("send")
        .into_inner()
        .seq
}

async fn whisper(server: &TestServer, user: &str, to: &str, text: &str) -> u64 {
    server
        .client(user)
        .await
        .send_message(send_to_user(to, text))
        .await
        .expect("send")
        .into_inner()
        .seq
}

async fn mark(
    server: &TestServer,
    user: &str,
    conversation: pb::Conversation,
    seq: u64,
) -> Result<pb::MarkReadResponse, tonic::Status> {
    server
        .client(user)
        .await
        .mark_read(pb::MarkReadRequest {
            conversation: Some(conversation),
            seq,
        })
        .await
        .map(tonic::Response::into_inner)
}

async fn room_info(server: &TestServer, user: &str, name: &str) -> pb::RoomInfo {
    let rooms = server
        .client(user)
        .await
        .list_rooms(pb::ListRoomsRequest::default())
        .await
        .expect("list rooms")
        .into_inner()
        .rooms;
    rooms
        .into_iter()
        .find(|r| r.name == name)
        .expect("room listed")
}

async fn conversations(server: &TestServer, user: &str, limit: u32) -> Vec<pb::ConversationInfo> {
    let mut client = server.client(user).await;
    let mut all = Vec::new();
    let mut page_token = String::new();
    loop {
        let page = client
            .list_conversations(pb::ListConversationsRequest { page_token, limit })
            .await
            .expect("list conversations")
            .into_inner();
        assert!(page.conversations.len() <= limit as usize);
        all.extend(page.conversations);
        if page.next_page_token.is_empty() {
            return all;
        }
        page_token = page.next_page_token;
    }
}

fn unread_in(ready: &pb::Ready, conversation: &pb::Conversation) -> Option<(u64, u64)> {
    ready
        .unread
        .iter()
        .find(|u| u.conversation.as_ref() == Some(conversation))
        .map(|u| (u.read_seq, u.unread))
}

/// The next frame that is neither presence nor typing.
async fn next_frame(session: &mut support::session::Session) -> Frame {
    loop {
        match session.frame().await {
            Frame::Presence(_) | Frame::PresenceSummary(_) | Frame::Typing(_) => continue,
            other => return other,
        }
    }
}

#[tokio::test]
async fn a_read_position_moves_only_forward_and_reaches_the_users_other_sessions() {
    let server = TestServer::start().await;
    join(&server, "alice", "lobby").await;
    join(&server, "bob", "lobby").await;
    join(&server, "carol", "kitchen").await;
    for n in 1..=3 {
        say(&server, "bob", "lobby", &format!("m{n}")).await;
    }
    // lobby: 1 alice joined, 2 bob joined, 3..5 bob's messages.
    let mut alice1 = server.session("alice").await;
    let mut alice2 = server.session("alice").await;

    let (ack, _) = alice1
        .command_acked(Command::MarkRead(pb::MarkReadRequest {
            conversation: Some(room("lobby")),
            seq: 4,
        }))
        .await;
    assert_eq!((ack.seq, ack.duplicate), (4, false));
    match next_frame(&mut alice2).await {
        Frame::ReadMarker(marker) => {
            assert_eq!(marker.conversation, Some(room("lobby")));
            assert_eq!((marker.user.as_str(), marker.seq), ("alice", 4));
        }
        other => panic!("alice2 expected a read marker, got {other:?}"),
    }

    // Backwards, and to where it is: nothing changes, nobody is told.
    for seq in [2, 4] {
        let answer = mark(&server, "alice", room("lobby"), seq).await.unwrap();
        assert_eq!((answer.read_seq, answer.changed), (4, false), "to {seq}");
    }
    // Past the end: OUT_OF_RANGE; a room one is not in: refused; changes
    // nothing either.
    assert_code(
        mark(&server, "alice", room("lobby"), 99).await,
        Code::OutOfRange,
    );
    assert_code(
        mark(&server, "alice", room("kitchen"), 1).await,
        Code::FailedPrecondition,
    );
    assert_code(
        mark(&server, "alice", room("nowhere"), 1).await,
        Code::NotFound,
    );
    assert_eq!(room_info(&server, "alice", "lobby").await.read_seq, 4);

    // The next thing alice2 sees is bob's next message, not a marker of
    // the refused or backward marks.
    let seq = say(&server, "bob", "lobby", "m4").await;
    match next_frame(&mut alice2).await {
        Frame::Event(event) => assert_eq!(event.seq, seq),
        other => panic!("alice2 expected bob's message, got {other:?}"),
    }
    // Forward again by the RPC: both sessions hear it (alice1 first its
    // own mark's marker: every session of the user is told, the marking
    // one too, then bob's message it had not taken yet).
    let answer = mark(&server, "alice", room("lobby"), seq).await.unwrap();
    assert_eq!((answer.read_seq, answer.changed), (seq, true));
    let mut markers = Vec::new();
    while markers.len() < 2 {
        match next_frame(&mut alice1).await {
            Frame::ReadMarker(marker) => markers.push(marker.seq),
            Frame::Event(event) if event.seq == seq => {}
            other => panic!("expected a read marker, got {other:?}"),
        }
    }
    assert_eq!(markers, [4, seq]);
    match next_frame(&mut alice2).await {
        Frame::ReadMarker(marker) => assert_eq!(marker.seq, seq),
        other => panic!("expected a read marker, got {other:?}"),
    }
}

#[tokio::test]
async fn unread_counts_follow_sends_and_reads_in_ready_list_rooms_and_list_conversations() {
    let server = TestServer::start().await;
    join(&server, "alice", "lobby").await; // seq 1: alice has read it
    join(&server, "bob", "lobby").await; // seq 2: a join is not a message
    for n in 1..=3 {
        say(&server, "bob", "lobby", &format!("m{n}")).await; // 3, 4, 5
    }
    say(&server, "alice", "lobby", "mine").await; // 6: one's own is not unread

    let info = room_info(&server, "alice", "lobby").await;
    assert_eq!((info.read_seq, info.unread_count), (1, 3));
    // bob has read up to his join; alice's message is unread for him.
    let info = room_info(&server, "bob", "lobby").await;
    assert_eq!((info.read_seq, info.unread_count), (2, 1));

    whisper(&server, "bob", "alice", "psst").await;
    whisper(&server, "bob", "alice", "psst again").await;

    let alice = server
        .session_from("alice", vec![room_cursor("lobby", Some(6))])
        .await;
    assert_eq!(unread_in(&alice.opened, &room("lobby")), Some((1, 3)));
    assert_eq!(unread_in(&alice.opened, &peer("bob")), Some((0, 2)));
    drop(alice);

    let listed = conversations(&server, "alice", 1).await;
    assert_eq!(listed.len(), 2, "{listed:?}");
    assert_eq!(listed[0].conversation, Some(peer("bob")), "newest first");
    assert_eq!(listed[0].unread_count, 2);
    assert_eq!(
        listed[0].last_event.as_ref().and_then(text_of),
        Some("psst again")
    );
    assert_eq!(listed[1].conversation, Some(room("lobby")));
    assert_eq!((listed[1].read_seq, listed[1].unread_count), (1, 3));
    assert_eq!(listed[1].last_event.as_ref().map(|e| e.seq), Some(6));

    mark(&server, "alice", room("lobby"), 4).await.unwrap();
    mark(&server, "alice", peer("bob"), 2).await.unwrap();
    let info = room_info(&server, "alice", "lobby").await;
    assert_eq!((info.read_seq, info.unread_count), (4, 1));
    let listed = conversations(&server, "alice", 100).await;
    let unread: Vec<u64> = listed.iter().map(|c| c.unread_count).collect();
    assert_eq!(unread, [0, 1]);

    // An edit is an event, not a message: still one unread (bob's m3, 5);
    // once bob deletes m3, nothing is.
    let mut bob = server.client("bob").await;
    bob.edit_message(pb::EditMessageRequest {
        conversation: Some(room("lobby")),
        seq: 5,
        text: "m3, edited".into(),
    })
    .await
    .unwrap();
    let info = room_info(&server, "alice", "lobby").await;
    assert_eq!((info.read_seq, info.unread_count), (4, 1));
    bob.delete_message(pb::DeleteMessageRequest {
        conversation: Some(room("lobby")),
        seq: 5,
    })
    .await
    .unwrap();
    let info = room_info(&server, "alice", "lobby").await;
    assert_eq!((info.read_seq, info.unread_count), (4, 0));

    // A page token the server did not give is refused.
    let refused = server
        .client("alice")
        .await
        .list_conversations(pb::ListConversationsRequest {
            page_token: "nonsense".into(),
            limit: 0,
        })
        .await;
    assert_code(refused, Code::InvalidArgument);
}

#[tokio::test]
async fn read_receipts_reach_the_private_peer_only_when_allowed() {
    let server = TestServer::start().await;
    join(&server, "alice", "lobby").await;
    join(&server, "bob", "lobby").await;
    let first = whisper(&server, "alice", "bob", "one").await;
    let second = whisper(&server, "alice", "bob", "two").await;
    let mut alice = server
        .session_from(
            "alice",
            vec![pb::Cursor {
                conversation: Some(peer("bob")),
                after_seq: Some(second),
            }],
        )
        .await;

    // Off by default: alice hears nothing of bob's read.
    assert!(
        mark(&server, "bob", peer("alice"), first)
            .await
            .unwrap()
            .changed
    );
    let third = whisper(&server, "bob", "alice", "three").await;
    match next_frame(&mut alice).await {
        Frame::Event(event) => assert_eq!(event.seq, third),
        other => panic!("alice expected bob's message, got {other:?}"),
    }

    let mut bob = server.client("bob").await;
    let set = |enabled| pb::SetReadReceiptsRequest { enabled };
    assert!(
        bob.set_read_receipts(set(true))
            .await
            .unwrap()
            .into_inner()
            .changed
    );
    assert!(
        !bob.set_read_receipts(set(true))
            .await
            .unwrap()
            .into_inner()
            .changed
    );
    assert!(
        mark(&server, "bob", peer("alice"), third)
            .await
            .unwrap()
            .changed
    );
    match next_frame(&mut alice).await {
        Frame::ReadMarker(marker) => {
            assert_eq!(marker.conversation, Some(peer("bob")));
            assert_eq!((marker.user.as_str(), marker.seq), ("bob", third));
        }
        other => panic!("alice expected bob's read receipt, got {other:?}"),
    }

    // Off again: nothing more reaches alice.
    assert!(
        bob.set_read_receipts(set(false))
            .await
            .unwrap()
            .into_inner()
            .changed
    );
    let fourth = whisper(&server, "alice", "bob", "four").await;
    assert!(
        mark(&server, "bob", peer("alice"), fourth)
            .await
            .unwrap()
            .changed
    );
    let fifth = whisper(&server, "bob", "alice", "five").await;
    match next_frame(&mut alice).await {
        // Her own unary send comes to her session first.
        Frame::Event(event) if event.seq == fourth => {}
        other => panic!("alice expected her message, got {other:?}"),
    }
    match next_frame(&mut alice).await {
        Frame::Event(event) => assert_eq!(event.seq, fifth),
        other => panic!("alice expected bob's message, got {other:?}"),
    }
}

#[tokio::test]
async fn a_resume_without_cursors_replays_the_unread_capped_with_the_skipped_count() {
    let server = TestServer::start_with(|config| config.reads.missed_per_room = 3).await;
    join(&server, "alice", "lobby").await; // 1
    join(&server, "bob", "lobby").await; // 2
    for n in 1..=6 {
        say(&server, "bob", "lobby", &format!("m{n}")).await; // 3..=8
    }
    mark(&server, "alice", room("lobby"), 4).await.unwrap();

    // No cursors: the newest 3 of the 4 unread, after a note of the one
    // left out.
    let mut alice = server.session("alice").await;
    let seqs: Vec<u64> = alice.take_replayed().iter().map(|e| e.seq).collect();
    assert_eq!(seqs, [6, 7, 8]);
    assert_eq!(alice.skipped.len(), 1, "{:?}", alice.skipped);
    let skipped = &alice.skipped[0];
    assert_eq!(skipped.conversation, Some(room("lobby")));
    assert_eq!((skipped.skipped, skipped.after_seq), (1, 5));
    drop(alice);

    // With a cursor nothing changes: exactly what came after it.
    let mut alice = server
        .session_from("alice", vec![room_cursor("lobby", Some(4))])
        .await;
    let seqs: Vec<u64> = alice.take_replayed().iter().map(|e| e.seq).collect();
    assert_eq!(seqs, [5, 6, 7, 8]);
    assert!(alice.skipped.is_empty());
    drop(alice);

    // Within the cap: all of it, and no note.
    mark(&server, "alice", room("lobby"), 7).await.unwrap();
    let mut alice = server.session("alice").await;
    let seqs: Vec<u64> = alice.take_replayed().iter().map(|e| e.seq).collect();
    assert_eq!(seqs, [8]);
    assert!(alice.skipped.is_empty());
    drop(alice);

    // The Receive stream (a browser's first load) does the same: bob has
    // read up to his join (2), so 3..=5 are left out.
    let mut stream = server
        .client("bob")
        .await
        .receive(pb::ReceiveRequest::default())
        .await
        .expect("receive")
        .into_inner();
    use pb::receive_response::Frame as R;
    let mut frames = Vec::new();
    loop {
        let frame = support::wire::next(&mut stream, "bob")
            .await
            .expect("frame")
            .expect("not ended")
            .frame
            .expect("frame set");
        match frame {
            R::Ready(_) => break,
            R::Presence(_) | R::PresenceSummary(_) => {}
            other => frames.push(other),
        }
    }
    assert!(
        matches!(&frames[0], R::UnreadSkipped(s) if (s.skipped, s.after_seq) == (3, 5)),
        "{frames:?}"
    );
    let seqs: Vec<u64> = frames
        .iter()
        .filter_map(|f| match f {
            R::Event(e) => Some(e.seq),
            _ => None,
        })
        .collect();
    assert_eq!(seqs, [6, 7, 8]);
}
