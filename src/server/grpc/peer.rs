//! Where a request comes from: the peer's address, as tonic records it in
//! the request's extensions for every connection it accepts (plain TCP, or
//! TLS over TCP). Limits kept per connection and per peer address read it.

use std::net::SocketAddr;

use tonic::transport::server::{TcpConnectInfo, TlsConnectInfo};

/// The remote address of the connection `extensions` came in on; `None`
/// when the transport records none (an in-memory stream, say).
pub(crate) fn peer_of(extensions: &http::Extensions) -> Option<SocketAddr> {
    if let Some(tcp) = extensions.get::<TcpConnectInfo>() {
        return tcp.remote_addr();
    }
    extensions
        .get::<TlsConnectInfo<TcpConnectInfo>>()
        .and_then(|tls| tls.get_ref().remote_addr())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_peer_is_read_from_a_tcp_connection() {
        let peer: SocketAddr = "192.0.2.7:40000".parse().unwrap();
        let mut extensions = http::Extensions::new();
        assert_eq!(peer_of(&extensions), None);
        extensions.insert(TcpConnectInfo {
            local_addr: None,
            remote_addr: Some(peer),
        });
        assert_eq!(peer_of(&extensions), Some(peer));
    }
}
