//! One Chat stream: the live session of one user on one connection.
//!
//! The session is the response stream itself: each time the connection
//! asks for more, the session waits for whichever comes first of a command
//! from the client, a live event, or shutdown, and answers with everything
//! that is ready as one chunk of gRPC messages (written by
//! [`crate::server::grpc::chat_http`]). There is no task or queue per session in
//! between, so a delivery costs one wake-up of the connection's task, and a
//! client that reads slowly is simply polled less: its live receivers
//! lag and catch up from the store, costing only that client. Room events
//! arrive in batches already framed (see [`crate::server::fanout::batch`]), so the common
//! delivery is one copy of bytes shared by every session of the room.
//!
//! It starts with the first frame (a resume with cursors, or a command),
//! registers with the hub (presence), replays what the client missed, then
//! serves until the client half-closes, goes away, the server shuts
//! down, or the caller's token expires (`jwt` mode; a `refresh` command
//! with a new token for the same user moves that deadline). Whichever way
//! it ends, the hub is told and the private cursors are saved.

use std::{
    collections::VecDeque,
    net::SocketAddr,
    pin::Pin,
    sync::Arc,
    time::{Duration, SystemTime},
};

use bytes::{Bytes, BytesMut};
use futures_util::Stream;
use tokio::time::Sleep;
use tonic::{Status, Streaming};

use crate::{
    error::{Error, Result},
    model::{Actor, ConversationKey, UserName},
    server::app::App,
    server::fanout::feed::{Feed, FeedItem},
    server::fanout::remote::Topic,
    server::grpc::{
        codec::{self, ChatFrame},
        pb::{self, chat_request::Command as PbCommand, chat_response::Frame},
    },
    server::grpc::{convert, convert_reads},
    server::metrics::Metrics,
    server::shutdown::ShutdownListener,
    server::store::Applied,
    server::token::{self, TokenVerifier},
};

use super::{resume, woken::Woken};

mod edits;

/// The most bytes of frames a session gathers for one write before
/// looking at commands and shutdown again. A session that keeps up finds
/// one commit's events per wake and writes them at once; one that is
/// behind gathers what is waiting up to this, so a backlog goes out in
/// fewer, bigger writes (each write costs the same kernel and HTTP/2 work
/// whatever it holds). 64 KiB is four HTTP/2 frames of the default size,
/// about 450 events of a short message; a count of items (64 before) let
/// one write hold anything from 64 presence changes to 64 commits of
/// thousands of events.
const PACK_BYTES: usize = 64 * 1024;

/// The most commands a session takes in one go.
const COMMAND_BATCH: usize = 64;

/// While replaying, the session hands the connection a chunk once it holds
/// this many bytes: the replay goes out as fast as the client reads it,
/// never gathered whole.
const REPLAY_CHUNK_BYTES: usize = 64 * 1024;

/// How long after a private event a session saves where it stands in its
/// private conversations. A session that ends saves at once; this bounds
/// what a server crash makes a cursor-less resume repeat.
const PRIVATE_CURSOR_SAVE_DELAY: Duration = Duration::from_secs(2);

/// The response stream of a Chat call: chunks of whole gRPC messages (each
/// a `ChatResponse`), ready to write, then the status it ends with, if not
/// OK.
pub type ChatResponseStream = Pin<Box<dyn Stream<Item = Result<Bytes, Status>> + Send>>;

/// How long a session's identity holds, and how to renew it.
pub(crate) struct Lease {
    /// When the caller's token stops being accepted; `None`: never (open
    /// mode).
    pub(crate) expires: Option<SystemTime>,
    /// Checks a `refresh` token; `None` in open mode.
    pub(crate) verifier: Option<Arc<TokenVerifier>>,
}

