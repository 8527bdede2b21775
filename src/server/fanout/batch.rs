//! A run of one room's events as the hub broadcasts it: the events of one
//! commit, consecutive in seq, with their Chat frames encoded once for
//! every session that delivers them.
//!
//! Fan-out is one event to many sessions, so everything done per event per
//! session is multiplied by the size of the room. A batch makes that work
//! per batch instead: a session that is up to date in the room takes the
//! batch whole, checks one cursor, and copies one slice of ready-framed
//! bytes (a gRPC length prefix and a `ChatResponse` per event) into its
//! output, instead of receiving, checking and encoding each event.

use std::{
    collections::HashMap,
    ops::Range,
    sync::{Arc, OnceLock},
};

use bytes::{Bytes, BytesMut};

use crate::{
    model::{ConversationKey, Event, Seq, UserName},
    server::fanout::budget::event_weight,
};

/// Consecutive events of one room, in seq order.
#[derive(Debug)]
pub struct EventBatch {
    events: Vec<Arc<Event>>,
    /// Who left the room, or was kicked or banned from it, in this batch
    /// (a session whose own user is among them must stop following the
    /// room at that event). Usually nobody.
    leavers: Vec<UserName>,
    /// What the batch holds in a live buffer, framed ([`event_weight`]
    /// of each event).
    weight: usize,
    /// The Chat frames of the events, encoded by the first session that
    /// needs them.
    chat_frames: OnceLock<ChatFrames>,
}

/// The events' Chat frames, back to back.
#[derive(Debug)]
struct ChatFrames {
    bytes: Bytes,
    /// Where each event's frame ends in `bytes`.
    ends: Vec<usize>,
}

impl EventBatch {
    /// Splits committed events into batches: one per run of consecutive
    /// events of the same room. Events that are not room events are left
    /// out; the caller delivers those one by one.
    pub fn split(events: &[Arc<Event>]) -> Vec<EventBatch> {
        let mut batches: Vec<EventBatch> = Vec::new();
        // Room → the index of its latest batch, which the next event of
        // the room extends if it follows on.
        let mut latest: HashMap<&ConversationKey, usize> = HashMap::new();
        for event in events {
            if event.conversation.room().is_none() {
                continue;
            }
            match latest.get(&event.conversation) {
                Some(&index) if batches[index].last_seq() + 1 == event.seq => {
                    batches[index].push(event.clone());
                }
                _ => {
                    latest.insert(&event.conversation, batches.len());
                    batches.push(EventBatch::new(event.clone()));
                }
            }
        }
        batches
    }

    fn new(first: Arc<Event>) -> Self {
        let mut batch = Self {
            events: Vec::with_capacity(1),
            leavers: Vec::new(),
            weight: 0,
            chat_frames: OnceLock::new(),
        };
        batch.push(first);
        batch
    }

    fn push(&mut self, event: Arc<Event>) {
        if let Some(gone) = event.kind.removes(&event.sender) {
            self.leavers.push(gone.clone());
        }
        self.weight += event_weight(&event);
        self.events.push(event);
    }

    /// The room's conversation.
    pub fn conversation(&self) -> &ConversationKey {
        &self.events[0].conversation
    }

    /// The events, in seq order.
    pub fn events(&self) -> &[Arc<Event>] {
        &self.events
    }

    /// The seq of the first event.
    pub fn first_seq(&self) -> Seq {
        self.events[0].seq
    }

    /// The seq of the last event.
    pub fn last_seq(&self) -> Seq {
        self.events[self.events.len() - 1].seq
    }

    /// What the batch holds in a live buffer, roughly, once framed.
    pub fn weight(&self) -> usize {
        self.weight
    }

    /// Whether `user` left the room in this batch (or was removed).
    pub fn left(&self, user: &UserName) -> bool {
        self.leavers.contains(user)
    }

    /// The Chat frames of the events in `range` (indexes into
    /// [`Self::events`]), ready to write to a Chat response body. The
    /// first caller frames every event of the batch with `frame`, which
    /// appends one event's frame; every later caller shares those bytes.
    pub fn chat_frames(&self, range: Range<usize>, frame: impl Fn(&Event, &mut BytesMut)) -> &[u8] {
        let frames = self
            .chat_frames
            .get_or_init(|| self.encode_chat_frames(frame));
        let start = match range.start {
            0 => 0,
            index => frames.ends[index - 1],
        };
        let end = match range.end {
            0 => 0,
            index => frames.ends[index - 1],
        };
        &frames.bytes[start..end]
    }

    fn encode_chat_frames(&self, frame: impl Fn(&Event, &mut BytesMut)) -> ChatFrames {
        let mut bytes = BytesMut::new();
        let mut ends = Vec::with_capacity(self.events.len());
        for event in &self.events {
            frame(event, &mut bytes);
            ends.push(bytes.len());
        }
        ChatFrames {
            bytes: bytes.freeze(),
            ends,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClientMessageId, EventKind, RoomName, Text, WireCache};

    fn event(room: &str, seq: Seq, kind: EventKind) -> Arc<Event> {
        Arc::new(Event {
            conversation: ConversationKey::Room(RoomName::parse(room).unwrap()),
            seq,
            sender: UserName::parse("alice").unwrap(),
            time_ms: 1,
            kind,
            wire: WireCache::default(),
        })
    }

    fn message(room: &str, seq: Seq) -> Arc<Event> {
        let text = Text::parse(&format!("m{seq}"), 100).unwrap();
        let client_message_id = ClientMessageId::default();
        event(
            room,
            seq,
            EventKind::Message {
                text,
                client_message_id,
                reply_to: None,
                deleted: false,
            },
        )
    }

    #[test]
    fn runs_of_one_room_become_one_batch_and_a_gap_starts_another() {
        let events = [
            message("a", 1),
            message("b", 7),
            message("a", 2),
            message("a", 4),
            event("b", 8, EventKind::Left),
        ];
        let batches = EventBatch::split(&events);
        let alice = UserName::parse("alice").unwrap();
        let shape: Vec<_> = batches
            .iter()
            .map(|b| (b.first_seq(), b.last_seq(), b.left(&alice)))
            .collect();
        assert_eq!(shape, [(1, 2, false), (7, 8, true), (4, 4, false)]);
    }

    #[test]
    fn a_slice_of_frames_decodes_to_exactly_those_events() {
        use prost::Message as _;
        let batch = &EventBatch::split(&[message("a", 1), message("a", 2), message("a", 3)])[0];
        let mut frames = batch.chat_frames(1..3, crate::server::grpc::convert::put_chat_event);
        let mut seqs = Vec::new();
        while !frames.is_empty() {
            assert_eq!(frames[0], 0, "uncompressed");
            let len = u32::from_be_bytes([frames[1], frames[2], frames[3], frames[4]]) as usize;
            let response = crate::pb::ChatResponse::decode(&frames[5..5 + len]).unwrap();
            match response.frame {
                Some(crate::pb::chat_response::Frame::Event(event)) => seqs.push(event.seq),
                other => panic!("expected an event, got {other:?}"),
            }
            frames = &frames[5 + len..];
        }
        assert_eq!(seqs, [2, 3]);
        assert!(batch
            .chat_frames(3..3, crate::server::grpc::convert::put_chat_event)
            .is_empty());
    }
}
