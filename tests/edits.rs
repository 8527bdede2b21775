//! Edits, deletes, reactions and replies over real gRPC on loopback: who
//! may change a message, what History and resume then show, and that a
//! deleted message's text is gone from the SQLite file itself. Each runs
//! on whatever store (and cluster) the support helpers are told to use.

mod support;

use confab::pb::{self, chat_request::Command};
use support::{
    server::{join, TestServer},
    wire::{assert_code, peer, room, room_cursor, send_to_room, send_to_user, text_of},
};
use tonic::Code;

type Client = confab::client::Client;

/// Sends `text` to `room` as `client`; its seq.
async fn send(client: &mut Client, room_name: &str, text: &str) -> u64 {
    client
        .send_message(send_to_room(room_name, text))
        .await
        .expect("send")
        .into_inner()
        .seq
}

/// The conversation's whole History as `client` reads it.
async fn history(
    client: &mut Client,
    conversation: pb::Conversation,
    apply_edits: bool,
) -> pb::HistoryResponse {
    client
        .history(pb::HistoryRequest {
            conversation: Some(conversation),
            after_seq: Some(0),
            before_seq: None,
            limit: 1000,
            apply_edits,
        })
        .await
        .expect("history")
        .into_inner()
}

/// The message event at `seq` of a History page.
fn message_at(page: &pb::HistoryResponse, seq: u64) -> pb::Message {
    let event = page
        .events
        .iter()
        .find(|event| event.seq == seq)
        .unwrap_or_else(|| panic!("no event {seq} in {page:?}"));
    match &event.kind {
        Some(pb::event::Kind::Message(message)) => message.clone(),
        other => panic!("event {seq} is {other:?}, not a message"),
    }
}

fn edit(conversation: pb::Conversation, seq: u64, text: &str) -> pb::EditMessageRequest {
    pb::EditMessageRequest {
        conversation: Some(conversation),
        seq,
        text: text.into(),
    }
}

fn delete(conversation: pb::Conversation, seq: u64) -> pb::DeleteMessageRequest {
    pb::DeleteMessageRequest {
        conversation: Some(conversation),
        seq,
    }
}

fn react(
    conversation: pb::Conversation,
    seq: u64,
    reaction: &str,
    remove: bool,
) -> pb::ReactRequest {
    pb::ReactRequest {
        conversation: Some(conversation),
        seq,
        reaction: reaction.into(),
        remove,
    }
}

#[tokio::test]
async fn only_the_author_edits_and_history_shows_the_latest_text_on_request() {
    let server = TestServer::start().await;
    let mut alice = server.member("alice", "lobby").await;
    let mut bob = server.member("bob", "lobby").await;
    let mut watcher = server.session("bob").await;
    let seq = send(&mut alice, "lobby", "first draft").await;
    assert_eq!(watcher.event().await.seq, seq);

    // Another member may not edit it; nothing is stored.
    let before = history(&mut bob, room("lobby"), false).await;
    assert_code(
        bob.edit_message(edit(room("lobby"), seq, "bob was here"))
            .await,
        Code::PermissionDenied,
    );
    // Not a message (a join), no such seq, seq 0, bad text: refused.
    for (at, text) in [(1, "x"), (999, "x"), (0, "x"), (seq, "  ")] {
        assert_code(
            alice.edit_message(edit(room("lobby"), at, text)).await,
            Code::InvalidArgument,
        );
    }
    assert_eq!(history(&mut bob, room("lobby"), false).await, before);

    let edited = alice
        .edit_message(edit(room("lobby"), seq, "final text"))
        .await
        .expect("edit")
        .into_inner()
        .seq;
    assert_eq!(edited, seq + 1);
    // Live, the edit is an event of its own naming the message.
    let event = watcher.event().await;
    assert_eq!((event.seq, event.ref_seq), (edited, seq));
    assert!(
        matches!(&event.kind, Some(pb::event::Kind::Edited(e)) if e.text == "final text"),
        "{event:?}"
    );

    // History as sent, with the edit in the log; or with edits applied.
    let plain = history(&mut bob, room("lobby"), false).await;
    assert_eq!(message_at(&plain, seq).text, "first draft");
    assert!(!message_at(&plain, seq).edited);
    assert_eq!(plain.last_seq, edited);
    let applied = history(&mut bob, room("lobby"), true).await;
    assert_eq!(message_at(&applied, seq).text, "final text");
    assert!(message_at(&applied, seq).edited);

    // The Chat command does the same, acked with the edit's seq.
    let mut alice_chat = server.session("alice").await;
    let (ack, _) = alice_chat
        .command_acked(Command::Edit(edit(room("lobby"), seq, "third take")))
        .await;
    assert_eq!(ack.seq, edited + 1);
    let error = alice_chat
        .command_failed(Command::Edit(edit(room("lobby"), 1, "joins are not text")))
        .await;
    assert_eq!(error.code, Code::InvalidArgument as i32);
    let applied = history(&mut bob, room("lobby"), true).await;
    assert_eq!(message_at(&applied, seq).text, "third take");
}

