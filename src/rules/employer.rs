//! The structure's side of a CDDI post (shared/domain/employer.md, decisions E1–E12): for
//! every month of the contract schedule, the employer contribution lines, the réduction
//! générale dégressive unique (private carrier) or the ACI exemption (public carrier), the
//! employer cost, the aide au poste and what remains; and the 30 % commercial revenue cap.
//!
//! It reuses the months, days and gross of [`super::contract`] and never changes them: the
//! person's side is computed whatever happens here. Coverage and legal limits come back as
//! [`EmployerError`]s next to the figures, never as a refusal of the whole input.

use super::calendar::YearMonth;
use super::codes::{code_enum, Benefit, Employer, Headcount};
use super::contract::{Contract, MonthRow};
use super::input::{ContractInput, EmployerViewInput, Person, StructureInput};
use super::money::{cents, monthly};
use super::params::employer::{self as p, COVERED_FROM};
use super::params::{self, NotCovered, Share, Timeline};
use chrono::{Datelike, NaiveDate};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

code_enum! {
    /// Employer contribution lines (E3), in payslip order.
    pub enum EmployerLine {
        Maladie => "maladie", VieillessePlafonnee => "vieillesse_plafonnee",
        VieillesseDeplafonnee => "vieillesse_deplafonnee", AllocationsFamiliales => "allocations_familiales",
        Atmp => "atmp", Fnal => "fnal", Csa => "csa", AgircArrcoT1 => "agirc_arrco_t1", CegT1 => "ceg_t1",
        Chomage => "chomage", Ags => "ags", DialogueSocial => "dialogue_social", Formation => "formation",
        TaxeApprentissage => "taxe_apprentissage", CpfCdd => "cpf_cdd", Peec => "peec",
        VersementMobilite => "versement_mobilite",
    }
}

impl EmployerLine {
    /// The lines the RGDU covers (CSS L241-13 III; E4): health, old age, family, AT/MP (up to
    /// a rate), FNAL, CSA, supplementary pension, unemployment.
    pub fn rgdu_covered(self) -> bool {
        use EmployerLine::*;
        matches!(
            self,
            Maladie | VieillessePlafonnee | VieillesseDeplafonnee | AllocationsFamiliales | Atmp | Fnal | Csa | AgircArrcoT1 | CegT1 | Chomage
        )
    }

    /// The lines a public carrier's exemption covers, on pay up to the SMIC (E5).
    pub fn public_exempt(self) -> bool {
        use EmployerLine::*;
        matches!(self, Maladie | VieillessePlafonnee | VieillesseDeplafonnee | AllocationsFamiliales)
    }

    /// Not due by a public carrier (E5; L6131-1 II for formation, apprenticeship tax, CPF-CDD).
    pub fn not_due_by_public(self) -> bool {
        use EmployerLine::*;
        matches!(self, Ags | Formation | TaxeApprentissage | CpfCdd | Peec)
    }
}

code_enum! {
    /// Legal or coverage limits of the employer view (api-contract.md 1.1): the rest of the
    /// output is still computed.
    pub enum EmployerErrorCode {
        /// E1: a month before 2026-01-01 has no employer figures.
        MonthNotCovered => "EMPLOYER_MONTH_NOT_COVERED",
        /// E1: Mayotte has its own SMIC and rates.
        RegionNotCovered => "EMPLOYER_REGION_NOT_COVERED",
        /// E8: inside a prison the modulated part is at most 5 %.
        ModulatedAbovePrisonCap => "MODULATED_ABOVE_PRISON_CAP",
    }
}

impl EmployerErrorCode {
    pub fn refs(self) -> &'static [&'static str] {
        match self {
            EmployerErrorCode::MonthNotCovered => &["CSS L241-13"],
            EmployerErrorCode::RegionNotCovered => &["L3423-2"],
            EmployerErrorCode::ModulatedAbovePrisonCap => &["R5132-38"],
        }
    }
}

