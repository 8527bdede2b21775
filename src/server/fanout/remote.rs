//! What the hub tells the bus: which rooms and users this node's streams
//! follow. The fan-out knows nothing of NATS; the bus implements
//! [`Remote`] and the hub calls it when a stream starts following
//! something.

use std::{future::Future, pin::Pin};

use crate::model::{RoomName, UserName};

/// Something a node's streams follow, as other nodes publish it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Topic {
    /// A room's events.
    Room(RoomName),
    /// What concerns a user: private messages, the user's joins and
    /// leaves, invitations.
    User(UserName),
}

/// A future the hub awaits, boxed because the bus is behind a trait.
pub type Ready = Pin<Box<dyn Future<Output = ()> + Send>>;

/// Events and presence from other nodes. The hub calls `follow` when a stream starts
/// following a topic, and the stream awaits the future before it reads
/// the store: once it completes, whatever another node commits reaches
/// this node's hub, so nothing falls between the stream's read and its
/// first live event. The bus drops topics nobody follows any more by
/// itself ([`super::hub::Hub::interest`]).
pub trait Remote: Send + Sync + 'static {
    /// Starts receiving `topic` from other nodes (if not already);
    /// completes once it does, or once the bus has waited long enough
    /// (a bus that is down delays delivery, never the stream).
    fn follow(&self, topic: Topic) -> Ready;

    /// How many Chat sessions `user` has open on other nodes (as last
    /// heard: the bus carries each node's counts).
    fn sessions_elsewhere(&self, user: &UserName) -> usize;

    /// Tells the other nodes that `user` now has `sessions` Chat sessions
    /// open here. Must not block.
    fn sessions_changed(&self, user: &UserName, sessions: usize);

    /// Hands a signal (unstored: a read marker, typing) to the other
    /// nodes. Must not block. Nothing by default.
    fn signal(&self, signal: &super::signal::Signal) {
        let _ = signal;
    }
}
