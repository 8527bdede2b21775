//! A `confab-server` child process: starting it, waiting until it
//! listens, and stopping it.
//!
//! [`ServerCommand`] and [`ServerProcess`] are public so that everything
//! that needs a real server binary (the bench, and integration tests that
//! kill or restart one) starts it the same way:
//!
//! ```no_run
//! use confab::bench::child::ServerCommand;
//!
//! # fn main() -> Result<(), confab::bench::child::ChildError> {
//! let mut server = ServerCommand::new("target/debug/confab-server")
//!     .store("memory")
//!     .args(["--rate-per-user", "0"])
//!     .start()?; // returns once the server says where it listens
//! println!("confab at {} (pid {})", server.address(), server.pid());
//! server.kill()?; // SIGKILL; dropping the process does the same
//! # Ok(())
//! # }
//! ```
//!
//! The child's stdout (its log) is read to its end on a thread of its own,
//! so the server never blocks on a full pipe; the last lines are kept for
//! [`ServerProcess::output`]. Its stderr is the caller's.

use std::{
    collections::VecDeque,
    io::{self, BufRead, BufReader},
    path::PathBuf,
    process::{Child, ChildStdout, Command, ExitStatus, Stdio},
    sync::{
        atomic::{AtomicU64, Ordering},
        mpsc, Arc, Mutex,
    },
    thread::JoinHandle,
    time::{Duration, Instant, SystemTime, UNIX_EPOCH},
};

/// How many of the child's last log lines [`ServerProcess::output`] keeps.
const OUTPUT_LINES: usize = 200;

