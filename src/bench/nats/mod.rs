//! The same scenarios against a NATS server, started by the bench on
//! 127.0.0.1 with a free port.
//!
//! A room is a subject. Every subscriber is its own connection with one
//! subscription; every publisher is its own connection and publishes with
//! core NATS, flushing after every `window` messages (a flush returns when
//! the server has read everything before it, so at most `window` messages
//! are unconfirmed). Core NATS keeps nothing and acknowledges nothing: the
//! durable counterpart of confab's ingest is JetStream (file storage),
//! used for `ingest`: like confab's as-fast-as-possible publishers, each
//! publisher works in rounds, sending `window` publishes and awaiting all
//! their acks before the next round. An idle session is a connection with
//! one subscription.

mod ingest;
mod process;

pub(crate) use self::process::{find_binary, NatsProcess};

use std::{
    path::Path,
    sync::{atomic::Ordering, Arc},
    time::{Duration, Instant},
};

use async_nats::{Client, ConnectOptions, Subscriber};
use futures_util::{stream, StreamExt, TryStreamExt};
use tokio::sync::watch;

use super::{
    fail,
    measure::{self, LatencyOf, Meter, Progress},
    sys,
    track::{self, LatencyBuffer, Order, Tracker},
    BenchError, Load, Report, Result, Scenario,
};

/// Connections opened at once while setting up.
const SETUP_CONCURRENCY: usize = 64;

/// Runs the scenario once against a fresh nats-server.
pub(crate) async fn run(bin: &Path, load: &Load, say: &dyn Fn(String)) -> Result<Report> {
    let server = NatsProcess::start(bin, load.scenario == Scenario::Ingest).await?;
    let mut report = match load.scenario {
        Scenario::Idle => idle(&server, load, say).await?,
        Scenario::Ingest => ingest::run(&server, load, say).await?,
        _ => traffic(&server, load, say).await?,
    };
    report.system = "nats".into();
    report.finish();
    Ok(report)
}

pub(super) async fn connect(address: &str, subscription_capacity: usize) -> Result<Client> {
    ConnectOptions::new()
        .subscription_capacity(subscription_capacity)
        // When the server of a finished run is gone, give up instead of
        // retrying forever with the old socket held open.
        .max_reconnects(1)
        .connect(address)
        .await
        .map_err(|e| fail(format!("cannot connect to NATS at {address}"))(e.to_string()))
}

fn subject(room: usize) -> String {
    format!("bench.room{room}")
}

/// fanout, paced and rooms over core NATS.
async fn traffic(server: &NatsProcess, load: &Load, say: &dyn Fn(String)) -> Result<Report> {
    let setup = Instant::now();
    let address = server.address.as_str();
    let subscribers = load.rooms * load.subscribers;
    // With no subscribers the run waits for the publishers to finish
    // instead (as on the confab side).
    let done_is_work = subscribers == 0;
    let progress = Progress::new(if done_is_work {
        load.rooms * load.publishers
    } else {
        subscribers
    });
    let (stop, stopped) = watch::channel(false);
    // Room for every message of a run, so the client never drops one for
    // lack of buffer (the server may still cut off a slow consumer).
    let capacity = (load.per_subscriber() as usize + 1024).max(65_536);
    say(format!(
        "NATS: opening {subscribers} subscriber connections"
    ));
    let readers = stream::iter((0..load.rooms).flat_map(|r| (0..load.subscribers).map(move |_| r)))
        .map(|room| {
            let progress = progress.clone();
            let stopped = stopped.clone();
            async move {
                let client = connect(address, capacity).await?;
                let subscription = client
                    .subscribe(subject(room))
                    .await
                    .map_err(|e| fail("cannot subscribe")(e.to_string()))?;
                client
                    .flush()
                    .await
                    .map_err(|e| fail("cannot flush")(e.to_string()))?;
                let tracker = Tracker::new(load.publishers, load.messages, Order::PerPublisher);
                Ok::<_, BenchError>(tokio::spawn(receive(
                    client,
                    subscription,
                    tracker,
                    progress,
                    stopped,
                )))
            }
        })
        .buffer_unordered(SETUP_CONCURRENCY)
        .try_collect::<Vec<_>>()
        .await?;
    let mut publishers = Vec::new();
    for room in 0..load.rooms {
        for index in 0..load.publishers {
            publishers.push((room, index, connect(address, 1024).await?));
        }
    }
    sys::quiesce(&[server.pid()], Duration::from_secs(60)).await;
    say(format!(
        "NATS: set up in {:.1} s; sending",
        setup.elapsed().as_secs_f64()
    ));

    let mut report = Report {
        connections: subscribers + publishers.len(),
        expected_deliveries: load.expected_deliveries(),
        setup_s: setup.elapsed().as_secs_f64(),
        rss_before_kib: sys::rss_kib(server.pid()).ok(),
        ..Report::default()
    };
    let meter = Meter::start(&[server.pid()]);
    let start = Instant::now();
    let total_publishers = publishers.len();
    let tasks: Vec<_> = publishers
        .into_iter()
        .enumerate()
        .map(|(global, (room, index, client))| {
            let progress = progress.clone();
            let due = load.schedule(start, global, total_publishers);
            let (messages, size, window) = (load.messages, load.size, load.window);
            tokio::spawn(async move {
                let subject = subject(room);
                // Messages no flush has confirmed yet. Core NATS has no
                // acknowledgement, so no ack latency is recorded.
                let mut unconfirmed = 0u64;
                for counter in 0..messages {
                    let sent_ns = match due {
                        Some((first, interval)) => {
                            let at = first + interval.mul_f64(counter as f64);
                            tokio::time::sleep_until(at.into()).await;
                            track::ns_at(at)
                        }
                        None => track::now_ns(),
                    };
                    let payload = track::payload(sent_ns, index, counter, size);
                    if let Err(error) = client.publish(subject.clone(), payload.into()).await {
                        progress.error(format!("publish failed: {error}"));
                        progress.send_errors.fetch_add(1, Ordering::Relaxed);
                        continue;
                    }
                    unconfirmed += 1;
                    if unconfirmed >= window as u64 || counter + 1 == messages {
                        match client.flush().await {
                            Ok(()) => {
                                progress.sends.fetch_add(unconfirmed, Ordering::Relaxed);
                            }
                            Err(error) => {
                                progress.error(format!("flush failed: {error}"));
                                progress
                                    .send_errors
                                    .fetch_add(unconfirmed, Ordering::Relaxed);
                            }
                        }
                        unconfirmed = 0;
                    }
                }
                if done_is_work {
                    progress.worker_done();
                }
                client
            })
        })
        .collect();
    let complete = progress.wait(load.stall).await;
    meter.stop(&mut report);
    if !complete {
        say(format!("NATS: no progress for {:?}; giving up", load.stall));
    }
    report.rss_after_kib = sys::rss_kib(server.pid()).ok();
    for task in tasks {
        match tokio::time::timeout(load.stall, task).await {
            Ok(Ok(client)) => close(client).await,
            _ => progress.error("a publisher did not finish".into()),
        }
    }
    measure::collect_subscribers(stop, readers, &mut report).await?;
    progress.write_into(&mut report, LatencyOf::Delivery);
    Ok(report)
}

