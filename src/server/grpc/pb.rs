//! The server's flavour of the generated code, in which a stored event
//! goes out as bytes encoded once.
//!
//! Fan-out sends the same event to every member's stream. Encoding it per
//! stream would cost allocations and an encode per delivery; instead the
//! first stream to send an event encodes it (cached in the event, see
//! [`crate::model::WireCache`]) and every stream sends those same bytes.
//! This module is generated from the same proto as [`crate::pb`], except
//! that `confab.v1.Event` is [`WireEvent`]; on the wire the two are
//! identical.

// The server only writes messages of these types as bytes already encoded
// (an event's body), so some are never built here.
#![allow(missing_docs, dead_code, clippy::all, clippy::pedantic)]

use bytes::{Buf, BufMut, Bytes};
use prost::{
    encoding::{skip_field, DecodeContext, WireType},
    DecodeError,
};

include!(concat!(env!("OUT_DIR"), "/wire/confab.v1.rs"));

/// An `Event`, already encoded: the bytes of a [`crate::pb::Event`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct WireEvent(pub Bytes);

impl prost::Message for WireEvent {
    fn encode_raw(&self, buf: &mut impl BufMut) {
        buf.put_slice(&self.0);
    }

    fn merge_field(
        &mut self,
        tag: u32,
        wire_type: WireType,
        buf: &mut impl Buf,
        ctx: DecodeContext,
    ) -> Result<(), DecodeError> {
        // The server never receives events; skip what it would not read.
        skip_field(wire_type, tag, buf, ctx)
    }

    fn encoded_len(&self) -> usize {
        self.0.len()
    }

    fn clear(&mut self) {
        self.0 = Bytes::new();
    }
}
