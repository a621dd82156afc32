//! Keeping and sharing without a server: the link carries the answers in its fragment; the
//! answers stay in `localStorage` only when the person asks; "Effacer mes réponses" is always
//! at hand.

use super::state::{ctx, share_link, Screen};
use crate::answers::share;
use crate::answers::Answers;
use crate::i18n::t;
use leptos::prelude::*;

/// The `localStorage` key of kept answers.
pub const STORAGE_KEY: &str = "tremplin:reponses";

pub fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// Writes the answers while "Garder mes réponses" is ticked; removes them when it is not.
pub fn keep_in_sync() {
    let ctx = ctx();
    Effect::new(move |_| {
        let keep = ctx.keep.get();
        let text = ctx.answers.with(|a| share::encode(a, None));
        if let Some(s) = storage() {
            let _ = if keep { s.set_item(STORAGE_KEY, &text) } else { s.remove_item(STORAGE_KEY) };
        }
    });
}

/// "Effacer mes réponses": forgets the answers here, in storage and in the address bar.
pub fn clear_all() {
    let ctx = ctx();
    ctx.keep.set(false);
    if let Some(s) = storage() {
        let _ = s.remove_item(STORAGE_KEY);
    }
    if let Some(w) = web_sys::window() {
        if let Ok(h) = w.history() {
            let path = w.location().pathname().unwrap_or_default() + &w.location().search().unwrap_or_default();
            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
        }
    }
    ctx.replace(Answers::default());
    ctx.notice.set(Some(t("keep.cleared").to_owned()));
    ctx.go(Screen::Home);
}

#[component]
pub fn ShareBox() -> impl IntoView {
    let ctx = ctx();
    let link = RwSignal::new(String::new());
    let status = RwSignal::new(None::<&'static str>);
    let copy = move |_| {
        let screen = match ctx.screen.get_untracked() {
            Screen::Step(_) | Screen::Home => Screen::Results,
            other => other,
        };
        let url = ctx.answers.with_untracked(|a| share_link(a, screen));
        link.set(url.clone());
        let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
        leptos::task::spawn_local(async move {
            let copied = match clipboard {
                Some(c) => wasm_bindgen_futures::JsFuture::from(c.write_text(&url)).await.is_ok(),
                None => false,
            };
            status.set(Some(if copied { "share.copied" } else { "share.copy_failed" }));
        });
    };
    let clear = move |_| {
        link.set(String::new());
        status.set(None);
        clear_all();
    };
    view! {
        <section class="tr-panel tr-share" aria-labelledby="tr-share-title" data-testid="share">
            <h2 id="tr-share-title">{t("share.title")}</h2>
            <p class="tr-muted">{t("share.private")}</p>
            <button type="button" class="tr-button" data-testid="copy-link" on:click=copy>{t("share.copy")}</button>
            <p aria-live="polite" class="tr-status" data-testid="copy-status">{move || status.get().map(t)}</p>
            <Show when=move || !link.get().is_empty()>
                <label class="tr-label" for="tr-share-link">{t("share.link_label")}</label>
                <input type="text" readonly id="tr-share-link" class="tr-input tr-input-wide" data-testid="share-link" prop:value=move || link.get() />
            </Show>
            <div class="tr-option">
                <input type="checkbox" id="tr-keep" aria-describedby="tr-keep-help" prop:checked=move || ctx.keep.get()
                    on:change:target=move |ev| ctx.keep.set(ev.target().checked()) />
                <label for="tr-keep">{t("keep.label")}</label>
            </div>
            <p class="tr-help" id="tr-keep-help">{t("keep.help")}</p>
            <button type="button" class="tr-button tr-button-quiet" on:click=clear>{t("keep.clear")}</button>
        </section>
    }
}
