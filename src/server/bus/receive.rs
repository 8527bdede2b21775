//! The receiving task: what other nodes publish, put in order and handed
//! to this node's hub; gaps read from the store; the store asked for what
//! the bus may have lost.
//!
//! One task does it all, so the order bookkeeping has one writer apart
//! from this node's own commits. Store reads happen outside the order's
//! lock and are bounded in time: a store that does not answer makes the
//! task hand on what it holds as it is (the streams' feeds read the gap
//! themselves later), never stop.

use std::{
    collections::HashSet,
    sync::Arc,
    time::{Duration, Instant},
};

use tokio::sync::mpsc;

use super::{order::Gap, wire, Shared};
use crate::{
    error::{Error, Result},
    model::{ConversationKey, Event, Seq},
    server::{
        fanout::remote::Topic,
        metrics::Metrics,
        store::{ReadRange, Store},
    },
};

/// The most messages taken off the bus before handing them to the hub.
const BATCH: usize = 256;

/// The most events one gap read asks the store for at a time.
const READ_PAGE: usize = 1000;

/// How long one store call may take here before it counts as failed.
const STORE_TIMEOUT: Duration = Duration::from_secs(3);

/// How often topics nobody follows any more are dropped.
const SWEEP_EVERY: Duration = Duration::from_secs(1);

/// Every how many store checks the users' private conversations are
/// checked too (they cost a query per online user).
const USERS_EVERY_CHECKS: u32 = 5;

