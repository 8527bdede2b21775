//! The shutdown signal, and a guard for each background task.
//!
//! One [`Shutdown`] is made per server; every stream watches it through a
//! [`watch::Receiver`] and ends when it turns true, telling its client to
//! reconnect and resume. A background task is held by a [`TaskGuard`], so
//! it stops when the server does even if it is not watching the signal.

use tokio::{sync::watch, task::JoinHandle};

/// The server's shutdown signal; cheap to clone.
#[derive(Clone, Debug)]
pub(crate) struct Shutdown {
    sender: std::sync::Arc<watch::Sender<bool>>,
}

impl Shutdown {
    /// A signal that has not fired.
    pub(crate) fn new() -> Self {
        Self {
            sender: std::sync::Arc::new(watch::Sender::new(false)),
        }
    }

    /// A receiver that sees `true` once shutdown begins.
    pub(crate) fn signal(&self) -> watch::Receiver<bool> {
        self.sender.subscribe()
    }

    /// Tells every stream to end.
    pub(crate) fn begin(&self) {
        self.sender.send_replace(true);
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
