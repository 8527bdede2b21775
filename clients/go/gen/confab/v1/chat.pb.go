// confab: a gRPC streaming chat service.
//
// This file is the contract and the API reference for every language.
//
// Identity
// --------
// The caller's identity comes from request metadata, never from a request
// body. In `open` mode (the default, for development) the caller names
// itself with the header `x-confab-user: NAME`. In `jwt` mode the caller
// sends `authorization: Bearer TOKEN` (gRPC and gRPC-Web alike), a JWT
// signed with a key the operator configured (HS256, RS256, ES256 or EdDSA,
// as the key implies; `alg: none` is never accepted). Its `sub` is the user
// name (the usual name rules); `exp` is required, and `nbf`, `iss` and
// `aud` are checked as configured, with some leeway for clock skew;
// `x-confab-user` is ignored. A call without a valid identity fails with
// UNAUTHENTICATED, and the message says which check failed ("token
// expired", "token signature is invalid", ...).
//
// A token's expiry holds for streams too: a Chat or Subscribe stream ends
// with UNAUTHENTICATED "token expired" when its token does (`exp` plus the
// leeway). A client then gets a new token and resumes from its cursors,
// losing nothing; a Chat session can instead send a `refresh` command with
// a new token for the same user before then, and goes on.
//
// Names
// -----
// User and room names are 1 to 32 characters from `a-z`, `0-9`, `_`, `-`
// and `.`, starting with a letter or a digit. Names are case-sensitive as
// given, so `Lobby` is refused (upper case is not allowed) rather than
// silently folded. A bad name fails with INVALID_ARGUMENT.
//
// Text
// ----
// Message text is UTF-8, not empty and not only white space, and at most
// the server's limit (4096 bytes unless the operator says otherwise).
// Violations fail with INVALID_ARGUMENT and store nothing.
//
// Conversations and sequence numbers
// ----------------------------------
// Every room has one ordered log of events (messages, joins, leaves), and so
// does every pair of users who exchange private messages. The server assigns
// each stored event a sequence number `seq` in its conversation: 1, 2, 3, ...
// with no gaps. An event is stored before it is acknowledged or delivered.
// A client that remembers the last `seq` it saw in each conversation (its
// cursors) can resume and receive exactly what it missed, in order, once.
// A client that resumes without cursors gets its private messages from
// where the server saw its sessions last; the server cannot know what a
// client received, so after a server crash that may repeat a few seconds'
// worth: without cursors, at least once; with cursors, exactly once.
//
// Errors
// ------
// INVALID_ARGUMENT    bad name, empty or oversized text, malformed request
//                     (including bytes that are not a valid message: the
//                     status names the field)
// FAILED_PRECONDITION sending to or reading a room the caller is not in
// NOT_FOUND           a private message to a user who does not exist; a
//                     room that does not exist, or a private room the
//                     caller may not see (see "Rooms with doors")
// PERMISSION_DENIED   a moderation call by someone without the role for it;
//                     joining a room one is banned from; a private message
//                     to a user who blocked the sender
// ALREADY_EXISTS      CreateRoom of a name that is taken
// UNAUTHENTICATED     no or bad identity
// RESOURCE_EXHAUSTED  a size or rate limit; a join that would create a room
//                     beyond the caller's room quota
// OUT_OF_RANGE        a cursor ahead of what the conversation holds, or a
//                     gRPC message over the server's size limit (64 KiB
//                     unless the operator says otherwise)
//
// Rooms with doors
// ----------------
// A room is public (anyone may join it; listed to all) or private
// (invite-only). A room created by a join is public; CreateRoom creates a
// room of either kind. A room's privacy never changes afterwards. To a user who
// is neither a member nor invited (nor a server administrator), a private
// room does not exist: every call naming it (Join, Leave, SendMessage,
// History, Subscribe, ListMembers, a Chat resume cursor, every moderation
// call) fails with NOT_FOUND and the message of a room that does not exist,
// and ListRooms leaves it out. Room names are one namespace, so a join of a
// name taken by a private room cannot create a second room of that name
// (Join answers NOT_FOUND, CreateRoom ALREADY_EXISTS).
//
// A room's creator is its owner; every member has a role: owner, moderator
// or member. Owners and moderators invite, kick (with an optional reason),
// ban and unban (a banned user is no longer a member, cannot re-join and
// cannot read the room) and set the topic; only the owner appoints and
// removes moderators; nobody can kick, ban or demote the owner, and a
// moderator cannot kick or ban another moderator. A server administrator
// (the operator's `--admin`) moderates every room, private ones included.
// Each of these changes is an event in the room's log, with its seq,
// delivered like a join. A kicked or banned user's open Chat sessions and
// Subscribe streams get the event, then nothing more of that room.
//
// A user may create only so many rooms (the operator's
// `--max-rooms-per-user`): a join that would create one more fails with
// RESOURCE_EXHAUSTED and creates nothing (so does CreateRoom).
//
// Blocking
// --------
// A user may block another: private messages from a blocked user are then
// refused with PERMISSION_DENIED ("bob does not accept private messages
// from you") and nothing is stored. Blocking does not touch rooms.
//
// Read positions and unread counts
// --------------------------------
// Each user has a read position per conversation: the seq they have read
// up to, 0 until they mark anything (joining a room sets it to the join's
// seq). It only moves forward (MarkRead, or the Chat `mark_read`
// command): a mark at or behind it is not an error, it changes nothing.
// When it moves, every session of the user (the marking one too, on
// every node) gets a `read_marker` frame; markers are not stored, so a
// session that lags may miss one (`Ready` and ListConversations tell the
// position again), and a client keeps the highest it has seen. A
// conversation's unread count is the number of message events with a seq
// above the read position sent by someone else. With read receipts on
// (SetReadReceipts), a private peer's sessions see the marker too.
//
// A session that resumes with no cursors at all (a `resume` frame with no
// cursors, a Receive with none: a new device) gets, per room, the events
// after the read position, at most the server's limit per room (100
// unless the operator says otherwise); when more were unread, an
// `unread_skipped` frame first says how many older ones it left out.
//
// Typing
// ------
// `typing` (Chat) or SendTyping says the caller is typing in a
// conversation. It is not stored and has no seq: the other online members
// of the room (or the private peer) get a `typing` frame, nobody else. It
// holds until `expires_at` (5 s) unless renewed; a client sends it again
// while the user goes on typing. The server passes on at most one per user
// per conversation per second and drops the rest without an error. In a
// big room (see PresenceSummary) typing comes folded into the room's
// periodic presence summary instead of one frame per signal.

// Code generated by protoc-gen-go. DO NOT EDIT.
// versions:
// 	protoc-gen-go v1.36.12
// 	protoc        (unknown)
// source: confab/v1/chat.proto

package confabv1

import (
	protoreflect "google.golang.org/protobuf/reflect/protoreflect"
	protoimpl "google.golang.org/protobuf/runtime/protoimpl"
	timestamppb "google.golang.org/protobuf/types/known/timestamppb"
	reflect "reflect"
	sync "sync"
	unsafe "unsafe"
)

const (
	// Verify that this generated code is sufficiently up-to-date.
	_ = protoimpl.EnforceVersion(20 - protoimpl.MinVersion)
	// Verify that runtime/protoimpl is sufficiently up-to-date.
	_ = protoimpl.EnforceVersion(protoimpl.MaxVersion - 20)
)

// What a member may do in a room.
type Role int32

const (
	// Not a member (or not said).
	Role_ROLE_UNSPECIFIED Role = 0
	// Talks in the room.
	Role_ROLE_MEMBER Role = 1
	// Also invites, kicks, bans, unbans and sets the topic.
	Role_ROLE_MODERATOR Role = 2
	// Created the room: a moderator who also appoints moderators, and whom
	// nobody can kick, ban or demote.
	Role_ROLE_OWNER Role = 3
)

// Enum value maps for Role.
var (
	Role_name = map[int32]string{
		0: "ROLE_UNSPECIFIED",
		1: "ROLE_MEMBER",
		2: "ROLE_MODERATOR",
		3: "ROLE_OWNER",
	}
	Role_value = map[string]int32{
		"ROLE_UNSPECIFIED": 0,
		"ROLE_MEMBER":      1,
		"ROLE_MODERATOR":   2,
		"ROLE_OWNER":       3,
	}
)

func (x Role) Enum() *Role {
	p := new(Role)
	*p = x
	return p
}

func (x Role) String() string {
	return protoimpl.X.EnumStringOf(x.Descriptor(), protoreflect.EnumNumber(x))
}

func (Role) Descriptor() protoreflect.EnumDescriptor {
	return file_confab_v1_chat_proto_enumTypes[0].Descriptor()
}

func (Role) Type() protoreflect.EnumType {
	return &file_confab_v1_chat_proto_enumTypes[0]
}

func (x Role) Number() protoreflect.EnumNumber {
	return protoreflect.EnumNumber(x)
}

// Deprecated: Use Role.Descriptor instead.
func (Role) EnumDescriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{0}
}

// Whether a user has a live Chat session.
type PresenceState int32

const (
	// Never sent.
	PresenceState_PRESENCE_STATE_UNSPECIFIED PresenceState = 0
	// The user has at least one Chat session open.
	PresenceState_PRESENCE_STATE_ONLINE PresenceState = 1
	// The user's last Chat session closed.
	PresenceState_PRESENCE_STATE_OFFLINE PresenceState = 2
)

// Enum value maps for PresenceState.
var (
	PresenceState_name = map[int32]string{
		0: "PRESENCE_STATE_UNSPECIFIED",
		1: "PRESENCE_STATE_ONLINE",
		2: "PRESENCE_STATE_OFFLINE",
	}
	PresenceState_value = map[string]int32{
		"PRESENCE_STATE_UNSPECIFIED": 0,
		"PRESENCE_STATE_ONLINE":      1,
		"PRESENCE_STATE_OFFLINE":     2,
	}
)

func (x PresenceState) Enum() *PresenceState {
	p := new(PresenceState)
	*p = x
	return p
}

func (x PresenceState) String() string {
	return protoimpl.X.EnumStringOf(x.Descriptor(), protoreflect.EnumNumber(x))
}

func (PresenceState) Descriptor() protoreflect.EnumDescriptor {
	return file_confab_v1_chat_proto_enumTypes[1].Descriptor()
}

func (PresenceState) Type() protoreflect.EnumType {
	return &file_confab_v1_chat_proto_enumTypes[1]
}

func (x PresenceState) Number() protoreflect.EnumNumber {
	return protoreflect.EnumNumber(x)
}

// Deprecated: Use PresenceState.Descriptor instead.
func (PresenceState) EnumDescriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{1}
}

// Names a conversation from the caller's point of view.
type Conversation struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// Exactly one must be set.
	//
	// Types that are valid to be assigned to Kind:
	//
	//	*Conversation_Room
	//	*Conversation_Peer
	Kind          isConversation_Kind `protobuf_oneof:"kind"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *Conversation) Reset() {
	*x = Conversation{}
	mi := &file_confab_v1_chat_proto_msgTypes[0]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *Conversation) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*Conversation) ProtoMessage() {}

func (x *Conversation) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[0]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use Conversation.ProtoReflect.Descriptor instead.
func (*Conversation) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{0}
}

func (x *Conversation) GetKind() isConversation_Kind {
	if x != nil {
		return x.Kind
	}
	return nil
}

func (x *Conversation) GetRoom() string {
	if x != nil {
		if x, ok := x.Kind.(*Conversation_Room); ok {
			return x.Room
		}
	}
	return ""
}

func (x *Conversation) GetPeer() string {
	if x != nil {
		if x, ok := x.Kind.(*Conversation_Peer); ok {
			return x.Peer
		}
	}
	return ""
}

type isConversation_Kind interface {
	isConversation_Kind()
}

type Conversation_Room struct {
	// A room, by name.
	Room string `protobuf:"bytes,1,opt,name=room,proto3,oneof"`
}

type Conversation_Peer struct {
	// The private conversation between the caller and this user.
	Peer string `protobuf:"bytes,2,opt,name=peer,proto3,oneof"`
}

func (*Conversation_Room) isConversation_Kind() {}

func (*Conversation_Peer) isConversation_Kind() {}

// The last sequence number a client has seen in one conversation.
type Cursor struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The conversation this cursor belongs to.
	Conversation *Conversation `protobuf:"bytes,1,opt,name=conversation,proto3" json:"conversation,omitempty"`
	// Deliver events with `seq` greater than this. Absent: deliver only live
	// events from now on. 0: deliver the conversation from its start.
	AfterSeq      *uint64 `protobuf:"varint,2,opt,name=after_seq,json=afterSeq,proto3,oneof" json:"after_seq,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *Cursor) Reset() {
	*x = Cursor{}
	mi := &file_confab_v1_chat_proto_msgTypes[1]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *Cursor) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*Cursor) ProtoMessage() {}

func (x *Cursor) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[1]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use Cursor.ProtoReflect.Descriptor instead.
func (*Cursor) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{1}
}

func (x *Cursor) GetConversation() *Conversation {
	if x != nil {
		return x.Conversation
	}
	return nil
}

func (x *Cursor) GetAfterSeq() uint64 {
	if x != nil && x.AfterSeq != nil {
		return *x.AfterSeq
	}
	return 0
}

// A stored event of a conversation.
type Event struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The room this event belongs to; empty for a private message.
	Room string `protobuf:"bytes,1,opt,name=room,proto3" json:"room,omitempty"`
	// Position in its conversation's log; starts at 1, no gaps.
	Seq uint64 `protobuf:"varint,2,opt,name=seq,proto3" json:"seq,omitempty"`
	// Who caused the event: the author of a message, the user who joined or
	// left, the owner or moderator who invited, kicked, banned, unbanned,
	// set the topic or changed a role.
	Sender string `protobuf:"bytes,3,opt,name=sender,proto3" json:"sender,omitempty"`
	// For a private message: the user it was sent to. Empty for room events.
	// The conversation's peer, seen from a client, is `recipient` if the
	// client is the sender and `sender` otherwise.
	Recipient string `protobuf:"bytes,4,opt,name=recipient,proto3" json:"recipient,omitempty"`
	// When the server stored the event.
	Time *timestamppb.Timestamp `protobuf:"bytes,5,opt,name=time,proto3" json:"time,omitempty"`
	// What happened.
	//
	// Types that are valid to be assigned to Kind:
	//
	//	*Event_Message
	//	*Event_Joined
	//	*Event_Left
	//	*Event_Invited
	//	*Event_Kicked
	//	*Event_Banned
	//	*Event_Unbanned
	//	*Event_TopicSet
	//	*Event_RoleChanged
	//	*Event_Edited
	//	*Event_Deleted
	//	*Event_ReactionAdded
	//	*Event_ReactionRemoved
	Kind isEvent_Kind `protobuf_oneof:"kind"`
	// For invited, kicked, banned, unbanned and role_changed: the user acted
	// on. Empty otherwise.
	Target string `protobuf:"bytes,20,opt,name=target,proto3" json:"target,omitempty"`
	// For kicked and banned: the reason given, possibly empty.
	Reason string `protobuf:"bytes,21,opt,name=reason,proto3" json:"reason,omitempty"`
	// For topic_set: the new topic (empty: cleared).
	Topic string `protobuf:"bytes,22,opt,name=topic,proto3" json:"topic,omitempty"`
	// For role_changed: the target's new role.
	Role Role `protobuf:"varint,23,opt,name=role,proto3,enum=confab.v1.Role" json:"role,omitempty"`
	// For edited, deleted, reaction_added and reaction_removed: the seq, in
	// the same conversation, of the message changed.
	RefSeq uint64 `protobuf:"varint,24,opt,name=ref_seq,json=refSeq,proto3" json:"ref_seq,omitempty"`
	// For reaction_added and reaction_removed: the reaction (see
	// ReactRequest).
	Reaction      string `protobuf:"bytes,25,opt,name=reaction,proto3" json:"reaction,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *Event) Reset() {
	*x = Event{}
	mi := &file_confab_v1_chat_proto_msgTypes[2]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *Event) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*Event) ProtoMessage() {}

func (x *Event) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[2]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use Event.ProtoReflect.Descriptor instead.
func (*Event) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{2}
}

func (x *Event) GetRoom() string {
	if x != nil {
		return x.Room
	}
	return ""
}

func (x *Event) GetSeq() uint64 {
	if x != nil {
		return x.Seq
	}
	return 0
}

func (x *Event) GetSender() string {
	if x != nil {
		return x.Sender
	}
	return ""
}

func (x *Event) GetRecipient() string {
	if x != nil {
		return x.Recipient
	}
	return ""
}

func (x *Event) GetTime() *timestamppb.Timestamp {
	if x != nil {
		return x.Time
	}
	return nil
}

func (x *Event) GetKind() isEvent_Kind {
	if x != nil {
		return x.Kind
	}
	return nil
}

func (x *Event) GetMessage() *Message {
	if x != nil {
		if x, ok := x.Kind.(*Event_Message); ok {
			return x.Message
		}
	}
	return nil
}

func (x *Event) GetJoined() *Joined {
	if x != nil {
		if x, ok := x.Kind.(*Event_Joined); ok {
			return x.Joined
		}
	}
	return nil
}

func (x *Event) GetLeft() *Left {
	if x != nil {
		if x, ok := x.Kind.(*Event_Left); ok {
			return x.Left
		}
	}
	return nil
}

func (x *Event) GetInvited() *Invited {
	if x != nil {
		if x, ok := x.Kind.(*Event_Invited); ok {
			return x.Invited
		}
	}
	return nil
}

func (x *Event) GetKicked() *Kicked {
	if x != nil {
		if x, ok := x.Kind.(*Event_Kicked); ok {
			return x.Kicked
		}
	}
	return nil
}

func (x *Event) GetBanned() *Banned {
	if x != nil {
		if x, ok := x.Kind.(*Event_Banned); ok {
			return x.Banned
		}
	}
	return nil
}

func (x *Event) GetUnbanned() *Unbanned {
	if x != nil {
		if x, ok := x.Kind.(*Event_Unbanned); ok {
			return x.Unbanned
		}
	}
	return nil
}

func (x *Event) GetTopicSet() *TopicSet {
	if x != nil {
		if x, ok := x.Kind.(*Event_TopicSet); ok {
			return x.TopicSet
		}
	}
	return nil
}

func (x *Event) GetRoleChanged() *RoleChanged {
	if x != nil {
		if x, ok := x.Kind.(*Event_RoleChanged); ok {
			return x.RoleChanged
		}
	}
	return nil
}

func (x *Event) GetEdited() *MessageEdited {
	if x != nil {
		if x, ok := x.Kind.(*Event_Edited); ok {
			return x.Edited
		}
	}
	return nil
}

func (x *Event) GetDeleted() *MessageDeleted {
	if x != nil {
		if x, ok := x.Kind.(*Event_Deleted); ok {
			return x.Deleted
		}
	}
	return nil
}

func (x *Event) GetReactionAdded() *ReactionAdded {
	if x != nil {
		if x, ok := x.Kind.(*Event_ReactionAdded); ok {
			return x.ReactionAdded
		}
	}
	return nil
}

func (x *Event) GetReactionRemoved() *ReactionRemoved {
	if x != nil {
		if x, ok := x.Kind.(*Event_ReactionRemoved); ok {
			return x.ReactionRemoved
		}
	}
	return nil
}

func (x *Event) GetTarget() string {
	if x != nil {
		return x.Target
	}
	return ""
}

func (x *Event) GetReason() string {
	if x != nil {
		return x.Reason
	}
	return ""
}

func (x *Event) GetTopic() string {
	if x != nil {
		return x.Topic
	}
	return ""
}

func (x *Event) GetRole() Role {
	if x != nil {
		return x.Role
	}
	return Role_ROLE_UNSPECIFIED
}

func (x *Event) GetRefSeq() uint64 {
	if x != nil {
		return x.RefSeq
	}
	return 0
}

func (x *Event) GetReaction() string {
	if x != nil {
		return x.Reaction
	}
	return ""
}

type isEvent_Kind interface {
	isEvent_Kind()
}

type Event_Message struct {
	// A chat message (room or private).
	Message *Message `protobuf:"bytes,6,opt,name=message,proto3,oneof"`
}

type Event_Joined struct {
	// `sender` became a member of `room`.
	Joined *Joined `protobuf:"bytes,7,opt,name=joined,proto3,oneof"`
}

type Event_Left struct {
	// `sender` stopped being a member of `room`.
	Left *Left `protobuf:"bytes,8,opt,name=left,proto3,oneof"`
}

type Event_Invited struct {
	// `sender` invited `target` to `room`.
	Invited *Invited `protobuf:"bytes,9,opt,name=invited,proto3,oneof"`
}

type Event_Kicked struct {
	// `sender` removed `target` from `room`, for `reason`.
	Kicked *Kicked `protobuf:"bytes,10,opt,name=kicked,proto3,oneof"`
}

type Event_Banned struct {
	// `sender` banned `target` from `room`, for `reason`.
	Banned *Banned `protobuf:"bytes,11,opt,name=banned,proto3,oneof"`
}

type Event_Unbanned struct {
	// `sender` lifted the ban of `target`.
	Unbanned *Unbanned `protobuf:"bytes,12,opt,name=unbanned,proto3,oneof"`
}

type Event_TopicSet struct {
	// `sender` set the room's topic to `topic`.
	TopicSet *TopicSet `protobuf:"bytes,13,opt,name=topic_set,json=topicSet,proto3,oneof"`
}

type Event_RoleChanged struct {
	// `sender` gave `target` the role `role`.
	RoleChanged *RoleChanged `protobuf:"bytes,14,opt,name=role_changed,json=roleChanged,proto3,oneof"`
}

type Event_Edited struct {
	// `sender` (its author) edited the message at `ref_seq`.
	Edited *MessageEdited `protobuf:"bytes,15,opt,name=edited,proto3,oneof"`
}

type Event_Deleted struct {
	// `sender` (its author, or a moderator) deleted the message at
	// `ref_seq`.
	Deleted *MessageDeleted `protobuf:"bytes,16,opt,name=deleted,proto3,oneof"`
}

type Event_ReactionAdded struct {
	// `sender` reacted with `reaction` to the message at `ref_seq`.
	ReactionAdded *ReactionAdded `protobuf:"bytes,17,opt,name=reaction_added,json=reactionAdded,proto3,oneof"`
}

type Event_ReactionRemoved struct {
	// `sender` took back its `reaction` to the message at `ref_seq`.
	ReactionRemoved *ReactionRemoved `protobuf:"bytes,18,opt,name=reaction_removed,json=reactionRemoved,proto3,oneof"`
}

func (*Event_Message) isEvent_Kind() {}

func (*Event_Joined) isEvent_Kind() {}

func (*Event_Left) isEvent_Kind() {}

func (*Event_Invited) isEvent_Kind() {}

func (*Event_Kicked) isEvent_Kind() {}

func (*Event_Banned) isEvent_Kind() {}

func (*Event_Unbanned) isEvent_Kind() {}

func (*Event_TopicSet) isEvent_Kind() {}

func (*Event_RoleChanged) isEvent_Kind() {}

func (*Event_Edited) isEvent_Kind() {}

func (*Event_Deleted) isEvent_Kind() {}

func (*Event_ReactionAdded) isEvent_Kind() {}

func (*Event_ReactionRemoved) isEvent_Kind() {}

// The body of a chat message.
type Message struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The text, as sent (in History with `apply_edits`: as last edited).
	// Empty once the message is deleted: a delete erases the text from the
	// server's storage, not only from view.
	Text string `protobuf:"bytes,1,opt,name=text,proto3" json:"text,omitempty"`
	// The id the sender gave the message to make retries safe; empty if none.
	ClientMessageId string `protobuf:"bytes,2,opt,name=client_message_id,json=clientMessageId,proto3" json:"client_message_id,omitempty"`
	// The seq, in the same conversation, of the message this one replies to.
	ReplyToSeq *uint64 `protobuf:"varint,3,opt,name=reply_to_seq,json=replyToSeq,proto3,oneof" json:"reply_to_seq,omitempty"`
	// History with `apply_edits` only: the message was edited (`text` is
	// the latest edit's).
	Edited bool `protobuf:"varint,4,opt,name=edited,proto3" json:"edited,omitempty"`
	// The message was deleted (its text is gone; its `deleted` event
	// follows in the log).
	Deleted bool `protobuf:"varint,5,opt,name=deleted,proto3" json:"deleted,omitempty"`
	// History only: each reaction the message has, with how many users gave
	// it, in reaction order (byte-wise); none once deleted.
	Reactions     []*ReactionCount `protobuf:"bytes,6,rep,name=reactions,proto3" json:"reactions,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *Message) Reset() {
	*x = Message{}
	mi := &file_confab_v1_chat_proto_msgTypes[3]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *Message) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*Message) ProtoMessage() {}

