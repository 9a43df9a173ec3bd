//! What each importable file holds: its table, columns (with the names offices use), key and
//! checks. One description per kind serves import, export and the documentation.

/// How a column's text is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    Text,
    OptText,
    /// A count: an integer ≥ 0.
    Count,
    OptCount,
    /// `1`/`0`, `oui`/`non`, `true`/`false`.
    Flag,
    OneOf(&'static [&'static str]),
    /// An INSEE code of a MEL commune.
    Commune,
    Quartier,
    OptQuartier,
    Landlord,
    OptResidence,
    /// An IRIS code: 9 characters (INSEE code + 4).
    Iris,
    /// `YYYY-MM-DD`.
    Date,
    OptDate,
    /// `YYYY-MM`.
    Month,
    /// A decimal (comma or point) stored in hundredths: euros → cents.
    OptHundredths,
    /// A decimal stored in tenths: months → tenths of a month.
    OptTenths,
}

#[derive(Clone, Copy, Debug)]
pub struct Col {
    /// Column in the database, and name in our files.
    pub name: &'static str,
    /// Other names accepted in headers (RPLS, SNE, French labels).
    pub aliases: &'static [&'static str],
    pub ty: Ty,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Quartiers,
    QuartierFragility,
    CommuneFragility,
    QuartierIris,
    Residences,
    Stock,
    Demand,
}

