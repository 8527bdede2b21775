//! Operations: gRPC-Web on the same port, per-user limits, and Prometheus
//! metrics on their own port.

mod support;

use confab::pb::{self, chat_response::Frame};
use support::{
    metrics,
    raw::request_as,
    server::{join, sqlite_url, TestServer},
    unused_address,
    wire::{assert_code, room, room_cursor, send_to_room, tail_frame, text_of},
    WAIT,
};
use tonic::Code;

#[tokio::test]
async fn a_grpc_web_client_over_http1_can_send_and_subscribe() {
    let server = TestServer::start().await;
    join(&server, "alice", "lobby").await;
    let http1 = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
        .build_http::<tonic_web::GrpcWebCall<tonic::body::Body>>();
    let web = tower::ServiceBuilder::new()
        .layer(tonic_web::GrpcWebClientLayer::new())
        .service(http1);
    let origin: http::Uri = format!("http://{}", server.addr).parse().unwrap();
    let mut client = pb::chat_service_client::ChatServiceClient::with_origin(web, origin);
    let sent = client
        .send_message(request_as("alice", send_to_room("lobby", "from a browser")))
        .await
        .expect("gRPC-Web unary call")
        .into_inner();
    assert_eq!(sent.seq, 2);
    let mut stream = client
        .subscribe(request_as(
            "alice",
            pb::SubscribeRequest {
                cursors: vec![room_cursor("lobby", Some(1))],
            },
        ))
        .await
        .expect("gRPC-Web server stream")
        .into_inner();
    match tail_frame(&mut stream).await.expect("not the end") {
        pb::subscribe_response::Frame::Event(event) => {
            assert_eq!(text_of(&event), Some("from a browser"));
        }
        other => panic!("unexpected {other:?}"),
    }
    // Errors come back as statuses over gRPC-Web too.
    let refused = client
        .send_message(request_as("alice", send_to_room("kitchen", "x")))
        .await
        .expect_err("no such room");
    assert_eq!(refused.code(), Code::NotFound);
}

#[tokio::test]
async fn a_user_may_not_open_more_sessions_than_allowed() {
    let server = TestServer::start_with(|c| c.max_sessions_per_user = 2).await;
    let _one = server.session("alice").await;
    let two = server.session("alice").await;
    let mut client = server.client("alice").await;
    let (tx, rx) = tokio::sync::mpsc::channel(1);
    tx.send(pb::ChatRequest {
        request_id: "r".into(),
        command: Some(pb::chat_request::Command::Resume(pb::ResumeCommand {
            cursors: vec![],
        })),
    })
    .await
    .unwrap();
    let mut third = client
        .chat(tokio_stream::wrappers::ReceiverStream::new(rx))
        .await
        .unwrap()
        .into_inner();
    let status = match tokio::time::timeout(WAIT, third.message())
        .await
        .expect("an answer")
    {
        Ok(Some(frame)) => panic!("the third session was served: {frame:?}"),
        Ok(None) => panic!("ended without a status"),
        Err(status) => status,
    };
    assert_eq!(status.code(), Code::ResourceExhausted);
    assert!(status.message().contains("2 Chat sessions"), "{status:?}");
    // Closing one makes room again; the refused one was never counted.
    two.close().await;
    let _again = server.session("alice").await;
    // Other users are not affected.
    let _bob = server.session("bob").await;
}

#[tokio::test]
async fn sending_faster_than_the_rate_is_refused_and_stores_nothing() {
    let server = TestServer::start_with(|c| {
        c.rate_per_user = 1;
        c.rate_burst = 3;
    })
    .await;
    let mut alice = server.member("alice", "lobby").await;
    for i in 0..3 {
        alice
            .send_message(send_to_room("lobby", &format!("m{i}")))
            .await
            .unwrap();
    }
    let status = assert_code(
        alice
            .send_message(send_to_room("lobby", "one too many"))
            .await,
        Code::ResourceExhausted,
    );
    assert!(status.message().contains("retry in"), "{status:?}");
    let mut session = server.session("alice").await;
    let error = session
        .command_failed(pb::chat_request::Command::Send(send_to_room(
            "lobby", "again",
        )))
        .await;
    assert_eq!(error.code, Code::ResourceExhausted as i32);
    // bob has his own allowance; nothing of alice's extra sends was stored.
    join(&server, "bob", "lobby").await;
    let mut bob = server.client("bob").await;
    let seq = bob
        .send_message(send_to_room("lobby", "hi"))
        .await
        .unwrap()
        .into_inner()
        .seq;
    assert_eq!(seq, 6, "join, 3 messages, bob's join, this");
}

