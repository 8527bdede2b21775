//! The one writer of a SQLite store: a dedicated thread that takes every
//! change from a queue and commits them in batches (group commit), so
//! throughput does not pay one fsync per message. Each change is checked
//! and applied in its own savepoint, so one refused change does not undo
//! the others; the batch commits once; then its events go to the fan-out in
//! commit order, and only then is each caller answered. A command is
//! checked by the rules in `rules.rs`, over [`Tables`], this writer's view
//! of the transaction.

use std::sync::Arc;

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use tokio::sync::{mpsc, oneshot};

use super::schema::{self, event_columns, key_text, last_seq, storage, storage_ref};
use crate::{
    error::{Error, Result},
    model::{ConversationKey, Event, Note, Reaction, Role, RoomName, Seq, UserName},
    server::store::{
        rules::{self, RoomFacts, Tx},
        Applied, Command, Fanout,
    },
};

/// The most changes committed in one transaction.
const MAX_BATCH: usize = 1024;

/// A change for the writer, with where to send its answer.
pub enum WriteOp {
    /// Check and apply a command.
    Apply(Command, oneshot::Sender<Result<Applied>>),
    /// Record that a user exists.
    RegisterUser(UserName, oneshot::Sender<Result<()>>),
    /// Move a user's private cursors forwards.
    SaveCursors(UserName, Vec<(UserName, Seq)>, oneshot::Sender<Result<()>>),
    /// Answer once everything queued before is committed.
    Flush(oneshot::Sender<Result<()>>),
    /// A change of its own (read positions, settings: `super::reads`),
    /// answered with what it returns once committed.
    Run(Box<RunChange>, oneshot::Sender<Result<u64>>),
    /// Write something, to learn whether writing works again: the
    /// database header, rewritten with the value it has, so the commit has
    /// a page to write (and needs the disk) but changes nothing.
    Probe(oneshot::Sender<Result<()>>),
}

/// Starts the writer thread over `connection`; it runs until every sender
/// of the returned queue is dropped.
pub fn spawn(
    connection: Connection,
    fanout: Arc<dyn Fanout>,
    queue: usize,
) -> std::io::Result<mpsc::Sender<WriteOp>> {
    let (tx, rx) = mpsc::channel(queue.max(1));
    std::thread::Builder::new()
        .name("confab-sqlite-writer".into())
        .spawn(move || Writer { connection, fanout }.run(rx))?;
    Ok(tx)
}

struct Writer {
    connection: Connection,
    fanout: Arc<dyn Fanout>,
}

/// A change's answer, held until the batch commits.
enum Pending {
    Applied(
        oneshot::Sender<Result<Applied>>,
        Result<Applied>,
        Option<Arc<Event>>,
    ),
    Done(oneshot::Sender<Result<()>>, Result<()>),
    Value(oneshot::Sender<Result<u64>>, Result<u64>),
}

/// A change [`WriteOp::Run`] makes inside the writer's transaction.
pub type RunChange = dyn FnOnce(&Connection) -> Result<u64> + Send;

impl Writer {
    fn run(mut self, mut queue: mpsc::Receiver<WriteOp>) {
        let mut batch = Vec::with_capacity(MAX_BATCH);
        while let Some(first) = queue.blocking_recv() {
            batch.push(first);
            while batch.len() < MAX_BATCH {
                match queue.try_recv() {
                    Ok(op) => batch.push(op),
                    Err(_) => break,
                }
            }
            self.commit(batch.drain(..));
        }
    }

    fn commit(&mut self, batch: impl Iterator<Item = WriteOp>) {
        let mut pending = Vec::new();
        let committed = (|| -> rusqlite::Result<()> {
            let mut transaction = self
                .connection
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            for op in batch {
                pending.push(apply_in_savepoint(&mut transaction, op));
            }
            transaction.commit()
        })();
        if let Err(error) = &committed {
            tracing::error!(%error, "a batch failed to commit; its changes are refused");
        }
        if committed.is_ok() {
            // Every event of the commit goes out before any caller hears
            // back, so an acked event is always already on its way.
            let events: Vec<Arc<Event>> = pending
                .iter()
                .filter_map(|answer| match answer {
                    Pending::Applied(_, _, event) => event.clone(),
                    Pending::Done(..) | Pending::Value(..) => None,
                })
                .collect();
            if !events.is_empty() {
                self.fanout.publish(&events);
            }
        }
        for answer in pending {
            match answer {
                Pending::Applied(reply, result, _) => {
                    let result = match &committed {
                        Ok(()) => result,
                        Err(error) => Err(storage_ref(error)),
                    };
                    let _ = reply.send(result);
                }
                Pending::Done(reply, result) => {
                    let result = committed.as_ref().map_err(storage_ref).and(result);
                    let _ = reply.send(result);
                }
                Pending::Value(reply, result) => {
                    let result = committed.as_ref().map_err(storage_ref).and(result);
                    let _ = reply.send(result);
                }
            }
        }
    }
}

