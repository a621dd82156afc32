//! The first screen: what Tremplin does, that nothing leaves the device, and "Commencer".

use super::results::FIRST_STEP;
use super::state::{ctx, Screen};
use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    let ctx = ctx();
    let has_answers = move || ctx.answers.with(|a| a.any_person_answer());
    view! {
        <section class="tr-home" aria-labelledby="tr-screen-title">
            <h1 id="tr-screen-title" tabindex="-1">{t("home.title")}</h1>
            <p class="tr-lead">{t("home.lead")}</p>
            <p class="tr-privacy">{t("home.privacy")}</p>
            <p class="tr-muted">{t("home.duration")}</p>
            <div class="tr-actions">
                <button type="button" class="tr-button tr-button-primary tr-button-large" data-testid="start"
                    on:click=move |_| ctx.go(Screen::Step(FIRST_STEP))>
                    {t("home.start")}
                </button>
                <Show when=has_answers>
                    <button type="button" class="tr-button" data-testid="resume" on:click=move |_| ctx.go(Screen::Results)>{t("home.resume")}</button>
                </Show>
            </div>
            <p><button type="button" class="tr-link-button" data-testid="open-advisor" on:click=move |_| ctx.go(Screen::Advisor)>{t("home.advisor")}</button></p>
        </section>
    }
}
