//! The eligibility simulator. The whole form is one island: without JavaScript it posts and the
//! server renders the result; hydrated, the same Rust code recomputes the result as people type.

use crate::api::eligibility::{add_problems, form_field, EligibilityForm};
use crate::api::error::{ErrorCode, FieldErrors};
use crate::domain::aci::{Situation, SituationStatus};
use crate::domain::band::Band;
use crate::domain::date::Date;
use crate::domain::eligibility::{evaluate, IncomeYear, Outcome};
use crate::domain::rules::Rules;
use crate::i18n::{use_i18n, Catalog, I18n, Locale};
use crate::pages::{date, euros, euros_cents};
use leptos::prelude::*;
use std::sync::Arc;

/// Message ids the island needs in the browser.
pub const MESSAGE_PREFIXES: &[&str] = &["elig-", "band-", "aci-", "error-"];

#[component]
pub fn EligibilityPage(
    /// The Fluent messages of [`MESSAGE_PREFIXES`] for this locale.
    messages: String,
    form: EligibilityForm,
    submitted: bool,
    today: Date,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{i18n.t("elig-title")}</h1>
        <p class="lead">{i18n.t("elig-intro")}</p>
        <p class="notice">{i18n.t("elig-privacy")}</p>
        <EligibilitySimulator locale=i18n.locale messages=messages form=form submitted=submitted today=today/>
    }
}

/// How the result area behaves.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Nothing entered yet.
    Fresh,
    /// Updating as the person types: missing fields are not errors yet.
    Live,
    /// The form was sent: every problem is shown.
    Submitted,
}

#[island]
pub fn EligibilitySimulator(
    locale: Locale,
    messages: String,
    form: EligibilityForm,
    submitted: bool,
    today: Date,
) -> impl IntoView {
    let catalog = Catalog::from_source(locale, &messages)
        .or_else(|_| Catalog::from_source(locale, ""))
        .map(Arc::new);
    let Ok(catalog) = catalog else {
        return ().into_any();
    };
    let i18n = I18n { locale, catalog };
    provide_context(i18n.clone());

    let initial = form.clone();
    let state = RwSignal::new((form, if submitted { Mode::Submitted } else { Mode::Fresh }));
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let on_input = move |_: leptos::ev::Event| {
        #[cfg(feature = "hydrate")]
        if let Some(f) = form_ref.get_untracked().and_then(|f| read_form(&f)) {
            state.set((f, Mode::Live));
        }
    };
    let computed = Memo::new(move |_| {
        let (f, mode) = state.get();
        let res = f.to_request().and_then(|req| {
            evaluate(&req, Rules::embedded(), today).map_err(|problems| {
                let mut errs = FieldErrors::new();
                add_problems(&mut errs, &problems);
                errs.into_iter().map(|(k, v)| (form_field(&k).to_owned(), v)).collect()
            })
        });
        (res, mode)
    });
    // Errors shown next to fields: all once submitted; while typing, all but "required".
    let shown_errors = Memo::new(move |_| {
        let (res, mode) = computed.get();
        match (res, mode) {
            (Err(errs), Mode::Submitted) => errs,
            (Err(errs), Mode::Live) => errs.into_iter().filter(|(_, c)| *c != ErrorCode::Required).collect(),
            _ => FieldErrors::new(),
        }
    });

    let rules = Rules::embedded();
    let selected_year = initial.year.parse::<i32>().ok().unwrap_or_else(|| rules.default_year(today));
    let year_options = rules
        .years()
        .map(|y| view! { <option value=y.to_string() selected=y == selected_year>{y.to_string()}</option> })
        .collect_view();
    let situations = Situation::ALL
        .into_iter()
        .map(|s| {
            let id = format!("situation-{}", s.id());
            let checked = initial.situations.iter().any(|x| x == s.id());
            view! {
                <li class="check">
                    <input type="checkbox" id=id.clone() name="situation" value=s.id() checked=checked/>
                    <label for=id>{i18n.t(&s.message_id())}</label>
                </li>
            }
        })
        .collect_view();
    let t = |id: &str| i18n.t(id);

    view! {
        <form method="post" class="simulator-form" novalidate node_ref=form_ref on:input=on_input on:change=on_input>
            <ErrorSummary errors=shown_errors/>
            <fieldset>
                <legend>{t("elig-form-household")}</legend>
                <Field name="adults" label="elig-adults" hint="elig-adults-hint" value=initial.adults.clone() numeric=true errors=shown_errors/>
                <Field name="dependants" label="elig-dependants" hint="elig-dependants-hint" value=initial.dependants.clone() numeric=true errors=shown_errors/>
                <Field name="disabled_persons" label="elig-disabled" hint="elig-disabled-hint" value=initial.disabled_persons.clone() numeric=true errors=shown_errors/>
                <Field name="applicant_age" label="elig-applicant-age" hint="elig-applicant-age-hint" value=initial.applicant_age.clone() numeric=true errors=shown_errors/>
                <div class="check">
                    <input type="checkbox" id="couple" name="couple" value="1" checked=initial.couple aria-describedby="couple-hint"/>
                    <label for="couple">{t("elig-couple")}</label>
                    <p class="hint" id="couple-hint">{t("elig-couple-hint")}</p>
                </div>
                <div class="pair">
                    <Field name="age1" label="elig-age1" hint="" value=initial.age1.clone() numeric=true errors=shown_errors/>
                    <Field name="age2" label="elig-age2" hint="" value=initial.age2.clone() numeric=true errors=shown_errors/>
                </div>
            </fieldset>
            <fieldset>
                <legend>{t("elig-form-resources")}</legend>
                <Field name="monthly_resources" label="elig-monthly" hint="elig-monthly-hint" value=initial.monthly_resources.clone() numeric=false errors=shown_errors/>
                <Field name="tax_income_n2" label="elig-n2" hint="elig-n2-hint" value=initial.tax_income_n2.clone() numeric=false errors=shown_errors/>
                <Field name="tax_income_n1" label="elig-n1" hint="elig-n1-hint" value=initial.tax_income_n1.clone() numeric=false errors=shown_errors/>
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
        <section class="simulator-result" aria-labelledby="elig-result-title" aria-live="polite">
            <h2 id="elig-result-title">{t("elig-result-title")}</h2>
            {move || {
                let (res, mode) = computed.get();
                match (res, mode) {
                    (Ok(outcome), Mode::Live | Mode::Submitted) => view! { <ResultView outcome=outcome/> }.into_any(),
                    (Err(_), Mode::Submitted) => view! { <p>{use_i18n().t("elig-result-fix")}</p> }.into_any(),
                    _ => view! { <p>{use_i18n().t("elig-result-waiting")}</p> }.into_any(),
                }
            }}
        </section>
    }
    .into_any()
}

