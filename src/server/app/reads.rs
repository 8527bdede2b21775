//! Read positions, unread counts and the conversation list: the
//! operations behind MarkRead, SetReadReceipts, ListConversations and the
//! unread counts of `Ready` and ListRooms.
//!
//! A read position only moves forward: a MarkRead at or behind it changes
//! nothing and answers with the position it has (not an error: two
//! devices marking at once must not fail each other). When it moves, the
//! user's sessions on every node get a read marker through their inboxes
//! (the path private messages take), and so does the private peer's if
//! the user turned read receipts on.

use std::sync::Arc;

use super::App;
use crate::{
    error::{Error, Result},
    model::Actor,
    model::{ConversationKey, Event, RoomName, Seq, UserName},
    server::{
        fanout::signal::{Signal, SignalKind, SignalTo},
        store::{reads::ReadState, Applied, ReadRange},
    },
};

/// What read positions and typing need beyond the store.
pub(crate) struct Reads {
    /// The most unread events per room a resume without cursors replays.
    pub(crate) missed_per_room: u64,
}

impl Reads {
    /// Settings for a server that replays at most `missed_per_room`.
    pub(crate) fn new(missed_per_room: u64) -> Self {
        Self { missed_per_room }
    }
}

/// One of a user's conversations, as ListConversations shows it.
pub(crate) struct ConversationEntry {
    /// The conversation.
    pub(crate) key: ConversationKey,
    /// Its latest event, if any.
    pub(crate) last: Option<Arc<Event>>,
    /// The user's read position and unread count.
    pub(crate) state: ReadState,
}

impl ConversationEntry {
    /// Where it sorts: newest first, then by key.
    pub(crate) fn order(&self) -> (i64, String) {
        let time = self.last.as_ref().map_or(0, |event| event.time_ms);
        (
            time,
            crate::server::store::sqlite::schema::key_text(&self.key),
        )
    }
}

impl App {
    /// Moves `user`'s read position in `key` to `seq` (never back): the
    /// position after it and whether it moved; tells the user's sessions
    /// (and, with receipts on, the private peer's) when it did.
    pub(crate) async fn mark_read(
        &self,
        user: &Actor,
        key: &ConversationKey,
        seq: Seq,
    ) -> Result<(Seq, bool)> {
        self.check_reader(user, key).await?;
        let last = self.store.last_seq(key).await?;
        if seq > last {
            let conversation = match key.peer_of(&user.user) {
                Some(peer) => format!("the private conversation with {peer}"),
                None => format!("room {}", key.room().map(|r| r.as_str()).unwrap_or("")),
            };
            return Err(Error::ReadAhead {
                conversation,
                seq,
                last,
            });
        }
        let (position, moved) = self.store.mark_read(&user.user, key, seq).await?;
        if moved {
            let mut to = vec![user.user.clone()];
            if let Some(peer) = key.peer_of(&user.user) {
                if self.store.read_receipts(&user.user).await? {
                    to.push(peer.clone());
                }
            }
            self.hub.signal(Signal::new(
                SignalTo::Users(to),
                SignalKind::Read {
                    reader: user.user.clone(),
                    conversation: key.clone(),
                    seq: position,
                },
            ));
        }
        Ok((position, moved))
    }

    /// A join that stored an event reads the room up to it: what came
    /// before the user joined is not unread. A failure here leaves the
    /// join done (and the position where it was), so it is only logged.
    pub(super) async fn read_from_join(&self, user: &UserName, applied: &Applied) {
        if applied.unchanged || applied.conversation.room().is_none() {
            return;
        }
        if let Err(error) = self
            .store
            .mark_read(user, &applied.conversation, applied.seq)
            .await
        {
            tracing::warn!(%user, %error, "could not set the read position at a join");
        }
    }

    /// Turns `user`'s read receipts on or off; false if already so.
    pub(crate) async fn set_read_receipts(&self, user: &UserName, enabled: bool) -> Result<bool> {
        self.store.set_read_receipts(user, enabled).await
    }

    /// `user`'s read position and unread count in each of `keys`.
    pub(crate) async fn read_states(
        &self,
        user: &UserName,
        keys: &[ConversationKey],
    ) -> Result<Vec<ReadState>> {
        self.store.read_states(user, keys).await
    }

    /// The unread counts of `user`'s rooms (`rooms`) and private
    /// conversations, for `Ready`.
    pub(crate) async fn unread_of(
        &self,
        user: &UserName,
        rooms: &[RoomName],
    ) -> Result<Vec<(ConversationKey, ReadState)>> {
        let keys = self.conversations_of(user, rooms).await?;
        let states = self.store.read_states(user, &keys).await?;
        Ok(keys.into_iter().zip(states).collect())
    }

    /// The rooms given and the user's private conversations.
    async fn conversations_of(
        &self,
        user: &UserName,
        rooms: &[RoomName],
    ) -> Result<Vec<ConversationKey>> {
        let mut keys: Vec<ConversationKey> =
            rooms.iter().cloned().map(ConversationKey::Room).collect();
        keys.extend(
            self.store
                .private_conversations(user)
                .await?
                .into_iter()
                .map(|(peer, _)| ConversationKey::private(user, &peer)),
        );
        Ok(keys)
    }

    /// A page of up to `limit` of `user`'s conversations, newest first,
    /// after the one that sorted at `after`; and whether more follow.
    pub(crate) async fn list_conversations(
        &self,
        user: &UserName,
        after: Option<(i64, String)>,
        limit: usize,
    ) -> Result<(Vec<ConversationEntry>, bool)> {
        let rooms = self.store.rooms_of(user).await?;
        let keys = self.conversations_of(user, &rooms).await?;
        let states = self.store.read_states(user, &keys).await?;
        let mut entries = Vec::with_capacity(keys.len());
        for (key, state) in keys.into_iter().zip(states) {
            let last = self.store.read(&key, ReadRange::Latest, 1).await?.pop();
            entries.push(ConversationEntry { key, last, state });
        }
        // Newest first; ties by key, so the order is total and pages meet.
        entries.sort_by(|a, b| {
            let (ta, ka) = a.order();
            let (tb, kb) = b.order();
            tb.cmp(&ta).then(ka.cmp(&kb))
        });
        if let Some((time, key)) = after {
            entries.retain(|entry| {
                let (t, k) = entry.order();
                t < time || (t == time && k > key)
            });
        }
        let more = entries.len() > limit;
        entries.truncate(limit);
        Ok((entries, more))
    }
}
