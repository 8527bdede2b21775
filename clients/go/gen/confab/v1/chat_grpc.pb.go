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

// Code generated by protoc-gen-go-grpc. DO NOT EDIT.
// versions:
// - protoc-gen-go-grpc v1.6.2
// - protoc             (unknown)
// source: confab/v1/chat.proto

package confabv1

import (
	context "context"
	grpc "google.golang.org/grpc"
	codes "google.golang.org/grpc/codes"
	status "google.golang.org/grpc/status"
)

// This is a compile-time assertion to ensure that this generated file
// is compatible with the grpc package it is being compiled against.
// Requires gRPC-Go v1.64.0 or later.
const _ = grpc.SupportPackageIsVersion9

const (
	ChatService_Join_FullMethodName              = "/confab.v1.ChatService/Join"
	ChatService_CreateRoom_FullMethodName        = "/confab.v1.ChatService/CreateRoom"
	ChatService_Leave_FullMethodName             = "/confab.v1.ChatService/Leave"
	ChatService_SendMessage_FullMethodName       = "/confab.v1.ChatService/SendMessage"
	ChatService_Chat_FullMethodName              = "/confab.v1.ChatService/Chat"
	ChatService_Subscribe_FullMethodName         = "/confab.v1.ChatService/Subscribe"
	ChatService_Receive_FullMethodName           = "/confab.v1.ChatService/Receive"
	ChatService_History_FullMethodName           = "/confab.v1.ChatService/History"
	ChatService_ListRooms_FullMethodName         = "/confab.v1.ChatService/ListRooms"
	ChatService_ListMembers_FullMethodName       = "/confab.v1.ChatService/ListMembers"
	ChatService_Invite_FullMethodName            = "/confab.v1.ChatService/Invite"
	ChatService_Kick_FullMethodName              = "/confab.v1.ChatService/Kick"
	ChatService_Ban_FullMethodName               = "/confab.v1.ChatService/Ban"
	ChatService_Unban_FullMethodName             = "/confab.v1.ChatService/Unban"
	ChatService_SetTopic_FullMethodName          = "/confab.v1.ChatService/SetTopic"
	ChatService_SetRole_FullMethodName           = "/confab.v1.ChatService/SetRole"
	ChatService_Block_FullMethodName             = "/confab.v1.ChatService/Block"
	ChatService_Unblock_FullMethodName           = "/confab.v1.ChatService/Unblock"
	ChatService_EditMessage_FullMethodName       = "/confab.v1.ChatService/EditMessage"
	ChatService_DeleteMessage_FullMethodName     = "/confab.v1.ChatService/DeleteMessage"
	ChatService_React_FullMethodName             = "/confab.v1.ChatService/React"
	ChatService_Search_FullMethodName            = "/confab.v1.ChatService/Search"
	ChatService_MarkRead_FullMethodName          = "/confab.v1.ChatService/MarkRead"
	ChatService_ListConversations_FullMethodName = "/confab.v1.ChatService/ListConversations"
	ChatService_SendTyping_FullMethodName        = "/confab.v1.ChatService/SendTyping"
	ChatService_SetReadReceipts_FullMethodName   = "/confab.v1.ChatService/SetReadReceipts"
)

