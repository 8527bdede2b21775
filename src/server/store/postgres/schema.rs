//! The PostgreSQL schema, its numbered migrations, how rows become
//! events, and how a PostgreSQL failure becomes an [`Error`] a client can
//! act on.
//!
//! Migrations are numbered by position in [`MIGRATIONS`] and recorded in
//! `confab_migrations` (one row per applied step). Opening the store
//! applies the missing ones in one transaction under an advisory lock, so
//! several nodes starting at once migrate once; running them again finds
//! nothing to do. Never edit a released migration: append a new one.
//!
//! Every text column is `COLLATE "C"`: names sort and compare bytewise, as
//! Rust orders them (listings are binary-searched, pages go on "after" a
//! name), whatever the database's default collation is.

use std::sync::Arc;

use tokio_postgres::{error::SqlState, Row};

use crate::{
    error::{Error, Result},
    model::{
        ClientMessageId, ConversationKey, Event, EventKind, Note, Reaction, Role, Text, UserName,
    },
};

/// The advisory lock (first key) migrations take, so that nodes starting
/// together migrate one after the other.
const MIGRATION_LOCK: i64 = 0x636f_6e66_6162_0001;

/// The schema, one step per entry: entry `i` is migration `i + 1`.
pub(crate) const MIGRATIONS: &[&str] = &[
    // 1: users, rooms with their doors, memberships with roles,
    // invitations, bans, blocks, one ordered log per conversation with its
    // counter row, private cursors.
    r#"
    CREATE TABLE users (
        name TEXT COLLATE "C" PRIMARY KEY
    );

    CREATE TABLE rooms (
        name    TEXT COLLATE "C" PRIMARY KEY,
        owner   TEXT COLLATE "C",
        private BOOLEAN NOT NULL DEFAULT false,
        topic   TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX rooms_by_owner ON rooms (owner) WHERE owner IS NOT NULL;

    -- role: 1 member, 2 moderator, 3 owner.
    CREATE TABLE members (
        room      TEXT COLLATE "C" NOT NULL,
        user_name TEXT COLLATE "C" NOT NULL,
        role      BIGINT NOT NULL,
        PRIMARY KEY (room, user_name)
    );
    CREATE INDEX members_by_user ON members (user_name, room);

    CREATE TABLE invites (
        room      TEXT COLLATE "C" NOT NULL,
        user_name TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (room, user_name)
    );

    CREATE TABLE bans (
        room      TEXT COLLATE "C" NOT NULL,
        user_name TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (room, user_name)
    );

    -- user_name refuses the private messages of blocked.
    CREATE TABLE blocks (
        user_name TEXT COLLATE "C" NOT NULL,
        blocked   TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (user_name, blocked)
    );

    -- One counter row per conversation: a room ('r:' || name, users NULL)
    -- or a private pair ('p:' || a || ':' || b with a < b). last_seq is
    -- raised in the transaction that appends; its row lock, held to
    -- COMMIT, orders the conversation's commits by seq.
    CREATE TABLE conversations (
        key      TEXT COLLATE "C" PRIMARY KEY,
        room     TEXT COLLATE "C",
        user_a   TEXT COLLATE "C",
        user_b   TEXT COLLATE "C",
        last_seq BIGINT NOT NULL
    );
    CREATE INDEX conversations_by_user_a ON conversations (user_a) WHERE user_a IS NOT NULL;
    CREATE INDEX conversations_by_user_b ON conversations (user_b) WHERE user_b IS NOT NULL;

    -- kind: 1 message, 2 joined, 3 left, 4 invited, 5 kicked, 6 banned,
    -- 7 unbanned, 8 topic set, 9 role changed. target: the user acted on;
    -- text: a message's text, a reason or a topic; role: the new role.
    CREATE TABLE events (
        conversation      TEXT COLLATE "C" NOT NULL,
        seq               BIGINT NOT NULL,
        sender            TEXT COLLATE "C" NOT NULL,
        time_ms           BIGINT NOT NULL,
        kind              BIGINT NOT NULL,
        text              TEXT,
        client_message_id TEXT COLLATE "C",
        target            TEXT COLLATE "C",
        role              BIGINT,
        PRIMARY KEY (conversation, seq)
    );
    CREATE UNIQUE INDEX events_by_client_id ON events (sender, client_message_id)
        WHERE client_message_id IS NOT NULL;

    CREATE TABLE private_cursors (
        user_name TEXT COLLATE "C" NOT NULL,
        peer      TEXT COLLATE "C" NOT NULL,
        seq       BIGINT NOT NULL,
        PRIMARY KEY (user_name, peer)
    );
    "#,
    // 2: the nodes sharing this database, each with a lease it renews.
    r#"
    CREATE TABLE nodes (
        id          TEXT COLLATE "C" PRIMARY KEY,
        lease_until TIMESTAMPTZ NOT NULL,
        renewed_at  TIMESTAMPTZ NOT NULL
    );
    "#,
    // 3: edits, deletes, reactions, replies and search.
    r#"
    -- New kinds: 10 edited (ref_seq: the message; text: its new text, NULL
    -- once the message is deleted), 11 deleted (ref_seq), 12 reaction
    -- added and 13 reaction removed (ref_seq; text: the reaction), 14 a
    -- deleted message (a message's row, kind 1, becomes 14 and loses its
    -- text and search vector). A message's ref_seq: the message it
    -- replies to, if any. search: a message's latest text, for Search.
    ALTER TABLE events ADD COLUMN ref_seq BIGINT;
    ALTER TABLE events ADD COLUMN search tsvector;
    CREATE INDEX events_by_ref ON events (conversation, ref_seq) WHERE ref_seq IS NOT NULL;
    UPDATE events SET search = to_tsvector('simple', text) WHERE kind = 1;
    CREATE INDEX events_search ON events USING GIN (search);
    CREATE INDEX events_by_time ON events (time_ms) WHERE search IS NOT NULL;

    -- Who gave which reaction to which message.
    CREATE TABLE reactions (
        conversation TEXT COLLATE "C" NOT NULL,
        seq          BIGINT NOT NULL,
        reaction     TEXT COLLATE "C" NOT NULL,
        user_name    TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (conversation, seq, reaction, user_name)
    );
    "#,
    // 4: read positions (conversation: the key of `conversations`), and
    // the users who let private peers see theirs.
    r#"
    CREATE TABLE read_positions (
        user_name    TEXT COLLATE "C" NOT NULL,
        conversation TEXT COLLATE "C" NOT NULL,
        seq          BIGINT NOT NULL,
        PRIMARY KEY (user_name, conversation)
    );

    CREATE TABLE read_receipts (
        user_name TEXT COLLATE "C" PRIMARY KEY
    );
    "#,
];

/// Brings the schema up to date, in one transaction under an advisory
/// lock; returns the migrations it applied (none when it was up to date).
pub(crate) async fn migrate(client: &mut tokio_postgres::Client) -> Result<Vec<usize>> {
    let transaction = client.transaction().await.map_err(storage)?;
    transaction
        .execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
        .await
        .map_err(storage)?;
    transaction
        .batch_execute(
            "CREATE TABLE IF NOT EXISTS confab_migrations (
                 version    INTEGER PRIMARY KEY,
                 applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
             )",
        )
        .await
        .map_err(storage)?;
    let version: i32 = transaction
        .query_one(
            "SELECT COALESCE(max(version), 0) FROM confab_migrations",
            &[],
        )
        .await
        .map_err(storage)?
        .get(0);
    let version = usize::try_from(version).unwrap_or(0);
    if version > MIGRATIONS.len() {
        return Err(Error::Storage(format!(
            "the database is at schema version {version}, newer than this server's {}; \
             run a newer confab-server",
            MIGRATIONS.len()
        )));
    }
    let mut applied = Vec::new();
    for (index, migration) in MIGRATIONS.iter().enumerate().skip(version) {
        let number = index + 1;
        transaction
            .batch_execute(migration)
            .await
            .map_err(storage)?;
        let number_i32 = i32::try_from(number).unwrap_or(i32::MAX);
        transaction
            .execute(
                "INSERT INTO confab_migrations (version) VALUES ($1)",
                &[&number_i32],
            )
            .await
            .map_err(storage)?;
        applied.push(number);
    }
    transaction.commit().await.map_err(storage)?;
    Ok(applied)
}

