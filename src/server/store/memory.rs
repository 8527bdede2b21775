//! The in-memory store: everything in one mutex-guarded state, nothing
//! kept across restarts. For tests and throwaway runs.
//!
//! A std mutex is right here: every operation is short and never awaits
//! while holding it, and publishing to the fan-out under the lock is what
//! keeps each conversation's events published in seq order.

use std::{
    collections::{BTreeMap, BTreeSet, HashMap, HashSet},
    sync::{Arc, Mutex, MutexGuard},
};

use async_trait::async_trait;

use super::{Applied, Command, Fanout, ReadRange, RoomSummary, Store, Target};
use crate::{
    error::{Error, Result},
    model::{now_ms, ConversationKey, Event, EventKind, RoomName, Seq, UserName},
};

/// A store that lives and dies with the process.
pub struct MemoryStore {
    /// All data, behind one lock.
    state: Mutex<State>,
    /// Where committed events go.
    fanout: Arc<dyn Fanout>,
}

#[derive(Default)]
struct State {
    /// Users who have opened a session or joined a room.
    users: HashSet<UserName>,
    /// Room → members.
    members: BTreeMap<RoomName, BTreeSet<UserName>>,
    /// Every conversation's log; index i holds seq i + 1.
    logs: HashMap<ConversationKey, Vec<Arc<Event>>>,
    /// User → peers they have a private conversation with.
    peers: HashMap<UserName, BTreeSet<UserName>>,
    /// (sender, client message id) → where the message was stored.
    client_ids: HashMap<(UserName, Arc<str>), (ConversationKey, Seq)>,
    /// User → peer → where the user's sessions left off.
    private_cursors: HashMap<UserName, HashMap<UserName, Seq>>,
}

