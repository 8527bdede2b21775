//! How the CLI words things for people: refusals, broken connections,
//! commands. Every refusal is decided on its gRPC status code (a Chat
//! error's `code` is one) and on what the call was about, never on the
//! server's English; the server's own message is shown only where the CLI
//! has no better words for the code (bad text, limits, identity).

use confab::client::session::{Cause, Command, Moderation};
use tonic::Code;

/// What a refused call or command was about, so its refusal can be said in
/// its terms.
#[derive(Clone, Copy, Debug)]
pub(crate) enum About<'a> {
    /// Acting in a room: sending, reading, tailing, listing its members.
    Room(&'a str),
    /// Leaving a room.
    Leaving(&'a str),
    /// A private message to, or the conversation with, this user.
    User(&'a str),
    /// Nothing in particular.
    Nothing,
}

/// Where a refusal is read, which decides what advice fits.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Place<'a> {
    /// A shell, after a one-shot command run as this user.
    Shell {
        /// The user the command ran as.
        user: &'a str,
    },
    /// A chat session, where slash commands are the way to act.
    Chat,
}

/// A refused call or command, on one line.
pub(crate) fn refusal(code: Code, message: &str, about: About<'_>, place: Place<'_>) -> String {
    match (code, about, place) {
        (Code::FailedPrecondition, About::Room(room), Place::Shell { user }) => format!(
            "you are not a member of room {room:?}; join it first: confab join --user {user} {room}"
        ),
        (Code::FailedPrecondition, About::Room(room), Place::Chat) => {
            format!("you are not in it: /join {room} first")
        }
        (Code::FailedPrecondition, About::Leaving(room), Place::Shell { .. }) => {
            format!("you are not a member of room {room:?}")
        }
        (Code::FailedPrecondition, About::Leaving(_), Place::Chat) => "you are not in it".into(),
        (Code::NotFound, About::User(user), _) => format!("user {user:?} does not exist"),
        (Code::NotFound, About::Room(room) | About::Leaving(room), _) => {
            format!("room {room:?} does not exist")
        }
        (Code::Unauthenticated, _, _) => format!("the server does not accept you: {message}"),
        (Code::PermissionDenied, _, _) => format!("not allowed: {message}"),
        (Code::Internal | Code::Unknown | Code::DataLoss, _, _) => {
            format!("the server failed: {message}")
        }
        _ if message.is_empty() => code.description().to_owned(),
        _ => message.to_owned(),
    }
}

/// Why a chat's connection broke or could not be made again.
pub(crate) fn cause(cause: &Cause) -> String {
    match cause {
        Cause::ShuttingDown => "the server is shutting down".into(),
        Cause::StreamEnded => "the server ended the session".into(),
        Cause::ConnectionLost => "lost the connection to the server".into(),
        Cause::Unreachable(error) => error.clone(),
        Cause::Status(status) => {
            refusal(status.code(), status.message(), About::Nothing, Place::Chat)
        }
    }
}

/// A command, for people: `"hi" to lobby`, `/join kitchen`.
pub(crate) fn command(command: &Command) -> String {
    match command {
        Command::Say { room, text } => format!("{text:?} to {room}"),
        Command::Whisper { to, text } => format!("{text:?} to @{to}"),
        Command::Join { room } => format!("/join {room}"),
        Command::Leave { room } => format!("/leave {room}"),
        Command::Create { room, private } => {
            format!("/create {room}{}", if *private { " private" } else { "" })
        }
        Command::Moderate(moderation) => self::moderation(moderation),
    }
}

/// A moderation command, as typed: `/kick bob #lobby spam`.
pub(crate) fn moderation(moderation: &Moderation) -> String {
    let with = |text: &str| {
        if text.is_empty() {
            String::new()
        } else {
            format!(" {text}")
        }
    };
    match moderation {
        Moderation::Invite { room, user } => format!("/invite {user} #{room}"),
        Moderation::Kick { room, user, reason } => format!("/kick {user} #{room}{}", with(reason)),
        Moderation::Ban { room, user, reason } => format!("/ban {user} #{room}{}", with(reason)),
        Moderation::Unban { room, user } => format!("/unban {user} #{room}"),
        Moderation::Topic { room, topic } => format!("/topic #{room}{}", with(topic)),
        Moderation::SetRole {
            room,
            user,
            moderator,
        } => format!(
            "/{} {user} #{room}",
            if *moderator { "mod" } else { "unmod" }
        ),
        Moderation::Block { user, blocked } => {
            format!("/{} {user}", if *blocked { "block" } else { "unblock" })
        }
    }
}

/// `1 event`, `3 events`.
pub(crate) fn count(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_follow_the_code_not_the_text() {
        let shell = Place::Shell { user: "eve" };
        assert_eq!(
            refusal(
                Code::FailedPrecondition,
                "whatever",
                About::Room("lobby"),
                shell
            ),
            "you are not a member of room \"lobby\"; join it first: confab join --user eve lobby"
        );
        assert_eq!(
            refusal(
                Code::FailedPrecondition,
                "",
                About::Room("lobby"),
                Place::Chat
            ),
            "you are not in it: /join lobby first"
        );
        assert_eq!(
            refusal(
                Code::FailedPrecondition,
                "",
                About::Leaving("x"),
                Place::Chat
            ),
            "you are not in it"
        );
        assert_eq!(
            refusal(Code::NotFound, "", About::User("nobody"), Place::Chat),
            "user \"nobody\" does not exist"
        );
        assert_eq!(
            refusal(
                Code::InvalidArgument,
                "invalid text: empty",
                About::Nothing,
                shell
            ),
            "invalid text: empty"
        );
    }
}
