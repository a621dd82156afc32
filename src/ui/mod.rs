//! The screens: Leptos components only. No legal number and no legal branching here: the
//! components ask the engine (`crate::rules` through `crate::api`) and show what it says, in
//! the words of the catalogue (`crate::i18n`).

mod advisor;
mod asof;
mod chart;
mod contract;
mod eligibility;
pub mod fields;
mod home;
pub mod journey;
mod legal;
mod orientation;
mod proofs;
mod results;
pub mod share;
mod sheet;
pub mod shell;
mod sources;
pub mod state;

use crate::answers::Answers;
use crate::i18n::{t, tf};
use chrono::NaiveDate;
use leptos::prelude::*;
use state::{ctx, Ctx, Screen};

/// What the shell read before mounting: answers from a link or from storage, the screen to
/// open, a notice about what could not be read, and whether answers are kept on the device.
#[derive(Debug, Clone, Default)]
pub struct Startup {
    pub answers: Answers,
    pub screen: Option<Screen>,
    pub notice: Option<String>,
    pub keep: bool,
}

/// Moves the keyboard focus to the new screen's title, so screen readers and keyboard users
/// start at the top of what changed.
fn focus_title() {
    request_animation_frame(|| {
        if let Some(el) = document().get_element_by_id("tr-screen-title") {
            use wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
}

fn screen_view(screen: Screen) -> AnyView {
    match screen {
        Screen::Home => view! { <home::Home /> }.into_any(),
        Screen::Step(step) => view! { <journey::StepScreen step=step /> }.into_any(),
        Screen::Recap => view! { <journey::Recap /> }.into_any(),
        Screen::Results => view! { <results::Results /> }.into_any(),
        Screen::Advisor => view! { <advisor::Advisor /> }.into_any(),
        Screen::Sources => view! { <sources::Sources /> }.into_any(),
        Screen::Sheet => view! { <results::SheetScreen /> }.into_any(),
    }
}

#[component]
fn Header() -> impl IntoView {
    let ctx = ctx();
    let nav = |screen: Screen, key: &'static str, testid: &'static str| {
        view! {
            <li>
                <button type="button" class="tr-nav-link" data-testid=testid
                    aria-current=move || (ctx.screen.get() == screen).then_some("page")
                    on:click=move |_| ctx.go(screen)>{t(key)}</button>
            </li>
        }
    };
    view! {
        <header class="tr-header">
            <a class="tr-skip" href="#contenu">{t("nav.skip")}</a>
            <div class="tr-header-inner">
                <button type="button" class="tr-brand" on:click=move |_| ctx.go(Screen::Home)>
                    <span>{t("app.name")}</span>
                    <span class="tr-brand-tagline">{t("app.tagline")}</span>
                </button>
                <nav aria-label=t("nav.label")>
                    <ul class="tr-nav">
                        {nav(Screen::Step(results::FIRST_STEP), "nav.journey", "nav-journey")}
                        {nav(Screen::Advisor, "nav.advisor", "nav-advisor")}
                        {nav(Screen::Sources, "nav.sources", "nav-sources")}
                        <li>
                            <button type="button" class="tr-nav-link tr-nav-clear" data-testid="clear" on:click=move |_| share::clear_all()>
                                {t("keep.clear")}
                            </button>
                        </li>
                    </ul>
                </nav>
            </div>
        </header>
    }
}

#[component]
fn Footer() -> impl IntoView {
    view! {
        <footer class="tr-footer" aria-label=t("footer.label")>
            <p>{t("footer.privacy")}</p>
            <p>{tf("footer.version", &[("version", &crate::answers::questions::long_date(crate::rules::params::rules_version()))])}</p>
            <p><a href="integration.html">{t("nav.integration")}</a></p>
        </footer>
    }
}

/// The whole app. `today` is read once by the shell.
#[component]
pub fn App(today: NaiveDate, #[prop(optional)] startup: Option<Startup>) -> impl IntoView {
    let startup = startup.unwrap_or_default();
    let ctx = Ctx::new(today, startup.answers, startup.screen.unwrap_or(Screen::Home));
    ctx.keep.set(startup.keep);
    ctx.notice.set(startup.notice);
    provide_context(ctx);
    share::keep_in_sync();
    Effect::new(move |previous: Option<Screen>| {
        let screen = ctx.screen.get();
        if previous.is_some_and(|p| p != screen) {
            ctx.notice.set(None);
            focus_title();
        }
        screen
    });
    view! {
        <div class="tr-app" data-testid="app-ready">
            <Header />
            <div role="status" class="tr-notice-area">
                {move || ctx.notice.get().map(|n| view! { <p class="tr-notice" data-testid="notice">{n}</p> })}
            </div>
            <main class="tr-main" id="contenu" tabindex="-1">
                {move || screen_view(ctx.screen.get())}
            </main>
            <sheet::Sheet />
            <Footer />
        </div>
    }
}
