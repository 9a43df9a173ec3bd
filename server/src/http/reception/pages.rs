//! Public pages of the reception network: the directory, the two booking steps, the owner's page.
//! Every form posts and the server re-renders; nothing personal goes in a URL.

use super::super::client::ClientIp;
use super::super::pages::{page, PageLocale};
use super::super::{csrf, today, AppState};
use super::site_dtos;
use crate::audit::Actor;
use crate::reception::bookings::{self, Booking, BookingError};
use crate::reception::sites::{self, Site, SiteFilter};
use crate::reception::slots::{self, FreeSlot};
use crate::reception::local;
use app::api::error::{ErrorCode, FieldErrors};
use app::api::reception::validate_demand;
use app::api::urlencoded;
use app::domain::date::Date;
use app::domain::schedule::ReceptionRules;
use app::i18n::Locale;
use app::pages::booking::{
    parse_slot_value, slot_value, BookingForm, BookingSlotsPage, BookingStartPage, DirectoryPage, DirectoryQuery, ManagePage, ManageView, SlotOption, SlotsView, BOOKING_PATH,
    SITES_PATH,
};
use app::pages::not_found::ErrorPage;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use leptos::prelude::*;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(&format!("/{{lang}}{SITES_PATH}"), get(directory))
        .route(&format!("/{{lang}}{BOOKING_PATH}"), get(start_page).post(start_post))
        .route(&format!("/{{lang}}{BOOKING_PATH}/confirmer"), post(confirm))
        .route(&format!("/{{lang}}{BOOKING_PATH}/{{token}}"), get(manage_page))
        .route(&format!("/{{lang}}{BOOKING_PATH}/{{token}}/annuler"), post(cancel_post))
        .route(&format!("/{{lang}}{BOOKING_PATH}/{{token}}/deplacer"), post(move_post))
}

/// A personal page: never cached, never referred elsewhere.
fn personal(status: StatusCode, body: String, cookie: Option<HeaderValue>) -> Response {
    let mut res = (status, Html(body)).into_response();
    let h = res.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    if let Some(c) = cookie {
        h.append(header::SET_COOKIE, c);
    }
    res
}

fn error_page(state: &AppState, l: Locale, code: ErrorCode) -> Response {
    let status = StatusCode::from_u16(code.status()).unwrap_or(StatusCode::BAD_REQUEST);
    personal(status, page(state, l, "common-error-title", "", false, move || view! { <ErrorPage code=code/> }), None)
}

fn internal(state: &AppState, l: Locale, e: impl std::fmt::Display) -> Response {
    tracing::error!(error = %e, "booking page failed");
    error_page(state, l, ErrorCode::Internal)
}

#[derive(serde::Deserialize, Default)]
pub struct DirectoryParams {
    #[serde(default)]
    commune: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    step_free: String,
}

async fn directory(State(state): State<AppState>, PageLocale(l): PageLocale, Query(q): Query<DirectoryParams>) -> Response {
    let query = DirectoryQuery { commune: q.commune.trim().to_owned(), language: q.language.trim().to_owned(), step_free: !q.step_free.is_empty() };
    let filter = SiteFilter { commune: query.commune.clone(), language: query.language.clone(), step_free: query.step_free, bookable_only: false };
    let loaded = async {
        let list = sites::list(&state.pool, &filter).await?;
        Ok::<_, sqlx::Error>((site_dtos(&state, list).await?, sites::communes(&state.pool).await?, sites::languages(&state.pool).await?))
    };
    match loaded.await {
        Ok((list, communes, languages)) => {
            let body = page(&state, l, "sites-title", SITES_PATH, false, move || {
                view! { <DirectoryPage sites=list communes=communes languages=languages query=query/> }
            });
            (StatusCode::OK, [(header::CACHE_CONTROL, "no-cache")], Html(body)).into_response()
        }
        Err(e) => internal(&state, l, e),
    }
}

fn field(pairs: &[(String, String)], name: &str) -> String {
    pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_owned()).unwrap_or_default()
}

