//! What a browser needs of the server, over real gRPC: the Receive stream
//! (a Chat session's receiving half: rooms, private messages, presence,
//! the caller's own joins and leaves, the caller online while it is open,
//! resumed from cursors exactly once), and the page itself on `GET /` of
//! the same port (`--web on|off`).

mod support;

use std::collections::HashSet;

use confab::{
    client::Client,
    pb::{self, receive_response::Frame},
};
use support::{
    server::TestServer,
    wire::{self, assert_code, peer_cursor, room_cursor, send_to_room, send_to_user, text_of},
    WAIT,
};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
};
use tonic::{Code, Streaming};

/// One open Receive stream, read frame by frame.
struct Receive {
    who: String,
    stream: Streaming<pb::ReceiveResponse>,
    /// Error frames before `ready`.
    errors: Vec<pb::ChatError>,
    /// Events before `ready`.
    replayed: Vec<pb::Event>,
    /// The rooms `ready` named.
    rooms: Vec<String>,
}

impl Receive {
    /// Opens a Receive stream as `client`'s user from `cursors` and reads
    /// up to `ready`.
    async fn open(client: &mut Client, who: &str, cursors: Vec<pb::Cursor>) -> Self {
        let stream = client
            .receive(pb::ReceiveRequest { cursors })
            .await
            .expect("open receive")
            .into_inner();
        let mut receive = Receive {
            who: who.into(),
            stream,
            errors: Vec::new(),
            replayed: Vec::new(),
            rooms: Vec::new(),
        };
        loop {
            match receive.frame().await {
                Frame::Ready(ready) => {
                    receive.rooms = ready.rooms;
                    return receive;
                }
                Frame::Error(error) => receive.errors.push(error),
                Frame::Event(event) => receive.replayed.push(event),
                Frame::Presence(_)
                | Frame::PresenceSummary(_)
                | Frame::ReadMarker(_)
                | Frame::Typing(_)
                | Frame::UnreadSkipped(_) => {}
            }
        }
    }

    /// The next frame; fails the test at the stream's end or after `WAIT`.
    async fn frame(&mut self) -> Frame {
        match wire::next(&mut self.stream, &self.who).await {
            Ok(Some(response)) => response.frame.expect("frame set"),
            Ok(None) => panic!("{}: the stream ended", self.who),
            Err(status) => panic!("{}: the stream failed: {status:?}", self.who),
        }
    }

    /// The next event, skipping presence.
    async fn event(&mut self) -> pb::Event {
        loop {
            match self.frame().await {
                Frame::Event(event) => return event,
                Frame::Presence(_) | Frame::PresenceSummary(_) => continue,
                other => panic!("{}: expected an event, got {other:?}", self.who),
            }
        }
    }

    /// The next presence change; fails on any other frame.
    async fn presence(&mut self) -> pb::Presence {
        match self.frame().await {
            Frame::Presence(presence) => presence,
            other => panic!("{}: expected presence, got {other:?}", self.who),
        }
    }
}

async fn say(client: &mut Client, room: &str, text: &str) -> u64 {
    client
        .send_message(send_to_room(room, text))
        .await
        .expect("send")
        .into_inner()
        .seq
}

async fn whisper(client: &mut Client, to: &str, text: &str) -> u64 {
    client
        .send_message(send_to_user(to, text))
        .await
        .expect("send private")
        .into_inner()
        .seq
}

fn is_joined(event: &pb::Event) -> bool {
    matches!(event.kind, Some(pb::event::Kind::Joined(_)))
}

fn is_left(event: &pb::Event) -> bool {
    matches!(event.kind, Some(pb::event::Kind::Left(_)))
}

async fn online(client: &mut Client, room: &str, user: &str) -> bool {
    client
        .list_members(pb::ListMembersRequest {
            room: room.into(),
            ..Default::default()
        })
        .await
        .expect("members")
        .into_inner()
        .members
        .iter()
        .any(|m| m.user == user && m.state == pb::PresenceState::Online as i32)
}

