//! Sites, slots and bookings: the JSON shapes of `/api/v1`, and one validation of a booking
//! request shared by the API and the no-JavaScript form.

use super::error::{ErrorCode, FieldErrors};
use crate::domain::contact::{valid_email, valid_phone};
use crate::domain::date::Date;
use crate::domain::nur::{Nur, NurError};
use crate::i18n::Locale;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Why someone books.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Motive {
    /// The interview every registered applicant may have within two months.
    Interview,
    /// Help to register a demand (no demand number yet, no deadline).
    RegistrationHelp,
}

impl Motive {
    pub fn as_str(self) -> &'static str {
        match self {
            Motive::Interview => "interview",
            Motive::RegistrationHelp => "registration_help",
        }
    }

    pub fn parse(s: &str) -> Option<Motive> {
        [Motive::Interview, Motive::RegistrationHelp].into_iter().find(|m| m.as_str() == s)
    }
}

/// What a booking request says, as typed (API or form).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BookingInput {
    pub site_id: String,
    /// RFC 3339 with offset (API), or Unix seconds (the form's slot choice).
    pub start: String,
    pub motive: String,
    pub nur: String,
    pub registration_date: String,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub locale: String,
}

/// A request whose fields are each valid (the slot itself is checked against the database).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidBooking {
    pub site_id: i64,
    pub start: String,
    pub motive: Motive,
    pub nur: Option<Nur>,
    pub registration_date: Option<Date>,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub locale: Locale,
    /// The registration date's month/year differ from the demand number's: said, not refused.
    pub nur_date_mismatch: bool,
}