// ChatServiceClient is the client API for ChatService service.
//
// For semantics around ctx use and closing/ending streaming RPCs, please refer to https://pkg.go.dev/google.golang.org/grpc/?tab=doc#ClientConn.NewStream.
//
// The chat service. Every RPC needs the caller's identity in metadata.
type ChatServiceClient interface {
	// Makes the caller a member of a room, creating the room on first join.
	// Members (including the caller's other sessions) see a `joined` event.
	// Idempotent: joining a room you are already in succeeds and stores
	// nothing. A private room needs an invitation (NOT_FOUND without one);
	// a banned user is refused (PERMISSION_DENIED); a join that would create
	// a room beyond the caller's quota is RESOURCE_EXHAUSTED. The creator of
	// a room is its owner.
	Join(ctx context.Context, in *JoinRequest, opts ...grpc.CallOption) (*JoinResponse, error)
	// Creates a room, public or private, with the caller as its owner and
	// first member (members see the `joined` event, as for Join).
	// ALREADY_EXISTS if the name is taken (by any room, visible to the
	// caller or not); RESOURCE_EXHAUSTED beyond the caller's room quota.
	CreateRoom(ctx context.Context, in *CreateRoomRequest, opts ...grpc.CallOption) (*CreateRoomResponse, error)
	// Ends the caller's membership of a room. Members, and the caller's other
	// sessions, see a `left` event. Fails with FAILED_PRECONDITION if the
	// caller is not a member.
	Leave(ctx context.Context, in *LeaveRequest, opts ...grpc.CallOption) (*LeaveResponse, error)
	// Sends a message to a room (the caller must be a member) or privately to
	// one user (who must exist: NOT_FOUND otherwise). Returns once the message
	// is stored, with its sequence number. Live sessions of the recipients
	// receive it on their Chat or Subscribe streams.
	SendMessage(ctx context.Context, in *SendMessageRequest, opts ...grpc.CallOption) (*SendMessageResponse, error)
	// The live session. The session starts with the first frame the client
	// sends: send a `resume` frame first (it may be empty) to receive missed
	// events and then live ones; any other frame starts the session with no
	// replay and is then carried out.
	//
	// While a session is open the caller is online: the rooms it is in see
	// `presence` changes when its first session opens and its last one
	// closes. The server streams every event of the caller's rooms and
	// private conversations, except the events this very session caused: for
	// those it sends an `ack` (or an `error`) that echoes the frame's
	// `request_id`. A failed command does not end the session, nor does a
	// frame that is not a valid `ChatRequest`: it is answered with an
	// `error` (INVALID_ARGUMENT), with its `request_id` if that could be read.
	Chat(ctx context.Context, opts ...grpc.CallOption) (grpc.BidiStreamingClient[ChatRequest, ChatResponse], error)
	// A read-only tail of rooms the caller is a member of, for grpcurl, bots
	// and services. Each cursor names a room and, optionally, the last seq
	// already seen: the stream first replays what came after it, then
	// continues live. Subscribing does not make the caller online. When the
	// caller leaves a subscribed room, the stream shows the `left` event and
	// stops following that room; it ends (OK) when it follows no room.
	Subscribe(ctx context.Context, in *SubscribeRequest, opts ...grpc.CallOption) (grpc.ServerStreamingClient[SubscribeResponse], error)
	// The receiving half of a Chat session, for clients that cannot open
	// the bidirectional Chat (a browser over gRPC-Web): one stream carries
	// what a Chat session receives (the events of the caller's rooms and
	// private conversations, presence, and the caller's own joins and leaves
	// made anywhere), and the client acts with the unary calls (Join, Leave,
	// SendMessage, History, ...). While it is open the caller is online,
	// exactly as with a Chat session. See ReceiveRequest and
	// ReceiveResponse.
	Receive(ctx context.Context, in *ReceiveRequest, opts ...grpc.CallOption) (grpc.ServerStreamingClient[ReceiveResponse], error)
	// A page of a room's (members only) or private conversation's past
	// events, in ascending seq order.
	History(ctx context.Context, in *HistoryRequest, opts ...grpc.CallOption) (*HistoryResponse, error)
	// The rooms that exist, with their member counts, and whether the caller
	// is a member: one page at a time, in name order (see ListRoomsRequest).
	// Private rooms are listed only to their members, their invitees and
	// administrators.
	ListRooms(ctx context.Context, in *ListRoomsRequest, opts ...grpc.CallOption) (*ListRoomsResponse, error)
	// The members of a room, each online or offline, with their roles: one
	// page at a time, in name order (see ListMembersRequest). NOT_FOUND for a
	// room that does not exist, or a private room the caller may not see.
	ListMembers(ctx context.Context, in *ListMembersRequest, opts ...grpc.CallOption) (*ListMembersResponse, error)
	// Invites a user to a room (owners and moderators): an invitee may join
	// a private room and sees it in ListRooms. Stores an `invited` event;
	// the invitee's open Chat sessions are told too. Inviting a member, or
	// an invitee again, stores nothing. NOT_FOUND for an unknown user;
	// FAILED_PRECONDITION for a banned user (unban first); PERMISSION_DENIED
	// for a caller who is not an owner or moderator.
	Invite(ctx context.Context, in *InviteRequest, opts ...grpc.CallOption) (*InviteResponse, error)
	// Removes a member from a room (owners and moderators), with an
	// optional reason; a public room they may join again, a private one
	// only if invited again. Stores a `kicked` event, which the user's open
	// streams receive as their last event of the room. FAILED_PRECONDITION
	// if the user is not a member; PERMISSION_DENIED for a caller without
	// the role, or a target that is the owner (or a moderator, unless the
	// caller is the owner or an administrator).
	Kick(ctx context.Context, in *KickRequest, opts ...grpc.CallOption) (*KickResponse, error)
	// Bans a user from a room (owners and moderators): ends their
	// membership and invitation, and they can neither join nor read the
	// room until unbanned. The user need not be a member. Stores a `banned`
	// event, the last the user's open streams receive of the room. Banning
	// a banned user stores nothing. Errors as for Kick (NOT_FOUND for an
	// unknown user).
	Ban(ctx context.Context, in *BanRequest, opts ...grpc.CallOption) (*BanResponse, error)
	// Lifts a ban (owners and moderators); the user may then join again (a
	// private room: once invited). Stores an `unbanned` event; unbanning a
	// user who is not banned stores nothing.
	Unban(ctx context.Context, in *UnbanRequest, opts ...grpc.CallOption) (*UnbanResponse, error)
	// Sets the room's topic (owners and moderators); empty clears it.
	// Stores a `topic_set` event; the same topic again stores nothing.
	// INVALID_ARGUMENT for a topic over 256 bytes.
	SetTopic(ctx context.Context, in *SetTopicRequest, opts ...grpc.CallOption) (*SetTopicResponse, error)
	// Makes a member a moderator or a plain member again (the owner only:
	// PERMISSION_DENIED for anyone else, and for the owner as the target).
	// Stores a `role_changed` event; the role the member has already stores
	// nothing. FAILED_PRECONDITION if the user is not a member.
	SetRole(ctx context.Context, in *SetRoleRequest, opts ...grpc.CallOption) (*SetRoleResponse, error)
	// Refuses the private messages of a user from now on (see "Blocking").
	// Idempotent. NOT_FOUND for an unknown user; INVALID_ARGUMENT for
	// yourself.
	Block(ctx context.Context, in *BlockRequest, opts ...grpc.CallOption) (*BlockResponse, error)
	// Accepts a blocked user's private messages again. Idempotent.
	Unblock(ctx context.Context, in *UnblockRequest, opts ...grpc.CallOption) (*UnblockResponse, error)
	// Replaces the text of one of the caller's own messages: stores an
	// `edited` event (its own seq, `ref_seq` naming the message), which
	// History with `apply_edits` shows applied. PERMISSION_DENIED for
	// another user's message; FAILED_PRECONDITION for a deleted one;
	// INVALID_ARGUMENT if the seq is not a message of the conversation (or
	// for bad text, as SendMessage). The caller must be able to read the
	// conversation (as History).
	EditMessage(ctx context.Context, in *EditMessageRequest, opts ...grpc.CallOption) (*EditMessageResponse, error)
	// Deletes a message: the author may delete its own, an owner or
	// moderator of the room (or an administrator) any in the room; anyone
	// else gets PERMISSION_DENIED and nothing changes. Stores a `deleted`
	// event and erases the message's text, and its edits' texts, from
	// storage: History and resume then show the message with `deleted`
	// set and no text, and Search no longer finds it. Deleting a deleted
	// message stores nothing (`changed` false).
	DeleteMessage(ctx context.Context, in *DeleteMessageRequest, opts ...grpc.CallOption) (*DeleteMessageResponse, error)
	// Adds or removes the caller's reaction to a message, as a
	// `reaction_added` or `reaction_removed` event. Idempotent: adding a
	// reaction the caller gave already, or removing one it did not give,
	// stores nothing (`changed` false, `seq` the conversation's latest).
	// History shows each message's reaction counts.
	React(ctx context.Context, in *ReactRequest, opts ...grpc.CallOption) (*ReactResponse, error)
	// Finds messages whose text holds all the words of `query`, in the
	// conversations the caller may read now (the rooms it is a member of,
	// as History decides, and its private conversations), newest first,
	// one page at a time. Finds the latest text of an edited message, and
	// never a deleted one.
	Search(ctx context.Context, in *SearchRequest, opts ...grpc.CallOption) (*SearchResponse, error)
	// Moves the caller's read position in a conversation forward (see
	// "Read positions and unread counts"). The caller's sessions (Chat and
	// Receive, on every node) get a `read_marker` frame when it moves. A
	// position at or behind the current one changes nothing (`changed`
	// false, the current position returned): positions never go back.
	// OUT_OF_RANGE for a seq past the conversation's latest; errors of
	// History otherwise.
	MarkRead(ctx context.Context, in *MarkReadRequest, opts ...grpc.CallOption) (*MarkReadResponse, error)
	// The caller's rooms and private conversations, each with its latest
	// event, the caller's read position and unread count, newest first, one
	// page at a time (see ListConversationsRequest).
	ListConversations(ctx context.Context, in *ListConversationsRequest, opts ...grpc.CallOption) (*ListConversationsResponse, error)
	// Says the caller is typing in a room or private conversation, for
	// clients without a Chat stream (the web page). As the Chat `typing`
	// command: see SendTypingRequest.
	SendTyping(ctx context.Context, in *SendTypingRequest, opts ...grpc.CallOption) (*SendTypingResponse, error)
	// Lets (or stops letting) the caller's private peers see how far the
	// caller has read (a `read_marker` frame naming the caller). Off until
	// set.
	SetReadReceipts(ctx context.Context, in *SetReadReceiptsRequest, opts ...grpc.CallOption) (*SetReadReceiptsResponse, error)
}

type chatServiceClient struct {
	cc grpc.ClientConnInterface
}

