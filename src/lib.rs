//! confab: a gRPC streaming chat service.
//!
//! Users join rooms, talk in them, send private messages to each other and
//! see who comes and goes; every event is stored before it is acknowledged
//! or delivered, so nothing is lost.
//!
//! How the code is laid out, in the order an event flows through it:
//!
//! | module | what it is for |
//! |--------|----------------|
//! | [`pb`] | the code generated from `proto/confab/v1/chat.proto` (the contract) |
//! | [`model`] | validated domain types: names, text, seq, conversations, events |
//! | [`error`] | the one error enum, and the one place it becomes a `tonic::Status` |
//! | [`server`] | the server: the gRPC edge, the operations, the store, the fan-out, the streams |
//! | [`client`] | the client library: connect as a user, a reconnecting Chat session |
//! | `bench` | `confab-bench`: load scenarios, measured against NATS (feature `bench`) |
//!
//! Data flows one way: grpc → app → store (append, seq) → fanout → feeds
//! → sessions → wire. Read [`server`] next.

pub mod pb;

pub mod error;
pub mod model;

pub mod server;

pub mod client;

#[cfg(feature = "bench")]
pub mod bench;
