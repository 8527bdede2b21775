//! How the store is checked: at start, and while serving (health).

use clap::{builder::BoolishValueParser, ArgAction, Args};

/// Checks of the store.
#[derive(Clone, Debug, Args)]
pub struct StoreCheck {
    /// Do not check the SQLite file at start. The check (`PRAGMA
    /// quick_check`) reads the whole file, about a second per gigabyte on
    /// an SSD: on by default, since a damaged file would otherwise be
    /// served as healthy and fail call after call; skip it for a huge file
    /// you trust, or to serve what can still be read from a damaged one.
    /// (The variable takes 1/true/yes or 0/false/no.)
    #[arg(long, env = "CONFAB_SKIP_CHECK", action = ArgAction::SetTrue, value_parser = BoolishValueParser::new())]
    pub skip_check: bool,

    /// After a call fails because the store does (a full disk, say),
    /// health is NOT_SERVING, and the store is tried again this often, in
    /// milliseconds, until it works: 2 s is quick to notice that space
    /// was freed, and costs one small write per period only while failing.
    #[arg(long, env = "CONFAB_STORE_PROBE_MS", default_value_t = 2000)]
    pub store_probe_ms: u64,
}
