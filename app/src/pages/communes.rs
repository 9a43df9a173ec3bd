//! Offer and waiting indicators: the communes table and a commune's page. Server-rendered only;
//! filters and sorting are query parameters, so they work without JavaScript.

use crate::api::indicators::{CommuneDetail, CommuneList, CommuneQuery, CommuneSummary, SourceInfo, StockCut, FRAGILITIES, TYPOLOGIES};
use crate::components::layout::href;
use crate::components::table::data_table;
use crate::i18n::{use_i18n, I18n, Locale, Templates};
use std::sync::Arc;
use leptos::prelude::*;

pub const COMMUNES_PATH: &str = "/communes";

/// `1234567` → `1 234 567` in the locale's way.
pub fn number(locale: Locale, n: i64) -> String {
    let sep = if locale == Locale::Fr { "\u{202f}" } else { "," };
    crate::domain::money::group_thousands(n, sep)
}

/// One decimal, with the locale's decimal mark; a dash when there is no figure.
pub fn decimal(locale: Locale, v: Option<f64>) -> String {
    match v {
        None => "–".to_owned(),
        Some(x) => {
            let s = format!("{x:.1}");
            if locale == Locale::Fr { s.replace('.', ",") } else { s }
        }
    }
}

fn fragility_label(i18n: &I18n, class: Option<&str>) -> String {
    match class {
        Some(c) if FRAGILITIES.contains(&c) => i18n.t(&format!("fragility-{c}")),
        _ => i18n.t("fragility-unknown"),
    }
}

fn query_string(q: &CommuneQuery, sort: &str, dir: &str) -> String {
    let enc = |s: &str| {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
                b' ' => "+".to_owned(),
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    let mut parts = vec![];
    for (k, v) in [("q", q.q.as_str()), ("fragility", q.fragility.as_str()), ("typology", q.typology.as_str()), ("sort", sort), ("dir", dir)] {
        if !v.is_empty() {
            parts.push(format!("{k}={}", enc(v)));
        }
    }
    if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
}

/// Where the figures come from, and a clear word when they are demonstration data.
#[component]
pub fn Sources(sources: Vec<SourceInfo>) -> impl IntoView {
    let i18n = use_i18n();
    let items = sources
        .iter()
        .map(|s| view! { <li>{i18n.t_with("data-source-item", &[("source", s.source.clone().into()), ("as_of", s.as_of.clone().into())])}</li> })
        .collect_view();
    view! {
        <section class="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">{i18n.t("data-sources")}</h2>
            <ul>{items}</ul>
        </section>
    }
}

#[component]
pub fn DemoNotice(sources: Vec<SourceInfo>) -> impl IntoView {
    let shown = sources.iter().any(|s| s.is_demo);
    view! { <crate::components::demo::DemoNote shown=shown what=crate::components::demo::Demo::Figures/> }
}

/// Message ids the communes table island needs in the browser (none has a selector).
pub const TABLE_MESSAGE_PREFIXES: &[&str] = &["communes-col-", "communes-caption", "communes-none", "fragility-", "typology-"];

#[component]
pub fn CommunesPage(list: CommuneList, query: CommuneQuery, messages: Templates) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.locale;
    let desc = query.descending();
    let fragility_options = FRAGILITIES
        .iter()
        .map(|f| view! { <option value=*f selected=query.fragility == *f>{i18n.t(&format!("fragility-{f}"))}</option> })
        .collect_view();
    let typology_options = TYPOLOGIES
        .iter()
        .map(|t| view! { <option value=*t selected=query.typology == *t>{*t}</option> })
        .collect_view();
    let downloads = query_string(&query, query.sort_key(), if desc { "desc" } else { "asc" });
    let sep = if downloads.is_empty() { "?" } else { "&" };
    let csv = format!("{}{downloads}{sep}format=csv", href(l, COMMUNES_PATH));
    let json = format!("{}{downloads}{sep}format=json", href(l, COMMUNES_PATH));
    let month = crate::pages::month_words(&*i18n.catalog, &list.month.clone().unwrap_or_default());
    view! {
        <h1>{i18n.t("communes-title")}</h1>
        <DemoNotice sources=list.sources.clone()/>
        <p class="lead">{i18n.t_with("communes-intro", &[("month", month.into())])}</p>
        <form method="get" class="filters" role="search" aria-label=i18n.t("communes-filter-legend") id=FILTER_FORM_ID>
            <div class="field">
                <label for="q">{i18n.t("communes-q")}</label>
                <input type="text" id="q" name="q" value=query.q.clone() autocomplete="off"/>
            </div>
            <div class="field">
                <label for="fragility">{i18n.t("communes-fragility")}</label>
                <select id="fragility" name="fragility">
                    <option value="">{i18n.t("communes-fragility-any")}</option>
                    {fragility_options}
                </select>
            </div>
            <div class="field">
                <label for="typology">{i18n.t("communes-typology")}</label>
                <select id="typology" name="typology">
                    <option value="">{i18n.t("communes-typology-any")}</option>
                    {typology_options}
                </select>
            </div>
            <input type="hidden" name="sort" value=query.sort.clone()/>
            <input type="hidden" name="dir" value=query.dir.clone()/>
            <button type="submit" class="button">{i18n.t("communes-filter-submit")}</button>
        </form>
        <p class="downloads">
            {i18n.t("communes-download")}" "
            <a href=csv>{i18n.t("communes-download-csv")}</a>" · "
            <a href=json>{i18n.t("communes-download-json")}</a>
        </p>
        <CommunesTable locale=l messages=messages all=list.communes.clone() query=query/>
        <p class="hint">{i18n.t("communes-explain")}</p>
        <Sources sources=list.sources/>
    }
}

