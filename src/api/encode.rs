//! [`Output`] → the JSON of the API contract. Field names are the contract's; amounts and
//! hours are strings with exactly two decimals. Fields the contract does not name are added
//! only to objects (`level2_needed`, `waiting_period_until`, `notices`,
//! `totals.employee_contributions`), never to array elements, which partners compare whole.

use super::json::{number, object, string, strings, Json};
use crate::rules::codes::Level;
use crate::rules::contract::{Contract, ContractIssue};
#[cfg(feature = "employer")]
use crate::rules::employer::{EmployerError, EmployerMonth, EmployerTotals, EmployerView, RevenueCap, REVENUE_CAP_REFS};
use crate::rules::eligibility::Eligibility;
#[cfg(feature = "employer")]
use crate::rules::income::Income;
use crate::rules::money::two_decimals;
#[cfg(feature = "employer")]
use crate::rules::rights::Rights;
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

fn contract(c: &Contract, o: &Output) -> Json {
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
    #[cfg_attr(not(feature = "employer"), allow(unused_mut))]
    let mut entries = vec![
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
    ];
    #[cfg(feature = "employer")]
    entries.push(("rights", rights(&c.rights)));
    #[cfg(feature = "employer")]
    if let Some(v) = &o.employer_view {
        entries.push(("employer_view", employer_view(v)));
    }
    #[cfg(not(feature = "employer"))]
    let _ = o;
    object(entries)
}

#[cfg(feature = "employer")]
/// `contract.rights` (api-contract.md, version 1.1; cddi.md C10–C12): present whenever
/// `contract` is, valid or not; the refs of the three limits in one list.
fn rights(r: &Rights) -> Json {
    object(vec![
        ("trial_period_max_days", number(r.trial_period.days)),
        ("pmsmp_max_days", number(r.pmsmp.days)),
        ("notice_days_for_cdi", number(r.notice_for_cdi.days)),
        ("refs", strings(r.refs())),
    ])
}

pub fn output(o: &Output) -> Json {
    let mut entries = vec![
        ("rules_version", string(o.rules_version.to_string())),
        ("eligibility", eligibility(&o.eligibility)),
        ("routing", routing(&o.routing)),
    ];
    if let Some(c) = &o.contract {
        entries.push(("contract", contract(c, o)));
    }
    #[cfg(feature = "employer")]
    if let Some(cap) = &o.revenue_cap {
        entries.push(("revenue_cap", revenue_cap(cap)));
    }
    #[cfg(feature = "employer")]
    if let Some(i) = &o.income {
        entries.push(("income", income(i)));
    }
    object(entries)
}

// ---------------------------------------------------------------------------------------
// Version 1.1: the total income with the prime d'activité (api-contract.md "Version 1.1
// additions"; prime-activite.md P10). Rows carry exactly the contract's fields; the object
// adds `pay_counts_from`, the first month whose right uses the contract's pay.
// ---------------------------------------------------------------------------------------

#[cfg(feature = "employer")]
fn income(i: &Income) -> Json {
    let months = i
        .months
        .iter()
        .map(|m| {
            object(vec![
                ("month", string(m.month.to_string())),
                ("net", money(m.net)),
                ("prime", money(m.prime)),
                ("total", money(m.total)),
                ("reference_months", Json::Array(m.reference_months.iter().map(|r| string(r.to_string())).collect())),
            ])
        })
        .collect();
    object(vec![
        ("months", Json::Array(months)),
        (
            "totals",
            object(vec![("net", money(i.totals.net)), ("prime", money(i.totals.prime)), ("total", money(i.totals.total))]),
        ),
        ("notices", Json::Array(i.notices.iter().map(|n| reason(n.code(), n.refs())).collect())),
        ("pay_counts_from", i.pay_counts_from.map_or(Json::Null, |m| string(m.to_string()))),
    ])
}

// Version 1.1: the structure's side (employer.md E9, E12). Amounts with two decimals, line
// rates as percents with at least two (0.016 % keeps its third), the RGDU coefficient with four.
// ---------------------------------------------------------------------------------------

#[cfg(feature = "employer")]
fn percent(fraction: rust_decimal::Decimal) -> Json {
    let mut p = (fraction * rust_decimal::Decimal::ONE_HUNDRED).normalize();
    if p.scale() < 2 {
        p.rescale(2);
    }
    string(p.to_string())
}

#[cfg(feature = "employer")]
fn coefficient(c: Option<rust_decimal::Decimal>) -> Json {
    c.map_or(Json::Null, |mut c| {
        c.rescale(4);
        string(c.to_string())
    })
}

#[cfg(feature = "employer")]
fn employer_error(e: &EmployerError) -> Json {
    let mut entries = vec![("code", string(e.code.code())), ("refs", strings(e.code.refs().iter().copied()))];
    if let Some(month) = e.month {
        entries.push(("month", string(month.to_string())));
    }
    object(entries)
}

