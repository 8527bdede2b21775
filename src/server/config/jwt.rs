//! The flags of `--auth jwt`: where the keys are, and what a token's
//! claims must say. Every key flag is repeatable, so an operator rotates a
//! key by configuring the new one beside the old one, then dropping the old
//! one; the files are re-read on SIGHUP.

use std::path::PathBuf;

/// How bearer tokens are checked (used only with `--auth jwt`).
#[derive(Clone, Debug, clap::Args)]
pub struct JwtConfig {
    /// A file holding an HS256 secret (its whole content; one trailing
    /// newline is dropped). Repeat for rotation. No default: a secret is
    /// never guessed. Comma-separated in the variable.
    #[arg(
        long = "jwt-secret-file",
        env = "CONFAB_JWT_SECRET_FILES",
        value_delimiter = ',',
        value_name = "PATH"
    )]
    pub secret_files: Vec<PathBuf>,

    /// A PEM public key (RSA: RS256, EC P-256: ES256, Ed25519: EdDSA; the
    /// key decides which). Repeat for rotation. Comma-separated in the
    /// variable.
    #[arg(
        long = "jwt-public-key",
        env = "CONFAB_JWT_PUBLIC_KEYS",
        value_delimiter = ',',
        value_name = "PATH"
    )]
    pub public_keys: Vec<PathBuf>,

    /// A JWKS file (`{"keys": [...]}`): a token's `kid` picks its key, the
    /// way identity providers publish theirs. Repeat for more.
    /// Comma-separated in the variable.
    #[arg(
        long = "jwt-jwks",
        env = "CONFAB_JWT_JWKS",
        value_delimiter = ',',
        value_name = "PATH"
    )]
    pub jwks: Vec<PathBuf>,

    /// The `iss` a token must carry. Unset: any issuer (fine when the keys
    /// are yours alone; set it when a key is shared).
    #[arg(long = "jwt-issuer", env = "CONFAB_JWT_ISSUER", value_name = "ISS")]
    pub issuer: Option<String>,

    /// The `aud` a token must include. Unset: the audience is not checked.
    #[arg(long = "jwt-audience", env = "CONFAB_JWT_AUDIENCE", value_name = "AUD")]
    pub audience: Option<String>,

    /// Clock skew allowed on `exp` and `nbf`, in seconds. 30 covers
    /// ordinary drift between the token issuer's clock and this server's
    /// without keeping an expired token alive for long.
    #[arg(
        long = "jwt-leeway-s",
        env = "CONFAB_JWT_LEEWAY_S",
        default_value_t = 30,
        value_name = "SECS"
    )]
    pub leeway_s: u64,

    /// The claim that makes a caller a server administrator when it is
    /// `true`. The default is confab's own name, so a claim meant for
    /// another service cannot grant it by accident.
    #[arg(
        long = "jwt-admin-claim",
        env = "CONFAB_JWT_ADMIN_CLAIM",
        default_value = "confab_admin",
        value_name = "NAME"
    )]
    pub admin_claim: String,
}

impl JwtConfig {
    /// Whether any key is configured.
    pub fn has_keys(&self) -> bool {
        !(self.secret_files.is_empty() && self.public_keys.is_empty() && self.jwks.is_empty())
    }
}

/// What `confab-server` does besides serving.
#[derive(Clone, Debug, clap::Subcommand)]
pub enum ServerCommand {
    /// Print an HS256 token for `--auth jwt --jwt-secret-file`, so a
    /// deployment and its tests need no other tool.
    Token(TokenArgs),
}

/// The arguments of `confab-server token`.
#[derive(Clone, Debug, clap::Args)]
pub struct TokenArgs {
    /// The user the token names (its `sub`).
    #[arg(long)]
    pub user: String,

    /// How long the token is valid: a number with s, m, h or d (`90s`,
    /// `15m`, `1h`, `7d`). An hour by default: long enough for a session,
    /// short enough that a leaked token does not last.
    #[arg(long, default_value = "1h", value_parser = parse_ttl)]
    pub ttl: std::time::Duration,

    /// The file holding the HS256 secret (as given to --jwt-secret-file).
    #[arg(
        long = "secret-file",
        env = "CONFAB_TOKEN_SECRET_FILE",
        value_name = "PATH"
    )]
    pub secret_file: PathBuf,

    /// The `iss` claim to write (as --jwt-issuer expects).
    #[arg(long)]
    pub issuer: Option<String>,

    /// The `aud` claim to write (as --jwt-audience expects).
    #[arg(long)]
    pub audience: Option<String>,

    /// Make the user a server administrator (writes the admin claim).
    #[arg(long)]
    pub admin: bool,

    /// The name of the admin claim (as --jwt-admin-claim expects).
    #[arg(long, default_value = "confab_admin", value_name = "NAME")]
    pub admin_claim: String,
}

/// Parses a time to live: a positive number followed by s, m, h or d.
pub fn parse_ttl(value: &str) -> Result<std::time::Duration, String> {
    let refused =
        || format!("{value:?} is not a duration: give a number with s, m, h or d, e.g. 1h");
    let split = value.len().checked_sub(1).ok_or_else(refused)?;
    let (number, unit) = value.split_at(split);
    let number: u64 = number.parse().map_err(|_| refused())?;
    let seconds = match unit {
        "s" => Some(number),
        "m" => number.checked_mul(60),
        "h" => number.checked_mul(3600),
        "d" => number.checked_mul(86_400),
        _ => None,
    }
    .ok_or_else(refused)?;
    if seconds == 0 {
        return Err(format!("{value:?}: a token must live at least a second"));
    }
    Ok(std::time::Duration::from_secs(seconds))
}
