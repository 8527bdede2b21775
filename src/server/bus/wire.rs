//! An event as it travels between nodes: a small binary encoding, made
//! once per event by the node that committed it and decoded once by each
//! node that receives it.
//!
//! ```text
//! version u8 (1)
//! conversation: 0 room NAME | 1 private NAME NAME
//! seq u64, time_ms i64, sender NAME
//! kind u8, then its fields (texts and names as u32 length + UTF-8)
//! ```
//!
//! Integers are little-endian. A node decodes only what another node of
//! the same version encoded, but it checks every name and length all the
//! same: the bus is a network input.

use bytes::{BufMut, Bytes, BytesMut};

use crate::model::{
    ClientMessageId, ConversationKey, Event, EventKind, Note, Reaction, Role, RoomName, Text,
    UserName, WireCache,
};

const VERSION: u8 = 1;

/// Why a payload is not an event.
#[derive(Debug, thiserror::Error)]
#[error("not a confab bus event: {0}")]
pub(crate) struct BadPayload(&'static str);

/// The event's encoding.
pub(crate) fn encode(event: &Event) -> Bytes {
    let mut out = BytesMut::with_capacity(64);
    out.put_u8(VERSION);
    match &event.conversation {
        ConversationKey::Room(room) => {
            out.put_u8(0);
            put_str(&mut out, room.as_str());
        }
        ConversationKey::Private(a, b) => {
            out.put_u8(1);
            put_str(&mut out, a.as_str());
            put_str(&mut out, b.as_str());
        }
    }
    out.put_u64_le(event.seq);
    out.put_i64_le(event.time_ms);
    put_str(&mut out, event.sender.as_str());
    match &event.kind {
        EventKind::Message {
            text,
            client_message_id,
            reply_to: None,
            deleted: false,
        } => {
            out.put_u8(0);
            put_str(&mut out, text.as_str());
            put_str(&mut out, client_message_id.get().unwrap_or(""));
        }
        // A reply (or a deleted message): kind 9, so a plain message
        // encodes as before.
        EventKind::Message {
            text,
            client_message_id,
            reply_to,
            deleted,
        } => {
            out.put_u8(9);
            put_str(&mut out, text.as_str());
            put_str(&mut out, client_message_id.get().unwrap_or(""));
            out.put_u64_le(reply_to.unwrap_or(0));
            out.put_u8(u8::from(*deleted));
        }
        EventKind::Edited { of, text } => {
            out.put_u8(10);
            out.put_u64_le(*of);
            put_str(&mut out, text.as_str());
        }
        EventKind::Deleted { of } => {
            out.put_u8(11);
            out.put_u64_le(*of);
        }
        EventKind::Reacted {
            of,
            reaction,
            added,
        } => {
            out.put_u8(12);
            out.put_u64_le(*of);
            put_str(&mut out, reaction.as_str());
            out.put_u8(u8::from(*added));
        }
        EventKind::Joined => out.put_u8(1),
        EventKind::Left => out.put_u8(2),
        EventKind::Invited { target } => {
            out.put_u8(3);
            put_str(&mut out, target.as_str());
        }
        EventKind::Kicked { target, reason } => {
            out.put_u8(4);
            put_str(&mut out, target.as_str());
            put_str(&mut out, reason.as_str());
        }
        EventKind::Banned { target, reason } => {
            out.put_u8(5);
            put_str(&mut out, target.as_str());
            put_str(&mut out, reason.as_str());
        }
        EventKind::Unbanned { target } => {
            out.put_u8(6);
            put_str(&mut out, target.as_str());
        }
        EventKind::TopicSet { topic } => {
            out.put_u8(7);
            put_str(&mut out, topic.as_str());
        }
        EventKind::RoleChanged { target, role } => {
            out.put_u8(8);
            put_str(&mut out, target.as_str());
            out.put_u8(role.code() as u8);
        }
    }
    out.freeze()
}

/// The event `payload` encodes.
pub(crate) fn decode(payload: &[u8]) -> Result<Event, BadPayload> {
    let mut input = Reader(payload);
    if input.u8()? != VERSION {
        return Err(BadPayload("unknown version"));
    }
    let conversation = match input.u8()? {
        0 => ConversationKey::Room(input.room()?),
        1 => {
            let (a, b) = (input.user()?, input.user()?);
            if a >= b {
                return Err(BadPayload("private pair out of order"));
            }
            ConversationKey::Private(a, b)
        }
        _ => return Err(BadPayload("unknown conversation")),
    };
    let seq = input.u64()?;
    let time_ms = input.u64()? as i64;
    let sender = input.user()?;
    let kind = match input.u8()? {
        0 => {
            let text = Text::from_stored(input.str()?);
            let id = ClientMessageId::parse(input.str()?)
                .map_err(|_| BadPayload("client message id"))?;
            EventKind::Message {
                text,
                client_message_id: id,
                reply_to: None,
                deleted: false,
            }
        }
        9 => {
            let text = Text::from_stored(input.str()?);
            let id = ClientMessageId::parse(input.str()?)
                .map_err(|_| BadPayload("client message id"))?;
            let reply_to = Some(input.u64()?).filter(|seq| *seq > 0);
            EventKind::Message {
                text,
                client_message_id: id,
                reply_to,
                deleted: input.u8()? != 0,
            }
        }
        10 => EventKind::Edited {
            of: input.u64()?,
            text: Text::from_stored(input.str()?),
        },
        11 => EventKind::Deleted { of: input.u64()? },
        12 => EventKind::Reacted {
            of: input.u64()?,
            reaction: Reaction::from_stored(input.str()?),
            added: input.u8()? != 0,
        },
        1 => EventKind::Joined,
        2 => EventKind::Left,
        3 => EventKind::Invited {
            target: input.user()?,
        },
        4 => EventKind::Kicked {
            target: input.user()?,
            reason: Note::from_stored(input.str()?),
        },
        5 => EventKind::Banned {
            target: input.user()?,
            reason: Note::from_stored(input.str()?),
        },
        6 => EventKind::Unbanned {
            target: input.user()?,
        },
        7 => EventKind::TopicSet {
            topic: Note::from_stored(input.str()?),
        },
        8 => EventKind::RoleChanged {
            target: input.user()?,
            role: Role::from_code(i64::from(input.u8()?)).ok_or(BadPayload("role"))?,
        },
        _ => return Err(BadPayload("unknown kind")),
    };
    if !input.0.is_empty() {
        return Err(BadPayload("trailing bytes"));
    }
    Ok(Event {
        conversation,
        seq,
        sender,
        time_ms,
        kind,
        wire: WireCache::default(),
    })
}

fn put_str(out: &mut BytesMut, text: &str) {
    out.put_u32_le(text.len() as u32);
    out.put_slice(text.as_bytes());
}

/// Reads a payload front to back.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], BadPayload> {
        if self.0.len() < n {
            return Err(BadPayload("truncated"));
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn u8(&mut self) -> Result<u8, BadPayload> {
        Ok(self.take(1)?[0])
    }

    fn u64(&mut self) -> Result<u64, BadPayload> {
        let bytes = self.take(8)?;
        let mut array = [0u8; 8];
        array.copy_from_slice(bytes);
        Ok(u64::from_le_bytes(array))
    }

    fn str(&mut self) -> Result<&'a str, BadPayload> {
        let bytes = self.take(4)?;
        let len = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as usize;
        std::str::from_utf8(self.take(len)?).map_err(|_| BadPayload("not UTF-8"))
    }

    fn user(&mut self) -> Result<UserName, BadPayload> {
        UserName::parse(self.str()?).map_err(|_| BadPayload("user name"))
    }

    fn room(&mut self) -> Result<RoomName, BadPayload> {
        RoomName::parse(self.str()?).map_err(|_| BadPayload("room name"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(name: &str) -> UserName {
        UserName::parse(name).unwrap()
    }

    #[test]
    fn every_kind_of_event_comes_back_as_it_went() {
        let room = ConversationKey::Room(RoomName::parse("lobby.x").unwrap());
        let kinds = [
            EventKind::Message {
                text: Text::parse("héllo", 100).unwrap(),
                client_message_id: ClientMessageId::parse("m-1").unwrap(),
                reply_to: None,
                deleted: false,
            },
            EventKind::Message {
                text: Text::parse("no id", 100).unwrap(),
                client_message_id: ClientMessageId::default(),
                reply_to: Some(4),
                deleted: false,
            },
            EventKind::Message {
                text: Text::from_stored(""),
                client_message_id: ClientMessageId::default(),
                reply_to: None,
                deleted: true,
            },
            EventKind::Edited {
                of: 3,
                text: Text::parse("better", 100).unwrap(),
            },
            EventKind::Deleted { of: 3 },
            EventKind::Reacted {
                of: 3,
                reaction: crate::model::Reaction::parse(":+1:").unwrap(),
                added: false,
            },
            EventKind::Joined,
            EventKind::Left,
            EventKind::Invited {
                target: user("bob"),
            },
            EventKind::Kicked {
                target: user("bob"),
                reason: Note::from_stored("spam"),
            },
            EventKind::Banned {
                target: user("bob"),
                reason: Note::from_stored(""),
            },
            EventKind::Unbanned {
                target: user("bob"),
            },
            EventKind::TopicSet {
                topic: Note::from_stored("news"),
            },
            EventKind::RoleChanged {
                target: user("bob"),
                role: Role::Moderator,
            },
        ];
        for (seq, kind) in kinds.into_iter().enumerate() {
            let event = Event {
                conversation: room.clone(),
                seq: seq as u64 + 1,
                sender: user("alice"),
                time_ms: 1_700_000_000_123,
                kind,
                wire: WireCache::default(),
            };
            assert_eq!(decode(&encode(&event)).unwrap(), event);
        }
        let private = Event {
            conversation: ConversationKey::private(&user("zed"), &user("amy")),
            seq: u64::MAX,
            sender: user("zed"),
            time_ms: -5,
            kind: EventKind::Joined,
            wire: WireCache::default(),
        };
        assert_eq!(decode(&encode(&private)).unwrap(), private);
    }

    #[test]
    fn a_damaged_payload_is_refused_not_trusted() {
        let event = Event {
            conversation: ConversationKey::Room(RoomName::parse("r").unwrap()),
            seq: 3,
            sender: user("alice"),
            time_ms: 1,
            kind: EventKind::Invited {
                target: user("bob"),
            },
            wire: WireCache::default(),
        };
        let bytes = encode(&event);
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        let mut longer = bytes.to_vec();
        longer.push(0);
        assert!(decode(&longer).is_err());
        let mut bad_name = bytes.to_vec();
        bad_name[6] = b'A';
        assert!(decode(&bad_name).is_err());
        assert!(decode(&[9]).is_err());
    }
}