fn text(v: &Value, key: &str) -> String {
    match v.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// The demand part of a request (motive, demand number, registration date), as step 1 of the
/// booking form checks it on its own.
pub fn validate_demand(motive: &str, nur: &str, registration_date: &str, today: Date) -> Result<(Motive, Option<Nur>, Option<Date>), FieldErrors> {
    let mut e = FieldErrors::new();
    let motive = if motive.trim().is_empty() { Some(Motive::Interview) } else { Motive::parse(motive.trim()) };
    let Some(motive) = motive else {
        e.insert("motive".into(), ErrorCode::UnknownMotive);
        return Err(e);
    };
    if motive == Motive::RegistrationHelp {
        return Ok((motive, None, None));
    }
    let nur = match Nur::parse(nur) {
        Ok(n) => Some(n),
        Err(NurError::Length) if nur.trim().is_empty() => {
            e.insert("nur".into(), ErrorCode::Required);
            None
        }
        Err(_) => {
            e.insert("nur".into(), ErrorCode::InvalidNur);
            None
        }
    };
    let date = match Date::parse(registration_date) {
        Some(d) if d > today => {
            e.insert("registration_date".into(), ErrorCode::RegistrationInFuture);
            None
        }
        Some(d) => Some(d),
        None => {
            let code = if registration_date.trim().is_empty() { ErrorCode::Required } else { ErrorCode::InvalidDate };
            e.insert("registration_date".into(), code);
            None
        }
    };
    // The number carries the month and year the demand was registered: a date before them is
    // a typo (1999 for 2019). A later one stays possible (paper filings are entered later): a warning.
    if let (Some(n), Some(d)) = (&nur, date) {
        if (d.year, d.month) < (n.year, n.month) {
            e.insert("registration_date".into(), ErrorCode::RegistrationBeforeNur);
        }
    }
    if e.is_empty() {
        Ok((motive, nur, date))
    } else {
        Err(e)
    }
}

impl BookingInput {
    pub fn from_json(v: &Value) -> BookingInput {
        BookingInput {
            site_id: text(v, "site_id"),
            start: text(v, "start"),
            motive: text(v, "motive"),
            nur: text(v, "nur"),
            registration_date: text(v, "registration_date"),
            name: text(v, "name"),
            email: text(v, "email"),
            phone: text(v, "phone"),
            locale: text(v, "locale"),
        }
    }

    /// Checks every field; `today` bounds the registration date; `default_locale` is the page's
    /// or the request's language.
    pub fn validate(&self, today: Date, default_locale: Locale) -> Result<ValidBooking, FieldErrors> {
        let mut e = FieldErrors::new();
        let site_id = self.site_id.trim().parse::<i64>().ok().filter(|n| *n > 0);
        if site_id.is_none() {
            e.insert("site_id".into(), if self.site_id.trim().is_empty() { ErrorCode::Required } else { ErrorCode::NotAnInteger });
        }
        if self.start.trim().is_empty() {
            e.insert("start".into(), ErrorCode::Required);
        }
        let demand = validate_demand(&self.motive, &self.nur, &self.registration_date, today);
        let (motive, nur, registration_date) = match demand {
            Ok((m, n, d)) => (Some(m), n, d),
            Err(errs) => {
                e.extend(errs);
                (None, None, None)
            }
        };
        let name = self.name.trim().to_owned();
        if name.is_empty() {
            e.insert("name".into(), ErrorCode::Required);
        } else if !super::limits::fits(&name, super::limits::NAME) {
            e.insert("name".into(), ErrorCode::TooLarge);
        } else if !super::limits::valid_name(&name) {
            e.insert("name".into(), ErrorCode::InvalidName);
        }
        let email = self.email.trim().to_lowercase();
        if email.is_empty() {
            e.insert("email".into(), ErrorCode::Required);
        } else if !valid_email(&email) {
            e.insert("email".into(), ErrorCode::InvalidEmail);
        }
        let phone = self.phone.trim().to_owned();
        if !phone.is_empty() && (!super::limits::fits(&phone, super::limits::PHONE) || !valid_phone(&phone)) {
            e.insert("phone".into(), ErrorCode::InvalidPhone);
        }
        let locale = if self.locale.trim().is_empty() { Some(default_locale) } else { Locale::parse(self.locale.trim()) };
        if locale.is_none() {
            e.insert("locale".into(), ErrorCode::OutOfRange);
        }
        match (e.is_empty(), site_id, motive, locale) {
            (true, Some(site_id), Some(motive), Some(locale)) => {
                let nur_date_mismatch = matches!((&nur, registration_date), (Some(n), Some(d)) if n.disagrees_with(d));
                Ok(ValidBooking {
                    site_id,
                    start: self.start.trim().to_owned(),
                    motive,
                    nur,
                    registration_date,
                    name,
                    email,
                    phone,
                    locale,
                    nur_date_mismatch,
                })
            }
            _ => Err(e),
        }
    }
}

/// `POST /api/v1/bookings` body (documentation).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BookingRequestDoc {
    pub site_id: i64,
    /// RFC 3339 with offset, one of the slot `start` values.
    pub start: String,
    /// `interview` (default) or `registration_help`.
    pub motive: Option<Motive>,
    /// Demand number (18 characters); required for `interview`.
    pub nur: Option<String>,
    /// `YYYY-MM-DD`, not in the future; required for `interview`.
    pub registration_date: Option<String>,
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
    /// Language of the emails: `fr`, `en` or `ar` (default: `Accept-Language`).
    pub locale: Option<String>,
}

/// `201` answer to a booking.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BookingCreated {
    pub id: i64,
    pub site_id: i64,
    pub start: String,
    pub end: String,
    /// Last day of the two-month period (`YYYY-MM-DD`); absent for registration help.
    pub deadline: Option<String>,
    pub within_deadline: bool,
}

