//! The command rules, written once for every backend.
//!
//! What a [`Command`] may do is decided here: a join is idempotent, a leave
//! of a room one is not in is refused, a post needs membership of its room
//! or an existing recipient who has not blocked the sender, a retried post
//! (same sender, same client message id) stores nothing and answers with
//! the original's place, and an appended event takes its conversation's
//! next seq. Rooms have doors: a private room is seen only by its members,
//! invitees, owner and administrators ([`may_see`]; to anyone else it does
//! not exist), a banned user cannot join, a room's creator is its owner,
//! owners and moderators moderate, only the owner appoints moderators,
//! nobody acts on the owner, and a user creates at most so many rooms. The
//! read paths (History, Subscribe, ListRooms, ListMembers) decide with the
//! same functions, over the same facts ([`standing`]). A backend only
//! implements [`Tx`], the few reads and writes these rules need over its
//! own tables, inside one transaction it opens and commits around
//! [`apply`]; then it hands the stored event to its fan-out.
//!
//! Every check comes before the first write, so a refused command changes
//! nothing, even in a backend with no rollback (the memory store).

mod edits;

use std::sync::Arc;

pub(crate) use edits::MessageFacts;

use super::{Applied, Command, Moderation, RoomSummary, Standing, Target};
use crate::{
    error::{Error, Result},
    model::{
        now_ms, Actor, ConversationKey, Event, EventKind, Note, Reaction, Role, RoomName, Seq,
        UserName,
    },
};

/// What a room is, apart from its members.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct RoomFacts {
    /// Invite-only.
    pub(crate) private: bool,
    /// Who created it (none for a room made before rooms had owners).
    pub(crate) owner: Option<UserName>,
    /// Its topic.
    pub(crate) topic: Note,
}

/// The reads and writes of one transaction that the rules need. Every
/// call of one [`apply`] sees the writes made before it.
pub(crate) trait Tx {
    /// Whether `user` exists (has opened a session or joined a room).
    fn user_exists(&self, user: &UserName) -> Result<bool>;
    /// Records that `user` exists; nothing if it already does.
    fn add_user(&mut self, user: &UserName) -> Result<()>;
    /// The room, if it exists.
    fn room(&self, room: &RoomName) -> Result<Option<RoomFacts>>;
    /// How many rooms `user` has created.
    fn rooms_created_by(&self, user: &UserName) -> Result<usize>;
    /// Creates a room owned by `owner` (with no members yet).
    fn create_room(&mut self, room: &RoomName, owner: &UserName, private: bool) -> Result<()>;
    /// Sets a room's topic.
    fn set_topic(&mut self, room: &RoomName, topic: &Note) -> Result<()>;
    /// `user`'s role in `room`, if a member.
    fn role(&self, room: &RoomName, user: &UserName) -> Result<Option<Role>>;
    /// Makes `user` a member of `room` with `role`; false if it already
    /// was one (its role then unchanged).
    fn add_member(&mut self, room: &RoomName, user: &UserName, role: Role) -> Result<bool>;
    /// Changes a member's role.
    fn set_role(&mut self, room: &RoomName, user: &UserName, role: Role) -> Result<()>;
    /// Takes `user` out of `room`; false if it was not a member.
    fn remove_member(&mut self, room: &RoomName, user: &UserName) -> Result<bool>;
    /// Whether `user` is invited to `room`.
    fn is_invited(&self, room: &RoomName, user: &UserName) -> Result<bool>;
    /// Records or forgets an invitation.
    fn set_invited(&mut self, room: &RoomName, user: &UserName, invited: bool) -> Result<()>;
    /// Whether `user` is banned from `room`.
    fn is_banned(&self, room: &RoomName, user: &UserName) -> Result<bool>;
    /// Records or lifts a ban.
    fn set_banned(&mut self, room: &RoomName, user: &UserName, banned: bool) -> Result<()>;
    /// Whether `by` refuses `user`'s private messages.
    fn is_blocked(&self, by: &UserName, user: &UserName) -> Result<bool>;
    /// Records or lifts `by`'s block of `user`.
    fn set_blocked(&mut self, by: &UserName, user: &UserName, blocked: bool) -> Result<()>;
    /// Where the message `sender` sent with client message id `id` was
    /// stored, if it was.
    fn find_by_client_id(
        &self,
        sender: &UserName,
        id: &str,
    ) -> Result<Option<(ConversationKey, Seq)>>;
    /// The latest seq of a conversation (0 if it has none).
    fn last_seq(&self, conversation: &ConversationKey) -> Result<Seq>;
    /// Stores `event`, whose seq is its conversation's next, with whatever
    /// the backend indexes by it (client message id, private peers).
    fn append(&mut self, event: &Arc<Event>) -> Result<()>;
    /// The message at `seq` of a conversation: `None` if there is no
    /// event there or it is not a message.
    fn message_at(&self, conversation: &ConversationKey, seq: Seq) -> Result<Option<MessageFacts>>;
    /// Marks the message at `seq` deleted and erases its text from
    /// storage, and the text of every edit of it.
    fn erase_message(&mut self, conversation: &ConversationKey, seq: Seq) -> Result<()>;
    /// Whether `user` gave the message at `seq` this reaction.
    fn has_reaction(
        &self,
        conversation: &ConversationKey,
        seq: Seq,
        user: &UserName,
        reaction: &Reaction,
    ) -> Result<bool>;
    /// Records (`present`) or forgets `user`'s reaction to the message.
    fn set_reaction(
        &mut self,
        conversation: &ConversationKey,
        seq: Seq,
        user: &UserName,
        reaction: &Reaction,
        present: bool,
    ) -> Result<()>;
}

