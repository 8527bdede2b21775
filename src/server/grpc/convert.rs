//! Proto ↔ domain conversions, in one place: requests are parsed into
//! validated domain values here, and domain values become proto messages
//! here.

mod edits;

pub use edits::*;

use crate::{
    error::{Error, Result},
    model::{
        ClientMessageId, ConversationKey, Event, EventKind, Note, PresenceChange, PresenceSummary,
        Role, RoomName, Seq, Text, UserName,
    },
    server::grpc::pb::{self, WireEvent},
    server::{
        app::{ListPage, DEFAULT_HISTORY_PAGE, DEFAULT_LIST_PAGE, MAX_HISTORY_PAGE, MAX_LIST_PAGE},
        store::{Applied, Command, ReadRange, RoomSummary, Target},
    },
};

/// Parses a room name from a request.
pub fn room(name: &str) -> Result<RoomName> {
    RoomName::parse(name)
}

/// Parses a user name from a request.
pub fn user(name: &str) -> Result<UserName> {
    UserName::parse(name)
}

/// Parses a kick or ban reason.
pub fn reason(text: &str) -> Result<Note> {
    Note::parse("reason", text)
}

/// Parses a room topic.
pub fn topic(text: &str) -> Result<Note> {
    Note::parse("topic", text)
}

/// Parses the role a SetRole request gives.
pub fn role(role: i32) -> Result<Role> {
    match pb::Role::try_from(role) {
        Ok(pb::Role::Moderator) => Ok(Role::Moderator),
        Ok(pb::Role::Member) => Ok(Role::Member),
        Ok(pb::Role::Owner) => Err(Error::InvalidArgument(
            "a room has one owner, its creator; give ROLE_MODERATOR or ROLE_MEMBER".into(),
        )),
        _ => Err(Error::InvalidArgument(
            "set role to ROLE_MODERATOR or ROLE_MEMBER".into(),
        )),
    }
}

/// Parses the user a Block or Unblock request names: another user.
pub fn block_target(me: &UserName, name: &str) -> Result<UserName> {
    let target = user(name)?;
    if &target == me {
        return Err(Error::InvalidArgument(
            "that is yourself; block another user".into(),
        ));
    }
    Ok(target)
}

/// The proto form of a role.
pub fn role_to_pb(role: Option<Role>) -> pb::Role {
    match role {
        None => pb::Role::Unspecified,
        Some(Role::Member) => pb::Role::Member,
        Some(Role::Moderator) => pb::Role::Moderator,
        Some(Role::Owner) => pb::Role::Owner,
    }
}

/// Parses a SendMessage request from `sender` into a store command.
pub fn send_command(
    sender: &UserName,
    request: pb::SendMessageRequest,
    max_text_bytes: usize,
) -> Result<Command> {
    use pb::send_message_request::Target as PbTarget;
    let target = match request.target {
        Some(PbTarget::Room(name)) => Target::Room(room(&name)?),
        Some(PbTarget::ToUser(name)) => {
            let to = user(&name)?;
            if &to == sender {
                return Err(Error::InvalidArgument(
                    "to_user is yourself; a private message needs another user".into(),
                ));
            }
            Target::User(to)
        }
        None => {
            return Err(Error::InvalidArgument(
                "set a target: either room or to_user".into(),
            ))
        }
    };
    Ok(Command::Post {
        sender: sender.clone(),
        target,
        text: Text::parse(&request.text, max_text_bytes)?,
        client_message_id: ClientMessageId::parse(&request.client_message_id)?,
        reply_to: request.reply_to_seq,
    })
}

/// Parses a conversation named from `me`'s point of view.
pub fn conversation(
    me: &UserName,
    conversation: Option<pb::Conversation>,
) -> Result<ConversationKey> {
    use pb::conversation::Kind;
    match conversation.and_then(|c| c.kind) {
        Some(Kind::Room(name)) => Ok(ConversationKey::Room(room(&name)?)),
        Some(Kind::Peer(name)) => {
            let peer = user(&name)?;
            if &peer == me {
                return Err(Error::InvalidArgument(
                    "peer is yourself; a private conversation needs another user".into(),
                ));
            }
            Ok(ConversationKey::private(me, &peer))
        }
        None => Err(Error::InvalidArgument(
            "set a conversation: either room or peer".into(),
        )),
    }
}

/// A parsed cursor: the conversation and where to resume (None: live only).
pub fn cursor(me: &UserName, cursor: pb::Cursor) -> Result<(ConversationKey, Option<Seq>)> {
    Ok((conversation(me, cursor.conversation)?, cursor.after_seq))
}

