//! The writer of one node: a thread with its own connection (the
//! synchronous `postgres` client, because the command rules' [`Tx`] is
//! synchronous) that commits the changes queued for it in batches.
//!
//! A batch is one transaction, in this order:
//!
//! 1. the room-quota locks of the users who may create a room
//!    (transaction-scoped advisory locks, in one order);
//! 2. the counter rows of every conversation the batch touches, locked
//!    in key order (an upsert, so a new conversation's row is made and
//!    locked alike): two nodes' batches over the same conversations wait
//!    for each other instead of deadlocking, and whatever changes a
//!    room's facts (members, bans, invitations, topic) appends to its log,
//!    so holds the same lock: the facts read next cannot change before
//!    COMMIT;
//! 3. every fact the commands will ask about, in a few queries;
//! 4. the rules, over those facts ([`super::facts`]), command after
//!    command; a refused command changed nothing (and if it did, the
//!    batch is refused whole rather than committed);
//! 5. the changes, as a few multi-row statements, each in key order; the
//!    counters as `UPDATE ... SET last_seq = last_seq + n ... RETURNING`;
//! 6. COMMIT; then the events go to the fan-out in commit order, then the
//!    callers get their answers. Nothing is acknowledged before COMMIT.
//!
//! A deadlock, a serialization failure or a unique violation (another
//! node stored the same client message id first) runs the batch again
//! from the start; so does a connection lost before COMMIT, once, on a
//! new connection. A connection lost at COMMIT is not retried (the outcome
//! is unknown): the callers get UNAVAILABLE, and a retry with the same
//! client message id finds what was stored.

use std::{
    collections::{BTreeMap, BTreeSet, HashMap},
    sync::Arc,
};

use ::postgres::{Client, NoTls, Statement, Transaction};
use tokio::sync::{mpsc, oneshot};

use super::{
    facts::{Facts, FactsTx, Fetch},
    schema::{self, storage_ref},
};
use crate::{
    error::{Error, Result},
    model::{ConversationKey, Event, Note, Role, RoomName, Seq, UserName},
    server::store::{
        rules::{self, RoomFacts, Tx},
        sqlite::schema::{event_columns, key_text, parse_key},
        Applied, Command, Fanout, Moderation, Target,
    },
};

mod edits;

/// The most changes committed in one transaction.
const MAX_BATCH: usize = 1024;

/// How many times a batch is run again after a deadlock, a serialization
/// failure or a unique violation.
const MAX_RETRIES: usize = 8;

/// The first key of the room-quota advisory locks ("conf" "ab" 2).
const QUOTA_LOCK: i32 = 0x636f_6e02;

/// A change for the writer, with where to send its answer.
pub(crate) enum WriteOp {
    /// Check and apply a command.
    Apply(Command, oneshot::Sender<Result<Applied>>),
    /// Record that a user exists.
    RegisterUser(UserName, oneshot::Sender<Result<()>>),
    /// Move a user's private cursors forwards.
    SaveCursors(UserName, Vec<(UserName, Seq)>, oneshot::Sender<Result<()>>),
    /// Answer once everything queued before is committed.
    Flush(oneshot::Sender<Result<()>>),
    /// Commit a transaction that writes (takes a transaction id, so its
    /// commit record is written and flushed), to learn whether the
    /// database works again.
    Probe(oneshot::Sender<Result<()>>),
}

/// Starts the writer thread; it connects when it has something to write
/// and runs until every sender of the returned queue is dropped.
pub(crate) fn spawn(
    config: ::postgres::Config,
    fanout: Arc<dyn Fanout>,
    queue: usize,
) -> std::io::Result<mpsc::Sender<WriteOp>> {
    let (tx, rx) = mpsc::channel(queue.max(1));
    std::thread::Builder::new()
        .name("confab-postgres-writer".into())
        .spawn(move || {
            Writer {
                config,
                connection: None,
                fanout,
            }
            .run(rx)
        })?;
    Ok(tx)
}

struct Writer {
    config: ::postgres::Config,
    connection: Option<Connection>,
    fanout: Arc<dyn Fanout>,
}

/// The writer's connection, and the statements prepared on it.
struct Connection {
    client: Client,
    /// By their text.
    statements: HashMap<&'static str, Statement>,
}

/// A change's answer, held until the batch commits.
enum Answer {
    Applied(Result<Applied>, Option<Arc<Event>>),
    Done(Result<()>),
}

/// Why a batch was not committed.
struct Failure {
    error: FailureKind,
    /// It failed at COMMIT: whether it committed is unknown.
    at_commit: bool,
}

enum FailureKind {
    Postgres(::postgres::Error),
    Other(Error),
}

impl From<::postgres::Error> for Failure {
    fn from(error: ::postgres::Error) -> Self {
        Self {
            error: FailureKind::Postgres(error),
            at_commit: false,
        }
    }
}

