//! Reception sites' calendars: weekly opening ranges, closures, public holidays, and the slots
//! they make; the two-month interview deadline. Times are Europe/Paris wall-clock minutes since
//! midnight: a 09:00 slot stays 09:00 whatever the clock change (the server turns them into
//! instants with the time-zone database).

use super::date::Date;
use super::holidays::holiday;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// `rules/reception.json`: the deadline, notices and retention, versioned like other rules.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ReceptionRules {
    pub version: String,
    pub source: String,
    pub interview_deadline_months: u32,
    pub min_notice_hours: i64,
    pub cancel_cutoff_hours: i64,
    pub reminder_hours_before: i64,
    pub retention_days_after_appointment: i64,
    pub booking_horizon_days: i64,
    pub slot_minutes_allowed: Vec<u16>,
    pub max_parallel_interviews: u16,
}

impl ReceptionRules {
    pub fn embedded() -> &'static ReceptionRules {
        static RULES: OnceLock<ReceptionRules> = OnceLock::new();
        RULES.get_or_init(|| {
            // A unit test parses the file: a broken one never ships.
            serde_json::from_str(include_str!("../../../rules/reception.json")).unwrap_or_else(|e| panic!("rules/reception.json: {e}"))
        })
    }

    /// The last day an applicant registered on `registered` may be received within the
    /// period (that day included): the same day N months later, clamped to the month's end.
    pub fn deadline(&self, registered: Date) -> Date {
        registered.add_months_clamped(self.interview_deadline_months)
    }
}

/// Minutes since midnight, wall-clock.
pub type Minutes = u16;

/// `HH:MM` → minutes.
pub fn parse_hhmm(s: &str) -> Option<Minutes> {
    let (h, m) = s.trim().split_once(':')?;
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60 && s.trim().len() == 5).then_some(h * 60 + m)
}

pub fn hhmm(m: Minutes) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// A weekly recurring opening: every `weekday` (1 = Monday) from `start` to `end`, interviews
/// of `slot_minutes`, `capacity` at a time, between `valid_from` and `valid_to` (inclusive).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningRange {
    pub weekday: u8,
    pub start: Minutes,
    pub end: Minutes,
    pub slot_minutes: u16,
    pub capacity: u16,
    pub valid_from: Date,
    pub valid_to: Option<Date>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeError {
    Weekday,
    EndBeforeStart,
    SlotLength,
    Capacity,
    ValidTo,
    Overlap,
}

impl OpeningRange {
    pub fn applies_on(&self, date: Date) -> bool {
        date.weekday() == self.weekday && date >= self.valid_from && self.valid_to.is_none_or(|t| date <= t)
    }

    fn periods_overlap(&self, other: &OpeningRange) -> bool {
        let a_end = self.valid_to.unwrap_or(Date { year: 9999, month: 12, day: 31 });
        let b_end = other.valid_to.unwrap_or(Date { year: 9999, month: 12, day: 31 });
        self.valid_from <= b_end && other.valid_from <= a_end
    }

    /// Checks a range on its own and against the site's other ranges.
    pub fn validate(&self, rules: &ReceptionRules, others: &[OpeningRange]) -> Result<(), RangeError> {
        if !(1..=7).contains(&self.weekday) {
            return Err(RangeError::Weekday);
        }
        if self.end <= self.start || self.end > 24 * 60 {
            return Err(RangeError::EndBeforeStart);
        }
        if !rules.slot_minutes_allowed.contains(&self.slot_minutes) || self.end - self.start < self.slot_minutes {
            return Err(RangeError::SlotLength);
        }
        if self.capacity == 0 || self.capacity > rules.max_parallel_interviews {
            return Err(RangeError::Capacity);
        }
        if self.valid_to.is_some_and(|t| t < self.valid_from) {
            return Err(RangeError::ValidTo);
        }
        let clash = others.iter().any(|o| {
            o.weekday == self.weekday && o.start < self.end && self.start < o.end && self.periods_overlap(o)
        });
        if clash {
            return Err(RangeError::Overlap);
        }
        Ok(())
    }
}

/// A closure: from `from` to `to`, both included.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Closure {
    pub from: Date,
    pub to: Date,
    pub reason: String,
}

/// Why a site is closed on a day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Closed {
    Holiday(&'static str),
    Closure(String),
}

