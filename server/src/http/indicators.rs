//! Offer and waiting indicators: pages, CSV/JSON downloads and `/api/v1` — one query each.

use super::locale::request_locale;
use super::pages::{page, PageLocale};
use super::AppState;
use crate::error::ApiError;
use app::api::error::ErrorCode;
use app::api::indicators::{CommuneDetail, CommuneList, CommuneQuery};
use app::i18n::{sources, Locale};
use app::api::indicators::{DemandCut, QuartierDetail, QuartierRow, StockCut};
use app::pages::communes::{
    decimal, CommunePage, CommunesPage, QuartierPage, COMMUNES_PATH, DEMAND_COLUMNS, QUARTIERS_PATH, QUARTIER_COLUMNS,
    STOCK_COLUMNS,
};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use leptos::prelude::*;

pub fn page_routes() -> Router<AppState> {
    Router::new()
        .route(&format!("/{{lang}}{COMMUNES_PATH}"), get(communes_page))
        .route(&format!("/{{lang}}{COMMUNES_PATH}/{{insee}}"), get(commune_page))
        .route(&format!("/{{lang}}{QUARTIERS_PATH}/{{id}}"), get(quartier_page))
}

pub fn api_routes() -> Router<AppState> {
    Router::new()
        .route("/communes", get(communes_api))
        .route("/communes/{insee}", get(commune_api))
        .route("/quartiers/{id}", get(quartier_api))
}

#[derive(serde::Deserialize, Default)]
pub struct Format {
    #[serde(default)]
    format: String,
    /// With `format=csv` on a commune or quartier page: which of its tables.
    #[serde(default)]
    table: String,
}

/// The tables of a commune or quartier page, as CSV; `None` for an unknown table name.
fn page_table_csv(
    l: Locale,
    file: &str,
    table: &str,
    demand: &[DemandCut],
    stock: [&[StockCut]; 3],
    quartiers: &[QuartierRow],
    demo: bool,
) -> Option<Response> {
    let c = sources::catalog(l);
    // Demonstration figures say so in the file too, on a last line of their own.
    let csv = |name: &str, header: Vec<String>, mut rows: Vec<Vec<String>>| {
        if demo {
            rows.push(vec![c.t("data-demo-notice")]);
        }
        csv(name, header, rows)
    };
    let t = |ids: &[&str]| ids.iter().map(|id| c.t(id)).collect::<Vec<_>>();
    let dec = |v: Option<f64>| v.map(|x| decimal(l, Some(x))).unwrap_or_default();
    let stock_csv = |key: &str, cuts: &[StockCut]| {
        let rows = cuts
            .iter()
            .map(|s| vec![s.label.clone(), s.units.to_string(), s.vacant_units.to_string(), s.let_in_year.to_string()])
            .collect();
        csv(&format!("{file}-{table}.csv"), t(&[&[key][..], &STOCK_COLUMNS[..]].concat()), rows)
    };
    Some(match table {
        "demand" => {
            let header = t(&DEMAND_COLUMNS);
            let rows = demand
                .iter()
                .map(|d| {
                    vec![
                        d.typology.clone(),
                        d.pending_first_access.to_string(),
                        d.pending_mutation.to_string(),
                        d.attributions_12m.to_string(),
                        dec(d.pressure),
                        dec(d.wait_median_months),
                        dec(d.wait_p75_months),
                    ]
                })
                .collect();
            csv(&format!("{file}-demand.csv"), header, rows)
        }
        "stock-typology" => stock_csv("commune-col-typology", stock[0]),
        "stock-financing" => stock_csv("commune-col-financing", stock[1]),
        "stock-landlord" => stock_csv("commune-col-landlord", stock[2]),
        "quartiers" => {
            let mut header = vec!["id".to_owned()];
            header.extend(t(&QUARTIER_COLUMNS));
            let rows = quartiers
                .iter()
                .map(|q| {
                    vec![
                        q.id.clone(),
                        q.name.clone(),
                        q.population.to_string(),
                        q.fragility.clone().unwrap_or_default(),
                        if q.is_qpv { "1" } else { "0" }.to_owned(),
                        q.npru_site.clone().unwrap_or_default(),
                        q.units.to_string(),
                    ]
                })
                .collect();
            csv(&format!("{file}-quartiers.csv"), header, rows)
        }
        _ => return None,
    })
}

/// The data changes only on import: the newest dataset id versions every figure, and the
/// newest load time is its `Last-Modified`.
async fn data_version(state: &AppState) -> Result<(i64, Option<std::time::SystemTime>), sqlx::Error> {
    state.data_version.get(&state.pool).await
}

