//! Giving freed memory back to the system after a burst.
//!
//! When a burst passes, the live buffers and catch-up pages are freed, but
//! glibc's allocator keeps freed memory in its arenas (many small blocks
//! freed in the middle of a heap are never returned by itself), so the
//! server's resident memory stays at the burst's peak. The hub's periodic
//! tick asks the allocator to return its free pages once a burst is over:
//! when the live buffers have shrunk by [`AFTER_LIVE_BYTES`] since the
//! last time, or when a stretch of catch-up reading (at least
//! [`AFTER_PAGES`] pages) has stopped. `malloc_trim` walks the arenas
//! and takes a few milliseconds, so it runs at most once per tick, and
//! only after such a burst.

use std::sync::atomic::Ordering::Relaxed;

use crate::server::metrics::Metrics;

/// The live buffers shrank by this many bytes: give memory back.
pub const AFTER_LIVE_BYTES: usize = 8 << 20;

/// This many catch-up pages were handed out and catching up has stopped:
/// give memory back.
pub const AFTER_PAGES: u64 = 64;

/// What the tick remembers between calls.
#[derive(Debug, Default)]
pub struct GiveBack {
    /// The most the live buffers held since memory was last given back.
    live_high: usize,
    /// Catch-up pages handed out, as of the last tick and the last trim.
    pages_seen: u64,
    pages_at_trim: u64,
}

impl GiveBack {
    /// Called every tick with what the live buffers hold now; gives memory
    /// back if a burst just ended. Returns whether it did.
    pub fn tick(&mut self, live_bytes: usize, metrics: &Metrics) -> bool {
        self.live_high = self.live_high.max(live_bytes);
        let pages = metrics.catch_up_pages.load(Relaxed);
        let catch_up_stopped =
            pages == self.pages_seen && pages - self.pages_at_trim >= AFTER_PAGES;
        self.pages_seen = pages;
        if self.live_high - live_bytes < AFTER_LIVE_BYTES && !catch_up_stopped {
            return false;
        }
        tracing::info!(
            live_buffers_were = self.live_high,
            live_buffers = live_bytes,
            catch_up_pages = pages - self.pages_at_trim,
            "a burst is over: giving freed memory back to the system"
        );
        self.live_high = live_bytes;
        self.pages_at_trim = pages;
        trim();
        true
    }
}

/// Asks the allocator to return its free memory to the system.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn trim() {
    extern "C" {
        /// glibc: releases free memory at the top of the heap and every
        /// whole free page inside the arenas; returns 1 if any was.
        fn malloc_trim(pad: usize) -> i32;
    }
    // SAFETY: malloc_trim takes no pointers and only reorganises the
    // allocator's own free lists, under its own locks.
    unsafe {
        malloc_trim(0);
    }
}

/// Other allocators return memory on their own.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn trim() {}
