//! CIET income bands (art. 5): declared monthly resources against a monthly PLUS reference,
//! `annual PLUS ceiling ÷ 0.9 ÷ 12`, compared exactly in integers.

use super::money::Cents;
use super::rules::BandRule;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Band {
    TresModeste,
    Modeste,
    Intermediaire,
    Superieur,
}

impl Band {
    pub const ALL: [Band; 4] = [Band::TresModeste, Band::Modeste, Band::Intermediaire, Band::Superieur];

    pub fn id(self) -> &'static str {
        match self {
            Band::TresModeste => "tres_modeste",
            Band::Modeste => "modeste",
            Band::Intermediaire => "intermediaire",
            Band::Superieur => "superieur",
        }
    }

    /// Fluent message id of the band's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Band::TresModeste => "band-tres-modeste",
            Band::Modeste => "band-modeste",
            Band::Intermediaire => "band-intermediaire",
            Band::Superieur => "band-superieur",
        }
    }
}

/// The monthly thresholds for one household, rounded to the euro for display.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BandThresholds {
    pub p40: i64,
    pub p60: i64,
    pub p80: i64,
}

/// Compares `monthly` with `percent` % of the reference derived from `plus_annual_euros`:
/// the sign of `monthly − percent % × reference`, without rounding anything.
fn compare(monthly: Cents, plus_annual_euros: i64, percent: i64, rule: &BandRule) -> std::cmp::Ordering {
    // monthly / (plus × 100 / (abatement / 1000) / 12) vs percent / 100
    // ⇔ monthly × abatement × 12 vs percent × plus × 1000
    let lhs = i128::from(monthly.0) * i128::from(rule.abatement_per_mille) * 12;
    let rhs = i128::from(percent) * i128::from(plus_annual_euros) * 1000;
    lhs.cmp(&rhs)
}

/// Band of a household whose annual PLUS ceiling is `plus_annual_euros`.
pub fn band(monthly: Cents, plus_annual_euros: i64, rule: &BandRule) -> Band {
    use std::cmp::Ordering::*;
    let [low, mid, high] = rule.thresholds_percent;
    if compare(monthly, plus_annual_euros, low, rule) == Less {
        Band::TresModeste
    } else if compare(monthly, plus_annual_euros, mid, rule) == Less {
        Band::Modeste
    } else if compare(monthly, plus_annual_euros, high, rule) != Greater {
        Band::Intermediaire
    } else {
        Band::Superieur
    }
}

/// `percent` % of the monthly reference in euros, rounded half-up.
fn threshold_euros(plus_annual_euros: i64, percent: i64, rule: &BandRule) -> i64 {
    let num = i128::from(percent) * i128::from(plus_annual_euros) * 1000;
    let den = i128::from(rule.abatement_per_mille) * 12 * 100;
    ((2 * num + den) / (2 * den)) as i64
}

pub fn thresholds(plus_annual_euros: i64, rule: &BandRule) -> BandThresholds {
    let [a, b, c] = rule.thresholds_percent;
    BandThresholds {
        p40: threshold_euros(plus_annual_euros, a, rule),
        p60: threshold_euros(plus_annual_euros, b, rule),
        p80: threshold_euros(plus_annual_euros, c, rule),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::Rules;

    fn rule() -> &'static BandRule {
        &Rules::embedded().ciet_band
    }

    #[test]
    fn reproduces_the_ciet_footnote_2016() {
        let r = Rules::embedded().ceiling_year(2016).unwrap();
        let single = r.plus.amount(1, 0);
        let couple_two_children = r.plus.amount(4, 0);
        assert_eq!(thresholds(single, rule()), BandThresholds { p40: 745, p60: 1117, p80: 1490 });
        assert_eq!(thresholds(couple_two_children, rule()), BandThresholds { p40: 1444, p60: 2166, p80: 2888 });
    }

    #[test]
    fn boundaries_just_below_at_and_above() {
        // Single person 2016: exact thresholds 744.851…, 1 117.277…, 1 489.703… €.
        let plus = 20111;
        let b = |cents| band(Cents(cents), plus, rule());
        assert_eq!(b(74485), Band::TresModeste);
        assert_eq!(b(74486), Band::Modeste);
        assert_eq!(b(111727), Band::Modeste);
        assert_eq!(b(111728), Band::Intermediaire);
        assert_eq!(b(148970), Band::Intermediaire);
        assert_eq!(b(148971), Band::Superieur);
        // A threshold hit exactly: plus = 10 800 € gives a 1 000 € reference, so 40 % = 400 €.
        assert_eq!(band(Cents(39999), 10800, rule()), Band::TresModeste);
        assert_eq!(band(Cents(40000), 10800, rule()), Band::Modeste, "40 % belongs to modeste");
        assert_eq!(band(Cents(60000), 10800, rule()), Band::Intermediaire, "60 % belongs to intermédiaire");
        assert_eq!(band(Cents(80000), 10800, rule()), Band::Intermediaire, "80 % belongs to intermédiaire");
        assert_eq!(band(Cents(80001), 10800, rule()), Band::Superieur);
    }

    proptest::proptest! {
        #[test]
        fn more_resources_never_a_lower_band(a in 0i64..2_000_000, extra in 0i64..500_000, plus in 10_000i64..100_000) {
            proptest::prop_assert!(band(Cents(a + extra), plus, rule()) >= band(Cents(a), plus, rule()));
        }
    }
}
