//! The PostgreSQL read side of edits and reactions: History's
//! annotations (latest texts, reaction counts) and Search.

use std::collections::BTreeMap;

use super::{bound, schema::event_from_row, seq, PostgresStore};
use crate::{
    error::Result,
    model::{ConversationKey, Reaction, Seq, Text},
    server::store::{
        search,
        sqlite::schema::{key_text, parse_key},
        Annotation,
    },
};

/// The messages (not deleted) of the conversations `$2` whose search
/// vector holds every word of `$1`, newest first after ($3, $4, $5), with
/// their latest text and whether they were edited; the event's columns
/// first, as `event_from_row` reads them.
const SEARCH: &str = "SELECT e.seq, e.sender, e.time_ms, e.kind, e.text, e.client_message_id,
        e.target, e.role, e.ref_seq, e.conversation,
        (SELECT x.text FROM events x
         WHERE x.conversation = e.conversation AND x.ref_seq = e.seq AND x.kind = 10
         ORDER BY x.seq DESC LIMIT 1)
    FROM events e
    WHERE e.search @@ plainto_tsquery('simple', $1) AND e.conversation = ANY($2)
      AND (e.time_ms, e.conversation, e.seq) < ($3, $4, $5)
    ORDER BY e.time_ms DESC, e.conversation DESC, e.seq DESC LIMIT $6";

impl PostgresStore {
    /// See [`crate::server::store::Store::annotations`].
    pub(super) async fn read_annotations(
        &self,
        conversation: &ConversationKey,
        first: Seq,
        last: Seq,
    ) -> Result<BTreeMap<Seq, Annotation>> {
        let key = key_text(conversation);
        let (first, last) = (bound(first), bound(last));
        let mut found: BTreeMap<Seq, Annotation> = BTreeMap::new();
        let edits = self
            .query(
                "SELECT ref_seq, text FROM events
                 WHERE conversation = $1 AND ref_seq BETWEEN $2 AND $3 AND kind = 10
                 ORDER BY seq",
                &[&key, &first, &last],
            )
            .await?;
        for row in &edits {
            let text: Option<&str> = row.get(1);
            found.entry(seq(row.get(0))?).or_default().latest_text =
                Some(Text::from_stored(text.unwrap_or_default()));
        }
        let reactions = self
            .query(
                "SELECT seq, reaction, count(*) FROM reactions
                 WHERE conversation = $1 AND seq BETWEEN $2 AND $3
                 GROUP BY seq, reaction ORDER BY seq, reaction",
                &[&key, &first, &last],
            )
            .await?;
        for row in &reactions {
            let count = u32::try_from(row.get::<_, i64>(2)).unwrap_or(u32::MAX);
            found
                .entry(seq(row.get(0))?)
                .or_default()
                .reactions
                .push((Reaction::from_stored(row.get(1)), count));
        }
        Ok(found)
    }

    /// See [`crate::server::store::Store::search`].
    pub(super) async fn find(
        &self,
        words: &search::Words,
        conversations: &[ConversationKey],
        before: &search::Before,
        limit: usize,
    ) -> Result<Vec<search::Hit>> {
        if conversations.is_empty() {
            return Ok(Vec::new());
        }
        let query = words.as_slice().join(" ");
        let keys = search::key_texts(conversations);
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = self
            .query(
                SEARCH,
                &[
                    &query,
                    &keys,
                    &before.time_ms,
                    &before.conversation,
                    &bound(before.seq),
                    &limit,
                ],
            )
            .await?;
        rows.iter()
            .map(|row| {
                let key = parse_key(row.get(9))?;
                let event = event_from_row(&key, row)?;
                let latest: Option<&str> = row.get(10);
                let original: Option<&str> = row.get(4);
                Ok(search::Hit {
                    event,
                    text: Text::from_stored(latest.or(original).unwrap_or_default()),
                    edited: latest.is_some(),
                })
            })
            .collect()
    }
}