/// Everything that decides a site's slots.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteCalendar {
    pub ranges: Vec<OpeningRange>,
    pub closures: Vec<Closure>,
    /// Sites are closed on public holidays unless they opt in.
    pub open_on_holidays: bool,
}

/// An interview time: wall-clock on a date, with how many can be received at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Slot {
    pub date: Date,
    pub start: Minutes,
    pub end: Minutes,
    pub capacity: u16,
}

impl SiteCalendar {
    pub fn closed_on(&self, date: Date) -> Option<Closed> {
        if let Some(c) = self.closures.iter().find(|c| c.from <= date && date <= c.to) {
            return Some(Closed::Closure(c.reason.clone()));
        }
        match holiday(date) {
            Some(h) if !self.open_on_holidays => Some(Closed::Holiday(h)),
            _ => None,
        }
    }

    /// The slots from `from` to `to` (both included), in time order.
    pub fn slots(&self, from: Date, to: Date) -> Vec<Slot> {
        let mut out = Vec::new();
        let mut day = from;
        while day <= to {
            if self.closed_on(day).is_none() {
                let mut ranges: Vec<&OpeningRange> = self.ranges.iter().filter(|r| r.applies_on(day)).collect();
                ranges.sort_by_key(|r| r.start);
                for r in ranges {
                    let mut t = r.start;
                    while t + r.slot_minutes <= r.end {
                        // Ranges are validated not to overlap; should stored ones, the first wins.
                        if !out.iter().rev().take_while(|s: &&Slot| s.date == day).any(|s| s.start < t + r.slot_minutes && t < s.end) {
                            out.push(Slot { date: day, start: t, end: t + r.slot_minutes, capacity: r.capacity });
                        }
                        t += r.slot_minutes;
                    }
                }
            }
            day = day.add_days(1);
        }
        out
    }

