//! Statistical disclosure control for linked count tables: which cells to hide so that no
//! combination of the published ones gives back a small count.
//!
//! A [`Grid`] holds cells (counts) and the sums that link them (`total = part + part + …`).
//! Some cells are *derived*: never printed, but worked out by anyone from printed ones (a total
//! minus a part); they are counts too, so they are protected like the others. The rule
//! ([`Grid::suppress`]):
//! 1. **primary**: a count from 1 to the threshold less one is hidden; zero is shown (it is about
//!    nobody, and hiding zeros would hide whole tables around an empty one);
//! 2. **secondary**, in every sum, repeated until nothing changes: a hidden cell is never alone
//!    in its sum, and when the total is shown the hidden parts add up to at least the threshold
//!    (else their sum, total − shown parts, would be a small count given back). The cell added is
//!    the smallest shown printed part (derived parts only when no printed one is left).
//!
//! Nested sums are judged flat too ([`Grid::compose`]).
//!
//! The rule is a heuristic, as in every statistical office; `publication`'s tests audit its result
//! on generated registers by linear programming (the least and greatest value the published
//! figures allow each hidden one), and docs/security.md says what that audit still finds.

/// A cell's index in its grid.
pub type Cell = usize;

/// `total = Σ parts`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sum {
    pub total: Cell,
    pub parts: Vec<Cell>,
}

#[derive(Clone, Debug, Default)]
pub struct Grid {
    value: Vec<u64>,
    /// Never printed: worked out from printed cells.
    derived: Vec<bool>,
    /// Known to anyone whatever is published (a rule a table does not show is zero): never
    /// hidden, and hiding another cell with it protects nothing.
    fixed: Vec<bool>,
    hidden: Vec<bool>,
    sums: Vec<Sum>,
}

impl Grid {
    pub fn new() -> Grid {
        Grid::default()
    }

    /// A printed cell.
    pub fn cell(&mut self, value: u64) -> Cell {
        self.push(value, false)
    }

    /// A cell nobody prints but anyone can work out.
    pub fn derived(&mut self, value: u64) -> Cell {
        self.push(value, true)
    }

    fn push(&mut self, value: u64, derived: bool) -> Cell {
        self.value.push(value);
        self.derived.push(derived);
        self.fixed.push(false);
        self.hidden.push(false);
        self.value.len() - 1
    }

    /// Marks `c` as known to anyone (see `fixed`).
    pub fn fixed(&mut self, c: Cell) {
        self.fixed[c] = true;
    }

    pub fn sum(&mut self, total: Cell, parts: Vec<Cell>) {
        if !parts.is_empty() {
            self.sums.push(Sum { total, parts });
        }
    }

    /// Adds, for the sums from the `from`-th on, every sum their nesting implies (`t = a + b`
    /// and `b = c + d` give `t = a + c + d`): the rule must hold on those too, or `t − a` would
    /// give back the hidden `c + d` when both are small (their own sums being each satisfied by
    /// the hidden `b`). Meant for the few sums of one table, which nest without cycles.
    pub fn compose(&mut self, from: usize) {
        let mut seen: std::collections::HashSet<(Cell, Vec<Cell>)> =
            self.sums[from..].iter().map(|s| (s.total, sorted(&s.parts))).collect();
        let mut next = from;
        while next < self.sums.len() {
            let outer = self.sums[next].clone();
            for inner in self.sums[from..].to_vec() {
                if let Some(i) = outer.parts.iter().position(|p| *p == inner.total) {
                    let mut parts = outer.parts.clone();
                    parts.splice(i..=i, inner.parts.iter().copied());
                    if seen.insert((outer.total, sorted(&parts))) {
                        self.sums.push(Sum { total: outer.total, parts });
                    }
                }
            }
            next += 1;
        }
    }

    /// Hides `c` whatever its value (a cell hidden elsewhere, as a semester's in its year).
    pub fn hide(&mut self, c: Cell) {
        self.hidden[c] = true;
    }

    pub fn value(&self, c: Cell) -> u64 {
        self.value[c]
    }

    pub fn is_hidden(&self, c: Cell) -> bool {
        self.hidden[c]
    }

    pub fn len(&self) -> usize {
        self.value.len()
    }

    pub fn is_empty(&self) -> bool {
        self.value.is_empty()
    }

    pub fn sums(&self) -> &[Sum] {
        &self.sums
    }

