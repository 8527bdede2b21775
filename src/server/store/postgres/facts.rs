//! What one transaction knows of the tables, and what it changed: the
//! command rules' [`Tx`] over PostgreSQL without a round trip per call.
//!
//! The writer reads, at the start of a batch and inside its transaction,
//! every fact the batch's commands will ask about (after locking their
//! conversations' counter rows, so nothing they depend on can change
//! before COMMIT); the rules then run over these [`Facts`], which record
//! each change as the value before and after. A fact nobody fetched is
//! asked of the database through a [`Fetch`], in the same transaction, so
//! a missed prefetch costs a round trip, never a wrong answer. At the end
//! the writer turns the differences into a few multi-row statements.
//!
//! The read paths (Standing) fill a [`Facts`] with one query and run the
//! same rules' functions over it, with no [`Fetch`].

use std::{
    cell::RefCell,
    collections::{BTreeMap, HashMap},
    hash::Hash,
    sync::Arc,
};

use crate::{
    error::{Error, Result},
    model::{ConversationKey, Event, EventKind, Note, Reaction, Role, RoomName, Seq, UserName},
    server::store::rules::{MessageFacts, RoomFacts, Tx},
};

/// A fact as first read and as it is now.
#[derive(Clone, Debug)]
pub(crate) struct Slot<V> {
    /// As the database had it.
    pub(crate) before: V,
    /// After this transaction's changes.
    pub(crate) now: V,
}

/// Facts of one kind, by key.
#[derive(Debug)]
pub(crate) struct Known<K, V>(HashMap<K, Slot<V>>);

impl<K, V> Default for Known<K, V> {
    fn default() -> Self {
        Self(HashMap::new())
    }
}

impl<K: Eq + Hash + Ord + Clone, V: Clone + PartialEq> Known<K, V> {
    /// The fact now, if known.
    pub(crate) fn get(&self, key: &K) -> Option<&V> {
        self.0.get(key).map(|slot| &slot.now)
    }

    /// Records what the database holds (nothing if already known).
    pub(crate) fn learn(&mut self, key: K, value: V) {
        self.0.entry(key).or_insert_with(|| Slot {
            before: value.clone(),
            now: value,
        });
    }

    /// Changes a known fact; `unknown` is what it was if nobody read it.
    fn set(&mut self, key: K, value: V, unknown: V) {
        self.0
            .entry(key)
            .or_insert_with(|| Slot {
                before: unknown.clone(),
                now: unknown,
            })
            .now = value;
    }

    /// Whether it is known.
    pub(crate) fn knows(&self, key: &K) -> bool {
        self.0.contains_key(key)
    }

    /// The facts that changed, in key order (so every node writes rows in
    /// one order).
    pub(crate) fn changed(&self) -> BTreeMap<&K, &Slot<V>> {
        self.0
            .iter()
            .filter(|(_, slot)| slot.before != slot.now)
            .collect()
    }
}

/// Everything a batch knows and changed.
#[derive(Debug, Default)]
pub(crate) struct Facts {
    /// Whether each user exists.
    pub(crate) users: Known<UserName, bool>,
    /// Each room, or `None` if there is none of that name.
    pub(crate) rooms: Known<RoomName, Option<RoomFacts>>,
    /// How many rooms each user has created.
    pub(crate) created: Known<UserName, usize>,
    /// Each (room, user)'s role, `None` for no member.
    pub(crate) members: Known<(RoomName, UserName), Option<Role>>,
    /// Each (room, user) invitation.
    pub(crate) invites: Known<(RoomName, UserName), bool>,
    /// Each (room, user) ban.
    pub(crate) bans: Known<(RoomName, UserName), bool>,
    /// Each (user, blocked) block.
    pub(crate) blocks: Known<(UserName, UserName), bool>,
    /// Where each (sender, client message id) was stored, if it was.
    pub(crate) client_ids: Known<(UserName, String), Option<(ConversationKey, Seq)>>,
    /// Each conversation's latest seq (its counter row, locked).
    pub(crate) last_seqs: Known<ConversationKey, Seq>,
    /// The events appended, in order.
    pub(crate) events: Vec<Arc<Event>>,
    /// Each (conversation, seq)'s message, `None` for no message there.
    pub(crate) messages: Known<(ConversationKey, Seq), Option<MessageFacts>>,
    /// The messages deleted (to erase), in order.
    pub(crate) erased: Vec<(ConversationKey, Seq)>,
    /// Each (conversation, seq, reaction, user): whether given.
    pub(crate) reactions: Known<(ConversationKey, Seq, Reaction, UserName), bool>,
    /// How many changes were made, to tell that a refused command made
    /// none.
    pub(crate) writes: usize,
}

