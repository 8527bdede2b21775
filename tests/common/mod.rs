//! Test support: a confab server started in-process on an ephemeral
//! loopback port, and Chat sessions driven frame by frame.
//!
//! Waits are bounded by `WAIT` so that a missing frame fails the test
//! instead of hanging it; nothing here sleeps to synchronise.

#![allow(dead_code)]

use std::{net::SocketAddr, time::Duration};

use confab::{
    client::{self, Client},
    pb::{self, chat_request::Command, chat_response::Frame},
    server,
    server::ServerConfig,
};
use tokio::{
    sync::{mpsc, oneshot},
    task::JoinHandle,
};
use tokio_stream::wrappers::ReceiverStream;
use tonic::{Code, Streaming};

/// How long a test waits for something that should arrive.
pub const WAIT: Duration = Duration::from_secs(20);

/// A server running in this process.
pub struct TestServer {
    pub addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    handle: Option<JoinHandle<Result<(), server::ServerError>>>,
    /// The database's folder, removed when the server is dropped.
    data: Option<tempfile::TempDir>,
}

/// The store URL of a SQLite database in `dir`.
pub fn sqlite_url(dir: &tempfile::TempDir) -> String {
    format!("sqlite://{}", dir.path().join("confab.db").display())
}

impl TestServer {
    /// Starts a server with the default configuration, on the default
    /// store (SQLite) in a fresh temporary folder; `CONFAB_TEST_STORE=memory`
    /// runs the same tests on the memory store.
    pub async fn start() -> Self {
        Self::start_with(|_| {}).await
    }

    /// Starts a server after `configure` adjusts its configuration.
    pub async fn start_with(configure: impl FnOnce(&mut ServerConfig)) -> Self {
        let data = tempfile::tempdir().expect("temporary folder");
        let mut config = ServerConfig::for_address("127.0.0.1:0".parse().expect("address"));
        config.store = match std::env::var("CONFAB_TEST_STORE").as_deref() {
            Ok("memory") => "memory".into(),
            _ => sqlite_url(&data),
        };
        configure(&mut config);
        let mut server = Self::start_config(config).await;
        server.data = Some(data);
        server
    }

    /// Starts a server with exactly this configuration, on an ephemeral
    /// loopback port.
    pub async fn start_config(mut config: ServerConfig) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("local addr");
        config.listen = addr;
        let (stop, stopped) = oneshot::channel::<()>();
        let handle = tokio::spawn(server::serve(config, listener, async {
            let _ = stopped.await;
        }));
        Self {
            addr,
            stop: Some(stop),
            handle: Some(handle),
            data: None,
        }
    }

    /// A client calling as `user`.
    pub async fn client(&self, user: &str) -> Client {
        client::connect(&self.addr.to_string(), user)
            .await
            .expect("connect")
    }

    /// A client that names no caller.
    pub async fn anonymous_client(
        &self,
    ) -> pb::chat_service_client::ChatServiceClient<tonic::transport::Channel> {
        let channel = tonic::transport::Endpoint::from_shared(format!("http://{}", self.addr))
            .expect("address")
            .connect()
            .await
            .expect("connect");
        pb::chat_service_client::ChatServiceClient::new(channel)
    }

    /// Opens a Chat session as `user` with a resume frame holding `cursors`,
    /// and waits for `ready`.
    pub async fn session_from(&self, user: &str, cursors: Vec<pb::Cursor>) -> Session {
        let mut client = self.client(user).await;
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
            user: user.into(),
            tx,
            inbound,
            next_id: 0,
        };
        session.ready().await;
        session
    }

    /// Opens a live Chat session as `user` (no replay).
    pub async fn session(&self, user: &str) -> Session {
        self.session_from(user, Vec::new()).await
    }

    /// Triggers shutdown and waits for the server to finish.
    pub async fn shutdown(mut self) -> Result<(), server::ServerError> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let handle = self.handle.take().expect("running");
        tokio::time::timeout(WAIT, handle)
            .await
            .expect("server did not shut down in time")
            .expect("server task panicked")
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// One open Chat stream.
pub struct Session {
    pub user: String,
    /// Error frames that answered the resume frame (bad cursors).
    pub resume_errors: Vec<pb::ChatError>,
    /// Events replayed before `ready`, in the order they came.
    replayed: Vec<pb::Event>,
    tx: mpsc::Sender<pb::ChatRequest>,
    inbound: Streaming<pb::ChatResponse>,
    next_id: u64,
}

impl Session {
    /// The next frame, failing the test if none comes in time.
    pub async fn frame(&mut self) -> Frame {
        let next = tokio::time::timeout(WAIT, self.inbound.message())
            .await
            .unwrap_or_else(|_| panic!("{}: no frame within {WAIT:?}", self.user));
        match next {
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
            let next = tokio::time::timeout(WAIT, inbound.message())
                .await
                .unwrap_or_else(|_| panic!("{user}: stream did not end"));
            match next {
                Ok(Some(response)) => rest.extend(response.frame),
                Ok(None) => return rest,
                Err(status) => panic!("{user}: stream failed: {status:?}"),
            }
        }
    }