#[cfg(feature = "hydrate")]
fn read_form(form: &web_sys::HtmlFormElement) -> Option<EligibilityForm> {
    let data = web_sys::FormData::new_with_form(form).ok()?;
    let params = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data).ok()?;
    let encoded: String = params.to_string().into();
    Some(EligibilityForm::from_pairs(&crate::api::urlencoded::parse(&encoded)))
}

/// The list of problems at the top of the form, each linking to its field.
#[component]
fn ErrorSummary(errors: Memo<FieldErrors>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let errs = errors.get();
        if errs.is_empty() {
            return ().into_any();
        }
        let items = errs
            .iter()
            .map(|(field, code)| {
                let label = i18n.t(&field_label(field));
                let msg = i18n.t(&code.message_id());
                let text = i18n.t_with("elig-error-item", &[("label", label.into()), ("message", msg.into())]);
                view! { <li><a href=format!("#{field}")>{text}</a></li> }
            })
            .collect_view();
        view! {
            <div class="problems" role="alert">
                <h2>{i18n.t("elig-errors-title")}</h2>
                <ul>{items}</ul>
            </div>
        }
        .into_any()
    }
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
    errors: Memo<FieldErrors>,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described = if hint.is_empty() { error_id.clone() } else { format!("{hint_id} {error_id}") };
    let error_text = move || {
        errors.get().get(name).map(|c| use_i18n().t(&c.message_id())).unwrap_or_default()
    };
    let invalid = move || errors.get().contains_key(name).then_some("true");
    view! {
        <div class="field" class:field--error=move || errors.get().contains_key(name)>
            <label for=name>{i18n.t(label)}</label>
            {(!hint.is_empty()).then(|| view! { <p class="hint" id=hint_id.clone()>{i18n.t(hint)}</p> })}
            <p class="field-error" id=error_id>{error_text}</p>
            <input
                id=name
                name=name
                type="text"
                inputmode=if numeric { "numeric" } else { "decimal" }
                autocomplete="off"
                value=value
                aria-describedby=described
                aria-invalid=invalid
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
        &[
            ("persons", o.persons.into()),
            ("category", u32::from(o.category.category).into()),
            ("extra", o.category.extra_persons.into()),
        ],
    );
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
            view! { <li>{i18n.t(&c.id.message_id())}" — "{status}</li> }
        })
        .collect_view();
    let aci_headline = if aci.situations.is_empty() {
        "elig-aci-not-selected"
    } else if aci.possible {
        "elig-aci-possible"
    } else {
        "elig-aci-none"
    };

    view! {
        <p class="result-summary"><strong>{i18n.t(summary)}</strong></p>
        <p>{category}</p>
        <table class="table">
            <caption>{i18n.t_with("elig-ceilings-caption", &[("year", r.year.to_string().into())])}</caption>
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
        {income}
        <p class="hint">{i18n.t("elig-estimate-note")}</p>
        <h3>{i18n.t("elig-band-title")}</h3>
        <p>{i18n.t_with("elig-band-yours", &[("band", i18n.t(o.band.message_id()).into())])}</p>
        <ul class="ranges">{band_ranges}</ul>
        <p class="hint">{i18n.t("elig-band-explain")}</p>
        <h3>{i18n.t("elig-aci-title")}</h3>
        <p>{i18n.t(aci_headline)}</p>
        {(!aci.situations.is_empty()).then(|| view! { <ul>{aci_items}</ul> })}
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
