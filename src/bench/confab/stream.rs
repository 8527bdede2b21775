//! Connections to confab for the bench: a set-up connection that acts as
//! any user, a Chat stream opened and resumed to `ready`, and a
//! subscriber's reading of its stream (every room message stamped,
//! tracked and timed; or, typing, every typing frame from its room
//! counted).

use std::sync::{atomic::Ordering, Arc};

use tokio::sync::{mpsc, watch};
use tokio_stream::wrappers::ReceiverStream;
use tonic::{
    transport::{Channel, Endpoint},
    Streaming,
};

use super::typing::TypingView;
use crate::{
    bench::{
        fail,
        measure::Progress,
        track::{self, LatencyBuffer, Tracker},
        BenchError, Result,
    },
    client::{self, Client, UserHeader},
    pb::{
        self, chat_request::Command as ChatCommand, chat_response::Frame,
        chat_service_client::ChatServiceClient, event::Kind,
    },
};

/// A set-up connection that can act as any user.
pub(super) async fn admin_channel(address: &str) -> Result<Channel> {
    Endpoint::from_shared(client::server_uri(address))
        .map_err(|e| fail("bad server address")(e.to_string()))?
        .connect_timeout(client::CONNECT_TIMEOUT)
        .connect()
        .await
        .map_err(|e| fail(format!("cannot reach confab at {address}"))(e.to_string()))
}

/// A client acting as `user` on a shared channel.
pub(super) fn as_user(channel: &Channel, user: &str) -> Result<Client> {
    let header =
        UserHeader::new(user).map_err(|_| BenchError(format!("bad user name {user:?}")))?;
    Ok(ChatServiceClient::with_interceptor(channel.clone(), header))
}

/// One open Chat stream: its client (the connection), the request side
/// and the response stream.
pub(super) struct ChatStream {
    pub(super) _client: Client,
    pub(super) requests: mpsc::Sender<pb::ChatRequest>,
    pub(super) inbound: Streaming<pb::ChatResponse>,
}

/// Connects as `user` on a connection of its own, opens a Chat stream
/// with `resume {}` and waits for `ready`; `queue` requests can wait to be
/// sent.
pub(super) async fn open(address: &str, user: &str, queue: usize) -> Result<ChatStream> {
    let mut client = client::connect(address, user)
        .await
        .map_err(|e| fail(format!("{user}: cannot connect"))(client::error_chain(&e)))?;
    let (requests, rx) = mpsc::channel(queue.max(1));
    let resume = pb::ChatRequest {
        request_id: "resume".into(),
        command: Some(ChatCommand::Resume(pb::ResumeCommand::default())),
    };
    requests
        .send(resume)
        .await
        .map_err(|_| BenchError("request queue closed".into()))?;
    let mut inbound = client
        .chat(ReceiverStream::new(rx))
        .await
        .map_err(|s| fail(format!("{user}: cannot open a Chat session"))(s.to_string()))?
        .into_inner();
    loop {
        match inbound.message().await {
            Ok(Some(pb::ChatResponse {
                frame: Some(Frame::Ready(_)),
            })) => break,
            Ok(Some(_)) => continue,
            Ok(None) => return Err(BenchError(format!("{user}: session ended before ready"))),
            Err(s) => {
                return Err(fail(format!("{user}: session failed before ready"))(
                    s.to_string(),
                ))
            }
        }
    }
    Ok(ChatStream {
        _client: client,
        requests,
        inbound,
    })
}

/// Reads one subscriber's stream until told to stop. With `typing` it
/// notes the typing from its room, alone or in the room's presence
/// summaries, in its view (see [`super::typing`]; the publishers, not the
/// subscribers, are then the run's workers), and counts each frame or
/// summary entry that was news as a delivery.
pub(super) async fn receive(
    mut stream: ChatStream,
    room: String,
    mut tracker: Tracker,
    progress: Arc<Progress>,
    mut stopped: watch::Receiver<bool>,
    typing: Option<Arc<TypingView>>,
) -> Tracker {
    let mut latencies = LatencyBuffer::new(progress.latencies.clone());
    let mut done = typing.is_some() || tracker.complete();
    if done && typing.is_none() {
        progress.worker_done();
    }
    loop {
        let frame = tokio::select! {
            biased;
            _ = stopped.changed() => break,
            frame = stream.inbound.message() => frame,
        };
        let event = match frame {
            Ok(Some(pb::ChatResponse {
                frame: Some(Frame::Event(event)),
            })) => event,
            Ok(Some(pb::ChatResponse {
                frame: Some(Frame::Typing(signal)),
            })) if typing.is_some() => {
                note_typing(
                    typing.as_deref(),
                    &room,
                    vec![signal],
                    &mut tracker,
                    &progress,
                );
                continue;
            }
            Ok(Some(pb::ChatResponse {
                frame: Some(Frame::PresenceSummary(summary)),
            })) if typing.is_some() => {
                note_typing(
                    typing.as_deref(),
                    &room,
                    summary.typing,
                    &mut tracker,
                    &progress,
                );
                continue;
            }
            Ok(Some(_)) => continue,
            Ok(None) | Err(_) => {
                let why = match frame {
                    Err(status) => format!("a subscriber stream failed: {status}"),
                    _ => "a subscriber stream ended".into(),
                };
                progress.error(why);
                progress.broken.fetch_add(1, Ordering::Relaxed);
                break;
            }
        };
        let Some(Kind::Message(message)) = &event.kind else {
            continue;
        };
        let Some(stamp) = track::parse(message.text.as_bytes()).filter(|_| event.room == room)
        else {
            tracker.foreign += 1;
            continue;
        };
        latencies.record(stamp.sent_ns);
        progress.deliveries.fetch_add(1, Ordering::Relaxed);
        if tracker.record(stamp, event.seq) && !done {
            done = true;
            progress.worker_done();
        }
    }
    drop(stream.requests);
    tracker
}

/// Notes typing frames (alone or from a summary) in a subscriber's view:
/// each from its room that was news is a delivery, any other is foreign.
fn note_typing(
    view: Option<&TypingView>,
    room: &str,
    signals: Vec<pb::Typing>,
    tracker: &mut Tracker,
    progress: &Progress,
) {
    for signal in signals {
        let kind = signal.conversation.as_ref().and_then(|c| c.kind.as_ref());
        if !matches!(kind, Some(pb::conversation::Kind::Room(r)) if r == room) {
            tracker.foreign += 1;
        } else if view.is_some_and(|view| view.saw(&signal)) {
            tracker.deliveries += 1;
            progress.deliveries.fetch_add(1, Ordering::Relaxed);
        }
    }
}
