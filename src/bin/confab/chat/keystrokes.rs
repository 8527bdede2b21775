//! Typing from the line editor: reedline has no keystroke callback, but
//! it asks its highlighter to draw the line after every edit, so a
//! highlighter that draws the line plainly sees each change of it. With
//! `--typing`, a change to a non-empty room line (not a `/command`, not an
//! `@user` message) tells the current room the user is typing, at most
//! once per [`TYPING_EVERY`]; a redraw with the line
//! unchanged (an incoming message printed above it) says nothing. Piped
//! input has no keystrokes, and sends no typing.

use std::{
    sync::Mutex,
    time::{Duration, Instant},
};

use reedline::{Highlighter, StyledText};
use tokio::sync::mpsc;

use super::terminal::Input;

/// The least time between two typing signals the chat sends: the server
/// holds one for 5 s, so one every 3 s keeps it shown while the user
/// types, with room for a slow round trip.
pub(crate) const TYPING_EVERY: Duration = Duration::from_secs(3);

/// Draws the line plainly, and tells the chat when the user types.
pub(crate) struct Keystrokes {
    lines: mpsc::Sender<Input>,
    /// The line as last drawn, and when typing was last told.
    seen: Mutex<(String, Option<Instant>)>,
}

impl Keystrokes {
    /// Tells `lines` of typing.
    pub(crate) fn new(lines: mpsc::Sender<Input>) -> Self {
        Self {
            lines,
            seen: Mutex::new((String::new(), None)),
        }
    }
}

impl Highlighter for Keystrokes {
    fn highlight(&self, line: &str, _cursor: usize) -> StyledText {
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        let (last_line, told) = &mut *seen;
        if last_line != line {
            last_line.clear();
            last_line.push_str(line);
            let now = Instant::now();
            // A room line: not a command, not a private message.
            let typing =
                !line.trim().is_empty() && !line.starts_with('/') && !line.starts_with('@');
            if typing && told.is_none_or(|at| now.duration_since(at) >= TYPING_EVERY) {
                *told = Some(now);
                // A full queue loses one typing signal: it only says
                // "typing", and the next change says it again.
                let _ = self.lines.try_send(Input::Typing);
            }
        }
        let mut styled = StyledText::default();
        styled.buffer.push((Default::default(), line.to_owned()));
        styled
    }
}
