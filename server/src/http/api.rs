//! `/api/v1`: JSON routes and their OpenAPI document (generated from this code).

use super::locale::request_locale;
use super::{today, AppState};
use crate::error::ApiError;
use app::api::eligibility::{add_problems, request_from_json, EligibilityRequestDoc, EligibilityResponse};
use app::api::error::{ErrorBody, ErrorCode, FieldErrors};
use app::domain::eligibility::evaluate;
use app::domain::rules::Rules;
use axum::body::Bytes;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Équilibre API",
        description = "Public information of the Métropole Européenne de Lille's social-housing demand plan. \
Errors are `{\"error\": {\"code\", \"message\", \"fields\"}}`; messages follow `Accept-Language` (fr, en, ar).",
        version = "1"
    ),
    servers((url = "/api/v1")),
    paths(eligibility, openapi_json, crate::http::health::healthz, crate::http::indicators::communes_api, crate::http::indicators::commune_api, crate::http::indicators::quartier_api, crate::http::reception::sites_api, crate::http::reception::site_slots_api, crate::http::reception::slots_api, crate::http::reception::book_api, crate::http::reception::cancel_api, crate::http::reception::move_api, crate::http::bilan::bilan_api),
    components(schemas(ErrorBody, EligibilityRequestDoc, EligibilityResponse, app::api::indicators::CommuneList, app::api::indicators::CommuneDetail, app::api::indicators::QuartierDetail, app::api::reception::SiteDto, app::api::reception::HoursDto, app::api::reception::SlotDto, app::api::reception::BookingRequestDoc, app::api::reception::BookingCreated, app::api::reception::Motive, crate::http::reception::MoveRequestDoc, app::domain::bilan::Bilan))
)]
pub struct ApiDoc;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(openapi_json))
        .route("/eligibility", post(eligibility))
        .merge(crate::http::indicators::api_routes())
        .merge(crate::http::reception::api_routes())
        .merge(crate::http::bilan::api_routes())
}

/// This document.
#[utoipa::path(get, path = "/openapi.json", responses((status = 200, description = "OpenAPI 3.1 document")))]
async fn openapi_json() -> Response {
    Json(ApiDoc::openapi()).into_response()
}

/// Household category, ceilings, eligibility, CIET band and possible ACI priority.
///
/// Nothing sent here is logged or stored.
#[utoipa::path(
    post,
    path = "/eligibility",
    request_body = EligibilityRequestDoc,
    responses(
        (status = 200, description = "The result, with the rule set it was computed with", body = EligibilityResponse),
        (status = 400, description = "Body is not JSON", body = ErrorBody),
        (status = 422, description = "Invalid fields, each with its code and message", body = ErrorBody)
    )
)]
async fn eligibility(headers: HeaderMap, body: Bytes) -> Result<Json<EligibilityResponse>, ApiError> {
    let locale = request_locale(&headers);
    let value: serde_json::Value =
        serde_json::from_slice(&body).map_err(|_| ApiError::new(ErrorCode::InvalidJson, locale))?;
    let req = request_from_json(&value).map_err(|f| ApiError::fields(f, locale))?;
    let outcome = evaluate(&req, Rules::embedded(), today()).map_err(|problems| {
        let mut fields = FieldErrors::new();
        add_problems(&mut fields, &problems);
        ApiError::fields(fields, locale)
    })?;
    Ok(Json(EligibilityResponse::from(&outcome)))
}
