//! The bilan des attributions for everyone: `/{lang}/bilan` and `GET /api/v1/bilan`. Without a
//! session, only the public scopes, with small counts suppressed; a staff member within scope
//! gets the full figures (never cached). Staff pages reuse the helpers here.

use super::indicators::{conditional, csv};
use super::locale::request_locale;
use super::pages::{page, PageLocale};
use super::{today, AppState};
use crate::error::ApiError;
use crate::register::BilanError;
use app::api::error::ErrorCode;
use app::domain::access::{Filter, Principal, Resource};
use app::domain::bilan::{staff_may_see, Bilan, Period, Scope};
use app::domain::date::Date;
use app::domain::quota::Fragility;
use app::i18n::{I18n, Locale};
use app::pages::bilan::{bilan_csv_rows, period_label, BilanForm, BilanPage, Choice, BILAN_PATH};
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use leptos::prelude::*;

pub fn page_routes() -> Router<AppState> {
    Router::new().route(&format!("/{{lang}}{BILAN_PATH}"), get(public_page))
}

pub fn api_routes() -> Router<AppState> {
    Router::new().route("/bilan", get(bilan_api))
}

#[derive(serde::Deserialize, Default, Clone)]
pub struct BilanQuery {
    #[serde(default)]
    pub period: String,
    #[serde(default)]
    pub scope: String,
    /// Attributions still expected before the period ends (else projected).
    #[serde(default)]
    pub remaining: String,
    #[serde(default)]
    pub format: String,
}

/// What a bilan request asks for, checked.
pub struct Asked {
    pub period: Period,
    pub scope: Scope,
    pub remaining: Option<u64>,
}

impl BilanQuery {
    /// Period (default: the current semester), scope (default: `default_scope`) and remaining.
    pub fn parse(&self, today: Date, default_scope: Scope) -> Result<Asked, ErrorCode> {
        let period = if self.period.trim().is_empty() {
            Period::semester_of(today)
        } else {
            Period::parse(&self.period).ok_or(ErrorCode::InvalidPeriod)?
        };
        let scope = if self.scope.trim().is_empty() { default_scope } else { Scope::parse(&self.scope).ok_or(ErrorCode::InvalidBilanScope)? };
        let remaining = match self.remaining.trim() {
            "" => None,
            s => Some(s.parse::<u64>().ok().filter(|n| *n <= 10_000_000).ok_or(ErrorCode::NotAnInteger)?),
        };
        Ok(Asked { period, scope, remaining })
    }

    /// What the public may ask: a whole semester or year that has ended (default: the last
    /// one), without `remaining`; anything else is `not_public` (see `Period::is_public_on`).
    pub fn parse_public(&self, today: Date) -> Result<Asked, ErrorCode> {
        let asked = self.parse(today, Scope::Metropole)?;
        let period = if self.period.trim().is_empty() { Period::last_closed_semester(today) } else { asked.period };
        if !period.is_public_on(today) || asked.remaining.is_some() {
            return Err(ErrorCode::NotPublic);
        }
        Ok(Asked { period, ..asked })
    }
}

/// What a requester may see of a scope's bilan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// Every figure: staff within their remit.
    Full,
    /// Small counts hidden: anyone, for the public scopes.
    Public,
    /// Nothing: a staff-only scope outside the requester's remit.
    Denied,
}

/// The view of `scope` for `principal` (none: anonymous).
pub async fn view_of(state: &AppState, principal: Option<&Principal>, scope: &Scope) -> Result<View, sqlx::Error> {
    if let Some(p) = principal {
        let quartier_commune = match scope {
            Scope::Quartier(q) => {
                sqlx::query_scalar::<_, String>("SELECT insee_code FROM quartiers WHERE id = $1").bind(q).fetch_optional(&state.pool).await?
            }
            _ => None,
        };
        if staff_may_see(p, scope, quartier_commune.as_deref()) {
            return Ok(View::Full);
        }
    }
    Ok(if scope.is_public() { View::Public } else { View::Denied })
}

pub fn bilan_error_code(e: &BilanError) -> ErrorCode {
    match e {
        BilanError::NoRuleset => ErrorCode::NoRuleset,
        BilanError::UnknownScope => ErrorCode::NotFound,
        BilanError::Db(_) => ErrorCode::Internal,
    }
}

/// The bilan, public or full (`register::public_bilan`: every public table of the period
/// judged together, a year hiding what either semester hides).
pub async fn compute(state: &AppState, asked: &Asked, full: bool) -> Result<Bilan, BilanError> {
    if full {
        return crate::register::bilan(&state.pool, &state.register, asked.period, &asked.scope, asked.remaining, today()).await;
    }
    crate::register::public_bilan(&state.pool, &state.register, asked.period, &asked.scope, today()).await
}

