//! `/assets/…`: hashed, immutable, precompressed.

use super::AppState;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new().route("/assets/{file}", get(serve))
}

/// Whether `Accept-Encoding` lists `coding` with a non-zero weight.
fn accepts(headers: &HeaderMap, coding: &str) -> bool {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|part| {
            let mut it = part.trim().split(';');
            it.next().is_some_and(|c| c.trim().eq_ignore_ascii_case(coding))
                && !it.any(|p| matches!(p.trim(), "q=0" | "q=0.0" | "q=0.00" | "q=0.000"))
        })
}

async fn serve(State(state): State<AppState>, uri: Uri, headers: HeaderMap) -> Response {
    let Some(asset) = state.assets.get(uri.path()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()) == Some(asset.etag.as_str()) {
        return StatusCode::NOT_MODIFIED.into_response();
    }
    let (body, encoding) = if accepts(&headers, "br") {
        (asset.br.clone(), Some("br"))
    } else if accepts(&headers, "gzip") {
        (asset.gzip.clone(), Some("gzip"))
    } else {
        (asset.identity.clone(), None)
    };
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(asset.content_type));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
    h.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    if let Ok(etag) = HeaderValue::from_str(&asset.etag) {
        h.insert(header::ETAG, etag);
    }
    if let Some(e) = encoding {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(e));
    }
    res
}
