//! One Subscribe stream: a read-only tail of rooms. Like a Chat session,
//! the stream itself drives its feed, so a delivery needs no task or queue
//! of its own; it ends when the feed follows no room, at shutdown, when the
//! caller's token expires (UNAUTHENTICATED), or with the error that stopped
//! it.

use std::{collections::VecDeque, pin::Pin, sync::Arc, time::SystemTime};

use tokio::time::Sleep;
use tonic::Status;

use crate::{
    error::Error,
    model::Event,
    server::{
        fanout::feed::{Feed, FeedItem},
        grpc::{convert, pb},
        metrics::Metrics,
        shutdown::ShutdownListener,
        token,
    },
};

/// One Subscribe stream: like a Chat session, the stream itself drives its
/// feed, so a delivery needs no task or queue of its own.
pub(crate) struct Subscription {
    feed: Feed,
    /// Counts the stream and its deliveries.
    metrics: Arc<Metrics>,
    /// Completes when the server begins shutting down.
    shutdown: ShutdownListener,
    /// The feed failed or shutdown came: nothing more to send.
    ended: bool,
    /// Events of a batch not yet sent, each its own frame.
    pending: VecDeque<Arc<Event>>,
    /// When the caller's token expires; `None` in open mode.
    expiry: Option<Pin<Box<Sleep>>>,
}

impl Subscription {
    /// A stream over `feed`, counted in `metrics`, ending at `shutdown`.
    pub(crate) fn new(feed: Feed, metrics: Arc<Metrics>, shutdown: ShutdownListener) -> Self {
        Metrics::count(&metrics.subscriptions_open);
        Self {
            feed,
            metrics,
            shutdown,
            ended: false,
            pending: VecDeque::new(),
            expiry: None,
        }
    }

    /// Ends the stream with UNAUTHENTICATED at `expires`, if given: the
    /// caller's token stops being accepted then.
    pub(crate) fn expiring_at(mut self, expires: Option<SystemTime>) -> Self {
        self.expiry = expires.map(|expires| {
            let left = expires
                .duration_since(SystemTime::now())
                .unwrap_or_default();
            Box::pin(tokio::time::sleep(left))
        });
        self
    }

    /// The next frame; `None` once the stream is over.
    pub(crate) async fn next(&mut self) -> Option<Result<pb::SubscribeResponse, Status>> {
        use pb::subscribe_response::Frame;
        let frame = loop {
            if let Some(event) = self.pending.pop_front() {
                break self.event_frame(&event);
            }
            if self.ended || self.feed.follows_nothing() {
                return None;
            }
            let expiring = self.expiry.is_some();
            let item = tokio::select! {
                biased;
                () = &mut self.shutdown => Err(Error::ShuttingDown),
                () = expired(&mut self.expiry), if expiring => {
                    Err(Error::Unauthenticated(token::EXPIRED.into()))
                }
                item = self.feed.next() => item,
            };
            match item {
                Ok(FeedItem::Events(batch, range)) => {
                    self.pending.extend(batch.events()[range].iter().cloned());
                }
                Ok(FeedItem::Event(event)) => break self.event_frame(&event),
                Ok(FeedItem::Presence(change)) => {
                    break Frame::Presence(convert::presence_to_pb(&change))
                }
                // A summary of nothing but typing is not shown here.
                Ok(FeedItem::PresenceSummary(summary))
                    if !(summary.online.is_empty() && summary.offline.is_empty()) =>
                {
                    break Frame::PresenceSummary(convert::presence_summary_to_pb(&summary, false))
                }
                Ok(FeedItem::PresenceSummary(_)) => {}
                // Typing in a room reaches its Subscribe streams' channel
                // too; a read-only tail does not show it.
                Ok(FeedItem::Signal(_)) => {}
                Err(error) => {
                    self.ended = true;
                    return Some(Err(error.into()));
                }
            }
        };
        Some(Ok(pb::SubscribeResponse { frame: Some(frame) }))
    }

    fn event_frame(&self, event: &Event) -> pb::subscribe_response::Frame {
        Metrics::count(&self.metrics.deliveries);
        pb::subscribe_response::Frame::Event(convert::event_wire(event))
    }
}

/// Completes when the armed timer fires; never, when none is armed.
async fn expired(timer: &mut Option<Pin<Box<Sleep>>>) {
    match timer {
        Some(timer) => timer.await,
        None => std::future::pending().await,
    }
}

impl Drop for Subscription {
    fn drop(&mut self) {
        Metrics::uncount(&self.metrics.subscriptions_open);
    }
}
