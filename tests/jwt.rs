//! `--auth jwt` over real gRPC on loopback, with keys and tokens made in
//! the test: every way a token can be wrong is refused with
//! UNAUTHENTICATED naming the check that failed, and changes nothing;
//! HS256, RS256, ES256, EdDSA and JWKS keys are accepted; the caller is the
//! token's `sub`. More in the modules:
//!
//! | module       | what it shows |
//! |--------------|---------------|
//! | [`streams`]  | a token's expiry ends Chat and Subscribe; refresh; a resume with a new token loses nothing |
//! | [`rotation`] | keys re-read on SIGHUP by a real `confab-server` process |
//! | [`tokens`]   | the keys and tokens (helpers) |

#[cfg(feature = "bench")]
#[path = "jwt/rotation.rs"]
mod rotation;
#[path = "jwt/streams.rs"]
mod streams;
mod support;
#[path = "jwt/tokens.rs"]
mod tokens;

use std::path::PathBuf;

use confab::{
    client::{self, Client},
    pb,
    server::{AuthMode, ServerConfig},
};
use jsonwebtoken::{Algorithm, EncodingKey};
use serde_json::json;
use support::{server::TestServer, wire, WAIT};
use tokens::*;
use tonic::{Code, Status};

/// The secret of the servers here.
pub const SECRET: &[u8] = b"a secret for tests, at least 32 bytes long";

/// A server in jwt mode with `configure`'s keys, no leeway (so expiry is
/// exact) and the temporary folder its files are in.
pub async fn jwt_server(
    configure: impl FnOnce(&mut ServerConfig, &std::path::Path),
) -> (tempfile::TempDir, TestServer) {
    let keys = tempfile::tempdir().expect("temporary folder");
    let path = keys.path().to_owned();
    let server = TestServer::start_with(|config| {
        config.auth = AuthMode::Jwt;
        config.jwt.leeway_s = 0;
        configure(config, &path);
    })
    .await;
    (keys, server)
}

/// A server taking HS256 tokens signed with [`SECRET`].
pub async fn hs_server() -> (tempfile::TempDir, TestServer) {
    jwt_server(|config, dir| {
        config.jwt.secret_files = vec![file(dir, "secret", &[SECRET, b"\n"].concat())];
    })
    .await
}

/// A client sending `token`.
pub async fn client_with(server: &TestServer, token: &str) -> Client {
    client::connect_with_token(&server.addr.to_string(), "unused", Some(token))
        .await
        .expect("connect")
}

/// A valid token for `user`, an hour long.
pub fn token_for(user: &str) -> String {
    hs256(SECRET, &claims(user, 3600))
}

/// What alice (a member, with a valid token) sees of lobby: its events'
/// seqs and its members.
async fn lobby(server: &TestServer) -> (Vec<u64>, Vec<String>) {
    let mut alice = client_with(server, &token_for("alice")).await;
    let history = alice
        .history(pb::HistoryRequest {
            conversation: Some(wire::room("lobby")),
            limit: 100,
            ..Default::default()
        })
        .await
        .expect("history")
        .into_inner();
    let members = alice
        .list_members(pb::ListMembersRequest {
            room: "lobby".into(),
            ..Default::default()
        })
        .await
        .expect("members")
        .into_inner();
    (
        history.events.iter().map(|e| e.seq).collect(),
        members.members.iter().map(|m| m.user.clone()).collect(),
    )
}

/// Every call `token` makes is refused with UNAUTHENTICATED and a message
/// holding `says`, and lobby is as it was.
async fn refused(server: &TestServer, token: &str, says: &str) {
    let before = lobby(server).await;
    let mut client = client_with(server, token).await;
    let check = |result: Result<_, Status>, call: &str| {
        let status = wire::assert_code(result, Code::Unauthenticated);
        assert!(
            status.message().contains(says),
            "{call}: {:?} does not say {says:?}",
            status.message()
        );
    };
    check(
        client
            .join(pb::JoinRequest {
                room: "lobby".into(),
            })
            .await
            .map(drop),
        "Join",
    );
    check(
        client
            .send_message(wire::send_to_room("lobby", "let me in"))
            .await
            .map(drop),
        "SendMessage",
    );
    let (tx, rx) = tokio::sync::mpsc::channel(1);
    tx.send(pb::ChatRequest::default()).await.expect("queue");
    check(
        client
            .chat(tokio_stream::wrappers::ReceiverStream::new(rx))
            .await
            .map(drop),
        "Chat",
    );
    check(
        client
            .subscribe(pb::SubscribeRequest {
                cursors: vec![wire::room_cursor("lobby", None)],
            })
            .await
            .map(drop),
        "Subscribe",
    );
    assert_eq!(lobby(server).await, before, "a refusal changed lobby");
}

