//! The screens' frames: the header and footer, the first screen, a step of the journey, the
//! recap, the results and the advisor page. Parts that change with the answers are
//! `data-region` placeholders filled by [`super::region`]; buttons say what they do with
//! `data-go` (a screen) or `data-action` (next, previous, copy, clear, print).

use super::form::{choice, question, FormState};
use super::html::{Attr, Html};
use super::screen::Screen;
use super::text::key3;
use super::{contract, visible_steps, Snapshot};
use crate::answers::questions::{Field, Step, STEPS};
use crate::i18n::format::long_date;
use crate::i18n::{t, tf};
use crate::rules::params;
use chrono::NaiveDate;

fn region(h: &mut Html, name: &str) {
    h.el("div", &[("data-region", name)], "");
}

fn button(h: &mut Html, class: &str, attr: Attr<'_>, testid: &str, words: &str) {
    h.el("button", &[("type", "button"), ("class", class), attr, ("data-testid", testid)], words);
}

fn title(h: &mut Html, text: &str) {
    h.el("h1", &[("id", "tr-screen-title"), ("tabindex", "-1")], text);
}

/// The header: skip link, name, navigation, and "Effacer mes réponses" always at hand.
pub fn header(h: &mut Html, screen: Screen) {
    h.el("a", &[("class", "tr-skip"), ("href", "#contenu")], t("nav.skip"));
    h.wrap("div", &[("class", "tr-header-inner")], |h| {
        h.wrap("button", &[("type", "button"), ("class", "tr-brand"), ("data-go", Screen::Home.name())], |h| {
            h.el("span", &[], t("app.name"));
            h.el("span", &[("class", "tr-brand-tagline")], t("app.tagline"));
        });
        // "English" / "Français", in the language it opens, on every screen.
        let other = if crate::i18n::is_en() { "fr" } else { "en" };
        h.el("button", &[("type", "button"), ("class", "tr-nav-link tr-lang"), ("id", "tr-lang"), ("data-action", "lang"), ("data-testid", "lang"), ("lang", other)], t("lang.switch"));
        // On a phone the links fold into a menu, so the header stays under about 80 px.
        h.open("details", &[("class", "tr-menu")]);
        h.el("summary", &[("data-testid", "menu")], t("nav.menu"));
        h.wrap("nav", &[("aria-label", t("nav.label"))], |h| {
            h.wrap("ul", &[("class", "tr-nav")], |h| {
                let items = [(Screen::Step(Step::You), "nav.journey", "nav-journey"), (Screen::Advisor, "nav.advisor", "nav-advisor")];
                for (target, words, testid) in items {
                    let current = match (screen, target) {
                        (Screen::Step(_), Screen::Step(_)) => true,
                        (a, b) => a == b,
                    };
                    let mut attrs: Vec<Attr<'_>> = vec![("type", "button"), ("class", "tr-nav-link"), ("data-go", target.name()), ("data-testid", testid)];
                    if current {
                        attrs.push(("aria-current", "page"));
                    }
                    h.wrap("li", &[], |h| {
                        h.el("button", &attrs, t(words));
                    });
                }
                h.wrap("li", &[], |h| {
                    h.el("a", &[("class", "tr-nav-link"), ("href", "sources.html"), ("hreflang", "fr"), ("data-testid", "nav-sources")], t("nav.sources"));
                });
                h.wrap("li", &[], |h| button(h, "tr-nav-link tr-nav-clear", ("data-action", "clear"), "clear", t("keep.clear")));
            });
        });
        h.close("details");
    });
}

pub fn footer(h: &mut Html) {
    h.el("p", &[], t("footer.privacy"));
    h.el("p", &[], &tf("footer.version", &[("version", &long_date(params::rules_version()))]));
    h.wrap("p", &[], |h| {
        h.el("a", &[("href", "integration.html"), ("hreflang", "fr")], t("nav.integration"));
    });
}

/// Where "Commencer" points: the first step. Only the copy of the home screen drawn at build time
/// follows it (the running app handles the click itself); the app reads it at start-up.
pub const START_HREF: &str = "#s=questions";