impl Failure {
    fn to_error(&self) -> Error {
        match &self.error {
            FailureKind::Postgres(error) => storage_ref(error),
            FailureKind::Other(error) => Error::Storage(error.to_string()),
        }
    }
}

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
            self.commit(&mut batch);
        }
    }

    fn commit(&mut self, batch: &mut Vec<WriteOp>) {
        let mut retries = 0;
        let mut reconnected = false;
        let outcome = loop {
            match self.try_batch(batch) {
                Ok(answers) => break Ok(answers),
                Err(failure) => {
                    if let FailureKind::Postgres(error) = &failure.error {
                        if schema::connection_lost(error) {
                            self.connection = None;
                            if !failure.at_commit && !reconnected {
                                reconnected = true;
                                continue;
                            }
                        } else if schema::retryable(error)
                            && !failure.at_commit
                            && retries < MAX_RETRIES
                        {
                            retries += 1;
                            tracing::debug!(%error, retries, "a batch is run again");
                            continue;
                        }
                    }
                    break Err(failure);
                }
            }
        };
        match outcome {
            Ok(answers) => {
                // Every event of the commit goes out before any caller
                // hears back, so an acked event is always on its way.
                let events: Vec<Arc<Event>> = answers
                    .iter()
                    .filter_map(|answer| match answer {
                        Answer::Applied(_, event) => event.clone(),
                        Answer::Done(_) => None,
                    })
                    .collect();
                if !events.is_empty() {
                    self.fanout.publish(&events);
                }
                for (op, answer) in batch.drain(..).zip(answers) {
                    match (op, answer) {
                        (WriteOp::Apply(_, reply), Answer::Applied(result, _)) => {
                            let _ = reply.send(result);
                        }
                        (op, Answer::Done(result)) => op.answer(result),
                        (op, Answer::Applied(..)) => {
                            op.answer(Err(Error::Storage("an answer out of place".into())))
                        }
                    }
                }
            }
            Err(failure) => {
                let error = failure.to_error();
                tracing::error!(%error, "a batch failed; its changes are refused");
                for op in batch.drain(..) {
                    op.answer(Err(clone_error(&error)));
                }
            }
        }
    }

    /// The connection, made anew if there is none or it was closed.
    fn connection(&mut self) -> Result<&mut Connection, ::postgres::Error> {
        if self
            .connection
            .as_ref()
            .is_some_and(|connection| connection.client.is_closed())
        {
            self.connection = None;
        }
        if self.connection.is_none() {
            self.connection = Some(Connection {
                client: self.config.connect(NoTls)?,
                statements: HashMap::new(),
            });
        }
        Ok(self.connection.as_mut().expect("connected just now"))
    }

    fn try_batch(&mut self, batch: &[WriteOp]) -> Result<Vec<Answer>, Failure> {
        let Connection { client, statements } = self.connection()?;
        let mut transaction = client.transaction()?;
        let answers = {
            let mut db = Db {
                tx: &mut transaction,
                statements,
                failure: None,
            };
            run_batch(&mut db, batch)?
        };
        transaction.commit().map_err(|error| Failure {
            error: FailureKind::Postgres(error),
            at_commit: true,
        })?;
        Ok(answers)
    }
}

impl WriteOp {
    /// Answers a change that is not a command.
    fn answer(self, result: Result<()>) {
        match self {
            WriteOp::Apply(_, reply) => {
                let _ = reply.send(result.and_then(|()| {
                    Err(Error::Storage(
                        "a command was answered without a result".into(),
                    ))
                }));
            }
            WriteOp::RegisterUser(_, reply)
            | WriteOp::SaveCursors(_, _, reply)
            | WriteOp::Flush(reply)
            | WriteOp::Probe(reply) => {
                let _ = reply.send(result);
            }
        }
    }
}

/// The same failure again, for each caller of a failed batch.
fn clone_error(error: &Error) -> Error {
    match error {
        Error::StorageFull(s) => Error::StorageFull(s.clone()),
        Error::StorageBusy(s) => Error::StorageBusy(s.clone()),
        Error::StorageUnreachable(s) => Error::StorageUnreachable(s.clone()),
        Error::StorageCorrupt(s) => Error::StorageCorrupt(s.clone()),
        other => Error::Storage(other.to_string()),
    }
}

/// The open transaction, with the connection's prepared statements.
struct Db<'t, 'c> {
    tx: &'t mut Transaction<'c>,
    statements: &'t mut HashMap<&'static str, Statement>,
    /// The first PostgreSQL failure met while fetching for the rules (the
    /// rules see it as an error; the batch must not commit).
    failure: Option<::postgres::Error>,
}

impl Db<'_, '_> {
    fn statement(&mut self, sql: &'static str) -> Result<Statement, ::postgres::Error> {
        if let Some(statement) = self.statements.get(sql) {
            return Ok(statement.clone());
        }
        let statement = self.tx.prepare(sql)?;
        self.statements.insert(sql, statement.clone());
        Ok(statement)
    }

