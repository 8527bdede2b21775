//! Holding under abuse (issue 13): listings come in pages whatever their
//! size, limits hold per connection and per peer address however many
//! names one client uses, a broken store is refused at start or reported
//! NOT_SERVING, and a full disk answers a code a client can retry on.

mod support;

use std::collections::BTreeSet;

use confab::pb;
use support::{
    raw::request_as,
    server::TestServer,
    wire::{assert_code, send_to_room},
    WAIT,
};
use tokio_stream::wrappers::ReceiverStream;
use tonic::{Code, Status, Streaming};

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
    // alice creates all 250 rooms: more than the default room quota.
    let server = TestServer::start_with(|config| config.rooms.max_rooms_per_user = 1000).await;
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

/// Opens a Chat session as `user` on a connection of its own: the stream
/// once `ready` came, or the status it was refused with.
async fn try_session(
    server: &TestServer,
    user: &str,
) -> Result<
    (
        tokio::sync::mpsc::Sender<pb::ChatRequest>,
        Streaming<pb::ChatResponse>,
    ),
    Status,
> {
    let mut client = server.client(user).await;
    let (tx, rx) = tokio::sync::mpsc::channel(4);
    tx.send(pb::ChatRequest {
        request_id: "resume".into(),
        command: Some(pb::chat_request::Command::Resume(pb::ResumeCommand {
            cursors: vec![],
        })),
    })
    .await
    .expect("queue the resume");
    let mut inbound = client.chat(ReceiverStream::new(rx)).await?.into_inner();
    loop {
        let frame = tokio::time::timeout(WAIT, inbound.message())
            .await
            .expect("an answer within WAIT")?
            .and_then(|response| response.frame);
        match frame {
            Some(pb::chat_response::Frame::Ready(_)) => return Ok((tx, inbound)),
            Some(_) => continue,
            None => panic!("{user}: the stream ended before ready"),
        }
    }
}

#[tokio::test]
async fn one_address_using_fifty_names_is_held_to_its_session_limit() {
    let server = TestServer::start_with(|c| {
        c.peer_limits.peer_limits_on_loopback = true;
        c.peer_limits.max_sessions_per_peer = 10;
    })
    .await;
    let mut open = Vec::new();
    let mut refused = Vec::new();
    let mut opened = Vec::new();
    for i in 0..50 {
        let name = format!("name-{i:02}");
        match try_session(&server, &name).await {
            Ok(session) => {
                open.push(session);
                opened.push(name);
            }
            Err(status) => refused.push(status),
        }
    }
    // Peer limits are kept by each node: on a cluster, ten per node.
    let nodes = server.nodes.len();
    assert_eq!(open.len(), 10 * nodes, "ten sessions, whatever the names");
    assert_eq!(refused.len(), 50 - 10 * nodes);
    for status in &refused {
        assert_eq!(status.code(), Code::ResourceExhausted, "{status:?}");
        assert!(
            status
                .message()
                .contains("the address 127.0.0.1 already has 10 Chat sessions"),
            "{status:?}"
        );
    }
    // The refused sessions were never online; the open ones are.
    let mut lister = server.member("lister", "hall").await;
    for i in [0, 9, 10, 49] {
        server.member(&format!("name-{i:02}"), "hall").await;
    }
    let members = lister
        .list_members(pb::ListMembersRequest {
            room: "hall".into(),
            ..Default::default()
        })
        .await
        .expect("members")
        .into_inner()
        .members;
    let online: Vec<&str> = members
        .iter()
        .filter(|m| m.state() == pb::PresenceState::Online)
        .map(|m| m.user.as_str())
        .collect();
    let expected: Vec<String> = [0, 9, 10, 49]
        .map(|i| format!("name-{i:02}"))
        .into_iter()
        .filter(|name| opened.contains(name))
        .collect();
    assert_eq!(online, expected);

    // A session that ends gives its place back.
    let (tx, mut inbound) = open.pop().expect("an open session");
    drop(tx);
    while tokio::time::timeout(WAIT, inbound.message())
        .await
        .expect("the end within WAIT")
        .expect("a clean end")
        .is_some()
    {}
    // On a cluster the place is on one node: the others stay full.
    let mut late = None;
    for _ in 0..server.nodes.len() {
        if let Ok(session) = try_session(&server, "name-late").await {
            late = Some(session);
            break;
        }
    }
    let _late = late.expect("a place was given back");
    assert_code(
        try_session(&server, "name-later").await,
        Code::ResourceExhausted,
    );
}