/// The bilan's figures by requested format: JSON, CSV, or `page`.
pub fn respond(l: Locale, b: Bilan, format: &str, page: impl FnOnce(Bilan) -> Response) -> Response {
    match format {
        "json" => Json(b).into_response(),
        "csv" => {
            let i18n = app::i18n::sources::i18n(l);
            let rows = bilan_csv_rows(&i18n, &b);
            let header = vec![i18n.t("bilan-col-indicator"), i18n.t("bilan-col-count"), i18n.t("bilan-col-share"), i18n.t("bilan-col-note")];
            let file = format!("bilan-{}-{}.csv", b.period.replace("..", "_"), b.scope.replace(':', "-"));
            csv(&file, header, rows)
        }
        _ => page(b),
    }
}

/// The periods offered: semesters and years from four years back, newest first, and the one
/// asked for if it is another. `closed_only`: those that have ended (the public's).
pub fn period_choices(i18n: &I18n, today: Date, asked: &str, closed_only: bool) -> Vec<Choice> {
    let mut out = vec![];
    for year in (today.year - 4..=today.year).rev() {
        for p in [format!("{year}-S2"), format!("{year}-S1"), year.to_string()] {
            let offered = Period::parse(&p).is_some_and(|x| if closed_only { x.is_public_on(today) } else { x.bounds().0 <= today });
            if offered {
                out.push(Choice { label: period_label(i18n, &p), value: p });
            }
        }
    }
    if !out.iter().any(|c| c.value == asked) && Period::parse(asked).is_some() {
        out.insert(0, Choice { label: period_label(i18n, asked), value: asked.to_owned() });
    }
    out
}

/// A scope's name for headings: "Lille", "Quartiers fragiles", "Lille Métropole Habitat"…
pub async fn scope_label(state: &AppState, i18n: &I18n, scope: &Scope) -> Result<String, sqlx::Error> {
    let named = |sql: &'static str, key: String| async move {
        sqlx::query_scalar::<_, String>(sql).bind(key.clone()).fetch_optional(&state.pool).await.map(|n| n.unwrap_or(key))
    };
    Ok(match scope {
        Scope::Metropole => i18n.t("bilan-scope-metropole"),
        Scope::Commune(k) => named("SELECT name FROM communes WHERE insee_code = $1", k.clone()).await?,
        Scope::Quartier(k) => {
            let row: Option<(String, String)> =
                sqlx::query_as("SELECT q.name, c.name FROM quartiers q JOIN communes c ON c.insee_code = q.insee_code WHERE q.id = $1")
                    .bind(k)
                    .fetch_optional(&state.pool)
                    .await?;
            row.map(|(q, c)| i18n.t_with("bilan-scope-quartier", &[("quartier", q.into()), ("commune", c.into())])).unwrap_or_else(|| k.clone())
        }
        Scope::Landlord(k) => named("SELECT name FROM landlords WHERE id = $1", k.clone()).await?,
        Scope::QuartierFragility(f) => i18n.t(&format!("bilan-scope-quartiers-{}", f.id())),
        Scope::CommuneFragility(f) => i18n.t(&format!("bilan-scope-communes-{}", f.id())),
    })
}

/// Scopes offered on the public page: the metropole, the classes, every commune.
async fn public_scopes(state: &AppState, i18n: &I18n) -> Result<Vec<Choice>, sqlx::Error> {
    let mut out = vec![Choice { value: "metropole".into(), label: i18n.t("bilan-scope-metropole") }];
    for f in Fragility::ALL {
        out.push(Choice { value: Scope::QuartierFragility(f).id(), label: i18n.t(&format!("bilan-scope-quartiers-{}", f.id())) });
    }
    for f in Fragility::ALL {
        out.push(Choice { value: Scope::CommuneFragility(f).id(), label: i18n.t(&format!("bilan-scope-communes-{}", f.id())) });
    }
    out.extend(communes(state, None).await?);
    Ok(out)
}

/// Communes as scope choices, all or those of `only`.
pub async fn communes(state: &AppState, only: Option<&[String]>) -> Result<Vec<Choice>, sqlx::Error> {
    let rows: Vec<(String, String)> = sqlx::query_as("SELECT insee_code, name FROM communes ORDER BY name").fetch_all(&state.pool).await?;
    Ok(rows
        .into_iter()
        .filter(|(k, _)| only.is_none_or(|o| o.contains(k)))
        .map(|(k, name)| Choice { value: Scope::Commune(k).id(), label: name })
        .collect())
}

