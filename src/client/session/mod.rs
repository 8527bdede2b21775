//! A Chat session that survives the network: its API.
//!
//! [`open`] connects, opens the Chat stream and hands back a
//! [`SessionHandle`] to give commands and a receiver of [`Update`]s. A task
//! owns the stream ([`task`]: connecting, reconnecting, sending commands;
//! [`frames`]: what each frame from the server does). When the stream
//! breaks (the server shut down with UNAVAILABLE, the connection dropped,
//! the server process died) the task reconnects with exponential backoff
//! and resumes from its cursors, so nothing is missed and nothing shows
//! twice:
//!
//! * On the first connection, each conversation starts where
//!   [`Options::resume_from`] says (what an earlier run saved), and every
//!   other room the user is in at its latest seq (from ListRooms), so
//!   events between that and the stream opening are replayed, not lost.
//!   Private conversations not named start where the user's last session
//!   left off (the server keeps that; at least once, since a server cannot
//!   know what a client showed).
//! * Every event seen moves its conversation's cursor; every resume names
//!   every cursor, private conversations included, so a resume is exactly
//!   once.
//! * Events the session caused itself are acked, not delivered; their seqs
//!   are remembered, so when a new session replays them they are skipped.
//! * Every update that moves a cursor says where it moved ([`Moved`]), so
//!   a client that keeps what it has shown can save exactly that.
//! * Commands given while disconnected are queued ([`Update::Queued`]) and
//!   sent once the new session is ready; commands in flight when the
//!   stream broke are sent again. Sends carry a `client_message_id`, so a
//!   retry of a message that was in fact stored stores nothing new. If the
//!   task gives up, every command not acked is reported as
//!   [`Update::NotSent`].
//! * With a token file ([`Options::token`]), a stream that ends with
//!   UNAUTHENTICATED (the token expired) reconnects with the file's token
//!   as it is then; a refusal of that one ends the session.

mod frames;
mod task;

use std::{
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc,
    },
    time::Duration,
};

use tokio::sync::mpsc;
use tonic::Status;

use super::{
    cursors::{ConversationId, Position},
    token::TokenSource,
    ConnectError,
};
use crate::pb;

/// How a session retries after its stream breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Backoff {
    /// The wait before the first attempt.
    pub first: Duration,
    /// The longest wait between attempts; the wait doubles up to it.
    pub max: Duration,
    /// Give up when no attempt succeeded for this long; the last attempt
    /// is made at that deadline. Zero: do not reconnect at all.
    pub give_up_after: Duration,
}

impl Default for Backoff {
    /// 100 ms doubling to 5 s, for up to a minute.
    fn default() -> Self {
        Self {
            first: Duration::from_millis(100),
            max: Duration::from_secs(5),
            give_up_after: Duration::from_secs(60),
        }
    }
}

/// Whether trying again could help, after a call or stream failed with
/// `code`: not when the request itself is wrong or not allowed.
pub fn retryable(code: tonic::Code) -> bool {
    use tonic::Code;
    !matches!(
        code,
        Code::InvalidArgument
            | Code::Unauthenticated
            | Code::PermissionDenied
            | Code::Unimplemented
            | Code::FailedPrecondition
            | Code::OutOfRange
            | Code::NotFound
    )
}

/// What a session connects to, and as whom.
#[derive(Clone, Debug)]
pub struct Options {
    /// `host`, `host:port` or `http://host[:port]`.
    pub address: String,
    /// The user name sent in `x-confab-user`.
    pub user: String,
    /// How to reconnect.
    pub backoff: Backoff,
    /// Where to resume conversations from on the first connection (what
    /// an earlier run saved); empty for a fresh start.
    pub resume_from: Vec<(ConversationId, Position)>,
    /// The bearer token for a `jwt` server, read at every (re)connect;
    /// `None` for an open server. With a token file, a stream the server
    /// ends with UNAUTHENTICATED (its token expired) is reconnected with
    /// what the file holds then, and resumes from its cursors.
    pub token: Option<TokenSource>,
}

/// A command for the server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Send a message to a room.
    Say {
        /// The room.
        room: String,
        /// The text.
        text: String,
    },
    /// Send a private message.
    Whisper {
        /// The recipient.
        to: String,
        /// The text.
        text: String,
    },
    /// Join a room.
    Join {
        /// The room.
        room: String,
    },
    /// Leave a room.
    Leave {
        /// The room.
        room: String,
    },
    /// Create a room (and join it as its owner).
    Create {
        /// The room.
        room: String,
        /// Invite-only.
        private: bool,
    },
    /// Change a room, as its owner or a moderator, or block a user.
    Moderate(Moderation),
}

