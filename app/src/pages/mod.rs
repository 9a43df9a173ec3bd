//! One module per page or page family.
pub mod agent;
pub mod bilan;
pub mod booking;
pub mod communes;
pub mod eligibility;
pub mod home;
pub mod info;
pub mod not_found;
pub mod register;
pub mod staff;

use crate::i18n::Locale;

/// Locale-independent page slugs (French, the reference language, as the URL).
pub const ELIGIBILITY_PATH: &str = "/eligibilite";
pub const ACCESSIBILITY_PATH: &str = "/accessibilite";
pub const PRIVACY_PATH: &str = "/confidentialite";

/// Formats whole euros the locale's way.
pub fn euros(locale: Locale, amount: i64) -> String {
    let sep = match locale {
        Locale::Fr => "\u{202f}",
        Locale::En | Locale::Ar => ",",
    };
    let n = crate::domain::money::group_thousands(amount, sep);
    match locale {
        Locale::En => format!("€{n}"),
        _ => format!("{n}\u{a0}€"),
    }
}

/// Formats an amount in cents with two decimals.
pub fn euros_cents(locale: Locale, cents: i64) -> String {
    let whole = cents.div_euclid(100);
    let rest = cents.rem_euclid(100);
    let dec = match locale {
        Locale::Fr => ",",
        _ => ".",
    };
    let base = euros(locale, whole);
    let digits = format!("{dec}{rest:02}");
    match locale {
        Locale::En => format!("{base}{digits}"),
        _ => base.replacen("\u{a0}€", &format!("{digits}\u{a0}€"), 1),
    }
}

/// "mardi 8 décembre 2026", the locale's long date.
pub fn long_date(c: &dyn crate::i18n::Translate, d: crate::domain::date::Date) -> String {
    let args: [(&str, crate::i18n::Arg<'_>); 4] = [
        ("weekday", c.t(&format!("common-weekday-{}", d.weekday())).into()),
        ("day", i64::from(d.day).into()),
        ("month", c.t(&format!("common-month-{}", d.month)).into()),
        ("year", i64::from(d.year).into()),
    ];
    c.t_with("common-long-date", &args)
}

/// `YYYY-MM` as words: "octobre 2026" (anything else is shown as it came).
pub fn month_words(c: &dyn crate::i18n::Translate, ym: &str) -> String {
    let parsed = ym.split_once('-').and_then(|(y, m)| Some((y.parse::<i32>().ok()?, m.parse::<u8>().ok().filter(|m| (1..=12).contains(m))?)));
    match parsed {
        Some((year, month)) if ym.len() == 7 => c.t_with(
            "common-month-year",
            &[("month", c.t(&format!("common-month-{month}")).into()), ("year", year.to_string().into())],
        ),
        _ => ym.to_owned(),
    }
}

/// `YYYY-MM-DD` as the locale writes dates (day first in French and Arabic, ISO in English).
pub fn date(locale: Locale, d: crate::domain::date::Date) -> String {
    match locale {
        Locale::En => d.to_string(),
        _ => format!("{:02}/{:02}/{}", d.day, d.month, d.year),
    }
}

/// How a rule set is always introduced: "Name, in force since …" or "Name, from … to …" (saying
/// when that end is an estimate), and, when it was not in force over all the days judged, the
/// notice that its objectives are history there, not rules in force.
pub fn ruleset_validity(
    i18n: &crate::i18n::I18n,
    name: &str,
    from: &str,
    to: Option<&str>,
    to_verified: bool,
    standing: crate::domain::quota::Standing,
) -> (String, Option<String>) {
    use crate::domain::quota::Standing;
    let l = i18n.locale;
    let d = |s: &str| crate::domain::date::Date::parse(s).map(|x| date(l, x)).unwrap_or_else(|| s.to_owned());
    let validity = match to {
        Some(to) => {
            let between = i18n.t_with("bilan-ruleset-between", &[("name", name.into()), ("from", d(from).into()), ("to", d(to).into())]);
            if to_verified { between } else { format!("{between} {}", i18n.t("bilan-ruleset-end-unverified")) }
        }
        None => i18n.t_with("bilan-ruleset-since", &[("name", name.into()), ("from", d(from).into())]),
    };
    let notice = match standing {
        Standing::InForce => None,
        Standing::Partly => Some(i18n.t("bilan-ruleset-standing-partly")),
        Standing::Ended => Some(i18n.t("bilan-ruleset-standing-ended")),
    };
    (validity, notice)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_formats() {
        assert_eq!(euros(Locale::Fr, 1117), "1\u{202f}117\u{a0}€");
        assert_eq!(euros(Locale::En, 1117), "€1,117");
        assert_eq!(euros_cents(Locale::Fr, 130338), "1\u{202f}303,38\u{a0}€");
        assert_eq!(euros_cents(Locale::En, 130305), "€1,303.05");
    }

    /// Months are words, as people say them ("octobre 2026", never "2026-10").
    #[test]
    fn months_read_as_words() {
        let fr = crate::i18n::sources::catalog(Locale::Fr);
        assert_eq!(month_words(&*fr, "2026-10"), "octobre 2026");
        assert_eq!(month_words(&*crate::i18n::sources::catalog(Locale::En), "2026-01"), "January 2026");
        for odd in ["", "2026-13", "2026-1", "octobre"] {
            assert_eq!(month_words(&*fr, odd), odd);
        }
    }
}