/// The proto form of a conversation, seen from `me`.
pub fn conversation_to_pb(me: &UserName, key: &ConversationKey) -> pb::Conversation {
    use pb::conversation::Kind;
    let kind = match key {
        ConversationKey::Room(room) => Kind::Room(room.to_string()),
        ConversationKey::Private(..) => {
            Kind::Peer(key.peer_of(me).map(|p| p.to_string()).unwrap_or_default())
        }
    };
    pb::Conversation { kind: Some(kind) }
}

/// The proto form of a stored event.
pub fn event_to_pb(event: &Event) -> crate::pb::Event {
    use crate::pb::{self, event::Kind};
    let kind = match &event.kind {
        EventKind::Message {
            text,
            client_message_id,
            reply_to,
            deleted,
        } => Kind::Message(pb::Message {
            text: text.as_str().to_owned(),
            client_message_id: client_message_id.get().unwrap_or_default().to_owned(),
            reply_to_seq: *reply_to,
            edited: false,
            deleted: *deleted,
            reactions: Vec::new(),
        }),
        EventKind::Edited { text, .. } => Kind::Edited(pb::MessageEdited {
            text: text.as_str().to_owned(),
        }),
        EventKind::Deleted { .. } => Kind::Deleted(pb::MessageDeleted {}),
        EventKind::Reacted { added: true, .. } => Kind::ReactionAdded(pb::ReactionAdded {}),
        EventKind::Reacted { added: false, .. } => Kind::ReactionRemoved(pb::ReactionRemoved {}),
        EventKind::Joined => Kind::Joined(pb::Joined {}),
        EventKind::Left => Kind::Left(pb::Left {}),
        EventKind::Invited { .. } => Kind::Invited(pb::Invited {}),
        EventKind::Kicked { .. } => Kind::Kicked(pb::Kicked {}),
        EventKind::Banned { .. } => Kind::Banned(pb::Banned {}),
        EventKind::Unbanned { .. } => Kind::Unbanned(pb::Unbanned {}),
        EventKind::TopicSet { .. } => Kind::TopicSet(pb::TopicSet {}),
        EventKind::RoleChanged { .. } => Kind::RoleChanged(pb::RoleChanged {}),
    };
    let (reason, topic, role) = match &event.kind {
        EventKind::Kicked { reason, .. } | EventKind::Banned { reason, .. } => {
            (reason.as_str(), "", None)
        }
        EventKind::TopicSet { topic } => ("", topic.as_str(), None),
        EventKind::RoleChanged { role, .. } => ("", "", Some(*role)),
        _ => ("", "", None),
    };
    let (ref_seq, reaction) = match &event.kind {
        EventKind::Edited { of, .. } | EventKind::Deleted { of } => (*of, ""),
        EventKind::Reacted { of, reaction, .. } => (*of, reaction.as_str()),
        _ => (0, ""),
    };
    pb::Event {
        ref_seq,
        reaction: reaction.to_owned(),
        target: event
            .kind
            .target()
            .map(|t| t.to_string())
            .unwrap_or_default(),
        reason: reason.to_owned(),
        topic: topic.to_owned(),
        role: role_to_pb(role).into(),
        room: event
            .conversation
            .room()
            .map(|r| r.to_string())
            .unwrap_or_default(),
        seq: event.seq,
        sender: event.sender.to_string(),
        recipient: event.recipient().map(|r| r.to_string()).unwrap_or_default(),
        time: Some(prost_types::Timestamp {
            seconds: event.time_ms.div_euclid(1000),
            nanos: i32::try_from(event.time_ms.rem_euclid(1000) * 1_000_000).unwrap_or(0),
        }),
        kind: Some(kind),
    }
}

/// The event as the server sends it: encoded by the first stream that
/// needs it, then the same bytes for every other.
pub fn event_wire(event: &Event) -> WireEvent {
    let bytes = event
        .wire
        .0
        .get_or_init(|| prost::Message::encode_to_vec(&event_to_pb(event)).into());
    WireEvent(bytes.clone())
}

/// The proto form of a presence change.
pub fn presence_to_pb(change: &PresenceChange) -> pb::Presence {
    pb::Presence {
        room: change.room.to_string(),
        user: change.user.to_string(),
        state: presence_state(change.online).into(),
    }
}

