//! The CDDI (cddi.md C1–C9) on both sides of every limit and every minimum-wage change, and
//! invariants over random valid contracts (proptest).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rust_decimal::Decimal;
use tremplin::rules::codes::{Employer, Extension, Justice};
use tremplin::rules::contract::{simulate, Contract, ContractCode, ContractNotice};
use tremplin::rules::params;
use tremplin::rules::{ContractInput, Person};

mod common;
use common::{contract, d, dec};

fn adult() -> Person {
    common::adult_under(Justice::None)
}

fn codes(c: &Contract) -> (Vec<&'static str>, Vec<&'static str>) {
    (c.errors.iter().map(|i| i.code.code()).collect(), c.warnings.iter().map(|i| i.code.code()).collect())
}

#[test]
fn a_full_month_at_26_hours_in_july_2026_pays_1386_93_gross_and_1097_89_net() {
    // cddi.md worked example: 12.31 × 26 × 52 / 12 and the seven C7 lines.
    let c = simulate(&adult(), &contract("2026-07-01", 12, "26")).unwrap();
    let july = &c.months[0];
    assert_eq!((july.gross.to_string(), july.employee_contributions.to_string(), july.net.to_string()),
               ("1386.93".into(), "289.04".into(), "1097.89".into()));
    let lines: Vec<String> = july.contributions.iter().map(|l| l.amount.to_string()).collect();
    assert_eq!(lines, ["95.70", "5.55", "43.69", "11.93", "92.66", "32.70", "6.81"]);
    assert_eq!(july.contributions[4].base.to_string(), "1362.66");
}

#[test]
fn the_smic_applies_month_by_month_on_both_sides_of_each_change() {
    // parameters.md §1.1: the month takes the SMIC in force on its first day.
    let cases = [
        ("2022-04", "10.57"), ("2022-05", "10.85"), ("2022-07", "10.85"), ("2022-08", "11.07"),
        ("2022-12", "11.07"), ("2023-01", "11.27"), ("2023-04", "11.27"), ("2023-05", "11.52"),
        ("2023-12", "11.52"), ("2024-01", "11.65"), ("2024-10", "11.65"), ("2024-11", "11.88"),
        ("2025-12", "11.88"), ("2026-01", "12.02"), ("2026-05", "12.02"), ("2026-06", "12.31"),
    ];
    let c = simulate(&adult(), &contract("2022-04-01", 51, "35")).unwrap();
    for (month, rate) in cases {
        let row = c.months.iter().find(|m| m.month.to_string() == month).unwrap();
        assert_eq!(row.hourly_rate.to_string(), rate, "{month}");
    }
}

#[test]
fn a_contract_starting_on_31_may_2026_is_paid_12_02_in_may_and_12_31_from_1_june() {
    let c = simulate(&adult(), &contract("2026-05-31", 4, "35")).unwrap();
    assert_eq!(c.months[0].month.to_string(), "2026-05");
    assert_eq!(c.months[0].days, 1);
    assert_eq!(c.months[0].hourly_rate, dec("12.02"));
    assert_eq!(c.months[1].hourly_rate, dec("12.31"));
    let june_start = simulate(&adult(), &contract("2026-06-01", 4, "35")).unwrap();
    assert_eq!(june_start.months[0].hourly_rate, dec("12.31"));
}

#[test]
fn a_fixed_rate_equal_to_the_may_smic_becomes_unlawful_on_1_june_2026() {
    let mut c = contract("2026-02-01", 4, "28");
    c.hourly_rate = Some(dec("12.02"));
    assert!(simulate(&adult(), &c).unwrap().valid); // February to May
    c.start = d("2026-03-01"); // March to June
    let out = simulate(&adult(), &c).unwrap();
    assert_eq!(codes(&out).0, ["BELOW_MINIMUM_WAGE"]);
    assert_eq!(out.errors[0].month.unwrap().to_string(), "2026-06");
}

