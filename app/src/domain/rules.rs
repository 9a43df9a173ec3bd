//! The versioned rule data (`rules/eligibility.json`): ceilings per year, the CIET band method,
//! RSA amounts and ACI settings. Compiled in, so the browser and the server use the same figures.

use super::date::Date;
use super::money::Cents;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Rules {
    pub version: String,
    pub zone: String,
    pub pls_factor_percent: i64,
    pub ceilings: Vec<CeilingYear>,
    pub ciet_band: BandRule,
    pub rsa: RsaRule,
    pub aci: AciRule,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CeilingYear {
    pub year: i32,
    pub valid_from: Date,
    pub valid_to: Date,
    pub source: String,
    pub plus: CeilingTable,
    pub plai: CeilingTable,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CeilingTable {
    /// Euros per year for categories 1 to 6.
    pub by_category: [i64; 6],
    pub extra_person: i64,
    pub verified: bool,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct BandRule {
    pub name: String,
    pub source: String,
    pub valid_from: Date,
    pub valid_to: Date,
    pub successor_note: String,
    /// The share of tax income kept after the 10 % abatement, in thousandths (900).
    pub abatement_per_mille: i64,
    /// Band boundaries as percentages of the monthly reference (40, 60, 80).
    pub thresholds_percent: [i64; 3],
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RsaRule {
    pub source: String,
    pub amounts: Vec<RsaAmount>,
    pub coefficient_tenths: RsaCoefficients,
    pub multiple: i64,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RsaAmount {
    pub from: Date,
    pub cents: i64,
    pub verified: bool,
    /// The décret (or law) that set it.
    #[serde(default)]
    pub source: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RsaCoefficients {
    /// One adult with 0, 1, 2 dependants.
    pub single: [i64; 3],
    /// A couple with 0, 1, 2 dependants.
    pub couple: [i64; 3],
    pub further_child: i64,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AciRule {
    pub source: String,
    pub young_age_range: [u8; 2],
}

impl Rules {
    /// The rule set shipped with this build.
    pub fn embedded() -> &'static Rules {
        static RULES: OnceLock<Rules> = OnceLock::new();
        RULES.get_or_init(|| {
            // The file is part of the source tree and checked by a unit test, so a parse failure
            // cannot reach a release.
            serde_json::from_str(include_str!("../../../rules/eligibility.json"))
                .unwrap_or_else(|e| panic!("rules/eligibility.json: {e}"))
        })
    }

    pub fn years(&self) -> impl Iterator<Item = i32> + '_ {
        self.ceilings.iter().map(|c| c.year)
    }

    pub fn ceiling_year(&self, year: i32) -> Option<&CeilingYear> {
        self.ceilings.iter().find(|c| c.year == year)
    }

    /// The year used when none is asked: the current one if loaded, else the latest before it.
    pub fn default_year(&self, today: Date) -> i32 {
        self.ceilings
            .iter()
            .map(|c| c.year)
            .filter(|y| *y <= today.year)
            .max()
            .or_else(|| self.ceilings.iter().map(|c| c.year).min())
            .unwrap_or(today.year)
    }

    /// The RSA amount in force on `on` (the earliest known one before any is in force).
    pub fn rsa_on(&self, on: Date) -> Option<&RsaAmount> {
        self.rsa
            .amounts
            .iter()
            .filter(|a| a.from <= on)
            .max_by_key(|a| a.from)
            .or_else(|| self.rsa.amounts.iter().min_by_key(|a| a.from))
    }
}

impl CeilingTable {
    /// Annual ceiling in euros for a category (1–6) plus extra persons.
    pub fn amount(&self, category: u8, extra_persons: u32) -> i64 {
        let idx = usize::from(category.clamp(1, 6)) - 1;
        self.by_category[idx] + self.extra_person * i64::from(extra_persons)
    }
}

/// PLS = PLUS × factor, rounded half-up to the euro.
pub fn pls_from_plus(plus_euros: i64, factor_percent: i64) -> i64 {
    (plus_euros * factor_percent + 50).div_euclid(100)
}

impl From<i64> for Cents {
    fn from(c: i64) -> Self {
        Cents(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_rules_load_and_cover_required_years() {
        let r = Rules::embedded();
        // Every year of the CIET's life and since (issue 18): a register line of 2017–2023
        // without a band gets one.
        for y in 2016..=2026 {
            assert!(r.ceiling_year(y).is_some(), "missing {y}");
        }
        // Ceilings grow with the category, every year.
        for c in &r.ceilings {
            for t in [&c.plus, &c.plai] {
                assert!(t.by_category.windows(2).all(|w| w[0] < w[1]), "{}", c.year);
                assert!(t.extra_person > 0);
            }
            assert!(c.valid_from < c.valid_to);
        }
    }

    /// Every ceiling and RSA amount against the research extract of openfisca-france 176.1.8
    /// (docs/research/ceilings-rsa-2016-2026.json, each value with its origin): a value
    /// openfisca carries is equal and verified; one it lacks (PLAI after 2022, PLAI 2016) is
    /// marked unverified, its source saying where it comes from.
    #[test]
    fn rules_agree_with_openfisca_and_flag_the_rest() {
        let research: serde_json::Value = serde_json::from_str(include_str!("../../../docs/research/ceilings-rsa-2016-2026.json")).unwrap();
        let r = Rules::embedded();
        for row in research["ceilings"].as_array().unwrap() {
            let year = row["year"].as_i64().unwrap() as i32;
            let ours = r.ceiling_year(year).unwrap();
            for (name, table) in [("plus", &ours.plus), ("plai", &ours.plai)] {
                let theirs = &row[name];
                let from_openfisca = matches!(theirs["origin"].as_str(), Some("openfisca" | "arrete"));
                assert_eq!(table.verified, from_openfisca, "{year} {name}: verified only if openfisca (or the arrêté) has it");
                if from_openfisca {
                    let cats: Vec<i64> = theirs["by_category"].as_array().unwrap().iter().map(|v| v.as_i64().unwrap()).collect();
                    assert_eq!((table.by_category.to_vec(), table.extra_person), (cats, theirs["extra_person"].as_i64().unwrap()), "{year} {name}");
                } else {
                    assert!(ours.source.contains("à vérifier"), "{year}: the source says what is unverified");
                }
            }
        }
        for amount in research["rsa"].as_array().unwrap() {
            let from: Date = serde_json::from_value(amount["from"].clone()).unwrap();
            let ours = r.rsa.amounts.iter().find(|a| a.from == from).unwrap_or_else(|| panic!("RSA of {from:?} missing"));
            assert_eq!((ours.cents, ours.verified), (amount["cents"].as_i64().unwrap(), amount["origin"] == "openfisca"), "RSA of {from:?}");
        }
    }

    #[test]
    fn pls_is_plus_times_1_3_rounded() {
        assert_eq!(pls_from_plus(23403, 130), 30424); // 30 423.9
        assert_eq!(pls_from_plus(20111, 130), 26144); // 26 144.3
        assert_eq!(pls_from_plus(5, 130), 7); // 6.5 rounds up
    }

    #[test]
    fn default_year_and_rsa_by_date() {
        let r = Rules::embedded();
        assert_eq!(r.default_year(Date::new(2026, 11, 29).unwrap()), 2026);
        assert_eq!(r.default_year(Date::new(2031, 1, 1).unwrap()), 2026);
        assert_eq!(r.rsa_on(Date::new(2026, 3, 31).unwrap()).map(|a| a.cents), Some(64652));
        assert_eq!(r.rsa_on(Date::new(2026, 4, 1).unwrap()).map(|a| a.cents), Some(65169));
        // Every revaluation, mid-year ones included (décret 2016-1276, décret 2017-739, loi
        // 2022-1158): a 2024 question uses 2024's amount, not 2016's.
        assert_eq!(r.rsa_on(Date::new(2016, 9, 1).unwrap()).map(|a| a.cents), Some(53517));
        assert_eq!(r.rsa_on(Date::new(2017, 9, 1).unwrap()).map(|a| a.cents), Some(54548));
        assert_eq!(r.rsa_on(Date::new(2022, 7, 1).unwrap()).map(|a| a.cents), Some(59854));
        assert_eq!(r.rsa_on(Date::new(2024, 6, 30).unwrap()).map(|a| a.cents), Some(63571));
        // Before the first amount loaded, the earliest one.
        assert_eq!(r.rsa_on(Date::new(2015, 1, 1).unwrap()).map(|a| a.cents), Some(52416));
        assert!(r.rsa.amounts.iter().all(|a| !a.source.is_empty()), "every amount names its décret");
    }
}
