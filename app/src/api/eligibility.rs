//! `POST /api/v1/eligibility` and the eligibility form: one parser per input shape, both
//! producing the domain's [`Request`], and one response shape.

use super::error::{ErrorCode, FieldErrors};
use crate::domain::aci::{Situation, SituationStatus};
use crate::domain::eligibility::{Outcome, Problem, Request};
use crate::domain::household::{Household, HouseholdError};
use crate::domain::money::{AmountError, Cents, DecimalMark};
use serde::{Deserialize, Serialize};
use serde_json::Value;

const JSON_FIELDS: [&str; 11] = [
    "year",
    "adults",
    "dependants",
    "disabled_persons",
    "couple_ages",
    "applicant_age",
    "monthly_resources",
    "tax_income_n2",
    "tax_income_n1",
    "income_last_12_months",
    "aci_situations",
];

fn amount_error(e: AmountError) -> ErrorCode {
    match e {
        AmountError::Empty => ErrorCode::Required,
        AmountError::Invalid => ErrorCode::InvalidAmount,
        AmountError::Negative => ErrorCode::Negative,
        AmountError::TooLarge => ErrorCode::TooLarge,
        AmountError::Ambiguous => ErrorCode::AmountAmbiguous,
    }
}

pub fn problem_code(p: Problem) -> ErrorCode {
    match p {
        Problem::Household(HouseholdError::AdultsOutOfRange | HouseholdError::DependantsOutOfRange) => {
            ErrorCode::OutOfRange
        }
        Problem::Household(HouseholdError::DisabledExceedsPersons) => ErrorCode::DisabledExceedsPersons,
        Problem::Household(HouseholdError::CoupleAgesNeedTwoAdults) => ErrorCode::CoupleAgesNeedTwoAdults,
        Problem::Household(HouseholdError::AgeOutOfRange) | Problem::ApplicantAgeOutOfRange => {
            ErrorCode::AgeOutOfRange
        }
        Problem::UnknownYear => ErrorCode::UnknownYear,
        Problem::N1WithoutN2 => ErrorCode::N1WithoutN2,
        Problem::TwelveMonthsWithoutN2 => ErrorCode::TwelveMonthsWithoutN2,
    }
}

/// Adds the domain's problems to field errors (a field keeps its first error).
pub fn add_problems(errors: &mut FieldErrors, problems: &[Problem]) {
    for p in problems {
        errors.entry(p.field().to_owned()).or_insert(problem_code(*p));
    }
}

/// A JSON integer within u32.
fn json_u32(v: &Value) -> Result<u32, ErrorCode> {
    match v.as_u64() {
        Some(n) => u32::try_from(n).map_err(|_| ErrorCode::TooLarge),
        None if v.as_i64().is_some_and(|n| n < 0) => Err(ErrorCode::Negative),
        None => Err(ErrorCode::NotAnInteger),
    }
}

/// A JSON number as cents, rounded half-up (via its shortest decimal form, never via f64 maths).
fn json_amount(v: &Value) -> Result<Cents, ErrorCode> {
    match v {
        Value::Number(n) => Cents::parse(&n.to_string()).map_err(amount_error),
        _ => Err(ErrorCode::InvalidAmount),
    }
}

