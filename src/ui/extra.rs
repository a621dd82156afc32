//! The second module (`src/bin/extra.rs`), fetched by `public/boot.js` once the first screen is
//! drawn: the app asks for it through `window.tremplinExtra()` and has it draw the blocks the
//! first screen never needs (`present::later`). Nothing here decides anything.

use chrono::NaiveDate;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    static MODULE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// The second module once initialised, if the page could load it.
async fn module() -> Option<JsValue> {
    if let Some(m) = MODULE.with(|m| m.borrow().clone()) {
        return Some(m);
    }
    let window = web_sys::window()?;
    let load = js_sys::Reflect::get(&window, &JsValue::from_str("tremplinExtra")).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let promise = load.call0(&window).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    let m = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    MODULE.with(|slot| *slot.borrow_mut() = Some(m.clone()));
    Some(m)
}

/// Calls the module's `name` with string arguments; its HTML, or `None`.
fn call(m: &JsValue, name: &str, args: &[&str]) -> Option<String> {
    let f = js_sys::Reflect::get(m, &JsValue::from_str(name)).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let list: js_sys::Array = args.iter().map(|a| JsValue::from_str(a)).collect();
    f.apply(&JsValue::NULL, &list).ok()?.as_string()
}

/// Runs `f` with the second module, now if it is there, else once it has arrived (`None` if it
/// never does). One boxed callback for every use, so the first module carries one future.
fn with_module(f: Box<dyn FnOnce(Option<JsValue>)>) {
    match MODULE.with(|m| m.borrow().clone()) {
        Some(m) => f(Some(m)),
        None => leptos::task::spawn_local(async move { f(module().await) }),
    }
}

/// Asks the second module for the language `choice` ("en", "fr", or "" for the browser's
/// preference): it sets `lang` on the page and gives the English sentences, installed here.
/// `done` runs once the language has changed; if the module cannot be loaded, or "" finds no
/// preference for English, the page stays in French and `done` does not run.
pub fn language(choice: &'static str, done: impl FnOnce() + 'static) {
    with_module(Box::new(move |m| {
        let Some(text) = m.and_then(|m| call(&m, "language", &[choice])) else { return };
        if !text.is_empty() {
            crate::i18n::install(text);
        } else if choice == "fr" {
            crate::i18n::use_french();
        } else {
            return;
        }
        done();
    }));
}

/// Draws the printed sheet of these answers (their share-link encoding) into `target`, now if
/// the second module is there, else once it has arrived; `unavailable` if it never does.
pub fn draw_sheet(target: web_sys::Element, fragment: String, today: NaiveDate, justice: bool, contract_invalid: bool, unavailable: &'static str) {
    let today = today.to_string();
    let flags = [if justice { "1" } else { "0" }, if contract_invalid { "1" } else { "0" }];
    with_module(Box::new(move |m: Option<JsValue>| {
        let html = m.and_then(|m| call(&m, "sheet", &[&fragment, &today, flags[0], flags[1]]));
        match html {
            Some(html) => target.set_inner_html(&html),
            None => target.set_text_content(Some(unavailable)),
        }
    }));
}
