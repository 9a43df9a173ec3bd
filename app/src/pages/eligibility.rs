//! The eligibility simulator. The whole form is one island: without JavaScript it posts and the
//! server renders the result; hydrated, the same Rust code recomputes the result as people type.

use crate::api::eligibility::{add_problems, form_field, EligibilityForm};
use crate::api::error::{ErrorCode, FieldErrors};
use crate::components::layout::href;
use crate::domain::aci::{Situation, SituationStatus};
use crate::domain::quota::Standing;
use crate::domain::band::Band;
use crate::domain::date::Date;
use crate::domain::eligibility::{evaluate, IncomeYear, Outcome};
use crate::domain::rules::Rules;
use crate::i18n::{use_i18n, I18n, Locale, Templates};
use crate::pages::{date, euros, euros_cents};
use leptos::prelude::*;
use std::sync::Arc;

/// Message ids the island needs in the browser.
pub const MESSAGE_PREFIXES: &[&str] = &["elig-", "band-", "aci-", "error-", "fragility-", "bilan-ruleset-"];

#[component]
pub fn EligibilityPage(
    /// The messages of [`MESSAGE_PREFIXES`] for this locale, flattened.
    messages: Templates,
    form: EligibilityForm,
    submitted: bool,
    today: Date,
) -> impl IntoView {
    let i18n = use_i18n();
    // Problems shown next to the fields: only after a post (the island reports them live).
    let errors = if submitted { validate(&form, today, i18n.locale.decimal_mark()).err().unwrap_or_default() } else { FieldErrors::new() };
    view! {
        <h1>{i18n.t("elig-title")}</h1>
        <p class="lead">{i18n.t("elig-intro")}</p>
        <p class="notice">{i18n.t("elig-privacy")}</p>
        <FormView form=form.clone() errors=errors today=today/>
        <EligibilityResult locale=i18n.locale messages=messages form=form submitted=submitted today=today/>
    }
}

/// The form's request, or its problems under the form's field names.
fn validate(form: &EligibilityForm, today: Date, mark: crate::domain::money::DecimalMark) -> Result<Outcome, FieldErrors> {
    form.to_request(mark).and_then(|req| {
        evaluate(&req, Rules::embedded(), today).map_err(|problems| {
            let mut errs = FieldErrors::new();
            add_problems(&mut errs, &problems);
            errs.into_iter().map(|(k, v)| (form_field(&k).to_owned(), v)).collect()
        })
    })
}

/// How the result area behaves.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Nothing entered yet.
    Fresh,
    /// Updating as the person types: missing fields are not errors yet.
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    Live,
    /// The form was sent: every problem is shown.
    Submitted,
}

/// The id of the form the island listens to.
const FORM_ID: &str = "eligibility-form";

