//! `confab tail`: rooms' events as they happen, one line each, until
//! interrupted. When the stream breaks (a server restart, a dropped
//! connection, a keepalive cut) it reconnects with backoff and goes on
//! from the last event it printed in each room, as `confab chat` does:
//! nothing printed twice, nothing missed. Only stdout carries events; the
//! breaks are said on stderr.

use std::time::Duration;

use confab::{
    client::{
        render,
        session::{Backoff, Cause, Ending, OpenError},
        tail::{Tail, TailItem, TailOptions},
    },
    pb::subscribe_response::Frame,
};

use crate::{
    check_room, connect_failure, out, render::About, Ctx, Failure, Outcome, TailArgs, UNREACHABLE,
};

pub(crate) async fn run(ctx: &Ctx, args: TailArgs) -> Outcome {
    for room in &args.rooms {
        check_room(room)?;
    }
    // A refusal names the room only when there is one to name.
    let about = match args.rooms.as_slice() {
        [room] => About::Room(room),
        _ => About::Nothing,
    };
    let backoff = Backoff {
        first: Duration::from_millis(args.retry_delay.max(1)),
        give_up_after: Duration::from_secs(args.retry_for),
        ..Backoff::default()
    };
    let options = TailOptions {
        address: ctx.server.clone(),
        user: ctx.user.clone(),
        rooms: args.rooms.clone(),
        since: args.since,
        backoff,
    };
    let mut tail = match Tail::open(options).await {
        Ok(tail) => tail,
        Err(OpenError::Connect(error)) => return Err(connect_failure(&error)),
        Err(OpenError::Refused(status)) => return Err(ctx.refused(&status, about)),
    };
    loop {
        let item = tokio::select! {
            item = tail.next() => item,
            _ = tokio::signal::ctrl_c() => return Ok(()),
        };
        let frame = match item {
            Ok(Some(TailItem::Frame(frame))) => *frame,
            Ok(Some(TailItem::Disconnected(cause))) => {
                let ended = format!("the stream ended: {}", said(ctx, &cause));
                if backoff.give_up_after.is_zero() {
                    return Err(Failure::new(UNREACHABLE, ended));
                }
                eprintln!(
                    "confab: {ended}; reconnecting (for up to {} s)",
                    args.retry_for
                );
                continue;
            }
            Ok(Some(TailItem::Resumed)) => {
                eprintln!("confab: reconnected; going on from the last event shown");
                continue;
            }
            Ok(None) => return Ok(()),
            Err(Ending::GaveUp { last, tried_for }) => {
                return Err(Failure::new(
                    UNREACHABLE,
                    format!(
                        "gave up reconnecting to {} after {} s (--retry-for {}): {}",
                        ctx.address,
                        tried_for.as_secs(),
                        args.retry_for,
                        said(ctx, &last)
                    ),
                ));
            }
            Err(Ending::Refused(status)) => {
                let failure = ctx.refused(&status, about);
                return Err(Failure::new(
                    failure.code,
                    format!("the stream ended: {}", failure.message),
                ));
            }
        };
        let line = match frame {
            Frame::Event(event) if args.json => render::event_json(&event).to_string(),
            Frame::Event(event) => ctx.style.event(&event),
            Frame::Presence(presence) if args.presence => {
                if args.json {
                    render::presence_json(&presence).to_string()
                } else {
                    ctx.style.presence(&presence)
                }
            }
            _ => continue,
        };
        if !out(&line) {
            return Ok(());
        }
    }
}

/// Why the stream broke, for people, naming the server.
fn said(ctx: &Ctx, cause: &Cause) -> String {
    let server = &ctx.address;
    match cause {
        Cause::ShuttingDown => format!("the server at {server} is shutting down"),
        Cause::ConnectionLost => format!("lost the connection to the server at {server}"),
        other => crate::render::cause(other),
    }
}