    fn query(
        &mut self,
        sql: &'static str,
        params: &[&(dyn ::postgres::types::ToSql + Sync)],
    ) -> Result<Vec<::postgres::Row>, ::postgres::Error> {
        let statement = self.statement(sql)?;
        self.tx.query(&statement, params)
    }

    fn execute(
        &mut self,
        sql: &'static str,
        params: &[&(dyn ::postgres::types::ToSql + Sync)],
    ) -> Result<u64, ::postgres::Error> {
        let statement = self.statement(sql)?;
        self.tx.execute(&statement, params)
    }

    /// A query for the rules: a failure is kept for the batch, and told to
    /// the rules as an error.
    fn fetch(
        &mut self,
        sql: &'static str,
        params: &[&(dyn ::postgres::types::ToSql + Sync)],
    ) -> Result<Vec<::postgres::Row>> {
        self.query(sql, params).map_err(|error| {
            let told = storage_ref(&error);
            self.failure.get_or_insert(error);
            told
        })
    }
}

const ROOMS: &str = "SELECT name, owner, private, topic FROM rooms WHERE name = ANY($1)";
const PAIRS: &str = "
    SELECT 1::int, room, user_name, role FROM members
     WHERE (room, user_name) IN (SELECT * FROM unnest($1::text[], $2::text[]))
    UNION ALL
    SELECT 2, room, user_name, 0 FROM invites
     WHERE (room, user_name) IN (SELECT * FROM unnest($1::text[], $2::text[]))
    UNION ALL
    SELECT 3, room, user_name, 0 FROM bans
     WHERE (room, user_name) IN (SELECT * FROM unnest($1::text[], $2::text[]))";
const USERS: &str = "SELECT name FROM users WHERE name = ANY($1)";
const BLOCKS: &str = "SELECT user_name, blocked FROM blocks
     WHERE (user_name, blocked) IN (SELECT * FROM unnest($1::text[], $2::text[]))";
const CLIENT_IDS: &str = "SELECT sender, client_message_id, conversation, seq FROM events
     WHERE client_message_id IS NOT NULL
       AND (sender, client_message_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))";
const CREATED: &str = "SELECT owner, count(*) FROM rooms WHERE owner = ANY($1) GROUP BY owner";
const QUOTA_LOCKS: &str = "SELECT pg_advisory_xact_lock($1, k) FROM unnest($2::int[]) AS k";
/// Locks (making where missing) the counter rows, in key order.
const LOCK_CONVERSATIONS: &str = "
    INSERT INTO conversations (key, room, user_a, user_b, last_seq)
    SELECT k, r, a, b, 0 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(k, r, a, b)
     ORDER BY k COLLATE \"C\"
    ON CONFLICT (key) DO UPDATE SET last_seq = conversations.last_seq
    RETURNING key, last_seq, xmax = 0";
/// Removes counter rows this transaction made for nothing (a refused send
/// to a room that does not exist, a block of someone never written to).
const DROP_UNUSED: &str = "DELETE FROM conversations WHERE key = ANY($1) AND last_seq = 0";
const ADD_USERS: &str = "INSERT INTO users (name) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING";
const ADD_ROOMS: &str = "INSERT INTO rooms (name, owner, private, topic)
    SELECT * FROM unnest($1::text[], $2::text[], $3::bool[], $4::text[])";
const SET_TOPICS: &str = "UPDATE rooms r SET topic = t.topic
    FROM unnest($1::text[], $2::text[]) AS t(name, topic) WHERE r.name = t.name";
const REMOVE_MEMBERS: &str = "DELETE FROM members
    WHERE (room, user_name) IN (SELECT * FROM unnest($1::text[], $2::text[]))";
const SET_MEMBERS: &str = "INSERT INTO members (room, user_name, role)
    SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[])
    ON CONFLICT (room, user_name) DO UPDATE SET role = excluded.role";
const ADD_INVITES: &str = "INSERT INTO invites (room, user_name)
    SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING";
const REMOVE_INVITES: &str = "DELETE FROM invites
    WHERE (room, user_name) IN (SELECT * FROM unnest($1::text[], $2::text[]))";
const ADD_BANS: &str = "INSERT INTO bans (room, user_name)
    SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING";
const REMOVE_BANS: &str = "DELETE FROM bans
    WHERE (room, user_name) IN (SELECT * FROM unnest($1::text[], $2::text[]))";
const ADD_BLOCKS: &str = "INSERT INTO blocks (user_name, blocked)
    SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING";
const REMOVE_BLOCKS: &str = "DELETE FROM blocks
    WHERE (user_name, blocked) IN (SELECT * FROM unnest($1::text[], $2::text[]))";
const ADD_EVENTS: &str = "INSERT INTO events
    (conversation, seq, sender, time_ms, kind, text, client_message_id, target, role, ref_seq,
     search)
    SELECT c, s, se, t, k, x, i, tg, r, rf, CASE WHEN k = 1 THEN to_tsvector('simple', x) END
    FROM unnest($1::text[], $2::bigint[], $3::text[], $4::bigint[], $5::bigint[],
                $6::text[], $7::text[], $8::text[], $9::bigint[], $10::bigint[])
         AS u(c, s, se, t, k, x, i, tg, r, rf)";
