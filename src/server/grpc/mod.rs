//! The edge: the only folder that knows tonic, HTTP and proto types.
//!
//! A request comes in through [`auth`] (metadata → the caller), then
//! either [`chat_http`] (the Chat method, served at the HTTP layer) or
//! [`service`] (every other method: caller → one `app` call → response).
//! [`session`] is one stream's life (a Chat session, a Subscribe stream):
//! sessions write gRPC frames themselves, the fan-out's batches already
//! framed, which is why they live at the edge.
//! [`store_health`] makes grpc.health.v1 follow the store.
//! [`peer`] reads the peer's address that per-connection and per-address
//! limits key on. [`convert`] holds every proto ⇄ domain mapping, [`codec`] and [`pb`] the
//! server's generated code, in which a stored event is encoded once, and
//! [`end_at_shutdown`] ends the streams of the services confab does not
//! write itself when the server shuts down.

pub(crate) mod auth;
pub(crate) mod chat_http;
pub(crate) mod codec;
pub(crate) mod convert;
pub(crate) mod convert_reads;
pub(crate) mod end_at_shutdown;
pub(crate) mod pb;
pub(crate) mod peer;
pub(crate) mod service;
pub(crate) mod session;
pub(crate) mod store_health;
