//! A demonstration attribution register drawn from the demo stock: about 12 000 attributions a
//! year since 2022, in the stock's quartiers, landlords and typologies; fragile quartiers skewed
//! toward low bands as in the CIET's 2014 table, drifting slowly toward the objectives.

use crate::db::Pool;
use crate::demo::Rng;
use app::domain::band::{self, Band};
use app::domain::date::Date;
use app::domain::household::Household;
use app::domain::money::Cents;
use app::domain::rules::Rules;
use crate::db::Sql;

pub const FIRST_DAY: &str = "2022-01-01";
pub const PER_YEAR: u64 = 12_000;

/// Band shares in % (very modest, modest, intermediate, higher) by quartier class: the CIET's
/// 2014 table, and where the demo drifts to by its last year.
const SHARES_2014: [(&str, [u64; 4], [u64; 4]); 3] = [
    ("fragile", [32, 33, 19, 16], [26, 27, 25, 22]),
    ("moyenne", [21, 32, 22, 25], [24, 31, 22, 23]),
    ("sans", [15, 28, 22, 35], [20, 30, 22, 28]),
];

const CONTINGENTS: [(&str, u64); 4] = [("prefectoral", 25), ("mel_commune", 20), ("action_logement", 25), ("bailleur", 30)];
const SITUATIONS: [&str; 8] = [
    "sans_logement",
    "sortie_hebergement",
    "suroccupation_extreme",
    "non_decent",
    "perte_logement",
    "handicap",
    "jeune_precaire",
    "precarite_insertion",
];

struct StockLine {
    quartier: String,
    insee: String,
    landlord: String,
    typology: String,
    financing: String,
    quartier_class: Option<String>,
    commune_class: Option<String>,
    units: u64,
}

/// One generated attribution, in the columns of the table.
struct Row {
    reference: String,
    decided_on: String,
    line: usize,
    adults: i64,
    dependants: i64,
    resources_cents: Option<i64>,
    band: Option<&'static str>,
    kind: &'static str,
    aci: bool,
    situations: Option<String>,
    npru_site: Option<String>,
    mutation_status: Option<&'static str>,
    contingent: &'static str,
}

fn pick<T: Copy>(rng: &mut Rng, weighted: &[(T, u64)]) -> T {
    let total: u64 = weighted.iter().map(|w| w.1).sum();
    let mut x = rng.range(0, total.max(1) - 1);
    for (v, w) in weighted {
        if x < *w {
            return *v;
        }
        x -= w;
    }
    weighted[0].0
}

/// Resources in cents that fall in `band` for a household whose PLUS ceiling is `plus`.
fn resources_in(rng: &mut Rng, b: Band, plus: i64) -> i64 {
    let rule = &Rules::embedded().ciet_band;
    let t = band::thresholds(plus, rule);
    let (lo, hi) = match b {
        Band::TresModeste => (t.p40 * 30, t.p40 * 100 - 200),
        Band::Modeste => (t.p40 * 100 + 200, t.p60 * 100 - 200),
        Band::Intermediaire => (t.p60 * 100 + 200, t.p80 * 100 - 200),
        Band::Superieur => (t.p80 * 100 + 200, t.p80 * 170),
    };
    rng.range(lo.max(0) as u64, hi.max(lo) as u64) as i64
}

/// Writes the demo register unless the table has rows or there is no demo stock. Returns
/// whether it wrote anything.
pub async fn load_if_empty(pool: &Pool, seed: u64, until: Date) -> Result<bool, sqlx::Error> {
    let present: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM attributions").fetch_one(pool).await?;
    if present > 0 {
        return Ok(false);
    }
    let first = Date::parse(FIRST_DAY).unwrap_or(until);
    Ok(generate(pool, seed, first, until, PER_YEAR, true).await? > 0)
}

