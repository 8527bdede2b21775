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

// @generated by protoc-gen-es v2.17.0 with parameter "target=ts"
// @generated from file confab/v1/chat.proto (package confab.v1, syntax proto3)
/* eslint-disable */

import type { GenEnum, GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import { enumDesc, fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import { file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
import type { Message as Message$1 } from "@bufbuild/protobuf";

/**
 * Describes the file confab/v1/chat.proto.
 */
export const file_confab_v1_chat: GenFile = /*@__PURE__*/
  fileDesc("ChRjb25mYWIvdjEvY2hhdC5wcm90bxIJY29uZmFiLnYxIjYKDENvbnZlcnNhdGlvbhIOCgRyb29tGAEgASgJSAASDgoEcGVlchgCIAEoCUgAQgYKBGtpbmQiXQoGQ3Vyc29yEi0KDGNvbnZlcnNhdGlvbhgBIAEoCzIXLmNvbmZhYi52MS5Db252ZXJzYXRpb24SFgoJYWZ0ZXJfc2VxGAIgASgESACIAQFCDAoKX2FmdGVyX3NlcSKPBgoFRXZlbnQSDAoEcm9vbRgBIAEoCRILCgNzZXEYAiABKAQSDgoGc2VuZGVyGAMgASgJEhEKCXJlY2lwaWVudBgEIAEoCRIoCgR0aW1lGAUgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIlCgdtZXNzYWdlGAYgASgLMhIuY29uZmFiLnYxLk1lc3NhZ2VIABIjCgZqb2luZWQYByABKAsyES5jb25mYWIudjEuSm9pbmVkSAASHwoEbGVmdBgIIAEoCzIPLmNvbmZhYi52MS5MZWZ0SAASJQoHaW52aXRlZBgJIAEoCzISLmNvbmZhYi52MS5JbnZpdGVkSAASIwoGa2lja2VkGAogASgLMhEuY29uZmFiLnYxLktpY2tlZEgAEiMKBmJhbm5lZBgLIAEoCzIRLmNvbmZhYi52MS5CYW5uZWRIABInCgh1bmJhbm5lZBgMIAEoCzITLmNvbmZhYi52MS5VbmJhbm5lZEgAEigKCXRvcGljX3NldBgNIAEoCzITLmNvbmZhYi52MS5Ub3BpY1NldEgAEi4KDHJvbGVfY2hhbmdlZBgOIAEoCzIWLmNvbmZhYi52MS5Sb2xlQ2hhbmdlZEgAEioKBmVkaXRlZBgPIAEoCzIYLmNvbmZhYi52MS5NZXNzYWdlRWRpdGVkSAASLAoHZGVsZXRlZBgQIAEoCzIZLmNvbmZhYi52MS5NZXNzYWdlRGVsZXRlZEgAEjIKDnJlYWN0aW9uX2FkZGVkGBEgASgLMhguY29uZmFiLnYxLlJlYWN0aW9uQWRkZWRIABI2ChByZWFjdGlvbl9yZW1vdmVkGBIgASgLMhouY29uZmFiLnYxLlJlYWN0aW9uUmVtb3ZlZEgAEg4KBnRhcmdldBgUIAEoCRIOCgZyZWFzb24YFSABKAkSDQoFdG9waWMYFiABKAkSHQoEcm9sZRgXIAEoDjIPLmNvbmZhYi52MS5Sb2xlEg8KB3JlZl9zZXEYGCABKAQSEAoIcmVhY3Rpb24YGSABKAlCBgoEa2luZCKsAQoHTWVzc2FnZRIMCgR0ZXh0GAEgASgJEhkKEWNsaWVudF9tZXNzYWdlX2lkGAIgASgJEhkKDHJlcGx5X3RvX3NlcRgDIAEoBEgAiAEBEg4KBmVkaXRlZBgEIAEoCBIPCgdkZWxldGVkGAUgASgIEisKCXJlYWN0aW9ucxgGIAMoCzIYLmNvbmZhYi52MS5SZWFjdGlvbkNvdW50Qg8KDV9yZXBseV90b19zZXEiMAoNUmVhY3Rpb25Db3VudBIQCghyZWFjdGlvbhgBIAEoCRINCgVjb3VudBgCIAEoDSIdCg1NZXNzYWdlRWRpdGVkEgwKBHRleHQYASABKAkiEAoOTWVzc2FnZURlbGV0ZWQiDwoNUmVhY3Rpb25BZGRlZCIRCg9SZWFjdGlvblJlbW92ZWQiCAoGSm9pbmVkIgYKBExlZnQiCQoHSW52aXRlZCIICgZLaWNrZWQiCAoGQmFubmVkIgoKCFVuYmFubmVkIgoKCFRvcGljU2V0Ig0KC1JvbGVDaGFuZ2VkIk8KCFByZXNlbmNlEgwKBHJvb20YASABKAkSDAoEdXNlchgCIAEoCRInCgVzdGF0ZRgDIAEoDjIYLmNvbmZhYi52MS5QcmVzZW5jZVN0YXRlImMKD1ByZXNlbmNlU3VtbWFyeRIMCgRyb29tGAEgASgJEg4KBm9ubGluZRgCIAMoCRIPCgdvZmZsaW5lGAMgAygJEiEKBnR5cGluZxgEIAMoCzIRLmNvbmZhYi52MS5UeXBpbmciGwoLSm9pblJlcXVlc3QSDAoEcm9vbRgBIAEoCSIrCgxKb2luUmVzcG9uc2USCwoDc2VxGAEgASgEEg4KBmpvaW5lZBgCIAEoCCIyChFDcmVhdGVSb29tUmVxdWVzdBIMCgRyb29tGAEgASgJEg8KB3ByaXZhdGUYAiABKAgiIQoSQ3JlYXRlUm9vbVJlc3BvbnNlEgsKA3NlcRgBIAEoBCIcCgxMZWF2ZVJlcXVlc3QSDAoEcm9vbRgBIAEoCSIcCg1MZWF2ZVJlc3BvbnNlEgsKA3NlcRgBIAEoBCKWAQoSU2VuZE1lc3NhZ2VSZXF1ZXN0Eg4KBHJvb20YASABKAlIABIRCgd0b191c2VyGAIgASgJSAASDAoEdGV4dBgDIAEoCRIZChFjbGllbnRfbWVzc2FnZV9pZBgEIAEoCRIZCgxyZXBseV90b19zZXEYBSABKARIAYgBAUIICgZ0YXJnZXRCDwoNX3JlcGx5X3RvX3NlcSI1ChNTZW5kTWVzc2FnZVJlc3BvbnNlEgsKA3NlcRgBIAEoBBIRCglkdXBsaWNhdGUYAiABKAgihQcKC0NoYXRSZXF1ZXN0EhIKCnJlcXVlc3RfaWQYASABKAkSKgoGcmVzdW1lGAIgASgLMhguY29uZmFiLnYxLlJlc3VtZUNvbW1hbmRIABImCgRqb2luGAMgASgLMhYuY29uZmFiLnYxLkpvaW5SZXF1ZXN0SAASKAoFbGVhdmUYBCABKAsyFy5jb25mYWIudjEuTGVhdmVSZXF1ZXN0SAASLQoEc2VuZBgFIAEoCzIdLmNvbmZhYi52MS5TZW5kTWVzc2FnZVJlcXVlc3RIABIsCgdyZWZyZXNoGAYgASgLMhkuY29uZmFiLnYxLlJlZnJlc2hDb21tYW5kSAASKgoGaW52aXRlGAcgASgLMhguY29uZmFiLnYxLkludml0ZVJlcXVlc3RIABImCgRraWNrGAggASgLMhYuY29uZmFiLnYxLktpY2tSZXF1ZXN0SAASJAoDYmFuGAkgASgLMhUuY29uZmFiLnYxLkJhblJlcXVlc3RIABIoCgV1bmJhbhgKIAEoCzIXLmNvbmZhYi52MS5VbmJhblJlcXVlc3RIABIvCglzZXRfdG9waWMYCyABKAsyGi5jb25mYWIudjEuU2V0VG9waWNSZXF1ZXN0SAASLQoIc2V0X3JvbGUYDCABKAsyGS5jb25mYWIudjEuU2V0Um9sZVJlcXVlc3RIABIoCgVibG9jaxgNIAEoCzIXLmNvbmZhYi52MS5CbG9ja1JlcXVlc3RIABIsCgd1bmJsb2NrGA4gASgLMhkuY29uZmFiLnYxLlVuYmxvY2tSZXF1ZXN0SAASMwoLY3JlYXRlX3Jvb20YDyABKAsyHC5jb25mYWIudjEuQ3JlYXRlUm9vbVJlcXVlc3RIABItCgRlZGl0GBIgASgLMh0uY29uZmFiLnYxLkVkaXRNZXNzYWdlUmVxdWVzdEgAEjEKBmRlbGV0ZRgTIAEoCzIfLmNvbmZhYi52MS5EZWxldGVNZXNzYWdlUmVxdWVzdEgAEigKBXJlYWN0GBQgASgLMhcuY29uZmFiLnYxLlJlYWN0UmVxdWVzdEgAEi8KCW1hcmtfcmVhZBgQIAEoCzIaLmNvbmZhYi52MS5NYXJrUmVhZFJlcXVlc3RIABIuCgZ0eXBpbmcYESABKAsyHC5jb25mYWIudjEuU2VuZFR5cGluZ1JlcXVlc3RIAEIJCgdjb21tYW5kIh8KDlJlZnJlc2hDb21tYW5kEg0KBXRva2VuGAEgASgJIjMKDVJlc3VtZUNvbW1hbmQSIgoHY3Vyc29ycxgBIAMoCzIRLmNvbmZhYi52MS5DdXJzb3IiiwMKDENoYXRSZXNwb25zZRIhCgVldmVudBgBIAEoCzIQLmNvbmZhYi52MS5FdmVudEgAEicKCHByZXNlbmNlGAIgASgLMhMuY29uZmFiLnYxLlByZXNlbmNlSAASHQoDYWNrGAMgASgLMg4uY29uZmFiLnYxLkFja0gAEiUKBWVycm9yGAQgASgLMhQuY29uZmFiLnYxLkNoYXRFcnJvckgAEiEKBXJlYWR5GAUgASgLMhAuY29uZmFiLnYxLlJlYWR5SAASNgoQcHJlc2VuY2Vfc3VtbWFyeRgGIAEoCzIaLmNvbmZhYi52MS5QcmVzZW5jZVN1bW1hcnlIABIsCgtyZWFkX21hcmtlchgHIAEoCzIVLmNvbmZhYi52MS5SZWFkTWFya2VySAASIwoGdHlwaW5nGAggASgLMhEuY29uZmFiLnYxLlR5cGluZ0gAEjIKDnVucmVhZF9za2lwcGVkGAkgASgLMhguY29uZmFiLnYxLlVucmVhZFNraXBwZWRIAEIHCgVmcmFtZSJoCgNBY2sSEgoKcmVxdWVzdF9pZBgBIAEoCRItCgxjb252ZXJzYXRpb24YAiABKAsyFy5jb25mYWIudjEuQ29udmVyc2F0aW9uEgsKA3NlcRgDIAEoBBIRCglkdXBsaWNhdGUYBCABKAgibQoJQ2hhdEVycm9yEhIKCnJlcXVlc3RfaWQYASABKAkSDAoEY29kZRgCIAEoBRIPCgdtZXNzYWdlGAMgASgJEi0KDGNvbnZlcnNhdGlvbhgEIAEoCzIXLmNvbmZhYi52MS5Db252ZXJzYXRpb24iPgoFUmVhZHkSDQoFcm9vbXMYASADKAkSJgoGdW5yZWFkGAIgAygLMhYuY29uZmFiLnYxLlVucmVhZENvdW50Il4KC1VucmVhZENvdW50Ei0KDGNvbnZlcnNhdGlvbhgBIAEoCzIXLmNvbmZhYi52MS5Db252ZXJzYXRpb24SEAoIcmVhZF9zZXEYAiABKAQSDgoGdW5yZWFkGAMgASgEIlYKClJlYWRNYXJrZXISLQoMY29udmVyc2F0aW9uGAEgASgLMhcuY29uZmFiLnYxLkNvbnZlcnNhdGlvbhIMCgR1c2VyGAIgASgJEgsKA3NlcRgDIAEoBCJ1CgZUeXBpbmcSLQoMY29udmVyc2F0aW9uGAEgASgLMhcuY29uZmFiLnYxLkNvbnZlcnNhdGlvbhIMCgR1c2VyGAIgASgJEi4KCmV4cGlyZXNfYXQYAyABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wImIKDVVucmVhZFNraXBwZWQSLQoMY29udmVyc2F0aW9uGAEgASgLMhcuY29uZmFiLnYxLkNvbnZlcnNhdGlvbhIPCgdza2lwcGVkGAIgASgEEhEKCWFmdGVyX3NlcRgDIAEoBCI2ChBTdWJzY3JpYmVSZXF1ZXN0EiIKB2N1cnNvcnMYASADKAsyES5jb25mYWIudjEuQ3Vyc29yIqABChFTdWJzY3JpYmVSZXNwb25zZRIhCgVldmVudBgBIAEoCzIQLmNvbmZhYi52MS5FdmVudEgAEicKCHByZXNlbmNlGAIgASgLMhMuY29uZmFiLnYxLlByZXNlbmNlSAASNgoQcHJlc2VuY2Vfc3VtbWFyeRgDIAEoCzIaLmNvbmZhYi52MS5QcmVzZW5jZVN1bW1hcnlIAEIHCgVmcmFtZSI0Cg5SZWNlaXZlUmVxdWVzdBIiCgdjdXJzb3JzGAEgAygLMhEuY29uZmFiLnYxLkN1cnNvciLvAgoPUmVjZWl2ZVJlc3BvbnNlEiEKBWV2ZW50GAEgASgLMhAuY29uZmFiLnYxLkV2ZW50SAASJwoIcHJlc2VuY2UYAiABKAsyEy5jb25mYWIudjEuUHJlc2VuY2VIABI2ChBwcmVzZW5jZV9zdW1tYXJ5GAMgASgLMhouY29uZmFiLnYxLlByZXNlbmNlU3VtbWFyeUgAEiEKBXJlYWR5GAQgASgLMhAuY29uZmFiLnYxLlJlYWR5SAASJQoFZXJyb3IYBSABKAsyFC5jb25mYWIudjEuQ2hhdEVycm9ySAASLAoLcmVhZF9tYXJrZXIYBiABKAsyFS5jb25mYWIudjEuUmVhZE1hcmtlckgAEiMKBnR5cGluZxgHIAEoCzIRLmNvbmZhYi52MS5UeXBpbmdIABIyCg51bnJlYWRfc2tpcHBlZBgIIAEoCzIYLmNvbmZhYi52MS5VbnJlYWRTa2lwcGVkSABCBwoFZnJhbWUisQEKDkhpc3RvcnlSZXF1ZXN0Ei0KDGNvbnZlcnNhdGlvbhgBIAEoCzIXLmNvbmZhYi52MS5Db252ZXJzYXRpb24SFgoJYWZ0ZXJfc2VxGAIgASgESACIAQESFwoKYmVmb3JlX3NlcRgDIAEoBEgBiAEBEg0KBWxpbWl0GAQgASgNEhMKC2FwcGx5X2VkaXRzGAUgASgIQgwKCl9hZnRlcl9zZXFCDQoLX2JlZm9yZV9zZXEiRQoPSGlzdG9yeVJlc3BvbnNlEiAKBmV2ZW50cxgBIAMoCzIQLmNvbmZhYi52MS5FdmVudBIQCghsYXN0X3NlcRgCIAEoBCI1ChBMaXN0Um9vbXNSZXF1ZXN0EhIKCnBhZ2VfdG9rZW4YASABKAkSDQoFbGltaXQYAiABKA0iUAoRTGlzdFJvb21zUmVzcG9uc2USIgoFcm9vbXMYASADKAsyEy5jb25mYWIudjEuUm9vbUluZm8SFwoPbmV4dF9wYWdlX3Rva2VuGAIgASgJIssBCghSb29tSW5mbxIMCgRuYW1lGAEgASgJEhQKDG1lbWJlcl9jb3VudBgCIAEoDRIRCglpc19tZW1iZXIYAyABKAgSEAoIbGFzdF9zZXEYBCABKAQSDwoHcHJpdmF0ZRgKIAEoCBINCgV0b3BpYxgLIAEoCRIdCgRyb2xlGAwgASgOMg8uY29uZmFiLnYxLlJvbGUSDwoHaW52aXRlZBgNIAEoCBIUCgx1bnJlYWRfY291bnQYDiABKAQSEAoIcmVhZF9zZXEYDyABKAQiRQoSTGlzdE1lbWJlcnNSZXF1ZXN0EgwKBHJvb20YASABKAkSEgoKcGFnZV90b2tlbhgCIAEoCRINCgVsaW1pdBgDIAEoDSJSChNMaXN0TWVtYmVyc1Jlc3BvbnNlEiIKB21lbWJlcnMYASADKAsyES5jb25mYWIudjEuTWVtYmVyEhcKD25leHRfcGFnZV90b2tlbhgCIAEoCSJeCgZNZW1iZXISDAoEdXNlchgBIAEoCRInCgVzdGF0ZRgCIAEoDjIYLmNvbmZhYi52MS5QcmVzZW5jZVN0YXRlEh0KBHJvbGUYCiABKA4yDy5jb25mYWIudjEuUm9sZSIrCg1JbnZpdGVSZXF1ZXN0EgwKBHJvb20YASABKAkSDAoEdXNlchgCIAEoCSIuCg5JbnZpdGVSZXNwb25zZRILCgNzZXEYASABKAQSDwoHY2hhbmdlZBgCIAEoCCI5CgtLaWNrUmVxdWVzdBIMCgRyb29tGAEgASgJEgwKBHVzZXIYAiABKAkSDgoGcmVhc29uGAMgASgJIhsKDEtpY2tSZXNwb25zZRILCgNzZXEYASABKAQiOAoKQmFuUmVxdWVzdBIMCgRyb29tGAEgASgJEgwKBHVzZXIYAiABKAkSDgoGcmVhc29uGAMgASgJIisKC0JhblJlc3BvbnNlEgsKA3NlcRgBIAEoBBIPCgdjaGFuZ2VkGAIgASgIIioKDFVuYmFuUmVxdWVzdBIMCgRyb29tGAEgASgJEgwKBHVzZXIYAiABKAkiLQoNVW5iYW5SZXNwb25zZRILCgNzZXEYASABKAQSDwoHY2hhbmdlZBgCIAEoCCIuCg9TZXRUb3BpY1JlcXVlc3QSDAoEcm9vbRgBIAEoCRINCgV0b3BpYxgCIAEoCSIwChBTZXRUb3BpY1Jlc3BvbnNlEgsKA3NlcRgBIAEoBBIPCgdjaGFuZ2VkGAIgASgIIksKDlNldFJvbGVSZXF1ZXN0EgwKBHJvb20YASABKAkSDAoEdXNlchgCIAEoCRIdCgRyb2xlGAMgASgOMg8uY29uZmFiLnYxLlJvbGUiLwoPU2V0Um9sZVJlc3BvbnNlEgsKA3NlcRgBIAEoBBIPCgdjaGFuZ2VkGAIgASgIIhwKDEJsb2NrUmVxdWVzdBIMCgR1c2VyGAEgASgJIiAKDUJsb2NrUmVzcG9uc2USDwoHY2hhbmdlZBgBIAEoCCIeCg5VbmJsb2NrUmVxdWVzdBIMCgR1c2VyGAEgASgJIiIKD1VuYmxvY2tSZXNwb25zZRIPCgdjaGFuZ2VkGAEgASgIIl4KEkVkaXRNZXNzYWdlUmVxdWVzdBItCgxjb252ZXJzYXRpb24YASABKAsyFy5jb25mYWIudjEuQ29udmVyc2F0aW9uEgsKA3NlcRgCIAEoBBIMCgR0ZXh0GAMgASgJIiIKE0VkaXRNZXNzYWdlUmVzcG9uc2USCwoDc2VxGAEgASgEIlIKFERlbGV0ZU1lc3NhZ2VSZXF1ZXN0Ei0KDGNvbnZlcnNhdGlvbhgBIAEoCzIXLmNvbmZhYi52MS5Db252ZXJzYXRpb24SCwoDc2VxGAIgASgEIjUKFURlbGV0ZU1lc3NhZ2VSZXNwb25zZRILCgNzZXEYASABKAQSDwoHY2hhbmdlZBgCIAEoCCJsCgxSZWFjdFJlcXVlc3QSLQoMY29udmVyc2F0aW9uGAEgASgLMhcuY29uZmFiLnYxLkNvbnZlcnNhdGlvbhILCgNzZXEYAiABKAQSEAoIcmVhY3Rpb24YAyABKAkSDgoGcmVtb3ZlGAQgASgIIi0KDVJlYWN0UmVzcG9uc2USCwoDc2VxGAEgASgEEg8KB2NoYW5nZWQYAiABKAgiQQoNU2VhcmNoUmVxdWVzdBINCgVxdWVyeRgBIAEoCRISCgpwYWdlX3Rva2VuGAIgASgJEg0KBWxpbWl0GAMgASgNIksKDlNlYXJjaFJlc3BvbnNlEiAKBmV2ZW50cxgBIAMoCzIQLmNvbmZhYi52MS5FdmVudBIXCg9uZXh0X3BhZ2VfdG9rZW4YAiABKAkiTQoPTWFya1JlYWRSZXF1ZXN0Ei0KDGNvbnZlcnNhdGlvbhgBIAEoCzIXLmNvbmZhYi52MS5Db252ZXJzYXRpb24SCwoDc2VxGAIgASgEIjUKEE1hcmtSZWFkUmVzcG9uc2USEAoIcmVhZF9zZXEYASABKAQSDwoHY2hhbmdlZBgCIAEoCCI9ChhMaXN0Q29udmVyc2F0aW9uc1JlcXVlc3QSEgoKcGFnZV90b2tlbhgBIAEoCRINCgVsaW1pdBgCIAEoDSJoChlMaXN0Q29udmVyc2F0aW9uc1Jlc3BvbnNlEjIKDWNvbnZlcnNhdGlvbnMYASADKAsyGy5jb25mYWIudjEuQ29udmVyc2F0aW9uSW5mbxIXCg9uZXh0X3BhZ2VfdG9rZW4YAiABKAkijwEKEENvbnZlcnNhdGlvbkluZm8SLQoMY29udmVyc2F0aW9uGAEgASgLMhcuY29uZmFiLnYxLkNvbnZlcnNhdGlvbhIkCgpsYXN0X2V2ZW50GAIgASgLMhAuY29uZmFiLnYxLkV2ZW50EhAKCHJlYWRfc2VxGAMgASgEEhQKDHVucmVhZF9jb3VudBgEIAEoBCJCChFTZW5kVHlwaW5nUmVxdWVzdBItCgxjb252ZXJzYXRpb24YASABKAsyFy5jb25mYWIudjEuQ29udmVyc2F0aW9uIlcKElNlbmRUeXBpbmdSZXNwb25zZRIRCglwYXNzZWRfb24YASABKAgSLgoKZXhwaXJlc19hdBgCIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXAiKQoWU2V0UmVhZFJlY2VpcHRzUmVxdWVzdBIPCgdlbmFibGVkGAEgASgIIioKF1NldFJlYWRSZWNlaXB0c1Jlc3BvbnNlEg8KB2NoYW5nZWQYASABKAgqUQoEUm9sZRIUChBST0xFX1VOU1BFQ0lGSUVEEAASDwoLUk9MRV9NRU1CRVIQARISCg5ST0xFX01PREVSQVRPUhACEg4KClJPTEVfT1dORVIQAypmCg1QcmVzZW5jZVN0YXRlEh4KGlBSRVNFTkNFX1NUQVRFX1VOU1BFQ0lGSUVEEAASGQoVUFJFU0VOQ0VfU1RBVEVfT05MSU5FEAESGgoWUFJFU0VOQ0VfU1RBVEVfT0ZGTElORRACMpQOCgtDaGF0U2VydmljZRI3CgRKb2luEhYuY29uZmFiLnYxLkpvaW5SZXF1ZXN0GhcuY29uZmFiLnYxLkpvaW5SZXNwb25zZRJJCgpDcmVhdGVSb29tEhwuY29uZmFiLnYxLkNyZWF0ZVJvb21SZXF1ZXN0Gh0uY29uZmFiLnYxLkNyZWF0ZVJvb21SZXNwb25zZRI6CgVMZWF2ZRIXLmNvbmZhYi52MS5MZWF2ZVJlcXVlc3QaGC5jb25mYWIudjEuTGVhdmVSZXNwb25zZRJMCgtTZW5kTWVzc2FnZRIdLmNvbmZhYi52MS5TZW5kTWVzc2FnZVJlcXVlc3QaHi5jb25mYWIudjEuU2VuZE1lc3NhZ2VSZXNwb25zZRI7CgRDaGF0EhYuY29uZmFiLnYxLkNoYXRSZXF1ZXN0GhcuY29uZmFiLnYxLkNoYXRSZXNwb25zZSgBMAESSAoJU3Vic2NyaWJlEhsuY29uZmFiLnYxLlN1YnNjcmliZVJlcXVlc3QaHC5jb25mYWIudjEuU3Vic2NyaWJlUmVzcG9uc2UwARJCCgdSZWNlaXZlEhkuY29uZmFiLnYxLlJlY2VpdmVSZXF1ZXN0GhouY29uZmFiLnYxLlJlY2VpdmVSZXNwb25zZTABEkAKB0hpc3RvcnkSGS5jb25mYWIudjEuSGlzdG9yeVJlcXVlc3QaGi5jb25mYWIudjEuSGlzdG9yeVJlc3BvbnNlEkYKCUxpc3RSb29tcxIbLmNvbmZhYi52MS5MaXN0Um9vbXNSZXF1ZXN0GhwuY29uZmFiLnYxLkxpc3RSb29tc1Jlc3BvbnNlEkwKC0xpc3RNZW1iZXJzEh0uY29uZmFiLnYxLkxpc3RNZW1iZXJzUmVxdWVzdBoeLmNvbmZhYi52MS5MaXN0TWVtYmVyc1Jlc3BvbnNlEj0KBkludml0ZRIYLmNvbmZhYi52MS5JbnZpdGVSZXF1ZXN0GhkuY29uZmFiLnYxLkludml0ZVJlc3BvbnNlEjcKBEtpY2sSFi5jb25mYWIudjEuS2lja1JlcXVlc3QaFy5jb25mYWIudjEuS2lja1Jlc3BvbnNlEjQKA0JhbhIVLmNvbmZhYi52MS5CYW5SZXF1ZXN0GhYuY29uZmFiLnYxLkJhblJlc3BvbnNlEjoKBVVuYmFuEhcuY29uZmFiLnYxLlVuYmFuUmVxdWVzdBoYLmNvbmZhYi52MS5VbmJhblJlc3BvbnNlEkMKCFNldFRvcGljEhouY29uZmFiLnYxLlNldFRvcGljUmVxdWVzdBobLmNvbmZhYi52MS5TZXRUb3BpY1Jlc3BvbnNlEkAKB1NldFJvbGUSGS5jb25mYWIudjEuU2V0Um9sZVJlcXVlc3QaGi5jb25mYWIudjEuU2V0Um9sZVJlc3BvbnNlEjoKBUJsb2NrEhcuY29uZmFiLnYxLkJsb2NrUmVxdWVzdBoYLmNvbmZhYi52MS5CbG9ja1Jlc3BvbnNlEkAKB1VuYmxvY2sSGS5jb25mYWIudjEuVW5ibG9ja1JlcXVlc3QaGi5jb25mYWIudjEuVW5ibG9ja1Jlc3BvbnNlEkwKC0VkaXRNZXNzYWdlEh0uY29uZmFiLnYxLkVkaXRNZXNzYWdlUmVxdWVzdBoeLmNvbmZhYi52MS5FZGl0TWVzc2FnZVJlc3BvbnNlElIKDURlbGV0ZU1lc3NhZ2USHy5jb25mYWIudjEuRGVsZXRlTWVzc2FnZVJlcXVlc3QaIC5jb25mYWIudjEuRGVsZXRlTWVzc2FnZVJlc3BvbnNlEjoKBVJlYWN0EhcuY29uZmFiLnYxLlJlYWN0UmVxdWVzdBoYLmNvbmZhYi52MS5SZWFjdFJlc3BvbnNlEj0KBlNlYXJjaBIYLmNvbmZhYi52MS5TZWFyY2hSZXF1ZXN0GhkuY29uZmFiLnYxLlNlYXJjaFJlc3BvbnNlEkMKCE1hcmtSZWFkEhouY29uZmFiLnYxLk1hcmtSZWFkUmVxdWVzdBobLmNvbmZhYi52MS5NYXJrUmVhZFJlc3BvbnNlEl4KEUxpc3RDb252ZXJzYXRpb25zEiMuY29uZmFiLnYxLkxpc3RDb252ZXJzYXRpb25zUmVxdWVzdBokLmNvbmZhYi52MS5MaXN0Q29udmVyc2F0aW9uc1Jlc3BvbnNlEkkKClNlbmRUeXBpbmcSHC5jb25mYWIudjEuU2VuZFR5cGluZ1JlcXVlc3QaHS5jb25mYWIudjEuU2VuZFR5cGluZ1Jlc3BvbnNlElgKD1NldFJlYWRSZWNlaXB0cxIhLmNvbmZhYi52MS5TZXRSZWFkUmVjZWlwdHNSZXF1ZXN0GiIuY29uZmFiLnYxLlNldFJlYWRSZWNlaXB0c1Jlc3BvbnNlQl0KDWRldi5jb25mYWIudjFCCUNoYXRQcm90b1ABWj9naXRodWIuY29tL2NvbmZhYi1jaGF0L2NvbmZhYi9jbGllbnRzL2dvL2dlbi9jb25mYWIvdjE7Y29uZmFidjFiBnByb3RvMw", [file_google_protobuf_timestamp]);

/**
 * Names a conversation from the caller's point of view.
 *
 * @generated from message confab.v1.Conversation
 */
export type Conversation = Message$1<"confab.v1.Conversation"> & {
  /**
   * Exactly one must be set.
   *
   * @generated from oneof confab.v1.Conversation.kind
   */
  kind: {
    /**
     * A room, by name.
     *
     * @generated from field: string room = 1;
     */
    value: string;
    case: "room";
  } | {
    /**
     * The private conversation between the caller and this user.
     *
     * @generated from field: string peer = 2;
     */
    value: string;
    case: "peer";
  } | { case: undefined; value?: undefined };
};

/**
 * Describes the message confab.v1.Conversation.
 * Use `create(ConversationSchema)` to create a new message.
 */
export const ConversationSchema: GenMessage<Conversation> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 0);

/**
 * The last sequence number a client has seen in one conversation.
 *
 * @generated from message confab.v1.Cursor
 */
export type Cursor = Message$1<"confab.v1.Cursor"> & {
  /**
   * The conversation this cursor belongs to.
   *
   * @generated from field: confab.v1.Conversation conversation = 1;
   */
  conversation?: Conversation | undefined;

  /**
   * Deliver events with `seq` greater than this. Absent: deliver only live
   * events from now on. 0: deliver the conversation from its start.
   *
   * @generated from field: optional uint64 after_seq = 2;
   */
  afterSeq?: bigint | undefined;
};

/**
 * Describes the message confab.v1.Cursor.
 * Use `create(CursorSchema)` to create a new message.
 */
export const CursorSchema: GenMessage<Cursor> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 1);

/**
 * A stored event of a conversation.
 *
 * @generated from message confab.v1.Event
 */
export type Event = Message$1<"confab.v1.Event"> & {
  /**
   * The room this event belongs to; empty for a private message.
   *
   * @generated from field: string room = 1;
   */
  room: string;

  /**
   * Position in its conversation's log; starts at 1, no gaps.
   *
   * @generated from field: uint64 seq = 2;
   */
  seq: bigint;

  /**
   * Who caused the event: the author of a message, the user who joined or
   * left, the owner or moderator who invited, kicked, banned, unbanned,
   * set the topic or changed a role.
   *
   * @generated from field: string sender = 3;
   */
  sender: string;

  /**
   * For a private message: the user it was sent to. Empty for room events.
   * The conversation's peer, seen from a client, is `recipient` if the
   * client is the sender and `sender` otherwise.
   *
   * @generated from field: string recipient = 4;
   */
  recipient: string;

  /**
   * When the server stored the event.
   *
   * @generated from field: google.protobuf.Timestamp time = 5;
   */
  time?: Timestamp | undefined;

  /**
   * What happened.
   *
   * @generated from oneof confab.v1.Event.kind
   */
  kind: {
    /**
     * A chat message (room or private).
     *
     * @generated from field: confab.v1.Message message = 6;
     */
    value: Message;
    case: "message";
  } | {
    /**
     * `sender` became a member of `room`.
     *
     * @generated from field: confab.v1.Joined joined = 7;
     */
    value: Joined;
    case: "joined";
  } | {
    /**
     * `sender` stopped being a member of `room`.
     *
     * @generated from field: confab.v1.Left left = 8;
     */
    value: Left;
    case: "left";
  } | {
    /**
     * `sender` invited `target` to `room`.
     *
     * @generated from field: confab.v1.Invited invited = 9;
     */
    value: Invited;
    case: "invited";
  } | {
    /**
     * `sender` removed `target` from `room`, for `reason`.
     *
     * @generated from field: confab.v1.Kicked kicked = 10;
     */
    value: Kicked;
    case: "kicked";
  } | {
    /**
     * `sender` banned `target` from `room`, for `reason`.
     *
     * @generated from field: confab.v1.Banned banned = 11;
     */
    value: Banned;
    case: "banned";
  } | {
    /**
     * `sender` lifted the ban of `target`.
     *
     * @generated from field: confab.v1.Unbanned unbanned = 12;
     */
    value: Unbanned;
    case: "unbanned";
  } | {
    /**
     * `sender` set the room's topic to `topic`.
     *
     * @generated from field: confab.v1.TopicSet topic_set = 13;
     */
    value: TopicSet;
    case: "topicSet";
  } | {
    /**
     * `sender` gave `target` the role `role`.
     *
     * @generated from field: confab.v1.RoleChanged role_changed = 14;
     */
    value: RoleChanged;
    case: "roleChanged";
  } | {
    /**
     * `sender` (its author) edited the message at `ref_seq`.
     *
     * @generated from field: confab.v1.MessageEdited edited = 15;
     */
    value: MessageEdited;
    case: "edited";
  } | {
    /**
     * `sender` (its author, or a moderator) deleted the message at
     * `ref_seq`.
     *
     * @generated from field: confab.v1.MessageDeleted deleted = 16;
     */
    value: MessageDeleted;
    case: "deleted";
  } | {
    /**
     * `sender` reacted with `reaction` to the message at `ref_seq`.
     *
     * @generated from field: confab.v1.ReactionAdded reaction_added = 17;
     */
    value: ReactionAdded;
    case: "reactionAdded";
  } | {
    /**
     * `sender` took back its `reaction` to the message at `ref_seq`.
     *
     * @generated from field: confab.v1.ReactionRemoved reaction_removed = 18;
     */
    value: ReactionRemoved;
    case: "reactionRemoved";
  } | { case: undefined; value?: undefined };

  /**
   * For invited, kicked, banned, unbanned and role_changed: the user acted
   * on. Empty otherwise.
   *
   * @generated from field: string target = 20;
   */
  target: string;

  /**
   * For kicked and banned: the reason given, possibly empty.
   *
   * @generated from field: string reason = 21;
   */
  reason: string;

  /**
   * For topic_set: the new topic (empty: cleared).
   *
   * @generated from field: string topic = 22;
   */
  topic: string;

  /**
   * For role_changed: the target's new role.
   *
   * @generated from field: confab.v1.Role role = 23;
   */
  role: Role;

  /**
   * For edited, deleted, reaction_added and reaction_removed: the seq, in
   * the same conversation, of the message changed.
   *
   * @generated from field: uint64 ref_seq = 24;
   */
  refSeq: bigint;

  /**
   * For reaction_added and reaction_removed: the reaction (see
   * ReactRequest).
   *
   * @generated from field: string reaction = 25;
   */
  reaction: string;
};

/**
 * Describes the message confab.v1.Event.
 * Use `create(EventSchema)` to create a new message.
 */
export const EventSchema: GenMessage<Event> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 2);

