//! Signals: what the hub carries that is not stored and has no seq, a
//! read position that moved and someone typing. A signal is addressed
//! either to users (their inboxes: every session of theirs, on every node)
//! or to a room (its live channel: every stream following it). It is
//! passed on once; a stream that lags past it simply misses it (a read
//! position is read again with the next `Ready` or ListConversations, a
//! typing indicator expires by itself).

use std::{
    collections::HashMap,
    sync::Mutex,
    time::{Duration, Instant},
};

use crate::model::{ConversationKey, RoomName, Seq, UserName, WireCache};

/// The least time between two typing signals of one user in one
/// conversation that are both passed on.
pub(crate) const TYPING_EVERY: Duration = Duration::from_secs(1);

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
    /// A room signal's Chat frame (a whole `ChatResponse`), encoded by the
    /// first session that sends it and shared by the rest of the room, as
    /// message batches are: every member's stream shows it the same.
    pub wire: WireCache,
}

impl Signal {
    /// A signal to `to` saying `kind`, not yet encoded.
    pub fn new(to: SignalTo, kind: SignalKind) -> Self {
        Self {
            to,
            kind,
            wire: WireCache::default(),
        }
    }

    /// Whether a stream of `owner` should show it: never one's own typing.
    pub fn for_stream_of(&self, owner: &UserName) -> bool {
        match &self.kind {
            SignalKind::Read { .. } => true,
            SignalKind::Typing { user, .. } => user != owner,
        }
    }
}

/// Past this many entries the gate forgets the ones older than a period.
const GATE_SWEEP_ABOVE: usize = 10_000;

/// When each user's last typing signal in each conversation was passed on.
#[derive(Default)]
pub(crate) struct TypingGate {
    last: Mutex<HashMap<(UserName, ConversationKey), Instant>>,
}

impl TypingGate {
    /// Whether a signal of `user` in `key` now may pass (and notes it).
    pub(crate) fn pass(&self, user: &UserName, key: &ConversationKey, now: Instant) -> bool {
        let mut last = self.last.lock().unwrap_or_else(|p| p.into_inner());
        if last.len() > GATE_SWEEP_ABOVE {
            last.retain(|_, at| now.duration_since(*at) < TYPING_EVERY);
        }
        match last.get(&(user.clone(), key.clone())) {
            Some(at) if now.duration_since(*at) < TYPING_EVERY => false,
            _ => {
                last.insert((user.clone(), key.clone()), now);
                true
            }
        }
    }
}

impl TypingGate {
    /// Notes a typing signal passed on elsewhere (another node), so this
    /// node drops the user's next one within the period too.
    pub(crate) fn note(&self, signal: &Signal, now: Instant) {
        if let SignalKind::Typing {
            user, conversation, ..
        } = &signal.kind
        {
            let mut last = self.last.lock().unwrap_or_else(|p| p.into_inner());
            last.insert((user.clone(), conversation.clone()), now);
        }
    }
}
