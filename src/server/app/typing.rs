//! Typing: who is typing where, passed on to the other online members of
//! a room or to the private peer, never stored. At most one per user per
//! conversation per [`TYPING_EVERY`] is passed on; the rest are dropped
//! without an error (a client sends one per keystroke burst, and the
//! others would only repeat it); the gate is the hub's
//! ([`crate::server::fanout::signal::TypingGate`]), which also notes the
//! typing other nodes pass on, so the limit holds across the cluster (to
//! within a bus round trip). Each says until when it holds
//! ([`TYPING_HOLDS`]), so clients expire it without being told. A big
//! room's typing is folded by the hub into the room's periodic presence
//! summary instead of going out one signal at a time.

use std::time::{Duration, Instant};

use super::App;
use crate::{
    error::Result,
    model::{now_ms, Actor, ConversationKey},
    server::fanout::signal::{Signal, SignalKind, SignalTo},
};

/// How long a typing indicator holds unless renewed.
pub(crate) const TYPING_HOLDS: Duration = Duration::from_secs(5);

impl App {
    /// Says `user` is typing in `key`: until when it holds, or `None` if
    /// it was dropped (the last one passed on was less than a second ago).
    pub(crate) async fn typing(&self, user: &Actor, key: &ConversationKey) -> Result<Option<i64>> {
        self.check_reader(user, key).await?;
        // A private peer must exist (as for a private message); one who
        // blocked the caller is not told.
        if let Some(peer) = key.peer_of(&user.user) {
            if !self.store.reachable(&user.user, peer).await? {
                return Ok(None);
            }
        }
        if !self.hub.typing_passes(&user.user, key, Instant::now()) {
            return Ok(None);
        }
        let expires_ms = now_ms().saturating_add(TYPING_HOLDS.as_millis() as i64);
        let to = match (key, key.peer_of(&user.user)) {
            (ConversationKey::Room(room), _) => SignalTo::Room(room.clone()),
            (_, Some(peer)) => SignalTo::Users(vec![peer.clone()]),
            (_, None) => return Ok(None),
        };
        self.hub.signal(Signal::new(
            to,
            SignalKind::Typing {
                user: user.user.clone(),
                conversation: key.clone(),
                expires_ms,
            },
        ));
        Ok(Some(expires_ms))
    }
}
