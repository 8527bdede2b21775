//! The one home of test helpers, shared by every file under `tests/`
//! (each says `mod support;`):
//!
//! | module      | what it holds |
//! |-------------|---------------|
//! | [`certs`]   | a CA and certificates made for the test (rcgen), as PEM files |
//! | [`cluster`] | nats-server and a fresh PostgreSQL database for several nodes (`CONFAB_TEST_CLUSTER=3`) |
//! | [`server`]  | a confab server started in this process on an ephemeral loopback port |
//! | [`session`] | a Chat stream driven frame by frame |
//! | [`wire`]    | requests built and answers read: messages, cursors, stream frames, statuses |
//! | [`raw`]     | hand-made request bytes no generated client would send |
//! | [`metrics`] | a server's Prometheus metrics, scraped over HTTP/1.1 |
//! | [`postgres`] | a fresh PostgreSQL database per test (`CONFAB_TEST_POSTGRES`), or a plain skip |
//! | [`process`] | the real `confab-server` binary as a child process (`bench` feature) |
//! | [`cli`]     | the real `confab` binary as a child process, read line by line (`bench` feature) |
//! | [`pty`]     | `confab` on a pseudo-terminal, read off its screen |
//!
//! Every wait is bounded by [`WAIT`], so that what does not come fails the
//! test instead of hanging it; nothing here sleeps to synchronise.

// Each test file uses only some of these helpers.
#![allow(dead_code)]

pub mod certs;
#[cfg(feature = "bench")]
pub mod cli;
pub mod cluster;
pub mod metrics;
pub mod postgres;
#[cfg(feature = "bench")]
pub mod process;
pub mod pty;
pub mod raw;
pub mod server;
pub mod session;
pub mod wire;

use std::{net::SocketAddr, time::Duration};

/// How long a test waits for something that should happen.
pub const WAIT: Duration = Duration::from_secs(20);

/// A loopback address nothing listens on (bound, then released): for a
/// server to be told to listen on, or for a client to fail to reach.
pub fn unused_address() -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("address")
}
