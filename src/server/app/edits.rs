//! The operations on stored messages: edit, delete, react, and search.
//! Each change is one store command (checked by the rules in
//! `store/rules/edits.rs`), within the sender's rate, as a post is.

use std::net::SocketAddr;

use super::App;
use crate::{
    error::Result,
    model::{Actor, ConversationKey, Seq},
    server::store::{Applied, Change, Command},
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
        self.store
            .apply(Command::Change {
                by: by.clone(),
                conversation,
                seq,
                change,
            })
            .await
    }
}
