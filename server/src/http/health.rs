use super::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;

pub fn routes() -> Router<AppState> {
    Router::new().route("/healthz", get(healthz))
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct Health {
    /// `ok` when the server answers.
    status: &'static str,
    /// `ok` or `error`.
    db: &'static str,
}

/// Liveness and database reachability.
#[utoipa::path(get, path = "/healthz", responses(
    (status = 200, description = "Server and database up", body = Health),
    (status = 503, description = "Database unreachable", body = Health)
))]
pub async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    if crate::db::ping(&state.pool).await {
        (StatusCode::OK, Json(Health { status: "ok", db: "ok" }))
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, Json(Health { status: "ok", db: "error" }))
    }
}
