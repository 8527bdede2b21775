//! The chat operations, one method each, shared by the unary RPCs and the
//! Chat sessions: domain values in, domain values out; one store call
//! each. The store does the appending and, through the fan-out, the
//! delivery. Parsing requests and building answers is the edge's job
//! (`grpc::convert`).

mod edits;

pub(crate) use edits::{SearchPage, DEFAULT_SEARCH_PAGE, MAX_SEARCH_PAGE};

use std::{net::SocketAddr, sync::Arc, time::Instant};

use crate::{
    error::{Error, Result},
    model::{Actor, ConversationKey, Event, Note, Role, RoomName, Seq, UserName},
    server::{
        fanout::hub::Hub,
        metrics::Metrics,
        peer_sessions::PeerSessions,
        rate_limit::{RoomCreations, SendRates},
        shutdown::Shutdown,
        store::{rules, Applied, Command, Moderation, ReadRange, RoomSummary, Store},
    },
};

pub(crate) mod reads;
pub(crate) mod typing;

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
    /// Where the next page starts after, when that is past the last item
    /// (rooms skipped because the caller may not see them); `None`: after
    /// the last item.
    pub(crate) scanned_to: Option<RoomName>,
}

impl<T> ListPage<T> {
    /// Cuts `items`, read with one more than `limit`, to the page.
    fn of(mut items: Vec<T>, limit: usize) -> Self {
        let more = items.len() > limit;
        items.truncate(limit);
        Self {
            items,
            more,
            scanned_to: None,
        }
    }
}

/// The most rooms one ListRooms call looks at, in pages of its limit,
/// before it answers with what it found: a caller who may see few of many
/// rooms gets short pages, not one call that reads every room.
const MAX_ROOMS_SCANNED_PER_PAGE: usize = 10;

/// Limits on what clients may send.
#[derive(Clone, Debug)]
pub(crate) struct Limits {
    /// The longest message text, in bytes.
    pub(crate) max_text_bytes: usize,
    /// The most rooms one user may create.
    pub(crate) max_rooms_per_user: usize,
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
    /// How many rooms each peer address may still create.
    pub(crate) room_creations: Arc<RoomCreations>,
    /// How many Chat sessions each peer address has open.
    pub(crate) peer_sessions: Arc<PeerSessions>,
    /// The server's counters.
    pub(crate) metrics: Arc<Metrics>,
    /// Turns true when the server begins shutting down.
    pub(crate) shutdown: Shutdown,
    /// Read positions and typing: settings and the typing rate gate.
    pub(crate) reads: Arc<reads::Reads>,
}

/// A page of a conversation's past events.
pub(crate) struct HistoryPage {
    /// The events, in ascending seq order.
    pub(crate) events: Vec<Arc<Event>>,
    /// The conversation's latest seq.
    pub(crate) last_seq: Seq,
    /// The messages' latest texts and reaction counts, by seq.
    pub(crate) annotations: std::collections::BTreeMap<Seq, crate::server::store::Annotation>,
}

impl App {
    /// Applies `command` in the store, its time counted in the metrics.
    async fn apply(&self, command: Command) -> Result<Applied> {
        let started = Instant::now();
        let applied = self.store.apply(command).await;
        self.metrics.store_writes.observe(started.elapsed());
        applied
    }

    /// Makes `user`, calling from `peer`, a member of `room` (creating it,
    /// public, if there is none, within the address's room allowance).
    pub(crate) async fn join(
        &self,
        user: &Actor,
        peer: Option<SocketAddr>,
        room: RoomName,
    ) -> Result<Applied> {
        let creates = self.room_creations.counts(peer)
            && matches!(self.store.room(&room).await, Err(Error::UnknownRoom(_)));
        let command = Command::Join {
            room,
            user: user.clone(),
            max_rooms: self.limits.max_rooms_per_user,
        };
        let applied = if creates {
            self.creating_room(peer, command).await
        } else {
            self.apply(command).await
        }?;
        self.read_from_join(&user.user, &applied).await;
        Ok(applied)
    }

    /// Creates `room`, owned by `user` calling from `peer`, its first
    /// member.
    pub(crate) async fn create_room(
        &self,
        user: &Actor,
        peer: Option<SocketAddr>,
        room: RoomName,
        private: bool,
    ) -> Result<Applied> {
        let applied = self
            .creating_room(
                peer,
                Command::CreateRoom {
                    room,
                    user: user.clone(),
                    private,
                    max_rooms: self.limits.max_rooms_per_user,
                },
            )
            .await?;
        self.read_from_join(&user.user, &applied).await;
        Ok(applied)
    }

    /// Applies a command that creates a room, counted against `peer`'s
    /// allowance (given back if the store refuses it).
    async fn creating_room(&self, peer: Option<SocketAddr>, command: Command) -> Result<Applied> {
        self.room_creations.check(peer)?;
        let applied = self.apply(command).await;
        if applied.is_err() {
            self.room_creations.refund(peer);
        }
        applied
    }