/// Reads one subscription until told to stop.
async fn receive(
    client: Client,
    mut subscription: Subscriber,
    mut tracker: Tracker,
    progress: Arc<Progress>,
    mut stopped: watch::Receiver<bool>,
) -> Tracker {
    let mut latencies = LatencyBuffer::new(progress.latencies.clone());
    let mut done = tracker.complete();
    if done {
        progress.worker_done();
    }
    loop {
        let message = tokio::select! {
            biased;
            _ = stopped.changed() => break,
            message = subscription.next() => message,
        };
        let Some(message) = message else {
            progress.error("a NATS subscription ended".into());
            progress.broken.fetch_add(1, Ordering::Relaxed);
            break;
        };
        let Some(stamp) = track::parse(&message.payload) else {
            tracker.foreign += 1;
            continue;
        };
        latencies.record(stamp.sent_ns);
        progress.deliveries.fetch_add(1, Ordering::Relaxed);
        if tracker.record(stamp, 0) && !done {
            done = true;
            progress.worker_done();
        }
    }
    close(client).await;
    tracker
}

/// Closes a connection while the server is still there to answer:
/// a client merely dropped may keep its socket open (half-closed once
/// the server is gone), and those pile up against the open-file limit.
pub(super) async fn close(client: Client) {
    let _ = tokio::time::timeout(Duration::from_secs(5), client.drain()).await;
}

/// N idle connections with one subscription each: the server's memory per
/// connection.
async fn idle(server: &NatsProcess, load: &Load, say: &dyn Fn(String)) -> Result<Report> {
    let setup = Instant::now();
    sys::quiesce(&[server.pid()], Duration::from_secs(10)).await;
    let before =
        sys::rss_kib(server.pid()).map_err(|e| fail("cannot read NATS's RSS")(e.to_string()))?;
    say(format!("NATS: opening {} idle connections", load.sessions));
    let address = server.address.as_str();
    let sessions = stream::iter(0..load.sessions)
        .map(|i| async move {
            let client = connect(address, 1024).await?;
            let subscription = client
                .subscribe(if load.idle_room {
                    "idle.room".to_owned()
                } else {
                    format!("idle.{i}")
                })
                .await
                .map_err(|e| fail("cannot subscribe")(e.to_string()))?;
            client
                .flush()
                .await
                .map_err(|e| fail("cannot flush")(e.to_string()))?;
            Ok::<_, BenchError>((client, subscription))
        })
        .buffer_unordered(SETUP_CONCURRENCY)
        .try_collect::<Vec<_>>()
        .await?;
    sys::quiesce(&[server.pid()], Duration::from_secs(30)).await;
    let after =
        sys::rss_kib(server.pid()).map_err(|e| fail("cannot read NATS's RSS")(e.to_string()))?;
    let report = Report::idle(sessions.len(), setup.elapsed().as_secs_f64(), before, after);
    stream::iter(sessions)
        .for_each_concurrent(SETUP_CONCURRENCY, |(client, subscription)| async move {
            drop(subscription);
            close(client).await;
        })
        .await;
    Ok(report)
}
