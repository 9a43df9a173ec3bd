//! The attribution register for staff: the latest entries within the user's scope, and the
//! entry form (checked by the same importer as files, so a line typed and a line uploaded
//! meet the same rules). ACI situations appear as codes' labels, to staff in scope only.

use crate::components::form::CsrfField;
use crate::components::layout::href;
use crate::components::table::data_table;
use crate::domain::access::Principal;
use crate::domain::aci::Situation;
use crate::i18n::{use_i18n, I18n};
use crate::pages::bilan::Choice;
use crate::pages::staff::StaffNav;
use leptos::prelude::*;

pub const REGISTER_PATH: &str = "/staff/register";
pub const REGISTER_NEW_PATH: &str = "/staff/register/new";

/// One register line as shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegisterLine {
    pub reference: String,
    pub decided_on: String,
    pub commune: String,
    pub quartier: String,
    pub landlord: String,
    pub band: Option<String>,
    pub kind: String,
    pub aci_situations: Vec<String>,
    pub npru_site: Option<String>,
    pub mutation_status: Option<String>,
}

/// A situation as staff name it (the simulator speaks to the applicant, in the first person).
pub fn situation_label(s: Situation) -> String {
    format!("register-situation-{}", s.id().replace('_', "-"))
}

fn opt_label(i18n: &I18n, prefix: &str, v: &Option<String>) -> String {
    v.as_ref().map(|x| i18n.t(&format!("{prefix}{}", x.replace('_', "-")))).unwrap_or_else(|| "–".to_owned())
}

#[component]
pub fn RegisterPage(principal: Principal, csrf: String, lines: Vec<RegisterLine>, saved: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.locale;
    let body = lines
        .iter()
        .map(|r| {
            let situations = r
                .aci_situations
                .iter()
                .filter_map(|c| Situation::parse(c))
                .map(|s| i18n.t(&situation_label(s)))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <tr>
                    <th scope="row">{r.reference.clone()}</th>
                    <td>{r.decided_on.clone()}</td>
                    <td>{r.commune.clone()}</td>
                    <td>{r.quartier.clone()}</td>
                    <td>{r.landlord.clone()}</td>
                    <td>{opt_label(&i18n, "band-", &r.band)}</td>
                    <td>{i18n.t(&format!("register-kind-{}", r.kind.replace('_', "-")))}</td>
                    <td>{if situations.is_empty() { "–".to_owned() } else { situations }}</td>
                    <td>{r.npru_site.clone().unwrap_or_else(|| "–".to_owned())}</td>
                    <td>{opt_label(&i18n, "register-status-", &r.mutation_status)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <StaffNav principal=principal csrf=csrf/>
        <h1>{i18n.t("register-title")}</h1>
        {saved.map(|r| view! { <p class="notice" role="status">{i18n.t_with("register-saved", &[("reference", r.into())])}</p> })}
        <p><a class="button" href=href(l, REGISTER_NEW_PATH)>{i18n.t("register-new")}</a></p>
        <p class="hint">{i18n.t("register-intro")}</p>
        {data_table(&i18n, "register-caption", i18n.t("register-caption"), &[
            "register-col-reference", "register-col-date", "register-col-commune", "register-col-quartier", "register-col-landlord",
            "register-col-band", "register-col-kind", "register-col-situations", "register-col-npru", "register-col-status",
        ], body)}
    }
}

/// What the entry form offers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RegisterChoices {
    pub communes: Vec<Choice>,
    pub landlords: Vec<Choice>,
}

/// The label message of a register field (the file's column names).
pub fn register_label(field: &str) -> &'static str {
    match field {
        "reference" => "register-col-reference",
        "decided_on" => "register-col-date",
        "insee_code" => "register-col-commune",
        "quartier_id" => "register-col-quartier",
        "landlord_id" => "register-col-landlord",
        "residence_id" => "register-field-residence",
        "typology" => "register-field-typology",
        "financing" => "register-field-financing",
        "adults" => "register-field-adults",
        "dependants" => "register-field-dependants",
        "disabled_persons" => "register-field-disabled",
        "jeune_menage" => "register-field-jeune-menage",
        "monthly_resources" => "register-field-resources",
        "band" => "register-col-band",
        "kind" => "register-col-kind",
        "aci" => "register-field-aci",
        "aci_situations" => "register-col-situations",
        "npru_site" => "register-col-npru",
        "mutation_status" => "register-col-status",
        "contingent" => "register-field-contingent",
        _ => "register-field-other",
    }
}

