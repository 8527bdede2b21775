//! The real `confab` binary as a child process, and what it prints;
//! servers for it to talk to are real `confab-server` children too
//! ([`Server`], on the shared launcher in [`super::process`]).
//!
//! Every child's stdout and stderr are read line by line on threads and
//! sent through a channel, so a test waits for a specific line with a
//! bounded timeout (`WAIT`) instead of sleeping. A wait that times out
//! fails the test and shows everything the child printed.
//! [`super::pty`] runs a child on a pseudo-terminal instead, and reads its
//! screen.

use std::{
    io::{BufRead, BufReader, Read, Write},
    path::{Path, PathBuf},
    process::{Child, ChildStdin, Command, Stdio},
    sync::mpsc,
    time::Instant,
};

use confab::bench::child::ServerProcess;

use super::{process::confab_server, WAIT};

/// Which stream a line came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Out,
    Err,
}

/// The lines a child prints, as they come.
pub struct Lines {
    name: String,
    rx: mpsc::Receiver<Option<(Stream, String)>>,
    /// Every line received so far.
    pub seen: Vec<(Stream, String)>,
    /// How far into `seen` waits on stdout and on stderr have gone (each
    /// stream is read in order on its own).
    read: [usize; 2],
    open_streams: usize,
}

impl Lines {
    fn new(name: &str, child: &mut Child) -> Self {
        let (tx, rx) = mpsc::channel();
        let stdout = child.stdout.take().expect("piped stdout");
        let stderr = child.stderr.take().expect("piped stderr");
        read_lines(stdout, Stream::Out, tx.clone());
        read_lines(stderr, Stream::Err, tx);
        Self {
            name: name.to_owned(),
            rx,
            seen: Vec::new(),
            read: [0, 0],
            open_streams: 2,
        }
    }

    /// Waits for the next line on `stream` (after those already waited
    /// for on that stream) that matches; returns it. Lines skipped on the
    /// way stay in `seen`.
    pub fn wait(&mut self, stream: Stream, what: &str, matches: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + WAIT;
        let read = stream as usize;
        loop {
            while self.read[read] < self.seen.len() {
                let (s, line) = &self.seen[self.read[read]];
                self.read[read] += 1;
                if *s == stream && matches(line) {
                    return line.clone();
                }
            }
            if self.open_streams == 0 {
                panic!(
                    "{}: ended without printing {what}\n{}",
                    self.name,
                    self.transcript()
                );
            }
            self.receive(deadline, &format!("no line {what}"));
        }
    }

    /// Waits until both streams are closed (the child exited).
    pub fn wait_closed(&mut self) {
        let deadline = Instant::now() + WAIT;
        while self.open_streams > 0 {
            self.receive(deadline, "did not end");
        }
    }

    /// Takes the next line, or the end of a stream, from the readers;
    /// fails the test (`failure` says how) if none comes by `deadline`.
    fn receive(&mut self, deadline: Instant, failure: &str) {
        let left = deadline.saturating_duration_since(Instant::now());
        match self.rx.recv_timeout(left) {
            Ok(Some(line)) => self.seen.push(line),
            Ok(None) => self.open_streams -= 1,
            Err(_) => panic!(
                "{}: {failure} within {WAIT:?}\n{}",
                self.name,
                self.transcript()
            ),
        }
    }

    /// Every line of one stream so far.
    pub fn of(&self, stream: Stream) -> Vec<String> {
        self.seen
            .iter()
            .filter(|(s, _)| *s == stream)
            .map(|(_, line)| line.clone())
            .collect()
    }

