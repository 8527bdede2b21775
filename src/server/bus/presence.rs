//! Presence across nodes: a user is online while they have a Chat session
//! on any node.
//!
//! Every node tells the others, on the one subject `confab.presence`, how
//! many sessions each user has open on it: at once when the count changes
//! and, as a whole, every heartbeat ([`HEARTBEAT`]), which also mends what
//! the bus lost. Each node keeps what it heard in a [`Directory`]; when a
//! user goes from online nowhere to online somewhere (or back), it tells
//! its own streams of the user's rooms (each stream hears it once: from
//! its own node). A node not heard for [`LEASE`] whose lease in the store
//! has run out too (`node_lease`) is taken for dead and its users go
//! offline, announced once by every node; a node that cannot
//! hear anyone (its bus is down) expires nobody until it has heard the
//! others again for a lease.
//!
//! The session limit per user counts the sessions of every node as last
//! heard: two sessions opened within a bus round trip on two nodes can
//! both get in.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, MutexGuard},
    time::{Duration, Instant},
};

use bytes::{BufMut, Bytes, BytesMut};
use futures_util::StreamExt as _;

use super::{
    fields::{get_str, get_u32, put_str, take},
    Outgoing, Shared,
};
use crate::{
    model::UserName,
    server::{metrics::Metrics, store::Store},
};

/// The subject every node publishes its session counts on.
pub(crate) const SUBJECT: &str = "confab.presence";

/// How often a node publishes all its counts.
pub(crate) const HEARTBEAT: Duration = Duration::from_secs(1);

/// How long a node may stay unheard before its users go offline.
pub(crate) const LEASE: Duration = Duration::from_secs(5);

const VERSION: u8 = 1;

/// What the other nodes have open, as last heard.
#[derive(Default)]
pub(crate) struct Directory {
    nodes: HashMap<String, Node>,
}

struct Node {
    users: HashMap<UserName, usize>,
    heard: Instant,
}

impl Directory {
    /// `user`'s sessions on other nodes.
    pub(crate) fn elsewhere(&self, user: &UserName) -> usize {
        self.nodes
            .values()
            .filter_map(|node| node.users.get(user))
            .sum()
    }

    /// `node` has `sessions` of `user`: `Some(online)` if that makes the
    /// user online (or offline) on the other nodes taken together.
    pub(crate) fn set(
        &mut self,
        node: &str,
        user: &UserName,
        sessions: usize,
        now: Instant,
    ) -> Option<bool> {
        let before = self.elsewhere(user) > 0;
        let entry = self.nodes.entry(node.to_owned()).or_insert_with(|| Node {
            users: HashMap::new(),
            heard: now,
        });
        entry.heard = now;
        if sessions == 0 {
            entry.users.remove(user);
        } else {
            entry.users.insert(user.clone(), sessions);
        }
        let after = self.elsewhere(user) > 0;
        (before != after).then_some(after)
    }

    /// `node` has exactly `users`: the users whose online state that
    /// changes.
    pub(crate) fn replace(
        &mut self,
        node: &str,
        users: HashMap<UserName, usize>,
        now: Instant,
    ) -> Vec<(UserName, bool)> {
        let old = self
            .nodes
            .get(node)
            .map(|n| n.users.keys().cloned().collect::<Vec<_>>())
            .unwrap_or_default();
        let mut changes = Vec::new();
        for user in old {
            if !users.contains_key(&user) {
                changes.extend(self.set(node, &user, 0, now).map(|online| (user, online)));
            }
        }
        for (user, sessions) in users {
            changes.extend(
                self.set(node, &user, sessions, now)
                    .map(|online| (user.clone(), online)),
            );
        }
        self.nodes
            .entry(node.to_owned())
            .or_insert_with(|| Node {
                users: HashMap::new(),
                heard: now,
            })
            .heard = now;
        changes
    }

    /// The nodes not heard since `before`.
    pub(crate) fn unheard(&self, before: Instant) -> Vec<String> {
        self.nodes
            .iter()
            .filter(|(_, node)| node.heard < before)
            .map(|(name, _)| name.clone())
            .collect()
    }

    /// Forgets the nodes not heard since `before`, except those `alive`
    /// says hold a lease still: the users that goes offline for.
    pub(crate) fn expire(
        &mut self,
        before: Instant,
        alive: impl Fn(&str) -> bool,
    ) -> Vec<(String, Vec<UserName>)> {
        let dead: Vec<String> = self
            .unheard(before)
            .into_iter()
            .filter(|name| !alive(name))
            .collect();
        dead.into_iter()
            .map(|name| {
                let users = self.replace(&name, HashMap::new(), Instant::now());
                self.nodes.remove(&name);
                let offline = users
                    .into_iter()
                    .filter(|(_, online)| !online)
                    .map(|(user, _)| user)
                    .collect();
                (name, offline)
            })
            .collect()
    }

