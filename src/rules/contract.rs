//! The CDDI, month by month (cddi.md, decisions C1–C9): legal checks with their articles,
//! then for every calendar month the contract touches its days, hours, hourly rate, gross,
//! employee contributions line by line and net; totals; pension quarters per calendar year.
//!
//! The schedule is computed whenever the input can be understood, even when a legal limit is
//! broken, so the UI can show what the contract would look like next to the error.

use super::calendar::{add_months, age_on, YearMonth};
use super::codes::{code_enum, Employer, Extension, Justice};
use super::input::{ContractInput, Person};
use super::money::{cents, monthly};
use super::params::{self, NotCovered, Share, Timeline};
#[cfg(feature = "employer")]
use super::rights::{self, Rights};
use chrono::{Datelike, NaiveDate};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

code_enum! {
    /// Errors (a legal limit is broken) and warnings (allowed, needs attention), in the order
    /// of the table of `cddi.md`; `ABOVE_SOCIAL_SECURITY_CEILING` is the product's addition.
    pub enum ContractCode {
        MinDuration => "MIN_DURATION", MaxDuration => "MAX_DURATION",
        ExtensionNotAllowed => "EXTENSION_NOT_ALLOWED", MaxHours => "MAX_HOURS", MinHours => "MIN_HOURS",
        BelowMinimumWage => "BELOW_MINIMUM_WAGE",
        ShortContractSentenceAdjustment => "SHORT_CONTRACT_SENTENCE_ADJUSTMENT",
        ExtensionUntilTrainingEnds => "EXTENSION_UNTIL_TRAINING_ENDS",
        Under20hDerogation => "UNDER_20H_DEROGATION",
        AboveSocialSecurityCeiling => "ABOVE_SOCIAL_SECURITY_CEILING",
    }
}

impl ContractCode {
    pub fn refs(self) -> &'static [&'static str] {
        match self {
            ContractCode::MinDuration | ContractCode::ShortContractSentenceAdjustment => &["L5132-15-1"],
            ContractCode::MaxDuration
            | ContractCode::ExtensionNotAllowed
            | ContractCode::ExtensionUntilTrainingEnds => &["L5132-15-1", "R5132-1-8"],
            ContractCode::MaxHours => &["L5132-15-1", "L3121-27"],
            ContractCode::MinHours => &["L5132-15-1"],
            ContractCode::BelowMinimumWage => &["D3231-3", "D3231-5"],
            ContractCode::Under20hDerogation => &["L5132-15-1", "D5132-43-5", "D5132-43-8", "D5132-43-14"],
            ContractCode::AboveSocialSecurityCeiling => &["CSS L241-3"],
        }
    }

    pub fn is_error(self) -> bool {
        (self as u8) <= (ContractCode::BelowMinimumWage as u8)
    }
}

/// An error or a warning; `month` names the first month concerned when the rule is monthly,
/// `limit` the legal limit it is about, as it applies to this contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContractIssue {
    pub code: ContractCode,
    pub month: Option<YearMonth>,
    pub limit: Option<Limit>,
}

/// The legal limit an error or warning is about, in force on the contract's start and for
/// this person: sentences name it rather than recompute it (on the RQTH ground the ceiling is
/// 60 months, on the senior ground 84, not the general 24).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// A number of months (C2, C3); `extended` when it is the ceiling of an extension ground.
    Months { months: u32, extended: bool },
    /// Weekly hours (C4).
    WeeklyHours(Decimal),
}

code_enum! {
    /// Information the person should read next to the figures (not legal limits): the open
    /// points of `cddi.md` the product chose to show rather than hide.
    pub enum ContractNotice {
        /// The contract runs past the date the tables were last checked: later SMIC
        /// revaluations (at least every 1 January, L3231-6) are not included (open point 6).
        LaterRevaluationsNotIncluded => "LATER_REVALUATIONS_NOT_INCLUDED",
        /// A month uses a value flagged as uncertain in the parameter tables.
        UncertainParameter => "UNCERTAIN_PARAMETER",
        /// The under-18 minimum (D3231-3) is used: a floor the employer may exceed, removed
        /// after 6 months of practice in the branch (open point 5).
        MinorMinimumApplied => "MINOR_MINIMUM_APPLIED",
        /// Beyond 24 months on the senior, RQTH or difficulties ground, the aid follows the
        /// PASS IAE, whose prolongation an authorized prescriber grants (open point 4).
        ExtensionNeedsPrescriber => "EXTENSION_NEEDS_PRESCRIBER",
        /// Public-law carrier: IRCANTEC instead of AGIRC-ARRCO not verified (open point 8).
        PublicEmployerPensionUnverified => "PUBLIC_EMPLOYER_PENSION_UNVERIFIED",
        /// Mayotte (976) has its own SMIC and contribution rates, not modelled: the figures use
        /// the metropolitan ones (open point 9; parameters.md §1.2).
        MayotteNotModelled => "MAYOTTE_NOT_MODELLED",
    }
}