/// Runs until the incoming messages end (the bus is dropped).
pub(crate) async fn run(
    shared: Arc<Shared>,
    store: Arc<dyn Store>,
    mut incoming: mpsc::Receiver<async_nats::Message>,
) {
    let receiver = Receiver { shared, store };
    let Some(mut activated) = receiver.shared.follows.take_activated() else {
        return;
    };
    let mut checks = tokio::time::interval(
        receiver
            .shared
            .config
            .check_every
            .max(Duration::from_millis(10)),
    );
    checks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut sweeps = tokio::time::interval(SWEEP_EVERY);
    sweeps.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut check_count = 0u32;
    let wait = receiver.shared.config.gap_wait;
    loop {
        let due = receiver.shared.order().next_due(wait);
        let gap_due = async move {
            match due {
                Some(due) => tokio::time::sleep_until(due.into()).await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            message = incoming.recv() => {
                let Some(message) = message else { return };
                let mut messages = vec![message];
                while messages.len() < BATCH {
                    match incoming.try_recv() {
                        Ok(message) => messages.push(message),
                        Err(_) => break,
                    }
                }
                receiver.received(messages);
            }
            () = gap_due => receiver.fill_overdue().await,
            // A commit here waits behind a gap: `due` is computed again.
            () = receiver.shared.gap_opened.notified() => {}
            topic = activated.recv() => {
                if let Some(topic) = topic {
                    receiver.activated(topic).await;
                }
            }
            () = receiver.shared.check_all.notified() => receiver.check(true, None).await,
            _ = checks.tick() => {
                check_count = check_count.wrapping_add(1);
                let quiet_since = Instant::now() - receiver.shared.config.check_every;
                receiver.check(check_count.is_multiple_of(USERS_EVERY_CHECKS), Some(quiet_since)).await;
            }
            _ = sweeps.tick() => receiver.sweep(),
        }
    }
}

struct Receiver {
    shared: Arc<Shared>,
    store: Arc<dyn Store>,
}

impl Receiver {
    /// Orders a batch of messages and hands what is ready to the hub.
    fn received(&self, messages: Vec<async_nats::Message>) {
        let now = Instant::now();
        let metrics = &self.shared.metrics;
        Metrics::add(&metrics.bus_received, messages.len());
        let events: Vec<Arc<Event>> = messages
            .iter()
            .filter_map(|message| match wire::decode(&message.payload) {
                Ok(event) => Some(Arc::new(event)),
                Err(error) => {
                    Metrics::count(&metrics.bus_bad_payloads);
                    tracing::warn!(node = %self.shared.config.node_id, subject = %message.subject, %error, "dropped a bus message");
                    None
                }
            })
            .collect();
        let mut order = self.shared.order();
        let mut ready = Vec::new();
        for event in events {
            ready.extend(order.remote(event, now));
        }
        if !ready.is_empty() {
            self.shared.hub.deliver(&ready);
        }
    }

    /// Reads the gaps that waited long enough.
    async fn fill_overdue(&self) {
        let gaps = self
            .shared
            .order()
            .overdue(Instant::now(), self.shared.config.gap_wait);
        for gap in gaps {
            self.fill(gap).await;
        }
    }

    /// Reads a gap from the store and hands it, and what waited behind
    /// it, to the hub.
    async fn fill(&self, gap: Gap) {
        let metrics = &self.shared.metrics;
        match self.read(&gap.key, gap.after, gap.until).await {
            Ok(events) => {
                Metrics::count(&metrics.bus_gaps_filled);
                Metrics::add(&metrics.bus_gap_events, events.len());
                let mut order = self.shared.order();
                let ready = order.filled(&gap.key, events);
                if !ready.is_empty() {
                    self.shared.hub.deliver(&ready);
                }
            }
            Err(error) => {
                tracing::warn!(node = %self.shared.config.node_id, %error, "cannot read a gap from the store; handing on what arrived");
                let mut order = self.shared.order();
                let ready = order.give_up(&gap.key);
                if !ready.is_empty() {
                    self.shared.hub.deliver(&ready);
                }
            }
        }
    }

    /// Events of `key` after `after` up to `until`, a page at a time.
    async fn read(
        &self,
        key: &ConversationKey,
        mut after: Seq,
        until: Seq,
    ) -> Result<Vec<Arc<Event>>> {
        let mut events = Vec::new();
        while after < until {
            let page = within(self.store.read(key, ReadRange::After(after), READ_PAGE)).await?;
            let Some(last) = page.last().map(|event| event.seq) else {
                break;
            };
            events.extend(page.into_iter().filter(|event| event.seq <= until));
            after = last;
        }
        Ok(events)
    }

    /// A subscription became active: where does its conversation stand?
    async fn activated(&self, topic: Topic) {
        match topic {
            Topic::Room(room) => {
                self.check_key(ConversationKey::Room(room), None).await;
            }
            Topic::User(user) => self.check_user(&user, None).await,
        }
    }

    /// Asks the store where followed conversations end and reads what
    /// this node missed: all of them (`quiet_since` `None`) or those that
    /// heard nothing since then; the users' private conversations too if
    /// `users`.
    async fn check(&self, users: bool, quiet_since: Option<Instant>) {
        let keys = match quiet_since {
            Some(since) => self.shared.order().quiet(since),
            None => self.shared.order().known(),
        };
        for key in keys {
            self.check_key(key, None).await;
        }
        if users {
            for topic in self.shared.follows.topics() {
                if let Topic::User(user) = topic {
                    // A conversation this node does not know yet began
                    // after the user's subscription: read it from 0.
                    self.check_user(&user, Some(0)).await;
                }
            }
        }
    }

    async fn check_key(&self, key: ConversationKey, start: Option<Seq>) {
        let last = match within(self.store.last_seq(&key)).await {
            Ok(last) => last,
            Err(error) => {
                tracing::debug!(node = %self.shared.config.node_id, %error, "cannot check a conversation's last seq");
                return;
            }
        };
        let gap = self
            .shared
            .order()
            .caught_up(&key, last, Instant::now(), start);
        if let Some(gap) = gap {
            self.fill(gap).await;
        }
    }

    async fn check_user(&self, user: &crate::model::UserName, start: Option<Seq>) {
        let conversations = match within(self.store.private_conversations(user)).await {
            Ok(conversations) => conversations,
            Err(error) => {
                tracing::debug!(node = %self.shared.config.node_id, %error, "cannot check a user's private conversations");
                return;
            }
        };
        for (peer, last) in conversations {
            let key = ConversationKey::private(user, &peer);
            let gap = self
                .shared
                .order()
                .caught_up(&key, last, Instant::now(), start);
            if let Some(gap) = gap {
                self.fill(gap).await;
            }
        }
    }

    /// Drops the subscriptions and the order of what nobody here follows.
    fn sweep(&self) {
        let taken = Instant::now();
        let interest: HashSet<Topic> = self.shared.hub.interest().into_iter().collect();
        self.shared.follows.sweep(&interest, taken);
        self.shared.order().retain(|key| match key {
            ConversationKey::Room(room) => interest.contains(&Topic::Room(room.clone())),
            ConversationKey::Private(a, b) => {
                interest.contains(&Topic::User(a.clone()))
                    || interest.contains(&Topic::User(b.clone()))
            }
        });
    }
}

/// A store call, failed if it takes longer than [`STORE_TIMEOUT`].
async fn within<T>(call: impl std::future::Future<Output = Result<T>>) -> Result<T> {
    tokio::time::timeout(STORE_TIMEOUT, call)
        .await
        .map_err(|_| Error::Storage("the store did not answer in time".into()))?
}