    /// Keeps every node's lease from now (after the bus was away: nobody
    /// could be heard).
    pub(crate) fn renew_all(&mut self, now: Instant) {
        for node in self.nodes.values_mut() {
            node.heard = now;
        }
    }
}

/// One node's word: a change of one user's count, or all of them.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Said {
    Change(String, UserName, usize),
    All(String, HashMap<UserName, usize>),
}

pub(crate) fn encode_change(node: &str, user: &UserName, sessions: usize) -> Bytes {
    let mut out = BytesMut::new();
    out.put_u8(VERSION);
    out.put_u8(0);
    put_str(&mut out, node);
    put_str(&mut out, user.as_str());
    out.put_u32_le(sessions as u32);
    out.freeze()
}

pub(crate) fn encode_all(node: &str, users: &[(UserName, usize)]) -> Bytes {
    let mut out = BytesMut::new();
    out.put_u8(VERSION);
    out.put_u8(1);
    put_str(&mut out, node);
    out.put_u32_le(users.len() as u32);
    for (user, sessions) in users {
        put_str(&mut out, user.as_str());
        out.put_u32_le(*sessions as u32);
    }
    out.freeze()
}

pub(crate) fn decode(mut input: &[u8]) -> Option<Said> {
    let version = take(&mut input, 1)?[0];
    let kind = take(&mut input, 1)?[0];
    if version != VERSION {
        return None;
    }
    let node = get_str(&mut input)?.to_owned();
    let said = match kind {
        0 => {
            let user = UserName::parse(get_str(&mut input)?).ok()?;
            Said::Change(node, user, get_u32(&mut input)? as usize)
        }
        1 => {
            let count = get_u32(&mut input)?;
            let mut users = HashMap::new();
            for _ in 0..count {
                let user = UserName::parse(get_str(&mut input)?).ok()?;
                users.insert(user, get_u32(&mut input)? as usize);
            }
            Said::All(node, users)
        }
        _ => return None,
    };
    input.is_empty().then_some(said)
}

/// The shared directory, behind a short-held lock.
pub(crate) struct Presence(Mutex<Directory>);

impl Presence {
    pub(crate) fn new() -> Self {
        Self(Mutex::new(Directory::default()))
    }