/// The migrations recorded as applied, in order.
#[cfg(test)]
pub(crate) async fn applied(client: &impl tokio_postgres::GenericClient) -> Result<Vec<usize>> {
    let rows = client
        .query(
            "SELECT version FROM confab_migrations ORDER BY version",
            &[],
        )
        .await
        .map_err(storage)?;
    Ok(rows
        .iter()
        .map(|row| usize::try_from(row.get::<_, i32>(0)).unwrap_or(0))
        .collect())
}

/// Whether a failed transaction may simply be run again: a serialization
/// failure, a deadlock (two nodes' batches waiting on each other), or a
/// unique violation (another node stored the same client message id first;
/// run again, the batch finds it and answers with its seq).
pub(crate) fn retryable(error: &tokio_postgres::Error) -> bool {
    matches!(
        error.code(),
        Some(
            &SqlState::T_R_SERIALIZATION_FAILURE
                | &SqlState::T_R_DEADLOCK_DETECTED
                | &SqlState::UNIQUE_VIOLATION
        )
    )
}

/// Whether the failure is the connection's (refused, closed, the server
/// shutting down or starting up): the next try needs a new connection.
pub(crate) fn connection_lost(error: &tokio_postgres::Error) -> bool {
    if error.is_closed() {
        return true;
    }
    match error.code() {
        Some(code) => {
            code.code().starts_with("08")
                || matches!(
                    code,
                    &SqlState::ADMIN_SHUTDOWN
                        | &SqlState::CRASH_SHUTDOWN
                        | &SqlState::CANNOT_CONNECT_NOW
                )
        }
        // No SQLSTATE: an I/O error, a refused or timed-out connection;
        // or something of this side (a parameter it could not encode).
        None => {
            let io = std::error::Error::source(error)
                .is_some_and(|source| source.downcast_ref::<std::io::Error>().is_some());
            let told = error.to_string();
            io || told.starts_with("error connecting")
                || told.starts_with("error communicating")
                || told.starts_with("timeout")
        }
    }
}