impl MemoryStore {
    /// An empty store that publishes to `fanout`.
    pub fn new(fanout: Arc<dyn Fanout>) -> Self {
        Self {
            state: Mutex::new(State::default()),
            fanout,
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock cannot leave the state half-written
        // in a way later calls could not cope with, so keep going.
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl State {
    fn last_seq(&self, conversation: &ConversationKey) -> Seq {
        self.logs
            .get(conversation)
            .map_or(0, |log| log.len() as Seq)
    }

    fn append(
        &mut self,
        conversation: ConversationKey,
        sender: UserName,
        kind: EventKind,
    ) -> Arc<Event> {
        let log = self.logs.entry(conversation.clone()).or_default();
        let event = Arc::new(Event {
            conversation,
            seq: log.len() as Seq + 1,
            sender,
            time_ms: now_ms(),
            kind,
            wire: Default::default(),
        });
        log.push(event.clone());
        event
    }

    /// Checks a command and appends its event, if it stores one.
    fn apply(&mut self, command: Command) -> Result<(Applied, Option<Arc<Event>>)> {
        match command {
            Command::Join { room, user } => {
                self.users.insert(user.clone());
                let conversation = ConversationKey::Room(room.clone());
                let members = self.members.entry(room).or_default();
                if !members.insert(user.clone()) {
                    let seq = self.last_seq(&conversation);
                    return Ok((
                        Applied {
                            conversation,
                            seq,
                            unchanged: true,
                        },
                        None,
                    ));
                }
                let event = self.append(conversation.clone(), user, EventKind::Joined);
                Ok((
                    Applied {
                        conversation,
                        seq: event.seq,
                        unchanged: false,
                    },
                    Some(event),
                ))
            }
            Command::Leave { room, user } => {
                let removed = self.members.get_mut(&room).is_some_and(|m| m.remove(&user));
                if !removed {
                    return Err(Error::NotAMember {
                        room: room.to_string(),
                    });
                }
                let conversation = ConversationKey::Room(room);
                let event = self.append(conversation.clone(), user, EventKind::Left);
                Ok((
                    Applied {
                        conversation,
                        seq: event.seq,
                        unchanged: false,
                    },
                    Some(event),
                ))
            }
            Command::Post {
                sender,
                target,
                text,
                client_message_id,
            } => {
                let conversation = match &target {
                    Target::Room(room) => {
                        if !self.members.get(room).is_some_and(|m| m.contains(&sender)) {
                            return Err(Error::NotAMember {
                                room: room.to_string(),
                            });
                        }
                        ConversationKey::Room(room.clone())
                    }
                    Target::User(to) => {
                        if !self.users.contains(to) {
                            return Err(Error::UnknownUser(to.to_string()));
                        }
                        ConversationKey::private(&sender, to)
                    }
                };
                let id_key = client_message_id
                    .get()
                    .map(|id| (sender.clone(), Arc::from(id)));
                if let Some((stored_in, seq)) = id_key.as_ref().and_then(|k| self.client_ids.get(k))
                {
                    return Ok((
                        Applied {
                            conversation: stored_in.clone(),
                            seq: *seq,
                            unchanged: true,
                        },
                        None,
                    ));
                }
                if let Target::User(to) = &target {
                    // Whoever sends privately exists, so the recipient can
                    // answer. (A room's sender is a member, registered when
                    // it joined.)
                    self.users.insert(sender.clone());
                    self.peers
                        .entry(sender.clone())
                        .or_default()
                        .insert(to.clone());
                    self.peers
                        .entry(to.clone())
                        .or_default()
                        .insert(sender.clone());
                }
                let event = self.append(
                    conversation.clone(),
                    sender,
                    EventKind::Message {
                        text,
                        client_message_id,
                    },
                );
                if let Some(key) = id_key {
                    self.client_ids
                        .insert(key, (conversation.clone(), event.seq));
                }
                Ok((
                    Applied {
                        conversation,
                        seq: event.seq,
                        unchanged: false,
                    },
                    Some(event),
                ))
            }
        }
    }
}

#[async_trait]
impl Store for MemoryStore {
    async fn register_user(&self, user: &UserName) -> Result<()> {
        self.state().users.insert(user.clone());
        Ok(())
    }

    async fn apply(&self, command: Command) -> Result<Applied> {
        let mut state = self.state();
        let (applied, event) = state.apply(command)?;
        if let Some(event) = event {
            self.fanout.publish(&[event]);
        }
        Ok(applied)
    }

    async fn read(
        &self,
        conversation: &ConversationKey,
        range: ReadRange,
        limit: usize,
    ) -> Result<Vec<Arc<Event>>> {
        let state = self.state();
        let Some(log) = state.logs.get(conversation) else {
            return Ok(Vec::new());
        };
        let len = log.len();
        let (start, end) = match range {
            ReadRange::After(after) => {
                let start = usize::try_from(after).unwrap_or(usize::MAX).min(len);
                (start, start.saturating_add(limit).min(len))
            }
            ReadRange::Before(before) => {
                let end = usize::try_from(before.saturating_sub(1))
                    .unwrap_or(usize::MAX)
                    .min(len);
                (end.saturating_sub(limit), end)
            }
            ReadRange::Latest => (len.saturating_sub(limit), len),
        };
        Ok(log[start..end].to_vec())
    }

    async fn last_seq(&self, conversation: &ConversationKey) -> Result<Seq> {
        Ok(self.state().last_seq(conversation))
    }

    async fn rooms_of(&self, user: &UserName) -> Result<Vec<RoomName>> {
        Ok(self
            .state()
            .members
            .iter()
            .filter(|(_, members)| members.contains(user))
            .map(|(room, _)| room.clone())
            .collect())
    }

    async fn is_member(&self, room: &RoomName, user: &UserName) -> Result<bool> {
        Ok(self
            .state()
            .members
            .get(room)
            .is_some_and(|m| m.contains(user)))
    }

    async fn room(&self, room: &RoomName) -> Result<RoomSummary> {
        let state = self.state();
        let members = state
            .members
            .get(room)
            .ok_or_else(|| Error::UnknownRoom(room.to_string()))?;
        Ok(RoomSummary {
            name: room.clone(),
            members: members.iter().cloned().collect(),
            last_seq: state.last_seq(&ConversationKey::Room(room.clone())),
        })
    }

    async fn rooms(&self) -> Result<Vec<RoomSummary>> {
        let state = self.state();
        Ok(state
            .members
            .iter()
            .map(|(room, members)| RoomSummary {
                name: room.clone(),
                members: members.iter().cloned().collect(),
                last_seq: state.last_seq(&ConversationKey::Room(room.clone())),
            })
            .collect())
    }

    async fn private_conversations(&self, user: &UserName) -> Result<Vec<(UserName, Seq)>> {
        let state = self.state();
        Ok(state
            .peers
            .get(user)
            .into_iter()
            .flatten()
            .map(|peer| {
                (
                    peer.clone(),
                    state.last_seq(&ConversationKey::private(user, peer)),
                )
            })
            .collect())
    }

    async fn private_cursors(&self, user: &UserName) -> Result<Vec<(UserName, Seq)>> {
        Ok(self
            .state()
            .private_cursors
            .get(user)
            .into_iter()
            .flatten()
            .map(|(peer, seq)| (peer.clone(), *seq))
            .collect())
    }

    async fn save_private_cursors(
        &self,
        user: &UserName,
        cursors: &[(UserName, Seq)],
    ) -> Result<()> {
        let mut state = self.state();
        let saved = state.private_cursors.entry(user.clone()).or_default();
        for (peer, seq) in cursors {
            let entry = saved.entry(peer.clone()).or_default();
            *entry = (*entry).max(*seq);
        }
        Ok(())
    }

    async fn flush(&self) -> Result<()> {
        Ok(())
    }
}
