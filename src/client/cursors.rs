//! A client's cursors: the last seq it has seen in each conversation, and
//! the events its own commands stored that it has not reached yet.
//!
//! A Chat session is not sent the events it caused itself (it gets an ack
//! instead), but a new session after a reconnect is, since the server
//! cannot know which session sent them. Keeping both here lets a client
//! resume exactly where it was: every event after the cursor once, its own
//! ones (already shown when acked) not at all.

use std::{
    collections::{BTreeMap, BTreeSet},
    fmt,
};

use crate::pb;

/// A conversation seen from one user: a room, or the private conversation
/// with a peer.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConversationId {
    /// A room, by name.
    Room(String),
    /// The private conversation with this user.
    Peer(String),
}

impl ConversationId {
    /// The conversation an event belongs to, seen from `me`.
    pub fn of_event(event: &pb::Event, me: &str) -> Self {
        if !event.room.is_empty() {
            Self::Room(event.room.clone())
        } else if event.sender == me {
            Self::Peer(event.recipient.clone())
        } else {
            Self::Peer(event.sender.clone())
        }
    }

    /// The conversation a proto `Conversation` names, if it names one.
    pub fn from_pb(conversation: &pb::Conversation) -> Option<Self> {
        match conversation.kind.as_ref()? {
            pb::conversation::Kind::Room(room) => Some(Self::Room(room.clone())),
            pb::conversation::Kind::Peer(peer) => Some(Self::Peer(peer.clone())),
        }
    }

    /// The proto form.
    pub fn to_pb(&self) -> pb::Conversation {
        let kind = match self {
            Self::Room(room) => pb::conversation::Kind::Room(room.clone()),
            Self::Peer(peer) => pb::conversation::Kind::Peer(peer.clone()),
        };
        pb::Conversation { kind: Some(kind) }
    }
}

impl fmt::Display for ConversationId {
    /// `lobby` for a room, `@bob` for a private conversation.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Room(room) => f.write_str(room),
            Self::Peer(peer) => write!(f, "@{peer}"),
        }
    }
}

/// What an incoming event is, given what the client has seen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seen {
    /// Not seen before: show it.
    New,
    /// At or below the cursor: already shown, drop it.
    Duplicate,
    /// Caused by this client and already shown when acked: drop it.
    Own,
}

/// Where a client is in one conversation: enough to resume it exactly,
/// with nothing missed and nothing shown twice.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Position {
    /// The last seq seen; `None` if the client has no cursor there yet.
    pub after: Option<u64>,
    /// Events above `after` that this client stored itself (and showed
    /// when they were acked), in seq order.
    pub own: Vec<u64>,
}

impl Position {
    /// True if there is nothing to remember: no cursor, no own event.
    pub fn is_empty(&self) -> bool {
        self.after.is_none() && self.own.is_empty()
    }
}

/// The cursors of one client.
#[derive(Clone, Debug, Default)]
pub struct Cursors {
    /// Conversation → the last seq seen (or skipped as our own).
    seen: BTreeMap<ConversationId, u64>,
    /// Events this client stored and was acked for, above the cursor.
    own: BTreeSet<(ConversationId, u64)>,
}

impl Cursors {
    /// No cursors.
    pub fn new() -> Self {
        Self::default()
    }

    /// The cursor of a conversation, if the client has one.
    pub fn get(&self, conversation: &ConversationId) -> Option<u64> {
        self.seen.get(conversation).copied()
    }

    /// Sets a cursor if the conversation has none yet (used to start from
    /// a known point, e.g. a room's latest seq).
    pub fn start_at(&mut self, conversation: ConversationId, seq: u64) {
        if !self.seen.contains_key(&conversation) {
            self.seen.insert(conversation.clone(), seq);
            self.absorb(&conversation);
        }
    }

    /// Moves a cursor back (never forwards), e.g. when the server holds
    /// less than the client has seen; forgets own events above it.
    pub fn rewind(&mut self, conversation: &ConversationId, seq: u64) {
        if let Some(cursor) = self.seen.get_mut(conversation) {
            if *cursor > seq {
                *cursor = seq;
            }
        }
        self.own.retain(|(c, s)| c != conversation || *s <= seq);
    }

    /// Forgets a conversation (a room the client left).
    pub fn remove(&mut self, conversation: &ConversationId) {
        self.seen.remove(conversation);
        self.own.retain(|(c, _)| c != conversation);
    }