/// What a command did, and the event it stored, if any, for the fan-out.
pub(crate) struct Outcome {
    /// The answer for the caller.
    pub(crate) applied: Applied,
    /// The stored event; `None` when nothing was stored.
    pub(crate) stored: Option<Arc<Event>>,
}

impl Outcome {
    fn unchanged(conversation: ConversationKey, seq: Seq) -> Self {
        Self {
            applied: Applied {
                conversation,
                seq,
                unchanged: true,
            },
            stored: None,
        }
    }
}

/// What `user` is to `room`, read through `tx` (a transaction, or a read
/// connection of the same tables).
pub(crate) fn standing(tx: &impl Tx, room: &RoomName, user: &UserName) -> Result<Standing> {
    match tx.room(room)? {
        None => Ok(Standing::default()),
        Some(facts) => standing_in(tx, room, &facts, user),
    }
}

fn standing_in(
    tx: &impl Tx,
    room: &RoomName,
    facts: &RoomFacts,
    user: &UserName,
) -> Result<Standing> {
    Ok(Standing {
        exists: true,
        private: facts.private,
        role: tx.role(room, user)?,
        invited: tx.is_invited(room, user)?,
        banned: tx.is_banned(room, user)?,
        owner: facts.owner.as_ref() == Some(user),
    })
}

/// Whether the room exists for this user: a public room for anyone, a
/// private one for its members, invitees, owner and administrators.
pub(crate) fn may_see(standing: &Standing, admin: bool) -> bool {
    standing.exists
        && (!standing.private
            || admin
            || standing.role.is_some()
            || standing.invited
            || standing.owner)
}

/// Fails unless the user may read the room (History, Subscribe, a resume
/// cursor): a member. A public room the user is not in is
/// FAILED_PRECONDITION (join it first); a room that does not exist and a
/// private room the user may not see are both NOT_FOUND, in the same
/// words, so a private room's name says nothing.
pub(crate) fn check_reader(standing: &Standing, room: &RoomName, admin: bool) -> Result<()> {
    // A room that does not exist and one the caller may not see are
    // refused in the same words, so a private room's name leaks nothing.
    if !may_see(standing, admin) {
        return Err(unknown_room(room));
    }
    if standing.role.is_none() {
        return Err(not_a_member(room));
    }
    Ok(())
}

/// Fails with NOT_FOUND unless the room exists for the user (ListMembers).
pub(crate) fn check_visible(standing: &Standing, room: &RoomName, admin: bool) -> Result<()> {
    if may_see(standing, admin) {
        Ok(())
    } else {
        Err(unknown_room(room))
    }
}

/// Whether ListRooms shows `room` to `user`.
pub(crate) fn listed(room: &RoomSummary, user: &UserName, admin: bool) -> bool {
    !room.private
        || admin
        || room.role_of(user).is_some()
        || room.invited.binary_search(user).is_ok()
}

