//! The demonstration dataset: deterministic (seeded), with the magnitudes of the MEL
//! (≈ 130 000 social dwellings, 43 % in QPV, ≈ 54 000 pending demands, ≈ 12 000 attributions a
//! year). Every dataset it writes is flagged `is_demo`, so pages can say so.

use crate::reference::Commune;

/// The communes with QPV in the CIET (18).
const QPV_COMMUNES: [&str; 18] = [
    "59350", "59512", "59599", "59009", "59650", "59299", "59410", "59360", "59648", "59367", "59163", "59017",
    "59279", "59286", "59560", "59220", "59507", "59646",
];

/// NPRU sites (CIET art. 11.4; names from public sources, to verify): commune, site.
const NPRU_SITES: [(&str, &str); 9] = [
    ("59350", "Lille Secteur Sud"),
    ("59512", "Roubaix Blanc Seau"),
    ("59599", "Tourcoing La Bourgogne"),
    ("59410", "Mons-en-Barœul Nouveau Mons – Les Sarts – Dombrowski"),
    ("59360", "Loos Les Oliveaux"),
    ("59299", "Hem Lionderie – Trois Baudets"),
    ("59650", "Wattrelos Les Villas"),
    ("59648", "Wattignies Le Blanc Riez"),
    ("59350", "Lille Quartier des Aviateurs"),
];

/// The 15 landlords signing the CIET (rows of migration 0004): id, weight in the demo stock.
pub const LANDLORDS: [(&str, u64); 15] = [
    ("lmh", 30),
    ("vilogia", 22),
    ("partenord", 16),
    ("sia", 5),
    ("nord-artois", 5),
    ("notre-logis", 4),
    ("norevie", 4),
    ("logis-metropole", 3),
    ("habitat-du-nord", 3),
    ("srcj", 2),
    ("icf", 2),
    ("maisons-flamandes", 1),
    ("logifim", 1),
    ("habitat-62-59", 1),
    ("sa-hainaut", 1),
];

pub const TYPOLOGIES: [&str; 5] = ["T1", "T2", "T3", "T4", "T5+"];
pub const FINANCINGS: [&str; 4] = ["PLAI", "PLUS", "PLS", "other"];

pub const TARGET_UNITS: u64 = 130_000;
pub const TARGET_QPV_PERMILLE: u64 = 430;
pub const TARGET_PENDING: u64 = 54_000;
pub const TARGET_FIRST_ACCESS: u64 = 31_000;
pub const TARGET_ATTRIBUTIONS_PER_YEAR: u64 = 12_000;
/// The month the demo statistics run up to, and how many months they cover.
pub const AS_OF_MONTH: (i32, u32) = (2026, 10);
pub const MONTHS: u32 = 24;
pub const AS_OF: &str = "2026-10-31";
pub const SOURCE: &str = "Données de démonstration générées (graine {seed}) — ne décrivent pas la réalité";

/// SplitMix64: small, fast, and the same sequence on every platform.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi - lo + 1)
    }
    /// A factor in permille, uniform in `lo..=hi`.
    pub fn permille(&mut self, lo: u64, hi: u64) -> u64 {
        self.range(lo, hi)
    }
}

