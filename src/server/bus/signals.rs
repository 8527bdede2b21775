//! Signals across nodes: read markers and typing, which are not stored
//! and have no seq, so the bus cannot mend their loss from the store (nor
//! needs to: a lost typing indicator expires anyway, and a read position
//! is read again with the next `Ready` or ListConversations).
//!
//! Every node publishes its signals on the one subject `confab.signal`
//! and hears everyone else's (like presence), handing each to its hub,
//! which passes it to the local streams it is addressed to and drops it
//! when there are none. One subject keeps the subscriptions out of the
//! per-topic interest of `follow.rs`; signals are small and rate-limited
//! (typing: one per user per conversation per second).

use std::sync::Arc;

use bytes::{BufMut, Bytes, BytesMut};
use futures_util::StreamExt as _;

use super::{
    fields::{get_str, get_u32, put_str, take},
    Outgoing, Shared,
};
use crate::{
    model::{ConversationKey, RoomName, UserName},
    server::{
        fanout::signal::{Signal, SignalKind, SignalTo},
        metrics::Metrics,
        store::sqlite::schema::{key_text, parse_key},
    },
};

/// The subject every node publishes its signals on.
pub(crate) const SUBJECT: &str = "confab.signal";

const VERSION: u8 = 1;

/// Queues `signal` for the other nodes; dropped (and counted) if the
/// queue is full.
pub(crate) fn publish(shared: &Shared, signal: &Signal) {
    let outgoing = Outgoing {
        subjects: vec![SUBJECT.to_owned()],
        payload: encode(&shared.config.node_id, signal),
    };
    if shared.outgoing.try_send(outgoing).is_err() {
        Metrics::count(&shared.metrics.bus_publishes_dropped);
    }
}

/// Hands the other nodes' signals to this node's hub, for as long as the
/// bus runs.
pub(crate) async fn run(shared: Arc<Shared>) {
    let mut subscription = match shared.client.subscribe(SUBJECT).await {
        Ok(subscription) => subscription,
        Err(error) => {
            tracing::error!(node = %shared.config.node_id, %error, "cannot subscribe to signals on the bus");
            return;
        }
    };
    while let Some(message) = subscription.next().await {
        match decode(&message.payload) {
            Some((node, signal)) if node != shared.config.node_id => {
                shared.hub.deliver_signal(Arc::new(signal));
            }
            Some(_) => {}
            None => Metrics::count(&shared.metrics.bus_bad_payloads),
        }
    }
}

/// A signal's payload: version, the sending node, where it goes, what it
/// says.
pub(crate) fn encode(node: &str, signal: &Signal) -> Bytes {
    let mut out = BytesMut::new();
    out.put_u8(VERSION);
    put_str(&mut out, node);
    match &signal.to {
        SignalTo::Room(room) => {
            out.put_u8(0);
            put_str(&mut out, room.as_str());
        }
        SignalTo::Users(users) => {
            out.put_u8(1);
            out.put_u32_le(users.len() as u32);
            for user in users {
                put_str(&mut out, user.as_str());
            }
        }
    }
    match &signal.kind {
        SignalKind::Read {
            reader,
            conversation,
            seq,
        } => {
            out.put_u8(0);
            put_str(&mut out, reader.as_str());
            put_str(&mut out, &key_text(conversation));
            out.put_u64_le(*seq);
        }
        SignalKind::Typing {
            user,
            conversation,
            expires_ms,
        } => {
            out.put_u8(1);
            put_str(&mut out, user.as_str());
            put_str(&mut out, &key_text(conversation));
            out.put_i64_le(*expires_ms);
        }
    }
    out.freeze()
}

/// Reads a payload written by [`encode`]: the node and the signal.
pub(crate) fn decode(mut input: &[u8]) -> Option<(String, Signal)> {
    if take(&mut input, 1)?[0] != VERSION {
        return None;
    }
    let node = get_str(&mut input)?.to_owned();
    let to = match take(&mut input, 1)?[0] {
        0 => SignalTo::Room(RoomName::parse(get_str(&mut input)?).ok()?),
        1 => {
            let count = get_u32(&mut input)?;
            let mut users = Vec::new();
            for _ in 0..count {
                users.push(UserName::parse(get_str(&mut input)?).ok()?);
            }
            SignalTo::Users(users)
        }
        _ => return None,
    };
    let kind_code = take(&mut input, 1)?[0];
    let user = UserName::parse(get_str(&mut input)?).ok()?;
    let conversation: ConversationKey = parse_key(get_str(&mut input)?).ok()?;
    let number = take(&mut input, 8)?;
    let number: [u8; 8] = number.try_into().ok()?;
    let kind = match kind_code {
        0 => SignalKind::Read {
            reader: user,
            conversation,
            seq: u64::from_le_bytes(number),
        },
        1 => SignalKind::Typing {
            user,
            conversation,
            expires_ms: i64::from_le_bytes(number),
        },
        _ => return None,
    };
    input.is_empty().then_some((node, Signal::new(to, kind)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signals_round_trip_and_garbage_is_refused() {
        let (alice, bob) = (
            UserName::parse("alice").unwrap(),
            UserName::parse("bob").unwrap(),
        );
        let signals = [
            Signal::new(
                SignalTo::Users(vec![alice.clone(), bob.clone()]),
                SignalKind::Read {
                    reader: alice.clone(),
                    conversation: ConversationKey::private(&alice, &bob),
                    seq: 42,
                },
            ),
            Signal::new(
                SignalTo::Room(RoomName::parse("lobby").unwrap()),
                SignalKind::Typing {
                    user: bob,
                    conversation: ConversationKey::Room(RoomName::parse("lobby").unwrap()),
                    expires_ms: 1_700_000_005_000,
                },
            ),
        ];
        for signal in signals {
            let payload = encode("n1", &signal);
            assert_eq!(decode(&payload), Some(("n1".to_owned(), signal)));
            assert_eq!(decode(&payload[..payload.len() - 1]), None);
        }
        assert_eq!(decode(b"\x07junk"), None);
    }
}