/**
 * The body of a chat message.
 *
 * @generated from message confab.v1.Message
 */
export type Message = Message$1<"confab.v1.Message"> & {
  /**
   * The text, as sent (in History with `apply_edits`: as last edited).
   * Empty once the message is deleted: a delete erases the text from the
   * server's storage, not only from view.
   *
   * @generated from field: string text = 1;
   */
  text: string;

  /**
   * The id the sender gave the message to make retries safe; empty if none.
   *
   * @generated from field: string client_message_id = 2;
   */
  clientMessageId: string;

  /**
   * The seq, in the same conversation, of the message this one replies to.
   *
   * @generated from field: optional uint64 reply_to_seq = 3;
   */
  replyToSeq?: bigint | undefined;

  /**
   * History with `apply_edits` only: the message was edited (`text` is
   * the latest edit's).
   *
   * @generated from field: bool edited = 4;
   */
  edited: boolean;

  /**
   * The message was deleted (its text is gone; its `deleted` event
   * follows in the log).
   *
   * @generated from field: bool deleted = 5;
   */
  deleted: boolean;

  /**
   * History only: each reaction the message has, with how many users gave
   * it, in reaction order (byte-wise); none once deleted.
   *
   * @generated from field: repeated confab.v1.ReactionCount reactions = 6;
   */
  reactions: ReactionCount[];
};

