//! A Chat session's edit, delete and react commands, answered as the
//! EditMessage, DeleteMessage and React RPCs are.

use super::Session;
use crate::{
    error::Result,
    server::{
        grpc::{convert, pb},
        store::Applied,
    },
};

impl Session {
    pub(super) async fn edit(&mut self, request: pb::EditMessageRequest) -> Result<Applied> {
        let max = self.core.limits.max_text_bytes;
        let (key, seq, change) = convert::edit_request(&self.user, request, max)?;
        self.core
            .change_message(&self.actor, self.peer, key, seq, change)
            .await
    }

    pub(super) async fn delete(&mut self, request: pb::DeleteMessageRequest) -> Result<Applied> {
        let (key, seq, change) = convert::delete_request(&self.user, request)?;
        self.core
            .change_message(&self.actor, self.peer, key, seq, change)
            .await
    }

    pub(super) async fn react(&mut self, request: pb::ReactRequest) -> Result<Applied> {
        let (key, seq, change) = convert::react_request(&self.user, request)?;
        self.core
            .change_message(&self.actor, self.peer, key, seq, change)
            .await
    }
}
