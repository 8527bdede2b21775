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
        match tail.message().await {
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
