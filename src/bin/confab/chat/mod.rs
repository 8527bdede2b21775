//! `confab chat`: the interactive session.
//!
//! It opens a session (see [`confab::client::session`]) that resumes from
//! the saved cursors ([`saved`]), then loops over three things: lines the
//! user types ([`lines`]), updates from the session ([`updates`]), and
//! ctrl-C. Typed lines are taken only once the session is ready (before
//! that there is no current room to send them to); lines typed while
//! disconnected are queued by the session. Input and output go through
//! [`terminal`]: a line editor on a terminal, plain lines otherwise.

mod edits;
mod keystrokes;
mod lines;
mod saved;
mod terminal;
mod typing;
mod updates;

use std::{collections::BTreeSet, io::IsTerminal, time::Duration};

use confab::{
    client::{
        session::{self, Backoff, SessionHandle, Update},
        Client,
    },
    pb,
};
use tokio::sync::mpsc;

use crate::{
    check_room, connect_failure, oneshot::call, render, render::About, ChatArgs, Ctx, Failure,
    Outcome, REFUSED,
};
use saved::Saved;
use terminal::{Input, Terminal};

/// A running chat.
pub(crate) struct Chat<'a> {
    ctx: &'a Ctx,
    handle: SessionHandle,
    /// Rooms the user is in, as far as this session knows.
    rooms: BTreeSet<String>,
    /// Where a typed line goes.
    current: Option<String>,
    /// How long the session tries to reconnect.
    retry_for: Duration,
    term: Terminal,
    saved: Saved,
    /// Whether saved positions were resumed from.
    resumed: bool,
    /// The first `ready` has come: typed lines are taken from now on.
    ready: bool,
    /// How many typed lines were refused, here or by the server.
    refused: usize,
    /// A client for the unary calls of /who, /rooms and /history, made on
    /// first use.
    client: Option<Client>,
    /// Who is shown typing where.
    typing: typing::Shown,
    /// Whether typing is shown and told (`--typing`).
    show_typing: bool,
}

/// What to do after a line of input.
enum Next {
    Go,
    Quit,
}

pub(crate) async fn run(ctx: &Ctx, args: ChatArgs) -> Outcome {
    if let Some(room) = &args.room {
        check_room(room)?;
        let mut client = ctx.client().await?;
        let request = pb::JoinRequest { room: room.clone() };
        let joined = call(ctx, About::Room(room), client.join(request)).await?;
        if joined.joined {
            crate::out(&ctx.style.notice(&format!("you joined {room}")));
        }
    }
    let (saved, trouble) = Saved::open(args.state_dir.as_deref(), &ctx.address, &ctx.user);
    if let Some(trouble) = trouble {
        crate::out(&ctx.style.notice(&trouble));
    }
    let backoff = Backoff {
        first: Duration::from_millis(args.retry_delay.max(1)),
        give_up_after: Duration::from_secs(args.retry_for),
        ..Backoff::default()
    };
    let options = session::Options {
        address: ctx.server.clone(),
        user: ctx.user.clone(),
        backoff,
        resume_from: saved.resume_from(),
        token: ctx.token.clone(),
    };
    let (handle, mut updates) = session::open(options).await.map_err(|error| match error {
        session::OpenError::Connect(error) => connect_failure(&error),
        session::OpenError::Refused(status) => ctx.refused(&status, About::Nothing),
    })?;
    let interactive = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let mut chat = Chat {
        ctx,
        handle,
        rooms: BTreeSet::new(),
        current: None,
        retry_for: backoff.give_up_after,
        term: Terminal::new(interactive, ctx.style.color),
        resumed: !saved.is_empty(),
        saved,
        ready: false,
        refused: 0,
        client: None,
        typing: typing::Shown::default(),
        show_typing: args.typing,
    };
    chat.term.tell_typing(args.typing);
    chat.set_current(args.room);
    let outcome = chat.run(&mut updates).await;
    chat.save();
    chat.term.finish().await;
    outcome
}

impl Chat<'_> {
    async fn run(&mut self, updates: &mut mpsc::Receiver<Update>) -> Outcome {
        let mut interrupted = false;
        loop {
            tokio::select! {
                input = self.term.next(), if self.ready && self.term.reading() => match input {
                    Input::Line(line) => {
                        if let Next::Quit = self.input(&line).await {
                            self.stop_reading();
                        }
                    }
                    Input::Typing => self.typing().await,
                    Input::End => self.stop_reading(),
                    Input::Interrupt => {
                        interrupted = true;
                        self.stop_reading();
                    }
                },
                update = updates.recv() => match update {
                    Some(update) => {
                        if let Some(outcome) = self.update(update) {
                            return outcome;
                        }
                    }
                    None => return Ok(()),
                },
                _ = tokio::signal::ctrl_c() => {
                    if interrupted {
                        return Err(Failure::new(REFUSED, "interrupted; unsent lines are lost"));
                    }
                    interrupted = true;
                    self.stop_reading();
                }
            }
            if updates.is_empty() {
                self.save();
            }
        }
    }

    /// Tells the current room the user is typing, in the background: a
    /// typing signal that fails is not worth a word.
    async fn typing(&mut self) {
        let Some(room) = self.current.clone().filter(|_| self.show_typing) else {
            return;
        };
        let Some(mut client) = self.unary("cannot say you are typing").await else {
            return;
        };
        tokio::spawn(async move {
            let request = pb::SendTypingRequest {
                conversation: Some(pb::Conversation {
                    kind: Some(pb::conversation::Kind::Room(room)),
                }),
            };
            let _ = client.send_typing(request).await;
        });
    }

    /// No more input: the session ends once what was typed is answered.
    fn stop_reading(&mut self) {
        self.term.stop_reading();
        self.handle.close();
    }

    /// How the chat ends once the session has closed: with a piped input
    /// any refused line makes it fail.
    fn closed(&self) -> Outcome {
        if self.refused > 0 && !self.term.interactive() {
            let lines = render::count(self.refused, "line");
            return Err(Failure::new(
                REFUSED,
                format!("{lines} refused; see the errors above"),
            ));
        }
        Ok(())
    }

    fn say(&self, line: &str) {
        self.term.print(line);
    }

    fn notice(&self, text: &str) {
        self.say(&self.ctx.style.notice(text));
    }

    fn error(&self, text: &str) {
        self.say(&self.ctx.style.error(text));
    }

    /// Shows an error about something the user typed.
    fn refuse(&mut self, text: &str) {
        self.refused += 1;
        self.error(text);
    }

    /// Makes `room` the current room, and the prompt say so.
    fn set_current(&mut self, room: Option<String>) {
        self.term.set_room(room.as_deref());
        self.current = room;
    }

    /// Writes the state file if anything changed.
    fn save(&mut self) {
        if let Some(trouble) = self.saved.write() {
            self.notice(&trouble);
        }
    }
}
