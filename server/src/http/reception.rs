//! Reception sites and bookings over HTTP: the JSON API (`/api/v1/sites`, `/slots`,
//! `/bookings`) and the public pages (directory, booking, the owner's management page).

use super::client::ClientIp;
use super::locale::request_locale;
use super::{today, AppState};
use crate::error::ApiError;
use crate::reception::bookings::{self, BookingError};
use crate::reception::sites::{self, Site, SiteFilter};
use crate::reception::{rfc3339, slots};
use app::api::error::{ErrorCode, FieldErrors};
use app::api::reception::{BookingCreated, BookingInput, HoursDto, SiteDto, SlotDto};
use app::domain::date::Date;
use app::domain::schedule::{hhmm, ReceptionRules};
use app::i18n::Locale;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use axum::{Json, Router};

pub fn api_routes() -> Router<AppState> {
    Router::new()
        .route("/sites", get(sites_api))
        .route("/sites/{id}/slots", get(site_slots_api))
        .route("/slots", get(slots_api))
        .route("/bookings", post(book_api))
        .route("/bookings/{token}", delete(cancel_api))
        .route("/bookings/{token}/move", post(move_api))
}

pub fn page_routes() -> Router<AppState> {
    pages::routes()
}

mod pages;

/// A site with its weekly hours, as the API and the directory show it.
pub(crate) async fn site_dtos(state: &AppState, list: Vec<Site>) -> Result<Vec<SiteDto>, sqlx::Error> {
    let ranges = sites::ranges(&state.pool, None).await?;
    let today = today();
    Ok(list
        .into_iter()
        .map(|s| {
            let hours = ranges
                .iter()
                .filter(|(_, site, r)| *site == s.id && r.valid_to.is_none_or(|t| t >= today))
                .map(|(_, _, r)| HoursDto {
                    weekday: r.weekday,
                    start: hhmm(r.start),
                    end: hhmm(r.end),
                    slot_minutes: r.slot_minutes,
                    capacity: r.capacity,
                    valid_from: r.valid_from.to_string(),
                    valid_to: r.valid_to.map(|d| d.to_string()),
                })
                .collect();
            SiteDto {
                bookable: s.bookable(),
                languages: s.languages(),
                services: s.services(),
                id: s.id,
                name: s.name,
                insee_code: s.insee_code,
                commune: s.commune,
                address: s.address,
                postcode: s.postcode,
                kind: s.kind,
                tier: s.tier,
                step_free: s.step_free,
                phone: s.phone,
                hours,
                demonstration: s.is_demo,
            }
        })
        .collect())
}

#[derive(serde::Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SitesQuery {
    /// INSEE code of a commune.
    #[serde(default)]
    commune: String,
    /// ISO 639-1 code of a language spoken at the site.
    #[serde(default)]
    language: String,
    /// `true`: step-free access only.
    #[serde(default)]
    step_free: Option<String>,
}

impl SitesQuery {
    fn filter(&self) -> SiteFilter {
        SiteFilter {
            commune: self.commune.trim().to_owned(),
            language: self.language.trim().to_lowercase(),
            step_free: matches!(self.step_free.as_deref(), Some("true" | "1" | "on")),
            bookable_only: false,
        }
    }
}

fn db_error(e: sqlx::Error, l: Locale) -> ApiError {
    ApiError::internal(e, l)
}

/// Reception sites, with their weekly opening hours.
#[utoipa::path(get, path = "/sites", params(SitesQuery), responses((status = 200, body = [SiteDto])))]
pub async fn sites_api(State(state): State<AppState>, headers: HeaderMap, Query(q): Query<SitesQuery>) -> Result<Json<Vec<SiteDto>>, ApiError> {
    let l = request_locale(&headers);
    let list = sites::list(&state.pool, &q.filter()).await.map_err(|e| db_error(e, l))?;
    Ok(Json(site_dtos(&state, list).await.map_err(|e| db_error(e, l))?))
}

