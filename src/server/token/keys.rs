//! The key set: every configured key file read into jsonwebtoken's
//! decoding keys, each with the algorithms it implies. Nothing here checks
//! a token; [`super::verify`] does, with these keys.
//!
//! What a key implies is decided by the key, never by a token: an HS256
//! secret file implies HS256; a PEM public key implies RS256 (RSA), ES256
//! or ES384 (EC P-256, P-384) or EdDSA (Ed25519); a JWK implies what its
//! key type and curve imply, narrowed to its `alg` if it names one.

use std::path::{Path, PathBuf};

use jsonwebtoken::{
    jwk::{AlgorithmParameters, EllipticCurve, JwkSet, KeyAlgorithm},
    Algorithm, DecodingKey,
};

use crate::server::config::jwt::JwtConfig;

/// Why the keys could not be read. Says which file and what is wrong with
/// it, never the key itself.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// The file cannot be read.
    #[error("cannot read {path}: {reason}")]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        reason: String,
    },
    /// The file is read but is not a usable key.
    #[error("{path}: {reason}")]
    Unusable {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
}

/// One key a token may be signed with.
pub(crate) struct Key {
    /// The JWK's `kid`; `None` for a key given as a file of its own.
    pub(crate) kid: Option<String>,
    /// The algorithms this key verifies.
    pub(crate) algorithms: Vec<Algorithm>,
    /// The key.
    pub(crate) key: DecodingKey,
}

/// Every configured key, as read at start or at the last good reload.
pub(crate) struct KeySet {
    pub(crate) keys: Vec<Key>,
}

impl KeySet {
    /// Reads every key file `config` names; any bad file fails the whole
    /// set, so a reload never half-applies.
    pub(crate) fn load(config: &JwtConfig) -> Result<Self, KeyError> {
        let mut keys = Vec::new();
        for path in &config.secret_files {
            keys.push(secret_file(path)?);
        }
        for path in &config.public_keys {
            keys.push(public_key_file(path)?);
        }
        for path in &config.jwks {
            keys.extend(jwks_file(path)?);
        }
        Ok(Self { keys })
    }

    /// Every algorithm some key verifies, each once.
    pub(crate) fn algorithms(&self) -> Vec<Algorithm> {
        let mut all: Vec<Algorithm> = Vec::new();
        for algorithm in self.keys.iter().flat_map(|k| k.algorithms.iter()) {
            if !all.contains(algorithm) {
                all.push(*algorithm);
            }
        }
        all
    }
}

fn read(path: &Path) -> Result<Vec<u8>, KeyError> {
    std::fs::read(path).map_err(|e| KeyError::Unreadable {
        path: path.to_owned(),
        reason: e.to_string(),
    })
}

fn unusable(path: &Path, reason: impl Into<String>) -> KeyError {
    KeyError::Unusable {
        path: path.to_owned(),
        reason: reason.into(),
    }
}

/// An HS256 secret: the file's bytes without one trailing newline.
fn secret_file(path: &Path) -> Result<Key, KeyError> {
    let secret = secret_bytes(path)?;
    let key = DecodingKey::from_secret(&secret)
        .map_err(|e| unusable(path, format!("bad secret: {e}")))?;
    Ok(Key {
        kid: None,
        algorithms: vec![Algorithm::HS256],
        key,
    })
}

/// A secret file's bytes, without one trailing newline (`\n` or `\r\n`);
/// an empty secret is refused.
pub(crate) fn secret_bytes(path: &Path) -> Result<Vec<u8>, KeyError> {
    let mut secret = read(path)?;
    if secret.last() == Some(&b'\n') {
        secret.pop();
        if secret.last() == Some(&b'\r') {
            secret.pop();
        }
    }
    if secret.is_empty() {
        return Err(unusable(path, "the secret file is empty"));
    }
    Ok(secret)
}

/// A PEM public key; its type (and an EC key's curve) picks the algorithm.
fn public_key_file(path: &Path) -> Result<Key, KeyError> {
    let pem = read(path)?;
    let text = String::from_utf8_lossy(&pem);
    let label = text
        .lines()
        .find_map(|line| line.trim().strip_prefix("-----BEGIN "))
        .and_then(|rest| rest.strip_suffix("-----"))
        .ok_or_else(|| unusable(path, "not a PEM file (no -----BEGIN line)"))?;
    match label {
        "PUBLIC KEY" | "RSA PUBLIC KEY" => {}
        label if label.contains("PRIVATE KEY") => {
            return Err(unusable(
                path,
                "this is a private key; give the server the public key only",
            ))
        }
        label => {
            return Err(unusable(
                path,
                format!("a PEM {label:?} is not a public key (want BEGIN PUBLIC KEY)"),
            ))
        }
    }
    let (key, algorithm) = if let Ok(key) = DecodingKey::from_rsa_pem(&pem) {
        (key, Algorithm::RS256)
    } else if let Ok(key) = DecodingKey::from_ec_pem(&pem) {
        let algorithm = ec_algorithm(&key)
            .ok_or_else(|| unusable(path, "an EC key on a curve other than P-256 or P-384"))?;
        (key, algorithm)
    } else if let Ok(key) = DecodingKey::from_ed_pem(&pem) {
        (key, Algorithm::EdDSA)
    } else {
        return Err(unusable(
            path,
            "not an RSA, EC (P-256, P-384) or Ed25519 public key",
        ));
    };
    Ok(Key {
        kid: None,
        algorithms: vec![algorithm],
        key,
    })
}

