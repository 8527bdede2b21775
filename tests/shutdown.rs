//! Graceful shutdown ends open streams promptly and tells clients why.

mod common;

use common::*;
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
    let status = loop {
        let next = tokio::time::timeout(WAIT, tail.message())
            .await
            .expect("subscribe did not end within WAIT");
        match next {
            Ok(Some(_)) => continue,
            Ok(None) => panic!("subscribe ended without a status"),
            Err(status) => break status,
        }
    };
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
