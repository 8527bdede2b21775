//! The SQLite store, the embedded default: one file, WAL, one writer
//! thread with group commit (`writer.rs`), and a small pool of read
//! connections used from blocking tasks. The schema is in `schema.rs`.
//!
//! The file is checked at start (`PRAGMA quick_check`, unless skipped).
//! Every read and write goes through [`SqliteStore::write`] or
//! [`SqliteStore::read_with`], which note a storage failure (a full disk,
//! a damaged page) so health can say the store is failing; a probe clears
//! it once a write succeeds again. A damaged file stays failing.

mod edits;
mod reads;
pub(crate) mod schema;
mod writer;

use std::sync::{
    atomic::{AtomicBool, Ordering},
    Arc, Mutex,
};

use async_trait::async_trait;
use rusqlite::Connection;
use tokio::sync::{mpsc, oneshot, watch};

use self::{
    schema::{event_from_row, key_text, storage, EVENT_COLUMNS},
    writer::{Tables, WriteOp},
};
use super::{
    reads::ReadState, rules, Applied, Command, Fanout, ReadRange, RoomSummary, Standing, Store,
};
use crate::{
    error::{Error, Result},
    model::{ConversationKey, Event, Note, Role, RoomName, Seq, UserName},
};

/// Changes queued for the writer before senders wait.
const WRITE_QUEUE: usize = 4096;

/// The most reads at once (and so read connections and blocking threads):
/// when many sessions catch up together they queue here instead of each
/// opening a connection of its own.
const MAX_READERS: usize = 8;

/// A store in one SQLite database file.
pub struct SqliteStore {
    /// The database file, for opening read connections.
    path: String,
    /// The writer thread's queue.
    writes: mpsc::Sender<WriteOp>,
    /// Idle read connections.
    readers: Arc<Mutex<Vec<Connection>>>,
    /// One permit per read that may run at once.
    read_permits: Arc<tokio::sync::Semaphore>,
    /// The lock that keeps a second server off this database while this
    /// store lives (see [`lock`]).
    _lock: std::fs::File,
    /// True from a call that failed because the store did, until a probe
    /// finds it working.
    failing: watch::Sender<bool>,
    /// A call found the file damaged: no probe clears that.
    damaged: AtomicBool,
}

/// Takes the lock file beside the database (`PATH.lock`), held until the
/// store is dropped, or fails if another server holds it. Two servers on
/// one file would both take writes, and neither's streams would see the
/// other's messages. A file of its own, not the database: SQLite's locks
/// on the database are POSIX locks, which closing any other descriptor of
/// that file in this process would release.
fn lock(path: &str) -> Result<std::fs::File> {
    let lock_path = format!("{path}.lock");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| Error::Storage(format!("cannot open the lock file {lock_path}: {e}")))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(Error::StoreInUse(format!(
            "another confab-server is using {path} (it holds {lock_path}); stop it, or give \
             this one another --store"
        ))),
        Err(std::fs::TryLockError::Error(e)) => {
            Err(Error::Storage(format!("cannot lock {lock_path}: {e}")))
        }
    }
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `path`, checks it
    /// (`PRAGMA quick_check`) if `check`, brings its schema up to date and
    /// starts the writer.
    pub fn open(path: &str, fanout: Arc<dyn Fanout>, check: bool) -> Result<Self> {
        let lock = lock(path)?;
        let mut connection = schema::open(path)?;
        if check {
            let started = std::time::Instant::now();
            schema::quick_check(&connection, path)?;
            tracing::info!(
                took_ms = started.elapsed().as_millis() as u64,
                "checked {path}: ok"
            );
        }
        schema::migrate(&mut connection)?;
        let writes = writer::spawn(connection, fanout, WRITE_QUEUE)
            .map_err(|e| Error::Storage(format!("cannot start the writer thread: {e}")))?;
        Ok(Self {
            path: path.to_owned(),
            writes,
            readers: Arc::new(Mutex::new(Vec::new())),
            read_permits: Arc::new(tokio::sync::Semaphore::new(MAX_READERS)),
            _lock: lock,
            failing: watch::Sender::new(false),
            damaged: AtomicBool::new(false),
        })
    }

    /// Notes a storage failure in `result`, for health; passes it on.
    fn noted<T>(&self, result: Result<T>) -> Result<T> {
        if let Err(error) = &result {
            if error.is_storage_failure() {
                if matches!(error, Error::StorageCorrupt(_)) {
                    self.damaged.store(true, Ordering::Relaxed);
                }
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

    /// Runs `query` on a read connection in a blocking task.
    async fn read_with<T: Send + 'static>(
        &self,
        query: impl FnOnce(&Connection) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let permit = self
            .read_permits
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| Error::Storage("the store is closed".into()))?;
        let readers = self.readers.clone();
        let path = self.path.clone();
        let result = tokio::task::spawn_blocking(move || {
            let _permit = permit;
            let idle = readers.lock().unwrap_or_else(|p| p.into_inner()).pop();
            let connection = match idle {
                Some(connection) => connection,
                None => schema::open(&path)?,
            };
            let result = query(&connection);
            readers
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(connection);
            result
        })
        .await
        .map_err(|e| Error::Storage(format!("a read task failed: {e}")))
        .and_then(|result| result);
        self.noted(result)
    }
}

