//! The in-process fan-out: one live channel per room, one "inbox" live
//! channel per online user (private messages, the user's own joins so
//! that all of its sessions follow, and invitations to rooms the user is
//! not in), and presence.
//!
//! The hub only delivers what the store has committed (it is the store's
//! [`Fanout`]), and sends a room each commit's events of it as one
//! [`EventBatch`], so fan-out work is per batch, not per event. A session
//! that falls behind its channel reads the gap from the store, so a slow
//! session never holds back the others and never loses an event. A std
//! mutex guards the maps: it is held for map lookups only, never across an
//! `.await`.

use std::{
    collections::{BTreeMap, BTreeSet, HashMap},
    sync::{Arc, Mutex, MutexGuard, OnceLock},
};

use crate::{
    error::Error,
    model::{Event, EventKind, PresenceChange, PresenceSummary, RoomName, UserName, WireCache},
    server::fanout::batch::EventBatch,
    server::fanout::budget::{event_weight, LiveBudget, Weigh},
    server::fanout::catchup::{CatchUpConfig, Pages},
    server::fanout::channel::{LiveReceiver, LiveSender},
    server::fanout::give_back::GiveBack,
    server::fanout::remote::{Remote, Topic},
    server::fanout::signal::{Signal, SignalKind, SignalTo, TypingGate},
    server::store::Fanout,
    server::{metrics::Metrics, shutdown::TaskGuard},
};

/// A live event as it travels through the hub.
#[derive(Clone, Debug)]
pub enum HubMessage {
    /// Stored events of a room, consecutive in seq (on a room channel).
    Events(Arc<EventBatch>),
    /// A stored event (on an inbox: a private message, or a join of the
    /// inbox's user).
    Event(Arc<Event>),
    /// A member's online state changed.
    Presence(Arc<PresenceChange>),
    /// The coalesced presence changes of a big room.
    PresenceSummary(Arc<PresenceSummary>),
    /// Something unstored: a read position moved, someone typing.
    Signal(Arc<Signal>),
}

impl Weigh for HubMessage {
    fn weight(&self) -> usize {
        match self {
            HubMessage::Events(batch) => batch.weight(),
            HubMessage::Event(event) => event_weight(event),
            // A name or two: about what an event without text weighs.
            HubMessage::Presence(_) => 128,
            HubMessage::PresenceSummary(summary) => {
                128 + 32 * (summary.online.len() + summary.offline.len() + summary.typing.len())
            }
            HubMessage::Signal(_) => 128,
        }
    }
}

/// How the hub behaves.
#[derive(Clone, Debug)]
pub struct HubConfig {
    /// Capacity of each room's live channel, in messages (batches).
    pub capacity: usize,
    /// Capacity of each online user's inbox channel. A live channel
    /// allocates all its slots up front, and every online user has one, so
    /// this is most of what an idle session costs; private traffic is far
    /// lighter than a busy room's, and a lagging inbox catches up from the
    /// store like any other receiver.
    pub inbox_capacity: usize,
    /// The most Chat sessions one user may have open.
    pub max_sessions_per_user: usize,
    /// A room followed by more live streams than this gets presence and
    /// typing as a periodic summary instead of one message per change.
    pub coalesce_presence_above: usize,
    /// The most bytes one live channel keeps (rooms and inboxes alike).
    pub channel_bytes: usize,
    /// The most bytes all live channels keep together.
    pub live_bytes: usize,
    /// How lagging streams read their gap from the store.
    pub catch_up: CatchUpConfig,
}

/// A cheap-to-clone handle to the shared fan-out state.
#[derive(Clone)]
pub struct Hub {
    shared: Arc<Shared>,
}

struct Shared {
    /// The channels, behind one short-held lock.
    channels: Mutex<Channels>,
    /// Channel capacity (a receiver further behind lags and catches up
    /// from the store), session limit, presence coalescing threshold.
    config: HubConfig,
    /// The server's counters.
    metrics: Arc<Metrics>,
    /// The byte budgets of every live channel.
    budget: Arc<LiveBudget>,
    /// The catch-up pages every feed reads through.
    pages: Arc<Pages>,
    /// When to give freed memory back to the system.
    give_back: Mutex<GiveBack>,
    /// The other nodes (the bus), if any.
    remote: OnceLock<Arc<dyn Remote>>,
    /// When each user last typed in each conversation, here or elsewhere.
    typing: TypingGate,
}