code_enum! {
    /// Employee contribution lines of C7, in payslip order.
    pub enum ContributionLine {
        OldAgeCapped => "old_age_capped", OldAgeUncapped => "old_age_uncapped",
        AgircArrcoT1 => "agirc_arrco_t1", CegT1 => "ceg_t1", CsgDeductible => "csg_deductible",
        CsgNonDeductible => "csg_non_deductible", Crds => "crds",
    }
}

impl ContributionLine {
    fn rate(self) -> &'static Timeline<Share> {
        match self {
            ContributionLine::OldAgeCapped => &params::OLD_AGE_CAPPED,
            ContributionLine::OldAgeUncapped => &params::OLD_AGE_UNCAPPED,
            ContributionLine::AgircArrcoT1 => &params::AGIRC_ARRCO_T1,
            ContributionLine::CegT1 => &params::CEG_T1,
            ContributionLine::CsgDeductible => &params::CSG_DEDUCTIBLE,
            ContributionLine::CsgNonDeductible => &params::CSG_NON_DEDUCTIBLE,
            ContributionLine::Crds => &params::CRDS,
        }
    }

    /// CSG and CRDS are assessed on 98.25 % of the gross; the others on the gross.
    pub fn on_csg_base(self) -> bool {
        matches!(self, ContributionLine::CsgDeductible | ContributionLine::CsgNonDeductible | ContributionLine::Crds)
    }
}

/// One line of the payslip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Contribution {
    pub line: ContributionLine,
    pub base: Decimal,
    pub rate: Decimal,
    pub amount: Decimal,
}

/// One calendar month of the contract.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthRow {
    pub month: YearMonth,
    /// Contract days in the month, first and last included.
    pub days: u32,
    pub days_in_month: u32,
    pub hours: Decimal,
    /// Gross per hour paid this month.
    pub hourly_rate: Decimal,
    /// The legal minimum per hour this month (SMIC, or the under-18 minimum).
    pub minimum_rate: Decimal,
    pub gross: Decimal,
    pub contributions: Vec<Contribution>,
    pub employee_contributions: Decimal,
    pub net: Decimal,
}

impl MonthRow {
    pub fn is_full(&self) -> bool {
        self.days == self.days_in_month
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    pub hours: Decimal,
    pub gross: Decimal,
    pub employee_contributions: Decimal,
    pub net: Decimal,
}

/// The simulated contract.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contract {
    /// True exactly when `errors` is empty.
    pub valid: bool,
    pub errors: Vec<ContractIssue>,
    pub warnings: Vec<ContractIssue>,
    pub notices: Vec<ContractNotice>,
    /// Last day of the contract (C1).
    pub end: NaiveDate,
    /// Hours of a full month: round(weekly hours × 52 / 12, 2) (C6).
    pub full_month_hours: Decimal,
    pub months: Vec<MonthRow>,
    pub totals: Totals,
    /// Quarters validated per calendar year touched (C8), 0 included.
    pub pension_quarters: Vec<(i32, u32)>,
    /// The person's rights during the contract (C10–C12), whether or not it is valid. A
    /// version-1.1 addition: not in the app's first module (the second draws them).
    #[cfg(feature = "employer")]
    pub rights: Rights,
}

impl Contract {
    /// A representative month for "gross and net for a typical month": the first full month,
    /// or the first month when none is full.
    pub fn typical_month(&self) -> Option<&MonthRow> {
        self.months.iter().find(|m| m.is_full()).or_else(|| self.months.first())
    }
}

/// The minimum hourly rate of a month (C5): the SMIC in force on its first day (revaluations
/// happen on the 1st), with the under-18 abatement by the age on the last contract day of the
/// month, so the rate is never below a minimum that applies on one of its days.
fn minimum_rate(month: YearMonth, last_day: NaiveDate, birth: Option<NaiveDate>) -> Result<(Decimal, bool), NotCovered> {
    let smic = params::SMIC_HOURLY.at(month.first_day())?.0;
    let Some(birth) = birth else { return Ok((smic, false)) };
    let minor = params::MINOR_MINIMUM.at(month.first_day())?;
    let age = age_on(birth, last_day);
    if age < minor.first_band_below.0 {
        Ok((cents(smic * minor.first_band_share.0), true))
    } else if age < minor.second_band_below.0 {
        Ok((cents(smic * minor.second_band_share.0), true))
    } else {
        Ok((smic, false))
    }
}

