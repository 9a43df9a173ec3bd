//! Eligibility and CIET band for one household under one year's rule set.

use super::aci::{self, AciResult, Situation};
use super::band::{self, Band, BandThresholds};
use super::date::Date;
use super::household::{Category, Household, HouseholdError, MAX_AGE, MIN_AGE};
use super::money::Cents;
use super::rules::{pls_from_plus, Rules};
use serde::{Deserialize, Serialize};

/// A typed, not yet validated request.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Request {
    pub year: Option<i32>,
    pub household: Household,
    pub applicant_age: Option<u32>,
    pub monthly_resources: Cents,
    pub tax_income_n2: Option<Cents>,
    pub tax_income_n1: Option<Cents>,
    /// Resources of the last twelve months (annual, as the tax notice counts them).
    pub income_last_12_months: Option<Cents>,
    pub aci_situations: Vec<Situation>,
}

/// What is wrong with a request, field by field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Household(HouseholdError),
    UnknownYear,
    ApplicantAgeOutOfRange,
    N1WithoutN2,
    TwelveMonthsWithoutN2,
}

impl Problem {
    pub fn field(self) -> &'static str {
        match self {
            Problem::Household(h) => h.field(),
            Problem::UnknownYear => "year",
            Problem::ApplicantAgeOutOfRange => "applicant_age",
            Problem::N1WithoutN2 => "tax_income_n1",
            Problem::TwelveMonthsWithoutN2 => "income_last_12_months",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ceilings {
    pub plai: i64,
    pub plus: i64,
    pub pls: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flags {
    pub plai: bool,
    pub plus: bool,
    pub pls: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IncomeYear {
    N2,
    /// N-1, used because it is at least 10 % lower than N-2.
    N1,
    /// The last twelve months, used because at least 10 % lower than N-2.
    #[serde(rename = "last_12_months")]
    Last12Months,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncomeUsed {
    pub which: IncomeYear,
    pub tax_year: i32,
    pub amount: Cents,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BandRuleInfo {
    pub name: String,
    pub source: String,
    pub valid_from: Date,
    pub valid_to: Date,
    /// False once the CIET has ended: the band is then computed with its method, and said so.
    pub in_force: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RulesetInfo {
    pub year: i32,
    pub source: String,
    pub valid_from: Date,
    pub valid_to: Date,
    /// False when any figure used still needs checking against the arrêté.
    pub verified: bool,
    pub band_rule: BandRuleInfo,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    pub ruleset: RulesetInfo,
    pub persons: u32,
    pub category: Category,
    pub ceilings: Ceilings,
    /// From the tax income (N-2, or N-1 when 10 % lower); `None` without tax income.
    pub eligible: Option<Flags>,
    pub income_used: Option<IncomeUsed>,
    /// An estimate from the monthly resources, for those who do not have their tax notice at hand.
    pub eligible_estimate: Flags,
    /// The monthly resources as understood from what was typed (shown back to the person).
    pub monthly_resources: Cents,
    pub band: Band,
    pub band_thresholds: BandThresholds,
    pub aci: AciResult,
    /// The RSA amount the ACI resource limit was worked out with (the one in force on the
    /// question's date, or at the end of a past year asked).
    pub rsa: Option<RsaUsed>,
    /// Where the objectives favour the household's band: quartier classes, with the rule set in
    /// force (the quota engine's rules) or, when it has ended with no successor entered, the
    /// ended one marked so; `None` before any.
    pub objectives: Option<Objectives>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Objectives {
    pub favoured_in: Vec<super::quota::Fragility>,
    pub ruleset: super::quota::RulesetInfo,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RsaUsed {
    /// The day whose amount it is (the question's, or the last of the past year asked).
    pub on: Date,
    pub from: Date,
    pub cents: i64,
    pub verified: bool,
    pub source: String,
}

/// The income of N-2, unless that of N-1 or of the last twelve months is at least 10 % lower
/// (arrêté du 29 juillet 1987, art. 3): then that one — the lower of the two when both are, as
/// the household may show either.
pub fn income_used(n2: Cents, n1: Option<Cents>, last_12_months: Option<Cents>, ruleset_year: i32) -> IncomeUsed {
    let lower = |c: &Cents| i128::from(c.0) * 10 <= i128::from(n2.0) * 9;
    let n1 = n1.filter(lower).map(|amount| IncomeUsed { which: IncomeYear::N1, tax_year: ruleset_year - 1, amount });
    let l12 = last_12_months.filter(lower).map(|amount| IncomeUsed { which: IncomeYear::Last12Months, tax_year: ruleset_year, amount });
    [n1, l12].into_iter().flatten().min_by_key(|i| i.amount.0).unwrap_or(IncomeUsed { which: IncomeYear::N2, tax_year: ruleset_year - 2, amount: n2 })
}


pub fn evaluate(req: &Request, rules: &Rules, today: Date) -> Result<Outcome, Vec<Problem>> {
    let mut problems: Vec<Problem> = match req.household.validate() {
        Ok(()) => vec![],
        Err(errs) => errs.into_iter().map(Problem::Household).collect(),
    };
    let year = req.year.unwrap_or_else(|| rules.default_year(today));
    let ceiling_year = rules.ceiling_year(year);
    if ceiling_year.is_none() {
        problems.push(Problem::UnknownYear);
    }
    if req.applicant_age.is_some_and(|a| !(MIN_AGE..=MAX_AGE).contains(&a)) {
        problems.push(Problem::ApplicantAgeOutOfRange);
    }
    if req.tax_income_n1.is_some() && req.tax_income_n2.is_none() {
        problems.push(Problem::N1WithoutN2);
    }
    if req.income_last_12_months.is_some() && req.tax_income_n2.is_none() {
        problems.push(Problem::TwelveMonthsWithoutN2);
    }
    let Some(cy) = ceiling_year.filter(|_| problems.is_empty()) else {
        return Err(problems);
    };

    let category = req.household.category();
    let plus = cy.plus.amount(category.category, category.extra_persons);
    let plai = cy.plai.amount(category.category, category.extra_persons);
    let ceilings = Ceilings { plai, plus, pls: pls_from_plus(plus, rules.pls_factor_percent) };
    // `income × scale ≤ ceiling (euros) × 100 × scale`, kept in integers so nothing is rounded.
    let under = |income_scaled: i128, scale: i128| Flags {
        plai: income_scaled <= i128::from(ceilings.plai) * 100 * scale,
        plus: income_scaled <= i128::from(ceilings.plus) * 100 * scale,
        pls: income_scaled <= i128::from(ceilings.pls) * 100 * scale,
    };

    let income = req.tax_income_n2.map(|n2| income_used(n2, req.tax_income_n1, req.income_last_12_months, year));
    let band_rule = &rules.ciet_band;
    let rsa_date = if year >= today.year { today } else { Date { year, month: 12, day: 31 } };
    let rsa = rules.rsa_on(rsa_date).map(|a| RsaUsed { on: rsa_date, from: a.from, cents: a.cents, verified: a.verified, source: a.source.clone() });
    let rsa_cents = rsa.as_ref().map_or(0, |a| a.cents);

    let band = band::band(req.monthly_resources, plus, band_rule);
    Ok(Outcome {
        objectives: super::quota::Ruleset::for_days(today, today)
            .map(|rs| Objectives { favoured_in: rs.favoured_in(band), ruleset: rs.info(today, today) }),
        ruleset: RulesetInfo {
            year,
            source: cy.source.clone(),
            valid_from: cy.valid_from,
            valid_to: cy.valid_to,
            verified: cy.plus.verified && cy.plai.verified,
            band_rule: BandRuleInfo {
                name: band_rule.name.clone(),
                source: band_rule.source.clone(),
                valid_from: band_rule.valid_from,
                valid_to: band_rule.valid_to,
                in_force: band_rule.valid_from <= today && today <= band_rule.valid_to,
            },
        },
        persons: req.household.persons(),
        category,
        ceilings,
        eligible: income.map(|i| under(i128::from(i.amount.0), 1)),
        income_used: income,
        // Annual tax-like income from monthly resources: × 12, less the 10 % abatement.
        eligible_estimate: under(i128::from(req.monthly_resources.0) * 12 * i128::from(band_rule.abatement_per_mille), 1000),
        monthly_resources: req.monthly_resources,
        band,
        band_thresholds: band::thresholds(plus, band_rule),
        aci: aci::check(&req.aci_situations, &req.household, req.applicant_age, req.monthly_resources, rsa_cents, rules),
        rsa,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 11, 29).unwrap()
    }

    fn single(monthly: i64) -> Request {
        Request {
            household: Household { adults: 1, ..Default::default() },
            monthly_resources: Cents(monthly),
            ..Default::default()
        }
    }

    #[test]
    fn amina_single_mother_of_two() {
        // Journey 1: one adult, two children, 1 650 €/month, 2026 rules.
        let req = Request {
            household: Household { adults: 1, dependants: 2, ..Default::default() },
            monthly_resources: Cents(165_000),
            ..Default::default()
        };
        let out = evaluate(&req, Rules::embedded(), today()).unwrap();
        assert_eq!(out.category.category, 4);
        assert_eq!(out.ceilings.plus, 45374);
        assert_eq!(out.ceilings.pls, 58986);
        assert_eq!(out.ruleset.year, 2026);
        assert!(!out.ruleset.verified, "PLAI 2026 is an estimate");
        assert!(!out.ruleset.band_rule.in_force);
        // 1 650 / (45 374 / 0.9 / 12 = 4 201.30) = 39.3 %
        assert_eq!(out.band, Band::TresModeste);
        assert_eq!(out.eligible, None);
        assert_eq!(out.eligible_estimate, Flags { plai: true, plus: true, pls: true });
    }

    #[test]
    fn tax_income_n2_and_the_n1_rule() {
        let r = Rules::embedded();
        let with = |n2: i64, n1: Option<i64>| {
            let mut req = single(150_000);
            req.year = Some(2025);
            req.tax_income_n2 = Some(Cents::from_euros(n2));
            req.tax_income_n1 = n1.map(Cents::from_euros);
            evaluate(&req, r, today()).unwrap()
        };
        // PLUS 2025 single: 23 201 €; equal is eligible.
        assert_eq!(with(23201, None).eligible.map(|e| e.plus), Some(true));
        assert_eq!(with(23202, None).eligible.map(|e| e.plus), Some(false));
        // N-1 exactly 10 % lower replaces N-2.
        let used = with(30000, Some(27000));
        assert_eq!(used.income_used.map(|i| (i.which, i.tax_year)), Some((IncomeYear::N1, 2024)));
        // Slightly less than 10 % lower: N-2 stays.
        let kept = with(30000, Some(27001));
        assert_eq!(kept.income_used.map(|i| (i.which, i.tax_year)), Some((IncomeYear::N2, 2023)));
        // N-1 lower but above the ceiling still fails.
        assert_eq!(with(30000, Some(27000)).eligible.map(|e| e.plus), Some(false));
        assert_eq!(with(25000, Some(22000)).eligible.map(|e| (e.plai, e.plus, e.pls)), Some((false, true, true)));
    }

    #[test]
    fn the_last_twelve_months_count_when_at_least_10_percent_lower() {
        let n2 = Cents::from_euros(30000);
        let e = |v: i64| Some(Cents::from_euros(v));
        let used = |n1, l12| {
            let i = income_used(n2, n1, l12, 2025);
            (i.which, i.amount)
        };
        // Exactly 10 % lower: used; a euro more: N-2 stays.
        assert_eq!(used(None, e(27000)), (IncomeYear::Last12Months, Cents::from_euros(27000)));
        assert_eq!(used(None, e(27001)), (IncomeYear::N2, n2));
        // Both lower: the lower of the two (the household may show either).
        assert_eq!(used(e(26000), e(20000)), (IncomeYear::Last12Months, Cents::from_euros(20000)));
        assert_eq!(used(e(20000), e(26000)), (IncomeYear::N1, Cents::from_euros(20000)));
        // Only N-1 lower: N-1, whatever the twelve months say.
        assert_eq!(used(e(27000), e(29000)), (IncomeYear::N1, Cents::from_euros(27000)));
        // Without N-2, a clear error on the field, as for N-1.
        let mut req = single(150_000);
        req.income_last_12_months = e(10000);
        let fields: Vec<&str> = evaluate(&req, Rules::embedded(), today()).unwrap_err().iter().map(|p| p.field()).collect();
        assert_eq!(fields, vec!["income_last_12_months"]);
    }

    #[test]
    fn a_past_year_uses_its_own_rsa_and_ceilings_and_says_which() {
        // A 2024 question: the RSA of 1 April 2024 (635.71 €), not 2016's; a single person's
        // "2 RSA" limit is then 1 271.42 €, not 1 049 €. And 2019 has its ceilings (issue 18).
        let mut req = single(150_000);
        req.year = Some(2024);
        let out = evaluate(&req, Rules::embedded(), today()).unwrap();
        let rsa = out.rsa.unwrap();
        assert_eq!((rsa.from, rsa.cents, rsa.verified), (Date::new(2024, 4, 1).unwrap(), 63571, true));
        assert!(rsa.source.contains("2024-396"), "{}", rsa.source);
        assert_eq!(out.aci.resource_limit, Cents(127_142));
        req.year = Some(2019);
        let out = evaluate(&req, Rules::embedded(), today()).unwrap();
        assert_eq!((out.ceilings.plus, out.ceilings.plai, out.ruleset.verified), (20623, 11342, true));
        // This year's question: the amount in force today.
        req.year = None;
        assert_eq!(evaluate(&req, Rules::embedded(), today()).unwrap().rsa.map(|a| a.cents), Some(65169));
    }

    #[test]
    fn problems_are_reported_per_field() {
        let mut req = single(1000);
        req.household.adults = 0;
        req.year = Some(1999);
        req.tax_income_n1 = Some(Cents(1));
        let errs = evaluate(&req, Rules::embedded(), today()).unwrap_err();
        let fields: Vec<_> = errs.iter().map(|p| p.field()).collect();
        assert_eq!(fields, vec!["adults", "year", "tax_income_n1"]);
    }

    #[test]
    fn estimate_matches_the_band_reference() {
        // Monthly resources exactly at the reference (100 %) are under the PLUS ceiling.
        let r = Rules::embedded();
        // 2016 single: reference 20 111 / 0.9 / 12 = 1 862.13 €
        let mut req = single(186_212);
        req.year = Some(2016);
        assert!(evaluate(&req, r, today()).unwrap().eligible_estimate.plus);
        req.monthly_resources = Cents(186_214);
        assert!(!evaluate(&req, r, today()).unwrap().eligible_estimate.plus);
    }

    proptest::proptest! {
        /// A larger household never gets a lower ceiling.
        #[test]
        fn larger_household_never_lower_ceiling(adults in 1u32..4, dependants in 0u32..8, disabled in 0u32..2, year_idx in 0usize..4) {
            let r = Rules::embedded();
            let year = r.ceilings[year_idx].year;
            let mk = |d: u32| Request {
                year: Some(year),
                household: Household { adults, dependants: d, disabled_persons: disabled, couple_ages: None, jeune_menage_stated: false },
                ..Default::default()
            };
            let small = evaluate(&mk(dependants), r, today()).unwrap();
            let big = evaluate(&mk(dependants + 1), r, today()).unwrap();
            proptest::prop_assert!(big.ceilings.plus >= small.ceilings.plus);
            proptest::prop_assert!(big.ceilings.plai >= small.ceilings.plai);
            proptest::prop_assert!(big.ceilings.pls >= small.ceilings.pls);
        }
    }
}
