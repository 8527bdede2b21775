//! Between nodes: several confab nodes on one PostgreSQL store fan out
//! to each other over NATS core (`--bus nats://...`).
//!
//! ```text
//!  node A: store commit ──▶ BusFanout::publish ──▶ A's hub (its own streams)
//!                                  │ each event encoded once (wire.rs), on the
//!                                  │ subjects of its room and users (subject.rs)
//!                                  ▼
//!                              nats-server ── only to nodes that subscribed
//!                                  │
//!  node B: one subscription per room / user B's streams follow (follow.rs)
//!                                  ▼
//!                      Order (order.rs): per conversation the last seq handed
//!                      on; repeats dropped; past a gap, wait, then read the
//!                      gap from the store (receive.rs) ──▶ B's hub ──▶ streams
//! ```
//!
//! The store is the log of record and the bus only has to be fast: what it
//! loses is read again by seq. A gap shows when a later event arrives; a
//! loss with nothing after it (the last message of a quiet room, messages
//! published while the connection was down, those NATS dropped for a slow
//! consumer) is found by asking the store for the last seq of the followed
//! conversations: on every reconnect and slow-consumer event, and
//! periodically for conversations that heard nothing (`--bus-check-ms`).
//!
//! Presence travels on the bus too (presence.rs): each node's session
//! counts per user, so a user is online while a session is open on any
//! node, and a node that stops being heard has its users go offline. So
//! do signals (signals.rs): read markers and typing, unstored.
//!
//! Sends never wait for the bus: a commit hands its events to a bounded
//! queue and returns; while NATS is down the queue fills and what does not
//! fit is dropped (and counted), to be read from the store on the other
//! side. A node does not hear its own publishes (`no_echo`): its hub got
//! them from the commit.

mod fields;
mod follow;
mod order;
mod presence;
mod receive;
mod signals;
mod subject;
mod wire;

#[cfg(test)]
mod tests;

use std::{
    sync::{Arc, Mutex, MutexGuard},
    time::{Duration, Instant},
};

use bytes::Bytes;
use tokio::sync::{mpsc, Notify};

use crate::{
    model::Event,
    server::{
        fanout::hub::Hub,
        metrics::Metrics,
        shutdown::TaskGuard,
        store::{Fanout, Store},
    },
};

use self::{follow::Follows, order::Order};

/// Events waiting to be published; past this, a commit's events are
/// dropped from the bus (other nodes read them from the store).
const OUTGOING_CAPACITY: usize = 65_536;

/// Messages received and not yet ordered; past this, the subscriptions
/// fill and NATS reports a slow consumer (then the store is checked).
const INCOMING_CAPACITY: usize = 65_536;

/// How the bus behaves.
#[derive(Clone, Debug)]
pub(crate) struct BusConfig {
    /// `nats://HOST:PORT`.
    pub(crate) url: String,
    /// This node's name.
    pub(crate) node_id: String,
    /// How long an event past a gap waits before the gap is read.
    pub(crate) gap_wait: Duration,
    /// How often quiet conversations are checked against the store.
    pub(crate) check_every: Duration,
}

/// Why the bus cannot start.
#[derive(Debug, thiserror::Error)]
#[error("cannot use the bus {url}: {reason}")]
pub(crate) struct BusError {
    url: String,
    reason: String,
}

/// One message to publish on several subjects.
pub(crate) struct Outgoing {
    subjects: Vec<String>,
    payload: Bytes,
}

/// What the bus's tasks share.
pub(crate) struct Shared {
    config: BusConfig,
    client: async_nats::Client,
    hub: Hub,
    metrics: Arc<Metrics>,
    /// Per conversation, the last seq handed to the hub. Held while handing
    /// events to the hub, so each conversation reaches it in order.
    order: Mutex<Order>,
    /// The subscriptions, by topic.
    follows: Follows,
    /// To the publishing task.
    outgoing: mpsc::Sender<Outgoing>,
    /// Who has sessions open on the other nodes.
    presence: presence::Presence,
    /// Rings when the bus may have lost something (reconnect, slow
    /// consumer): every followed conversation is checked.
    check_all: Arc<Notify>,
    /// Rings when one of this node's commits starts waiting behind a gap,
    /// so the receiving task sets its timer for it.
    gap_opened: Notify,
}

/// A connection to the bus, before the store is open.
pub(crate) struct Bus {
    shared: Arc<Shared>,
    outgoing: mpsc::Receiver<Outgoing>,
    incoming: mpsc::Receiver<async_nats::Message>,
}

