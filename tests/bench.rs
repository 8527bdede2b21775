//! confab-bench runs a tiny fanout against the real server binary and finds
//! every message delivered once, in order. Timing belongs to the bench
//! itself (see BENCHMARKS.md), not to tests: nothing here checks speed.
//! The bench is the cargo feature `bench`; without it there is nothing to
//! test here.
#![cfg(feature = "bench")]

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
