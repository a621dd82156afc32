//! The results: who can hire, the documents, who to see, the contract simulator, and the ways
//! to keep, share or print.

use super::asof::AsOfControl;
use super::contract::ContractSimulator;
use super::eligibility::EligibilityPanel;
use super::orientation::Orientation;
use super::proofs::Proofs;
use super::share::ShareBox;
use super::state::{ctx, Screen};
use crate::answers::questions::Step;
use crate::i18n::t;
use leptos::prelude::*;

/// "Imprimer / PDF": the print CSS keeps only the one-page sheet.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

#[component]
pub fn PrintButtons() -> impl IntoView {
    let ctx = ctx();
    view! {
        <div class="tr-actions">
            <button type="button" class="tr-button tr-button-primary" data-testid="print" on:click=move |_| print()>{t("button.print")}</button>
            <button type="button" class="tr-button" data-testid="open-sheet" on:click=move |_| ctx.go(Screen::Sheet)>{t("button.sheet")}</button>
        </div>
    }
}

#[component]
pub fn Results() -> impl IntoView {
    let ctx = ctx();
    view! {
        <div class="tr-results">
            <h1 id="tr-screen-title" tabindex="-1">{t("results.title")}</h1>
            <AsOfControl />
            <div class="tr-actions">
                <button type="button" class="tr-button" data-testid="adjust" on:click=move |_| ctx.go(Screen::Recap)>{t("button.adjust")}</button>
            </div>
            <EligibilityPanel />
            <Orientation />
            <Proofs />
            <ContractSimulator />
            <ShareBox />
            <PrintButtons />
        </div>
    }
}

#[component]
pub fn SheetScreen() -> impl IntoView {
    let ctx = ctx();
    view! {
        <div class="tr-sheet-screen">
            <h1 id="tr-screen-title" tabindex="-1">{t("sheet.title")}</h1>
            <p>{t("sheet.screen_intro")}</p>
            <div class="tr-actions">
                <button type="button" class="tr-button tr-button-primary" data-testid="print" on:click=move |_| print()>{t("button.print")}</button>
                <button type="button" class="tr-button" on:click=move |_| ctx.go(Screen::Results)>{t("button.back_results")}</button>
            </div>
        </div>
    }
}

/// Where "Commencer" leads.
pub const FIRST_STEP: Step = Step::You;