/// The id of the filter form the table island listens to.
const FILTER_FORM_ID: &str = "table-filters";

/// The communes table. Without JavaScript, its header links and the filter form reload the page
/// with query parameters; hydrated, the same Rust code sorts and filters the rows at once (name
/// and fragility as people type) and keeps the address in step.
#[island]
pub fn CommunesTable(locale: Locale, messages: Templates, all: Vec<CommuneSummary>, query: CommuneQuery) -> impl IntoView {
    provide_context(I18n { locale, catalog: Arc::new(messages) });
    let state = RwSignal::new(query);
    #[cfg(feature = "hydrate")]
    listen_to_filters(state);
    let rows = Memo::new(move |_| state.with(|q| q.apply(all.clone())));
    let header = move |key: &'static str, label: &'static str| {
        let i18n = use_i18n();
        let l = i18n.locale;
        let link = move || {
            state.with(|q| {
                let active = q.sort_key() == key;
                let next_dir = if active && !q.descending() { "desc" } else { "asc" };
                format!("{}{}", href(l, COMMUNES_PATH), query_string(q, key, next_dir))
            })
        };
        let aria = move || state.with(|q| (q.sort_key() == key).then_some(if q.descending() { "descending" } else { "ascending" }));
        let active = move || state.with(|q| q.sort_key() == key);
        #[cfg_attr(not(feature = "hydrate"), allow(unused_variables))]
        let on_click = move |ev: leptos::ev::MouseEvent| {
            #[cfg(feature = "hydrate")]
            {
                ev.prevent_default();
                state.update(|q| {
                    let next = if q.sort_key() == key && !q.descending() { "desc" } else { "asc" };
                    q.sort = key.to_owned();
                    q.dir = next.to_owned();
                });
                replace_url(&state.with(|q| format!("{}{}", href(l, COMMUNES_PATH), query_string(q, q.sort_key(), if q.descending() { "desc" } else { "asc" }))));
            }
        };
        view! { <th scope="col" aria-sort=aria class:sorted=active><a href=link on:click=on_click>{i18n.t(label)}</a></th> }
    };
    let caption = move || {
        let i18n = use_i18n();
        let count = rows.with(|r| r.len() as i64);
        let typology = state.with(|q| format!("typology-{}", q.typology().replace('+', "plus").to_lowercase()));
        i18n.t_with("communes-caption", &[("count", count.into()), ("typology", i18n.t(&typology).into())])
    };
    let body = move || {
        let i18n = use_i18n();
        let l = i18n.locale;
        rows.get()
            .into_iter()
            .map(|c| {
                view! {
                    <tr>
                        <th scope="row"><a href=href(l, &format!("{COMMUNES_PATH}/{}", c.insee_code))>{c.name.clone()}</a></th>
                        <td>{fragility_label(&i18n, c.fragility.as_deref())}</td>
                        <td class="num">{number(l, c.units)}</td>
                        <td class="num">{number(l, c.pending)}</td>
                        <td class="num">{number(l, c.attributions_12m)}</td>
                        <td class="num">{decimal(l, c.pressure)}</td>
                        <td class="num">{decimal(l, c.wait_median_months)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let none = move || rows.with(|r| r.is_empty()).then(|| view! { <p>{use_i18n().t("communes-none")}</p> });
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="communes-caption">
            <table class="table">
                <caption id="communes-caption">{caption}</caption>
                <thead>
                    <tr>
                        {header("name", "communes-col-name")}
                        <th scope="col">{use_i18n().t("communes-col-fragility")}</th>
                        {header("units", "communes-col-units")}
                        {header("pending", "communes-col-pending")}
                        {header("attributions", "communes-col-attributions")}
                        {header("pressure", "communes-col-pressure")}
                        {header("wait", "communes-col-wait")}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        {none}
    }
}

/// Name and fragility filter as people type; the typology needs the server (other figures), so
/// changing it still submits the form.
#[cfg(feature = "hydrate")]
fn listen_to_filters(state: RwSignal<CommuneQuery>) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let document = leptos::prelude::document();
    let Some(form) = document.get_element_by_id(FILTER_FORM_ID).and_then(|e| e.dyn_into::<web_sys::HtmlFormElement>().ok()) else {
        return;
    };
    let reader = form.clone();
    let on_change = Closure::<dyn Fn()>::new(move || {
        let Ok(data) = web_sys::FormData::new_with_form(&reader) else { return };
        let text = |k: &str| data.get(k).as_string().unwrap_or_default();
        let (q, fragility, typology) = (text("q"), text("fragility"), text("typology"));
        if state.with_untracked(|s| s.typology != typology) {
            return;
        }
        state.update(|s| {
            s.q = q;
            s.fragility = fragility;
        });
        let l = use_context::<I18n>().map(|i| i.locale).unwrap_or(Locale::DEFAULT);
        replace_url(&state.with_untracked(|s| format!("{}{}", href(l, COMMUNES_PATH), query_string(s, s.sort_key(), if s.descending() { "desc" } else { "asc" }))));
    });
    for event in ["input", "change"] {
        let _ = form.add_event_listener_with_callback(event, on_change.as_ref().unchecked_ref());
    }
    on_change.forget();
}

/// Keeps the address bar in step with the table (so the page can be shared or reloaded as seen).
#[cfg(feature = "hydrate")]
fn replace_url(url: &str) {
    if let Some(history) = leptos::prelude::window().history().ok() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
    }
}

/// Column headers (message ids) of the tables, shared with their CSV downloads.
pub const DEMAND_COLUMNS: [&str; 7] = [
    "commune-col-typology",
    "commune-col-pending-fa",
    "commune-col-pending-mut",
    "communes-col-attributions",
    "communes-col-pressure",
    "commune-col-wait-median",
    "commune-col-wait-p75",
];
/// After the key column (typology, financing or landlord).
pub const STOCK_COLUMNS: [&str; 3] = ["commune-col-units", "commune-col-vacant", "commune-col-let"];
pub const QUARTIER_COLUMNS: [&str; 6] =
    ["commune-col-quartier", "commune-population", "communes-col-fragility", "commune-col-qpv", "commune-col-npru", "communes-col-units"];

/// "Download: CSV · JSON" under a table; `page` is the page's path (locale included).
fn downloads(i18n: &I18n, page: &str, table: &str) -> impl IntoView {
    let csv = format!("{page}?format=csv&table={table}");
    let json = format!("{page}?format=json");
    view! {
        <p class="downloads">
            {i18n.t("communes-download")}" "
            <a href=csv>{i18n.t("communes-download-csv")}</a>" · "
            <a href=json>{i18n.t("communes-download-json")}</a>
        </p>
    }
}

/// A stock row's name: the landlord's or the key, "other financing" translated.
fn stock_label(i18n: &I18n, c: &StockCut) -> String {
    if c.key == "other" {
        i18n.t("commune-financing-other")
    } else {
        c.label.clone()
    }
}

fn stock_table(i18n: &I18n, id: &'static str, caption: &'static str, key_label: &'static str, cuts: &[StockCut], page: &str) -> impl IntoView {
    let l = i18n.locale;
    let rows = cuts
        .iter()
        .map(|c| {
            let label = stock_label(i18n, c);
            view! {
                <tr>
                    <th scope="row"><bdi>{label}</bdi></th>
                    <td class="num">{number(l, c.units)}</td>
                    <td class="num">{number(l, c.vacant_units)}</td>
                    <td class="num">{number(l, c.let_in_year)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        {data_table(i18n, id, i18n.t(caption), &[&[key_label][..], &STOCK_COLUMNS[..]].concat(), rows)}
        {downloads(i18n, page, id)}
    }
}

/// Stock by typology or financing as a chart: dwellings and lettings of the year (the table
/// under it gives the same figures).
fn stock_chart(i18n: &I18n, id: &'static str, title: &'static str, desc: &'static str, cuts: &[StockCut]) -> impl IntoView {
    use crate::components::chart::BarChart;
    let l = i18n.locale;
    let rows: Vec<_> = cuts
        .iter()
        .map(|c| {
            let label = stock_label(i18n, c);
            (label, vec![(c.units as f64, number(l, c.units)), (c.let_in_year as f64, number(l, c.let_in_year))])
        })
        .collect();
    (!rows.is_empty()).then(|| {
        view! {
            <BarChart
                id=id.to_owned()
                title=i18n.t(title)
                desc=i18n.t(desc)
                series=vec![i18n.t("commune-col-units"), i18n.t("commune-col-let")]
                rows=rows
            />
        }
    })
}

/// Waiting times by typology as a chart (the demand table gives the same figures).
fn waits_chart(i18n: &I18n, cuts: &[crate::api::indicators::DemandCut]) -> impl IntoView {
    use crate::components::chart::BarChart;
    let l = i18n.locale;
    let rows: Vec<_> = cuts
        .iter()
        .filter(|d| d.typology != "all")
        .map(|d| {
            let v = |x: Option<f64>| (x.unwrap_or(0.0), decimal(l, x));
            (d.typology.clone(), vec![v(d.wait_median_months), v(d.wait_p75_months)])
        })
        .collect();
    (!rows.is_empty()).then(|| {
        view! {
            <BarChart
                id="waits-chart".to_owned()
                title=i18n.t("chart-waits-title")
                desc=i18n.t("chart-waits-desc")
                series=vec![i18n.t("commune-col-wait-median"), i18n.t("commune-col-wait-p75")]
                rows=rows
            />
        }
    })
}

fn demand_table(i18n: &I18n, cuts: &[crate::api::indicators::DemandCut], page: &str) -> impl IntoView {
    let l = i18n.locale;
    let rows = cuts
        .iter()
        .map(|d| {
            let label = if d.typology == "all" { i18n.t("typology-all") } else { d.typology.clone() };
            view! {
                <tr>
                    <th scope="row"><bdi>{label}</bdi></th>
                    <td class="num">{number(l, d.pending_first_access)}</td>
                    <td class="num">{number(l, d.pending_mutation)}</td>
                    <td class="num">{number(l, d.attributions_12m)}</td>
                    <td class="num">{decimal(l, d.pressure)}</td>
                    <td class="num">{decimal(l, d.wait_median_months)}</td>
                    <td class="num">{decimal(l, d.wait_p75_months)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        {data_table(i18n, "demand-caption", i18n.t("commune-demand-caption"), &DEMAND_COLUMNS, rows)}
        {downloads(i18n, page, "demand")}
    }
}

pub const QUARTIERS_PATH: &str = "/quartiers";

#[component]
pub fn QuartierPage(detail: crate::api::indicators::QuartierDetail) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.locale;
    let q = &detail.quartier;
    let month = crate::pages::month_words(&*i18n.catalog, &detail.month.clone().unwrap_or_default());
    let favoured = detail
        .favoured_bands
        .iter()
        .map(|b| view! { <li>{i18n.t(&format!("band-{}", b.replace('_', "-")))}</li> })
        .collect_view();
    let yes_no = |b: bool| i18n.t(if b { "common-yes" } else { "common-no" });
    let page = href(l, &format!("{QUARTIERS_PATH}/{}", q.id));
    view! {
        <p class="breadcrumb">
            <a href=href(l, COMMUNES_PATH)>{i18n.t("communes-title")}</a>" › "
            <a href=href(l, &format!("{COMMUNES_PATH}/{}", detail.insee_code))>{detail.commune_name.clone()}</a>
        </p>
        <h1>{q.name.clone()}</h1>
        <DemoNotice sources=detail.sources.clone()/>
        <dl class="facts">
            <div><dt>{i18n.t("commune-population")}</dt><dd>{number(l, q.population)}</dd></div>
            <div><dt>{i18n.t("communes-col-fragility")}</dt><dd>{fragility_label(&i18n, q.fragility.as_deref())}</dd></div>
            <div><dt>{i18n.t("communes-col-units")}</dt><dd>{number(l, q.units)}</dd></div>
            <div><dt>{i18n.t("commune-col-qpv")}</dt><dd>{yes_no(q.is_qpv)}</dd></div>
            <div><dt>{i18n.t("commune-col-npru")}</dt><dd>{q.npru_site.clone().unwrap_or_else(|| i18n.t("common-no"))}</dd></div>
        </dl>
        <h2>{i18n.t("quartier-objectives-title")}</h2>
        {match detail.objectives.clone() {
            None => view! { <p>{i18n.t("quartier-objectives-unknown")}</p> }.into_any(),
            Some(rs) => {
                let (rule, _) = crate::pages::ruleset_validity(&i18n, &rs.name, &rs.valid_from, rs.valid_to.as_deref(), rs.valid_to_verified, rs.standing);
                let ended = rs.standing == crate::domain::quota::Standing::Ended;
                view! {
                    <p>{i18n.t(if ended { "quartier-objectives-intro-ended" } else { "quartier-objectives-intro" })}</p>
                    <ul>{favoured}</ul>
                    {ended.then(|| view! { <p class="notice">{i18n.t("quartier-objectives-today")}</p> })}
                    <p class="hint">{rule}" "{i18n.t_with("quartier-objectives-source", &[("source", rs.source.clone().into())])}</p>
                    <p><a href=href(l, "/bilan")>{i18n.t("quartier-objectives-bilan")}</a></p>
                }
                .into_any()
            }
        }}
        <h2>{i18n.t_with("commune-demand-title", &[("month", month.into())])}</h2>
        {(detail.demand_scope == "commune").then(|| view! { <p class="notice">{i18n.t_with("quartier-demand-commune", &[("commune", detail.commune_name.clone().into())])}</p> })}
        {waits_chart(&i18n, &detail.demand_by_typology)}
        {demand_table(&i18n, &detail.demand_by_typology, &page)}
        <h2>{i18n.t("commune-stock-title")}</h2>
        {stock_chart(&i18n, "stock-typology-chart", "chart-stock-typology-title", "chart-stock-typology-desc", &detail.stock_by_typology)}
        {stock_table(&i18n, "stock-typology", "commune-stock-typology", "commune-col-typology", &detail.stock_by_typology, &page)}
        {stock_chart(&i18n, "stock-financing-chart", "chart-stock-financing-title", "chart-stock-financing-desc", &detail.stock_by_financing)}
        {stock_table(&i18n, "stock-financing", "commune-stock-financing", "commune-col-financing", &detail.stock_by_financing, &page)}
        {stock_table(&i18n, "stock-landlord", "commune-stock-landlord", "commune-col-landlord", &detail.stock_by_landlord, &page)}
        <p class="hint">{i18n.t("communes-explain")}</p>
        <Sources sources=detail.sources/>
    }
}

#[component]
pub fn CommunePage(detail: CommuneDetail) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.locale;
    let c = &detail.commune;
    let qpv_share = if c.units > 0 { (c.units_in_qpv * 100 + c.units / 2) / c.units } else { 0 };
    let month = crate::pages::month_words(&*i18n.catalog, &detail.month.clone().unwrap_or_default());
    let yes_no = |b: bool| i18n.t(if b { "common-yes" } else { "common-no" });
    let quartier_rows = detail
        .quartiers
        .iter()
        .map(|q| {
            view! {
                <tr>
                    <th scope="row"><a href=href(l, &format!("{QUARTIERS_PATH}/{}", q.id))>{q.name.clone()}</a></th>
                    <td class="num">{number(l, q.population)}</td>
                    <td>{fragility_label(&i18n, q.fragility.as_deref())}</td>
                    <td>{yes_no(q.is_qpv)}</td>
                    <td>{q.npru_site.clone().unwrap_or_else(|| i18n.t("common-no"))}</td>
                    <td class="num">{number(l, q.units)}</td>
                </tr>
            }
        })
        .collect_view();
    let landlords = detail.stock_by_landlord.iter().map(|s| view! { <li>{s.label.clone()}</li> }).collect_view();
    let page = href(l, &format!("{COMMUNES_PATH}/{}", c.insee_code));
    view! {
        <p class="breadcrumb"><a href=href(l, COMMUNES_PATH)>{i18n.t("communes-title")}</a></p>
        <h1>{c.name.clone()}</h1>
        <DemoNotice sources=detail.sources.clone()/>
        <dl class="facts">
            <div><dt>{i18n.t("commune-population")}</dt><dd>{number(l, c.population)}</dd></div>
            <div><dt>{i18n.t("communes-col-fragility")}</dt><dd>{fragility_label(&i18n, c.fragility.as_deref())}</dd></div>
            <div><dt>{i18n.t("communes-col-units")}</dt><dd>{number(l, c.units)}</dd></div>
            <div><dt>{i18n.t("commune-qpv-share")}</dt><dd>{format!("{qpv_share}\u{a0}%")}</dd></div>
            <div><dt>{i18n.t("communes-col-pending")}</dt><dd>{number(l, c.pending)}</dd></div>
            <div><dt>{i18n.t("communes-col-attributions")}</dt><dd>{number(l, c.attributions_12m)}</dd></div>
            <div><dt>{i18n.t("communes-col-pressure")}</dt><dd>{decimal(l, c.pressure)}</dd></div>
            <div><dt>{i18n.t("communes-col-wait")}</dt><dd>{decimal(l, c.wait_median_months)}</dd></div>
        </dl>
        <h2>{i18n.t_with("commune-demand-title", &[("month", month.into())])}</h2>
        {waits_chart(&i18n, &detail.demand_by_typology)}
        {demand_table(&i18n, &detail.demand_by_typology, &page)}
        <h2>{i18n.t("commune-stock-title")}</h2>
        {stock_chart(&i18n, "stock-typology-chart", "chart-stock-typology-title", "chart-stock-typology-desc", &detail.stock_by_typology)}
        {stock_table(&i18n, "stock-typology", "commune-stock-typology", "commune-col-typology", &detail.stock_by_typology, &page)}
        {stock_chart(&i18n, "stock-financing-chart", "chart-stock-financing-title", "chart-stock-financing-desc", &detail.stock_by_financing)}
        {stock_table(&i18n, "stock-financing", "commune-stock-financing", "commune-col-financing", &detail.stock_by_financing, &page)}
        {stock_table(&i18n, "stock-landlord", "commune-stock-landlord", "commune-col-landlord", &detail.stock_by_landlord, &page)}
        <h2>{i18n.t("commune-landlords-title")}</h2>
        <ul class="columns">{landlords}</ul>
        <h2>{i18n.t("commune-quartiers-title")}</h2>
        {data_table(
            &i18n,
            "quartiers-caption",
            i18n.t("commune-quartiers-caption"),
            &QUARTIER_COLUMNS,
            quartier_rows,
        )}
        {downloads(&i18n, &page, "quartiers")}
        <p class="hint">{i18n.t("communes-explain")}</p>
        <Sources sources=detail.sources/>
    }
}
