//! A tower layer that counts the streams open on each connection (a
//! request is open until its response body ends or is dropped), for the
//! idle timeout in [`super::connection`]. It also puts tonic's
//! `TcpConnectInfo` beside confab's own connection info, so code that reads
//! the peer the usual tonic way finds it.

use std::{
    future::Future,
    pin::Pin,
    task::{Context, Poll},
};

use http::{Request, Response};
use http_body::{Body, Frame, SizeHint};
use tonic::transport::server::TcpConnectInfo;

use super::connection::{ConnectionInfo, OpenStream};

/// Counts open streams per connection.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct TrackStreamsLayer;

impl<S> tower_layer::Layer<S> for TrackStreamsLayer {
    type Service = TrackStreams<S>;

    fn layer(&self, inner: S) -> Self::Service {
        TrackStreams { inner }
    }
}

/// The service [`TrackStreamsLayer`] makes.
#[derive(Clone, Debug)]
pub(crate) struct TrackStreams<S> {
    inner: S,
}

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

impl<S, ReqBody, ResBody> tonic::codegen::Service<Request<ReqBody>> for TrackStreams<S>
where
    S: tonic::codegen::Service<Request<ReqBody>, Response = Response<ResBody>>,
    S::Future: Send + 'static,
    ResBody: Body + Send + 'static,
{
    type Response = Response<Tracked<ResBody>>;
    type Error = S::Error;
    type Future = BoxFuture<Result<Self::Response, Self::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request<ReqBody>) -> Self::Future {
        let open = request
            .extensions()
            .get::<ConnectionInfo>()
            .cloned()
            .map(|info| {
                request.extensions_mut().insert(TcpConnectInfo {
                    local_addr: info.local,
                    remote_addr: info.remote,
                });
                OpenStream::begin(&info.state)
            });
        let answer = self.inner.call(request);
        Box::pin(async move {
            let response = answer.await?;
            Ok(response.map(|body| Tracked {
                inner: Box::pin(body),
                open,
            }))
        })
    }
}

/// A response body that keeps its stream counted until it ends.
pub(crate) struct Tracked<B> {
    inner: Pin<Box<B>>,
    open: Option<OpenStream>,
}

impl<B: Body> Body for Tracked<B> {
    type Data = B::Data;
    type Error = B::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        let polled = self.inner.as_mut().poll_frame(cx);
        if let Poll::Ready(None) = polled {
            self.open = None;
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}
