//! The SQLite schema, its migrations, and how keys and events are encoded
//! in rows.
//!
//! Migrations are numbered by position in [`MIGRATIONS`] and tracked in
//! `PRAGMA user_version`; opening a database applies the missing ones in
//! one transaction. Never edit a released migration: append a new one.

use std::sync::Arc;

use rusqlite::{Connection, OptionalExtension, Row};

use crate::{
    error::{Error, Result},
    model::{
        ClientMessageId, ConversationKey, Event, EventKind, Note, Reaction, Role, RoomName, Seq,
        Text, UserName,
    },
};

/// The schema, one step per entry.
const MIGRATIONS: &[&str] = &[
    // 1: users, rooms, memberships, one ordered log per conversation.
    "
    CREATE TABLE users (
        name TEXT PRIMARY KEY
    ) WITHOUT ROWID;

    CREATE TABLE members (
        room TEXT NOT NULL,
        user TEXT NOT NULL,
        PRIMARY KEY (room, user)
    ) WITHOUT ROWID;
    CREATE INDEX members_by_user ON members (user, room);

    -- One row per conversation: a room ('r:' || name, users NULL) or a
    -- private pair ('p:' || a || ':' || b with a < b).
    CREATE TABLE conversations (
        key      TEXT PRIMARY KEY,
        room     TEXT,
        user_a   TEXT,
        user_b   TEXT,
        last_seq INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX conversations_by_room ON conversations (room) WHERE room IS NOT NULL;
    CREATE INDEX conversations_by_user_a ON conversations (user_a) WHERE user_a IS NOT NULL;
    CREATE INDEX conversations_by_user_b ON conversations (user_b) WHERE user_b IS NOT NULL;

    -- kind: 1 message, 2 joined, 3 left.
    CREATE TABLE events (
        conversation      TEXT NOT NULL,
        seq               INTEGER NOT NULL,
        sender            TEXT NOT NULL,
        time_ms           INTEGER NOT NULL,
        kind              INTEGER NOT NULL,
        text              TEXT,
        client_message_id TEXT,
        PRIMARY KEY (conversation, seq)
    ) WITHOUT ROWID;
    CREATE UNIQUE INDEX events_by_client_id ON events (sender, client_message_id)
        WHERE client_message_id IS NOT NULL;

    CREATE TABLE private_cursors (
        user TEXT NOT NULL,
        peer TEXT NOT NULL,
        seq  INTEGER NOT NULL,
        PRIMARY KEY (user, peer)
    ) WITHOUT ROWID;
    ",
    // 2: rooms with doors: owners, privacy and topics; roles; invitations,
    // bans and blocks; moderation events.
    "
    CREATE TABLE rooms (
        name    TEXT PRIMARY KEY,
        owner   TEXT,
        private INTEGER NOT NULL DEFAULT 0,
        topic   TEXT NOT NULL DEFAULT ''
    ) WITHOUT ROWID;
    CREATE INDEX rooms_by_owner ON rooms (owner) WHERE owner IS NOT NULL;
    -- The rooms made before: public, owned by whoever joined first.
    INSERT INTO rooms (name, owner)
        SELECT c.room, (SELECT e.sender FROM events e WHERE e.conversation = c.key AND e.seq = 1)
        FROM conversations c WHERE c.room IS NOT NULL;

    -- role: 1 member, 2 moderator, 3 owner.
    ALTER TABLE members ADD COLUMN role INTEGER NOT NULL DEFAULT 1;
    UPDATE members SET role = 3 WHERE EXISTS
        (SELECT 1 FROM rooms r WHERE r.name = members.room AND r.owner = members.user);

    CREATE TABLE invites (
        room TEXT NOT NULL,
        user TEXT NOT NULL,
        PRIMARY KEY (room, user)
    ) WITHOUT ROWID;

    CREATE TABLE bans (
        room TEXT NOT NULL,
        user TEXT NOT NULL,
        PRIMARY KEY (room, user)
    ) WITHOUT ROWID;

    -- user refuses the private messages of blocked.
    CREATE TABLE blocks (
        user    TEXT NOT NULL,
        blocked TEXT NOT NULL,
        PRIMARY KEY (user, blocked)
    ) WITHOUT ROWID;

    -- New kinds: 4 invited, 5 kicked, 6 banned, 7 unbanned, 8 topic set,
    -- 9 role changed. target: the user acted on; text: the reason or the
    -- topic; role: the new role.
    ALTER TABLE events ADD COLUMN target TEXT;
    ALTER TABLE events ADD COLUMN role INTEGER;
    ",
    // 3: edits, deletes, reactions, replies and search.
    "
    -- New kinds: 10 edited (ref_seq: the message; text: its new text, NULL
    -- once the message is deleted), 11 deleted (ref_seq), 12 reaction
    -- added and 13 reaction removed (ref_seq; text: the reaction), 14 a
    -- deleted message (a message's row, kind 1, becomes 14 and loses its
    -- text). A message's ref_seq: the message it replies to, if any.
    ALTER TABLE events ADD COLUMN ref_seq INTEGER;
    CREATE INDEX events_by_ref ON events (conversation, ref_seq) WHERE ref_seq IS NOT NULL;

    -- Who gave which reaction to which message.
    CREATE TABLE reactions (
        conversation TEXT NOT NULL,
        seq          INTEGER NOT NULL,
        reaction     TEXT NOT NULL,
        user         TEXT NOT NULL,
        PRIMARY KEY (conversation, seq, reaction, user)
    ) WITHOUT ROWID;

    -- Search: one document per message that is not deleted, holding its
    -- latest text; search_docs finds a message's document. secure-delete
    -- takes a removed document's words out of the index itself.
    CREATE VIRTUAL TABLE message_search USING fts5 (
        text, conversation UNINDEXED, seq UNINDEXED, time_ms UNINDEXED
    );
    INSERT INTO message_search (message_search, rank) VALUES ('secure-delete', 1);
    CREATE TABLE search_docs (
        conversation TEXT NOT NULL,
        seq          INTEGER NOT NULL,
        doc          INTEGER NOT NULL,
        PRIMARY KEY (conversation, seq)
    ) WITHOUT ROWID;
    INSERT INTO message_search (text, conversation, seq, time_ms)
        SELECT text, conversation, seq, time_ms FROM events WHERE kind = 1
        ORDER BY time_ms, conversation, seq;
    INSERT INTO search_docs (conversation, seq, doc)
        SELECT conversation, seq, rowid FROM message_search;
    ",
    // 4: read positions (conversation: the key of `conversations`), and
    // the users who let private peers see theirs.
    "
    CREATE TABLE read_positions (
        user         TEXT NOT NULL,
        conversation TEXT NOT NULL,
        seq          INTEGER NOT NULL,
        PRIMARY KEY (user, conversation)
    ) WITHOUT ROWID;

    CREATE TABLE read_receipts (
        user TEXT PRIMARY KEY
    ) WITHOUT ROWID;
    ",
];

/// Sets the connection up (WAL, full sync, foreign settings) and applies
/// missing migrations.
pub fn open(path: &str) -> Result<Connection> {
    let connection = Connection::open(path).map_err(storage)?;
    connection
        .execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA busy_timeout = 5000;
             PRAGMA secure_delete = ON;",
        )
        .map_err(storage)?;
    Ok(connection)
}

