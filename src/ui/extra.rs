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

/// Has the second module draw, inside `root`, every block it renders (`data-later="<name>"`:
/// the printed sheet and the screens' later blocks, see `present::later::block`) from these
/// answers (their share-link encoding) and `flags` (`present::later::Flags`), now if it is
/// there, else once it has arrived. If it never arrives, `sheet` says `unavailable` (each
/// block's placeholder already says to reload).
pub fn draw(root: web_sys::Element, sheet: web_sys::Element, fragment: String, today: NaiveDate, flags: String, unavailable: &'static str) {
    let today = today.to_string();
    let go = move |m: Option<JsValue>| match m {
        Some(m) => {
            call(&m, "draw", &[root.into(), fragment.into(), today.into(), flags.into()]);
        }
        None => sheet.set_text_content(Some(unavailable)),
    };
    match MODULE.with(|m| m.borrow().clone()) {
        Some(m) => go(Some(m)),
        None => leptos::task::spawn_local(async move { go(module().await) }),
    }
}

/// Runs the second module's action `name` (a `data-action="x-…"` button, its `data-arg`) on
/// these answers (`present::later::act`): the new answers it gives back (a fragment starting
/// with `#`), for the app to apply. Only the second module draws such buttons, so it is there.
pub fn act(name: &str, arg: &str, fragment: &str, today: NaiveDate) -> Option<String> {
    let m = MODULE.with(|m| m.borrow().clone())?;
    call(&m, "act", &[name.into(), arg.into(), fragment.into(), today.to_string().into()]).filter(|o| o.starts_with('#'))
}
