//! What the person has answered so far, as the screens hold it, and how it becomes the
//! engine's [`Input`]. Pure: the share-link codec ([`share`]) and the question list
//! ([`questions`]) live here so they can be tested and fuzzed natively.

#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

pub mod questions;
pub mod share;

use crate::rules::codes::{Benefit, CriteriaSet, Employer, Extension, Justice, Referent};
use crate::rules::params;
use crate::rules::{ContractInput, Input, Person};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// A product bound, not a rule of law: an hourly rate above this many times the SMIC in
/// force is far above what a CDDI pays an hour, and most likely a monthly amount typed in the
/// hourly box. It is asked about, never silently used.
pub const PLAUSIBLE_RATE_SMIC_MULTIPLE: u32 = 3;

/// A product bound, not a rule of law: a birth date giving more than this age at the hiring
/// date is a typing mistake (1890 for 1990), refused with a message.
pub const OLDEST_PLAUSIBLE_AGE: i32 = 100;

/// Whether `rate` (euros an hour) is more than [`PLAUSIBLE_RATE_SMIC_MULTIPLE`] times the
/// hourly SMIC in force on `on`. A date the tables do not cover decides nothing (false).
pub fn rate_looks_monthly(rate: Decimal, on: NaiveDate) -> bool {
    params::SMIC_HOURLY.at(on).is_ok_and(|smic| rate > smic.0 * Decimal::from(PLAUSIBLE_RATE_SMIC_MULTIPLE))
}

/// Whether a birth date is too old to be anything but a typing mistake at `as_of`.
pub fn birth_date_implausible(birth: NaiveDate, as_of: NaiveDate) -> bool {
    as_of.year() - birth.year() > OLDEST_PLAUSIBLE_AGE
}

/// Whole calendar months from `from` to `to` (negative when `to` is earlier): what a count of
/// months typed on one date becomes on another.
pub fn months_between(from: NaiveDate, to: NaiveDate) -> i64 {
    let raw = i64::from(to.year() - from.year()) * 12 + i64::from(to.month()) - i64::from(from.month());
    if raw > 0 && to.day() < from.day() {
        raw - 1
    } else if raw < 0 && to.day() > from.day() {
        raw + 1
    } else {
        raw
    }
}

/// The person's answers; `None` is "not answered" (or "Je ne sais pas").
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Answers {
    pub birth_date: Option<NaiveDate>,
    pub department: Option<String>,
    pub employed: Option<bool>,
    /// Registered as a job seeker; `Some(false)` gives 0 months.
    pub registered: Option<bool>,
    pub job_seeker_months: Option<u32>,
    pub benefits: Option<Vec<Benefit>>,
    pub rqth: Option<bool>,
    pub criteria: Option<CriteriaSet>,
    pub justice: Option<Justice>,
    pub referent: Option<Referent>,
    /// Had a PASS IAE before; its end date matters only when `Some(true)`.
    pub had_pass: Option<bool>,
    pub previous_pass_end: Option<NaiveDate>,
    /// The date at which the rules are applied (the planned hiring date); `None`: today.
    pub as_of: Option<NaiveDate>,
    pub contract: ContractAnswers,
    /// The answers of the blocks the second module draws (household, structure, compared
    /// contracts…), carried opaquely: see [`Later`].
    pub later: Later,
}

/// Answers the first module carries without reading them: the fields of the blocks drawn by
/// the second module (`present::later`), whose names start with `x` (`xh-couple`,
/// `xe-carrier`). They travel in the share link and in storage like every answer; the second
/// module parses them into types and words their errors. Bounded here so that nothing outside
/// can grow them: [`Later::MAX_FIELDS`] names of at most [`Later::MAX_NAME`] bytes
/// (`x` then `a-z 0-9 - .`), values of at most [`Later::MAX_VALUE`] bytes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Later(Vec<(String, String)>);

impl Later {
    pub const MAX_FIELDS: usize = 48;
    pub const MAX_NAME: usize = 16;
    pub const MAX_VALUE: usize = 64;

    /// Whether `name` is a later field's name.
    pub fn is_name(name: &str) -> bool {
        name.len() <= Self::MAX_NAME
            && name.starts_with('x')
            && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
    }

