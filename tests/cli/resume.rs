//! Reconnecting until the --retry-for deadline (issue 10, item 9), and a
//! chat that, opened again, resumes every room and private conversation
//! from the cursors the last one saved: what was missed shown once
//! (item 12), nothing shown again after a server crash (item 3).

use crate::support::cli::*;

#[test]
fn chat_keeps_trying_until_the_retry_for_deadline() {
    let (_dir, server) = server();
    let mut alice = chat(&server, "alice", &["--room", "lobby", "--retry-for", "2"]);
    server.terminate();
    alice.out_ends("(for up to 2 s)");
    let disconnected = std::time::Instant::now();
    let gave_up = alice.err_has("confab: gave up reconnecting to 127.0.0.1:");
    let waited = disconnected.elapsed();
    assert_eq!(alice.exit_code(), 3, "{}", alice.lines.transcript());
    // 100 ms doubling: tries at 0.1, 0.3, 0.7 and 1.5 s, then the last one
    // at the deadline (the next full wait, 1.6 s, would pass it).
    assert!(
        gave_up.contains(" after 2 s (--retry-for 2): cannot reach the server at http://"),
        "{gave_up}"
    );
    // Timed from reading the line, so a little under the session's own
    // clock; giving up at 1.5 s, when the next wait would pass the
    // deadline, shows well under this.
    assert!(
        waited >= std::time::Duration::from_millis(1750),
        "gave up after {waited:?}"
    );
}

#[test]
fn a_reopened_chat_shows_what_it_missed_once_and_says_how_many() {
    let (_dir, server) = server();
    as_user(&server, "bob", &["join", "lobby"]).ok();
    let bob_says = |target: &[&str], text: &str| {
        let mut args = vec!["send"];
        args.extend_from_slice(target);
        args.push(text);
        as_user(&server, "bob", &args).ok();
    };
    let mut alice = chat(&server, "alice", &["--room", "lobby"]);
    bob_says(&["--room", "lobby"], "before");
    alice.out_ends("[lobby] <bob> before");
    alice.type_line("mine");
    alice.out_ends("[lobby] <alice> mine");
    alice.close_stdin();
    assert_eq!(alice.exit_code(), 0, "{}", alice.lines.transcript());

    // While alice is away.
    bob_says(&["--room", "lobby"], "while away 1");
    bob_says(&["--to", "alice"], "psst");
    bob_says(&["--room", "lobby"], "while away 2");

    let mut alice = chat(&server, "alice", &[]);
    alice.close_stdin();
    assert_eq!(alice.exit_code(), 0, "{}", alice.lines.transcript());
    // Each conversation in order; rooms and private conversations are
    // replayed one after the other.
    let lines = alice.stdout();
    let shown = |place: &str| -> Vec<&str> {
        lines
            .iter()
            .filter_map(|l| l.split_once(place).map(|(_, rest)| rest))
            .collect()
    };
    assert_eq!(
        shown("[lobby] "),
        vec!["<bob> while away 1", "<bob> while away 2"],
        "{}",
        alice.lines.transcript()
    );
    assert_eq!(shown("[private] "), vec!["<bob \u{2192} alice> psst"]);
    assert_eq!(
        count(&lines, "* caught up: 3 missed events"),
        1,
        "{lines:#?}"
    );
    assert!(
        std::fs::read_dir(server.state_dir())
            .expect("state directory")
            .any(|entry| entry.expect("entry").file_name()
                == *format!("alice@127.0.0.1_{}.json", server.port)),
        "no state file for alice"
    );

    // Opened once more with nothing new: nothing shown again.
    let mut alice = chat(&server, "alice", &[]);
    alice.close_stdin();
    assert_eq!(alice.exit_code(), 0, "{}", alice.lines.transcript());
    let lines = alice.stdout();
    assert_eq!(count(&lines, "psst"), 0, "{lines:#?}");
    assert_eq!(
        count(&lines, "* caught up: 0 missed events"),
        1,
        "{lines:#?}"
    );
}

#[test]
fn private_messages_are_not_shown_again_after_the_server_crashed() {
    let (_dir, first) = server();
    let (db, port) = (first.db.clone(), first.port);
    let bob_whispers = |server: &Server, text: &str| {
        as_user(server, "bob", &["send", "--to", "alice", text]).ok();
    };
    // alice has been here before, so bob may write to her.
    as_user(&first, "alice", &["rooms"]).ok();
    let mut alice = chat(&first, "alice", &["--retry-for", "0"]);
    bob_whispers(&first, "one");
    alice.out_ends("[private] <bob \u{2192} alice> one");
    // The server dies before it could note where alice's session was.
    first.kill();
    alice.err_has("confab: gave up reconnecting");
    assert_eq!(alice.exit_code(), 3, "{}", alice.lines.transcript());

    let second = Server::start(&db, port);
    bob_whispers(&second, "two");
    let mut alice = chat(&second, "alice", &[]);
    alice.close_stdin();
    assert_eq!(alice.exit_code(), 0, "{}", alice.lines.transcript());
    let lines = alice.stdout();
    assert_eq!(count(&lines, "<bob \u{2192} alice> one"), 0, "{lines:#?}");
    assert_eq!(count(&lines, "<bob \u{2192} alice> two"), 1, "{lines:#?}");
    assert_eq!(
        count(&lines, "* caught up: 1 missed event"),
        1,
        "{lines:#?}"
    );
}
