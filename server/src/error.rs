//! HTTP-layer errors: each maps to a status and a translated message; the internal cause is
//! logged, never shown.

use app::api::error::{ErrorBody, ErrorCode, FieldErrors};
use app::i18n::{sources, Locale};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;

/// An API error, rendered as `{"error": {"code", "message", "fields"}}` in the caller's language.
#[derive(Debug, thiserror::Error)]
#[error("{code:?}")]
pub struct ApiError {
    pub code: ErrorCode,
    pub fields: FieldErrors,
    pub locale: Locale,
    #[source]
    pub cause: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl ApiError {
    pub fn new(code: ErrorCode, locale: Locale) -> ApiError {
        ApiError { code, fields: FieldErrors::new(), locale, cause: None }
    }

    pub fn fields(fields: FieldErrors, locale: Locale) -> ApiError {
        ApiError { code: ErrorCode::ValidationFailed, fields, locale, cause: None }
    }

    /// A failure of ours; when the database cannot write (read-only, disk full, busy beyond the
    /// timeout), the answer says the service is unavailable for now (503), not that it broke.
    pub fn internal(cause: impl std::error::Error + Send + Sync + 'static, locale: Locale) -> ApiError {
        let cause: Box<dyn std::error::Error + Send + Sync> = Box::new(cause);
        let code = if cause.downcast_ref::<sqlx::Error>().is_some_and(storage_unavailable) { ErrorCode::DatabaseUnavailable } else { ErrorCode::Internal };
        ApiError { code, fields: FieldErrors::new(), locale, cause: Some(cause) }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let Some(cause) = &self.cause {
            tracing::error!(code = ?self.code, error = %cause, "request failed");
        }
        let status = StatusCode::from_u16(self.code.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = ErrorBody::new(self.code, &*sources::catalog(self.locale), &self.fields);
        (status, Json(body)).into_response()
    }
}

/// Whether a database error means the storage cannot take writes now (SQLite: read-only,
/// full, I/O error, locked beyond the busy timeout; or no connection in time), rather than a bug.
pub fn storage_unavailable(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::PoolTimedOut | sqlx::Error::Io(_) => true,
        sqlx::Error::Database(d) => d
            .code()
            .and_then(|c| c.parse::<i64>().ok())
            .is_some_and(|c| matches!(c & 0xff, 5 | 6 | 8 | 10 | 13 | 14)),
        _ => false,
    }
}
