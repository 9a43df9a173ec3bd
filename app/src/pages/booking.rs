//! The reception network for applicants: the directory of sites, booking the interview (two
//! steps, both plain forms), and the owner's page to move or cancel. Nothing personal ever goes
//! in a URL: the demand number travels in posted forms only.

use crate::components::demo::{Demo, DemoNote};
use crate::api::error::{ErrorCode, FieldErrors};
use crate::api::reception::SiteDto;
use crate::components::form::{Alert, CsrfField, Input, Problems, Select};
use crate::components::layout::href;
use crate::domain::date::Date;
use crate::domain::schedule::{hhmm, Minutes};
use crate::i18n::{use_i18n, I18n};
use crate::pages::long_date;
use leptos::prelude::*;

pub const SITES_PATH: &str = "/accueil";
pub const BOOKING_PATH: &str = "/rendez-vous";
pub const CONFIRM_PATH: &str = "/rendez-vous/confirmer";

/// The label message of a booking form field.
pub fn field_label(field: &str) -> &'static str {
    match field {
        "motive" => "booking-motive",
        "nur" => "booking-nur",
        "registration_date" => "booking-registration-date",
        "commune" => "booking-where",
        "site_id" | "site" => "booking-where",
        "start" | "slot" => "booking-slot",
        "name" => "booking-name",
        "email" => "booking-email",
        "phone" => "booking-phone",
        "consent" => "booking-consent",
        _ => "booking-field",
    }
}

#[derive(Clone, Debug, Default)]
pub struct DirectoryQuery {
    pub commune: String,
    pub language: String,
    pub step_free: bool,
}

/// A select's options: "any" first, then `(value, label)` pairs, the chosen one selected.
fn select_options(i18n: &I18n, any_id: &str, items: Vec<(String, String)>, selected: &str) -> impl IntoView {
    let any = view! { <option value="" selected=selected.is_empty()>{i18n.t(any_id)}</option> };
    let rest = items
        .into_iter()
        .map(|(value, label)| {
            let is = value == selected;
            view! { <option value=value selected=is>{label}</option> }
        })
        .collect_view();
    (any, rest)
}

fn language_name(i18n: &I18n, code: &str) -> String {
    let id = format!("sites-lang-{code}");
    if i18n.catalog.has(&id) {
        i18n.t(&id)
    } else {
        code.to_owned()
    }
}

/// The weekly hours of a site, one line per weekday.
fn hours_list(i18n: &I18n, site: &SiteDto) -> impl IntoView {
    let mut days: Vec<(u8, Vec<String>)> = vec![];
    for h in &site.hours {
        let range = i18n.t_with("sites-hours-range", &[("start", h.start.clone().into()), ("end", h.end.clone().into())]);
        match days.iter_mut().find(|(d, _)| *d == h.weekday) {
            Some((_, v)) => v.push(range),
            None => days.push((h.weekday, vec![range])),
        }
    }
    days.sort_by_key(|(d, _)| *d);
    let items = days
        .into_iter()
        .map(|(d, ranges)| {
            view! { <li><span class="hours__day">{i18n.t(&format!("common-weekday-{d}"))}</span>" "{ranges.join(", ")}</li> }
        })
        .collect_view();
    view! { <ul class="hours">{items}</ul> }
}

