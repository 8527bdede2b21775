//! Read positions survive a crash: the real server binary is killed with
//! SIGKILL while a client marks its way through a room, and after the
//! restart the read position is at least the highest one acknowledged
//! (and never past what was asked), on SQLite, or on PostgreSQL with
//! `CONFAB_TEST_STORE=postgres`. A read-receipts setting acknowledged
//! before the kill holds after it.
//!
//! The server is started with the shared launcher, so this needs the
//! `bench` feature.

#![cfg(feature = "bench")]

mod support;

use std::sync::{
    atomic::{AtomicU64, Ordering},
    Arc,
};

use confab::{bench::child::ServerProcess, client, pb};
use support::{
    process::{confab_server, start},
    server::TestStore,
    wire::{room, send_to_room},
};

async fn server_on(store: &str) -> ServerProcess {
    let command = confab_server().store(store).args(["--rate-per-user", "0"]);
    start(command).await.expect("start confab-server")
}

async fn read_seq(server: &ServerProcess, user: &str) -> u64 {
    let mut client = client::connect(server.address(), user).await.unwrap();
    let rooms = client
        .list_rooms(pb::ListRoomsRequest::default())
        .await
        .unwrap()
        .into_inner()
        .rooms;
    rooms
        .iter()
        .find(|r| r.name == "lobby")
        .map(|r| r.read_seq)
        .expect("lobby listed")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_read_positions_survive_sigkill() {
    let store = TestStore::durable().await;
    let url = store.url();
    let mut server = server_on(&url).await;
    let mut alice = client::connect(server.address(), "alice").await.unwrap();
    let mut bob = client::connect(server.address(), "bob").await.unwrap();
    for client in [&mut alice, &mut bob] {
        client
            .join(pb::JoinRequest {
                room: "lobby".into(),
            })
            .await
            .unwrap();
    }
    let mut last = 0;
    for n in 0..300 {
        last = bob
            .send_message(send_to_room("lobby", &format!("m{n}")))
            .await
            .unwrap()
            .into_inner()
            .seq;
    }
    let changed = alice
        .set_read_receipts(pb::SetReadReceiptsRequest { enabled: true })
        .await
        .unwrap()
        .into_inner()
        .changed;
    assert!(changed);

    // alice marks on, one seq at a time, as fast as acks come; the kill
    // comes in the middle of it.
    let acked = Arc::new(AtomicU64::new(0));
    let (progress, mut watched) = tokio::sync::watch::channel(0u64);
    let marker = {
        let (acked, mut alice) = (acked.clone(), alice.clone());
        tokio::spawn(async move {
            for seq in 3..=last {
                let answer = alice
                    .mark_read(pb::MarkReadRequest {
                        conversation: Some(room("lobby")),
                        seq,
                    })
                    .await;
                match answer {
                    Ok(answer) => {
                        let read_seq = answer.into_inner().read_seq;
                        acked.store(read_seq, Ordering::SeqCst);
                        progress.send_replace(read_seq);
                    }
                    Err(_) => return,
                }
            }
        })
    };
    tokio::time::timeout(support::WAIT, watched.wait_for(|seq| *seq >= 40))
        .await
        .expect("marks are acked in time")
        .expect("the marker runs");
    server.kill().expect("SIGKILL");
    let _ = marker.await;
    let acked = acked.load(Ordering::SeqCst);
    assert!(acked >= 40);

    let server = server_on(&url).await;
    let persisted = read_seq(&server, "alice").await;
    assert!(
        persisted >= acked && persisted <= last,
        "acked {acked}, persisted {persisted}"
    );
    // And the setting: turning receipts on again changes nothing.
    let mut alice = client::connect(server.address(), "alice").await.unwrap();
    let changed = alice
        .set_read_receipts(pb::SetReadReceiptsRequest { enabled: true })
        .await
        .unwrap()
        .into_inner()
        .changed;
    assert!(!changed, "the read receipts setting was lost");
}