/// A reception site in the directory and the API.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SiteDto {
    pub id: i64,
    pub name: String,
    pub insee_code: String,
    pub commune: String,
    pub address: String,
    pub postcode: String,
    /// `commune`, `ccas`, `landlord`, `action_logement` or `mel`.
    pub kind: String,
    /// `labellise` (receives applicants, bookable) or `relais` (information only).
    pub tier: String,
    pub bookable: bool,
    pub step_free: bool,
    /// ISO 639-1 codes.
    pub languages: Vec<String>,
    pub services: Vec<String>,
    pub phone: String,
    /// Weekly opening hours.
    pub hours: Vec<HoursDto>,
    /// A site of the demonstration dataset (invented; its phone number is in the block kept
    /// for fiction).
    pub demonstration: bool,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct HoursDto {
    /// 1 = Monday … 7 = Sunday.
    pub weekday: u8,
    /// `HH:MM`, Europe/Paris.
    pub start: String,
    pub end: String,
    pub slot_minutes: u16,
    pub capacity: u16,
    pub valid_from: String,
    pub valid_to: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SlotDto {
    pub site_id: i64,
    /// RFC 3339 with the Paris offset.
    pub start: String,
    pub end: String,
    /// Free seats.
    pub available: u16,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::parse("2026-11-30").unwrap()
    }

    fn input() -> BookingInput {
        BookingInput {
            site_id: "3".into(),
            start: "2026-12-08T09:00:00+01:00".into(),
            motive: "interview".into(),
            nur: "0591126123456GDPUB".into(),
            registration_date: "2026-11-02".into(),
            name: "Amina B.".into(),
            email: "Amina@Example.fr".into(),
            phone: String::new(),
            locale: String::new(),
        }
    }

    #[test]
    fn a_valid_request() {
        let v = input().validate(today(), Locale::Ar).unwrap();
        assert_eq!((v.site_id, v.motive, v.email.as_str(), v.locale), (3, Motive::Interview, "amina@example.fr", Locale::Ar));
        assert!(!v.nur_date_mismatch);
        let late = BookingInput { registration_date: "2026-11-20".into(), nur: "0591026123456GDPUB".into(), ..input() };
        assert!(late.validate(today(), Locale::Fr).unwrap().nur_date_mismatch, "a warning, not a refusal");
        // Before the number's own month: a typo, refused (1999 for 2019, October for November).
        for date in ["1999-11-02", "2026-10-31"] {
            let early = BookingInput { registration_date: date.into(), ..input() };
            let e = early.validate(today(), Locale::Fr).unwrap_err();
            assert_eq!(e.get("registration_date"), Some(&ErrorCode::RegistrationBeforeNur), "{date}");
        }
    }

    #[test]
    fn each_problem_is_named() {
        let bad = BookingInput {
            site_id: "x".into(),
            start: String::new(),
            motive: "chat".into(),
            nur: "123".into(),
            registration_date: "2026-12-25".into(),
            name: " ".into(),
            email: "nope".into(),
            phone: "call me".into(),
            locale: "de".into(),
        };
        let e = bad.validate(today(), Locale::Fr).unwrap_err();
        assert_eq!(e.get("site_id"), Some(&ErrorCode::NotAnInteger));
        assert_eq!(e.get("start"), Some(&ErrorCode::Required));
        assert_eq!(e.get("motive"), Some(&ErrorCode::UnknownMotive));
        assert_eq!(e.get("name"), Some(&ErrorCode::Required));
        assert_eq!(e.get("email"), Some(&ErrorCode::InvalidEmail));
        assert_eq!(e.get("phone"), Some(&ErrorCode::InvalidPhone));
        assert_eq!(e.get("locale"), Some(&ErrorCode::OutOfRange));
        let bad = BookingInput { nur: "123".into(), registration_date: "2026-12-25".into(), ..input() };
        let e = bad.validate(today(), Locale::Fr).unwrap_err();
        assert_eq!(e.get("nur"), Some(&ErrorCode::InvalidNur));
        assert_eq!(e.get("registration_date"), Some(&ErrorCode::RegistrationInFuture));
    }

    #[test]
    fn registration_help_needs_no_demand_number() {
        let help = BookingInput { motive: "registration_help".into(), nur: String::new(), registration_date: String::new(), ..input() };
        let v = help.validate(today(), Locale::Fr).unwrap();
        assert_eq!((v.nur, v.registration_date), (None, None));
    }
}
