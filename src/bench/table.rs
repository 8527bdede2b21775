//! The findings for people: the table `confab-bench` prints, and the one
//! line per run it writes on stderr as it goes.

use std::fmt::Write as _;

use super::{Report, Scenario, Summary};

/// One run in one line, for the progress lines.
pub(crate) fn one_line(report: &Report) -> String {
    let mut line = String::new();
    if report.expected_deliveries > 0 {
        let _ = write!(
            line,
            "{} deliveries in {:.2} s = {:.0}/s, lost {} dup {} ooo {}",
            report.deliveries,
            report.wall_s,
            report.deliveries_per_s,
            report.lost,
            report.duplicates,
            report.out_of_order
        );
    } else if report.sends > 0 {
        let _ = write!(
            line,
            "{} acked sends in {:.2} s = {:.0}/s",
            report.sends, report.wall_s, report.sends_per_s
        );
    }
    if let Some(cpu) = report
        .server_cpu_us_per_delivery
        .or(report.server_cpu_us_per_send)
    {
        let _ = write!(line, ", server CPU {cpu:.3} µs each");
    }
    if let (Some(p50), Some(p99)) = (report.latency_p50_us, report.latency_p99_us) {
        let _ = write!(
            line,
            ", p50 {:.3} ms p99 {:.3} ms",
            p50 as f64 / 1000.0,
            p99 as f64 / 1000.0
        );
    }
    if let Some(bytes) = report.rss_per_session_bytes {
        let _ = write!(line, "RSS {:.2} KiB per session", bytes / 1024.0);
    }
    if report.send_errors > 0 || report.broken_streams > 0 {
        let _ = write!(
            line,
            " ({} send errors, {} broken streams)",
            report.send_errors, report.broken_streams
        );
    }
    line
}

