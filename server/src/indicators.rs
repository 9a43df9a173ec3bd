//! Reading the offer and demand indicators (SQL lives here; pages and the API share it).

use crate::db::Pool;
use app::api::indicators::{
    ratio_tenths, CommuneDetail, CommuneList, CommuneSummary, DemandCut, QuartierDetail, QuartierRow, SourceInfo, StockCut,
};

/// `YYYY-MM` moved back by `months`.
fn month_back(month: &str, months: i32) -> String {
    let y: i32 = month.get(..4).and_then(|s| s.parse().ok()).unwrap_or(2000);
    let m: i32 = month.get(5..7).and_then(|s| s.parse().ok()).unwrap_or(1);
    let idx = y * 12 + (m - 1) - months;
    format!("{:04}-{:02}", idx.div_euclid(12), idx.rem_euclid(12) + 1)
}

fn months(tenths: Option<i64>) -> Option<f64> {
    tenths.map(|t| t as f64 / 10.0)
}

/// The latest month of demand statistics, and the first of the 12 months ending there.
async fn period(pool: &Pool) -> Result<Option<(String, String)>, sqlx::Error> {
    let latest: Option<String> = sqlx::query_scalar("SELECT MAX(month) FROM demand_stats").fetch_one(pool).await?;
    Ok(latest.map(|m| {
        let from = month_back(&m, 11);
        (m, from)
    }))
}

const FRAGILITY_NOW: &str = "(SELECT class FROM commune_fragility f WHERE f.insee_code = c.insee_code \
     AND f.valid_from <= $1 AND (f.valid_to IS NULL OR f.valid_to >= $1) ORDER BY f.valid_from DESC LIMIT 1)";

/// Every commune, for a typology (`all` or T1 … T5+).
pub async fn communes(pool: &Pool, typology: &str, today: &str) -> Result<CommuneList, sqlx::Error> {
    let period = period(pool).await?;
    let (latest, from) = period.clone().unwrap_or_default();
    let sql = format!(
        "SELECT c.insee_code, c.name, c.population, {FRAGILITY_NOW},
            COALESCE((SELECT SUM(s.units) FROM stock s JOIN quartiers q ON q.id = s.quartier_id WHERE q.insee_code = c.insee_code), 0),
            COALESCE((SELECT SUM(s.units) FROM stock s JOIN quartiers q ON q.id = s.quartier_id WHERE q.insee_code = c.insee_code AND q.is_qpv = 1), 0),
            COALESCE((SELECT d.pending_first_access + d.pending_mutation FROM demand_stats d WHERE d.insee_code = c.insee_code
                AND d.quartier_id IS NULL AND d.typology = $2 AND d.month = $3), 0),
            COALESCE((SELECT SUM(d.attributions) FROM demand_stats d WHERE d.insee_code = c.insee_code
                AND d.quartier_id IS NULL AND d.typology = $2 AND d.month >= $4 AND d.month <= $3), 0),
            (SELECT d.wait_median_tenths FROM demand_stats d WHERE d.insee_code = c.insee_code
                AND d.quartier_id IS NULL AND d.typology = $2 AND d.month = $3)
         FROM communes c ORDER BY c.name"
    );
    let rows: Vec<(String, String, i64, Option<String>, i64, i64, i64, i64, Option<i64>)> =
        sqlx::query_as(&sql).bind(today).bind(typology).bind(&latest).bind(&from).fetch_all(pool).await?;
    let communes = rows
        .into_iter()
        .map(|(insee_code, name, population, fragility, units, units_in_qpv, pending, attributions_12m, wait)| CommuneSummary {
            insee_code,
            name,
            population,
            fragility,
            units,
            units_in_qpv,
            pending,
            attributions_12m,
            pressure: ratio_tenths(pending, attributions_12m),
            wait_median_months: months(wait),
        })
        .collect();
    let sources = sources(
        pool,
        "SELECT dataset_id FROM stock UNION SELECT dataset_id FROM demand_stats UNION SELECT dataset_id FROM communes",
        None,
    )
    .await?;
    Ok(CommuneList { month: period.map(|p| p.0), typology: typology.to_owned(), communes, sources })
}

