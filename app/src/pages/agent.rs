//! Reception-site agents' pages: their sites, a site's bookings by day or week with outcomes,
//! the schedule and closures (a change that would drop bookings lists them first), booking for
//! someone at the desk, and the deadline-at-risk list.

use crate::api::error::{ErrorCode, FieldErrors};
use crate::components::form::{Alert, CsrfField, Input, Problems};
use crate::components::layout::href;
use crate::components::table::data_table;
use crate::domain::access::Principal;
use crate::domain::date::Date;
use crate::domain::schedule::{hhmm, Closure, Minutes, OpeningRange};
use crate::i18n::{use_i18n, I18n};
use crate::pages::booking::SlotOption;
use crate::pages::long_date;
use crate::pages::staff::{StaffNav, SITES_PATH};
use leptos::prelude::*;

/// The label message of an agent form field.
pub fn field_label(field: &str) -> &'static str {
    match field {
        "weekday" => "agent-weekday",
        "start" => "agent-start",
        "end" => "agent-end",
        "slot_minutes" => "agent-slot-minutes",
        "capacity" => "agent-capacity",
        "valid_from" => "agent-valid-from",
        "valid_to" => "agent-valid-to",
        "from" => "agent-closure-from",
        "to" => "agent-closure-to",
        "reason" => "agent-reason",
        other => crate::pages::booking::field_label(other),
    }
}

#[component]
pub fn SitesPage(principal: Principal, csrf: String, sites: Vec<(i64, String, String)>) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.locale;
    let items = sites
        .into_iter()
        .map(|(id, name, commune)| {
            view! { <li><a href=href(l, &format!("{SITES_PATH}/{id}"))>{name}</a>" — "{commune}</li> }
        })
        .collect_view();
    view! {
        <StaffNav principal=principal csrf=csrf/>
        <h1>{i18n.t("agent-sites-title")}</h1>
        <ul>{items}</ul>
    }
}

/// A booking as agents see it.
#[derive(Clone, Debug)]
pub struct AgentBooking {
    pub id: i64,
    pub date: Date,
    pub start: Minutes,
    pub end: Minutes,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub motive: String,
    pub nur: String,
    pub status: String,
    pub within_deadline: bool,
    pub deadline: Option<Date>,
    pub site_name: String,
    /// Whether the appointment time has come (outcomes can be recorded).
    pub started: bool,
    /// Another active booking holds the same demand number: check the person's identity.
    pub identity_check: bool,
}

fn status_text(i18n: &I18n, b: &AgentBooking) -> String {
    i18n.t(&format!("booking-status-{}", b.status.replace('_', "-")))
}

/// One booking's row with the actions that fit it.
fn booking_row(i18n: &I18n, csrf: &str, site_path: &str, b: AgentBooking, with_date: bool) -> impl IntoView {
    let action = |what: &'static str, label: &'static str| {
        view! {
            <form method="post" action=format!("{site_path}/bookings/{}/{what}", b.id) class="inline-form">
                <CsrfField token=csrf.to_owned()/>
                <button type="submit" class="link-button">{i18n.t(label)}<span class="visually-hidden">" — "{b.name.clone()}</span></button>
            </form>
        }
    };
    let confirmed = b.status == "confirmed";
    let outcome = (b.started && matches!(b.status.as_str(), "confirmed" | "attended" | "no_show"))
        .then(|| view! { {action("attended", "agent-mark-attended")}{action("no-show", "agent-mark-no-show")} });
    let manage = (confirmed && !b.started).then(|| {
        view! {
            <form method="post" action=format!("{site_path}/bookings/{}/cancel", b.id) class="inline-form">
                <CsrfField token=csrf.to_owned()/>
                <label for=format!("reason-{}", b.id) class="visually-hidden">{i18n.t("agent-reason")}</label>
                <input type="text" id=format!("reason-{}", b.id) name="reason" required=true maxlength=crate::api::limits::REASON placeholder=i18n.t("agent-reason")/>
                <button type="submit" class="link-button">{i18n.t("agent-cancel")}<span class="visually-hidden">" — "{b.name.clone()}</span></button>
            </form>
            <a href=format!("{site_path}/bookings/{}/move", b.id)>{i18n.t("agent-move")}<span class="visually-hidden">" — "{b.name.clone()}</span></a>
        }
    });
    let when = if with_date {
        format!("{} {}–{}", long_date(&*i18n.catalog, b.date), hhmm(b.start), hhmm(b.end))
    } else {
        format!("{}–{}", hhmm(b.start), hhmm(b.end))
    };
    let late = (!b.within_deadline).then(|| view! { " "<strong>{i18n.t("agent-late")}</strong> });
    let check = b.identity_check.then(|| view! { " "<strong class="flag">{i18n.t("agent-identity-check")}</strong> });
    view! {
        <tr>
            <th scope="row">{when}</th>
            <td>{b.name.clone()}<br/><bdi dir="ltr">{b.email.clone()}</bdi>" "<bdi dir="ltr">{b.phone.clone()}</bdi></td>
            <td>{i18n.t(&format!("booking-motive-{}", b.motive.replace('_', "-")))}" "<bdi dir="ltr">{b.nur.clone()}</bdi>{late}{check}</td>
            <td>{status_text(i18n, &b)}</td>
            <td>{outcome}{manage}</td>
        </tr>
    }
}

