//! The shell: installs the panic hook, reads "today" once and mounts the app. Browser only;
//! natively it says where to look instead. `window.wasmBindings.simulate` (api-contract.md) is
//! the second module's (`src/bin/extra.rs`, wired by `public/boot.js`), so the JSON API and the
//! version 1.1 rules stay out of the first screen's download.

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
