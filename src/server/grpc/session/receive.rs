//! One Receive stream: the receiving half of a Chat session, for a client
//! that cannot open the bidirectional Chat (a browser over gRPC-Web). It
//! registers with the hub like a Chat session (the user is online while
//! it is open), resumes from the client's cursors ([`super::resume`]),
//! sends what was missed, then `ready`, then live events of the user's
//! rooms and private conversations, presence, and the rooms the user joins
//! anywhere. The client acts with the unary calls, so the events its own
//! calls stored are delivered too (nothing is marked as its own).
//!
//! Like a Subscribe stream, the stream itself drives its feed. It ends at
//! shutdown (UNAVAILABLE), when the caller's token expires
//! (UNAUTHENTICATED), or with the error that stopped it; whichever way, the
//! hub is told and the private cursors are saved.

use std::{
    collections::VecDeque,
    net::SocketAddr,
    pin::Pin,
    sync::Arc,
    time::{Duration, SystemTime},
};

use tokio::time::Sleep;
use tonic::Status;

use crate::{
    error::{Error, Result},
    model::{Actor, ConversationKey, Event},
    server::{
        app::App,
        fanout::{
            feed::{Feed, FeedItem},
            remote::Topic,
        },
        grpc::{
            convert, convert_reads,
            pb::{self, receive_response::Frame},
            session::resume,
        },
        metrics::Metrics,
        peer_sessions::SessionSlot,
        shutdown::ShutdownListener,
        token,
    },
};

/// How long after a private event the stream saves where it stands in its
/// private conversations (as a Chat session does): bounds what a server
/// crash makes a cursor-less resume repeat.
const PRIVATE_CURSOR_SAVE_DELAY: Duration = Duration::from_secs(2);

/// Where the stream is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    /// Sending what the client missed, then `ready`.
    Replaying,
    /// Sending live events.
    Live,
    /// Nothing more to send.
    Ended,
}

/// One Receive stream.
pub(crate) struct Receiver {
    core: App,
    actor: Actor,
    feed: Feed,
    phase: Phase,
    /// Completes when the server begins shutting down.
    shutdown: ShutdownListener,
    /// Events of a batch not yet sent, each its own frame.
    pending: VecDeque<Arc<Event>>,
    /// Other frames to send before anything else the feed gives.
    queued: VecDeque<Frame>,
    /// The `ready` frame, sent when the replay is over.
    ready: Option<pb::Ready>,
    /// Whether the hub counts this stream (and must be told it ended).
    registered: bool,
    /// When to save the private cursors next: armed by a private event.
    private_save_due: Option<Pin<Box<Sleep>>>,
    /// When the caller's token expires; `None` in open mode.
    expiry: Option<Pin<Box<Sleep>>>,
    /// The stream's place among its peer address's sessions, given back
    /// when it ends.
    slot: Option<SessionSlot>,
}

impl Receiver {
    /// Opens a stream for `actor`: registers it with the hub (announcing
    /// the user online if it is their first session), and follows their
    /// conversations from `cursors`. The stream ends with UNAUTHENTICATED
    /// at `expires`, if given.
    pub(crate) async fn open(
        core: App,
        actor: Actor,
        peer: Option<SocketAddr>,
        cursors: Vec<pb::Cursor>,
        expires: Option<SystemTime>,
    ) -> Result<Self> {
        // Counted with the Chat sessions from the same address.
        let slot = core.peer_sessions.open(peer)?;
        let feed = Feed::new(core.store.clone(), core.hub.clone(), actor.user.clone());
        let mut receiver = Self {
            shutdown: core.shutdown.listener(),
            core,
            actor,
            feed,
            phase: Phase::Replaying,
            pending: VecDeque::new(),
            queued: VecDeque::new(),
            ready: None,
            registered: false,
            private_save_due: None,
            expiry: expires.map(deadline),
            slot: Some(slot),
        };
        let (core, user) = (receiver.core.clone(), receiver.actor.user.clone());
        core.store.register_user(&user).await?;
        let (inbox, first_session) = core.hub.open_session(&user)?;
        // From here on, dropping the receiver (on an error below too)
        // closes the hub session.
        receiver.registered = true;
        // What other nodes send this user reaches the inbox from here on,
        // before the rooms are read (a join elsewhere is not missed).
        core.hub.follow_remote(Topic::User(user.clone())).await;
        let rooms = core.store.rooms_of(&user).await?;
        if first_session {
            core.hub.announce_online(&user, &rooms);
        }
        // No cursors (a browser's first load): what the user has not read,
        // a little of each room.
        let mut cursors = cursors;
        if cursors.is_empty() {
            let (missed, skipped) = resume::missed_cursors(&core, &user, &rooms).await?;
            cursors = missed;
            receiver
                .queued
                .extend(skipped.into_iter().map(Frame::UnreadSkipped));
        }
        let problems = resume::follow(
            &core,
            &receiver.actor,
            &mut receiver.feed,
            (&rooms, inbox),
            cursors,
        )
        .await?;
        for (conversation, error) in problems {
            receiver.queued.push_back(Frame::Error(pb::ChatError {
                request_id: String::new(),
                conversation,
                code: error.code() as i32,
                message: error.to_string(),
            }));
        }
        let unread = core.unread_of(&user, &rooms).await?;
        receiver.ready = Some(pb::Ready {
            rooms: rooms.iter().map(ToString::to_string).collect(),
            unread: unread
                .iter()
                .map(|(key, state)| convert_reads::unread_to_pb(&user, key, state))
                .collect(),
        });
        Ok(receiver)
    }

