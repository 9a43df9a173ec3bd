//! The bilan des attributions (CIET art. 19) for a period and a scope: how attributions were
//! distributed by income band, the art. 5 rule of each quartier fragility class present, the ACI
//! share of first-access attributions (art. 6), NPRU relogements (art. 8), mutations complexes
//! and droit commun, and guidance for the rest of the period. One engine for every page and
//! the API: callers only choose the records.

use super::access::{Principal, Resource, Role};
use super::band::Band;
use super::date::Date;
use super::quota::{self, Favour, Fragility, Ruleset, Standing, Tally};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A period of decisions (CAL dates), both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Period {
    /// `2026-S1` (January–June) or `2026-S2` (July–December).
    Semester { year: i32, second: bool },
    /// `2026`.
    Year(i32),
    /// `2026-01-15..2026-03-31`.
    Custom { from: Date, to: Date },
}

impl Period {
    pub fn parse(s: &str) -> Option<Period> {
        let s = s.trim();
        if let Some((a, b)) = s.split_once("..") {
            let (from, to) = (Date::parse(a)?, Date::parse(b)?);
            return (from <= to).then_some(Period::Custom { from, to });
        }
        let year = |y: &str| y.parse::<i32>().ok().filter(|y| (1900..=2200).contains(y));
        if let Some((y, h)) = s.split_once('-') {
            let second = match h {
                "S1" | "s1" => false,
                "S2" | "s2" => true,
                _ => return None,
            };
            return year(y).map(|year| Period::Semester { year, second });
        }
        (s.len() == 4).then(|| year(s)).flatten().map(Period::Year)
    }

    /// The semester holding `day`.
    pub fn semester_of(day: Date) -> Period {
        Period::Semester { year: day.year, second: day.month > 6 }
    }

    /// The semester before this one (for a semester); the year before (for a year).
    pub fn before(self) -> Period {
        match self {
            Period::Semester { year, second: true } => Period::Semester { year, second: false },
            Period::Semester { year, second: false } => Period::Semester { year: year - 1, second: true },
            Period::Year(y) => Period::Year(y - 1),
            Period::Custom { .. } => self.previous_comparable(),
        }
    }

    pub fn bounds(self) -> (Date, Date) {
        let d = |y, m, day| Date::new(y, m, day).unwrap_or(Date { year: y, month: m, day });
        match self {
            Period::Semester { year, second: false } => (d(year, 1, 1), d(year, 6, 30)),
            Period::Semester { year, second: true } => (d(year, 7, 1), d(year, 12, 31)),
            Period::Year(y) => (d(y, 1, 1), d(y, 12, 31)),
            Period::Custom { from, to } => (from, to),
        }
    }

    /// The same period one year earlier: what the rest of this one is projected from
    /// (attributions follow the seasons of the CAL calendar).
    pub fn previous_comparable(self) -> Period {
        match self {
            Period::Semester { year, second } => Period::Semester { year: year - 1, second },
            Period::Year(y) => Period::Year(y - 1),
            Period::Custom { from, to } => Period::Custom { from: year_earlier(from), to: year_earlier(to) },
        }
    }

    /// Whether the public may be told this period's figures on `today`: a whole semester or
    /// year that has ended. An open period's figures change with every import (two answers a
    /// day apart would give that day's), and day ranges subtract from each other (one day's
    /// bands from two ranges): both would give back counts the public must not see.
    pub fn is_public_on(self, today: Date) -> bool {
        !matches!(self, Period::Custom { .. }) && self.bounds().1 < today
    }

    /// The latest semester that has ended before `today`: what the public sees by default.
    pub fn last_closed_semester(today: Date) -> Period {
        Period::semester_of(today).before()
    }

    pub fn id(self) -> String {
        match self {
            Period::Semester { year, second } => format!("{year}-S{}", if second { 2 } else { 1 }),
            Period::Year(y) => y.to_string(),
            Period::Custom { from, to } => format!("{from}..{to}"),
        }
    }
}

