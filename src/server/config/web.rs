//! The web page: whether the server answers `GET /` with the chat page.

use clap::Args;

/// Flags for the embedded web page.
#[derive(Clone, Debug, Args)]
pub struct WebConfig {
    /// Serve the chat page on `GET /` of the listening port (`on` or
    /// `off`). On by default: the page is a few static files compiled into
    /// the binary and talks gRPC-Web to the same origin, so it adds no
    /// surface the gRPC-Web port does not already have, and opening the URL
    /// is all a person needs. `off` for a server that only machines use.
    /// (Also 1/0, true/false or yes/no.)
    #[arg(long = "web", env = "CONFAB_WEB", value_name = "on|off", default_value = "on", value_parser = parse_on_off, action = clap::ArgAction::Set)]
    pub web: bool,
}

/// Parses `on` or `off` (or 1/0, true/false, yes/no).
fn parse_on_off(value: &str) -> Result<bool, String> {
    match value.trim().to_ascii_lowercase().as_str() {
        "on" | "1" | "true" | "yes" => Ok(true),
        "off" | "0" | "false" | "no" => Ok(false),
        _ => Err(format!("{value:?} is neither on nor off")),
    }
}