/// Starts a session for `actor`, calling from `peer`, over `inbound`,
/// ending when `lease` runs out; the returned stream is it.
pub(crate) fn start(
    core: App,
    actor: Actor,
    peer: Option<SocketAddr>,
    lease: Lease,
    inbound: Streaming<ChatFrame>,
) -> ChatResponseStream {
    let user = actor.user.clone();
    let session = Session {
        expiry: lease.expires.map(deadline),
        verifier: lease.verifier,
        feed: Feed::new(core.store.clone(), core.hub.clone(), user.clone()),
        shutdown: core.shutdown.listener(),
        core,
        actor,
        user,
        peer,
        inbound: Woken::new(inbound),
        out: BytesMut::new(),
        shared: VecDeque::new(),
        end_status: None,
        phase: Phase::Starting,
        replay: None,
        registered: false,
        private_save_due: None,
    };
    Box::pin(futures_util::stream::unfold(
        session,
        |mut session| async move {
            let item = session.next().await?;
            Some((item, session))
        },
    ))
}

/// Where a session is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    /// Waiting for the first frame.
    Starting,
    /// Sending what the client missed, a page at a time, then `ready`.
    Replaying,
    /// Serving commands and live events.
    Serving,
    /// Done: what is in `out`, then `end_status`, is the last of it.
    Ended,
}

struct Session {
    core: App,
    /// The caller, with whether it is an administrator.
    actor: Actor,
    /// The caller's name (the actor's).
    user: UserName,
    /// Where the session's connection comes from (for the send rates).
    peer: Option<SocketAddr>,
    feed: Feed,
    /// The client's frames, each decoded or refused on its own, looked
    /// at only once they may have moved.
    inbound: Woken<Streaming<ChatFrame>>,
    /// Frames ready to go out, in order, as gRPC messages, after
    /// `shared`.
    out: BytesMut,
    /// Chunks to go out before `out`: frames shared with other sessions
    /// (a big room's presence summary), handed on without a copy, and
    /// what `out` held before each.
    shared: VecDeque<Bytes>,
    /// The status the stream ends with, once `out` is written.
    end_status: Option<Status>,
    /// Completes when the server begins shutting down.
    shutdown: ShutdownListener,
    phase: Phase,
    /// While replaying: the `ready` frame to send when done, and the
    /// command the session opened with, carried out after it.
    replay: Option<(pb::Ready, Option<ChatFrame>)>,
    /// Whether the hub counts this session (and must be told it ended).
    registered: bool,
    /// When to save the private cursors next: armed by a private event,
    /// so an idle session has no timer.
    private_save_due: Option<Pin<Box<Sleep>>>,
    /// When the caller's token expires: the session ends then, unless a
    /// `refresh` moves it. `None` in open mode.
    expiry: Option<Pin<Box<Sleep>>>,
    /// Checks `refresh` tokens; `None` in open mode.
    verifier: Option<Arc<TokenVerifier>>,
}

/// Why a session ends.
enum End {
    /// The client half-closed or went away: finish quietly.
    Client,
    /// End the stream with this status.
    Status(Status),
}

impl Session {
    /// The frames ready for the client, as one chunk; then the status the
    /// session ends with; `None` once the session is over.
    async fn next(&mut self) -> Option<Result<Bytes, Status>> {
        loop {
            if let Some(chunk) = self.shared.pop_front() {
                return Some(Ok(chunk));
            }
            if !self.out.is_empty() {
                // Taken whole, not split off: a split leaves `out` holding
                // the buffer, so a session that once wrote a big chunk
                // would keep that much memory for as long as it lives.
                return Some(Ok(std::mem::take(&mut self.out).freeze()));
            }
            match self.phase {
                Phase::Starting => self.begin().await,
                Phase::Replaying => self.replay_page().await,
                Phase::Serving => self.step().await,
                Phase::Ended => return self.end_status.take().map(Err),
            }
        }
    }

    /// Waits for the first frame and opens the session.
    async fn begin(&mut self) {
        let expiring = self.expiry.is_some();
        let first = tokio::select! {
            frame = self.inbound.message() => frame,
            () = &mut self.shutdown => {
                return self.end(End::Status(Error::ShuttingDown.into()));
            }
            () = due(&mut self.expiry), if expiring => return self.end(expired()),
        };
        let first = match first {
            Ok(Some(first)) => first,
            Ok(None) => return self.end(End::Client),
            Err(status) => return self.end(self.broken(status)),
        };
        let (resume, first_command) = match first {
            Ok(pb::ChatRequest {
                request_id,
                command: Some(PbCommand::Resume(resume)),
            }) => ((request_id, resume.cursors, true), None),
            other => ((String::new(), Vec::new(), false), Some(other)),
        };
        match self.open(resume).await {
            Ok(ready) => {
                self.replay = Some((ready, first_command));
                self.phase = Phase::Replaying;
            }
            Err(error) => self.end(End::Status(error.into())),
        }
    }

