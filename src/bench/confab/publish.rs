//! confab publishers: what one sends ([`Plan`]), and the two ways it
//! sends, concurrent unary SendMessage calls ([`unary`]) or `send` frames
//! pipelined on a Chat stream ([`chat`]). Either way at most `window` are
//! unanswered; as-fast-as-possible publishers work in rounds of `window`
//! (like the NATS publishers' publish-then-flush), paced ones send at
//! their times.

use std::{
    sync::{atomic::Ordering, Arc},
    time::{Duration, Instant},
};

use futures_util::{stream::FuturesUnordered, StreamExt};
use tokio::sync::Semaphore;

use super::{
    stream::{self, ChatStream},
    typing::TypingLedger,
};
use crate::{
    bench::{
        fail,
        measure::Progress,
        track::{self, LatencyBuffer},
        Load, PublishMode, Result,
    },
    client::{self, Client},
    pb::{self, chat_request::Command as ChatCommand, chat_response::Frame},
};

/// A publisher's connection, ready to send.
pub(super) enum Sender {
    /// For unary SendMessage calls.
    Unary(Client),
    /// A Chat stream, resumed.
    Chat(Box<ChatStream>),
}

impl Sender {
    /// Connects as `user`, the way `load` says publishers send.
    pub(super) async fn connect(address: &str, user: &str, load: &Load) -> Result<Self> {
        Ok(match load.publish {
            PublishMode::Unary => {
                Self::Unary(client::connect(address, user).await.map_err(|e| {
                    fail(format!("{user}: cannot connect"))(client::error_chain(&e))
                })?)
            }
            PublishMode::Chat => Self::Chat(Box::new(
                stream::open(address, user, load.window + 1).await?,
            )),
        })
    }

    /// Sends what `plan` says.
    pub(super) async fn send(self, plan: Plan, progress: Arc<Progress>) {
        match self {
            Self::Unary(client) => unary(client, plan, progress).await,
            Self::Chat(stream) => chat(*stream, plan, progress).await,
        }
    }
}

/// What one publisher sends.
pub(super) struct Plan {
    /// The room it sends to.
    pub(super) room: String,
    /// Its number in its room (in the stamp).
    pub(super) publisher: usize,
    /// How many messages it sends.
    pub(super) messages: usize,
    /// Their size, bytes.
    pub(super) size: usize,
    /// Sends it keeps unanswered at most.
    pub(super) window: usize,
    /// Paced: when message 0 is due, and the interval.
    pub(super) due: Option<(Instant, Duration)>,
    /// Whether finishing is what the run waits for (no subscribers, or
    /// typing).
    pub(super) done_is_work: bool,
    /// Typing signals instead of messages (unary only): the publisher's
    /// user, and where it notes the signals passed on.
    pub(super) typist: Option<(String, Arc<TypingLedger>)>,
}

impl Plan {
    fn due(&self, counter: usize) -> Option<Instant> {
        self.due
            .map(|(first, interval)| first + interval.mul_f64(counter as f64))
    }

    /// Whether send `counter` starts a new round: as-fast-as-possible
    /// publishers wait for every answer of the last round first.
    fn new_round(&self, counter: usize) -> bool {
        self.due.is_none() && counter > 0 && counter.is_multiple_of(self.window)
    }

    fn request(&self, counter: usize, sent_ns: u64) -> pb::SendMessageRequest {
        pb::SendMessageRequest {
            target: Some(pb::send_message_request::Target::Room(self.room.clone())),
            text: track::payload(sent_ns, self.publisher, counter, self.size),
            client_message_id: String::new(),
            reply_to_seq: None,
        }
    }
}

/// A unary answer: whether the send counts (a typing signal the server
/// dropped does not), and when it was sent.
type UnaryAnswer = (std::result::Result<bool, tonic::Status>, u64);

/// One unary send of `plan`: a message, or a typing signal in its room.
async fn unary_send(mut client: Client, plan: &Plan, counter: usize, sent_ns: u64) -> UnaryAnswer {
    let answer = if let Some((typist, ledger)) = &plan.typist {
        let request = pb::SendTypingRequest {
            conversation: Some(pb::Conversation {
                kind: Some(pb::conversation::Kind::Room(plan.room.clone())),
            }),
        };
        client.send_typing(request).await.map(|response| {
            let response = response.into_inner();
            if response.passed_on {
                ledger.passed(typist, response.expires_at.as_ref());
            }
            response.passed_on
        })
    } else {
        let request = plan.request(counter, sent_ns);
        client.send_message(request).await.map(|_| true)
    };
    (answer, sent_ns)
}

