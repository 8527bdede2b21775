//! Storage: the `Store` trait every backend implements, and the backends.
//!
//! The store is the serialization point of confab: it checks the
//! preconditions of a command (membership, roles, bans, blocks, quotas,
//! the target user's existence, idempotency) and assigns the sequence number atomically with the append.
//! Those rules are written once, in `rules.rs`, over a small transaction
//! trait; each backend implements only that trait over its own tables.
//! After an append is committed, the store hands the event to its
//! [`Fanout`] in commit order, so the hub only ever fans out what is stored
//! and every conversation's events are published in seq order.

pub(crate) mod memory;
pub(crate) mod postgres;
pub(crate) mod reads;
pub(crate) mod rules;
pub(crate) mod search;
pub(crate) mod sqlite;

use std::{sync::Arc, time::Duration};

use async_trait::async_trait;

use crate::{
    error::{Error, Result},
    model::{
        Actor, ClientMessageId, ConversationKey, Event, Note, Reaction, Role, RoomName, Seq, Text,
        UserName,
    },
};

/// Opens the store named by `url` (`memory`, `sqlite://PATH`, or
/// `postgres://...`, connected as `postgres` says), handing committed
/// events to `fanout`; a SQLite file is checked first unless `check` is
/// false.
pub(crate) async fn open(
    url: &str,
    fanout: Arc<dyn Fanout>,
    check: bool,
    postgres: &crate::server::config::postgres::PostgresConfig,
) -> Result<Arc<dyn Store>> {
    if url == "memory" {
        return Ok(Arc::new(memory::MemoryStore::new(fanout)));
    }
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        let store = self::postgres::PostgresStore::open(url, fanout, postgres).await?;
        return Ok(Arc::new(store));
    }
    let Some(path) = url.strip_prefix("sqlite://").filter(|p| !p.is_empty()) else {
        return Err(Error::InvalidArgument(
            "unknown kind of store; use `sqlite://PATH`, `postgres://...` or `memory`".into(),
        ));
    };
    let path = path.to_owned();
    let store =
        tokio::task::spawn_blocking(move || sqlite::SqliteStore::open(&path, fanout, check))
            .await
            .map_err(|e| Error::Storage(e.to_string()))??;
    Ok(Arc::new(store))
}

/// Receives every committed event, in commit order. The hub implements it.
pub trait Fanout: Send + Sync + 'static {
    /// Called once per commit with the events it stored, in commit order
    /// (so in seq order per conversation). Must not block.
    fn publish(&self, events: &[Arc<Event>]);
}

/// Where a message goes.
#[derive(Clone, Debug)]
pub enum Target {
    /// A room the sender is a member of.
    Room(RoomName),
    /// Another user, privately.
    User(UserName),
}

/// A change to the logs, checked and applied atomically by the store.
#[derive(Clone, Debug)]
pub enum Command {
    /// `user` joins `room` (creating it, public, if it does not exist);
    /// nothing is stored if already in.
    Join {
        /// The room.
        room: RoomName,
        /// The joining user.
        user: Actor,
        /// The most rooms one user may create.
        max_rooms: usize,
    },
    /// `user` creates `room` and joins it as its owner; refused if the
    /// name is taken.
    CreateRoom {
        /// The room.
        room: RoomName,
        /// The creator.
        user: Actor,
        /// Invite-only.
        private: bool,
        /// The most rooms one user may create.
        max_rooms: usize,
    },
    /// `user` leaves `room`; refused if not a member.
    Leave {
        /// The room.
        room: RoomName,
        /// The leaving user.
        user: UserName,
    },
    /// An owner's or moderator's change to a room.
    Moderate {
        /// The room.
        room: RoomName,
        /// Who makes the change.
        by: Actor,
        /// The change.
        action: Moderation,
    },
    /// `user` blocks (or unblocks) `target`'s private messages; stores no
    /// event.
    Block {
        /// Who blocks.
        user: UserName,
        /// Whose messages.
        target: UserName,
        /// True to block, false to unblock.
        blocked: bool,
    },
    /// `sender` posts `text` to `target`.
    Post {
        /// The author.
        sender: UserName,
        /// The room or user.
        target: Target,
        /// The text.
        text: Text,
        /// Makes a retry safe: stored once per sender.
        client_message_id: ClientMessageId,
        /// The message of the same conversation it answers, if any.
        reply_to: Option<Seq>,
    },
    /// `by` changes the message at `seq` of `conversation`: edits it,
    /// deletes it, or adds or removes a reaction (see `rules/edits.rs`).
    Change {
        /// Who makes the change.
        by: Actor,
        /// The conversation, from `by`'s point of view (a private one
        /// includes `by`).
        conversation: ConversationKey,
        /// The message changed.
        seq: Seq,
        /// The change.
        change: Change,
    },
}

