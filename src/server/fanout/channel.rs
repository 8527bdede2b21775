//! The hub's live channels: one sender (the hub), many receivers (the
//! feeds of the sessions following a room, or a user's inbox), every
//! receiver seeing every message in order, and a receiver that falls more
//! than the capacity behind told that it lagged.
//!
//! tokio's broadcast channel does the same, but a receiver that finds
//! nothing new takes the channel's one mutex to say so; in a room of a
//! thousand sessions every delivery ends with such a look, so that mutex
//! was the busiest in the server. Here a receiver checks one atomic count
//! to see whether anything is new, reads the ring under a shared lock, and
//! takes the waker list's mutex only to register before it waits: once per
//! wait, not once per look. A slot holds one 16-byte message, so an
//! inbox of 64 slots costs 1 KiB.
//!
//! A channel is bounded twice: in slots, and in the bytes its messages
//! hold ([`LiveBudget`]: per channel and for all channels together). When
//! a send takes a channel over either byte budget it drops its own oldest
//! messages (keeping at least the newest); a receiver behind what was
//! dropped is told it lagged, exactly as one behind the slots is. So a
//! burst of big messages costs a bounded amount of memory, and what the
//! buffer held is freed as soon as it is trimmed, not when its slot is
//! next written.

use std::{
    sync::{
        atomic::{AtomicU64, AtomicUsize, Ordering},
        Arc, Mutex, RwLock,
    },
    task::{Context, Poll, Waker},
};

use super::budget::{LiveBudget, Weigh};

/// What a receiver gets.
#[derive(Debug)]
pub enum Received<T> {
    /// The next message.
    Message(T),
    /// The receiver fell this many messages behind and skipped to the
    /// newest; what it missed must be read elsewhere (the store).
    Lagged(u64),
}

/// The sending side, kept by the hub (a clone is the same channel).
#[derive(Clone)]
pub struct LiveSender<T: Weigh> {
    shared: Arc<Shared<T>>,
}

/// A receiving side, kept by one feed.
pub struct LiveReceiver<T: Weigh> {
    shared: Arc<Shared<T>>,
    /// Names this receiver's wakers in the list, so that dropping it takes
    /// them out: a quiet room with sessions coming and going would
    /// otherwise keep every departed session's waker (and its task's
    /// memory) until the next message.
    id: u64,
    /// The number of the next message to receive.
    next: u64,
    /// The count of sent messages when this receiver last registered its
    /// waker, and that waker: registering again before anything is sent is
    /// needless, unless the task polling is a different one.
    registered: Option<(u64, Waker)>,
}

struct Shared<T: Weigh> {
    /// How many messages were ever sent; message `n` is in slot
    /// `n % capacity` until message `n + capacity` replaces it, or the
    /// byte budget drops it.
    sent: AtomicU64,
    /// The number of the oldest message still held: a receiver whose next
    /// message is older lagged. Written under the slots' write lock.
    oldest: AtomicU64,
    slots: RwLock<Ring<T>>,
    /// The byte budgets this channel counts against.
    budget: Arc<LiveBudget>,
    /// The tasks to wake at the next send, by receiver.
    wakers: Mutex<Vec<(u64, Waker)>>,
    receivers: AtomicUsize,
    /// The id of the next receiver.
    next_id: AtomicU64,
}

/// The slots, and the bytes the messages in them hold.
struct Ring<T> {
    slots: Vec<Option<T>>,
    bytes: usize,
}

impl<T: Weigh> Ring<T> {
    /// Empties slot `index`, returning its message (to be dropped after the
    /// lock is released) and counting its bytes as given back.
    fn take(&mut self, index: usize, budget: &LiveBudget) -> Option<T> {
        let message = self.slots[index].take()?;
        let weight = message.weight();
        self.bytes -= weight;
        budget.release(weight);
        Some(message)
    }
}

impl<T: Weigh> Drop for Shared<T> {
    fn drop(&mut self) {
        let bytes = read(&self.slots).bytes;
        self.budget.release(bytes);
    }
}

