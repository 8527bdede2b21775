//! How fast a sender may send: a token bucket per key (a user, a
//! connection, a peer address), and [`SendRates`], the three together, so
//! that one client using many names is held by its connection's and its
//! address's allowance as well as by each name's; and [`RoomCreations`],
//! how many rooms one peer address may create per hour in open mode, where
//! the per-user room quota is bypassed by naming oneself anew.
//!
//! Each bucket map sits behind a std mutex held for one lookup per send,
//! never across an `.await`. Buckets of keys that have been quiet long
//! enough to be full again are dropped, so the maps stay small.

use std::{
    collections::HashMap,
    fmt::Display,
    hash::Hash,
    net::{IpAddr, SocketAddr},
    sync::{Mutex, MutexGuard},
    time::Instant,
};

use crate::{error::Error, model::UserName};

/// The allowances of every send: per user, per connection, per peer
/// address. A send is refused if any of them is spent, and then takes
/// nothing from the others.
#[derive(Debug)]
pub struct SendRates {
    /// Per claimed user name.
    pub(crate) per_user: RateLimiter<UserName>,
    /// Per connection: the peer's full address (IP and port).
    pub(crate) per_connection: RateLimiter<SocketAddr>,
    /// Per peer address (IP).
    pub(crate) per_peer: RateLimiter<IpAddr>,
    /// Whether loopback peers are held to the connection and address
    /// limits (see `--peer-limits-on-loopback`).
    pub(crate) limit_loopback: bool,
}

impl SendRates {
    /// Takes one send from each allowance `user` on `peer` draws on, or
    /// says which is spent and how long to wait.
    pub fn check(&self, user: &UserName, peer: Option<SocketAddr>) -> Result<(), Error> {
        let peer = peer.filter(|p| self.limit_loopback || !p.ip().is_loopback());
        if let Some(peer) = peer {
            self.per_peer.check(&peer.ip(), "the address")?;
            if let Err(refused) = self.per_connection.check(&peer, "this connection from") {
                self.per_peer.refund(&peer.ip());
                return Err(refused);
            }
        }
        if let Err(refused) = self.per_user.check(user, "") {
            if let Some(peer) = peer {
                self.per_peer.refund(&peer.ip());
                self.per_connection.refund(&peer);
            }
            return Err(refused);
        }
        Ok(())
    }
}

/// How many rooms each peer address may create, in open mode: the store's
/// per-user quota counts names, and there a caller picks its name.
#[derive(Debug)]
pub struct RoomCreations {
    /// Per peer address (IP); `None` when the limit is off (JWT mode,
    /// where names are proven and the per-user quota holds, or 0).
    pub(crate) per_peer: Option<RateLimiter<IpAddr>>,
    /// Whether loopback peers are held to it (see
    /// `--peer-limits-on-loopback`).
    pub(crate) limit_loopback: bool,
}

impl RoomCreations {
    /// At most `per_hour` rooms per peer address per hour, all of them at
    /// once if the address has created none for an hour (0: no limit).
    pub fn new(per_hour: u32, limit_loopback: bool) -> Self {
        Self {
            per_peer: (per_hour > 0).then(|| {
                RateLimiter::counting(
                    Counted::RoomsPerHour,
                    f64::from(per_hour) / 3600.0,
                    per_hour,
                )
            }),
            limit_loopback,
        }
    }

    /// The address a room creation from `peer` is counted against, if any.
    fn counted(&self, peer: Option<SocketAddr>) -> Option<(&RateLimiter<IpAddr>, IpAddr)> {
        let peer = peer.filter(|p| self.limit_loopback || !p.ip().is_loopback())?;
        Some((self.per_peer.as_ref()?, peer.ip()))
    }

    /// Whether a creation from `peer` is counted at all.
    pub fn counts(&self, peer: Option<SocketAddr>) -> bool {
        self.counted(peer).is_some()
    }

