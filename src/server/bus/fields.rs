//! The length-prefixed fields of the bus's small messages of its own
//! (presence counts, signals): strings as a little-endian u32 length and
//! their bytes, numbers little-endian. Readers take from the front of a
//! slice and answer `None` for anything short or malformed.

use bytes::{BufMut, BytesMut};

/// Writes `text` with its length before it.
pub(super) fn put_str(out: &mut BytesMut, text: &str) {
    out.put_u32_le(text.len() as u32);
    out.put_slice(text.as_bytes());
}

/// Takes the next `n` bytes.
pub(super) fn take<'a>(input: &mut &'a [u8], n: usize) -> Option<&'a [u8]> {
    if input.len() < n {
        return None;
    }
    let (head, rest) = input.split_at(n);
    *input = rest;
    Some(head)
}

/// Takes a little-endian u32.
pub(super) fn get_u32(input: &mut &[u8]) -> Option<u32> {
    let bytes: [u8; 4] = take(input, 4)?.try_into().ok()?;
    Some(u32::from_le_bytes(bytes))
}

/// Takes a string written by [`put_str`].
pub(super) fn get_str<'a>(input: &mut &'a [u8]) -> Option<&'a str> {
    let len = get_u32(input)? as usize;
    std::str::from_utf8(take(input, len)?).ok()
}
