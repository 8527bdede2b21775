//! The receiving side's order: per followed conversation the last seq
//! handed to the hub, so that what comes off the bus reaches the hub in
//! seq order, once.
//!
//! - an event at or below the last seq is a repeat (the same event came
//!   on a room's subject and a user's, or a gap read already gave it):
//!   dropped;
//! - the next seq is handed on at once, with whatever was waiting behind
//!   it;
//! - one past a gap waits, with any that follow, until the gap comes in or
//!   [`Order::overdue`] names it to be read from the store.
//!
//! This node's own commits go through the same order ([`Order::local`]):
//! one past a gap waits for the other node's event before it, and a
//! remote event older than a local commit handed on is not taken for news. A
//! conversation is known from its first event or its first look at the
//! store ([`Order::caught_up`]); until then any event is taken as it
//! comes, which the streams' feeds keep in order anyway.
//!
//! Pure bookkeeping: no I/O, no clock of its own (times are passed in).

use std::{
    collections::{BTreeMap, HashMap},
    sync::Arc,
    time::{Duration, Instant},
};

use crate::model::{ConversationKey, Event, Seq};

/// The most events kept waiting behind one gap; past it the oldest
/// waiting ones are dropped (the store has them, and the gap read
/// fetches everything up to the newest).
const MAX_WAITING: usize = 4096;

#[derive(Default)]
struct Conversation {
    /// The last seq handed to the hub (or committed here); `None` until
    /// known.
    last: Option<Seq>,
    /// Events past a gap, by seq.
    waiting: BTreeMap<Seq, Arc<Event>>,
    /// When the oldest waiting event arrived.
    waiting_since: Option<Instant>,
    /// When anything of the conversation last came in (or was checked).
    heard: Option<Instant>,
    /// Seqs lost while waiting (the cap): the gap read reaches this.
    read_to: Option<Seq>,
}

/// A gap to read from the store: events after `after`, up to `until`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Gap {
    /// The conversation.
    pub(crate) key: ConversationKey,
    /// The last seq handed on.
    pub(crate) after: Seq,
    /// The last seq to read.
    pub(crate) until: Seq,
}

/// Every followed conversation's place.
#[derive(Default)]
pub(crate) struct Order {
    conversations: HashMap<ConversationKey, Conversation>,
}

impl Order {
    /// This node committed `event`: returns what is ready for the hub, in
    /// order. In a conversation this node follows from the bus, a commit
    /// past a gap (another node committed in between, and its event is
    /// still on the bus) waits behind it like a remote event, so that the
    /// streams here get every event in seq order without each reading the
    /// gap from the store; a commit the store already gave (a gap read
    /// reached it) is a repeat. Any other conversation's commits go on at
    /// once.
    pub(crate) fn local(&mut self, event: Arc<Event>, now: Instant) -> Vec<Arc<Event>> {
        let known = self
            .conversations
            .get(&event.conversation)
            .is_some_and(|conversation| conversation.last.is_some());
        if known {
            self.remote(event, now)
        } else {
            vec![event]
        }
    }

    /// An event from another node: returns what is ready for the hub, in
    /// order (nothing if it is a repeat or waits behind a gap).
    pub(crate) fn remote(&mut self, event: Arc<Event>, now: Instant) -> Vec<Arc<Event>> {
        let conversation = self
            .conversations
            .entry(event.conversation.clone())
            .or_default();
        conversation.heard = Some(now);
        let Some(last) = conversation.last else {
            conversation.last = Some(event.seq);
            return vec![event];
        };
        if event.seq <= last {
            return Vec::new();
        }
        if event.seq == last + 1 {
            conversation.last = Some(event.seq);
            let mut ready = vec![event];
            ready.extend(conversation.take_following());
            return ready;
        }
        if conversation.waiting.is_empty() {
            conversation.waiting_since = Some(now);
        }
        conversation.waiting.insert(event.seq, event);
        while conversation.waiting.len() > MAX_WAITING {
            if let Some((seq, _)) = conversation.waiting.pop_first() {
                conversation.read_to = Some(conversation.read_to.unwrap_or(0).max(seq));
            }
        }
        Vec::new()
    }

    /// Gaps that have waited `wait` or longer.
    pub(crate) fn overdue(&self, now: Instant, wait: Duration) -> Vec<Gap> {
        self.conversations
            .iter()
            .filter_map(|(key, conversation)| {
                let since = conversation.waiting_since?;
                if now.duration_since(since) < wait {
                    return None;
                }
                let last = conversation.last?;
                let first_waiting = *conversation.waiting.keys().next()?;
                let until = (first_waiting - 1).max(conversation.read_to.unwrap_or(0));
                Some(Gap {
                    key: key.clone(),
                    after: last,
                    until,
                })
            })
            .collect()
    }

    /// When the oldest waiting gap is due, if any waits.
    pub(crate) fn next_due(&self, wait: Duration) -> Option<Instant> {
        self.conversations
            .values()
            .filter_map(|conversation| conversation.waiting_since)
            .min()
            .map(|since| since + wait)
    }

