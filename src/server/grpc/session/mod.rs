//! One stream's life: a Chat session ([`chat`]), a Subscribe stream
//! ([`subscribe`]), and a Receive stream ([`receive`]: a Chat session's
//! receiving half, for browsers), resumed from cursors ([`resume`]); a
//! Chat session's client frames are looked at only once they may have
//! moved ([`woken`]). Each is the response stream itself, driving its own
//! feed: there is no task or queue per stream in between.

pub(crate) mod chat;
pub(crate) mod receive;
pub(crate) mod resume;
pub(crate) mod subscribe;
pub(crate) mod woken;
