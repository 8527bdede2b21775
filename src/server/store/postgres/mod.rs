//! The PostgreSQL store (`--store postgres://...`), shared by several
//! server nodes.
//!
//! | module | what it is for |
//! |---|---|
//! | this one | opening the store; the reads, over a deadpool-postgres pool; node leases; failure and probe |
//! | [`schema`] | the numbered migrations, rows to events, PostgreSQL errors to [`Error`]s |
//! | [`writer`] | this node's one writer: a thread that group-commits batches of changes |
//! | [`facts`] | the command rules' transaction over facts read per batch |
//!
//! Every change goes through the writer, which applies the commands with
//! the same rules as every backend (`rules.rs`), inside a transaction that
//! locks the conversations' counter rows first: several nodes may share
//! the database, and each decides only on facts read under those locks in
//! its own transaction. Nothing is cached across batches, so a node never
//! decides on what another node has changed since.
//!
//! Seq numbers come from each conversation's counter row, raised in the
//! appending transaction: dense, no holes, commit order is seq order. Not
//! a SEQUENCE (a rollback leaves a hole), no NOTIFY per message (it
//! serialises every commit).
//!
//! Reads go to a pool ([`deadpool_postgres`]) of a few connections; a
//! connection the database closed (a restart) is replaced when next taken.
//! The writer reconnects by itself too. While the database is unreachable
//! every call fails with UNAVAILABLE ("retry"), health says NOT_SERVING,
//! and the probe brings it back once a write commits again.
//!
//! TLS to PostgreSQL is not supported (`sslmode=require` is refused at
//! start): run it on loopback or a private network.

mod edits;
mod facts;
mod reads;
pub(crate) mod schema;
mod writer;

use std::{sync::Arc, time::Duration};

use async_trait::async_trait;
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod, Runtime};
use tokio::sync::{mpsc, oneshot, watch};
use tokio_postgres::NoTls;

use self::{
    facts::{Facts, FactsTx},
    schema::{event_from_row, storage, EVENT_COLUMNS},
    writer::WriteOp,
};
use super::{
    rules::{self, RoomFacts},
    sqlite::schema::key_text,
    Applied, Command, Fanout, NodeLease, ReadRange, RoomSummary, Standing, Store,
};
use crate::{
    error::{Error, Result},
    model::{ConversationKey, Event, Note, Role, RoomName, Seq, UserName},
    server::config::postgres::PostgresConfig,
};

/// Changes queued for the writer before senders wait.
const WRITE_QUEUE: usize = 4096;

/// How long one statement of the writer may run (a batch's statements
/// take milliseconds): past it the batch fails, UNAVAILABLE, rather than
/// hold every send of the node.
const WRITER_STATEMENT_TIMEOUT_MS: u64 = 30_000;

/// A store in a PostgreSQL database.
pub struct PostgresStore {
    /// The writer thread's queue.
    writes: mpsc::Sender<WriteOp>,
    /// Connections for reads and leases.
    pool: Pool,
    /// True from a call that failed because the store did, until a probe
    /// finds it working.
    failing: watch::Sender<bool>,
}

