//! NATS subjects: one per room, one per user.
//!
//! A room's events go on `confab.room.NAME`; what concerns a user (both
//! sides of a private message, the user's own joins and leaves, an
//! invitation, a kick or ban of them) on `confab.user.NAME`. The private
//! conversation of two users has no subject of its own: its events go on
//! both users' subjects, which is all that follows it (NATS interest is the
//! directory of who is where). Names allow `[a-z0-9_.-]`; a `.` separates
//! subject tokens in NATS, so it is written `~`, which names never hold:
//! the mapping stays one-to-one and no name can reach a wildcard.

use crate::{
    model::{ConversationKey, Event, EventKind, RoomName, UserName},
    server::fanout::remote::Topic,
};

/// Every subject begins with this.
const PREFIX: &str = "confab";

/// The subject of a topic.
pub(crate) fn of(topic: &Topic) -> String {
    match topic {
        Topic::Room(room) => room_subject(room),
        Topic::User(user) => user_subject(user),
    }
}

fn room_subject(room: &RoomName) -> String {
    format!("{PREFIX}.room.{}", token(room.as_str()))
}

fn user_subject(user: &UserName) -> String {
    format!("{PREFIX}.user.{}", token(user.as_str()))
}

fn token(name: &str) -> String {
    name.replace('.', "~")
}

/// The subjects an event is published on: its room's (for a room event),
/// and the subjects of the users it concerns.
pub(crate) fn of_event(event: &Event) -> Vec<String> {
    match &event.conversation {
        ConversationKey::Private(a, b) => vec![user_subject(a), user_subject(b)],
        ConversationKey::Room(room) => {
            let mut subjects = vec![room_subject(room)];
            let concerned = match &event.kind {
                // The user's sessions on every node follow the room, or
                // stop following it.
                EventKind::Joined | EventKind::Left => Some(&event.sender),
                EventKind::Invited { target } => Some(target),
                _ => None,
            };
            subjects.extend(concerned.map(user_subject));
            subjects
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dot_in_a_name_stays_inside_its_token() {
        let room = RoomName::parse("a.b").unwrap();
        assert_eq!(of(&Topic::Room(room)), "confab.room.a~b");
        let user = UserName::parse("a-b_c").unwrap();
        assert_eq!(of(&Topic::User(user)), "confab.user.a-b_c");
    }
}