/**
 * Describes the message confab.v1.Message.
 * Use `create(MessageSchema)` to create a new message.
 */
export const MessageSchema: GenMessage<Message> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 3);

/**
 * How many users gave one reaction to a message.
 *
 * @generated from message confab.v1.ReactionCount
 */
export type ReactionCount = Message$1<"confab.v1.ReactionCount"> & {
  /**
   * The reaction.
   *
   * @generated from field: string reaction = 1;
   */
  reaction: string;

  /**
   * How many users gave it.
   *
   * @generated from field: uint32 count = 2;
   */
  count: number;
};

/**
 * Describes the message confab.v1.ReactionCount.
 * Use `create(ReactionCountSchema)` to create a new message.
 */
export const ReactionCountSchema: GenMessage<ReactionCount> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 4);

/**
 * A message was edited; see `Event.ref_seq`.
 *
 * @generated from message confab.v1.MessageEdited
 */
export type MessageEdited = Message$1<"confab.v1.MessageEdited"> & {
  /**
   * The new text; empty once the message was deleted (a delete erases
   * its edits' texts too).
   *
   * @generated from field: string text = 1;
   */
  text: string;
};

/**
 * Describes the message confab.v1.MessageEdited.
 * Use `create(MessageEditedSchema)` to create a new message.
 */
export const MessageEditedSchema: GenMessage<MessageEdited> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 5);

/**
 * A message was deleted; see `Event.ref_seq`. Its text, and its edits',
 * are erased from storage: History and resume show the message with
 * `deleted` set and no text.
 *
 * @generated from message confab.v1.MessageDeleted
 */
export type MessageDeleted = Message$1<"confab.v1.MessageDeleted"> & {
};

/**
 * Describes the message confab.v1.MessageDeleted.
 * Use `create(MessageDeletedSchema)` to create a new message.
 */
export const MessageDeletedSchema: GenMessage<MessageDeleted> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 6);

/**
 * A reaction was added to a message; see `Event.ref_seq` and
 * `Event.reaction`.
 *
 * @generated from message confab.v1.ReactionAdded
 */
export type ReactionAdded = Message$1<"confab.v1.ReactionAdded"> & {
};

/**
 * Describes the message confab.v1.ReactionAdded.
 * Use `create(ReactionAddedSchema)` to create a new message.
 */
export const ReactionAddedSchema: GenMessage<ReactionAdded> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 7);

/**
 * A reaction was taken back; see `Event.ref_seq` and `Event.reaction`.
 *
 * @generated from message confab.v1.ReactionRemoved
 */
export type ReactionRemoved = Message$1<"confab.v1.ReactionRemoved"> & {
};

/**
 * Describes the message confab.v1.ReactionRemoved.
 * Use `create(ReactionRemovedSchema)` to create a new message.
 */
export const ReactionRemovedSchema: GenMessage<ReactionRemoved> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 8);

/**
 * A member joined a room.
 *
 * @generated from message confab.v1.Joined
 */
export type Joined = Message$1<"confab.v1.Joined"> & {
};

/**
 * Describes the message confab.v1.Joined.
 * Use `create(JoinedSchema)` to create a new message.
 */
export const JoinedSchema: GenMessage<Joined> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 9);

/**
 * A member left a room.
 *
 * @generated from message confab.v1.Left
 */
export type Left = Message$1<"confab.v1.Left"> & {
};

/**
 * Describes the message confab.v1.Left.
 * Use `create(LeftSchema)` to create a new message.
 */
export const LeftSchema: GenMessage<Left> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 10);

/**
 * A user was invited to a room; see `Event.target`.
 *
 * @generated from message confab.v1.Invited
 */
export type Invited = Message$1<"confab.v1.Invited"> & {
};

/**
 * Describes the message confab.v1.Invited.
 * Use `create(InvitedSchema)` to create a new message.
 */
export const InvitedSchema: GenMessage<Invited> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 11);

/**
 * A member was removed from a room; see `Event.target` and `Event.reason`.
 *
 * @generated from message confab.v1.Kicked
 */
export type Kicked = Message$1<"confab.v1.Kicked"> & {
};

/**
 * Describes the message confab.v1.Kicked.
 * Use `create(KickedSchema)` to create a new message.
 */
export const KickedSchema: GenMessage<Kicked> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 12);

/**
 * A user was banned from a room; see `Event.target` and `Event.reason`.
 *
 * @generated from message confab.v1.Banned
 */
export type Banned = Message$1<"confab.v1.Banned"> & {
};

/**
 * Describes the message confab.v1.Banned.
 * Use `create(BannedSchema)` to create a new message.
 */
export const BannedSchema: GenMessage<Banned> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 13);

/**
 * A user's ban was lifted; see `Event.target`.
 *
 * @generated from message confab.v1.Unbanned
 */
export type Unbanned = Message$1<"confab.v1.Unbanned"> & {
};

/**
 * Describes the message confab.v1.Unbanned.
 * Use `create(UnbannedSchema)` to create a new message.
 */
export const UnbannedSchema: GenMessage<Unbanned> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 14);

/**
 * The room's topic was set; see `Event.topic`.
 *
 * @generated from message confab.v1.TopicSet
 */
export type TopicSet = Message$1<"confab.v1.TopicSet"> & {
};

/**
 * Describes the message confab.v1.TopicSet.
 * Use `create(TopicSetSchema)` to create a new message.
 */
export const TopicSetSchema: GenMessage<TopicSet> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 15);

/**
 * A member's role changed; see `Event.target` and `Event.role`.
 *
 * @generated from message confab.v1.RoleChanged
 */
export type RoleChanged = Message$1<"confab.v1.RoleChanged"> & {
};

/**
 * Describes the message confab.v1.RoleChanged.
 * Use `create(RoleChangedSchema)` to create a new message.
 */
export const RoleChangedSchema: GenMessage<RoleChanged> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 16);

/**
 * A user's online state changed. Not stored and without a seq: presence is
 * what connections change, membership is what outlives them.
 *
 * @generated from message confab.v1.Presence
 */
export type Presence = Message$1<"confab.v1.Presence"> & {
  /**
   * The room being told (one of the rooms the user is in).
   *
   * @generated from field: string room = 1;
   */
  room: string;

  /**
   * Whose state changed.
   *
   * @generated from field: string user = 2;
   */
  user: string;

  /**
   * The new state.
   *
   * @generated from field: confab.v1.PresenceState state = 3;
   */
  state: PresenceState;
};

/**
 * Describes the message confab.v1.Presence.
 * Use `create(PresenceSchema)` to create a new message.
 */
export const PresenceSchema: GenMessage<Presence> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 17);

