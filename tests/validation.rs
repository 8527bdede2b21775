//! Every bad input gets a clear status and changes nothing.

mod support;

use confab::pb::{self, chat_request::Command};
use support::{
    raw::{encoded_with_bad_utf8, request_as, RawCodec},
    server::{join, TestServer},
    wire::{assert_code, peer_cursor, room, room_cursor, send_to_room, send_to_user, text_of},
    WAIT,
};
use tonic::{Code, Request};

async fn last_seq(server: &TestServer, room: &str) -> u64 {
    let mut client = server.client("auditor").await;
    let rooms = client
        .list_rooms(pb::ListRoomsRequest::default())
        .await
        .unwrap()
        .into_inner()
        .rooms;
    rooms
        .iter()
        .find(|r| r.name == room)
        .map_or(0, |r| r.last_seq)
}

#[tokio::test]
async fn bad_names_text_and_targets_are_refused_and_change_nothing() {
    let server = TestServer::start_with(|c| c.max_text_bytes = 16).await;
    let mut alice = server.member("alice", "lobby").await;
    let before = last_seq(&server, "lobby").await;

    for room in ["", "Lobby", "has space", "-dash", &"r".repeat(33), "émoji"] {
        let status = assert_code(
            alice.join(pb::JoinRequest { room: room.into() }).await,
            Code::InvalidArgument,
        );
        assert!(status.message().contains("room name"), "{status:?}");
    }
    for text in ["", "   \n\t", "seventeen bytes!!"] {
        let status = assert_code(
            alice.send_message(send_to_room("lobby", text)).await,
            Code::InvalidArgument,
        );
        assert!(status.message().contains("text"), "{status:?}");
    }
    assert_code(
        alice.send_message(send_to_user("alice", "me")).await,
        Code::InvalidArgument,
    );
    assert_code(
        alice
            .send_message(pb::SendMessageRequest {
                target: None,
                text: "x".into(),
                client_message_id: String::new(),
                reply_to_seq: None,
            })
            .await,
        Code::InvalidArgument,
    );
    let mut long_id = send_to_room("lobby", "x");
    long_id.client_message_id = "i".repeat(65);
    assert_code(alice.send_message(long_id).await, Code::InvalidArgument);
    assert_code(
        alice.send_message(send_to_user("Bob", "x")).await,
        Code::InvalidArgument,
    );

    // A room that does not exist: NOT_FOUND (as a private room is to a
    // stranger, so the two cannot be told apart).
    assert_code(
        alice.send_message(send_to_room("attic", "hi")).await,
        Code::NotFound,
    );
    // Not a member: FAILED_PRECONDITION, and the message names the fix.
    server.member("bob", "kitchen").await;
    let status = assert_code(
        alice.send_message(send_to_room("kitchen", "hi")).await,
        Code::FailedPrecondition,
    );
    assert!(status.message().contains("join"), "{status:?}");
    assert_code(
        alice
            .leave(pb::LeaveRequest {
                room: "kitchen".into(),
            })
            .await,
        Code::FailedPrecondition,
    );
    assert_code(
        alice.send_message(send_to_user("ghost", "boo")).await,
        Code::NotFound,
    );

    // History: bad limits and ranges.
    let lobby = Some(room("lobby"));
    assert_code(
        alice
            .history(pb::HistoryRequest {
                conversation: lobby.clone(),
                after_seq: Some(1),
                before_seq: Some(3),
                limit: 0,
                apply_edits: false,
            })
            .await,
        Code::InvalidArgument,
    );
    assert_code(
        alice
            .history(pb::HistoryRequest {
                conversation: lobby,
                after_seq: None,
                before_seq: None,
                limit: 5000,
                apply_edits: false,
            })
            .await,
        Code::InvalidArgument,
    );
    assert_code(
        alice
            .history(pb::HistoryRequest {
                conversation: None,
                after_seq: None,
                before_seq: None,
                limit: 0,
                apply_edits: false,
            })
            .await,
        Code::InvalidArgument,
    );

    assert_eq!(
        last_seq(&server, "lobby").await,
        before,
        "a refused call stored something"
    );
    let rooms = alice
        .list_rooms(pb::ListRoomsRequest::default())
        .await
        .unwrap()
        .into_inner()
        .rooms;
    // lobby, and kitchen, which bob made: no refused call created a room.
    assert_eq!(rooms.len(), 2, "a refused call created a room: {rooms:?}");
}

#[tokio::test]
async fn identity_is_required_and_checked() {
    let server = TestServer::start().await;
    let mut anonymous = server.anonymous_client().await;
    let status = assert_code(
        anonymous
            .join(pb::JoinRequest {
                room: "lobby".into(),
            })
            .await,
        Code::Unauthenticated,
    );
    assert!(status.message().contains("x-confab-user"), "{status:?}");

    let mut request = Request::new(pb::JoinRequest {
        room: "lobby".into(),
    });
    request
        .metadata_mut()
        .insert("x-confab-user", "Not Valid".parse().unwrap());
    assert_code(anonymous.join(request).await, Code::Unauthenticated);

    let mut request = Request::new(pb::ListRoomsRequest::default());
    request
        .metadata_mut()
        .insert("x-confab-user", "alice".parse().unwrap());
    assert!(anonymous
        .list_rooms(request)
        .await
        .unwrap()
        .into_inner()
        .rooms
        .is_empty());
}

