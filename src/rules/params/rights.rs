//! The person's rights during the CDDI (cddi.md §5–7; project decisions C10–C13, version 1.1):
//! the trial period, the suspension for a PMSMP or a trial period elsewhere, and the notice when
//! leaving for a CDI. Days are calendar days (practice, cddi.md §5 ⚠).
//!
//! The tables start on the product's first covered day ([`START`]) like every other table;
//! cddi.md version 1.1 gives no dated change since then, and earlier values are not encoded.

use super::{date, dec, entry, Count, Describe, MonthCount, Share, Timeline, Value, START};
use chrono::NaiveDate;

/// A number of calendar days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Days(pub u32);

impl Describe for Days {
    fn describe(&self) -> Value {
        Value::Days(self.0)
    }
}

/// When these tables were compared with cddi.md version 1.1 (decisions C10–C13).
pub const CHECKED: NaiveDate = date(2026, 12, 1);

// ---------------------------------------------------------------------------------------
// Trial period (L1242-10; C10): one day per week of the initial duration, at most 2 weeks
// when the initial duration is 6 months or less, at most 1 month otherwise.
// ---------------------------------------------------------------------------------------

pub static TRIAL_DAYS_PER_WEEK: Timeline<Days> = Timeline {
    id: "rights.trial_days_per_week",
    refs: &["L1242-10"],
    last_checked: CHECKED,
    entries: &[entry(START, Days(1), "L1242-10 (one day per week of the initial duration); cddi.md §5 and C10; table starts 2022-01-01")],
};

pub static TRIAL_SHORT_CONTRACT_MONTHS: Timeline<MonthCount> = Timeline {
    id: "rights.trial_short_contract_months",
    refs: &["L1242-10"],
    last_checked: CHECKED,
    entries: &[entry(START, MonthCount(6), "L1242-10 (the 2-week limit applies up to an initial duration of 6 months); cddi.md §5 and C10")],
};

pub static TRIAL_MAX_DAYS_SHORT: Timeline<Days> = Timeline {
    id: "rights.trial_max_days_short",
    refs: &["L1242-10"],
    last_checked: CHECKED,
    entries: &[entry(START, Days(14), "L1242-10 (at most 2 weeks), read as 14 days by decision C10 of cddi.md")],
};

pub static TRIAL_MAX_DAYS_LONG: Timeline<Days> = Timeline {
    id: "rights.trial_max_days_long",
    refs: &["L1242-10"],
    last_checked: CHECKED,
    entries: &[entry(START, Days(31), "L1242-10 (at most 1 month beyond 6 months), read as 31 days by decision C10 of cddi.md")],
};

// ---------------------------------------------------------------------------------------
// Suspension (L5132-15-1; C11, C13): PMSMPs together at most 25 % of the contract's total
// duration (D5132-43-3), each convention at most 1 month, renewable once (D5135-3); or a trial
// period for a CDI or a CDD of at least 6 months (L5132-15-1).
// ---------------------------------------------------------------------------------------

pub static PMSMP_MAX_SHARE: Timeline<Share> = Timeline {
    id: "rights.pmsmp_max_share",
    refs: &["L5132-15-1", "D5132-43-3"],
    last_checked: CHECKED,
    entries: &[entry(START, Share(dec(25, 2)), "D5132-43-3 (25 % of the contract's total duration); cddi.md §6 and C11")],
};

pub static PMSMP_CONVENTION_MAX_MONTHS: Timeline<MonthCount> = Timeline {
    id: "rights.pmsmp_convention_max_months",
    refs: &["D5135-3"],
    last_checked: CHECKED,
    entries: &[entry(START, MonthCount(1), "D5135-3 (a PMSMP convention lasts at most one month); cddi.md §6 and C11")],
};

pub static PMSMP_CONVENTION_RENEWALS: Timeline<Count> = Timeline {
    id: "rights.pmsmp_convention_renewals",
    refs: &["D5135-3"],
    last_checked: CHECKED,
    entries: &[entry(START, Count(1), "D5135-3 (renewable once); cddi.md §6 and C11")],
};

pub static SUSPENSION_CDD_MIN_MONTHS: Timeline<MonthCount> = Timeline {
    id: "rights.suspension_cdd_min_months",
    refs: &["L5132-15-1"],
    last_checked: CHECKED,
    entries: &[entry(START, MonthCount(6), "L5132-15-1 (suspension for a trial period for a CDI or a CDD of at least 6 months); cddi.md §6 and C13")],
};

// ---------------------------------------------------------------------------------------
// Leaving for a CDI (L1243-2; C12): one day per week of the total duration, renewals
// included, at most 2 weeks, unless agreed otherwise.
// ---------------------------------------------------------------------------------------

pub static NOTICE_DAYS_PER_WEEK: Timeline<Days> = Timeline {
    id: "rights.notice_days_per_week",
    refs: &["L1243-2"],
    last_checked: CHECKED,
    entries: &[entry(START, Days(1), "L1243-2 (one day per week of the total duration, renewals included); cddi.md §7 and C12")],
};

pub static NOTICE_MAX_DAYS: Timeline<Days> = Timeline {
    id: "rights.notice_max_days",
    refs: &["L1243-2"],
    last_checked: CHECKED,
    entries: &[entry(START, Days(14), "L1243-2 (at most 2 weeks), read as 14 days by decision C12 of cddi.md")],
};