func (x *Message) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[3]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use Message.ProtoReflect.Descriptor instead.
func (*Message) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{3}
}

func (x *Message) GetText() string {
	if x != nil {
		return x.Text
	}
	return ""
}

func (x *Message) GetClientMessageId() string {
	if x != nil {
		return x.ClientMessageId
	}
	return ""
}

func (x *Message) GetReplyToSeq() uint64 {
	if x != nil && x.ReplyToSeq != nil {
		return *x.ReplyToSeq
	}
	return 0
}

func (x *Message) GetEdited() bool {
	if x != nil {
		return x.Edited
	}
	return false
}

func (x *Message) GetDeleted() bool {
	if x != nil {
		return x.Deleted
	}
	return false
}

func (x *Message) GetReactions() []*ReactionCount {
	if x != nil {
		return x.Reactions
	}
	return nil
}

// How many users gave one reaction to a message.
type ReactionCount struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The reaction.
	Reaction string `protobuf:"bytes,1,opt,name=reaction,proto3" json:"reaction,omitempty"`
	// How many users gave it.
	Count         uint32 `protobuf:"varint,2,opt,name=count,proto3" json:"count,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *ReactionCount) Reset() {
	*x = ReactionCount{}
	mi := &file_confab_v1_chat_proto_msgTypes[4]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *ReactionCount) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*ReactionCount) ProtoMessage() {}

func (x *ReactionCount) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[4]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use ReactionCount.ProtoReflect.Descriptor instead.
func (*ReactionCount) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{4}
}

func (x *ReactionCount) GetReaction() string {
	if x != nil {
		return x.Reaction
	}
	return ""
}

func (x *ReactionCount) GetCount() uint32 {
	if x != nil {
		return x.Count
	}
	return 0
}

// A message was edited; see `Event.ref_seq`.
type MessageEdited struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The new text; empty once the message was deleted (a delete erases
	// its edits' texts too).
	Text          string `protobuf:"bytes,1,opt,name=text,proto3" json:"text,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *MessageEdited) Reset() {
	*x = MessageEdited{}
	mi := &file_confab_v1_chat_proto_msgTypes[5]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *MessageEdited) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*MessageEdited) ProtoMessage() {}

func (x *MessageEdited) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[5]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use MessageEdited.ProtoReflect.Descriptor instead.
func (*MessageEdited) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{5}
}

func (x *MessageEdited) GetText() string {
	if x != nil {
		return x.Text
	}
	return ""
}

// A message was deleted; see `Event.ref_seq`. Its text, and its edits',
// are erased from storage: History and resume show the message with
// `deleted` set and no text.
type MessageDeleted struct {
	state         protoimpl.MessageState `protogen:"open.v1"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *MessageDeleted) Reset() {
	*x = MessageDeleted{}
	mi := &file_confab_v1_chat_proto_msgTypes[6]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *MessageDeleted) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*MessageDeleted) ProtoMessage() {}

func (x *MessageDeleted) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[6]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use MessageDeleted.ProtoReflect.Descriptor instead.
func (*MessageDeleted) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{6}
}

// A reaction was added to a message; see `Event.ref_seq` and
// `Event.reaction`.
type ReactionAdded struct {
	state         protoimpl.MessageState `protogen:"open.v1"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *ReactionAdded) Reset() {
	*x = ReactionAdded{}
	mi := &file_confab_v1_chat_proto_msgTypes[7]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *ReactionAdded) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*ReactionAdded) ProtoMessage() {}

func (x *ReactionAdded) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[7]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use ReactionAdded.ProtoReflect.Descriptor instead.
func (*ReactionAdded) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{7}
}

// A reaction was taken back; see `Event.ref_seq` and `Event.reaction`.
type ReactionRemoved struct {
	state         protoimpl.MessageState `protogen:"open.v1"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *ReactionRemoved) Reset() {
	*x = ReactionRemoved{}
	mi := &file_confab_v1_chat_proto_msgTypes[8]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *ReactionRemoved) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*ReactionRemoved) ProtoMessage() {}

func (x *ReactionRemoved) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[8]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use ReactionRemoved.ProtoReflect.Descriptor instead.
func (*ReactionRemoved) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{8}
}

// A member joined a room.
type Joined struct {
	state         protoimpl.MessageState `protogen:"open.v1"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *Joined) Reset() {
	*x = Joined{}
	mi := &file_confab_v1_chat_proto_msgTypes[9]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *Joined) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*Joined) ProtoMessage() {}

func (x *Joined) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[9]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use Joined.ProtoReflect.Descriptor instead.
func (*Joined) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{9}
}

// A member left a room.
type Left struct {
	state         protoimpl.MessageState `protogen:"open.v1"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *Left) Reset() {
	*x = Left{}
	mi := &file_confab_v1_chat_proto_msgTypes[10]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *Left) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*Left) ProtoMessage() {}

func (x *Left) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[10]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use Left.ProtoReflect.Descriptor instead.
func (*Left) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{10}
}

// A user was invited to a room; see `Event.target`.
type Invited struct {
	state         protoimpl.MessageState `protogen:"open.v1"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *Invited) Reset() {
	*x = Invited{}
	mi := &file_confab_v1_chat_proto_msgTypes[11]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *Invited) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*Invited) ProtoMessage() {}

func (x *Invited) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[11]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use Invited.ProtoReflect.Descriptor instead.
func (*Invited) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{11}
}

// A member was removed from a room; see `Event.target` and `Event.reason`.
type Kicked struct {
	state         protoimpl.MessageState `protogen:"open.v1"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *Kicked) Reset() {
	*x = Kicked{}
	mi := &file_confab_v1_chat_proto_msgTypes[12]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *Kicked) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*Kicked) ProtoMessage() {}

func (x *Kicked) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[12]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use Kicked.ProtoReflect.Descriptor instead.
func (*Kicked) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{12}
}

// A user was banned from a room; see `Event.target` and `Event.reason`.
type Banned struct {
	state         protoimpl.MessageState `protogen:"open.v1"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *Banned) Reset() {
	*x = Banned{}
	mi := &file_confab_v1_chat_proto_msgTypes[13]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *Banned) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*Banned) ProtoMessage() {}

func (x *Banned) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[13]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use Banned.ProtoReflect.Descriptor instead.
func (*Banned) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{13}
}

// A user's ban was lifted; see `Event.target`.
type Unbanned struct {
	state         protoimpl.MessageState `protogen:"open.v1"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *Unbanned) Reset() {
	*x = Unbanned{}
	mi := &file_confab_v1_chat_proto_msgTypes[14]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *Unbanned) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*Unbanned) ProtoMessage() {}

func (x *Unbanned) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[14]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use Unbanned.ProtoReflect.Descriptor instead.
func (*Unbanned) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{14}
}

// The room's topic was set; see `Event.topic`.
type TopicSet struct {
	state         protoimpl.MessageState `protogen:"open.v1"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *TopicSet) Reset() {
	*x = TopicSet{}
	mi := &file_confab_v1_chat_proto_msgTypes[15]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *TopicSet) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*TopicSet) ProtoMessage() {}

func (x *TopicSet) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[15]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use TopicSet.ProtoReflect.Descriptor instead.
func (*TopicSet) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{15}
}

// A member's role changed; see `Event.target` and `Event.role`.
type RoleChanged struct {
	state         protoimpl.MessageState `protogen:"open.v1"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *RoleChanged) Reset() {
	*x = RoleChanged{}
	mi := &file_confab_v1_chat_proto_msgTypes[16]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *RoleChanged) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*RoleChanged) ProtoMessage() {}

func (x *RoleChanged) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[16]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use RoleChanged.ProtoReflect.Descriptor instead.
func (*RoleChanged) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{16}
}

// A user's online state changed. Not stored and without a seq: presence is
// what connections change, membership is what outlives them.
type Presence struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The room being told (one of the rooms the user is in).
	Room string `protobuf:"bytes,1,opt,name=room,proto3" json:"room,omitempty"`
	// Whose state changed.
	User string `protobuf:"bytes,2,opt,name=user,proto3" json:"user,omitempty"`
	// The new state.
	State         PresenceState `protobuf:"varint,3,opt,name=state,proto3,enum=confab.v1.PresenceState" json:"state,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *Presence) Reset() {
	*x = Presence{}
	mi := &file_confab_v1_chat_proto_msgTypes[17]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *Presence) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*Presence) ProtoMessage() {}

func (x *Presence) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[17]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use Presence.ProtoReflect.Descriptor instead.
func (*Presence) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{17}
}

func (x *Presence) GetRoom() string {
	if x != nil {
		return x.Room
	}
	return ""
}

func (x *Presence) GetUser() string {
	if x != nil {
		return x.User
	}
	return ""
}

func (x *Presence) GetState() PresenceState {
	if x != nil {
		return x.State
	}
	return PresenceState_PRESENCE_STATE_UNSPECIFIED
}

// The presence changes and typing of a big room, coalesced. A room
// followed by more live sessions than the server's threshold gets one of
// these every few seconds (when anything changed) instead of one Presence
// or Typing per change, so neither floods its members.
type PresenceSummary struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The room being told.
	Room string `protobuf:"bytes,1,opt,name=room,proto3" json:"room,omitempty"`
	// Users whose last state in the period was online, in name order.
	Online []string `protobuf:"bytes,2,rep,name=online,proto3" json:"online,omitempty"`
	// Users whose last state in the period was offline, in name order.
	Offline []string `protobuf:"bytes,3,rep,name=offline,proto3" json:"offline,omitempty"`
	// Who said they were typing in the period, each with the latest
	// `expires_at`, in name order; shown as single `typing` frames are. The
	// summary is the same for every member, so it may name the receiving
	// user, whom a client leaves out. Subscribe streams get no typing.
	Typing        []*Typing `protobuf:"bytes,4,rep,name=typing,proto3" json:"typing,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *PresenceSummary) Reset() {
	*x = PresenceSummary{}
	mi := &file_confab_v1_chat_proto_msgTypes[18]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *PresenceSummary) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*PresenceSummary) ProtoMessage() {}

func (x *PresenceSummary) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[18]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use PresenceSummary.ProtoReflect.Descriptor instead.
func (*PresenceSummary) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{18}
}

func (x *PresenceSummary) GetRoom() string {
	if x != nil {
		return x.Room
	}
	return ""
}

func (x *PresenceSummary) GetOnline() []string {
	if x != nil {
		return x.Online
	}
	return nil
}

func (x *PresenceSummary) GetOffline() []string {
	if x != nil {
		return x.Offline
	}
	return nil
}

func (x *PresenceSummary) GetTyping() []*Typing {
	if x != nil {
		return x.Typing
	}
	return nil
}

// Request of Join.
type JoinRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The room to join; see "Names" at the top of this file.
	Room          string `protobuf:"bytes,1,opt,name=room,proto3" json:"room,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *JoinRequest) Reset() {
	*x = JoinRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[19]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *JoinRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*JoinRequest) ProtoMessage() {}

func (x *JoinRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[19]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use JoinRequest.ProtoReflect.Descriptor instead.
func (*JoinRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{19}
}

func (x *JoinRequest) GetRoom() string {
	if x != nil {
		return x.Room
	}
	return ""
}

// Response of Join.
type JoinResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The seq of the stored `joined` event, or, if the caller was already a
	// member, the room's latest seq.
	Seq uint64 `protobuf:"varint,1,opt,name=seq,proto3" json:"seq,omitempty"`
	// False if the caller was already a member (nothing was stored).
	Joined        bool `protobuf:"varint,2,opt,name=joined,proto3" json:"joined,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *JoinResponse) Reset() {
	*x = JoinResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[20]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *JoinResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*JoinResponse) ProtoMessage() {}

func (x *JoinResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[20]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use JoinResponse.ProtoReflect.Descriptor instead.
func (*JoinResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{20}
}

func (x *JoinResponse) GetSeq() uint64 {
	if x != nil {
		return x.Seq
	}
	return 0
}

func (x *JoinResponse) GetJoined() bool {
	if x != nil {
		return x.Joined
	}
	return false
}

// Request of CreateRoom.
type CreateRoomRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The room to create; see "Names" at the top of this file.
	Room string `protobuf:"bytes,1,opt,name=room,proto3" json:"room,omitempty"`
	// Invite-only (see "Rooms with doors"); false: public, as Join creates.
	Private       bool `protobuf:"varint,2,opt,name=private,proto3" json:"private,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *CreateRoomRequest) Reset() {
	*x = CreateRoomRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[21]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *CreateRoomRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*CreateRoomRequest) ProtoMessage() {}

func (x *CreateRoomRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[21]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use CreateRoomRequest.ProtoReflect.Descriptor instead.
func (*CreateRoomRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{21}
}

func (x *CreateRoomRequest) GetRoom() string {
	if x != nil {
		return x.Room
	}
	return ""
}

func (x *CreateRoomRequest) GetPrivate() bool {
	if x != nil {
		return x.Private
	}
	return false
}

// Response of CreateRoom.
type CreateRoomResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The seq of the creator's `joined` event (1).
	Seq           uint64 `protobuf:"varint,1,opt,name=seq,proto3" json:"seq,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *CreateRoomResponse) Reset() {
	*x = CreateRoomResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[22]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *CreateRoomResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*CreateRoomResponse) ProtoMessage() {}

func (x *CreateRoomResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[22]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use CreateRoomResponse.ProtoReflect.Descriptor instead.
func (*CreateRoomResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{22}
}

func (x *CreateRoomResponse) GetSeq() uint64 {
	if x != nil {
		return x.Seq
	}
	return 0
}

// Request of Leave.
type LeaveRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The room to leave.
	Room          string `protobuf:"bytes,1,opt,name=room,proto3" json:"room,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *LeaveRequest) Reset() {
	*x = LeaveRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[23]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *LeaveRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*LeaveRequest) ProtoMessage() {}

func (x *LeaveRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[23]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use LeaveRequest.ProtoReflect.Descriptor instead.
func (*LeaveRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{23}
}

func (x *LeaveRequest) GetRoom() string {
	if x != nil {
		return x.Room
	}
	return ""
}

// Response of Leave.
type LeaveResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The seq of the stored `left` event.
	Seq           uint64 `protobuf:"varint,1,opt,name=seq,proto3" json:"seq,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *LeaveResponse) Reset() {
	*x = LeaveResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[24]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *LeaveResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*LeaveResponse) ProtoMessage() {}

func (x *LeaveResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[24]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use LeaveResponse.ProtoReflect.Descriptor instead.
func (*LeaveResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{24}
}

func (x *LeaveResponse) GetSeq() uint64 {
	if x != nil {
		return x.Seq
	}
	return 0
}

// Request of SendMessage.
type SendMessageRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// Where the message goes; exactly one must be set.
	//
	// Types that are valid to be assigned to Target:
	//
	//	*SendMessageRequest_Room
	//	*SendMessageRequest_ToUser
	Target isSendMessageRequest_Target `protobuf_oneof:"target"`
	// The message text; see "Text" at the top of this file.
	Text string `protobuf:"bytes,3,opt,name=text,proto3" json:"text,omitempty"`
	// Optional, at most 64 bytes, unique per sender: a retry with the same id
	// stores nothing new and returns the original seq.
	ClientMessageId string `protobuf:"bytes,4,opt,name=client_message_id,json=clientMessageId,proto3" json:"client_message_id,omitempty"`
	// Optional: the seq of the message, in the same conversation, this one
	// replies to. It must be a message there (INVALID_ARGUMENT otherwise,
	// and nothing is stored); a deleted one will do.
	ReplyToSeq    *uint64 `protobuf:"varint,5,opt,name=reply_to_seq,json=replyToSeq,proto3,oneof" json:"reply_to_seq,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *SendMessageRequest) Reset() {
	*x = SendMessageRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[25]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *SendMessageRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*SendMessageRequest) ProtoMessage() {}

func (x *SendMessageRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[25]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use SendMessageRequest.ProtoReflect.Descriptor instead.
func (*SendMessageRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{25}
}

func (x *SendMessageRequest) GetTarget() isSendMessageRequest_Target {
	if x != nil {
		return x.Target
	}
	return nil
}

func (x *SendMessageRequest) GetRoom() string {
	if x != nil {
		if x, ok := x.Target.(*SendMessageRequest_Room); ok {
			return x.Room
		}
	}
	return ""
}

func (x *SendMessageRequest) GetToUser() string {
	if x != nil {
		if x, ok := x.Target.(*SendMessageRequest_ToUser); ok {
			return x.ToUser
		}
	}
	return ""
}

func (x *SendMessageRequest) GetText() string {
	if x != nil {
		return x.Text
	}
	return ""
}

func (x *SendMessageRequest) GetClientMessageId() string {
	if x != nil {
		return x.ClientMessageId
	}
	return ""
}

func (x *SendMessageRequest) GetReplyToSeq() uint64 {
	if x != nil && x.ReplyToSeq != nil {
		return *x.ReplyToSeq
	}
	return 0
}

type isSendMessageRequest_Target interface {
	isSendMessageRequest_Target()
}

type SendMessageRequest_Room struct {
	// A room the caller is a member of.
	Room string `protobuf:"bytes,1,opt,name=room,proto3,oneof"`
}

type SendMessageRequest_ToUser struct {
	// A user, privately. Sending to yourself is INVALID_ARGUMENT.
	ToUser string `protobuf:"bytes,2,opt,name=to_user,json=toUser,proto3,oneof"`
}

func (*SendMessageRequest_Room) isSendMessageRequest_Target() {}

func (*SendMessageRequest_ToUser) isSendMessageRequest_Target() {}

// Response of SendMessage.
type SendMessageResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The stored message's seq in its conversation.
	Seq uint64 `protobuf:"varint,1,opt,name=seq,proto3" json:"seq,omitempty"`
	// True if this was a retry of an already stored message.
	Duplicate     bool `protobuf:"varint,2,opt,name=duplicate,proto3" json:"duplicate,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *SendMessageResponse) Reset() {
	*x = SendMessageResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[26]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *SendMessageResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*SendMessageResponse) ProtoMessage() {}

func (x *SendMessageResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[26]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use SendMessageResponse.ProtoReflect.Descriptor instead.
func (*SendMessageResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{26}
}

func (x *SendMessageResponse) GetSeq() uint64 {
	if x != nil {
		return x.Seq
	}
	return 0
}

func (x *SendMessageResponse) GetDuplicate() bool {
	if x != nil {
		return x.Duplicate
	}
	return false
}

// One frame from the client on a Chat stream.
type ChatRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// Chosen by the client, echoed in the `ack` or `error` for this frame.
	RequestId string `protobuf:"bytes,1,opt,name=request_id,json=requestId,proto3" json:"request_id,omitempty"`
	// What to do; exactly one must be set.
	//
	// Types that are valid to be assigned to Command:
	//
	//	*ChatRequest_Resume
	//	*ChatRequest_Join
	//	*ChatRequest_Leave
	//	*ChatRequest_Send
	//	*ChatRequest_Refresh
	//	*ChatRequest_Invite
	//	*ChatRequest_Kick
	//	*ChatRequest_Ban
	//	*ChatRequest_Unban
	//	*ChatRequest_SetTopic
	//	*ChatRequest_SetRole
	//	*ChatRequest_Block
	//	*ChatRequest_Unblock
	//	*ChatRequest_CreateRoom
	//	*ChatRequest_Edit
	//	*ChatRequest_Delete
	//	*ChatRequest_React
	//	*ChatRequest_MarkRead
	//	*ChatRequest_Typing
	Command       isChatRequest_Command `protobuf_oneof:"command"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *ChatRequest) Reset() {
	*x = ChatRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[27]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *ChatRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*ChatRequest) ProtoMessage() {}

