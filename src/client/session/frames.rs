//! What each frame from the server does to a session: events move the
//! cursors (duplicates and the session's own events are dropped), acks and
//! errors answer pending commands, `ready` prunes and rewinds cursors and
//! lets the queued commands go. Also the frames the session sends.

use std::collections::BTreeSet;

use tonic::Code;

use super::{
    task::{Pending, Stream, Task},
    Command, Moved, Update,
};
use crate::{
    client::cursors::{ConversationId, Seen},
    pb::{self, chat_request, chat_response::Frame},
};

impl Task {
    /// Handles one frame of the current stream.
    pub(super) async fn frame(&mut self, stream: &mut Stream, frame: Frame) {
        match frame {
            Frame::Event(event) => self.event(stream, event).await,
            Frame::Presence(presence) => self.emit(Update::Presence(presence)).await,
            Frame::Typing(typing) => self.emit(Update::Typing(typing)).await,
            Frame::ReadMarker(marker) => self.emit(Update::ReadMarker(marker)).await,
            Frame::UnreadSkipped(skipped) => self.emit(Update::UnreadSkipped(skipped)).await,
            Frame::PresenceSummary(summary) => {
                // A big room's coalesced presence and typing: shown like
                // single changes.
                for typing in summary.typing {
                    self.emit(Update::Typing(typing)).await;
                }
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
            Frame::Ready(ready) => self.ready(stream, ready).await,
            Frame::Error(error) if error.request_id == stream.resume_id => {
                match Code::from_i32(error.code) {
                    // A room left meanwhile: dropped when `ready` comes.
                    Code::FailedPrecondition => {}
                    Code::OutOfRange => {
                        let conversation = error
                            .conversation
                            .as_ref()
                            .and_then(ConversationId::from_pb);
                        stream.ahead.push(conversation);
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
                let conversation = ack.conversation.as_ref().and_then(ConversationId::from_pb);
                let event = self.acked(&pending.command, &ack);
                let moved = conversation.map(|conversation| self.moved(conversation));
                self.emit(Update::Acked {
                    id,
                    command: pending.command,
                    ack,
                    event,
                    moved,
                })
                .await;
            }
        }
    }

    /// Where a conversation's cursor is now.
    fn moved(&self, conversation: ConversationId) -> Moved {
        let position = self.cursors.position(&conversation);
        Moved {
            conversation,
            position,
        }
    }

    async fn event(&mut self, stream: &mut Stream, event: pb::Event) {
        let me = &self.options.user;
        let conversation = ConversationId::of_event(&event, me);
        if self.cursors.event(conversation.clone(), event.seq) != Seen::New {
            return;
        }
        if crate::client::render::removes(&event, me) {
            // Left in another session, or kicked or banned: the server
            // stops sending this room, so it must not be resumed.
            self.cursors.remove(&conversation);
        }
        if !stream.ready {
            stream.replayed += 1;
        }
        let moved = self.moved(conversation);
        self.emit(Update::Event { event, moved }).await;
    }

    async fn ready(&mut self, stream: &mut Stream, ready: pb::Ready) {
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
        let ahead = std::mem::take(&mut stream.ahead);
        if !ahead.is_empty() {
            let named: Vec<ConversationId> = if ahead.iter().any(Option::is_none) {
                self.cursors.iter().map(|(c, _)| c.clone()).collect()
            } else {
                ahead.into_iter().flatten().collect()
            };
            for conversation in named {
                self.rewind(&mut stream.client, &conversation).await;
            }
        }
        stream.ready = true;
        self.emit(Update::Ready {
            rooms: ready.rooms,
            replayed: stream.replayed,
            reconnected: self.streams > 1,
            positions: self.cursors.positions(),
        })
        .await;
        self.flush(stream);
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
        let (room, recipient, kind) = match command {
            Command::Join { room } | Command::Create { room, .. } => {
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
            Command::Moderate(moderation) => {
                let event = moderation.event()?;
                let room = match &conversation {
                    ConversationId::Room(room) => room.clone(),
                    ConversationId::Peer(_) => return None,
                };
                if ack.duplicate || !self.cursors.own(conversation, ack.seq, false) {
                    return None;
                }
                let now = std::time::SystemTime::now();
                return Some(pb::Event {
                    room,
                    seq: ack.seq,
                    sender: self.options.user.clone(),
                    time: Some(prost_types::Timestamp::from(now)),
                    ..event
                });
            }
        };
        let now = std::time::SystemTime::now();
        Some(pb::Event {
            room,
            seq: ack.seq,
            sender: self.options.user.clone(),
            recipient,
            time: Some(prost_types::Timestamp::from(now)),
            kind: Some(kind),
            ..Default::default()
        })
    }

    /// After a cursor was refused as ahead of its conversation (the server
    /// lost events, e.g. a memory store restarted), moves it back to what
    /// the server holds.
    async fn rewind(&mut self, client: &mut crate::client::Client, conversation: &ConversationId) {
        let request = pb::HistoryRequest {
            conversation: Some(conversation.to_pb()),
            after_seq: None,
            before_seq: None,
            limit: 1,
            apply_edits: false,
        };
        if let Ok(page) = client.history(request).await {
            self.cursors
                .rewind(conversation, page.into_inner().last_seq);
        }
    }
}

/// The Chat frame for a command.
pub(super) fn request(id: u64, command: &Command, token: &str) -> pb::ChatRequest {
    use chat_request::Command as Frame;
    let send = |target, text: &str| {
        Frame::Send(pb::SendMessageRequest {
            target: Some(target),
            text: text.to_owned(),
            client_message_id: format!("{token}-{id}"),
            reply_to_seq: None,
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
        Command::Create { room, private } => Frame::CreateRoom(pb::CreateRoomRequest {
            room: room.clone(),
            private: *private,
        }),
        Command::Moderate(moderation) => moderation.to_pb(),
    };
    pb::ChatRequest {
        request_id: id.to_string(),
        command: Some(command),
    }
}

/// The body of a message the session sent, as others see it.
fn message(text: &str, token: &str, ack: &pb::Ack) -> pb::event::Kind {
    pb::event::Kind::Message(pb::Message {
        text: text.to_owned(),
        client_message_id: format!("{token}-{}", ack.request_id),
        ..Default::default()
    })
}
