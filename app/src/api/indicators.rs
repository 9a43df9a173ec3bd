//! Offer and waiting indicators: the shapes shared by pages, CSV downloads and `/api/v1`.

use serde::{Deserialize, Serialize};

/// One commune in the communes table. Counts are integers; ratios and waits carry one decimal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CommuneSummary {
    pub insee_code: String,
    pub name: String,
    pub population: i64,
    /// `fragile` | `moyenne` | `sans`, in force today.
    pub fragility: Option<String>,
    /// Social dwellings.
    pub units: i64,
    pub units_in_qpv: i64,
    /// Pending demands at the latest month (first access + mutation), for the typology asked (default all).
    pub pending: i64,
    /// Attributions over the last 12 months, same typology.
    pub attributions_12m: i64,
    /// Pending demands ÷ attributions of the last 12 months; null without attributions.
    pub pressure: Option<f64>,
    /// Median waiting time of satisfied demands at the latest month, in months.
    pub wait_median_months: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StockCut {
    /// Typology, financing or landlord id.
    pub key: String,
    /// Display name (landlords), else the key.
    pub label: String,
    pub units: i64,
    pub vacant_units: i64,
    pub let_in_year: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DemandCut {
    /// T1 … T5+, or `all`.
    pub typology: String,
    pub pending_first_access: i64,
    pub pending_mutation: i64,
    pub attributions_12m: i64,
    pub pressure: Option<f64>,
    pub wait_median_months: Option<f64>,
    pub wait_p75_months: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct QuartierRow {
    pub id: String,
    pub name: String,
    pub population: i64,
    pub fragility: Option<String>,
    pub is_qpv: bool,
    pub qpv_name: Option<String>,
    pub npru_site: Option<String>,
    pub units: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SourceInfo {
    pub source: String,
    pub as_of: String,
    pub is_demo: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CommuneDetail {
    pub commune: CommuneSummary,
    /// The latest month of the demand statistics (YYYY-MM).
    pub month: Option<String>,
    pub stock_by_typology: Vec<StockCut>,
    pub stock_by_financing: Vec<StockCut>,
    pub stock_by_landlord: Vec<StockCut>,
    pub demand_by_typology: Vec<DemandCut>,
    pub quartiers: Vec<QuartierRow>,
    pub sources: Vec<SourceInfo>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CommuneList {
    pub month: Option<String>,
    pub typology: String,
    pub communes: Vec<CommuneSummary>,
    pub sources: Vec<SourceInfo>,
}

/// Filters and order of the communes table, from query parameters (pages and API alike).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommuneQuery {
    /// Part of the name, accents and case ignored.
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub fragility: String,
    /// T1 … T5+; empty: all.
    #[serde(default)]
    pub typology: String,
    /// name | units | pending | attributions | pressure | wait
    #[serde(default)]
    pub sort: String,
    /// asc | desc
    #[serde(default)]
    pub dir: String,
}

pub const SORT_KEYS: [&str; 6] = ["name", "units", "pending", "attributions", "pressure", "wait"];
pub const TYPOLOGIES: [&str; 5] = ["T1", "T2", "T3", "T4", "T5+"];
pub const FRAGILITIES: [&str; 3] = ["fragile", "moyenne", "sans"];

/// Lower case without accents, for matching names as people type them.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'â' | 'ä' => out.push('a'),
            'é' | 'è' | 'ê' | 'ë' => out.push('e'),
            'î' | 'ï' => out.push('i'),
            'ô' | 'ö' => out.push('o'),
            'ù' | 'û' | 'ü' => out.push('u'),
            'ç' => out.push('c'),
            'œ' => out.push_str("oe"),
            '-' | '\'' | '’' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

impl CommuneQuery {
    pub fn typology(&self) -> &str {
        if TYPOLOGIES.contains(&self.typology.as_str()) {
            &self.typology
        } else {
            "all"
        }
    }

    pub fn sort_key(&self) -> &str {
        if SORT_KEYS.contains(&self.sort.as_str()) {
            &self.sort
        } else {
            "name"
        }
    }

    pub fn descending(&self) -> bool {
        self.dir == "desc"
    }

    /// Applies the filters and the order.
    pub fn apply(&self, mut rows: Vec<CommuneSummary>) -> Vec<CommuneSummary> {
        let q = fold(self.q.trim());
        rows.retain(|r| {
            (q.is_empty() || fold(&r.name).contains(&q))
                && (self.fragility.is_empty() || r.fragility.as_deref() == Some(self.fragility.as_str()))
        });
        let key = |r: &CommuneSummary| -> (i64, String) {
            let tenths = |v: Option<f64>| v.map(|x| (x * 10.0).round() as i64).unwrap_or(i64::MIN);
            match self.sort_key() {
                "units" => (r.units, fold(&r.name)),
                "pending" => (r.pending, fold(&r.name)),
                "attributions" => (r.attributions_12m, fold(&r.name)),
                "pressure" => (tenths(r.pressure), fold(&r.name)),
                "wait" => (tenths(r.wait_median_months), fold(&r.name)),
                _ => (0, fold(&r.name)),
            }
        };
        rows.sort_by_key(key);
        if self.descending() {
            rows.reverse();
        }
        rows
    }
}

/// `numerator ÷ denominator` with one decimal, rounded half-up; `None` when dividing by zero.
pub fn ratio_tenths(numerator: i64, denominator: i64) -> Option<f64> {
    (denominator > 0).then(|| ((numerator * 20 + denominator) / (2 * denominator)) as f64 / 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str, units: i64, pressure: Option<f64>, fragility: &str) -> CommuneSummary {
        CommuneSummary {
            insee_code: "59000".into(),
            name: name.into(),
            population: 0,
            fragility: Some(fragility.into()),
            units,
            units_in_qpv: 0,
            pending: 0,
            attributions_12m: 0,
            pressure,
            wait_median_months: None,
        }
    }

    #[test]
    fn ratios_round_half_up_to_a_tenth() {
        assert_eq!(ratio_tenths(9, 2), Some(4.5));
        assert_eq!(ratio_tenths(10, 3), Some(3.3));
        assert_eq!(ratio_tenths(1, 0), None);
        assert_eq!(ratio_tenths(1, 20), Some(0.1)); // 0.05 rounds up
    }

    #[test]
    fn filter_and_sort() {
        let rows = vec![row("Villeneuve-d'Ascq", 10, Some(2.0), "moyenne"), row("Annœullin", 5, None, "sans"), row("Hem", 7, Some(5.5), "fragile")];
        let q = CommuneQuery { sort: "pressure".into(), dir: "desc".into(), ..Default::default() };
        let names: Vec<_> = q.apply(rows.clone()).into_iter().map(|r| r.name).collect();
        assert_eq!(names, vec!["Hem", "Villeneuve-d'Ascq", "Annœullin"]);
        let q = CommuneQuery { q: "villeneuve d ascq".into(), ..Default::default() };
        assert_eq!(q.apply(rows.clone()).len(), 1);
        let q = CommuneQuery { q: "annoe".into(), ..Default::default() };
        assert_eq!(q.apply(rows.clone()).len(), 1);
        let q = CommuneQuery { fragility: "fragile".into(), ..Default::default() };
        assert_eq!(q.apply(rows).len(), 1);
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct QuartierDetail {
    pub quartier: QuartierRow,
    pub insee_code: String,
    pub commune_name: String,
    /// Bands the CIET objectives favour here (the quota engine's rule for the quartier's
    /// fragility class), with the rule set that says so.
    pub favoured_bands: Vec<String>,
    pub objectives: Option<crate::domain::bilan::RulesetRef>,
    pub month: Option<String>,
    pub stock_by_typology: Vec<StockCut>,
    pub stock_by_financing: Vec<StockCut>,
    pub stock_by_landlord: Vec<StockCut>,
    /// Demand figures of the quartier, or of its commune when the source has none per quartier.
    pub demand_by_typology: Vec<DemandCut>,
    pub demand_scope: String,
    pub sources: Vec<SourceInfo>,
}