/// The same day a year earlier (29 February → 28 February).
pub fn year_earlier(d: Date) -> Date {
    Date::new(d.year - 1, d.month, d.day).unwrap_or(Date { year: d.year - 1, month: d.month, day: 28 })
}

/// What a bilan is about.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    Metropole,
    Commune(String),
    Quartier(String),
    Landlord(String),
    QuartierFragility(Fragility),
    CommuneFragility(Fragility),
}

impl Scope {
    /// `metropole`, `commune:{insee}`, `quartier:{id}`, `landlord:{id}`,
    /// `quartier_fragility:{class}`, `commune_fragility:{class}`.
    pub fn parse(s: &str) -> Option<Scope> {
        let s = s.trim();
        if s == "metropole" {
            return Some(Scope::Metropole);
        }
        let (kind, key) = s.split_once(':')?;
        let key_ok = !key.is_empty() && key.len() <= 40 && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !key_ok {
            return None;
        }
        match kind {
            "commune" => Some(Scope::Commune(key.to_owned())),
            "quartier" => Some(Scope::Quartier(key.to_owned())),
            "landlord" => Some(Scope::Landlord(key.to_owned())),
            "quartier_fragility" => Fragility::parse(key).map(Scope::QuartierFragility),
            "commune_fragility" => Fragility::parse(key).map(Scope::CommuneFragility),
            _ => None,
        }
    }

    pub fn id(&self) -> String {
        match self {
            Scope::Metropole => "metropole".to_owned(),
            Scope::Commune(k) => format!("commune:{k}"),
            Scope::Quartier(k) => format!("quartier:{k}"),
            Scope::Landlord(k) => format!("landlord:{k}"),
            Scope::QuartierFragility(f) => format!("quartier_fragility:{}", f.id()),
            Scope::CommuneFragility(f) => format!("commune_fragility:{}", f.id()),
        }
    }

    /// Whether anyone may see this scope's figures (with small counts suppressed). Quartier
    /// and landlord figures are staff-only: the public sees a quartier's favoured bands only.
    pub fn is_public(&self) -> bool {
        matches!(self, Scope::Metropole | Scope::Commune(_) | Scope::QuartierFragility(_) | Scope::CommuneFragility(_))
    }
}

/// Whether a staff member sees `scope`'s full figures (not only the public ones): admins every
/// scope; commune staff their communes and those communes' quartiers (`quartier_commune` is the
/// quartier's commune); a landlord's staff its own landlord. Fragility classes and the metropole
/// span other communes: below admin, only their public figures.
pub fn staff_may_see(p: &Principal, scope: &Scope, quartier_commune: Option<&str>) -> bool {
    if !p.may(Resource::Dashboards) {
        return false;
    }
    match (p.role, scope) {
        (Role::Admin, _) => true,
        (Role::Commune, Scope::Commune(k)) => p.may_see(Resource::Dashboards, k),
        (Role::Commune, Scope::Quartier(_)) => quartier_commune.is_some_and(|c| p.may_see(Resource::Dashboards, c)),
        (Role::Landlord, Scope::Landlord(k)) => p.may_see(Resource::Dashboards, k),
        _ => false,
    }
}

/// The facts of one attribution (or of `n` alike) that the engine counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Facts {
    pub band: Option<Band>,
    pub first_access: bool,
    pub aci: bool,
    pub npru: bool,
    /// A mutation complexe or bloquée (art. 7).
    pub mutation_complexe: bool,
    /// The quartier's fragility class on the decision date, when known.
    pub quartier_class: Option<Fragility>,
}

impl Facts {
    /// Droit commun: neither an ACI priority household, nor an NPRU relogement, nor a mutation
    /// complexe or bloquée (the CIET's categories of art. 10 and 19).
    pub fn droit_commun(&self) -> bool {
        !self.aci && !self.npru && !self.mutation_complexe
    }
}

/// Everything a bilan needs, summed over records: adding is all a scope's records cost.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Acc {
    pub all: Tally,
    /// Tallies by quartier fragility class (the order of [`Fragility::ALL`]).
    pub by_class: [Tally; 3],
    pub first_access: u64,
    pub aci_first_access: u64,
    pub npru: u64,
    pub mutations: u64,
    pub mutations_complexes: u64,
    pub droit_commun: u64,
}

