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
        Arc, Mutex, PoisonError,
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
}

/// The line editor's thread, which owns the terminal while it runs.
struct EditorThread {
    /// Lines for the editor to print above the input.
    printer: ExternalPrinter<String>,
    /// Makes the editor give the terminal back.
    stop: Arc<AtomicBool>,
    /// Tells the thread, once the editor is gone, to end when all is
    /// printed.
    done: Arc<AtomicBool>,
    thread: JoinHandle<()>,
}

/// How many output lines may wait for the editor to print them.
const PRINTER_CAPACITY: usize = 4096;

/// How often the editor looks for lines to print (and for `stop`).
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
        }
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
                self.color,
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
        match &self.editor {
            Some(editor) => {
                if editor.printer.print(line.to_owned()).is_err() {
                    plain(line);
                }
            }
            None => {
                plain(line);
            }
        }
    }

    /// Names the current room in the prompt (it shows on the next
    /// redraw, which every printed line causes).
    pub(crate) fn set_room(&self, room: Option<&str>) {
        let mut shown = self.room.lock().unwrap_or_else(PoisonError::into_inner);
        room.unwrap_or_default().clone_into(&mut shown);
    }

    /// Gives the terminal back: ends the editor, and prints every line not
    /// printed yet.
    pub(crate) async fn finish(&mut self) {
        self.lines = None;
        if let Some(editor) = self.editor.take() {
            editor.stop.store(true, Ordering::Relaxed);
            editor.done.store(true, Ordering::Relaxed);
            let thread = editor.thread;
            let _ = tokio::task::spawn_blocking(move || thread.join()).await;
            // Whatever came after the thread's last look.
            while let Some(line) = editor.printer.get_line() {
                plain(&line);
            }
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
    fn spawn(prompt: RoomPrompt, color: bool, lines: mpsc::Sender<Input>) -> Self {
        let printer = ExternalPrinter::new(PRINTER_CAPACITY);
        let stop = Arc::new(AtomicBool::new(false));
        let done = Arc::new(AtomicBool::new(false));
        let editor = Reedline::create()
            .with_ansi_colors(color)
            .with_external_printer(printer.clone())
            .with_break_signal(stop.clone())
            .with_poll_interval(EDITOR_POLL);
        let thread = {
            let printer = printer.clone();
            let done = done.clone();
            std::thread::spawn(move || edit(editor, &prompt, &printer, &done, &lines))
        };
        Self {
            printer,
            stop,
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
    printer: &ExternalPrinter<String>,
    done: &AtomicBool,
    lines: &mpsc::Sender<Input>,
) {
    loop {
        let input = match editor.read_line(prompt) {
            Ok(Signal::Success(line)) => Input::Line(line),
            Ok(Signal::CtrlC) => Input::Interrupt,
            Ok(Signal::ExternalBreak(_)) => break,
            Ok(Signal::CtrlD) | Err(_) => Input::End,
            Ok(_) => continue,
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
    loop {
        match printer.receiver().recv_timeout(EDITOR_POLL) {
            Ok(line) => {
                plain(&line);
            }
            Err(_) if done.load(Ordering::Relaxed) => break,
            Err(_) => {}
        }
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