/// The summary as a table for people.
pub fn table(summary: &Summary) -> String {
    let mut out = String::new();
    let runs = summary.confab.runs.len();
    let _ = writeln!(out, "confab-bench {}", summary.load.describe());
    let _ = writeln!(
        out,
        "{} CPUs, {:.1} GiB, open-file limit {}, {}; {} run{}{}",
        summary.cpus,
        summary.memory_gib,
        summary.open_files_limit,
        summary.date,
        runs,
        if runs == 1 { "" } else { "s" },
        if runs > 1 {
            ", medians (loss, duplicates, disorder: worst run)"
        } else {
            ""
        }
    );
    if let Some(reason) = &summary.nats_skipped {
        let _ = writeln!(out, "NATS reference skipped: {reason}");
    }
    let confab = &summary.confab.median;
    let nats = summary.nats.as_ref().map(|s| &s.median);
    let ratios = summary.ratios.clone().unwrap_or_default();
    let _ = writeln!(
        out,
        "{:<34} {:>14} {:>14} {:>12}",
        "",
        "confab",
        if nats.is_some() { "NATS" } else { "" },
        if nats.is_some() { "confab/NATS" } else { "" }
    );
    let mut row = |name: &str, get: &dyn Fn(&Report) -> Option<String>, ratio: Option<f64>| {
        let a = get(confab);
        let b = nats.and_then(get);
        if a.is_none() && b.is_none() {
            return;
        }
        let _ = writeln!(
            out,
            "{:<34} {:>14} {:>14} {:>12}",
            name,
            a.unwrap_or_else(|| "-".into()),
            b.unwrap_or_default(),
            ratio.map_or(String::new(), |r| format!("{r:.2}x"))
        );
    };
    let deliveries =
        summary.load.expected_deliveries() > 0 || summary.load.scenario == Scenario::Hostile;
    let sends = summary.load.scenario != Scenario::Idle;
    row("connections", &|r| Some(r.connections.to_string()), None);
    if sends {
        row("acked sends", &|r| Some(r.sends.to_string()), None);
        row(
            "send errors",
            &|r| (r.send_errors > 0).then(|| r.send_errors.to_string()),
            None,
        );
    }
    if deliveries {
        row("deliveries", &|r| Some(r.deliveries.to_string()), None);
        row(
            "lost / duplicates / out-of-order",
            &|r| Some(format!("{}/{}/{}", r.lost, r.duplicates, r.out_of_order)),
            None,
        );
        row(
            "broken streams",
            &|r| (r.broken_streams > 0).then(|| r.broken_streams.to_string()),
            None,
        );
    }
    if sends {
        row("wall s", &|r| Some(format!("{:.2}", r.wall_s)), None);
    }
    if deliveries {
        row(
            "deliveries/s",
            &|r| Some(format!("{:.0}", r.deliveries_per_s)),
            ratios.deliveries_per_s,
        );
    }
    if sends {
        row(
            "acked sends/s",
            &|r| Some(format!("{:.0}", r.sends_per_s)),
            ratios.sends_per_s,
        );
    }
    if deliveries {
        row(
            "server CPU µs/delivery",
            &|r| r.server_cpu_us_per_delivery.map(|v| format!("{v:.3}")),
            ratios.server_cpu_us_per_delivery,
        );
    } else if sends {
        row(
            "server CPU µs/send",
            &|r| r.server_cpu_us_per_send.map(|v| format!("{v:.3}")),
            ratios.server_cpu_us_per_send,
        );
    }
    if sends {
        row(
            "server CPU s",
            &|r| Some(format!("{:.2}", r.server_cpu_s)),
            None,
        );
        row(
            "bench CPU s",
            &|r| Some(format!("{:.2}", r.bench_cpu_s)),
            None,
        );
        row(
            "other processes' CPU s",
            &|r| Some(format!("{:.2}", r.other_cpu_s)),
            None,
        );
        row(
            "bus (nats-server) CPU s",
            &|r| r.bus_cpu_s.map(|cpu| format!("{cpu:.2}")),
            None,
        );
        row(
            "kernel interrupt CPU s",
            &|r| Some(format!("{:.2}", r.interrupt_cpu_s)),
            None,
        );
    }
    let of = confab
        .latency_of
        .clone()
        .unwrap_or_else(|| "delivery".into());
    let ms = |v: Option<u64>| v.map(|v| format!("{:.3}", v as f64 / 1000.0));
    row(
        &format!("{of} latency p50 ms"),
        &|r| ms(r.latency_p50_us),
        None,
    );
    row(
        &format!("{of} latency p99 ms"),
        &|r| ms(r.latency_p99_us),
        ratios.latency_p99,
    );
    row(
        &format!("{of} latency max ms"),
        &|r| ms(r.latency_max_us),
        None,
    );
    if of != "ack" {
        row("ack latency p50 ms", &|r| ms(r.ack_p50_us), None);
        row("ack latency p99 ms", &|r| ms(r.ack_p99_us), None);
    }
    row(
        "server RSS before, KiB",
        &|r| r.rss_before_kib.map(|v| v.to_string()),
        None,
    );
    row(
        "server RSS after, KiB",
        &|r| r.rss_after_kib.map(|v| v.to_string()),
        None,
    );
    row(
        "server RSS per session, KiB",
        &|r| {
            r.rss_per_session_bytes
                .map(|v| format!("{:.2}", v / 1024.0))
        },
        ratios.rss_per_session,
    );
    if summary.load.scenario == Scenario::Hostile {
        let mib = |kib: u64| format!("{:.1}", kib as f64 / 1024.0);
        row(
            "server peak RSS, MiB",
            &|r| r.hostile.as_ref().map(|h| mib(h.rss_peak_kib)),
            None,
        );
        row(
            "server RSS at the end, MiB",
            &|r| r.hostile.as_ref().map(|h| mib(h.rss_end_kib)),
            None,
        );
        row(
            "flood messages acked",
            &|r| r.hostile.as_ref().map(|h| h.flood_acked.to_string()),
            None,
        );
        row(
            "stalled sessions complete / not",
            &|r| {
                r.hostile
                    .as_ref()
                    .map(|h| format!("{}/{}", h.stalled_complete, h.stalled_incomplete))
            },
            None,
        );
        row(
            "silent connections still open",
            &|r| r.hostile.as_ref().map(|h| h.silent_open.to_string()),
            None,
        );
        row(
            "flood streams opened",
            &|r| r.hostile.as_ref().map(|h| h.streams_opened.to_string()),
            None,
        );
        row(
            "rooms created",
            &|r| r.hostile.as_ref().map(|h| h.rooms_created.to_string()),
            None,
        );
    }
    row("setup s", &|r| Some(format!("{:.1}", r.setup_s)), None);
    for (abuser, refusal) in confab.hostile.iter().flat_map(|h| &h.refusals) {
        let _ = writeln!(out, "first refusal met by the {abuser}: {refusal}");
    }
    out
}
