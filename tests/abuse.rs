//! Holding under abuse (issue 13): listings come in pages whatever their
//! size, limits hold per connection and per peer address however many
//! names one client uses, a broken store is refused at start or reported
//! NOT_SERVING, and a full disk answers a code a client can retry on.

mod support;

use std::collections::BTreeSet;

use confab::pb;
use support::{server::TestServer, wire::assert_code};
use tonic::Code;

/// Joins `user` to every room of `rooms`, a few calls at a time.
async fn join_all(server: &TestServer, user: &str, rooms: &[String]) {
    let client = server.client(user).await;
    for chunk in rooms.chunks(50) {
        let joins = chunk.iter().map(|room| {
            let mut client = client.clone();
            async move {
                client
                    .join(pb::JoinRequest { room: room.clone() })
                    .await
                    .expect("join")
            }
        });
        futures_util::future::join_all(joins).await;
    }
}

/// The hexadecimal page token for a name, as the server writes it: a test
/// that hand-makes one checks a valid-looking token with a bad name.
fn hex(text: &str) -> String {
    text.bytes().map(|b| format!("{b:02x}")).collect()
}

#[tokio::test]
async fn list_rooms_comes_in_pages_with_every_room_once() {
    let server = TestServer::start().await;
    let rooms: Vec<String> = (0..250).map(|i| format!("room-{i:03}")).collect();
    join_all(&server, "alice", &rooms).await;
    let mut bob = server.client("bob").await;

    let mut seen = Vec::new();
    let mut sizes = Vec::new();
    let mut page_token = String::new();
    loop {
        let page = bob
            .list_rooms(pb::ListRoomsRequest {
                page_token: page_token.clone(),
                limit: 100,
            })
            .await
            .expect("a page")
            .into_inner();
        sizes.push(page.rooms.len());
        for room in &page.rooms {
            assert_eq!(room.member_count, 1, "{room:?}");
            assert!(!room.is_member, "{room:?}");
        }
        seen.extend(page.rooms.into_iter().map(|r| r.name));
        if page.next_page_token.is_empty() {
            break;
        }
        assert!(sizes.len() < 10, "the pages never end: {sizes:?}");
        page_token = page.next_page_token;
    }
    assert_eq!(sizes, [100, 100, 50]);
    assert_eq!(seen, rooms, "every room once, in name order");

    // No limit: the default page of 100.
    let first = bob
        .list_rooms(pb::ListRoomsRequest::default())
        .await
        .expect("the first page")
        .into_inner();
    assert_eq!(first.rooms.len(), 100);
    assert!(!first.next_page_token.is_empty());

    // Tokens the server did not give, and a page too big, are refused.
    for bad in ["not-a-token", "abc", "zz", &hex("Lobby"), &hex("a/b")] {
        let status = assert_code(
            bob.list_rooms(pb::ListRoomsRequest {
                page_token: bad.to_owned(),
                limit: 10,
            })
            .await,
            Code::InvalidArgument,
        );
        assert!(status.message().contains("page_token"), "{status:?}");
    }
    assert_code(
        bob.list_rooms(pb::ListRoomsRequest {
            page_token: String::new(),
            limit: 1001,
        })
        .await,
        Code::InvalidArgument,
    );
    // The last page's token leads to the end, and nothing changed.
    let rest = bob
        .list_rooms(pb::ListRoomsRequest {
            page_token: page_token.clone(),
            limit: 1000,
        })
        .await
        .expect("the last page")
        .into_inner();
    assert_eq!(rest.rooms.len(), 50);
    assert!(rest.next_page_token.is_empty());
}

#[tokio::test]
async fn list_members_comes_in_pages_with_every_member_once() {
    let server = TestServer::start().await;
    let users: Vec<String> = (0..250).map(|i| format!("user-{i:03}")).collect();
    for chunk in users.chunks(50) {
        let joins = chunk.iter().map(|user| server.member(user, "crowd"));
        futures_util::future::join_all(joins).await;
    }
    let mut carol = server.client("carol").await;
    let mut seen = Vec::new();
    let mut pages = 0;
    let mut page_token = String::new();
    loop {
        let page = carol
            .list_members(pb::ListMembersRequest {
                room: "crowd".into(),
                page_token,
                limit: 100,
            })
            .await
            .expect("a page")
            .into_inner();
        pages += 1;
        assert!(page.members.len() <= 100);
        seen.extend(page.members.into_iter().map(|m| m.user));
        if page.next_page_token.is_empty() {
            break;
        }
        assert!(pages < 10, "the pages never end");
        page_token = page.next_page_token;
    }
    assert_eq!(pages, 3);
    assert_eq!(seen, users, "every member once, in name order");
    let unique: BTreeSet<_> = seen.iter().collect();
    assert_eq!(unique.len(), 250);

    let status = assert_code(
        carol
            .list_members(pb::ListMembersRequest {
                room: "crowd".into(),
                page_token: "%%".into(),
                limit: 0,
            })
            .await,
        Code::InvalidArgument,
    );
    assert!(status.message().contains("page_token"), "{status:?}");
    assert_code(
        carol
            .list_members(pb::ListMembersRequest {
                room: "nowhere".into(),
                page_token: String::new(),
                limit: 0,
            })
            .await,
        Code::NotFound,
    );
    // Refusals changed nothing: the first page is as it was.
    let first = carol
        .list_members(pb::ListMembersRequest {
            room: "crowd".into(),
            page_token: String::new(),
            limit: 0,
        })
        .await
        .expect("the first page")
        .into_inner();
    assert_eq!(first.members.len(), 100);
    assert_eq!(first.members[0].user, "user-000");
}