/// Checks `command` and applies it through `tx`. A refusal has written
/// nothing; after a failure of `tx` itself the caller must not commit.
pub(crate) fn apply(tx: &mut impl Tx, command: Command) -> Result<Outcome> {
    match command {
        Command::Join {
            room,
            user,
            max_rooms,
        } => {
            let Some(facts) = tx.room(&room)? else {
                return create(tx, room, user.user, false, max_rooms);
            };
            let me = standing_in(tx, &room, &facts, &user.user)?;
            if !may_see(&me, user.admin) {
                return Err(unknown_room(&room));
            }
            let conversation = ConversationKey::Room(room.clone());
            if me.role.is_none() && me.banned {
                return Err(Error::PermissionDenied(format!(
                    "you are banned from room {room:?}"
                )));
            }
            tx.add_user(&user.user)?;
            let role = if me.owner { Role::Owner } else { Role::Member };
            if !tx.add_member(&room, &user.user, role)? {
                let seq = tx.last_seq(&conversation)?;
                return Ok(Outcome::unchanged(conversation, seq));
            }
            if me.invited {
                tx.set_invited(&room, &user.user, false)?;
            }
            append(tx, conversation, user.user, EventKind::Joined)
        }
        Command::CreateRoom {
            room,
            user,
            private,
            max_rooms,
        } => {
            if tx.room(&room)?.is_some() {
                return Err(Error::RoomExists(room.to_string()));
            }
            create(tx, room, user.user, private, max_rooms)
        }
        Command::Leave { room, user } => {
            if let Some(facts) = tx.room(&room)? {
                if !may_see(&standing_in(tx, &room, &facts, &user)?, false) {
                    return Err(unknown_room(&room));
                }
            }
            if !tx.remove_member(&room, &user)? {
                return Err(not_a_member(&room));
            }
            append(tx, ConversationKey::Room(room), user, EventKind::Left)
        }
        Command::Post {
            sender,
            target,
            text,
            client_message_id,
            reply_to,
        } => {
            let conversation = match &target {
                Target::Room(room) => {
                    let Some(facts) = tx.room(room)? else {
                        return Err(unknown_room(room));
                    };
                    let me = standing_in(tx, room, &facts, &sender)?;
                    check_reader(&me, room, false)?;
                    ConversationKey::Room(room.clone())
                }
                Target::User(to) => {
                    if !tx.user_exists(to)? {
                        return Err(Error::UnknownUser(to.to_string()));
                    }
                    ConversationKey::private(&sender, to)
                }
            };
            if let Some(id) = client_message_id.get() {
                if let Some((stored_in, seq)) = tx.find_by_client_id(&sender, id)? {
                    return Ok(Outcome::unchanged(stored_in, seq));
                }
            }
            if let Some(replied) = reply_to {
                edits::check_reply(tx, &conversation, replied)?;
            }
            if let Target::User(to) = &target {
                if tx.is_blocked(to, &sender)? {
                    return Err(Error::PermissionDenied(format!(
                        "{to} does not accept private messages from you"
                    )));
                }
                // Whoever sends privately exists, so the recipient can
                // answer. (A room's sender is a member, registered when it
                // joined.)
                tx.add_user(&sender)?;
            }
            let kind = EventKind::Message {
                text,
                client_message_id,
                reply_to,
                deleted: false,
            };
            append(tx, conversation, sender, kind)
        }
        Command::Change {
            by,
            conversation,
            seq,
            change,
        } => edits::change(tx, by, conversation, seq, change),
        Command::Moderate { room, by, action } => moderate(tx, room, by, action),
        Command::Block {
            user,
            target,
            blocked,
        } => {
            if user == target {
                return Err(Error::InvalidArgument(
                    "that is yourself; block another user".into(),
                ));
            }
            if !tx.user_exists(&target)? {
                return Err(Error::UnknownUser(target.to_string()));
            }
            let conversation = ConversationKey::private(&user, &target);
            let seq = tx.last_seq(&conversation)?;
            if tx.is_blocked(&user, &target)? == blocked {
                return Ok(Outcome::unchanged(conversation, seq));
            }
            tx.set_blocked(&user, &target, blocked)?;
            Ok(Outcome {
                applied: Applied {
                    conversation,
                    seq,
                    unchanged: false,
                },
                stored: None,
            })
        }
    }
}

/// Creates `room` with `user` as its owner and first member, within the
/// user's room quota.
fn create(
    tx: &mut impl Tx,
    room: RoomName,
    user: UserName,
    private: bool,
    max_rooms: usize,
) -> Result<Outcome> {
    let created = tx.rooms_created_by(&user)?;
    if created >= max_rooms {
        return Err(Error::ResourceExhausted(format!(
            "you have created {created} rooms, the most one user may; join an existing room \
             instead of creating {room:?}"
        )));
    }
    tx.add_user(&user)?;
    tx.create_room(&room, &user, private)?;
    tx.add_member(&room, &user, Role::Owner)?;
    append(tx, ConversationKey::Room(room), user, EventKind::Joined)
}

/// How much power `me` has in a room: the role, raised to moderator for an
/// administrator; `None` for a user who is neither member nor admin.
fn power(me: &Standing, admin: bool) -> Option<Role> {
    match (me.role, admin) {
        (Some(Role::Owner), _) => Some(Role::Owner),
        (_, true) => Some(Role::Moderator),
        (role, false) => role,
    }
}

