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
    referent?: "none" | "FT" | "ML" | "CAP_EMPLOI" | "DEPT" | "SPIP" | "OTHER" | null; previous_pass_end?: string | null;
  } | null;
  contract?: {
    start: string; months: number; weekly_hours: string; hourly_rate?: string | null;
    under_20h_derogation?: boolean; extension?: "training" | "senior" | "rqth" | "difficulties" | null;
    employer?: "private" | "public";
    /** Version 1.1: the structure's side of the post (employer.md E1-E11). */
    employer_view?: EmployerViewInput | null;
  } | null;
  /** Version 1.1: the household of the prime d'activité; every field optional (defaults shown). */
  household?: {
    couple?: boolean; /* false */ children?: number; /* 0–12, default 0 */ isolated_parent?: boolean; /* false */
    housing?: "tenant_without_aid" | "tenant_with_aid" | "owner_no_loan" | "housed_free";
    partner_earnings?: string; other_resources?: string; earnings_before?: string; /* euros a month, "0.00" */
  } | null;
  /** Version 1.1: the structure's yearly accounts, for the revenue cap (E12). */
  structure?: { activity_charges: string; sales_revenue: string } | null;
}
/** Every field optional; percents as decimal strings ("1.50" is 1.50 %). */
export interface EmployerViewInput {
  headcount?: "under_11" | "11_to_49" | "50_plus" | null; atmp_rate?: string | null;
  mobility_rate?: string | null; modulated_percent?: string | null; in_prison?: boolean | null;
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
    /** Version 1.1 (cddi.md C10–C12): calendar days; present whenever contract is, valid or not. */
    rights: { trial_period_max_days: number; pmsmp_max_days: number; notice_days_for_cdi: number; refs: string[] };
    /** Present when the input had contract.employer_view. */
    employer_view?: EmployerView;
  };
  /** Version 1.1, present when the input has a household and a contract: net pay, prime
   * d'activité (before the 0.5 % CRDS) and total, month by month. */
  income?: {
    months: { month: string; net: string; prime: string; total: string; reference_months: string[] }[];
    totals: { net: string; prime: string; total: string };
    notices: Reason[];
    /** The first month whose prime uses the contract's pay. */
    pay_counts_from: string | null;
  };
  /** Present when the input had structure. */
  revenue_cap?: { ratio: string; status: "within" | "derogation_possible" | "above_limit"; refs: string[]; notices: Reason[] };
}
/** Employer-view amounts; line rates are percents ("13.00", "0.016"), reduction_rate the RGDU coefficient ("0.3750", null for a public carrier). */
export interface EmployerAmounts {
  gross: string; contributions: string; reduction: string; exemption: string; cost: string;
  aid: string; cost_after_aid: string; modulated: string; cost_after_all: string;
}
export interface EmployerView {
  errors: Reason[]; notices: Reason[];
  months: (EmployerAmounts & { month: string; reduction_rate: string | null;
    lines: { code: string; base: string; rate: string; amount: string }[] })[];
  totals: EmployerAmounts;
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
