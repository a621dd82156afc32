//! The computation API `simulate` (shared/api-contract.md): JSON in, JSON out, for partners,
//! for our own checks and for anyone who wants the numbers without our screens. It never
//! panics and never throws: input that cannot be understood gives `{"error": {…}}`.
//!
//! Error codes: `invalid_input` (the contract's: not JSON, wrong types, unknown codes,
//! impossible dates) and `date_not_covered` (a date before the parameter tables, 2022-01-01:
//! the product does not know the law then, so it refuses rather than guess).

#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod decode;
mod encode;
pub mod json;

use crate::rules::{self, Input, Output, RulesError};
use json::{object, string, Json, Limits};

/// The bounds of a `simulate` input, checked before any work and as the text is read (the
/// contract's input has a few dozen fields; these leave room for every addition): at most
/// 1 MiB of text, 64 keys per object, 64 items per array. Over any of them, the answer is an
/// `invalid_input` error naming the limit, at once.
pub const LIMITS: Limits = Limits { max_bytes: 1 << 20, max_keys: 64, max_items: 64 };

/// An input `simulate` cannot compute: a stable code, the path of the first offending field
/// (`""` for the whole input), and a sentence for the developer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub code: &'static str,
    pub path: String,
    pub message: String,
}

impl ApiError {
    pub fn invalid(path: &str, message: impl Into<String>) -> Self {
        ApiError { code: "invalid_input", path: path.to_owned(), message: message.into() }
    }

    pub fn to_json(&self) -> Json {
        object(vec![(
            "error",
            object(vec![("code", string(self.code)), ("path", string(self.path.clone())), ("message", string(self.message.clone()))]),
        )])
    }
}

impl From<RulesError> for ApiError {
    fn from(e: RulesError) -> Self {
        match e {
            RulesError::OutOfBounds(b) => ApiError::invalid(b.path, b.message),
            RulesError::NotCovered { path, detail } => ApiError {
                code: "date_not_covered",
                path: path.to_owned(),
                message: format!(
                    "no value of {} is known on {}; the tables start on {}",
                    detail.parameter,
                    detail.date,
                    detail.first.map_or_else(|| "no date".to_owned(), |d| d.to_string())
                ),
            },
        }
    }
}

/// Parses a `simulate` input.
pub fn parse_input(text: &str) -> Result<Input, ApiError> {
    decode::input(text)
}

/// The typed `simulate`: the engine's answer for a typed input.
pub fn simulate(input: &Input) -> Result<Output, ApiError> {
    rules::simulate(input).map_err(ApiError::from)
}

/// The contract alone, for a typed input (`None` when the input has no contract).
pub fn simulate_contract(input: &Input) -> Result<Option<crate::rules::contract::Contract>, ApiError> {
    rules::simulate_contract(input).map_err(ApiError::from)
}

/// The contract of an input that has one (the screens' contract figures); an input without a
/// contract is an error here.
pub fn contract_of(input: &Input) -> Result<crate::rules::contract::Contract, ApiError> {
    simulate_contract(input).and_then(|c| c.ok_or_else(|| ApiError::invalid("contract", "no contract in the input")))
}

/// The output of the API contract for a typed output.
pub fn output_json(output: &Output) -> Json {
    encode::output(output)
}

/// The `simulate` input of the API contract for a typed input ([`parse_input`] reads it back to
/// the same input): what the app's export file carries, so a partner tool can reload it.
pub fn input_json(input: &Input) -> Json {
    encode::input(input)
}

/// `simulate(input_json) -> output_json`, the string entry point of the API contract.
pub fn simulate_json(text: &str) -> String {
    let result = parse_input(text).and_then(|input| simulate(&input));
    let value = match result {
        Ok(output) => output_json(&output),
        Err(error) => error.to_json(),
    };
    value.to_string()
}

/// The answer of `simulate` to something other than a JSON text: the JavaScript exports take
/// any value (`simulate({})`, `simulate()`, `simulate(null)`, `simulate(42)`) and answer this
/// `invalid_input` error instead of throwing. `what` names what came (`undefined`, `null`, the
/// JavaScript `typeof`).
pub fn not_a_text(what: &str) -> String {
    let what: String = what.chars().take(20).collect();
    ApiError::invalid("", format!("expected the input as a JSON text (a string), got {what}")).to_json().to_string()
}
