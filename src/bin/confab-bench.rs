//! confab-bench: load scenarios against a confab server (started here, or
//! running), with the same scenario against nats-server as a reference.
//! The logic is in `confab::bench`; `confab-bench --help` lists the options.

use std::process::ExitCode;

use clap::Parser;
use confab::bench::{self, BenchArgs};

#[tokio::main]
async fn main() -> ExitCode {
    let args = BenchArgs::parse();
    let options = match args.options() {
        Ok(options) => options,
        Err(error) => {
            eprintln!("confab-bench: {error}");
            return ExitCode::from(2);
        }
    };
    let summary = match bench::run(&options).await {
        Ok(summary) => summary,
        Err(error) => {
            eprintln!("confab-bench: {error}");
            return ExitCode::FAILURE;
        }
    };
    let json = match serde_json::to_string_pretty(&summary) {
        Ok(json) => json,
        Err(error) => {
            eprintln!("confab-bench: cannot write JSON: {error}");
            return ExitCode::FAILURE;
        }
    };
    if let Some(path) = &args.json_file {
        if let Err(error) = std::fs::write(path, format!("{json}\n")) {
            eprintln!("confab-bench: cannot write {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
    }
    if args.json {
        println!("{json}");
    } else {
        print!("{}", bench::table(&summary));
    }
    if summary.correct() {
        ExitCode::SUCCESS
    } else {
        eprintln!("confab-bench: confab lost, repeated or reordered messages, or sends failed");
        ExitCode::from(3)
    }
}