#[derive(Default)]
struct Channels {
    /// Room → its channel, created when the first session subscribes.
    rooms: HashMap<RoomName, LiveSender<HubMessage>>,
    /// Online user → inbox channel and number of open sessions.
    users: HashMap<UserName, Online>,
    /// Big room → user → last presence state since the last summary.
    pending_presence: HashMap<RoomName, BTreeMap<UserName, bool>>,
    /// Big room → user → until when their latest typing since the last
    /// summary holds (milliseconds since the Unix epoch).
    pending_typing: HashMap<RoomName, BTreeMap<UserName, i64>>,
}

struct Online {
    /// Private messages and own joins for all of the user's sessions.
    inbox: LiveSender<HubMessage>,
    /// How many Chat sessions the user has open.
    sessions: usize,
}

impl Hub {
    /// A hub configured by `config`, counting into `metrics`.
    pub fn new(mut config: HubConfig, metrics: Arc<Metrics>) -> Self {
        config.capacity = config.capacity.max(1);
        config.inbox_capacity = config.inbox_capacity.max(1);
        config.max_sessions_per_user = config.max_sessions_per_user.max(1);
        let budget = Arc::new(LiveBudget::new(config.channel_bytes, config.live_bytes));
        let pages = Arc::new(Pages::new(config.catch_up, metrics.clone()));
        Self {
            shared: Arc::new(Shared {
                channels: Mutex::new(Channels::default()),
                config,
                metrics,
                budget,
                pages,
                give_back: Mutex::default(),
                remote: OnceLock::new(),
                typing: TypingGate::default(),
            }),
        }
    }

    /// Sends each big room the presence changes it has pending, as one
    /// summary, forgets the channels of rooms nobody follows any more, and
    /// gives memory back to the system if a burst just ended. The server
    /// calls this periodically.
    pub fn flush_presence(&self) {
        self.flush_presence_summaries();
        self.shared.pages.expire();
        let held = self.shared.budget.held();
        self.shared
            .give_back
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .tick(held, &self.shared.metrics);
    }

    fn flush_presence_summaries(&self) {
        let mut channels = self.channels();
        channels
            .rooms
            .retain(|_, sender| sender.receiver_count() > 0);
        let mut presence = std::mem::take(&mut channels.pending_presence);
        let mut typing = std::mem::take(&mut channels.pending_typing);
        let rooms: BTreeSet<RoomName> = presence.keys().chain(typing.keys()).cloned().collect();
        for room in rooms {
            let changes = presence.remove(&room).unwrap_or_default();
            let typing = typing.remove(&room).unwrap_or_default();
            let Some(sender) = channels.rooms.get(&room) else {
                continue;
            };
            let mut summary = PresenceSummary {
                room,
                online: Vec::new(),
                offline: Vec::new(),
                typing: typing.into_iter().collect(),
                wire: WireCache::default(),
            };
            for (user, online) in changes {
                if online {
                    summary.online.push(user);
                } else {
                    summary.offline.push(user);
                }
            }
            sender.send(HubMessage::PresenceSummary(Arc::new(summary)));
        }
    }

