//! Edits, deletes, reactions, replies and search from the command line:
//! the chat's /edit, /delete, /react, /reply and /search, how the others
//! in the room see them, and the one-shot `confab search`.

use crate::support::cli::*;

#[test]
fn chat_edits_deletes_reacts_replies_and_searches() {
    let (_dir, server) = server();
    let mut alice = chat(&server, "alice", &["--room", "lobby"]);
    let mut bob = chat(&server, "bob", &["--room", "lobby"]);
    alice.out_ends("[lobby] * bob joined");
    // alice's join is seq 1, bob's 2: her first message is seq 3.
    alice.type_line("the walrus says hello");
    bob.out_ends("[lobby] <alice> the walrus says hello");

    alice.type_line("/edit 3 the walrus says goodbye");
    alice.out_ends("* edited #3 (as #4)");
    bob.out_ends("! alice edited #3: the walrus says goodbye");
    bob.type_line("/react 3 :+1:");
    bob.out_ends("* reacted :+1: to #3");
    alice.out_ends("! bob reacted :+1: to #3");
    bob.type_line("/react 3 :+1:");
    bob.out_ends("* you had reacted :+1: to #3 already");
    bob.type_line("/reply 3 goodbye walrus");
    bob.out_ends("* replied to #3 (as #6)");
    alice.out_ends("[lobby] <bob> [re #3] goodbye walrus");

    // Refusals are said, and the session goes on.
    bob.type_line("/edit 3 not mine");
    bob.out_has("error:");
    bob.type_line("/reply 99 into the void");
    bob.out_has("error:");

    alice.type_line("/search walrus goodbye");
    alice.out_ends("* search for \"walrus goodbye\": 2 messages");
    let newest = alice.out_has("<bob> [re #3] goodbye walrus");
    assert!(newest.starts_with("#6 "), "{newest}");
    alice.out_has("<alice> the walrus says goodbye (edited)");
    alice.out_ends("* end of search");
    alice.type_line("/history 10");
    alice.out_has("<alice> the walrus says goodbye (edited) [:+1: 1]");

    alice.type_line("/delete 3");
    alice.out_ends("* deleted #3");
    bob.out_ends("! alice deleted #3");
    alice.type_line("/search hello");
    alice.out_ends("* search for \"hello\": 0 messages");

    let found = as_user(&server, "bob", &["search", "walrus"]).ok();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("#6 "), "{found:?}");
    assert!(
        found[0].ends_with("<bob> [re #3] goodbye walrus"),
        "{found:?}"
    );
    let json = as_user(&server, "bob", &["search", "walrus", "--json"]).json();
    assert_eq!(json[0]["reply_to_seq"], 3);
    assert_eq!(json[0]["text"], "goodbye walrus");

    alice.close_stdin();
    bob.close_stdin();
    assert_eq!(bob.exit_code(), 1, "two lines were refused");
}
