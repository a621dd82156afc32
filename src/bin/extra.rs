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
/// included. Replaces the first module's `wasmBindings.simulate` once loaded.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn simulate(input: &str) -> String {
    tremplin::api::simulate_json(input)
}