#[tokio::test]
async fn oversized_grpc_messages_are_refused() {
    let server = TestServer::start_with(|c| {
        c.max_text_bytes = 1024;
        c.max_message_bytes = 2048;
    })
    .await;
    let mut alice = server.member("alice", "lobby").await;
    let status = alice
        .send_message(send_to_room("lobby", &"x".repeat(4096)))
        .await
        .expect_err("an oversized message must be refused");
    // tonic's own code for a message over the decoding limit.
    assert_eq!(status.code(), Code::OutOfRange, "{status:?}");
    assert!(status.message().contains("too large"), "{status:?}");
    // Still serving.
    assert_eq!(
        alice
            .send_message(send_to_room("lobby", "small"))
            .await
            .unwrap()
            .into_inner()
            .seq,
        2
    );
}

#[tokio::test]
async fn a_chat_stream_needs_identity_and_ends_with_a_status_on_an_oversized_frame() {
    let server = TestServer::start_with(|c| {
        c.max_text_bytes = 1024;
        c.max_message_bytes = 2048;
    })
    .await;
    let mut anonymous = server.anonymous_client().await;
    let status = assert_code(
        anonymous
            .chat(futures_util::stream::empty::<pb::ChatRequest>())
            .await,
        Code::Unauthenticated,
    );
    assert!(status.message().contains("x-confab-user"), "{status:?}");

    let mut alice = server.session("alice").await;
    alice.join("lobby").await;
    alice
        .command(Command::Send(send_to_room("lobby", &"x".repeat(4096))))
        .await;
    let status = alice.ends_with().await;
    assert_eq!(status.code(), Code::OutOfRange, "{status:?}");
    // The server goes on serving.
    let mut bob = server.session("bob").await;
    bob.join("lobby").await;
    assert_eq!(bob.say("lobby", "still here").await, 3);
}

#[tokio::test]
async fn bad_chat_frames_get_error_frames_and_the_session_goes_on() {
    let server = TestServer::start().await;
    let mut alice = server.session("alice").await;
    let error = alice
        .command_failed(Command::Join(pb::JoinRequest { room: "BAD".into() }))
        .await;
    assert_eq!(error.code, Code::InvalidArgument as i32);
    let error = alice
        .command_failed(Command::Send(send_to_room("lobby", "hi")))
        .await;
    assert_eq!(error.code, Code::NotFound as i32, "no room lobby yet");
    server.member("bob", "lobby").await;
    let error = alice
        .command_failed(Command::Send(send_to_room("lobby", "hi")))
        .await;
    assert_eq!(error.code, Code::FailedPrecondition as i32);
    let error = alice
        .command_failed(Command::Resume(pb::ResumeCommand { cursors: vec![] }))
        .await;
    assert_eq!(error.code, Code::InvalidArgument as i32);
    assert!(error.message.contains("first frame"), "{}", error.message);
    alice.join("lobby").await;
    assert_eq!(alice.say("lobby", "works").await, 3);
}

#[tokio::test]
async fn open_mode_refuses_a_public_address_without_the_flag() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let mut config = confab::server::ServerConfig::for_address("0.0.0.0:50051".parse().unwrap());
    config.store = "memory".into();
    let error = confab::server::serve(config.clone(), listener, std::future::pending())
        .await
        .expect_err("open mode on 0.0.0.0 must be refused");
    assert!(error.to_string().contains("--insecure-open"), "{error}");
    config.insecure_open = true;
    // Off loopback, plaintext needs its own flag too.
    let refused = config.check().expect_err("plaintext on 0.0.0.0");
    assert!(refused.contains("--insecure-plaintext"), "{refused}");
    config.transport.insecure_plaintext = true;
    assert!(config.check().is_ok());
}

/// Calls the unary `method` with hand-made request bytes.
async fn raw_unary<T: prost::Message + Default + Send + 'static>(
    server: &TestServer,
    method: &'static str,
    bytes: Vec<u8>,
) -> Result<T, tonic::Status> {
    let mut grpc = server.raw_client().await;
    grpc.ready().await.expect("ready");
    grpc.unary(
        request_as("alice", bytes),
        http::uri::PathAndQuery::from_static(method),
        RawCodec::<T>::default(),
    )
    .await
    .map(tonic::Response::into_inner)
}

