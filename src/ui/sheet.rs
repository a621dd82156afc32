//! The one-page summary to print or save as PDF (print CSS, A4): the answers, who can hire,
//! the documents with their dates, the suggested prescriber, the simulated contract, the date
//! of the simulation and the rules version, and that it is indicative only. Always in the
//! page, shown on its own screen and whenever the page is printed.

use super::eligibility::{criterion_label, how_far};
use super::state::{ctx, Screen};
use crate::answers::questions::{long_date, Field, STEPS};
use crate::i18n::{format, lookup, t, tf};
use crate::rules::params::Validity;
use leptos::prelude::*;

fn answers_list() -> impl IntoView {
    let ctx = ctx();
    move || {
        let visible = super::journey::visible_steps(ctx, None);
        let a = ctx.answers.get();
        STEPS
            .iter()
            .flat_map(|s| s.fields().iter().copied())
            .filter(|f| f.applies(&a))
            .map(|f: Field| {
                view! {
                    <div><dt>{lookup(&format!("q.{}.label", f.id())).unwrap_or(f.id())}</dt><dd>{super::journey::answer_or_skipped(f, &a, &visible)}</dd></div>
                }
            })
            .collect_view()
    }
}

fn verdict_part() -> impl IntoView {
    let ctx = ctx();
    move || {
        let as_of = ctx.as_of();
        ctx.verdict.with(|out| {
            let Ok(out) = out else { return ().into_any() };
            let e = &out.eligibility;
            let r = &out.routing;
            view! {
                <h3>{t("sheet.eligibility")}</h3>
                <ul data-testid="sheet-eligibility">
                    {e.structures.iter().map(|s| view! {
                        <li>{lookup(&format!("kind.{}", s.kind.code()))}" : "{lookup(&format!("status.{}", s.status.code()))}</li>
                    }).collect_view()}
                </ul>
                {how_far(e).map(|h| view! { <p>{h}</p> })}
                {(!e.criteria.is_empty()).then(|| view! {
                    <p>{t("eligibility.criteria")}" : "{e.criteria.iter().map(|m| criterion_label(m.criterion, as_of)).collect::<Vec<_>>().join(" ; ")}</p>
                })}
                <h3>{t("sheet.documents")}</h3>
                {if e.proofs.is_empty() {
                    view! { <p>{t("proofs.none")}</p> }.into_any()
                } else {
                    view! {
                        <ul data-testid="sheet-documents">
                            {e.proofs.iter().map(|p| {
                                let when = match (p.validity, p.issued_on_or_after) {
                                    (Validity::Months(_), Some(d)) => tf("proofs.after", &[("date", &long_date(d))]),
                                    (Validity::AtHiring, _) => t("proofs.at_hiring").to_owned(),
                                    _ => t("proofs.no_limit").to_owned(),
                                };
                                view! { <li>{lookup(&format!("doc.{}", p.document.code()))}" — "{when}</li> }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                <h3>{t("sheet.prescriber")}</h3>
                <p data-testid="sheet-prescriber">
                    {lookup(&format!("prescriber.{}", r.primary.code()))}
                    {(!r.alternatives.is_empty()).then(|| format!(" — {} {}", t("orientation.alternatives"),
                        r.alternatives.iter().map(|p| lookup(&format!("prescriber.{}", p.code())).unwrap_or(p.code())).collect::<Vec<_>>().join(", ")))}
                </p>
            }
            .into_any()
        })
    }
}

fn contract_part() -> impl IntoView {
    let ctx = ctx();
    move || {
        let (start, hours) = ctx.answers.with(|a| (a.contract_start(ctx.today), a.contract.weekly_hours));
        let months = ctx.answers.with(|a| a.contract.months);
        ctx.contract.with(|c| {
            let Ok(c) = c else { return ().into_any() };
            let typical = c.typical_month();
            view! {
                <h3>{t("sheet.contract")}</h3>
                <p>{tf("sheet.contract_line", &[
                    ("start", &long_date(start)), ("end", &long_date(c.end)),
                    ("months", &months.to_string()), ("hours", &format::short(hours)),
                ])}</p>
                {typical.map(|m| view! {
                    <p data-testid="sheet-pay">{tf("sheet.pay_line", &[
                        ("gross", &format::euros(m.gross)), ("net", &format::euros(m.net)),
                        ("total_gross", &format::euros(c.totals.gross)), ("total_net", &format::euros(c.totals.net)),
                    ])}</p>
                })}
                {(!c.valid).then(|| view! { <p>{t("contract.invalid")}{" "}{c.errors.iter().map(|i| i.code.code()).collect::<Vec<_>>().join(", ")}</p> })}
            }
            .into_any()
        })
    }
}

#[component]
pub fn Sheet() -> impl IntoView {
    let ctx = ctx();
    let version = move || ctx.verdict.with(|o| o.as_ref().map(|o| long_date(o.rules_version)).unwrap_or_default());
    view! {
        <article class=move || if ctx.screen.get() == Screen::Sheet { "tr-sheet tr-sheet-visible" } else { "tr-sheet" }
            data-testid="sheet" aria-labelledby="tr-sheet-title">
            <h2 id="tr-sheet-title">{t("sheet.title")}</h2>
            <p data-testid="sheet-date">{move || tf("sheet.date", &[
                ("today", &long_date(ctx.today)), ("as_of", &long_date(ctx.as_of())), ("version", &version()),
            ])}</p>
            <p class="tr-sheet-disclaimer"><strong>{t("sheet.disclaimer")}</strong></p>
            <h3>{t("sheet.answers")}</h3>
            <dl class="tr-sheet-answers">{answers_list()}</dl>
            {verdict_part()}
            {contract_part()}
        </article>
    }
}