/// A strong validator for one representation: data version + what was asked.
fn etag(version: i64, parts: &[&str]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0]);
    }
    let d = h.finalize();
    format!("\"v{version}-{}\"", d.iter().take(8).map(|b| format!("{b:02x}")).collect::<String>())
}

fn not_modified(headers: &HeaderMap, tag: &str) -> bool {
    headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag || t.trim() == "*"))
}

/// Answers 304 when the client has this version of the data already, else `make`'s response;
/// either way with the validator. Only the newest dataset id is read before deciding.
pub(crate) async fn conditional<F, Fut>(state: &AppState, headers: &HeaderMap, l: Locale, parts: &[&str], make: F) -> Response
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Response>,
{
    let (version, modified) = match data_version(state).await {
        Ok(v) => v,
        Err(e) => return internal(e, l),
    };
    // Figures count the last twelve months from today: the day is part of what was asked.
    let today = super::today().to_string();
    let tag = etag(version, &[parts, &[today.as_str()]].concat());
    // If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2).
    let fresh = if headers.contains_key(header::IF_NONE_MATCH) {
        not_modified(headers, &tag)
    } else {
        let since = headers
            .get(header::IF_MODIFIED_SINCE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| httpdate::parse_http_date(v).ok());
        matches!((since, modified), (Some(since), Some(m)) if m <= since)
    };
    let mut res = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else if let Some(hit) = state.page_cache.get(version, &tag) {
        cached_response(hit)
    } else {
        let flight = state.page_cache.flight(&tag);
        let _turn = flight.lock().await;
        match state.page_cache.get(version, &tag) {
            Some(hit) => cached_response(hit),
            None => remember(state, version, &tag, make().await).await,
        }
    };
    if res.status().is_success() || res.status() == StatusCode::NOT_MODIFIED {
        if let Ok(v) = HeaderValue::from_str(&tag) {
            res.headers_mut().insert(header::ETAG, v);
        }
        if let Some(Ok(v)) = modified.map(|m| HeaderValue::from_str(&httpdate::fmt_http_date(m))) {
            res.headers_mut().insert(header::LAST_MODIFIED, v);
        }
        res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("public, no-cache"));
        res.headers_mut().insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    }
    res
}

fn cached_response(c: super::cache::Cached) -> Response {
    let mut res = (StatusCode::OK, c.body).into_response();
    let h = res.headers_mut();
    if let Some(v) = c.content_type {
        h.insert(header::CONTENT_TYPE, v);
    }
    if let Some(v) = c.disposition {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    res
}

/// Keeps a successful answer for this data version, and returns it.
async fn remember(state: &AppState, version: i64, tag: &str, res: Response) -> Response {
    if res.status() != StatusCode::OK {
        return res;
    }
    let (parts, body) = res.into_parts();
    match axum::body::to_bytes(body, 64 * 1024 * 1024).await {
        Ok(bytes) => {
            let entry = super::cache::Cached {
                content_type: parts.headers.get(header::CONTENT_TYPE).cloned(),
                disposition: parts.headers.get(header::CONTENT_DISPOSITION).cloned(),
                body: bytes,
            };
            state.page_cache.put(version, tag.to_owned(), entry.clone());
            cached_response(entry)
        }
        Err(e) => {
            tracing::error!(error = %e, "could not buffer a response");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

fn internal(e: sqlx::Error, locale: Locale) -> Response {
    ApiError::internal(e, locale).into_response()
}

/// `;`-separated UTF-8 with BOM: opens as it should in French spreadsheets; cells that could
/// be read as formulas are neutralised (`spreadsheet::cell`).
pub(crate) fn csv(filename: &str, header: Vec<String>, rows: Vec<Vec<String>>) -> Response {
    let mut out = String::from("\u{feff}");
    for r in std::iter::once(header).chain(rows) {
        out.push_str(&r.iter().map(|c| crate::spreadsheet::cell(c)).collect::<Vec<_>>().join(";"));
        out.push_str("\r\n");
    }
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{filename}\"")),
        ],
        out,
    )
        .into_response()
}