/// Asks the database, inside the transaction, for a fact nobody fetched.
pub(crate) trait Fetch {
    /// Whether the user exists.
    fn user_exists(&mut self, user: &UserName) -> Result<bool>;
    /// The room, if it exists.
    fn room(&mut self, room: &RoomName) -> Result<Option<RoomFacts>>;
    /// How many rooms the user created.
    fn rooms_created_by(&mut self, user: &UserName) -> Result<usize>;
    /// The user's role in the room, if a member.
    fn role(&mut self, room: &RoomName, user: &UserName) -> Result<Option<Role>>;
    /// Whether the user is invited to the room.
    fn invited(&mut self, room: &RoomName, user: &UserName) -> Result<bool>;
    /// Whether the user is banned from the room.
    fn banned(&mut self, room: &RoomName, user: &UserName) -> Result<bool>;
    /// Whether `by` blocks `user`.
    fn blocked(&mut self, by: &UserName, user: &UserName) -> Result<bool>;
    /// Where the message was stored, if it was.
    fn client_id(&mut self, sender: &UserName, id: &str) -> Result<Option<(ConversationKey, Seq)>>;
    /// The conversation's latest seq, locking its counter row.
    fn last_seq(&mut self, conversation: &ConversationKey) -> Result<Seq>;
    /// The message stored at `seq`, if there is one.
    fn message_at(
        &mut self,
        conversation: &ConversationKey,
        seq: Seq,
    ) -> Result<Option<MessageFacts>>;
    /// Whether `user` gave the message at `seq` this reaction.
    fn reaction(
        &mut self,
        conversation: &ConversationKey,
        seq: Seq,
        user: &UserName,
        reaction: &Reaction,
    ) -> Result<bool>;
}

/// The rules' view of a transaction: [`Facts`], with what is missing
/// fetched (or, without a [`Fetch`], refused as a bug).
pub(crate) struct FactsTx<'a> {
    facts: RefCell<Facts>,
    fetch: Option<RefCell<&'a mut dyn Fetch>>,
}

impl<'a> FactsTx<'a> {
    /// Over `facts`, fetching what is missing through `fetch`.
    pub(crate) fn new(facts: Facts, fetch: Option<&'a mut dyn Fetch>) -> Self {
        Self {
            facts: RefCell::new(facts),
            fetch: fetch.map(RefCell::new),
        }
    }

    /// The facts, with the changes made.
    pub(crate) fn into_facts(self) -> Facts {
        self.facts.into_inner()
    }

    /// How many changes were made so far.
    pub(crate) fn writes(&self) -> usize {
        self.facts.borrow().writes
    }

    /// The fact `get` reads, fetched with `fetch` and learnt if missing.
    fn known<K, V>(
        &self,
        table: impl Fn(&mut Facts) -> &mut Known<K, V>,
        key: &K,
        fetch: impl FnOnce(&mut dyn Fetch) -> Result<V>,
    ) -> Result<V>
    where
        K: Eq + Hash + Ord + Clone,
        V: Clone + PartialEq,
    {
        if let Some(value) = table(&mut self.facts.borrow_mut()).get(key).cloned() {
            return Ok(value);
        }
        let Some(fetcher) = &self.fetch else {
            return Err(Error::Storage(
                "a fact was not read before the rules needed it".into(),
            ));
        };
        let value = {
            let mut db = fetcher.borrow_mut();
            fetch(&mut **db)?
        };
        table(&mut self.facts.borrow_mut()).learn(key.clone(), value.clone());
        Ok(value)
    }