/// Parses the API body; every problem is reported against its field.
pub fn request_from_json(body: &Value) -> Result<Request, FieldErrors> {
    let mut errors = FieldErrors::new();
    let Some(obj) = body.as_object() else {
        errors.insert("body".into(), ErrorCode::InvalidJson);
        return Err(errors);
    };
    for key in obj.keys() {
        if !JSON_FIELDS.contains(&key.as_str()) {
            errors.insert(key.clone(), ErrorCode::UnknownField);
        }
    }
    let get = |k: &str| obj.get(k).filter(|v| !v.is_null());
    let field_u32 = |k: &str, required: bool, errors: &mut FieldErrors| {
        match get(k) {
            Some(v) => json_u32(v).map_err(|c| errors.insert(k.into(), c)).ok(),
            None => {
                if required {
                    errors.insert(k.into(), ErrorCode::Required);
                }
                None
            }
        }
    };
    let year = match get("year") {
        Some(v) => match v.as_i64().and_then(|y| i32::try_from(y).ok()) {
            Some(y) => Some(y),
            None => {
                errors.insert("year".into(), ErrorCode::NotAnInteger);
                None
            }
        },
        None => None,
    };
    let adults = field_u32("adults", true, &mut errors);
    let dependants = field_u32("dependants", true, &mut errors);
    let disabled = field_u32("disabled_persons", false, &mut errors);
    let applicant_age = field_u32("applicant_age", false, &mut errors);
    let couple_ages = match get("couple_ages") {
        None => None,
        Some(Value::Array(a)) if a.len() == 2 => match (json_u32(&a[0]), json_u32(&a[1])) {
            (Ok(x), Ok(y)) => Some([x, y]),
            (Err(c), _) | (_, Err(c)) => {
                errors.insert("couple_ages".into(), c);
                None
            }
        },
        Some(_) => {
            errors.insert("couple_ages".into(), ErrorCode::NotAList);
            None
        }
    };
    let amount = |k: &str, required: bool, errors: &mut FieldErrors| match get(k) {
        Some(v) => json_amount(v).map_err(|c| errors.insert(k.into(), c)).ok(),
        None => {
            if required {
                errors.insert(k.into(), ErrorCode::Required);
            }
            None
        }
    };
    let monthly = amount("monthly_resources", true, &mut errors);
    let n2 = amount("tax_income_n2", false, &mut errors);
    let n1 = amount("tax_income_n1", false, &mut errors);
    let last_12_months = amount("income_last_12_months", false, &mut errors);
    let situations = match get("aci_situations") {
        None => vec![],
        Some(Value::Array(items)) => {
            let mut out = vec![];
            for item in items {
                match item.as_str().and_then(Situation::parse) {
                    Some(s) => out.push(s),
                    None => {
                        errors.insert("aci_situations".into(), ErrorCode::UnknownSituation);
                    }
                }
            }
            out
        }
        Some(_) => {
            errors.insert("aci_situations".into(), ErrorCode::NotAList);
            vec![]
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Request {
        year,
        household: Household {
            adults: adults.unwrap_or(1),
            dependants: dependants.unwrap_or(0),
            disabled_persons: disabled.unwrap_or(0),
            couple_ages,
            jeune_menage_stated: false,
        },
        applicant_age,
        monthly_resources: monthly.unwrap_or_default(),
        tax_income_n2: n2,
        tax_income_n1: n1,
        income_last_12_months: last_12_months,
        aci_situations: situations,
    })
}

/// The eligibility form as typed (strings), so it can be shown back with its errors.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EligibilityForm {
    pub year: String,
    pub adults: String,
    pub dependants: String,
    pub disabled_persons: String,
    pub couple: bool,
    pub age1: String,
    pub age2: String,
    pub applicant_age: String,
    pub monthly_resources: String,
    pub tax_income_n2: String,
    pub tax_income_n1: String,
    pub income_last_12_months: String,
    pub situations: Vec<String>,
}

impl EligibilityForm {
    /// From `application/x-www-form-urlencoded` pairs (checkboxes repeat `situation`).
    pub fn from_pairs(pairs: &[(String, String)]) -> EligibilityForm {
        let mut f = EligibilityForm::default();
        for (k, v) in pairs {
            let v = v.trim().to_owned();
            match k.as_str() {
                "year" => f.year = v,
                "adults" => f.adults = v,
                "dependants" => f.dependants = v,
                "disabled_persons" => f.disabled_persons = v,
                "couple" => f.couple = !v.is_empty(),
                "age1" => f.age1 = v,
                "age2" => f.age2 = v,
                "applicant_age" => f.applicant_age = v,
                "monthly_resources" => f.monthly_resources = v,
                "tax_income_n2" => f.tax_income_n2 = v,
                "tax_income_n1" => f.tax_income_n1 = v,
                "income_last_12_months" => f.income_last_12_months = v,
                "situation" => f.situations.push(v),
                // Unknown fields (a honeypot later, stale bookmarks) are ignored on forms.
                _ => {}
            }
        }
        f
    }