fn apply_in_savepoint(transaction: &mut Transaction<'_>, op: WriteOp) -> Pending {
    fn within<T>(
        transaction: &mut Transaction<'_>,
        change: impl FnOnce(&Connection) -> Result<T>,
    ) -> Result<T> {
        let savepoint = transaction.savepoint().map_err(storage)?;
        let result = change(&savepoint)?;
        savepoint.commit().map_err(storage)?;
        Ok(result)
    }
    match op {
        WriteOp::Apply(command, reply) => {
            match within(transaction, |c| rules::apply(&mut Tables(c), command)) {
                Ok(outcome) => Pending::Applied(reply, Ok(outcome.applied), outcome.stored),
                Err(error) => Pending::Applied(reply, Err(error), None),
            }
        }
        WriteOp::RegisterUser(user, reply) => {
            let result = within(transaction, |c| register_user(c, &user));
            Pending::Done(reply, result)
        }
        WriteOp::SaveCursors(user, cursors, reply) => {
            let result = within(transaction, |c| save_cursors(c, &user, &cursors));
            Pending::Done(reply, result)
        }
        WriteOp::Flush(reply) => Pending::Done(reply, Ok(())),
        WriteOp::Run(change, reply) => Pending::Value(reply, within(transaction, change)),
        WriteOp::Probe(reply) => {
            let result = within(transaction, |c| {
                let version: i64 = c
                    .query_row("PRAGMA user_version", [], |row| row.get(0))
                    .map_err(storage)?;
                c.execute_batch(&format!("PRAGMA user_version = {version}"))
                    .map_err(storage)
            });
            Pending::Done(reply, result)
        }
    }
}

fn register_user(connection: &Connection, user: &UserName) -> Result<()> {
    connection
        .prepare_cached("INSERT OR IGNORE INTO users (name) VALUES (?1)")
        .and_then(|mut s| s.execute([user.as_str()]))
        .map_err(storage)?;
    Ok(())
}

fn save_cursors(
    connection: &Connection,
    user: &UserName,
    cursors: &[(UserName, Seq)],
) -> Result<()> {
    let mut statement = connection
        .prepare_cached(
            "INSERT INTO private_cursors (user, peer, seq) VALUES (?1, ?2, ?3)
             ON CONFLICT (user, peer) DO UPDATE SET seq = max(seq, excluded.seq)",
        )
        .map_err(storage)?;
    for (peer, seq) in cursors {
        statement
            .execute(params![user.as_str(), peer.as_str(), seq])
            .map_err(storage)?;
    }
    Ok(())
}

/// The tables of the writer's open transaction, as the command rules see
/// them (or of a read connection, for the rules' reads only).
pub(super) struct Tables<'c>(pub(super) &'c Connection);

impl Tables<'_> {
    /// Runs a statement with two text parameters; the rows it changed.
    fn run(&self, sql: &str, a: &str, b: &str) -> Result<usize> {
        self.0
            .prepare_cached(sql)
            .and_then(|mut s| s.execute([a, b]))
            .map_err(storage)
    }

    /// Whether a query with two text parameters finds a row.
    fn exists(&self, sql: &str, a: &str, b: &str) -> Result<bool> {
        self.0
            .prepare_cached(sql)
            .and_then(|mut s| s.exists([a, b]))
            .map_err(storage)
    }

    /// Inserts (`present`) or deletes the pair in a two-column table.
    fn set_pair(&self, insert: &str, delete: &str, a: &str, b: &str, present: bool) -> Result<()> {
        self.run(if present { insert } else { delete }, a, b)
            .map(drop)
    }
}

