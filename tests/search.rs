//! Search over real gRPC on loopback: it finds only what the caller may
//! read (the rooms it is in, its private conversations), newest first and
//! in pages, the latest text of an edited message and never a deleted
//! one. Runs on whatever store (and cluster) the support helpers are told
//! to use.

mod support;

use confab::pb;
use support::{
    server::{join, TestServer},
    wire::{assert_code, room, send_to_room, send_to_user},
};
use tonic::Code;

type Client = confab::client::Client;

async fn send(client: &mut Client, request: pb::SendMessageRequest) -> u64 {
    client
        .send_message(request)
        .await
        .expect("send")
        .into_inner()
        .seq
}

async fn search_page(
    client: &mut Client,
    query: &str,
    page_token: &str,
    limit: u32,
) -> pb::SearchResponse {
    client
        .search(pb::SearchRequest {
            query: query.into(),
            page_token: page_token.into(),
            limit,
        })
        .await
        .expect("search")
        .into_inner()
}

/// The (conversation, text) of every hit, on one page of up to 100.
async fn found(client: &mut Client, query: &str) -> Vec<(String, String)> {
    let page = search_page(client, query, "", 100).await;
    assert!(page.next_page_token.is_empty());
    page.events
        .iter()
        .map(|event| {
            let place = if event.room.is_empty() {
                format!("{}>{}", event.sender, event.recipient)
            } else {
                event.room.clone()
            };
            let text = match &event.kind {
                Some(pb::event::Kind::Message(message)) => message.text.clone(),
                other => panic!("a hit that is not a message: {other:?}"),
            };
            (place, text)
        })
        .collect()
}

fn sorted(mut hits: Vec<(String, String)>) -> Vec<(String, String)> {
    hits.sort();
    hits
}

fn hit(place: &str, text: &str) -> (String, String) {
    (place.to_owned(), text.to_owned())
}

#[tokio::test]
async fn search_finds_only_what_the_caller_may_read() {
    let server = TestServer::start().await;
    let mut alice = server.member("alice", "lobby").await;
    let mut bob = server.member("bob", "lobby").await;
    let mut carol = server.member("carol", "kitchen").await;
    join(&server, "dave", "elsewhere").await;
    send(
        &mut alice,
        send_to_room("lobby", "Banana bread for everyone"),
    )
    .await;
    // A public room alice is not in: History would refuse her, so does
    // Search.
    send(
        &mut carol,
        send_to_room("kitchen", "banana pie, kitchen only"),
    )
    .await;
    send(&mut bob, send_to_user("alice", "a banana phone call")).await;
    send(&mut bob, send_to_user("dave", "banana for dave alone")).await;
    send(&mut bob, send_to_room("lobby", "no fruit here")).await;

    assert_eq!(
        sorted(found(&mut alice, "banana").await),
        [
            hit("bob>alice", "a banana phone call"),
            hit("lobby", "Banana bread for everyone"),
        ]
    );
    // Every word must be there, in any case and order.
    assert_eq!(
        found(&mut alice, "BREAD banana").await,
        [hit("lobby", "Banana bread for everyone")]
    );
    assert!(found(&mut alice, "banana cake").await.is_empty());
    assert_eq!(
        sorted(found(&mut carol, "banana").await),
        [hit("kitchen", "banana pie, kitchen only")]
    );

    // Once she leaves the room, its messages are not hers to find.
    alice
        .leave(pb::LeaveRequest {
            room: "lobby".into(),
        })
        .await
        .expect("leave");
    assert_eq!(
        found(&mut alice, "banana").await,
        [hit("bob>alice", "a banana phone call")]
    );

    // Bad queries, tokens and limits are refused.
    for (query, token, limit) in [
        ("", "", 0),
        ("?!", "", 0),
        ("banana", "not-a-token", 0),
        ("banana", "", 101),
    ] {
        assert_code(
            alice
                .search(pb::SearchRequest {
                    query: query.into(),
                    page_token: token.into(),
                    limit,
                })
                .await,
            Code::InvalidArgument,
        );
    }
}

#[tokio::test]
async fn search_finds_the_latest_text_and_never_a_deleted_message() {
    let server = TestServer::start().await;
    let mut alice = server.member("alice", "lobby").await;
    let seq = send(&mut alice, send_to_room("lobby", "apple pie tonight")).await;
    assert_eq!(found(&mut alice, "apple").await.len(), 1);
    alice
        .edit_message(pb::EditMessageRequest {
            conversation: Some(room("lobby")),
            seq,
            text: "cherry pie tonight".into(),
        })
        .await
        .expect("edit");
    assert!(found(&mut alice, "apple").await.is_empty());
    let page = search_page(&mut alice, "cherry", "", 10).await;
    assert_eq!(page.events.len(), 1);
    assert_eq!(page.events[0].seq, seq);
    match &page.events[0].kind {
        Some(pb::event::Kind::Message(message)) => {
            assert_eq!(message.text, "cherry pie tonight");
            assert!(message.edited);
        }
        other => panic!("{other:?}"),
    }
    alice
        .delete_message(pb::DeleteMessageRequest {
            conversation: Some(room("lobby")),
            seq,
        })
        .await
        .expect("delete");
    for query in ["cherry", "pie", "apple", "tonight"] {
        assert!(found(&mut alice, query).await.is_empty(), "{query}");
    }
}

#[tokio::test]
async fn search_pages_go_newest_first_without_repeats() {
    let server = TestServer::start().await;
    let mut alice = server.member("alice", "lobby").await;
    let mut seqs = Vec::new();
    for n in 0..5 {
        seqs.push(
            send(
                &mut alice,
                send_to_room("lobby", &format!("needle number {n}")),
            )
            .await,
        );
    }
    send(&mut alice, send_to_room("lobby", "haystack")).await;
    let mut got = Vec::new();
    let mut token = String::new();
    let mut pages = 0;
    loop {
        let page = search_page(&mut alice, "needle", &token, 2).await;
        assert!(page.events.len() <= 2);
        got.extend(page.events.iter().map(|e| e.seq));
        pages += 1;
        if page.next_page_token.is_empty() {
            break;
        }
        assert!(pages < 10, "pages never end");
        token = page.next_page_token;
    }
    seqs.reverse();
    assert_eq!(got, seqs, "newest first, each once");
    assert_eq!(pages, 3);
}