/// Any PostgreSQL failure, as the storage error a client can act on:
/// the database unreachable, busy or full are worth retrying; anything
/// else is a failure of the store.
pub(crate) fn storage(error: tokio_postgres::Error) -> Error {
    storage_ref(&error)
}

/// [`storage`] of a borrowed error.
pub(crate) fn storage_ref(error: &tokio_postgres::Error) -> Error {
    let detail = match error.as_db_error() {
        Some(db) => format!("{}: {}", db.code().code(), db.message()),
        None => error.to_string(),
    };
    if connection_lost(error) {
        return Error::StorageUnreachable(detail);
    }
    match error.code() {
        Some(&SqlState::DISK_FULL) => Error::StorageFull(detail),
        Some(code) if code.code().starts_with("53") || retryable(error) => {
            Error::StorageBusy(detail)
        }
        Some(&SqlState::QUERY_CANCELED) => Error::StorageBusy(detail),
        _ => Error::Storage(detail),
    }
}

/// The columns [`event_from_row`] reads, in order.
pub(crate) const EVENT_COLUMNS: &str =
    "seq, sender, time_ms, kind, text, client_message_id, target, role, ref_seq";

/// Rebuilds an event of `key` from a row of [`EVENT_COLUMNS`]; a row that
/// does not read back as what confab writes is damage in the database.
pub(crate) fn event_from_row(key: &ConversationKey, row: &Row) -> Result<Arc<Event>> {
    let bad = |what: String| Error::StorageCorrupt(format!("an event of {key:?}: {what}"));
    let seq: i64 = row.try_get(0).map_err(|e| bad(e.to_string()))?;
    let sender: String = row.try_get(1).map_err(|e| bad(e.to_string()))?;
    let time_ms: i64 = row.try_get(2).map_err(|e| bad(e.to_string()))?;
    let code: i64 = row.try_get(3).map_err(|e| bad(e.to_string()))?;
    let text: Option<String> = row.try_get(4).map_err(|e| bad(e.to_string()))?;
    let client_message_id: Option<String> = row.try_get(5).map_err(|e| bad(e.to_string()))?;
    let target: Option<String> = row.try_get(6).map_err(|e| bad(e.to_string()))?;
    let role: Option<i64> = row.try_get(7).map_err(|e| bad(e.to_string()))?;
    let ref_seq: Option<i64> = row.try_get(8).map_err(|e| bad(e.to_string()))?;
    let ref_seq = ref_seq.and_then(|seq| u64::try_from(seq).ok());
    let kind = event_kind(code, text, client_message_id, target, role, ref_seq).map_err(bad)?;
    Ok(Arc::new(Event {
        conversation: key.clone(),
        seq: u64::try_from(seq).map_err(|_| bad(format!("seq {seq}")))?,
        sender: UserName::parse(&sender).map_err(|e| bad(e.to_string()))?,
        time_ms,
        kind,
        wire: Default::default(),
    }))
}