pub const BOOKING_COLUMNS: [&str; 5] = ["agent-col-when", "agent-col-who", "agent-col-what", "agent-col-status", "agent-col-actions"];

#[component]
pub fn SiteBookingsPage(
    principal: Principal,
    csrf: String,
    site_id: i64,
    site_name: String,
    from: Date,
    to: Date,
    week: bool,
    bookings: Vec<AgentBooking>,
    notice: Option<&'static str>,
    alert: Option<ErrorCode>,
) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.locale;
    let site_path = href(l, &format!("{SITES_PATH}/{site_id}"));
    let step = if week { 7 } else { 1 };
    let view_name = if week { "week" } else { "day" };
    let prev = format!("{site_path}?date={}&view={view_name}", from.add_days(-step));
    let next = format!("{site_path}?date={}&view={view_name}", from.add_days(step));
    let other = if week { format!("{site_path}?date={from}&view=day") } else { format!("{site_path}?date={from}&view=week") };
    let title = if week {
        i18n.t_with("agent-week-of", &[("from", long_date(&*i18n.catalog, from).into()), ("to", long_date(&*i18n.catalog, to).into())])
    } else {
        long_date(&*i18n.catalog, from)
    };
    let count = bookings.iter().filter(|b| b.status == "confirmed").count() as i64;
    let rows = bookings.into_iter().map(|b| booking_row(&i18n, &csrf, &site_path, b, week)).collect_view();
    view! {
        <StaffNav principal=principal csrf=csrf.clone()/>
        <h1>{site_name}</h1>
        {notice.map(|n| view! { <p class="notice" role="status">{i18n.t(n)}</p> })}
        <Alert code=alert/>
        <p class="actions-bar">
            <a href=format!("{site_path}/schedule")>{i18n.t("agent-schedule")}</a>" · "
            <a href=format!("{site_path}/book")>{i18n.t("agent-book-for")}</a>
        </p>
        <h2>{title}</h2>
        <p class="actions-bar">
            <a href=prev>{i18n.t(if week { "agent-prev-week" } else { "agent-prev-day" })}</a>" · "
            <a href=next>{i18n.t(if week { "agent-next-week" } else { "agent-next-day" })}</a>" · "
            <a href=other>{i18n.t(if week { "agent-day-view" } else { "agent-week-view" })}</a>
        </p>
        <p role="status">{i18n.t_with("agent-count", &[("count", count.into())])}</p>
        {data_table(&i18n, "bookings-caption", i18n.t("agent-bookings-caption"), &BOOKING_COLUMNS, rows)}
    }
}

/// The schedule form as typed.
#[derive(Clone, Debug, Default)]
pub struct RangeForm {
    pub weekday: String,
    pub start: String,
    pub end: String,
    pub slot_minutes: String,
    pub capacity: String,
    pub valid_from: String,
    pub valid_to: String,
}