    /// Events of `key` read from the store (ascending): returns what is
    /// ready for the hub, the read events first, then what waited behind
    /// them. Events at or below the last seq are dropped.
    pub(crate) fn filled(
        &mut self,
        key: &ConversationKey,
        events: Vec<Arc<Event>>,
    ) -> Vec<Arc<Event>> {
        let Some(conversation) = self.conversations.get_mut(key) else {
            return Vec::new();
        };
        let mut ready = Vec::new();
        for event in events {
            let next = conversation.last.is_none_or(|last| event.seq == last + 1);
            if next {
                conversation.last = Some(event.seq);
                ready.push(event);
            }
        }
        if conversation
            .read_to
            .is_some_and(|to| conversation.last >= Some(to))
        {
            conversation.read_to = None;
        }
        conversation.drop_seen();
        ready.extend(conversation.take_following());
        ready
    }

    /// The store cannot be read: hands on what waits behind the gap as it
    /// is (the streams' feeds read the gap themselves when they can).
    pub(crate) fn give_up(&mut self, key: &ConversationKey) -> Vec<Arc<Event>> {
        let Some(conversation) = self.conversations.get_mut(key) else {
            return Vec::new();
        };
        let waiting = std::mem::take(&mut conversation.waiting);
        conversation.waiting_since = None;
        conversation.read_to = None;
        if let Some((&seq, _)) = waiting.last_key_value() {
            conversation.last = Some(seq);
        }
        waiting.into_values().collect()
    }

    /// The store says `key` ends at `last_seq`: `Some(gap)` if this node
    /// has handed on less (read it), `None` if not. A conversation not
    /// known yet starts at `start` (a conversation that began after the
    /// node started following it starts at 0), or, with `None`, just
    /// before its last event: that event is handed on again, because a
    /// stream that read the store just before it was committed would
    /// otherwise wait for it until the next one (a repeat costs nothing:
    /// the streams' feeds drop it).
    pub(crate) fn caught_up(
        &mut self,
        key: &ConversationKey,
        last_seq: Seq,
        now: Instant,
        start: Option<Seq>,
    ) -> Option<Gap> {
        let conversation = self.conversations.entry(key.clone()).or_default();
        conversation.heard = Some(now);
        if conversation.last.is_none() {
            conversation.last = Some(start.unwrap_or(last_seq.saturating_sub(1)).min(last_seq));
            conversation.drop_seen();
        }
        match conversation.last {
            None => None,
            Some(last) if last < last_seq => Some(Gap {
                key: key.clone(),
                after: last,
                until: last_seq,
            }),
            Some(_) => None,
        }
    }

    /// Conversations that heard nothing since `before` (the quiet ones
    /// to check against the store).
    pub(crate) fn quiet(&self, before: Instant) -> Vec<ConversationKey> {
        self.conversations
            .iter()
            .filter(|(_, c)| c.waiting.is_empty() && c.heard.is_none_or(|heard| heard < before))
            .map(|(key, _)| key.clone())
            .collect()
    }

    /// Every known conversation.
    pub(crate) fn known(&self) -> Vec<ConversationKey> {
        self.conversations.keys().cloned().collect()
    }

    /// Forgets the conversations `keep` says no.
    pub(crate) fn retain(&mut self, mut keep: impl FnMut(&ConversationKey) -> bool) {
        self.conversations.retain(|key, _| keep(key));
    }
}

impl Conversation {
    /// Drops waiting events the last seq has passed.
    fn drop_seen(&mut self) {
        if let Some(last) = self.last {
            while self
                .waiting
                .first_key_value()
                .is_some_and(|(&seq, _)| seq <= last)
            {
                self.waiting.pop_first();
            }
        }
        if self.waiting.is_empty() {
            self.waiting_since = None;
        }
    }

    /// Takes the waiting events that now follow on.
    fn take_following(&mut self) -> Vec<Arc<Event>> {
        let mut ready = Vec::new();
        self.drop_seen();
        while let Some(last) = self.last {
            match self.waiting.first_key_value() {
                Some((&seq, _)) if seq == last + 1 => {
                    if let Some((_, event)) = self.waiting.pop_first() {
                        self.last = Some(seq);
                        ready.push(event);
                    }
                }
                _ => break,
            }
        }
        if self.waiting.is_empty() {
            self.waiting_since = None;
        }
        ready
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventKind, RoomName, UserName, WireCache};

    fn key() -> ConversationKey {
        ConversationKey::Room(RoomName::parse("r").unwrap())
    }

    fn event(seq: Seq) -> Arc<Event> {
        Arc::new(Event {
            conversation: key(),
            seq,
            sender: UserName::parse("alice").unwrap(),
            time_ms: 0,
            kind: EventKind::Joined,
            wire: WireCache::default(),
        })
    }

    fn seqs(events: &[Arc<Event>]) -> Vec<Seq> {
        events.iter().map(|e| e.seq).collect()
    }