/// The proto form of a presence summary, with its typing or without (a
/// Subscribe stream shows no typing).
pub fn presence_summary_to_pb(summary: &PresenceSummary, with_typing: bool) -> pb::PresenceSummary {
    let names = |users: &[UserName]| users.iter().map(|u| u.to_string()).collect();
    let conversation = pb::Conversation {
        kind: Some(pb::conversation::Kind::Room(summary.room.to_string())),
    };
    let typing: &[(UserName, i64)] = if with_typing { &summary.typing } else { &[] };
    let typing = typing
        .iter()
        .map(|(user, expires_ms)| pb::Typing {
            conversation: Some(conversation.clone()),
            user: user.to_string(),
            expires_at: Some(super::convert_reads::timestamp(*expires_ms)),
        })
        .collect();
    pb::PresenceSummary {
        room: summary.room.to_string(),
        online: names(&summary.online),
        offline: names(&summary.offline),
        typing,
    }
}

/// A presence summary as one Chat gRPC message (length prefix and
/// `ChatResponse`), encoded by the first session that sends it and shared
/// by every other: a big room's summary names thousands of users, and a
/// copy per session would make each session's memory grow with its room.
pub fn chat_presence_summary(summary: &PresenceSummary) -> bytes::Bytes {
    summary
        .wire
        .0
        .get_or_init(|| {
            let frame = pb::ChatResponse {
                frame: Some(pb::chat_response::Frame::PresenceSummary(
                    presence_summary_to_pb(summary, true),
                )),
            };
            let mut out = bytes::BytesMut::new();
            super::codec::put_message(&mut out, &frame);
            out.freeze()
        })
        .clone()
}

/// Online or offline, as the proto enum.
pub fn presence_state(online: bool) -> pb::PresenceState {
    if online {
        pb::PresenceState::Online
    } else {
        pb::PresenceState::Offline
    }
}

/// The ack frame for a command of a Chat session.
pub fn ack(me: &UserName, request_id: String, applied: &Applied) -> pb::Ack {
    pb::Ack {
        request_id,
        conversation: Some(conversation_to_pb(me, &applied.conversation)),
        seq: applied.seq,
        duplicate: applied.unchanged,
    }
}

/// Appends `event` to `out` as one gRPC message: a `ChatResponse` whose
/// frame is the event (its bytes encoded once, see [`event_wire`]).
pub fn put_chat_event(event: &Event, out: &mut bytes::BytesMut) {
    let frame = pb::ChatResponse {
        frame: Some(pb::chat_response::Frame::Event(event_wire(event))),
    };
    super::codec::put_message(out, &frame);
}

/// Parses a History request: the conversation, the range and the page size.
pub fn history_request(
    me: &UserName,
    request: pb::HistoryRequest,
) -> Result<(ConversationKey, ReadRange, u32)> {
    let key = conversation(me, request.conversation)?;
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
    let limit = page_limit(request.limit, DEFAULT_HISTORY_PAGE, MAX_HISTORY_PAGE)?;
    Ok((key, range, limit))
}

/// Parses a ListRooms request: the room to go on after, and the page size.
pub fn list_rooms_request(request: &pb::ListRoomsRequest) -> Result<(Option<RoomName>, u32)> {
    let after = parse_page_token(&request.page_token, RoomName::parse)?;
    Ok((after, list_limit(request.limit)?))
}

/// Parses a ListMembers request: the room, the member to go on after, and
/// the page size.
pub fn list_members_request(
    request: &pb::ListMembersRequest,
) -> Result<(RoomName, Option<UserName>, u32)> {
    let after = parse_page_token(&request.page_token, UserName::parse)?;
    Ok((room(&request.room)?, after, list_limit(request.limit)?))
}

/// The page size a listing asks for: 0 is the default.
fn list_limit(limit: u32) -> Result<u32> {
    page_limit(limit, DEFAULT_LIST_PAGE, MAX_LIST_PAGE)
}

/// The page size a paged request asks for: 0 is `default`; more than
/// `max` is INVALID_ARGUMENT.
pub(crate) fn page_limit(limit: u32, default: u32, max: u32) -> Result<u32> {
    match limit {
        0 => Ok(default),
        n if n > max => Err(Error::InvalidArgument(format!(
            "limit {n} is more than the largest page, {max}"
        ))),
        n => Ok(n),
    }
}

/// The token of the page after the one ending with `last` (a name, or
/// whatever text says where a page ends) in hexadecimal. Clients treat it
/// as opaque; it only has to come back.
pub(crate) fn page_token(last: &str) -> String {
    use std::fmt::Write as _;
    last.bytes().fold(String::new(), |mut token, byte| {
        let _ = write!(token, "{byte:02x}");
        token
    })
}