func NewChatServiceClient(cc grpc.ClientConnInterface) ChatServiceClient {
	return &chatServiceClient{cc}
}

func (c *chatServiceClient) Join(ctx context.Context, in *JoinRequest, opts ...grpc.CallOption) (*JoinResponse, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(JoinResponse)
	err := c.cc.Invoke(ctx, ChatService_Join_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (c *chatServiceClient) CreateRoom(ctx context.Context, in *CreateRoomRequest, opts ...grpc.CallOption) (*CreateRoomResponse, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(CreateRoomResponse)
	err := c.cc.Invoke(ctx, ChatService_CreateRoom_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (c *chatServiceClient) Leave(ctx context.Context, in *LeaveRequest, opts ...grpc.CallOption) (*LeaveResponse, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(LeaveResponse)
	err := c.cc.Invoke(ctx, ChatService_Leave_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (c *chatServiceClient) SendMessage(ctx context.Context, in *SendMessageRequest, opts ...grpc.CallOption) (*SendMessageResponse, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(SendMessageResponse)
	err := c.cc.Invoke(ctx, ChatService_SendMessage_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (c *chatServiceClient) Chat(ctx context.Context, opts ...grpc.CallOption) (grpc.BidiStreamingClient[ChatRequest, ChatResponse], error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	stream, err := c.cc.NewStream(ctx, &ChatService_ServiceDesc.Streams[0], ChatService_Chat_FullMethodName, cOpts...)
	if err != nil {
		return nil, err
	}
	x := &grpc.GenericClientStream[ChatRequest, ChatResponse]{ClientStream: stream}
	return x, nil
}

// This type alias is provided for backwards compatibility with existing code that references the prior non-generic stream type by name.
type ChatService_ChatClient = grpc.BidiStreamingClient[ChatRequest, ChatResponse]

func (c *chatServiceClient) Subscribe(ctx context.Context, in *SubscribeRequest, opts ...grpc.CallOption) (grpc.ServerStreamingClient[SubscribeResponse], error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	stream, err := c.cc.NewStream(ctx, &ChatService_ServiceDesc.Streams[1], ChatService_Subscribe_FullMethodName, cOpts...)
	if err != nil {
		return nil, err
	}
	x := &grpc.GenericClientStream[SubscribeRequest, SubscribeResponse]{ClientStream: stream}
	if err := x.ClientStream.SendMsg(in); err != nil {
		return nil, err
	}
	if err := x.ClientStream.CloseSend(); err != nil {
		return nil, err
	}
	return x, nil
}

// This type alias is provided for backwards compatibility with existing code that references the prior non-generic stream type by name.
type ChatService_SubscribeClient = grpc.ServerStreamingClient[SubscribeResponse]

func (c *chatServiceClient) Receive(ctx context.Context, in *ReceiveRequest, opts ...grpc.CallOption) (grpc.ServerStreamingClient[ReceiveResponse], error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	stream, err := c.cc.NewStream(ctx, &ChatService_ServiceDesc.Streams[2], ChatService_Receive_FullMethodName, cOpts...)
	if err != nil {
		return nil, err
	}
	x := &grpc.GenericClientStream[ReceiveRequest, ReceiveResponse]{ClientStream: stream}
	if err := x.ClientStream.SendMsg(in); err != nil {
		return nil, err
	}
	if err := x.ClientStream.CloseSend(); err != nil {
		return nil, err
	}
	return x, nil
}

// This type alias is provided for backwards compatibility with existing code that references the prior non-generic stream type by name.
type ChatService_ReceiveClient = grpc.ServerStreamingClient[ReceiveResponse]

func (c *chatServiceClient) History(ctx context.Context, in *HistoryRequest, opts ...grpc.CallOption) (*HistoryResponse, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(HistoryResponse)
	err := c.cc.Invoke(ctx, ChatService_History_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (c *chatServiceClient) ListRooms(ctx context.Context, in *ListRoomsRequest, opts ...grpc.CallOption) (*ListRoomsResponse, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(ListRoomsResponse)
	err := c.cc.Invoke(ctx, ChatService_ListRooms_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (c *chatServiceClient) ListMembers(ctx context.Context, in *ListMembersRequest, opts ...grpc.CallOption) (*ListMembersResponse, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(ListMembersResponse)
	err := c.cc.Invoke(ctx, ChatService_ListMembers_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (c *chatServiceClient) Invite(ctx context.Context, in *InviteRequest, opts ...grpc.CallOption) (*InviteResponse, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(InviteResponse)
	err := c.cc.Invoke(ctx, ChatService_Invite_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (c *chatServiceClient) Kick(ctx context.Context, in *KickRequest, opts ...grpc.CallOption) (*KickResponse, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(KickResponse)
	err := c.cc.Invoke(ctx, ChatService_Kick_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (c *chatServiceClient) Ban(ctx context.Context, in *BanRequest, opts ...grpc.CallOption) (*BanResponse, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(BanResponse)
	err := c.cc.Invoke(ctx, ChatService_Ban_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (c *chatServiceClient) Unban(ctx context.Context, in *UnbanRequest, opts ...grpc.CallOption) (*UnbanResponse, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(UnbanResponse)
	err := c.cc.Invoke(ctx, ChatService_Unban_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (c *chatServiceClient) SetTopic(ctx context.Context, in *SetTopicRequest, opts ...grpc.CallOption) (*SetTopicResponse, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(SetTopicResponse)
	err := c.cc.Invoke(ctx, ChatService_SetTopic_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (c *chatServiceClient) SetRole(ctx context.Context, in *SetRoleRequest, opts ...grpc.CallOption) (*SetRoleResponse, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(SetRoleResponse)
	err := c.cc.Invoke(ctx, ChatService_SetRole_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (c *chatServiceClient) Block(ctx context.Context, in *BlockRequest, opts ...grpc.CallOption) (*BlockResponse, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(BlockResponse)
	err := c.cc.Invoke(ctx, ChatService_Block_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (c *chatServiceClient) Unblock(ctx context.Context, in *UnblockRequest, opts ...grpc.CallOption) (*UnblockResponse, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(UnblockResponse)
	err := c.cc.Invoke(ctx, ChatService_Unblock_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (c *chatServiceClient) EditMessage(ctx context.Context, in *EditMessageRequest, opts ...grpc.CallOption) (*EditMessageResponse, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(EditMessageResponse)
	err := c.cc.Invoke(ctx, ChatService_EditMessage_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (c *chatServiceClient) DeleteMessage(ctx context.Context, in *DeleteMessageRequest, opts ...grpc.CallOption) (*DeleteMessageResponse, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(DeleteMessageResponse)
	err := c.cc.Invoke(ctx, ChatService_DeleteMessage_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (c *chatServiceClient) React(ctx context.Context, in *ReactRequest, opts ...grpc.CallOption) (*ReactResponse, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(ReactResponse)
	err := c.cc.Invoke(ctx, ChatService_React_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (c *chatServiceClient) Search(ctx context.Context, in *SearchRequest, opts ...grpc.CallOption) (*SearchResponse, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(SearchResponse)
	err := c.cc.Invoke(ctx, ChatService_Search_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (c *chatServiceClient) MarkRead(ctx context.Context, in *MarkReadRequest, opts ...grpc.CallOption) (*MarkReadResponse, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(MarkReadResponse)
	err := c.cc.Invoke(ctx, ChatService_MarkRead_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (c *chatServiceClient) ListConversations(ctx context.Context, in *ListConversationsRequest, opts ...grpc.CallOption) (*ListConversationsResponse, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(ListConversationsResponse)
	err := c.cc.Invoke(ctx, ChatService_ListConversations_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (c *chatServiceClient) SendTyping(ctx context.Context, in *SendTypingRequest, opts ...grpc.CallOption) (*SendTypingResponse, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(SendTypingResponse)
	err := c.cc.Invoke(ctx, ChatService_SendTyping_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (c *chatServiceClient) SetReadReceipts(ctx context.Context, in *SetReadReceiptsRequest, opts ...grpc.CallOption) (*SetReadReceiptsResponse, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(SetReadReceiptsResponse)
	err := c.cc.Invoke(ctx, ChatService_SetReadReceipts_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ChatServiceServer is the server API for ChatService service.
// All implementations must embed UnimplementedChatServiceServer
// for forward compatibility.
//
// The chat service. Every RPC needs the caller's identity in metadata.
type ChatServiceServer interface {
	// Makes the caller a member of a room, creating the room on first join.
	// Members (including the caller's other sessions) see a `joined` event.
	// Idempotent: joining a room you are already in succeeds and stores
	// nothing. A private room needs an invitation (NOT_FOUND without one);
	// a banned user is refused (PERMISSION_DENIED); a join that would create
	// a room beyond the caller's quota is RESOURCE_EXHAUSTED. The creator of
	// a room is its owner.
	Join(context.Context, *JoinRequest) (*JoinResponse, error)
	// Creates a room, public or private, with the caller as its owner and
	// first member (members see the `joined` event, as for Join).
	// ALREADY_EXISTS if the name is taken (by any room, visible to the
	// caller or not); RESOURCE_EXHAUSTED beyond the caller's room quota.
	CreateRoom(context.Context, *CreateRoomRequest) (*CreateRoomResponse, error)
	// Ends the caller's membership of a room. Members, and the caller's other
	// sessions, see a `left` event. Fails with FAILED_PRECONDITION if the
	// caller is not a member.
	Leave(context.Context, *LeaveRequest) (*LeaveResponse, error)
	// Sends a message to a room (the caller must be a member) or privately to
	// one user (who must exist: NOT_FOUND otherwise). Returns once the message
	// is stored, with its sequence number. Live sessions of the recipients
	// receive it on their Chat or Subscribe streams.
	SendMessage(context.Context, *SendMessageRequest) (*SendMessageResponse, error)
	// The live session. The session starts with the first frame the client
	// sends: send a `resume` frame first (it may be empty) to receive missed
	// events and then live ones; any other frame starts the session with no
	// replay and is then carried out.
	//
	// While a session is open the caller is online: the rooms it is in see
	// `presence` changes when its first session opens and its last one
	// closes. The server streams every event of the caller's rooms and
	// private conversations, except the events this very session caused: for
	// those it sends an `ack` (or an `error`) that echoes the frame's
	// `request_id`. A failed command does not end the session, nor does a
	// frame that is not a valid `ChatRequest`: it is answered with an
	// `error` (INVALID_ARGUMENT), with its `request_id` if that could be read.
	Chat(grpc.BidiStreamingServer[ChatRequest, ChatResponse]) error
	// A read-only tail of rooms the caller is a member of, for grpcurl, bots
	// and services. Each cursor names a room and, optionally, the last seq
	// already seen: the stream first replays what came after it, then
	// continues live. Subscribing does not make the caller online. When the
	// caller leaves a subscribed room, the stream shows the `left` event and
	// stops following that room; it ends (OK) when it follows no room.
	Subscribe(*SubscribeRequest, grpc.ServerStreamingServer[SubscribeResponse]) error
	// The receiving half of a Chat session, for clients that cannot open
	// the bidirectional Chat (a browser over gRPC-Web): one stream carries
	// what a Chat session receives (the events of the caller's rooms and
	// private conversations, presence, and the caller's own joins and leaves
	// made anywhere), and the client acts with the unary calls (Join, Leave,
	// SendMessage, History, ...). While it is open the caller is online,
	// exactly as with a Chat session. See ReceiveRequest and
	// ReceiveResponse.
	Receive(*ReceiveRequest, grpc.ServerStreamingServer[ReceiveResponse]) error
	// A page of a room's (members only) or private conversation's past
	// events, in ascending seq order.
	History(context.Context, *HistoryRequest) (*HistoryResponse, error)
	// The rooms that exist, with their member counts, and whether the caller
	// is a member: one page at a time, in name order (see ListRoomsRequest).
	// Private rooms are listed only to their members, their invitees and
	// administrators.
	ListRooms(context.Context, *ListRoomsRequest) (*ListRoomsResponse, error)
	// The members of a room, each online or offline, with their roles: one
	// page at a time, in name order (see ListMembersRequest). NOT_FOUND for a
	// room that does not exist, or a private room the caller may not see.
	ListMembers(context.Context, *ListMembersRequest) (*ListMembersResponse, error)
	// Invites a user to a room (owners and moderators): an invitee may join
	// a private room and sees it in ListRooms. Stores an `invited` event;
	// the invitee's open Chat sessions are told too. Inviting a member, or
	// an invitee again, stores nothing. NOT_FOUND for an unknown user;
	// FAILED_PRECONDITION for a banned user (unban first); PERMISSION_DENIED
	// for a caller who is not an owner or moderator.
	Invite(context.Context, *InviteRequest) (*InviteResponse, error)
	// Removes a member from a room (owners and moderators), with an
	// optional reason; a public room they may join again, a private one
	// only if invited again. Stores a `kicked` event, which the user's open
	// streams receive as their last event of the room. FAILED_PRECONDITION
	// if the user is not a member; PERMISSION_DENIED for a caller without
	// the role, or a target that is the owner (or a moderator, unless the
	// caller is the owner or an administrator).
	Kick(context.Context, *KickRequest) (*KickResponse, error)
	// Bans a user from a room (owners and moderators): ends their
	// membership and invitation, and they can neither join nor read the
	// room until unbanned. The user need not be a member. Stores a `banned`
	// event, the last the user's open streams receive of the room. Banning
	// a banned user stores nothing. Errors as for Kick (NOT_FOUND for an
	// unknown user).
	Ban(context.Context, *BanRequest) (*BanResponse, error)
	// Lifts a ban (owners and moderators); the user may then join again (a
	// private room: once invited). Stores an `unbanned` event; unbanning a
	// user who is not banned stores nothing.
	Unban(context.Context, *UnbanRequest) (*UnbanResponse, error)
	// Sets the room's topic (owners and moderators); empty clears it.
	// Stores a `topic_set` event; the same topic again stores nothing.
	// INVALID_ARGUMENT for a topic over 256 bytes.
	SetTopic(context.Context, *SetTopicRequest) (*SetTopicResponse, error)
	// Makes a member a moderator or a plain member again (the owner only:
	// PERMISSION_DENIED for anyone else, and for the owner as the target).
	// Stores a `role_changed` event; the role the member has already stores
	// nothing. FAILED_PRECONDITION if the user is not a member.
	SetRole(context.Context, *SetRoleRequest) (*SetRoleResponse, error)
	// Refuses the private messages of a user from now on (see "Blocking").
	// Idempotent. NOT_FOUND for an unknown user; INVALID_ARGUMENT for
	// yourself.
	Block(context.Context, *BlockRequest) (*BlockResponse, error)
	// Accepts a blocked user's private messages again. Idempotent.
	Unblock(context.Context, *UnblockRequest) (*UnblockResponse, error)
	// Replaces the text of one of the caller's own messages: stores an
	// `edited` event (its own seq, `ref_seq` naming the message), which
	// History with `apply_edits` shows applied. PERMISSION_DENIED for
	// another user's message; FAILED_PRECONDITION for a deleted one;
	// INVALID_ARGUMENT if the seq is not a message of the conversation (or
	// for bad text, as SendMessage). The caller must be able to read the
	// conversation (as History).
	EditMessage(context.Context, *EditMessageRequest) (*EditMessageResponse, error)
	// Deletes a message: the author may delete its own, an owner or
	// moderator of the room (or an administrator) any in the room; anyone
	// else gets PERMISSION_DENIED and nothing changes. Stores a `deleted`
	// event and erases the message's text, and its edits' texts, from
	// storage: History and resume then show the message with `deleted`
	// set and no text, and Search no longer finds it. Deleting a deleted
	// message stores nothing (`changed` false).
	DeleteMessage(context.Context, *DeleteMessageRequest) (*DeleteMessageResponse, error)
	// Adds or removes the caller's reaction to a message, as a
	// `reaction_added` or `reaction_removed` event. Idempotent: adding a
	// reaction the caller gave already, or removing one it did not give,
	// stores nothing (`changed` false, `seq` the conversation's latest).
	// History shows each message's reaction counts.
	React(context.Context, *ReactRequest) (*ReactResponse, error)
	// Finds messages whose text holds all the words of `query`, in the
	// conversations the caller may read now (the rooms it is a member of,
	// as History decides, and its private conversations), newest first,
	// one page at a time. Finds the latest text of an edited message, and
	// never a deleted one.
	Search(context.Context, *SearchRequest) (*SearchResponse, error)
	// Moves the caller's read position in a conversation forward (see
	// "Read positions and unread counts"). The caller's sessions (Chat and
	// Receive, on every node) get a `read_marker` frame when it moves. A
	// position at or behind the current one changes nothing (`changed`
	// false, the current position returned): positions never go back.
	// OUT_OF_RANGE for a seq past the conversation's latest; errors of
	// History otherwise.
	MarkRead(context.Context, *MarkReadRequest) (*MarkReadResponse, error)
	// The caller's rooms and private conversations, each with its latest
	// event, the caller's read position and unread count, newest first, one
	// page at a time (see ListConversationsRequest).
	ListConversations(context.Context, *ListConversationsRequest) (*ListConversationsResponse, error)
	// Says the caller is typing in a room or private conversation, for
	// clients without a Chat stream (the web page). As the Chat `typing`
	// command: see SendTypingRequest.
	SendTyping(context.Context, *SendTypingRequest) (*SendTypingResponse, error)
	// Lets (or stops letting) the caller's private peers see how far the
	// caller has read (a `read_marker` frame naming the caller). Off until
	// set.
	SetReadReceipts(context.Context, *SetReadReceiptsRequest) (*SetReadReceiptsResponse, error)
	mustEmbedUnimplementedChatServiceServer()
}

// UnimplementedChatServiceServer must be embedded to have
// forward compatible implementations.
//
// NOTE: this should be embedded by value instead of pointer to avoid a nil
// pointer dereference when methods are called.
type UnimplementedChatServiceServer struct{}

func (UnimplementedChatServiceServer) Join(context.Context, *JoinRequest) (*JoinResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method Join not implemented")
}
func (UnimplementedChatServiceServer) CreateRoom(context.Context, *CreateRoomRequest) (*CreateRoomResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method CreateRoom not implemented")
}
func (UnimplementedChatServiceServer) Leave(context.Context, *LeaveRequest) (*LeaveResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method Leave not implemented")
}
func (UnimplementedChatServiceServer) SendMessage(context.Context, *SendMessageRequest) (*SendMessageResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method SendMessage not implemented")
}
func (UnimplementedChatServiceServer) Chat(grpc.BidiStreamingServer[ChatRequest, ChatResponse]) error {
	return status.Error(codes.Unimplemented, "method Chat not implemented")
}
func (UnimplementedChatServiceServer) Subscribe(*SubscribeRequest, grpc.ServerStreamingServer[SubscribeResponse]) error {
	return status.Error(codes.Unimplemented, "method Subscribe not implemented")
}
func (UnimplementedChatServiceServer) Receive(*ReceiveRequest, grpc.ServerStreamingServer[ReceiveResponse]) error {
	return status.Error(codes.Unimplemented, "method Receive not implemented")
}
func (UnimplementedChatServiceServer) History(context.Context, *HistoryRequest) (*HistoryResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method History not implemented")
}
func (UnimplementedChatServiceServer) ListRooms(context.Context, *ListRoomsRequest) (*ListRoomsResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method ListRooms not implemented")
}
func (UnimplementedChatServiceServer) ListMembers(context.Context, *ListMembersRequest) (*ListMembersResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method ListMembers not implemented")
}
func (UnimplementedChatServiceServer) Invite(context.Context, *InviteRequest) (*InviteResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method Invite not implemented")
}
func (UnimplementedChatServiceServer) Kick(context.Context, *KickRequest) (*KickResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method Kick not implemented")
}
func (UnimplementedChatServiceServer) Ban(context.Context, *BanRequest) (*BanResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method Ban not implemented")
}
func (UnimplementedChatServiceServer) Unban(context.Context, *UnbanRequest) (*UnbanResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method Unban not implemented")
}
func (UnimplementedChatServiceServer) SetTopic(context.Context, *SetTopicRequest) (*SetTopicResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method SetTopic not implemented")
}
func (UnimplementedChatServiceServer) SetRole(context.Context, *SetRoleRequest) (*SetRoleResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method SetRole not implemented")
}
func (UnimplementedChatServiceServer) Block(context.Context, *BlockRequest) (*BlockResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method Block not implemented")
}
func (UnimplementedChatServiceServer) Unblock(context.Context, *UnblockRequest) (*UnblockResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method Unblock not implemented")
}
func (UnimplementedChatServiceServer) EditMessage(context.Context, *EditMessageRequest) (*EditMessageResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method EditMessage not implemented")
}
func (UnimplementedChatServiceServer) DeleteMessage(context.Context, *DeleteMessageRequest) (*DeleteMessageResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method DeleteMessage not implemented")
}
func (UnimplementedChatServiceServer) React(context.Context, *ReactRequest) (*ReactResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method React not implemented")
}
func (UnimplementedChatServiceServer) Search(context.Context, *SearchRequest) (*SearchResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method Search not implemented")
}
func (UnimplementedChatServiceServer) MarkRead(context.Context, *MarkReadRequest) (*MarkReadResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method MarkRead not implemented")
}
func (UnimplementedChatServiceServer) ListConversations(context.Context, *ListConversationsRequest) (*ListConversationsResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method ListConversations not implemented")
}
func (UnimplementedChatServiceServer) SendTyping(context.Context, *SendTypingRequest) (*SendTypingResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method SendTyping not implemented")
}
func (UnimplementedChatServiceServer) SetReadReceipts(context.Context, *SetReadReceiptsRequest) (*SetReadReceiptsResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method SetReadReceipts not implemented")
}
func (UnimplementedChatServiceServer) mustEmbedUnimplementedChatServiceServer() {}
func (UnimplementedChatServiceServer) testEmbeddedByValue()                     {}

// UnsafeChatServiceServer may be embedded to opt out of forward compatibility for this service.
// Use of this interface is not recommended, as added methods to ChatServiceServer will
// result in compilation errors.
type UnsafeChatServiceServer interface {
	mustEmbedUnimplementedChatServiceServer()
}

func RegisterChatServiceServer(s grpc.ServiceRegistrar, srv ChatServiceServer) {
	// If the following call panics, it indicates UnimplementedChatServiceServer was
	// embedded by pointer and is nil.  This will cause panics if an
	// unimplemented method is ever invoked, so we test this at initialization
	// time to prevent it from happening at runtime later due to I/O.
	if t, ok := srv.(interface{ testEmbeddedByValue() }); ok {
		t.testEmbeddedByValue()
	}
	s.RegisterService(&ChatService_ServiceDesc, srv)
}

func _ChatService_Join_Handler(srv interface{}, ctx context.Context, dec func(interface{}) error, interceptor grpc.UnaryServerInterceptor) (interface{}, error) {
	in := new(JoinRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(ChatServiceServer).Join(ctx, in)
	}
	info := &grpc.UnaryServerInfo{
		Server:     srv,
		FullMethod: ChatService_Join_FullMethodName,
	}
	handler := func(ctx context.Context, req interface{}) (interface{}, error) {
		return srv.(ChatServiceServer).Join(ctx, req.(*JoinRequest))
	}
	return interceptor(ctx, in, info, handler)
}

func _ChatService_CreateRoom_Handler(srv interface{}, ctx context.Context, dec func(interface{}) error, interceptor grpc.UnaryServerInterceptor) (interface{}, error) {
	in := new(CreateRoomRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(ChatServiceServer).CreateRoom(ctx, in)
	}
	info := &grpc.UnaryServerInfo{
		Server:     srv,
		FullMethod: ChatService_CreateRoom_FullMethodName,
	}
	handler := func(ctx context.Context, req interface{}) (interface{}, error) {
		return srv.(ChatServiceServer).CreateRoom(ctx, req.(*CreateRoomRequest))
	}
	return interceptor(ctx, in, info, handler)
}

func _ChatService_Leave_Handler(srv interface{}, ctx context.Context, dec func(interface{}) error, interceptor grpc.UnaryServerInterceptor) (interface{}, error) {
	in := new(LeaveRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(ChatServiceServer).Leave(ctx, in)
	}
	info := &grpc.UnaryServerInfo{
		Server:     srv,
		FullMethod: ChatService_Leave_FullMethodName,
	}
	handler := func(ctx context.Context, req interface{}) (interface{}, error) {
		return srv.(ChatServiceServer).Leave(ctx, req.(*LeaveRequest))
	}
	return interceptor(ctx, in, info, handler)
}

func _ChatService_SendMessage_Handler(srv interface{}, ctx context.Context, dec func(interface{}) error, interceptor grpc.UnaryServerInterceptor) (interface{}, error) {
	in := new(SendMessageRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(ChatServiceServer).SendMessage(ctx, in)
	}
	info := &grpc.UnaryServerInfo{
		Server:     srv,
		FullMethod: ChatService_SendMessage_FullMethodName,
	}
	handler := func(ctx context.Context, req interface{}) (interface{}, error) {
		return srv.(ChatServiceServer).SendMessage(ctx, req.(*SendMessageRequest))
	}
	return interceptor(ctx, in, info, handler)
}

func _ChatService_Chat_Handler(srv interface{}, stream grpc.ServerStream) error {
	return srv.(ChatServiceServer).Chat(&grpc.GenericServerStream[ChatRequest, ChatResponse]{ServerStream: stream})
}

// This type alias is provided for backwards compatibility with existing code that references the prior non-generic stream type by name.
type ChatService_ChatServer = grpc.BidiStreamingServer[ChatRequest, ChatResponse]

func _ChatService_Subscribe_Handler(srv interface{}, stream grpc.ServerStream) error {
	m := new(SubscribeRequest)
	if err := stream.RecvMsg(m); err != nil {
		return err
	}
	return srv.(ChatServiceServer).Subscribe(m, &grpc.GenericServerStream[SubscribeRequest, SubscribeResponse]{ServerStream: stream})
}

// This type alias is provided for backwards compatibility with existing code that references the prior non-generic stream type by name.
type ChatService_SubscribeServer = grpc.ServerStreamingServer[SubscribeResponse]

func _ChatService_Receive_Handler(srv interface{}, stream grpc.ServerStream) error {
	m := new(ReceiveRequest)
	if err := stream.RecvMsg(m); err != nil {
		return err
	}
	return srv.(ChatServiceServer).Receive(m, &grpc.GenericServerStream[ReceiveRequest, ReceiveResponse]{ServerStream: stream})
}

// This type alias is provided for backwards compatibility with existing code that references the prior non-generic stream type by name.
type ChatService_ReceiveServer = grpc.ServerStreamingServer[ReceiveResponse]

func _ChatService_History_Handler(srv interface{}, ctx context.Context, dec func(interface{}) error, interceptor grpc.UnaryServerInterceptor) (interface{}, error) {
	in := new(HistoryRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(ChatServiceServer).History(ctx, in)
	}
	info := &grpc.UnaryServerInfo{
		Server:     srv,
		FullMethod: ChatService_History_FullMethodName,
	}
	handler := func(ctx context.Context, req interface{}) (interface{}, error) {
		return srv.(ChatServiceServer).History(ctx, req.(*HistoryRequest))
	}
	return interceptor(ctx, in, info, handler)
}

func _ChatService_ListRooms_Handler(srv interface{}, ctx context.Context, dec func(interface{}) error, interceptor grpc.UnaryServerInterceptor) (interface{}, error) {
	in := new(ListRoomsRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(ChatServiceServer).ListRooms(ctx, in)
	}
	info := &grpc.UnaryServerInfo{
		Server:     srv,
		FullMethod: ChatService_ListRooms_FullMethodName,
	}
	handler := func(ctx context.Context, req interface{}) (interface{}, error) {
		return srv.(ChatServiceServer).ListRooms(ctx, req.(*ListRoomsRequest))
	}
	return interceptor(ctx, in, info, handler)
}

func _ChatService_ListMembers_Handler(srv interface{}, ctx context.Context, dec func(interface{}) error, interceptor grpc.UnaryServerInterceptor) (interface{}, error) {
	in := new(ListMembersRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(ChatServiceServer).ListMembers(ctx, in)
	}
	info := &grpc.UnaryServerInfo{
		Server:     srv,
		FullMethod: ChatService_ListMembers_FullMethodName,
	}
	handler := func(ctx context.Context, req interface{}) (interface{}, error) {
		return srv.(ChatServiceServer).ListMembers(ctx, req.(*ListMembersRequest))
	}
	return interceptor(ctx, in, info, handler)
}

func _ChatService_Invite_Handler(srv interface{}, ctx context.Context, dec func(interface{}) error, interceptor grpc.UnaryServerInterceptor) (interface{}, error) {
	in := new(InviteRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(ChatServiceServer).Invite(ctx, in)
	}
	info := &grpc.UnaryServerInfo{
		Server:     srv,
		FullMethod: ChatService_Invite_FullMethodName,
	}
	handler := func(ctx context.Context, req interface{}) (interface{}, error) {
		return srv.(ChatServiceServer).Invite(ctx, req.(*InviteRequest))
	}
	return interceptor(ctx, in, info, handler)
}

func _ChatService_Kick_Handler(srv interface{}, ctx context.Context, dec func(interface{}) error, interceptor grpc.UnaryServerInterceptor) (interface{}, error) {
	in := new(KickRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(ChatServiceServer).Kick(ctx, in)
	}
	info := &grpc.UnaryServerInfo{
		Server:     srv,
		FullMethod: ChatService_Kick_FullMethodName,
	}
	handler := func(ctx context.Context, req interface{}) (interface{}, error) {
		return srv.(ChatServiceServer).Kick(ctx, req.(*KickRequest))
	}
	return interceptor(ctx, in, info, handler)
}

func _ChatService_Ban_Handler(srv interface{}, ctx context.Context, dec func(interface{}) error, interceptor grpc.UnaryServerInterceptor) (interface{}, error) {
	in := new(BanRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(ChatServiceServer).Ban(ctx, in)
	}
	info := &grpc.UnaryServerInfo{
		Server:     srv,
		FullMethod: ChatService_Ban_FullMethodName,
	}
	handler := func(ctx context.Context, req interface{}) (interface{}, error) {
		return srv.(ChatServiceServer).Ban(ctx, req.(*BanRequest))
	}
	return interceptor(ctx, in, info, handler)
}

func _ChatService_Unban_Handler(srv interface{}, ctx context.Context, dec func(interface{}) error, interceptor grpc.UnaryServerInterceptor) (interface{}, error) {
	in := new(UnbanRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(ChatServiceServer).Unban(ctx, in)
	}
	info := &grpc.UnaryServerInfo{
		Server:     srv,
		FullMethod: ChatService_Unban_FullMethodName,
	}
	handler := func(ctx context.Context, req interface{}) (interface{}, error) {
		return srv.(ChatServiceServer).Unban(ctx, req.(*UnbanRequest))
	}
	return interceptor(ctx, in, info, handler)
}

func _ChatService_SetTopic_Handler(srv interface{}, ctx context.Context, dec func(interface{}) error, interceptor grpc.UnaryServerInterceptor) (interface{}, error) {
	in := new(SetTopicRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(ChatServiceServer).SetTopic(ctx, in)
	}
	info := &grpc.UnaryServerInfo{
		Server:     srv,
		FullMethod: ChatService_SetTopic_FullMethodName,
	}
	handler := func(ctx context.Context, req interface{}) (interface{}, error) {
		return srv.(ChatServiceServer).SetTopic(ctx, req.(*SetTopicRequest))
	}
	return interceptor(ctx, in, info, handler)
}

func _ChatService_SetRole_Handler(srv interface{}, ctx context.Context, dec func(interface{}) error, interceptor grpc.UnaryServerInterceptor) (interface{}, error) {
	in := new(SetRoleRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(ChatServiceServer).SetRole(ctx, in)
	}
	info := &grpc.UnaryServerInfo{
		Server:     srv,
		FullMethod: ChatService_SetRole_FullMethodName,
	}
	handler := func(ctx context.Context, req interface{}) (interface{}, error) {
		return srv.(ChatServiceServer).SetRole(ctx, req.(*SetRoleRequest))
	}
	return interceptor(ctx, in, info, handler)
}

func _ChatService_Block_Handler(srv interface{}, ctx context.Context, dec func(interface{}) error, interceptor grpc.UnaryServerInterceptor) (interface{}, error) {
	in := new(BlockRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(ChatServiceServer).Block(ctx, in)
	}
	info := &grpc.UnaryServerInfo{
		Server:     srv,
		FullMethod: ChatService_Block_FullMethodName,
	}
	handler := func(ctx context.Context, req interface{}) (interface{}, error) {
		return srv.(ChatServiceServer).Block(ctx, req.(*BlockRequest))
	}
	return interceptor(ctx, in, info, handler)
}

func _ChatService_Unblock_Handler(srv interface{}, ctx context.Context, dec func(interface{}) error, interceptor grpc.UnaryServerInterceptor) (interface{}, error) {
	in := new(UnblockRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(ChatServiceServer).Unblock(ctx, in)
	}
	info := &grpc.UnaryServerInfo{
		Server:     srv,
		FullMethod: ChatService_Unblock_FullMethodName,
	}
	handler := func(ctx context.Context, req interface{}) (interface{}, error) {
		return srv.(ChatServiceServer).Unblock(ctx, req.(*UnblockRequest))
	}
	return interceptor(ctx, in, info, handler)
}

func _ChatService_EditMessage_Handler(srv interface{}, ctx context.Context, dec func(interface{}) error, interceptor grpc.UnaryServerInterceptor) (interface{}, error) {
	in := new(EditMessageRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(ChatServiceServer).EditMessage(ctx, in)
	}
	info := &grpc.UnaryServerInfo{
		Server:     srv,
		FullMethod: ChatService_EditMessage_FullMethodName,
	}
	handler := func(ctx context.Context, req interface{}) (interface{}, error) {
		return srv.(ChatServiceServer).EditMessage(ctx, req.(*EditMessageRequest))
	}
	return interceptor(ctx, in, info, handler)
}

func _ChatService_DeleteMessage_Handler(srv interface{}, ctx context.Context, dec func(interface{}) error, interceptor grpc.UnaryServerInterceptor) (interface{}, error) {
	in := new(DeleteMessageRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(ChatServiceServer).DeleteMessage(ctx, in)
	}
	info := &grpc.UnaryServerInfo{
		Server:     srv,
		FullMethod: ChatService_DeleteMessage_FullMethodName,
	}
	handler := func(ctx context.Context, req interface{}) (interface{}, error) {
		return srv.(ChatServiceServer).DeleteMessage(ctx, req.(*DeleteMessageRequest))
	}
	return interceptor(ctx, in, info, handler)
}

func _ChatService_React_Handler(srv interface{}, ctx context.Context, dec func(interface{}) error, interceptor grpc.UnaryServerInterceptor) (interface{}, error) {
	in := new(ReactRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(ChatServiceServer).React(ctx, in)
	}
	info := &grpc.UnaryServerInfo{
		Server:     srv,
		FullMethod: ChatService_React_FullMethodName,
	}
	handler := func(ctx context.Context, req interface{}) (interface{}, error) {
		return srv.(ChatServiceServer).React(ctx, req.(*ReactRequest))
	}
	return interceptor(ctx, in, info, handler)
}

func _ChatService_Search_Handler(srv interface{}, ctx context.Context, dec func(interface{}) error, interceptor grpc.UnaryServerInterceptor) (interface{}, error) {
	in := new(SearchRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(ChatServiceServer).Search(ctx, in)
	}
	info := &grpc.UnaryServerInfo{
		Server:     srv,
		FullMethod: ChatService_Search_FullMethodName,
	}
	handler := func(ctx context.Context, req interface{}) (interface{}, error) {
		return srv.(ChatServiceServer).Search(ctx, req.(*SearchRequest))
	}
	return interceptor(ctx, in, info, handler)
}

func _ChatService_MarkRead_Handler(srv interface{}, ctx context.Context, dec func(interface{}) error, interceptor grpc.UnaryServerInterceptor) (interface{}, error) {
	in := new(MarkReadRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(ChatServiceServer).MarkRead(ctx, in)
	}
	info := &grpc.UnaryServerInfo{
		Server:     srv,
		FullMethod: ChatService_MarkRead_FullMethodName,
	}
	handler := func(ctx context.Context, req interface{}) (interface{}, error) {
		return srv.(ChatServiceServer).MarkRead(ctx, req.(*MarkReadRequest))
	}
	return interceptor(ctx, in, info, handler)
}

func _ChatService_ListConversations_Handler(srv interface{}, ctx context.Context, dec func(interface{}) error, interceptor grpc.UnaryServerInterceptor) (interface{}, error) {
	in := new(ListConversationsRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(ChatServiceServer).ListConversations(ctx, in)
	}
	info := &grpc.UnaryServerInfo{
		Server:     srv,
		FullMethod: ChatService_ListConversations_FullMethodName,
	}
	handler := func(ctx context.Context, req interface{}) (interface{}, error) {
		return srv.(ChatServiceServer).ListConversations(ctx, req.(*ListConversationsRequest))
	}
	return interceptor(ctx, in, info, handler)
}

func _ChatService_SendTyping_Handler(srv interface{}, ctx context.Context, dec func(interface{}) error, interceptor grpc.UnaryServerInterceptor) (interface{}, error) {
	in := new(SendTypingRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(ChatServiceServer).SendTyping(ctx, in)
	}
	info := &grpc.UnaryServerInfo{
		Server:     srv,
		FullMethod: ChatService_SendTyping_FullMethodName,
	}
	handler := func(ctx context.Context, req interface{}) (interface{}, error) {
		return srv.(ChatServiceServer).SendTyping(ctx, req.(*SendTypingRequest))
	}
	return interceptor(ctx, in, info, handler)
}

func _ChatService_SetReadReceipts_Handler(srv interface{}, ctx context.Context, dec func(interface{}) error, interceptor grpc.UnaryServerInterceptor) (interface{}, error) {
	in := new(SetReadReceiptsRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(ChatServiceServer).SetReadReceipts(ctx, in)
	}
	info := &grpc.UnaryServerInfo{
		Server:     srv,
		FullMethod: ChatService_SetReadReceipts_FullMethodName,
	}
	handler := func(ctx context.Context, req interface{}) (interface{}, error) {
		return srv.(ChatServiceServer).SetReadReceipts(ctx, req.(*SetReadReceiptsRequest))
	}
	return interceptor(ctx, in, info, handler)
}

// ChatService_ServiceDesc is the grpc.ServiceDesc for ChatService service.
// It's only intended for direct use with grpc.RegisterService,
// and not to be introspected or modified (even as a copy)
var ChatService_ServiceDesc = grpc.ServiceDesc{
	ServiceName: "confab.v1.ChatService",
	HandlerType: (*ChatServiceServer)(nil),
	Methods: []grpc.MethodDesc{
		{
			MethodName: "Join",
			Handler:    _ChatService_Join_Handler,
		},
		{
			MethodName: "CreateRoom",
			Handler:    _ChatService_CreateRoom_Handler,
		},
		{
			MethodName: "Leave",
			Handler:    _ChatService_Leave_Handler,
		},
		{
			MethodName: "SendMessage",
			Handler:    _ChatService_SendMessage_Handler,
		},
		{
			MethodName: "History",
			Handler:    _ChatService_History_Handler,
		},
		{
			MethodName: "ListRooms",
			Handler:    _ChatService_ListRooms_Handler,
		},
		{
			MethodName: "ListMembers",
			Handler:    _ChatService_ListMembers_Handler,
		},
		{
			MethodName: "Invite",
			Handler:    _ChatService_Invite_Handler,
		},
		{
			MethodName: "Kick",
			Handler:    _ChatService_Kick_Handler,
		},
		{
			MethodName: "Ban",
			Handler:    _ChatService_Ban_Handler,
		},
		{
			MethodName: "Unban",
			Handler:    _ChatService_Unban_Handler,
		},
		{
			MethodName: "SetTopic",
			Handler:    _ChatService_SetTopic_Handler,
		},
		{
			MethodName: "SetRole",
			Handler:    _ChatService_SetRole_Handler,
		},
		{
			MethodName: "Block",
			Handler:    _ChatService_Block_Handler,
		},
		{
			MethodName: "Unblock",
			Handler:    _ChatService_Unblock_Handler,
		},
		{
			MethodName: "EditMessage",
			Handler:    _ChatService_EditMessage_Handler,
		},
		{
			MethodName: "DeleteMessage",
			Handler:    _ChatService_DeleteMessage_Handler,
		},
		{
			MethodName: "React",
			Handler:    _ChatService_React_Handler,
		},
		{
			MethodName: "Search",
			Handler:    _ChatService_Search_Handler,
		},
		{
			MethodName: "MarkRead",
			Handler:    _ChatService_MarkRead_Handler,
		},
		{
			MethodName: "ListConversations",
			Handler:    _ChatService_ListConversations_Handler,
		},
		{
			MethodName: "SendTyping",
			Handler:    _ChatService_SendTyping_Handler,
		},
		{
			MethodName: "SetReadReceipts",
			Handler:    _ChatService_SetReadReceipts_Handler,
		},
	},
	Streams: []grpc.StreamDesc{
		{
			StreamName:    "Chat",
			Handler:       _ChatService_Chat_Handler,
			ServerStreams: true,
			ClientStreams: true,
		},
		{
			StreamName:    "Subscribe",
			Handler:       _ChatService_Subscribe_Handler,
			ServerStreams: true,
		},
		{
			StreamName:    "Receive",
			Handler:       _ChatService_Receive_Handler,
			ServerStreams: true,
		},
	},
	Metadata: "confab/v1/chat.proto",
}
