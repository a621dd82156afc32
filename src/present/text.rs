//! Sentences built from the engine's answers: criteria names with their thresholds, reasons,
//! "how far", contract errors and notices. The legal values in them come from the parameter
//! tables in force, never from the text.

use crate::api::ApiError;
use crate::i18n::format::{long_date, month_year, short};
use crate::i18n::{fill, lookup2, t, tf};
use crate::rules::codes::{Criterion, StructureKind};
use crate::rules::contract::{ContractCode, ContractIssue, ContractNotice, Limit};
use crate::rules::eligibility::{Eligibility, EligibilityReason, Status};
use crate::rules::params;
use chrono::NaiveDate;
use rust_decimal::Decimal;

fn years(tl: &params::Timeline<params::Years>, on: NaiveDate) -> String {
    tl.at(on).map(|v| v.0.to_string()).unwrap_or_default()
}

fn months(tl: &params::Timeline<params::MonthCount>, on: NaiveDate) -> String {
    tl.at(on).map(|v| v.0.to_string()).unwrap_or_default()
}

/// A catalogue sentence whose id is `prefix` + `code` (empty if missing: a test checks none is).
pub fn key2(prefix: &str, code: &str) -> &'static str {
    crate::i18n::lookup2(prefix, code).unwrap_or("")
}

/// A catalogue sentence whose id is made of `parts`.
pub fn key3(prefix: &str, code: &str, suffix: &str) -> &'static str {
    crate::i18n::lookup_parts(&[prefix, code, suffix]).unwrap_or("")
}

/// The official name of a criterion, with its threshold filled from the rules in force.
pub fn criterion_label(c: Criterion, as_of: NaiveDate) -> String {
    let template = lookup2("criterion.", c.code()).unwrap_or(c.code());
    match c {
        Criterion::Jeune => fill(template, &[("age", &years(&params::JEUNE_BELOW_AGE, as_of))]),
        Criterion::Senior => fill(template, &[("age", &years(&params::SENIOR_FROM_AGE, as_of))]),
        Criterion::Deld => fill(template, &[("months", &months(&params::DELD_FROM_MONTHS, as_of))]),
        Criterion::Detld => fill(template, &[("months", &months(&params::DETLD_FROM_MONTHS, as_of))]),
        _ => template.to_owned(),
    }
}

/// "2 ans" for 24 months, "18 mois" otherwise.
pub fn duration_words(n: u32) -> String {
    if n.is_multiple_of(12) {
        tf("value.duration_years", &[("n", &(n / 12).to_string())])
    } else {
        tf("value.months", &[("n", &n.to_string())])
    }
}

fn waiting_words(as_of: NaiveDate) -> String {
    params::WAITING_PERIOD_MONTHS.at(as_of).map(|v| duration_words(v.0)).unwrap_or_default()
}

/// The sentence of a reason, with its legal values filled in.
pub fn reason_text(r: EligibilityReason, as_of: NaiveDate) -> String {
    let template = lookup2("reason.", r.code()).unwrap_or(r.code());
    fill(template, &[("age", &years(&params::MINIMUM_WORKING_AGE, as_of)), ("duration", &waiting_words(as_of))])
}

/// The waiting-period sentence (D6).
pub fn waiting_text(until: NaiveDate, as_of: NaiveDate) -> String {
    tf("eligibility.waiting", &[("date", &long_date(until)), ("duration", &waiting_words(as_of))])
}

/// Names joined the French way: "une AI ou une ETTI", "a, b ou c".
pub fn or_list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => tf("list.two", &[("a", a), ("b", b)]),
        [rest @ .., last] => tf("list.more", &[("rest", &rest.join(", ")), ("last", last)]),
    }
}