/// alice is in lobby and has said something.
async fn alice_in_lobby(server: &TestServer) {
    let mut alice = client_with(server, &token_for("alice")).await;
    alice
        .join(pb::JoinRequest {
            room: "lobby".into(),
        })
        .await
        .expect("join");
    alice
        .send_message(wire::send_to_room("lobby", "hello"))
        .await
        .expect("send");
}

#[tokio::test]
async fn every_bad_token_is_refused_naming_the_check_and_changes_nothing() {
    let (dir, server) = jwt_server(|config, dir| {
        config.jwt.secret_files = vec![file(dir, "secret", SECRET)];
        config.jwt.issuer = Some("https://id.example".into());
        config.jwt.audience = Some("confab".into());
    })
    .await;
    let good = |sub: &str| {
        let claims = with(claims(sub, 3600), "iss", json!("https://id.example"));
        with(claims, "aud", json!("confab"))
    };
    // A valid token works, and is alice.
    let mut alice = client_with(&server, &hs256(SECRET, &good("alice"))).await;
    alice
        .join(pb::JoinRequest {
            room: "lobby".into(),
        })
        .await
        .expect("a valid token is accepted");
    let (_, members) = {
        // lobby() signs without iss/aud: read it with alice's good token.
        let listed = alice
            .list_members(pb::ListMembersRequest {
                room: "lobby".into(),
                ..Default::default()
            })
            .await
            .expect("members")
            .into_inner();
        ((), listed.members)
    };
    assert_eq!(members.len(), 1);
    assert_eq!(members[0].user, "alice");

    let mallory = good("mallory");
    let valid = hs256(SECRET, &mallory);
    let cases: Vec<(String, &str)> = vec![
        (forged(&valid, &good("alice")), "token signature is invalid"),
        (
            hs256(b"another secret, not the server's own", &mallory),
            "token signature is invalid",
        ),
        (
            unsigned(&mallory),
            "token algorithm \"none\" is not accepted",
        ),
        (
            hs256(SECRET, &with(mallory.clone(), "exp", json!(now() - 5))),
            "token expired",
        ),
        (
            hs256(SECRET, &with(mallory.clone(), "nbf", json!(now() + 600))),
            "token not valid yet (nbf)",
        ),
        (
            hs256(
                SECRET,
                &with(mallory.clone(), "iss", json!("https://evil.example")),
            ),
            "token issuer (`iss`) is wrong",
        ),
        (
            hs256(SECRET, &without(mallory.clone(), "iss")),
            "token issuer (`iss`) is missing",
        ),
        (
            hs256(
                SECRET,
                &with(mallory.clone(), "aud", json!("another-service")),
            ),
            "token audience (`aud`) is wrong",
        ),
        (
            hs256(SECRET, &without(mallory.clone(), "aud")),
            "token audience (`aud`) is missing",
        ),
        (
            hs256(SECRET, &without(mallory.clone(), "exp")),
            "token has no `exp`",
        ),
        (
            hs256(SECRET, &without(mallory.clone(), "sub")),
            "token has no `sub`",
        ),
        (
            hs256(
                SECRET,
                &with(mallory.clone(), "sub", json!("Mallory Smith")),
            ),
            "`sub` is not a valid user name: ",
        ),
        (
            hs256(SECRET, &with(mallory.clone(), "sub", json!(42))),
            "`sub` is not a valid user name: ",
        ),
        ("not.a.token".to_owned(), "token is malformed"),
        ("garbage".to_owned(), "token is malformed"),
    ];
    let before = {
        let history = alice
            .history(pb::HistoryRequest {
                conversation: Some(wire::room("lobby")),
                limit: 100,
                ..Default::default()
            })
            .await
            .expect("history")
            .into_inner();
        history.events.len()
    };
    for (token, says) in &cases {
        let mut client = client_with(&server, token).await;
        let status = wire::assert_code(
            client
                .join(pb::JoinRequest {
                    room: "lobby".into(),
                })
                .await,
            Code::Unauthenticated,
        );
        assert!(
            status.message().contains(says),
            "{token}: {:?} does not say {says:?}",
            status.message()
        );
        assert!(
            !status
                .message()
                .contains(std::str::from_utf8(SECRET).unwrap()),
            "a refusal must never show the key"
        );
        let status = wire::assert_code(
            client
                .send_message(wire::send_to_room("lobby", "let me in"))
                .await,
            Code::Unauthenticated,
        );
        assert!(status.message().contains(says), "{status:?}");
    }
    let history = alice
        .history(pb::HistoryRequest {
            conversation: Some(wire::room("lobby")),
            limit: 100,
            ..Default::default()
        })
        .await
        .expect("history")
        .into_inner();
    assert_eq!(history.events.len(), before, "a refusal stored something");
    let listed = alice
        .list_members(pb::ListMembersRequest {
            room: "lobby".into(),
            ..Default::default()
        })
        .await
        .expect("members")
        .into_inner();
    assert_eq!(listed.members.len(), 1, "{listed:?}");
    drop(dir);
}

