//! The operations on stored messages: edit, delete, react, and search.
//! Each change is one store command (checked by the rules in
//! `store/rules/edits.rs`), within the sender's rate, as a post is.

use std::net::SocketAddr;

use super::App;
use crate::{
    error::Result,
    model::{Actor, ConversationKey, Seq},
    server::store::{search, Applied, Change, Command},
};

impl App {
    /// Applies `change` by `by` (calling from `peer`) to the message at
    /// `seq` of `conversation`.
    pub(crate) async fn change_message(
        &self,
        by: &Actor,
        peer: Option<SocketAddr>,
        conversation: ConversationKey,
        seq: Seq,
        change: Change,
    ) -> Result<Applied> {
        self.rate.check(&by.user, peer)?;
        self.apply(Command::Change {
            by: by.clone(),
            conversation,
            seq,
            change,
        })
        .await
    }
}

/// The largest Search page.
pub(crate) const MAX_SEARCH_PAGE: u32 = 100;
/// The Search page size when the request names none.
pub(crate) const DEFAULT_SEARCH_PAGE: u32 = 20;

/// A page of Search: the hits, newest first, and whether more follow.
pub(crate) struct SearchPage {
    /// The hits.
    pub(crate) hits: Vec<search::Hit>,
    /// Whether there are hits after the last of these.
    pub(crate) more: bool,
}

impl App {
    /// Up to `limit` messages holding every one of `words`, newest first
    /// after `before`, in the conversations `user` may read: the rooms it
    /// is a member of (as History decides: a member reads, nobody else)
    /// and its private conversations.
    pub(crate) async fn search(
        &self,
        user: &Actor,
        words: &search::Words,
        before: &search::Before,
        limit: u32,
    ) -> Result<SearchPage> {
        let mut conversations: Vec<ConversationKey> = self
            .store
            .rooms_of(&user.user)
            .await?
            .into_iter()
            .map(ConversationKey::Room)
            .collect();
        conversations.extend(
            self.store
                .private_conversations(&user.user)
                .await?
                .into_iter()
                .map(|(peer, _)| ConversationKey::private(&user.user, &peer)),
        );
        let limit = limit as usize;
        let mut hits = self
            .store
            .search(words, &conversations, before, limit + 1)
            .await?;
        let more = hits.len() > limit;
        hits.truncate(limit);
        Ok(SearchPage { hits, more })
    }
}