#[tokio::test]
async fn one_address_using_fifty_names_is_held_to_its_send_rate() {
    let server = TestServer::start_with(|c| {
        c.peer_limits.peer_limits_on_loopback = true;
        c.peer_limits.rate_per_peer = 1;
        c.peer_limits.rate_burst_per_peer = 20;
        c.peer_limits.rate_per_connection = 0;
    })
    .await;
    // Fifty names per node (on a cluster each node gets its share).
    let names: Vec<String> = (0..50 * server.nodes.len())
        .map(|i| format!("name-{i:02}"))
        .collect();
    let mut clients = Vec::new();
    for name in &names {
        clients.push(server.member(name, "lobby").await);
    }
    let started = std::time::Instant::now();
    let mut accepted = 0;
    for (name, client) in names.iter().zip(&mut clients) {
        match client
            .send_message(send_to_room("lobby", &format!("from {name}")))
            .await
        {
            Ok(_) => accepted += 1,
            Err(status) => {
                assert_eq!(status.code(), Code::ResourceExhausted, "{status:?}");
                assert!(
                    status
                        .message()
                        .starts_with("the address 127.0.0.1 is sending faster"),
                    "{status:?}"
                );
                assert!(status.message().contains("retry in"), "{status:?}");
            }
        }
    }
    // The burst, and what one message a second added meanwhile.
    // Each node keeps its own rates: on a cluster, a burst per node.
    let nodes = server.nodes.len();
    let refill = started.elapsed().as_secs() as usize + 1;
    assert!(
        (20 * nodes..=(20 + refill) * nodes).contains(&accepted),
        "{accepted} of {} accepted from one address",
        names.len()
    );
    // What was refused stored nothing: the log holds the joins and the
    // accepted messages only.
    let history = clients[0]
        .history(pb::HistoryRequest {
            conversation: Some(support::wire::room("lobby")),
            after_seq: Some(0),
            before_seq: None,
            limit: 1000,
            apply_edits: false,
        })
        .await
        .expect("history")
        .into_inner();
    assert_eq!(history.last_seq as usize, names.len() + accepted);
}

#[tokio::test]
async fn one_connection_using_many_names_is_held_to_its_send_rate() {
    let server = TestServer::start_with(|c| {
        c.peer_limits.peer_limits_on_loopback = true;
        c.peer_limits.rate_per_connection = 1;
        c.peer_limits.rate_burst_per_connection = 10;
    })
    .await;
    let names: Vec<String> = (0..30).map(|i| format!("name-{i:02}")).collect();
    for name in &names {
        server.member(name, "lobby").await;
    }
    // One connection, a name per call.
    let mut shared = server.anonymous_client().await;
    let started = std::time::Instant::now();
    let mut accepted = 0;
    let mut refusal = None;
    for name in &names {
        match shared
            .send_message(request_as(name, send_to_room("lobby", "hi")))
            .await
        {
            Ok(_) => accepted += 1,
            Err(status) => refusal = Some(status),
        }
    }
    let refill = started.elapsed().as_secs() as usize + 1;
    assert!(
        (10..=10 + refill).contains(&accepted),
        "{accepted} of 30 accepted on one connection"
    );
    let refusal = refusal.expect("some were refused");
    assert_eq!(refusal.code(), Code::ResourceExhausted);
    assert!(
        refusal
            .message()
            .starts_with("this connection from 127.0.0.1:"),
        "{refusal:?}"
    );
    // Another connection from the same address has its own allowance.
    let mut other = server.client("name-00").await;
    other
        .send_message(send_to_room("lobby", "from elsewhere"))
        .await
        .expect("a new connection may send");
}