/// The home screen as the app draws it with no answer (header, home, footer, inside the app's
/// own wrappers: ui/mod.rs), written into index.html at build time (`src/bin/first-paint.rs`),
/// so the page is readable before the WebAssembly has arrived. The app draws its own on
/// start-up and removes this one (`#tr-first`) in the same task, so nothing moves.
#[cfg(not(target_arch = "wasm32"))]
pub fn first_paint() -> String {
    let mut h = Html::new();
    h.open("div", &[("class", "tr-app"), ("id", "tr-first")]);
    h.wrap("header", &[("class", "tr-header")], |h| header(h, Screen::Home));
    h.el("div", &[("class", "tr-notice-area")], "");
    h.wrap("main", &[("class", "tr-main"), ("id", "contenu"), ("tabindex", "-1")], |h| home(h, &FormState::default()));
    // The app's (empty, hidden) sheet, so that both trees have their elements in the same order.
    h.el("article", &[("class", "tr-sheet")], "");
    h.wrap("footer", &[("class", "tr-footer"), ("aria-label", t("footer.label"))], footer);
    h.close("div");
    h.finish()
}

/// The panel that replaces the page when the app crashes (the panic hook, `ui::shell`, or
/// boot.js when the WebAssembly cannot start), as a `<template>` written into index.html at
/// build time; `{code}` stands for the error's code.
#[cfg(not(target_arch = "wasm32"))]
pub fn crash_panel() -> String {
    let mut h = Html::new();
    h.wrap("template", &[("id", "tr-crash")], |h| {
        h.wrap("div", &[("class", "tr-crash"), ("role", "alert"), ("data-testid", "crash")], |h| {
            h.el("h1", &[], t("crash.title"));
            h.el("p", &[], t("crash.text"));
            h.el("p", &[], &tf("crash.code", &[("code", "{code}")]));
            h.el("button", &[("type", "button")], t("crash.reload"));
        });
    });
    h.finish()
}

pub fn home(h: &mut Html, s: &FormState) {
    h.open("section", &[("class", "tr-home"), ("aria-labelledby", "tr-screen-title")]);
    title(h, t("home.title"));
    h.el("p", &[("class", "tr-lead")], t("home.lead"));
    h.el("p", &[("class", "tr-privacy")], t("home.privacy"));
    h.el("p", &[("class", "tr-muted")], t("home.duration"));
    h.wrap("div", &[("class", "tr-actions")], |h| {
        // A link, not a button: tapped on the copy of this screen in index.html before the app
        // runs (first_paint), it leaves START_HREF in the address, which the app opens at start-up.
        let attrs = [("href", START_HREF), ("class", "tr-button tr-button-primary tr-button-large"), ("data-go", Screen::Step(Step::You).name()), ("data-testid", "start")];
        h.el("a", &attrs, t("home.start"));
        if s.answers.any_person_answer() {
            button(h, "tr-button", ("data-go", Screen::Results.name()), "resume", t("home.resume"));
        }
    });
    h.wrap("p", &[], |h| button(h, "tr-link-button", ("data-go", Screen::Advisor.name()), "open-advisor", t("home.advisor")));
    structure_link(h);
    h.close("section");
}

/// "Vous êtes une structure ?": the way to "Côté structure", from the home page and under the
/// contract simulator (results and advisor mode).
fn structure_link(h: &mut Html) {
    h.wrap("p", &[], |h| button(h, "tr-link-button", ("data-go", Screen::Structure.name()), "open-structure", t("home.structure")));
}

/// "Côté structure": its title and the contract simulator's form (the post: dates, hours,
/// rate, the structure that hires); the structure's questions, the figures and the revenue
/// cap are one block of questions the second module draws once, with the figures' blocks
/// inside it (`present::structure`).
pub fn structure(h: &mut Html, s: &FormState, today: NaiveDate) {
    title(h, t("structure.title"));
    contract::form(h, s, today);
    h.el("div", &[("data-later", "xe"), ("data-later-once", "")], t("later.loading"));
}

/// "Étape 2 sur 7" and the bar. The count is of every step and the recap, so it never changes
/// while the person answers (a skipped step is passed over, the total stays).
pub fn progress(h: &mut Html, _snap: &Snapshot<'_>, step: Step) {
    let (n, total) = step_count(step);
    h.el("p", &[("class", "tr-progress-text"), ("data-testid", "progress")], &tf("progress.label", &[("n", &n.to_string()), ("total", &total.to_string())]));
    h.el("progress", &[("class", "tr-progress"), ("max", &total.to_string()), ("value", &n.to_string()), ("aria-hidden", "true")], "");
}

