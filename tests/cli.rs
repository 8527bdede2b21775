//! The `confab` command-line client, run as a real child process against a
//! real `confab-server` process: chat sessions talking through piped
//! stdin/stdout, the scripting commands and their JSON, exit codes, and a
//! chat session that survives server restarts without missing or repeating
//! a message. More in the modules:
//!
//! | module       | what it shows |
//! |--------------|---------------|
//! | [`terminal`] | on a pseudo-terminal: the README's transcripts, line editing, the prompt |
//! | [`resume`]   | reconnecting until the deadline; a reopened chat resumes from its saved cursors |
//! | [`messages`] | input waits for the session; refusals and breaks said in chat terms; addresses |
//! | [`listings`] | `rooms` and `members` across the server's pages |
//! | [`tail`]     | `tail` across server restarts: every message once |
//! | [`doors`]    | create, kick, ban, topic, role and block, one-shot and in a chat |
//! | [`edits`]    | /edit, /delete, /react, /reply and /search in a chat; `confab search` |
//! | [`jwt`]      | a server in jwt mode: `--token-file`, minted by `confab-server token`, re-read when a token expires |
//!
//! Nothing here sleeps to synchronise: every wait is for a specific line of
//! output (or screen), bounded by `WAIT`. The servers are real
//! `confab-server` children, started with the shared launcher: these
//! tests need the `bench` feature.

#![cfg(feature = "bench")]

#[path = "cli/doors.rs"]
mod doors;
#[path = "cli/edits.rs"]
mod edits;
#[path = "cli/jwt.rs"]
mod jwt;
#[path = "cli/listings.rs"]
mod listings;
#[path = "cli/messages.rs"]
mod messages;
#[path = "cli/resume.rs"]
mod resume;
mod support;
#[path = "cli/tail.rs"]
mod tail;
#[path = "cli/terminal.rs"]
mod terminal;

use serde_json::Value;
use support::{cli::*, unused_address};

#[test]
fn two_chat_sessions_talk_through_piped_stdin_and_stdout() {
    let (_dir, server) = server();
    let mut alice = chat(&server, "alice", &["--room", "lobby"]);
    let mut bob = chat(&server, "bob", &["--room", "lobby"]);
    alice.out_ends("[lobby] * bob joined");
    alice.out_ends("[lobby] * bob is online");

    // A room message: bob gets it, alice sees her own line once (acked).
    alice.type_line("hello bob");
    alice.out_ends("[lobby] <alice> hello bob");
    bob.out_ends("[lobby] <alice> hello bob");

    // A private message.
    bob.type_line("@alice psst, a secret");
    bob.out_ends("[private] <bob \u{2192} alice> psst, a secret");
    alice.out_ends("[private] <bob \u{2192} alice> psst, a secret");

    // /join makes the room current; bob follows; /who and /history.
    alice.type_line("/join kitchen");
    alice.out_ends("[kitchen] * alice joined");
    alice.out_ends("* current room: kitchen");
    bob.type_line("/join kitchen");
    alice.out_ends("[kitchen] * bob joined");
    alice.type_line("anyone in the kitchen?");
    bob.out_ends("[kitchen] <alice> anyone in the kitchen?");
    alice.type_line("/who");
    alice.out_ends("* members of kitchen: alice (online), bob (online)");
    alice.type_line("/history 5");
    alice.out_ends("* history of kitchen: 3 events, latest seq 3");
    alice.out_ends("[kitchen] * alice joined");
    alice.out_ends("[kitchen] * bob joined");
    alice.out_ends("[kitchen] <alice> anyone in the kitchen?");
    alice.out_ends("* end of history of kitchen");
    alice.type_line("/rooms");
    alice.out_ends("* room kitchen: 2 members, last seq 3 (joined)");
    alice.out_ends("* room lobby: 2 members, last seq 3 (joined)");

    // Switching rooms; refusals are errors, and the session goes on.
    alice.type_line("/room nowhere");
    alice.out_has("error: you are not in room nowhere: /join nowhere first");
    alice.type_line("@nobody hello?");
    alice.out_has("error: not sent to @nobody: user \"nobody\" does not exist");
    alice.type_line("/room lobby");
    alice.out_ends("* current room: lobby");
    alice.type_line("back in the lobby");
    bob.out_ends("[lobby] <alice> back in the lobby");

    // Leaving, and end of input: both exit 0; bob going offline is shown.
    alice.type_line("/leave kitchen");
    bob.out_ends("[kitchen] * alice left");
    bob.close_stdin();
    assert_eq!(bob.exit_code(), 0, "{}", bob.lines.transcript());
    alice.out_ends("[lobby] * bob is offline");
    alice.close_stdin();
    // Two of alice's lines were refused (/room nowhere, @nobody): with
    // piped input that is a failure.
    assert_eq!(alice.exit_code(), 1, "{}", alice.lines.transcript());
    assert_eq!(
        alice.stderr(),
        vec!["confab: 2 lines refused; see the errors above"]
    );

    let (alice_out, bob_out) = (alice.stdout(), bob.stdout());
    assert_eq!(count(&bob_out, "<alice> hello bob"), 1, "{bob_out:#?}");
    assert_eq!(count(&alice_out, "<alice> hello bob"), 1, "{alice_out:#?}");
    assert_eq!(count(&alice_out, "<bob \u{2192} alice> psst, a secret"), 1);
    // Not a terminal: no colour codes.
    assert!(
        alice_out
            .iter()
            .chain(&bob_out)
            .all(|l| !l.contains('\x1b')),
        "colour on a pipe"
    );
}