/// Writes `per_year` attributions a year from `first` to `until` drawn from the demo stock (the
/// benchmark asks for millions); returns how many. `if_empty`: only into an empty register
/// (looked at again under the loads' lock: instances starting together load it once).
pub async fn generate(pool: &Pool, seed: u64, first: Date, until: Date, per_year: u64, if_empty: bool) -> Result<usize, sqlx::Error> {
    let lines: Vec<StockLine> = sqlx::query_as::<_, (String, String, String, String, String, Option<String>, Option<String>, i64)>(
        "SELECT s.quartier_id, q.insee_code, s.landlord_id, s.typology, s.financing, \
         (SELECT class FROM quartier_fragility f WHERE f.quartier_id = q.id ORDER BY valid_from DESC LIMIT 1), \
         (SELECT class FROM commune_fragility f WHERE f.insee_code = q.insee_code ORDER BY valid_from DESC LIMIT 1), s.units \
         FROM stock s JOIN quartiers q ON q.id = s.quartier_id JOIN datasets d ON d.id = s.dataset_id \
         WHERE d.is_demo = 1 AND s.units > 0 ORDER BY s.id",
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| StockLine { quartier: r.0, insee: r.1, landlord: r.2, typology: r.3, financing: r.4, quartier_class: r.5, commune_class: r.6, units: r.7 as u64 })
    .collect();
    if lines.is_empty() {
        return Ok(0);
    }
    let npru_sites: Vec<String> = sqlx::query_scalar("SELECT npru_site FROM quartiers WHERE npru_site IS NOT NULL ORDER BY id").fetch_all(pool).await?;
    let cumulative: Vec<u64> = lines.iter().scan(0, |acc, l| {
        *acc += l.units;
        Some(*acc)
    }).collect();
    let total_units = *cumulative.last().unwrap_or(&1);
    let mut rng = Rng::new(seed ^ 0xA77_1B07);
    let rules = Rules::embedded();
    let days = (until.to_days() - first.to_days() + 1).max(0) as u64;
    let count = days * per_year / 365;
    let span = (until.year - first.year).max(1) as u64;
    let mut rows = Vec::with_capacity(count as usize);
    for n in 0..count {
        let day = first.add_days(rng.range(0, days.max(1) - 1) as i64);
        let x = rng.range(0, total_units - 1);
        let line = cumulative.partition_point(|c| *c <= x);
        let l = &lines[line];
        // Household: bigger for bigger dwellings.
        let size = match l.typology.as_str() {
            "T1" => 1,
            "T2" => rng.range(1, 2),
            "T3" => rng.range(2, 4),
            "T4" => rng.range(3, 5),
            _ => rng.range(4, 7),
        } as i64;
        let adults = if size == 1 { 1 } else { rng.range(1, 2) as i64 };
        let dependants = size - adults;
        let household = Household { adults: adults as u32, dependants: dependants as u32, disabled_persons: 0, couple_ages: None, jeune_menage_stated: false };
        let cat = household.category();
        let plus = rules.ceiling_year(day.year).map(|c| c.plus.amount(cat.category, cat.extra_persons));
        let class = l.quartier_class.as_deref().unwrap_or("sans");
        let (_, from, to) = SHARES_2014.iter().find(|s| s.0 == class).copied().unwrap_or(SHARES_2014[2]);
        // Linear drift from the 2014 shares to the last year's.
        let t = (day.year - first.year).max(0) as u64;
        let weights: Vec<(Band, u64)> =
            Band::ALL.into_iter().enumerate().map(|(i, b)| (b, from[i] * (span - t.min(span)) + to[i] * t.min(span))).collect();
        let wanted = pick(&mut rng, &weights);
        // About 3 % of records come without resources: their band is unknown.
        let (resources_cents, band) = match plus {
            Some(plus) if rng.range(0, 99) >= 3 => {
                let cents = resources_in(&mut rng, wanted, plus);
                (Some(cents), Some(band::band(Cents(cents), plus, &rules.ciet_band).id()))
            }
            _ => (None, None),
        };
        let first_access = rng.range(0, 99) < 74;
        let aci = if first_access { rng.range(0, 99) < 44 } else { rng.range(0, 99) < 10 };
        let situations = aci.then(|| {
            let mut s = vec![SITUATIONS[rng.range(0, 7) as usize]];
            if rng.range(0, 3) == 0 {
                let other = SITUATIONS[rng.range(0, 7) as usize];
                if !s.contains(&other) {
                    s.push(other);
                }
            }
            s.sort_unstable();
            s.join("|")
        });
        let npru_site = (!npru_sites.is_empty() && rng.range(0, 999) < 42).then(|| npru_sites[rng.range(0, npru_sites.len() as u64 - 1) as usize].clone());
        let mutation_status = (!first_access)
            .then(|| match rng.range(0, 99) {
                0..=7 => Some("complexe"),
                8..=9 => Some("bloquee"),
                _ => None,
            })
            .flatten();
        rows.push(Row {
            reference: format!("DEMO-{}-{:07}", day.year, n + 1),
            decided_on: day.to_string(),
            line,
            adults,
            dependants,
            resources_cents,
            band,
            kind: if first_access { "first_access" } else { "mutation" },
            aci,
            situations,
            npru_site,
            mutation_status,
            contingent: pick(&mut rng, &CONTINGENTS),
        });
    }
    let mut tx = crate::db::begin_alone(pool).await?;
    if if_empty && sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM attributions").fetch_one(&mut *tx).await? > 0 {
        return Ok(0);
    }
    let dataset_id: i64 = sqlx::query_scalar(
        "INSERT INTO datasets (kind, source, as_of, is_demo) VALUES ('attributions', $1, $2, 1) RETURNING id",
    )
    .bind(crate::demo::SOURCE.replace("{seed}", &seed.to_string()))
    .bind(until.to_string())
    .fetch_one(&mut *tx)
    .await?;
    // 21 columns × 400 rows stays under SQLite's 32 766 parameters.
    for chunk in rows.chunks(400) {
        let mut q = Sql::new(crate::db::Backend::of(pool), 
            "INSERT INTO attributions (reference, decided_on, insee_code, quartier_id, landlord_id, typology, financing, \
             adults, dependants, disabled_persons, monthly_resources_cents, band, kind, aci, aci_situations, npru_site, \
             mutation_status, contingent, quartier_fragility, commune_fragility, dataset_id) ",
        );
        q.push_values(chunk, |b, r| {
            let l = &lines[r.line];
            b.push_bind(&r.reference)
                .push_bind(&r.decided_on)
                .push_bind(&l.insee)
                .push_bind(&l.quartier)
                .push_bind(&l.landlord)
                .push_bind(&l.typology)
                .push_bind(&l.financing)
                .push_bind(r.adults)
                .push_bind(r.dependants)
                .push_bind(0i64)
                .push_bind(r.resources_cents)
                .push_bind(r.band)
                .push_bind(r.kind)
                .push_bind(i64::from(r.aci))
                .push_bind(&r.situations)
                .push_bind(&r.npru_site)
                .push_bind(r.mutation_status)
                .push_bind(r.contingent)
                .push_bind(&l.quartier_class)
                .push_bind(&l.commune_class)
                .push_bind(dataset_id);
        });
        q.build().execute(&mut *tx).await?;
    }
    tx.commit().await?;
    tracing::info!(attributions = rows.len(), "demo attribution register loaded");
    Ok(rows.len())
}
