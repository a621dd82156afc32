//! The second module, fetched by `public/boot.js` once the first screen is drawn: the whole
//! `simulate` API (`shared/api-contract.md`, version 1.1 included) and the renderers of the
//! screens the first screen never needs, so that their rules and sentences stay out of the
//! first download (the first-screen budget of `scripts/test`). Browser only.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The second module runs in the browser: `scripts/serve` builds and serves it.");
}

/// Nothing to start: boot.js calls the exports below once the module is initialised.
#[cfg(target_arch = "wasm32")]
fn main() {}

/// `simulate(input_json) -> output_json` of the API contract, every version-1.1 addition
/// included (the `employer` feature, on by default). Replaces the first module's `wasmBindings.simulate` once loaded.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn simulate(input: wasm_bindgen::JsValue) -> String {
    // Like the first module's: any JavaScript value, never an exception.
    match input.as_string() {
        Some(text) => tremplin::api::simulate_json(&text),
        None if input.is_null() => tremplin::api::not_a_text("null"),
        None => tremplin::api::not_a_text(&input.js_typeof().as_string().unwrap_or_default()),
    }
}

/// Draws every block inside `root` (`[data-later="<name>"]`, the printed sheet included) from
/// the answers `fragment` on `today` (`YYYY-MM-DD`) and the app's `flags`
/// (`present::later::flags`). A block is written only when its HTML changed (its hash is kept
/// in `data-drawn`), and a block of questions (`data-later-once`) only once per screen, so
/// that typing in a field never loses the focus to a redraw.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn draw(root: web_sys::Element, fragment: &str, today: &str, flags: &str) {
    use wasm_bindgen::JsCast;
    let Some(today) = tremplin::rules::calendar::parse_iso_date(today) else { return };
    let Ok(list) = root.query_selector_all("[data-later]") else { return };
    // The app's address without fragment, as "Copier le lien" builds it, for the blocks that
    // carry the share link (its QR code).
    let link = tremplin::ui::browser::link_with_fragment("");
    let page = link.strip_suffix('#').unwrap_or(&link);
    for i in 0..list.length() {
        let Some(e) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let drawn = e.get_attribute("data-drawn");
        if drawn.is_some() && e.has_attribute("data-later-once") {
            continue;
        }
        let name = e.get_attribute("data-later").unwrap_or_default();
        let Some(html) = tremplin::present::later::block(&name, fragment, today, flags, page) else { continue };
        let hash = fnv(&html);
        if drawn.as_deref() != Some(hash.as_str()) {
            e.set_inner_html(&html);
            let _ = e.set_attribute("data-drawn", &hash);
        }
    }
}

/// A short hash of a block's HTML (FNV-1a, 32 bits), to skip a redraw that changes nothing.
#[cfg(target_arch = "wasm32")]
fn fnv(text: &str) -> String {
    let h = text.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    format!("{h:x}")
}

/// A block's action on these answers (`present::later::act`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn act(name: &str, arg: &str, fragment: &str, today: &str) -> String {
    match tremplin::rules::calendar::parse_iso_date(today) {
        Some(today) => tremplin::present::later::act(name, arg, fragment, today),
        None => String::new(),
    }
}
