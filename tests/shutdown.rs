//! Graceful shutdown ends open streams promptly and tells clients why.

mod support;

use support::{
    server::{join, TestServer},
    wire::{room_cursor, send_to_room, status_at_end},
    WAIT,
};
use tonic::Code;

#[tokio::test]
async fn shutdown_with_open_chat_streams_finishes_and_tells_clients_to_reconnect() {
    let server = TestServer::start().await;
    join(&server, "alice", "lobby").await;
    let alice = server.session("alice").await;
    let bob = server.session("bob").await;
    let mut tail = server
        .client("alice")
        .await
        .subscribe(confab::pb::SubscribeRequest {
            cursors: vec![room_cursor("lobby", None)],
        })
        .await
        .unwrap()
        .into_inner();
    let addr = server.addr;
    // `shutdown` fails the test if the server has not stopped within WAIT.
    server.shutdown().await.expect("clean shutdown");
    for session in [alice, bob] {
        assert_eq!(session.ends_with().await.code(), Code::Unavailable);
    }
    let status = status_at_end(&mut tail, "subscribe").await;
    assert_eq!(status.code(), Code::Unavailable);
    assert!(
        tokio::net::TcpStream::connect(addr).await.is_err(),
        "still accepting connections"
    );
}

#[tokio::test]
async fn a_client_that_stopped_reading_does_not_hold_up_shutdown() {
    let server = TestServer::start_with(|c| {
        c.shutdown_grace_ms = 200;
        c.rate_per_user = 0;
    })
    .await;
    join(&server, "alice", "lobby").await;
    join(&server, "stuck", "lobby").await;
    // stuck opens a session and never reads again, while alice sends more
    // than its connection's flow-control windows hold (6 MB; without the
    // grace period this shutdown waits forever).
    let _stuck = server.session("stuck").await;
    let mut alice = server.client("alice").await;
    let text = "x".repeat(2000);
    for _ in 0..3000 {
        alice
            .send_message(send_to_room("lobby", &text))
            .await
            .unwrap();
    }
    // `shutdown` fails the test if the server has not stopped within WAIT.
    server.shutdown().await.expect("clean shutdown");
}

#[tokio::test]
async fn health_watch_and_reflection_streams_end_at_once_at_shutdown() {
    use tonic_health::pb::{health_client::HealthClient, HealthCheckRequest};
    use tonic_reflection::pb::v1::{
        server_reflection_client::ServerReflectionClient,
        server_reflection_request::MessageRequest, ServerReflectionRequest,
    };
    // A grace period longer than WAIT: if these streams held the shutdown
    // for it, `shutdown` would fail the test.
    let server =
        TestServer::start_with(|c| c.shutdown_grace_ms = 3 * WAIT.as_millis() as u64).await;
    let channel = tonic::transport::Endpoint::from_shared(format!("http://{}", server.addr))
        .unwrap()
        .connect()
        .await
        .unwrap();
    let mut watch = HealthClient::new(channel.clone())
        .watch(HealthCheckRequest {
            service: String::new(),
        })
        .await
        .expect("watch opens")
        .into_inner();
    let first = tokio::time::timeout(WAIT, watch.message())
        .await
        .expect("a status in time");
    assert!(matches!(first, Ok(Some(_))), "{first:?}");
    let (requests, request_stream) = tokio::sync::mpsc::channel(4);
    requests
        .send(ServerReflectionRequest {
            host: String::new(),
            message_request: Some(MessageRequest::ListServices(String::new())),
        })
        .await
        .unwrap();
    let mut reflection = ServerReflectionClient::new(channel)
        .server_reflection_info(tokio_stream::wrappers::ReceiverStream::new(request_stream))
        .await
        .expect("reflection opens")
        .into_inner();
    let listed = tokio::time::timeout(WAIT, reflection.message())
        .await
        .expect("an answer in time");
    assert!(matches!(listed, Ok(Some(_))), "{listed:?}");

    server.shutdown().await.expect("clean shutdown");
    fn ended<T: std::fmt::Debug>(next: Result<Option<T>, tonic::Status>) -> Code {
        match next {
            Err(status) => status.code(),
            Ok(other) => panic!("expected the stream to end with a status, got {other:?}"),
        }
    }
    let watch_end = loop {
        match tokio::time::timeout(WAIT, watch.message())
            .await
            .expect("watch ends in time")
        {
            Ok(Some(_)) => continue, // NOT_SERVING, if it got out first
            other => break other,
        }
    };
    assert_eq!(ended(watch_end), Code::Unavailable);
    let reflection_end = tokio::time::timeout(WAIT, reflection.message())
        .await
        .expect("in time");
    assert_eq!(ended(reflection_end), Code::Unavailable);
    drop(requests);
}
