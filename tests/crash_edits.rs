//! Crash safety of edits, deletes and reactions: the real server binary
//! is killed with SIGKILL while clients edit, delete and react; after
//! every restart each acknowledged change is there (the latest
//! acknowledged text, the delete, the reaction), and a change whose
//! answer was lost is either wholly there or not at all.
//!
//! `CONFAB_CRASH_ROUNDS` sets the number of kills (default 5). The server
//! is started with the shared launcher, so this needs the `bench` feature.

#![cfg(feature = "bench")]

mod support;

use std::{
    collections::BTreeMap,
    sync::{Arc, Mutex},
};

use confab::{bench::child::ServerProcess, client, pb};
use support::{
    process::{confab_server, start},
    wire::{room, send_to_room},
    WAIT,
};

const CHANGERS: usize = 3;

/// What a message should look like, as far as acknowledged changes say.
#[derive(Clone, Debug, Default)]
struct Expected {
    /// The latest acknowledged text.
    text: String,
    /// Acknowledged as deleted.
    deleted: bool,
    /// Reactions acknowledged as added.
    reactions: Vec<String>,
    /// A change whose answer was lost: the message is not checked.
    unsure: bool,
}

/// A call's answer, or `Err` if it failed or none came within [`WAIT`]:
/// a call the kill cut off is an answer lost, whichever way the client
/// notices.
async fn within<T>(
    call: impl std::future::Future<Output = Result<tonic::Response<T>, tonic::Status>>,
) -> Result<T, ()> {
    match tokio::time::timeout(WAIT, call).await {
        Ok(Ok(answer)) => Ok(answer.into_inner()),
        _ => Err(()),
    }
}

async fn server_on(store: &str) -> ServerProcess {
    let command = confab_server().store(store).args(["--rate-per-user", "0"]);
    start(command).await.expect("start confab-server")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_edits_deletes_and_reactions_survive_sigkill() {
    let rounds: usize = std::env::var("CONFAB_CRASH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    let data = tempfile::tempdir().unwrap();
    let store = format!("sqlite://{}", data.path().join("crash.db").display());
    // seq → what it should be; each changer owns its own messages.
    let expected: Arc<Mutex<BTreeMap<u64, Expected>>> = Arc::default();
    let mut total_acks = 0u64;

    for round in 0..rounds {
        let mut server = server_on(&store).await;
        let acks = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let notify = Arc::new(tokio::sync::Notify::new());
        let mut changers = Vec::new();
        for c in 0..CHANGERS {
            let user = format!("changer{c}");
            let mut client = client::connect(server.address(), &user).await.unwrap();
            client
                .join(pb::JoinRequest {
                    room: "crash".into(),
                })
                .await
                .unwrap();
            let (expected, acks, notify) = (expected.clone(), acks.clone(), notify.clone());
            changers.push(tokio::spawn(async move {
                for n in 0u64.. {
                    let text = format!("{user} round {round} message {n}");
                    let Ok(sent) = within(client.send_message(send_to_room("crash", &text))).await
                    else {
                        return;
                    };
                    let seq = sent.seq;
                    expected.lock().unwrap().insert(
                        seq,
                        Expected {
                            text: text.clone(),
                            ..Expected::default()
                        },
                    );
                    // Edit it twice, react, and delete every third one.
                    let steps = if n % 3 == 0 { 4 } else { 3 };
                    for step in 0..steps {
                        let result = match step {
                            0 | 1 => {
                                let edited = format!("{text} edit {step}");
                                within(client.edit_message(pb::EditMessageRequest {
                                    conversation: Some(room("crash")),
                                    seq,
                                    text: edited.clone(),
                                }))
                                .await
                                .map(|_| {
                                    expected.lock().unwrap().entry(seq).or_default().text = edited;
                                })
                            }
                            2 => within(client.react(pb::ReactRequest {
                                conversation: Some(room("crash")),
                                seq,
                                reaction: ":ok:".into(),
                                remove: false,
                            }))
                            .await
                            .map(|_| {
                                let mut expected = expected.lock().unwrap();
                                let entry = expected.entry(seq).or_default();
                                entry.reactions.push(":ok:".into());
                            }),
                            _ => within(client.delete_message(pb::DeleteMessageRequest {
                                conversation: Some(room("crash")),
                                seq,
                            }))
                            .await
                            .map(|_| {
                                expected.lock().unwrap().entry(seq).or_default().deleted = true;
                            }),
                        };
                        if result.is_err() {
                            expected.lock().unwrap().entry(seq).or_default().unsure = true;
                            return;
                        }
                        acks.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                        notify.notify_one();
                    }
                }
            }));
        }
        let kill_after = 5 + (round as u64 * 37) % 60;
        while acks.load(std::sync::atomic::Ordering::SeqCst) < kill_after {
            tokio::time::timeout(WAIT, notify.notified())
                .await
                .expect("no acks");
        }
        server.kill().expect("SIGKILL");
        for changer in changers {
            changer.await.unwrap();
        }
        total_acks += acks.load(std::sync::atomic::Ordering::SeqCst);
    }

    let mut server = server_on(&store).await;
    let mut client = client::connect(server.address(), "changer0").await.unwrap();
    let mut events = Vec::new();
    loop {
        let page = client
            .history(pb::HistoryRequest {
                conversation: Some(room("crash")),
                after_seq: Some(events.len() as u64),
                before_seq: None,
                limit: 1000,
                apply_edits: true,
            })
            .await
            .unwrap()
            .into_inner();
        if page.events.is_empty() {
            break;
        }
        events.extend(page.events);
    }
    server.kill().expect("SIGKILL");
    let expected = expected.lock().unwrap();
    let mut checked = 0;
    for (seq, want) in expected.iter().filter(|(_, want)| !want.unsure) {
        let event = events
            .iter()
            .find(|e| e.seq == *seq)
            .unwrap_or_else(|| panic!("acknowledged message {seq} is not in history"));
        let Some(pb::event::Kind::Message(message)) = &event.kind else {
            panic!("{seq} is not a message: {event:?}");
        };
        if want.deleted {
            assert!(message.deleted, "acknowledged delete of {seq} lost");
            assert_eq!(message.text, "");
        } else {
            assert!(!message.deleted, "{seq} deleted, never acknowledged");
            assert_eq!(message.text, want.text, "acknowledged edit of {seq} lost");
            let reactions: Vec<String> = message
                .reactions
                .iter()
                .map(|r| r.reaction.clone())
                .collect();
            assert_eq!(reactions, want.reactions, "reactions of {seq}");
        }
        checked += 1;
    }
    assert!(checked > 0);
    println!(
        "crash test of changes: {rounds} SIGKILLs, {total_acks} acknowledged changes, \
         {checked} messages checked, {} events in history",
        events.len()
    );
}
