//! Ends the response streams of the services confab does not write itself
//! (health `Watch`, reflection's `ServerReflectionInfo`) when the server
//! begins shutting down.
//!
//! Chat and Subscribe end themselves at shutdown; these streams would
//! otherwise stay open (a load balancer's health watch, a grpcurl session)
//! and hold the shutdown for its whole grace period. Each response body is
//! ended with UNAVAILABLE, as Chat and Subscribe are, so a client knows to
//! go elsewhere or come back; and each request body is ended and let go,
//! so a service still reading a client's stream (reflection reads until
//! the client closes) finishes too, and the HTTP/2 stream closes.

use std::{
    convert::Infallible,
    future::Future,
    pin::Pin,
    task::{Context, Poll},
};

use bytes::Bytes;
use http_body::Frame;
use tokio::sync::watch;
use tonic::{
    body::Body,
    codegen::{BoxFuture, Service},
    server::NamedService,
    Status,
};

use crate::{error::Error, server::grpc::chat_http::trailers, server::shutdown::shutting_down};

/// Service `S`, whose response streams end when `shutdown` turns true.
#[derive(Clone)]
pub struct EndAtShutdown<S> {
    inner: S,
    shutdown: watch::Receiver<bool>,
}

impl<S> EndAtShutdown<S> {
    /// Wraps `inner`; `shutdown` turns true when the server shuts down.
    pub fn new(inner: S, shutdown: watch::Receiver<bool>) -> Self {
        Self { inner, shutdown }
    }
}

impl<S: NamedService> NamedService for EndAtShutdown<S> {
    const NAME: &'static str = S::NAME;
}

impl<S, B> Service<http::Request<Body>> for EndAtShutdown<S>
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
        let request = request.map(|body| UntilShutdown::wrap(body, &self.shutdown, None));
        let response = self.inner.call(request);
        let shutdown = self.shutdown.clone();
        Box::pin(async move {
            let response = response.await?;
            let ending = trailers(&Status::from(Error::ShuttingDown));
            Ok(response.map(|body| UntilShutdown::wrap(Body::new(body), &shutdown, Some(ending))))
        })
    }
}

/// Completes when the server begins shutting down.
type Signal = Pin<Box<dyn Future<Output = ()> + Send>>;

fn signal(mut shutdown: watch::Receiver<bool>) -> Signal {
    Box::pin(async move { shutting_down(&mut shutdown).await })
}

/// A body that ends once `shutdown` completes, letting go of the inner
/// body (for a request: the client's stream), with `ending` as its last
/// frame if it has one (for a response: the trailers saying why).
struct UntilShutdown {
    body: Option<Body>,
    shutdown: Signal,
    ending: Option<http::HeaderMap>,
}

impl UntilShutdown {
    fn wrap(body: Body, shutdown: &watch::Receiver<bool>, ending: Option<http::HeaderMap>) -> Body {
        Body::new(Self {
            body: Some(body),
            shutdown: signal(shutdown.clone()),
            ending,
        })
    }
}

impl http_body::Body for UntilShutdown {
    type Data = Bytes;
    type Error = Status;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Status>>> {
        if self.body.is_some() && self.shutdown.as_mut().poll(cx).is_ready() {
            self.body = None;
            if let Some(ending) = self.ending.take() {
                return Poll::Ready(Some(Ok(Frame::trailers(ending))));
            }
        }
        let Some(body) = self.body.as_mut() else {
            return Poll::Ready(None);
        };
        let polled = Pin::new(body).poll_frame(cx);
        if let Poll::Ready(None) = polled {
            self.body = None;
            self.ending = None;
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.body
            .as_ref()
            .is_none_or(http_body::Body::is_end_stream)
    }
}
