//! A broken store, from outside (issue 13, items 7 and 8): a damaged
//! database file is refused at start with what to do, or, started with
//! --skip-check, is reported NOT_SERVING by grpc.health.v1 once a call
//! fails; a full disk answers UNAVAILABLE, saying to retry, stores
//! nothing, and the server serves again once space is freed.
//!
//! The damaged file is a real one made by the real server (a child
//! process), stopped, then overwritten in the middle. The full disk is a
//! 1 MiB tmpfs, which takes root to mount: otherwise that test says it is
//! skipped, and why.

#![cfg(feature = "bench")]

mod support;

use std::{
    io::{Seek, SeekFrom, Write},
    path::{Path, PathBuf},
    process::Command,
};

use confab::pb;
use support::{
    process::{confab_server, start},
    server::TestServer,
    wire::{room, send_to_room},
    WAIT,
};
use tonic::{transport::Channel, Code};
use tonic_health::pb::{
    health_check_response::ServingStatus, health_client::HealthClient, HealthCheckRequest,
};

/// A health client of the server at `address` (`host:port`).
async fn health(address: &str) -> HealthClient<Channel> {
    let channel = tonic::transport::Endpoint::from_shared(format!("http://{address}"))
        .expect("address")
        .connect()
        .await
        .expect("connect");
    HealthClient::new(channel)
}

/// Waits, by the Watch stream, until `service` ("" for the whole server)
/// has `status`; fails the test after WAIT.
async fn health_becomes(address: &str, service: &str, status: ServingStatus) {
    let mut watch = health(address)
        .await
        .watch(HealthCheckRequest {
            service: service.into(),
        })
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
        "health of {service:?} did not become {status:?} within {WAIT:?}"
    );
}

/// The status health reports for `service` now.
async fn health_now(address: &str, service: &str) -> ServingStatus {
    health(address)
        .await
        .check(HealthCheckRequest {
            service: service.into(),
        })
        .await
        .expect("check")
        .into_inner()
        .status()
}

/// Makes a database of 100 rooms of 20 messages each with the real
/// server, stops it, and folds its WAL into the file.
async fn make_database(db: &Path) {
    let url = format!("sqlite://{}", db.display());
    let mut server = start(confab_server().store(url).args(["--rate-per-user", "0"]))
        .await
        .expect("the server starts");
    let client = confab::client::connect(server.address(), "alice")
        .await
        .expect("connect");
    let text = "x".repeat(1000);
    let fills = (0..100).map(|i| {
        let (mut client, text) = (client.clone(), text.clone());
        async move {
            let name = format!("room-{i:03}");
            client
                .join(pb::JoinRequest { room: name.clone() })
                .await
                .expect("join");
            for _ in 0..20 {
                client
                    .send_message(send_to_room(&name, &text))
                    .await
                    .expect("send");
            }
        }
    });
    futures_util::future::join_all(fills).await;
    let status = tokio::task::spawn_blocking(move || server.terminate(WAIT))
        .await
        .expect("the stop task")
        .expect("the server stops");
    assert!(status.success(), "{status}");
    let connection = rusqlite::Connection::open(db).expect("open the database");
    connection
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .expect("checkpoint");
}

/// Overwrites the middle third of the file, whole pages, with a pattern
/// no page starts with.
fn damage(db: &Path) {
    const PAGE: u64 = 4096;
    let len = std::fs::metadata(db).expect("the database").len();
    assert!(len > 100 * PAGE, "a database of {len} bytes is too small");
    let (from, to) = (len / 3 / PAGE * PAGE, 2 * len / 3 / PAGE * PAGE);
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .open(db)
        .expect("open the file");
    file.seek(SeekFrom::Start(from)).expect("seek");
    let garbage = vec![0xA5u8; (to - from) as usize];
    file.write_all(&garbage).expect("overwrite");
    file.sync_all().expect("sync");
}

