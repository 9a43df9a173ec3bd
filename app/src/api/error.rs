//! Error codes: one enum whose snake_case name is the API code and, with dashes and an
//! `error-` prefix, the Fluent message id (a test checks every code has a message everywhere).

use crate::i18n::Translate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    NotFound,
    Internal,
    DatabaseUnavailable,
    InvalidJson,
    ValidationFailed,
    MethodNotAllowed,
    PayloadTooLarge,
    Forbidden,
    Unauthenticated,
    NotPermitted,
    CsrfRejected,
    TooManyAttempts,
    InvalidCredentials,
    InvalidCode,
    LinkInvalid,
    // Field-level codes.
    Required,
    NotAnInteger,
    InvalidAmount,
    AmountAmbiguous,
    Negative,
    TooLarge,
    OutOfRange,
    UnknownField,
    UnknownYear,
    UnknownSituation,
    NotAList,
    DisabledExceedsPersons,
    CoupleAgesNeedTwoAdults,
    AgeOutOfRange,
    N1WithoutN2,
    TwelveMonthsWithoutN2,
    PasswordTooShort,
    PasswordTooLong,
    PasswordTooGuessable,
    PasswordsDiffer,
    InvalidEmail,
    EmailTaken,
    UnknownRole,
    ScopeRequired,
    UnknownScope,
    UnknownKind,
    FileRequired,
    InvalidDate,
    SlotFull,
    NurAlreadyBooked,
    CutoffPassed,
    RateLimited,
    InvalidNur,
    RegistrationInFuture,
    RegistrationBeforeNur,
    SlotUnavailable,
    NotBookable,
    InvalidPhone,
    ConsentRequired,
    UnknownMotive,
    RangeOverlap,
    InvalidPeriod,
    InvalidBilanScope,
    NoRuleset,
    NotPublic,
    InvalidName,
    HelpFull,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 62] = [
        ErrorCode::NotFound,
        ErrorCode::Internal,
        ErrorCode::DatabaseUnavailable,
        ErrorCode::InvalidJson,
        ErrorCode::ValidationFailed,
        ErrorCode::MethodNotAllowed,
        ErrorCode::PayloadTooLarge,
        ErrorCode::Forbidden,
        ErrorCode::Unauthenticated,
        ErrorCode::NotPermitted,
        ErrorCode::CsrfRejected,
        ErrorCode::TooManyAttempts,
        ErrorCode::InvalidCredentials,
        ErrorCode::InvalidCode,
        ErrorCode::LinkInvalid,
        ErrorCode::Required,
        ErrorCode::NotAnInteger,
        ErrorCode::InvalidAmount,
        ErrorCode::AmountAmbiguous,
        ErrorCode::Negative,
        ErrorCode::TooLarge,
        ErrorCode::OutOfRange,
        ErrorCode::UnknownField,
        ErrorCode::UnknownYear,
        ErrorCode::UnknownSituation,
        ErrorCode::NotAList,
        ErrorCode::DisabledExceedsPersons,
        ErrorCode::CoupleAgesNeedTwoAdults,
        ErrorCode::AgeOutOfRange,
        ErrorCode::N1WithoutN2,
        ErrorCode::TwelveMonthsWithoutN2,
        ErrorCode::PasswordTooShort,
        ErrorCode::PasswordTooLong,
        ErrorCode::PasswordTooGuessable,
        ErrorCode::PasswordsDiffer,
        ErrorCode::InvalidEmail,
        ErrorCode::EmailTaken,
        ErrorCode::UnknownRole,
        ErrorCode::ScopeRequired,
        ErrorCode::UnknownScope,
        ErrorCode::UnknownKind,
        ErrorCode::FileRequired,
        ErrorCode::InvalidDate,
        ErrorCode::SlotFull,
        ErrorCode::NurAlreadyBooked,
        ErrorCode::CutoffPassed,
        ErrorCode::RateLimited,
        ErrorCode::InvalidNur,
        ErrorCode::RegistrationInFuture,
        ErrorCode::RegistrationBeforeNur,
        ErrorCode::SlotUnavailable,
        ErrorCode::NotBookable,
        ErrorCode::InvalidPhone,
        ErrorCode::ConsentRequired,
        ErrorCode::UnknownMotive,
        ErrorCode::RangeOverlap,
        ErrorCode::InvalidPeriod,
        ErrorCode::InvalidBilanScope,
        ErrorCode::NoRuleset,
        ErrorCode::NotPublic,
        ErrorCode::InvalidName,
        ErrorCode::HelpFull,
    ];

    pub fn as_str(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    pub fn message_id(self) -> String {
        format!("error-{}", self.as_str().replace('_', "-"))
    }

    /// HTTP status for a request-level error.
    pub fn status(self) -> u16 {
        match self {
            ErrorCode::NotFound => 404,
            ErrorCode::Internal => 500,
            ErrorCode::DatabaseUnavailable => 503,
            ErrorCode::InvalidJson => 400,
            ErrorCode::MethodNotAllowed => 405,
            ErrorCode::PayloadTooLarge => 413,
            ErrorCode::Forbidden | ErrorCode::NotPermitted | ErrorCode::CsrfRejected => 403,
            ErrorCode::Unauthenticated | ErrorCode::InvalidCredentials | ErrorCode::InvalidCode => 401,
            ErrorCode::TooManyAttempts => 429,
            ErrorCode::LinkInvalid => 410,
            ErrorCode::SlotFull | ErrorCode::NurAlreadyBooked | ErrorCode::CutoffPassed | ErrorCode::HelpFull => 409,
            ErrorCode::RateLimited => 429,
            _ => 422,
        }
    }
}

/// Field name → code, in a stable order.
pub type FieldErrors = BTreeMap<String, ErrorCode>;

/// The body of every API error: `{"error": {"code", "message", "fields"}}`.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ErrorDetail {
    /// Stable, machine-readable code (snake_case).
    pub code: String,
    /// Translated, human-readable message.
    pub message: String,
    /// Per-field problems.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub fields: BTreeMap<String, FieldError>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct FieldError {
    pub code: String,
    pub message: String,
}

impl ErrorBody {
    pub fn new(code: ErrorCode, catalog: &dyn Translate, fields: &FieldErrors) -> ErrorBody {
        ErrorBody {
            error: ErrorDetail {
                code: code.as_str(),
                message: catalog.t(&code.message_id()),
                fields: fields
                    .iter()
                    .map(|(f, c)| (f.clone(), FieldError { code: c.as_str(), message: catalog.t(&c.message_id()) }))
                    .collect(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_snake_case_and_ids_kebab() {
        assert_eq!(ErrorCode::N1WithoutN2.as_str(), "n1_without_n2");
        assert_eq!(ErrorCode::NotFound.message_id(), "error-not-found");
        let mut seen = std::collections::HashSet::new();
        for c in ErrorCode::ALL {
            assert!(seen.insert(c.as_str()), "duplicate {c:?}");
        }
    }
}