/// An owner's or moderator's change to a room, or a block: the commands
/// whose answer stores no message of this client.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Moderation {
    /// Invite a user to a room.
    Invite {
        /// The room.
        room: String,
        /// The invitee.
        user: String,
    },
    /// Remove a member from a room.
    Kick {
        /// The room.
        room: String,
        /// The member.
        user: String,
        /// Why (may be empty).
        reason: String,
    },
    /// Ban a user from a room.
    Ban {
        /// The room.
        room: String,
        /// The user.
        user: String,
        /// Why (may be empty).
        reason: String,
    },
    /// Lift a ban.
    Unban {
        /// The room.
        room: String,
        /// The user.
        user: String,
    },
    /// Set a room's topic (empty clears it).
    Topic {
        /// The room.
        room: String,
        /// The topic.
        topic: String,
    },
    /// Make a member a moderator (or a member again).
    SetRole {
        /// The room.
        room: String,
        /// The member.
        user: String,
        /// True: moderator; false: member.
        moderator: bool,
    },
    /// Refuse a user's private messages (`blocked`), or accept them again.
    Block {
        /// The user.
        user: String,
        /// True to block, false to unblock.
        blocked: bool,
    },
}

impl Moderation {
    /// The Chat command for it.
    pub fn to_pb(&self) -> pb::chat_request::Command {
        use pb::chat_request::Command as Frame;
        match self.clone() {
            Moderation::Invite { room, user } => Frame::Invite(pb::InviteRequest { room, user }),
            Moderation::Kick { room, user, reason } => {
                Frame::Kick(pb::KickRequest { room, user, reason })
            }
            Moderation::Ban { room, user, reason } => {
                Frame::Ban(pb::BanRequest { room, user, reason })
            }
            Moderation::Unban { room, user } => Frame::Unban(pb::UnbanRequest { room, user }),
            Moderation::Topic { room, topic } => {
                Frame::SetTopic(pb::SetTopicRequest { room, topic })
            }
            Moderation::SetRole {
                room,
                user,
                moderator,
            } => {
                let role = if moderator {
                    pb::Role::Moderator
                } else {
                    pb::Role::Member
                };
                Frame::SetRole(pb::SetRoleRequest {
                    room,
                    user,
                    role: role.into(),
                })
            }
            Moderation::Block {
                user,
                blocked: true,
            } => Frame::Block(pb::BlockRequest { user }),
            Moderation::Block {
                user,
                blocked: false,
            } => Frame::Unblock(pb::UnblockRequest { user }),
        }
    }

    /// The event this change stores, as this client's own (without room,
    /// seq, sender and time); `None` for a block, which stores none.
    pub fn event(&self) -> Option<pb::Event> {
        use pb::event::Kind;
        let mut event = pb::Event::default();
        let kind = match self.clone() {
            Moderation::Invite { user, .. } => {
                event.target = user;
                Kind::Invited(pb::Invited {})
            }
            Moderation::Kick { user, reason, .. } => {
                (event.target, event.reason) = (user, reason);
                Kind::Kicked(pb::Kicked {})
            }
            Moderation::Ban { user, reason, .. } => {
                (event.target, event.reason) = (user, reason);
                Kind::Banned(pb::Banned {})
            }
            Moderation::Unban { user, .. } => {
                event.target = user;
                Kind::Unbanned(pb::Unbanned {})
            }
            Moderation::Topic { topic, .. } => {
                event.topic = topic;
                Kind::TopicSet(pb::TopicSet {})
            }
            Moderation::SetRole {
                user, moderator, ..
            } => {
                event.target = user;
                event.set_role(if moderator {
                    pb::Role::Moderator
                } else {
                    pb::Role::Member
                });
                Kind::RoleChanged(pb::RoleChanged {})
            }
            Moderation::Block { .. } => return None,
        };
        event.kind = Some(kind);
        Some(event)
    }
}

/// Where an update left a conversation's cursor: once the update is shown,
/// this is what to save.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moved {
    /// The conversation.
    pub conversation: ConversationId,
    /// Its position now; empty if the session no longer follows it.
    pub position: Position,
}

