//! The engine-only package: `simulate(input_json) -> output_json` of
//! `shared/api-contract.md`, compiled to WebAssembly with wasm-bindgen for browsers and
//! Node.js by `scripts/build-engine` (into `pkg/web` and `pkg/node`). No screens, no Leptos,
//! no clock, no network: every date comes in the input.

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** The input of simulate, as JSON text (shared/api-contract.md). Absent or null: not answered. */
export interface SimulateInput {
  as_of: string;
  person?: {
    birth_date?: string | null; department?: string | null; employed?: boolean | null;
    job_seeker_months?: number | null; benefits?: ("RSA" | "ASS" | "AAH")[] | null; rqth?: boolean | null;
    criteria?: string[] | null; justice?: "none" | "detained" | "sentence_adjustment" | "supervised" | "released" | null;
    referent?: "none" | "FT" | "ML" | "CAP_EMPLOI" | "DEPT" | "OTHER" | null; previous_pass_end?: string | null;
  } | null;
  contract?: {
    start: string; months: number; weekly_hours: string; hourly_rate?: string | null;
    under_20h_derogation?: boolean; extension?: "training" | "senior" | "rqth" | "difficulties" | null;
    employer?: "private" | "public";
  } | null;
}
/** Reason, error or warning: a stable code and the articles behind it. */
export interface Reason { code: string; refs: string[]; month?: string }
/** The output of simulate, or {"error": {code, path, message}}. Amounts are strings with two decimals. */
export interface SimulateOutput {
  rules_version: string;
  eligibility: {
    criteria: { code: string; level: 1 | 2; from: string }[];
    structures: Record<"ACI" | "EI" | "EITI" | "AI" | "ETTI",
      { status: "eligible" | "prescriber_diagnosis" | "not_eligible" | "incomplete";
        level1: number; level2: number; level2_required: number; level2_needed: number }>;
    reasons: Reason[]; missing: string[];
    proofs: { criterion: string; document: string; issued_on_or_after: string | null }[];
    waiting_period_until: string | null;
  };
  routing: { primary: string; alternatives: string[]; reasons: Reason[] };
  contract?: {
    valid: boolean; errors: Reason[]; warnings: Reason[]; notices: { code: string }[]; end: string;
    months: { month: string; days: number; hours: string; hourly_rate: string; gross: string;
      employee_contributions: string; net: string }[];
    totals: { hours: string; gross: string; employee_contributions: string; net: string };
    pension_quarters: Record<string, number>;
  };
}
export interface SimulateError { error: { code: "invalid_input" | "date_not_covered"; path: string; message: string } }
"#;

/// `simulate(input_json) -> output_json`: takes any JavaScript value and never throws; bad
/// input, or anything but a string, gives `{"error": …}`. Parse the result with `JSON.parse`
/// to get a `SimulateOutput` or a `SimulateError`.
#[wasm_bindgen]
pub fn simulate(input_json: wasm_bindgen::JsValue) -> String {
    match input_json.as_string() {
        Some(text) => tremplin::api::simulate_json(&text),
        None if input_json.is_null() => tremplin::api::not_a_text("null"),
        None => tremplin::api::not_a_text(&input_json.js_typeof().as_string().unwrap_or_default()),
    }
}

/// The version of the rules (the latest effective date of the parameter tables).
#[wasm_bindgen(js_name = rulesVersion)]
pub fn rules_version() -> String {
    tremplin::rules::params::rules_version().to_string()
}
