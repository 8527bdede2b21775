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
    reads::ReadState,
    rules::{self, MessageFacts, RoomFacts, Tx},
    search, Annotation, Applied, Command, Fanout, ReadRange, RoomSummary, Standing, Store,
};
use crate::{
    error::{Error, Result},
    model::{
        ConversationKey, Event, EventKind, Note, Reaction, Role, RoomName, Seq, Text, UserName,
    },
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
    /// Room → what it is.
    rooms: BTreeMap<RoomName, RoomFacts>,
    /// User → how many rooms they created.
    created: HashMap<UserName, usize>,
    /// Room → members and their roles.
    members: BTreeMap<RoomName, BTreeMap<UserName, Role>>,
    /// Room → users invited and not yet members.
    invited: HashMap<RoomName, BTreeSet<UserName>>,
    /// Room → users banned.
    banned: HashMap<RoomName, BTreeSet<UserName>>,
    /// User → the users whose private messages they refuse.
    blocks: HashMap<UserName, BTreeSet<UserName>>,
    /// Every conversation's log; index i holds seq i + 1.
    logs: HashMap<ConversationKey, Vec<Arc<Event>>>,
    /// User → peers they have a private conversation with.
    peers: HashMap<UserName, BTreeSet<UserName>>,
    /// Sender → client message id → where the message was stored.
    client_ids: HashMap<UserName, HashMap<Arc<str>, (ConversationKey, Seq)>>,
    /// User → peer → where the user's sessions left off.
    private_cursors: HashMap<UserName, HashMap<UserName, Seq>>,
    /// Conversation → message seq → the seqs of its edits, in order.
    edits: HashMap<ConversationKey, BTreeMap<Seq, Vec<Seq>>>,
    /// Conversation → message seq → reaction → who gave it.
    reactions: HashMap<ConversationKey, BTreeMap<Seq, BTreeMap<Reaction, BTreeSet<UserName>>>>,
    /// User → conversation → read position.
    read: HashMap<UserName, HashMap<ConversationKey, Seq>>,
    /// Users whose private peers see their read position.
    receipts: HashSet<UserName>,
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
    /// The one definition of unread here: messages after `read_seq` in
    /// `conversation` sent by someone other than `user`.
    fn unread_count(&self, user: &UserName, conversation: &ConversationKey, read_seq: Seq) -> u64 {
        let Some(log) = self.logs.get(conversation) else {
            return 0;
        };
        let from = usize::try_from(read_seq)
            .unwrap_or(usize::MAX)
            .min(log.len());
        log[from..]
            .iter()
            .filter(|event| {
                matches!(event.kind, EventKind::Message { deleted: false, .. })
                    && &event.sender != user
            })
            .count() as u64
    }

    fn latest_seq(&self, conversation: &ConversationKey) -> Seq {
        self.logs
            .get(conversation)
            .map_or(0, |log| log.len() as Seq)
    }

    fn summary(&self, room: &RoomName, facts: &RoomFacts) -> RoomSummary {
        RoomSummary {
            name: room.clone(),
            members: self
                .members
                .get(room)
                .into_iter()
                .flatten()
                .map(|(user, role)| (user.clone(), *role))
                .collect(),
            last_seq: self.latest_seq(&ConversationKey::Room(room.clone())),
            private: facts.private,
            topic: facts.topic.clone(),
            invited: self
                .invited
                .get(room)
                .into_iter()
                .flatten()
                .cloned()
                .collect(),
        }
    }
}

