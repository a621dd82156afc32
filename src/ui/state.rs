//! The app's state: one `RwSignal` of answers, the screen, and the engine's answer derived
//! from them as a `Memo`, all provided through context. Effects here only talk to the outside
//! world (storage, URL); nothing copies one signal into another.

use crate::answers::questions::{Field, Step};
use crate::answers::share::{self, Decoded, Problem};
use crate::answers::Answers;
use crate::api::{self, ApiError};
use crate::i18n::{t, tf};
use crate::rules::contract::Contract;
use crate::rules::Output;
use chrono::NaiveDate;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// The screens. Their names in links are `share::SCREENS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Home,
    Step(Step),
    Recap,
    Results,
    Advisor,
    Sources,
    Sheet,
}

impl Screen {
    pub fn link_name(self) -> &'static str {
        match self {
            Screen::Home => "accueil",
            Screen::Step(_) => "questions",
            Screen::Recap => "recapitulatif",
            Screen::Results => "resultats",
            Screen::Advisor => "conseiller",
            Screen::Sources => "sources",
            Screen::Sheet => "fiche",
        }
    }

    pub fn from_link(name: &str) -> Option<Screen> {
        Some(match name {
            "accueil" => Screen::Home,
            "questions" => Screen::Step(Step::You),
            "recapitulatif" => Screen::Recap,
            "resultats" => Screen::Results,
            "conseiller" => Screen::Advisor,
            "sources" => Screen::Sources,
            "fiche" => Screen::Sheet,
            _ => return None,
        })
    }
}

/// Everything the components share.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub today: NaiveDate,
    pub answers: RwSignal<Answers>,
    pub screen: RwSignal<Screen>,
    /// Eligibility and routing (the engine without the contract): changing the contract's
    /// fields leaves it equal, so the eligibility screens do not re-render.
    pub verdict: Memo<Result<Output, ApiError>>,
    /// The simulated contract.
    pub contract: Memo<Result<Contract, ApiError>>,
    /// Questions the person answered "Je ne sais pas" (the same as unanswered for the rules).
    pub dont_know: RwSignal<BTreeSet<Field>>,
    /// Bumped when the answers are replaced whole (restore, clear): form fields rebuild.
    pub generation: RwSignal<u32>,
    /// "Garder mes réponses sur cet appareil".
    pub keep: RwSignal<bool>,
    /// A message for the whole page (restored link, cleared answers), announced politely.
    pub notice: RwSignal<Option<String>>,
    /// What the screen reader should hear after a change of step.
    pub announce: RwSignal<String>,
}

pub fn ctx() -> Ctx {
    expect_context::<Ctx>()
}

impl Ctx {
    pub fn new(today: NaiveDate, initial: Answers, screen: Screen) -> Self {
        let answers = RwSignal::new(initial);
        let verdict = Memo::new(move |_| {
            answers.with(|a| {
                let mut input = a.to_input(today);
                input.contract = None;
                api::simulate(&input)
            })
        });
        let contract = Memo::new(move |_| {
            answers.with(|a| {
                api::simulate(&a.to_input(today)).and_then(|o| {
                    o.contract.ok_or_else(|| ApiError::invalid("contract", "no contract in the input"))
                })
            })
        });
        Ctx {
            today,
            answers,
            screen: RwSignal::new(screen),
            verdict,
            contract,
            dont_know: RwSignal::new(BTreeSet::new()),
            generation: RwSignal::new(0),
            keep: RwSignal::new(false),
            notice: RwSignal::new(None),
            announce: RwSignal::new(String::new()),
        }
    }

    /// The date the rules are applied at.
    pub fn as_of(self) -> NaiveDate {
        self.answers.with(|a| a.as_of(self.today))
    }

    /// Changes one answer.
    pub fn set(self, change: impl FnOnce(&mut Answers)) {
        self.answers.update(change);
    }

    /// Replaces every answer (restore, clear) and rebuilds the form fields.
    pub fn replace(self, answers: Answers) {
        self.answers.set(answers);
        self.dont_know.set(BTreeSet::new());
        self.generation.update(|g| *g += 1);
    }

    pub fn mark_dont_know(self, field: Field, unknown: bool) {
        self.dont_know.update(|s| {
            if unknown {
                s.insert(field);
            } else {
                s.remove(&field);
            }
        });
    }

    pub fn go(self, screen: Screen) {
        self.screen.set(screen);
    }
}

/// The sentence telling what a link or the storage gave back.
pub fn restore_notice(decoded: &Decoded) -> Option<String> {
    let mut invalid: Vec<String> = Vec::new();
    let mut lines: Vec<String> = Vec::new();
    for p in &decoded.problems {
        match p {
            Problem::Version(_) => lines.push(t("restore.version").to_owned()),
            Problem::TooLong => lines.push(t("restore.too_long").to_owned()),
            Problem::Invalid(key) | Problem::Unknown(key) => invalid.push(key.clone()),
        }
    }
    if !invalid.is_empty() {
        lines.push(tf("restore.problems", &[("fields", &invalid.join(", "))]));
    }
    if lines.is_empty() {
        decoded.any.then(|| t("restore.ok").to_owned())
    } else {
        Some(lines.join(" "))
    }
}

/// The link that reopens this simulation on `screen`.
pub fn share_link(answers: &Answers, screen: Screen) -> String {
    let fragment = share::encode(answers, Some(screen.link_name()));
    let base = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default();
    format!("{base}#{fragment}")
}
