//! confab: the command-line client. `confab chat` is an interactive session
//! that survives server restarts; the other subcommands are one call each,
//! for scripts, with exit codes that mean something.

use std::{collections::BTreeSet, io::Write, process::ExitCode, time::Duration};

use clap::{Args, Parser, Subcommand, ValueEnum};
use confab::{
    client::{
        self,
        cursors::ConversationId,
        error_chain,
        render::{self, ColorChoice, Style},
        session::{self, Backoff, Command, Ending, SessionHandle, Update},
        Client, ConnectError,
    },
    model::{RoomName, UserName},
    pb,
};
use serde_json::json;
use tokio::io::{AsyncBufReadExt, BufReader};
use tonic::{Code, Status};

const EXIT_CODES: &str = "\
Exit codes:
  0  done (for tail and chat: the stream ended, or stdin did, or ctrl-c)
  1  the server refused the call or it failed: not a member of the room,
     unknown user, empty or oversized text, ... (the message says why)
  2  usage: bad or missing arguments, or an invalid user or room name
  3  the server cannot be reached, or went away (chat: and did not come back
     within --retry-for)

The server is --server or CONFAB_SERVER (default 127.0.0.1:50051, http://
optional); the user is --user or CONFAB_USER.";

/// Exit code: the call was refused or failed.
const REFUSED: u8 = 1;
/// Exit code: bad usage.
const USAGE: u8 = 2;
/// Exit code: the server cannot be reached.
const UNREACHABLE: u8 = 3;

/// How long one unary call may take.
const CALL_TIMEOUT: Duration = Duration::from_secs(30);

/// confab: talk on a confab chat server.
#[derive(Debug, Parser)]
#[command(name = "confab", version, about, after_help = EXIT_CODES)]
struct Cli {
    /// The server's address: host:port or http://host:port.
    #[arg(
        long,
        env = "CONFAB_SERVER",
        default_value = "127.0.0.1:50051",
        global = true
    )]
    server: String,

    /// Who you are (1-32 of a-z 0-9 _ - . starting with a letter or digit).
    #[arg(long, env = "CONFAB_USER", global = true)]
    user: Option<String>,

    /// Colour text output: auto (when stdout is a terminal and NO_COLOR is
    /// not set), always or never.
    #[arg(long, value_enum, default_value_t = Color::Auto, global = true)]
    color: Color,

    #[command(subcommand)]
    command: Cmd,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