#[tokio::test]
async fn a_token_in_the_wrong_header_or_without_bearer_is_refused() {
    let (_dir, server) = hs_server().await;
    alice_in_lobby(&server).await;
    let token = token_for("mallory");
    let before = lobby(&server).await;
    // No token at all, and the open-mode header (ignored in jwt mode).
    let mut named = server.client("alice").await;
    let status = wire::assert_code(
        named.list_rooms(pb::ListRoomsRequest::default()).await,
        Code::Unauthenticated,
    );
    assert_eq!(
        status.message(),
        "missing the authorization header: send `authorization: Bearer TOKEN`"
    );
    // The token in a header of its own, or in the user header.
    for (header, value) in [
        ("x-confab-token", token.clone()),
        ("x-confab-user", token.clone()),
        ("token", token.clone()),
    ] {
        let mut client = server.anonymous_client().await;
        let mut request = tonic::Request::new(pb::JoinRequest {
            room: "lobby".into(),
        });
        request
            .metadata_mut()
            .insert(header, value.parse().expect("header value"));
        let status = wire::assert_code(client.join(request).await, Code::Unauthenticated);
        assert!(
            status
                .message()
                .starts_with("missing the authorization header"),
            "{header}: {status:?}"
        );
    }
    // In the right header, but not as a bearer token.
    for value in [
        token.clone(),
        format!("Basic {token}"),
        "Bearer".to_owned(),
        "Bearer ".to_owned(),
    ] {
        let mut client = server.anonymous_client().await;
        let mut request = tonic::Request::new(pb::JoinRequest {
            room: "lobby".into(),
        });
        request
            .metadata_mut()
            .insert("authorization", value.parse().expect("header value"));
        let status = wire::assert_code(client.join(request).await, Code::Unauthenticated);
        assert_eq!(
            status.message(),
            "the authorization header must be `Bearer TOKEN`",
            "{value:?}"
        );
    }
    // The scheme is case-insensitive.
    let mut client = server.anonymous_client().await;
    let mut request = tonic::Request::new(pb::ListRoomsRequest::default());
    request
        .metadata_mut()
        .insert("authorization", format!("bearer {token}").parse().unwrap());
    client
        .list_rooms(request)
        .await
        .expect("bearer in lower case");
    assert_eq!(lobby(&server).await, before);
}

#[tokio::test]
async fn the_caller_is_the_token_sub_whatever_the_user_header_says() {
    let (_dir, server) = hs_server().await;
    // The client library names "unused" in x-confab-user.
    let mut bob = client_with(&server, &token_for("bob")).await;
    bob.join(pb::JoinRequest {
        room: "lobby".into(),
    })
    .await
    .expect("join");
    let members = bob
        .list_members(pb::ListMembersRequest {
            room: "lobby".into(),
            ..Default::default()
        })
        .await
        .expect("members")
        .into_inner();
    let names: Vec<_> = members.members.iter().map(|m| m.user.as_str()).collect();
    assert_eq!(names, ["bob"]);
}

