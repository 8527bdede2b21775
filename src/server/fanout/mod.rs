//! The fan-out: every committed event to every local stream that follows
//! its conversation, in order, once.
//!
//! ```text
//!  store writer ── commit ──▶ Hub::publish (the `Fanout` trait)
//!                                 │  one EventBatch per room per commit,
//!                                 │  its Chat frames encoded once (batch.rs)
//!                 ┌───────────────┴───────────────┐
//!                 ▼                               ▼
//!       room channel (channel.rs)        user inbox (channel.rs)
//!       one per followed room            one per online user: private
//!                 │                      messages, the user's own joins
//!                 ▼                               ▼
//!                 └──────────▶ Feed (feed.rs) ◀───┘
//!                      one per stream: cursors per conversation; drops
//!                      what it has seen, reads gaps from the store
//!                                   │
//!                                   ▼
//!                 session::chat / session::subscribe ──▶ the wire
//! ```
//!
//! Invariants the delivery path depends on:
//! - The store calls `publish` once per commit, in commit order, so every
//!   conversation's events reach the hub in seq order. The hub sends
//!   after releasing its own lock.
//! - A channel never blocks its sender: a receiver that falls more than
//!   the capacity behind, or behind what the byte budgets let the channel
//!   keep (budget.rs), is told it lagged, and its feed reads the gap from
//!   the store. Slowness costs the slow stream only.
//! - A gap is read a page at a time (catchup.rs): a feed holds one page,
//!   and reads the next only once the stream has taken the last, so what
//!   catching up holds is bounded by the page, whatever the gap. Pages are
//!   aligned on seq and shared between feeds; the logs are append-only
//!   with consecutive seqs, so a full page never changes.
//! - A feed hands out each conversation's events in seq order, each once:
//!   an event at or below its cursor is a duplicate and dropped; one past
//!   a gap makes it read the gap from the store first.
//! - A session does not poll its feed while one of its own commands is in
//!   flight: the command is carried out inside the session's select arm,
//!   and its answer marks the stored event as the session's own before
//!   the feed is polled again. Polling the feed meanwhile would deliver
//!   the session's own message back to it before the ack.
//! - Pipelined sends of one session stay in order because the session
//!   stores them with `join_all`, which polls its futures in order (each
//!   enqueues its write on its first poll), and the store's write queue,
//!   a tokio mpsc, is FIFO.

pub(crate) mod batch;
pub(crate) mod budget;
pub(crate) mod catchup;
pub(crate) mod channel;
pub(crate) mod feed;
pub(crate) mod give_back;
pub(crate) mod hub;
pub(crate) mod remote;
pub(crate) mod signal;
