//! Amounts in integer cents: no floating point in rules or records.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
pub struct Cents(pub i64);

/// Why a typed amount was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    Empty,
    Invalid,
    Negative,
    TooLarge,
}

/// Larger than any household income a form could mean (10 M€); keeps arithmetic far from overflow.
const MAX_CENTS: i64 = 1_000_000_000;

impl Cents {
    pub fn from_euros(euros: i64) -> Cents {
        Cents(euros * 100)
    }

    /// Parses what people type: `1234`, `1234.5`, `1 234,56`, `1234,565` (rounded half-up to the
    /// cent), with ordinary, no-break or thin spaces as thousands separators and an optional `€`.
    pub fn parse(input: &str) -> Result<Cents, AmountError> {
        let cleaned: String = input
            .trim()
            .trim_end_matches('€')
            .trim()
            .chars()
            .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '_'))
            .collect();
        if cleaned.is_empty() {
            return Err(AmountError::Empty);
        }
        let (negative, digits) = match cleaned.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, cleaned.strip_prefix('+').unwrap_or(&cleaned)),
        };
        let normalised = digits.replace(',', ".");
        let (int_part, frac_part) = match normalised.split_once('.') {
            Some((i, f)) => (i, f),
            None => (normalised.as_str(), ""),
        };
        if (int_part.is_empty() && frac_part.is_empty())
            || !int_part.chars().all(|c| c.is_ascii_digit())
            || !frac_part.chars().all(|c| c.is_ascii_digit())
        {
            return Err(AmountError::Invalid);
        }
        if int_part.len() > 12 {
            return Err(AmountError::TooLarge);
        }
        let euros: i64 = if int_part.is_empty() { 0 } else { int_part.parse().map_err(|_| AmountError::Invalid)? };
        let mut frac = frac_part.bytes().map(|b| i64::from(b - b'0'));
        let tenths = frac.next().unwrap_or(0);
        let hundredths = frac.next().unwrap_or(0);
        let round_up = frac.next().is_some_and(|d| d >= 5);
        let cents = euros * 100 + tenths * 10 + hundredths + i64::from(round_up);
        if negative && cents != 0 {
            return Err(AmountError::Negative);
        }
        if cents > MAX_CENTS {
            return Err(AmountError::TooLarge);
        }
        Ok(Cents(cents))
    }

    /// Whole euros, rounded half-up.
    pub fn round_euros(self) -> i64 {
        (self.0 + 50).div_euclid(100)
    }
}

/// `1234567` → `1 234 567` with the locale's group separator (narrow no-break space in French,
/// comma in English, Arabic uses Western digits here with a comma, as Arabic-script MEL leaflets do).
pub fn group_thousands(n: i64, separator: &str) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + 4);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_people_type() {
        assert_eq!(Cents::parse("1234"), Ok(Cents(123_400)));
        assert_eq!(Cents::parse("1 234,56"), Ok(Cents(123_456)));
        assert_eq!(Cents::parse("1\u{202f}234,5 €"), Ok(Cents(123_450)));
        assert_eq!(Cents::parse("744.855"), Ok(Cents(74_486)));
        assert_eq!(Cents::parse("744.854"), Ok(Cents(74_485)));
        assert_eq!(Cents::parse(",5"), Ok(Cents(50)));
        assert_eq!(Cents::parse("0"), Ok(Cents(0)));
        assert_eq!(Cents::parse(""), Err(AmountError::Empty));
        assert_eq!(Cents::parse("12a"), Err(AmountError::Invalid));
        assert_eq!(Cents::parse("1.2.3"), Err(AmountError::Invalid));
        assert_eq!(Cents::parse("-3"), Err(AmountError::Negative));
        assert_eq!(Cents::parse("99999999999999"), Err(AmountError::TooLarge));
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(group_thousands(1_234_567, " "), "1 234 567");
        assert_eq!(group_thousands(745, " "), "745");
        assert_eq!(group_thousands(1000, ","), "1,000");
    }

    proptest::proptest! {
        #[test]
        fn parse_never_panics(s in "\\PC*") {
            let _ = Cents::parse(&s);
        }

        #[test]
        fn whole_euros_round_trip(e in 0i64..10_000_000) {
            proptest::prop_assert_eq!(Cents::parse(&e.to_string()), Ok(Cents(e * 100)));
        }
    }
}
