//! Bearer tokens (`--auth jwt`): the [`TokenVerifier`] that turns a JWT into
//! an [`Identity`], and [`mint`] for `confab-server token`.
//!
//! Every check is jsonwebtoken's: the signature, `exp` (required), `nbf`,
//! `iss` and `aud` (when configured), with the configured leeway. What this
//! module adds is the choice of key and of the accepted algorithms, which
//! come from the keys and never from the token: a token whose `alg` no
//! configured key implies is refused before any key is tried, so `none`
//! and algorithm confusion (an HS256 token "signed" with an RSA public
//! key's bytes) cannot pass. Every refusal says which check failed, never
//! anything about a key.
//!
//! The key set sits behind an [`ArcSwap`]: [`TokenVerifier::reload`]
//! (SIGHUP) swaps in a freshly read set, or keeps the old one if any file
//! is bad.
//!
//! | module | what it is for |
//! |---|---|
//! | [`keys`] | key files read into decoding keys, each with the algorithms it implies |
//! | [`mint`] | an HS256 token for `confab-server token` |
//! | `reload` | the keys re-read on SIGHUP |

pub(crate) mod keys;
pub mod mint;
pub(crate) mod reload;

use std::{
    sync::Arc,
    time::{Duration, SystemTime, UNIX_EPOCH},
};

use arc_swap::ArcSwap;
use jsonwebtoken::{errors::ErrorKind, Algorithm, Validation};
use serde_json::{Map, Value};

use crate::{error::Error, model::UserName, server::config::jwt::JwtConfig};

pub use keys::KeyError;
use keys::KeySet;

/// How a session ends when its token runs out.
pub(crate) const EXPIRED: &str = "token expired";

/// Who a valid token says the caller is.
#[derive(Clone, Debug)]
pub(crate) struct Identity {
    /// The token's `sub`.
    pub(crate) user: UserName,
    /// Whether the admin claim is `true`.
    pub(crate) admin: bool,
    /// When the token stops being accepted: `exp` plus the leeway.
    pub(crate) expires: SystemTime,
}

/// Checks bearer tokens against the configured keys.
pub(crate) struct TokenVerifier {
    config: JwtConfig,
    keys: ArcSwap<KeySet>,
}

impl TokenVerifier {
    /// Reads the keys `config` names.
    pub(crate) fn new(config: JwtConfig) -> Result<Self, KeyError> {
        let keys = KeySet::load(&config)?;
        Ok(Self {
            config,
            keys: ArcSwap::from_pointee(keys),
        })
    }

    /// Reads every key file again and, if all are good, uses them from now
    /// on; otherwise keeps the keys it has. Returns how many keys it read.
    pub(crate) fn reload(&self) -> Result<usize, KeyError> {
        let keys = KeySet::load(&self.config)?;
        let count = keys.keys.len();
        self.keys.store(Arc::new(keys));
        Ok(count)
    }

    /// How many keys are in use.
    pub(crate) fn key_count(&self) -> usize {
        self.keys.load().keys.len()
    }

    /// The identity `token` proves, or UNAUTHENTICATED saying which check
    /// failed.
    pub(crate) fn verify(&self, token: &str) -> Result<Identity, Error> {
        let refused = |message: String| Error::Unauthenticated(message);
        let header = jsonwebtoken::decode_header(token).map_err(|error| {
            refused(match header_algorithm(token) {
                Some(alg) => format!("token algorithm {alg:?} is not accepted"),
                None => format!("token is malformed: {error}"),
            })
        })?;
        let keys = self.keys.load();
        let accepted = keys.algorithms();
        if !accepted.contains(&header.alg) {
            return Err(refused(format!(
                "token algorithm {:?} is not accepted (this server takes {})",
                header.alg,
                names(&accepted)
            )));
        }
        // A kid that names a JWKS key picks it; any other token is tried
        // with the keys given as files of their own (which have no kid).
        let fits = |key: &&keys::Key| key.algorithms.contains(&header.alg);
        let unknown_kid = header
            .kid
            .as_ref()
            .filter(|kid| !keys.keys.iter().any(|k| k.kid.as_ref() == Some(*kid)));
        let candidates: Vec<&keys::Key> = match &header.kid {
            Some(kid) if unknown_kid.is_none() => keys
                .keys
                .iter()
                .filter(|k| k.kid.as_ref() == Some(kid))
                .filter(fits)
                .collect(),
            _ => keys
                .keys
                .iter()
                .filter(|k| k.kid.is_none())
                .filter(fits)
                .collect(),
        };
        let unknown = |kid: &String| format!("token key id (`kid`) {kid:?} is unknown");
        if candidates.is_empty() {
            return Err(refused(match (&header.kid, unknown_kid) {
                (_, Some(kid)) => unknown(kid),
                (Some(_), None) => {
                    format!("token key id does not fit its algorithm {:?}", header.alg)
                }
                (None, None) => "token has no key id (`kid`), which picks its key here".to_owned(),
            }));
        }
        let validation = self.validation(header.alg);
        let mut last = None;
        for candidate in candidates {
            match jsonwebtoken::decode::<Map<String, Value>>(token, &candidate.key, &validation) {
                Ok(data) => return self.identity(&data.claims),
                Err(error) if *error.kind() == ErrorKind::InvalidSignature => last = Some(error),
                Err(error) => return Err(refused(self.explain(error.kind()))),
            }
        }
        if let Some(kid) = unknown_kid {
            return Err(refused(unknown(kid)));
        }
        let kind = last.map_or(ErrorKind::InvalidSignature, |e| e.kind().clone());
        Err(refused(self.explain(&kind)))
    }