    /// Ends `user`'s membership of `room`.
    pub(crate) async fn leave(&self, user: &UserName, room: RoomName) -> Result<Applied> {
        self.apply(Command::Leave {
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
        self.apply(post).await
    }

    /// Invites `target` to `room`.
    pub(crate) async fn invite(
        &self,
        by: &Actor,
        room: RoomName,
        target: UserName,
    ) -> Result<Applied> {
        self.moderate(by, room, Moderation::Invite(target)).await
    }

    /// Removes the member `target` from `room`.
    pub(crate) async fn kick(
        &self,
        by: &Actor,
        room: RoomName,
        target: UserName,
        reason: Note,
    ) -> Result<Applied> {
        self.moderate(by, room, Moderation::Kick(target, reason))
            .await
    }

    /// Bans `target` from `room`.
    pub(crate) async fn ban(
        &self,
        by: &Actor,
        room: RoomName,
        target: UserName,
        reason: Note,
    ) -> Result<Applied> {
        self.moderate(by, room, Moderation::Ban(target, reason))
            .await
    }

    /// Lifts `target`'s ban from `room`.
    pub(crate) async fn unban(
        &self,
        by: &Actor,
        room: RoomName,
        target: UserName,
    ) -> Result<Applied> {
        self.moderate(by, room, Moderation::Unban(target)).await
    }

    /// Sets `room`'s topic.
    pub(crate) async fn set_topic(
        &self,
        by: &Actor,
        room: RoomName,
        topic: Note,
    ) -> Result<Applied> {
        self.moderate(by, room, Moderation::SetTopic(topic)).await
    }

    /// Gives the member `target` of `room` a role.
    pub(crate) async fn set_role(
        &self,
        by: &Actor,
        room: RoomName,
        target: UserName,
        role: Role,
    ) -> Result<Applied> {
        self.moderate(by, room, Moderation::SetRole(target, role))
            .await
    }

    /// Refuses (`blocked`) or accepts again `target`'s private messages to
    /// `user`.
    pub(crate) async fn block(
        &self,
        user: &UserName,
        target: UserName,
        blocked: bool,
    ) -> Result<Applied> {
        self.apply(Command::Block {
            user: user.clone(),
            target,
            blocked,
        })
        .await
    }

    /// A moderation change, within the actor's rate (each one is an event).
    /// Only the per-user rate applies: moderating needs a role in the room,
    /// so a flood of names from one address cannot moderate at all.
    async fn moderate(&self, by: &Actor, room: RoomName, action: Moderation) -> Result<Applied> {
        self.rate.check(&by.user, None)?;
        self.apply(Command::Moderate {
            room,
            by: by.clone(),
            action,
        })
        .await
    }

    /// Fails unless `user` may read the conversation.
    pub(crate) async fn check_reader(&self, user: &Actor, key: &ConversationKey) -> Result<()> {
        match key {
            ConversationKey::Room(room) => {
                let standing = self.store.standing(room, &user.user).await?;
                rules::check_reader(&standing, room, user.admin)
            }
            // The key was built with the caller as one of the pair.
            ConversationKey::Private(..) => Ok(()),
        }
    }

    /// Up to `limit` past events of a conversation `user` may read.
    pub(crate) async fn history(
        &self,
        user: &Actor,
        key: &ConversationKey,
        range: ReadRange,
        limit: u32,
    ) -> Result<HistoryPage> {
        self.check_reader(user, key).await?;
        let started = Instant::now();
        let events = self.store.read(key, range, limit as usize).await;
        self.metrics.store_reads.observe(started.elapsed());
        let events = events?;
        let annotations = match (events.first(), events.last()) {
            (Some(first), Some(last)) => self.store.annotations(key, first.seq, last.seq).await?,
            _ => Default::default(),
        };
        Ok(HistoryPage {
            events,
            last_seq: self.store.last_seq(key).await?,
            annotations,
        })
    }

    /// A page of up to `limit` rooms `user` may see, after `after`, in name
    /// order. Rooms the user may not see are skipped, reading on until the
    /// page is full or the rooms run out.
    pub(crate) async fn list_rooms(
        &self,
        user: &Actor,
        after: Option<&RoomName>,
        limit: u32,
    ) -> Result<ListPage<RoomSummary>> {
        let limit = limit as usize;
        let mut visible = Vec::new();
        let mut scanned = after.cloned();
        for _ in 0..MAX_ROOMS_SCANNED_PER_PAGE {
            let batch = self.store.rooms(scanned.as_ref(), limit + 1).await?;
            let exhausted = batch.len() <= limit;
            scanned = batch.last().map(|room| room.name.clone()).or(scanned);
            visible.extend(
                batch
                    .into_iter()
                    .filter(|room| rules::listed(room, &user.user, user.admin)),
            );
            if exhausted || visible.len() > limit {
                return Ok(ListPage::of(visible, limit));
            }
        }
        // Looked at enough: a short page, and the next one goes on from
        // the last room looked at.
        Ok(ListPage {
            items: visible,
            more: true,
            scanned_to: scanned,
        })
    }

    /// A page of up to `limit` members of a room `user` may see, after
    /// `after`, in name order, each with their role and whether they are
    /// online.
    pub(crate) async fn list_members(
        &self,
        user: &Actor,
        room: &RoomName,
        after: Option<&UserName>,
        limit: u32,
    ) -> Result<ListPage<(UserName, Role, bool)>> {
        let standing = self.store.standing(room, &user.user).await?;
        rules::check_visible(&standing, room, user.admin)?;
        let room = self.store.room(room).await?;
        let members = room
            .members
            .into_iter()
            .filter(|(member, _)| after.is_none_or(|after| member > after))
            .take(limit as usize + 1)
            .map(|(member, role)| {
                let online = self.hub.is_online(&member);
                (member, role, online)
            })
            .collect();
        Ok(ListPage::of(members, limit as usize))
    }
}
