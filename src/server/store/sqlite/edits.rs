//! The SQLite side of edits, deletes, reactions and search: the few
//! statements the rules' `Tx` needs for them, History's annotations, and
//! the full-text index (FTS5, `message_search`) kept in step with every
//! append, edit and delete in the same transaction.
//!
//! A delete turns the message's row into kind 14 with no text, blanks
//! the text of its edits, forgets its reactions and removes its search
//! document; the connection's `secure_delete` zeroes the freed bytes and
//! FTS5's `secure-delete` option takes its words out of the index, so
//! the text is gone from the file once the WAL is checkpointed.

use std::collections::BTreeMap;

use rusqlite::{params, Connection, OptionalExtension};

use super::schema::{event_from_row, parse_key, storage, EVENT_COLUMNS};
use crate::{
    error::Result,
    model::{ConversationKey, Event, EventKind, Reaction, Seq, Text, UserName},
    server::store::{rules::MessageFacts, search, Annotation},
};

/// The message at `seq` of the conversation keyed `key`, if it is one.
pub(super) fn message_at(
    connection: &Connection,
    key: &str,
    seq: Seq,
) -> Result<Option<MessageFacts>> {
    let row: Option<(String, i64)> = connection
        .prepare_cached("SELECT sender, kind FROM events WHERE conversation = ?1 AND seq = ?2")
        .and_then(|mut s| {
            s.query_row(params![key, seq], |row| Ok((row.get(0)?, row.get(1)?)))
                .optional()
        })
        .map_err(storage)?;
    match row {
        Some((sender, kind @ (1 | 14))) => Ok(Some(MessageFacts {
            sender: UserName::parse(&sender)?,
            deleted: kind == 14,
        })),
        _ => Ok(None),
    }
}

/// Erases a message: its row's text, its edits' texts, its reactions and
/// its search document.
pub(super) fn erase(connection: &Connection, key: &str, seq: Seq) -> Result<()> {
    connection
        .prepare_cached(
            "UPDATE events SET kind = 14, text = NULL
             WHERE conversation = ?1 AND seq = ?2 AND kind = 1",
        )
        .and_then(|mut s| s.execute(params![key, seq]))
        .map_err(storage)?;
    connection
        .prepare_cached(
            "UPDATE events SET text = NULL
             WHERE conversation = ?1 AND ref_seq = ?2 AND kind = 10",
        )
        .and_then(|mut s| s.execute(params![key, seq]))
        .map_err(storage)?;
    connection
        .prepare_cached("DELETE FROM reactions WHERE conversation = ?1 AND seq = ?2")
        .and_then(|mut s| s.execute(params![key, seq]))
        .map_err(storage)?;
    if let Some(doc) = document(connection, key, seq)? {
        connection
            .prepare_cached("DELETE FROM message_search WHERE rowid = ?1")
            .and_then(|mut s| s.execute([doc]))
            .map_err(storage)?;
        connection
            .prepare_cached("DELETE FROM search_docs WHERE conversation = ?1 AND seq = ?2")
            .and_then(|mut s| s.execute(params![key, seq]))
            .map_err(storage)?;
    }
    Ok(())
}

/// The search document of a message, if it has one.
fn document(connection: &Connection, key: &str, seq: Seq) -> Result<Option<i64>> {
    connection
        .prepare_cached("SELECT doc FROM search_docs WHERE conversation = ?1 AND seq = ?2")
        .and_then(|mut s| s.query_row(params![key, seq], |row| row.get(0)).optional())
        .map_err(storage)
}

