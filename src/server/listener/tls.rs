//! TLS: the rustls configuration read from PEM files (certificate chain,
//! key, and for mTLS the client CA), kept in an [`ArcSwap`] so that SIGHUP
//! can re-read it without a restart. A reload that fails logs why and
//! keeps the configuration in use.

use std::{
    path::{Path, PathBuf},
    sync::Arc,
};

use arc_swap::ArcSwap;
use rustls::{
    pki_types::{pem::PemObject, CertificateDer, PrivateKeyDer},
    server::WebPkiClientVerifier,
    RootCertStore,
};
use tokio_rustls::TlsAcceptor;

use crate::server::shutdown::TaskGuard;

/// The files TLS is read from.
#[derive(Clone, Debug)]
pub(crate) struct TlsFiles {
    pub(crate) cert: PathBuf,
    pub(crate) key: PathBuf,
    pub(crate) client_ca: Option<PathBuf>,
}

/// The TLS configuration in use, replaceable while connections are served.
#[derive(Debug)]
pub(crate) struct Tls {
    files: TlsFiles,
    current: ArcSwap<rustls::ServerConfig>,
}

impl Tls {
    /// Reads the files; an error says which file and why.
    pub(crate) fn load(files: TlsFiles) -> Result<Arc<Self>, String> {
        let config = server_config(&files)?;
        Ok(Arc::new(Self {
            files,
            current: ArcSwap::new(config),
        }))
    }

    /// An acceptor for one new connection, with the configuration in use
    /// now.
    pub(crate) fn acceptor(&self) -> TlsAcceptor {
        TlsAcceptor::from(self.current.load_full())
    }

    /// Reads the files again; on failure keeps what it had.
    pub(crate) fn reload(&self) {
        match server_config(&self.files) {
            Ok(config) => {
                self.current.store(config);
                tracing::info!("TLS certificates reloaded");
            }
            Err(error) => {
                tracing::error!(%error, "TLS reload failed; keeping the certificates in use");
            }
        }
    }

    /// Reloads on every SIGHUP, for as long as the guard is held.
    pub(crate) fn reload_on_sighup(self: &Arc<Self>) -> Option<TaskGuard> {
        use tokio::signal::unix::{signal, SignalKind};
        let mut hangups = match signal(SignalKind::hangup()) {
            Ok(hangups) => hangups,
            Err(error) => {
                tracing::warn!(%error, "cannot listen for SIGHUP; TLS will not reload");
                return None;
            }
        };
        let tls = self.clone();
        Some(TaskGuard::spawn(async move {
            while hangups.recv().await.is_some() {
                tls.reload();
            }
        }))
    }
}

/// The rustls configuration the files describe: ring as the provider,
/// ALPN h2 (gRPC) and http/1.1 (gRPC-Web), client certificates required
/// when a client CA is given.
fn server_config(files: &TlsFiles) -> Result<Arc<rustls::ServerConfig>, String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let chain = certificates(&files.cert)?;
    let key = PrivateKeyDer::from_pem_file(&files.key).map_err(|e| {
        format!(
            "cannot read a private key from {}: {e}",
            files.key.display()
        )
    })?;
    let builder = rustls::ServerConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("TLS: {e}"))?;
    let builder = match &files.client_ca {
        None => builder.with_no_client_auth(),
        Some(path) => {
            let mut roots = RootCertStore::empty();
            for certificate in certificates(path)? {
                roots
                    .add(certificate)
                    .map_err(|e| format!("bad client CA certificate in {}: {e}", path.display()))?;
            }
            let verifier = WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider)
                .build()
                .map_err(|e| format!("cannot use the client CA {}: {e}", path.display()))?;
            builder.with_client_cert_verifier(verifier)
        }
    };
    let mut config = builder
        .with_single_cert(chain, key)
        .map_err(|e| format!("cannot use {}: {e}", files.cert.display()))?;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// Every certificate in a PEM file; none is an error.
fn certificates(path: &Path) -> Result<Vec<CertificateDer<'static>>, String> {
    let read = |e: rustls::pki_types::pem::Error| {
        format!("cannot read certificates from {}: {e}", path.display())
    };
    let chain = CertificateDer::pem_file_iter(path)
        .map_err(read)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(read)?;
    if chain.is_empty() {
        return Err(format!("no certificate in {}", path.display()));
    }
    Ok(chain)
}
