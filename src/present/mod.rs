//! Presentation: the screens as HTML strings, built by plain functions of the answers and of
//! the engine's output, in the words of the catalogue. Pure (no browser), so every screen can
//! be tested natively; the Leptos app (`crate::ui`) holds the state, puts these strings in
//! the page and listens to the events.
//!
//! Why strings and not one Leptos component per panel: the first version used `view!`
//! components and weighed 245 KB of brotli-compressed WebAssembly, against a budget of 150 KB
//! for everything the first screen needs; each distinct `view!` tree is monomorphised into
//! its own build, rebuild and mount code. Rendering through one escaping writer
//! ([`html::Html`]) keeps that code to a single path (see README, "Robustness and performance").

pub mod compare;
pub mod contract;
/// The documents to bring: drawn by the second module (the results' `proofs` block).
#[cfg(feature = "later")]
pub mod documents;
#[cfg(feature = "employer")]
pub mod employer;
pub mod export;
pub mod form;
pub mod html;
/// Drawn by the second module only (`later`), from the version-1.1 rules (`employer`).
#[cfg(all(feature = "employer", feature = "later"))]
pub mod income;
/// The blocks only the second module draws (feature `later`, off in the first module).
#[cfg(feature = "later")]
pub mod later;
/// In the first module: only the placeholders of those blocks and their flags.
#[cfg(not(feature = "later"))]
pub mod later {
    pub use super::slot::{flags, placeholder};
}
pub mod next;
pub mod pages;
pub mod qr;
#[cfg(feature = "employer")]
pub mod rights;
pub mod screen;
#[cfg(feature = "later")]
pub mod sheet;
pub mod slot;
/// Drawn by the second module only (`later`), from the version-1.1 rules (`employer`).
#[cfg(all(feature = "employer", feature = "later"))]
pub mod structure;
/// Written at build time by the native `sources-page` binary, never in the app.
#[cfg(not(target_arch = "wasm32"))]
pub mod sources;
pub mod text;
pub mod verdict;

use crate::answers::questions::{Step, STEPS};
use crate::api::ApiError;
use crate::i18n::format::{euros, long_date};
use crate::i18n::{t, tf};
use crate::rules::contract::Contract;
use crate::rules::eligibility::Status;
use crate::rules::params;
use crate::rules::Output;
use chrono::NaiveDate;
use form::FormState;
use html::Html;
use screen::Screen;

/// Everything a screen is drawn from.
pub struct Snapshot<'a> {
    pub today: NaiveDate,
    pub form: &'a FormState,
    pub verdict: &'a Result<Output, ApiError>,
    pub contract: &'a Result<Contract, ApiError>,
    pub keep: bool,
    /// Inside a host portal that asked for the anonymous result: its origin, and whether the
    /// person agreed to send it.
    pub consent: Option<(&'a str, bool)>,
    pub share_status: Option<&'static str>,
    pub share_link: &'a str,
    /// Where the current screen leads back to (the recap after "Modifier", the screen the
    /// sheet was opened from).
    pub back_to: Option<Screen>,
}

/// The steps worth showing now, the current one always included.
pub fn visible_steps(snap: &Snapshot<'_>, current: Option<Step>) -> Vec<Step> {
    let (missing, barred) = match snap.verdict {
        Ok(o) => (
            o.eligibility.missing.clone(),
            o.eligibility.structures.iter().any(|s| s.status == Status::NotEligible),
        ),
        Err(_) => (Vec::new(), false),
    };
    STEPS
        .iter()
        .copied()
        .filter(|s| Some(*s) == current || s.matters(&snap.form.answers, &missing, barred))
        .collect()
}

/// The next screen after `step`: the next step that matters, or the recap.
pub fn next_screen(snap: &Snapshot<'_>, step: Step) -> Screen {
    let steps = visible_steps(snap, Some(step));
    steps.iter().skip_while(|s| **s != step).nth(1).copied().map_or(Screen::Recap, Screen::Step)
}

