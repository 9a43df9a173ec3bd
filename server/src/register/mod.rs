//! The attribution register read for the quota engine: the records of a period and a scope, from
//! the in-memory copy of the register (`memory`, kept in step with the database by data
//! version), summed and judged by `app::domain::bilan` — the one engine behind every page and
//! the API.

pub mod demo;
pub mod memory;

use crate::db::Pool;
use app::domain::access::{Filter, Principal, Resource, Role};
use app::domain::bilan::{AllScopes, Bilan, Period, Remaining, Scope};
use app::domain::date::Date;
use app::domain::publication::{Mask, Node, PublicTables};
use app::domain::quota::Ruleset;
pub use memory::{RegisterCache, Snapshot};
use crate::db::Sql;
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

/// Limits a query on `attributions` (aliased `prefix`) to what `principal` may see of
/// `resource`: commune staff their communes, a landlord's staff its own attributions.
fn push_within(q: &mut Sql<'_>, principal: &Principal, resource: Resource, prefix: &str) {
    let column = if principal.role == Role::Landlord { "landlord_id" } else { "insee_code" };
    match principal.filter(resource) {
        Filter::All => {}
        Filter::Only(keys) if !keys.is_empty() => {
            q.push(format!(" AND {prefix}{column} IN "));
            q.push_list(keys.iter().cloned());
        }
        _ => {
            q.push(" AND 1 = 0");
        }
    }
}

/// Whether the scope names something that exists (an unknown commune is a 404, not zeros).
async fn exists(pool: &Pool, scope: &Scope) -> Result<bool, sqlx::Error> {
    let (sql, key) = match scope {
        Scope::Commune(k) => ("SELECT COUNT(*) FROM communes WHERE insee_code = $1", k),
        Scope::Quartier(k) => ("SELECT COUNT(*) FROM quartiers WHERE id = $1", k),
        Scope::Landlord(k) => ("SELECT COUNT(*) FROM landlords WHERE id = $1", k),
        _ => return Ok(true),
    };
    Ok(sqlx::query_scalar::<_, i64>(sql).bind(key).fetch_one(pool).await? > 0)
}

/// The rule set of a period (its days up to today): the latest in force on any of them, else the
/// latest ended before (judged as history: the bilan says so).
pub fn ruleset_for(period: Period, today: Date) -> Option<&'static Ruleset> {
    let (from, to) = period.bounds();
    Ruleset::for_days(from, to.min(today).max(from))
}

/// The bilan of `scope` over `period` as of `today`. The rest of an unfinished period is
/// `remaining` if given, else projected from the same stretch of the previous comparable period.
#[tracing::instrument(skip_all, fields(period = %period.id()))]
pub async fn bilan(
    pool: &Pool,
    register: &RegisterCache,
    period: Period,
    scope: &Scope,
    remaining: Option<u64>,
    today: Date,
) -> Result<Bilan, BilanError> {
    let rs = ruleset_for(period, today).ok_or(BilanError::NoRuleset)?;
    if !exists(pool, scope).await? {
        return Err(BilanError::UnknownScope);
    }
    let snapshot = register.get(pool).await?;
    Ok(bilan_of(&snapshot, rs, period, scope, remaining, today))
}

/// [`bilan`] on a snapshot of the register.
fn bilan_of(snapshot: &Snapshot, rs: &Ruleset, period: Period, scope: &Scope, remaining: Option<u64>, today: Date) -> Bilan {
    let (from, to) = period.bounds();
    let current = snapshot.acc(from, to, scope);
    let remaining = match remaining {
        Some(n) => Remaining::Given(n),
        None if today >= to => Remaining::Closed,
        None => {
            let prev = period.previous_comparable();
            let (_, prev_to) = prev.bounds();
            let start = app::domain::bilan::year_earlier(today.max(from)).add_days(1);
            let rest = snapshot.acc(start, prev_to, scope);
            Remaining::Projected(rest.by_class.map(|t| t.total()))
        }
    };
    Bilan { demonstration: snapshot.demo, ..Bilan::compute(rs, period, scope, &current, remaining) }
}

