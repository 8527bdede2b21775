//! Read positions: how much a session that resumes without cursors is
//! given of what its user has not read.

use clap::Args;

/// Flags for read positions and what a new device catches up on.
#[derive(Clone, Debug, Args)]
pub struct ReadsConfig {
    /// The most unread events per room a session that resumes with no
    /// cursors (a new device, a browser's first load) is replayed, the
    /// newest ones; an `unread_skipped` frame says how many older ones were
    /// left out (0: replay none, live only as before). 100 fills a screen
    /// or two of a chat window, and keeps the first load of a user in many
    /// busy rooms to a few hundred kilobytes per room at most; older ones
    /// are a History call away.
    #[arg(long, env = "CONFAB_MISSED_PER_ROOM", default_value_t = 100)]
    pub missed_per_room: u64,
}
