//! Read positions: what the stores keep of how far each user has read
//! each conversation, and the unread counts derived from them.
//!
//! A read position only moves forward. The unread count of a conversation
//! for a user is the number of message events with a seq above the
//! user's read position sent by someone else; every backend computes it
//! in one function (`unread_count` in each), so what counts as unread is
//! decided in one place per store.

use crate::model::Seq;

/// A user's reading of one conversation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReadState {
    /// Read up to and including this seq (0: nothing yet).
    pub read_seq: Seq,
    /// Messages after `read_seq` sent by someone else.
    pub unread: u64,
}
