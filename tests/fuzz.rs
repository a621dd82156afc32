//! Property-based fuzzing of the two decoders of outside data: `simulate_json` (partners,
//! tests, the app's export) and the share-link / pre-fill decoder (URL fragments, storage,
//! host portals), plus the host's options and messages. Every input must give a structured
//! error or a valid result, never a panic, never an arithmetic overflow (run with overflow
//! checks, see `Cargo.toml` `[profile.fuzz]`).
//!
//! What is counted: every property reports the share of its inputs `simulate_json` accepted
//! (a result rather than an error), and the properties meant to reach the rules fail under
//! their floor (half or more for valid inputs with extreme values), so a generator that drifts
//! into the rejection path is seen. Every accepted contract is checked for its arithmetic:
//! net below gross, months summing to the totals, two-decimal strings, `valid` present and
//! equal to "no errors".
//!
//! `cargo test --test fuzz` runs a quick pass; `scripts/test` runs the bounded run
//! (`TREMPLIN_FUZZ_CASES`, 100 000 cases per property: 500 000 inputs for `simulate_json`,
//! 200 000 for the share decoder) with
//! `--profile fuzz`. A longer run: `TREMPLIN_FUZZ_CASES=2000000 cargo test --profile fuzz --test fuzz`.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use rust_decimal::Decimal;
use std::str::FromStr;
use tremplin::answers::share;
use tremplin::api::json::{self, Json};
use tremplin::api::simulate_json;

