//! The screens: Leptos components only. No legal number and no legal branching here: the
//! components ask the engine (`crate::rules` through `crate::api`) and show what it says, in
//! the words of the catalogue (`crate::i18n`).

mod home;
pub mod shell;

use chrono::NaiveDate;
use leptos::prelude::*;

/// The whole app. `today` is read once by the shell.
#[component]
pub fn App(today: NaiveDate) -> impl IntoView {
    let _ = today;
    view! {
        <main class="tr-main" id="contenu">
            <home::Home />
        </main>
    }
}
