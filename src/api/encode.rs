//! [`Output`] → the JSON of the API contract. Field names are the contract's; amounts and
//! hours are strings with exactly two decimals. Fields the contract does not name are added
//! only to objects (`level2_needed`, `waiting_period_until`, `notices`,
//! `totals.employee_contributions`), never to array elements, which partners compare whole.

use crate::rules::contract::{Contract, ContractIssue};
use crate::rules::eligibility::Eligibility;
use crate::rules::money::two_decimals;
use crate::rules::routing::Routing;
use crate::rules::Output;
use chrono::NaiveDate;
use serde_json::{json, Map, Value};

fn date(d: Option<NaiveDate>) -> Value {
    d.map_or(Value::Null, |d| Value::String(d.to_string()))
}

fn reason(code: &str, refs: &[&str]) -> Value {
    json!({"code": code, "refs": refs})
}

fn eligibility(e: &Eligibility) -> Value {
    let structures: Map<String, Value> = e
        .structures
        .iter()
        .map(|s| {
            let value = json!({
                "status": s.status.code(),
                "level1": s.level1,
                "level2": s.level2,
                "level2_required": s.level2_required,
                "level2_needed": s.level2_needed(),
            });
            (s.kind.code().to_owned(), value)
        })
        .collect();
    json!({
        "criteria": e.criteria.iter().map(|m| json!({
            "code": m.criterion.code(),
            "level": match m.criterion.level() { crate::rules::codes::Level::One => 1, crate::rules::codes::Level::Two => 2 },
            "from": m.source.code(),
        })).collect::<Vec<_>>(),
        "structures": structures,
        "reasons": e.reasons.iter().map(|r| reason(r.code(), r.refs())).collect::<Vec<_>>(),
        "missing": e.missing.iter().map(|q| q.code()).collect::<Vec<_>>(),
        "proofs": e.proofs.iter().map(|p| json!({
            "criterion": p.criterion.code(),
            "document": p.document.code(),
            "issued_on_or_after": date(p.issued_on_or_after),
        })).collect::<Vec<_>>(),
        "waiting_period_until": date(e.waiting_period_until),
    })
}

fn routing(r: &Routing) -> Value {
    json!({
        "primary": r.primary.code(),
        "alternatives": r.alternatives.iter().map(|p| p.code()).collect::<Vec<_>>(),
        "reasons": r.reasons.iter().map(|x| reason(x.code(), x.refs())).collect::<Vec<_>>(),
    })
}

fn issue(i: &ContractIssue) -> Value {
    let mut v = reason(i.code.code(), i.code.refs());
    if let (Some(month), Value::Object(map)) = (i.month, &mut v) {
        map.insert("month".to_owned(), Value::String(month.to_string()));
    }
    v
}

fn contract(c: &Contract) -> Value {
    let quarters: Map<String, Value> = c.pension_quarters.iter().map(|(y, q)| (y.to_string(), json!(q))).collect();
    json!({
        "valid": c.valid,
        "errors": c.errors.iter().map(issue).collect::<Vec<_>>(),
        "warnings": c.warnings.iter().map(issue).collect::<Vec<_>>(),
        "notices": c.notices.iter().map(|n| json!({"code": n.code()})).collect::<Vec<_>>(),
        "end": c.end.to_string(),
        "months": c.months.iter().map(|m| json!({
            "month": m.month.to_string(),
            "days": m.days,
            "hours": two_decimals(m.hours),
            "hourly_rate": two_decimals(m.hourly_rate),
            "gross": two_decimals(m.gross),
            "employee_contributions": two_decimals(m.employee_contributions),
            "net": two_decimals(m.net),
        })).collect::<Vec<_>>(),
        "totals": {
            "hours": two_decimals(c.totals.hours),
            "gross": two_decimals(c.totals.gross),
            "employee_contributions": two_decimals(c.totals.employee_contributions),
            "net": two_decimals(c.totals.net),
        },
        "pension_quarters": quarters,
    })
}

pub fn output(o: &Output) -> Value {
    let mut v = json!({
        "rules_version": o.rules_version.to_string(),
        "eligibility": eligibility(&o.eligibility),
        "routing": routing(&o.routing),
    });
    if let (Some(c), Value::Object(map)) = (&o.contract, &mut v) {
        map.insert("contract".to_owned(), contract(c));
    }
    v
}
