//! The embedded web page: `GET /` answers with the chat page (built from
//! `clients/web/` and committed under `clients/web/dist/`), compiled into
//! the binary, so the server needs no files beside it. The page talks
//! gRPC-Web to the same origin.
//!
//! A tower layer in front of gRPC-Web: a `GET` or `HEAD` is answered here
//! (the page's few files, or 404 for any other path: nothing else of the
//! server is reachable that way); every other request (gRPC, gRPC-Web,
//! CORS preflights) goes on unchanged. With `--web off` everything goes
//! on, as if this layer were not there.

use std::{
    future::Future,
    pin::Pin,
    task::{Context, Poll},
};

use bytes::Bytes;
use http::{header, HeaderValue, Method, Request, Response, StatusCode};
use http_body::Frame;

/// One file of the page.
struct Asset {
    path: &'static str,
    content_type: &'static str,
    body: &'static [u8],
}

/// The page's files, by path.
const ASSETS: &[Asset] = &[
    Asset {
        path: "/",
        content_type: "text/html; charset=utf-8",
        body: include_bytes!("../../clients/web/dist/index.html"),
    },
    Asset {
        path: "/app.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../../clients/web/dist/app.js"),
    },
    Asset {
        path: "/app.css",
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("../../clients/web/dist/app.css"),
    },
];

/// What the page may load and reach: its own files and its own origin.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
    style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; \
    form-action 'none'; frame-ancestors 'none'";

/// Serves the page in front of a service, when enabled.
#[derive(Clone, Copy, Debug)]
pub(crate) struct WebLayer {
    enabled: bool,
}

impl WebLayer {
    /// Serves the page if `enabled`; otherwise passes everything on.
    pub(crate) fn new(enabled: bool) -> Self {
        Self { enabled }
    }
}

impl<S> tower_layer::Layer<S> for WebLayer {
    type Service = WebPage<S>;

    fn layer(&self, inner: S) -> Self::Service {
        WebPage {
            inner,
            enabled: self.enabled,
        }
    }
}

/// The service [`WebLayer`] makes.
#[derive(Clone, Debug)]
pub(crate) struct WebPage<S> {
    inner: S,
    enabled: bool,
}

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

impl<S, ReqBody, ResBody> tonic::codegen::Service<Request<ReqBody>> for WebPage<S>
where
    S: tonic::codegen::Service<Request<ReqBody>, Response = Response<ResBody>>,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
    ResBody: http_body::Body<Data = Bytes> + Send + 'static,
    ResBody::Error: Into<tonic::codegen::StdError>,
{
    type Response = Response<tonic::body::Body>;
    type Error = S::Error;
    type Future = BoxFuture<Result<Self::Response, Self::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        let method = request.method();
        if self.enabled && (method == Method::GET || method == Method::HEAD) {
            let answer = page(request.uri().path(), method == Method::HEAD);
            return Box::pin(std::future::ready(Ok(answer)));
        }
        let answer = self.inner.call(request);
        Box::pin(async move { Ok(answer.await?.map(tonic::body::Body::new)) })
    }
}

/// The answer to a `GET` (or, without its body, a `HEAD`) of `path`.
fn page(path: &str, head: bool) -> Response<tonic::body::Body> {
    let (status, content_type, body): (_, _, &'static [u8]) =
        match ASSETS.iter().find(|asset| asset.path == path) {
            Some(asset) => (StatusCode::OK, asset.content_type, asset.body),
            None => (
                StatusCode::NOT_FOUND,
                "text/plain; charset=utf-8",
                b"not found: this server serves its chat page on / and gRPC\n",
            ),
        };
    let length = body.len();
    let body = if head { &[][..] } else { body };
    let mut response = Response::new(tonic::body::Body::new(Whole(Some(Bytes::from_static(
        body,
    )))));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}

/// A body sent in one piece.
struct Whole(Option<Bytes>);

impl http_body::Body for Whole {
    type Data = Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        Poll::Ready(self.0.take().map(|bytes| Ok(Frame::data(bytes))))
    }

    fn is_end_stream(&self) -> bool {
        self.0.is_none()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        let length = self.0.as_ref().map_or(0, Bytes::len);
        http_body::SizeHint::with_exact(length as u64)
    }
}
