//! What the person will have in total, month by month: the CDDI's net pay and the prime
//! d'activité it opens (CSS L841-1 and following), as `shared/domain/prime-activite.md`
//! decides (P1–P10). Pure: every date comes from the contract; every number from
//! `params/prime.rs`. RSA, ASS, AAH and housing aid amounts are not computed: they are
//! notices (P9).
//!
//! The prime follows the pay with a lag: the right is fixed for three months at a time, at the
//! average of the one-month formula over reference months taken before the month of the
//! claim or review (R843-1). The one-month formula is exact (no intermediate rounding, P5);
//! the right is rounded to the cent and set to 0 below 15 €.

use super::calendar::{age_on, YearMonth};
use super::codes::{code_enum, Benefit};
use super::contract::Contract;
use super::input::{Household, Person};
use super::money::cents;
use super::params::{self, prime, NotCovered};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// P2: the rows go on this many months after the contract's last month (the prime keeps
/// following the contract's pay after it ends). A project decision, not a legal value.
pub const MONTHS_AFTER_CONTRACT: i32 = 4;

code_enum! {
    /// What the figures do not say (P9, P7, P5), in that order.
    pub enum IncomeNotice {
        /// The first months reflect the income before the contract (R843-1).
        PaLag => "PA_LAG",
        /// The person is under 18 in a reference month: no prime for that month (L842-1).
        PaUnder18 => "PA_UNDER_18",
        /// The RSA is recomputed each quarter with the same lag and may fall or stop.
        RsaRecalculated => "RSA_RECALCULATED",
        /// ASS and AAH, and how they combine with the prime, are not modelled.
        AssAahNotModelled => "ASS_AAH_NOT_MODELLED",
        /// Residence and residence-permit conditions are not checked (L842-1, L842-2).
        PaConditions => "PA_CONDITIONS",
        /// The announced "allocation de solidarité unifiée" is not law as of the rules version.
        PaReformAnnounced => "PA_REFORM_ANNOUNCED",
        /// Only a housing aid below the forfait logement would lower it: not modelled (P7).
        HousingAidBelowForfait => "HOUSING_AID_BELOW_FORFAIT",
        /// Amounts are before the 0.5 % CRDS the CAF withholds (P5).
        PaBeforeCrds => "PA_BEFORE_CRDS",
    }
}

impl IncomeNotice {
    pub fn refs(self) -> &'static [&'static str] {
        match self {
            IncomeNotice::PaLag => &["CSS R843-1"],
            IncomeNotice::PaUnder18 => &["CSS L842-1"],
            IncomeNotice::RsaRecalculated => &["CASF L262-2"],
            IncomeNotice::AssAahNotModelled => &["L5423-1", "CSS L821-1"],
            IncomeNotice::PaConditions => &["CSS L842-1", "CSS L842-2"],
            IncomeNotice::PaReformAnnounced => &[],
            IncomeNotice::HousingAidBelowForfait => &["CSS R844-3", "CSS R844-4"],
            IncomeNotice::PaBeforeCrds => &[],
        }
    }
}

/// The one-month formula for one month, part by part (L842-3, D843-1 to D843-3; P5), exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OneMonth {
    pub month: YearMonth,
    /// The person's own earnings of the month (montant net social).
    pub person_earnings: Decimal,
    /// MF × the household rate, or the isolated-parent formula (P6).
    pub household_amount: Decimal,
    /// Earned income of the household: the person's and the partner's.
    pub earned_income: Decimal,
    /// Slope × earned income.
    pub earned_share: Decimal,
    /// Σ individual bonifications (P8).
    pub bonification: Decimal,
    /// Earned income + other resources.
    pub resources: Decimal,
    pub forfait_logement: Decimal,
    /// The person is under 18 on the month's first day: the month counts 0 (P9).
    pub under_age: bool,
    /// The formula's result, never below 0 (0 when `under_age`).
    pub amount: Decimal,
}

/// The bonification maximum: round(share × one-person MF, 2) (D843-2; the one rounding P5 keeps).
pub fn bonification_max(on: NaiveDate) -> Result<Decimal, NotCovered> {
    Ok(cents(prime::BONIFICATION_MAX_SHARE.at(on)?.0 * prime::MONTANT_FORFAITAIRE.at(on)?.0))
}

