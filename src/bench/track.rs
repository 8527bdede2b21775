//! What travels in a bench message and what a subscriber checks.
//!
//! Every message text starts with `SENT.PUBLISHER.COUNTER.` (SENT in
//! nanoseconds since the bench started, on the bench's monotonic clock) and
//! is padded with `x` to the message size. A subscriber knows which
//! messages it must get (every counter of every publisher of its room), so
//! it counts what is lost, what comes twice and what comes out of order,
//! and turns SENT into a latency.

use std::{
    sync::{Arc, Mutex, OnceLock},
    time::Instant,
};

use hdrhistogram::Histogram;

static EPOCH: OnceLock<Instant> = OnceLock::new();

/// Nanoseconds since the bench's clock started (the first call).
pub(crate) fn now_ns() -> u64 {
    EPOCH.get_or_init(Instant::now).elapsed().as_nanos() as u64
}

/// `at` on the bench's clock, in nanoseconds.
pub(crate) fn ns_at(at: Instant) -> u64 {
    at.saturating_duration_since(*EPOCH.get_or_init(Instant::now))
        .as_nanos() as u64
}

/// The smallest message size that holds the stamp with room to spare.
pub(crate) const MIN_SIZE: usize = 40;

/// The text of message `counter` of `publisher`, sent at `sent_ns`, padded
/// to `size` bytes.
pub(crate) fn payload(sent_ns: u64, publisher: usize, counter: usize, size: usize) -> String {
    let mut text = format!("{sent_ns}.{publisher}.{counter}.");
    if text.len() < size {
        text.extend(std::iter::repeat_n('x', size - text.len()));
    }
    text
}

/// What a message text says about itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Stamp {
    /// When it was sent (or, paced, when it was due), from [`now_ns`].
    pub(crate) sent_ns: u64,
    /// Which publisher of the room sent it.
    pub(crate) publisher: usize,
    /// Its number among that publisher's messages, from 0.
    pub(crate) counter: usize,
}

/// Reads the stamp at the start of a message text.
pub(crate) fn parse(text: &[u8]) -> Option<Stamp> {
    let mut parts = text.splitn(4, |&b| b == b'.');
    let mut number = || -> Option<u64> {
        let part = parts.next()?;
        if part.is_empty() || part.len() > 20 {
            return None;
        }
        part.iter().try_fold(0u64, |n, &b| {
            b.is_ascii_digit()
                .then(|| n.checked_mul(10)?.checked_add(u64::from(b - b'0')))
                .flatten()
        })
    };
    Some(Stamp {
        sent_ns: number()?,
        publisher: usize::try_from(number()?).ok()?,
        counter: usize::try_from(number()?).ok()?,
    })
}

/// How a subscriber decides that a delivery is out of order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Order {
    /// By the server's per-room seq: each must be above the last (confab).
    Seq,
    /// By each publisher's counter (NATS keeps one publisher's order).
    PerPublisher,
}

/// One subscriber's account of its room's messages.
#[derive(Debug)]
pub(crate) struct Tracker {
    messages: usize,
    order: Order,
    /// One bit per (publisher, counter).
    seen: Vec<u64>,
    expected: u64,
    distinct: u64,
    /// Every delivery of a bench message, duplicates included.
    pub(crate) deliveries: u64,
    /// Deliveries of a message already delivered.
    pub(crate) duplicates: u64,
    /// First deliveries that came after a later one.
    pub(crate) out_of_order: u64,
    /// Deliveries that are not messages of this room's publishers.
    pub(crate) foreign: u64,
    last_seq: u64,
    last_counter: Vec<Option<usize>>,
}

impl Tracker {
    /// A tracker expecting `messages` messages from each of `publishers`.
    pub(crate) fn new(publishers: usize, messages: usize, order: Order) -> Self {
        let bits = publishers * messages;
        Self {
            messages,
            order,
            seen: vec![0; bits.div_ceil(64)],
            expected: bits as u64,
            distinct: 0,
            deliveries: 0,
            duplicates: 0,
            out_of_order: 0,
            foreign: 0,
            last_seq: 0,
            last_counter: vec![None; publishers],
        }
    }