pub const FRAGILITY: &[&str] = &["fragile", "moyenne", "sans"];
pub const TYPOLOGY: &[&str] = &["T1", "T2", "T3", "T4", "T5+"];
pub const TYPOLOGY_ALL: &[&str] = &["T1", "T2", "T3", "T4", "T5+", "all"];
pub const FINANCING: &[&str] = &["PLAI", "PLUS", "PLS", "other"];

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Quartiers,
        Kind::QuartierFragility,
        Kind::CommuneFragility,
        Kind::QuartierIris,
        Kind::Residences,
        Kind::Stock,
        Kind::Demand,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Quartiers => "quartiers",
            Kind::QuartierFragility => "quartier-fragility",
            Kind::CommuneFragility => "commune-fragility",
            Kind::QuartierIris => "quartier-iris",
            Kind::Residences => "residences",
            Kind::Stock => "stock",
            Kind::Demand => "demand",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == s)
    }

    pub fn table(self) -> &'static str {
        match self {
            Kind::Quartiers => "quartiers",
            Kind::QuartierFragility => "quartier_fragility",
            Kind::CommuneFragility => "commune_fragility",
            Kind::QuartierIris => "quartier_iris",
            Kind::Residences => "residences",
            Kind::Stock => "stock",
            Kind::Demand => "demand_stats",
        }
    }

    /// Columns in file order; the first `key_len` form the natural key.
    pub fn columns(self) -> &'static [Col] {
        match self {
            Kind::Quartiers => &[
                Col { name: "id", aliases: &["quartier", "code_quartier"], ty: Ty::Text },
                Col { name: "name", aliases: &["nom"], ty: Ty::Text },
                Col { name: "insee_code", aliases: &["depcom", "code_insee", "insee"], ty: Ty::Commune },
                Col { name: "population", aliases: &[], ty: Ty::Count },
                Col { name: "is_qpv", aliases: &["qpv"], ty: Ty::Flag },
                Col { name: "qpv_name", aliases: &["nom_qpv"], ty: Ty::OptText },
                Col { name: "npru_site", aliases: &["site_npru"], ty: Ty::OptText },
            ],
            Kind::QuartierFragility => &[
                Col { name: "quartier_id", aliases: &["quartier"], ty: Ty::Quartier },
                Col { name: "valid_from", aliases: &["debut"], ty: Ty::Date },
                Col { name: "class", aliases: &["fragilite"], ty: Ty::OneOf(FRAGILITY) },
                Col { name: "valid_to", aliases: &["fin"], ty: Ty::OptDate },
            ],
            Kind::CommuneFragility => &[
                Col { name: "insee_code", aliases: &["depcom", "code_insee", "insee"], ty: Ty::Commune },
                Col { name: "valid_from", aliases: &["debut"], ty: Ty::Date },
                Col { name: "class", aliases: &["fragilite"], ty: Ty::OneOf(FRAGILITY) },
                Col { name: "valid_to", aliases: &["fin"], ty: Ty::OptDate },
            ],
            Kind::QuartierIris => &[
                Col { name: "iris_code", aliases: &["plg_iris", "iris", "code_iris"], ty: Ty::Iris },
                Col { name: "quartier_id", aliases: &["quartier"], ty: Ty::Quartier },
            ],
            Kind::Residences => &[
                Col { name: "id", aliases: &["residence"], ty: Ty::Text },
                Col { name: "name", aliases: &["nom"], ty: Ty::Text },
                Col { name: "address", aliases: &["adresse"], ty: Ty::OptText },
                Col { name: "quartier_id", aliases: &["quartier"], ty: Ty::Quartier },
                Col { name: "landlord_id", aliases: &["bailleur"], ty: Ty::Landlord },
            ],
            Kind::Stock => &[
                Col { name: "quartier_id", aliases: &["quartier"], ty: Ty::Quartier },
                Col { name: "residence_id", aliases: &["residence"], ty: Ty::OptResidence },
                Col { name: "landlord_id", aliases: &["bailleur"], ty: Ty::Landlord },
                Col { name: "typology", aliases: &["typologie"], ty: Ty::OneOf(TYPOLOGY) },
                Col { name: "financing", aliases: &["financement"], ty: Ty::OneOf(FINANCING) },
                Col { name: "units", aliases: &["logements", "nb_ls"], ty: Ty::Count },
                Col { name: "vacant_units", aliases: &["vacants", "nb_vacants"], ty: Ty::Count },
                Col { name: "let_in_year", aliases: &["loues_annee", "nb_loues"], ty: Ty::Count },
                Col { name: "median_rent_m2", aliases: &["loyer_median_m2"], ty: Ty::OptHundredths },
            ],
            Kind::Demand => &[
                Col { name: "insee_code", aliases: &["depcom", "code_insee", "insee"], ty: Ty::Commune },
                Col { name: "quartier_id", aliases: &["quartier"], ty: Ty::OptQuartier },
                Col { name: "typology", aliases: &["typologie"], ty: Ty::OneOf(TYPOLOGY_ALL) },
                Col { name: "month", aliases: &["mois"], ty: Ty::Month },
                Col { name: "pending_first_access", aliases: &["demandes_premier_acces"], ty: Ty::Count },
                Col { name: "pending_mutation", aliases: &["demandes_mutation"], ty: Ty::Count },
                Col { name: "attributions", aliases: &[], ty: Ty::Count },
                Col { name: "wait_median_months", aliases: &["delai_median_mois"], ty: Ty::OptTenths },
                Col { name: "wait_p75_months", aliases: &["delai_p75_mois"], ty: Ty::OptTenths },
                Col { name: "wait_mean_months", aliases: &["delai_moyen_mois"], ty: Ty::OptTenths },
            ],
        }
    }

    pub fn key_len(self) -> usize {
        match self {
            Kind::Quartiers | Kind::Residences | Kind::QuartierIris => 1,
            Kind::QuartierFragility | Kind::CommuneFragility => 2,
            Kind::Stock => 5,
            Kind::Demand => 4,
        }
    }

    /// The database column behind a file column (amounts and durations are stored scaled).
    pub fn db_column(name: &str) -> &str {
        match name {
            "median_rent_m2" => "median_rent_cents_m2",
            "wait_median_months" => "wait_median_tenths",
            "wait_p75_months" => "wait_p75_tenths",
            "wait_mean_months" => "wait_mean_tenths",
            other => other,
        }
    }
}