impl<T: Clone + Weigh> LiveSender<T> {
    /// A channel that keeps the last `capacity` messages (at least one),
    /// as far as `budget` lets it.
    pub fn new(capacity: usize, budget: Arc<LiveBudget>) -> Self {
        Self {
            shared: Arc::new(Shared {
                sent: AtomicU64::new(0),
                oldest: AtomicU64::new(0),
                slots: RwLock::new(Ring {
                    slots: vec![None; capacity.max(1)],
                    bytes: 0,
                }),
                budget,
                wakers: Mutex::new(Vec::new()),
                receivers: AtomicUsize::new(0),
                next_id: AtomicU64::new(0),
            }),
        }
    }

    /// A receiver that gets the messages sent from now on.
    pub fn subscribe(&self) -> LiveReceiver<T> {
        self.shared.receivers.fetch_add(1, Ordering::Relaxed);
        LiveReceiver {
            id: self.shared.next_id.fetch_add(1, Ordering::Relaxed),
            next: self.shared.sent.load(Ordering::Acquire),
            shared: self.shared.clone(),
            registered: None,
        }
    }

    /// How many receivers there are.
    pub fn receiver_count(&self) -> usize {
        self.shared.receivers.load(Ordering::Relaxed)
    }

    /// Sends `message` to every receiver and wakes the ones waiting; drops
    /// the oldest messages the slots or the byte budgets have no room for.
    pub fn send(&self, message: T) {
        let budget = &*self.shared.budget;
        // Dropped after the lock is released: the last reference to a
        // batch frees its events, which is not work to do under the lock.
        // The message a full ring replaces is the usual one, kept without
        // allocating; only a trim past the byte budget collects more.
        let replaced: Option<T>;
        let mut dropped: Vec<T> = Vec::new();
        let waiting = {
            let mut ring = write(&self.shared.slots);
            let sent = self.shared.sent.load(Ordering::Relaxed);
            let len = ring.slots.len();
            let slot = slot_of(sent, len);
            replaced = ring.take(slot, budget);
            let weight = message.weight();
            ring.slots[slot] = Some(message);
            ring.bytes += weight;
            budget.hold(weight);
            let mut oldest = self
                .shared
                .oldest
                .load(Ordering::Relaxed)
                .max((sent + 1).saturating_sub(len as u64));
            while oldest < sent && budget.over(ring.bytes) {
                dropped.extend(ring.take(slot_of(oldest, len), budget));
                oldest += 1;
            }
            self.shared.oldest.store(oldest, Ordering::Release);
            // Counted while the slot is still locked, so a reader that sees
            // the count finds the message (or a newer one, and knows it);
            // and under the wakers' lock, so that a waker is in the list
            // exactly while the count is the one it registered at.
            let mut wakers = lock(&self.shared.wakers);
            self.shared.sent.store(sent + 1, Ordering::Release);
            std::mem::take(&mut *wakers)
        };
        drop((replaced, dropped));
        for (_, waker) in waiting {
            waker.wake();
        }
    }
}

impl<T: Clone + Weigh> LiveReceiver<T> {
    /// The next message, or `None` if there is none yet. Never waits and
    /// never registers to be woken.
    pub fn try_recv(&mut self) -> Option<Received<T>> {
        let sent = self.shared.sent.load(Ordering::Acquire);
        if self.next == sent {
            return None;
        }
        let ring = read(&self.shared.slots);
        // Read again under the lock: the sender may have gone on since.
        let sent = self.shared.sent.load(Ordering::Acquire);
        if self.next < self.shared.oldest.load(Ordering::Acquire) {
            let missed = sent - self.next;
            self.next = sent;
            return Some(Received::Lagged(missed));
        }
        let message = ring.slots[slot_of(self.next, ring.slots.len())].clone()?;
        self.next += 1;
        Some(Received::Message(message))
    }

    /// The next message, or `Pending` after arranging for the task to be
    /// woken when one is sent.
    pub fn poll_recv(&mut self, cx: &mut Context<'_>) -> Poll<Received<T>> {
        loop {
            if let Some(received) = self.try_recv() {
                return Poll::Ready(received);
            }
            let seen = self.next;
            if let Some((at, waker)) = &self.registered {
                if *at == seen && waker.will_wake(cx.waker()) {
                    return Poll::Pending;
                }
            }
            let mut wakers = lock(&self.shared.wakers);
            // A send between the look above and this lock would be missed
            // by the waker: look again while holding it. Holding it, the
            // count cannot move until the sender takes the list, waker and
            // all.
            if self.shared.sent.load(Ordering::Acquire) != seen {
                continue;
            }
            wakers.push((self.id, cx.waker().clone()));
            self.registered = Some((seen, cx.waker().clone()));
            return Poll::Pending;
        }
    }
}