#[tokio::test]
async fn only_the_author_or_a_moderator_deletes_and_the_text_goes() {
    let server = TestServer::start().await;
    let mut olive = server.member("olive", "den").await;
    let mut alice = server.member("alice", "den").await;
    let mut bob = server.member("bob", "den").await;
    let mut mo = server.member("mo", "den").await;
    olive
        .set_role(pb::SetRoleRequest {
            room: "den".into(),
            user: "mo".into(),
            role: pb::Role::Moderator.into(),
        })
        .await
        .expect("set role");
    let first = send(&mut alice, "den", "delete me").await;
    let second = send(&mut alice, "den", "and me").await;
    alice
        .edit_message(edit(room("den"), first, "delete me edited"))
        .await
        .expect("edit");

    // A plain member may not delete another's message: nothing changes.
    let before = history(&mut olive, room("den"), false).await;
    assert_code(
        bob.delete_message(delete(room("den"), first)).await,
        Code::PermissionDenied,
    );
    assert_code(
        bob.delete_message(delete(room("den"), 1)).await,
        Code::InvalidArgument,
    );
    assert_eq!(history(&mut olive, room("den"), false).await, before);

    // The author may; again stores nothing.
    let deleted = alice
        .delete_message(delete(room("den"), first))
        .await
        .expect("delete")
        .into_inner();
    assert!(deleted.changed);
    let again = alice
        .delete_message(delete(room("den"), first))
        .await
        .expect("delete again")
        .into_inner();
    assert_eq!((again.changed, again.seq), (false, deleted.seq));
    // A moderator may delete anyone's.
    let by_moderator = mo
        .delete_message(delete(room("den"), second))
        .await
        .expect("moderator deletes")
        .into_inner();
    assert!(by_moderator.changed);

    let page = history(&mut bob, room("den"), true).await;
    for seq in [first, second] {
        let message = message_at(&page, seq);
        assert!(message.deleted, "{message:?}");
        assert_eq!(message.text, "");
        assert!(!message.edited);
    }
    // The edit of the deleted message lost its text too.
    let erased_edit = page
        .events
        .iter()
        .find(|e| matches!(e.kind, Some(pb::event::Kind::Edited(_))))
        .expect("the edit event");
    assert!(matches!(&erased_edit.kind, Some(pb::event::Kind::Edited(e)) if e.text.is_empty()));
    assert!(page
        .events
        .iter()
        .all(|e| !format!("{e:?}").contains("delete me")));
    let deletes: Vec<(String, u64)> = page
        .events
        .iter()
        .filter(|e| matches!(e.kind, Some(pb::event::Kind::Deleted(_))))
        .map(|e| (e.sender.clone(), e.ref_seq))
        .collect();
    assert_eq!(
        deletes,
        [("alice".to_owned(), first), ("mo".to_owned(), second)]
    );

    // A deleted message is not edited or reacted to any more.
    assert_code(
        alice.edit_message(edit(room("den"), first, "back")).await,
        Code::FailedPrecondition,
    );
    assert_code(
        bob.react(react(room("den"), first, "👍", false)).await,
        Code::FailedPrecondition,
    );

    // Resume replays the message deleted, never its text.
    let mut resumed = server
        .session_from("bob", vec![room_cursor("den", Some(0))])
        .await;
    let replayed = resumed.take_replayed();
    let replayed_first = replayed
        .iter()
        .find(|e| e.seq == first)
        .expect("replayed message");
    assert_eq!(text_of(replayed_first), Some(""));
    assert!(replayed
        .iter()
        .all(|e| !format!("{e:?}").contains("delete me")));
}

