//! The web page in a real browser: `clients/web/test/browser.mjs` drives
//! headless Chromium (the system's, through playwright-core) against a real
//! `confab-server` child; this test owns that server (it stops and starts
//! it), the other users' gRPC clients and a `confab chat` user, and does
//! what the script asks for on its stdout (`@@ COMMAND`), answering `ok`.
//!
//! A second run signs in with a token against a server in jwt mode.
//!
//! Without Chromium, node or the page's node_modules (`npm ci` in
//! clients/web) the test says what is missing and passes; with
//! `CONFAB_REQUIRE_BROWSER=1` (as CI sets it) it fails instead.

#![cfg(feature = "bench")]

mod support;

use std::{
    path::{Path, PathBuf},
    process::Command,
};

use confab::pb;
use support::cli::{chat, Proc, Server, Stream};

/// The page's folder.
fn web_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("clients/web")
}

/// What the browser test needs and cannot find, if anything.
fn missing(chromium: &Path) -> Option<String> {
    if !chromium.exists() {
        return Some(format!(
            "no Chromium at {} (apt-get install chromium, or set CONFAB_CHROMIUM)",
            chromium.display()
        ));
    }
    let node = Command::new("node").arg("--version").output();
    if !node.is_ok_and(|out| out.status.success()) {
        return Some("no node on PATH".into());
    }
    if !web_dir().join("node_modules/playwright-core").exists() {
        return Some("no clients/web/node_modules (run npm ci in clients/web)".into());
    }
    None
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
}

/// Sends `texts` to `room` as `user` (a member) over gRPC.
fn send_all(
    server: &Server,
    user: &str,
    target: pb::send_message_request::Target,
    texts: &[String],
) {
    runtime().block_on(async {
        let mut client = confab::client::connect(&server.addr(), user)
            .await
            .expect("connect");
        if let pb::send_message_request::Target::Room(room) = &target {
            client
                .join(pb::JoinRequest { room: room.clone() })
                .await
                .expect("join");
        }
        for text in texts {
            client
                .send_message(pb::SendMessageRequest {
                    target: Some(target.clone()),
                    text: text.clone(),
                    client_message_id: String::new(),
                    reply_to_seq: None,
                })
                .await
                .expect("send");
        }
    });
}

/// Where the Chromium to use is, if the test can run; `None` (having said
/// why) if it cannot and need not.
fn chromium() -> Option<PathBuf> {
    let chromium = std::env::var_os("CONFAB_CHROMIUM")
        .map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    let Some(missing) = missing(&chromium) else {
        return Some(chromium);
    };
    if std::env::var("CONFAB_REQUIRE_BROWSER").as_deref() == Ok("1") {
        panic!("CONFAB_REQUIRE_BROWSER=1 and the browser test cannot run: {missing}");
    }
    eprintln!("skipping the browser test: {missing}");
    None
}

/// Where the screenshots go.
fn shots() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser-shots")
}

/// Runs the browser script against the server on `port` with `env`,
/// doing what it asks with `serve` (which gets the command and its
/// argument), until it says it is done; fails if it fails or a page threw.
fn run_script(chromium: &Path, port: u16, env: &[(&str, &str)], mut serve: impl FnMut(&str, &str)) {
    let mut command = Command::new("node");
    command
        .arg(web_dir().join("test/browser.mjs"))
        .current_dir(web_dir())
        .env("CONFAB_URL", format!("http://127.0.0.1:{port}/"))
        .env("CONFAB_CHROMIUM", chromium)
        .env("CONFAB_SHOTS", shots());
    for (name, value) in env {
        command.env(name, value);
    }
    let mut page = Proc::spawn("browser", command);
    loop {
        // The script says what it is doing (`-- STEP`) as it goes, so each
        // wait here is for one step, bounded by WAIT.
        let line = page.out("-- STEP, @@ COMMAND or DONE", |l| {
            l.starts_with("-- ") || l.starts_with("@@ ") || l.starts_with("DONE")
        });
        if line.starts_with("DONE") {
            break;
        }
        if line.starts_with("-- ") {
            continue;
        }
        let command = line.trim_start_matches("@@ ");
        let (verb, rest) = command.split_once(' ').unwrap_or((command, ""));
        serve(verb, rest);
        page.type_line("ok");
    }
    assert_eq!(page.exit_code(), 0, "{}", page.lines.transcript());
    let errors: Vec<_> = page
        .lines
        .of(Stream::Out)
        .into_iter()
        .filter(|l| l.contains("page error"))
        .collect();
    assert!(errors.is_empty(), "the page threw: {errors:?}");
}