/// An employer-view error; `month` for a month that is not covered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmployerError {
    pub code: EmployerErrorCode,
    pub month: Option<YearMonth>,
}

code_enum! {
    /// What the reader of the figures must know (E4, E5, E7–E11), in this order.
    pub enum EmployerNotice {
        /// E7: a month after the latest published socle's year uses that socle.
        AideAuPosteNotPublished => "AIDE_AU_POSTE_NOT_PUBLISHED",
        /// E8: the modulated part is decided and paid once a year.
        ModulatedPaidYearly => "MODULATED_PAID_YEARLY",
        /// E4: several hourly rates in one calendar year: the monthly coefficient estimates
        /// the yearly regularisation.
        RgduMonthlyEstimate => "RGDU_MONTHLY_ESTIMATE",
        /// E5: IRCANTEC and self-insurance against unemployment are not modelled.
        EmployerPublicEstimate => "EMPLOYER_PUBLIC_ESTIMATE",
        /// E9: the cost after aid is negative in a month: the aid also pays for supervision
        /// and support, which this cost leaves out.
        AidAlsoFundsSupport => "AID_ALSO_FUNDS_SUPPORT",
        /// E10: the département pays part of the aid for a person who received the RSA.
        DepartmentCofinancing => "DEPARTMENT_COFINANCING",
        /// E11: what the view does not model.
        EmployerNotModelled => "EMPLOYER_NOT_MODELLED",
    }
}

impl EmployerNotice {
    pub fn refs(self) -> &'static [&'static str] {
        match self {
            EmployerNotice::AideAuPosteNotPublished | EmployerNotice::ModulatedPaidYearly => &["R5132-38"],
            EmployerNotice::RgduMonthlyEstimate => &["CSS L241-13", "CSS D241-7"],
            EmployerNotice::EmployerPublicEstimate => &["loi n° 2013-1203 art. 20", "CSS L241-13"],
            EmployerNotice::AidAlsoFundsSupport => &["R5132-37"],
            EmployerNotice::DepartmentCofinancing => &["L5132-3-1", "D5132-41"],
            EmployerNotice::EmployerNotModelled => &[],
        }
    }
}

/// One employer line of a month: `rate` is a fraction (0.13 is 13 %).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub line: EmployerLine,
    pub base: Decimal,
    pub rate: Decimal,
    pub amount: Decimal,
}

/// One month of the employer view (E9).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmployerMonth {
    pub month: YearMonth,
    pub gross: Decimal,
    pub lines: Vec<Line>,
    pub contributions: Decimal,
    /// The RGDU coefficient C (4 decimals); `None` for a public carrier.
    pub reduction_rate: Option<Decimal>,
    pub reduction: Decimal,
    pub exemption: Decimal,
    pub cost: Decimal,
    pub aid: Decimal,
    pub cost_after_aid: Decimal,
    pub modulated: Decimal,
    pub cost_after_all: Decimal,
}

/// Sums over the covered months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EmployerTotals {
    pub gross: Decimal,
    pub contributions: Decimal,
    pub reduction: Decimal,
    pub exemption: Decimal,
    pub cost: Decimal,
    pub aid: Decimal,
    pub cost_after_aid: Decimal,
    pub modulated: Decimal,
    pub cost_after_all: Decimal,
}

impl EmployerTotals {
    fn add(self, m: &EmployerMonth) -> Self {
        EmployerTotals {
            gross: self.gross + m.gross,
            contributions: self.contributions + m.contributions,
            reduction: self.reduction + m.reduction,
            exemption: self.exemption + m.exemption,
            cost: self.cost + m.cost,
            aid: self.aid + m.aid,
            cost_after_aid: self.cost_after_aid + m.cost_after_aid,
            modulated: self.modulated + m.modulated,
            cost_after_all: self.cost_after_all + m.cost_after_all,
        }
    }
}

