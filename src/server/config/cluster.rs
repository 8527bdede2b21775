//! Several nodes: the bus between them (`--bus`), this node's name
//! (`--node-id`), and how the bus finds what it missed.

use std::net::SocketAddr;

use clap::Args;

/// Flags for running more than one node on one PostgreSQL store.
#[derive(Clone, Debug, Args)]
pub struct ClusterConfig {
    /// The NATS server nodes fan out through (`nats://HOST:PORT`). Unset
    /// by default: one node needs no bus. Every node on one shared store
    /// must name the same bus, or sessions on one node would not see what
    /// is sent on another.
    #[arg(long = "bus", env = "CONFAB_BUS", value_name = "URL", value_parser = parse_bus)]
    pub bus: Option<String>,

    /// This node's name in logs, metrics and the store's node leases.
    /// Default: HOSTNAME:PORT (the port of `--listen`), unique for nodes
    /// on one machine as long as their ports differ, the same across a
    /// node's restarts, and readable in a log. Nodes that listen on port 0
    /// need one each.
    #[arg(long, env = "CONFAB_NODE_ID")]
    pub node_id: Option<String>,

    /// How long an event that arrives past a gap waits for the missing
    /// ones before they are read from the store, in milliseconds. NATS
    /// delivers one publisher's messages in order, so a gap is two nodes
    /// racing (filled within a millisecond or so) or a loss: 100 ms hides
    /// the race and costs little when something was lost.
    #[arg(long, env = "CONFAB_BUS_GAP_WAIT_MS", default_value_t = 100)]
    pub bus_gap_wait_ms: u64,

    /// How often a node checks the store for the last event of its
    /// followed conversations that heard nothing meanwhile, in
    /// milliseconds. The bus can lose the last message of a quiet room
    /// without any later message showing the gap; this bounds how late
    /// it arrives. One small query per quiet conversation per period:
    /// 2 s keeps that cheap with thousands of rooms.
    #[arg(long, env = "CONFAB_BUS_CHECK_MS", default_value_t = 2000)]
    pub bus_check_ms: u64,
}

impl ClusterConfig {
    /// The node's name: `--node-id`, or this machine's host name and the
    /// port it listens on.
    pub fn node_id(&self, listen: SocketAddr) -> String {
        match &self.node_id {
            Some(id) if !id.trim().is_empty() => id.trim().to_owned(),
            _ => format!("{}:{}", host_name(), listen.port()),
        }
    }
}

/// The machine's host name, from the kernel (or `HOSTNAME`), else
/// `localhost`.
fn host_name() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .or_else(|| std::env::var("HOSTNAME").ok())
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "localhost".to_owned())
}

/// Accepts `nats://HOST:PORT` (and `tls://`), the forms the NATS client
/// takes.
fn parse_bus(value: &str) -> Result<String, String> {
    let rest = value
        .strip_prefix("nats://")
        .or_else(|| value.strip_prefix("tls://"));
    match rest {
        Some(rest) if !rest.is_empty() && !rest.contains('/') => Ok(value.to_owned()),
        _ => Err(format!(
            "{value:?} is not a NATS address: give nats://HOST:PORT, e.g. nats://127.0.0.1:4222"
        )),
    }
}
