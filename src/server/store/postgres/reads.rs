//! Read positions in PostgreSQL: `read_positions` and `read_receipts`
//! (migration 4), written and read on pooled connections (each write one
//! statement, committed on its own, so several nodes marking at once
//! serialise on the row and a position never goes back).

use super::{bound, key_text, seq, PostgresStore};
use crate::{
    error::Result,
    model::{ConversationKey, Seq, UserName},
    server::store::reads::ReadState,
};

impl PostgresStore {
    /// Moves a read position forward: the position after, and whether it
    /// moved.
    pub(super) async fn mark_read_row(
        &self,
        user: &UserName,
        conversation: &ConversationKey,
        to: Seq,
    ) -> Result<(Seq, bool)> {
        let key = key_text(conversation);
        let moved = self
            .query(
                "INSERT INTO read_positions AS r (user_name, conversation, seq)
                 VALUES ($1, $2, $3)
                 ON CONFLICT (user_name, conversation) DO UPDATE SET seq = EXCLUDED.seq
                     WHERE r.seq < EXCLUDED.seq
                 RETURNING r.seq",
                &[&user.as_str(), &key, &bound(to)],
            )
            .await?;
        if !moved.is_empty() {
            return Ok((to, true));
        }
        Ok((self.read_seq(user.as_str(), &key).await?, false))
    }

    async fn read_seq(&self, user: &str, key: &str) -> Result<Seq> {
        let rows = self
            .query(
                "SELECT seq FROM read_positions WHERE user_name = $1 AND conversation = $2",
                &[&user, &key],
            )
            .await?;
        rows.first().map_or(Ok(0), |row| seq(row.get(0)))
    }

    /// The one definition of unread in PostgreSQL: message events (kind 1)
    /// after `read_seq` sent by someone other than `user`.
    async fn unread_count(&self, user: &str, key: &str, read_seq: Seq) -> Result<u64> {
        let rows = self
            .query(
                "SELECT count(*) FROM events
                 WHERE conversation = $1 AND seq > $2 AND kind = 1 AND sender <> $3",
                &[&key, &bound(read_seq), &user],
            )
            .await?;
        rows.first().map_or(Ok(0), |row| seq(row.get(0)))
    }

    /// Read position and unread count of each conversation.
    pub(super) async fn read_state_rows(
        &self,
        user: &UserName,
        conversations: &[ConversationKey],
    ) -> Result<Vec<ReadState>> {
        let mut states = Vec::with_capacity(conversations.len());
        for conversation in conversations {
            let key = key_text(conversation);
            let read_seq = self.read_seq(user.as_str(), &key).await?;
            states.push(ReadState {
                read_seq,
                unread: self.unread_count(user.as_str(), &key, read_seq).await?,
            });
        }
        Ok(states)
    }

    /// Turns read receipts on or off; whether that changed the setting.
    pub(super) async fn set_receipts_row(&self, user: &UserName, enabled: bool) -> Result<bool> {
        let sql = if enabled {
            "INSERT INTO read_receipts (user_name) VALUES ($1) ON CONFLICT DO NOTHING \
             RETURNING user_name"
        } else {
            "DELETE FROM read_receipts WHERE user_name = $1 RETURNING user_name"
        };
        Ok(!self.query(sql, &[&user.as_str()]).await?.is_empty())
    }

    /// Whether `user` has read receipts on.
    pub(super) async fn receipts_row(&self, user: &UserName) -> Result<bool> {
        let rows = self
            .query(
                "SELECT 1 FROM read_receipts WHERE user_name = $1",
                &[&user.as_str()],
            )
            .await?;
        Ok(!rows.is_empty())
    }
}
