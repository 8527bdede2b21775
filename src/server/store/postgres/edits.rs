//! The PostgreSQL read side of edits and reactions: History's
//! annotations (latest texts, reaction counts) and Search.

use std::collections::BTreeMap;

use super::{bound, seq, PostgresStore};
use crate::{
    error::Result,
    model::{ConversationKey, Reaction, Seq, Text},
    server::store::{sqlite::schema::key_text, Annotation},
};

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
}
