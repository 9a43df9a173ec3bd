//! The household and its regulatory category (arrêté du 29 juillet 1987).

use serde::{Deserialize, Serialize};

/// What the applicant tells about the household.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Household {
    pub adults: u32,
    pub dependants: u32,
    /// Members holding the *carte mobilité inclusion* « invalidité ».
    pub disabled_persons: u32,
    /// For a couple without dependants: both ages, to tell a *jeune ménage*.
    pub couple_ages: Option<[u32; 2]>,
    /// A *jeune ménage* as a file states it when it gives no ages (the register's
    /// `jeune_menage` column): still only a couple without dependants.
    #[serde(default)]
    pub jeune_menage_stated: bool,
}

/// Limits beyond which an answer would be meaningless (and arithmetic stays small).
pub const MAX_ADULTS: u32 = 10;
pub const MAX_DEPENDANTS: u32 = 20;
pub const MIN_AGE: u32 = 16;
pub const MAX_AGE: u32 = 120;
/// *Jeune ménage*: a couple whose ages add up to this or less.
pub const JEUNE_MENAGE_MAX_AGE_SUM: u32 = 55;

/// A household field that is not acceptable, named as the API and form name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HouseholdError {
    AdultsOutOfRange,
    DependantsOutOfRange,
    DisabledExceedsPersons,
    CoupleAgesNeedTwoAdults,
    AgeOutOfRange,
}

impl HouseholdError {
    pub fn field(self) -> &'static str {
        match self {
            HouseholdError::AdultsOutOfRange => "adults",
            HouseholdError::DependantsOutOfRange => "dependants",
            HouseholdError::DisabledExceedsPersons => "disabled_persons",
            HouseholdError::CoupleAgesNeedTwoAdults | HouseholdError::AgeOutOfRange => "couple_ages",
        }
    }
}

/// Category 1–6 and the persons counted beyond category 6.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    pub category: u8,
    pub extra_persons: u32,
}

impl Household {
    pub fn persons(&self) -> u32 {
        self.adults + self.dependants
    }