/// C7: each line rounded to the cent, CSG/CRDS on round(gross × 98.25 %, 2).
fn employee_contributions(gross: Decimal, on: NaiveDate) -> Result<Vec<Contribution>, NotCovered> {
    let csg_base = cents(gross * params::CSG_BASE_SHARE.at(on)?.0);
    ContributionLine::ALL
        .iter()
        .map(|&line| {
            let rate = line.rate().at(on)?.0;
            let base = if line.on_csg_base() { csg_base } else { gross };
            Ok(Contribution { line, base, rate, amount: cents(base * rate) })
        })
        .collect()
}

/// C2–C4: duration, extension and hours checks.
fn legal_checks(person: &Person, c: &ContractInput, issues: &mut Vec<ContractIssue>, notices: &mut Vec<ContractNotice>) -> Result<(), NotCovered> {
    let on = c.start;
    let mut flag = |code, limit| issues.push(ContractIssue { code, month: None, limit });
    let months = |months| Some(Limit::Months { months, extended: false });

    // C2: at least 4 months, except under an aménagement de peine (L5132-15-1 para 1).
    let min_months = params::CDDI_MIN_MONTHS.at(on)?.0;
    if c.months < min_months {
        if person.justice == Some(Justice::SentenceAdjustment) {
            flag(ContractCode::ShortContractSentenceAdjustment, months(min_months));
        } else {
            flag(ContractCode::MinDuration, months(min_months));
        }
    }

    // C3: 24 months in all, unless an extension ground fits (R5132-1-8), then the ground's
    // ceiling (none for training: until the training ends).
    let max_months = params::CDDI_MAX_MONTHS.at(on)?.0;
    if c.months > max_months {
        match c.extension {
            None => flag(ContractCode::MaxDuration, months(max_months)),
            Some(ground) => {
                let (fits, ceiling) = match ground {
                    Extension::Training => (true, None),
                    Extension::Senior => {
                        let from = params::CDDI_SENIOR_EXTENSION_AGE.at(on)?.0;
                        let fits = person.birth_date.is_some_and(|b| age_on(b, on) >= from);
                        (fits, Some(params::CDDI_CEILING_SENIOR.at(on)?.0))
                    }
                    Extension::Rqth => (person.rqth == Some(true), Some(params::CDDI_CEILING_RQTH.at(on)?.0)),
                    Extension::Difficulties => (true, Some(params::CDDI_CEILING_DIFFICULTIES.at(on)?.0)),
                };
                match ceiling {
                    _ if !fits => {
                        flag(ContractCode::MaxDuration, months(max_months));
                        flag(ContractCode::ExtensionNotAllowed, None);
                    }
                    Some(max) if c.months > max => flag(ContractCode::MaxDuration, Some(Limit::Months { months: max, extended: true })),
                    _ if ground == Extension::Training => flag(ContractCode::ExtensionUntilTrainingEnds, None),
                    _ => notices.push(ContractNotice::ExtensionNeedsPrescriber),
                }
            }
        }
    }

    // C4: between 20 and 35 hours a week; under 20 only with the préfet's derogation.
    let max_hours = params::CDDI_MAX_WEEKLY_HOURS.at(on)?.0;
    let min_hours = params::CDDI_MIN_WEEKLY_HOURS.at(on)?.0;
    if c.weekly_hours > max_hours {
        flag(ContractCode::MaxHours, Some(Limit::WeeklyHours(max_hours)));
    } else if c.weekly_hours < min_hours {
        if c.under_20h_derogation {
            flag(ContractCode::Under20hDerogation, Some(Limit::WeeklyHours(min_hours)));
        } else {
            flag(ContractCode::MinHours, Some(Limit::WeeklyHours(min_hours)));
        }
    }
    Ok(())
}

