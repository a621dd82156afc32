//! Property-based fuzzing of the two decoders of outside data: `simulate_json` (partners,
//! tests, the app's export) and the share-link / pre-fill decoder (URL fragments, storage,
//! host portals), plus the host's options and messages. Every input must give a structured
//! error or a valid result, never a panic, never an arithmetic overflow (run with overflow
//! checks, see `Cargo.toml` `[profile.fuzz]`).
//!
//! `cargo test --test fuzz` runs a quick pass; `scripts/test` runs the bounded run
//! (`TREMPLIN_FUZZ_CASES`, 100 000 cases per property: 400 000 inputs for `simulate_json`,
//! 200 000 for the share decoder) with
//! `--profile fuzz`. A longer run: `TREMPLIN_FUZZ_CASES=2000000 cargo test --profile fuzz --test fuzz`.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use proptest::test_runner::Config;
use tremplin::answers::share;
use tremplin::api::json::{self, Json};
use tremplin::api::simulate_json;

fn cases() -> u32 {
    std::env::var("TREMPLIN_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(3000)
}

fn config() -> Config {
    Config { cases: cases(), failure_persistence: None, ..Config::default() }
}

/// Checks the shape of what `simulate_json` returned.
fn check_output(input: &str) -> Result<(), TestCaseError> {
    let text = simulate_json(input);
    let out = json::parse(&text).map_err(|e| TestCaseError::fail(format!("not JSON ({e}) for input {input:?}")))?;
    if let Some(error) = out.get("error") {
        let code = error.get("code").and_then(Json::as_str);
        prop_assert!(matches!(code, Some("invalid_input" | "date_not_covered")), "bad error code {code:?} for {input:?}");
        prop_assert!(error.get("path").and_then(Json::as_str).is_some());
        prop_assert!(error.get("message").and_then(Json::as_str).is_some_and(|m| !m.is_empty()));
        return Ok(());
    }
    prop_assert!(out.get("rules_version").and_then(Json::as_str).is_some(), "no rules_version for {input:?}");
    let structures = out.get("eligibility").and_then(|e| e.get("structures"));
    prop_assert_eq!(structures.map(|s| s.keys().count()), Some(5));
    prop_assert!(out.get("routing").and_then(|r| r.get("primary")).and_then(Json::as_str).is_some());
    if let Some(c) = out.get("contract") {
        let valid = c.get("valid").and_then(Json::as_bool);
        let errors = c.get("errors").and_then(Json::as_array).map(<[Json]>::len);
        prop_assert_eq!(valid, errors.map(|n| n == 0), "valid must mean no errors");
        prop_assert!(c.get("months").and_then(Json::as_array).is_some_and(|m| !m.is_empty()));
        if let Some(v) = c.get("employer_view") {
            prop_assert!(v.get("months").and_then(Json::as_array).is_some(), "employer_view without months for {input:?}");
            prop_assert!(v.get("totals").and_then(|t| t.get("cost_after_all")).and_then(Json::as_str).is_some());
        }
    }
    if let Some(r) = out.get("revenue_cap") {
        let status = r.get("status").and_then(Json::as_str);
        prop_assert!(matches!(status, Some("within" | "derogation_possible" | "above_limit")), "bad status {status:?} for {input:?}");
    }
    if let Some(income) = out.get("income") {
        prop_assert!(out.get("contract").is_some(), "income without a contract for {input:?}");
        let rows = income.get("months").and_then(Json::as_array).unwrap_or(&[]);
        prop_assert!(!rows.is_empty(), "no income rows for {input:?}");
        let amount = |row: &Json, field: &str| row.get(field).and_then(Json::as_str).and_then(|t| t.parse::<rust_decimal::Decimal>().ok());
        for row in rows {
            let (net, prime, total) = (amount(row, "net"), amount(row, "prime"), amount(row, "total"));
            prop_assert!(prime.is_some_and(|p| p >= rust_decimal::Decimal::ZERO), "prime {prime:?} for {input:?}");
            prop_assert_eq!(total, net.zip(prime).map(|(n, p)| n + p));
            prop_assert_eq!(row.get("reference_months").and_then(Json::as_array).map(<[Json]>::len), Some(3));
        }
        prop_assert!(income.get("notices").and_then(Json::as_array).is_some_and(|n| !n.is_empty()));
    }
    Ok(())
}

const VALID: &str = r#"{"as_of":"2026-07-01","person":{"birth_date":"1999-03-14","department":"59","employed":false,"job_seeker_months":14,"benefits":["RSA"],"rqth":false,"criteria":["QPV","PI"],"justice":"none","referent":"none","previous_pass_end":null},"contract":{"start":"2026-07-01","months":12,"weekly_hours":"26.00","hourly_rate":null,"under_20h_derogation":false,"extension":null,"employer":"private"},"household":{"couple":true,"children":2,"isolated_parent":false,"housing":"tenant_with_aid","partner_earnings":"900.00","other_resources":"150.00","earnings_before":"300.00"}}"#;

/// The same with the version 1.1 fields of the structure's side (employer.md §5).
const VALID_11: &str = r#"{"as_of":"2026-07-01","person":{"birth_date":"1999-03-14","department":"59","employed":false,"job_seeker_months":14,"benefits":["RSA"],"rqth":false,"criteria":["QPV","PI"],"justice":"none","referent":"none","previous_pass_end":null},"contract":{"start":"2026-07-01","months":12,"weekly_hours":"26.00","hourly_rate":null,"under_20h_derogation":false,"extension":null,"employer":"private","employer_view":{"headcount":"11_to_49","atmp_rate":"1.50","mobility_rate":"0.00","modulated_percent":"0.00","in_prison":false}},"structure":{"activity_charges":"250000.00","sales_revenue":"60000.00"}}"#;

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
        // Version 1.1 household values.
        "13", "2", "\"0.00\"", "\"726.29\"", "\"1698.78\"", "\"999999999.99\"", "\"tenant_without_aid\"",
        "\"tenant_with_aid\"", "\"owner_no_loan\"", "\"housed_free\"", "\"2023-03-01\"", "\"2023-08-01\"",
        "\"2025-02-01\"", "\"2025-03-01\"", "\"2026-04-01\"",
        "\"under_11\"", "\"11_to_49\"", "\"50_plus\"", "\"0.49\"", "\"0.50\"", "\"1.50\"", "\"5.00\"", "\"5.01\"",
        "\"10.00\"", "\"10.01\"", "\"100\"", "\"100.01\"", "\"29.99\"", "\"999999999.99\"", "\"57\"", "\"974\"",
        "\"2025-12-31\"", "\"2026-03-01\"", "\"2024-06-30\"", "\"2024-07-01\"",
    ])
    .prop_map(str::to_owned)
}

