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

#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

pub mod calendar;
pub mod codes;
pub mod contract;
pub mod eligibility;
pub mod income;
pub mod input;
pub mod money;
pub mod params;
pub mod rights;
pub mod routing;

pub use input::{ContractInput, Household, Input, OutOfBounds, Person};

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
    let income = match (&input.household, &contract) {
        (Some(h), Some(c)) => Some(income::simulate(&input.person, h, c).map_err(at("household"))?),
        _ => None,
    };
    Ok(Output { rules_version: params::rules_version(), eligibility, routing, contract, income })
}