/// Scopes a staff member sees in full, for the staff page's select.
pub async fn staff_scopes(state: &AppState, i18n: &I18n, p: &Principal) -> Result<Vec<Choice>, sqlx::Error> {
    let landlords = || async {
        let rows: Vec<(String, String)> = sqlx::query_as("SELECT id, name FROM landlords ORDER BY name").fetch_all(&state.pool).await?;
        Ok::<_, sqlx::Error>(rows.into_iter().map(|(k, name)| Choice { value: Scope::Landlord(k).id(), label: name }).collect::<Vec<_>>())
    };
    Ok(match (p.role, p.filter(Resource::Dashboards)) {
        (_, Filter::All) => {
            let mut out = public_scopes(state, i18n).await?;
            out.extend(landlords().await?);
            out
        }
        (app::domain::access::Role::Landlord, Filter::Only(keys)) => {
            landlords().await?.into_iter().filter(|c| keys.iter().any(|k| Scope::Landlord(k.clone()).id() == c.value)).collect()
        }
        (_, Filter::Only(keys)) => {
            let mut out = communes(state, Some(keys)).await?;
            let quartiers: Vec<(String, String, String, String)> = sqlx::query_as(
                "SELECT q.id, q.name, c.name, q.insee_code FROM quartiers q JOIN communes c ON c.insee_code = q.insee_code ORDER BY c.name, q.name",
            )
            .fetch_all(&state.pool)
            .await?;
            for (id, q, c, insee) in quartiers.into_iter().filter(|r| keys.contains(&r.3)) {
                let _ = insee;
                out.push(Choice { value: Scope::Quartier(id).id(), label: i18n.t_with("bilan-scope-quartier", &[("quartier", q.into()), ("commune", c.into())]) });
            }
            out
        }
        (_, Filter::Nothing) => vec![],
    })
}

fn page_error(state: &AppState, l: Locale, code: ErrorCode) -> Response {
    let status = StatusCode::from_u16(code.status()).unwrap_or(StatusCode::BAD_REQUEST);
    let body = page(state, l, "common-error-title", BILAN_PATH, false, move || view! { <app::pages::not_found::ErrorPage code=code/> });
    (status, Html(body)).into_response()
}

async fn public_page(State(state): State<AppState>, PageLocale(l): PageLocale, Query(q): Query<BilanQuery>, headers: HeaderMap) -> Response {
    let asked = match q.parse_public(today()) {
        Ok(a) => a,
        Err(code) => return page_error(&state, l, code),
    };
    if !asked.scope.is_public() {
        return page_error(&state, l, ErrorCode::NotPermitted);
    }
    let parts = [l.code(), "bilan", &asked.period.id(), &asked.scope.id(), &q.format];
    conditional(&state, &headers, l, &parts, || async {
        let b = match compute(&state, &Asked { remaining: None, ..asked }, false).await {
            Ok(b) => b,
            Err(e) => {
                if let BilanError::Db(db) = &e {
                    tracing::error!(error = %db, "bilan failed");
                }
                return page_error(&state, l, bilan_error_code(&e));
            }
        };
        let i18n = app::i18n::sources::i18n(l);
        let scope = Scope::parse(&b.scope).unwrap_or(Scope::Metropole);
        let (label, scopes) = match (scope_label(&state, &i18n, &scope).await, public_scopes(&state, &i18n).await) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(e), _) | (_, Err(e)) => return ApiError::internal(e, l).into_response(),
        };
        let form = BilanForm { periods: period_choices(&i18n, today(), &b.period, true), scopes, period: b.period.clone(), scope: b.scope.clone(), remaining: String::new() };
        respond(l, b, &q.format, |b| {
            Html(page(&state, l, "bilan-title", BILAN_PATH, false, move || view! { <BilanPage bilan=b scope_label=label form=form/> })).into_response()
        })
    })
    .await
}

