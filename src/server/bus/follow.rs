//! Subscriptions by interest: one NATS subscription per room and per user
//! this node's streams follow, made when the first stream starts following
//! and dropped by [`Follows::sweep`] once none does.
//!
//! A stream waits for its subscription to be active before it reads the
//! store (see [`crate::server::fanout::remote`]); the wait is bounded, so
//! a bus that is down delays other nodes' events (found later by the
//! store check), never the stream.

use std::{
    collections::{HashMap, HashSet},
    sync::{Arc, Mutex, MutexGuard},
    time::{Duration, Instant},
};

use futures_util::StreamExt as _;
use tokio::sync::{mpsc, watch};

use super::{subject, Shared};
use crate::server::{
    fanout::remote::{self, Ready, Topic},
    shutdown::TaskGuard,
};

/// The longest a stream waits for its subscription before it goes on.
const FOLLOW_WAIT: Duration = Duration::from_secs(2);

struct Entry {
    /// Turns true once the server has the subscription.
    active: watch::Receiver<bool>,
    /// When it was made (a sweep leaves younger ones alone).
    since: Instant,
    /// The task that forwards its messages; dropping it unsubscribes.
    _forward: TaskGuard,
}

/// The node's subscriptions.
pub(crate) struct Follows {
    client: async_nats::Client,
    /// Where every subscription's messages go, in arrival order.
    incoming: mpsc::Sender<async_nats::Message>,
    entries: Mutex<HashMap<Topic, Entry>>,
    /// Topics whose subscription just became active: the receiver looks
    /// at the store once for each.
    activated: mpsc::UnboundedSender<Topic>,
    activated_rx: Mutex<Option<mpsc::UnboundedReceiver<Topic>>>,
}

impl Follows {
    pub(crate) fn new(
        client: async_nats::Client,
        incoming: mpsc::Sender<async_nats::Message>,
    ) -> Self {
        let (activated, activated_rx) = mpsc::unbounded_channel();
        Self {
            client,
            incoming,
            entries: Mutex::new(HashMap::new()),
            activated,
            activated_rx: Mutex::new(Some(activated_rx)),
        }
    }

    fn entries(&self) -> MutexGuard<'_, HashMap<Topic, Entry>> {
        self.entries
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The receiver of activated topics (taken once, by the receiver task).
    pub(crate) fn take_activated(&self) -> Option<mpsc::UnboundedReceiver<Topic>> {
        self.activated_rx
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take()
    }

    /// Subscribes to `topic` unless already subscribed; the receiver turns
    /// true once the subscription is active.
    pub(crate) fn follow(&self, topic: Topic) -> watch::Receiver<bool> {
        let mut entries = self.entries();
        if let Some(entry) = entries.get(&topic) {
            return entry.active.clone();
        }
        let (active_tx, active) = watch::channel(false);
        let (client, incoming, activated) = (
            self.client.clone(),
            self.incoming.clone(),
            self.activated.clone(),
        );
        let subject = subject::of(&topic);
        let forwarded = topic.clone();
        let forward = TaskGuard::spawn(async move {
            let mut subscription = match client.subscribe(subject.clone()).await {
                Ok(subscription) => subscription,
                Err(error) => {
                    tracing::warn!(%subject, %error, "cannot subscribe on the bus");
                    return;
                }
            };
            // Written to the server before the stream reads the store.
            let _ = client.flush().await;
            active_tx.send_replace(true);
            let _ = activated.send(forwarded);
            while let Some(message) = subscription.next().await {
                if incoming.send(message).await.is_err() {
                    return;
                }
            }
        });
        entries.insert(
            topic,
            Entry {
                active: active.clone(),
                since: Instant::now(),
                _forward: forward,
            },
        );
        active
    }

    /// Drops the subscriptions of topics not in `interest` (a snapshot
    /// taken at `taken`), except those made since.
    pub(crate) fn sweep(&self, interest: &HashSet<Topic>, taken: Instant) {
        self.entries()
            .retain(|topic, entry| interest.contains(topic) || entry.since >= taken);
    }

    /// The topics subscribed to.
    pub(crate) fn topics(&self) -> Vec<Topic> {
        self.entries().keys().cloned().collect()
    }
}

/// The hub's view of the bus.
pub(crate) struct Remote(pub(crate) Arc<Shared>);

impl remote::Remote for Remote {
    fn follow(&self, topic: Topic) -> Ready {
        let mut active = self.0.follows.follow(topic);
        Box::pin(async move {
            let _ = tokio::time::timeout(FOLLOW_WAIT, active.wait_for(|active| *active)).await;
        })
    }

    fn sessions_elsewhere(&self, user: &crate::model::UserName) -> usize {
        self.0.presence.directory().elsewhere(user)
    }

    fn sessions_changed(&self, user: &crate::model::UserName, sessions: usize) {
        super::presence::publish_change(&self.0, user, sessions);
    }

    fn signal(&self, signal: &crate::server::fanout::signal::Signal) {
        super::signals::publish(&self.0, signal);
    }
}