fn list_csv(l: Locale, list: &CommuneList, query: &CommuneQuery) -> Response {
    let c = sources::catalog(l);
    let header = ["insee", "communes-col-name", "communes-col-fragility", "communes-col-units", "communes-col-pending", "communes-col-attributions", "communes-col-pressure", "communes-col-wait"]
        .iter()
        .map(|id| if *id == "insee" { "INSEE".to_owned() } else { c.t(id) })
        .collect();
    let rows = query
        .apply(list.communes.clone())
        .into_iter()
        .map(|r| {
            vec![
                r.insee_code,
                r.name,
                r.fragility.map(|f| c.t(&format!("fragility-{f}"))).unwrap_or_default(),
                r.units.to_string(),
                r.pending.to_string(),
                r.attributions_12m.to_string(),
                r.pressure.map(|p| decimal(l, Some(p))).unwrap_or_default(),
                r.wait_median_months.map(|w| decimal(l, Some(w))).unwrap_or_default(),
            ]
        })
        .collect::<Vec<_>>();
    let mut rows = rows;
    if list.sources.iter().any(|s| s.is_demo) {
        rows.push(vec![c.t("data-demo-notice")]);
    }
    csv("communes.csv", header, rows)
}

async fn communes_page(
    State(state): State<AppState>,
    PageLocale(l): PageLocale,
    Query(query): Query<CommuneQuery>,
    Query(format): Query<Format>,
    headers: HeaderMap,
) -> Response {
    let parts = [l.code(), "communes", &query.q, &query.fragility, &query.typology, &query.sort, &query.dir, &format.format];
    conditional(&state, &headers, l, &parts, || async {
        let list = match crate::indicators::communes(&state.pool, query.typology(), &super::today().to_string()).await {
            Ok(list) => list,
            Err(e) => return internal(e, l),
        };
        match format.format.as_str() {
            "csv" => list_csv(l, &list, &query),
            "json" => Json(CommuneList { communes: query.apply(list.communes.clone()), ..list }).into_response(),
            _ => {
                let query = query.clone();
                let messages = super::pages::island_messages(l, app::pages::communes::TABLE_MESSAGE_PREFIXES);
                Html(page(&state, l, "communes-title", COMMUNES_PATH, true, move || view! { <CommunesPage list=list query=query messages=messages/> }))
                    .into_response()
            }
        }
    })
    .await
}

/// What the commune and quartier pages share: their tables as CSV, JSON, or the page.
trait DetailPage: serde::Serialize + Send + 'static {
    fn title(&self) -> String;
    fn demand(&self) -> &[DemandCut];
    fn stock(&self) -> [&[StockCut]; 3];
    fn quartiers(&self) -> &[QuartierRow];
    /// Some of the figures come from a demonstration dataset.
    fn is_demo(&self) -> bool;
    fn render(self) -> AnyView;
}

impl DetailPage for CommuneDetail {
    fn title(&self) -> String {
        self.commune.name.clone()
    }
    fn demand(&self) -> &[DemandCut] {
        &self.demand_by_typology
    }
    fn stock(&self) -> [&[StockCut]; 3] {
        [&self.stock_by_typology, &self.stock_by_financing, &self.stock_by_landlord]
    }
    fn quartiers(&self) -> &[QuartierRow] {
        &self.quartiers
    }
    fn is_demo(&self) -> bool {
        self.sources.iter().any(|s| s.is_demo)
    }
    fn render(self) -> AnyView {
        view! { <CommunePage detail=self/> }.into_any()
    }
}

impl DetailPage for QuartierDetail {
    fn title(&self) -> String {
        self.quartier.name.clone()
    }
    fn demand(&self) -> &[DemandCut] {
        &self.demand_by_typology
    }
    fn stock(&self) -> [&[StockCut]; 3] {
        [&self.stock_by_typology, &self.stock_by_financing, &self.stock_by_landlord]
    }
    fn quartiers(&self) -> &[QuartierRow] {
        &[]
    }
    fn is_demo(&self) -> bool {
        self.sources.iter().any(|s| s.is_demo)
    }
    fn render(self) -> AnyView {
        view! { <QuartierPage detail=self/> }.into_any()
    }
}

/// `?format=json`, `?format=csv&table=…`, or the page at `path`; 404 when nothing was found.
fn detail_response<D: DetailPage>(
    state: &AppState,
    l: Locale,
    format: &Format,
    file: &str,
    path: String,
    found: Result<Option<D>, sqlx::Error>,
) -> Response {
    let detail = match found {
        Ok(Some(d)) => d,
        Ok(None) => return super::pages::not_found_response(state, l),
        Err(e) => return internal(e, l),
    };
    match format.format.as_str() {
        "json" => Json(detail).into_response(),
        "csv" => page_table_csv(l, file, &format.table, detail.demand(), detail.stock(), detail.quartiers(), detail.is_demo())
            .unwrap_or_else(|| super::pages::not_found_response(state, l)),
        _ => {
            let title = detail.title();
            Html(page_titled(state, l, title, &path, move || detail.render())).into_response()
        }
    }
}

