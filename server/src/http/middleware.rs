//! Security headers on every response, and the Origin check on every state-changing request.

use super::locale::request_locale;
use super::AppState;
use crate::error::ApiError;
use app::api::error::ErrorCode;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; \
form-action 'self'; frame-ancestors 'none'";

pub async fn security_headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    // A page may ask for less (the one-time link's page sends no Referer at all).
    if !h.contains_key(header::REFERRER_POLICY) {
        h.insert(header::REFERRER_POLICY, HeaderValue::from_static("strict-origin-when-cross-origin"));
    }
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    h.insert("permissions-policy", HeaderValue::from_static("camera=(), microphone=(), geolocation=()"));
    if state.config.is_https() {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=63072000; includeSubDomains"));
    }
    res
}

/// The origin of a URL (`scheme://host[:port]`).
fn origin_of(url: &str) -> &str {
    match url.find("://") {
        Some(i) => match url[i + 3..].find('/') {
            Some(j) => &url[..i + 3 + j],
            None => url,
        },
        None => url,
    }
}

/// Refuses a state-changing request sent by another site: `Sec-Fetch-Site: cross-site`, or an
/// `Origin` that is neither the public URL nor the host the request was sent to. Requests
/// without these headers (curl, servers, old browsers) carry no ambient credentials here.
pub async fn check_origin(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if !safe {
        let headers = req.headers();
        let fetch_site = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok());
        let cross_site = fetch_site == Some("cross-site");
        let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
        let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
        let origin_ok = match origin {
            None => true,
            // Browsers send `Origin: null` under a strict referrer policy; their own
            // `Sec-Fetch-Site` then still tells a same-origin form.
            Some("null") => fetch_site == Some("same-origin"),
            Some(o) => {
                o == origin_of(&state.config.public_url)
                    || host.is_some_and(|h| o == format!("http://{h}") || o == format!("https://{h}"))
            }
        };
        if cross_site || !origin_ok {
            tracing::warn!(origin = ?origin, "cross-origin state-changing request refused");
            let locale = request_locale(req.headers());
            return ApiError::new(ErrorCode::Forbidden, locale).into_response();
        }
    }
    next.run(req).await
}

#[cfg(test)]
mod tests {
    #[test]
    fn origin_of_urls() {
        assert_eq!(super::origin_of("https://a.example/x/y"), "https://a.example");
        assert_eq!(super::origin_of("http://127.0.0.1:3000"), "http://127.0.0.1:3000");
    }
}
