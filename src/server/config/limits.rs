//! Limits kept per connection and per peer address, beside the per-user
//! ones: in open mode a caller names itself, so a client that uses many
//! names would otherwise multiply its allowance by the number of names.

use clap::{builder::BoolishValueParser, ArgAction, Args};

/// How much one connection and one peer address may do.
#[derive(Clone, Debug, Args)]
pub struct PeerLimits {
    /// Messages per second one connection may send, sustained, whatever
    /// names it sends as (0: no limit). A connection is one client
    /// process; 1,000 is five users sending at their full rate (a bot or
    /// a bridge that speaks for several), and a small share of what the
    /// server stores per second (tens of thousands, see BENCHMARKS.md).
    #[arg(long, env = "CONFAB_RATE_PER_CONNECTION", default_value_t = 1000)]
    pub rate_per_connection: u32,

    /// Messages one connection may send in a burst, above its sustained
    /// rate: twice the rate, as for users.
    #[arg(long, env = "CONFAB_RATE_BURST_PER_CONNECTION", default_value_t = 2000)]
    pub rate_burst_per_connection: u32,

    /// Messages per second one peer address (IP) may send, sustained, over
    /// all its connections (0: no limit). Twice a connection's: several
    /// people behind one NAT share an address, yet one host cannot take
    /// more than a few percent of the server by opening connections.
    /// Behind a proxy every client has the proxy's address: raise it, or
    /// set 0.
    #[arg(long, env = "CONFAB_RATE_PER_PEER", default_value_t = 2000)]
    pub rate_per_peer: u32,

    /// Messages one peer address may send in a burst, above its sustained
    /// rate: twice the rate.
    #[arg(long, env = "CONFAB_RATE_BURST_PER_PEER", default_value_t = 4000)]
    pub rate_burst_per_peer: u32,

    /// The most Chat sessions open at once from one peer address, whatever
    /// names they use (0: no limit). 512 is sixteen users at their own
    /// limit, or an office of a few hundred behind one NAT with a session
    /// or two each; an idle session costs a few kilobytes, so one address
    /// cannot hold more than a few megabytes of the server this way.
    #[arg(long, env = "CONFAB_MAX_SESSIONS_PER_PEER", default_value_t = 512)]
    pub max_sessions_per_peer: usize,

    /// Hold loopback peers (127.0.0.1, ::1) to the per-connection and
    /// per-address limits too (rates, sessions, connections per peer, rooms
    /// per hour). Off by default: on loopback the address says nothing
    /// about who calls (every local process, a TLS terminator or proxy in
    /// front, the tests and the benchmarks, which run thousands of sessions
    /// from 127.0.0.1, all share it), and open mode serves only loopback
    /// anyway. (The variable takes 1/true/yes or 0/false/no.)
    #[arg(long, env = "CONFAB_PEER_LIMITS_ON_LOOPBACK", action = ArgAction::SetTrue, value_parser = BoolishValueParser::new())]
    pub peer_limits_on_loopback: bool,
}