    /// Applies the rule of the module's documentation with `min` as the threshold.
    pub fn suppress(&mut self, min: u64) {
        for c in 0..self.len() {
            if (1..min).contains(&self.value[c]) && !self.fixed[c] {
                self.hidden[c] = true;
            }
        }
        loop {
            let mut changed = false;
            for s in 0..self.sums.len() {
                if let Some(c) = self.needs_more(s, min) {
                    self.hidden[c] = true;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
    }

    /// The cell to hide next in sum `s`, if its hidden cells still give something back.
    fn needs_more(&self, s: usize, min: u64) -> Option<Cell> {
        let Sum { total, parts } = &self.sums[s];
        let hidden_parts: Vec<Cell> = parts.iter().copied().filter(|c| self.hidden[*c]).collect();
        let total_hidden = self.hidden[*total];
        if hidden_parts.is_empty() && !total_hidden {
            return None;
        }
        if parts.len() == 1 {
            // An equality: both or neither.
            return [*total, parts[0]].into_iter().find(|c| !self.hidden[*c] && !self.fixed[*c]);
        }
        let hidden_sum: u64 = hidden_parts.iter().map(|c| self.value[*c]).sum();
        let enough = if total_hidden { !hidden_parts.is_empty() } else { hidden_parts.len() >= 2 && hidden_sum >= min };
        if enough {
            return None;
        }
        // The smallest shown part, printed before derived, never a zero: zeros are shown (a
        // hidden one would protect nothing and take others with it in its own sums).
        let candidates = parts.iter().copied().filter(|c| !self.hidden[*c] && !self.fixed[*c] && self.value[*c] > 0);
        candidates.min_by_key(|c| (self.derived[*c], self.value[*c], *c)).or_else(|| (!self.hidden[*total] && !self.fixed[*total]).then_some(*total))
    }
}

fn sorted(cells: &[Cell]) -> Vec<Cell> {
    let mut v = cells.to_vec();
    v.sort_unstable();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    /// total = a + b + c, with the parts given.
    fn row(values: [u64; 3]) -> (Grid, Cell, [Cell; 3]) {
        let mut g = Grid::new();
        let t = g.cell(values.iter().sum());
        let parts = values.map(|v| g.cell(v));
        g.sum(t, parts.to_vec());
        (g, t, parts)
    }

    #[test]
    fn a_small_count_alone_in_its_sum_takes_the_smallest_other_part() {
        let (mut g, t, [a, b, c]) = row([5, 40, 30]);
        g.suppress(11);
        assert!(g.is_hidden(a) && g.is_hidden(c), "30 goes with 5: total − the rest would give 5");
        assert!(!g.is_hidden(b) && !g.is_hidden(t));
    }

    #[test]
    fn hidden_parts_must_add_up_to_the_threshold() {
        // 3 and 4 hidden: total − 50 = 7 would say both are small and how small together.
        let (mut g, _, [a, b, c]) = row([3, 4, 50]);
        g.suppress(11);
        assert!(g.is_hidden(a) && g.is_hidden(b));
        assert!(g.is_hidden(c), "7 < 11: one more part");
        // Zeros are shown (about nobody); a zero never completes a short hidden sum.
        let (mut g, _, [a, b, c]) = row([0, 4, 50]);
        g.suppress(11);
        assert!(!g.is_hidden(a) && g.is_hidden(b) && g.is_hidden(c));
    }

    #[test]
    fn a_hidden_total_is_not_the_sum_of_shown_parts() {
        let mut g = Grid::new();
        let t = g.cell(30);
        let (a, b) = (g.cell(15), g.cell(15));
        g.sum(t, vec![a, b]);
        g.hide(t);
        g.suppress(11);
        assert!(g.is_hidden(a) || g.is_hidden(b));
    }

    #[test]
    fn equalities_hide_both_and_links_propagate() {
        // x = y; x = p + q: p small hides q, but x and y stay.
        let mut g = Grid::new();
        let (x, y) = (g.cell(40), g.cell(40));
        let (p, q) = (g.cell(4), g.cell(36));
        g.sum(x, vec![y]);
        g.sum(x, vec![p, q]);
        g.suppress(11);
        assert!(g.is_hidden(p) && g.is_hidden(q) && !g.is_hidden(x) && !g.is_hidden(y));
        g.hide(y);
        g.suppress(11);
        assert!(g.is_hidden(x), "an equal cell gives a hidden one back");
    }

    #[test]
    fn nested_sums_are_judged_flat_too() {
        // total 13 = unknown 1 + known 12 (derived); known = bands 1 + 0 + 11 + 0. Each sum alone
        // is fine (the hidden known is in both), but 13 − 11 = unknown + band 0 = 2, both ≥ 1.
        let mut g = Grid::new();
        let (total, unknown, known) = (g.cell(13), g.cell(1), g.derived(12));
        let bands = [1, 0, 11, 0].map(|v| g.cell(v));
        g.sum(total, vec![unknown, known]);
        g.sum(known, bands.to_vec());
        g.compose(0);
        g.suppress(11);
        assert!(g.is_hidden(bands[2]), "the 11 goes with them: total − shown parts is then ≥ 11");
    }

    #[test]
    fn derived_cells_are_counts_too_and_printed_parts_go_first() {
        // total = printed + derived rest: a rest of 3 hides the printed part.
        let mut g = Grid::new();
        let t = g.cell(40);
        let p = g.cell(37);
        let rest = g.derived(3);
        g.sum(t, vec![p, rest]);
        g.suppress(11);
        assert!(g.is_hidden(p) && !g.is_hidden(t));
        // A cell anyone knows protects nothing: the other part goes.
        let mut g = Grid::new();
        let t = g.cell(40);
        let (known, small, other) = (g.cell(0), g.cell(5), g.cell(35));
        g.fixed(known);
        g.sum(t, vec![known, small, other]);
        g.suppress(11);
        assert!(!g.is_hidden(known) && g.is_hidden(small) && g.is_hidden(other));
    }
}