    /// jsonwebtoken's checks, as configured, for a token signed with
    /// `algorithm`.
    fn validation(&self, algorithm: Algorithm) -> Validation {
        let mut validation = Validation::new(algorithm);
        validation.leeway = self.config.leeway_s;
        validation.validate_nbf = true;
        let mut required = vec!["exp"];
        if let Some(issuer) = &self.config.issuer {
            validation.set_issuer(&[issuer]);
            required.push("iss");
        }
        match &self.config.audience {
            Some(audience) => {
                validation.set_audience(&[audience]);
                required.push("aud");
            }
            None => validation.validate_aud = false,
        }
        validation.set_required_spec_claims(&required);
        validation
    }

    /// The identity in verified `claims`.
    fn identity(&self, claims: &Map<String, Value>) -> Result<Identity, Error> {
        let refused = |message: String| Error::Unauthenticated(message);
        let sub = match claims.get("sub") {
            None | Some(Value::Null) => return Err(refused("token has no `sub`".into())),
            Some(Value::String(sub)) => sub,
            Some(_) => {
                return Err(refused(
                    "`sub` is not a valid user name: it is not a string".into(),
                ))
            }
        };
        let user = UserName::parse(sub)
            .map_err(|e| refused(format!("`sub` is not a valid user name: {e}")))?;
        let admin = claims.get(&self.config.admin_claim) == Some(&Value::Bool(true));
        // jsonwebtoken has checked `exp` is present and a number.
        let exp = claims.get("exp").and_then(Value::as_u64).unwrap_or(0);
        let expires = UNIX_EPOCH + Duration::from_secs(exp.saturating_add(self.config.leeway_s));
        // jsonwebtoken accepts a token until the second after `exp` (plus
        // leeway) has begun; a stream ends at `exp` itself, so a token is
        // refused from then on too, and a new stream cannot outlive it.
        if SystemTime::now() >= expires {
            return Err(refused(EXPIRED.into()));
        }
        Ok(Identity {
            user,
            admin,
            expires,
        })
    }

    /// Which check failed, for the caller.
    fn explain(&self, kind: &ErrorKind) -> String {
        let expected = |what: &Option<String>| {
            what.as_deref()
                .map_or_else(String::new, |v| format!(" (this server takes {v:?})"))
        };
        match kind {
            ErrorKind::ExpiredSignature => EXPIRED.to_owned(),
            ErrorKind::ImmatureSignature => "token not valid yet (nbf)".to_owned(),
            ErrorKind::InvalidSignature => "token signature is invalid".to_owned(),
            ErrorKind::InvalidIssuer => {
                format!(
                    "token issuer (`iss`) is wrong{}",
                    expected(&self.config.issuer)
                )
            }
            ErrorKind::InvalidAudience => format!(
                "token audience (`aud`) is wrong{}",
                expected(&self.config.audience)
            ),
            ErrorKind::MissingRequiredClaim(claim) => match claim.as_str() {
                "exp" => "token has no `exp`: tokens must expire".to_owned(),
                "iss" => format!(
                    "token issuer (`iss`) is missing{}",
                    expected(&self.config.issuer)
                ),
                "aud" => format!(
                    "token audience (`aud`) is missing{}",
                    expected(&self.config.audience)
                ),
                other => format!("token has no `{other}`"),
            },
            ErrorKind::InvalidClaimFormat(claim) => format!("token claim `{claim}` is malformed"),
            ErrorKind::InvalidAlgorithm => "token algorithm is not accepted".to_owned(),
            ErrorKind::InvalidToken
            | ErrorKind::Base64(_)
            | ErrorKind::Json(_)
            | ErrorKind::Utf8(_) => "token is malformed".to_owned(),
            other => {
                // A key that cannot be used for its algorithm: the
                // operator's to fix, not the caller's.
                tracing::warn!(error = ?other, "a configured key could not check a token");
                "token signature could not be checked".to_owned()
            }
        }
    }
}

