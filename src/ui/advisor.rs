//! Advisor mode: every question on one dense page, keyboard first, the results beside them
//! and the printable sheet one click away.

use super::asof::AsOfControl;
use super::contract::ContractSimulator;
use super::eligibility::EligibilityPanel;
use super::fields::QuestionField;
use super::orientation::Orientation;
use super::proofs::Proofs;
use super::results::PrintButtons;
use super::share::ShareBox;
use crate::answers::questions::STEPS;
use crate::i18n::{lookup, t};
use leptos::prelude::*;

#[component]
pub fn Advisor() -> impl IntoView {
    view! {
        <div class="tr-advisor">
            <h1 id="tr-screen-title" tabindex="-1">{t("advisor.title")}</h1>
            <p>{t("advisor.intro")}</p>
            <PrintButtons />
            <div class="tr-advisor-grid">
                <section class="tr-advisor-form" aria-labelledby="tr-advisor-person">
                    <h2 id="tr-advisor-person">{t("advisor.person")}</h2>
                    <AsOfControl />
                    {STEPS.iter().map(|step| view! {
                        <fieldset class="tr-advisor-group">
                            <legend>{lookup(&format!("step.{}.title", step.id())).unwrap_or(step.id())}</legend>
                            {step.fields().iter().map(|f| view! { <QuestionField field=*f /> }).collect_view()}
                        </fieldset>
                    }).collect_view()}
                </section>
                <section class="tr-advisor-results" aria-labelledby="tr-advisor-results">
                    <h2 id="tr-advisor-results">{t("advisor.results")}</h2>
                    <EligibilityPanel heading_level=3 />
                    <Orientation />
                    <Proofs />
                </section>
            </div>
            <ContractSimulator />
            <ShareBox />
        </div>
    }
}
