//! A client's cursors kept between runs: one small JSON file per server and
//! user, so a chat opened again resumes every room and private
//! conversation where the last one stopped, and shows what was missed
//! exactly once.
//!
//! The file lives in the user's state directory (`$XDG_STATE_HOME/confab`
//! or `~/.local/state/confab` on Linux) unless told otherwise, and is named
//! `USER@HOST_PORT.json`. It is replaced whole (written beside, then
//! renamed), so a crash leaves the old file or the new one, never half of
//! one. It holds only what the client has shown: a client that dies
//! between showing an event and saving shows that event again next time,
//! never misses one.
//!
//! ```json
//! {"server":"127.0.0.1:50051","user":"alice",
//!  "conversations":[{"room":"lobby","after":12},{"peer":"bob","after":3,"own":[5]}]}
//! ```

use std::{
    io,
    path::{Path, PathBuf},
};

use serde::{Deserialize, Serialize};

use super::{
    address::ServerAddress,
    cursors::{ConversationId, Position},
};

/// What can go wrong with a state file.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    /// It exists but cannot be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// It is not a state file.
    #[error("{path} is not a confab state file: {source}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// Why.
        source: serde_json::Error,
    },
    /// It cannot be written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
}

/// The file that keeps one user's cursors on one server.
#[derive(Clone, Debug)]
pub struct StateFile {
    path: PathBuf,
    server: String,
    user: String,
}

/// The file's contents.
#[derive(Debug, Serialize, Deserialize)]
struct Saved {
    server: String,
    user: String,
    conversations: Vec<SavedConversation>,
}

#[derive(Debug, Serialize, Deserialize)]
struct SavedConversation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    room: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    peer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    after: Option<u64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    own: Vec<u64>,
}

/// Where state files go when no directory is given: the user's state
/// directory (falling back to the local data directory where a platform
/// has none), then `confab`. `None` if the platform knows neither.
pub fn default_dir() -> Option<PathBuf> {
    dirs::state_dir()
        .or_else(dirs::data_local_dir)
        .map(|dir| dir.join("confab"))
}

impl StateFile {
    /// The state file of `user` on `server`, in `dir`.
    pub fn new(dir: &Path, server: &ServerAddress, user: &str) -> Self {
        let host: String = server
            .host()
            .to_ascii_lowercase()
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let name = format!("{user}@{host}_{}.json", server.port());
        Self {
            path: dir.join(name),
            server: server.to_string(),
            user: user.to_owned(),
        }
    }

    /// Where the file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The saved positions; none if there is no file yet.
    pub fn load(&self) -> Result<Vec<(ConversationId, Position)>, StateError> {
        let text = match std::fs::read_to_string(&self.path) {
            Ok(text) => text,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(source) => {
                return Err(StateError::Read {
                    path: self.path.clone(),
                    source,
                })
            }
        };
        let saved: Saved = serde_json::from_str(&text).map_err(|source| StateError::Parse {
            path: self.path.clone(),
            source,
        })?;
        Ok(saved
            .conversations
            .into_iter()
            .filter_map(|saved| {
                let conversation = match (saved.room, saved.peer) {
                    (Some(room), None) => ConversationId::Room(room),
                    (None, Some(peer)) => ConversationId::Peer(peer),
                    _ => return None,
                };
                let mut own = saved.own;
                own.sort_unstable();
                own.dedup();
                Some((
                    conversation,
                    Position {
                        after: saved.after,
                        own,
                    },
                ))
            })
            .collect())
    }

    /// Replaces the file with these positions (creating its directory).
    pub fn save<'a>(
        &self,
        positions: impl IntoIterator<Item = (&'a ConversationId, &'a Position)>,
    ) -> Result<(), StateError> {
        let conversations = positions
            .into_iter()
            .filter(|(_, position)| !position.is_empty())
            .map(|(conversation, position)| {
                let (room, peer) = match conversation {
                    ConversationId::Room(room) => (Some(room.clone()), None),
                    ConversationId::Peer(peer) => (None, Some(peer.clone())),
                };
                SavedConversation {
                    room,
                    peer,
                    after: position.after,
                    own: position.own.clone(),
                }
            })
            .collect();
        let saved = Saved {
            server: self.server.clone(),
            user: self.user.clone(),
            conversations,
        };
        let failed = |source| StateError::Write {
            path: self.path.clone(),
            source,
        };
        let text = serde_json::to_string(&saved).map_err(|e| failed(io::Error::other(e)))?;
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(failed)?;
        }
        let mut beside = self.path.clone().into_os_string();
        beside.push(format!(".{}.tmp", std::process::id()));
        let beside = PathBuf::from(beside);
        std::fs::write(&beside, text + "\n").map_err(failed)?;
        std::fs::rename(&beside, &self.path).map_err(|error| {
            let _ = std::fs::remove_file(&beside);
            failed(error)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server() -> ServerAddress {
        ServerAddress::parse("127.0.0.1:4000").expect("address")
    }

    #[test]
    fn saves_and_loads_positions_per_server_and_user() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let file = StateFile::new(dir.path(), &server(), "alice");
        assert!(file.path().ends_with("alice@127.0.0.1_4000.json"));
        assert_eq!(file.load().expect("no file yet"), vec![]);
        let lobby = ConversationId::Room("lobby".into());
        let bob = ConversationId::Peer("bob".into());
        let at = |after, own: &[u64]| Position {
            after,
            own: own.to_vec(),
        };
        let positions = [
            (lobby.clone(), at(Some(12), &[])),
            (bob.clone(), at(Some(3), &[5])),
            (ConversationId::Room("gone".into()), at(None, &[])),
        ];
        file.save(positions.iter().map(|(c, p)| (c, p)))
            .expect("save");
        assert_eq!(
            file.load().expect("load"),
            vec![(lobby, at(Some(12), &[])), (bob, at(Some(3), &[5]))]
        );
        let other = StateFile::new(dir.path(), &server(), "bob");
        assert_eq!(other.load().expect("bob has none"), vec![]);
        let ipv6 = ServerAddress::parse("[::1]").expect("address");
        let file = StateFile::new(dir.path(), &ipv6, "alice");
        assert!(file.path().ends_with("alice@___1__50051.json"));
    }

    #[test]
    fn a_file_that_is_not_state_is_an_error() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let file = StateFile::new(dir.path(), &server(), "alice");
        std::fs::write(file.path(), "not json").expect("write");
        assert!(matches!(file.load(), Err(StateError::Parse { .. })));
    }
}