    /// The form's fields become the same request as the API's; field names in the errors are
    /// the form's own. Amounts are read with the decimal mark of the page they were typed on.
    pub fn to_request(&self, mark: DecimalMark) -> Result<Request, FieldErrors> {
        let mut errors = FieldErrors::new();
        let int = |s: &str, field: &str, required: bool, errors: &mut FieldErrors| -> Option<u32> {
            if s.is_empty() {
                if required {
                    errors.insert(field.into(), ErrorCode::Required);
                }
                return None;
            }
            match s.parse::<u32>() {
                Ok(n) => Some(n),
                Err(_) if s.starts_with('-') => {
                    errors.insert(field.into(), ErrorCode::Negative);
                    None
                }
                Err(_) if s.bytes().all(|b| b.is_ascii_digit()) => {
                    errors.insert(field.into(), ErrorCode::TooLarge);
                    None
                }
                Err(_) => {
                    errors.insert(field.into(), ErrorCode::NotAnInteger);
                    None
                }
            }
        };
        let year = if self.year.is_empty() {
            None
        } else {
            match self.year.parse::<i32>() {
                Ok(y) => Some(y),
                Err(_) => {
                    errors.insert("year".into(), ErrorCode::UnknownYear);
                    None
                }
            }
        };
        let adults = int(&self.adults, "adults", true, &mut errors);
        let dependants = int(&self.dependants, "dependants", false, &mut errors).unwrap_or(0);
        let disabled = int(&self.disabled_persons, "disabled_persons", false, &mut errors).unwrap_or(0);
        let applicant_age = int(&self.applicant_age, "applicant_age", false, &mut errors);
        let couple_ages = if self.couple {
            let a = int(&self.age1, "age1", false, &mut errors);
            let b = int(&self.age2, "age2", false, &mut errors);
            a.zip(b).map(|(a, b)| [a, b])
        } else {
            None
        };
        let amount = |s: &str, field: &str, required: bool, errors: &mut FieldErrors| match Cents::parse_typed(s, mark) {
            Ok(c) => Some(c),
            Err(AmountError::Empty) if !required => None,
            Err(e) => {
                errors.insert(field.into(), amount_error(e));
                None
            }
        };
        let monthly = amount(&self.monthly_resources, "monthly_resources", true, &mut errors);
        let n2 = amount(&self.tax_income_n2, "tax_income_n2", false, &mut errors);
        let n1 = amount(&self.tax_income_n1, "tax_income_n1", false, &mut errors);
        let last_12_months = amount(&self.income_last_12_months, "income_last_12_months", false, &mut errors);
        let mut situations = vec![];
        for s in &self.situations {
            match Situation::parse(s) {
                Some(s) => situations.push(s),
                None => {
                    errors.insert("situation".into(), ErrorCode::UnknownSituation);
                }
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Request {
            year,
            household: Household {
                adults: adults.unwrap_or(1),
                dependants,
                disabled_persons: disabled,
                couple_ages,
                jeune_menage_stated: false,
            },
            applicant_age,
            monthly_resources: monthly.unwrap_or_default(),
            tax_income_n2: n2,
            tax_income_n1: n1,
            income_last_12_months: last_12_months,
            aci_situations: situations,
        })
    }
}

/// Maps a domain field name to the form's input name (for the couple's ages).
pub fn form_field(domain_field: &str) -> &str {
    match domain_field {
        "couple_ages" => "age1",
        "aci_situations" => "situation",
        other => other,
    }
}

// ---- Response ----

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct EligibilityResponse {
    pub ruleset: RulesetDto,
    /// Household category 1–6.
    pub category: u8,
    /// Persons counted beyond category 6.
    pub extra_persons: u32,
    /// Annual ceilings in euros.
    pub ceilings: TripleI64,
    /// From the tax income; null when no tax income was given.
    pub eligible: Option<TripleBool>,
    /// Which income was used: `n2`, or `n1` / `last_12_months` when at least 10 % lower.
    pub income_used: Option<String>,
    /// An estimate from the monthly resources.
    pub eligible_estimate: TripleBool,
    /// `tres_modeste` | `modeste` | `intermediaire` | `superieur`
    pub band: String,
    /// Monthly thresholds in euros, rounded to the euro.
    pub band_thresholds: Thresholds,
    pub aci: AciDto,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RulesetDto {
    pub year: i32,
    pub source: String,
    pub valid_from: String,
    pub valid_to: String,
    pub verified: bool,
    pub band_rule: BandRuleDto,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BandRuleDto {
    pub name: String,
    pub source: String,
    pub valid_from: String,
    pub valid_to: String,
    pub in_force: bool,
}

#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TripleI64 {
    pub plai: i64,
    pub plus: i64,
    pub pls: i64,
}

#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TripleBool {
    pub plai: bool,
    pub plus: bool,
    pub pls: bool,
}

#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Thresholds {
    pub p40: i64,
    pub p60: i64,
    pub p80: i64,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AciDto {
    /// "Possibly a priority household" — never a decision.
    pub possible: bool,
    pub situations: Vec<AciSituationDto>,
    /// The 2 × RSA monthly limit for this household, in euros.
    pub resource_limit: f64,
    /// The RSA amount that limit was worked out with.
    pub rsa: Option<RsaDto>,
}

/// The montant forfaitaire of the RSA (a single person, per month) in force on the question's
/// date, or at the end of the past year asked.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RsaDto {
    /// Euros per month.
    pub amount: f64,
    /// The day whose amount it is: today, or the last day of the past year asked (YYYY-MM-DD).
    pub on: String,
    /// The day it came into force (YYYY-MM-DD).
    pub in_force_from: String,
    /// The décret or law that set it.
    pub source: String,
    /// False when the amount still needs checking against its décret.
    pub verified: bool,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AciSituationDto {
    pub id: String,
    /// `possible` | `age_to_confirm` | `resources_above_limit` | `age_outside_range`
    pub status: String,
}

fn status_id(s: SituationStatus) -> &'static str {
    match s {
        SituationStatus::Possible => "possible",
        SituationStatus::AgeToConfirm => "age_to_confirm",
        SituationStatus::ResourcesAboveLimit => "resources_above_limit",
        SituationStatus::AgeOutsideRange => "age_outside_range",
    }
}

