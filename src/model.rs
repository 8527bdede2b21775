//! Validated domain types: names, text, sequence numbers, conversations and
//! stored events.
//!
//! Everything a client sends is parsed into these types at the edge
//! (`convert.rs`), so the store and the hub only ever see valid values.

use std::{fmt, sync::Arc};

use crate::error::Error;

/// The longest user or room name, in bytes (names are ASCII).
pub const MAX_NAME_LEN: usize = 32;

/// The longest client message id, in bytes.
pub const MAX_CLIENT_MESSAGE_ID_LEN: usize = 64;

/// The longest kick or ban reason, and the longest room topic, in bytes.
pub const MAX_NOTE_BYTES: usize = 256;

/// A position in one conversation's log: 1, 2, 3, ... with no gaps.
pub type Seq = u64;

/// Checks the shared name rules (see the proto's "Names" section).
fn check_name(what: &'static str, name: &str) -> Result<(), Error> {
    let bad = |reason: String| Error::InvalidName {
        what,
        name: name.chars().take(40).collect(),
        reason,
    };
    if name.is_empty() {
        return Err(bad("it is empty".into()));
    }
    if name.len() > MAX_NAME_LEN {
        return Err(bad(format!("it is longer than {MAX_NAME_LEN} characters")));
    }
    let first = name.as_bytes()[0];
    if !(first.is_ascii_lowercase() || first.is_ascii_digit()) {
        return Err(bad("it must start with a-z or 0-9".into()));
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '-' | '.')))
    {
        return Err(bad(format!(
            "{c:?} is not allowed (use a-z, 0-9, _, - and .)"
        )));
    }
    Ok(())
}

