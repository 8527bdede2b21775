//! The tonic server: ChatService behind the authenticating interceptor,
//! gRPC reflection (v1 and v1alpha), grpc.health.v1, message size limits,
//! HTTP/2 keepalive, and a staged graceful shutdown.

use std::{future::Future, sync::Arc, time::Duration};

use tokio::net::TcpListener;
use tonic::{service::interceptor::InterceptedService, transport::server::TcpIncoming};
use tonic_web::GrpcWebLayer;
use tower_http::cors::{AllowOrigin, Any, CorsLayer};

use crate::{
    auth::Authenticator,
    chat::{ChatCore, Limits},
    chat_route::ChatRouter,
    end_at_shutdown::EndAtShutdown,
    hub::{Hub, HubConfig},
    limits::RateLimiter,
    metrics::Metrics,
    service::ChatServiceImpl,
    store::{memory::MemoryStore, sqlite::SqliteStore, Store},
    wire::pb::chat_service_server::ChatServiceServer,
};

pub use crate::config::ServerConfig;

/// What can stop the server from starting or serving.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The configuration is unsafe or inconsistent.
    #[error("{0}")]
    Config(String),
    /// The store could not be opened.
    #[error("cannot open the store {url:?}: {reason}")]
    Store {
        /// The store URL given.
        url: String,
        /// Why.
        reason: String,
    },
    /// The reflection service could not be built from the descriptors.
    #[error("cannot build the reflection service: {0}")]
    Reflection(#[from] tonic_reflection::server::Error),
    /// The transport failed.
    #[error("transport error: {0}")]
    Transport(#[from] tonic::transport::Error),
}

/// Opens the store named by `url`, publishing committed events to `hub`.
pub async fn open_store(url: &str, hub: &Hub) -> Result<Arc<dyn Store>, ServerError> {
    let fanout = Arc::new(hub.clone());
    if url == "memory" {
        return Ok(Arc::new(MemoryStore::new(fanout)));
    }
    let refused = |reason: String| ServerError::Store {
        url: url.to_owned(),
        reason,
    };
    let Some(path) = url.strip_prefix("sqlite://").filter(|p| !p.is_empty()) else {
        return Err(refused(
            "unknown kind of store; use `sqlite://PATH` or `memory`".into(),
        ));
    };
    let path = path.to_owned();
    let store = tokio::task::spawn_blocking(move || SqliteStore::open(&path, fanout))
        .await
        .map_err(|e| refused(e.to_string()))?
        .map_err(|e| refused(e.to_string()))?;
    Ok(Arc::new(store))
}

/// Serves confab on an already-bound listener until `shutdown` completes,
/// then shuts down in stages: health goes NOT_SERVING, every open stream is
/// told to end (with UNAVAILABLE, so clients reconnect and resume), tonic
/// drains the connections, and the store is flushed.
pub async fn serve(
    config: ServerConfig,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServerError> {
    config.check().map_err(ServerError::Config)?;
    let metrics = Arc::new(Metrics::default());
    let hub = Hub::new(
        HubConfig {
            capacity: config.channel_capacity,
            inbox_capacity: config.inbox_capacity,
            max_sessions_per_user: config.max_sessions_per_user,
            coalesce_presence_above: config.coalesce_presence_above,
        },
        metrics.clone(),
    );
    hub.spawn_presence_flusher(Duration::from_millis(config.presence_summary_ms.max(10)));
    let store = open_store(&config.store, &hub).await?;
    let core = ChatCore {
        store: store.clone(),
        hub: hub.clone(),
        limits: Limits {
            max_text_bytes: config.max_text_bytes,
        },
        rate: Arc::new(RateLimiter::new(config.rate_per_user, config.rate_burst)),
    };
    let metrics_task = match config.metrics_listen {
        Some(address) => {
            let listener = TcpListener::bind(address).await.map_err(|e| {
                ServerError::Config(format!("cannot serve metrics on {address}: {e}"))
            })?;
            let address = listener.local_addr().unwrap_or(address);
            tracing::info!("metrics on http://{address}/metrics");
            Some(tokio::spawn(crate::metrics::serve(listener, metrics)))
        }
        None => None,
    };

    let (health, health_service) = tonic_health::server::health_reporter();
    health
        .set_serving::<ChatServiceServer<ChatServiceImpl>>()
        .await;
    let reflection = || {
        tonic_reflection::server::Builder::configure()
            .register_encoded_file_descriptor_set(crate::pb::FILE_DESCRIPTOR_SET)
            .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
    };
    let reflection_v1 = reflection().build_v1()?;
    let reflection_v1alpha = reflection().build_v1alpha()?;

    let authenticator = Authenticator::new(config.auth.clone());
    let chat = ChatServiceServer::new(ChatServiceImpl::new(core.clone()))
        .max_decoding_message_size(config.max_message_bytes);
    let chat = InterceptedService::new(chat, authenticator.clone());
    let chat = ChatRouter::new(chat, core, authenticator, config.max_message_bytes);

    let address = listener.local_addr().ok();
    tracing::info!(
        address = ?address,
        store = %config.store,
        auth = ?config.auth,
        "confab listening on {}",
        address.map_or_else(|| "?".to_owned(), |a| a.to_string())
    );

    let (draining, drain_started) = tokio::sync::oneshot::channel::<()>();
    let staged_shutdown = {
        let hub = hub.clone();
        async move {
            shutdown.await;
            tracing::info!("shutting down: refusing new work and ending open streams");
            health
                .set_not_serving::<ChatServiceServer<ChatServiceImpl>>()
                .await;
            hub.begin_shutdown();
            let _ = draining.send(());
        }
    };
    // A client that has stopped reading cannot be told to go: past the
    // grace period its connection is dropped rather than waited for.
    let grace = Duration::from_millis(config.shutdown_grace_ms);
    let grace_over = async move {
        if drain_started.await.is_ok() {
            tokio::time::sleep(grace).await;
        } else {
            std::future::pending::<()>().await;
        }
    };

    // gRPC-Web (unary and server streaming) on the same port, for browsers.
    // A page from another origin may call it only if the operator lists
    // that origin: in open mode any page could otherwise post as anyone.
    let cors = CorsLayer::new()
        .allow_origin(AllowOrigin::list(config.cors_origin.clone()))
        .allow_headers(Any)
        .allow_methods([http::Method::POST, http::Method::OPTIONS])
        .expose_headers([
            http::HeaderName::from_static("grpc-status"),
            http::HeaderName::from_static("grpc-message"),
            http::HeaderName::from_static("grpc-status-details-bin"),
        ]);
    // Every frame goes out as soon as it is written: without TCP_NODELAY a
    // small answer waits for the peer's delayed ACK (up to 40 ms) whenever
    // the previous one is still unacknowledged. tonic sets it only on
    // listeners it binds itself.
    let incoming = TcpIncoming::from(listener).with_nodelay(Some(true));
    let serving = tonic::transport::Server::builder()
        .http2_keepalive_interval(Some(Duration::from_secs(30)))
        .http2_keepalive_timeout(Some(Duration::from_secs(10)))
        .accept_http1(true)
        .layer(cors)
        .layer(GrpcWebLayer::new())
        .add_service(chat)
        .add_service(EndAtShutdown::new(health_service, hub.shutdown_signal()))
        .add_service(EndAtShutdown::new(reflection_v1, hub.shutdown_signal()))
        .add_service(EndAtShutdown::new(
            reflection_v1alpha,
            hub.shutdown_signal(),
        ))
        .serve_with_incoming_shutdown(incoming, staged_shutdown);
    tokio::select! {
        served = serving => served?,
        () = grace_over => {
            tracing::warn!(?grace, "some streams did not drain in time; closing them");
        }
    }

    if let Some(task) = metrics_task {
        task.abort();
    }
    if let Err(error) = store.flush().await {
        tracing::error!(%error, "could not flush the store at shutdown");
    }
    tracing::info!("stopped");
    Ok(())
}
