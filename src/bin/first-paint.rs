//! Writes the home screen into `index.html` at build time, in place of its empty
//! `<div id="tr-first"></div>`: `cargo run --bin first-paint -- <dist folder>` (run by
//! scripts/post-build.mjs after each Trunk build). The screen comes from the same `present`
//! functions the app draws it with (`present::pages::first_paint`), so the first screen is
//! readable as soon as the HTML and the CSS have arrived, before the WebAssembly. The crash
//! panel is written in too, as a `<template>`, so its words are not in the WebAssembly.

/// A native tool: the page's code is not compiled for the browser.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "dist".to_owned());
    let path = std::path::Path::new(&dir).join("index.html");
    let fail = |why: String| -> ! {
        eprintln!("first-paint: {why}");
        std::process::exit(1);
    };
    let html = std::fs::read_to_string(&path).unwrap_or_else(|e| fail(format!("cannot read {}: {e}", path.display())));
    // As written in index.html, or as Trunk's minifier leaves it.
    let Some(placeholder) = ["<div id=\"tr-first\"></div>", "<div id=tr-first></div>"].into_iter().find(|p| html.contains(p)) else {
        fail(format!("no empty <div id=\"tr-first\"> in {}", path.display()))
    };
    // The crash panel goes with it, as a template (ui::shell and boot.js show it).
    let screen = tremplin::present::pages::first_paint() + &tremplin::present::pages::crash_panel();
    if let Err(e) = std::fs::write(&path, html.replacen(placeholder, &unquoted(&screen), 1)) {
        fail(format!("cannot write {}: {e}", path.display()));
    }
    println!("index.html: the home screen and the crash panel written in ({} bytes)", screen.len());
}

/// The attribute values that need no quotes lose them, as Trunk's minifier does for the rest
/// of the page: bytes of the first screen.
#[cfg(not(target_arch = "wasm32"))]
fn unquoted(html: &str) -> String {
    let plain = |v: &str| !v.is_empty() && v.bytes().all(|b| b.is_ascii_alphanumeric() || b"._:#-".contains(&b));
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find("=\"") {
        let (head, tail) = rest.split_at(i);
        out.push_str(head);
        let value = &tail[2..];
        match value.find('"') {
            Some(end) if plain(&value[..end]) => {
                out.push('=');
                out.push_str(&value[..end]);
                rest = &value[end + 1..];
            }
            _ => {
                out.push_str("=\"");
                rest = value;
            }
        }
    }
    out.push_str(rest);
    out
}