/// The bilan des attributions of a period and a scope (CIET art. 19), from the quota engine.
///
/// Without a staff session: scopes `metropole`, `commune:{insee}`, `quartier_fragility:{class}`
/// and `commune_fragility:{class}`, for whole semesters and years that have ended only (default:
/// the last semester that has ended), counts from 1 to 10 suppressed (`null`) with those that would give them back across the period's tables, no guidance. With
/// one, the full figures of the scopes in the user's remit (`quartier:{id}` and `landlord:{id}`
/// included), for any period, with guidance.
#[utoipa::path(get, path = "/bilan",
    params(
        ("period" = Option<String>, Query, description = "2026-S1, 2026, or (staff) 2026-01-01..2026-03-31; default: the current semester (staff), the last semester that has ended (public)"),
        ("scope" = Option<String>, Query, description = "metropole | commune:{insee} | quartier:{id} | landlord:{id} | quartier_fragility:{class} | commune_fragility:{class}"),
        ("remaining" = Option<u64>, Query, description = "Staff only: attributions still expected in the period (default: projected from the previous comparable period)")
    ),
    responses(
        (status = 200, description = "The bilan, with the rule set it applies", body = Bilan),
        (status = 403, description = "A staff-only scope outside the requester's remit", body = app::api::error::ErrorBody),
        (status = 404, description = "Unknown commune, quartier or landlord", body = app::api::error::ErrorBody),
        (status = 422, description = "Invalid period or scope, no rule set for the period, or (`not_public`) a question answered to staff only: a period that has not ended, a day range, or `remaining`", body = app::api::error::ErrorBody)
    ))]
pub async fn bilan_api(State(state): State<AppState>, Query(q): Query<BilanQuery>, headers: HeaderMap) -> Response {
    let l = request_locale(&headers);
    let asked = match q.parse(today(), Scope::Metropole) {
        Ok(a) => a,
        Err(code) => return ApiError::new(code, l).into_response(),
    };
    let principal = match super::staff::signed_in_principal(&state, &headers).await {
        Ok(p) => p,
        Err(e) => return ApiError::internal(e, l).into_response(),
    };
    let full = match view_of(&state, principal.as_ref(), &asked.scope).await {
        Ok(View::Full) => true,
        Ok(View::Public) => false,
        Ok(View::Denied) => return ApiError::new(ErrorCode::NotPermitted, l).into_response(),
        Err(e) => return ApiError::internal(e, l).into_response(),
    };
    let answer = |b: Result<Bilan, BilanError>| match b {
        Ok(b) => Json(b).into_response(),
        Err(BilanError::Db(e)) => ApiError::internal(e, l).into_response(),
        Err(e) => ApiError::new(bilan_error_code(&e), l).into_response(),
    };
    if full {
        let mut res = answer(compute(&state, &asked, true).await);
        res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        res.headers_mut().insert(header::VARY, HeaderValue::from_static("Cookie"));
        return res;
    }
    let asked = match q.parse_public(today()) {
        Ok(a) => a,
        Err(code) => return ApiError::new(code, l).into_response(),
    };
    let parts = ["api-bilan", &asked.period.id(), &asked.scope.id()];
    conditional(&state, &headers, l, &parts, || async { answer(compute(&state, &asked, false).await) }).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_parse_with_defaults_and_refuse_nonsense() {
        let today = Date::new(2026, 11, 30).unwrap();
        let q = BilanQuery::default();
        let a = q.parse(today, Scope::Metropole).unwrap();
        assert_eq!((a.period.id(), a.scope.id(), a.remaining), ("2026-S2".to_owned(), "metropole".to_owned(), None));
        let bad = |period: &str, scope: &str, remaining: &str| {
            BilanQuery { period: period.into(), scope: scope.into(), remaining: remaining.into(), format: String::new() }.parse(today, Scope::Metropole).err()
        };
        assert_eq!(bad("2026-S9", "", ""), Some(ErrorCode::InvalidPeriod));
        assert_eq!(bad("", "planet:earth", ""), Some(ErrorCode::InvalidBilanScope));
        assert_eq!(bad("", "", "-3"), Some(ErrorCode::NotAnInteger));
        assert_eq!(bad("2025", "commune:59350", "120"), None);
    }

    #[test]
    fn the_public_asks_whole_periods_that_have_ended_without_remaining() {
        let today = Date::new(2026, 11, 30).unwrap();
        let public = |period: &str, remaining: &str| {
            BilanQuery { period: period.into(), scope: String::new(), remaining: remaining.into(), format: String::new() }.parse_public(today).map(|a| a.period.id())
        };
        assert_eq!(public("", ""), Ok("2026-S1".to_owned()), "default: the last semester that has ended");
        assert_eq!(public("2025", ""), Ok("2025".to_owned()));
        assert_eq!(public("2026-S2", ""), Err(ErrorCode::NotPublic));
        assert_eq!(public("2026", ""), Err(ErrorCode::NotPublic));
        assert_eq!(public("2026-01-01..2026-06-30", ""), Err(ErrorCode::NotPublic));
        assert_eq!(public("2025", "100"), Err(ErrorCode::NotPublic));
        assert_eq!(public("2026-S9", ""), Err(ErrorCode::InvalidPeriod));
    }
}