/// The `alg` a token's header names, read only to say why it is refused
/// when jsonwebtoken does not know it (`none`, say).
fn header_algorithm(token: &str) -> Option<String> {
    let header = token.split('.').next()?;
    let bytes = base64url_decode(header)?;
    let header: Map<String, Value> = serde_json::from_slice(&bytes).ok()?;
    let alg = header.get("alg")?.as_str()?;
    alg.parse::<Algorithm>().is_err().then(|| alg.to_owned())
}

/// Unpadded base64url, for [`header_algorithm`] only.
fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let mut bits: u32 = 0;
    let mut count = 0;
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for byte in text.bytes() {
        let value = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        };
        bits = (bits << 6) | u32::from(value);
        count += 6;
        if count >= 8 {
            count -= 8;
            out.push((bits >> count) as u8);
        }
    }
    Some(out)
}

fn names(algorithms: &[Algorithm]) -> String {
    algorithms
        .iter()
        .map(|a| format!("{a:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use clap::Parser as _;

    use super::*;

    const SECRET: &[u8] = b"a secret for the unit tests of tokens";

    fn verifier(admin_claim: &str) -> (tempfile::TempDir, TokenVerifier) {
        let dir = tempfile::tempdir().expect("temporary folder");
        let secret = dir.path().join("secret");
        std::fs::write(&secret, SECRET).expect("write");
        let config = crate::server::ServerConfig::parse_from([
            "confab-server",
            "--jwt-secret-file",
            secret.to_str().expect("path"),
            "--jwt-admin-claim",
            admin_claim,
        ]);
        let verifier = TokenVerifier::new(config.jwt).expect("keys");
        (dir, verifier)
    }

    fn token(claims: Value) -> String {
        let key = jsonwebtoken::EncodingKey::from_secret(SECRET).expect("key");
        jsonwebtoken::encode(&jsonwebtoken::Header::default(), &claims, &key).expect("sign")
    }

    fn exp() -> u64 {
        jsonwebtoken::get_current_timestamp() + 600
    }

    #[test]
    fn the_admin_claim_makes_an_administrator_only_when_it_is_true() {
        let (_dir, verifier) = verifier("confab_admin");
        let admin = |claims: Value| verifier.verify(&token(claims)).expect("valid").admin;
        assert!(admin(
            json!({"sub": "root", "exp": exp(), "confab_admin": true})
        ));
        assert!(!admin(json!({"sub": "alice", "exp": exp()})));
        assert!(!admin(
            json!({"sub": "alice", "exp": exp(), "confab_admin": false})
        ));
        assert!(!admin(
            json!({"sub": "alice", "exp": exp(), "confab_admin": "true"})
        ));
        assert!(!admin(
            json!({"sub": "alice", "exp": exp(), "confab_admin": 1})
        ));
        assert!(!admin(json!({"sub": "alice", "exp": exp(), "admin": true})));
    }

    #[test]
    fn the_admin_claim_is_configurable() {
        let (_dir, verifier) = verifier("chat_ops");
        let admin = |claims: Value| verifier.verify(&token(claims)).expect("valid").admin;
        assert!(admin(
            json!({"sub": "root", "exp": exp(), "chat_ops": true})
        ));
        assert!(!admin(
            json!({"sub": "root", "exp": exp(), "confab_admin": true})
        ));
    }

    #[test]
    fn the_identity_expires_at_exp_plus_the_leeway() {
        let (_dir, verifier) = verifier("confab_admin");
        let exp = exp();
        let identity = verifier
            .verify(&token(json!({"sub": "alice", "exp": exp})))
            .expect("valid");
        assert_eq!(identity.user.to_string(), "alice");
        assert_eq!(identity.expires, UNIX_EPOCH + Duration::from_secs(exp + 30));
    }

    use serde_json::json;
}
