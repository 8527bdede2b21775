//! The confab server: parses the configuration, sets up logging, binds the
//! address and serves until SIGTERM or ctrl-c; `confab-server token` prints
//! a token instead.

use std::io::IsTerminal;

use clap::Parser;
use confab::server::{self, config::jwt::ServerCommand, LogFormat, ServerConfig};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() {
    let config = ServerConfig::parse();
    if let Some(ServerCommand::Token(args)) = &config.command {
        match server::token::mint::mint(args) {
            Ok(token) => println!("{token}"),
            Err(error) => {
                eprintln!("confab-server token: {error}");
                std::process::exit(2);
            }
        }
        return;
    }
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    // Colour only for a person at a terminal, and never with NO_COLOR.
    let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(colour);
    match config.log_format {
        LogFormat::Text => logs.init(),
        LogFormat::Json => logs.json().init(),
    }
    if let Err(message) = config.check() {
        eprintln!("confab-server: {message}");
        std::process::exit(2);
    }
    let listener = match tokio::net::TcpListener::bind(config.listen).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("confab-server: cannot listen on {}: {error}", config.listen);
            std::process::exit(1);
        }
    };
    if let Err(error) = server::serve(config, listener, shutdown_signal()).await {
        eprintln!("confab-server: {error}");
        std::process::exit(1);
    }
}

/// Completes on ctrl-c or SIGTERM. The SIGTERM handler is installed now,
/// before the server says it listens, so a supervisor's SIGTERM right after
/// that line is a graceful shutdown, not the default death by signal.
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    let term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate());
    async move {
        let ctrl_c = async {
            if let Err(error) = tokio::signal::ctrl_c().await {
                tracing::warn!(%error, "cannot listen for ctrl-c");
                std::future::pending::<()>().await;
            }
        };
        #[cfg(unix)]
        let term = async {
            match term {
                Ok(mut signal) => {
                    signal.recv().await;
                }
                Err(error) => {
                    tracing::warn!(%error, "cannot listen for SIGTERM");
                    std::future::pending::<()>().await;
                }
            }
        };
        #[cfg(not(unix))]
        let term = std::future::pending::<()>();
        tokio::select! {
            () = ctrl_c => {},
            () = term => {},
        }
    }
}