/// One worker's bonification for a month's earnings (D843-2): 0 up to 59 × the hourly SMIC,
/// then linear up to its maximum at 138 (120 before April 2026) × the hourly SMIC, constant
/// above. The SMIC and the scale are those in force on `on` (P5).
pub fn bonification(earnings: Decimal, on: NaiveDate) -> Result<Decimal, NotCovered> {
    let smic = params::SMIC_HOURLY.at(on)?.0;
    let start = smic * Decimal::from(prime::BONIFICATION_START.at(on)?.0);
    let full = smic * Decimal::from(prime::BONIFICATION_FULL.at(on)?.0);
    let max = bonification_max(on)?;
    Ok(if earnings <= start {
        Decimal::ZERO
    } else if earnings >= full {
        max
    } else {
        (max * (earnings - start)).checked_div(full - start).unwrap_or(max)
    })
}

/// The household amount: MF × (the household rate, or the isolated-parent formula) (D843-1).
pub fn household_amount(h: &Household, on: NaiveDate) -> Result<Decimal, NotCovered> {
    let mf = prime::MONTANT_FORFAITAIRE.at(on)?.0;
    let rate = if h.is_isolated_parent() {
        let iso = prime::ISOLATED_PARENT_RATES.at(on)?;
        iso.base.0 + iso.per_child.0 * Decimal::from(h.children)
    } else {
        prime::HOUSEHOLD_RATES.at(on)?.rate(h.persons(), h.couple)
    };
    Ok(mf * rate)
}

/// The forfait logement (R844-3, R844-4; P7): a share of MF × the household rate capped at
/// 3 persons, when the household receives a housing aid, owns without a loan or is housed free.
pub fn forfait_logement(h: &Household, on: NaiveDate) -> Result<Decimal, NotCovered> {
    if !h.housing.has_forfait_logement() {
        return Ok(Decimal::ZERO);
    }
    let mf = prime::MONTANT_FORFAITAIRE.at(on)?.0;
    let rates = prime::FORFAIT_LOGEMENT.at(on)?;
    let persons = h.persons().min(rates.capped_at_persons.0);
    let household_rate = prime::HOUSEHOLD_RATES.at(on)?.rate(persons, h.couple);
    Ok(mf * household_rate * rates.share(persons))
}

/// PA1(m): the one-month formula with the parameters and the hourly SMIC in force in month m
/// (P5): MF_household + slope × earned income + Σ bonifications − max(resources + forfait
/// logement, MF_household), and nothing below 0. `under_age`: the person is under 18 in m.
pub fn one_month(h: &Household, person_earnings: Decimal, month: YearMonth, under_age: bool) -> Result<OneMonth, NotCovered> {
    let on = month.first_day();
    let household_amount = household_amount(h, on)?;
    let partner = h.partner_earnings();
    let earned_income = person_earnings + partner;
    let earned_share = prime::SLOPE.at(on)?.0 * earned_income;
    // P8: one bonification per worker, each from their own earnings.
    let mut bonus = bonification(person_earnings, on)?;
    if partner > Decimal::ZERO {
        bonus += bonification(partner, on)?;
    }
    let resources = earned_income + h.other_resources;
    let forfait_logement = forfait_logement(h, on)?;
    let formula = household_amount + earned_share + bonus - (resources + forfait_logement).max(household_amount);
    let amount = if under_age { Decimal::ZERO } else { formula.max(Decimal::ZERO) };
    Ok(OneMonth {
        month,
        person_earnings,
        household_amount,
        earned_income,
        earned_share,
        bonification: bonus,
        resources,
        forfait_logement,
        under_age,
        amount,
    })
}

/// One month of the total (P10).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncomeMonth {
    pub month: YearMonth,
    /// The contract's net pay of the month (0 outside the contract).
    pub net: Decimal,
    /// The right for the month: round(average, 2), 0 below 15 € (P5).
    pub prime: Decimal,
    pub total: Decimal,
    /// The months whose income the right uses (P4).
    pub reference_months: Vec<YearMonth>,
    /// The exact average of their one-month formulas, before rounding and the 15 € floor.
    pub average: Decimal,
    /// At least one reference month is a month of the contract.
    pub counts_contract_pay: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct IncomeTotals {
    pub net: Decimal,
    pub prime: Decimal,
    pub total: Decimal,
}

/// The months from the contract's first to 4 months after its last (P2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Income {
    pub months: Vec<IncomeMonth>,
    pub totals: IncomeTotals,
    pub notices: Vec<IncomeNotice>,
    /// The first month whose right uses the contract's pay ("la prime d'activité tient
    /// compte de votre nouveau salaire à partir de …").
    pub pay_counts_from: Option<YearMonth>,
    /// Every one-month formula used, in month order, for the detail of the calculation.
    pub reference: Vec<OneMonth>,
}

