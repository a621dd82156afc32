//! The app's few contacts with the browser outside Leptos: what it starts from (the tab's
//! journey, the kept answers, a link), the clock (read once), and the panic hook that
//! replaces a frozen page with a calm message.

use crate::i18n::t;
use crate::present::screen::Screen;
use chrono::NaiveDate;

/// Reads what the app starts from: this tab's journey (`sessionStorage`, so a reload or a
/// discarded tab resumes where the person was), else the answers kept on this device; then a
/// shared link's fragment or a host's pre-fill. A link that would replace answers already here
/// is held as an [`super::Offer`] until the person chooses: stored answers are never dropped
/// silently. Problems with either become a notice; nothing valid is lost.
pub fn startup() -> super::Startup {
    use super::browser::{local, read, session, SESSION_KEY, STORAGE_KEY};
    use crate::answers::share::{self, Source};
    let location = web_sys::window().map(|w| w.location());
    let mut hash = location.as_ref().and_then(|l| l.hash().ok()).unwrap_or_default();
    // "Commencer" tapped on the home screen drawn at build time, before the app ran: the first
    // step, with whatever this device holds. An anchor of the page (the skip link's) is no link.
    let started = hash == crate::present::pages::START_HREF;
    if started || super::browser::names_an_element(&hash) {
        hash.clear();
    }
    let query = location.as_ref().and_then(|l| l.search().ok()).unwrap_or_default();
    let embed = crate::embed::options::parse(&query);
    super::host::apply_look(&embed);
    // Each problem is worded for where it came from: this device here, a link or the host below.
    let stored_notice = |d: &share::Decoded| d.notice(Source::Stored);
    // What this device already holds: this tab's journey first, else the answers kept across visits.
    let here = match (read(session(), SESSION_KEY), read(local(), STORAGE_KEY)) {
        (Some(text), _) => {
            let (keep, fragment) = text.split_once('|').unwrap_or(("0", &text));
            let d = share::decode(fragment);
            Some((stored_notice(&d), keep == "1", d))
        }
        (None, Some(text)) => {
            let d = share::decode(&text);
            Some((stored_notice(&d).or_else(|| Some(t("restore.ok").to_owned())), true, d))
        }
        (None, None) => None,
    };
    let link = share::decode(&hash);
    // The language: the link's, the host's, the one the answers here were kept in, else the browser's.
    let kept_english = here.as_ref().and_then(|(_, _, d)| d.english);
    let english = link.english.or(embed.english).or(kept_english);
    let screen_of = |d: &share::Decoded| d.screen.as_deref().and_then(Screen::from_name);
    if !link.any && link.problems.is_empty() {
        let (notice, keep, d) = here.unwrap_or_default();
        if started {
            let (screen, before) = (Some(Screen::Step(crate::answers::questions::Step::You)), Some(Screen::Home));
            return super::Startup { notice, screen, before, answers: d.answers, keep, embed, offer: None, english };
        }
        return super::Startup { notice, screen: screen_of(&d).or(embed.start), before: None, answers: d.answers, keep, embed, offer: None, english };
    }
    let offer = super::Offer { screen: screen_of(&link).or(embed.start), notice: link_notice(&link, embed.embedded), answers: link.answers };
    match here {
        // Other answers are here: keep them (a host's locked answers apart) until the person chooses.
        Some((_, keep, mut d)) if !super::same(&d.answers, None) && !super::same(&d.answers, Some(&offer.answers)) => {
            d.answers.take_fields(&offer.answers, &embed.lock);
            super::Startup { notice: None, screen: screen_of(&d), before: None, answers: d.answers, keep, embed, offer: Some(offer), english }
        }
        here => super::Startup {
            keep: here.is_some_and(|(_, keep, d)| keep && super::same(&d.answers, Some(&offer.answers))),
            notice: offer.notice,
            screen: offer.screen,
            before: None,
            answers: offer.answers,
            embed,
            offer: None,
            english,
        },
    }
}

/// What to say about a link (or a host's pre-fill) once opened: what could not be read, in
/// everyday words (share.rs), or that the answers were taken up.
pub fn link_notice(link: &crate::answers::share::Decoded, embedded: bool) -> Option<String> {
    use crate::answers::share::Source;
    crate::answers::share::restored_notice(link, if embedded { Source::Prefill } else { Source::Link })
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

/// The panel is written into index.html at build time (`present::pages::crash_panel`, a
/// `<template>`), so its words cost the WebAssembly nothing; `boot.js` reloads the page when its
/// button is pressed (after a panic the Wasm instance cannot run any more code).
fn show_crash(code: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let (Some(body), Some(panel)) = (document.body(), document.get_element_by_id("tr-crash")) else { return };
    let mut escaped = String::new();
    crate::present::html::escape(code, &mut escaped);
    body.set_inner_html(&panel.inner_html().replace("{code}", &escaped));
}
