//! Long-lived streams in jwt mode: a Chat or Subscribe stream ends with
//! UNAUTHENTICATED "token expired" when its token does; a `refresh` with a
//! new token for the same user keeps a Chat session going past that, one
//! for another user ends it, an invalid one changes nothing; and a client
//! that comes back with a new token resumes from its cursors, losing
//! nothing sent meanwhile. The tokens live three or four seconds (the
//! servers have no leeway; `exp` is in whole seconds, so at least two or
//! three, room for the setup on a busy machine); every wait is for a frame
//! or a stream's end.

use confab::pb::{self, chat_request::Command, chat_response::Frame};
use serde_json::json;
use tonic::Code;

use crate::{
    client_with, hs_server,
    support::{session::Session, wire, WAIT},
    token_for,
    tokens::*,
    SECRET,
};

/// A token for `user` that expires in `ttl_s` seconds.
fn short(user: &str, ttl_s: i64) -> String {
    hs256(SECRET, &claims(user, ttl_s))
}

fn refresh(token: &str) -> Command {
    Command::Refresh(pb::RefreshCommand {
        token: token.to_owned(),
    })
}

#[tokio::test]
async fn refresh_keeps_a_chat_session_alive_past_the_first_token_expiry() {
    let (_dir, server) = hs_server().await;
    let address = server.addr.to_string();
    let first = short("alice", 3);
    let mut refreshed = Session::open_with_token(&address, "alice", &first, vec![]).await;
    // The same token, not refreshed: it ends when the token expires, which
    // is how this test knows the first token has run out.
    let witness = Session::open_with_token(&address, "alice", &first, vec![]).await;
    refreshed.join("lobby").await;

    let (ack, _) = refreshed.command_acked(refresh(&token_for("alice"))).await;
    assert_eq!(ack.conversation, None, "{ack:?}");
    assert_eq!(ack.seq, 0);

    let status = tokio::time::timeout(WAIT, witness.ends_with())
        .await
        .expect("the unrefreshed session ends");
    assert_eq!(status.code(), Code::Unauthenticated, "{status:?}");
    assert_eq!(status.message(), "token expired");

    // Past the first token's expiry, the refreshed session still works.
    let seq = refreshed.say("lobby", "still here").await;
    assert!(seq > 0);
    // And the first token itself is refused now.
    let status = wire::assert_code(
        client_with(&server, &first)
            .await
            .list_rooms(pb::ListRoomsRequest::default())
            .await,
        Code::Unauthenticated,
    );
    assert_eq!(status.message(), "token expired");
}

#[tokio::test]
async fn refresh_with_another_users_token_ends_the_session() {
    let (_dir, server) = hs_server().await;
    let address = server.addr.to_string();
    let mut alice = Session::open_with_token(&address, "alice", &token_for("alice"), vec![]).await;
    alice.join("lobby").await;
    let before = wire_history(&server).await;
    let id = alice.command(refresh(&token_for("bob"))).await;
    // Queued behind the refresh: never carried out.
    alice
        .command(Command::Send(wire::send_to_room("lobby", "as bob?")))
        .await;
    match alice.frame().await {
        Frame::Error(error) => {
            assert_eq!(error.request_id, id);
            assert_eq!(error.code, Code::Unauthenticated as i32);
            assert!(
                error.message.contains("the refresh token is for bob"),
                "{error:?}"
            );
        }
        other => panic!("expected the refresh's error, got {other:?}"),
    }
    let status = alice.ends_with().await;
    assert_eq!(status.code(), Code::Unauthenticated);
    assert!(
        status.message().contains("cannot change its user"),
        "{status:?}"
    );
    assert_eq!(
        wire_history(&server).await,
        before,
        "nothing stored after the refusal"
    );
}

#[tokio::test]
async fn an_invalid_refresh_is_answered_and_the_old_deadline_stands() {
    let (_dir, server) = hs_server().await;
    let address = server.addr.to_string();
    let mut alice = Session::open_with_token(&address, "alice", &short("alice", 3), vec![]).await;
    alice.join("lobby").await;
    let before = wire_history(&server).await;
    let bad = [
        (hs256(SECRET, &claims("alice", -5)), "token expired"),
        (
            hs256(b"not the server's secret at all", &claims("alice", 600)),
            "token signature is invalid",
        ),
        (unsigned(&claims("alice", 600)), "is not accepted"),
        (
            hs256(SECRET, &with(claims("alice", 600), "sub", json!("Alice!"))),
            "`sub` is not a valid user name",
        ),
    ];
    for (token, says) in bad {
        let error = alice.command_failed(refresh(&token)).await;
        assert_eq!(error.code, Code::Unauthenticated as i32, "{error:?}");
        assert!(
            error.message.contains(says),
            "{error:?} does not say {says:?}"
        );
    }
    assert_eq!(wire_history(&server).await, before);
    // The session goes on...
    alice.say("lobby", "after the bad refreshes").await;
    // ...until the first token expires.
    let status = alice.ends_with().await;
    assert_eq!(status.code(), Code::Unauthenticated);
    assert_eq!(status.message(), "token expired");
}

