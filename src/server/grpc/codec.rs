//! The server's codec: small first buffers per stream, requests that
//! cannot be decoded refused as the client's fault, Chat frames decoded one
//! by one so a bad frame does not end the session, and the framing of one
//! gRPC message for responses written as bytes (see [`super::chat_http`]).

use std::marker::PhantomData;

use bytes::{Buf, BufMut, BytesMut};
use prost::{DecodeError, Message as _};
use tonic::{
    codec::{BufferSettings, Codec, DecodeBuf, Decoder},
    Status,
};
use tonic_prost::{ProstCodec, ProstEncoder};

use super::pb;
use crate::error::Error;

/// The first buffer of each stream's encoder and decoder. tonic's default
/// (8 KiB each way) would be most of an idle session's memory; events are
/// about a hundred bytes, and a buffer grows when a burst needs it.
const STREAM_BUFFER_BYTES: usize = 1024;

/// How much a stream encodes before it lets the connection write (tonic's
/// default).
const YIELD_THRESHOLD_BYTES: usize = 32 * 1024;

/// The server's codec: prost, with small first buffers, and a request that
/// cannot be decoded refused as INVALID_ARGUMENT (prost's own decoder calls
/// it INTERNAL, which blames the server for the client's bytes).
#[derive(Debug)]
pub struct ServerCodec<T, U>(PhantomData<(T, U)>);

impl<T, U> Default for ServerCodec<T, U> {
    fn default() -> Self {
        Self(PhantomData)
    }
}

impl<T, U> Codec for ServerCodec<T, U>
where
    T: prost::Message + Send + 'static,
    U: prost::Message + Default + Send + 'static,
{
    type Encode = T;
    type Decode = U;
    type Encoder = ProstEncoder<T>;
    type Decoder = RequestDecoder<U>;

    fn encoder(&mut self) -> Self::Encoder {
        ProstCodec::<T, U>::raw_encoder(buffer_settings())
    }

    fn decoder(&mut self) -> Self::Decoder {
        RequestDecoder(PhantomData)
    }
}

/// Decodes a request; bytes that are not a valid `U` are the client's
/// fault: INVALID_ARGUMENT, naming the field.
#[derive(Debug)]
pub struct RequestDecoder<U>(PhantomData<U>);

impl<U: prost::Message + Default> Decoder for RequestDecoder<U> {
    type Item = U;
    type Error = Status;

    fn decode(&mut self, buf: &mut DecodeBuf<'_>) -> Result<Option<U>, Status> {
        U::decode(buf)
            .map(Some)
            .map_err(|error| undecodable(&error).into())
    }

    fn buffer_settings(&self) -> BufferSettings {
        buffer_settings()
    }
}

/// Decodes the client's Chat frames one by one, so that a frame which is
/// not a valid `ChatRequest` is answered and the stream goes on: the frame
/// is taken whole (the gRPC framing around it is intact), and what could
/// not be read comes out as an item of its own, with the frame's
/// `request_id` if that much could be read.
#[derive(Debug, Default)]
pub struct ChatFrameDecoder;

/// One client frame of a Chat stream: the request, or why it could not be
/// read and the `request_id` to answer it with.
pub type ChatFrame = Result<pb::ChatRequest, (String, Error)>;

impl Decoder for ChatFrameDecoder {
    type Item = ChatFrame;
    type Error = Status;

    fn decode(&mut self, buf: &mut DecodeBuf<'_>) -> Result<Option<ChatFrame>, Status> {
        let len = buf.remaining();
        // A frame's bytes are usually in one piece: decode them in place,
        // and copy only a frame that is not.
        let frame = if buf.chunk().len() >= len {
            decode_chat_frame(&buf.chunk()[..len])
        } else {
            decode_chat_frame(&buf.copy_to_bytes(len))
        };
        buf.advance(buf.remaining());
        Ok(Some(frame))
    }

    fn buffer_settings(&self) -> BufferSettings {
        buffer_settings()
    }
}

/// A whole frame's bytes as a request, or why not and its `request_id`.
fn decode_chat_frame(bytes: &[u8]) -> ChatFrame {
    pb::ChatRequest::decode(bytes).map_err(|error| {
        let request_id = RequestIdOnly::decode(bytes)
            .map(|frame| frame.request_id)
            .unwrap_or_default();
        (request_id, undecodable(&error))
    })
}

/// The first field of a `ChatRequest` alone: every other field is skipped,
/// so a frame that is bad elsewhere still says which request it was.
#[derive(Clone, PartialEq, prost::Message)]
struct RequestIdOnly {
    #[prost(string, tag = "1")]
    request_id: String,
}

/// prost's error, without its "failed to decode Protobuf message" prefix:
/// what is left names the message, the field and what is wrong with it.
fn undecodable(error: &DecodeError) -> Error {
    let text = error.to_string();
    let detail = text
        .strip_prefix("failed to decode Protobuf message: ")
        .unwrap_or(&text);
    Error::Undecodable(detail.to_owned())
}

fn buffer_settings() -> BufferSettings {
    BufferSettings::new(STREAM_BUFFER_BYTES, YIELD_THRESHOLD_BYTES)
}

/// Appends `message` to `buf` as one gRPC message: the uncompressed flag,
/// the length (4 bytes, big-endian), then the encoded message.
pub fn put_message(buf: &mut BytesMut, message: &impl prost::Message) {
    let len = message.encoded_len();
    buf.reserve(GRPC_PREFIX_BYTES + len);
    buf.put_u8(0);
    // A frame over 4 GiB cannot be built: messages are limited far below.
    buf.put_u32(u32::try_from(len).unwrap_or(u32::MAX));
    message.encode_raw(buf);
}

/// The prefix of every gRPC message: a compression flag and a length.
const GRPC_PREFIX_BYTES: usize = 5;
