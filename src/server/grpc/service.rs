//! `ChatService`: the generated gRPC trait, implemented thinly. Each handler
//! takes the caller from the request extensions (put there by `auth.rs`),
//! makes one call into [`App`] or a feed, and maps the answer. Chat
//! itself is answered in front of this service, by [`crate::server::grpc::chat_http`].

use tonic::{Request, Response, Status, Streaming};

use crate::{
    error::Error,
    model::ConversationKey,
    server::{
        app::App,
        fanout::feed::Feed,
        grpc::{
            auth::{actor_of, caller_of, full_caller_in, peer_in},
            convert, convert_reads,
            pb::{self, chat_service_server::ChatService},
            session::{receive::Receiver, subscribe::Subscription},
        },
    },
};

/// The response stream of a Subscribe call.
pub type SubscribeResponseStream = std::pin::Pin<
    Box<dyn futures_util::Stream<Item = Result<pb::SubscribeResponse, Status>> + Send>,
>;

/// The response stream of a Receive call.
pub type ReceiveResponseStream =
    std::pin::Pin<Box<dyn futures_util::Stream<Item = Result<pb::ReceiveResponse, Status>> + Send>>;

/// The gRPC face of confab.
#[derive(Clone)]
pub struct ChatServiceImpl {
    core: App,
}

impl ChatServiceImpl {
    /// A service over `core`.
    pub fn new(core: App) -> Self {
        Self { core }
    }
}

#[tonic::async_trait]
impl ChatService for ChatServiceImpl {
    async fn join(
        &self,
        request: Request<pb::JoinRequest>,
    ) -> Result<Response<pb::JoinResponse>, Status> {
        let user = actor_of(&request)?;
        let peer = peer_in(request.extensions());
        let room = convert::room(&request.get_ref().room)?;
        let applied = self.core.join(&user, peer, room).await?;
        Ok(Response::new(pb::JoinResponse {
            seq: applied.seq,
            joined: !applied.unchanged,
        }))
    }

    async fn create_room(
        &self,
        request: Request<pb::CreateRoomRequest>,
    ) -> Result<Response<pb::CreateRoomResponse>, Status> {
        let user = actor_of(&request)?;
        let peer = peer_in(request.extensions());
        let request = request.get_ref();
        let room = convert::room(&request.room)?;
        let applied = self
            .core
            .create_room(&user, peer, room, request.private)
            .await?;
        Ok(Response::new(pb::CreateRoomResponse { seq: applied.seq }))
    }

    async fn leave(
        &self,
        request: Request<pb::LeaveRequest>,
    ) -> Result<Response<pb::LeaveResponse>, Status> {
        let user = caller_of(&request)?;
        let room = convert::room(&request.get_ref().room)?;
        let applied = self.core.leave(&user, room).await?;
        Ok(Response::new(pb::LeaveResponse { seq: applied.seq }))
    }

    async fn send_message(
        &self,
        request: Request<pb::SendMessageRequest>,
    ) -> Result<Response<pb::SendMessageResponse>, Status> {
        let user = caller_of(&request)?;
        let peer = peer_in(request.extensions());
        let post =
            convert::send_command(&user, request.into_inner(), self.core.limits.max_text_bytes)?;
        let applied = self.core.send(&user, peer, post).await?;
        Ok(Response::new(pb::SendMessageResponse {
            seq: applied.seq,
            duplicate: applied.unchanged,
        }))
    }

    type ChatStream = futures_util::stream::Empty<Result<pb::ChatResponse, Status>>;

