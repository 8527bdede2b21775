//! The caps on connections (in total and per peer IP address; loopback
//! peers only in total unless `--peer-limits-on-loopback`), the guard
//! that gives a connection's place back when it closes, the open-file limit
//! raised at start, and the back-off after a failed accept.

use std::{
    collections::HashMap,
    net::IpAddr,
    sync::{Arc, Mutex, PoisonError},
    time::Duration,
};

/// Why a connection was refused a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// The server holds --max-connections already.
    Total,
    /// This peer holds --max-connections-per-peer already.
    PerPeer,
}

/// How many connections are held, in total and per peer address.
#[derive(Debug)]
pub(crate) struct ConnectionLimits {
    max_total: usize,
    max_per_peer: usize,
    /// Whether loopback peers are held to the per-peer cap: on loopback
    /// the address says nothing of who calls (a TLS terminator or proxy in
    /// front has every client's connection on it).
    limit_loopback: bool,
    held: Mutex<Held>,
}

#[derive(Debug, Default)]
struct Held {
    total: usize,
    per_peer: HashMap<IpAddr, usize>,
}

impl ConnectionLimits {
    pub(crate) fn new(max_total: usize, max_per_peer: usize, limit_loopback: bool) -> Arc<Self> {
        Arc::new(Self {
            max_total,
            max_per_peer,
            limit_loopback,
            held: Mutex::new(Held::default()),
        })
    }

    /// Takes a place for a connection from `peer`, or says why not.
    pub(crate) fn admit(self: &Arc<Self>, peer: IpAddr) -> Result<Place, Refusal> {
        let mut held = self.held.lock().unwrap_or_else(PoisonError::into_inner);
        if held.total >= self.max_total {
            return Err(Refusal::Total);
        }
        let counted = (self.limit_loopback || !peer.is_loopback()).then_some(peer);
        if let Some(peer) = counted {
            let of_peer = held.per_peer.entry(peer).or_insert(0);
            if *of_peer >= self.max_per_peer {
                return Err(Refusal::PerPeer);
            }
            *of_peer += 1;
        }
        held.total += 1;
        Ok(Place {
            limits: self.clone(),
            peer: counted,
        })
    }

    /// Connections held now.
    #[cfg(test)]
    pub(crate) fn held(&self) -> usize {
        self.held
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .total
    }
}

/// A connection's place, given back when dropped (when the connection
/// closes, whichever way).
#[derive(Debug)]
pub(crate) struct Place {
    limits: Arc<ConnectionLimits>,
    /// The peer whose count it holds a place in, if it is counted.
    peer: Option<IpAddr>,
}

impl Drop for Place {
    fn drop(&mut self) {
        let mut held = self
            .limits
            .held
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        held.total = held.total.saturating_sub(1);
        if let Some(peer) = self.peer {
            if let Some(of_peer) = held.per_peer.get_mut(&peer) {
                *of_peer = of_peer.saturating_sub(1);
                if *of_peer == 0 {
                    held.per_peer.remove(&peer);
                }
            }
        }
    }
}

/// Raises the open-file soft limit to the hard limit: the default soft
/// limit (often 1,024) is what a few hundred clients and the store reach
/// first. Logs what it did; a failure only logs.
pub(crate) fn raise_open_file_limit() {
    match rlimit::increase_nofile_limit(u64::MAX) {
        Ok(limit) => tracing::debug!(limit, "open-file limit"),
        Err(error) => tracing::warn!(%error, "cannot raise the open-file limit"),
    }
}

/// The wait after failed accepts: 10 ms, doubling up to 1 s, back to the
/// start after a success. Out of file descriptors (EMFILE, ENFILE) accept
/// fails at once, again and again: spinning on it would take a core.
#[derive(Debug)]
pub(crate) struct Backoff {
    next: Duration,
}

impl Backoff {
    const FIRST: Duration = Duration::from_millis(10);
    const MOST: Duration = Duration::from_secs(1);

    pub(crate) fn new() -> Self {
        Self { next: Self::FIRST }
    }

    /// The wait after one more failure.
    pub(crate) fn failed(&mut self) -> Duration {
        let wait = self.next;
        self.next = (self.next * 2).min(Self::MOST);
        wait
    }

    /// Forgets the failures.
    pub(crate) fn succeeded(&mut self) {
        self.next = Self::FIRST;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_capped_and_given_back() {
        let limits = ConnectionLimits::new(3, 2, false);
        let a: IpAddr = "10.0.0.1".parse().unwrap();
        let b: IpAddr = "10.0.0.2".parse().unwrap();
        let first = limits.admit(a).unwrap();
        let _second = limits.admit(a).unwrap();
        assert_eq!(limits.admit(a).unwrap_err(), Refusal::PerPeer);
        let _third = limits.admit(b).unwrap();
        assert_eq!(limits.admit(b).unwrap_err(), Refusal::Total);
        drop(first);
        assert_eq!(limits.held(), 2);
        let _again = limits.admit(a).unwrap();
    }

    #[test]
    fn loopback_is_capped_in_total_only_unless_asked() {
        let local: IpAddr = "127.0.0.1".parse().unwrap();
        let exempt = ConnectionLimits::new(3, 1, false);
        let held: Vec<_> = (0..3).map(|_| exempt.admit(local).unwrap()).collect();
        assert_eq!(exempt.admit(local).unwrap_err(), Refusal::Total);
        drop(held);
        assert_eq!(exempt.held(), 0);
        let held = ConnectionLimits::new(3, 1, true);
        let _one = held.admit(local).unwrap();
        assert_eq!(held.admit(local).unwrap_err(), Refusal::PerPeer);
    }

    #[test]
    fn backoff_doubles_to_a_second() {
        let mut backoff = Backoff::new();
        let waits: Vec<_> = (0..9).map(|_| backoff.failed().as_millis()).collect();
        assert_eq!(waits, [10, 20, 40, 80, 160, 320, 640, 1000, 1000]);
        backoff.succeeded();
        assert_eq!(backoff.failed().as_millis(), 10);
    }
}
