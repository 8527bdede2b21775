//! The PostgreSQL store: several servers on one database, a database that
//! goes away and comes back, and the migrations. Each test says
//! "skipped: PostgreSQL not available" and passes where there is none
//! (see `support::postgres`), unless CONFAB_REQUIRE_POSTGRES=1.

mod support;

use std::{
    collections::BTreeSet,
    path::{Path, PathBuf},
    process::Command,
};

use confab::{client::Client, pb, server::ServerConfig};
use support::{
    postgres::{connect, with_database, TestDatabase, SKIPPED},
    server::{join, TestServer},
    wire::{room, send_to_room, text_of},
    WAIT,
};
use tonic::{transport::Channel, Code};
use tonic_health::pb::{
    health_check_response::ServingStatus, health_client::HealthClient, HealthCheckRequest,
};

/// A server of its own on the database at `url`.
async fn server_on(url: &str) -> TestServer {
    let mut config = ServerConfig::for_address("127.0.0.1:0".parse().unwrap());
    config.store = url.to_owned();
    config.rate_per_user = 0;
    config.store_check.store_probe_ms = 100;
    TestServer::start_config(config).await
}

/// A server of its own on the database at `url`, fanning out through
/// `nats` (two servers on one database without a bus are refused).
async fn server_with_bus(url: &str, nats: &support::cluster::Nats) -> TestServer {
    let mut config = ServerConfig::for_address("127.0.0.1:0".parse().unwrap());
    config.store = url.to_owned();
    config.rate_per_user = 0;
    config.store_check.store_probe_ms = 100;
    config.cluster.bus = Some(nats.url());
    TestServer::start_config(config).await
}

/// Every event of a room, by History.
async fn history(client: &mut Client, name: &str) -> pb::HistoryResponse {
    client
        .history(pb::HistoryRequest {
            conversation: Some(room(name)),
            after_seq: Some(0),
            before_seq: None,
            limit: 1000,
            apply_edits: false,
        })
        .await
        .expect("history")
        .into_inner()
}

fn with_id(room_name: &str, text: &str, id: &str) -> pb::SendMessageRequest {
    pb::SendMessageRequest {
        client_message_id: id.into(),
        ..send_to_room(room_name, text)
    }
}

#[tokio::test]
async fn two_servers_on_one_database_give_dense_unique_seqs_and_agree_on_history() {
    let Some(database) = TestDatabase::create().await else {
        return;
    };
    let Some(nats) = support::cluster::Nats::start() else {
        return;
    };
    let (a, b) = (
        server_with_bus(database.url(), &nats).await,
        server_with_bus(database.url(), &nats).await,
    );
    const WRITERS: usize = 6;
    const EACH: usize = 150;
    let mut tasks = Vec::new();
    for w in 0..WRITERS {
        let server = if w % 2 == 0 { &a } else { &b };
        let user = format!("w{w}");
        let mut client = server.member(&user, "hall").await;
        tasks.push(tokio::spawn(async move {
            let mut sent = Vec::new();
            for i in 0..EACH {
                let text = format!("{user} {i}");
                let seq = client
                    .send_message(send_to_room("hall", &text))
                    .await
                    .expect("send")
                    .into_inner()
                    .seq;
                sent.push((seq, text));
            }
            sent
        }));
    }
    let mut acked = Vec::new();
    for task in tasks {
        let sent = tokio::time::timeout(WAIT, task)
            .await
            .expect("the writers finish in time")
            .expect("a writer");
        // Each writer's own messages get rising seqs.
        assert!(sent.windows(2).all(|w| w[0].0 < w[1].0), "{sent:?}");
        acked.extend(sent);
    }
    let seqs: BTreeSet<u64> = acked.iter().map(|(seq, _)| *seq).collect();
    assert_eq!(seqs.len(), WRITERS * EACH, "two messages share a seq");

    let from_a = history(&mut a.client("w0").await, "hall").await;
    let from_b = history(&mut b.client("w1").await, "hall").await;
    assert_eq!(from_a, from_b, "the two servers disagree on the history");
    // Joins and messages, seq 1..=last with no hole.
    let stored: Vec<u64> = from_a.events.iter().map(|e| e.seq).collect();
    let expected: Vec<u64> = (1..=(WRITERS * (EACH + 1)) as u64).collect();
    assert_eq!(stored, expected);
    assert_eq!(from_a.last_seq, expected.len() as u64);
    for (seq, text) in &acked {
        let event = &from_a.events[(*seq - 1) as usize];
        assert_eq!(text_of(event), Some(text.as_str()), "seq {seq}");
    }
    println!(
        "checked: {} acknowledged sends through two servers, seqs 1..={} dense and unique, \
         histories agree",
        acked.len(),
        from_a.last_seq
    );
}