    /// Takes one room creation from `peer`'s allowance, or says when the
    /// next is allowed.
    pub fn check(&self, peer: Option<SocketAddr>) -> Result<(), Error> {
        match self.counted(peer) {
            Some((limiter, ip)) => limiter.check(&ip, "the address"),
            None => Ok(()),
        }
    }

    /// Gives back a creation taken by [`Self::check`] (the store refused
    /// it, or the room existed after all).
    pub fn refund(&self, peer: Option<SocketAddr>) {
        if let Some((limiter, ip)) = self.counted(peer) {
            limiter.refund(&ip);
        }
    }
}

/// What a limiter counts, for the words of its refusal.
#[derive(Clone, Copy, Debug)]
enum Counted {
    /// Messages, with a rate per second.
    MessagesPerSecond,
    /// Rooms created, with a rate per hour.
    RoomsPerHour,
}

/// Refuses sends beyond a sustained rate per key, allowing short bursts.
#[derive(Debug)]
pub struct RateLimiter<K> {
    /// Messages per second a user may sustain; 0 turns the limit off.
    per_second: f64,
    /// How many messages a user may send at once after being quiet.
    burst: f64,
    /// What is counted.
    counted: Counted,
    /// Key → its bucket.
    buckets: Mutex<Buckets<K>>,
}

/// The buckets, and the size at which full ones are next swept out.
#[derive(Debug)]
struct Buckets<K> {
    by_key: HashMap<K, Bucket>,
    /// Twice what a sweep left (at least [`SWEEP_AT`]): when every bucket
    /// is in use a sweep frees nothing, and sweeping again on every send
    /// would scan the whole map under the lock each time.
    sweep_at: usize,
}

#[derive(Debug)]
struct Bucket {
    tokens: f64,
    updated: Instant,
}

/// Past this many buckets, full ones are swept out.
const SWEEP_AT: usize = 4096;

impl<K: Hash + Eq + Clone + Display> RateLimiter<K> {
    /// A limiter of `per_second` sustained with bursts of `burst`
    /// (`per_second` 0: no limit).
    pub fn new(per_second: u32, burst: u32) -> Self {
        Self::counting(Counted::MessagesPerSecond, f64::from(per_second), burst)
    }

    fn counting(counted: Counted, per_second: f64, burst: u32) -> Self {
        Self {
            per_second,
            burst: f64::from(burst.max(1)),
            counted,
            buckets: Mutex::new(Buckets {
                by_key: HashMap::new(),
                sweep_at: SWEEP_AT,
            }),
        }
    }