func (x *ChatRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[27]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use ChatRequest.ProtoReflect.Descriptor instead.
func (*ChatRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{27}
}

func (x *ChatRequest) GetRequestId() string {
	if x != nil {
		return x.RequestId
	}
	return ""
}

func (x *ChatRequest) GetCommand() isChatRequest_Command {
	if x != nil {
		return x.Command
	}
	return nil
}

func (x *ChatRequest) GetResume() *ResumeCommand {
	if x != nil {
		if x, ok := x.Command.(*ChatRequest_Resume); ok {
			return x.Resume
		}
	}
	return nil
}

func (x *ChatRequest) GetJoin() *JoinRequest {
	if x != nil {
		if x, ok := x.Command.(*ChatRequest_Join); ok {
			return x.Join
		}
	}
	return nil
}

func (x *ChatRequest) GetLeave() *LeaveRequest {
	if x != nil {
		if x, ok := x.Command.(*ChatRequest_Leave); ok {
			return x.Leave
		}
	}
	return nil
}

func (x *ChatRequest) GetSend() *SendMessageRequest {
	if x != nil {
		if x, ok := x.Command.(*ChatRequest_Send); ok {
			return x.Send
		}
	}
	return nil
}

func (x *ChatRequest) GetRefresh() *RefreshCommand {
	if x != nil {
		if x, ok := x.Command.(*ChatRequest_Refresh); ok {
			return x.Refresh
		}
	}
	return nil
}

func (x *ChatRequest) GetInvite() *InviteRequest {
	if x != nil {
		if x, ok := x.Command.(*ChatRequest_Invite); ok {
			return x.Invite
		}
	}
	return nil
}

func (x *ChatRequest) GetKick() *KickRequest {
	if x != nil {
		if x, ok := x.Command.(*ChatRequest_Kick); ok {
			return x.Kick
		}
	}
	return nil
}

func (x *ChatRequest) GetBan() *BanRequest {
	if x != nil {
		if x, ok := x.Command.(*ChatRequest_Ban); ok {
			return x.Ban
		}
	}
	return nil
}

func (x *ChatRequest) GetUnban() *UnbanRequest {
	if x != nil {
		if x, ok := x.Command.(*ChatRequest_Unban); ok {
			return x.Unban
		}
	}
	return nil
}

func (x *ChatRequest) GetSetTopic() *SetTopicRequest {
	if x != nil {
		if x, ok := x.Command.(*ChatRequest_SetTopic); ok {
			return x.SetTopic
		}
	}
	return nil
}

func (x *ChatRequest) GetSetRole() *SetRoleRequest {
	if x != nil {
		if x, ok := x.Command.(*ChatRequest_SetRole); ok {
			return x.SetRole
		}
	}
	return nil
}

func (x *ChatRequest) GetBlock() *BlockRequest {
	if x != nil {
		if x, ok := x.Command.(*ChatRequest_Block); ok {
			return x.Block
		}
	}
	return nil
}

func (x *ChatRequest) GetUnblock() *UnblockRequest {
	if x != nil {
		if x, ok := x.Command.(*ChatRequest_Unblock); ok {
			return x.Unblock
		}
	}
	return nil
}

func (x *ChatRequest) GetCreateRoom() *CreateRoomRequest {
	if x != nil {
		if x, ok := x.Command.(*ChatRequest_CreateRoom); ok {
			return x.CreateRoom
		}
	}
	return nil
}

func (x *ChatRequest) GetEdit() *EditMessageRequest {
	if x != nil {
		if x, ok := x.Command.(*ChatRequest_Edit); ok {
			return x.Edit
		}
	}
	return nil
}

func (x *ChatRequest) GetDelete() *DeleteMessageRequest {
	if x != nil {
		if x, ok := x.Command.(*ChatRequest_Delete); ok {
			return x.Delete
		}
	}
	return nil
}

func (x *ChatRequest) GetReact() *ReactRequest {
	if x != nil {
		if x, ok := x.Command.(*ChatRequest_React); ok {
			return x.React
		}
	}
	return nil
}

func (x *ChatRequest) GetMarkRead() *MarkReadRequest {
	if x != nil {
		if x, ok := x.Command.(*ChatRequest_MarkRead); ok {
			return x.MarkRead
		}
	}
	return nil
}

func (x *ChatRequest) GetTyping() *SendTypingRequest {
	if x != nil {
		if x, ok := x.Command.(*ChatRequest_Typing); ok {
			return x.Typing
		}
	}
	return nil
}

type isChatRequest_Command interface {
	isChatRequest_Command()
}

type ChatRequest_Resume struct {
	// Replay what was missed; only meaningful as the first frame.
	Resume *ResumeCommand `protobuf:"bytes,2,opt,name=resume,proto3,oneof"`
}

type ChatRequest_Join struct {
	// Join a room.
	Join *JoinRequest `protobuf:"bytes,3,opt,name=join,proto3,oneof"`
}

type ChatRequest_Leave struct {
	// Leave a room.
	Leave *LeaveRequest `protobuf:"bytes,4,opt,name=leave,proto3,oneof"`
}

type ChatRequest_Send struct {
	// Send a message to a room or a user.
	Send *SendMessageRequest `protobuf:"bytes,5,opt,name=send,proto3,oneof"`
}

type ChatRequest_Refresh struct {
	// Replace the session's token (`jwt` mode), before it expires.
	Refresh *RefreshCommand `protobuf:"bytes,6,opt,name=refresh,proto3,oneof"`
}

type ChatRequest_Invite struct {
	// Invite a user to a room (as the Invite RPC).
	Invite *InviteRequest `protobuf:"bytes,7,opt,name=invite,proto3,oneof"`
}

type ChatRequest_Kick struct {
	// Kick a member (as the Kick RPC).
	Kick *KickRequest `protobuf:"bytes,8,opt,name=kick,proto3,oneof"`
}

type ChatRequest_Ban struct {
	// Ban a user (as the Ban RPC).
	Ban *BanRequest `protobuf:"bytes,9,opt,name=ban,proto3,oneof"`
}

type ChatRequest_Unban struct {
	// Lift a ban (as the Unban RPC).
	Unban *UnbanRequest `protobuf:"bytes,10,opt,name=unban,proto3,oneof"`
}

type ChatRequest_SetTopic struct {
	// Set a room's topic (as the SetTopic RPC).
	SetTopic *SetTopicRequest `protobuf:"bytes,11,opt,name=set_topic,json=setTopic,proto3,oneof"`
}

type ChatRequest_SetRole struct {
	// Change a member's role (as the SetRole RPC).
	SetRole *SetRoleRequest `protobuf:"bytes,12,opt,name=set_role,json=setRole,proto3,oneof"`
}

type ChatRequest_Block struct {
	// Block a user (as the Block RPC). The ack names the private
	// conversation with the user; `duplicate` if already blocked.
	Block *BlockRequest `protobuf:"bytes,13,opt,name=block,proto3,oneof"`
}

type ChatRequest_Unblock struct {
	// Unblock a user (as the Unblock RPC).
	Unblock *UnblockRequest `protobuf:"bytes,14,opt,name=unblock,proto3,oneof"`
}

type ChatRequest_CreateRoom struct {
	// Create a room (as the CreateRoom RPC).
	CreateRoom *CreateRoomRequest `protobuf:"bytes,15,opt,name=create_room,json=createRoom,proto3,oneof"`
}

type ChatRequest_Edit struct {
	// Edit a message (as the EditMessage RPC).
	Edit *EditMessageRequest `protobuf:"bytes,18,opt,name=edit,proto3,oneof"`
}

type ChatRequest_Delete struct {
	// Delete a message (as the DeleteMessage RPC); `duplicate` if it was
	// deleted already.
	Delete *DeleteMessageRequest `protobuf:"bytes,19,opt,name=delete,proto3,oneof"`
}

type ChatRequest_React struct {
	// Add or remove a reaction (as the React RPC); `duplicate` if nothing
	// changed.
	React *ReactRequest `protobuf:"bytes,20,opt,name=react,proto3,oneof"`
}

type ChatRequest_MarkRead struct {
	// Move the read position (as the MarkRead RPC). The ack's `seq` is the
	// read position after it; `duplicate` if it did not move.
	MarkRead *MarkReadRequest `protobuf:"bytes,16,opt,name=mark_read,json=markRead,proto3,oneof"`
}

type ChatRequest_Typing struct {
	// Say the caller is typing (as the SendTyping RPC). Acked with no
	// seq; `duplicate` if it was not passed on (within a second of the
	// last).
	Typing *SendTypingRequest `protobuf:"bytes,17,opt,name=typing,proto3,oneof"`
}

func (*ChatRequest_Resume) isChatRequest_Command() {}

func (*ChatRequest_Join) isChatRequest_Command() {}

func (*ChatRequest_Leave) isChatRequest_Command() {}

func (*ChatRequest_Send) isChatRequest_Command() {}

func (*ChatRequest_Refresh) isChatRequest_Command() {}

func (*ChatRequest_Invite) isChatRequest_Command() {}

func (*ChatRequest_Kick) isChatRequest_Command() {}

func (*ChatRequest_Ban) isChatRequest_Command() {}

func (*ChatRequest_Unban) isChatRequest_Command() {}

func (*ChatRequest_SetTopic) isChatRequest_Command() {}

func (*ChatRequest_SetRole) isChatRequest_Command() {}

func (*ChatRequest_Block) isChatRequest_Command() {}

func (*ChatRequest_Unblock) isChatRequest_Command() {}

func (*ChatRequest_CreateRoom) isChatRequest_Command() {}

func (*ChatRequest_Edit) isChatRequest_Command() {}

func (*ChatRequest_Delete) isChatRequest_Command() {}

func (*ChatRequest_React) isChatRequest_Command() {}

func (*ChatRequest_MarkRead) isChatRequest_Command() {}

func (*ChatRequest_Typing) isChatRequest_Command() {}

// A new token for the session, checked like the one the session was
// opened with. Valid and for the same user: acked (an `ack` with no
// conversation), and the session now ends when the new token expires.
// Invalid (expired, bad signature, ...): an `error` (UNAUTHENTICATED), and
// the session goes on until the old token expires. Valid but for another
// user: an `error`, then the session ends with UNAUTHENTICATED; a session
// never changes its user. In `open` mode there is no token to refresh: an
// `error` (INVALID_ARGUMENT).
type RefreshCommand struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The new token (the JWT alone, without `Bearer `).
	Token         string `protobuf:"bytes,1,opt,name=token,proto3" json:"token,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *RefreshCommand) Reset() {
	*x = RefreshCommand{}
	mi := &file_confab_v1_chat_proto_msgTypes[28]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *RefreshCommand) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*RefreshCommand) ProtoMessage() {}

func (x *RefreshCommand) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[28]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use RefreshCommand.ProtoReflect.Descriptor instead.
func (*RefreshCommand) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{28}
}

func (x *RefreshCommand) GetToken() string {
	if x != nil {
		return x.Token
	}
	return ""
}

// Resume from cursors. Every conversation named gets what came after its
// cursor, then live events. Rooms not named are live only (with no cursors
// at all, each room is replayed from the read position instead, capped:
// see "Read positions and unread counts"). Private
// conversations not named resume where the caller's sessions were last
// seen (saved when a session ends and a few seconds after each private
// event), so private messages sent while the caller was offline wait for
// them; after a server crash some may come again (at least once). Name
// every conversation with a cursor for exactly once. A cursor that cannot
// be honoured (a bad name, no conversation, yourself as the peer, a room
// you are not in, a seq ahead of the conversation) gets an `error` naming
// it; the others are replayed as usual.
type ResumeCommand struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// One per conversation to replay.
	Cursors       []*Cursor `protobuf:"bytes,1,rep,name=cursors,proto3" json:"cursors,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *ResumeCommand) Reset() {
	*x = ResumeCommand{}
	mi := &file_confab_v1_chat_proto_msgTypes[29]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *ResumeCommand) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*ResumeCommand) ProtoMessage() {}

func (x *ResumeCommand) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[29]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use ResumeCommand.ProtoReflect.Descriptor instead.
func (*ResumeCommand) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{29}
}

func (x *ResumeCommand) GetCursors() []*Cursor {
	if x != nil {
		return x.Cursors
	}
	return nil
}

// One frame from the server on a Chat stream. A `resume` frame is answered
// by `ready` (and an `error` per cursor that could not be honoured); every
// other command by an `ack` or an `error`.
type ChatResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// Exactly one is set.
	//
	// Types that are valid to be assigned to Frame:
	//
	//	*ChatResponse_Event
	//	*ChatResponse_Presence
	//	*ChatResponse_Ack
	//	*ChatResponse_Error
	//	*ChatResponse_Ready
	//	*ChatResponse_PresenceSummary
	//	*ChatResponse_ReadMarker
	//	*ChatResponse_Typing
	//	*ChatResponse_UnreadSkipped
	Frame         isChatResponse_Frame `protobuf_oneof:"frame"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *ChatResponse) Reset() {
	*x = ChatResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[30]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *ChatResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*ChatResponse) ProtoMessage() {}

func (x *ChatResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[30]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use ChatResponse.ProtoReflect.Descriptor instead.
func (*ChatResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{30}
}

func (x *ChatResponse) GetFrame() isChatResponse_Frame {
	if x != nil {
		return x.Frame
	}
	return nil
}

func (x *ChatResponse) GetEvent() *Event {
	if x != nil {
		if x, ok := x.Frame.(*ChatResponse_Event); ok {
			return x.Event
		}
	}
	return nil
}

func (x *ChatResponse) GetPresence() *Presence {
	if x != nil {
		if x, ok := x.Frame.(*ChatResponse_Presence); ok {
			return x.Presence
		}
	}
	return nil
}

func (x *ChatResponse) GetAck() *Ack {
	if x != nil {
		if x, ok := x.Frame.(*ChatResponse_Ack); ok {
			return x.Ack
		}
	}
	return nil
}

func (x *ChatResponse) GetError() *ChatError {
	if x != nil {
		if x, ok := x.Frame.(*ChatResponse_Error); ok {
			return x.Error
		}
	}
	return nil
}

func (x *ChatResponse) GetReady() *Ready {
	if x != nil {
		if x, ok := x.Frame.(*ChatResponse_Ready); ok {
			return x.Ready
		}
	}
	return nil
}

func (x *ChatResponse) GetPresenceSummary() *PresenceSummary {
	if x != nil {
		if x, ok := x.Frame.(*ChatResponse_PresenceSummary); ok {
			return x.PresenceSummary
		}
	}
	return nil
}

func (x *ChatResponse) GetReadMarker() *ReadMarker {
	if x != nil {
		if x, ok := x.Frame.(*ChatResponse_ReadMarker); ok {
			return x.ReadMarker
		}
	}
	return nil
}

func (x *ChatResponse) GetTyping() *Typing {
	if x != nil {
		if x, ok := x.Frame.(*ChatResponse_Typing); ok {
			return x.Typing
		}
	}
	return nil
}

func (x *ChatResponse) GetUnreadSkipped() *UnreadSkipped {
	if x != nil {
		if x, ok := x.Frame.(*ChatResponse_UnreadSkipped); ok {
			return x.UnreadSkipped
		}
	}
	return nil
}

type isChatResponse_Frame interface {
	isChatResponse_Frame()
}

type ChatResponse_Event struct {
	// A stored event of one of the caller's rooms or private conversations.
	Event *Event `protobuf:"bytes,1,opt,name=event,proto3,oneof"`
}

type ChatResponse_Presence struct {
	// A change of a room member's online state.
	Presence *Presence `protobuf:"bytes,2,opt,name=presence,proto3,oneof"`
}

type ChatResponse_Ack struct {
	// A command of this session succeeded.
	Ack *Ack `protobuf:"bytes,3,opt,name=ack,proto3,oneof"`
}

type ChatResponse_Error struct {
	// A command of this session failed; the session goes on.
	Error *ChatError `protobuf:"bytes,4,opt,name=error,proto3,oneof"`
}

type ChatResponse_Ready struct {
	// The session has started and any replay asked for has been sent.
	Ready *Ready `protobuf:"bytes,5,opt,name=ready,proto3,oneof"`
}

type ChatResponse_PresenceSummary struct {
	// Coalesced presence changes of a big room.
	PresenceSummary *PresenceSummary `protobuf:"bytes,6,opt,name=presence_summary,json=presenceSummary,proto3,oneof"`
}

type ChatResponse_ReadMarker struct {
	// The caller's read position moved (another session or device), or
	// a private peer's, with read receipts on.
	ReadMarker *ReadMarker `protobuf:"bytes,7,opt,name=read_marker,json=readMarker,proto3,oneof"`
}

type ChatResponse_Typing struct {
	// Someone else is typing in one of the caller's conversations.
	Typing *Typing `protobuf:"bytes,8,opt,name=typing,proto3,oneof"`
}

type ChatResponse_UnreadSkipped struct {
	// Before a room's replay on a resume without cursors: how many older
	// unread events were left out.
	UnreadSkipped *UnreadSkipped `protobuf:"bytes,9,opt,name=unread_skipped,json=unreadSkipped,proto3,oneof"`
}

func (*ChatResponse_Event) isChatResponse_Frame() {}

func (*ChatResponse_Presence) isChatResponse_Frame() {}

func (*ChatResponse_Ack) isChatResponse_Frame() {}

func (*ChatResponse_Error) isChatResponse_Frame() {}

func (*ChatResponse_Ready) isChatResponse_Frame() {}

func (*ChatResponse_PresenceSummary) isChatResponse_Frame() {}

func (*ChatResponse_ReadMarker) isChatResponse_Frame() {}

func (*ChatResponse_Typing) isChatResponse_Frame() {}

func (*ChatResponse_UnreadSkipped) isChatResponse_Frame() {}

// A command of this session succeeded.
type Ack struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The `request_id` of the frame this answers.
	RequestId string `protobuf:"bytes,1,opt,name=request_id,json=requestId,proto3" json:"request_id,omitempty"`
	// The conversation the command touched.
	Conversation *Conversation `protobuf:"bytes,2,opt,name=conversation,proto3" json:"conversation,omitempty"`
	// The seq of the stored event (the room's latest seq for a join of a
	// room the caller was already in).
	Seq uint64 `protobuf:"varint,3,opt,name=seq,proto3" json:"seq,omitempty"`
	// True if nothing new was stored: a send that retried an already stored
	// message, or a join of a room the caller was already in.
	Duplicate     bool `protobuf:"varint,4,opt,name=duplicate,proto3" json:"duplicate,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *Ack) Reset() {
	*x = Ack{}
	mi := &file_confab_v1_chat_proto_msgTypes[31]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *Ack) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*Ack) ProtoMessage() {}

func (x *Ack) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[31]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use Ack.ProtoReflect.Descriptor instead.
func (*Ack) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{31}
}

func (x *Ack) GetRequestId() string {
	if x != nil {
		return x.RequestId
	}
	return ""
}

func (x *Ack) GetConversation() *Conversation {
	if x != nil {
		return x.Conversation
	}
	return nil
}

func (x *Ack) GetSeq() uint64 {
	if x != nil {
		return x.Seq
	}
	return 0
}

func (x *Ack) GetDuplicate() bool {
	if x != nil {
		return x.Duplicate
	}
	return false
}

// A command of this session failed.
type ChatError struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The `request_id` of the frame this answers.
	RequestId string `protobuf:"bytes,1,opt,name=request_id,json=requestId,proto3" json:"request_id,omitempty"`
	// The gRPC status code the same command would fail with as a unary call
	// (google.rpc.Code numbering: 3 INVALID_ARGUMENT, 5 NOT_FOUND, ...).
	Code int32 `protobuf:"varint,2,opt,name=code,proto3" json:"code,omitempty"`
	// What went wrong, for people.
	Message string `protobuf:"bytes,3,opt,name=message,proto3" json:"message,omitempty"`
	// For an error answering a `resume`: the conversation whose cursor could
	// not be honoured (that conversation then continues live only).
	Conversation  *Conversation `protobuf:"bytes,4,opt,name=conversation,proto3" json:"conversation,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *ChatError) Reset() {
	*x = ChatError{}
	mi := &file_confab_v1_chat_proto_msgTypes[32]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *ChatError) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*ChatError) ProtoMessage() {}

func (x *ChatError) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[32]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use ChatError.ProtoReflect.Descriptor instead.
func (*ChatError) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{32}
}

func (x *ChatError) GetRequestId() string {
	if x != nil {
		return x.RequestId
	}
	return ""
}

func (x *ChatError) GetCode() int32 {
	if x != nil {
		return x.Code
	}
	return 0
}

func (x *ChatError) GetMessage() string {
	if x != nil {
		return x.Message
	}
	return ""
}

func (x *ChatError) GetConversation() *Conversation {
	if x != nil {
		return x.Conversation
	}
	return nil
}

// The session is live.
type Ready struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The rooms the caller is a member of.
	Rooms []string `protobuf:"bytes,1,rep,name=rooms,proto3" json:"rooms,omitempty"`
	// The caller's read position and unread count in each of its rooms and
	// private conversations.
	Unread        []*UnreadCount `protobuf:"bytes,2,rep,name=unread,proto3" json:"unread,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *Ready) Reset() {
	*x = Ready{}
	mi := &file_confab_v1_chat_proto_msgTypes[33]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *Ready) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*Ready) ProtoMessage() {}

func (x *Ready) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[33]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use Ready.ProtoReflect.Descriptor instead.
func (*Ready) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{33}
}

func (x *Ready) GetRooms() []string {
	if x != nil {
		return x.Rooms
	}
	return nil
}

func (x *Ready) GetUnread() []*UnreadCount {
	if x != nil {
		return x.Unread
	}
	return nil
}

// How much of one conversation the caller has not read.
type UnreadCount struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The conversation.
	Conversation *Conversation `protobuf:"bytes,1,opt,name=conversation,proto3" json:"conversation,omitempty"`
	// The caller's read position in it.
	ReadSeq uint64 `protobuf:"varint,2,opt,name=read_seq,json=readSeq,proto3" json:"read_seq,omitempty"`
	// Message events after `read_seq` sent by someone else.
	Unread        uint64 `protobuf:"varint,3,opt,name=unread,proto3" json:"unread,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *UnreadCount) Reset() {
	*x = UnreadCount{}
	mi := &file_confab_v1_chat_proto_msgTypes[34]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *UnreadCount) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*UnreadCount) ProtoMessage() {}

func (x *UnreadCount) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[34]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use UnreadCount.ProtoReflect.Descriptor instead.
func (*UnreadCount) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{34}
}

func (x *UnreadCount) GetConversation() *Conversation {
	if x != nil {
		return x.Conversation
	}
	return nil
}

func (x *UnreadCount) GetReadSeq() uint64 {
	if x != nil {
		return x.ReadSeq
	}
	return 0
}

func (x *UnreadCount) GetUnread() uint64 {
	if x != nil {
		return x.Unread
	}
	return 0
}

// A read position moved.
type ReadMarker struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The conversation, as the receiving client names it.
	Conversation *Conversation `protobuf:"bytes,1,opt,name=conversation,proto3" json:"conversation,omitempty"`
	// Who read: the caller itself, or (a read receipt) the private peer.
	User string `protobuf:"bytes,2,opt,name=user,proto3" json:"user,omitempty"`
	// They have read up to and including this seq.
	Seq           uint64 `protobuf:"varint,3,opt,name=seq,proto3" json:"seq,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *ReadMarker) Reset() {
	*x = ReadMarker{}
	mi := &file_confab_v1_chat_proto_msgTypes[35]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *ReadMarker) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*ReadMarker) ProtoMessage() {}

func (x *ReadMarker) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[35]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use ReadMarker.ProtoReflect.Descriptor instead.
func (*ReadMarker) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{35}
}

func (x *ReadMarker) GetConversation() *Conversation {
	if x != nil {
		return x.Conversation
	}
	return nil
}

func (x *ReadMarker) GetUser() string {
	if x != nil {
		return x.User
	}
	return ""
}

func (x *ReadMarker) GetSeq() uint64 {
	if x != nil {
		return x.Seq
	}
	return 0
}