#[tokio::test]
async fn metrics_are_served_on_their_own_port() {
    let port = unused_address();
    let server = TestServer::start_with(|c| c.metrics_listen = Some(port)).await;
    join(&server, "alice", "lobby").await;
    join(&server, "bob", "lobby").await;
    let _bob = server.session("bob").await;
    let mut alice = server.session("alice").await;
    alice.say("lobby", "counted").await;
    server
        .client("bob")
        .await
        .history(pb::HistoryRequest {
            conversation: Some(support::wire::room("lobby")),
            ..Default::default()
        })
        .await
        .unwrap();
    let response = metrics::scrape(port).await;
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    for line in [
        "confab_sessions_open 2",
        "confab_events_stored_total 3",
        "# TYPE confab_deliveries_total counter",
        // Two joins and a send, each timed; the History page's read.
        "# TYPE confab_store_write_seconds histogram",
        "confab_store_write_seconds_bucket{le=\"+Inf\"} 3",
        "confab_store_write_seconds_count 3",
        "confab_store_read_seconds_count 1",
    ] {
        assert!(response.contains(line), "missing {line:?} in:\n{response}");
    }
}

/// A server where a room followed by more than two live streams is big
/// (summaries every 20 ms), and alice, bob, carol and dave in room "big".
async fn big_room_server() -> TestServer {
    let server = TestServer::start_with(|c| {
        c.coalesce_presence_above = 2;
        c.presence_summary_ms = 20;
    })
    .await;
    for user in ["alice", "bob", "carol", "dave"] {
        join(&server, user, "big").await;
    }
    server
}

#[tokio::test]
async fn a_big_room_gets_presence_as_a_periodic_summary() {
    let server = big_room_server().await;
    join(&server, "erin", "small").await;
    join(&server, "frank", "small").await;
    let mut alice = server.session("alice").await;
    // Followed by one and then two streams: still small, single events.
    let _bob = server.session("bob").await;
    assert_eq!(alice.presence().await.user, "bob");
    let _carol = server.session("carol").await;
    assert_eq!(alice.presence().await.user, "carol");
    // Now three streams follow "big": dave's arrival and departure come
    // in summaries (one, or two if a period ended in between), never as
    // single presence events.
    let dave = server.session("dave").await;
    dave.close().await;
    let mut summaries = Vec::new();
    while !summaries
        .iter()
        .any(|s: &pb::PresenceSummary| s.offline == ["dave"])
    {
        match alice.frame().await {
            Frame::PresenceSummary(summary) => summaries.push(summary),
            Frame::Presence(presence) => panic!("single presence in a big room: {presence:?}"),
            _ => continue,
        }
    }
    for summary in &summaries {
        assert_eq!(summary.room, "big");
        assert!(
            summary
                .online
                .iter()
                .chain(&summary.offline)
                .all(|u| u == "dave"),
            "{summary:?}"
        );
    }
    assert!(summaries.len() <= 2, "{summaries:?}");
    // A small room still gets single events at once.
    let mut erin = server.session("erin").await;
    let _frank = server.session("frank").await;
    assert_eq!(erin.presence().await.user, "frank");
}

#[tokio::test]
async fn a_big_room_gets_typing_folded_into_its_presence_summary() {
    let server = big_room_server().await;
    let mut alice = server.session("alice").await;
    let _bob = server.session("bob").await;
    let _carol = server.session("carol").await;
    // A read-only tail of the room: the fourth live stream of "big".
    let mut tail = server
        .client("dave")
        .await
        .subscribe(pb::SubscribeRequest {
            cursors: vec![room_cursor("big", None)],
        })
        .await
        .unwrap()
        .into_inner();
    let typing_in_big = pb::SendTypingRequest {
        conversation: Some(room("big")),
    };
    let answer = server
        .client("bob")
        .await
        .send_typing(typing_in_big.clone())
        .await
        .unwrap()
        .into_inner();
    assert!(answer.passed_on);
    let answer_carol = server
        .client("carol")
        .await
        .send_typing(typing_in_big)
        .await
        .unwrap()
        .into_inner();
    // Both reach alice in summaries, never as single typing frames, each
    // with the expiry its typist was told.
    let mut seen = std::collections::BTreeMap::new();
    while seen.len() < 2 {
        match alice.frame().await {
            Frame::PresenceSummary(summary) => {
                assert_eq!(summary.room, "big");
                for typing in summary.typing {
                    assert_eq!(typing.conversation, Some(room("big")));
                    seen.insert(typing.user, typing.expires_at);
                }
            }
            Frame::Typing(typing) => panic!("a single typing frame in a big room: {typing:?}"),
            _ => continue,
        }
    }
    assert_eq!(
        seen,
        [
            ("bob".to_string(), answer.expires_at),
            ("carol".to_string(), answer_carol.expires_at)
        ]
        .into_iter()
        .collect()
    );
    // The tail shows no typing: what it gets next is the message.
    let seq = alice.say("big", "after the typing").await;
    loop {
        match tail_frame(&mut tail).await.expect("not the end") {
            pb::subscribe_response::Frame::Event(event) => {
                assert_eq!(event.seq, seq);
                break;
            }
            pb::subscribe_response::Frame::PresenceSummary(summary) => {
                assert!(summary.typing.is_empty(), "{summary:?}");
                assert!(!(summary.online.is_empty() && summary.offline.is_empty()));
            }
            _ => continue,
        }
    }
}

