//! Events as text for people and as JSON lines for machines.
//!
//! Text lines look like
//!
//! ```text
//! 12:01:02 [lobby] <bob> hi
//! 12:01:03 [lobby] * carol joined
//! 12:01:04 [private] <bob → alice> psst
//! 12:01:05 [lobby] * carol is offline
//! 12:01:06 [lobby] ! alice kicked carol (spam)
//! 12:01:07 [lobby] ! alice set the topic: release day
//! ```
//!
//! Moderation events (invited, kicked, banned, unbanned, topic, role) start
//! with `!`, so they stand apart from joins and leaves.
//!
//! with the time in the local time zone. Message text is printed as sent,
//! except that control characters (line breaks, terminal escapes) are
//! shown escaped, so one event is always one line and a message cannot
//! drive the reader's terminal.

use std::io::IsTerminal;

use chrono::{DateTime, Local, SecondsFormat, Utc};
use serde_json::{json, Value};

use crate::pb;

/// Whether to colour text output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Style {
    /// Use ANSI colours.
    pub color: bool,
}

/// When to colour, as asked on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ColorChoice {
    /// When stdout is a terminal and `NO_COLOR` is not set.
    #[default]
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

impl Style {
    /// No colours.
    pub const PLAIN: Style = Style { color: false };

    /// The style for a stream: colour if `choice` says so, or, for
    /// `Auto`, if the stream is a terminal and `NO_COLOR` is unset or empty
    /// (<https://no-color.org>).
    pub fn decide(choice: ColorChoice, is_terminal: bool, no_color: Option<&str>) -> Self {
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => is_terminal && no_color.is_none_or(str::is_empty),
        };
        Self { color }
    }

    /// The style for this process's stdout.
    pub fn for_stdout(choice: ColorChoice) -> Self {
        let no_color = std::env::var("NO_COLOR").ok();
        Self::decide(choice, std::io::stdout().is_terminal(), no_color.as_deref())
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    /// A notice from the client itself: `* text`.
    pub fn notice(&self, text: &str) -> String {
        self.paint("2", &format!("* {}", clean(text)))
    }

    /// An error: `error: text`.
    pub fn error(&self, text: &str) -> String {
        format!("{} {}", self.paint("1;31", "error:"), clean(text))
    }

    /// One event as a line.
    pub fn event(&self, event: &pb::Event) -> String {
        let time = self.paint("2", &clock(event_time(event)));
        let sender = clean(&event.sender);
        if event.room.is_empty() {
            let place = self.paint("35", "[private]");
            let who = self.paint(
                "1;35",
                &format!("<{sender} \u{2192} {}>", clean(&event.recipient)),
            );
            return format!("{time} {place} {who} {}", clean(&text_of(event)));
        }
        let place = self.paint("36", &format!("[{}]", clean(&event.room)));
        match &event.kind {
            Some(pb::event::Kind::Message(message)) => {
                let who = self.paint("1", &format!("<{sender}>"));
                format!("{time} {place} {who} {}", clean(&message_text(message)))
            }
            Some(pb::event::Kind::Joined(_)) => {
                format!(
                    "{time} {place} {}",
                    self.paint("33", &format!("* {sender} joined"))
                )
            }
            Some(pb::event::Kind::Left(_)) => {
                format!(
                    "{time} {place} {}",
                    self.paint("33", &format!("* {sender} left"))
                )
            }
            Some(_) => {
                let line = format!("! {}", moderation_text(event));
                format!("{time} {place} {}", self.paint("1;33", &line))
            }
            None => format!("{time} {place} * {sender} (unknown event #{})", event.seq),
        }
    }

    /// A presence change as a line, stamped with the local time now.
    pub fn presence(&self, presence: &pb::Presence) -> String {
        let time = self.paint("2", &clock(Some(Utc::now())));
        let place = self.paint("36", &format!("[{}]", clean(&presence.room)));
        let state = state_name(presence.state());
        let what = self.paint("2;33", &format!("* {} is {state}", clean(&presence.user)));
        format!("{time} {place} {what}")
    }
}

/// `online`, `offline` or `unknown`.
pub fn state_name(state: pb::PresenceState) -> &'static str {
    match state {
        pb::PresenceState::Online => "online",
        pb::PresenceState::Offline => "offline",
        pb::PresenceState::Unspecified => "unknown",
    }
}

