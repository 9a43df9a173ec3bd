//! The core of the CIET quota engine (art. 5): attributions tallied by income band, shares and
//! gaps to the reference balance, the art. 5 rule of a fragility class, and guidance — how many
//! of the remaining attributions of a period must go to the favoured bands for the rule to hold
//! at the period's end. Exact integer arithmetic; shares are derived for display only.

use super::band::Band;
use super::date::Date;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// A versioned set of objectives (`rules/quota.json`), always shown with the results.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ruleset {
    pub id: String,
    pub name: String,
    pub source: String,
    pub valid_from: Date,
    pub valid_to: Option<Date>,
    /// False while the end date is an estimate not read in the act that ended the set.
    #[serde(default = "yes")]
    pub valid_to_verified: bool,
    pub band_reference_percent: u32,
    pub group_threshold_percent: u32,
    pub aci_target_percent: u32,
    pub npru_forecast_percent: u32,
    /// Quartier fragility classes whose rule favours intermediate and higher resources.
    pub favour_higher: Vec<String>,
    /// Classes whose rule favours modest and very modest resources.
    pub favour_lower: Vec<String>,
}

fn yes() -> bool {
    true
}

/// Whether a rule set was in force over a stretch of days: what every figure judged by it says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// In force on every day of the stretch.
    InForce,
    /// In force on some of its days only.
    Partly,
    /// Ended before the stretch began: its objectives are a historic comparison, never rules in force.
    Ended,
}

impl Standing {
    pub const ALL: [Standing; 3] = [Standing::InForce, Standing::Partly, Standing::Ended];

    pub fn id(self) -> &'static str {
        match self {
            Standing::InForce => "in_force",
            Standing::Partly => "partly",
            Standing::Ended => "ended",
        }
    }
}

/// A rule set's name, source and validity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RulesetInfo {
    pub name: String,
    pub source: String,
    pub valid_from: Date,
    pub valid_to: Option<Date>,
    pub valid_to_verified: bool,
    pub standing: Standing,
}

#[derive(Deserialize)]
struct RulesetFile {
    rulesets: Vec<Ruleset>,
}

impl Ruleset {
    /// Every rule set of `rules/quota.json`, oldest first.
    pub fn all() -> &'static [Ruleset] {
        static ALL: OnceLock<Vec<Ruleset>> = OnceLock::new();
        ALL.get_or_init(|| {
            // A unit test parses the file: a broken one never ships.
            let file: RulesetFile =
                serde_json::from_str(include_str!("../../../rules/quota.json")).unwrap_or_else(|e| panic!("rules/quota.json: {e}"));
            file.rulesets
        })
    }

    /// The rule set in force on a date, if any.
    pub fn on(date: Date) -> Option<&'static Ruleset> {
        Ruleset::for_days(date, date).filter(|r| r.standing(date, date) == Standing::InForce)
    }

    /// The rule set to judge the days `from..=to` by: the latest in force on any of them, else
    /// the latest that ended before them (a comparison, shown as historic), else none.
    pub fn for_days(from: Date, to: Date) -> Option<&'static Ruleset> {
        let all = Ruleset::all();
        all.iter()
            .rev()
            .find(|r| r.valid_from <= to && r.valid_to.is_none_or(|t| from <= t))
            .or_else(|| all.iter().rev().find(|r| r.valid_to.is_some_and(|t| t < from)))
    }

    /// Whether the set was in force over `from..=to`.
    pub fn standing(&self, from: Date, to: Date) -> Standing {
        let ended_before = |d: Date| self.valid_to.is_some_and(|t| t < d);
        if ended_before(from) {
            Standing::Ended
        } else if self.valid_from <= from && !ended_before(to) {
            Standing::InForce
        } else {
            Standing::Partly
        }
    }

    /// The rule of a quartier fragility class, if the set has one.
    pub fn favour_class(&self, class: Fragility) -> Option<Favour> {
        self.favour(class.id())
    }

    /// The quartier classes whose rule favours `band` (what an applicant of that band is told).
    pub fn favoured_in(&self, band: Band) -> Vec<Fragility> {
        Fragility::ALL.into_iter().filter(|c| self.favour_class(*c).is_some_and(|f| f.bands().contains(&band))).collect()
    }

    /// The rule set as shown next to anything it decided on the days `from..=to`.
    pub fn info(&self, from: Date, to: Date) -> RulesetInfo {
        RulesetInfo {
            name: self.name.clone(),
            source: self.source.clone(),
            valid_from: self.valid_from,
            valid_to: self.valid_to,
            valid_to_verified: self.valid_to_verified,
            standing: self.standing(from, to),
        }
    }

    /// The rule of a quartier fragility class named in data, if the set has one.
    pub fn favour(&self, class: &str) -> Option<Favour> {
        if self.favour_higher.iter().any(|c| c == class) {
            Some(Favour::Higher)
        } else if self.favour_lower.iter().any(|c| c == class) {
            Some(Favour::Lower)
        } else {
            None
        }
    }
}

