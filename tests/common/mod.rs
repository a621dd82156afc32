//! Helpers shared by the native test binaries (each binary uses only some of them).
#![allow(dead_code)]

use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use tremplin::rules::codes::{CriteriaSet, Employer, Justice, Referent};
use tremplin::rules::{ContractInput, Person};

/// A date written `YYYY-MM-DD` in a test.
pub fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Every `.rs` file under `dir`, recursively.
pub fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A decimal written as text in a test.
pub fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// A 40-year-old job seeker of the Nord with every answer given and none that matters,
/// under `justice`.
pub fn adult_under(justice: Justice) -> Person {
    Person {
        birth_date: Some(d("1986-05-17")),
        department: Some("59".into()),
        employed: Some(false),
        job_seeker_months: Some(14),
        benefits: Some(vec![]),
        rqth: Some(false),
        criteria: Some(CriteriaSet::EMPTY),
        justice: Some(justice),
        referent: Referent::None,
        previous_pass_end: None,
    }
}

/// A private carrier's CDDI from `start` for `months` at `hours` a week, at the minimum rate.
pub fn contract(start: &str, months: u32, hours: &str) -> ContractInput {
    ContractInput {
        start: d(start),
        months,
        weekly_hours: dec(hours),
        hourly_rate: None,
        under_20h_derogation: false,
        extension: None,
        employer: Employer::Private,
        employer_view: None,
    }
}

/// Every reference case of `../shared/cases` (the `*.json` files), with its path.
pub fn shared_cases() -> Vec<(PathBuf, serde_json::Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/cases");
    let mut cases = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let case = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            cases.push((path, case));
        }
    }
    cases
}