/// Server-rendered form: plain HTML that posts back to the page. It is not part of the island,
/// so none of it weighs on the browser bundle.
#[component]
fn FormView(form: EligibilityForm, errors: FieldErrors, today: Date) -> impl IntoView {
    let i18n = use_i18n();
    let rules = Rules::embedded();
    let selected_year = form.year.parse::<i32>().ok().unwrap_or_else(|| rules.default_year(today));
    let year_options = rules
        .years()
        .map(|y| view! { <option value=y.to_string() selected=y == selected_year>{y.to_string()}</option> })
        .collect_view();
    let situations = Situation::ALL
        .into_iter()
        .map(|s| {
            let id = format!("situation-{}", s.id());
            let checked = form.situations.iter().any(|x| x == s.id());
            view! {
                <li class="check">
                    <input type="checkbox" id=id.clone() name="situation" value=s.id() checked=checked/>
                    <label for=id>{i18n.t(&s.message_id())}</label>
                </li>
            }
        })
        .collect_view();
    let t = |id: &str| i18n.t(id);
    let field = |name: &'static str, label: &'static str, hint: &'static str, value: &str, numeric: bool| {
        view! { <Field name=name label=label hint=hint value=value.to_owned() numeric=numeric error=errors.get(name).copied()/> }
    };
    view! {
        <form method="post" id=FORM_ID class="simulator-form" novalidate>
            <ErrorSummary errors=errors.clone()/>
            <fieldset>
                <legend>{t("elig-form-household")}</legend>
                {field("adults", "elig-adults", "elig-adults-hint", &form.adults, true)}
                {field("dependants", "elig-dependants", "elig-dependants-hint", &form.dependants, true)}
                {field("disabled_persons", "elig-disabled", "elig-disabled-hint", &form.disabled_persons, true)}
                {field("applicant_age", "elig-applicant-age", "elig-applicant-age-hint", &form.applicant_age, true)}
                <div class="check">
                    <input type="checkbox" id="couple" name="couple" value="1" checked=form.couple aria-describedby="couple-hint"/>
                    <label for="couple">{t("elig-couple")}</label>
                    <p class="hint" id="couple-hint">{t("elig-couple-hint")}</p>
                </div>
                <div class="pair">
                    {field("age1", "elig-age1", "", &form.age1, true)}
                    {field("age2", "elig-age2", "", &form.age2, true)}
                </div>
            </fieldset>
            <fieldset>
                <legend>{t("elig-form-resources")}</legend>
                {field("monthly_resources", "elig-monthly", "elig-monthly-hint", &form.monthly_resources, false)}
                {field("tax_income_n2", "elig-n2", "elig-n2-hint", &form.tax_income_n2, false)}
                {field("tax_income_n1", "elig-n1", "elig-n1-hint", &form.tax_income_n1, false)}
                {field("income_last_12_months", "elig-12m", "elig-12m-hint", &form.income_last_12_months, false)}
                <div class="field">
                    <label for="year">{t("elig-year")}</label>
                    <p class="hint" id="year-hint">{t("elig-year-hint")}</p>
                    <select id="year" name="year" aria-describedby="year-hint">{year_options}</select>
                </div>
            </fieldset>
            <fieldset>
                <legend>{t("elig-form-situations")}</legend>
                <p class="hint">{t("elig-situations-hint")}</p>
                <ul class="checks">{situations}</ul>
            </fieldset>
            <button type="submit" class="button">{t("elig-submit")}</button>
        </form>
    }
}

/// The result. Hydrated, it listens to the form and recomputes with the same Rust rules.
#[island]
pub fn EligibilityResult(
    locale: Locale,
    messages: Templates,
    form: EligibilityForm,
    submitted: bool,
    today: Date,
) -> impl IntoView {
    provide_context(I18n { locale, catalog: Arc::new(messages) });

    let state = RwSignal::new((form, if submitted { Mode::Submitted } else { Mode::Fresh }));
    #[cfg(feature = "hydrate")]
    listen_to_form(state);
    let computed = Memo::new(move |_| {
        let (f, mode) = state.get();
        (validate(&f, today, locale.decimal_mark()), mode)
    });
    view! {
        <section class="simulator-result" aria-labelledby="elig-result-title" aria-live="polite">
            <h2 id="elig-result-title">{use_i18n().t("elig-result-title")}</h2>
            {move || {
                let i18n = use_i18n();
                match computed.get() {
                    (Ok(outcome), Mode::Live | Mode::Submitted) => view! { <ResultView outcome=outcome/> }.into_any(),
                    (Err(_), Mode::Submitted) => view! { <p>{i18n.t("elig-result-fix")}</p> }.into_any(),
                    (Err(errs), Mode::Live) if errs.values().any(|c| *c != ErrorCode::Required) => {
                        view! {
                            <p>{i18n.t("elig-result-fix")}</p>
                            <ul>{problem_items(&i18n, &errs)}</ul>
                        }
                        .into_any()
                    }
                    _ => view! { <p>{i18n.t("elig-result-waiting")}</p> }.into_any(),
                }
            }}
        </section>
    }
}