/// The employer view of a contract.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmployerView {
    pub errors: Vec<EmployerError>,
    pub notices: Vec<EmployerNotice>,
    pub months: Vec<EmployerMonth>,
    pub totals: EmployerTotals,
}

impl EmployerView {
    /// The month a payslip-style table shows: the first full covered month, else the first.
    pub fn typical_month(&self, contract: &Contract) -> Option<&EmployerMonth> {
        let full = |m: &&EmployerMonth| contract.months.iter().any(|r| r.month == m.month && r.is_full());
        self.months.iter().find(full).or_else(|| self.months.first())
    }
}

/// Département codes in Alsace-Moselle, where the taxe d'apprentissage rate differs.
const ALSACE_MOSELLE: &[&str] = &["57", "67", "68"];
/// Mayotte: own SMIC and rates, outside the employer view (E1).
const MAYOTTE: &str = "976";

fn percent(x: Decimal) -> Decimal {
    x / Decimal::ONE_HUNDRED
}

/// Rounds the RGDU coefficient to 4 decimals, half away from zero (E4).
fn four_places(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(4, RoundingStrategy::MidpointAwayFromZero)
}

/// The square root of `x ≥ 0` by Newton's method from above: exact to the last of the 28
/// digits a `Decimal` holds, far below the 4 decimals the coefficient keeps.
fn sqrt(x: Decimal) -> Decimal {
    if x <= Decimal::ZERO {
        return Decimal::ZERO;
    }
    let two = Decimal::TWO;
    let mut y = x.max(Decimal::ONE);
    for _ in 0..200 {
        let next = (y + x / y) / two;
        if next >= y {
            break;
        }
        y = next;
    }
    y
}

/// `base^exponent` for `0 ≤ base ≤ 1` and an exponent that is a whole number of quarters
/// (1.75 = 7/4): the fourth root raised to the whole power. `None` for another exponent, so a
/// changed formula fails loudly instead of computing something else.
fn quarter_power(base: Decimal, exponent: Decimal) -> Option<Decimal> {
    let quarters = exponent * Decimal::from(4);
    if quarters.fract() != Decimal::ZERO || quarters < Decimal::ZERO || quarters > Decimal::from(40) {
        return None;
    }
    let root = sqrt(sqrt(base));
    let n = quarters.to_u32()?;
    Some((0..n).fold(Decimal::ONE, |acc, _| acc * root))
}

/// E4: the RGDU coefficient of a month, unrounded inputs, rounded to 4 decimals, at most
/// Tmin + Tdelta. `smic_month` is the prorated SMIC of reference of the month.
pub fn rgdu_coefficient(gross: Decimal, smic_month: Decimal, headcount: Headcount, on: NaiveDate) -> Result<Decimal, NotCovered> {
    let t_min = p::RGDU_T_MIN.at(on)?.0;
    let t_delta = match headcount {
        Headcount::From50 => p::RGDU_T_DELTA_FROM_50.at(on)?.0,
        Headcount::Under11 | Headcount::From11To49 => p::RGDU_T_DELTA_UNDER_50.at(on)?.0,
    };
    let multiple = Decimal::from(p::RGDU_SMIC_MULTIPLE.at(on)?.0);
    let power = p::RGDU_POWER.at(on)?.0;
    let max = t_min + t_delta;
    if gross <= Decimal::ZERO {
        return Ok(Decimal::ZERO);
    }
    // ratio = 3 × SMIC / pay; zero from 3 SMIC.
    let ratio = multiple * smic_month / gross;
    if ratio <= Decimal::ONE {
        return Ok(Decimal::ZERO);
    }
    let base = (ratio - Decimal::ONE) / Decimal::TWO;
    if base >= Decimal::ONE {
        // At or below the SMIC the coefficient is at its maximum.
        return Ok(max);
    }
    let raised = quarter_power(base, power).ok_or(NotCovered { parameter: p::RGDU_POWER.id, date: on, first: None })?;
    Ok(four_places(t_min + t_delta * raised).min(max))
}