fn members_of(connection: &Connection, room: &str) -> Result<Vec<(UserName, Role)>> {
    let mut statement = connection
        .prepare_cached("SELECT user, role FROM members WHERE room = ?1 ORDER BY user")
        .map_err(storage)?;
    let rows = statement
        .query_map([room], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?))
        })
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(storage)?;
    rows.iter()
        .map(|(name, code)| {
            let role = Role::from_code(*code)
                .ok_or_else(|| Error::Storage(format!("unknown role {code}")))?;
            Ok((UserName::parse(name)?, role))
        })
        .collect()
}

fn invited_to(connection: &Connection, room: &str) -> Result<Vec<UserName>> {
    let mut statement = connection
        .prepare_cached("SELECT user FROM invites WHERE room = ?1 ORDER BY user")
        .map_err(storage)?;
    let names = statement
        .query_map([room], |row| row.get::<_, String>(0))
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(storage)?;
    names.iter().map(|n| UserName::parse(n)).collect()
}

/// Reads rooms: rows of (name, private, topic, last seq).
fn room_summaries(
    connection: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
) -> Result<Vec<RoomSummary>> {
    let mut statement = connection.prepare_cached(sql).map_err(storage)?;
    let rows = statement
        .query_map(params, |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, bool>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, Option<Seq>>(3)?,
            ))
        })
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(storage)?;
    rows.into_iter()
        .map(|(room, private, topic, last_seq)| {
            Ok(RoomSummary {
                members: members_of(connection, &room)?,
                invited: invited_to(connection, &room)?,
                name: RoomName::parse(&room)?,
                last_seq: last_seq.unwrap_or(0),
                private,
                topic: Note::from_stored(&topic),
            })
        })
        .collect()
}

/// The columns [`room_summaries`] reads, from `rooms` and its conversation.
const ROOM_SQL: &str = "SELECT r.name, r.private, r.topic, c.last_seq FROM rooms r
     LEFT JOIN conversations c ON c.key = 'r:' || r.name";

/// Runs a query for `user` whose rows are (peer name, seq).
fn peers_and_seqs(
    connection: &Connection,
    sql: &str,
    user: &UserName,
) -> Result<Vec<(UserName, Seq)>> {
    let mut statement = connection.prepare_cached(sql).map_err(storage)?;
    let rows = statement
        .query_map([user.as_str()], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, Seq>(1)?))
        })
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(storage)?;
    rows.into_iter()
        .map(|(peer, seq)| Ok((UserName::parse(&peer)?, seq)))
        .collect()
}

