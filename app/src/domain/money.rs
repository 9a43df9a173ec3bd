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
    /// It reads two ways (`1,650` on a French page: 1.65 € or 1 650 €): never guessed.
    Ambiguous,
}

/// The decimal mark of the page an amount was typed on: French writes `1 650,50`, English and
/// Arabic (as this portal shows them) `1,650.50`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecimalMark {
    Comma,
    Point,
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

    /// Parses an amount typed in a form on a page whose decimal mark is `mark`. Spaces group
    /// thousands everywhere; on a point page so may commas, in groups of three (`1,650.50`). A
    /// mark followed by three digits that could be a thousands group of the other convention
    /// (`1,650` on a comma page, `1.650` anywhere but as `1.650,…`), or a comma that can only be
    /// a French decimal on a point page (`1,65`), is refused as ambiguous, never guessed: typing
    /// "1,650" must never become 1.65 €. A point on a comma page is a decimal point when one or
    /// two digits follow (phone keypads offer only the point). At most two decimals.
    pub fn parse_typed(input: &str, mark: DecimalMark) -> Result<Cents, AmountError> {
        let cleaned: String = input
            .trim()
            .trim_end_matches('€')
            .trim()
            .chars()
            .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'))
            .collect();
        if cleaned.is_empty() {
            return Err(AmountError::Empty);
        }
        let body = cleaned.strip_prefix(['-', '+']).unwrap_or(&cleaned);
        if body.is_empty() || !body.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.') {
            return Err(AmountError::Invalid);
        }
        let digits_of = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        // Thousands groups: 1–3 digits, then groups of exactly three.
        let grouped = |s: &str, sep: char| {
            let mut parts = s.split(sep);
            parts.next().is_some_and(|first| digits_of(first) && first.len() <= 3)
                && parts.all(|g| g.len() == 3 && digits_of(g))
        };
        let (int_part, frac_part) = match mark {
            DecimalMark::Point => {
                let (int, frac) = body.split_once('.').unwrap_or((body, ""));
                if int.contains(',') {
                    if !grouped(int, ',') {
                        // `1,65` or `1,6500`: a French decimal comma, or a typo.
                        return Err(AmountError::Ambiguous);
                    }
                } else if frac.len() == 3 && !body.contains(',') && int.len() <= 3 && digits_of(int) {
                    // `1.650`: a European thousands point, or 1.65 €.
                    return Err(AmountError::Ambiguous);
                }
                (int.replace(',', ""), frac.to_owned())
            }
            DecimalMark::Comma => {
                if body.contains('.') {
                    let int = body.split_once(',').map_or(body, |(i, _)| i);
                    if grouped(int, '.') && int.contains('.') {
                        // `1.650` or `1.650,50`: a thousands point, or a decimal one.
                        return Err(AmountError::Ambiguous);
                    }
                    if body.contains(',') {
                        return Err(AmountError::Invalid);
                    }
                    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
                    (int.to_owned(), frac.to_owned())
                } else {
                    let (int, frac) = body.split_once(',').unwrap_or((body, ""));
                    (int.to_owned(), frac.to_owned())
                }
            }
        };
        if frac_part.len() == 3 && digits_of(&frac_part) {
            // `1,650` on a comma page, `12.345` on a point page: a thousands group, or a decimal.
            return Err(AmountError::Ambiguous);
        }
        if frac_part.len() > 2 {
            return Err(AmountError::Invalid);
        }
        Cents::parse(&format!("{}{int_part}.{frac_part}", if cleaned.starts_with('-') { "-" } else { "" }))
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

    /// "1,650" typed on an English page is 1 650 €; on a French page it is refused, as "1.650"
    /// is on both: an amount is never read as a thousand times smaller than meant.
    #[test]
    fn typed_amounts_follow_the_page_and_refuse_what_reads_two_ways() {
        use DecimalMark::{Comma, Point};
        let ok = |s: &str, m, c: i64| assert_eq!(Cents::parse_typed(s, m), Ok(Cents(c)), "{s:?}");
        let no = |s: &str, m, e| assert_eq!(Cents::parse_typed(s, m), Err(e), "{s:?}");
        // French pages.
        ok("1650", Comma, 165_000);
        ok("1 650,50", Comma, 165_050);
        ok("1\u{202f}650,5 €", Comma, 165_050);
        ok("1650.5", Comma, 165_050);
        ok("1,65", Comma, 165);
        ok(",5", Comma, 50);
        no("1,650", Comma, AmountError::Ambiguous);
        no("1.650", Comma, AmountError::Ambiguous);
        no("1.650,50", Comma, AmountError::Ambiguous);
        no("12.345.678", Comma, AmountError::Ambiguous);
        no("1,6505", Comma, AmountError::Invalid);
        no("1,2,3", Comma, AmountError::Invalid);
        no("1650.5,3", Comma, AmountError::Invalid);
        // English and Arabic pages.
        ok("1650", Point, 165_000);
        ok("1,650", Point, 165_000);
        ok("1,650.50", Point, 165_050);
        ok("1,234,567", Point, 123_456_700);
        ok("1650.5", Point, 165_050);
        ok("1 650.50", Point, 165_050);
        no("1,65", Point, AmountError::Ambiguous);
        no("16,50", Point, AmountError::Ambiguous);
        no("1.650", Point, AmountError::Ambiguous);
        no("1,6500", Point, AmountError::Ambiguous);
        no("1650.505", Point, AmountError::Ambiguous);
        no("1650.5055", Point, AmountError::Invalid);
        // Both.
        for m in [Comma, Point] {
            no("", m, AmountError::Empty);
            no("12a", m, AmountError::Invalid);
            no("-3", m, AmountError::Negative);
            no("99999999999999", m, AmountError::TooLarge);
            no(".", m, AmountError::Invalid);
        }
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
        fn typed_parse_never_panics(s in "[0-9 .,+-€a]{0,16}") {
            let _ = Cents::parse_typed(&s, DecimalMark::Comma);
            let _ = Cents::parse_typed(&s, DecimalMark::Point);
        }

        /// An amount the page itself writes (`1,650.50` / `1 650,50`) reads back as itself.
        #[test]
        fn amounts_as_the_page_writes_them_read_back(c in 0i64..1_000_000_000) {
            let (e, f) = (c / 100, c % 100);
            proptest::prop_assert_eq!(Cents::parse_typed(&format!("{},{f:02}", group_thousands(e, "\u{202f}")), DecimalMark::Comma), Ok(Cents(c)));
            proptest::prop_assert_eq!(Cents::parse_typed(&format!("{}.{f:02}", group_thousands(e, ",")), DecimalMark::Point), Ok(Cents(c)));
        }

        #[test]
        fn whole_euros_round_trip(e in 0i64..10_000_000) {
            proptest::prop_assert_eq!(Cents::parse(&e.to_string()), Ok(Cents(e * 100)));
        }
    }
}