/// What a [`Command::Change`] does to a message.
#[derive(Clone, Debug)]
pub enum Change {
    /// Replaces the text (the author only).
    Edit(Text),
    /// Deletes it, erasing its text and its edits' (the author, or a
    /// moderator of its room).
    Delete,
    /// Adds (true) or removes (false) the actor's reaction.
    React(Reaction, bool),
}

/// What History adds to a message of its page: its latest text (when
/// edited) and its reaction counts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Annotation {
    /// The text of its latest edit, if it was edited.
    pub latest_text: Option<Text>,
    /// Each reaction with how many users gave it, in reaction order.
    pub reactions: Vec<(Reaction, u32)>,
}

/// What an owner or moderator does to a room.
#[derive(Clone, Debug)]
pub enum Moderation {
    /// Lets a user join (a private room) and tells them.
    Invite(UserName),
    /// Removes a member.
    Kick(UserName, Note),
    /// Removes a user and keeps them out.
    Ban(UserName, Note),
    /// Lets a banned user back.
    Unban(UserName),
    /// Sets the room's topic.
    SetTopic(Note),
    /// Makes a member a moderator, or a plain member again.
    SetRole(UserName, Role),
}

/// What a command did.
#[derive(Clone, Debug)]
pub struct Applied {
    /// The conversation it touched.
    pub conversation: ConversationKey,
    /// The stored event's seq (or the original's, for a duplicate; or the
    /// conversation's latest, when nothing was stored).
    pub seq: Seq,
    /// True if nothing new was stored: a retried send, or a join of a room
    /// the user was already in.
    pub unchanged: bool,
}

/// A room as listings show it.
#[derive(Clone, Debug)]
pub struct RoomSummary {
    /// The room.
    pub name: RoomName,
    /// Its members with their roles, in name order.
    pub members: Vec<(UserName, Role)>,
    /// Its latest seq.
    pub last_seq: Seq,
    /// Whether it is invite-only.
    pub private: bool,
    /// Its topic (empty if none).
    pub topic: Note,
    /// Users invited and not yet members, in name order.
    pub invited: Vec<UserName>,
}

impl RoomSummary {
    /// `user`'s role in the room, if a member.
    pub fn role_of(&self, user: &UserName) -> Option<Role> {
        self.members
            .binary_search_by(|(member, _)| member.cmp(user))
            .ok()
            .map(|index| self.members[index].1)
    }
}

/// What one user is to one room: the facts access to it is decided on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Standing {
    /// Whether the room exists at all.
    pub exists: bool,
    /// Whether it is invite-only.
    pub private: bool,
    /// The user's role, if a member.
    pub role: Option<Role>,
    /// Whether the user is invited.
    pub invited: bool,
    /// Whether the user is banned.
    pub banned: bool,
    /// Whether the user created the room.
    pub owner: bool,
}

/// Which part of a log to read.
#[derive(Clone, Copy, Debug)]
pub enum ReadRange {
    /// Events with seq greater than this, oldest first.
    After(Seq),
    /// The newest events with seq less than this.
    Before(Seq),
    /// The newest events.
    Latest,
}

/// A node's lease, as [`Store::live_nodes`] lists it.
// Leases are for the bus between nodes (presence across nodes, the
// start-up refusal), which calls them; until it does only tests do.
#[allow(dead_code)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NodeLease {
    /// The node's id (its `--node-id`).
    pub node: String,
    /// How long the lease still runs, by the database's clock.
    pub remaining: Duration,
}

