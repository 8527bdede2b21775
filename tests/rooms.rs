//! Rooms with doors, over real gRPC: private rooms that do not exist for
//! strangers, roles, invite, kick, ban, unban, topics, administrators,
//! blocks and the room quota. Every refusal is checked to have changed
//! nothing (the room's History and ListMembers are the same after it).

mod support;

use confab::{
    client::Client,
    model::UserName,
    pb::{self, chat_request::Command, event::Kind},
};
use support::{
    server::TestServer,
    session::Session,
    wire::{assert_code, room, room_cursor, send_to_room, send_to_user, tail_event, text_of},
};
use tonic::Code;

/// What a room holds, as its owner reads it: every event (seq and kind)
/// and every member with their role.
type Snapshot = (Vec<(u64, String)>, Vec<(String, i32)>);

async fn snapshot(owner: &mut Client, name: &str) -> Snapshot {
    let history = owner
        .history(pb::HistoryRequest {
            conversation: Some(room(name)),
            after_seq: Some(0),
            before_seq: None,
            limit: 1000,
            apply_edits: false,
        })
        .await
        .expect("history")
        .into_inner();
    let events = history
        .events
        .iter()
        .map(|e| (e.seq, confab::client::render::kind_name(e).to_owned()))
        .collect();
    let members = owner
        .list_members(pb::ListMembersRequest {
            room: name.into(),
            ..Default::default()
        })
        .await
        .expect("members")
        .into_inner()
        .members
        .into_iter()
        .map(|m| (m.user, m.role))
        .collect();
    (events, members)
}

async fn create(client: &mut Client, name: &str, private: bool) -> u64 {
    client
        .create_room(pb::CreateRoomRequest {
            room: name.into(),
            private,
        })
        .await
        .expect("create")
        .into_inner()
        .seq
}

fn join(name: &str) -> pb::JoinRequest {
    pb::JoinRequest { room: name.into() }
}

fn kick(name: &str, user: &str, reason: &str) -> pb::KickRequest {
    pb::KickRequest {
        room: name.into(),
        user: user.into(),
        reason: reason.into(),
    }
}

fn ban(name: &str, user: &str, reason: &str) -> pb::BanRequest {
    pb::BanRequest {
        room: name.into(),
        user: user.into(),
        reason: reason.into(),
    }
}

fn invite(name: &str, user: &str) -> pb::InviteRequest {
    pb::InviteRequest {
        room: name.into(),
        user: user.into(),
    }
}

fn set_role(name: &str, user: &str, role: pb::Role) -> pb::SetRoleRequest {
    pb::SetRoleRequest {
        room: name.into(),
        user: user.into(),
        role: role.into(),
    }
}

async fn room_names(client: &mut Client) -> Vec<String> {
    client
        .list_rooms(pb::ListRoomsRequest::default())
        .await
        .expect("rooms")
        .into_inner()
        .rooms
        .into_iter()
        .map(|r| r.name)
        .collect()
}

/// The next event of a Chat session that is not a presence change.
async fn chat_event(session: &mut Session) -> pb::Event {
    session.event().await
}