#[async_trait]
impl Store for SqliteStore {
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
        let key = conversation.clone();
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        self.read_with(move |connection| {
            let key_string = key_text(&key);
            let (sql, bound): (String, i64) = match range {
                ReadRange::After(after) => (
                    format!(
                        "SELECT {EVENT_COLUMNS} FROM events WHERE conversation = ?1 AND seq > ?2
                         ORDER BY seq LIMIT ?3"
                    ),
                    i64::try_from(after).unwrap_or(i64::MAX),
                ),
                ReadRange::Before(before) => (
                    format!(
                        "SELECT * FROM (SELECT {EVENT_COLUMNS} FROM events
                         WHERE conversation = ?1 AND seq < ?2 ORDER BY seq DESC LIMIT ?3)
                         ORDER BY seq"
                    ),
                    i64::try_from(before).unwrap_or(i64::MAX),
                ),
                ReadRange::Latest => (
                    format!(
                        "SELECT * FROM (SELECT {EVENT_COLUMNS} FROM events
                         WHERE conversation = ?1 AND seq <= ?2 ORDER BY seq DESC LIMIT ?3)
                         ORDER BY seq"
                    ),
                    i64::MAX,
                ),
            };
            let mut statement = connection.prepare_cached(&sql).map_err(storage)?;
            let events = statement
                .query_map(rusqlite::params![key_string, bound, limit], |row| {
                    event_from_row(&key, row)
                })
                .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
                .map_err(storage)?;
            Ok(events)
        })
        .await
    }

    async fn annotations(
        &self,
        conversation: &ConversationKey,
        first: Seq,
        last: Seq,
    ) -> Result<std::collections::BTreeMap<Seq, super::Annotation>> {
        let key = key_text(conversation);
        self.read_with(move |connection| edits::annotations(connection, &key, first, last))
            .await
    }

    async fn search(
        &self,
        words: &super::search::Words,
        conversations: &[ConversationKey],
        before: &super::search::Before,
        limit: usize,
    ) -> Result<Vec<super::search::Hit>> {
        let (words, conversations, before) =
            (words.clone(), conversations.to_vec(), before.clone());
        self.read_with(move |connection| {
            edits::search(connection, &words, &conversations, &before, limit)
        })
        .await
    }

    async fn last_seq(&self, conversation: &ConversationKey) -> Result<Seq> {
        let key = key_text(conversation);
        self.read_with(move |connection| schema::last_seq(connection, &key))
            .await
    }

    async fn reachable(&self, from: &UserName, to: &UserName) -> Result<bool> {
        let (from, to) = (from.clone(), to.clone());
        self.read_with(move |connection| {
            let (exists, blocked): (bool, bool) = connection
                .prepare_cached(
                    "SELECT EXISTS (SELECT 1 FROM users WHERE name = ?1),
                            EXISTS (SELECT 1 FROM blocks WHERE user = ?1 AND blocked = ?2)",
                )
                .and_then(|mut statement| {
                    statement.query_row([to.as_str(), from.as_str()], |row| {
                        Ok((row.get(0)?, row.get(1)?))
                    })
                })
                .map_err(storage)?;
            if !exists {
                return Err(Error::UnknownUser(to.to_string()));
            }
            Ok(!blocked)
        })
        .await
    }

    async fn rooms_of(&self, user: &UserName) -> Result<Vec<RoomName>> {
        let user = user.clone();
        self.read_with(move |connection| {
            let mut statement = connection
                .prepare_cached("SELECT room FROM members WHERE user = ?1 ORDER BY room")
                .map_err(storage)?;
            let names = statement
                .query_map([user.as_str()], |row| row.get::<_, String>(0))
                .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
                .map_err(storage)?;
            names.iter().map(|n| RoomName::parse(n)).collect()
        })
        .await
    }

    async fn standing(&self, room: &RoomName, user: &UserName) -> Result<Standing> {
        let (room, user) = (room.clone(), user.clone());
        self.read_with(move |connection| rules::standing(&Tables(connection), &room, &user))
            .await
    }

    async fn room(&self, room: &RoomName) -> Result<RoomSummary> {
        let room = room.clone();
        self.read_with(move |connection| {
            let sql = format!("{ROOM_SQL} WHERE r.name = ?1");
            room_summaries(connection, &sql, [room.as_str()])?
                .pop()
                .ok_or_else(|| Error::UnknownRoom(room.to_string()))
        })
        .await
    }

    async fn rooms(&self, after: Option<&RoomName>, limit: usize) -> Result<Vec<RoomSummary>> {
        // Every room name sorts after the empty string.
        let after = after.map_or_else(String::new, |room| room.to_string());
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        self.read_with(move |connection| {
            let sql = format!("{ROOM_SQL} WHERE r.name > ?1 ORDER BY r.name LIMIT ?2");
            room_summaries(connection, &sql, rusqlite::params![after, limit])
        })
        .await
    }

    async fn private_conversations(&self, user: &UserName) -> Result<Vec<(UserName, Seq)>> {
        let user = user.clone();
        self.read_with(move |connection| {
            peers_and_seqs(
                connection,
                "SELECT user_b, last_seq FROM conversations WHERE user_a = ?1
                 UNION ALL
                 SELECT user_a, last_seq FROM conversations WHERE user_b = ?1",
                &user,
            )
        })
        .await
    }

    async fn private_cursors(&self, user: &UserName) -> Result<Vec<(UserName, Seq)>> {
        let user = user.clone();
        self.read_with(move |connection| {
            peers_and_seqs(
                connection,
                "SELECT peer, seq FROM private_cursors WHERE user = ?1",
                &user,
            )
        })
        .await
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
        let (user, key) = (user.to_string(), key_text(conversation));
        let change = move |c: &Connection| reads::mark_read(c, &user, &key, seq);
        let previous = self
            .write(|reply| WriteOp::Run(Box::new(change), reply))
            .await?;
        Ok((previous.max(seq), seq > previous))
    }

    async fn read_states(
        &self,
        user: &UserName,
        conversations: &[ConversationKey],
    ) -> Result<Vec<ReadState>> {
        let (user, conversations) = (user.clone(), conversations.to_vec());
        self.read_with(move |connection| reads::read_states(connection, &user, &conversations))
            .await
    }

    async fn set_read_receipts(&self, user: &UserName, enabled: bool) -> Result<bool> {
        let user = user.to_string();
        let change = move |c: &Connection| reads::set_receipts(c, &user, enabled);
        let changed = self
            .write(|reply| WriteOp::Run(Box::new(change), reply))
            .await?;
        Ok(changed > 0)
    }

    async fn read_receipts(&self, user: &UserName) -> Result<bool> {
        let user = user.to_string();
        self.read_with(move |connection| reads::receipts(connection, &user))
            .await
    }

    fn failing(&self) -> watch::Receiver<bool> {
        self.failing.subscribe()
    }

    async fn probe(&self) -> Result<()> {
        if !*self.failing.borrow() {
            return Ok(());
        }
        if self.damaged.load(Ordering::Relaxed) {
            return Err(Error::StorageCorrupt(format!(
                "{} is damaged; repair or restore it, then restart the server",
                self.path
            )));
        }
        self.write(WriteOp::Probe).await?;
        self.read_with(|connection| {
            connection
                .query_row("SELECT count(*) FROM users", [], |_| Ok(()))
                .map_err(storage)
        })
        .await?;
        self.failing.send_replace(false);
        Ok(())
    }
}