#[tokio::test]
async fn in_a_private_conversation_only_the_author_deletes() {
    let server = TestServer::start().await;
    let mut alice = server.client("alice").await;
    let mut bob = server.client("bob").await;
    join(&server, "bob", "somewhere").await;
    let seq = alice
        .send_message(send_to_user("bob", "just between us"))
        .await
        .expect("send")
        .into_inner()
        .seq;
    assert_code(
        bob.delete_message(delete(peer("alice"), seq)).await,
        Code::PermissionDenied,
    );
    assert_code(
        bob.edit_message(edit(peer("alice"), seq, "mine now")).await,
        Code::PermissionDenied,
    );
    assert_eq!(
        text_of(&history(&mut bob, peer("alice"), false).await.events[0]),
        Some("just between us")
    );
    alice
        .delete_message(delete(peer("bob"), seq))
        .await
        .expect("delete");
    let page = history(&mut bob, peer("alice"), false).await;
    assert!(message_at(&page, seq).deleted);
    assert_eq!(page.last_seq, seq + 1);
}

#[tokio::test]
async fn a_deleted_message_is_refreshed_in_cached_catch_up_pages() {
    // Pages of 4 events, so the first page is full and kept for readers
    // that come later: a delete must not leave it served.
    let server = TestServer::start_with(|config| {
        config.buffers.catch_up_page_events = 4;
    })
    .await;
    let mut alice = server.member("alice", "lobby").await;
    let seqs = [
        send(&mut alice, "lobby", "one").await,
        send(&mut alice, "lobby", "two secret").await,
        send(&mut alice, "lobby", "three").await,
        send(&mut alice, "lobby", "four").await,
    ];
    let replay = |events: Vec<pb::Event>| -> Vec<String> {
        events
            .iter()
            .filter_map(|e| text_of(e).map(str::to_owned))
            .collect()
    };
    let first = server
        .session_from("alice", vec![room_cursor("lobby", Some(0))])
        .await
        .take_replayed();
    assert!(replay(first).contains(&"two secret".to_owned()));
    alice
        .delete_message(delete(room("lobby"), seqs[1]))
        .await
        .expect("delete");
    let second = server
        .session_from("alice", vec![room_cursor("lobby", Some(0))])
        .await
        .take_replayed();
    assert_eq!(second.len() as u64, seqs[3] + 1, "{second:?}");
    assert!(
        !replay(second).contains(&"two secret".to_owned()),
        "a cached page served the deleted text"
    );
}