#[component]
pub fn DirectoryPage(sites: Vec<SiteDto>, communes: Vec<(String, String)>, languages: Vec<String>, query: DirectoryQuery) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.locale;
    let commune_options = select_options(&i18n, "sites-any-commune", communes, &query.commune);
    let languages = languages.into_iter().map(|c| (c.clone(), language_name(&i18n, &c))).collect();
    let language_options = select_options(&i18n, "sites-any-language", languages, &query.language);
    let count = sites.len() as i64;
    let demo = sites.iter().any(|s| s.demonstration);
    let cards = sites
        .into_iter()
        .map(|s| {
            let heading = format!("site-{}", s.id);
            let labelled_by = heading.clone();
            let languages = s.languages.iter().map(|c| language_name(&i18n, c)).collect::<Vec<_>>().join(", ");
            let book = s.bookable.then(|| {
                view! { <p><a class="button" href=format!("{}?site={}", href(l, BOOKING_PATH), s.id)>{i18n.t("sites-book-here")}<span class="visually-hidden">" — "{s.name.clone()}</span></a></p> }
            });
            let hours = if s.bookable { hours_list(&i18n, &s).into_any() } else { view! { <p>{i18n.t("sites-relais-note")}</p> }.into_any() };
            view! {
                <article class="sitecard" aria-labelledby=labelled_by>
                    <h2 id=heading>{s.name.clone()}</h2>
                    <p class="sitecard__tier">{i18n.t(&format!("sites-tier-{}", s.tier))}" · "{i18n.t(&format!("sites-kind-{}", s.kind.replace('_', "-")))}</p>
                    <p><bdi dir="ltr">{s.address.clone()}", "{s.postcode.clone()}" "{s.commune.clone()}</bdi></p>
                    <dl class="details">
                        <dt>{i18n.t("sites-languages")}</dt><dd>{languages}</dd>
                        <dt>{i18n.t("sites-access")}</dt><dd>{i18n.t(if s.step_free { "sites-step-free" } else { "sites-not-step-free" })}</dd>
                        <dt>{i18n.t("sites-phone")}</dt><dd><a dir="ltr" href=format!("tel:{}", s.phone.replace(' ', ""))>{s.phone.clone()}</a></dd>
                    </dl>
                    <h3>{i18n.t("sites-hours")}</h3>
                    {hours}
                    {book}
                </article>
            }
        })
        .collect_view();
    view! {
        <h1>{i18n.t("sites-title")}</h1>
        <DemoNote shown=demo what=Demo::Sites/>
        <p class="lead">{i18n.t("sites-intro")}</p>
        <form method="get" class="filters">
            <Select name="commune" label="sites-commune">{commune_options}</Select>
            <Select name="language" label="sites-language">{language_options}</Select>
            <div class="field field--check">
                <input type="checkbox" id="step_free" name="step_free" value="1" checked=query.step_free/>
                <label for="step_free">{i18n.t("sites-step-free-only")}</label>
            </div>
            <button type="submit" class="button">{i18n.t("sites-filter")}</button>
        </form>
        <p role="status">{i18n.t_with("sites-count", &[("count", count.into())])}</p>
        <div class="sitelist">{cards}</div>
    }
}

/// What the booking forms were filled with (all as typed).
#[derive(Clone, Debug, Default)]
pub struct BookingForm {
    pub motive: String,
    pub nur: String,
    pub registration_date: String,
    pub commune: String,
    pub site: String,
    pub slot: String,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub consent: bool,
}

/// The two motives, as radio buttons.
#[component]
pub fn MotiveChoice(interview: bool) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="field">
            <legend>{i18n.t("booking-motive")}</legend>
            <div class="field--check">
                <input type="radio" id="motive-interview" name="motive" value="interview" checked=interview/>
                <label for="motive-interview">{i18n.t("booking-motive-choice-interview")}</label>
            </div>
            <div class="field--check">
                <input type="radio" id="motive-help" name="motive" value="registration_help" checked=!interview/>
                <label for="motive-help">{i18n.t("booking-motive-choice-help")}</label>
            </div>
        </fieldset>
    }
}

impl BookingForm {
    /// The booking request this form makes for a slot of `site_id` (a slot of another site, or
    /// none, leaves the start empty: a "required" problem).
    pub fn input(&self, site_id: Option<i64>, locale: crate::i18n::Locale) -> crate::api::reception::BookingInput {
        let choice = parse_slot_value(&self.slot).filter(|(site, _)| site_id.is_none_or(|id| id == *site));
        crate::api::reception::BookingInput {
            site_id: choice.map(|c| c.0.to_string()).unwrap_or_default(),
            start: choice.map(|c| c.1.to_string()).unwrap_or_default(),
            motive: self.motive.clone(),
            nur: self.nur.clone(),
            registration_date: self.registration_date.clone(),
            name: self.name.clone(),
            email: self.email.clone(),
            phone: self.phone.clone(),
            locale: locale.code().into(),
        }
    }
}