    pub(crate) fn directory(&self) -> MutexGuard<'_, Directory> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Queues this node's count of `user`'s sessions for the other nodes.
pub(crate) fn publish_change(shared: &Shared, user: &UserName, sessions: usize) {
    let outgoing = Outgoing {
        subjects: vec![SUBJECT.to_owned()],
        payload: encode_change(&shared.config.node_id, user, sessions),
    };
    if shared.outgoing.try_send(outgoing).is_err() {
        Metrics::count(&shared.metrics.bus_publishes_dropped);
    }
}

/// How long [`subscribe`] waits for the bus to confirm the subscription.
pub(crate) const SUBSCRIBE_WAIT: Duration = Duration::from_secs(2);

/// Subscribes to the other nodes' word, and waits (at most
/// [`SUBSCRIBE_WAIT`]) until the subscription is written to the bus. The
/// client keeps it across reconnects; `None` if it could not be made.
pub(crate) async fn subscribe(shared: &Shared) -> Option<async_nats::Subscriber> {
    match shared.client.subscribe(SUBJECT).await {
        Ok(subscription) => {
            if tokio::time::timeout(SUBSCRIBE_WAIT, shared.client.flush())
                .await
                .is_err()
            {
                tracing::warn!(node = %shared.config.node_id, "the bus is not answering yet: other nodes' sessions are heard once it does");
            }
            Some(subscription)
        }
        Err(error) => {
            tracing::error!(node = %shared.config.node_id, %error, "cannot subscribe to presence on the bus");
            None
        }
    }
}

/// Hears the other nodes (on `subscription`, from [`subscribe`]),
/// publishes this one's heartbeat, expires the dead.
pub(crate) async fn run(
    shared: Arc<Shared>,
    store: Arc<dyn Store>,
    subscription: Option<async_nats::Subscriber>,
) {
    let Some(mut subscription) = subscription else {
        return;
    };
    let mut beats = tokio::time::interval(HEARTBEAT);
    beats.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut was_connected = true;
    loop {
        tokio::select! {
            message = subscription.next() => {
                let Some(message) = message else { return };
                let now = Instant::now();
                let changes = match decode(&message.payload) {
                    Some(Said::Change(node, user, sessions)) if node != shared.config.node_id => {
                        let change = shared.presence.directory().set(&node, &user, sessions, now);
                        change.map(|online| vec![(user, online)]).unwrap_or_default()
                    }
                    Some(Said::All(node, users)) if node != shared.config.node_id => {
                        shared.presence.directory().replace(&node, users, now)
                    }
                    Some(_) => Vec::new(),
                    None => {
                        Metrics::count(&shared.metrics.bus_bad_payloads);
                        Vec::new()
                    }
                };
                announce(&shared, &store, changes).await;
            }
            _ = beats.tick() => {
                shared.hub.tell_local_sessions(|users| {
                    let outgoing = Outgoing {
                        subjects: vec![SUBJECT.to_owned()],
                        payload: encode_all(&shared.config.node_id, users),
                    };
                    if shared.outgoing.try_send(outgoing).is_err() {
                        Metrics::count(&shared.metrics.bus_publishes_dropped);
                    }
                });
                let connected = shared.client.connection_state() == async_nats::connection::State::Connected;
                let now = Instant::now();
                if !connected || !was_connected {
                    // Nobody could be heard: nobody is taken for dead.
                    shared.presence.directory().renew_all(now);
                } else if let Some(before) = now.checked_sub(LEASE) {
                    let unheard = shared.presence.directory().unheard(before);
                    if unheard.is_empty() {
                        continue;
                    }
                    // A node unheard on the bus but renewing its lease in
                    // the store is cut off, not dead: its users stay.
                    let live = match tokio::time::timeout(Duration::from_secs(3), store.live_nodes()).await {
                        Ok(Ok(live)) => live.into_iter().map(|lease| lease.node).collect::<Vec<_>>(),
                        _ => continue,
                    };
                    let expired = shared.presence.directory().expire(before, |node| live.iter().any(|l| l == node));
                    for (node, offline) in expired {
                        tracing::warn!(node = %shared.config.node_id, dead = %node, users = offline.len(), "a node's lease ran out; its users are offline");
                        announce(&shared, &store, offline.into_iter().map(|user| (user, false)).collect()).await;
                    }
                }
                was_connected = connected;
            }
        }
    }
}

/// Tells this node's streams of each user's rooms.
async fn announce(shared: &Shared, store: &Arc<dyn Store>, changes: Vec<(UserName, bool)>) {
    for (user, online) in changes {
        match tokio::time::timeout(Duration::from_secs(3), store.rooms_of(&user)).await {
            Ok(Ok(rooms)) => shared.hub.announce_remote(&user, &rooms, online),
            _ => {
                tracing::warn!(node = %shared.config.node_id, %user, "cannot read a user's rooms to announce their presence")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(name: &str) -> UserName {
        UserName::parse(name).unwrap()
    }

    #[test]
    fn a_user_is_online_while_any_other_node_has_a_session() {
        let mut directory = Directory::default();
        let now = Instant::now();
        assert_eq!(directory.set("a", &user("ann"), 1, now), Some(true));
        assert_eq!(directory.set("b", &user("ann"), 2, now), None);
        assert_eq!(directory.elsewhere(&user("ann")), 3);
        assert_eq!(directory.set("a", &user("ann"), 0, now), None);
        assert_eq!(directory.set("b", &user("ann"), 0, now), Some(false));
    }

    #[test]
    fn a_node_unheard_for_its_lease_takes_its_users_offline_once() {
        let mut directory = Directory::default();
        let start = Instant::now();
        directory.set("a", &user("ann"), 1, start);
        directory.set("b", &user("bob"), 1, start + Duration::from_secs(4));
        directory.set("b", &user("ann"), 1, start + Duration::from_secs(4));
        // By +9 s b is unheard too, but holds its lease: only a goes, and
        // nobody goes offline (ann is still on b).
        let expired = directory.expire(start + Duration::from_secs(9), |node| node == "b");
        assert_eq!(expired, [("a".to_owned(), Vec::<UserName>::new())]);
        assert!(directory
            .expire(start + Duration::from_secs(2), |_| false)
            .is_empty());
        let expired = directory.expire(start + Duration::from_secs(9), |_| false);
        assert_eq!(expired.len(), 1);
        let mut offline = expired[0].1.clone();
        offline.sort();
        assert_eq!(offline, [user("ann"), user("bob")]);
    }

    #[test]
    fn what_a_node_says_comes_back_as_it_said_it() {
        let change = encode_change("n1", &user("ann"), 3);
        assert_eq!(
            decode(&change),
            Some(Said::Change("n1".into(), user("ann"), 3))
        );
        let all = encode_all("n1", &[(user("ann"), 1), (user("bob"), 2)]);
        let Some(Said::All(node, users)) = decode(&all) else {
            panic!("not all")
        };
        assert_eq!(
            (node.as_str(), users.len(), users[&user("bob")]),
            ("n1", 2, 2)
        );
        assert!(decode(&change[..change.len() - 1]).is_none());
    }
}
