//! The task that owns a session's Chat stream: opens it with a resume
//! frame, sends the commands given to the handle once the stream is ready,
//! and when the stream breaks reconnects with backoff until the deadline,
//! queueing what is given meanwhile. What each frame from the server does
//! is in [`super::frames`].

use std::{
    collections::BTreeMap,
    hash::BuildHasher,
    time::{Duration, Instant},
};

use tokio::sync::mpsc;
use tokio_stream::wrappers::UnboundedReceiverStream;
use tonic::{Code, Streaming};

use super::{retryable, Cause, Command, Ending, Op, OpenError, Options, Update};
use crate::{
    client::{
        connect_with_token,
        cursors::{ConversationId, Cursors},
        error_chain, Client, ConnectError,
    },
    pb::{self, chat_request},
};

/// A command not answered yet.
pub(super) struct Pending {
    pub(super) command: Command,
    /// Sent on the current stream (false: waiting for one).
    sent: bool,
}

/// One open Chat stream.
pub(super) struct Stream {
    pub(super) client: Client,
    /// Frames to the server; `None` once half-closed.
    out: Option<mpsc::UnboundedSender<pb::ChatRequest>>,
    inbound: Streaming<pb::ChatResponse>,
    /// The request id of this stream's resume frame.
    pub(super) resume_id: String,
    /// `ready` has come: commands may be sent.
    pub(super) ready: bool,
    /// Events replayed before `ready`.
    pub(super) replayed: usize,
    /// Conversations whose cursor the server refused as ahead of what it
    /// holds (`None`: it did not say which).
    pub(super) ahead: Vec<Option<ConversationId>>,
}

/// The session's state, owned by its task.
pub(super) struct Task {
    pub(super) options: Options,
    pub(super) cursors: Cursors,
    pub(super) pending: BTreeMap<u64, Pending>,
    ops: mpsc::UnboundedReceiver<Op>,
    updates: mpsc::Sender<Update>,
    /// The handle asked to close: send what is pending, then end.
    closing: bool,
    /// Makes this session's client message ids unique.
    pub(super) token: String,
    /// How many streams were opened.
    pub(super) streams: u64,
}

/// Opens the first stream and spawns the task; fails if the server cannot
/// be reached or refuses.
pub(super) async fn start(
    options: Options,
    ops: mpsc::UnboundedReceiver<Op>,
    updates: mpsc::Sender<Update>,
) -> Result<(), OpenError> {
    let token = format!(
        "{:016x}",
        std::collections::hash_map::RandomState::new()
            .hash_one((std::process::id(), std::time::SystemTime::now()))
    );
    let mut cursors = Cursors::new();
    for (conversation, position) in &options.resume_from {
        cursors.set_position(conversation.clone(), position.clone());
    }
    let mut task = Task {
        options,
        cursors,
        pending: BTreeMap::new(),
        ops,
        updates,
        closing: false,
        token,
        streams: 0,
    };
    let stream = task.open_stream().await?;
    tokio::spawn(task.run(stream));
    Ok(())
}

impl Task {
    pub(super) async fn emit(&self, update: Update) {
        // If nobody listens any more there is nobody to tell.
        let _ = self.updates.send(update).await;
    }

