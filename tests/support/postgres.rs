//! PostgreSQL for tests: a fresh database per test server, made through
//! the admin URL in `CONFAB_TEST_POSTGRES` (a superuser, e.g.
//! `postgres://postgres@127.0.0.1:55432/postgres`; `.ci/postgres.sh`
//! starts one and sets it) and dropped when the test is done.
//!
//! A test that needs PostgreSQL and finds no `CONFAB_TEST_POSTGRES` says
//! [`SKIPPED`] and passes, unless `CONFAB_REQUIRE_POSTGRES=1`, where it
//! fails (CI sets it, so a skip cannot pass for a run).

use std::sync::atomic::{AtomicU64, Ordering};

/// What a test says when it cannot run for want of PostgreSQL.
pub const SKIPPED: &str = "skipped: PostgreSQL not available (set CONFAB_TEST_POSTGRES)";

/// The admin URL, if PostgreSQL is available; `None` (having said
/// [`SKIPPED`]) if not, or a panic if `CONFAB_REQUIRE_POSTGRES=1`.
pub fn admin_url() -> Option<String> {
    match std::env::var("CONFAB_TEST_POSTGRES") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            if std::env::var("CONFAB_REQUIRE_POSTGRES").as_deref() == Ok("1") {
                panic!("CONFAB_REQUIRE_POSTGRES=1 but CONFAB_TEST_POSTGRES is not set");
            }
            println!("{SKIPPED}");
            None
        }
    }
}

/// Whether the tests were asked to run on PostgreSQL
/// (`CONFAB_TEST_STORE=postgres`).
pub fn asked() -> bool {
    std::env::var("CONFAB_TEST_STORE").as_deref() == Ok("postgres")
}

/// A database made for one test, dropped (connections and all) with it.
pub struct TestDatabase {
    admin: String,
    name: String,
    url: String,
}

/// Connects to `url`, the connection driven on a task of its own.
pub async fn connect(url: &str) -> Result<tokio_postgres::Client, tokio_postgres::Error> {
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls).await?;
    tokio::spawn(connection);
    Ok(client)
}

/// `url` with its database replaced by `database`.
pub fn with_database(url: &str, database: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let host_end = base[scheme_end..]
        .find('/')
        .map_or(base.len(), |i| scheme_end + i);
    let mut out = format!("{}/{database}", &base[..host_end]);
    if let Some(query) = query {
        out.push('?');
        out.push_str(query);
    }
    out
}

impl TestDatabase {
    /// A new empty database, or `None` if PostgreSQL is not available
    /// (see [`admin_url`]).
    pub async fn create() -> Option<Self> {
        let admin = admin_url()?;
        Some(Self::create_on(&admin).await)
    }

    /// A new empty database on the server of `admin`.
    pub async fn create_on(admin: &str) -> Self {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let name = format!(
            "confab_test_{}_{}_{nanos:x}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let client = connect(admin)
            .await
            .unwrap_or_else(|e| panic!("cannot reach PostgreSQL at {admin}: {e}"));
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .await
            .unwrap_or_else(|e| panic!("cannot create database {name}: {e}"));
        Self {
            url: with_database(admin, &name),
            admin: admin.to_owned(),
            name,
        }
    }

    /// Its URL, for `--store`.
    pub fn url(&self) -> &str {
        &self.url
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let (admin, name) = (self.admin.clone(), self.name.clone());
        // Dropped from async code too: on a thread with a runtime of its own.
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .ok()?;
            runtime.block_on(async move {
                let client = connect(&admin).await.ok()?;
                client
                    .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .await
                    .ok()
            })
        });
        let _ = dropped.join();
    }
}