/**
 * The presence changes and typing of a big room, coalesced. A room
 * followed by more live sessions than the server's threshold gets one of
 * these every few seconds (when anything changed) instead of one Presence
 * or Typing per change, so neither floods its members.
 *
 * @generated from message confab.v1.PresenceSummary
 */
export type PresenceSummary = Message$1<"confab.v1.PresenceSummary"> & {
  /**
   * The room being told.
   *
   * @generated from field: string room = 1;
   */
  room: string;

  /**
   * Users whose last state in the period was online, in name order.
   *
   * @generated from field: repeated string online = 2;
   */
  online: string[];

  /**
   * Users whose last state in the period was offline, in name order.
   *
   * @generated from field: repeated string offline = 3;
   */
  offline: string[];

  /**
   * Who said they were typing in the period, each with the latest
   * `expires_at`, in name order; shown as single `typing` frames are. The
   * summary is the same for every member, so it may name the receiving
   * user, whom a client leaves out. Subscribe streams get no typing.
   *
   * @generated from field: repeated confab.v1.Typing typing = 4;
   */
  typing: Typing[];
};

/**
 * Describes the message confab.v1.PresenceSummary.
 * Use `create(PresenceSummarySchema)` to create a new message.
 */
export const PresenceSummarySchema: GenMessage<PresenceSummary> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 18);

/**
 * Request of Join.
 *
 * @generated from message confab.v1.JoinRequest
 */
export type JoinRequest = Message$1<"confab.v1.JoinRequest"> & {
  /**
   * The room to join; see "Names" at the top of this file.
   *
   * @generated from field: string room = 1;
   */
  room: string;
};

/**
 * Describes the message confab.v1.JoinRequest.
 * Use `create(JoinRequestSchema)` to create a new message.
 */
export const JoinRequestSchema: GenMessage<JoinRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 19);

/**
 * Response of Join.
 *
 * @generated from message confab.v1.JoinResponse
 */
export type JoinResponse = Message$1<"confab.v1.JoinResponse"> & {
  /**
   * The seq of the stored `joined` event, or, if the caller was already a
   * member, the room's latest seq.
   *
   * @generated from field: uint64 seq = 1;
   */
  seq: bigint;

  /**
   * False if the caller was already a member (nothing was stored).
   *
   * @generated from field: bool joined = 2;
   */
  joined: boolean;
};

/**
 * Describes the message confab.v1.JoinResponse.
 * Use `create(JoinResponseSchema)` to create a new message.
 */
export const JoinResponseSchema: GenMessage<JoinResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 20);

/**
 * Request of CreateRoom.
 *
 * @generated from message confab.v1.CreateRoomRequest
 */
export type CreateRoomRequest = Message$1<"confab.v1.CreateRoomRequest"> & {
  /**
   * The room to create; see "Names" at the top of this file.
   *
   * @generated from field: string room = 1;
   */
  room: string;

  /**
   * Invite-only (see "Rooms with doors"); false: public, as Join creates.
   *
   * @generated from field: bool private = 2;
   */
  private: boolean;
};

/**
 * Describes the message confab.v1.CreateRoomRequest.
 * Use `create(CreateRoomRequestSchema)` to create a new message.
 */
export const CreateRoomRequestSchema: GenMessage<CreateRoomRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 21);

/**
 * Response of CreateRoom.
 *
 * @generated from message confab.v1.CreateRoomResponse
 */
export type CreateRoomResponse = Message$1<"confab.v1.CreateRoomResponse"> & {
  /**
   * The seq of the creator's `joined` event (1).
   *
   * @generated from field: uint64 seq = 1;
   */
  seq: bigint;
};

/**
 * Describes the message confab.v1.CreateRoomResponse.
 * Use `create(CreateRoomResponseSchema)` to create a new message.
 */
export const CreateRoomResponseSchema: GenMessage<CreateRoomResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 22);

/**
 * Request of Leave.
 *
 * @generated from message confab.v1.LeaveRequest
 */
export type LeaveRequest = Message$1<"confab.v1.LeaveRequest"> & {
  /**
   * The room to leave.
   *
   * @generated from field: string room = 1;
   */
  room: string;
};

/**
 * Describes the message confab.v1.LeaveRequest.
 * Use `create(LeaveRequestSchema)` to create a new message.
 */
export const LeaveRequestSchema: GenMessage<LeaveRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 23);

/**
 * Response of Leave.
 *
 * @generated from message confab.v1.LeaveResponse
 */
export type LeaveResponse = Message$1<"confab.v1.LeaveResponse"> & {
  /**
   * The seq of the stored `left` event.
   *
   * @generated from field: uint64 seq = 1;
   */
  seq: bigint;
};

/**
 * Describes the message confab.v1.LeaveResponse.
 * Use `create(LeaveResponseSchema)` to create a new message.
 */
export const LeaveResponseSchema: GenMessage<LeaveResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 24);

/**
 * Request of SendMessage.
 *
 * @generated from message confab.v1.SendMessageRequest
 */
export type SendMessageRequest = Message$1<"confab.v1.SendMessageRequest"> & {
  /**
   * Where the message goes; exactly one must be set.
   *
   * @generated from oneof confab.v1.SendMessageRequest.target
   */
  target: {
    /**
     * A room the caller is a member of.
     *
     * @generated from field: string room = 1;
     */
    value: string;
    case: "room";
  } | {
    /**
     * A user, privately. Sending to yourself is INVALID_ARGUMENT.
     *
     * @generated from field: string to_user = 2;
     */
    value: string;
    case: "toUser";
  } | { case: undefined; value?: undefined };

  /**
   * The message text; see "Text" at the top of this file.
   *
   * @generated from field: string text = 3;
   */
  text: string;

  /**
   * Optional, at most 64 bytes, unique per sender: a retry with the same id
   * stores nothing new and returns the original seq.
   *
   * @generated from field: string client_message_id = 4;
   */
  clientMessageId: string;

  /**
   * Optional: the seq of the message, in the same conversation, this one
   * replies to. It must be a message there (INVALID_ARGUMENT otherwise,
   * and nothing is stored); a deleted one will do.
   *
   * @generated from field: optional uint64 reply_to_seq = 5;
   */
  replyToSeq?: bigint | undefined;
};

/**
 * Describes the message confab.v1.SendMessageRequest.
 * Use `create(SendMessageRequestSchema)` to create a new message.
 */
export const SendMessageRequestSchema: GenMessage<SendMessageRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 25);

/**
 * Response of SendMessage.
 *
 * @generated from message confab.v1.SendMessageResponse
 */
export type SendMessageResponse = Message$1<"confab.v1.SendMessageResponse"> & {
  /**
   * The stored message's seq in its conversation.
   *
   * @generated from field: uint64 seq = 1;
   */
  seq: bigint;

  /**
   * True if this was a retry of an already stored message.
   *
   * @generated from field: bool duplicate = 2;
   */
  duplicate: boolean;
};

/**
 * Describes the message confab.v1.SendMessageResponse.
 * Use `create(SendMessageResponseSchema)` to create a new message.
 */
export const SendMessageResponseSchema: GenMessage<SendMessageResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 26);

/**
 * One frame from the client on a Chat stream.
 *
 * @generated from message confab.v1.ChatRequest
 */
export type ChatRequest = Message$1<"confab.v1.ChatRequest"> & {
  /**
   * Chosen by the client, echoed in the `ack` or `error` for this frame.
   *
   * @generated from field: string request_id = 1;
   */
  requestId: string;

  /**
   * What to do; exactly one must be set.
   *
   * @generated from oneof confab.v1.ChatRequest.command
   */
  command: {
    /**
     * Replay what was missed; only meaningful as the first frame.
     *
     * @generated from field: confab.v1.ResumeCommand resume = 2;
     */
    value: ResumeCommand;
    case: "resume";
  } | {
    /**
     * Join a room.
     *
     * @generated from field: confab.v1.JoinRequest join = 3;
     */
    value: JoinRequest;
    case: "join";
  } | {
    /**
     * Leave a room.
     *
     * @generated from field: confab.v1.LeaveRequest leave = 4;
     */
    value: LeaveRequest;
    case: "leave";
  } | {
    /**
     * Send a message to a room or a user.
     *
     * @generated from field: confab.v1.SendMessageRequest send = 5;
     */
    value: SendMessageRequest;
    case: "send";
  } | {
    /**
     * Replace the session's token (`jwt` mode), before it expires.
     *
     * @generated from field: confab.v1.RefreshCommand refresh = 6;
     */
    value: RefreshCommand;
    case: "refresh";
  } | {
    /**
     * Invite a user to a room (as the Invite RPC).
     *
     * @generated from field: confab.v1.InviteRequest invite = 7;
     */
    value: InviteRequest;
    case: "invite";
  } | {
    /**
     * Kick a member (as the Kick RPC).
     *
     * @generated from field: confab.v1.KickRequest kick = 8;
     */
    value: KickRequest;
    case: "kick";
  } | {
    /**
     * Ban a user (as the Ban RPC).
     *
     * @generated from field: confab.v1.BanRequest ban = 9;
     */
    value: BanRequest;
    case: "ban";
  } | {
    /**
     * Lift a ban (as the Unban RPC).
     *
     * @generated from field: confab.v1.UnbanRequest unban = 10;
     */
    value: UnbanRequest;
    case: "unban";
  } | {
    /**
     * Set a room's topic (as the SetTopic RPC).
     *
     * @generated from field: confab.v1.SetTopicRequest set_topic = 11;
     */
    value: SetTopicRequest;
    case: "setTopic";
  } | {
    /**
     * Change a member's role (as the SetRole RPC).
     *
     * @generated from field: confab.v1.SetRoleRequest set_role = 12;
     */
    value: SetRoleRequest;
    case: "setRole";
  } | {
    /**
     * Block a user (as the Block RPC). The ack names the private
     * conversation with the user; `duplicate` if already blocked.
     *
     * @generated from field: confab.v1.BlockRequest block = 13;
     */
    value: BlockRequest;
    case: "block";
  } | {
    /**
     * Unblock a user (as the Unblock RPC).
     *
     * @generated from field: confab.v1.UnblockRequest unblock = 14;
     */
    value: UnblockRequest;
    case: "unblock";
  } | {
    /**
     * Create a room (as the CreateRoom RPC).
     *
     * @generated from field: confab.v1.CreateRoomRequest create_room = 15;
     */
    value: CreateRoomRequest;
    case: "createRoom";
  } | {
    /**
     * Edit a message (as the EditMessage RPC).
     *
     * @generated from field: confab.v1.EditMessageRequest edit = 18;
     */
    value: EditMessageRequest;
    case: "edit";
  } | {
    /**
     * Delete a message (as the DeleteMessage RPC); `duplicate` if it was
     * deleted already.
     *
     * @generated from field: confab.v1.DeleteMessageRequest delete = 19;
     */
    value: DeleteMessageRequest;
    case: "delete";
  } | {
    /**
     * Add or remove a reaction (as the React RPC); `duplicate` if nothing
     * changed.
     *
     * @generated from field: confab.v1.ReactRequest react = 20;
     */
    value: ReactRequest;
    case: "react";
  } | {
    /**
     * Move the read position (as the MarkRead RPC). The ack's `seq` is the
     * read position after it; `duplicate` if it did not move.
     *
     * @generated from field: confab.v1.MarkReadRequest mark_read = 16;
     */
    value: MarkReadRequest;
    case: "markRead";
  } | {
    /**
     * Say the caller is typing (as the SendTyping RPC). Acked with no
     * seq; `duplicate` if it was not passed on (within a second of the
     * last).
     *
     * @generated from field: confab.v1.SendTypingRequest typing = 17;
     */
    value: SendTypingRequest;
    case: "typing";
  } | { case: undefined; value?: undefined };
};

/**
 * Describes the message confab.v1.ChatRequest.
 * Use `create(ChatRequestSchema)` to create a new message.
 */
export const ChatRequestSchema: GenMessage<ChatRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 27);

/**
 * A new token for the session, checked like the one the session was
 * opened with. Valid and for the same user: acked (an `ack` with no
 * conversation), and the session now ends when the new token expires.
 * Invalid (expired, bad signature, ...): an `error` (UNAUTHENTICATED), and
 * the session goes on until the old token expires. Valid but for another
 * user: an `error`, then the session ends with UNAUTHENTICATED; a session
 * never changes its user. In `open` mode there is no token to refresh: an
 * `error` (INVALID_ARGUMENT).
 *
 * @generated from message confab.v1.RefreshCommand
 */
export type RefreshCommand = Message$1<"confab.v1.RefreshCommand"> & {
  /**
   * The new token (the JWT alone, without `Bearer `).
   *
   * @generated from field: string token = 1;
   */
  token: string;
};

/**
 * Describes the message confab.v1.RefreshCommand.
 * Use `create(RefreshCommandSchema)` to create a new message.
 */
export const RefreshCommandSchema: GenMessage<RefreshCommand> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 28);

/**
 * Resume from cursors. Every conversation named gets what came after its
 * cursor, then live events. Rooms not named are live only (with no cursors
 * at all, each room is replayed from the read position instead, capped:
 * see "Read positions and unread counts"). Private
 * conversations not named resume where the caller's sessions were last
 * seen (saved when a session ends and a few seconds after each private
 * event), so private messages sent while the caller was offline wait for
 * them; after a server crash some may come again (at least once). Name
 * every conversation with a cursor for exactly once. A cursor that cannot
 * be honoured (a bad name, no conversation, yourself as the peer, a room
 * you are not in, a seq ahead of the conversation) gets an `error` naming
 * it; the others are replayed as usual.
 *
 * @generated from message confab.v1.ResumeCommand
 */
export type ResumeCommand = Message$1<"confab.v1.ResumeCommand"> & {
  /**
   * One per conversation to replay.
   *
   * @generated from field: repeated confab.v1.Cursor cursors = 1;
   */
  cursors: Cursor[];
};

/**
 * Describes the message confab.v1.ResumeCommand.
 * Use `create(ResumeCommandSchema)` to create a new message.
 */
export const ResumeCommandSchema: GenMessage<ResumeCommand> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 29);

/**
 * One frame from the server on a Chat stream. A `resume` frame is answered
 * by `ready` (and an `error` per cursor that could not be honoured); every
 * other command by an `ack` or an `error`.
 *
 * @generated from message confab.v1.ChatResponse
 */
