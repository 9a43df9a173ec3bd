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
    /// The same, or left out.
    OptFlag,
    OneOf(&'static [&'static str]),
    OptOneOf(&'static [&'static str]),
    /// Codes from a list, separated by `|` (ACI situations).
    OptCodes(&'static [&'static str]),
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

impl Ty {
    /// Whether the cell (and the column) may be left out.
    pub fn optional(self) -> bool {
        matches!(
            self,
            Ty::OptText
                | Ty::OptCount
                | Ty::OptQuartier
                | Ty::OptResidence
                | Ty::OptDate
                | Ty::OptHundredths
                | Ty::OptTenths
                | Ty::OptOneOf(_)
                | Ty::OptCodes(_)
                | Ty::OptFlag
        )
    }

    /// Whether the cell is stored as an integer.
    pub fn is_int(self) -> bool {
        matches!(self, Ty::Count | Ty::OptCount | Ty::Flag | Ty::OptFlag | Ty::OptHundredths | Ty::OptTenths)
    }
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
    /// The attribution register.
    Attributions,
}

pub const BANDS: &[&str] = &["tres_modeste", "modeste", "intermediaire", "superieur"];
pub const ATTRIBUTION_KINDS: &[&str] = &["first_access", "mutation"];
pub const MUTATION_STATUS: &[&str] = &["complexe", "bloquee"];
pub const CONTINGENTS: &[&str] = &["prefectoral", "mel_commune", "action_logement", "bailleur"];
pub const ACI_SITUATIONS: &[&str] = &[
    "non_decent",
    "insalubre",
    "suroccupation_extreme",
    "sans_logement",
    "perte_logement",
    "sortie_hebergement",
    "sortie_foyer",
    "handicap",
    "cohabitation_risque",
    "jeune_precaire",
    "age_modeste_mal_loge",
    "precarite_insertion",
    "situation_particuliere",
];

pub const FRAGILITY: &[&str] = &["fragile", "moyenne", "sans"];
pub const TYPOLOGY: &[&str] = &["T1", "T2", "T3", "T4", "T5+"];
pub const TYPOLOGY_ALL: &[&str] = &["T1", "T2", "T3", "T4", "T5+", "all"];
pub const FINANCING: &[&str] = &["PLAI", "PLUS", "PLS", "other"];

impl Kind {
    pub const ALL: [Kind; 8] = [
        Kind::Quartiers,
        Kind::QuartierFragility,
        Kind::CommuneFragility,
        Kind::QuartierIris,
        Kind::Residences,
        Kind::Stock,
        Kind::Demand,
        Kind::Attributions,
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
            Kind::Attributions => "attributions",
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
            Kind::Attributions => "attributions",
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
            Kind::Attributions => &[
                // The key: a reference is unique within its landlord's register only.
                Col { name: "landlord_id", aliases: &["bailleur"], ty: Ty::Landlord },
                Col { name: "reference", aliases: &["numero", "ref"], ty: Ty::Text },
                Col { name: "decided_on", aliases: &["date_cal", "date_decision"], ty: Ty::Date },
                Col { name: "insee_code", aliases: &["depcom", "code_insee", "insee"], ty: Ty::Commune },
                Col { name: "quartier_id", aliases: &["quartier"], ty: Ty::OptQuartier },
                Col { name: "residence_id", aliases: &["residence"], ty: Ty::OptResidence },
                Col { name: "typology", aliases: &["typologie"], ty: Ty::OptOneOf(TYPOLOGY) },
                Col { name: "financing", aliases: &["financement"], ty: Ty::OptOneOf(FINANCING) },
                Col { name: "adults", aliases: &["adultes"], ty: Ty::OptCount },
                Col { name: "dependants", aliases: &["personnes_a_charge"], ty: Ty::OptCount },
                Col { name: "disabled_persons", aliases: &["personnes_handicapees"], ty: Ty::OptCount },
                // A couple without dependants whose ages add up to 55 or less (category 3).
                Col { name: "jeune_menage", aliases: &["jeune_couple"], ty: Ty::OptFlag },
                Col { name: "monthly_resources", aliases: &["ressources_mensuelles"], ty: Ty::OptHundredths },
                Col { name: "band", aliases: &["tranche"], ty: Ty::OptOneOf(BANDS) },
                Col { name: "kind", aliases: &["type"], ty: Ty::OneOf(ATTRIBUTION_KINDS) },
                Col { name: "aci", aliases: &["prioritaire_aci"], ty: Ty::Flag },
                Col { name: "aci_situations", aliases: &["situations_aci"], ty: Ty::OptCodes(ACI_SITUATIONS) },
                Col { name: "npru_site", aliases: &["site_npru"], ty: Ty::OptText },
                Col { name: "mutation_status", aliases: &["mutation"], ty: Ty::OptOneOf(MUTATION_STATUS) },
                Col { name: "contingent", aliases: &["reservataire"], ty: Ty::OptOneOf(CONTINGENTS) },
            ],
        }
    }

    pub fn key_len(self) -> usize {
        match self {
            Kind::Quartiers | Kind::Residences | Kind::QuartierIris => 1,
            Kind::QuartierFragility | Kind::CommuneFragility | Kind::Attributions => 2,
            Kind::Stock => 5,
            Kind::Demand => 4,
        }
    }

    /// Columns the importer works out from the others (stored after the file's columns).
    pub fn derived(self) -> &'static [&'static str] {
        match self {
            Kind::Attributions => &["quartier_fragility", "commune_fragility"],
            _ => &[],
        }
    }

    /// The database column behind a file column (amounts and durations are stored scaled).
    pub fn db_column(name: &str) -> &str {
        match name {
            "median_rent_m2" => "median_rent_cents_m2",
            "wait_median_months" => "wait_median_tenths",
            "wait_p75_months" => "wait_p75_tenths",
            "wait_mean_months" => "wait_mean_tenths",
            "monthly_resources" => "monthly_resources_cents",
            other => other,
        }
    }
}
