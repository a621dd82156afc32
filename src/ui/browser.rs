//! The app's contacts with the page and the browser, in one place: reading inputs, putting
//! rendered HTML in regions, keeping controls in step with the state, storage, history,
//! clipboard, print, focus. Nothing here decides anything.

use crate::present::html::Value;
use crate::present::form::{is_checked, shown, FormState};
use crate::i18n::t;
use chrono::NaiveDate;
use wasm_bindgen::JsCast;

/// The `localStorage` key of the answers kept with "Garder mes réponses".
pub const STORAGE_KEY: &str = "tremplin:reponses";
/// The `sessionStorage` key of this tab's journey: "1|" or "0|" ("Garder" ticked), then the
/// answers and the screen in the share-link encoding.
pub const SESSION_KEY: &str = "tremplin:onglet";

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

pub fn by_id(id: &str) -> Option<web_sys::Element> {
    document().and_then(|d| d.get_element_by_id(id))
}

pub fn element_of(target: Option<web_sys::EventTarget>) -> Option<web_sys::Element> {
    target.and_then(|t| t.dyn_into::<web_sys::Element>().ok())
}

/// The name, value and checked state of a form control.
pub fn input_of(e: &web_sys::Element) -> Option<(String, String, bool)> {
    if let Some(input) = e.dyn_ref::<web_sys::HtmlInputElement>() {
        return Some((input.name(), input.value(), input.checked()));
    }
    e.dyn_ref::<web_sys::HtmlSelectElement>().map(|s| (s.name(), s.value(), false))
}

/// Text-like inputs are read on every keystroke (`input`); the others on `change`.
pub fn is_typed(e: &web_sys::Element) -> bool {
    e.dyn_ref::<web_sys::HtmlInputElement>().is_some_and(|i| matches!(i.type_().as_str(), "text" | "range"))
}

fn each(root: &web_sys::Element, selector: &str, mut f: impl FnMut(web_sys::Element)) {
    if let Ok(list) = root.query_selector_all(selector) {
        for i in 0..list.length() {
            if let Some(e) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                f(e);
            }
        }
    }
}

/// The `data-region` of that name on the current screen, if it has one.
pub fn region_element(root: &web_sys::Element, name: &str) -> Option<web_sys::Element> {
    root.query_selector(&format!("[data-region=\"{name}\"]")).ok().flatten()
}

/// Updates a region drawn from the same skeleton: the texts of its `[data-v]` elements and the
/// attributes of its `[data-va]` elements, in document order. False if the page does not
/// match (then the caller draws the region again).
pub fn patch_values(region: &web_sys::Element, old: &[Value], new: &[Value]) -> bool {
    // The blocks the second module drew inside the region are its own (`present::later`).
    let Ok(list) = region.query_selector_all("[data-v]:not([data-later] *),[data-va]:not([data-later] *)") else { return false };
    if list.length() as usize != new.len() || old.len() != new.len() {
        return false;
    }
    for (i, (before, after)) in old.iter().zip(new).enumerate() {
        if before == after {
            continue;
        }
        // querySelectorAll lists elements only.
        let Some(e) = list.item(i as u32).map(|n| n.unchecked_into::<web_sys::Element>()) else { return false };
        match (before, after) {
            (Value::Text(_), Value::Text(text)) => match e.first_child() {
                // A `[data-v]` element holds one text node (present::html writes only text in
                // it): changing its data is cheaper than replacing it.
                Some(node) => node.set_node_value(Some(text)),
                None => e.set_text_content(Some(text)),
            },
            (Value::Attrs(was), Value::Attrs(now)) => {
                for (name, value) in now {
                    if !was.iter().any(|(n, v)| n == name && v == value) {
                        let _ = e.set_attribute(name, value);
                    }
                }
            }
            _ => return false,
        }
    }
    true
}

/// Ticks, shown blocks and error messages follow the state after each change.
pub fn sync_controls(root: &web_sys::Element, s: &FormState, today: NaiveDate) {
    each(root, "input[data-sync]", |e| {
        if let Some(input) = e.dyn_ref::<web_sys::HtmlInputElement>() {
            if let Some(on) = is_checked(s, &input.name(), &input.value()) {
                if input.checked() != on {
                    input.set_checked(on);
                }
            }
        }
    });
    each(root, "[data-when]", |e| {
        let show = e.get_attribute("data-when").is_some_and(|w| shown(s, &w, today));
        if e.has_attribute("hidden") == show {
            let _ = if show { e.remove_attribute("hidden") } else { e.set_attribute("hidden", "") };
        }
    });
    each(root, "[data-error]", |e| {
        let message = e.get_attribute("data-error").and_then(|slot| s.error(&slot)).map_or("", t);
        if e.text_content().unwrap_or_default() != message {
            e.set_text_content(Some(message));
        }
    });
    each(root, "[data-error-for]", |e| {
        let bad = e.get_attribute("data-error-for").is_some_and(|slot| s.error(&slot).is_some());
        let _ = e.set_attribute("aria-invalid", if bad { "true" } else { "false" });
    });
}