fn cases() -> u32 {
    std::env::var("TREMPLIN_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(3000)
}

fn config() -> Config {
    Config { cases: cases(), failure_persistence: None, ..Config::default() }
}

/// `"1097.89"`: digits, a point, two digits (hours and money in the output).
fn two_decimals(v: Option<&Json>) -> Option<Decimal> {
    let text = v?.as_str()?;
    let (whole, cents) = text.split_once('.')?;
    let ok = !whole.is_empty() && whole.bytes().all(|b| b.is_ascii_digit()) && cents.len() == 2 && cents.bytes().all(|b| b.is_ascii_digit());
    if ok { Decimal::from_str(text).ok() } else { None }
}

/// The arithmetic every accepted contract must satisfy (cddi.md C5–C8).
fn check_contract(c: &Json, input: &str) -> Result<(), TestCaseError> {
    let valid = c.get("valid").and_then(Json::as_bool);
    let errors = c.get("errors").and_then(Json::as_array);
    prop_assert!(valid.is_some() && errors.is_some(), "valid and errors must be present for {input:?}");
    prop_assert_eq!(valid, errors.map(<[Json]>::is_empty), "valid must mean no errors for {}", input);
    prop_assert!(c.get("warnings").and_then(Json::as_array).is_some());
    let months = c.get("months").and_then(Json::as_array).unwrap_or_default();
    prop_assert!(!months.is_empty(), "no month for {input:?}");
    let mut sums = [Decimal::ZERO; 4];
    for m in months {
        let field = |k: &str| two_decimals(m.get(k));
        let (hours, gross, contributions, net) = (field("hours"), field("gross"), field("employee_contributions"), field("net"));
        prop_assert!(two_decimals(m.get("hourly_rate")).is_some(), "hourly_rate of {m} for {input:?}");
        let (Some(hours), Some(gross), Some(contributions), Some(net)) = (hours, gross, contributions, net) else {
            return Err(TestCaseError::fail(format!("a figure is not a two-decimal string in {m} for {input:?}")));
        };
        // Each contribution line is rounded to the cent: below about 5 cents of gross they all
        // round to nothing, so "net below gross" is asserted from one euro.
        prop_assert!(net <= gross && (net < gross || gross < Decimal::ONE), "net {net} not below gross {gross} for {input:?}");
        prop_assert_eq!(gross - contributions, net, "gross − contributions ≠ net in {} for {}", m, input);
        for (sum, x) in sums.iter_mut().zip([hours, gross, contributions, net]) {
            *sum += x;
        }
    }
    let totals = c.get("totals");
    for (k, sum) in ["hours", "gross", "employee_contributions", "net"].iter().zip(sums) {
        prop_assert_eq!(two_decimals(totals.and_then(|t| t.get(k))), Some(sum), "totals.{} ≠ the sum of the months for {}", k, input);
    }
    Ok(())
}

/// Checks what `simulate_json` returned; `true` when it accepted the input (a result, not an
/// error).
fn check_output(input: &str) -> Result<bool, TestCaseError> {
    let text = simulate_json(input);
    let out = json::parse(&text).map_err(|e| TestCaseError::fail(format!("not JSON ({e}) for input {input:?}")))?;
    check_value(&out, input)
}

fn check_value(out: &Json, input: &str) -> Result<bool, TestCaseError> {
    if let Some(error) = out.get("error") {
        let code = error.get("code").and_then(Json::as_str);
        prop_assert!(matches!(code, Some("invalid_input" | "date_not_covered")), "bad error code {code:?} for {input:?}");
        prop_assert!(error.get("path").and_then(Json::as_str).is_some());
        prop_assert!(error.get("message").and_then(Json::as_str).is_some_and(|m| !m.is_empty()));
        return Ok(false);
    }
    prop_assert!(out.get("rules_version").and_then(Json::as_str).is_some(), "no rules_version for {input:?}");
    let structures = out.get("eligibility").and_then(|e| e.get("structures"));
    prop_assert_eq!(structures.map(|s| s.keys().count()), Some(5));
    prop_assert!(out.get("routing").and_then(|r| r.get("primary")).and_then(Json::as_str).is_some());
    if let Some(c) = out.get("contract") {
        check_contract(c, input)?;
        if let Some(v) = c.get("employer_view") {
            check_employer_view(v, input)?;
        }
    }
    if let Some(r) = out.get("revenue_cap") {
        let status = r.get("status").and_then(Json::as_str);
        prop_assert!(matches!(status, Some("within" | "derogation_possible" | "above_limit")), "bad status {status:?} for {input:?}");
    }
    if let Some(income) = out.get("income") {
        check_income(income, out, input)?;
    }
    Ok(true)
}

/// Version 1.1, the structure's side (employer.md E9): cost after aid = cost − aid, months
/// summing to the totals, two-decimal amounts.
fn check_employer_view(v: &Json, input: &str) -> Result<(), TestCaseError> {
    let months = v.get("months").and_then(Json::as_array);
    prop_assert!(months.is_some(), "employer_view without months for {input:?}");
    let mut sums = [Decimal::ZERO; 3];
    for m in months.unwrap_or_default() {
        let f = |k: &str| two_decimals_signed(m.get(k));
        let (Some(cost), Some(aid), Some(after)) = (f("cost"), f("aid"), f("cost_after_aid")) else {
            return Err(TestCaseError::fail(format!("an employer amount is not a two-decimal string in {m} for {input:?}")));
        };
        prop_assert_eq!(cost - aid, after, "cost − aid ≠ cost after aid in {} for {}", m, input);
        for (sum, x) in sums.iter_mut().zip([cost, aid, after]) {
            *sum += x;
        }
    }
    let totals = v.get("totals");
    for (k, sum) in ["cost", "aid", "cost_after_aid"].iter().zip(sums) {
        prop_assert_eq!(two_decimals_signed(totals.and_then(|t| t.get(k))), Some(sum), "employer totals.{} ≠ the sum of the months for {}", k, input);
    }
    Ok(())
}

/// Version 1.1, the total income (prime-activite.md P10): never a negative prime, total = net
/// + prime, three reference months, a contract beside it.
fn check_income(income: &Json, out: &Json, input: &str) -> Result<(), TestCaseError> {
    prop_assert!(out.get("contract").is_some(), "income without a contract for {input:?}");
    let rows = income.get("months").and_then(Json::as_array).unwrap_or_default();
    prop_assert!(!rows.is_empty(), "no income rows for {input:?}");
    for row in rows {
        let (net, prime, total) = (two_decimals(row.get("net")), two_decimals(row.get("prime")), two_decimals(row.get("total")));
        prop_assert!(prime.is_some(), "prime of {row} for {input:?}");
        prop_assert_eq!(total, net.zip(prime).map(|(n, p)| n + p));
        prop_assert_eq!(row.get("reference_months").and_then(Json::as_array).map(<[Json]>::len), Some(3));
    }
    prop_assert!(income.get("notices").and_then(Json::as_array).is_some_and(|n| !n.is_empty()));
    Ok(())
}

/// A two-decimal string that may be negative (a cost after aid below 0).
fn two_decimals_signed(v: Option<&Json>) -> Option<Decimal> {
    let text = v?.as_str()?;
    match text.strip_prefix('-') {
        Some(rest) => two_decimals(Some(&Json::String(rest.to_owned()))).map(|d| -d),
        None => two_decimals(v),
    }
}

/// Runs `check` on `cases()` inputs of `strategy`, prints the share it accepted, and fails
/// under `floor` (a share between 0 and 1).
fn run_counted<S: Strategy>(name: &str, strategy: S, floor: f64, check: impl Fn(&S::Value) -> Result<bool, TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    let accepted = std::cell::Cell::new(0u64);
    let total = std::cell::Cell::new(0u64);
    let mut runner = TestRunner::new(config());
    let result = runner.run(&strategy, |value| {
        total.set(total.get() + 1);
        if check(&value)? {
            accepted.set(accepted.get() + 1);
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{name}: {e}");
    }
    let share = accepted.get() as f64 / total.get().max(1) as f64;
    eprintln!("{name}: {} of {} inputs accepted ({:.1} %, floor {:.1} %)", accepted.get(), total.get(), share * 100.0, floor * 100.0);
    assert!(share >= floor, "{name}: only {:.1} % of the inputs reached the rules (floor {:.1} %)", share * 100.0, floor * 100.0);
}

const VALID: &str = r#"{"as_of":"2026-07-01","person":{"birth_date":"1999-03-14","department":"59","employed":false,"job_seeker_months":14,"benefits":["RSA"],"rqth":false,"criteria":["QPV","PI"],"justice":"none","referent":"none","previous_pass_end":null},"contract":{"start":"2026-07-01","months":12,"weekly_hours":"26.00","hourly_rate":null,"under_20h_derogation":false,"extension":null,"employer":"private"}}"#;

/// Values that sit on edges: valid and invalid dates, numbers and codes, wrong types.
fn edge_value() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "null", "true", "false", "0", "1", "3", "4", "12", "23", "24", "25", "30", "60", "61", "84", "85", "120", "121",
        "-1", "-0", "1.5", "1e3", "4294967295", "4294967296", "18446744073709551616", "\"\"", "\"x\"", "[]", "{}", "[null]",
        "\"2021-12-31\"", "\"2022-01-01\"", "\"2026-02-28\"", "\"2026-02-29\"", "\"2024-02-29\"", "\"2026-05-31\"",
        "\"2026-06-01\"", "\"2099-12-31\"", "\"0001-01-01\"", "\"9999-12-31\"", "\"1900-01-01\"", "\"2010-12-01\"",
        "\"0.01\"", "\"0\"", "\"19.99\"", "\"20\"", "\"26.5\"", "\"35\"", "\"35.01\"", "\"168\"", "\"168.01\"",
        "\"999.99\"", "\"1000\"", "\"1000.01\"", "\"12.02\"", "\"12.31\"", "\"26.40\"", "\"26.41\"", "\"999999999\"",
        "[\"RSA\",\"ASS\",\"AAH\"]", "[\"RSA\",\"RSA\"]", "[\"QPV\",\"PI\",\"FLE\",\"PM\",\"ASE\",\"DETENTION_MJ\"]",
        "[\"JEUNE\"]", "\"none\"", "\"detained\"", "\"sentence_adjustment\"", "\"released\"", "\"FT\"", "\"OTHER\"",
        "\"senior\"", "\"rqth\"", "\"training\"", "\"difficulties\"", "\"public\"", "\"2A\"", "\"976\"", "\"20\"",
    ])
    .prop_map(str::to_owned)
}

