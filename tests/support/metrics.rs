//! A server's Prometheus metrics, read as a scraper reads them: one plain
//! HTTP/1.1 `GET /metrics` on the metrics port.

use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpStream, ToSocketAddrs},
};

use super::WAIT;

/// The whole answer (status line, headers, body) of `GET /metrics` at
/// `address`; fails the test if it does not come within `WAIT`.
pub async fn scrape(address: impl ToSocketAddrs) -> String {
    let read = async {
        let mut stream = TcpStream::connect(address).await.expect("metrics port");
        stream
            .write_all(b"GET /metrics HTTP/1.1\r\nhost: confab\r\n\r\n")
            .await
            .expect("ask for the metrics");
        let mut response = String::new();
        stream
            .read_to_string(&mut response)
            .await
            .expect("read the metrics");
        response
    };
    tokio::time::timeout(WAIT, read)
        .await
        .unwrap_or_else(|_| panic!("no metrics within {WAIT:?}"))
}

/// The value of the counter or gauge `name` (without labels) in a
/// scraped answer.
pub fn value(response: &str, name: &str) -> Option<u64> {
    response
        .lines()
        .find_map(|line| line.strip_prefix(name)?.trim().parse().ok())
}