export type ChatResponse = Message$1<"confab.v1.ChatResponse"> & {
  /**
   * Exactly one is set.
   *
   * @generated from oneof confab.v1.ChatResponse.frame
   */
  frame: {
    /**
     * A stored event of one of the caller's rooms or private conversations.
     *
     * @generated from field: confab.v1.Event event = 1;
     */
    value: Event;
    case: "event";
  } | {
    /**
     * A change of a room member's online state.
     *
     * @generated from field: confab.v1.Presence presence = 2;
     */
    value: Presence;
    case: "presence";
  } | {
    /**
     * A command of this session succeeded.
     *
     * @generated from field: confab.v1.Ack ack = 3;
     */
    value: Ack;
    case: "ack";
  } | {
    /**
     * A command of this session failed; the session goes on.
     *
     * @generated from field: confab.v1.ChatError error = 4;
     */
    value: ChatError;
    case: "error";
  } | {
    /**
     * The session has started and any replay asked for has been sent.
     *
     * @generated from field: confab.v1.Ready ready = 5;
     */
    value: Ready;
    case: "ready";
  } | {
    /**
     * Coalesced presence changes of a big room.
     *
     * @generated from field: confab.v1.PresenceSummary presence_summary = 6;
     */
    value: PresenceSummary;
    case: "presenceSummary";
  } | {
    /**
     * The caller's read position moved (another session or device), or
     * a private peer's, with read receipts on.
     *
     * @generated from field: confab.v1.ReadMarker read_marker = 7;
     */
    value: ReadMarker;
    case: "readMarker";
  } | {
    /**
     * Someone else is typing in one of the caller's conversations.
     *
     * @generated from field: confab.v1.Typing typing = 8;
     */
    value: Typing;
    case: "typing";
  } | {
    /**
     * Before a room's replay on a resume without cursors: how many older
     * unread events were left out.
     *
     * @generated from field: confab.v1.UnreadSkipped unread_skipped = 9;
     */
    value: UnreadSkipped;
    case: "unreadSkipped";
  } | { case: undefined; value?: undefined };
};

/**
 * Describes the message confab.v1.ChatResponse.
 * Use `create(ChatResponseSchema)` to create a new message.
 */
export const ChatResponseSchema: GenMessage<ChatResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 30);

/**
 * A command of this session succeeded.
 *
 * @generated from message confab.v1.Ack
 */
export type Ack = Message$1<"confab.v1.Ack"> & {
  /**
   * The `request_id` of the frame this answers.
   *
   * @generated from field: string request_id = 1;
   */
  requestId: string;

  /**
   * The conversation the command touched.
   *
   * @generated from field: confab.v1.Conversation conversation = 2;
   */
  conversation?: Conversation | undefined;

  /**
   * The seq of the stored event (the room's latest seq for a join of a
   * room the caller was already in).
   *
   * @generated from field: uint64 seq = 3;
   */
  seq: bigint;

  /**
   * True if nothing new was stored: a send that retried an already stored
   * message, or a join of a room the caller was already in.
   *
   * @generated from field: bool duplicate = 4;
   */
  duplicate: boolean;
};

/**
 * Describes the message confab.v1.Ack.
 * Use `create(AckSchema)` to create a new message.
 */
export const AckSchema: GenMessage<Ack> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 31);

/**
 * A command of this session failed.
 *
 * @generated from message confab.v1.ChatError
 */
export type ChatError = Message$1<"confab.v1.ChatError"> & {
  /**
   * The `request_id` of the frame this answers.
   *
   * @generated from field: string request_id = 1;
   */
  requestId: string;

  /**
   * The gRPC status code the same command would fail with as a unary call
   * (google.rpc.Code numbering: 3 INVALID_ARGUMENT, 5 NOT_FOUND, ...).
   *
   * @generated from field: int32 code = 2;
   */
  code: number;

  /**
   * What went wrong, for people.
   *
   * @generated from field: string message = 3;
   */
  message: string;

  /**
   * For an error answering a `resume`: the conversation whose cursor could
   * not be honoured (that conversation then continues live only).
   *
   * @generated from field: confab.v1.Conversation conversation = 4;
   */
  conversation?: Conversation | undefined;
};

/**
 * Describes the message confab.v1.ChatError.
 * Use `create(ChatErrorSchema)` to create a new message.
 */
export const ChatErrorSchema: GenMessage<ChatError> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 32);

/**
 * The session is live.
 *
 * @generated from message confab.v1.Ready
 */
export type Ready = Message$1<"confab.v1.Ready"> & {
  /**
   * The rooms the caller is a member of.
   *
   * @generated from field: repeated string rooms = 1;
   */
  rooms: string[];

  /**
   * The caller's read position and unread count in each of its rooms and
   * private conversations.
   *
   * @generated from field: repeated confab.v1.UnreadCount unread = 2;
   */
  unread: UnreadCount[];
};

/**
 * Describes the message confab.v1.Ready.
 * Use `create(ReadySchema)` to create a new message.
 */
export const ReadySchema: GenMessage<Ready> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 33);

/**
 * How much of one conversation the caller has not read.
 *
 * @generated from message confab.v1.UnreadCount
 */
export type UnreadCount = Message$1<"confab.v1.UnreadCount"> & {
  /**
   * The conversation.
   *
   * @generated from field: confab.v1.Conversation conversation = 1;
   */
  conversation?: Conversation | undefined;

  /**
   * The caller's read position in it.
   *
   * @generated from field: uint64 read_seq = 2;
   */
  readSeq: bigint;

  /**
   * Message events after `read_seq` sent by someone else.
   *
   * @generated from field: uint64 unread = 3;
   */
  unread: bigint;
};

/**
 * Describes the message confab.v1.UnreadCount.
 * Use `create(UnreadCountSchema)` to create a new message.
 */
export const UnreadCountSchema: GenMessage<UnreadCount> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 34);

/**
 * A read position moved.
 *
 * @generated from message confab.v1.ReadMarker
 */
export type ReadMarker = Message$1<"confab.v1.ReadMarker"> & {
  /**
   * The conversation, as the receiving client names it.
   *
   * @generated from field: confab.v1.Conversation conversation = 1;
   */
  conversation?: Conversation | undefined;

  /**
   * Who read: the caller itself, or (a read receipt) the private peer.
   *
   * @generated from field: string user = 2;
   */
  user: string;

  /**
   * They have read up to and including this seq.
   *
   * @generated from field: uint64 seq = 3;
   */
  seq: bigint;
};

/**
 * Describes the message confab.v1.ReadMarker.
 * Use `create(ReadMarkerSchema)` to create a new message.
 */
export const ReadMarkerSchema: GenMessage<ReadMarker> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 35);

/**
 * Someone is typing.
 *
 * @generated from message confab.v1.Typing
 */
export type Typing = Message$1<"confab.v1.Typing"> & {
  /**
   * The conversation, as the receiving client names it.
   *
   * @generated from field: confab.v1.Conversation conversation = 1;
   */
  conversation?: Conversation | undefined;

  /**
   * Who is typing.
   *
   * @generated from field: string user = 2;
   */
  user: string;

  /**
   * Until when to show it, unless another `typing` renews it.
   *
   * @generated from field: google.protobuf.Timestamp expires_at = 3;
   */
  expiresAt?: Timestamp | undefined;
};

/**
 * Describes the message confab.v1.Typing.
 * Use `create(TypingSchema)` to create a new message.
 */
export const TypingSchema: GenMessage<Typing> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 36);

/**
 * Sent before a room's replay on a resume without cursors, when more
 * events were unread than the server replays.
 *
 * @generated from message confab.v1.UnreadSkipped
 */
export type UnreadSkipped = Message$1<"confab.v1.UnreadSkipped"> & {
  /**
   * The room.
   *
   * @generated from field: confab.v1.Conversation conversation = 1;
   */
  conversation?: Conversation | undefined;

  /**
   * How many events after the read position were left out (the oldest).
   *
   * @generated from field: uint64 skipped = 2;
   */
  skipped: bigint;

  /**
   * The replay starts after this seq (History reads the rest).
   *
   * @generated from field: uint64 after_seq = 3;
   */
  afterSeq: bigint;
};

/**
 * Describes the message confab.v1.UnreadSkipped.
 * Use `create(UnreadSkippedSchema)` to create a new message.
 */
export const UnreadSkippedSchema: GenMessage<UnreadSkipped> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 37);

/**
 * Request of Subscribe.
 *
 * @generated from message confab.v1.SubscribeRequest
 */
export type SubscribeRequest = Message$1<"confab.v1.SubscribeRequest"> & {
  /**
   * The rooms to tail, each with an optional cursor. Only rooms are
   * accepted here; at least one is required.
   *
   * @generated from field: repeated confab.v1.Cursor cursors = 1;
   */
  cursors: Cursor[];
};

/**
 * Describes the message confab.v1.SubscribeRequest.
 * Use `create(SubscribeRequestSchema)` to create a new message.
 */
export const SubscribeRequestSchema: GenMessage<SubscribeRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 38);

/**
 * One frame of a Subscribe stream.
 *
 * @generated from message confab.v1.SubscribeResponse
 */
export type SubscribeResponse = Message$1<"confab.v1.SubscribeResponse"> & {
  /**
   * Exactly one is set.
   *
   * @generated from oneof confab.v1.SubscribeResponse.frame
   */
  frame: {
    /**
     * A stored event of a subscribed room.
     *
     * @generated from field: confab.v1.Event event = 1;
     */
    value: Event;
    case: "event";
  } | {
    /**
     * A change of a member's online state in a subscribed room.
     *
     * @generated from field: confab.v1.Presence presence = 2;
     */
    value: Presence;
    case: "presence";
  } | {
    /**
     * Coalesced presence changes of a big subscribed room.
     *
     * @generated from field: confab.v1.PresenceSummary presence_summary = 3;
     */
    value: PresenceSummary;
    case: "presenceSummary";
  } | { case: undefined; value?: undefined };
};

/**
 * Describes the message confab.v1.SubscribeResponse.
 * Use `create(SubscribeResponseSchema)` to create a new message.
 */
export const SubscribeResponseSchema: GenMessage<SubscribeResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 39);

/**
 * Request of Receive. The stream resumes from `cursors` exactly as a Chat
 * `resume` frame does (see ResumeCommand): every room the caller is in is
 * followed, from its cursor if one is named and live only otherwise;
 * private conversations not named resume where the caller's sessions were
 * last seen; a cursor that cannot be honoured gets an `error` frame naming
 * it, and that conversation continues live only. Name every conversation
 * with a cursor for exactly once.
 *
 * While the stream is open the caller is online: its rooms see `presence`
 * when its first session (Chat or Receive) opens and its last one closes,
 * ListMembers shows it online, and the stream counts towards the sessions
 * a user may have open, and those of its address (RESOURCE_EXHAUSTED
 * beyond). A join the caller
 * makes anywhere (a Join call, another device) shows its `joined` event
 * and the stream follows the room from then on; a leave, kick or ban
 * shows its event and the stream stops following the room. Unlike Chat,
 * the events the caller's own calls stored are delivered too: the unary
 * answer is the acknowledgement, and a client matches the event to it by
 * seq (or client message id). The stream does not end when it follows no
 * room; it ends at shutdown (UNAVAILABLE: reconnect and resume from the
 * cursors) or when the caller's token expires (UNAUTHENTICATED).
 *
 * @generated from message confab.v1.ReceiveRequest
 */
export type ReceiveRequest = Message$1<"confab.v1.ReceiveRequest"> & {
  /**
   * Where to resume: one cursor per conversation (rooms and private
   * conversations); may be empty.
   *
   * @generated from field: repeated confab.v1.Cursor cursors = 1;
   */
  cursors: Cursor[];
};

/**
 * Describes the message confab.v1.ReceiveRequest.
 * Use `create(ReceiveRequestSchema)` to create a new message.
 */
export const ReceiveRequestSchema: GenMessage<ReceiveRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 40);

/**
 * One frame of a Receive stream.
 *
 * @generated from message confab.v1.ReceiveResponse
 */
export type ReceiveResponse = Message$1<"confab.v1.ReceiveResponse"> & {
  /**
   * Exactly one is set.
   *
   * @generated from oneof confab.v1.ReceiveResponse.frame
   */
  frame: {
    /**
     * A stored event of one of the caller's rooms or private
     * conversations, in seq order per conversation, each once.
     *
     * @generated from field: confab.v1.Event event = 1;
     */
    value: Event;
    case: "event";
  } | {
    /**
     * A change of a member's online state in one of the caller's rooms
     * (never the caller's own).
     *
     * @generated from field: confab.v1.Presence presence = 2;
     */
    value: Presence;
    case: "presence";
  } | {
    /**
     * Coalesced presence changes of a big room.
     *
     * @generated from field: confab.v1.PresenceSummary presence_summary = 3;
     */
    value: PresenceSummary;
    case: "presenceSummary";
  } | {
    /**
     * The replay asked for has been sent (what follows is live), with the
     * rooms the caller is a member of. Sent once, after any `error`.
     *
     * @generated from field: confab.v1.Ready ready = 4;
     */
    value: Ready;
    case: "ready";
  } | {
    /**
     * A cursor that could not be honoured, before `ready`: `conversation`
     * names it, `request_id` is empty.
     *
     * @generated from field: confab.v1.ChatError error = 5;
     */
    value: ChatError;
    case: "error";
  } | {
    /**
     * The caller's read position moved, or a private peer's (receipts).
     *
     * @generated from field: confab.v1.ReadMarker read_marker = 6;
     */
    value: ReadMarker;
    case: "readMarker";
  } | {
    /**
     * Someone else is typing in one of the caller's conversations.
     *
     * @generated from field: confab.v1.Typing typing = 7;
     */
    value: Typing;
    case: "typing";
  } | {
    /**
     * Before a room's replay on a resume without cursors: how many older
     * unread events were left out.
     *
     * @generated from field: confab.v1.UnreadSkipped unread_skipped = 8;
     */
    value: UnreadSkipped;
    case: "unreadSkipped";
  } | { case: undefined; value?: undefined };
};

/**
 * Describes the message confab.v1.ReceiveResponse.
 * Use `create(ReceiveResponseSchema)` to create a new message.
 */
export const ReceiveResponseSchema: GenMessage<ReceiveResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 41);

/**
 * Request of History.
 *
 * @generated from message confab.v1.HistoryRequest
 */
export type HistoryRequest = Message$1<"confab.v1.HistoryRequest"> & {
  /**
   * The room or private conversation to read.
   *
   * @generated from field: confab.v1.Conversation conversation = 1;
   */
  conversation?: Conversation | undefined;

  /**
   * Page forwards: events with seq greater than this, oldest first.
   * Set at most one of `after_seq` and `before_seq`; with neither, the
   * newest page is returned.
   *
   * @generated from field: optional uint64 after_seq = 2;
   */
  afterSeq?: bigint | undefined;

  /**
   * Page backwards: the newest events with seq less than this.
   *
   * @generated from field: optional uint64 before_seq = 3;
   */
  beforeSeq?: bigint | undefined;

  /**
   * At most this many events (default 50, at most 1000).
   *
   * @generated from field: uint32 limit = 4;
   */
  limit: number;

  /**
   * Show each message as last edited: its latest text, with `edited` set.
   * Without it a message has the text it was sent with (its edits are in
   * the log as `edited` events). Reaction counts come either way.
   *
   * @generated from field: bool apply_edits = 5;
   */
  applyEdits: boolean;
};

/**
 * Describes the message confab.v1.HistoryRequest.
 * Use `create(HistoryRequestSchema)` to create a new message.
 */
export const HistoryRequestSchema: GenMessage<HistoryRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 42);

