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

/// Draws every block inside `root` (`[data-later="<name>"]`, the printed sheet included) from
/// the answers `fragment` on `today` (`YYYY-MM-DD`) and the app's `flags`
/// (`present::later::flags`). A block is written only when its HTML changed (its hash is kept
/// in `data-drawn`), and a block of questions (`data-later-once`) only once per screen, so
/// that typing in a field never loses the focus to a redraw.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn draw(root: web_sys::Element, fragment: &str, today: &str, flags: &str) {
    let Some(today) = tremplin::rules::calendar::parse_iso_date(today) else { return };
    use wasm_bindgen::JsCast;
    // On "Côté structure" the sheet is the structure's (`present::later::flags`).
    let structure = root.query_selector("[data-later=xe]").ok().flatten().is_some();
    let flags = if structure { format!("{flags}e") } else { flags.to_owned() };
    let flags = flags.as_str();
    // The app's address without fragment, as "Copier le lien" builds it, for the blocks that
    // carry the share link (its QR code, the printed sheet's).
    let link = tremplin::ui::browser::link_with_fragment("");
    let page = link.strip_suffix('#').unwrap_or(&link);
    // A block may hold blocks of its own (the questions of "Ce que vous auriez en tout" and of
    // "Côté structure" hold their figures and each field's message): they are drawn in the
    // next pass.
    for _ in 0..3 {
        let Ok(list) = root.query_selector_all("[data-later]") else { return };
        let mut nested = false;
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
                nested |= e.query_selector("[data-later]").ok().flatten().is_some();
                // A field's message (`data-for` names the field): the field says it is invalid.
                if let Some(field) = e.get_attribute("data-for").and_then(|id| root.query_selector(&format!("#{id}")).ok().flatten()) {
                    let _ = field.set_attribute("aria-invalid", if html.is_empty() { "false" } else { "true" });
                }
            }
        }
        if !nested {
            break;
        }
    }
    field_errors(&root, fragment);
}

/// The message next to each later field (`[data-later-error="name"]`, inside a block of
/// questions that is drawn only once) and that field's `aria-invalid`, after every change.
#[cfg(target_arch = "wasm32")]
fn field_errors(root: &web_sys::Element, fragment: &str) {
    use wasm_bindgen::JsCast;
    let Ok(list) = root.query_selector_all("[data-later-error]") else { return };
    for i in 0..list.length() {
        let Some(e) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let name = e.get_attribute("data-later-error").unwrap_or_default();
        let message = tremplin::present::later::field_error(&name, fragment);
        if e.text_content().unwrap_or_default() != message {
            e.set_text_content(Some(&message));
        }
        if let Ok(Some(field)) = root.query_selector(&format!("[name=\"{name}\"]")) {
            let _ = field.set_attribute("aria-invalid", if message.is_empty() { "false" } else { "true" });
        }
    }
}

/// A short hash of a block's HTML (FNV-1a, 32 bits), to skip a redraw that changes nothing.
#[cfg(target_arch = "wasm32")]
fn fnv(text: &str) -> String {
    let h = text.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    format!("{h:x}")
}

/// A block's action on these answers (`present::later::act`); a download button
/// (`present::later::download`) saves its file here and gives no new answers.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn act(name: &str, arg: &str, fragment: &str, today: &str) -> String {
    let Some(today) = tremplin::rules::calendar::parse_iso_date(today) else { return String::new() };
    if let Some(file) = tremplin::present::later::download(name, fragment, today) {
        save(&file);
        return String::new();
    }
    tremplin::present::later::act(name, arg, fragment, today)
}

/// Hands `file` to the browser as a download: a Blob, its object URL on a link with
/// `download`, a click, and the URL released. Made on the device; nothing is sent.
#[cfg(target_arch = "wasm32")]
fn save(file: &tremplin::present::export::Download) -> Option<()> {
    use wasm_bindgen::JsCast;
    let document = web_sys::window()?.document()?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&file.text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(file.mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link = document.create_element("a").ok()?.dyn_into::<web_sys::HtmlAnchorElement>().ok()?;
    link.set_href(&url);
    link.set_download(&file.name);
    let body = document.body()?;
    let _ = body.append_child(&link);
    link.click();
    link.remove();
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}
