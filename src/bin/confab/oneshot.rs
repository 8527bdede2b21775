//! The one-shot commands, for scripts: one call each, output on stdout
//! (text or `--json` lines), a refusal as one line on stderr with an exit
//! code that says whose fault it was.

use std::time::Duration;

use confab::{
    client::{cursors::ConversationId, pages, render},
    pb,
};
use serde_json::json;
use tonic::Status;

use crate::{
    check_room, check_user, out, render::About, Ctx, Failure, HistoryArgs, Outcome, SendArgs,
    UNREACHABLE, USAGE,
};

/// How long one unary call may take.
pub(crate) const CALL_TIMEOUT: Duration = Duration::from_secs(30);

/// Runs a unary call with a time limit.
pub(crate) async fn call<T>(
    ctx: &Ctx,
    about: About<'_>,
    future: impl std::future::Future<Output = Result<tonic::Response<T>, Status>>,
) -> Result<T, Failure> {
    match tokio::time::timeout(CALL_TIMEOUT, future).await {
        Ok(Ok(response)) => Ok(response.into_inner()),
        Ok(Err(status)) => Err(ctx.refused(&status, about)),
        Err(_) => Err(Failure::new(
            UNREACHABLE,
            format!(
                "the server at {} did not answer within {} s",
                ctx.address,
                CALL_TIMEOUT.as_secs()
            ),
        )),
    }
}

pub(crate) async fn join(ctx: &Ctx, room: &str, json: bool) -> Outcome {
    check_room(room)?;
    let mut client = ctx.client().await?;
    let request = pb::JoinRequest { room: room.into() };
    let joined = call(ctx, About::Room(room), client.join(request)).await?;
    if json {
        out(&json!({"room": room, "seq": joined.seq, "joined": joined.joined}).to_string());
    } else if joined.joined {
        out(&format!("joined {room} (seq {})", joined.seq));
    } else {
        out(&format!("already in {room} (latest seq {})", joined.seq));
    }
    Ok(())
}

pub(crate) async fn leave(ctx: &Ctx, room: &str, json: bool) -> Outcome {
    check_room(room)?;
    let mut client = ctx.client().await?;
    let request = pb::LeaveRequest { room: room.into() };
    let left = call(ctx, About::Leaving(room), client.leave(request)).await?;
    if json {
        out(&json!({"room": room, "seq": left.seq}).to_string());
    } else {
        out(&format!("left {room} (seq {})", left.seq));
    }
    Ok(())
}

pub(crate) async fn send(ctx: &Ctx, args: SendArgs) -> Outcome {
    let (target, about) = match (&args.room, &args.to) {
        (Some(room), _) => {
            check_room(room)?;
            let target = pb::send_message_request::Target::Room(room.clone());
            (target, About::Room(room))
        }
        (None, Some(to)) => {
            check_user(to)?;
            if *to == ctx.user {
                return Err(Failure::new(
                    USAGE,
                    "you cannot send a private message to yourself",
                ));
            }
            let target = pb::send_message_request::Target::ToUser(to.clone());
            (target, About::User(to))
        }
        (None, None) => return Err(Failure::new(USAGE, "say where: --room ROOM or --to USER")),
    };
    let mut client = ctx.client().await?;
    let request = pb::SendMessageRequest {
        target: Some(target),
        text: args.text.join(" "),
        client_message_id: args.id.clone().unwrap_or_default(),
        reply_to_seq: None,
    };
    let sent = call(ctx, about, client.send_message(request)).await?;
    if args.json {
        out(&json!({
            "seq": sent.seq,
            "duplicate": sent.duplicate,
            "room": args.room,
            "to": args.to,
        })
        .to_string());
    } else {
        out(&sent.seq.to_string());
    }
    Ok(())
}