fn form_of(pairs: &[(String, String)]) -> BookingForm {
    BookingForm {
        motive: field(pairs, "motive"),
        nur: field(pairs, "nur"),
        registration_date: field(pairs, "registration_date"),
        commune: field(pairs, "commune"),
        site: field(pairs, "site"),
        slot: field(pairs, "slot"),
        name: field(pairs, "name"),
        email: field(pairs, "email"),
        phone: field(pairs, "phone"),
        consent: !field(pairs, "consent").is_empty(),
    }
}

/// The choices of step 1: communes and sites that receive applicants.
async fn choices(state: &AppState) -> Result<(Vec<(String, String)>, Vec<(i64, String)>, bool), sqlx::Error> {
    let bookable = sites::list(&state.pool, &SiteFilter { bookable_only: true, ..Default::default() }).await?;
    let demo = bookable.iter().any(|s| s.is_demo);
    let mut communes: Vec<(String, String)> = bookable.iter().map(|s| (s.insee_code.clone(), s.commune.clone())).collect();
    communes.dedup();
    let sites = bookable.into_iter().map(|s| (s.id, format!("{} — {}", s.name, s.commune))).collect();
    Ok((communes, sites, demo))
}

async fn render_start(state: &AppState, l: Locale, headers: &HeaderMap, form: BookingForm, errors: FieldErrors) -> Response {
    let (csrf, cookie) = csrf::token_for(state, headers);
    let (communes, sites, demo) = match choices(state).await {
        Ok(c) => c,
        Err(e) => return internal(state, l, e),
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let today = today();
    let body = page(state, l, "booking-title", BOOKING_PATH, false, move || {
        view! { <BookingStartPage form=form errors=errors communes=communes sites=sites csrf=csrf today=today demo=demo/> }
    });
    personal(status, body, cookie)
}

#[derive(serde::Deserialize, Default)]
pub struct StartParams {
    #[serde(default)]
    site: String,
}

async fn start_page(State(state): State<AppState>, PageLocale(l): PageLocale, headers: HeaderMap, Query(q): Query<StartParams>) -> Response {
    let form = BookingForm { site: q.site.trim().to_owned(), ..Default::default() };
    render_start(&state, l, &headers, form, FieldErrors::new()).await
}

/// At most this many slots per site, and sites, on one page: enough to choose, short to read.
const SLOTS_PER_SITE: usize = 8;
const SITES_SHOWN: usize = 6;

fn options(list: Vec<FreeSlot>, names: &[Site]) -> Vec<SlotOption> {
    let mut per_site: Vec<(i64, usize)> = vec![];
    let mut out = vec![];
    for s in list.into_iter().filter(|s| s.available > 0) {
        let index = match per_site.iter().position(|(id, _)| *id == s.site_id) {
            Some(i) => i,
            None if per_site.len() < SITES_SHOWN => {
                per_site.push((s.site_id, 0));
                per_site.len() - 1
            }
            None => continue,
        };
        if per_site[index].1 >= SLOTS_PER_SITE {
            continue;
        }
        per_site[index].1 += 1;
        let Some(site) = names.iter().find(|n| n.id == s.site_id) else { continue };
        out.push(SlotOption {
            site_id: s.site_id,
            site_name: site.name.clone(),
            address: format!("{}, {} {}", site.address, site.postcode, site.commune),
            date: s.date,
            start: s.start,
            value: slot_value(s.site_id, s.start_at),
        });
    }
    out
}

/// The sites step 1 points at: one site, a commune's, or all bookable ones.
async fn chosen_sites(state: &AppState, form: &BookingForm) -> Result<Vec<Site>, sqlx::Error> {
    let all = sites::list(&state.pool, &SiteFilter { commune: form.commune.clone(), bookable_only: true, ..Default::default() }).await?;
    Ok(match form.site.parse::<i64>() {
        Ok(id) => all.into_iter().filter(|s| s.id == id).collect(),
        Err(_) => all,
    })
}

async fn free_between(state: &AppState, list: &[Site], from: Date, to: Date, not_before: i64) -> Result<Vec<FreeSlot>, sqlx::Error> {
    let mut out = vec![];
    for s in list {
        out.extend(slots::for_site(&state.pool, s, from, to, not_before).await?);
    }
    out.sort_by_key(|s| (s.start_at, s.site_id));
    Ok(out)
}

/// The slots of step 2: before the deadline, and the earliest after it.
async fn slots_view(state: &AppState, form: &BookingForm, deadline: Option<Date>, nur_mismatch: bool) -> Result<SlotsView, sqlx::Error> {
    let rules = ReceptionRules::embedded();
    let list = chosen_sites(state, form).await?;
    let now = crate::clock::now();
    let not_before = now + rules.min_notice_hours * 3600;
    let today = today();
    let horizon = today.add_days(rules.booking_horizon_days);
    let (before, later) = match deadline {
        Some(d) if d >= today => {
            let before = free_between(state, &list, today, d, not_before).await?;
            let later = if before.is_empty() { free_between(state, &list, d.add_days(1), horizon, not_before).await? } else { vec![] };
            (before, later)
        }
        Some(_) => (vec![], free_between(state, &list, today, horizon, not_before).await?),
        None => (free_between(state, &list, today, today.add_days(45), not_before).await?, vec![]),
    };
    Ok(SlotsView {
        deadline,
        deadline_passed: deadline.is_some_and(|d| d < today),
        before: options(before, &list),
        later: options(later, &list),
        nur_mismatch,
        demo: list.iter().any(|s| s.is_demo),
    })
}

#[allow(clippy::too_many_arguments)]
async fn render_slots(
    state: &AppState,
    l: Locale,
    headers: &HeaderMap,
    form: BookingForm,
    errors: FieldErrors,
    alert: Option<ErrorCode>,
    deadline: Option<Date>,
    nur_mismatch: bool,
) -> Response {
    let view_model = match slots_view(state, &form, deadline, nur_mismatch).await {
        Ok(v) => v,
        Err(e) => return internal(state, l, e),
    };
    let (csrf, cookie) = csrf::token_for(state, headers);
    let status = match alert {
        Some(code) => StatusCode::from_u16(code.status()).unwrap_or(StatusCode::CONFLICT),
        None if !errors.is_empty() => StatusCode::UNPROCESSABLE_ENTITY,
        None => StatusCode::OK,
    };
    let body = page(state, l, "booking-slots-title", BOOKING_PATH, false, move || {
        view! { <BookingSlotsPage form=form errors=errors slots=view_model csrf=csrf alert=alert/> }
    });
    personal(status, body, cookie)
}

/// Step 1 posted: check the demand, then offer slots.
async fn start_post(State(state): State<AppState>, PageLocale(l): PageLocale, headers: HeaderMap, body: String) -> Response {
    let pairs = urlencoded::parse(&body);
    if !csrf::valid(&state, &headers, &field(&pairs, "csrf")) {
        return error_page(&state, l, ErrorCode::CsrfRejected);
    }
    let form = form_of(&pairs);
    match validate_demand(&form.motive, &form.nur, &form.registration_date, today()) {
        Err(errors) => render_start(&state, l, &headers, form, errors).await,
        Ok((_, nur, registered)) => {
            let deadline = registered.map(|d| ReceptionRules::embedded().deadline(d));
            let mismatch = matches!((&nur, registered), (Some(n), Some(d)) if n.disagrees_with(d));
            render_slots(&state, l, &headers, form, FieldErrors::new(), None, deadline, mismatch).await
        }
    }
}

fn too_many(state: &AppState, l: Locale, ip: &str) -> Option<Response> {
    (!state.booking_limiter.allow(ip, crate::clock::now())).then(|| error_page(state, l, ErrorCode::RateLimited))
}

/// Step 2 posted: book, or say what to fix (the choices stay as they were).
async fn confirm(State(state): State<AppState>, PageLocale(l): PageLocale, ClientIp(ip): ClientIp, headers: HeaderMap, body: String) -> Response {
    if let Some(r) = too_many(&state, l, &ip) {
        return r;
    }
    let pairs = urlencoded::parse(&body);
    if !csrf::valid(&state, &headers, &field(&pairs, "csrf")) {
        return error_page(&state, l, ErrorCode::CsrfRejected);
    }
    if !field(&pairs, "website").is_empty() {
        tracing::warn!("booking honeypot filled: refused");
        return error_page(&state, l, ErrorCode::ValidationFailed);
    }
    let form = form_of(&pairs);
    let demand = validate_demand(&form.motive, &form.nur, &form.registration_date, today());
    let Ok((_, nur, registered)) = demand else {
        return render_start(&state, l, &headers, form, demand.err().unwrap_or_default()).await;
    };
    let deadline = registered.map(|d| ReceptionRules::embedded().deadline(d));
    let mismatch = matches!((&nur, registered), (Some(n), Some(d)) if n.disagrees_with(d));
    let validated = form.input(None, l).validate(today(), l);
    let mut errors = validated.as_ref().err().cloned().unwrap_or_default();
    // The slot's problems belong to the slot list.
    if errors.remove("site_id").is_some() | errors.remove("start").is_some() {
        errors.insert("slot".into(), ErrorCode::Required);
    }
    if !form.consent {
        errors.insert("consent".into(), ErrorCode::ConsentRequired);
    }
    let valid = match validated {
        Ok(v) if errors.is_empty() => v,
        _ => return render_slots(&state, l, &headers, form, errors, None, deadline, mismatch).await,
    };
    let start_at = parse_slot_value(&form.slot).map(|c| c.1).unwrap_or_default();
    match bookings::create(&state.pool, &valid, start_at, &state.config.public_url, None, state.config.booking_limits).await {
        Ok(created) => {
            state.mail.wake();
            Redirect::to(&format!("/{}{BOOKING_PATH}/{}?fait=reserve", l.code(), created.token)).into_response()
        }
        Err(BookingError::SlotFull) => render_slots(&state, l, &headers, BookingForm { slot: String::new(), ..form }, FieldErrors::new(), Some(ErrorCode::SlotFull), deadline, mismatch).await,
        Err(BookingError::NurAlreadyBooked) => render_slots(&state, l, &headers, form, FieldErrors::new(), Some(ErrorCode::NurAlreadyBooked), deadline, mismatch).await,
        Err(BookingError::HelpFull) => render_slots(&state, l, &headers, form, FieldErrors::new(), Some(ErrorCode::HelpFull), deadline, mismatch).await,
        Err(BookingError::SlotUnavailable | BookingError::SiteNotFound | BookingError::NotBookable) => {
            let errors = FieldErrors::from([("slot".to_owned(), ErrorCode::SlotUnavailable)]);
            render_slots(&state, l, &headers, form, errors, None, deadline, mismatch).await
        }
        Err(e) => internal(&state, l, e),
    }
}

#[derive(serde::Deserialize, Default)]
pub struct Done {
    #[serde(default)]
    fait: String,
}

async fn render_manage(state: &AppState, l: Locale, headers: &HeaderMap, token: &str, b: Booking, done: Option<&'static str>, alert: Option<ErrorCode>) -> Response {
    let rules = ReceptionRules::embedded();
    let now = crate::clock::now();
    let site = match sites::get(&state.pool, b.site_id).await {
        Ok(Some(s)) => s,
        Ok(None) => return error_page(state, l, ErrorCode::NotFound),
        Err(e) => return internal(state, l, e),
    };
    let changeable = b.changeable(rules, now);
    let slots = if changeable {
        let today = today();
        let until = b.deadline.as_deref().and_then(Date::parse).filter(|d| *d > today.add_days(7)).unwrap_or(today.add_days(60));
        match slots::for_site(&state.pool, &site, today, until, now + rules.min_notice_hours * 3600).await {
            Ok(list) => options(list.into_iter().filter(|s| s.start_at != b.start_at).collect(), std::slice::from_ref(&site)),
            Err(e) => return internal(state, l, e),
        }
    } else {
        vec![]
    };
    let (date, start) = b.date().unwrap_or((today(), 0));
    let end = local(b.end_at).map(|(_, m)| m).unwrap_or(start);
    let view_model = ManageView {
        status: b.status.clone(),
        motive: b.motive.clone(),
        site_name: site.name.clone(),
        address: format!("{}, {} {}", site.address, site.postcode, site.commune),
        phone: site.phone.clone(),
        date,
        start,
        end,
        deadline: b.deadline.as_deref().and_then(Date::parse),
        within_deadline: b.within_deadline,
        changeable,
        cutoff_hours: rules.cancel_cutoff_hours,
        slots,
        done,
        demo: site.is_demo,
        upcoming: b.start_at > now,
    };
    let (csrf, cookie) = csrf::token_for(state, headers);
    let path = format!("/{}{BOOKING_PATH}/{token}", l.code());
    let status = alert.map_or(StatusCode::OK, |a| StatusCode::from_u16(a.status()).unwrap_or(StatusCode::CONFLICT));
    let body = page(state, l, "booking-manage-title", &format!("{BOOKING_PATH}/{token}"), false, move || {
        view! { <ManagePage view_model=view_model csrf=csrf path=path alert=alert/> }
    });
    personal(status, body, cookie)
}

async fn find(state: &AppState, l: Locale, token: &str) -> Result<Booking, Response> {
    match bookings::by_token(&state.pool, token).await {
        Ok(Some(b)) => Ok(b),
        Ok(None) => Err(error_page(state, l, ErrorCode::NotFound)),
        Err(e) => Err(internal(state, l, e)),
    }
}

async fn manage_page(State(state): State<AppState>, PageLocale(l): PageLocale, headers: HeaderMap, Path((_, token)): Path<(String, String)>, Query(q): Query<Done>) -> Response {
    let b = match find(&state, l, &token).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    let done = match q.fait.as_str() {
        "reserve" => Some("booking-done-booked"),
        "deplace" => Some("booking-done-moved"),
        "annule" => Some("booking-done-cancelled"),
        _ => None,
    };
    render_manage(&state, l, &headers, &token, b, done, None).await
}

/// The owner's change, checked (rate, token of the form), then `act` on the booking.
async fn owner_change(state: &AppState, l: Locale, ip: &str, headers: &HeaderMap, token: &str, body: &str, done: &str, act: impl AsyncFnOnce(&Booking, &[(String, String)], &Actor) -> Result<(), BookingError>) -> Response {
    if let Some(r) = too_many(state, l, ip) {
        return r;
    }
    let pairs = urlencoded::parse(body);
    if !csrf::valid(state, headers, &field(&pairs, "csrf")) {
        return error_page(state, l, ErrorCode::CsrfRejected);
    }
    let b = match find(state, l, token).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    let actor = Actor { id: None, label: "owner".into(), ip: ip.to_owned() };
    let alert = match act(&b, &pairs, &actor).await {
        Ok(()) => {
            state.mail.wake();
            return Redirect::to(&format!("/{}{BOOKING_PATH}/{token}?fait={done}", l.code())).into_response();
        }
        Err(BookingError::CutoffPassed) => ErrorCode::CutoffPassed,
        Err(BookingError::SlotFull) => ErrorCode::SlotFull,
        Err(BookingError::SlotUnavailable) => ErrorCode::SlotUnavailable,
        Err(BookingError::NotFound) => ErrorCode::NotFound,
        Err(BookingError::TooLong) => ErrorCode::TooLarge,
        Err(BookingError::HelpFull) => ErrorCode::HelpFull,
        Err(e) => return internal(state, l, e),
    };
    let fresh = find(state, l, token).await.unwrap_or(b);
    render_manage(state, l, headers, token, fresh, None, Some(alert)).await
}

async fn cancel_post(State(state): State<AppState>, PageLocale(l): PageLocale, ClientIp(ip): ClientIp, headers: HeaderMap, Path((_, token)): Path<(String, String)>, body: String) -> Response {
    let url = state.config.public_url.clone();
    owner_change(&state, l, &ip, &headers, &token, &body, "annule", async |b, pairs, actor| {
        let reason = field(pairs, "reason");
        if !app::api::limits::fits(&reason, app::api::limits::REASON) {
            return Err(BookingError::TooLong);
        }
        bookings::cancel(&state.pool, b.id, &reason, actor, &url, true).await.map(|_| ())
    })
    .await
}

async fn move_post(State(state): State<AppState>, PageLocale(l): PageLocale, ClientIp(ip): ClientIp, headers: HeaderMap, Path((_, token)): Path<(String, String)>, body: String) -> Response {
    let url = state.config.public_url.clone();
    owner_change(&state, l, &ip, &headers, &token, &body, "deplace", async |b, pairs, actor| {
        let Some((_, start)) = parse_slot_value(&field(pairs, "slot")).filter(|(site, _)| *site == b.site_id) else {
            return Err(BookingError::SlotUnavailable);
        };
        bookings::move_to(&state.pool, b.id, start, actor, &url, true, "", state.config.booking_limits).await.map(|_| ())
    })
    .await
}