/// Brings the schema up to date.
pub fn migrate(connection: &mut Connection) -> Result<()> {
    let version: usize = connection
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .map_err(storage)?;
    if version > MIGRATIONS.len() {
        return Err(Error::Storage(format!(
            "the database is at schema version {version}, newer than this server's {}",
            MIGRATIONS.len()
        )));
    }
    let transaction = connection.transaction().map_err(storage)?;
    for (index, migration) in MIGRATIONS.iter().enumerate().skip(version) {
        transaction.execute_batch(migration).map_err(storage)?;
        transaction
            .execute_batch(&format!("PRAGMA user_version = {}", index + 1))
            .map_err(storage)?;
    }
    transaction.commit().map_err(storage)
}

/// Any SQLite failure, as a storage error.
pub fn storage(error: rusqlite::Error) -> Error {
    storage_ref(&error)
}

/// A SQLite failure as the storage error a client can act on: a full disk
/// and a busy database are worth retrying, a damaged file is not.
pub fn storage_ref(error: &rusqlite::Error) -> Error {
    use rusqlite::ErrorCode;
    let detail = error.to_string();
    // A stored value that does not read back as what was written there
    // (text that is not UTF-8, say) is damage in the file too.
    if matches!(
        error,
        rusqlite::Error::FromSqlConversionFailure(..) | rusqlite::Error::Utf8Error(..)
    ) {
        return Error::StorageCorrupt(detail);
    }
    match error.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => Error::StorageFull(detail),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Error::StorageBusy(detail),
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => Error::StorageCorrupt(detail),
        _ => Error::Storage(detail),
    }
}

