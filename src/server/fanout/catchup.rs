//! Catch-up pages: how a feed reads a gap from the store, one bounded page
//! at a time, sharing each read with the other feeds that need it.
//!
//! A page is a fixed, seq-aligned slice of one conversation's log: page
//! `i` holds seqs `i*n + 1 ..= (i+1)*n`. A feed behind at cursor `c` reads
//! page `c / n` and takes the events past `c`; feeds behind at different
//! cursors in the same stretch of log therefore ask for the same pages,
//! and 200 streams resuming together read each page once, not once each:
//!
//! - one read, many readers: a page is a [`OnceCell`] in a map, so feeds
//!   asking for a page while it is being read wait for that read;
//! - recently read full pages stay in the map, `Arc`-shared, up to a byte
//!   budget (least recently used first out), for the feeds that come a
//!   little later.
//!
//! Only a *full* page is kept: the logs are append-only with consecutive
//! seqs, so a page with all its `n` events never changes. A page with
//! fewer is the end of the log as it was when read, and the log grows: a
//! feed may use it only if the read started after the feed asked (it then
//! has everything committed before the feed learned of its gap), and it is
//! forgotten as soon as it is read.
//!
//! A delete is the one change to a stored row (it erases the message's
//! text, and its edits'): when the hub delivers a `deleted` event, every
//! page of that conversation is forgotten ([`Pages::erased`]), those being
//! read included (a read under way is not kept, as its slot is gone), so
//! no page read before the delete is served after it.

use std::{
    collections::HashMap,
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc, Mutex, MutexGuard,
    },
};

use tokio::sync::OnceCell;

use crate::{
    error::Result,
    model::{ConversationKey, Event, EventKind, Seq},
    server::{
        fanout::budget::event_weight,
        metrics::Metrics,
        store::{ReadRange, Store},
    },
};

/// Past this many pages in the map, pages nobody waits for and that were
/// never read (their reader went away) are forgotten.
const MAX_SLOTS: usize = 1024;

/// How catch-up reads.
#[derive(Clone, Copy, Debug)]
pub struct CatchUpConfig {
    /// Events per page.
    pub page_events: usize,
    /// The most bytes of full pages kept for later readers.
    pub cache_bytes: usize,
}

/// The pages read recently and being read, for every feed of a hub.
pub struct Pages {
    page_events: u64,
    cache_bytes: usize,
    state: Mutex<State>,
    /// Orders asks and reads: a read that took its ticket after a feed
    /// took its own saw everything committed before the feed asked.
    tickets: AtomicU64,
    metrics: Arc<Metrics>,
}

#[derive(Default)]
struct State {
    slots: HashMap<PageKey, Slot>,
    /// Bytes of the full pages in `slots`.
    held: usize,
    /// Counts uses, for least-recently-used eviction.
    clock: u64,
    /// The clock at the last [`Pages::expire`].
    expired_at: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct PageKey {
    conversation: ConversationKey,
    index: u64,
}

struct Slot {
    page: Arc<OnceCell<Page>>,
    /// When it was last asked for.
    used: u64,
    /// Its bytes, once counted as kept (0 until then).
    bytes: usize,
}

struct Page {
    events: Arc<[Arc<Event>]>,
    /// The ticket the read took when it started.
    started: u64,
}

/// What one page read gives a feed: the page's events past its cursor.
pub struct PageRead {
    events: Arc<[Arc<Event>]>,
    skip: usize,
    end: bool,
}

impl PageRead {
    /// The events past the cursor, in seq order.
    pub fn events(&self) -> &[Arc<Event>] {
        &self.events[self.skip..]
    }

    /// Whether this is the end of the log (as of a read that started after
    /// the feed asked): nothing more to read now.
    pub fn at_end(&self) -> bool {
        self.end
    }
}

impl Pages {
    /// Pages as `config` says, counting into `metrics`.
    pub fn new(config: CatchUpConfig, metrics: Arc<Metrics>) -> Self {
        Self {
            page_events: config.page_events.max(1) as u64,
            cache_bytes: config.cache_bytes,
            state: Mutex::new(State::default()),
            tickets: AtomicU64::new(0),
            metrics,
        }
    }

