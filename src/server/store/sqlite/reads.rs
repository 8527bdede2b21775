//! Read positions in SQLite: `read_positions` and `read_receipts`
//! (migration 4). Writes go through the writer's transaction
//! ([`super::writer::WriteOp::Run`]), reads through a read connection.

use rusqlite::{params, Connection, OptionalExtension};

use super::schema::{key_text, storage};
use crate::{
    error::Result,
    model::{ConversationKey, Seq, UserName},
    server::store::reads::ReadState,
};

/// Moves the read position forward; returns the one it had.
pub(super) fn mark_read(connection: &Connection, user: &str, key: &str, seq: Seq) -> Result<u64> {
    let previous = read_seq(connection, user, key)?;
    if seq > previous {
        connection
            .prepare_cached(
                "INSERT INTO read_positions (user, conversation, seq) VALUES (?1, ?2, ?3)
                 ON CONFLICT (user, conversation) DO UPDATE SET seq = max(seq, excluded.seq)",
            )
            .and_then(|mut s| s.execute(params![user, key, seq]))
            .map_err(storage)?;
    }
    Ok(previous)
}

fn read_seq(connection: &Connection, user: &str, key: &str) -> Result<Seq> {
    connection
        .prepare_cached("SELECT seq FROM read_positions WHERE user = ?1 AND conversation = ?2")
        .and_then(|mut s| {
            s.query_row(params![user, key], |row| row.get::<_, Seq>(0))
                .optional()
        })
        .map(Option::unwrap_or_default)
        .map_err(storage)
}

/// The one definition of unread in SQLite: message events (kind 1) after
/// `read_seq` sent by someone other than `user`.
fn unread_count(connection: &Connection, user: &str, key: &str, read_seq: Seq) -> Result<u64> {
    connection
        .prepare_cached(
            "SELECT count(*) FROM events
             WHERE conversation = ?1 AND seq > ?2 AND kind = 1 AND sender <> ?3",
        )
        .and_then(|mut s| s.query_row(params![key, read_seq, user], |row| row.get::<_, u64>(0)))
        .map_err(storage)
}

/// Read position and unread count of each conversation.
pub(super) fn read_states(
    connection: &Connection,
    user: &UserName,
    conversations: &[ConversationKey],
) -> Result<Vec<ReadState>> {
    conversations
        .iter()
        .map(|conversation| {
            let key = key_text(conversation);
            let read_seq = read_seq(connection, user.as_str(), &key)?;
            Ok(ReadState {
                read_seq,
                unread: unread_count(connection, user.as_str(), &key, read_seq)?,
            })
        })
        .collect()
}

/// Turns read receipts on or off: 1 if that changed the setting.
pub(super) fn set_receipts(connection: &Connection, user: &str, enabled: bool) -> Result<u64> {
    let sql = if enabled {
        "INSERT OR IGNORE INTO read_receipts (user) VALUES (?1)"
    } else {
        "DELETE FROM read_receipts WHERE user = ?1"
    };
    let changed = connection
        .prepare_cached(sql)
        .and_then(|mut s| s.execute([user]))
        .map_err(storage)?;
    Ok(changed as u64)
}

/// Whether `user` has read receipts on.
pub(super) fn receipts(connection: &Connection, user: &str) -> Result<bool> {
    connection
        .prepare_cached("SELECT 1 FROM read_receipts WHERE user = ?1")
        .and_then(|mut s| s.query_row([user], |_| Ok(())).optional())
        .map(|found| found.is_some())
        .map_err(storage)
}
