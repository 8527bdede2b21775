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
        let request = request.map(|body| {
            Body::new(RequestUntilShutdown {
                body: Some(body),
                shutdown: signal(self.shutdown.clone()),
            })
        });
        let response = self.inner.call(request);
        let shutdown = self.shutdown.clone();
        Box::pin(async move {
            let response = response.await?;
            Ok(response.map(|body| {
                Body::new(ResponseUntilShutdown {
                    body: Body::new(body),
                    shutdown: signal(shutdown),
                    done: false,
                })
            }))
        })
    }
}

/// Completes when the server begins shutting down.
type Signal = Pin<Box<dyn Future<Output = ()> + Send>>;

fn signal(mut shutdown: watch::Receiver<bool>) -> Signal {
    Box::pin(async move { shutting_down(&mut shutdown).await })
}

/// A request body that ends, and lets go of the client's stream, once
/// `shutdown` completes.
struct RequestUntilShutdown {
    body: Option<Body>,
    shutdown: Signal,
}

impl http_body::Body for RequestUntilShutdown {
    type Data = Bytes;
    type Error = Status;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Status>>> {
        if self.body.is_some() && self.shutdown.as_mut().poll(cx).is_ready() {
            self.body = None;
        }
        match self.body.as_mut() {
            Some(body) => Pin::new(body).poll_frame(cx),
            None => Poll::Ready(None),
        }
    }

    fn is_end_stream(&self) -> bool {
        self.body
            .as_ref()
            .is_none_or(http_body::Body::is_end_stream)
    }
}

/// A response body that ends with UNAVAILABLE once `shutdown` completes.
struct ResponseUntilShutdown {
    body: Body,
    shutdown: Signal,
    done: bool,
}

impl http_body::Body for ResponseUntilShutdown {
    type Data = Bytes;
    type Error = Status;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Status>>> {
        if self.done {
            return Poll::Ready(None);
        }
        if self.shutdown.as_mut().poll(cx).is_ready() {
            self.done = true;
            let status = Status::from(Error::ShuttingDown);
            return Poll::Ready(Some(Ok(Frame::trailers(trailers(&status)))));
        }
        let polled = Pin::new(&mut self.body).poll_frame(cx);
        if let Poll::Ready(None) = polled {
            self.done = true;
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.done || self.body.is_end_stream()
    }
}