/// The kind of event stored as these columns; the inverse of the SQLite
/// schema's `event_columns`, which writes them for both backends.
pub(crate) fn event_kind(
    code: i64,
    text: Option<String>,
    client_message_id: Option<String>,
    target: Option<String>,
    role: Option<i64>,
    ref_seq: Option<u64>,
) -> std::result::Result<EventKind, String> {
    let target =
        || UserName::parse(target.as_deref().unwrap_or_default()).map_err(|e| e.to_string());
    let note = || Note::from_stored(text.as_deref().unwrap_or_default());
    Ok(match code {
        1 | 14 => EventKind::Message {
            text: Text::from_stored(text.as_deref().unwrap_or_default()),
            client_message_id: ClientMessageId::parse(
                client_message_id.as_deref().unwrap_or_default(),
            )
            .map_err(|e| e.to_string())?,
            reply_to: ref_seq,
            deleted: code == 14,
        },
        10 => EventKind::Edited {
            of: ref_seq.unwrap_or_default(),
            text: Text::from_stored(text.as_deref().unwrap_or_default()),
        },
        11 => EventKind::Deleted {
            of: ref_seq.unwrap_or_default(),
        },
        12 | 13 => EventKind::Reacted {
            of: ref_seq.unwrap_or_default(),
            reaction: Reaction::from_stored(text.as_deref().unwrap_or_default()),
            added: code == 12,
        },
        2 => EventKind::Joined,
        3 => EventKind::Left,
        4 => EventKind::Invited { target: target()? },
        5 => EventKind::Kicked {
            target: target()?,
            reason: note(),
        },
        6 => EventKind::Banned {
            target: target()?,
            reason: note(),
        },
        7 => EventKind::Unbanned { target: target()? },
        8 => EventKind::TopicSet { topic: note() },
        9 => EventKind::RoleChanged {
            target: target()?,
            role: Role::from_code(role.unwrap_or_default())
                .ok_or_else(|| format!("unknown role {role:?}"))?,
        },
        other => return Err(format!("unknown event kind {other}")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::store::sqlite::schema::event_columns;

    #[test]
    fn every_kind_reads_back_as_written() {
        let bob = UserName::parse("bob").unwrap();
        let kinds = [
            EventKind::Message {
                text: Text::parse("hi", 100).unwrap(),
                client_message_id: ClientMessageId::parse("m1").unwrap(),
                reply_to: None,
                deleted: false,
            },
            EventKind::Message {
                text: Text::parse("no id", 100).unwrap(),
                client_message_id: ClientMessageId::parse("").unwrap(),
                reply_to: Some(3),
                deleted: false,
            },
            EventKind::Message {
                text: Text::from_stored(""),
                client_message_id: ClientMessageId::parse("m2").unwrap(),
                reply_to: None,
                deleted: true,
            },
            EventKind::Edited {
                of: 2,
                text: Text::parse("better", 100).unwrap(),
            },
            EventKind::Edited {
                of: 2,
                text: Text::from_stored(""),
            },
            EventKind::Deleted { of: 2 },
            EventKind::Reacted {
                of: 2,
                reaction: Reaction::parse(":+1:").unwrap(),
                added: true,
            },
            EventKind::Reacted {
                of: 2,
                reaction: Reaction::parse("👍").unwrap(),
                added: false,
            },
            EventKind::Joined,
            EventKind::Left,
            EventKind::Invited {
                target: bob.clone(),
            },
            EventKind::Kicked {
                target: bob.clone(),
                reason: Note::parse("reason", "spam").unwrap(),
            },
            EventKind::Banned {
                target: bob.clone(),
                reason: Note::default(),
            },
            EventKind::Unbanned {
                target: bob.clone(),
            },
            EventKind::TopicSet {
                topic: Note::parse("topic", "rust").unwrap(),
            },
            EventKind::RoleChanged {
                target: bob,
                role: Role::Moderator,
            },
        ];
        for kind in kinds {
            let (code, text, id, target, role) = event_columns(&kind);
            let back = event_kind(
                code,
                text.map(str::to_owned),
                id.map(str::to_owned),
                target.map(str::to_owned),
                role,
                crate::server::store::sqlite::schema::ref_seq_of(&kind)
                    .and_then(|seq| u64::try_from(seq).ok()),
            )
            .unwrap();
            assert_eq!(back, kind);
        }
        assert!(event_kind(42, None, None, None, None, None).is_err());
    }
}
