//! Who is at the other end of a request's connection: the peer address,
//! read from what the listener put in the request's extensions.

use std::net::SocketAddr;

use tonic::transport::server::{TcpConnectInfo, TlsConnectInfo};

use crate::server::listener::connection::ConnectionInfo;

/// The peer address of the connection a request came on, if known.
/// Reads confab's own connection info first, then tonic's (plain TCP, and
/// TLS over TCP), so it answers whoever accepted the connection.
pub(crate) fn peer_of(extensions: &http::Extensions) -> Option<SocketAddr> {
    if let Some(info) = extensions.get::<ConnectionInfo>() {
        return info.remote;
    }
    if let Some(info) = extensions.get::<TcpConnectInfo>() {
        return info.remote_addr();
    }
    extensions
        .get::<TlsConnectInfo<TcpConnectInfo>>()
        .and_then(|info| info.get_ref().remote_addr())
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
