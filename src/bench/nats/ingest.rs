//! Durable ingest against NATS: JetStream (file storage), the durable
//! counterpart of confab's acknowledged sends. Like confab's
//! as-fast-as-possible publishers, each publisher works in rounds: `window`
//! publishes, then every ack awaited before the next round.

use std::{sync::atomic::Ordering, time::Duration, time::Instant};

use async_nats::jetstream;
use futures_util::{stream::FuturesUnordered, StreamExt};

use super::{connect, process::NatsProcess};
use crate::bench::{
    fail,
    measure::{LatencyOf, Meter, Progress},
    sys,
    track::{self, LatencyBuffer},
    Load, Report, Result,
};

/// Durable ingest: JetStream publishes (file storage) in rounds of
/// `window` per publisher, each round's acks awaited before the next.
pub(super) async fn run(server: &NatsProcess, load: &Load, say: &dyn Fn(String)) -> Result<Report> {
    let setup = Instant::now();
    let address = server.address.as_str();
    let admin = jetstream::new(connect(address, 1024).await?);
    admin
        .create_stream(jetstream::stream::Config {
            name: "BENCH".into(),
            subjects: vec!["ingest.>".into()],
            storage: jetstream::stream::StorageType::File,
            ..Default::default()
        })
        .await
        .map_err(|e| fail("cannot create the JetStream stream")(e.to_string()))?;
    let publishers = load.rooms * load.publishers;
    let progress = Progress::new(publishers);
    let mut contexts = Vec::new();
    for index in 0..publishers {
        let context = jetstream::new(connect(address, 1024).await?);
        contexts.push((index % load.publishers, index / load.publishers, context));
    }
    sys::quiesce(&[server.pid()], Duration::from_secs(30)).await;
    say(format!(
        "NATS: JetStream set up in {:.1} s; sending",
        setup.elapsed().as_secs_f64()
    ));
    let mut report = Report {
        connections: publishers,
        setup_s: setup.elapsed().as_secs_f64(),
        rss_before_kib: sys::rss_kib(server.pid()).ok(),
        ..Report::default()
    };
    let meter = Meter::start(&[server.pid()]);
    let tasks: Vec<_> = contexts
        .into_iter()
        .map(|(index, room, context)| {
            let progress = progress.clone();
            let (messages, size, window) = (load.messages, load.size, load.window);
            tokio::spawn(async move {
                let subject = format!("ingest.room{room}");
                let mut acks = LatencyBuffer::new(progress.ack_latencies.clone());
                let mut in_flight = FuturesUnordered::new();
                let settle = |(answer, sent_ns): (std::result::Result<_, _>, u64),
                              acks: &mut LatencyBuffer| match answer {
                    Ok(_) => {
                        acks.record(sent_ns);
                        progress.sends.fetch_add(1, Ordering::Relaxed);
                    }
                    Err(error) => {
                        let error: jetstream::context::PublishError = error;
                        progress.error(format!("JetStream publish failed: {error}"));
                        progress.send_errors.fetch_add(1, Ordering::Relaxed);
                    }
                };
                for counter in 0..messages {
                    // Rounds, as confab's publishers: send `window`, then
                    // wait for every ack before the next round.
                    if counter > 0 && counter % window == 0 {
                        while let Some(answer) = in_flight.next().await {
                            settle(answer, &mut acks);
                        }
                    }
                    let sent_ns = track::now_ns();
                    let payload = track::payload(sent_ns, index, counter, size);
                    match context.publish(subject.clone(), payload.into()).await {
                        Ok(ack) => in_flight.push(async move {
                            (std::future::IntoFuture::into_future(ack).await, sent_ns)
                        }),
                        Err(error) => settle((Err(error), sent_ns), &mut acks),
                    }
                }
                while let Some(answer) = in_flight.next().await {
                    settle(answer, &mut acks);
                }
                progress.worker_done();
                context
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
        let _ = tokio::time::timeout(load.stall, task).await;
    }
    progress.write_into(&mut report, LatencyOf::Ack);
    Ok(report)
}