/// Keeps the search index in step with an appended event: a message gets
/// a document, an edit replaces its message's document's text.
pub(super) fn index(connection: &Connection, key: &str, event: &Event) -> Result<()> {
    match &event.kind {
        EventKind::Message {
            text,
            deleted: false,
            ..
        } => {
            connection
                .prepare_cached(
                    "INSERT INTO message_search (text, conversation, seq, time_ms)
                     VALUES (?1, ?2, ?3, ?4)",
                )
                .and_then(|mut s| s.execute(params![text.as_str(), key, event.seq, event.time_ms]))
                .map_err(storage)?;
            let doc = connection.last_insert_rowid();
            connection
                .prepare_cached(
                    "INSERT INTO search_docs (conversation, seq, doc) VALUES (?1, ?2, ?3)",
                )
                .and_then(|mut s| s.execute(params![key, event.seq, doc]))
                .map_err(storage)?;
        }
        EventKind::Edited { of, text } => {
            if let Some(doc) = document(connection, key, *of)? {
                connection
                    .prepare_cached("UPDATE message_search SET text = ?1 WHERE rowid = ?2")
                    .and_then(|mut s| s.execute(params![text.as_str(), doc]))
                    .map_err(storage)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Whether `user` gave the message this reaction.
pub(super) fn has_reaction(
    connection: &Connection,
    key: &str,
    seq: Seq,
    user: &UserName,
    reaction: &Reaction,
) -> Result<bool> {
    connection
        .prepare_cached(
            "SELECT 1 FROM reactions
             WHERE conversation = ?1 AND seq = ?2 AND reaction = ?3 AND user = ?4",
        )
        .and_then(|mut s| s.exists(params![key, seq, reaction.as_str(), user.as_str()]))
        .map_err(storage)
}

/// Records or forgets `user`'s reaction to the message.
pub(super) fn set_reaction(
    connection: &Connection,
    key: &str,
    seq: Seq,
    user: &UserName,
    reaction: &Reaction,
    present: bool,
) -> Result<()> {
    let sql = if present {
        "INSERT OR IGNORE INTO reactions (conversation, seq, reaction, user)
         VALUES (?1, ?2, ?3, ?4)"
    } else {
        "DELETE FROM reactions
         WHERE conversation = ?1 AND seq = ?2 AND reaction = ?3 AND user = ?4"
    };
    connection
        .prepare_cached(sql)
        .and_then(|mut s| s.execute(params![key, seq, reaction.as_str(), user.as_str()]))
        .map_err(storage)
        .map(drop)
}

/// History's annotations of the messages `first..=last` of the
/// conversation keyed `key`.
pub(super) fn annotations(
    connection: &Connection,
    key: &str,
    first: Seq,
    last: Seq,
) -> Result<BTreeMap<Seq, Annotation>> {
    let mut found: BTreeMap<Seq, Annotation> = BTreeMap::new();
    let edits = connection
        .prepare_cached(
            "SELECT ref_seq, text FROM events
             WHERE conversation = ?1 AND ref_seq BETWEEN ?2 AND ?3 AND kind = 10
             ORDER BY seq",
        )
        .and_then(|mut s| {
            s.query_map(params![key, first, last], |row| {
                Ok((row.get::<_, Seq>(0)?, row.get::<_, Option<String>>(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()
        })
        .map_err(storage)?;
    for (seq, text) in edits {
        found.entry(seq).or_default().latest_text =
            Some(Text::from_stored(&text.unwrap_or_default()));
    }
    let reactions = connection
        .prepare_cached(
            "SELECT seq, reaction, count(*) FROM reactions
             WHERE conversation = ?1 AND seq BETWEEN ?2 AND ?3
             GROUP BY seq, reaction ORDER BY seq, reaction",
        )
        .and_then(|mut s| {
            s.query_map(params![key, first, last], |row| {
                Ok((
                    row.get::<_, Seq>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, u32>(2)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()
        })
        .map_err(storage)?;
    for (seq, reaction, count) in reactions {
        found
            .entry(seq)
            .or_default()
            .reactions
            .push((Reaction::from_stored(&reaction), count));
    }
    Ok(found)
}

/// Search over the FTS5 index: the documents of `conversations` holding
/// every word, newest first after `before`, each with its event.
pub(super) fn search(
    connection: &Connection,
    words: &search::Words,
    conversations: &[ConversationKey],
    before: &search::Before,
    limit: usize,
) -> Result<Vec<search::Hit>> {
    if conversations.is_empty() {
        return Ok(Vec::new());
    }
    // Each word as an FTS5 string (words are letters and digits only), so
    // nothing in a query is FTS5 syntax; side by side, all must match.
    let query: Vec<String> = words
        .as_slice()
        .iter()
        .map(|w| format!("\"{w}\""))
        .collect();
    let keys = serde_json::to_string(&search::key_texts(conversations))
        .map_err(|e| crate::error::Error::Storage(e.to_string()))?;
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let found = connection
        .prepare_cached(
            "SELECT conversation, seq, text FROM message_search
             WHERE message_search MATCH ?1
               AND conversation IN (SELECT value FROM json_each(?2))
               AND (time_ms, conversation, seq) < (?3, ?4, ?5)
             ORDER BY time_ms DESC, conversation DESC, seq DESC LIMIT ?6",
        )
        .and_then(|mut s| {
            s.query_map(
                params![
                    query.join(" "),
                    keys,
                    before.time_ms,
                    before.conversation,
                    i64::try_from(before.seq).unwrap_or(i64::MAX),
                    limit
                ],
                |row| {
                    Ok((
                        row.get::<_, String>(0)?,
                        row.get::<_, Seq>(1)?,
                        row.get::<_, String>(2)?,
                    ))
                },
            )?
            .collect::<rusqlite::Result<Vec<_>>>()
        })
        .map_err(storage)?;
    let mut hits = Vec::with_capacity(found.len());
    for (key_string, seq, text) in found {
        let key = parse_key(&key_string)?;
        let event = connection
            .prepare_cached(&format!(
                "SELECT {EVENT_COLUMNS} FROM events WHERE conversation = ?1 AND seq = ?2"
            ))
            .and_then(|mut s| {
                s.query_row(params![key_string, seq], |row| event_from_row(&key, row))
            })
            .map_err(storage)?;
        let edited = connection
            .prepare_cached(
                "SELECT 1 FROM events WHERE conversation = ?1 AND ref_seq = ?2 AND kind = 10",
            )
            .and_then(|mut s| s.exists(params![key_string, seq]))
            .map_err(storage)?;
        hits.push(search::Hit {
            event,
            text: Text::from_stored(&text),
            edited,
        });
    }
    Ok(hits)
}