    /// Flushes presence summaries every `period`, for as long as the
    /// returned guard is held.
    pub fn spawn_presence_flusher(&self, period: std::time::Duration) -> TaskGuard {
        let hub = self.clone();
        TaskGuard::spawn(async move {
            let mut ticks = tokio::time::interval(period);
            ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                ticks.tick().await;
                hub.flush_presence();
            }
        })
    }

    /// Connects the hub to other nodes: streams that start following a
    /// room or a user wait until `remote` delivers it too. Set once.
    pub fn set_remote(&self, remote: Arc<dyn Remote>) {
        let _ = self.shared.remote.set(remote);
    }

    /// Completes once events of `topic` committed on other nodes reach
    /// this hub (at once without a bus). Called after subscribing to the
    /// live channel and before reading the store.
    pub async fn follow_remote(&self, topic: Topic) {
        if let Some(remote) = self.shared.remote.get() {
            remote.follow(topic).await;
        }
    }

    /// What this node's streams follow now: rooms with a live receiver,
    /// and users with a session open.
    pub fn interest(&self) -> Vec<Topic> {
        let channels = self.channels();
        let rooms = channels
            .rooms
            .iter()
            .filter(|(_, sender)| sender.receiver_count() > 0)
            .map(|(room, _)| Topic::Room(room.clone()));
        let users = channels.users.keys().map(|user| Topic::User(user.clone()));
        rooms.chain(users).collect()
    }

    /// The server's counters.
    pub fn metrics(&self) -> &Metrics {
        &self.shared.metrics
    }

    /// The catch-up pages feeds read their gaps through.
    pub fn pages(&self) -> Arc<Pages> {
        self.shared.pages.clone()
    }

    fn channels(&self) -> MutexGuard<'_, Channels> {
        self.shared
            .channels
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// A receiver of a room's live events. Subscribe before reading the
    /// store, so nothing falls between the read and the first live event.
    pub fn subscribe_room(&self, room: &RoomName) -> LiveReceiver<HubMessage> {
        let capacity = self.shared.config.capacity;
        let budget = self.shared.budget.clone();
        self.channels()
            .rooms
            .entry(room.clone())
            .or_insert_with(|| LiveSender::new(capacity, budget))
            .subscribe()
    }

    /// Registers a Chat session of `user`, returning its inbox receiver and
    /// whether it is the user's first session, which then announces the user
    /// online ([`Self::announce_online`]) once it knows the user's rooms.
    /// The inbox comes first so that a join made meanwhile by another
    /// session of the user is not missed. Refused when the user already has
    /// as many sessions as allowed.
    pub fn open_session(&self, user: &UserName) -> Result<(LiveReceiver<HubMessage>, bool), Error> {
        let capacity = self.shared.config.inbox_capacity;
        let max = self.shared.config.max_sessions_per_user;
        let budget = self.shared.budget.clone();
        let mut channels = self.channels();
        let online = channels
            .users
            .entry(user.clone())
            .or_insert_with(|| Online {
                inbox: LiveSender::new(capacity, budget),
                sessions: 0,
            });
        // Sessions on other nodes count too (as far as the bus has told).
        let elsewhere = self.sessions_elsewhere(user);
        if online.sessions + elsewhere >= max {
            if online.sessions == 0 {
                channels.users.remove(user);
            }
            return Err(Error::ResourceExhausted(format!(
                "{user} already has {max} Chat sessions open, the most allowed"
            )));
        }
        online.sessions += 1;
        let (inbox, sessions) = (online.inbox.subscribe(), online.sessions);
        // Told under the lock, so the other nodes hear the counts in the
        // order they changed (and never a heartbeat older than a change).
        if let Some(remote) = self.shared.remote.get() {
            remote.sessions_changed(user, sessions);
        }
        drop(channels);
        Metrics::count(&self.shared.metrics.sessions_open);
        Ok((inbox, sessions == 1))
    }

    fn sessions_elsewhere(&self, user: &UserName) -> usize {
        self.shared
            .remote
            .get()
            .map_or(0, |remote| remote.sessions_elsewhere(user))
    }

    /// Tells `rooms` that `user` came online: the user's first session
    /// here calls it; unless the user was online on another node already.
    pub fn announce_online(&self, user: &UserName, rooms: &[RoomName]) {
        if self.sessions_elsewhere(user) > 0 {
            return;
        }
        let coalesce_above = self.shared.config.coalesce_presence_above;
        self.channels().announce(user, rooms, true, coalesce_above);
    }

    /// Another node says `user` came online (or went offline) there, and
    /// so in the cluster: tells this node's streams of `rooms`, unless the
    /// user has a session here (and so was and stays online).
    pub fn announce_remote(&self, user: &UserName, rooms: &[RoomName], online: bool) {
        let coalesce_above = self.shared.config.coalesce_presence_above;
        let mut channels = self.channels();
        if channels.users.contains_key(user) {
            return;
        }
        channels.announce(user, rooms, online, coalesce_above);
    }

    /// Hands `tell` how many Chat sessions each user has open on this
    /// node, under the lock that session changes are told under (so what
    /// `tell` sends is never older than a change sent before it). `tell`
    /// must not block.
    pub fn tell_local_sessions(&self, tell: impl FnOnce(&[(UserName, usize)])) {
        let channels = self.channels();
        let users: Vec<(UserName, usize)> = channels
            .users
            .iter()
            .map(|(user, online)| (user.clone(), online.sessions))
            .collect();
        tell(&users);
    }

    /// Unregisters a Chat session; the user's last session announces it
    /// offline to `rooms`.
    pub fn close_session(&self, user: &UserName, rooms: &[RoomName]) {
        let mut channels = self.channels();
        let Some(online) = channels.users.get_mut(user) else {
            return;
        };
        online.sessions = online.sessions.saturating_sub(1);
        let sessions = online.sessions;
        Metrics::uncount(&self.shared.metrics.sessions_open);
        if sessions == 0 {
            channels.users.remove(user);
            // Still online on another node: nothing to announce.
            if self.sessions_elsewhere(user) == 0 {
                channels.announce(
                    user,
                    rooms,
                    false,
                    self.shared.config.coalesce_presence_above,
                );
            }
        }
        if let Some(remote) = self.shared.remote.get() {
            remote.sessions_changed(user, sessions);
        }
    }

    /// Whether the user has a Chat session open, here or on another node.
    pub fn is_online(&self, user: &UserName) -> bool {
        self.channels().users.contains_key(user) || self.sessions_elsewhere(user) > 0
    }
}

