//! Running `confab` on a pseudo-terminal (with the `rexpect` crate) and
//! reading its screen as a person would see it (with the `vt100` crate).
//!
//! A thread reads everything the child writes and feeds a terminal
//! emulator; it also answers the cursor-position queries a line editor
//! sends, as a real terminal does. A test types keys and waits, with a
//! bounded timeout (`WAIT`), until the screen shows what it expects.

use std::{
    fs::File,
    io::{Read, Write},
    num::NonZeroU16,
    process::Command,
    sync::{Arc, Condvar, Mutex, PoisonError},
    time::Instant,
};

use rexpect::process::{PtyProcess, WaitStatus};

use super::WAIT;

/// The terminal's size.
pub const ROWS: NonZeroU16 = NonZeroU16::new(30).expect("not zero");
pub const COLS: NonZeroU16 = NonZeroU16::new(100).expect("not zero");

/// Keys, as a terminal sends them.
pub const ENTER: &str = "\r";
pub const BACKSPACE: &str = "\x7f";
pub const LEFT: &str = "\x1b[D";
pub const CTRL_D: &str = "\x04";

/// What the reader thread keeps.
struct Seen {
    parser: vt100::Parser,
    /// Every byte, for failure messages.
    raw: Vec<u8>,
    /// The child's side is closed (it exited).
    closed: bool,
}

/// A child process on a pseudo-terminal.
pub struct Pty {
    name: String,
    process: PtyProcess,
    writer: File,
    seen: Arc<(Mutex<Seen>, Condvar)>,
}

impl Pty {
    /// Starts `program args...` on a terminal of `ROWS` x `COLS`.
    pub fn spawn(name: &str, program: &str, args: &[&str], env: &[(&str, &str)]) -> Self {
        // The size is set before the program starts, so it never sees
        // another one.
        let mut command = Command::new("sh");
        command
            .arg("-c")
            .arg(format!(
                "stty rows {ROWS} cols {COLS} && exec \"$0\" \"$@\""
            ))
            .arg(program)
            .args(args)
            .env("TERM", "xterm-256color")
            .env_remove("NO_COLOR")
            .env_remove("CONFAB_SERVER")
            .env_remove("CONFAB_USER");
        for (key, value) in env {
            command.env(key, value);
        }
        let mut process =
            PtyProcess::new(command).unwrap_or_else(|e| panic!("{name}: cannot start: {e}"));
        process.set_kill_timeout(Some(5_000));
        let reader = process.get_file_handle().expect("pty reader");
        let writer = process.get_file_handle().expect("pty writer");
        let answers = process.get_file_handle().expect("pty answers");
        let seen = Arc::new((
            Mutex::new(Seen {
                parser: vt100::Parser::new(ROWS, COLS, 0),
                raw: Vec::new(),
                closed: false,
            }),
            Condvar::new(),
        ));
        let shared = seen.clone();
        std::thread::spawn(move || read_screen(reader, answers, &shared));
        Self {
            name: name.to_owned(),
            process,
            writer,
            seen,
        }
    }

    /// Types keys.
    pub fn keys(&mut self, keys: &str) {
        self.writer
            .write_all(keys.as_bytes())
            .and_then(|()| self.writer.flush())
            .unwrap_or_else(|e| panic!("{}: cannot type: {e}", self.name));
    }