/// Adds or removes `user` in the set under `key`.
fn set_in<K: std::hash::Hash + Eq + Clone>(
    map: &mut HashMap<K, BTreeSet<UserName>>,
    key: &K,
    user: &UserName,
    present: bool,
) {
    if present {
        map.entry(key.clone()).or_default().insert(user.clone());
    } else if let Some(set) = map.get_mut(key) {
        set.remove(user);
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

    fn room(&self, room: &RoomName) -> Result<Option<RoomFacts>> {
        Ok(self.rooms.get(room).cloned())
    }

    fn rooms_created_by(&self, user: &UserName) -> Result<usize> {
        Ok(self.created.get(user).copied().unwrap_or(0))
    }

    fn create_room(&mut self, room: &RoomName, owner: &UserName, private: bool) -> Result<()> {
        let facts = RoomFacts {
            private,
            owner: Some(owner.clone()),
            topic: Note::default(),
        };
        self.rooms.insert(room.clone(), facts);
        *self.created.entry(owner.clone()).or_default() += 1;
        Ok(())
    }

    fn set_topic(&mut self, room: &RoomName, topic: &Note) -> Result<()> {
        if let Some(facts) = self.rooms.get_mut(room) {
            facts.topic = topic.clone();
        }
        Ok(())
    }

    fn role(&self, room: &RoomName, user: &UserName) -> Result<Option<Role>> {
        Ok(self.members.get(room).and_then(|m| m.get(user)).copied())
    }

    fn add_member(&mut self, room: &RoomName, user: &UserName, role: Role) -> Result<bool> {
        let members = self.members.entry(room.clone()).or_default();
        if members.contains_key(user) {
            return Ok(false);
        }
        members.insert(user.clone(), role);
        Ok(true)
    }

    fn set_role(&mut self, room: &RoomName, user: &UserName, role: Role) -> Result<()> {
        if let Some(current) = self.members.get_mut(room).and_then(|m| m.get_mut(user)) {
            *current = role;
        }
        Ok(())
    }

    fn remove_member(&mut self, room: &RoomName, user: &UserName) -> Result<bool> {
        Ok(self
            .members
            .get_mut(room)
            .is_some_and(|m| m.remove(user).is_some()))
    }

    fn is_invited(&self, room: &RoomName, user: &UserName) -> Result<bool> {
        Ok(self.invited.get(room).is_some_and(|i| i.contains(user)))
    }

    fn set_invited(&mut self, room: &RoomName, user: &UserName, invited: bool) -> Result<()> {
        set_in(&mut self.invited, room, user, invited);
        Ok(())
    }

    fn is_banned(&self, room: &RoomName, user: &UserName) -> Result<bool> {
        Ok(self.banned.get(room).is_some_and(|b| b.contains(user)))
    }

    fn set_banned(&mut self, room: &RoomName, user: &UserName, banned: bool) -> Result<()> {
        set_in(&mut self.banned, room, user, banned);
        Ok(())
    }

    fn is_blocked(&self, by: &UserName, user: &UserName) -> Result<bool> {
        Ok(self.blocks.get(by).is_some_and(|b| b.contains(user)))
    }

    fn set_blocked(&mut self, by: &UserName, user: &UserName, blocked: bool) -> Result<()> {
        set_in(&mut self.blocks, by, user, blocked);
        Ok(())
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
        if let EventKind::Edited { of, .. } = &event.kind {
            self.edits
                .entry(event.conversation.clone())
                .or_default()
                .entry(*of)
                .or_default()
                .push(event.seq);
        }
        let log = self.logs.entry(event.conversation.clone()).or_default();
        debug_assert_eq!(event.seq, log.len() as Seq + 1, "seq out of order");
        log.push(event.clone());
        Ok(())
    }

    fn message_at(&self, conversation: &ConversationKey, seq: Seq) -> Result<Option<MessageFacts>> {
        Ok(self
            .event_at(conversation, seq)
            .and_then(|event| match &event.kind {
                EventKind::Message { deleted, .. } => Some(MessageFacts {
                    sender: event.sender.clone(),
                    deleted: *deleted,
                }),
                _ => None,
            }))
    }

    fn erase_message(&mut self, conversation: &ConversationKey, seq: Seq) -> Result<()> {
        let edits = self
            .edits
            .get(conversation)
            .and_then(|edits| edits.get(&seq))
            .cloned()
            .unwrap_or_default();
        if let Some(reactions) = self.reactions.get_mut(conversation) {
            reactions.remove(&seq);
        }
        let Some(log) = self.logs.get_mut(conversation) else {
            return Ok(());
        };
        for at in std::iter::once(seq).chain(edits) {
            let Some(slot) = usize::try_from(at)
                .ok()
                .and_then(|at| at.checked_sub(1))
                .and_then(|index| log.get_mut(index))
            else {
                continue;
            };
            let mut erased = Event::clone(slot);
            erased.wire = Default::default();
            erased.kind = match erased.kind {
                EventKind::Message {
                    client_message_id,
                    reply_to,
                    ..
                } => EventKind::Message {
                    text: Text::from_stored(""),
                    client_message_id,
                    reply_to,
                    deleted: true,
                },
                EventKind::Edited { of, .. } => EventKind::Edited {
                    of,
                    text: Text::from_stored(""),
                },
                other => other,
            };
            *slot = Arc::new(erased);
        }
        Ok(())
    }

    fn has_reaction(
        &self,
        conversation: &ConversationKey,
        seq: Seq,
        user: &UserName,
        reaction: &Reaction,
    ) -> Result<bool> {
        Ok(self
            .reactions
            .get(conversation)
            .and_then(|r| r.get(&seq))
            .and_then(|r| r.get(reaction))
            .is_some_and(|users| users.contains(user)))
    }

    fn set_reaction(
        &mut self,
        conversation: &ConversationKey,
        seq: Seq,
        user: &UserName,
        reaction: &Reaction,
        present: bool,
    ) -> Result<()> {
        let of_message = self
            .reactions
            .entry(conversation.clone())
            .or_default()
            .entry(seq)
            .or_default();
        if present {
            of_message
                .entry(reaction.clone())
                .or_default()
                .insert(user.clone());
        } else if let Some(users) = of_message.get_mut(reaction) {
            users.remove(user);
            if users.is_empty() {
                of_message.remove(reaction);
            }
        }
        Ok(())
    }
}

impl State {
    fn event_at(&self, conversation: &ConversationKey, seq: Seq) -> Option<&Arc<Event>> {
        let index = usize::try_from(seq).ok()?.checked_sub(1)?;
        self.logs.get(conversation)?.get(index)
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

    async fn search(
        &self,
        words: &search::Words,
        conversations: &[ConversationKey],
        before: &search::Before,
        limit: usize,
    ) -> Result<Vec<search::Hit>> {
        let state = self.state();
        let mut hits = Vec::new();
        for conversation in conversations {
            let key = crate::server::store::sqlite::schema::key_text(conversation);
            for event in state.logs.get(conversation).into_iter().flatten() {
                let EventKind::Message {
                    text,
                    deleted: false,
                    ..
                } = &event.kind
                else {
                    continue;
                };
                if !before.admits(event.time_ms, &key, event.seq) {
                    continue;
                }
                let latest = state
                    .edits
                    .get(conversation)
                    .and_then(|edits| edits.get(&event.seq))
                    .and_then(|edits| edits.last())
                    .and_then(|at| state.event_at(conversation, *at));
                let (text, edited) = match latest.map(|e| &e.kind) {
                    Some(EventKind::Edited { text, .. }) => (text.clone(), true),
                    _ => (text.clone(), false),
                };
                if words.found_in(text.as_str()) {
                    hits.push((
                        key.clone(),
                        search::Hit {
                            event: event.clone(),
                            text,
                            edited,
                        },
                    ));
                }
            }
        }
        hits.sort_by(|(a_key, a), (b_key, b)| {
            (b.event.time_ms, b_key, b.event.seq).cmp(&(a.event.time_ms, a_key, a.event.seq))
        });
        Ok(hits.into_iter().take(limit).map(|(_, hit)| hit).collect())
    }

    async fn annotations(
        &self,
        conversation: &ConversationKey,
        first: Seq,
        last: Seq,
    ) -> Result<BTreeMap<Seq, Annotation>> {
        let state = self.state();
        let mut found: BTreeMap<Seq, Annotation> = BTreeMap::new();
        if first > last {
            return Ok(found);
        }
        if let Some(edits) = state.edits.get(conversation) {
            for (seq, edits) in edits.range(first..=last) {
                let latest = edits
                    .last()
                    .and_then(|at| state.event_at(conversation, *at));
                if let Some(EventKind::Edited { text, .. }) = latest.map(|e| &e.kind) {
                    found.entry(*seq).or_default().latest_text = Some(text.clone());
                }
            }
        }
        if let Some(reactions) = state.reactions.get(conversation) {
            for (seq, reactions) in reactions.range(first..=last) {
                for (reaction, users) in reactions {
                    if !users.is_empty() {
                        let count = u32::try_from(users.len()).unwrap_or(u32::MAX);
                        found
                            .entry(*seq)
                            .or_default()
                            .reactions
                            .push((reaction.clone(), count));
                    }
                }
            }
        }
        Ok(found)
    }

    async fn reachable(&self, from: &UserName, to: &UserName) -> Result<bool> {
        let state = self.state();
        if !state.user_exists(to)? {
            return Err(Error::UnknownUser(to.to_string()));
        }
        Ok(!state.is_blocked(to, from)?)
    }

    async fn rooms_of(&self, user: &UserName) -> Result<Vec<RoomName>> {
        Ok(self
            .state()
            .members
            .iter()
            .filter(|(_, members)| members.contains_key(user))
            .map(|(room, _)| room.clone())
            .collect())
    }

    async fn standing(&self, room: &RoomName, user: &UserName) -> Result<Standing> {
        rules::standing(&*self.state(), room, user)
    }

    async fn room(&self, room: &RoomName) -> Result<RoomSummary> {
        let state = self.state();
        let facts = state
            .rooms
            .get(room)
            .ok_or_else(|| Error::UnknownRoom(room.to_string()))?;
        Ok(state.summary(room, facts))
    }

    async fn rooms(&self, after: Option<&RoomName>, limit: usize) -> Result<Vec<RoomSummary>> {
        let state = self.state();
        let from = after.map_or(Bound::Unbounded, Bound::Excluded);
        Ok(state
            .rooms
            .range::<RoomName, _>((from, Bound::Unbounded))
            .take(limit)
            .map(|(room, facts)| state.summary(room, facts))
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

    async fn mark_read(
        &self,
        user: &UserName,
        conversation: &ConversationKey,
        seq: Seq,
    ) -> Result<(Seq, bool)> {
        let mut state = self.state();
        let position = state
            .read
            .entry(user.clone())
            .or_default()
            .entry(conversation.clone())
            .or_default();
        let previous = *position;
        *position = previous.max(seq);
        Ok((*position, seq > previous))
    }

    async fn read_states(
        &self,
        user: &UserName,
        conversations: &[ConversationKey],
    ) -> Result<Vec<ReadState>> {
        let state = self.state();
        let positions = state.read.get(user);
        Ok(conversations
            .iter()
            .map(|conversation| {
                let read_seq = positions
                    .and_then(|p| p.get(conversation))
                    .copied()
                    .unwrap_or(0);
                ReadState {
                    read_seq,
                    unread: state.unread_count(user, conversation, read_seq),
                }
            })
            .collect())
    }

    async fn set_read_receipts(&self, user: &UserName, enabled: bool) -> Result<bool> {
        let mut state = self.state();
        Ok(if enabled {
            state.receipts.insert(user.clone())
        } else {
            state.receipts.remove(user)
        })
    }

    async fn read_receipts(&self, user: &UserName) -> Result<bool> {
        Ok(self.state().receipts.contains(user))
    }

    fn failing(&self) -> tokio::sync::watch::Receiver<bool> {
        self.failing.subscribe()
    }

    async fn probe(&self) -> Result<()> {
        Ok(())
    }
}
