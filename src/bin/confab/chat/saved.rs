//! What a chat has shown, kept in its state file (see
//! [`confab::client::state`]) so the next chat resumes every room and
//! private conversation from there. Positions are taken from the updates
//! as they are shown, and the file is written whenever the chat has shown
//! everything that came in, and at the end.

use std::{collections::BTreeMap, path::Path};

use confab::client::{
    address::ServerAddress,
    cursors::{ConversationId, Position},
    session::Moved,
    state::{self, StateFile},
};

/// The positions a chat has shown, and where they are kept.
pub(crate) struct Saved {
    /// The file; `None` if there is nowhere to keep it.
    file: Option<StateFile>,
    positions: BTreeMap<ConversationId, Position>,
    /// Something changed since the last write.
    dirty: bool,
    /// A write failed (said once, then tried again quietly).
    failed: bool,
}

impl Saved {
    /// The saved positions of `user` on `server`, from `dir` or the
    /// default state directory; a notice to show if they cannot be used.
    pub(crate) fn open(
        dir: Option<&Path>,
        server: &ServerAddress,
        user: &str,
    ) -> (Self, Option<String>) {
        let dir = dir.map(Path::to_path_buf).or_else(state::default_dir);
        let Some(dir) = dir else {
            let notice = "no state directory is known: pass --state-dir to keep your \
                          place between chats";
            return (Self::nowhere(), Some(notice.to_owned()));
        };
        let file = StateFile::new(&dir, server, user);
        let (positions, notice) = match file.load() {
            Ok(positions) => (positions.into_iter().collect(), None),
            Err(error) => (
                BTreeMap::new(),
                Some(format!("{error}; starting afresh (it is replaced)")),
            ),
        };
        let saved = Self {
            file: Some(file),
            positions,
            dirty: false,
            failed: false,
        };
        (saved, notice)
    }

    fn nowhere() -> Self {
        Self {
            file: None,
            positions: BTreeMap::new(),
            dirty: false,
            failed: false,
        }
    }

    /// True if no earlier chat left positions to resume from.
    pub(crate) fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }

    /// Where the session is to resume from.
    pub(crate) fn resume_from(&self) -> Vec<(ConversationId, Position)> {
        self.positions
            .iter()
            .map(|(c, p)| (c.clone(), p.clone()))
            .collect()
    }

    /// An update that moved a cursor was shown.
    pub(crate) fn moved(&mut self, moved: &Moved) {
        if moved.position.is_empty() {
            self.positions.remove(&moved.conversation);
        } else {
            self.positions
                .insert(moved.conversation.clone(), moved.position.clone());
        }
        self.dirty = true;
    }

    /// The session says where every conversation is now.
    pub(crate) fn replace(&mut self, positions: Vec<(ConversationId, Position)>) {
        self.positions = positions.into_iter().collect();
        self.dirty = true;
    }

    /// Writes the file if anything changed; a notice to show if that
    /// failed for the first time.
    pub(crate) fn write(&mut self) -> Option<String> {
        let file = self.file.as_ref()?;
        if !self.dirty {
            return None;
        }
        match file.save(&self.positions) {
            Ok(()) => {
                self.dirty = false;
                None
            }
            Err(error) if !self.failed => {
                self.failed = true;
                Some(format!(
                    "{error}: the next chat will not know what this one showed"
                ))
            }
            Err(_) => None,
        }
    }
}
