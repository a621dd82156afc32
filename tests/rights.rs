//! The person's rights during the CDDI (cddi.md, decisions C10–C12 of version 1.1) on both
//! sides of 6 months, of 14 days and of 31 days, from the decisions' examples, and their JSON
//! face `contract.rights` (api-contract.md, version 1.1).
#![cfg(not(target_arch = "wasm32"))]

use rust_decimal::Decimal;
use serde_json::{json, Value};
use tremplin::rules::codes::{Employer, Justice};
use tremplin::rules::contract::simulate;
use tremplin::rules::rights::{compute, Rights};
use tremplin::rules::{ContractInput, Person};

mod common;
use common::d;

fn person(justice: Justice) -> Person {
    common::adult_under(justice)
}

/// The rights of a contract of `months` months at 26 h from `start`, as (trial, PMSMP, notice).
fn rights_of(start: &str, months: u32, justice: Justice) -> (u32, u32, u32) {
    let c = ContractInput {
        start: d(start),
        months,
        weekly_hours: Decimal::from(26),
        hourly_rate: None,
        under_20h_derogation: false,
        extension: None,
        employer: Employer::Private,
        employer_view: None,
    };
    let r = simulate(&person(justice), &c).unwrap().rights;
    (r.trial_period.days, r.pmsmp.days, r.notice_for_cdi.days)
}

fn days(r: &Rights) -> (u32, u32, u32) {
    (r.trial_period.days, r.pmsmp.days, r.notice_for_cdi.days)
}

#[test]
fn a_12_month_contract_from_july_2026_has_a_31_day_trial_91_pmsmp_days_and_14_days_notice() {
    // cddi.md C10–C12 example: 365 days, 52 weeks.
    assert_eq!(rights_of("2026-07-01", 12, Justice::None), (31, 91, 14));
}

#[test]
fn a_4_month_contract_from_july_2026_has_a_14_day_trial_30_pmsmp_days_and_14_days_notice() {
    // cddi.md C10–C12 example: 123 days, 17 weeks; 25 % of 123 is 30.75, rounded down.
    assert_eq!(rights_of("2026-07-01", 4, Justice::None), (14, 30, 14));
}

#[test]
fn up_to_6_months_the_trial_period_stops_at_2_weeks_and_from_7_months_at_one_day_a_week_up_to_31() {
    // L1242-10; C10. 6 months from 2026-07-01: 184 days, 26 weeks, capped at 14.
    assert_eq!(rights_of("2026-07-01", 6, Justice::None).0, 14);
    // 7 months: 215 days, 30 weeks; the 1-month cap (31) is not reached yet.
    assert_eq!(rights_of("2026-07-01", 7, Justice::None).0, 30);
    // 8 months: 243 days, 34 weeks, capped at 31.
    assert_eq!(rights_of("2026-07-01", 8, Justice::None).0, 31);
}

#[test]
fn the_6_month_threshold_reads_the_months_not_the_days() {
    // C10: "months ≤ 6" selects the 14-day cap even for 34 weeks of days.
    let on = d("2026-07-01");
    assert_eq!(compute(240, 6, on).unwrap().trial_period.days, 14);
    assert_eq!(compute(240, 7, on).unwrap().trial_period.days, 31);
}

#[test]
fn the_trial_period_counts_one_day_per_whole_week_on_both_sides_of_31() {
    // L1242-10; C10: weeks = floor(days / 7), at most 31 days beyond 6 months.
    let on = d("2026-07-01");
    let trial = |days| compute(days, 12, on).unwrap().trial_period.days;
    assert_eq!(trial(216), 30, "30 weeks and 6 days");
    assert_eq!(trial(217), 31, "31 weeks");
    assert_eq!(trial(223), 31, "31 weeks and 6 days");
    assert_eq!(trial(224), 31, "32 weeks, capped");
}

#[test]
fn the_trial_period_and_the_notice_count_one_day_per_week_on_both_sides_of_14() {
    // L1242-10 and L1243-2; C10 and C12: at most 14 days up to 6 months, and for the notice.
    let on = d("2026-07-01");
    let both = |days| {
        let r = compute(days, 3, on).unwrap();
        (r.trial_period.days, r.notice_for_cdi.days)
    };
    assert_eq!(both(97), (13, 13), "13 weeks and 6 days");
    assert_eq!(both(98), (14, 14), "14 weeks");
    assert_eq!(both(105), (14, 14), "15 weeks, capped");
}

#[test]
fn the_notice_for_a_cdi_stays_at_14_days_for_a_long_contract() {
    // L1243-2; C12: the 2-week cap holds whatever the total duration (renewals included).
    assert_eq!(rights_of("2026-07-01", 24, Justice::None).2, 14);
    assert_eq!(compute(731, 24, d("2026-07-01")).unwrap().notice_for_cdi.days, 14);
}

