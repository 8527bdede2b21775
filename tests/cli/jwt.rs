//! `confab` against a `confab-server` in jwt mode: tokens minted with
//! `confab-server token`, given with `--token-file` (the user is the
//! token's), refused without one; and a chat whose token expires reads the
//! file again, reconnects and resumes.

use std::{path::Path, process::Command};

use crate::support::cli::*;

/// `confab-server token --user USER --ttl TTL --secret-file SECRET`.
fn mint(secret: &Path, user: &str, ttl: &str) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_confab-server"))
        .args(["token", "--user", user, "--ttl", ttl, "--secret-file"])
        .arg(secret)
        .output()
        .expect("run confab-server token");
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout)
        .expect("text")
        .trim()
        .to_owned()
}

/// A jwt-mode server with no leeway, and its secret file.
fn jwt_server(dir: &Path) -> (Server, std::path::PathBuf) {
    let secret = dir.join("secret");
    std::fs::write(&secret, "a secret shared by the server and the minter\n").unwrap();
    let secret_arg = secret.display().to_string();
    let server = Server::start_with(
        &dir.join("confab.db"),
        0,
        &[
            "--auth",
            "jwt",
            "--jwt-leeway-s",
            "0",
            "--jwt-secret-file",
            &secret_arg,
        ],
    );
    (server, secret)
}

#[test]
fn token_file_sends_and_reads_in_jwt_mode() {
    let dir = tempfile::tempdir().unwrap();
    let (server, secret) = jwt_server(dir.path());
    let token_file = dir.path().join("alice.token");
    std::fs::write(&token_file, mint(&secret, "alice", "1h") + "\n").unwrap();
    let addr = server.addr();
    let file = token_file.display().to_string();
    let with_token = |args: &[&str]| {
        let mut all = vec!["--server", &addr, "--token-file", &file];
        all.extend_from_slice(args);
        confab(&all)
    };
    with_token(&["join", "lobby"]).ok();
    let seq = with_token(&["send", "--room", "lobby", "hello", "from", "a", "token"]).line();
    let history = with_token(&["history", "--room", "lobby", "--json"]).json();
    let last = history.last().expect("an event");
    assert_eq!(last["text"], "hello from a token");
    assert_eq!(last["sender"], "alice", "the user is the token's");
    assert_eq!(last["seq"].to_string(), seq);

    // Without a token, or with a bad one: refused, exit 1, nothing stored.
    let refused = as_user(&server, "alice", &["send", "--room", "lobby", "sneaky"]);
    assert_eq!(refused.code, 1, "{refused:?}");
    assert!(
        refused.stderr.join("\n").contains("authorization"),
        "{refused:?}"
    );
    let forged = confab(&[
        "--server",
        &addr,
        "--user",
        "alice",
        "--token",
        "not.a.token",
        "send",
        "--room",
        "lobby",
        "sneaky",
    ]);
    assert_eq!(forged.code, 1, "{forged:?}");
    assert!(
        forged.stderr.join("\n").contains("token is malformed"),
        "{forged:?}"
    );
    let after = with_token(&["history", "--room", "lobby", "--json"]).json();
    assert_eq!(after.len(), history.len(), "a refusal stored something");
}

#[test]
fn a_chat_whose_token_expires_rereads_the_file_and_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let (server, secret) = jwt_server(dir.path());
    let alice_token = dir.path().join("alice.token");
    let bob_token = dir.path().join("bob.token");
    std::fs::write(&bob_token, mint(&secret, "bob", "1h")).unwrap();
    let addr = server.addr();
    let bob = bob_token.display().to_string();
    let as_bob = |args: &[&str]| {
        let mut all = vec!["--server", &addr, "--token-file", &bob];
        all.extend_from_slice(args);
        confab(&all)
    };
    as_bob(&["join", "lobby"]).ok();

    // alice starts with a token that lives three seconds...
    std::fs::write(&alice_token, mint(&secret, "alice", "3s")).unwrap();
    let mut args = chat_args(&server, "alice", &["--room", "lobby"]);
    args.splice(
        0..0,
        ["--token-file".to_owned(), alice_token.display().to_string()],
    );
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut alice = Proc::confab("alice", &args);
    alice.out_has("* connected to");
    as_bob(&["send", "--room", "lobby", "before"]).ok();
    alice.out_ends("[lobby] <bob> before");
    // ...and the operator puts a new one in the file before it expires.
    std::fs::write(&alice_token, mint(&secret, "alice", "1h")).unwrap();

    // At expiry the session ends, and chat reconnects with the new token.
    alice.out_has("token expired");
    alice.out_has("reconnected; resumed from cursors");
    alice.out_has("caught up");
    as_bob(&["send", "--room", "lobby", "after"]).ok();
    alice.out_ends("[lobby] <bob> after");
    alice.type_line("still here");
    alice.out_ends("[lobby] <alice> still here");
    alice.close_stdin();
    assert_eq!(alice.exit_code(), 0, "{}", alice.lines.transcript());
    let lines = alice.stdout();
    assert_eq!(count(&lines, "[lobby] <bob> before"), 1, "{lines:#?}");
}

#[test]
fn https_with_the_servers_ca_sends_over_tls_and_without_it_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let ca = crate::support::certs::Ca::new("confab test CA");
    let files = crate::support::certs::ServerFiles::new(&ca);
    let secret = dir.path().join("secret");
    std::fs::write(&secret, "a secret shared by the server and the minter\n").unwrap();
    let (cert, key, ca_file) = (files.cert(), files.key(), files.ca());
    let args = [
        "--auth".to_owned(),
        "jwt".to_owned(),
        "--jwt-secret-file".to_owned(),
        secret.display().to_string(),
        "--tls-cert".to_owned(),
        cert.display().to_string(),
        "--tls-key".to_owned(),
        key.display().to_string(),
    ];
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let server = Server::start_with(&dir.path().join("confab.db"), 0, &args);
    let https = format!("https://{}", server.addr());
    let token = mint(&secret, "alice", "1h");
    let ca_arg = ca_file.display().to_string();
    let trusted = |args: &[&str]| {
        let mut all = vec!["--server", &https, "--ca-file", &ca_arg, "--token", &token];
        all.extend_from_slice(args);
        confab(&all)
    };
    trusted(&["join", "lobby"]).ok();
    trusted(&["send", "--room", "lobby", "over", "tls"]).ok();
    let history = trusted(&["history", "--room", "lobby", "--json"]).json();
    assert_eq!(
        history.last().and_then(|event| event["text"].as_str()),
        Some("over tls"),
        "{history:#?}"
    );

    // The system's roots do not know the test CA: refused, not sent.
    let untrusted = confab(&["--server", &https, "--token", &token, "rooms"]);
    assert_eq!(untrusted.code, 3, "{untrusted:#?}");
    // Plain HTTP/2 to a TLS port is refused too.
    let plain = format!("http://{}", server.addr());
    let plaintext = confab(&["--server", &plain, "--token", &token, "rooms"]);
    assert_ne!(plaintext.code, 0, "{plaintext:#?}");
    let rooms = trusted(&["rooms", "--json"]).json();
    assert_eq!(rooms.len(), 1, "nothing else changed: {rooms:#?}");
}
