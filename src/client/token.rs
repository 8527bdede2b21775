//! Bearer tokens on the client side (`--auth jwt` servers): where a token
//! comes from, read again at every (re)connect so an operator can rotate a
//! token file under a running client, and the user a token names.

use std::path::PathBuf;

/// Where a client's token comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenSource {
    /// This token, for as long as the client runs.
    Fixed(String),
    /// The content of this file (surrounding white space dropped), read at
    /// every connection.
    File(PathBuf),
}

/// Why no token could be had.
#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    /// The token file cannot be read.
    #[error("cannot read the token file {path}: {reason}")]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        reason: String,
    },
    /// The token (given or read) is empty.
    #[error("the token is empty")]
    Empty,
}

impl TokenSource {
    /// The token now.
    pub fn read(&self) -> Result<String, TokenError> {
        let token = match self {
            Self::Fixed(token) => token.trim().to_owned(),
            Self::File(path) => std::fs::read_to_string(path)
                .map_err(|e| TokenError::Unreadable {
                    path: path.clone(),
                    reason: e.to_string(),
                })?
                .trim()
                .to_owned(),
        };
        if token.is_empty() {
            return Err(TokenError::Empty);
        }
        Ok(token)
    }

    /// Whether reading again may give a new token (a file may have been
    /// replaced): then a session whose token expired reconnects.
    pub fn rereads(&self) -> bool {
        matches!(self, Self::File(_))
    }
}

/// The user a token names (its `sub`), read without checking the token:
/// only the server can say whether it is valid, this is for naming the
/// user on the client's side.
pub fn user_of(token: &str) -> Option<String> {
    let claims: serde_json::Map<String, serde_json::Value> =
        jsonwebtoken::dangerous::insecure_decode_claims(token).ok()?;
    claims.get("sub")?.as_str().map(str::to_owned)
}