const RAISE_COUNTERS: &str = "UPDATE conversations c SET last_seq = c.last_seq + t.n
    FROM unnest($1::text[], $2::bigint[]) AS t(key, n) WHERE c.key = t.key
    RETURNING c.key, c.last_seq";
const SAVE_CURSORS: &str = "INSERT INTO private_cursors (user_name, peer, seq)
    SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[])
    ON CONFLICT (user_name, peer) DO UPDATE SET seq = GREATEST(private_cursors.seq, excluded.seq)";
const PROBE: &str = "SELECT pg_current_xact_id()::text";

fn seq_of(value: i64) -> Result<Seq> {
    u64::try_from(value).map_err(|_| Error::StorageCorrupt(format!("a negative seq {value}")))
}

fn as_i64(seq: Seq) -> i64 {
    i64::try_from(seq).unwrap_or(i64::MAX)
}

fn room_facts(owner: Option<String>, private: bool, topic: &str) -> Result<RoomFacts> {
    Ok(RoomFacts {
        private,
        owner: owner.as_deref().map(UserName::parse).transpose()?,
        topic: Note::from_stored(topic),
    })
}

fn role_of(code: i64) -> Result<Role> {
    Role::from_code(code).ok_or_else(|| Error::StorageCorrupt(format!("unknown role {code}")))
}

/// What is stored as text.
trait AsText {
    fn text(&self) -> &str;
}

impl AsText for UserName {
    fn text(&self) -> &str {
        self.as_str()
    }
}

impl AsText for RoomName {
    fn text(&self) -> &str {
        self.as_str()
    }
}

impl AsText for String {
    fn text(&self) -> &str {
        self
    }
}

/// Two columns of text, for `unnest($1::text[], $2::text[])`.
fn columns<'a, A: AsText + 'a, B: AsText + 'a>(
    pairs: impl IntoIterator<Item = (&'a A, &'a B)>,
) -> (Vec<&'a str>, Vec<&'a str>) {
    pairs.into_iter().map(|(a, b)| (a.text(), b.text())).unzip()
}

impl Fetch for Db<'_, '_> {
    fn user_exists(&mut self, user: &UserName) -> Result<bool> {
        Ok(!self.fetch(USERS, &[&vec![user.as_str()]])?.is_empty())
    }

    fn room(&mut self, room: &RoomName) -> Result<Option<RoomFacts>> {
        let rows = self.fetch(ROOMS, &[&vec![room.as_str()]])?;
        rows.first()
            .map(|row| room_facts(row.get(1), row.get(2), row.get::<_, &str>(3)))
            .transpose()
    }

    fn rooms_created_by(&mut self, user: &UserName) -> Result<usize> {
        let rows = self.fetch(CREATED, &[&vec![user.as_str()]])?;
        Ok(rows
            .first()
            .map_or(0, |row| usize::try_from(row.get::<_, i64>(1)).unwrap_or(0)))
    }

    fn role(&mut self, room: &RoomName, user: &UserName) -> Result<Option<Role>> {
        let rows = self.fetch(PAIRS, &[&vec![room.as_str()], &vec![user.as_str()]])?;
        rows.iter()
            .find(|row| row.get::<_, i32>(0) == 1)
            .map(|row| role_of(row.get(3)))
            .transpose()
    }

    fn invited(&mut self, room: &RoomName, user: &UserName) -> Result<bool> {
        let rows = self.fetch(PAIRS, &[&vec![room.as_str()], &vec![user.as_str()]])?;
        Ok(rows.iter().any(|row| row.get::<_, i32>(0) == 2))
    }

    fn banned(&mut self, room: &RoomName, user: &UserName) -> Result<bool> {
        let rows = self.fetch(PAIRS, &[&vec![room.as_str()], &vec![user.as_str()]])?;
        Ok(rows.iter().any(|row| row.get::<_, i32>(0) == 3))
    }

    fn blocked(&mut self, by: &UserName, user: &UserName) -> Result<bool> {
        let rows = self.fetch(BLOCKS, &[&vec![by.as_str()], &vec![user.as_str()]])?;
        Ok(!rows.is_empty())
    }

    fn client_id(&mut self, sender: &UserName, id: &str) -> Result<Option<(ConversationKey, Seq)>> {
        let rows = self.fetch(CLIENT_IDS, &[&vec![sender.as_str()], &vec![id]])?;
        rows.first()
            .map(|row| Ok((parse_key(row.get(2))?, seq_of(row.get(3))?)))
            .transpose()
    }

    fn last_seq(&mut self, conversation: &ConversationKey) -> Result<Seq> {
        let (key, room, a, b) = counter_row(conversation);
        let rows = self.fetch(
            LOCK_CONVERSATIONS,
            &[&vec![key.as_str()], &vec![room], &vec![a], &vec![b]],
        )?;
        rows.first().map_or(Ok(0), |row| seq_of(row.get(1)))
    }