impl Bus {
    /// Connects to NATS (in the background if it is not up yet: the node
    /// starts and serves, and other nodes' events arrive once it is).
    pub(crate) async fn connect(
        config: BusConfig,
        hub: Hub,
        metrics: Arc<Metrics>,
    ) -> Result<Self, BusError> {
        let check_all = Arc::new(Notify::new());
        let events = {
            let (check_all, metrics, node) =
                (check_all.clone(), metrics.clone(), config.node_id.clone());
            move |event: async_nats::Event| {
                let (check_all, metrics, node) = (check_all.clone(), metrics.clone(), node.clone());
                async move { on_event(&node, event, &check_all, &metrics) }
            }
        };
        let client = async_nats::ConnectOptions::new()
            .name(format!("confab {}", config.node_id))
            .no_echo()
            .retry_on_initial_connect()
            .max_reconnects(None)
            .reconnect_delay_callback(|attempts| {
                Duration::from_millis((100 * attempts as u64).min(2000))
            })
            .event_callback(events)
            .connect(config.url.as_str())
            .await
            .map_err(|e| BusError {
                url: config.url.clone(),
                reason: e.to_string(),
            })?;
        let (outgoing_tx, outgoing) = mpsc::channel(OUTGOING_CAPACITY);
        let (incoming_tx, incoming) = mpsc::channel(INCOMING_CAPACITY);
        let shared = Arc::new(Shared {
            follows: Follows::new(client.clone(), incoming_tx),
            config,
            client,
            hub,
            metrics,
            order: Mutex::new(Order::default()),
            presence: presence::Presence::new(),
            outgoing: outgoing_tx,
            check_all,
            gap_opened: Notify::new(),
        });
        Ok(Self {
            shared,
            outgoing,
            incoming,
        })
    }

    /// What the store hands its commits to: this node's hub, then the bus.
    pub(crate) fn fanout(&self) -> Arc<dyn Fanout> {
        Arc::new(BusFanout(self.shared.clone()))
    }

    /// Starts publishing and receiving, now that the store (where gaps are
    /// read) is open; the bus runs for as long as the guard is held.
    ///
    /// It returns once the presence subscription has reached the bus (or,
    /// with the bus away, after [`presence::SUBSCRIBE_WAIT`]), so that the
    /// first sessions opened on the other nodes after this node listens
    /// are heard at once, not at their next heartbeat.
    pub(crate) async fn start(self, store: Arc<dyn Store>) -> TaskGuard {
        self.shared
            .hub
            .set_remote(Arc::new(follow::Remote(self.shared.clone())));
        let publisher = TaskGuard::spawn(publish(self.shared.clone(), self.outgoing));
        let hearing = presence::subscribe(&self.shared).await;
        let presence = TaskGuard::spawn(presence::run(self.shared.clone(), store.clone(), hearing));
        let signals = TaskGuard::spawn(signals::run(self.shared.clone()));
        let shared = self.shared;
        let incoming = self.incoming;
        TaskGuard::spawn(async move {
            let _tasks = (publisher, presence, signals);
            receive::run(shared, store, incoming).await;
        })
    }
}

impl Shared {
    fn order(&self) -> MutexGuard<'_, Order> {
        self.order
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The store's fan-out when there is a bus.
struct BusFanout(Arc<Shared>);

impl Fanout for BusFanout {
    fn publish(&self, events: &[Arc<Event>]) {
        let shared = &self.0;
        {
            let now = Instant::now();
            let mut order = shared.order();
            let mut ready: Vec<Arc<Event>> = Vec::with_capacity(events.len());
            let mut held = false;
            for event in events {
                let handed = order.local(event.clone(), now);
                // Nothing handed on: it waits behind a gap (or repeats).
                held |= handed.is_empty();
                ready.extend(handed);
            }
            if !ready.is_empty() {
                shared.hub.publish(&ready);
            }
            if held {
                shared.gap_opened.notify_one();
            }
        }
        for event in events {
            let outgoing = Outgoing {
                subjects: subject::of_event(event),
                payload: wire::encode(event),
            };
            if shared.outgoing.try_send(outgoing).is_err() {
                Metrics::count(&shared.metrics.bus_publishes_dropped);
            }
        }
    }
}

/// Publishes what commits queued, in commit order.
async fn publish(shared: Arc<Shared>, mut outgoing: mpsc::Receiver<Outgoing>) {
    while let Some(message) = outgoing.recv().await {
        for subject in message.subjects {
            match shared
                .client
                .publish(subject, message.payload.clone())
                .await
            {
                Ok(()) => Metrics::count(&shared.metrics.bus_publishes),
                Err(error) => {
                    Metrics::count(&shared.metrics.bus_publishes_dropped);
                    tracing::debug!(node = %shared.config.node_id, %error, "bus publish failed");
                }
            }
        }
    }
}

/// What the NATS connection reports.
fn on_event(node: &str, event: async_nats::Event, check_all: &Notify, metrics: &Metrics) {
    match event {
        async_nats::Event::Connected => {
            tracing::info!(
                node,
                "bus connected; checking followed conversations against the store"
            );
            Metrics::count(&metrics.bus_connects);
            check_all.notify_one();
        }
        async_nats::Event::Disconnected => {
            tracing::warn!(
                node,
                "bus disconnected: sends still commit; other nodes' events wait for the reconnect"
            );
        }
        async_nats::Event::SlowConsumer(sid) => {
            Metrics::count(&metrics.bus_slow_consumers);
            tracing::warn!(
                node,
                sid,
                "the bus dropped messages for a slow subscription; checking the store"
            );
            check_all.notify_one();
        }
        other => tracing::info!(node, event = %other, "bus event"),
    }
}