#[tokio::test]
async fn a_retry_on_the_other_server_returns_the_same_seq_and_stores_once() {
    let Some(database) = TestDatabase::create().await else {
        return;
    };
    let Some(nats) = support::cluster::Nats::start() else {
        return;
    };
    let (a, b) = (
        server_with_bus(database.url(), &nats).await,
        server_with_bus(database.url(), &nats).await,
    );
    let mut on_a = a.member("alice", "hall").await;
    let mut on_b = b.client("alice").await;
    let first = on_a
        .send_message(with_id("hall", "only once", "m-1"))
        .await
        .expect("send")
        .into_inner();
    assert!(!first.duplicate);
    let retry = on_b
        .send_message(with_id("hall", "only once", "m-1"))
        .await
        .expect("retry")
        .into_inner();
    assert!(retry.duplicate, "the retry was stored again");
    assert_eq!(retry.seq, first.seq);
    // Both at once on both servers, a fresh id: one stored, one seq.
    let (x, y) = tokio::join!(
        on_a.send_message(with_id("hall", "raced", "m-2")),
        on_b.send_message(with_id("hall", "raced", "m-2")),
    );
    let (x, y) = (x.expect("send").into_inner(), y.expect("send").into_inner());
    assert_eq!(x.seq, y.seq);
    assert!(x.duplicate != y.duplicate, "{x:?} {y:?}");
    let texts: Vec<String> = history(&mut on_b, "hall")
        .await
        .events
        .iter()
        .filter_map(|e| text_of(e).map(str::to_owned))
        .collect();
    assert_eq!(texts, ["only once", "raced"]);
}

#[tokio::test]
async fn migrations_are_numbered_and_running_them_again_changes_nothing() {
    let Some(database) = TestDatabase::create().await else {
        return;
    };
    let Some(nats) = support::cluster::Nats::start() else {
        return;
    };
    let server = server_on(database.url()).await;
    join(&server, "alice", "lobby").await;
    server.shutdown().await.expect("shutdown");
    // Two servers starting together (on a bus: two nodes without one are
    // refused), then one again: each finds the schema up to date, and
    // what was stored is still there.
    let (one, two) = tokio::join!(
        server_with_bus(database.url(), &nats),
        server_with_bus(database.url(), &nats)
    );
    two.shutdown().await.expect("shutdown");
    one.shutdown().await.expect("shutdown");
    let again = server_on(database.url()).await;
    let client = connect(database.url()).await.expect("connect");
    let versions: Vec<i32> = client
        .query(
            "SELECT version FROM confab_migrations ORDER BY version",
            &[],
        )
        .await
        .expect("migrations")
        .iter()
        .map(|row| row.get(0))
        .collect();
    assert_eq!(versions, [1, 2, 3, 4]);
    let history = history(&mut again.client("alice").await, "lobby").await;
    assert_eq!(history.last_seq, 1);
}

