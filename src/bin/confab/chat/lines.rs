//! What a typed line does: text goes to the current room, `@user text`
//! privately, `/command` is a chat command. Mistakes are answered here, in
//! chat terms, before anything is sent; /history is one unary call, /who
//! and /rooms one per page of the listing.

use confab::{
    client::{
        cursors::ConversationId,
        pages, render as events,
        session::{Cause, Command, Moderation},
        Client,
    },
    pb,
};
use tonic::Status;

use super::{Chat, Next};
use crate::{
    check_room, check_user,
    oneshot::CALL_TIMEOUT,
    render::{self, About, Place},
};

const CHAT_HELP: &[&str] = &[
    "TEXT              send TEXT to the current room (//TEXT sends /TEXT)",
    "@USER TEXT        send TEXT privately to USER",
    "/join ROOM        join ROOM and make it the current room",
    "/leave [ROOM]     leave ROOM (default: the current room)",
    "/room ROOM        make ROOM (one you are in) the current room",
    "/who [ROOM]       members of the current room, online or offline",
    "/rooms            every room, with its members and whether you are in it",
    "/history [N]      the last N events (default 20) of the current room;",
    "                  /history ROOM [N] or /history @USER [N] for another",
    "/create ROOM [private]   create ROOM (private: invite-only); you own it",
    "/invite USER [#ROOM]     invite USER to ROOM (default: the current room)",
    "/kick USER [#ROOM] [REASON]   remove USER from the room",
    "/ban USER [#ROOM] [REASON]    remove USER and keep them out",
    "/unban USER [#ROOM]      let USER back",
    "/topic [#ROOM] [TEXT]    set the room's topic (no text clears it)",
    "/mod USER [#ROOM]        make USER a moderator (the owner only);",
    "/unmod USER [#ROOM]      or a member again",
    "/block USER, /unblock USER   refuse (or accept again) USER's private messages",
    "/help             this list",
    "/quit             leave the chat (so does end of input, ctrl-d)",
];