/// A backend that keeps the logs, memberships and users.
#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// Records that a user exists (has opened a session or joined a room),
    /// so private messages to it are accepted.
    async fn register_user(&self, user: &UserName) -> Result<()>;

    /// Checks and applies one command, then publishes what it stored to the
    /// fan-out. Returns only after the change is committed.
    async fn apply(&self, command: Command) -> Result<Applied>;

    /// Reads up to `limit` events of a conversation, in ascending seq order.
    async fn read(
        &self,
        conversation: &ConversationKey,
        range: ReadRange,
        limit: usize,
    ) -> Result<Vec<Arc<Event>>>;

    /// What History adds to the messages with seqs in `first..=last` of a
    /// conversation: their latest edited text and their reaction counts,
    /// by seq (messages with neither are left out).
    async fn annotations(
        &self,
        conversation: &ConversationKey,
        first: Seq,
        last: Seq,
    ) -> Result<std::collections::BTreeMap<Seq, Annotation>>;

    /// Up to `limit` messages of `conversations` (not deleted) whose
    /// latest text holds every one of `words`, newest first, strictly
    /// after `before` (see `search.rs` for the order).
    async fn search(
        &self,
        words: &search::Words,
        conversations: &[ConversationKey],
        before: &search::Before,
        limit: usize,
    ) -> Result<Vec<search::Hit>>;

    /// The latest seq of a conversation (0 if it has none).
    async fn last_seq(&self, conversation: &ConversationKey) -> Result<Seq>;

    /// The rooms a user is a member of, in name order.
    async fn rooms_of(&self, user: &UserName) -> Result<Vec<RoomName>>;

    /// Whether `from` may reach `to` privately: `false` if `to` blocked
    /// `from`; UNKNOWN_USER (NOT_FOUND) if there is no user `to`.
    async fn reachable(&self, from: &UserName, to: &UserName) -> Result<bool>;

    /// What `user` is to `room` (for deciding what they may read).
    async fn standing(&self, room: &RoomName, user: &UserName) -> Result<Standing>;

    /// Up to `limit` rooms, in name order, starting after the room named
    /// `after` (from the first room when `None`).
    async fn rooms(&self, after: Option<&RoomName>, limit: usize) -> Result<Vec<RoomSummary>>;

    /// A room with its members; `Error::UnknownRoom` if it does not exist.
    async fn room(&self, room: &RoomName) -> Result<RoomSummary>;

    /// The private conversations a user takes part in: peer and latest seq.
    async fn private_conversations(&self, user: &UserName) -> Result<Vec<(UserName, Seq)>>;

    /// Where the user's sessions left off in each private conversation.
    async fn private_cursors(&self, user: &UserName) -> Result<Vec<(UserName, Seq)>>;

    /// Remembers where a session left off in private conversations; a
    /// cursor only ever moves forwards.
    async fn save_private_cursors(
        &self,
        user: &UserName,
        cursors: &[(UserName, Seq)],
    ) -> Result<()>;

    /// Waits until everything applied so far is durable.
    async fn flush(&self) -> Result<()>;

    /// Moves `user`'s read position in `conversation` to `seq` if that is
    /// ahead of it (never back); durable once it returns. Returns the
    /// position after it, and whether it moved.
    async fn mark_read(
        &self,
        user: &UserName,
        conversation: &ConversationKey,
        seq: Seq,
    ) -> Result<(Seq, bool)>;

    /// `user`'s read position and unread count in each of `conversations`,
    /// in the same order.
    async fn read_states(
        &self,
        user: &UserName,
        conversations: &[ConversationKey],
    ) -> Result<Vec<reads::ReadState>>;

    /// Turns `user`'s read receipts on or off; false if they were so
    /// already.
    async fn set_read_receipts(&self, user: &UserName, enabled: bool) -> Result<bool>;

    /// Whether `user` lets private peers see their read position.
    async fn read_receipts(&self, user: &UserName) -> Result<bool>;

    /// Turns true when a call fails because the store does (a full disk,
    /// a damaged file: [`Error::is_storage_failure`]), and false again
    /// once [`Store::probe`] finds it working.
    fn failing(&self) -> tokio::sync::watch::Receiver<bool>;

    /// After a failure, tries the store (a small write and a read) and, if
    /// it works, clears the failure. Costs nothing while nothing failed.
    async fn probe(&self) -> Result<()>;

    /// Takes or renews the lease of node `node` for `lease` from now, by
    /// the store's clock (so nodes whose clocks disagree still agree on
    /// whose lease ran out). A node renews well within its lease (a third
    /// of it, say); a node that stops renewing counts as gone once it
    /// expires. Only a store several nodes share keeps leases; the
    /// others (SQLite, memory: one node each) do nothing.
    #[allow(dead_code)] // see NodeLease
    async fn renew_lease(&self, node: &str, lease: Duration) -> Result<()> {
        let _ = (node, lease);
        Ok(())
    }

    /// Gives up the lease of `node` at once (a clean shutdown), so others
    /// need not wait for it to expire. Nothing for a single-node store.
    #[allow(dead_code)] // see NodeLease
    async fn release_lease(&self, node: &str) -> Result<()> {
        let _ = node;
        Ok(())
    }

    /// The nodes whose lease has not expired, by the store's clock, in id
    /// order (this node included once it has renewed). A single-node store
    /// keeps no leases and lists none: there is no other node.
    #[allow(dead_code)] // see NodeLease
    async fn live_nodes(&self) -> Result<Vec<NodeLease>> {
        Ok(Vec::new())
    }
}