const PERSON: &[&str] = &[
    "birth_date", "department", "employed", "job_seeker_months", "benefits", "rqth", "criteria", "justice", "referent",
    "previous_pass_end",
];
const CONTRACT: &[&str] = &["start", "months", "weekly_hours", "hourly_rate", "under_20h_derogation", "extension", "employer"];
// Version 1.1.
const HOUSEHOLD: &[&str] =
    &["couple", "children", "isolated_parent", "housing", "partner_earnings", "other_resources", "earnings_before"];
const EMPLOYER_VIEW: &[&str] = &["headcount", "atmp_rate", "mobility_rate", "modulated_percent", "in_prison"];
const STRUCTURE: &[&str] = &["activity_charges", "sales_revenue"];

const VALID_11: &str = r#"{"as_of":"2026-07-01","person":{"birth_date":"1999-03-14","department":"59","employed":false,"job_seeker_months":14,"benefits":["RSA"],"rqth":false,"criteria":["QPV","PI"],"justice":"none","referent":"none","previous_pass_end":null},"contract":{"start":"2026-07-01","months":12,"weekly_hours":"26.00","hourly_rate":null,"under_20h_derogation":false,"extension":null,"employer":"private","employer_view":{"headcount":"11_to_49","atmp_rate":"1.50","mobility_rate":"0.00","modulated_percent":"0.00","in_prison":false}},"structure":{"activity_charges":"250000.00","sales_revenue":"60000.00"},"household":{"couple":false,"children":2,"isolated_parent":true,"housing":"tenant_with_aid","partner_earnings":"0.00","other_resources":"0.00","earnings_before":"0.00"}}"#;

