//! Who can hire the person: each kind of structure with its status in words, the criteria
//! that count, "how far" from eligible, and a "Pourquoi ?" with the reasons and their texts.

use super::legal::Refs;
use super::state::{ctx, Screen};
use crate::answers::questions::{Field, STEPS};
use crate::api::ApiError;
use crate::i18n::{fill, lookup, t, tf};
use crate::rules::codes::{Criterion, Level, StructureKind};
use crate::rules::eligibility::{Eligibility, EligibilityReason, Question, Status, StructureOutcome};
use crate::rules::params;
use chrono::NaiveDate;
use leptos::prelude::*;

/// The official name of a criterion, with its threshold filled from the rules in force.
pub fn criterion_label(c: Criterion, as_of: NaiveDate) -> String {
    let template = lookup(&format!("criterion.{}", c.code())).unwrap_or(c.code());
    let years = |tl: &params::Timeline<params::Years>| tl.at(as_of).map(|v| v.0.to_string()).unwrap_or_default();
    let months = |tl: &params::Timeline<params::MonthCount>| tl.at(as_of).map(|v| v.0.to_string()).unwrap_or_default();
    match c {
        Criterion::Jeune => fill(template, &[("age", &years(&params::JEUNE_BELOW_AGE))]),
        Criterion::Senior => fill(template, &[("age", &years(&params::SENIOR_FROM_AGE))]),
        Criterion::Deld => fill(template, &[("months", &months(&params::DELD_FROM_MONTHS))]),
        Criterion::Detld => fill(template, &[("months", &months(&params::DETLD_FROM_MONTHS))]),
        _ => template.to_owned(),
    }
}

/// "2 ans" for 24 months, "18 mois" otherwise.
pub fn duration_words(months: u32) -> String {
    if months.is_multiple_of(12) {
        tf("value.duration_years", &[("n", &(months / 12).to_string())])
    } else {
        tf("value.months", &[("n", &months.to_string())])
    }
}

