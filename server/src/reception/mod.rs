//! Reception sites and the two-month interview: sites and their calendars, free slots,
//! bookings (never double: the database refuses a second holder of a seat), emails.
pub mod agent;
pub mod bookings;
pub mod demo;
pub mod ics;
pub mod sites;
pub mod slots;

use app::domain::date::Date;
use app::domain::schedule::Minutes;

pub fn paris() -> jiff::tz::TimeZone {
    // Looked up once: a slot search converts tens of thousands of times.
    static PARIS: std::sync::OnceLock<jiff::tz::TimeZone> = std::sync::OnceLock::new();
    PARIS.get_or_init(|| jiff::tz::TimeZone::get("Europe/Paris").unwrap_or(jiff::tz::TimeZone::UTC)).clone()
}

/// The instant of a Paris wall-clock time (a time skipped by the spring change is taken after
/// it, as the time-zone database's "compatible" rule says).
pub fn instant(date: Date, minutes: Minutes) -> i64 {
    let civil = jiff::civil::date(date.year as i16, date.month as i8, date.day as i8)
        .at((minutes / 60) as i8, (minutes % 60) as i8, 0, 0);
    civil.to_zoned(paris()).map(|z| z.timestamp().as_second()).unwrap_or(0)
}

/// The Paris date and wall-clock minutes of an instant.
pub fn local(unix: i64) -> Option<(Date, Minutes)> {
    let z = jiff::Timestamp::from_second(unix).ok()?.to_zoned(paris());
    let date = Date::new(i32::from(z.year()), z.month() as u8, z.day() as u8)?;
    Some((date, z.hour() as u16 * 60 + z.minute() as u16))
}

/// RFC 3339 with the Paris offset, e.g. `2026-12-01T09:00:00+01:00`.
pub fn rfc3339(unix: i64) -> String {
    jiff::Timestamp::from_second(unix)
        .map(|t| t.to_zoned(paris()).strftime("%Y-%m-%dT%H:%M:%S%:z").to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    /// 09:00 in Lille is 08:00 UTC in winter and 07:00 UTC in summer, across all four changes
    /// of 2026 and 2027.
    #[test]
    fn wall_clock_across_clock_changes() {
        for (date, utc_hour) in [
            ("2026-03-28", 8), ("2026-03-30", 7), ("2026-10-24", 7), ("2026-10-26", 8),
            ("2027-03-27", 8), ("2027-03-29", 7), ("2027-10-30", 7), ("2027-11-01", 8),
        ] {
            let t = instant(d(date), 9 * 60);
            assert_eq!(t.rem_euclid(86_400) / 3600, utc_hour, "{date}");
            assert_eq!(local(t), Some((d(date), 540)), "{date}");
        }
        assert_eq!(rfc3339(instant(d("2026-12-01"), 540)), "2026-12-01T09:00:00+01:00");
        assert_eq!(rfc3339(instant(d("2026-06-01"), 540)), "2026-06-01T09:00:00+02:00");
    }
}
