//! The shutdown signal, and a guard for each background task.
//!
//! One [`Shutdown`] is made per server; every stream watches it and ends
//! when it fires, telling its client to reconnect and resume. The
//! long-lived sessions watch it through a [`ShutdownListener`], which they
//! poll on every step: it joins the signal's list once, when made (a
//! [`watch::Receiver`]'s `changed()` joins and leaves a shared waiter list,
//! under its lock, each time it is polled anew). Everything else watches a
//! [`watch::Receiver`]. A background task is held by a [`TaskGuard`], so it
//! stops when the server does even if it is not watching the signal.

use std::{
    collections::HashMap,
    future::Future,
    pin::Pin,
    sync::{
        atomic::{AtomicBool, AtomicU64, Ordering},
        Arc, Mutex,
    },
    task::{Context, Poll},
};

use futures_util::task::AtomicWaker;
use tokio::{sync::watch, task::JoinHandle};

use crate::server::last_waker::LastWaker;

/// The server's shutdown signal; cheap to clone.
#[derive(Clone, Debug)]
pub(crate) struct Shutdown {
    sender: Arc<watch::Sender<bool>>,
    listeners: Arc<Listeners>,
}

/// The sessions' side of the signal: whether it fired, and whom to wake.
#[derive(Debug, Default)]
struct Listeners {
    down: AtomicBool,
    next_id: AtomicU64,
    wakers: Mutex<HashMap<u64, Arc<AtomicWaker>>>,
}

impl Listeners {
    fn wakers(&self) -> std::sync::MutexGuard<'_, HashMap<u64, Arc<AtomicWaker>>> {
        self.wakers.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Shutdown {
    /// A signal that has not fired.
    pub(crate) fn new() -> Self {
        Self {
            sender: Arc::new(watch::Sender::new(false)),
            listeners: Arc::default(),
        }
    }

    /// A listener for one session: a future that completes once shutdown
    /// begins, cheap to poll again and again.
    pub(crate) fn listener(&self) -> ShutdownListener {
        let listeners = self.listeners.clone();
        let id = listeners.next_id.fetch_add(1, Ordering::Relaxed);
        let waker = Arc::new(AtomicWaker::new());
        listeners.wakers().insert(id, waker.clone());
        ShutdownListener {
            listeners,
            id,
            waker,
            registered: LastWaker::default(),
        }
    }

    /// A receiver that sees `true` once shutdown begins.
    pub(crate) fn signal(&self) -> watch::Receiver<bool> {
        self.sender.subscribe()
    }

    /// Tells every stream to end.
    pub(crate) fn begin(&self) {
        self.listeners.down.store(true, Ordering::SeqCst);
        let wakers = std::mem::take(&mut *self.listeners.wakers());
        for waker in wakers.values() {
            waker.wake();
        }
        self.sender.send_replace(true);
    }
}

/// One session's view of the shutdown signal (see [`Shutdown::listener`]).
/// As a future it completes once shutdown begins, and at once on every
/// poll after that.
#[derive(Debug)]
pub(crate) struct ShutdownListener {
    listeners: Arc<Listeners>,
    id: u64,
    waker: Arc<AtomicWaker>,
    /// The waker last put in `waker`: a poll from the same task leaves it
    /// there (a session polls its listener at every delivery). Only
    /// `begin` takes it out, and after that every poll is ready.
    registered: LastWaker,
}

impl ShutdownListener {
    /// Whether shutdown has begun.
    pub(crate) fn is_down(&self) -> bool {
        self.listeners.down.load(Ordering::SeqCst)
    }
}

impl Future for ShutdownListener {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.is_down() {
            return Poll::Ready(());
        }
        if self.registered.changed(cx.waker()) {
            self.waker.register(cx.waker());
        }
        // Looked at again after registering: a `begin` in between woke
        // the waker that was there before, or none.
        if self.is_down() {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    }
}

impl Drop for ShutdownListener {
    fn drop(&mut self) {
        self.listeners.wakers().remove(&self.id);
    }
}

/// Completes once shutdown begins (or the signal is gone).
pub(crate) async fn shutting_down(signal: &mut watch::Receiver<bool>) {
    // The guard `wait_for` returns is dropped here, so callers stay `Send`.
    let _ = signal.wait_for(|down| *down).await;
}

/// A background task, aborted when the guard is dropped.
#[derive(Debug)]
pub(crate) struct TaskGuard(JoinHandle<()>);

impl TaskGuard {
    /// Spawns `task`, held by the returned guard.
    pub(crate) fn spawn(task: impl std::future::Future<Output = ()> + Send + 'static) -> Self {
        Self(tokio::spawn(task))
    }
}

impl Drop for TaskGuard {
    fn drop(&mut self) {
        self.0.abort();
    }
}

#[cfg(test)]
mod tests {
    use futures_util::FutureExt;

    use super::*;

    #[tokio::test]
    async fn a_listener_waiting_is_woken_and_a_late_one_is_ready_at_once() {
        let shutdown = Shutdown::new();
        let mut waiting = shutdown.listener();
        let task = tokio::spawn(async move {
            (&mut waiting).await;
            // Ready again on every poll after.
            (&mut waiting).await;
            waiting.is_down()
        });
        // Not fired: a poll now is pending.
        let mut idle = shutdown.listener();
        assert!((&mut idle).now_or_never().is_none());
        shutdown.begin();
        assert!(task.await.expect("the task ran"));
        assert!((&mut idle).now_or_never().is_some());
        let late = shutdown.listener();
        assert!(late.is_down());
        late.await;
        assert!(shutdown.listeners.wakers().is_empty());
    }
}
