//! The app's few contacts with the browser outside Leptos: the clock (read once), and the
//! panic hook that replaces a frozen page with a calm message.

use crate::i18n::t;
use chrono::NaiveDate;
use wasm_bindgen::JsCast;

/// Reads what the app starts from: a shared link's fragment first, else the answers kept on
/// this device. Problems with either become a notice; nothing valid is lost.
pub fn startup() -> super::Startup {
    use crate::answers::share::{self, Source};
    let location = web_sys::window().map(|w| w.location());
    let hash = location.as_ref().and_then(|l| l.hash().ok()).unwrap_or_default();
    let query = location.as_ref().and_then(|l| l.search().ok()).unwrap_or_default();
    let embed = crate::embed::options::parse(&query);
    super::host::apply_look(&embed);
    let from_link = share::decode(&hash);
    let link_source = if embed.embedded { Source::Prefill } else { Source::Link };
    let (decoded, keep, source) = if from_link.any || !from_link.problems.is_empty() {
        (from_link, false, link_source)
    } else {
        let kept = super::browser::storage().and_then(|s| s.get_item(super::browser::STORAGE_KEY).ok().flatten());
        match kept {
            Some(text) => (share::decode(&text), true, Source::Stored),
            None => (from_link, false, link_source),
        }
    };
    // Each problem is worded for where it came from, a link, this device or the host.
    let notice = share::restored_notice(&decoded, source);
    super::Startup {
        notice,
        screen: decoded.screen.as_deref().and_then(crate::present::screen::Screen::from_name).or(embed.start),
        answers: decoded.answers,
        keep,
        embed,
    }
}

/// Today's date on the person's device, read once at start-up and passed down.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
        .unwrap_or(crate::rules::params::START)
}

/// A panic in WebAssembly kills the app: say so plainly, with a button to reload and a code
/// to quote, instead of leaving a frozen screen.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let code = info
            .location()
            .map_or_else(|| "TR-PANIC".to_owned(), |l| format!("TR-PANIC {}:{}", l.file(), l.line()));
        web_sys::console::error_1(&format!("{code}: {info}").into());
        show_crash(&code);
    }));
}

fn show_crash(code: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    let build = || -> Option<web_sys::Element> {
        let panel = document.create_element("div").ok()?;
        panel.set_class_name("tr-crash");
        panel.set_attribute("role", "alert").ok()?;
        panel.set_attribute("data-testid", "crash").ok()?;
        let title = document.create_element("h1").ok()?;
        title.set_text_content(Some(t("crash.title")));
        let text = document.create_element("p").ok()?;
        text.set_text_content(Some(t("crash.text")));
        let code_line = document.create_element("p").ok()?;
        code_line.set_text_content(Some(&crate::i18n::tf("crash.code", &[("code", code)])));
        let button = document.create_element("button").ok()?;
        button.set_text_content(Some(t("crash.reload")));
        button.set_attribute("type", "button").ok()?;
        let reload = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref()).ok()?;
        reload.forget();
        for child in [&title, &text, &code_line, &button] {
            panel.append_child(child).ok()?;
        }
        Some(panel)
    };
    if let Some(panel) = build() {
        body.set_inner_html("");
        let _ = body.append_child(&panel);
    }
}