#[derive(serde::Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RangeQuery {
    /// First day, `YYYY-MM-DD` (default: today).
    #[serde(default)]
    from: String,
    /// Last day, included (default: from + 14 days; at most 92 days after `from`).
    #[serde(default)]
    to: String,
    /// Across sites: INSEE code of a commune.
    #[serde(default)]
    commune: String,
    /// Across sites: a language spoken.
    #[serde(default)]
    language: String,
}

/// The period asked for, checked: dates valid, `to` not before `from`, at most 92 days.
fn period(q: &RangeQuery, l: Locale) -> Result<(Date, Date), ApiError> {
    let mut fields = FieldErrors::new();
    let from = if q.from.is_empty() { Some(today()) } else { Date::parse(&q.from) };
    if from.is_none() {
        fields.insert("from".into(), ErrorCode::InvalidDate);
    }
    let to = match (q.to.is_empty(), from) {
        (true, Some(f)) => Some(f.add_days(14)),
        (true, None) => None,
        (false, _) => Date::parse(&q.to),
    };
    if !q.to.is_empty() && to.is_none() {
        fields.insert("to".into(), ErrorCode::InvalidDate);
    }
    match (from, to) {
        (Some(f), Some(t)) if t < f || t.to_days() - f.to_days() > 92 => {
            fields.insert("to".into(), ErrorCode::OutOfRange);
            Err(ApiError::fields(fields, l))
        }
        (Some(f), Some(t)) if fields.is_empty() => Ok((f, t)),
        _ => Err(ApiError::fields(fields, l)),
    }
}

fn slot_dto(s: &slots::FreeSlot) -> SlotDto {
    SlotDto { site_id: s.site_id, start: rfc3339(s.start_at), end: rfc3339(s.end_at), available: s.available }
}

fn not_before() -> i64 {
    crate::clock::now() + ReceptionRules::embedded().min_notice_hours * 3600
}

/// A site's slots in a period (from the minimum notice on), each with its free seats.
#[utoipa::path(
    get,
    path = "/sites/{id}/slots",
    params(("id" = i64, Path, description = "Site id"), RangeQuery),
    responses((status = 200, body = [SlotDto]), (status = 404, body = app::api::error::ErrorBody), (status = 422, body = app::api::error::ErrorBody))
)]
pub async fn site_slots_api(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<i64>, Query(q): Query<RangeQuery>) -> Result<Json<Vec<SlotDto>>, ApiError> {
    let l = request_locale(&headers);
    let (from, to) = period(&q, l)?;
    let site = sites::get(&state.pool, id).await.map_err(|e| db_error(e, l))?.ok_or_else(|| ApiError::new(ErrorCode::NotFound, l))?;
    let list = slots::for_site(&state.pool, &site, from, to, not_before()).await.map_err(|e| db_error(e, l))?;
    Ok(Json(list.iter().map(slot_dto).collect()))
}

/// Free slots across the bookable sites (optionally of a commune, or speaking a language).
#[utoipa::path(get, path = "/slots", params(RangeQuery), responses((status = 200, body = [SlotDto]), (status = 422, body = app::api::error::ErrorBody)))]
pub async fn slots_api(State(state): State<AppState>, headers: HeaderMap, Query(q): Query<RangeQuery>) -> Result<Response, ApiError> {
    let l = request_locale(&headers);
    let (from, to) = period(&q, l)?;
    let filter = SiteFilter { commune: q.commune.trim().to_owned(), language: q.language.trim().to_lowercase(), ..Default::default() };
    // Slots start on whole minutes, so "at or after the notice" is the same test against the
    // notice rounded up to the minute: the answer holds for that minute, until the next commit.
    let notice = not_before();
    let not_before = notice.div_euclid(60) * 60 + if notice.rem_euclid(60) > 0 { 60 } else { 0 };
    let key = format!("{from}|{to}|{}|{}|{not_before}", filter.commune, filter.language);
    let stamp = state.data_version.stamp(&state.pool).await;
    let mut cached = state.slot_cache.get(&stamp, &key);
    // On a miss, wait for any search being computed, then look again before computing.
    let _turn = match cached {
        Some(_) => None,
        None => {
            let turn = state.slot_cache.turn().await;
            cached = state.slot_cache.get(&stamp, &key);
            Some(turn)
        }
    };
    let body = match cached {
        Some(body) => body,
        None => {
            let list = slots::across(&state.pool, &filter, from, to, not_before).await.map_err(|e| db_error(e, l))?;
            let dtos: Vec<SlotDto> = list.iter().map(slot_dto).collect();
            let body = axum::body::Bytes::from(serde_json::to_vec(&dtos).map_err(|e| ApiError::internal(e, l))?);
            state.slot_cache.put(stamp, key, body.clone());
            body
        }
    };
    Ok(([(axum::http::header::CONTENT_TYPE, "application/json")], body).into_response())
}