#[tokio::test]
async fn expiry_ends_chat_and_subscribe_and_a_resume_with_a_new_token_loses_nothing() {
    let (_dir, server) = hs_server().await;
    let address = server.addr.to_string();
    let mut bob = Session::open_with_token(&address, "bob", &token_for("bob"), vec![]).await;
    bob.join("lobby").await;

    let expiring = short("alice", 4);
    let mut alice = Session::open_with_token(&address, "alice", &expiring, vec![]).await;
    alice.join("lobby").await;
    let mut tail = client_with(&server, &expiring)
        .await
        .subscribe(pb::SubscribeRequest {
            cursors: vec![wire::room_cursor("lobby", None)],
        })
        .await
        .expect("subscribe")
        .into_inner();

    // Before expiry: both get bob's message and his private one.
    let seen = bob.say("lobby", "before").await;
    let private_seen = bob.whisper("alice", "psst before").await;
    let event = alice.event().await;
    assert_eq!(wire::text_of(&event), Some("before"));
    let event = alice.event().await;
    assert_eq!(wire::text_of(&event), Some("psst before"));
    assert_eq!(event.seq, private_seen);
    let event = wire::tail_event(&mut tail).await;
    assert_eq!((event.seq, wire::text_of(&event)), (seen, Some("before")));

    // At expiry, both end.
    let status = alice.ends_with().await;
    assert_eq!(status.code(), Code::Unauthenticated, "{status:?}");
    assert_eq!(status.message(), "token expired");
    let status = wire::status_at_end(&mut tail, "alice's tail").await;
    assert_eq!(status.code(), Code::Unauthenticated, "{status:?}");
    assert_eq!(status.message(), "token expired");

    // While alice has no valid token, bob goes on.
    let mut sent = Vec::new();
    for text in ["while expired 1", "while expired 2", "while expired 3"] {
        sent.push((bob.say("lobby", text).await, text));
    }
    let private = bob.whisper("alice", "psst while expired").await;
    // The old token opens nothing.
    let status = wire::assert_code(
        client_with(&server, &expiring)
            .await
            .list_rooms(pb::ListRoomsRequest::default())
            .await,
        Code::Unauthenticated,
    );
    assert_eq!(status.message(), "token expired");

    // A new token, resuming from the cursors: exactly what was missed.
    let fresh = token_for("alice");
    let mut alice = Session::open_with_token(
        &address,
        "alice",
        &fresh,
        vec![
            wire::room_cursor("lobby", Some(seen)),
            wire::peer_cursor("bob", Some(private_seen)),
        ],
    )
    .await;
    assert!(alice.resume_errors.is_empty(), "{:?}", alice.resume_errors);
    let replayed: Vec<(u64, String)> = alice
        .take_replayed()
        .iter()
        .map(|e| (e.seq, wire::text_of(e).unwrap_or("").to_owned()))
        .collect();
    let mut expected: Vec<(u64, String)> = sent
        .iter()
        .map(|(seq, text)| (*seq, (*text).to_owned()))
        .collect();
    expected.push((private, "psst while expired".to_owned()));
    assert_eq!(replayed, expected);
    let mut tail = client_with(&server, &fresh)
        .await
        .subscribe(pb::SubscribeRequest {
            cursors: vec![wire::room_cursor("lobby", Some(seen))],
        })
        .await
        .expect("subscribe again")
        .into_inner();
    for (seq, text) in &sent {
        let event = wire::tail_event(&mut tail).await;
        assert_eq!((event.seq, wire::text_of(&event)), (*seq, Some(*text)));
    }
}

#[tokio::test]
async fn open_mode_has_no_deadline_and_no_refresh() {
    let server = crate::support::server::TestServer::start().await;
    let mut alice = server.session("alice").await;
    let error = alice.command_failed(refresh("anything")).await;
    assert_eq!(error.code, Code::InvalidArgument as i32);
    assert!(error.message.contains("open mode"), "{error:?}");
    alice.join("lobby").await;
}

/// lobby's events as alice, a member, sees them.
async fn wire_history(server: &crate::support::server::TestServer) -> Vec<u64> {
    let mut alice = client_with(server, &token_for("alice")).await;
    alice
        .history(pb::HistoryRequest {
            conversation: Some(wire::room("lobby")),
            limit: 100,
            ..Default::default()
        })
        .await
        .expect("history")
        .into_inner()
        .events
        .iter()
        .map(|e| e.seq)
        .collect()
}
