//! The PostgreSQL writer's side of edits, deletes and reactions: the
//! facts the rules fetch for them, and the statements that write what a
//! batch changed (reactions first, so a delete in the same batch
//! forgets them). A delete turns the message's row into kind 14 with no
//! text and no search vector, blanks its edits' texts and forgets its
//! reactions; an edit replaces its message's search vector, so search
//! finds the latest text.

use super::{as_i64, Db, Failure};
use crate::{
    error::Result,
    model::{ConversationKey, EventKind, Reaction, Seq, UserName},
    server::store::{postgres::facts::Facts, rules::MessageFacts, sqlite::schema::key_text},
};

const MESSAGE_AT: &str = "SELECT sender, kind FROM events WHERE conversation = $1 AND seq = $2";
const REACTION: &str = "SELECT 1 FROM reactions
    WHERE conversation = $1 AND seq = $2 AND reaction = $3 AND user_name = $4";
const SEARCH_EDITS: &str = "UPDATE events e SET search = to_tsvector('simple', t.text)
    FROM unnest($1::text[], $2::bigint[], $3::text[]) AS t(c, s, text)
    WHERE e.conversation = t.c AND e.seq = t.s AND e.kind = 1";
const ERASE_MESSAGES: &str = "UPDATE events e SET kind = 14, text = NULL, search = NULL
    FROM unnest($1::text[], $2::bigint[]) AS t(c, s)
    WHERE e.conversation = t.c AND e.seq = t.s AND e.kind = 1";
const ERASE_EDITS: &str = "UPDATE events e SET text = NULL
    FROM unnest($1::text[], $2::bigint[]) AS t(c, s)
    WHERE e.conversation = t.c AND e.ref_seq = t.s AND e.kind = 10";
const FORGET_REACTIONS: &str = "DELETE FROM reactions
    WHERE (conversation, seq) IN (SELECT * FROM unnest($1::text[], $2::bigint[]))";
const ADD_REACTIONS: &str = "INSERT INTO reactions (conversation, seq, reaction, user_name)
    SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[])
    ON CONFLICT DO NOTHING";
const REMOVE_REACTIONS: &str = "DELETE FROM reactions
    WHERE (conversation, seq, reaction, user_name)
          IN (SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[]))";

/// The message at `seq`, asked inside the batch's transaction.
pub(super) fn message_at(
    db: &mut Db<'_, '_>,
    conversation: &ConversationKey,
    seq: Seq,
) -> Result<Option<MessageFacts>> {
    let rows = db.fetch(MESSAGE_AT, &[&key_text(conversation), &as_i64(seq)])?;
    let Some(row) = rows.first() else {
        return Ok(None);
    };
    match row.get::<_, i64>(1) {
        kind @ (1 | 14) => Ok(Some(MessageFacts {
            sender: UserName::parse(row.get(0))?,
            deleted: kind == 14,
        })),
        _ => Ok(None),
    }
}

/// Whether `user` gave the message this reaction.
pub(super) fn reaction(
    db: &mut Db<'_, '_>,
    conversation: &ConversationKey,
    seq: Seq,
    user: &UserName,
    reaction: &Reaction,
) -> Result<bool> {
    let rows = db.fetch(
        REACTION,
        &[
            &key_text(conversation),
            &as_i64(seq),
            &reaction.as_str(),
            &user.as_str(),
        ],
    )?;
    Ok(!rows.is_empty())
}

/// Writes the batch's edits (their messages' search vectors), deletes
/// and reactions, after its events are inserted.
pub(super) fn write_out(db: &mut Db<'_, '_>, facts: &Facts) -> Result<(), Failure> {
    let (mut keys, mut seqs, mut texts) = (Vec::new(), Vec::new(), Vec::new());
    for event in &facts.events {
        if let EventKind::Edited { of, text } = &event.kind {
            keys.push(key_text(&event.conversation));
            seqs.push(as_i64(*of));
            texts.push(text.as_str());
        }
    }
    if !keys.is_empty() {
        db.execute(SEARCH_EDITS, &[&keys, &seqs, &texts])?;
    }
    let changed = facts.reactions.changed();
    for present in [true, false] {
        let rows: Vec<_> = changed
            .iter()
            .filter(|(_, slot)| slot.now == present)
            .map(|(key, _)| *key)
            .collect();
        if rows.is_empty() {
            continue;
        }
        let keys: Vec<String> = rows.iter().map(|(k, ..)| key_text(k)).collect();
        let seqs: Vec<i64> = rows.iter().map(|(_, s, ..)| as_i64(*s)).collect();
        let reactions: Vec<&str> = rows.iter().map(|(_, _, r, _)| r.as_str()).collect();
        let users: Vec<&str> = rows.iter().map(|(.., u)| u.as_str()).collect();
        let sql = if present {
            ADD_REACTIONS
        } else {
            REMOVE_REACTIONS
        };
        db.execute(sql, &[&keys, &seqs, &reactions, &users])?;
    }
    if !facts.erased.is_empty() {
        let keys: Vec<String> = facts.erased.iter().map(|(k, _)| key_text(k)).collect();
        let seqs: Vec<i64> = facts.erased.iter().map(|(_, s)| as_i64(*s)).collect();
        db.execute(ERASE_MESSAGES, &[&keys, &seqs])?;
        db.execute(ERASE_EDITS, &[&keys, &seqs])?;
        db.execute(FORGET_REACTIONS, &[&keys, &seqs])?;
    }
    Ok(())
}