macro_rules! name_type {
    ($(#[$doc:meta])* $ty:ident, $what:literal) => {
        $(#[$doc])*
        #[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $ty(Arc<str>);

        impl $ty {
            /// Parses a name, refusing anything outside the name rules.
            pub fn parse(name: &str) -> Result<Self, Error> {
                check_name($what, name)?;
                Ok(Self(Arc::from(name)))
            }

            /// The name as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl fmt::Debug for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{:?}", &*self.0)
            }
        }
    };
}

name_type!(
    /// A user's name: 1-32 of `a-z 0-9 _ - .`, starting with a letter or digit.
    UserName,
    "user name"
);
name_type!(
    /// A room's name, under the same rules as a user's.
    RoomName,
    "room name"
);

/// Message text: not blank, at most the configured number of bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text(Arc<str>);

impl Text {
    /// Parses message text against the server's size limit.
    pub fn parse(text: &str, max_bytes: usize) -> Result<Self, Error> {
        if text.trim().is_empty() {
            return Err(Error::InvalidText("the text is empty".into()));
        }
        if text.len() > max_bytes {
            return Err(Error::InvalidText(format!(
                "the text is {} bytes, more than the limit of {max_bytes}",
                text.len()
            )));
        }
        Ok(Self(Arc::from(text)))
    }

    /// Wraps text read back from the store, which was validated when sent.
    pub fn from_stored(text: &str) -> Self {
        Self(Arc::from(text))
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A short text a moderator gives: a kick or ban reason, or a room's
/// topic. May be empty; at most [`MAX_NOTE_BYTES`].
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Note(Arc<str>);

impl Note {
    /// Parses a note; `what` names it in the refusal ("reason", "topic").
    pub fn parse(what: &str, text: &str) -> Result<Self, Error> {
        if text.len() > MAX_NOTE_BYTES {
            return Err(Error::InvalidArgument(format!(
                "the {what} is {} bytes, more than the limit of {MAX_NOTE_BYTES}",
                text.len()
            )));
        }
        if text.chars().any(char::is_control) {
            return Err(Error::InvalidArgument(format!(
                "the {what} holds a control character (a line break, say); give one line"
            )));
        }
        Ok(Self(Arc::from(text.trim())))
    }

    /// Wraps a note read back from the store, which was validated when set.
    pub fn from_stored(text: &str) -> Self {
        Self(Arc::from(text))
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What a member may do in a room, in rising order of power.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// Talks in the room.
    Member,
    /// Also invites, kicks, bans, unbans and sets the topic.
    Moderator,
    /// Created the room: also appoints moderators; cannot be acted on.
    Owner,
}

impl Role {
    /// The role's number in storage (and, by no accident, in the proto).
    pub fn code(self) -> i64 {
        match self {
            Role::Member => 1,
            Role::Moderator => 2,
            Role::Owner => 3,
        }
    }

    /// The role stored as `code`, if it is one.
    pub fn from_code(code: i64) -> Option<Self> {
        match code {
            1 => Some(Role::Member),
            2 => Some(Role::Moderator),
            3 => Some(Role::Owner),
            _ => None,
        }
    }
}

/// Who makes a change: a user, and whether the operator made that user an
/// administrator (a moderator of every room).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    /// The user.
    pub user: UserName,
    /// Whether the user moderates every room.
    pub admin: bool,
}

impl Actor {
    /// A user who is not an administrator.
    pub fn user(user: UserName) -> Self {
        Self { user, admin: false }
    }
}

/// An optional idempotency key chosen by the sender.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct ClientMessageId(Option<Arc<str>>);

impl ClientMessageId {
    /// Parses a client message id; empty means none.
    pub fn parse(id: &str) -> Result<Self, Error> {
        if id.is_empty() {
            return Ok(Self(None));
        }
        if id.len() > MAX_CLIENT_MESSAGE_ID_LEN {
            return Err(Error::InvalidArgument(format!(
                "client_message_id is {} bytes, more than {MAX_CLIENT_MESSAGE_ID_LEN}",
                id.len()
            )));
        }
        Ok(Self(Some(Arc::from(id))))
    }

    /// The id, if one was given.
    pub fn get(&self) -> Option<&str> {
        self.0.as_deref()
    }
}

/// One ordered log: a room, or the private conversation of a pair of users.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConversationKey {
    /// A room's log.
    Room(RoomName),
    /// A private conversation; the pair is kept sorted so both users name
    /// the same log.
    Private(UserName, UserName),
}

impl ConversationKey {
    /// The private conversation between two users, in canonical order.
    pub fn private(a: &UserName, b: &UserName) -> Self {
        if a <= b {
            Self::Private(a.clone(), b.clone())
        } else {
            Self::Private(b.clone(), a.clone())
        }
    }

    /// For a private conversation that includes `me`, the other user.
    pub fn peer_of(&self, me: &UserName) -> Option<&UserName> {
        match self {
            Self::Room(_) => None,
            Self::Private(a, b) if a == me => Some(b),
            Self::Private(a, b) if b == me => Some(a),
            Self::Private(..) => None,
        }
    }

    /// The room, if this is a room's log.
    pub fn room(&self) -> Option<&RoomName> {
        match self {
            Self::Room(room) => Some(room),
            Self::Private(..) => None,
        }
    }
}

/// What a stored event records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// A chat message.
    Message {
        /// The text; empty once the message was deleted.
        text: Text,
        /// The sender's idempotency key, if any.
        client_message_id: ClientMessageId,
        /// The message of the same conversation this one answers, if any.
        reply_to: Option<Seq>,
        /// Whether its author (or a moderator) deleted it: its text is
        /// then gone from storage.
        deleted: bool,
    },
    /// The sender joined the room.
    Joined,
    /// The sender left the room.
    Left,
    /// The sender invited `target` to the room.
    Invited {
        /// The invitee.
        target: UserName,
    },
    /// The sender removed `target` from the room.
    Kicked {
        /// The member removed.
        target: UserName,
        /// Why, possibly empty.
        reason: Note,
    },
    /// The sender banned `target` from the room.
    Banned {
        /// The user banned.
        target: UserName,
        /// Why, possibly empty.
        reason: Note,
    },
    /// The sender lifted `target`'s ban.
    Unbanned {
        /// The user no longer banned.
        target: UserName,
    },
    /// The sender set the room's topic.
    TopicSet {
        /// The new topic; empty clears it.
        topic: Note,
    },
    /// The sender gave `target` a role.
    RoleChanged {
        /// The member.
        target: UserName,
        /// The new role.
        role: Role,
    },
    /// The sender (the author) replaced the text of the message at `of`.
    Edited {
        /// The message edited.
        of: Seq,
        /// Its new text; empty once the message was deleted.
        text: Text,
    },
    /// The sender (the author, or a moderator) deleted the message at `of`.
    Deleted {
        /// The message deleted.
        of: Seq,
    },
    /// The sender added (or removed) a reaction to the message at `of`.
    Reacted {
        /// The message reacted to.
        of: Seq,
        /// The reaction.
        reaction: Reaction,
        /// True for added, false for removed.
        added: bool,
    },
}

impl EventKind {
    /// The user this event ends the membership of, if any: the sender of a
    /// `left`, the target of a kick or ban. A stream of that user stops
    /// following the room at this event.
    pub fn removes<'a>(&'a self, sender: &'a UserName) -> Option<&'a UserName> {
        match self {
            EventKind::Left => Some(sender),
            EventKind::Kicked { target, .. } | EventKind::Banned { target, .. } => Some(target),
            _ => None,
        }
    }

    /// The user acted on, for the moderation events.
    pub fn target(&self) -> Option<&UserName> {
        match self {
            EventKind::Invited { target }
            | EventKind::Kicked { target, .. }
            | EventKind::Banned { target, .. }
            | EventKind::Unbanned { target }
            | EventKind::RoleChanged { target, .. } => Some(target),
            _ => None,
        }
    }
}

/// The longest reaction, in bytes.
pub const MAX_REACTION_BYTES: usize = 32;

/// A reaction to a message: exactly one emoji (one grapheme of pictographs,
/// modifiers, joiners and variation selectors) or a `:name:` of `a-z 0-9 _
/// + -`, at most [`MAX_REACTION_BYTES`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Reaction(Arc<str>);

impl Reaction {
    /// Parses a reaction, refusing anything but one emoji or a `:name:`.
    pub fn parse(text: &str) -> Result<Self, Error> {
        let bad = |why: &str| {
            Error::InvalidArgument(format!(
                "reaction {:?} {why}; give one emoji or a :name: of a-z, 0-9, _, + and -",
                text.chars().take(40).collect::<String>()
            ))
        };
        if text.is_empty() {
            return Err(bad("is empty"));
        }
        if text.len() > MAX_REACTION_BYTES {
            return Err(bad(&format!("is longer than {MAX_REACTION_BYTES} bytes")));
        }
        if let Some(name) = text.strip_prefix(':').and_then(|t| t.strip_suffix(':')) {
            let valid = !name.is_empty()
                && name.bytes().all(|b| {
                    b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'+' | b'-')
                });
            return if valid {
                Ok(Self(Arc::from(text)))
            } else {
                Err(bad("is not a valid :name:"))
            };
        }
        if is_one_emoji(text) {
            Ok(Self(Arc::from(text)))
        } else {
            Err(bad("is not exactly one emoji"))
        }
    }

    /// Wraps a reaction read back from the store, which was validated when
    /// added.
    pub fn from_stored(text: &str) -> Self {
        Self(Arc::from(text))
    }

    /// The reaction as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Whether `text` is one emoji grapheme: a pictograph (or a regional
/// indicator pair, a flag; or a keycap), optionally with skin-tone
/// modifiers and variation selectors, and further pictographs joined by
/// zero-width joiners (a family, a profession).
fn is_one_emoji(text: &str) -> bool {
    let pictograph = |c: char| {
        matches!(u32::from(c),
            0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2300..=0x23FF | 0x2B00..=0x2BFF
            | 0x2190..=0x21FF | 0x3030 | 0x303D | 0x3297 | 0x3299 | 0x00A9 | 0x00AE
            | 0x203C | 0x2049 | 0x2122 | 0x2139 | 0x2934 | 0x2935 | 0x25A0..=0x25FF)
            && !matches!(u32::from(c), 0x1F1E6..=0x1F1FF | 0x1F3FB..=0x1F3FF)
    };
    let regional = |c: char| matches!(u32::from(c), 0x1F1E6..=0x1F1FF);
    let modifier =
        |c: char| matches!(u32::from(c), 0x1F3FB..=0x1F3FF | 0xFE0E | 0xFE0F | 0xE0020..=0xE007F);
    let chars: Vec<char> = text.chars().collect();
    // A flag: exactly two regional indicators.
    if chars.len() == 2 && chars.iter().all(|c| regional(*c)) {
        return true;
    }
    // A keycap: 0-9 # *, optionally U+FE0F, then U+20E3.
    if let [first, rest @ ..] = chars.as_slice() {
        if (first.is_ascii_digit() || matches!(first, '#' | '*'))
            && (rest == ['\u{20E3}'] || rest == ['\u{FE0F}', '\u{20E3}'])
        {
            return true;
        }
    }
    let mut expect_base = true;
    for c in chars {
        if expect_base {
            if !pictograph(c) {
                return false;
            }
            expect_base = false;
        } else if c == '\u{200D}' {
            expect_base = true;
        } else if !modifier(c) {
            return false;
        }
    }
    !expect_base
}

/// An event's encoded proto form, computed by the first stream that sends
/// the event and shared by all the others. Not part of the event's value:
/// two events are equal whether or not either has been encoded.
#[derive(Clone, Default)]
pub struct WireCache(pub std::sync::OnceLock<bytes::Bytes>);

impl PartialEq for WireCache {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for WireCache {}

impl fmt::Debug for WireCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("WireCache")
    }
}

