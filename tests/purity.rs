//! `src/rules/` is the pure engine: it never reaches for the browser, the clock, storage, the
//! network or the environment. Every file of the folder is read and searched for the names
//! of those contacts; a match fails with the file and the line.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

const FORBIDDEN: &[&str] = &[
    "leptos", "web_sys", "web-sys", "js_sys", "js-sys", "wasm_bindgen", "wasm-bindgen", "gloo",
    "SystemTime", "Instant::", "Utc::now", "Local::now", "chrono::Local", "chrono::Utc", "today(",
    "localStorage", "sessionStorage", "std::fs", "std::env", "std::net", "std::process", "thread_rng",
    "getrandom",
];

mod common;
use common::rust_files;

#[test]
fn the_rules_engine_never_mentions_the_browser_the_clock_or_storage() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
    let mut files = Vec::new();
    rust_files(&dir, &mut files);
    assert!(files.len() >= 5, "src/rules/ should hold the engine's files");
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            for word in FORBIDDEN {
                if line.contains(word) {
                    found.push(format!("{}:{}: {word}", file.display(), n + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "the pure engine mentions outside contacts:\n{}", found.join("\n"));
}

#[test]
fn the_purity_check_would_catch_a_clock_read() {
    // The check above is only worth something if it matches what it looks for.
    let line = "let now = chrono::Utc::now();";
    assert!(FORBIDDEN.iter().any(|w| line.contains(w)));
}
