//! Requests no generated client would build: hand-made bytes sent as they
//! are (with [`RawCodec`] on [`TestServer::raw_client`]), and metadata set
//! by hand.
//!
//! [`TestServer::raw_client`]: super::server::TestServer::raw_client

/// A codec that sends requests as the bytes given, unchecked, and decodes
/// answers as `T`: for requests no generated client would build.
#[derive(Debug, Clone, Default)]
pub struct RawCodec<T>(std::marker::PhantomData<T>);

/// Encodes bytes as they are.
#[derive(Debug, Clone, Default)]
pub struct RawEncoder;

impl tonic::codec::Encoder for RawEncoder {
    type Item = Vec<u8>;
    type Error = tonic::Status;

    fn encode(
        &mut self,
        item: Vec<u8>,
        dst: &mut tonic::codec::EncodeBuf<'_>,
    ) -> Result<(), tonic::Status> {
        bytes::BufMut::put_slice(dst, &item);
        Ok(())
    }
}

impl<T: prost::Message + Default + Send + 'static> tonic::codec::Codec for RawCodec<T> {
    type Encode = Vec<u8>;
    type Decode = T;
    type Encoder = RawEncoder;
    type Decoder = tonic_prost::ProstDecoder<T>;

    fn encoder(&mut self) -> RawEncoder {
        RawEncoder
    }

    fn decoder(&mut self) -> Self::Decoder {
        tonic_prost::ProstCodec::<Vec<u8>, T>::raw_decoder(Default::default())
    }
}

/// `message` encoded, with the bytes of `marker` (which it must contain
/// once) replaced by as many bytes that are not UTF-8.
pub fn encoded_with_bad_utf8(message: &impl prost::Message, marker: &str) -> Vec<u8> {
    let mut bytes = message.encode_to_vec();
    let at = bytes
        .windows(marker.len())
        .position(|w| w == marker.as_bytes())
        .expect("the marker is in the message");
    bytes[at..at + marker.len()].fill(0xff);
    bytes
}

/// A request as `user`, in open mode (its `x-confab-user` header set by
/// hand), for clients that do not set it themselves.
pub fn request_as<T>(user: &str, message: T) -> tonic::Request<T> {
    let mut request = tonic::Request::new(message);
    request
        .metadata_mut()
        .insert("x-confab-user", user.parse().expect("a header value"));
    request
}
