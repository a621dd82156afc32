//! [`Output`] → the JSON of the API contract. Field names are the contract's; amounts and
//! hours are strings with exactly two decimals. Fields the contract does not name are added
//! only to objects (`level2_needed`, `waiting_period_until`, `notices`,
//! `totals.employee_contributions`), never to array elements, which partners compare whole.

use super::json::{number, object, string, strings, Json};
use crate::rules::codes::Level;
use crate::rules::contract::{Contract, ContractIssue};
use crate::rules::eligibility::Eligibility;
use crate::rules::money::two_decimals;
use crate::rules::routing::Routing;
use crate::rules::Output;
use chrono::NaiveDate;

fn date(d: Option<NaiveDate>) -> Json {
    d.map_or(Json::Null, |d| string(d.to_string()))
}

fn reason(code: &str, refs: &[&str]) -> Json {
    object(vec![("code", string(code)), ("refs", strings(refs.iter().copied()))])
}

fn money(x: rust_decimal::Decimal) -> Json {
    string(two_decimals(x))
}

fn eligibility(e: &Eligibility) -> Json {
    let structures = e
        .structures
        .iter()
        .map(|s| {
            let value = object(vec![
                ("status", string(s.status.code())),
                ("level1", number(s.level1)),
                ("level2", number(s.level2)),
                ("level2_required", number(s.level2_required)),
                ("level2_needed", number(s.level2_needed())),
            ]);
            (s.kind.code().to_owned(), value)
        })
        .collect();
    object(vec![
        (
            "criteria",
            Json::Array(
                e.criteria
                    .iter()
                    .map(|m| {
                        let level = if m.criterion.level() == Level::One { 1 } else { 2 };
                        object(vec![("code", string(m.criterion.code())), ("level", number(level)), ("from", string(m.source.code()))])
                    })
                    .collect(),
            ),
        ),
        ("structures", Json::Object(structures)),
        ("reasons", Json::Array(e.reasons.iter().map(|r| reason(r.code(), r.refs())).collect())),
        ("missing", strings(e.missing.iter().map(|q| q.code()))),
        (
            "proofs",
            Json::Array(
                e.proofs
                    .iter()
                    .map(|p| {
                        object(vec![
                            ("criterion", string(p.criterion.code())),
                            ("document", string(p.document.code())),
                            ("issued_on_or_after", date(p.issued_on_or_after)),
                        ])
                    })
                    .collect(),
            ),
        ),
        ("waiting_period_until", date(e.waiting_period_until)),
    ])
}

fn routing(r: &Routing) -> Json {
    object(vec![
        ("primary", string(r.primary.code())),
        ("alternatives", strings(r.alternatives.iter().map(|p| p.code()))),
        ("reasons", Json::Array(r.reasons.iter().map(|x| reason(x.code(), x.refs())).collect())),
    ])
}

fn issue(i: &ContractIssue) -> Json {
    let mut entries = vec![("code", string(i.code.code())), ("refs", strings(i.code.refs().iter().copied()))];
    if let Some(month) = i.month {
        entries.push(("month", string(month.to_string())));
    }
    // `i.limit` stays out of the output: the reference cases compare these arrays exactly
    // (shared/cases/README.md), so an extra field would change every contract case.
    object(entries)
}

fn contract(c: &Contract) -> Json {
    let months = c
        .months
        .iter()
        .map(|m| {
            object(vec![
                ("month", string(m.month.to_string())),
                ("days", number(m.days)),
                ("hours", money(m.hours)),
                ("hourly_rate", money(m.hourly_rate)),
                ("gross", money(m.gross)),
                ("employee_contributions", money(m.employee_contributions)),
                ("net", money(m.net)),
            ])
        })
        .collect();
    let quarters = c.pension_quarters.iter().map(|(y, q)| (y.to_string(), number(q))).collect();
    object(vec![
        ("valid", Json::Bool(c.valid)),
        ("errors", Json::Array(c.errors.iter().map(issue).collect())),
        ("warnings", Json::Array(c.warnings.iter().map(issue).collect())),
        ("notices", Json::Array(c.notices.iter().map(|n| object(vec![("code", string(n.code()))])).collect())),
        ("end", string(c.end.to_string())),
        ("months", Json::Array(months)),
        (
            "totals",
            object(vec![
                ("hours", money(c.totals.hours)),
                ("gross", money(c.totals.gross)),
                ("employee_contributions", money(c.totals.employee_contributions)),
                ("net", money(c.totals.net)),
            ]),
        ),
        ("pension_quarters", Json::Object(quarters)),
    ])
}

pub fn output(o: &Output) -> Json {
    let mut entries = vec![
        ("rules_version", string(o.rules_version.to_string())),
        ("eligibility", eligibility(&o.eligibility)),
        ("routing", routing(&o.routing)),
    ];
    if let Some(c) = &o.contract {
        entries.push(("contract", contract(c)));
    }
    object(entries)
}
