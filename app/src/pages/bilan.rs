//! The bilan des attributions (CIET art. 19), public and staff, and the staff dashboard: every
//! figure comes from `domain::bilan`; these views only lay it out. Print-ready (see `@media
//! print` in the style sheet): one section per page block, charts as SVG, tables alongside.

use crate::components::chart::BarChart;
use crate::components::layout::href;
use crate::components::table::data_table;
use crate::domain::access::Principal;
use crate::domain::band::Band;
use crate::domain::bilan::{Bilan, BandFigures, Part, Status};
use crate::domain::quota::Standing;
use crate::i18n::{use_i18n, I18n, Locale};
use crate::pages::communes::number;
use crate::pages::staff::StaffNav;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub const BILAN_PATH: &str = "/bilan";
pub const STAFF_BILAN_PATH: &str = "/staff/bilan";
pub const DASHBOARD_PATH: &str = "/staff/dashboard";

/// One option of a select.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

/// What the bilan form offers, and what is chosen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BilanForm {
    pub periods: Vec<Choice>,
    pub scopes: Vec<Choice>,
    pub period: String,
    pub scope: String,
    /// Staff only: attributions still expected, if given.
    pub remaining: String,
}

/// "32,5 %": a share (0–1) as a percentage with one decimal; a dash without a figure.
pub fn percent(l: Locale, share: Option<f64>) -> String {
    match share {
        None => "–".to_owned(),
        Some(s) => {
            let p = format!("{:.1}", s * 100.0);
            let p = if l == Locale::Fr { p.replace('.', ",") } else { p };
            format!("{p}\u{a0}%")
        }
    }
}

/// "+7,0" points; a dash without a figure.
pub fn points(l: Locale, gap: Option<f64>) -> String {
    match gap {
        None => "–".to_owned(),
        Some(g) => {
            let sign = if g > 0.05 { "+" } else if g < -0.05 { "−" } else { "" };
            let p = format!("{:.1}", g.abs());
            format!("{sign}{}", if l == Locale::Fr { p.replace('.', ",") } else { p })
        }
    }
}

fn count(l: Locale, c: Option<u64>) -> String {
    c.map(|c| number(l, c as i64)).unwrap_or_else(|| "–".to_owned())
}

/// A verdict in words; `hidden`: its counts are not published, so neither is it.
fn status_text(i18n: &I18n, s: Option<Status>, hidden: bool) -> String {
    i18n.t(match s {
        Some(Status::Met) => "bilan-status-met",
        Some(Status::NotMet) => "bilan-status-not-met",
        None if hidden => "bilan-status-hidden",
        None => "bilan-status-none",
    })
}

/// The label of a period id (`2026-S1`, `2026`, `from..to`).
pub fn period_label(i18n: &I18n, period: &str) -> String {
    let l = i18n.locale;
    if let Some((from, to)) = period.split_once("..") {
        let d = |s: &str| crate::domain::date::Date::parse(s).map(|x| crate::pages::date(l, x)).unwrap_or_default();
        return i18n.t_with("bilan-period-custom", &[("from", d(from).into()), ("to", d(to).into())]);
    }
    match period.split_once('-') {
        Some((y, "S1")) => i18n.t_with("bilan-period-s1", &[("year", y.into())]),
        Some((y, _)) => i18n.t_with("bilan-period-s2", &[("year", y.into())]),
        None => i18n.t_with("bilan-period-year", &[("year", period.into())]),
    }
}

fn band_label(i18n: &I18n, b: Band) -> String {
    i18n.t(b.message_id())
}

/// The form choosing period and scope (GET: works without JavaScript, every bilan has an address).
fn choose_form(i18n: &I18n, action: String, form: &BilanForm, staff: bool) -> impl IntoView {
    let options = |choices: &[Choice], chosen: &str| {
        choices
            .iter()
            .map(|c| view! { <option value=c.value.clone() selected=c.value == chosen>{c.label.clone()}</option> })
            .collect_view()
    };
    view! {
        <form method="get" action=action class="table-filters noprint">
            <div class="field">
                <label for="period">{i18n.t("bilan-field-period")}</label>
                <select id="period" name="period">{options(&form.periods, &form.period)}</select>
            </div>
            <div class="field">
                <label for="scope">{i18n.t("bilan-field-scope")}</label>
                <select id="scope" name="scope">{options(&form.scopes, &form.scope)}</select>
            </div>
            {staff.then(|| view! {
                <div class="field">
                    <label for="remaining">{i18n.t("bilan-field-remaining")}</label>
                    <p class="hint" id="remaining-hint">{i18n.t("bilan-field-remaining-hint")}</p>
                    <input id="remaining" name="remaining" type="text" inputmode="numeric" value=form.remaining.clone() aria-describedby="remaining-hint"/>
                </div>
            })}
            <button type="submit" class="button">{i18n.t("bilan-show")}</button>
        </form>
    }
}

