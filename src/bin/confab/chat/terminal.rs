//! Where a chat's typed lines come from and its output goes.
//!
//! On a terminal (stdin and stdout both one) lines are read with a line
//! editor (reedline: editing, history, ctrl-L, a prompt naming the current
//! room), and every output line is handed to the editor, which prints it
//! above the line being typed and draws that line again below it, so an
//! incoming message never breaks what is half typed. Otherwise lines are
//! read plainly from stdin, and output goes straight to stdout.
//!
//! Both readers run on a thread of their own and hand lines over a
//! channel, so the chat takes a line only when it is ready for one.

use std::{
    borrow::Cow,
    io::{BufRead, Write},
    sync::{
        atomic::{AtomicBool, Ordering},
        mpsc as std_mpsc, Arc, Mutex, PoisonError,
    },
    thread::JoinHandle,
    time::Duration,
};

use reedline::{
    ExternalPrinter, Prompt, PromptEditMode, PromptHistorySearch, PromptHistorySearchStatus,
    Reedline, Signal,
};
use tokio::sync::mpsc;

/// What the user did.
#[derive(Debug)]
pub(crate) enum Input {
    /// Typed a line (without its line break).
    Line(String),
    /// Ended the input: end of file, ctrl-D.
    End,
    /// Pressed ctrl-C in the editor.
    Interrupt,
    /// Is typing a line (the line editor only: see `keystrokes`).
    Typing,
}

/// The chat's input and output.
pub(crate) struct Terminal {
    /// Use the line editor.
    interactive: bool,
    /// Colour the prompt.
    color: bool,
    /// The current room, as the prompt shows it.
    room: Arc<Mutex<String>>,
    /// Lines from the reader, once reading started; `None` before and
    /// after.
    lines: Option<mpsc::Receiver<Input>>,
    /// Reading was started (it is not started twice).
    started: bool,
    /// The editor's thread, while there is one.
    editor: Option<EditorThread>,
    /// Tell the chat when the user types (`Input::Typing`).
    typing: bool,
}

/// The line editor's thread, which owns the terminal while it runs.
struct EditorThread {
    /// Lines for the editor to print above the input.
    output: std_mpsc::Sender<String>,
    /// Asks the thread to give the terminal back, once it has printed
    /// every line given to it.
    done: Arc<AtomicBool>,
    thread: JoinHandle<()>,
}

/// How many output lines the editor takes to print in one go.
const PRINT_BATCH: usize = 1024;

/// How often the editor looks for lines to print (and for `done`).
const EDITOR_POLL: Duration = Duration::from_millis(20);

impl Terminal {
    /// Input and output for a chat; `interactive` uses the line editor.
    pub(crate) fn new(interactive: bool, color: bool) -> Self {
        Self {
            interactive,
            color,
            room: Arc::default(),
            lines: None,
            started: false,
            editor: None,
            typing: false,
        }
    }

    /// Whether the line editor, once started, tells the chat when the user
    /// types.
    pub(crate) fn tell_typing(&mut self, typing: bool) {
        self.typing = typing;
    }

    /// Whether lines are read with the line editor.
    pub(crate) fn interactive(&self) -> bool {
        self.interactive
    }

    /// Starts reading lines (once).
    pub(crate) fn start(&mut self) {
        if self.started {
            return;
        }
        self.started = true;
        let (tx, rx) = mpsc::channel(64);
        self.lines = Some(rx);
        if self.interactive {
            self.editor = Some(EditorThread::spawn(
                RoomPrompt(self.room.clone()),
                (self.color, self.typing),
                tx,
            ));
        } else {
            std::thread::spawn(move || read_plain(&tx));
        }
    }

    /// True while lines are being read.
    pub(crate) fn reading(&self) -> bool {
        self.lines.is_some()
    }

    /// The next thing the user did; `End` if the reader is gone. Waits
    /// forever if reading has not started or has stopped.
    pub(crate) async fn next(&mut self) -> Input {
        match self.lines.as_mut() {
            Some(lines) => lines.recv().await.unwrap_or(Input::End),
            None => std::future::pending().await,
        }
    }

    /// Takes no more lines.
    pub(crate) fn stop_reading(&mut self) {
        self.lines = None;
    }

    /// Shows a line.
    pub(crate) fn print(&self, line: &str) {
        let sent = match &self.editor {
            Some(editor) => editor.output.send(line.to_owned()).is_ok(),
            None => false,
        };
        if !sent {
            plain(line);
        }
    }

    /// Names the current room in the prompt (it shows on the next
    /// redraw, which every printed line causes).
    pub(crate) fn set_room(&self, room: Option<&str>) {
        let mut shown = self.room.lock().unwrap_or_else(PoisonError::into_inner);
        room.unwrap_or_default().clone_into(&mut shown);
    }

    /// Gives the terminal back: ends the editor once it has printed every
    /// line given to it.
    pub(crate) async fn finish(&mut self) {
        self.lines = None;
        if let Some(editor) = self.editor.take() {
            editor.done.store(true, Ordering::Relaxed);
            let thread = editor.thread;
            let _ = tokio::task::spawn_blocking(move || thread.join()).await;
        }
    }
}

/// Writes a line to stdout; false if stdout is gone.
fn plain(line: &str) -> bool {
    crate::out(line)
}

