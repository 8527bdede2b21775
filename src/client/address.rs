//! A server address as people type it: `host`, `host:port`,
//! `http://host:port` or `https://host:port` (TLS). Without a port it is
//! confab's port, 50051 (not HTTP's 80 or HTTPS's 443).

use std::fmt;

/// The port a confab server listens on unless told otherwise.
pub const DEFAULT_PORT: u16 = 50051;

/// Why an address is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AddressError {
    /// A scheme other than `http` or `https`.
    #[error("unknown scheme {0:?}; use HOST:PORT, http://HOST:PORT or https://HOST:PORT")]
    Scheme(String),
    /// Not a host with an optional port.
    #[error("expected HOST or HOST:PORT ({0})")]
    Invalid(String),
}

/// A server to connect to over HTTP/2, in plaintext or with TLS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerAddress {
    /// The host as given (an IPv6 address keeps its brackets).
    host: String,
    /// The port, [`DEFAULT_PORT`] if none was given.
    port: u16,
    /// Whether to speak TLS (`https://`).
    tls: bool,
}

impl ServerAddress {
    /// Reads `host`, `host:port`, `http://host[:port]` or
    /// `https://host[:port]` (a trailing `/` is fine).
    pub fn parse(address: &str) -> Result<Self, AddressError> {
        let (rest, tls) = match address.split_once("://") {
            Some((scheme, rest)) => match scheme.to_ascii_lowercase().as_str() {
                "http" => (rest, false),
                "https" => (rest, true),
                _ => return Err(AddressError::Scheme(scheme.to_owned())),
            },
            None => (address, false),
        };
        let rest = rest.strip_suffix('/').unwrap_or(rest);
        if rest.is_empty() {
            return Err(AddressError::Invalid("no host".into()));
        }
        let authority: http::uri::Authority = rest
            .parse()
            .map_err(|e: http::uri::InvalidUri| AddressError::Invalid(e.to_string()))?;
        if authority.as_str().contains('@') {
            return Err(AddressError::Invalid(
                "a user name is not part of it".into(),
            ));
        }
        let host = authority.host();
        if host.is_empty() {
            return Err(AddressError::Invalid("no host".into()));
        }
        let port = match authority.as_str().strip_prefix(host) {
            Some("") => DEFAULT_PORT,
            Some(port) => {
                let digits = port.strip_prefix(':').unwrap_or(port);
                if digits.is_empty() {
                    return Err(AddressError::Invalid("no port after ':'".into()));
                }
                digits
                    .parse()
                    .map_err(|_| AddressError::Invalid(format!("bad port {digits:?}")))?
            }
            None => return Err(AddressError::Invalid("no host".into())),
        };
        Ok(Self {
            host: host.to_owned(),
            port,
            tls,
        })
    }

    /// `http://host:port` or `https://host:port`, what the connection is
    /// made to.
    pub fn uri(&self) -> String {
        let scheme = if self.tls { "https" } else { "http" };
        format!("{scheme}://{self}")
    }

    /// Whether the connection speaks TLS.
    pub fn tls(&self) -> bool {
        self.tls
    }

    /// The host.
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The port.
    pub fn port(&self) -> u16 {
        self.port
    }
}

impl fmt::Display for ServerAddress {
    /// `host:port`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.host, self.port)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uri(address: &str) -> Result<String, AddressError> {
        ServerAddress::parse(address).map(|a| a.uri())
    }

    #[test]
    fn a_missing_port_is_confabs_not_https() {
        assert_eq!(uri("localhost").unwrap(), "http://localhost:50051");
        assert_eq!(uri("http://localhost").unwrap(), "http://localhost:50051");
        assert_eq!(uri("http://localhost/").unwrap(), "http://localhost:50051");
        assert_eq!(uri("[::1]").unwrap(), "http://[::1]:50051");
        assert_eq!(uri("127.0.0.1:7").unwrap(), "http://127.0.0.1:7");
        assert_eq!(
            uri("HTTP://chat.example:80").unwrap(),
            "http://chat.example:80"
        );
        assert_eq!(uri("[::1]:9").unwrap(), "http://[::1]:9");
    }

    #[test]
    fn https_is_tls_on_confabs_port_and_other_schemes_are_refused() {
        assert_eq!(
            uri("https://chat.example").unwrap(),
            "https://chat.example:50051"
        );
        assert_eq!(
            uri("HTTPS://chat.example:443/").unwrap(),
            "https://chat.example:443"
        );
        assert!(ServerAddress::parse("https://chat.example").unwrap().tls());
        assert!(!ServerAddress::parse("chat.example").unwrap().tls());
        assert_eq!(
            uri("ftp://chat.example"),
            Err(AddressError::Scheme("ftp".into()))
        );
    }

    #[test]
    fn what_is_not_an_address_is_refused() {
        for bad in [
            "",
            "http://",
            "host:",
            "host:99999",
            "a/b",
            "u@host:1",
            "a b",
        ] {
            assert!(
                matches!(uri(bad), Err(AddressError::Invalid(_))),
                "{bad:?}: {:?}",
                uri(bad)
            );
        }
    }
}