/// `start` as sent: RFC 3339 (API) or Unix seconds (the form's choice).
pub(crate) fn parse_start(s: &str) -> Option<i64> {
    let s = s.trim();
    if let Ok(n) = s.parse::<i64>() {
        return Some(n);
    }
    s.parse::<jiff::Timestamp>().ok().map(|t| t.as_second())
}

/// The API error of a booking failure.
pub(crate) fn booking_error(e: BookingError, l: Locale) -> ApiError {
    let field = |code| ApiError::fields(FieldErrors::from([("start".to_owned(), code)]), l);
    match e {
        BookingError::SiteNotFound => ApiError::fields(FieldErrors::from([("site_id".to_owned(), ErrorCode::NotFound)]), l),
        BookingError::NotBookable => ApiError::fields(FieldErrors::from([("site_id".to_owned(), ErrorCode::NotBookable)]), l),
        BookingError::SlotUnavailable => field(ErrorCode::SlotUnavailable),
        BookingError::SlotFull => ApiError::new(ErrorCode::SlotFull, l),
        BookingError::NurAlreadyBooked => ApiError::new(ErrorCode::NurAlreadyBooked, l),
        BookingError::HelpFull => ApiError::new(ErrorCode::HelpFull, l),
        BookingError::TooLong => ApiError::new(ErrorCode::TooLarge, l),
        BookingError::CutoffPassed => ApiError::new(ErrorCode::CutoffPassed, l),
        BookingError::NotFound => ApiError::new(ErrorCode::NotFound, l),
        BookingError::Db(e) => ApiError::internal(e, l),
    }
}

fn limited(state: &AppState, ip: &str, l: Locale) -> Result<(), ApiError> {
    if state.booking_limiter.allow(ip, crate::clock::now()) {
        Ok(())
    } else {
        Err(ApiError::new(ErrorCode::RateLimited, l))
    }
}

