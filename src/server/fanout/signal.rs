//! Signals: what the hub carries that is not stored and has no seq, a
//! read position that moved and someone typing. A signal is addressed
//! either to users (their inboxes: every session of theirs, on every node)
//! or to a room (its live channel: every stream following it). It is
//! passed on once; a stream that lags past it simply misses it (a read
//! position is read again with the next `Ready` or ListConversations, a
//! typing indicator expires by itself).

use crate::model::{ConversationKey, RoomName, Seq, UserName};

/// Where a signal goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignalTo {
    /// The inboxes of these users.
    Users(Vec<UserName>),
    /// A room's live channel.
    Room(RoomName),
}

/// What a signal says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignalKind {
    /// `reader` has read `conversation` up to `seq`.
    Read {
        /// Whose read position moved.
        reader: UserName,
        /// The conversation.
        conversation: ConversationKey,
        /// The new read position.
        seq: Seq,
    },
    /// `user` is typing in `conversation` until `expires_ms`.
    Typing {
        /// Who is typing.
        user: UserName,
        /// The conversation.
        conversation: ConversationKey,
        /// Until when (milliseconds since the Unix epoch).
        expires_ms: i64,
    },
}

/// An unstored message to some streams.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signal {
    /// Where it goes.
    pub to: SignalTo,
    /// What it says.
    pub kind: SignalKind,
}

impl Signal {
    /// Whether a stream of `owner` should show it: never one's own typing.
    pub fn for_stream_of(&self, owner: &UserName) -> bool {
        match &self.kind {
            SignalKind::Read { .. } => true,
            SignalKind::Typing { user, .. } => user != owner,
        }
    }
}