fn object_of(fields: &'static [&'static str], extra: impl Strategy<Value = Option<String>>) -> impl Strategy<Value = String> {
    (prop::collection::vec((prop::sample::select(fields), edge_value()), 0..fields.len() + 2), extra).prop_map(|(pairs, extra)| {
        let mut parts: Vec<String> = pairs.into_iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
        if let Some(e) = extra {
            parts.push(e);
        }
        format!("{{{}}}", parts.join(","))
    })
}

const PERSON: &[&str] = &[
    "birth_date", "department", "employed", "job_seeker_months", "benefits", "rqth", "criteria", "justice", "referent",
    "previous_pass_end",
];
const CONTRACT: &[&str] = &["start", "months", "weekly_hours", "hourly_rate", "under_20h_derogation", "extension", "employer"];
const HOUSEHOLD: &[&str] =
    &["couple", "children", "isolated_parent", "housing", "partner_earnings", "other_resources", "earnings_before"];
const EMPLOYER_VIEW: &[&str] = &["headcount", "atmp_rate", "mobility_rate", "modulated_percent", "in_prison"];
const STRUCTURE: &[&str] = &["activity_charges", "sales_revenue"];

/// Inputs built from the contract's fields with edge values: they reach deep into the rules.
fn structured_input() -> impl Strategy<Value = String> {
    let view = prop::option::of(object_of(EMPLOYER_VIEW, Just(None)).prop_map(|v| format!("\"employer_view\":{v}")));
    let structure = prop::option::of(object_of(STRUCTURE, Just(None)));
    let household = prop::option::of(object_of(HOUSEHOLD, Just(None)));
    (edge_value(), object_of(PERSON, Just(None)), prop::option::of(object_of(CONTRACT, view)), (structure, household), any::<bool>())
        .prop_map(|(as_of, person, contract, (structure, household), with_person)| {
            let mut parts = vec![format!("\"as_of\":{as_of}")];
            if with_person {
                parts.push(format!("\"person\":{person}"));
            }
            if let Some(c) = contract {
                parts.push(format!("\"contract\":{c}"));
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

/// The valid input with one to three of its fields replaced by edge values: most of these are
/// understood, so they exercise the rules with extreme dates, durations, hours and rates.
fn swapped_fields() -> impl Strategy<Value = String> {
    let field = prop_oneof![
        Just(("", "as_of")),
        prop::sample::select(PERSON).prop_map(|f| ("person", f)),
        prop::sample::select(CONTRACT).prop_map(|f| ("contract", f)),
        prop::sample::select(HOUSEHOLD).prop_map(|f| ("household", f)),
        prop::sample::select(EMPLOYER_VIEW).prop_map(|f| ("employer_view", f)),
        prop::sample::select(STRUCTURE).prop_map(|f| ("structure", f)),
    ];
    prop::collection::vec((field, edge_value()), 1..4).prop_map(|swaps| {
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

proptest! {
    #![proptest_config(config())]

    #[test]
    fn simulate_json_answers_any_text(text in "\\PC{0,120}") {
        check_output(&text)?;
    }

    #[test]
    fn simulate_json_answers_any_mutation_of_a_valid_input(text in prop_oneof![mutated(VALID), mutated(VALID_11)]) {
        check_output(&text)?;
    }

    #[test]
    fn simulate_json_answers_inputs_built_from_edge_values(text in structured_input()) {
        check_output(&text)?;
    }

    #[test]
    fn simulate_json_answers_valid_inputs_with_extreme_values(text in swapped_fields()) {
        check_output(&text)?;
    }

    #[test]
    fn the_share_decoder_answers_any_fragment_and_is_stable(text in "[#a-z0-9=&,._%+-]{0,200}|\\PC{0,80}") {
        let decoded = share::decode(&text);
        // What was kept encodes and decodes back to itself, with nothing dropped.
        let again = share::decode(&share::encode(&decoded.answers, decoded.screen.as_deref()));
        prop_assert_eq!(&again.answers, &decoded.answers);
        prop_assert!(again.problems.is_empty(), "{:?} from {:?}", again.problems, text);
        // And the engine takes what the decoder kept.
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let _ = tremplin::api::simulate(&decoded.answers.to_input(today));
    }

    #[test]
    fn the_share_decoder_answers_any_mutation_of_a_full_link(text in mutated(FULL_LINK)) {
        let decoded = share::decode(&text);
        let again = share::decode(&share::encode(&decoded.answers, decoded.screen.as_deref()));
        prop_assert_eq!(again.answers, decoded.answers);
    }

    #[test]
    fn host_options_and_messages_never_panic(query in "\\PC{0,120}", message in "\\PC{0,80}") {
        let _ = tremplin::embed::options::parse(&query);
        let _ = tremplin::embed::protocol::parse_incoming(&message);
    }
}

const FULL_LINK: &str = "v=1&b=1999-03-14&d=2A&e=0&r=1&m=14&bf=RSA,AAH&h=0&c=PI,QPV&j=none&rf=none&p=1&pe=2023-03-31&a=2026-07-01&cs=2026-07-01&cm=30&cw=26.5&cr=13.54&cd=0&cx=senior&ce=public&s=resultats";