    /// Records an incoming event and says whether to show it.
    pub fn event(&mut self, conversation: ConversationId, seq: u64) -> Seen {
        if self.get(&conversation).is_some_and(|cursor| seq <= cursor) {
            return Seen::Duplicate;
        }
        let own = self.own.remove(&(conversation.clone(), seq));
        self.seen.insert(conversation.clone(), seq);
        self.absorb(&conversation);
        if own {
            Seen::Own
        } else {
            Seen::New
        }
    }

    /// Records that one of this client's commands stored the event at
    /// `seq`. `starts` says the client follows the conversation from this
    /// event on (its own join of a room, the first message of a private
    /// conversation), so it needs no earlier cursor. Returns false if the
    /// event was already seen (it came in as an event before the ack, as a
    /// retried send does after a reconnect).
    pub fn own(&mut self, conversation: ConversationId, seq: u64, starts: bool) -> bool {
        match self.get(&conversation) {
            Some(cursor) if seq <= cursor => false,
            Some(_) => {
                self.own.insert((conversation.clone(), seq));
                self.absorb(&conversation);
                true
            }
            None if starts => {
                self.seen.insert(conversation.clone(), seq);
                self.absorb(&conversation);
                true
            }
            None => {
                self.own.insert((conversation, seq));
                true
            }
        }
    }

    /// Every cursor, in conversation order.
    pub fn iter(&self) -> impl Iterator<Item = (&ConversationId, u64)> {
        self.seen.iter().map(|(c, s)| (c, *s))
    }

    /// Where the client is in one conversation.
    pub fn position(&self, conversation: &ConversationId) -> Position {
        Position {
            after: self.get(conversation),
            own: self
                .own
                .iter()
                .filter(|(c, _)| c == conversation)
                .map(|(_, seq)| *seq)
                .collect(),
        }
    }

    /// Puts the client at `position` in a conversation, whatever it had
    /// there; an empty position forgets the conversation.
    pub fn set_position(&mut self, conversation: ConversationId, position: Position) {
        self.remove(&conversation);
        for seq in position.own {
            self.own.insert((conversation.clone(), seq));
        }
        if let Some(after) = position.after {
            self.seen.insert(conversation.clone(), after);
            self.absorb(&conversation);
        }
    }

    /// Every conversation the client has a cursor or an own event in, with
    /// its position, in conversation order.
    pub fn positions(&self) -> Vec<(ConversationId, Position)> {
        let conversations: BTreeSet<&ConversationId> = self
            .seen
            .keys()
            .chain(self.own.iter().map(|(c, _)| c))
            .collect();
        conversations
            .into_iter()
            .map(|c| (c.clone(), self.position(c)))
            .collect()
    }

    /// True if no conversation has a cursor.
    pub fn is_empty(&self) -> bool {
        self.seen.is_empty()
    }

    /// The cursors as a resume frame wants them.
    pub fn to_pb(&self) -> Vec<pb::Cursor> {
        self.iter()
            .map(|(conversation, seq)| pb::Cursor {
                conversation: Some(conversation.to_pb()),
                after_seq: Some(seq),
            })
            .collect()
    }