/// The step's place among all steps, and their number with the recap.
pub fn step_count(step: Step) -> (usize, usize) {
    let n = STEPS.iter().position(|s| *s == step).map_or(1, |i| i + 1);
    (n, STEPS.len() + 1)
}

/// A step of the journey; `routing_only`: the situations are asked only for who can help.
/// Opened from the recap's "Modifier" (`to_recap`), it leads back there.
#[allow(clippy::too_many_arguments)]
pub fn step(h: &mut Html, s: &FormState, step: Step, today: NaiveDate, locked: &[Field], keep: bool, to_recap: bool, routing_only: bool) {
    h.open("div", &[("class", "tr-journey")]);
    h.open("section", &[("class", "tr-step"), ("aria-labelledby", "tr-screen-title")]);
    region(h, "progress");
    h.el("h1", &[("id", "tr-screen-title"), ("tabindex", "-1"), ("data-testid", "step-title")], key3("step.", step.id(), ".title"));
    if let Some(intro) = crate::i18n::lookup_parts(&["step.", step.id(), ".intro"]) {
        h.el("p", &[("class", "tr-lead-small")], intro);
    }
    h.open("form", &[("class", "tr-form"), ("data-step", step.id()), ("novalidate", "")]);
    for f in step.fields() {
        if *f == Field::Criteria && routing_only {
            super::form::criteria_question(h, s, s.answers.as_of(today), locked.contains(f), true);
        } else {
            question(h, s, *f, today, locked.contains(f));
        }
    }
    h.wrap("div", &[("class", "tr-nav-buttons")], |h| {
        button(h, "tr-button", ("data-action", "previous"), "previous", t("button.previous"));
        h.el("button", &[("type", "submit"), ("class", "tr-button tr-button-primary"), ("data-testid", "next")], t(if to_recap { "button.back_recap" } else { "button.next" }));
    });
    h.close("form");
    keep_option(h, keep);
    h.close("section");
    h.wrap("aside", &[("class", "tr-live"), ("aria-label", t("results.live"))], |h| {
        h.wrap("p", &[("class", "tr-live-title")], |h| {
            h.text(t("results.live"));
            h.el("span", &[("class", "tr-muted")], &format!(" — {}", t("results.live_hint")));
        });
        region(h, "live");
    });
    h.close("div");
}

/// An answer in words, or "not asked" for a question the journey skipped.
pub fn answer_or_skipped(field: Field, s: &FormState, visible: &[Step]) -> String {
    if visible.contains(&field.step()) || field.is_answered(&s.answers) {
        field.answer_text(&s.answers)
    } else {
        t("recap.skipped").to_owned()
    }
}

pub fn recap_frame(h: &mut Html) {
    h.open("section", &[("class", "tr-recap-screen"), ("aria-labelledby", "tr-screen-title")]);
    h.el("p", &[("class", "tr-progress-text")], t("progress.recap"));
    title(h, t("recap.title"));
    h.el("p", &[], t("recap.intro"));
    region(h, "recap");
    h.wrap("div", &[("class", "tr-nav-buttons")], |h| {
        button(h, "tr-button", ("data-action", "previous"), "previous", t("button.previous"));
        button(h, "tr-button tr-button-primary", ("data-go", Screen::Results.name()), "see-results", t("button.results"));
    });
    h.close("section");
}

/// The recap's rows, each with "Modifier".
pub fn recap(h: &mut Html, snap: &Snapshot<'_>) {
    let visible = visible_steps(snap, None);
    let s = snap.form;
    for step in STEPS {
        let heading_id = format!("tr-recap-{}", step.id());
        h.wrap("section", &[("class", "tr-recap-step"), ("aria-labelledby", &heading_id)], |h| {
            h.el("h2", &[("id", &heading_id)], key3("step.", step.id(), ".title"));
            h.wrap("dl", &[("class", "tr-recap")], |h| {
                for f in step.fields().iter().filter(|f| f.applies(&s.answers)) {
                    let label = key3("q.", f.id(), ".label");
                    h.wrap("div", &[("class", "tr-recap-row"), ("data-testid", &format!("recap-{}", f.id()))], |h| {
                        h.el("dt", &[], label);
                        h.el("dd", &[], &answer_or_skipped(*f, s, &visible));
                        h.wrap("dd", &[], |h| {
                            let aria = tf("button.change_named", &[("label", label)]);
                            h.el("button", &[("type", "button"), ("class", "tr-link-button"), ("aria-label", &aria), ("data-go", Screen::Step(*step).name()), ("data-return", Screen::Recap.name())], t("button.change"));
                        });
                    });
                }
            });
        });
    }
}