enum Cmd {
    /// Chat interactively: lines you type go to the current room, `@bob hi`
    /// goes to bob privately; /help lists the commands. Reconnects and
    /// resumes when the connection breaks; ends at end of input or /quit.
    Chat(ChatArgs),
    /// Join a room (created on first join); joining twice is fine.
    Join {
        /// The room.
        room: String,
        /// Print {"room","seq","joined"} as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Leave a room.
    Leave {
        /// The room.
        room: String,
        /// Print {"room","seq"} as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Send one message to a room you are in, or privately to a user;
    /// prints its seq.
    Send(SendArgs),
    /// Print a room's events as they happen, one per line, until
    /// interrupted or the server ends the stream.
    Tail(TailArgs),
    /// Print a page of a room's or private conversation's past events.
    History(HistoryArgs),
    /// List the rooms: members, latest seq, whether you are in it.
    Rooms {
        /// One JSON object per room: {"room","members","last_seq","is_member"}.
        #[arg(long)]
        json: bool,
    },
    /// List a room's members, online or offline.
    Members {
        /// The room.
        #[arg(long)]
        room: String,
        /// One JSON object per member: {"user","state"}.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
struct ChatArgs {
    /// Join this room at start (if not a member yet) and make it current.
    #[arg(long)]
    room: Option<String>,
    /// When the connection breaks, keep trying to reconnect for this long
    /// (0: do not reconnect).
    #[arg(long, value_name = "SECS", default_value_t = 60)]
    retry_for: u64,
    /// The first wait before reconnecting; it doubles up to 5 s.
    #[arg(long, value_name = "MS", default_value_t = 100)]
    retry_delay: u64,
}

#[derive(Debug, Args)]
struct SendArgs {
    /// The room to send to (you must be a member).
    #[arg(long, required_unless_present = "to", conflicts_with = "to")]
    room: Option<String>,
    /// The user to send to privately.
    #[arg(long)]
    to: Option<String>,
    /// An id that makes retries safe: sending again with the same id stores
    /// nothing new and prints the original seq.
    #[arg(long, value_name = "ID")]
    id: Option<String>,
    /// Print {"seq","duplicate","room","to"} as JSON.
    #[arg(long)]
    json: bool,
    /// The text; several arguments are joined with spaces.
    #[arg(required = true)]
    text: Vec<String>,
}

#[derive(Debug, Args)]
struct TailArgs {
    /// A room to follow; repeat for several.
    #[arg(long = "room", required = true)]
    rooms: Vec<String>,
    /// First replay the events after this seq (0: from the start);
    /// without it, only new events are printed.
    #[arg(long, value_name = "SEQ")]
    since: Option<u64>,
    /// One JSON object per event: {"kind","seq","room","sender",
    /// "recipient","time","text"}.
    #[arg(long)]
    json: bool,
    /// Also print presence changes (JSON: {"kind":"presence","room","user",
    /// "state"}).
    #[arg(long)]
    presence: bool,
}

#[derive(Debug, Args)]
struct HistoryArgs {
    /// The room to read (you must be a member).
    #[arg(long, required_unless_present = "with", conflicts_with = "with")]
    room: Option<String>,
    /// Read your private conversation with this user instead.
    #[arg(long, value_name = "USER")]
    with: Option<String>,
    /// At most this many events (the newest, unless --after is given).
    #[arg(long, default_value_t = 50)]
    limit: u32,
    /// Only events before this seq.
    #[arg(long, value_name = "SEQ", conflicts_with = "after")]
    before: Option<u64>,
    /// Only events after this seq, oldest first.
    #[arg(long, value_name = "SEQ")]
    after: Option<u64>,
    /// One JSON object per event, as `tail --json` prints them.
    #[arg(long)]
    json: bool,
}

/// Why the program stops with a non-zero code.
#[derive(Debug)]
struct Failure {
    code: u8,
    message: String,
}

impl Failure {
    fn new(code: u8, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }
}

type Outcome = Result<(), Failure>;

/// What a command needs to know about its invocation.
struct Ctx {
    server: String,
    user: String,
    style: Style,
}

impl Ctx {
    async fn client(&self) -> Result<Client, Failure> {
        client::connect(&self.server, &self.user)
            .await
            .map_err(|error| connect_failure(&error))
    }

    /// A refused or failed call, as one line; names `confab join` when the
    /// server says the user is not a member of a room and the command
    /// names `rooms` (none: no such advice).
    fn refused(&self, status: &Status, rooms: &[&str]) -> Failure {
        let message = session::describe(status);
        match status.code() {
            Code::Unavailable => Failure::new(
                UNREACHABLE,
                format!("the server at {} is unavailable: {message}", self.server),
            ),
            Code::DeadlineExceeded => Failure::new(
                UNREACHABLE,
                format!("the server at {} did not answer: {message}", self.server),
            ),
            Code::FailedPrecondition if !rooms.is_empty() => match not_a_member_of(&message) {
                Some(room) => {
                    let hint = format!("confab join --user {} {room}", self.user);
                    Failure::new(REFUSED, format!("{message}: {hint}"))
                }
                None => Failure::new(REFUSED, message),
            },
            _ => Failure::new(REFUSED, message),
        }
    }
}

fn connect_failure(error: &ConnectError) -> Failure {
    let code = match error {
        ConnectError::Unreachable { .. } => UNREACHABLE,
        ConnectError::Address { .. } | ConnectError::User(_) => USAGE,
    };
    Failure::new(code, error_chain(error))
}

/// Runs a unary call with a time limit.
async fn call<T>(
    ctx: &Ctx,
    rooms: &[&str],
    future: impl std::future::Future<Output = Result<tonic::Response<T>, Status>>,
) -> Result<T, Failure> {
    match tokio::time::timeout(CALL_TIMEOUT, future).await {
        Ok(Ok(response)) => Ok(response.into_inner()),
        Ok(Err(status)) => Err(ctx.refused(&status, rooms)),
        Err(_) => Err(Failure::new(
            UNREACHABLE,
            format!(
                "the server at {} did not answer within {} s",
                ctx.server,
                CALL_TIMEOUT.as_secs()
            ),
        )),
    }
}

fn check_user(name: &str) -> Result<(), Failure> {
    UserName::parse(name)
        .map(drop)
        .map_err(|e| Failure::new(USAGE, e.to_string()))
}

fn check_room(name: &str) -> Result<(), Failure> {
    RoomName::parse(name)
        .map(drop)
        .map_err(|e| Failure::new(USAGE, e.to_string()))
}

/// Writes one line to stdout; false if stdout is gone (a closed pipe).
fn out(line: &str) -> bool {
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{line}")
        .and_then(|()| stdout.flush())
        .is_ok()
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("confab: cannot start: {error}");
            return ExitCode::from(REFUSED);
        }
    };
    let code = match runtime.block_on(run(cli)) {
        Ok(()) => 0,
        Err(failure) => {
            eprintln!("confab: {}", failure.message);
            failure.code
        }
    };
    let _ = std::io::stdout().flush();
    // Not returning through the runtime's drop: a read of stdin blocked on
    // a terminal would hold it up until the next key press.
    std::process::exit(i32::from(code));
}

async fn run(cli: Cli) -> Outcome {
    let Some(user) = cli.user.clone() else {
        return Err(Failure::new(
            USAGE,
            "who are you? pass --user NAME or set CONFAB_USER",
        ));
    };
    check_user(&user)?;
    let choice = match cli.color {
        Color::Auto => ColorChoice::Auto,
        Color::Always => ColorChoice::Always,
        Color::Never => ColorChoice::Never,
    };
    let ctx = Ctx {
        server: cli.server,
        user,
        style: Style::for_stdout(choice),
    };
    match cli.command {
        Cmd::Chat(args) => chat(&ctx, args).await,
        Cmd::Join { room, json } => join(&ctx, &room, json).await,
        Cmd::Leave { room, json } => leave(&ctx, &room, json).await,
        Cmd::Send(args) => send(&ctx, args).await,
        Cmd::Tail(args) => tail(&ctx, args).await,
        Cmd::History(args) => history(&ctx, args).await,
        Cmd::Rooms { json } => rooms(&ctx, json).await,
        Cmd::Members { room, json } => members(&ctx, &room, json).await,
    }
}

async fn join(ctx: &Ctx, room: &str, json: bool) -> Outcome {
    check_room(room)?;
    let mut client = ctx.client().await?;
    let joined = call(
        ctx,
        &[room],
        client.join(pb::JoinRequest { room: room.into() }),
    )
    .await?;
    if json {
        out(&json!({"room": room, "seq": joined.seq, "joined": joined.joined}).to_string());
    } else if joined.joined {
        out(&format!("joined {room} (seq {})", joined.seq));
    } else {
        out(&format!("already in {room} (latest seq {})", joined.seq));
    }
    Ok(())
}

async fn leave(ctx: &Ctx, room: &str, json: bool) -> Outcome {
    check_room(room)?;
    let mut client = ctx.client().await?;
    let left = call(
        ctx,
        &[room],
        client.leave(pb::LeaveRequest { room: room.into() }),
    )
    .await
    .map_err(|failure| {
        // Leaving is the one place where "join it first" is no advice.
        if failure.code == REFUSED && not_a_member_of(&failure.message).is_some() {
            Failure::new(REFUSED, format!("you are not a member of room {room:?}"))
        } else {
            failure
        }
    })?;
    if json {
        out(&json!({"room": room, "seq": left.seq}).to_string());
    } else {
        out(&format!("left {room} (seq {})", left.seq));
    }
    Ok(())
}

async fn send(ctx: &Ctx, args: SendArgs) -> Outcome {
    let target = match (&args.room, &args.to) {
        (Some(room), _) => {
            check_room(room)?;
            pb::send_message_request::Target::Room(room.clone())
        }
        (None, Some(to)) => {
            check_user(to)?;
            pb::send_message_request::Target::ToUser(to.clone())
        }
        (None, None) => return Err(Failure::new(USAGE, "say where: --room ROOM or --to USER")),
    };
    let rooms: Vec<&str> = args.room.as_deref().into_iter().collect();
    let mut client = ctx.client().await?;
    let sent = call(
        ctx,
        &rooms,
        client.send_message(pb::SendMessageRequest {
            target: Some(target),
            text: args.text.join(" "),
            client_message_id: args.id.unwrap_or_default(),
        }),
    )
    .await?;
    if args.json {
        out(&json!({
            "seq": sent.seq,
            "duplicate": sent.duplicate,
            "room": args.room,
            "to": args.to,
        })
        .to_string());
    } else {
        out(&sent.seq.to_string());
    }
    Ok(())
}

async fn tail(ctx: &Ctx, args: TailArgs) -> Outcome {
    for room in &args.rooms {
        check_room(room)?;
    }
    let rooms: Vec<&str> = args.rooms.iter().map(String::as_str).collect();
    let cursors = args
        .rooms
        .iter()
        .map(|room| pb::Cursor {
            conversation: Some(ConversationId::Room(room.clone()).to_pb()),
            after_seq: args.since,
        })
        .collect();
    let mut client = ctx.client().await?;
    let mut stream = call(
        ctx,
        &rooms,
        client.subscribe(pb::SubscribeRequest { cursors }),
    )
    .await?;
    loop {
        let message = tokio::select! {
            message = stream.message() => message,
            _ = tokio::signal::ctrl_c() => return Ok(()),
        };
        let frame = match message {
            Ok(Some(response)) => response.frame,
            Ok(None) => return Ok(()),
            Err(status) => {
                let failure = ctx.refused(&status, &rooms);
                return Err(Failure::new(
                    failure.code,
                    format!("the stream ended: {}", failure.message),
                ));
            }
        };
        let line = match frame {
            Some(pb::subscribe_response::Frame::Event(event)) if args.json => {
                render::event_json(&event).to_string()
            }
            Some(pb::subscribe_response::Frame::Event(event)) => ctx.style.event(&event),
            Some(pb::subscribe_response::Frame::Presence(presence)) if args.presence => {
                if args.json {
                    render::presence_json(&presence).to_string()
                } else {
                    ctx.style.presence(&presence)
                }
            }
            _ => continue,
        };
        if !out(&line) {
            return Ok(());
        }
    }
}

async fn history(ctx: &Ctx, args: HistoryArgs) -> Outcome {
    let conversation = match (&args.room, &args.with) {
        (Some(room), _) => {
            check_room(room)?;
            ConversationId::Room(room.clone())
        }
        (None, Some(peer)) => {
            check_user(peer)?;
            ConversationId::Peer(peer.clone())
        }
        (None, None) => return Err(Failure::new(USAGE, "say what: --room ROOM or --with USER")),
    };
    let rooms: Vec<&str> = args.room.as_deref().into_iter().collect();
    let mut client = ctx.client().await?;
    let page = call(
        ctx,
        &rooms,
        client.history(pb::HistoryRequest {
            conversation: Some(conversation.to_pb()),
            after_seq: args.after,
            before_seq: args.before,
            limit: args.limit,
        }),
    )
    .await?;
    for event in &page.events {
        let line = if args.json {
            render::event_json(event).to_string()
        } else {
            ctx.style.event(event)
        };
        if !out(&line) {
            break;
        }
    }
    Ok(())
}

async fn rooms(ctx: &Ctx, json: bool) -> Outcome {
    let mut client = ctx.client().await?;
    let rooms = call(ctx, &[], client.list_rooms(pb::ListRoomsRequest {}))
        .await?
        .rooms;
    let width = rooms.iter().map(|r| r.name.len()).max().unwrap_or(0);
    for room in rooms {
        let line = if json {
            json!({
                "room": room.name,
                "members": room.member_count,
                "last_seq": room.last_seq,
                "is_member": room.is_member,
            })
            .to_string()
        } else {
            format!(
                "{:width$}  {:>3} member{}  last seq {}{}",
                room.name,
                room.member_count,
                if room.member_count == 1 { " " } else { "s" },
                room.last_seq,
                if room.is_member { "  (joined)" } else { "" },
            )
        };
        out(&line);
    }
    Ok(())
}

async fn members(ctx: &Ctx, room: &str, json: bool) -> Outcome {
    check_room(room)?;
    let mut client = ctx.client().await?;
    let members = call(
        ctx,
        &[room],
        client.list_members(pb::ListMembersRequest { room: room.into() }),
    )
    .await?
    .members;
    let width = members.iter().map(|m| m.user.len()).max().unwrap_or(0);
    for member in members {
        let state = render::state_name(member.state());
        let line = if json {
            json!({"user": member.user, "state": state}).to_string()
        } else {
            format!("{:width$}  {state}", member.user)
        };
        out(&line);
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// confab chat

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
    "/help             this list",
    "/quit             leave the chat (so does end of input, ctrl-d)",
];

/// What to do after a line of input.
enum Next {
    Go,
    Quit,
}

struct Chat<'a> {
    ctx: &'a Ctx,
    handle: SessionHandle,
    /// Rooms the user is in, as far as this session knows.
    rooms: BTreeSet<String>,
    current: Option<String>,
    retry_for: Duration,
}

async fn chat(ctx: &Ctx, args: ChatArgs) -> Outcome {
    if let Some(room) = &args.room {
        check_room(room)?;
        let mut client = ctx.client().await?;
        let joined = call(
            ctx,
            &[room],
            client.join(pb::JoinRequest { room: room.clone() }),
        )
        .await?;
        if joined.joined {
            out(&ctx.style.notice(&format!("you joined {room}")));
        }
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
    };
    let (handle, mut updates) = session::open(options).await.map_err(|error| match error {
        session::OpenError::Connect(error) => connect_failure(&error),
        session::OpenError::Refused(status) => ctx.refused(&status, &[]),
    })?;
    let mut chat = Chat {
        ctx,
        handle,
        rooms: BTreeSet::new(),
        current: args.room,
        retry_for: backoff.give_up_after,
    };
    let mut lines = BufReader::new(tokio::io::stdin()).lines();
    let mut reading = true;
    let mut interrupted = false;
    loop {
        tokio::select! {
            line = lines.next_line(), if reading => match line {
                Ok(Some(line)) => {
                    if let Next::Quit = chat.input(&line).await {
                        reading = false;
                        chat.handle.close();
                    }
                }
                Ok(None) | Err(_) => {
                    reading = false;
                    chat.handle.close();
                }
            },
            update = updates.recv() => match update {
                Some(update) => {
                    if let Some(outcome) = chat.update(update) {
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
                reading = false;
                chat.handle.close();
            }
        }
    }
}

impl Chat<'_> {
    fn say(&self, line: &str) {
        out(line);
    }

    fn notice(&self, text: &str) {
        self.say(&self.ctx.style.notice(text));
    }

    fn error(&self, text: &str) {
        self.say(&self.ctx.style.error(text));
    }

    /// One line typed by the user.
    async fn input(&mut self, line: &str) -> Next {
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
                self.error("usage: @USER TEXT");
            } else if let Err(failure) = check_user(to) {
                self.error(&failure.message);
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

    fn say_in_room(&self, text: String) {
        match &self.current {
            Some(room) => {
                self.handle.submit(Command::Say {
                    room: room.clone(),
                    text,
                });
            }
            None => self.error("no current room: /join ROOM first (/help lists the commands)"),
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
                for line in CHAT_HELP {
                    self.notice(line);
                }
            }
            ("join", 1) => {
                if let Err(failure) = check_room(args[0]) {
                    self.error(&failure.message);
                } else {
                    self.handle.submit(Command::Join {
                        room: args[0].to_owned(),
                    });
                }
            }
            ("leave", 0 | 1) => match room_arg(self) {
                Some(room) => {
                    self.handle.submit(Command::Leave { room });
                }
                None => self.error("usage: /leave ROOM"),
            },
            ("room", 1) => {
                let room = args[0];
                if self.rooms.contains(room) {
                    self.current = Some(room.to_owned());
                    self.notice(&format!("current room: {room}"));
                } else {
                    self.error(&format!("you are not in room {room}: /join {room} first"));
                }
            }
            ("who", 0 | 1) => match room_arg(self) {
                Some(room) => self.who(&room).await,
                None => self.error("usage: /who ROOM (there is no current room)"),
            },
            ("rooms", 0) => self.list_rooms().await,
            ("history", 0..=2) => self.history(args).await,
            ("join" | "room", _) => self.error(&format!("usage: /{name} ROOM")),
            _ => self.error(&format!("unknown command /{name}: /help lists them")),
        }
        Next::Go
    }

    async fn client(&self) -> Option<Client> {
        match self.ctx.client().await {
            Ok(client) => Some(client),
            Err(failure) => {
                self.error(&failure.message);
                None
            }
        }
    }

    async fn who(&self, room: &str) {
        let Some(mut client) = self.client().await else {
            return;
        };
        let request = pb::ListMembersRequest { room: room.into() };
        match call(self.ctx, &[room], client.list_members(request)).await {
            Ok(members) => {
                let list: Vec<String> = members
                    .members
                    .iter()
                    .map(|m| format!("{} ({})", m.user, render::state_name(m.state())))
                    .collect();
                self.notice(&format!("members of {room}: {}", list.join(", ")));
            }
            Err(failure) => self.error(&failure.message),
        }
    }

    async fn list_rooms(&self) {
        let Some(mut client) = self.client().await else {
            return;
        };
        match call(self.ctx, &[], client.list_rooms(pb::ListRoomsRequest {})).await {
            Ok(rooms) if rooms.rooms.is_empty() => self.notice("no rooms yet: /join ROOM"),
            Ok(rooms) => {
                for room in rooms.rooms {
                    self.notice(&format!(
                        "room {}: {} member{}, last seq {}{}",
                        room.name,
                        room.member_count,
                        if room.member_count == 1 { "" } else { "s" },
                        room.last_seq,
                        if room.is_member { " (joined)" } else { "" },
                    ));
                }
            }
            Err(failure) => self.error(&failure.message),
        }
    }

    async fn history(&self, args: &[&str]) {
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
            self.error("usage: /history [ROOM | @USER] [N] (there is no current room)");
            return;
        };
        let Some(mut client) = self.client().await else {
            return;
        };
        let request = pb::HistoryRequest {
            conversation: Some(conversation.to_pb()),
            after_seq: None,
            before_seq: None,
            limit,
        };
        let room = match &conversation {
            ConversationId::Room(room) => vec![room.as_str()],
            ConversationId::Peer(_) => vec![],
        };
        match call(self.ctx, &room, client.history(request)).await {
            Ok(page) => {
                self.notice(&format!(
                    "history of {conversation}: {} event{}, latest seq {}",
                    page.events.len(),
                    if page.events.len() == 1 { "" } else { "s" },
                    page.last_seq
                ));
                for event in &page.events {
                    self.say(&self.ctx.style.event(event));
                }
                self.notice(&format!("end of history of {conversation}"));
            }
            Err(failure) => self.error(&in_chat(&failure.message)),
        }
    }

    /// Shows an update; `Some` when the session is over.
    fn update(&mut self, update: Update) -> Option<Outcome> {
        let me = self.ctx.user.clone();
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
            } => {
                self.rooms = rooms.into_iter().collect();
                if self
                    .current
                    .as_ref()
                    .is_none_or(|c| !self.rooms.contains(c))
                {
                    self.current = self.rooms.iter().next().cloned();
                }
                if reconnected {
                    self.notice(&format!(
                        "caught up: {replayed} missed event{}",
                        if replayed == 1 { "" } else { "s" }
                    ));
                } else {
                    let rooms: Vec<&str> = self.rooms.iter().map(String::as_str).collect();
                    self.notice(&format!(
                        "connected to {} as {me}; rooms: {}; {}; /help for commands",
                        self.ctx.server,
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
            }
            Update::Event(event) => {
                if event.sender == me && !event.room.is_empty() {
                    match event.kind {
                        Some(pb::event::Kind::Joined(_)) => {
                            self.rooms.insert(event.room.clone());
                        }
                        Some(pb::event::Kind::Left(_)) => self.forget(&event.room),
                        _ => {}
                    }
                }
                self.say(&self.ctx.style.event(&event));
            }
            Update::Presence(presence) => self.say(&self.ctx.style.presence(&presence)),
            Update::Acked { command, event, .. } => {
                if let Some(event) = &event {
                    self.say(&self.ctx.style.event(event));
                }
                match command {
                    Command::Join { room } => {
                        if event.is_none() {
                            self.notice(&format!("already in {room}"));
                        }
                        self.rooms.insert(room.clone());
                        self.current = Some(room.clone());
                        self.notice(&format!("current room: {room}"));
                    }
                    Command::Leave { room } => {
                        self.forget(&room);
                        match &self.current {
                            Some(current) => self.notice(&format!("current room: {current}")),
                            None => self.notice("no current room: /join ROOM"),
                        }
                    }
                    _ => {}
                }
            }
            Update::Failed { command, error, .. } => {
                let what = match &command {
                    Command::Say { room, .. } => format!("not sent to {room}"),
                    Command::Whisper { to, .. } => format!("not sent to @{to}"),
                    Command::Join { room } => format!("cannot join {room}"),
                    Command::Leave { room } => format!("cannot leave {room}"),
                };
                self.error(&format!("{what}: {}", in_chat(&error.message)));
            }
            Update::ResumeError(error) => self.error(&format!("resume: {}", error.message)),
            Update::Disconnected { reason, retry_for } => {
                if retry_for.is_zero() {
                    self.notice(&format!("disconnected: {reason}"));
                } else {
                    self.notice(&format!(
                        "disconnected: {reason}; reconnecting (for up to {} s)",
                        retry_for.as_secs()
                    ));
                }
            }
            Update::Queued { command, .. } => self.notice(&format!(
                "not connected: {} queued, sent when the connection is back",
                describe(&command)
            )),
            Update::NotSent { command, .. } => {
                self.error(&format!("not sent: {}", describe(&command)));
            }
            Update::Closed => return Some(Ok(())),
            Update::Ended(Ending::GaveUp { reason, tried_for }) => {
                return Some(Err(Failure::new(
                    UNREACHABLE,
                    format!(
                        "gave up reconnecting to {} after {} s (--retry-for {}): {reason}",
                        self.ctx.server,
                        tried_for.as_secs(),
                        self.retry_for.as_secs()
                    ),
                )));
            }
            Update::Ended(Ending::Refused(status)) => {
                return Some(Err(self.ctx.refused(&status, &[])));
            }
        }
        None
    }

    /// The user is no longer in `room`.
    fn forget(&mut self, room: &str) {
        self.rooms.remove(room);
        if self.current.as_deref() == Some(room) {
            self.current = self.rooms.iter().next().cloned();
        }
    }
}

/// The room of the server's "not a member" refusal, if `message` holds
/// one. The server's text comes from `Error::NotAMember`:
/// `you are not a member of room "ROOM"; join it first`.
fn not_a_member_of(message: &str) -> Option<&str> {
    const START: &str = "you are not a member of room \"";
    let rest = &message[message.find(START)? + START.len()..];
    let (room, rest) = rest.split_once('"')?;
    rest.starts_with("; join it first").then_some(room)
}

/// A server message, with the chat's way to join where it says to.
fn in_chat(message: &str) -> String {
    match not_a_member_of(message) {
        Some(room) => format!("{message}: /join {room}"),
        None => message.to_owned(),
    }
}

/// A command, for people.
fn describe(command: &Command) -> String {
    match command {
        Command::Say { room, text } => format!("{text:?} to {room}"),
        Command::Whisper { to, text } => format!("{text:?} to @{to}"),
        Command::Join { room } => format!("/join {room}"),
        Command::Leave { room } => format!("/leave {room}"),
    }
}