    /// Sends the next page of the replay; after the last, `ready` (so a
    /// client knows when it has everything it missed), then the command
    /// the session opened with. The replay is read only as the connection
    /// asks for more, so it costs the session a page, not the whole gap.
    async fn replay_page(&mut self) {
        let more = tokio::select! {
            biased;
            () = &mut self.shutdown => {
                return self.end(End::Status(Error::ShuttingDown.into()));
            }
            more = self.feed.replay_page() => more,
        };
        match more {
            Ok(true) => {
                while self.out.len() < REPLAY_CHUNK_BYTES {
                    let Some(item) = self.feed.pop_ready() else {
                        break;
                    };
                    self.feed_item(item);
                }
            }
            Ok(false) => {
                self.phase = Phase::Serving;
                if let Some((ready, first_command)) = self.replay.take() {
                    self.frame(Frame::Ready(ready));
                    if let Some(command) = first_command {
                        self.command(command).await;
                    }
                }
            }
            Err(error) => self.end(End::Status(error.into())),
        }
    }

    /// Serves whichever comes first: shutdown, a command, a live event.
    async fn step(&mut self) {
        let armed = self.private_save_due.is_some();
        let expiring = self.expiry.is_some();
        tokio::select! {
            biased;
            () = &mut self.shutdown => self.end(End::Status(Error::ShuttingDown.into())),
            () = due(&mut self.expiry), if expiring => self.end(expired()),
            // Before commands and events, so a busy session still saves on
            // time; polled only while armed.
            () = due(&mut self.private_save_due), if armed => {
                self.private_save_due = None;
                self.save_private_cursors();
            }
            frame = self.inbound.message() => match frame {
                Ok(Some(request)) => self.commands(request).await,
                Ok(None) => self.end(End::Client),
                Err(status) => {
                    let end = self.broken(status);
                    self.end(end);
                }
            },
            item = self.feed.next() => match item {
                Ok(item) => {
                    self.feed_item(item);
                    self.drain_feed();
                }
                Err(error) => self.end(End::Status(error.into())),
            },
        }
    }

    /// Takes the events that are already waiting, up to [`PACK_BYTES`],
    /// without going round the select again: in a burst this is most
    /// deliveries, and it lets the connection write them in one go. The
    /// bound lets commands and shutdown still get their turn.
    fn drain_feed(&mut self) {
        while self.out.len() < PACK_BYTES {
            match self.feed.try_next() {
                Some(item) => self.feed_item(item),
                None => return,
            }
        }
    }

    /// How a session ends when the client's frames cannot be read: with
    /// that status (a frame over the size limit, say), so a client that is
    /// still there learns why.
    fn broken(&self, status: Status) -> End {
        tracing::debug!(user = %self.user, %status, "chat stream broke");
        End::Status(status)
    }

    /// Ends the session: a shutdown always tells the client to reconnect
    /// and resume, whichever way the session noticed it.
    fn end(&mut self, end: End) {
        let status = if self.shutdown.is_down() {
            Some(Error::ShuttingDown.into())
        } else {
            match end {
                End::Client => None,
                End::Status(status) => Some(status),
            }
        };
        self.end_status = status;
        self.phase = Phase::Ended;
        self.leave_hub();
    }

    /// Tells the hub the session is gone and saves where it stands in its
    /// private conversations. Runs once, at the end or when dropped.
    fn leave_hub(&mut self) {
        if !std::mem::take(&mut self.registered) {
            return;
        }
        self.core.hub.close_session(&self.user, &self.feed.rooms());
        self.save_private_cursors();
    }

