//! TLS on the gRPC port: certificates made here (rcgen), a tonic client
//! with TLS, and what is refused: plaintext, a wrong CA, mTLS without a
//! client certificate. A certificate reload on SIGHUP, on the real binary.

mod support;

use confab::{
    client::UserHeader,
    pb::{
        self, chat_request::Command, chat_response::Frame, chat_service_client::ChatServiceClient,
    },
    server::ServerConfig,
};
use support::{
    certs::{Ca, ServerFiles},
    server::TestServer,
    WAIT,
};
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tonic::transport::{Certificate, Channel, ClientTlsConfig, Endpoint, Identity};

/// A client that trusts `ca` and, for mTLS, shows `identity` (cert, key).
fn tls_endpoint(address: &str, ca: &str, identity: Option<&(String, String)>) -> Endpoint {
    let mut tls = ClientTlsConfig::new()
        .ca_certificate(Certificate::from_pem(ca))
        .domain_name("localhost");
    if let Some((cert, key)) = identity {
        tls = tls.identity(Identity::from_pem(cert, key));
    }
    Endpoint::from_shared(format!("https://{address}"))
        .expect("address")
        .tls_config(tls)
        .expect("TLS config")
        .connect_timeout(WAIT)
}

/// One unary call (ListRooms) on a new connection from `endpoint`: Ok, or
/// why not (connecting or calling).
async fn list_rooms(endpoint: Endpoint) -> Result<pb::ListRoomsResponse, String> {
    let call = async {
        let channel = endpoint
            .connect()
            .await
            .map_err(|e| format!("connect: {e:?}"))?;
        let mut client =
            ChatServiceClient::with_interceptor(channel, UserHeader::new("alice").expect("user"));
        client
            .list_rooms(pb::ListRoomsRequest::default())
            .await
            .map(tonic::Response::into_inner)
            .map_err(|e| format!("call: {e}"))
    };
    tokio::time::timeout(WAIT, call)
        .await
        .unwrap_or_else(|_| Err("no answer in time".into()))
}

/// A server in this process serving TLS from `files`, requiring client
/// certificates signed by `client_ca` if given.
async fn tls_server(files: &ServerFiles, client_ca: Option<&std::path::Path>) -> TestServer {
    let (cert, key) = (files.cert(), files.key());
    let client_ca = client_ca.map(std::path::Path::to_path_buf);
    TestServer::start_with(move |config| {
        config.transport.tls_cert = Some(cert);
        config.transport.tls_key = Some(key);
        config.transport.tls_client_ca = client_ca;
    })
    .await
}

/// Opens a Chat stream on `channel` as `user` and waits for `ready`.
async fn chat_ready(channel: Channel, user: &str) {
    let mut client =
        ChatServiceClient::with_interceptor(channel, UserHeader::new(user).expect("user"));
    let (tx, rx) = mpsc::channel(4);
    tx.send(pb::ChatRequest {
        request_id: "resume".into(),
        command: Some(Command::Resume(pb::ResumeCommand::default())),
    })
    .await
    .expect("queue resume");
    let mut inbound = client
        .chat(ReceiverStream::new(rx))
        .await
        .expect("open chat")
        .into_inner();
    loop {
        let response = tokio::time::timeout(WAIT, inbound.message())
            .await
            .expect("a frame in time")
            .expect("a frame")
            .expect("the stream open");
        match response.frame {
            Some(Frame::Ready(_)) => break,
            Some(Frame::Presence(_)) | Some(Frame::Event(_)) => {}
            other => panic!("expected ready, got {other:?}"),
        }
    }
    drop(tx);
}

#[tokio::test]
async fn a_client_trusting_the_ca_calls_and_chats_over_tls() {
    let ca = Ca::new("confab test CA");
    let files = ServerFiles::new(&ca);
    let server = tls_server(&files, None).await;
    let address = server.addr.to_string();
    let endpoint = tls_endpoint(&address, &ca.pem(), None);

    let channel = endpoint.connect().await.expect("TLS connect");
    let mut client = ChatServiceClient::with_interceptor(
        channel.clone(),
        UserHeader::new("alice").expect("user"),
    );
    client
        .join(pb::JoinRequest {
            room: "lobby".into(),
        })
        .await
        .expect("join over TLS");
    let rooms = list_rooms(endpoint).await.expect("list rooms over TLS");
    assert!(rooms.rooms.iter().any(|r| r.name == "lobby"), "{rooms:?}");
    chat_ready(channel, "bob").await;
}

#[tokio::test]
async fn plaintext_and_a_wrong_ca_are_refused() {
    let ca = Ca::new("confab test CA");
    let files = ServerFiles::new(&ca);
    let server = tls_server(&files, None).await;
    let address = server.addr.to_string();

    let plaintext = Endpoint::from_shared(format!("http://{address}"))
        .expect("address")
        .connect_timeout(WAIT);
    let refused = list_rooms(plaintext).await.expect_err("plaintext refused");
    assert!(!refused.contains("no answer in time"), "{refused}");

    let other = Ca::new("another CA");
    let refused = list_rooms(tls_endpoint(&address, &other.pem(), None))
        .await
        .expect_err("a server certificate from an untrusted CA refused");
    assert!(refused.contains("connect"), "{refused}");

    // The server still serves a client that trusts its CA.
    list_rooms(tls_endpoint(&address, &ca.pem(), None))
        .await
        .expect("the right CA still works");
}