    /// Reads the fact first (so its value before is known), then sets it.
    fn change<K, V>(
        &mut self,
        table: impl Fn(&mut Facts) -> &mut Known<K, V>,
        key: K,
        fetch: impl FnOnce(&mut dyn Fetch) -> Result<V>,
        value: V,
    ) -> Result<V>
    where
        K: Eq + Hash + Ord + Clone,
        V: Clone + PartialEq,
    {
        let old = self.known(&table, &key, fetch)?;
        let facts = self.facts.get_mut();
        table(facts).set(key, value, old.clone());
        facts.writes += 1;
        Ok(old)
    }
}

fn pair<A: Clone, B: Clone>(a: &A, b: &B) -> (A, B) {
    (a.clone(), b.clone())
}

impl Tx for FactsTx<'_> {
    fn user_exists(&self, user: &UserName) -> Result<bool> {
        self.known(|f| &mut f.users, user, |db| db.user_exists(user))
    }

    fn add_user(&mut self, user: &UserName) -> Result<()> {
        let facts = self.facts.get_mut();
        if facts.users.get(user) == Some(&true) {
            return Ok(());
        }
        // Written as "insert if not there": no need to read first.
        facts.users.set(user.clone(), true, false);
        facts.writes += 1;
        Ok(())
    }

    fn room(&self, room: &RoomName) -> Result<Option<RoomFacts>> {
        self.known(|f| &mut f.rooms, room, |db| db.room(room))
    }

    fn rooms_created_by(&self, user: &UserName) -> Result<usize> {
        self.known(|f| &mut f.created, user, |db| db.rooms_created_by(user))
    }

    fn create_room(&mut self, room: &RoomName, owner: &UserName, private: bool) -> Result<()> {
        let facts = RoomFacts {
            private,
            owner: Some(owner.clone()),
            topic: Note::default(),
        };
        self.change(
            |f| &mut f.rooms,
            room.clone(),
            |db| db.room(room),
            Some(facts),
        )?;
        let created = self.rooms_created_by(owner)?;
        self.change(
            |f| &mut f.created,
            owner.clone(),
            |db| db.rooms_created_by(owner),
            created + 1,
        )?;
        // A new room's log starts at 0 (its counter row is locked already).
        self.facts
            .get_mut()
            .last_seqs
            .learn(ConversationKey::Room(room.clone()), 0);
        Ok(())
    }

    fn set_topic(&mut self, room: &RoomName, topic: &Note) -> Result<()> {
        let Some(mut facts) = self.room(room)? else {
            return Err(Error::UnknownRoom(room.to_string()));
        };
        facts.topic = topic.clone();
        self.change(
            |f| &mut f.rooms,
            room.clone(),
            |db| db.room(room),
            Some(facts),
        )
        .map(drop)
    }

    fn role(&self, room: &RoomName, user: &UserName) -> Result<Option<Role>> {
        self.known(
            |f| &mut f.members,
            &pair(room, user),
            |db| db.role(room, user),
        )
    }

    fn add_member(&mut self, room: &RoomName, user: &UserName, role: Role) -> Result<bool> {
        if self.role(room, user)?.is_some() {
            return Ok(false);
        }
        self.set_role(room, user, role)?;
        Ok(true)
    }

    fn set_role(&mut self, room: &RoomName, user: &UserName, role: Role) -> Result<()> {
        self.change(
            |f| &mut f.members,
            pair(room, user),
            |db| db.role(room, user),
            Some(role),
        )
        .map(drop)
    }

    fn remove_member(&mut self, room: &RoomName, user: &UserName) -> Result<bool> {
        if self.role(room, user)?.is_none() {
            return Ok(false);
        }
        self.change(
            |f| &mut f.members,
            pair(room, user),
            |db| db.role(room, user),
            None,
        )?;
        Ok(true)
    }

    fn is_invited(&self, room: &RoomName, user: &UserName) -> Result<bool> {
        self.known(
            |f| &mut f.invites,
            &pair(room, user),
            |db| db.invited(room, user),
        )
    }

    fn set_invited(&mut self, room: &RoomName, user: &UserName, invited: bool) -> Result<()> {
        self.change(
            |f| &mut f.invites,
            pair(room, user),
            |db| db.invited(room, user),
            invited,
        )
        .map(drop)
    }

    fn is_banned(&self, room: &RoomName, user: &UserName) -> Result<bool> {
        self.known(
            |f| &mut f.bans,
            &pair(room, user),
            |db| db.banned(room, user),
        )
    }

    fn set_banned(&mut self, room: &RoomName, user: &UserName, banned: bool) -> Result<()> {
        self.change(
            |f| &mut f.bans,
            pair(room, user),
            |db| db.banned(room, user),
            banned,
        )
        .map(drop)
    }

    fn is_blocked(&self, by: &UserName, user: &UserName) -> Result<bool> {
        self.known(
            |f| &mut f.blocks,
            &pair(by, user),
            |db| db.blocked(by, user),
        )
    }

    fn set_blocked(&mut self, by: &UserName, user: &UserName, blocked: bool) -> Result<()> {
        self.change(
            |f| &mut f.blocks,
            pair(by, user),
            |db| db.blocked(by, user),
            blocked,
        )
        .map(drop)
    }

    fn find_by_client_id(
        &self,
        sender: &UserName,
        id: &str,
    ) -> Result<Option<(ConversationKey, Seq)>> {
        let key = (sender.clone(), id.to_owned());
        self.known(|f| &mut f.client_ids, &key, |db| db.client_id(sender, id))
    }

    fn last_seq(&self, conversation: &ConversationKey) -> Result<Seq> {
        self.known(
            |f| &mut f.last_seqs,
            conversation,
            |db| db.last_seq(conversation),
        )
    }

    fn append(&mut self, event: &Arc<Event>) -> Result<()> {
        let last = self.last_seq(&event.conversation)?;
        if event.seq != last + 1 {
            return Err(Error::Storage(format!(
                "an event of seq {} after {last}",
                event.seq
            )));
        }
        self.change(
            |f| &mut f.last_seqs,
            event.conversation.clone(),
            |_| Ok(last),
            event.seq,
        )?;
        if let crate::model::EventKind::Message {
            client_message_id, ..
        } = &event.kind
        {
            if let Some(id) = client_message_id.get() {
                let key = (event.sender.clone(), id.to_owned());
                let place = Some((event.conversation.clone(), event.seq));
                self.facts.get_mut().client_ids.set(key, place, None);
            }
        }
        let facts = self.facts.get_mut();
        if let EventKind::Message { .. } = &event.kind {
            let key = (event.conversation.clone(), event.seq);
            let message = Some(MessageFacts {
                sender: event.sender.clone(),
                deleted: false,
            });
            facts.messages.set(key, message, None);
        }
        facts.events.push(event.clone());
        Ok(())
    }

    fn message_at(&self, conversation: &ConversationKey, seq: Seq) -> Result<Option<MessageFacts>> {
        let key = (conversation.clone(), seq);
        self.known(
            |f| &mut f.messages,
            &key,
            |db| db.message_at(conversation, seq),
        )
    }

    fn erase_message(&mut self, conversation: &ConversationKey, seq: Seq) -> Result<()> {
        let Some(message) = self.message_at(conversation, seq)? else {
            return Ok(());
        };
        let deleted = Some(MessageFacts {
            deleted: true,
            ..message
        });
        self.change(
            |f| &mut f.messages,
            (conversation.clone(), seq),
            |db| db.message_at(conversation, seq),
            deleted,
        )?;
        self.facts
            .get_mut()
            .erased
            .push((conversation.clone(), seq));
        Ok(())
    }

    fn has_reaction(
        &self,
        conversation: &ConversationKey,
        seq: Seq,
        user: &UserName,
        reaction: &Reaction,
    ) -> Result<bool> {
        let key = (conversation.clone(), seq, reaction.clone(), user.clone());
        self.known(
            |f| &mut f.reactions,
            &key,
            |db| db.reaction(conversation, seq, user, reaction),
        )
    }

    fn set_reaction(
        &mut self,
        conversation: &ConversationKey,
        seq: Seq,
        user: &UserName,
        reaction: &Reaction,
        present: bool,
    ) -> Result<()> {
        let key = (conversation.clone(), seq, reaction.clone(), user.clone());
        self.change(
            |f| &mut f.reactions,
            key,
            |db| db.reaction(conversation, seq, user, reaction),
            present,
        )
        .map(drop)
    }
}
