//! A cluster for tests: a nats-server child on a free loopback port and a
//! fresh PostgreSQL database, shared by several confab nodes.
//!
//! `CONFAB_TEST_CLUSTER=3` makes [`super::server::TestServer`] start three
//! nodes instead of one and hand out its clients and sessions round robin,
//! so the ordinary integration tests run again on a cluster.
//! `CONFAB_TEST_POSTGRES` names a PostgreSQL server on which the tests may
//! create databases (see [`super::postgres`]); each cluster gets its own,
//! dropped afterwards. Without nats-server or
//! PostgreSQL the tests that need them say "skipped: ..." and pass, unless
//! `CONFAB_REQUIRE_CLUSTER=1`, under which they fail.

use std::{
    net::TcpStream,
    path::PathBuf,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use super::{postgres::TestDatabase, WAIT};

/// How many nodes `CONFAB_TEST_CLUSTER` asks the ordinary tests to run
/// on (`None`: one server, no cluster).
pub fn cluster_size() -> Option<usize> {
    std::env::var("CONFAB_TEST_CLUSTER")
        .ok()
        .and_then(|n| n.parse::<usize>().ok())
        .filter(|&n| n > 1)
}

/// Whether a missing nats-server or PostgreSQL fails the test.
pub fn required() -> bool {
    std::env::var("CONFAB_REQUIRE_CLUSTER").as_deref() == Ok("1")
}

/// Says that a test is skipped and why, or fails it under
/// `CONFAB_REQUIRE_CLUSTER=1`.
pub fn skip(why: &str) {
    assert!(!required(), "{why}, and CONFAB_REQUIRE_CLUSTER=1");
    eprintln!("skipped: {why}");
}

/// The nats-server binary: `CONFAB_NATS_SERVER`, on PATH or in the sbin
/// directories (Debian installs it in /usr/sbin).
pub fn nats_binary() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CONFAB_NATS_SERVER") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(["/usr/sbin", "/usr/local/sbin", "/sbin"].map(PathBuf::from))
        .map(|dir| dir.join("nats-server"))
        .find(|candidate| candidate.is_file())
}

/// A nats-server child on 127.0.0.1, killed when dropped; it can be
/// killed and started again on the same port.
pub struct Nats {
    bin: PathBuf,
    child: Option<Child>,
    pub port: u16,
}

impl Nats {
    /// Starts nats-server on a free port, or says why not (skipped).
    pub fn start() -> Option<Self> {
        let Some(bin) = nats_binary() else {
            skip("nats-server is not installed (apt-get install nats-server)");
            return None;
        };
        let mut nats = Self {
            bin,
            child: None,
            port: super::unused_address().port(),
        };
        nats.restart();
        Some(nats)
    }

    /// The bus URL for `--bus`.
    pub fn url(&self) -> String {
        format!("nats://127.0.0.1:{}", self.port)
    }

    /// Its process id, while it runs.
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    /// SIGKILLs it.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// (Re)starts it on its port and waits until it accepts connections.
    pub fn restart(&mut self) {
        self.kill();
        let child = Command::new(&self.bin)
            .args(["-a", "127.0.0.1", "-p", &self.port.to_string()])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start nats-server");
        self.child = Some(child);
        let deadline = Instant::now() + WAIT;
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(Instant::now() < deadline, "nats-server did not listen");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Nats {
    fn drop(&mut self) {
        self.kill();
    }
}

/// What every node of one cluster shares: the bus and the database.
pub struct Backing {
    pub nats: Nats,
    pub database: TestDatabase,
}

impl Backing {
    /// nats-server and a fresh database, or `None` (skipped, said why).
    pub async fn start() -> Option<Self> {
        let nats = Nats::start()?;
        let Some(admin) = std::env::var("CONFAB_TEST_POSTGRES")
            .ok()
            .filter(|url| !url.is_empty())
        else {
            skip("PostgreSQL not available (set CONFAB_TEST_POSTGRES)");
            return None;
        };
        let database = TestDatabase::create_on(&admin).await;
        Some(Self { nats, database })
    }

    /// The database's URL, for `--store`.
    pub fn store_url(&self) -> String {
        self.database.url().to_owned()
    }
}