#[test]
fn a_3_month_contract_under_a_sentence_adjustment_has_13_days_of_trial_and_of_notice() {
    // L5132-15-1 (no 4-month floor), C10, C12: 2026-07-01 to 2026-09-30 is 92 days, 13 weeks.
    assert_eq!(rights_of("2026-07-01", 3, Justice::SentenceAdjustment), (13, 23, 13));
}

#[test]
fn pmsmp_days_are_a_quarter_of_the_contract_days_rounded_down() {
    // D5132-43-3; C11.
    let on = d("2026-07-01");
    let pmsmp = |days| compute(days, 4, on).unwrap().pmsmp.days;
    assert_eq!(pmsmp(120), 30);
    assert_eq!(pmsmp(123), 30, "30.75");
    assert_eq!(pmsmp(124), 31);
    assert_eq!(compute(365, 12, on).unwrap().pmsmp.days, 91, "91.25");
}

#[test]
fn each_limit_carries_its_articles_and_the_list_names_each_once_in_decision_order() {
    let r = compute(365, 12, d("2026-07-01")).unwrap();
    assert_eq!(r.trial_period.refs, ["L1242-10"]);
    assert_eq!(r.pmsmp.refs, ["L5132-15-1", "D5132-43-3", "D5135-3"]);
    assert_eq!(r.notice_for_cdi.refs, ["L1243-2"]);
    assert_eq!(r.refs(), ["L1242-10", "L5132-15-1", "D5132-43-3", "D5135-3", "L1243-2"]);
    assert_eq!((r.days, r.weeks), (365, 52));
    // D5135-3 and L5132-15-1: the numbers the screen quotes come from the tables too.
    assert_eq!((r.pmsmp_convention_months, r.pmsmp_convention_renewals, r.suspension_cdd_min_months), (1, 1, 6));
    assert_eq!(days(&r), (31, 91, 14));
}

#[test]
fn the_rights_follow_the_start_date_through_a_leap_february() {
    // 2027-09-01 + 12 months − 1 day = 2028-08-31: 366 days, 52 weeks; 25 % is 91.5.
    assert_eq!(rights_of("2027-09-01", 12, Justice::None), (31, 91, 14));
    // 2027-11-01 + 4 months − 1 day = 2028-02-29: 121 days.
    assert_eq!(rights_of("2027-11-01", 4, Justice::None), (14, 30, 14));
}

// ---------------------------------------------------------------------------------------
// The JSON face: api-contract.md, "Also in version 1.1, whenever `contract` is present".
// ---------------------------------------------------------------------------------------

fn simulate_json(input: &Value) -> Value {
    serde_json::from_str(&tremplin::api::simulate_json(&input.to_string())).unwrap()
}

fn input(contract: Value) -> Value {
    json!({
        "as_of": "2026-07-01",
        "person": {"birth_date": "1999-03-14", "department": "59", "employed": false, "benefits": ["RSA"]},
        "contract": contract,
    })
}

#[test]
fn a_version_1_input_gets_contract_rights_as_the_api_contract_writes_them() {
    let out = simulate_json(&input(json!({"start": "2026-07-01", "months": 12, "weekly_hours": "26.00", "hourly_rate": null})));
    assert_eq!(
        out["contract"]["rights"],
        json!({"trial_period_max_days": 31, "pmsmp_max_days": 91, "notice_days_for_cdi": 14,
               "refs": ["L1242-10", "L5132-15-1", "D5132-43-3", "D5135-3", "L1243-2"]})
    );
    let four = simulate_json(&input(json!({"start": "2026-07-01", "months": 4, "weekly_hours": "26"})));
    assert_eq!(four["contract"]["rights"]["trial_period_max_days"], 14);
    assert_eq!(four["contract"]["rights"]["pmsmp_max_days"], 30);
    assert_eq!(four["contract"]["rights"]["notice_days_for_cdi"], 14);
}

#[test]
fn an_invalid_contract_whose_schedule_is_computed_still_has_its_rights() {
    // cddi.md: the schedule is computed even when `valid` is false; C10–C12 follow it.
    let out = simulate_json(&input(json!({"start": "2026-07-01", "months": 3, "weekly_hours": "40"})));
    let c = &out["contract"];
    assert_eq!(c["valid"], false);
    let errors: Vec<&str> = c["errors"].as_array().unwrap().iter().map(|e| e["code"].as_str().unwrap()).collect();
    assert_eq!(errors, ["MIN_DURATION", "MAX_HOURS"]);
    assert_eq!(c["end"], "2026-09-30");
    assert_eq!(c["rights"]["trial_period_max_days"], 13);
    assert_eq!(c["rights"]["pmsmp_max_days"], 23);
    assert_eq!(c["rights"]["notice_days_for_cdi"], 13);
}

#[test]
fn without_a_contract_there_are_no_rights() {
    let mut no_contract = input(Value::Null);
    no_contract.as_object_mut().unwrap().remove("contract");
    let out = simulate_json(&no_contract);
    assert!(out.get("eligibility").is_some());
    assert!(out.get("contract").is_none());
}
