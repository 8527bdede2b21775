//! One Chat stream, driven frame by frame: commands sent with request ids,
//! and frames waited for (at most `WAIT` each).

use confab::{
    client,
    pb::{self, chat_request::Command, chat_response::Frame},
};
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tonic::Streaming;

use super::wire::{self, send_to_room, send_to_user};

/// One open Chat stream.
pub struct Session {
    pub user: String,
    /// Error frames that answered the resume frame (bad cursors).
    pub resume_errors: Vec<pb::ChatError>,
    /// Events replayed before `ready`, in the order they came.
    replayed: Vec<pb::Event>,
    /// On a resume without cursors: the rooms whose older unread events
    /// were left out, before `ready`.
    pub skipped: Vec<pb::UnreadSkipped>,
    /// The `ready` frame the session opened with.
    pub opened: pb::Ready,
    tx: mpsc::Sender<pb::ChatRequest>,
    inbound: Streaming<pb::ChatResponse>,
    next_id: u64,
}

impl Session {
    /// Opens a Chat session as `user` on the server at `address`
    /// (`host:port`), with a resume frame holding `cursors`, and waits for
    /// `ready`.
    pub async fn open(address: &str, user: &str, cursors: Vec<pb::Cursor>) -> Self {
        let client = client::connect(address, user).await.expect("connect");
        Self::open_on(client, user, cursors).await
    }

    /// The same on a server in jwt mode: the caller is `token`'s (`user`
    /// names it in failures).
    pub async fn open_with_token(
        address: &str,
        user: &str,
        token: &str,
        cursors: Vec<pb::Cursor>,
    ) -> Self {
        let client = client::connect_with_token(address, user, Some(token))
            .await
            .expect("connect");
        Self::open_on(client, user, cursors).await
    }

    /// Opens the session on `client`.
    async fn open_on(mut client: client::Client, user: &str, cursors: Vec<pb::Cursor>) -> Self {
        let (tx, rx) = mpsc::channel(64);
        tx.send(pb::ChatRequest {
            request_id: "resume".into(),
            command: Some(Command::Resume(pb::ResumeCommand { cursors })),
        })
        .await
        .expect("queue resume");
        let inbound = client
            .chat(ReceiverStream::new(rx))
            .await
            .expect("open chat")
            .into_inner();
        let mut session = Session {
            resume_errors: Vec::new(),
            replayed: Vec::new(),
            skipped: Vec::new(),
            opened: pb::Ready::default(),
            user: user.into(),
            tx,
            inbound,
            next_id: 0,
        };
        session.opened = session.ready().await;
        session
    }

    /// The next frame, failing the test if none comes in time.
    pub async fn frame(&mut self) -> Frame {
        match wire::next(&mut self.inbound, &self.user).await {
            Ok(Some(response)) => response.frame.expect("frame set"),
            Ok(None) => panic!("{}: stream ended", self.user),
            Err(status) => panic!("{}: stream failed: {status:?}", self.user),
        }
    }

    /// The next frame that is not a presence change.
    pub async fn frame_skipping_presence(&mut self) -> Frame {
        loop {
            match self.frame().await {
                Frame::Presence(_) => continue,
                other => return other,
            }
        }
    }

    /// The next event, skipping presence; fails on any other frame.
    pub async fn event(&mut self) -> pb::Event {
        match self.frame_skipping_presence().await {
            Frame::Event(event) => event,
            other => panic!("{}: expected an event, got {other:?}", self.user),
        }
    }

    /// The next presence change; fails on any other frame.
    pub async fn presence(&mut self) -> pb::Presence {
        match self.frame().await {
            Frame::Presence(presence) => presence,
            other => panic!("{}: expected presence, got {other:?}", self.user),
        }
    }

    async fn ready(&mut self) -> pb::Ready {
        loop {
            match self.frame().await {
                Frame::Ready(ready) => return ready,
                Frame::Error(error) => self.resume_errors.push(error),
                Frame::Event(event) => self.replayed.push(event),
                Frame::UnreadSkipped(skipped) => self.skipped.push(skipped),
                other => panic!("{}: expected ready, got {other:?}", self.user),
            }
        }
    }

    /// Takes the events replayed before `ready`.
    pub fn take_replayed(&mut self) -> Vec<pb::Event> {
        std::mem::take(&mut self.replayed)
    }

    /// Sends a command frame and returns its request id.
    pub async fn command(&mut self, command: Command) -> String {
        self.next_id += 1;
        let request_id = format!("{}-{}", self.user, self.next_id);
        self.tx
            .send(pb::ChatRequest {
                request_id: request_id.clone(),
                command: Some(command),
            })
            .await
            .expect("send frame");
        request_id
    }

    /// Sends a command and waits for its ack (events in between are
    /// returned so nothing is lost to the test).
    pub async fn command_acked(&mut self, command: Command) -> (pb::Ack, Vec<Frame>) {
        let id = self.command(command).await;
        let mut before = Vec::new();
        loop {
            match self.frame().await {
                Frame::Ack(ack) if ack.request_id == id => return (ack, before),
                Frame::Error(error) if error.request_id == id => {
                    panic!("{}: command failed: {error:?}", self.user)
                }
                other => before.push(other),
            }
        }
    }

    /// Sends a command and waits for its error frame.
    pub async fn command_failed(&mut self, command: Command) -> pb::ChatError {
        let id = self.command(command).await;
        loop {
            match self.frame().await {
                Frame::Error(error) if error.request_id == id => return error,
                Frame::Ack(ack) if ack.request_id == id => {
                    panic!("{}: command unexpectedly succeeded: {ack:?}", self.user)
                }
                _ => continue,
            }
        }
    }

    /// Joins a room through the session; returns the ack.
    pub async fn join(&mut self, room: &str) -> pb::Ack {
        self.command_acked(Command::Join(pb::JoinRequest { room: room.into() }))
            .await
            .0
    }

    /// Sends a room message through the session; returns its seq.
    pub async fn say(&mut self, room: &str, text: &str) -> u64 {
        self.command_acked(Command::Send(send_to_room(room, text)))
            .await
            .0
            .seq
    }

    /// Sends a private message through the session; returns its seq.
    pub async fn whisper(&mut self, to: &str, text: &str) -> u64 {
        self.command_acked(Command::Send(send_to_user(to, text)))
            .await
            .0
            .seq
    }

    /// Half-closes the request stream and waits for the server to end the
    /// response stream; returns the frames that came before the end.
    pub async fn close(self) -> Vec<Frame> {
        let Session {
            tx,
            mut inbound,
            user,
            ..
        } = self;
        drop(tx);
        let mut rest = Vec::new();
        loop {
            match wire::next(&mut inbound, &user).await {
                Ok(Some(response)) => rest.extend(response.frame),
                Ok(None) => return rest,
                Err(status) => panic!("{user}: stream failed: {status:?}"),
            }
        }
    }

    /// Waits for the stream to end with an error status.
    pub async fn ends_with(mut self) -> tonic::Status {
        wire::status_at_end(&mut self.inbound, &self.user).await
    }
}
