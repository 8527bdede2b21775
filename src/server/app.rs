//! The chat operations, one method each, shared by the unary RPCs and the
//! Chat sessions: domain values in, domain values out; one store call
//! each. The store does the appending and, through the fan-out, the
//! delivery. Parsing requests and building answers is the edge's job
//! (`grpc::convert`).

use std::{net::SocketAddr, sync::Arc};

use crate::{
    error::{Error, Result},
    model::{ConversationKey, Event, RoomName, Seq, UserName},
    server::{
        fanout::hub::Hub,
        metrics::Metrics,
        peer_sessions::PeerSessions,
        rate_limit::SendRates,
        shutdown::Shutdown,
        store::{Applied, Command, ReadRange, RoomSummary, Store},
    },
};

/// The largest History page.
pub(crate) const MAX_HISTORY_PAGE: u32 = 1000;
/// The History page size when the request names none.
pub(crate) const DEFAULT_HISTORY_PAGE: u32 = 50;

/// The largest ListRooms or ListMembers page.
pub(crate) const MAX_LIST_PAGE: u32 = 1000;
/// The ListRooms or ListMembers page size when the request names none: a
/// page of 100 rooms is a few kilobytes, far below what a default gRPC
/// client accepts (4 MiB), whatever the number of rooms.
pub(crate) const DEFAULT_LIST_PAGE: u32 = 100;

/// One page of a listing in name order, and whether more follow.
pub(crate) struct ListPage<T> {
    /// The items, in name order.
    pub(crate) items: Vec<T>,
    /// Whether there are items after the last of these.
    pub(crate) more: bool,
}

impl<T> ListPage<T> {
    /// Cuts `items`, read with one more than `limit`, to the page.
    fn of(mut items: Vec<T>, limit: usize) -> Self {
        let more = items.len() > limit;
        items.truncate(limit);
        Self { items, more }
    }
}

/// Limits on what clients may send.
#[derive(Clone, Debug)]
pub(crate) struct Limits {
    /// The longest message text, in bytes.
    pub(crate) max_text_bytes: usize,
}

/// Cheap-to-clone handle to everything an operation needs.
#[derive(Clone)]
pub(crate) struct App {
    /// Where events are stored (and, once committed, fanned out from).
    pub(crate) store: Arc<dyn Store>,
    /// The live fan-out, for presence and sessions.
    pub(crate) hub: Hub,
    /// What clients may send.
    pub(crate) limits: Limits,
    /// How fast each user, connection and peer address may send.
    pub(crate) rate: Arc<SendRates>,
    /// How many Chat sessions each peer address has open.
    pub(crate) peer_sessions: Arc<PeerSessions>,
    /// The server's counters.
    pub(crate) metrics: Arc<Metrics>,
    /// Turns true when the server begins shutting down.
    pub(crate) shutdown: Shutdown,
}

/// A page of a conversation's past events.
pub(crate) struct HistoryPage {
    /// The events, in ascending seq order.
    pub(crate) events: Vec<Arc<Event>>,
    /// The conversation's latest seq.
    pub(crate) last_seq: Seq,
}

impl App {
    /// Makes `user` a member of `room`.
    pub(crate) async fn join(&self, user: &UserName, room: RoomName) -> Result<Applied> {
        self.store
            .apply(Command::Join {
                room,
                user: user.clone(),
            })
            .await
    }

    /// Ends `user`'s membership of `room`.
    pub(crate) async fn leave(&self, user: &UserName, room: RoomName) -> Result<Applied> {
        self.store
            .apply(Command::Leave {
                room,
                user: user.clone(),
            })
            .await
    }

    /// Stores a post (a message to a room or a user) by `user` from
    /// `peer`, within the rates of the user, its connection and its
    /// address.
    pub(crate) async fn send(
        &self,
        user: &UserName,
        peer: Option<SocketAddr>,
        post: Command,
    ) -> Result<Applied> {
        self.rate.check(user, peer)?;
        self.store.apply(post).await
    }

    /// Fails unless `user` may read the conversation.
    pub(crate) async fn check_reader(&self, user: &UserName, key: &ConversationKey) -> Result<()> {
        match key {
            ConversationKey::Room(room) => self.check_member(user, room).await,
            // The key was built with the caller as one of the pair.
            ConversationKey::Private(..) => Ok(()),
        }
    }

    /// Fails with FAILED_PRECONDITION unless `user` is in `room`.
    pub(crate) async fn check_member(&self, user: &UserName, room: &RoomName) -> Result<()> {
        if self.store.is_member(room, user).await? {
            Ok(())
        } else {
            Err(Error::NotAMember {
                room: room.to_string(),
            })
        }
    }

    /// Up to `limit` past events of a conversation `user` may read.
    pub(crate) async fn history(
        &self,
        user: &UserName,
        key: &ConversationKey,
        range: ReadRange,
        limit: u32,
    ) -> Result<HistoryPage> {
        self.check_reader(user, key).await?;
        let events = self.store.read(key, range, limit as usize).await?;
        Ok(HistoryPage {
            events,
            last_seq: self.store.last_seq(key).await?,
        })
    }

    /// A page of up to `limit` rooms after `after`, in name order.
    pub(crate) async fn list_rooms(
        &self,
        after: Option<&RoomName>,
        limit: u32,
    ) -> Result<ListPage<RoomSummary>> {
        let limit = limit as usize;
        let rooms = self.store.rooms(after, limit + 1).await?;
        Ok(ListPage::of(rooms, limit))
    }

    /// A page of up to `limit` members of a room after `after`, in name
    /// order, each with whether they are online.
    pub(crate) async fn list_members(
        &self,
        room: &RoomName,
        after: Option<&UserName>,
        limit: u32,
    ) -> Result<ListPage<(UserName, bool)>> {
        let limit = limit as usize;
        let members = self.store.members(room, after, limit + 1).await?;
        let ListPage { items, more } = ListPage::of(members, limit);
        Ok(ListPage {
            items: items
                .into_iter()
                .map(|member| {
                    let online = self.hub.is_online(&member);
                    (member, online)
                })
                .collect(),
            more,
        })
    }
}