    /// Connects and opens a Chat stream with a resume frame; the first time,
    /// starts every room without a cursor at its latest seq.
    async fn open_stream(&mut self) -> Result<Stream, OpenError> {
        let token = match &self.options.token {
            Some(source) => Some(
                source
                    .read()
                    .map_err(|e| ConnectError::Token(e.to_string()))?,
            ),
            None => None,
        };
        let mut client =
            connect_with_token(&self.options.address, &self.options.user, token.as_deref()).await?;
        let first = self.streams == 0;
        if first {
            let rooms = crate::client::pages::all_rooms(&mut client)
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
            ahead: Vec::new(),
        })
    }

    async fn run(mut self, first: Stream) {
        let mut stream = Some(first);
        loop {
            let Some(current) = stream.as_mut() else {
                return;
            };
            let cause = tokio::select! {
                op = self.ops.recv(), if !self.closing => {
                    match op {
                        Some(Op::Submit(id, command)) => {
                            self.pending.insert(id, Pending { command, sent: false });
                        }
                        Some(Op::Close) | None => self.closing = true,
                    }
                    self.flush(current);
                    continue;
                }
                message = current.inbound.message() => match message {
                    Ok(Some(response)) => {
                        if let Some(frame) = response.frame {
                            self.frame(current, frame).await;
                        }
                        continue;
                    }
                    Ok(None) if self.closing && current.out.is_none() => {
                        // Answers to everything sent have come in; whatever
                        // was not answered never will be.
                        self.not_sent().await;
                        self.emit(Update::Closed).await;
                        return;
                    }
                    Ok(None) => Cause::StreamEnded,
                    Err(status) if retryable(status.code()) => Cause::of(&status),
                    // The token expired: the file may hold a new one.
                    Err(status) if status.code() == Code::Unauthenticated
                        && self.options.token.as_ref().is_some_and(|t| t.rereads()) =>
                    {
                        Cause::Status(status)
                    }
                    Err(status) => {
                        self.not_sent().await;
                        self.emit(Update::Ended(Ending::Refused(status))).await;
                        return;
                    }
                },
            };
            self.broke(&cause).await;
            stream = self.reconnect(cause).await;
        }
    }

    /// The stream broke: say so, unless the session is done anyway.
    async fn broke(&mut self, cause: &Cause) {
        if self.closing && self.pending.is_empty() {
            return;
        }
        self.emit(Update::Disconnected {
            cause: cause.clone(),
            retry_for: self.options.backoff.give_up_after,
        })
        .await;
    }

    /// Waits and retries until a stream is open again; `None` if the
    /// session ended (closed with nothing left to send, gave up, refused).
    /// The waits double from the backoff's first up to its max, and the
    /// last attempt is made at the deadline, not skipped because a full
    /// wait would pass it.
    async fn reconnect(&mut self, mut last: Cause) -> Option<Stream> {
        let backoff = self.options.backoff;
        let started = Instant::now();
        let deadline = started + backoff.give_up_after;
        let mut delay = backoff.first;
        loop {
            if self.closing && self.pending.is_empty() {
                self.emit(Update::Closed).await;
                return None;
            }
            let now = Instant::now();
            if now >= deadline {
                self.not_sent().await;
                self.emit(Update::Ended(Ending::GaveUp {
                    last,
                    tried_for: started.elapsed(),
                }))
                .await;
                return None;
            }
            if !self.wait(deadline.min(now + delay)).await {
                return None;
            }
            match self.open_stream().await {
                Ok(stream) => return Some(stream),
                Err(OpenError::Refused(status)) if !retryable(status.code()) => {
                    self.not_sent().await;
                    self.emit(Update::Ended(Ending::Refused(status))).await;
                    return None;
                }
                Err(OpenError::Refused(status)) => last = Cause::of(&status),
                Err(OpenError::Connect(error)) => last = Cause::Unreachable(error_chain(&error)),
            }
            delay = (delay * 2).min(backoff.max).max(Duration::from_millis(1));
        }
    }

    /// Waits until `until`, queueing the commands given meanwhile; false if
    /// the session was closed with nothing left to send (`Closed` is then
    /// emitted).
    async fn wait(&mut self, until: Instant) -> bool {
        let wake = tokio::time::sleep_until(until.into());
        tokio::pin!(wake);
        loop {
            tokio::select! {
                () = &mut wake => return true,
                op = self.ops.recv(), if !self.closing => match op {
                    Some(Op::Submit(id, command)) => {
                        let queued = Pending { command: command.clone(), sent: false };
                        self.pending.insert(id, queued);
                        self.emit(Update::Queued { id, command }).await;
                    }
                    Some(Op::Close) | None => {
                        self.closing = true;
                        if self.pending.is_empty() {
                            self.emit(Update::Closed).await;
                            return false;
                        }
                    }
                },
            }
        }
    }

    /// Sends the commands waiting for a stream, once it is ready; then, if
    /// closing, half-closes it.
    pub(super) fn flush(&mut self, stream: &mut Stream) {
        if !stream.ready {
            return;
        }
        if let Some(out) = &stream.out {
            for (id, pending) in self.pending.iter_mut().filter(|(_, p)| !p.sent) {
                let request = super::frames::request(*id, &pending.command, &self.token);
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
}