impl From<&Outcome> for EligibilityResponse {
    fn from(o: &Outcome) -> Self {
        let r = &o.ruleset;
        EligibilityResponse {
            ruleset: RulesetDto {
                year: r.year,
                source: r.source.clone(),
                valid_from: r.valid_from.to_string(),
                valid_to: r.valid_to.to_string(),
                verified: r.verified,
                band_rule: BandRuleDto {
                    name: r.band_rule.name.clone(),
                    source: r.band_rule.source.clone(),
                    valid_from: r.band_rule.valid_from.to_string(),
                    valid_to: r.band_rule.valid_to.to_string(),
                    in_force: r.band_rule.in_force,
                },
            },
            category: o.category.category,
            extra_persons: o.category.extra_persons,
            ceilings: TripleI64 { plai: o.ceilings.plai, plus: o.ceilings.plus, pls: o.ceilings.pls },
            eligible: o.eligible.map(|e| TripleBool { plai: e.plai, plus: e.plus, pls: e.pls }),
            income_used: o.income_used.map(|i| {
                match i.which {
                    crate::domain::eligibility::IncomeYear::N2 => "n2",
                    crate::domain::eligibility::IncomeYear::N1 => "n1",
                    crate::domain::eligibility::IncomeYear::Last12Months => "last_12_months",
                }
                .to_owned()
            }),
            eligible_estimate: TripleBool {
                plai: o.eligible_estimate.plai,
                plus: o.eligible_estimate.plus,
                pls: o.eligible_estimate.pls,
            },
            band: o.band.id().to_owned(),
            band_thresholds: Thresholds {
                p40: o.band_thresholds.p40,
                p60: o.band_thresholds.p60,
                p80: o.band_thresholds.p80,
            },
            aci: AciDto {
                possible: o.aci.possible,
                situations: o
                    .aci
                    .situations
                    .iter()
                    .map(|c| AciSituationDto { id: c.id.id().to_owned(), status: status_id(c.status).to_owned() })
                    .collect(),
                resource_limit: o.aci.resource_limit.0 as f64 / 100.0,
                rsa: o.rsa.as_ref().map(|r| RsaDto { amount: r.cents as f64 / 100.0, on: r.on.to_string(), in_force_from: r.from.to_string(), source: r.source.clone(), verified: r.verified }),
            },
        }
    }
}