/// `message`, `joined`, `left`, `invited`, `kicked`, `banned`,
/// `unbanned`, `topic_set`, `role_changed` (or `unknown`).
pub fn kind_name(event: &pb::Event) -> &'static str {
    use pb::event::Kind;
    match event.kind {
        Some(Kind::Message(_)) => "message",
        Some(Kind::Joined(_)) => "joined",
        Some(Kind::Left(_)) => "left",
        Some(Kind::Invited(_)) => "invited",
        Some(Kind::Kicked(_)) => "kicked",
        Some(Kind::Banned(_)) => "banned",
        Some(Kind::Unbanned(_)) => "unbanned",
        Some(Kind::TopicSet(_)) => "topic_set",
        Some(Kind::RoleChanged(_)) => "role_changed",
        Some(Kind::Edited(_)) => "edited",
        Some(Kind::Deleted(_)) => "deleted",
        Some(Kind::ReactionAdded(_)) => "reaction_added",
        Some(Kind::ReactionRemoved(_)) => "reaction_removed",
        None => "unknown",
    }
}

/// `owner`, `moderator`, `member` (or `none`).
pub fn role_name(role: pb::Role) -> &'static str {
    match role {
        pb::Role::Owner => "owner",
        pb::Role::Moderator => "moderator",
        pb::Role::Member => "member",
        pb::Role::Unspecified => "none",
    }
}

/// What a moderation event says, for people: `alice kicked bob (spam)`.
/// Empty for other events.
pub fn moderation_text(event: &pb::Event) -> String {
    use pb::event::Kind;
    let (sender, target) = (clean(&event.sender), clean(&event.target));
    let because = if event.reason.is_empty() {
        String::new()
    } else {
        format!(" ({})", clean(&event.reason))
    };
    match event.kind {
        Some(Kind::Invited(_)) => format!("{sender} invited {target}"),
        Some(Kind::Kicked(_)) => format!("{sender} kicked {target}{because}"),
        Some(Kind::Banned(_)) => format!("{sender} banned {target}{because}"),
        Some(Kind::Unbanned(_)) => format!("{sender} unbanned {target}"),
        Some(Kind::TopicSet(_)) if event.topic.is_empty() => {
            format!("{sender} cleared the topic")
        }
        Some(Kind::TopicSet(_)) => format!("{sender} set the topic: {}", clean(&event.topic)),
        Some(Kind::RoleChanged(_)) => {
            format!("{sender} made {target} {}", role_name(event.role()))
        }
        Some(
            Kind::Edited(_) | Kind::Deleted(_) | Kind::ReactionAdded(_) | Kind::ReactionRemoved(_),
        ) => change_text(event),
        _ => String::new(),
    }
}

/// Whether this event ends `me`'s membership of its room: `me` left, or
/// was kicked or banned.
pub fn removes(event: &pb::Event, me: &str) -> bool {
    use pb::event::Kind;
    match event.kind {
        Some(Kind::Left(_)) => event.sender == me,
        Some(Kind::Kicked(_) | Kind::Banned(_)) => event.target == me,
        _ => false,
    }
}

/// The text of a message event (marked as deleted, or as a reply); what
/// an edit, delete or reaction did; empty for other events.
pub fn text_of(event: &pb::Event) -> String {
    match &event.kind {
        Some(pb::event::Kind::Message(message)) => message_text(message),
        Some(_) => change_text(event),
        None => String::new(),
    }
}

/// A message's text as shown: `(deleted)` for a deleted one, and a reply
/// names what it answers: `[re #3] text`; `(edited)` after an edited one.
pub fn message_text(message: &pb::Message) -> String {
    if message.deleted {
        return "(deleted)".to_owned();
    }
    let mut shown = match message.reply_to_seq {
        Some(seq) => format!("[re #{seq}] {}", message.text),
        None => message.text.clone(),
    };
    if message.edited {
        shown.push_str(" (edited)");
    }
    if !message.reactions.is_empty() {
        let counts: Vec<String> = message
            .reactions
            .iter()
            .map(|r| format!("{} {}", r.reaction, r.count))
            .collect();
        shown.push_str(&format!(" [{}]", counts.join(", ")));
    }
    shown
}

/// What an edit, delete or reaction did, for people: `alice edited #3:
/// new text`, `bob deleted #3`, `carol reacted :+1: to #3`. Empty for
/// other events.
pub fn change_text(event: &pb::Event) -> String {
    use pb::event::Kind;
    let (sender, of) = (clean(&event.sender), event.ref_seq);
    match &event.kind {
        Some(Kind::Edited(edit)) if edit.text.is_empty() => format!("{sender} edited #{of}"),
        Some(Kind::Edited(edit)) => format!("{sender} edited #{of}: {}", clean(&edit.text)),
        Some(Kind::Deleted(_)) => format!("{sender} deleted #{of}"),
        Some(Kind::ReactionAdded(_)) => {
            format!("{sender} reacted {} to #{of}", clean(&event.reaction))
        }
        Some(Kind::ReactionRemoved(_)) => {
            format!("{sender} took back {} from #{of}", clean(&event.reaction))
        }
        _ => String::new(),
    }
}

