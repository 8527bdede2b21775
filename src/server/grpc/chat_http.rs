//! Serves the Chat method at the HTTP layer; every other method goes on to
//! the generated service.
//!
//! tonic encodes each item of a response stream as one gRPC message, so a
//! session served through it would hand over one `ChatResponse` per event
//! and have it encoded once per session. Fan-out frames a room's batch of
//! events once for all its sessions instead (see [`crate::server::fanout::batch`]). To
//! write those bytes as they are, Chat is answered here: tonic's own
//! [`Streaming`] decodes the client's frames, the response body is the
//! session's chunks of ready gRPC messages, and the trailers carry the
//! status, as tonic would write them. The caller comes from the same
//! authentication layer as every other method's (see [`super::auth`]).

use std::{
    convert::Infallible,
    pin::Pin,
    task::{ready, Context, Poll},
};

use bytes::Bytes;
use http::{header::CONTENT_TYPE, HeaderMap, HeaderValue};
use http_body::Frame;
use tonic::{
    body::Body,
    codec::Streaming,
    codegen::{BoxFuture, Service},
    server::NamedService,
    Status,
};

use crate::{
    server::app::App,
    server::grpc::auth::{actor_in, full_caller_in, peer_in, verifier_in},
    server::grpc::codec::ChatFrameDecoder,
    server::grpc::session::chat::{self, ChatResponseStream, Lease},
    server::peer_sessions::SessionSlot,
};

/// The path of the Chat method.
const CHAT_PATH: &str = "/confab.v1.ChatService/Chat";

/// The generated service `S`, with Chat answered in front of it.
#[derive(Clone)]
pub struct ChatRouter<S> {
    inner: S,
    chat: ChatEndpoint,
}

#[derive(Clone)]
struct ChatEndpoint {
    core: App,
    max_message_bytes: usize,
}

impl<S> ChatRouter<S> {
    /// Serves Chat over `core`, refusing client frames over
    /// `max_message_bytes`; everything else goes to `inner`.
    pub(crate) fn new(inner: S, core: App, max_message_bytes: usize) -> Self {
        Self {
            inner,
            chat: ChatEndpoint {
                core,
                max_message_bytes,
            },
        }
    }
}

impl<S: NamedService> NamedService for ChatRouter<S> {
    const NAME: &'static str = S::NAME;
}

impl<S, B> Service<http::Request<Body>> for ChatRouter<S>
where
    S: Service<http::Request<Body>, Response = http::Response<B>, Error = Infallible>,
    S::Future: Send + 'static,
    B: http_body::Body<Data = Bytes> + Send + 'static,
    B::Error: Into<tonic::codegen::StdError>,
{
    type Response = http::Response<Body>;
    type Error = Infallible;
    type Future = BoxFuture<Self::Response, Infallible>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: http::Request<Body>) -> Self::Future {
        if request.uri().path() == CHAT_PATH {
            let response = self.chat.serve(request);
            return Box::pin(std::future::ready(Ok(response)));
        }
        let response = self.inner.call(request);
        Box::pin(async move { Ok(response.await?.map(Body::new)) })
    }
}

impl ChatEndpoint {
    fn serve(&self, request: http::Request<Body>) -> http::Response<Body> {
        self.open(request)
            .unwrap_or_else(|status| status.into_http())
    }

    fn open(&self, request: http::Request<Body>) -> Result<http::Response<Body>, Status> {
        let caller = full_caller_in(request.extensions())?;
        let actor = actor_in(request.extensions())?;
        let peer = peer_in(request.extensions());
        // Held by the response body: given back when the stream is over.
        let slot = self.core.peer_sessions.open(peer).map_err(Status::from)?;
        let lease = Lease {
            expires: caller.expires,
            verifier: verifier_in(request.extensions()),
        };
        if let Some(encoding) = request.headers().get("grpc-encoding") {
            if encoding != "identity" {
                return Err(Status::unimplemented(format!(
                    "the request is compressed with {encoding:?}; confab takes uncompressed frames"
                )));
            }
        }
        let inbound = Streaming::new_request(
            ChatFrameDecoder,
            request.into_body(),
            None,
            Some(self.max_message_bytes),
        );
        let frames = chat::start(self.core.clone(), actor, peer, lease, inbound);
        let mut response = http::Response::new(Body::new(SessionBody {
            frames,
            done: false,
            slot: Some(slot),
        }));
        response
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static("application/grpc"));
        Ok(response)
    }
}

/// A Chat response body: the session's chunks, then the trailers.
struct SessionBody {
    frames: ChatResponseStream,
    done: bool,
    /// The session's place among its peer address's open sessions, given
    /// back before the trailers go out (so a client that saw the end may
    /// open another at once), or when the body is dropped.
    slot: Option<SessionSlot>,
}

impl http_body::Body for SessionBody {
    type Data = Bytes;
    type Error = Status;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Status>>> {
        if self.done {
            return Poll::Ready(None);
        }
        let frame = match ready!(self.frames.as_mut().poll_next(cx)) {
            Some(Ok(chunk)) => Frame::data(chunk),
            Some(Err(status)) => {
                self.done = true;
                self.slot = None;
                Frame::trailers(trailers(&status))
            }
            None => {
                self.done = true;
                self.slot = None;
                Frame::trailers(trailers(&Status::ok("")))
            }
        };
        Poll::Ready(Some(Ok(frame)))
    }

    fn is_end_stream(&self) -> bool {
        self.done
    }
}

/// The trailers that end a stream with `status`.
pub(crate) fn trailers(status: &Status) -> HeaderMap {
    let mut headers = HeaderMap::new();
    if status.add_header(&mut headers).is_err() {
        headers.clear();
        headers.insert(
            "grpc-status",
            HeaderValue::from(tonic::Code::Internal as i32),
        );
    }
    headers
}
