//! The attribution register read for the quota engine: the records of a period and a scope,
//! grouped in SQL by what the engine counts (a few dozen groups, whatever the register's size),
//! then summed and judged by `app::domain::bilan` — the one engine behind every page and the API.

pub mod demo;

use crate::db::Pool;
use app::domain::access::{Filter, Principal, Resource, Role};
use app::domain::band::Band;
use app::domain::bilan::{Acc, AllScopes, Bilan, Facts, Period, Record, Remaining, Scope};
use app::domain::date::Date;
use app::domain::quota::{Fragility, Ruleset};
use sqlx::QueryBuilder;
use std::collections::HashMap;

/// Why no bilan can be given.
#[derive(Debug, thiserror::Error)]
pub enum BilanError {
    #[error("no rule set covers this period")]
    NoRuleset,
    #[error("unknown scope")]
    UnknownScope,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// The columns the engine counts, in the order [`facts`] reads them.
const FACT_COLUMNS: &str = "a.band, a.kind = 'first_access', a.aci, a.npru_site IS NOT NULL, a.mutation_status IS NOT NULL, a.quartier_fragility";

type FactRow = (Option<String>, bool, bool, bool, bool, Option<String>);

fn facts(r: &FactRow) -> Facts {
    Facts {
        band: r.0.as_deref().and_then(|b| Band::ALL.into_iter().find(|x| x.id() == b)),
        first_access: r.1,
        aci: r.2,
        npru: r.3,
        mutation_complexe: r.4,
        quartier_class: r.5.as_deref().and_then(Fragility::parse),
    }
}

fn push_scope(q: &mut QueryBuilder<'_, sqlx::Sqlite>, scope: &Scope) {
    let (col, key) = match scope {
        Scope::Metropole => return,
        Scope::Commune(k) => ("insee_code", k.clone()),
        Scope::Quartier(k) => ("quartier_id", k.clone()),
        Scope::Landlord(k) => ("landlord_id", k.clone()),
        Scope::QuartierFragility(f) => ("quartier_fragility", f.id().to_owned()),
        Scope::CommuneFragility(f) => ("commune_fragility", f.id().to_owned()),
    };
    q.push(format!(" AND a.{col} = ")).push_bind(key);
}

/// Limits a query on `attributions` (aliased `prefix`) to what `principal` may see of
/// `resource`: commune staff their communes, a landlord's staff its own attributions.
fn push_within(q: &mut QueryBuilder<'_, sqlx::Sqlite>, principal: &Principal, resource: Resource, prefix: &str) {
    let column = if principal.role == Role::Landlord { "landlord_id" } else { "insee_code" };
    match principal.filter(resource) {
        Filter::All => {}
        Filter::Only(keys) if !keys.is_empty() => {
            q.push(format!(" AND {prefix}{column} IN ("));
            let mut sep = q.separated(", ");
            for k in keys {
                sep.push_bind(k.clone());
            }
            q.push(")");
        }
        _ => {
            q.push(" AND 0");
        }
    }
}

/// A scope's sums over `from..=to`.
pub async fn acc(pool: &Pool, from: Date, to: Date, scope: &Scope) -> Result<Acc, sqlx::Error> {
    let mut q = QueryBuilder::new(format!("SELECT {FACT_COLUMNS}, COUNT(*) FROM attributions a WHERE a.decided_on BETWEEN "));
    q.push_bind(from.to_string()).push(" AND ").push_bind(to.to_string());
    push_scope(&mut q, scope);
    q.push(" GROUP BY 1, 2, 3, 4, 5, 6");
    let rows: Vec<(Option<String>, bool, bool, bool, bool, Option<String>, i64)> = q.build_query_as().fetch_all(pool).await?;
    let mut acc = Acc::default();
    for r in rows {
        acc.add(&facts(&(r.0, r.1, r.2, r.3, r.4, r.5)), r.6.max(0) as u64);
    }
    Ok(acc)
}

/// Whether the scope names something that exists (an unknown commune is a 404, not zeros).
async fn exists(pool: &Pool, scope: &Scope) -> Result<bool, sqlx::Error> {
    let (sql, key) = match scope {
        Scope::Commune(k) => ("SELECT COUNT(*) FROM communes WHERE insee_code = ?", k),
        Scope::Quartier(k) => ("SELECT COUNT(*) FROM quartiers WHERE id = ?", k),
        Scope::Landlord(k) => ("SELECT COUNT(*) FROM landlords WHERE id = ?", k),
        _ => return Ok(true),
    };
    Ok(sqlx::query_scalar::<_, i64>(sql).bind(key).fetch_one(pool).await? > 0)
}

/// The rule set of a period: the one in force at its end (or today, if earlier), else at its start.
pub fn ruleset_for(period: Period, today: Date) -> Option<&'static Ruleset> {
    let (from, to) = period.bounds();
    Ruleset::on(to.min(today).max(from)).or_else(|| Ruleset::on(from))
}