/// Recomputes on every `input`/`change` of the form (both bubble to the document).
#[cfg(feature = "hydrate")]
fn listen_to_form(state: RwSignal<(EligibilityForm, Mode)>) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let document = leptos::prelude::document();
    let Some(form) = document.get_element_by_id(FORM_ID).and_then(|e| e.dyn_into::<web_sys::HtmlFormElement>().ok()) else {
        return;
    };
    let reader = form.clone();
    let on_change = Closure::<dyn Fn()>::new(move || {
        if let Some(f) = read_form(&reader) {
            state.set((f, Mode::Live));
        }
    });
    for event in ["input", "change"] {
        let _ = form.add_event_listener_with_callback(event, on_change.as_ref().unchecked_ref());
    }
    // The listener lives as long as the page.
    on_change.forget();
}

#[cfg(feature = "hydrate")]
fn read_form(form: &web_sys::HtmlFormElement) -> Option<EligibilityForm> {
    let data = web_sys::FormData::new_with_form(form).ok()?;
    let params = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data).ok()?;
    let encoded: String = params.to_string().into();
    Some(EligibilityForm::from_pairs(&crate::api::urlencoded::parse(&encoded)))
}

/// "Label: message" items for a set of field problems, each linking to its field.
fn problem_items(i18n: &I18n, errors: &FieldErrors) -> Vec<AnyView> {
    errors
        .iter()
        .map(|(field, code)| {
            let label = i18n.t(&field_label(field));
            let msg = i18n.t(&code.message_id());
            let text = i18n.t_with("elig-error-item", &[("label", label.into()), ("message", msg.into())]);
            view! { <li><a href=format!("#{field}")>{text}</a></li> }.into_any()
        })
        .collect()
}

/// The list of problems at the top of the form, each linking to its field.
#[component]
fn ErrorSummary(errors: FieldErrors) -> impl IntoView {
    let i18n = use_i18n();
    (!errors.is_empty()).then(|| {
        view! {
            <div class="problems" role="alert">
                <h2>{i18n.t("elig-errors-title")}</h2>
                <ul>{problem_items(&i18n, &errors)}</ul>
            </div>
        }
    })
}

/// The label message of a form field, for the error summary.
fn field_label(field: &str) -> String {
    match field {
        "adults" => "elig-adults",
        "dependants" => "elig-dependants",
        "disabled_persons" => "elig-disabled",
        "applicant_age" => "elig-applicant-age",
        "age1" => "elig-age1",
        "age2" => "elig-age2",
        "monthly_resources" => "elig-monthly",
        "tax_income_n2" => "elig-n2",
        "tax_income_n1" => "elig-n1",
        "income_last_12_months" => "elig-12m",
        "year" => "elig-year",
        _ => "elig-form-situations",
    }
    .to_owned()
}

#[component]
fn Field(
    name: &'static str,
    label: &'static str,
    hint: &'static str,
    value: String,
    numeric: bool,
    error: Option<ErrorCode>,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described = match (hint.is_empty(), error.is_some()) {
        (true, false) => None,
        (true, true) => Some(error_id.clone()),
        (false, false) => Some(hint_id.clone()),
        (false, true) => Some(format!("{hint_id} {error_id}")),
    };
    view! {
        <div class="field" class:field--error=error.is_some()>
            <label for=name>{i18n.t(label)}</label>
            {(!hint.is_empty()).then(|| view! { <p class="hint" id=hint_id>{i18n.t(hint)}</p> })}
            {error.map(|c| view! { <p class="field-error" id=error_id>{i18n.t(&c.message_id())}</p> })}
            <input
                id=name
                name=name
                type="text"
                inputmode=if numeric { "numeric" } else { "decimal" }
                autocomplete="off"
                value=value
                aria-describedby=described
                aria-invalid=error.map(|_| "true")
            />
        </div>
    }
}

