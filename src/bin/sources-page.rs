//! Writes `sources.html`, the "Sources et paramètres" page, generated from the parameter
//! timelines: `cargo run --bin sources-page -- <dist folder>` (run by scripts/post-build.mjs
//! after each Trunk build, with the app's hashed stylesheet).

/// A native tool: the page's code is not compiled for the browser.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "dist".to_owned());
    let css = std::fs::read_dir(&dir)
        .ok()
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .find(|f| f.starts_with("main-") && f.ends_with(".css"));
    let Some(css) = css else {
        eprintln!("sources-page: no main-*.css in {dir}");
        std::process::exit(1);
    };
    let path = std::path::Path::new(&dir).join("sources.html");
    if let Err(e) = std::fs::write(&path, tremplin::present::sources::page(&css)) {
        eprintln!("sources-page: cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
    println!("sources.html written ({css})");
}