/// The bilan of `scope` over `period` as of `today`. The rest of an unfinished period is
/// `remaining` if given, else projected from the same stretch of the previous comparable period.
pub async fn bilan(pool: &Pool, period: Period, scope: &Scope, remaining: Option<u64>, today: Date) -> Result<Bilan, BilanError> {
    let rs = ruleset_for(period, today).ok_or(BilanError::NoRuleset)?;
    if !exists(pool, scope).await? {
        return Err(BilanError::UnknownScope);
    }
    let (from, to) = period.bounds();
    let current = acc(pool, from, to, scope).await?;
    let remaining = match remaining {
        Some(n) => Remaining::Given(n),
        None if today >= to => Remaining::Closed,
        None => {
            let prev = period.previous_comparable();
            let (_, prev_to) = prev.bounds();
            let start = app::domain::bilan::year_earlier(today.max(from)).add_days(1);
            let rest = acc(pool, start, prev_to, scope).await?;
            Remaining::Projected(rest.by_class.map(|t| t.total()))
        }
    };
    Ok(Bilan::compute(rs, period, scope, &current, remaining))
}

/// Names of the keys of a dashboard's rows.
#[derive(Clone, Debug, Default)]
pub struct Keys {
    /// `(insee, name)` by index.
    pub communes: Vec<(String, String)>,
    /// `(id, name, insee)` by index.
    pub quartiers: Vec<(String, String, String)>,
    /// `(id, name)` by index.
    pub landlords: Vec<(String, String)>,
}

/// Every scope's sums over a period, limited to what `principal` may see of the dashboards
/// (commune staff: attributions in their communes; a landlord's staff: its own).
pub async fn all_scopes(pool: &Pool, principal: &Principal, from: Date, to: Date) -> Result<(AllScopes, Keys), sqlx::Error> {
    let mut q = QueryBuilder::new(format!(
        "SELECT a.insee_code, c.name, a.quartier_id, q.name, a.landlord_id, l.name, a.commune_fragility, {FACT_COLUMNS}, COUNT(*) \
         FROM attributions a JOIN communes c ON c.insee_code = a.insee_code JOIN landlords l ON l.id = a.landlord_id \
         LEFT JOIN quartiers q ON q.id = a.quartier_id WHERE a.decided_on BETWEEN "
    ));
    q.push_bind(from.to_string()).push(" AND ").push_bind(to.to_string());
    push_within(&mut q, principal, Resource::Dashboards, "a.");
    q.push(" GROUP BY 1, 3, 5, 7, 8, 9, 10, 11, 12, 13");
    type Row = (String, String, Option<String>, Option<String>, String, String, Option<String>, Option<String>, bool, bool, bool, bool, Option<String>, i64);
    let rows: Vec<Row> = q.build_query_as().fetch_all(pool).await?;
    let mut keys = Keys::default();
    let (mut ci, mut qi, mut li) = (HashMap::new(), HashMap::new(), HashMap::new());
    let mut all = AllScopes::default();
    for r in rows {
        let commune = *ci.entry(r.0.clone()).or_insert_with(|| {
            keys.communes.push((r.0.clone(), r.1.clone()));
            keys.communes.len() as u32 - 1
        });
        let quartier = r.2.as_ref().map(|id| {
            *qi.entry(id.clone()).or_insert_with(|| {
                keys.quartiers.push((id.clone(), r.3.clone().unwrap_or_default(), r.0.clone()));
                keys.quartiers.len() as u32 - 1
            })
        });
        let landlord = *li.entry(r.4.clone()).or_insert_with(|| {
            keys.landlords.push((r.4.clone(), r.5.clone()));
            keys.landlords.len() as u32 - 1
        });
        let record = Record {
            commune,
            quartier,
            landlord,
            commune_class: r.6.as_deref().and_then(Fragility::parse),
            facts: facts(&(r.7, r.8, r.9, r.10, r.11, r.12)),
        };
        all.add(&record, r.13.max(0) as u64);
    }
    Ok((all, keys))
}

/// The latest attributions of the register the principal may see (the register page).
pub async fn latest(pool: &Pool, principal: &Principal, limit: i64) -> Result<Vec<RegisterRow>, sqlx::Error> {
    let mut q = QueryBuilder::new(
        "SELECT a.reference, a.decided_on, c.name AS commune, COALESCE(q.name, '') AS quartier, l.name AS landlord, a.band, a.kind, \
         a.aci_situations, a.npru_site, a.mutation_status FROM attributions a JOIN communes c ON c.insee_code = a.insee_code \
         JOIN landlords l ON l.id = a.landlord_id LEFT JOIN quartiers q ON q.id = a.quartier_id WHERE 1",
    );
    push_within(&mut q, principal, Resource::Register, "a.");
    q.push(" ORDER BY a.decided_on DESC, a.reference DESC LIMIT ").push_bind(limit);
    q.build_query_as().fetch_all(pool).await
}

/// One line of the register as staff see it (names, not codes).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RegisterRow {
    pub reference: String,
    pub decided_on: String,
    pub commune: String,
    pub quartier: String,
    pub landlord: String,
    pub band: Option<String>,
    pub kind: String,
    pub aci_situations: Option<String>,
    pub npru_site: Option<String>,
    pub mutation_status: Option<String>,
}