/// The screen before `screen` in the journey.
pub fn previous_screen(snap: &Snapshot<'_>, screen: Screen) -> Screen {
    match screen {
        Screen::Step(step) => {
            let steps = visible_steps(snap, Some(step));
            steps.iter().take_while(|s| **s != step).last().copied().map_or(Screen::Home, Screen::Step)
        }
        Screen::Recap => visible_steps(snap, None).last().copied().map_or(Screen::Home, Screen::Step),
        _ => Screen::Home,
    }
}

/// The frame of a screen (its regions are filled by [`region`]).
pub fn screen(screen: Screen, snap: &Snapshot<'_>) -> String {
    let mut h = Html::new();
    let s = snap.form;
    match screen {
        Screen::Home => pages::home(&mut h, s),
        Screen::Step(step) => {
            let missing = snap.verdict.as_ref().map(|o| o.eligibility.missing.as_slice()).unwrap_or(&[]);
            let routing_only = crate::answers::questions::criteria_for_routing_only(&s.answers, missing);
            pages::step(&mut h, s, step, snap.today, &s.locked, snap.keep, snap.back_to == Some(Screen::Recap), routing_only)
        }
        Screen::Recap => pages::recap_frame(&mut h),
        Screen::Results => pages::results(&mut h, s, snap.today, snap.keep),
        Screen::Advisor => pages::advisor(&mut h, s, snap.today, snap.keep, &s.locked),
        Screen::Sheet => pages::sheet_screen(&mut h, s),
        Screen::Structure => pages::structure(&mut h, s, snap.today),
    }
    h.finish()
}

/// Regions that depend on the eligibility verdict (and on the département).
pub const VERDICT_REGIONS: &[&str] = &["progress", "live", "answer", "next-steps", "eligibility", "eligibility-advisor", "orientation", "proofs"];
/// Regions that depend on the simulated contract.
pub const CONTRACT_REGIONS: &[&str] = &["contract-results", "issues-months", "issues-hours", "issues-rate", "issues-extension"];
/// Regions that depend on the answers themselves.
pub const ANSWER_REGIONS: &[&str] = &["recap", "asof-notice", "start-notice"];
/// Regions of the share box and of the host's consent line.
pub const SHARE_REGIONS: &[&str] = &["share-status", "share-link", "consent"];

/// "a", "a et b", "a, b et c".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), t("list.and")),
    }
}

fn error_paragraph(h: &mut Html, e: &ApiError) {
    h.el("p", &[("class", "tr-error"), ("role", "alert")], &text::error_text(e));
}