impl PostgresStore {
    /// Connects to the database at `url`, brings its schema up to date and
    /// starts the writer.
    pub async fn open(
        url: &str,
        fanout: Arc<dyn Fanout>,
        settings: &PostgresConfig,
    ) -> Result<Self> {
        let connect_timeout = Duration::from_millis(settings.postgres_connect_timeout_ms.max(1));
        let bad_url = |e: tokio_postgres::Error| {
            Error::InvalidArgument(format!("not a PostgreSQL URL ({e}): {}", redacted(url)))
        };
        let mut config: tokio_postgres::Config = url.parse().map_err(bad_url)?;
        if config.get_ssl_mode() == tokio_postgres::config::SslMode::Require {
            return Err(Error::InvalidArgument(
                "TLS to PostgreSQL is not supported (sslmode=require): connect over loopback \
                 or a private network"
                    .into(),
            ));
        }
        config.connect_timeout(connect_timeout);
        config.keepalives_idle(Duration::from_secs(10));
        if config.get_application_name().is_none() {
            config.application_name("confab");
        }
        let (mut client, connection) = config.connect(NoTls).await.map_err(storage)?;
        let connection = tokio::spawn(connection);
        let applied = schema::migrate(&mut client).await;
        drop(client);
        let _ = connection.await;
        let applied = applied?;
        if !applied.is_empty() {
            tracing::info!(?applied, "applied PostgreSQL migrations");
        }

        let manager = Manager::from_config(
            config.clone(),
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(settings.postgres_pool_size.max(1))
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(connect_timeout))
            .create_timeout(Some(connect_timeout))
            .recycle_timeout(Some(connect_timeout))
            .build()
            .map_err(|e| Error::Storage(format!("cannot make the connection pool: {e}")))?;

        let mut writer_config: ::postgres::Config = url.parse().map_err(bad_url)?;
        writer_config.connect_timeout(connect_timeout);
        writer_config.keepalives_idle(Duration::from_secs(10));
        writer_config.application_name("confab-writer");
        // Its own settings: locks another node holds too long fail the
        // batch (UNAVAILABLE, retry) instead of stopping every send.
        let ours = format!(
            "-c lock_timeout={} -c statement_timeout={WRITER_STATEMENT_TIMEOUT_MS}",
            settings.postgres_lock_timeout_ms
        );
        let options = match writer_config.get_options() {
            Some(given) => format!("{given} {ours}"),
            None => ours,
        };
        writer_config.options(&options);
        let writes = writer::spawn(writer_config, fanout, WRITE_QUEUE)
            .map_err(|e| Error::Storage(format!("cannot start the writer thread: {e}")))?;
        Ok(Self {
            writes,
            pool,
            failing: watch::Sender::new(false),
        })
    }

    /// Notes a storage failure in `result`, for health; passes it on.
    fn noted<T>(&self, result: Result<T>) -> Result<T> {
        if let Err(error) = &result {
            if error.is_storage_failure() {
                self.failing
                    .send_if_modified(|failing| !std::mem::replace(failing, true));
            }
        }
        result
    }

    async fn write<T>(&self, op: impl FnOnce(oneshot::Sender<Result<T>>) -> WriteOp) -> Result<T> {
        let (reply, answer) = oneshot::channel();
        let result = async {
            self.writes
                .send(op(reply))
                .await
                .map_err(|_| Error::Storage("the writer has stopped".into()))?;
            answer
                .await
                .map_err(|_| Error::Storage("the writer stopped before answering".into()))?
        }
        .await;
        self.noted(result)
    }

    /// A pooled connection.
    async fn connection(&self) -> Result<deadpool_postgres::Object> {
        let result = self.pool.get().await.map_err(|error| match error {
            deadpool_postgres::PoolError::Backend(error) => storage(error),
            deadpool_postgres::PoolError::Timeout(_) => {
                Error::StorageUnreachable("no connection to PostgreSQL in time".into())
            }
            other => Error::Storage(other.to_string()),
        });
        self.noted(result)
    }

    /// Runs a query on a pooled connection (prepared once per connection).
    async fn query(
        &self,
        sql: &str,
        params: &[&(dyn tokio_postgres::types::ToSql + Sync)],
    ) -> Result<Vec<tokio_postgres::Row>> {
        let connection = self.connection().await?;
        let result = async {
            let statement = connection.prepare_cached(sql).await?;
            connection.query(&statement, params).await
        }
        .await
        .map_err(storage);
        self.noted(result)
    }