#[tokio::test]
async fn receive_replays_from_cursors_then_goes_live_with_rooms_and_private_messages() {
    let server = TestServer::start().await;
    let mut alice = server.member("alice", "lobby").await;
    let mut bob = server.member("bob", "lobby").await;
    let first = say(&mut bob, "lobby", "one").await;
    say(&mut bob, "lobby", "two").await;
    whisper(&mut bob, "alice", "psst").await;

    let mut receive = Receive::open(
        &mut alice,
        "alice",
        vec![
            room_cursor("lobby", Some(first)),
            peer_cursor("bob", Some(0)),
        ],
    )
    .await;
    assert!(receive.errors.is_empty(), "{:?}", receive.errors);
    assert_eq!(receive.rooms, vec!["lobby".to_owned()]);
    let texts: Vec<_> = receive.replayed.iter().filter_map(text_of).collect();
    assert_eq!(texts, ["two", "psst"], "the replay after the cursors, once");

    let seq = say(&mut bob, "lobby", "live").await;
    let event = receive.event().await;
    assert_eq!((event.seq, text_of(&event)), (seq, Some("live")));
    whisper(&mut bob, "alice", "live psst").await;
    let event = receive.event().await;
    assert_eq!(text_of(&event), Some("live psst"));
    assert_eq!(
        (event.sender.as_str(), event.recipient.as_str()),
        ("bob", "alice")
    );
}

#[tokio::test]
async fn receive_counts_the_caller_online_while_it_is_open() {
    let server = TestServer::start().await;
    let mut alice = server.member("alice", "lobby").await;
    let mut bob = server.member("bob", "lobby").await;
    let mut watcher = Receive::open(&mut bob, "bob", Vec::new()).await;
    assert!(!online(&mut bob, "lobby", "alice").await);

    let receive = Receive::open(&mut alice, "alice", Vec::new()).await;
    let presence = watcher.presence().await;
    assert_eq!(
        (presence.user.as_str(), presence.state),
        ("alice", pb::PresenceState::Online as i32)
    );
    assert!(online(&mut bob, "lobby", "alice").await);

    drop(receive);
    let presence = watcher.presence().await;
    assert_eq!(
        (presence.user.as_str(), presence.state),
        ("alice", pb::PresenceState::Offline as i32)
    );
    assert!(!online(&mut bob, "lobby", "alice").await);
}

#[tokio::test]
async fn receive_follows_rooms_joined_anywhere_and_stops_at_a_leave_without_ending() {
    let server = TestServer::start().await;
    let mut bob = server.member("bob", "lobby").await;
    let mut alice = server.client("alice").await;
    let mut receive = Receive::open(&mut alice, "alice", Vec::new()).await;
    assert!(receive.rooms.is_empty());

    // Another device of alice's joins: the stream shows the join and then
    // follows the room.
    let mut other_device = server.client("alice").await;
    let joined = other_device
        .join(pb::JoinRequest {
            room: "lobby".into(),
        })
        .await
        .expect("join")
        .into_inner();
    let event = receive.event().await;
    assert!(is_joined(&event), "{event:?}");
    assert_eq!((event.seq, event.sender.as_str()), (joined.seq, "alice"));
    say(&mut bob, "lobby", "welcome").await;
    assert_eq!(text_of(&receive.event().await), Some("welcome"));

    // Her own messages come back on the stream too (the unary answer was
    // the acknowledgement), with their client message id.
    let mut send = send_to_room("lobby", "thanks");
    send.client_message_id = "page-1".into();
    let seq = alice
        .send_message(send)
        .await
        .expect("send")
        .into_inner()
        .seq;
    let event = receive.event().await;
    assert_eq!((event.seq, text_of(&event)), (seq, Some("thanks")));
    match &event.kind {
        Some(pb::event::Kind::Message(message)) => assert_eq!(message.client_message_id, "page-1"),
        other => panic!("expected a message, got {other:?}"),
    }

    other_device
        .leave(pb::LeaveRequest {
            room: "lobby".into(),
        })
        .await
        .expect("leave");
    let event = receive.event().await;
    assert!(is_left(&event), "{event:?}");
    // Nothing more of the room; the stream goes on (a private message
    // still arrives, and nothing of the room before it).
    say(&mut bob, "lobby", "after she left").await;
    whisper(&mut bob, "alice", "still there?").await;
    let event = receive.event().await;
    assert_eq!(text_of(&event), Some("still there?"));
}

