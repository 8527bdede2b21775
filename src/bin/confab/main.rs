//! confab: the command-line client. `confab chat` is an interactive session
//! that survives server restarts; the other subcommands are one call each,
//! for scripts, with exit codes that mean something.
//!
//! | module      | what it is for |
//! |-------------|----------------|
//! | this one    | arguments, exit codes, what every command shares ([`Ctx`]) |
//! | [`oneshot`] | join, leave, send, history, rooms, members: one call each (listings page by page) |
//! | [`tail`]    | rooms' events as they happen; reconnects and goes on from where it was |
//! | [`moderation`] | create, invite, kick, ban, unban, topic, role, block, unblock: one call each |
//! | [`chat`]    | the interactive session: typed lines, updates, the terminal, saved cursors |
//! | [`render`]  | how refusals, broken connections and commands are worded for people |

mod chat;
mod moderation;
mod oneshot;
mod render;
mod tail;

use std::{io::Write, process::ExitCode};

use clap::{Args, Parser, Subcommand, ValueEnum};
use confab::{
    client::{
        self,
        address::ServerAddress,
        error_chain,
        render::{ColorChoice, Style},
        session::Cause,
        token::{self, TokenSource},
        Client, ConnectError,
    },
    model::{RoomName, UserName},
};
use render::{About, Place};
use tonic::{Code, Status};

const EXIT_CODES: &str = "\
Exit codes:
  0  done (for tail and chat: the stream ended, or stdin did, or ctrl-c)
  1  the server refused the call or it failed: not a member of the room,
     unknown user, empty or oversized text, ... (the message says why);
     chat with piped input: a line was refused
  2  usage: bad or missing arguments, an invalid user or room name, or a
     server address that cannot be used
  3  the server cannot be reached, or went away (chat and tail: and did not
     come back within --retry-for)

The server is --server or CONFAB_SERVER: HOST[:PORT], http:// optional,
https:// for TLS (trusting the system's roots, or --ca-file), default
127.0.0.1:50051 (port 50051 if none is given); the user is --user or
CONFAB_USER. A server in jwt
mode takes a token instead: --token or CONFAB_TOKEN, or --token-file
(read again at every reconnect, so it can be replaced while chat runs);
the user is then the token's, unless --user says otherwise.";

/// Exit code: the call was refused or failed.
pub(crate) const REFUSED: u8 = 1;
/// Exit code: bad usage.
pub(crate) const USAGE: u8 = 2;
/// Exit code: the server cannot be reached.
pub(crate) const UNREACHABLE: u8 = 3;

