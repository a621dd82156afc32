//! The second module, fetched by `public/boot.js` once the first screen is drawn: the whole
//! `simulate` API (`shared/api-contract.md`, version 1.1 included) and the renderers of the
//! screens the first screen never needs, and the English catalogue, so that their rules and sentences stay out of the
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

/// The language `choice` for the first module: "en", "fr", or "" for the browser's preferred
/// language (English if it is English, else French). Sets `lang` on the page and returns the
/// English catalogue as one text for the first module, which is built without it and installs
/// it (`tremplin::i18n::install`), or "" for French.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn language(choice: &str) -> String {
    let window = web_sys::window();
    let english = match choice {
        "en" => true,
        "fr" => false,
        _ => window.as_ref().and_then(|w| w.navigator().language()).is_some_and(|l| l.starts_with("en")),
    };
    if let Some(root) = window.and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", if english { "en" } else { "fr" });
    }
    if english { tremplin::i18n::english_text() } else { String::new() }
}

/// The printed sheet of the answers `fragment` (their share-link encoding) on `today`
/// (`YYYY-MM-DD`); `justice` and `contract_invalid` are "1" or "0" (`present::later::sheet`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn sheet(fragment: &str, today: &str, justice: &str, contract_invalid: &str) -> String {
    match tremplin::rules::calendar::parse_iso_date(today) {
        Some(today) => tremplin::present::later::sheet(fragment, today, justice == "1", contract_invalid == "1"),
        None => String::new(),
    }
}
