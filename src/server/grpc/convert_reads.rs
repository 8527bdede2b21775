//! Proto ↔ domain conversions of read positions, unread counts, the
//! conversation list and typing (beside [`super::convert`], which holds
//! the rest).

use crate::{
    error::{Error, Result},
    model::{ConversationKey, Seq, UserName},
    server::{
        app::reads::ConversationEntry,
        fanout::signal::{Signal, SignalKind, SignalTo},
        grpc::{convert, pb},
        store::reads::ReadState,
    },
};

/// A time in milliseconds since the Unix epoch, as a proto timestamp.
pub fn timestamp(ms: i64) -> prost_types::Timestamp {
    prost_types::Timestamp {
        seconds: ms.div_euclid(1000),
        nanos: (ms.rem_euclid(1000) * 1_000_000) as i32,
    }
}

/// A conversation's read position and unread count, seen from `me`.
pub fn unread_to_pb(me: &UserName, key: &ConversationKey, state: &ReadState) -> pb::UnreadCount {
    pb::UnreadCount {
        conversation: Some(convert::conversation_to_pb(me, key)),
        read_seq: state.read_seq,
        unread: state.unread,
    }
}

/// What a signal shows a stream of `me`.
pub enum SignalFrame {
    /// A read position moved.
    Read(pb::ReadMarker),
    /// Someone is typing.
    Typing(pb::Typing),
}

/// The frame a signal becomes on a stream of `me`.
pub fn signal_to_pb(me: &UserName, signal: &Signal) -> SignalFrame {
    match &signal.kind {
        SignalKind::Read {
            reader,
            conversation,
            seq,
        } => SignalFrame::Read(pb::ReadMarker {
            conversation: Some(convert::conversation_to_pb(me, conversation)),
            user: reader.to_string(),
            seq: *seq,
        }),
        SignalKind::Typing {
            user,
            conversation,
            expires_ms,
        } => SignalFrame::Typing(pb::Typing {
            conversation: Some(convert::conversation_to_pb(me, conversation)),
            user: user.to_string(),
            expires_at: Some(timestamp(*expires_ms)),
        }),
    }
}

/// The frame of a Chat stream for a signal.
pub fn signal_chat_frame(me: &UserName, signal: &Signal) -> pb::chat_response::Frame {
    use pb::chat_response::Frame;
    match signal_to_pb(me, signal) {
        SignalFrame::Read(marker) => Frame::ReadMarker(marker),
        SignalFrame::Typing(typing) => Frame::Typing(typing),
    }
}

/// A room signal's Chat frame as bytes (a whole `ChatResponse`), encoded
/// by the first session of the room that sends it and shared by the rest;
/// `None` for a signal to users, whose frame depends on who gets it.
pub fn chat_room_signal(me: &UserName, signal: &Signal) -> Option<bytes::Bytes> {
    if !matches!(signal.to, SignalTo::Room(_)) {
        return None;
    }
    let bytes = signal.wire.0.get_or_init(|| {
        let frame = pb::ChatResponse {
            frame: Some(signal_chat_frame(me, signal)),
        };
        let mut out = bytes::BytesMut::new();
        super::codec::put_message(&mut out, &frame);
        out.freeze()
    });
    Some(bytes.clone())
}

/// The frame of a Receive stream for a signal.
pub fn signal_receive_frame(me: &UserName, signal: &Signal) -> pb::receive_response::Frame {
    use pb::receive_response::Frame;
    match signal_to_pb(me, signal) {
        SignalFrame::Read(marker) => Frame::ReadMarker(marker),
        SignalFrame::Typing(typing) => Frame::Typing(typing),
    }
}

/// The frame that tells how many unread events of a room a resume left
/// out: those after `read_seq` up to `after_seq`.
pub fn skipped_to_pb(
    me: &UserName,
    key: &ConversationKey,
    read_seq: Seq,
    after_seq: Seq,
) -> pb::UnreadSkipped {
    pb::UnreadSkipped {
        conversation: Some(convert::conversation_to_pb(me, key)),
        skipped: after_seq.saturating_sub(read_seq),
        after_seq,
    }
}

/// Parses a MarkRead request.
pub fn mark_read_request(
    me: &UserName,
    request: pb::MarkReadRequest,
) -> Result<(ConversationKey, Seq)> {
    Ok((
        convert::conversation(me, request.conversation)?,
        request.seq,
    ))
}

/// Parses a SendTyping request.
pub fn typing_request(me: &UserName, request: pb::SendTypingRequest) -> Result<ConversationKey> {
    convert::conversation(me, request.conversation)
}

/// The most conversations one ListConversations page holds.
pub const MAX_CONVERSATIONS_PAGE: u32 = 1000;
/// The ListConversations page size when the request names none.
pub const DEFAULT_CONVERSATIONS_PAGE: u32 = 100;

/// Parses a ListConversations request: where to go on after (the time
/// and key of the last conversation of the page before), and how many.
pub fn list_conversations_request(
    request: &pb::ListConversationsRequest,
) -> Result<(Option<(i64, String)>, usize)> {
    let limit = convert::page_limit(
        request.limit,
        DEFAULT_CONVERSATIONS_PAGE,
        MAX_CONVERSATIONS_PAGE,
    )?;
    Ok((parse_token(&request.page_token)?, limit as usize))
}

/// The token of the page after one ending at (`time`, `key`). Opaque to
/// clients.
fn token((time, key): &(i64, String)) -> String {
    convert::page_token(&format!("{time}:{key}"))
}

/// Reads a token written by [`token`].
fn parse_token(token: &str) -> Result<Option<(i64, String)>> {
    convert::parse_page_token(token, |text| {
        // The reason is the page token's refusal, whatever fails here.
        let unreadable = || Error::InvalidArgument(String::new());
        let (time, key) = text.split_once(':').ok_or_else(unreadable)?;
        let time = time.parse().map_err(|_| unreadable())?;
        Ok((time, key.to_owned()))
    })
}

/// A page of conversations as ListConversations answers `me`.
pub fn conversations_to_pb(
    me: &UserName,
    (entries, more): (Vec<ConversationEntry>, bool),
) -> pb::ListConversationsResponse {
    let next_page_token = match entries.last() {
        Some(last) if more => token(&last.order()),
        _ => String::new(),
    };
    pb::ListConversationsResponse {
        conversations: entries
            .into_iter()
            .map(|entry| pb::ConversationInfo {
                conversation: Some(convert::conversation_to_pb(me, &entry.key)),
                last_event: entry.last.as_deref().map(convert::event_wire),
                read_seq: entry.state.read_seq,
                unread_count: entry.state.unread,
            })
            .collect(),
        next_page_token,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversation_page_tokens_round_trip_and_strangers_are_refused() {
        let at = (1_700_000_000_123, "p:alice:bob".to_owned());
        assert_eq!(parse_token(&token(&at)).unwrap(), Some(at));
        assert_eq!(parse_token("").unwrap(), None);
        for bad in ["zz", "abc", "6161"] {
            assert!(parse_token(bad).is_err(), "{bad}");
        }
    }
}
