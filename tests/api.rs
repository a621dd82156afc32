//! The JSON API: the contract's example answers with the contract's fields, and malformed
//! input of every kind gives `{"error": {code, path, message}}`, never a panic.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use tremplin::api::simulate_json;

mod common;

/// The example input of shared/api-contract.md.
fn example() -> Value {
    json!({
        "as_of": "2026-07-01",
        "person": {
            "birth_date": "1999-03-14", "department": "59", "employed": false, "job_seeker_months": 14,
            "benefits": ["RSA"], "rqth": false, "criteria": ["QPV", "PI"], "justice": "none",
            "referent": "none", "previous_pass_end": null
        },
        "contract": {
            "start": "2026-07-01", "months": 12, "weekly_hours": "26.00", "hourly_rate": null,
            "under_20h_derogation": false, "extension": null, "employer": "private"
        }
    })
}

fn run(input: &str) -> Value {
    serde_json::from_str(&simulate_json(input)).expect("simulate_json always returns JSON")
}

#[test]
fn the_contract_example_gets_every_field_of_the_contract() {
    let out = run(&example().to_string());
    assert_eq!(out["rules_version"], "2026-06-01");
    let e = &out["eligibility"];
    for kind in ["ACI", "EI", "EITI", "AI", "ETTI"] {
        for field in ["status", "level1", "level2", "level2_required"] {
            assert!(!e["structures"][kind][field].is_null(), "structures.{kind}.{field}");
        }
        assert_eq!(e["structures"][kind]["status"], "eligible");
    }
    assert_eq!(e["criteria"][0], json!({"code": "RSA", "level": 1, "from": "benefits"}));
    assert_eq!(e["reasons"], json!([{"code": "LEVEL1_CRITERION", "refs": ["R5132-1-7"]}]));
    assert_eq!(e["missing"], json!([]));
    assert_eq!(e["proofs"][0], json!({"criterion": "RSA", "document": "RSA_CERTIFICATE", "issued_on_or_after": "2026-04-01"}));
    // routing.md open point 6: at 27 the contract's illustrative "ML" does not apply.
    assert_eq!(out["routing"]["primary"], "DEPT");
    assert_eq!(out["routing"]["alternatives"], json!(["FT"]));
    assert_eq!(out["routing"]["reasons"], json!([{"code": "RSA_ORIENTATION", "refs": ["L5411-5-1"]}]));
    let c = &out["contract"];
    assert_eq!(c["valid"], true);
    assert_eq!(c["errors"], json!([]));
    assert_eq!(c["warnings"], json!([]));
    assert_eq!(c["end"], "2027-06-30");
    assert_eq!(
        c["months"][0],
        json!({"month": "2026-07", "days": 31, "hours": "112.67", "hourly_rate": "12.31",
               "gross": "1386.93", "employee_contributions": "289.04", "net": "1097.89"})
    );
    assert_eq!(c["months"].as_array().unwrap().len(), 12);
    for field in ["hours", "gross", "net"] {
        assert!(c["totals"][field].as_str().unwrap().contains('.'), "totals.{field}");
    }
    assert_eq!(c["pension_quarters"], json!({"2026": 4, "2027": 4}));
}

#[test]
fn without_a_contract_only_eligibility_and_routing_are_computed() {
    let mut input = example();
    input.as_object_mut().unwrap().remove("contract");
    let out = run(&input.to_string());
    assert!(out.get("contract").is_none());
    assert_eq!(out["routing"]["primary"], "DEPT");
}

/// Checks that `input` gives an `invalid_input` error whose path is `path`.
fn assert_invalid(input: &str, path: &str) {
    let out = run(input);
    let error = out.get("error").unwrap_or_else(|| panic!("no error for {input}: {out}"));
    assert_eq!(error["code"], "invalid_input", "{input}");
    assert_eq!(error["path"], path, "{input}: {error}");
    assert!(error["message"].as_str().is_some_and(|m| !m.is_empty()), "{input}");
    assert_eq!(out.as_object().unwrap().len(), 1, "an error comes alone: {out}");
}

fn with(path: &[&str], value: Value) -> String {
    let mut input = example();
    input["household"] = json!({});
    let mut target = &mut input;
    for key in &path[..path.len() - 1] {
        target = target.get_mut(*key).unwrap();
    }
    target.as_object_mut().unwrap().insert(path[path.len() - 1].to_owned(), value);
    input.to_string()
}

