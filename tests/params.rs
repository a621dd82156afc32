//! The parameter tables hold what a lawyer reviews: every timeline has strictly increasing
//! dates, every entry names its source, a lookup on each boundary gives the new value and
//! the day before gives the previous one (or an explicit error before the first entry).
#![cfg(not(target_arch = "wasm32"))]

use tremplin::rules::params::{self, AnyTimeline, ALL};

mod common;
use common::d;

#[test]
fn every_timeline_has_strictly_increasing_dates_and_sourced_entries() {
    for t in ALL {
        assert!(!t.is_empty(), "{} has no entry", t.id());
        for i in 0..t.len() {
            let source = t.source(i).unwrap();
            assert!(source.trim().len() >= 8, "{} entry {i} has no real source: {source:?}", t.id());
            if i > 0 {
                assert!(t.effective(i - 1).unwrap() < t.effective(i).unwrap(), "{}: dates not strictly increasing at entry {i}", t.id());
            }
        }
        assert!(t.last_checked() >= t.effective(t.len() - 1).unwrap(), "{} was last checked before its newest entry", t.id());
    }
}

#[test]
fn every_lookup_gives_the_new_value_on_its_date_and_the_previous_one_the_day_before() {
    for t in ALL {
        for i in 0..t.len() {
            let from = t.effective(i).unwrap();
            assert_eq!(t.index_at(from), Some(i), "{} on {from}", t.id());
            let day_before = from.pred_opt().unwrap();
            let expected_before = if i == 0 { None } else { Some(i - 1) };
            assert_eq!(t.index_at(day_before), expected_before, "{} on {day_before}", t.id());
        }
        // After the newest entry, the newest value keeps applying (parameters.md).
        assert_eq!(t.index_at(d("2099-12-31")), Some(t.len() - 1), "{}", t.id());
    }
}

#[test]
fn a_date_before_the_first_entry_is_an_explicit_error_not_a_default() {
    let err = params::SMIC_HOURLY.at(d("2021-12-31")).unwrap_err();
    assert_eq!(err.parameter, "pay.smic_hourly");
    assert_eq!(err.first, Some(d("2022-01-01")));
    assert_eq!(params::covered_from(), d("2022-01-01"));
}

#[test]
fn the_smic_moves_on_the_first_day_of_each_revaluation() {
    // parameters.md §1.1: every value from 2022 to today, each on the 1st of a month.
    let expected = [
        ("2021-12-31", None),
        ("2022-01-01", Some("10.57")),
        ("2022-04-30", Some("10.57")),
        ("2022-05-01", Some("10.85")),
        ("2022-08-01", Some("11.07")),
        ("2023-01-01", Some("11.27")),
        ("2023-05-01", Some("11.52")),
        ("2024-01-01", Some("11.65")),
        ("2024-10-31", Some("11.65")),
        ("2024-11-01", Some("11.88")),
        ("2025-12-31", Some("11.88")),
        ("2026-01-01", Some("12.02")),
        ("2026-05-31", Some("12.02")),
        ("2026-06-01", Some("12.31")),
    ];
    for (day, value) in expected {
        let got = params::SMIC_HOURLY.at(d(day)).ok().map(|v| v.0.to_string());
        assert_eq!(got.as_deref(), value, "SMIC on {day}");
    }
}

#[test]
fn the_rules_version_is_the_latest_effective_date_of_the_tables() {
    // cddi.md C9.
    assert_eq!(params::rules_version(), d("2026-06-01"));
}

#[test]
fn every_timeline_declared_in_params_is_listed_in_all() {
    // Every file of src/rules/params/ (mod.rs and one file per area of law).
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules/params");
    let mut source = String::new();
    for entry in std::fs::read_dir(&dir).expect("src/rules/params is readable") {
        let path = entry.expect("directory entry").path();
        if path.extension().is_some_and(|e| e == "rs") {
            source.push('\n');
            source.push_str(&std::fs::read_to_string(&path).expect("params file is readable"));
        }
    }
    // Statics written out, plus the ones declared through the two helper macros.
    let written = source.lines().filter(|l| l.starts_with("pub static ") && l.contains(": Timeline<")).count();
    let by_macro = source.matches("\nrate_timeline!(").count() + source.matches("\ncount_timeline!(").count();
    let declared = written + by_macro;
    assert_eq!(declared, ALL.len(), "a timeline is declared but not listed in params::ALL (or the reverse)");
    let mut ids: Vec<&str> = ALL.iter().map(|t| t.id()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), ALL.len(), "two timelines share an id");
}

#[test]
fn the_june_2026_smic_is_confirmed_and_the_proofs_list_keeps_its_doubt() {
    // parameters.md §1.1: the SMIC of 2026-06-01 was confirmed on 2026-12-01 (no ⚠ left);
    // the proofs' table is still read from the platform (eligibility.md D1).
    let last = params::SMIC_HOURLY.len() - 1;
    assert_eq!(params::SMIC_HOURLY.effective(last), Some(d("2026-06-01")));
    assert!(AnyTimeline::flag(&params::SMIC_HOURLY, last).is_none());
    assert!(AnyTimeline::flag(&params::PROOFS, 0).is_some());
    assert_eq!(params::CHECKED, d("2026-12-01"));
}

#[test]
fn the_employer_tables_cover_every_month_from_1_january_2026_and_leave_the_person_side_alone() {
    // employer.md E1: the employer view starts on 2026-01-01; the person's side still starts
    // in 2022 and the rules version is unchanged.
    use tremplin::rules::params::employer;
    for t in ALL.iter().filter(|t| t.id().starts_with("employer.")) {
        assert!(t.effective(0).unwrap() <= employer::COVERED_FROM, "{} starts after 2026-01-01", t.id());
    }
    assert_eq!(params::covered_from(), d("2022-01-01"));
    // The RGDU exponent is a whole number of quarters (the engine computes fourth roots).
    let power = employer::RGDU_POWER.at(employer::COVERED_FROM).unwrap().0;
    assert_eq!((power * rust_decimal::Decimal::from(4)).fract(), rust_decimal::Decimal::ZERO);
}

#[test]
fn the_aide_au_poste_socle_keeps_its_published_history_and_the_2024_11_amount_is_the_latest() {
    // parameters.md §6: no arrêté since the one of 4 December 2024; never an estimate.
    use tremplin::rules::params::employer::AIDE_AU_POSTE_SOCLE as S;
    let at = |day: &str| S.at(d(day)).unwrap().0.to_string();
    assert_eq!(at("2024-10-31"), "23458");
    assert_eq!(at("2024-11-01"), "23921");
    assert_eq!(at("2026-07-01"), "23921");
    assert_eq!(S.entries.last().unwrap().from, d("2024-11-01"));
    assert!(S.entries.last().unwrap().flag.is_some(), "the latest socle says no later one is published");
}