    pub fn validate(&self) -> Result<(), Vec<HouseholdError>> {
        let mut errors = vec![];
        if !(1..=MAX_ADULTS).contains(&self.adults) {
            errors.push(HouseholdError::AdultsOutOfRange);
        }
        if self.dependants > MAX_DEPENDANTS {
            errors.push(HouseholdError::DependantsOutOfRange);
        }
        if self.disabled_persons > self.persons() {
            errors.push(HouseholdError::DisabledExceedsPersons);
        }
        if let Some(ages) = self.couple_ages {
            if self.adults != 2 {
                errors.push(HouseholdError::CoupleAgesNeedTwoAdults);
            } else if ages.iter().any(|a| !(MIN_AGE..=MAX_AGE).contains(a)) {
                errors.push(HouseholdError::AgeOutOfRange);
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// A couple without dependants whose ages add up to 55 or less.
    pub fn is_jeune_menage(&self) -> bool {
        self.adults == 2
            && self.dependants == 0
            && (self.jeune_menage_stated || self.couple_ages.is_some_and(|[a, b]| a + b <= JEUNE_MENAGE_MAX_AGE_SUM))
    }

    /// The category counts the persons, plus one step when any of the regulation's special cases
    /// applies (a disabled member, a single adult with dependants, a *jeune ménage*). The cases
    /// never add up: each list of the arrêté names the one-step-up situations of its category.
    pub fn category(&self) -> Category {
        let persons = self.persons().max(1);
        let one_step_up = self.disabled_persons > 0
            || (self.adults == 1 && self.dependants > 0)
            || self.is_jeune_menage();
        let size = persons + u32::from(one_step_up);
        Category {
            category: size.min(6) as u8,
            extra_persons: size.saturating_sub(6),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hh(adults: u32, dependants: u32, disabled: u32, ages: Option<[u32; 2]>) -> Household {
        Household { adults, dependants, disabled_persons: disabled, couple_ages: ages, jeune_menage_stated: false }
    }

    /// A register line states *jeune ménage* without ages: category 3 for a couple without
    /// dependants, nothing for anyone else.
    #[test]
    fn a_stated_jeune_menage_counts_only_for_a_couple_without_dependants() {
        let stated = |adults, dependants| Household { jeune_menage_stated: true, ..hh(adults, dependants, 0, None) };
        assert_eq!(stated(2, 0).category().category, 3);
        assert_eq!(stated(2, 1).category().category, 3, "a family of three, not one step up");
        assert_eq!(stated(1, 0).category().category, 1);
        assert_eq!(hh(2, 0, 0, None).category().category, 2);
    }

    fn cat(h: Household) -> (u8, u32) {
        let c = h.category();
        (c.category, c.extra_persons)
    }

    #[test]
    fn every_category_rule() {
        let cases: &[(Household, (u8, u32), &str)] = &[
            (hh(1, 0, 0, None), (1, 0), "one person alone"),
            (hh(2, 0, 0, Some([40, 38])), (2, 0), "couple, not jeune ménage"),
            (hh(2, 0, 0, None), (2, 0), "two persons without dependants, ages unknown"),
            (hh(1, 0, 1, None), (2, 0), "one disabled person alone"),
            (hh(3, 0, 0, None), (3, 0), "three persons"),
            (hh(2, 1, 0, None), (3, 0), "couple + 1 dependant"),
            (hh(1, 1, 0, None), (3, 0), "one person + 1 dependant"),
            (hh(2, 0, 0, Some([25, 28])), (3, 0), "jeune ménage"),
            (hh(2, 0, 1, None), (3, 0), "two persons, one disabled"),
            (hh(4, 0, 0, None), (4, 0), "four persons"),
            (hh(2, 2, 0, None), (4, 0), "couple + 2 children"),
            (hh(1, 2, 0, None), (4, 0), "one person + 2 dependants"),
            (hh(3, 0, 1, None), (4, 0), "three persons incl. a disabled one"),
            (hh(2, 3, 0, None), (5, 0), "five persons"),
            (hh(1, 3, 0, None), (5, 0), "one person + 3 dependants"),
            (hh(2, 2, 1, None), (5, 0), "four persons incl. a disabled one"),
            (hh(2, 4, 0, None), (6, 0), "six persons"),
            (hh(1, 4, 0, None), (6, 0), "one person + 4 dependants"),
            (hh(2, 3, 1, None), (6, 0), "five persons incl. a disabled one"),
            (hh(2, 5, 0, None), (6, 1), "seven persons"),
            (hh(2, 6, 0, None), (6, 2), "eight persons"),
            (hh(1, 1, 1, None), (3, 0), "special cases do not add up"),
        ];
        for (h, expected, what) in cases {
            assert_eq!(cat(h.clone()), *expected, "{what}");
        }
    }

    #[test]
    fn jeune_menage_boundary() {
        assert_eq!(cat(hh(2, 0, 0, Some([27, 27]))), (3, 0), "54");
        assert_eq!(cat(hh(2, 0, 0, Some([27, 28]))), (3, 0), "55");
        assert_eq!(cat(hh(2, 0, 0, Some([28, 28]))), (2, 0), "56");
        // Only a couple without dependants can be a jeune ménage.
        assert!(!hh(2, 1, 0, Some([20, 20])).is_jeune_menage());
    }

    #[test]
    fn validation() {
        assert_eq!(hh(0, 1, 0, None).validate(), Err(vec![HouseholdError::AdultsOutOfRange]));
        assert_eq!(hh(1, 0, 2, None).validate(), Err(vec![HouseholdError::DisabledExceedsPersons]));
        assert_eq!(hh(1, 0, 0, Some([30, 30])).validate(), Err(vec![HouseholdError::CoupleAgesNeedTwoAdults]));
        assert_eq!(hh(2, 0, 0, Some([3, 30])).validate(), Err(vec![HouseholdError::AgeOutOfRange]));
        assert!(hh(2, 2, 1, Some([30, 30])).validate().is_ok());
    }

    proptest::proptest! {
        /// Adding a person never lowers the category.
        #[test]
        fn larger_household_never_lower_category(a in 1u32..5, d in 0u32..8, dis in 0u32..3) {
            let h = hh(a, d, dis.min(a + d), None);
            let bigger = hh(a, d + 1, dis.min(a + d), None);
            let (c1, e1) = cat(h);
            let (c2, e2) = cat(bigger);
            proptest::prop_assert!((c2, e2) >= (c1, e1));
        }
    }
}