/// What happened on the session, in the order it happened.
#[derive(Clone, Debug)]
pub enum Update {
    /// A Chat stream is open: the first one, or a new one after a
    /// reconnect. Replayed events follow, then `Ready`.
    Connected {
        /// True after a reconnect.
        reconnected: bool,
        /// The cursors the session resumed from.
        cursors: Vec<(ConversationId, u64)>,
    },
    /// The server sent everything that was missed; what follows is live.
    Ready {
        /// The rooms the user is in.
        rooms: Vec<String>,
        /// How many events were replayed before it.
        replayed: usize,
        /// True after a reconnect.
        reconnected: bool,
        /// Every conversation's position now (replacing all earlier ones:
        /// rooms left meanwhile are gone, cursors ahead of the server are
        /// moved back).
        positions: Vec<(ConversationId, Position)>,
    },
    /// An event of one of the user's rooms or private conversations, not
    /// seen before and not caused by this session.
    Event {
        /// The event.
        event: pb::Event,
        /// Its conversation's position after it.
        moved: Moved,
    },
    /// A member of one of the user's rooms came online or went offline.
    Presence(pb::Presence),
    /// Someone is typing in one of the user's conversations (until the
    /// time it names).
    Typing(pb::Typing),
    /// The user's read position moved (another device), or a private
    /// peer's (read receipts).
    ReadMarker(pb::ReadMarker),
    /// On a resume without cursors, before a room's replay: how many older
    /// unread events were left out.
    UnreadSkipped(pb::UnreadSkipped),
    /// A command succeeded.
    Acked {
        /// The id [`SessionHandle::submit`] returned.
        id: u64,
        /// The command.
        command: Command,
        /// The server's ack.
        ack: pb::Ack,
        /// The event the command stored, as others see it (with this
        /// machine's clock for the time); `None` if nothing new is to be
        /// shown: a join of a room the user was already in, or a retried
        /// send whose message was already shown as an event.
        event: Option<pb::Event>,
        /// The conversation's position after it, if it moved.
        moved: Option<Moved>,
    },
    /// A command failed; the session goes on.
    Failed {
        /// The id [`SessionHandle::submit`] returned.
        id: u64,
        /// The command.
        command: Command,
        /// The server's error (its `code` is the gRPC status code).
        error: pb::ChatError,
    },
    /// A cursor could not be honoured on resume (other than a room the user
    /// has left meanwhile, which is dropped quietly). A cursor ahead of its
    /// conversation (OUT_OF_RANGE) is moved back to the conversation's
    /// latest seq by the time `Ready` comes; any other goes on live only.
    ResumeError(pb::ChatError),
    /// The stream broke; the session is reconnecting.
    Disconnected {
        /// Why.
        cause: Cause,
        /// How long it keeps trying.
        retry_for: Duration,
    },
    /// A command was given while disconnected; it is sent on reconnect.
    Queued {
        /// The id [`SessionHandle::submit`] returned.
        id: u64,
        /// The command.
        command: Command,
    },
    /// A command that will never be sent or acked: the session ended first.
    NotSent {
        /// The id [`SessionHandle::submit`] returned.
        id: u64,
        /// The command.
        command: Command,
    },
    /// The session ended after [`SessionHandle::close`]. Last update.
    Closed,
    /// The session ended because it could not go on. Last update.
    Ended(Ending),
}

/// Why a stream broke, or a reconnection attempt failed, as far as a
/// client can tell. Decided on status codes and on whether the status came
/// from the server, never on the server's wording.
#[derive(Clone, Debug)]
pub enum Cause {
    /// The server is shutting down (or restarting): it ended the stream
    /// with UNAVAILABLE.
    ShuttingDown,
    /// The server ended the stream without an error.
    StreamEnded,
    /// The connection broke under the stream: the network, or the server
    /// process died.
    ConnectionLost,
    /// The server could not be reached; the connection error, on one line.
    Unreachable(String),
    /// The server answered with another error that may pass.
    Status(Status),
}

impl Cause {
    /// The cause of a stream or call that failed with `status`.
    pub fn of(status: &Status) -> Self {
        // A status the server sent has no source; one this client made
        // from a transport error carries that error.
        if std::error::Error::source(status).is_some() {
            Self::ConnectionLost
        } else if status.code() == tonic::Code::Unavailable {
            Self::ShuttingDown
        } else {
            Self::Status(status.clone())
        }
    }
}

/// Why a session ended on its own.
#[derive(Clone, Debug)]
pub enum Ending {
    /// No reconnection attempt succeeded within the backoff's time.
    GaveUp {
        /// The last failure.
        last: Cause,
        /// How long it tried.
        tried_for: Duration,
    },
    /// The server refused the session (bad identity, bad name): trying
    /// again would not help.
    Refused(Status),
}

/// Why a session could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// The connection failed.
    #[error(transparent)]
    Connect(#[from] ConnectError),
    /// The server refused a call.
    #[error("{}", .0.message())]
    Refused(Status),
}

/// Gives commands to a running session. Cheap to clone.
#[derive(Clone, Debug)]
pub struct SessionHandle {
    ops: mpsc::UnboundedSender<Op>,
    next_id: Arc<AtomicU64>,
}

impl SessionHandle {
    /// Queues a command; returns its id, which its `Acked`, `Failed`,
    /// `Queued` or `NotSent` update carries.
    pub fn submit(&self, command: Command) -> u64 {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        // If the task has ended, its last update has told why.
        let _ = self.ops.send(Op::Submit(id, command));
        id
    }

    /// Ends the session once every command given so far is answered (or
    /// reported as not sent): the last update is then `Closed`.
    pub fn close(&self) {
        let _ = self.ops.send(Op::Close);
    }
}

/// What the handle asks of the task.
enum Op {
    Submit(u64, Command),
    Close,
}

/// Connects as `options.user`, opens a Chat stream and starts the task that
/// keeps it going. Fails if the server cannot be reached or refuses.
pub async fn open(options: Options) -> Result<(SessionHandle, mpsc::Receiver<Update>), OpenError> {
    let (ops_tx, ops) = mpsc::unbounded_channel();
    let (updates, updates_rx) = mpsc::channel(1024);
    task::start(options, ops, updates).await?;
    Ok((
        SessionHandle {
            ops: ops_tx,
            next_id: Arc::new(AtomicU64::new(1)),
        },
        updates_rx,
    ))
}