/// confab: talk on a confab chat server.
#[derive(Debug, Parser)]
#[command(name = "confab", version, about, after_help = EXIT_CODES)]
pub(crate) struct Cli {
    /// The server's address: HOST[:PORT], http://HOST[:PORT], or
    /// https://HOST[:PORT] for TLS (port 50051 if none is given).
    #[arg(
        long,
        env = "CONFAB_SERVER",
        default_value = "127.0.0.1:50051",
        global = true
    )]
    pub(crate) server: String,

    /// For https:// servers: also trust the CA in this PEM file (a server
    /// whose certificate a private CA signed).
    #[arg(long, env = "CONFAB_CA_FILE", global = true)]
    pub(crate) ca_file: Option<std::path::PathBuf>,

    /// Who you are (1-32 of a-z 0-9 _ - . starting with a letter or digit).
    #[arg(long, env = "CONFAB_USER", global = true)]
    pub(crate) user: Option<String>,

    /// A bearer token for a server in jwt mode (sent as `authorization:
    /// Bearer TOKEN`); the user defaults to the token's.
    #[arg(long, env = "CONFAB_TOKEN", global = true, hide_env_values = true)]
    pub(crate) token: Option<String>,

    /// A file holding the token, read again at every (re)connect: replace
    /// it and chat picks the new one up when the old one expires.
    #[arg(
        long,
        env = "CONFAB_TOKEN_FILE",
        value_name = "PATH",
        global = true,
        conflicts_with = "token"
    )]
    pub(crate) token_file: Option<std::path::PathBuf>,

    /// Colour text output: auto (when stdout is a terminal and NO_COLOR is
    /// not set), always or never.
    #[arg(long, value_enum, default_value_t = Color::Auto, global = true)]
    pub(crate) color: Color,

    #[command(subcommand)]
    pub(crate) command: Cmd,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub(crate) enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Cmd {
    /// Chat interactively: lines you type go to the current room (the
    /// prompt names it), `@bob hi` goes to bob privately; /help lists the
    /// commands. Starts with what you missed since your last chat on this
    /// server, reconnects and resumes when the connection breaks; ends at
    /// end of input (ctrl-D) or /quit.
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
    /// interrupted; reconnects when the stream breaks and goes on from the
    /// last event printed.
    Tail(TailArgs),
    /// Print a page of a room's or private conversation's past events.
    History(HistoryArgs),
    /// Print the messages holding every one of WORDS, newest first, in
    /// the rooms you are in and your private conversations.
    Search(SearchArgs),
    /// List the rooms: members, latest seq, whether you are in it.
    Rooms {
        /// One JSON object per room: {"room","members","last_seq","is_member"},
        /// and "private", "topic", "role", "invited" where they apply.
        #[arg(long)]
        json: bool,
    },
    /// List a room's members, online or offline.
    Members {
        /// The room.
        #[arg(long)]
        room: String,
        /// One JSON object per member: {"user","state","role"}.
        #[arg(long)]
        json: bool,
    },
    /// Create a room, public or (with --private) invite-only; you own it.
    Create {
        /// The room.
        room: String,
        /// Invite-only: only members and invitees see it.
        #[arg(long)]
        private: bool,
        /// Print {"room","seq","private"} as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Invite a user to a room (owners and moderators).
    Invite(TargetArgs),
    /// Remove a member from a room (owners and moderators).
    Kick(ReasonArgs),
    /// Ban a user from a room: out, and kept out (owners and moderators).
    Ban(ReasonArgs),
    /// Lift a ban (owners and moderators).
    Unban(TargetArgs),
    /// Set a room's topic; no text clears it (owners and moderators).
    Topic {
        /// The room.
        room: String,
        /// The topic; several arguments are joined with spaces.
        topic: Vec<String>,
        /// Print {"room","seq","changed"} as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Make a member a moderator (mod) or a plain member again (unmod);
    /// the room's owner only.
    Role {
        /// The room.
        room: String,
        /// The member.
        #[arg(value_name = "USER")]
        target: String,
        /// mod (moderator) or unmod (member).
        #[arg(value_enum)]
        role: RoleArg,
        /// Print {"room","user","seq","changed"} as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Refuse a user's private messages.
    Block {
        /// The user.
        #[arg(value_name = "USER")]
        target: String,
        /// Print {"user","blocked","changed"} as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Accept a blocked user's private messages again.
    Unblock {
        /// The user.
        #[arg(value_name = "USER")]
        target: String,
        /// Print {"user","blocked","changed"} as JSON.
        #[arg(long)]
        json: bool,
    },
}

/// The role `confab role` gives.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub(crate) enum RoleArg {
    /// A moderator.
    #[value(alias = "moderator")]
    Mod,
    /// A plain member.
    #[value(alias = "member")]
    Unmod,
}

#[derive(Debug, Args)]
pub(crate) struct TargetArgs {
    /// The room.
    pub(crate) room: String,
    /// The user (not `user`, which names who runs the command).
    #[arg(value_name = "USER")]
    pub(crate) target: String,
    /// Print {"room","user","seq","changed"} as JSON.
    #[arg(long)]
    pub(crate) json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ReasonArgs {
    /// The room.
    pub(crate) room: String,
    /// The user (not `user`, which names who runs the command).
    #[arg(value_name = "USER")]
    pub(crate) target: String,
    /// Why, for the room to see.
    #[arg(long, default_value = "")]
    pub(crate) reason: String,
    /// Print {"room","user","seq","changed"} as JSON.
    #[arg(long)]
    pub(crate) json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ChatArgs {
    /// Join this room at start (if not a member yet) and make it current.
    #[arg(long)]
    pub(crate) room: Option<String>,
    /// When the connection breaks, keep trying to reconnect for this long
    /// (0: do not reconnect).
    #[arg(long, value_name = "SECS", default_value_t = 60)]
    pub(crate) retry_for: u64,
    /// The first wait before reconnecting; it doubles up to 5 s.
    #[arg(long, value_name = "MS", default_value_t = 100)]
    pub(crate) retry_delay: u64,
    /// Where to keep what this chat has shown, so the next one resumes
    /// from there (default: the user's state directory, e.g.
    /// ~/.local/state/confab).
    #[arg(long, value_name = "DIR", env = "CONFAB_STATE_DIR")]
    pub(crate) state_dir: Option<std::path::PathBuf>,
    /// Show who starts typing, and tell the current room while you type a
    /// line (on a terminal only: piped input has no keystrokes). Off by
    /// default: a line chat prints each notice as a line of its own, which
    /// comes and goes with timing.
    #[arg(long)]
    pub(crate) typing: bool,
}

#[derive(Debug, Args)]
pub(crate) struct SendArgs {
    /// The room to send to (you must be a member).
    #[arg(long, required_unless_present = "to", conflicts_with = "to")]
    pub(crate) room: Option<String>,
    /// The user to send to privately.
    #[arg(long)]
    pub(crate) to: Option<String>,
    /// An id that makes retries safe: sending again with the same id stores
    /// nothing new and prints the original seq.
    #[arg(long, value_name = "ID")]
    pub(crate) id: Option<String>,
    /// Print {"seq","duplicate","room","to"} as JSON.
    #[arg(long)]
    pub(crate) json: bool,
    /// The text; several arguments are joined with spaces.
    #[arg(required = true)]
    pub(crate) text: Vec<String>,
}

#[derive(Debug, Args)]
pub(crate) struct TailArgs {
    /// A room to follow; repeat for several.
    #[arg(long = "room", required = true)]
    pub(crate) rooms: Vec<String>,
    /// First replay the events after this seq (0: from the start);
    /// without it, only new events are printed.
    #[arg(long, value_name = "SEQ")]
    pub(crate) since: Option<u64>,
    /// One JSON object per event: {"kind","seq","room","sender",
    /// "recipient","time","text"}.
    #[arg(long)]
    pub(crate) json: bool,
    /// Also print presence changes (JSON: {"kind":"presence","room","user",
    /// "state"}).
    #[arg(long)]
    pub(crate) presence: bool,
    /// When the stream breaks, keep trying to reconnect for this long
    /// (0: do not reconnect; exit 3).
    #[arg(long, value_name = "SECS", default_value_t = 60)]
    pub(crate) retry_for: u64,
    /// The first wait before reconnecting; it doubles up to 5 s.
    #[arg(long, value_name = "MS", default_value_t = 100)]
    pub(crate) retry_delay: u64,
}

#[derive(Debug, Args)]
pub(crate) struct SearchArgs {
    /// The words to find (all of them, in any order and case).
    #[arg(required = true)]
    pub(crate) words: Vec<String>,
    /// At most this many messages, the newest.
    #[arg(long, default_value_t = 20)]
    pub(crate) limit: u32,
    /// One JSON object per message, as `history --json` prints them.
    #[arg(long)]
    pub(crate) json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct HistoryArgs {
    /// The room to read (you must be a member).
    #[arg(long, required_unless_present = "with", conflicts_with = "with")]
    pub(crate) room: Option<String>,
    /// Read your private conversation with this user instead.
    #[arg(long, value_name = "USER")]
    pub(crate) with: Option<String>,
    /// At most this many events (the newest, unless --after is given).
    #[arg(long, default_value_t = 50)]
    pub(crate) limit: u32,
    /// Only events before this seq.
    #[arg(long, value_name = "SEQ", conflicts_with = "after")]
    pub(crate) before: Option<u64>,
    /// Only events after this seq, oldest first.
    #[arg(long, value_name = "SEQ")]
    pub(crate) after: Option<u64>,
    /// One JSON object per event, as `tail --json` prints them.
    #[arg(long)]
    pub(crate) json: bool,
}

/// Why the program stops with a non-zero code.
#[derive(Debug)]
pub(crate) struct Failure {
    /// The exit code.
    pub(crate) code: u8,
    /// One line for stderr.
    pub(crate) message: String,
}

impl Failure {
    pub(crate) fn new(code: u8, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }
}

/// What a command ends with.
pub(crate) type Outcome = Result<(), Failure>;

/// What a command needs to know about its invocation.
pub(crate) struct Ctx {
    /// The server, as given (for connecting).
    pub(crate) server: String,
    /// The server, as `host:port` (for people).
    pub(crate) address: ServerAddress,
    /// Who the user is.
    pub(crate) user: String,
    /// The bearer token, for a server in jwt mode.
    pub(crate) token: Option<TokenSource>,
    /// How text output looks.
    pub(crate) style: Style,
}

impl Ctx {
    pub(crate) async fn client(&self) -> Result<Client, Failure> {
        let token = match &self.token {
            Some(source) => Some(
                source
                    .read()
                    .map_err(|e| Failure::new(USAGE, e.to_string()))?,
            ),
            None => None,
        };
        client::connect_with_token(&self.server, &self.user, token.as_deref())
            .await
            .map_err(|error| connect_failure(&error))
    }

    /// A refused or failed one-shot call, as one line with its exit code.
    pub(crate) fn refused(&self, status: &Status, about: About<'_>) -> Failure {
        let server = &self.address;
        match Cause::of(status) {
            Cause::ShuttingDown => Failure::new(
                UNREACHABLE,
                format!("the server at {server} is shutting down"),
            ),
            Cause::ConnectionLost => Failure::new(
                UNREACHABLE,
                format!("lost the connection to the server at {server}"),
            ),
            _ if status.code() == Code::DeadlineExceeded => Failure::new(
                UNREACHABLE,
                format!("the server at {server} did not answer in time"),
            ),
            _ => {
                let place = Place::Shell { user: &self.user };
                let message = render::refusal(status.code(), status.message(), about, place);
                Failure::new(REFUSED, message)
            }
        }
    }
}

pub(crate) fn connect_failure(error: &ConnectError) -> Failure {
    let code = match error {
        ConnectError::Unreachable { .. } => UNREACHABLE,
        ConnectError::Address { .. }
        | ConnectError::User(_)
        | ConnectError::Token(_)
        | ConnectError::CaFile { .. } => USAGE,
    };
    Failure::new(code, error_chain(error))
}

pub(crate) fn check_user(name: &str) -> Result<(), Failure> {
    UserName::parse(name)
        .map(drop)
        .map_err(|e| Failure::new(USAGE, e.to_string()))
}

pub(crate) fn check_room(name: &str) -> Result<(), Failure> {
    RoomName::parse(name)
        .map(drop)
        .map_err(|e| Failure::new(USAGE, e.to_string()))
}

/// Writes one line to stdout; false if stdout is gone (a closed pipe).
pub(crate) fn out(line: &str) -> bool {
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
    // a terminal or an open pipe would hold it up until the next line.
    std::process::exit(i32::from(code));
}

async fn run(cli: Cli) -> Outcome {
    if let Some(path) = &cli.ca_file {
        client::trust_ca_file(path).map_err(|e| Failure::new(USAGE, e.to_string()))?;
    }
    let token = match (cli.token.clone(), cli.token_file.clone()) {
        (Some(token), _) => Some(TokenSource::Fixed(token)),
        (None, Some(path)) => Some(TokenSource::File(path)),
        (None, None) => None,
    };
    let from_token = match &token {
        Some(source) => {
            let read = source
                .read()
                .map_err(|e| Failure::new(USAGE, e.to_string()))?;
            token::user_of(&read)
        }
        None => None,
    };
    let Some(user) = cli.user.clone().or(from_token) else {
        return Err(Failure::new(
            USAGE,
            "who are you? pass --user NAME or set CONFAB_USER (or give a token that names you)",
        ));
    };
    check_user(&user)?;
    let address = ServerAddress::parse(&cli.server).map_err(|source| {
        let error = ConnectError::Address {
            address: cli.server.clone(),
            source,
        };
        connect_failure(&error)
    })?;
    let choice = match cli.color {
        Color::Auto => ColorChoice::Auto,
        Color::Always => ColorChoice::Always,
        Color::Never => ColorChoice::Never,
    };
    let ctx = Ctx {
        server: cli.server,
        address,
        user,
        token,
        style: Style::for_stdout(choice),
    };
    match cli.command {
        Cmd::Chat(args) => chat::run(&ctx, args).await,
        Cmd::Join { room, json } => oneshot::join(&ctx, &room, json).await,
        Cmd::Leave { room, json } => oneshot::leave(&ctx, &room, json).await,
        Cmd::Send(args) => oneshot::send(&ctx, args).await,
        Cmd::Tail(args) => tail::run(&ctx, args).await,
        Cmd::History(args) => oneshot::history(&ctx, args).await,
        Cmd::Search(args) => oneshot::search(&ctx, args).await,
        Cmd::Rooms { json } => oneshot::rooms(&ctx, json).await,
        Cmd::Members { room, json } => oneshot::members(&ctx, &room, json).await,
        Cmd::Create {
            room,
            private,
            json,
        } => moderation::create(&ctx, &room, private, json).await,
        Cmd::Invite(a) => moderation::invite(&ctx, &a.room, &a.target, a.json).await,
        Cmd::Kick(a) => moderation::kick(&ctx, &a.room, &a.target, &a.reason, a.json).await,
        Cmd::Ban(a) => moderation::ban(&ctx, &a.room, &a.target, &a.reason, a.json).await,
        Cmd::Unban(a) => moderation::unban(&ctx, &a.room, &a.target, a.json).await,
        Cmd::Topic { room, topic, json } => {
            moderation::topic(&ctx, &room, &topic.join(" "), json).await
        }
        Cmd::Role {
            room,
            target,
            role,
            json,
        } => moderation::role(&ctx, &room, &target, matches!(role, RoleArg::Mod), json).await,
        Cmd::Block { target, json } => moderation::block(&ctx, &target, true, json).await,
        Cmd::Unblock { target, json } => moderation::block(&ctx, &target, false, json).await,
    }
}