/**
 * Response of History.
 *
 * @generated from message confab.v1.HistoryResponse
 */
export type HistoryResponse = Message$1<"confab.v1.HistoryResponse"> & {
  /**
   * The events, in ascending seq order.
   *
   * @generated from field: repeated confab.v1.Event events = 1;
   */
  events: Event[];

  /**
   * The conversation's latest seq, so a client knows if more is there.
   *
   * @generated from field: uint64 last_seq = 2;
   */
  lastSeq: bigint;
};

/**
 * Describes the message confab.v1.HistoryResponse.
 * Use `create(HistoryResponseSchema)` to create a new message.
 */
export const HistoryResponseSchema: GenMessage<HistoryResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 43);

/**
 * Request of ListRooms. Rooms come in pages, in name order: leave
 * `page_token` empty for the first page, then pass each answer's
 * `next_page_token` until it comes back empty.
 *
 * @generated from message confab.v1.ListRoomsRequest
 */
export type ListRoomsRequest = Message$1<"confab.v1.ListRoomsRequest"> & {
  /**
   * Where to go on from: a `next_page_token` of an earlier answer, or empty
   * for the first page. Anything else is refused with INVALID_ARGUMENT.
   *
   * @generated from field: string page_token = 1;
   */
  pageToken: string;

  /**
   * At most this many rooms (0: the default, 100; at most 1000, more is
   * refused with INVALID_ARGUMENT).
   *
   * @generated from field: uint32 limit = 2;
   */
  limit: number;
};

/**
 * Describes the message confab.v1.ListRoomsRequest.
 * Use `create(ListRoomsRequestSchema)` to create a new message.
 */
export const ListRoomsRequestSchema: GenMessage<ListRoomsRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 44);

/**
 * Response of ListRooms.
 *
 * @generated from message confab.v1.ListRoomsResponse
 */
export type ListRoomsResponse = Message$1<"confab.v1.ListRoomsResponse"> & {
  /**
   * A page of rooms, by name.
   *
   * @generated from field: repeated confab.v1.RoomInfo rooms = 1;
   */
  rooms: RoomInfo[];

  /**
   * Pass this as `page_token` for the next page; empty when this page is
   * the last.
   *
   * @generated from field: string next_page_token = 2;
   */
  nextPageToken: string;
};

/**
 * Describes the message confab.v1.ListRoomsResponse.
 * Use `create(ListRoomsResponseSchema)` to create a new message.
 */
export const ListRoomsResponseSchema: GenMessage<ListRoomsResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 45);

/**
 * A room, as ListRooms shows it.
 *
 * @generated from message confab.v1.RoomInfo
 */
export type RoomInfo = Message$1<"confab.v1.RoomInfo"> & {
  /**
   * The room's name.
   *
   * @generated from field: string name = 1;
   */
  name: string;

  /**
   * How many members it has.
   *
   * @generated from field: uint32 member_count = 2;
   */
  memberCount: number;

  /**
   * Whether the caller is one of them.
   *
   * @generated from field: bool is_member = 3;
   */
  isMember: boolean;

  /**
   * The room's latest seq.
   *
   * @generated from field: uint64 last_seq = 4;
   */
  lastSeq: bigint;

  /**
   * Whether the room is invite-only. A private room is listed only to its
   * members, its invitees and administrators.
   *
   * @generated from field: bool private = 10;
   */
  private: boolean;

  /**
   * The room's topic; empty if none was set.
   *
   * @generated from field: string topic = 11;
   */
  topic: string;

  /**
   * The caller's role in the room; unspecified if not a member.
   *
   * @generated from field: confab.v1.Role role = 12;
   */
  role: Role;

  /**
   * Whether the caller is invited (and not yet a member).
   *
   * @generated from field: bool invited = 13;
   */
  invited: boolean;

  /**
   * For a member: message events after `read_seq` sent by others.
   *
   * @generated from field: uint64 unread_count = 14;
   */
  unreadCount: bigint;

  /**
   * For a member: the caller's read position.
   *
   * @generated from field: uint64 read_seq = 15;
   */
  readSeq: bigint;
};

/**
 * Describes the message confab.v1.RoomInfo.
 * Use `create(RoomInfoSchema)` to create a new message.
 */
export const RoomInfoSchema: GenMessage<RoomInfo> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 46);

/**
 * Request of ListMembers. Members come in pages, in name order: leave
 * `page_token` empty for the first page, then pass each answer's
 * `next_page_token` until it comes back empty.
 *
 * @generated from message confab.v1.ListMembersRequest
 */
export type ListMembersRequest = Message$1<"confab.v1.ListMembersRequest"> & {
  /**
   * The room whose members to list.
   *
   * @generated from field: string room = 1;
   */
  room: string;

  /**
   * Where to go on from: a `next_page_token` of an earlier answer for the
   * same room, or empty for the first page. Anything else is refused with
   * INVALID_ARGUMENT.
   *
   * @generated from field: string page_token = 2;
   */
  pageToken: string;

  /**
   * At most this many members (0: the default, 100; at most 1000, more is
   * refused with INVALID_ARGUMENT).
   *
   * @generated from field: uint32 limit = 3;
   */
  limit: number;
};

/**
 * Describes the message confab.v1.ListMembersRequest.
 * Use `create(ListMembersRequestSchema)` to create a new message.
 */
export const ListMembersRequestSchema: GenMessage<ListMembersRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 47);

/**
 * Response of ListMembers.
 *
 * @generated from message confab.v1.ListMembersResponse
 */
export type ListMembersResponse = Message$1<"confab.v1.ListMembersResponse"> & {
  /**
   * A page of members, by name.
   *
   * @generated from field: repeated confab.v1.Member members = 1;
   */
  members: Member[];

  /**
   * Pass this as `page_token` for the next page; empty when this page is
   * the last.
   *
   * @generated from field: string next_page_token = 2;
   */
  nextPageToken: string;
};

/**
 * Describes the message confab.v1.ListMembersResponse.
 * Use `create(ListMembersResponseSchema)` to create a new message.
 */
export const ListMembersResponseSchema: GenMessage<ListMembersResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 48);

/**
 * A member of a room.
 *
 * @generated from message confab.v1.Member
 */
export type Member = Message$1<"confab.v1.Member"> & {
  /**
   * The user's name.
   *
   * @generated from field: string user = 1;
   */
  user: string;

  /**
   * Online if the user has a Chat session open.
   *
   * @generated from field: confab.v1.PresenceState state = 2;
   */
  state: PresenceState;

  /**
   * The member's role in the room.
   *
   * @generated from field: confab.v1.Role role = 10;
   */
  role: Role;
};

/**
 * Describes the message confab.v1.Member.
 * Use `create(MemberSchema)` to create a new message.
 */
export const MemberSchema: GenMessage<Member> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 49);

/**
 * Request of Invite.
 *
 * @generated from message confab.v1.InviteRequest
 */
export type InviteRequest = Message$1<"confab.v1.InviteRequest"> & {
  /**
   * The room to invite to.
   *
   * @generated from field: string room = 1;
   */
  room: string;

  /**
   * The user invited.
   *
   * @generated from field: string user = 2;
   */
  user: string;
};

/**
 * Describes the message confab.v1.InviteRequest.
 * Use `create(InviteRequestSchema)` to create a new message.
 */
export const InviteRequestSchema: GenMessage<InviteRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 50);

/**
 * Response of Invite.
 *
 * @generated from message confab.v1.InviteResponse
 */
export type InviteResponse = Message$1<"confab.v1.InviteResponse"> & {
  /**
   * The seq of the stored `invited` event, or the room's latest seq if
   * nothing was stored.
   *
   * @generated from field: uint64 seq = 1;
   */
  seq: bigint;

  /**
   * False if the user was already a member or invited (nothing stored).
   *
   * @generated from field: bool changed = 2;
   */
  changed: boolean;
};

/**
 * Describes the message confab.v1.InviteResponse.
 * Use `create(InviteResponseSchema)` to create a new message.
 */
export const InviteResponseSchema: GenMessage<InviteResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 51);

/**
 * Request of Kick.
 *
 * @generated from message confab.v1.KickRequest
 */
export type KickRequest = Message$1<"confab.v1.KickRequest"> & {
  /**
   * The room.
   *
   * @generated from field: string room = 1;
   */
  room: string;

  /**
   * The member to remove.
   *
   * @generated from field: string user = 2;
   */
  user: string;

  /**
   * Why, for people; may be empty; at most 256 bytes.
   *
   * @generated from field: string reason = 3;
   */
  reason: string;
};

/**
 * Describes the message confab.v1.KickRequest.
 * Use `create(KickRequestSchema)` to create a new message.
 */
export const KickRequestSchema: GenMessage<KickRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 52);

/**
 * Response of Kick.
 *
 * @generated from message confab.v1.KickResponse
 */
export type KickResponse = Message$1<"confab.v1.KickResponse"> & {
  /**
   * The seq of the stored `kicked` event.
   *
   * @generated from field: uint64 seq = 1;
   */
  seq: bigint;
};

/**
 * Describes the message confab.v1.KickResponse.
 * Use `create(KickResponseSchema)` to create a new message.
 */
export const KickResponseSchema: GenMessage<KickResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 53);

/**
 * Request of Ban.
 *
 * @generated from message confab.v1.BanRequest
 */
export type BanRequest = Message$1<"confab.v1.BanRequest"> & {
  /**
   * The room.
   *
   * @generated from field: string room = 1;
   */
  room: string;

  /**
   * The user to ban.
   *
   * @generated from field: string user = 2;
   */
  user: string;

  /**
   * Why, for people; may be empty; at most 256 bytes.
   *
   * @generated from field: string reason = 3;
   */
  reason: string;
};

/**
 * Describes the message confab.v1.BanRequest.
 * Use `create(BanRequestSchema)` to create a new message.
 */
export const BanRequestSchema: GenMessage<BanRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 54);

/**
 * Response of Ban.
 *
 * @generated from message confab.v1.BanResponse
 */
export type BanResponse = Message$1<"confab.v1.BanResponse"> & {
  /**
   * The seq of the stored `banned` event, or the room's latest seq if the
   * user was banned already.
   *
   * @generated from field: uint64 seq = 1;
   */
  seq: bigint;

  /**
   * False if the user was banned already (nothing stored).
   *
   * @generated from field: bool changed = 2;
   */
  changed: boolean;
};

/**
 * Describes the message confab.v1.BanResponse.
 * Use `create(BanResponseSchema)` to create a new message.
 */
export const BanResponseSchema: GenMessage<BanResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 55);

/**
 * Request of Unban.
 *
 * @generated from message confab.v1.UnbanRequest
 */
export type UnbanRequest = Message$1<"confab.v1.UnbanRequest"> & {
  /**
   * The room.
   *
   * @generated from field: string room = 1;
   */
  room: string;

  /**
   * The banned user.
   *
   * @generated from field: string user = 2;
   */
  user: string;
};

/**
 * Describes the message confab.v1.UnbanRequest.
 * Use `create(UnbanRequestSchema)` to create a new message.
 */
export const UnbanRequestSchema: GenMessage<UnbanRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 56);

/**
 * Response of Unban.
 *
 * @generated from message confab.v1.UnbanResponse
 */
export type UnbanResponse = Message$1<"confab.v1.UnbanResponse"> & {
  /**
   * The seq of the stored `unbanned` event, or the room's latest seq.
   *
   * @generated from field: uint64 seq = 1;
   */
  seq: bigint;

  /**
   * False if the user was not banned (nothing stored).
   *
   * @generated from field: bool changed = 2;
   */
  changed: boolean;
};

/**
 * Describes the message confab.v1.UnbanResponse.
 * Use `create(UnbanResponseSchema)` to create a new message.
 */
export const UnbanResponseSchema: GenMessage<UnbanResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 57);

/**
 * Request of SetTopic.
 *
 * @generated from message confab.v1.SetTopicRequest
 */
export type SetTopicRequest = Message$1<"confab.v1.SetTopicRequest"> & {
  /**
   * The room.
   *
   * @generated from field: string room = 1;
   */
  room: string;

  /**
   * The new topic, at most 256 bytes; empty clears it.
   *
   * @generated from field: string topic = 2;
   */
  topic: string;
};

/**
 * Describes the message confab.v1.SetTopicRequest.
 * Use `create(SetTopicRequestSchema)` to create a new message.
 */
export const SetTopicRequestSchema: GenMessage<SetTopicRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 58);

/**
 * Response of SetTopic.
 *
 * @generated from message confab.v1.SetTopicResponse
 */
export type SetTopicResponse = Message$1<"confab.v1.SetTopicResponse"> & {
  /**
   * The seq of the stored `topic_set` event, or the room's latest seq.
   *
   * @generated from field: uint64 seq = 1;
   */
  seq: bigint;

  /**
   * False if the topic was that already (nothing stored).
   *
   * @generated from field: bool changed = 2;
   */
  changed: boolean;
};

/**
 * Describes the message confab.v1.SetTopicResponse.
 * Use `create(SetTopicResponseSchema)` to create a new message.
 */
export const SetTopicResponseSchema: GenMessage<SetTopicResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 59);

/**
 * Request of SetRole.
 *
 * @generated from message confab.v1.SetRoleRequest
 */
export type SetRoleRequest = Message$1<"confab.v1.SetRoleRequest"> & {
  /**
   * The room.
   *
   * @generated from field: string room = 1;
   */
  room: string;

  /**
   * The member whose role changes.
   *
   * @generated from field: string user = 2;
   */
  user: string;

  /**
   * ROLE_MODERATOR or ROLE_MEMBER (the owner cannot be given away).
   *
   * @generated from field: confab.v1.Role role = 3;
   */
  role: Role;
};

/**
 * Describes the message confab.v1.SetRoleRequest.
 * Use `create(SetRoleRequestSchema)` to create a new message.
 */
export const SetRoleRequestSchema: GenMessage<SetRoleRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 60);

/**
 * Response of SetRole.
 *
 * @generated from message confab.v1.SetRoleResponse
 */
export type SetRoleResponse = Message$1<"confab.v1.SetRoleResponse"> & {
  /**
   * The seq of the stored `role_changed` event, or the room's latest seq.
   *
   * @generated from field: uint64 seq = 1;
   */
  seq: bigint;

  /**
   * False if the member had that role already (nothing stored).
   *
   * @generated from field: bool changed = 2;
   */
  changed: boolean;
};

/**
 * Describes the message confab.v1.SetRoleResponse.
 * Use `create(SetRoleResponseSchema)` to create a new message.
 */
export const SetRoleResponseSchema: GenMessage<SetRoleResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 61);

/**
 * Request of Block.
 *
 * @generated from message confab.v1.BlockRequest
 */
export type BlockRequest = Message$1<"confab.v1.BlockRequest"> & {
  /**
   * The user whose private messages to refuse.
   *
   * @generated from field: string user = 1;
   */
  user: string;
};