/// The fragility classes of quartiers and communes (CIET art. 4), as imported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Fragility {
    Fragile,
    Moyenne,
    Sans,
}

impl Fragility {
    pub const ALL: [Fragility; 3] = [Fragility::Fragile, Fragility::Moyenne, Fragility::Sans];

    pub fn id(self) -> &'static str {
        match self {
            Fragility::Fragile => "fragile",
            Fragility::Moyenne => "moyenne",
            Fragility::Sans => "sans",
        }
    }

    pub fn parse(s: &str) -> Option<Fragility> {
        Fragility::ALL.into_iter().find(|f| f.id() == s)
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// Attributions counted by band; those without a band are counted apart and left out of shares.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    /// Very modest, modest, intermediate, higher (the order of [`Band::ALL`]).
    pub bands: [u64; 4],
    pub unknown: u64,
}

pub(crate) fn index(b: Band) -> usize {
    Band::ALL.iter().position(|x| *x == b).unwrap_or(0)
}

/// Which bands an art. 5 rule asks a majority for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Favour {
    /// Fragile quartiers: at least the threshold to intermediate and higher resources.
    Higher,
    /// Less fragile quartiers: at least the threshold to modest and very modest resources.
    Lower,
}

impl Favour {
    pub fn bands(self) -> [Band; 2] {
        match self {
            Favour::Higher => [Band::Intermediaire, Band::Superieur],
            Favour::Lower => [Band::TresModeste, Band::Modeste],
        }
    }
}

impl Tally {
    pub fn add(&mut self, band: Option<Band>) {
        match band {
            Some(b) => self.bands[index(b)] += 1,
            None => self.unknown += 1,
        }
    }

    pub fn count(&self, b: Band) -> u64 {
        self.bands[index(b)]
    }

    /// Attributions with a band (the denominator of shares).
    pub fn known(&self) -> u64 {
        self.bands.iter().sum()
    }

    pub fn total(&self) -> u64 {
        self.known() + self.unknown
    }

    /// The attributions to the two bands a rule favours.
    pub fn group(&self, favour: Favour) -> u64 {
        favour.bands().iter().map(|b| self.count(*b)).sum()
    }

    /// Share of a band among attributions with a band, between 0 and 1; `None` without any.
    pub fn share(&self, b: Band) -> Option<f64> {
        let known = self.known();
        (known > 0).then(|| self.count(b) as f64 / known as f64)
    }

    /// Gap to the reference share, in percentage points (positive: above it).
    pub fn gap_points(&self, b: Band, reference_percent: u32) -> Option<f64> {
        self.share(b).map(|s| s * 100.0 - f64::from(reference_percent))
    }

    /// Whether the favoured bands have at least `threshold_percent` % of the attributions with a
    /// band (compared exactly: `group × 100 ≥ threshold × known`). An empty tally meets it.
    pub fn rule_met(&self, favour: Favour, threshold_percent: u32) -> bool {
        u128::from(self.group(favour)) * 100 >= u128::from(threshold_percent) * u128::from(self.known())
    }

    pub fn merged(&self, other: &Tally) -> Tally {
        let mut t = *self;
        for i in 0..4 {
            t.bands[i] += other.bands[i];
        }
        t.unknown += other.unknown;
        t
    }
}

/// How the remaining attributions of a period should go for the rule to hold at its end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guidance {
    /// Whether the rule can still be met with the remaining attributions.
    pub reachable: bool,
    /// The fewest remaining attributions that must go to the favoured bands.
    pub needed: u64,
    /// That number split between the two favoured bands, the one further below its reference
    /// share first (each band tends to 25 %).
    pub by_band: [u64; 4],
    pub remaining: u64,
}

/// Guidance for `remaining` attributions still to come (projected or given), all assumed to get
/// a band. The minimal `x` satisfies `(group + x) × 100 ≥ threshold × (known + remaining)`.
pub fn guidance(t: &Tally, remaining: u64, favour: Favour, threshold_percent: u32) -> Guidance {
    let target = u128::from(threshold_percent) * u128::from(t.known() + remaining);
    let have = u128::from(t.group(favour)) * 100;
    let needed = if have >= target { 0 } else { (target - have).div_ceil(100) };
    let needed = u64::try_from(needed).unwrap_or(u64::MAX);
    let reachable = needed <= remaining;
    let mut by_band = [0u64; 4];
    if reachable {
        let [a, b] = favour.bands();
        let (ia, ib) = (index(a), index(b));
        let (ca, cb) = (t.count(a), t.count(b));
        // The band with fewer attributions so far catches up first, then both share the rest.
        let catch_up = ca.abs_diff(cb).min(needed);
        by_band[if ca <= cb { ia } else { ib }] += catch_up;
        let rest = needed - catch_up;
        by_band[ia] += rest.div_ceil(2);
        by_band[ib] += rest / 2;
    }
    Guidance { reachable, needed, by_band, remaining }
}

