//! The server: `serve` wires the rooms below together, and nothing else
//! happens here.
//!
//! | module | what it is for |
//! |---|---|
//! | [`config`] | flags and `CONFAB_*` environment variables |
//! | `grpc` | the edge: the only place that knows tonic, HTTP and proto types (auth, the unary service, Chat at the HTTP layer, the codec, conversions) |
//! | `app` | the chat operations, one method each |
//! | `store` | the `Store` trait, the command rules written once, the backends; assigns seq numbers |
//! | `fanout` | commit → every local stream, in order, once: hub, live channel, batches, feeds |
//! | `bus` | between nodes (`--bus nats://...`): publish after commit, subscribe by interest, gaps read from the store |
//! | `metrics`, `rate_limit` | Prometheus counters; send rate per user, connection and peer address, rooms created per address |
//! | `peer_sessions` | Chat sessions per peer address |
//! | `node_lease` | this node's lease in a shared store; no second node without a bus |
//! | `shutdown` | the shutdown signal, and guards for background tasks |
//! | `last_waker` | a task's waker, registered again only when the task changes |
//! | `listener` | accepting connections: TLS (reloaded on SIGHUP), connection caps and deadlines |
//! | [`token`] | bearer tokens (`--auth jwt`): the verifier, its keys (re-read on SIGHUP), minting |
//! | `web` | the chat page, embedded, on `GET /` (`--web`) |
//!
//! The ChatService sits behind the authentication layer; gRPC reflection
//! (v1 and v1alpha) and grpc.health.v1 beside it; message size limits,
//! HTTP/2 keepalive, gRPC-Web and CORS in front; and a staged graceful
//! shutdown at the end.

pub(crate) mod app;
pub(crate) mod bus;
pub mod config;
pub(crate) mod fanout;
pub(crate) mod grpc;
pub(crate) mod last_waker;
pub(crate) mod listener;
pub(crate) mod metrics;
pub(crate) mod node_lease;
pub(crate) mod peer_sessions;
pub(crate) mod rate_limit;
pub(crate) mod shutdown;
pub(crate) mod store;
pub mod token;
pub(crate) mod web;

use std::{future::Future, sync::Arc, time::Duration};

use tokio::net::TcpListener;
use tonic_web::GrpcWebLayer;
use tower_http::cors::{AllowOrigin, Any, CorsLayer};

use self::{
    app::{App, Limits},
    fanout::hub::{Hub, HubConfig},
    grpc::{
        auth::{Authenticated, Authenticator},
        chat_http::ChatRouter,
        end_at_shutdown::EndAtShutdown,
        pb::chat_service_server::ChatServiceServer,
        service::ChatServiceImpl,
    },
    metrics::Metrics,
    peer_sessions::PeerSessions,
    rate_limit::{RateLimiter, RoomCreations, SendRates},
    shutdown::{Shutdown, TaskGuard},
    token::TokenVerifier,
};