#[derive(Clone, Debug, Default)]
pub struct ClosureForm {
    pub from: String,
    pub to: String,
    pub reason: String,
}

#[component]
#[allow(clippy::too_many_arguments)]
pub fn SchedulePage(
    principal: Principal,
    csrf: String,
    site_id: i64,
    site_name: String,
    open_on_holidays: bool,
    ranges: Vec<(i64, OpeningRange)>,
    closures: Vec<(i64, Closure)>,
    range_form: RangeForm,
    closure_form: ClosureForm,
    errors: FieldErrors,
    affected: Vec<AgentBooking>,
    notice: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.locale;
    let site_path = href(l, &format!("{SITES_PATH}/{site_id}"));
    let remove = |what: &str, id: i64, label: String| {
        view! {
            <form method="post" action=format!("{site_path}/schedule/{what}/{id}/delete") class="inline-form">
                <CsrfField token=csrf.clone()/>
                <button type="submit" class="link-button">{i18n.t("agent-remove")}<span class="visually-hidden">" — "{label}</span></button>
            </form>
        }
    };
    let range_rows = ranges
        .into_iter()
        .map(|(id, r)| {
            let label = format!("{} {}–{}", i18n.t(&format!("common-weekday-{}", r.weekday)), hhmm(r.start), hhmm(r.end));
            let validity = match r.valid_to {
                Some(t) => format!("{} → {}", r.valid_from, t),
                None => format!("{} →", r.valid_from),
            };
            view! {
                <tr>
                    <th scope="row">{label.clone()}</th>
                    <td>{r.slot_minutes}</td>
                    <td>{r.capacity}</td>
                    <td>{validity}</td>
                    <td>{remove("ranges", id, label)}</td>
                </tr>
            }
        })
        .collect_view();
    let closure_rows = closures
        .into_iter()
        .map(|(id, c)| {
            let label = format!("{} → {}", c.from, c.to);
            view! { <tr><th scope="row">{label.clone()}</th><td>{c.reason.clone()}</td><td>{remove("closures", id, label)}</td></tr> }
        })
        .collect_view();
    let weekday_options = (1..=7u8)
        .map(|d| view! { <option value=d.to_string() selected=range_form.weekday == d.to_string()>{i18n.t(&format!("common-weekday-{d}"))}</option> })
        .collect_view();
    let affected_view = (!affected.is_empty()).then(|| {
        let rows = affected.into_iter().map(|b| booking_row(&i18n, &csrf, &site_path, b, true)).collect_view();
        view! {
            <section class="problems" aria-labelledby="affected-h" tabindex="-1">
                <h2 id="affected-h">{i18n.t("agent-affected-title")}</h2>
                <p>{i18n.t("agent-affected-text")}</p>
                {data_table(&i18n, "affected-caption", i18n.t("agent-affected-caption"), &BOOKING_COLUMNS, rows)}
            </section>
        }
    });
    view! {
        <StaffNav principal=principal csrf=csrf.clone()/>
        <h1>{i18n.t_with("agent-schedule-title", &[("site", site_name.into())])}</h1>
        <p><a href=site_path.clone()>{i18n.t("agent-back-to-bookings")}</a></p>
        {notice.map(|n| view! { <p class="notice" role="status">{i18n.t(n)}</p> })}
        {affected_view}
        <form method="post" action=format!("{site_path}/schedule/holidays") class="inline-form">
            <CsrfField token=csrf.clone()/>
            <p>
                {i18n.t(if open_on_holidays { "agent-holidays-open" } else { "agent-holidays-closed" })}" "
                <input type="hidden" name="open" value=if open_on_holidays { "0" } else { "1" }/>
                <button type="submit" class="link-button">{i18n.t(if open_on_holidays { "agent-holidays-close" } else { "agent-holidays-open-action" })}</button>
            </p>
        </form>
        {data_table(&i18n, "ranges-caption", i18n.t("agent-ranges-caption"), &["agent-col-opening", "agent-slot-minutes", "agent-capacity", "agent-col-validity", "agent-col-actions"], range_rows)}
        <h2 id="new-range">{i18n.t("agent-add-range")}</h2>
        <Problems errors=errors.clone() label=field_label/>
        <form method="post" action=format!("{site_path}/schedule/ranges") class="narrow-form" novalidate=true>
            <CsrfField token=csrf.clone()/>
            <div class="field">
                <label for="weekday">{i18n.t("agent-weekday")}</label>
                <select id="weekday" name="weekday">{weekday_options}</select>
            </div>
            <Input name="start" label="agent-start" kind="time" value=range_form.start hint="agent-time-hint" error=errors.get("start").copied()/>
            <Input name="end" label="agent-end" kind="time" value=range_form.end error=errors.get("end").copied()/>
            <Input name="slot_minutes" label="agent-slot-minutes" value=range_form.slot_minutes inputmode="numeric" error=errors.get("slot_minutes").copied()/>
            <Input name="capacity" label="agent-capacity" value=range_form.capacity inputmode="numeric" error=errors.get("capacity").copied()/>
            <Input name="valid_from" label="agent-valid-from" kind="date" value=range_form.valid_from error=errors.get("valid_from").copied()/>
            <Input name="valid_to" label="agent-valid-to" kind="date" value=range_form.valid_to error=errors.get("valid_to").copied()/>
            <button type="submit" class="button">{i18n.t("agent-add-range-submit")}</button>
        </form>
        {data_table(&i18n, "closures-caption", i18n.t("agent-closures-caption"), &["agent-col-period", "agent-reason", "agent-col-actions"], closure_rows)}
        <h2 id="new-closure">{i18n.t("agent-add-closure")}</h2>
        <form method="post" action=format!("{site_path}/schedule/closures") class="narrow-form" novalidate=true>
            <CsrfField token=csrf/>
            <Input name="from" label="agent-closure-from" kind="date" value=closure_form.from error=errors.get("from").copied()/>
            <Input name="to" label="agent-closure-to" kind="date" value=closure_form.to error=errors.get("to").copied()/>
            <Input name="reason" label="agent-reason" value=closure_form.reason error=errors.get("reason").copied() maxlength=crate::api::limits::REASON/>
            <button type="submit" class="button">{i18n.t("agent-add-closure-submit")}</button>
        </form>
    }
}