/// Sends with concurrent unary calls, at most `window` unanswered.
async fn unary(client: Client, plan: Plan, progress: Arc<Progress>) {
    let mut acks = LatencyBuffer::new(progress.ack_latencies.clone());
    let mut in_flight = FuturesUnordered::new();
    let settle = |(answer, sent_ns): UnaryAnswer, acks: &mut LatencyBuffer| match answer {
        Ok(counts) => {
            acks.record(sent_ns);
            if counts {
                progress.sends.fetch_add(1, Ordering::Relaxed);
            }
        }
        Err(status) => {
            progress.error(format!("send failed: {status}"));
            progress.send_errors.fetch_add(1, Ordering::Relaxed);
        }
    };
    for counter in 0..plan.messages {
        let limit = if plan.new_round(counter) {
            1
        } else {
            plan.window
        };
        while in_flight.len() >= limit {
            if let Some(answer) = in_flight.next().await {
                settle(answer, &mut acks);
            }
        }
        let sent_ns = match plan.due(counter) {
            Some(due) => {
                let sleep = tokio::time::sleep_until(due.into());
                tokio::pin!(sleep);
                loop {
                    tokio::select! {
                        () = &mut sleep => break,
                        Some(answer) = in_flight.next(), if !in_flight.is_empty() => settle(answer, &mut acks),
                    }
                }
                track::ns_at(due)
            }
            None => track::now_ns(),
        };
        let client = client.clone();
        let plan = &plan;
        in_flight.push(async move { unary_send(client, plan, counter, sent_ns).await });
    }
    while let Some(answer) = in_flight.next().await {
        settle(answer, &mut acks);
    }
    if plan.done_is_work {
        progress.worker_done();
    }
}

/// Pipelines `send` frames on a Chat stream, at most `window` unacked.
async fn chat(stream: ChatStream, plan: Plan, progress: Arc<Progress>) {
    let ChatStream {
        _client,
        requests,
        mut inbound,
    } = stream;
    let window = Arc::new(Semaphore::new(plan.window));
    let total = plan.messages;
    let reader = {
        let window = window.clone();
        let progress = progress.clone();
        tokio::spawn(async move {
            let mut acks = LatencyBuffer::new(progress.ack_latencies.clone());
            let mut answered = 0;
            while answered < total {
                match inbound.message().await {
                    Ok(Some(response)) => match response.frame {
                        Some(Frame::Ack(ack)) => {
                            answered += 1;
                            if let Ok(sent_ns) = ack.request_id.parse() {
                                acks.record(sent_ns);
                            }
                            progress.sends.fetch_add(1, Ordering::Relaxed);
                            window.add_permits(1);
                        }
                        Some(Frame::Error(error)) => {
                            answered += 1;
                            progress.error(format!("send failed: {}", error.message));
                            progress.send_errors.fetch_add(1, Ordering::Relaxed);
                            window.add_permits(1);
                        }
                        _ => {}
                    },
                    Ok(None) | Err(_) => {
                        progress.error("a publisher's Chat stream ended".into());
                        progress.broken.fetch_add(1, Ordering::Relaxed);
                        window.close();
                        break;
                    }
                }
            }
        })
    };
    let window_permits = u32::try_from(plan.window).unwrap_or(u32::MAX);
    for counter in 0..total {
        if plan.new_round(counter) {
            // Every send of the last round answered: all permits back.
            if window.acquire_many(window_permits).await.is_err() {
                break;
            }
        }
        let Ok(permit) = window.acquire().await else {
            break;
        };
        permit.forget();
        let sent_ns = match plan.due(counter) {
            Some(due) => {
                tokio::time::sleep_until(due.into()).await;
                track::ns_at(due)
            }
            None => track::now_ns(),
        };
        let frame = pb::ChatRequest {
            request_id: sent_ns.to_string(),
            command: Some(ChatCommand::Send(plan.request(counter, sent_ns))),
        };
        if requests.send(frame).await.is_err() {
            break;
        }
    }
    let _ = reader.await;
    drop(requests);
    if plan.done_is_work {
        progress.worker_done();
    }
}