#[test]
fn a_cddi_lasts_at_least_4_months_unless_under_a_sentence_adjustment() {
    // L5132-15-1 para 1.
    assert_eq!(codes(&simulate(&adult(), &contract("2026-03-02", 3, "26")).unwrap()).0, ["MIN_DURATION"]);
    assert!(simulate(&adult(), &contract("2026-03-02", 4, "26")).unwrap().valid);
    let adjusted = Person { justice: Some(Justice::SentenceAdjustment), ..adult() };
    let out = simulate(&adjusted, &contract("2026-03-02", 3, "26")).unwrap();
    assert!(out.valid);
    assert_eq!(codes(&out).1, ["SHORT_CONTRACT_SENTENCE_ADJUSTMENT"]);
}

#[test]
fn a_cddi_lasts_at_most_24_months_without_an_extension_ground() {
    assert!(simulate(&adult(), &contract("2026-01-05", 24, "26")).unwrap().valid);
    assert_eq!(codes(&simulate(&adult(), &contract("2026-01-05", 25, "26")).unwrap()).0, ["MAX_DURATION"]);
}

#[test]
fn each_extension_ground_has_its_person_and_its_ceiling() {
    // cddi.md C3; R5132-1-8.
    let senior = Person { birth_date: Some(d("1974-01-08")), ..adult() }; // 50 on 2024-01-08
    let mut c = contract("2024-01-08", 84, "28");
    c.extension = Some(Extension::Senior);
    let out = simulate(&senior, &c).unwrap();
    assert!(out.valid);
    assert!(out.notices.contains(&ContractNotice::ExtensionNeedsPrescriber));
    c.months = 85;
    assert_eq!(codes(&simulate(&senior, &c).unwrap()).0, ["MAX_DURATION"]);
    // 49 on the start day: the senior ground does not fit.
    c.months = 30;
    c.start = d("2024-01-07");
    assert_eq!(codes(&simulate(&senior, &c).unwrap()).0, ["MAX_DURATION", "EXTENSION_NOT_ALLOWED"]);

    let mut c = contract("2026-01-05", 60, "26");
    c.extension = Some(Extension::Rqth);
    assert_eq!(codes(&simulate(&adult(), &c).unwrap()).0, ["MAX_DURATION", "EXTENSION_NOT_ALLOWED"]);
    let rqth = Person { rqth: Some(true), ..adult() };
    assert!(simulate(&rqth, &c).unwrap().valid);
    c.months = 61;
    assert_eq!(codes(&simulate(&rqth, &c).unwrap()).0, ["MAX_DURATION"]);

    let mut c = contract("2026-01-05", 60, "26");
    c.extension = Some(Extension::Difficulties);
    assert!(simulate(&adult(), &c).unwrap().valid);
    c.months = 61;
    assert_eq!(codes(&simulate(&adult(), &c).unwrap()).0, ["MAX_DURATION"]);

    let mut c = contract("2026-01-05", 100, "26");
    c.extension = Some(Extension::Training);
    let out = simulate(&adult(), &c).unwrap();
    assert!(out.valid);
    assert_eq!(codes(&out).1, ["EXTENSION_UNTIL_TRAINING_ENDS"]);

    // Up to 24 months the extension is ignored.
    let mut c = contract("2026-01-05", 24, "26");
    c.extension = Some(Extension::Rqth);
    assert!(simulate(&adult(), &c).unwrap().valid);
}

#[test]
fn weekly_hours_go_from_20_to_35_and_below_20_only_with_a_derogation() {
    // L5132-15-1; L3121-27; D5132-43-5.
    let check = |hours: &str, derogation: bool| {
        let mut c = contract("2026-03-02", 6, hours);
        c.under_20h_derogation = derogation;
        codes(&simulate(&adult(), &c).unwrap())
    };
    let none: Vec<&str> = vec![];
    assert_eq!(check("19.99", false), (vec!["MIN_HOURS"], none.clone()));
    assert_eq!(check("20", false), (none.clone(), none.clone()));
    assert_eq!(check("19.99", true), (none.clone(), vec!["UNDER_20H_DEROGATION"]));
    assert_eq!(check("20", true), (none.clone(), none.clone()));
    assert_eq!(check("35", false), (none.clone(), none.clone()));
    assert_eq!(check("35.01", false), (vec!["MAX_HOURS"], none.clone()));
}

