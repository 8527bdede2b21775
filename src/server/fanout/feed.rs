//! A session's view of the live events: the live receivers of its
//! rooms (and, for a Chat session, its user's inbox), turned into one
//! stream that is gap-free, in seq order per conversation, and free of
//! duplicates.
//!
//! The rule that makes it so: subscribe to the live channel first, then read
//! the store, then drop every live event at or below the conversation's
//! cursor. Whenever a live event skips ahead of the cursor (the receiver
//! lagged, or a node delivered out of order) the gap is read from the store.
//!
//! A gap is read one page at a time ([`crate::server::fanout::catchup`]):
//! the feed reads a page only when it has handed out the last one, and the
//! stream asks for the next item only as fast as its client reads, so a
//! stream holds at most a page of its gap, however long the gap is.

use std::{
    collections::{BTreeSet, HashMap, VecDeque},
    ops::Range,
    sync::Arc,
    task::{Context, Poll},
};

use crate::{
    error::{Error, Result},
    model::{
        ConversationKey, Event, EventKind, PresenceChange, PresenceSummary, RoomName, Seq, UserName,
    },
    server::fanout::batch::EventBatch,
    server::fanout::catchup::Pages,
    server::fanout::channel::{LiveReceiver, Received},
    server::fanout::hub::{Hub, HubMessage},
    server::fanout::remote::Topic,
    server::metrics::Metrics,
    server::store::Store,
};

/// The most spare room an idle feed's queues keep, in items.
const SPARE_ITEMS: usize = 8;

/// One thing to deliver to the client.
#[derive(Clone, Debug)]
pub enum FeedItem {
    /// A stored event, in order.
    Event(Arc<Event>),
    /// Stored events of one room, in order: `batch.events()[range]`.
    Events(Arc<EventBatch>, Range<usize>),
    /// A presence change in one of the rooms.
    Presence(Arc<PresenceChange>),
    /// Coalesced presence changes of a big room.
    PresenceSummary(Arc<PresenceSummary>),
    /// Something unstored: a read position moved, someone typing.
    Signal(Arc<crate::server::fanout::signal::Signal>),
}

/// Work taken off a receiver, kept until done so `next` is cancel-safe.
#[derive(Clone, Debug)]
enum Work {
    /// A live event to put in order; true once the gap before it was read.
    Live(Source, Arc<Event>, bool),
    /// A receiver lagged (or a room was just followed): read the store.
    CatchUp(Source),
    /// Read the private conversations that moved past their cursors.
    Private,
    /// Follow the owner's rooms the feed does not follow yet.
    FollowJoined,
    /// Read a conversation from its cursor up to a seq (or its end), one
    /// page per step.
    Gap(ConversationKey, Option<Seq>),
}

/// What is left of a piece of work after one step of it.
enum Step {
    /// Done: take it off the list.
    Done,
    /// More to do (another page).
    Again,
    /// Done, and this work comes next, in order.
    Then(Vec<Work>),
}

/// Which channel a receiver belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Source {
    Room(RoomName),
    Inbox,
}

/// The ordered, deduplicated live view of a set of conversations.
pub struct Feed {
    store: Arc<dyn Store>,
    hub: Hub,
    /// Where gaps are read from, a page at a time.
    pages: Arc<Pages>,
    /// The user whose stream this is: a Chat session's or a Subscribe
    /// stream's caller.
    owner: UserName,
    /// The live receivers.
    receivers: Receivers,
    /// Conversation → the last seq delivered (or skipped as our own).
    cursors: HashMap<ConversationKey, Seq>,
    /// Items ready to hand out, before reading any receiver again.
    ready: VecDeque<FeedItem>,
    /// Work taken off the receivers and not yet done.
    todo: VecDeque<Work>,
    /// Events this session caused and was acked for: not delivered to it.
    own: HashMap<ConversationKey, BTreeSet<Seq>>,
}

impl Feed {
    /// An empty feed.
    pub fn new(store: Arc<dyn Store>, hub: Hub, owner: UserName) -> Self {
        Self {
            store,
            pages: hub.pages(),
            hub,
            owner,
            receivers: Receivers::default(),
            cursors: HashMap::new(),
            ready: VecDeque::new(),
            todo: VecDeque::new(),
            own: HashMap::new(),
        }
    }

