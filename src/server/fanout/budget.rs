//! What the live buffers may hold, in bytes: one budget per channel and
//! one for the whole server, and how much a message weighs.
//!
//! A channel's slots are counted in messages (commits), and a commit of
//! 4 KiB messages weighs a hundred times one of short ones, so a slot
//! count alone lets a burst of big messages hold megabytes per room. Every
//! channel therefore also counts the bytes it holds, here and in the
//! server-wide total, and trims its oldest messages when either is over;
//! a receiver behind the trimmed ones is told it lagged and reads the
//! store, as one that fell behind the slots is.

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::model::{Event, EventKind};

/// What a live message costs held in a buffer, roughly: its events, their
/// text, and the encoding a stream will add when it sends them.
pub trait Weigh {
    /// Bytes held while the message is buffered.
    fn weight(&self) -> usize;
}

/// The bytes of an event that are not its text: the struct, its names,
/// the frame header and the proto fields around the text.
const EVENT_OVERHEAD: usize = 256;

/// Bytes an event holds once it has been sent once: itself and its text,
/// and its encoding (about as long again as the text).
pub fn event_weight(event: &Event) -> usize {
    let text = match &event.kind {
        EventKind::Message { text, .. } | EventKind::Edited { text, .. } => text.as_str().len(),
        EventKind::Reacted { reaction, .. } => reaction.as_str().len(),
        EventKind::Kicked { reason, .. } | EventKind::Banned { reason, .. } => {
            reason.as_str().len()
        }
        EventKind::TopicSet { topic } => topic.as_str().len(),
        EventKind::Joined
        | EventKind::Left
        | EventKind::Invited { .. }
        | EventKind::Unbanned { .. }
        | EventKind::RoleChanged { .. }
        | EventKind::Deleted { .. } => 0,
    };
    EVENT_OVERHEAD + 2 * text
}

/// The byte budgets every live channel of a hub shares.
#[derive(Debug)]
pub struct LiveBudget {
    /// The most bytes one channel keeps.
    per_channel: usize,
    /// The most bytes all channels keep together.
    total: usize,
    /// What all channels hold now.
    held: AtomicUsize,
}

impl LiveBudget {
    /// Budgets of `per_channel` bytes per channel and `total` in all.
    pub fn new(per_channel: usize, total: usize) -> Self {
        Self {
            per_channel,
            total,
            held: AtomicUsize::new(0),
        }
    }

    /// No limit but the slots (for tests of the slots alone).
    #[cfg(test)]
    pub fn unlimited() -> Self {
        Self::new(usize::MAX, usize::MAX)
    }

    /// Counts `bytes` more held.
    pub(crate) fn hold(&self, bytes: usize) {
        self.held.fetch_add(bytes, Ordering::Relaxed);
    }

    /// Counts `bytes` given back.
    pub(crate) fn release(&self, bytes: usize) {
        self.held.fetch_sub(bytes, Ordering::Relaxed);
    }

    /// Whether a channel holding `channel_bytes` must trim: it is over its
    /// own budget, or all channels together are over theirs.
    pub(crate) fn over(&self, channel_bytes: usize) -> bool {
        channel_bytes > self.per_channel || self.held.load(Ordering::Relaxed) > self.total
    }

    /// What all channels hold now.
    pub fn held(&self) -> usize {
        self.held.load(Ordering::Relaxed)
    }
}
