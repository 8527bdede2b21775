//! The in-process fan-out: one broadcast channel per room, one "inbox"
//! broadcast channel per online user (private messages, and the user's own
//! joins so that all of its sessions follow), and presence.
//!
//! The hub only delivers what the store has committed (it is the store's
//! [`Fanout`]); a session that falls behind its channel reads the gap from
//! the store, so a slow session never holds back the others and never loses
//! an event. A std mutex guards the maps: it is held for map lookups only,
//! never across an `.await`.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, MutexGuard},
};

use tokio::sync::{broadcast, watch};

use crate::{
    error::Error,
    metrics::Metrics,
    model::{Event, EventKind, RoomName, UserName},
    store::Fanout,
};

/// A live event as it travels through the hub.
#[derive(Clone, Debug)]
pub enum HubMessage {
    /// A stored event.
    Event(Arc<Event>),
    /// A member's online state changed.
    Presence(Arc<PresenceChange>),
}

/// A member's online state changed, told to one room.
#[derive(Debug)]
pub struct PresenceChange {
    /// The room being told.
    pub room: RoomName,
    /// Whose state changed.
    pub user: UserName,
    /// True for online, false for offline.
    pub online: bool,
}

/// A cheap-to-clone handle to the shared fan-out state.
#[derive(Clone)]
pub struct Hub {
    shared: Arc<Shared>,
}

struct Shared {
    /// The channels, behind one short-held lock.
    channels: Mutex<Channels>,
    /// Capacity of each broadcast channel; a receiver further behind than
    /// this lags and catches up from the store.
    capacity: usize,
    /// Flipped to true at shutdown; every session watches it.
    shutdown: watch::Sender<bool>,
    /// The most Chat sessions one user may have open.
    max_sessions_per_user: usize,
    /// The server's counters.
    metrics: Arc<Metrics>,
}

#[derive(Default)]
struct Channels {
    /// Room → its channel, created when the first session subscribes.
    rooms: HashMap<RoomName, broadcast::Sender<HubMessage>>,
    /// Online user → inbox channel and number of open sessions.
    users: HashMap<UserName, Online>,
}

struct Online {
    /// Private messages and own joins for all of the user's sessions.
    inbox: broadcast::Sender<HubMessage>,
    /// How many Chat sessions the user has open.
    sessions: usize,
}

impl Hub {
    /// A hub whose channels each buffer `capacity` messages, allowing each
    /// user `max_sessions_per_user` Chat sessions.
    pub fn new(capacity: usize, max_sessions_per_user: usize, metrics: Arc<Metrics>) -> Self {
        Self {
            shared: Arc::new(Shared {
                channels: Mutex::new(Channels::default()),
                capacity: capacity.max(1),
                shutdown: watch::Sender::new(false),
                max_sessions_per_user: max_sessions_per_user.max(1),
                metrics,
            }),
        }
    }

    /// The server's counters.
    pub fn metrics(&self) -> &Metrics {
        &self.shared.metrics
    }

    fn channels(&self) -> MutexGuard<'_, Channels> {
        self.shared
            .channels
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// A receiver of a room's live events. Subscribe before reading the
    /// store, so nothing falls between the read and the first live event.
    pub fn subscribe_room(&self, room: &RoomName) -> broadcast::Receiver<HubMessage> {
        let capacity = self.shared.capacity;
        self.channels()
            .rooms
            .entry(room.clone())
            .or_insert_with(|| broadcast::channel(capacity).0)
            .subscribe()
    }

    /// Registers a Chat session of `user`, returning its inbox receiver. The
    /// user's first session announces it online to `rooms`. Refused when the
    /// user already has as many sessions as allowed.
    pub fn open_session(
        &self,
        user: &UserName,
        rooms: &[RoomName],
    ) -> Result<broadcast::Receiver<HubMessage>, Error> {
        let capacity = self.shared.capacity;
        let max = self.shared.max_sessions_per_user;
        let mut channels = self.channels();
        let online = channels
            .users
            .entry(user.clone())
            .or_insert_with(|| Online {
                inbox: broadcast::channel(capacity).0,
                sessions: 0,
            });
        if online.sessions >= max {
            return Err(Error::ResourceExhausted(format!(
                "{user} already has {max} Chat sessions open, the most allowed"
            )));
        }
        online.sessions += 1;
        Metrics::count(&self.shared.metrics.sessions_open);
        let inbox = online.inbox.subscribe();
        if online.sessions == 1 {
            channels.announce(user, rooms, true);
        }
        Ok(inbox)
    }

    /// Unregisters a Chat session; the user's last session announces it
    /// offline to `rooms`.
    pub fn close_session(&self, user: &UserName, rooms: &[RoomName]) {
        let mut channels = self.channels();
        let Some(online) = channels.users.get_mut(user) else {
            return;
        };
        online.sessions = online.sessions.saturating_sub(1);
        Metrics::uncount(&self.shared.metrics.sessions_open);
        if online.sessions == 0 {
            channels.users.remove(user);
            channels.announce(user, rooms, false);
        }
    }

    /// Whether the user has a Chat session open.
    pub fn is_online(&self, user: &UserName) -> bool {
        self.channels().users.contains_key(user)
    }

    /// A receiver that sees `true` when the server begins shutting down.
    pub fn shutdown_signal(&self) -> watch::Receiver<bool> {
        self.shared.shutdown.subscribe()
    }

    /// Tells every session to end.
    pub fn begin_shutdown(&self) {
        self.shared.shutdown.send_replace(true);
    }
}

impl Channels {
    fn announce(&self, user: &UserName, rooms: &[RoomName], online: bool) {
        for room in rooms {
            if let Some(sender) = self.rooms.get(room) {
                let change = PresenceChange {
                    room: room.clone(),
                    user: user.clone(),
                    online,
                };
                // No receivers is fine: nobody is listening to that room.
                let _ = sender.send(HubMessage::Presence(Arc::new(change)));
            }
        }
    }

    fn send_to_user(&self, user: &UserName, message: &HubMessage) {
        if let Some(online) = self.users.get(user) {
            let _ = online.inbox.send(message.clone());
        }
    }
}

impl Fanout for Hub {
    fn publish(&self, event: Arc<Event>) {
        Metrics::count(&self.shared.metrics.events_stored);
        let mut channels = self.channels();
        let sender = event.sender.clone();
        let message = HubMessage::Event(event.clone());
        if let Some(room) = event.conversation.room() {
            if let Some(channel) = channels.rooms.get(room) {
                if channel.send(message.clone()).is_err() {
                    // Nobody listens any more: forget the channel.
                    channels.rooms.remove(room);
                }
            }
            if event.kind == EventKind::Joined {
                // The joiner's other sessions learn of the room here.
                channels.send_to_user(&sender, &message);
            }
        } else if let Some(recipient) = event.recipient() {
            channels.send_to_user(recipient, &message);
            channels.send_to_user(&sender, &message);
        }
    }
}

/// Completes once the server begins shutting down (or the hub is gone).
pub async fn shutting_down(signal: &mut watch::Receiver<bool>) {
    // The guard `wait_for` returns is dropped here, so callers stay `Send`.
    let _ = signal.wait_for(|down| *down).await;
}
