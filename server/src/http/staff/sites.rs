//! Agents' pages: their sites' bookings, outcomes, schedules and closures, booking for someone
//! at the desk; and the deadline-at-risk list (agents, commune staff, admins).

use super::*;
use crate::http::client::ClientIp;
use crate::reception::agent::{self, AgentError};
use crate::reception::bookings::{self, Booking, BookingError};
use crate::reception::{local, slots};
use app::api::error::FieldErrors;
use app::components::layout::href;
use app::domain::date::Date;
use app::domain::schedule::{parse_hhmm, Closure, OpeningRange, RangeError};
use app::pages::agent::{
    AgentBooking, BookForPage, ClosureForm, DeadlinePage, MoveBookingPage, RangeForm, SchedulePage, SiteBookingsPage, SitesPage,
};
use app::pages::booking::{parse_slot_value, slot_value, BookingForm, SlotOption};
use axum::extract::{Path, Query, State};
use axum::routing::{get, post};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/staff/sites", get(sites_page))
        .route("/{lang}/staff/sites/{id}", get(bookings_page))
        .route("/{lang}/staff/sites/{id}/bookings/{bid}/{action}", post(booking_action))
        .route("/{lang}/staff/sites/{id}/bookings/{bid}/move", get(move_page).post(move_post))
        .route("/{lang}/staff/sites/{id}/schedule", get(schedule_page))
        .route("/{lang}/staff/sites/{id}/schedule/{what}", post(schedule_add))
        .route("/{lang}/staff/sites/{id}/schedule/{what}/{item}/delete", post(schedule_delete))
        .route("/{lang}/staff/sites/{id}/book", get(book_page).post(book_post))
        .route("/{lang}/staff/deadline", get(deadline_page))
}

fn agent_booking(b: &Booking, site_name: &str) -> AgentBooking {
    let (date, start) = local(b.start_at).unwrap_or((crate::http::today(), 0));
    let end = local(b.end_at).map(|(_, m)| m).unwrap_or(start);
    AgentBooking {
        id: b.id,
        date,
        start,
        end,
        name: b.name.clone(),
        email: b.email.clone(),
        phone: b.phone.clone(),
        motive: b.motive.clone(),
        nur: b.nur.clone().unwrap_or_default(),
        status: b.status.clone(),
        within_deadline: b.within_deadline,
        deadline: b.deadline.as_deref().and_then(Date::parse),
        site_name: site_name.to_owned(),
        started: b.start_at <= crate::clock::now(),
        identity_check: b.identity_check,
    }
}

fn agent_error(state: &AppState, me: &SignedIn, e: AgentError) -> Response {
    match e {
        AgentError::Denied => me.denied(state),
        AgentError::NotFound => error_page(state, me.locale, ErrorCode::NotFound),
        AgentError::TooEarly => error_page(state, me.locale, ErrorCode::SlotUnavailable),
        AgentError::Db(e) => internal(state, me.locale, e),
        other => internal(state, me.locale, other),
    }
}

async fn sites_page(State(state): State<AppState>, me: SignedIn) -> Response {
    if let Err(r) = me.require(&state, Resource::Sites) {
        return r;
    }
    let list = match agent::sites_in_scope(&state.pool, &me.principal).await {
        Ok(l) => l.into_iter().map(|s| (s.id, s.name, s.commune)).collect(),
        Err(e) => return internal(&state, me.locale, e),
    };
    let (principal, csrf) = (me.principal, me.session.csrf);
    render(&state, me.locale, StatusCode::OK, "agent-sites-title", pages::SITES_PATH, move || view! { <SitesPage principal=principal csrf=csrf sites=list/> })
}

#[derive(serde::Deserialize, Default)]
pub struct DayQuery {
    #[serde(default)]
    date: String,
    #[serde(default)]
    view: String,
    #[serde(default)]
    done: String,
}