#[test]
fn hundreds_of_malformed_inputs_each_get_a_structured_error() {
    let mut checked = 0;

    // Not JSON at all: every truncation of a valid input, and assorted garbage.
    let valid = example().to_string();
    for end in 0..valid.len() {
        if valid.is_char_boundary(end) {
            assert_invalid(&valid[..end], "");
            checked += 1;
        }
    }
    for garbage in ["", " ", "null", "[]", "42", "\"text\"", "true", "{", "}", "{\"as_of\":}", "NaN", "{\"as_of\": 2026}", "\u{feff}{}"] {
        let out = run(garbage);
        assert_eq!(out["error"]["code"], "invalid_input", "{garbage:?}");
        checked += 1;
    }

    // Wrong types, unknown codes, impossible values, field by field.
    let bad: &[(&[&str], Value, &str)] = &[
        (&["as_of"], json!("2026-02-30"), "as_of"),
        (&["as_of"], json!("2026-13-01"), "as_of"),
        (&["as_of"], json!("2026-00-10"), "as_of"),
        (&["as_of"], json!("2026-7-1"), "as_of"),
        (&["as_of"], json!("01/07/2026"), "as_of"),
        (&["as_of"], json!("2026-07-01T00:00:00Z"), "as_of"),
        (&["as_of"], json!(""), "as_of"),
        (&["as_of"], json!(20260701), "as_of"),
        (&["as_of"], json!(null), "as_of"),
        (&["person"], json!([]), "person"),
        (&["person"], json!("adult"), "person"),
        (&["person", "birth_date"], json!("1999-02-29"), "person.birth_date"),
        (&["person", "birth_date"], json!("2026-07-02"), "person.birth_date"),
        (&["person", "birth_date"], json!(1999), "person.birth_date"),
        (&["person", "department"], json!("20"), "person.department"),
        (&["person", "department"], json!("99"), "person.department"),
        (&["person", "department"], json!("2a"), "person.department"),
        (&["person", "department"], json!(59), "person.department"),
        (&["person", "employed"], json!("no"), "person.employed"),
        (&["person", "employed"], json!(0), "person.employed"),
        (&["person", "job_seeker_months"], json!(-1), "person.job_seeker_months"),
        (&["person", "job_seeker_months"], json!(1.5), "person.job_seeker_months"),
        (&["person", "job_seeker_months"], json!("14"), "person.job_seeker_months"),
        (&["person", "job_seeker_months"], json!(1e20), "person.job_seeker_months"),
        (&["person", "job_seeker_months"], json!(5_000_000_000u64), "person.job_seeker_months"),
        (&["person", "benefits"], json!("RSA"), "person.benefits"),
        (&["person", "benefits"], json!(["RSA", "CHOMAGE"]), "person.benefits[1]"),
        (&["person", "benefits"], json!([1]), "person.benefits[0]"),
        (&["person", "rqth"], json!("yes"), "person.rqth"),
        (&["person", "criteria"], json!(["QPV", "JEUNE"]), "person.criteria[1]"),
        (&["person", "criteria"], json!(["RSA"]), "person.criteria[0]"),
        (&["person", "criteria"], json!(["qpv"]), "person.criteria[0]"),
        (&["person", "criteria"], json!({"QPV": true}), "person.criteria"),
        (&["person", "justice"], json!("prison"), "person.justice"),
        (&["person", "justice"], json!(true), "person.justice"),
        (&["person", "referent"], json!("PLIE"), "person.referent"),
        (&["person", "previous_pass_end"], json!("2025-02-29"), "person.previous_pass_end"),
        (&["person", "rqht"], json!(true), "person.rqht"),
        (&["contract"], json!(true), "contract"),
        (&["contract", "start"], json!(null), "contract.start"),
        (&["contract", "start"], json!("2026-06-31"), "contract.start"),
        (&["contract", "months"], json!(-3), "contract.months"),
        (&["contract", "months"], json!(0), "contract.months"),
        (&["contract", "months"], json!(12.5), "contract.months"),
        (&["contract", "months"], json!("12"), "contract.months"),
        (&["contract", "months"], json!(121), "contract.months"),
        (&["contract", "months"], json!(null), "contract.months"),
        (&["contract", "weekly_hours"], json!(26), "contract.weekly_hours"),
        (&["contract", "weekly_hours"], json!("0"), "contract.weekly_hours"),
        (&["contract", "weekly_hours"], json!("0.00"), "contract.weekly_hours"),
        (&["contract", "weekly_hours"], json!("-26"), "contract.weekly_hours"),
        (&["contract", "weekly_hours"], json!("26.555"), "contract.weekly_hours"),
        (&["contract", "weekly_hours"], json!("26,5"), "contract.weekly_hours"),
        (&["contract", "weekly_hours"], json!("1e2"), "contract.weekly_hours"),
        (&["contract", "weekly_hours"], json!(" 26"), "contract.weekly_hours"),
        (&["contract", "weekly_hours"], json!("26."), "contract.weekly_hours"),
        (&["contract", "weekly_hours"], json!(".5"), "contract.weekly_hours"),
        (&["contract", "weekly_hours"], json!("169"), "contract.weekly_hours"),
        (&["contract", "weekly_hours"], json!("99999999999999999999"), "contract.weekly_hours"),
        (&["contract", "weekly_hours"], json!(""), "contract.weekly_hours"),
        (&["contract", "hourly_rate"], json!("0"), "contract.hourly_rate"),
        (&["contract", "hourly_rate"], json!("-12.31"), "contract.hourly_rate"),
        (&["contract", "hourly_rate"], json!("12.315"), "contract.hourly_rate"),
        (&["contract", "hourly_rate"], json!("1000.01"), "contract.hourly_rate"),
        (&["contract", "hourly_rate"], json!(12.31), "contract.hourly_rate"),
        (&["contract", "under_20h_derogation"], json!("false"), "contract.under_20h_derogation"),
        (&["contract", "extension"], json!("age"), "contract.extension"),
        (&["contract", "employer"], json!("association"), "contract.employer"),
        (&["contract", "hours"], json!("26"), "contract.hours"),
        (&["extra"], json!(1), "extra"),
        // Version 1.1: the household (api-contract.md "Version 1.1 additions").
        (&["household"], json!([]), "household"),
        (&["household"], json!("single"), "household"),
        (&["household"], json!(false), "household"),
        (&["household", "couple"], json!("yes"), "household.couple"),
        (&["household", "couple"], json!(1), "household.couple"),
        (&["household", "children"], json!(-1), "household.children"),
        (&["household", "children"], json!(13), "household.children"),
        (&["household", "children"], json!(2.5), "household.children"),
        (&["household", "children"], json!("2"), "household.children"),
        (&["household", "children"], json!(5_000_000_000u64), "household.children"),
        (&["household", "isolated_parent"], json!("false"), "household.isolated_parent"),
        (&["household", "housing"], json!("tenant"), "household.housing"),
        (&["household", "housing"], json!("TENANT_WITH_AID"), "household.housing"),
        (&["household", "housing"], json!(["owner_no_loan"]), "household.housing"),
        (&["household", "partner_earnings"], json!(1200), "household.partner_earnings"),
        (&["household", "partner_earnings"], json!("-1.00"), "household.partner_earnings"),
        (&["household", "partner_earnings"], json!("1200.555"), "household.partner_earnings"),
        (&["household", "partner_earnings"], json!("1 200"), "household.partner_earnings"),
        (&["household", "other_resources"], json!("1e3"), "household.other_resources"),
        (&["household", "other_resources"], json!("1234567890"), "household.other_resources"),
        (&["household", "other_resources"], json!(""), "household.other_resources"),
        (&["household", "earnings_before"], json!("12,50"), "household.earnings_before"),
        (&["household", "earnings_before"], json!(true), "household.earnings_before"),
        (&["household", "partner"], json!(true), "household.partner"),
    ];
    for (path, value, expected_path) in bad {
        assert_invalid(&with(path, value.clone()), expected_path);
        checked += 1;
    }

    // Type confusion on every field of the person and the contract.
    for (object, fields) in [
        ("person", &["birth_date", "department", "employed", "job_seeker_months", "benefits", "rqth", "criteria", "justice", "referent", "previous_pass_end"][..]),
        ("contract", &["start", "months", "weekly_hours", "hourly_rate", "under_20h_derogation", "extension", "employer"][..]),
        ("household", &["couple", "children", "isolated_parent", "housing", "partner_earnings", "other_resources", "earnings_before"][..]),
    ] {
        for field in fields {
            for value in [json!({}), json!([[]]), json!(-7.25), json!("§")] {
                let expected = if value.is_array() && matches!(*field, "benefits" | "criteria") {
                    format!("{object}.{field}[0]")
                } else {
                    format!("{object}.{field}")
                };
                assert_invalid(&with(&[object, field], value), &expected);
                checked += 1;
            }
        }
    }
    // Version 1.1 (employer.md §5): type confusion on every field of the employer view and
    // the structure, each reported at its own path.
    let mut v11 = example();
    v11["contract"]["employer_view"] = json!({"headcount": "11_to_49", "atmp_rate": "1.50", "mobility_rate": "0.00", "modulated_percent": "0.00", "in_prison": false});
    v11["structure"] = json!({"activity_charges": "250000.00", "sales_revenue": "60000.00"});
    assert!(run(&v11.to_string()).get("error").is_none(), "the 1.1 example is understood");
    for (object, fields) in [
        (&["contract", "employer_view"][..], &["headcount", "atmp_rate", "mobility_rate", "modulated_percent", "in_prison"][..]),
        (&["structure"][..], &["activity_charges", "sales_revenue"][..]),
    ] {
        for field in fields {
            for value in [json!({}), json!([[]]), json!(-7.25), json!("§"), json!("-1"), json!("1.001")] {
                if *field == "in_prison" && value.is_string() && value != json!("§") {
                    continue;
                }
                let mut input = v11.clone();
                let mut target = &mut input;
                for key in object {
                    target = &mut target[*key];
                }
                target[*field] = value;
                assert_invalid(&input.to_string(), &format!("{}.{field}", object.join(".")));
                checked += 1;
            }
        }
    }
    for (path, value) in [("contract.employer_view", json!(7)), ("structure", json!([]))] {
        let mut input = v11.clone();
        match path {
            "structure" => input["structure"] = value,
            _ => input["contract"]["employer_view"] = value,
        }
        assert_invalid(&input.to_string(), path);
        checked += 1;
    }
    assert!(checked >= 340, "only {checked} malformed inputs were checked");
}