    fn message_at(
        &mut self,
        conversation: &ConversationKey,
        seq: Seq,
    ) -> Result<Option<rules::MessageFacts>> {
        edits::message_at(self, conversation, seq)
    }

    fn reaction(
        &mut self,
        conversation: &ConversationKey,
        seq: Seq,
        user: &UserName,
        reaction: &crate::model::Reaction,
    ) -> Result<bool> {
        edits::reaction(self, conversation, seq, user, reaction)
    }
}

/// A conversation's counter row: key, room, user a, user b.
fn counter_row(key: &ConversationKey) -> (String, Option<&str>, Option<&str>, Option<&str>) {
    let (room, a, b) = match key {
        ConversationKey::Room(room) => (Some(room.as_str()), None, None),
        ConversationKey::Private(a, b) => (None, Some(a.as_str()), Some(b.as_str())),
    };
    (key_text(key), room, a, b)
}

/// What a batch will ask about, gathered from its changes before any rule
/// runs.
#[derive(Default)]
struct Wanted {
    conversations: BTreeMap<String, ConversationKey>,
    rooms: BTreeSet<RoomName>,
    /// (room, user): membership, invitation, ban.
    pairs: BTreeSet<(RoomName, UserName)>,
    users: BTreeSet<UserName>,
    blocks: BTreeSet<(UserName, UserName)>,
    client_ids: BTreeSet<(UserName, String)>,
    /// (room, user) of joins, which create the room if it is missing.
    joins: BTreeSet<(RoomName, UserName)>,
    /// Users creating a room whatever exists.
    creators: BTreeSet<UserName>,
    probe: bool,
}

impl Wanted {
    fn of(batch: &[WriteOp]) -> Self {
        let mut wanted = Self::default();
        for op in batch {
            match op {
                WriteOp::Apply(command, _) => wanted.command(command),
                WriteOp::RegisterUser(user, _) => {
                    wanted.users.insert(user.clone());
                }
                WriteOp::Probe(_) => wanted.probe = true,
                WriteOp::SaveCursors(..) | WriteOp::Flush(_) => {}
            }
        }
        wanted
    }

    fn conversation(&mut self, key: ConversationKey) {
        self.conversations.insert(key_text(&key), key);
    }

    fn room(&mut self, room: &RoomName, users: &[&UserName]) {
        self.conversation(ConversationKey::Room(room.clone()));
        self.rooms.insert(room.clone());
        for user in users {
            self.pairs.insert((room.clone(), (*user).clone()));
        }
    }

    fn command(&mut self, command: &Command) {
        match command {
            Command::Join { room, user, .. } => {
                self.room(room, &[&user.user]);
                self.joins.insert((room.clone(), user.user.clone()));
                self.users.insert(user.user.clone());
            }
            Command::CreateRoom { room, user, .. } => {
                self.room(room, &[&user.user]);
                self.creators.insert(user.user.clone());
                self.users.insert(user.user.clone());
            }
            Command::Leave { room, user } => self.room(room, &[user]),
            Command::Moderate { room, by, action } => {
                let target = match action {
                    Moderation::Invite(target)
                    | Moderation::Kick(target, _)
                    | Moderation::Ban(target, _)
                    | Moderation::Unban(target)
                    | Moderation::SetRole(target, _) => Some(target),
                    Moderation::SetTopic(_) => None,
                };
                match target {
                    Some(target) => {
                        self.room(room, &[&by.user, target]);
                        self.users.insert(target.clone());
                    }
                    None => self.room(room, &[&by.user]),
                }
            }
            Command::Block { user, target, .. } => {
                self.conversation(ConversationKey::private(user, target));
                self.users.insert(target.clone());
                self.blocks.insert((user.clone(), target.clone()));
            }
            Command::Change {
                by, conversation, ..
            } => {
                self.conversation(conversation.clone());
                if let ConversationKey::Room(room) = conversation {
                    self.room(room, &[&by.user]);
                }
            }
            Command::Post {
                sender,
                target,
                client_message_id,
                ..
            } => {
                match target {
                    Target::Room(room) => self.room(room, &[sender]),
                    Target::User(to) => {
                        self.conversation(ConversationKey::private(sender, to));
                        self.users.insert(to.clone());
                        self.users.insert(sender.clone());
                        self.blocks.insert((to.clone(), sender.clone()));
                    }
                }
                if let Some(id) = client_message_id.get() {
                    self.client_ids.insert((sender.clone(), id.to_owned()));
                }
            }
        }
    }
}

/// A stable 32-bit hash of a name (FNV-1a), the second key of its
/// room-quota lock.
fn lock_key(name: &str) -> i32 {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in name.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    i32::from_ne_bytes(hash.to_ne_bytes())
}