// Someone is typing.
type Typing struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The conversation, as the receiving client names it.
	Conversation *Conversation `protobuf:"bytes,1,opt,name=conversation,proto3" json:"conversation,omitempty"`
	// Who is typing.
	User string `protobuf:"bytes,2,opt,name=user,proto3" json:"user,omitempty"`
	// Until when to show it, unless another `typing` renews it.
	ExpiresAt     *timestamppb.Timestamp `protobuf:"bytes,3,opt,name=expires_at,json=expiresAt,proto3" json:"expires_at,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *Typing) Reset() {
	*x = Typing{}
	mi := &file_confab_v1_chat_proto_msgTypes[36]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *Typing) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*Typing) ProtoMessage() {}

func (x *Typing) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[36]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use Typing.ProtoReflect.Descriptor instead.
func (*Typing) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{36}
}

func (x *Typing) GetConversation() *Conversation {
	if x != nil {
		return x.Conversation
	}
	return nil
}

func (x *Typing) GetUser() string {
	if x != nil {
		return x.User
	}
	return ""
}

func (x *Typing) GetExpiresAt() *timestamppb.Timestamp {
	if x != nil {
		return x.ExpiresAt
	}
	return nil
}

// Sent before a room's replay on a resume without cursors, when more
// events were unread than the server replays.
type UnreadSkipped struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The room.
	Conversation *Conversation `protobuf:"bytes,1,opt,name=conversation,proto3" json:"conversation,omitempty"`
	// How many events after the read position were left out (the oldest).
	Skipped uint64 `protobuf:"varint,2,opt,name=skipped,proto3" json:"skipped,omitempty"`
	// The replay starts after this seq (History reads the rest).
	AfterSeq      uint64 `protobuf:"varint,3,opt,name=after_seq,json=afterSeq,proto3" json:"after_seq,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *UnreadSkipped) Reset() {
	*x = UnreadSkipped{}
	mi := &file_confab_v1_chat_proto_msgTypes[37]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *UnreadSkipped) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*UnreadSkipped) ProtoMessage() {}

func (x *UnreadSkipped) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[37]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use UnreadSkipped.ProtoReflect.Descriptor instead.
func (*UnreadSkipped) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{37}
}

func (x *UnreadSkipped) GetConversation() *Conversation {
	if x != nil {
		return x.Conversation
	}
	return nil
}

func (x *UnreadSkipped) GetSkipped() uint64 {
	if x != nil {
		return x.Skipped
	}
	return 0
}

func (x *UnreadSkipped) GetAfterSeq() uint64 {
	if x != nil {
		return x.AfterSeq
	}
	return 0
}

// Request of Subscribe.
type SubscribeRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The rooms to tail, each with an optional cursor. Only rooms are
	// accepted here; at least one is required.
	Cursors       []*Cursor `protobuf:"bytes,1,rep,name=cursors,proto3" json:"cursors,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *SubscribeRequest) Reset() {
	*x = SubscribeRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[38]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *SubscribeRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*SubscribeRequest) ProtoMessage() {}

func (x *SubscribeRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[38]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use SubscribeRequest.ProtoReflect.Descriptor instead.
func (*SubscribeRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{38}
}

func (x *SubscribeRequest) GetCursors() []*Cursor {
	if x != nil {
		return x.Cursors
	}
	return nil
}

// One frame of a Subscribe stream.
type SubscribeResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// Exactly one is set.
	//
	// Types that are valid to be assigned to Frame:
	//
	//	*SubscribeResponse_Event
	//	*SubscribeResponse_Presence
	//	*SubscribeResponse_PresenceSummary
	Frame         isSubscribeResponse_Frame `protobuf_oneof:"frame"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *SubscribeResponse) Reset() {
	*x = SubscribeResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[39]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *SubscribeResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*SubscribeResponse) ProtoMessage() {}

func (x *SubscribeResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[39]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use SubscribeResponse.ProtoReflect.Descriptor instead.
func (*SubscribeResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{39}
}

func (x *SubscribeResponse) GetFrame() isSubscribeResponse_Frame {
	if x != nil {
		return x.Frame
	}
	return nil
}

func (x *SubscribeResponse) GetEvent() *Event {
	if x != nil {
		if x, ok := x.Frame.(*SubscribeResponse_Event); ok {
			return x.Event
		}
	}
	return nil
}

func (x *SubscribeResponse) GetPresence() *Presence {
	if x != nil {
		if x, ok := x.Frame.(*SubscribeResponse_Presence); ok {
			return x.Presence
		}
	}
	return nil
}

func (x *SubscribeResponse) GetPresenceSummary() *PresenceSummary {
	if x != nil {
		if x, ok := x.Frame.(*SubscribeResponse_PresenceSummary); ok {
			return x.PresenceSummary
		}
	}
	return nil
}

type isSubscribeResponse_Frame interface {
	isSubscribeResponse_Frame()
}

type SubscribeResponse_Event struct {
	// A stored event of a subscribed room.
	Event *Event `protobuf:"bytes,1,opt,name=event,proto3,oneof"`
}

type SubscribeResponse_Presence struct {
	// A change of a member's online state in a subscribed room.
	Presence *Presence `protobuf:"bytes,2,opt,name=presence,proto3,oneof"`
}

type SubscribeResponse_PresenceSummary struct {
	// Coalesced presence changes of a big subscribed room.
	PresenceSummary *PresenceSummary `protobuf:"bytes,3,opt,name=presence_summary,json=presenceSummary,proto3,oneof"`
}

func (*SubscribeResponse_Event) isSubscribeResponse_Frame() {}

func (*SubscribeResponse_Presence) isSubscribeResponse_Frame() {}

func (*SubscribeResponse_PresenceSummary) isSubscribeResponse_Frame() {}

// Request of Receive. The stream resumes from `cursors` exactly as a Chat
// `resume` frame does (see ResumeCommand): every room the caller is in is
// followed, from its cursor if one is named and live only otherwise;
// private conversations not named resume where the caller's sessions were
// last seen; a cursor that cannot be honoured gets an `error` frame naming
// it, and that conversation continues live only. Name every conversation
// with a cursor for exactly once.
//
// While the stream is open the caller is online: its rooms see `presence`
// when its first session (Chat or Receive) opens and its last one closes,
// ListMembers shows it online, and the stream counts towards the sessions
// a user may have open, and those of its address (RESOURCE_EXHAUSTED
// beyond). A join the caller
// makes anywhere (a Join call, another device) shows its `joined` event
// and the stream follows the room from then on; a leave, kick or ban
// shows its event and the stream stops following the room. Unlike Chat,
// the events the caller's own calls stored are delivered too: the unary
// answer is the acknowledgement, and a client matches the event to it by
// seq (or client message id). The stream does not end when it follows no
// room; it ends at shutdown (UNAVAILABLE: reconnect and resume from the
// cursors) or when the caller's token expires (UNAUTHENTICATED).
type ReceiveRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// Where to resume: one cursor per conversation (rooms and private
	// conversations); may be empty.
	Cursors       []*Cursor `protobuf:"bytes,1,rep,name=cursors,proto3" json:"cursors,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *ReceiveRequest) Reset() {
	*x = ReceiveRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[40]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *ReceiveRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*ReceiveRequest) ProtoMessage() {}

func (x *ReceiveRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[40]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use ReceiveRequest.ProtoReflect.Descriptor instead.
func (*ReceiveRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{40}
}

func (x *ReceiveRequest) GetCursors() []*Cursor {
	if x != nil {
		return x.Cursors
	}
	return nil
}

// One frame of a Receive stream.
type ReceiveResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// Exactly one is set.
	//
	// Types that are valid to be assigned to Frame:
	//
	//	*ReceiveResponse_Event
	//	*ReceiveResponse_Presence
	//	*ReceiveResponse_PresenceSummary
	//	*ReceiveResponse_Ready
	//	*ReceiveResponse_Error
	//	*ReceiveResponse_ReadMarker
	//	*ReceiveResponse_Typing
	//	*ReceiveResponse_UnreadSkipped
	Frame         isReceiveResponse_Frame `protobuf_oneof:"frame"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *ReceiveResponse) Reset() {
	*x = ReceiveResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[41]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *ReceiveResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*ReceiveResponse) ProtoMessage() {}

func (x *ReceiveResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[41]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use ReceiveResponse.ProtoReflect.Descriptor instead.
func (*ReceiveResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{41}
}

func (x *ReceiveResponse) GetFrame() isReceiveResponse_Frame {
	if x != nil {
		return x.Frame
	}
	return nil
}

func (x *ReceiveResponse) GetEvent() *Event {
	if x != nil {
		if x, ok := x.Frame.(*ReceiveResponse_Event); ok {
			return x.Event
		}
	}
	return nil
}

func (x *ReceiveResponse) GetPresence() *Presence {
	if x != nil {
		if x, ok := x.Frame.(*ReceiveResponse_Presence); ok {
			return x.Presence
		}
	}
	return nil
}

func (x *ReceiveResponse) GetPresenceSummary() *PresenceSummary {
	if x != nil {
		if x, ok := x.Frame.(*ReceiveResponse_PresenceSummary); ok {
			return x.PresenceSummary
		}
	}
	return nil
}

func (x *ReceiveResponse) GetReady() *Ready {
	if x != nil {
		if x, ok := x.Frame.(*ReceiveResponse_Ready); ok {
			return x.Ready
		}
	}
	return nil
}

func (x *ReceiveResponse) GetError() *ChatError {
	if x != nil {
		if x, ok := x.Frame.(*ReceiveResponse_Error); ok {
			return x.Error
		}
	}
	return nil
}

func (x *ReceiveResponse) GetReadMarker() *ReadMarker {
	if x != nil {
		if x, ok := x.Frame.(*ReceiveResponse_ReadMarker); ok {
			return x.ReadMarker
		}
	}
	return nil
}

func (x *ReceiveResponse) GetTyping() *Typing {
	if x != nil {
		if x, ok := x.Frame.(*ReceiveResponse_Typing); ok {
			return x.Typing
		}
	}
	return nil
}

func (x *ReceiveResponse) GetUnreadSkipped() *UnreadSkipped {
	if x != nil {
		if x, ok := x.Frame.(*ReceiveResponse_UnreadSkipped); ok {
			return x.UnreadSkipped
		}
	}
	return nil
}

type isReceiveResponse_Frame interface {
	isReceiveResponse_Frame()
}

type ReceiveResponse_Event struct {
	// A stored event of one of the caller's rooms or private
	// conversations, in seq order per conversation, each once.
	Event *Event `protobuf:"bytes,1,opt,name=event,proto3,oneof"`
}

type ReceiveResponse_Presence struct {
	// A change of a member's online state in one of the caller's rooms
	// (never the caller's own).
	Presence *Presence `protobuf:"bytes,2,opt,name=presence,proto3,oneof"`
}

type ReceiveResponse_PresenceSummary struct {
	// Coalesced presence changes of a big room.
	PresenceSummary *PresenceSummary `protobuf:"bytes,3,opt,name=presence_summary,json=presenceSummary,proto3,oneof"`
}

type ReceiveResponse_Ready struct {
	// The replay asked for has been sent (what follows is live), with the
	// rooms the caller is a member of. Sent once, after any `error`.
	Ready *Ready `protobuf:"bytes,4,opt,name=ready,proto3,oneof"`
}

type ReceiveResponse_Error struct {
	// A cursor that could not be honoured, before `ready`: `conversation`
	// names it, `request_id` is empty.
	Error *ChatError `protobuf:"bytes,5,opt,name=error,proto3,oneof"`
}

type ReceiveResponse_ReadMarker struct {
	// The caller's read position moved, or a private peer's (receipts).
	ReadMarker *ReadMarker `protobuf:"bytes,6,opt,name=read_marker,json=readMarker,proto3,oneof"`
}

type ReceiveResponse_Typing struct {
	// Someone else is typing in one of the caller's conversations.
	Typing *Typing `protobuf:"bytes,7,opt,name=typing,proto3,oneof"`
}

type ReceiveResponse_UnreadSkipped struct {
	// Before a room's replay on a resume without cursors: how many older
	// unread events were left out.
	UnreadSkipped *UnreadSkipped `protobuf:"bytes,8,opt,name=unread_skipped,json=unreadSkipped,proto3,oneof"`
}

func (*ReceiveResponse_Event) isReceiveResponse_Frame() {}

func (*ReceiveResponse_Presence) isReceiveResponse_Frame() {}

func (*ReceiveResponse_PresenceSummary) isReceiveResponse_Frame() {}

func (*ReceiveResponse_Ready) isReceiveResponse_Frame() {}

func (*ReceiveResponse_Error) isReceiveResponse_Frame() {}

func (*ReceiveResponse_ReadMarker) isReceiveResponse_Frame() {}

func (*ReceiveResponse_Typing) isReceiveResponse_Frame() {}

func (*ReceiveResponse_UnreadSkipped) isReceiveResponse_Frame() {}

// Request of History.
type HistoryRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The room or private conversation to read.
	Conversation *Conversation `protobuf:"bytes,1,opt,name=conversation,proto3" json:"conversation,omitempty"`
	// Page forwards: events with seq greater than this, oldest first.
	// Set at most one of `after_seq` and `before_seq`; with neither, the
	// newest page is returned.
	AfterSeq *uint64 `protobuf:"varint,2,opt,name=after_seq,json=afterSeq,proto3,oneof" json:"after_seq,omitempty"`
	// Page backwards: the newest events with seq less than this.
	BeforeSeq *uint64 `protobuf:"varint,3,opt,name=before_seq,json=beforeSeq,proto3,oneof" json:"before_seq,omitempty"`
	// At most this many events (default 50, at most 1000).
	Limit uint32 `protobuf:"varint,4,opt,name=limit,proto3" json:"limit,omitempty"`
	// Show each message as last edited: its latest text, with `edited` set.
	// Without it a message has the text it was sent with (its edits are in
	// the log as `edited` events). Reaction counts come either way.
	ApplyEdits    bool `protobuf:"varint,5,opt,name=apply_edits,json=applyEdits,proto3" json:"apply_edits,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *HistoryRequest) Reset() {
	*x = HistoryRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[42]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *HistoryRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*HistoryRequest) ProtoMessage() {}

func (x *HistoryRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[42]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use HistoryRequest.ProtoReflect.Descriptor instead.
func (*HistoryRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{42}
}

func (x *HistoryRequest) GetConversation() *Conversation {
	if x != nil {
		return x.Conversation
	}
	return nil
}

func (x *HistoryRequest) GetAfterSeq() uint64 {
	if x != nil && x.AfterSeq != nil {
		return *x.AfterSeq
	}
	return 0
}

func (x *HistoryRequest) GetBeforeSeq() uint64 {
	if x != nil && x.BeforeSeq != nil {
		return *x.BeforeSeq
	}
	return 0
}

func (x *HistoryRequest) GetLimit() uint32 {
	if x != nil {
		return x.Limit
	}
	return 0
}

func (x *HistoryRequest) GetApplyEdits() bool {
	if x != nil {
		return x.ApplyEdits
	}
	return false
}

// Response of History.
type HistoryResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The events, in ascending seq order.
	Events []*Event `protobuf:"bytes,1,rep,name=events,proto3" json:"events,omitempty"`
	// The conversation's latest seq, so a client knows if more is there.
	LastSeq       uint64 `protobuf:"varint,2,opt,name=last_seq,json=lastSeq,proto3" json:"last_seq,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *HistoryResponse) Reset() {
	*x = HistoryResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[43]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *HistoryResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*HistoryResponse) ProtoMessage() {}

func (x *HistoryResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[43]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use HistoryResponse.ProtoReflect.Descriptor instead.
func (*HistoryResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{43}
}

func (x *HistoryResponse) GetEvents() []*Event {
	if x != nil {
		return x.Events
	}
	return nil
}

func (x *HistoryResponse) GetLastSeq() uint64 {
	if x != nil {
		return x.LastSeq
	}
	return 0
}

// Request of ListRooms. Rooms come in pages, in name order: leave
// `page_token` empty for the first page, then pass each answer's
// `next_page_token` until it comes back empty.
type ListRoomsRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// Where to go on from: a `next_page_token` of an earlier answer, or empty
	// for the first page. Anything else is refused with INVALID_ARGUMENT.
	PageToken string `protobuf:"bytes,1,opt,name=page_token,json=pageToken,proto3" json:"page_token,omitempty"`
	// At most this many rooms (0: the default, 100; at most 1000, more is
	// refused with INVALID_ARGUMENT).
	Limit         uint32 `protobuf:"varint,2,opt,name=limit,proto3" json:"limit,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *ListRoomsRequest) Reset() {
	*x = ListRoomsRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[44]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *ListRoomsRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*ListRoomsRequest) ProtoMessage() {}

func (x *ListRoomsRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[44]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use ListRoomsRequest.ProtoReflect.Descriptor instead.
func (*ListRoomsRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{44}
}

func (x *ListRoomsRequest) GetPageToken() string {
	if x != nil {
		return x.PageToken
	}
	return ""
}

func (x *ListRoomsRequest) GetLimit() uint32 {
	if x != nil {
		return x.Limit
	}
	return 0
}

// Response of ListRooms.
type ListRoomsResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// A page of rooms, by name.
	Rooms []*RoomInfo `protobuf:"bytes,1,rep,name=rooms,proto3" json:"rooms,omitempty"`
	// Pass this as `page_token` for the next page; empty when this page is
	// the last.
	NextPageToken string `protobuf:"bytes,2,opt,name=next_page_token,json=nextPageToken,proto3" json:"next_page_token,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *ListRoomsResponse) Reset() {
	*x = ListRoomsResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[45]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *ListRoomsResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*ListRoomsResponse) ProtoMessage() {}

func (x *ListRoomsResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[45]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use ListRoomsResponse.ProtoReflect.Descriptor instead.
func (*ListRoomsResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{45}
}

func (x *ListRoomsResponse) GetRooms() []*RoomInfo {
	if x != nil {
		return x.Rooms
	}
	return nil
}

func (x *ListRoomsResponse) GetNextPageToken() string {
	if x != nil {
		return x.NextPageToken
	}
	return ""
}

// A room, as ListRooms shows it.
type RoomInfo struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The room's name.
	Name string `protobuf:"bytes,1,opt,name=name,proto3" json:"name,omitempty"`
	// How many members it has.
	MemberCount uint32 `protobuf:"varint,2,opt,name=member_count,json=memberCount,proto3" json:"member_count,omitempty"`
	// Whether the caller is one of them.
	IsMember bool `protobuf:"varint,3,opt,name=is_member,json=isMember,proto3" json:"is_member,omitempty"`
	// The room's latest seq.
	LastSeq uint64 `protobuf:"varint,4,opt,name=last_seq,json=lastSeq,proto3" json:"last_seq,omitempty"`
	// Whether the room is invite-only. A private room is listed only to its
	// members, its invitees and administrators.
	Private bool `protobuf:"varint,10,opt,name=private,proto3" json:"private,omitempty"`
	// The room's topic; empty if none was set.
	Topic string `protobuf:"bytes,11,opt,name=topic,proto3" json:"topic,omitempty"`
	// The caller's role in the room; unspecified if not a member.
	Role Role `protobuf:"varint,12,opt,name=role,proto3,enum=confab.v1.Role" json:"role,omitempty"`
	// Whether the caller is invited (and not yet a member).
	Invited bool `protobuf:"varint,13,opt,name=invited,proto3" json:"invited,omitempty"`
	// For a member: message events after `read_seq` sent by others.
	UnreadCount uint64 `protobuf:"varint,14,opt,name=unread_count,json=unreadCount,proto3" json:"unread_count,omitempty"`
	// For a member: the caller's read position.
	ReadSeq       uint64 `protobuf:"varint,15,opt,name=read_seq,json=readSeq,proto3" json:"read_seq,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *RoomInfo) Reset() {
	*x = RoomInfo{}
	mi := &file_confab_v1_chat_proto_msgTypes[46]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *RoomInfo) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*RoomInfo) ProtoMessage() {}

func (x *RoomInfo) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[46]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use RoomInfo.ProtoReflect.Descriptor instead.
func (*RoomInfo) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{46}
}

func (x *RoomInfo) GetName() string {
	if x != nil {
		return x.Name
	}
	return ""
}

func (x *RoomInfo) GetMemberCount() uint32 {
	if x != nil {
		return x.MemberCount
	}
	return 0
}

func (x *RoomInfo) GetIsMember() bool {
	if x != nil {
		return x.IsMember
	}
	return false
}

func (x *RoomInfo) GetLastSeq() uint64 {
	if x != nil {
		return x.LastSeq
	}
	return 0
}

func (x *RoomInfo) GetPrivate() bool {
	if x != nil {
		return x.Private
	}
	return false
}

func (x *RoomInfo) GetTopic() string {
	if x != nil {
		return x.Topic
	}
	return ""
}

func (x *RoomInfo) GetRole() Role {
	if x != nil {
		return x.Role
	}
	return Role_ROLE_UNSPECIFIED
}

func (x *RoomInfo) GetInvited() bool {
	if x != nil {
		return x.Invited
	}
	return false
}

func (x *RoomInfo) GetUnreadCount() uint64 {
	if x != nil {
		return x.UnreadCount
	}
	return 0
}

func (x *RoomInfo) GetReadSeq() uint64 {
	if x != nil {
		return x.ReadSeq
	}
	return 0
}

// Request of ListMembers. Members come in pages, in name order: leave
// `page_token` empty for the first page, then pass each answer's
// `next_page_token` until it comes back empty.
type ListMembersRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The room whose members to list.
	Room string `protobuf:"bytes,1,opt,name=room,proto3" json:"room,omitempty"`
	// Where to go on from: a `next_page_token` of an earlier answer for the
	// same room, or empty for the first page. Anything else is refused with
	// INVALID_ARGUMENT.
	PageToken string `protobuf:"bytes,2,opt,name=page_token,json=pageToken,proto3" json:"page_token,omitempty"`
	// At most this many members (0: the default, 100; at most 1000, more is
	// refused with INVALID_ARGUMENT).
	Limit         uint32 `protobuf:"varint,3,opt,name=limit,proto3" json:"limit,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *ListMembersRequest) Reset() {
	*x = ListMembersRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[47]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *ListMembersRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*ListMembersRequest) ProtoMessage() {}

func (x *ListMembersRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[47]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use ListMembersRequest.ProtoReflect.Descriptor instead.
func (*ListMembersRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{47}
}

func (x *ListMembersRequest) GetRoom() string {
	if x != nil {
		return x.Room
	}
	return ""
}

func (x *ListMembersRequest) GetPageToken() string {
	if x != nil {
		return x.PageToken
	}
	return ""
}

func (x *ListMembersRequest) GetLimit() uint32 {
	if x != nil {
		return x.Limit
	}
	return 0
}

// Response of ListMembers.
type ListMembersResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// A page of members, by name.
	Members []*Member `protobuf:"bytes,1,rep,name=members,proto3" json:"members,omitempty"`
	// Pass this as `page_token` for the next page; empty when this page is
	// the last.
	NextPageToken string `protobuf:"bytes,2,opt,name=next_page_token,json=nextPageToken,proto3" json:"next_page_token,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *ListMembersResponse) Reset() {
	*x = ListMembersResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[48]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *ListMembersResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*ListMembersResponse) ProtoMessage() {}

func (x *ListMembersResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[48]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use ListMembersResponse.ProtoReflect.Descriptor instead.
func (*ListMembersResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{48}
}

func (x *ListMembersResponse) GetMembers() []*Member {
	if x != nil {
		return x.Members
	}
	return nil
}

func (x *ListMembersResponse) GetNextPageToken() string {
	if x != nil {
		return x.NextPageToken
	}
	return ""
}

// A member of a room.
type Member struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The user's name.
	User string `protobuf:"bytes,1,opt,name=user,proto3" json:"user,omitempty"`
	// Online if the user has a Chat session open.
	State PresenceState `protobuf:"varint,2,opt,name=state,proto3,enum=confab.v1.PresenceState" json:"state,omitempty"`
	// The member's role in the room.
	Role          Role `protobuf:"varint,10,opt,name=role,proto3,enum=confab.v1.Role" json:"role,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *Member) Reset() {
	*x = Member{}
	mi := &file_confab_v1_chat_proto_msgTypes[49]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *Member) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*Member) ProtoMessage() {}

