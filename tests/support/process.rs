//! The real `confab-server` binary as a child process, for the tests that
//! kill, restart or stop it: the library's launcher
//! ([`confab::bench::child`], the same one the bench uses, behind the
//! `bench` feature) pointed at this build's binary, and what the child
//! says about itself in its log.

use confab::bench::child::{ChildError, ServerCommand, ServerProcess};

use super::WAIT;

/// This build's `confab-server`, given at most `WAIT` to say where it
/// listens.
pub fn confab_server() -> ServerCommand {
    ServerCommand::new(env!("CARGO_BIN_EXE_confab-server")).wait(WAIT)
}

/// Starts `command` from async code (the launcher blocks until the child
/// listens, so it runs on a blocking thread).
pub async fn start(command: ServerCommand) -> Result<ServerProcess, ChildError> {
    tokio::task::spawn_blocking(move || command.start())
        .await
        .expect("the start task")
}

/// Where a server started with `--metrics-listen` serves its metrics
/// (`host:port`), as its log said before it said where it listens.
pub fn metrics_address(server: &ServerProcess) -> Option<String> {
    server.output().iter().find_map(|line| {
        let rest = line.split("metrics on http://").nth(1)?;
        rest.split(['/', ' ']).next().map(str::to_owned)
    })
}