/// A PostgreSQL of the test's own, in a temporary folder, run as the
/// `postgres` user (it refuses to run as root), that the test stops and
/// starts.
struct OwnPostgres {
    dir: tempfile::TempDir,
    bin: PathBuf,
    port: u16,
}

impl OwnPostgres {
    /// Makes and starts one, or says why it cannot and returns `None`.
    fn start() -> Option<Self> {
        let Some(bin) = postgres_bin() else {
            return skip("no PostgreSQL binaries (initdb, pg_ctl)");
        };
        let dir = tempfile::tempdir().expect("temporary folder");
        if is_root() {
            let chown = Command::new("chown")
                .arg("postgres:postgres")
                .arg(dir.path())
                .status();
            if !chown.is_ok_and(|s| s.success()) {
                return skip("no `postgres` user to run PostgreSQL as");
            }
        }
        let own = Self {
            port: support::unused_address().port(),
            dir,
            bin,
        };
        let data = own.data();
        let initdb = own
            .run(
                "initdb",
                &["-D", &data, "-A", "trust", "-U", "postgres", "--no-sync"],
            )
            .expect("initdb");
        assert!(initdb.success(), "initdb failed");
        own.pg_ctl_start();
        Some(own)
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    /// Runs one of PostgreSQL's programs, as `postgres` when root.
    fn run(&self, program: &str, args: &[&str]) -> std::io::Result<std::process::ExitStatus> {
        let path = self.bin.join(program);
        let mut command = if is_root() {
            let mut command = Command::new("runuser");
            command.args(["-u", "postgres", "--"]).arg(path);
            command
        } else {
            Command::new(path)
        };
        command
            .args(args)
            .current_dir(self.dir.path())
            .stdout(std::process::Stdio::null())
            .status()
    }

    fn pg_ctl_start(&self) {
        let options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off",
            self.port,
            self.dir.path().display()
        );
        let log = self.dir.path().join("log").display().to_string();
        let data = self.data();
        let started = self
            .run(
                "pg_ctl",
                &[
                    "-D", &data, "-l", &log, "-w", "-t", "20", "-o", &options, "start",
                ],
            )
            .expect("pg_ctl start");
        assert!(started.success(), "PostgreSQL did not start; see {log}");
    }

    fn pg_ctl_stop(&self) {
        let data = self.data();
        let stopped = self
            .run(
                "pg_ctl",
                &["-D", &data, "-m", "fast", "-w", "-t", "20", "stop"],
            )
            .expect("pg_ctl stop");
        assert!(stopped.success(), "PostgreSQL did not stop");
    }
}

impl Drop for OwnPostgres {
    fn drop(&mut self) {
        let data = self.data();
        let _ = self.run("pg_ctl", &["-D", &data, "-m", "immediate", "-w", "stop"]);
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| out.stdout.trim_ascii() == b"0")
}

/// The folder of initdb and pg_ctl: Debian's newest, or PATH's.
fn postgres_bin() -> Option<PathBuf> {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .filter_map(|entry| entry.ok().map(|e| e.path().join("bin")))
        .filter(|bin| bin.join("pg_ctl").exists())
        .collect();
    versions.sort();
    if let Some(bin) = versions.pop() {
        return Some(bin);
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).find(|dir| Path::new(dir).join("pg_ctl").exists())
}

/// Says why the test cannot run; fails it under CONFAB_REQUIRE_POSTGRES=1.
fn skip<T>(why: &str) -> Option<T> {
    if std::env::var("CONFAB_REQUIRE_POSTGRES").as_deref() == Ok("1") {
        panic!("CONFAB_REQUIRE_POSTGRES=1 but {why}");
    }
    println!("{SKIPPED}: {why}");
    None
}

async fn health(server: &TestServer) -> HealthClient<Channel> {
    let channel = tonic::transport::Endpoint::from_shared(format!("http://{}", server.addr))
        .expect("address")
        .connect()
        .await
        .expect("connect");
    HealthClient::new(channel)
}

