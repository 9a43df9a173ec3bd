//! The demand number (numéro unique régional, NUR): 18 characters — territory (3), month (2)
//! and year (2) of first filing, sequence (6), registering desk (5). No check character, so
//! validation is lenient on form (spaces, dashes, case) and strict on structure.

use super::date::Date;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Nur {
    /// The 18 characters, upper case, without separators.
    pub value: String,
    pub territory: String,
    pub month: u8,
    /// Four-digit year (the number carries two: 20xx).
    pub year: i32,
    pub desk: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NurError {
    Length,
    Characters,
    Month,
}

impl Nur {
    pub fn parse(input: &str) -> Result<Nur, NurError> {
        let value: String = input.chars().filter(|c| !c.is_whitespace() && *c != '-' && *c != '.').collect::<String>().to_uppercase();
        if value.chars().count() != 18 {
            return Err(NurError::Length);
        }
        if !value.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(NurError::Characters);
        }
        let digits = |r: std::ops::Range<usize>| value[r].bytes().all(|b| b.is_ascii_digit());
        if !digits(3..7) || !digits(7..13) {
            return Err(NurError::Characters);
        }
        let month: u8 = value[3..5].parse().map_err(|_| NurError::Characters)?;
        if !(1..=12).contains(&month) {
            return Err(NurError::Month);
        }
        let year = 2000 + value[5..7].parse::<i32>().map_err(|_| NurError::Characters)?;
        Ok(Nur { territory: value[..3].to_owned(), month, year, desk: value[13..].to_owned(), value })
    }

    /// Whether a registration date disagrees with the number's month and year. Only a warning:
    /// paper filings are registered later than they were made.
    pub fn disagrees_with(&self, registered: Date) -> bool {
        registered.year != self.year || registered.month != self.month
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_documented_example() {
        let n = Nur::parse("1111023517879GDPUB").unwrap();
        assert_eq!((n.territory.as_str(), n.month, n.year, n.desk.as_str()), ("111", 10, 2023, "GDPUB"));
        let lenient = Nur::parse(" 059 0326 123456 gdpub ").unwrap();
        assert_eq!(lenient.value, "059032612345 6GDPUB".replace(' ', ""));
        assert!(!lenient.disagrees_with(Date::parse("2026-03-15").unwrap()));
        assert!(lenient.disagrees_with(Date::parse("2026-05-02").unwrap()));
    }

    #[test]
    fn refuses_malformed_numbers() {
        assert_eq!(Nur::parse("123"), Err(NurError::Length));
        assert_eq!(Nur::parse("0591326123456GDPUB"), Err(NurError::Month));
        assert_eq!(Nur::parse("0590026123456GDPUB"), Err(NurError::Month));
        assert_eq!(Nur::parse("05903AB123456GDPUB"), Err(NurError::Characters));
        assert_eq!(Nur::parse("059032612345éGDPUB"), Err(NurError::Characters));
        assert_eq!(Nur::parse("0590326123456GD_UB"), Err(NurError::Characters));
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,40}") {
            let _ = Nur::parse(&s);
        }
    }
}
