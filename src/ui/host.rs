//! The browser side of embedding: the host's look (colour, compact mode), messages posted to
//! the host's origin only (never `*`), the host's messages checked for origin, source and
//! shape, and the content height watched so the host can size its iframe.

use crate::embed::options::Options;
use crate::embed::protocol::{parse_incoming, Incoming, Outgoing};
use crate::embed::theme::darker;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Applies the host's colour and compact mode, and tells the developer what was ignored.
pub fn apply_look(o: &Options) {
    for line in &o.console {
        web_sys::console::warn_1(&line.into());
    }
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else { return };
    let mut classes: Vec<&str> = Vec::new();
    if o.embedded {
        classes.push("tr-embedded");
    }
    if o.compact {
        classes.push("tr-compact");
    }
    if !classes.is_empty() {
        root.set_class_name(&classes.join(" "));
    }
    if o.embedded {
        links_leave_the_frame(&root);
    }
    if let (Some(color), Some(html)) = (o.theme, root.dyn_ref::<web_sys::HtmlElement>()) {
        let style = html.style();
        let _ = style.set_property("--tr-primary", &color.hex());
        let _ = style.set_property("--tr-primary-dark", &darker(color).hex());
    }
}

/// In a host's frame, a link that leaves the app ("Sources et paramètres", "Intégrer Tremplin")
/// opens in a new tab: followed inside the frame it would replace the person's work by a page
/// served with `frame-ancestors 'none'`, which the host shows as "refused to connect". Links
/// within the page (`#contenu`) stay as they are. The target is set as the click happens, so
/// it holds for links drawn later too.
fn links_leave_the_frame(root: &web_sys::Element) {
    let handler = Closure::<dyn Fn(web_sys::Event)>::new(|e: web_sys::Event| {
        let link = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|el| el.closest("a[href]").ok().flatten());
        if let Some(link) = link {
            if !link.get_attribute("href").unwrap_or_default().starts_with('#') {
                let _ = link.set_attribute("target", "_blank");
                let _ = link.set_attribute("rel", "noopener");
            }
        }
    });
    let _ = root.add_event_listener_with_callback("click", handler.as_ref().unchecked_ref());
    handler.forget();
}

/// Posts a message to the host page, at the host's origin only.
pub fn post(host: &str, message: &Outgoing) {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    if let Ok(data) = js_sys::JSON::parse(&message.to_json().to_string()) {
        let _ = parent.post_message(&data, host);
    }
}

/// Calls `on_hello` for each valid `hello` from the host (origin and source checked).
pub fn listen(host: String, on_hello: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let parent = window.parent().ok().flatten();
    let handler = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        let from_parent = match (e.source(), &parent) {
            (Some(source), Some(p)) => js_sys::Object::is(&source, p),
            _ => false,
        };
        if e.origin() != host || !from_parent {
            return;
        }
        if parse_incoming(&protocol_fields(&e.data())) == Some(Incoming::Hello) {
            on_hello();
        }
    });
    let _ = window.add_event_listener_with_callback("message", handler.as_ref().unchecked_ref());
    handler.forget();
}

/// The JSON text of a host message's protocol fields alone (`source`, `v`, `type`), or `""`
/// when it is not a plain object: binary arrays, arrays, strings and numbers are dropped
/// unread, and however many other keys an object has, they are neither serialised nor parsed
/// (a 1 MB `Uint8Array` once froze the page for minutes).
fn protocol_fields(data: &wasm_bindgen::JsValue) -> String {
    if !data.is_object() || js_sys::Array::is_array(data) || js_sys::ArrayBuffer::is_view(data) || data.is_instance_of::<js_sys::ArrayBuffer>() {
        return String::new();
    }
    let fields = js_sys::Object::new();
    for name in ["source", "v", "type"] {
        let key = wasm_bindgen::JsValue::from_str(name);
        if let Ok(value) = js_sys::Reflect::get(data, &key) {
            let _ = js_sys::Reflect::set(&fields, &key, &value);
        }
    }
    js_sys::JSON::stringify(&fields).ok().and_then(|s| s.as_string()).unwrap_or_default()
}

/// The height of the app's content, in CSS pixels.
pub fn content_height() -> u32 {
    let app = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector(".tr-app").ok().flatten());
    app.map_or(0, |a| u32::try_from(a.scroll_height()).unwrap_or(0))
}

/// Calls `on_change` whenever the app's content changes size.
pub fn watch_height(on_change: impl Fn() + 'static) {
    let app = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector(".tr-app").ok().flatten());
    let Some(app) = app else { return };
    let callback = Closure::<dyn Fn()>::new(on_change);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&app);
        std::mem::forget(observer);
    }
    callback.forget();
}