#[tokio::test]
async fn proven_names_are_held_to_the_per_user_room_quota_not_the_address_allowance() {
    // The address allowance exists because open mode lets a caller invent
    // names; with tokens the per-user quota is the bound.
    let (_dir, server) = jwt_server(|config, dir| {
        config.jwt.secret_files = vec![file(dir, "secret", &[SECRET, b"\n"].concat())];
        config.peer_limits.peer_limits_on_loopback = true;
        config.rooms.rooms_per_peer_per_hour = 1;
        config.rooms.max_rooms_per_user = 2;
    })
    .await;
    for user in ["alice", "bob"] {
        let mut client = client_with(&server, &token_for(user)).await;
        for i in 0..2 {
            client
                .join(pb::JoinRequest {
                    room: format!("{user}-{i}"),
                })
                .await
                .expect("within the user's quota");
        }
        let refused = client
            .join(pb::JoinRequest {
                room: format!("{user}-2"),
            })
            .await
            .expect_err("beyond the user's quota");
        assert_eq!(refused.code(), Code::ResourceExhausted, "{refused:?}");
        assert!(!refused.message().contains("address"), "{refused:?}");
    }
}

#[tokio::test]
async fn rs256_es256_eddsa_and_jwks_keys_are_accepted() {
    let keys = tempfile::tempdir().unwrap();
    let rsa = rsa();
    let ec = ec(keys.path(), "ec");
    let ed = ed25519(keys.path(), "ed");
    let listed = ec_pair(&keys, "listed");
    let jwks_path = file(
        keys.path(),
        "keys.json",
        jwks(&[(&listed, "key-2026")]).as_bytes(),
    );
    let (public_keys, jwks_files) = (
        vec![
            rsa.public_pem.clone(),
            ec.public_pem.clone(),
            ed.public_pem.clone(),
        ],
        vec![jwks_path],
    );
    let (_dir, server) = jwt_server(move |config, _| {
        config.jwt.public_keys = public_keys;
        config.jwt.jwks = jwks_files;
    })
    .await;
    for (user, pair, kid) in [
        ("rita", &rsa, None),
        ("eric", &ec, None),
        ("edna", &ed, None),
        ("jack", &listed, Some("key-2026")),
    ] {
        let token = sign(pair.alg, &pair.signing, kid, &claims(user, 3600));
        let mut client = client_with(&server, &token).await;
        client
            .join(pb::JoinRequest {
                room: "lobby".into(),
            })
            .await
            .unwrap_or_else(|e| panic!("{user} ({:?}): {e:?}", pair.alg));
    }
    let mut rita = client_with(
        &server,
        &sign(rsa.alg, &rsa.signing, None, &claims("rita", 60)),
    )
    .await;
    let members = rita
        .list_members(pb::ListMembersRequest {
            room: "lobby".into(),
            ..Default::default()
        })
        .await
        .expect("members")
        .into_inner();
    let mut names: Vec<_> = members.members.iter().map(|m| m.user.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["edna", "eric", "jack", "rita"]);

    // A JWKS key is picked by kid: an unknown kid is refused, and so is a
    // JWKS key's token without one (no kid-less key of its own verifies it).
    let before = members.members.len();
    let unknown = sign(
        listed.alg,
        &listed.signing,
        Some("key-1999"),
        &claims("mallory", 60),
    );
    let status = wire::assert_code(
        client_with(&server, &unknown)
            .await
            .list_rooms(pb::ListRoomsRequest::default())
            .await,
        Code::Unauthenticated,
    );
    assert!(
        status.message().contains("`kid`) \"key-1999\" is unknown"),
        "{status:?}"
    );
    let no_kid = sign(listed.alg, &listed.signing, None, &claims("mallory", 60));
    let status = wire::assert_code(
        client_with(&server, &no_kid)
            .await
            .join(pb::JoinRequest {
                room: "lobby".into(),
            })
            .await,
        Code::Unauthenticated,
    );
    assert_eq!(status.message(), "token signature is invalid");
    // An algorithm no configured key implies (HS256 here) is refused before
    // any key is tried: this is what stops algorithm confusion.
    let status = wire::assert_code(
        client_with(&server, &confused(&rsa.public_pem, &claims("mallory", 60)))
            .await
            .join(pb::JoinRequest {
                room: "lobby".into(),
            })
            .await,
        Code::Unauthenticated,
    );
    assert!(
        status
            .message()
            .starts_with("token algorithm HS256 is not accepted"),
        "{status:?}"
    );
    // A key of one kind does not verify a token of another of its
    // family's algorithms the server was not given (RS384 with an RS256 key).
    let rs384 = sign(Algorithm::RS384, &rsa.signing, None, &claims("mallory", 60));
    let status = wire::assert_code(
        client_with(&server, &rs384)
            .await
            .join(pb::JoinRequest {
                room: "lobby".into(),
            })
            .await,
        Code::Unauthenticated,
    );
    assert!(
        status
            .message()
            .starts_with("token algorithm RS384 is not accepted"),
        "{status:?}"
    );
    let after = rita
        .list_members(pb::ListMembersRequest {
            room: "lobby".into(),
            ..Default::default()
        })
        .await
        .expect("members")
        .into_inner();
    assert_eq!(after.members.len(), before);
}

