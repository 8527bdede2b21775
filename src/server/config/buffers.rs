//! Flags that bound what the fan-out holds in memory: the live buffers of
//! the rooms and inboxes, in bytes, and the pages a lagging stream reads
//! its gap in.
//!
//! Every figure here is a ceiling on memory, never a limit on what is
//! delivered: a stream that finds the live buffer trimmed past its place
//! reads the gap from the store, one page at a time, exactly as a stream
//! that fell behind does.

/// Live buffers and catch-up pages.
#[derive(Clone, Debug, clap::Args)]
pub struct BufferConfig {
    /// The most bytes one live channel (a room's, or an online user's
    /// inbox) keeps buffered for streams that are behind. 1 MiB holds the
    /// whole `--channel-capacity` of small messages (a 64-byte message
    /// costs about 400 bytes in the buffer), so ordinary traffic never
    /// meets it, while a burst of 4 KiB messages is cut to about 120
    /// commits per room instead of 1,024 (8 MiB): a stream further behind
    /// than that reads the store, which has it all anyway.
    #[arg(long, env = "CONFAB_ROOM_BUFFER_BYTES", default_value_t = 1 << 20)]
    pub room_buffer_bytes: usize,

    /// The most bytes all live channels together keep buffered. 64 MiB
    /// fits a small machine (a 1 GiB VM keeps most of its memory for
    /// sessions and SQLite's page cache) and is 64 busy rooms at their
    /// full room budget. Past it, the channel that sends trims its own
    /// oldest messages first, so a flood in some rooms costs those rooms'
    /// laggards a store read, not everybody's memory.
    #[arg(long, env = "CONFAB_LIVE_BUFFER_BYTES", default_value_t = 64 << 20)]
    pub live_buffer_bytes: usize,

    /// The most events a lagging or resuming stream reads from the store
    /// in one page. It holds one page at a time and reads the next only
    /// when the client has taken the last, so this (with the page bytes
    /// below) bounds what catching up costs a stream whatever the gap.
    /// 128 keeps the store's per-read overhead under 1% of a page's cost.
    #[arg(long, env = "CONFAB_CATCH_UP_PAGE_EVENTS", default_value_t = 128)]
    pub catch_up_page_events: usize,

    /// The most bytes of message text one catch-up page may hold: a page
    /// holds at most this divided by `--max-text-bytes` events (at least
    /// one), so with 4 KiB messages a page is 64 events, 256 KiB (with
    /// their encoding, about 0.5 MiB), and 100 streams catching up at once
    /// hold about 50 MiB, not the whole gap each.
    #[arg(long, env = "CONFAB_CATCH_UP_PAGE_BYTES", default_value_t = 256 << 10)]
    pub catch_up_page_bytes: usize,

    /// The most bytes of recently read catch-up pages kept for other
    /// streams catching up over the same events (streams that resume
    /// together read a page once, not once each). 16 MiB is a few dozen
    /// pages of large messages; 0 keeps none (streams reading the same
    /// page at the same moment still share that one read).
    #[arg(long, env = "CONFAB_CATCH_UP_CACHE_BYTES", default_value_t = 16 << 20)]
    pub catch_up_cache_bytes: usize,
}

impl BufferConfig {
    /// The events in one catch-up page, given the longest message text.
    pub fn page_events(&self, max_text_bytes: usize) -> usize {
        let by_bytes = self.catch_up_page_bytes / max_text_bytes.max(1);
        self.catch_up_page_events.min(by_bytes).max(1)
    }
}