#[test]
fn a_date_before_the_parameter_tables_is_refused_with_its_own_code() {
    let out = run(&with(&["as_of"], json!("2021-12-31")));
    assert_eq!(out["error"]["code"], "date_not_covered");
    assert_eq!(out["error"]["path"], "as_of");
    let out = run(&with(&["contract", "start"], json!("2021-11-01")));
    assert_eq!(out["error"]["code"], "date_not_covered");
    assert_eq!(out["error"]["path"], "contract.start");
}

#[test]
fn absent_and_null_mean_unanswered_and_duplicates_count_once() {
    let out = run(r#"{"as_of": "2026-07-01", "person": null}"#);
    assert_eq!(out["eligibility"]["structures"]["ACI"]["status"], "incomplete");
    let out = run(r#"{"as_of": "2026-07-01", "person": {"benefits": ["RSA", "RSA"], "criteria": ["QPV", "QPV"]}}"#);
    assert_eq!(out["eligibility"]["structures"]["ACI"]["level1"], 1);
    assert_eq!(out["eligibility"]["structures"]["ACI"]["level2"], 1);
    let out = run(r#"{"as_of": "2026-07-01", "contract": {"start": "2026-07-01", "months": 12, "weekly_hours": "26"}}"#);
    assert_eq!(out["contract"]["months"][0]["gross"], "1386.93");
}

// ---------------------------------------------------------------------------------------
// Version 1.1: `household` in, `income` out (api-contract.md; prime-activite.md §4).
// ---------------------------------------------------------------------------------------

#[test]
fn a_household_gives_the_income_of_the_contract_version_1_1() {
    // The contract's 1.1 example row, and the worked example of prime-activite.md §3.
    let mut input = example();
    input["household"] = json!({"couple": false, "children": 0, "isolated_parent": false, "housing": "tenant_without_aid",
                                "partner_earnings": "0.00", "other_resources": "0.00", "earnings_before": "0.00"});
    let out = run(&input.to_string());
    let income = &out["income"];
    let months = income["months"].as_array().unwrap();
    assert_eq!(months.len(), 16);
    assert_eq!(
        months[0],
        json!({"month": "2026-07", "net": "1097.89", "prime": "0.00", "total": "1097.89",
               "reference_months": ["2026-03", "2026-04", "2026-05"]})
    );
    assert_eq!(months[3]["prime"], "192.95");
    assert_eq!(months[3]["total"], "1290.84");
    assert_eq!(months[6]["prime"], "289.42");
    assert_eq!(months[12], json!({"month": "2027-07", "net": "0.00", "prime": "289.42", "total": "289.42",
                                  "reference_months": ["2027-03", "2027-04", "2027-05"]}));
    assert_eq!(income["notices"][0], json!({"code": "PA_LAG", "refs": ["CSS R843-1"]}));
    let codes: Vec<&str> = income["notices"].as_array().unwrap().iter().map(|n| n["code"].as_str().unwrap()).collect();
    assert!(codes.contains(&"RSA_RECALCULATED"), "the example person has the RSA: {codes:?}");
    assert_eq!(income["pay_counts_from"], "2026-10");
    // Totals are the sums of the rows.
    let sum = |field: &str| months.iter().map(|m| m[field].as_str().unwrap().parse::<rust_decimal::Decimal>().unwrap()).sum::<rust_decimal::Decimal>();
    for field in ["net", "prime", "total"] {
        assert_eq!(income["totals"][field].as_str().unwrap().parse::<rust_decimal::Decimal>().unwrap(), sum(field), "totals.{field}");
    }
    // An empty household takes the defaults: the same answer.
    input["household"] = json!({});
    assert_eq!(run(&input.to_string())["income"], out["income"]);
}

#[test]
fn a_household_without_a_contract_adds_nothing() {
    // prime-activite.md P1: the prime needs a contract.
    let mut input = example();
    input.as_object_mut().unwrap().remove("contract");
    let without = simulate_json(&input.to_string());
    input["household"] = json!({"children": 2});
    assert_eq!(simulate_json(&input.to_string()), without);
}

#[test]
fn a_reference_month_before_the_prime_tables_is_refused_on_the_household_path() {
    // The montant forfaitaire is encoded from 2023-04-01: a contract from June 2023 would use
    // March 2023. Without a household the same contract is computed.
    let mut input = example();
    input["as_of"] = json!("2023-06-01");
    input["contract"]["start"] = json!("2023-06-01");
    assert!(run(&input.to_string()).get("contract").is_some());
    input["household"] = json!({});
    let out = run(&input.to_string());
    assert_eq!(out["error"]["code"], "date_not_covered", "{out}");
    assert_eq!(out["error"]["path"], "household");
}

#[test]
fn every_shared_case_gives_its_version_1_output_byte_for_byte_without_a_household() {
    // api-contract.md 1.1: "every version-1 input gives the same version-1 output". For every
    // reference case: no `income` without a household; `"household": null` changes no byte;
    // with a household, the output is the version-1 text with `income` appended and nothing else.
    let mut seen = 0;
    for (path, case) in common::shared_cases() {
        let Some(input) = case.get("input") else { continue };
        assert!(input.get("household").is_none(), "{} is a version-1 case", path.display());
        let v1 = simulate_json(&input.to_string());
        let parsed: Value = serde_json::from_str(&v1).unwrap();
        assert!(parsed.get("income").is_none(), "{}", path.display());
        let mut with_null = input.clone();
        with_null["household"] = Value::Null;
        assert_eq!(simulate_json(&with_null.to_string()), v1, "{}", path.display());
        for household in [json!({}), json!({"couple": true, "children": 3, "housing": "housed_free", "partner_earnings": "900.00"})] {
            let mut with = input.clone();
            with["household"] = household;
            let text = simulate_json(&with.to_string());
            let refused: Value = serde_json::from_str(&text).unwrap();
            if refused["error"]["path"] == "household" {
                // A contract whose reference months fall before April 2023 (the prime's tables).
                assert_eq!(refused["error"]["code"], "date_not_covered", "{}", path.display());
            } else if parsed.get("contract").is_some() && parsed.get("error").is_none() {
                let head = &v1[..v1.len() - 1];
                assert!(text.starts_with(head) && text[head.len()..].starts_with(",\"income\":{"), "{}: {text}", path.display());
            } else {
                assert_eq!(text, v1, "{}", path.display());
            }
        }
        seen += 1;
    }
    assert!(seen >= 10, "only {seen} shared cases were read");
}
