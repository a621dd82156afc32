//! The shell: installs the panic hook, reads "today" once, mounts the app, and exports
//! `simulate` to JavaScript (`window.wasmBindings.simulate`, api-contract.md). Browser only;
//! natively it says where to look instead.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Tremplin runs in the browser: `scripts/serve` builds and serves it.");
}

#[cfg(target_arch = "wasm32")]
fn main() {
    tremplin::ui::shell::install_panic_hook();
    let today = tremplin::ui::shell::today();
    let startup = tremplin::ui::shell::startup();
    leptos::mount::mount_to_body(move || tremplin::ui::App(tremplin::ui::AppProps { today, startup: Some(startup) }));
}

/// Test hook for the crash screen: panics on purpose, so the end-to-end tests can check that a
/// panic shows a calm message instead of a frozen page. Reachable only from the console, never
/// from any input.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = "__tremplinCrashTest")]
pub fn crash_test() {
    panic!("crash test requested from the console");
}

/// `simulate(input_json) -> output_json` of the API contract, for partners and tests. It takes
/// any JavaScript value and never throws: anything but a string gives the `{"error": …}` JSON.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn simulate(input: wasm_bindgen::JsValue) -> String {
    match input.as_string() {
        Some(text) => tremplin::api::simulate_json(&text),
        None if input.is_null() => tremplin::api::not_a_text("null"),
        None => tremplin::api::not_a_text(&input.js_typeof().as_string().unwrap_or_default()),
    }
}