    /// The next frame; `None` once the stream is over.
    pub(crate) async fn next(&mut self) -> Option<Result<pb::ReceiveResponse, Status>> {
        let frame = loop {
            if let Some(event) = self.pending.pop_front() {
                break self.event_frame(&event);
            }
            if let Some(frame) = self.queued.pop_front() {
                break frame;
            }
            let item = match self.phase {
                Phase::Ended => return None,
                Phase::Replaying => match self.replay_step().await {
                    Ok(Some(item)) => Ok(item),
                    Ok(None) => {
                        self.phase = Phase::Live;
                        match self.ready.take() {
                            Some(ready) => break Frame::Ready(ready),
                            None => continue,
                        }
                    }
                    Err(error) => Err(error),
                },
                Phase::Live => match self.live_step().await {
                    Some(item) => item,
                    None => continue,
                },
            };
            match item {
                Ok(item) => {
                    if let Some(frame) = self.take(item) {
                        break frame;
                    }
                }
                Err(error) => {
                    self.end();
                    return Some(Err(error.into()));
                }
            }
        };
        Some(Ok(pb::ReceiveResponse { frame: Some(frame) }))
    }

    /// The next item of the replay; `None` once it is over.
    async fn replay_step(&mut self) -> Result<Option<FeedItem>> {
        if let Some(item) = self.feed.pop_ready() {
            return Ok(Some(item));
        }
        let more = tokio::select! {
            biased;
            () = &mut self.shutdown => Err(Error::ShuttingDown),
            more = self.feed.replay_page() => more,
        }?;
        Ok(if more { self.feed.pop_ready() } else { None })
    }

    /// Waits for whichever comes first: shutdown, the token's expiry, the
    /// private cursor save (done here: `None`), a live item.
    async fn live_step(&mut self) -> Option<Result<FeedItem>> {
        let expiring = self.expiry.is_some();
        let armed = self.private_save_due.is_some();
        tokio::select! {
            biased;
            () = &mut self.shutdown => Some(Err(Error::ShuttingDown)),
            () = due(&mut self.expiry), if expiring => {
                Some(Err(Error::Unauthenticated(token::EXPIRED.into())))
            }
            () = due(&mut self.private_save_due), if armed => {
                self.private_save_due = None;
                self.save_private_cursors();
                None
            }
            item = self.feed.next() => Some(item),
        }
    }

    /// The frame for an item, or `None` if it went to `pending`.
    fn take(&mut self, item: FeedItem) -> Option<Frame> {
        match item {
            FeedItem::Events(batch, range) => {
                self.pending.extend(batch.events()[range].iter().cloned());
                None
            }
            FeedItem::Event(event) => Some(self.event_frame(&event)),
            FeedItem::Presence(change) => Some(Frame::Presence(convert::presence_to_pb(&change))),
            FeedItem::PresenceSummary(summary) => Some(Frame::PresenceSummary(
                convert::presence_summary_to_pb(&summary, true),
            )),
            FeedItem::Signal(signal) => Some(convert_reads::signal_receive_frame(
                &self.actor.user,
                &signal,
            )),
        }
    }

    fn event_frame(&mut self, event: &Event) -> Frame {
        Metrics::count(&self.core.metrics.deliveries);
        if matches!(event.conversation, ConversationKey::Private(..))
            && self.private_save_due.is_none()
        {
            self.private_save_due = Some(deadline(SystemTime::now() + PRIVATE_CURSOR_SAVE_DELAY));
        }
        Frame::Event(convert::event_wire(event))
    }

    /// Nothing more is sent; the hub is told at once.
    fn end(&mut self) {
        self.phase = Phase::Ended;
        self.slot = None;
        self.pending.clear();
        self.queued.clear();
        self.leave_hub();
    }

    /// Tells the hub the stream is gone and saves where it stands in its
    /// private conversations. Runs once, at the end or when dropped.
    fn leave_hub(&mut self) {
        if !std::mem::take(&mut self.registered) {
            return;
        }
        let user = &self.actor.user;
        self.core.hub.close_session(user, &self.feed.rooms());
        self.save_private_cursors();
    }

    /// Saves where the stream stands in its private conversations, in the
    /// background (the store only ever moves a saved cursor forwards).
    fn save_private_cursors(&self) {
        let user = self.actor.user.clone();
        let cursors = self.feed.private_cursors(&user);
        if cursors.is_empty() {
            return;
        }
        let (store, metrics) = (self.core.store.clone(), self.core.metrics.clone());
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(async move {
                match store.save_private_cursors(&user, &cursors).await {
                    Ok(()) => Metrics::count(&metrics.private_cursor_saves),
                    Err(error) => tracing::warn!(%user, %error, "could not save private cursors"),
                }
            });
        }
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        // The client went away mid-stream: the hub must still be told.
        self.leave_hub();
    }
}

/// A timer that fires at `at` (at once if that has passed).
fn deadline(at: SystemTime) -> Pin<Box<Sleep>> {
    let left = at.duration_since(SystemTime::now()).unwrap_or_default();
    Box::pin(tokio::time::sleep(left))
}

/// Completes when the armed timer fires; never, when none is armed.
async fn due(timer: &mut Option<Pin<Box<Sleep>>>) {
    match timer {
        Some(timer) => timer.await,
        None => std::future::pending().await,
    }
}