/// A valid date between two years, as JSON text; days up to 28, plus the ends of months.
fn date_between(from: i32, to: i32) -> impl Strategy<Value = String> {
    (from..=to, 1u32..=12, prop_oneof![4 => 1u32..=28, 1 => 29u32..=31]).prop_map(|(y, m, d)| {
        let last = chrono::NaiveDate::from_ymd_opt(y, m, 1).and_then(|f| f.checked_add_months(chrono::Months::new(1))).and_then(|n| n.pred_opt()).map_or(28, |l| chrono::Datelike::day(&l));
        format!("\"{y:04}-{m:02}-{:02}\"", d.min(last))
    })
}

fn one_of(values: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::sample::select(values).prop_map(str::to_owned)
}

/// A subset of `codes` as a JSON array (duplicates allowed: they count once).
fn subset(codes: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(codes), 0..=codes.len()).prop_map(|c| format!("[{}]", c.iter().map(|x| format!("\"{x}\"")).collect::<Vec<_>>().join(",")))
}

/// A decimal string with at most two decimals, between `lo` and `hi` cents.
fn decimal_cents(lo: u32, hi: u32) -> impl Strategy<Value = String> {
    (lo..=hi, any::<bool>()).prop_map(|(c, whole)| if whole && c % 100 == 0 { format!("\"{}\"", c / 100) } else { format!("\"{}.{:02}\"", c / 100, c % 100) })
}

/// A value of the field's own type, most of the time within its range, sometimes on its edges
/// or of the wrong type (`edge_value`).
fn typed_value(field: &'static str) -> BoxedStrategy<String> {
    prop_oneof![19 => typed_only(field), 1 => edge_value()].boxed()
}