/// The sentence with its first letter in capitals. ASCII only: the catalogue's list items
/// start with "un"/"une", and Unicode case tables would weigh 19 KB in the Wasm.
fn capitalised(s: &str) -> String {
    let mut out = s.to_owned();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// "Encore 1 critère pour un ACI. Une AI ou une ETTI vous accepterait déjà."
pub fn how_far(e: &Eligibility) -> Option<String> {
    let aci = e.structure(StructureKind::Aci)?;
    // While answers are missing the results' headline lists them: no "Encore 3 critères".
    if matches!(aci.status, Status::NotEligible | Status::Incomplete) || e.waiting_period_until.is_some() {
        return None;
    }
    if aci.level1 > 0 {
        return Some(t("howfar.level1").to_owned());
    }
    let n = aci.level2_needed();
    if n == 0 {
        return None;
    }
    let kind = t("kind_article.ACI");
    let text = if n == 1 {
        tf("howfar.more_one", &[("kind", kind)])
    } else {
        tf("howfar.more_many", &[("n", &n.to_string()), ("kind", kind)])
    };
    let already: Vec<String> = e
        .structures
        .iter()
        .filter(|s| s.level2_needed() == 0)
        .map(|s| key2("kind_article.", s.kind.code()).to_owned())
        .collect();
    if already.is_empty() {
        return Some(text);
    }
    Some(format!("{text} {}", capitalised(&tf("howfar.already", &[("kinds", &or_list(&already))]))))
}

/// The words for an engine error, for the person.
pub fn error_text(e: &ApiError) -> String {
    if e.code == "date_not_covered" {
        return tf("asof.not_covered", &[("date", &long_date(params::covered_from()))]);
    }
    let k = if e.path == "person.birth_date" { "date.future" } else { "contract.fix_fields" };
    tf("results.error", &[("message", t(k))])
}

/// The contract limits in force on `start`, for the sentences.
pub struct Limits {
    pub min_months: u32,
    pub max_months: u32,
    pub min_hours: Decimal,
    pub max_hours: Decimal,
    pub senior_age: u32,
}

pub fn limits(start: NaiveDate) -> Limits {
    Limits {
        min_months: params::CDDI_MIN_MONTHS.at(start).map_or(0, |v| v.0),
        max_months: params::CDDI_MAX_MONTHS.at(start).map_or(0, |v| v.0),
        min_hours: params::CDDI_MIN_WEEKLY_HOURS.at(start).map_or(Decimal::ZERO, |v| v.0),
        max_hours: params::CDDI_MAX_WEEKLY_HOURS.at(start).map_or(Decimal::ZERO, |v| v.0),
        senior_age: params::CDDI_SENIOR_EXTENSION_AGE.at(start).map_or(0, |v| v.0),
    }
}

/// Which field a contract error or warning belongs next to.
pub fn issue_field(code: ContractCode) -> &'static str {
    match code {
        ContractCode::MinDuration | ContractCode::MaxDuration | ContractCode::ShortContractSentenceAdjustment => "months",
        ContractCode::ExtensionNotAllowed | ContractCode::ExtensionUntilTrainingEnds => "extension",
        ContractCode::MaxHours | ContractCode::MinHours | ContractCode::Under20hDerogation => "hours",
        ContractCode::BelowMinimumWage | ContractCode::AboveSocialSecurityCeiling => "rate",
    }
}

/// The sentence of a contract error or warning, naming the limit the engine applied (never
/// recomputed here: the ceiling depends on the extension ground and the person).
pub fn issue_text(i: &ContractIssue) -> String {
    let kind = if i.code.is_error() { "error" } else { "warning" };
    let (limit, extended) = match i.limit {
        Some(Limit::Months { months, extended }) => (months.to_string(), extended),
        Some(Limit::WeeklyHours(hours)) => (short(hours), false),
        None => (String::new(), false),
    };
    let suffix = if extended { ".extended" } else { "" };
    fill(
        crate::i18n::lookup_parts(&["contract.", kind, ".", i.code.code(), suffix]).unwrap_or(""),
        &[("limit", &limit), ("month", &i.month.map(|m| month_year(m.year, m.month)).unwrap_or_default())],
    )
}

pub fn notice_text(n: ContractNotice, l: &Limits, start: NaiveDate) -> String {
    let minor = params::MINOR_MINIMUM.at(start).ok();
    let uncertain_from = params::SMIC_HOURLY.entries.iter().rev().find(|e| e.flag.is_some()).map(|e| long_date(e.from));
    fill(
        key2("contract.notice.", n.code()),
        &[
            ("checked", &long_date(params::SMIC_HOURLY.last_checked)),
            ("date", &uncertain_from.unwrap_or_default()),
            ("age", &minor.map(|m| m.second_band_below.0.to_string()).unwrap_or_default()),
            ("months", &minor.map(|m| m.practice_months.0.to_string()).unwrap_or_default()),
            ("max", &l.max_months.to_string()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_listed_with_ou() {
        let n = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(or_list(&n(&["une AI", "une ETTI"])), "une AI ou une ETTI");
        assert_eq!(or_list(&n(&["a", "b", "c"])), "a, b ou c");
    }

    #[test]
    fn criterion_names_take_their_thresholds_from_the_rules() {
        let on = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
        assert_eq!(criterion_label(Criterion::Jeune, on), "Âgé(e) de moins de 26 ans");
        assert_eq!(criterion_label(Criterion::Senior, on), "Âgé(e) de 50 ans ou plus");
        assert!(criterion_label(Criterion::Deld, on).contains("12 mois"));
        assert_eq!(duration_words(24), "2 ans");
        assert!(reason_text(EligibilityReason::Under16, on).starts_with("Avant 16 ans"));
    }
}