#[test]
fn the_schedule_is_given_even_when_a_limit_is_broken() {
    let c = simulate(&adult(), &contract("2026-03-02", 6, "40")).unwrap();
    assert!(!c.valid);
    assert_eq!(c.months.len(), 7);
    assert_eq!(c.end, d("2026-09-01"));
}

#[test]
fn under_18_the_minimum_is_80_then_90_percent_of_the_smic_by_age_at_month_end() {
    // D3231-3; cddi.md C5: the age on the last contract day of each month.
    let minor = Person { birth_date: Some(d("2009-08-15")), ..adult() }; // 17 on 2026-08-15
    let c = simulate(&minor, &contract("2026-07-01", 4, "20")).unwrap();
    let rates: Vec<String> = c.months.iter().map(|m| m.hourly_rate.to_string()).collect();
    assert_eq!(rates, ["9.85", "11.08", "11.08", "11.08"]); // July at 16, then 17
    assert!(c.notices.contains(&ContractNotice::MinorMinimumApplied));
    let adult_at_month_end = Person { birth_date: Some(d("2008-08-31")), ..adult() };
    let c = simulate(&adult_at_month_end, &contract("2026-08-01", 4, "20")).unwrap();
    assert_eq!(c.months[0].hourly_rate.to_string(), "12.31");
}

#[test]
fn pension_quarters_are_counted_per_calendar_year_and_capped_at_4() {
    // CSS R351-9: 150 × the hourly SMIC of 1 January (1 803.00 € in 2026).
    let c = simulate(&adult(), &contract("2026-10-01", 6, "20")).unwrap();
    let q: Vec<(i32, u32)> = c.pension_quarters.clone();
    // Oct–Dec 2026: 3 × 1066.67 = 3200.01 → 1 quarter; Jan–Mar 2027 at the latest SMIC.
    assert_eq!(q[0], (2026, 1));
    assert_eq!(q[1].0, 2027);
    let full_year = simulate(&adult(), &contract("2026-01-01", 12, "35")).unwrap();
    assert_eq!(full_year.pension_quarters, [(2026, 4)]);
}

#[test]
fn a_contract_past_the_last_check_says_later_revaluations_are_not_included() {
    let c = simulate(&adult(), &contract("2026-07-01", 12, "26")).unwrap();
    assert!(c.notices.contains(&ContractNotice::LaterRevaluationsNotIncluded));
    // parameters.md §1.1: the June 2026 SMIC is confirmed, so no month uses a doubtful value.
    assert!(!c.notices.contains(&ContractNotice::UncertainParameter));
    let past = simulate(&adult(), &contract("2024-03-11", 6, "20")).unwrap();
    assert!(past.notices.is_empty());
}

#[test]
fn pay_above_the_social_security_ceiling_is_flagged() {
    // C7 applies the capped lines to the whole gross: right only below the ceiling.
    let mut c = contract("2026-01-05", 6, "35");
    c.hourly_rate = Some(dec("26.40"));
    assert!(simulate(&adult(), &c).unwrap().warnings.is_empty()); // 26.40 × 151.67 = 4004 < 4005
    c.hourly_rate = Some(dec("26.41"));
    let out = simulate(&adult(), &c).unwrap();
    assert_eq!(codes(&out).1, ["ABOVE_SOCIAL_SECURITY_CEILING"]);
    assert!(out.valid);
}

#[test]
fn a_contract_month_before_the_tables_is_an_error() {
    let err = simulate(&adult(), &contract("2021-12-15", 6, "26")).unwrap_err();
    assert_eq!(err.date, d("2021-12-15"));
    assert_eq!(err.first, Some(d("2022-01-01")));
}

// ---- Invariants over random valid contracts ---------------------------------------------