    /// Records that this session caused the event at `seq` (it was acked),
    /// so the feed skips it, live or replayed.
    pub fn mark_own(&mut self, conversation: ConversationKey, seq: Seq) {
        let pending = match self.cursors.get(&conversation) {
            Some(&cursor) => cursor < seq,
            // A private conversation may start with our own message; a
            // room we do not follow (we just left it) never delivers.
            None => matches!(conversation, ConversationKey::Private(..)),
        };
        if pending {
            self.own.entry(conversation).or_default().insert(seq);
        }
    }

    /// Whether the feed has nothing left to follow (and nothing to hand out).
    pub fn follows_nothing(&self) -> bool {
        self.receivers.is_empty() && self.ready.is_empty() && self.todo.is_empty()
    }

    /// The rooms this feed follows.
    pub fn rooms(&self) -> Vec<RoomName> {
        self.receivers
            .list
            .iter()
            .filter_map(|(source, _)| match source {
                Source::Room(room) => Some(room.clone()),
                Source::Inbox => None,
            })
            .collect()
    }

    /// Where this feed stands in each private conversation, seen from `me`.
    pub fn private_cursors(&self, me: &UserName) -> Vec<(UserName, Seq)> {
        self.cursors
            .iter()
            .filter_map(|(key, seq)| key.peer_of(me).map(|peer| (peer.clone(), *seq)))
            .collect()
    }

    /// Follows a room: replays what came after `after` (or, with `None`,
    /// starts from the room's current end), then its live events.
    /// A room already followed is left as it is, so naming a room twice
    /// replays it once. The replay is read as the feed is polled (see
    /// [`Self::replay_page`]), a page at a time.
    pub async fn follow_room(&mut self, room: &RoomName, after: Option<Seq>) -> Result<()> {
        let key = ConversationKey::Room(room.clone());
        if self.cursors.contains_key(&key) {
            return Ok(());
        }
        let receiver = self.hub.subscribe_room(room);
        // Other nodes' events of the room reach the hub from here on.
        self.hub.follow_remote(Topic::Room(room.clone())).await;
        let last = self.store.last_seq(&key).await?;
        let start = match after {
            Some(after) if after > last => {
                return Err(Error::CursorAhead {
                    conversation: format!("room {room}"),
                    after,
                    last,
                })
            }
            Some(after) => after,
            None => last,
        };
        self.cursors.insert(key, start);
        self.receivers.insert(Source::Room(room.clone()), receiver);
        self.todo
            .push_back(Work::CatchUp(Source::Room(room.clone())));
        Ok(())
    }

    /// Stops following a room.
    pub fn unfollow_room(&mut self, room: &RoomName) {
        let key = ConversationKey::Room(room.clone());
        self.receivers.remove(&Source::Room(room.clone()));
        self.own.remove(&key);
        self.cursors.remove(&key);
    }

    /// Follows the owner's inbox: private messages (replayed from `cursors`,
    /// one per peer; a peer not named replays from 0) and the owner's joins
    /// made by other sessions. The replay is read as the feed is polled.
    pub fn follow_inbox(&mut self, inbox: LiveReceiver<HubMessage>, cursors: &[(UserName, Seq)]) {
        let owner = self.owner.clone();
        self.receivers.insert(Source::Inbox, inbox);
        for (peer, seq) in cursors {
            self.cursors
                .insert(ConversationKey::private(&owner, peer), *seq);
        }
        self.todo.push_back(Work::Private);
    }

    /// Reads the replay on: does the work queued (a page of a gap, at
    /// most) until something is ready to hand out. False once the replay
    /// is over: nothing ready, nothing queued; live events are not looked
    /// at. Cancel-safe, like [`Self::next`].
    pub async fn replay_page(&mut self) -> Result<bool> {
        loop {
            if !self.ready.is_empty() {
                return Ok(true);
            }
            let Some(work) = self.todo.front().cloned() else {
                self.release_spare();
                return Ok(false);
            };
            let step = self.work(work).await?;
            self.step(step);
        }
    }

    /// The next item that is ready now, without looking at the store or
    /// the live receivers.
    pub fn pop_ready(&mut self) -> Option<FeedItem> {
        self.ready.pop_front()
    }

