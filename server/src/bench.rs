//! `equilibre bench-quota`: the quota engine over millions of attributions, every scope at once —
//! first the engine alone on records in memory, then with the database read (a fresh SQLite
//! file filled from the demo stock). One thread: the figures are those of one core.

use crate::demo::Rng;
use app::domain::band::Band;
use app::domain::bilan::{AllScopes, Bilan, Facts, Period, Record, Remaining, Scope};
use app::domain::quota::{Fragility, Ruleset};
use std::time::{Duration, Instant};

const COMMUNES: u32 = 95;
const QUARTIERS: u32 = 605;
const LANDLORDS: u32 = 15;

/// Records with the metropole's proportions of keys and facts.
pub fn records(n: usize, seed: u64) -> Vec<Record> {
    let mut rng = Rng::new(seed);
    (0..n)
        .map(|_| {
            let quartier = rng.range(0, u64::from(QUARTIERS) - 1) as u32;
            let class = Fragility::ALL[(quartier % 3) as usize];
            let first_access = rng.range(0, 99) < 74;
            Record {
                commune: quartier * COMMUNES / QUARTIERS,
                quartier: Some(quartier),
                landlord: rng.range(0, u64::from(LANDLORDS) - 1) as u32,
                commune_class: Some(Fragility::ALL[(quartier % 2) as usize]),
                facts: Facts {
                    band: Band::ALL.get(rng.range(0, 32) as usize / 8).copied(),
                    first_access,
                    aci: rng.range(0, 99) < 40,
                    npru: rng.range(0, 99) < 4,
                    mutation_complexe: !first_access && rng.range(0, 9) == 0,
                    quartier_class: Some(class),
                },
            }
        })
        .collect()
}

/// Every scope's bilan from the sums: how many bilans were computed.
pub fn every_bilan(rs: &Ruleset, period: Period, all: &AllScopes) -> usize {
    let mut n = 0;
    let mut one = |scope: Scope, acc| {
        let b = Bilan::compute(rs, period, &scope, acc, Remaining::Closed);
        std::hint::black_box(b);
        n += 1;
    };
    one(Scope::Metropole, &all.metropole);
    for (i, a) in all.communes.iter().enumerate() {
        one(Scope::Commune(i.to_string()), a);
    }
    for (i, a) in all.quartiers.iter().enumerate() {
        one(Scope::Quartier(i.to_string()), a);
    }
    for (i, a) in all.landlords.iter().enumerate() {
        one(Scope::Landlord(i.to_string()), a);
    }
    for f in Fragility::ALL {
        one(Scope::QuartierFragility(f), &all.quartier_classes[f.index()]);
        one(Scope::CommuneFragility(f), &all.commune_classes[f.index()]);
    }
    n
}

/// The engine alone: sums of every scope over `records`, then every bilan. Best of `runs`.
pub fn engine(records: &[Record], runs: usize) -> (Duration, usize) {
    let rs = &Ruleset::all()[0];
    let period = Period::Year(2026);
    let mut best = Duration::MAX;
    let mut scopes = 0;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        let mut all = AllScopes::new(COMMUNES as usize, QUARTIERS as usize, LANDLORDS as usize);
        for r in records {
            all.add(r, 1);
        }
        scopes = every_bilan(rs, period, &all);
        best = best.min(t.elapsed());
    }
    (best, scopes)
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

/// Runs the benchmark and prints its table; `with_database` adds the end-to-end figure.
pub async fn run(n: usize, with_database: bool) -> Result<(), String> {
    println!("quota engine benchmark — {n} attributions, every scope, one thread");
    let records = records(n, 42);
    let (t, scopes) = engine(&records, 3);
    println!("{:<52} {:>10}   target ≤ 1000 ms", format!("engine alone, {scopes} bilans (best of 3)"), ms(t));
    drop(records);
    if !with_database {
        return Ok(());
    }
    let dir = std::env::temp_dir().join(format!("equilibre-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let url = format!("sqlite://{}/bench.db", dir.display());
    let result = async {
        let pool = crate::db::connect(&url).await.map_err(|e| e.to_string())?;
        crate::db::migrate(&pool).await.map_err(|e| e.to_string())?;
        crate::reference::load_if_empty(&pool).await.map_err(|e| e.to_string())?;
        crate::demo::load_if_empty(&pool, 42).await.map_err(|e| e.to_string())?;
        let (first, until) = (app::domain::date::Date::new(2022, 1, 1), app::domain::date::Date::new(2026, 12, 31));
        let (Some(first), Some(until)) = (first, until) else { return Err("dates".to_owned()) };
        let days = (until.to_days() - first.to_days() + 1) as u64;
        let per_year = (n as u64 * 365).div_ceil(days);
        let t = Instant::now();
        let written = crate::register::demo::generate(&pool, 42, first, until, per_year, false).await.map_err(|e| e.to_string())?;
        println!("{:<52} {:>10}", format!("(loading {written} attributions into SQLite)"), ms(t.elapsed()));
        let admin = app::domain::access::Principal { user_id: 0, email: String::new(), name: String::new(), role: app::domain::access::Role::Admin, scope: vec![] };
        let rs = &Ruleset::all()[0];
        let period = Period::Custom { from: first, to: until };
        let register = crate::register::RegisterCache::default();
        let t = Instant::now();
        let snapshot = register.get(&pool).await.map_err(|e| e.to_string())?;
        println!("{:<52} {:>10}", format!("register read into memory ({} lines; once per instance)", snapshot.len()), ms(t.elapsed()));
        let mut best = Duration::MAX;
        let mut scopes = 0;
        for _ in 0..3 {
            let t = Instant::now();
            let (all, _) = crate::register::all_scopes(&pool, &register, &admin, first, until).await.map_err(|e| e.to_string())?;
            scopes = every_bilan(rs, period, &all);
            best = best.min(t.elapsed());
        }
        println!("{:<52} {:>10}   target ≤ 1000 ms", format!("dashboard: {scopes} bilans, version check + engine"), ms(best));
        let t = Instant::now();
        let one = crate::register::bilan(&pool, &register, Period::Year(2026), &Scope::Metropole, None, crate::http::today()).await.map_err(|e| e.to_string())?;
        println!("{:<52} {:>10}   target ≤ 1000 ms", "one bilan (metropole, 2026) as the API computes it", ms(t.elapsed()));
        let t = Instant::now();
        sqlx::query("INSERT INTO datasets (kind, source, as_of) VALUES ('attributions', 'bench', '2026-12-31')").execute(&pool).await.map_err(|e| e.to_string())?;
        let _ = register.get(&pool).await.map_err(|e| e.to_string())?;
        println!("{:<52} {:>10}", "catching up with a new data version (no new line)", ms(t.elapsed()));
        std::hint::black_box(one);
        Ok(())
    }
    .await;
    let _ = std::fs::remove_dir_all(&dir);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scope_is_computed_and_the_sums_hold() {
        let r = records(1000, 1);
        let (_, scopes) = engine(&r, 1);
        assert_eq!(scopes, 1 + COMMUNES as usize + QUARTIERS as usize + LANDLORDS as usize + 6);
        let mut all = AllScopes::new(0, 0, 0);
        for x in &r {
            all.add(x, 1);
        }
        assert_eq!(all.metropole.all.total(), 1000);
    }
}
