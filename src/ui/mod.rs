//! The Leptos app: one `RwSignal` of form state (the answers and what the forms hold), the
//! engine's answers derived from it as `Memo`s, and effects that put the screens rendered by
//! `crate::present` into the page. Events are listened to once, on the app's root, and
//! turned into changes of state by `present::form::apply`. No legal number and no legal
//! branching here: the engine decides, `present` words it, this module only wires.

pub mod browser;
pub mod host;
pub mod shell;

use crate::answers::{share, Answers};
use crate::embed::options::Options;
use crate::embed::protocol::{Outgoing, Summary};
use crate::api::{self, ApiError};
use crate::i18n::t;
use crate::present::form::{self, Applied, FormState};
use crate::present::html::{Html, Rendered};
use crate::present::screen::Screen;
use crate::present::{self as p, Snapshot};
use crate::rules::contract::Contract;
use crate::rules::Output;
use browser::{by_id, element_of, region_element, input_of};
use chrono::NaiveDate;
use leptos::html;
use leptos::prelude::*;

/// What the shell read before mounting: answers from a link or from storage, the screen to
/// open, a notice about what could not be read, whether answers are kept on the device, and
/// the options of a host portal that embeds the app.
#[derive(Debug, Clone, Default)]
pub struct Startup {
    pub answers: Answers,
    pub screen: Option<Screen>,
    pub notice: Option<String>,
    pub keep: bool,
    pub embed: Options,
}