    /// Everything printed so far, for failure messages.
    pub fn transcript(&self) -> String {
        self.seen
            .iter()
            .map(|(s, line)| {
                format!(
                    "  {}| {line}",
                    if *s == Stream::Out { "out" } else { "err" }
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

fn read_lines(
    reader: impl Read + Send + 'static,
    stream: Stream,
    tx: mpsc::Sender<Option<(Stream, String)>>,
) {
    std::thread::spawn(move || {
        for line in BufReader::new(reader).lines() {
            let Ok(line) = line else { break };
            if tx.send(Some((stream, line))).is_err() {
                return;
            }
        }
        let _ = tx.send(None);
    });
}

/// Sends a signal (`TERM`, `KILL`, `STOP`, `CONT`, `INT`) to a process.
pub fn signal(pid: u32, name: &str) {
    let status = Command::new("kill")
        .arg(format!("-{name}"))
        .arg(pid.to_string())
        .status()
        .expect("run kill");
    assert!(status.success(), "kill -{name} {pid} failed");
}

/// A `confab` command with no `CONFAB_*` or `NO_COLOR` from the test's
/// environment, and its state directory (where `confab chat` keeps its
/// cursors) in the build's temporary folder instead of the user's home:
/// tests that chat pass their own with `--state-dir` (see
/// [`Server::state_dir`]).
pub fn confab_command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_confab"));
    command
        .env_remove("CONFAB_SERVER")
        .env_remove("CONFAB_USER")
        .env_remove("CONFAB_TOKEN")
        .env_remove("CONFAB_TOKEN_FILE")
        .env_remove("NO_COLOR")
        .env(
            "CONFAB_STATE_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-state"),
        );
    command
}

/// A child process whose output is read line by line.
pub struct Proc {
    pub name: String,
    child: Child,
    stdin: Option<ChildStdin>,
    pub lines: Lines,
    code: Option<i32>,
}

impl Proc {
    /// Starts `command` with piped stdin, stdout and stderr.
    pub fn spawn(name: &str, mut command: Command) -> Self {
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("{name}: cannot start: {e}"));
        let stdin = child.stdin.take();
        let lines = Lines::new(name, &mut child);
        Self {
            name: name.to_owned(),
            child,
            stdin,
            lines,
            code: None,
        }
    }

    /// Starts `confab` with these arguments.
    pub fn confab(name: &str, args: &[&str]) -> Self {
        let mut command = confab_command();
        command.args(args);
        Self::spawn(name, command)
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Types a line on the child's stdin.
    pub fn type_line(&mut self, line: &str) {
        let stdin = self.stdin.as_mut().expect("stdin open");
        writeln!(stdin, "{line}")
            .and_then(|()| stdin.flush())
            .unwrap_or_else(|e| panic!("{}: cannot write stdin: {e}", self.name));
    }

    /// Closes the child's stdin (end of input).
    pub fn close_stdin(&mut self) {
        self.stdin = None;
    }

    /// Waits for a stdout line that matches.
    pub fn out(&mut self, what: &str, matches: impl Fn(&str) -> bool) -> String {
        self.lines.wait(Stream::Out, what, matches)
    }

    /// Waits for a stdout line that ends with `suffix`.
    pub fn out_ends(&mut self, suffix: &str) -> String {
        self.out(&format!("ending with {suffix:?}"), |l| l.ends_with(suffix))
    }

    /// Waits for a stdout line that contains `part`.
    pub fn out_has(&mut self, part: &str) -> String {
        self.out(&format!("containing {part:?}"), |l| l.contains(part))
    }

    /// Waits for a stderr line that contains `part`.
    pub fn err_has(&mut self, part: &str) -> String {
        self.lines
            .wait(Stream::Err, &format!("containing {part:?}"), |l| {
                l.contains(part)
            })
    }

    /// Waits for the child to exit (its output closed), returns its exit
    /// code.
    pub fn exit_code(&mut self) -> i32 {
        if let Some(code) = self.code {
            return code;
        }
        self.lines.wait_closed();
        let status = self.child.wait().expect("wait for child");
        let code = status.code().unwrap_or(-1);
        self.code = Some(code);
        code
    }

    /// Every stdout line so far.
    pub fn stdout(&self) -> Vec<String> {
        self.lines.of(Stream::Out)
    }

    /// Every stderr line so far.
    pub fn stderr(&self) -> Vec<String> {
        self.lines.of(Stream::Err)
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        if self.code.is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// What a finished `confab` run printed.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: Vec<String>,
    pub stderr: Vec<String>,
}

impl Run {
    /// Asserts exit code 0 and returns stdout.
    #[track_caller]
    pub fn ok(self) -> Vec<String> {
        assert_eq!(self.code, 0, "confab failed: {self:#?}");
        self.stdout
    }

    /// The only stdout line, after asserting success.
    #[track_caller]
    pub fn line(self) -> String {
        let stdout = self.ok();
        assert_eq!(stdout.len(), 1, "expected one line: {stdout:?}");
        stdout.into_iter().next().unwrap_or_default()
    }

    /// stdout parsed as JSON lines, after asserting success.
    #[track_caller]
    pub fn json(self) -> Vec<serde_json::Value> {
        self.ok()
            .iter()
            .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{line:?}: {e}")))
            .collect()
    }
}

/// Runs `confab` with these arguments and no input, to the end.
pub fn confab(args: &[&str]) -> Run {
    let mut command = confab_command();
    command.args(args);
    run_command(command)
}

/// Runs a prepared command with no input, to the end.
pub fn run_command(command: Command) -> Run {
    let mut proc = Proc::spawn("confab", command);
    proc.close_stdin();
    let code = proc.exit_code();
    Run {
        code,
        stdout: proc.stdout(),
        stderr: proc.stderr(),
    }
}

/// A `confab-server` process on loopback with a SQLite database, killed
/// when dropped.
pub struct Server {
    process: ServerProcess,
    pub port: u16,
    pub db: PathBuf,
}

impl Server {
    /// Starts a server on `port` (0: any free port) with the database at
    /// `db`, and waits until it listens.
    pub fn start(db: &Path, port: u16) -> Self {
        Self::start_with(db, port, &[])
    }

    /// The same, with more server flags (`--auth jwt ...`).
    pub fn start_with(db: &Path, port: u16, args: &[&str]) -> Self {
        let process = confab_server()
            .listen(format!("127.0.0.1:{port}"))
            .store(format!("sqlite://{}", db.display()))
            .args(args.iter().copied())
            .start()
            .unwrap_or_else(|e| panic!("confab-server: {e}"));
        let address = process.address();
        let port = address
            .strip_prefix("127.0.0.1:")
            .and_then(|port| port.parse().ok())
            .unwrap_or_else(|| panic!("not a loopback address with a port: {address:?}"));
        Self {
            process,
            port,
            db: db.to_owned(),
        }
    }

    /// `127.0.0.1:PORT`.
    pub fn addr(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// Where chats with this server keep their cursors: beside its
    /// database, so a test's runs share it and other tests do not.
    pub fn state_dir(&self) -> PathBuf {
        self.db.with_extension("cli-state")
    }

    /// Stops the server with SIGTERM (graceful: streams end with
    /// UNAVAILABLE) and waits for it to exit.
    pub fn terminate(mut self) {
        let status = self
            .process
            .terminate(WAIT)
            .unwrap_or_else(|e| panic!("server: {e}"));
        assert!(
            status.success(),
            "server: {status}\n{}",
            self.process.output().join("\n")
        );
    }

    /// Kills the server with SIGKILL (no goodbye) and waits for it to die.
    pub fn kill(mut self) {
        self.process
            .kill()
            .unwrap_or_else(|e| panic!("server: {e}"));
    }
}

/// A fresh server with its own database.
pub fn server() -> (tempfile::TempDir, Server) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let server = Server::start(&dir.path().join("confab.db"), 0);
    (dir, server)
}

/// `confab --server ADDR --user USER ARGS...`.
pub fn as_user(server: &Server, user: &str, args: &[&str]) -> Run {
    let addr = server.addr();
    let mut all = vec!["--server", &addr, "--user", user];
    all.extend_from_slice(args);
    confab(&all)
}

/// The arguments of `confab chat` as `user` on `server`, keeping its
/// cursors in the server's state directory, then `args`.
pub fn chat_args(server: &Server, user: &str, args: &[&str]) -> Vec<String> {
    let state = server.state_dir().display().to_string();
    let mut all: Vec<String> = ["--server", &server.addr(), "--user", user, "chat"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    all.extend(["--state-dir".to_owned(), state]);
    all.extend(args.iter().map(|s| (*s).to_owned()));
    all
}

/// `confab chat` as `user` with piped input, not waiting for anything.
pub fn start_chat(server: &Server, user: &str, args: &[&str]) -> Proc {
    let all = chat_args(server, user, args);
    let all: Vec<&str> = all.iter().map(String::as_str).collect();
    Proc::confab(user, &all)
}

/// `confab chat` as `user` with piped input, waiting until it is
/// connected.
pub fn chat(server: &Server, user: &str, args: &[&str]) -> Proc {
    let mut proc = start_chat(server, user, args);
    proc.out_has("* connected to");
    proc
}

/// How many lines end with `suffix`.
pub fn count(lines: &[String], suffix: &str) -> usize {
    lines.iter().filter(|l| l.ends_with(suffix)).count()
}