/// The sentence of a reason, with its legal values filled in.
pub fn reason_text(r: EligibilityReason, as_of: NaiveDate) -> String {
    let template = lookup(&format!("reason.{}", r.code())).unwrap_or(r.code());
    let age = params::MINIMUM_WORKING_AGE.at(as_of).map(|v| v.0.to_string()).unwrap_or_default();
    let duration = params::WAITING_PERIOD_MONTHS.at(as_of).map(|v| duration_words(v.0)).unwrap_or_default();
    fill(template, &[("age", &age), ("duration", &duration)])
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

/// "Encore 1 critère pour un ACI. Une AI ou une ETTI vous accepterait déjà."
pub fn how_far(e: &Eligibility) -> Option<String> {
    let aci = e.structure(StructureKind::Aci)?;
    if aci.status == Status::NotEligible || e.waiting_period_until.is_some() {
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
    let mut text = if n == 1 {
        tf("howfar.more_one", &[("kind", kind)])
    } else {
        tf("howfar.more_many", &[("n", &n.to_string()), ("kind", kind)])
    };
    let already: Vec<String> = e
        .structures
        .iter()
        .filter(|s| s.level2_needed() == 0)
        .map(|s| lookup(&format!("kind_article.{}", s.kind.code())).unwrap_or(s.kind.code()).to_owned())
        .collect();
    if !already.is_empty() {
        let sentence = tf("howfar.already", &[("kinds", &or_list(&already))]);
        let mut chars = sentence.chars();
        let capitalised: String = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
        text = format!("{text} {capitalised}");
    }
    Some(text)
}

/// The reasons behind one structure's status.
fn reasons_for(s: &StructureOutcome, e: &Eligibility) -> Vec<EligibilityReason> {
    e.reasons
        .iter()
        .copied()
        .filter(|r| match s.status {
            Status::NotEligible => r.is_hard_bar(),
            Status::PrescriberDiagnosis => {
                if e.waiting_period_until.is_some() {
                    *r == EligibilityReason::WaitingPeriod
                } else {
                    *r == EligibilityReason::NotEnoughCriteria
                }
            }
            Status::Eligible => matches!(r, EligibilityReason::Level1Criterion | EligibilityReason::Level2Criteria),
            Status::Incomplete => !r.is_hard_bar() && *r != EligibilityReason::WaitingPeriod,
        })
        .collect()
}

/// The words for an engine error, for the person.
pub fn error_text(e: &ApiError) -> String {
    let key = match (e.code, e.path.as_str()) {
        ("date_not_covered", _) => {
            return tf("asof.not_covered", &[("date", &crate::answers::questions::long_date(params::covered_from()))])
        }
        (_, "person.birth_date") => "date.future",
        (_, "contract.weekly_hours" | "contract.months" | "contract.hourly_rate") => "contract.fix_fields",
        _ => "contract.fix_fields",
    };
    tf("results.error", &[("message", t(key))])
}

/// The question a missing answer points to, as a button that opens its step.
fn missing_button(q: Question) -> impl IntoView {
    let ctx = ctx();
    let field = match q {
        Question::BirthDate => Field::BirthDate,
        Question::Employed => Field::Employed,
        Question::JobSeekerMonths => Field::Registered,
        Question::Benefits => Field::Benefits,
        Question::Rqth => Field::Rqth,
        Question::Criteria => Field::Criteria,
        Question::Justice => Field::Justice,
    };
    let label = lookup(&format!("q.{}.label", field.id())).unwrap_or(field.id());
    let step = field.step();
    view! {
        <li>
            <button type="button" class="tr-link-button"
                on:click=move |_| {
                    if ctx.screen.get_untracked() != Screen::Advisor {
                        ctx.go(Screen::Step(if STEPS.contains(&step) { step } else { STEPS[0] }));
                    }
                }>
                {label}
            </button>
        </li>
    }
}

/// One kind of structure.
fn structure_item(s: StructureOutcome, e: &Eligibility, as_of: NaiveDate) -> impl IntoView {
    let code = s.kind.code();
    let status = s.status.code();
    let reasons = reasons_for(&s, e);
    let count = (s.level1 == 0 && s.status != Status::NotEligible)
        .then(|| tf("howfar.count", &[("n", &s.level2.to_string()), ("required", &s.level2_required.to_string())]));
    let missing = (s.status == Status::Incomplete).then(|| e.missing.clone());
    view! {
        <li class=format!("tr-structure tr-status-{status}") data-testid=format!("structure-{code}") data-status=status>
            <div class="tr-structure-head">
                <span class="tr-structure-name">{lookup(&format!("kind.{code}")).unwrap_or(code)}</span>
                <span class="tr-status" data-testid=format!("status-{code}")>
                    <span class="tr-status-icon" aria-hidden="true">{lookup(&format!("status.icon.{status}"))}</span>
                    {lookup(&format!("status.{status}"))}
                </span>
            </div>
            {count.map(|c| view! { <p class="tr-structure-count">{c}</p> })}
            <details class="tr-why">
                <summary>{t("eligibility.why")}<span class="tr-sr-only">{format!(" ({code})")}</span></summary>
                <ul class="tr-reasons">
                    {reasons
                        .into_iter()
                        .map(|r| view! { <li><p>{reason_text(r, as_of)}</p><Refs refs=r.refs() /></li> })
                        .collect_view()}
                </ul>
                {missing.map(|m| view! {
                    <p>{t("eligibility.missing")}</p>
                    <ul class="tr-missing">{m.into_iter().map(missing_button).collect_view()}</ul>
                })}
                {(s.status == Status::PrescriberDiagnosis).then(|| view! { <p>{t("eligibility.prescriber_path")}</p> })}
            </details>
        </li>
    }
}

/// The eligibility panel: every kind of structure, ACI first.
#[component]
pub fn EligibilityPanel(#[prop(optional)] heading_level: u8) -> impl IntoView {
    let ctx = ctx();
    let heading = move || {
        if heading_level == 3 {
            view! { <h3>{t("eligibility.title")}</h3> }.into_any()
        } else {
            view! { <h2>{t("eligibility.title")}</h2> }.into_any()
        }
    };
    let body = move || {
        let as_of = ctx.as_of();
        ctx.verdict.with(|out| match out {
            Err(e) => view! { <p class="tr-error" role="alert">{error_text(e)}</p> }.into_any(),
            Ok(out) => {
                let e = &out.eligibility;
                let criteria = e.criteria.clone();
                view! {
                    {how_far(e).map(|h| view! { <p class="tr-howfar" data-testid="how-far">{h}</p> })}
                    {e.waiting_period_until.map(|d| view! {
                        <p class="tr-callout">{tf("eligibility.waiting", &[
                            ("date", &crate::answers::questions::long_date(d)),
                            ("duration", &params::WAITING_PERIOD_MONTHS.at(as_of).map(|v| duration_words(v.0)).unwrap_or_default()),
                        ])}</p>
                    })}
                    <ul class="tr-structures">
                        {e.structures.iter().map(|s| structure_item(*s, e, as_of)).collect_view()}
                    </ul>
                    <p class="tr-subtitle">{t("eligibility.criteria")}</p>
                    {if criteria.is_empty() {
                        view! { <p data-testid="criteria">{t("eligibility.no_criteria")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="tr-criteria" data-testid="criteria">
                                {criteria.into_iter().map(|m| view! {
                                    <li>
                                        {criterion_label(m.criterion, as_of)}
                                        <span class="tr-level">{" — "}{t(if m.criterion.level() == Level::One { "criterion.level1" } else { "criterion.level2" })}</span>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                }
                .into_any()
            }
        })
    };
    view! {
        <section class="tr-panel tr-eligibility" aria-labelledby="tr-eligibility-title" data-testid="eligibility">
            <div id="tr-eligibility-title">{heading}</div>
            {body}
        </section>
    }
}
