//! Keys and tokens made in the test: HS256 secrets, EC P-256 and Ed25519
//! key pairs from rcgen, the RSA pair committed under tests/fixtures/
//! (rcgen's ring backend cannot generate RSA keys), tokens signed by
//! jsonwebtoken, and hand-built ones no library would sign (`alg: none`).

use std::{
    path::{Path, PathBuf},
    time::{SystemTime, UNIX_EPOCH},
};

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{json, Map, Value};

/// Seconds since the epoch.
pub fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock after 1970")
        .as_secs() as i64
}

/// Claims naming `sub`, expiring `ttl_s` seconds from now.
pub fn claims(sub: &str, ttl_s: i64) -> Map<String, Value> {
    let mut claims = Map::new();
    claims.insert("sub".into(), json!(sub));
    claims.insert("exp".into(), json!(now() + ttl_s));
    claims
}

/// `claims` with `name` set to `value`.
pub fn with(mut claims: Map<String, Value>, name: &str, value: Value) -> Map<String, Value> {
    claims.insert(name.into(), value);
    claims
}

/// `claims` without `name`.
pub fn without(mut claims: Map<String, Value>, name: &str) -> Map<String, Value> {
    claims.remove(name);
    claims
}

/// `claims` signed HS256 with `secret`.
pub fn hs256(secret: &[u8], claims: &Map<String, Value>) -> String {
    let key = EncodingKey::from_secret(secret).expect("secret");
    sign(Algorithm::HS256, &key, None, claims)
}

/// `claims` signed with `key` as `alg`, with `kid` in the header if given.
pub fn sign(
    alg: Algorithm,
    key: &EncodingKey,
    kid: Option<&str>,
    claims: &Map<String, Value>,
) -> String {
    let mut header = Header::new(alg);
    header.kid = kid.map(str::to_owned);
    jsonwebtoken::encode(&header, claims, key).expect("sign")
}

/// A token with `alg: none` and no signature, built by hand.
pub fn unsigned(claims: &Map<String, Value>) -> String {
    let header = base64url(br#"{"alg":"none","typ":"JWT"}"#);
    let payload = base64url(&serde_json::to_vec(claims).expect("json"));
    format!("{header}.{payload}.")
}

/// The token with its payload replaced by `claims`, keeping its header and
/// signature: a forgery.
pub fn forged(token: &str, claims: &Map<String, Value>) -> String {
    let mut parts = token.split('.');
    let header = parts.next().expect("header");
    let _payload = parts.next().expect("payload");
    let signature = parts.next().expect("signature");
    let payload = base64url(&serde_json::to_vec(claims).expect("json"));
    format!("{header}.{payload}.{signature}")
}

/// An HS256 token "signed" with the bytes of a public key file as the
/// secret: the algorithm-confusion attack on verifiers that let the token
/// pick the algorithm.
pub fn confused(public_key_pem: &Path, claims: &Map<String, Value>) -> String {
    let bytes = std::fs::read(public_key_pem).expect("public key");
    hs256(&bytes, claims)
}

/// Unpadded base64url.
pub fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// A key pair: the signing key and the public key's PEM file.
pub struct Pair {
    pub signing: EncodingKey,
    pub public_pem: PathBuf,
    pub alg: Algorithm,
}

/// The committed RSA test pair (RS256).
pub fn rsa() -> Pair {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let private = std::fs::read(fixtures.join("jwt-rsa-private.pem")).expect("RSA fixture");
    Pair {
        signing: EncodingKey::from_rsa_pem(&private).expect("RSA private key"),
        public_pem: fixtures.join("jwt-rsa-public.pem"),
        alg: Algorithm::RS256,
    }
}

/// A fresh EC P-256 pair (ES256), its public key written into `dir`.
pub fn ec(dir: &Path, name: &str) -> Pair {
    let pair = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).expect("EC key");
    let signing = EncodingKey::from_ec_pem(pair.serialize_pem().as_bytes()).expect("EC signing");
    let public_pem = dir.join(format!("{name}.pem"));
    std::fs::write(&public_pem, pair.public_key_pem()).expect("write");
    Pair {
        signing,
        public_pem,
        alg: Algorithm::ES256,
    }
}

/// A fresh Ed25519 pair (EdDSA), its public key written into `dir`.
pub fn ed25519(dir: &Path, name: &str) -> Pair {
    let pair = rcgen::KeyPair::generate_for(&rcgen::PKCS_ED25519).expect("Ed25519 key");
    let signing = EncodingKey::from_ed_pem(pair.serialize_pem().as_bytes()).expect("Ed signing");
    let public_pem = dir.join(format!("{name}.pem"));
    std::fs::write(&public_pem, pair.public_key_pem()).expect("write");
    Pair {
        signing,
        public_pem,
        alg: Algorithm::EdDSA,
    }
}

/// A JWKS holding `keys` (each an ES256 pair and its `kid`).
pub fn jwks(keys: &[(&Pair, &str)]) -> String {
    let keys: Vec<Value> = keys
        .iter()
        .map(|(pair, kid)| {
            let mut jwk =
                jsonwebtoken::jwk::Jwk::from_encoding_key(&pair.signing, pair.alg).expect("jwk");
            jwk.common.key_id = Some((*kid).to_owned());
            serde_json::to_value(jwk).expect("json")
        })
        .collect();
    json!({ "keys": keys }).to_string()
}

/// Writes `content` to `dir/name`; returns the path.
pub fn file(dir: &Path, name: &str, content: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).expect("write");
    path
}
