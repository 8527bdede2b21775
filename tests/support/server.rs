//! A confab server started in this process on an ephemeral loopback port,
//! and clients of it. With `CONFAB_TEST_CLUSTER=N` (see
//! [`super::cluster`]) "the server" is N nodes on one PostgreSQL database
//! and one nats-server, and each client or session goes to the next node
//! in turn.

use std::{
    net::SocketAddr,
    sync::atomic::{AtomicUsize, Ordering},
};

use confab::{
    client::{self, Client},
    pb,
    server::{self, ServerConfig, ServerError},
};
use tokio::{sync::oneshot, task::JoinHandle};
use tonic::transport::Channel;

use super::{cluster, postgres::TestDatabase, session::Session, WAIT};

/// A server running in this process (or a cluster of nodes), stopped
/// when dropped.
pub struct TestServer {
    /// The first node's address.
    pub addr: SocketAddr,
    /// Every node's address (just `addr` without a cluster).
    pub nodes: Vec<SocketAddr>,
    /// Which node the next client goes to.
    next: AtomicUsize,
    stop: Vec<oneshot::Sender<()>>,
    handle: Vec<JoinHandle<Result<(), ServerError>>>,
    /// The database (its folder, or a PostgreSQL database), removed
    /// when the server is dropped.
    data: Option<TestStore>,
    /// A cluster's nats-server and database, dropped after the nodes.
    backing: Option<cluster::Backing>,
}

/// The store URL of a SQLite database in `dir`.
pub fn sqlite_url(dir: &tempfile::TempDir) -> String {
    format!("sqlite://{}", dir.path().join("confab.db").display())
}

/// A durable store made for a test, removed when dropped: SQLite in a
/// temporary folder, or with `CONFAB_TEST_STORE=postgres` a fresh
/// PostgreSQL database (see [`super::postgres`]; without one available it
/// says it skipped PostgreSQL and uses SQLite, unless
/// `CONFAB_REQUIRE_POSTGRES=1`).
pub enum TestStore {
    /// A SQLite file in this folder.
    Sqlite(tempfile::TempDir),
    /// A database of its own.
    Postgres(TestDatabase),
}

impl TestStore {
    /// The durable store the tests run on.
    pub async fn durable() -> Self {
        if super::postgres::asked() {
            if let Some(database) = TestDatabase::create().await {
                return TestStore::Postgres(database);
            }
        }
        TestStore::Sqlite(tempfile::tempdir().expect("temporary folder"))
    }

    /// Its `--store` URL.
    pub fn url(&self) -> String {
        match self {
            TestStore::Sqlite(dir) => sqlite_url(dir),
            TestStore::Postgres(database) => database.url().to_owned(),
        }
    }
}

impl TestServer {
    /// Starts a server with the default configuration, on the default
    /// store (SQLite) in a fresh temporary folder; `CONFAB_TEST_STORE=memory`
    /// runs the same tests on the memory store, `CONFAB_TEST_STORE=postgres`
    /// on a fresh PostgreSQL database (see [`TestStore`]).
    pub async fn start() -> Self {
        Self::start_with(|_| {}).await
    }

    /// Starts a server after `configure` adjusts its configuration.
    pub async fn start_with(configure: impl FnOnce(&mut ServerConfig)) -> Self {
        if let Some(nodes) = cluster::cluster_size() {
            if let Some(backing) = cluster::Backing::start().await {
                let mut config = ServerConfig::for_address("127.0.0.1:0".parse().expect("address"));
                configure(&mut config);
                return Self::start_cluster(config, nodes, backing).await;
            }
        }
        let data = TestStore::durable().await;
        let mut config = ServerConfig::for_address("127.0.0.1:0".parse().expect("address"));
        config.store = match std::env::var("CONFAB_TEST_STORE").as_deref() {
            Ok("memory") => "memory".into(),
            _ => data.url(),
        };
        configure(&mut config);
        let mut server = Self::start_config(config).await;
        server.data = Some(data);
        server
    }

