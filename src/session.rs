//! One Chat stream: the live session of one user on one connection.
//!
//! A task per session owns everything about it: it waits for the first
//! frame (a resume with cursors, or a command), registers the session with
//! the hub (presence), replays what the client missed, then serves commands
//! and live events until the client half-closes, goes away, or the server
//! shuts down. Output goes through one bounded channel: a client that reads
//! slowly only slows its own task, whose broadcast receivers then lag and
//! catch up from the store.

use std::{collections::HashMap, pin::Pin};

use futures_util::Stream;
use tokio::sync::{mpsc, watch};
use tokio_stream::wrappers::ReceiverStream;
use tonic::{Status, Streaming};

use crate::{
    chat::ChatCore,
    convert,
    error::{Error, Result},
    feed::{Feed, FeedItem},
    hub::shutting_down,
    metrics::Metrics,
    model::{ConversationKey, RoomName, Seq, UserName},
    pb::{self, chat_request::Command as PbCommand, chat_response::Frame},
    store::Applied,
};

/// The response stream of a Chat call.
pub type ChatResponseStream = Pin<Box<dyn Stream<Item = Result<pb::ChatResponse, Status>> + Send>>;

/// Starts a session task for `user` and returns its response stream.
pub fn start(
    core: ChatCore,
    user: UserName,
    inbound: Streaming<pb::ChatRequest>,
    queue: usize,
) -> ChatResponseStream {
    let (tx, rx) = mpsc::channel(queue.max(1));
    let outbox = Outbox {
        tx,
        shutdown: core.hub.shutdown_signal(),
    };
    tokio::spawn(async move {
        let mut session = Session {
            feed: Feed::new(core.store.clone(), core.hub.clone(), Some(user.clone())),
            core,
            user,
            outbox,
            registered: false,
        };
        session.run(inbound).await;
    });
    Box::pin(ReceiverStream::new(rx))
}

/// The sending half of the response stream.
struct Outbox {
    tx: mpsc::Sender<Result<pb::ChatResponse, Status>>,
    /// Lets a send blocked on a slow client give way to shutdown.
    shutdown: watch::Receiver<bool>,
}

impl Outbox {
    /// Sends a frame; false if the client is gone or the server is
    /// shutting down.
    async fn frame(&mut self, frame: Frame) -> bool {
        self.send(Ok(pb::ChatResponse { frame: Some(frame) })).await
    }

    /// Ends the stream with the status `end` carries, if any. Never waits:
    /// a client that does not read must not hold up shutdown.
    fn try_send_status(&self, end: End) {
        if let End::Status(status) = end {
            self.tx.try_send(Err(status)).ok();
        }
    }

    async fn send(&mut self, item: Result<pb::ChatResponse, Status>) -> bool {
        tokio::select! {
            sent = self.tx.send(item) => sent.is_ok(),
            () = shutting_down(&mut self.shutdown) => false,
        }
    }
}

struct Session {
    core: ChatCore,
    user: UserName,
    feed: Feed,
    outbox: Outbox,
    /// Whether the hub counts this session (and must be told it ended).
    registered: bool,
}

/// Why the session loop ended.
enum End {
    /// The client half-closed or went away: finish quietly.
    Client,
    /// End the stream with this status.
    Status(Status),
}

impl Session {
    async fn run(&mut self, mut inbound: Streaming<pb::ChatRequest>) {
        let mut shutdown = self.core.hub.shutdown_signal();
        let first = tokio::select! {
            frame = inbound.message() => frame,
            () = shutting_down(&mut shutdown) => {
                self.outbox.tx.try_send(Err(Error::ShuttingDown.into())).ok();
                return;
            }
        };
        let Ok(Some(first)) = first else {
            return;
        };
        let (resume, first_command) = match first.command {
            Some(PbCommand::Resume(resume)) => ((first.request_id, resume.cursors), None),
            _ => ((String::new(), Vec::new()), Some(first)),
        };
        let mut end = match self.open(resume).await {
            Ok(()) => self.serve(&mut inbound, first_command, &mut shutdown).await,
            Err(error) => End::Status(error.into()),
        };
        if *shutdown.borrow() {
            // However the loop noticed it, a shutdown tells the client to
            // reconnect and resume.
            end = End::Status(Error::ShuttingDown.into());
        }
        if !self.registered {
            self.outbox.try_send_status(end);
            return;
        }
        self.core.hub.close_session(&self.user, &self.feed.rooms());
        let cursors = self.feed.private_cursors(&self.user);
        if let Err(error) = self
            .core
            .store
            .save_private_cursors(&self.user, &cursors)
            .await
        {
            tracing::warn!(user = %self.user, %error, "could not save private cursors");
        }
        self.outbox.try_send_status(end);
    }