#[tokio::test]
async fn receive_resumed_from_cursors_misses_nothing_and_repeats_nothing() {
    let server = TestServer::start().await;
    let mut alice = server.member("alice", "lobby").await;
    let mut bob = server.member("bob", "lobby").await;
    let mut receive = Receive::open(&mut alice, "alice", Vec::new()).await;
    let mut seen = HashSet::new();
    let mut cursors = std::collections::HashMap::new();
    for i in 0..5 {
        say(&mut bob, "lobby", &format!("room {i}")).await;
        whisper(&mut bob, "alice", &format!("private {i}")).await;
    }
    for _ in 0..10 {
        let event = receive.event().await;
        let key = (event.room.clone(), event.seq);
        assert!(seen.insert(key), "twice: {event:?}");
        cursors.insert(event.room.clone(), event.seq);
    }
    drop(receive);
    for i in 5..10 {
        say(&mut bob, "lobby", &format!("room {i}")).await;
        whisper(&mut bob, "alice", &format!("private {i}")).await;
    }
    let resume = vec![
        room_cursor("lobby", cursors.get("lobby").copied()),
        peer_cursor("bob", cursors.get("").copied()),
    ];
    let mut receive = Receive::open(&mut alice, "alice", resume).await;
    let texts: Vec<_> = receive.replayed.iter().filter_map(text_of).collect();
    let mut room: Vec<&str> = texts
        .iter()
        .copied()
        .filter(|t| t.starts_with("room"))
        .collect();
    let mut private: Vec<&str> = texts
        .iter()
        .copied()
        .filter(|t| t.starts_with("private"))
        .collect();
    room.sort();
    private.sort();
    assert_eq!(room, ["room 5", "room 6", "room 7", "room 8", "room 9"]);
    assert_eq!(
        private,
        [
            "private 5",
            "private 6",
            "private 7",
            "private 8",
            "private 9"
        ]
    );
    for event in &receive.replayed {
        assert!(
            seen.insert((event.room.clone(), event.seq)),
            "twice: {event:?}"
        );
    }
    let seq = say(&mut bob, "lobby", "live").await;
    let event = receive.event().await;
    assert_eq!((event.seq, text_of(&event)), (seq, Some("live")));
}

#[tokio::test]
async fn receive_answers_a_bad_cursor_with_an_error_frame_and_goes_on() {
    let server = TestServer::start().await;
    let mut alice = server.member("alice", "lobby").await;
    server.member("bob", "elsewhere").await;
    let mut bob = server.client("bob").await;
    let mut receive = Receive::open(
        &mut alice,
        "alice",
        vec![
            room_cursor("elsewhere", Some(0)),
            room_cursor("lobby", Some(999)),
        ],
    )
    .await;
    let codes: Vec<_> = receive.errors.iter().map(|e| e.code).collect();
    assert!(
        codes.contains(&(Code::FailedPrecondition as i32))
            && codes.contains(&(Code::OutOfRange as i32)),
        "{:?}",
        receive.errors
    );
    assert_eq!(receive.rooms, vec!["lobby".to_owned()]);
    bob.join(pb::JoinRequest {
        room: "lobby".into(),
    })
    .await
    .expect("join");
    assert!(is_joined(&receive.event().await), "lobby goes on live");
}

#[tokio::test]
async fn receive_refuses_without_identity_and_beyond_the_session_limit() {
    let server = TestServer::start_with(|config| config.max_sessions_per_user = 1).await;
    let mut anonymous = server.anonymous_client().await;
    assert_code(
        anonymous.receive(pb::ReceiveRequest::default()).await,
        Code::Unauthenticated,
    );
    let mut alice = server.member("alice", "lobby").await;
    let _open = Receive::open(&mut alice, "alice", Vec::new()).await;
    let second = server
        .client("alice")
        .await
        .receive(pb::ReceiveRequest::default())
        .await;
    assert_code(second, Code::ResourceExhausted);
}