/// A stored event: its place in its conversation and what happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// The log it belongs to.
    pub conversation: ConversationKey,
    /// Its position in that log.
    pub seq: Seq,
    /// Who caused it.
    pub sender: UserName,
    /// When it was stored, in milliseconds since the Unix epoch.
    pub time_ms: i64,
    /// What happened.
    pub kind: EventKind,
    /// Its encoding, once a stream has sent it.
    pub wire: WireCache,
}

impl Event {
    /// For a private message, the user it was sent to.
    pub fn recipient(&self) -> Option<&UserName> {
        self.conversation.peer_of(&self.sender)
    }
}

/// A member's online state changed, told to one room.
#[derive(Debug)]
pub struct PresenceChange {
    /// The room being told.
    pub room: RoomName,
    /// Whose state changed.
    pub user: UserName,
    /// True for online, false for offline.
    pub online: bool,
}

/// The presence changes and typing of a big room over one period, last
/// state wins.
#[derive(Debug)]
pub struct PresenceSummary {
    /// The room being told.
    pub room: RoomName,
    /// Users who ended the period online, in name order.
    pub online: Vec<UserName>,
    /// Users who ended the period offline, in name order.
    pub offline: Vec<UserName>,
    /// Who typed in the period, each with until when their latest typing
    /// holds (milliseconds since the Unix epoch), in name order.
    pub typing: Vec<(UserName, i64)>,
    /// The summary's Chat frame, encoded once for every session of the
    /// room (it grows with the room: a copy per session would not).
    pub wire: WireCache,
}