/// Runs `PRAGMA quick_check` (every page and index entry is well formed;
/// it reads the whole file, but does not compare indexes with their
/// tables as `integrity_check` does): a damaged file is refused with what
/// to do about it.
pub fn quick_check(connection: &Connection, path: &str) -> Result<()> {
    let damaged = |what: String| {
        Error::StorageCorrupt(format!(
            "{path} failed its check at start: {what}; restore it from a backup or \
             recover it (sqlite3 {path} .recover), or start with --skip-check to serve \
             what can still be read"
        ))
    };
    let mut statement = connection
        .prepare("PRAGMA quick_check(5)")
        .map_err(|e| damaged(e.to_string()))?;
    let findings = statement
        .query_map([], |row| row.get::<_, String>(0))
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(|e| damaged(e.to_string()))?;
    if findings.len() == 1 && findings[0] == "ok" {
        return Ok(());
    }
    Err(damaged(findings.join("; ")))
}

/// The text key of a conversation.
pub fn key_text(key: &ConversationKey) -> String {
    match key {
        ConversationKey::Room(room) => format!("r:{room}"),
        ConversationKey::Private(a, b) => format!("p:{a}:{b}"),
    }
}

/// Parses a conversation key written by [`key_text`].
pub fn parse_key(text: &str) -> Result<ConversationKey> {
    let bad = || Error::Storage(format!("malformed conversation key {text:?}"));
    if let Some(room) = text.strip_prefix("r:") {
        return Ok(ConversationKey::Room(
            RoomName::parse(room).map_err(|_| bad())?,
        ));
    }
    let (a, b) = text
        .strip_prefix("p:")
        .and_then(|p| p.split_once(':'))
        .ok_or_else(bad)?;
    Ok(ConversationKey::private(
        &UserName::parse(a).map_err(|_| bad())?,
        &UserName::parse(b).map_err(|_| bad())?,
    ))
}

/// The columns [`event_from_row`] reads, in order.
pub const EVENT_COLUMNS: &str =
    "seq, sender, time_ms, kind, text, client_message_id, target, role, ref_seq";

/// The `ref_seq` column of an event: the message an edit, a delete or a
/// reaction is of, or the message a message replies to.
pub fn ref_seq_of(kind: &EventKind) -> Option<i64> {
    let seq = match kind {
        EventKind::Message { reply_to, .. } => (*reply_to)?,
        EventKind::Edited { of, .. }
        | EventKind::Deleted { of }
        | EventKind::Reacted { of, .. } => *of,
        _ => return None,
    };
    i64::try_from(seq).ok()
}

/// How an event's kind is stored: the kind's code, the text column (a
/// message's text, a reason, a topic), the client message id, the target
/// and the role. [`event_from_row`] reads them back.
pub fn event_columns(
    kind: &EventKind,
) -> (i64, Option<&str>, Option<&str>, Option<&str>, Option<i64>) {
    match kind {
        EventKind::Message {
            text,
            client_message_id,
            deleted,
            ..
        } => {
            if *deleted {
                (14, None, client_message_id.get(), None, None)
            } else {
                (1, Some(text.as_str()), client_message_id.get(), None, None)
            }
        }
        EventKind::Edited { text, .. } => {
            let text = Some(text.as_str()).filter(|t| !t.is_empty());
            (10, text, None, None, None)
        }
        EventKind::Deleted { .. } => (11, None, None, None, None),
        EventKind::Reacted {
            reaction, added, ..
        } => (
            if *added { 12 } else { 13 },
            Some(reaction.as_str()),
            None,
            None,
            None,
        ),
        EventKind::Joined => (2, None, None, None, None),
        EventKind::Left => (3, None, None, None, None),
        EventKind::Invited { target } => (4, None, None, Some(target.as_str()), None),
        EventKind::Kicked { target, reason } => {
            (5, Some(reason.as_str()), None, Some(target.as_str()), None)
        }
        EventKind::Banned { target, reason } => {
            (6, Some(reason.as_str()), None, Some(target.as_str()), None)
        }
        EventKind::Unbanned { target } => (7, None, None, Some(target.as_str()), None),
        EventKind::TopicSet { topic } => (8, Some(topic.as_str()), None, None, None),
        EventKind::RoleChanged { target, role } => {
            (9, None, None, Some(target.as_str()), Some(role.code()))
        }
    }
}