/// Fails unless the actor may kick or ban `target`: never the owner; a
/// moderator only as the owner or an administrator.
fn check_may_act_on(
    room: &RoomName,
    power: Option<Role>,
    admin: bool,
    target: &UserName,
    them: &Standing,
    done: &str,
) -> Result<()> {
    if them.owner || them.role == Some(Role::Owner) {
        return Err(Error::PermissionDenied(format!(
            "{target} owns room {room:?} and cannot be {done}"
        )));
    }
    if them.role == Some(Role::Moderator) && power != Some(Role::Owner) && !admin {
        return Err(Error::PermissionDenied(format!(
            "{target} is a moderator of room {room:?}; only its owner may have them {done}"
        )));
    }
    Ok(())
}

fn moderate<T: Tx>(tx: &mut T, room: RoomName, by: Actor, action: Moderation) -> Result<Outcome> {
    let facts = tx.room(&room)?.ok_or_else(|| unknown_room(&room))?;
    let me = standing_in(tx, &room, &facts, &by.user)?;
    if !may_see(&me, by.admin) {
        return Err(unknown_room(&room));
    }
    let power = power(&me, by.admin);
    let what = match &action {
        Moderation::Invite(_) => "invite",
        Moderation::Kick(..) => "kick",
        Moderation::Ban(..) => "ban",
        Moderation::Unban(_) => "unban",
        Moderation::SetTopic(_) => "set the topic",
        Moderation::SetRole(..) => "appoint or remove moderators",
    };
    let needed = match action {
        Moderation::SetRole(..) => Role::Owner,
        _ => Role::Moderator,
    };
    if power < Some(needed) {
        let who = match needed {
            Role::Owner => "the owner",
            _ => "the owner and moderators",
        };
        return Err(Error::PermissionDenied(format!(
            "only {who} of room {room:?} may {what}"
        )));
    }
    let conversation = ConversationKey::Room(room.clone());
    let unchanged = |tx: &mut T| -> Result<Outcome> {
        let seq = tx.last_seq(&conversation)?;
        Ok(Outcome::unchanged(conversation.clone(), seq))
    };
    let kind = match action {
        Moderation::Invite(target) => {
            if !tx.user_exists(&target)? {
                return Err(Error::UnknownUser(target.to_string()));
            }
            let them = standing_in(tx, &room, &facts, &target)?;
            if them.banned {
                return Err(Error::FailedPrecondition(format!(
                    "{target} is banned from room {room:?}; unban them first"
                )));
            }
            if them.role.is_some() || them.invited {
                return unchanged(tx);
            }
            tx.set_invited(&room, &target, true)?;
            EventKind::Invited { target }
        }
        Moderation::Kick(target, reason) => {
            let them = standing_in(tx, &room, &facts, &target)?;
            if them.role.is_none() {
                return Err(Error::TargetNotAMember {
                    user: target.to_string(),
                    room: room.to_string(),
                });
            }
            check_may_act_on(&room, power, by.admin, &target, &them, "kicked")?;
            tx.remove_member(&room, &target)?;
            EventKind::Kicked { target, reason }
        }
        Moderation::Ban(target, reason) => {
            if !tx.user_exists(&target)? {
                return Err(Error::UnknownUser(target.to_string()));
            }
            let them = standing_in(tx, &room, &facts, &target)?;
            check_may_act_on(&room, power, by.admin, &target, &them, "banned")?;
            if them.banned {
                return unchanged(tx);
            }
            tx.set_banned(&room, &target, true)?;
            if them.role.is_some() {
                tx.remove_member(&room, &target)?;
            }
            if them.invited {
                tx.set_invited(&room, &target, false)?;
            }
            EventKind::Banned { target, reason }
        }
        Moderation::Unban(target) => {
            if !tx.is_banned(&room, &target)? {
                return unchanged(tx);
            }
            tx.set_banned(&room, &target, false)?;
            EventKind::Unbanned { target }
        }
        Moderation::SetTopic(topic) => {
            if facts.topic == topic {
                return unchanged(tx);
            }
            tx.set_topic(&room, &topic)?;
            EventKind::TopicSet { topic }
        }
        Moderation::SetRole(target, role) => {
            if role == Role::Owner {
                return Err(Error::InvalidArgument(
                    "a room has one owner, its creator; give moderator or member".into(),
                ));
            }
            let them = standing_in(tx, &room, &facts, &target)?;
            let Some(current) = them.role else {
                return Err(Error::TargetNotAMember {
                    user: target.to_string(),
                    room: room.to_string(),
                });
            };
            if current == Role::Owner || them.owner {
                return Err(Error::PermissionDenied(format!(
                    "{target} owns room {room:?}; the owner's role cannot change"
                )));
            }
            if current == role {
                return unchanged(tx);
            }
            tx.set_role(&room, &target, role)?;
            EventKind::RoleChanged { target, role }
        }
    };
    append(tx, conversation, by.user, kind)
}