    /// Arms the private cursor save, unless it is armed already.
    fn private_moved(&mut self) {
        if self.private_save_due.is_none() {
            self.private_save_due = Some(Box::pin(tokio::time::sleep(PRIVATE_CURSOR_SAVE_DELAY)));
        }
    }

    /// Saves where the session stands in its private conversations, in the
    /// background (the store only ever moves a saved cursor forwards).
    fn save_private_cursors(&self) {
        let cursors = self.feed.private_cursors(&self.user);
        if cursors.is_empty() {
            return;
        }
        let (store, user) = (self.core.store.clone(), self.user.clone());
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            let metrics = self.core.metrics.clone();
            runtime.spawn(async move {
                match store.save_private_cursors(&user, &cursors).await {
                    Ok(()) => Metrics::count(&metrics.private_cursor_saves),
                    Err(error) => tracing::warn!(%user, %error, "could not save private cursors"),
                }
            });
        }
    }

    /// Queues a frame for the client.
    fn frame(&mut self, frame: Frame) {
        codec::put_message(&mut self.out, &pb::ChatResponse { frame: Some(frame) });
    }

    /// Queues what the feed handed out. A batch of room events is already
    /// framed: its bytes are copied as they are.
    fn feed_item(&mut self, item: FeedItem) {
        let metrics = &self.core.metrics;
        let frame = match item {
            FeedItem::Events(batch, range) => {
                Metrics::add(&metrics.deliveries, range.len());
                self.out
                    .extend_from_slice(batch.chat_frames(range, convert::put_chat_event));
                return;
            }
            FeedItem::Event(event) => {
                Metrics::count(&metrics.deliveries);
                let frame = Frame::Event(convert::event_wire(&event));
                if matches!(event.conversation, ConversationKey::Private(..)) {
                    self.private_moved();
                }
                frame
            }
            FeedItem::Presence(change) => Frame::Presence(convert::presence_to_pb(&change)),
            FeedItem::PresenceSummary(summary) => {
                let frame = convert::chat_presence_summary(&summary);
                return self.put_shared(frame);
            }
            FeedItem::Signal(signal) => {
                if let Some(frame) = convert_reads::chat_room_signal(&self.user, &signal) {
                    return self.put_shared(frame);
                }
                convert_reads::signal_chat_frame(&self.user, &signal)
            }
        };
        self.frame(frame);
    }

    /// Queues a frame shared with other sessions, after what is queued.
    fn put_shared(&mut self, frame: Bytes) {
        if !self.out.is_empty() {
            let before = std::mem::take(&mut self.out).freeze();
            self.shared.push_back(before);
        }
        self.shared.push_back(frame);
    }

    /// Registers the session and follows its conversations from the
    /// cursors; returns the `ready` frame to send once the replay is out.
    async fn open(
        &mut self,
        (request_id, mut cursors, resumed): (String, Vec<pb::Cursor>, bool),
    ) -> Result<pb::Ready> {
        let store = self.core.store.clone();
        store.register_user(&self.user).await?;
        let (inbox, first_session) = self.core.hub.open_session(&self.user)?;
        self.registered = true;
        // What other nodes send this user reaches the inbox from here on.
        self.core
            .hub
            .follow_remote(Topic::User(self.user.clone()))
            .await;
        let rooms = store.rooms_of(&self.user).await?;
        if first_session {
            self.core.hub.announce_online(&self.user, &rooms);
        }
        // A resume with no cursors (a new device) replays what the user has
        // not read, a little of each room.
        if resumed && cursors.is_empty() {
            let (missed, skipped) = resume::missed_cursors(&self.core, &self.user, &rooms).await?;
            cursors = missed;
            for skipped in skipped {
                self.frame(Frame::UnreadSkipped(skipped));
            }
        }
        // Cursors that cannot be honoured: each gets an error frame, and
        // the rest of the resume goes on.
        let problems = resume::follow(
            &self.core,
            &self.actor,
            &mut self.feed,
            (&rooms, inbox),
            cursors,
        )
        .await?;
        for (conversation, problem) in problems {
            self.error_frame(request_id.clone(), conversation, &problem);
        }
        let unread = self.core.unread_of(&self.user, &rooms).await?;
        Ok(pb::Ready {
            rooms: rooms.iter().map(|r| r.to_string()).collect(),
            unread: unread
                .iter()
                .map(|(key, state)| convert_reads::unread_to_pb(&self.user, key, state))
                .collect(),
        })
    }

    /// Carries out `first` and the commands already waiting behind it, up
    /// to a batch. Consecutive sends are stored concurrently, so a client
    /// that pipelines its sends shares one group commit instead of waiting
    /// for one commit per message; answers keep the order of the frames.
    async fn commands(&mut self, first: ChatFrame) {
        let mut batch = vec![first];
        let mut client_done = None;
        while batch.len() < COMMAND_BATCH {
            match self.inbound.try_message() {
                Some(Ok(Some(request))) => batch.push(request),
                Some(Ok(None)) => {
                    client_done = Some(End::Client);
                    break;
                }
                Some(Err(status)) => {
                    client_done = Some(self.broken(status));
                    break;
                }
                None => break,
            }
        }
        let mut batch = batch.into_iter().peekable();
        while let Some(frame) = batch.next() {
            if self.phase == Phase::Ended {
                // A refresh for another user ended the session: what
                // follows it is not carried out.
                return;
            }
            let Ok(pb::ChatRequest {
                request_id,
                command: Some(PbCommand::Send(send)),
            }) = frame
            else {
                self.command(frame).await;
                continue;
            };
            let mut sends = vec![(request_id, send)];
            while let Some(Ok(pb::ChatRequest {
                command: Some(PbCommand::Send(_)),
                ..
            })) = batch.peek()
            {
                if let Some(Ok(pb::ChatRequest {
                    request_id,
                    command: Some(PbCommand::Send(send)),
                })) = batch.next()
                {
                    sends.push((request_id, send));
                }
            }
            let (request_ids, sends): (Vec<_>, Vec<_>) = sends.into_iter().unzip();
            let (core, user, peer) = (&self.core, &self.user, self.peer);
            let results =
                futures_util::future::join_all(sends.into_iter().map(|send| async move {
                    let post = convert::send_command(user, send, core.limits.max_text_bytes)?;
                    core.send(user, peer, post).await
                }))
                .await;
            for (request_id, result) in request_ids.into_iter().zip(results) {
                self.answer(request_id, result);
            }
        }
        if let Some(end) = client_done {
            if self.phase != Phase::Ended {
                self.end(end);
            }
        }
    }

    /// Carries out one command frame and queues its answer; a frame that
    /// could not be read is answered with why.
    async fn command(&mut self, frame: ChatFrame) {
        let request = match frame {
            Ok(request) => request,
            Err((request_id, error)) => return self.error_frame(request_id, None, &error),
        };
        let request_id = request.request_id;
        let result = match request.command {
            Some(PbCommand::Join(join)) => self.join(&join.room).await,
            Some(PbCommand::CreateRoom(create)) => self.create_room(create).await,
            Some(PbCommand::Leave(leave)) => self.leave(&leave.room).await,
            Some(PbCommand::Invite(r)) => self.invite(r).await,
            Some(PbCommand::Kick(r)) => self.kick(r).await,
            Some(PbCommand::Ban(r)) => self.ban(r).await,
            Some(PbCommand::Unban(r)) => self.unban(r).await,
            Some(PbCommand::SetTopic(r)) => self.set_topic(r).await,
            Some(PbCommand::SetRole(r)) => self.set_role(r).await,
            Some(PbCommand::Block(r)) => self.block(&r.user, true).await,
            Some(PbCommand::Unblock(r)) => self.block(&r.user, false).await,
            Some(PbCommand::Edit(r)) => self.edit(r).await,
            Some(PbCommand::Delete(r)) => self.delete(r).await,
            Some(PbCommand::React(r)) => self.react(r).await,
            Some(PbCommand::Send(send)) => {
                match convert::send_command(&self.user, send, self.core.limits.max_text_bytes) {
                    Ok(post) => self.core.send(&self.user, self.peer, post).await,
                    Err(error) => Err(error),
                }
            }
            Some(PbCommand::Resume(_)) => Err(Error::InvalidArgument(
                "resume is only accepted as the first frame of a session".into(),
            )),
            Some(PbCommand::Refresh(refresh)) => return self.refresh(request_id, &refresh.token),
            Some(PbCommand::MarkRead(request)) => return self.mark_read(request_id, request).await,
            Some(PbCommand::Typing(request)) => return self.typing(request_id, request).await,
            None => Err(Error::InvalidArgument(
                "the frame has no command: set one of join, create_room, leave, send, refresh, \
                 invite, kick, ban, unban, set_topic, set_role, block, unblock, edit, delete, \
                 react, mark_read, typing"
                    .into(),
            )),
        };
        self.answer(request_id, result);
    }

    /// Moves the read position; acked with the position after it
    /// (`duplicate` if it did not move). Nothing is stored in a log, so
    /// nothing is marked as the session's own.
    async fn mark_read(&mut self, request_id: String, request: pb::MarkReadRequest) {
        let result = async {
            let (key, seq) = convert_reads::mark_read_request(&self.user, request)?;
            let (position, moved) = self.core.mark_read(&self.actor, &key, seq).await?;
            Ok::<_, Error>((key, position, moved))
        }
        .await;
        match result {
            Ok((key, seq, moved)) => self.frame(Frame::Ack(pb::Ack {
                request_id,
                conversation: Some(convert::conversation_to_pb(&self.user, &key)),
                seq,
                duplicate: !moved,
            })),
            Err(error) => self.error_frame(request_id, None, &error),
        }
    }

    /// Says the user is typing; acked with no seq (`duplicate` if it was
    /// dropped by the once-a-second gate).
    async fn typing(&mut self, request_id: String, request: pb::SendTypingRequest) {
        let result = async {
            let key = convert_reads::typing_request(&self.user, request)?;
            let passed = self.core.typing(&self.actor, &key).await?;
            Ok::<_, Error>((key, passed))
        }
        .await;
        match result {
            Ok((key, passed)) => self.frame(Frame::Ack(pb::Ack {
                request_id,
                conversation: Some(convert::conversation_to_pb(&self.user, &key)),
                seq: 0,
                duplicate: passed.is_none(),
            })),
            Err(error) => self.error_frame(request_id, None, &error),
        }
    }

    /// Queues the ack or error for a command, marking a stored event as
    /// this session's own so the feed does not echo it back.
    fn answer(&mut self, request_id: String, result: Result<Applied>) {
        match result {
            Ok(applied) => {
                if !applied.unchanged {
                    self.feed
                        .mark_own(applied.conversation.clone(), applied.seq);
                    if matches!(applied.conversation, ConversationKey::Private(..)) {
                        self.private_moved();
                    }
                }
                let ack = convert::ack(&self.user, request_id, &applied);
                self.frame(Frame::Ack(ack));
            }
            Err(error) => self.error_frame(request_id, None, &error),
        }
    }

    /// A new token for this session's user moves its deadline and is
    /// acked; a bad token is answered with why and the old deadline
    /// stands; a token for another user is answered and ends the session.
    fn refresh(&mut self, request_id: String, token: &str) {
        let Some(verifier) = &self.verifier else {
            let error = Error::InvalidArgument(
                "this server is in open mode and takes no tokens: there is nothing to refresh"
                    .into(),
            );
            return self.error_frame(request_id, None, &error);
        };
        match verifier.verify(token) {
            Err(error) => self.error_frame(request_id, None, &error),
            Ok(identity) if identity.user != self.user => {
                let error = Error::Unauthenticated(format!(
                    "the refresh token is for {}, but this session is {}'s: a session \
                     cannot change its user",
                    identity.user, self.user
                ));
                self.error_frame(request_id, None, &error);
                self.end(End::Status(error.into()));
            }
            Ok(identity) => {
                self.expiry = Some(deadline(identity.expires));
                let ack = pb::Ack {
                    request_id,
                    ..pb::Ack::default()
                };
                self.frame(Frame::Ack(ack));
            }
        }
    }

    async fn join(&mut self, room: &str) -> Result<Applied> {
        let applied = self
            .core
            .join(&self.actor, self.peer, convert::room(room)?)
            .await?;
        self.follow_joined(&applied).await?;
        Ok(applied)
    }

    async fn create_room(&mut self, request: pb::CreateRoomRequest) -> Result<Applied> {
        let room = convert::room(&request.room)?;
        let applied = self
            .core
            .create_room(&self.actor, self.peer, room, request.private)
            .await?;
        self.follow_joined(&applied).await?;
        Ok(applied)
    }

    /// Follows a room this session just joined, from the join on (the join
    /// itself is acked), unless the session already follows it.
    async fn follow_joined(&mut self, applied: &Applied) -> Result<()> {
        if let ConversationKey::Room(room) = &applied.conversation {
            self.feed.follow_room(room, Some(applied.seq)).await?;
        }
        Ok(())
    }

    async fn invite(&mut self, request: pb::InviteRequest) -> Result<Applied> {
        let (room, target) = (convert::room(&request.room)?, convert::user(&request.user)?);
        self.core.invite(&self.actor, room, target).await
    }

    async fn kick(&mut self, request: pb::KickRequest) -> Result<Applied> {
        let (room, target) = (convert::room(&request.room)?, convert::user(&request.user)?);
        let reason = convert::reason(&request.reason)?;
        self.core.kick(&self.actor, room, target, reason).await
    }

    async fn ban(&mut self, request: pb::BanRequest) -> Result<Applied> {
        let (room, target) = (convert::room(&request.room)?, convert::user(&request.user)?);
        let reason = convert::reason(&request.reason)?;
        self.core.ban(&self.actor, room, target, reason).await
    }

    async fn unban(&mut self, request: pb::UnbanRequest) -> Result<Applied> {
        let (room, target) = (convert::room(&request.room)?, convert::user(&request.user)?);
        self.core.unban(&self.actor, room, target).await
    }

    async fn set_topic(&mut self, request: pb::SetTopicRequest) -> Result<Applied> {
        let (room, topic) = (
            convert::room(&request.room)?,
            convert::topic(&request.topic)?,
        );
        self.core.set_topic(&self.actor, room, topic).await
    }

    async fn set_role(&mut self, request: pb::SetRoleRequest) -> Result<Applied> {
        let (room, target) = (convert::room(&request.room)?, convert::user(&request.user)?);
        let role = convert::role(request.role)?;
        self.core.set_role(&self.actor, room, target, role).await
    }

    async fn block(&mut self, user: &str, blocked: bool) -> Result<Applied> {
        let target = convert::block_target(&self.user, user)?;
        self.core.block(&self.user, target, blocked).await
    }

    async fn leave(&mut self, room: &str) -> Result<Applied> {
        let applied = self.core.leave(&self.user, convert::room(room)?).await?;
        if let ConversationKey::Room(room) = &applied.conversation {
            self.feed.unfollow_room(room);
        }
        Ok(applied)
    }

    fn error_frame(
        &mut self,
        request_id: String,
        conversation: Option<pb::Conversation>,
        error: &Error,
    ) {
        let frame = pb::ChatError {
            request_id,
            conversation,
            code: error.code() as i32,
            message: error.to_string(),
        };
        self.frame(Frame::Error(frame));
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        // The client went away mid-stream: the hub must still be told.
        self.leave_hub();
    }
}

/// A timer that fires at `expires` (at once if that has passed).
fn deadline(expires: SystemTime) -> Pin<Box<Sleep>> {
    let left = expires
        .duration_since(SystemTime::now())
        .unwrap_or_default();
    Box::pin(tokio::time::sleep(left))
}

/// How a session whose token ran out ends.
fn expired() -> End {
    End::Status(Error::Unauthenticated(token::EXPIRED.into()).into())
}

/// Completes when the armed timer fires; never, when none is armed.
async fn due(timer: &mut Option<Pin<Box<Sleep>>>) {
    match timer {
        Some(timer) => timer.await,
        None => std::future::pending().await,
    }
}