#[component]
fn ResultView(outcome: Outcome) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.locale;
    let o = outcome;
    let r = &o.ruleset;
    let yes_no = |b: bool| i18n.t(if b { "elig-yes" } else { "elig-no" });

    let ruleset = i18n.t_with(
        "elig-ruleset",
        &[
            ("year", r.year.to_string().into()),
            ("source", r.source.clone().into()),
            ("from", date(l, r.valid_from).into()),
            ("to", date(l, r.valid_to).into()),
        ],
    );
    let band_rule = i18n.t_with(
        "elig-band-rule",
        &[
            ("name", r.band_rule.name.clone().into()),
            ("from", date(l, r.band_rule.valid_from).into()),
            ("to", date(l, r.band_rule.valid_to).into()),
        ],
    );
    let category = i18n.t_with(
        "elig-category",
        &[("persons", o.persons.into()), ("category", u32::from(o.category.category).into())],
    );
    let extra = (o.category.extra_persons > 0)
        .then(|| i18n.t_with("elig-category-extra", &[("extra", o.category.extra_persons.into())]));
    let can_apply = o.eligible.map(|e| e.pls).unwrap_or(o.eligible_estimate.pls);
    let summary = match (o.eligible.is_some(), can_apply) {
        (true, true) => "elig-summary-yes",
        (true, false) => "elig-summary-no",
        (false, true) => "elig-summary-estimate-yes",
        (false, false) => "elig-summary-estimate-no",
    };
    let rows = [
        ("elig-fin-plai", o.ceilings.plai, o.eligible.map(|e| e.plai), o.eligible_estimate.plai),
        ("elig-fin-plus", o.ceilings.plus, o.eligible.map(|e| e.plus), o.eligible_estimate.plus),
        ("elig-fin-pls", o.ceilings.pls, o.eligible.map(|e| e.pls), o.eligible_estimate.pls),
    ]
    .into_iter()
    .map(|(id, ceiling, tax, est)| {
        view! {
            <tr>
                <th scope="row">{i18n.t(id)}</th>
                <td class="num">{euros(l, ceiling)}</td>
                <td>{tax.map(yes_no).unwrap_or_else(|| i18n.t("elig-not-given"))}</td>
                <td>{yes_no(est)}</td>
            </tr>
        }
    })
    .collect_view();
    let income = o.income_used.map(|i| {
        let id = match i.which {
            IncomeYear::N2 => "elig-income-used-n2",
            IncomeYear::N1 => "elig-income-used-n1",
            IncomeYear::Last12Months => "elig-income-used-12m",
        };
        view! { <p>{i18n.t_with(id, &[("year", i.tax_year.to_string().into()), ("amount", euros_cents(l, i.amount.0).into())])}</p> }
    });
    let th = o.band_thresholds;
    let band_ranges = Band::ALL
        .into_iter()
        .map(|b| {
            let text = i18n.t_with(
                &format!("elig-range-{}", b.id().replace('_', "-")),
                &[("p40", euros(l, th.p40).into()), ("p60", euros(l, th.p60).into()), ("p80", euros(l, th.p80).into())],
            );
            let current = b == o.band;
            view! {
                <li class:current=current>
                    <strong>{i18n.t(b.message_id())}</strong>" "{text}
                    {current.then(|| view! { " " <span class="tag">{i18n.t("elig-band-yours-tag")}</span> })}
                </li>
            }
        })
        .collect_view();
    let objectives = o.objectives.clone().map(|ob| {
        let classes = ob.favoured_in.iter().map(|c| i18n.t(&format!("fragility-{}", c.id()))).collect::<Vec<_>>().join(", ");
        let rs = &ob.ruleset;
        let to = rs.valid_to.map(|d| d.to_string());
        // One day is judged: the set is in force on it or has ended (the sentence says which).
        let (rule, _) = crate::pages::ruleset_validity(&i18n, &rs.name, &rs.valid_from.to_string(), to.as_deref(), rs.valid_to_verified, rs.standing);
        let where_ = match (rs.standing, rs.valid_to) {
            (Standing::Ended, Some(end)) => {
                i18n.t_with("elig-objectives-where-ended", &[("classes", classes.into()), ("to", date(l, end).into())])
            }
            _ => i18n.t_with("elig-objectives-where", &[("classes", classes.into())]),
        };
        view! {
            <p>{where_}</p>
            <p class="hint">{rule}" "<a href=href(l, "/bilan")>{i18n.t("elig-objectives-bilan")}</a></p>
        }
    });
    let aci = &o.aci;
    let limit = euros_cents(l, aci.resource_limit.0);
    let aci_items = aci
        .situations
        .iter()
        .map(|c| {
            let status = match c.status {
                SituationStatus::Possible => i18n.t("elig-aci-status-possible"),
                SituationStatus::AgeToConfirm => i18n.t("elig-aci-status-age-to-confirm"),
                SituationStatus::ResourcesAboveLimit => {
                    i18n.t_with("elig-aci-status-resources-above-limit", &[("limit", limit.clone().into())])
                }
                SituationStatus::AgeOutsideRange => i18n.t("elig-aci-status-age-outside-range"),
            };
            view! { <li>{i18n.t_with("elig-aci-item", &[("situation", i18n.t(&c.id.message_id()).into()), ("status", status.into())])}</li> }
        })
        .collect_view();
    // Which RSA amount the limit comes from (it is revalued every April, sometimes mid-year).
    let rsa = o.rsa.as_ref().map(|a| {
        let args = [
            ("amount", euros_cents(l, a.cents).into()),
            ("on", crate::pages::date(l, a.on).into()),
            ("from", crate::pages::date(l, a.from).into()),
            ("source", a.source.clone().into()),
        ];
        view! {
            <p class="hint">
                {i18n.t_with("elig-aci-rsa-used", &args)}
                {(!a.verified).then(|| view! { " " <strong>{i18n.t("elig-aci-rsa-unverified")}</strong> })}
            </p>
        }
    });
    let aci_headline = if aci.situations.is_empty() {
        "elig-aci-not-selected"
    } else if aci.possible {
        "elig-aci-possible"
    } else {
        "elig-aci-none"
    };

    view! {
        <p class="result-summary"><strong>{i18n.t(summary)}</strong></p>
        <p>{category}" "{extra}</p>
        <p>{i18n.t_with("elig-monthly-understood", &[("amount", euros_cents(l, o.monthly_resources.0).into())])}</p>
        // A region that may scroll sideways on narrow screens, so it must be reachable by keyboard.
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="ceilings-caption">
        <table class="table">
            <caption id="ceilings-caption">{i18n.t_with("elig-ceilings-caption", &[("year", r.year.to_string().into())])}</caption>
            <thead>
                <tr>
                    <th scope="col">{i18n.t("elig-col-financing")}</th>
                    <th scope="col">{i18n.t("elig-col-ceiling")}</th>
                    <th scope="col">{i18n.t("elig-col-tax")}</th>
                    <th scope="col">{i18n.t("elig-col-estimate")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        </div>
        {income}
        <p class="hint">{i18n.t("elig-estimate-note")}</p>
        <h3>{i18n.t("elig-band-title")}</h3>
        <p>{i18n.t_with("elig-band-yours", &[("band", i18n.t(o.band.message_id()).into())])}</p>
        <ul class="ranges">{band_ranges}</ul>
        <p class="hint">{i18n.t("elig-band-explain")}</p>
        {objectives}
        <h3>{i18n.t("elig-aci-title")}</h3>
        {(!r.band_rule.in_force).then(|| view! { <p class="notice">{i18n.t("elig-aci-historic")}</p> })}
        <p>{i18n.t(aci_headline)}</p>
        {(!aci.situations.is_empty()).then(|| view! { <ul>{aci_items}</ul> })}
        {rsa}
        <p class="hint">{i18n.t("elig-aci-disclaimer")}</p>
        <h3>{i18n.t("elig-next-title")}</h3>
        <p>{i18n.t("elig-next-register")}</p>
        <p>{i18n.t("elig-next-interview")}</p>
        <div class="ruleset" role="note">
            <p>{ruleset}</p>
            {(!r.verified).then(|| view! { <p><strong>{i18n.t("elig-ruleset-unverified")}</strong></p> })}
            <p>{band_rule}</p>
            {(!r.band_rule.in_force).then(|| view! { <p>{i18n.t("elig-band-rule-ended")}</p> })}
        </div>
    }
}
