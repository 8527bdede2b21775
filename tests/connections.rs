//! Connection limits, from outside: a connection that sends nothing is
//! closed by the first-request deadline, one left idle by the idle timeout
//! (but not while a stream is open), the server advertises and holds 100
//! streams per connection, and connections past the per-peer cap are
//! closed at once.

mod support;

use std::time::Duration;

use confab::pb;
use support::{metrics, server::TestServer, wire, WAIT};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
    time::Instant,
};

/// Reads `stream` to its end, failing the test if the end does not come
/// within WAIT; gives what was read.
async fn read_to_eof(stream: &mut TcpStream) -> Vec<u8> {
    let mut read = Vec::new();
    tokio::time::timeout(WAIT, stream.read_to_end(&mut read))
        .await
        .expect("the server did not close the connection in time")
        .expect("read");
    read
}

#[tokio::test]
async fn a_connection_that_sends_nothing_is_closed_by_the_deadline() {
    let server = TestServer::start_with(|c| c.transport.first_request_timeout_ms = 300).await;
    let started = Instant::now();
    let mut silent = TcpStream::connect(server.addr).await.expect("connect");
    let read = read_to_eof(&mut silent).await;
    assert!(read.is_empty(), "the server said {read:?}");
    assert!(
        started.elapsed() >= Duration::from_millis(250),
        "{:?}",
        started.elapsed()
    );

    // A connection that sent only the HTTP/2 preface, and no request, goes
    // the same way.
    let mut preface_only = TcpStream::connect(server.addr).await.expect("connect");
    preface_only
        .write_all(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\0\0\0\x04\0\0\0\0\0")
        .await
        .expect("preface");
    read_to_eof(&mut preface_only).await;

    // A client that calls is served.
    server
        .client("alice")
        .await
        .list_rooms(pb::ListRoomsRequest::default())
        .await
        .expect("call");
}

#[tokio::test]
async fn an_idle_connection_is_closed_after_the_idle_timeout() {
    let port = support::unused_address();
    let server = TestServer::start_with(|c| {
        c.transport.idle_timeout_ms = 300;
        c.metrics_listen = Some(port);
    })
    .await;
    // HTTP/1.1 keeps the connection after an answer: it is then idle.
    let mut http1 = TcpStream::connect(server.addr).await.expect("connect");
    http1
        .write_all(b"GET / HTTP/1.1\r\nhost: confab\r\n\r\n")
        .await
        .expect("request");
    let mut answer = [0_u8; 1024];
    let n = tokio::time::timeout(WAIT, http1.read(&mut answer))
        .await
        .expect("an answer in time")
        .expect("read");
    assert!(
        answer[..n].starts_with(b"HTTP/1.1"),
        "{:?}",
        String::from_utf8_lossy(&answer[..n])
    );
    let answered = Instant::now();
    read_to_eof(&mut http1).await;
    assert!(
        answered.elapsed() >= Duration::from_millis(250),
        "closed {:?} after the answer: sooner than the idle timeout",
        answered.elapsed()
    );

    // A Subscribe stream open longer than the idle timeout keeps its
    // connection; once it ends (the client still connected), the
    // connection is closed as idle.
    let client = server.member("alice", "lobby").await;
    let mut tail = client
        .clone()
        .subscribe(pb::SubscribeRequest {
            cursors: vec![wire::room_cursor("lobby", None)],
        })
        .await
        .expect("subscribe")
        .into_inner();
    let idle_closed =
        |scraped: &str| metrics::value(scraped, "confab_connections_closed_idle_total");
    let before = idle_closed(&metrics::scrape(port).await).expect("the idle metric");
    // Time passing is what is tested here: three idle timeouts.
    tokio::time::sleep(Duration::from_millis(900)).await;
    server
        .member("bob", "lobby")
        .await
        .send_message(wire::send_to_room("lobby", "still there?"))
        .await
        .expect("send");
    loop {
        let event = wire::tail_event(&mut tail).await;
        if wire::text_of(&event) == Some("still there?") {
            break;
        }
    }
    drop(tail);
    let deadline = Instant::now() + WAIT;
    while idle_closed(&metrics::scrape(port).await) == Some(before) {
        assert!(
            Instant::now() < deadline,
            "the connection was not closed as idle"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    drop(client);
}

/// The server's SETTINGS on a new HTTP/2 connection: (identifier, value)
/// pairs.
async fn server_settings(server: &TestServer) -> Vec<(u16, u32)> {
    let mut tcp = TcpStream::connect(server.addr).await.expect("connect");
    tcp.write_all(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\0\0\0\x04\0\0\0\0\0")
        .await
        .expect("preface and empty SETTINGS");
    let read = async {
        loop {
            let mut header = [0_u8; 9];
            tcp.read_exact(&mut header).await.expect("frame header");
            let length = u32::from_be_bytes([0, header[0], header[1], header[2]]) as usize;
            let mut payload = vec![0_u8; length];
            tcp.read_exact(&mut payload).await.expect("frame payload");
            let (kind, flags) = (header[3], header[4]);
            if kind == 0x4 && flags & 0x1 == 0 {
                return payload
                    .chunks_exact(6)
                    .map(|s| {
                        (
                            u16::from_be_bytes([s[0], s[1]]),
                            u32::from_be_bytes([s[2], s[3], s[4], s[5]]),
                        )
                    })
                    .collect();
            }
        }
    };
    tokio::time::timeout(WAIT, read)
        .await
        .expect("SETTINGS in time")
}

#[tokio::test]
async fn a_connection_holds_100_streams_and_the_101st_waits() {
    const MAX_CONCURRENT_STREAMS: u16 = 0x3;
    let server = TestServer::start().await;
    let settings = server_settings(&server).await;
    assert!(
        settings.contains(&(MAX_CONCURRENT_STREAMS, 100)),
        "SETTINGS_MAX_CONCURRENT_STREAMS 100 advertised: {settings:?}"
    );

    // One connection (one Channel): 100 Subscribe streams start, the
    // 101st does not while they are open (the client holds it back, as
    // the server told it), and starts when one ends.
    let client = server.member("alice", "lobby").await;
    let subscribe = || {
        let mut client = client.clone();
        async move {
            client
                .subscribe(pb::SubscribeRequest {
                    cursors: vec![wire::room_cursor("lobby", None)],
                })
                .await
        }
    };
    let mut open = Vec::new();
    for _ in 0..100 {
        let stream = tokio::time::timeout(WAIT, subscribe())
            .await
            .expect("a stream within the limit starts in time")
            .expect("subscribe");
        open.push(stream);
    }
    let mut extra = Box::pin(subscribe());
    // A stream not starting is what is tested: a bounded wait.
    assert!(
        tokio::time::timeout(Duration::from_millis(500), &mut extra)
            .await
            .is_err(),
        "the 101st stream started"
    );
    drop(open.pop());
    tokio::time::timeout(WAIT, extra)
        .await
        .expect("the 101st starts once one ends")
        .expect("subscribe");
}

#[tokio::test]
async fn connections_beyond_the_per_peer_cap_are_closed_at_once() {
    let server = TestServer::start_with(|c| {
        c.transport.max_connections_per_peer = 2;
        c.peer_limits.peer_limits_on_loopback = true;
    })
    .await;
    let mut held = Vec::new();
    for _ in 0..2 {
        held.push(TcpStream::connect(server.addr).await.expect("connect"));
    }
    let mut over = TcpStream::connect(server.addr).await.expect("connect");
    let started = Instant::now();
    read_to_eof(&mut over).await;
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "closed at once, not by the first-request deadline: {:?}",
        started.elapsed()
    );

    // A place given back is a place for a client.
    drop(held.pop());
    let deadline = Instant::now() + WAIT;
    loop {
        let mut client = server.client("alice").await;
        match client.list_rooms(pb::ListRoomsRequest::default()).await {
            Ok(_) => break,
            Err(status) => {
                assert!(Instant::now() < deadline, "no place given back: {status}");
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }
    }
}
