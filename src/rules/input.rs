//! The engine's input: a person's answers, a date, and optionally a contract. Unanswered is
//! not "no": every answer that can be unknown is an `Option`.

use super::codes::{Benefit, CriteriaSet, Employer, Extension, Headcount, Housing, Justice, Referent};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// What `simulate` works on (api-contract.md, "Input").
#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    /// The date at which eligibility and routing are judged: the planned hiring date.
    pub as_of: NaiveDate,
    pub person: Person,
    /// Absent: only eligibility and routing are computed.
    pub contract: Option<ContractInput>,
    /// Absent: no prime d'activité (api-contract.md 1.1; prime-activite.md P1). Computed only
    /// together with a contract.
    pub household: Option<Household>,
    /// The structure's yearly accounts, for the revenue cap (employer.md E12); absent: not checked.
    pub structure: Option<StructureInput>,
}

/// A person's answers; `None` means "not answered".
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Person {
    pub birth_date: Option<NaiveDate>,
    /// Département of residence, a code of [`DEPARTMENTS`] (not used by the v1 rules).
    pub department: Option<String>,
    /// Holds a job at the planned hiring date.
    pub employed: Option<bool>,
    /// Months registered as a job seeker.
    pub job_seeker_months: Option<u32>,
    /// Minimum income benefits received; `Some(vec![])` is the answer "none".
    pub benefits: Option<Vec<Benefit>>,
    /// Recognised disabled worker (RQTH/BOETH).
    pub rqth: Option<bool>,
    /// Level-2 criteria that only the person can declare (never the derived ones).
    pub criteria: Option<CriteriaSet>,
    pub justice: Option<Justice>,
    /// Single referent already assigned; unanswered counts as none.
    pub referent: Referent,
    /// End of a previous PASS IAE, for the 2-year waiting period; `None`: no previous PASS.
    pub previous_pass_end: Option<NaiveDate>,
}

impl Person {
    pub fn receives(&self, benefit: Benefit) -> bool {
        self.benefits.as_ref().is_some_and(|b| b.contains(&benefit))
    }
}

/// The CDDI to simulate.
#[derive(Debug, Clone, PartialEq)]
pub struct ContractInput {
    pub start: NaiveDate,
    /// Total length in months, renewals included.
    pub months: u32,
    pub weekly_hours: Decimal,
    /// Gross hourly rate; `None`: the minimum in force, month by month.
    pub hourly_rate: Option<Decimal>,
    pub under_20h_derogation: bool,
    pub extension: Option<Extension>,
    pub employer: Employer,
    /// The structure's side of the post (employer.md E1); absent: not computed.
    pub employer_view: Option<EmployerViewInput>,
}

/// What the employer view needs beyond the contract (employer.md §5). Rates are percents as
/// the payslip writes them (1.50 is 1.50 %).
#[derive(Debug, Clone, PartialEq)]
pub struct EmployerViewInput {
    pub headcount: Headcount,
    /// AT/MP rate notified by the Carsat; `None`: the default of the parameter tables.
    pub atmp_rate: Option<Decimal>,
    /// Versement mobilité rate of the place of work (0 where none is levied).
    pub mobility_rate: Decimal,
    /// Montant modulé of the aide au poste, percent of the socle (0 to 10, E8).
    pub modulated_percent: Decimal,
    /// The post is inside a prison (modulated part at most 5 %).
    pub in_prison: bool,
}

impl Default for EmployerViewInput {
    /// The defaults of api-contract.md 1.1: 11 to 49 employees, default AT/MP, no versement
    /// mobilité, no modulated part, not in prison.
    fn default() -> Self {
        EmployerViewInput {
            headcount: Headcount::From11To49,
            atmp_rate: None,
            mobility_rate: Decimal::ZERO,
            modulated_percent: Decimal::ZERO,
            in_prison: false,
        }
    }
}

/// A structure's yearly accounts for the revenue cap (employer.md E12), euros per year.
#[derive(Debug, Clone, PartialEq)]
pub struct StructureInput {
    /// Charges of the insertion activities (> 0).
    pub activity_charges: Decimal,
    /// Sales of goods and services they produced (≥ 0).
    pub sales_revenue: Decimal,
}