    /// Registers the session, replays from the cursors, and sends `ready`.
    async fn open(&mut self, (request_id, cursors): (String, Vec<pb::Cursor>)) -> Result<()> {
        let store = self.core.store.clone();
        store.register_user(&self.user).await?;
        let rooms = store.rooms_of(&self.user).await?;
        let private_ends: HashMap<UserName, Seq> = store
            .private_conversations(&self.user)
            .await?
            .into_iter()
            .collect();
        let mut private: HashMap<UserName, Seq> = store
            .private_cursors(&self.user)
            .await?
            .into_iter()
            .collect();
        let mut room_cursors: HashMap<RoomName, Option<Seq>> = HashMap::new();
        // Cursors that cannot be honoured: each gets an error frame.
        let mut problems: Vec<(ConversationKey, Error)> = Vec::new();
        for cursor in cursors {
            let (key, after) = convert::cursor(&self.user, cursor)?;
            match (&key, key.peer_of(&self.user)) {
                (ConversationKey::Room(room), _) => {
                    room_cursors.insert(room.clone(), after);
                }
                (_, Some(peer)) => {
                    let last = private_ends.get(peer).copied().unwrap_or(0);
                    let start = match after {
                        Some(after) if after > last => {
                            let error = Error::CursorAhead {
                                conversation: format!("the private conversation with {peer}"),
                                after,
                                last,
                            };
                            problems.push((key.clone(), error));
                            last
                        }
                        Some(after) => after,
                        None => last,
                    };
                    private.insert(peer.clone(), start);
                }
                (_, None) => {}
            }
        }
        let inbox = self.core.hub.open_session(&self.user, &rooms)?;
        self.registered = true;
        for room in &rooms {
            let after = room_cursors.remove(room).flatten();
            if let Err(error) = self.feed.follow_room(room, after).await {
                problems.push((ConversationKey::Room(room.clone()), error));
                self.feed.follow_room(room, None).await?;
            }
        }
        for room in room_cursors.into_keys() {
            let error = Error::NotAMember {
                room: room.to_string(),
            };
            problems.push((ConversationKey::Room(room), error));
        }
        let private: Vec<_> = private.into_iter().collect();
        self.feed.follow_inbox(inbox, &private).await?;
        for (key, problem) in problems {
            let conversation = convert::conversation_to_pb(&self.user, &key);
            self.error_frame(request_id.clone(), Some(conversation), &problem)
                .await;
        }
        // The replay goes out before `ready`, so a client knows when it
        // has everything it missed.
        for item in self.feed.take_ready() {
            if !self
                .outbox
                .frame(feed_frame(item, self.core.hub.metrics()))
                .await
            {
                return Ok(());
            }
        }
        let ready = pb::Ready {
            rooms: rooms.iter().map(|r| r.to_string()).collect(),
        };
        self.outbox.frame(Frame::Ready(ready)).await;
        Ok(())
    }

    async fn serve(
        &mut self,
        inbound: &mut Streaming<pb::ChatRequest>,
        first_command: Option<pb::ChatRequest>,
        shutdown: &mut watch::Receiver<bool>,
    ) -> End {
        if let Some(command) = first_command {
            if !self.command(command).await {
                return End::Client;
            }
        }
        loop {
            tokio::select! {
                biased;
                () = shutting_down(shutdown) => return End::Status(Error::ShuttingDown.into()),
                frame = inbound.message() => match frame {
                    Ok(Some(request)) => {
                        if !self.command(request).await {
                            return End::Client;
                        }
                    }
                    Ok(None) => return End::Client,
                    Err(status) => {
                        tracing::debug!(user = %self.user, %status, "chat stream broke");
                        return End::Client;
                    }
                },
                item = self.feed.next() => {
                    let frame = match item {
                        Ok(item) => feed_frame(item, self.core.hub.metrics()),
                        Err(error) => return End::Status(error.into()),
                    };
                    if !self.outbox.frame(frame).await {
                        return End::Client;
                    }
                }
            }
        }
    }

    /// Carries out one command frame and answers it; false if the client
    /// is gone.
    async fn command(&mut self, request: pb::ChatRequest) -> bool {
        let request_id = request.request_id;
        let result = match request.command {
            Some(PbCommand::Join(join)) => self.join(&join.room).await,
            Some(PbCommand::Leave(leave)) => self.leave(&leave.room).await,
            Some(PbCommand::Send(send)) => self.core.send(&self.user, send).await,
            Some(PbCommand::Resume(_)) => Err(Error::InvalidArgument(
                "resume is only accepted as the first frame of a session".into(),
            )),
            None => Err(Error::InvalidArgument(
                "the frame has no command: set one of join, leave, send".into(),
            )),
        };
        match result {
            Ok(applied) => {
                if !applied.unchanged {
                    self.feed
                        .mark_own(applied.conversation.clone(), applied.seq);
                }
                let ack = convert::ack(&self.user, request_id, Some(&applied));
                self.outbox.frame(Frame::Ack(ack)).await
            }
            Err(error) => self.error_frame(request_id, None, &error).await,
        }
    }

    async fn join(&mut self, room: &str) -> Result<Applied> {
        let applied = self.core.join(&self.user, room).await?;
        if let ConversationKey::Room(room) = &applied.conversation {
            if !self.feed.rooms().contains(room) {
                // Follow from the join on; the join itself is acked.
                self.feed.follow_room(room, Some(applied.seq)).await?;
            }
        }
        Ok(applied)
    }

    async fn leave(&mut self, room: &str) -> Result<Applied> {
        let applied = self.core.leave(&self.user, room).await?;
        if let ConversationKey::Room(room) = &applied.conversation {
            self.feed.unfollow_room(room);
        }
        Ok(applied)
    }

    async fn error_frame(
        &mut self,
        request_id: String,
        conversation: Option<pb::Conversation>,
        error: &Error,
    ) -> bool {
        let frame = pb::ChatError {
            request_id,
            conversation,
            code: error.code() as i32,
            message: error.to_string(),
        };
        self.outbox.frame(Frame::Error(frame)).await
    }
}

/// The Chat frame for a feed item.
fn feed_frame(item: FeedItem, metrics: &Metrics) -> Frame {
    match item {
        FeedItem::Event(event) => {
            Metrics::count(&metrics.deliveries);
            Frame::Event(convert::event_to_pb(&event))
        }
        FeedItem::Presence(change) => Frame::Presence(convert::presence_to_pb(&change)),
        FeedItem::PresenceSummary(summary) => {
            Frame::PresenceSummary(convert::presence_summary_to_pb(&summary))
        }
    }
}