/// The person is under the prime's minimum age on the month's first day (L842-1; P9).
fn under_age(person: &Person, month: YearMonth) -> Result<bool, NotCovered> {
    let Some(birth) = person.birth_date else { return Ok(false) };
    let on = month.first_day();
    Ok(age_on(birth, on) < prime::MINIMUM_AGE.at(on)?.0)
}

/// The prime d'activité month by month for a simulated contract (P1–P10). `Err` when a
/// reference month falls before the parameter tables.
pub fn simulate(person: &Person, h: &Household, contract: &Contract) -> Result<Income, NotCovered> {
    let (Some(first), Some(last)) = (contract.months.first(), contract.months.last()) else {
        return Ok(Income { months: Vec::new(), totals: IncomeTotals::default(), notices: Vec::new(), pay_counts_from: None, reference: Vec::new() });
    };
    let (first, last) = (first.month, last.month);
    // P3: the contract month's net; before it, the earnings before; after it, 0.
    let earnings = |m: YearMonth| -> Decimal {
        if m < first {
            h.earnings_before
        } else {
            contract.months.iter().find(|r| r.month == m).map_or(Decimal::ZERO, |r| r.net)
        }
    };
    let in_contract = |m: YearMonth| first <= m && m <= last;

    let end = last.plus(MONTHS_AFTER_CONTRACT);
    let review = i32::try_from(prime::REVIEW_MONTHS.at(first.first_day())?.0).unwrap_or(3).max(1);
    let mut reference: Vec<OneMonth> = Vec::new();
    let mut months = Vec::new();
    let mut review_month = first;
    while review_month <= end {
        // P4: the right for the quarter starting at the review month R is the average of the
        // one-month formula over R − lag … R − lag + 2 (lag 4 since 2025-03-01, 3 before).
        let on = review_month.first_day();
        let lag = i32::try_from(prime::REFERENCE_LAG.at(on)?.0).unwrap_or(4);
        let reference_months: Vec<YearMonth> = (0..review).map(|k| review_month.plus(k - lag)).collect();
        let mut sum = Decimal::ZERO;
        for &m in &reference_months {
            let pa1 = match reference.iter().find(|r| r.month == m) {
                Some(known) => *known,
                None => {
                    let computed = one_month(h, earnings(m), m, under_age(person, m)?)?;
                    // Kept in month order without a sort (sorting code costs Wasm bytes).
                    let at = reference.iter().position(|r| r.month > m).unwrap_or(reference.len());
                    reference.insert(at, computed);
                    computed
                }
            };
            sum += pa1.amount;
        }
        let average = sum / Decimal::from(review);
        // P5: the right = round(average, 2), 0 when below the minimum paid (15 €).
        let rounded = cents(average);
        let prime = if rounded < prime::MINIMUM_PAID.at(on)?.0 { Decimal::ZERO } else { rounded };
        let counts_contract_pay = reference_months.iter().any(|m| in_contract(*m));
        let mut month = review_month;
        for _ in 0..review {
            if month > end {
                break;
            }
            let net = if in_contract(month) { earnings(month) } else { Decimal::ZERO };
            months.push(IncomeMonth {
                month,
                net,
                prime,
                total: net + prime,
                reference_months: reference_months.clone(),
                average,
                counts_contract_pay,
            });
            month = month.next();
        }
        review_month = review_month.plus(review);
    }

    let totals = months.iter().fold(IncomeTotals::default(), |t, m| IncomeTotals {
        net: t.net + m.net,
        prime: t.prime + m.prime,
        total: t.total + m.total,
    });
    let pay_counts_from = months.iter().find(|m| m.counts_contract_pay).map(|m| m.month);

    let mut notices = vec![IncomeNotice::PaLag, IncomeNotice::PaConditions, IncomeNotice::PaReformAnnounced, IncomeNotice::PaBeforeCrds];
    if reference.iter().any(|r| r.under_age) {
        notices.push(IncomeNotice::PaUnder18);
    }
    if person.receives(Benefit::Rsa) {
        notices.push(IncomeNotice::RsaRecalculated);
    }
    if person.receives(Benefit::Ass) || person.receives(Benefit::Aah) {
        notices.push(IncomeNotice::AssAahNotModelled);
    }
    if h.housing == super::codes::Housing::TenantWithAid {
        notices.push(IncomeNotice::HousingAidBelowForfait);
    }
    let notices = IncomeNotice::ALL.iter().copied().filter(|n| notices.contains(n)).collect();

    Ok(Income { months, totals, notices, pay_counts_from, reference })
}
