//! ACI priority situations (CIET art. 6). The check only ever says "possibly a priority
//! household": the CIET allows flexibility after examination, and the decision is not ours.

use super::household::Household;
use super::money::Cents;
use super::rules::Rules;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Situation {
    NonDecent,
    Insalubre,
    SuroccupationExtreme,
    SansLogement,
    PerteLogement,
    SortieHebergement,
    SortieFoyer,
    Handicap,
    CohabitationRisque,
    JeunePrecaire,
    AgeModesteMalLoge,
    PrecariteInsertion,
    SituationParticuliere,
}

impl Situation {
    pub const ALL: [Situation; 13] = [
        Situation::NonDecent,
        Situation::Insalubre,
        Situation::SuroccupationExtreme,
        Situation::SansLogement,
        Situation::PerteLogement,
        Situation::SortieHebergement,
        Situation::SortieFoyer,
        Situation::Handicap,
        Situation::CohabitationRisque,
        Situation::JeunePrecaire,
        Situation::AgeModesteMalLoge,
        Situation::PrecariteInsertion,
        Situation::SituationParticuliere,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Situation::NonDecent => "non_decent",
            Situation::Insalubre => "insalubre",
            Situation::SuroccupationExtreme => "suroccupation_extreme",
            Situation::SansLogement => "sans_logement",
            Situation::PerteLogement => "perte_logement",
            Situation::SortieHebergement => "sortie_hebergement",
            Situation::SortieFoyer => "sortie_foyer",
            Situation::Handicap => "handicap",
            Situation::CohabitationRisque => "cohabitation_risque",
            Situation::JeunePrecaire => "jeune_precaire",
            Situation::AgeModesteMalLoge => "age_modeste_mal_loge",
            Situation::PrecariteInsertion => "precarite_insertion",
            Situation::SituationParticuliere => "situation_particuliere",
        }
    }

    pub fn parse(id: &str) -> Option<Situation> {
        Situation::ALL.into_iter().find(|s| s.id() == id)
    }

    /// Fluent id of the situation's plain-language label (`aci-` + id with dashes).
    pub fn message_id(self) -> String {
        format!("aci-{}", self.id().replace('_', "-"))
    }

    /// The three situations whose resources must not exceed 2 RSA.
    pub fn is_resource_tested(self) -> bool {
        matches!(self, Situation::JeunePrecaire | Situation::AgeModesteMalLoge | Situation::PrecariteInsertion)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SituationStatus {
    /// The declared situation is one of the CIET's.
    Possible,
    /// Possible, but the applicant's age was not given and the situation depends on it.
    AgeToConfirm,
    ResourcesAboveLimit,
    AgeOutsideRange,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SituationCheck {
    pub id: Situation,
    pub status: SituationStatus,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AciResult {
    pub possible: bool,
    pub situations: Vec<SituationCheck>,
    /// 2 × RSA × household coefficient, the limit for the resource-tested situations.
    pub resource_limit: Cents,
}

/// RSA household coefficient in tenths (1.0 = 10).
pub fn rsa_coefficient_tenths(household: &Household, rules: &Rules) -> i64 {
    let c = &rules.rsa.coefficient_tenths;
    let scale = if household.adults >= 2 { &c.couple } else { &c.single };
    let d = household.dependants as usize;
    if d < 3 {
        scale[d]
    } else {
        scale[2] + c.further_child * (d as i64 - 2)
    }
}

/// The "≤ 2 RSA" limit: multiple × montant forfaitaire × coefficient (no housing-aid deduction).
pub fn resource_limit(household: &Household, rsa_cents: i64, rules: &Rules) -> Cents {
    let tenths = rsa_coefficient_tenths(household, rules);
    Cents((rules.rsa.multiple * rsa_cents * tenths + 5).div_euclid(10))
}

pub fn check(
    situations: &[Situation],
    household: &Household,
    applicant_age: Option<u32>,
    monthly: Cents,
    rsa_cents: i64,
    rules: &Rules,
) -> AciResult {
    let limit = resource_limit(household, rsa_cents, rules);
    let [young_min, young_max] = rules.aci.young_age_range.map(u32::from);
    let mut seen = vec![];
    let checks: Vec<SituationCheck> = situations
        .iter()
        .copied()
        .filter(|s| {
            let new = !seen.contains(s);
            seen.push(*s);
            new
        })
        .map(|s| {
            let age_ok = match s {
                Situation::JeunePrecaire => applicant_age.map(|a| (young_min..=young_max).contains(&a)),
                // The CIET names no age for "personnes âgées modestes et mal logées" (art. 6):
                // the partners judge it; the portal sets none.
                _ => Some(true),
            };
            let status = if s.is_resource_tested() && monthly > limit {
                SituationStatus::ResourcesAboveLimit
            } else {
                match age_ok {
                    Some(true) => SituationStatus::Possible,
                    Some(false) => SituationStatus::AgeOutsideRange,
                    None => SituationStatus::AgeToConfirm,
                }
            };
            SituationCheck { id: s, status }
        })
        .collect();
    AciResult {
        possible: checks
            .iter()
            .any(|c| matches!(c.status, SituationStatus::Possible | SituationStatus::AgeToConfirm)),
        situations: checks,
        resource_limit: limit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hh(adults: u32, dependants: u32) -> Household {
        Household { adults, dependants, ..Default::default() }
    }

    #[test]
    fn coefficients_follow_the_rsa_scale() {
        let r = Rules::embedded();
        let c = |a, d| rsa_coefficient_tenths(&hh(a, d), r);
        assert_eq!(c(1, 0), 10);
        assert_eq!(c(2, 0), 15);
        assert_eq!(c(1, 1), 15);
        assert_eq!(c(2, 1), 18);
        assert_eq!(c(1, 2), 18);
        assert_eq!(c(2, 2), 21);
        assert_eq!(c(2, 3), 25);
        assert_eq!(c(1, 3), 22);
    }

    #[test]
    fn resource_tested_situations() {
        let r = Rules::embedded();
        let single = hh(1, 0);
        // 2 × 651.69 € = 1 303.38 €
        assert_eq!(resource_limit(&single, 65169, r), Cents(130338));
        let at = check(&[Situation::PrecariteInsertion], &single, None, Cents(130338), 65169, r);
        assert!(at.possible);
        let above = check(&[Situation::PrecariteInsertion], &single, None, Cents(130339), 65169, r);
        assert!(!above.possible);
        assert_eq!(above.situations[0].status, SituationStatus::ResourcesAboveLimit);
        // Not resource-tested: any resources.
        let other = check(&[Situation::SansLogement], &single, None, Cents(900000), 65169, r);
        assert!(other.possible);
    }

    #[test]
    fn age_conditions() {
        let r = Rules::embedded();
        let single = hh(1, 0);
        let young = |age| check(&[Situation::JeunePrecaire], &single, age, Cents(50000), 65169, r).situations[0].status;
        assert_eq!(young(Some(17)), SituationStatus::AgeOutsideRange);
        assert_eq!(young(Some(18)), SituationStatus::Possible);
        assert_eq!(young(Some(30)), SituationStatus::Possible);
        assert_eq!(young(Some(31)), SituationStatus::AgeOutsideRange);
        assert_eq!(young(None), SituationStatus::AgeToConfirm);
        let old = |age| check(&[Situation::AgeModesteMalLoge], &single, age, Cents(50000), 65169, r).situations[0].status;
        assert_eq!(old(Some(59)), SituationStatus::Possible, "the CIET names no age");
        assert_eq!(old(None), SituationStatus::Possible);
    }

    #[test]
    fn ids_round_trip_and_are_unique() {
        for s in Situation::ALL {
            assert_eq!(Situation::parse(s.id()), Some(s));
        }
        assert_eq!(Situation::ALL.len(), 13);
        assert_eq!(Situation::parse("nope"), None);
    }
}