/// A value of the field's own type, within its range.
fn typed_only(field: &'static str) -> BoxedStrategy<String> {
    match field {
        "as_of" | "start" => date_between(2022, 2030).boxed(),
        "birth_date" => date_between(1950, 2008).boxed(),
        "previous_pass_end" => prop_oneof![Just("null".to_owned()), date_between(2019, 2027)].boxed(),
        "department" => one_of(&["\"59\"", "\"75\"", "\"13\"", "\"2A\"", "\"2B\"", "\"01\"", "\"95\"", "\"971\"", "\"974\"", "\"976\""]).boxed(),
        "employed" | "rqth" | "under_20h_derogation" => one_of(&["true", "false", "null"]).boxed(),
        "job_seeker_months" => (0u32..200).prop_map(|n| n.to_string()).boxed(),
        "benefits" => subset(&["RSA", "ASS", "AAH"]).boxed(),
        "criteria" => subset(&["CAP_BEP", "ASE", "PI", "PSH_PR", "REF_DA", "ZRR", "QPV", "DETENTION_MJ", "FLE", "PM"]).boxed(),
        "justice" => one_of(&["\"none\"", "\"detained\"", "\"sentence_adjustment\"", "\"supervised\"", "\"released\"", "null"]).boxed(),
        "referent" => one_of(&["\"none\"", "\"FT\"", "\"ML\"", "\"CAP_EMPLOI\"", "\"DEPT\"", "\"OTHER\"", "null"]).boxed(),
        "months" => prop_oneof![1u32..=120, prop::sample::select(vec![3u32, 4, 24, 25, 60, 61, 84, 85, 120])].prop_map(|n| n.to_string()).boxed(),
        "weekly_hours" => prop_oneof![4 => decimal_cents(1500, 4000), 1 => decimal_cents(1, 16800)].boxed(),
        "hourly_rate" => prop_oneof![Just("null".to_owned()), decimal_cents(500, 3000), decimal_cents(1, 100_000)].boxed(),
        "extension" => one_of(&["null", "\"training\"", "\"senior\"", "\"rqth\"", "\"difficulties\""]).boxed(),
        "employer" => one_of(&["\"private\"", "\"public\""]).boxed(),
        // Version 1.1.
        "couple" | "isolated_parent" | "in_prison" => one_of(&["true", "false"]).boxed(),
        "children" => (0u32..=12).prop_map(|n| n.to_string()).boxed(),
        "housing" => one_of(&["\"tenant_without_aid\"", "\"tenant_with_aid\"", "\"owner_no_loan\"", "\"housed_free\""]).boxed(),
        "partner_earnings" | "other_resources" | "earnings_before" => decimal_cents(0, 300_000).boxed(),
        "headcount" => one_of(&["\"under_11\"", "\"11_to_49\"", "\"50_plus\""]).boxed(),
        "atmp_rate" | "mobility_rate" => decimal_cents(0, 500).boxed(),
        "modulated_percent" => decimal_cents(0, 1000).boxed(),
        "activity_charges" => decimal_cents(1, 100_000_000).boxed(),
        "sales_revenue" => decimal_cents(0, 100_000_000).boxed(),
        _ => edge_value().boxed(),
    }
}

/// An object of some of `fields`, each with a value of its type.
fn typed_object(fields: &'static [&'static str]) -> impl Strategy<Value = String> {
    object_with(fields, typed_value)
}

