//! The chat commands on messages: `/edit SEQ TEXT`, `/delete SEQ`,
//! `/react SEQ REACTION` (`-REACTION` takes it back), `/reply SEQ TEXT`
//! and `/search WORDS`. Each acts on the current room, or on the room or
//! private conversation named first (`#ROOM`, `@USER`), with one unary
//! call; the events they store come back on the session like any other.

use confab::{client::cursors::ConversationId, pb};

use super::Chat;
use crate::{
    check_room, check_user,
    render::{self, About},
};

/// The help lines of these commands.
pub(super) const HELP: &[&str] = &[
    "/edit [#ROOM|@USER] SEQ TEXT    replace the text of your message SEQ",
    "/delete [#ROOM|@USER] SEQ       delete message SEQ (yours, or any as a moderator)",
    "/react [#ROOM|@USER] SEQ :+1:   react to message SEQ (-:+1: takes it back)",
    "/reply [#ROOM|@USER] SEQ TEXT   answer message SEQ",
    "/search WORDS     messages holding every word, newest first",
];

impl Chat<'_> {
    /// Whether `name` is one of these commands.
    pub(super) fn is_edit_command(name: &str) -> bool {
        matches!(name, "edit" | "delete" | "react" | "reply" | "search")
    }

    /// Carries out one of these commands.
    pub(super) async fn edit_command(&mut self, name: &str, args: &[&str]) {
        if name == "search" {
            return self.search(args).await;
        }
        let usage = || match name {
            "delete" => "usage: /delete [#ROOM|@USER] SEQ".to_owned(),
            "react" => "usage: /react [#ROOM|@USER] SEQ REACTION (-REACTION removes it)".to_owned(),
            _ => format!("usage: /{name} [#ROOM|@USER] SEQ TEXT"),
        };
        let (conversation, args) = match args.split_first() {
            Some((first, rest)) if first.starts_with('#') => {
                (Some(ConversationId::Room(first[1..].to_owned())), rest)
            }
            Some((first, rest)) if first.starts_with('@') => {
                (Some(ConversationId::Peer(first[1..].to_owned())), rest)
            }
            _ => (self.current.clone().map(ConversationId::Room), args),
        };
        let Some(conversation) = conversation else {
            return self.refuse(&format!("{}: there is no current room", usage()));
        };
        let checked = match &conversation {
            ConversationId::Room(room) => check_room(room),
            ConversationId::Peer(peer) => check_user(peer),
        };
        if let Err(failure) = checked {
            return self.refuse(&failure.message);
        }
        let Some((seq, rest)) = args
            .split_first()
            .and_then(|(seq, rest)| Some((seq.trim_start_matches('#').parse::<u64>().ok()?, rest)))
        else {
            return self.refuse(&usage());
        };
        let text = rest.join(" ");
        let wants_text = matches!(name, "edit" | "reply" | "react");
        if wants_text == text.is_empty() || (name == "react" && rest.len() != 1) {
            return self.refuse(&usage());
        }
        let what = format!("cannot {name} #{seq} in {conversation}");
        let about = match &conversation {
            ConversationId::Room(room) => About::Room(room),
            ConversationId::Peer(peer) => About::User(peer),
        };
        let Some(mut client) = self.unary(&what).await else {
            return;
        };
        let at = Some(conversation.to_pb());
        let done = match name {
            "edit" => {
                let call = client.edit_message(pb::EditMessageRequest {
                    conversation: at,
                    seq,
                    text,
                });
                self.answer(&what, about, call)
                    .await
                    .map(|r| format!("edited #{seq} (as #{})", r.seq))
            }
            "delete" => {
                let call = client.delete_message(pb::DeleteMessageRequest {
                    conversation: at,
                    seq,
                });
                self.answer(&what, about, call).await.map(|r| {
                    if r.changed {
                        format!("deleted #{seq}")
                    } else {
                        format!("#{seq} was deleted already")
                    }
                })
            }
            "react" => {
                let (reaction, remove) = match text.strip_prefix('-') {
                    Some(reaction) => (reaction.to_owned(), true),
                    None => (text, false),
                };
                let call = client.react(pb::ReactRequest {
                    conversation: at,
                    seq,
                    reaction: reaction.clone(),
                    remove,
                });
                self.answer(&what, about, call)
                    .await
                    .map(|r| match (r.changed, remove) {
                        (true, false) => format!("reacted {reaction} to #{seq}"),
                        (true, true) => format!("took back {reaction} from #{seq}"),
                        (false, false) => format!("you had reacted {reaction} to #{seq} already"),
                        (false, true) => format!("you had not reacted {reaction} to #{seq}"),
                    })
            }
            _ => {
                use pb::send_message_request::Target;
                let target = match &conversation {
                    ConversationId::Room(room) => Target::Room(room.clone()),
                    ConversationId::Peer(peer) => Target::ToUser(peer.clone()),
                };
                let call = client.send_message(pb::SendMessageRequest {
                    target: Some(target),
                    text,
                    client_message_id: String::new(),
                    reply_to_seq: Some(seq),
                });
                self.answer(&what, about, call)
                    .await
                    .map(|r| format!("replied to #{seq} (as #{})", r.seq))
            }
        };
        if let Some(done) = done {
            self.notice(&done);
        }
    }

    /// `/search WORDS`: the newest 20 messages holding every word.
    async fn search(&mut self, args: &[&str]) {
        if args.is_empty() {
            return self.refuse("usage: /search WORDS");
        }
        let query = args.join(" ");
        let what = format!("cannot search for {query:?}");
        let Some(mut client) = self.unary(&what).await else {
            return;
        };
        let call = client.search(pb::SearchRequest {
            query: query.clone(),
            page_token: String::new(),
            limit: 20,
        });
        let Some(page) = self.answer(&what, About::Nothing, call).await else {
            return;
        };
        self.notice(&format!(
            "search for {query:?}: {}{}",
            render::count(page.events.len(), "message"),
            if page.next_page_token.is_empty() {
                ""
            } else {
                " (the newest; there are more)"
            }
        ));
        for event in &page.events {
            let line = format!("#{} {}", event.seq, self.ctx.style.event(event));
            self.say(&line);
        }
        self.notice("end of search");
    }
}
