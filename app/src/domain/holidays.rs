//! French public holidays (jours fériés, Code du travail L3133-1), computed — Easter by the
//! anonymous Gregorian algorithm — never listed by hand.

use super::date::Date;

/// Easter Sunday of a Gregorian year (Meeus/Jones/Butcher).
pub fn easter(year: i32) -> Date {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date { year, month: month as u8, day: day as u8 }
}

/// The eleven public holidays of metropolitan France (Alsace-Moselle's two extra days do not
/// apply in the Nord), in date order, with a stable id.
pub fn holidays(year: i32) -> Vec<(Date, &'static str)> {
    let e = easter(year);
    let fixed = |month, day| Date { year, month, day };
    let mut v = vec![
        (fixed(1, 1), "jour_de_l_an"),
        (e.add_days(1), "lundi_de_paques"),
        (fixed(5, 1), "fete_du_travail"),
        (fixed(5, 8), "victoire_1945"),
        (e.add_days(39), "ascension"),
        (e.add_days(50), "lundi_de_pentecote"),
        (fixed(7, 14), "fete_nationale"),
        (fixed(8, 15), "assomption"),
        (fixed(11, 1), "toussaint"),
        (fixed(11, 11), "armistice_1918"),
        (fixed(12, 25), "noel"),
    ];
    v.sort();
    v
}

/// The holiday of a date, if it is one.
pub fn holiday(date: Date) -> Option<&'static str> {
    holidays(date.year).into_iter().find(|(d, _)| *d == date).map(|(_, id)| id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    /// Official dates (service-public.fr) of the movable holidays, 2026–2030.
    #[test]
    fn movable_holidays_2026_to_2030() {
        let expected = [
            (2026, "2026-04-06", "2026-05-14", "2026-05-25"),
            (2027, "2027-03-29", "2027-05-06", "2027-05-17"),
            (2028, "2028-04-17", "2028-05-25", "2028-06-05"),
            (2029, "2029-04-02", "2029-05-10", "2029-05-21"),
            (2030, "2030-04-22", "2030-05-30", "2030-06-10"),
        ];
        for (year, monday, ascension, pentecost) in expected {
            let h = holidays(year);
            assert_eq!(h.len(), 11);
            assert!(h.contains(&(d(monday), "lundi_de_paques")), "{year}");
            assert!(h.contains(&(d(ascension), "ascension")), "{year}");
            assert!(h.contains(&(d(pentecost), "lundi_de_pentecote")), "{year}");
            for fixed in ["01-01", "05-01", "05-08", "07-14", "08-15", "11-01", "11-11", "12-25"] {
                assert!(holiday(d(&format!("{year}-{fixed}"))).is_some(), "{year}-{fixed}");
            }
        }
        assert_eq!(easter(2026), d("2026-04-05"));
        assert_eq!(easter(2038), d("2038-04-25"), "the latest possible Easter");
        assert_eq!(easter(2285), d("2285-03-22"), "the earliest possible Easter");
        assert_eq!(holiday(d("2026-11-30")), None);
    }

    #[test]
    fn easter_is_a_sunday_in_its_window() {
        for year in 1900..2200 {
            let e = easter(year);
            assert_eq!(e.weekday(), 7, "{year}");
            assert!((d(&format!("{year}-03-22"))..=d(&format!("{year}-04-25"))).contains(&e), "{year}");
        }
    }
}