fn not_a_member(room: &RoomName) -> Error {
    Error::NotAMember {
        room: room.to_string(),
    }
}

/// The refusal for a room that does not exist, or that the caller may not
/// see: the same words either way.
pub(crate) fn unknown_room(room: &RoomName) -> Error {
    Error::UnknownRoom(room.to_string())
}

/// Appends an event at the conversation's next seq.
fn append(
    tx: &mut impl Tx,
    conversation: ConversationKey,
    sender: UserName,
    kind: EventKind,
) -> Result<Outcome> {
    let seq = tx.last_seq(&conversation)? + 1;
    let event = Arc::new(Event {
        conversation,
        seq,
        sender,
        time_ms: now_ms(),
        kind,
        wire: Default::default(),
    });
    tx.append(&event)?;
    Ok(Outcome {
        applied: Applied {
            conversation: event.conversation.clone(),
            seq,
            unchanged: false,
        },
        stored: Some(event),
    })
}

#[cfg(test)]
mod tests {
    //! The rules over a fake transaction that answers from fixed facts and
    //! records every write, to show what each command writes (and, above
    //! all, that a refused one writes nothing), whatever the backend.

    use std::collections::{HashMap, HashSet};

    use super::*;
    use crate::model::{ClientMessageId, Text};

    /// Fixed answers, and the writes made.
    #[derive(Default)]
    struct Fake {
        users: HashSet<String>,
        rooms: HashMap<String, RoomFacts>,
        created: usize,
        roles: HashMap<(String, String), Role>,
        invited: HashSet<(String, String)>,
        banned: HashSet<(String, String)>,
        blocked: HashSet<(String, String)>,
        stored_id: Option<(String, ConversationKey, Seq)>,
        last_seq: Seq,
        writes: Vec<String>,
        /// Seq → the message there.
        messages: HashMap<Seq, MessageFacts>,
        /// (seq, user, reaction) given.
        reactions: HashSet<(Seq, String, String)>,
    }

    fn pair(a: &impl ToString, b: &impl ToString) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    impl Tx for Fake {
        fn user_exists(&self, user: &UserName) -> Result<bool> {
            Ok(self.users.contains(user.as_str()))
        }
        fn add_user(&mut self, user: &UserName) -> Result<()> {
            self.writes.push(format!("user {user}"));
            Ok(())
        }
        fn room(&self, room: &RoomName) -> Result<Option<RoomFacts>> {
            Ok(self.rooms.get(room.as_str()).cloned())
        }
        fn rooms_created_by(&self, _: &UserName) -> Result<usize> {
            Ok(self.created)
        }
        fn create_room(&mut self, room: &RoomName, owner: &UserName, private: bool) -> Result<()> {
            self.writes.push(format!("room {room} {owner} {private}"));
            Ok(())
        }
        fn set_topic(&mut self, room: &RoomName, topic: &Note) -> Result<()> {
            self.writes.push(format!("topic {room} {}", topic.as_str()));
            Ok(())
        }
        fn role(&self, room: &RoomName, user: &UserName) -> Result<Option<Role>> {
            Ok(self.roles.get(&pair(room, user)).copied())
        }
        fn add_member(&mut self, room: &RoomName, user: &UserName, role: Role) -> Result<bool> {
            if self.roles.contains_key(&pair(room, user)) {
                return Ok(false);
            }
            self.roles.insert(pair(room, user), role);
            self.writes.push(format!("member {room} {user} {role:?}"));
            Ok(true)
        }
        fn set_role(&mut self, room: &RoomName, user: &UserName, role: Role) -> Result<()> {
            self.roles.insert(pair(room, user), role);
            self.writes.push(format!("role {room} {user} {role:?}"));
            Ok(())
        }
        fn remove_member(&mut self, room: &RoomName, user: &UserName) -> Result<bool> {
            let removed = self.roles.remove(&pair(room, user)).is_some();
            if removed {
                self.writes.push(format!("unmember {room} {user}"));
            }
            Ok(removed)
        }
        fn is_invited(&self, room: &RoomName, user: &UserName) -> Result<bool> {
            Ok(self.invited.contains(&pair(room, user)))
        }
        fn set_invited(&mut self, room: &RoomName, user: &UserName, invited: bool) -> Result<()> {
            self.writes.push(format!("invited {room} {user} {invited}"));
            Ok(())
        }
        fn is_banned(&self, room: &RoomName, user: &UserName) -> Result<bool> {
            Ok(self.banned.contains(&pair(room, user)))
        }
        fn set_banned(&mut self, room: &RoomName, user: &UserName, banned: bool) -> Result<()> {
            self.writes.push(format!("banned {room} {user} {banned}"));
            Ok(())
        }
        fn is_blocked(&self, by: &UserName, user: &UserName) -> Result<bool> {
            Ok(self.blocked.contains(&pair(by, user)))
        }
        fn set_blocked(&mut self, by: &UserName, user: &UserName, blocked: bool) -> Result<()> {
            self.writes.push(format!("blocked {by} {user} {blocked}"));
            Ok(())
        }
        fn find_by_client_id(
            &self,
            sender: &UserName,
            id: &str,
        ) -> Result<Option<(ConversationKey, Seq)>> {
            Ok(self
                .stored_id
                .as_ref()
                .filter(|(stored, _, _)| *stored == format!("{sender}/{id}"))
                .map(|(_, key, seq)| (key.clone(), *seq)))
        }
        fn last_seq(&self, _: &ConversationKey) -> Result<Seq> {
            Ok(self.last_seq)
        }
        fn append(&mut self, event: &Arc<Event>) -> Result<()> {
            self.writes.push(format!("append {}", event.seq));
            Ok(())
        }
        fn message_at(&self, _: &ConversationKey, seq: Seq) -> Result<Option<MessageFacts>> {
            Ok(self.messages.get(&seq).cloned())
        }
        fn erase_message(&mut self, _: &ConversationKey, seq: Seq) -> Result<()> {
            self.writes.push(format!("erase {seq}"));
            Ok(())
        }
        fn has_reaction(
            &self,
            _: &ConversationKey,
            seq: Seq,
            user: &UserName,
            reaction: &Reaction,
        ) -> Result<bool> {
            Ok(self
                .reactions
                .contains(&(seq, user.to_string(), reaction.as_str().to_owned())))
        }
        fn set_reaction(
            &mut self,
            _: &ConversationKey,
            seq: Seq,
            user: &UserName,
            reaction: &Reaction,
            present: bool,
        ) -> Result<()> {
            self.writes.push(format!(
                "reaction {seq} {user} {} {present}",
                reaction.as_str()
            ));
            Ok(())
        }
    }

