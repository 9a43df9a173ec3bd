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

    pub fn internal(cause: impl std::error::Error + Send + Sync + 'static, locale: Locale) -> ApiError {
        ApiError { code: ErrorCode::Internal, fields: FieldErrors::new(), locale, cause: Some(Box::new(cause)) }
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