/// Books an interview (or registration help). Double booking is impossible: the loser of a race
/// gets `409 slot_full`. A demand number may hold a few active bookings, each with its own email
/// (`EQUILIBRE_BOOKINGS_PER_NUR`, default 2; those sharing a number are checked at the desk):
/// `409 nur_already_booked` when this number and email already hold one, or the number holds as
/// many as allowed. Help to register (no number) is bounded per site and day: `409 help_full`.
#[utoipa::path(
    post,
    path = "/bookings",
    request_body = app::api::reception::BookingRequestDoc,
    responses(
        (status = 201, body = BookingCreated),
        (status = 409, description = "`slot_full`, `nur_already_booked` or `help_full`", body = app::api::error::ErrorBody),
        (status = 422, body = app::api::error::ErrorBody),
        (status = 429, description = "`rate_limited`", body = app::api::error::ErrorBody)
    )
)]
pub async fn book_api(State(state): State<AppState>, ClientIp(ip): ClientIp, headers: HeaderMap, body: Bytes) -> Result<Response, ApiError> {
    let l = request_locale(&headers);
    limited(&state, &ip, l)?;
    let value: serde_json::Value = serde_json::from_slice(&body).map_err(|_| ApiError::new(ErrorCode::InvalidJson, l))?;
    let input = BookingInput::from_json(&value);
    let valid = input.validate(today(), l).map_err(|f| ApiError::fields(f, l))?;
    let start_at = parse_start(&valid.start).ok_or_else(|| ApiError::fields(FieldErrors::from([("start".to_owned(), ErrorCode::SlotUnavailable)]), l))?;
    let created = bookings::create(&state.pool, &valid, start_at, &state.config.public_url, None, state.config.booking_limits).await.map_err(|e| booking_error(e, l))?;
    state.mail.wake();
    let body = BookingCreated {
        id: created.id,
        site_id: created.site_id,
        start: rfc3339(created.start_at),
        end: rfc3339(created.end_at),
        deadline: created.deadline.map(|d| d.to_string()),
        within_deadline: created.within_deadline,
    };
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

/// Cancels a booking through its owner's link token (until the cut-off).
#[utoipa::path(
    delete,
    path = "/bookings/{token}",
    params(("token" = String, Path, description = "The token of the link sent to the owner")),
    responses((status = 204), (status = 404, body = app::api::error::ErrorBody), (status = 409, description = "`cutoff_passed`", body = app::api::error::ErrorBody))
)]
pub async fn cancel_api(State(state): State<AppState>, ClientIp(ip): ClientIp, headers: HeaderMap, Path(token): Path<String>) -> Result<Response, ApiError> {
    let l = request_locale(&headers);
    limited(&state, &ip, l)?;
    let b = bookings::by_token(&state.pool, &token).await.map_err(|e| db_error(e, l))?.ok_or_else(|| ApiError::new(ErrorCode::NotFound, l))?;
    let actor = crate::audit::Actor { id: None, label: "owner".into(), ip };
    bookings::cancel(&state.pool, b.id, "", &actor, &state.config.public_url, true).await.map_err(|e| booking_error(e, l))?;
    state.mail.wake();
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(serde::Deserialize, serde::Serialize, utoipa::ToSchema)]
pub struct MoveRequestDoc {
    /// RFC 3339 start of a free slot of the same site.
    pub start: String,
}

/// Moves a booking to another slot of the same site (until the cut-off).
#[utoipa::path(
    post,
    path = "/bookings/{token}/move",
    params(("token" = String, Path, description = "The token of the link sent to the owner")),
    request_body = MoveRequestDoc,
    responses((status = 200, body = BookingCreated), (status = 404, body = app::api::error::ErrorBody), (status = 409, body = app::api::error::ErrorBody), (status = 422, body = app::api::error::ErrorBody))
)]
pub async fn move_api(State(state): State<AppState>, ClientIp(ip): ClientIp, headers: HeaderMap, Path(token): Path<String>, body: Bytes) -> Result<Json<BookingCreated>, ApiError> {
    let l = request_locale(&headers);
    limited(&state, &ip, l)?;
    let value: serde_json::Value = serde_json::from_slice(&body).map_err(|_| ApiError::new(ErrorCode::InvalidJson, l))?;
    let start = value.get("start").and_then(|v| v.as_str()).and_then(parse_start);
    let start = start.ok_or_else(|| ApiError::fields(FieldErrors::from([("start".to_owned(), ErrorCode::Required)]), l))?;
    let b = bookings::by_token(&state.pool, &token).await.map_err(|e| db_error(e, l))?.ok_or_else(|| ApiError::new(ErrorCode::NotFound, l))?;
    let actor = crate::audit::Actor { id: None, label: "owner".into(), ip };
    let moved = bookings::move_to(&state.pool, b.id, start, &actor, &state.config.public_url, true, "", state.config.booking_limits).await.map_err(|e| booking_error(e, l))?;
    state.mail.wake();
    Ok(Json(BookingCreated {
        id: moved.id,
        site_id: moved.site_id,
        start: rfc3339(moved.start_at),
        end: rfc3339(moved.end_at),
        deadline: moved.deadline.clone(),
        within_deadline: moved.within_deadline,
    }))
}
