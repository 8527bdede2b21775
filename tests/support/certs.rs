//! Certificates made for a test with rcgen: a CA, a server certificate
//! for 127.0.0.1 and localhost signed by it, a client certificate, all as
//! PEM files in a temporary folder.

use std::path::{Path, PathBuf};

use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, ExtendedKeyUsagePurpose, IsCa,
    KeyPair, KeyUsagePurpose,
};

/// A certificate authority able to sign certificates.
pub struct Ca {
    issuer: CertifiedIssuer<'static, KeyPair>,
}

impl Ca {
    /// A new self-signed CA named `name`.
    pub fn new(name: &str) -> Self {
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.distinguished_name.push(DnType::CommonName, name);
        params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        let key = KeyPair::generate().expect("CA key");
        Self {
            issuer: CertifiedIssuer::self_signed(params, key).expect("CA certificate"),
        }
    }

    /// The CA's certificate, PEM.
    pub fn pem(&self) -> String {
        self.issuer.pem()
    }

    /// A certificate and its key (PEM) for `names`, signed by this CA, for
    /// a server or for a client.
    pub fn sign(&self, names: &[&str], client: bool) -> (String, String) {
        let names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
        let mut params = CertificateParams::new(names).expect("params");
        params
            .distinguished_name
            .push(DnType::CommonName, "confab test");
        params.extended_key_usages = vec![if client {
            ExtendedKeyUsagePurpose::ClientAuth
        } else {
            ExtendedKeyUsagePurpose::ServerAuth
        }];
        let key = KeyPair::generate().expect("key");
        let certificate = params.signed_by(&key, &self.issuer).expect("sign");
        (certificate.pem(), key.serialize_pem())
    }
}

/// A server's TLS files in a folder: `ca.pem`, `server.pem`, `server.key`.
pub struct ServerFiles {
    pub dir: tempfile::TempDir,
}

impl ServerFiles {
    /// Writes a server certificate for 127.0.0.1 and localhost signed by
    /// `ca`.
    pub fn new(ca: &Ca) -> Self {
        let files = Self {
            dir: tempfile::tempdir().expect("temporary folder"),
        };
        files.write(ca);
        files
    }

    /// Writes (or rewrites) the server certificate, its key and the CA.
    pub fn write(&self, ca: &Ca) {
        let (cert, key) = ca.sign(&["localhost", "127.0.0.1"], false);
        write(&self.cert(), &cert);
        write(&self.key(), &key);
        write(&self.ca(), &ca.pem());
    }

    pub fn cert(&self) -> PathBuf {
        self.dir.path().join("server.pem")
    }

    pub fn key(&self) -> PathBuf {
        self.dir.path().join("server.key")
    }

    pub fn ca(&self) -> PathBuf {
        self.dir.path().join("ca.pem")
    }
}

/// Writes a file by a rename, so a reader never sees half of it.
fn write(path: &Path, text: &str) {
    let partial = path.with_extension("partial");
    std::fs::write(&partial, text).expect("write");
    std::fs::rename(&partial, path).expect("rename");
}