fn run_batch(db: &mut Db<'_, '_>, batch: &[WriteOp]) -> Result<Vec<Answer>, Failure> {
    let wanted = Wanted::of(batch);
    let mut facts = Facts::default();
    lock_quotas(db, &wanted)?;
    let made = lock_conversations(db, &wanted, &mut facts)?;
    prefetch(db, &wanted, &mut facts)?;

    let mut cursors: BTreeMap<(UserName, UserName), Seq> = BTreeMap::new();
    let mut answers = Vec::with_capacity(batch.len());
    let mut tx = FactsTx::new(facts, Some(db as &mut dyn Fetch));
    for op in batch {
        let answer = match op {
            WriteOp::Apply(command, _) => {
                let before = tx.writes();
                match rules::apply(&mut tx, command.clone()) {
                    Ok(outcome) => Answer::Applied(Ok(outcome.applied), outcome.stored),
                    Err(error) => {
                        if tx.writes() != before {
                            return Err(Failure {
                                error: FailureKind::Other(Error::Storage(format!(
                                    "a refused command changed something: {error}"
                                ))),
                                at_commit: false,
                            });
                        }
                        Answer::Applied(Err(error), None)
                    }
                }
            }
            WriteOp::RegisterUser(user, _) => Answer::Done(tx.add_user(user)),
            WriteOp::SaveCursors(user, saved, _) => {
                for (peer, seq) in saved {
                    let at = cursors.entry((user.clone(), peer.clone())).or_default();
                    *at = (*at).max(*seq);
                }
                Answer::Done(Ok(()))
            }
            WriteOp::Flush(_) | WriteOp::Probe(_) => Answer::Done(Ok(())),
        };
        answers.push(answer);
    }
    let facts = tx.into_facts();
    if let Some(error) = db.failure.take() {
        return Err(error.into());
    }
    write_out(db, &facts, &cursors)?;
    let unused: Vec<String> = made
        .iter()
        .filter(|key| facts.last_seqs.get(key).is_none_or(|seq| *seq == 0))
        .map(key_text)
        .collect();
    if !unused.is_empty() {
        db.execute(DROP_UNUSED, &[&unused])?;
    }
    if wanted.probe {
        db.query(PROBE, &[])?;
    }
    Ok(answers)
}

fn lock_quotas(db: &mut Db<'_, '_>, wanted: &Wanted) -> Result<(), Failure> {
    let mut creators = wanted.creators.clone();
    if !wanted.joins.is_empty() {
        let rooms: Vec<&str> = wanted.joins.iter().map(|(room, _)| room.as_str()).collect();
        let existing: BTreeSet<String> = db
            .query(ROOMS, &[&rooms])?
            .iter()
            .map(|row| row.get(0))
            .collect();
        // Rooms are never deleted: a join of one that exists creates
        // nothing.
        creators.extend(
            wanted
                .joins
                .iter()
                .filter(|(room, _)| !existing.contains(room.as_str()))
                .map(|(_, user)| user.clone()),
        );
    }
    if creators.is_empty() {
        return Ok(());
    }
    let mut keys: Vec<i32> = creators
        .iter()
        .map(|user| lock_key(user.as_str()))
        .collect();
    keys.sort_unstable();
    keys.dedup();
    db.query(QUOTA_LOCKS, &[&QUOTA_LOCK, &keys])?;
    Ok(())
}

/// Locks the counter rows of the batch's conversations, learning their
/// last seqs; returns those whose row it made.
fn lock_conversations(
    db: &mut Db<'_, '_>,
    wanted: &Wanted,
    facts: &mut Facts,
) -> Result<Vec<ConversationKey>, Failure> {
    if wanted.conversations.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<_> = wanted.conversations.values().map(counter_row).collect();
    let keys: Vec<&str> = rows.iter().map(|row| row.0.as_str()).collect();
    let rooms: Vec<Option<&str>> = rows.iter().map(|row| row.1).collect();
    let a: Vec<Option<&str>> = rows.iter().map(|row| row.2).collect();
    let b: Vec<Option<&str>> = rows.iter().map(|row| row.3).collect();
    let mut made = Vec::new();
    for row in db.query(LOCK_CONVERSATIONS, &[&keys, &rooms, &a, &b])? {
        let key: &str = row.get(0);
        if let Some(conversation) = wanted.conversations.get(key) {
            let seq = seq_of(row.get(1)).map_err(other)?;
            facts.last_seqs.learn(conversation.clone(), seq);
            // The row was inserted by this statement, not found.
            if row.get::<_, bool>(2) {
                made.push(conversation.clone());
            }
        }
    }
    Ok(made)
}

fn other(error: Error) -> Failure {
    Failure {
        error: FailureKind::Other(error),
        at_commit: false,
    }
}