#[tokio::test]
async fn reactions_add_remove_and_count() {
    let server = TestServer::start().await;
    let mut alice = server.member("alice", "lobby").await;
    let mut bob = server.member("bob", "lobby").await;
    let mut carol = server.member("carol", "lobby").await;
    let seq = send(&mut alice, "lobby", "react to me").await;

    let added = bob
        .react(react(room("lobby"), seq, "👍", false))
        .await
        .expect("react")
        .into_inner();
    assert!(added.changed);
    assert_eq!(added.seq, seq + 1);
    // Adding it twice changes nothing: the answer names the latest seq.
    let twice = bob
        .react(react(room("lobby"), seq, "👍", false))
        .await
        .expect("react again")
        .into_inner();
    assert_eq!((twice.changed, twice.seq), (false, added.seq));
    for reaction in ["👍", ":+1:"] {
        assert!(
            carol
                .react(react(room("lobby"), seq, reaction, false))
                .await
                .expect("react")
                .into_inner()
                .changed
        );
    }
    let counts = |page: &pb::HistoryResponse| -> Vec<(String, u32)> {
        message_at(page, seq)
            .reactions
            .iter()
            .map(|r| (r.reaction.clone(), r.count))
            .collect()
    };
    let page = history(&mut alice, room("lobby"), false).await;
    assert_eq!(
        counts(&page),
        [(":+1:".to_owned(), 1), ("👍".to_owned(), 2)]
    );
    let event = page.events.iter().find(|e| e.seq == added.seq).unwrap();
    assert_eq!((event.ref_seq, event.reaction.as_str()), (seq, "👍"));
    assert!(matches!(
        event.kind,
        Some(pb::event::Kind::ReactionAdded(_))
    ));

    // Bad reactions and bad targets are refused; nothing changes.
    let before = history(&mut alice, room("lobby"), false).await;
    for bad in ["👍👍", "like", ":Like:", "", ":a b:"] {
        assert_code(
            bob.react(react(room("lobby"), seq, bad, false)).await,
            Code::InvalidArgument,
        );
    }
    assert_code(
        bob.react(react(room("lobby"), 1, "👍", false)).await,
        Code::InvalidArgument,
    );
    assert_code(
        bob.react(react(room("elsewhere"), seq, "👍", false)).await,
        Code::NotFound,
    );
    assert_eq!(history(&mut alice, room("lobby"), false).await, before);

    // Removing: once changes, twice does not.
    let removed = bob
        .react(react(room("lobby"), seq, "👍", true))
        .await
        .expect("remove")
        .into_inner();
    assert!(removed.changed);
    let not_there = bob
        .react(react(room("lobby"), seq, "👍", true))
        .await
        .expect("remove again")
        .into_inner();
    assert_eq!((not_there.changed, not_there.seq), (false, removed.seq));
    let page = history(&mut alice, room("lobby"), false).await;
    assert_eq!(
        counts(&page),
        [(":+1:".to_owned(), 1), ("👍".to_owned(), 1)]
    );
    assert!(page
        .events
        .iter()
        .any(|e| matches!(e.kind, Some(pb::event::Kind::ReactionRemoved(_)))));

    // Over Chat, the ack says `duplicate` when nothing changed.
    let mut carol_chat = server.session("carol").await;
    let (ack, _) = carol_chat
        .command_acked(Command::React(react(room("lobby"), seq, ":+1:", false)))
        .await;
    assert!(ack.duplicate);
    let (ack, _) = carol_chat
        .command_acked(Command::React(react(room("lobby"), seq, ":+1:", true)))
        .await;
    assert!(!ack.duplicate);
}

#[tokio::test]
async fn a_reply_must_name_a_message_of_its_conversation() {
    let server = TestServer::start().await;
    let mut alice = server.member("alice", "lobby").await;
    let mut bob = server.member("bob", "lobby").await;
    server.member("bob", "kitchen").await;
    let question = send(&mut alice, "lobby", "anyone here?").await;
    let kitchen_only = send(&mut bob, "kitchen", "kitchen talk").await;
    let reply = |room_name: &str, to: u64| pb::SendMessageRequest {
        reply_to_seq: Some(to),
        ..send_to_room(room_name, "yes")
    };
    let before = history(&mut alice, room("lobby"), false).await;
    // A seq that does not exist (the kitchen's message is not the lobby's),
    // or that is not a message (alice's join): INVALID_ARGUMENT, nothing
    // stored.
    for to in [999, kitchen_only + 10, 1, 0] {
        assert_code(
            bob.send_message(reply("lobby", to)).await,
            Code::InvalidArgument,
        );
    }
    assert_eq!(history(&mut alice, room("lobby"), false).await, before);

    let answer = bob
        .send_message(reply("lobby", question))
        .await
        .expect("reply")
        .into_inner()
        .seq;
    let page = history(&mut alice, room("lobby"), false).await;
    assert_eq!(message_at(&page, answer).reply_to_seq, Some(question));
    assert_eq!(message_at(&page, question).reply_to_seq, None);

    // Over Chat too, and privately.
    let mut bob_chat = server.session("bob").await;
    let error = bob_chat
        .command_failed(Command::Send(reply("lobby", 998)))
        .await;
    assert_eq!(error.code, Code::InvalidArgument as i32);
    let private = alice
        .send_message(send_to_user("bob", "psst"))
        .await
        .expect("send")
        .into_inner()
        .seq;
    let (ack, _) = bob_chat
        .command_acked(Command::Send(pb::SendMessageRequest {
            reply_to_seq: Some(private),
            ..send_to_user("alice", "what?")
        }))
        .await;
    let page = history(&mut alice, peer("bob"), false).await;
    assert_eq!(message_at(&page, ack.seq).reply_to_seq, Some(private));
}