fn bands_section(i18n: &I18n, b: &Bilan) -> impl IntoView {
    let l = i18n.locale;
    let figures = |band: Band| b.bands.get(band.id()).copied().unwrap_or(BandFigures { count: None, share: None, gap_points: None });
    let reference = b.ruleset.band_reference;
    let rows: Vec<_> = Band::ALL
        .into_iter()
        .filter_map(|band| {
            let f = figures(band);
            f.share.map(|s| (band_label(i18n, band), vec![(s * 100.0, percent(l, Some(s))), (reference * 100.0, percent(l, Some(reference)))]))
        })
        .collect();
    let chart = (!rows.is_empty()).then(|| {
        view! {
            <BarChart
                id="bandschart".to_owned()
                title=i18n.t("bilan-chart-title")
                desc=i18n.t("bilan-chart-desc")
                series=vec![i18n.t("bilan-col-share"), i18n.t("bilan-col-reference")]
                rows=rows
                label_width=190.0
            />
        }
    });
    let body = Band::ALL
        .into_iter()
        .map(|band| {
            let f = figures(band);
            view! {
                <tr>
                    <th scope="row">{band_label(i18n, band)}</th>
                    <td class="num">{count(l, f.count)}</td>
                    <td class="num">{percent(l, f.share)}</td>
                    <td class="num">{points(l, f.gap_points)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="bilanpart">
            <h2>{i18n.t("bilan-bands-title")}</h2>
            <p>{i18n.t_with("bilan-totals", &[("total", count(l, b.total).into()), ("unknown", count(l, b.unknown).into())])}</p>
            {chart}
            {data_table(i18n, "bands-caption", i18n.t("bilan-bands-caption"), &["bilan-col-band", "bilan-col-count", "bilan-col-share", "bilan-col-gap"], body)}
        </section>
    }
}

/// The message explaining a rule set's reading of its text (one per set in `rules/quota.json`).
pub fn ruleset_note_id(id: &str) -> String {
    format!("bilan-ruleset-note-{id}")
}

fn rules_section(i18n: &I18n, b: &Bilan) -> impl IntoView {
    let l = i18n.locale;
    let ended = b.ruleset.standing == Standing::Ended;
    let body = b
        .rules
        .iter()
        .map(|r| {
            let favoured = r.favoured_bands.iter().map(|x| band_label(i18n, *x)).collect::<Vec<_>>().join(", ");
            view! {
                <tr>
                    <th scope="row">{i18n.t(&format!("bilan-class-{}", r.fragility.id()))}</th>
                    <td>{favoured}</td>
                    <td class="num">{count(l, r.count)}</td>
                    <td class="num">{percent(l, r.favoured.share)}</td>
                    <td class="num">{percent(l, Some(r.threshold))}</td>
                    <td>{status_text(i18n, r.status, true)}</td>
                </tr>
            }
        })
        .collect_view();
    let guidance = b
        .rules
        .iter()
        .filter_map(|r| r.guidance.as_ref().map(|g| (r, g)))
        .map(|(r, g)| {
            let cells = Band::ALL
                .into_iter()
                .map(|band| view! { <td class="num">{number(l, *g.by_band.get(band.id()).unwrap_or(&0) as i64)}</td> })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{i18n.t(&format!("bilan-class-{}", r.fragility.id()))}</th>
                    <td class="num">{number(l, g.remaining as i64)}</td>
                    {cells}
                    <td>{i18n.t(if g.reachable { "bilan-reachable" } else { "bilan-unreachable" })}</td>
                </tr>
            }
        })
        .collect_view();
    let how = b.guidance.as_ref().map(|g| {
        let id = if g.projected {
            "bilan-guidance-projected"
        } else if g.remaining > 0 {
            "bilan-guidance-given"
        } else {
            "bilan-guidance-closed"
        };
        i18n.t_with(id, &[("remaining", number(l, g.remaining as i64).into())])
    });
    let has_rules = !b.rules.is_empty();
    view! {
        <section class="bilanpart">
            <h2>{i18n.t("bilan-rules-title")}</h2>
            <p>{i18n.t("bilan-rules-intro")}</p>
            {ended.then(|| view! { <p class="notice">{i18n.t("bilan-rules-ended")}</p> })}
            {if b.rules.is_empty() {
                view! { <p>{i18n.t("bilan-rules-none")}</p> }.into_any()
            } else {
                data_table(i18n, "rules-caption", i18n.t("bilan-rules-caption"),
                    &["bilan-col-class", "bilan-col-favoured", "bilan-col-count", "bilan-col-favoured-share", "bilan-col-threshold", "bilan-col-status"], body).into_any()
            }}
        </section>
        {how.map(|how| view! {
            <section class="bilanpart">
                <h2>{i18n.t("bilan-guidance-title")}</h2>
                {ended.then(|| view! { <p class="notice">{i18n.t("bilan-guidance-ended")}</p> })}
                <p>{how}</p>
                {has_rules.then(|| data_table(i18n, "guidance-caption", i18n.t("bilan-guidance-caption"),
                    &["bilan-col-class", "bilan-col-remaining", "band-tres-modeste", "band-modeste", "band-intermediaire", "band-superieur", "bilan-col-reachable"], guidance))}
                <p class="hint">{i18n.t("bilan-guidance-explain")}</p>
            </section>
        })}
    }
}

fn part_row(i18n: &I18n, label: &str, p: Part, note: String) -> impl IntoView {
    let l = i18n.locale;
    view! {
        <tr>
            <th scope="row">{i18n.t(label)}</th>
            <td class="num">{count(l, p.count)}</td>
            <td class="num">{percent(l, p.share)}</td>
            <td>{note}</td>
        </tr>
    }
}

fn others_section(i18n: &I18n, b: &Bilan) -> impl IntoView {
    let l = i18n.locale;
    let a = &b.aci_first_access;
    let aci_note = i18n.t_with(
        "bilan-aci-note",
        &[("target", percent(l, Some(a.target)).into()), ("first", count(l, a.first_access).into()), ("status", status_text(i18n, a.status, a.count.is_none()).into())],
    );
    let npru_note = i18n.t_with("bilan-npru-note", &[("forecast", percent(l, Some(b.npru.forecast)).into())]);
    let body = view! {
        {part_row(i18n, "bilan-row-aci", Part { count: a.count, share: a.share }, aci_note)}
        {part_row(i18n, "bilan-row-npru", Part { count: b.npru.count, share: b.npru.share }, npru_note)}
        {part_row(i18n, "bilan-row-mutations", b.mutations, String::new())}
        {part_row(i18n, "bilan-row-complexes", b.mutations_complexes, String::new())}
        {part_row(i18n, "bilan-row-droit-commun", b.droit_commun, i18n.t("bilan-droit-commun-note"))}
    };
    view! {
        <section class="bilanpart">
            <h2>{i18n.t("bilan-others-title")}</h2>
            {data_table(i18n, "others-caption", i18n.t("bilan-others-caption"), &["bilan-col-indicator", "bilan-col-count", "bilan-col-share", "bilan-col-note"], body)}
        </section>
    }
}

/// A bilan, as the public or staff see it (the figures decide what is shown: suppressed counts
/// come as dashes).
#[component]
pub fn BilanPage(
    bilan: Bilan,
    scope_label: String,
    form: BilanForm,
    /// Staff: who, and the session's CSRF token (for the navigation's sign-out form).
    #[prop(default = None)]
    staff: Option<(Principal, String)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.locale;
    let is_staff = staff.is_some();
    let path = if is_staff { STAFF_BILAN_PATH } else { BILAN_PATH };
    let query = format!("period={}&scope={}", bilan.period, bilan.scope);
    let rs = &bilan.ruleset;
    let (rule, standing) = crate::pages::ruleset_validity(&i18n, &rs.name, &rs.valid_from, rs.valid_to.as_deref(), rs.valid_to_verified, rs.standing);
    let title = i18n.t_with("bilan-heading", &[("scope", scope_label.clone().into())]);
    let b = &bilan;
    view! {
        {staff.map(|(p, csrf)| view! { <div class="noprint"><StaffNav principal=p csrf=csrf/></div> })}
        <h1>{title}</h1>
        <crate::components::demo::DemoNote shown=bilan.demonstration what=crate::components::demo::Demo::Figures/>
        <p class="lead">{period_label(&i18n, &bilan.period)}</p>
        {choose_form(&i18n, href(l, path), &form, is_staff)}
        <div class="ruleset" role="note">
            <p>{rule}</p>
            {standing.map(|s| view! { <p class="notice"><strong>{s}</strong></p> })}
            <p>{i18n.t_with("bilan-ruleset-source", &[("source", rs.source.clone().into())])}</p>
            <p class="hint">{i18n.t(&ruleset_note_id(&rs.id))}</p>
        </div>
        {bilan.suppressed.then(|| view! { <p class="notice">{i18n.t("bilan-suppressed")}</p> })}
        {bands_section(&i18n, b)}
        {rules_section(&i18n, b)}
        {others_section(&i18n, b)}
        <p class="downloads noprint">
            <a href=format!("{}?{query}&format=csv", href(l, path)) download="">{i18n.t("bilan-download-csv")}</a>
            " · "
            <a href=format!("{}?{query}&format=json", href(l, path))>{i18n.t("bilan-download-json")}</a>
        </p>
        <p class="hint">{i18n.t("bilan-print-hint")}</p>
    }
}

/// The bilan as CSV rows (indicator, value): the same figures as the page.
pub fn bilan_csv_rows(i18n: &I18n, b: &Bilan) -> Vec<Vec<String>> {
    let l = i18n.locale;
    let mut rows = vec![];
    if b.demonstration {
        rows.push(vec![i18n.t("data-demo-notice")]);
    }
    rows.extend([
        vec![i18n.t("bilan-field-period"), b.period.clone()],
        vec![i18n.t("bilan-field-scope"), b.scope.clone()],
        vec![i18n.t("bilan-csv-ruleset"), b.ruleset.name.clone()],
        vec![i18n.t("bilan-csv-standing"), i18n.t(&format!("bilan-standing-{}", b.ruleset.standing.id().replace('_', "-")))],
        vec![i18n.t("bilan-col-count"), count(l, b.total)],
    ]);
    for band in Band::ALL {
        if let Some(f) = b.bands.get(band.id()) {
            rows.push(vec![band_label(i18n, band), count(l, f.count), percent(l, f.share), points(l, f.gap_points)]);
        }
    }
    for r in &b.rules {
        rows.push(vec![
            i18n.t(&format!("bilan-class-{}", r.fragility.id())),
            count(l, r.count),
            percent(l, r.favoured.share),
            status_text(i18n, r.status, true),
        ]);
    }
    let a = &b.aci_first_access;
    rows.push(vec![i18n.t("bilan-row-aci"), count(l, a.count), percent(l, a.share), status_text(i18n, a.status, a.count.is_none())]);
    rows.push(vec![i18n.t("bilan-row-npru"), count(l, b.npru.count), percent(l, b.npru.share)]);
    for (id, p) in [("bilan-row-mutations", b.mutations), ("bilan-row-complexes", b.mutations_complexes), ("bilan-row-droit-commun", b.droit_commun)] {
        rows.push(vec![i18n.t(id), count(l, p.count), percent(l, p.share)]);
    }
    rows
}

// ----- The staff dashboard: one row per scope, from the same engine -----

/// One scope of a dashboard table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DashRow {
    /// The scope id (`commune:59350`), which links to its bilan.
    pub scope: String,
    pub name: String,
    pub total: u64,
    /// Shares of the four bands.
    pub shares: [Option<f64>; 4],
    pub aci_share: Option<f64>,
    pub aci_status: Option<Status>,
    pub npru_share: Option<f64>,
    pub complexes_share: Option<f64>,
    pub droit_commun_share: Option<f64>,
    /// The art. 5 rules of the classes present: met, of how many.
    pub rules_met: usize,
    pub rules: usize,
}

impl DashRow {
    pub fn new(name: String, b: &Bilan) -> DashRow {
        DashRow {
            scope: b.scope.clone(),
            name,
            total: b.total.unwrap_or(0),
            shares: Band::ALL.map(|band| b.bands.get(band.id()).and_then(|f| f.share)),
            aci_share: b.aci_first_access.share,
            aci_status: b.aci_first_access.status,
            npru_share: b.npru.share,
            complexes_share: b.mutations_complexes.share,
            droit_commun_share: b.droit_commun.share,
            rules_met: b.rules.iter().filter(|r| r.status == Some(Status::Met)).count(),
            rules: b.rules.len(),
        }
    }
}

/// A dashboard table: its id (`communes`, `landlords`, `quartiers`, `quartierclasses`,
/// `communeclasses`) and rows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DashTable {
    pub id: String,
    pub rows: Vec<DashRow>,
}