    /// Advances the cursor over own events that directly follow it, and
    /// drops own events it has passed.
    fn absorb(&mut self, conversation: &ConversationId) {
        let Some(cursor) = self.seen.get_mut(conversation) else {
            return;
        };
        while self.own.remove(&(conversation.clone(), *cursor + 1)) {
            *cursor += 1;
        }
        let cursor = *cursor;
        self.own.retain(|(c, s)| c != conversation || *s > cursor);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn room(name: &str) -> ConversationId {
        ConversationId::Room(name.into())
    }

    #[test]
    fn events_at_or_below_the_cursor_are_duplicates() {
        let mut cursors = Cursors::new();
        cursors.start_at(room("lobby"), 3);
        assert_eq!(cursors.event(room("lobby"), 3), Seen::Duplicate);
        assert_eq!(cursors.event(room("lobby"), 4), Seen::New);
        assert_eq!(cursors.event(room("lobby"), 4), Seen::Duplicate);
        assert_eq!(cursors.get(&room("lobby")), Some(4));
    }

    #[test]
    fn own_events_are_skipped_and_the_cursor_moves_over_them() {
        let mut cursors = Cursors::new();
        cursors.start_at(room("lobby"), 1);
        // Our message is seq 3, acked before bob's seq 2 came in.
        assert!(cursors.own(room("lobby"), 3, false));
        assert_eq!(cursors.get(&room("lobby")), Some(1));
        assert_eq!(cursors.event(room("lobby"), 2), Seen::New);
        assert_eq!(cursors.get(&room("lobby")), Some(3));
        // A replay after a reconnect would start after 3.
        assert_eq!(cursors.event(room("lobby"), 3), Seen::Duplicate);
    }

    #[test]
    fn an_own_event_replayed_by_a_new_session_is_not_shown_again() {
        let mut cursors = Cursors::new();
        cursors.start_at(room("lobby"), 1);
        assert!(cursors.own(room("lobby"), 3, false));
        // The connection broke before seq 2 arrived; the new session
        // replays 2 and 3.
        assert_eq!(cursors.to_pb()[0].after_seq, Some(1));
        assert_eq!(cursors.event(room("lobby"), 2), Seen::New);
        assert_eq!(cursors.event(room("lobby"), 3), Seen::Duplicate);
    }

    #[test]
    fn a_retried_send_seen_as_an_event_first_is_reported_as_seen() {
        let mut cursors = Cursors::new();
        cursors.start_at(room("lobby"), 1);
        assert_eq!(cursors.event(room("lobby"), 2), Seen::New);
        assert!(!cursors.own(room("lobby"), 2, false));
    }

    #[test]
    fn private_conversations_start_with_their_first_event_or_own_message() {
        let mut cursors = Cursors::new();
        let bob = ConversationId::Peer("bob".into());
        assert!(cursors.own(bob.clone(), 1, true));
        assert_eq!(cursors.get(&bob), Some(1));
        let carol = ConversationId::Peer("carol".into());
        // Our message is seq 5 of an old conversation we have no cursor
        // for: it waits until the conversation's events reach it.
        assert!(cursors.own(carol.clone(), 5, false));
        assert_eq!(cursors.get(&carol), None);
        assert_eq!(cursors.event(carol.clone(), 4), Seen::New);
        assert_eq!(cursors.get(&carol), Some(5));
    }

    #[test]
    fn rewind_and_remove() {
        let mut cursors = Cursors::new();
        cursors.start_at(room("lobby"), 10);
        cursors.own(room("lobby"), 12, false);
        cursors.rewind(&room("lobby"), 4);
        assert_eq!(cursors.get(&room("lobby")), Some(4));
        assert_eq!(cursors.event(room("lobby"), 5), Seen::New);
        cursors.remove(&room("lobby"));
        assert!(cursors.is_empty());
    }

    #[test]
    fn positions_round_trip_and_resume_the_same() {
        let mut cursors = Cursors::new();
        cursors.start_at(room("lobby"), 1);
        cursors.own(room("lobby"), 3, false);
        let carol = ConversationId::Peer("carol".into());
        cursors.own(carol.clone(), 5, false);
        let positions = cursors.positions();
        assert_eq!(
            positions,
            vec![
                (
                    room("lobby"),
                    Position {
                        after: Some(1),
                        own: vec![3]
                    }
                ),
                (
                    carol.clone(),
                    Position {
                        after: None,
                        own: vec![5]
                    }
                ),
            ]
        );
        let mut restored = Cursors::new();
        for (conversation, position) in positions {
            restored.set_position(conversation, position);
        }
        // Seq 2 is new; our own 3, already shown, is skipped.
        assert_eq!(restored.event(room("lobby"), 2), Seen::New);
        assert_eq!(restored.get(&room("lobby")), Some(3));
        assert_eq!(restored.event(room("lobby"), 3), Seen::Duplicate);
        // An empty position forgets.
        restored.set_position(carol.clone(), Position::default());
        assert!(restored.position(&carol).is_empty());
    }

    #[test]
    fn conversation_of_an_event_is_seen_from_me() {
        let event = pb::Event {
            sender: "bob".into(),
            recipient: "alice".into(),
            ..Default::default()
        };
        assert_eq!(
            ConversationId::of_event(&event, "alice"),
            ConversationId::Peer("bob".into())
        );
        assert_eq!(
            ConversationId::of_event(&event, "bob"),
            ConversationId::Peer("alice".into())
        );
        assert_eq!(ConversationId::Peer("bob".into()).to_string(), "@bob");
    }
}