/// Every text value of every table of the SQLite database at `path`, and
/// its raw bytes, hold `needle` nowhere.
fn assert_not_in_sqlite_file(path: &std::path::Path, needle: &str) {
    let connection = rusqlite::Connection::open(path).expect("open the database");
    // Everything in the WAL goes into the file, and the WAL is emptied.
    let (busy, _, _): (i64, i64, i64) = connection
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })
        .expect("checkpoint");
    assert_eq!(busy, 0, "the checkpoint could not finish");
    let tables: Vec<String> = connection
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(tables.iter().any(|t| t == "events"), "{tables:?}");
    let mut looked = 0;
    for table in &tables {
        let mut statement = connection
            .prepare(&format!("SELECT * FROM \"{table}\""))
            .unwrap();
        let columns = statement.column_count();
        let mut rows = statement.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for column in 0..columns {
                if let Ok(
                    rusqlite::types::ValueRef::Text(text) | rusqlite::types::ValueRef::Blob(text),
                ) = row.get_ref(column)
                {
                    looked += 1;
                    assert!(
                        !String::from_utf8_lossy(text).contains(needle),
                        "{needle:?} is still in table {table}"
                    );
                }
            }
        }
    }
    assert!(looked > 0);
    drop(connection);
    for file in [path.to_owned(), path.with_extension("db-wal")] {
        if let Ok(bytes) = std::fs::read(&file) {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                "{needle:?} is still in the bytes of {}",
                file.display()
            );
        }
    }
}

#[tokio::test]
async fn a_deleted_message_is_gone_from_the_sqlite_file() {
    // This is about SQLite's file, whatever store the other tests use.
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("confab.db");
    let mut config =
        confab::server::ServerConfig::for_address("127.0.0.1:0".parse().expect("address"));
    config.store = support::server::sqlite_url(&dir);
    let server = TestServer::start_config(config).await;
    let mut alice = server.member("alice", "lobby").await;
    let mut bob = server.member("bob", "lobby").await;
    // Enough around it that the pages holding it are shared with others.
    for n in 0..50 {
        send(&mut bob, "lobby", &format!("filler message number {n}")).await;
    }
    let secret = "xylophonist";
    let seq = send(&mut alice, "lobby", &format!("the {secret} password is 42")).await;
    alice
        .edit_message(edit(room("lobby"), seq, &format!("{secret}s never tell")))
        .await
        .expect("edit");
    bob.react(react(room("lobby"), seq, ":eyes:", false))
        .await
        .expect("react");
    for n in 0..50 {
        send(&mut bob, "lobby", &format!("more filler {n}")).await;
    }
    // Written and checkpointed before the delete: the text is in the file.
    server.shutdown().await.expect("shutdown");
    rusqlite::Connection::open(&path)
        .expect("open the database")
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .expect("checkpoint");
    let raw = std::fs::read(&path).expect("read the database");
    assert!(
        raw.windows(secret.len()).any(|w| w == secret.as_bytes()),
        "the test cannot fail: the text never reached the file"
    );

    let mut config =
        confab::server::ServerConfig::for_address("127.0.0.1:0".parse().expect("address"));
    config.store = support::server::sqlite_url(&dir);
    let server = TestServer::start_config(config).await;
    let mut alice = server.client("alice").await;
    alice
        .delete_message(delete(room("lobby"), seq))
        .await
        .expect("delete");
    let page = history(&mut alice, room("lobby"), true).await;
    assert!(message_at(&page, seq).deleted);
    assert!(message_at(&page, seq).reactions.is_empty());
    server.shutdown().await.expect("shutdown");
    assert_not_in_sqlite_file(&path, secret);
}