/// ES256 for a P-256 point, ES384 for a P-384 one (uncompressed points:
/// 65 and 97 bytes).
fn ec_algorithm(key: &DecodingKey) -> Option<Algorithm> {
    match key.try_get_as_bytes().ok()?.len() {
        65 => Some(Algorithm::ES256),
        97 => Some(Algorithm::ES384),
        _ => None,
    }
}

/// Every key of a JWKS file; each needs a `kid`, since the token's `kid`
/// is how one is picked.
fn jwks_file(path: &Path) -> Result<Vec<Key>, KeyError> {
    let bytes = read(path)?;
    let set: JwkSet = serde_json::from_slice(&bytes)
        .map_err(|e| unusable(path, format!("not a JWKS (`{{\"keys\": [...]}}`): {e}")))?;
    let mut keys = Vec::new();
    for (index, jwk) in set.keys.iter().enumerate() {
        let what = |reason: String| unusable(path, format!("key {index}: {reason}"));
        let kid = jwk
            .common
            .key_id
            .clone()
            .ok_or_else(|| what("has no `kid`; tokens pick JWKS keys by kid".into()))?;
        let implied: Vec<Algorithm> = match &jwk.algorithm {
            AlgorithmParameters::RSA(_) => vec![
                Algorithm::RS256,
                Algorithm::RS384,
                Algorithm::RS512,
                Algorithm::PS256,
                Algorithm::PS384,
                Algorithm::PS512,
            ],
            AlgorithmParameters::EllipticCurve(ec) => match ec.curve {
                EllipticCurve::P256 => vec![Algorithm::ES256],
                EllipticCurve::P384 => vec![Algorithm::ES384],
                _ => return Err(what("an EC curve other than P-256 or P-384".into())),
            },
            AlgorithmParameters::OctetKeyPair(okp) => match okp.curve {
                EllipticCurve::Ed25519 => vec![Algorithm::EdDSA],
                _ => return Err(what("an OKP curve other than Ed25519".into())),
            },
            AlgorithmParameters::OctetKey(_) => {
                vec![Algorithm::HS256, Algorithm::HS384, Algorithm::HS512]
            }
            _ => {
                return Err(what("an unsupported key type".into()));
            }
        };
        let algorithms = match jwk.common.key_algorithm {
            None if matches!(jwk.algorithm, AlgorithmParameters::RSA(_)) => {
                vec![Algorithm::RS256]
            }
            None if matches!(jwk.algorithm, AlgorithmParameters::OctetKey(_)) => {
                vec![Algorithm::HS256]
            }
            None => implied,
            Some(stated) => {
                let stated = signing_algorithm(stated)
                    .filter(|a| implied.contains(a))
                    .ok_or_else(|| {
                        what(format!("its `alg` {stated:?} does not fit its key type"))
                    })?;
                vec![stated]
            }
        };
        let key = DecodingKey::from_jwk(jwk).map_err(|e| what(format!("unusable: {e}")))?;
        keys.push(Key {
            kid: Some(kid),
            algorithms,
            key,
        });
    }
    Ok(keys)
}

/// The signing algorithm a JWK's `alg` names (encryption ones name none).
fn signing_algorithm(stated: KeyAlgorithm) -> Option<Algorithm> {
    Some(match stated {
        KeyAlgorithm::HS256 => Algorithm::HS256,
        KeyAlgorithm::HS384 => Algorithm::HS384,
        KeyAlgorithm::HS512 => Algorithm::HS512,
        KeyAlgorithm::ES256 => Algorithm::ES256,
        KeyAlgorithm::ES384 => Algorithm::ES384,
        KeyAlgorithm::RS256 => Algorithm::RS256,
        KeyAlgorithm::RS384 => Algorithm::RS384,
        KeyAlgorithm::RS512 => Algorithm::RS512,
        KeyAlgorithm::PS256 => Algorithm::PS256,
        KeyAlgorithm::PS384 => Algorithm::PS384,
        KeyAlgorithm::PS512 => Algorithm::PS512,
        KeyAlgorithm::EdDSA => Algorithm::EdDSA,
        _ => return None,
    })
}