func (x *Member) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[49]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use Member.ProtoReflect.Descriptor instead.
func (*Member) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{49}
}

func (x *Member) GetUser() string {
	if x != nil {
		return x.User
	}
	return ""
}

func (x *Member) GetState() PresenceState {
	if x != nil {
		return x.State
	}
	return PresenceState_PRESENCE_STATE_UNSPECIFIED
}

func (x *Member) GetRole() Role {
	if x != nil {
		return x.Role
	}
	return Role_ROLE_UNSPECIFIED
}

// Request of Invite.
type InviteRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The room to invite to.
	Room string `protobuf:"bytes,1,opt,name=room,proto3" json:"room,omitempty"`
	// The user invited.
	User          string `protobuf:"bytes,2,opt,name=user,proto3" json:"user,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *InviteRequest) Reset() {
	*x = InviteRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[50]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *InviteRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*InviteRequest) ProtoMessage() {}

func (x *InviteRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[50]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use InviteRequest.ProtoReflect.Descriptor instead.
func (*InviteRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{50}
}

func (x *InviteRequest) GetRoom() string {
	if x != nil {
		return x.Room
	}
	return ""
}

func (x *InviteRequest) GetUser() string {
	if x != nil {
		return x.User
	}
	return ""
}

// Response of Invite.
type InviteResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The seq of the stored `invited` event, or the room's latest seq if
	// nothing was stored.
	Seq uint64 `protobuf:"varint,1,opt,name=seq,proto3" json:"seq,omitempty"`
	// False if the user was already a member or invited (nothing stored).
	Changed       bool `protobuf:"varint,2,opt,name=changed,proto3" json:"changed,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *InviteResponse) Reset() {
	*x = InviteResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[51]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *InviteResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*InviteResponse) ProtoMessage() {}

func (x *InviteResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[51]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use InviteResponse.ProtoReflect.Descriptor instead.
func (*InviteResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{51}
}

func (x *InviteResponse) GetSeq() uint64 {
	if x != nil {
		return x.Seq
	}
	return 0
}

func (x *InviteResponse) GetChanged() bool {
	if x != nil {
		return x.Changed
	}
	return false
}

// Request of Kick.
type KickRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The room.
	Room string `protobuf:"bytes,1,opt,name=room,proto3" json:"room,omitempty"`
	// The member to remove.
	User string `protobuf:"bytes,2,opt,name=user,proto3" json:"user,omitempty"`
	// Why, for people; may be empty; at most 256 bytes.
	Reason        string `protobuf:"bytes,3,opt,name=reason,proto3" json:"reason,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *KickRequest) Reset() {
	*x = KickRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[52]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *KickRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*KickRequest) ProtoMessage() {}

func (x *KickRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[52]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use KickRequest.ProtoReflect.Descriptor instead.
func (*KickRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{52}
}

func (x *KickRequest) GetRoom() string {
	if x != nil {
		return x.Room
	}
	return ""
}

func (x *KickRequest) GetUser() string {
	if x != nil {
		return x.User
	}
	return ""
}

func (x *KickRequest) GetReason() string {
	if x != nil {
		return x.Reason
	}
	return ""
}

// Response of Kick.
type KickResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The seq of the stored `kicked` event.
	Seq           uint64 `protobuf:"varint,1,opt,name=seq,proto3" json:"seq,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *KickResponse) Reset() {
	*x = KickResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[53]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *KickResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*KickResponse) ProtoMessage() {}

func (x *KickResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[53]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use KickResponse.ProtoReflect.Descriptor instead.
func (*KickResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{53}
}

func (x *KickResponse) GetSeq() uint64 {
	if x != nil {
		return x.Seq
	}
	return 0
}

// Request of Ban.
type BanRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The room.
	Room string `protobuf:"bytes,1,opt,name=room,proto3" json:"room,omitempty"`
	// The user to ban.
	User string `protobuf:"bytes,2,opt,name=user,proto3" json:"user,omitempty"`
	// Why, for people; may be empty; at most 256 bytes.
	Reason        string `protobuf:"bytes,3,opt,name=reason,proto3" json:"reason,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *BanRequest) Reset() {
	*x = BanRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[54]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *BanRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*BanRequest) ProtoMessage() {}

func (x *BanRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[54]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use BanRequest.ProtoReflect.Descriptor instead.
func (*BanRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{54}
}

func (x *BanRequest) GetRoom() string {
	if x != nil {
		return x.Room
	}
	return ""
}

func (x *BanRequest) GetUser() string {
	if x != nil {
		return x.User
	}
	return ""
}

func (x *BanRequest) GetReason() string {
	if x != nil {
		return x.Reason
	}
	return ""
}

// Response of Ban.
type BanResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The seq of the stored `banned` event, or the room's latest seq if the
	// user was banned already.
	Seq uint64 `protobuf:"varint,1,opt,name=seq,proto3" json:"seq,omitempty"`
	// False if the user was banned already (nothing stored).
	Changed       bool `protobuf:"varint,2,opt,name=changed,proto3" json:"changed,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *BanResponse) Reset() {
	*x = BanResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[55]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *BanResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*BanResponse) ProtoMessage() {}

func (x *BanResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[55]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use BanResponse.ProtoReflect.Descriptor instead.
func (*BanResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{55}
}

func (x *BanResponse) GetSeq() uint64 {
	if x != nil {
		return x.Seq
	}
	return 0
}

func (x *BanResponse) GetChanged() bool {
	if x != nil {
		return x.Changed
	}
	return false
}

// Request of Unban.
type UnbanRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The room.
	Room string `protobuf:"bytes,1,opt,name=room,proto3" json:"room,omitempty"`
	// The banned user.
	User          string `protobuf:"bytes,2,opt,name=user,proto3" json:"user,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *UnbanRequest) Reset() {
	*x = UnbanRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[56]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *UnbanRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*UnbanRequest) ProtoMessage() {}

func (x *UnbanRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[56]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use UnbanRequest.ProtoReflect.Descriptor instead.
func (*UnbanRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{56}
}

func (x *UnbanRequest) GetRoom() string {
	if x != nil {
		return x.Room
	}
	return ""
}

func (x *UnbanRequest) GetUser() string {
	if x != nil {
		return x.User
	}
	return ""
}

// Response of Unban.
type UnbanResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The seq of the stored `unbanned` event, or the room's latest seq.
	Seq uint64 `protobuf:"varint,1,opt,name=seq,proto3" json:"seq,omitempty"`
	// False if the user was not banned (nothing stored).
	Changed       bool `protobuf:"varint,2,opt,name=changed,proto3" json:"changed,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *UnbanResponse) Reset() {
	*x = UnbanResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[57]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *UnbanResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*UnbanResponse) ProtoMessage() {}

func (x *UnbanResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[57]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use UnbanResponse.ProtoReflect.Descriptor instead.
func (*UnbanResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{57}
}

func (x *UnbanResponse) GetSeq() uint64 {
	if x != nil {
		return x.Seq
	}
	return 0
}

func (x *UnbanResponse) GetChanged() bool {
	if x != nil {
		return x.Changed
	}
	return false
}

// Request of SetTopic.
type SetTopicRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The room.
	Room string `protobuf:"bytes,1,opt,name=room,proto3" json:"room,omitempty"`
	// The new topic, at most 256 bytes; empty clears it.
	Topic         string `protobuf:"bytes,2,opt,name=topic,proto3" json:"topic,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *SetTopicRequest) Reset() {
	*x = SetTopicRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[58]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *SetTopicRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*SetTopicRequest) ProtoMessage() {}

func (x *SetTopicRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[58]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use SetTopicRequest.ProtoReflect.Descriptor instead.
func (*SetTopicRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{58}
}

func (x *SetTopicRequest) GetRoom() string {
	if x != nil {
		return x.Room
	}
	return ""
}

func (x *SetTopicRequest) GetTopic() string {
	if x != nil {
		return x.Topic
	}
	return ""
}

// Response of SetTopic.
type SetTopicResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The seq of the stored `topic_set` event, or the room's latest seq.
	Seq uint64 `protobuf:"varint,1,opt,name=seq,proto3" json:"seq,omitempty"`
	// False if the topic was that already (nothing stored).
	Changed       bool `protobuf:"varint,2,opt,name=changed,proto3" json:"changed,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *SetTopicResponse) Reset() {
	*x = SetTopicResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[59]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *SetTopicResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*SetTopicResponse) ProtoMessage() {}

func (x *SetTopicResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[59]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use SetTopicResponse.ProtoReflect.Descriptor instead.
func (*SetTopicResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{59}
}

func (x *SetTopicResponse) GetSeq() uint64 {
	if x != nil {
		return x.Seq
	}
	return 0
}

func (x *SetTopicResponse) GetChanged() bool {
	if x != nil {
		return x.Changed
	}
	return false
}

// Request of SetRole.
type SetRoleRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The room.
	Room string `protobuf:"bytes,1,opt,name=room,proto3" json:"room,omitempty"`
	// The member whose role changes.
	User string `protobuf:"bytes,2,opt,name=user,proto3" json:"user,omitempty"`
	// ROLE_MODERATOR or ROLE_MEMBER (the owner cannot be given away).
	Role          Role `protobuf:"varint,3,opt,name=role,proto3,enum=confab.v1.Role" json:"role,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *SetRoleRequest) Reset() {
	*x = SetRoleRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[60]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *SetRoleRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*SetRoleRequest) ProtoMessage() {}

func (x *SetRoleRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[60]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use SetRoleRequest.ProtoReflect.Descriptor instead.
func (*SetRoleRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{60}
}

func (x *SetRoleRequest) GetRoom() string {
	if x != nil {
		return x.Room
	}
	return ""
}

func (x *SetRoleRequest) GetUser() string {
	if x != nil {
		return x.User
	}
	return ""
}

func (x *SetRoleRequest) GetRole() Role {
	if x != nil {
		return x.Role
	}
	return Role_ROLE_UNSPECIFIED
}

// Response of SetRole.
type SetRoleResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The seq of the stored `role_changed` event, or the room's latest seq.
	Seq uint64 `protobuf:"varint,1,opt,name=seq,proto3" json:"seq,omitempty"`
	// False if the member had that role already (nothing stored).
	Changed       bool `protobuf:"varint,2,opt,name=changed,proto3" json:"changed,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *SetRoleResponse) Reset() {
	*x = SetRoleResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[61]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *SetRoleResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*SetRoleResponse) ProtoMessage() {}

func (x *SetRoleResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[61]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use SetRoleResponse.ProtoReflect.Descriptor instead.
func (*SetRoleResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{61}
}

func (x *SetRoleResponse) GetSeq() uint64 {
	if x != nil {
		return x.Seq
	}
	return 0
}

func (x *SetRoleResponse) GetChanged() bool {
	if x != nil {
		return x.Changed
	}
	return false
}

// Request of Block.
type BlockRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The user whose private messages to refuse.
	User          string `protobuf:"bytes,1,opt,name=user,proto3" json:"user,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *BlockRequest) Reset() {
	*x = BlockRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[62]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *BlockRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*BlockRequest) ProtoMessage() {}

func (x *BlockRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[62]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use BlockRequest.ProtoReflect.Descriptor instead.
func (*BlockRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{62}
}

func (x *BlockRequest) GetUser() string {
	if x != nil {
		return x.User
	}
	return ""
}

// Response of Block.
type BlockResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// False if the user was blocked already.
	Changed       bool `protobuf:"varint,1,opt,name=changed,proto3" json:"changed,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *BlockResponse) Reset() {
	*x = BlockResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[63]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *BlockResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*BlockResponse) ProtoMessage() {}

func (x *BlockResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[63]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use BlockResponse.ProtoReflect.Descriptor instead.
func (*BlockResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{63}
}

func (x *BlockResponse) GetChanged() bool {
	if x != nil {
		return x.Changed
	}
	return false
}

// Request of Unblock.
type UnblockRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The user whose private messages to accept again.
	User          string `protobuf:"bytes,1,opt,name=user,proto3" json:"user,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *UnblockRequest) Reset() {
	*x = UnblockRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[64]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *UnblockRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*UnblockRequest) ProtoMessage() {}

func (x *UnblockRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[64]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use UnblockRequest.ProtoReflect.Descriptor instead.
func (*UnblockRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{64}
}

func (x *UnblockRequest) GetUser() string {
	if x != nil {
		return x.User
	}
	return ""
}

// Response of Unblock.
type UnblockResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// False if the user was not blocked.
	Changed       bool `protobuf:"varint,1,opt,name=changed,proto3" json:"changed,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *UnblockResponse) Reset() {
	*x = UnblockResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[65]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *UnblockResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*UnblockResponse) ProtoMessage() {}

func (x *UnblockResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[65]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use UnblockResponse.ProtoReflect.Descriptor instead.
func (*UnblockResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{65}
}

func (x *UnblockResponse) GetChanged() bool {
	if x != nil {
		return x.Changed
	}
	return false
}

// Request of EditMessage.
type EditMessageRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The message's conversation.
	Conversation *Conversation `protobuf:"bytes,1,opt,name=conversation,proto3" json:"conversation,omitempty"`
	// The message's seq.
	Seq uint64 `protobuf:"varint,2,opt,name=seq,proto3" json:"seq,omitempty"`
	// The new text; see "Text" at the top of this file.
	Text          string `protobuf:"bytes,3,opt,name=text,proto3" json:"text,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *EditMessageRequest) Reset() {
	*x = EditMessageRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[66]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *EditMessageRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*EditMessageRequest) ProtoMessage() {}

func (x *EditMessageRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[66]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use EditMessageRequest.ProtoReflect.Descriptor instead.
func (*EditMessageRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{66}
}

func (x *EditMessageRequest) GetConversation() *Conversation {
	if x != nil {
		return x.Conversation
	}
	return nil
}

func (x *EditMessageRequest) GetSeq() uint64 {
	if x != nil {
		return x.Seq
	}
	return 0
}

func (x *EditMessageRequest) GetText() string {
	if x != nil {
		return x.Text
	}
	return ""
}

// Response of EditMessage.
type EditMessageResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The seq of the stored `edited` event.
	Seq           uint64 `protobuf:"varint,1,opt,name=seq,proto3" json:"seq,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *EditMessageResponse) Reset() {
	*x = EditMessageResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[67]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *EditMessageResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*EditMessageResponse) ProtoMessage() {}

func (x *EditMessageResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[67]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use EditMessageResponse.ProtoReflect.Descriptor instead.
func (*EditMessageResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{67}
}

func (x *EditMessageResponse) GetSeq() uint64 {
	if x != nil {
		return x.Seq
	}
	return 0
}

// Request of DeleteMessage.
type DeleteMessageRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The message's conversation.
	Conversation *Conversation `protobuf:"bytes,1,opt,name=conversation,proto3" json:"conversation,omitempty"`
	// The message's seq.
	Seq           uint64 `protobuf:"varint,2,opt,name=seq,proto3" json:"seq,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *DeleteMessageRequest) Reset() {
	*x = DeleteMessageRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[68]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *DeleteMessageRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*DeleteMessageRequest) ProtoMessage() {}

func (x *DeleteMessageRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[68]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use DeleteMessageRequest.ProtoReflect.Descriptor instead.
func (*DeleteMessageRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{68}
}

func (x *DeleteMessageRequest) GetConversation() *Conversation {
	if x != nil {
		return x.Conversation
	}
	return nil
}

func (x *DeleteMessageRequest) GetSeq() uint64 {
	if x != nil {
		return x.Seq
	}
	return 0
}

// Response of DeleteMessage.
type DeleteMessageResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The seq of the stored `deleted` event, or the conversation's latest
	// seq if the message was deleted already.
	Seq uint64 `protobuf:"varint,1,opt,name=seq,proto3" json:"seq,omitempty"`
	// False if the message was deleted already (nothing stored).
	Changed       bool `protobuf:"varint,2,opt,name=changed,proto3" json:"changed,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *DeleteMessageResponse) Reset() {
	*x = DeleteMessageResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[69]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *DeleteMessageResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*DeleteMessageResponse) ProtoMessage() {}

func (x *DeleteMessageResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[69]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use DeleteMessageResponse.ProtoReflect.Descriptor instead.
func (*DeleteMessageResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{69}
}

func (x *DeleteMessageResponse) GetSeq() uint64 {
	if x != nil {
		return x.Seq
	}
	return 0
}

func (x *DeleteMessageResponse) GetChanged() bool {
	if x != nil {
		return x.Changed
	}
	return false
}

// Request of React.
type ReactRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The message's conversation.
	Conversation *Conversation `protobuf:"bytes,1,opt,name=conversation,proto3" json:"conversation,omitempty"`
	// The message's seq.
	Seq uint64 `protobuf:"varint,2,opt,name=seq,proto3" json:"seq,omitempty"`
	// Exactly one emoji (one grapheme: a pictograph with its modifiers and
	// joiners, a flag, a keycap) or a `:name:` of `a-z 0-9 _ + -`; at most
	// 32 bytes. Anything else is INVALID_ARGUMENT.
	Reaction string `protobuf:"bytes,3,opt,name=reaction,proto3" json:"reaction,omitempty"`
	// Remove the reaction instead of adding it.
	Remove        bool `protobuf:"varint,4,opt,name=remove,proto3" json:"remove,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *ReactRequest) Reset() {
	*x = ReactRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[70]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *ReactRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*ReactRequest) ProtoMessage() {}

func (x *ReactRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[70]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use ReactRequest.ProtoReflect.Descriptor instead.
func (*ReactRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{70}
}

func (x *ReactRequest) GetConversation() *Conversation {
	if x != nil {
		return x.Conversation
	}
	return nil
}

func (x *ReactRequest) GetSeq() uint64 {
	if x != nil {
		return x.Seq
	}
	return 0
}

func (x *ReactRequest) GetReaction() string {
	if x != nil {
		return x.Reaction
	}
	return ""
}

func (x *ReactRequest) GetRemove() bool {
	if x != nil {
		return x.Remove
	}
	return false
}

// Response of React.
type ReactResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The seq of the stored event, or the conversation's latest seq if
	// nothing changed.
	Seq uint64 `protobuf:"varint,1,opt,name=seq,proto3" json:"seq,omitempty"`
	// False if the caller had (or, removing, had not) given the reaction
	// already: nothing stored.
	Changed       bool `protobuf:"varint,2,opt,name=changed,proto3" json:"changed,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *ReactResponse) Reset() {
	*x = ReactResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[71]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *ReactResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*ReactResponse) ProtoMessage() {}

func (x *ReactResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[71]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use ReactResponse.ProtoReflect.Descriptor instead.
func (*ReactResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{71}
}

func (x *ReactResponse) GetSeq() uint64 {
	if x != nil {
		return x.Seq
	}
	return 0
}

func (x *ReactResponse) GetChanged() bool {
	if x != nil {
		return x.Changed
	}
	return false
}

// Request of Search.
type SearchRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// Words to find (all of them, in any order, case-insensitively); 1 to
	// 256 bytes.
	Query string `protobuf:"bytes,1,opt,name=query,proto3" json:"query,omitempty"`
	// Where to go on from: a `next_page_token` of an earlier answer for the
	// same query, or empty for the first page. Anything else is refused
	// with INVALID_ARGUMENT.
	PageToken string `protobuf:"bytes,2,opt,name=page_token,json=pageToken,proto3" json:"page_token,omitempty"`
	// At most this many events (0: the default, 20; at most 100).
	Limit         uint32 `protobuf:"varint,3,opt,name=limit,proto3" json:"limit,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *SearchRequest) Reset() {
	*x = SearchRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[72]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *SearchRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*SearchRequest) ProtoMessage() {}

func (x *SearchRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[72]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use SearchRequest.ProtoReflect.Descriptor instead.
func (*SearchRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{72}
}

func (x *SearchRequest) GetQuery() string {
	if x != nil {
		return x.Query
	}
	return ""
}

func (x *SearchRequest) GetPageToken() string {
	if x != nil {
		return x.PageToken
	}
	return ""
}

func (x *SearchRequest) GetLimit() uint32 {
	if x != nil {
		return x.Limit
	}
	return 0
}

// Response of Search.
type SearchResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The matching messages, newest first.
	Events []*Event `protobuf:"bytes,1,rep,name=events,proto3" json:"events,omitempty"`
	// Pass this as `page_token` for the next page; empty when this page is
	// the last.
	NextPageToken string `protobuf:"bytes,2,opt,name=next_page_token,json=nextPageToken,proto3" json:"next_page_token,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *SearchResponse) Reset() {
	*x = SearchResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[73]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *SearchResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*SearchResponse) ProtoMessage() {}

func (x *SearchResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[73]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use SearchResponse.ProtoReflect.Descriptor instead.
func (*SearchResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{73}
}

func (x *SearchResponse) GetEvents() []*Event {
	if x != nil {
		return x.Events
	}
	return nil
}

func (x *SearchResponse) GetNextPageToken() string {
	if x != nil {
		return x.NextPageToken
	}
	return ""
}

// Request of MarkRead.
type MarkReadRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The room or private conversation.
	Conversation *Conversation `protobuf:"bytes,1,opt,name=conversation,proto3" json:"conversation,omitempty"`
	// Read up to and including this seq (at most the conversation's latest).
	Seq           uint64 `protobuf:"varint,2,opt,name=seq,proto3" json:"seq,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *MarkReadRequest) Reset() {
	*x = MarkReadRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[74]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *MarkReadRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*MarkReadRequest) ProtoMessage() {}

func (x *MarkReadRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[74]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use MarkReadRequest.ProtoReflect.Descriptor instead.
func (*MarkReadRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{74}
}

func (x *MarkReadRequest) GetConversation() *Conversation {
	if x != nil {
		return x.Conversation
	}
	return nil
}

func (x *MarkReadRequest) GetSeq() uint64 {
	if x != nil {
		return x.Seq
	}
	return 0
}

// Response of MarkRead.
type MarkReadResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The read position now (the one asked for, or the later one it had).
	ReadSeq uint64 `protobuf:"varint,1,opt,name=read_seq,json=readSeq,proto3" json:"read_seq,omitempty"`
	// False if it did not move (nothing is sent to other sessions).
	Changed       bool `protobuf:"varint,2,opt,name=changed,proto3" json:"changed,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *MarkReadResponse) Reset() {
	*x = MarkReadResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[75]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *MarkReadResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*MarkReadResponse) ProtoMessage() {}