    /// The next item to deliver. Waits forever if the feed follows nothing.
    ///
    /// Cancel-safe, so it can sit in a `select!`: work taken off a receiver
    /// is queued in `todo` before any `.await`, every step of work changes
    /// the feed only after its last `.await`, and every piece of work is
    /// idempotent (a catch-up reads from the current cursor), so a
    /// cancelled call is simply resumed by the next one.
    pub async fn next(&mut self) -> Result<FeedItem> {
        loop {
            if let Some(item) = self.ready.pop_front() {
                return Ok(item);
            }
            if let Some(work) = self.todo.front().cloned() {
                let step = self.work(work).await?;
                self.step(step);
                continue;
            }
            self.release_spare();
            let (index, received) = std::future::poll_fn(|cx| self.receivers.poll_recv(cx)).await;
            self.take(index, received);
        }
    }

    /// Gives back the room the queues grew to in a replay or a burst (a
    /// page of a catch-up is up to a hundred items), now that both are
    /// empty: an idle session keeps no more than it needs when idle.
    fn release_spare(&mut self) {
        if self.ready.is_empty() && self.ready.capacity() > SPARE_ITEMS {
            self.ready = VecDeque::new();
        }
        if self.todo.is_empty() && self.todo.capacity() > SPARE_ITEMS {
            self.todo = VecDeque::new();
        }
    }

    /// The next item if it is ready now, without waiting and without
    /// registering to be woken; `None` if there is none, or if what comes
    /// next needs the store (then [`Self::next`] does it).
    pub fn try_next(&mut self) -> Option<FeedItem> {
        loop {
            if let Some(item) = self.ready.pop_front() {
                return Some(item);
            }
            if !self.todo.is_empty() {
                return None;
            }
            let (index, received) = self.receivers.try_recv()?;
            self.take(index, received);
        }
    }

    /// Sorts what receiver `index` received into `ready` or `todo`.
    fn take(&mut self, index: usize, received: Received<HubMessage>) {
        let source = |feed: &Self| feed.receivers.list[index].0.clone();
        match received {
            Received::Message(HubMessage::PresenceSummary(summary)) => {
                self.ready.push_back(FeedItem::PresenceSummary(summary));
            }
            Received::Message(HubMessage::Signal(signal)) => {
                if signal.for_stream_of(&self.owner) {
                    self.ready.push_back(FeedItem::Signal(signal));
                }
            }
            Received::Message(HubMessage::Presence(change)) => {
                if self.owner != change.user {
                    self.ready.push_back(FeedItem::Presence(change));
                }
            }
            Received::Message(HubMessage::Events(batch)) => {
                if !self.deliver_batch(&batch) {
                    let source = source(self);
                    for event in batch.events() {
                        self.todo
                            .push_back(Work::Live(source.clone(), event.clone(), false));
                    }
                }
            }
            Received::Message(HubMessage::Event(event)) => {
                let source = source(self);
                self.todo.push_back(Work::Live(source, event, false));
            }
            Received::Lagged(missed) => {
                let source = source(self);
                tracing::debug!(
                    ?source,
                    missed,
                    "receiver lagged; catching up from the store"
                );
                Metrics::count(&self.hub.metrics().catch_ups);
                self.todo.push_back(Work::CatchUp(source));
            }
        }
    }

    /// One step of `work`.
    async fn work(&mut self, work: Work) -> Result<Step> {
        match work {
            Work::CatchUp(Source::Room(room)) => Ok(Step::Then(vec![Work::Gap(
                ConversationKey::Room(room),
                None,
            )])),
            Work::CatchUp(Source::Inbox) => Ok(Step::Then(vec![Work::Private, Work::FollowJoined])),
            Work::Private => self.private_gaps().await,
            Work::FollowJoined => {
                self.follow_joined_rooms().await?;
                Ok(Step::Done)
            }
            Work::Gap(key, until) => self.gap_page(&key, until).await,
            Work::Live(source, event, gap_read) => Ok(self.on_event(&source, event, gap_read)),
        }
    }

    /// Takes a step's outcome into the work list.
    fn step(&mut self, step: Step) {
        match step {
            Step::Again => {}
            Step::Done => {
                self.todo.pop_front();
            }
            Step::Then(next) => {
                self.todo.pop_front();
                for work in next.into_iter().rev() {
                    self.todo.push_front(work);
                }
            }
        }
    }