/// The simulation date control; its notice is a region.
fn as_of_control(h: &mut Html, s: &FormState, today: NaiveDate) {
    h.wrap("div", &[("class", "tr-field tr-asof")], |h| {
        h.el("label", &[("class", "tr-label"), ("for", "tr-asof")], t("asof.label"));
        h.el("p", &[("class", "tr-help"), ("id", "tr-asof-help")], t("asof.help"));
        let value = s.answers.hiring_date(today).to_string();
        h.open("input", &[("type", "date"), ("id", "tr-asof"), ("name", "as_of"), ("class", "tr-input"), ("aria-describedby", "tr-asof-help"), ("value", &value)]);
        region(h, "asof-notice");
    });
}

/// "Inclure ma réponse sur la justice": off by default, shown once the question is answered.
fn justice_tick(h: &mut Html, s: &FormState) {
    if s.answers.justice.is_none() {
        return;
    }
    choice(h, "checkbox", "sheet-justice", "tr-sheet-justice", "1", t("sheet.justice_label"), Some(t("sheet.justice_help")), s.sheet_justice, false, "tr-option tr-sheet-option");
}

/// "Imprimer" and the sheet's screen, which leads back to `from`.
fn print_buttons(h: &mut Html, s: &FormState, from: Screen) {
    justice_tick(h, s);
    h.wrap("div", &[("class", "tr-actions")], |h| {
        button(h, "tr-button tr-button-primary", ("data-action", "print"), "print", t("button.print"));
        h.el("button", &[("type", "button"), ("class", "tr-button"), ("data-go", Screen::Sheet.name()), ("data-return", from.name()), ("data-testid", "open-sheet")], t("button.sheet"));
    });
}

/// "Détails du calcul", closed: the date the rules are applied on, the legal values in force
/// and the date they were checked.
fn details(h: &mut Html, s: &FormState, today: NaiveDate) {
    h.wrap("details", &[("class", "tr-details"), ("data-testid", "details")], |h| {
        h.el("summary", &[], t("details.title"));
        as_of_control(h, s, today);
    });
}

fn contract_section(h: &mut Html, s: &FormState, today: NaiveDate) {
    h.open("section", &[("class", "tr-panel tr-contract"), ("aria-labelledby", "tr-contract-title"), ("data-testid", "contract")]);
    h.el("h2", &[("id", "tr-contract-title")], t("contract.title"));
    h.el("p", &[], t("contract.intro"));
    contract::form(h, s, today);
    h.el("div", &[("class", "tr-contract-results"), ("data-region", "contract-results"), ("data-testid", "contract-results")], "");
    // "Ce que vous auriez en tout chaque mois" (present/income.rs): its questions, drawn once,
    // hold the place of its figures.
    super::later::placeholder(h, "income", true);
    super::later::placeholder(h, "compare-q", true);
    super::later::placeholder(h, "compare", false);
    structure_link(h);
    h.close("section");
}

fn share_section(h: &mut Html, keep: bool) {
    h.open("section", &[("class", "tr-panel tr-share"), ("aria-labelledby", "tr-share-title"), ("data-testid", "share")]);
    h.el("h2", &[("id", "tr-share-title")], t("share.title"));
    h.el("p", &[("class", "tr-muted")], t("share.private"));
    button(h, "tr-button", ("data-action", "copy"), "copy-link", t("share.copy"));
    h.el("p", &[("class", "tr-status"), ("aria-live", "polite"), ("data-region", "share-status"), ("data-testid", "copy-status")], "");
    region(h, "share-link");
    super::later::placeholder(h, "qr", false);
    keep_option(h, keep);
    button(h, "tr-button tr-button-quiet", ("data-action", "clear"), "clear-answers", t("keep.clear"));
    super::later::placeholder(h, "export", true);
    h.close("section");
}