impl Acc {
    #[inline]
    pub fn add(&mut self, f: &Facts, n: u64) {
        let bi = f.band.map_or(4, quota::index);
        if bi < 4 {
            self.all.bands[bi] += n;
        } else {
            self.all.unknown += n;
        }
        if let Some(c) = f.quartier_class {
            let t = &mut self.by_class[c.index()];
            if bi < 4 {
                t.bands[bi] += n;
            } else {
                t.unknown += n;
            }
        }
        if f.first_access {
            self.first_access += n;
            self.aci_first_access += n * u64::from(f.aci);
        } else {
            self.mutations += n;
        }
        self.npru += n * u64::from(f.npru);
        self.mutations_complexes += n * u64::from(f.mutation_complexe);
        self.droit_commun += n * u64::from(f.droit_commun());
    }

    pub fn merge(&mut self, o: &Acc) {
        self.all = self.all.merged(&o.all);
        for i in 0..3 {
            self.by_class[i] = self.by_class[i].merged(&o.by_class[i]);
        }
        self.first_access += o.first_access;
        self.aci_first_access += o.aci_first_access;
        self.npru += o.npru;
        self.mutations += o.mutations;
        self.mutations_complexes += o.mutations_complexes;
        self.droit_commun += o.droit_commun;
    }
}

/// How many attributions the rest of the period will bring.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Remaining {
    /// The period is over.
    Closed,
    /// Counted from the same stretch of the previous comparable period, per quartier class.
    Projected([u64; 3]),
    /// Given by the user for the whole scope; split between the classes present in proportion
    /// to their attributions so far.
    Given(u64),
}

// ----- The bilan as shown and served (`GET /api/v1/bilan`) -----

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RulesetRef {
    pub id: String,
    pub name: String,
    pub source: String,
    pub valid_from: String,
    pub valid_to: Option<String>,
    /// False while `valid_to` is an estimate not read in the act that ended the set.
    pub valid_to_verified: bool,
    /// Whether the set was in force over the days judged: `ended` means its objectives are a
    /// historic comparison, not rules in force.
    pub standing: Standing,
    /// The reference share of each band, as a fraction (0.25).
    pub band_reference: f64,
}

impl RulesetRef {
    /// The set as shown next to what it judged over `from..=to`.
    pub fn new(rs: &Ruleset, from: Date, to: Date) -> RulesetRef {
        RulesetRef {
            id: rs.id.clone(),
            name: rs.name.clone(),
            source: rs.source.clone(),
            valid_from: rs.valid_from.to_string(),
            valid_to: rs.valid_to.map(|d| d.to_string()),
            valid_to_verified: rs.valid_to_verified,
            standing: rs.standing(from, to),
            band_reference: f64::from(rs.band_reference_percent) / 100.0,
        }
    }
}

/// The bands a quartier of `class` should favour on `day` (or, once its rule set has ended with
/// no successor entered, should have favoured), with the rule set saying which and its standing
/// (what the public sees of a quartier's objectives: never its counts).
pub fn favoured_bands(class: Fragility, day: Date) -> Option<(Vec<Band>, RulesetRef)> {
    let rs = Ruleset::for_days(day, day)?;
    rs.favour_class(class).map(|f| (f.bands().to_vec(), RulesetRef::new(rs, day, day)))
}

/// A count and its share; `None` where the count is suppressed (public figures: 1 to 10, and what would give them back).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Part {
    pub count: Option<u64>,
    /// Between 0 and 1.
    pub share: Option<f64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BandFigures {
    pub count: Option<u64>,
    pub share: Option<f64>,
    /// Share minus the reference, in percentage points.
    pub gap_points: Option<f64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    NotMet,
}