    /// Starts a server with exactly this configuration, on an ephemeral
    /// loopback port.
    pub async fn start_config(mut config: ServerConfig) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("local addr");
        config.listen = addr;
        let (stop, stopped) = oneshot::channel::<()>();
        let handle = tokio::spawn(server::serve(config, listener, async {
            let _ = stopped.await;
        }));
        Self {
            addr,
            nodes: vec![addr],
            next: AtomicUsize::new(0),
            stop: vec![stop],
            handle: vec![handle],
            data: None,
            backing: None,
        }
    }

    /// Starts `nodes` nodes configured as `config` on the cluster's
    /// database and bus, one after the other (the first creates the
    /// schema).
    pub async fn start_cluster(
        config: ServerConfig,
        nodes: usize,
        backing: cluster::Backing,
    ) -> Self {
        let mut cluster: Option<Self> = None;
        for node in 0..nodes {
            let mut config = config.clone();
            config.store = backing.store_url();
            config.cluster.bus = Some(backing.nats.url());
            config.cluster.node_id = Some(format!("node{node}"));
            let started = Self::start_config(config).await;
            // Serving: it answers a call.
            let mut client = started.client("probe").await;
            let deadline = tokio::time::Instant::now() + WAIT;
            // An answer of any kind, a refusal of the probe's identity
            // too (jwt mode), says the node serves.
            while client
                .list_rooms(pb::ListRoomsRequest::default())
                .await
                .is_err_and(|status| status.code() != tonic::Code::Unauthenticated)
            {
                assert!(
                    tokio::time::Instant::now() < deadline,
                    "node {node} does not answer"
                );
                tokio::time::sleep(std::time::Duration::from_millis(20)).await;
            }
            match &mut cluster {
                None => cluster = Some(started),
                Some(cluster) => {
                    let mut started = started;
                    cluster.nodes.push(started.addr);
                    cluster.stop.append(&mut started.stop);
                    cluster.handle.append(&mut started.handle);
                }
            }
        }
        let mut cluster = cluster.expect("at least one node");
        cluster.backing = Some(backing);
        cluster
    }

    /// A cluster's nats-server and database.
    pub fn backing(&self) -> Option<&cluster::Backing> {
        self.backing.as_ref()
    }

    /// The address of the node the next client goes to: round robin over
    /// the nodes.
    pub fn next_addr(&self) -> SocketAddr {
        let next = self.next.fetch_add(1, Ordering::Relaxed);
        self.nodes[next % self.nodes.len()]
    }

    /// A client calling as `user`.
    pub async fn client(&self, user: &str) -> Client {
        client::connect(&self.next_addr().to_string(), user)
            .await
            .expect("connect")
    }

    /// A client calling as `user`, who has joined `room` (with it).
    pub async fn member(&self, user: &str, room: &str) -> Client {
        let mut client = self.client(user).await;
        client
            .join(pb::JoinRequest { room: room.into() })
            .await
            .expect("join");
        client
    }

    /// A new connection, with nothing on it yet.
    async fn channel(&self) -> Channel {
        tonic::transport::Endpoint::from_shared(format!("http://{}", self.next_addr()))
            .expect("address")
            .connect()
            .await
            .expect("connect")
    }

    /// A client that names no caller.
    pub async fn anonymous_client(&self) -> pb::chat_service_client::ChatServiceClient<Channel> {
        pb::chat_service_client::ChatServiceClient::new(self.channel().await)
    }

    /// A raw gRPC client on a new connection, for hand-made request bytes
    /// (see [`super::raw`]).
    pub async fn raw_client(&self) -> tonic::client::Grpc<Channel> {
        tonic::client::Grpc::new(self.channel().await)
    }

    /// Opens a Chat session as `user` with a resume frame holding `cursors`,
    /// and waits for `ready`.
    pub async fn session_from(&self, user: &str, cursors: Vec<pb::Cursor>) -> Session {
        Session::open(&self.next_addr().to_string(), user, cursors).await
    }

    /// Opens a live Chat session as `user` (no replay).
    pub async fn session(&self, user: &str) -> Session {
        self.session_from(user, Vec::new()).await
    }

    /// Triggers shutdown and waits for the server (every node) to finish.
    pub async fn shutdown(mut self) -> Result<(), ServerError> {
        for stop in self.stop.drain(..) {
            let _ = stop.send(());
        }
        let mut result = Ok(());
        for handle in self.handle.drain(..) {
            let finished = tokio::time::timeout(WAIT, handle)
                .await
                .expect("server did not shut down in time")
                .expect("server task panicked");
            if result.is_ok() {
                result = finished;
            }
        }
        result
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        for stop in self.stop.drain(..) {
            let _ = stop.send(());
        }
        // A cluster's database is dropped only once its nodes are gone.
        if self.backing.is_some() {
            for handle in self.handle.drain(..) {
                handle.abort();
            }
        }
    }
}

/// Joins `room` as `user` with a unary call.
pub async fn join(server: &TestServer, user: &str, room: &str) -> pb::JoinResponse {
    server
        .client(user)
        .await
        .join(pb::JoinRequest { room: room.into() })
        .await
        .expect("join")
        .into_inner()
}
