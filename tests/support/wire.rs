//! What goes on the wire: requests built as a test needs them, and
//! answers read (events, statuses, the frames of a response stream, at
//! most `WAIT` each).

use confab::pb;
use tonic::{Code, Status, Streaming};

use super::WAIT;

/// A SendMessage request to a room.
pub fn send_to_room(room: &str, text: &str) -> pb::SendMessageRequest {
    pb::SendMessageRequest {
        target: Some(pb::send_message_request::Target::Room(room.into())),
        text: text.into(),
        client_message_id: String::new(),
        reply_to_seq: None,
    }
}

/// A private SendMessage request.
pub fn send_to_user(to: &str, text: &str) -> pb::SendMessageRequest {
    pb::SendMessageRequest {
        target: Some(pb::send_message_request::Target::ToUser(to.into())),
        text: text.into(),
        client_message_id: String::new(),
        reply_to_seq: None,
    }
}

/// A room, as a conversation.
pub fn room(name: &str) -> pb::Conversation {
    pb::Conversation {
        kind: Some(pb::conversation::Kind::Room(name.into())),
    }
}

/// The private conversation with `peer`.
pub fn peer(peer: &str) -> pb::Conversation {
    pb::Conversation {
        kind: Some(pb::conversation::Kind::Peer(peer.into())),
    }
}

/// A cursor for a room.
pub fn room_cursor(name: &str, after_seq: Option<u64>) -> pb::Cursor {
    pb::Cursor {
        conversation: Some(room(name)),
        after_seq,
    }
}

/// A cursor for the private conversation with `peer`.
pub fn peer_cursor(with: &str, after_seq: Option<u64>) -> pb::Cursor {
    pb::Cursor {
        conversation: Some(peer(with)),
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
pub fn assert_code<T: std::fmt::Debug>(result: Result<T, Status>, code: Code) -> Status {
    match result {
        Ok(value) => panic!("expected {code:?}, got Ok({value:?})"),
        Err(status) => {
            assert_eq!(status.code(), code, "unexpected status: {status:?}");
            status
        }
    }
}

/// The next message on a response stream (`None` at its end), failing the
/// test, in `who`'s name, if nothing comes within `WAIT`.
pub async fn next<T>(stream: &mut Streaming<T>, who: &str) -> Result<Option<T>, Status> {
    tokio::time::timeout(WAIT, stream.message())
        .await
        .unwrap_or_else(|_| panic!("{who}: nothing on the stream within {WAIT:?}"))
}

/// Reads a response stream to its end, which must be an error status.
pub async fn status_at_end<T>(stream: &mut Streaming<T>, who: &str) -> Status {
    loop {
        match next(stream, who).await {
            Ok(Some(_)) => continue,
            Ok(None) => panic!("{who}: stream ended without an error"),
            Err(status) => return status,
        }
    }
}

/// The next frame of a Subscribe stream, `None` at its end; fails the test
/// if the stream fails, sends an empty frame or is silent for `WAIT`.
pub async fn tail_frame(
    stream: &mut Streaming<pb::SubscribeResponse>,
) -> Option<pb::subscribe_response::Frame> {
    match next(stream, "subscribe").await {
        Ok(Some(response)) => Some(response.frame.expect("frame set")),
        Ok(None) => None,
        Err(status) => panic!("subscribe: stream failed: {status:?}"),
    }
}

/// The next event of a Subscribe stream, skipping presence; fails the test
/// at the stream's end.
pub async fn tail_event(stream: &mut Streaming<pb::SubscribeResponse>) -> pb::Event {
    loop {
        match tail_frame(stream).await {
            Some(pb::subscribe_response::Frame::Event(event)) => return event,
            Some(_) => continue,
            None => panic!("subscribe: the stream ended"),
        }
    }
}