pub(crate) async fn commune_page(
    State(state): State<AppState>,
    PageLocale(l): PageLocale,
    Path((_, insee)): Path<(String, String)>,
    Query(format): Query<Format>,
    headers: HeaderMap,
) -> Response {
    conditional(&state, &headers, l, &[l.code(), "commune", &insee, &format.format, &format.table], || async {
        let found = crate::indicators::commune(&state.pool, &insee, &super::today().to_string()).await;
        detail_response(&state, l, &format, &insee, format!("{COMMUNES_PATH}/{insee}"), found)
    })
    .await
}

async fn quartier_page(
    State(state): State<AppState>,
    PageLocale(l): PageLocale,
    Path((_, id)): Path<(String, String)>,
    Query(format): Query<Format>,
    headers: HeaderMap,
) -> Response {
    conditional(&state, &headers, l, &[l.code(), "quartier", &id, &format.format, &format.table], || async {
        let found = crate::indicators::quartier(&state.pool, &id, &super::today().to_string()).await;
        detail_response(&state, l, &format, &id, format!("{QUARTIERS_PATH}/{id}"), found)
    })
    .await
}

fn page_titled<V: IntoView + 'static>(state: &AppState, l: Locale, title: String, path: &str, body: impl FnOnce() -> V) -> String {
    let meta = app::components::layout::PageMeta { title, path: path.to_owned(), interactive: false };
    app::render::render_document(l, &state.page_assets, meta, body)
}

/// Every commune with its offer and demand figures (same filters and order as the page).
#[utoipa::path(get, path = "/communes",
    params(
        ("q" = Option<String>, Query, description = "Part of the name"),
        ("fragility" = Option<String>, Query, description = "fragile | moyenne | sans"),
        ("typology" = Option<String>, Query, description = "T1 … T5+ (default: all sizes)"),
        ("sort" = Option<String>, Query, description = "name | units | pending | attributions | pressure | wait"),
        ("dir" = Option<String>, Query, description = "asc | desc")
    ),
    responses((status = 200, description = "The communes", body = CommuneList)))]
pub async fn communes_api(State(state): State<AppState>, Query(query): Query<CommuneQuery>, headers: HeaderMap) -> Response {
    let l = request_locale(&headers);
    let parts = ["api-communes", &query.q, &query.fragility, &query.typology, &query.sort, &query.dir];
    conditional(&state, &headers, l, &parts, || async {
        match crate::indicators::communes(&state.pool, query.typology(), &super::today().to_string()).await {
            Ok(list) => Json(CommuneList { communes: query.apply(list.communes.clone()), ..list }).into_response(),
            Err(e) => internal(e, l),
        }
    })
    .await
}

/// One commune: stock by typology, financing and landlord; demand and waits by typology; quartiers; sources.
#[utoipa::path(get, path = "/communes/{insee}",
    params(("insee" = String, Path, description = "INSEE code of a MEL commune")),
    responses(
        (status = 200, description = "The commune", body = CommuneDetail),
        (status = 404, description = "Not a MEL commune", body = app::api::error::ErrorBody)
    ))]
pub async fn commune_api(State(state): State<AppState>, Path(insee): Path<String>, headers: HeaderMap) -> Response {
    let l = request_locale(&headers);
    conditional(&state, &headers, l, &["api-commune", &insee], || async {
        match crate::indicators::commune(&state.pool, &insee, &super::today().to_string()).await {
            Ok(Some(d)) => Json(d).into_response(),
            Ok(None) => ApiError::new(ErrorCode::NotFound, l).into_response(),
            Err(e) => internal(e, l),
        }
    })
    .await
}

/// One quartier: stock cuts, demand (its own, or its commune's, said so) and the bands the CIET
/// objectives favour there.
#[utoipa::path(get, path = "/quartiers/{id}",
    params(("id" = String, Path, description = "Quartier id, e.g. 59350-001")),
    responses(
        (status = 200, description = "The quartier", body = app::api::indicators::QuartierDetail),
        (status = 404, description = "Unknown quartier", body = app::api::error::ErrorBody)
    ))]
pub async fn quartier_api(State(state): State<AppState>, Path(id): Path<String>, headers: HeaderMap) -> Response {
    let l = request_locale(&headers);
    conditional(&state, &headers, l, &["api-quartier", &id], || async {
        match crate::indicators::quartier(&state.pool, &id, &super::today().to_string()).await {
            Ok(Some(d)) => Json(d).into_response(),
            Ok(None) => ApiError::new(ErrorCode::NotFound, l).into_response(),
            Err(e) => internal(e, l),
        }
    })
    .await
}
