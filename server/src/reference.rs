//! Reference data shipped with the portal, loaded into an empty database (`equilibre demo-data`,
//! and `serve` on first start). Later datasets (stock, demand, attributions) extend this.

use crate::db::Pool;

/// The 95 member communes of the MEL (EPCI SIREN 200093201), from `@etalab/decoupage-administratif` 6.0.0.
const COMMUNES_CSV: &str = include_str!("../../data/mel-communes.csv");
const COMMUNES_SOURCE: &str = "@etalab/decoupage-administratif 6.0.0 (EPCI 200093201)";
const COMMUNES_AS_OF: &str = "2025-01-01";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commune {
    pub insee_code: String,
    pub name: String,
    pub population: i64,
    pub postal_codes: String,
}

/// Parses the bundled communes file; a defect is caught by the unit test below.
pub fn communes() -> Result<Vec<Commune>, String> {
    let mut out = vec![];
    for (n, line) in COMMUNES_CSV.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split(',').collect();
        let [code, name, population, postal] = cols[..] else {
            return Err(format!("mel-communes.csv line {}: expected 4 columns", n + 1));
        };
        let population = population
            .parse()
            .map_err(|_| format!("mel-communes.csv line {}: bad population {population:?}", n + 1))?;
        out.push(Commune {
            insee_code: code.to_owned(),
            name: name.to_owned(),
            population,
            postal_codes: postal.to_owned(),
        });
    }
    Ok(out)
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("reference data: {0}")]
    Data(String),
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
}

/// Loads the reference data if the database has none; returns whether anything was loaded.
/// One transaction: a crash leaves either nothing or everything.
pub async fn load_if_empty(pool: &Pool) -> Result<bool, LoadError> {
    let communes = communes().map_err(LoadError::Data)?;
    // Looked at first without the write lock: a database that cannot be written still starts.
    let present: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM communes").fetch_one(pool).await?;
    if present > 0 {
        return Ok(false);
    }
    let mut tx = crate::db::begin_alone(pool).await?;
    let existing: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM communes").fetch_one(&mut *tx).await?;
    if existing > 0 {
        return Ok(false);
    }
    let dataset_id: i64 = sqlx::query_scalar(
        "INSERT INTO datasets (kind, source, as_of, is_demo) VALUES ('communes', $1, $2, 0) RETURNING id",
    )
    .bind(COMMUNES_SOURCE)
    .bind(COMMUNES_AS_OF)
    .fetch_one(&mut *tx)
    .await?;
    for c in &communes {
        sqlx::query("INSERT INTO communes (insee_code, name, population, postal_codes, dataset_id) VALUES ($1, $2, $3, $4, $5)")
            .bind(&c.insee_code)
            .bind(&c.name)
            .bind(c.population)
            .bind(&c.postal_codes)
            .bind(dataset_id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    tracing::info!(communes = communes.len(), "reference data loaded");
    Ok(true)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_95_communes_parse() {
        let c = super::communes().unwrap();
        assert_eq!(c.len(), 95);
        assert!(c.iter().all(|c| c.insee_code.len() == 5 && c.insee_code.starts_with("59")));
        let lille = c.iter().find(|c| c.insee_code == "59350").unwrap();
        assert_eq!(lille.name, "Lille");
        assert!(lille.population > 200_000);
    }
}