/// Step 1: motive, demand number, registration date, where.
#[component]
pub fn BookingStartPage(
    form: BookingForm,
    errors: FieldErrors,
    communes: Vec<(String, String)>,
    sites: Vec<(i64, String)>,
    csrf: String,
    today: Date,
    /// The network holds demonstration sites.
    demo: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let interview = form.motive != "registration_help";
    let commune_options = select_options(&i18n, "sites-any-commune", communes, &form.commune);
    let sites = sites.into_iter().map(|(id, name)| (id.to_string(), name)).collect();
    let site_options = select_options(&i18n, "booking-any-site", sites, &form.site);
    view! {
        <h1>{i18n.t("booking-title")}</h1>
        <DemoNote shown=demo what=Demo::Booking/>
        <p class="lead">{i18n.t("booking-intro")}</p>
        <p><a href=href(i18n.locale, SITES_PATH)>{i18n.t("booking-see-sites")}</a></p>
        <Problems errors=errors.clone() label=field_label/>
        <form method="post" action=href(i18n.locale, BOOKING_PATH) class="narrow-form" novalidate=true>
            <CsrfField token=csrf/>
            <MotiveChoice interview=interview/>
            <Input name="nur" label="booking-nur" value=form.nur hint="booking-nur-hint" error=errors.get("nur").copied() autocomplete="off"/>
            <Input name="registration_date" label="booking-registration-date" kind="date" value=form.registration_date
                hint="booking-registration-date-hint" error=errors.get("registration_date").copied()/>
            <p class="hint">{i18n.t_with("booking-today", &[("date", long_date(&*i18n.catalog, today).into())])}</p>
            <Select name="commune" label="booking-commune">{commune_options}</Select>
            <Select name="site" label="booking-site">{site_options}</Select>
            <button type="submit" class="button">{i18n.t("booking-see-slots")}</button>
        </form>
    }
}

/// What a slot radio posts: `site_id:unix_start`.
pub fn slot_value(site_id: i64, start_at: i64) -> String {
    format!("{site_id}:{start_at}")
}

/// The site and start a slot radio posted, if well formed.
pub fn parse_slot_value(value: &str) -> Option<(i64, i64)> {
    let (site, start) = value.split_once(':')?;
    Some((site.parse().ok()?, start.parse().ok()?))
}

/// A slot offered in a form.
#[derive(Clone, Debug)]
pub struct SlotOption {
    pub site_id: i64,
    pub site_name: String,
    pub address: String,
    pub date: Date,
    pub start: Minutes,
    /// What the form posts: `site_id:unix_start`.
    pub value: String,
}