    /// The fast path of the fan-out: a batch that starts at or before the
    /// room's next expected event and reaches past it is handed out whole
    /// (less what was already delivered and what this session caused),
    /// with no per-event work, no queueing and no store read. Returns
    /// false if the batch needs the full treatment, event by event.
    fn deliver_batch(&mut self, batch: &Arc<EventBatch>) -> bool {
        let owner_left = batch.left(&self.owner);
        if !self.todo.is_empty() || owner_left {
            return false;
        }
        let key = batch.conversation();
        let Some(cursor) = self.cursors.get_mut(key) else {
            return false;
        };
        let (first, last) = (batch.first_seq(), batch.last_seq());
        if *cursor >= last {
            return true;
        }
        if *cursor + 1 < first {
            return false;
        }
        let from = *cursor + 1;
        *cursor = last;
        let index = |seq: Seq| usize::try_from(seq - first).unwrap_or(usize::MAX);
        let mut start = index(from);
        if let Some(own) = self.own.get_mut(key) {
            let mine: Vec<Seq> = own.range(from..=last).copied().collect();
            for seq in mine {
                own.remove(&seq);
                if index(seq) > start {
                    self.ready
                        .push_back(FeedItem::Events(batch.clone(), start..index(seq)));
                }
                start = index(seq) + 1;
            }
            if own.is_empty() {
                self.own.remove(key);
            }
        }
        if start < batch.events().len() {
            self.ready
                .push_back(FeedItem::Events(batch.clone(), start..batch.events().len()));
        }
        true
    }

    /// Puts a live event in order: drops it if seen, reads the gap before
    /// it first if there is one (once: a gap the store cannot fill is not
    /// waited on forever), hands it out.
    fn on_event(&mut self, source: &Source, event: Arc<Event>, gap_read: bool) -> Step {
        let key = &event.conversation;
        if source == &Source::Inbox {
            if let (Some(room), EventKind::Joined) = (key.room(), &event.kind) {
                // One of our user's other sessions joined a room: follow it
                // from the join on, unless we already do.
                if !self.cursors.contains_key(key) {
                    self.cursors.insert(key.clone(), event.seq - 1);
                    let receiver = self.hub.subscribe_room(room);
                    self.receivers.insert(Source::Room(room.clone()), receiver);
                    self.todo
                        .push_back(Work::CatchUp(Source::Room(room.clone())));
                }
                return Step::Done;
            }
            if let (Some(_), EventKind::Invited { target }) = (key.room(), &event.kind) {
                // Our user was invited to a room it does not follow: tell
                // it (the room's own log has the event too, for members).
                if *target == self.owner && !self.cursors.contains_key(key) {
                    self.ready.push_back(FeedItem::Event(event));
                }
                return Step::Done;
            }
        }
        let cursor = match (self.cursors.get(key), key) {
            (Some(&cursor), _) => cursor,
            // A private conversation we have not seen yet starts at 0.
            (None, ConversationKey::Private(..)) => 0,
            // A room we no longer follow.
            (None, ConversationKey::Room(_)) => return Step::Done,
        };
        if event.seq <= cursor {
            return Step::Done;
        }
        if event.seq > cursor + 1 && !gap_read {
            self.cursors.entry(key.clone()).or_insert(0);
            let gap = Work::Gap(key.clone(), Some(event.seq - 1));
            return Step::Then(vec![gap, Work::Live(source.clone(), event, true)]);
        }
        self.deliver(event);
        Step::Done
    }

    /// Hands an in-order event out (or skips it if this session caused it)
    /// and advances the cursor.
    fn deliver(&mut self, event: Arc<Event>) {
        self.cursors.insert(event.conversation.clone(), event.seq);
        self.hand_out(event);
    }

    /// Queues an event whose cursor is already advanced, unless this session
    /// caused it; a `left` of our own user, or a kick or ban of them, is the
    /// last event of the room handed out: the feed stops following it.
    fn hand_out(&mut self, event: Arc<Event>) {
        let own = self.take_own(&event.conversation, event.seq);
        if let (Some(room), Some(gone)) =
            (event.conversation.room(), event.kind.removes(&event.sender))
        {
            if *gone == self.owner {
                let room = room.clone();
                self.unfollow_room(&room);
            }
        }
        if !own {
            self.ready.push_back(FeedItem::Event(event));
        }
    }

