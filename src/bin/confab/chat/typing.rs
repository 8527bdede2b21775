//! Typing in the interactive chat: who is typing is shown once when they
//! start (not again for each renewal while the indicator holds), and
//! read-position markers and skipped-unread notes are shown as notices.

use std::{collections::HashMap, time::SystemTime};

use confab::pb;

/// Who was last shown typing where, until when.
#[derive(Default)]
pub(crate) struct Shown {
    until: HashMap<(String, String), SystemTime>,
}

impl Shown {
    /// Whether `typing` starts a spell to show (and notes it); a renewal
    /// of one still shown is not shown again.
    pub(crate) fn starts(&mut self, typing: &pb::Typing, now: SystemTime) -> bool {
        let until = typing
            .expires_at
            .as_ref()
            .and_then(|t| {
                SystemTime::UNIX_EPOCH.checked_add(std::time::Duration::new(
                    u64::try_from(t.seconds).unwrap_or(0),
                    u32::try_from(t.nanos).unwrap_or(0),
                ))
            })
            .unwrap_or(now);
        self.until.retain(|_, held| *held > now);
        let key = (where_(typing.conversation.as_ref()), typing.user.clone());
        self.until.insert(key, until).is_none()
    }
}

/// A conversation as the chat names it: `#room` or `@peer`.
pub(crate) fn where_(conversation: Option<&pb::Conversation>) -> String {
    use pb::conversation::Kind;
    match conversation.and_then(|c| c.kind.as_ref()) {
        Some(Kind::Room(room)) => room.clone(),
        Some(Kind::Peer(peer)) => format!("@{peer}"),
        None => String::new(),
    }
}