impl Tx for Tables<'_> {
    fn user_exists(&self, user: &UserName) -> Result<bool> {
        self.0
            .prepare_cached("SELECT 1 FROM users WHERE name = ?1")
            .and_then(|mut s| s.exists([user.as_str()]))
            .map_err(storage)
    }

    fn add_user(&mut self, user: &UserName) -> Result<()> {
        register_user(self.0, user)
    }

    fn room(&self, room: &RoomName) -> Result<Option<RoomFacts>> {
        let row: Option<(Option<String>, bool, String)> = self
            .0
            .prepare_cached("SELECT owner, private, topic FROM rooms WHERE name = ?1")
            .and_then(|mut s| {
                s.query_row([room.as_str()], |row| {
                    Ok((row.get(0)?, row.get(1)?, row.get(2)?))
                })
                .optional()
            })
            .map_err(storage)?;
        row.map(|(owner, private, topic)| {
            Ok(RoomFacts {
                private,
                owner: owner.as_deref().map(UserName::parse).transpose()?,
                topic: Note::from_stored(&topic),
            })
        })
        .transpose()
    }

    fn rooms_created_by(&self, user: &UserName) -> Result<usize> {
        self.0
            .prepare_cached("SELECT count(*) FROM rooms WHERE owner = ?1")
            .and_then(|mut s| s.query_row([user.as_str()], |row| row.get(0)))
            .map_err(storage)
    }

    fn create_room(&mut self, room: &RoomName, owner: &UserName, private: bool) -> Result<()> {
        self.0
            .prepare_cached("INSERT INTO rooms (name, owner, private) VALUES (?1, ?2, ?3)")
            .and_then(|mut s| s.execute(params![room.as_str(), owner.as_str(), private]))
            .map_err(storage)?;
        Ok(())
    }

    fn set_topic(&mut self, room: &RoomName, topic: &Note) -> Result<()> {
        self.run(
            "UPDATE rooms SET topic = ?2 WHERE name = ?1",
            room.as_str(),
            topic.as_str(),
        )
        .map(drop)
    }

    fn role(&self, room: &RoomName, user: &UserName) -> Result<Option<Role>> {
        let code: Option<i64> = self
            .0
            .prepare_cached("SELECT role FROM members WHERE room = ?1 AND user = ?2")
            .and_then(|mut s| {
                s.query_row([room.as_str(), user.as_str()], |row| row.get(0))
                    .optional()
            })
            .map_err(storage)?;
        code.map(|code| {
            Role::from_code(code).ok_or_else(|| Error::Storage(format!("unknown role {code}")))
        })
        .transpose()
    }

    fn add_member(&mut self, room: &RoomName, user: &UserName, role: Role) -> Result<bool> {
        let added = self
            .0
            .prepare_cached("INSERT OR IGNORE INTO members (room, user, role) VALUES (?1, ?2, ?3)")
            .and_then(|mut s| s.execute(params![room.as_str(), user.as_str(), role.code()]))
            .map_err(storage)?;
        Ok(added > 0)
    }

    fn set_role(&mut self, room: &RoomName, user: &UserName, role: Role) -> Result<()> {
        self.0
            .prepare_cached("UPDATE members SET role = ?3 WHERE room = ?1 AND user = ?2")
            .and_then(|mut s| s.execute(params![room.as_str(), user.as_str(), role.code()]))
            .map_err(storage)?;
        Ok(())
    }

    fn remove_member(&mut self, room: &RoomName, user: &UserName) -> Result<bool> {
        let removed = self.run(
            "DELETE FROM members WHERE room = ?1 AND user = ?2",
            room.as_str(),
            user.as_str(),
        )?;
        Ok(removed > 0)
    }

    fn is_invited(&self, room: &RoomName, user: &UserName) -> Result<bool> {
        self.exists(
            "SELECT 1 FROM invites WHERE room = ?1 AND user = ?2",
            room.as_str(),
            user.as_str(),
        )
    }

    fn set_invited(&mut self, room: &RoomName, user: &UserName, invited: bool) -> Result<()> {
        self.set_pair(
            "INSERT OR IGNORE INTO invites (room, user) VALUES (?1, ?2)",
            "DELETE FROM invites WHERE room = ?1 AND user = ?2",
            room.as_str(),
            user.as_str(),
            invited,
        )
    }

    fn is_banned(&self, room: &RoomName, user: &UserName) -> Result<bool> {
        self.exists(
            "SELECT 1 FROM bans WHERE room = ?1 AND user = ?2",
            room.as_str(),
            user.as_str(),
        )
    }

    fn set_banned(&mut self, room: &RoomName, user: &UserName, banned: bool) -> Result<()> {
        self.set_pair(
            "INSERT OR IGNORE INTO bans (room, user) VALUES (?1, ?2)",
            "DELETE FROM bans WHERE room = ?1 AND user = ?2",
            room.as_str(),
            user.as_str(),
            banned,
        )
    }

    fn is_blocked(&self, by: &UserName, user: &UserName) -> Result<bool> {
        self.exists(
            "SELECT 1 FROM blocks WHERE user = ?1 AND blocked = ?2",
            by.as_str(),
            user.as_str(),
        )
    }

    fn set_blocked(&mut self, by: &UserName, user: &UserName, blocked: bool) -> Result<()> {
        self.set_pair(
            "INSERT OR IGNORE INTO blocks (user, blocked) VALUES (?1, ?2)",
            "DELETE FROM blocks WHERE user = ?1 AND blocked = ?2",
            by.as_str(),
            user.as_str(),
            blocked,
        )
    }

    fn find_by_client_id(
        &self,
        sender: &UserName,
        id: &str,
    ) -> Result<Option<(ConversationKey, Seq)>> {
        let stored: Option<(String, Seq)> = self
            .0
            .prepare_cached(
                "SELECT conversation, seq FROM events
                 WHERE sender = ?1 AND client_message_id = ?2",
            )
            .and_then(|mut s| {
                s.query_row([sender.as_str(), id], |row| Ok((row.get(0)?, row.get(1)?)))
                    .optional()
            })
            .map_err(storage)?;
        stored
            .map(|(conversation, seq)| Ok((schema::parse_key(&conversation)?, seq)))
            .transpose()
    }

    fn last_seq(&self, conversation: &ConversationKey) -> Result<Seq> {
        last_seq(self.0, &key_text(conversation))
    }

    fn append(&mut self, event: &Arc<Event>) -> Result<()> {
        let key_string = key_text(&event.conversation);
        let (room, user_a, user_b) = match &event.conversation {
            ConversationKey::Room(room) => (Some(room.as_str()), None, None),
            ConversationKey::Private(a, b) => (None, Some(a.as_str()), Some(b.as_str())),
        };
        self.0
            .prepare_cached(
                "INSERT INTO conversations (key, room, user_a, user_b, last_seq)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (key) DO UPDATE SET last_seq = excluded.last_seq",
            )
            .and_then(|mut s| s.execute(params![key_string, room, user_a, user_b, event.seq]))
            .map_err(storage)?;
        let (code, text, client_message_id, target, role) = event_columns(&event.kind);
        self.0
            .prepare_cached(
                "INSERT INTO events
                 (conversation, seq, sender, time_ms, kind, text, client_message_id, target, role,
                  ref_seq)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )
            .and_then(|mut s| {
                s.execute(params![
                    key_string,
                    event.seq,
                    event.sender.as_str(),
                    event.time_ms,
                    code,
                    text,
                    client_message_id,
                    target,
                    role,
                    schema::ref_seq_of(&event.kind),
                ])
            })
            .map_err(storage)?;
        super::edits::index(self.0, &key_string, event)
    }

    fn message_at(
        &self,
        conversation: &ConversationKey,
        seq: Seq,
    ) -> Result<Option<rules::MessageFacts>> {
        super::edits::message_at(self.0, &key_text(conversation), seq)
    }

    fn erase_message(&mut self, conversation: &ConversationKey, seq: Seq) -> Result<()> {
        super::edits::erase(self.0, &key_text(conversation), seq)
    }

    fn has_reaction(
        &self,
        conversation: &ConversationKey,
        seq: Seq,
        user: &UserName,
        reaction: &Reaction,
    ) -> Result<bool> {
        super::edits::has_reaction(self.0, &key_text(conversation), seq, user, reaction)
    }

    fn set_reaction(
        &mut self,
        conversation: &ConversationKey,
        seq: Seq,
        user: &UserName,
        reaction: &Reaction,
        present: bool,
    ) -> Result<()> {
        super::edits::set_reaction(
            self.0,
            &key_text(conversation),
            seq,
            user,
            reaction,
            present,
        )
    }
}
