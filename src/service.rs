//! `ChatService`: the generated gRPC trait, implemented thinly. Each handler
//! takes the caller from the request extensions (put there by `auth.rs`),
//! makes one call into [`ChatCore`] or a feed, and maps the answer. Chat
//! itself is answered in front of this service, by [`crate::chat_route`].

use std::{collections::VecDeque, sync::Arc};

use tonic::{Request, Response, Status, Streaming};

use crate::{
    auth::caller_of,
    chat::ChatCore,
    convert,
    error::Error,
    feed::{Feed, FeedItem},
    hub::{shutting_down, Hub},
    metrics::Metrics,
    model::{ConversationKey, Event},
    wire::pb::{self, chat_service_server::ChatService},
};

/// The response stream of a Subscribe call.
pub type SubscribeResponseStream = std::pin::Pin<
    Box<dyn futures_util::Stream<Item = Result<pb::SubscribeResponse, Status>> + Send>,
>;

/// The gRPC face of confab.
#[derive(Clone)]
pub struct ChatServiceImpl {
    core: ChatCore,
}

impl ChatServiceImpl {
    /// A service over `core`.
    pub fn new(core: ChatCore) -> Self {
        Self { core }
    }
}

#[tonic::async_trait]
impl ChatService for ChatServiceImpl {
    async fn join(
        &self,
        request: Request<pb::JoinRequest>,
    ) -> Result<Response<pb::JoinResponse>, Status> {
        let user = caller_of(&request)?;
        let applied = self.core.join(&user, &request.get_ref().room).await?;
        Ok(Response::new(pb::JoinResponse {
            seq: applied.seq,
            joined: !applied.unchanged,
        }))
    }

    async fn leave(
        &self,
        request: Request<pb::LeaveRequest>,
    ) -> Result<Response<pb::LeaveResponse>, Status> {
        let user = caller_of(&request)?;
        let applied = self.core.leave(&user, &request.get_ref().room).await?;
        Ok(Response::new(pb::LeaveResponse { seq: applied.seq }))
    }

    async fn send_message(
        &self,
        request: Request<pb::SendMessageRequest>,
    ) -> Result<Response<pb::SendMessageResponse>, Status> {
        let user = caller_of(&request)?;
        let applied = self.core.send(&user, request.into_inner()).await?;
        Ok(Response::new(pb::SendMessageResponse {
            seq: applied.seq,
            duplicate: applied.unchanged,
        }))
    }

    type ChatStream = futures_util::stream::Empty<Result<pb::ChatResponse, Status>>;

    /// Never called: [`crate::chat_route::ChatRouter`] serves Chat before a
    /// request reaches this service, writing the session's frames as bytes
    /// (see [`crate::session`]).
    async fn chat(
        &self,
        _request: Request<Streaming<pb::ChatRequest>>,
    ) -> Result<Response<Self::ChatStream>, Status> {
        Err(Status::internal(
            "Chat is served by the Chat route, which did not take this call",
        ))
    }

    type SubscribeStream = SubscribeResponseStream;

    async fn subscribe(
        &self,
        request: Request<pb::SubscribeRequest>,
    ) -> Result<Response<Self::SubscribeStream>, Status> {
        let user = caller_of(&request)?;
        let cursors = request.into_inner().cursors;
        if cursors.is_empty() {
            return Err(
                Error::InvalidArgument("name at least one room to subscribe to".into()).into(),
            );
        }
        // The feed knows its user, so it stops following a room the user
        // leaves; the stream ends when it follows nothing.
        let mut feed = Feed::new(
            self.core.store.clone(),
            self.core.hub.clone(),
            Some(user.clone()),
        );
        for cursor in cursors {
            let (key, after) = convert::cursor(&user, cursor)?;
            let ConversationKey::Room(room) = key else {
                return Err(Error::InvalidArgument(
                    "Subscribe follows rooms only; private conversations are on Chat".into(),
                )
                .into());
            };
            self.core.check_member(&user, &room).await?;
            feed.follow_room(&room, after).await?;
        }
        let subscription = Subscription::new(feed, self.core.hub.clone());
        let stream = futures_util::stream::unfold(subscription, |mut subscription| async move {
            let item = subscription.next().await?;
            Some((item, subscription))
        });
        Ok(Response::new(Box::pin(stream)))
    }

    async fn history(
        &self,
        request: Request<pb::HistoryRequest>,
    ) -> Result<Response<pb::HistoryResponse>, Status> {
        let user = caller_of(&request)?;
        Ok(Response::new(
            self.core.history(&user, request.into_inner()).await?,
        ))
    }

    async fn list_rooms(
        &self,
        request: Request<pb::ListRoomsRequest>,
    ) -> Result<Response<pb::ListRoomsResponse>, Status> {
        let user = caller_of(&request)?;
        Ok(Response::new(self.core.list_rooms(&user).await?))
    }

    async fn list_members(
        &self,
        request: Request<pb::ListMembersRequest>,
    ) -> Result<Response<pb::ListMembersResponse>, Status> {
        caller_of(&request)?;
        Ok(Response::new(
            self.core.list_members(&request.get_ref().room).await?,
        ))
    }
}

/// One Subscribe stream: like a Chat session, the stream itself drives its
/// feed, so a delivery needs no task or queue of its own.
struct Subscription {
    feed: Feed,
    hub: Hub,
    shutdown: tokio::sync::watch::Receiver<bool>,
    ended: bool,
    /// Events of a batch not yet sent, each its own frame.
    pending: VecDeque<Arc<Event>>,
}

impl Subscription {
    fn new(feed: Feed, hub: Hub) -> Self {
        Metrics::count(&hub.metrics().subscriptions_open);
        Self {
            feed,
            shutdown: hub.shutdown_signal(),
            hub,
            ended: false,
            pending: VecDeque::new(),
        }
    }

    /// The next frame; `None` once the stream is over.
    async fn next(&mut self) -> Option<Result<pb::SubscribeResponse, Status>> {
        use pb::subscribe_response::Frame;
        let frame = loop {
            if let Some(event) = self.pending.pop_front() {
                break self.event_frame(&event);
            }
            if self.ended || self.feed.follows_nothing() {
                return None;
            }
            let item = tokio::select! {
                biased;
                () = shutting_down(&mut self.shutdown) => Err(Error::ShuttingDown),
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
                Ok(FeedItem::PresenceSummary(summary)) => {
                    break Frame::PresenceSummary(convert::presence_summary_to_pb(&summary))
                }
                Err(error) => {
                    self.ended = true;
                    return Some(Err(error.into()));
                }
            }
        };
        Some(Ok(pb::SubscribeResponse { frame: Some(frame) }))
    }

    fn event_frame(&self, event: &Event) -> pb::subscribe_response::Frame {
        Metrics::count(&self.hub.metrics().deliveries);
        pb::subscribe_response::Frame::Event(convert::event_wire(event))
    }
}

impl Drop for Subscription {
    fn drop(&mut self) {
        Metrics::uncount(&self.hub.metrics().subscriptions_open);
    }
}