/// The current time in milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_rules() {
        assert!(UserName::parse("alice").is_ok());
        assert!(UserName::parse("a.b-c_9").is_ok());
        assert!(UserName::parse("9lives").is_ok());
        for bad in ["", "Alice", "-x", "a b", "é", &"x".repeat(33)] {
            assert!(UserName::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn text_must_be_present_and_small() {
        assert!(Text::parse("hi", 4).is_ok());
        assert!(Text::parse("  \n", 4).is_err());
        assert!(Text::parse("hello", 4).is_err());
    }

    #[test]
    fn reactions_are_one_emoji_or_a_name() {
        for good in [
            "👍",
            ":+1:",
            ":party_parrot:",
            "❤️",
            "👍🏽",
            "👩‍👩‍👧",
            "🇫🇷",
            "1️⃣",
            ":a-b:",
        ] {
            assert!(Reaction::parse(good).is_ok(), "{good:?} should be accepted");
        }
        for bad in [
            "",
            "a",
            "👍👍",
            ":Up:",
            "::",
            ":x",
            "👍 ",
            &format!(":{}:", "x".repeat(40)),
            "\u{200D}",
        ] {
            assert!(Reaction::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn private_keys_are_canonical() {
        let a = UserName::parse("alice").unwrap();
        let b = UserName::parse("bob").unwrap();
        let key = ConversationKey::private(&b, &a);
        assert_eq!(key, ConversationKey::private(&a, &b));
        assert_eq!(key.peer_of(&a), Some(&b));
        assert_eq!(key.peer_of(&b), Some(&a));
    }
}
