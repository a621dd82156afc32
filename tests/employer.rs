//! The structure's side of a CDDI post (shared/domain/employer.md E1–E12): the worked example
//! to the cent, both sides of every threshold and date, the version-1 output untouched when the
//! new fields are absent, and properties over many contracts.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Value};
use std::str::FromStr;
use tremplin::api::simulate_json;
use tremplin::rules::codes::{Employer, Headcount};
use tremplin::rules::employer::{self, EmployerLine};
use tremplin::rules::{contract, ContractInput, EmployerViewInput, Person};

mod common;
use common::d;

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn run(input: &Value) -> Value {
    serde_json::from_str(&simulate_json(&input.to_string())).expect("simulate_json always returns JSON")
}

/// employer.md §4: a private association of 19 employees, 26 h at the SMIC, from July 2026.
fn worked_example() -> Value {
    json!({
        "as_of": "2026-07-01",
        "person": {"department": "59"},
        "contract": {"start": "2026-07-01", "months": 12, "weekly_hours": "26.00", "employer": "private",
                     "employer_view": {"headcount": "11_to_49", "atmp_rate": "1.50", "mobility_rate": "0.00",
                                       "modulated_percent": "0.00", "in_prison": false}}
    })
}

/// The input with `value` set at `path` (objects created on the way).
fn with(mut input: Value, path: &[&str], value: Value) -> Value {
    let mut target = &mut input;
    for key in &path[..path.len() - 1] {
        target = target.as_object_mut().unwrap().entry(key.to_string()).or_insert(json!({}));
    }
    target.as_object_mut().unwrap().insert(path[path.len() - 1].to_owned(), value);
    input
}

fn view(input: &Value) -> Value {
    let out = run(input);
    out["contract"]["employer_view"].clone()
}

fn month<'a>(v: &'a Value, m: &str) -> &'a Value {
    v["months"].as_array().unwrap().iter().find(|r| r["month"] == m).unwrap_or_else(|| panic!("no month {m} in {v}"))
}

fn line<'a>(m: &'a Value, code: &str) -> Option<&'a Value> {
    m["lines"].as_array().unwrap().iter().find(|l| l["code"] == code)
}

fn codes(list: &Value) -> Vec<String> {
    list.as_array().unwrap().iter().map(|x| x["code"].as_str().unwrap().to_owned()).collect()
}

fn money(v: &Value) -> Decimal {
    dec(v.as_str().unwrap_or_else(|| panic!("not an amount: {v}")))
}