/// Moving one booking (from the list or from a schedule change): choose a slot, give a reason.
#[component]
pub fn MoveBookingPage(principal: Principal, csrf: String, action: String, booking: AgentBooking, slots: Vec<SlotOption>, errors: FieldErrors) -> impl IntoView {
    let i18n = use_i18n();
    let when = format!("{} {}", long_date(&*i18n.catalog, booking.date), hhmm(booking.start));
    let radios = slots
        .into_iter()
        .map(|s| {
            let id = format!("slot-{}", s.value.replace(':', "-"));
            let label = i18n.t_with("booking-slot-label", &[("date", long_date(&*i18n.catalog, s.date).into()), ("time", hhmm(s.start).into())]);
            view! { <li class="field--check"><input type="radio" id=id.clone() name="slot" value=s.value/><label for=id>{label}</label></li> }
        })
        .collect_view();
    view! {
        <StaffNav principal=principal csrf=csrf.clone()/>
        <h1>{i18n.t("agent-move-title")}</h1>
        <p class="lead">{i18n.t_with("agent-move-intro", &[("name", booking.name.clone().into()), ("when", when.into())])}</p>
        <Problems errors=errors.clone() label=field_label/>
        <form method="post" action=action class="narrow-form" novalidate=true>
            <CsrfField token=csrf/>
            <fieldset class="slot-group">
                <legend id="slot">{i18n.t("booking-slot")}</legend>
                <ul class="slot-list">{radios}</ul>
            </fieldset>
            <Input name="reason" label="agent-reason" error=errors.get("reason").copied() required=true maxlength=crate::api::limits::REASON/>
            <button type="submit" class="button">{i18n.t("agent-move-submit")}</button>
        </form>
    }
}

