//! Resuming a session from a client's cursors: which conversations a
//! session follows, and from where. A room the user is in is followed from
//! its cursor (or live only); a private conversation from its cursor, or
//! from where the user's sessions were last seen; a cursor that cannot be
//! honoured is reported, and its conversation followed live only.
//!
//! A Chat session ([`super::chat`]) and the Receive stream
//! ([`super::receive`]) both resume through [`follow`].

use std::collections::HashMap;

use crate::{
    error::{Error, Result},
    model::{Actor, ConversationKey, RoomName, Seq, UserName},
    server::{
        app::App,
        fanout::{channel::LiveReceiver, feed::Feed, hub::HubMessage},
        grpc::{convert, pb},
    },
};

/// A cursor that could not be honoured: the conversation it named (if it
/// could be read) and why.
pub(crate) type Problem = (Option<pb::Conversation>, Error);

/// Makes `feed` follow `rooms` (the rooms `actor` is in) and the user's
/// private conversations (through `inbox`), from `cursors`. Returns the
/// cursors that could not be honoured.
pub(crate) async fn follow(
    core: &App,
    actor: &Actor,
    feed: &mut Feed,
    (rooms, inbox): (&[RoomName], LiveReceiver<HubMessage>),
    cursors: Vec<pb::Cursor>,
) -> Result<Vec<Problem>> {
    let user = &actor.user;
    let store = &core.store;
    let private_ends: HashMap<UserName, Seq> = store
        .private_conversations(user)
        .await?
        .into_iter()
        .collect();
    let mut private: HashMap<UserName, Seq> =
        store.private_cursors(user).await?.into_iter().collect();
    let mut room_cursors: HashMap<RoomName, Option<Seq>> = HashMap::new();
    let mut problems: Vec<Problem> = Vec::new();
    for cursor in cursors {
        let given = cursor.conversation.clone();
        let (key, after) = match convert::cursor(user, cursor) {
            Ok(parsed) => parsed,
            Err(error) => {
                problems.push((given, error));
                continue;
            }
        };
        match (&key, key.peer_of(user)) {
            (ConversationKey::Room(room), _) => {
                room_cursors.insert(room.clone(), after);
            }
            (_, Some(peer)) => {
                let last = private_ends.get(peer).copied().unwrap_or(0);
                let start = match after {
                    Some(after) if after > last => {
                        let error = Error::CursorAhead {
                            conversation: format!("the private conversation with {peer}"),
                            after,
                            last,
                        };
                        problems.push((given, error));
                        last
                    }
                    Some(after) => after,
                    None => last,
                };
                private.insert(peer.clone(), start);
            }
            (_, None) => {}
        }
    }
    for room in rooms {
        let after = room_cursors.remove(room).flatten();
        match feed.follow_room(room, after).await {
            Err(error @ Error::CursorAhead { .. }) => {
                let key = ConversationKey::Room(room.clone());
                problems.push((Some(convert::conversation_to_pb(user, &key)), error));
                feed.follow_room(room, None).await?;
            }
            result => result?,
        }
    }
    for room in room_cursors.into_keys() {
        let key = ConversationKey::Room(room.clone());
        // A private room the caller may not see is NOT_FOUND, like a room
        // that does not exist; any other is "not a member".
        let error = match core.check_reader(actor, &key).await {
            Err(error) => error,
            Ok(()) => Error::NotAMember {
                room: room.to_string(),
            },
        };
        problems.push((Some(convert::conversation_to_pb(user, &key)), error));
    }
    let private: Vec<_> = private.into_iter().collect();
    feed.follow_inbox(inbox, &private);
    Ok(problems)
}

/// What a resume with no cursors at all replays: per room, the events
/// after the user's read position, at most `missed_per_room` (the newest);
/// the cursors that say so, and for each room where older unread events
/// were left out, the frame that says how many. 0 replays nothing (the
/// rooms are followed live only, as before read positions).
pub(crate) async fn missed_cursors(
    core: &App,
    user: &UserName,
    rooms: &[RoomName],
) -> Result<(Vec<pb::Cursor>, Vec<pb::UnreadSkipped>)> {
    let limit = core.reads.missed_per_room;
    if limit == 0 {
        return Ok((Vec::new(), Vec::new()));
    }
    let keys: Vec<ConversationKey> = rooms.iter().cloned().map(ConversationKey::Room).collect();
    let states = core.read_states(user, &keys).await?;
    let mut cursors = Vec::with_capacity(keys.len());
    let mut skipped = Vec::new();
    for (key, state) in keys.iter().zip(states) {
        let last = core.store.last_seq(key).await?;
        let start = state.read_seq.max(last.saturating_sub(limit)).min(last);
        if start > state.read_seq {
            skipped.push(crate::server::grpc::convert_reads::skipped_to_pb(
                user,
                key,
                state.read_seq,
                start,
            ));
        }
        cursors.push(pb::Cursor {
            conversation: Some(convert::conversation_to_pb(user, key)),
            after_seq: Some(start),
        });
    }
    Ok((cursors, skipped))
}