#[tokio::test]
async fn a_private_room_does_not_exist_for_a_stranger_until_invited() {
    let server = TestServer::start().await;
    let mut olive = server.client("olive").await;
    assert_eq!(create(&mut olive, "den", true).await, 1);
    olive
        .send_message(send_to_room("den", "secret"))
        .await
        .unwrap();
    let mut eve = server.member("eve", "lobby").await;
    let before = snapshot(&mut olive, "den").await;

    assert_eq!(room_names(&mut eve).await, ["lobby"]);
    // The words for a room that does not exist, as ListMembers says them.
    let missing = assert_code(
        eve.list_members(pb::ListMembersRequest {
            room: "nowhere".into(),
            ..Default::default()
        })
        .await,
        Code::NotFound,
    );
    let same_words = |status: tonic::Status| {
        assert_eq!(
            status.message().replace("den", "nowhere"),
            missing.message(),
            "{status:?}"
        );
    };
    same_words(assert_code(
        eve.history(pb::HistoryRequest {
            conversation: Some(room("den")),
            after_seq: Some(0),
            before_seq: None,
            limit: 10,
            apply_edits: false,
        })
        .await,
        Code::NotFound,
    ));
    same_words(assert_code(
        eve.subscribe(pb::SubscribeRequest {
            cursors: vec![room_cursor("den", Some(0))],
        })
        .await,
        Code::NotFound,
    ));
    same_words(assert_code(eve.join(join("den")).await, Code::NotFound));
    same_words(assert_code(
        eve.send_message(send_to_room("den", "let me in")).await,
        Code::NotFound,
    ));
    same_words(assert_code(
        eve.list_members(pb::ListMembersRequest {
            room: "den".into(),
            ..Default::default()
        })
        .await,
        Code::NotFound,
    ));
    same_words(assert_code(
        eve.leave(pb::LeaveRequest { room: "den".into() }).await,
        Code::NotFound,
    ));
    same_words(assert_code(
        eve.kick(kick("den", "olive", "")).await,
        Code::NotFound,
    ));
    same_words(assert_code(
        eve.invite(invite("den", "eve")).await,
        Code::NotFound,
    ));
    same_words(assert_code(
        eve.set_topic(pb::SetTopicRequest {
            room: "den".into(),
            topic: "mine".into(),
        })
        .await,
        Code::NotFound,
    ));
    // A resume cursor naming it is answered as a room that does not exist.
    let mut session = server
        .session_from("eve", vec![room_cursor("den", Some(0))])
        .await;
    let errors: Vec<i32> = session.resume_errors.iter().map(|e| e.code).collect();
    assert_eq!(errors, [Code::NotFound as i32]);
    let replayed = session.take_replayed();
    assert!(replayed.is_empty(), "{replayed:?}");
    // The name is taken all the same.
    assert_code(
        eve.create_room(pb::CreateRoomRequest {
            room: "den".into(),
            private: false,
        })
        .await,
        Code::AlreadyExists,
    );
    assert_eq!(snapshot(&mut olive, "den").await, before);

    // Invited, eve sees it, and may join.
    let invited = olive
        .invite(invite("den", "eve"))
        .await
        .unwrap()
        .into_inner();
    assert!(invited.changed);
    let listed = eve
        .list_rooms(pb::ListRoomsRequest::default())
        .await
        .unwrap()
        .into_inner()
        .rooms;
    let den = listed.iter().find(|r| r.name == "den").expect("den listed");
    assert!(den.private && den.invited && !den.is_member, "{den:?}");
    let joined = eve.join(join("den")).await.unwrap().into_inner();
    assert!(joined.joined);
    let (events, members) = snapshot(&mut olive, "den").await;
    assert_eq!(
        events.iter().map(|(_, k)| k.as_str()).collect::<Vec<_>>(),
        ["joined", "message", "invited", "joined"]
    );
    assert_eq!(
        members,
        [
            ("eve".into(), pb::Role::Member as i32),
            ("olive".into(), pb::Role::Owner as i32)
        ]
    );
    let history = eve
        .history(pb::HistoryRequest {
            conversation: Some(room("den")),
            after_seq: Some(0),
            before_seq: None,
            limit: 10,
            apply_edits: false,
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(text_of(&history.events[1]), Some("secret"));
}

#[tokio::test]
async fn only_owners_and_moderators_moderate_and_only_the_owner_appoints() {
    let server = TestServer::start().await;
    let mut olive = server.client("olive").await;
    create(&mut olive, "hall", false).await;
    let mut mo = server.member("mo", "hall").await;
    let mut mel = server.member("mel", "hall").await;
    let before = snapshot(&mut olive, "hall").await;

    // A member cannot kick, invite, set the topic or appoint.
    assert_code(
        mel.kick(kick("hall", "mo", "")).await,
        Code::PermissionDenied,
    );
    assert_code(mel.ban(ban("hall", "mo", "")).await, Code::PermissionDenied);
    assert_code(
        mel.set_topic(pb::SetTopicRequest {
            room: "hall".into(),
            topic: "mine".into(),
        })
        .await,
        Code::PermissionDenied,
    );
    assert_code(
        mel.set_role(set_role("hall", "mel", pb::Role::Moderator))
            .await,
        Code::PermissionDenied,
    );
    assert_eq!(snapshot(&mut olive, "hall").await, before);

    // The owner appoints a moderator.
    let appointed = olive
        .set_role(set_role("hall", "mo", pb::Role::Moderator))
        .await
        .unwrap()
        .into_inner();
    assert!(appointed.changed);
    let before = snapshot(&mut olive, "hall").await;
    // A moderator cannot demote the owner, appoint, or act on the owner.
    let status = assert_code(
        mo.set_role(set_role("hall", "olive", pb::Role::Member))
            .await,
        Code::PermissionDenied,
    );
    assert!(status.message().contains("owner"), "{status:?}");
    assert_code(
        mo.set_role(set_role("hall", "mel", pb::Role::Moderator))
            .await,
        Code::PermissionDenied,
    );
    assert_code(
        mo.kick(kick("hall", "olive", "")).await,
        Code::PermissionDenied,
    );
    assert_code(
        mo.ban(ban("hall", "olive", "")).await,
        Code::PermissionDenied,
    );
    // Nor can the owner hand the room away, or kick someone not in it.
    assert_code(
        olive
            .set_role(set_role("hall", "mo", pb::Role::Owner))
            .await,
        Code::InvalidArgument,
    );
    assert_code(
        olive.kick(kick("hall", "nobody", "")).await,
        Code::FailedPrecondition,
    );
    assert_code(
        olive
            .set_topic(pb::SetTopicRequest {
                room: "hall".into(),
                topic: "t".repeat(257),
            })
            .await,
        Code::InvalidArgument,
    );
    assert_eq!(snapshot(&mut olive, "hall").await, before);

    // A moderator sets the topic: an event in the log, and in ListRooms.
    let topic = mo
        .set_topic(pb::SetTopicRequest {
            room: "hall".into(),
            topic: "release day".into(),
        })
        .await
        .unwrap()
        .into_inner();
    let page = olive
        .history(pb::HistoryRequest {
            conversation: Some(room("hall")),
            after_seq: Some(topic.seq - 1),
            before_seq: None,
            limit: 1,
            apply_edits: false,
        })
        .await
        .unwrap()
        .into_inner();
    let event = &page.events[0];
    assert!(matches!(event.kind, Some(Kind::TopicSet(_))), "{event:?}");
    assert_eq!(
        (event.sender.as_str(), event.topic.as_str()),
        ("mo", "release day")
    );
    let rooms = mel
        .list_rooms(pb::ListRoomsRequest::default())
        .await
        .unwrap()
        .into_inner()
        .rooms;
    assert_eq!(rooms[0].topic, "release day");
    assert_eq!(rooms[0].role, pb::Role::Member as i32);
    // The same topic again stores nothing.
    let again = mo
        .set_topic(pb::SetTopicRequest {
            room: "hall".into(),
            topic: "release day".into(),
        })
        .await
        .unwrap()
        .into_inner();
    assert!(!again.changed);
    assert_eq!(again.seq, topic.seq);

    let (_, members) = snapshot(&mut olive, "hall").await;
    assert_eq!(
        members,
        [
            ("mel".into(), pb::Role::Member as i32),
            ("mo".into(), pb::Role::Moderator as i32),
            ("olive".into(), pb::Role::Owner as i32),
        ]
    );
}

#[tokio::test]
async fn a_kicked_chat_session_gets_the_kick_and_then_nothing_of_the_room() {
    let server = TestServer::start().await;
    let mut olive_session = server.session("olive").await;
    olive_session
        .command_acked(Command::CreateRoom(pb::CreateRoomRequest {
            room: "hall".into(),
            private: false,
        }))
        .await;
    let mut olive = server.client("olive").await;
    server.member("eve", "hall").await;
    let mut eve = server.session("eve").await;

    // The kick, as a Chat command of the owner's session.
    let (ack, _) = olive_session
        .command_acked(Command::Kick(kick("hall", "eve", "spam")))
        .await;
    assert_eq!(ack.conversation, Some(room("hall")));
    let kicked = chat_event(&mut eve).await;
    assert!(matches!(kicked.kind, Some(Kind::Kicked(_))), "{kicked:?}");
    assert_eq!(
        (
            kicked.sender.as_str(),
            kicked.target.as_str(),
            kicked.reason.as_str()
        ),
        ("olive", "eve", "spam")
    );
    assert_eq!(kicked.seq, ack.seq);

    // More of the room, then a marker eve does receive: nothing of the
    // room may come before it.
    for i in 0..3 {
        olive
            .send_message(send_to_room("hall", &format!("after {i}")))
            .await
            .unwrap();
    }
    olive
        .send_message(send_to_user("eve", "marker"))
        .await
        .unwrap();
    let next = chat_event(&mut eve).await;
    assert_eq!(
        (next.room.as_str(), text_of(&next)),
        ("", Some("marker")),
        "{next:?}"
    );
    // Kicked from a public room: not a member any more, may join again.
    let error = eve
        .command_failed(Command::Send(send_to_room("hall", "hey")))
        .await;
    assert_eq!(error.code, Code::FailedPrecondition as i32);
    let ack = eve.join("hall").await;
    assert!(!ack.duplicate);
    assert_eq!(eve.say("hall", "back").await, ack.seq + 1);
}

#[tokio::test]
async fn a_kicked_subscribe_stream_gets_the_kick_and_then_nothing_of_the_room() {
    let server = TestServer::start().await;
    let mut olive = server.client("olive").await;
    create(&mut olive, "hall", false).await;
    create(&mut olive, "side", false).await;
    let mut eve = server.member("eve", "hall").await;
    eve.join(join("side")).await.unwrap();
    let mut stream = eve
        .subscribe(pb::SubscribeRequest {
            cursors: vec![room_cursor("hall", None), room_cursor("side", None)],
        })
        .await
        .unwrap()
        .into_inner();
    // The stream is live once it has seen something.
    olive
        .send_message(send_to_room("hall", "hi"))
        .await
        .unwrap();
    assert_eq!(text_of(&tail_event(&mut stream).await), Some("hi"));

    olive.kick(kick("hall", "eve", "")).await.unwrap();
    let kicked = tail_event(&mut stream).await;
    assert!(matches!(kicked.kind, Some(Kind::Kicked(_))), "{kicked:?}");
    assert_eq!(
        (kicked.room.as_str(), kicked.target.as_str()),
        ("hall", "eve")
    );
    for i in 0..3 {
        olive
            .send_message(send_to_room("hall", &format!("after {i}")))
            .await
            .unwrap();
    }
    olive
        .send_message(send_to_room("side", "marker"))
        .await
        .unwrap();
    let next = tail_event(&mut stream).await;
    assert_eq!(
        (next.room.as_str(), text_of(&next)),
        ("side", Some("marker")),
        "{next:?}"
    );
}

#[tokio::test]
async fn a_banned_user_cannot_rejoin_or_read_until_unbanned() {
    let server = TestServer::start().await;
    let mut olive = server.client("olive").await;
    create(&mut olive, "hall", false).await;
    let mut eve = server.member("eve", "hall").await;
    let mut session = server.session("eve").await;

    let banned = olive
        .ban(ban("hall", "eve", "trouble"))
        .await
        .unwrap()
        .into_inner();
    assert!(banned.changed);
    let event = chat_event(&mut session).await;
    assert!(matches!(event.kind, Some(Kind::Banned(_))), "{event:?}");
    assert_eq!(
        (event.target.as_str(), event.reason.as_str()),
        ("eve", "trouble")
    );

    let before = snapshot(&mut olive, "hall").await;
    assert!(before.1.iter().all(|(user, _)| user != "eve"), "{before:?}");
    let status = assert_code(eve.join(join("hall")).await, Code::PermissionDenied);
    assert!(status.message().contains("banned"), "{status:?}");
    let error = session.command_failed(Command::Join(join("hall"))).await;
    assert_eq!(error.code, Code::PermissionDenied as i32);
    assert_code(
        eve.history(pb::HistoryRequest {
            conversation: Some(room("hall")),
            after_seq: Some(0),
            before_seq: None,
            limit: 10,
            apply_edits: false,
        })
        .await,
        Code::FailedPrecondition,
    );
    assert_code(
        eve.subscribe(pb::SubscribeRequest {
            cursors: vec![room_cursor("hall", Some(0))],
        })
        .await,
        Code::FailedPrecondition,
    );
    assert_code(
        eve.send_message(send_to_room("hall", "x")).await,
        Code::FailedPrecondition,
    );
    // A ban again changes nothing.
    let again = olive
        .ban(ban("hall", "eve", ""))
        .await
        .unwrap()
        .into_inner();
    assert!(!again.changed);
    assert_eq!(snapshot(&mut olive, "hall").await, before);

    let unbanned = olive
        .unban(pb::UnbanRequest {
            room: "hall".into(),
            user: "eve".into(),
        })
        .await
        .unwrap()
        .into_inner();
    assert!(unbanned.changed);
    assert!(eve.join(join("hall")).await.unwrap().into_inner().joined);

    // In a private room a ban makes the room vanish; an unban alone does
    // not bring it back: an invitation does.
    create(&mut olive, "den", true).await;
    olive.invite(invite("den", "eve")).await.unwrap();
    eve.join(join("den")).await.unwrap();
    olive.ban(ban("den", "eve", "")).await.unwrap();
    assert_code(eve.join(join("den")).await, Code::NotFound);
    assert!(!room_names(&mut eve).await.contains(&"den".to_owned()));
    assert_code(
        olive.invite(invite("den", "eve")).await,
        Code::FailedPrecondition,
    );
    olive
        .unban(pb::UnbanRequest {
            room: "den".into(),
            user: "eve".into(),
        })
        .await
        .unwrap();
    assert_code(eve.join(join("den")).await, Code::NotFound);
    olive.invite(invite("den", "eve")).await.unwrap();
    assert!(eve.join(join("den")).await.unwrap().into_inner().joined);
}

#[tokio::test]
async fn an_admin_moderates_every_room_private_ones_included() {
    let server = TestServer::start_with(|c| {
        c.rooms.admins = vec![UserName::parse("root").unwrap()];
    })
    .await;
    let mut olive = server.client("olive").await;
    create(&mut olive, "den", true).await;
    server
        .client("mel")
        .await
        .join(join("lobby"))
        .await
        .unwrap();
    olive.invite(invite("den", "mel")).await.unwrap();
    let mut mel = server.client("mel").await;
    mel.join(join("den")).await.unwrap();
    let mut root = server.client("root").await;
    let mut eve = server.member("eve", "lobby").await;

    // Seen by the admin, not by a stranger.
    assert!(room_names(&mut root).await.contains(&"den".to_owned()));
    assert!(!room_names(&mut eve).await.contains(&"den".to_owned()));
    assert_code(eve.kick(kick("den", "mel", "")).await, Code::NotFound);

    let before = snapshot(&mut olive, "den").await;
    // A moderator of every room, not its owner.
    assert_code(
        root.set_role(set_role("den", "mel", pb::Role::Moderator))
            .await,
        Code::PermissionDenied,
    );
    assert_code(
        root.kick(kick("den", "olive", "")).await,
        Code::PermissionDenied,
    );
    assert_eq!(snapshot(&mut olive, "den").await, before);

    root.kick(kick("den", "mel", "admin says")).await.unwrap();
    let (events, members) = snapshot(&mut olive, "den").await;
    assert_eq!(events.last().map(|(_, k)| k.as_str()), Some("kicked"));
    assert_eq!(members, [("olive".into(), pb::Role::Owner as i32)]);
}

#[tokio::test]
async fn a_blocked_user_cannot_send_privately_and_nothing_is_stored() {
    let server = TestServer::start().await;
    let mut bob = server.member("bob", "lobby").await;
    let mut alice = server.member("alice", "lobby").await;
    assert!(
        bob.block(pb::BlockRequest {
            user: "alice".into()
        })
        .await
        .unwrap()
        .into_inner()
        .changed
    );
    let status = assert_code(
        alice.send_message(send_to_user("bob", "hello?")).await,
        Code::PermissionDenied,
    );
    assert_eq!(
        status.message(),
        "bob does not accept private messages from you"
    );
    let mut session = server.session("alice").await;
    let error = session
        .command_failed(Command::Send(send_to_user("bob", "hello?")))
        .await;
    assert_eq!(error.code, Code::PermissionDenied as i32);
    let private = |client: &mut Client| {
        let mut client = client.clone();
        async move {
            client
                .history(pb::HistoryRequest {
                    conversation: Some(support::wire::peer("alice")),
                    after_seq: Some(0),
                    before_seq: None,
                    limit: 10,
                    apply_edits: false,
                })
                .await
                .unwrap()
                .into_inner()
        }
    };
    let page = private(&mut bob).await;
    assert_eq!((page.events.len(), page.last_seq), (0, 0));
    // Rooms are untouched, and bob may still write to alice.
    alice
        .send_message(send_to_room("lobby", "hi all"))
        .await
        .unwrap();
    bob.send_message(send_to_user("alice", "no")).await.unwrap();
    // Refusals of bad blocks.
    assert_code(
        bob.block(pb::BlockRequest { user: "bob".into() }).await,
        Code::InvalidArgument,
    );
    assert_code(
        bob.block(pb::BlockRequest {
            user: "nobody".into(),
        })
        .await,
        Code::NotFound,
    );
    // Unblocked, alice gets through.
    bob.unblock(pb::UnblockRequest {
        user: "alice".into(),
    })
    .await
    .unwrap();
    let sent = alice
        .send_message(send_to_user("bob", "hello!"))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(sent.seq, 2);
}

#[tokio::test]
async fn creating_rooms_beyond_the_quota_is_resource_exhausted_and_creates_nothing() {
    let server = TestServer::start_with(|c| c.rooms.max_rooms_per_user = 2).await;
    let mut alice = server.client("alice").await;
    alice.join(join("a")).await.unwrap();
    create(&mut alice, "b", true).await;
    let status = assert_code(alice.join(join("c")).await, Code::ResourceExhausted);
    assert!(status.message().contains("rooms"), "{status:?}");
    assert_code(
        alice
            .create_room(pb::CreateRoomRequest {
                room: "d".into(),
                private: false,
            })
            .await,
        Code::ResourceExhausted,
    );
    assert_eq!(room_names(&mut alice).await, ["a", "b"]);
    let mut bob = server.client("bob").await;
    assert_code(
        bob.list_members(pb::ListMembersRequest {
            room: "c".into(),
            ..Default::default()
        })
        .await,
        Code::NotFound,
    );
    // Joining a room that exists creates nothing, so the quota allows it.
    bob.join(join("x")).await.unwrap();
    assert!(alice.join(join("x")).await.unwrap().into_inner().joined);
    // Leaving does not give a creation back: rooms outlive their members.
    alice
        .leave(pb::LeaveRequest { room: "a".into() })
        .await
        .unwrap();
    assert_code(alice.join(join("c")).await, Code::ResourceExhausted);
}

/// A caller who may see few of many rooms pages through them in short
/// pages, each call looking at a bounded number of rooms, and still sees
/// every room it may see once.
#[tokio::test]
async fn a_stranger_pages_past_many_private_rooms_in_bounded_calls() {
    let server = TestServer::start_with(|config| config.rooms.max_rooms_per_user = 1000).await;
    let mut alice = server.client("alice").await;
    for n in 0..300 {
        create(&mut alice, &format!("hidden-{n:03}"), true).await;
    }
    let mut bob = server.client("bob").await;
    for name in ["a-open", "m-open", "z-open"] {
        create(&mut bob, name, false).await;
    }
    let mut carol = server.client("carol").await;
    let (mut seen, mut calls, mut token) = (Vec::new(), 0, String::new());
    loop {
        let page = carol
            .list_rooms(pb::ListRoomsRequest {
                page_token: token.clone(),
                limit: 10,
            })
            .await
            .expect("a page")
            .into_inner();
        calls += 1;
        assert!(page.rooms.len() <= 10, "{page:?}");
        seen.extend(page.rooms.into_iter().map(|room| room.name));
        if page.next_page_token.is_empty() {
            break;
        }
        assert!(calls < 100, "the pages never end");
        token = page.next_page_token;
    }
    assert_eq!(seen, ["a-open", "m-open", "z-open"]);
    // 303 rooms, at most 10 pages of 11 looked at per call.
    assert!(calls >= 3, "{calls} calls read every room at once");
}