    fn user(name: &str) -> UserName {
        UserName::parse(name).unwrap()
    }

    fn room(name: &str) -> RoomName {
        RoomName::parse(name).unwrap()
    }

    fn actor(name: &str) -> Actor {
        Actor::user(user(name))
    }

    fn post(to: Target, id: &str) -> Command {
        Command::Post {
            sender: user("alice"),
            target: to,
            text: Text::parse("hi", 100).unwrap(),
            client_message_id: ClientMessageId::parse(id).unwrap(),
            reply_to: None,
        }
    }

    fn moderate(by: &str, action: Moderation) -> Command {
        Command::Moderate {
            room: room("den"),
            by: actor(by),
            action,
        }
    }

    /// A private room `den` owned by olive, with mo a moderator and mel a
    /// member; `lobby` public with alice in it; banned bart; invited ivy;
    /// bob blocks alice.
    fn world() -> Fake {
        let mut fake = Fake {
            users: ["alice", "bob", "olive", "mo", "mel", "bart", "ivy", "eve"]
                .map(String::from)
                .into(),
            created: 1,
            ..Fake::default()
        };
        let facts = |private, owner: &str| RoomFacts {
            private,
            owner: Some(user(owner)),
            topic: Note::default(),
        };
        fake.rooms.insert("den".into(), facts(true, "olive"));
        fake.rooms.insert("lobby".into(), facts(false, "alice"));
        for (who, role) in [
            ("olive", Role::Owner),
            ("mo", Role::Moderator),
            ("mel", Role::Member),
        ] {
            fake.roles.insert(pair(&"den", &who), role);
        }
        fake.roles.insert(pair(&"lobby", &"alice"), Role::Owner);
        fake.banned.insert(pair(&"den", &"bart"));
        fake.banned.insert(pair(&"lobby", &"bart"));
        fake.invited.insert(pair(&"den", &"ivy"));
        fake.blocked.insert(pair(&"bob", &"alice"));
        fake
    }

