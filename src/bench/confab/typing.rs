//! What the typing runs (`--typing`) count. A typing signal has no stamp,
//! and a big room folds its typing into the periodic presence summary
//! (the latest `expires_at` per user wins), so a delivery is not a frame:
//! a subscriber has had a signal delivered once it has seen that typist
//! with an `expires_at` at or past the signal's own. The publishers note
//! each signal the server passed on (with its `expires_at`); the
//! subscribers note the latest `expires_at` they saw of each typist; a run
//! is complete when every subscriber has had every signal delivered.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

use crate::pb;

/// The signals passed on and what each subscriber saw.
#[derive(Default)]
pub(crate) struct TypingLedger {
    /// Typist → the `expires_at` of each of its signals passed on, in ms.
    passed: Mutex<HashMap<String, Vec<i64>>>,
    /// Each subscriber's view.
    views: Mutex<Vec<Arc<TypingView>>>,
}

/// One subscriber's view: typist → the latest `expires_at` seen, in ms.
#[derive(Default)]
pub(crate) struct TypingView {
    latest: Mutex<HashMap<String, i64>>,
}

impl TypingLedger {
    /// A new subscriber's view, counted from now on.
    pub(crate) fn view(&self) -> Arc<TypingView> {
        let view = Arc::new(TypingView::default());
        lock(&self.views).push(view.clone());
        view
    }

    /// `typist`'s signal holding until `expires` was passed on.
    pub(crate) fn passed(&self, typist: &str, expires: Option<&prost_types::Timestamp>) {
        let ms = expires.map_or(0, timestamp_ms);
        lock(&self.passed)
            .entry(typist.to_string())
            .or_default()
            .push(ms);
    }

    /// The signals delivered so far, summed over the subscribers.
    pub(crate) fn delivered(&self) -> u64 {
        let mut passed = lock(&self.passed).clone();
        for expiries in passed.values_mut() {
            expiries.sort_unstable();
        }
        let views = lock(&self.views).clone();
        let mut delivered = 0;
        for view in views {
            for (typist, seen) in lock(&view.latest).iter() {
                if let Some(expiries) = passed.get(typist) {
                    delivered += expiries.partition_point(|at| at <= seen) as u64;
                }
            }
        }
        delivered
    }
}

impl TypingView {
    /// Notes a `typing` frame (alone or in a summary); true if it was news.
    pub(crate) fn saw(&self, typing: &pb::Typing) -> bool {
        let ms = typing.expires_at.as_ref().map_or(0, timestamp_ms);
        let mut latest = lock(&self.latest);
        let seen = latest.entry(typing.user.clone()).or_insert(i64::MIN);
        let news = ms > *seen;
        *seen = (*seen).max(ms);
        news
    }
}

fn timestamp_ms(at: &prost_types::Timestamp) -> i64 {
    at.seconds * 1000 + i64::from(at.nanos) / 1_000_000
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typing(user: &str, ms: i64) -> pb::Typing {
        pb::Typing {
            conversation: None,
            user: user.into(),
            expires_at: Some(prost_types::Timestamp {
                seconds: ms / 1000,
                nanos: ((ms % 1000) * 1_000_000) as i32,
            }),
        }
    }

    #[test]
    fn a_later_expiry_delivers_every_signal_before_it() {
        let ledger = TypingLedger::default();
        let (a, b) = (ledger.view(), ledger.view());
        for ms in [5_000, 6_100, 7_200] {
            ledger.passed("pub", typing("pub", ms).expires_at.as_ref());
        }
        assert_eq!(ledger.delivered(), 0);
        // One folded summary entry at the second signal's expiry covers two.
        assert!(a.saw(&typing("pub", 6_100)));
        assert_eq!(ledger.delivered(), 2);
        // Single frames, one per signal, and a repeat that is not news.
        assert!(b.saw(&typing("pub", 5_000)));
        assert!(!b.saw(&typing("pub", 5_000)));
        assert!(b.saw(&typing("pub", 7_200)));
        assert_eq!(ledger.delivered(), 5);
        // Someone the ledger does not know counts nothing.
        a.saw(&typing("stranger", 9_000));
        assert_eq!(ledger.delivered(), 5);
    }
}
