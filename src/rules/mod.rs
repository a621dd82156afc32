//! The rules engine: the law in, answers out. Pure functions of their input: no Leptos, no
//! browser bindings, no clock, no storage (a test in `tests/purity.rs` fails if any file of
//! this folder mentions them). Every date the law needs comes in through [`Input`].
//!
//! - [`params`]: every legal number as a dated timeline with its source;
//! - [`eligibility`]: criteria, status per kind of structure, reasons, missing answers, proofs;
//! - [`routing`]: the recommended prescriber;
//! - [`contract`]: the CDDI month by month;
//! - [`rights`]: what the person may do during the contract (trial period, PMSMP, notice).
//! - [`income`]: the prime d'activité and the total income, month by month.
//! - [`employer`]: the structure's side: cost of the post, aide au poste, revenue cap.

#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

pub mod calendar;
pub mod codes;
pub mod contract;
pub mod employer;
pub mod eligibility;
pub mod income;
pub mod input;
pub mod money;
pub mod params;
pub mod rights;
pub mod routing;

pub use input::{ContractInput, EmployerViewInput, Household, Input, OutOfBounds, Person, StructureInput};

use chrono::NaiveDate;

/// Everything `simulate` says about one input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// cddi.md C9: the latest effective date of the parameter tables.
    pub rules_version: NaiveDate,
    pub eligibility: eligibility::Eligibility,
    pub routing: routing::Routing,
    pub contract: Option<contract::Contract>,
    /// The prime d'activité and the total, when the input has a household and a contract
    /// (prime-activite.md P1); `None` otherwise, and the output is then version 1's.
    pub income: Option<income::Income>,
    /// The structure's side of the contract, when `contract.employer_view` was given.
    pub employer_view: Option<employer::EmployerView>,
    /// The revenue cap check, when `structure` was given.
    pub revenue_cap: Option<employer::RevenueCap>,
}

/// Why the engine could not answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RulesError {
    /// An input outside what the engine can compute (see [`Input::check_bounds`]).
    OutOfBounds(OutOfBounds),
    /// A date before the parameter tables: the product does not know the law then.
    NotCovered { path: &'static str, detail: params::NotCovered },
}

/// Simulates the contract alone (the contract simulator's fast path: no eligibility or routing).
pub fn simulate_contract(input: &Input) -> Result<Option<contract::Contract>, RulesError> {
    input.check_bounds().map_err(RulesError::OutOfBounds)?;
    match &input.contract {
        Some(c) => contract::simulate(&input.person, c)
            .map(Some)
            .map_err(|detail| RulesError::NotCovered { path: "contract.start", detail }),
        None => Ok(None),
    }
}

/// Computes eligibility, routing and, when asked, the contract.
pub fn simulate(input: &Input) -> Result<Output, RulesError> {
    input.check_bounds().map_err(RulesError::OutOfBounds)?;
    let at = |path| move |detail| RulesError::NotCovered { path, detail };
    let eligibility = eligibility::assess(&input.person, input.as_of).map_err(at("as_of"))?;
    let routing = routing::route(&input.person, input.as_of).map_err(at("as_of"))?;
    let contract = match &input.contract {
        Some(c) => Some(contract::simulate(&input.person, c).map_err(at("contract.start"))?),
        None => None,
    };
    let income = income_side(input, contract.as_ref())?;
    let (employer_view, revenue_cap) = employer_side(input, contract.as_ref())?;
    Ok(Output { rules_version: params::rules_version(), eligibility, routing, contract, income, employer_view, revenue_cap })
}

/// The prime d'activité and the total income (prime-activite.md), with a household and a contract.
#[cfg(feature = "employer")]
fn income_side(input: &Input, contract: Option<&contract::Contract>) -> Result<Option<income::Income>, RulesError> {
    match (&input.household, contract) {
        (Some(h), Some(c)) => income::simulate(&input.person, h, c)
            .map(Some)
            .map_err(|detail| RulesError::NotCovered { path: "household", detail }),
        _ => Ok(None),
    }
}

/// Without the `employer` feature (the first module) the decoder refuses `household`.
#[cfg(not(feature = "employer"))]
fn income_side(_: &Input, _: Option<&contract::Contract>) -> Result<Option<income::Income>, RulesError> {
    Ok(None)
}

/// The employer view and the revenue cap (employer.md), each only when its input is there.
#[cfg(feature = "employer")]
fn employer_side(input: &Input, contract: Option<&contract::Contract>) -> Result<(Option<employer::EmployerView>, Option<employer::RevenueCap>), RulesError> {
    let at = |path| move |detail| RulesError::NotCovered { path, detail };
    let view = match (&input.contract, contract) {
        (Some(c), Some(schedule)) => match &c.employer_view {
            Some(v) => Some(employer::simulate(&input.person, c, v, schedule).map_err(at("contract.employer_view"))?),
            None => None,
        },
        _ => None,
    };
    let cap = match &input.structure {
        Some(s) => Some(employer::revenue_cap(&input.person, s, input.as_of).map_err(at("structure"))?),
        None => None,
    };
    Ok((view, cap))
}

/// Without the `employer` feature (the app's first-screen Wasm) the decoder refuses the
/// version 1.1 fields, so there is nothing to compute.
#[cfg(not(feature = "employer"))]
fn employer_side(_: &Input, _: Option<&contract::Contract>) -> Result<(Option<employer::EmployerView>, Option<employer::RevenueCap>), RulesError> {
    Ok((None, None))
}
