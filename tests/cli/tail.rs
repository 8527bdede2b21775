//! `confab tail` across server restarts (issue 13, item 9): it reconnects
//! with backoff and goes on from the last event it printed, so every
//! message shows once, none twice, none lost, whether the server shut down
//! (UNAVAILABLE) or died (the connection broke).

use serde_json::Value;

use crate::support::cli::*;

#[test]
fn tail_survives_server_restarts_printing_every_message_once() {
    let (dir, server) = server();
    let db = dir.path().join("confab.db");
    let port = server.port;
    as_user(&server, "alice", &["join", "lobby"]).ok();
    as_user(&server, "bob", &["join", "lobby"]).ok();
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
            "--retry-delay",
            "50",
        ],
    );
    // The replay from 0 ends with bob's join: the tail is following.
    tail.out_has("\"seq\":2");
    let say = |server: &Server, text: &str| {
        as_user(server, "alice", &["send", "--room", "lobby", text]).ok();
    };
    say(&server, "before 1");
    say(&server, "before 2");
    tail.out_has("before 2");

    // A graceful restart: the stream ends with UNAVAILABLE. The tail is
    // stopped meanwhile, so what is sent before it is back must come from
    // its cursor.
    server.terminate();
    tail.err_has("confab: the stream ended: the server at 127.0.0.1:");
    signal(tail.pid(), "STOP");
    let second = Server::start(&db, port);
    say(&second, "after restart 1");
    say(&second, "after restart 2");
    signal(tail.pid(), "CONT");
    tail.err_has("confab: reconnected");
    tail.out_has("after restart 2");
    say(&second, "live again");
    tail.out_has("live again");

    // The server dies: the connection breaks under the stream.
    second.kill();
    tail.err_has("lost the connection to the server at 127.0.0.1:");
    signal(tail.pid(), "STOP");
    let third = Server::start(&db, port);
    say(&third, "after crash");
    signal(tail.pid(), "CONT");
    tail.out_has("after crash");
    say(&third, "the end");
    tail.out_has("the end");

    let events: Vec<Value> = tail
        .stdout()
        .iter()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{line:?}: {e}")))
        .collect();
    let seqs: Vec<u64> = events.iter().filter_map(|e| e["seq"].as_u64()).collect();
    assert_eq!(
        seqs,
        (1..=9).collect::<Vec<_>>(),
        "every event once, in order: {}",
        tail.lines.transcript()
    );
    let texts: Vec<&str> = events.iter().filter_map(|e| e["text"].as_str()).collect();
    assert_eq!(
        texts,
        [
            "before 1",
            "before 2",
            "after restart 1",
            "after restart 2",
            "live again",
            "after crash",
            "the end"
        ]
    );
    drop(third);
}
