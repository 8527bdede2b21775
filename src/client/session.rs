//! A Chat session that survives the network.
//!
//! [`open`] connects, opens the Chat stream and hands back a
//! [`SessionHandle`] to give commands and a receiver of [`Update`]s. A task
//! owns the stream. When the stream breaks (the server shut down with
//! UNAVAILABLE, the connection dropped, the server process died) the task
//! reconnects with exponential backoff and resumes from its cursors, so
//! nothing is missed and nothing shows twice:
//!
//! * On the first connection, the cursor of every room the user is in is
//!   its latest seq (from ListRooms), so events between that and the stream
//!   opening are replayed, not lost. Private conversations start where the
//!   user's last session left off (the server keeps that).
//! * Every event seen moves its conversation's cursor; every resume names
//!   every cursor.
//! * Events the session caused itself are acked, not delivered; their seqs
//!   are remembered, so when a new session replays them they are skipped.
//! * Commands given while disconnected are queued ([`Update::Queued`]) and
//!   sent once the new session is ready; commands in flight when the
//!   stream broke are sent again. Sends carry a `client_message_id`, so a
//!   retry of a message that was in fact stored stores nothing new. If the
//!   task gives up, every command not acked is reported as
//!   [`Update::NotSent`].

use std::{
    collections::{BTreeMap, BTreeSet},
    hash::BuildHasher,
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

use tokio::sync::mpsc;
use tokio_stream::wrappers::UnboundedReceiverStream;
use tonic::{Code, Status, Streaming};

use super::{
    connect,
    cursors::{ConversationId, Cursors, Seen},
    Client, ConnectError,
};
use crate::pb::{self, chat_request, chat_response::Frame};

/// How a session retries after its stream breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Backoff {
    /// The wait before the first attempt.
    pub first: Duration,
    /// The longest wait between attempts; the wait doubles up to it.
    pub max: Duration,
    /// Give up when no attempt succeeded for this long. Zero: do not
    /// reconnect at all.
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
    /// `host:port` or `http://host:port`.
    pub address: String,
    /// The user name sent in `x-confab-user`.
    pub user: String,
    /// How to reconnect.
    pub backoff: Backoff,
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
    },
    /// An event of one of the user's rooms or private conversations, not
    /// seen before and not caused by this session.
    Event(pb::Event),
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
    },
    /// A command failed; the session goes on.
    Failed {
        /// The id [`SessionHandle::submit`] returned.
        id: u64,
        /// The command.
        command: Command,
        /// The server's error.
        error: pb::ChatError,
    },
    /// A cursor could not be honoured on resume (other than a room the user
    /// has left meanwhile, which is dropped quietly).
    ResumeError(pb::ChatError),
    /// The stream broke; the session is reconnecting.
    Disconnected {
        /// Why, for people.
        reason: String,
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

/// Why a session ended on its own.
#[derive(Clone, Debug)]
pub enum Ending {
    /// No reconnection attempt succeeded within the backoff's time.
    GaveUp {
        /// The last failure.
        reason: String,
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

enum Op {
    Submit(u64, Command),
    Close,
}

/// Connects as `options.user`, opens a Chat stream and starts the task that
/// keeps it going. Fails if the server cannot be reached or refuses.
pub async fn open(options: Options) -> Result<(SessionHandle, mpsc::Receiver<Update>), OpenError> {
    let (ops_tx, ops) = mpsc::unbounded_channel();
    let (updates, updates_rx) = mpsc::channel(1024);
    let token = format!(
        "{:016x}",
        std::collections::hash_map::RandomState::new()
            .hash_one((std::process::id(), std::time::SystemTime::now()))
    );
    let mut task = Task {
        options,
        cursors: Cursors::new(),
        pending: BTreeMap::new(),
        ops,
        updates,
        closing: false,
        token,
        streams: 0,
    };
    let conn = task.open_stream().await?;
    tokio::spawn(task.run(conn));
    Ok((
        SessionHandle {
            ops: ops_tx,
            next_id: Arc::new(AtomicU64::new(1)),
        },
        updates_rx,
    ))
}

/// A command not answered yet.
struct Pending {
    command: Command,
    /// Sent on the current stream (false: waiting for one).
    sent: bool,
}

/// One open Chat stream.
struct Stream {
    client: Client,
    /// Frames to the server; `None` once half-closed.
    out: Option<mpsc::UnboundedSender<pb::ChatRequest>>,
    inbound: Streaming<pb::ChatResponse>,
    resume_id: String,
    ready: bool,
    replayed: usize,
    /// A cursor was refused as ahead of its conversation.
    cursor_ahead: bool,
}

struct Task {
    options: Options,
    cursors: Cursors,
    pending: BTreeMap<u64, Pending>,
    ops: mpsc::UnboundedReceiver<Op>,
    updates: mpsc::Sender<Update>,
    closing: bool,
    /// Makes this session's client message ids unique.
    token: String,
    /// How many streams were opened.
    streams: u64,
}

/// Whether trying again could help.
fn retryable(code: Code) -> bool {
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

impl Task {
    async fn emit(&self, update: Update) {
        // If nobody listens any more there is nobody to tell.
        let _ = self.updates.send(update).await;
    }

    /// Connects and opens a Chat stream with a resume frame; the first time,
    /// starts every room's cursor at its latest seq.
    async fn open_stream(&mut self) -> Result<Stream, OpenError> {
        let mut client = connect(&self.options.address, &self.options.user).await?;
        let first = self.streams == 0;
        if first {
            let rooms = client
                .list_rooms(pb::ListRoomsRequest {})
                .await
                .map_err(OpenError::Refused)?
                .into_inner()
                .rooms;
            for room in rooms.into_iter().filter(|r| r.is_member) {
                self.cursors
                    .start_at(ConversationId::Room(room.name), room.last_seq);
            }
        }
        self.streams += 1;
        let resume_id = format!("resume-{}", self.streams);
        let (out, out_rx) = mpsc::unbounded_channel();
        let _ = out.send(pb::ChatRequest {
            request_id: resume_id.clone(),
            command: Some(chat_request::Command::Resume(pb::ResumeCommand {
                cursors: self.cursors.to_pb(),
            })),
        });
        let inbound = client
            .chat(UnboundedReceiverStream::new(out_rx))
            .await
            .map_err(OpenError::Refused)?
            .into_inner();
        for pending in self.pending.values_mut() {
            pending.sent = false;
        }
        self.emit(Update::Connected {
            reconnected: !first,
            cursors: self.cursors.iter().map(|(c, s)| (c.clone(), s)).collect(),
        })
        .await;
        Ok(Stream {
            client,
            out: Some(out),
            inbound,
            resume_id,
            ready: false,
            replayed: 0,
            cursor_ahead: false,
        })
    }

    async fn run(mut self, first: Stream) {
        let mut stream = Some(first);
        loop {
            let Some(current) = stream.as_mut() else {
                match self.reconnect().await {
                    Some(new) => stream = Some(new),
                    None => return,
                }
                continue;
            };
            tokio::select! {
                op = self.ops.recv(), if !self.closing => match op {
                    Some(Op::Submit(id, command)) => {
                        self.pending.insert(id, Pending { command, sent: false });
                        self.flush(current);
                    }
                    Some(Op::Close) | None => {
                        self.closing = true;
                        self.flush(current);
                    }
                },
                message = current.inbound.message() => match message {
                    Ok(Some(response)) => {
                        if let Some(frame) = response.frame {
                            self.frame(current, frame).await;
                        }
                    }
                    Ok(None) if self.closing && current.out.is_none() => {
                        // Answers to everything sent have come in; whatever
                        // was not answered never will be.
                        self.not_sent().await;
                        self.emit(Update::Closed).await;
                        return;
                    }
                    Ok(None) => {
                        stream = None;
                        self.broke("the server ended the stream".into()).await;
                    }
                    Err(status) if retryable(status.code()) => {
                        stream = None;
                        self.broke(describe(&status)).await;
                    }
                    Err(status) => {
                        self.not_sent().await;
                        self.emit(Update::Ended(Ending::Refused(status))).await;
                        return;
                    }
                },
            }
        }
    }

    /// The stream broke: say so, unless the session is done anyway.
    async fn broke(&mut self, reason: String) {
        if self.closing && self.pending.is_empty() {
            return;
        }
        self.emit(Update::Disconnected {
            reason,
            retry_for: self.options.backoff.give_up_after,
        })
        .await;
    }

    /// Waits and retries until a stream is open again; `None` if the
    /// session ended (closed with nothing left to send, gave up, refused).
    async fn reconnect(&mut self) -> Option<Stream> {
        let backoff = self.options.backoff;
        let started = Instant::now();
        let mut delay = backoff.first;
        let mut reason = "the stream broke".to_owned();
        loop {
            if self.closing && self.pending.is_empty() {
                self.emit(Update::Closed).await;
                return None;
            }
            if started.elapsed() + delay > backoff.give_up_after {
                self.not_sent().await;
                self.emit(Update::Ended(Ending::GaveUp {
                    reason,
                    tried_for: started.elapsed(),
                }))
                .await;
                return None;
            }
            let wake = tokio::time::sleep(delay);
            tokio::pin!(wake);
            loop {
                tokio::select! {
                    () = &mut wake => break,
                    op = self.ops.recv(), if !self.closing => match op {
                        Some(Op::Submit(id, command)) => {
                            self.pending.insert(id, Pending { command: command.clone(), sent: false });
                            self.emit(Update::Queued { id, command }).await;
                        }
                        Some(Op::Close) | None => {
                            self.closing = true;
                            if self.pending.is_empty() {
                                self.emit(Update::Closed).await;
                                return None;
                            }
                        }
                    },
                }
            }
            match self.open_stream().await {
                Ok(stream) => return Some(stream),
                Err(OpenError::Refused(status)) if !retryable(status.code()) => {
                    self.not_sent().await;
                    self.emit(Update::Ended(Ending::Refused(status))).await;
                    return None;
                }
                Err(OpenError::Refused(status)) => reason = describe(&status),
                Err(OpenError::Connect(error)) => reason = super::error_chain(&error),
            }
            delay = (delay * 2).min(backoff.max);
        }
    }

    /// Sends the commands waiting for a stream, once it is ready; then, if
    /// closing, half-closes it.
    fn flush(&mut self, stream: &mut Stream) {
        if !stream.ready {
            return;
        }
        if let Some(out) = &stream.out {
            for (id, pending) in self.pending.iter_mut().filter(|(_, p)| !p.sent) {
                let request = request(*id, &pending.command, &self.token);
                if out.send(request).is_ok() {
                    pending.sent = true;
                }
            }
        }
        if self.closing {
            stream.out = None;
        }
    }

    /// Reports every command not answered as not sent.
    async fn not_sent(&mut self) {
        for (id, pending) in std::mem::take(&mut self.pending) {
            self.emit(Update::NotSent {
                id,
                command: pending.command,
            })
            .await;
        }
    }

    async fn frame(&mut self, stream: &mut Stream, frame: Frame) {
        let me = self.options.user.clone();
        match frame {
            Frame::Event(event) => {
                let conversation = ConversationId::of_event(&event, &me);
                if self.cursors.event(conversation.clone(), event.seq) != Seen::New {
                    return;
                }
                if event.sender == me && matches!(event.kind, Some(pb::event::Kind::Left(_))) {
                    // Left in another session: the server stops sending
                    // this room, so it must not be resumed.
                    self.cursors.remove(&conversation);
                }
                if !stream.ready {
                    stream.replayed += 1;
                }
                self.emit(Update::Event(event)).await;
            }
            Frame::Presence(presence) => self.emit(Update::Presence(presence)).await,
            Frame::PresenceSummary(summary) => {
                // A big room's coalesced presence: shown like single changes.
                let states = [
                    (summary.online, pb::PresenceState::Online),
                    (summary.offline, pb::PresenceState::Offline),
                ];
                for (users, state) in states {
                    for user in users {
                        let presence = pb::Presence {
                            room: summary.room.clone(),
                            user,
                            state: state.into(),
                        };
                        self.emit(Update::Presence(presence)).await;
                    }
                }
            }
            Frame::Ready(ready) => {
                let rooms: BTreeSet<&String> = ready.rooms.iter().collect();
                let gone: Vec<ConversationId> = self
                    .cursors
                    .iter()
                    .filter_map(|(c, _)| match c {
                        ConversationId::Room(room) if !rooms.contains(room) => Some(c.clone()),
                        _ => None,
                    })
                    .collect();
                for conversation in &gone {
                    self.cursors.remove(conversation);
                }
                if stream.cursor_ahead {
                    self.rewind_rooms(&mut stream.client).await;
                }
                stream.ready = true;
                self.emit(Update::Ready {
                    rooms: ready.rooms,
                    replayed: stream.replayed,
                    reconnected: self.streams > 1,
                })
                .await;
                self.flush(stream);
            }
            Frame::Error(error) if error.request_id == stream.resume_id => {
                match Code::from_i32(error.code) {
                    // A room left meanwhile: dropped when `ready` comes.
                    Code::FailedPrecondition => {}
                    Code::OutOfRange => {
                        stream.cursor_ahead = true;
                        self.emit(Update::ResumeError(error)).await;
                    }
                    _ => self.emit(Update::ResumeError(error)).await,
                }
            }
            Frame::Error(error) => {
                let Some((id, pending)) = self.answered(&error.request_id) else {
                    return;
                };
                self.emit(Update::Failed {
                    id,
                    command: pending.command,
                    error,
                })
                .await;
            }
            Frame::Ack(ack) => {
                let Some((id, pending)) = self.answered(&ack.request_id) else {
                    return;
                };
                let event = self.acked(&pending.command, &ack);
                self.emit(Update::Acked {
                    id,
                    command: pending.command,
                    ack,
                    event,
                })
                .await;
            }
        }
    }

    /// Takes the pending command a frame answers.
    fn answered(&mut self, request_id: &str) -> Option<(u64, Pending)> {
        let id = request_id.parse().ok()?;
        self.pending.remove(&id).map(|pending| (id, pending))
    }

    /// Updates the cursors for an acked command; returns the event it
    /// stored, if it is to be shown.
    fn acked(&mut self, command: &Command, ack: &pb::Ack) -> Option<pb::Event> {
        let conversation = ack
            .conversation
            .as_ref()
            .and_then(ConversationId::from_pb)?;
        let me = &self.options.user;
        let (room, recipient, kind) = match command {
            Command::Join { room } => {
                if ack.duplicate {
                    self.cursors.start_at(conversation, ack.seq);
                    return None;
                }
                self.cursors.own(conversation, ack.seq, true);
                (
                    room.clone(),
                    String::new(),
                    pb::event::Kind::Joined(pb::Joined {}),
                )
            }
            Command::Leave { room } => {
                self.cursors.remove(&conversation);
                (
                    room.clone(),
                    String::new(),
                    pb::event::Kind::Left(pb::Left {}),
                )
            }
            Command::Say { room, text } => {
                if !self.cursors.own(conversation, ack.seq, false) {
                    return None;
                }
                (room.clone(), String::new(), message(text, &self.token, ack))
            }
            Command::Whisper { to, text } => {
                if !self.cursors.own(conversation, ack.seq, ack.seq == 1) {
                    return None;
                }
                (String::new(), to.clone(), message(text, &self.token, ack))
            }
        };
        let now = std::time::SystemTime::now();
        Some(pb::Event {
            room,
            seq: ack.seq,
            sender: me.clone(),
            recipient,
            time: Some(prost_types::Timestamp::from(now)),
            kind: Some(kind),
        })
    }

    /// After a cursor was refused as ahead of its room (the server lost
    /// events, e.g. a memory store restarted), moves every room cursor back
    /// to what the server holds.
    async fn rewind_rooms(&mut self, client: &mut Client) {
        let Ok(response) = client.list_rooms(pb::ListRoomsRequest {}).await else {
            return;
        };
        for room in response.into_inner().rooms {
            self.cursors
                .rewind(&ConversationId::Room(room.name), room.last_seq);
        }
    }
}

/// The Chat frame for a command.
fn request(id: u64, command: &Command, token: &str) -> pb::ChatRequest {
    use chat_request::Command as Frame;
    let send = |target, text: &str| {
        Frame::Send(pb::SendMessageRequest {
            target: Some(target),
            text: text.to_owned(),
            client_message_id: format!("{token}-{id}"),
        })
    };
    let command = match command {
        Command::Say { room, text } => {
            send(pb::send_message_request::Target::Room(room.clone()), text)
        }
        Command::Whisper { to, text } => {
            send(pb::send_message_request::Target::ToUser(to.clone()), text)
        }
        Command::Join { room } => Frame::Join(pb::JoinRequest { room: room.clone() }),
        Command::Leave { room } => Frame::Leave(pb::LeaveRequest { room: room.clone() }),
    };
    pb::ChatRequest {
        request_id: id.to_string(),
        command: Some(command),
    }
}

fn message(text: &str, token: &str, ack: &pb::Ack) -> pb::event::Kind {
    pb::event::Kind::Message(pb::Message {
        text: text.to_owned(),
        client_message_id: format!("{token}-{}", ack.request_id),
    })
}

/// A status for people: its message, or its code if it has none.
pub fn describe(status: &Status) -> String {
    if status.message().is_empty() {
        format!("{:?}", status.code())
    } else {
        status.message().to_owned()
    }
}