func (x *MarkReadResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[75]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use MarkReadResponse.ProtoReflect.Descriptor instead.
func (*MarkReadResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{75}
}

func (x *MarkReadResponse) GetReadSeq() uint64 {
	if x != nil {
		return x.ReadSeq
	}
	return 0
}

func (x *MarkReadResponse) GetChanged() bool {
	if x != nil {
		return x.Changed
	}
	return false
}

// Request of ListConversations. Conversations come newest first (by the
// time of their latest event): leave `page_token` empty for the first
// page, then pass each answer's `next_page_token` until it comes back
// empty.
type ListConversationsRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// A `next_page_token` of an earlier answer, or empty for the first page.
	PageToken string `protobuf:"bytes,1,opt,name=page_token,json=pageToken,proto3" json:"page_token,omitempty"`
	// At most this many (0: the default, 100; at most 1000).
	Limit         uint32 `protobuf:"varint,2,opt,name=limit,proto3" json:"limit,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *ListConversationsRequest) Reset() {
	*x = ListConversationsRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[76]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *ListConversationsRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*ListConversationsRequest) ProtoMessage() {}

func (x *ListConversationsRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[76]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use ListConversationsRequest.ProtoReflect.Descriptor instead.
func (*ListConversationsRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{76}
}

func (x *ListConversationsRequest) GetPageToken() string {
	if x != nil {
		return x.PageToken
	}
	return ""
}

func (x *ListConversationsRequest) GetLimit() uint32 {
	if x != nil {
		return x.Limit
	}
	return 0
}

// Response of ListConversations.
type ListConversationsResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// A page of conversations, newest first.
	Conversations []*ConversationInfo `protobuf:"bytes,1,rep,name=conversations,proto3" json:"conversations,omitempty"`
	// Pass this as `page_token` for the next page; empty on the last page.
	NextPageToken string `protobuf:"bytes,2,opt,name=next_page_token,json=nextPageToken,proto3" json:"next_page_token,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *ListConversationsResponse) Reset() {
	*x = ListConversationsResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[77]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *ListConversationsResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*ListConversationsResponse) ProtoMessage() {}

func (x *ListConversationsResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[77]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use ListConversationsResponse.ProtoReflect.Descriptor instead.
func (*ListConversationsResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{77}
}

func (x *ListConversationsResponse) GetConversations() []*ConversationInfo {
	if x != nil {
		return x.Conversations
	}
	return nil
}

func (x *ListConversationsResponse) GetNextPageToken() string {
	if x != nil {
		return x.NextPageToken
	}
	return ""
}

// One of the caller's conversations.
type ConversationInfo struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// The room or private conversation.
	Conversation *Conversation `protobuf:"bytes,1,opt,name=conversation,proto3" json:"conversation,omitempty"`
	// Its latest event (absent for a room with none the caller may see).
	LastEvent *Event `protobuf:"bytes,2,opt,name=last_event,json=lastEvent,proto3" json:"last_event,omitempty"`
	// The caller's read position.
	ReadSeq uint64 `protobuf:"varint,3,opt,name=read_seq,json=readSeq,proto3" json:"read_seq,omitempty"`
	// Message events after `read_seq` sent by someone else.
	UnreadCount   uint64 `protobuf:"varint,4,opt,name=unread_count,json=unreadCount,proto3" json:"unread_count,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *ConversationInfo) Reset() {
	*x = ConversationInfo{}
	mi := &file_confab_v1_chat_proto_msgTypes[78]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *ConversationInfo) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*ConversationInfo) ProtoMessage() {}

func (x *ConversationInfo) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[78]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use ConversationInfo.ProtoReflect.Descriptor instead.
func (*ConversationInfo) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{78}
}

func (x *ConversationInfo) GetConversation() *Conversation {
	if x != nil {
		return x.Conversation
	}
	return nil
}

func (x *ConversationInfo) GetLastEvent() *Event {
	if x != nil {
		return x.LastEvent
	}
	return nil
}

func (x *ConversationInfo) GetReadSeq() uint64 {
	if x != nil {
		return x.ReadSeq
	}
	return 0
}

func (x *ConversationInfo) GetUnreadCount() uint64 {
	if x != nil {
		return x.UnreadCount
	}
	return 0
}

// Request of SendTyping.
type SendTypingRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// A room the caller is a member of, or a private peer.
	Conversation  *Conversation `protobuf:"bytes,1,opt,name=conversation,proto3" json:"conversation,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *SendTypingRequest) Reset() {
	*x = SendTypingRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[79]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *SendTypingRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*SendTypingRequest) ProtoMessage() {}

func (x *SendTypingRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[79]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use SendTypingRequest.ProtoReflect.Descriptor instead.
func (*SendTypingRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{79}
}

func (x *SendTypingRequest) GetConversation() *Conversation {
	if x != nil {
		return x.Conversation
	}
	return nil
}

// Response of SendTyping.
type SendTypingResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// False if dropped: the caller's last one in this conversation was
	// passed on less than a second ago.
	PassedOn bool `protobuf:"varint,1,opt,name=passed_on,json=passedOn,proto3" json:"passed_on,omitempty"`
	// Until when the others show it.
	ExpiresAt     *timestamppb.Timestamp `protobuf:"bytes,2,opt,name=expires_at,json=expiresAt,proto3" json:"expires_at,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *SendTypingResponse) Reset() {
	*x = SendTypingResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[80]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *SendTypingResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*SendTypingResponse) ProtoMessage() {}

func (x *SendTypingResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[80]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use SendTypingResponse.ProtoReflect.Descriptor instead.
func (*SendTypingResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{80}
}

func (x *SendTypingResponse) GetPassedOn() bool {
	if x != nil {
		return x.PassedOn
	}
	return false
}

func (x *SendTypingResponse) GetExpiresAt() *timestamppb.Timestamp {
	if x != nil {
		return x.ExpiresAt
	}
	return nil
}

// Request of SetReadReceipts.
type SetReadReceiptsRequest struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// True: private peers see the caller's read position move.
	Enabled       bool `protobuf:"varint,1,opt,name=enabled,proto3" json:"enabled,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *SetReadReceiptsRequest) Reset() {
	*x = SetReadReceiptsRequest{}
	mi := &file_confab_v1_chat_proto_msgTypes[81]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *SetReadReceiptsRequest) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*SetReadReceiptsRequest) ProtoMessage() {}

func (x *SetReadReceiptsRequest) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[81]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use SetReadReceiptsRequest.ProtoReflect.Descriptor instead.
func (*SetReadReceiptsRequest) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{81}
}

func (x *SetReadReceiptsRequest) GetEnabled() bool {
	if x != nil {
		return x.Enabled
	}
	return false
}

// Response of SetReadReceipts.
type SetReadReceiptsResponse struct {
	state protoimpl.MessageState `protogen:"open.v1"`
	// False if the setting was that already.
	Changed       bool `protobuf:"varint,1,opt,name=changed,proto3" json:"changed,omitempty"`
	unknownFields protoimpl.UnknownFields
	sizeCache     protoimpl.SizeCache
}

func (x *SetReadReceiptsResponse) Reset() {
	*x = SetReadReceiptsResponse{}
	mi := &file_confab_v1_chat_proto_msgTypes[82]
	ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
	ms.StoreMessageInfo(mi)
}

func (x *SetReadReceiptsResponse) String() string {
	return protoimpl.X.MessageStringOf(x)
}

func (*SetReadReceiptsResponse) ProtoMessage() {}

func (x *SetReadReceiptsResponse) ProtoReflect() protoreflect.Message {
	mi := &file_confab_v1_chat_proto_msgTypes[82]
	if x != nil {
		ms := protoimpl.X.MessageStateOf(protoimpl.Pointer(x))
		if ms.LoadMessageInfo() == nil {
			ms.StoreMessageInfo(mi)
		}
		return ms
	}
	return mi.MessageOf(x)
}

// Deprecated: Use SetReadReceiptsResponse.ProtoReflect.Descriptor instead.
func (*SetReadReceiptsResponse) Descriptor() ([]byte, []int) {
	return file_confab_v1_chat_proto_rawDescGZIP(), []int{82}
}

func (x *SetReadReceiptsResponse) GetChanged() bool {
	if x != nil {
		return x.Changed
	}
	return false
}

var File_confab_v1_chat_proto protoreflect.FileDescriptor

