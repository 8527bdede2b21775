//! The one-shot commands for rooms with doors: create a room (public or
//! private), invite, kick, ban, unban, set the topic, change a role, block
//! and unblock. One call each; a line (or a `--json` object) on stdout.

use confab::pb;
use serde_json::json;

use crate::{check_room, check_user, oneshot::call, out, render::About, Ctx, Outcome};

/// What a moderation call answered: the seq it stored (or the room's
/// latest) and whether anything changed.
struct Answer {
    seq: u64,
    changed: bool,
}

/// Prints the answer of a change `done` (`"kicked eve from lobby"`), or
/// `unchanged` when nothing was stored.
fn report(room: &str, user: Option<&str>, answer: Answer, json: bool, done: &str, unchanged: &str) {
    if json {
        out(
            &json!({"room": room, "user": user, "seq": answer.seq, "changed": answer.changed})
                .to_string(),
        );
    } else if answer.changed {
        out(&format!("{done} (seq {})", answer.seq));
    } else {
        out(unchanged);
    }
}

pub(crate) async fn create(ctx: &Ctx, room: &str, private: bool, json: bool) -> Outcome {
    check_room(room)?;
    let mut client = ctx.client().await?;
    let request = pb::CreateRoomRequest {
        room: room.into(),
        private,
    };
    let created = call(ctx, About::Nothing, client.create_room(request)).await?;
    if json {
        out(&json!({"room": room, "seq": created.seq, "private": private}).to_string());
    } else {
        let kind = if private { "private" } else { "public" };
        out(&format!("created {kind} room {room} (seq {})", created.seq));
    }
    Ok(())
}

pub(crate) async fn invite(ctx: &Ctx, room: &str, user: &str, json: bool) -> Outcome {
    check_room(room)?;
    check_user(user)?;
    let mut client = ctx.client().await?;
    let request = pb::InviteRequest {
        room: room.into(),
        user: user.into(),
    };
    let r = call(ctx, About::Nothing, client.invite(request)).await?;
    let answer = Answer {
        seq: r.seq,
        changed: r.changed,
    };
    let done = format!("invited {user} to {room}");
    let same = format!("{user} is already in or invited to {room}");
    report(room, Some(user), answer, json, &done, &same);
    Ok(())
}

pub(crate) async fn kick(ctx: &Ctx, room: &str, user: &str, reason: &str, json: bool) -> Outcome {
    check_room(room)?;
    check_user(user)?;
    let mut client = ctx.client().await?;
    let request = pb::KickRequest {
        room: room.into(),
        user: user.into(),
        reason: reason.into(),
    };
    let r = call(ctx, About::Nothing, client.kick(request)).await?;
    let answer = Answer {
        seq: r.seq,
        changed: true,
    };
    report(
        room,
        Some(user),
        answer,
        json,
        &format!("kicked {user} from {room}"),
        "",
    );
    Ok(())
}

pub(crate) async fn ban(ctx: &Ctx, room: &str, user: &str, reason: &str, json: bool) -> Outcome {
    check_room(room)?;
    check_user(user)?;
    let mut client = ctx.client().await?;
    let request = pb::BanRequest {
        room: room.into(),
        user: user.into(),
        reason: reason.into(),
    };
    let r = call(ctx, About::Nothing, client.ban(request)).await?;
    let answer = Answer {
        seq: r.seq,
        changed: r.changed,
    };
    let done = format!("banned {user} from {room}");
    let same = format!("{user} is already banned from {room}");
    report(room, Some(user), answer, json, &done, &same);
    Ok(())
}

pub(crate) async fn unban(ctx: &Ctx, room: &str, user: &str, json: bool) -> Outcome {
    check_room(room)?;
    check_user(user)?;
    let mut client = ctx.client().await?;
    let request = pb::UnbanRequest {
        room: room.into(),
        user: user.into(),
    };
    let r = call(ctx, About::Nothing, client.unban(request)).await?;
    let answer = Answer {
        seq: r.seq,
        changed: r.changed,
    };
    let done = format!("unbanned {user} from {room}");
    let same = format!("{user} is not banned from {room}");
    report(room, Some(user), answer, json, &done, &same);
    Ok(())
}

pub(crate) async fn topic(ctx: &Ctx, room: &str, topic: &str, json: bool) -> Outcome {
    check_room(room)?;
    let mut client = ctx.client().await?;
    let request = pb::SetTopicRequest {
        room: room.into(),
        topic: topic.into(),
    };
    let r = call(ctx, About::Nothing, client.set_topic(request)).await?;
    let answer = Answer {
        seq: r.seq,
        changed: r.changed,
    };
    let done = if topic.is_empty() {
        format!("cleared the topic of {room}")
    } else {
        format!("set the topic of {room}")
    };
    report(room, None, answer, json, &done, "the topic is that already");
    Ok(())
}

pub(crate) async fn role(
    ctx: &Ctx,
    room: &str,
    user: &str,
    moderator: bool,
    json: bool,
) -> Outcome {
    check_room(room)?;
    check_user(user)?;
    let mut client = ctx.client().await?;
    let role = if moderator {
        pb::Role::Moderator
    } else {
        pb::Role::Member
    };
    let request = pb::SetRoleRequest {
        room: room.into(),
        user: user.into(),
        role: role.into(),
    };
    let r = call(ctx, About::Nothing, client.set_role(request)).await?;
    let answer = Answer {
        seq: r.seq,
        changed: r.changed,
    };
    let name = confab::client::render::role_name(role);
    let done = format!("made {user} {name} of {room}");
    let same = format!("{user} is {name} of {room} already");
    report(room, Some(user), answer, json, &done, &same);
    Ok(())
}

pub(crate) async fn block(ctx: &Ctx, user: &str, blocked: bool, json: bool) -> Outcome {
    check_user(user)?;
    let mut client = ctx.client().await?;
    let changed = if blocked {
        let request = pb::BlockRequest { user: user.into() };
        call(ctx, About::User(user), client.block(request))
            .await?
            .changed
    } else {
        let request = pb::UnblockRequest { user: user.into() };
        call(ctx, About::User(user), client.unblock(request))
            .await?
            .changed
    };
    if json {
        out(&json!({"user": user, "blocked": blocked, "changed": changed}).to_string());
    } else {
        let what = if blocked { "blocked" } else { "unblocked" };
        let already = if changed { "" } else { " (already)" };
        out(&format!("{what} {user}{already}"));
    }
    Ok(())
}