#[cfg(feature = "employer")]
fn employer_month(m: &EmployerMonth) -> Json {
    let lines = m
        .lines
        .iter()
        .map(|l| object(vec![("code", string(l.line.code())), ("base", money(l.base)), ("rate", percent(l.rate)), ("amount", money(l.amount))]))
        .collect();
    object(vec![
        ("month", string(m.month.to_string())),
        ("gross", money(m.gross)),
        ("lines", Json::Array(lines)),
        ("contributions", money(m.contributions)),
        ("reduction_rate", coefficient(m.reduction_rate)),
        ("reduction", money(m.reduction)),
        ("exemption", money(m.exemption)),
        ("cost", money(m.cost)),
        ("aid", money(m.aid)),
        ("cost_after_aid", money(m.cost_after_aid)),
        ("modulated", money(m.modulated)),
        ("cost_after_all", money(m.cost_after_all)),
    ])
}

#[cfg(feature = "employer")]
fn employer_totals(t: &EmployerTotals) -> Json {
    object(vec![
        ("gross", money(t.gross)),
        ("contributions", money(t.contributions)),
        ("reduction", money(t.reduction)),
        ("exemption", money(t.exemption)),
        ("cost", money(t.cost)),
        ("aid", money(t.aid)),
        ("cost_after_aid", money(t.cost_after_aid)),
        ("modulated", money(t.modulated)),
        ("cost_after_all", money(t.cost_after_all)),
    ])
}

#[cfg(feature = "employer")]
fn employer_view(v: &EmployerView) -> Json {
    object(vec![
        ("errors", Json::Array(v.errors.iter().map(employer_error).collect())),
        ("notices", Json::Array(v.notices.iter().map(|n| reason(n.code(), n.refs())).collect())),
        ("months", Json::Array(v.months.iter().map(employer_month).collect())),
        ("totals", employer_totals(&v.totals)),
    ])
}

#[cfg(feature = "employer")]
fn revenue_cap(r: &RevenueCap) -> Json {
    object(vec![
        ("ratio", money(r.ratio)),
        ("status", string(r.status.code())),
        ("refs", strings(REVENUE_CAP_REFS.iter().copied())),
        ("notices", Json::Array(r.notices.iter().map(|n| reason(n.code(), n.refs())).collect())),
    ])
}

// ---------------------------------------------------------------------------------------
// The input as the contract writes it (the inverse of `decode::input`): what an export file
// carries so that a partner tool can give it back to `simulate` and get the same answer.
// ---------------------------------------------------------------------------------------

fn person(p: &crate::rules::Person) -> Json {
    let opt_bool = |b: Option<bool>| b.map_or(Json::Null, Json::Bool);
    object(vec![
        ("birth_date", date(p.birth_date)),
        ("department", p.department.clone().map_or(Json::Null, string)),
        ("employed", opt_bool(p.employed)),
        ("job_seeker_months", p.job_seeker_months.map_or(Json::Null, number)),
        ("benefits", p.benefits.as_ref().map_or(Json::Null, |b| strings(b.iter().map(|x| x.code())))),
        ("rqth", opt_bool(p.rqth)),
        ("criteria", p.criteria.map_or(Json::Null, |c| strings(c.iter().map(|x| x.code())))),
        ("justice", p.justice.map_or(Json::Null, |j| string(j.code()))),
        ("referent", string(p.referent.code())),
        ("previous_pass_end", date(p.previous_pass_end)),
    ])
}

fn contract_input(c: &crate::rules::ContractInput) -> Json {
    #[allow(unused_mut)]
    let mut entries = vec![
        ("start", string(c.start.to_string())),
        ("months", number(c.months)),
        ("weekly_hours", money(c.weekly_hours)),
        ("hourly_rate", c.hourly_rate.map_or(Json::Null, money)),
        ("under_20h_derogation", Json::Bool(c.under_20h_derogation)),
        ("extension", c.extension.map_or(Json::Null, |e| string(e.code()))),
        ("employer", string(c.employer.code())),
    ];
    #[cfg(feature = "employer")]
    if let Some(v) = &c.employer_view {
        entries.push((
            "employer_view",
            object(vec![
                ("headcount", string(v.headcount.code())),
                ("atmp_rate", v.atmp_rate.map_or(Json::Null, money)),
                ("mobility_rate", money(v.mobility_rate)),
                ("modulated_percent", money(v.modulated_percent)),
                ("in_prison", Json::Bool(v.in_prison)),
            ]),
        ));
    }
    object(entries)
}

/// The `simulate` input of the API contract for a typed input: `decode::input` reads it back
/// to the same input.
pub fn input(i: &crate::rules::Input) -> Json {
    #[allow(unused_mut)]
    let mut entries = vec![("as_of", string(i.as_of.to_string())), ("person", person(&i.person))];
    if let Some(c) = &i.contract {
        entries.push(("contract", contract_input(c)));
    }
    #[cfg(feature = "employer")]
    if let Some(h) = &i.household {
        entries.push((
            "household",
            object(vec![
                ("couple", Json::Bool(h.couple)),
                ("children", number(h.children)),
                ("isolated_parent", Json::Bool(h.isolated_parent)),
                ("housing", string(h.housing.code())),
                ("partner_earnings", money(h.partner_earnings)),
                ("other_resources", money(h.other_resources)),
                ("earnings_before", money(h.earnings_before)),
            ]),
        ));
    }
    #[cfg(feature = "employer")]
    if let Some(s) = &i.structure {
        entries.push(("structure", object(vec![("activity_charges", money(s.activity_charges)), ("sales_revenue", money(s.sales_revenue))])));
    }
    object(entries)
}