impl<T: Weigh> Drop for LiveReceiver<T> {
    fn drop(&mut self) {
        self.shared.receivers.fetch_sub(1, Ordering::Relaxed);
        // A waker registered at an older count was taken by that send.
        let waiting = self.registered.as_ref().map(|(at, _)| *at);
        if waiting == Some(self.shared.sent.load(Ordering::Acquire)) {
            lock(&self.shared.wakers).retain(|(id, _)| *id != self.id);
        }
    }
}

fn slot_of(number: u64, capacity: usize) -> usize {
    // The remainder is below `capacity`, so it fits.
    (number % capacity as u64) as usize
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn read<T>(lock: &RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    lock.read().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn write<T>(lock: &RwLock<T>) -> std::sync::RwLockWriteGuard<'_, T> {
    lock.write()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn message(n: usize) -> String {
        format!("u{n}")
    }

    impl Weigh for String {
        fn weight(&self) -> usize {
            self.len()
        }
    }

    #[test]
    fn a_channel_over_its_byte_budget_drops_its_oldest_and_its_laggards_catch_up() {
        let budget = Arc::new(LiveBudget::new(10, usize::MAX));
        let sender = LiveSender::<String>::new(64, budget.clone());
        let mut behind = sender.subscribe();
        for n in 0..6 {
            // "uN" weighs 2 bytes: five fit in 10 bytes, the sixth does not.
            sender.send(message(n));
        }
        assert_eq!(budget.held(), 10, "the oldest was dropped, not kept");
        assert!(matches!(behind.try_recv(), Some(Received::Lagged(6))));
        let mut current = sender.subscribe();
        sender.send("a-long-one".into());
        assert_eq!(budget.held(), 10, "only the newest is left");
        assert_eq!(user_of(current.try_recv()), "a-long-one");
        drop((sender, behind, current));
        assert_eq!(budget.held(), 0, "a dropped channel gives its bytes back");
    }

    #[test]
    fn channels_over_the_shared_budget_trim_themselves_when_they_send() {
        let budget = Arc::new(LiveBudget::new(usize::MAX, 8));
        let first = LiveSender::<String>::new(64, budget.clone());
        let second = LiveSender::<String>::new(64, budget.clone());
        let _listening = (first.subscribe(), second.subscribe());
        for n in 0..4 {
            first.send(message(n));
        }
        assert_eq!(budget.held(), 8);
        second.send(message(9));
        second.send(message(8));
        // Over the total: the sender trims itself down to its newest.
        assert_eq!(budget.held(), 10);
        first.send(message(5));
        assert!(budget.held() <= 8, "held {}", budget.held());
    }

    fn user_of(received: Option<Received<String>>) -> String {
        match received {
            Some(Received::Message(user)) => user,
            other => panic!("expected a presence message, got {other:?}"),
        }
    }

    #[test]
    fn every_receiver_gets_every_message_sent_after_it_subscribed_in_order() {
        let sender = LiveSender::<String>::new(8, Arc::new(LiveBudget::unlimited()));
        sender.send(message(0));
        let mut first = sender.subscribe();
        let mut second = sender.subscribe();
        for n in 1..=3 {
            sender.send(message(n));
        }
        for receiver in [&mut first, &mut second] {
            let users: Vec<_> = (0..3).map(|_| user_of(receiver.try_recv())).collect();
            assert_eq!(users, ["u1", "u2", "u3"]);
            assert!(receiver.try_recv().is_none());
        }
        assert_eq!(sender.receiver_count(), 2);
        drop(first);
        assert_eq!(sender.receiver_count(), 1);
    }

    #[test]
    fn a_dropped_receiver_leaves_no_waker_behind() {
        let sender = LiveSender::<String>::new(4, Arc::new(LiveBudget::unlimited()));
        let (_, waker) = flag();
        let mut cx = Context::from_waker(&waker);
        for _ in 0..3 {
            let mut receiver = sender.subscribe();
            assert!(receiver.poll_recv(&mut cx).is_pending());
        }
        let mut staying = sender.subscribe();
        assert!(staying.poll_recv(&mut cx).is_pending());
        let waiting: Vec<u64> = lock(&sender.shared.wakers)
            .iter()
            .map(|(id, _)| *id)
            .collect();
        assert_eq!(waiting, [staying.id]);
    }

    #[test]
    fn a_receiver_more_than_the_capacity_behind_is_told_how_far_and_skips_ahead() {
        let sender = LiveSender::<String>::new(4, Arc::new(LiveBudget::unlimited()));
        let mut receiver = sender.subscribe();
        for n in 0..6 {
            sender.send(message(n));
        }
        assert!(matches!(receiver.try_recv(), Some(Received::Lagged(6))));
        assert!(receiver.try_recv().is_none());
        sender.send(message(6));
        assert_eq!(user_of(receiver.try_recv()), "u6");
    }

    /// A waker that records that it was woken.
    struct Flag(std::sync::atomic::AtomicBool);

    impl std::task::Wake for Flag {
        fn wake(self: Arc<Self>) {
            self.0.store(true, Ordering::SeqCst);
        }
    }

    fn flag() -> (Arc<Flag>, Waker) {
        let flag = Arc::new(Flag(std::sync::atomic::AtomicBool::new(false)));
        (flag.clone(), Waker::from(flag))
    }

    #[test]
    fn a_waiting_receiver_is_woken_by_a_send_from_another_thread() {
        let sender = Arc::new(LiveSender::<String>::new(
            4,
            Arc::new(LiveBudget::unlimited()),
        ));
        let mut receiver = sender.subscribe();
        let (first, first_waker) = flag();
        let (second, second_waker) = flag();
        let mut cx = Context::from_waker(&first_waker);
        assert!(receiver.poll_recv(&mut cx).is_pending());
        // Polled again by another task before anything is sent: that task
        // must be woken too.
        let mut cx = Context::from_waker(&second_waker);
        assert!(receiver.poll_recv(&mut cx).is_pending());
        // Sent from a plain thread, as the store's writer thread does.
        let from_thread = sender.clone();
        std::thread::spawn(move || from_thread.send(message(1)))
            .join()
            .unwrap();
        assert!(first.0.load(Ordering::SeqCst) && second.0.load(Ordering::SeqCst));
        match receiver.poll_recv(&mut cx) {
            Poll::Ready(received) => assert_eq!(user_of(Some(received)), "u1"),
            Poll::Pending => panic!("the message was sent"),
        }
    }

    /// Many receivers on two worker threads, a sender on a plain thread:
    /// every receiver must account for every message (received, or
    /// skipped as lagged) without hanging. A lost wake-up shows as a
    /// receiver that never finishes.
    #[test]
    fn no_receiver_misses_a_wake_up_under_contention() {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_time()
            .build()
            .unwrap();
        let count = |received: Received<String>| match received {
            Received::Message(_) => 1,
            Received::Lagged(missed) => missed,
        };
        for _ in 0..30 {
            let sender = Arc::new(LiveSender::<String>::new(
                256,
                Arc::new(LiveBudget::unlimited()),
            ));
            let messages = 1000;
            let (done, mut finished) = tokio::sync::mpsc::unbounded_channel();
            for _ in 0..200 {
                let mut receiver = sender.subscribe();
                let done = done.clone();
                runtime.spawn(async move {
                    let mut accounted = 0;
                    while accounted < messages {
                        let received = std::future::poll_fn(|cx| receiver.poll_recv(cx)).await;
                        accounted += count(received);
                        while let Some(received) = receiver.try_recv() {
                            accounted += count(received);
                        }
                    }
                    let _ = done.send(accounted);
                });
            }
            drop(done);
            let from_thread = sender.clone();
            std::thread::spawn(move || {
                for n in 0..messages {
                    from_thread.send(message(n as usize));
                    // Slower than the receivers, so they keep waiting.
                    std::thread::yield_now();
                }
            })
            .join()
            .unwrap();
            let mut receivers = 0;
            let give_up = std::time::Duration::from_secs(20);
            while let Some(accounted) = runtime
                .block_on(async { tokio::time::timeout(give_up, finished.recv()).await })
                .expect("a receiver hung: a wake-up was lost")
            {
                assert_eq!(accounted, messages);
                receivers += 1;
            }
            assert_eq!(receivers, 200, "every receiver finished");
        }
    }
}
