//! The first screen: what Tremplin does, that nothing leaves the device, and "Commencer".

use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    view! {
        <section class="tr-home" aria-labelledby="tr-home-title">
            <p class="tr-brand">{t("app.name")}</p>
            <h1 id="tr-home-title">{t("home.title")}</h1>
            <p class="tr-lead">{t("home.lead")}</p>
            <p class="tr-privacy">{t("home.privacy")}</p>
            <button type="button" class="tr-button tr-button-primary" data-testid="start">
                {t("home.start")}
            </button>
        </section>
    }
}
