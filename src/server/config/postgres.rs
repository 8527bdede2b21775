//! The PostgreSQL store's connections (`--store postgres://...`).

use clap::Args;

/// How a node talks to a PostgreSQL store; ignored by the other stores.
#[derive(Clone, Debug, Args)]
pub struct PostgresConfig {
    /// Connections each node keeps for reads (History, catch-up, listings,
    /// leases), besides its one writer connection. 8: reads are short
    /// index lookups, and several nodes share the database's cores and its
    /// `max_connections` (100 by default); more only queue at the database.
    #[arg(long, env = "CONFAB_POSTGRES_POOL_SIZE", default_value_t = 8)]
    pub postgres_pool_size: usize,

    /// How long a new connection, or a read waiting for a pooled one, may
    /// take, in milliseconds, before the call fails with UNAVAILABLE
    /// (retry). 5 s: far above a healthy database's few milliseconds, and
    /// short enough that a client hears "retry" instead of hanging while
    /// the database is away.
    #[arg(
        long,
        env = "CONFAB_POSTGRES_CONNECT_TIMEOUT_MS",
        default_value_t = 5000
    )]
    pub postgres_connect_timeout_ms: u64,

    /// How long the writer waits for a row another node has locked, in
    /// milliseconds, before that batch fails with UNAVAILABLE (retry). A
    /// batch holds its locks for a few milliseconds; 10 s means a node
    /// that stopped mid-transaction (SIGSTOP, a frozen VM) costs the
    /// others one failed batch per wait, not every send until it dies.
    #[arg(
        long,
        env = "CONFAB_POSTGRES_LOCK_TIMEOUT_MS",
        default_value_t = 10_000
    )]
    pub postgres_lock_timeout_ms: u64,
}
