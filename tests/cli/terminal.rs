//! `confab chat` on a pseudo-terminal, read off the screen as a person
//! sees it (issue 10, item 8): the README's two terminals as they show
//! them, an edited line sent as edited, an incoming message printed above
//! a half-typed line without breaking it, a prompt naming the current room.

use crate::support::{
    cli::{chat_args, server},
    pty::{Pty, BACKSPACE, CTRL_D, ENTER, LEFT},
};

/// The transcript README.md shows under `$ COMMAND`, without that line,
/// with times and the port as `HH:MM:SS` and `PORT`.
fn readme_transcript(command: &str) -> Vec<String> {
    let readme = include_str!("../../README.md");
    let start = readme
        .find(&format!("$ {command}\n"))
        .unwrap_or_else(|| panic!("README.md shows no `$ {command}`"));
    let block = &readme[start..];
    let block = &block[..block.find("```").expect("the transcript ends")];
    masked(&block.lines().skip(1).map(str::to_owned).collect::<Vec<_>>())
}

/// Rows with times and ports masked, trailing blanks and blank rows at the
/// end dropped.
fn masked(rows: &[String]) -> Vec<String> {
    let mut rows: Vec<String> = rows
        .iter()
        .map(|row| {
            let row = row.trim_end();
            let is_time = row.len() >= 8
                && row.bytes().take(8).enumerate().all(|(i, b)| {
                    if i == 2 || i == 5 {
                        b == b':'
                    } else {
                        b.is_ascii_digit()
                    }
                });
            let row = if is_time {
                format!("HH:MM:SS{}", &row[8..])
            } else {
                row.to_owned()
            };
            match row.split_once("127.0.0.1:") {
                Some((before, after)) => {
                    let rest = after.trim_start_matches(|c: char| c.is_ascii_digit());
                    format!("{before}127.0.0.1:PORT{rest}")
                }
                None => row,
            }
        })
        .collect();
    while rows.last().is_some_and(String::is_empty) {
        rows.pop();
    }
    rows
}

#[test]
fn on_a_terminal_lines_are_edited_with_a_prompt_and_incoming_lines_go_above_them() {
    let (_dir, server) = server();
    let on_terminal = |user: &str| {
        let args = chat_args(&server, user, &["--room", "lobby"]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        Pty::spawn(user, env!("CARGO_BIN_EXE_confab"), &args, &[])
    };
    let screen_is = |pty: &Pty, expected: &[String]| {
        pty.wait_for(&format!("{expected:#?}"), |shown| {
            masked(&shown.rows) == expected
        });
    };

    // The README's two terminals, as they show them.
    let mut alice = on_terminal("alice");
    alice.wait_row("lobby>");
    let mut bob = on_terminal("bob");
    alice.wait_row_ending("[lobby] * bob is online");
    alice.keys("hello bob");
    alice.keys(ENTER);
    bob.wait_row_ending("[lobby] <alice> hello bob");
    bob.keys("@alice psst, a secret");
    bob.keys(ENTER);
    screen_is(
        &alice,
        &readme_transcript("confab chat --user alice --room lobby"),
    );
    screen_is(
        &bob,
        &readme_transcript("confab chat --user bob --room lobby"),
    );

    // An edited line arrives as edited: a typo taken back, the cursor moved
    // left, a letter put in.
    alice.keys("see yu thenn");
    alice.keys(BACKSPACE);
    alice.keys(&LEFT.repeat(6));
    alice.keys("o");
    alice.keys(ENTER);
    bob.wait_row_ending("[lobby] <alice> see you then");

    // A message that comes in while alice is half way through a line is
    // printed above it; the line stays whole, the cursor at its end.
    alice.keys("half way");
    alice.wait_row("lobby> half way");
    bob.keys("interrupting");
    bob.keys(ENTER);
    alice.wait_for(
        "bob's line above the half-typed one, the cursor after it",
        |shown| {
            let above = shown.cursor.0.checked_sub(1).map(|row| &shown.rows[row]);
            above.is_some_and(|row| row.ends_with("[lobby] <bob> interrupting"))
                && shown.cursor_row() == "lobby> half way"
                && shown.cursor.1 == 15
        },
    );
    alice.keys(" through");
    alice.keys(ENTER);
    bob.wait_row_ending("[lobby] <alice> half way through");

    // The prompt names the current room.
    alice.keys("/join kitchen");
    alice.keys(ENTER);
    alice.wait_row("* current room: kitchen");
    alice.wait_for("the prompt naming kitchen", |shown| {
        shown.cursor_row() == "kitchen>" && shown.cursor.1 == 9
    });

    // ctrl-D on an empty line ends the chat cleanly.
    alice.keys(CTRL_D);
    assert_eq!(alice.exit_code(), 0);
    bob.keys(CTRL_D);
    assert_eq!(bob.exit_code(), 0);
}

#[test]
fn with_typing_on_a_terminal_the_room_sees_who_starts_typing() {
    let (_dir, server) = server();
    let args = chat_args(&server, "alice", &["--room", "lobby", "--typing"]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut alice = Pty::spawn("alice", env!("CARGO_BIN_EXE_confab"), &args, &[]);
    alice.wait_row("lobby>");
    let mut bob = crate::support::cli::chat(&server, "bob", &["--room", "lobby", "--typing"]);
    alice.wait_row_ending("[lobby] * bob is online");

    // Keys with no Enter yet: bob is told alice is typing, once.
    alice.keys("hel");
    bob.out_ends("* alice is typing in lobby…");
    alice.keys("lo");
    alice.keys(ENTER);
    bob.out_ends("[lobby] <alice> hello");
    // bob's unread count is shown by `confab rooms`.
    let rooms = crate::support::cli::as_user(&server, "bob", &["rooms"]).line();
    assert!(rooms.ends_with("(joined)  1 unread"), "{rooms}");
    bob.close_stdin();
    assert_eq!(bob.exit_code(), 0);
}
