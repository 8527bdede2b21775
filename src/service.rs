//! `ChatService`: the generated gRPC trait, implemented thinly. Each handler
//! takes the caller from the request extensions (put there by `auth.rs`),
//! makes one call into [`ChatCore`] or a session, and maps the answer.

use tonic::{Request, Response, Status, Streaming};

use crate::{
    auth::caller_of,
    chat::ChatCore,
    convert,
    error::Error,
    feed::{Feed, FeedItem},
    hub::{shutting_down, Hub},
    metrics::Metrics,
    model::ConversationKey,
    pb::{self, chat_service_server::ChatService},
    session::{self, ChatResponseStream},
};

/// The response stream of a Subscribe call.
pub type SubscribeResponseStream = std::pin::Pin<
    Box<dyn futures_util::Stream<Item = Result<pb::SubscribeResponse, Status>> + Send>,
>;

/// The gRPC face of confab.
#[derive(Clone)]
pub struct ChatServiceImpl {
    core: ChatCore,
    /// Frames buffered per stream before a slow client slows its session.
    stream_queue: usize,
}

impl ChatServiceImpl {
    /// A service over `core`, buffering `stream_queue` frames per stream.
    pub fn new(core: ChatCore, stream_queue: usize) -> Self {
        Self { core, stream_queue }
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

    type ChatStream = ChatResponseStream;

    async fn chat(
        &self,
        request: Request<Streaming<pb::ChatRequest>>,
    ) -> Result<Response<Self::ChatStream>, Status> {
        let user = caller_of(&request)?;
        let stream = session::start(
            self.core.clone(),
            user,
            request.into_inner(),
            self.stream_queue,
        );
        Ok(Response::new(stream))
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
        let mut feed = Feed::new(self.core.store.clone(), self.core.hub.clone(), None);
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
        let (tx, rx) = tokio::sync::mpsc::channel(self.stream_queue.max(1));
        tokio::spawn(pump_subscription(feed, tx, self.core.hub.clone()));
        Ok(Response::new(Box::pin(
            tokio_stream::wrappers::ReceiverStream::new(rx),
        )))
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

/// Feeds one Subscribe stream until the client goes away or the server
/// shuts down.
async fn pump_subscription(
    mut feed: Feed,
    tx: tokio::sync::mpsc::Sender<Result<pb::SubscribeResponse, Status>>,
    hub: Hub,
) {
    let metrics = hub.metrics();
    Metrics::count(&metrics.subscriptions_open);
    let mut shutdown = hub.shutdown_signal();
    loop {
        let item = tokio::select! {
            () = shutting_down(&mut shutdown) => break,
            item = feed.next() => item,
            _ = tx.closed() => break,
        };
        let frame = match item {
            Ok(FeedItem::Event(event)) => {
                Metrics::count(&metrics.deliveries);
                pb::subscribe_response::Frame::Event(convert::event_to_pb(&event))
            }
            Ok(FeedItem::Presence(change)) => {
                pb::subscribe_response::Frame::Presence(convert::presence_to_pb(&change))
            }
            Ok(FeedItem::PresenceSummary(summary)) => {
                pb::subscribe_response::Frame::PresenceSummary(convert::presence_summary_to_pb(
                    &summary,
                ))
            }
            Err(error) => {
                // Never wait here: a client that does not read must not
                // hold up shutdown.
                tx.try_send(Err(error.into())).ok();
                break;
            }
        };
        let response = pb::SubscribeResponse { frame: Some(frame) };
        let sent = tokio::select! {
            sent = tx.send(Ok(response)) => sent.is_ok(),
            () = shutting_down(&mut shutdown) => false,
        };
        if !sent {
            break;
        }
    }
    if *shutdown.borrow() {
        // Never wait here: a client that does not read must not hold up
        // shutdown.
        tx.try_send(Err(Error::ShuttingDown.into())).ok();
    }
    Metrics::uncount(&metrics.subscriptions_open);
}