async fn bookings_page(State(state): State<AppState>, me: SignedIn, Path((_, id)): Path<(String, i64)>, Query(q): Query<DayQuery>) -> Response {
    let site = match agent::site(&state.pool, &me.principal, id).await {
        Ok(s) => s,
        Err(e) => return agent_error(&state, &me, e),
    };
    let week = q.view == "week";
    let day = Date::parse(&q.date).unwrap_or_else(crate::http::today);
    // A week starts on Monday.
    let from = if week { day.add_days(-i64::from(day.weekday() - 1)) } else { day };
    let to = if week { from.add_days(6) } else { from };
    let list = match agent::bookings(&state.pool, &me.principal, id, from, to).await {
        Ok(l) => l.iter().map(|b| agent_booking(b, &site.name)).collect(),
        Err(e) => return agent_error(&state, &me, e),
    };
    let notice = match q.done.as_str() {
        "attended" | "no-show" => Some("agent-done-outcome"),
        "cancel" => Some("agent-done-cancelled"),
        "move" => Some("agent-done-moved"),
        "book" => Some("agent-done-booked"),
        _ => None,
    };
    let (principal, csrf, name) = (me.principal, me.session.csrf, site.name);
    let path = format!("{}/{id}", pages::SITES_PATH);
    render(&state, me.locale, StatusCode::OK, "agent-sites-title", &path, move || {
        view! { <SiteBookingsPage principal=principal csrf=csrf site_id=id site_name=name from=from to=to week=week bookings=list notice=notice alert=None/> }
    })
}

fn site_path(l: Locale, id: i64) -> String {
    href(l, &format!("{}/{id}", pages::SITES_PATH))
}

async fn booking_action(
    State(state): State<AppState>,
    me: SignedIn,
    ClientIp(ip): ClientIp,
    Path((_, id, bid, action)): Path<(String, i64, i64, String)>,
    body: String,
) -> Response {
    let f = Fields::parse(&body);
    if let Err(r) = me.check_csrf(&state, f.get("csrf")) {
        return r;
    }
    let b = match site_booking(&state, &me, id, bid).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    let actor = me.actor(&ip);
    let result = match action.as_str() {
        "attended" | "no-show" => agent::set_outcome(&state.pool, &me.principal, b.id, action == "attended", &actor).await,
        "cancel" => {
            let reason = f.get("reason").trim();
            if reason.is_empty() {
                return error_page(&state, me.locale, ErrorCode::Required);
            }
            if !app::api::limits::fits(reason, app::api::limits::REASON) {
                return error_page(&state, me.locale, ErrorCode::TooLarge);
            }
            bookings::cancel(&state.pool, b.id, reason, &actor, &state.config.public_url, false).await.map(|_| ()).map_err(|e| match e {
                BookingError::Db(e) => AgentError::Db(e),
                _ => AgentError::NotFound,
            })
        }
        _ => return error_page(&state, me.locale, ErrorCode::NotFound),
    };
    match result {
        Ok(()) => {
            state.mail.wake();
            let date = local(b.start_at).map(|(d, _)| d.to_string()).unwrap_or_default();
            see_other(&format!("{}?date={date}&done={action}", site_path(me.locale, id)))
        }
        Err(e) => agent_error(&state, &me, e),
    }
}

/// Free slots of a site for staff (no minimum notice), the next `days` days.
async fn staff_slots(state: &AppState, site: &crate::reception::sites::Site, days: i64, exclude: Option<i64>) -> Result<Vec<SlotOption>, sqlx::Error> {
    let today = crate::http::today();
    let list = slots::for_site(&state.pool, site, today, today.add_days(days), crate::clock::now()).await?;
    Ok(list
        .into_iter()
        .filter(|s| s.available > 0 && Some(s.start_at) != exclude)
        .take(60)
        .map(|s| SlotOption {
            site_id: s.site_id,
            site_name: site.name.clone(),
            address: String::new(),
            date: s.date,
            start: s.start,
            value: slot_value(s.site_id, s.start_at),
        })
        .collect())
}

async fn render_move(state: &AppState, me: SignedIn, id: i64, b: Booking, errors: FieldErrors) -> Response {
    let site = match agent::site(&state.pool, &me.principal, id).await {
        Ok(s) => s,
        Err(e) => return agent_error(state, &me, e),
    };
    let slots = match staff_slots(state, &site, 90, Some(b.start_at)).await {
        Ok(s) => s,
        Err(e) => return internal(state, me.locale, e),
    };
    let action = format!("{}/bookings/{}/move", site_path(me.locale, id), b.id);
    let booking = agent_booking(&b, &site.name);
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let (principal, csrf) = (me.principal, me.session.csrf);
    render(state, me.locale, status, "agent-move-title", "", move || {
        view! { <MoveBookingPage principal=principal csrf=csrf action=action booking=booking slots=slots errors=errors/> }
    })
}

