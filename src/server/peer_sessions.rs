//! How many Chat sessions one peer address holds open: beside the per-user
//! limit (in the hub), so that a client using many names is still held.
//! A session takes a [`SessionSlot`] before it starts and gives it back
//! when it is dropped, however the session ends. The counts sit behind a
//! std mutex held for one map update, never across an `.await`.

use std::{
    collections::HashMap,
    net::{IpAddr, SocketAddr},
    sync::{Arc, Mutex},
};

use crate::error::Error;

/// Open Chat sessions per peer address, up to a maximum.
#[derive(Debug)]
pub(crate) struct PeerSessions {
    /// The most per address; 0: no limit.
    max: usize,
    /// Whether loopback peers are counted (see `--peer-limits-on-loopback`).
    limit_loopback: bool,
    /// Address → its open sessions; an address with none has no entry.
    open: Mutex<HashMap<IpAddr, usize>>,
}

/// One open session of a peer address, given back when dropped.
#[derive(Debug)]
pub(crate) struct SessionSlot {
    /// The counts, and the address this slot counts in (`None`: uncounted).
    held: Option<(Arc<PeerSessions>, IpAddr)>,
}

impl PeerSessions {
    /// At most `max` sessions per address (0: no limit), loopback counted
    /// only if `limit_loopback`.
    pub(crate) fn new(max: usize, limit_loopback: bool) -> Arc<Self> {
        Arc::new(Self {
            max,
            limit_loopback,
            open: Mutex::new(HashMap::new()),
        })
    }

    /// A slot for a session from `peer`, or RESOURCE_EXHAUSTED when its
    /// address has as many open as allowed.
    pub(crate) fn open(self: &Arc<Self>, peer: Option<SocketAddr>) -> Result<SessionSlot, Error> {
        let counted = peer
            .map(|p| p.ip())
            .filter(|ip| self.max > 0 && (self.limit_loopback || !ip.is_loopback()));
        let Some(ip) = counted else {
            return Ok(SessionSlot { held: None });
        };
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        let count = open.entry(ip).or_default();
        if *count >= self.max {
            return Err(Error::ResourceExhausted(format!(
                "the address {ip} already has {} Chat sessions open, the most allowed \
                 (--max-sessions-per-peer); close one and retry",
                self.max
            )));
        }
        *count += 1;
        Ok(SessionSlot {
            held: Some((self.clone(), ip)),
        })
    }
}

impl Drop for SessionSlot {
    fn drop(&mut self) {
        let Some((sessions, ip)) = self.held.take() else {
            return;
        };
        let mut open = sessions.open.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(count) = open.get_mut(&ip) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                open.remove(&ip);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_holds_at_most_its_sessions_and_gets_them_back() {
        let sessions = PeerSessions::new(2, false);
        let peer: SocketAddr = "192.0.2.7:1".parse().unwrap();
        let one = sessions.open(Some(peer)).unwrap();
        let _two = sessions.open(Some(peer)).unwrap();
        sessions.open(Some(peer)).unwrap_err();
        // Another address, loopback, and an unknown peer are not held.
        sessions.open(Some("192.0.2.8:1".parse().unwrap())).unwrap();
        for _ in 0..5 {
            std::mem::forget(sessions.open(Some("127.0.0.1:1".parse().unwrap())).unwrap());
        }
        sessions.open(None).unwrap();
        drop(one);
        sessions.open(Some(peer)).unwrap();
    }
}
