//! Proto ↔ domain conversions of edits, deletes, reactions, History's
//! annotations and Search.

use crate::{
    error::{Error, Result},
    model::{ConversationKey, Reaction, Seq, Text, UserName},
    server::{
        app::{HistoryPage, SearchPage, DEFAULT_SEARCH_PAGE, MAX_SEARCH_PAGE},
        grpc::pb::{self, WireEvent},
        store::{search, Change},
    },
};

use super::{conversation, event_to_pb, event_wire, page_limit, page_token, parse_page_token};

/// A message named by a request: its conversation and seq.
fn message(
    me: &UserName,
    conversation_pb: Option<pb::Conversation>,
    seq: Seq,
) -> Result<(ConversationKey, Seq)> {
    let key = conversation(me, conversation_pb)?;
    if seq == 0 {
        return Err(Error::InvalidArgument(
            "seq 0 is no message; seqs start at 1".into(),
        ));
    }
    Ok((key, seq))
}

/// Parses an EditMessage request.
pub fn edit_request(
    me: &UserName,
    request: pb::EditMessageRequest,
    max_text_bytes: usize,
) -> Result<(ConversationKey, Seq, Change)> {
    let (key, seq) = message(me, request.conversation, request.seq)?;
    let text = Text::parse(&request.text, max_text_bytes)?;
    Ok((key, seq, Change::Edit(text)))
}

/// Parses a DeleteMessage request.
pub fn delete_request(
    me: &UserName,
    request: pb::DeleteMessageRequest,
) -> Result<(ConversationKey, Seq, Change)> {
    let (key, seq) = message(me, request.conversation, request.seq)?;
    Ok((key, seq, Change::Delete))
}

/// Parses a React request.
pub fn react_request(
    me: &UserName,
    request: pb::ReactRequest,
) -> Result<(ConversationKey, Seq, Change)> {
    let (key, seq) = message(me, request.conversation, request.seq)?;
    let reaction = Reaction::parse(&request.reaction)?;
    Ok((key, seq, Change::React(reaction, !request.remove)))
}

/// A page of History as its response: messages with their reaction
/// counts and, if `apply_edits`, their latest text.
pub fn annotated_history_to_pb(page: &HistoryPage, apply_edits: bool) -> pb::HistoryResponse {
    let events = page
        .events
        .iter()
        .map(|event| {
            let Some(annotation) = page.annotations.get(&event.seq) else {
                return event_wire(event);
            };
            let mut shown = event_to_pb(event);
            if let Some(crate::pb::event::Kind::Message(message)) = &mut shown.kind {
                if apply_edits && !message.deleted {
                    if let Some(text) = &annotation.latest_text {
                        message.text = text.as_str().to_owned();
                        message.edited = true;
                    }
                }
                message.reactions = annotation
                    .reactions
                    .iter()
                    .map(|(reaction, count)| crate::pb::ReactionCount {
                        reaction: reaction.as_str().to_owned(),
                        count: *count,
                    })
                    .collect();
            }
            WireEvent(prost::Message::encode_to_vec(&shown).into())
        })
        .collect();
    pb::HistoryResponse {
        events,
        last_seq: page.last_seq,
    }
}

/// Parses a Search request: the words, where the page starts, its size.
pub fn search_request(request: &pb::SearchRequest) -> Result<(search::Words, search::Before, u32)> {
    let words = search::Words::parse(&request.query)?;
    let before = parse_search_token(&request.page_token)?.unwrap_or_else(search::Before::start);
    let limit = page_limit(request.limit, DEFAULT_SEARCH_PAGE, MAX_SEARCH_PAGE)?;
    Ok((words, before, limit))
}

/// The token of the page after `hit`: `time:seq:conversation`, opaque to
/// clients.
fn search_token(before: &search::Before) -> String {
    page_token(&format!(
        "{}:{}:{}",
        before.time_ms, before.seq, before.conversation
    ))
}

/// Reads a token written by [`search_token`] (`None` when empty: the
/// first page); anything else is INVALID_ARGUMENT.
fn parse_search_token(token: &str) -> Result<Option<search::Before>> {
    parse_page_token(token, |plain| {
        // The reason is the page token's refusal, whatever fails here.
        let unreadable = || Error::InvalidArgument(String::new());
        let mut parts = plain.splitn(3, ':');
        let (Some(time), Some(seq), Some(key)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(unreadable());
        };
        crate::server::store::sqlite::schema::parse_key(key).map_err(|_| unreadable())?;
        Ok(search::Before {
            time_ms: time.parse().map_err(|_| unreadable())?,
            seq: seq.parse().map_err(|_| unreadable())?,
            conversation: key.to_owned(),
        })
    })
}

/// A page of Search as its response: each message as last edited.
pub fn search_to_pb(page: SearchPage) -> pb::SearchResponse {
    let next_page_token = match page.hits.last() {
        Some(last) if page.more => search_token(&last.before()),
        _ => String::new(),
    };
    let events = page
        .hits
        .iter()
        .map(|hit| {
            let mut shown = event_to_pb(&hit.event);
            if let Some(crate::pb::event::Kind::Message(message)) = &mut shown.kind {
                message.text = hit.text.as_str().to_owned();
                message.edited = hit.edited;
            }
            WireEvent(prost::Message::encode_to_vec(&shown).into())
        })
        .collect();
    pb::SearchResponse {
        events,
        next_page_token,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_tokens_round_trip_and_strangers_are_refused() {
        let before = search::Before {
            time_ms: 1_700_000_000_123,
            conversation: "p:alice:bob".into(),
            seq: 42,
        };
        assert_eq!(
            parse_search_token(&search_token(&before)).unwrap(),
            Some(before)
        );
        assert_eq!(parse_search_token("").unwrap(), None);
        for bad in [
            "zz",
            "31",
            "313a323a",
            &search_token(&search::Before::start()),
        ] {
            assert!(parse_search_token(bad).is_err(), "{bad}");
        }
    }
}