/// A booking of site `id` the principal manages (a booking of another site is refused even
/// through this site's URL).
async fn site_booking(state: &AppState, me: &SignedIn, id: i64, bid: i64) -> Result<Booking, Response> {
    match agent::booking(&state.pool, &me.principal, bid).await {
        Ok(b) if b.site_id == id => Ok(b),
        Ok(_) => Err(me.denied(state)),
        Err(e) => Err(agent_error(state, me, e)),
    }
}

async fn move_page(State(state): State<AppState>, me: SignedIn, Path((_, id, bid)): Path<(String, i64, i64)>) -> Response {
    match site_booking(&state, &me, id, bid).await {
        Ok(b) => render_move(&state, me, id, b, FieldErrors::new()).await,
        Err(r) => r,
    }
}

async fn move_post(State(state): State<AppState>, me: SignedIn, ClientIp(ip): ClientIp, Path((_, id, bid)): Path<(String, i64, i64)>, body: String) -> Response {
    let f = Fields::parse(&body);
    if let Err(r) = me.check_csrf(&state, f.get("csrf")) {
        return r;
    }
    let b = match site_booking(&state, &me, id, bid).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut errors = FieldErrors::new();
    let start = parse_slot_value(f.get("slot")).filter(|(site, _)| *site == id).map(|(_, t)| t);
    if start.is_none() {
        errors.insert("slot".into(), ErrorCode::Required);
    }
    let reason = f.get("reason").trim().to_owned();
    if reason.is_empty() {
        errors.insert("reason".into(), ErrorCode::Required);
    } else if !app::api::limits::fits(&reason, app::api::limits::REASON) {
        errors.insert("reason".into(), ErrorCode::TooLarge);
    }
    let Some(start) = start.filter(|_| errors.is_empty()) else { return render_move(&state, me, id, b, errors).await };
    match bookings::move_to(&state.pool, b.id, start, &me.actor(&ip), &state.config.public_url, false, &reason, state.config.booking_limits).await {
        Ok(moved) => {
            state.mail.wake();
            let date = local(moved.start_at).map(|(d, _)| d.to_string()).unwrap_or_default();
            see_other(&format!("{}?date={date}&done=move", site_path(me.locale, id)))
        }
        Err(BookingError::SlotFull | BookingError::SlotUnavailable) => {
            render_move(&state, me, id, b, FieldErrors::from([("slot".to_owned(), ErrorCode::SlotFull)])).await
        }
        Err(e) => internal(&state, me.locale, e),
    }
}

#[allow(clippy::too_many_arguments)]
async fn render_schedule(
    state: &AppState,
    me: SignedIn,
    id: i64,
    range_form: RangeForm,
    closure_form: ClosureForm,
    errors: FieldErrors,
    affected: Vec<Booking>,
    notice: Option<&'static str>,
) -> Response {
    let site = match agent::site(&state.pool, &me.principal, id).await {
        Ok(s) => s,
        Err(e) => return agent_error(state, &me, e),
    };
    let loaded = async {
        let ranges = crate::reception::sites::ranges(&state.pool, Some(id)).await?;
        let closures = crate::reception::sites::closures(&state.pool, Some(id)).await?;
        Ok::<_, sqlx::Error>((ranges, closures))
    };
    let (ranges, closures) = match loaded.await {
        Ok(x) => x,
        Err(e) => return internal(state, me.locale, e),
    };
    let ranges = ranges.into_iter().map(|(rid, _, r)| (rid, r)).collect();
    let closures = closures.into_iter().map(|(cid, _, c)| (cid, c)).collect();
    let affected: Vec<AgentBooking> = affected.iter().map(|b| agent_booking(b, &site.name)).collect();
    let status = if errors.is_empty() && affected.is_empty() { StatusCode::OK } else if affected.is_empty() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::CONFLICT };
    let (principal, csrf, name, holidays) = (me.principal, me.session.csrf, site.name, site.open_on_holidays);
    let path = format!("{}/{id}/schedule", pages::SITES_PATH);
    render(state, me.locale, status, "agent-schedule", &path, move || {
        view! {
            <SchedulePage principal=principal csrf=csrf site_id=id site_name=name open_on_holidays=holidays ranges=ranges closures=closures
                range_form=range_form closure_form=closure_form errors=errors affected=affected notice=notice/>
        }
    })
}