/// The state every handler and effect shares.
#[derive(Clone, Copy)]
struct App {
    today: NaiveDate,
    form: RwSignal<FormState>,
    screen: RwSignal<Screen>,
    /// Bumped when the answers are replaced whole: the forms are drawn again.
    generation: RwSignal<u32>,
    keep: RwSignal<bool>,
    notice: RwSignal<Option<String>>,
    share: RwSignal<(Option<&'static str>, String)>,
    /// The person agreed to send the anonymous result to the host.
    consent: RwSignal<bool>,
    embed: StoredValue<Options>,
    verdict: Memo<Result<Output, ApiError>>,
    contract: Memo<Result<Contract, ApiError>>,
    main: NodeRef<html::Main>,
    sheet: NodeRef<html::Article>,
    /// What was last drawn in each region of the current screen (its HTML, or for a tracked
    /// region its skeleton and values), to skip writes that change nothing and to update a
    /// tracked region in place when only its values changed.
    drawn: StoredValue<Vec<(&'static str, Rendered)>>,
}

impl App {
    /// Runs `f` with a snapshot of the state, read without tracking.
    fn with_snapshot<R>(self, f: impl FnOnce(&Snapshot<'_>) -> R) -> R {
        let (keep, share, agreed) = (self.keep.get_untracked(), self.share.get_untracked(), self.consent.get_untracked());
        let host = self.embed.with_value(|o| o.host.clone().filter(|_| o.wants_result));
        self.form.with_untracked(|form| {
            self.verdict.with_untracked(|verdict| {
                self.contract.with_untracked(|contract| {
                    f(&Snapshot {
                        today: self.today,
                        form,
                        verdict,
                        contract,
                        keep,
                        share_status: share.0,
                        share_link: &share.1,
                        consent: host.as_deref().map(|h| (h, agreed)),
                    })
                })
            })
        })
    }

    fn fill(self, names: &[&'static str]) {
        let Some(main) = self.main.get_untracked() else { return };
        let screen = self.screen.get_untracked();
        self.with_snapshot(|snap| {
            for name in names {
                let Some(region) = region_element(&main, name) else { continue };
                let new = p::region(name, screen, snap);
                let done = self.drawn.with_value(|drawn| {
                    let Some((_, old)) = drawn.iter().find(|(n, _)| n == name) else { return false };
                    if old.html == new.html {
                        return true;
                    }
                    // Same skeleton: only texts and bar heights changed; update them in place.
                    new.skeleton.is_some() && old.skeleton == new.skeleton && browser::patch_values(&region, &old.values, &new.values)
                });
                if !done {
                    region.set_inner_html(&new.html);
                }
                self.drawn.update_value(|d| {
                    d.retain(|(n, _)| n != name);
                    d.push((name, new));
                });
            }
        });
    }

    /// After a change of answers: ticks, shown blocks and error messages follow the state.
    fn sync_controls(self) {
        let Some(main) = self.main.get_untracked() else { return };
        self.form.with_untracked(|s| browser::sync_controls(&main, s, self.today));
    }

    fn go(self, screen: Screen) {
        self.notice.set(None);
        self.screen.set(screen);
    }

    /// "Effacer mes réponses": forgets the answers here, in storage and in the address bar
    /// (answers locked by a host portal stay: the host fixed them).
    fn clear(self) {
        self.keep.set(false);
        self.consent.set(false);
        browser::forget_answers();
        self.share.set((None, String::new()));
        self.form.update(|s| {
            let mut fresh = FormState::new(s.answers.keep_only(&s.locked));
            fresh.locked = std::mem::take(&mut s.locked);
            *s = fresh;
        });
        self.generation.update(|g| *g += 1);
        self.go(Screen::Home);
        self.notice.set(Some(t("keep.cleared").to_owned()));
    }

    fn on_click(self, target: web_sys::Element) {
        if let Some(go) = target.get_attribute("data-go") {
            if let Some(screen) = Screen::from_name(&go) {
                self.go(screen);
            }
            return;
        }
        match target.get_attribute("data-action").as_deref() {
            Some("previous") => {
                let screen = self.screen.get_untracked();
                let previous = self.with_snapshot(|snap| p::previous_screen(snap, screen));
                self.go(previous);
            }
            Some("copy") => self.copy_link(),
            Some("clear") => self.clear(),
            Some("print") => browser::print(),
            _ => {}
        }
    }

    fn on_submit(self) {
        if let Screen::Step(step) = self.screen.get_untracked() {
            let next = self.with_snapshot(|snap| p::next_screen(snap, step));
            self.go(next);
        }
    }

    fn on_input(self, target: &web_sys::Element) {
        let Some((name, value, checked)) = input_of(target) else { return };
        if name == "keep" {
            self.keep.set(checked);
            return;
        }
        if name == "consent" {
            self.consent.set(checked);
            return;
        }
        // A date in three boxes is read whole; the custom rate comes with its amount.
        let part = |suffix: &str| by_id(&format!("tr-q-{name}-{suffix}")).and_then(|e| input_of(&e)).map(|(_, v, _)| v).unwrap_or_default();
        let parts = if target.has_attribute("data-part") {
            Some([part("day"), part("month"), part("year")])
        } else if name == "c-rate-mode" {
            let amount = by_id("tr-c-rate").and_then(|e| input_of(&e)).map(|(_, v, _)| v).unwrap_or_default();
            Some([amount, String::new(), String::new()])
        } else {
            None
        };
        let event = form::Event {
            name: &name,
            value: &value,
            checked,
            parts: parts.as_ref().map(|[a, b, c]| [a.as_str(), b.as_str(), c.as_str()]),
        };
        let mut applied = Applied::default();
        self.form.update(|s| applied = form::apply(s, event, self.today));
        if let Some(field) = applied.clear {
            browser::clear_text_inputs(field);
        }
        if let Some((id, value)) = applied.mirror {
            browser::set_value(id, &value);
        }
    }

    fn copy_link(self) {
        let screen = match self.screen.get_untracked() {
            Screen::Step(_) | Screen::Home => Screen::Results,
            other => other,
        };
        let fragment = self.form.with_untracked(|s| share::encode(&s.answers, Some(screen.name())));
        let link = browser::link_with_fragment(&fragment);
        self.share.set((None, link.clone()));
        let share = self.share;
        leptos::task::spawn_local(async move {
            let copied = browser::copy_text(&link).await;
            share.update(|s| s.0 = Some(if copied { "share.copied" } else { "share.copy_failed" }));
        });
    }
}

/// The whole app. `today` is read once by the shell.
#[component]
pub fn App(today: NaiveDate, #[prop(optional)] startup: Option<Startup>) -> impl IntoView {
    let startup = startup.unwrap_or_default();
    let mut initial = FormState::new(startup.answers);
    initial.locked = startup.embed.lock.clone();
    let form = RwSignal::new(initial);
    // The engine without the contract, from the person's answers only: editing the contract
    // neither recomputes it nor draws the eligibility panels again.
    let person = Memo::new(move |_| form.with(|s| (s.answers.person(), s.answers.as_of(today))));
    let verdict = Memo::new(move |_| {
        person.with(|(person, as_of)| api::simulate(&crate::rules::Input { as_of: *as_of, person: person.clone(), contract: None, household: None, structure: None }))
    });
    let contract = Memo::new(move |_| {
        form.with(|s| {
            api::simulate_contract(&s.answers.to_input(today))
                .and_then(|c| c.ok_or_else(|| ApiError::invalid("contract", "no contract in the input")))
        })
    });
    let app = App {
        today,
        form,
        screen: RwSignal::new(startup.screen.unwrap_or(Screen::Home)),
        generation: RwSignal::new(0),
        keep: RwSignal::new(startup.keep),
        notice: RwSignal::new(startup.notice),
        share: RwSignal::new((None, String::new())),
        consent: RwSignal::new(false),
        embed: StoredValue::new(startup.embed),
        verdict,
        contract,
        main: NodeRef::new(),
        sheet: NodeRef::new(),
        drawn: StoredValue::new(Vec::new()),
    };
    let department = Memo::new(move |_| form.with(|s| s.answers.department.clone()));
    let contract_errors = Memo::new(move |_| form.with(FormState::contract_errors));

    let embedded_host = app.embed.with_value(|o| o.host.clone().filter(|_| o.embedded));

    // A new screen (or answers replaced whole): draw its frame and every region.
    let step_host = embedded_host.clone();
    Effect::new(move |previous: Option<(Screen, u32)>| {
        let screen = app.screen.get();
        let generation = app.generation.get();
        let Some(main) = app.main.get() else { return (screen, generation) };
        let frame = app.with_snapshot(|snap| p::screen(screen, snap));
        main.set_inner_html(&frame);
        app.drawn.set_value(Vec::new());
        let all: Vec<&'static str> = [p::VERDICT_REGIONS, p::CONTRACT_REGIONS, p::ANSWER_REGIONS, p::SHARE_REGIONS].concat();
        app.fill(&all);
        app.sync_controls();
        match previous {
            // The first screen can be used from here: `scripts/bench` and the budgets read this mark.
            None => browser::mark("tr-interactive"),
            Some((before, _)) if before != screen => {
                browser::focus_title();
                if let Some(host) = &step_host {
                    host::post(host, &Outgoing::Step { screen: screen.name() });
                }
            }
            Some(_) => {}
        }
        (screen, generation)
    });
    // Memos are read, not only tracked: `track()` leaves a memo that was not recomputed in a
    // stale state that stops passing on later changes (after the contract's figures changed,
    // an invalid hours field then left the old figures on screen).
    Effect::new(move |_| {
        app.verdict.with(|_| ());
        department.with(|_| ());
        app.fill(p::VERDICT_REGIONS);
    });
    Effect::new(move |_| {
        app.contract.with(|_| ());
        contract_errors.with(|_| ());
        app.fill(p::CONTRACT_REGIONS);
    });
    // After any change of answers: the regions drawn from them, the controls (only when what
    // they show changed), the kept copy (only while "Garder mes réponses" is ticked), and the
    // printable sheet, drawn a moment later so typing in the simulator stays fast.
    let sheet_pending = StoredValue::new(false);
    Effect::new(move |previous: Option<form::ControlKey>| {
        let keep = app.keep.get();
        let key = app.form.with(|s| form::control_key(s, today));
        app.fill(p::ANSWER_REGIONS);
        if previous.as_ref() != Some(&key) {
            app.sync_controls();
        }
        let kept = keep.then(|| app.form.with_untracked(|s| share::encode(&s.answers, None)));
        browser::keep_answers(kept.as_deref());
        if !sheet_pending.get_value() {
            sheet_pending.set_value(true);
            set_timeout(
                move || {
                    sheet_pending.set_value(false);
                    if let Some(sheet) = app.sheet.get_untracked() {
                        let screen = app.screen.get_untracked();
                        sheet.set_inner_html(&app.with_snapshot(|snap| p::region("sheet", screen, snap)).html);
                    }
                },
                std::time::Duration::from_millis(0),
            );
        }
        key
    });
    Effect::new(move |_| {
        app.share.track();
        app.consent.track();
        app.fill(p::SHARE_REGIONS);
    });
    // Inside a host portal: messages to the host's origin only.
    if let Some(host) = embedded_host {
        let wants_result = app.embed.with_value(|o| o.wants_result);
        let say_hello = {
            let host = host.clone();
            move || {
                host::post(&host, &Outgoing::Ready);
                host::post(&host, &Outgoing::Resize { height: host::content_height() });
            }
        };
        request_animation_frame({
            let host = host.clone();
            let say_hello = say_hello.clone();
            move || {
                say_hello();
                host::watch_height(move || host::post(&host, &Outgoing::Resize { height: host::content_height() }));
            }
        });
        host::listen(host.clone(), say_hello);
        // The anonymous result: only if the host asked for it and the person agreed.
        if wants_result {
            Effect::new(move |_| {
                if !app.consent.get() {
                    return;
                }
                let hours = app.form.with(|s| s.answers.contract.weekly_hours);
                let summary = app.verdict.with(|v| {
                    app.contract.with(|c| v.as_ref().ok().map(|out| Summary::new(out, c.as_ref().ok(), hours)))
                });
                if let Some(summary) = summary {
                    host::post(&host, &Outgoing::Result(summary));
                }
            });
        }
    }

    let header = move || {
        let mut h = Html::new();
        p::pages::header(&mut h, app.screen.get());
        h.finish()
    };
    let footer = {
        let mut h = Html::new();
        p::pages::footer(&mut h);
        h.finish()
    };
    view! {
        <div class="tr-app" data-testid="app-ready"
            on:click=move |ev| {
                let action = element_of(ev.target()).and_then(|e| e.closest("[data-go],[data-action]").ok().flatten());
                if let Some(target) = action {
                    ev.prevent_default();
                    app.on_click(target);
                }
            }
            on:submit=move |ev| { ev.prevent_default(); app.on_submit(); }
            on:input=move |ev| {
                if let Some(target) = element_of(ev.target()).filter(browser::is_typed) {
                    app.on_input(&target);
                }
            }
            on:change=move |ev| {
                if let Some(target) = element_of(ev.target()).filter(|e| !browser::is_typed(e)) {
                    app.on_input(&target);
                }
            }>
            <header class="tr-header" inner_html=header></header>
            <div role="status" class="tr-notice-area">
                {move || app.notice.get().map(|n| view! { <p class="tr-notice" data-testid="notice">{n}</p> })}
            </div>
            <main class="tr-main" id="contenu" tabindex="-1" node_ref=app.main></main>
            <article class=move || if app.screen.get() == Screen::Sheet { "tr-sheet tr-sheet-visible" } else { "tr-sheet" }
                data-testid="sheet" aria-labelledby="tr-sheet-title" node_ref=app.sheet></article>
            <footer class="tr-footer" aria-label=t("footer.label") inner_html=footer></footer>
        </div>
    }
}
