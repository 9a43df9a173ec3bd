//! Public pages of the reception network (filled in below).

use super::AppState;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new()
}