async fn schedule_page(State(state): State<AppState>, me: SignedIn, Path((_, id)): Path<(String, i64)>, Query(q): Query<DayQuery>) -> Response {
    let notice = (q.done == "schedule").then_some("agent-done-schedule");
    render_schedule(&state, me, id, RangeForm::default(), ClosureForm::default(), FieldErrors::new(), vec![], notice).await
}

fn range_from(form: &RangeForm) -> Result<OpeningRange, FieldErrors> {
    let mut e = FieldErrors::new();
    let weekday = form.weekday.parse::<u8>().ok().filter(|d| (1..=7).contains(d));
    if weekday.is_none() {
        e.insert("weekday".into(), ErrorCode::OutOfRange);
    }
    let start = parse_hhmm(&form.start);
    if start.is_none() {
        e.insert("start".into(), ErrorCode::InvalidDate);
    }
    let end = parse_hhmm(&form.end);
    if end.is_none() {
        e.insert("end".into(), ErrorCode::InvalidDate);
    }
    let slot = form.slot_minutes.trim().parse::<u16>().ok();
    if slot.is_none() {
        e.insert("slot_minutes".into(), ErrorCode::NotAnInteger);
    }
    let capacity = form.capacity.trim().parse::<u16>().ok();
    if capacity.is_none() {
        e.insert("capacity".into(), ErrorCode::NotAnInteger);
    }
    let valid_from = if form.valid_from.trim().is_empty() { Some(crate::http::today()) } else { Date::parse(&form.valid_from) };
    if valid_from.is_none() {
        e.insert("valid_from".into(), ErrorCode::InvalidDate);
    }
    let valid_to = if form.valid_to.trim().is_empty() { Ok(None) } else { Date::parse(&form.valid_to).map(Some).ok_or(()) };
    if valid_to.is_err() {
        e.insert("valid_to".into(), ErrorCode::InvalidDate);
    }
    match (weekday, start, end, slot, capacity, valid_from, valid_to) {
        (Some(weekday), Some(start), Some(end), Some(slot_minutes), Some(capacity), Some(valid_from), Ok(valid_to)) if e.is_empty() => {
            Ok(OpeningRange { weekday, start, end, slot_minutes, capacity, valid_from, valid_to })
        }
        _ => Err(e),
    }
}

fn range_error(e: RangeError) -> (&'static str, ErrorCode) {
    match e {
        RangeError::Weekday => ("weekday", ErrorCode::OutOfRange),
        RangeError::EndBeforeStart => ("end", ErrorCode::OutOfRange),
        RangeError::SlotLength => ("slot_minutes", ErrorCode::OutOfRange),
        RangeError::Capacity => ("capacity", ErrorCode::OutOfRange),
        RangeError::ValidTo => ("valid_to", ErrorCode::OutOfRange),
        RangeError::Overlap => ("start", ErrorCode::RangeOverlap),
    }
}