    /// Whether this session caused the event at `seq`, forgetting it.
    fn take_own(&mut self, conversation: &ConversationKey, seq: Seq) -> bool {
        let Some(own) = self.own.get_mut(conversation) else {
            return false;
        };
        let was_own = own.remove(&seq);
        if own.is_empty() {
            self.own.remove(conversation);
        }
        was_own
    }

    /// Follows the owner's rooms that the feed does not follow yet: after
    /// the inbox lagged, a join made by another of the owner's sessions may
    /// be among what it missed. Such a room is followed from its current
    /// end; what was said in it since the join is in its history.
    async fn follow_joined_rooms(&mut self) -> Result<()> {
        let me = self.owner.clone();
        for room in self.store.rooms_of(&me).await? {
            self.follow_room(&room, None).await?;
        }
        Ok(())
    }

    /// The private conversations that moved past their cursors, as gaps
    /// to read.
    async fn private_gaps(&mut self) -> Result<Step> {
        let me = self.owner.clone();
        let ends = self.store.private_conversations(&me).await?;
        let mut gaps = Vec::new();
        for (peer, last) in ends {
            let key = ConversationKey::private(&me, &peer);
            if self.cursors.get(&key).copied().unwrap_or(0) < last {
                self.cursors.entry(key.clone()).or_insert(0);
                gaps.push(Work::Gap(key, Some(last)));
            }
        }
        Ok(Step::Then(gaps))
    }

    /// Reads one page of a conversation from its cursor, up to `until` (or
    /// the end of the log), and queues its events in order.
    async fn gap_page(&mut self, key: &ConversationKey, until: Option<Seq>) -> Result<Step> {
        let Some(&cursor) = self.cursors.get(key) else {
            return Ok(Step::Done);
        };
        if until.is_some_and(|until| cursor >= until) {
            return Ok(Step::Done);
        }
        let page = self.pages.read(&*self.store, key, cursor).await?;
        for event in page.events() {
            if until.is_some_and(|until| event.seq > until) {
                return Ok(Step::Done);
            }
            self.deliver(event.clone());
            if !self.cursors.contains_key(key) {
                // We left the room in this very page.
                return Ok(Step::Done);
            }
        }
        Ok(if page.at_end() {
            Step::Done
        } else {
            Step::Again
        })
    }
}

/// A feed's live receivers, each with the channel it belongs to.
#[derive(Default)]
struct Receivers {
    list: Vec<(Source, LiveReceiver<HubMessage>)>,
    /// Where the next look starts, so that no receiver is always last.
    turn: usize,
}

impl Receivers {
    fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    fn insert(&mut self, source: Source, receiver: LiveReceiver<HubMessage>) {
        match self.list.iter_mut().find(|(s, _)| *s == source) {
            Some(entry) => entry.1 = receiver,
            None => self.list.push((source, receiver)),
        }
    }

    fn remove(&mut self, source: &Source) {
        self.list.retain(|(s, _)| s != source);
    }

    /// The order to look at the receivers in, starting at `turn`.
    fn order(&self) -> impl Iterator<Item = usize> {
        let len = self.list.len();
        let turn = self.turn;
        (0..len).map(move |i| (turn + i) % len)
    }

    fn try_recv(&mut self) -> Option<(usize, Received<HubMessage>)> {
        for index in self.order() {
            if let Some(received) = self.list[index].1.try_recv() {
                self.turn = index + 1;
                return Some((index, received));
            }
        }
        None
    }

    /// The next message of any receiver; `Pending` (with every receiver
    /// set to wake the task) if none has one. With no receivers, never
    /// ready.
    fn poll_recv(&mut self, cx: &mut Context<'_>) -> Poll<(usize, Received<HubMessage>)> {
        for index in self.order() {
            if let Poll::Ready(received) = self.list[index].1.poll_recv(cx) {
                self.turn = index + 1;
                return Poll::Ready((index, received));
            }
        }
        Poll::Pending
    }
}
