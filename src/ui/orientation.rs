//! Who can accompany the person: the recommended prescriber and the alternatives, each with
//! whom it serves, why it is proposed, and a link to its directory for the person's
//! département. Worded as a suggestion (routing.md).

use super::state::ctx;
use crate::i18n::{fill, lookup, t, tf};
use crate::rules::codes::Prescriber;
use crate::rules::eligibility::{EligibilityReason, Status};
use crate::rules::params;
use crate::rules::routing::RoutingReason;
use chrono::NaiveDate;
use leptos::prelude::*;

/// The prescriber a routing reason speaks about (the primary for an existing referent).
fn reason_target(r: RoutingReason, primary: Prescriber) -> Prescriber {
    match r {
        RoutingReason::DetainedSpip | RoutingReason::JusticeSpip => Prescriber::Spip,
        RoutingReason::ExistingReferent => primary,
        RoutingReason::RsaOrientation | RoutingReason::AseDept => Prescriber::Dept,
        RoutingReason::YouthMl => Prescriber::Ml,
        RoutingReason::DisabilityCapEmploi => Prescriber::CapEmploi,
        RoutingReason::DefaultFt => Prescriber::Ft,
        RoutingReason::JusticePjj => Prescriber::Pjj,
        RoutingReason::HomelessCcas => Prescriber::Ccas,
    }
}

fn ages(as_of: NaiveDate) -> [(&'static str, String); 2] {
    let from = params::ML_FROM_AGE.at(as_of).map(|v| v.0.to_string()).unwrap_or_default();
    let until = params::ML_UNTIL_AGE.at(as_of).map(|v| v.0.to_string()).unwrap_or_default();
    [("from", from), ("until", until)]
}

fn words(key: String, as_of: NaiveDate) -> String {
    let [(a, x), (b, y)] = ages(as_of);
    fill(lookup(&key).unwrap_or_default(), &[(a, &x), (b, &y)])
}

/// A link to the prescriber's offices near the person (Service-Public's directory).
fn directory_url(p: Prescriber, department: &str) -> String {
    let who = lookup(&format!("prescriber.search.{}", p.code())).unwrap_or(p.code());
    let place = lookup(&format!("dept.{department}")).map_or_else(|| department.to_owned(), |n| format!("{n} {department}"));
    let enc = |s: &str| -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
                b' ' => "+".to_owned(),
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    format!("https://lannuaire.service-public.fr/recherche?whoWhat={}&where={}", enc(who), enc(&place))
}

fn prescriber_card(p: Prescriber, reasons: Vec<RoutingReason>, department: Option<String>, as_of: NaiveDate, primary: bool) -> impl IntoView {
    let code = p.code();
    let name = lookup(&format!("prescriber.{code}")).unwrap_or(code).to_owned();
    let link = department.map(|d| (directory_url(p, &d), tf("orientation.directory", &[("name", &name)])));
    view! {
        <li class=if primary { "tr-prescriber tr-prescriber-primary" } else { "tr-prescriber" } data-testid=format!("prescriber-{code}")>
            <p class="tr-prescriber-name">{name}</p>
            <p>{words(format!("prescriber.serves.{code}"), as_of)}</p>
            {(!reasons.is_empty()).then(|| view! {
                <ul class="tr-prescriber-why">
                    {reasons.into_iter().map(|r| view! { <li>{words(format!("routing.{}", r.code()), as_of)}</li> }).collect_view()}
                </ul>
            })}
            {match link {
                Some((url, label)) => view! { <p><a href=url target="_blank" rel="noopener noreferrer">{label}</a></p> }.into_any(),
                None => view! { <p class="tr-muted">{t("orientation.directory_no_dept")}</p> }.into_any(),
            }}
        </li>
    }
}

#[component]
pub fn Orientation() -> impl IntoView {
    let ctx = ctx();
    let body = move || {
        let as_of = ctx.as_of();
        let department = ctx.answers.with(|a| a.department.clone());
        ctx.verdict.with(|out| {
            let Ok(out) = out else { return ().into_any() };
            let r = &out.routing;
            let e = &out.eligibility;
            if e.reasons.contains(&EligibilityReason::Under16) {
                let age = params::MINIMUM_WORKING_AGE.at(as_of).map(|v| v.0.to_string()).unwrap_or_default();
                return view! { <p data-testid="orientation-note">{tf("orientation.under_16", &[("age", &age)])}</p> }.into_any();
            }
            let about = |p: Prescriber| r.reasons.iter().copied().filter(|x| reason_target(*x, r.primary) == p).collect::<Vec<_>>();
            let note = if e.structures.iter().all(|s| s.status == Status::NotEligible) {
                Some(t("orientation.not_eligible"))
            } else if e.waiting_period_until.is_some() {
                Some(t("orientation.waiting"))
            } else {
                None
            };
            view! {
                {note.map(|n| view! { <p class="tr-callout" data-testid="orientation-note">{n}</p> })}
                <p>{t("orientation.primary")}</p>
                <ul class="tr-prescribers" data-testid="orientation-primary">
                    {prescriber_card(r.primary, about(r.primary), department.clone(), as_of, true)}
                </ul>
                {(!r.alternatives.is_empty()).then(|| view! {
                    <p>{t("orientation.alternatives")}</p>
                    <ul class="tr-prescribers" data-testid="orientation-alternatives">
                        {r.alternatives.iter().map(|p| prescriber_card(*p, about(*p), department.clone(), as_of, false)).collect_view()}
                    </ul>
                })}
                <p class="tr-muted">{t("orientation.recommendation")}</p>
            }
            .into_any()
        })
    };
    view! {
        <section class="tr-panel" aria-labelledby="tr-orientation-title" data-testid="orientation">
            <h2 id="tr-orientation-title">{t("orientation.title")}</h2>
            {body}
        </section>
    }
}
