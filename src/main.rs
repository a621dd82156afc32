//! The shell: reads "today" once, the host's options and the URL, installs the panic hook,
//! and mounts the app. Browser only; natively it says where to look instead.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Tremplin runs in the browser: `scripts/serve` builds and serves it.");
}

#[cfg(target_arch = "wasm32")]
fn main() {}