/// Rebuilds an event of `key` from a row of [`EVENT_COLUMNS`].
pub fn event_from_row(key: &ConversationKey, row: &Row<'_>) -> rusqlite::Result<Arc<Event>> {
    let sender: String = row.get(1)?;
    let kind: i64 = row.get(3)?;
    use rusqlite::types::Type;
    let bad = |column: usize, ty: Type, what: String| {
        rusqlite::Error::FromSqlConversionFailure(column, ty, what.into())
    };
    let target = || -> rusqlite::Result<UserName> {
        let name = row.get::<_, Option<String>>(6)?.unwrap_or_default();
        UserName::parse(&name).map_err(|e| bad(6, Type::Text, e.to_string()))
    };
    let ref_seq = || -> rusqlite::Result<Option<Seq>> {
        Ok(row
            .get::<_, Option<i64>>(8)?
            .and_then(|seq| Seq::try_from(seq).ok()))
    };
    let note = || -> rusqlite::Result<Note> {
        Ok(Note::from_stored(
            &row.get::<_, Option<String>>(4)?.unwrap_or_default(),
        ))
    };
    let kind = match kind {
        4 => EventKind::Invited { target: target()? },
        5 => EventKind::Kicked {
            target: target()?,
            reason: note()?,
        },
        6 => EventKind::Banned {
            target: target()?,
            reason: note()?,
        },
        7 => EventKind::Unbanned { target: target()? },
        8 => EventKind::TopicSet { topic: note()? },
        9 => EventKind::RoleChanged {
            target: target()?,
            role: Role::from_code(row.get::<_, Option<i64>>(7)?.unwrap_or_default())
                .ok_or_else(|| bad(7, Type::Integer, "unknown role".into()))?,
        },
        1 | 14 => EventKind::Message {
            text: Text::from_stored(&row.get::<_, Option<String>>(4)?.unwrap_or_default()),
            client_message_id: ClientMessageId::parse(
                &row.get::<_, Option<String>>(5)?.unwrap_or_default(),
            )
            .map_err(|e| bad(5, Type::Text, e.to_string()))?,
            reply_to: ref_seq()?,
            deleted: kind == 14,
        },
        10 => EventKind::Edited {
            of: ref_seq()?.unwrap_or_default(),
            text: Text::from_stored(&row.get::<_, Option<String>>(4)?.unwrap_or_default()),
        },
        11 => EventKind::Deleted {
            of: ref_seq()?.unwrap_or_default(),
        },
        12 | 13 => EventKind::Reacted {
            of: ref_seq()?.unwrap_or_default(),
            reaction: Reaction::from_stored(&row.get::<_, Option<String>>(4)?.unwrap_or_default()),
            added: kind == 12,
        },
        2 => EventKind::Joined,
        3 => EventKind::Left,
        other => return Err(bad(3, Type::Integer, format!("unknown event kind {other}"))),
    };
    Ok(Arc::new(Event {
        conversation: key.clone(),
        seq: row.get(0)?,
        sender: UserName::parse(&sender).map_err(|e| bad(1, Type::Text, e.to_string()))?,
        time_ms: row.get(2)?,
        kind,
        wire: Default::default(),
    }))
}

/// The latest seq of a conversation (0 if it has none).
pub fn last_seq(connection: &Connection, key: &str) -> Result<u64> {
    Ok(stored_last_seq(connection, key)?.unwrap_or(0))
}