pub(crate) async fn history(ctx: &Ctx, args: HistoryArgs) -> Outcome {
    let (conversation, about) = match (&args.room, &args.with) {
        (Some(room), _) => {
            check_room(room)?;
            (ConversationId::Room(room.clone()), About::Room(room))
        }
        (None, Some(peer)) => {
            check_user(peer)?;
            (ConversationId::Peer(peer.clone()), About::User(peer))
        }
        (None, None) => return Err(Failure::new(USAGE, "say what: --room ROOM or --with USER")),
    };
    let mut client = ctx.client().await?;
    let request = pb::HistoryRequest {
        conversation: Some(conversation.to_pb()),
        after_seq: args.after,
        before_seq: args.before,
        limit: args.limit,
        apply_edits: true,
    };
    let page = call(ctx, about, client.history(request)).await?;
    for event in &page.events {
        let line = if args.json {
            render::event_json(event).to_string()
        } else {
            ctx.style.event(event)
        };
        if !out(&line) {
            break;
        }
    }
    Ok(())
}

pub(crate) async fn rooms(ctx: &Ctx, json: bool) -> Outcome {
    let mut client = ctx.client().await?;
    let rooms = call(ctx, About::Nothing, pages::all_rooms(&mut client))
        .await?
        .rooms;
    let width = rooms.iter().map(|r| r.name.len()).max().unwrap_or(0);
    for room in rooms {
        let line = if json {
            let mut value = json!({
                "room": room.name,
                "members": room.member_count,
                "last_seq": room.last_seq,
                "is_member": room.is_member,
            });
            // Said only where they apply, so a public room reads as before.
            if let serde_json::Value::Object(object) = &mut value {
                if room.private {
                    object.insert("private".into(), json!(true));
                }
                if !room.topic.is_empty() {
                    object.insert("topic".into(), json!(room.topic));
                }
                if room.role() != pb::Role::Unspecified {
                    object.insert("role".into(), json!(render::role_name(room.role())));
                }
                if room.invited {
                    object.insert("invited".into(), json!(true));
                }
                if room.is_member {
                    object.insert("unread".into(), json!(room.unread_count));
                    object.insert("read_seq".into(), json!(room.read_seq));
                }
            }
            value.to_string()
        } else {
            format!(
                "{:width$}  {:>3} member{}  last seq {}{}{}{}{}",
                room.name,
                room.member_count,
                if room.member_count == 1 { " " } else { "s" },
                room.last_seq,
                if room.is_member { "  (joined)" } else { "" },
                if room.private { "  (private)" } else { "" },
                if room.invited { "  (invited)" } else { "" },
                if room.unread_count > 0 {
                    format!("  {} unread", room.unread_count)
                } else {
                    String::new()
                },
            )
        };
        out(&line);
    }
    Ok(())
}

pub(crate) async fn members(ctx: &Ctx, room: &str, json: bool) -> Outcome {
    check_room(room)?;
    let mut client = ctx.client().await?;
    let members = call(
        ctx,
        About::Room(room),
        pages::all_members(&mut client, room),
    )
    .await?
    .members;
    let width = members.iter().map(|m| m.user.len()).max().unwrap_or(0);
    for member in members {
        let state = render::state_name(member.state());
        let line = if json {
            let role = render::role_name(member.role());
            json!({"user": member.user, "state": state, "role": role}).to_string()
        } else {
            format!("{:width$}  {state}", member.user)
        };
        out(&line);
    }
    Ok(())
}

pub(crate) async fn search(ctx: &Ctx, args: crate::SearchArgs) -> Outcome {
    let mut client = ctx.client().await?;
    let query = args.words.join(" ");
    let mut page_token = String::new();
    let mut left = args.limit;
    while left > 0 {
        let request = pb::SearchRequest {
            query: query.clone(),
            page_token: page_token.clone(),
            limit: left.min(100),
        };
        let page = call(ctx, About::Nothing, client.search(request)).await?;
        left = left.saturating_sub(page.events.len() as u32);
        for event in &page.events {
            let line = if args.json {
                render::event_json(event).to_string()
            } else {
                format!("#{} {}", event.seq, ctx.style.event(event))
            };
            if !out(&line) {
                return Ok(());
            }
        }
        if page.next_page_token.is_empty() || page.events.is_empty() {
            break;
        }
        page_token = page.next_page_token;
    }
    Ok(())
}