/// The household of the prime d'activité (prime-activite.md P1, P3, P6–P8): the person, an
/// optional partner and dependent children. Amounts are euros per month, the same every
/// month; `partner_earnings` is ignored when `couple` is false, `isolated_parent` for a couple.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Household {
    pub couple: bool,
    pub children: u32,
    /// A single person who is pregnant, has a child under 3, or separated less than 18 months
    /// ago and has children (the majoration pour isolement, D843-1).
    pub isolated_parent: bool,
    pub housing: Housing,
    /// The partner's montant net social per month.
    pub partner_earnings: Decimal,
    /// The household's other resources per month (unemployment benefits, pensions, alimony,
    /// most family benefits).
    pub other_resources: Decimal,
    /// The person's own earnings per month before the contract.
    pub earnings_before: Decimal,
}

impl Default for Household {
    /// The defaults of api-contract.md 1.1: single, no child, tenant without housing aid, 0 €.
    fn default() -> Self {
        Household {
            couple: false,
            children: 0,
            isolated_parent: false,
            housing: Housing::TenantWithoutAid,
            partner_earnings: Decimal::ZERO,
            other_resources: Decimal::ZERO,
            earnings_before: Decimal::ZERO,
        }
    }
}

impl Household {
    /// Adults (1 or 2) plus dependent children.
    pub fn persons(&self) -> u32 {
        1 + u32::from(self.couple) + self.children
    }

    /// The partner's earnings as the prime counts them: 0 without a partner (P3).
    pub fn partner_earnings(&self) -> Decimal {
        if self.couple {
            self.partner_earnings
        } else {
            Decimal::ZERO
        }
    }

    /// The majoration pour isolement applies: asked for, and not a couple (P6).
    pub fn is_isolated_parent(&self) -> bool {
        self.isolated_parent && !self.couple
    }
}

/// Dependent children the API accepts (api-contract.md 1.1: 0–12).
pub const MAX_CHILDREN: u32 = 12;
/// Monthly household amounts the API accepts: below a billion euros (nine digits, as every
/// decimal of the API), which keeps every computation exact.
pub const MAX_MONTHLY_AMOUNT: u32 = 999_999_999;

/// Département codes accepted in `person.department`: metropolitan 01–95 (Corsica as 2A and
/// 2B, no 20) and the overseas codes 971–976.
pub const DEPARTMENTS: &[&str] = &[
    "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16",
    "17", "18", "19", "2A", "2B", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31",
    "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47",
    "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63",
    "64", "65", "66", "67", "68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79",
    "80", "81", "82", "83", "84", "85", "86", "87", "88", "89", "90", "91", "92", "93", "94", "95",
    "971", "972", "973", "974", "975", "976",
];

/// Whether `code` is a département code of the API contract (its range 971…976 includes 975,
/// Saint-Pierre-et-Miquelon, which uses an INSEE code of the same series).
pub fn is_department(code: &str) -> bool {
    DEPARTMENTS.contains(&code)
}

/// Technical bounds that keep every computation exact and small (they are not legal limits,
/// which come back as contract errors): a week has 168 hours; no CDDI pays 1 000 € an hour;
/// 120 months is far beyond the longest prolongation (84 months).
pub const MAX_WEEKLY_HOURS: u32 = 168;
pub const MAX_HOURLY_RATE: u32 = 1000;
pub const MAX_CONTRACT_MONTHS: u32 = 120;
/// A rate of the employer view is a percent: at most 100.
pub const MAX_PERCENT: u32 = 100;
/// The modulated part is 0 % to 10 % of the socle (R5132-38; employer.md E8). A bound of
/// the input, not a dated value: the engine's rule reads `params::employer::MODULATED_MAX`.
pub const MAX_MODULATED_PERCENT: u32 = 10;
/// Yearly accounts above a billion euros are not an ACI's (and keep the ratio exact).
pub const MAX_YEARLY_AMOUNT: u32 = 1_000_000_000;

/// An input the engine refuses: the path of the field and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutOfBounds {
    pub path: &'static str,
    pub message: &'static str,
}