    /// Rooms as listings show them, from rows of [`ROOM_SQL`].
    fn summaries(&self, rows: &[tokio_postgres::Row]) -> Result<Vec<RoomSummary>> {
        rows.iter()
            .map(|row| {
                let users: Vec<String> = row.get(4);
                let roles: Vec<i64> = row.get(5);
                let invited: Vec<String> = row.get(6);
                let members = users
                    .iter()
                    .zip(roles)
                    .map(|(user, code)| {
                        let role = Role::from_code(code)
                            .ok_or_else(|| Error::StorageCorrupt(format!("unknown role {code}")))?;
                        Ok((UserName::parse(user)?, role))
                    })
                    .collect::<Result<Vec<_>>>()?;
                Ok(RoomSummary {
                    name: RoomName::parse(row.get(0))?,
                    members,
                    last_seq: seq(row.get(3))?,
                    private: row.get(1),
                    topic: Note::from_stored(row.get(2)),
                    invited: invited
                        .iter()
                        .map(|user| UserName::parse(user))
                        .collect::<Result<_>>()?,
                })
            })
            .collect()
    }
}

/// The URL without its password, for messages.
fn redacted(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

fn seq(value: i64) -> Result<Seq> {
    u64::try_from(value).map_err(|_| Error::StorageCorrupt(format!("a negative seq {value}")))
}

fn bound(seq: Seq) -> i64 {
    i64::try_from(seq).unwrap_or(i64::MAX)
}

/// A room with its members (names and roles in name order), invitees and
/// latest seq.
const ROOM_SQL: &str = "SELECT r.name, r.private, r.topic, COALESCE(c.last_seq, 0),
        ARRAY(SELECT m.user_name FROM members m WHERE m.room = r.name ORDER BY m.user_name),
        ARRAY(SELECT m.role FROM members m WHERE m.room = r.name ORDER BY m.user_name),
        ARRAY(SELECT i.user_name FROM invites i WHERE i.room = r.name ORDER BY i.user_name)
     FROM rooms r LEFT JOIN conversations c ON c.key = 'r:' || r.name";

#[async_trait]
impl Store for PostgresStore {
    async fn register_user(&self, user: &UserName) -> Result<()> {
        let user = user.clone();
        self.write(|reply| WriteOp::RegisterUser(user, reply)).await
    }

    async fn apply(&self, command: Command) -> Result<Applied> {
        self.write(|reply| WriteOp::Apply(command, reply)).await
    }

    async fn read(
        &self,
        conversation: &ConversationKey,
        range: ReadRange,
        limit: usize,
    ) -> Result<Vec<Arc<Event>>> {
        let key = key_text(conversation);
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        const AFTER: &str =
            "SELECT seq, sender, time_ms, kind, text, client_message_id, target, role, ref_seq
             FROM events WHERE conversation = $1 AND seq > $2 ORDER BY seq LIMIT $3";
        const BEFORE: &str = "SELECT * FROM (SELECT seq, sender, time_ms, kind, text,
             client_message_id, target, role, ref_seq FROM events
             WHERE conversation = $1 AND seq < $2 ORDER BY seq DESC LIMIT $3) e ORDER BY seq";
        debug_assert!(AFTER.contains(EVENT_COLUMNS));
        let (sql, bound) = match range {
            ReadRange::After(after) => (AFTER, bound(after)),
            ReadRange::Before(before) => (BEFORE, bound(before)),
            ReadRange::Latest => (BEFORE, i64::MAX),
        };
        let rows = self.query(sql, &[&key, &bound, &limit]).await?;
        let events = rows
            .iter()
            .map(|row| event_from_row(conversation, row))
            .collect();
        self.noted(events)
    }

    async fn annotations(
        &self,
        conversation: &ConversationKey,
        first: Seq,
        last: Seq,
    ) -> Result<std::collections::BTreeMap<Seq, super::Annotation>> {
        self.read_annotations(conversation, first, last).await
    }

    async fn search(
        &self,
        words: &super::search::Words,
        conversations: &[ConversationKey],
        before: &super::search::Before,
        limit: usize,
    ) -> Result<Vec<super::search::Hit>> {
        let found = self.find(words, conversations, before, limit).await;
        self.noted(found)
    }

    async fn last_seq(&self, conversation: &ConversationKey) -> Result<Seq> {
        let rows = self
            .query(
                "SELECT last_seq FROM conversations WHERE key = $1",
                &[&key_text(conversation)],
            )
            .await?;
        rows.first().map_or(Ok(0), |row| seq(row.get(0)))
    }

    async fn reachable(&self, from: &UserName, to: &UserName) -> Result<bool> {
        let rows = self
            .query(
                "SELECT EXISTS (SELECT 1 FROM users WHERE name = $1),
                        EXISTS (SELECT 1 FROM blocks WHERE user_name = $1 AND blocked = $2)",
                &[&to.as_str(), &from.as_str()],
            )
            .await?;
        let (exists, blocked): (bool, bool) = rows
            .first()
            .map_or((false, false), |row| (row.get(0), row.get(1)));
        if !exists {
            return Err(Error::UnknownUser(to.to_string()));
        }
        Ok(!blocked)
    }

    async fn rooms_of(&self, user: &UserName) -> Result<Vec<RoomName>> {
        let rows = self
            .query(
                "SELECT room FROM members WHERE user_name = $1 ORDER BY room",
                &[&user.as_str()],
            )
            .await?;
        rows.iter().map(|row| RoomName::parse(row.get(0))).collect()
    }

    async fn standing(&self, room: &RoomName, user: &UserName) -> Result<Standing> {
        let rows = self
            .query(
                "SELECT r.owner, r.private, r.topic,
                        (SELECT role FROM members WHERE room = r.name AND user_name = $2),
                        EXISTS (SELECT 1 FROM invites WHERE room = r.name AND user_name = $2),
                        EXISTS (SELECT 1 FROM bans WHERE room = r.name AND user_name = $2)
                 FROM rooms r WHERE r.name = $1",
                &[&room.as_str(), &user.as_str()],
            )
            .await?;
        // The facts of this room and user, and the rules' own function.
        let mut facts = Facts::default();
        let pair = (room.clone(), user.clone());
        match rows.first() {
            None => facts.rooms.learn(room.clone(), None),
            Some(row) => {
                let owner: Option<String> = row.get(0);
                let found = RoomFacts {
                    private: row.get(1),
                    owner: owner.as_deref().map(UserName::parse).transpose()?,
                    topic: Note::from_stored(row.get(2)),
                };
                facts.rooms.learn(room.clone(), Some(found));
                let role = row
                    .get::<_, Option<i64>>(3)
                    .map(|code| {
                        Role::from_code(code)
                            .ok_or_else(|| Error::StorageCorrupt(format!("unknown role {code}")))
                    })
                    .transpose()?;
                facts.members.learn(pair.clone(), role);
                facts.invites.learn(pair.clone(), row.get(4));
                facts.bans.learn(pair, row.get(5));
            }
        }
        rules::standing(&FactsTx::new(facts, None), room, user)
    }

    async fn rooms(&self, after: Option<&RoomName>, limit: usize) -> Result<Vec<RoomSummary>> {
        // Every room name sorts after the empty string.
        let after = after.map_or("", RoomName::as_str);
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let sql = format!("{ROOM_SQL} WHERE r.name > $1 ORDER BY r.name LIMIT $2");
        let rows = self.query(&sql, &[&after, &limit]).await?;
        self.noted(self.summaries(&rows))
    }

    async fn room(&self, room: &RoomName) -> Result<RoomSummary> {
        let sql = format!("{ROOM_SQL} WHERE r.name = $1");
        let rows = self.query(&sql, &[&room.as_str()]).await?;
        self.noted(self.summaries(&rows))?
            .pop()
            .ok_or_else(|| Error::UnknownRoom(room.to_string()))
    }

    async fn private_conversations(&self, user: &UserName) -> Result<Vec<(UserName, Seq)>> {
        // (A counter row at 0 has no events: no conversation yet.)
        let rows = self
            .query(
                "SELECT user_b, last_seq FROM conversations WHERE user_a = $1 AND last_seq > 0
                 UNION ALL
                 SELECT user_a, last_seq FROM conversations WHERE user_b = $1 AND last_seq > 0",
                &[&user.as_str()],
            )
            .await?;
        rows.iter()
            .map(|row| Ok((UserName::parse(row.get(0))?, seq(row.get(1))?)))
            .collect()
    }

    async fn private_cursors(&self, user: &UserName) -> Result<Vec<(UserName, Seq)>> {
        let rows = self
            .query(
                "SELECT peer, seq FROM private_cursors WHERE user_name = $1",
                &[&user.as_str()],
            )
            .await?;
        rows.iter()
            .map(|row| Ok((UserName::parse(row.get(0))?, seq(row.get(1))?)))
            .collect()
    }

    async fn save_private_cursors(
        &self,
        user: &UserName,
        cursors: &[(UserName, Seq)],
    ) -> Result<()> {
        if cursors.is_empty() {
            return Ok(());
        }
        let (user, cursors) = (user.clone(), cursors.to_vec());
        self.write(|reply| WriteOp::SaveCursors(user, cursors, reply))
            .await
    }

    async fn flush(&self) -> Result<()> {
        self.write(WriteOp::Flush).await
    }

    async fn mark_read(
        &self,
        user: &UserName,
        conversation: &ConversationKey,
        seq: Seq,
    ) -> Result<(Seq, bool)> {
        self.mark_read_row(user, conversation, seq).await
    }

    async fn read_states(
        &self,
        user: &UserName,
        conversations: &[ConversationKey],
    ) -> Result<Vec<super::reads::ReadState>> {
        self.read_state_rows(user, conversations).await
    }

    async fn set_read_receipts(&self, user: &UserName, enabled: bool) -> Result<bool> {
        self.set_receipts_row(user, enabled).await
    }

    async fn read_receipts(&self, user: &UserName) -> Result<bool> {
        self.receipts_row(user).await
    }

    fn failing(&self) -> watch::Receiver<bool> {
        self.failing.subscribe()
    }

    async fn probe(&self) -> Result<()> {
        if !*self.failing.borrow() {
            return Ok(());
        }
        self.write(WriteOp::Probe).await?;
        self.query("SELECT count(*) FROM users", &[]).await?;
        self.failing.send_replace(false);
        Ok(())
    }

    async fn renew_lease(&self, node: &str, lease: Duration) -> Result<()> {
        let millis = f64::from(u32::try_from(lease.as_millis()).unwrap_or(u32::MAX));
        self.query(
            "INSERT INTO nodes (id, lease_until, renewed_at)
             VALUES ($1, now() + make_interval(secs => $2::float8 / 1000.0), now())
             ON CONFLICT (id) DO UPDATE
                SET lease_until = excluded.lease_until, renewed_at = excluded.renewed_at
             RETURNING id",
            &[&node, &millis],
        )
        .await
        .map(drop)
    }

    async fn release_lease(&self, node: &str) -> Result<()> {
        self.query("DELETE FROM nodes WHERE id = $1 RETURNING id", &[&node])
            .await
            .map(drop)
    }

    async fn live_nodes(&self) -> Result<Vec<NodeLease>> {
        let rows = self
            .query(
                "SELECT id, (EXTRACT(EPOCH FROM lease_until - now()) * 1000)::bigint
                 FROM nodes WHERE lease_until > now() ORDER BY id",
                &[],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|row| NodeLease {
                node: row.get(0),
                remaining: Duration::from_millis(u64::try_from(row.get::<_, i64>(1)).unwrap_or(0)),
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    //! The store itself on a fresh database of the PostgreSQL named by
    //! CONFAB_TEST_POSTGRES (skipped without one, unless
    //! CONFAB_REQUIRE_POSTGRES=1): leases, migrations, and the room quota
    //! held across two nodes.

    use super::*;
    use crate::model::Actor;

    struct Nowhere;

    impl Fanout for Nowhere {
        fn publish(&self, _: &[Arc<Event>]) {}
    }

    /// A database made for one test, dropped with it.
    struct Fresh {
        admin: String,
        name: String,
        url: String,
    }

    impl Drop for Fresh {
        fn drop(&mut self) {
            let (admin, name) = (self.admin.clone(), self.name.clone());
            // Dropped in async code: on a thread with a runtime of its own.
            let _ = std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .ok()?;
                runtime.block_on(async move {
                    let (client, connection) = tokio_postgres::connect(&admin, NoTls).await.ok()?;
                    tokio::spawn(connection);
                    let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                    // Tried again if a connection being ended was still there.
                    for _ in 0..3 {
                        if client.batch_execute(&sql).await.is_ok() {
                            return Some(());
                        }
                    }
                    None
                })
            })
            .join();
        }
    }

    /// A fresh database, or `None` after saying the test is skipped.
    async fn fresh_database() -> Option<Fresh> {
        let Some(admin) = std::env::var("CONFAB_TEST_POSTGRES")
            .ok()
            .filter(|url| !url.is_empty())
        else {
            assert_ne!(
                std::env::var("CONFAB_REQUIRE_POSTGRES").as_deref(),
                Ok("1"),
                "CONFAB_REQUIRE_POSTGRES=1 but CONFAB_TEST_POSTGRES is not set"
            );
            println!("skipped: PostgreSQL not available (set CONFAB_TEST_POSTGRES)");
            return None;
        };
        let (client, connection) = tokio_postgres::connect(&admin, NoTls).await.unwrap();
        tokio::spawn(connection);
        let name = format!(
            "confab_unit_{}_{:x}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos()
        );
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .await
            .unwrap();
        let (base, _) = admin.rsplit_once('/').unwrap();
        Some(Fresh {
            url: format!("{base}/{name}"),
            admin,
            name,
        })
    }

    async fn open(url: &str) -> PostgresStore {
        let settings = PostgresConfig {
            postgres_pool_size: 2,
            postgres_connect_timeout_ms: 5000,
            postgres_lock_timeout_ms: 10_000,
        };
        PostgresStore::open(url, Arc::new(Nowhere), &settings)
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn leases_expire_by_the_database_clock_and_can_be_given_up() {
        let Some(fresh) = fresh_database().await else {
            return;
        };
        let url = fresh.url.clone();
        let store = open(&url).await;
        assert!(store.live_nodes().await.unwrap().is_empty());
        store
            .renew_lease("node-a", Duration::from_secs(30))
            .await
            .unwrap();
        // A lease of nothing has run out already.
        store.renew_lease("node-b", Duration::ZERO).await.unwrap();
        let live = store.live_nodes().await.unwrap();
        assert_eq!(live.len(), 1, "{live:?}");
        assert_eq!(live[0].node, "node-a");
        assert!(live[0].remaining > Duration::from_secs(20), "{live:?}");
        assert!(live[0].remaining <= Duration::from_secs(30), "{live:?}");
        // Renewing moves it on; b renewed properly is live again.
        store
            .renew_lease("node-b", Duration::from_secs(60))
            .await
            .unwrap();
        let live = store.live_nodes().await.unwrap();
        let ids: Vec<&str> = live.iter().map(|l| l.node.as_str()).collect();
        assert_eq!(ids, ["node-a", "node-b"]);
        store.release_lease("node-a").await.unwrap();
        let live = store.live_nodes().await.unwrap();
        assert_eq!(live.len(), 1);
        assert_eq!(live[0].node, "node-b");
    }

    #[tokio::test]
    async fn migrations_apply_once_and_are_recorded_by_number() {
        let Some(fresh) = fresh_database().await else {
            return;
        };
        let url = fresh.url.clone();
        let config: tokio_postgres::Config = url.parse().unwrap();
        let (mut client, connection) = config.connect(NoTls).await.unwrap();
        tokio::spawn(connection);
        let all: Vec<usize> = (1..=schema::MIGRATIONS.len()).collect();
        assert_eq!(schema::migrate(&mut client).await.unwrap(), all);
        assert!(schema::migrate(&mut client).await.unwrap().is_empty());
        assert_eq!(schema::applied(&client).await.unwrap(), all);
    }

    #[tokio::test]
    async fn the_search_index_is_built_from_the_messages_already_stored() {
        let Some(fresh) = fresh_database().await else {
            return;
        };
        let config: tokio_postgres::Config = fresh.url.parse().unwrap();
        let (client, connection) = config.connect(NoTls).await.unwrap();
        tokio::spawn(connection);
        // A database as the server before search left it.
        client
            .batch_execute(&format!(
                "{}{}
                 CREATE TABLE confab_migrations (
                     version INTEGER PRIMARY KEY,
                     applied_at TIMESTAMPTZ NOT NULL DEFAULT now());
                 INSERT INTO confab_migrations (version) VALUES (1), (2);
                 INSERT INTO users VALUES ('alice');
                 INSERT INTO rooms (name, owner) VALUES ('lobby', 'alice');
                 INSERT INTO members VALUES ('lobby', 'alice', 3);
                 INSERT INTO conversations VALUES ('r:lobby', 'lobby', NULL, NULL, 3);
                 INSERT INTO events (conversation, seq, sender, time_ms, kind, text)
                 VALUES ('r:lobby', 1, 'alice', 1, 2, NULL),
                        ('r:lobby', 2, 'alice', 2, 1, 'the old walrus'),
                        ('r:lobby', 3, 'alice', 3, 8, 'walrus topic');",
                schema::MIGRATIONS[0],
                schema::MIGRATIONS[1]
            ))
            .await
            .unwrap();
        let store = open(&fresh.url).await;
        let lobby = ConversationKey::Room(RoomName::parse("lobby").unwrap());
        let words = crate::server::store::search::Words::parse("walrus").unwrap();
        let hits = store
            .search(
                &words,
                &[lobby],
                &crate::server::store::search::Before::start(),
                10,
            )
            .await
            .unwrap();
        let found: Vec<(u64, &str)> = hits
            .iter()
            .map(|hit| (hit.event.seq, hit.text.as_str()))
            .collect();
        assert_eq!(found, [(2, "the old walrus")]);
    }

    #[tokio::test]
    async fn the_room_quota_holds_across_two_nodes_creating_at_once() {
        let Some(fresh) = fresh_database().await else {
            return;
        };
        let url = fresh.url.clone();
        let (a, b) = (open(&url).await, open(&url).await);
        let eve = UserName::parse("eve").unwrap();
        let create = |room: &str| Command::CreateRoom {
            room: RoomName::parse(room).unwrap(),
            user: Actor::user(eve.clone()),
            private: false,
            max_rooms: 1,
        };
        for round in 0..10 {
            let (x, y) = tokio::join!(
                a.apply(create(&format!("x{round}"))),
                b.apply(create(&format!("y{round}")))
            );
            let made = [&x, &y].iter().filter(|r| r.is_ok()).count();
            if round == 0 {
                assert_eq!(made, 1, "{x:?} {y:?}");
            } else {
                assert_eq!(made, 0, "{x:?} {y:?}");
            }
            for refused in [x, y].into_iter().filter_map(|r| r.err()) {
                assert_eq!(refused.code(), tonic::Code::ResourceExhausted, "{refused}");
            }
        }
        assert_eq!(a.rooms(None, 100).await.unwrap().len(), 1);
    }

    #[test]
    fn passwords_stay_out_of_messages() {
        assert_eq!(
            redacted("postgres://confab:secret@db:5432/chat"),
            "postgres://confab:***@db:5432/chat"
        );
        assert_eq!(
            redacted("postgres://postgres@127.0.0.1/x"),
            "postgres://postgres@127.0.0.1/x"
        );
    }
}