const file_confab_v1_chat_proto_rawDesc = "" +
	"\n" +
	"\x14confab/v1/chat.proto\x12\tconfab.v1\x1a\x1fgoogle/protobuf/timestamp.proto\"B\n" +
	"\fConversation\x12\x14\n" +
	"\x04room\x18\x01 \x01(\tH\x00R\x04room\x12\x14\n" +
	"\x04peer\x18\x02 \x01(\tH\x00R\x04peerB\x06\n" +
	"\x04kind\"u\n" +
	"\x06Cursor\x12;\n" +
	"\fconversation\x18\x01 \x01(\v2\x17.confab.v1.ConversationR\fconversation\x12 \n" +
	"\tafter_seq\x18\x02 \x01(\x04H\x00R\bafterSeq\x88\x01\x01B\f\n" +
	"\n" +
	"_after_seq\"\xe4\a\n" +
	"\x05Event\x12\x12\n" +
	"\x04room\x18\x01 \x01(\tR\x04room\x12\x10\n" +
	"\x03seq\x18\x02 \x01(\x04R\x03seq\x12\x16\n" +
	"\x06sender\x18\x03 \x01(\tR\x06sender\x12\x1c\n" +
	"\trecipient\x18\x04 \x01(\tR\trecipient\x12.\n" +
	"\x04time\x18\x05 \x01(\v2\x1a.google.protobuf.TimestampR\x04time\x12.\n" +
	"\amessage\x18\x06 \x01(\v2\x12.confab.v1.MessageH\x00R\amessage\x12+\n" +
	"\x06joined\x18\a \x01(\v2\x11.confab.v1.JoinedH\x00R\x06joined\x12%\n" +
	"\x04left\x18\b \x01(\v2\x0f.confab.v1.LeftH\x00R\x04left\x12.\n" +
	"\ainvited\x18\t \x01(\v2\x12.confab.v1.InvitedH\x00R\ainvited\x12+\n" +
	"\x06kicked\x18\n" +
	" \x01(\v2\x11.confab.v1.KickedH\x00R\x06kicked\x12+\n" +
	"\x06banned\x18\v \x01(\v2\x11.confab.v1.BannedH\x00R\x06banned\x121\n" +
	"\bunbanned\x18\f \x01(\v2\x13.confab.v1.UnbannedH\x00R\bunbanned\x122\n" +
	"\ttopic_set\x18\r \x01(\v2\x13.confab.v1.TopicSetH\x00R\btopicSet\x12;\n" +
	"\frole_changed\x18\x0e \x01(\v2\x16.confab.v1.RoleChangedH\x00R\vroleChanged\x122\n" +
	"\x06edited\x18\x0f \x01(\v2\x18.confab.v1.MessageEditedH\x00R\x06edited\x125\n" +
	"\adeleted\x18\x10 \x01(\v2\x19.confab.v1.MessageDeletedH\x00R\adeleted\x12A\n" +
	"\x0ereaction_added\x18\x11 \x01(\v2\x18.confab.v1.ReactionAddedH\x00R\rreactionAdded\x12G\n" +
	"\x10reaction_removed\x18\x12 \x01(\v2\x1a.confab.v1.ReactionRemovedH\x00R\x0freactionRemoved\x12\x16\n" +
	"\x06target\x18\x14 \x01(\tR\x06target\x12\x16\n" +
	"\x06reason\x18\x15 \x01(\tR\x06reason\x12\x14\n" +
	"\x05topic\x18\x16 \x01(\tR\x05topic\x12#\n" +
	"\x04role\x18\x17 \x01(\x0e2\x0f.confab.v1.RoleR\x04role\x12\x17\n" +
	"\aref_seq\x18\x18 \x01(\x04R\x06refSeq\x12\x1a\n" +
	"\breaction\x18\x19 \x01(\tR\breactionB\x06\n" +
	"\x04kind\"\xeb\x01\n" +
	"\aMessage\x12\x12\n" +
	"\x04text\x18\x01 \x01(\tR\x04text\x12*\n" +
	"\x11client_message_id\x18\x02 \x01(\tR\x0fclientMessageId\x12%\n" +
	"\freply_to_seq\x18\x03 \x01(\x04H\x00R\n" +
	"replyToSeq\x88\x01\x01\x12\x16\n" +
	"\x06edited\x18\x04 \x01(\bR\x06edited\x12\x18\n" +
	"\adeleted\x18\x05 \x01(\bR\adeleted\x126\n" +
	"\treactions\x18\x06 \x03(\v2\x18.confab.v1.ReactionCountR\treactionsB\x0f\n" +
	"\r_reply_to_seq\"A\n" +
	"\rReactionCount\x12\x1a\n" +
	"\breaction\x18\x01 \x01(\tR\breaction\x12\x14\n" +
	"\x05count\x18\x02 \x01(\rR\x05count\"#\n" +
	"\rMessageEdited\x12\x12\n" +
	"\x04text\x18\x01 \x01(\tR\x04text\"\x10\n" +
	"\x0eMessageDeleted\"\x0f\n" +
	"\rReactionAdded\"\x11\n" +
	"\x0fReactionRemoved\"\b\n" +
	"\x06Joined\"\x06\n" +
	"\x04Left\"\t\n" +
	"\aInvited\"\b\n" +
	"\x06Kicked\"\b\n" +
	"\x06Banned\"\n" +
	"\n" +
	"\bUnbanned\"\n" +
	"\n" +
	"\bTopicSet\"\r\n" +
	"\vRoleChanged\"b\n" +
	"\bPresence\x12\x12\n" +
	"\x04room\x18\x01 \x01(\tR\x04room\x12\x12\n" +
	"\x04user\x18\x02 \x01(\tR\x04user\x12.\n" +
	"\x05state\x18\x03 \x01(\x0e2\x18.confab.v1.PresenceStateR\x05state\"\x82\x01\n" +
	"\x0fPresenceSummary\x12\x12\n" +
	"\x04room\x18\x01 \x01(\tR\x04room\x12\x16\n" +
	"\x06online\x18\x02 \x03(\tR\x06online\x12\x18\n" +
	"\aoffline\x18\x03 \x03(\tR\aoffline\x12)\n" +
	"\x06typing\x18\x04 \x03(\v2\x11.confab.v1.TypingR\x06typing\"!\n" +
	"\vJoinRequest\x12\x12\n" +
	"\x04room\x18\x01 \x01(\tR\x04room\"8\n" +
	"\fJoinResponse\x12\x10\n" +
	"\x03seq\x18\x01 \x01(\x04R\x03seq\x12\x16\n" +
	"\x06joined\x18\x02 \x01(\bR\x06joined\"A\n" +
	"\x11CreateRoomRequest\x12\x12\n" +
	"\x04room\x18\x01 \x01(\tR\x04room\x12\x18\n" +
	"\aprivate\x18\x02 \x01(\bR\aprivate\"&\n" +
	"\x12CreateRoomResponse\x12\x10\n" +
	"\x03seq\x18\x01 \x01(\x04R\x03seq\"\"\n" +
	"\fLeaveRequest\x12\x12\n" +
	"\x04room\x18\x01 \x01(\tR\x04room\"!\n" +
	"\rLeaveResponse\x12\x10\n" +
	"\x03seq\x18\x01 \x01(\x04R\x03seq\"\xc7\x01\n" +
	"\x12SendMessageRequest\x12\x14\n" +
	"\x04room\x18\x01 \x01(\tH\x00R\x04room\x12\x19\n" +
	"\ato_user\x18\x02 \x01(\tH\x00R\x06toUser\x12\x12\n" +
	"\x04text\x18\x03 \x01(\tR\x04text\x12*\n" +
	"\x11client_message_id\x18\x04 \x01(\tR\x0fclientMessageId\x12%\n" +
	"\freply_to_seq\x18\x05 \x01(\x04H\x01R\n" +
	"replyToSeq\x88\x01\x01B\b\n" +
	"\x06targetB\x0f\n" +
	"\r_reply_to_seq\"E\n" +
	"\x13SendMessageResponse\x12\x10\n" +
	"\x03seq\x18\x01 \x01(\x04R\x03seq\x12\x1c\n" +
	"\tduplicate\x18\x02 \x01(\bR\tduplicate\"\xa4\b\n" +
	"\vChatRequest\x12\x1d\n" +
	"\n" +
	"request_id\x18\x01 \x01(\tR\trequestId\x122\n" +
	"\x06resume\x18\x02 \x01(\v2\x18.confab.v1.ResumeCommandH\x00R\x06resume\x12,\n" +
	"\x04join\x18\x03 \x01(\v2\x16.confab.v1.JoinRequestH\x00R\x04join\x12/\n" +
	"\x05leave\x18\x04 \x01(\v2\x17.confab.v1.LeaveRequestH\x00R\x05leave\x123\n" +
	"\x04send\x18\x05 \x01(\v2\x1d.confab.v1.SendMessageRequestH\x00R\x04send\x125\n" +
	"\arefresh\x18\x06 \x01(\v2\x19.confab.v1.RefreshCommandH\x00R\arefresh\x122\n" +
	"\x06invite\x18\a \x01(\v2\x18.confab.v1.InviteRequestH\x00R\x06invite\x12,\n" +
	"\x04kick\x18\b \x01(\v2\x16.confab.v1.KickRequestH\x00R\x04kick\x12)\n" +
	"\x03ban\x18\t \x01(\v2\x15.confab.v1.BanRequestH\x00R\x03ban\x12/\n" +
	"\x05unban\x18\n" +
	" \x01(\v2\x17.confab.v1.UnbanRequestH\x00R\x05unban\x129\n" +
	"\tset_topic\x18\v \x01(\v2\x1a.confab.v1.SetTopicRequestH\x00R\bsetTopic\x126\n" +
	"\bset_role\x18\f \x01(\v2\x19.confab.v1.SetRoleRequestH\x00R\asetRole\x12/\n" +
	"\x05block\x18\r \x01(\v2\x17.confab.v1.BlockRequestH\x00R\x05block\x125\n" +
	"\aunblock\x18\x0e \x01(\v2\x19.confab.v1.UnblockRequestH\x00R\aunblock\x12?\n" +
	"\vcreate_room\x18\x0f \x01(\v2\x1c.confab.v1.CreateRoomRequestH\x00R\n" +
	"createRoom\x123\n" +
	"\x04edit\x18\x12 \x01(\v2\x1d.confab.v1.EditMessageRequestH\x00R\x04edit\x129\n" +
	"\x06delete\x18\x13 \x01(\v2\x1f.confab.v1.DeleteMessageRequestH\x00R\x06delete\x12/\n" +
	"\x05react\x18\x14 \x01(\v2\x17.confab.v1.ReactRequestH\x00R\x05react\x129\n" +
	"\tmark_read\x18\x10 \x01(\v2\x1a.confab.v1.MarkReadRequestH\x00R\bmarkRead\x126\n" +
	"\x06typing\x18\x11 \x01(\v2\x1c.confab.v1.SendTypingRequestH\x00R\x06typingB\t\n" +
	"\acommand\"&\n" +
	"\x0eRefreshCommand\x12\x14\n" +
	"\x05token\x18\x01 \x01(\tR\x05token\"<\n" +
	"\rResumeCommand\x12+\n" +
	"\acursors\x18\x01 \x03(\v2\x11.confab.v1.CursorR\acursors\"\xe3\x03\n" +
	"\fChatResponse\x12(\n" +
	"\x05event\x18\x01 \x01(\v2\x10.confab.v1.EventH\x00R\x05event\x121\n" +
	"\bpresence\x18\x02 \x01(\v2\x13.confab.v1.PresenceH\x00R\bpresence\x12\"\n" +
	"\x03ack\x18\x03 \x01(\v2\x0e.confab.v1.AckH\x00R\x03ack\x12,\n" +
	"\x05error\x18\x04 \x01(\v2\x14.confab.v1.ChatErrorH\x00R\x05error\x12(\n" +
	"\x05ready\x18\x05 \x01(\v2\x10.confab.v1.ReadyH\x00R\x05ready\x12G\n" +
	"\x10presence_summary\x18\x06 \x01(\v2\x1a.confab.v1.PresenceSummaryH\x00R\x0fpresenceSummary\x128\n" +
	"\vread_marker\x18\a \x01(\v2\x15.confab.v1.ReadMarkerH\x00R\n" +
	"readMarker\x12+\n" +
	"\x06typing\x18\b \x01(\v2\x11.confab.v1.TypingH\x00R\x06typing\x12A\n" +
	"\x0eunread_skipped\x18\t \x01(\v2\x18.confab.v1.UnreadSkippedH\x00R\runreadSkippedB\a\n" +
	"\x05frame\"\x91\x01\n" +
	"\x03Ack\x12\x1d\n" +
	"\n" +
	"request_id\x18\x01 \x01(\tR\trequestId\x12;\n" +
	"\fconversation\x18\x02 \x01(\v2\x17.confab.v1.ConversationR\fconversation\x12\x10\n" +
	"\x03seq\x18\x03 \x01(\x04R\x03seq\x12\x1c\n" +
	"\tduplicate\x18\x04 \x01(\bR\tduplicate\"\x95\x01\n" +
	"\tChatError\x12\x1d\n" +
	"\n" +
	"request_id\x18\x01 \x01(\tR\trequestId\x12\x12\n" +
	"\x04code\x18\x02 \x01(\x05R\x04code\x12\x18\n" +
	"\amessage\x18\x03 \x01(\tR\amessage\x12;\n" +
	"\fconversation\x18\x04 \x01(\v2\x17.confab.v1.ConversationR\fconversation\"M\n" +
	"\x05Ready\x12\x14\n" +
	"\x05rooms\x18\x01 \x03(\tR\x05rooms\x12.\n" +
	"\x06unread\x18\x02 \x03(\v2\x16.confab.v1.UnreadCountR\x06unread\"}\n" +
	"\vUnreadCount\x12;\n" +
	"\fconversation\x18\x01 \x01(\v2\x17.confab.v1.ConversationR\fconversation\x12\x19\n" +
	"\bread_seq\x18\x02 \x01(\x04R\areadSeq\x12\x16\n" +
	"\x06unread\x18\x03 \x01(\x04R\x06unread\"o\n" +
	"\n" +
	"ReadMarker\x12;\n" +
	"\fconversation\x18\x01 \x01(\v2\x17.confab.v1.ConversationR\fconversation\x12\x12\n" +
	"\x04user\x18\x02 \x01(\tR\x04user\x12\x10\n" +
	"\x03seq\x18\x03 \x01(\x04R\x03seq\"\x94\x01\n" +
	"\x06Typing\x12;\n" +
	"\fconversation\x18\x01 \x01(\v2\x17.confab.v1.ConversationR\fconversation\x12\x12\n" +
	"\x04user\x18\x02 \x01(\tR\x04user\x129\n" +
	"\n" +
	"expires_at\x18\x03 \x01(\v2\x1a.google.protobuf.TimestampR\texpiresAt\"\x83\x01\n" +
	"\rUnreadSkipped\x12;\n" +
	"\fconversation\x18\x01 \x01(\v2\x17.confab.v1.ConversationR\fconversation\x12\x18\n" +
	"\askipped\x18\x02 \x01(\x04R\askipped\x12\x1b\n" +
	"\tafter_seq\x18\x03 \x01(\x04R\bafterSeq\"?\n" +
	"\x10SubscribeRequest\x12+\n" +
	"\acursors\x18\x01 \x03(\v2\x11.confab.v1.CursorR\acursors\"\xc2\x01\n" +
	"\x11SubscribeResponse\x12(\n" +
	"\x05event\x18\x01 \x01(\v2\x10.confab.v1.EventH\x00R\x05event\x121\n" +
	"\bpresence\x18\x02 \x01(\v2\x13.confab.v1.PresenceH\x00R\bpresence\x12G\n" +
	"\x10presence_summary\x18\x03 \x01(\v2\x1a.confab.v1.PresenceSummaryH\x00R\x0fpresenceSummaryB\a\n" +
	"\x05frame\"=\n" +
	"\x0eReceiveRequest\x12+\n" +
	"\acursors\x18\x01 \x03(\v2\x11.confab.v1.CursorR\acursors\"\xc2\x03\n" +
	"\x0fReceiveResponse\x12(\n" +
	"\x05event\x18\x01 \x01(\v2\x10.confab.v1.EventH\x00R\x05event\x121\n" +
	"\bpresence\x18\x02 \x01(\v2\x13.confab.v1.PresenceH\x00R\bpresence\x12G\n" +
	"\x10presence_summary\x18\x03 \x01(\v2\x1a.confab.v1.PresenceSummaryH\x00R\x0fpresenceSummary\x12(\n" +
	"\x05ready\x18\x04 \x01(\v2\x10.confab.v1.ReadyH\x00R\x05ready\x12,\n" +
	"\x05error\x18\x05 \x01(\v2\x14.confab.v1.ChatErrorH\x00R\x05error\x128\n" +
	"\vread_marker\x18\x06 \x01(\v2\x15.confab.v1.ReadMarkerH\x00R\n" +
	"readMarker\x12+\n" +
	"\x06typing\x18\a \x01(\v2\x11.confab.v1.TypingH\x00R\x06typing\x12A\n" +
	"\x0eunread_skipped\x18\b \x01(\v2\x18.confab.v1.UnreadSkippedH\x00R\runreadSkippedB\a\n" +
	"\x05frame\"\xe7\x01\n" +
	"\x0eHistoryRequest\x12;\n" +
	"\fconversation\x18\x01 \x01(\v2\x17.confab.v1.ConversationR\fconversation\x12 \n" +
	"\tafter_seq\x18\x02 \x01(\x04H\x00R\bafterSeq\x88\x01\x01\x12\"\n" +
	"\n" +
	"before_seq\x18\x03 \x01(\x04H\x01R\tbeforeSeq\x88\x01\x01\x12\x14\n" +
	"\x05limit\x18\x04 \x01(\rR\x05limit\x12\x1f\n" +
	"\vapply_edits\x18\x05 \x01(\bR\n" +
	"applyEditsB\f\n" +
	"\n" +
	"_after_seqB\r\n" +
	"\v_before_seq\"V\n" +
	"\x0fHistoryResponse\x12(\n" +
	"\x06events\x18\x01 \x03(\v2\x10.confab.v1.EventR\x06events\x12\x19\n" +
	"\blast_seq\x18\x02 \x01(\x04R\alastSeq\"G\n" +
	"\x10ListRoomsRequest\x12\x1d\n" +
	"\n" +
	"page_token\x18\x01 \x01(\tR\tpageToken\x12\x14\n" +
	"\x05limit\x18\x02 \x01(\rR\x05limit\"f\n" +
	"\x11ListRoomsResponse\x12)\n" +
	"\x05rooms\x18\x01 \x03(\v2\x13.confab.v1.RoomInfoR\x05rooms\x12&\n" +
	"\x0fnext_page_token\x18\x02 \x01(\tR\rnextPageToken\"\xa6\x02\n" +
	"\bRoomInfo\x12\x12\n" +
	"\x04name\x18\x01 \x01(\tR\x04name\x12!\n" +
	"\fmember_count\x18\x02 \x01(\rR\vmemberCount\x12\x1b\n" +
	"\tis_member\x18\x03 \x01(\bR\bisMember\x12\x19\n" +
	"\blast_seq\x18\x04 \x01(\x04R\alastSeq\x12\x18\n" +
	"\aprivate\x18\n" +
	" \x01(\bR\aprivate\x12\x14\n" +
	"\x05topic\x18\v \x01(\tR\x05topic\x12#\n" +
	"\x04role\x18\f \x01(\x0e2\x0f.confab.v1.RoleR\x04role\x12\x18\n" +
	"\ainvited\x18\r \x01(\bR\ainvited\x12!\n" +
	"\funread_count\x18\x0e \x01(\x04R\vunreadCount\x12\x19\n" +
	"\bread_seq\x18\x0f \x01(\x04R\areadSeq\"]\n" +
	"\x12ListMembersRequest\x12\x12\n" +
	"\x04room\x18\x01 \x01(\tR\x04room\x12\x1d\n" +
	"\n" +
	"page_token\x18\x02 \x01(\tR\tpageToken\x12\x14\n" +
	"\x05limit\x18\x03 \x01(\rR\x05limit\"j\n" +
	"\x13ListMembersResponse\x12+\n" +
	"\amembers\x18\x01 \x03(\v2\x11.confab.v1.MemberR\amembers\x12&\n" +
	"\x0fnext_page_token\x18\x02 \x01(\tR\rnextPageToken\"q\n" +
	"\x06Member\x12\x12\n" +
	"\x04user\x18\x01 \x01(\tR\x04user\x12.\n" +
	"\x05state\x18\x02 \x01(\x0e2\x18.confab.v1.PresenceStateR\x05state\x12#\n" +
	"\x04role\x18\n" +
	" \x01(\x0e2\x0f.confab.v1.RoleR\x04role\"7\n" +
	"\rInviteRequest\x12\x12\n" +
	"\x04room\x18\x01 \x01(\tR\x04room\x12\x12\n" +
	"\x04user\x18\x02 \x01(\tR\x04user\"<\n" +
	"\x0eInviteResponse\x12\x10\n" +
	"\x03seq\x18\x01 \x01(\x04R\x03seq\x12\x18\n" +
	"\achanged\x18\x02 \x01(\bR\achanged\"M\n" +
	"\vKickRequest\x12\x12\n" +
	"\x04room\x18\x01 \x01(\tR\x04room\x12\x12\n" +
	"\x04user\x18\x02 \x01(\tR\x04user\x12\x16\n" +
	"\x06reason\x18\x03 \x01(\tR\x06reason\" \n" +
	"\fKickResponse\x12\x10\n" +
	"\x03seq\x18\x01 \x01(\x04R\x03seq\"L\n" +
	"\n" +
	"BanRequest\x12\x12\n" +
	"\x04room\x18\x01 \x01(\tR\x04room\x12\x12\n" +
	"\x04user\x18\x02 \x01(\tR\x04user\x12\x16\n" +
	"\x06reason\x18\x03 \x01(\tR\x06reason\"9\n" +
	"\vBanResponse\x12\x10\n" +
	"\x03seq\x18\x01 \x01(\x04R\x03seq\x12\x18\n" +
	"\achanged\x18\x02 \x01(\bR\achanged\"6\n" +
	"\fUnbanRequest\x12\x12\n" +
	"\x04room\x18\x01 \x01(\tR\x04room\x12\x12\n" +
	"\x04user\x18\x02 \x01(\tR\x04user\";\n" +
	"\rUnbanResponse\x12\x10\n" +
	"\x03seq\x18\x01 \x01(\x04R\x03seq\x12\x18\n" +
	"\achanged\x18\x02 \x01(\bR\achanged\";\n" +
	"\x0fSetTopicRequest\x12\x12\n" +
	"\x04room\x18\x01 \x01(\tR\x04room\x12\x14\n" +
	"\x05topic\x18\x02 \x01(\tR\x05topic\">\n" +
	"\x10SetTopicResponse\x12\x10\n" +
	"\x03seq\x18\x01 \x01(\x04R\x03seq\x12\x18\n" +
	"\achanged\x18\x02 \x01(\bR\achanged\"]\n" +
	"\x0eSetRoleRequest\x12\x12\n" +
	"\x04room\x18\x01 \x01(\tR\x04room\x12\x12\n" +
	"\x04user\x18\x02 \x01(\tR\x04user\x12#\n" +
	"\x04role\x18\x03 \x01(\x0e2\x0f.confab.v1.RoleR\x04role\"=\n" +
	"\x0fSetRoleResponse\x12\x10\n" +
	"\x03seq\x18\x01 \x01(\x04R\x03seq\x12\x18\n" +
	"\achanged\x18\x02 \x01(\bR\achanged\"\"\n" +
	"\fBlockRequest\x12\x12\n" +
	"\x04user\x18\x01 \x01(\tR\x04user\")\n" +
	"\rBlockResponse\x12\x18\n" +
	"\achanged\x18\x01 \x01(\bR\achanged\"$\n" +
	"\x0eUnblockRequest\x12\x12\n" +
	"\x04user\x18\x01 \x01(\tR\x04user\"+\n" +
	"\x0fUnblockResponse\x12\x18\n" +
	"\achanged\x18\x01 \x01(\bR\achanged\"w\n" +
	"\x12EditMessageRequest\x12;\n" +
	"\fconversation\x18\x01 \x01(\v2\x17.confab.v1.ConversationR\fconversation\x12\x10\n" +
	"\x03seq\x18\x02 \x01(\x04R\x03seq\x12\x12\n" +
	"\x04text\x18\x03 \x01(\tR\x04text\"'\n" +
	"\x13EditMessageResponse\x12\x10\n" +
	"\x03seq\x18\x01 \x01(\x04R\x03seq\"e\n" +
	"\x14DeleteMessageRequest\x12;\n" +
	"\fconversation\x18\x01 \x01(\v2\x17.confab.v1.ConversationR\fconversation\x12\x10\n" +
	"\x03seq\x18\x02 \x01(\x04R\x03seq\"C\n" +
	"\x15DeleteMessageResponse\x12\x10\n" +
	"\x03seq\x18\x01 \x01(\x04R\x03seq\x12\x18\n" +
	"\achanged\x18\x02 \x01(\bR\achanged\"\x91\x01\n" +
	"\fReactRequest\x12;\n" +
	"\fconversation\x18\x01 \x01(\v2\x17.confab.v1.ConversationR\fconversation\x12\x10\n" +
	"\x03seq\x18\x02 \x01(\x04R\x03seq\x12\x1a\n" +
	"\breaction\x18\x03 \x01(\tR\breaction\x12\x16\n" +
	"\x06remove\x18\x04 \x01(\bR\x06remove\";\n" +
	"\rReactResponse\x12\x10\n" +
	"\x03seq\x18\x01 \x01(\x04R\x03seq\x12\x18\n" +
	"\achanged\x18\x02 \x01(\bR\achanged\"Z\n" +
	"\rSearchRequest\x12\x14\n" +
	"\x05query\x18\x01 \x01(\tR\x05query\x12\x1d\n" +
	"\n" +
	"page_token\x18\x02 \x01(\tR\tpageToken\x12\x14\n" +
	"\x05limit\x18\x03 \x01(\rR\x05limit\"b\n" +
	"\x0eSearchResponse\x12(\n" +
	"\x06events\x18\x01 \x03(\v2\x10.confab.v1.EventR\x06events\x12&\n" +
	"\x0fnext_page_token\x18\x02 \x01(\tR\rnextPageToken\"`\n" +
	"\x0fMarkReadRequest\x12;\n" +
	"\fconversation\x18\x01 \x01(\v2\x17.confab.v1.ConversationR\fconversation\x12\x10\n" +
	"\x03seq\x18\x02 \x01(\x04R\x03seq\"G\n" +
	"\x10MarkReadResponse\x12\x19\n" +
	"\bread_seq\x18\x01 \x01(\x04R\areadSeq\x12\x18\n" +
	"\achanged\x18\x02 \x01(\bR\achanged\"O\n" +
	"\x18ListConversationsRequest\x12\x1d\n" +
	"\n" +
	"page_token\x18\x01 \x01(\tR\tpageToken\x12\x14\n" +
	"\x05limit\x18\x02 \x01(\rR\x05limit\"\x86\x01\n" +
	"\x19ListConversationsResponse\x12A\n" +
	"\rconversations\x18\x01 \x03(\v2\x1b.confab.v1.ConversationInfoR\rconversations\x12&\n" +
	"\x0fnext_page_token\x18\x02 \x01(\tR\rnextPageToken\"\xbe\x01\n" +
	"\x10ConversationInfo\x12;\n" +
	"\fconversation\x18\x01 \x01(\v2\x17.confab.v1.ConversationR\fconversation\x12/\n" +
	"\n" +
	"last_event\x18\x02 \x01(\v2\x10.confab.v1.EventR\tlastEvent\x12\x19\n" +
	"\bread_seq\x18\x03 \x01(\x04R\areadSeq\x12!\n" +
	"\funread_count\x18\x04 \x01(\x04R\vunreadCount\"P\n" +
	"\x11SendTypingRequest\x12;\n" +
	"\fconversation\x18\x01 \x01(\v2\x17.confab.v1.ConversationR\fconversation\"l\n" +
	"\x12SendTypingResponse\x12\x1b\n" +
	"\tpassed_on\x18\x01 \x01(\bR\bpassedOn\x129\n" +
	"\n" +
	"expires_at\x18\x02 \x01(\v2\x1a.google.protobuf.TimestampR\texpiresAt\"2\n" +
	"\x16SetReadReceiptsRequest\x12\x18\n" +
	"\aenabled\x18\x01 \x01(\bR\aenabled\"3\n" +
	"\x17SetReadReceiptsResponse\x12\x18\n" +
	"\achanged\x18\x01 \x01(\bR\achanged*Q\n" +
	"\x04Role\x12\x14\n" +
	"\x10ROLE_UNSPECIFIED\x10\x00\x12\x0f\n" +
	"\vROLE_MEMBER\x10\x01\x12\x12\n" +
	"\x0eROLE_MODERATOR\x10\x02\x12\x0e\n" +
	"\n" +
	"ROLE_OWNER\x10\x03*f\n" +
	"\rPresenceState\x12\x1e\n" +
	"\x1aPRESENCE_STATE_UNSPECIFIED\x10\x00\x12\x19\n" +
	"\x15PRESENCE_STATE_ONLINE\x10\x01\x12\x1a\n" +
	"\x16PRESENCE_STATE_OFFLINE\x10\x022\x94\x0e\n" +
	"\vChatService\x127\n" +
	"\x04Join\x12\x16.confab.v1.JoinRequest\x1a\x17.confab.v1.JoinResponse\x12I\n" +
	"\n" +
	"CreateRoom\x12\x1c.confab.v1.CreateRoomRequest\x1a\x1d.confab.v1.CreateRoomResponse\x12:\n" +
	"\x05Leave\x12\x17.confab.v1.LeaveRequest\x1a\x18.confab.v1.LeaveResponse\x12L\n" +
	"\vSendMessage\x12\x1d.confab.v1.SendMessageRequest\x1a\x1e.confab.v1.SendMessageResponse\x12;\n" +
	"\x04Chat\x12\x16.confab.v1.ChatRequest\x1a\x17.confab.v1.ChatResponse(\x010\x01\x12H\n" +
	"\tSubscribe\x12\x1b.confab.v1.SubscribeRequest\x1a\x1c.confab.v1.SubscribeResponse0\x01\x12B\n" +
	"\aReceive\x12\x19.confab.v1.ReceiveRequest\x1a\x1a.confab.v1.ReceiveResponse0\x01\x12@\n" +
	"\aHistory\x12\x19.confab.v1.HistoryRequest\x1a\x1a.confab.v1.HistoryResponse\x12F\n" +
	"\tListRooms\x12\x1b.confab.v1.ListRoomsRequest\x1a\x1c.confab.v1.ListRoomsResponse\x12L\n" +
	"\vListMembers\x12\x1d.confab.v1.ListMembersRequest\x1a\x1e.confab.v1.ListMembersResponse\x12=\n" +
	"\x06Invite\x12\x18.confab.v1.InviteRequest\x1a\x19.confab.v1.InviteResponse\x127\n" +
	"\x04Kick\x12\x16.confab.v1.KickRequest\x1a\x17.confab.v1.KickResponse\x124\n" +
	"\x03Ban\x12\x15.confab.v1.BanRequest\x1a\x16.confab.v1.BanResponse\x12:\n" +
	"\x05Unban\x12\x17.confab.v1.UnbanRequest\x1a\x18.confab.v1.UnbanResponse\x12C\n" +
	"\bSetTopic\x12\x1a.confab.v1.SetTopicRequest\x1a\x1b.confab.v1.SetTopicResponse\x12@\n" +
	"\aSetRole\x12\x19.confab.v1.SetRoleRequest\x1a\x1a.confab.v1.SetRoleResponse\x12:\n" +
	"\x05Block\x12\x17.confab.v1.BlockRequest\x1a\x18.confab.v1.BlockResponse\x12@\n" +
	"\aUnblock\x12\x19.confab.v1.UnblockRequest\x1a\x1a.confab.v1.UnblockResponse\x12L\n" +
	"\vEditMessage\x12\x1d.confab.v1.EditMessageRequest\x1a\x1e.confab.v1.EditMessageResponse\x12R\n" +
	"\rDeleteMessage\x12\x1f.confab.v1.DeleteMessageRequest\x1a .confab.v1.DeleteMessageResponse\x12:\n" +
	"\x05React\x12\x17.confab.v1.ReactRequest\x1a\x18.confab.v1.ReactResponse\x12=\n" +
	"\x06Search\x12\x18.confab.v1.SearchRequest\x1a\x19.confab.v1.SearchResponse\x12C\n" +
	"\bMarkRead\x12\x1a.confab.v1.MarkReadRequest\x1a\x1b.confab.v1.MarkReadResponse\x12^\n" +
	"\x11ListConversations\x12#.confab.v1.ListConversationsRequest\x1a$.confab.v1.ListConversationsResponse\x12I\n" +
	"\n" +
	"SendTyping\x12\x1c.confab.v1.SendTypingRequest\x1a\x1d.confab.v1.SendTypingResponse\x12X\n" +
	"\x0fSetReadReceipts\x12!.confab.v1.SetReadReceiptsRequest\x1a\".confab.v1.SetReadReceiptsResponseB]\n" +
	"\rdev.confab.v1B\tChatProtoP\x01Z?github.com/confab-chat/confab/clients/go/gen/confab/v1;confabv1b\x06proto3"

var (
	file_confab_v1_chat_proto_rawDescOnce sync.Once
	file_confab_v1_chat_proto_rawDescData []byte
)

func file_confab_v1_chat_proto_rawDescGZIP() []byte {
	file_confab_v1_chat_proto_rawDescOnce.Do(func() {
		file_confab_v1_chat_proto_rawDescData = protoimpl.X.CompressGZIP(unsafe.Slice(unsafe.StringData(file_confab_v1_chat_proto_rawDesc), len(file_confab_v1_chat_proto_rawDesc)))
	})
	return file_confab_v1_chat_proto_rawDescData
}