/// The rooms `client` sees listed, by name.
async fn room_names(client: &mut confab::client::Client) -> BTreeSet<String> {
    client
        .list_rooms(pb::ListRoomsRequest::default())
        .await
        .expect("list rooms")
        .into_inner()
        .rooms
        .into_iter()
        .map(|room| room.name)
        .collect()
}

#[tokio::test]
async fn one_address_using_many_names_is_held_to_its_room_allowance() {
    let server = TestServer::start_with(|c| {
        c.peer_limits.peer_limits_on_loopback = true;
        c.rooms.rooms_per_peer_per_hour = 4;
    })
    .await;
    // Every client on one node: on a cluster the allowance is each node's.
    let client = |user: String| {
        let addr = server.addr.to_string();
        async move {
            confab::client::connect(&addr, &user)
                .await
                .expect("connect")
        }
    };
    // A creation the store refuses (the room exists) takes nothing.
    let mut first = client("name-0".into()).await;
    first
        .create_room(pb::CreateRoomRequest {
            room: "room-0".into(),
            private: false,
        })
        .await
        .expect("first room");
    let again = first
        .create_room(pb::CreateRoomRequest {
            room: "room-0".into(),
            private: false,
        })
        .await
        .expect_err("the room exists");
    assert_eq!(again.code(), Code::AlreadyExists, "{again:?}");
    // Three more names make three more rooms, by Join and by CreateRoom.
    for i in 1..4 {
        let mut client = client(format!("name-{i}")).await;
        let room = format!("room-{i}");
        if i % 2 == 0 {
            client
                .create_room(pb::CreateRoomRequest {
                    room,
                    private: true,
                })
                .await
                .expect("create within the allowance");
        } else {
            client
                .join(pb::JoinRequest { room })
                .await
                .expect("join-create within the allowance");
        }
    }
    // The fifth, under yet other names, is refused either way.
    let mut late = client("name-4".into()).await;
    let by_join = late
        .join(pb::JoinRequest {
            room: "room-4".into(),
        })
        .await
        .expect_err("beyond the address's allowance");
    let by_create = client("name-5".into())
        .await
        .create_room(pb::CreateRoomRequest {
            room: "room-5".into(),
            private: false,
        })
        .await
        .expect_err("beyond the address's allowance");
    for refused in [by_join, by_create] {
        assert_eq!(refused.code(), Code::ResourceExhausted, "{refused:?}");
        assert!(
            refused
                .message()
                .starts_with("the address 127.0.0.1 has created 4 rooms in the last hour"),
            "{refused:?}"
        );
    }
    // Joining a room that exists is not creating one.
    late.join(pb::JoinRequest {
        room: "room-0".into(),
    })
    .await
    .expect("joining an existing room");
    // Nothing was made of the refused calls (room-2 is private: its
    // owner's listing shows it).
    let mut owner = client("name-2".into()).await;
    let expected: BTreeSet<String> = (0..4).map(|i| format!("room-{i}")).collect();
    assert_eq!(room_names(&mut owner).await, expected);
}

#[tokio::test]
async fn loopback_peers_are_not_held_to_the_room_allowance_by_default() {
    let server = TestServer::start_with(|c| c.rooms.rooms_per_peer_per_hour = 2).await;
    for i in 0..5 {
        server
            .client(&format!("name-{i}"))
            .await
            .join(pb::JoinRequest {
                room: format!("room-{i}"),
            })
            .await
            .expect("loopback is exempt");
    }
    let mut anyone = server.client("someone").await;
    assert_eq!(room_names(&mut anyone).await.len(), 5);
}
