//! Browser tests (wasm-bindgen-test in headless Chromium): mount components into a real DOM
//! and assert on what a person would see. Run by `scripts/test`, or by hand:
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_app() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let parent: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&parent).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
    let handle = leptos::mount::mount_to(parent.clone(), move || view! { <tremplin::ui::App today=today /> });
    handle.forget();
    parent
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
fn the_first_screen_names_the_product_and_offers_to_start() {
    let root = mount_app();
    assert!(text(&root, "h1").contains("chantier d’insertion"));
    assert_eq!(text(&root, "[data-testid=start]").trim(), "Commencer");
    assert!(text(&root, ".tr-privacy").contains("nulle part"));
}
