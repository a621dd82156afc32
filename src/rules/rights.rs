//! The person's rights during the CDDI, computed for their contract (cddi.md §5–7, project
//! decisions C10–C12 of version 1.1): the longest trial period, the PMSMP days in all, and
//! the notice when leaving for a CDI, each with the articles that set it. Days are calendar
//! days (practice, cddi.md §5 ⚠).
//!
//! What needs no computation (C13: suspension for a trial period elsewhere, leaving for a
//! qualifying training, no end-of-contract indemnity, the ACI's support) is worded by the UI's
//! catalogue; the few numbers those sentences quote come from here too, so the screens hold no
//! legal value of their own.

use super::params::rights as p;
use super::params::NotCovered;
use chrono::NaiveDate;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// C10: the trial period's article.
pub const TRIAL_PERIOD_REFS: &[&str] = &["L1242-10"];
/// C11: the suspension, the 25 % cap, the length of one convention.
pub const PMSMP_REFS: &[&str] = &["L5132-15-1", "D5132-43-3", "D5135-3"];
/// C12: early termination for a CDI.
pub const NOTICE_FOR_CDI_REFS: &[&str] = &["L1243-2"];
/// C13, no computation: leaving early for a training leading to a qualification.
pub const TRAINING_REFS: &[&str] = &["L5132-15-1", "L6314-1"];
/// C13: no end-of-contract indemnity for a CDDI (L1243-10 1°), unless an agreement gives one.
pub const NO_INDEMNITY_REFS: &[&str] = &["L1243-10"];
/// C13: the support, supervision and training the ACI owes throughout the contract.
pub const SUPPORT_REFS: &[&str] = &["L5132-15"];
/// C13 and C8: the periods worked validate pension quarters.
pub const PENSION_QUARTERS_REFS: &[&str] = &["L5132-15-1", "CSS L351-2", "CSS R351-9"];

/// A number of calendar days the law allows, with the articles that set it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub days: u32,
    pub refs: &'static [&'static str],
}

/// What the person may do during this contract, in numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rights {
    /// C10: the trial period written in the contract may not be longer.
    pub trial_period: Limit,
    /// C11: the PMSMPs together may not be longer.
    pub pmsmp: Limit,
    /// C12: the notice owed when leaving for a CDI elsewhere.
    pub notice_for_cdi: Limit,
    /// The contract's months, taken as its initial duration (C10), its days (first and last
    /// included) and the whole weeks the limits count.
    pub months: u32,
    pub days: u32,
    pub weeks: u32,
    /// D5135-3: one PMSMP convention lasts at most this many months, renewable this many times.
    pub pmsmp_convention_months: u32,
    pub pmsmp_convention_renewals: u32,
    /// L5132-15-1: the suspension also covers a trial period for a CDD of at least this length.
    pub suspension_cdd_min_months: u32,
}

impl Rights {
    /// The articles of the three limits, in the order of C10–C12, each once (the API's
    /// `contract.rights.refs`).
    pub fn refs(&self) -> Vec<&'static str> {
        let mut all: Vec<&'static str> = Vec::new();
        for r in [self.trial_period.refs, self.pmsmp.refs, self.notice_for_cdi.refs].into_iter().flatten() {
            if !all.contains(r) {
                all.push(r);
            }
        }
        all
    }
}

/// The rights of a contract of `days` calendar days and `months` months (renewals included),
/// under the law in force on `on` (its start).
///
/// `months` is taken as the initial duration (C10): the input cannot tell renewals apart, so a
/// contract whose first term was shorter may have a shorter trial period (the screen says so).
pub fn compute(days: u32, months: u32, on: NaiveDate) -> Result<Rights, NotCovered> {
    let weeks = days / 7;

    // C10, L1242-10: one day per week of the initial duration, at most 2 weeks (14 days) up to
    // 6 months, at most 1 month (31 days) beyond.
    let per_week = p::TRIAL_DAYS_PER_WEEK.at(on)?.0;
    let cap = if months <= p::TRIAL_SHORT_CONTRACT_MONTHS.at(on)?.0 {
        p::TRIAL_MAX_DAYS_SHORT.at(on)?.0
    } else {
        p::TRIAL_MAX_DAYS_LONG.at(on)?.0
    };
    let trial = weeks.saturating_mul(per_week).min(cap);

    // C11, D5132-43-3: the PMSMPs together at most 25 % of the contract's days, rounded down.
    let share = p::PMSMP_MAX_SHARE.at(on)?.0;
    let pmsmp = (Decimal::from(days) * share).floor().to_u32().unwrap_or(0);

    // C12, L1243-2: one day per week of the total duration, renewals included, at most 14 days.
    let notice = weeks
        .saturating_mul(p::NOTICE_DAYS_PER_WEEK.at(on)?.0)
        .min(p::NOTICE_MAX_DAYS.at(on)?.0);

    Ok(Rights {
        trial_period: Limit { days: trial, refs: TRIAL_PERIOD_REFS },
        pmsmp: Limit { days: pmsmp, refs: PMSMP_REFS },
        notice_for_cdi: Limit { days: notice, refs: NOTICE_FOR_CDI_REFS },
        months,
        days,
        weeks,
        pmsmp_convention_months: p::PMSMP_CONVENTION_MAX_MONTHS.at(on)?.0,
        pmsmp_convention_renewals: p::PMSMP_CONVENTION_RENEWALS.at(on)?.0,
        suspension_cdd_min_months: p::SUSPENSION_CDD_MIN_MONTHS.at(on)?.0,
    })
}

/// The rights of the contract from `start` to `end` (both included) of `months` months.
pub fn of_contract(start: NaiveDate, end: NaiveDate, months: u32) -> Result<Rights, NotCovered> {
    let days = u32::try_from((end - start).num_days() + 1).unwrap_or(0);
    compute(days, months, start)
}