async fn sources(pool: &Pool, ids_sql: &str, insee: Option<&str>) -> Result<Vec<SourceInfo>, sqlx::Error> {
    let sql = format!("SELECT DISTINCT source, as_of, is_demo FROM datasets WHERE id IN ({ids_sql}) ORDER BY as_of DESC, source");
    let mut q = sqlx::query_as::<_, (String, String, crate::db::Flag)>(&sql);
    if let Some(code) = insee {
        q = q.bind(code);
    }
    Ok(q.fetch_all(pool).await?.into_iter().map(|(source, as_of, is_demo)| SourceInfo { source, as_of, is_demo: is_demo.0 }).collect())
}

/// Where a cut is taken: a commune, or one quartier.
#[derive(Clone, Copy)]
enum Scope<'a> {
    Commune(&'a str),
    Quartier(&'a str),
}

impl Scope<'_> {
    fn stock_filter(self) -> (&'static str, String) {
        match self {
            Scope::Commune(c) => ("q.insee_code = $1", c.to_owned()),
            Scope::Quartier(q) => ("s.quartier_id = $1", q.to_owned()),
        }
    }
}

async fn stock_cut(pool: &Pool, scope: Scope<'_>, column: &str, label_sql: &str) -> Result<Vec<StockCut>, sqlx::Error> {
    let (filter, value) = scope.stock_filter();
    let sql = format!(
        "SELECT s.{column}, {label_sql}, SUM(s.units), SUM(s.vacant_units), SUM(s.let_in_year)
         FROM stock s JOIN quartiers q ON q.id = s.quartier_id
         WHERE {filter} GROUP BY s.{column} ORDER BY s.{column}"
    );
    let rows: Vec<(String, String, i64, i64, i64)> = sqlx::query_as(&sql).bind(value).fetch_all(pool).await?;
    Ok(rows
        .into_iter()
        .map(|(key, label, units, vacant_units, let_in_year)| StockCut { key, label, units, vacant_units, let_in_year })
        .collect())
}

/// Stock by typology, by financing (PLAI, PLUS, PLS, other) and by landlord (largest first).
async fn stock_cuts(pool: &Pool, scope: Scope<'_>) -> Result<(Vec<StockCut>, Vec<StockCut>, Vec<StockCut>), sqlx::Error> {
    let by_typology = stock_cut(pool, scope, "typology", "s.typology").await?;
    let mut by_financing = stock_cut(pool, scope, "financing", "s.financing").await?;
    let order = ["PLAI", "PLUS", "PLS", "other"];
    by_financing.sort_by_key(|c| order.iter().position(|o| *o == c.key).unwrap_or(order.len()));
    let mut by_landlord = stock_cut(pool, scope, "landlord_id", "(SELECT name FROM landlords l WHERE l.id = s.landlord_id)").await?;
    by_landlord.sort_by_key(|c| std::cmp::Reverse(c.units));
    Ok((by_typology, by_financing, by_landlord))
}

/// Demand by typology at the latest month, with attributions over 12 months, for a commune
/// (`quartier` None) or one of its quartiers.
async fn demand_cuts(pool: &Pool, insee: &str, quartier: Option<&str>, from: &str, latest: &str) -> Result<Vec<DemandCut>, sqlx::Error> {
    let demand: Vec<(String, i64, i64, i64, Option<i64>, Option<i64>)> = sqlx::query_as(
        "SELECT d.typology, d.pending_first_access, d.pending_mutation,
            (SELECT SUM(a.attributions) FROM demand_stats a WHERE a.insee_code = d.insee_code
                AND a.quartier_id IS NOT DISTINCT FROM d.quartier_id AND a.typology = d.typology AND a.month >= $2 AND a.month <= $3),
            d.wait_median_tenths, d.wait_p75_tenths
         FROM demand_stats d WHERE d.insee_code = $1 AND d.quartier_id IS NOT DISTINCT FROM $4 AND d.month = $3
         ORDER BY CASE d.typology WHEN 'all' THEN 1 ELSE 0 END, d.typology",
    )
    .bind(insee)
    .bind(from)
    .bind(latest)
    .bind(quartier)
    .fetch_all(pool)
    .await?;
    Ok(demand
        .into_iter()
        .map(|(typology, fa, mu, attributions_12m, median, p75)| DemandCut {
            typology,
            pending_first_access: fa,
            pending_mutation: mu,
            attributions_12m,
            pressure: ratio_tenths(fa + mu, attributions_12m),
            wait_median_months: months(median),
            wait_p75_months: months(p75),
        })
        .collect())
}