/// Reads a page token written by [`page_token`] (`None` when empty, the
/// first page), its text read by `parse`: a token this server did not
/// write, or whose text `parse` refuses, is INVALID_ARGUMENT.
pub(crate) fn parse_page_token<T>(
    token: &str,
    parse: impl FnOnce(&str) -> Result<T>,
) -> Result<Option<T>> {
    if token.is_empty() {
        return Ok(None);
    }
    let refused = || {
        let shown: String = token.chars().take(40).collect();
        Error::InvalidArgument(format!(
            "page_token {shown:?} is not one this server gave: pass the next_page_token of \
             an earlier answer, or leave it empty for the first page"
        ))
    };
    if !token.len().is_multiple_of(2) || !token.is_ascii() {
        return Err(refused());
    }
    let bytes = (0..token.len())
        .step_by(2)
        .map(|at| u8::from_str_radix(&token[at..at + 2], 16))
        .collect::<Result<Vec<u8>, _>>()
        .map_err(|_| refused())?;
    let name = String::from_utf8(bytes).map_err(|_| refused())?;
    parse(&name).map(Some).map_err(|_| refused())
}

/// A page of rooms as ListRooms answers `me`.
pub fn rooms_to_pb(me: &UserName, page: ListPage<RoomSummary>) -> pb::ListRoomsResponse {
    let next_page_token = match (&page.scanned_to, page.items.last()) {
        _ if !page.more => String::new(),
        (Some(scanned), _) => page_token(scanned.as_str()),
        (None, Some(last)) => page_token(last.name.as_str()),
        (None, None) => String::new(),
    };
    pb::ListRoomsResponse {
        rooms: page
            .items
            .into_iter()
            .map(|room| {
                let role = room.role_of(me);
                pb::RoomInfo {
                    name: room.name.to_string(),
                    member_count: u32::try_from(room.members.len()).unwrap_or(u32::MAX),
                    is_member: role.is_some(),
                    last_seq: room.last_seq,
                    private: room.private,
                    topic: room.topic.as_str().to_owned(),
                    role: role_to_pb(role).into(),
                    invited: room.invited.binary_search(me).is_ok(),
                    // Filled in by the caller for rooms it is a member of.
                    unread_count: 0,
                    read_seq: 0,
                }
            })
            .collect(),
        next_page_token,
    }
}

/// A page of a room's members, each with their role and whether they are
/// online, as ListMembers answers.
pub fn members_to_pb(page: ListPage<(UserName, Role, bool)>) -> pb::ListMembersResponse {
    let next_page_token = match page.items.last() {
        Some((last, _, _)) if page.more => page_token(last.as_str()),
        _ => String::new(),
    };
    pb::ListMembersResponse {
        members: page
            .items
            .into_iter()
            .map(|(member, role, online)| pb::Member {
                user: member.to_string(),
                state: presence_state(online).into(),
                role: role_to_pb(Some(role)).into(),
            })
            .collect(),
        next_page_token,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::WireCache;

    #[test]
    fn an_event_is_encoded_once_and_decodes_as_the_client_type() {
        let alice = UserName::parse("alice").unwrap();
        let event = Event {
            conversation: ConversationKey::Room(RoomName::parse("lobby").unwrap()),
            seq: 7,
            sender: alice,
            time_ms: 1_700_000_000_123,
            kind: EventKind::Message {
                text: Text::parse("hello", 100).unwrap(),
                client_message_id: ClientMessageId::parse("m-1").unwrap(),
                reply_to: Some(3),
                deleted: false,
            },
            wire: WireCache::default(),
        };
        let first = event_wire(&event);
        let second = event_wire(&event);
        assert_eq!(first.0.as_ptr(), second.0.as_ptr(), "encoded twice");
        let decoded: crate::pb::Event = prost::Message::decode(first.0).unwrap();
        assert_eq!(decoded, event_to_pb(&event));
        assert_eq!(
            decoded.time.map(|t| (t.seconds, t.nanos)),
            Some((1_700_000_000, 123_000_000))
        );
    }

    #[test]
    fn page_tokens_round_trip_and_strangers_are_refused() {
        let room = RoomName::parse("lobby-2").unwrap();
        let token = page_token(room.as_str());
        assert_eq!(
            parse_page_token(&token, RoomName::parse).unwrap(),
            Some(room)
        );
        assert_eq!(parse_page_token("", RoomName::parse).unwrap(), None);
        for bad in ["lobby", "6", "zz", "ffff", "2f2f", "é0"] {
            let refused = parse_page_token(bad, RoomName::parse).unwrap_err();
            assert!(
                matches!(refused, Error::InvalidArgument(_)),
                "{bad}: {refused}"
            );
        }
    }
}
