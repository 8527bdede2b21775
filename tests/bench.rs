//! confab-bench runs a tiny fanout against the real server binary and finds
//! every message delivered once, in order. Timing belongs to the bench
//! itself (see BENCHMARKS.md), not to tests: nothing here checks speed.
//! The bench is the cargo feature `bench`; without it there is nothing to
//! test here.
#![cfg(feature = "bench")]

mod support;

use clap::Parser;
use confab::bench::{self, BenchArgs, PublishMode};

fn args(extra: &[&str]) -> BenchArgs {
    let mut argv = vec![
        "confab-bench",
        "fanout",
        "--subscribers",
        "5",
        "--publishers",
        "2",
        "--messages",
        "50",
        "--server-bin",
        env!("CARGO_BIN_EXE_confab-server"),
        "--quiet",
    ];
    argv.extend_from_slice(extra);
    BenchArgs::parse_from(argv)
}

async fn tiny_fanout_is_exact(extra: &[&str]) {
    let options = args(extra).options().expect("options");
    let summary = bench::run(&options).await.expect("bench run");
    let report = &summary.confab.median;
    assert_eq!(report.expected_deliveries, 5 * 2 * 50);
    assert_eq!(report.deliveries, 5 * 2 * 50, "{report:?}");
    assert_eq!(report.lost, 0, "{report:?}");
    assert_eq!(report.duplicates, 0, "{report:?}");
    assert_eq!(report.out_of_order, 0, "{report:?}");
    assert_eq!(report.broken_streams, 0, "{report:?}");
    assert_eq!(report.sends, 2 * 50, "{report:?}");
    assert_eq!(report.send_errors, 0, "{report:?}");
    assert!(report.latency_p99_us.is_some(), "{report:?}");
    assert!(summary.correct());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tiny_fanout_with_unary_sends_delivers_everything_once_in_order() {
    tiny_fanout_is_exact(&[]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tiny_fanout_pipelined_on_chat_streams_delivers_everything_once_in_order() {
    let options = args(&["--publish", "chat"]).options().expect("options");
    assert_eq!(options.load.publish, PublishMode::Chat);
    tiny_fanout_is_exact(&["--publish", "chat"]).await;
}

/// `--nodes 2`: the sessions go round two nodes on one PostgreSQL
/// database with a nats-server between them, so the subscribers of the
/// second node get the first node's messages (and the other way round)
/// over the bus: all of them, once, in order. Skipped (and said so)
/// without PostgreSQL or nats-server, failed then under
/// `CONFAB_REQUIRE_CLUSTER=1`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tiny_fanout_over_two_nodes_and_a_bus_delivers_everything_once_in_order() {
    if support::cluster::nats_binary().is_none() {
        support::cluster::skip("nats-server is not installed");
        return;
    }
    let Some(database) = support::postgres::TestDatabase::create().await else {
        support::cluster::skip("PostgreSQL is not available");
        return;
    };
    let store = database.url().to_owned();
    let options = args(&["--nodes", "2", "--store", &store])
        .options()
        .expect("options");
    assert_eq!(options.load.nodes, 2);
    let summary = bench::run(&options).await.expect("bench run");
    let report = &summary.confab.median;
    assert_eq!(report.deliveries, 5 * 2 * 50, "{report:?}");
    assert_eq!(
        (report.lost, report.duplicates, report.out_of_order),
        (0, 0, 0),
        "{report:?}"
    );
    assert_eq!(report.send_errors + report.broken_streams, 0, "{report:?}");
    assert!(report.bus_cpu_s.is_some(), "{report:?}");
    assert!(summary.correct());
}

/// `--typing`: paced publishers send typing signals instead of messages,
/// slower than the once-a-second gate, so every one is passed on, and
/// every subscriber gets each (`extra`: more arguments).
async fn tiny_typing_run(extra: &[&str]) {
    let mut args = vec![
        "confab-bench",
        "paced",
        "--typing",
        "--subscribers",
        "5",
        "--publishers",
        "3",
        "--messages",
        "2",
        "--rate",
        "2",
        "--server-bin",
        env!("CARGO_BIN_EXE_confab-server"),
        "--quiet",
    ];
    args.extend_from_slice(extra);
    let options = BenchArgs::parse_from(args).options().expect("options");
    assert!(options.load.typing);
    let summary = bench::run(&options).await.expect("bench run");
    let report = &summary.confab.median;
    assert_eq!(report.sends, 3 * 2, "every signal passed on: {report:?}");
    assert_eq!(report.expected_deliveries, 5 * 3 * 2, "{report:?}");
    assert_eq!(report.deliveries, 5 * 3 * 2, "{report:?}");
    assert_eq!(report.lost, 0, "{report:?}");
    assert_eq!(report.send_errors + report.broken_streams, 0, "{report:?}");
    assert!(report.server_cpu_us_per_delivery.is_some(), "{report:?}");
    assert!(summary.correct());
}

/// A small room: one typing frame per signal.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tiny_typing_run_delivers_every_typing_frame_to_every_subscriber() {
    tiny_typing_run(&[]).await;
}

/// A big room (more streams than the coalescing threshold): typing comes
/// in the room's presence summaries, and each still counts as delivered.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tiny_typing_run_in_a_big_room_delivers_every_signal_in_summaries() {
    tiny_typing_run(&[
        "--server-arg=--coalesce-presence-above=2",
        "--server-arg=--presence-summary-ms=50",
    ])
    .await;
}