    fn ticket(&self) -> u64 {
        self.tickets.fetch_add(1, Ordering::SeqCst)
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The events of `conversation` after `cursor`, up to the end of the
    /// page the cursor is in. Cancel-safe: a read given up on is finished
    /// by the next feed that asks for the page.
    pub async fn read(
        &self,
        store: &dyn Store,
        conversation: &ConversationKey,
        cursor: Seq,
    ) -> Result<PageRead> {
        let n = self.page_events;
        let key = PageKey {
            conversation: conversation.clone(),
            index: cursor / n,
        };
        let start = key.index * n;
        let asked = self.ticket();
        loop {
            let cell = self.slot(&key);
            let page = cell
                .get_or_try_init(|| async {
                    let started = self.ticket();
                    let events = store
                        .read(conversation, ReadRange::After(start), n as usize)
                        .await?;
                    Metrics::count(&self.metrics.catch_up_reads);
                    Ok::<_, crate::error::Error>(Page {
                        events: events.into(),
                        started,
                    })
                })
                .await?;
            let full = page.events.len() as u64 >= n
                && page.events.last().is_some_and(|last| last.seq == start + n);
            let fresh = page.started > asked;
            if full {
                self.keep(&key, &cell, page);
            } else {
                // The end of the log as it was: never kept.
                self.forget(&key, &cell);
            }
            if full || fresh {
                Metrics::count(&self.metrics.catch_up_pages);
                let skip = page.events.partition_point(|event| event.seq <= cursor);
                return Ok(PageRead {
                    events: page.events.clone(),
                    skip,
                    end: (page.events.len() as u64) < n,
                });
            }
            // Read before we asked: it may miss what we were told of. The
            // next read starts after we asked.
        }
    }

    /// The page's slot, made if missing.
    fn slot(&self, key: &PageKey) -> Arc<OnceCell<Page>> {
        let mut state = self.state();
        state.clock += 1;
        let now = state.clock;
        if state.slots.len() >= MAX_SLOTS && !state.slots.contains_key(key) {
            state
                .slots
                .retain(|_, slot| slot.page.initialized() || Arc::strong_count(&slot.page) > 1);
        }
        let slot = state.slots.entry(key.clone()).or_insert_with(|| Slot {
            page: Arc::new(OnceCell::new()),
            used: now,
            bytes: 0,
        });
        slot.used = now;
        slot.page.clone()
    }

    /// Keeps a full page for later readers, within the byte budget.
    fn keep(&self, key: &PageKey, cell: &Arc<OnceCell<Page>>, page: &Page) {
        let mut state = self.state();
        let Some(slot) = state.slots.get_mut(key) else {
            return;
        };
        if !Arc::ptr_eq(&slot.page, cell) || slot.bytes > 0 {
            return;
        }
        let bytes = page
            .events
            .iter()
            .map(|e| event_weight(e))
            .sum::<usize>()
            .max(1);
        slot.bytes = bytes;
        state.held += bytes;
        while state.held > self.cache_bytes {
            let oldest = state
                .slots
                .iter()
                .filter(|(_, slot)| slot.bytes > 0)
                .min_by_key(|(_, slot)| slot.used)
                .map(|(key, _)| key.clone());
            let Some(oldest) = oldest else { break };
            if let Some(slot) = state.slots.remove(&oldest) {
                state.held -= slot.bytes;
            }
        }
    }

    /// Forgets a page (if the slot still holds this read of it).
    fn forget(&self, key: &PageKey, cell: &Arc<OnceCell<Page>>) {
        let mut state = self.state();
        if let Some(slot) = state.slots.get(key) {
            if Arc::ptr_eq(&slot.page, cell) {
                let bytes = slot.bytes;
                state.slots.remove(key);
                state.held -= bytes;
            }
        }
    }

    /// Forgets the kept pages nobody asked for since the last call: a
    /// page is kept for the streams catching up together, not for ever.
    /// The hub calls this on its periodic tick.
    pub fn expire(&self) {
        let mut state = self.state();
        let since = state.expired_at;
        let mut freed = 0;
        state.slots.retain(|_, slot| {
            let keep = slot.used > since || !slot.page.initialized();
            if !keep {
                freed += slot.bytes;
            }
            keep
        });
        state.held -= freed;
        state.expired_at = state.clock;
    }

    /// Forgets every page of the conversations in which `events` delete a
    /// message: those pages may hold the text the delete erased. The hub
    /// calls this for every delivery, before the events reach the feeds.
    pub fn erased(&self, events: &[Arc<Event>]) {
        for event in events {
            if matches!(event.kind, EventKind::Deleted { .. }) {
                let mut state = self.state();
                let mut freed = 0;
                state.slots.retain(|key, slot| {
                    let keep = key.conversation != event.conversation;
                    if !keep {
                        freed += slot.bytes;
                    }
                    keep
                });
                state.held -= freed;
            }
        }
    }

    /// Bytes of pages kept now.
    #[cfg(test)]
    fn held(&self) -> usize {
        self.state().held
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        model::{RoomName, UserName},
        server::store::{memory::MemoryStore, Command, Fanout, Target},
    };

    struct Nowhere;
    impl Fanout for Nowhere {
        fn publish(&self, _: &[Arc<Event>]) {}
    }

    async fn room_with(events: usize) -> (Arc<dyn Store>, ConversationKey) {
        let store: Arc<dyn Store> = Arc::new(MemoryStore::new(Arc::new(Nowhere)));
        let room = RoomName::parse("r").unwrap();
        let user = UserName::parse("u").unwrap();
        store
            .apply(Command::Join {
                room: room.clone(),
                user: crate::model::Actor::user(user.clone()),
                max_rooms: usize::MAX,
            })
            .await
            .unwrap();
        for n in 1..events {
            store
                .apply(Command::Post {
                    sender: user.clone(),
                    target: Target::Room(room.clone()),
                    text: crate::model::Text::parse(&format!("m{n}"), 100).unwrap(),
                    client_message_id: Default::default(),
                    reply_to: None,
                })
                .await
                .unwrap();
        }
        (store, ConversationKey::Room(room))
    }

    fn seqs(read: &PageRead) -> Vec<Seq> {
        read.events().iter().map(|e| e.seq).collect()
    }

    #[tokio::test]
    async fn readers_at_any_cursor_share_an_aligned_full_page() {
        let (store, key) = room_with(25).await;
        let metrics = Arc::new(Metrics::default());
        let pages = Pages::new(
            CatchUpConfig {
                page_events: 10,
                cache_bytes: 1 << 20,
            },
            metrics.clone(),
        );
        let first = pages.read(&*store, &key, 3).await.unwrap();
        assert_eq!(seqs(&first), (4..=10).collect::<Vec<_>>());
        assert!(!first.at_end());
        let second = pages.read(&*store, &key, 0).await.unwrap();
        assert_eq!(seqs(&second), (1..=10).collect::<Vec<_>>());
        assert_eq!(metrics.catch_up_reads.load(Ordering::Relaxed), 1);
        let tail = pages.read(&*store, &key, 20).await.unwrap();
        assert_eq!(seqs(&tail), (21..=25).collect::<Vec<_>>());
        assert!(tail.at_end());
        // The tail is the end of the log as it was: read again each time.
        pages.read(&*store, &key, 22).await.unwrap();
        assert_eq!(metrics.catch_up_reads.load(Ordering::Relaxed), 3);
        assert!(pages.held() > 0);
    }

    #[tokio::test]
    async fn a_delete_forgets_the_pages_that_held_the_text() {
        let (store, key) = room_with(25).await;
        let metrics = Arc::new(Metrics::default());
        let pages = Pages::new(
            CatchUpConfig {
                page_events: 10,
                cache_bytes: 1 << 20,
            },
            metrics.clone(),
        );
        let text = |read: &PageRead, seq: Seq| match &read.events()[(seq - 1) as usize].kind {
            EventKind::Message { text, deleted, .. } => (text.as_str().to_owned(), *deleted),
            other => panic!("{other:?}"),
        };
        let before = pages.read(&*store, &key, 0).await.unwrap();
        assert_eq!(text(&before, 3), ("m2".to_owned(), false));
        let user = UserName::parse("u").unwrap();
        store
            .apply(Command::Change {
                by: crate::model::Actor::user(user.clone()),
                conversation: key.clone(),
                seq: 3,
                change: crate::server::store::Change::Delete,
            })
            .await
            .unwrap();
        // Without being told, the kept page is served as it was read.
        let stale = pages.read(&*store, &key, 0).await.unwrap();
        assert_eq!(text(&stale, 3), ("m2".to_owned(), false));
        assert_eq!(metrics.catch_up_reads.load(Ordering::Relaxed), 1);
        let deleted = store.read(&key, ReadRange::After(25), 1).await.unwrap();
        assert!(matches!(deleted[0].kind, EventKind::Deleted { of: 3 }));
        pages.erased(&deleted);
        assert_eq!(pages.held(), 0);
        let fresh = pages.read(&*store, &key, 0).await.unwrap();
        assert_eq!(text(&fresh, 3), (String::new(), true));
        assert_eq!(metrics.catch_up_reads.load(Ordering::Relaxed), 2);
    }

    #[tokio::test]
    async fn kept_pages_stay_within_the_byte_budget() {
        let (store, key) = room_with(100).await;
        let one_page =
            10 * event_weight(&store.read(&key, ReadRange::After(0), 1).await.unwrap()[0]);
        let pages = Pages::new(
            CatchUpConfig {
                page_events: 10,
                cache_bytes: 2 * one_page + one_page / 2,
            },
            Arc::default(),
        );
        for cursor in (0..90).step_by(10) {
            pages.read(&*store, &key, cursor).await.unwrap();
            assert!(pages.held() <= 2 * one_page + one_page / 2);
        }
        let none = Pages::new(
            CatchUpConfig {
                page_events: 10,
                cache_bytes: 0,
            },
            Arc::default(),
        );
        none.read(&*store, &key, 0).await.unwrap();
        assert_eq!(none.held(), 0);
    }
}