/// The content of one region on `current` screen. The contract's results are tracked (their
/// skeleton and values, see [`html::Rendered`]), so the page can update them in place.
pub fn region(name: &str, current: Screen, snap: &Snapshot<'_>) -> html::Rendered {
    let mut h = if name == "contract-results" { Html::tracking() } else { Html::new() };
    let a = &snap.form.answers;
    let as_of = a.as_of(snap.today);
    match name {
        "progress" => {
            if let Screen::Step(step) = current {
                pages::progress(&mut h, snap, step);
            }
        }
        "live" => {
            if !a.any_person_answer() {
                h.el("p", &[("class", "tr-muted")], t("results.start_first"));
            } else {
                match snap.verdict {
                    Ok(out) => verdict::eligibility(&mut h, out, as_of, "h3", false),
                    Err(e) => error_paragraph(&mut h, e),
                }
            }
        }
        "eligibility" | "eligibility-advisor" => match snap.verdict {
            Ok(out) => verdict::eligibility(&mut h, out, as_of, if name == "eligibility" { "h2" } else { "h3" }, name != "eligibility"),
            Err(e) => error_paragraph(&mut h, e),
        },
        "answer" => match snap.verdict {
            Ok(out) => next::answer(&mut h, out, as_of, current == Screen::Advisor),
            Err(e) => error_paragraph(&mut h, e),
        },
        "next-steps" => {
            if let Ok(out) = snap.verdict {
                next::next_steps(&mut h, out, a.department.as_deref());
            }
        }
        "orientation" => {
            if let Ok(out) = snap.verdict {
                verdict::orientation(&mut h, out, a.department.as_deref(), as_of);
            }
        }
        // The documents to bring: a block of the second module (present::later).
        "proofs" if snap.verdict.is_ok() => later::placeholder(&mut h, "proofs", false),
        "contract-results" => {
            if snap.form.contract_invalid() {
                // No figure at all, not even the last valid ones: they would answer another question.
                let fields: Vec<String> = snap.form.contract_errors().iter().map(|k| format!("« {} »", text::key2("contract.field.", k))).collect();
                let fix = tf("contract.fix_fields", &[("fields", &and_list(&fields))]);
                h.el("p", &[("class", "tr-callout"), ("data-testid", "contract-fix")], &fix);
            } else {
                match snap.contract {
                    Ok(c) => contract::results(&mut h, c, a.contract_start(snap.today)),
                    Err(e) => error_paragraph(&mut h, e),
                }
            }
        }
        "issues-months" | "issues-hours" | "issues-rate" | "issues-extension" => {
            if let (Ok(c), false) = (snap.contract, snap.form.contract_invalid()) {
                contract::issues(&mut h, c, name.trim_start_matches("issues-"));
            }
        }
        "recap" => pages::recap(&mut h, snap),
        "asof-notice" => {
            asof_notice(&mut h, as_of);
            start_notice(&mut h, a, snap.today);
        }
        "start-notice" => start_notice(&mut h, a, snap.today),
        "share-status" => {
            h.text(snap.share_status.map_or("", t));
        }
        "share-link" if !snap.share_link.is_empty() => {
            h.el("label", &[("class", "tr-label"), ("for", "tr-share-link")], t("share.link_label"));
            h.open("input", &[("type", "text"), ("readonly", ""), ("id", "tr-share-link"), ("class", "tr-input tr-input-wide"), ("data-testid", "share-link"), ("value", snap.share_link)]);
        }
        "consent" => {
            if let Some((host, agreed)) = snap.consent {
                pages::consent(&mut h, host, agreed);
            }
        }
        _ => {}
    }
    h.finish_parts()
}

/// A contract that starts on a date of its own: the documents are dated from its start.
fn start_notice(h: &mut Html, a: &crate::answers::Answers, today: NaiveDate) {
    if a.start_differs(today) {
        let text = tf("asof.start_differs", &[("start", &long_date(a.contract_start(today))), ("hiring", &long_date(a.hiring_date(today)))]);
        h.el("p", &[("class", "tr-notice"), ("data-testid", "start-notice")], &text);
    }
}

/// Which legal values are in force on the simulation date, and when they were last checked.
fn asof_notice(h: &mut Html, as_of: NaiveDate) {
    match params::SMIC_HOURLY.entry_at(as_of) {
        Err(_) => {
            h.el("p", &[("class", "tr-error"), ("role", "alert")], &tf("asof.not_covered", &[("date", &long_date(params::covered_from()))]));
        }
        Ok(entry) => {
            let notice = tf("asof.notice", &[
                ("date", &long_date(as_of)),
                ("smic", &euros(entry.value.0)),
                ("since", &long_date(entry.from)),
                ("checked", &long_date(params::SMIC_HOURLY.last_checked)),
            ]);
            h.el("p", &[("class", "tr-muted"), ("data-testid", "asof-notice")], &notice);
            if entry.flag.is_some() {
                let doubt = tf("contract.notice.UNCERTAIN_PARAMETER", &[("date", &long_date(entry.from))]);
                h.el("p", &[("class", "tr-warning")], &tf("asof.uncertain", &[("text", &doubt)]));
            }
        }
    }
}

/// What the screen reader hears after a change of screen.
pub fn announcement(screen: Screen, _snap: &Snapshot<'_>) -> String {
    match screen {
        Screen::Step(step) => {
            let (n, total) = pages::step_count(step);
            tf("progress.label", &[("n", &n.to_string()), ("total", &total.to_string())])
        }
        _ => String::new(),
    }
}