/// An ES256 pair named `name` in `dir`.
fn ec_pair(dir: &tempfile::TempDir, name: &str) -> Pair {
    ec(dir.path(), name)
}

#[tokio::test]
async fn algorithm_confusion_is_refused_even_beside_a_secret() {
    // With both an HS256 secret and an RSA public key configured, HS256 is
    // accepted, but only with the secret: the RSA key's bytes are never an
    // HMAC key.
    let rsa = rsa();
    let public = rsa.public_pem.clone();
    let (_dir, server) = jwt_server(move |config, dir| {
        config.jwt.secret_files = vec![file(dir, "secret", SECRET)];
        config.jwt.public_keys = vec![public];
    })
    .await;
    alice_in_lobby(&server).await;
    refused(
        &server,
        &confused(&rsa.public_pem, &claims("mallory", 60)),
        "token signature is invalid",
    )
    .await;
    refused(
        &server,
        &unsigned(&claims("mallory", 60)),
        "token algorithm \"none\" is not accepted",
    )
    .await;
    // Both real keys work.
    client_with(&server, &token_for("alice"))
        .await
        .list_rooms(pb::ListRoomsRequest::default())
        .await
        .expect("HS256");
    let rs = sign(rsa.alg, &rsa.signing, None, &claims("alice", 60));
    client_with(&server, &rs)
        .await
        .list_rooms(pb::ListRoomsRequest::default())
        .await
        .expect("RS256");
}

#[tokio::test]
async fn refusals_reach_every_call_and_change_nothing() {
    let (_dir, server) = hs_server().await;
    alice_in_lobby(&server).await;
    let other = EncodingKey::from_secret(b"not the server's secret").unwrap();
    refused(
        &server,
        &sign(Algorithm::HS256, &other, None, &claims("alice", 60)),
        "token signature is invalid",
    )
    .await;
    refused(
        &server,
        &hs256(SECRET, &claims("alice", -5)),
        "token expired",
    )
    .await;
    refused(
        &server,
        &hs256(
            SECRET,
            &with(claims("alice", 60), "nbf", json!(now() + 600)),
        ),
        "token not valid yet (nbf)",
    )
    .await;
    refused(
        &server,
        &hs256(SECRET, &without(claims("alice", 60), "sub")),
        "token has no `sub`",
    )
    .await;
}

#[tokio::test]
async fn grpc_web_requests_carry_the_same_header() {
    use http_body_util::{BodyExt as _, Full};
    let (_dir, server) = hs_server().await;
    let client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
        .build_http::<Full<bytes::Bytes>>();
    let call = |authorization: Option<String>| {
        let mut request = http::Request::builder()
            .method(http::Method::POST)
            .uri(format!(
                "http://{}/confab.v1.ChatService/ListRooms",
                server.addr
            ))
            .header("content-type", "application/grpc-web+proto")
            .header("x-grpc-web", "1");
        if let Some(value) = authorization {
            request = request.header("authorization", value);
        }
        // An empty ListRoomsRequest: no compression, length 0.
        let request = request
            .body(Full::new(bytes::Bytes::from_static(&[0, 0, 0, 0, 0])))
            .unwrap();
        let client = client.clone();
        async move {
            let response = tokio::time::timeout(WAIT, client.request(request))
                .await
                .expect("an answer in time")
                .expect("an answer");
            let headers = response.headers().clone();
            let body = response
                .into_body()
                .collect()
                .await
                .expect("body")
                .to_bytes();
            let status = headers
                .get("grpc-status")
                .map(|v| v.to_str().unwrap().to_owned())
                .or_else(|| {
                    let text = String::from_utf8_lossy(&body);
                    text.split("grpc-status:")
                        .nth(1)
                        .map(|rest| rest.split_whitespace().next().unwrap_or("").to_owned())
                });
            status
        }
    };
    assert_eq!(call(None).await.as_deref(), Some("16"), "no token");
    assert_eq!(
        call(Some(format!(
            "Bearer {}",
            hs256(SECRET, &claims("alice", -5))
        )))
        .await
        .as_deref(),
        Some("16"),
        "expired"
    );
    assert_eq!(
        call(Some(format!("Bearer {}", token_for("alice"))))
            .await
            .as_deref(),
        Some("0"),
        "valid"
    );
}