async fn schedule_add(State(state): State<AppState>, me: SignedIn, ClientIp(ip): ClientIp, Path((_, id, what)): Path<(String, i64, String)>, body: String) -> Response {
    let f = Fields::parse(&body);
    if let Err(r) = me.check_csrf(&state, f.get("csrf")) {
        return r;
    }
    let actor = me.actor(&ip);
    let (mut range_form, mut closure_form) = (RangeForm::default(), ClosureForm::default());
    let result = match what.as_str() {
        "ranges" => {
            range_form = RangeForm {
                weekday: f.get("weekday").into(),
                start: f.get("start").trim().into(),
                end: f.get("end").trim().into(),
                slot_minutes: f.get("slot_minutes").trim().into(),
                capacity: f.get("capacity").trim().into(),
                valid_from: f.get("valid_from").trim().into(),
                valid_to: f.get("valid_to").trim().into(),
            };
            match range_from(&range_form) {
                Ok(r) => agent::add_range(&state.pool, &me.principal, id, &r, &actor).await,
                Err(errors) => return render_schedule(&state, me, id, range_form, closure_form, errors, vec![], None).await,
            }
        }
        "closures" => {
            closure_form = ClosureForm { from: f.get("from").trim().into(), to: f.get("to").trim().into(), reason: f.get("reason").trim().into() };
            let mut errors = FieldErrors::new();
            let from = Date::parse(&closure_form.from);
            let to = Date::parse(&closure_form.to);
            if from.is_none() {
                errors.insert("from".into(), ErrorCode::InvalidDate);
            }
            if to.is_none() {
                errors.insert("to".into(), ErrorCode::InvalidDate);
            }
            if closure_form.reason.is_empty() {
                errors.insert("reason".into(), ErrorCode::Required);
            } else if !app::api::limits::fits(&closure_form.reason, app::api::limits::REASON) {
                errors.insert("reason".into(), ErrorCode::TooLarge);
            }
            match (from, to) {
                (Some(from), Some(to)) if errors.is_empty() && to >= from => {
                    agent::add_closure(&state.pool, &me.principal, id, &Closure { from, to, reason: closure_form.reason.clone() }, &actor).await
                }
                (Some(_), Some(_)) if errors.is_empty() => {
                    errors.insert("to".into(), ErrorCode::OutOfRange);
                    return render_schedule(&state, me, id, range_form, closure_form, errors, vec![], None).await;
                }
                _ => return render_schedule(&state, me, id, range_form, closure_form, errors, vec![], None).await,
            }
        }
        "holidays" => agent::set_open_on_holidays(&state.pool, &me.principal, id, f.get("open") == "1", &actor).await,
        _ => return error_page(&state, me.locale, ErrorCode::NotFound),
    };
    schedule_result(&state, me, id, result, range_form, closure_form).await
}

async fn schedule_result(state: &AppState, me: SignedIn, id: i64, result: Result<(), AgentError>, range_form: RangeForm, closure_form: ClosureForm) -> Response {
    match result {
        Ok(()) => see_other(&format!("{}/schedule?done=schedule", site_path(me.locale, id))),
        Err(AgentError::Affected(list)) => render_schedule(state, me, id, range_form, closure_form, FieldErrors::new(), list, None).await,
        Err(AgentError::Range(e)) => {
            let (field, code) = range_error(e);
            render_schedule(state, me, id, range_form, closure_form, FieldErrors::from([(field.to_owned(), code)]), vec![], None).await
        }
        Err(AgentError::Closure) => {
            render_schedule(state, me, id, range_form, closure_form, FieldErrors::from([("to".to_owned(), ErrorCode::OutOfRange)]), vec![], None).await
        }
        Err(e) => agent_error(state, &me, e),
    }
}

async fn schedule_delete(
    State(state): State<AppState>,
    me: SignedIn,
    ClientIp(ip): ClientIp,
    Path((_, id, what, item)): Path<(String, i64, String, i64)>,
    body: String,
) -> Response {
    if let Err(r) = me.check_csrf(&state, Fields::parse(&body).get("csrf")) {
        return r;
    }
    let actor = me.actor(&ip);
    let result = match what.as_str() {
        "ranges" => agent::delete_range(&state.pool, &me.principal, id, item, &actor).await,
        "closures" => agent::delete_closure(&state.pool, &me.principal, id, item, &actor).await,
        _ => return error_page(&state, me.locale, ErrorCode::NotFound),
    };
    schedule_result(&state, me, id, result, RangeForm::default(), ClosureForm::default()).await
}

