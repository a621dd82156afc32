//! The documents to bring, each with the date after which it must have been issued, counted
//! back from the planned hiring date (eligibility.md D7).

use super::eligibility::criterion_label;
use super::state::ctx;
use crate::answers::questions::long_date;
use crate::i18n::{lookup, t, tf};
use crate::rules::params::Validity;
use leptos::prelude::*;

#[component]
pub fn Proofs() -> impl IntoView {
    let ctx = ctx();
    let body = move || {
        let as_of = ctx.as_of();
        ctx.verdict.with(|out| {
            let proofs = out.as_ref().map(|o| o.eligibility.proofs.clone()).unwrap_or_default();
            if proofs.is_empty() {
                return view! { <p>{t("proofs.none")}</p> }.into_any();
            }
            view! {
                <p>{tf("proofs.intro", &[("date", &long_date(as_of))])}</p>
                <ul class="tr-proofs" data-testid="proofs">
                    {proofs.into_iter().map(|p| {
                        let when = match (p.validity, p.issued_on_or_after) {
                            (Validity::Months(_), Some(d)) => tf("proofs.after", &[("date", &long_date(d))]),
                            (Validity::AtHiring, _) => t("proofs.at_hiring").to_owned(),
                            _ => t("proofs.no_limit").to_owned(),
                        };
                        view! {
                            <li data-criterion=p.criterion.code()>
                                <strong>{lookup(&format!("doc.{}", p.document.code())).unwrap_or(p.document.code())}</strong>
                                <span class="tr-proof-when">{" — "}{when}</span>
                                <span class="tr-proof-for">{" ("}{criterion_label(p.criterion, as_of)}{")"}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
            .into_any()
        })
    };
    view! {
        <section class="tr-panel" aria-labelledby="tr-proofs-title">
            <h2 id="tr-proofs-title">{t("proofs.title")}</h2>
            {body}
        </section>
    }
}