#[tokio::test]
async fn request_bytes_that_are_not_a_valid_message_are_invalid_argument_naming_the_field() {
    let server = TestServer::start().await;
    join(&server, "alice", "lobby").await;
    let before = last_seq(&server, "lobby").await;

    let send = encoded_with_bad_utf8(&send_to_room("lobby", "MARKER"), "MARKER");
    let status =
        raw_unary::<pb::SendMessageResponse>(&server, "/confab.v1.ChatService/SendMessage", send)
            .await
            .expect_err("refused");
    assert_eq!(status.code(), Code::InvalidArgument, "{status:?}");
    assert!(
        status.message().contains("SendMessageRequest.text"),
        "{status:?}"
    );

    let join = encoded_with_bad_utf8(
        &pb::JoinRequest {
            room: "MARKER".into(),
        },
        "MARKER",
    );
    let status = raw_unary::<pb::JoinResponse>(&server, "/confab.v1.ChatService/Join", join)
        .await
        .expect_err("refused");
    assert_eq!(status.code(), Code::InvalidArgument, "{status:?}");
    assert!(status.message().contains("JoinRequest.room"), "{status:?}");

    // Not a message at all: a field header that claims more bytes than follow.
    let status = raw_unary::<pb::JoinResponse>(
        &server,
        "/confab.v1.ChatService/Join",
        vec![0x0a, 0x40, b'x'],
    )
    .await
    .expect_err("refused");
    assert_eq!(status.code(), Code::InvalidArgument, "{status:?}");
    assert_eq!(last_seq(&server, "lobby").await, before, "nothing stored");
}

#[tokio::test]
async fn a_chat_frame_that_cannot_be_read_is_answered_with_an_error_and_the_session_goes_on() {
    use prost::Message as _;
    let server = TestServer::start().await;
    join(&server, "alice", "lobby").await;
    let before = last_seq(&server, "lobby").await;
    let frame = |request_id: &str, command: Command| {
        pb::ChatRequest {
            request_id: request_id.into(),
            command: Some(command),
        }
        .encode_to_vec()
    };
    let bad_text = encoded_with_bad_utf8(
        &pb::ChatRequest {
            request_id: "bad-text".into(),
            command: Some(Command::Send(send_to_room("lobby", "MARKER"))),
        },
        "MARKER",
    );
    let frames = vec![
        frame("resume", Command::Resume(pb::ResumeCommand::default())),
        bad_text,
        // Not a ChatRequest at all: a truncated field.
        vec![0x0a, 0x40, b'x'],
        frame("good", Command::Send(send_to_room("lobby", "still here"))),
    ];
    let mut grpc = server.raw_client().await;
    grpc.ready().await.expect("ready");
    let mut answers = grpc
        .streaming(
            request_as("alice", tokio_stream::iter(frames)),
            http::uri::PathAndQuery::from_static("/confab.v1.ChatService/Chat"),
            RawCodec::<pb::ChatResponse>::default(),
        )
        .await
        .expect("chat opens")
        .into_inner();
    use pb::chat_response::Frame;
    let mut errors = Vec::new();
    let ack = loop {
        let frame = tokio::time::timeout(WAIT, answers.message())
            .await
            .expect("an answer in time")
            .expect("the session goes on")
            .and_then(|response| response.frame)
            .expect("a frame");
        match frame {
            Frame::Error(error) => errors.push(error),
            Frame::Ack(ack) => break ack,
            Frame::Ready(_) | Frame::Presence(_) => {}
            other => panic!("unexpected {other:?}"),
        }
    };
    assert_eq!(ack.request_id, "good");
    assert_eq!(ack.seq, before + 1, "only the good frame stored anything");
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert_eq!(errors[0].request_id, "bad-text");
    assert!(
        errors[0].message.contains("SendMessageRequest.text"),
        "{errors:?}"
    );
    assert_eq!(
        errors[1].request_id, "",
        "nothing of that frame could be read"
    );
    for error in &errors {
        assert_eq!(error.code, Code::InvalidArgument as i32, "{error:?}");
    }
    assert_eq!(last_seq(&server, "lobby").await, before + 1);
}

#[tokio::test]
async fn a_bad_cursor_is_answered_on_its_own_and_the_good_ones_are_replayed() {
    let server = TestServer::start().await;
    join(&server, "alice", "lobby").await;
    let mut alice = server.client("alice").await;
    let sent = alice
        .send_message(send_to_room("lobby", "before the resume"))
        .await
        .unwrap()
        .into_inner()
        .seq;
    let bad = vec![
        room_cursor("Bad Room", Some(0)),
        pb::Cursor {
            conversation: None,
            after_seq: Some(0),
        },
        pb::Cursor {
            conversation: Some(pb::Conversation { kind: None }),
            after_seq: None,
        },
        peer_cursor("alice", Some(0)),
    ];
    let mut cursors = vec![room_cursor("lobby", Some(sent - 1))];
    cursors.extend(bad.iter().cloned());
    let mut session = server.session_from("alice", cursors).await;
    let replayed = session.take_replayed();
    assert_eq!(replayed.len(), 1, "{replayed:?}");
    assert_eq!(text_of(&replayed[0]), Some("before the resume"));
    assert_eq!(
        session.resume_errors.len(),
        bad.len(),
        "{:?}",
        session.resume_errors
    );
    for (error, cursor) in session.resume_errors.iter().zip(&bad) {
        assert_eq!(error.code, Code::InvalidArgument as i32, "{error:?}");
        assert_eq!(error.request_id, "resume");
        assert_eq!(error.conversation, cursor.conversation, "{error:?}");
    }
    // The session is live.
    session.say("lobby", "after").await;
}