/// Slots as radio buttons, grouped by site then day.
fn slot_radios(i18n: &I18n, slots: &[SlotOption], selected: &str, prefix: &str) -> impl IntoView {
    let mut groups: Vec<(i64, String, String, Vec<&SlotOption>)> = vec![];
    for s in slots {
        match groups.iter_mut().find(|g| g.0 == s.site_id) {
            Some(g) => g.3.push(s),
            None => groups.push((s.site_id, s.site_name.clone(), s.address.clone(), vec![s])),
        }
    }
    groups
        .into_iter()
        .map(|(site_id, name, address, list)| {
            let items = list
                .into_iter()
                .map(|s| {
                    let id = format!("{prefix}-{}-{}", site_id, s.value.replace(':', "-"));
                    let label = i18n.t_with("booking-slot-label", &[("date", long_date(&*i18n.catalog, s.date).into()), ("time", hhmm(s.start).into())]);
                    view! {
                        <li class="field--check">
                            <input type="radio" id=id.clone() name="slot" value=s.value.clone() checked=s.value == selected/>
                            <label for=id>{label}</label>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="slot-group">
                    <legend>{name}<span class="slot-group__address">" — "<bdi dir="ltr">{address}</bdi></span></legend>
                    <ul class="slot-list">{items}</ul>
                </fieldset>
            }
        })
        .collect_view()
}

/// What step 2 shows: the deadline and the slots before and after it.
#[derive(Clone, Debug, Default)]
pub struct SlotsView {
    pub deadline: Option<Date>,
    pub deadline_passed: bool,
    pub before: Vec<SlotOption>,
    pub later: Vec<SlotOption>,
    pub nur_mismatch: bool,
    /// Some of the sites offered are demonstration sites.
    pub demo: bool,
}

/// Step 2: the slot and how to reach the applicant.
#[component]
pub fn BookingSlotsPage(form: BookingForm, errors: FieldErrors, slots: SlotsView, csrf: String, alert: Option<ErrorCode>) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.locale;
    let deadline_text = slots.deadline.map(|d| {
        let date = long_date(&*i18n.catalog, d);
        let id = if slots.deadline_passed { "booking-deadline-passed" } else { "booking-deadline" };
        view! { <p class="notice">{i18n.t_with(id, &[("date", date.into())])}</p> }
    });
    // A passed deadline is said above; "none before the end of your deadline" would repeat it wrongly.
    let none_before = slots.deadline.is_some() && !slots.deadline_passed && slots.before.is_empty();
    let nothing = slots.before.is_empty() && slots.later.is_empty();
    view! {
        <h1>{i18n.t("booking-slots-title")}</h1>
        <DemoNote shown=slots.demo what=Demo::Booking/>
        {deadline_text}
        {slots.nur_mismatch.then(|| view! { <p class="notice">{i18n.t("booking-nur-mismatch")}</p> })}
        <Alert code=alert/>
        <Problems errors=errors.clone() label=field_label/>
        {nothing.then(|| view! { <p class="problems">{i18n.t("booking-no-slots")}</p> })}
        <form method="post" action=href(l, CONFIRM_PATH) class="narrow-form" novalidate=true>
            <CsrfField token=csrf/>
            <input type="hidden" name="motive" value=form.motive.clone()/>
            <input type="hidden" name="nur" value=form.nur.clone()/>
            <input type="hidden" name="registration_date" value=form.registration_date.clone()/>
            <input type="hidden" name="commune" value=form.commune.clone()/>
            <input type="hidden" name="site" value=form.site.clone()/>
            {(!slots.before.is_empty()).then(|| view! {
                <h2 id="slot">{i18n.t(if slots.deadline.is_some() { "booking-slots-before" } else { "booking-slots-next" })}</h2>
                {slot_radios(&i18n, &slots.before, &form.slot, "slot")}
            })}
            {(!slots.later.is_empty()).then(|| view! {
                <h2 id=if slots.before.is_empty() { "slot" } else { "slot-later" }>{i18n.t("booking-slots-later")}</h2>
                {none_before.then(|| view! { <p class="problems" role="alert">{i18n.t("booking-none-before-deadline")}</p> })}
                {slot_radios(&i18n, &slots.later, &form.slot, "later")}
            })}
            <h2>{i18n.t("booking-contact")}</h2>
            <Input name="name" label="booking-name" value=form.name.clone() autocomplete="name" error=errors.get("name").copied() required=true maxlength=crate::api::limits::NAME/>
            <Input name="email" label="booking-email" kind="email" value=form.email.clone() autocomplete="email"
                hint="booking-email-hint" error=errors.get("email").copied() required=true/>
            <Input name="phone" label="booking-phone" kind="tel" value=form.phone.clone() autocomplete="tel" error=errors.get("phone").copied() maxlength=crate::api::limits::PHONE/>
            // A field people never see nor hear: only robots fill it in.
            <div class="hp" aria-hidden="true">
                <label for="website">{i18n.t("booking-honeypot")}</label>
                <input type="text" id="website" name="website" value="" tabindex="-1" autocomplete="off"/>
            </div>
            <div class="field field--check" class:field--error=errors.contains_key("consent")>
                <input type="checkbox" id="consent" name="consent" value="1" checked=form.consent
                    aria-describedby=errors.contains_key("consent").then_some("consent-error")/>
                <label for="consent">{i18n.t("booking-consent")}</label>
            </div>
            {errors.get("consent").map(|c| view! { <p class="field-error" id="consent-error">{i18n.t(&c.message_id())}</p> })}
            <p class="hint"><a href=href(l, crate::pages::PRIVACY_PATH)>{i18n.t("booking-privacy-link")}</a></p>
            {(!nothing).then(|| view! { <button type="submit" class="button">{i18n.t("booking-confirm")}</button> })}
        </form>
    }
}

/// What the owner's page shows.
#[derive(Clone, Debug)]
pub struct ManageView {
    pub status: String,
    pub motive: String,
    pub site_name: String,
    pub address: String,
    pub phone: String,
    pub date: Date,
    pub start: Minutes,
    pub end: Minutes,
    pub deadline: Option<Date>,
    pub within_deadline: bool,
    pub changeable: bool,
    pub cutoff_hours: i64,
    pub slots: Vec<SlotOption>,
    /// A message after an action (`booking-done-…`).
    pub done: Option<&'static str>,
    /// The site is a demonstration site: the appointment is not a real one.
    pub demo: bool,
    /// The appointment is still to come (a past one needs no deadline note or list of papers).
    pub upcoming: bool,
}

#[component]
pub fn ManagePage(view_model: ManageView, csrf: String, path: String, alert: Option<ErrorCode>) -> impl IntoView {
    let i18n = use_i18n();
    let v = view_model;
    let when = i18n.t_with(
        "booking-when",
        &[("date", long_date(&*i18n.catalog, v.date).into()), ("start", hhmm(v.start).into()), ("end", hhmm(v.end).into())],
    );
    let status_id = format!("booking-status-{}", v.status.replace('_', "-"));
    let confirmed_ahead = v.status == "confirmed" && v.upcoming;
    let deadline = v.deadline.filter(|_| confirmed_ahead).map(|d| {
        let id = if v.within_deadline { "booking-within-deadline" } else { "booking-after-deadline" };
        view! { <p>{i18n.t_with(id, &[("date", long_date(&*i18n.catalog, d).into())])}</p> }
    });
    let confirmed = v.status == "confirmed";
    let actions = if confirmed && v.changeable {
        view! {
            <section aria-labelledby="move-h">
                <h2 id="move-h">{i18n.t("booking-move-title")}</h2>
                {if v.slots.is_empty() {
                    view! { <p>{i18n.t("booking-no-slots")}</p> }.into_any()
                } else {
                    view! {
                        <form method="post" action=format!("{path}/deplacer") class="narrow-form" novalidate=true>
                            <CsrfField token=csrf.clone()/>
                            {slot_radios(&i18n, &v.slots, "", "move")}
                            <button type="submit" class="button">{i18n.t("booking-move-submit")}</button>
                        </form>
                    }.into_any()
                }}
            </section>
            <section aria-labelledby="cancel-h">
                <h2 id="cancel-h">{i18n.t("booking-cancel-title")}</h2>
                <form method="post" action=format!("{path}/annuler") class="narrow-form" novalidate=true>
                    <CsrfField token=csrf.clone()/>
                    <Input name="reason" label="booking-cancel-reason" maxlength=crate::api::limits::REASON/>
                    <button type="submit" class="button button--secondary">{i18n.t("booking-cancel-submit")}</button>
                </form>
            </section>
        }
        .into_any()
    } else if confirmed {
        view! { <p class="notice">{i18n.t_with("booking-cutoff", &[("hours", v.cutoff_hours.into()), ("phone", v.phone.clone().into())])}</p> }.into_any()
    } else {
        view! { <p><a href=href(i18n.locale, BOOKING_PATH)>{i18n.t("booking-book-again")}</a></p> }.into_any()
    };
    view! {
        <h1>{i18n.t("booking-manage-title")}</h1>
        <DemoNote shown=v.demo what=Demo::Booking/>
        {v.done.map(|d| view! { <p class="notice" role="status">{i18n.t(d)}</p> })}
        <Alert code=alert/>
        <dl class="details">
            <dt>{i18n.t("booking-status")}</dt><dd>{i18n.t(&status_id)}</dd>
            <dt>{i18n.t("booking-motive")}</dt><dd>{i18n.t(&format!("booking-motive-{}", v.motive.replace('_', "-")))}</dd>
            <dt>{i18n.t("booking-when-label")}</dt><dd>{when}</dd>
            <dt>{i18n.t("booking-where-label")}</dt><dd><bdi dir="ltr">{v.site_name.clone()}", "{v.address.clone()}</bdi></dd>
            <dt>{i18n.t("sites-phone")}</dt><dd><a dir="ltr" href=format!("tel:{}", v.phone.replace(' ', ""))>{v.phone.clone()}</a></dd>
        </dl>
        {deadline}
        {confirmed_ahead.then(|| view! { <p>{i18n.t("booking-bring")}</p> })}
        {actions}
    }
}