impl Chat<'_> {
    /// One line typed by the user.
    pub(super) async fn input(&mut self, line: &str) -> Next {
        let line = line.trim_end_matches(['\r', '\n']);
        if line.trim().is_empty() {
            return Next::Go;
        }
        if let Some(text) = line.strip_prefix("//") {
            self.say_in_room(format!("/{text}"));
        } else if let Some(command) = line.strip_prefix('/') {
            let mut words = command.split_whitespace();
            let name = words.next().unwrap_or_default();
            let args: Vec<&str> = words.collect();
            return self.command(name, &args).await;
        } else if let Some(rest) = line.strip_prefix('@') {
            let (to, text) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
            if text.trim().is_empty() {
                self.refuse("usage: @USER TEXT");
            } else if let Err(failure) = check_user(to) {
                self.refuse(&failure.message);
            } else if to == self.ctx.user {
                self.refuse("you cannot send a private message to yourself");
            } else {
                self.handle.submit(Command::Whisper {
                    to: to.to_owned(),
                    text: text.to_owned(),
                });
            }
        } else {
            self.say_in_room(line.to_owned());
        }
        Next::Go
    }

    fn say_in_room(&mut self, text: String) {
        match &self.current {
            Some(room) => {
                self.handle.submit(Command::Say {
                    room: room.clone(),
                    text,
                });
            }
            None => self.refuse("no current room: /join ROOM first (/help lists the commands)"),
        }
    }

    async fn command(&mut self, name: &str, args: &[&str]) -> Next {
        let room_arg = |this: &Self| -> Option<String> {
            args.first()
                .map(|s| (*s).to_owned())
                .or_else(|| this.current.clone())
        };
        match (name, args.len()) {
            ("quit" | "exit" | "q", _) => return Next::Quit,
            ("help" | "h" | "?", _) => {
                for line in CHAT_HELP.iter().chain(super::edits::HELP) {
                    self.notice(line);
                }
            }
            ("join", 1) => match check_room(args[0]) {
                Err(failure) => self.refuse(&failure.message),
                Ok(()) => {
                    self.handle.submit(Command::Join {
                        room: args[0].to_owned(),
                    });
                }
            },
            ("leave", 0 | 1) => match room_arg(self) {
                Some(room) => {
                    self.handle.submit(Command::Leave { room });
                }
                None => self.refuse("usage: /leave ROOM (there is no current room)"),
            },
            ("room", 1) => {
                let room = args[0];
                if self.rooms.contains(room) {
                    self.set_current(Some(room.to_owned()));
                    self.notice(&format!("current room: {room}"));
                } else {
                    self.refuse(&format!("you are not in room {room}: /join {room} first"));
                }
            }
            ("who", 0 | 1) => match room_arg(self) {
                Some(room) => self.who(&room).await,
                None => self.refuse("usage: /who ROOM (there is no current room)"),
            },
            ("rooms", 0) => self.list_rooms().await,
            ("create", 1 | 2) => match (check_room(args[0]), args.get(1)) {
                (Err(failure), _) => self.refuse(&failure.message),
                (Ok(()), None | Some(&"private")) => {
                    self.handle.submit(Command::Create {
                        room: args[0].to_owned(),
                        private: args.len() == 2,
                    });
                }
                (Ok(()), Some(_)) => self.refuse("usage: /create ROOM [private]"),
            },
            (
                "invite" | "kick" | "ban" | "unban" | "mod" | "unmod" | "topic" | "block"
                | "unblock",
                _,
            ) => match self.moderation(name, args) {
                Ok(moderation) => {
                    self.handle.submit(Command::Moderate(moderation));
                }
                Err(usage) => self.refuse(&usage),
            },
            ("history", 0..=2) => self.history(args).await,
            (name, _) if Self::is_edit_command(name) => self.edit_command(name, args).await,
            ("join" | "room", _) => self.refuse(&format!("usage: /{name} ROOM")),
            ("leave" | "who", _) => self.refuse(&format!("usage: /{name} [ROOM]")),
            ("rooms", _) => self.refuse("usage: /rooms (it takes no arguments)"),
            ("create", _) => self.refuse("usage: /create ROOM [private]"),
            ("history", _) => self.refuse("usage: /history [ROOM | @USER] [N]"),
            _ => self.refuse(&format!("unknown command /{name}: /help lists them")),
        }
        Next::Go
    }

    /// A typed moderation command (`/kick bob #lobby spam`), or how to
    /// type it. The room is the current one unless a `#ROOM` follows the
    /// user (or, for /topic, comes first).
    fn moderation(&self, name: &str, args: &[&str]) -> Result<Moderation, String> {
        let usage = || match name {
            "kick" | "ban" => format!("usage: /{name} USER [#ROOM] [REASON]"),
            "topic" => "usage: /topic [#ROOM] [TEXT]".to_owned(),
            "block" | "unblock" => format!("usage: /{name} USER"),
            _ => format!("usage: /{name} USER [#ROOM]"),
        };
        let (user, rest) = match (name, args.split_first()) {
            ("topic", _) => (String::new(), args),
            (_, Some((user, rest))) => {
                check_user(user).map_err(|f| f.message)?;
                ((*user).to_owned(), rest)
            }
            (_, None) => return Err(usage()),
        };
        if matches!(name, "block" | "unblock") {
            if !rest.is_empty() {
                return Err(usage());
            }
            return Ok(Moderation::Block {
                user,
                blocked: name == "block",
            });
        }
        let (room, rest) = match rest.split_first() {
            Some((first, rest)) if first.starts_with('#') => {
                let room = &first[1..];
                check_room(room).map_err(|f| f.message)?;
                (room.to_owned(), rest)
            }
            _ => match &self.current {
                Some(room) => (room.clone(), rest),
                None => return Err(format!("{}: there is no current room", usage())),
            },
        };
        let text = rest.join(" ");
        let takes_text = matches!(name, "kick" | "ban" | "topic");
        if !takes_text && !text.is_empty() {
            return Err(usage());
        }
        Ok(match name {
            "invite" => Moderation::Invite { room, user },
            "kick" => Moderation::Kick {
                room,
                user,
                reason: text,
            },
            "ban" => Moderation::Ban {
                room,
                user,
                reason: text,
            },
            "unban" => Moderation::Unban { room, user },
            "topic" => Moderation::Topic { room, topic: text },
            moderator => Moderation::SetRole {
                room,
                user,
                moderator: moderator == "mod",
            },
        })
    }

    /// The client for unary calls, connecting if there is none; `None`
    /// (and said why) if the server cannot be reached.
    pub(super) async fn unary(&mut self, what: &str) -> Option<Client> {
        if let Some(client) = &self.client {
            return Some(client.clone());
        }
        match self.ctx.client().await {
            Ok(client) => {
                self.client = Some(client.clone());
                Some(client)
            }
            Err(failure) => {
                self.refuse(&format!("{what}: {}", failure.message));
                None
            }
        }
    }

    /// The answer of a unary call made for a typed command; on failure
    /// says so in chat terms (`what` says what could not be done) and
    /// returns `None`.
    pub(super) async fn answer<T>(
        &mut self,
        what: &str,
        about: About<'_>,
        call: impl std::future::Future<Output = Result<tonic::Response<T>, Status>>,
    ) -> Option<T> {
        let reason = match tokio::time::timeout(CALL_TIMEOUT, call).await {
            Ok(Ok(answer)) => return Some(answer.into_inner()),
            Ok(Err(status)) => match Cause::of(&status) {
                cause @ (Cause::ShuttingDown | Cause::ConnectionLost) => {
                    // A broken connection is made again next time.
                    self.client = None;
                    render::cause(&cause)
                }
                _ if status.code() == tonic::Code::Unauthenticated => {
                    // The token may have been replaced: read it again
                    // next time.
                    self.client = None;
                    render::refusal(status.code(), status.message(), about, Place::Chat)
                }
                _ => render::refusal(status.code(), status.message(), about, Place::Chat),
            },
            Err(_) => "the server did not answer in time".to_owned(),
        };
        self.refuse(&format!("{what}: {reason}"));
        None
    }

    async fn who(&mut self, room: &str) {
        let what = format!("cannot list the members of {room}");
        let Some(mut client) = self.unary(&what).await else {
            return;
        };
        let call = pages::all_members(&mut client, room);
        let Some(members) = self.answer(&what, About::Room(room), call).await else {
            return;
        };
        let list: Vec<String> = members
            .members
            .iter()
            .map(|m| format!("{} ({})", m.user, events::state_name(m.state())))
            .collect();
        self.notice(&format!("members of {room}: {}", list.join(", ")));
        let ranked: Vec<String> = members
            .members
            .iter()
            .filter(|m| matches!(m.role(), pb::Role::Owner | pb::Role::Moderator))
            .map(|m| format!("{} ({})", m.user, events::role_name(m.role())))
            .collect();
        if !ranked.is_empty() {
            self.notice(&format!("moderators of {room}: {}", ranked.join(", ")));
        }
    }

    async fn list_rooms(&mut self) {
        let what = "cannot list the rooms";
        let Some(mut client) = self.unary(what).await else {
            return;
        };
        let call = pages::all_rooms(&mut client);
        let Some(rooms) = self.answer(what, About::Nothing, call).await else {
            return;
        };
        if rooms.rooms.is_empty() {
            self.notice("no rooms yet: /join ROOM");
        }
        for room in rooms.rooms {
            let members = render::count(room.member_count as usize, "member");
            let topic = if room.topic.is_empty() {
                String::new()
            } else {
                format!(", topic: {}", events::clean(&room.topic))
            };
            let unread = if room.unread_count > 0 {
                format!(", {} unread", room.unread_count)
            } else {
                String::new()
            };
            self.notice(&format!(
                "room {}: {members}, last seq {}{}{}{}{topic}{unread}",
                room.name,
                room.last_seq,
                if room.is_member { " (joined)" } else { "" },
                if room.private { " (private)" } else { "" },
                if room.invited { " (invited)" } else { "" },
            ));
        }
    }

    async fn history(&mut self, args: &[&str]) {
        let mut limit = 20;
        let mut conversation = self.current.clone().map(ConversationId::Room);
        for arg in args {
            if let Ok(n) = arg.parse::<u32>() {
                limit = n;
            } else if let Some(peer) = arg.strip_prefix('@') {
                conversation = Some(ConversationId::Peer(peer.to_owned()));
            } else {
                conversation = Some(ConversationId::Room((*arg).to_owned()));
            }
        }
        let Some(conversation) = conversation else {
            self.refuse("usage: /history [ROOM | @USER] [N] (there is no current room)");
            return;
        };
        let checked = match &conversation {
            ConversationId::Room(room) => check_room(room),
            ConversationId::Peer(peer) => check_user(peer),
        };
        if let Err(failure) = checked {
            self.refuse(&failure.message);
            return;
        }
        let request = pb::HistoryRequest {
            conversation: Some(conversation.to_pb()),
            after_seq: None,
            before_seq: None,
            limit,
            apply_edits: true,
        };
        let what = format!("cannot show the history of {conversation}");
        let about = match &conversation {
            ConversationId::Room(room) => About::Room(room),
            ConversationId::Peer(peer) => About::User(peer),
        };
        let Some(mut client) = self.unary(&what).await else {
            return;
        };
        let call = client.history(request);
        let Some(page) = self.answer(&what, about, call).await else {
            return;
        };
        self.notice(&format!(
            "history of {conversation}: {}, latest seq {}",
            render::count(page.events.len(), "event"),
            page.last_seq
        ));
        for event in &page.events {
            self.say(&self.ctx.style.event(event));
        }
        self.notice(&format!("end of history of {conversation}"));
    }
}

/// How a refusal of a typed command reads in the chat.
pub(super) fn refusal(error: &pb::ChatError, about: About<'_>) -> String {
    let code = tonic::Code::from_i32(error.code);
    render::refusal(code, &error.message, about, Place::Chat)
}
