//! Rooms with doors from the command line: the one-shot create, kick,
//! ban, topic, role and block commands, and the same in a chat, where a
//! kicked user's chat shows the kick and then nothing more of the room.

use crate::support::cli::*;

#[test]
fn one_shot_moderation_and_block_say_what_they_did_or_why_not() {
    let (_dir, server) = server();
    assert_eq!(
        as_user(&server, "alice", &["create", "hall"]).line(),
        "created public room hall (seq 1)"
    );
    as_user(&server, "eve", &["join", "hall"]).ok();
    as_user(&server, "mo", &["join", "hall"]).ok();

    // A member may not kick: refused, exit 1, said why.
    let run = as_user(&server, "eve", &["kick", "hall", "mo"]);
    assert_eq!(run.code, 1, "{run:#?}");
    assert_eq!(
        run.stderr,
        vec!["confab: not allowed: only the owner and moderators of room \"hall\" may kick"]
    );
    assert_eq!(
        as_user(&server, "alice", &["role", "hall", "mo", "mod"]).line(),
        "made mo moderator of hall (seq 4)"
    );
    assert_eq!(
        as_user(&server, "mo", &["kick", "hall", "eve", "--reason", "spam"]).line(),
        "kicked eve from hall (seq 5)"
    );
    assert_eq!(
        as_user(&server, "mo", &["topic", "hall", "release", "day"]).line(),
        "set the topic of hall (seq 6)"
    );
    let history = as_user(&server, "alice", &["history", "--room", "hall", "--json"]).json();
    let kicked = &history[4];
    assert_eq!(
        (
            &kicked["kind"],
            &kicked["sender"],
            &kicked["target"],
            &kicked["reason"]
        ),
        (
            &serde_json::json!("kicked"),
            &serde_json::json!("mo"),
            &serde_json::json!("eve"),
            &serde_json::json!("spam")
        )
    );
    let text = as_user(&server, "alice", &["history", "--room", "hall"]).ok();
    assert!(
        text[4].ends_with("[hall] ! mo kicked eve (spam)"),
        "{text:?}"
    );
    assert!(
        text[5].ends_with("[hall] ! mo set the topic: release day"),
        "{text:?}"
    );
    let members = as_user(&server, "alice", &["members", "--room", "hall", "--json"]).json();
    let roles: Vec<(&str, &str)> = members
        .iter()
        .map(|m| (m["user"].as_str().unwrap(), m["role"].as_str().unwrap()))
        .collect();
    assert_eq!(roles, [("alice", "owner"), ("mo", "moderator")]);

    // A private room is listed to its owner only.
    as_user(&server, "alice", &["create", "den", "--private"]).ok();
    let listed = as_user(&server, "alice", &["rooms"]).ok();
    assert!(
        listed
            .iter()
            .any(|l| l.starts_with("den") && l.ends_with("(private)")),
        "{listed:?}"
    );
    let listed = as_user(&server, "eve", &["rooms"]).ok();
    assert!(listed.iter().all(|l| !l.starts_with("den")), "{listed:?}");

    // Block: bob refuses alice's private messages; nothing is stored.
    as_user(&server, "bob", &["join", "hall"]).ok();
    assert_eq!(
        as_user(&server, "bob", &["block", "alice"]).line(),
        "blocked alice"
    );
    let run = as_user(&server, "alice", &["send", "--to", "bob", "psst"]);
    assert_eq!(run.code, 1, "{run:#?}");
    assert_eq!(
        run.stderr,
        vec!["confab: not allowed: bob does not accept private messages from you"]
    );
    let private = as_user(&server, "bob", &["history", "--with", "alice", "--json"]).json();
    assert!(private.is_empty(), "{private:?}");
    assert_eq!(
        as_user(&server, "bob", &["unblock", "alice"]).line(),
        "unblocked alice"
    );
    assert_eq!(
        as_user(&server, "alice", &["send", "--to", "bob", "psst"]).line(),
        "1"
    );
}

#[test]
fn a_kicked_chat_shows_the_kick_then_nothing_of_the_room_and_block_works_in_chat() {
    let (_dir, server) = server();
    as_user(&server, "alice", &["create", "hall"]).ok();
    as_user(&server, "eve", &["join", "hall"]).ok();
    let mut alice = chat(&server, "alice", &["--room", "hall"]);
    let mut eve = chat(&server, "eve", &["--room", "hall"]);
    alice.out_ends("[hall] * eve is online");

    alice.type_line("/kick eve spam");
    alice.out_ends("[hall] ! alice kicked eve (spam)");
    eve.out_ends("[hall] ! alice kicked eve (spam)");
    alice.type_line("after the kick");
    alice.out_ends("[hall] <alice> after the kick");
    alice.type_line("@eve marker");
    eve.out_ends("[private] <alice \u{2192} eve> marker");
    let shown = eve.stdout();
    assert_eq!(count(&shown, "<alice> after the kick"), 0, "{shown:#?}");

    // eve is not in the room any more; a member cannot kick.
    eve.type_line("/join hall");
    eve.out_ends("* current room: hall");
    eve.type_line("/kick alice");
    eve.out_has(
        "error: /kick alice #hall: not allowed: only the owner and moderators of room \"hall\" \
         may kick",
    );

    // Block in the chat: alice's private messages are refused.
    eve.type_line("/block alice");
    eve.out_ends("* blocked alice");
    alice.type_line("@eve again?");
    alice.out_has(
        "error: not sent to @eve: not allowed: eve does not accept private messages from you",
    );
}
