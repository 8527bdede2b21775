//! The web page: whether the server answers `GET /` with the chat page.

use clap::{builder::BoolishValueParser, Args};

/// Flags for the embedded web page.
#[derive(Clone, Debug, Args)]
pub struct WebConfig {
    /// Serve the chat page on `GET /` of the listening port (`on` or
    /// `off`). On by default: the page is a few static files compiled into
    /// the binary and talks gRPC-Web to the same origin, so it adds no
    /// surface the gRPC-Web port does not already have, and opening the URL
    /// is all a person needs. `off` for a server that only machines use.
    /// (The variable takes on/off, 1/0, true/false or yes/no.)
    #[arg(long = "web", env = "CONFAB_WEB", value_name = "on|off", default_value = "on", value_parser = BoolishValueParser::new(), action = clap::ArgAction::Set)]
    pub web: bool,
}
