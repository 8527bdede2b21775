//! The nats-server child process of a NATS run: found on PATH (or in the
//! sbin directories), started on 127.0.0.1 with a free port, waited for
//! until it accepts connections, killed when dropped.

use std::{
    net::TcpStream,
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use crate::bench::{
    child::{remove, temp_dir},
    fail, sys, BenchError, Result,
};

/// Finds the nats-server binary: a path, or a name on PATH or in the sbin
/// directories (Debian installs it in /usr/sbin).
pub(crate) fn find_binary(name: &str) -> Option<PathBuf> {
    if name.contains('/') {
        let path = PathBuf::from(name);
        return path.is_file().then_some(path);
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(["/usr/sbin", "/usr/local/sbin", "/sbin"].map(PathBuf::from))
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// A nats-server child process, killed when dropped.
pub(crate) struct NatsProcess {
    child: Child,
    /// host:port.
    pub(crate) address: String,
    dir: Option<PathBuf>,
}

impl NatsProcess {
    /// Starts `bin` on 127.0.0.1 with a free port (and JetStream with its
    /// store in a temporary directory, if asked) and waits until it
    /// accepts connections.
    pub(crate) async fn start(bin: &Path, jetstream: bool) -> Result<Self> {
        let port = sys::free_port().map_err(|e| fail("no free port")(e.to_string()))?;
        let mut command = Command::new(bin);
        command.args(["-a", "127.0.0.1", "-p", &port.to_string()]);
        let dir = if jetstream {
            let dir = temp_dir("confab-bench-nats")?;
            command.arg("-js").arg("-sd").arg(&dir);
            Some(dir)
        } else {
            None
        };
        let spawned = command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        let child = match spawned {
            Ok(child) => child,
            Err(error) => {
                remove(dir);
                return Err(fail(format!("cannot start {}", bin.display()))(
                    error.to_string(),
                ));
            }
        };
        let mut server = Self {
            child,
            address: format!("127.0.0.1:{port}"),
            dir,
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if TcpStream::connect(&server.address).is_ok() {
                return Ok(server);
            }
            if let Ok(Some(status)) = server.child.try_wait() {
                return Err(BenchError(format!("nats-server exited: {status}")));
            }
            if Instant::now() > deadline {
                return Err(BenchError("nats-server did not start listening".into()));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Its process id.
    pub(crate) fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for NatsProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        remove(self.dir.take());
    }
}