/// The sortable columns, with their message ids.
pub const DASH_COLUMNS: [(&str, &str); 11] = [
    ("name", "bilan-col-name"),
    ("total", "bilan-col-count"),
    ("tres_modeste", "band-tres-modeste"),
    ("modeste", "band-modeste"),
    ("intermediaire", "band-intermediaire"),
    ("superieur", "band-superieur"),
    ("aci", "bilan-col-aci"),
    ("npru", "bilan-col-npru"),
    ("complexes", "bilan-col-complexes"),
    ("droit_commun", "bilan-col-droit-commun"),
    ("rules", "bilan-col-rules"),
];

/// Sorts rows by a column of [`DASH_COLUMNS`] (unknown: by name); missing figures last.
pub fn sort_rows(rows: &mut [DashRow], column: &str, descending: bool) {
    let key = |r: &DashRow| -> Option<f64> {
        match column {
            "total" => Some(r.total as f64),
            "tres_modeste" => r.shares[0],
            "modeste" => r.shares[1],
            "intermediaire" => r.shares[2],
            "superieur" => r.shares[3],
            "aci" => r.aci_share,
            "npru" => r.npru_share,
            "complexes" => r.complexes_share,
            "droit_commun" => r.droit_commun_share,
            "rules" => (r.rules > 0).then(|| r.rules_met as f64 / r.rules as f64),
            _ => None,
        }
    };
    let by_name = !DASH_COLUMNS.iter().any(|(c, _)| *c == column) || column == "name";
    rows.sort_by(|a, b| {
        let ord = if by_name {
            a.name.to_lowercase().cmp(&b.name.to_lowercase())
        } else {
            match (key(a), key(b)) {
                (Some(x), Some(y)) => x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal),
                (Some(_), None) => return std::cmp::Ordering::Less,
                (None, Some(_)) => return std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }
        };
        let ord = if descending { ord.reverse() } else { ord };
        ord.then_with(|| a.name.cmp(&b.name))
    });
}

