//! confab: a gRPC streaming chat service.
//!
//! Users join rooms, talk in them, send private messages to each other and
//! see who comes and goes; every event is stored before it is acknowledged
//! or delivered, so nothing is lost.
//!
//! How the code is laid out, and how an event flows through it:
//!
//! | module      | what it is for |
//! |-------------|----------------|
//! | [`pb`]      | the code generated from `proto/confab/v1/chat.proto` |
//! | [`model`]   | validated domain types: names, text, seq, events |
//! | [`error`]   | the one error enum, and its mapping to `tonic::Status` |
//! | [`convert`] | proto ↔ domain conversions |
//! | [`auth`]    | request metadata → the caller |
//! | [`store`]   | the `Store` trait and its backends; assigns seq numbers |
//! | [`hub`]     | in-process fan-out: room channels, user inboxes, presence |
//! | [`batch`]   | one commit's events of a room, framed once for every session |
//! | [`live_channel`] | the hub's channels: one sender, many receivers, cheap to poll |
//! | [`limits`]  | per-user send rate |
//! | [`metrics`] | Prometheus counters on their own port |
//! | [`feed`]    | one stream's ordered, gap-free, duplicate-free view |
//! | [`chat`]    | the operations shared by unary RPCs and Chat sessions |
//! | [`session`] | one Chat stream |
//! | [`wire`]    | the server's generated code: events encoded once |
//! | [`service`] | the gRPC `ChatService`, thin |
//! | [`chat_route`] | serves Chat at the HTTP layer, writing frames as bytes |
//! | [`server`]  | the tonic server: reflection, health, limits, shutdown |
//! | [`end_at_shutdown`] | ends the health and reflection streams at shutdown |
//! | [`config`]  | flags and `CONFAB_*` environment variables |
//! | [`client`]  | the client library: connect as a user |
//! | [`bench`]   | `confab-bench`: load scenarios, measured against NATS |
//!
//! Data flows one way: service → store (append, seq) → hub → feeds →
//! sessions → wire.

pub mod auth;
pub mod batch;
#[cfg(feature = "bench")]
pub mod bench;
pub mod chat;
pub mod chat_route;
pub mod client;
pub mod config;
pub mod convert;
pub mod end_at_shutdown;
pub mod error;
pub mod feed;
pub mod hub;
pub mod limits;
pub mod live_channel;
pub mod metrics;
pub mod model;
pub mod pb;
pub mod server;
pub mod service;
pub mod session;
pub mod store;
pub mod wire;