/// When the server stored the event.
pub fn event_time(event: &pb::Event) -> Option<DateTime<Utc>> {
    let time = event.time.as_ref()?;
    let nanos = u32::try_from(time.nanos).ok()?;
    DateTime::from_timestamp(time.seconds, nanos)
}

/// A time as `HH:MM:SS` in the local time zone (`--:--:--` if unknown).
pub fn clock(time: Option<DateTime<Utc>>) -> String {
    match time {
        Some(time) => time.with_timezone(&Local).format("%H:%M:%S").to_string(),
        None => "--:--:--".to_owned(),
    }
}

/// An event as one JSON object:
///
/// ```json
/// {"kind":"message","seq":3,"room":"lobby","sender":"alice","recipient":null,
///  "time":"2025-01-02T12:01:02.345Z","text":"hi"}
/// ```
///
/// `room` is null for a private message, `recipient` null for a room event,
/// `text` null for joins and leaves; `time` is RFC 3339 in UTC. Moderation
/// events add `target` (invited, kicked, banned, unbanned, role_changed),
/// `reason` (kicked, banned), `topic` (topic_set) and `role`
/// (role_changed).
pub fn event_json(event: &pb::Event) -> Value {
    use pb::event::Kind;
    let optional = |s: &str| (!s.is_empty()).then(|| s.to_owned());
    let text = match &event.kind {
        Some(Kind::Message(message)) => Some(message.text.clone()),
        _ => None,
    };
    let mut fields = serde_json::Map::new();
    match event.kind {
        Some(Kind::Invited(_) | Kind::Unbanned(_)) => {
            fields.insert("target".into(), json!(event.target));
        }
        Some(Kind::Kicked(_) | Kind::Banned(_)) => {
            fields.insert("target".into(), json!(event.target));
            fields.insert("reason".into(), json!(event.reason));
        }
        Some(Kind::TopicSet(_)) => {
            fields.insert("topic".into(), json!(event.topic));
        }
        Some(Kind::RoleChanged(_)) => {
            fields.insert("target".into(), json!(event.target));
            fields.insert("role".into(), json!(role_name(event.role())));
        }
        // Said only where they apply, so a plain message reads as before.
        Some(Kind::Message(ref message)) => {
            if let Some(seq) = message.reply_to_seq {
                fields.insert("reply_to_seq".into(), json!(seq));
            }
            if message.edited {
                fields.insert("edited".into(), json!(true));
            }
            if message.deleted {
                fields.insert("deleted".into(), json!(true));
            }
            if !message.reactions.is_empty() {
                let counts: serde_json::Map<String, Value> = message
                    .reactions
                    .iter()
                    .map(|r| (r.reaction.clone(), json!(r.count)))
                    .collect();
                fields.insert("reactions".into(), Value::Object(counts));
            }
        }
        Some(Kind::Edited(ref edit)) => {
            fields.insert("ref_seq".into(), json!(event.ref_seq));
            fields.insert("text".into(), json!(edit.text));
        }
        Some(Kind::Deleted(_)) => {
            fields.insert("ref_seq".into(), json!(event.ref_seq));
        }
        Some(Kind::ReactionAdded(_) | Kind::ReactionRemoved(_)) => {
            fields.insert("ref_seq".into(), json!(event.ref_seq));
            fields.insert("reaction".into(), json!(event.reaction));
        }
        _ => {}
    }
    let mut value = json!({
        "kind": kind_name(event),
        "seq": event.seq,
        "room": optional(&event.room),
        "sender": event.sender,
        "recipient": optional(&event.recipient),
        "time": event_time(event).map(|t| t.to_rfc3339_opts(SecondsFormat::Millis, true)),
        "text": text,
    });
    if let Value::Object(object) = &mut value {
        object.extend(fields);
    }
    value
}

/// A presence change as one JSON object:
/// `{"kind":"presence","room":"lobby","user":"bob","state":"online"}`.
pub fn presence_json(presence: &pb::Presence) -> Value {
    json!({
        "kind": "presence",
        "room": presence.room,
        "user": presence.user,
        "state": state_name(presence.state()),
    })
}

