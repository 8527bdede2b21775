//! The hostile soak: a normal user measured while other clients abuse the
//! server, each in its own way, all at once for `--secs`:
//!
//! - stalled consumers: Chat sessions in a flooded room that stop reading
//!   (and, at the end, resume and must get every acknowledged message);
//! - a room flood: one publisher sends 4 KiB messages into that room as
//!   fast as they are acknowledged;
//! - silent connections: TCP connections that never send a byte;
//! - a stream flood: one connection opening Chat stream after Chat stream;
//! - a room-creation flood: one user joining new rooms as fast as it can.
//!
//! The normal user is a paced publisher and one subscriber in a room of
//! their own, measured like `paced`. The run reports the server's peak
//! RSS (sampled every 50 ms), the normal user's latency, that the normal
//! subscriber lost nothing, and that every stalled consumer, once it reads
//! again, got every acknowledged flood message once, in order. Whatever
//! the server does to the abusers (refuse them, close them) is counted,
//! not treated as a failure of the run.

use std::{
    sync::{
        atomic::{AtomicBool, AtomicU64, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

use futures_util::{stream as futures_stream, StreamExt, TryStreamExt};
use serde::Serialize;
use tokio::sync::{mpsc, watch};
use tokio_stream::wrappers::ReceiverStream;

use super::{
    join_all,
    publish::{Plan, Sender},
    stream, Node, SETUP_CONCURRENCY,
};
use crate::{
    bench::{
        measure::{self, LatencyOf, Meter, Progress},
        sys,
        track::{Order, Tracker},
        Load, Report, Result,
    },
    pb::{self, chat_response::Frame, event::Kind},
};

/// The mix of abusers (all configurable on the command line).
#[derive(Clone, Debug, Serialize)]
pub struct HostileMix {
    /// Chat sessions in the flooded room that stop reading.
    pub stalled: usize,
    /// TCP connections that send nothing.
    pub silent: usize,
    /// Chat streams opened on one connection.
    pub streams: usize,
    /// Bytes of each flood message.
    pub flood_size: usize,
    /// Rooms the room-creation flood tries to make.
    pub rooms: usize,
    /// How long the abuse lasts, seconds.
    pub secs: u64,
}

/// What the soak found besides the normal user's figures.
#[derive(Clone, Debug, Default, Serialize)]
pub struct HostileFindings {
    /// The server's highest RSS over the run, KiB.
    pub rss_peak_kib: u64,
    /// Its RSS once the stalled consumers had caught up, KiB.
    pub rss_end_kib: u64,
    /// Flood messages acknowledged.
    pub flood_acked: u64,
    /// Stalled consumers that, reading again, got every acknowledged
    /// flood message once, in order.
    pub stalled_complete: usize,
    /// Stalled consumers that did not (lost, repeated, reordered, or cut).
    pub stalled_incomplete: usize,
    /// Silent connections still open at the end.
    pub silent_open: usize,
    /// Chat streams the flooding connection got opened.
    pub streams_opened: usize,
    /// Rooms the creation flood made.
    pub rooms_created: u64,
    /// The first refusal each abuser met, by abuser.
    pub refusals: std::collections::BTreeMap<&'static str, String>,
}

/// Runs the soak once.
pub(super) async fn run(
    server: &Node,
    load: &Load,
    tag: &str,
    say: &dyn Fn(String),
) -> Result<Report> {
    let mix = &load.hostile;
    let setup = Instant::now();
    let address = server.address.as_str();
    let admin = stream::admin_channel(address).await?;
    let flood_room = format!("{tag}flood");
    let calm_room = format!("{tag}calm");
    let flooder = format!("{tag}flooder");
    let (normal_pub, normal_sub) = (format!("{tag}alice"), format!("{tag}bob"));
    let stalled_users: Vec<String> = (0..mix.stalled).map(|i| format!("{tag}st{i}")).collect();
    let joins = stalled_users
        .iter()
        .map(|u| (u.clone(), flood_room.clone()))
        .chain([
            (flooder.clone(), flood_room.clone()),
            (normal_pub.clone(), calm_room.clone()),
            (normal_sub.clone(), calm_room.clone()),
        ]);
    join_all(&admin, joins).await?;

    say(format!("hostile: opening {} stalled sessions", mix.stalled));
    let stalled = futures_stream::iter(stalled_users.clone())
        .map(|user| async move { stream::open(address, &user, 1).await })
        .buffer_unordered(SETUP_CONCURRENCY)
        .try_collect::<Vec<_>>()
        .await?;
    // The normal user: one subscriber, one paced publisher.
    let messages = ((load.rate.unwrap_or(20.0) * mix.secs as f64) as usize).max(1);
    let progress = Progress::new(1);
    let (stop, stopped) = watch::channel(false);
    let session = stream::open(address, &normal_sub, 1).await?;
    let tracker = Tracker::new(1, messages, Order::Seq);
    let readers = vec![tokio::spawn(stream::receive(
        session,
        calm_room.clone(),
        tracker,
        progress.clone(),
        stopped,
        None,
    ))];
    let sender = Sender::connect(address, &normal_pub, load).await?;
    sys::quiesce(&[server.pid], Duration::from_secs(30)).await;

    let findings = Arc::new(std::sync::Mutex::new(HostileFindings::default()));
    let refused = {
        let findings = findings.clone();
        move |abuser: &'static str, what: String| {
            let mut findings = findings.lock().unwrap_or_else(|p| p.into_inner());
            findings.refusals.entry(abuser).or_insert(what);
        }
    };
    let running = Arc::new(AtomicBool::new(true));
    let peak = Arc::new(AtomicU64::new(sys::rss_kib(server.pid).unwrap_or(0)));
    let sampler = {
        let (running, peak, pid) = (running.clone(), peak.clone(), server.pid);
        tokio::spawn(async move {
            let mut ticks = tokio::time::interval(Duration::from_millis(50));
            while running.load(Ordering::Relaxed) {
                ticks.tick().await;
                if let Ok(rss) = sys::rss_kib(pid) {
                    peak.fetch_max(rss, Ordering::Relaxed);
                }
            }
        })
    };

    let mut report = Report {
        connections: mix.stalled + mix.silent + 4,
        expected_deliveries: messages as u64,
        setup_s: setup.elapsed().as_secs_f64(),
        rss_before_kib: sys::rss_kib(server.pid).ok(),
        ..Report::default()
    };
    say(format!(
        "hostile: {} s of abuse: {} silent connections, {} streams on one connection, \
         {} B floods, {} rooms",
        mix.secs, mix.silent, mix.streams, mix.flood_size, mix.rooms
    ));
    let meter = Meter::start(&[server.pid]);
    let start = Instant::now();
    let deadline = start + Duration::from_secs(mix.secs);

    // The abusers' own connections, made before the silent ones, which
    // from one address soon meet the server's cap on connections per peer
    // and would lock out any opened after them.
    let flood_channel = stream::admin_channel(address).await?;
    let streams_channel = stream::admin_channel(address).await?;
    let rooms_channel = stream::admin_channel(address).await?;
    // Silent connections: connect, then say nothing.
    let silent = {
        let address = address.to_owned();
        let refused = refused.clone();
        let count = mix.silent;
        tokio::spawn(async move {
            let mut open = Vec::new();
            for _ in 0..count {
                match tokio::net::TcpStream::connect(&address).await {
                    Ok(connection) => open.push(connection),
                    Err(e) => {
                        refused("silent connection", e.to_string());
                        break;
                    }
                }
            }
            open
        })
    };
    // The room flood: big messages as fast as they are acknowledged.
    let flood_acked = Arc::new(AtomicU64::new(0));
    let flood_last_seq = Arc::new(AtomicU64::new(0));
    let flood = {
        let client = stream::as_user(&flood_channel, &flooder)?;
        let (acked, last_seq) = (flood_acked.clone(), flood_last_seq.clone());
        let (room, text) = (flood_room.clone(), "f".repeat(mix.flood_size.max(1)));
        let refused = refused.clone();
        tokio::spawn(async move {
            let mut sends = futures_stream::iter(std::iter::from_fn(|| {
                (Instant::now() < deadline).then_some(())
            }))
            .map(|()| {
                let mut client = client.clone();
                let request = pb::SendMessageRequest {
                    target: Some(pb::send_message_request::Target::Room(room.clone())),
                    text: text.clone(),
                    ..Default::default()
                };
                async move { client.send_message(request).await }
            })
            .buffer_unordered(16);
            while let Some(answer) = sends.next().await {
                match answer {
                    Ok(response) => {
                        acked.fetch_add(1, Ordering::Relaxed);
                        last_seq.fetch_max(response.into_inner().seq, Ordering::Relaxed);
                    }
                    Err(status) => refused("flood send", status.to_string()),
                }
            }
        })
    };
    // The stream flood: Chat sessions on one connection, each under a name
    // of its own (one name would meet the per-user session limit first),
    // never read. The server advertises how many streams a connection may
    // have open; a call beyond them waits for a free one, so each waits
    // until the end of the run at most.
    let streams = {
        let channel = streams_channel;
        let (count, refused) = (mix.streams, refused.clone());
        let flooder = flooder.clone();
        tokio::spawn(async move {
            let mut open = Vec::new();
            for n in 0..count {
                let Ok(mut client) = stream::as_user(&channel, &format!("{flooder}s{n}")) else {
                    break;
                };
                let (tx, rx) = mpsc::channel::<pb::ChatRequest>(1);
                let resume = pb::ChatRequest {
                    request_id: "resume".into(),
                    command: Some(pb::chat_request::Command::Resume(
                        pb::ResumeCommand::default(),
                    )),
                };
                if tx.send(resume).await.is_err() {
                    break;
                }
                let call = client.chat(ReceiverStream::new(rx));
                match tokio::time::timeout_at(deadline.into(), call).await {
                    Ok(Ok(response)) => open.push((tx, response.into_inner())),
                    Ok(Err(status)) => {
                        refused("stream flood", status.to_string());
                        break;
                    }
                    Err(_) => {
                        refused(
                            "stream flood",
                            format!("stream {} waited until the end of the run", n + 1),
                        );
                        break;
                    }
                }
            }
            open
        })
    };
    // The room-creation flood.
    let rooms_created = Arc::new(AtomicU64::new(0));
    let room_flood = {
        let client = stream::as_user(&rooms_channel, &flooder)?;
        let (created, count, refused) = (rooms_created.clone(), mix.rooms, refused.clone());
        let tag = tag.to_owned();
        tokio::spawn(async move {
            let mut joins = futures_stream::iter(0..count)
                .take_while(|_| std::future::ready(Instant::now() < deadline))
                .map(|n| {
                    let mut client = client.clone();
                    let room = format!("{tag}x{n}");
                    async move { client.join(pb::JoinRequest { room }).await }
                })
                .buffer_unordered(16);
            while let Some(answer) = joins.next().await {
                match answer {
                    Ok(_) => {
                        created.fetch_add(1, Ordering::Relaxed);
                    }
                    Err(status) => {
                        refused("room flood", status.to_string());
                        break;
                    }
                }
            }
        })
    };
    // The normal user, paced, for the whole run.
    let interval = Duration::from_secs_f64(mix.secs as f64 / messages as f64);
    let plan = Plan {
        room: calm_room.clone(),
        publisher: 0,
        messages,
        size: load.size,
        window: load.window,
        due: Some((start, interval)),
        done_is_work: false,
        typist: None,
    };
    let publisher = tokio::spawn(sender.send(plan, progress.clone()));
    let complete = progress
        .wait(load.stall + Duration::from_secs(mix.secs))
        .await;
    meter.stop(&mut report);
    if !complete {
        say("hostile: the normal user did not get everything".into());
    }
    let _ = publisher.await;
    let _ = flood.await;
    let _ = room_flood.await;
    measure::collect_subscribers(stop, readers, &mut report).await?;
    progress.write_into(&mut report, LatencyOf::Delivery);

    // The stalled consumers read again: each must get every acknowledged
    // flood message.
    let last_seq = flood_last_seq.load(Ordering::Relaxed);
    let acked = flood_acked.load(Ordering::Relaxed);
    say(format!(
        "hostile: {acked} flood messages acknowledged; the stalled sessions read again"
    ));
    let patience = load.stall;
    let caught_up = futures_stream::iter(stalled)
        .map(|session| catch_up(session, flood_room.clone(), last_seq, acked, patience))
        .buffer_unordered(SETUP_CONCURRENCY)
        .collect::<Vec<bool>>()
        .await;
    running.store(false, Ordering::Relaxed);
    let _ = sampler.await;
    let silent = silent.await.unwrap_or_default();
    let streams = streams.await.unwrap_or_default();
    let silent_open = still_open(&silent);
    {
        let mut findings = findings.lock().unwrap_or_else(|p| p.into_inner());
        findings.rss_peak_kib = peak.load(Ordering::Relaxed);
        findings.rss_end_kib = sys::rss_kib(server.pid).unwrap_or(0);
        findings.flood_acked = acked;
        findings.stalled_complete = caught_up.iter().filter(|done| **done).count();
        findings.stalled_incomplete = caught_up.len() - findings.stalled_complete;
        findings.silent_open = silent_open;
        findings.streams_opened = streams.len();
        findings.rooms_created = rooms_created.load(Ordering::Relaxed);
        report.hostile = Some(findings.clone());
    }
    report.rss_after_kib = sys::rss_kib(server.pid).ok();
    drop((silent, streams));
    Ok(report)
}

/// A stalled session reads again until it has the room's messages up to
/// `last_seq`: true if it got at least the `acked` messages, each once, in order.
async fn catch_up(
    mut session: stream::ChatStream,
    room: String,
    last_seq: u64,
    acked: u64,
    patience: Duration,
) -> bool {
    let mut seen = 0u64;
    let mut previous = 0u64;
    while previous < last_seq {
        let frame = match tokio::time::timeout(patience, session.inbound.message()).await {
            Ok(Ok(Some(response))) => response.frame,
            _ => return false,
        };
        let Some(Frame::Event(event)) = frame else {
            continue;
        };
        if event.room != room {
            continue;
        }
        if event.seq <= previous {
            return false;
        }
        previous = event.seq;
        if matches!(event.kind, Some(Kind::Message(_))) {
            seen += 1;
        }
    }
    seen >= acked
}

/// How many of the silent connections the server has not closed.
fn still_open(connections: &[tokio::net::TcpStream]) -> usize {
    connections
        .iter()
        .filter(|connection| {
            let mut byte = [0u8; 1];
            // Nothing to read and not closed: WouldBlock.
            matches!(connection.try_read(&mut byte), Err(e) if e.kind() == std::io::ErrorKind::WouldBlock)
        })
        .count()
}