    /// Whether the site offers a slot starting at `start` on `date` (and which).
    pub fn slot_at(&self, date: Date, start: Minutes) -> Option<Slot> {
        self.slots(date, date).into_iter().find(|s| s.start == start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn tuesday_mornings() -> OpeningRange {
        OpeningRange { weekday: 2, start: 9 * 60, end: 12 * 60, slot_minutes: 30, capacity: 2, valid_from: d("2026-01-01"), valid_to: None }
    }

    #[test]
    fn the_rules_file_parses() {
        let r = ReceptionRules::embedded();
        assert_eq!(r.interview_deadline_months, 2);
        assert!(r.min_notice_hours > 0 && r.retention_days_after_appointment > 0);
    }

    #[test]
    fn deadlines_clamp_to_the_end_of_the_month() {
        let r = ReceptionRules::embedded();
        assert_eq!(r.deadline(d("2026-12-31")), d("2027-02-28"));
        assert_eq!(r.deadline(d("2027-12-31")), d("2028-02-29"));
        assert_eq!(r.deadline(d("2027-11-30")), d("2028-01-30"));
        assert_eq!(r.deadline(d("2026-09-15")), d("2026-11-15"));
    }

    #[test]
    fn weekly_slots_skip_holidays_and_closures() {
        let cal = SiteCalendar {
            ranges: vec![tuesday_mornings()],
            closures: vec![Closure { from: d("2026-08-10"), to: d("2026-08-16"), reason: "Congés".into() }],
            open_on_holidays: false,
        };
        // Tuesday 2026-11-10: six 30-minute slots from 09:00 to 11:30.
        let s = cal.slots(d("2026-11-09"), d("2026-11-15"));
        assert_eq!(s.len(), 6);
        assert_eq!((s[0].start, s[5].start, s[5].end, s[0].capacity), (540, 690, 720, 2));
        // Closure week: nothing. Tuesday 2026-08-11 falls in it.
        assert!(cal.slots(d("2026-08-10"), d("2026-08-16")).is_empty());
        assert_eq!(cal.closed_on(d("2026-08-11")), Some(Closed::Closure("Congés".into())));
        // Holidays: Tuesday 2026-12-25 is Christmas; Tuesday 2030-01-01 New Year.
        assert!(cal.slots(d("2026-12-25"), d("2026-12-25")).is_empty());
        assert_eq!(cal.closed_on(d("2030-01-01")), Some(Closed::Holiday("jour_de_l_an")));
        let open = SiteCalendar { open_on_holidays: true, ..cal.clone() };
        assert_eq!(open.slots(d("2030-01-01"), d("2030-01-01")).len(), 6);
    }

    /// Clock changes do not move wall-clock slots: the same 09:00 before and after.
    #[test]
    fn slots_keep_their_wall_clock_time_across_clock_changes() {
        let every_day: Vec<OpeningRange> = (1..=7)
            .map(|w| OpeningRange { weekday: w, start: 9 * 60, end: 10 * 60, slot_minutes: 60, capacity: 1, valid_from: d("2026-01-01"), valid_to: None })
            .collect();
        let cal = SiteCalendar { ranges: every_day, open_on_holidays: true, ..Default::default() };
        for (before, after) in [("2026-03-28", "2026-03-30"), ("2026-10-24", "2026-10-26"), ("2027-03-27", "2027-03-29"), ("2027-10-30", "2027-11-01")] {
            let s = cal.slots(d(before), d(after));
            assert_eq!(s.len(), 3, "{before}");
            assert!(s.iter().all(|x| x.start == 540 && x.end == 600), "{before}");
        }
    }

    #[test]
    fn validity_dates_bound_a_range() {
        let r = OpeningRange { valid_from: d("2026-11-01"), valid_to: Some(d("2026-11-30")), ..tuesday_mornings() };
        let cal = SiteCalendar { ranges: vec![r], ..Default::default() };
        assert!(cal.slots(d("2026-10-27"), d("2026-10-27")).is_empty());
        assert_eq!(cal.slots(d("2026-11-24"), d("2026-11-24")).len(), 6);
        assert!(cal.slots(d("2026-12-01"), d("2026-12-01")).is_empty());
    }

    #[test]
    fn ranges_are_validated() {
        let rules = ReceptionRules::embedded();
        let ok = tuesday_mornings();
        assert_eq!(ok.validate(rules, &[]), Ok(()));
        assert_eq!(OpeningRange { end: 9 * 60, ..ok.clone() }.validate(rules, &[]), Err(RangeError::EndBeforeStart));
        assert_eq!(OpeningRange { slot_minutes: 7, ..ok.clone() }.validate(rules, &[]), Err(RangeError::SlotLength));
        assert_eq!(OpeningRange { capacity: 0, ..ok.clone() }.validate(rules, &[]), Err(RangeError::Capacity));
        assert_eq!(OpeningRange { weekday: 8, ..ok.clone() }.validate(rules, &[]), Err(RangeError::Weekday));
        assert_eq!(OpeningRange { valid_to: Some(d("2025-01-01")), ..ok.clone() }.validate(rules, &[]), Err(RangeError::ValidTo));
        let afternoon = OpeningRange { start: 11 * 60, end: 14 * 60, ..ok.clone() };
        assert_eq!(afternoon.validate(rules, &[ok.clone()]), Err(RangeError::Overlap));
        let later_period = OpeningRange { valid_from: d("2027-01-01"), ..ok.clone() };
        let bounded = OpeningRange { valid_to: Some(d("2026-12-31")), ..ok };
        assert_eq!(later_period.validate(rules, &[bounded]), Ok(()));
    }

    #[test]
    fn times() {
        assert_eq!(parse_hhmm("09:30"), Some(570));
        assert_eq!(parse_hhmm("24:00"), None);
        assert_eq!(parse_hhmm("9:30"), None);
        assert_eq!(hhmm(570), "09:30");
    }

    proptest::proptest! {
        /// Slots never overlap, never exceed their range, and never fall on a closed day.
        #[test]
        fn generated_slots_are_sound(start in 0u16..20, len in 1u16..8, slot in proptest::sample::select(vec![15u16, 20, 30, 45, 60]), days in 0i64..60) {
            let r = OpeningRange { weekday: 3, start: 7 * 60 + start * 15, end: 7 * 60 + start * 15 + len * 45, slot_minutes: slot, capacity: 1, valid_from: d("2026-01-01"), valid_to: None };
            let cal = SiteCalendar { ranges: vec![r.clone()], ..Default::default() };
            let from = d("2026-04-01");
            let slots = cal.slots(from, from.add_days(days));
            for w in slots.windows(2) {
                proptest::prop_assert!(w[0].date < w[1].date || w[0].end <= w[1].start);
            }
            for s in &slots {
                proptest::prop_assert!(s.start >= r.start && s.end <= r.end && s.date.weekday() == 3);
                proptest::prop_assert!(cal.closed_on(s.date).is_none());
            }
        }
    }
}
