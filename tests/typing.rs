//! Typing over real gRPC: a `typing` (Chat command or SendTyping) reaches
//! the other online members of the room, or the private peer, and nobody
//! else (not the typer's own sessions, not other rooms); it is never
//! stored (History and the room's seq do not move); it says until when it
//! holds, 5 s from when it was passed on, so clients expire it; and at
//! most one per user per conversation per second is passed on.
//!
//! Runs on every store and on a cluster (`CONFAB_TEST_CLUSTER`).

mod support;

use std::time::{Duration, SystemTime};

use confab::pb::{self, chat_request::Command, chat_response::Frame};
use support::{
    server::{join, TestServer},
    session::Session,
    wire::{assert_code, peer, room, send_to_room},
};
use tonic::Code;

fn typing_in(conversation: pb::Conversation) -> pb::SendTypingRequest {
    pb::SendTypingRequest {
        conversation: Some(conversation),
    }
}

/// The next frame other than presence.
async fn next_frame(session: &mut Session) -> Frame {
    loop {
        match session.frame().await {
            Frame::Presence(_) | Frame::PresenceSummary(_) => continue,
            other => return other,
        }
    }
}

/// Fails unless the next frame (presence aside) is the event `seq` of
/// `room_name`: nothing (no typing) came before it.
async fn next_is_event(session: &mut Session, room_name: &str, seq: u64) {
    match next_frame(session).await {
        Frame::Event(event) => assert_eq!((event.room.as_str(), event.seq), (room_name, seq)),
        other => panic!("{}: expected event {seq}, got {other:?}", session.user),
    }
}

fn expiry(typing: &pb::Typing) -> SystemTime {
    let at = typing.expires_at.as_ref().expect("expires_at set");
    SystemTime::UNIX_EPOCH + Duration::new(at.seconds as u64, at.nanos as u32)
}

#[tokio::test]
async fn typing_reaches_the_other_online_members_only_is_never_stored_and_is_rate_limited() {
    let server = TestServer::start().await;
    for (user, name) in [
        ("alice", "lobby"),
        ("bob", "lobby"),
        ("carol", "kitchen"),
        ("dave", "kitchen"),
    ] {
        join(&server, user, name).await;
    }
    let mut alice1 = server.session("alice").await;
    let mut alice2 = server.session("alice").await;
    let mut bob = server.session("bob").await;
    let mut carol = server.session("carol").await;
    let before = server
        .client("bob")
        .await
        .history(pb::HistoryRequest {
            conversation: Some(room("lobby")),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();

    let sent_at = SystemTime::now();
    let (ack, _) = alice1
        .command_acked(Command::Typing(typing_in(room("lobby"))))
        .await;
    assert_eq!((ack.seq, ack.duplicate), (0, false));
    assert_eq!(ack.conversation, Some(room("lobby")));
    let typing = match next_frame(&mut bob).await {
        Frame::Typing(typing) => typing,
        other => panic!("bob expected typing, got {other:?}"),
    };
    assert_eq!(typing.conversation, Some(room("lobby")));
    assert_eq!(typing.user, "alice");
    // The frame says when it expires: 5 s after it was passed on.
    let holds = expiry(&typing)
        .duration_since(sent_at)
        .expect("expires after it was sent");
    assert!(
        holds > Duration::from_secs(4) && holds <= Duration::from_secs(6),
        "{holds:?}"
    );

    // Again at once, by the Chat command and by the RPC: dropped, without
    // an error.
    let (ack, _) = alice1
        .command_acked(Command::Typing(typing_in(room("lobby"))))
        .await;
    assert!(ack.duplicate, "a second typing within a second is dropped");
    let answer = server
        .client("alice")
        .await
        .send_typing(typing_in(room("lobby")))
        .await
        .unwrap()
        .into_inner();
    assert!(!answer.passed_on);

    // Never stored: the room's log did not move.
    let after = server
        .client("bob")
        .await
        .history(pb::HistoryRequest {
            conversation: Some(room("lobby")),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(after.last_seq, before.last_seq);
    assert_eq!(after.events.len(), before.events.len());

    // Nobody else: what bob, alice's other session and carol see next is
    // a message, not a typing frame (a dropped one included).
    let seq = alice1.say("lobby", "hello").await;
    next_is_event(&mut bob, "lobby", seq).await;
    next_is_event(&mut alice2, "lobby", seq).await;
    let kitchen = {
        let mut dave = server.client("dave").await;
        dave.send_message(send_to_room("kitchen", "dinner"))
            .await
            .unwrap()
            .into_inner()
            .seq
    };
    next_is_event(&mut carol, "kitchen", kitchen).await;

    // Typing where one is not a member is refused.
    let refused = server
        .client("carol")
        .await
        .send_typing(typing_in(room("lobby")))
        .await;
    assert_code(refused, Code::FailedPrecondition);
    let refused = server
        .client("carol")
        .await
        .send_typing(pb::SendTypingRequest { conversation: None })
        .await;
    assert_code(refused, Code::InvalidArgument);
}

#[tokio::test]
async fn private_typing_reaches_the_peer_only() {
    let server = TestServer::start().await;
    join(&server, "alice", "lobby").await;
    join(&server, "bob", "lobby").await;
    let mut bob = server.session("bob").await;
    let mut alice = server.session("alice").await;

    let answer = server
        .client("alice")
        .await
        .send_typing(typing_in(peer("bob")))
        .await
        .unwrap()
        .into_inner();
    assert!(answer.passed_on);
    assert!(answer.expires_at.is_some());
    match next_frame(&mut bob).await {
        Frame::Typing(typing) => {
            assert_eq!(typing.conversation, Some(peer("alice")));
            assert_eq!(typing.user, "alice");
            assert_eq!(typing.expires_at, answer.expires_at);
        }
        other => panic!("bob expected typing, got {other:?}"),
    }
    // Not to the lobby, not to alice's own session.
    let seq = bob.say("lobby", "yes?").await;
    next_is_event(&mut alice, "lobby", seq).await;
    // Yourself is no peer.
    let refused = server
        .client("alice")
        .await
        .send_typing(typing_in(peer("alice")))
        .await;
    assert_code(refused, Code::InvalidArgument);
    // A peer that does not exist is NOT_FOUND, as for a private message.
    let refused = server
        .client("alice")
        .await
        .send_typing(typing_in(peer("nobody")))
        .await;
    assert_code(refused, Code::NotFound);
    // A peer who blocked the caller is not told (carol, to whom alice
    // has not typed yet, so the once-a-second gate cannot be the reason).
    join(&server, "carol", "lobby").await;
    server
        .client("carol")
        .await
        .block(pb::BlockRequest {
            user: "alice".into(),
        })
        .await
        .unwrap();
    let answer = server
        .client("alice")
        .await
        .send_typing(typing_in(peer("carol")))
        .await
        .unwrap()
        .into_inner();
    assert!(!answer.passed_on, "{answer:?}");
}