    /// The value of `name`, if answered.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// Sets `name` (an empty value removes it); `false` when the name or value is out of
    /// bounds (a control character included), or the set is full: nothing is changed then.
    pub fn set(&mut self, name: &str, value: &str) -> bool {
        if !Self::is_name(name) || value.len() > Self::MAX_VALUE || value.bytes().any(|b| b < 0x20 || b == 0x7f) {
            return false;
        }
        let at = self.0.iter().position(|(n, _)| n.as_str() >= name).unwrap_or(self.0.len());
        if self.0.get(at).is_some_and(|(n, _)| n == name) {
            self.0.remove(at);
        } else if self.0.len() >= Self::MAX_FIELDS {
            return value.is_empty();
        }
        if !value.is_empty() {
            self.0.insert(at, (name.to_owned(), value.to_owned()));
        }
        true
    }

    /// The fields, sorted by name.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(n, v)| (n.as_str(), v.as_str()))
    }
}

/// The contract simulator's fields.
#[derive(Debug, Clone, PartialEq)]
pub struct ContractAnswers {
    /// `None`: the first day of next month.
    pub start: Option<NaiveDate>,
    pub months: u32,
    pub weekly_hours: Decimal,
    /// `None`: the minimum wage in force, month by month.
    pub hourly_rate: Option<Decimal>,
    pub under_20h_derogation: bool,
    pub extension: Option<Extension>,
    pub employer: Employer,
}

impl Default for ContractAnswers {
    fn default() -> Self {
        ContractAnswers {
            start: None,
            months: 12,
            weekly_hours: Decimal::from(26),
            hourly_rate: None,
            under_20h_derogation: false,
            extension: None,
            employer: Employer::Private,
        }
    }
}

/// The first day of the month after `today`: the default start of a contract.
pub fn first_day_of_next_month(today: NaiveDate) -> NaiveDate {
    let (y, m) = if today.month() == 12 { (today.year() + 1, 1) } else { (today.year(), today.month() + 1) };
    NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(today)
}

impl Answers {
    /// The planned hiring date ("Date d'embauche prévue"); `None` in the answers is today.
    pub fn hiring_date(&self, today: NaiveDate) -> NaiveDate {
        self.as_of.unwrap_or(today)
    }

    /// The date the rules are applied at and the documents are dated from: the contract's
    /// start when the person set one of their own (the PASS IAE is issued when the contract
    /// starts), otherwise the planned hiring date. One date, so a proof listed as valid is
    /// valid on the day the person is hired.
    pub fn as_of(&self, today: NaiveDate) -> NaiveDate {
        self.contract.start.unwrap_or_else(|| self.hiring_date(today))
    }

    /// The contract's start: the person's own, else the planned hiring date they set, else
    /// the first day of next month.
    pub fn contract_start(&self, today: NaiveDate) -> NaiveDate {
        self.contract.start.or(self.as_of).unwrap_or_else(|| first_day_of_next_month(today))
    }

    /// The contract starts on a date of its own, not on the planned hiring date: the screens
    /// say so, since the documents are then dated from the contract's start.
    pub fn start_differs(&self, today: NaiveDate) -> bool {
        self.contract.start.is_some_and(|s| s != self.hiring_date(today))
    }

    /// The person as the engine sees them.
    pub fn person(&self) -> Person {
        Person {
            birth_date: self.birth_date,
            department: self.department.clone(),
            employed: self.employed,
            job_seeker_months: match self.registered {
                Some(false) => Some(0),
                _ => self.job_seeker_months,
            },
            benefits: self.benefits.clone(),
            rqth: self.rqth,
            criteria: self.criteria,
            justice: self.justice,
            referent: self.referent.unwrap_or_default(),
            previous_pass_end: if self.had_pass == Some(true) { self.previous_pass_end } else { None },
        }
    }

    /// The engine's input, contract included.
    pub fn to_input(&self, today: NaiveDate) -> Input {
        let c = &self.contract;
        Input {
            as_of: self.as_of(today),
            person: self.person(),
            contract: Some(ContractInput {
                start: self.contract_start(today),
                months: c.months,
                weekly_hours: c.weekly_hours,
                hourly_rate: c.hourly_rate,
                under_20h_derogation: c.under_20h_derogation,
                extension: c.extension,
                employer: c.employer,
                employer_view: None,
            }),
            household: None,
            structure: None,
        }
    }

