//! What a piped chat does with its input before the session is ready and
//! when a line is refused (issue 10, item 7), how refusals and broken
//! connections read (item 10), and what server addresses mean (item 11).

use crate::support::cli::*;

#[test]
fn piped_chat_input_waits_for_the_session_and_a_refused_line_fails_the_run() {
    let (_dir, server) = server();
    as_user(&server, "carol", &["join", "lobby"]).ok();
    // `printf 'hi\n' | confab chat --user carol`: the line is typed before
    // the session is ready, which is what sets the current room. Several
    // runs, since an early line used to be lost in some of them only.
    for run in 0..8 {
        let mut carol = start_chat(&server, "carol", &[]);
        carol.type_line(&format!("hi {run}"));
        carol.close_stdin();
        carol.out_ends(&format!("[lobby] <carol> hi {run}"));
        assert_eq!(carol.exit_code(), 0, "{}", carol.lines.transcript());
        assert_eq!(carol.stderr(), Vec::<String>::new());
    }
    let history = as_user(&server, "carol", &["history", "--room", "lobby", "--json"]).json();
    assert_eq!(history.len(), 9, "one join and eight lines: {history:#?}");

    // dave is in no room: his line has nowhere to go, and the run fails.
    let mut dave = start_chat(&server, "dave", &[]);
    dave.type_line("hello?");
    dave.close_stdin();
    dave.out_has("error: no current room: /join ROOM first");
    assert_eq!(dave.exit_code(), 1, "{}", dave.lines.transcript());
    assert_eq!(
        dave.stderr(),
        vec!["confab: 1 line refused; see the errors above"]
    );
}

#[test]
fn refusals_and_breaks_are_said_in_chat_terms() {
    let (_dir, server) = server();
    as_user(&server, "bob", &["join", "kitchen"]).ok();
    let mut alice = chat(&server, "alice", &["--room", "lobby"]);
    alice.type_line("/history kitchen");
    let line = alice.out_has("error: cannot show the history of kitchen");
    assert_eq!(
        line,
        "error: cannot show the history of kitchen: you are not in it: /join kitchen first"
    );
    alice.type_line("/rooms extra");
    alice.out_has("error: usage: /rooms (it takes no arguments)");
    alice.type_line("@alice talking to myself");
    alice.out_has("error: you cannot send a private message to yourself");
    alice.type_line("/leave nowhere");
    let line = alice.out_has("error: cannot leave nowhere: ");
    assert!(!line.contains("join"), "no advice to join: {line}");

    // A dropped connection (the server process dies) and a graceful
    // shutdown, each said plainly.
    let port = server.port;
    let db = server.db.clone();
    server.kill();
    alice.out_has(
        "* disconnected: lost the connection to the server; reconnecting (for up to 60 s)",
    );
    let again = Server::start(&db, port);
    alice.out_has("* reconnected; resumed from cursors (lobby after 1)");
    again.terminate();
    alice.out_has("* disconnected: the server is shutting down; reconnecting (for up to 60 s)");
    alice.close_stdin();
    assert_eq!(alice.exit_code(), 1, "{}", alice.lines.transcript());
    for line in alice.stdout() {
        for protocol in [
            "to_user",
            "h2 protocol",
            "reconnect and resume",
            "confab join",
        ] {
            assert!(!line.contains(protocol), "{protocol:?} in {line:?}");
        }
    }

    // The one-shot commands: privately to yourself is a usage error.
    let again = Server::start(&db, port);
    let run = as_user(&again, "alice", &["send", "--to", "alice", "hi"]);
    assert_eq!(
        (run.code, run.stderr),
        (
            2,
            vec!["confab: you cannot send a private message to yourself".to_owned()]
        )
    );
}

#[test]
fn server_addresses_default_to_port_50051_and_https_speaks_tls() {
    let (_dir, server) = server();
    // https:// speaks TLS: against a plaintext server the handshake fails
    // and nothing is sent in plaintext.
    let https = format!("https://{}", server.addr());
    let run = confab(&["--server", &https, "--user", "alice", "rooms"]);
    assert_eq!(run.code, 3, "{run:#?}");
    // A host without a port means confab's port, not HTTP's 80 (a name
    // that never resolves, so nothing is reached whatever listens here).
    for address in ["nowhere.invalid", "http://nowhere.invalid"] {
        let run = confab(&["--server", address, "--user", "alice", "rooms"]);
        assert_eq!(run.code, 3, "{run:#?}");
        assert!(
            run.stderr[0]
                .starts_with("confab: cannot reach the server at http://nowhere.invalid:50051: "),
            "{run:#?}"
        );
    }
    // And http:// with a port still works.
    let plain = format!("http://{}", server.addr());
    assert_eq!(
        confab(&["--server", &plain, "--user", "alice", "join", "lobby"]).line(),
        "joined lobby (seq 1)"
    );
}
