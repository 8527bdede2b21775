//! The chat operations shared by the unary RPCs and the Chat sessions:
//! parse, check, one store call, and the answer. The store does the
//! appending and, through the hub, the fan-out.

use std::sync::Arc;

use crate::{
    error::{Error, Result},
    model::{ConversationKey, RoomName, UserName},
    server::fanout::hub::Hub,
    server::grpc::convert,
    server::grpc::pb,
    server::rate_limit::RateLimiter,
    server::store::{Applied, Command, ReadRange, Store},
};

/// The largest History page.
pub const MAX_HISTORY_PAGE: u32 = 1000;
/// The History page size when the request names none.
pub const DEFAULT_HISTORY_PAGE: u32 = 50;

/// Limits on what clients may send.
#[derive(Clone, Debug)]
pub struct Limits {
    /// The longest message text, in bytes.
    pub max_text_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_text_bytes: 4096,
        }
    }
}

/// Cheap-to-clone handle to everything an operation needs.
#[derive(Clone)]
pub struct ChatCore {
    /// Where events are stored (and, once committed, fanned out from).
    pub store: Arc<dyn Store>,
    /// The live fan-out, for presence and sessions.
    pub hub: Hub,
    /// What clients may send.
    pub limits: Limits,
    /// How fast each user may send.
    pub rate: Arc<RateLimiter>,
}

impl ChatCore {
    /// Makes `user` a member of `room`.
    pub async fn join(&self, user: &UserName, room: &str) -> Result<Applied> {
        let room = convert::room(room)?;
        self.store
            .apply(Command::Join {
                room,
                user: user.clone(),
            })
            .await
    }

    /// Ends `user`'s membership of `room`.
    pub async fn leave(&self, user: &UserName, room: &str) -> Result<Applied> {
        let room = convert::room(room)?;
        self.store
            .apply(Command::Leave {
                room,
                user: user.clone(),
            })
            .await
    }

    /// Sends a message to a room or a user.
    pub async fn send(&self, user: &UserName, request: pb::SendMessageRequest) -> Result<Applied> {
        let command = convert::send_command(user, request, self.limits.max_text_bytes)?;
        self.rate.check(user)?;
        self.store.apply(command).await
    }

    /// Fails unless `user` may read the conversation.
    pub async fn check_reader(&self, user: &UserName, key: &ConversationKey) -> Result<()> {
        match key {
            ConversationKey::Room(room) => self.check_member(user, room).await,
            // The key was built with the caller as one of the pair.
            ConversationKey::Private(..) => Ok(()),
        }
    }

    /// Fails with FAILED_PRECONDITION unless `user` is in `room`.
    pub async fn check_member(&self, user: &UserName, room: &RoomName) -> Result<()> {
        if self.store.is_member(room, user).await? {
            Ok(())
        } else {
            Err(Error::NotAMember {
                room: room.to_string(),
            })
        }
    }

    /// A page of a conversation's past events.
    pub async fn history(
        &self,
        user: &UserName,
        request: pb::HistoryRequest,
    ) -> Result<pb::HistoryResponse> {
        let key = convert::conversation(user, request.conversation)?;
        self.check_reader(user, &key).await?;
        let range = match (request.after_seq, request.before_seq) {
            (Some(_), Some(_)) => {
                return Err(Error::InvalidArgument(
                    "set at most one of after_seq and before_seq".into(),
                ))
            }
            (Some(after), None) => ReadRange::After(after),
            (None, Some(before)) => ReadRange::Before(before),
            (None, None) => ReadRange::Latest,
        };
        let limit = match request.limit {
            0 => DEFAULT_HISTORY_PAGE,
            n if n > MAX_HISTORY_PAGE => {
                return Err(Error::InvalidArgument(format!(
                    "limit {n} is more than the largest page, {MAX_HISTORY_PAGE}"
                )))
            }
            n => n,
        };
        let events = self.store.read(&key, range, limit as usize).await?;
        Ok(pb::HistoryResponse {
            events: events.iter().map(|e| convert::event_wire(e)).collect(),
            last_seq: self.store.last_seq(&key).await?,
        })
    }

    /// Every room, with whether `user` is in it.
    pub async fn list_rooms(&self, user: &UserName) -> Result<pb::ListRoomsResponse> {
        let rooms = self.store.rooms().await?;
        Ok(pb::ListRoomsResponse {
            rooms: rooms
                .into_iter()
                .map(|room| pb::RoomInfo {
                    name: room.name.to_string(),
                    member_count: u32::try_from(room.members.len()).unwrap_or(u32::MAX),
                    is_member: room.members.binary_search(user).is_ok(),
                    last_seq: room.last_seq,
                })
                .collect(),
        })
    }

    /// The members of a room, online or offline.
    pub async fn list_members(&self, room: &str) -> Result<pb::ListMembersResponse> {
        let room = self.store.room(&convert::room(room)?).await?;
        Ok(pb::ListMembersResponse {
            members: room
                .members
                .iter()
                .map(|member| pb::Member {
                    user: member.to_string(),
                    state: convert::presence_state(self.hub.is_online(member)).into(),
                })
                .collect(),
        })
    }
}