    /// Waits for the stream to end with an error status.
    pub async fn ends_with(mut self) -> tonic::Status {
        loop {
            let next = tokio::time::timeout(WAIT, self.inbound.message())
                .await
                .unwrap_or_else(|_| panic!("{}: stream did not end", self.user));
            match next {
                Ok(Some(_)) => continue,
                Ok(None) => panic!("{}: stream ended without an error", self.user),
                Err(status) => return status,
            }
        }
    }
}

/// A SendMessage request to a room.
pub fn send_to_room(room: &str, text: &str) -> pb::SendMessageRequest {
    pb::SendMessageRequest {
        target: Some(pb::send_message_request::Target::Room(room.into())),
        text: text.into(),
        client_message_id: String::new(),
    }
}

/// A private SendMessage request.
pub fn send_to_user(to: &str, text: &str) -> pb::SendMessageRequest {
    pb::SendMessageRequest {
        target: Some(pb::send_message_request::Target::ToUser(to.into())),
        text: text.into(),
        client_message_id: String::new(),
    }
}

/// A cursor for a room.
pub fn room_cursor(room: &str, after_seq: Option<u64>) -> pb::Cursor {
    pb::Cursor {
        conversation: Some(pb::Conversation {
            kind: Some(pb::conversation::Kind::Room(room.into())),
        }),
        after_seq,
    }
}

/// The text of a message event, or None for other events.
pub fn text_of(event: &pb::Event) -> Option<&str> {
    match &event.kind {
        Some(pb::event::Kind::Message(message)) => Some(&message.text),
        _ => None,
    }
}

/// Asserts that a result failed with `code`.
#[track_caller]
pub fn assert_code<T: std::fmt::Debug>(
    result: Result<T, tonic::Status>,
    code: Code,
) -> tonic::Status {
    match result {
        Ok(value) => panic!("expected {code:?}, got Ok({value:?})"),
        Err(status) => {
            assert_eq!(status.code(), code, "unexpected status: {status:?}");
            status
        }
    }
}

/// Joins `room` as `user` with a unary call.
pub async fn join(server: &TestServer, user: &str, room: &str) -> pb::JoinResponse {
    server
        .client(user)
        .await
        .join(pb::JoinRequest { room: room.into() })
        .await
        .expect("join")
        .into_inner()
}

/// A codec that sends requests as the bytes given, unchecked, and decodes
/// answers as `T`: for requests no generated client would build.
#[derive(Debug, Clone, Default)]
pub struct RawCodec<T>(std::marker::PhantomData<T>);

/// Encodes bytes as they are.
#[derive(Debug, Clone, Default)]
pub struct RawEncoder;

impl tonic::codec::Encoder for RawEncoder {
    type Item = Vec<u8>;
    type Error = tonic::Status;

    fn encode(
        &mut self,
        item: Vec<u8>,
        dst: &mut tonic::codec::EncodeBuf<'_>,
    ) -> Result<(), tonic::Status> {
        bytes::BufMut::put_slice(dst, &item);
        Ok(())
    }
}

impl<T: prost::Message + Default + Send + 'static> tonic::codec::Codec for RawCodec<T> {
    type Encode = Vec<u8>;
    type Decode = T;
    type Encoder = RawEncoder;
    type Decoder = tonic_prost::ProstDecoder<T>;

    fn encoder(&mut self) -> RawEncoder {
        RawEncoder
    }

    fn decoder(&mut self) -> Self::Decoder {
        tonic_prost::ProstCodec::<Vec<u8>, T>::raw_decoder(Default::default())
    }
}

/// `message` encoded, with the bytes of `marker` (which it must contain
/// once) replaced by as many bytes that are not UTF-8.
pub fn encoded_with_bad_utf8(message: &impl prost::Message, marker: &str) -> Vec<u8> {
    let mut bytes = message.encode_to_vec();
    let at = bytes
        .windows(marker.len())
        .position(|w| w == marker.as_bytes())
        .expect("the marker is in the message");
    bytes[at..at + marker.len()].fill(0xff);
    bytes
}

impl TestServer {
    /// A raw gRPC client on a new connection, for hand-made request bytes.
    pub async fn raw_client(&self) -> tonic::client::Grpc<tonic::transport::Channel> {
        let channel = tonic::transport::Endpoint::from_shared(format!("http://{}", self.addr))
            .expect("address")
            .connect()
            .await
            .expect("connect");
        tonic::client::Grpc::new(channel)
    }
}

/// A request as `user`, in open mode.
pub fn as_user<T>(user: &str, message: T) -> tonic::Request<T> {
    let mut request = tonic::Request::new(message);
    request
        .metadata_mut()
        .insert("x-confab-user", user.parse().expect("a header value"));
    request
}