#[tokio::test]
async fn a_second_server_on_the_same_database_file_is_refused() {
    let data = tempfile::tempdir().unwrap();
    let store = sqlite_url(&data);
    let first = TestServer::start_with(|c| c.store = store.clone()).await;
    join(&first, "alice", "lobby").await; // the first has the file open
    let mut config = confab::server::ServerConfig::for_address("127.0.0.1:0".parse().unwrap());
    config.store = store.clone();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let refused = tokio::time::timeout(
        WAIT,
        confab::server::serve(config.clone(), listener, std::future::pending()),
    )
    .await
    .expect("refused at once, not served");
    let message = refused
        .expect_err("a second server must not start")
        .to_string();
    assert!(
        message.contains("another confab-server is using"),
        "{message}"
    );
    // Once the first has stopped, the file is free again.
    first.shutdown().await.expect("clean shutdown");
    let again = TestServer::start_with(|c| c.store = store).await;
    join(&again, "bob", "lobby").await;
}

/// A gRPC-Web preflight (HTTP/1.1 OPTIONS) from `origin`; the
/// `access-control-allow-origin` header of the answer, if any.
async fn preflight(server: &TestServer, origin: &str) -> Option<String> {
    use http_body_util::Empty;
    let client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
        .build_http::<Empty<bytes::Bytes>>();
    let request = http::Request::builder()
        .method(http::Method::OPTIONS)
        .uri(format!(
            "http://{}/confab.v1.ChatService/SendMessage",
            server.addr
        ))
        .header("origin", origin)
        .header("access-control-request-method", "POST")
        .header(
            "access-control-request-headers",
            "content-type,x-grpc-web,x-confab-user",
        )
        .body(Empty::new())
        .unwrap();
    let response = tokio::time::timeout(WAIT, client.request(request))
        .await
        .expect("an answer in time")
        .expect("an answer");
    response
        .headers()
        .get("access-control-allow-origin")
        .map(|v| v.to_str().unwrap().to_owned())
}

#[tokio::test]
async fn cross_origin_calls_are_allowed_only_from_listed_origins() {
    let closed = TestServer::start().await;
    assert_eq!(preflight(&closed, "http://evil.example").await, None);
    let open_to_one = TestServer::start_with(|c| {
        c.cors_origin = vec![http::HeaderValue::from_static("https://chat.example.com")]
    })
    .await;
    assert_eq!(preflight(&open_to_one, "http://evil.example").await, None);
    assert_eq!(
        preflight(&open_to_one, "https://chat.example.com").await,
        Some("https://chat.example.com".to_owned())
    );
}

#[test]
fn listen_takes_a_host_name_and_refuses_what_it_cannot_resolve() {
    use clap::Parser as _;
    use confab::server::ServerConfig;
    let config = ServerConfig::try_parse_from(["confab-server", "--listen", "localhost:4000"])
        .expect("localhost is an address");
    assert!(config.listen.ip().is_loopback(), "{:?}", config.listen);
    assert_eq!(config.listen.port(), 4000);
    let refused = ServerConfig::try_parse_from(["confab-server", "--listen", "localhost"])
        .expect_err("no port");
    assert!(refused.to_string().contains("HOST:PORT"), "{refused}");
    let refused = ServerConfig::try_parse_from(["confab-server", "--cors-origin", "*"])
        .expect_err("not an origin");
    assert!(
        refused.to_string().contains("not a web origin"),
        "{refused}"
    );
}

/// `confab-server --listen 0.0.0.0:0` in open mode with
/// `CONFAB_INSECURE_OPEN=value` (and plaintext allowed off loopback):
/// whether it started listening.
fn starts_with_insecure_open(value: &str) -> bool {
    use std::io::{BufRead, BufReader};
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_confab-server"))
        .args(["--listen", "0.0.0.0:0", "--store", "memory"])
        .env("CONFAB_INSECURE_OPEN", value)
        .env("CONFAB_INSECURE_PLAINTEXT", "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start confab-server");
    let stdout = child.stdout.take().unwrap();
    // It either says it listens (then it is stopped) or exits refusing.
    let listening = BufReader::new(stdout)
        .lines()
        .map_while(Result::ok)
        .any(|line| line.contains("listening on"));
    let _ = child.kill();
    let _ = child.wait();
    listening
}

#[test]
fn boolean_variables_take_one_true_and_yes() {
    for value in ["1", "true", "yes"] {
        assert!(
            starts_with_insecure_open(value),
            "CONFAB_INSECURE_OPEN={value}"
        );
    }
    for value in ["0", "false", "no"] {
        assert!(
            !starts_with_insecure_open(value),
            "CONFAB_INSECURE_OPEN={value}"
        );
    }
}