    /// Waits until the screen satisfies `check`; returns it.
    #[track_caller]
    pub fn wait_for(&self, what: &str, check: impl Fn(&Shown) -> bool) -> Shown {
        let deadline = Instant::now() + WAIT;
        let (lock, changed) = &*self.seen;
        let mut seen = lock.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            let shown = Shown::of(&seen.parser);
            if check(&shown) {
                return shown;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() || seen.closed {
                panic!(
                    "{}: the screen never showed {what}:\n{}\n(cursor at {:?}; raw: {:?})",
                    self.name,
                    shown.rows.join("\n"),
                    shown.cursor,
                    String::from_utf8_lossy(&seen.raw)
                );
            }
            seen = changed
                .wait_timeout(seen, left)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
    }

    /// Waits until some row of the screen is exactly `row`.
    #[track_caller]
    pub fn wait_row(&self, row: &str) -> Shown {
        self.wait_for(&format!("a row {row:?}"), |shown| {
            shown.rows.iter().any(|r| r == row)
        })
    }

    /// Waits until some row ends with `suffix`.
    #[track_caller]
    pub fn wait_row_ending(&self, suffix: &str) -> Shown {
        self.wait_for(&format!("a row ending with {suffix:?}"), |shown| {
            shown.rows.iter().any(|r| r.ends_with(suffix))
        })
    }

    /// Everything the child wrote so far (for debugging a test).
    pub fn raw(&self) -> String {
        let (lock, _) = &*self.seen;
        let seen = lock.lock().unwrap_or_else(PoisonError::into_inner);
        String::from_utf8_lossy(&seen.raw).into_owned()
    }

    /// Waits for the child to exit; its exit code.
    pub fn exit_code(&mut self) -> i32 {
        let deadline = Instant::now() + WAIT;
        {
            let (lock, changed) = &*self.seen;
            let mut seen = lock.lock().unwrap_or_else(PoisonError::into_inner);
            while !seen.closed {
                let left = deadline.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    panic!("{}: did not exit within {WAIT:?}", self.name);
                }
                seen = changed
                    .wait_timeout(seen, left)
                    .unwrap_or_else(PoisonError::into_inner)
                    .0;
            }
        }
        match self.process.wait() {
            Ok(WaitStatus::Exited(_, code)) => code,
            other => panic!("{}: ended with {other:?}", self.name),
        }
    }
}

/// What the screen shows.
#[derive(Clone, Debug)]
pub struct Shown {
    /// Its rows, trailing blanks trimmed.
    pub rows: Vec<String>,
    /// The cursor's row and column.
    pub cursor: (usize, u16),
}

impl Shown {
    fn of(parser: &vt100::Parser) -> Self {
        let screen = parser.screen();
        let rows = screen
            .rows(0, COLS.get())
            .map(|row| row.trim_end().to_owned())
            .collect();
        let (row, col) = screen.cursor_position();
        Self {
            rows,
            cursor: (usize::from(row), col),
        }
    }

    /// The row the cursor is on.
    pub fn cursor_row(&self) -> &str {
        &self.rows[self.cursor.0]
    }
}

/// The query a program sends to learn where the cursor is.
const WHERE_IS_THE_CURSOR: &[u8] = b"\x1b[6n";

/// Feeds everything the child writes to the emulator, answering cursor
/// position queries as a terminal would.
fn read_screen(mut reader: File, mut answers: File, seen: &(Mutex<Seen>, Condvar)) {
    let (lock, changed) = seen;
    let mut buffer = [0u8; 4096];
    // Bytes held back because they may be the start of a query.
    let mut held: Vec<u8> = Vec::new();
    loop {
        let n = match reader.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        held.extend_from_slice(&buffer[..n]);
        let mut seen = lock.lock().unwrap_or_else(PoisonError::into_inner);
        seen.raw.extend_from_slice(&buffer[..n]);
        while let Some(at) = find(&held, WHERE_IS_THE_CURSOR) {
            let end = at + WHERE_IS_THE_CURSOR.len();
            seen.parser.process(&held[..end]);
            held.drain(..end);
            let (row, col) = seen.parser.screen().cursor_position();
            let answer = format!("\x1b[{};{}R", row + 1, col + 1);
            let _ = answers.write_all(answer.as_bytes());
        }
        // Keep back only what could begin a query.
        let keep = (1..WHERE_IS_THE_CURSOR.len())
            .rev()
            .find(|k| held.ends_with(&WHERE_IS_THE_CURSOR[..*k]))
            .unwrap_or(0);
        let upto = held.len() - keep;
        seen.parser.process(&held[..upto]);
        held.drain(..upto);
        changed.notify_all();
    }
    let mut seen = lock.lock().unwrap_or_else(PoisonError::into_inner);
    seen.parser.process(&held);
    seen.closed = true;
    changed.notify_all();
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}
