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

/// Calls the module's `name` with these arguments; what it returns, if a text.
fn call(m: &JsValue, name: &str, args: &[JsValue]) -> Option<String> {
    let f = js_sys::Reflect::get(m, &JsValue::from_str(name)).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let list: js_sys::Array = args.iter().collect();
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
        let Some(text) = m.and_then(|m| call(&m, "language", &[choice.into()])) else { return };
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

/// Has the second module draw, inside `root`, every block it renders (`data-later="<name>"`:
/// the printed sheet and the screens' later blocks, see `present::later::block`) from these
/// answers (their share-link encoding) and `flags` (`present::later::flags`), now if it is
/// there, else once it has arrived. If it never arrives, `sheet` says `unavailable` (each
/// block's placeholder already says to reload).
pub fn draw(root: web_sys::Element, sheet: web_sys::Element, fragment: String, today: NaiveDate, flags: String, unavailable: &'static str) {
    let today = today.to_string();
    with_module(Box::new(move |m: Option<JsValue>| match m {
        Some(m) => {
            call(&m, "draw", &[root.into(), fragment.into(), today.into(), flags.into()]);
        }
        None => sheet.set_text_content(Some(unavailable)),
    }));
}

/// Runs the second module's action `name` (a `data-action="x-…"` button, its `data-arg`) on
/// these answers (`present::later::act`): the new answers it gives back (a fragment starting
/// with `#`), for the app to apply. Only the second module draws such buttons, so it is there.
pub fn act(name: &str, arg: &str, fragment: &str, today: NaiveDate) -> Option<String> {
    let m = MODULE.with(|m| m.borrow().clone())?;
    call(&m, "act", &[name.into(), arg.into(), fragment.into(), today.to_string().into()]).filter(|o| o.starts_with('#'))
}
