//! What the chat shows for each update of its session, and what each does
//! to the chat: the rooms the user is in, the current room, the saved
//! positions, and how the chat ends.

use confab::{
    client::{
        cursors::ConversationId,
        render::removes,
        session::{Command, Ending, Moderation, Update},
    },
    pb,
};
use tonic::Code;

use super::{lines::refusal, Chat};
use crate::{
    render::{self, About},
    Failure, Outcome, UNREACHABLE,
};

impl Chat<'_> {
    /// Shows an update; `Some` when the session is over.
    pub(super) fn update(&mut self, update: Update) -> Option<Outcome> {
        match update {
            Update::Connected {
                reconnected: true,
                cursors,
            } => {
                let list: Vec<String> = cursors
                    .iter()
                    .map(|(conversation, seq)| format!("{conversation} after {seq}"))
                    .collect();
                self.notice(&format!(
                    "reconnected; resumed from cursors ({})",
                    if list.is_empty() {
                        "none".to_owned()
                    } else {
                        list.join(", ")
                    }
                ));
            }
            Update::Connected { .. } => {}
            Update::Ready {
                rooms,
                replayed,
                reconnected,
                positions,
            } => {
                self.rooms = rooms.into_iter().collect();
                if self
                    .current
                    .as_ref()
                    .is_none_or(|c| !self.rooms.contains(c))
                {
                    self.set_current(self.rooms.iter().next().cloned());
                }
                self.saved.replace(positions);
                let caught_up = format!("caught up: {}", render::count(replayed, "missed event"));
                if reconnected {
                    self.notice(&caught_up);
                } else {
                    self.connected();
                    if self.resumed || replayed > 0 {
                        self.notice(&caught_up);
                    }
                    self.ready = true;
                    self.term.start();
                }
            }
            Update::Event { event, moved } => {
                if !event.room.is_empty() {
                    if event.sender == self.ctx.user
                        && matches!(event.kind, Some(pb::event::Kind::Joined(_)))
                    {
                        self.rooms.insert(event.room.clone());
                    }
                    if removes(&event, &self.ctx.user) {
                        // Left in another session, or kicked or banned:
                        // nothing more comes from the room.
                        self.forget(&event.room);
                    }
                }
                self.say(&self.ctx.style.event(&event));
                self.saved.moved(&moved);
            }
            Update::Presence(presence) => self.say(&self.ctx.style.presence(&presence)),
            // A big room's summary may name us too.
            Update::Typing(typing) if typing.user == self.ctx.user => {}
            Update::Typing(typing) => {
                if self.show_typing && self.typing.starts(&typing, std::time::SystemTime::now()) {
                    let at = super::typing::where_(typing.conversation.as_ref());
                    self.notice(&format!("{} is typing in {at}…", typing.user));
                }
            }
            // Another device read on: nothing to show in a line chat.
            Update::ReadMarker(_) => {}
            Update::UnreadSkipped(skipped) => {
                let at = super::typing::where_(skipped.conversation.as_ref());
                self.notice(&format!(
                    "{} in {at} not shown (see /history)",
                    render::count(skipped.skipped as usize, "older unread event")
                ));
            }
            Update::Acked {
                command,
                ack,
                event,
                moved,
                ..
            } => self.acked(command, ack.duplicate, event.as_ref(), moved.as_ref()),
            Update::Failed { command, error, .. } => {
                let (what, about) = match &command {
                    Command::Say { room, .. } => (format!("not sent to {room}"), About::Room(room)),
                    Command::Whisper { to, .. } => (format!("not sent to @{to}"), About::User(to)),
                    Command::Join { room } => (format!("cannot join {room}"), About::Nothing),
                    Command::Create { room, .. } => {
                        (format!("cannot create {room}"), About::Nothing)
                    }
                    Command::Moderate(Moderation::Block { user, .. }) => {
                        (render::command(&command), About::User(user))
                    }
                    Command::Moderate(_) => (render::command(&command), About::Nothing),
                    Command::Leave { room } => {
                        (format!("cannot leave {room}"), About::Leaving(room))
                    }
                };
                self.refuse(&format!("{what}: {}", refusal(&error, about)));
            }
            Update::ResumeError(error) => self.resume_error(&error),
            Update::Disconnected { cause, retry_for } => {
                let cause = render::cause(&cause);
                if retry_for.is_zero() {
                    self.notice(&format!("disconnected: {cause}"));
                } else {
                    self.notice(&format!(
                        "disconnected: {cause}; reconnecting (for up to {} s)",
                        retry_for.as_secs()
                    ));
                }
            }
            Update::Queued { command, .. } => self.notice(&format!(
                "not connected: {} queued, sent when the connection is back",
                render::command(&command)
            )),
            Update::NotSent { command, .. } => {
                self.refuse(&format!("not sent: {}", render::command(&command)));
            }
            Update::Closed => return Some(self.closed()),
            Update::Ended(Ending::GaveUp { last, tried_for }) => {
                return Some(Err(Failure::new(
                    UNREACHABLE,
                    format!(
                        "gave up reconnecting to {} after {} s (--retry-for {}): {}",
                        self.ctx.address,
                        tried_for.as_secs(),
                        self.retry_for.as_secs(),
                        render::cause(&last)
                    ),
                )));
            }
            Update::Ended(Ending::Refused(status)) => {
                return Some(Err(self.ctx.refused(&status, About::Nothing)));
            }
        }
        None
    }

    /// The first `ready`: who, where, and what is current.
    fn connected(&self) {
        let rooms: Vec<&str> = self.rooms.iter().map(String::as_str).collect();
        self.notice(&format!(
            "connected to {} as {}; rooms: {}; {}; /help for commands",
            self.ctx.address,
            self.ctx.user,
            if rooms.is_empty() {
                "none".to_owned()
            } else {
                rooms.join(", ")
            },
            match &self.current {
                Some(room) => format!("current room: {room}"),
                None => "no current room (/join ROOM)".to_owned(),
            }
        ));
    }

    fn acked(
        &mut self,
        command: Command,
        duplicate: bool,
        event: Option<&pb::Event>,
        moved: Option<&confab::client::session::Moved>,
    ) {
        if let Some(event) = event {
            self.say(&self.ctx.style.event(event));
        }
        if let Some(moved) = moved {
            self.saved.moved(moved);
        }
        match command {
            Command::Join { room } | Command::Create { room, .. } => {
                if event.is_none() {
                    self.notice(&format!("already in {room}"));
                }
                self.rooms.insert(room.clone());
                self.set_current(Some(room.clone()));
                self.notice(&format!("current room: {room}"));
            }
            Command::Leave { room } => {
                self.forget(&room);
                match &self.current {
                    Some(current) => self.notice(&format!("current room: {current}")),
                    None => self.notice("no current room: /join ROOM"),
                }
            }
            Command::Moderate(Moderation::Block { user, blocked }) => {
                let what = if blocked { "blocked" } else { "unblocked" };
                self.notice(&format!("{what} {user}"));
            }
            Command::Moderate(moderation) => {
                if duplicate {
                    let what = render::moderation(&moderation);
                    self.notice(&format!("{what}: nothing to change"));
                }
            }
            Command::Say { .. } | Command::Whisper { .. } => {}
        }
    }

    /// A cursor the server could not honour on resume.
    fn resume_error(&mut self, error: &pb::ChatError) {
        let conversation = error
            .conversation
            .as_ref()
            .and_then(ConversationId::from_pb);
        let name = conversation
            .as_ref()
            .map_or_else(|| "a conversation".to_owned(), ToString::to_string);
        if Code::from_i32(error.code) == Code::OutOfRange {
            self.notice(&format!(
                "{name}: the server holds fewer events than this chat has seen \
                 (was its data reset?); going on from what it holds"
            ));
            return;
        }
        let about = match &conversation {
            Some(ConversationId::Room(room)) => About::Room(room),
            Some(ConversationId::Peer(peer)) => About::User(peer),
            None => About::Nothing,
        };
        self.error(&format!(
            "cannot catch up on {name}: {}; showing only new events there",
            refusal(error, about)
        ));
    }

    /// The user is no longer in `room`.
    fn forget(&mut self, room: &str) {
        self.rooms.remove(room);
        if self.current.as_deref() == Some(room) {
            self.set_current(self.rooms.iter().next().cloned());
        }
    }
}
