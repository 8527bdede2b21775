//! A Subscribe tail that survives the network: it follows rooms from a
//! cursor per room, and when the stream breaks (the server restarted and
//! ended it with UNAVAILABLE, the connection dropped, a keepalive cut it)
//! it reconnects with backoff and subscribes again from the last seq it
//! handed out in each room, so nothing is missed and nothing shows twice.
//! A refusal that trying again cannot change (bad name, not a member, bad
//! identity) ends it, as does an attempt that has not succeeded by the
//! backoff's deadline.
//!
//! A tail that starts live (no cursor) first asks History for each room's
//! latest seq, so even the events between that moment and a first break
//! have a cursor to be replayed from.

use std::{collections::BTreeMap, time::Instant};

use tonic::{Status, Streaming};

use super::{
    connect,
    cursors::ConversationId,
    error_chain,
    session::{retryable, Backoff, Cause, Ending, OpenError},
    Client,
};
use crate::pb::{self, subscribe_response::Frame};

/// What a tail follows, and as whom.
#[derive(Clone, Debug)]
pub struct TailOptions {
    /// `host`, `host:port` or `http://host[:port]`.
    pub address: String,
    /// The user name sent in `x-confab-user`.
    pub user: String,
    /// The rooms.
    pub rooms: Vec<String>,
    /// Replay each room's events after this seq first (`None`: only new
    /// events).
    pub since: Option<u64>,
    /// How to reconnect.
    pub backoff: Backoff,
}

/// What the tail hands out next.
#[derive(Debug)]
pub enum TailItem {
    /// A frame of the stream: each event exactly once, in seq order per
    /// room.
    Frame(Box<Frame>),
    /// The stream broke; the tail is reconnecting.
    Disconnected(Cause),
    /// The tail is following again, from where it was.
    Resumed,
}

/// A reconnecting Subscribe stream.
pub struct Tail {
    options: TailOptions,
    /// Room → the last seq handed out (or where it starts).
    cursors: BTreeMap<String, u64>,
    stream: Option<Streaming<pb::SubscribeResponse>>,
    /// Set when a break was reported and the next step is reconnecting.
    broken: Option<Cause>,
}

impl Tail {
    /// Connects and subscribes; fails if the server cannot be reached or
    /// refuses.
    pub async fn open(options: TailOptions) -> Result<Self, OpenError> {
        let mut client = connect(&options.address, &options.user).await?;
        let mut cursors = BTreeMap::new();
        for room in &options.rooms {
            let start = match options.since {
                Some(since) => since,
                None => latest_seq(&mut client, room)
                    .await
                    .map_err(OpenError::Refused)?,
            };
            cursors.insert(room.clone(), start);
        }
        let mut tail = Self {
            options,
            cursors,
            stream: None,
            broken: None,
        };
        tail.stream = Some(tail.subscribe(client).await?);
        Ok(tail)
    }

    /// The next item; `Ok(None)` when the server ended the stream because
    /// it follows no room any more (the user left them all); `Err` when
    /// the tail gave up or was refused.
    pub async fn next(&mut self) -> Result<Option<TailItem>, Ending> {
        loop {
            if let Some(last) = self.broken.take() {
                self.stream = Some(self.reconnect(last).await?);
                return Ok(Some(TailItem::Resumed));
            }
            let Some(stream) = self.stream.as_mut() else {
                return Ok(None);
            };
            let status = match stream.message().await {
                Ok(Some(pb::SubscribeResponse { frame: Some(frame) })) => {
                    if self.take(&frame) {
                        return Ok(Some(TailItem::Frame(Box::new(frame))));
                    }
                    continue;
                }
                Ok(Some(_)) => continue,
                Ok(None) => {
                    self.stream = None;
                    return Ok(None);
                }
                Err(status) => status,
            };
            self.stream = None;
            if !retryable(status.code()) {
                return Err(Ending::Refused(status));
            }
            let cause = Cause::of(&status);
            self.broken = Some(cause.clone());
            return Ok(Some(TailItem::Disconnected(cause)));
        }
    }

    /// Moves the cursor of an event's room; false for an event already
    /// handed out (a replay that overlaps).
    fn take(&mut self, frame: &Frame) -> bool {
        let Frame::Event(event) = frame else {
            return true;
        };
        let Some(cursor) = self.cursors.get_mut(&event.room) else {
            return true;
        };
        if event.seq <= *cursor {
            return false;
        }
        *cursor = event.seq;
        if event.sender == self.options.user && matches!(event.kind, Some(pb::event::Kind::Left(_)))
        {
            // The server stops following a room its user leaves; so does
            // the next subscription.
            self.cursors.remove(&event.room);
        }
        true
    }

    /// Subscribes from the cursors on `client`.
    async fn subscribe(
        &self,
        mut client: Client,
    ) -> Result<Streaming<pb::SubscribeResponse>, OpenError> {
        let cursors = self
            .cursors
            .iter()
            .map(|(room, seq)| pb::Cursor {
                conversation: Some(ConversationId::Room(room.clone()).to_pb()),
                after_seq: Some(*seq),
            })
            .collect();
        client
            .subscribe(pb::SubscribeRequest { cursors })
            .await
            .map(tonic::Response::into_inner)
            .map_err(OpenError::Refused)
    }

    /// Waits and retries until subscribed again. The waits double from the
    /// backoff's first up to its max; the last attempt is made at the
    /// deadline.
    async fn reconnect(
        &mut self,
        mut last: Cause,
    ) -> Result<Streaming<pb::SubscribeResponse>, Ending> {
        let backoff = self.options.backoff;
        let started = Instant::now();
        let deadline = started + backoff.give_up_after;
        let mut delay = backoff.first;
        loop {
            let now = Instant::now();
            if now >= deadline {
                return Err(Ending::GaveUp {
                    last,
                    tried_for: started.elapsed(),
                });
            }
            tokio::time::sleep_until(deadline.min(now + delay).into()).await;
            let attempt = match connect(&self.options.address, &self.options.user).await {
                Ok(client) => self.subscribe(client).await,
                Err(error) => Err(OpenError::Connect(error)),
            };
            match attempt {
                Ok(stream) => return Ok(stream),
                Err(OpenError::Refused(status)) if !retryable(status.code()) => {
                    return Err(Ending::Refused(status))
                }
                Err(OpenError::Refused(status)) => last = Cause::of(&status),
                Err(OpenError::Connect(error)) => last = Cause::Unreachable(error_chain(&error)),
            }
            delay = (delay * 2)
                .min(backoff.max)
                .max(std::time::Duration::from_millis(1));
        }
    }
}

/// A room's latest seq, from History (the caller must be a member).
async fn latest_seq(client: &mut Client, room: &str) -> Result<u64, Status> {
    let page = client
        .history(pb::HistoryRequest {
            conversation: Some(ConversationId::Room(room.to_owned()).to_pb()),
            after_seq: None,
            before_seq: None,
            limit: 1,
            apply_edits: false,
        })
        .await?
        .into_inner();
    Ok(page.last_seq)
}