/// The bilan of a public `scope` over `period` as anyone may read it: every public table of the
/// period (metropole, communes, commune and quartier classes) is judged together
/// (`app::domain::publication`), and a year hides what either of its semesters hides. The
/// caller checks that the period may be published.
#[tracing::instrument(skip_all, fields(period = %period.id()))]
pub async fn public_bilan(pool: &Pool, register: &RegisterCache, period: Period, scope: &Scope, today: Date) -> Result<Bilan, BilanError> {
    let rs = ruleset_for(period, today).ok_or(BilanError::NoRuleset)?;
    if !exists(pool, scope).await? {
        return Err(BilanError::UnknownScope);
    }
    let snapshot = register.get(pool).await?;
    let full = bilan_of(&snapshot, rs, period, scope, None, today);
    let node = match scope {
        Scope::Metropole => Some(Node::Metropole),
        Scope::Commune(k) => snapshot.communes.get(k).map(Node::Commune),
        Scope::CommuneFragility(f) => Some(Node::CommuneClass(*f)),
        Scope::QuartierFragility(f) => Some(Node::QuartierClass(*f)),
        Scope::Quartier(_) | Scope::Landlord(_) => return Err(BilanError::UnknownScope),
    };
    let parts = match period {
        Period::Year(year) => vec![Period::Semester { year, second: false }, Period::Semester { year, second: true }],
        p => vec![p],
    };
    let mut mask: Option<Mask> = None;
    for part in parts {
        let (from, to) = part.bounds();
        let records = snapshot.between(from, to);
        let communes = snapshot.communes.codes.len() as u32;
        // A semester under its own rule set (as published) and, in a year, under the year's
        // (once when they are the same).
        let mut rulesets: Vec<&Ruleset> = [ruleset_for(part, today), Some(rs)].into_iter().flatten().collect();
        rulesets.dedup_by(|a, b| std::ptr::eq(*a, *b));
        for rs in rulesets {
            let tables = PublicTables::build(rs, records, communes);
            let m = node.map_or_else(Mask::empty, |n| tables.mask(n));
            match &mut mask {
                Some(all) => all.merge(&m),
                None => mask = Some(m),
            }
        }
    }
    Ok(full.publish(&mask.unwrap_or_else(Mask::empty)))
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
/// (commune staff: attributions in their communes; a landlord's staff: its own), with the names
/// of the keys.
#[tracing::instrument(skip_all)]
pub async fn all_scopes(pool: &Pool, register: &RegisterCache, principal: &Principal, from: Date, to: Date) -> Result<(AllScopes, Keys), sqlx::Error> {
    let snapshot = register.get(pool).await?;
    let all = snapshot.all_scopes(from, to, principal);
    let names = |rows: Vec<(String, String)>| rows.into_iter().collect::<HashMap<String, String>>();
    let communes = names(sqlx::query_as("SELECT insee_code, name FROM communes").fetch_all(pool).await?);
    let landlords = names(sqlx::query_as("SELECT id, name FROM landlords").fetch_all(pool).await?);
    let quartiers: HashMap<String, (String, String)> = sqlx::query_as::<_, (String, String, String)>("SELECT id, name, insee_code FROM quartiers")
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(|(id, name, insee)| (id, (name, insee)))
        .collect();
    let named = |codes: &[String], table: &HashMap<String, String>| -> Vec<(String, String)> {
        codes.iter().map(|c| (c.clone(), table.get(c).cloned().unwrap_or_else(|| c.clone()))).collect()
    };
    let keys = Keys {
        communes: named(&snapshot.communes.codes, &communes),
        quartiers: snapshot
            .quartiers
            .codes
            .iter()
            .map(|c| {
                let (name, insee) = quartiers.get(c).cloned().unwrap_or_else(|| (c.clone(), String::new()));
                (c.clone(), name, insee)
            })
            .collect(),
        landlords: named(&snapshot.landlords.codes, &landlords),
    };
    Ok((all, keys))
}

/// The latest attributions of the register the principal may see (the register page).
pub async fn latest(pool: &Pool, principal: &Principal, limit: i64) -> Result<Vec<RegisterRow>, sqlx::Error> {
    let mut q = Sql::new(crate::db::Backend::of(pool), 
        "SELECT a.reference, a.decided_on, c.name AS commune, COALESCE(q.name, '') AS quartier, l.name AS landlord, a.band, a.kind, \
         a.aci_situations, a.npru_site, a.mutation_status FROM attributions a JOIN communes c ON c.insee_code = a.insee_code \
         JOIN landlords l ON l.id = a.landlord_id LEFT JOIN quartiers q ON q.id = a.quartier_id WHERE 1 = 1",
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
