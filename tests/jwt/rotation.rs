//! Key rotation on a real `confab-server` process: the keys are re-read on
//! SIGHUP (sent with `kill -HUP`). A token signed by a key stays accepted
//! while its key is configured and is refused once a reload drops it; a
//! reload that fails (a broken file) is logged and keeps the keys in use.

use std::time::Instant;

use confab::{bench::child::ServerProcess, client, pb};
use tonic::Code;

use crate::{
    support::{
        process::{confab_server, start},
        wire, WAIT,
    },
    tokens::*,
};

/// Sends SIGHUP to the server.
fn hangup(server: &ServerProcess) {
    let status = std::process::Command::new("kill")
        .args(["-HUP", &server.pid().to_string()])
        .status()
        .expect("run kill");
    assert!(status.success(), "kill -HUP failed");
}

/// Waits until the server's log has `count` lines holding `part`.
fn logged(server: &ServerProcess, part: &str, count: usize) {
    let deadline = Instant::now() + WAIT;
    loop {
        let lines = server.output();
        if lines.iter().filter(|l| l.contains(part)).count() >= count {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "the server never logged {part:?} {count} times:\n{}",
            lines.join("\n")
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// The status of a ListRooms call with `token`.
async fn list_rooms(server: &ServerProcess, token: &str) -> Result<(), tonic::Status> {
    let mut client = client::connect_with_token(server.address(), "unused", Some(token))
        .await
        .expect("connect");
    client
        .list_rooms(pb::ListRoomsRequest::default())
        .await
        .map(drop)
}

#[tokio::test]
async fn a_rotated_key_is_accepted_until_a_sighup_reload_drops_it() {
    let dir = tempfile::tempdir().unwrap();
    let old = ec(dir.path(), "old");
    let new = ec(dir.path(), "new");
    let jwks_path = file(
        dir.path(),
        "keys.json",
        jwks(&[(&old, "old"), (&new, "new")]).as_bytes(),
    );
    let secret_path = file(dir.path(), "secret", b"the first secret, long enough\n");
    let server = start(confab_server().store("memory").args([
        "--auth",
        "jwt",
        "--jwt-leeway-s",
        "0",
        "--jwt-jwks",
        jwks_path.to_str().unwrap(),
        "--jwt-secret-file",
        secret_path.to_str().unwrap(),
    ]))
    .await
    .expect("server");
    let by_old = sign(old.alg, &old.signing, Some("old"), &claims("alice", 3600));
    let by_new = sign(new.alg, &new.signing, Some("new"), &claims("alice", 3600));
    let by_first_secret = hs256(b"the first secret, long enough", &claims("alice", 3600));
    let by_second_secret = hs256(b"the second secret, longer still", &claims("alice", 3600));
    list_rooms(&server, &by_old)
        .await
        .expect("old key, configured");
    list_rooms(&server, &by_new)
        .await
        .expect("new key, configured");
    list_rooms(&server, &by_first_secret)
        .await
        .expect("the secret");
    wire::assert_code(
        list_rooms(&server, &by_second_secret).await,
        Code::Unauthenticated,
    );

    // Rotate: the JWKS drops the old key, the secret file gets a new secret.
    file(dir.path(), "keys.json", jwks(&[(&new, "new")]).as_bytes());
    file(dir.path(), "secret", b"the second secret, longer still\n");
    // Until the signal, the keys in use stay.
    list_rooms(&server, &by_old)
        .await
        .expect("not reloaded yet");
    hangup(&server);
    logged(&server, "SIGHUP: reloaded the JWT keys", 1);
    let status = wire::assert_code(list_rooms(&server, &by_old).await, Code::Unauthenticated);
    assert!(
        status.message().contains("\"old\" is unknown"),
        "{status:?}"
    );
    let status = wire::assert_code(
        list_rooms(&server, &by_first_secret).await,
        Code::Unauthenticated,
    );
    assert_eq!(status.message(), "token signature is invalid");
    list_rooms(&server, &by_new)
        .await
        .expect("the new key stays");
    list_rooms(&server, &by_second_secret)
        .await
        .expect("the new secret");

    // A broken file: the reload fails, is logged, and the keys stay.
    file(dir.path(), "keys.json", b"{ not json");
    hangup(&server);
    logged(
        &server,
        "could not reload the JWT keys; keeping the ones in use",
        1,
    );
    list_rooms(&server, &by_new)
        .await
        .expect("kept after a failed reload");
    list_rooms(&server, &by_second_secret)
        .await
        .expect("kept after a failed reload");
    let log = server.output().join("\n");
    assert!(
        !log.contains("longer still"),
        "a key reached the log:\n{log}"
    );
}