/// Simulates the contract. `Err` only when a month falls before the parameter tables.
pub fn simulate(person: &Person, c: &ContractInput) -> Result<Contract, NotCovered> {
    // C1: end = start + months − 1 day.
    let end = add_months(c.start, i32::try_from(c.months).unwrap_or(i32::MAX))
        .and_then(|d| d.pred_opt())
        .unwrap_or(c.start);

    #[cfg(feature = "employer")]
    let rights = rights::of_contract(c.start, end, c.months)?;
    let mut issues = Vec::new();
    let mut notices = Vec::new();
    legal_checks(person, c, &mut issues, &mut notices)?;

    // C6: the full-month hours do not depend on the month.
    let full_hours = cents(monthly(Decimal::ONE, c.weekly_hours));
    let mut months = Vec::new();
    let mut below_minimum: Option<YearMonth> = None;
    let mut above_ceiling: Option<YearMonth> = None;
    let mut minor_applied = false;
    let mut uncertain = false;
    let mut month = YearMonth::of(c.start);
    let last_month = YearMonth::of(end);
    while month <= last_month {
        let first_day = c.start.max(month.first_day());
        let last_day = end.min(month.last_day());
        let days = u32::try_from((last_day - first_day).num_days() + 1).unwrap_or(0);
        let days_in_month = month.days();

        let (minimum, minor) = minimum_rate(month, last_day, person.birth_date)?;
        minor_applied |= minor && c.hourly_rate.is_none();
        uncertain |= params::SMIC_HOURLY.entry_at(month.first_day())?.flag.is_some();
        let rate = match c.hourly_rate {
            Some(given) => {
                if given < minimum && below_minimum.is_none() {
                    below_minimum = Some(month);
                }
                given
            }
            None => minimum,
        };
        // C7 holds below the social security ceiling, prorated by hours: compare the rate
        // with the ceiling per full-time hour.
        let ceiling = params::PASS_MONTHLY.at(month.first_day())?.0;
        let full_time = params::CDDI_MAX_WEEKLY_HOURS.at(month.first_day())?.0;
        if monthly(rate, full_time) > ceiling && above_ceiling.is_none() {
            above_ceiling = Some(month);
        }

        // C6: full-month figures, then a partial month prorated by calendar days.
        let full_gross = cents(monthly(rate, c.weekly_hours));
        let (hours, gross) = if days == days_in_month {
            (full_hours, full_gross)
        } else {
            let share = |x: Decimal| cents(x * Decimal::from(days) / Decimal::from(days_in_month));
            (share(full_hours), share(full_gross))
        };
        let contributions = employee_contributions(gross, month.first_day())?;
        let employee_contributions: Decimal = contributions.iter().map(|l| l.amount).sum();
        months.push(MonthRow {
            month,
            days,
            days_in_month,
            hours,
            hourly_rate: rate,
            minimum_rate: minimum,
            gross,
            contributions,
            employee_contributions,
            net: gross - employee_contributions,
        });
        month = month.next();
    }

    if let Some(m) = below_minimum {
        issues.push(ContractIssue { code: ContractCode::BelowMinimumWage, month: Some(m), limit: None });
    }
    if let Some(m) = above_ceiling {
        issues.push(ContractIssue { code: ContractCode::AboveSocialSecurityCeiling, month: Some(m), limit: None });
    }
    // Pushed in the order of the table of cddi.md (C2, C3, C4, then the monthly checks), so
    // errors and warnings each come in that order without sorting.
    let (errors, warnings): (Vec<_>, Vec<_>) = issues.into_iter().partition(|i| i.code.is_error());

    let totals = months.iter().fold(Totals::default(), |t, m| Totals {
        hours: t.hours + m.hours,
        gross: t.gross + m.gross,
        employee_contributions: t.employee_contributions + m.employee_contributions,
        net: t.net + m.net,
    });

    // C8: one quarter per 150 × the hourly SMIC of 1 January, at most 4 per calendar year.
    let mut pension_quarters: Vec<(i32, u32)> = Vec::new();
    let mut year = c.start.year();
    while year <= end.year() {
        let gross: Decimal = months.iter().filter(|m| m.month.year == year).map(|m| m.gross).sum();
        let january = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(c.start);
        let threshold = params::SMIC_HOURLY.at(january)?.0 * Decimal::from(params::QUARTER_SMIC_HOURS.at(january)?.0);
        let cap = params::MAX_QUARTERS_PER_YEAR.at(january)?.0;
        let quarters = (gross / threshold).floor().to_u32().unwrap_or(cap).min(cap);
        pension_quarters.push((year, quarters));
        year += 1;
    }

    if end > params::SMIC_HOURLY.last_checked {
        notices.push(ContractNotice::LaterRevaluationsNotIncluded);
    }
    if uncertain {
        notices.push(ContractNotice::UncertainParameter);
    }
    if minor_applied {
        notices.push(ContractNotice::MinorMinimumApplied);
    }
    if c.employer == Employer::Public {
        notices.push(ContractNotice::PublicEmployerPensionUnverified);
    }
    if person.department.as_deref() == Some("976") {
        notices.push(ContractNotice::MayotteNotModelled);
    }
    let notices = ContractNotice::ALL.iter().copied().filter(|n| notices.contains(n)).collect();

    Ok(Contract {
        valid: errors.is_empty(),
        errors,
        warnings,
        notices,
        end,
        full_month_hours: full_hours,
        months,
        totals,
        pension_quarters,
        #[cfg(feature = "employer")]
        rights,
    })
}
