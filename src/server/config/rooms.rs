//! Rooms: who moderates every room, and how many rooms one user, and in
//! open mode one peer address, may create.

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

    /// In open mode, the most rooms one peer address (IP) may create per
    /// hour, whatever names it uses (0: no limit). There a caller names
    /// itself, so the per-user quota alone would let one host create 100
    /// rooms per name it invents. 100 an hour lets a whole office behind
    /// one NAT create rooms as people do, while a flood of 300,000 rooms
    /// would take over three years. Loopback peers are exempt unless
    /// `--peer-limits-on-loopback`; in JWT mode names are proven and the
    /// per-user quota is enough, so this does not apply.
    #[arg(long, env = "CONFAB_ROOMS_PER_PEER_PER_HOUR", default_value_t = 100)]
    pub rooms_per_peer_per_hour: u32,
}

fn parse_user(value: &str) -> Result<UserName, String> {
    UserName::parse(value.trim()).map_err(|e| e.to_string())
}
