//! One stream's life: a Chat session ([`chat`]), and a Subscribe stream
//! ([`subscribe`]). Each is the response stream itself, driving its own
//! feed: there is no task or queue per stream in between.

pub(crate) mod chat;
pub(crate) mod subscribe;