/// Text with control characters escaped, so it stays on one line and
/// cannot send escape sequences to a terminal.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(room: &str, recipient: &str, kind: pb::event::Kind) -> pb::Event {
        pb::Event {
            room: room.into(),
            seq: 7,
            sender: "bob".into(),
            recipient: recipient.into(),
            time: Some(prost_types::Timestamp {
                seconds: 1_700_000_000,
                nanos: 250_000_000,
            }),
            kind: Some(kind),
            ..Default::default()
        }
    }

    fn message(text: &str) -> pb::event::Kind {
        pb::event::Kind::Message(pb::Message {
            text: text.into(),
            ..Default::default()
        })
    }

    #[test]
    fn text_lines_name_time_room_and_sender() {
        let style = Style::PLAIN;
        let line = style.event(&event("lobby", "", message("hi")));
        let clock = clock(event_time(&event("lobby", "", message("hi"))));
        assert_eq!(line, format!("{clock} [lobby] <bob> hi"));
        let joined = style.event(&event("lobby", "", pb::event::Kind::Joined(pb::Joined {})));
        assert!(joined.ends_with("[lobby] * bob joined"), "{joined}");
        let left = style.event(&event("lobby", "", pb::event::Kind::Left(pb::Left {})));
        assert!(left.ends_with("[lobby] * bob left"), "{left}");
        let private = style.event(&event("", "alice", message("psst")));
        assert!(
            private.ends_with("[private] <bob \u{2192} alice> psst"),
            "{private}"
        );
    }

    #[test]
    fn control_characters_are_escaped() {
        let line = Style::PLAIN.event(&event("lobby", "", message("a\nb\x1b[31m")));
        assert!(line.ends_with("<bob> a\\nb\\u{1b}[31m"), "{line}");
        assert!(!line.contains('\x1b'));
    }

    #[test]
    fn colour_follows_the_terminal_and_no_color() {
        assert!(Style::decide(ColorChoice::Auto, true, None).color);
        assert!(Style::decide(ColorChoice::Auto, true, Some("")).color);
        assert!(!Style::decide(ColorChoice::Auto, true, Some("1")).color);
        assert!(!Style::decide(ColorChoice::Auto, false, None).color);
        assert!(Style::decide(ColorChoice::Always, false, Some("1")).color);
        assert!(!Style::decide(ColorChoice::Never, true, None).color);
        let coloured = Style { color: true }.event(&event("lobby", "", message("hi")));
        assert!(coloured.contains("\x1b["));
        assert!(coloured.contains("hi"));
    }

    #[test]
    fn json_has_the_documented_fields() {
        let value = event_json(&event("", "alice", message("psst")));
        assert_eq!(value["kind"], "message");
        assert_eq!(value["seq"], 7);
        assert_eq!(value["room"], Value::Null);
        assert_eq!(value["sender"], "bob");
        assert_eq!(value["recipient"], "alice");
        assert_eq!(value["time"], "2023-11-14T22:13:20.250Z");
        assert_eq!(value["text"], "psst");
        let joined = event_json(&event("lobby", "", pb::event::Kind::Joined(pb::Joined {})));
        assert_eq!(joined["kind"], "joined");
        assert_eq!(joined["room"], "lobby");
        assert_eq!(joined["text"], Value::Null);
    }

    #[test]
    fn moderation_events_are_lines_of_their_own() {
        let mut kicked = event("lobby", "", pb::event::Kind::Kicked(pb::Kicked {}));
        kicked.target = "eve".into();
        kicked.reason = "spam".into();
        let line = Style::PLAIN.event(&kicked);
        assert!(line.ends_with("[lobby] ! bob kicked eve (spam)"), "{line}");
        assert!(removes(&kicked, "eve") && !removes(&kicked, "bob"));
        let value = event_json(&kicked);
        assert_eq!(
            (&value["kind"], &value["target"], &value["reason"]),
            (&json!("kicked"), &json!("eve"), &json!("spam"))
        );
        let mut topic = event("lobby", "", pb::event::Kind::TopicSet(pb::TopicSet {}));
        topic.topic = "release day".into();
        assert!(Style::PLAIN
            .event(&topic)
            .ends_with("! bob set the topic: release day"));
        let mut role = event(
            "lobby",
            "",
            pb::event::Kind::RoleChanged(pb::RoleChanged {}),
        );
        role.target = "carol".into();
        role.set_role(pb::Role::Moderator);
        assert!(Style::PLAIN
            .event(&role)
            .ends_with("! bob made carol moderator"));
    }
}