/// Two nodes started as the bench starts them (`--listen 127.0.0.1:0`,
/// no `--node-id`): typing on one reaches the subscribers of the other
/// over the bus, so each node has a name of its own. Skipped (and said
/// so) without PostgreSQL or nats-server, failed then under
/// `CONFAB_REQUIRE_CLUSTER=1`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tiny_typing_run_over_two_nodes_reaches_both_nodes_subscribers() {
    if support::cluster::nats_binary().is_none() {
        support::cluster::skip("nats-server is not installed");
        return;
    }
    let Some(database) = support::postgres::TestDatabase::create().await else {
        support::cluster::skip("PostgreSQL is not available");
        return;
    };
    let store = database.url().to_owned();
    tiny_typing_run(&["--nodes", "2", "--store", &store]).await;
}

#[test]
fn typing_is_refused_outside_fanout_and_paced_unary_sends() {
    let refused = |extra: &[&str]| match args(extra).options() {
        Ok(_) => panic!("{extra:?} was accepted"),
        Err(error) => error.to_string(),
    };
    assert!(refused(&["--typing", "--publish", "chat"]).contains("--typing"));
    assert!(refused(&["--typing", "--compare-nats"]).contains("--typing"));
}

#[test]
fn more_than_one_node_needs_a_shared_store_and_servers_of_its_own() {
    let refused = |extra: &[&str]| match args(extra).options() {
        Ok(_) => panic!("{extra:?} was accepted"),
        Err(error) => error.to_string(),
    };
    assert!(refused(&["--nodes", "2"]).contains("--store postgres://"));
    assert!(refused(&["--nodes", "2", "--store", "memory"]).contains("--store postgres://"));
    let store = "postgres://u@127.0.0.1:1/db";
    assert!(refused(&[
        "--nodes",
        "2",
        "--store",
        store,
        "--nats-bin",
        "/nonexistent/nats-server"
    ])
    .contains("was not found"));
    let idle = BenchArgs::parse_from([
        "confab-bench",
        "idle",
        "--nodes",
        "3",
        "--store",
        store,
        "--server-bin",
        env!("CARGO_BIN_EXE_confab-server"),
    ]);
    let error = idle.options().expect_err("idle on three nodes is refused");
    assert!(error.to_string().contains("one node"), "{error}");
    // One node is the default, with no bus.
    assert_eq!(args(&[]).options().expect("options").load.nodes, 1);
}

#[test]
fn the_binary_reports_json() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_confab-bench"))
        .args([
            "fanout",
            "-n",
            "5",
            "-p",
            "2",
            "-m",
            "50",
            "--store",
            "memory",
            "--json",
            "--quiet",
            "--server-bin",
            env!("CARGO_BIN_EXE_confab-server"),
        ])
        .output()
        .expect("run confab-bench");
    assert!(
        output.status.success(),
        "confab-bench failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
    let median = &json["confab"]["median"];
    assert_eq!(median["deliveries"], 500);
    assert_eq!(median["lost"], 0);
    assert_eq!(median["duplicates"], 0);
    assert_eq!(median["out_of_order"], 0);
    assert!(median["deliveries_per_s"].as_f64().unwrap() > 0.0);
    assert!(median["server_cpu_us_per_delivery"].is_number());
}

/// The shared server launcher: `ServerCommand` starts the real binary and
/// returns once it listens; `ServerProcess` stops it.
mod launcher {
    use std::{os::unix::process::ExitStatusExt, path::PathBuf};

    use confab::{
        bench::child::{ChildError, ServerCommand},
        client, pb,
    };

    use crate::support::{
        metrics,
        process::{confab_server, metrics_address, start},
        WAIT,
    };

    const SIGKILL: i32 = 9;

