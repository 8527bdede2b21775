//! What the bench reads from the operating system: a process's CPU time and
//! resident memory from `/proc`, the open-file limit, a free loopback port,
//! and a wait for a server to go quiet.

use std::{
    io,
    net::TcpListener,
    time::{Duration, Instant},
};

/// Clock ticks per second, the unit of `utime` and `stime` in
/// `/proc/PID/stat`.
fn clock_ticks() -> f64 {
    // SAFETY: sysconf has no preconditions.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    if ticks > 0 {
        ticks as f64
    } else {
        100.0
    }
}

/// The CPU time (user + system) a process has used, in seconds.
pub(crate) fn cpu_seconds(pid: u32) -> io::Result<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))?;
    // The command name (field 2) is in parentheses and may hold spaces:
    // count the fields after the last ')'.
    let after = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest)
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "bad /proc/PID/stat"))?;
    let fields: Vec<&str> = after.split_whitespace().collect();
    // After the name: state is field 3, so utime (14) and stime (15) are at
    // indices 11 and 12.
    let tick = |index: usize| -> io::Result<u64> {
        fields
            .get(index)
            .and_then(|f| f.parse().ok())
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "bad /proc/PID/stat"))
    };
    Ok((tick(11)? + tick(12)?) as f64 / clock_ticks())
}

/// CPU time the whole machine has spent, in seconds over every core:
/// `(busy, interrupts)`. Busy is user, nice, system and steal; interrupts
/// is irq and softirq, where the kernel does most of the work of loopback
/// TCP and which no process's own CPU time includes.
pub(crate) fn machine_cpu_seconds() -> (f64, f64) {
    let Ok(stat) = std::fs::read_to_string("/proc/stat") else {
        return (0.0, 0.0);
    };
    let Some(line) = stat.lines().find(|l| l.starts_with("cpu ")) else {
        return (0.0, 0.0);
    };
    let ticks: Vec<u64> = line
        .split_whitespace()
        .skip(1)
        .filter_map(|f| f.parse().ok())
        .collect();
    // user nice system idle iowait irq softirq steal (guest time is
    // already counted in user).
    let field = |i: usize| ticks.get(i).copied().unwrap_or(0);
    let busy = field(0) + field(1) + field(2) + field(7);
    let interrupts = field(5) + field(6);
    (
        busy as f64 / clock_ticks(),
        interrupts as f64 / clock_ticks(),
    )
}

/// The CPU time this very process has used, in seconds.
pub(crate) fn own_cpu_seconds() -> f64 {
    cpu_seconds(std::process::id()).unwrap_or(0.0)
}

/// A process's resident set size (`VmRSS`), in KiB.
pub(crate) fn rss_kib(pid: u32) -> io::Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|kib| kib.parse().ok())
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "no VmRSS in /proc/PID/status"))
}

/// Raises this process's soft limit on open files to its hard limit (child
/// processes, such as the servers the bench starts, inherit it). Returns
/// the soft limit now in force.
pub(crate) fn raise_open_files() -> u64 {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit and setrlimit only read and write `limit`.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) != 0 {
            return 0;
        }
        if limit.rlim_cur < limit.rlim_max {
            let wanted = libc::rlimit {
                rlim_cur: limit.rlim_max,
                rlim_max: limit.rlim_max,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &wanted) == 0 {
                limit.rlim_cur = limit.rlim_max;
            }
        }
    }
    #[allow(clippy::unnecessary_cast)] // rlim_t is not u64 everywhere
    let current = limit.rlim_cur as u64;
    current
}

/// How many files this process has open.
pub(crate) fn open_files() -> usize {
    std::fs::read_dir("/proc/self/fd").map_or(0, |dir| dir.count())
}

/// Waits until this process has at most `limit` files open (connections
/// of an earlier run close in the background), or `patience` has passed.
pub(crate) async fn wait_for_open_files(limit: usize, patience: Duration) -> usize {
    let start = Instant::now();
    loop {
        let open = open_files();
        if open <= limit || start.elapsed() >= patience {
            return open;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A TCP port on 127.0.0.1 that was free a moment ago.
pub(crate) fn free_port() -> io::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// The CPU time `pids` have used together, in seconds (a process that
/// cannot be read counts as none).
pub(crate) fn cpu_seconds_of(pids: &[u32]) -> f64 {
    pids.iter()
        .map(|&pid| cpu_seconds(pid).unwrap_or(0.0))
        .sum()
}

/// The resident memory of `pids` together, in KiB.
pub(crate) fn rss_kib_of(pids: &[u32]) -> io::Result<u64> {
    pids.iter().map(|&pid| rss_kib(pid)).sum()
}

/// Waits until `pids` together use less than 5% of a core over two 200 ms
/// windows in a row (work left over from setting up, such as presence
/// fan-out, is then done), or `limit` has passed. Returns how long it
/// waited.
pub(crate) async fn quiesce(pids: &[u32], limit: Duration) -> Duration {
    let start = Instant::now();
    let window = Duration::from_millis(200);
    let mut quiet = 0;
    let mut before = cpu_seconds_of(pids);
    while start.elapsed() < limit {
        tokio::time::sleep(window).await;
        let now = cpu_seconds_of(pids);
        if now - before < 0.05 * window.as_secs_f64() {
            quiet += 1;
            if quiet >= 2 {
                break;
            }
        } else {
            quiet = 0;
        }
        before = now;
    }
    start.elapsed()
}

/// The machine, for the report: logical CPUs and memory in GiB.
pub(crate) fn machine() -> (usize, f64) {
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    let memory_kib = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find_map(|l| l.strip_prefix("MemTotal:"))
                .and_then(|rest| rest.split_whitespace().next())
                .and_then(|kib| kib.parse::<u64>().ok())
        })
        .unwrap_or(0);
    (cpus, memory_kib as f64 / (1024.0 * 1024.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_own_cpu_and_memory() {
        let pid = std::process::id();
        assert!(cpu_seconds(pid).unwrap() >= 0.0);
        assert!(rss_kib(pid).unwrap() > 0);
    }
}