impl Status {
    fn of(met: bool) -> Status {
        if met { Status::Met } else { Status::NotMet }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct GuidanceOut {
    pub reachable: bool,
    /// Attributions expected before the period ends.
    pub remaining: u64,
    /// Whether `remaining` was projected from the previous comparable period (else given, or
    /// 0 for a period that is over).
    pub projected: bool,
    /// The fewest of them that must go to the favoured bands.
    pub needed: u64,
    /// That number per band (`tres_modeste`, …).
    pub by_band: BTreeMap<String, u64>,
}

/// The art. 5 rule of one quartier fragility class present in the scope.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RuleFigures {
    pub fragility: Fragility,
    pub favour: Favour,
    pub favoured_bands: Vec<Band>,
    /// Attributions with a band in quartiers of this class.
    pub count: Option<u64>,
    pub favoured: Part,
    /// The share the favoured bands must reach (0.5).
    pub threshold: f64,
    /// `null` in public figures where the counts it is judged on are hidden (a verdict on a
    /// hidden count can pin it down).
    pub status: Option<Status>,
    /// Staff only (`null` in public figures).
    pub guidance: Option<GuidanceOut>,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AciFigures {
    /// ACI households among first-access attributions.
    pub count: Option<u64>,
    pub first_access: Option<u64>,
    pub share: Option<f64>,
    pub target: f64,
    pub status: Option<Status>,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct NpruFigures {
    pub count: Option<u64>,
    pub share: Option<f64>,
    /// The CIET's forecast (< 5 % over the NPRU's years): information, not an objective.
    pub forecast: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Bilan {
    pub period: String,
    pub from: String,
    pub to: String,
    pub scope: String,
    pub ruleset: RulesetRef,
    pub total: Option<u64>,
    pub unknown: Option<u64>,
    /// Whether counts below the public threshold were hidden.
    pub suppressed: bool,
    /// By band id: `tres_modeste`, `modeste`, `intermediaire`, `superieur`.
    pub bands: BTreeMap<String, BandFigures>,
    pub rules: Vec<RuleFigures>,
    pub aci_first_access: AciFigures,
    pub npru: NpruFigures,
    pub mutations: Part,
    pub mutations_complexes: Part,
    pub droit_commun: Part,
    /// All the rules of the scope together; staff only (`null` in public figures: what remains
    /// to be attributed is worked out from exact counts).
    pub guidance: Option<GuidanceOut>,
    /// The register holds demonstration lines: these figures are invented.
    #[serde(default)]
    pub demonstration: bool,
}

/// Counts below this are not published (statistical confidentiality).
pub const PUBLIC_MIN_COUNT: u64 = 11;

fn ratio(n: u64, d: u64) -> Option<f64> {
    (d > 0).then(|| n as f64 / d as f64)
}

fn part(n: u64, d: u64) -> Part {
    Part { count: Some(n), share: ratio(n, d) }
}

fn band_map<T>(f: impl Fn(Band) -> T) -> BTreeMap<String, T> {
    Band::ALL.into_iter().map(|b| (b.id().to_owned(), f(b))).collect()
}

/// `total` split in proportion to `weights` (largest remainder; equal parts without weights).
fn split(total: u64, weights: [u64; 3], present: [bool; 3]) -> [u64; 3] {
    let w: [u128; 3] = std::array::from_fn(|i| if present[i] { u128::from(weights[i].max(1)) } else { 0 });
    let sum: u128 = w.iter().sum();
    if sum == 0 {
        return [0; 3];
    }
    let mut out = [0u64; 3];
    let mut rest: Vec<(u128, usize)> = vec![];
    for i in 0..3 {
        let exact = u128::from(total) * w[i];
        out[i] = (exact / sum) as u64;
        rest.push((exact % sum, i));
    }
    rest.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut left = total - out.iter().sum::<u64>();
    for (_, i) in rest {
        if left == 0 {
            break;
        }
        if w[i] > 0 {
            out[i] += 1;
            left -= 1;
        }
    }
    out
}

impl Bilan {
    /// The bilan of `acc` (the records of `scope` in `period`) under `rs`.
    pub fn compute(rs: &Ruleset, period: Period, scope: &Scope, acc: &Acc, remaining: Remaining) -> Bilan {
        let (from, to) = period.bounds();
        let t = &acc.all;
        let bands = band_map(|b| BandFigures {
            count: Some(t.count(b)),
            share: t.share(b),
            gap_points: t.gap_points(b, rs.band_reference_percent),
        });
        let present: [bool; 3] = std::array::from_fn(|i| acc.by_class[i].total() > 0 && rs.favour_class(Fragility::ALL[i]).is_some());
        let (per_class, projected) = match remaining {
            Remaining::Closed => ([0; 3], false),
            Remaining::Projected(r) => (r, true),
            Remaining::Given(n) => (split(n, acc.by_class.map(|c| c.known()), present), false),
        };
        let mut rules = vec![];
        let mut overall = GuidanceOut { reachable: true, remaining: 0, projected, needed: 0, by_band: band_map(|_| 0) };
        for class in Fragility::ALL {
            let i = class.index();
            let Some(favour) = rs.favour_class(class) else { continue };
            if !present[i] {
                continue;
            }
            let ct = &acc.by_class[i];
            let g = quota::guidance(ct, per_class[i], favour, rs.group_threshold_percent);
            let guidance = GuidanceOut {
                reachable: g.reachable,
                remaining: g.remaining,
                projected,
                needed: g.needed,
                by_band: band_map(|b| g.by_band[quota::index(b)]),
            };
            overall.reachable &= g.reachable;
            overall.remaining += g.remaining;
            overall.needed += g.needed;
            for b in Band::ALL {
                *overall.by_band.entry(b.id().to_owned()).or_default() += g.by_band[quota::index(b)];
            }
            rules.push(RuleFigures {
                fragility: class,
                favour,
                favoured_bands: favour.bands().to_vec(),
                count: Some(ct.known()),
                favoured: part(ct.group(favour), ct.known()),
                threshold: f64::from(rs.group_threshold_percent) / 100.0,
                status: Some(Status::of(ct.rule_met(favour, rs.group_threshold_percent))),
                guidance: Some(guidance),
            });
        }
        let total = t.total();
        Bilan {
            period: period.id(),
            from: from.to_string(),
            to: to.to_string(),
            scope: scope.id(),
            ruleset: RulesetRef::new(rs, from, to),
            total: Some(total),
            unknown: Some(t.unknown),
            suppressed: false,
            bands,
            rules,
            aci_first_access: AciFigures {
                count: Some(acc.aci_first_access),
                first_access: Some(acc.first_access),
                share: ratio(acc.aci_first_access, acc.first_access),
                target: f64::from(rs.aci_target_percent) / 100.0,
                status: (acc.first_access > 0).then(|| Status::of(quota::aci_met(acc.aci_first_access, acc.first_access, rs.aci_target_percent))),
            },
            npru: NpruFigures {
                count: Some(acc.npru),
                share: ratio(acc.npru, total),
                forecast: f64::from(rs.npru_forecast_percent) / 100.0,
            },
            mutations: part(acc.mutations, total),
            mutations_complexes: part(acc.mutations_complexes, total),
            droit_commun: part(acc.droit_commun, total),
            guidance: Some(overall),
            demonstration: false,
        }
    }
}

/// One attribution (or `weight` alike) with its keys, interned as small integers so that every
/// scope of every record can be summed in one pass (the whole metropole's register in memory).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Record {
    pub commune: u32,
    pub quartier: Option<u32>,
    pub landlord: u32,
    pub commune_class: Option<Fragility>,
    pub facts: Facts,
}

/// The sums of every scope at once.
#[derive(Clone, Debug, Default)]
pub struct AllScopes {
    pub metropole: Acc,
    pub communes: Vec<Acc>,
    pub quartiers: Vec<Acc>,
    pub landlords: Vec<Acc>,
    pub quartier_classes: [Acc; 3],
    pub commune_classes: [Acc; 3],
}

impl AllScopes {
    /// Sized for `communes`, `quartiers` and `landlords` keys; larger keys grow the tables.
    pub fn new(communes: usize, quartiers: usize, landlords: usize) -> AllScopes {
        AllScopes {
            communes: vec![Acc::default(); communes],
            quartiers: vec![Acc::default(); quartiers],
            landlords: vec![Acc::default(); landlords],
            ..Default::default()
        }
    }

    fn slot(v: &mut Vec<Acc>, i: u32) -> &mut Acc {
        let i = i as usize;
        if i >= v.len() {
            v.resize(i + 1, Acc::default());
        }
        &mut v[i]
    }

    #[inline]
    pub fn add(&mut self, r: &Record, weight: u64) {
        let f = &r.facts;
        self.metropole.add(f, weight);
        Self::slot(&mut self.communes, r.commune).add(f, weight);
        Self::slot(&mut self.landlords, r.landlord).add(f, weight);
        if let Some(q) = r.quartier {
            Self::slot(&mut self.quartiers, q).add(f, weight);
        }
        if let Some(c) = f.quartier_class {
            self.quartier_classes[c.index()].add(f, weight);
        }
        if let Some(c) = r.commune_class {
            self.commune_classes[c.index()].add(f, weight);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rs() -> &'static Ruleset {
        &Ruleset::all()[0]
    }

    fn facts(band: Band, class: Fragility) -> Facts {
        Facts { band: Some(band), first_access: true, quartier_class: Some(class), ..Default::default() }
    }

    #[test]
    fn periods_parse_and_bound() {
        let p = Period::parse("2026-S1").unwrap();
        assert_eq!(p.bounds(), (Date::new(2026, 1, 1).unwrap(), Date::new(2026, 6, 30).unwrap()));
        assert_eq!(p.previous_comparable().id(), "2025-S1");
        assert_eq!(p.before().id(), "2025-S2");
        assert_eq!(Period::parse("2026-S2").unwrap().before().id(), "2026-S1");
        assert_eq!(Period::parse("2025").unwrap().bounds().1, Date::new(2025, 12, 31).unwrap());
        let c = Period::parse("2024-02-29..2024-03-31").unwrap();
        assert_eq!(c.previous_comparable().id(), "2023-02-28..2023-03-31");
        for bad in ["", "2026-S3", "26-S1", "2026-03-01..2026-02-01", "abcd", "2026-13-01..2026-12-01", "20261"] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
        assert_eq!(Period::semester_of(Date::new(2026, 11, 30).unwrap()).id(), "2026-S2");
    }

    #[test]
    fn scopes_parse_round_trip() {
        for s in ["metropole", "commune:59350", "quartier:59350-001", "landlord:lmh", "quartier_fragility:fragile", "commune_fragility:sans"] {
            assert_eq!(Scope::parse(s).map(|x| x.id()), Some(s.to_owned()));
        }
        for bad in ["", "commune:", "quartier_fragility:x", "region:1", "commune:59 350", "commune:<script>"] {
            assert_eq!(Scope::parse(bad), None, "{bad}");
        }
        assert!(Scope::parse("commune:59350").unwrap().is_public());
        assert!(!Scope::parse("quartier:59350-001").unwrap().is_public());
        assert!(!Scope::parse("landlord:lmh").unwrap().is_public());
    }

    /// A register built to the CIET's 2014 table (shares by class, 3 000 attributions each)
    /// gives the table's gaps back through the whole engine.
    #[test]
    fn the_2014_table_through_the_engine() {
        let table = [
            (Fragility::Fragile, [32, 33, 19, 16], [7, 8, -6, -9]),
            (Fragility::Moyenne, [21, 32, 22, 25], [-4, 7, -3, 0]),
            (Fragility::Sans, [15, 28, 22, 35], [-10, 3, -3, 10]),
        ];
        let mut all = AllScopes::new(1, 3, 1);
        for (q, (class, shares, _)) in table.iter().enumerate() {
            for (b, s) in Band::ALL.into_iter().zip(shares) {
                let r = Record { commune: 0, quartier: Some(q as u32), landlord: 0, commune_class: None, facts: facts(b, *class) };
                all.add(&r, (*s as u64) * 30);
            }
        }
        for (class, _, gaps) in table {
            let b = Bilan::compute(rs(), Period::Year(2014), &Scope::QuartierFragility(class), &all.quartier_classes[class.index()], Remaining::Closed);
            for (band, g) in Band::ALL.into_iter().zip(gaps) {
                assert_eq!(b.bands[band.id()].gap_points.map(|x| x.round() as i64), Some(g), "{class:?} {band:?}");
            }
            // The group gap of the table (fragile: +15 points of modest + very modest over 50 %).
            let low = b.bands["tres_modeste"].share.unwrap() + b.bands["modeste"].share.unwrap();
            let expected = match class { Fragility::Fragile => 15, Fragility::Moyenne => 3, Fragility::Sans => -7 };
            assert_eq!((low * 100.0 - 50.0).round() as i64, expected);
            assert_eq!(b.rules.len(), 1);
            let met = b.rules[0].status == Some(Status::Met);
            assert_eq!(met, class == Fragility::Moyenne, "{class:?}");
        }
        // The metropole holds the three rules.
        let m = Bilan::compute(rs(), Period::Year(2014), &Scope::Metropole, &all.metropole, Remaining::Closed);
        assert_eq!(m.rules.iter().map(|r| r.fragility).collect::<Vec<_>>(), Fragility::ALL.to_vec());
        assert_eq!(m.total, Some(9000));
    }

    #[test]
    fn aci_counts_first_access_only_and_kinds_add_up() {
        let mut acc = Acc::default();
        let base = Facts { band: Some(Band::Modeste), ..Default::default() };
        acc.add(&Facts { first_access: true, aci: true, ..base }, 9);
        acc.add(&Facts { first_access: true, ..base }, 11);
        acc.add(&Facts { first_access: false, aci: true, mutation_complexe: true, ..base }, 30);
        acc.add(&Facts { first_access: true, npru: true, ..base }, 5);
        let b = Bilan::compute(rs(), Period::Year(2026), &Scope::Metropole, &acc, Remaining::Closed);
        assert_eq!((b.aci_first_access.count, b.aci_first_access.first_access), (Some(9), Some(25)));
        assert_eq!(b.aci_first_access.status, Some(Status::NotMet), "9 of 25 is 36 %");
        assert_eq!(b.mutations.count, Some(30));
        assert_eq!(b.mutations_complexes.count, Some(30));
        assert_eq!(b.npru.count, Some(5));
        assert_eq!(b.droit_commun.count, Some(11));
        assert_eq!(b.total, Some(55));
    }

    #[test]
    fn guidance_projected_per_class_and_given_split() {
        let mut acc = Acc::default();
        acc.add(&facts(Band::TresModeste, Fragility::Fragile), 65);
        acc.add(&facts(Band::Superieur, Fragility::Fragile), 35);
        acc.add(&facts(Band::Superieur, Fragility::Sans), 100);
        let b = Bilan::compute(rs(), Period::Year(2026), &Scope::Metropole, &acc, Remaining::Projected([100, 0, 10]));
        let fragile = b.rules[0].guidance.as_ref().unwrap();
        assert_eq!((fragile.reachable, fragile.needed, fragile.projected), (true, 65, true));
        let sans = b.rules[1].guidance.as_ref().unwrap();
        assert!(!sans.reachable, "100 high so far, 10 to come: modest + very modest cannot reach half");
        let overall = b.guidance.as_ref().unwrap();
        assert!(!overall.reachable);
        assert_eq!(overall.remaining, 110);
        // Given: 90 split 50/50 by the classes' counts so far.
        let g = Bilan::compute(rs(), Period::Year(2026), &Scope::Metropole, &acc, Remaining::Given(90));
        assert_eq!(g.rules.iter().map(|r| r.guidance.as_ref().unwrap().remaining).collect::<Vec<_>>(), vec![45, 45]);
        // Never published: the guidance is worked out from exact counts.
        let public = b.publish(&crate::domain::publication::Mask::default());
        assert!(public.guidance.is_none() && public.rules.iter().all(|r| r.guidance.is_none()));
        assert_eq!(split(7, [1, 0, 1], [true, false, true]).iter().sum::<u64>(), 7);
    }

    #[test]
    fn the_public_sees_only_whole_periods_that_have_ended() {
        let today = Date::new(2026, 12, 1).unwrap();
        let p = |s: &str| Period::parse(s).unwrap().is_public_on(today);
        assert!(p("2026-S1") && p("2025") && p("2025-S2"));
        assert!(!p("2026-S2"), "open: changes with every import");
        assert!(!p("2026"), "open");
        assert!(!p("2027-S1"), "future");
        assert!(!p("2025-01-01..2025-06-30"), "day ranges subtract from each other");
        assert_eq!(Period::last_closed_semester(today).id(), "2026-S1");
        assert_eq!(Period::last_closed_semester(Date::new(2026, 3, 1).unwrap()).id(), "2025-S2");
        // The last day of a period is still open.
        assert!(!Period::parse("2026-S1").unwrap().is_public_on(Date::new(2026, 6, 30).unwrap()));
        assert!(Period::parse("2026-S1").unwrap().is_public_on(Date::new(2026, 7, 1).unwrap()));
    }

    #[test]
    fn staff_see_full_figures_only_within_scope() {
        let p = |role, scope: &[&str]| Principal { user_id: 1, email: "a@b.fr".into(), name: "A".into(), role, scope: scope.iter().map(|s| s.to_string()).collect() };
        let lille = p(Role::Commune, &["59350"]);
        let s = |x: &str| Scope::parse(x).unwrap();
        assert!(staff_may_see(&lille, &s("commune:59350"), None));
        assert!(!staff_may_see(&lille, &s("commune:59512"), None), "another commune");
        assert!(staff_may_see(&lille, &s("quartier:59350-001"), Some("59350")));
        assert!(!staff_may_see(&lille, &s("quartier:59512-001"), Some("59512")), "another commune's quartier");
        assert!(!staff_may_see(&lille, &s("metropole"), None));
        assert!(!staff_may_see(&lille, &s("landlord:lmh"), None));
        let lmh = p(Role::Landlord, &["lmh"]);
        assert!(staff_may_see(&lmh, &s("landlord:lmh"), None));
        assert!(!staff_may_see(&lmh, &s("landlord:vilogia"), None));
        assert!(!staff_may_see(&lmh, &s("commune:59350"), None));
        assert!(!staff_may_see(&p(Role::Agent, &["1"]), &s("commune:59350"), None));
        assert!(staff_may_see(&p(Role::Admin, &[]), &s("quartier_fragility:fragile"), None));
    }

    proptest::proptest! {
        /// Every scope's sums add up: communes, landlords and classes each partition the metropole.
        #[test]
        fn scopes_partition_the_metropole(records in proptest::collection::vec((0u32..5, 0u32..4, 0u32..3, 0usize..5, proptest::bool::ANY, proptest::bool::ANY, 0usize..4), 0..300)) {
            let mut all = AllScopes::new(5, 0, 3);
            for (c, q, l, band, first, aci, class) in records {
                let facts = Facts {
                    band: Band::ALL.get(band).copied(),
                    first_access: first,
                    aci,
                    quartier_class: Fragility::ALL.get(class).copied(),
                    ..Default::default()
                };
                all.add(&Record { commune: c, quartier: Some(q), landlord: l, commune_class: Fragility::ALL.get(class).copied(), facts }, 1);
            }
            let sum = |v: &[Acc]| v.iter().fold(Acc::default(), |mut a, b| { a.merge(b); a });
            proptest::prop_assert_eq!(sum(&all.communes), all.metropole);
            proptest::prop_assert_eq!(sum(&all.landlords), all.metropole);
            proptest::prop_assert_eq!(sum(&all.quartiers), all.metropole);
            let classes = sum(&all.quartier_classes);
            proptest::prop_assert_eq!(classes.all.total(), all.metropole.by_class.iter().map(|t| t.total()).sum::<u64>());
            let b = Bilan::compute(rs(), Period::Year(2026), &Scope::Metropole, &all.metropole, Remaining::Closed);
            let shares: Vec<f64> = b.bands.values().filter_map(|f| f.share).collect();
            if !shares.is_empty() {
                proptest::prop_assert!((shares.iter().sum::<f64>() - 1.0).abs() < 1e-9);
            }
        }
    }
}