/// One commune's figures; `None` for a code that is not a MEL commune.
pub async fn commune(pool: &Pool, insee: &str, today: &str) -> Result<Option<CommuneDetail>, sqlx::Error> {
    let Some(summary) = communes(pool, "all", today).await?.communes.into_iter().find(|c| c.insee_code == insee) else {
        return Ok(None);
    };
    let period = period(pool).await?;
    let (latest, from) = period.clone().unwrap_or_default();
    let (stock_by_typology, stock_by_financing, stock_by_landlord) = stock_cuts(pool, Scope::Commune(insee)).await?;
    let demand_by_typology = demand_cuts(pool, insee, None, &from, &latest).await?;

    let quartiers: Vec<(String, String, i64, Option<String>, crate::db::Flag, Option<String>, Option<String>, i64)> = sqlx::query_as(
        "SELECT q.id, q.name, q.population,
            (SELECT class FROM quartier_fragility f WHERE f.quartier_id = q.id AND f.valid_from <= $2
                AND (f.valid_to IS NULL OR f.valid_to >= $2) ORDER BY f.valid_from DESC LIMIT 1),
            q.is_qpv, q.qpv_name, q.npru_site,
            COALESCE((SELECT SUM(s.units) FROM stock s WHERE s.quartier_id = q.id), 0)
         FROM quartiers q WHERE q.insee_code = $1 ORDER BY q.name",
    )
    .bind(insee)
    .bind(today)
    .fetch_all(pool)
    .await?;
    let quartiers = quartiers
        .into_iter()
        .map(|(id, name, population, fragility, is_qpv, qpv_name, npru_site, units)| QuartierRow {
            id,
            name,
            population,
            fragility,
            is_qpv: is_qpv.0,
            qpv_name,
            npru_site,
            units,
        })
        .collect();
    let sources = sources(
        pool,
        "SELECT s.dataset_id FROM stock s JOIN quartiers q ON q.id = s.quartier_id WHERE q.insee_code = $1
         UNION SELECT dataset_id FROM demand_stats WHERE insee_code = $1
         UNION SELECT dataset_id FROM quartiers WHERE insee_code = $1
         UNION SELECT dataset_id FROM communes WHERE insee_code = $1",
        Some(insee),
    )
    .await?;
    Ok(Some(CommuneDetail {
        commune: summary,
        month: period.map(|p| p.0),
        stock_by_typology,
        stock_by_financing,
        stock_by_landlord,
        demand_by_typology,
        quartiers,
        sources,
    }))
}

