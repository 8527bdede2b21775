//! `confab-server token`: an HS256 token signed with a secret file, so a
//! deployment (and its README) needs no outside tool to get started.

use std::time::{SystemTime, UNIX_EPOCH};

use jsonwebtoken::{EncodingKey, Header};
use serde_json::{Map, Value};

use crate::{model::UserName, server::config::jwt::TokenArgs};

/// Why no token could be made.
#[derive(Debug, thiserror::Error)]
pub enum MintError {
    /// The user name breaks the name rules.
    #[error("{0}")]
    User(String),
    /// The secret file cannot be used.
    #[error(transparent)]
    Secret(#[from] super::KeyError),
    /// jsonwebtoken could not sign.
    #[error("cannot sign the token: {0}")]
    Sign(String),
}

/// The token `args` ask for: `sub`, `iat`, `exp` (now plus the ttl) and,
/// as asked, `iss`, `aud` and the admin claim, signed HS256 with the
/// secret file read exactly as `--jwt-secret-file` reads it.
pub fn mint(args: &TokenArgs) -> Result<String, MintError> {
    UserName::parse(&args.user).map_err(|e| MintError::User(e.to_string()))?;
    let secret = super::keys::secret_bytes(&args.secret_file)?;
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let mut claims = Map::new();
    claims.insert("sub".into(), Value::from(args.user.as_str()));
    claims.insert("iat".into(), Value::from(now));
    claims.insert(
        "exp".into(),
        Value::from(now.saturating_add(args.ttl.as_secs())),
    );
    if let Some(issuer) = &args.issuer {
        claims.insert("iss".into(), Value::from(issuer.as_str()));
    }
    if let Some(audience) = &args.audience {
        claims.insert("aud".into(), Value::from(audience.as_str()));
    }
    if args.admin {
        claims.insert(args.admin_claim.clone(), Value::Bool(true));
    }
    let key = EncodingKey::from_secret(&secret).map_err(|e| MintError::Sign(e.to_string()))?;
    jsonwebtoken::encode(&Header::default(), &claims, &key)
        .map_err(|e| MintError::Sign(e.to_string()))
}
