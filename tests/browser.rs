//! Browser tests (wasm-bindgen-test in headless Chromium): mount the app into a real DOM and
//! assert on what a person would see and do. Run by `scripts/test`, or by hand:
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use chrono::NaiveDate;
use leptos::prelude::*;
use tremplin::answers::Answers;
use tremplin::present::screen::Screen;
use tremplin::ui::{App, Startup};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets the app's effects run (they are scheduled after the current task).
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20);
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn mount(startup: Startup) -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let parent: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&parent).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
    let handle = leptos::mount::mount_to(parent.clone(), move || view! { <App today=today startup=startup.clone() /> });
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

fn click(root: &web_sys::HtmlElement, selector: &str) {
    let el: web_sys::HtmlElement = root.query_selector(selector).unwrap().unwrap().unchecked_into();
    el.click();
}

#[wasm_bindgen_test]
async fn the_first_screen_names_the_product_and_offers_to_start() {
    let root = mount(Startup::default());
    settle().await;
    assert!(text(&root, "h1").contains("chantier d’insertion"));
    assert_eq!(text(&root, "[data-testid=start]").trim(), "Commencer");
    assert!(text(&root, ".tr-privacy").contains("nulle part"));
    root.remove();
}

#[wasm_bindgen_test]
async fn starting_opens_the_first_step_and_answers_update_the_live_result() {
    let root = mount(Startup::default());
    settle().await;
    click(&root, "[data-testid=start]");
    settle().await;
    assert_eq!(text(&root, "[data-testid=step-title]"), "Vous");
    assert!(text(&root, "[data-region=live]").contains("Répondez à une première question"));
    // Typing a birth date, as a person would, box by box.
    for (id, value) in [("tr-q-birth_date-day", "14"), ("tr-q-birth_date-month", "3"), ("tr-q-birth_date-year", "2002")] {
        let input: web_sys::HtmlInputElement = root.query_selector(&format!("#{id}")).unwrap().unwrap().unchecked_into();
        input.set_value(value);
        input.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &{ let i = web_sys::EventInit::new(); i.set_bubbles(true); i }).unwrap()).unwrap();
    }
    settle().await;
    assert!(text(&root, "[data-region=live]").contains("Âgé(e) de moins de 26 ans"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_restored_situation_opens_on_its_results() {
    let answers = tremplin::answers::share::decode("v=1&b=1985-04-20&e=0&r=1&m=8&bf=RSA&h=0&c=&j=none&rf=none&p=0").answers;
    let root = mount(Startup { answers, screen: Some(Screen::Results), ..Startup::default() });
    settle().await;
    assert_eq!(text(&root, "h1"), "Vos résultats");
    assert_eq!(root.query_selector("[data-testid=structure-ACI]").unwrap().unwrap().get_attribute("data-status").as_deref(), Some("eligible"));
    assert!(text(&root, "[data-testid=orientation-primary]").contains("Le Département"));
    root.remove();
    let _ = Answers::default();
}
