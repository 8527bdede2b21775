import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Role(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ROLE_UNSPECIFIED: _ClassVar[Role]
    ROLE_MEMBER: _ClassVar[Role]
    ROLE_MODERATOR: _ClassVar[Role]
    ROLE_OWNER: _ClassVar[Role]

class PresenceState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PRESENCE_STATE_UNSPECIFIED: _ClassVar[PresenceState]
    PRESENCE_STATE_ONLINE: _ClassVar[PresenceState]
    PRESENCE_STATE_OFFLINE: _ClassVar[PresenceState]
ROLE_UNSPECIFIED: Role
ROLE_MEMBER: Role
ROLE_MODERATOR: Role
ROLE_OWNER: Role
PRESENCE_STATE_UNSPECIFIED: PresenceState
PRESENCE_STATE_ONLINE: PresenceState
PRESENCE_STATE_OFFLINE: PresenceState

class Conversation(_message.Message):
    __slots__ = ("room", "peer")
    ROOM_FIELD_NUMBER: _ClassVar[int]
    PEER_FIELD_NUMBER: _ClassVar[int]
    room: str
    peer: str
    def __init__(self, room: _Optional[str] = ..., peer: _Optional[str] = ...) -> None: ...

class Cursor(_message.Message):
    __slots__ = ("conversation", "after_seq")
    CONVERSATION_FIELD_NUMBER: _ClassVar[int]
    AFTER_SEQ_FIELD_NUMBER: _ClassVar[int]
    conversation: Conversation
    after_seq: int
    def __init__(self, conversation: _Optional[_Union[Conversation, _Mapping]] = ..., after_seq: _Optional[int] = ...) -> None: ...

class Event(_message.Message):
    __slots__ = ("room", "seq", "sender", "recipient", "time", "message", "joined", "left", "invited", "kicked", "banned", "unbanned", "topic_set", "role_changed", "edited", "deleted", "reaction_added", "reaction_removed", "target", "reason", "topic", "role", "ref_seq", "reaction")
    ROOM_FIELD_NUMBER: _ClassVar[int]
    SEQ_FIELD_NUMBER: _ClassVar[int]
    SENDER_FIELD_NUMBER: _ClassVar[int]
    RECIPIENT_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    JOINED_FIELD_NUMBER: _ClassVar[int]
    LEFT_FIELD_NUMBER: _ClassVar[int]
    INVITED_FIELD_NUMBER: _ClassVar[int]
    KICKED_FIELD_NUMBER: _ClassVar[int]
    BANNED_FIELD_NUMBER: _ClassVar[int]
    UNBANNED_FIELD_NUMBER: _ClassVar[int]
    TOPIC_SET_FIELD_NUMBER: _ClassVar[int]
    ROLE_CHANGED_FIELD_NUMBER: _ClassVar[int]
    EDITED_FIELD_NUMBER: _ClassVar[int]
    DELETED_FIELD_NUMBER: _ClassVar[int]
    REACTION_ADDED_FIELD_NUMBER: _ClassVar[int]
    REACTION_REMOVED_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    REF_SEQ_FIELD_NUMBER: _ClassVar[int]
    REACTION_FIELD_NUMBER: _ClassVar[int]
    room: str
    seq: int
    sender: str
    recipient: str
    time: _timestamp_pb2.Timestamp
    message: Message
    joined: Joined
    left: Left
    invited: Invited
    kicked: Kicked
    banned: Banned
    unbanned: Unbanned
    topic_set: TopicSet
    role_changed: RoleChanged
    edited: MessageEdited
    deleted: MessageDeleted
    reaction_added: ReactionAdded
    reaction_removed: ReactionRemoved
    target: str
    reason: str
    topic: str
    role: Role
    ref_seq: int
    reaction: str
    def __init__(self, room: _Optional[str] = ..., seq: _Optional[int] = ..., sender: _Optional[str] = ..., recipient: _Optional[str] = ..., time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., message: _Optional[_Union[Message, _Mapping]] = ..., joined: _Optional[_Union[Joined, _Mapping]] = ..., left: _Optional[_Union[Left, _Mapping]] = ..., invited: _Optional[_Union[Invited, _Mapping]] = ..., kicked: _Optional[_Union[Kicked, _Mapping]] = ..., banned: _Optional[_Union[Banned, _Mapping]] = ..., unbanned: _Optional[_Union[Unbanned, _Mapping]] = ..., topic_set: _Optional[_Union[TopicSet, _Mapping]] = ..., role_changed: _Optional[_Union[RoleChanged, _Mapping]] = ..., edited: _Optional[_Union[MessageEdited, _Mapping]] = ..., deleted: _Optional[_Union[MessageDeleted, _Mapping]] = ..., reaction_added: _Optional[_Union[ReactionAdded, _Mapping]] = ..., reaction_removed: _Optional[_Union[ReactionRemoved, _Mapping]] = ..., target: _Optional[str] = ..., reason: _Optional[str] = ..., topic: _Optional[str] = ..., role: _Optional[_Union[Role, str]] = ..., ref_seq: _Optional[int] = ..., reaction: _Optional[str] = ...) -> None: ...

class Message(_message.Message):
    __slots__ = ("text", "client_message_id", "reply_to_seq", "edited", "deleted", "reactions")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    CLIENT_MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    REPLY_TO_SEQ_FIELD_NUMBER: _ClassVar[int]
    EDITED_FIELD_NUMBER: _ClassVar[int]
    DELETED_FIELD_NUMBER: _ClassVar[int]
    REACTIONS_FIELD_NUMBER: _ClassVar[int]
    text: str
    client_message_id: str
    reply_to_seq: int
    edited: bool
    deleted: bool
    reactions: _containers.RepeatedCompositeFieldContainer[ReactionCount]
    def __init__(self, text: _Optional[str] = ..., client_message_id: _Optional[str] = ..., reply_to_seq: _Optional[int] = ..., edited: _Optional[bool] = ..., deleted: _Optional[bool] = ..., reactions: _Optional[_Iterable[_Union[ReactionCount, _Mapping]]] = ...) -> None: ...

class ReactionCount(_message.Message):
    __slots__ = ("reaction", "count")
    REACTION_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    reaction: str
    count: int
    def __init__(self, reaction: _Optional[str] = ..., count: _Optional[int] = ...) -> None: ...

class MessageEdited(_message.Message):
    __slots__ = ("text",)
    TEXT_FIELD_NUMBER: _ClassVar[int]
    text: str
    def __init__(self, text: _Optional[str] = ...) -> None: ...

class MessageDeleted(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ReactionAdded(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ReactionRemoved(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Joined(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Left(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Invited(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Kicked(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Banned(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Unbanned(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class TopicSet(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RoleChanged(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Presence(_message.Message):
    __slots__ = ("room", "user", "state")
    ROOM_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    room: str
    user: str
    state: PresenceState
    def __init__(self, room: _Optional[str] = ..., user: _Optional[str] = ..., state: _Optional[_Union[PresenceState, str]] = ...) -> None: ...

class PresenceSummary(_message.Message):
    __slots__ = ("room", "online", "offline", "typing")
    ROOM_FIELD_NUMBER: _ClassVar[int]
    ONLINE_FIELD_NUMBER: _ClassVar[int]
    OFFLINE_FIELD_NUMBER: _ClassVar[int]
    TYPING_FIELD_NUMBER: _ClassVar[int]
    room: str
    online: _containers.RepeatedScalarFieldContainer[str]
    offline: _containers.RepeatedScalarFieldContainer[str]
    typing: _containers.RepeatedCompositeFieldContainer[Typing]
    def __init__(self, room: _Optional[str] = ..., online: _Optional[_Iterable[str]] = ..., offline: _Optional[_Iterable[str]] = ..., typing: _Optional[_Iterable[_Union[Typing, _Mapping]]] = ...) -> None: ...

class JoinRequest(_message.Message):
    __slots__ = ("room",)
    ROOM_FIELD_NUMBER: _ClassVar[int]
    room: str
    def __init__(self, room: _Optional[str] = ...) -> None: ...

class JoinResponse(_message.Message):
    __slots__ = ("seq", "joined")
    SEQ_FIELD_NUMBER: _ClassVar[int]
    JOINED_FIELD_NUMBER: _ClassVar[int]
    seq: int
    joined: bool
    def __init__(self, seq: _Optional[int] = ..., joined: _Optional[bool] = ...) -> None: ...

class CreateRoomRequest(_message.Message):
    __slots__ = ("room", "private")
    ROOM_FIELD_NUMBER: _ClassVar[int]
    PRIVATE_FIELD_NUMBER: _ClassVar[int]
    room: str
    private: bool
    def __init__(self, room: _Optional[str] = ..., private: _Optional[bool] = ...) -> None: ...

class CreateRoomResponse(_message.Message):
    __slots__ = ("seq",)
    SEQ_FIELD_NUMBER: _ClassVar[int]
    seq: int
    def __init__(self, seq: _Optional[int] = ...) -> None: ...

class LeaveRequest(_message.Message):
    __slots__ = ("room",)
    ROOM_FIELD_NUMBER: _ClassVar[int]
    room: str
    def __init__(self, room: _Optional[str] = ...) -> None: ...

class LeaveResponse(_message.Message):
    __slots__ = ("seq",)
    SEQ_FIELD_NUMBER: _ClassVar[int]
    seq: int
    def __init__(self, seq: _Optional[int] = ...) -> None: ...

class SendMessageRequest(_message.Message):
    __slots__ = ("room", "to_user", "text", "client_message_id", "reply_to_seq")
    ROOM_FIELD_NUMBER: _ClassVar[int]
    TO_USER_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    CLIENT_MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    REPLY_TO_SEQ_FIELD_NUMBER: _ClassVar[int]
    room: str
    to_user: str
    text: str
    client_message_id: str
    reply_to_seq: int
    def __init__(self, room: _Optional[str] = ..., to_user: _Optional[str] = ..., text: _Optional[str] = ..., client_message_id: _Optional[str] = ..., reply_to_seq: _Optional[int] = ...) -> None: ...

class SendMessageResponse(_message.Message):
    __slots__ = ("seq", "duplicate")
    SEQ_FIELD_NUMBER: _ClassVar[int]
    DUPLICATE_FIELD_NUMBER: _ClassVar[int]
    seq: int
    duplicate: bool
    def __init__(self, seq: _Optional[int] = ..., duplicate: _Optional[bool] = ...) -> None: ...

class ChatRequest(_message.Message):
    __slots__ = ("request_id", "resume", "join", "leave", "send", "refresh", "invite", "kick", "ban", "unban", "set_topic", "set_role", "block", "unblock", "create_room", "edit", "delete", "react", "mark_read", "typing")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RESUME_FIELD_NUMBER: _ClassVar[int]
    JOIN_FIELD_NUMBER: _ClassVar[int]
    LEAVE_FIELD_NUMBER: _ClassVar[int]
    SEND_FIELD_NUMBER: _ClassVar[int]
    REFRESH_FIELD_NUMBER: _ClassVar[int]
    INVITE_FIELD_NUMBER: _ClassVar[int]
    KICK_FIELD_NUMBER: _ClassVar[int]
    BAN_FIELD_NUMBER: _ClassVar[int]
    UNBAN_FIELD_NUMBER: _ClassVar[int]
    SET_TOPIC_FIELD_NUMBER: _ClassVar[int]
    SET_ROLE_FIELD_NUMBER: _ClassVar[int]
    BLOCK_FIELD_NUMBER: _ClassVar[int]
    UNBLOCK_FIELD_NUMBER: _ClassVar[int]
    CREATE_ROOM_FIELD_NUMBER: _ClassVar[int]
    EDIT_FIELD_NUMBER: _ClassVar[int]
    DELETE_FIELD_NUMBER: _ClassVar[int]
    REACT_FIELD_NUMBER: _ClassVar[int]
    MARK_READ_FIELD_NUMBER: _ClassVar[int]
    TYPING_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    resume: ResumeCommand
    join: JoinRequest
    leave: LeaveRequest
    send: SendMessageRequest
    refresh: RefreshCommand
    invite: InviteRequest
    kick: KickRequest
    ban: BanRequest
    unban: UnbanRequest
    set_topic: SetTopicRequest
    set_role: SetRoleRequest
    block: BlockRequest
    unblock: UnblockRequest
    create_room: CreateRoomRequest
    edit: EditMessageRequest
    delete: DeleteMessageRequest
    react: ReactRequest
    mark_read: MarkReadRequest
    typing: SendTypingRequest
    def __init__(self, request_id: _Optional[str] = ..., resume: _Optional[_Union[ResumeCommand, _Mapping]] = ..., join: _Optional[_Union[JoinRequest, _Mapping]] = ..., leave: _Optional[_Union[LeaveRequest, _Mapping]] = ..., send: _Optional[_Union[SendMessageRequest, _Mapping]] = ..., refresh: _Optional[_Union[RefreshCommand, _Mapping]] = ..., invite: _Optional[_Union[InviteRequest, _Mapping]] = ..., kick: _Optional[_Union[KickRequest, _Mapping]] = ..., ban: _Optional[_Union[BanRequest, _Mapping]] = ..., unban: _Optional[_Union[UnbanRequest, _Mapping]] = ..., set_topic: _Optional[_Union[SetTopicRequest, _Mapping]] = ..., set_role: _Optional[_Union[SetRoleRequest, _Mapping]] = ..., block: _Optional[_Union[BlockRequest, _Mapping]] = ..., unblock: _Optional[_Union[UnblockRequest, _Mapping]] = ..., create_room: _Optional[_Union[CreateRoomRequest, _Mapping]] = ..., edit: _Optional[_Union[EditMessageRequest, _Mapping]] = ..., delete: _Optional[_Union[DeleteMessageRequest, _Mapping]] = ..., react: _Optional[_Union[ReactRequest, _Mapping]] = ..., mark_read: _Optional[_Union[MarkReadRequest, _Mapping]] = ..., typing: _Optional[_Union[SendTypingRequest, _Mapping]] = ...) -> None: ...

class RefreshCommand(_message.Message):
    __slots__ = ("token",)
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    token: str
    def __init__(self, token: _Optional[str] = ...) -> None: ...

class ResumeCommand(_message.Message):
    __slots__ = ("cursors",)
    CURSORS_FIELD_NUMBER: _ClassVar[int]
    cursors: _containers.RepeatedCompositeFieldContainer[Cursor]
    def __init__(self, cursors: _Optional[_Iterable[_Union[Cursor, _Mapping]]] = ...) -> None: ...

class ChatResponse(_message.Message):
    __slots__ = ("event", "presence", "ack", "error", "ready", "presence_summary", "read_marker", "typing", "unread_skipped")
    EVENT_FIELD_NUMBER: _ClassVar[int]
    PRESENCE_FIELD_NUMBER: _ClassVar[int]
    ACK_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    READY_FIELD_NUMBER: _ClassVar[int]
    PRESENCE_SUMMARY_FIELD_NUMBER: _ClassVar[int]
    READ_MARKER_FIELD_NUMBER: _ClassVar[int]
    TYPING_FIELD_NUMBER: _ClassVar[int]
    UNREAD_SKIPPED_FIELD_NUMBER: _ClassVar[int]
    event: Event
    presence: Presence
    ack: Ack
    error: ChatError
    ready: Ready
    presence_summary: PresenceSummary
    read_marker: ReadMarker
    typing: Typing
    unread_skipped: UnreadSkipped
    def __init__(self, event: _Optional[_Union[Event, _Mapping]] = ..., presence: _Optional[_Union[Presence, _Mapping]] = ..., ack: _Optional[_Union[Ack, _Mapping]] = ..., error: _Optional[_Union[ChatError, _Mapping]] = ..., ready: _Optional[_Union[Ready, _Mapping]] = ..., presence_summary: _Optional[_Union[PresenceSummary, _Mapping]] = ..., read_marker: _Optional[_Union[ReadMarker, _Mapping]] = ..., typing: _Optional[_Union[Typing, _Mapping]] = ..., unread_skipped: _Optional[_Union[UnreadSkipped, _Mapping]] = ...) -> None: ...

class Ack(_message.Message):
    __slots__ = ("request_id", "conversation", "seq", "duplicate")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CONVERSATION_FIELD_NUMBER: _ClassVar[int]
    SEQ_FIELD_NUMBER: _ClassVar[int]
    DUPLICATE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    conversation: Conversation
    seq: int
    duplicate: bool
    def __init__(self, request_id: _Optional[str] = ..., conversation: _Optional[_Union[Conversation, _Mapping]] = ..., seq: _Optional[int] = ..., duplicate: _Optional[bool] = ...) -> None: ...

class ChatError(_message.Message):
    __slots__ = ("request_id", "code", "message", "conversation")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    CONVERSATION_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    code: int
    message: str
    conversation: Conversation
    def __init__(self, request_id: _Optional[str] = ..., code: _Optional[int] = ..., message: _Optional[str] = ..., conversation: _Optional[_Union[Conversation, _Mapping]] = ...) -> None: ...

class Ready(_message.Message):
    __slots__ = ("rooms", "unread")
    ROOMS_FIELD_NUMBER: _ClassVar[int]
    UNREAD_FIELD_NUMBER: _ClassVar[int]
    rooms: _containers.RepeatedScalarFieldContainer[str]
    unread: _containers.RepeatedCompositeFieldContainer[UnreadCount]
    def __init__(self, rooms: _Optional[_Iterable[str]] = ..., unread: _Optional[_Iterable[_Union[UnreadCount, _Mapping]]] = ...) -> None: ...

class UnreadCount(_message.Message):
    __slots__ = ("conversation", "read_seq", "unread")
    CONVERSATION_FIELD_NUMBER: _ClassVar[int]
    READ_SEQ_FIELD_NUMBER: _ClassVar[int]
    UNREAD_FIELD_NUMBER: _ClassVar[int]
    conversation: Conversation
    read_seq: int
    unread: int
    def __init__(self, conversation: _Optional[_Union[Conversation, _Mapping]] = ..., read_seq: _Optional[int] = ..., unread: _Optional[int] = ...) -> None: ...

class ReadMarker(_message.Message):
    __slots__ = ("conversation", "user", "seq")
    CONVERSATION_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    SEQ_FIELD_NUMBER: _ClassVar[int]
    conversation: Conversation
    user: str
    seq: int
    def __init__(self, conversation: _Optional[_Union[Conversation, _Mapping]] = ..., user: _Optional[str] = ..., seq: _Optional[int] = ...) -> None: ...

class Typing(_message.Message):
    __slots__ = ("conversation", "user", "expires_at")
    CONVERSATION_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    conversation: Conversation
    user: str
    expires_at: _timestamp_pb2.Timestamp
    def __init__(self, conversation: _Optional[_Union[Conversation, _Mapping]] = ..., user: _Optional[str] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class UnreadSkipped(_message.Message):
    __slots__ = ("conversation", "skipped", "after_seq")
    CONVERSATION_FIELD_NUMBER: _ClassVar[int]
    SKIPPED_FIELD_NUMBER: _ClassVar[int]
    AFTER_SEQ_FIELD_NUMBER: _ClassVar[int]
    conversation: Conversation
    skipped: int
    after_seq: int
    def __init__(self, conversation: _Optional[_Union[Conversation, _Mapping]] = ..., skipped: _Optional[int] = ..., after_seq: _Optional[int] = ...) -> None: ...

class SubscribeRequest(_message.Message):
    __slots__ = ("cursors",)
    CURSORS_FIELD_NUMBER: _ClassVar[int]
    cursors: _containers.RepeatedCompositeFieldContainer[Cursor]
    def __init__(self, cursors: _Optional[_Iterable[_Union[Cursor, _Mapping]]] = ...) -> None: ...

class SubscribeResponse(_message.Message):
    __slots__ = ("event", "presence", "presence_summary")
    EVENT_FIELD_NUMBER: _ClassVar[int]
    PRESENCE_FIELD_NUMBER: _ClassVar[int]
    PRESENCE_SUMMARY_FIELD_NUMBER: _ClassVar[int]
    event: Event
    presence: Presence
    presence_summary: PresenceSummary
    def __init__(self, event: _Optional[_Union[Event, _Mapping]] = ..., presence: _Optional[_Union[Presence, _Mapping]] = ..., presence_summary: _Optional[_Union[PresenceSummary, _Mapping]] = ...) -> None: ...

class ReceiveRequest(_message.Message):
    __slots__ = ("cursors",)
    CURSORS_FIELD_NUMBER: _ClassVar[int]
    cursors: _containers.RepeatedCompositeFieldContainer[Cursor]
    def __init__(self, cursors: _Optional[_Iterable[_Union[Cursor, _Mapping]]] = ...) -> None: ...

class ReceiveResponse(_message.Message):
    __slots__ = ("event", "presence", "presence_summary", "ready", "error", "read_marker", "typing", "unread_skipped")
    EVENT_FIELD_NUMBER: _ClassVar[int]
    PRESENCE_FIELD_NUMBER: _ClassVar[int]
    PRESENCE_SUMMARY_FIELD_NUMBER: _ClassVar[int]
    READY_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    READ_MARKER_FIELD_NUMBER: _ClassVar[int]
    TYPING_FIELD_NUMBER: _ClassVar[int]
    UNREAD_SKIPPED_FIELD_NUMBER: _ClassVar[int]
    event: Event
    presence: Presence
    presence_summary: PresenceSummary
    ready: Ready
    error: ChatError
    read_marker: ReadMarker
    typing: Typing
    unread_skipped: UnreadSkipped
    def __init__(self, event: _Optional[_Union[Event, _Mapping]] = ..., presence: _Optional[_Union[Presence, _Mapping]] = ..., presence_summary: _Optional[_Union[PresenceSummary, _Mapping]] = ..., ready: _Optional[_Union[Ready, _Mapping]] = ..., error: _Optional[_Union[ChatError, _Mapping]] = ..., read_marker: _Optional[_Union[ReadMarker, _Mapping]] = ..., typing: _Optional[_Union[Typing, _Mapping]] = ..., unread_skipped: _Optional[_Union[UnreadSkipped, _Mapping]] = ...) -> None: ...

class HistoryRequest(_message.Message):
    __slots__ = ("conversation", "after_seq", "before_seq", "limit", "apply_edits")
    CONVERSATION_FIELD_NUMBER: _ClassVar[int]
    AFTER_SEQ_FIELD_NUMBER: _ClassVar[int]
    BEFORE_SEQ_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    APPLY_EDITS_FIELD_NUMBER: _ClassVar[int]
    conversation: Conversation
    after_seq: int
    before_seq: int
    limit: int
    apply_edits: bool
    def __init__(self, conversation: _Optional[_Union[Conversation, _Mapping]] = ..., after_seq: _Optional[int] = ..., before_seq: _Optional[int] = ..., limit: _Optional[int] = ..., apply_edits: _Optional[bool] = ...) -> None: ...

class HistoryResponse(_message.Message):
    __slots__ = ("events", "last_seq")
    EVENTS_FIELD_NUMBER: _ClassVar[int]
    LAST_SEQ_FIELD_NUMBER: _ClassVar[int]
    events: _containers.RepeatedCompositeFieldContainer[Event]
    last_seq: int
    def __init__(self, events: _Optional[_Iterable[_Union[Event, _Mapping]]] = ..., last_seq: _Optional[int] = ...) -> None: ...

class ListRoomsRequest(_message.Message):
    __slots__ = ("page_token", "limit")
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    page_token: str
    limit: int
    def __init__(self, page_token: _Optional[str] = ..., limit: _Optional[int] = ...) -> None: ...

class ListRoomsResponse(_message.Message):
    __slots__ = ("rooms", "next_page_token")
    ROOMS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    rooms: _containers.RepeatedCompositeFieldContainer[RoomInfo]
    next_page_token: str
    def __init__(self, rooms: _Optional[_Iterable[_Union[RoomInfo, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class RoomInfo(_message.Message):
    __slots__ = ("name", "member_count", "is_member", "last_seq", "private", "topic", "role", "invited", "unread_count", "read_seq")
    NAME_FIELD_NUMBER: _ClassVar[int]
    MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    IS_MEMBER_FIELD_NUMBER: _ClassVar[int]
    LAST_SEQ_FIELD_NUMBER: _ClassVar[int]
    PRIVATE_FIELD_NUMBER: _ClassVar[int]
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    INVITED_FIELD_NUMBER: _ClassVar[int]
    UNREAD_COUNT_FIELD_NUMBER: _ClassVar[int]
    READ_SEQ_FIELD_NUMBER: _ClassVar[int]
    name: str
    member_count: int
    is_member: bool
    last_seq: int
    private: bool
    topic: str
    role: Role
    invited: bool
    unread_count: int
    read_seq: int
    def __init__(self, name: _Optional[str] = ..., member_count: _Optional[int] = ..., is_member: _Optional[bool] = ..., last_seq: _Optional[int] = ..., private: _Optional[bool] = ..., topic: _Optional[str] = ..., role: _Optional[_Union[Role, str]] = ..., invited: _Optional[bool] = ..., unread_count: _Optional[int] = ..., read_seq: _Optional[int] = ...) -> None: ...

class ListMembersRequest(_message.Message):
    __slots__ = ("room", "page_token", "limit")
    ROOM_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    room: str
    page_token: str
    limit: int
    def __init__(self, room: _Optional[str] = ..., page_token: _Optional[str] = ..., limit: _Optional[int] = ...) -> None: ...

class ListMembersResponse(_message.Message):
    __slots__ = ("members", "next_page_token")
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    members: _containers.RepeatedCompositeFieldContainer[Member]
    next_page_token: str
    def __init__(self, members: _Optional[_Iterable[_Union[Member, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class Member(_message.Message):
    __slots__ = ("user", "state", "role")
    USER_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    user: str
    state: PresenceState
    role: Role
    def __init__(self, user: _Optional[str] = ..., state: _Optional[_Union[PresenceState, str]] = ..., role: _Optional[_Union[Role, str]] = ...) -> None: ...

class InviteRequest(_message.Message):
    __slots__ = ("room", "user")
    ROOM_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    room: str
    user: str
    def __init__(self, room: _Optional[str] = ..., user: _Optional[str] = ...) -> None: ...

class InviteResponse(_message.Message):
    __slots__ = ("seq", "changed")
    SEQ_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELD_NUMBER: _ClassVar[int]
    seq: int
    changed: bool
    def __init__(self, seq: _Optional[int] = ..., changed: _Optional[bool] = ...) -> None: ...

class KickRequest(_message.Message):
    __slots__ = ("room", "user", "reason")
    ROOM_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    room: str
    user: str
    reason: str
    def __init__(self, room: _Optional[str] = ..., user: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class KickResponse(_message.Message):
    __slots__ = ("seq",)
    SEQ_FIELD_NUMBER: _ClassVar[int]
    seq: int
    def __init__(self, seq: _Optional[int] = ...) -> None: ...

class BanRequest(_message.Message):
    __slots__ = ("room", "user", "reason")
    ROOM_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    room: str
    user: str
    reason: str
    def __init__(self, room: _Optional[str] = ..., user: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class BanResponse(_message.Message):
    __slots__ = ("seq", "changed")
    SEQ_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELD_NUMBER: _ClassVar[int]
    seq: int
    changed: bool
    def __init__(self, seq: _Optional[int] = ..., changed: _Optional[bool] = ...) -> None: ...

class UnbanRequest(_message.Message):
    __slots__ = ("room", "user")
    ROOM_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    room: str
    user: str
    def __init__(self, room: _Optional[str] = ..., user: _Optional[str] = ...) -> None: ...

class UnbanResponse(_message.Message):
    __slots__ = ("seq", "changed")
    SEQ_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELD_NUMBER: _ClassVar[int]
    seq: int
    changed: bool
    def __init__(self, seq: _Optional[int] = ..., changed: _Optional[bool] = ...) -> None: ...

class SetTopicRequest(_message.Message):
    __slots__ = ("room", "topic")
    ROOM_FIELD_NUMBER: _ClassVar[int]
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    room: str
    topic: str
    def __init__(self, room: _Optional[str] = ..., topic: _Optional[str] = ...) -> None: ...

class SetTopicResponse(_message.Message):
    __slots__ = ("seq", "changed")
    SEQ_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELD_NUMBER: _ClassVar[int]
    seq: int
    changed: bool
    def __init__(self, seq: _Optional[int] = ..., changed: _Optional[bool] = ...) -> None: ...

class SetRoleRequest(_message.Message):
    __slots__ = ("room", "user", "role")
    ROOM_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    room: str
    user: str
    role: Role
    def __init__(self, room: _Optional[str] = ..., user: _Optional[str] = ..., role: _Optional[_Union[Role, str]] = ...) -> None: ...

class SetRoleResponse(_message.Message):
    __slots__ = ("seq", "changed")
    SEQ_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELD_NUMBER: _ClassVar[int]
    seq: int
    changed: bool
    def __init__(self, seq: _Optional[int] = ..., changed: _Optional[bool] = ...) -> None: ...

class BlockRequest(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: str
    def __init__(self, user: _Optional[str] = ...) -> None: ...

class BlockResponse(_message.Message):
    __slots__ = ("changed",)
    CHANGED_FIELD_NUMBER: _ClassVar[int]
    changed: bool
    def __init__(self, changed: _Optional[bool] = ...) -> None: ...

class UnblockRequest(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: str
    def __init__(self, user: _Optional[str] = ...) -> None: ...

class UnblockResponse(_message.Message):
    __slots__ = ("changed",)
    CHANGED_FIELD_NUMBER: _ClassVar[int]
    changed: bool
    def __init__(self, changed: _Optional[bool] = ...) -> None: ...

class EditMessageRequest(_message.Message):
    __slots__ = ("conversation", "seq", "text")
    CONVERSATION_FIELD_NUMBER: _ClassVar[int]
    SEQ_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    conversation: Conversation
    seq: int
    text: str
    def __init__(self, conversation: _Optional[_Union[Conversation, _Mapping]] = ..., seq: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class EditMessageResponse(_message.Message):
    __slots__ = ("seq",)
    SEQ_FIELD_NUMBER: _ClassVar[int]
    seq: int
    def __init__(self, seq: _Optional[int] = ...) -> None: ...

class DeleteMessageRequest(_message.Message):
    __slots__ = ("conversation", "seq")
    CONVERSATION_FIELD_NUMBER: _ClassVar[int]
    SEQ_FIELD_NUMBER: _ClassVar[int]
    conversation: Conversation
    seq: int
    def __init__(self, conversation: _Optional[_Union[Conversation, _Mapping]] = ..., seq: _Optional[int] = ...) -> None: ...

class DeleteMessageResponse(_message.Message):
    __slots__ = ("seq", "changed")
    SEQ_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELD_NUMBER: _ClassVar[int]
    seq: int
    changed: bool
    def __init__(self, seq: _Optional[int] = ..., changed: _Optional[bool] = ...) -> None: ...

class ReactRequest(_message.Message):
    __slots__ = ("conversation", "seq", "reaction", "remove")
    CONVERSATION_FIELD_NUMBER: _ClassVar[int]
    SEQ_FIELD_NUMBER: _ClassVar[int]
    REACTION_FIELD_NUMBER: _ClassVar[int]
    REMOVE_FIELD_NUMBER: _ClassVar[int]
    conversation: Conversation
    seq: int
    reaction: str
    remove: bool
    def __init__(self, conversation: _Optional[_Union[Conversation, _Mapping]] = ..., seq: _Optional[int] = ..., reaction: _Optional[str] = ..., remove: _Optional[bool] = ...) -> None: ...

class ReactResponse(_message.Message):
    __slots__ = ("seq", "changed")
    SEQ_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELD_NUMBER: _ClassVar[int]
    seq: int
    changed: bool
    def __init__(self, seq: _Optional[int] = ..., changed: _Optional[bool] = ...) -> None: ...

class SearchRequest(_message.Message):
    __slots__ = ("query", "page_token", "limit")
    QUERY_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    query: str
    page_token: str
    limit: int
    def __init__(self, query: _Optional[str] = ..., page_token: _Optional[str] = ..., limit: _Optional[int] = ...) -> None: ...

class SearchResponse(_message.Message):
    __slots__ = ("events", "next_page_token")
    EVENTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    events: _containers.RepeatedCompositeFieldContainer[Event]
    next_page_token: str
    def __init__(self, events: _Optional[_Iterable[_Union[Event, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class MarkReadRequest(_message.Message):
    __slots__ = ("conversation", "seq")
    CONVERSATION_FIELD_NUMBER: _ClassVar[int]
    SEQ_FIELD_NUMBER: _ClassVar[int]
    conversation: Conversation
    seq: int
    def __init__(self, conversation: _Optional[_Union[Conversation, _Mapping]] = ..., seq: _Optional[int] = ...) -> None: ...

class MarkReadResponse(_message.Message):
    __slots__ = ("read_seq", "changed")
    READ_SEQ_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELD_NUMBER: _ClassVar[int]
    read_seq: int
    changed: bool
    def __init__(self, read_seq: _Optional[int] = ..., changed: _Optional[bool] = ...) -> None: ...

class ListConversationsRequest(_message.Message):
    __slots__ = ("page_token", "limit")
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    page_token: str
    limit: int
    def __init__(self, page_token: _Optional[str] = ..., limit: _Optional[int] = ...) -> None: ...

class ListConversationsResponse(_message.Message):
    __slots__ = ("conversations", "next_page_token")
    CONVERSATIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    conversations: _containers.RepeatedCompositeFieldContainer[ConversationInfo]
    next_page_token: str
    def __init__(self, conversations: _Optional[_Iterable[_Union[ConversationInfo, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ConversationInfo(_message.Message):
    __slots__ = ("conversation", "last_event", "read_seq", "unread_count")
    CONVERSATION_FIELD_NUMBER: _ClassVar[int]
    LAST_EVENT_FIELD_NUMBER: _ClassVar[int]
    READ_SEQ_FIELD_NUMBER: _ClassVar[int]
    UNREAD_COUNT_FIELD_NUMBER: _ClassVar[int]
    conversation: Conversation
    last_event: Event
    read_seq: int
    unread_count: int
    def __init__(self, conversation: _Optional[_Union[Conversation, _Mapping]] = ..., last_event: _Optional[_Union[Event, _Mapping]] = ..., read_seq: _Optional[int] = ..., unread_count: _Optional[int] = ...) -> None: ...

class SendTypingRequest(_message.Message):
    __slots__ = ("conversation",)
    CONVERSATION_FIELD_NUMBER: _ClassVar[int]
    conversation: Conversation
    def __init__(self, conversation: _Optional[_Union[Conversation, _Mapping]] = ...) -> None: ...

class SendTypingResponse(_message.Message):
    __slots__ = ("passed_on", "expires_at")
    PASSED_ON_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    passed_on: bool
    expires_at: _timestamp_pb2.Timestamp
    def __init__(self, passed_on: _Optional[bool] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SetReadReceiptsRequest(_message.Message):
    __slots__ = ("enabled",)
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    enabled: bool
    def __init__(self, enabled: _Optional[bool] = ...) -> None: ...

class SetReadReceiptsResponse(_message.Message):
    __slots__ = ("changed",)
    CHANGED_FIELD_NUMBER: _ClassVar[int]
    changed: bool
    def __init__(self, changed: _Optional[bool] = ...) -> None: ...
