//! The benchmark's references (`make bench`, only with `EQUILIBRE_BENCH_ROUTES=1`): a fixed
//! string, and an in-memory copy of a typical page (a commune's), served through the same
//! middleware as the real routes, so the ratios measure our work and nothing else.

use super::AppState;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new().route("/bench/fixed", get(fixed)).route("/bench/page", get(page))
}

async fn fixed() -> &'static str {
    "Équilibre"
}

/// The commune page of Lille as rendered once by its real handler, then served from memory.
async fn page(State(state): State<AppState>) -> Response {
    static PAGE: tokio::sync::OnceCell<Bytes> = tokio::sync::OnceCell::const_new();
    let body = PAGE
        .get_or_init(|| async {
            let res = super::indicators::commune_page(
                State(state.clone()),
                super::pages::PageLocale(app::i18n::Locale::Fr),
                axum::extract::Path(("fr".to_owned(), "59350".to_owned())),
                axum::extract::Query(super::indicators::Format::default()),
                axum::http::HeaderMap::new(),
            )
            .await;
            axum::body::to_bytes(res.into_body(), 16 * 1024 * 1024).await.unwrap_or_default()
        })
        .await
        .clone();
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response()
}
