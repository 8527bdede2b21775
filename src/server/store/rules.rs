//! The command rules, written once for every backend.
//!
//! What a [`Command`] may do is decided here: a join is idempotent, a leave
//! of a room one is not in is refused, a post needs membership of its room
//! or an existing recipient, a retried post (same sender, same client
//! message id) stores nothing and answers with the original's place, and
//! an appended event takes its conversation's next seq. A backend only
//! implements [`Tx`], the few reads and writes these rules need over its
//! own tables, inside one transaction it opens and commits around
//! [`apply`]; then it hands the stored event to its fan-out.
//!
//! Every check comes before the first write, so a refused command changes
//! nothing, even in a backend with no rollback (the memory store).

use std::sync::Arc;

use super::{Applied, Command, Target};
use crate::{
    error::{Error, Result},
    model::{now_ms, ConversationKey, Event, EventKind, RoomName, Seq, UserName},
};

/// The reads and writes of one transaction that the rules need. Every
/// call of one [`apply`] sees the writes made before it.
pub(crate) trait Tx {
    /// Whether `user` exists (has opened a session or joined a room).
    fn user_exists(&self, user: &UserName) -> Result<bool>;
    /// Records that `user` exists; nothing if it already does.
    fn add_user(&mut self, user: &UserName) -> Result<()>;
    /// Whether `user` is a member of `room`.
    fn is_member(&self, room: &RoomName, user: &UserName) -> Result<bool>;
    /// Makes `user` a member of `room` (creating it); false if it already
    /// was one.
    fn add_member(&mut self, room: &RoomName, user: &UserName) -> Result<bool>;
    /// Takes `user` out of `room`; false if it was not a member.
    fn remove_member(&mut self, room: &RoomName, user: &UserName) -> Result<bool>;
    /// Where the message `sender` sent with client message id `id` was
    /// stored, if it was.
    fn find_by_client_id(
        &self,
        sender: &UserName,
        id: &str,
    ) -> Result<Option<(ConversationKey, Seq)>>;
    /// The latest seq of a conversation (0 if it has none).
    fn last_seq(&self, conversation: &ConversationKey) -> Result<Seq>;
    /// Stores `event`, whose seq is its conversation's next, with whatever
    /// the backend indexes by it (client message id, private peers).
    fn append(&mut self, event: &Arc<Event>) -> Result<()>;
}

/// What a command did, and the event it stored, if any, for the fan-out.
pub(crate) struct Outcome {
    /// The answer for the caller.
    pub(crate) applied: Applied,
    /// The stored event; `None` when nothing was stored.
    pub(crate) stored: Option<Arc<Event>>,
}

impl Outcome {
    fn unchanged(conversation: ConversationKey, seq: Seq) -> Self {
        Self {
            applied: Applied {
                conversation,
                seq,
                unchanged: true,
            },
            stored: None,
        }
    }
}

/// Checks `command` and applies it through `tx`. A refusal has written
/// nothing; after a failure of `tx` itself the caller must not commit.
pub(crate) fn apply(tx: &mut impl Tx, command: Command) -> Result<Outcome> {
    match command {
        Command::Join { room, user } => {
            tx.add_user(&user)?;
            let conversation = ConversationKey::Room(room.clone());
            if !tx.add_member(&room, &user)? {
                let seq = tx.last_seq(&conversation)?;
                return Ok(Outcome::unchanged(conversation, seq));
            }
            append(tx, conversation, user, EventKind::Joined)
        }
        Command::Leave { room, user } => {
            if !tx.remove_member(&room, &user)? {
                return Err(not_a_member(&room));
            }
            append(tx, ConversationKey::Room(room), user, EventKind::Left)
        }
        Command::Post {
            sender,
            target,
            text,
            client_message_id,
        } => {
            let conversation = match &target {
                Target::Room(room) => {
                    if !tx.is_member(room, &sender)? {
                        return Err(not_a_member(room));
                    }
                    ConversationKey::Room(room.clone())
                }
                Target::User(to) => {
                    if !tx.user_exists(to)? {
                        return Err(Error::UnknownUser(to.to_string()));
                    }
                    ConversationKey::private(&sender, to)
                }
            };
            if let Some(id) = client_message_id.get() {
                if let Some((stored_in, seq)) = tx.find_by_client_id(&sender, id)? {
                    return Ok(Outcome::unchanged(stored_in, seq));
                }
            }
            if let Target::User(_) = target {
                // Whoever sends privately exists, so the recipient can
                // answer. (A room's sender is a member, registered when it
                // joined.)
                tx.add_user(&sender)?;
            }
            let kind = EventKind::Message {
                text,
                client_message_id,
            };
            append(tx, conversation, sender, kind)
        }
    }
}

fn not_a_member(room: &RoomName) -> Error {
    Error::NotAMember {
        room: room.to_string(),
    }
}

/// Appends an event at the conversation's next seq.
fn append(
    tx: &mut impl Tx,
    conversation: ConversationKey,
    sender: UserName,
    kind: EventKind,
) -> Result<Outcome> {
    let seq = tx.last_seq(&conversation)? + 1;
    let event = Arc::new(Event {
        conversation,
        seq,
        sender,
        time_ms: now_ms(),
        kind,
        wire: Default::default(),
    });
    tx.append(&event)?;
    Ok(Outcome {
        applied: Applied {
            conversation: event.conversation.clone(),
            seq,
            unchanged: false,
        },
        stored: Some(event),
    })
}