/// Waits, by the Watch stream, until the server's health is `status`.
async fn health_becomes(server: &TestServer, status: ServingStatus) {
    let mut watch = health(server)
        .await
        .watch(HealthCheckRequest { service: "".into() })
        .await
        .expect("watch")
        .into_inner();
    let waited = tokio::time::timeout(WAIT, async {
        loop {
            match watch.message().await {
                Ok(Some(answer)) if answer.status() == status => return,
                Ok(Some(_)) => continue,
                other => panic!("the health watch ended: {other:?}"),
            }
        }
    })
    .await;
    assert!(
        waited.is_ok(),
        "health did not become {status:?} within {WAIT:?}"
    );
}

#[tokio::test]
async fn postgres_away_means_unavailable_and_not_serving_until_it_is_back() {
    let Some(own) = tokio::task::spawn_blocking(OwnPostgres::start)
        .await
        .expect("start")
    else {
        return;
    };
    let database = TestDatabase::create_on(&own.url()).await;
    assert_eq!(with_database(&own.url(), "x").rsplit('/').next(), Some("x"));
    let server = server_on(database.url()).await;
    let mut alice = server.member("alice", "hall").await;
    alice
        .send_message(send_to_room("hall", "before"))
        .await
        .expect("send before");
    health_becomes(&server, ServingStatus::Serving).await;

    let own = tokio::task::spawn_blocking(move || {
        own.pg_ctl_stop();
        own
    })
    .await
    .expect("stop");
    let refused = alice
        .send_message(with_id("hall", "while away", "away-1"))
        .await
        .expect_err("a send while PostgreSQL is away");
    assert_eq!(refused.code(), Code::Unavailable, "{refused:?}");
    assert!(refused.message().contains("retry"), "{refused:?}");
    health_becomes(&server, ServingStatus::NotServing).await;
    let read = alice
        .history(pb::HistoryRequest {
            conversation: Some(room("hall")),
            after_seq: Some(0),
            before_seq: None,
            limit: 10,
            apply_edits: false,
        })
        .await
        .expect_err("a read while PostgreSQL is away");
    assert_eq!(read.code(), Code::Unavailable, "{read:?}");

    let own = tokio::task::spawn_blocking(move || {
        own.pg_ctl_start();
        own
    })
    .await
    .expect("start again");
    // The probe finds it back; no restart of the server.
    health_becomes(&server, ServingStatus::Serving).await;
    let retried = alice
        .send_message(with_id("hall", "while away", "away-1"))
        .await
        .expect("the retry once it is back")
        .into_inner();
    assert!(!retried.duplicate, "the refused send was stored after all");
    let texts: Vec<String> = history(&mut alice, "hall")
        .await
        .events
        .iter()
        .filter_map(|e| text_of(e).map(str::to_owned))
        .collect();
    assert_eq!(texts, ["before", "while away"]);
    drop(server);
    drop(database);
    drop(own);
}

#[tokio::test]
async fn a_refused_send_leaves_no_row_behind() {
    let Some(database) = TestDatabase::create().await else {
        return;
    };
    let server = server_on(database.url()).await;
    let mut alice = server.member("alice", "hall").await;
    let refused = alice
        .send_message(send_to_room("nowhere", "hello?"))
        .await
        .expect_err("a room that does not exist");
    assert_eq!(refused.code(), Code::NotFound);
    let refused = alice
        .send_message(support::wire::send_to_user("nobody", "hello?"))
        .await
        .expect_err("a user who does not exist");
    assert_eq!(refused.code(), Code::NotFound);
    let client = connect(database.url()).await.expect("connect");
    let keys: Vec<String> = client
        .query("SELECT key FROM conversations ORDER BY key", &[])
        .await
        .expect("conversations")
        .iter()
        .map(|row| row.get(0))
        .collect();
    assert_eq!(keys, ["r:hall"]);
}