/// A form value by field name.
fn value<'a>(values: &'a [(String, String)], name: &str) -> &'a str {
    values.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str())
}

#[component]
pub fn RegisterForm(
    principal: Principal,
    csrf: String,
    values: Vec<(String, String)>,
    /// `(field, message id)`: the importer's verdict on the line.
    errors: Vec<(String, String)>,
    choices: RegisterChoices,
) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.locale;
    let error_of = |f: &str| errors.iter().find(|(k, _)| k == f).map(|(_, m)| m.clone());
    let text = |name: &'static str, kind: &'static str, required: bool, hint: Option<&'static str>| {
        let error = error_of(name);
        let err_id = format!("{name}-error");
        let hint_id = format!("{name}-hint");
        let described = [error.as_ref().map(|_| err_id.clone()), hint.map(|_| hint_id.clone())].into_iter().flatten().collect::<Vec<_>>().join(" ");
        let (has_error, invalid) = (error.is_some(), error.as_ref().map(|_| "true"));
        view! {
            <div class="field" class:field--error=has_error>
                <label for=name>{i18n.t(register_label(name))}</label>
                {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{i18n.t(h)}</p> })}
                {error.clone().map(|m| view! { <p class="field-error" id=err_id.clone()>{i18n.t(&m)}</p> })}
                <input id=name name=name type=kind value=value(&values, name).to_owned() required=required
                    aria-describedby=(!described.is_empty()).then_some(described) aria-invalid=invalid/>
            </div>
        }
    };
    let select = |name: &'static str, options: Vec<Choice>, blank: bool| {
        let error = error_of(name);
        let err_id = format!("{name}-error");
        let chosen = value(&values, name).to_owned();
        let opts = options
            .into_iter()
            .map(|c| {
                let selected = c.value == chosen;
                view! { <option value=c.value selected=selected>{c.label}</option> }
            })
            .collect_view();
        let (has_error, invalid, described) = (error.is_some(), error.as_ref().map(|_| "true"), error.as_ref().map(|_| err_id.clone()));
        view! {
            <div class="field" class:field--error=has_error>
                <label for=name>{i18n.t(register_label(name))}</label>
                {error.clone().map(|m| view! { <p class="field-error" id=err_id.clone()>{i18n.t(&m)}</p> })}
                <select id=name name=name aria-describedby=described aria-invalid=invalid>
                    {blank.then(|| view! { <option value="">{i18n.t("register-none")}</option> })}
                    {opts}
                </select>
            </div>
        }
    };
    let coded = |prefix: &str, codes: &[&str]| -> Vec<Choice> {
        codes.iter().map(|c| Choice { value: (*c).to_owned(), label: i18n.t(&format!("{prefix}{}", c.replace('_', "-"))) }).collect()
    };
    let plain = |codes: &[&str]| -> Vec<Choice> { codes.iter().map(|c| Choice { value: (*c).to_owned(), label: (*c).to_owned() }).collect() };
    let chosen_situations: Vec<String> = values.iter().filter(|(k, _)| k == "aci_situations").map(|(_, v)| v.clone()).collect();
    let situations = Situation::ALL
        .iter()
        .map(|s| {
            let id = format!("situation-{}", s.id());
            let checked = chosen_situations.iter().any(|c| c == s.id());
            view! {
                <div class="check">
                    <input type="checkbox" id=id.clone() name="aci_situations" value=s.id() checked=checked/>
                    <label for=id>{i18n.t(&situation_label(*s))}</label>
                </div>
            }
        })
        .collect_view();
    let summary = (!errors.is_empty()).then(|| {
        let items = errors
            .iter()
            .map(|(f, m)| {
                let text = i18n.t_with("common-error-item", &[("label", i18n.t(register_label(f)).into()), ("message", i18n.t(m).into())]);
                view! { <li><a href=format!("#{f}")>{text}</a></li> }
            })
            .collect_view();
        view! { <div class="problems" role="alert" tabindex="-1"><h2>{i18n.t("common-errors-title")}</h2><ul>{items}</ul></div> }
    });
    let aci_checked = value(&values, "aci") == "1";
    let jeune_menage_checked = value(&values, "jeune_menage") == "1";
    view! {
        <StaffNav principal=principal csrf=csrf.clone()/>
        <h1>{i18n.t("register-new-title")}</h1>
        <p class="lead">{i18n.t("register-new-intro")}</p>
        {summary}
        <form method="post" action=href(l, REGISTER_NEW_PATH) novalidate=true>
            <CsrfField token=csrf/>
            <fieldset>
                <legend>{i18n.t("register-legend-decision")}</legend>
                {text("reference", "text", true, None)}
                {text("decided_on", "date", true, Some("register-date-hint"))}
                {select("insee_code", choices.communes.clone(), false)}
                {text("quartier_id", "text", false, Some("register-quartier-hint"))}
                {select("landlord_id", choices.landlords.clone(), false)}
                {text("residence_id", "text", false, None)}
                {select("typology", plain(&["T1", "T2", "T3", "T4", "T5+"]), true)}
                {select("financing", plain(&["PLAI", "PLUS", "PLS", "other"]), true)}
                {select("contingent", coded("register-contingent-", &["prefectoral", "mel_commune", "action_logement", "bailleur"]), true)}
            </fieldset>
            <fieldset>
                <legend>{i18n.t("register-legend-household")}</legend>
                {text("adults", "text", false, None)}
                {text("dependants", "text", false, None)}
                {text("disabled_persons", "text", false, None)}
                <div class="check">
                    <input type="checkbox" id="jeune_menage" name="jeune_menage" value="1" checked=jeune_menage_checked aria-describedby="jeune_menage-hint"/>
                    <label for="jeune_menage">{i18n.t("register-field-jeune-menage")}</label>
                </div>
                <p class="hint" id="jeune_menage-hint">{i18n.t("register-jeune-menage-hint")}</p>
                {text("monthly_resources", "text", false, Some("register-resources-hint"))}
                {select("band", coded("band-", &["tres_modeste", "modeste", "intermediaire", "superieur"]), true)}
                <p class="hint">{i18n.t("register-band-hint")}</p>
            </fieldset>
            <fieldset>
                <legend>{i18n.t("register-legend-kind")}</legend>
                {select("kind", coded("register-kind-", &["first_access", "mutation"]), false)}
                {select("mutation_status", coded("register-status-", &["complexe", "bloquee"]), true)}
                {text("npru_site", "text", false, None)}
            </fieldset>
            <fieldset>
                <legend>{i18n.t("register-legend-aci")}</legend>
                <div class="check">
                    <input type="checkbox" id="aci" name="aci" value="1" checked=aci_checked/>
                    <label for="aci">{i18n.t("register-field-aci")}</label>
                </div>
                {error_of("aci_situations").map(|m| view! { <p class="field-error" id="aci_situations">{i18n.t(&m)}</p> })}
                <p class="hint">{i18n.t("register-situations-hint")}</p>
                {situations}
            </fieldset>
            <button type="submit" class="button">{i18n.t("register-save")}</button>
        </form>
    }
}
