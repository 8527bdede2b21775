//! The one error type of confab, and the one place it becomes a
//! `tonic::Status`.

use tonic::{Code, Status};

/// Everything that can go wrong in a call, named by what went wrong.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A user or room name breaks the name rules.
    #[error("invalid {what} {name:?}: {reason}")]
    InvalidName {
        /// "user name" or "room name".
        what: &'static str,
        /// The offending name (cut to 40 characters).
        name: String,
        /// Which rule it breaks.
        reason: String,
    },
    /// Message text is empty or too long.
    #[error("invalid text: {0}")]
    InvalidText(String),
    /// Any other malformed request.
    #[error("{0}")]
    InvalidArgument(String),
    /// The request's bytes are not a valid message (a string field that is
    /// not UTF-8, say); the detail names the field.
    #[error("the request could not be read: {0}")]
    Undecodable(String),
    /// The caller is not a member of the room it acts on.
    #[error("you are not a member of room {room:?}; join it first")]
    NotAMember {
        /// The room.
        room: String,
    },
    /// The named user has never used this server.
    #[error("user {0:?} does not exist")]
    UnknownUser(String),
    /// The named room does not exist.
    #[error("room {0:?} does not exist")]
    UnknownRoom(String),
    /// The caller may not do this (a moderation call without the role, a
    /// join while banned, a private message to a user who blocked them);
    /// the message says why.
    #[error("{0}")]
    PermissionDenied(String),
    /// A moderation call names a user who is not a member of the room.
    #[error("{user:?} is not a member of room {room:?}")]
    TargetNotAMember {
        /// The user.
        user: String,
        /// The room.
        room: String,
    },
    /// A moderation call that the target's state does not allow (inviting
    /// a banned user, say); the message says why.
    #[error("{0}")]
    FailedPrecondition(String),
    /// A room of that name exists already (CreateRoom).
    #[error("room {0:?} already exists")]
    RoomExists(String),
    /// A cursor points past the end of its conversation.
    #[error("cursor {after} is ahead of {conversation}, which ends at {last}")]
    CursorAhead {
        /// The conversation, for people.
        conversation: String,
        /// The cursor given.
        after: u64,
        /// The conversation's latest seq.
        last: u64,
    },
    /// A read position past the end of its conversation (MarkRead).
    #[error("seq {seq} is past the end of {conversation}, which ends at {last}")]
    ReadAhead {
        /// The conversation, for people.
        conversation: String,
        /// The seq given.
        seq: u64,
        /// The conversation's latest seq.
        last: u64,
    },
    /// No or bad identity.
    #[error("{0}")]
    Unauthenticated(String),
    /// A size or rate limit was hit.
    #[error("{0}")]
    ResourceExhausted(String),
    /// The server is shutting down.
    #[error("the server is shutting down; reconnect and resume")]
    ShuttingDown,
    /// The database is in use by another server (only at start).
    #[error("{0}")]
    StoreInUse(String),
    /// The server's disk is full: nothing was stored, and a retry once
    /// space is freed succeeds.
    #[error("the server's disk is full, so nothing was stored ({0}); retry later")]
    StorageFull(String),
    /// The database is busy or locked for longer than the server waits:
    /// nothing was stored; a retry may succeed at once.
    #[error("the database is busy, so nothing was done ({0}); retry")]
    StorageBusy(String),
    /// The database server cannot be reached (down, restarting, the
    /// network): nothing was done; a retry once it is back succeeds.
    #[error("the database cannot be reached, so nothing was done ({0}); retry")]
    StorageUnreachable(String),
    /// The database file is damaged; an operator must repair or restore it.
    #[error("the database is damaged ({0}); the operator must repair or restore it")]
    StorageCorrupt(String),
    /// The store failed; nothing the client can fix.
    #[error("storage failure: {0}")]
    Storage(String),
}

impl Error {
    /// The gRPC status code for this error.
    pub fn code(&self) -> Code {
        match self {
            Error::InvalidName { .. }
            | Error::InvalidText(_)
            | Error::InvalidArgument(_)
            | Error::Undecodable(_) => Code::InvalidArgument,
            Error::NotAMember { .. }
            | Error::TargetNotAMember { .. }
            | Error::FailedPrecondition(_) => Code::FailedPrecondition,
            Error::PermissionDenied(_) => Code::PermissionDenied,
            Error::RoomExists(_) => Code::AlreadyExists,
            Error::UnknownUser(_) | Error::UnknownRoom(_) => Code::NotFound,
            Error::CursorAhead { .. } => Code::OutOfRange,
            Error::ReadAhead { .. } => Code::OutOfRange,
            Error::Unauthenticated(_) => Code::Unauthenticated,
            Error::ResourceExhausted(_) => Code::ResourceExhausted,
            Error::ShuttingDown => Code::Unavailable,
            Error::StoreInUse(_) => Code::FailedPrecondition,
            // Retryable: the client may simply try again later.
            Error::StorageFull(_) | Error::StorageBusy(_) | Error::StorageUnreachable(_) => {
                Code::Unavailable
            }
            Error::StorageCorrupt(_) | Error::Storage(_) => Code::Internal,
        }
    }

    /// Whether this is the store failing (not the request being refused):
    /// such errors make health NOT_SERVING until the store works again.
    pub fn is_storage_failure(&self) -> bool {
        matches!(
            self,
            Error::StorageFull(_)
                | Error::StorageBusy(_)
                | Error::StorageUnreachable(_)
                | Error::StorageCorrupt(_)
                | Error::Storage(_)
        )
    }
}

impl From<Error> for Status {
    fn from(error: Error) -> Self {
        if error.is_storage_failure() {
            tracing::error!(%error, "storage failure");
        }
        Status::new(error.code(), error.to_string())
    }
}

/// Shorthand for results in confab.
pub type Result<T, E = Error> = std::result::Result<T, E>;