/**
 * Describes the message confab.v1.BlockRequest.
 * Use `create(BlockRequestSchema)` to create a new message.
 */
export const BlockRequestSchema: GenMessage<BlockRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 62);

/**
 * Response of Block.
 *
 * @generated from message confab.v1.BlockResponse
 */
export type BlockResponse = Message$1<"confab.v1.BlockResponse"> & {
  /**
   * False if the user was blocked already.
   *
   * @generated from field: bool changed = 1;
   */
  changed: boolean;
};

/**
 * Describes the message confab.v1.BlockResponse.
 * Use `create(BlockResponseSchema)` to create a new message.
 */
export const BlockResponseSchema: GenMessage<BlockResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 63);

/**
 * Request of Unblock.
 *
 * @generated from message confab.v1.UnblockRequest
 */
export type UnblockRequest = Message$1<"confab.v1.UnblockRequest"> & {
  /**
   * The user whose private messages to accept again.
   *
   * @generated from field: string user = 1;
   */
  user: string;
};

/**
 * Describes the message confab.v1.UnblockRequest.
 * Use `create(UnblockRequestSchema)` to create a new message.
 */
export const UnblockRequestSchema: GenMessage<UnblockRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 64);

/**
 * Response of Unblock.
 *
 * @generated from message confab.v1.UnblockResponse
 */
export type UnblockResponse = Message$1<"confab.v1.UnblockResponse"> & {
  /**
   * False if the user was not blocked.
   *
   * @generated from field: bool changed = 1;
   */
  changed: boolean;
};

/**
 * Describes the message confab.v1.UnblockResponse.
 * Use `create(UnblockResponseSchema)` to create a new message.
 */
export const UnblockResponseSchema: GenMessage<UnblockResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 65);

/**
 * Request of EditMessage.
 *
 * @generated from message confab.v1.EditMessageRequest
 */
export type EditMessageRequest = Message$1<"confab.v1.EditMessageRequest"> & {
  /**
   * The message's conversation.
   *
   * @generated from field: confab.v1.Conversation conversation = 1;
   */
  conversation?: Conversation | undefined;

  /**
   * The message's seq.
   *
   * @generated from field: uint64 seq = 2;
   */
  seq: bigint;

  /**
   * The new text; see "Text" at the top of this file.
   *
   * @generated from field: string text = 3;
   */
  text: string;
};

/**
 * Describes the message confab.v1.EditMessageRequest.
 * Use `create(EditMessageRequestSchema)` to create a new message.
 */
export const EditMessageRequestSchema: GenMessage<EditMessageRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 66);

/**
 * Response of EditMessage.
 *
 * @generated from message confab.v1.EditMessageResponse
 */
export type EditMessageResponse = Message$1<"confab.v1.EditMessageResponse"> & {
  /**
   * The seq of the stored `edited` event.
   *
   * @generated from field: uint64 seq = 1;
   */
  seq: bigint;
};

/**
 * Describes the message confab.v1.EditMessageResponse.
 * Use `create(EditMessageResponseSchema)` to create a new message.
 */
export const EditMessageResponseSchema: GenMessage<EditMessageResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 67);

/**
 * Request of DeleteMessage.
 *
 * @generated from message confab.v1.DeleteMessageRequest
 */
export type DeleteMessageRequest = Message$1<"confab.v1.DeleteMessageRequest"> & {
  /**
   * The message's conversation.
   *
   * @generated from field: confab.v1.Conversation conversation = 1;
   */
  conversation?: Conversation | undefined;

  /**
   * The message's seq.
   *
   * @generated from field: uint64 seq = 2;
   */
  seq: bigint;
};

/**
 * Describes the message confab.v1.DeleteMessageRequest.
 * Use `create(DeleteMessageRequestSchema)` to create a new message.
 */
export const DeleteMessageRequestSchema: GenMessage<DeleteMessageRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 68);

/**
 * Response of DeleteMessage.
 *
 * @generated from message confab.v1.DeleteMessageResponse
 */
export type DeleteMessageResponse = Message$1<"confab.v1.DeleteMessageResponse"> & {
  /**
   * The seq of the stored `deleted` event, or the conversation's latest
   * seq if the message was deleted already.
   *
   * @generated from field: uint64 seq = 1;
   */
  seq: bigint;

  /**
   * False if the message was deleted already (nothing stored).
   *
   * @generated from field: bool changed = 2;
   */
  changed: boolean;
};

/**
 * Describes the message confab.v1.DeleteMessageResponse.
 * Use `create(DeleteMessageResponseSchema)` to create a new message.
 */
export const DeleteMessageResponseSchema: GenMessage<DeleteMessageResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 69);

/**
 * Request of React.
 *
 * @generated from message confab.v1.ReactRequest
 */
export type ReactRequest = Message$1<"confab.v1.ReactRequest"> & {
  /**
   * The message's conversation.
   *
   * @generated from field: confab.v1.Conversation conversation = 1;
   */
  conversation?: Conversation | undefined;

  /**
   * The message's seq.
   *
   * @generated from field: uint64 seq = 2;
   */
  seq: bigint;

  /**
   * Exactly one emoji (one grapheme: a pictograph with its modifiers and
   * joiners, a flag, a keycap) or a `:name:` of `a-z 0-9 _ + -`; at most
   * 32 bytes. Anything else is INVALID_ARGUMENT.
   *
   * @generated from field: string reaction = 3;
   */
  reaction: string;

  /**
   * Remove the reaction instead of adding it.
   *
   * @generated from field: bool remove = 4;
   */
  remove: boolean;
};

/**
 * Describes the message confab.v1.ReactRequest.
 * Use `create(ReactRequestSchema)` to create a new message.
 */
export const ReactRequestSchema: GenMessage<ReactRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 70);

/**
 * Response of React.
 *
 * @generated from message confab.v1.ReactResponse
 */
export type ReactResponse = Message$1<"confab.v1.ReactResponse"> & {
  /**
   * The seq of the stored event, or the conversation's latest seq if
   * nothing changed.
   *
   * @generated from field: uint64 seq = 1;
   */
  seq: bigint;

  /**
   * False if the caller had (or, removing, had not) given the reaction
   * already: nothing stored.
   *
   * @generated from field: bool changed = 2;
   */
  changed: boolean;
};

/**
 * Describes the message confab.v1.ReactResponse.
 * Use `create(ReactResponseSchema)` to create a new message.
 */
export const ReactResponseSchema: GenMessage<ReactResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 71);

/**
 * Request of Search.
 *
 * @generated from message confab.v1.SearchRequest
 */
export type SearchRequest = Message$1<"confab.v1.SearchRequest"> & {
  /**
   * Words to find (all of them, in any order, case-insensitively); 1 to
   * 256 bytes.
   *
   * @generated from field: string query = 1;
   */
  query: string;

  /**
   * Where to go on from: a `next_page_token` of an earlier answer for the
   * same query, or empty for the first page. Anything else is refused
   * with INVALID_ARGUMENT.
   *
   * @generated from field: string page_token = 2;
   */
  pageToken: string;

  /**
   * At most this many events (0: the default, 20; at most 100).
   *
   * @generated from field: uint32 limit = 3;
   */
  limit: number;
};

/**
 * Describes the message confab.v1.SearchRequest.
 * Use `create(SearchRequestSchema)` to create a new message.
 */
export const SearchRequestSchema: GenMessage<SearchRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 72);

/**
 * Response of Search.
 *
 * @generated from message confab.v1.SearchResponse
 */
export type SearchResponse = Message$1<"confab.v1.SearchResponse"> & {
  /**
   * The matching messages, newest first.
   *
   * @generated from field: repeated confab.v1.Event events = 1;
   */
  events: Event[];

  /**
   * Pass this as `page_token` for the next page; empty when this page is
   * the last.
   *
   * @generated from field: string next_page_token = 2;
   */
  nextPageToken: string;
};

/**
 * Describes the message confab.v1.SearchResponse.
 * Use `create(SearchResponseSchema)` to create a new message.
 */
export const SearchResponseSchema: GenMessage<SearchResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 73);

/**
 * Request of MarkRead.
 *
 * @generated from message confab.v1.MarkReadRequest
 */
export type MarkReadRequest = Message$1<"confab.v1.MarkReadRequest"> & {
  /**
   * The room or private conversation.
   *
   * @generated from field: confab.v1.Conversation conversation = 1;
   */
  conversation?: Conversation | undefined;

  /**
   * Read up to and including this seq (at most the conversation's latest).
   *
   * @generated from field: uint64 seq = 2;
   */
  seq: bigint;
};

/**
 * Describes the message confab.v1.MarkReadRequest.
 * Use `create(MarkReadRequestSchema)` to create a new message.
 */
export const MarkReadRequestSchema: GenMessage<MarkReadRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 74);

/**
 * Response of MarkRead.
 *
 * @generated from message confab.v1.MarkReadResponse
 */
export type MarkReadResponse = Message$1<"confab.v1.MarkReadResponse"> & {
  /**
   * The read position now (the one asked for, or the later one it had).
   *
   * @generated from field: uint64 read_seq = 1;
   */
  readSeq: bigint;

  /**
   * False if it did not move (nothing is sent to other sessions).
   *
   * @generated from field: bool changed = 2;
   */
  changed: boolean;
};

/**
 * Describes the message confab.v1.MarkReadResponse.
 * Use `create(MarkReadResponseSchema)` to create a new message.
 */
export const MarkReadResponseSchema: GenMessage<MarkReadResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 75);

/**
 * Request of ListConversations. Conversations come newest first (by the
 * time of their latest event): leave `page_token` empty for the first
 * page, then pass each answer's `next_page_token` until it comes back
 * empty.
 *
 * @generated from message confab.v1.ListConversationsRequest
 */
export type ListConversationsRequest = Message$1<"confab.v1.ListConversationsRequest"> & {
  /**
   * A `next_page_token` of an earlier answer, or empty for the first page.
   *
   * @generated from field: string page_token = 1;
   */
  pageToken: string;

  /**
   * At most this many (0: the default, 100; at most 1000).
   *
   * @generated from field: uint32 limit = 2;
   */
  limit: number;
};

/**
 * Describes the message confab.v1.ListConversationsRequest.
 * Use `create(ListConversationsRequestSchema)` to create a new message.
 */
export const ListConversationsRequestSchema: GenMessage<ListConversationsRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 76);

/**
 * Response of ListConversations.
 *
 * @generated from message confab.v1.ListConversationsResponse
 */
export type ListConversationsResponse = Message$1<"confab.v1.ListConversationsResponse"> & {
  /**
   * A page of conversations, newest first.
   *
   * @generated from field: repeated confab.v1.ConversationInfo conversations = 1;
   */
  conversations: ConversationInfo[];

  /**
   * Pass this as `page_token` for the next page; empty on the last page.
   *
   * @generated from field: string next_page_token = 2;
   */
  nextPageToken: string;
};

/**
 * Describes the message confab.v1.ListConversationsResponse.
 * Use `create(ListConversationsResponseSchema)` to create a new message.
 */
export const ListConversationsResponseSchema: GenMessage<ListConversationsResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 77);

/**
 * One of the caller's conversations.
 *
 * @generated from message confab.v1.ConversationInfo
 */
export type ConversationInfo = Message$1<"confab.v1.ConversationInfo"> & {
  /**
   * The room or private conversation.
   *
   * @generated from field: confab.v1.Conversation conversation = 1;
   */
  conversation?: Conversation | undefined;

  /**
   * Its latest event (absent for a room with none the caller may see).
   *
   * @generated from field: confab.v1.Event last_event = 2;
   */
  lastEvent?: Event | undefined;

  /**
   * The caller's read position.
   *
   * @generated from field: uint64 read_seq = 3;
   */
  readSeq: bigint;

  /**
   * Message events after `read_seq` sent by someone else.
   *
   * @generated from field: uint64 unread_count = 4;
   */
  unreadCount: bigint;
};

/**
 * Describes the message confab.v1.ConversationInfo.
 * Use `create(ConversationInfoSchema)` to create a new message.
 */
export const ConversationInfoSchema: GenMessage<ConversationInfo> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 78);

/**
 * Request of SendTyping.
 *
 * @generated from message confab.v1.SendTypingRequest
 */
export type SendTypingRequest = Message$1<"confab.v1.SendTypingRequest"> & {
  /**
   * A room the caller is a member of, or a private peer.
   *
   * @generated from field: confab.v1.Conversation conversation = 1;
   */
  conversation?: Conversation | undefined;
};

/**
 * Describes the message confab.v1.SendTypingRequest.
 * Use `create(SendTypingRequestSchema)` to create a new message.
 */
export const SendTypingRequestSchema: GenMessage<SendTypingRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 79);

/**
 * Response of SendTyping.
 *
 * @generated from message confab.v1.SendTypingResponse
 */
export type SendTypingResponse = Message$1<"confab.v1.SendTypingResponse"> & {
  /**
   * False if dropped: the caller's last one in this conversation was
   * passed on less than a second ago.
   *
   * @generated from field: bool passed_on = 1;
   */
  passedOn: boolean;

  /**
   * Until when the others show it.
   *
   * @generated from field: google.protobuf.Timestamp expires_at = 2;
   */
  expiresAt?: Timestamp | undefined;
};

/**
 * Describes the message confab.v1.SendTypingResponse.
 * Use `create(SendTypingResponseSchema)` to create a new message.
 */
export const SendTypingResponseSchema: GenMessage<SendTypingResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 80);

/**
 * Request of SetReadReceipts.
 *
 * @generated from message confab.v1.SetReadReceiptsRequest
 */
export type SetReadReceiptsRequest = Message$1<"confab.v1.SetReadReceiptsRequest"> & {
  /**
   * True: private peers see the caller's read position move.
   *
   * @generated from field: bool enabled = 1;
   */
  enabled: boolean;
};

/**
 * Describes the message confab.v1.SetReadReceiptsRequest.
 * Use `create(SetReadReceiptsRequestSchema)` to create a new message.
 */
export const SetReadReceiptsRequestSchema: GenMessage<SetReadReceiptsRequest> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 81);

/**
 * Response of SetReadReceipts.
 *
 * @generated from message confab.v1.SetReadReceiptsResponse
 */
export type SetReadReceiptsResponse = Message$1<"confab.v1.SetReadReceiptsResponse"> & {
  /**
   * False if the setting was that already.
   *
   * @generated from field: bool changed = 1;
   */
  changed: boolean;
};

/**
 * Describes the message confab.v1.SetReadReceiptsResponse.
 * Use `create(SetReadReceiptsResponseSchema)` to create a new message.
 */
export const SetReadReceiptsResponseSchema: GenMessage<SetReadReceiptsResponse> = /*@__PURE__*/
  messageDesc(file_confab_v1_chat, 82);

/**
 * What a member may do in a room.
 *
 * @generated from enum confab.v1.Role
 */
export enum Role {
  /**
   * Not a member (or not said).
   *
   * @generated from enum value: ROLE_UNSPECIFIED = 0;
   */
  UNSPECIFIED = 0,