    /// Never called: [`crate::server::grpc::chat_http::ChatRouter`] serves Chat before a
    /// request reaches this service, writing the session's frames as bytes
    /// (see [`crate::server::grpc::session::chat`]).
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
        let caller = full_caller_in(request.extensions())?;
        let actor = actor_of(&request)?;
        let user = actor.user.clone();
        let cursors = request.into_inner().cursors;
        if cursors.is_empty() {
            return Err(
                Error::InvalidArgument("name at least one room to subscribe to".into()).into(),
            );
        }
        // The feed knows its user, so it stops following a room the user
        // leaves; the stream ends when it follows nothing.
        let mut feed = Feed::new(self.core.store.clone(), self.core.hub.clone(), user.clone());
        for cursor in cursors {
            let (key, after) = convert::cursor(&user, cursor)?;
            let ConversationKey::Room(room) = key else {
                return Err(Error::InvalidArgument(
                    "Subscribe follows rooms only; private conversations are on Chat".into(),
                )
                .into());
            };
            self.core
                .check_reader(&actor, &ConversationKey::Room(room.clone()))
                .await?;
            feed.follow_room(&room, after).await?;
        }
        let subscription = Subscription::new(
            feed,
            self.core.metrics.clone(),
            self.core.shutdown.listener(),
        )
        .expiring_at(caller.expires);
        let stream = futures_util::stream::unfold(subscription, |mut subscription| async move {
            let item = subscription.next().await?;
            Some((item, subscription))
        });
        Ok(Response::new(Box::pin(stream)))
    }

    type ReceiveStream = ReceiveResponseStream;

    async fn receive(
        &self,
        request: Request<pb::ReceiveRequest>,
    ) -> Result<Response<Self::ReceiveStream>, Status> {
        let caller = full_caller_in(request.extensions())?;
        let actor = actor_of(&request)?;
        let peer = peer_in(request.extensions());
        let cursors = request.into_inner().cursors;
        let receiver =
            Receiver::open(self.core.clone(), actor, peer, cursors, caller.expires).await?;
        let stream = futures_util::stream::unfold(receiver, |mut receiver| async move {
            let item = receiver.next().await?;
            Some((item, receiver))
        });
        Ok(Response::new(Box::pin(stream)))
    }

    async fn history(
        &self,
        request: Request<pb::HistoryRequest>,
    ) -> Result<Response<pb::HistoryResponse>, Status> {
        let user = actor_of(&request)?;
        let apply_edits = request.get_ref().apply_edits;
        let (key, range, limit) = convert::history_request(&user.user, request.into_inner())?;
        let page = self.core.history(&user, &key, range, limit).await?;
        Ok(Response::new(convert::annotated_history_to_pb(
            &page,
            apply_edits,
        )))
    }

    async fn list_rooms(
        &self,
        request: Request<pb::ListRoomsRequest>,
    ) -> Result<Response<pb::ListRoomsResponse>, Status> {
        let user = actor_of(&request)?;
        let (after, limit) = convert::list_rooms_request(request.get_ref())?;
        let page = self.core.list_rooms(&user, after.as_ref(), limit).await?;
        let mut response = convert::rooms_to_pb(&user.user, page);
        let mine: Vec<ConversationKey> = response
            .rooms
            .iter()
            .filter(|room| room.is_member)
            .filter_map(|room| convert::room(&room.name).ok())
            .map(ConversationKey::Room)
            .collect();
        let states = self.core.read_states(&user.user, &mine).await?;
        let mut states = states.into_iter();
        for room in response.rooms.iter_mut().filter(|room| room.is_member) {
            if let Some(state) = states.next() {
                room.unread_count = state.unread;
                room.read_seq = state.read_seq;
            }
        }
        Ok(Response::new(response))
    }

    async fn list_members(
        &self,
        request: Request<pb::ListMembersRequest>,
    ) -> Result<Response<pb::ListMembersResponse>, Status> {
        let user = actor_of(&request)?;
        let (room, after, limit) = convert::list_members_request(request.get_ref())?;
        let page = self
            .core
            .list_members(&user, &room, after.as_ref(), limit)
            .await?;
        Ok(Response::new(convert::members_to_pb(page)))
    }

    async fn invite(
        &self,
        request: Request<pb::InviteRequest>,
    ) -> Result<Response<pb::InviteResponse>, Status> {
        let by = actor_of(&request)?;
        let request = request.get_ref();
        let (room, target) = (convert::room(&request.room)?, convert::user(&request.user)?);
        let applied = self.core.invite(&by, room, target).await?;
        Ok(Response::new(pb::InviteResponse {
            seq: applied.seq,
            changed: !applied.unchanged,
        }))
    }

    async fn kick(
        &self,
        request: Request<pb::KickRequest>,
    ) -> Result<Response<pb::KickResponse>, Status> {
        let by = actor_of(&request)?;
        let request = request.get_ref();
        let (room, target) = (convert::room(&request.room)?, convert::user(&request.user)?);
        let reason = convert::reason(&request.reason)?;
        let applied = self.core.kick(&by, room, target, reason).await?;
        Ok(Response::new(pb::KickResponse { seq: applied.seq }))
    }

    async fn ban(
        &self,
        request: Request<pb::BanRequest>,
    ) -> Result<Response<pb::BanResponse>, Status> {
        let by = actor_of(&request)?;
        let request = request.get_ref();
        let (room, target) = (convert::room(&request.room)?, convert::user(&request.user)?);
        let reason = convert::reason(&request.reason)?;
        let applied = self.core.ban(&by, room, target, reason).await?;
        Ok(Response::new(pb::BanResponse {
            seq: applied.seq,
            changed: !applied.unchanged,
        }))
    }

    async fn unban(
        &self,
        request: Request<pb::UnbanRequest>,
    ) -> Result<Response<pb::UnbanResponse>, Status> {
        let by = actor_of(&request)?;
        let request = request.get_ref();
        let (room, target) = (convert::room(&request.room)?, convert::user(&request.user)?);
        let applied = self.core.unban(&by, room, target).await?;
        Ok(Response::new(pb::UnbanResponse {
            seq: applied.seq,
            changed: !applied.unchanged,
        }))
    }

    async fn set_topic(
        &self,
        request: Request<pb::SetTopicRequest>,
    ) -> Result<Response<pb::SetTopicResponse>, Status> {
        let by = actor_of(&request)?;
        let request = request.get_ref();
        let (room, topic) = (
            convert::room(&request.room)?,
            convert::topic(&request.topic)?,
        );
        let applied = self.core.set_topic(&by, room, topic).await?;
        Ok(Response::new(pb::SetTopicResponse {
            seq: applied.seq,
            changed: !applied.unchanged,
        }))
    }

    async fn set_role(
        &self,
        request: Request<pb::SetRoleRequest>,
    ) -> Result<Response<pb::SetRoleResponse>, Status> {
        let by = actor_of(&request)?;
        let request = request.get_ref();
        let (room, target) = (convert::room(&request.room)?, convert::user(&request.user)?);
        let role = convert::role(request.role)?;
        let applied = self.core.set_role(&by, room, target, role).await?;
        Ok(Response::new(pb::SetRoleResponse {
            seq: applied.seq,
            changed: !applied.unchanged,
        }))
    }

    async fn block(
        &self,
        request: Request<pb::BlockRequest>,
    ) -> Result<Response<pb::BlockResponse>, Status> {
        let user = caller_of(&request)?;
        let target = convert::block_target(&user, &request.get_ref().user)?;
        let applied = self.core.block(&user, target, true).await?;
        Ok(Response::new(pb::BlockResponse {
            changed: !applied.unchanged,
        }))
    }

    async fn unblock(
        &self,
        request: Request<pb::UnblockRequest>,
    ) -> Result<Response<pb::UnblockResponse>, Status> {
        let user = caller_of(&request)?;
        let target = convert::block_target(&user, &request.get_ref().user)?;
        let applied = self.core.block(&user, target, false).await?;
        Ok(Response::new(pb::UnblockResponse {
            changed: !applied.unchanged,
        }))
    }

    async fn edit_message(
        &self,
        request: Request<pb::EditMessageRequest>,
    ) -> Result<Response<pb::EditMessageResponse>, Status> {
        let user = actor_of(&request)?;
        let peer = peer_in(request.extensions());
        let max = self.core.limits.max_text_bytes;
        let (key, seq, change) = convert::edit_request(&user.user, request.into_inner(), max)?;
        let applied = self
            .core
            .change_message(&user, peer, key, seq, change)
            .await?;
        Ok(Response::new(pb::EditMessageResponse { seq: applied.seq }))
    }

    async fn delete_message(
        &self,
        request: Request<pb::DeleteMessageRequest>,
    ) -> Result<Response<pb::DeleteMessageResponse>, Status> {
        let user = actor_of(&request)?;
        let peer = peer_in(request.extensions());
        let (key, seq, change) = convert::delete_request(&user.user, request.into_inner())?;
        let applied = self
            .core
            .change_message(&user, peer, key, seq, change)
            .await?;
        Ok(Response::new(pb::DeleteMessageResponse {
            seq: applied.seq,
            changed: !applied.unchanged,
        }))
    }

    async fn react(
        &self,
        request: Request<pb::ReactRequest>,
    ) -> Result<Response<pb::ReactResponse>, Status> {
        let user = actor_of(&request)?;
        let peer = peer_in(request.extensions());
        let (key, seq, change) = convert::react_request(&user.user, request.into_inner())?;
        let applied = self
            .core
            .change_message(&user, peer, key, seq, change)
            .await?;
        Ok(Response::new(pb::ReactResponse {
            seq: applied.seq,
            changed: !applied.unchanged,
        }))
    }

    async fn search(
        &self,
        request: Request<pb::SearchRequest>,
    ) -> Result<Response<pb::SearchResponse>, Status> {
        let user = actor_of(&request)?;
        let (words, before, limit) = convert::search_request(request.get_ref())?;
        let page = self.core.search(&user, &words, &before, limit).await?;
        Ok(Response::new(convert::search_to_pb(page)))
    }

    async fn mark_read(
        &self,
        request: Request<pb::MarkReadRequest>,
    ) -> Result<Response<pb::MarkReadResponse>, Status> {
        let user = actor_of(&request)?;
        let (key, seq) = convert_reads::mark_read_request(&user.user, request.into_inner())?;
        let (read_seq, changed) = self.core.mark_read(&user, &key, seq).await?;
        Ok(Response::new(pb::MarkReadResponse { read_seq, changed }))
    }

    async fn list_conversations(
        &self,
        request: Request<pb::ListConversationsRequest>,
    ) -> Result<Response<pb::ListConversationsResponse>, Status> {
        let user = caller_of(&request)?;
        let (after, limit) = convert_reads::list_conversations_request(request.get_ref())?;
        let page = self.core.list_conversations(&user, after, limit).await?;
        Ok(Response::new(convert_reads::conversations_to_pb(
            &user, page,
        )))
    }

    async fn send_typing(
        &self,
        request: Request<pb::SendTypingRequest>,
    ) -> Result<Response<pb::SendTypingResponse>, Status> {
        let user = actor_of(&request)?;
        let key = convert_reads::typing_request(&user.user, request.into_inner())?;
        let expires = self.core.typing(&user, &key).await?;
        Ok(Response::new(pb::SendTypingResponse {
            passed_on: expires.is_some(),
            expires_at: expires.map(convert_reads::timestamp),
        }))
    }

    async fn set_read_receipts(
        &self,
        request: Request<pb::SetReadReceiptsRequest>,
    ) -> Result<Response<pb::SetReadReceiptsResponse>, Status> {
        let user = caller_of(&request)?;
        let enabled = request.get_ref().enabled;
        let changed = self.core.set_read_receipts(&user, enabled).await?;
        Ok(Response::new(pb::SetReadReceiptsResponse { changed }))
    }
}