fn any_contract() -> impl Strategy<Value = (Person, ContractInput)> {
    let start = (0i64..(365 * 5)).prop_map(|days| d("2022-01-01") + chrono::Duration::days(days));
    let months = 4u32..=24;
    let hours = 2000u32..=3500; // hundredths: 20.00 to 35.00
    let rate_bonus = prop::option::of(0u32..=800); // cents above the highest SMIC
    let birth = prop::option::of((0i64..(365 * 60)).prop_map(|days| d("1950-01-01") + chrono::Duration::days(days)));
    (start, months, hours, rate_bonus, birth).prop_map(|(start, months, hours, bonus, birth)| {
        let person = Person { birth_date: birth.filter(|b| *b <= start), ..adult() };
        let highest = params::SMIC_HOURLY.entries.last().unwrap().value.0;
        let c = ContractInput {
            start,
            months,
            weekly_hours: Decimal::new(i64::from(hours), 2),
            hourly_rate: bonus.map(|b| highest + Decimal::new(i64::from(b), 2)),
            under_20h_derogation: false,
            extension: None,
            employer: Employer::Private,
            employer_view: None,
        };
        (person, c)
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn random_valid_contracts_keep_the_invariants((person, c) in any_contract()) {
        let out = simulate(&person, &c).unwrap();
        prop_assert!(out.errors.iter().all(|e| e.code != ContractCode::MinHours && e.code != ContractCode::MaxHours));
        let max_hours = Decimal::from(35) * Decimal::from(52) / Decimal::from(12);
        let mut sum_hours = Decimal::ZERO;
        let mut sum_gross = Decimal::ZERO;
        let mut sum_net = Decimal::ZERO;
        for m in &out.months {
            prop_assert!(m.net < m.gross, "net {} not below gross {} in {}", m.net, m.gross, m.month);
            prop_assert!(m.hours <= max_hours.round_dp(2), "{} hours in {}", m.hours, m.month);
            prop_assert!(m.hourly_rate >= m.minimum_rate, "rate below the minimum in {}", m.month);
            // The gross is never below what the minimum in force gives for the same days.
            let full_at_minimum = (m.minimum_rate * c.weekly_hours * Decimal::from(52) / Decimal::from(12)).round_dp(2);
            let at_minimum = (full_at_minimum * Decimal::from(m.days) / Decimal::from(m.days_in_month)).round_dp(2);
            prop_assert!(m.gross >= at_minimum, "gross {} below the minimum {} in {}", m.gross, at_minimum, m.month);
            let lines: Decimal = m.contributions.iter().map(|l| l.amount).sum();
            prop_assert_eq!(lines, m.employee_contributions);
            prop_assert_eq!(m.gross - m.employee_contributions, m.net);
            sum_hours += m.hours;
            sum_gross += m.gross;
            sum_net += m.net;
        }
        prop_assert_eq!(sum_hours, out.totals.hours);
        prop_assert_eq!(sum_gross, out.totals.gross);
        prop_assert_eq!(sum_net, out.totals.net);
        let days: u32 = out.months.iter().map(|m| m.days).sum();
        prop_assert_eq!(i64::from(days), (out.end - c.start).num_days() + 1);
        prop_assert!(out.pension_quarters.iter().all(|(_, q)| *q <= 4));
        prop_assert!(out.valid, "errors: {:?}", out.errors);
    }
}

/// The sentences of the contract's errors, as the person reads them.
fn error_sentences(person: &Person, c: &ContractInput) -> Vec<String> {
    simulate(person, c).unwrap().errors.iter().map(tremplin::present::text::issue_text).collect()
}

#[test]
fn the_max_duration_sentence_names_the_ceiling_of_the_ground_that_applies() {
    // cddi.md C3; R5132-1-8: 24 months in general, 60 on the RQTH and difficulties grounds,
    // 84 on the senior ground. The engine carries the ceiling; the sentence names it.
    let rqth = Person { rqth: Some(true), ..adult() };
    let mut c = contract("2026-01-05", 61, "26");
    c.extension = Some(Extension::Rqth);
    assert_eq!(error_sentences(&rqth, &c), ["Avec ce motif de prolongation, un CDDI dure au plus 60 mois."]);
    c.extension = Some(Extension::Difficulties);
    assert_eq!(error_sentences(&adult(), &c), ["Avec ce motif de prolongation, un CDDI dure au plus 60 mois."]);
    let senior = Person { birth_date: Some(d("1974-01-08")), ..adult() };
    let mut c = contract("2024-01-08", 85, "26");
    c.extension = Some(Extension::Senior);
    assert_eq!(error_sentences(&senior, &c), ["Avec ce motif de prolongation, un CDDI dure au plus 84 mois."]);
    // No ground, or a ground that does not fit the person: the general 24 months.
    let c = contract("2026-01-05", 25, "26");
    assert_eq!(error_sentences(&adult(), &c), ["Un CDDI dure au plus 24 mois, sauf motif de prolongation."]);
    let mut c = contract("2026-01-05", 61, "26");
    c.extension = Some(Extension::Rqth);
    assert_eq!(
        error_sentences(&adult(), &c),
        ["Un CDDI dure au plus 24 mois, sauf motif de prolongation.", "Ce motif de prolongation ne correspond pas à votre situation."]
    );
    // Within each ceiling: no error.
    c.months = 60;
    assert!(error_sentences(&rqth, &c).is_empty());
}

#[test]
fn duration_and_hours_errors_carry_the_limit_they_break() {
    // cddi.md C2, C4: at least 4 months; 20 to 35 hours a week.
    use tremplin::rules::contract::Limit;
    let limit = |person: &Person, c: &ContractInput| simulate(person, c).unwrap().errors.first().and_then(|i| i.limit);
    assert_eq!(limit(&adult(), &contract("2026-03-02", 3, "26")), Some(Limit::Months { months: 4, extended: false }));
    assert_eq!(limit(&adult(), &contract("2026-03-02", 12, "35.01")), Some(Limit::WeeklyHours(dec("35"))));
    assert_eq!(limit(&adult(), &contract("2026-03-02", 12, "19.99")), Some(Limit::WeeklyHours(dec("20"))));
    assert_eq!(error_sentences(&adult(), &contract("2026-03-02", 12, "35.01")), ["Un CDDI ne peut pas dépasser 35 heures par semaine."]);
    assert_eq!(error_sentences(&adult(), &contract("2026-03-02", 3, "26")), ["Un CDDI dure au moins 4 mois (sauf aménagement de peine)."]);
    // Not in the API output: the reference cases compare the errors arrays exactly.
    let out = tremplin::api::simulate_json(r#"{"as_of":"2026-01-05","contract":{"start":"2026-01-05","months":12,"weekly_hours":"36"}}"#);
    assert!(out.contains(r#""errors":[{"code":"MAX_HOURS","refs":["L5132-15-1","L3121-27"]}]"#), "{out}");
}

#[test]
fn in_mayotte_the_figures_say_that_its_own_smic_and_rates_are_not_modelled() {
    // cddi.md open point 9; parameters.md §1.2: Mayotte has its own SMIC and contribution
    // rates, which v1 does not model; the other overseas départements use the national ones.
    let notices = |department: &str| simulate(&Person { department: Some(department.into()), ..adult() }, &contract("2026-07-01", 12, "26")).unwrap().notices;
    assert!(notices("976").contains(&ContractNotice::MayotteNotModelled));
    assert!(!notices("974").contains(&ContractNotice::MayotteNotModelled));
    assert!(!notices("59").contains(&ContractNotice::MayotteNotModelled));
    let text = tremplin::present::text::notice_text(ContractNotice::MayotteNotModelled, &tremplin::present::text::limits(d("2026-07-01")), d("2026-07-01"));
    assert!(text.starts_with("À Mayotte, le SMIC et les cotisations sont différents"), "{text}");
}
