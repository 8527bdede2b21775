//! Health follows the store: grpc.health.v1 says NOT_SERVING (for the
//! server as a whole, "", and for `confab.v1.ChatService`) from the moment
//! a call fails because the store does, a full disk or a damaged page,
//! until a probe finds it working again; then SERVING. A load balancer
//! then stops sending clients to a server that can only fail them. Once
//! shutdown begins the watch stops, and shutdown says NOT_SERVING itself.

use std::{sync::Arc, time::Duration};

use tokio::sync::watch;
use tonic_health::{server::HealthReporter, ServingStatus};

use crate::server::{
    grpc::{pb::chat_service_server::ChatServiceServer, service::ChatServiceImpl},
    shutdown::{shutting_down, TaskGuard},
    store::Store,
};

/// Watches `store` and sets `health` by it, probing every `period` while
/// it fails, until shutdown begins or the guard is dropped.
pub(crate) fn watch_store(
    store: Arc<dyn Store>,
    health: HealthReporter,
    period: Duration,
    stopping: watch::Receiver<bool>,
) -> TaskGuard {
    TaskGuard::spawn(async move {
        let mut stop = stopping.clone();
        tokio::select! {
            () = follow(store, health, period, stopping) => {}
            () = shutting_down(&mut stop) => {}
        }
    })
}

async fn follow(
    store: Arc<dyn Store>,
    health: HealthReporter,
    period: Duration,
    stopping: watch::Receiver<bool>,
) {
    let mut failing = store.failing();
    loop {
        if failing.wait_for(|failing| *failing).await.is_err() {
            return;
        }
        if *stopping.borrow() {
            return;
        }
        tracing::error!("the store is failing: health is NOT_SERVING until it works again");
        set(&health, ServingStatus::NotServing).await;
        loop {
            tokio::time::sleep(period).await;
            match store.probe().await {
                Ok(()) => break,
                Err(error) => tracing::warn!(%error, "the store still fails"),
            }
        }
        if *stopping.borrow() {
            return;
        }
        tracing::info!("the store works again: health is SERVING");
        set(&health, ServingStatus::Serving).await;
    }
}

async fn set(health: &HealthReporter, status: ServingStatus) {
    health.set_service_status("", status).await;
    match status {
        ServingStatus::Serving => {
            health
                .set_serving::<ChatServiceServer<ChatServiceImpl>>()
                .await
        }
        _ => {
            health
                .set_not_serving::<ChatServiceServer<ChatServiceImpl>>()
                .await
        }
    }
}
