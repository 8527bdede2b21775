//! The rules of changing a stored message: edits, deletes, reactions, and
//! what a reply may answer.
//!
//! Each change is a new event of the message's conversation, with its own
//! seq, naming the message by its seq. Only the author edits; the author,
//! or an owner or moderator of the room (or an administrator), deletes; a
//! delete erases the message's text from storage, and its edits' texts
//! (the backend's [`Tx::erase_message`]), and a second delete stores
//! nothing. Anyone who may read the conversation reacts, once per
//! reaction: adding a reaction one gave already, or removing one one did
//! not give, stores nothing. A deleted message is edited or reacted to no
//! more (FAILED_PRECONDITION). A change names a message: a seq with no
//! event, or an event that is not a message, is INVALID_ARGUMENT. As
//! everywhere in the rules, every check comes before the first write.

use super::{append, check_reader, power, standing_in, unknown_room, Outcome, Tx};
use crate::{
    error::{Error, Result},
    model::{Actor, ConversationKey, EventKind, Role, Seq, UserName},
    server::store::Change,
};

/// What the rules need to know of a stored message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct MessageFacts {
    /// Its author.
    pub(crate) sender: UserName,
    /// Whether it was deleted.
    pub(crate) deleted: bool,
}

/// Where a conversation is, in words, for refusals.
fn place(conversation: &ConversationKey) -> String {
    match conversation {
        ConversationKey::Room(room) => format!("room {room:?}"),
        ConversationKey::Private(..) => "this private conversation".into(),
    }
}

/// The message at `seq`, or INVALID_ARGUMENT.
fn message(tx: &impl Tx, conversation: &ConversationKey, seq: Seq) -> Result<MessageFacts> {
    tx.message_at(conversation, seq)?.ok_or_else(|| {
        Error::InvalidArgument(format!(
            "there is no message at seq {seq} in {}",
            place(conversation)
        ))
    })
}

/// Fails unless `replied` is a message of `conversation` (deleted or
/// not: a reply may answer a message deleted since).
pub(super) fn check_reply(
    tx: &impl Tx,
    conversation: &ConversationKey,
    replied: Seq,
) -> Result<()> {
    message(tx, conversation, replied).map(drop)
}

/// Checks and applies `change` of the message at `seq`.
pub(super) fn change(
    tx: &mut impl Tx,
    by: Actor,
    conversation: ConversationKey,
    seq: Seq,
    change: Change,
) -> Result<Outcome> {
    // The caller's power in the room (a private conversation's key holds
    // the caller, who is then one of its two: the power of a member).
    let power = match &conversation {
        ConversationKey::Room(room) => {
            let facts = tx.room(room)?.ok_or_else(|| unknown_room(room))?;
            let me = standing_in(tx, room, &facts, &by.user)?;
            check_reader(&me, room, by.admin)?;
            power(&me, by.admin)
        }
        ConversationKey::Private(..) => {
            if conversation.peer_of(&by.user).is_none() {
                return Err(Error::InvalidArgument(
                    "that private conversation is not yours".into(),
                ));
            }
            Some(Role::Member)
        }
    };
    let message = message(tx, &conversation, seq)?;
    let gone = || {
        Error::FailedPrecondition(format!(
            "the message at seq {seq} in {} was deleted",
            place(&conversation)
        ))
    };
    match change {
        Change::Edit(text) => {
            if message.sender != by.user {
                return Err(Error::PermissionDenied(format!(
                    "only its author, {}, may edit the message at seq {seq}",
                    message.sender
                )));
            }
            if message.deleted {
                return Err(gone());
            }
            append(
                tx,
                conversation,
                by.user,
                EventKind::Edited { of: seq, text },
            )
        }
        Change::Delete => {
            let moderates =
                power.is_some_and(|role| role >= Role::Moderator) && conversation.room().is_some();
            if message.sender != by.user && !moderates {
                return Err(Error::PermissionDenied(format!(
                    "only its author, {}, or a moderator of the room may delete the message \
                     at seq {seq}",
                    message.sender
                )));
            }
            if message.deleted {
                let last = tx.last_seq(&conversation)?;
                return Ok(Outcome::unchanged(conversation, last));
            }
            let outcome = append(
                tx,
                conversation.clone(),
                by.user,
                EventKind::Deleted { of: seq },
            )?;
            tx.erase_message(&conversation, seq)?;
            Ok(outcome)
        }
        Change::React(reaction, added) => {
            if message.deleted {
                return Err(gone());
            }
            if tx.has_reaction(&conversation, seq, &by.user, &reaction)? == added {
                let last = tx.last_seq(&conversation)?;
                return Ok(Outcome::unchanged(conversation, last));
            }
            tx.set_reaction(&conversation, seq, &by.user, &reaction, added)?;
            let kind = EventKind::Reacted {
                of: seq,
                reaction,
                added,
            };
            append(tx, conversation, by.user, kind)
        }
    }
}