/// The SMIC of reference of the RGDU for a month (E4): the frozen value of its year when
/// there is one (12.02 € for 2026), else the SMIC in force on the first day.
fn rgdu_smic(on: NaiveDate) -> Result<Decimal, NotCovered> {
    let frozen = p::RGDU_SMIC_REFERENCE.at(on)?;
    if frozen.year == on.year() {
        Ok(frozen.hourly.0)
    } else {
        Ok(params::SMIC_HOURLY.at(on)?.0)
    }
}

/// The rate of a line for this carrier and month; `None` when the line is not due.
fn line_rate(line: EmployerLine, c: &ContractInput, v: &EmployerViewInput, department: Option<&str>, on: NaiveDate) -> Result<Option<Decimal>, NotCovered> {
    use EmployerLine::*;
    let public = c.employer == Employer::Public;
    if public && line.not_due_by_public() {
        return Ok(None);
    }
    let at = |t: &Timeline<Share>| t.at(on).map(|s| Some(s.0));
    let from_50 = v.headcount == Headcount::From50;
    match line {
        Maladie => at(&p::MALADIE),
        VieillessePlafonnee => at(&p::VIEILLESSE_PLAFONNEE),
        VieillesseDeplafonnee => at(&p::VIEILLESSE_DEPLAFONNEE),
        AllocationsFamiliales => at(&p::ALLOCATIONS_FAMILIALES),
        Atmp => match v.atmp_rate {
            Some(r) => Ok(Some(percent(r))),
            None => at(&p::ATMP_DEFAULT),
        },
        Fnal => at(if from_50 { &p::FNAL_FROM_50 } else { &p::FNAL_UNDER_50 }),
        Csa => at(&p::CSA),
        AgircArrcoT1 => at(&p::AGIRC_ARRCO_T1),
        CegT1 => at(&p::CEG_T1),
        Chomage => at(&p::CHOMAGE),
        Ags => at(&p::AGS),
        DialogueSocial => at(&p::DIALOGUE_SOCIAL),
        Formation => at(if v.headcount == Headcount::Under11 { &p::FORMATION_UNDER_11 } else { &p::FORMATION_FROM_11 }),
        TaxeApprentissage => {
            let table = if department.is_some_and(|d| ALSACE_MOSELLE.contains(&d)) {
                &p::TAXE_APPRENTISSAGE_ALSACE_MOSELLE
            } else {
                &p::TAXE_APPRENTISSAGE
            };
            // Zero before March 2026: not on the payslip.
            Ok(Some(table.at(on)?.0).filter(|r| !r.is_zero()))
        }
        CpfCdd => at(&p::CPF_CDD),
        Peec => {
            if from_50 {
                at(&p::PEEC)
            } else {
                Ok(None)
            }
        }
        // Only from 11 employees and only where a rate is levied (E3), public carriers too.
        VersementMobilite => Ok((v.headcount != Headcount::Under11 && v.mobility_rate > Decimal::ZERO).then(|| percent(v.mobility_rate))),
    }
}