/// The latest seq of a conversation, `None` if it was never stored.
pub fn stored_last_seq(connection: &Connection, key: &str) -> Result<Option<u64>> {
    connection
        .prepare_cached("SELECT last_seq FROM conversations WHERE key = ?1")
        .and_then(|mut s| s.query_row([key], |row| row.get(0)).optional())
        .map_err(storage)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        let alice = UserName::parse("alice").unwrap();
        let bob = UserName::parse("bob").unwrap();
        for key in [
            ConversationKey::Room(RoomName::parse("lobby").unwrap()),
            ConversationKey::private(&bob, &alice),
        ] {
            assert_eq!(parse_key(&key_text(&key)).unwrap(), key);
        }
        assert!(parse_key("x:nope").is_err());
    }

    #[test]
    fn sqlite_failures_become_errors_a_client_can_act_on() {
        let failure = |code| rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), None);
        let full = storage(failure(rusqlite::ffi::SQLITE_FULL));
        assert_eq!(full.code(), tonic::Code::Unavailable);
        assert!(full.to_string().contains("retry"), "{full}");
        let busy = storage(failure(rusqlite::ffi::SQLITE_BUSY));
        assert_eq!(busy.code(), tonic::Code::Unavailable);
        let corrupt = storage(failure(rusqlite::ffi::SQLITE_CORRUPT));
        assert!(matches!(corrupt, Error::StorageCorrupt(_)), "{corrupt}");
        assert_eq!(corrupt.code(), tonic::Code::Internal);
        let other = storage(failure(rusqlite::ffi::SQLITE_IOERR));
        assert_eq!(other.code(), tonic::Code::Internal);
    }

    #[test]
    fn the_search_index_is_built_from_the_messages_already_stored() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v2.db");
        let mut connection = open(path.to_str().unwrap()).unwrap();
        connection.execute_batch(MIGRATIONS[0]).unwrap();
        connection.execute_batch(MIGRATIONS[1]).unwrap();
        connection
            .execute_batch(
                "PRAGMA user_version = 2;
                 INSERT INTO conversations VALUES ('r:lobby', 'lobby', NULL, NULL, 3);
                 INSERT INTO events (conversation, seq, sender, time_ms, kind, text)
                 VALUES ('r:lobby', 1, 'alice', 1, 2, NULL),
                        ('r:lobby', 2, 'alice', 2, 1, 'the old walrus'),
                        ('r:lobby', 3, 'alice', 3, 8, 'walrus topic');",
            )
            .unwrap();
        migrate(&mut connection).unwrap();
        let found: Vec<(String, i64)> = connection
            .prepare(
                "SELECT d.conversation, d.seq FROM message_search s
                 JOIN search_docs d ON d.doc = s.rowid WHERE message_search MATCH 'walrus'",
            )
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(found, [("r:lobby".to_owned(), 2)]);
    }

    #[test]
    fn rooms_made_before_doors_are_public_and_owned_by_their_first_joiner() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v1.db");
        let mut connection = open(path.to_str().unwrap()).unwrap();
        connection.execute_batch(MIGRATIONS[0]).unwrap();
        connection
            .execute_batch(
                "PRAGMA user_version = 1;
                 INSERT INTO users VALUES ('alice'), ('bob');
                 INSERT INTO members VALUES ('lobby', 'alice'), ('lobby', 'bob');
                 INSERT INTO conversations VALUES ('r:lobby', 'lobby', NULL, NULL, 2);
                 INSERT INTO events VALUES ('r:lobby', 1, 'alice', 1, 2, NULL, NULL),
                                           ('r:lobby', 2, 'bob', 2, 2, NULL, NULL);",
            )
            .unwrap();
        migrate(&mut connection).unwrap();
        let room: (String, bool, String) = connection
            .query_row(
                "SELECT owner, private, topic FROM rooms WHERE name = 'lobby'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
        assert_eq!(room, ("alice".into(), false, String::new()));
        let roles: Vec<(String, i64)> = connection
            .prepare("SELECT user, role FROM members ORDER BY user")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(roles, [("alice".into(), 3), ("bob".into(), 1)]);
    }

    #[test]
    fn migrations_apply_once() {
        let dir = std::env::temp_dir().join(format!("confab-schema-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.db");
        let path = path.to_str().unwrap();
        for _ in 0..2 {
            let mut connection = open(path).unwrap();
            migrate(&mut connection).unwrap();
        }
        std::fs::remove_dir_all(dir).unwrap();
    }
}