var file_confab_v1_chat_proto_enumTypes = make([]protoimpl.EnumInfo, 2)
var file_confab_v1_chat_proto_msgTypes = make([]protoimpl.MessageInfo, 83)
var file_confab_v1_chat_proto_goTypes = []any{
	(Role)(0),                         // 0: confab.v1.Role
	(PresenceState)(0),                // 1: confab.v1.PresenceState
	(*Conversation)(nil),              // 2: confab.v1.Conversation
	(*Cursor)(nil),                    // 3: confab.v1.Cursor
	(*Event)(nil),                     // 4: confab.v1.Event
	(*Message)(nil),                   // 5: confab.v1.Message
	(*ReactionCount)(nil),             // 6: confab.v1.ReactionCount
	(*MessageEdited)(nil),             // 7: confab.v1.MessageEdited
	(*MessageDeleted)(nil),            // 8: confab.v1.MessageDeleted
	(*ReactionAdded)(nil),             // 9: confab.v1.ReactionAdded
	(*ReactionRemoved)(nil),           // 10: confab.v1.ReactionRemoved
	(*Joined)(nil),                    // 11: confab.v1.Joined
	(*Left)(nil),                      // 12: confab.v1.Left
	(*Invited)(nil),                   // 13: confab.v1.Invited
	(*Kicked)(nil),                    // 14: confab.v1.Kicked
	(*Banned)(nil),                    // 15: confab.v1.Banned
	(*Unbanned)(nil),                  // 16: confab.v1.Unbanned
	(*TopicSet)(nil),                  // 17: confab.v1.TopicSet
	(*RoleChanged)(nil),               // 18: confab.v1.RoleChanged
	(*Presence)(nil),                  // 19: confab.v1.Presence
	(*PresenceSummary)(nil),           // 20: confab.v1.PresenceSummary
	(*JoinRequest)(nil),               // 21: confab.v1.JoinRequest
	(*JoinResponse)(nil),              // 22: confab.v1.JoinResponse
	(*CreateRoomRequest)(nil),         // 23: confab.v1.CreateRoomRequest
	(*CreateRoomResponse)(nil),        // 24: confab.v1.CreateRoomResponse
	(*LeaveRequest)(nil),              // 25: confab.v1.LeaveRequest
	(*LeaveResponse)(nil),             // 26: confab.v1.LeaveResponse
	(*SendMessageRequest)(nil),        // 27: confab.v1.SendMessageRequest
	(*SendMessageResponse)(nil),       // 28: confab.v1.SendMessageResponse
	(*ChatRequest)(nil),               // 29: confab.v1.ChatRequest
	(*RefreshCommand)(nil),            // 30: confab.v1.RefreshCommand
	(*ResumeCommand)(nil),             // 31: confab.v1.ResumeCommand
	(*ChatResponse)(nil),              // 32: confab.v1.ChatResponse
	(*Ack)(nil),                       // 33: confab.v1.Ack
	(*ChatError)(nil),                 // 34: confab.v1.ChatError
	(*Ready)(nil),                     // 35: confab.v1.Ready
	(*UnreadCount)(nil),               // 36: confab.v1.UnreadCount
	(*ReadMarker)(nil),                // 37: confab.v1.ReadMarker
	(*Typing)(nil),                    // 38: confab.v1.Typing
	(*UnreadSkipped)(nil),             // 39: confab.v1.UnreadSkipped
	(*SubscribeRequest)(nil),          // 40: confab.v1.SubscribeRequest
	(*SubscribeResponse)(nil),         // 41: confab.v1.SubscribeResponse
	(*ReceiveRequest)(nil),            // 42: confab.v1.ReceiveRequest
	(*ReceiveResponse)(nil),           // 43: confab.v1.ReceiveResponse
	(*HistoryRequest)(nil),            // 44: confab.v1.HistoryRequest
	(*HistoryResponse)(nil),           // 45: confab.v1.HistoryResponse
	(*ListRoomsRequest)(nil),          // 46: confab.v1.ListRoomsRequest
	(*ListRoomsResponse)(nil),         // 47: confab.v1.ListRoomsResponse
	(*RoomInfo)(nil),                  // 48: confab.v1.RoomInfo
	(*ListMembersRequest)(nil),        // 49: confab.v1.ListMembersRequest
	(*ListMembersResponse)(nil),       // 50: confab.v1.ListMembersResponse
	(*Member)(nil),                    // 51: confab.v1.Member
	(*InviteRequest)(nil),             // 52: confab.v1.InviteRequest
	(*InviteResponse)(nil),            // 53: confab.v1.InviteResponse
	(*KickRequest)(nil),               // 54: confab.v1.KickRequest
	(*KickResponse)(nil),              // 55: confab.v1.KickResponse
	(*BanRequest)(nil),                // 56: confab.v1.BanRequest
	(*BanResponse)(nil),               // 57: confab.v1.BanResponse
	(*UnbanRequest)(nil),              // 58: confab.v1.UnbanRequest
	(*UnbanResponse)(nil),             // 59: confab.v1.UnbanResponse
	(*SetTopicRequest)(nil),           // 60: confab.v1.SetTopicRequest
	(*SetTopicResponse)(nil),          // 61: confab.v1.SetTopicResponse
	(*SetRoleRequest)(nil),            // 62: confab.v1.SetRoleRequest
	(*SetRoleResponse)(nil),           // 63: confab.v1.SetRoleResponse
	(*BlockRequest)(nil),              // 64: confab.v1.BlockRequest
	(*BlockResponse)(nil),             // 65: confab.v1.BlockResponse
	(*UnblockRequest)(nil),            // 66: confab.v1.UnblockRequest
	(*UnblockResponse)(nil),           // 67: confab.v1.UnblockResponse
	(*EditMessageRequest)(nil),        // 68: confab.v1.EditMessageRequest
	(*EditMessageResponse)(nil),       // 69: confab.v1.EditMessageResponse
	(*DeleteMessageRequest)(nil),      // 70: confab.v1.DeleteMessageRequest
	(*DeleteMessageResponse)(nil),     // 71: confab.v1.DeleteMessageResponse
	(*ReactRequest)(nil),              // 72: confab.v1.ReactRequest
	(*ReactResponse)(nil),             // 73: confab.v1.ReactResponse
	(*SearchRequest)(nil),             // 74: confab.v1.SearchRequest
	(*SearchResponse)(nil),            // 75: confab.v1.SearchResponse
	(*MarkReadRequest)(nil),           // 76: confab.v1.MarkReadRequest
	(*MarkReadResponse)(nil),          // 77: confab.v1.MarkReadResponse
	(*ListConversationsRequest)(nil),  // 78: confab.v1.ListConversationsRequest
	(*ListConversationsResponse)(nil), // 79: confab.v1.ListConversationsResponse
	(*ConversationInfo)(nil),          // 80: confab.v1.ConversationInfo
	(*SendTypingRequest)(nil),         // 81: confab.v1.SendTypingRequest
	(*SendTypingResponse)(nil),        // 82: confab.v1.SendTypingResponse
	(*SetReadReceiptsRequest)(nil),    // 83: confab.v1.SetReadReceiptsRequest
	(*SetReadReceiptsResponse)(nil),   // 84: confab.v1.SetReadReceiptsResponse
	(*timestamppb.Timestamp)(nil),     // 85: google.protobuf.Timestamp
}
var file_confab_v1_chat_proto_depIdxs = []int32{
	2,   // 0: confab.v1.Cursor.conversation:type_name -> confab.v1.Conversation
	85,  // 1: confab.v1.Event.time:type_name -> google.protobuf.Timestamp
	5,   // 2: confab.v1.Event.message:type_name -> confab.v1.Message
	11,  // 3: confab.v1.Event.joined:type_name -> confab.v1.Joined
	12,  // 4: confab.v1.Event.left:type_name -> confab.v1.Left
	13,  // 5: confab.v1.Event.invited:type_name -> confab.v1.Invited
	14,  // 6: confab.v1.Event.kicked:type_name -> confab.v1.Kicked
	15,  // 7: confab.v1.Event.banned:type_name -> confab.v1.Banned
	16,  // 8: confab.v1.Event.unbanned:type_name -> confab.v1.Unbanned
	17,  // 9: confab.v1.Event.topic_set:type_name -> confab.v1.TopicSet
	18,  // 10: confab.v1.Event.role_changed:type_name -> confab.v1.RoleChanged
	7,   // 11: confab.v1.Event.edited:type_name -> confab.v1.MessageEdited
	8,   // 12: confab.v1.Event.deleted:type_name -> confab.v1.MessageDeleted
	9,   // 13: confab.v1.Event.reaction_added:type_name -> confab.v1.ReactionAdded
	10,  // 14: confab.v1.Event.reaction_removed:type_name -> confab.v1.ReactionRemoved
	0,   // 15: confab.v1.Event.role:type_name -> confab.v1.Role
	6,   // 16: confab.v1.Message.reactions:type_name -> confab.v1.ReactionCount
	1,   // 17: confab.v1.Presence.state:type_name -> confab.v1.PresenceState
	38,  // 18: confab.v1.PresenceSummary.typing:type_name -> confab.v1.Typing
	31,  // 19: confab.v1.ChatRequest.resume:type_name -> confab.v1.ResumeCommand
	21,  // 20: confab.v1.ChatRequest.join:type_name -> confab.v1.JoinRequest
	25,  // 21: confab.v1.ChatRequest.leave:type_name -> confab.v1.LeaveRequest
	27,  // 22: confab.v1.ChatRequest.send:type_name -> confab.v1.SendMessageRequest
	30,  // 23: confab.v1.ChatRequest.refresh:type_name -> confab.v1.RefreshCommand
	52,  // 24: confab.v1.ChatRequest.invite:type_name -> confab.v1.InviteRequest
	54,  // 25: confab.v1.ChatRequest.kick:type_name -> confab.v1.KickRequest
	56,  // 26: confab.v1.ChatRequest.ban:type_name -> confab.v1.BanRequest
	58,  // 27: confab.v1.ChatRequest.unban:type_name -> confab.v1.UnbanRequest
	60,  // 28: confab.v1.ChatRequest.set_topic:type_name -> confab.v1.SetTopicRequest
	62,  // 29: confab.v1.ChatRequest.set_role:type_name -> confab.v1.SetRoleRequest
	64,  // 30: confab.v1.ChatRequest.block:type_name -> confab.v1.BlockRequest
	66,  // 31: confab.v1.ChatRequest.unblock:type_name -> confab.v1.UnblockRequest
	23,  // 32: confab.v1.ChatRequest.create_room:type_name -> confab.v1.CreateRoomRequest
	68,  // 33: confab.v1.ChatRequest.edit:type_name -> confab.v1.EditMessageRequest
	70,  // 34: confab.v1.ChatRequest.delete:type_name -> confab.v1.DeleteMessageRequest
	72,  // 35: confab.v1.ChatRequest.react:type_name -> confab.v1.ReactRequest
	76,  // 36: confab.v1.ChatRequest.mark_read:type_name -> confab.v1.MarkReadRequest
	81,  // 37: confab.v1.ChatRequest.typing:type_name -> confab.v1.SendTypingRequest
	3,   // 38: confab.v1.ResumeCommand.cursors:type_name -> confab.v1.Cursor
	4,   // 39: confab.v1.ChatResponse.event:type_name -> confab.v1.Event
	19,  // 40: confab.v1.ChatResponse.presence:type_name -> confab.v1.Presence
	33,  // 41: confab.v1.ChatResponse.ack:type_name -> confab.v1.Ack
	34,  // 42: confab.v1.ChatResponse.error:type_name -> confab.v1.ChatError
	35,  // 43: confab.v1.ChatResponse.ready:type_name -> confab.v1.Ready
	20,  // 44: confab.v1.ChatResponse.presence_summary:type_name -> confab.v1.PresenceSummary
	37,  // 45: confab.v1.ChatResponse.read_marker:type_name -> confab.v1.ReadMarker
	38,  // 46: confab.v1.ChatResponse.typing:type_name -> confab.v1.Typing
	39,  // 47: confab.v1.ChatResponse.unread_skipped:type_name -> confab.v1.UnreadSkipped
	2,   // 48: confab.v1.Ack.conversation:type_name -> confab.v1.Conversation
	2,   // 49: confab.v1.ChatError.conversation:type_name -> confab.v1.Conversation
	36,  // 50: confab.v1.Ready.unread:type_name -> confab.v1.UnreadCount
	2,   // 51: confab.v1.UnreadCount.conversation:type_name -> confab.v1.Conversation
	2,   // 52: confab.v1.ReadMarker.conversation:type_name -> confab.v1.Conversation
	2,   // 53: confab.v1.Typing.conversation:type_name -> confab.v1.Conversation
	85,  // 54: confab.v1.Typing.expires_at:type_name -> google.protobuf.Timestamp
	2,   // 55: confab.v1.UnreadSkipped.conversation:type_name -> confab.v1.Conversation
	3,   // 56: confab.v1.SubscribeRequest.cursors:type_name -> confab.v1.Cursor
	4,   // 57: confab.v1.SubscribeResponse.event:type_name -> confab.v1.Event
	19,  // 58: confab.v1.SubscribeResponse.presence:type_name -> confab.v1.Presence
	20,  // 59: confab.v1.SubscribeResponse.presence_summary:type_name -> confab.v1.PresenceSummary
	3,   // 60: confab.v1.ReceiveRequest.cursors:type_name -> confab.v1.Cursor
	4,   // 61: confab.v1.ReceiveResponse.event:type_name -> confab.v1.Event
	19,  // 62: confab.v1.ReceiveResponse.presence:type_name -> confab.v1.Presence
	20,  // 63: confab.v1.ReceiveResponse.presence_summary:type_name -> confab.v1.PresenceSummary
	35,  // 64: confab.v1.ReceiveResponse.ready:type_name -> confab.v1.Ready
	34,  // 65: confab.v1.ReceiveResponse.error:type_name -> confab.v1.ChatError
	37,  // 66: confab.v1.ReceiveResponse.read_marker:type_name -> confab.v1.ReadMarker
	38,  // 67: confab.v1.ReceiveResponse.typing:type_name -> confab.v1.Typing
	39,  // 68: confab.v1.ReceiveResponse.unread_skipped:type_name -> confab.v1.UnreadSkipped
	2,   // 69: confab.v1.HistoryRequest.conversation:type_name -> confab.v1.Conversation
	4,   // 70: confab.v1.HistoryResponse.events:type_name -> confab.v1.Event
	48,  // 71: confab.v1.ListRoomsResponse.rooms:type_name -> confab.v1.RoomInfo
	0,   // 72: confab.v1.RoomInfo.role:type_name -> confab.v1.Role
	51,  // 73: confab.v1.ListMembersResponse.members:type_name -> confab.v1.Member
	1,   // 74: confab.v1.Member.state:type_name -> confab.v1.PresenceState
	0,   // 75: confab.v1.Member.role:type_name -> confab.v1.Role
	0,   // 76: confab.v1.SetRoleRequest.role:type_name -> confab.v1.Role
	2,   // 77: confab.v1.EditMessageRequest.conversation:type_name -> confab.v1.Conversation
	2,   // 78: confab.v1.DeleteMessageRequest.conversation:type_name -> confab.v1.Conversation
	2,   // 79: confab.v1.ReactRequest.conversation:type_name -> confab.v1.Conversation
	4,   // 80: confab.v1.SearchResponse.events:type_name -> confab.v1.Event
	2,   // 81: confab.v1.MarkReadRequest.conversation:type_name -> confab.v1.Conversation
	80,  // 82: confab.v1.ListConversationsResponse.conversations:type_name -> confab.v1.ConversationInfo
	2,   // 83: confab.v1.ConversationInfo.conversation:type_name -> confab.v1.Conversation
	4,   // 84: confab.v1.ConversationInfo.last_event:type_name -> confab.v1.Event
	2,   // 85: confab.v1.SendTypingRequest.conversation:type_name -> confab.v1.Conversation
	85,  // 86: confab.v1.SendTypingResponse.expires_at:type_name -> google.protobuf.Timestamp
	21,  // 87: confab.v1.ChatService.Join:input_type -> confab.v1.JoinRequest
	23,  // 88: confab.v1.ChatService.CreateRoom:input_type -> confab.v1.CreateRoomRequest
	25,  // 89: confab.v1.ChatService.Leave:input_type -> confab.v1.LeaveRequest
	27,  // 90: confab.v1.ChatService.SendMessage:input_type -> confab.v1.SendMessageRequest
	29,  // 91: confab.v1.ChatService.Chat:input_type -> confab.v1.ChatRequest
	40,  // 92: confab.v1.ChatService.Subscribe:input_type -> confab.v1.SubscribeRequest
	42,  // 93: confab.v1.ChatService.Receive:input_type -> confab.v1.ReceiveRequest
	44,  // 94: confab.v1.ChatService.History:input_type -> confab.v1.HistoryRequest
	46,  // 95: confab.v1.ChatService.ListRooms:input_type -> confab.v1.ListRoomsRequest
	49,  // 96: confab.v1.ChatService.ListMembers:input_type -> confab.v1.ListMembersRequest
	52,  // 97: confab.v1.ChatService.Invite:input_type -> confab.v1.InviteRequest
	54,  // 98: confab.v1.ChatService.Kick:input_type -> confab.v1.KickRequest
	56,  // 99: confab.v1.ChatService.Ban:input_type -> confab.v1.BanRequest
	58,  // 100: confab.v1.ChatService.Unban:input_type -> confab.v1.UnbanRequest
	60,  // 101: confab.v1.ChatService.SetTopic:input_type -> confab.v1.SetTopicRequest
	62,  // 102: confab.v1.ChatService.SetRole:input_type -> confab.v1.SetRoleRequest
	64,  // 103: confab.v1.ChatService.Block:input_type -> confab.v1.BlockRequest
	66,  // 104: confab.v1.ChatService.Unblock:input_type -> confab.v1.UnblockRequest
	68,  // 105: confab.v1.ChatService.EditMessage:input_type -> confab.v1.EditMessageRequest
	70,  // 106: confab.v1.ChatService.DeleteMessage:input_type -> confab.v1.DeleteMessageRequest
	72,  // 107: confab.v1.ChatService.React:input_type -> confab.v1.ReactRequest
	74,  // 108: confab.v1.ChatService.Search:input_type -> confab.v1.SearchRequest
	76,  // 109: confab.v1.ChatService.MarkRead:input_type -> confab.v1.MarkReadRequest
	78,  // 110: confab.v1.ChatService.ListConversations:input_type -> confab.v1.ListConversationsRequest
	81,  // 111: confab.v1.ChatService.SendTyping:input_type -> confab.v1.SendTypingRequest
	83,  // 112: confab.v1.ChatService.SetReadReceipts:input_type -> confab.v1.SetReadReceiptsRequest
	22,  // 113: confab.v1.ChatService.Join:output_type -> confab.v1.JoinResponse
	24,  // 114: confab.v1.ChatService.CreateRoom:output_type -> confab.v1.CreateRoomResponse
	26,  // 115: confab.v1.ChatService.Leave:output_type -> confab.v1.LeaveResponse
	28,  // 116: confab.v1.ChatService.SendMessage:output_type -> confab.v1.SendMessageResponse
	32,  // 117: confab.v1.ChatService.Chat:output_type -> confab.v1.ChatResponse
	41,  // 118: confab.v1.ChatService.Subscribe:output_type -> confab.v1.SubscribeResponse
	43,  // 119: confab.v1.ChatService.Receive:output_type -> confab.v1.ReceiveResponse
	45,  // 120: confab.v1.ChatService.History:output_type -> confab.v1.HistoryResponse
	47,  // 121: confab.v1.ChatService.ListRooms:output_type -> confab.v1.ListRoomsResponse
	50,  // 122: confab.v1.ChatService.ListMembers:output_type -> confab.v1.ListMembersResponse
	53,  // 123: confab.v1.ChatService.Invite:output_type -> confab.v1.InviteResponse
	55,  // 124: confab.v1.ChatService.Kick:output_type -> confab.v1.KickResponse
	57,  // 125: confab.v1.ChatService.Ban:output_type -> confab.v1.BanResponse
	59,  // 126: confab.v1.ChatService.Unban:output_type -> confab.v1.UnbanResponse
	61,  // 127: confab.v1.ChatService.SetTopic:output_type -> confab.v1.SetTopicResponse
	63,  // 128: confab.v1.ChatService.SetRole:output_type -> confab.v1.SetRoleResponse
	65,  // 129: confab.v1.ChatService.Block:output_type -> confab.v1.BlockResponse
	67,  // 130: confab.v1.ChatService.Unblock:output_type -> confab.v1.UnblockResponse
	69,  // 131: confab.v1.ChatService.EditMessage:output_type -> confab.v1.EditMessageResponse
	71,  // 132: confab.v1.ChatService.DeleteMessage:output_type -> confab.v1.DeleteMessageResponse
	73,  // 133: confab.v1.ChatService.React:output_type -> confab.v1.ReactResponse
	75,  // 134: confab.v1.ChatService.Search:output_type -> confab.v1.SearchResponse
	77,  // 135: confab.v1.ChatService.MarkRead:output_type -> confab.v1.MarkReadResponse
	79,  // 136: confab.v1.ChatService.ListConversations:output_type -> confab.v1.ListConversationsResponse
	82,  // 137: confab.v1.ChatService.SendTyping:output_type -> confab.v1.SendTypingResponse
	84,  // 138: confab.v1.ChatService.SetReadReceipts:output_type -> confab.v1.SetReadReceiptsResponse
	113, // [113:139] is the sub-list for method output_type
	87,  // [87:113] is the sub-list for method input_type
	87,  // [87:87] is the sub-list for extension type_name
	87,  // [87:87] is the sub-list for extension extendee
	0,   // [0:87] is the sub-list for field type_name
}

func init() { file_confab_v1_chat_proto_init() }
func file_confab_v1_chat_proto_init() {
	if File_confab_v1_chat_proto != nil {
		return
	}
	file_confab_v1_chat_proto_msgTypes[0].OneofWrappers = []any{
		(*Conversation_Room)(nil),
		(*Conversation_Peer)(nil),
	}
	file_confab_v1_chat_proto_msgTypes[1].OneofWrappers = []any{}
	file_confab_v1_chat_proto_msgTypes[2].OneofWrappers = []any{
		(*Event_Message)(nil),
		(*Event_Joined)(nil),
		(*Event_Left)(nil),
		(*Event_Invited)(nil),
		(*Event_Kicked)(nil),
		(*Event_Banned)(nil),
		(*Event_Unbanned)(nil),
		(*Event_TopicSet)(nil),
		(*Event_RoleChanged)(nil),
		(*Event_Edited)(nil),
		(*Event_Deleted)(nil),
		(*Event_ReactionAdded)(nil),
		(*Event_ReactionRemoved)(nil),
	}
	file_confab_v1_chat_proto_msgTypes[3].OneofWrappers = []any{}
	file_confab_v1_chat_proto_msgTypes[25].OneofWrappers = []any{
		(*SendMessageRequest_Room)(nil),
		(*SendMessageRequest_ToUser)(nil),
	}
	file_confab_v1_chat_proto_msgTypes[27].OneofWrappers = []any{
		(*ChatRequest_Resume)(nil),
		(*ChatRequest_Join)(nil),
		(*ChatRequest_Leave)(nil),
		(*ChatRequest_Send)(nil),
		(*ChatRequest_Refresh)(nil),
		(*ChatRequest_Invite)(nil),
		(*ChatRequest_Kick)(nil),
		(*ChatRequest_Ban)(nil),
		(*ChatRequest_Unban)(nil),
		(*ChatRequest_SetTopic)(nil),
		(*ChatRequest_SetRole)(nil),
		(*ChatRequest_Block)(nil),
		(*ChatRequest_Unblock)(nil),
		(*ChatRequest_CreateRoom)(nil),
		(*ChatRequest_Edit)(nil),
		(*ChatRequest_Delete)(nil),
		(*ChatRequest_React)(nil),
		(*ChatRequest_MarkRead)(nil),
		(*ChatRequest_Typing)(nil),
	}
	file_confab_v1_chat_proto_msgTypes[30].OneofWrappers = []any{
		(*ChatResponse_Event)(nil),
		(*ChatResponse_Presence)(nil),
		(*ChatResponse_Ack)(nil),
		(*ChatResponse_Error)(nil),
		(*ChatResponse_Ready)(nil),
		(*ChatResponse_PresenceSummary)(nil),
		(*ChatResponse_ReadMarker)(nil),
		(*ChatResponse_Typing)(nil),
		(*ChatResponse_UnreadSkipped)(nil),
	}
	file_confab_v1_chat_proto_msgTypes[39].OneofWrappers = []any{
		(*SubscribeResponse_Event)(nil),
		(*SubscribeResponse_Presence)(nil),
		(*SubscribeResponse_PresenceSummary)(nil),
	}
	file_confab_v1_chat_proto_msgTypes[41].OneofWrappers = []any{
		(*ReceiveResponse_Event)(nil),
		(*ReceiveResponse_Presence)(nil),
		(*ReceiveResponse_PresenceSummary)(nil),
		(*ReceiveResponse_Ready)(nil),
		(*ReceiveResponse_Error)(nil),
		(*ReceiveResponse_ReadMarker)(nil),
		(*ReceiveResponse_Typing)(nil),
		(*ReceiveResponse_UnreadSkipped)(nil),
	}
	file_confab_v1_chat_proto_msgTypes[42].OneofWrappers = []any{}
	type x struct{}
	out := protoimpl.TypeBuilder{
		File: protoimpl.DescBuilder{
			GoPackagePath: reflect.TypeOf(x{}).PkgPath(),
			RawDescriptor: unsafe.Slice(unsafe.StringData(file_confab_v1_chat_proto_rawDesc), len(file_confab_v1_chat_proto_rawDesc)),
			NumEnums:      2,
			NumMessages:   83,
			NumExtensions: 0,
			NumServices:   1,
		},
		GoTypes:           file_confab_v1_chat_proto_goTypes,
		DependencyIndexes: file_confab_v1_chat_proto_depIdxs,
		EnumInfos:         file_confab_v1_chat_proto_enumTypes,
		MessageInfos:      file_confab_v1_chat_proto_msgTypes,
	}.Build()
	File_confab_v1_chat_proto = out.File
	file_confab_v1_chat_proto_goTypes = nil
	file_confab_v1_chat_proto_depIdxs = nil
}