/// The figures of one covered month.
fn month(row: &MonthRow, c: &ContractInput, v: &EmployerViewInput, department: Option<&str>) -> Result<EmployerMonth, NotCovered> {
    let on = row.month.first_day();
    let gross = row.gross;
    let days = Decimal::from(row.days);
    let days_in_month = Decimal::from(row.days_in_month);
    let full = row.days == row.days_in_month;

    // E3: each line on the whole gross, rounded to the cent.
    let mut lines = Vec::new();
    for &line in EmployerLine::ALL {
        if let Some(rate) = line_rate(line, c, v, department, on)? {
            lines.push(Line { line, base: gross, rate, amount: cents(gross * rate) });
        }
    }
    let contributions: Decimal = lines.iter().map(|l| l.amount).sum();

    let (reduction_rate, reduction, exemption) = match c.employer {
        Employer::Private => {
            // E4: SMIC_month = SMIC of reference × weekly hours × 52 / 12 × days / days in
            // month, unrounded.
            let smic_month = monthly(rgdu_smic(on)?, c.weekly_hours) * days / days_in_month;
            let coefficient = rgdu_coefficient(gross, smic_month, v.headcount, on)?;
            // Capped by the covered lines' rounded amounts, AT/MP at most 0.49 %.
            let atmp_cap = p::RGDU_ATMP_CAP.at(on)?.0;
            let covered: Decimal = lines
                .iter()
                .filter(|l| l.line.rgdu_covered())
                .map(|l| if l.line == EmployerLine::Atmp { cents(gross * l.rate.min(atmp_cap)) } else { l.amount })
                .sum();
            (Some(coefficient), cents(coefficient * gross).min(covered), Decimal::ZERO)
        }
        Employer::Public => {
            // E5: base = min(gross, the month's gross at the SMIC in force), prorated like the gross.
            let smic_full = cents(monthly(params::SMIC_HOURLY.at(on)?.0, c.weekly_hours));
            let smic_gross = if full { smic_full } else { cents(smic_full * days / days_in_month) };
            let base = gross.min(smic_gross);
            let exemption = lines.iter().filter(|l| l.line.public_exempt()).map(|l| cents(base * l.rate)).sum();
            (None, Decimal::ZERO, exemption)
        }
    };
    // E6.
    let cost = gross + contributions - reduction - exemption;

    // E7: socle × weekly hours × 52 / 12 / 1 820 (= socle × hours / 35 / 12), prorated by days.
    let socle = p::AIDE_AU_POSTE_SOCLE.at(on)?.0;
    let full_time_hours = Decimal::from(p::AID_FULL_TIME_HOURS.at(on)?.0);
    let full_aid = cents(monthly(socle, c.weekly_hours) / full_time_hours);
    let aid = if full { full_aid } else { cents(full_aid * days / days_in_month) };
    // E8: shown apart.
    let modulated = cents(aid * percent(v.modulated_percent));
    let cost_after_aid = cost - aid;
    Ok(EmployerMonth {
        month: row.month,
        gross,
        lines,
        contributions,
        reduction_rate,
        reduction,
        exemption,
        cost,
        aid,
        cost_after_aid,
        modulated,
        cost_after_all: cost_after_aid - modulated,
    })
}

/// E1–E11: the employer view of the simulated `contract`.
pub fn simulate(person: &Person, c: &ContractInput, v: &EmployerViewInput, contract: &Contract) -> Result<EmployerView, NotCovered> {
    let department = person.department.as_deref();
    let mut errors = Vec::new();
    let mut notices = Vec::new();

    // E8: the prison cap (the 0–10 bounds are an input error, checked before).
    let prison_cap = p::MODULATED_MAX_PRISON.at(c.start)?.0 * Decimal::ONE_HUNDRED;
    let mut months = Vec::new();
    if department == Some(MAYOTTE) {
        errors.push(EmployerError { code: EmployerErrorCode::RegionNotCovered, month: None });
    } else {
        for row in &contract.months {
            if row.month.first_day() < COVERED_FROM {
                errors.push(EmployerError { code: EmployerErrorCode::MonthNotCovered, month: Some(row.month) });
            } else {
                months.push(month(row, c, v, department)?);
            }
        }
    }
    if v.in_prison && v.modulated_percent > prison_cap {
        errors.push(EmployerError { code: EmployerErrorCode::ModulatedAbovePrisonCap, month: None });
    }

    // E7: after the latest published socle's year, that socle is used, and said.
    let published = p::AIDE_AU_POSTE_SOCLE.entries.last().map_or(i32::MIN, |e| e.from.year());
    if months.iter().any(|m| m.month.year > published) {
        notices.push(EmployerNotice::AideAuPosteNotPublished);
    }
    if v.modulated_percent > Decimal::ZERO {
        notices.push(EmployerNotice::ModulatedPaidYearly);
    }
    // E4: several hourly rates within one calendar year.
    if c.employer == Employer::Private {
        let rows: Vec<&MonthRow> = contract.months.iter().filter(|r| months.iter().any(|m| m.month == r.month)).collect();
        let mixed = rows.iter().any(|a| rows.iter().any(|b| a.month.year == b.month.year && a.hourly_rate != b.hourly_rate));
        if mixed {
            notices.push(EmployerNotice::RgduMonthlyEstimate);
        }
    } else {
        notices.push(EmployerNotice::EmployerPublicEstimate);
    }
    if months.iter().any(|m| m.cost_after_aid < Decimal::ZERO) {
        notices.push(EmployerNotice::AidAlsoFundsSupport);
    }
    if person.receives(Benefit::Rsa) {
        notices.push(EmployerNotice::DepartmentCofinancing);
    }
    notices.push(EmployerNotice::EmployerNotModelled);

    let totals = months.iter().fold(EmployerTotals::default(), EmployerTotals::add);
    Ok(EmployerView { errors, notices, months, totals })
}