#[component]
pub fn DeadlinePage(principal: Principal, csrf: String, rows: Vec<AgentBooking>) -> impl IntoView {
    let i18n = use_i18n();
    let count = rows.len() as i64;
    let body = rows
        .into_iter()
        .map(|b| {
            let deadline = b.deadline.map(|d| long_date(&*i18n.catalog, d)).unwrap_or_default();
            let when = format!("{} {}", long_date(&*i18n.catalog, b.date), hhmm(b.start));
            view! {
                <tr>
                    <th scope="row">{b.name.clone()}<br/><bdi dir="ltr">{b.nur.clone()}</bdi></th>
                    <td>{deadline}</td>
                    <td>{when}</td>
                    <td>{b.site_name.clone()}</td>
                    <td><bdi dir="ltr">{b.email.clone()}</bdi>" "<bdi dir="ltr">{b.phone.clone()}</bdi></td>
                </tr>
            }
        })
        .collect_view();
    let columns = ["agent-col-who", "agent-col-deadline", "agent-col-when", "agent-col-site", "agent-col-contact"];
    view! {
        <StaffNav principal=principal csrf=csrf/>
        <h1>{i18n.t("agent-deadline-title")}</h1>
        <p class="lead">{i18n.t("agent-deadline-intro")}</p>
        <p role="status">{i18n.t_with("agent-count", &[("count", count.into())])}</p>
        {data_table(&i18n, "deadline-caption", i18n.t("agent-deadline-caption"), &columns, body)}
    }
}

/// Booking for a person at the desk (the minimum notice does not apply).
#[component]
pub fn BookForPage(
    principal: Principal,
    csrf: String,
    site_id: i64,
    site_name: String,
    form: crate::pages::booking::BookingForm,
    slots: Vec<SlotOption>,
    errors: FieldErrors,
    alert: Option<ErrorCode>,
) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.locale;
    let site_path = href(l, &format!("{SITES_PATH}/{site_id}"));
    let interview = form.motive != "registration_help";
    let radios = slots
        .into_iter()
        .map(|s| {
            let id = format!("slot-{}", s.value.replace(':', "-"));
            let checked = s.value == form.slot;
            let label = i18n.t_with("booking-slot-label", &[("date", long_date(&*i18n.catalog, s.date).into()), ("time", hhmm(s.start).into())]);
            view! { <li class="field--check"><input type="radio" id=id.clone() name="slot" value=s.value checked=checked/><label for=id>{label}</label></li> }
        })
        .collect_view();
    view! {
        <StaffNav principal=principal csrf=csrf.clone()/>
        <h1>{i18n.t_with("agent-book-for-title", &[("site", site_name.into())])}</h1>
        <p><a href=site_path.clone()>{i18n.t("agent-back-to-bookings")}</a></p>
        <Alert code=alert/>
        <Problems errors=errors.clone() label=field_label/>
        <form method="post" action=format!("{site_path}/book") class="narrow-form" novalidate=true>
            <CsrfField token=csrf/>
            <crate::pages::booking::MotiveChoice interview=interview/>
            <Input name="nur" label="booking-nur" value=form.nur hint="booking-nur-hint" error=errors.get("nur").copied()/>
            <Input name="registration_date" label="booking-registration-date" kind="date" value=form.registration_date error=errors.get("registration_date").copied()/>
            <fieldset class="slot-group">
                <legend id="slot">{i18n.t("booking-slot")}</legend>
                <ul class="slot-list">{radios}</ul>
            </fieldset>
            <Input name="name" label="booking-name" value=form.name error=errors.get("name").copied() maxlength=crate::api::limits::NAME/>
            <Input name="email" label="booking-email" kind="email" value=form.email error=errors.get("email").copied()/>
            <Input name="phone" label="booking-phone" kind="tel" value=form.phone error=errors.get("phone").copied() maxlength=crate::api::limits::PHONE/>
            <button type="submit" class="button">{i18n.t("booking-confirm")}</button>
        </form>
    }
}