/// One quartier's figures; `None` for an unknown id.
pub async fn quartier(pool: &Pool, id: &str, today: &str) -> Result<Option<QuartierDetail>, sqlx::Error> {
    let row: Option<(String, String, i64, Option<String>, crate::db::Flag, Option<String>, Option<String>, i64, String, String)> = sqlx::query_as(
        "SELECT q.id, q.name, q.population,
            (SELECT class FROM quartier_fragility f WHERE f.quartier_id = q.id AND f.valid_from <= $2
                AND (f.valid_to IS NULL OR f.valid_to >= $2) ORDER BY f.valid_from DESC LIMIT 1),
            q.is_qpv, q.qpv_name, q.npru_site,
            COALESCE((SELECT SUM(s.units) FROM stock s WHERE s.quartier_id = q.id), 0),
            q.insee_code, c.name
         FROM quartiers q JOIN communes c ON c.insee_code = q.insee_code WHERE q.id = $1",
    )
    .bind(id)
    .bind(today)
    .fetch_optional(pool)
    .await?;
    let Some((id, name, population, fragility, is_qpv, qpv_name, npru_site, units, insee_code, commune_name)) = row else {
        return Ok(None);
    };
    let (latest, from) = period(pool).await?.unwrap_or_default();
    let (stock_by_typology, stock_by_financing, stock_by_landlord) = stock_cuts(pool, Scope::Quartier(&id)).await?;
    let own = demand_cuts(pool, &insee_code, Some(&id), &from, &latest).await?;
    let (demand_by_typology, demand_scope) = if own.is_empty() {
        (demand_cuts(pool, &insee_code, None, &from, &latest).await?, "commune".to_owned())
    } else {
        (own, "quartier".to_owned())
    };
    let favoured = fragility
        .as_deref()
        .and_then(app::domain::quota::Fragility::parse)
        .and_then(|f| app::domain::bilan::favoured_bands(f, app::domain::date::Date::parse(today)?));
    let (favoured_bands, objectives) = match favoured {
        Some((bands, rs)) => (bands.into_iter().map(|b| b.id().to_owned()).collect(), Some(rs)),
        None => (vec![], None),
    };
    let sources = sources(
        pool,
        "SELECT dataset_id FROM stock WHERE quartier_id = $1
         UNION SELECT dataset_id FROM quartiers WHERE id = $1
         UNION SELECT dataset_id FROM quartier_fragility WHERE quartier_id = $1
         UNION SELECT d.dataset_id FROM demand_stats d JOIN quartiers q ON q.insee_code = d.insee_code WHERE q.id = $1",
        Some(&id),
    )
    .await?;
    Ok(Some(QuartierDetail {
        quartier: QuartierRow { id, name, population, fragility, is_qpv: is_qpv.0, qpv_name, npru_site, units },
        insee_code,
        commune_name,
        favoured_bands,
        objectives,
        month: (!latest.is_empty()).then_some(latest),
        stock_by_typology,
        stock_by_financing,
        stock_by_landlord,
        demand_by_typology,
        demand_scope,
        sources,
    }))
}

#[cfg(test)]
mod tests {
    #[test]
    fn months_back() {
        assert_eq!(super::month_back("2026-10", 11), "2025-11");
        assert_eq!(super::month_back("2026-01", 1), "2025-12");
    }
}

/// A commune's monthly series (month, pending first access, pending mutations, attributions),
/// all typologies, for staff. The principal's scope is part of the query: a commune outside it
/// reads as absent, whatever the caller checked before.
pub async fn monthly(
    pool: &Pool,
    principal: &app::domain::access::Principal,
    insee: &str,
) -> Result<Option<(String, Vec<(String, i64, i64, i64)>)>, sqlx::Error> {
    use app::domain::access::{Filter, Resource};
    let allowed = match principal.filter(Resource::Dashboards) {
        Filter::All => true,
        Filter::Only(keys) => keys.iter().any(|k| k == insee),
        Filter::Nothing => false,
    };
    if !allowed {
        return Ok(None);
    }
    let name: Option<String> = sqlx::query_scalar("SELECT name FROM communes WHERE insee_code = $1").bind(insee).fetch_optional(pool).await?;
    let Some(name) = name else { return Ok(None) };
    let rows = sqlx::query_as(
        "SELECT month, pending_first_access, pending_mutation, attributions FROM demand_stats \
         WHERE insee_code = $1 AND quartier_id IS NULL AND typology = 'all' ORDER BY month DESC",
    )
    .bind(insee)
    .fetch_all(pool)
    .await?;
    Ok(Some((name, rows)))
}