    fn buckets(&self) -> MutexGuard<'_, Buckets<K>> {
        self.buckets.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Gives back a send taken by [`Self::check`] (another allowance
    /// refused it).
    pub fn refund(&self, key: &K) {
        if let Some(bucket) = self.buckets().by_key.get_mut(key) {
            bucket.tokens = (bucket.tokens + 1.0).min(self.burst);
        }
    }

    /// Takes one send from `key`'s allowance, or says how long to wait;
    /// the refusal names the key after `what` ("the address 192.0.2.7").
    pub fn check(&self, key: &K, what: &str) -> Result<(), Error> {
        if self.per_second == 0.0 {
            return Ok(());
        }
        let now = Instant::now();
        let mut buckets = self.buckets();
        if buckets.by_key.len() >= buckets.sweep_at {
            let (rate, burst) = (self.per_second, self.burst);
            buckets.by_key.retain(|_, b| {
                b.tokens + now.duration_since(b.updated).as_secs_f64() * rate < burst
            });
            buckets.sweep_at = SWEEP_AT.max(2 * buckets.by_key.len());
        }
        let bucket = buckets.by_key.entry(key.clone()).or_insert(Bucket {
            tokens: self.burst,
            updated: now,
        });
        let elapsed = now.duration_since(bucket.updated).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * self.per_second).min(self.burst);
        bucket.updated = now;
        if bucket.tokens < 1.0 {
            let wait_ms = ((1.0 - bucket.tokens) / self.per_second * 1000.0).ceil();
            let who = if what.is_empty() {
                key.to_string()
            } else {
                format!("{what} {key}")
            };
            return Err(Error::ResourceExhausted(match self.counted {
                Counted::MessagesPerSecond => format!(
                    "{who} is sending faster than {} messages per second; retry in {wait_ms} ms",
                    self.per_second
                ),
                Counted::RoomsPerHour => format!(
                    "{who} has created {} rooms in the last hour, as many as one address may; \
                     the next in {} s",
                    self.burst,
                    (wait_ms / 1000.0).ceil()
                ),
            }));
        }
        bucket.tokens -= 1.0;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_passes_then_the_rate_holds() {
        let limiter = RateLimiter::new(1, 3);
        let alice = UserName::parse("alice").unwrap();
        let bob = UserName::parse("bob").unwrap();
        for _ in 0..3 {
            limiter.check(&alice, "").unwrap();
        }
        let refused = limiter.check(&alice, "").unwrap_err();
        assert!(refused.to_string().contains("retry in"), "{refused}");
        // Another user has an allowance of its own.
        limiter.check(&bob, "").unwrap();
    }

    #[test]
    fn zero_means_no_limit() {
        let limiter = RateLimiter::new(0, 1);
        let alice = UserName::parse("alice").unwrap();
        for _ in 0..10_000 {
            limiter.check(&alice, "").unwrap();
        }
    }

    fn rates(per_user: u32, per_connection: u32, per_peer: u32, loopback: bool) -> SendRates {
        SendRates {
            per_user: RateLimiter::new(per_user, per_user),
            per_connection: RateLimiter::new(per_connection, per_connection),
            per_peer: RateLimiter::new(per_peer, per_peer),
            limit_loopback: loopback,
        }
    }

    #[test]
    fn many_names_from_one_address_share_its_allowance() {
        let rates = rates(100, 100, 5, false);
        let names: Vec<_> = (0..50)
            .map(|i| UserName::parse(&format!("u{i}")).unwrap())
            .collect();
        let peer: SocketAddr = "192.0.2.7:40000".parse().unwrap();
        let passed = names
            .iter()
            .filter(|name| rates.check(name, Some(peer)).is_ok())
            .count();
        assert_eq!(passed, 5);
        let refused = rates.check(&names[0], Some(peer)).unwrap_err();
        assert!(
            refused
                .to_string()
                .starts_with("the address 192.0.2.7 is sending faster"),
            "{refused}"
        );
        // Another address is not held by this one's use.
        let other: SocketAddr = "192.0.2.8:40000".parse().unwrap();
        rates.check(&names[0], Some(other)).unwrap();
        // Loopback is exempt unless asked.
        let local: SocketAddr = "127.0.0.1:40000".parse().unwrap();
        for name in &names {
            rates.check(name, Some(local)).unwrap();
        }
    }

    #[test]
    fn a_connection_is_held_below_its_address_and_a_refusal_takes_nothing() {
        let rates = rates(2, 3, 100, true);
        let first: SocketAddr = "127.0.0.1:40000".parse().unwrap();
        let second: SocketAddr = "127.0.0.1:40001".parse().unwrap();
        let (alice, bob) = (
            UserName::parse("alice").unwrap(),
            UserName::parse("bob").unwrap(),
        );
        rates.check(&alice, Some(first)).unwrap();
        rates.check(&alice, Some(first)).unwrap();
        // alice is spent: refused, and the connection keeps its send.
        rates.check(&alice, Some(first)).unwrap_err();
        rates.check(&bob, Some(first)).unwrap();
        let refused = rates.check(&bob, Some(first)).unwrap_err();
        assert!(
            refused
                .to_string()
                .starts_with("this connection from 127.0.0.1:40000"),
            "{refused}"
        );
        // The same address on another connection has its own allowance.
        rates.check(&bob, Some(second)).unwrap();
    }
}