fn prefetch(db: &mut Db<'_, '_>, wanted: &Wanted, facts: &mut Facts) -> Result<(), Failure> {
    if !wanted.rooms.is_empty() {
        let names: Vec<&str> = wanted.rooms.iter().map(RoomName::as_str).collect();
        for row in db.query(ROOMS, &[&names])? {
            let room = RoomName::parse(row.get(0)).map_err(other)?;
            let found = room_facts(row.get(1), row.get(2), row.get::<_, &str>(3)).map_err(other)?;
            facts.rooms.learn(room, Some(found));
        }
        for room in &wanted.rooms {
            facts.rooms.learn(room.clone(), None);
        }
    }
    if !wanted.pairs.is_empty() {
        let (rooms, users) = columns(wanted.pairs.iter().map(|(r, u)| (r, u)));
        for row in db.query(PAIRS, &[&rooms, &users])? {
            let key = (
                RoomName::parse(row.get(1)).map_err(other)?,
                UserName::parse(row.get(2)).map_err(other)?,
            );
            match row.get::<_, i32>(0) {
                1 => facts
                    .members
                    .learn(key, Some(role_of(row.get(3)).map_err(other)?)),
                2 => facts.invites.learn(key, true),
                _ => facts.bans.learn(key, true),
            }
        }
        for pair in &wanted.pairs {
            facts.members.learn(pair.clone(), None);
            facts.invites.learn(pair.clone(), false);
            facts.bans.learn(pair.clone(), false);
        }
    }
    if !wanted.users.is_empty() {
        let names: Vec<&str> = wanted.users.iter().map(UserName::as_str).collect();
        for row in db.query(USERS, &[&names])? {
            facts
                .users
                .learn(UserName::parse(row.get(0)).map_err(other)?, true);
        }
        for user in &wanted.users {
            facts.users.learn(user.clone(), false);
        }
    }
    if !wanted.blocks.is_empty() {
        let (by, blocked) = columns(wanted.blocks.iter().map(|(a, b)| (a, b)));
        for row in db.query(BLOCKS, &[&by, &blocked])? {
            let key = (
                UserName::parse(row.get(0)).map_err(other)?,
                UserName::parse(row.get(1)).map_err(other)?,
            );
            facts.blocks.learn(key, true);
        }
        for pair in &wanted.blocks {
            facts.blocks.learn(pair.clone(), false);
        }
    }
    if !wanted.client_ids.is_empty() {
        let (senders, ids) = columns(wanted.client_ids.iter().map(|(a, b)| (a, b)));
        for row in db.query(CLIENT_IDS, &[&senders, &ids])? {
            let key = (
                UserName::parse(row.get(0)).map_err(other)?,
                row.get::<_, String>(1),
            );
            let place = (
                parse_key(row.get(2)).map_err(other)?,
                seq_of(row.get(3)).map_err(other)?,
            );
            facts.client_ids.learn(key, Some(place));
        }
        for key in &wanted.client_ids {
            facts.client_ids.learn(key.clone(), None);
        }
    }
    let mut creators: BTreeSet<&UserName> = wanted.creators.iter().collect();
    creators.extend(wanted.joins.iter().map(|(_, user)| user));
    let creators: Vec<&str> = creators
        .into_iter()
        .filter(|user| !facts.created.knows(user))
        .map(UserName::as_str)
        .collect();
    if !creators.is_empty() {
        for row in db.query(CREATED, &[&creators])? {
            let user = UserName::parse(row.get(0)).map_err(other)?;
            facts
                .created
                .learn(user, usize::try_from(row.get::<_, i64>(1)).unwrap_or(0));
        }
        for user in creators {
            facts
                .created
                .learn(UserName::parse(user).map_err(other)?, 0);
        }
    }
    Ok(())
}