/// A row's cells as text (CSV and page share them).
pub fn dash_cells(i18n: &I18n, r: &DashRow) -> Vec<String> {
    let l = i18n.locale;
    let mut cells = vec![r.name.clone(), number(l, r.total as i64)];
    cells.extend(r.shares.iter().map(|s| percent(l, *s)));
    cells.push(format!("{} ({})", percent(l, r.aci_share), status_text(i18n, r.aci_status, false)));
    cells.push(percent(l, r.npru_share));
    cells.push(percent(l, r.complexes_share));
    cells.push(percent(l, r.droit_commun_share));
    cells.push(if r.rules == 0 { "–".to_owned() } else { i18n.t_with("bilan-rules-met", &[("met", (r.rules_met as i64).into()), ("of", (r.rules as i64).into())]) });
    cells
}

#[component]
pub fn DashboardPage(
    principal: Principal,
    csrf: String,
    period: String,
    periods: Vec<Choice>,
    tables: Vec<DashTable>,
    /// The table sorted by the request, its column and direction.
    sort: (String, String, bool),
    /// The rule set the rows are judged by, with its standing over the period.
    ruleset: Option<crate::domain::bilan::RulesetRef>,
    /// The register holds demonstration lines.
    demo: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.locale;
    let base = href(l, DASHBOARD_PATH);
    let ruleset_note = ruleset.map(|rs| {
        let (rule, standing) = crate::pages::ruleset_validity(&i18n, &rs.name, &rs.valid_from, rs.valid_to.as_deref(), rs.valid_to_verified, rs.standing);
        view! {
            <div class="ruleset" role="note">
                <p>{rule}</p>
                {standing.map(|s| view! { <p class="notice"><strong>{s}</strong></p> })}
            </div>
        }
    });
    let sections = tables
        .into_iter()
        .map(|t| {
            let sorted_here = sort.0 == t.id;
            let head = DASH_COLUMNS
                .iter()
                .map(|(col, label)| {
                    let active = sorted_here && sort.1 == *col;
                    let desc = active && sort.2;
                    let next = if active && !desc { "desc" } else { "asc" };
                    let link = format!("{base}?period={period}&table={}&sort={col}&dir={next}#{}", t.id, t.id);
                    let aria = active.then_some(if desc { "descending" } else { "ascending" });
                    view! { <th scope="col" aria-sort=aria><a href=link>{i18n.t(label)}</a></th> }
                })
                .collect_view();
            let body = t
                .rows
                .iter()
                .map(|r| {
                    let mut cells = dash_cells(&i18n, r).into_iter();
                    let name = cells.next().unwrap_or_default();
                    let link = format!("{}?period={period}&scope={}", href(l, STAFF_BILAN_PATH), r.scope);
                    let rest = cells.map(|c| view! { <td class="num">{c}</td> }).collect_view();
                    view! { <tr><th scope="row"><a href=link>{name}</a></th>{rest}</tr> }
                })
                .collect_view();
            let caption_id = format!("{}-caption", t.id);
            let labelled = caption_id.clone();
            let caption = i18n.t(&format!("bilan-table-{}", t.id));
            let downloads = format!("{base}?period={period}&table={}&format=csv", t.id);
            view! {
                <section class="bilanpart" id=t.id.clone()>
                    <h2>{caption.clone()}</h2>
                    <div class="table-scroll" tabindex="0" role="region" aria-labelledby=labelled>
                        <table class="table">
                            <caption id=caption_id>{caption}</caption>
                            <thead><tr>{head}</tr></thead>
                            <tbody>{body}</tbody>
                        </table>
                    </div>
                    <p class="downloads noprint"><a href=downloads download="">{i18n.t("bilan-download-csv")}</a></p>
                </section>
            }
        })
        .collect_view();
    let options = periods
        .iter()
        .map(|c| view! { <option value=c.value.clone() selected=c.value == period>{c.label.clone()}</option> })
        .collect_view();
    view! {
        <div class="noprint"><StaffNav principal=principal csrf=csrf/></div>
        <h1>{i18n.t("bilan-dashboard-title")}</h1>
        <crate::components::demo::DemoNote shown=demo what=crate::components::demo::Demo::Figures/>
        <p class="lead">{period_label(&i18n, &period)}</p>
        {ruleset_note}
        <form method="get" action=base.clone() class="table-filters noprint">
            <div class="field">
                <label for="period">{i18n.t("bilan-field-period")}</label>
                <select id="period" name="period">{options}</select>
            </div>
            <button type="submit" class="button">{i18n.t("bilan-show")}</button>
        </form>
        <p class="hint">{i18n.t("bilan-dashboard-intro")}</p>
        {sections}
        <p class="downloads noprint"><a href=format!("{base}?period={period}&format=json")>{i18n.t("bilan-download-json")}</a></p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str, total: u64, aci: Option<f64>) -> DashRow {
        DashRow {
            scope: format!("commune:{name}"),
            name: name.into(),
            total,
            shares: [None; 4],
            aci_share: aci,
            aci_status: None,
            npru_share: None,
            complexes_share: None,
            droit_commun_share: None,
            rules_met: 0,
            rules: 0,
        }
    }

    #[test]
    fn sorting_by_figure_puts_missing_last_either_way() {
        let mut rows = vec![row("b", 5, Some(0.2)), row("a", 9, None), row("c", 1, Some(0.5))];
        sort_rows(&mut rows, "aci", false);
        assert_eq!(rows.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), ["b", "c", "a"]);
        sort_rows(&mut rows, "aci", true);
        assert_eq!(rows.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), ["c", "b", "a"]);
        sort_rows(&mut rows, "total", true);
        assert_eq!(rows[0].name, "a");
        sort_rows(&mut rows, "nonsense", false);
        assert_eq!(rows[0].name, "a");
    }

    #[test]
    fn percentages_and_points() {
        assert_eq!(percent(Locale::Fr, Some(0.325)), "32,5\u{a0}%");
        assert_eq!(percent(Locale::En, None), "–");
        assert_eq!(points(Locale::Fr, Some(7.04)), "+7,0");
        assert_eq!(points(Locale::En, Some(-9.0)), "−9.0");
        assert_eq!(points(Locale::En, Some(0.01)), "0.0");
    }
}