// ---------------------------------------------------------------------------------------
// E12: the commercial revenue cap (D5132-34).
// ---------------------------------------------------------------------------------------

code_enum! {
    /// Where the sales stand against the cap.
    pub enum RevenueStatus {
        /// Below 30 % of the charges.
        Within => "within",
        /// From 30 % up to and including 50 %: possible with the préfet's derogation.
        DerogationPossible => "derogation_possible",
        /// Above 50 %.
        AboveLimit => "above_limit",
    }
}

code_enum! {
    pub enum RevenueNotice {
        /// Overseas, the derogation still follows the older procedure (CDIAE) until an
        /// ordinance sets the date of the new one.
        OverseasProcedure => "REVENUE_CAP_OVERSEAS_PROCEDURE",
    }
}

impl RevenueNotice {
    pub fn refs(self) -> &'static [&'static str] {
        match self {
            RevenueNotice::OverseasProcedure => &["D5132-34"],
        }
    }
}

/// The articles of the cap and of its derogation.
pub const REVENUE_CAP_REFS: &[&str] = &["D5132-34", "R5311-26"];

/// The revenue cap check (E12).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevenueCap {
    /// Sales / charges × 100, rounded to 2 decimals.
    pub ratio: Decimal,
    pub status: RevenueStatus,
    /// The cap and the most a derogation allows, in percent, as in force on the date judged.
    pub cap: Decimal,
    pub derogation: Decimal,
    pub notices: Vec<RevenueNotice>,
}

/// E12, judged with the thresholds in force on `on` (the input's `as_of`).
pub fn revenue_cap(person: &Person, s: &StructureInput, on: NaiveDate) -> Result<RevenueCap, NotCovered> {
    let cap = p::REVENUE_CAP.at(on)?.0 * Decimal::ONE_HUNDRED;
    let derogation = p::REVENUE_CAP_DEROGATION.at(on)?.0 * Decimal::ONE_HUNDRED;
    let exact = s.sales_revenue * Decimal::ONE_HUNDRED / s.activity_charges;
    // The status reads the unrounded ratio: 29.996 % is still below 30 %.
    let status = if exact < cap {
        RevenueStatus::Within
    } else if exact <= derogation {
        RevenueStatus::DerogationPossible
    } else {
        RevenueStatus::AboveLimit
    };
    let overseas = person.department.as_deref().is_some_and(|d| d.len() == 3 && d.starts_with("97"));
    Ok(RevenueCap {
        ratio: cents(exact),
        status,
        cap,
        derogation,
        notices: if overseas { vec![RevenueNotice::OverseasProcedure] } else { Vec::new() },
    })
}