/// Splits `total` in proportion to `weights` (largest remainders): the parts add up exactly.
pub fn apportion(total: u64, weights: &[u64]) -> Vec<u64> {
    let sum: u64 = weights.iter().sum();
    if sum == 0 {
        return vec![0; weights.len()];
    }
    let mut parts: Vec<u64> = weights.iter().map(|w| (u128::from(total) * u128::from(*w) / u128::from(sum)) as u64).collect();
    let mut rest = total - parts.iter().sum::<u64>();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(u128::from(total) * u128::from(weights[i]) % u128::from(sum)), i));
    for i in order {
        if rest == 0 {
            break;
        }
        parts[i] += 1;
        rest -= 1;
    }
    parts
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quartier {
    pub id: String,
    pub name: String,
    pub insee_code: String,
    pub population: u64,
    pub is_qpv: bool,
    pub qpv_name: Option<String>,
    pub npru_site: Option<String>,
    pub fragility: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StockRow {
    pub quartier_id: String,
    pub landlord_id: &'static str,
    pub typology: &'static str,
    pub financing: &'static str,
    pub units: u64,
    pub vacant_units: u64,
    pub let_in_year: u64,
    pub median_rent_cents_m2: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemandRow {
    pub insee_code: String,
    pub typology: &'static str,
    pub month: String,
    pub pending_first_access: u64,
    pub pending_mutation: u64,
    pub attributions: u64,
    pub wait_median_tenths: u64,
    pub wait_p75_tenths: u64,
    pub wait_mean_tenths: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Demo {
    pub commune_fragility: Vec<(String, &'static str)>,
    pub quartiers: Vec<Quartier>,
    pub stock: Vec<StockRow>,
    pub demand: Vec<DemandRow>,
}

const QUARTIER_NAMES: [&str; 20] = [
    "Centre", "Gare", "Nord", "Sud", "Est", "Ouest", "Bourg", "Les Prés", "Le Moulin", "La Briqueterie",
    "Les Tilleuls", "Le Parc", "Les Jardins", "La Croix", "Le Marais", "Les Champs", "Le Fort", "La Plaine",
    "Les Bois", "Le Canal",
];

fn month_label(offset_back: u32) -> String {
    let (y, m) = AS_OF_MONTH;
    let idx = y * 12 + (m as i32 - 1) - offset_back as i32;
    format!("{:04}-{:02}", idx.div_euclid(12), idx.rem_euclid(12) + 1)
}

pub fn generate(seed: u64, communes: &[Commune]) -> Demo {
    let mut rng = Rng::new(seed);
    let mut quartiers = vec![];
    let mut commune_fragility = vec![];
    // Quartiers of about 2 000 inhabitants.
    for c in communes {
        let qpv_commune = QPV_COMMUNES.contains(&c.insee_code.as_str());
        let fragility = if qpv_commune {
            if rng.range(0, 2) == 0 { "moyenne" } else { "fragile" }
        } else if rng.range(0, 3) == 0 {
            "moyenne"
        } else {
            "sans"
        };
        commune_fragility.push((c.insee_code.clone(), fragility));
        let n = ((c.population as u64 + 1000) / 2000).max(1);
        let pops = apportion(c.population as u64, &(0..n).map(|_| rng.permille(700, 1300)).collect::<Vec<_>>());
        let sites: Vec<&str> = NPRU_SITES.iter().filter(|(code, _)| *code == c.insee_code).map(|(_, s)| *s).collect();
        let qpv_share = match c.insee_code.as_str() {
            "59512" | "59599" => 450,
            "59350" => 250,
            _ if qpv_commune => 180,
            _ => 0,
        };
        for (i, pop) in pops.into_iter().enumerate() {
            let base = QUARTIER_NAMES[i % QUARTIER_NAMES.len()];
            let name = if i < QUARTIER_NAMES.len() { base.to_owned() } else { format!("{base} {}", i / QUARTIER_NAMES.len() + 1) };
            let npru = sites.get(i).map(|s| s.to_string());
            let is_qpv = npru.is_some() || (qpv_share > 0 && (rng.range(0, 999) < qpv_share || i == 0 && qpv_commune));
            let fragility = if is_qpv {
                "fragile"
            } else {
                match rng.range(0, 9) {
                    0..=1 => "fragile",
                    2..=5 => "moyenne",
                    _ => "sans",
                }
            };
            quartiers.push(Quartier {
                id: format!("{}-{:03}", c.insee_code, i + 1),
                name: npru.clone().unwrap_or(name.clone()),
                insee_code: c.insee_code.clone(),
                population: pop,
                is_qpv,
                qpv_name: is_qpv.then(|| format!("QPV {} – {}", c.name, npru.clone().unwrap_or(name))),
                npru_site: npru,
                fragility,
            });
        }
    }

    // Social dwellings: QPV quartiers are mostly social; elsewhere a commune-dependent share.
    let weights: Vec<u64> = quartiers
        .iter()
        .map(|q| {
            let share = if q.is_qpv {
                rng.permille(550, 800)
            } else if QPV_COMMUNES.contains(&q.insee_code.as_str()) {
                rng.permille(120, 300)
            } else {
                rng.permille(30, 180)
            };
            q.population * share
        })
        .collect();
    let qpv_total = TARGET_UNITS * TARGET_QPV_PERMILLE / 1000;
    let (qpv_idx, other_idx): (Vec<usize>, Vec<usize>) = (0..quartiers.len()).partition(|&i| quartiers[i].is_qpv);
    let mut units = vec![0u64; quartiers.len()];
    for (idx, total) in [(&qpv_idx, qpv_total), (&other_idx, TARGET_UNITS - qpv_total)] {
        let parts = apportion(total, &idx.iter().map(|&i| weights[i]).collect::<Vec<_>>());
        for (k, &i) in idx.iter().enumerate() {
            units[i] = parts[k];
        }
    }

    let landlord_weights: Vec<u64> = LANDLORDS.iter().map(|l| l.1).collect();
    let mut stock = vec![];
    for (q, &q_units) in quartiers.iter().zip(&units) {
        if q_units == 0 {
            continue;
        }
        // One to three landlords per quartier, drawn by weight.
        let n_landlords = rng.range(1, 3) as usize;
        let mut chosen: Vec<usize> = vec![];
        while chosen.len() < n_landlords {
            let total: u64 = landlord_weights.iter().sum();
            let mut pick = rng.range(0, total - 1);
            let mut idx = 0;
            while pick >= landlord_weights[idx] {
                pick -= landlord_weights[idx];
                idx += 1;
            }
            if !chosen.contains(&idx) {
                chosen.push(idx);
            }
        }
        let by_landlord = apportion(q_units, &chosen.iter().map(|_| rng.permille(300, 1000)).collect::<Vec<_>>());
        for (&li, l_units) in chosen.iter().zip(by_landlord) {
            let typo_w = [80 + rng.range(0, 40), 200 + rng.range(0, 60), 370, 250, 100 + rng.range(0, 40)];
            for (t, t_units) in TYPOLOGIES.iter().zip(apportion(l_units, &typo_w)) {
                let fin_w = [120 + rng.range(0, 60), 580, 80 + rng.range(0, 40), 220];
                for (f, units) in FINANCINGS.iter().zip(apportion(t_units, &fin_w)) {
                    if units == 0 {
                        continue;
                    }
                    let rent_base = match *f {
                        "PLAI" => 540,
                        "PLUS" => 620,
                        "PLS" => 890,
                        _ => 560,
                    };
                    stock.push(StockRow {
                        quartier_id: q.id.clone(),
                        landlord_id: LANDLORDS[li].0,
                        typology: t,
                        financing: f,
                        units,
                        vacant_units: (units * rng.range(5, 45) + 500) / 1000,
                        let_in_year: (units * rng.range(60, 110) + 500) / 1000,
                        median_rent_cents_m2: rent_base + rng.range(0, 120),
                    });
                }
            }
        }
    }

    // Demand statistics per commune × typology × month.
    let mut commune_units: Vec<(String, u64)> = communes.iter().map(|c| (c.insee_code.clone(), 0)).collect();
    for (q, u) in quartiers.iter().zip(&units) {
        if let Some(e) = commune_units.iter_mut().find(|(code, _)| *code == q.insee_code) {
            e.1 += u;
        }
    }
    // Pressure: central communes attract more demands per dwelling.
    let pressure: Vec<u64> = commune_units
        .iter()
        .map(|(code, u)| u * if code == "59350" { 1500 } else { rng.permille(700, 1300) })
        .collect();
    let pending_fa = apportion(TARGET_FIRST_ACCESS, &pressure);
    let pending_mut = apportion(TARGET_PENDING - TARGET_FIRST_ACCESS, &commune_units.iter().map(|(_, u)| *u).collect::<Vec<_>>());
    let monthly_attr = apportion(TARGET_ATTRIBUTIONS_PER_YEAR / 12, &commune_units.iter().map(|(_, u)| *u).collect::<Vec<_>>());
    let pending_typo = [150, 320, 280, 170, 80];
    let attr_typo = [90, 250, 360, 220, 80];
    let mut demand = vec![];
    for (ci, (code, _)) in commune_units.iter().enumerate() {
        let base_wait = rng.range(60, 240); // tenths of a month
        for back in 0..MONTHS {
            let month = month_label(back);
            // Pending demands grew slowly over the period.
            let trend = 1000 - u64::from(back) * 3;
            let fa = pending_fa[ci] * trend / 1000;
            let mu = pending_mut[ci] * trend / 1000;
            let at = monthly_attr[ci] * rng.permille(800, 1200) / 1000;
            let fa_t = apportion(fa, &pending_typo);
            let mu_t = apportion(mu, &pending_typo);
            let at_t = apportion(at, &attr_typo);
            let mut weighted_wait = 0u64;
            for (ti, t) in TYPOLOGIES.iter().enumerate() {
                // Small flats wait longest: more pending demands per yearly attribution.
                let ratio_x10 = (fa_t[ti] + mu_t[ti]) * 10 / (at_t[ti] * 12).max(1);
                let median = (base_wait * (400 + ratio_x10 * 12).min(4000) / 1000).clamp(20, 900);
                weighted_wait += median * at_t[ti].max(1);
                demand.push(DemandRow {
                    insee_code: code.clone(),
                    typology: t,
                    month: month.clone(),
                    pending_first_access: fa_t[ti],
                    pending_mutation: mu_t[ti],
                    attributions: at_t[ti],
                    wait_median_tenths: median,
                    wait_p75_tenths: median * 16 / 10,
                    wait_mean_tenths: median * 125 / 100,
                });
            }
            let all_median = weighted_wait / at_t.iter().map(|a| (*a).max(1)).sum::<u64>();
            demand.push(DemandRow {
                insee_code: code.clone(),
                typology: "all",
                month,
                pending_first_access: fa,
                pending_mutation: mu,
                attributions: at_t.iter().sum(),
                wait_median_tenths: all_median,
                wait_p75_tenths: all_median * 16 / 10,
                wait_mean_tenths: all_median * 125 / 100,
            });
        }
    }
    Demo { commune_fragility, quartiers, stock, demand }
}

/// Every demonstration dataset (territory, stock and demand; reception sites; the attribution
/// register), each written only into an empty table. Returns whether anything was written.
pub async fn load_everything(pool: &crate::db::Pool, seed: u64) -> Result<bool, sqlx::Error> {
    let mut loaded = load_if_empty(pool, seed).await?;
    let from = format!("{}-01-01", crate::http::today().year - 1);
    loaded |= crate::reception::demo::load_if_empty(pool, &from).await?;
    let until = app::domain::date::Date::parse(AS_OF).unwrap_or_else(crate::http::today);
    loaded |= crate::register::demo::load_if_empty(pool, seed, until).await?;
    Ok(loaded)
}

/// Writes the demonstration dataset, in one transaction, unless the database already has quartiers.
/// Returns whether it wrote anything.
pub async fn load_if_empty(pool: &crate::db::Pool, seed: u64) -> Result<bool, sqlx::Error> {
    use crate::db::Sql;
    let communes = crate::reference::communes().map_err(sqlx::Error::Protocol)?;
    let present: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM quartiers").fetch_one(pool).await?;
    if present > 0 {
        return Ok(false);
    }
    let mut tx = crate::db::begin_alone(pool).await?;
    let existing: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM quartiers").fetch_one(&mut *tx).await?;
    if existing > 0 {
        return Ok(false);
    }
    let d = generate(seed, &communes);
    let source = SOURCE.replace("{seed}", &seed.to_string());
    let dataset_id: i64 =
        sqlx::query_scalar("INSERT INTO datasets (kind, source, as_of, is_demo) VALUES ('demo', $1, $2, 1) RETURNING id")
            .bind(&source)
            .bind(AS_OF)
            .fetch_one(&mut *tx)
            .await?;
    // Batches keep a 40 000-row load to a few hundred statements.
    const BATCH: usize = 500;
    for chunk in d.commune_fragility.chunks(BATCH) {
        let mut q = Sql::new(crate::db::Backend::of(pool), "INSERT INTO commune_fragility (insee_code, class, valid_from, dataset_id) ");
        q.push_values(chunk, |b, (code, class)| {
            b.push_bind(code).push_bind(*class).push_bind("2016-10-14").push_bind(dataset_id);
        });
        q.build().execute(&mut *tx).await?;
    }
    for chunk in d.quartiers.chunks(BATCH) {
        let mut q = Sql::new(crate::db::Backend::of(pool), 
            "INSERT INTO quartiers (id, name, insee_code, population, is_qpv, qpv_name, npru_site, dataset_id) ",
        );
        q.push_values(chunk, |b, x| {
            b.push_bind(&x.id)
                .push_bind(&x.name)
                .push_bind(&x.insee_code)
                .push_bind(x.population as i64)
                .push_bind(i64::from(x.is_qpv))
                .push_bind(&x.qpv_name)
                .push_bind(&x.npru_site)
                .push_bind(dataset_id);
        });
        q.build().execute(&mut *tx).await?;
        let mut q = Sql::new(crate::db::Backend::of(pool), "INSERT INTO quartier_fragility (quartier_id, class, valid_from, dataset_id) ");
        q.push_values(chunk, |b, x| {
            b.push_bind(&x.id).push_bind(x.fragility).push_bind("2016-10-14").push_bind(dataset_id);
        });
        q.build().execute(&mut *tx).await?;
    }
    for chunk in d.stock.chunks(BATCH) {
        let mut q = Sql::new(crate::db::Backend::of(pool), 
            "INSERT INTO stock (quartier_id, landlord_id, typology, financing, units, vacant_units, let_in_year, \
             median_rent_cents_m2, dataset_id) ",
        );
        q.push_values(chunk, |b, s| {
            b.push_bind(&s.quartier_id)
                .push_bind(s.landlord_id)
                .push_bind(s.typology)
                .push_bind(s.financing)
                .push_bind(s.units as i64)
                .push_bind(s.vacant_units as i64)
                .push_bind(s.let_in_year as i64)
                .push_bind(s.median_rent_cents_m2 as i64)
                .push_bind(dataset_id);
        });
        q.build().execute(&mut *tx).await?;
    }
    for chunk in d.demand.chunks(BATCH) {
        let mut q = Sql::new(crate::db::Backend::of(pool), 
            "INSERT INTO demand_stats (insee_code, typology, month, pending_first_access, pending_mutation, \
             attributions, wait_median_tenths, wait_p75_tenths, wait_mean_tenths, dataset_id) ",
        );
        q.push_values(chunk, |b, r| {
            b.push_bind(&r.insee_code)
                .push_bind(r.typology)
                .push_bind(&r.month)
                .push_bind(r.pending_first_access as i64)
                .push_bind(r.pending_mutation as i64)
                .push_bind(r.attributions as i64)
                .push_bind(r.wait_median_tenths as i64)
                .push_bind(r.wait_p75_tenths as i64)
                .push_bind(r.wait_mean_tenths as i64)
                .push_bind(dataset_id);
        });
        q.build().execute(&mut *tx).await?;
    }
    tx.commit().await?;
    tracing::info!(quartiers = d.quartiers.len(), stock_rows = d.stock.len(), demand_rows = d.demand.len(), "demo data loaded");
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo(seed: u64) -> Demo {
        generate(seed, &crate::reference::communes().unwrap())
    }

    #[test]
    fn apportion_adds_up() {
        assert_eq!(apportion(10, &[1, 1, 1]), vec![4, 3, 3]);
        assert_eq!(apportion(7, &[0, 5, 0]), vec![0, 7, 0]);
        assert_eq!(apportion(5, &[0, 0]), vec![0, 0]);
    }

    #[test]
    fn same_seed_same_data_other_seed_other_data() {
        assert_eq!(demo(42), demo(42));
        assert_ne!(demo(42), demo(43));
    }

    #[test]
    fn magnitudes_are_those_of_the_mel() {
        let d = demo(2016);
        let units: u64 = d.stock.iter().map(|s| s.units).sum();
        assert_eq!(units, TARGET_UNITS);
        let qpv: std::collections::HashSet<&str> = d.quartiers.iter().filter(|q| q.is_qpv).map(|q| q.id.as_str()).collect();
        let in_qpv: u64 = d.stock.iter().filter(|s| qpv.contains(s.quartier_id.as_str())).map(|s| s.units).sum();
        assert_eq!(in_qpv * 1000 / units, TARGET_QPV_PERMILLE);
        let last = month_label(0);
        let pending: u64 = d.demand.iter().filter(|r| r.typology == "all" && r.month == last).map(|r| r.pending_first_access + r.pending_mutation).sum();
        assert!((50_000..=58_000).contains(&pending), "{pending}");
        let year: u64 = d.demand.iter().filter(|r| r.typology == "all").take(usize::MAX).filter(|r| r.month > month_label(12)).map(|r| r.attributions).sum();
        assert!((10_000..=14_000).contains(&year), "{year}");
        let quartiers = d.quartiers.len();
        assert!((500..=700).contains(&quartiers), "{quartiers}");
        let npru: Vec<_> = d.quartiers.iter().filter_map(|q| q.npru_site.as_deref()).collect();
        assert_eq!(npru.len(), 9);
        assert_eq!(d.commune_fragility.len(), 95);
        let waits: Vec<u64> = d.demand.iter().map(|r| r.wait_median_tenths).collect();
        assert!(waits.iter().min().unwrap() < &60 && waits.iter().max().unwrap() > &240, "waits from months to years");
    }
}