impl Channels {
    /// Keeps a typing signal for a big room's next summary (the latest
    /// per user wins); false if the signal is not for a big room.
    fn fold_typing(&mut self, signal: &Signal, coalesce_above: usize) -> bool {
        let (
            SignalTo::Room(room),
            SignalKind::Typing {
                user, expires_ms, ..
            },
        ) = (&signal.to, &signal.kind)
        else {
            return false;
        };
        if self
            .rooms
            .get(room)
            .is_none_or(|sender| sender.receiver_count() <= coalesce_above)
        {
            return false;
        }
        let until = self
            .pending_typing
            .entry(room.clone())
            .or_default()
            .entry(user.clone())
            .or_insert(*expires_ms);
        *until = (*until).max(*expires_ms);
        true
    }

    /// Tells `rooms` that `user` went online or offline: at once in small
    /// rooms, in the next summary in rooms followed by more than
    /// `coalesce_above` streams.
    fn announce(
        &mut self,
        user: &UserName,
        rooms: &[RoomName],
        online: bool,
        coalesce_above: usize,
    ) {
        for room in rooms {
            let Some(sender) = self.rooms.get(room) else {
                continue;
            };
            if sender.receiver_count() > coalesce_above {
                self.pending_presence
                    .entry(room.clone())
                    .or_default()
                    .insert(user.clone(), online);
                continue;
            }
            let change = PresenceChange {
                room: room.clone(),
                user: user.clone(),
                online,
            };
            sender.send(HubMessage::Presence(Arc::new(change)));
        }
    }
}

impl Hub {
    /// Hands events to every local stream that follows them: this node's
    /// commits ([`Fanout::publish`]) and, through the bus, other nodes'.
    /// Each conversation's events must come in seq order; a gap or a
    /// repeat is mended by the streams' feeds.
    pub fn deliver(&self, events: &[Arc<Event>]) {
        // A delete changed a stored row: no catch-up page may keep it.
        self.shared.pages.erased(events);
        let batches = EventBatch::split(events);
        // The channels are looked up under the lock and sent to after it,
        // so that waking the sessions does not hold up the others that need
        // the maps. Commits are published one at a time, so each channel
        // still gets them in order.
        let mut sends: Vec<(LiveSender<HubMessage>, HubMessage)> = Vec::new();
        {
            let mut channels = self.channels();
            for batch in batches {
                let Some(room) = batch.conversation().room().cloned() else {
                    continue;
                };
                if let Some(channel) = channels.rooms.get(&room) {
                    if channel.receiver_count() == 0 {
                        // Nobody listens any more: forget the channel.
                        channels.rooms.remove(&room);
                    } else {
                        sends.push((channel.clone(), HubMessage::Events(Arc::new(batch))));
                    }
                }
            }
            for event in events {
                let inboxes = if event.conversation.room().is_some() {
                    match &event.kind {
                        // The joiner's other sessions learn of the room here.
                        EventKind::Joined => [Some(&event.sender), None],
                        // So does an invitee, who does not follow the room.
                        EventKind::Invited { target } => [Some(target), None],
                        _ => [None, None],
                    }
                } else {
                    [event.recipient(), Some(&event.sender)]
                };
                for user in inboxes.into_iter().flatten() {
                    if let Some(online) = channels.users.get(user) {
                        sends.push((online.inbox.clone(), HubMessage::Event(event.clone())));
                    }
                }
            }
        }
        for (channel, message) in sends {
            channel.send(message);
        }
    }
}