/// "Garder mes réponses sur cet appareil", offered from the first step, with the place where
/// [`keep_refused`] says that the browser refused to save.
fn keep_option(h: &mut Html, keep: bool) {
    h.wrap("div", &[("class", "tr-option")], |h| {
        let mut attrs: Vec<Attr<'_>> = vec![("type", "checkbox"), ("id", "tr-keep"), ("name", "keep"), ("value", "1"), ("aria-describedby", "tr-keep-help")];
        if keep {
            attrs.push(("checked", ""));
        }
        h.open("input", &attrs);
        h.el("label", &[("for", "tr-keep")], t("keep.label"));
    });
    h.el("p", &[("class", "tr-help"), ("id", "tr-keep-help")], t("keep.help"));
    h.el("div", &[("id", "tr-keep-status")], "");
}

/// Why the answers could not be kept (`why`: a message key), under "Garder mes réponses".
pub fn keep_refused(why: &'static str) -> String {
    let mut h = Html::new();
    h.el("p", &[("class", "tr-error"), ("role", "alert"), ("data-testid", "keep-status")], t(why));
    h.finish()
}

pub fn results(h: &mut Html, s: &FormState, today: NaiveDate, keep: bool) {
    h.open("div", &[("class", "tr-results")]);
    title(h, t("results.title"));
    region(h, "answer");
    region(h, "next-steps");
    region(h, "eligibility");
    region(h, "orientation");
    region(h, "proofs");
    h.wrap("div", &[("class", "tr-actions")], |h| button(h, "tr-button", ("data-go", Screen::Recap.name()), "adjust", t("button.adjust")));
    details(h, s, today);
    contract_section(h, s, today);
    region(h, "consent");
    share_section(h, keep);
    print_buttons(h, s, Screen::Results);
    h.close("div");
}

/// The consent line of an embedding host that asked for the anonymous result.
pub fn consent(h: &mut Html, host: &str, agreed: bool) {
    let site = host.split("://").nth(1).unwrap_or(host);
    h.open("section", &[("class", "tr-panel tr-consent"), ("aria-labelledby", "tr-consent-title"), ("data-testid", "consent")]);
    h.el("h2", &[("id", "tr-consent-title")], t("consent.title"));
    h.wrap("div", &[("class", "tr-option")], |h| {
        let mut attrs: Vec<Attr<'_>> = vec![("type", "checkbox"), ("id", "tr-consent"), ("name", "consent"), ("value", "1"), ("aria-describedby", "tr-consent-help")];
        if agreed {
            attrs.push(("checked", ""));
        }
        h.open("input", &attrs);
        h.el("label", &[("for", "tr-consent")], &tf("consent.label", &[("site", site)]));
    });
    h.el("p", &[("class", "tr-help"), ("id", "tr-consent-help")], t("consent.help"));
    h.close("section");
}

pub fn advisor(h: &mut Html, s: &FormState, today: NaiveDate, keep: bool, locked: &[Field]) {
    h.open("div", &[("class", "tr-advisor")]);
    title(h, t("advisor.title"));
    h.el("p", &[], t("advisor.intro"));
    print_buttons(h, s, Screen::Advisor);
    h.open("div", &[("class", "tr-advisor-grid")]);
    h.wrap("section", &[("class", "tr-advisor-form"), ("aria-labelledby", "tr-advisor-person")], |h| {
        h.el("h2", &[("id", "tr-advisor-person")], t("advisor.person"));
        as_of_control(h, s, today);
        for step in STEPS {
            h.wrap("fieldset", &[("class", "tr-advisor-group")], |h| {
                h.el("legend", &[], key3("step.", step.id(), ".title"));
                for f in step.fields() {
                    question(h, s, *f, today, locked.contains(f));
                }
            });
        }
    });
    h.wrap("section", &[("class", "tr-advisor-results"), ("aria-labelledby", "tr-advisor-results")], |h| {
        h.el("h2", &[("id", "tr-advisor-results")], t("advisor.results"));
        region(h, "answer");
        region(h, "eligibility-advisor");
        region(h, "orientation");
        region(h, "proofs");
    });
    h.close("div");
    contract_section(h, s, today);
    region(h, "consent");
    share_section(h, keep);
    h.close("div");
}