/// An object of some of `fields`, each with a value from `value`.
fn object_with(fields: &'static [&'static str], value: fn(&'static str) -> BoxedStrategy<String>) -> impl Strategy<Value = String> {
    let pairs: Vec<BoxedStrategy<Option<(&'static str, String)>>> =
        fields.iter().map(|&f| prop::option::weighted(0.7, value(f).prop_map(move |v| (f, v))).boxed()).collect();
    pairs.prop_map(|pairs| format!("{{{}}}", pairs.into_iter().flatten().map(|(k, v)| format!("\"{k}\":{v}")).collect::<Vec<_>>().join(",")))
}

/// Inputs built from the contract's fields, each with a value of its type (sometimes an edge
/// or a wrong type): most reach the rules.
fn structured_input() -> impl Strategy<Value = String> {
    // The 1.1 objects with values of their type only (their edges are in `swapped_fields`).
    let view = prop::option::weighted(0.3, object_with(EMPLOYER_VIEW, typed_only));
    let extras = (prop::option::weighted(0.3, object_with(HOUSEHOLD, typed_only)), prop::option::weighted(0.2, object_with(STRUCTURE, typed_only)));
    (typed_value("as_of"), prop::option::weighted(0.9, typed_object(PERSON)), prop::option::weighted(0.8, typed_object(CONTRACT)), view, extras)
        .prop_map(|(as_of, person, contract, view, (household, structure))| {
            let mut parts = vec![format!("\"as_of\":{as_of}")];
            if let Some(p) = person {
                parts.push(format!("\"person\":{p}"));
            }
            if let Some(c) = contract {
                // start, months and weekly_hours are required: always there.
                let c = c.trim_end_matches('}').to_owned();
                let sep = if c.len() > 1 { "," } else { "" };
                let view = view.map(|v| format!(",\"employer_view\":{v}")).unwrap_or_default();
                parts.push(format!("\"contract\":{c}{sep}\"start\":\"2026-07-01\",\"months\":12,\"weekly_hours\":\"26\"{view}}}"));
            }
            if let Some(h) = household {
                parts.push(format!("\"household\":{h}"));
            }
            if let Some(s) = structure {
                parts.push(format!("\"structure\":{s}"));
            }
            format!("{{{}}}", parts.join(","))
        })
}

/// The valid input with one to three of its fields replaced by extreme values of their type
/// (first and last dates, 1 and 120 months, 0.01 and 168 hours…): most of these are
/// understood, so they exercise the rules at their edges.
fn swapped_fields() -> impl Strategy<Value = String> {
    let field = prop_oneof![
        Just(("", "as_of")),
        prop::sample::select(PERSON).prop_map(|f| ("person", f)),
        prop::sample::select(CONTRACT).prop_map(|f| ("contract", f)),
        prop::sample::select(HOUSEHOLD).prop_map(|f| ("household", f)),
        prop::sample::select(EMPLOYER_VIEW).prop_map(|f| ("employer_view", f)),
        prop::sample::select(STRUCTURE).prop_map(|f| ("structure", f)),
    ];
    let swap = field.prop_flat_map(|(object, key)| (Just((object, key)), prop_oneof![3 => extreme_value(key), 1 => typed_value(key)]));
    prop::collection::vec(swap, 1..4).prop_map(|swaps| {
        let mut v: serde_json::Value = serde_json::from_str(VALID_11).unwrap();
        for ((object, key), value) in swaps {
            let value: serde_json::Value = serde_json::from_str(&value).unwrap();
            let target = match object {
                "" => &mut v,
                "employer_view" => &mut v["contract"]["employer_view"],
                other => &mut v[other],
            };
            target[key] = value;
        }
        v.to_string()
    })
}

/// The extremes of a field's type that are still valid input.
fn extreme_value(field: &'static str) -> BoxedStrategy<String> {
    match field {
        "as_of" | "start" => one_of(&["\"2022-01-01\"", "\"2026-05-31\"", "\"2026-06-01\"", "\"2099-12-31\"", "\"2024-02-29\""]).boxed(),
        "birth_date" => one_of(&["\"1900-01-01\"", "\"1976-07-01\"", "\"2010-07-01\"", "\"2026-07-01\"", "\"2000-02-29\""]).boxed(),
        "previous_pass_end" => one_of(&["\"2022-01-01\"", "\"2024-07-01\"", "\"2024-07-02\"", "\"2026-07-01\"", "\"2099-12-31\""]).boxed(),
        "job_seeker_months" => one_of(&["0", "11", "12", "23", "24", "4294967295"]).boxed(),
        "months" => one_of(&["1", "3", "4", "24", "25", "60", "61", "84", "85", "120"]).boxed(),
        "weekly_hours" => one_of(&["\"0.01\"", "\"19.99\"", "\"20\"", "\"35\"", "\"35.01\"", "\"168\""]).boxed(),
        "hourly_rate" => one_of(&["\"0.01\"", "\"12.02\"", "\"12.31\"", "\"999.99\"", "\"1000\"", "null"]).boxed(),
        _ => typed_value(field),
    }
}

/// A valid input with a few bytes changed, removed or inserted.
fn mutated(base: &'static str) -> impl Strategy<Value = String> {
    prop::collection::vec((any::<usize>(), 0u8..3, prop::sample::select(b"{}[]\",:0123456789-.eaz \\".to_vec())), 1..4).prop_map(move |ops| {
        let mut bytes = base.as_bytes().to_vec();
        for (at, op, byte) in ops {
            if bytes.is_empty() {
                break;
            }
            let i = at % bytes.len();
            match op {
                0 => bytes[i] = byte,
                1 => {
                    bytes.remove(i);
                }
                _ => bytes.insert(i, byte),
            }
        }
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

#[test]
fn simulate_json_answers_any_text() {
    // The rejection path: next to nothing here is a valid input (no floor).
    run_counted("any text", "\\PC{0,120}", 0.0, |t| check_output(t));
}

#[test]
fn simulate_json_answers_any_mutation_of_a_valid_input() {
    // One to three bytes changed: a digit changed is still valid, most others are not (about
    // 1 % is accepted; the floor says some still reach the rules).
    run_counted("mutations of a valid input", prop_oneof![mutated(VALID), mutated(VALID_11)], 0.005, |t| check_output(t));
}

#[test]
fn simulate_json_answers_inputs_built_from_edge_values() {
    run_counted("inputs built from typed values", structured_input(), 0.5, |t| check_output(t));
}

#[test]
fn simulate_json_answers_valid_inputs_with_extreme_values() {
    run_counted("valid inputs with extreme values", swapped_fields(), 0.5, |t| check_output(t));
}

#[test]
fn objects_and_arrays_near_and_over_the_limits_are_read_or_refused_by_the_limit() {
    // Criteria (an array) and the person (an object, padded with repeated known keys) around
    // 64; the text stays under 1 MiB, so the item and key limits are what decides.
    let strategy = (48usize..80, 48usize..80, any::<bool>());
    run_counted("near the limits", strategy, 0.2, |&(items, keys, pad_person)| {
        let criteria = vec!["\"QPV\""; items].join(",");
        let padding = if pad_person { vec!["\"rqth\":false"; keys.saturating_sub(1)].join(",") + "," } else { String::new() };
        let input = format!(r#"{{"as_of":"2026-07-01","person":{{{padding}"criteria":[{criteria}]}},"contract":{{"start":"2026-07-01","months":12,"weekly_hours":"26"}}}}"#);
        let out = json::parse(&simulate_json(&input)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let message = out.get("error").and_then(|e| e.get("message")).and_then(Json::as_str).map(str::to_owned);
        let path = out.get("error").and_then(|e| e.get("path")).and_then(Json::as_str).map(str::to_owned);
        if pad_person && keys > 64 {
            prop_assert_eq!(message.as_deref(), Some("an object has more keys than the limit of 64"));
            prop_assert_eq!(path.as_deref(), Some("person"));
        } else if items > 64 {
            prop_assert_eq!(message.as_deref(), Some("an array has more items than the limit of 64"));
            prop_assert_eq!(path.as_deref(), Some("person.criteria"));
        } else {
            prop_assert_eq!(message, None);
        }
        check_value(&out, &input)
    });
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_share_decoder_answers_any_fragment_and_is_stable(text in "[#a-z0-9=&,._%+-]{0,200}|\\PC{0,80}") {
        let decoded = share::decode(&text);
        // What was kept encodes and decodes back to itself, with nothing dropped.
        let again = share::decode(&share::encode(&decoded.answers, decoded.screen.as_deref()));
        prop_assert_eq!(&again.answers, &decoded.answers);
        prop_assert!(again.problems.is_empty(), "{:?} from {:?}", again.problems, text);
        // And the engine answers what the decoder kept: a result that holds its arithmetic,
        // or a structured error.
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        match tremplin::api::simulate(&decoded.answers.to_input(today)) {
            Ok(out) => {
                check_value(&tremplin::api::output_json(&out), &text)?;
            }
            Err(e) => prop_assert!(matches!(e.code, "invalid_input" | "date_not_covered") && !e.message.is_empty(), "{:?}", e),
        }
    }

    #[test]
    fn the_share_decoder_answers_any_mutation_of_a_full_link(text in mutated(FULL_LINK)) {
        let decoded = share::decode(&text);
        let again = share::decode(&share::encode(&decoded.answers, decoded.screen.as_deref()));
        prop_assert_eq!(again.answers, decoded.answers);
    }

    #[test]
    fn host_options_are_read_as_given(
        options in prop::collection::vec((prop::sample::select(OPTION_NAMES), prop::sample::select(OPTION_VALUES)), 0..8),
        noise in "\\PC{0,40}",
    ) {
        let query = options.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&");
        let o = tremplin::embed::options::parse(&format!("?{query}"));
        // The last value of each option decides; every unknown option or value is reported.
        let decoded: Vec<(&str, String)> = options.iter().map(|(k, v)| (*k, tremplin::embed::options::percent_decode(v))).collect();
        let last = |name: &str| decoded.iter().rev().find(|(k, _)| *k == name).map(|(_, v)| v.as_str());
        prop_assert_eq!(o.embedded, last("embed") == Some("1"));
        prop_assert_eq!(o.compact, last("compact").is_some_and(|v| v != "0"));
        prop_assert_eq!(o.wants_result, last("events").is_some_and(|v| v.split(',').any(|e| e == "result")));
        // A bad start screen or origin is ignored: the last good one stays.
        let start = decoded.iter().rev().filter(|(k, _)| *k == "start").find_map(|(_, v)| tremplin::present::screen::Screen::from_name(v));
        prop_assert_eq!(o.start, start);
        let host = decoded.iter().rev().filter(|(k, _)| *k == "origin").find_map(|(_, v)| tremplin::embed::options::valid_origin(v));
        prop_assert_eq!(o.host, host);
        if options.iter().any(|(k, _)| *k == "bogus") {
            prop_assert!(o.console.iter().any(|c| c.contains("unknown option \"bogus\"")));
        }
        // And any text at all is read without a panic.
        let _never_panics = tremplin::embed::options::parse(&noise);
    }

    #[test]
    fn host_messages_are_understood_exactly_when_they_are_the_protocols_hello(
        source in prop::sample::select(&["tremplin-host", "tremplin", "someone", ""][..]),
        v in prop::sample::select(&["0", "1", "2", "1.0", "\"1\"", "-1", "99999999999"][..]),
        kind in prop::sample::select(&["hello", "ready", "result", "HELLO", ""][..]),
        extra in 0usize..20,
        noise in "\\PC{0,80}",
    ) {
        let padding: String = (0..extra).map(|i| format!(",\"x{i}\":{i}")).collect();
        let text = format!(r#"{{"source":"{source}","v":{v},"type":"{kind}"{padding}}}"#);
        let expected = (source == "tremplin-host" && matches!(v, "0" | "1") && kind == "hello" && extra <= 13)
            .then_some(tremplin::embed::protocol::Incoming::Hello);
        prop_assert_eq!(tremplin::embed::protocol::parse_incoming(&text), expected, "{}", text);
        // Arbitrary text is never a message.
        prop_assert_eq!(tremplin::embed::protocol::parse_incoming(&noise), None);
    }
}

const OPTION_NAMES: &[&str] = &["embed", "origin", "theme", "lang", "compact", "start", "lock", "events", "bogus"];
const OPTION_VALUES: &[&str] = &[
    "1", "0", "", "https%3A%2F%2Fportail.example.fr", "http://127.0.0.1:8080", "javascript:alert(1)", "%2300a", "%23ffd700",
    "red", "fr", "en", "resultats", "conseiller", "nowhere", "department,birth_date", "salary", "result", "step,result", "%",
];

const FULL_LINK: &str = "v=1&b=1999-03-14&d=2A&e=0&r=1&m=14&bf=RSA,AAH&h=0&c=PI,QPV&j=none&rf=none&p=1&pe=2023-03-31&a=2026-07-01&cs=2026-07-01&cm=30&cw=26.5&cr=13.54&cd=0&cx=senior&ce=public&s=resultats";