pub use self::config::{AuthMode, LogFormat, ServerConfig};

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
            channel_bytes: config.buffers.room_buffer_bytes,
            live_bytes: config.buffers.live_buffer_bytes,
            catch_up: fanout::catchup::CatchUpConfig {
                page_events: config.buffers.page_events(config.max_text_bytes),
                cache_bytes: config.buffers.catch_up_cache_bytes,
            },
        },
        metrics.clone(),
    );
    let stopping = Shutdown::new();
    let _presence_flusher =
        hub.spawn_presence_flusher(Duration::from_millis(config.presence_summary_ms.max(10)));
    let node_id = config.cluster.node_id(config.listen);
    let _ = metrics.node.set(node_id.clone());
    let bus = match &config.cluster.bus {
        Some(url) => Some(
            bus::Bus::connect(
                bus::BusConfig {
                    url: url.clone(),
                    node_id: node_id.clone(),
                    gap_wait: Duration::from_millis(config.cluster.bus_gap_wait_ms),
                    check_every: Duration::from_millis(config.cluster.bus_check_ms.max(10)),
                },
                hub.clone(),
                metrics.clone(),
            )
            .await
            .map_err(|e| ServerError::Config(e.to_string()))?,
        ),
        None => None,
    };
    let fanout: Arc<dyn store::Fanout> = match &bus {
        Some(bus) => bus.fanout(),
        None => Arc::new(hub.clone()),
    };
    let check = !config.store_check.skip_check;
    let store = store::open(&config.store, fanout, check, &config.postgres)
        .await
        .map_err(|error| ServerError::Store {
            url: config.store.clone(),
            reason: error.to_string(),
        })?;
    let _lease = node_lease::claim(store.clone(), &node_id, bus.is_some())
        .await
        .map_err(ServerError::Config)?;
    let _bus = match bus {
        Some(bus) => Some(bus.start(store.clone()).await),
        None => None,
    };
    let core = App {
        store: store.clone(),
        hub: hub.clone(),
        limits: Limits {
            max_text_bytes: config.max_text_bytes,
            max_rooms_per_user: config.rooms.max_rooms_per_user,
        },
        rate: Arc::new(SendRates {
            per_user: RateLimiter::new(config.rate_per_user, config.rate_burst),
            per_connection: RateLimiter::new(
                config.peer_limits.rate_per_connection,
                config.peer_limits.rate_burst_per_connection,
            ),
            per_peer: RateLimiter::new(
                config.peer_limits.rate_per_peer,
                config.peer_limits.rate_burst_per_peer,
            ),
            limit_loopback: config.peer_limits.peer_limits_on_loopback,
        }),
        room_creations: Arc::new(RoomCreations::new(
            match config.auth {
                AuthMode::Open => config.rooms.rooms_per_peer_per_hour,
                AuthMode::Jwt => 0,
            },
            config.peer_limits.peer_limits_on_loopback,
        )),
        peer_sessions: PeerSessions::new(
            config.peer_limits.max_sessions_per_peer,
            config.peer_limits.peer_limits_on_loopback,
        ),
        metrics: metrics.clone(),
        shutdown: stopping.clone(),
        reads: Arc::new(app::reads::Reads::new(config.reads.missed_per_room)),
    };
    let _metrics_server = match config.metrics_listen {
        Some(address) => {
            let listener = TcpListener::bind(address).await.map_err(|e| {
                ServerError::Config(format!("cannot serve metrics on {address}: {e}"))
            })?;
            let address = listener.local_addr().unwrap_or(address);
            tracing::info!("metrics on http://{address}/metrics");
            Some(TaskGuard::spawn(metrics::serve(listener, metrics.clone())))
        }
        None => None,
    };

    let (health, health_service) = tonic_health::server::health_reporter();
    health
        .set_serving::<ChatServiceServer<ChatServiceImpl>>()
        .await;
    let _store_health = grpc::store_health::watch_store(
        store.clone(),
        health.clone(),
        Duration::from_millis(config.store_check.store_probe_ms.max(10)),
        stopping.signal(),
    );
    let reflection = || {
        tonic_reflection::server::Builder::configure()
            .register_encoded_file_descriptor_set(crate::pb::FILE_DESCRIPTOR_SET)
            .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
    };
    let reflection_v1 = reflection().build_v1()?;
    let reflection_v1alpha = reflection().build_v1alpha()?;

    let chat = ChatServiceServer::new(ChatServiceImpl::new(core.clone()))
        .max_decoding_message_size(config.max_message_bytes);
    let chat = ChatRouter::new(chat, core, config.max_message_bytes);
    let (auth, _key_reloader) = authenticator(&config)?;
    let chat = Authenticated::new(chat, auth).with_admins(&config.rooms.admins);

    let address = listener.local_addr().ok();
    if let (true, Some(address)) = (config.web.web, address) {
        let scheme = if config.transport.tls() {
            "https"
        } else {
            "http"
        };
        tracing::info!("chat page on {scheme}://{address}/");
    }
    // confab accepts the connections itself (TLS, caps, deadlines): see
    // `listener`. Before the line below, which tells a supervisor the
    // server is up.
    let listening = listener::listen(
        listener,
        &config.transport,
        config.peer_limits.peer_limits_on_loopback,
        metrics.clone(),
    )
    .map_err(ServerError::Config)?;
    tracing::info!(
        address = ?address,
        node = %node_id,
        bus = config.cluster.bus.as_deref().unwrap_or("none"),
        store = %config.store,
        auth = ?config.auth,
        "confab listening on {}",
        address.map_or_else(|| "?".to_owned(), |a| a.to_string())
    );

    let (draining, drain_started) = tokio::sync::oneshot::channel::<()>();
    let staged_shutdown = {
        let stopping = stopping.clone();
        async move {
            shutdown.await;
            tracing::info!("shutting down: refusing new work and ending open streams");
            health
                .set_not_serving::<ChatServiceServer<ChatServiceImpl>>()
                .await;
            stopping.begin();
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
    let serving = tonic::transport::Server::builder()
        .http2_keepalive_interval(Some(Duration::from_secs(30)))
        .http2_keepalive_timeout(Some(Duration::from_secs(10)))
        .max_concurrent_streams(config.transport.max_concurrent_streams)
        .accept_http1(true)
        .layer(listener::TrackStreamsLayer)
        // The chat page on GET / (before gRPC-Web, which refuses plain
        // HTTP/1.1 requests).
        .layer(web::WebLayer::new(config.web.web))
        .layer(cors)
        .layer(GrpcWebLayer::new())
        .add_service(chat)
        .add_service(EndAtShutdown::new(health_service, stopping.signal()))
        .add_service(EndAtShutdown::new(reflection_v1, stopping.signal()))
        .add_service(EndAtShutdown::new(reflection_v1alpha, stopping.signal()))
        .serve_with_incoming_shutdown(listening.incoming, staged_shutdown);
    tokio::select! {
        served = serving => served?,
        () = grace_over => {
            tracing::warn!(?grace, "some streams did not drain in time; closing them");
        }
    }

    if let Err(error) = store.flush().await {
        tracing::error!(%error, "could not flush the store at shutdown");
    }
    drop(_lease);
    if let Err(error) = store.release_lease(&node_id).await {
        tracing::warn!(%error, "could not give up this node's lease");
    }
    tracing::info!("stopped");
    Ok(())
}

/// How callers are authenticated, and in `jwt` mode the task that re-reads
/// the keys on SIGHUP.
fn authenticator(config: &ServerConfig) -> Result<(Authenticator, Option<TaskGuard>), ServerError> {
    match config.auth {
        AuthMode::Open => Ok((Authenticator::Open, None)),
        AuthMode::Jwt => {
            let verifier = TokenVerifier::new(config.jwt.clone())
                .map_err(|e| ServerError::Config(format!("cannot use the JWT keys: {e}")))?;
            let verifier = Arc::new(verifier);
            tracing::info!(keys = verifier.key_count(), "checking bearer tokens");
            #[cfg(unix)]
            let reloader = {
                let hangup = token::reload::listen()
                    .map_err(|e| ServerError::Config(format!("cannot listen for SIGHUP: {e}")))?;
                Some(TaskGuard::spawn(token::reload::on_signal(
                    hangup,
                    verifier.clone(),
                )))
            };
            #[cfg(not(unix))]
            let reloader = None;
            Ok((Authenticator::Jwt(verifier), reloader))
        }
    }
}
