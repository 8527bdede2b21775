//! The in-memory store: everything in one mutex-guarded state, nothing
//! kept across restarts. For tests and throwaway runs. The state answers
//! the command rules' `Tx` over its maps; the rules are in `rules.rs`.
//!
//! A std mutex is right here: every operation is short and never awaits
//! while holding it, and publishing to the fan-out under the lock is what
//! keeps each conversation's events published in seq order.

use std::{
    collections::{BTreeMap, BTreeSet, HashMap, HashSet},
    ops::Bound,
    sync::{Arc, Mutex, MutexGuard},
};

use async_trait::async_trait;

use super::{
    rules::{self, Tx},
    Applied, Command, Fanout, ReadRange, RoomSummary, Store,
};
use crate::{
    error::{Error, Result},
    model::{ConversationKey, Event, EventKind, RoomName, Seq, UserName},
};

/// A store that lives and dies with the process.
pub struct MemoryStore {
    /// All data, behind one lock.
    state: Mutex<State>,
    /// Where committed events go.
    fanout: Arc<dyn Fanout>,
    /// Never turns true: memory does not fail.
    failing: tokio::sync::watch::Sender<bool>,
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
    /// Sender → client message id → where the message was stored.
    client_ids: HashMap<UserName, HashMap<Arc<str>, (ConversationKey, Seq)>>,
    /// User → peer → where the user's sessions left off.
    private_cursors: HashMap<UserName, HashMap<UserName, Seq>>,
}

impl MemoryStore {
    /// An empty store that publishes to `fanout`.
    pub fn new(fanout: Arc<dyn Fanout>) -> Self {
        Self {
            state: Mutex::new(State::default()),
            fanout,
            failing: tokio::sync::watch::Sender::new(false),
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
    fn latest_seq(&self, conversation: &ConversationKey) -> Seq {
        self.logs
            .get(conversation)
            .map_or(0, |log| log.len() as Seq)
    }
}

/// The state is its own transaction: the store's lock is held for the
/// whole command, and a refused command has written nothing.
impl Tx for State {
    fn user_exists(&self, user: &UserName) -> Result<bool> {
        Ok(self.users.contains(user))
    }

    fn add_user(&mut self, user: &UserName) -> Result<()> {
        self.users.insert(user.clone());
        Ok(())
    }

    fn is_member(&self, room: &RoomName, user: &UserName) -> Result<bool> {
        Ok(self.members.get(room).is_some_and(|m| m.contains(user)))
    }

    fn add_member(&mut self, room: &RoomName, user: &UserName) -> Result<bool> {
        Ok(self
            .members
            .entry(room.clone())
            .or_default()
            .insert(user.clone()))
    }

    fn remove_member(&mut self, room: &RoomName, user: &UserName) -> Result<bool> {
        Ok(self.members.get_mut(room).is_some_and(|m| m.remove(user)))
    }

    fn find_by_client_id(
        &self,
        sender: &UserName,
        id: &str,
    ) -> Result<Option<(ConversationKey, Seq)>> {
        Ok(self
            .client_ids
            .get(sender)
            .and_then(|ids| ids.get(id))
            .cloned())
    }

    fn last_seq(&self, conversation: &ConversationKey) -> Result<Seq> {
        Ok(self.latest_seq(conversation))
    }

    fn append(&mut self, event: &Arc<Event>) -> Result<()> {
        let at = (event.conversation.clone(), event.seq);
        if let EventKind::Message {
            client_message_id, ..
        } = &event.kind
        {
            if let Some(id) = client_message_id.get() {
                self.client_ids
                    .entry(event.sender.clone())
                    .or_default()
                    .insert(Arc::from(id), at);
            }
        }
        if let ConversationKey::Private(a, b) = &event.conversation {
            self.peers.entry(a.clone()).or_default().insert(b.clone());
            self.peers.entry(b.clone()).or_default().insert(a.clone());
        }
        let log = self.logs.entry(event.conversation.clone()).or_default();
        debug_assert_eq!(event.seq, log.len() as Seq + 1, "seq out of order");
        log.push(event.clone());
        Ok(())
    }
}

#[async_trait]
impl Store for MemoryStore {
    async fn register_user(&self, user: &UserName) -> Result<()> {
        self.state().add_user(user)
    }

    async fn apply(&self, command: Command) -> Result<Applied> {
        let mut state = self.state();
        let outcome = rules::apply(&mut *state, command)?;
        if let Some(event) = outcome.stored {
            self.fanout.publish(&[event]);
        }
        Ok(outcome.applied)
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
        Ok(self.state().latest_seq(conversation))
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
        self.state().is_member(room, user)
    }

    async fn rooms(&self, after: Option<&RoomName>, limit: usize) -> Result<Vec<RoomSummary>> {
        let state = self.state();
        let from = after.map_or(Bound::Unbounded, Bound::Excluded);
        Ok(state
            .members
            .range::<RoomName, _>((from, Bound::Unbounded))
            .take(limit)
            .map(|(room, members)| RoomSummary {
                name: room.clone(),
                members: members.iter().cloned().collect(),
                last_seq: state.latest_seq(&ConversationKey::Room(room.clone())),
            })
            .collect())
    }

    async fn members(
        &self,
        room: &RoomName,
        after: Option<&UserName>,
        limit: usize,
    ) -> Result<Vec<UserName>> {
        let state = self.state();
        let members = state
            .members
            .get(room)
            .ok_or_else(|| Error::UnknownRoom(room.to_string()))?;
        let from = after.map_or(Bound::Unbounded, Bound::Excluded);
        Ok(members
            .range::<UserName, _>((from, Bound::Unbounded))
            .take(limit)
            .cloned()
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
                    state.latest_seq(&ConversationKey::private(user, peer)),
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

    fn failing(&self) -> tokio::sync::watch::Receiver<bool> {
        self.failing.subscribe()
    }

    async fn probe(&self) -> Result<()> {
        Ok(())
    }
}