#[test]
fn scripting_commands_print_seqs_and_json_lines() {
    let (_dir, server) = server();
    assert_eq!(
        as_user(&server, "alice", &["join", "lobby"]).line(),
        "joined lobby (seq 1)"
    );
    assert_eq!(
        as_user(&server, "alice", &["join", "lobby"]).line(),
        "already in lobby (latest seq 1)"
    );
    let joined = as_user(&server, "bob", &["join", "lobby", "--json"]).json();
    assert_eq!(
        joined,
        vec![serde_json::json!({"room": "lobby", "seq": 2, "joined": true})]
    );

    let addr = server.addr();
    let mut tail = Proc::confab(
        "tail",
        &[
            "--server",
            &addr,
            "--user",
            "bob",
            "tail",
            "--room",
            "lobby",
            "--since",
            "0",
            "--json",
            "--retry-for",
            "0",
        ],
    );

    // send prints the seq; several words are one message.
    let seq = as_user(
        &server,
        "alice",
        &["send", "--room", "lobby", "hello", "world"],
    )
    .line();
    assert_eq!(seq, "3");
    let private = as_user(&server, "alice", &["send", "--to", "bob", "psst"]).line();
    assert_eq!(private, "1");
    // --id makes a retry safe.
    let args = [
        "send",
        "--room",
        "lobby",
        "--id",
        "note-1",
        "--json",
        "only once",
    ];
    let first = as_user(&server, "alice", &args).json();
    let retry = as_user(&server, "alice", &args).json();
    assert_eq!(first[0]["seq"], 4);
    assert_eq!(first[0]["duplicate"], false);
    assert_eq!(retry[0]["seq"], 4);
    assert_eq!(retry[0]["duplicate"], true);
    // The whole JSON, as README.md shows it.
    assert_eq!(
        first,
        vec![serde_json::json!({"duplicate": false, "room": "lobby", "seq": 4, "to": null})]
    );
    assert_eq!(
        retry,
        vec![serde_json::json!({"duplicate": true, "room": "lobby", "seq": 4, "to": null})]
    );

    // tail --json: one event per line, every documented field.
    tail.out_has("\"seq\":4");
    let events: Vec<Value> = tail
        .stdout()
        .iter()
        .map(|line| serde_json::from_str(line).expect("tail prints JSON lines"))
        .collect();
    let seen: Vec<(u64, &str, &str)> = events
        .iter()
        .map(|e| {
            (
                e["seq"].as_u64().unwrap(),
                e["kind"].as_str().unwrap(),
                e["sender"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        vec![
            (1, "joined", "alice"),
            (2, "joined", "bob"),
            (3, "message", "alice"),
            (4, "message", "alice"),
        ]
    );
    assert_eq!(events[2]["text"], "hello world");
    assert_eq!(events[2]["room"], "lobby");
    assert_eq!(events[2]["recipient"], Value::Null);
    assert_eq!(events[0]["text"], Value::Null);
    for event in &events {
        let time = event["time"].as_str().expect("time");
        chrono::DateTime::parse_from_rfc3339(time).expect("RFC 3339 time");
    }

    // history --json: the newest page, oldest first; private conversations
    // too.
    let page = as_user(
        &server,
        "bob",
        &["history", "--room", "lobby", "--limit", "2", "--json"],
    )
    .json();
    let seqs: Vec<u64> = page.iter().map(|e| e["seq"].as_u64().unwrap()).collect();
    assert_eq!(seqs, vec![3, 4]);
    assert_eq!(page[1]["text"], "only once");
    let whispers = as_user(&server, "bob", &["history", "--with", "alice", "--json"]).json();
    assert_eq!(whispers.len(), 1);
    assert_eq!(whispers[0]["room"], Value::Null);
    assert_eq!(whispers[0]["sender"], "alice");
    assert_eq!(whispers[0]["recipient"], "bob");
    assert_eq!(whispers[0]["text"], "psst");
    let text = as_user(
        &server,
        "bob",
        &["history", "--room", "lobby", "--limit", "1"],
    )
    .line();
    assert!(text.ends_with(" [lobby] <alice> only once"), "{text}");

    // rooms and members.
    let rooms = as_user(&server, "carol", &["rooms", "--json"]).json();
    assert_eq!(
        rooms,
        vec![serde_json::json!({"room": "lobby", "members": 2, "last_seq": 4, "is_member": false})]
    );
    let members = as_user(&server, "carol", &["members", "--room", "lobby"]).ok();
    assert_eq!(members, vec!["alice  offline", "bob    offline"]);

    // leave; tail sees it live.
    assert_eq!(
        as_user(&server, "alice", &["leave", "lobby"]).line(),
        "left lobby (seq 5)"
    );
    let left = tail.out_has("\"seq\":5");
    let left: Value = serde_json::from_str(&left).unwrap();
    assert_eq!(
        (left["kind"].as_str(), left["sender"].as_str()),
        (Some("left"), Some("alice"))
    );

    // The server shuts down: a tail told not to reconnect says so (and not
    // the server's note to reconnect) and exits 3 (server went away).
    server.terminate();
    let ended = tail.err_has("confab: the stream ended: the server at 127.0.0.1:");
    assert_eq!(
        ended,
        format!("confab: the stream ended: the server at {addr} is shutting down")
    );
    assert_eq!(tail.exit_code(), 3, "{}", tail.lines.transcript());
}

#[test]
fn exit_codes_tell_unreachable_from_refused_from_usage() {
    // Unreachable: 3, whatever the command.
    let nobody = unused_address().to_string();
    for args in [
        vec!["rooms"],
        vec!["send", "--room", "lobby", "hi"],
        vec!["chat"],
    ] {
        let mut all = vec!["--server", nobody.as_str(), "--user", "alice"];
        all.extend(args);
        let run = confab(&all);
        assert_eq!(run.code, 3, "{run:#?}");
        assert_eq!(run.stderr.len(), 1, "one line: {run:#?}");
        assert!(
            run.stderr[0].starts_with(&format!(
                "confab: cannot reach the server at http://{nobody}"
            )),
            "{run:#?}"
        );
    }

    let (_dir, server) = server();
    as_user(&server, "alice", &["join", "lobby"]).ok();
    // Refused: 1, with a message that says why and how to fix it.
    for args in [
        vec!["send", "--room", "lobby", "let me in"],
        vec!["history", "--room", "lobby"],
        vec!["tail", "--room", "lobby"],
    ] {
        let run = as_user(&server, "eve", &args);
        assert_eq!(run.code, 1, "{run:#?}");
        assert_eq!(
            run.stderr,
            vec![
                "confab: you are not a member of room \"lobby\"; join it first: \
                 confab join --user eve lobby"
            ]
        );
    }
    let run = as_user(&server, "alice", &["send", "--to", "nobody", "hello?"]);
    assert_eq!(
        (run.code, run.stderr.clone()),
        (1, vec!["confab: user \"nobody\" does not exist".to_owned()])
    );
    let run = as_user(&server, "alice", &["send", "--room", "lobby", "   "]);
    assert_eq!(run.code, 1, "{run:#?}");
    assert!(run.stderr[0].contains("invalid text"), "{run:#?}");
    let run = as_user(&server, "alice", &["leave", "kitchen"]);
    assert_eq!(run.code, 1, "{run:#?}");

    // Usage: 2 (bad name, no user, bad flags).
    let run = as_user(&server, "Alice", &["rooms"]);
    assert_eq!(run.code, 2, "{run:#?}");
    assert_eq!(
        run.stderr,
        vec!["confab: invalid user name \"Alice\": it must start with a-z or 0-9"]
    );
    let run = as_user(&server, "alice", &["join", "Lobby"]);
    assert_eq!(run.code, 2, "{run:#?}");
    let run = confab(&["--server", &server.addr(), "rooms"]);
    assert_eq!(run.code, 2, "{run:#?}");
    assert!(
        run.stderr[0].contains("--user NAME or set CONFAB_USER"),
        "{run:#?}"
    );
    let run = as_user(&server, "alice", &["send", "hi"]);
    assert_eq!(run.code, 2, "{run:#?}");

    // CONFAB_SERVER (with http://) and CONFAB_USER stand in for the flags.
    let mut command = confab_command();
    command
        .env("CONFAB_SERVER", format!("http://{}", server.addr()))
        .env("CONFAB_USER", "alice")
        .args(["send", "--room", "lobby", "from the environment"]);
    assert_eq!(run_command(command).line(), "2");

    // --help documents the exit codes.
    let help = confab(&["--help"]).ok().join("\n");
    for line in ["Exit codes:", "  0  ", "  1  ", "  2  ", "  3  "] {
        assert!(help.contains(line), "{line:?} missing from --help:\n{help}");
    }
}

#[test]
fn colour_only_on_a_terminal_and_never_with_no_color() {
    let (_dir, server) = server();
    as_user(&server, "alice", &["join", "lobby"]).ok();
    let history = format!(
        "{} --server {} --user alice history --room lobby",
        env!("CARGO_BIN_EXE_confab"),
        server.addr()
    );
    // `script` runs the command on a pseudo-terminal.
    let on_terminal = |no_color: Option<&str>| {
        let mut command = std::process::Command::new("script");
        command.args(["-qec", &history, "/dev/null"]);
        command.env_remove("NO_COLOR");
        if let Some(value) = no_color {
            command.env("NO_COLOR", value);
        }
        run_command(command).ok().join("\n")
    };
    let coloured = on_terminal(None);
    assert!(
        coloured.contains("\x1b["),
        "no colour on a terminal: {coloured:?}"
    );
    assert!(coloured.contains("alice joined"), "{coloured:?}");
    let plain = on_terminal(Some("1"));
    assert!(
        !plain.contains("\x1b["),
        "colour despite NO_COLOR: {plain:?}"
    );
    assert!(plain.contains("alice joined"), "{plain:?}");
    let piped = as_user(&server, "alice", &["history", "--room", "lobby"]).ok();
    assert!(!piped.join("\n").contains('\x1b'), "colour on a pipe");
    let forced = as_user(
        &server,
        "alice",
        &["--color", "always", "history", "--room", "lobby"],
    )
    .ok();
    assert!(forced.join("\n").contains("\x1b["), "--color always");
}

#[test]
fn chat_reconnects_and_resumes_after_server_restarts_missing_nothing_and_repeating_nothing() {
    let (_dir, first) = server();
    let (db, port) = (first.db.clone(), first.port);
    let addr = first.addr();
    let bob_says = |room_or_user: &[&str], text: &str| {
        let mut args = vec!["--server", addr.as_str(), "--user", "bob", "send"];
        args.extend_from_slice(room_or_user);
        args.push(text);
        confab(&args).ok();
    };
    as_user(&first, "bob", &["join", "lobby"]).ok();
    let mut alice = chat(&first, "alice", &["--room", "lobby"]);
    bob_says(&["--room", "lobby"], "one");
    alice.out_ends("[lobby] <bob> one");
    alice.type_line("hi from alice");
    alice.out_ends("[lobby] <alice> hi from alice");

    // 1. Graceful restart: the stream ends with UNAVAILABLE. A line typed
    // meanwhile is queued. Alice is paused (SIGSTOP) while the server comes
    // back and bob talks, so those messages are certainly missed live and
    // must come from the resume.
    first.terminate();
    alice.out_has("* disconnected: the server is shutting down; reconnecting (for up to 60 s)");
    alice.type_line("typed while down");
    alice.out_has("* not connected: \"typed while down\" to lobby queued");
    signal(alice.pid(), "STOP");
    let second = Server::start(&db, port);
    bob_says(&["--room", "lobby"], "two");
    bob_says(&["--room", "lobby"], "three");
    bob_says(&["--to", "alice"], "secret");
    signal(alice.pid(), "CONT");
    alice.out_ends("* reconnected; resumed from cursors (lobby after 4)");
    alice.out_ends("[lobby] <bob> two");
    alice.out_ends("[lobby] <bob> three");
    alice.out_ends("[private] <bob \u{2192} alice> secret");
    alice.out_ends("* caught up: 3 missed events");
    alice.out_ends("[lobby] <alice> typed while down");
    bob_says(&["--room", "lobby"], "four");
    alice.out_ends("[lobby] <bob> four");

    // 2. The server process dies (SIGKILL): no goodbye at all.
    second.kill();
    alice.out_has("* disconnected: ");
    signal(alice.pid(), "STOP");
    let third = Server::start(&db, port);
    bob_says(&["--room", "lobby"], "five");
    bob_says(&["--to", "alice"], "secret two");
    signal(alice.pid(), "CONT");
    alice.out_ends("* reconnected; resumed from cursors (lobby after 8, @bob after 1)");
    alice.out_ends("* caught up: 2 missed events");
    bob_says(&["--room", "lobby"], "six");
    alice.out_ends("[lobby] <bob> six");
    alice.close_stdin();
    assert_eq!(alice.exit_code(), 0, "{}", alice.lines.transcript());

    // Every message exactly once, in order.
    let lines = alice.stdout();
    let messages: Vec<&str> = lines
        .iter()
        .filter_map(|l| l.split_once("] <").map(|(_, rest)| rest))
        .collect();
    assert_eq!(
        messages,
        vec![
            "bob> one",
            "alice> hi from alice",
            "bob> two",
            "bob> three",
            "bob \u{2192} alice> secret",
            "alice> typed while down",
            "bob> four",
            "bob> five",
            "bob \u{2192} alice> secret two",
            "bob> six",
        ],
        "{}",
        alice.lines.transcript()
    );
    // The queued line was stored once, as alice's.
    let history = as_user(&third, "bob", &["history", "--room", "lobby", "--json"]).json();
    let queued: Vec<&Value> = history
        .iter()
        .filter(|e| e["text"] == "typed while down")
        .collect();
    assert_eq!(queued.len(), 1, "{history:#?}");
    assert_eq!(queued[0]["sender"], "alice");
}

#[test]
fn chat_gives_up_when_the_server_stays_away_and_reports_unsent_lines() {
    let (_dir, server) = server();
    let mut alice = chat(&server, "alice", &["--room", "lobby", "--retry-for", "2"]);
    server.terminate();
    alice.out_has("* disconnected: ");
    alice.type_line("into the void");
    alice.out_has("* not connected: \"into the void\" to lobby queued");
    alice.out_has("error: not sent: \"into the void\" to lobby");
    alice.err_has("confab: gave up reconnecting to 127.0.0.1:");
    assert_eq!(alice.exit_code(), 3, "{}", alice.lines.transcript());
}