#[tokio::test]
async fn receive_ends_unavailable_at_shutdown() {
    let server = TestServer::start().await;
    let mut alice = server.member("alice", "lobby").await;
    let mut receive = Receive::open(&mut alice, "alice", Vec::new()).await;
    let stopping = tokio::spawn(server.shutdown());
    let status = wire::status_at_end(&mut receive.stream, "alice").await;
    assert_eq!(status.code(), Code::Unavailable, "{status:?}");
    stopping.await.expect("join").expect("shutdown");
}

/// The status, headers and body of a plain HTTP/1.1 request to the server.
async fn http(server: &TestServer, method: &str, path: &str) -> (u16, String, Vec<u8>) {
    let ask = async {
        let mut stream = TcpStream::connect(server.addr).await.expect("connect");
        let request =
            format!("{method} {path} HTTP/1.1\r\nhost: confab\r\nconnection: close\r\n\r\n");
        stream.write_all(request.as_bytes()).await.expect("write");
        let mut response = Vec::new();
        stream.read_to_end(&mut response).await.expect("read");
        response
    };
    let response = tokio::time::timeout(WAIT, ask)
        .await
        .expect("answer in time");
    let split = response
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a header block");
    let head = String::from_utf8_lossy(&response[..split]).to_lowercase();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("a status");
    (status, head, response[split + 4..].to_vec())
}

#[tokio::test]
async fn the_page_is_served_on_get_root_with_its_assets_and_nothing_else() {
    let server = TestServer::start().await;
    let (status, head, body) = http(&server, "GET", "/").await;
    assert_eq!(status, 200, "{head}");
    assert!(
        head.contains("content-type: text/html; charset=utf-8"),
        "{head}"
    );
    assert!(head.contains("content-security-policy:"), "{head}");
    assert!(head.contains("x-content-type-options: nosniff"), "{head}");
    let html = String::from_utf8(body).expect("utf-8");
    assert!(
        html.contains("<script") && html.contains("app.js"),
        "{html}"
    );

    let (status, head, body) = http(&server, "GET", "/app.js").await;
    assert_eq!(status, 200, "{head}");
    assert!(head.contains("content-type: text/javascript"), "{head}");
    assert!(body.len() > 1000, "the bundle is there");
    let (status, head, _) = http(&server, "GET", "/app.css").await;
    assert_eq!(status, 200, "{head}");
    assert!(head.contains("content-type: text/css"), "{head}");

    let (status, head, body) = http(&server, "HEAD", "/").await;
    assert_eq!(status, 200, "{head}");
    assert!(body.is_empty());

    for path in [
        "/metrics",
        "/index.html/../Cargo.toml",
        "/confab.v1.ChatService/ListRooms",
        "/grpc.health.v1.Health/Check",
        "/..%2fCargo.toml",
    ] {
        let (status, head, _) = http(&server, "GET", path).await;
        assert_eq!(status, 404, "{path}: {head}");
    }

    // gRPC goes on beside it.
    let mut alice = server.member("alice", "lobby").await;
    say(&mut alice, "lobby", "still gRPC").await;
}

#[tokio::test]
async fn web_off_serves_no_page_and_grpc_goes_on() {
    let server = TestServer::start_with(|config| config.web.web = false).await;
    let (status, head, body) = http(&server, "GET", "/").await;
    assert_ne!(status, 200, "{head}");
    assert!(!String::from_utf8_lossy(&body).contains("<script"));
    let mut alice = server.member("alice", "lobby").await;
    say(&mut alice, "lobby", "still gRPC").await;
}

#[test]
fn the_web_flag_takes_on_and_off() {
    use clap::Parser as _;
    let parse = |args: &[&str]| confab::server::ServerConfig::try_parse_from(args);
    assert!(parse(&["confab-server"]).expect("default").web.web);
    assert!(
        !parse(&["confab-server", "--web", "off"])
            .expect("off")
            .web
            .web
    );
    assert!(
        parse(&["confab-server", "--web", "on"])
            .expect("on")
            .web
            .web
    );
    assert!(parse(&["confab-server", "--web", "maybe"]).is_err());
}

