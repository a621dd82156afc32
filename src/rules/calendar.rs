//! Calendar arithmetic the law relies on: months added "day for day", whole-year ages,
//! calendar months touched by a period. Pure functions of their arguments; no clock.

use chrono::{Datelike, Months, NaiveDate};
use std::fmt;

/// `date` + `months` (negative to go back), keeping the day of the month and falling back
/// to the last day of the target month when that day does not exist (2026-05-31 − 3 months
/// = 2026-02-28). This is how French procedure counts periods in months (CPC art. 641), and
/// what `eligibility.md` and `cddi.md` prescribe. `None` only outside chrono's range.
pub fn add_months(date: NaiveDate, months: i32) -> Option<NaiveDate> {
    if months >= 0 {
        date.checked_add_months(Months::new(months.unsigned_abs()))
    } else {
        date.checked_sub_months(Months::new(months.unsigned_abs()))
    }
}

/// Age in whole years on `date`: it goes up on the birthday. A person born on 29 February
/// turns a year older on 1 March in common years (the platform's arithmetic, `eligibility.md`).
/// A birth date after `date` gives 0 (the API rejects that input before it gets here).
pub fn age_on(birth: NaiveDate, date: NaiveDate) -> u32 {
    let before_birthday = (date.month(), date.day()) < (birth.month(), birth.day());
    let years = date.year() - birth.year() - i32::from(before_birthday);
    u32::try_from(years).unwrap_or(0)
}

/// Number of days of a calendar month (28 to 31).
pub fn days_in_month(year: i32, month: u32) -> u32 {
    let first = NaiveDate::from_ymd_opt(year, month, 1);
    let next = first.and_then(|d| add_months(d, 1));
    match (first, next) {
        (Some(a), Some(b)) => u32::try_from((b - a).num_days()).unwrap_or(30),
        _ => 30,
    }
}

/// Strict `YYYY-MM-DD` (the API's only date form): four-digit year, two-digit month and
/// day, and a real calendar date (2026-02-30 is rejected).
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
        return None;
    }
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = text.get(range)?;
        if part.bytes().all(|b| b.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let year = i32::try_from(digits(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, digits(5..7)?, digits(8..10)?)
}

/// A calendar month, the unit of the pay schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: i32,
    pub month: u32,
}

impl YearMonth {
    pub fn of(date: NaiveDate) -> Self {
        YearMonth { year: date.year(), month: date.month() }
    }

    /// The first day of the month (a month built by `of` always has one).
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or(NaiveDate::MIN)
    }

    pub fn last_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, self.days()).unwrap_or(NaiveDate::MIN)
    }

    pub fn days(self) -> u32 {
        days_in_month(self.year, self.month)
    }

    /// The month `months` later (earlier when negative); saturates at chrono's range.
    pub fn plus(self, months: i32) -> Self {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + i64::from(months);
        let year = i32::try_from(index.div_euclid(12)).unwrap_or(if months < 0 { i32::MIN } else { i32::MAX });
        let month = u32::try_from(index.rem_euclid(12)).unwrap_or(0) + 1;
        YearMonth { year, month }
    }

    /// Months from `self` to `later` (negative when `later` is earlier).
    pub fn months_until(self, later: Self) -> i64 {
        (i64::from(later.year) - i64::from(self.year)) * 12 + i64::from(later.month) - i64::from(self.month)
    }

    pub fn next(self) -> Self {
        if self.month == 12 {
            YearMonth { year: self.year + 1, month: 1 }
        } else {
            YearMonth { year: self.year, month: self.month + 1 }
        }
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // tests may panic
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        parse_iso_date(s).unwrap()
    }

    #[test]
    fn months_are_added_day_for_day_with_end_of_month_fallback() {
        assert_eq!(add_months(d("2026-05-31"), -3), Some(d("2026-02-28")));
        assert_eq!(add_months(d("2026-07-01"), 12), Some(d("2027-07-01")));
        assert_eq!(add_months(d("2024-02-29"), 24), Some(d("2026-02-28")));
        assert_eq!(add_months(d("2025-12-15"), 7), Some(d("2026-07-15")));
    }

    #[test]
    fn a_person_born_on_29_february_ages_on_1_march_in_common_years() {
        assert_eq!(age_on(d("2008-02-29"), d("2026-02-28")), 17);
        assert_eq!(age_on(d("2008-02-29"), d("2026-03-01")), 18);
        assert_eq!(age_on(d("2000-06-15"), d("2026-06-14")), 25);
        assert_eq!(age_on(d("2000-06-15"), d("2026-06-15")), 26);
    }

    #[test]
    fn only_strict_calendar_dates_are_accepted() {
        assert!(parse_iso_date("2026-02-30").is_none());
        assert!(parse_iso_date("2026-2-03").is_none());
        assert!(parse_iso_date("2026-02-03T00:00").is_none());
        assert!(parse_iso_date("+026-02-03").is_none());
        assert!(parse_iso_date("2026/02/03").is_none());
        assert_eq!(parse_iso_date("2024-02-29"), NaiveDate::from_ymd_opt(2024, 2, 29));
        assert!(parse_iso_date("2025-02-29").is_none());
    }

    #[test]
    fn months_have_their_calendar_length() {
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2026, 2), 28);
        assert_eq!(days_in_month(2026, 12), 31);
        assert_eq!(YearMonth { year: 2026, month: 12 }.next(), YearMonth { year: 2027, month: 1 });
        assert_eq!(YearMonth { year: 2026, month: 3 }.to_string(), "2026-03");
        let july = YearMonth { year: 2026, month: 7 };
        assert_eq!(july.plus(-4), YearMonth { year: 2026, month: 3 });
        assert_eq!(july.plus(6), YearMonth { year: 2027, month: 1 });
        assert_eq!(july.plus(-7), YearMonth { year: 2025, month: 12 });
        assert_eq!(july.months_until(YearMonth { year: 2027, month: 1 }), 6);
    }
}
