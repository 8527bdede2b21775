//! Typing: who is typing where, passed on to the other online members of
//! a room or to the private peer, never stored. At most one per user per
//! conversation per [`TYPING_EVERY`] is passed on; the rest are dropped
//! without an error (a client sends one per keystroke burst, and the
//! others would only repeat it). Each says until when it holds
//! ([`TYPING_HOLDS`]), so clients expire it without being told.

use std::{
    collections::HashMap,
    sync::Mutex,
    time::{Duration, Instant},
};

use super::App;
use crate::{
    error::Result,
    model::{now_ms, Actor, ConversationKey, UserName},
    server::fanout::signal::{Signal, SignalKind, SignalTo},
};

/// How long a typing indicator holds unless renewed.
pub(crate) const TYPING_HOLDS: Duration = Duration::from_secs(5);

/// The least time between two typing signals of one user in one
/// conversation that are both passed on.
pub(crate) const TYPING_EVERY: Duration = Duration::from_secs(1);

/// Past this many entries the gate forgets the ones older than a period.
const GATE_SWEEP_ABOVE: usize = 10_000;

/// When each user's last typing signal in each conversation was passed on.
#[derive(Default)]
pub(crate) struct TypingGate {
    last: Mutex<HashMap<(UserName, ConversationKey), Instant>>,
}

impl TypingGate {
    /// Whether a signal of `user` in `key` now may pass (and notes it).
    fn pass(&self, user: &UserName, key: &ConversationKey, now: Instant) -> bool {
        let mut last = self.last.lock().unwrap_or_else(|p| p.into_inner());
        if last.len() > GATE_SWEEP_ABOVE {
            last.retain(|_, at| now.duration_since(*at) < TYPING_EVERY);
        }
        match last.get(&(user.clone(), key.clone())) {
            Some(at) if now.duration_since(*at) < TYPING_EVERY => false,
            _ => {
                last.insert((user.clone(), key.clone()), now);
                true
            }
        }
    }
}

impl App {
    /// Says `user` is typing in `key`: until when it holds, or `None` if
    /// it was dropped (the last one passed on was less than a second ago).
    pub(crate) async fn typing(&self, user: &Actor, key: &ConversationKey) -> Result<Option<i64>> {
        self.check_reader(user, key).await?;
        if !self.reads.typing.pass(&user.user, key, Instant::now()) {
            return Ok(None);
        }
        let expires_ms = now_ms().saturating_add(TYPING_HOLDS.as_millis() as i64);
        let to = match (key, key.peer_of(&user.user)) {
            (ConversationKey::Room(room), _) => SignalTo::Room(room.clone()),
            (_, Some(peer)) => SignalTo::Users(vec![peer.clone()]),
            (_, None) => return Ok(None),
        };
        self.hub.signal(Signal {
            to,
            kind: SignalKind::Typing {
                user: user.user.clone(),
                conversation: key.clone(),
                expires_ms,
            },
        });
        Ok(Some(expires_ms))
    }
}
