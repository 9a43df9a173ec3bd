//! RPLS dwelling-level files (one line per dwelling: `PLG_IRIS`, `NBPIECE`, `FINAN`,
//! `LOYERPRINC`, `SURFHAB`…) aggregated into the `stock` shape: units per quartier × landlord ×
//! typology × financing, with the median rent per m². The result goes through the ordinary stock
//! import, so it is checked, upserted and recorded the same way.

use super::{decimal, lookups, read_error, reader, LineError, Problem, MAX_ERRORS};
use crate::db::Pool;
use std::collections::{BTreeMap, HashMap};

#[derive(serde::Deserialize)]
struct FinanRules {
    codes: HashMap<String, String>,
}

/// FINAN code → financing, from the versioned `rules/rpls-finan.json`.
fn financing(code: &str) -> Option<String> {
    static RULES: std::sync::OnceLock<HashMap<String, String>> = std::sync::OnceLock::new();
    RULES
        .get_or_init(|| {
            // Part of the source tree, checked by a unit test.
            serde_json::from_str::<FinanRules>(include_str!("../../../rules/rpls-finan.json"))
                .map(|r| r.codes)
                .unwrap_or_default()
        })
        .get(code.trim())
        .cloned()
}

/// Rooms → typology (T1 … T5+).
fn typology(rooms: i64) -> &'static str {
    match rooms {
        1 => "T1",
        2 => "T2",
        3 => "T3",
        4 => "T4",
        _ => "T5+",
    }
}

#[derive(Default)]
struct Group {
    units: i64,
    vacant: i64,
    let_in_year: i64,
    rents_cents_m2: Vec<i64>,
}

fn median(mut v: Vec<i64>) -> Option<i64> {
    if v.is_empty() {
        return None;
    }
    v.sort_unstable();
    let n = v.len();
    Some(if n % 2 == 1 { v[n / 2] } else { (v[n / 2 - 1] + v[n / 2] + 1) / 2 })
}

fn flag(s: &str) -> bool {
    matches!(s.trim().to_lowercase().as_str(), "1" | "oui" | "o" | "true" | "yes")
}

/// The RPLS file as a stock file, or the problems of its lines (numbered as in the RPLS file).
pub async fn to_stock_csv(pool: &Pool, bytes: &[u8], landlord: Option<&str>) -> Result<Result<Vec<u8>, Vec<LineError>>, sqlx::Error> {
    let table = match reader::read(bytes) {
        Ok(t) => t,
        Err(e) => return Ok(Err(vec![read_error(e)])),
    };
    let missing = |name: &str| LineError { line: 1, column: Some(name.to_owned()), value: None, problem: Problem::MissingColumn };
    let mut errors = vec![];
    let mut required = HashMap::new();
    for name in ["PLG_IRIS", "NBPIECE", "FINAN", "LOYERPRINC", "SURFHAB"] {
        match table.column(name) {
            Some(i) => {
                required.insert(name, i);
            }
            None => errors.push(missing(name)),
        }
    }
    let landlord_col = table.column("landlord_id").or_else(|| table.column("bailleur"));
    if landlord_col.is_none() && landlord.is_none() {
        errors.push(missing("landlord_id"));
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let vacant_col = table.column("vacant");
    let let_col = table.column("loue_annee").or_else(|| table.column("let_in_year"));
    let lk = lookups(pool).await?;
    let iris: HashMap<String, String> = sqlx::query_as::<_, (String, String)>("SELECT iris_code, quartier_id FROM quartier_iris")
        .fetch_all(pool)
        .await?
        .into_iter()
        .collect();
    let mut groups: BTreeMap<(String, String, &'static str, String), Group> = BTreeMap::new();
    for row in &table.rows {
        let field = |name: &str| row.fields[required[name]].trim();
        let mut fail = |column: &str, value: &str, problem: Problem| {
            if errors.len() < MAX_ERRORS {
                errors.push(LineError { line: row.line, column: Some(column.to_owned()), value: Some(value.to_owned()), problem });
            }
        };
        let quartier = iris.get(field("PLG_IRIS"));
        if quartier.is_none() {
            fail("PLG_IRIS", field("PLG_IRIS"), Problem::UnmappedIris);
        }
        let owner = landlord_col.map(|i| row.fields[i].trim()).or(landlord).unwrap_or("");
        if !lk.landlords.contains(owner) {
            fail("landlord_id", owner, Problem::UnknownLandlord);
        }
        let rooms = match field("NBPIECE").parse::<i64>() {
            Ok(n) if n >= 1 => Some(n),
            Ok(_) => {
                fail("NBPIECE", field("NBPIECE"), Problem::NotPositive);
                None
            }
            Err(_) => {
                fail("NBPIECE", field("NBPIECE"), Problem::NotACount);
                None
            }
        };
        let fin = financing(field("FINAN"));
        if fin.is_none() {
            fail("FINAN", field("FINAN"), Problem::UnknownFinancing);
        }
        let rent = decimal(field("LOYERPRINC"), 100);
        if rent.is_none() {
            fail("LOYERPRINC", field("LOYERPRINC"), Problem::BadDecimal);
        }
        let surface = match decimal(field("SURFHAB"), 100) {
            Some(s) if s > 0 => Some(s),
            Some(_) => {
                fail("SURFHAB", field("SURFHAB"), Problem::NotPositive);
                None
            }
            None => {
                fail("SURFHAB", field("SURFHAB"), Problem::BadDecimal);
                None
            }
        };
        if let (Some(q), Some(rooms), Some(fin), Some(rent), Some(surface)) = (quartier, rooms, fin, rent, surface) {
            let g = groups.entry((q.clone(), owner.to_owned(), typology(rooms), fin)).or_default();
            g.units += 1;
            g.vacant += i64::from(vacant_col.is_some_and(|i| flag(&row.fields[i])));
            g.let_in_year += i64::from(let_col.is_some_and(|i| flag(&row.fields[i])));
            // cents per m²: rent (cents) ÷ surface (hundredths of m²) × 100
            g.rents_cents_m2.push((rent * 100 + surface / 2) / surface);
        }
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let mut out = String::from("quartier_id;landlord_id;typology;financing;units;vacant_units;let_in_year;median_rent_m2\n");
    for ((q, l, t, f), g) in groups {
        let m = median(g.rents_cents_m2).map(|c| format!("{},{:02}", c / 100, c % 100)).unwrap_or_default();
        out.push_str(&format!("{q};{l};{t};{f};{};{};{};{m}\n", g.units, g.vacant, g.let_in_year));
    }
    Ok(Ok(out.into_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finan_rules_load() {
        assert_eq!(financing("52").as_deref(), Some("PLAI"));
        assert_eq!(financing("50").as_deref(), Some("PLUS"));
        assert_eq!(financing("53").as_deref(), Some("PLS"));
        assert_eq!(financing("10").as_deref(), Some("other"));
        assert_eq!(financing("x"), None);
    }

    #[test]
    fn medians() {
        assert_eq!(median(vec![3, 1, 2]), Some(2));
        assert_eq!(median(vec![4, 1, 2, 3]), Some(3)); // (2 + 3) / 2 rounded half-up
        assert_eq!(median(vec![]), None);
        assert_eq!(typology(7), "T5+");
    }
}