/// Empties the text boxes of a field ("Je ne sais pas" ticked).
pub fn clear_text_inputs(field: &str) {
    let Some(doc) = document() else { return };
    if let Ok(list) = doc.query_selector_all(&format!("input[type=text][name=\"{field}\"]")) {
        for i in 0..list.length() {
            if let Some(input) = list.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                input.set_value("");
            }
        }
    }
}

pub fn set_value(id: &str, value: &str) {
    if let Some(input) = by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        input.set_value(value);
    }
}

/// Moves the keyboard focus to the new screen's title and back to the top.
pub fn focus_title() {
    focus("tr-screen-title", true);
}

/// Moves the focus to the element `id` once it is drawn (and the page to its top).
pub fn focus(id: &'static str, to_top: bool) {
    leptos::prelude::request_animation_frame(move || {
        if let Some(e) = by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = e.focus();
        }
        if let (true, Some(w)) = (to_top, web_sys::window()) {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
}

/// A `performance.mark`, for the timing budgets.
pub fn mark(name: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(name);
    }
}

pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The answers kept across visits (`localStorage`), or refused.
pub fn local() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// This tab's journey (`sessionStorage`): gone when the tab closes.
pub fn session() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}

pub fn read(storage: Option<web_sys::Storage>, key: &str) -> Option<String> {
    storage.and_then(|s| s.get_item(key).ok().flatten())
}

/// Writes `text` under `key`; false when the browser refuses (storage off, full).
pub fn write(storage: Option<web_sys::Storage>, key: &str, text: &str) -> bool {
    storage.is_some_and(|s| s.set_item(key, text).is_ok())
}

pub fn remove(storage: Option<web_sys::Storage>, key: &str) {
    if let Some(s) = storage {
        let _ = s.remove_item(key);
    }
}

fn history() -> Option<web_sys::History> {
    web_sys::window().and_then(|w| w.history().ok())
}

/// The state of the current history entry, when it is text (the app's entries are).
pub fn history_state() -> Option<String> {
    history().and_then(|h| h.state().ok()).and_then(|s| s.as_string())
}

/// Adds a history entry holding `state` (`push`), or rewrites the current one. The address
/// keeps no fragment: a link's answers are read once, so a reload never brings back older values.
pub fn set_entry(state: &str, push: bool) {
    let Some(w) = web_sys::window() else { return };
    let location = w.location();
    let path = location.pathname().unwrap_or_default() + &location.search().unwrap_or_default();
    if let Some(h) = history() {
        let state = wasm_bindgen::JsValue::from_str(state);
        let _ = if push { h.push_state_with_url(&state, "", Some(&path)) } else { h.replace_state_with_url(&state, "", Some(&path)) };
    }
}

/// Whether a fragment (`#contenu`) names an element of the page: an anchor, not a link.
pub fn names_an_element(hash: &str) -> bool {
    hash.strip_prefix('#').is_some_and(|id| !id.is_empty() && by_id(id).is_some())
}

pub fn history_back() {
    if let Some(h) = history() {
        let _ = h.back();
    }
}

pub fn hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Calls `f` on each `event` of the window (`popstate`, `hashchange`), for the app's lifetime.
pub fn on_window(event: &str, f: impl Fn() + 'static) {
    let Some(w) = web_sys::window() else { return };
    let handler = wasm_bindgen::closure::Closure::<dyn Fn()>::new(f);
    let _ = w.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
    handler.forget();
}

pub fn set_html(id: &str, html: &str) {
    if let Some(e) = by_id(id) {
        e.set_inner_html(html);
    }
}

pub fn set_checked(id: &str, on: bool) {
    if let Some(input) = by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        input.set_checked(on);
    }
}

/// The app's top-level address with `fragment`: origin and path only, so a link copied inside
/// a host's frame carries the answers and none of the embedding options (`?embed=1&origin=…
/// &lock=…`), which would open it embedded, with the host's locks, on the person's phone.
pub fn link_with_fragment(fragment: &str) -> String {
    let location = web_sys::window().map(|w| w.location());
    let origin = location.as_ref().and_then(|l| l.origin().ok()).unwrap_or_default();
    let path = location.as_ref().and_then(|l| l.pathname().ok()).unwrap_or_default();
    format!("{origin}{path}#{fragment}")
}

/// Copies text to the clipboard; false when the browser refuses.
pub async fn copy_text(text: &str) -> bool {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else { return false };
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)).await.is_ok()
}
