//! Proto ↔ domain conversions of edits, deletes, reactions and History's
//! annotations.

use crate::{
    error::{Error, Result},
    model::{ConversationKey, Reaction, Seq, Text, UserName},
    server::{
        app::HistoryPage,
        grpc::pb::{self, WireEvent},
        store::Change,
    },
};

use super::{conversation, event_to_pb, event_wire};

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