#[test]
fn the_worked_example_of_employer_md_gives_its_figures_to_the_cent() {
    // employer.md §4.
    let v = view(&worked_example());
    let july = month(&v, "2026-07");
    let expected_lines = [
        ("maladie", "13.00", "180.30"),
        ("vieillesse_plafonnee", "8.55", "118.58"),
        ("vieillesse_deplafonnee", "2.11", "29.26"),
        ("allocations_familiales", "5.25", "72.81"),
        ("atmp", "1.50", "20.80"),
        ("fnal", "0.10", "1.39"),
        ("csa", "0.30", "4.16"),
        ("agirc_arrco_t1", "4.72", "65.46"),
        ("ceg_t1", "1.29", "17.89"),
        ("chomage", "4.00", "55.48"),
        ("ags", "0.25", "3.47"),
        ("dialogue_social", "0.016", "0.22"),
        ("formation", "1.00", "13.87"),
        ("taxe_apprentissage", "0.68", "9.43"),
        ("cpf_cdd", "1.00", "13.87"),
    ];
    let got: Vec<(String, String, String)> = july["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["code"].as_str().unwrap().into(), l["rate"].as_str().unwrap().into(), l["amount"].as_str().unwrap().into()))
        .collect();
    let want: Vec<(String, String, String)> = expected_lines.iter().map(|(a, b, c)| ((*a).into(), (*b).into(), (*c).into())).collect();
    assert_eq!(got, want);
    assert!(july["lines"].as_array().unwrap().iter().all(|l| l["base"] == "1386.93"));
    assert_eq!(july["gross"], "1386.93");
    assert_eq!(july["contributions"], "606.99");
    assert_eq!(july["reduction_rate"], "0.3750");
    assert_eq!(july["reduction"], "520.10");
    assert_eq!(july["exemption"], "0.00");
    assert_eq!(july["cost"], "1473.82");
    assert_eq!(july["aid"], "1480.82");
    assert_eq!(july["cost_after_aid"], "-7.00");
    assert_eq!(july["modulated"], "0.00");
    assert_eq!(july["cost_after_all"], "-7.00");
    assert_eq!(v["errors"], json!([]));
    assert_eq!(codes(&v["notices"]), ["AIDE_AU_POSTE_NOT_PUBLISHED", "AID_ALSO_FUNDS_SUPPORT", "EMPLOYER_NOT_MODELLED"]);
    assert_eq!(v["notices"][0], json!({"code": "AIDE_AU_POSTE_NOT_PUBLISHED", "refs": ["R5132-38"]}));

    // The modulated part at 5 %, shown apart (E8): − 74.04.
    let v = view(&with(worked_example(), &["contract", "employer_view", "modulated_percent"], json!("5.00")));
    let july = month(&v, "2026-07");
    assert_eq!(july["modulated"], "74.04");
    assert_eq!(july["cost_after_all"], "-81.04");
    assert!(codes(&v["notices"]).contains(&"MODULATED_PAID_YEARLY".to_owned()));
}

#[test]
fn the_worked_example_through_the_typed_engine_gives_the_same_figures() {
    let person = Person { department: Some("59".into()), ..Person::default() };
    let c = ContractInput {
        start: d("2026-07-01"),
        months: 12,
        weekly_hours: dec("26"),
        hourly_rate: None,
        under_20h_derogation: false,
        extension: None,
        employer: Employer::Private,
        employer_view: None,
    };
    let schedule = contract::simulate(&person, &c).unwrap();
    let v = EmployerViewInput { headcount: Headcount::From11To49, ..EmployerViewInput::default() };
    let view = employer::simulate(&person, &c, &v, &schedule).unwrap();
    let july = &view.months[0];
    assert_eq!(
        (july.contributions, july.reduction_rate, july.reduction, july.cost, july.aid, july.cost_after_aid),
        (dec("606.99"), Some(dec("0.3750")), dec("520.10"), dec("1473.82"), dec("1480.82"), dec("-7.00"))
    );
}

/// A private association, 20 h a week at `rate` for one month starting `start`.
fn one_month(start: &str, hours: &str, rate: Option<&str>, view: Value) -> Value {
    json!({
        "as_of": start,
        "person": {"department": "59"},
        "contract": {"start": start, "months": 1, "weekly_hours": hours, "hourly_rate": rate, "employer": "private",
                     "employer_view": view}
    })
}

#[test]
fn the_rgdu_is_zero_from_three_times_the_smic_of_reference_and_positive_just_below() {
    // CSS L241-13, D241-7; E4: ratio = 3 × SMIC_month / gross; C = 0 when ratio ≤ 1.
    // 3 × 12.02 = 36.06 €/h: at 20 h, gross 3125.20 = exactly 3 × the SMIC month.
    let cases = [
        ("2026-03-01", "36.06", "0.0000", "0.00"),
        ("2026-03-01", "36.05", "0.0200", "62.49"),
        // June 2026: the SMIC in force is 12.31 €, but the reduction keeps 12.02 € (Décret n° 2026-509).
        ("2026-06-01", "36.06", "0.0000", "0.00"),
        ("2026-06-01", "36.05", "0.0200", "62.49"),
    ];
    for (start, rate, coefficient, reduction) in cases {
        let v = view(&one_month(start, "20.00", Some(rate), json!({})));
        let m = month(&v, &start[..7]);
        assert_eq!((m["reduction_rate"].as_str(), m["reduction"].as_str()), (Some(coefficient), Some(reduction)), "{start} at {rate} €/h");
    }
}

#[test]
fn at_the_smic_the_rgdu_is_at_its_maximum_and_for_50_employees_tdelta_is_higher() {
    // D241-7: Tmin + Tdelta = 0.3981 under 50 employees, 0.4021 from 50.
    for (headcount, coefficient) in [("under_11", "0.3981"), ("11_to_49", "0.3981"), ("50_plus", "0.4021")] {
        let v = view(&one_month("2026-01-01", "35.00", None, json!({"headcount": headcount})));
        assert_eq!(month(&v, "2026-01")["reduction_rate"], coefficient, "{headcount}");
    }
}

#[test]
fn the_rgdu_cap_counts_atmp_at_most_at_0_49_percent() {
    // CSS D241-2-4; E4. At the SMIC C = 0.3981; the covered lines are 39.32 % + AT/MP
    // counted at most 0.49 %, so at 0.40 % the cap binds and from 0.49 % it no longer moves.
    let at = |rate: &str| {
        let v = view(&one_month("2026-01-01", "35.00", None, json!({"atmp_rate": rate})));
        let m = month(&v, "2026-01").clone();
        let covered: Decimal = ["maladie", "vieillesse_plafonnee", "vieillesse_deplafonnee", "allocations_familiales", "fnal", "csa", "agirc_arrco_t1", "ceg_t1", "chomage"]
            .iter()
            .map(|c| money(&line(&m, c).unwrap()["amount"]))
            .sum();
        let gross = money(&m["gross"]);
        let atmp = (gross * dec(rate).min(dec("0.49")) / dec("100")).round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
        (money(&m["reduction"]), covered + atmp, gross)
    };
    let (below, cap_below, gross) = at("0.40");
    assert_eq!(gross, dec("1823.03"));
    assert_eq!(below, cap_below, "at 0.40 % the covered lines bind");
    assert!(below < (dec("0.3981") * gross).round_dp(2));
    let (at_cap, _, _) = at("0.49");
    let (above, _, _) = at("1.50");
    let (far_above, _, _) = at("4.00");
    assert!(at_cap > below);
    assert_eq!(above, at_cap, "1.50 % counts as 0.49 %");
    assert_eq!(far_above, at_cap, "4.00 % counts as 0.49 %");
    assert!(above <= (dec("0.3981") * gross).round_dp(2));
}

#[test]
fn the_headcount_bands_set_formation_fnal_peec_and_the_versement_mobilite() {
    // L6331-1, L6331-3 (11 employees); CSS L834-1, CCH L313-1 (50); E3 versement mobilité from 11.
    // (band, formation, FNAL, PEEC, versement mobilité at 2 %)
    type Band = (&'static str, &'static str, &'static str, Option<&'static str>, Option<&'static str>);
    let cases: [Band; 3] = [
        ("under_11", "0.55", "0.10", None, None),
        ("11_to_49", "1.00", "0.10", None, Some("2.00")),
        ("50_plus", "1.00", "0.50", Some("0.45"), Some("2.00")),
    ];
    for (headcount, formation, fnal, peec, mobility) in cases {
        let v = view(&one_month("2026-07-01", "26.00", None, json!({"headcount": headcount, "mobility_rate": "2.00"})));
        let m = month(&v, "2026-07");
        assert_eq!(line(m, "formation").unwrap()["rate"], formation, "{headcount}");
        assert_eq!(line(m, "fnal").unwrap()["rate"], fnal, "{headcount}");
        assert_eq!(line(m, "peec").map(|l| l["rate"].as_str().unwrap()), peec, "{headcount}");
        assert_eq!(line(m, "versement_mobilite").map(|l| l["rate"].as_str().unwrap()), mobility, "{headcount}");
    }
    // No versement mobilité line when no rate is levied.
    let v = view(&one_month("2026-07-01", "26.00", None, json!({"headcount": "50_plus"})));
    assert!(line(month(&v, "2026-07"), "versement_mobilite").is_none());
}

#[test]
fn months_before_1_january_2026_are_not_covered_and_january_is() {
    // E1: one EMPLOYER_MONTH_NOT_COVERED per uncovered month, no row; the person's side stays.
    let input = json!({
        "as_of": "2025-11-01", "person": {"department": "59"},
        "contract": {"start": "2025-11-01", "months": 4, "weekly_hours": "26.00", "employer_view": {}}
    });
    let out = run(&input);
    let v = &out["contract"]["employer_view"];
    assert_eq!(
        v["errors"],
        json!([{"code": "EMPLOYER_MONTH_NOT_COVERED", "refs": ["CSS L241-13"], "month": "2025-11"},
               {"code": "EMPLOYER_MONTH_NOT_COVERED", "refs": ["CSS L241-13"], "month": "2025-12"}])
    );
    let rows: Vec<&str> = v["months"].as_array().unwrap().iter().map(|m| m["month"].as_str().unwrap()).collect();
    assert_eq!(rows, ["2026-01", "2026-02"]);
    assert_eq!(out["contract"]["months"].as_array().unwrap().len(), 4, "the person's side is computed for every month");
}

#[test]
fn the_taxe_d_apprentissage_starts_with_march_2026_pay_and_is_lower_in_alsace_moselle() {
    // L6241-1 as amended by the loi de finances pour 2026 art. 135.
    for (department, march) in [("59", "0.68"), ("57", "0.44"), ("67", "0.44"), ("68", "0.44"), ("2A", "0.68")] {
        let input = json!({
            "as_of": "2026-02-01", "person": {"department": department},
            "contract": {"start": "2026-02-01", "months": 4, "weekly_hours": "26.00", "employer_view": {}}
        });
        let v = view(&input);
        assert!(line(month(&v, "2026-02"), "taxe_apprentissage").is_none(), "February, {department}");
        assert_eq!(line(month(&v, "2026-03"), "taxe_apprentissage").unwrap()["rate"], march, "March, {department}");
    }
}

#[test]
fn inside_a_prison_the_modulated_part_is_capped_at_5_percent() {
    // E8; arrêtés 2014–2024.
    let cases = [(true, "5.00", false), (true, "5.01", true), (false, "5.01", false), (false, "10.00", false), (true, "0.00", false)];
    for (in_prison, percent, error) in cases {
        let v = view(&with(
            with(worked_example(), &["contract", "employer_view", "in_prison"], json!(in_prison)),
            &["contract", "employer_view", "modulated_percent"],
            json!(percent),
        ));
        assert_eq!(codes(&v["errors"]).contains(&"MODULATED_ABOVE_PRISON_CAP".to_owned()), error, "{in_prison} {percent}");
        assert!(!v["months"].as_array().unwrap().is_empty(), "the figures stay computed");
    }
    // Outside 0–10 it is an input error (E8).
    for bad in ["10.01", "-1", "11", "abc"] {
        let out = run(&with(worked_example(), &["contract", "employer_view", "modulated_percent"], json!(bad)));
        assert_eq!(out["error"]["code"], "invalid_input", "{bad}");
        assert_eq!(out["error"]["path"], "contract.employer_view.modulated_percent", "{bad}");
    }
}

fn cap(department: &str, charges: &str, sales: &str) -> Value {
    let input = json!({"as_of": "2026-07-01", "person": {"department": department},
                       "structure": {"activity_charges": charges, "sales_revenue": sales}});
    run(&input)["revenue_cap"].clone()
}

#[test]
fn sales_below_30_percent_are_within_the_cap_up_to_50_need_a_derogation_and_above_50_are_not_allowed() {
    // D5132-34 (Décret n° 2024-560), R5311-26; E12: the status reads the unrounded ratio.
    let cases = [
        ("250000.00", "60000.00", "24.00", "within"),
        ("100000.00", "29990.00", "29.99", "within"),
        ("100000.00", "29999.99", "30.00", "within"),
        ("100000.00", "30000.00", "30.00", "derogation_possible"),
        ("100000.00", "50000.00", "50.00", "derogation_possible"),
        ("100000.00", "50000.01", "50.00", "above_limit"),
        ("100000.00", "50010.00", "50.01", "above_limit"),
        ("100000.00", "0", "0.00", "within"),
    ];
    for (charges, sales, ratio, status) in cases {
        let r = cap("59", charges, sales);
        assert_eq!((r["ratio"].as_str(), r["status"].as_str()), (Some(ratio), Some(status)), "{sales} / {charges}");
        assert_eq!(r["refs"], json!(["D5132-34", "R5311-26"]));
        assert_eq!(r["notices"], json!([]));
    }
}

#[test]
fn before_the_2024_wording_of_d5132_34_the_revenue_cap_is_refused_rather_than_guessed() {
    // Décret n° 2024-560, in force 2024-07-01; the earlier wording is not encoded.
    let at = |as_of: &str| {
        run(&json!({"as_of": as_of, "structure": {"activity_charges": "100000", "sales_revenue": "10000"}}))
    };
    let before = at("2024-06-30");
    assert_eq!((before["error"]["code"].as_str(), before["error"]["path"].as_str()), (Some("date_not_covered"), Some("structure")));
    assert_eq!(at("2024-07-01")["revenue_cap"]["status"], "within");
}

#[test]
fn overseas_the_revenue_cap_keeps_the_older_derogation_procedure() {
    // employer.md §1: the CDIAE procedure stays overseas until an ordinance sets the date.
    for department in ["971", "972", "973", "974", "975", "976"] {
        assert_eq!(codes(&cap(department, "100000", "10000")["notices"]), ["REVENUE_CAP_OVERSEAS_PROCEDURE"], "{department}");
    }
    for department in ["59", "2A", "95"] {
        assert_eq!(cap(department, "100000", "10000")["notices"], json!([]), "{department}");
    }
}

#[test]
fn mayotte_gets_no_employer_figures_and_reunion_does() {
    // E1: Mayotte has its own SMIC and rates.
    let v = view(&with(worked_example(), &["person", "department"], json!("976")));
    assert_eq!(codes(&v["errors"]), ["EMPLOYER_REGION_NOT_COVERED"]);
    assert_eq!(v["months"], json!([]));
    assert_eq!(v["totals"]["cost"], "0.00");
    let v = view(&with(worked_example(), &["person", "department"], json!("974")));
    assert_eq!(v["errors"], json!([]));
    assert_eq!(month(&v, "2026-07")["cost"], "1473.82");
}

#[test]
fn a_public_carrier_has_the_aci_exemption_up_to_the_smic_and_no_rgdu() {
    // Loi n° 2013-1203 art. 20 IV; CSS L241-13 VI; L6131-1 II; E5.
    let public = with(worked_example(), &["contract", "employer"], json!("public"));
    let v = view(&public);
    let m = month(&v, "2026-07");
    let lines: Vec<String> = m["lines"].as_array().unwrap().iter().map(|l| l["code"].as_str().unwrap().to_owned()).collect();
    assert_eq!(lines, ["maladie", "vieillesse_plafonnee", "vieillesse_deplafonnee", "allocations_familiales", "atmp", "fnal", "csa", "agirc_arrco_t1", "ceg_t1", "chomage", "dialogue_social"]);
    assert_eq!(m["reduction_rate"], Value::Null);
    assert_eq!(m["reduction"], "0.00");
    // At the SMIC, the base is the whole gross: 180.30 + 118.58 + 29.26 + 72.81.
    assert_eq!(m["exemption"], "400.95");
    assert!(codes(&v["notices"]).contains(&"EMPLOYER_PUBLIC_ESTIMATE".to_owned()));

    // Above the SMIC the base stops at the SMIC-level gross: 20 h at 15 €, SMIC 12.31 €.
    let v = view(&with(with(public, &["contract", "hourly_rate"], json!("15.00")), &["contract", "weekly_hours"], json!("20.00")));
    let m = month(&v, "2026-07");
    let smic_gross = dec("1066.87"); // round(12.31 × 20 × 52 / 12, 2)
    let expected: Decimal = ["13.00", "8.55", "2.11", "5.25"].iter().map(|r| (smic_gross * dec(r) / dec("100")).round_dp(2)).sum();
    assert_eq!(money(&m["exemption"]), expected);
    assert_eq!(money(&m["gross"]), dec("1300.00"));
}

#[test]
fn a_partial_month_prorates_the_aid_and_the_smic_of_the_reduction_by_calendar_days() {
    // E4, E7: 17 days of July.
    let input = with(worked_example(), &["contract", "start"], json!("2026-07-15"));
    let v = view(&input);
    let m = month(&v, "2026-07");
    assert_eq!(m["aid"], "812.06"); // round(1480.82 × 17 / 31, 2) = round(812.0625, 2)
    assert_eq!(m["gross"], "760.57"); // round(1386.93 × 17 / 31, 2) = round(760.5745, 2)
    assert_eq!(m["reduction_rate"], "0.3750");
}

#[test]
fn several_hourly_rates_in_one_calendar_year_make_the_monthly_rgdu_an_estimate() {
    // E4: the SMIC moves on 2026-06-01, so a March–August contract at the SMIC has two rates in 2026.
    let changing = with(with(worked_example(), &["contract", "start"], json!("2026-03-01")), &["contract", "months"], json!(6));
    assert!(codes(&view(&changing)["notices"]).contains(&"RGDU_MONTHLY_ESTIMATE".to_owned()));
    assert!(!codes(&view(&worked_example())["notices"]).contains(&"RGDU_MONTHLY_ESTIMATE".to_owned()));
}

#[test]
fn a_person_on_rsa_adds_the_departement_cofinancing_notice() {
    // L5132-3-1, D5132-41; E10.
    let rsa = with(worked_example(), &["person", "benefits"], json!(["RSA"]));
    assert!(codes(&view(&rsa)["notices"]).contains(&"DEPARTMENT_COFINANCING".to_owned()));
    let ass = with(worked_example(), &["person", "benefits"], json!(["ASS"]));
    assert!(!codes(&view(&ass)["notices"]).contains(&"DEPARTMENT_COFINANCING".to_owned()));
}

#[test]
fn without_the_new_fields_every_shared_case_gives_the_version_1_output_byte_for_byte() {
    // api-contract.md 1.1: "every version-1 input gives the same version-1 output". Null is
    // "not answered"; and adding the employer view changes nothing outside it.
    let mut seen = 0;
    for (path, case) in common::shared_cases() {
        let input = case["input"].clone();
        let v1 = simulate_json(&input.to_string());
        assert!(!v1.contains("employer_view") && !v1.contains("revenue_cap"), "{}", path.display());
        let mut nulls = with(input.clone(), &["structure"], Value::Null);
        if input.get("contract").is_some_and(Value::is_object) {
            nulls = with(nulls, &["contract", "employer_view"], Value::Null);
        }
        assert_eq!(simulate_json(&nulls.to_string()), v1, "{}", path.display());

        // The revenue cap is judged by the wording in force on as_of (from 2024-07-01).
        let judged = input["as_of"].as_str().is_some_and(|a| a >= "2024-07-01");
        let mut asked = input.clone();
        if judged {
            asked = with(asked, &["structure"], json!({"activity_charges": "100.00", "sales_revenue": "10.00"}));
        }
        if input.get("contract").is_some_and(Value::is_object) {
            asked = with(asked, &["contract", "employer_view"], json!({}));
        }
        let mut out: Value = serde_json::from_str(&simulate_json(&asked.to_string())).unwrap();
        if out.get("error").is_none() {
            assert_eq!(out.as_object_mut().unwrap().remove("revenue_cap").is_some(), judged);
            if let Some(c) = out.get_mut("contract").and_then(Value::as_object_mut) {
                assert!(c.remove("employer_view").is_some());
            }
        }
        assert_eq!(out.to_string(), serde_json::from_str::<Value>(&v1).unwrap().to_string(), "{}", path.display());
        seen += 1;
    }
    assert!(seen >= 10, "only {seen} cases");
}

#[test]
fn employer_view_and_structure_fields_are_read_strictly_with_their_path() {
    let bad: &[(&[&str], Value, &str)] = &[
        (&["contract", "employer_view"], json!(true), "contract.employer_view"),
        (&["contract", "employer_view"], json!([]), "contract.employer_view"),
        (&["contract", "employer_view", "headcount"], json!("19"), "contract.employer_view.headcount"),
        (&["contract", "employer_view", "headcount"], json!(19), "contract.employer_view.headcount"),
        (&["contract", "employer_view", "headcount"], json!("50+"), "contract.employer_view.headcount"),
        (&["contract", "employer_view", "atmp_rate"], json!(1.5), "contract.employer_view.atmp_rate"),
        (&["contract", "employer_view", "atmp_rate"], json!("1,50"), "contract.employer_view.atmp_rate"),
        (&["contract", "employer_view", "atmp_rate"], json!("-1"), "contract.employer_view.atmp_rate"),
        (&["contract", "employer_view", "atmp_rate"], json!("100.01"), "contract.employer_view.atmp_rate"),
        (&["contract", "employer_view", "atmp_rate"], json!("1.505"), "contract.employer_view.atmp_rate"),
        (&["contract", "employer_view", "mobility_rate"], json!("x"), "contract.employer_view.mobility_rate"),
        (&["contract", "employer_view", "mobility_rate"], json!("101"), "contract.employer_view.mobility_rate"),
        (&["contract", "employer_view", "modulated_percent"], json!("10.01"), "contract.employer_view.modulated_percent"),
        (&["contract", "employer_view", "modulated_percent"], json!(5), "contract.employer_view.modulated_percent"),
        (&["contract", "employer_view", "in_prison"], json!("no"), "contract.employer_view.in_prison"),
        (&["contract", "employer_view", "in_prison"], json!(0), "contract.employer_view.in_prison"),
        (&["contract", "employer_view", "headcount_band"], json!("under_11"), "contract.employer_view.headcount_band"),
        (&["structure"], json!("big"), "structure"),
        (&["structure", "activity_charges"], json!("0"), "structure.activity_charges"),
        (&["structure", "activity_charges"], json!("0.00"), "structure.activity_charges"),
        (&["structure", "activity_charges"], json!(250000), "structure.activity_charges"),
        (&["structure", "activity_charges"], json!("1000000000"), "structure.activity_charges"),
        (&["structure", "sales_revenue"], json!("-1"), "structure.sales_revenue"),
        (&["structure", "sales_revenue"], json!("60000.001"), "structure.sales_revenue"),
        (&["structure", "sales_revenue"], json!(null), "structure.sales_revenue"),
        (&["structure", "turnover"], json!("1"), "structure.turnover"),
    ];
    let base = with(worked_example(), &["structure"], json!({"activity_charges": "250000.00", "sales_revenue": "60000.00"}));
    for (path, value, expected) in bad {
        let out = run(&with(base.clone(), path, value.clone()));
        assert_eq!(out["error"]["code"], "invalid_input", "{path:?} = {value}: {out}");
        assert_eq!(out["error"]["path"], *expected, "{path:?} = {value}");
    }
    // Every field is optional, with the contract's defaults.
    let out = run(&with(worked_example(), &["contract", "employer_view"], json!({})));
    assert_eq!(month(&out["contract"]["employer_view"], "2026-07")["cost"], "1473.82");
}

#[test]
fn every_employer_line_is_either_covered_by_the_rgdu_or_not_and_the_cap_uses_the_covered_ones() {
    // CSS L241-13: the reduction covers health, old age, family, AT/MP, FNAL, CSA, AGIRC-ARRCO, CEG, unemployment.
    let covered: Vec<&str> = EmployerLine::ALL.iter().filter(|l| l.rgdu_covered()).map(|l| l.code()).collect();
    assert_eq!(covered, ["maladie", "vieillesse_plafonnee", "vieillesse_deplafonnee", "allocations_familiales", "atmp", "fnal", "csa", "agirc_arrco_t1", "ceg_t1", "chomage"]);
}

fn arbitrary_input() -> impl Strategy<Value = Value> {
    let start = (0i64..(365 * 3)).prop_map(|days| d("2025-10-01") + chrono::Duration::days(days));
    (
        start,
        4u32..30,
        2000u32..3501,
        prop::option::of(0u32..2500),
        prop::sample::select(vec!["under_11", "11_to_49", "50_plus"]),
        0u32..500,
        0u32..300,
        0u32..1001,
        any::<bool>(),
        prop::sample::select(vec!["59", "57", "974", "75"]),
    )
        .prop_map(|(start, months, hours, bonus, headcount, atmp, mobility, modulated, public, department)| {
            let rate = bonus.map(|b| format!("{}", Decimal::new(1231 + i64::from(b), 2)));
            json!({
                "as_of": start.to_string(), "person": {"department": department},
                "contract": {"start": start.to_string(), "months": months, "weekly_hours": Decimal::new(i64::from(hours), 2).to_string(),
                             "hourly_rate": rate, "employer": if public { "public" } else { "private" },
                             "employer_view": {"headcount": headcount, "atmp_rate": Decimal::new(i64::from(atmp), 2).to_string(),
                                               "mobility_rate": Decimal::new(i64::from(mobility), 2).to_string(),
                                               "modulated_percent": Decimal::new(i64::from(modulated), 2).to_string()}}
            })
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_reduction_never_exceeds_the_covered_lines_and_the_amounts_add_up(input in arbitrary_input()) {
        let out = run(&input);
        let v = &out["contract"]["employer_view"];
        prop_assert!(v.is_object(), "{}", out);
        let atmp_rate = dec(input["contract"]["employer_view"]["atmp_rate"].as_str().unwrap());
        let field = |m: &Value, k: &str| money(&m[k]);
        let mut sums = [Decimal::ZERO; 9];
        let keys = ["gross", "contributions", "reduction", "exemption", "cost", "aid", "cost_after_aid", "modulated", "cost_after_all"];
        for m in v["months"].as_array().unwrap() {
            let gross = field(m, "gross");
            let covered: Decimal = m["lines"].as_array().unwrap().iter()
                .filter(|l| EmployerLine::from_code(l["code"].as_str().unwrap()).unwrap().rgdu_covered())
                .map(|l| if l["code"] == "atmp" { (gross * atmp_rate.min(dec("0.49")) / dec("100")).round_dp(2) } else { money(&l["amount"]) })
                .sum();
            prop_assert!(field(m, "reduction") <= covered, "reduction above the covered lines in {}", m);
            prop_assert!(field(m, "reduction") >= Decimal::ZERO);
            let lines: Decimal = m["lines"].as_array().unwrap().iter().map(|l| money(&l["amount"])).sum();
            prop_assert_eq!(lines, field(m, "contributions"));
            prop_assert_eq!(field(m, "cost"), gross + field(m, "contributions") - field(m, "reduction") - field(m, "exemption"));
            prop_assert_eq!(field(m, "cost_after_aid"), field(m, "cost") - field(m, "aid"));
            prop_assert_eq!(field(m, "cost_after_all"), field(m, "cost_after_aid") - field(m, "modulated"));
            prop_assert!(field(m, "modulated") <= field(m, "aid") / dec("10") + dec("0.01"));
            for (sum, key) in sums.iter_mut().zip(keys) {
                *sum += field(m, key);
            }
        }
        for (sum, key) in sums.iter().zip(keys) {
            prop_assert_eq!(*sum, money(&v["totals"][key]), "totals.{} is not the sum of the months", key);
        }
        // Covered months plus uncovered-month errors are the contract's months.
        let rows = v["months"].as_array().unwrap().len();
        let uncovered = v["errors"].as_array().unwrap().iter().filter(|e| e["code"] == "EMPLOYER_MONTH_NOT_COVERED").count();
        prop_assert_eq!(rows + uncovered, out["contract"]["months"].as_array().unwrap().len());
        // The person's side is the same with and without the view.
        let mut plain = input.clone();
        plain["contract"].as_object_mut().unwrap().remove("employer_view");
        let mut without: Value = run(&plain);
        let mut with_view = out.clone();
        with_view["contract"].as_object_mut().unwrap().remove("employer_view");
        prop_assert_eq!(with_view.to_string(), std::mem::take(&mut without).to_string());
    }
}