    #[test]
    fn a_refused_command_writes_nothing() {
        let kick = |who: &str| Moderation::Kick(user(who), Note::default());
        let refused: Vec<(Command, tonic::Code)> = vec![
            (
                Command::Leave {
                    room: room("lobby"),
                    user: user("bob"),
                },
                tonic::Code::FailedPrecondition,
            ),
            (
                post(Target::Room(room("kitchen")), "m1"),
                tonic::Code::NotFound,
            ),
            (
                post(Target::User(user("nobody")), "m1"),
                tonic::Code::NotFound,
            ),
            // bob blocks alice.
            (
                post(Target::User(user("bob")), "m1"),
                tonic::Code::PermissionDenied,
            ),
            // The private room is not there for alice.
            (post(Target::Room(room("den")), "m1"), tonic::Code::NotFound),
            (
                Command::Join {
                    room: room("den"),
                    user: actor("eve"),
                    max_rooms: 10,
                },
                tonic::Code::NotFound,
            ),
            (
                Command::Join {
                    room: room("lobby"),
                    user: actor("bart"),
                    max_rooms: 10,
                },
                tonic::Code::PermissionDenied,
            ),
            (
                Command::Join {
                    room: room("new"),
                    user: actor("eve"),
                    max_rooms: 1,
                },
                tonic::Code::ResourceExhausted,
            ),
            (
                Command::CreateRoom {
                    room: room("lobby"),
                    user: actor("eve"),
                    private: true,
                    max_rooms: 10,
                },
                tonic::Code::AlreadyExists,
            ),
            (moderate("mel", kick("ivy")), tonic::Code::PermissionDenied),
            (moderate("eve", kick("mel")), tonic::Code::NotFound),
            (moderate("mo", kick("olive")), tonic::Code::PermissionDenied),
            (moderate("mo", kick("ivy")), tonic::Code::FailedPrecondition),
            (
                moderate("mo", Moderation::Ban(user("olive"), Note::default())),
                tonic::Code::PermissionDenied,
            ),
            (
                moderate("mo", Moderation::SetRole(user("olive"), Role::Member)),
                tonic::Code::PermissionDenied,
            ),
            (
                moderate("mo", Moderation::SetRole(user("mel"), Role::Moderator)),
                tonic::Code::PermissionDenied,
            ),
            (
                moderate("olive", Moderation::SetRole(user("olive"), Role::Member)),
                tonic::Code::PermissionDenied,
            ),
            (
                moderate("olive", Moderation::Invite(user("bart"))),
                tonic::Code::FailedPrecondition,
            ),
            (
                moderate("olive", Moderation::Invite(user("nobody"))),
                tonic::Code::NotFound,
            ),
            (
                Command::Block {
                    user: user("alice"),
                    target: user("nobody"),
                    blocked: true,
                },
                tonic::Code::NotFound,
            ),
        ];
        for (command, code) in refused {
            let mut tx = world();
            let what = format!("{command:?}");
            match apply(&mut tx, command) {
                Err(error) => assert_eq!(error.code(), code, "{what}: {error}"),
                Ok(outcome) => panic!("{what}: applied {:?}", outcome.applied),
            }
            assert!(tx.writes.is_empty(), "{what}: wrote {:?}", tx.writes);
        }
    }

    #[test]
    fn changes_of_messages_are_checked_before_anything_is_written() {
        use crate::server::store::Change;
        let den = ConversationKey::Room(room("den"));
        let with_messages = || {
            let mut tx = world();
            for (seq, sender, deleted) in [(5, "mel", false), (6, "mel", true)] {
                let message = MessageFacts {
                    sender: user(sender),
                    deleted,
                };
                tx.messages.insert(seq, message);
            }
            tx.reactions.insert((5, "mo".into(), ":ok:".into()));
            tx
        };
        let change = |by: &str, seq, change| Command::Change {
            by: actor(by),
            conversation: den.clone(),
            seq,
            change,
        };
        let text = || Change::Edit(Text::parse("new", 100).unwrap());
        let ok = || Change::React(Reaction::parse(":ok:").unwrap(), true);
        let refused = [
            (change("mo", 5, text()), tonic::Code::PermissionDenied),
            (change("olive", 5, text()), tonic::Code::PermissionDenied),
            (change("mel", 6, text()), tonic::Code::FailedPrecondition),
            (change("mel", 7, text()), tonic::Code::InvalidArgument),
            (change("eve", 5, Change::Delete), tonic::Code::NotFound),
            (
                change("ivy", 5, Change::Delete),
                tonic::Code::FailedPrecondition,
            ),
            (change("mel", 6, ok()), tonic::Code::FailedPrecondition),
        ];
        for (command, code) in refused {
            let mut tx = with_messages();
            let what = format!("{command:?}");
            match apply(&mut tx, command) {
                Err(error) => assert_eq!(error.code(), code, "{what}: {error}"),
                Ok(outcome) => panic!("{what}: applied {:?}", outcome.applied),
            }
            assert!(tx.writes.is_empty(), "{what}: wrote {:?}", tx.writes);
        }
        // A moderator deletes another's message: the event, then the erasure.
        let mut tx = with_messages();
        apply(&mut tx, change("mo", 5, Change::Delete)).unwrap();
        assert_eq!(tx.writes, ["append 1", "erase 5"]);
        // Deleted already, or the reaction given already: nothing written.
        for (by, again) in [("mel", Change::Delete), ("mo", ok())] {
            let mut tx = with_messages();
            let seq = if matches!(again, Change::Delete) {
                6
            } else {
                5
            };
            let outcome = apply(&mut tx, change(by, seq, again)).unwrap();
            assert!(outcome.applied.unchanged && outcome.stored.is_none());
            assert!(tx.writes.is_empty(), "{:?}", tx.writes);
        }
        // A reply names a message of its conversation.
        let mut tx = with_messages();
        let reply = |to| Command::Post {
            sender: user("mel"),
            target: Target::Room(room("den")),
            text: Text::parse("re", 100).unwrap(),
            client_message_id: ClientMessageId::default(),
            reply_to: Some(to),
        };
        let missing = apply(&mut tx, reply(9)).err().unwrap();
        assert_eq!(missing.code(), tonic::Code::InvalidArgument);
        assert!(tx.writes.is_empty());
        apply(&mut tx, reply(5)).unwrap();
        assert_eq!(tx.writes, ["append 1"]);
    }

