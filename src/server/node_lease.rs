//! This node's lease in a store several nodes share (PostgreSQL): taken
//! at start, renewed while the node runs, given up at a clean shutdown.
//!
//! It does two jobs. At start, a node without a bus refuses to share the
//! store with another live node: their sessions would never hear each
//! other's events. And the bus's presence takes a node whose lease ran
//! out for dead, so its users go offline (see `bus::presence`). Stores of
//! one node (SQLite, memory) keep no leases, and all of this is a no-op.

use std::{sync::Arc, time::Duration};

use crate::server::{shutdown::TaskGuard, store::Store};

/// How long a lease runs unless renewed: a node that stops for longer
/// (killed, or stopped) counts as gone.
pub(crate) const LEASE: Duration = Duration::from_secs(10);

/// How often a node renews its lease: three times a lease, so one slow
/// renewal does not let it run out.
const RENEW_EVERY: Duration = Duration::from_secs(3);

/// Takes `node`'s lease; without a bus, refuses (with the line to say)
/// if another node holds one. The lease is renewed for as long as the
/// returned guard is held.
pub(crate) async fn claim(
    store: Arc<dyn Store>,
    node: &str,
    has_bus: bool,
) -> Result<TaskGuard, String> {
    store
        .renew_lease(node, LEASE)
        .await
        .map_err(|e| format!("cannot take this node's lease in the store: {e}"))?;
    if !has_bus {
        let live = store
            .live_nodes()
            .await
            .map_err(|e| format!("cannot list the store's nodes: {e}"))?;
        let others: Vec<String> = live
            .into_iter()
            .map(|lease| lease.node)
            .filter(|other| other != node)
            .collect();
        if !others.is_empty() {
            let _ = store.release_lease(node).await;
            return Err(format!(
                "refusing to start without a bus: node {} already uses this store, and \
                 without --bus nats://... the nodes would not see each other's messages; \
                 give every node the same --bus",
                others.join(", ")
            ));
        }
    }
    let node = node.to_owned();
    Ok(TaskGuard::spawn(async move {
        let mut ticks = tokio::time::interval(RENEW_EVERY);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        ticks.tick().await;
        loop {
            ticks.tick().await;
            if let Err(error) = store.renew_lease(&node, LEASE).await {
                tracing::warn!(%node, %error, "cannot renew this node's lease");
            }
        }
    }))
}