/// An HS256 token for `user` signed with `secret`, valid for `ttl_s`.
fn token(secret: &[u8], user: &str, ttl_s: u64) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs();
    let claims = serde_json::json!({ "sub": user, "iat": now, "exp": now + ttl_s });
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        &claims,
        &jsonwebtoken::EncodingKey::from_secret(secret).expect("a key"),
    )
    .expect("sign")
}

#[tokio::test]
async fn receive_in_jwt_mode_is_the_tokens_user_and_ends_when_the_token_expires() {
    const SECRET: &[u8] = b"a secret for the web tests, 32 bytes or more";
    let keys = tempfile::tempdir().expect("temporary folder");
    let secret = keys.path().join("secret");
    std::fs::write(&secret, SECRET).expect("secret");
    let server = TestServer::start_with(|config| {
        config.auth = confab::server::AuthMode::Jwt;
        config.jwt.leeway_s = 0;
        config.jwt.secret_files = vec![secret];
    })
    .await;
    let address = server.addr.to_string();
    let connect = |token: String| {
        let address = address.clone();
        async move {
            confab::client::connect_with_token(&address, "someone", Some(&token))
                .await
                .expect("connect")
        }
    };
    let mut bob = connect(token(SECRET, "bob", 3600)).await;
    bob.join(pb::JoinRequest {
        room: "lobby".into(),
    })
    .await
    .expect("join");
    let mut watcher = Receive::open(&mut bob, "bob", Vec::new()).await;

    let mut alice = connect(token(SECRET, "alice", 3)).await;
    alice
        .join(pb::JoinRequest {
            room: "lobby".into(),
        })
        .await
        .expect("join");
    assert!(is_joined(&watcher.event().await));
    let mut receive = Receive::open(&mut alice, "alice", Vec::new()).await;
    assert_eq!(receive.rooms, vec!["lobby".to_owned()]);
    let presence = watcher.presence().await;
    assert_eq!(presence.user, "alice", "the token's user is online");
    say(&mut bob, "lobby", "before expiry").await;
    assert_eq!(text_of(&receive.event().await), Some("before expiry"));
    assert_eq!(text_of(&watcher.event().await), Some("before expiry"));

    let status = wire::status_at_end(&mut receive.stream, "alice").await;
    assert_eq!(status.code(), Code::Unauthenticated, "{status:?}");
    assert_eq!(status.message(), "token expired");
    let presence = watcher.presence().await;
    assert_eq!(
        (presence.user.as_str(), presence.state),
        ("alice", pb::PresenceState::Offline as i32)
    );
}

#[tokio::test]
async fn receive_counts_towards_the_sessions_of_its_peer_address() {
    let server = TestServer::start_with(|config| {
        config.peer_limits.max_sessions_per_peer = 1;
        config.peer_limits.peer_limits_on_loopback = true;
    })
    .await;
    // Every client on one node: peer limits are each node's own.
    let on_one_node = |user: &'static str| {
        let addr = server.addr.to_string();
        async move { confab::client::connect(&addr, user).await.expect("connect") }
    };
    let mut alice = on_one_node("alice").await;
    let open = Receive::open(&mut alice, "alice", Vec::new()).await;
    let refused = on_one_node("bob")
        .await
        .receive(pb::ReceiveRequest::default())
        .await;
    assert_code(refused, Code::ResourceExhausted);
    // The place is given back when the stream ends.
    drop(open);
    let mut bob = on_one_node("bob").await;
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        match bob.receive(pb::ReceiveRequest::default()).await {
            Ok(_) => break,
            Err(status) if status.code() == Code::ResourceExhausted => {
                assert!(
                    tokio::time::Instant::now() < deadline,
                    "the place never came back"
                );
                tokio::task::yield_now().await;
            }
            Err(status) => panic!("bob: {status:?}"),
        }
    }
}