#[test]
fn two_browser_users_and_a_cli_user_chat_through_a_restart() {
    let Some(chromium) = chromium() else {
        return;
    };
    let dir = tempfile::tempdir().expect("temporary folder");
    let db = dir.path().join("confab.db");
    let mut server = Some(Server::start(&db, 0));
    let port = server.as_ref().map(|s| s.port).expect("started");
    let mut carol: Option<Proc> = None;
    run_script(&chromium, port, &[], |verb, rest| {
        let running = || server.as_ref().expect("the server is running");
        match verb {
            "fill" => {
                let (room, n) = rest.split_once(' ').expect("fill ROOM N");
                let n: usize = n.parse().expect("a count");
                let texts: Vec<String> = (1..=n).map(|i| format!("old {i}")).collect();
                let room = pb::send_message_request::Target::Room(room.into());
                send_all(running(), "dave", room, &texts);
            }
            "send" => {
                // send ROOM USER TEXT: USER joins ROOM and says TEXT.
                let mut parts = rest.splitn(3, ' ');
                let (Some(room), Some(user), Some(text)) =
                    (parts.next(), parts.next(), parts.next())
                else {
                    panic!("send ROOM USER TEXT, not {rest:?}");
                };
                let room = pb::send_message_request::Target::Room(room.into());
                send_all(running(), user, room, &[text.to_owned()]);
            }
            "stop" => server.take().expect("running").terminate(),
            "start" => {
                let started = Server::start(&db, port);
                let meanwhile: Vec<String> = (1..=3).map(|i| format!("meanwhile {i}")).collect();
                let lobby = pb::send_message_request::Target::Room("lobby".into());
                send_all(&started, "carol", lobby, &meanwhile);
                let bob = pb::send_message_request::Target::ToUser("bob".into());
                send_all(&started, "carol", bob, &["meanwhile, privately".to_owned()]);
                server = Some(started);
            }
            "cli-start" => carol = Some(chat(running(), "carol", &["--room", "lobby"])),
            "cli-say" => carol.as_mut().expect("cli-start first").type_line(rest),
            "cli-expect" => {
                carol.as_mut().expect("cli-start first").out_has(rest);
            }
            other => panic!("the browser script asked for {other:?}"),
        }
    });
    for who in ["alice", "bob"] {
        let shot = shots().join(format!("{who}.png"));
        assert!(shot.exists(), "no screenshot {}", shot.display());
    }
}

#[test]
fn a_browser_user_signs_in_with_a_token_in_jwt_mode() {
    let Some(chromium) = chromium() else {
        return;
    };
    let dir = tempfile::tempdir().expect("temporary folder");
    let secret = dir.path().join("secret");
    std::fs::write(&secret, "a secret for the browser test, 32 bytes or more\n").expect("secret");
    let secret = secret.display().to_string();
    let server = Server::start_with(
        &dir.path().join("confab.db"),
        0,
        &["--auth", "jwt", "--jwt-secret-file", &secret],
    );
    let minted = Command::new(env!("CARGO_BIN_EXE_confab-server"))
        .args([
            "token",
            "--user",
            "erin",
            "--ttl",
            "1h",
            "--secret-file",
            &secret,
        ])
        .output()
        .expect("confab-server token");
    assert!(minted.status.success(), "{minted:?}");
    let token = String::from_utf8(minted.stdout).expect("utf-8");
    let token = token.trim();
    run_script(
        &chromium,
        server.port,
        &[("CONFAB_SCENARIO", "jwt"), ("CONFAB_TOKEN", token)],
        |verb, rest| {
            assert_eq!(
                verb, "expect-stored",
                "the browser script asked for {verb:?}"
            );
            let (room, text) = rest.split_once(' ').expect("expect-stored ROOM TEXT");
            let stored = runtime().block_on(async {
                let mut erin =
                    confab::client::connect_with_token(&server.addr(), "erin", Some(token))
                        .await
                        .expect("connect");
                erin.history(pb::HistoryRequest {
                    conversation: Some(pb::Conversation {
                        kind: Some(pb::conversation::Kind::Room(room.into())),
                    }),
                    after_seq: Some(0),
                    before_seq: None,
                    limit: 100,
                    apply_edits: false,
                })
                .await
                .expect("history")
                .into_inner()
                .events
            });
            let found = stored
                .iter()
                .filter(|e| matches!(&e.kind, Some(pb::event::Kind::Message(m)) if m.text == text))
                .count();
            assert_eq!(found, 1, "{text:?} stored {found} times: {stored:?}");
        },
    );
}