impl Hub {
    /// Whether `user`'s typing in `conversation` may be passed on now (at
    /// most one per [`crate::server::fanout::signal::TYPING_EVERY`]);
    /// notes it if so.
    pub fn typing_passes(
        &self,
        user: &UserName,
        conversation: &crate::model::ConversationKey,
        now: std::time::Instant,
    ) -> bool {
        self.shared.typing.pass(user, conversation, now)
    }

    /// Hands a signal to this node's streams it is addressed to, and to
    /// the other nodes'.
    pub fn signal(&self, signal: Signal) {
        let signal = Arc::new(signal);
        if let Some(remote) = self.shared.remote.get() {
            remote.signal(&signal);
        }
        self.deliver_signal(signal);
    }

    /// Hands a signal to this node's streams it is addressed to (one from
    /// another node, or from [`Self::signal`]).
    pub fn deliver_signal(&self, signal: Arc<Signal>) {
        self.shared.typing.note(&signal, std::time::Instant::now());
        let coalesce_above = self.shared.config.coalesce_presence_above;
        let channels: Vec<LiveSender<HubMessage>> = {
            let mut channels = self.channels();
            if channels.fold_typing(&signal, coalesce_above) {
                return;
            }
            match &signal.to {
                SignalTo::Room(room) => channels.rooms.get(room).cloned().into_iter().collect(),
                SignalTo::Users(users) => users
                    .iter()
                    .filter_map(|user| channels.users.get(user))
                    .map(|online| online.inbox.clone())
                    .collect(),
            }
        };
        for channel in channels {
            channel.send(HubMessage::Signal(signal.clone()));
        }
    }
}

impl Fanout for Hub {
    fn publish(&self, events: &[Arc<Event>]) {
        Metrics::add(&self.shared.metrics.events_stored, events.len());
        self.deliver(events);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::fanout::channel::Received;

    #[test]
    fn a_big_room_gets_the_last_state_of_each_user_in_one_summary() {
        let hub = Hub::new(
            HubConfig {
                capacity: 16,
                inbox_capacity: 4,
                max_sessions_per_user: 4,
                coalesce_presence_above: 1,
                channel_bytes: usize::MAX,
                live_bytes: usize::MAX,
                catch_up: CatchUpConfig {
                    page_events: 16,
                    cache_bytes: 0,
                },
            },
            Arc::default(),
        );
        let room = RoomName::parse("big").unwrap();
        let mut first = hub.subscribe_room(&room);
        let _second = hub.subscribe_room(&room);
        let rooms = [room.clone()];
        for name in ["dave", "erin"] {
            let user = UserName::parse(name).unwrap();
            let (_inbox, first) = hub.open_session(&user).unwrap();
            assert!(first);
            hub.announce_online(&user, &rooms);
        }
        hub.close_session(&UserName::parse("dave").unwrap(), &rooms);
        assert!(
            first.try_recv().is_none(),
            "no single presence in a big room"
        );
        hub.flush_presence();
        match first.try_recv() {
            Some(Received::Message(HubMessage::PresenceSummary(summary))) => {
                let names =
                    |users: &[UserName]| users.iter().map(|u| u.to_string()).collect::<Vec<_>>();
                assert_eq!(names(&summary.online), ["erin"]);
                assert_eq!(names(&summary.offline), ["dave"]);
            }
            other => panic!("expected a summary, got {other:?}"),
        }
        hub.flush_presence();
        assert!(first.try_recv().is_none(), "nothing pending, nothing sent");
    }
}
