//! What Search asks of a store: the words to find, where a page starts,
//! and what each hit is. Every store orders hits the same way, newest
//! first: by time, then conversation key (bytewise), then seq, all
//! descending, so a page goes on strictly after the previous page's last
//! hit whatever the store.

use std::sync::Arc;

use crate::{
    error::{Error, Result},
    model::{ConversationKey, Event, Seq, Text},
};

/// The longest query, in bytes.
pub(crate) const MAX_QUERY_BYTES: usize = 256;

/// The most words a query may hold.
const MAX_WORDS: usize = 16;

/// The words of a query: lower-case runs of letters and digits, as the
/// stores' tokenizers (FTS5 `unicode61`, PostgreSQL `simple`) cut text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Words(Vec<String>);

impl Words {
    /// Parses a query: 1 to [`MAX_QUERY_BYTES`] bytes, with at least one
    /// word and at most [`MAX_WORDS`].
    pub fn parse(query: &str) -> Result<Self> {
        if query.len() > MAX_QUERY_BYTES {
            return Err(Error::InvalidArgument(format!(
                "the query is {} bytes, more than the limit of {MAX_QUERY_BYTES}",
                query.len()
            )));
        }
        let words = words_of(query);
        if words.is_empty() {
            return Err(Error::InvalidArgument(
                "the query has no words to find (letters or digits)".into(),
            ));
        }
        if words.len() > MAX_WORDS {
            return Err(Error::InvalidArgument(format!(
                "the query has {} words, more than {MAX_WORDS}",
                words.len()
            )));
        }
        Ok(Self(words))
    }

    /// The words.
    pub fn as_slice(&self) -> &[String] {
        &self.0
    }

    /// Whether `text` holds every word (the memory store's match).
    pub fn found_in(&self, text: &str) -> bool {
        let in_text = words_of(text);
        self.0.iter().all(|word| in_text.contains(word))
    }
}

/// The lower-case words of `text`.
fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Where a page of hits starts: strictly older than this hit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Before {
    /// The hit's time.
    pub time_ms: i64,
    /// Its conversation's key text (`r:room`, `p:a:b`).
    pub conversation: String,
    /// Its seq.
    pub seq: Seq,
}

impl Before {
    /// Before everything: the first page.
    pub fn start() -> Self {
        Self {
            time_ms: i64::MAX,
            conversation: String::new(),
            seq: 0,
        }
    }

    /// Whether a hit at (`time_ms`, `conversation`, `seq`) comes after
    /// this in newest-first order.
    pub fn admits(&self, time_ms: i64, conversation: &str, seq: Seq) -> bool {
        (time_ms, conversation, seq) < (self.time_ms, self.conversation.as_str(), self.seq)
    }
}

/// One message found.
#[derive(Clone, Debug)]
pub struct Hit {
    /// The message as stored (its original text).
    pub event: Arc<Event>,
    /// Its latest text (the original's, or its latest edit's).
    pub text: Text,
    /// Whether it was edited.
    pub edited: bool,
}

impl Hit {
    /// Where the page after this hit starts.
    pub fn before(&self) -> Before {
        Before {
            time_ms: self.event.time_ms,
            conversation: crate::server::store::sqlite::schema::key_text(&self.event.conversation),
            seq: self.event.seq,
        }
    }
}

/// The conversations' key texts, for the SQL stores.
pub(crate) fn key_texts(conversations: &[ConversationKey]) -> Vec<String> {
    conversations
        .iter()
        .map(crate::server::store::sqlite::schema::key_text)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_words() {
        let words = Words::parse("Hello, wörld-42!").unwrap();
        assert_eq!(words.as_slice(), ["hello", "wörld", "42"]);
        assert!(words.found_in("42 WÖRLD said hello"));
        assert!(!words.found_in("hello world"));
        for bad in ["", "  ", "?!", &"a ".repeat(200)] {
            assert!(Words::parse(bad).is_err(), "{bad:?}");
        }
        let first = Before::start();
        assert!(first.admits(1, "r:x", 1));
        let after = Before {
            time_ms: 5,
            conversation: "r:b".into(),
            seq: 3,
        };
        assert!(
            after.admits(5, "r:b", 2) && after.admits(5, "r:a", 9) && after.admits(4, "r:z", 9)
        );
        assert!(!after.admits(5, "r:b", 3) && !after.admits(6, "r:a", 1));
    }
}