    #[test]
    fn a_private_room_and_a_missing_one_are_refused_in_the_same_words() {
        let mut tx = world();
        let hidden = moderate("eve", Moderation::Unban(user("bart")));
        let hidden = apply(&mut tx, hidden).err().unwrap().to_string();
        let missing = Command::Moderate {
            room: room("nowhere"),
            by: actor("eve"),
            action: Moderation::Unban(user("bart")),
        };
        let missing = apply(&mut tx, missing).err().unwrap().to_string();
        assert_eq!(hidden.replace("den", "nowhere"), missing);
    }

    #[test]
    fn a_retry_or_a_rejoin_appends_nothing_and_a_change_takes_the_next_seq() {
        let lobby = ConversationKey::Room(room("lobby"));
        let mut tx = Fake {
            stored_id: Some(("alice/m1".into(), lobby.clone(), 7)),
            last_seq: 41,
            ..world()
        };
        // A retry answers with where the original went, wherever it is sent.
        let retry = apply(&mut tx, post(Target::Room(room("lobby")), "m1")).unwrap();
        assert!(retry.applied.unchanged && retry.stored.is_none());
        assert_eq!(
            (retry.applied.conversation, retry.applied.seq),
            (lobby.clone(), 7)
        );
        let rejoin = Command::Join {
            room: room("lobby"),
            user: actor("alice"),
            max_rooms: 0,
        };
        let rejoin = apply(&mut tx, rejoin).unwrap();
        assert!(rejoin.applied.unchanged && rejoin.stored.is_none());
        assert_eq!(rejoin.applied.seq, 41);
        assert_eq!(tx.writes, ["user alice"]);

        let sent = apply(&mut tx, post(Target::Room(room("lobby")), "m2")).unwrap();
        assert!(!sent.applied.unchanged);
        assert_eq!(sent.applied.seq, 42);
        assert_eq!(sent.stored.map(|event| event.seq), Some(42));
        assert_eq!(tx.writes, ["user alice", "append 42"]);
    }

    #[test]
    fn moderation_writes_its_change_and_one_event() {
        let mut tx = world();
        let ban = moderate(
            "mo",
            Moderation::Ban(user("mel"), Note::parse("r", "spam").unwrap()),
        );
        let banned = apply(&mut tx, ban).unwrap();
        assert_eq!(
            banned.stored.map(|e| e.kind.clone()),
            Some(EventKind::Banned {
                target: user("mel"),
                reason: Note::parse("r", "spam").unwrap()
            })
        );
        assert_eq!(
            tx.writes,
            ["banned den mel true", "unmember den mel", "append 1"]
        );

        // An invitee joins a private room and is no longer only invited;
        // an administrator moderates a room it is not in.
        let mut tx = world();
        let join = Command::Join {
            room: room("den"),
            user: actor("ivy"),
            max_rooms: 0,
        };
        apply(&mut tx, join).unwrap();
        assert_eq!(
            tx.writes,
            [
                "user ivy",
                "member den ivy Member",
                "invited den ivy false",
                "append 1"
            ]
        );
        let mut tx = world();
        let by_admin = Command::Moderate {
            room: room("den"),
            by: Actor {
                user: user("eve"),
                admin: true,
            },
            action: Moderation::Kick(user("mo"), Note::default()),
        };
        apply(&mut tx, by_admin).unwrap();
        assert_eq!(tx.writes, ["unmember den mo", "append 1"]);

        // A room's creator owns it.
        let mut tx = world();
        let create = Command::CreateRoom {
            room: room("attic"),
            user: actor("eve"),
            private: true,
            max_rooms: 2,
        };
        apply(&mut tx, create).unwrap();
        assert_eq!(
            tx.writes,
            [
                "user eve",
                "room attic eve true",
                "member attic eve Owner",
                "append 1"
            ]
        );
    }
}