#[tokio::test]
async fn a_damaged_database_is_refused_at_start_and_reported_not_serving_when_skipped() {
    let dir = tempfile::tempdir().expect("a folder");
    let db = dir.path().join("confab.db");
    make_database(&db).await;
    damage(&db);
    let url = format!("sqlite://{}", db.display());

    // Checked at start: refused, saying what to do.
    let mut command = Command::new(env!("CARGO_BIN_EXE_confab-server"));
    command
        .args(["--listen", "127.0.0.1:0", "--store", &url])
        .env("NO_COLOR", "1");
    let refused = tokio::time::timeout(
        WAIT,
        tokio::task::spawn_blocking(move || command.output().expect("run the server")),
    )
    .await
    .expect("the server exits in time")
    .expect("the run task");
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("failed its check at start"), "{stderr}");
    assert!(stderr.contains("--skip-check"), "{stderr}");

    // Unchecked: it serves, healthy, until a call meets the damage.
    let server =
        start(
            confab_server()
                .store(url)
                .args(["--skip-check", "--store-probe-ms", "100"]),
        )
        .await
        .expect("starts with --skip-check");
    let address = server.address().to_owned();
    assert_eq!(health_now(&address, "").await, ServingStatus::Serving);
    let mut alice = confab::client::connect(&address, "alice")
        .await
        .expect("connect");
    let mut failures = Vec::new();
    for i in 0..100 {
        let read = alice
            .history(pb::HistoryRequest {
                conversation: Some(room(&format!("room-{i:03}"))),
                after_seq: Some(0),
                before_seq: None,
                limit: 1000,
                apply_edits: false,
            })
            .await;
        if let Err(status) = read {
            failures.push(status);
        }
    }
    assert!(!failures.is_empty(), "some reads met the damage");
    for failure in &failures {
        assert_eq!(failure.code(), Code::Internal, "{failure:?}");
        assert!(
            failure.message().contains("the database is damaged"),
            "{failure:?}"
        );
    }
    health_becomes(&address, "", ServingStatus::NotServing).await;
    assert_eq!(
        health_now(&address, "confab.v1.ChatService").await,
        ServingStatus::NotServing
    );
    // A damaged file does not heal: it stays NOT_SERVING.
    for _ in 0..3 {
        alice.list_rooms(pb::ListRoomsRequest::default()).await.ok();
    }
    assert_eq!(health_now(&address, "").await, ServingStatus::NotServing);
}

/// A small tmpfs, unmounted (lazily, so a file still open cannot keep it)
/// when dropped.
struct SmallDisk {
    path: PathBuf,
    _dir: tempfile::TempDir,
}

impl SmallDisk {
    /// A 1 MiB tmpfs, or why there cannot be one here.
    fn mount() -> Result<Self, String> {
        let uid = Command::new("id")
            .arg("-u")
            .output()
            .map_err(|e| format!("cannot run id -u: {e}"))?;
        let uid = String::from_utf8_lossy(&uid.stdout).trim().to_owned();
        if uid != "0" {
            return Err(format!("mounting a tmpfs takes root, and id -u is {uid}"));
        }
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let path = dir.path().to_owned();
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=1m", "tmpfs"])
            .arg(&path)
            .output()
            .map_err(|e| format!("cannot run mount: {e}"))?;
        if !mounted.status.success() {
            return Err(format!(
                "mount -t tmpfs failed: {}",
                String::from_utf8_lossy(&mounted.stderr).trim()
            ));
        }
        Ok(Self { path, _dir: dir })
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.path).status();
    }
}

#[tokio::test]
async fn a_full_disk_answers_a_retryable_code_and_stores_nothing() {
    let disk = match SmallDisk::mount() {
        Ok(disk) => disk,
        Err(why) => {
            println!("skipped: no small disk to fill ({why})");
            return;
        }
    };
    // Room to free later: the disk is full with this in it.
    let ballast = disk.path.join("ballast");
    std::fs::write(&ballast, vec![0u8; 256 * 1024]).expect("ballast");
    let server = TestServer::start_with(|c| {
        c.store = format!("sqlite://{}", disk.path.join("confab.db").display());
        c.rate_per_user = 0;
        c.store_check.store_probe_ms = 100;
    })
    .await;
    let address = server.addr.to_string();
    let mut alice = server.member("alice", "lobby").await;
    let text = "y".repeat(4000);
    let mut acked = 0u64;
    let refused = loop {
        match alice.send_message(send_to_room("lobby", &text)).await {
            Ok(_) => acked += 1,
            Err(status) => break status,
        }
        assert!(acked < 1000, "1 MiB took {acked} messages of 4 KB");
    };
    assert_eq!(refused.code(), Code::Unavailable, "{refused:?}");
    assert!(refused.message().contains("disk is full"), "{refused:?}");
    assert!(refused.message().contains("retry"), "{refused:?}");
    health_becomes(&address, "", ServingStatus::NotServing).await;

    // Space freed: the probe finds the store working, and sends work.
    std::fs::remove_file(&ballast).expect("free the ballast");
    health_becomes(&address, "", ServingStatus::Serving).await;
    let seq = alice
        .send_message(send_to_room("lobby", "after"))
        .await
        .expect("a send once space is back")
        .into_inner()
        .seq;
    // The join, the acked messages, this one: the refused one stored
    // nothing.
    assert_eq!(seq, 1 + acked + 1);
    let page = alice
        .history(pb::HistoryRequest {
            conversation: Some(room("lobby")),
            after_seq: None,
            before_seq: None,
            limit: 1,
            apply_edits: false,
        })
        .await
        .expect("history")
        .into_inner();
    assert_eq!(page.last_seq, seq);
    server.shutdown().await.expect("clean shutdown");
    drop(disk);
}
