//! What an operator sees of the running portal: one span and one log line per request, with a
//! request id (returned as `x-request-id`) and the route *template* — never the raw path or
//! query, since booking, password and management links carry bearer tokens in their paths —
//! and `GET /metrics` in the Prometheus text format, closed unless a token is configured.

use super::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;
use sha2::Digest;
use std::sync::OnceLock;
use std::time::Instant;
use tracing::Instrument;

pub const REQUEST_ID: &str = "x-request-id";
/// A client's id is kept when it is this short and plain (it goes into logs).
const MAX_ID_LEN: usize = 64;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: &'static str,
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: &'static str,
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct EmailLabels {
    outcome: &'static str,
}

/// The process's counters. One per process (the email worker and the services count without
/// the HTTP state).
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram>,
    bookings: Counter,
    emails: Family<EmailLabels, Counter>,
    pool_size: Gauge,
    pool_idle: Gauge,
}

pub fn metrics() -> &'static Metrics {
    static METRICS: OnceLock<Metrics> = OnceLock::new();
    METRICS.get_or_init(|| {
        let mut registry = Registry::with_prefix("equilibre");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register("http_requests", "HTTP requests answered, by route template and status", requests.clone());
        // 1 ms to about 16 s.
        let latency: Family<RouteLabels, Histogram> = Family::new_with_constructor(|| Histogram::new(exponential_buckets(0.001, 2.0, 15)));
        registry.register("http_request_duration_seconds", "Time to answer, by route template", latency.clone());
        let bookings = Counter::default();
        registry.register("bookings", "Bookings made (online, by phone and at the desk)", bookings.clone());
        let emails = Family::<EmailLabels, Counter>::default();
        registry.register("emails", "Emails by outcome: queued, sent, attempt_failed (retried later)", emails.clone());
        let pool_size = Gauge::default();
        registry.register("db_pool_connections", "Database connections open", pool_size.clone());
        let pool_idle = Gauge::default();
        registry.register("db_pool_idle_connections", "Database connections open and idle", pool_idle.clone());
        Metrics { registry, requests, latency, bookings, emails, pool_size, pool_idle }
    })
}

impl Metrics {
    pub fn booking_made(&self) {
        self.bookings.inc();
    }

    /// `queued`, `sent` or `attempt_failed`.
    pub fn email(&self, outcome: &'static str) {
        self.emails.get_or_create(&EmailLabels { outcome }).inc();
    }
}

/// A client-sent id if it is short and plain, else a new random one.
fn request_id(headers: &HeaderMap) -> String {
    let sent = headers.get(REQUEST_ID).and_then(|v| v.to_str().ok()).filter(|id| {
        !id.is_empty() && id.len() <= MAX_ID_LEN && id.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
    });
    match sent {
        Some(id) => id.to_owned(),
        None => {
            let mut bytes = [0u8; 12];
            // Without the system's randomness an id still correlates a header with its log line.
            if getrandom::getrandom(&mut bytes).is_err() {
                bytes[..8].copy_from_slice(&(crate::clock::now() as u64).to_le_bytes());
            }
            data_encoding::HEXLOWER.encode(&bytes)
        }
    }
}

/// The span, the log line and the counters of a request. Runs after routing, so the route is
/// the matched template (`/{lang}/rendez-vous/{token}`), or `unmatched`.
pub async fn observe(req: Request, next: Next) -> Response {
    let started = Instant::now();
    let id = request_id(req.headers());
    // Clients choose the method: an unknown one is `other`, so labels stay few.
    let method = match *req.method() {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    };
    let route = req.extensions().get::<MatchedPath>().map_or("unmatched", |p| p.as_str()).to_owned();
    let span = tracing::info_span!("request", id = %id, method = %method, route = %route);
    let mut res = next.run(req).instrument(span.clone()).await;
    let status = res.status().as_u16();
    let seconds = started.elapsed().as_secs_f64();
    span.in_scope(|| tracing::info!(target: "equilibre::access", status, ms = (seconds * 1000.0).round() as u64, "answered"));
    let m = metrics();
    m.requests.get_or_create(&RequestLabels { method, route: route.clone(), status }).inc();
    m.latency.get_or_create(&RouteLabels { method, route }).observe(seconds);
    if let Ok(v) = HeaderValue::from_str(&id) {
        res.headers_mut().insert(REQUEST_ID, v);
    }
    res
}

/// `GET /metrics`: 404 unless `EQUILIBRE_METRICS_TOKEN` is set (nothing to find), then 401
/// without that bearer token.
pub async fn scrape(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let Some(token) = state.config.metrics_token.as_deref() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let given = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
    // Digests compared: the time taken tells nothing of the token.
    let digest = |t: &str| sha2::Sha256::digest(t.as_bytes());
    if !given.is_some_and(|g| digest(g) == digest(token)) {
        return (StatusCode::UNAUTHORIZED, [(header::WWW_AUTHENTICATE, "Bearer")]).into_response();
    }
    let m = metrics();
    m.pool_size.set(i64::from(state.pool.size()));
    m.pool_idle.set(state.pool.num_idle() as i64);
    let mut body = String::new();
    if prometheus_client::encoding::text::encode(&mut body, &m.registry).is_err() {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    ([(header::CONTENT_TYPE, "application/openmetrics-text; version=1.0.0; charset=utf-8"), (header::CACHE_CONTROL, "no-store")], body).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sent_id_is_kept_only_when_short_and_plain() {
        let with = |v: &str| {
            let mut h = HeaderMap::new();
            h.insert(REQUEST_ID, HeaderValue::from_str(v).unwrap());
            request_id(&h)
        };
        assert_eq!(with("abc-123_x.y"), "abc-123_x.y");
        for bad in ["", "a b", "x\"y", &"a".repeat(65), "é"] {
            let mut h = HeaderMap::new();
            if let Ok(v) = HeaderValue::from_str(bad) {
                h.insert(REQUEST_ID, v);
            }
            let id = request_id(&h);
            assert_eq!(id.len(), 24, "{bad:?} replaced");
            assert!(id.bytes().all(|b| b.is_ascii_hexdigit()));
        }
        assert_ne!(request_id(&HeaderMap::new()), request_id(&HeaderMap::new()));
    }
}