  /**
   * Talks in the room.
   *
   * @generated from enum value: ROLE_MEMBER = 1;
   */
  MEMBER = 1,

  /**
   * Also invites, kicks, bans, unbans and sets the topic.
   *
   * @generated from enum value: ROLE_MODERATOR = 2;
   */
  MODERATOR = 2,

  /**
   * Created the room: a moderator who also appoints moderators, and whom
   * nobody can kick, ban or demote.
   *
   * @generated from enum value: ROLE_OWNER = 3;
   */
  OWNER = 3,
}

/**
 * Describes the enum confab.v1.Role.
 */
export const RoleSchema: GenEnum<Role> = /*@__PURE__*/
  enumDesc(file_confab_v1_chat, 0);

/**
 * Whether a user has a live Chat session.
 *
 * @generated from enum confab.v1.PresenceState
 */
export enum PresenceState {
  /**
   * Never sent.
   *
   * @generated from enum value: PRESENCE_STATE_UNSPECIFIED = 0;
   */
  UNSPECIFIED = 0,

  /**
   * The user has at least one Chat session open.
   *
   * @generated from enum value: PRESENCE_STATE_ONLINE = 1;
   */
  ONLINE = 1,

  /**
   * The user's last Chat session closed.
   *
   * @generated from enum value: PRESENCE_STATE_OFFLINE = 2;
   */
  OFFLINE = 2,
}

/**
 * Describes the enum confab.v1.PresenceState.
 */
export const PresenceStateSchema: GenEnum<PresenceState> = /*@__PURE__*/
  enumDesc(file_confab_v1_chat, 1);

/**
 * The chat service. Every RPC needs the caller's identity in metadata.
 *
 * @generated from service confab.v1.ChatService
 */
export const ChatService: GenService<{
  /**
   * Makes the caller a member of a room, creating the room on first join.
   * Members (including the caller's other sessions) see a `joined` event.
   * Idempotent: joining a room you are already in succeeds and stores
   * nothing. A private room needs an invitation (NOT_FOUND without one);
   * a banned user is refused (PERMISSION_DENIED); a join that would create
   * a room beyond the caller's quota is RESOURCE_EXHAUSTED. The creator of
   * a room is its owner.
   *
   * @generated from rpc confab.v1.ChatService.Join
   */
  join: {
    methodKind: "unary";
    input: typeof JoinRequestSchema;
    output: typeof JoinResponseSchema;
  },
  /**
   * Creates a room, public or private, with the caller as its owner and
   * first member (members see the `joined` event, as for Join).
   * ALREADY_EXISTS if the name is taken (by any room, visible to the
   * caller or not); RESOURCE_EXHAUSTED beyond the caller's room quota.
   *
   * @generated from rpc confab.v1.ChatService.CreateRoom
   */
  createRoom: {
    methodKind: "unary";
    input: typeof CreateRoomRequestSchema;
    output: typeof CreateRoomResponseSchema;
  },
  /**
   * Ends the caller's membership of a room. Members, and the caller's other
   * sessions, see a `left` event. Fails with FAILED_PRECONDITION if the
   * caller is not a member.
   *
   * @generated from rpc confab.v1.ChatService.Leave
   */
  leave: {
    methodKind: "unary";
    input: typeof LeaveRequestSchema;
    output: typeof LeaveResponseSchema;
  },
  /**
   * Sends a message to a room (the caller must be a member) or privately to
   * one user (who must exist: NOT_FOUND otherwise). Returns once the message
   * is stored, with its sequence number. Live sessions of the recipients
   * receive it on their Chat or Subscribe streams.
   *
   * @generated from rpc confab.v1.ChatService.SendMessage
   */
  sendMessage: {
    methodKind: "unary";
    input: typeof SendMessageRequestSchema;
    output: typeof SendMessageResponseSchema;
  },
  /**
   * The live session. The session starts with the first frame the client
   * sends: send a `resume` frame first (it may be empty) to receive missed
   * events and then live ones; any other frame starts the session with no
   * replay and is then carried out.
   *
   * While a session is open the caller is online: the rooms it is in see
   * `presence` changes when its first session opens and its last one
   * closes. The server streams every event of the caller's rooms and
   * private conversations, except the events this very session caused: for
   * those it sends an `ack` (or an `error`) that echoes the frame's
   * `request_id`. A failed command does not end the session, nor does a
   * frame that is not a valid `ChatRequest`: it is answered with an
   * `error` (INVALID_ARGUMENT), with its `request_id` if that could be read.
   *
   * @generated from rpc confab.v1.ChatService.Chat
   */
  chat: {
    methodKind: "bidi_streaming";
    input: typeof ChatRequestSchema;
    output: typeof ChatResponseSchema;
  },
  /**
   * A read-only tail of rooms the caller is a member of, for grpcurl, bots
   * and services. Each cursor names a room and, optionally, the last seq
   * already seen: the stream first replays what came after it, then
   * continues live. Subscribing does not make the caller online. When the
   * caller leaves a subscribed room, the stream shows the `left` event and
   * stops following that room; it ends (OK) when it follows no room.
   *
   * @generated from rpc confab.v1.ChatService.Subscribe
   */
  subscribe: {
    methodKind: "server_streaming";
    input: typeof SubscribeRequestSchema;
    output: typeof SubscribeResponseSchema;
  },
  /**
   * The receiving half of a Chat session, for clients that cannot open
   * the bidirectional Chat (a browser over gRPC-Web): one stream carries
   * what a Chat session receives (the events of the caller's rooms and
   * private conversations, presence, and the caller's own joins and leaves
   * made anywhere), and the client acts with the unary calls (Join, Leave,
   * SendMessage, History, ...). While it is open the caller is online,
   * exactly as with a Chat session. See ReceiveRequest and
   * ReceiveResponse.
   *
   * @generated from rpc confab.v1.ChatService.Receive
   */
  receive: {
    methodKind: "server_streaming";
    input: typeof ReceiveRequestSchema;
    output: typeof ReceiveResponseSchema;
  },
  /**
   * A page of a room's (members only) or private conversation's past
   * events, in ascending seq order.
   *
   * @generated from rpc confab.v1.ChatService.History
   */
  history: {
    methodKind: "unary";
    input: typeof HistoryRequestSchema;
    output: typeof HistoryResponseSchema;
  },
  /**
   * The rooms that exist, with their member counts, and whether the caller
   * is a member: one page at a time, in name order (see ListRoomsRequest).
   * Private rooms are listed only to their members, their invitees and
   * administrators.
   *
   * @generated from rpc confab.v1.ChatService.ListRooms
   */
  listRooms: {
    methodKind: "unary";
    input: typeof ListRoomsRequestSchema;
    output: typeof ListRoomsResponseSchema;
  },
  /**
   * The members of a room, each online or offline, with their roles: one
   * page at a time, in name order (see ListMembersRequest). NOT_FOUND for a
   * room that does not exist, or a private room the caller may not see.
   *
   * @generated from rpc confab.v1.ChatService.ListMembers
   */
  listMembers: {
    methodKind: "unary";
    input: typeof ListMembersRequestSchema;
    output: typeof ListMembersResponseSchema;
  },
  /**
   * Invites a user to a room (owners and moderators): an invitee may join
   * a private room and sees it in ListRooms. Stores an `invited` event;
   * the invitee's open Chat sessions are told too. Inviting a member, or
   * an invitee again, stores nothing. NOT_FOUND for an unknown user;
   * FAILED_PRECONDITION for a banned user (unban first); PERMISSION_DENIED
   * for a caller who is not an owner or moderator.
   *
   * @generated from rpc confab.v1.ChatService.Invite
   */
  invite: {
    methodKind: "unary";
    input: typeof InviteRequestSchema;
    output: typeof InviteResponseSchema;
  },
  /**
   * Removes a member from a room (owners and moderators), with an
   * optional reason; a public room they may join again, a private one
   * only if invited again. Stores a `kicked` event, which the user's open
   * streams receive as their last event of the room. FAILED_PRECONDITION
   * if the user is not a member; PERMISSION_DENIED for a caller without
   * the role, or a target that is the owner (or a moderator, unless the
   * caller is the owner or an administrator).
   *
   * @generated from rpc confab.v1.ChatService.Kick
   */
  kick: {
    methodKind: "unary";
    input: typeof KickRequestSchema;
    output: typeof KickResponseSchema;
  },
  /**
   * Bans a user from a room (owners and moderators): ends their
   * membership and invitation, and they can neither join nor read the
   * room until unbanned. The user need not be a member. Stores a `banned`
   * event, the last the user's open streams receive of the room. Banning
   * a banned user stores nothing. Errors as for Kick (NOT_FOUND for an
   * unknown user).
   *
   * @generated from rpc confab.v1.ChatService.Ban
   */
  ban: {
    methodKind: "unary";
    input: typeof BanRequestSchema;
    output: typeof BanResponseSchema;
  },
  /**
   * Lifts a ban (owners and moderators); the user may then join again (a
   * private room: once invited). Stores an `unbanned` event; unbanning a
   * user who is not banned stores nothing.
   *
   * @generated from rpc confab.v1.ChatService.Unban
   */
  unban: {
    methodKind: "unary";
    input: typeof UnbanRequestSchema;
    output: typeof UnbanResponseSchema;
  },
  /**
   * Sets the room's topic (owners and moderators); empty clears it.
   * Stores a `topic_set` event; the same topic again stores nothing.
   * INVALID_ARGUMENT for a topic over 256 bytes.
   *
   * @generated from rpc confab.v1.ChatService.SetTopic
   */
  setTopic: {
    methodKind: "unary";
    input: typeof SetTopicRequestSchema;
    output: typeof SetTopicResponseSchema;
  },
  /**
   * Makes a member a moderator or a plain member again (the owner only:
   * PERMISSION_DENIED for anyone else, and for the owner as the target).
   * Stores a `role_changed` event; the role the member has already stores
   * nothing. FAILED_PRECONDITION if the user is not a member.
   *
   * @generated from rpc confab.v1.ChatService.SetRole
   */
  setRole: {
    methodKind: "unary";
    input: typeof SetRoleRequestSchema;
    output: typeof SetRoleResponseSchema;
  },
  /**
   * Refuses the private messages of a user from now on (see "Blocking").
   * Idempotent. NOT_FOUND for an unknown user; INVALID_ARGUMENT for
   * yourself.
   *
   * @generated from rpc confab.v1.ChatService.Block
   */
  block: {
    methodKind: "unary";
    input: typeof BlockRequestSchema;
    output: typeof BlockResponseSchema;
  },
  /**
   * Accepts a blocked user's private messages again. Idempotent.
   *
   * @generated from rpc confab.v1.ChatService.Unblock
   */
  unblock: {
    methodKind: "unary";
    input: typeof UnblockRequestSchema;
    output: typeof UnblockResponseSchema;
  },
  /**
   * Replaces the text of one of the caller's own messages: stores an
   * `edited` event (its own seq, `ref_seq` naming the message), which
   * History with `apply_edits` shows applied. PERMISSION_DENIED for
   * another user's message; FAILED_PRECONDITION for a deleted one;
   * INVALID_ARGUMENT if the seq is not a message of the conversation (or
   * for bad text, as SendMessage). The caller must be able to read the
   * conversation (as History).
   *
   * @generated from rpc confab.v1.ChatService.EditMessage
   */
  editMessage: {
    methodKind: "unary";
    input: typeof EditMessageRequestSchema;
    output: typeof EditMessageResponseSchema;
  },
  /**
   * Deletes a message: the author may delete its own, an owner or
   * moderator of the room (or an administrator) any in the room; anyone
   * else gets PERMISSION_DENIED and nothing changes. Stores a `deleted`
   * event and erases the message's text, and its edits' texts, from
   * storage: History and resume then show the message with `deleted`
   * set and no text, and Search no longer finds it. Deleting a deleted
   * message stores nothing (`changed` false).
   *
   * @generated from rpc confab.v1.ChatService.DeleteMessage
   */
  deleteMessage: {
    methodKind: "unary";
    input: typeof DeleteMessageRequestSchema;
    output: typeof DeleteMessageResponseSchema;
  },
  /**
   * Adds or removes the caller's reaction to a message, as a
   * `reaction_added` or `reaction_removed` event. Idempotent: adding a
   * reaction the caller gave already, or removing one it did not give,
   * stores nothing (`changed` false, `seq` the conversation's latest).
   * History shows each message's reaction counts.
   *
   * @generated from rpc confab.v1.ChatService.React
   */
  react: {
    methodKind: "unary";
    input: typeof ReactRequestSchema;
    output: typeof ReactResponseSchema;
  },
  /**
   * Finds messages whose text holds all the words of `query`, in the
   * conversations the caller may read now (the rooms it is a member of,
   * as History decides, and its private conversations), newest first,
   * one page at a time. Finds the latest text of an edited message, and
   * never a deleted one.
   *
   * @generated from rpc confab.v1.ChatService.Search
   */
  search: {
    methodKind: "unary";
    input: typeof SearchRequestSchema;
    output: typeof SearchResponseSchema;
  },
  /**
   * Moves the caller's read position in a conversation forward (see
   * "Read positions and unread counts"). The caller's sessions (Chat and
   * Receive, on every node) get a `read_marker` frame when it moves. A
   * position at or behind the current one changes nothing (`changed`
   * false, the current position returned): positions never go back.
   * OUT_OF_RANGE for a seq past the conversation's latest; errors of
   * History otherwise.
   *
   * @generated from rpc confab.v1.ChatService.MarkRead
   */
  markRead: {
    methodKind: "unary";
    input: typeof MarkReadRequestSchema;
    output: typeof MarkReadResponseSchema;
  },
  /**
   * The caller's rooms and private conversations, each with its latest
   * event, the caller's read position and unread count, newest first, one
   * page at a time (see ListConversationsRequest).
   *
   * @generated from rpc confab.v1.ChatService.ListConversations
   */
  listConversations: {
    methodKind: "unary";
    input: typeof ListConversationsRequestSchema;
    output: typeof ListConversationsResponseSchema;
  },
  /**
   * Says the caller is typing in a room or private conversation, for
   * clients without a Chat stream (the web page). As the Chat `typing`
   * command: see SendTypingRequest.
   *
   * @generated from rpc confab.v1.ChatService.SendTyping
   */
  sendTyping: {
    methodKind: "unary";
    input: typeof SendTypingRequestSchema;
    output: typeof SendTypingResponseSchema;
  },
  /**
   * Lets (or stops letting) the caller's private peers see how far the
   * caller has read (a `read_marker` frame naming the caller). Off until
   * set.
   *
   * @generated from rpc confab.v1.ChatService.SetReadReceipts
   */
  setReadReceipts: {
    methodKind: "unary";
    input: typeof SetReadReceiptsRequestSchema;
    output: typeof SetReadReceiptsResponseSchema;
  },
}> = /*@__PURE__*/
  serviceDesc(file_confab_v1_chat, 0);

