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