    #[test]
    fn repeats_are_dropped_and_the_next_goes_on_at_once() {
        let mut order = Order::default();
        let now = Instant::now();
        assert_eq!(
            order.caught_up(&key(), 4, now, None),
            Some(Gap {
                key: key(),
                after: 3,
                until: 4
            }),
            "the last event again"
        );
        assert_eq!(seqs(&order.filled(&key(), vec![event(4)])), [4]);
        assert_eq!(seqs(&order.remote(event(4), now)), Vec::<Seq>::new());
        assert_eq!(seqs(&order.remote(event(5), now)), [5]);
        assert_eq!(seqs(&order.remote(event(5), now)), Vec::<Seq>::new());
        assert_eq!(seqs(&order.local(event(6), now)), [6]);
        assert_eq!(seqs(&order.remote(event(6), now)), Vec::<Seq>::new());
        assert_eq!(seqs(&order.remote(event(7), now)), [7]);
        assert_eq!(seqs(&order.local(event(7), now)), Vec::<Seq>::new());
    }

    #[test]
    fn a_local_commit_past_a_gap_waits_for_the_other_nodes_event() {
        let mut order = Order::default();
        let now = Instant::now();
        order.caught_up(&key(), 2, now, Some(2));
        // Another node committed 3, this one 4 and 5: they wait for 3.
        assert!(order.local(event(4), now).is_empty());
        assert!(order.local(event(5), now).is_empty());
        assert_eq!(order.next_due(Duration::ZERO), Some(now));
        assert_eq!(seqs(&order.remote(event(3), now)), [3, 4, 5]);
        assert!(order.next_due(Duration::ZERO).is_none());
        // Lost on the bus: the gap is read, and the commits follow it.
        assert!(order.local(event(7), now).is_empty());
        let gaps = order.overdue(now, Duration::ZERO);
        assert_eq!(
            gaps,
            [Gap {
                key: key(),
                after: 5,
                until: 6
            }]
        );
        assert_eq!(seqs(&order.filled(&key(), vec![event(6)])), [6, 7]);
    }

    #[test]
    fn a_conversation_not_followed_from_the_bus_has_its_commits_handed_on_as_they_come() {
        let mut order = Order::default();
        let now = Instant::now();
        assert_eq!(seqs(&order.local(event(9), now)), [9]);
        assert_eq!(seqs(&order.local(event(4), now)), [4]);
        assert!(order.known().is_empty());
    }

    #[test]
    fn a_gap_waits_then_is_read_and_what_waited_follows_in_order() {
        let mut order = Order::default();
        let start = Instant::now();
        let wait = Duration::from_millis(100);
        order.caught_up(&key(), 2, start, Some(2));
        assert!(order.remote(event(5), start).is_empty());
        assert!(order.remote(event(4), start).is_empty());
        assert!(order.overdue(start, wait).is_empty(), "not yet due");
        assert_eq!(order.next_due(wait), Some(start + wait));
        let later = start + wait;
        let gaps = order.overdue(later, wait);
        assert_eq!(
            gaps,
            [Gap {
                key: key(),
                after: 2,
                until: 3
            }]
        );
        // The read gives 3 (and 4 again, say): 3, 4, 5 follow in order.
        assert_eq!(
            seqs(&order.filled(&key(), vec![event(3), event(4)])),
            [3, 4, 5]
        );
        assert!(order.next_due(wait).is_none());
    }

    #[test]
    fn a_gap_filled_by_the_bus_needs_no_read() {
        let mut order = Order::default();
        let now = Instant::now();
        order.caught_up(&key(), 0, now, None);
        assert!(order.remote(event(2), now).is_empty());
        assert_eq!(seqs(&order.remote(event(1), now)), [1, 2]);
        assert!(order
            .overdue(now + Duration::from_secs(9), Duration::ZERO)
            .is_empty());
    }

    #[test]
    fn the_store_being_ahead_is_a_gap_to_read() {
        let mut order = Order::default();
        let now = Instant::now();
        order.caught_up(&key(), 1, now, Some(1));
        assert_eq!(
            order.caught_up(&key(), 3, now, None),
            Some(Gap {
                key: key(),
                after: 1,
                until: 3
            })
        );
        assert_eq!(
            seqs(&order.filled(&key(), vec![event(2), event(3)])),
            [2, 3]
        );
        assert!(order.caught_up(&key(), 3, now, None).is_none());
    }

    #[test]
    fn a_conversation_begun_while_followed_is_read_from_its_start() {
        let mut order = Order::default();
        let now = Instant::now();
        assert_eq!(
            order.caught_up(&key(), 2, now, Some(0)),
            Some(Gap {
                key: key(),
                after: 0,
                until: 2
            })
        );
    }

    #[test]
    fn giving_up_hands_on_what_waited() {
        let mut order = Order::default();
        let now = Instant::now();
        order.caught_up(&key(), 1, now, Some(1));
        order.remote(event(4), now);
        order.remote(event(3), now);
        assert_eq!(seqs(&order.give_up(&key())), [3, 4]);
        assert_eq!(seqs(&order.remote(event(5), now)), [5]);
    }
}
