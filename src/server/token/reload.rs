//! Re-reading the keys on SIGHUP: an operator rotates a key by changing
//! the files and sending the signal, with no restart and no session lost.

use std::sync::Arc;

use super::TokenVerifier;

/// Listens for SIGHUP. Registered before the server says it listens, so a
/// signal sent from then on is never the default action (which would end
/// the process).
#[cfg(unix)]
pub(crate) fn listen() -> std::io::Result<tokio::signal::unix::Signal> {
    tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup())
}

/// Reloads `verifier`'s keys at every signal; a failed reload is logged and
/// the keys in use stay.
#[cfg(unix)]
pub(crate) async fn on_signal(
    mut hangup: tokio::signal::unix::Signal,
    verifier: Arc<TokenVerifier>,
) {
    while hangup.recv().await.is_some() {
        match verifier.reload() {
            Ok(keys) => tracing::info!(keys, "SIGHUP: reloaded the JWT keys"),
            Err(error) => tracing::error!(
                %error,
                keys = verifier.key_count(),
                "SIGHUP: could not reload the JWT keys; keeping the ones in use"
            ),
        }
    }
}