/// The documented request body (the handler reads it field by field to report every problem).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct EligibilityRequestDoc {
    /// Ruleset year (default: the current year).
    pub year: Option<i32>,
    pub adults: u32,
    pub dependants: u32,
    pub disabled_persons: Option<u32>,
    /// Both ages of a couple without dependants (jeune ménage when they add up to 55 or less).
    pub couple_ages: Option<[u32; 2]>,
    pub applicant_age: Option<u32>,
    /// Declared monthly resources in euros (rounded half-up to the cent).
    pub monthly_resources: f64,
    /// Revenu fiscal de référence of year N-2, in euros.
    pub tax_income_n2: Option<f64>,
    /// Of year N-1: used when at least 10 % lower than N-2.
    pub tax_income_n1: Option<f64>,
    /// Resources of the last twelve months, in euros: used when at least 10 % lower than N-2
    /// (the lower of this and N-1 when both are).
    pub income_last_12_months: Option<f64>,
    pub aci_situations: Option<Vec<String>>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn json_reports_each_field() {
        let errs = request_from_json(&json!({
            "adults": -1, "dependants": "2", "monthly_resources": "x", "aci_situations": ["nope"], "extra": 1
        }))
        .unwrap_err();
        assert_eq!(errs.get("adults"), Some(&ErrorCode::Negative));
        assert_eq!(errs.get("dependants"), Some(&ErrorCode::NotAnInteger));
        assert_eq!(errs.get("monthly_resources"), Some(&ErrorCode::InvalidAmount));
        assert_eq!(errs.get("aci_situations"), Some(&ErrorCode::UnknownSituation));
        assert_eq!(errs.get("extra"), Some(&ErrorCode::UnknownField));
    }

    #[test]
    fn json_amounts_round_half_up_to_the_cent() {
        let r = request_from_json(&json!({"adults": 1, "dependants": 0, "monthly_resources": 744.855})).unwrap();
        assert_eq!(r.monthly_resources, Cents(74486));
    }

    #[test]
    fn form_and_json_give_the_same_request() {
        let pairs: Vec<(String, String)> = [
            ("adults", "2"),
            ("dependants", "0"),
            ("couple", "on"),
            ("age1", "25"),
            ("age2", "28"),
            ("monthly_resources", "1 800,50"),
            ("situation", "sans_logement"),
        ]
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
        let from_form = EligibilityForm::from_pairs(&pairs).to_request(DecimalMark::Comma).unwrap();
        let from_json = request_from_json(&json!({
            "adults": 2, "dependants": 0, "couple_ages": [25, 28], "monthly_resources": 1800.5,
            "aci_situations": ["sans_logement"]
        }))
        .unwrap();
        assert_eq!(from_form, from_json);
    }

    /// The form reads amounts as its page writes them, and says when a number is too large
    /// rather than "not a whole number".
    #[test]
    fn forms_read_amounts_by_the_page_and_never_as_a_thousandth() {
        let form = |monthly: &str, adults: &str| {
            let pairs = [("adults", adults), ("monthly_resources", monthly)].map(|(a, b)| (a.to_owned(), b.to_owned()));
            EligibilityForm::from_pairs(&pairs)
        };
        let en = form("1,650", "1").to_request(DecimalMark::Point).unwrap();
        assert_eq!(en.monthly_resources, Cents(165_000));
        let fr = form("1,650", "1").to_request(DecimalMark::Comma).unwrap_err();
        assert_eq!(fr.get("monthly_resources"), Some(&ErrorCode::AmountAmbiguous));
        let big = form("1650", "99999999999").to_request(DecimalMark::Comma).unwrap_err();
        assert_eq!(big.get("adults"), Some(&ErrorCode::TooLarge));
    }
}