    /// Takes the answers of `fields` from `other`: a host's locked answers stay through
    /// "Effacer" and whichever answers the person chooses to keep.
    pub fn take_fields(&mut self, other: &Answers, fields: &[questions::Field]) {
        use questions::Field as F;
        let (a, from) = (self, other);
        for f in fields {
            match f {
                F::BirthDate => a.birth_date = from.birth_date,
                F::Department => a.department = from.department.clone(),
                F::Employed => a.employed = from.employed,
                F::Registered => a.registered = from.registered,
                F::JobSeekerMonths => a.job_seeker_months = from.job_seeker_months,
                F::Benefits => a.benefits = from.benefits.clone(),
                F::Rqth => a.rqth = from.rqth,
                F::Criteria => a.criteria = from.criteria,
                F::Justice => a.justice = from.justice,
                F::Referent => a.referent = from.referent,
                F::HadPass => a.had_pass = from.had_pass,
                F::PreviousPassEnd => a.previous_pass_end = from.previous_pass_end,
            }
        }
    }

    /// Whether any question about the person has been answered.
    pub fn any_person_answer(&self) -> bool {
        self.person() != Person::default() || self.registered.is_some() || self.had_pass.is_some()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // tests may panic
mod tests {
    use super::*;

    #[test]
    fn the_default_contract_starts_on_the_first_day_of_next_month() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(first_day_of_next_month(d(2026, 11, 23)), d(2026, 12, 1));
        assert_eq!(first_day_of_next_month(d(2026, 12, 31)), d(2027, 1, 1));
        let input = Answers::default().to_input(d(2026, 11, 23));
        assert_eq!(input.contract.unwrap().start, d(2026, 12, 1));
        assert_eq!(input.as_of, d(2026, 11, 23));
    }

    #[test]
    fn the_contract_starts_on_the_planned_hiring_date_unless_the_person_sets_its_own_start() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let today = d(2026, 11, 23);
        let mut a = Answers { as_of: Some(d(2027, 2, 1)), ..Answers::default() };
        assert_eq!(a.contract_start(today), d(2027, 2, 1));
        assert_eq!(a.as_of(today), d(2027, 2, 1));
        assert!(!a.start_differs(today));
        // A start of its own dates the documents (the engine's date) from the contract.
        a.contract.start = Some(d(2027, 3, 1));
        let input = a.to_input(today);
        assert_eq!((input.as_of, input.contract.unwrap().start), (d(2027, 3, 1), d(2027, 3, 1)));
        assert_eq!(a.hiring_date(today), d(2027, 2, 1));
        assert!(a.start_differs(today));
    }

    #[test]
    fn months_between_counts_whole_calendar_months_both_ways() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(months_between(d(2026, 11, 23), d(2027, 2, 23)), 3);
        assert_eq!(months_between(d(2026, 11, 23), d(2027, 2, 22)), 2);
        assert_eq!(months_between(d(2026, 11, 23), d(2026, 12, 1)), 0);
        assert_eq!(months_between(d(2027, 2, 23), d(2026, 11, 23)), -3);
        assert_eq!(months_between(d(2027, 2, 22), d(2026, 11, 23)), -2);
    }

    #[test]
    fn an_hourly_rate_above_three_times_the_smic_looks_like_a_monthly_amount() {
        let on = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let smic = params::SMIC_HOURLY.at(on).unwrap().0;
        let three = smic * Decimal::from(3);
        assert!(!rate_looks_monthly(three, on));
        assert!(rate_looks_monthly(three + Decimal::new(1, 2), on));
        assert!(rate_looks_monthly(Decimal::from(1400), on));
        assert!(!rate_looks_monthly(Decimal::new(1250, 2), on));
    }

    #[test]
    fn a_birth_date_more_than_a_hundred_years_back_is_implausible() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let as_of = d(2026, 11, 23);
        assert!(birth_date_implausible(d(1890, 1, 1), as_of));
        assert!(birth_date_implausible(d(1925, 12, 31), as_of));
        assert!(!birth_date_implausible(d(1926, 1, 1), as_of));
        assert!(!birth_date_implausible(d(1997, 5, 4), as_of));
    }

    #[test]
    fn not_registered_means_zero_months_and_no_previous_pass_ignores_its_date() {
        let a = Answers {
            registered: Some(false),
            job_seeker_months: Some(30),
            had_pass: Some(false),
            previous_pass_end: NaiveDate::from_ymd_opt(2025, 1, 1),
            ..Answers::default()
        };
        let p = a.person();
        assert_eq!(p.job_seeker_months, Some(0));
        assert_eq!(p.previous_pass_end, None);
    }
}
