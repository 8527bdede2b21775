//! The waker a future last handed to something that will wake it, so that
//! a poll from the same task can skip handing it over again. A session or
//! a connection is polled by one task for its whole life, at every
//! delivery; registering its waker anew each time (a lock, an atomic swap,
//! a clone) is work that only matters when the task changes.

use std::task::Waker;

/// The waker last registered, if it still stands.
#[derive(Debug, Default)]
pub(crate) struct LastWaker(Option<Waker>);

impl LastWaker {
    /// Whether `waker` must be registered: true (and `waker` noted) unless
    /// the last one noted wakes the same task.
    pub(crate) fn changed(&mut self, waker: &Waker) -> bool {
        if self.0.as_ref().is_some_and(|last| last.will_wake(waker)) {
            return false;
        }
        self.0 = Some(waker.clone());
        true
    }

    /// Forgets the waker: what it was registered with no longer holds it.
    pub(crate) fn forget(&mut self) {
        self.0 = None;
    }
}
