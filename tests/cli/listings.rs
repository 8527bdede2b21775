//! `confab rooms` and `confab members` show everything, however many
//! pages the server answers in (issue 13, item 5): the CLI follows
//! `next_page_token` to the end.

use crate::support::cli::*;

/// Joins `user` to each room over gRPC (far quicker than one `confab join`
/// process each), a few calls at a time.
fn join_many(server: &Server, joins: &[(String, String)]) {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    runtime.block_on(async {
        for chunk in joins.chunks(50) {
            let calls = chunk.iter().map(|(user, room)| async move {
                let mut client = confab::client::connect(&server.addr(), user)
                    .await
                    .expect("connect");
                client
                    .join(confab::pb::JoinRequest { room: room.clone() })
                    .await
                    .expect("join");
            });
            futures_util::future::join_all(calls).await;
        }
    });
}

#[test]
fn rooms_and_members_show_every_page() {
    let (_dir, server) = server();
    // More than two of the pages the CLI asks for (1,000 each).
    let rooms: Vec<String> = (0..2_500).map(|i| format!("r{i:04}")).collect();
    let joins: Vec<(String, String)> = rooms
        .iter()
        .enumerate()
        // Creators by the hundred: one user may create only so many rooms.
        .map(|(i, room)| (format!("owner{}", i / 100), room.clone()))
        .chain((0..1_200).map(|i| (format!("u{i:04}"), "crowd".to_owned())))
        .collect();
    join_many(&server, &joins);

    let listed = as_user(&server, "bob", &["rooms", "--json"]).json();
    let names: Vec<&str> = listed.iter().filter_map(|r| r["room"].as_str()).collect();
    let mut expected: Vec<&str> = rooms.iter().map(String::as_str).collect();
    expected.push("crowd");
    expected.sort_unstable();
    assert_eq!(names, expected, "every room once, in name order");

    let members = as_user(&server, "bob", &["members", "--room", "crowd", "--json"]).json();
    let users: Vec<&str> = members.iter().filter_map(|m| m["user"].as_str()).collect();
    let expected: Vec<String> = (0..1_200).map(|i| format!("u{i:04}")).collect();
    assert_eq!(users, expected, "every member once, in name order");
}