async fn render_book(state: &AppState, me: SignedIn, id: i64, form: BookingForm, errors: FieldErrors, alert: Option<ErrorCode>) -> Response {
    if !me.principal.may_see(Resource::Bookings, &id.to_string()) {
        return me.denied(state);
    }
    let site = match agent::site(&state.pool, &me.principal, id).await {
        Ok(s) => s,
        Err(e) => return agent_error(state, &me, e),
    };
    let slots = match staff_slots(state, &site, 90, None).await {
        Ok(s) => s,
        Err(e) => return internal(state, me.locale, e),
    };
    let status = match alert {
        Some(a) => StatusCode::from_u16(a.status()).unwrap_or(StatusCode::CONFLICT),
        None if errors.is_empty() => StatusCode::OK,
        None => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let (principal, csrf, name) = (me.principal, me.session.csrf, site.name);
    let path = format!("{}/{id}/book", pages::SITES_PATH);
    render(state, me.locale, status, "agent-book-for", &path, move || {
        view! { <BookForPage principal=principal csrf=csrf site_id=id site_name=name form=form slots=slots errors=errors alert=alert/> }
    })
}

async fn book_page(State(state): State<AppState>, me: SignedIn, Path((_, id)): Path<(String, i64)>) -> Response {
    render_book(&state, me, id, BookingForm::default(), FieldErrors::new(), None).await
}

async fn book_post(State(state): State<AppState>, me: SignedIn, ClientIp(ip): ClientIp, Path((_, id)): Path<(String, i64)>, body: String) -> Response {
    let f = Fields::parse(&body);
    if let Err(r) = me.check_csrf(&state, f.get("csrf")) {
        return r;
    }
    if !me.principal.may_see(Resource::Bookings, &id.to_string()) {
        return me.denied(&state);
    }
    let form = BookingForm {
        motive: f.get("motive").into(),
        nur: f.get("nur").trim().into(),
        registration_date: f.get("registration_date").trim().into(),
        slot: f.get("slot").into(),
        name: f.get("name").trim().into(),
        email: f.get("email").trim().into(),
        phone: f.get("phone").trim().into(),
        ..Default::default()
    };
    let input = form.input(Some(id), me.locale);
    let valid = match input.validate(crate::http::today(), me.locale) {
        Ok(v) => v,
        Err(mut errors) => {
            // The slot's problems belong to the slot list.
            if errors.remove("site_id").is_some() | errors.remove("start").is_some() {
                errors.insert("slot".into(), ErrorCode::Required);
            }
            return render_book(&state, me, id, form, errors, None).await;
        }
    };
    let start_at = valid.start.parse::<i64>().unwrap_or_default();
    let actor = me.actor(&ip);
    match bookings::create(&state.pool, &valid, start_at, &state.config.public_url, Some(&actor), state.config.booking_limits).await {
        Ok(created) => {
            state.mail.wake();
            let date = local(created.start_at).map(|(d, _)| d.to_string()).unwrap_or_default();
            see_other(&format!("{}?date={date}&done=book", site_path(me.locale, id)))
        }
        Err(BookingError::SlotFull) => render_book(&state, me, id, form, FieldErrors::new(), Some(ErrorCode::SlotFull)).await,
        Err(BookingError::NurAlreadyBooked) => render_book(&state, me, id, form, FieldErrors::new(), Some(ErrorCode::NurAlreadyBooked)).await,
        Err(BookingError::HelpFull) => render_book(&state, me, id, form, FieldErrors::new(), Some(ErrorCode::HelpFull)).await,
        Err(BookingError::SlotUnavailable) => render_book(&state, me, id, form, FieldErrors::from([("slot".to_owned(), ErrorCode::SlotUnavailable)]), None).await,
        Err(e) => internal(&state, me.locale, e),
    }
}

async fn deadline_page(State(state): State<AppState>, me: SignedIn) -> Response {
    if let Err(r) = me.require(&state, Resource::DeadlineRisk) {
        return r;
    }
    let rows = match agent::deadline_risk(&state.pool, &me.principal).await {
        Ok(list) => list.iter().map(|(b, site)| agent_booking(b, site)).collect(),
        Err(e) => return internal(&state, me.locale, e),
    };
    let (principal, csrf) = (me.principal, me.session.csrf);
    render(&state, me.locale, StatusCode::OK, "agent-deadline-title", pages::DEADLINE_PATH, move || {
        view! { <DeadlinePage principal=principal csrf=csrf rows=rows/> }
    })
}
