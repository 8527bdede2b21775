//! What only a cluster has: several nodes on one PostgreSQL database and
//! one nats-server. Skipped, saying so, without them (and failed under
//! `CONFAB_REQUIRE_CLUSTER=1`). The rest of the integration suite runs on
//! a cluster too, with `CONFAB_TEST_CLUSTER=3`.

mod support;

use confab::{
    pb,
    server::{self, ServerConfig, ServerError},
};
use support::{
    cluster::Backing,
    server::{join, TestServer},
};
use tonic::Code;

fn node_config(backing: &Backing, node: &str, bus: bool) -> ServerConfig {
    let mut config = ServerConfig::for_address("127.0.0.1:0".parse().unwrap());
    config.store = backing.store_url();
    config.cluster.bus = bus.then(|| backing.nats.url());
    config.cluster.node_id = Some(node.into());
    config
}

#[tokio::test]
async fn a_second_node_without_a_bus_is_refused_with_one_line_saying_why() {
    let Some(backing) = Backing::start().await else {
        return;
    };
    let first = TestServer::start_config(node_config(&backing, "first", false)).await;
    join(&first, "alice", "lobby").await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let refused = server::serve(node_config(&backing, "second", false), listener, async {}).await;
    let Err(ServerError::Config(line)) = refused else {
        panic!("a second node without a bus started: {refused:?}");
    };
    assert!(!line.contains('\n'), "one line: {line}");
    assert!(line.contains("first") && line.contains("--bus"), "{line}");
    // With the bus, and the first one gone, it may start.
    first.shutdown().await.unwrap();
    let second = TestServer::start_config(node_config(&backing, "second", true)).await;
    let mut alice = second.client("alice").await;
    let rooms = alice
        .list_rooms(pb::ListRoomsRequest::default())
        .await
        .unwrap()
        .into_inner();
    assert_eq!(rooms.rooms.len(), 1, "same store");
}

#[tokio::test]
async fn a_users_sessions_on_every_node_count_towards_its_limit() {
    let Some(backing) = Backing::start().await else {
        return;
    };
    let mut config = ServerConfig::for_address("127.0.0.1:0".parse().unwrap());
    config.max_sessions_per_user = 2;
    let cluster = TestServer::start_cluster(config, 3, backing).await;
    let _one = cluster.session("alice").await;
    let _two = cluster.session("alice").await;
    // The third goes to the third node, which has no session of alice.
    let mut client = cluster.client("alice").await;
    let (tx, rx) = tokio::sync::mpsc::channel(1);
    tx.send(pb::ChatRequest {
        request_id: "resume".into(),
        command: Some(pb::chat_request::Command::Resume(
            pb::ResumeCommand::default(),
        )),
    })
    .await
    .unwrap();
    let opened = client
        .chat(tokio_stream::wrappers::ReceiverStream::new(rx))
        .await;
    let status = match opened {
        Err(status) => status,
        Ok(response) => {
            let mut inbound = response.into_inner();
            loop {
                match support::wire::next(&mut inbound, "alice").await {
                    Err(status) => break status,
                    Ok(Some(_)) => continue,
                    Ok(None) => panic!("the third session ended without a status"),
                }
            }
        }
    };
    assert_eq!(status.code(), Code::ResourceExhausted, "{status:?}");
    assert!(status.message().contains("2 Chat sessions"), "{status:?}");
}

#[cfg(feature = "bench")]
#[tokio::test]
async fn a_killed_nodes_users_go_offline_once_its_lease_runs_out() {
    use support::process::{confab_server, start};
    let Some(backing) = Backing::start().await else {
        return;
    };
    let nodes = TestServer::start_cluster(
        ServerConfig::for_address("127.0.0.1:0".parse().unwrap()),
        2,
        backing,
    )
    .await;
    join(&nodes, "alice", "lobby").await;
    join(&nodes, "bob", "lobby").await;
    let mut alice = nodes.session("alice").await;
    let backing = nodes.backing().expect("a cluster");
    let mut doomed = start(confab_server().store(backing.store_url()).args([
        "--bus",
        &backing.nats.url(),
        "--node-id",
        "doomed",
    ]))
    .await
    .expect("a third node");
    let _bob = support::session::Session::open(doomed.address(), "bob", Vec::new()).await;
    let online = alice.presence().await;
    assert_eq!(
        (online.user.as_str(), online.state()),
        ("bob", pb::PresenceState::Online)
    );
    doomed.kill().expect("SIGKILL");
    // The lease (10 s) runs out, then bob is offline, told once.
    let offline = alice.presence().await;
    assert_eq!(
        (offline.user.as_str(), offline.state()),
        ("bob", pb::PresenceState::Offline)
    );
    let (_, before_ack) = alice
        .command_acked(pb::chat_request::Command::Send(
            support::wire::send_to_room("lobby", "anyone?"),
        ))
        .await;
    assert!(before_ack.is_empty(), "told once: {before_ack:?}");
}