/// Writes what the batch changed: a statement per table and kind of
/// change, rows in key order.
fn write_out(
    db: &mut Db<'_, '_>,
    facts: &Facts,
    cursors: &BTreeMap<(UserName, UserName), Seq>,
) -> Result<(), Failure> {
    let users: Vec<&str> = facts
        .users
        .changed()
        .into_iter()
        .filter(|(_, slot)| slot.now)
        .map(|(user, _)| user.as_str())
        .collect();
    if !users.is_empty() {
        db.execute(ADD_USERS, &[&users])?;
    }

    let rooms = facts.rooms.changed();
    let (mut new_rooms, mut topics) = (Vec::new(), Vec::new());
    for (name, slot) in &rooms {
        match (&slot.before, &slot.now) {
            (None, Some(room)) => new_rooms.push((name.as_str(), room)),
            (Some(_), Some(room)) => topics.push((name.as_str(), room.topic.as_str())),
            (_, None) => {}
        }
    }
    if !new_rooms.is_empty() {
        let names: Vec<&str> = new_rooms.iter().map(|(name, _)| *name).collect();
        let owners: Vec<Option<&str>> = new_rooms
            .iter()
            .map(|(_, room)| room.owner.as_ref().map(UserName::as_str))
            .collect();
        let private: Vec<bool> = new_rooms.iter().map(|(_, room)| room.private).collect();
        let topic: Vec<&str> = new_rooms
            .iter()
            .map(|(_, room)| room.topic.as_str())
            .collect();
        db.execute(ADD_ROOMS, &[&names, &owners, &private, &topic])?;
    }
    if !topics.is_empty() {
        let (names, topic): (Vec<&str>, Vec<&str>) = topics.into_iter().unzip();
        db.execute(SET_TOPICS, &[&names, &topic])?;
    }

    let members = facts.members.changed();
    let removed = columns(
        members
            .iter()
            .filter(|(_, slot)| slot.now.is_none())
            .map(|((room, user), _)| (room, user)),
    );
    if !removed.0.is_empty() {
        db.execute(REMOVE_MEMBERS, &[&removed.0, &removed.1])?;
    }
    let (mut rooms, mut users, mut roles) = (Vec::new(), Vec::new(), Vec::new());
    for ((room, user), slot) in &members {
        if let Some(role) = slot.now {
            rooms.push(room.as_str());
            users.push(user.as_str());
            roles.push(role.code());
        }
    }
    if !rooms.is_empty() {
        db.execute(SET_MEMBERS, &[&rooms, &users, &roles])?;
    }

    set_pairs(db, &facts.invites.changed(), ADD_INVITES, REMOVE_INVITES)?;
    set_pairs(db, &facts.bans.changed(), ADD_BANS, REMOVE_BANS)?;
    set_pairs(db, &facts.blocks.changed(), ADD_BLOCKS, REMOVE_BLOCKS)?;

    if !facts.events.is_empty() {
        let n = facts.events.len();
        let mut keys = Vec::with_capacity(n);
        let mut seqs = Vec::with_capacity(n);
        let mut senders = Vec::with_capacity(n);
        let mut times = Vec::with_capacity(n);
        let mut kinds = Vec::with_capacity(n);
        let mut texts = Vec::with_capacity(n);
        let mut ids = Vec::with_capacity(n);
        let mut targets = Vec::with_capacity(n);
        let mut roles = Vec::with_capacity(n);
        let mut refs = Vec::with_capacity(n);
        for event in &facts.events {
            let (kind, text, id, target, role) = event_columns(&event.kind);
            refs.push(crate::server::store::sqlite::schema::ref_seq_of(
                &event.kind,
            ));
            keys.push(key_text(&event.conversation));
            seqs.push(as_i64(event.seq));
            senders.push(event.sender.as_str());
            times.push(event.time_ms);
            kinds.push(kind);
            texts.push(text);
            ids.push(id);
            targets.push(target);
            roles.push(role);
        }
        db.execute(
            ADD_EVENTS,
            &[
                &keys, &seqs, &senders, &times, &kinds, &texts, &ids, &targets, &roles, &refs,
            ],
        )?;
    }
    edits::write_out(db, facts)?;

    let counters = facts.last_seqs.changed();
    if !counters.is_empty() {
        let keys: Vec<String> = counters.keys().map(|key| key_text(key)).collect();
        let raised: Vec<i64> = counters
            .values()
            .map(|slot| as_i64(slot.now.saturating_sub(slot.before)))
            .collect();
        let expected: HashMap<&str, Seq> = keys
            .iter()
            .zip(counters.values())
            .map(|(key, slot)| (key.as_str(), slot.now))
            .collect();
        let rows = db.query(RAISE_COUNTERS, &[&keys, &raised])?;
        let agree = rows.len() == expected.len()
            && rows.iter().all(|row| {
                expected.get(row.get::<_, &str>(0)).copied()
                    == u64::try_from(row.get::<_, i64>(1)).ok()
            });
        if !agree {
            return Err(other(Error::Storage(
                "a conversation's counter moved while its row was locked".into(),
            )));
        }
    }

    if !cursors.is_empty() {
        let users: Vec<&str> = cursors.keys().map(|(user, _)| user.as_str()).collect();
        let peers: Vec<&str> = cursors.keys().map(|(_, peer)| peer.as_str()).collect();
        let seqs: Vec<i64> = cursors.values().map(|seq| as_i64(*seq)).collect();
        db.execute(SAVE_CURSORS, &[&users, &peers, &seqs])?;
    }
    Ok(())
}

/// Inserts the pairs now present and deletes those now absent.
fn set_pairs<A: AsText, B: AsText>(
    db: &mut Db<'_, '_>,
    changed: &BTreeMap<&(A, B), &super::facts::Slot<bool>>,
    insert: &'static str,
    delete: &'static str,
) -> Result<(), Failure> {
    for (present, sql) in [(true, insert), (false, delete)] {
        let (a, b) = columns(
            changed
                .iter()
                .filter(|(_, slot)| slot.now == present)
                .map(|((a, b), _)| (a, b)),
        );
        if !a.is_empty() {
            db.execute(sql, &[&a, &b])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_keys_are_stable() {
        // The same name takes the same lock on every node and every build.
        assert_eq!(lock_key("alice"), lock_key("alice"));
        assert_ne!(lock_key("alice"), lock_key("bob"));
        assert_eq!(
            lock_key(""),
            i32::from_ne_bytes(0x811c_9dc5u32.to_ne_bytes())
        );
    }
}