/// ACI households among first-access attributions (CIET art. 6: mutations are left out), as
/// `(aci, first_access)`; each record is `(first_access, aci)`.
pub fn aci_first_access(records: impl IntoIterator<Item = (bool, bool)>) -> (u64, u64) {
    records.into_iter().filter(|(first, _)| *first).fold((0, 0), |(aci, all), (_, is_aci)| (aci + u64::from(is_aci), all + 1))
}

/// Whether `aci` of `first_access` reaches `target_percent` % (exactly).
pub fn aci_met(aci: u64, first_access: u64, target_percent: u32) -> bool {
    u128::from(aci) * 100 >= u128::from(target_percent) * u128::from(first_access)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    /// The CIET ended (six years after its adoption, until the act's date is entered): a day
    /// after it is judged by it only as history, a stretch across its end only partly.
    #[test]
    fn the_ciet_is_in_force_only_until_its_end() {
        let ciet = &Ruleset::all()[0];
        assert_eq!(ciet.valid_to, Some(d("2022-10-13")));
        assert!(!ciet.valid_to_verified, "the end is an estimate until the act is read");
        assert_eq!(Ruleset::on(d("2022-10-13")).map(|r| r.id.as_str()), Some("ciet-2016"));
        assert_eq!(Ruleset::on(d("2022-10-14")), None);
        assert_eq!(Ruleset::on(d("2016-10-13")), None);
        // Whole stretches.
        assert_eq!(ciet.standing(d("2021-01-01"), d("2021-12-31")), Standing::InForce);
        assert_eq!(ciet.standing(d("2022-07-01"), d("2022-12-31")), Standing::Partly);
        assert_eq!(ciet.standing(d("2016-07-01"), d("2016-12-31")), Standing::Partly);
        assert_eq!(ciet.standing(d("2022-10-14"), d("2022-12-31")), Standing::Ended);
        assert_eq!(ciet.standing(d("2026-01-01"), d("2026-06-30")), Standing::Ended);
        // Later days are compared with it (no later set is entered); earlier ones have none.
        assert_eq!(Ruleset::for_days(d("2026-01-01"), d("2026-06-30")).map(|r| r.id.as_str()), Some("ciet-2016"));
        assert_eq!(Ruleset::for_days(d("2015-01-01"), d("2015-12-31")), None);
        assert_eq!(ciet.info(d("2026-12-01"), d("2026-12-01")).standing, Standing::Ended);
    }

    /// The income bands and the ACI are the CIET's: they end with it, on the same day.
    #[test]
    fn the_band_method_ends_with_the_ciet() {
        let band = &crate::domain::rules::Rules::embedded().ciet_band;
        assert_eq!(Some(band.valid_to), Ruleset::all()[0].valid_to);
        assert_eq!(band.valid_from, Ruleset::all()[0].valid_from);
    }

    fn tally(bands: [u64; 4]) -> Tally {
        Tally { bands, unknown: 0 }
    }

    /// The CIET's table of 2014 attributions: the engine gives back its gaps, band by band and
    /// by group of bands (rounded to the point as the table is).
    #[test]
    fn reproduces_the_ciet_2014_table() {
        let round = |x: f64| x.round() as i64;
        let cases = [
            ("fragile", [32, 33, 19, 16], [7, 8, -6, -9], 15),
            ("moyenne", [21, 32, 22, 25], [-4, 7, -3, 0], 3),
            ("sans", [15, 28, 22, 35], [-10, 3, -3, 10], -7),
        ];
        for (class, shares, gaps, low_gap) in cases {
            // 12 000 attributions a year, a quarter of them per class, in these proportions.
            let t = tally(shares.map(|s| s * 30));
            for (b, g) in Band::ALL.into_iter().zip(gaps) {
                assert_eq!(t.gap_points(b, 25).map(round), Some(g), "{class} {b:?}");
            }
            let low = (t.group(Favour::Lower) as f64 / t.known() as f64) * 100.0 - 50.0;
            assert_eq!(round(low), low_gap, "{class} modest + very modest");
        }
        // Fragile quartiers did not meet their rule in 2014 (65 % to modest or very modest).
        assert!(!tally([32, 33, 19, 16]).rule_met(Favour::Higher, 50));
        assert!(!tally([15, 28, 22, 35]).rule_met(Favour::Lower, 50));
        assert!(tally([21, 32, 22, 25]).rule_met(Favour::Lower, 50));
    }

    #[test]
    fn the_rule_sets_parse_and_apply_by_date() {
        let r = Ruleset::on(Date::parse("2018-06-30").unwrap()).expect("the CIET");
        assert_eq!((r.id.as_str(), r.group_threshold_percent, r.band_reference_percent, r.aci_target_percent), ("ciet-2016", 50, 25, 45));
        assert_eq!(r.favour("fragile"), Some(Favour::Higher));
        assert_eq!(r.favour("moyenne"), Some(Favour::Lower));
        assert_eq!(r.favour("?"), None);
        assert_eq!(r.favoured_in(Band::Superieur), vec![Fragility::Fragile]);
        assert_eq!(r.favoured_in(Band::Modeste), vec![Fragility::Moyenne, Fragility::Sans]);
        assert!(Ruleset::on(Date::parse("2015-01-01").unwrap()).is_none());
        assert!(Ruleset::on(Date::parse("2026-11-30").unwrap()).is_none(), "ended in 2022 (see below)");
    }

    #[test]
    fn unknown_bands_are_apart() {
        let mut t = Tally::default();
        for b in [Some(Band::Modeste), None, Some(Band::Superieur), None] {
            t.add(b);
        }
        assert_eq!((t.known(), t.unknown, t.total()), (2, 2, 4));
        assert_eq!(t.share(Band::Modeste), Some(0.5));
        assert_eq!(Tally::default().share(Band::Modeste), None);
    }

    #[test]
    fn aci_share_ignores_mutations() {
        // Two first-access attributions (one ACI), three mutations of ACI households.
        let records = [(true, true), (true, false), (false, true), (false, true), (false, true)];
        assert_eq!(aci_first_access(records), (1, 2));
        assert!(aci_met(1, 2, 45) && !aci_met(4, 10, 45) && aci_met(9, 20, 45));
    }

    #[test]
    fn guidance_examples() {
        // 65 low / 35 high so far, 100 to come: 65 more of the 100 must go high (100 of 200).
        let g = guidance(&tally([32, 33, 19, 16]), 100, Favour::Higher, 50);
        assert_eq!((g.reachable, g.needed), (true, 65));
        assert_eq!(g.by_band, [0, 0, 31, 34], "the band further behind catches up first");
        // Only 10 to come: out of reach.
        assert!(!guidance(&tally([32, 33, 19, 16]), 10, Favour::Higher, 50).reachable);
        // Already met: nothing needed.
        assert_eq!(guidance(&tally([10, 10, 40, 40]), 50, Favour::Higher, 50).needed, 0);
    }

    proptest::proptest! {
        #[test]
        fn shares_add_up_to_one(bands in proptest::array::uniform4(0u64..10_000), unknown in 0u64..100) {
            let t = Tally { bands, unknown };
            if t.known() > 0 {
                let sum: f64 = Band::ALL.iter().filter_map(|b| t.share(*b)).sum();
                proptest::prop_assert!((sum - 1.0).abs() < 1e-9);
            }
        }

        /// Following the guidance meets the rule at the period's end whatever the other
        /// attributions are, and one fewer never does.
        #[test]
        fn guidance_is_sufficient_and_minimal(
            bands in proptest::array::uniform4(0u64..2_000),
            remaining in 0u64..2_000,
            higher in proptest::bool::ANY,
            threshold in 1u32..100,
        ) {
            let favour = if higher { Favour::Higher } else { Favour::Lower };
            let t = tally(bands);
            let g = guidance(&t, remaining, favour, threshold);
            let other = Band::ALL.into_iter().find(|b| !favour.bands().contains(b)).unwrap();
            let end = |x: u64| {
                let mut rest = tally([0; 4]);
                rest.bands[index(favour.bands()[0])] = x;
                rest.bands[index(other)] = remaining - x;
                t.merged(&rest)
            };
            if g.reachable {
                proptest::prop_assert_eq!(g.by_band.iter().sum::<u64>(), g.needed);
                let mut after = t;
                for i in 0..4 { after.bands[i] += g.by_band[i]; }
                after.bands[index(other)] += remaining - g.needed;
                proptest::prop_assert!(after.rule_met(favour, threshold));
                if g.needed > 0 {
                    proptest::prop_assert!(!end(g.needed - 1).rule_met(favour, threshold));
                }
            } else {
                proptest::prop_assert!(!end(remaining).rule_met(favour, threshold));
            }
        }
    }
}