#[cfg(test)]
mod tests {
    //! The rules over a fake transaction that answers from fixed facts and
    //! records every write, to show what each command writes (and, above
    //! all, that a refused one writes nothing), whatever the backend.

    use std::collections::HashSet;

    use super::*;
    use crate::model::{ClientMessageId, Text};

    /// Fixed answers, and the writes made.
    #[derive(Default)]
    struct Fake {
        users: HashSet<String>,
        members: HashSet<(String, String)>,
        stored_id: Option<(String, ConversationKey, Seq)>,
        last_seq: Seq,
        writes: Vec<String>,
    }

    impl Tx for Fake {
        fn user_exists(&self, user: &UserName) -> Result<bool> {
            Ok(self.users.contains(user.as_str()))
        }
        fn add_user(&mut self, user: &UserName) -> Result<()> {
            self.writes.push(format!("user {user}"));
            Ok(())
        }
        fn is_member(&self, room: &RoomName, user: &UserName) -> Result<bool> {
            Ok(self.members.contains(&(room.to_string(), user.to_string())))
        }
        fn add_member(&mut self, room: &RoomName, user: &UserName) -> Result<bool> {
            let added = self.members.insert((room.to_string(), user.to_string()));
            if added {
                self.writes.push(format!("member {room} {user}"));
            }
            Ok(added)
        }
        fn remove_member(&mut self, room: &RoomName, user: &UserName) -> Result<bool> {
            let removed = self.members.remove(&(room.to_string(), user.to_string()));
            if removed {
                self.writes.push(format!("unmember {room} {user}"));
            }
            Ok(removed)
        }
        fn find_by_client_id(
            &self,
            sender: &UserName,
            id: &str,
        ) -> Result<Option<(ConversationKey, Seq)>> {
            Ok(self
                .stored_id
                .as_ref()
                .filter(|(stored, _, _)| *stored == format!("{sender}/{id}"))
                .map(|(_, key, seq)| (key.clone(), *seq)))
        }
        fn last_seq(&self, _: &ConversationKey) -> Result<Seq> {
            Ok(self.last_seq)
        }
        fn append(&mut self, event: &Arc<Event>) -> Result<()> {
            self.writes.push(format!("append {}", event.seq));
            Ok(())
        }
    }

    fn user(name: &str) -> UserName {
        UserName::parse(name).unwrap()
    }

    fn room(name: &str) -> RoomName {
        RoomName::parse(name).unwrap()
    }

    fn post(to: Target, id: &str) -> Command {
        Command::Post {
            sender: user("alice"),
            target: to,
            text: Text::parse("hi", 100).unwrap(),
            client_message_id: ClientMessageId::parse(id).unwrap(),
        }
    }

    #[test]
    fn a_refused_command_writes_nothing() {
        let refused = [
            Command::Leave {
                room: room("lobby"),
                user: user("alice"),
            },
            post(Target::Room(room("lobby")), "m1"),
            post(Target::User(user("bob")), "m1"),
        ];
        for command in refused {
            let mut tx = Fake::default();
            let what = format!("{command:?}");
            match apply(&mut tx, command) {
                Err(Error::NotAMember { room }) => assert_eq!(room, "lobby"),
                Err(Error::UnknownUser(name)) => assert_eq!(name, "bob"),
                other => panic!("{what}: {:?}", other.map(|o| o.applied)),
            }
            assert!(tx.writes.is_empty(), "{what}: wrote {:?}", tx.writes);
        }
    }

    #[test]
    fn a_retry_or_a_rejoin_appends_nothing_and_a_change_takes_the_next_seq() {
        let lobby = ConversationKey::Room(room("lobby"));
        let mut tx = Fake {
            members: HashSet::from([("lobby".into(), "alice".into())]),
            stored_id: Some(("alice/m1".into(), lobby.clone(), 7)),
            last_seq: 41,
            ..Fake::default()
        };
        // A retry answers with where the original went, wherever it is sent.
        let retry = apply(&mut tx, post(Target::Room(room("lobby")), "m1")).unwrap();
        assert!(retry.applied.unchanged && retry.stored.is_none());
        assert_eq!(
            (retry.applied.conversation, retry.applied.seq),
            (lobby.clone(), 7)
        );
        let rejoin = Command::Join {
            room: room("lobby"),
            user: user("alice"),
        };
        let rejoin = apply(&mut tx, rejoin).unwrap();
        assert!(rejoin.applied.unchanged && rejoin.stored.is_none());
        assert_eq!(rejoin.applied.seq, 41);
        assert_eq!(tx.writes, ["user alice"]);

        let sent = apply(&mut tx, post(Target::Room(room("lobby")), "m2")).unwrap();
        assert!(!sent.applied.unchanged);
        assert_eq!(sent.applied.seq, 42);
        assert_eq!(sent.stored.map(|event| event.seq), Some(42));
        assert_eq!(tx.writes, ["user alice", "append 42"]);
    }
}