    /// Records a delivery (`seq` is the server's, for [`Order::Seq`]);
    /// true if this one completed the set.
    pub(crate) fn record(&mut self, stamp: Stamp, seq: u64) -> bool {
        if stamp.publisher >= self.last_counter.len() || stamp.counter >= self.messages {
            self.foreign += 1;
            return false;
        }
        self.deliveries += 1;
        let bit = stamp.publisher * self.messages + stamp.counter;
        let (word, mask) = (bit / 64, 1u64 << (bit % 64));
        if self.seen[word] & mask != 0 {
            self.duplicates += 1;
            return false;
        }
        self.seen[word] |= mask;
        self.distinct += 1;
        let late = match self.order {
            Order::Seq => {
                let late = seq <= self.last_seq;
                self.last_seq = self.last_seq.max(seq);
                late
            }
            Order::PerPublisher => {
                let last = &mut self.last_counter[stamp.publisher];
                let late = last.is_some_and(|last| stamp.counter <= last);
                *last = Some(last.map_or(stamp.counter, |l| l.max(stamp.counter)));
                late
            }
        };
        if late {
            self.out_of_order += 1;
        }
        self.distinct == self.expected
    }

    /// Whether every expected message has come.
    pub(crate) fn complete(&self) -> bool {
        self.distinct == self.expected
    }

    /// Expected messages that never came.
    pub(crate) fn lost(&self) -> u64 {
        self.expected - self.distinct
    }
}

/// Latencies from every subscriber, in microseconds.
pub(crate) struct Latencies {
    histogram: Mutex<Histogram<u64>>,
}

impl Default for Latencies {
    fn default() -> Self {
        Self {
            // 1 µs to 10 minutes, 3 significant digits.
            histogram: Mutex::new(
                Histogram::new_with_bounds(1, 600_000_000, 3).expect("valid histogram bounds"),
            ),
        }
    }
}

impl Latencies {
    /// Adds a batch of samples (µs).
    pub(crate) fn add(&self, samples: &[u64]) {
        let mut histogram = self.histogram.lock().unwrap_or_else(|p| p.into_inner());
        for &sample in samples {
            histogram.saturating_record(sample.max(1));
        }
    }

    /// p50, p99 and max, in microseconds; None without samples.
    pub(crate) fn summary(&self) -> Option<(u64, u64, u64)> {
        let histogram = self.histogram.lock().unwrap_or_else(|p| p.into_inner());
        (!histogram.is_empty()).then(|| {
            (
                histogram.value_at_quantile(0.5),
                histogram.value_at_quantile(0.99),
                histogram.max(),
            )
        })
    }
}

/// A subscriber's samples, handed to [`Latencies`] a batch at a time so
/// the lock is rarely taken.
pub(crate) struct LatencyBuffer {
    sink: Arc<Latencies>,
    samples: Vec<u64>,
}

impl LatencyBuffer {
    /// An empty buffer feeding `sink`.
    pub(crate) fn new(sink: Arc<Latencies>) -> Self {
        Self {
            sink,
            samples: Vec::with_capacity(1024),
        }
    }

    /// Records one latency: now minus `sent_ns`.
    pub(crate) fn record(&mut self, sent_ns: u64) {
        self.samples.push(now_ns().saturating_sub(sent_ns) / 1000);
        if self.samples.len() == self.samples.capacity() {
            self.flush();
        }
    }

    /// Hands the samples over.
    pub(crate) fn flush(&mut self) {
        self.sink.add(&self.samples);
        self.samples.clear();
    }
}

impl Drop for LatencyBuffer {
    fn drop(&mut self) {
        self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payload_round_trips_and_has_the_size() {
        let text = payload(123_456_789, 7, 42, 64);
        assert_eq!(text.len(), 64);
        assert_eq!(
            parse(text.as_bytes()),
            Some(Stamp {
                sent_ns: 123_456_789,
                publisher: 7,
                counter: 42
            })
        );
        assert_eq!(parse(b"hello"), None);
        assert_eq!(parse(b"1.2.x."), None);
    }

    #[test]
    fn tracker_counts_loss_duplicates_and_disorder() {
        let stamp = |publisher, counter| Stamp {
            sent_ns: 0,
            publisher,
            counter,
        };
        let mut by_seq = Tracker::new(2, 2, Order::Seq);
        assert!(!by_seq.record(stamp(0, 0), 1));
        assert!(!by_seq.record(stamp(1, 1), 3));
        assert!(!by_seq.record(stamp(1, 1), 3));
        assert!(!by_seq.record(stamp(0, 1), 2));
        assert_eq!(
            (by_seq.duplicates, by_seq.out_of_order, by_seq.lost()),
            (1, 1, 1)
        );
        assert!(by_seq.record(stamp(1, 0), 4));
        assert!(by_seq.complete());

        let mut by_publisher = Tracker::new(2, 2, Order::PerPublisher);
        by_publisher.record(stamp(0, 1), 0);
        by_publisher.record(stamp(1, 0), 0);
        by_publisher.record(stamp(0, 0), 0);
        by_publisher.record(stamp(5, 0), 0);
        assert_eq!(
            (
                by_publisher.out_of_order,
                by_publisher.foreign,
                by_publisher.lost()
            ),
            (1, 1, 1)
        );
    }
}