impl Household {
    #[cfg_attr(not(feature = "employer"), allow(dead_code))]
    fn check_bounds(&self) -> Result<(), OutOfBounds> {
        let fail = |path, message| Err(OutOfBounds { path, message });
        if self.children > MAX_CHILDREN {
            return fail("household.children", "children must be an integer from 0 to 12");
        }
        let limit = Decimal::from(MAX_MONTHLY_AMOUNT) + Decimal::ONE;
        for (path, amount) in [
            ("household.partner_earnings", self.partner_earnings),
            ("household.other_resources", self.other_resources),
            ("household.earnings_before", self.earnings_before),
        ] {
            if amount < Decimal::ZERO || amount >= limit {
                return fail(path, "amounts must be from 0 to 999999999.99 euros a month");
            }
        }
        Ok(())
    }
}

impl Input {
    /// The person's side alone on `as_of`: eligibility and routing, no contract, no 1.1 field.
    pub fn of_person(as_of: NaiveDate, person: Person) -> Self {
        Input { as_of, person, contract: None, household: None, structure: None }
    }

    /// Checks what the types cannot say. The API's decoder and the UI both rely on it, and
    /// `simulate` calls it again so that no caller can reach an overflow.
    pub fn check_bounds(&self) -> Result<(), OutOfBounds> {
        let fail = |path, message| Err(OutOfBounds { path, message });
        if self.person.birth_date.is_some_and(|b| b > self.as_of) {
            return fail("person.birth_date", "the birth date is after as_of");
        }
        if let Some(c) = &self.contract {
            if c.months == 0 || c.months > MAX_CONTRACT_MONTHS {
                return fail("contract.months", "months must be an integer from 1 to 120");
            }
            if c.weekly_hours <= Decimal::ZERO || c.weekly_hours > Decimal::from(MAX_WEEKLY_HOURS) {
                return fail("contract.weekly_hours", "weekly_hours must be above 0 and at most 168");
            }
            if c.hourly_rate.is_some_and(|r| r <= Decimal::ZERO || r > Decimal::from(MAX_HOURLY_RATE)) {
                return fail("contract.hourly_rate", "hourly_rate must be above 0 and at most 1000");
            }
            // Version 1.1 fields exist only with the `employer` feature (the first module has none).
            #[cfg(feature = "employer")]
            if let Some(v) = &c.employer_view {
                v.check_bounds()?;
            }
        }
        #[cfg(feature = "employer")]
        if let Some(s) = &self.structure {
            s.check_bounds()?;
        }
        #[cfg(feature = "employer")]
        if let Some(h) = &self.household {
            h.check_bounds()?;
        }
        Ok(())
    }
}

impl EmployerViewInput {
    /// Percents between 0 and 100; the modulated part between 0 and 10 (E8: `invalid_input`).
    pub fn check_bounds(&self) -> Result<(), OutOfBounds> {
        let percent = |x: Decimal| x >= Decimal::ZERO && x <= Decimal::from(MAX_PERCENT);
        if self.atmp_rate.is_some_and(|r| !percent(r)) {
            return Err(OutOfBounds { path: "contract.employer_view.atmp_rate", message: "atmp_rate must be a percent from 0 to 100" });
        }
        if !percent(self.mobility_rate) {
            return Err(OutOfBounds { path: "contract.employer_view.mobility_rate", message: "mobility_rate must be a percent from 0 to 100" });
        }
        let m = self.modulated_percent;
        if m < Decimal::ZERO || m > Decimal::from(MAX_MODULATED_PERCENT) {
            return Err(OutOfBounds { path: "contract.employer_view.modulated_percent", message: "modulated_percent must be from 0 to 10" });
        }
        Ok(())
    }
}

impl StructureInput {
    /// Charges above 0, sales at least 0, both below a billion euros.
    pub fn check_bounds(&self) -> Result<(), OutOfBounds> {
        let max = Decimal::from(MAX_YEARLY_AMOUNT);
        if self.activity_charges <= Decimal::ZERO || self.activity_charges >= max {
            return Err(OutOfBounds { path: "structure.activity_charges", message: "activity_charges must be above 0 and below 1000000000" });
        }
        if self.sales_revenue < Decimal::ZERO || self.sales_revenue >= max {
            return Err(OutOfBounds { path: "structure.sales_revenue", message: "sales_revenue must be at least 0 and below 1000000000" });
        }
        Ok(())
    }
}