    /// The child's command line, from /proc.
    fn cmdline(pid: u32) -> Vec<String> {
        let raw = std::fs::read(format!("/proc/{pid}/cmdline")).expect("read cmdline");
        raw.split(|&b| b == 0)
            .filter(|a| !a.is_empty())
            .map(|a| String::from_utf8_lossy(a).into_owned())
            .collect()
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_started_server_answers_and_exits_cleanly_on_terminate() {
        let server = start(
            confab_server()
                .store("memory")
                .args(["--rate-per-user", "0"]),
        )
        .await
        .expect("start");
        let args = cmdline(server.pid());
        assert_eq!(
            &args[1..],
            [
                "--listen",
                "127.0.0.1:0",
                "--store",
                "memory",
                "--rate-per-user",
                "0"
            ]
        );
        assert!(
            server.address().starts_with("127.0.0.1:"),
            "{}",
            server.address()
        );
        let mut alice = client::connect(server.address(), "alice")
            .await
            .expect("connect");
        let joined = alice
            .join(pb::JoinRequest {
                room: "launch".into(),
            })
            .await
            .expect("join")
            .into_inner();
        assert!(joined.joined && joined.seq > 0, "{joined:?}");
        let listening = format!("listening on {}", server.address());
        let before = server.output();
        assert!(
            before.iter().any(|line| line.contains(&listening)),
            "{before:?}"
        );
        let pid = server.pid();
        let (mut server, status) = tokio::task::spawn_blocking(move || {
            let mut server = server;
            let status = server.terminate(WAIT);
            (server, status)
        })
        .await
        .expect("the terminate task");
        let status = status.expect("terminate");
        assert!(status.success(), "{status}: {:?}", server.output());
        assert!(!PathBuf::from(format!("/proc/{pid}")).exists());
        // Its log to the end: what it wrote while shutting down too.
        let after = server.output();
        assert!(after.len() > before.len(), "{before:?} then {after:?}");
        assert!(after.starts_with(&before), "{before:?} then {after:?}");
        // Stopped already: nothing more to signal.
        assert_eq!(server.terminate(WAIT).expect("terminate again"), status);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn kill_and_drop_stop_the_server_and_remove_its_temporary_store() {
        // Without a store: SQLite in a temporary directory of its own.
        let mut server = start(confab_server()).await.expect("start");
        let args = cmdline(server.pid());
        let store = args
            .iter()
            .skip_while(|a| *a != "--store")
            .nth(1)
            .expect("a --store flag");
        let db = PathBuf::from(store.strip_prefix("sqlite://").expect("a SQLite URL"));
        let dir = db.parent().expect("its directory").to_owned();
        assert!(dir.is_dir(), "{}", dir.display());
        let status = server.kill().expect("kill");
        assert_eq!(status.signal(), Some(SIGKILL), "{status}");
        assert!(!PathBuf::from(format!("/proc/{}", server.pid())).exists());
        drop(server);
        assert!(!dir.exists(), "{} is left behind", dir.display());

        // Dropped, a server is killed too.
        let server = start(confab_server().store("memory")).await.expect("start");
        let pid = server.pid();
        drop(server);
        assert!(!PathBuf::from(format!("/proc/{pid}")).exists());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_server_that_logs_other_lines_before_it_listens_is_found() {
        // With metrics, the server's first log line says where they are
        // served; the line that says where it listens comes after it.
        let server = start(
            confab_server()
                .store("memory")
                .args(["--metrics-listen", "127.0.0.1:0"]),
        )
        .await
        .expect("start");
        let output = server.output();
        let first = output.first().expect("a log line");
        assert!(first.contains("metrics on http://"), "{output:?}");
        assert!(
            output
                .iter()
                .any(|line| line.contains(&format!("listening on {}", server.address()))),
            "{output:?}"
        );
        let scraped = metrics_address(&server).expect("the metrics address");
        let response = metrics::scrape(scraped.as_str()).await;
        assert!(response.starts_with("HTTP/1.1 200"), "{response}");
        assert_eq!(metrics::value(&response, "confab_sessions_open"), Some(0));
        let mut alice = client::connect(server.address(), "alice")
            .await
            .expect("connect");
        alice
            .join(pb::JoinRequest {
                room: "launch".into(),
            })
            .await
            .expect("join");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_server_that_exits_or_cannot_start_is_an_error() {
        let error = start(confab_server().store("memory").args(["--no-such-flag"]))
            .await
            .expect_err("a bad flag");
        assert!(matches!(error, ChildError::ExitedEarly { .. }), "{error}");
        let error = start(ServerCommand::new("./no/such/confab-server"))
            .await
            .expect_err("no binary");
        assert!(matches!(error, ChildError::Spawn { .. }), "{error}");
        assert!(
            error
                .to_string()
                .starts_with("cannot start ./no/such/confab-server: "),
            "{error}"
        );
    }
}
