//! Rooms: who moderates every room, and how many rooms one user may create.

use clap::Args;

use crate::model::UserName;

/// Flags for rooms and their moderation.
#[derive(Clone, Debug, Args)]
pub struct RoomsConfig {
    /// A user who moderates every room, private ones included (open mode:
    /// whoever names themselves so; give it only on a trusted network).
    /// Repeat for more; comma-separated in the variable. None by default:
    /// a room's owner and the moderators it appoints are enough until an
    /// operator needs to step in.
    #[arg(long = "admin", env = "CONFAB_ADMINS", value_name = "USER", value_delimiter = ',', value_parser = parse_user)]
    pub admins: Vec<UserName>,

    /// The most rooms one user may create, ever (0: nobody may create one).
    /// 100 is far more than a person uses, and small enough that one caller
    /// cannot bloat ListRooms: a flood of 300,000 rooms once made its answer
    /// larger than a default gRPC client accepts.
    #[arg(long, env = "CONFAB_MAX_ROOMS_PER_USER", default_value_t = 100)]
    pub max_rooms_per_user: usize,
}

fn parse_user(value: &str) -> Result<UserName, String> {
    UserName::parse(value.trim()).map_err(|e| e.to_string())
}