/// Reads stdin line by line until its end.
fn read_plain(lines: &mpsc::Sender<Input>) {
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        if lines.blocking_send(Input::Line(line)).is_err() {
            return;
        }
    }
    let _ = lines.blocking_send(Input::End);
}

impl EditorThread {
    /// Starts the editor. Output lines go to it through a channel of our
    /// own that the editor's idle callback (run on its thread between
    /// polls) moves into its printer, and the printer prints them in the
    /// same turn of the editor's loop: so whenever the editor returns, it
    /// has printed everything it took, and what is left is in our channel,
    /// for the thread to print once the terminal is back to normal.
    fn spawn(
        prompt: RoomPrompt,
        (color, typing): (bool, bool),
        lines: mpsc::Sender<Input>,
    ) -> Self {
        let (output, pending) = std_mpsc::channel::<String>();
        let pending = Arc::new(Mutex::new(pending));
        let done = Arc::new(AtomicBool::new(false));
        let stop = Arc::new(AtomicBool::new(false));
        let printer = ExternalPrinter::new(PRINT_BATCH);
        let forward = {
            let to_printer = printer.sender();
            let pending = pending.clone();
            let (done, stop) = (done.clone(), stop.clone());
            move || {
                if done.load(Ordering::Relaxed) {
                    stop.store(true, Ordering::Relaxed);
                    return;
                }
                let pending = pending.lock().unwrap_or_else(PoisonError::into_inner);
                for _ in 0..PRINT_BATCH {
                    match pending.try_recv() {
                        Ok(line) => {
                            // Room for the whole batch: it is empty now.
                            let _ = to_printer.try_send(line);
                        }
                        Err(_) => break,
                    }
                }
            }
        };
        let mut editor = Reedline::create()
            .with_ansi_colors(color)
            .with_external_printer(printer)
            .with_idle_callback(Box::new(forward))
            .with_break_signal(stop)
            .with_poll_interval(EDITOR_POLL);
        if typing {
            let keystrokes = super::keystrokes::Keystrokes::new(lines.clone());
            editor = editor.with_highlighter(Box::new(keystrokes));
        }
        let thread = {
            let done = done.clone();
            std::thread::spawn(move || edit(editor, &prompt, &pending, &done, &lines))
        };
        Self {
            output,
            done,
            thread,
        }
    }
}

/// The editor thread: reads lines until the user ends the input or the
/// chat asks for the terminal back, then prints what is still to be
/// printed, plainly, until the chat is done.
fn edit(
    mut editor: Reedline,
    prompt: &RoomPrompt,
    pending: &Mutex<std_mpsc::Receiver<String>>,
    done: &AtomicBool,
    lines: &mpsc::Sender<Input>,
) {
    loop {
        let input = match editor.read_line(prompt) {
            Ok(Signal::Success(line)) => Input::Line(line),
            Ok(Signal::CtrlC) => Input::Interrupt,
            Ok(Signal::ExternalBreak(_)) => break,
            Ok(Signal::CtrlD) => Input::End,
            Ok(_) => continue,
            Err(error) => {
                // A terminal the editor cannot drive: read plain lines on
                // another thread, and print here as below.
                plain(&format!(
                    "* no line editing here ({error}); reading plain lines"
                ));
                let lines = lines.clone();
                std::thread::spawn(move || read_plain(&lines));
                break;
            }
        };
        let last = !matches!(input, Input::Line(_));
        if lines.blocking_send(input).is_err() || last {
            break;
        }
    }
    // The prompt (and anything half typed, never sent) is left on the
    // last line: clear it, so what follows starts on a clean line.
    let mut stdout = std::io::stdout();
    let _ = write!(stdout, "\r\x1b[2K").and_then(|()| stdout.flush());
    let pending = pending.lock().unwrap_or_else(PoisonError::into_inner);
    loop {
        match pending.recv_timeout(EDITOR_POLL) {
            Ok(line) => {
                plain(&line);
            }
            Err(std_mpsc::RecvTimeoutError::Timeout) if !done.load(Ordering::Relaxed) => {}
            Err(_) => break,
        }
    }
    // Lines given just before `done`.
    while let Ok(line) = pending.try_recv() {
        plain(&line);
    }
}

/// The prompt: the current room, then `> `.
struct RoomPrompt(Arc<Mutex<String>>);

impl Prompt for RoomPrompt {
    fn render_prompt_left(&self) -> Cow<'_, str> {
        Cow::Owned(
            self.0
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .clone(),
        )
    }

    fn render_prompt_right(&self) -> Cow<'_, str> {
        Cow::Borrowed("")
    }

    fn render_prompt_indicator(&self, _mode: PromptEditMode) -> Cow<'_, str> {
        Cow::Borrowed("> ")
    }

    fn render_prompt_multiline_indicator(&self) -> Cow<'_, str> {
        Cow::Borrowed("... ")
    }

    fn render_prompt_history_search_indicator(&self, search: PromptHistorySearch) -> Cow<'_, str> {
        let failing = match search.status {
            PromptHistorySearchStatus::Passing => "",
            PromptHistorySearchStatus::Failing => "failing ",
        };
        Cow::Owned(format!("({failing}search: {}) ", search.term))
    }
}