pub fn sheet_screen(h: &mut Html, s: &FormState) {
    h.open("div", &[("class", "tr-sheet-screen")]);
    title(h, t("sheet.title"));
    h.el("p", &[], t("sheet.screen_intro"));
    justice_tick(h, s);
    h.wrap("div", &[("class", "tr-actions")], |h| {
        button(h, "tr-button tr-button-primary", ("data-action", "print"), "print", t("button.print"));
        button(h, "tr-button", ("data-action", "back"), "back-results", t("button.back_results"));
    });
    h.close("div");
}

/// A notice under the header, with the buttons of a choice to make (`(action, words)`).
pub fn notice(h: &mut Html, text: &str, lang: &str, actions: &[(&str, &'static str)]) {
    h.wrap("div", &[("class", "tr-notice"), ("lang", lang)], |h| {
        h.el("p", &[("data-testid", "notice")], text);
        if !actions.is_empty() {
            h.wrap("div", &[("class", "tr-actions")], |h| {
                for (i, (action, words)) in actions.iter().enumerate() {
                    let mut attrs: Vec<Attr<'_>> = vec![("type", "button"), ("class", if i == 0 { "tr-button tr-button-primary" } else { "tr-button" }), ("data-action", action)];
                    if i == 0 {
                        attrs.push(("id", "tr-notice-action"));
                    }
                    let testid = format!("notice-{action}");
                    attrs.push(("data-testid", &testid));
                    h.el("button", &attrs, t(words));
                }
            });
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_structure_screen_is_the_post_form_and_one_block_of_questions_of_the_second_module() {
        let s = FormState::new(crate::answers::Answers::default());
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
        let mut h = Html::new();
        structure(&mut h, &s, today);
        let html = h.finish();
        assert!(html.contains("id=\"tr-c-hours\"") && html.contains("name=\"c-employer\""), "{html}");
        assert_eq!(html.matches("data-later=").count(), 1, "{html}");
        assert!(html.contains("data-later=\"xe\" data-later-once"), "{html}");
        let mut h = Html::new();
        home(&mut h, &s);
        assert!(h.finish().contains("data-go=\"structure\""), "the home page leads there");
    }

    #[test]
    fn the_step_count_is_of_every_step_so_it_never_jumps() {
        assert_eq!(step_count(Step::You), (1, STEPS.len() + 1));
        assert_eq!(step_count(Step::Justice), (5, 7));
        assert_eq!(step_count(Step::Path), (6, 7));
    }

    fn drawn(f: impl FnOnce(&mut Html)) -> String {
        let mut h = Html::new();
        f(&mut h);
        h.finish()
    }

    #[test]
    fn the_page_drawn_at_build_time_is_the_home_screen_the_app_draws_with_no_answer() {
        let page = first_paint();
        // The same functions, in the app's wrappers (ui/mod.rs), under an id the app removes.
        assert!(page.starts_with(r#"<div class="tr-app" id="tr-first"><header class="tr-header">"#));
        assert!(page.contains(&drawn(|h| header(h, Screen::Home))));
        assert!(page.contains(&format!(r#"<main class="tr-main" id="contenu" tabindex="-1">{}</main>"#, drawn(|h| home(h, &FormState::default())))));
        assert!(page.contains(&drawn(footer)));
        // Not the running app: the tests and the app wait for `app-ready`.
        assert!(!page.contains("app-ready"));
        assert!(!page.contains("data-testid=\"resume\""), "with no answer there is nothing to resume");
    }

    #[test]
    fn commencer_is_a_link_to_the_first_step_so_a_tap_before_the_app_runs_is_kept() {
        let home = drawn(|h| home(h, &FormState::default()));
        assert!(home.contains(&format!(r#"<a href="{START_HREF}" class="tr-button tr-button-primary tr-button-large" data-go="questions" data-testid="start">Commencer</a>"#)));
        let screen = START_HREF.strip_prefix("#s=").and_then(Screen::from_name);
        assert_eq!(screen, Some(Screen::Step(Step::You)));
    }

    #[test]
    fn the_crash_panel_is_a_template_with_a_place_for_the_code() {
        let panel = crash_panel();
        assert!(panel.starts_with(r#"<template id="tr-crash"><div class="tr-crash" role="alert" data-testid="crash"><h1>Désolé"#));
        assert!(panel.contains("<p>Code de l’erreur : {code}</p>"));
        assert!(panel.ends_with(r#"<button type="button">Recharger la page</button></div></template>"#));
    }
}