#[tokio::test]
async fn jwt_mode_without_keys_or_with_a_bad_key_file_does_not_start() {
    let mut config = ServerConfig::for_address("127.0.0.1:0".parse().unwrap());
    config.auth = AuthMode::Jwt;
    config.store = "memory".into();
    let refused = config.check().expect_err("no keys");
    assert!(refused.contains("--auth jwt needs a key"), "{refused}");

    let dir = tempfile::tempdir().unwrap();
    let cases: Vec<(&str, PathBuf, &str)> = vec![
        (
            "secret",
            file(dir.path(), "empty", b"\n"),
            "the secret file is empty",
        ),
        ("secret", dir.path().join("missing"), "cannot read"),
        (
            "public",
            file(dir.path(), "junk.pem", b"junk"),
            "not a PEM file",
        ),
        (
            "public",
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/jwt-rsa-private.pem"),
            "this is a private key",
        ),
        (
            "jwks",
            file(dir.path(), "bad.json", b"{\"keys\": 3}"),
            "not a JWKS",
        ),
    ];
    for (kind, path, says) in cases {
        let mut config = config.clone();
        match kind {
            "secret" => config.jwt.secret_files = vec![path],
            "public" => config.jwt.public_keys = vec![path],
            _ => config.jwt.jwks = vec![path],
        }
        config.check().expect("keys are configured");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let result = tokio::time::timeout(
            WAIT,
            confab::server::serve(config, listener, std::future::pending()),
        )
        .await
        .expect("refused at once, not served");
        let message = result.expect_err("must not start").to_string();
        assert!(message.contains(says), "{kind}: {message}");
        assert!(message.contains("cannot use the JWT keys"), "{message}");
    }
}

#[test]
fn the_token_subcommand_mints_what_the_server_accepts() {
    use clap::Parser as _;
    let dir = tempfile::tempdir().unwrap();
    let secret = file(dir.path(), "secret", SECRET);
    let config = ServerConfig::try_parse_from([
        "confab-server",
        "token",
        "--user",
        "alice",
        "--ttl",
        "2h",
        "--secret-file",
        secret.to_str().unwrap(),
        "--issuer",
        "me",
        "--admin",
    ])
    .expect("arguments");
    let Some(confab::server::config::jwt::ServerCommand::Token(args)) = config.command else {
        panic!("not the token command");
    };
    let token = confab::server::token::mint::mint(&args).expect("minted");
    let mut validation = jsonwebtoken::Validation::new(Algorithm::HS256);
    validation.set_issuer(&["me"]);
    let data = jsonwebtoken::decode::<serde_json::Value>(
        &token,
        &jsonwebtoken::DecodingKey::from_secret(SECRET).unwrap(),
        &validation,
    )
    .expect("valid");
    assert_eq!(data.claims["sub"], "alice");
    assert_eq!(data.claims["confab_admin"], true);
    let exp = data.claims["exp"].as_i64().unwrap();
    assert!((exp - now() - 7200).abs() <= 2, "{exp}");
    // No subcommand still serves, with every default.
    assert!(ServerConfig::try_parse_from(["confab-server"])
        .unwrap()
        .command
        .is_none());
    let mut bad = args.clone();
    bad.user = "Bad Name".into();
    let refused = confab::server::token::mint::mint(&bad).expect_err("a bad name");
    assert!(
        refused.to_string().contains("invalid user name"),
        "{refused}"
    );
    for ttl in ["0s", "1", "h", "-1h", "1w"] {
        let refused = ServerConfig::try_parse_from([
            "confab-server",
            "token",
            "--user",
            "a",
            "--secret-file",
            "x",
            "--ttl",
            ttl,
        ]);
        assert!(refused.is_err(), "{ttl}");
    }
}