#[tokio::test]
async fn mtls_requires_a_client_certificate_from_the_client_ca() {
    let ca = Ca::new("confab test CA");
    let files = ServerFiles::new(&ca);
    let clients = Ca::new("confab client CA");
    let client_ca = files.dir.path().join("clients.pem");
    std::fs::write(&client_ca, clients.pem()).expect("write client CA");
    let server = tls_server(&files, Some(&client_ca)).await;
    let address = server.addr.to_string();

    let refused = list_rooms(tls_endpoint(&address, &ca.pem(), None))
        .await
        .expect_err("no client certificate refused");
    assert!(!refused.contains("no answer in time"), "{refused}");

    let stranger = Ca::new("a stranger CA").sign(&["alice"], true);
    list_rooms(tls_endpoint(&address, &ca.pem(), Some(&stranger)))
        .await
        .expect_err("a client certificate from another CA refused");

    let identity = clients.sign(&["alice"], true);
    let rooms = list_rooms(tls_endpoint(&address, &ca.pem(), Some(&identity)))
        .await
        .expect("a client certificate from the client CA accepted");
    assert!(rooms.rooms.is_empty(), "{rooms:?}");
}

#[test]
fn plaintext_off_loopback_is_refused_unless_asked_for() {
    let mut config = ServerConfig::for_address("0.0.0.0:50051".parse().expect("address"));
    config.insecure_open = true;
    let refused = config.check().expect_err("plaintext on 0.0.0.0 refused");
    assert!(refused.contains("--insecure-plaintext"), "{refused}");
    assert!(!refused.contains('\n'), "one line: {refused}");
    config.transport.insecure_plaintext = true;
    config.check().expect("plaintext on 0.0.0.0 when asked for");
    config.transport.insecure_plaintext = false;
    config.transport.tls_cert = Some("cert.pem".into());
    config.transport.tls_key = Some("key.pem".into());
    config.check().expect("TLS on 0.0.0.0");
}

#[cfg(feature = "bench")]
mod child {
    use super::*;
    use std::time::Duration;

    use support::process::{confab_server, start};

    /// `confab-server --listen 0.0.0.0:0 --insecure-open` refuses to start
    /// without TLS, in one line, and starts with --insecure-plaintext.
    #[tokio::test]
    async fn the_binary_refuses_plaintext_off_loopback_at_start() {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_confab-server"))
            .args([
                "--listen",
                "0.0.0.0:0",
                "--store",
                "memory",
                "--insecure-open",
            ])
            .env_remove("CONFAB_INSECURE_PLAINTEXT")
            .output()
            .expect("run confab-server");
        assert!(!out.status.success());
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(said.contains("without TLS"), "{said}");
        assert!(said.contains("--insecure-plaintext"), "{said}");
        assert_eq!(said.trim().lines().count(), 1, "one line: {said}");

        let mut server = start(
            confab_server()
                .listen("0.0.0.0:0")
                .store("memory")
                .args(["--insecure-open", "--insecure-plaintext"]),
        )
        .await
        .expect("starts with --insecure-plaintext");
        let _ = server.kill();
    }

    /// Sends SIGHUP to the child.
    fn hang_up(pid: u32) {
        let status = std::process::Command::new("kill")
            .args(["-HUP", &pid.to_string()])
            .status()
            .expect("run kill");
        assert!(status.success());
    }

    #[tokio::test]
    async fn certificates_are_reloaded_on_sighup_and_a_bad_reload_keeps_the_old() {
        let old = Ca::new("old CA");
        let files = ServerFiles::new(&old);
        let mut server = start(confab_server().store("memory").args([
            "--tls-cert".to_owned(),
            files.cert().display().to_string(),
            "--tls-key".to_owned(),
            files.key().display().to_string(),
        ]))
        .await
        .expect("start");
        let address = server.address().to_owned();
        list_rooms(tls_endpoint(&address, &old.pem(), None))
            .await
            .expect("the old CA before any reload");

        // A key file that is not a key: the reload fails, the old stays.
        std::fs::write(files.key(), "not a key").expect("write");
        hang_up(server.pid());
        let deadline = tokio::time::Instant::now() + WAIT;
        while !server
            .output()
            .iter()
            .any(|line| line.contains("TLS reload failed"))
        {
            assert!(
                tokio::time::Instant::now() < deadline,
                "no reload failure logged"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        list_rooms(tls_endpoint(&address, &old.pem(), None))
            .await
            .expect("the old certificate kept after a failed reload");

        let new = Ca::new("new CA");
        files.write(&new);
        hang_up(server.pid());
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            match list_rooms(tls_endpoint(&address, &new.pem(), None)).await {
                Ok(_) => break,
                Err(error) => {
                    assert!(
                        tokio::time::Instant::now() < deadline,
                        "the new certificate never served: {error}"
                    );
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            }
        }
        list_rooms(tls_endpoint(&address, &old.pem(), None))
            .await
            .expect_err("the old CA no longer trusted after the reload");
        let _ = server.kill();
    }
}