/// What went wrong with a server child process.
#[derive(Debug, thiserror::Error)]
pub enum ChildError {
    /// The temporary directory for the server's store could not be made.
    #[error("cannot create {}: {source}", path.display())]
    TempDir {
        /// The directory.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// The binary could not be started.
    #[error("cannot start {}: {source}", bin.display())]
    Spawn {
        /// The binary.
        bin: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// The server did not log where it listens in time.
    #[error("{} did not say where it listens", bin.display())]
    Silent {
        /// The binary.
        bin: PathBuf,
    },
    /// The server exited before it listened.
    #[error("{} exited before listening", bin.display())]
    ExitedEarly {
        /// The binary.
        bin: PathBuf,
    },
    /// A signal could not be sent, or the child could not be waited for.
    #[error("cannot stop process {pid}: {source}")]
    Stop {
        /// The child's process id.
        pid: u32,
        /// Why.
        source: io::Error,
    },
    /// The server was still running when [`ServerProcess::terminate`] gave
    /// up waiting (it is killed when dropped).
    #[error("process {pid} still runs {waited:?} after SIGTERM")]
    StillRunning {
        /// The child's process id.
        pid: u32,
        /// How long it was given.
        waited: Duration,
    },
}

/// How to start a `confab-server` child: `--listen 127.0.0.1:0` (any free
/// port) unless told otherwise, `--store` the given store or SQLite in a
/// fresh temporary directory (removed with the process), then any extra
/// flags, with `RUST_LOG=info` and `NO_COLOR=1`.
#[derive(Clone, Debug)]
pub struct ServerCommand {
    bin: PathBuf,
    listen: String,
    store: Option<String>,
    args: Vec<String>,
    wait: Duration,
}

impl ServerCommand {
    /// The server binary at `bin` (in tests:
    /// `env!("CARGO_BIN_EXE_confab-server")`).
    pub fn new(bin: impl Into<PathBuf>) -> Self {
        Self {
            bin: bin.into(),
            listen: "127.0.0.1:0".into(),
            store: None,
            args: Vec::new(),
            wait: Duration::from_secs(20),
        }
    }

    /// Listens on `address` (e.g. the port an earlier server had) instead
    /// of any free loopback port.
    pub fn listen(mut self, address: impl Into<String>) -> Self {
        self.listen = address.into();
        self
    }

    /// The store URL (`--store`), e.g. `sqlite:///path/to.db` or `memory`.
    pub fn store(mut self, url: impl Into<String>) -> Self {
        self.store = Some(url.into());
        self
    }

    /// More flags, after `--listen` and `--store`.
    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    /// How long [`start`](Self::start) waits for the server to say where
    /// it listens (default 20 s).
    pub fn wait(mut self, limit: Duration) -> Self {
        self.wait = limit;
        self
    }

    /// Starts the server and blocks until it logs `listening on ADDRESS`
    /// (at most the [`wait`](Self::wait) limit). From async code, call it
    /// in `tokio::task::spawn_blocking`.
    pub fn start(&self) -> Result<ServerProcess, ChildError> {
        let (store, dir) = match &self.store {
            Some(store) => (store.clone(), None),
            None => {
                let dir = temp_dir("confab-server")?;
                let url = format!("sqlite://{}", dir.join("confab.db").display());
                (url, Some(dir))
            }
        };
        let spawned = Command::new(&self.bin)
            .args(["--listen", &self.listen, "--store", &store])
            .args(&self.args)
            .env("RUST_LOG", "info")
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn();
        let mut child = match spawned {
            Ok(child) => child,
            Err(source) => {
                remove(dir);
                return Err(ChildError::Spawn {
                    bin: self.bin.clone(),
                    source,
                });
            }
        };
        let stdout = child.stdout.take();
        let output = Arc::new(Mutex::new(VecDeque::new()));
        // From here on, dropping `server` kills the child and removes `dir`.
        let mut server = ServerProcess {
            child,
            address: String::new(),
            dir,
            output: output.clone(),
            reader: None,
        };
        let (tx, rx) = mpsc::channel();
        if let Some(stdout) = stdout {
            server.reader = Some(std::thread::spawn(move || read_log(stdout, &output, tx)));
        }
        server.address = rx.recv_timeout(self.wait).map_err(|error| match error {
            mpsc::RecvTimeoutError::Timeout => ChildError::Silent {
                bin: self.bin.clone(),
            },
            mpsc::RecvTimeoutError::Disconnected => ChildError::ExitedEarly {
                bin: self.bin.clone(),
            },
        })?;
        Ok(server)
    }
}

/// Reads the child's log to its end, keeping the last lines in `output`,
/// and sends the address of the first `listening on ADDRESS` line.
fn read_log(stdout: ChildStdout, output: &Mutex<VecDeque<String>>, tx: mpsc::Sender<String>) {
    let mut tx = Some(tx);
    for line in BufReader::new(stdout).lines().map_while(|l| l.ok()) {
        let address = line
            .split("listening on ")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .map(str::to_owned);
        // Kept before the address is told, so whoever learns the address
        // finds the line that gave it in the output.
        {
            let mut output = output.lock().unwrap_or_else(|p| p.into_inner());
            if output.len() == OUTPUT_LINES {
                output.pop_front();
            }
            output.push_back(line);
        }
        // Other lines (the metrics address, say) may come first.
        if let Some(address) = address {
            if let Some(tx) = tx.take() {
                let _ = tx.send(address);
            }
        }
    }
}

/// A running `confab-server` child, killed (SIGKILL) when dropped; its
/// temporary store, if it has one, is removed then.
#[derive(Debug)]
pub struct ServerProcess {
    child: Child,
    address: String,
    dir: Option<PathBuf>,
    output: Arc<Mutex<VecDeque<String>>>,
    /// The thread reading its stdout; it ends when the child is gone.
    reader: Option<JoinHandle<()>>,
}

impl ServerProcess {
    /// Where it listens: `host:port`, as it logged it.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// Its process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The last lines (at most 200) it wrote on stdout, its log; all of
    /// them up to its exit once [`kill`](Self::kill) or
    /// [`terminate`](Self::terminate) has returned.
    pub fn output(&self) -> Vec<String> {
        let output = self.output.lock().unwrap_or_else(|p| p.into_inner());
        output.iter().cloned().collect()
    }

    /// Kills it with SIGKILL (no goodbye) and waits for it to die.
    pub fn kill(&mut self) -> Result<ExitStatus, ChildError> {
        let pid = self.pid();
        let stop = |source| ChildError::Stop { pid, source };
        self.child.kill().map_err(stop)?;
        let status = self.child.wait().map_err(stop)?;
        self.finish_reading();
        Ok(status)
    }

    /// Asks it to stop with SIGTERM (a graceful shutdown) and waits, at
    /// most `wait`, for it to exit.
    pub fn terminate(&mut self, wait: Duration) -> Result<ExitStatus, ChildError> {
        let pid = self.pid();
        let stop = |source| ChildError::Stop { pid, source };
        // Once reaped, its pid may belong to another process by now.
        if let Some(status) = self.child.try_wait().map_err(stop)? {
            return Ok(status);
        }
        let target = libc::pid_t::try_from(pid)
            .map_err(|_| stop(io::Error::from(io::ErrorKind::InvalidInput)))?;
        // SAFETY: kill(2) only sends a signal, to our own child, which is
        // not reaped yet (so its pid is still its own).
        if unsafe { libc::kill(target, libc::SIGTERM) } != 0 {
            return Err(stop(io::Error::last_os_error()));
        }
        let deadline = Instant::now() + wait;
        loop {
            if let Some(status) = self.child.try_wait().map_err(stop)? {
                self.finish_reading();
                return Ok(status);
            }
            if Instant::now() >= deadline {
                return Err(ChildError::StillRunning { pid, waited: wait });
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Waits (briefly: the child is gone, so its stdout is at its end) for
    /// the reader to take the last lines of the log.
    fn finish_reading(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(5);
        while self.reader.as_ref().is_some_and(|r| !r.is_finished()) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
        if let Some(reader) = self.reader.take_if(|r| r.is_finished()) {
            let _ = reader.join();
        }
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        // A child already reaped by `kill` or `terminate` is not signalled
        // again.
        let _ = self.child.kill();
        let _ = self.child.wait();
        remove(self.dir.take());
    }
}

/// A new, empty directory under the system's temporary directory.
pub(crate) fn temp_dir(prefix: &str) -> Result<PathBuf, ChildError> {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let path = std::env::temp_dir().join(format!(
        "{prefix}-{}-{nanos}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    match std::fs::create_dir_all(&path) {
        Ok(()) => Ok(path),
        Err(source) => Err(ChildError::TempDir { path, source }),
    }
}

/// Removes `dir` and everything in it, if there is one.
pub(crate) fn remove(dir: Option<PathBuf>) {
    if let Some(dir) = dir {
        let _ = std::fs::remove_dir_all(dir);
    }
}
