//! The Leptos app: one `RwSignal` of form state (the answers and what the forms hold), the
//! engine's answers derived from it as `Memo`s, and effects that put the screens rendered by
//! `crate::present` into the page. Events are listened to once, on the app's root, and
//! turned into changes of state by `present::form::apply`. No legal number and no legal
//! branching here: the engine decides, `present` words it, this module only wires.
//!
//! The journey survives the browser: each screen opened is a history entry (Back and Forward
//! move between screens, the answers stay), the tab's answers and screen are written to
//! `sessionStorage` after each change (a reload resumes there), and a link opened over other
//! answers waits for the person's choice.

pub mod browser;
pub mod extra;
pub mod host;
pub mod shell;

use crate::answers::{share, Answers};
use crate::present::screen::Place;
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
/// open, a notice about what could not be read, whether answers are kept on the device, the
/// options of a host portal that embeds the app, and a link waiting for the person's choice.
#[derive(Debug, Clone, Default)]
pub struct Startup {
    pub answers: Answers,
    pub screen: Option<Screen>,
    /// The screen of the history entry before: the home screen drawn at build time, when
    /// "Commencer" was tapped there before the app ran.
    pub before: Option<Screen>,
    pub notice: Option<String>,
    pub keep: bool,
    pub embed: Options,
    pub offer: Option<Offer>,
    /// The language asked for (a link's `l=en`, the host's `lang=en`, the kept answers'
    /// language, in that order); `None`: the browser's preferred language decides.
    pub english: Option<bool>,
}

/// A link's (or a host's pre-fill's) answers that would replace the person's: opened only if
/// they choose "Ouvrir la simulation du lien".
#[derive(Debug, Clone, Default)]
pub struct Offer {
    pub answers: Answers,
    pub screen: Option<Screen>,
    /// What to say once it is opened.
    pub notice: Option<String>,
}

/// A notice under the header, with the buttons of a choice (`data-action`, words).
#[derive(Debug, Clone, PartialEq)]
struct Notice {
    text: String,
    actions: &'static [(&'static str, &'static str)],
    /// The language it was written in: it stays in it after a switch, and says so (`lang`).
    lang: &'static str,
}

impl Notice {
    fn new(text: impl Into<String>, actions: &'static [(&'static str, &'static str)]) -> Notice {
        Notice { text: text.into(), actions, lang: crate::i18n::lang() }
    }

    fn plain(text: impl Into<String>) -> Notice {
        Notice::new(text, &[])
    }
}

/// How long "Annuler" is offered after "Effacer mes réponses".
const UNDO_SECONDS: u64 = 10;

/// What the app remembers of the journey beyond the answers (one stored value: each distinct
/// signal type costs Wasm bytes): where the current screen leads back to and the screen of the
/// history entry before it, a link waiting for the person's choice, and what "Annuler" brings
/// back, with the number of the "Effacer" it belongs to.
#[derive(Default)]
struct Journey {
    back_to: Option<Screen>,
    before: Option<Screen>,
    offer: Option<Offer>,
    undo: (u32, Option<Undo>),
}

/// What "Effacer" took away, for "Annuler": the answers (in the share-link encoding),
/// "Garder" ticked, the screen, and what `localStorage` held.
struct Undo {
    answers: String,
    keep: bool,
    screen: Screen,
    stored: Option<String>,
}

/// Whether two sets of answers are the same, compared through their encoding (already in the
/// app: a derived comparison would cost Wasm bytes); `None` stands for no answer at all.
fn same(a: &Answers, b: Option<&Answers>) -> bool {
    let other = b.map_or_else(|| share::encode(&Answers::default(), None), |b| share::encode(b, None));
    share::encode(a, None) == other
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
    notice: RwSignal<Option<Notice>>,
    journey: StoredValue<Journey>,
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
    /// The sheet and the second module's blocks are to be drawn (`draw_later`).
    later_pending: StoredValue<bool>,
}

impl App {
    /// Runs `f` with a snapshot of the state, read without tracking.
    fn with_snapshot<R>(self, f: impl FnOnce(&Snapshot<'_>) -> R) -> R {
        let (keep, share, agreed) = (self.keep.get_untracked(), self.share.get_untracked(), self.consent.get_untracked());
        let back_to = self.journey.with_value(|j| j.back_to);
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
                        back_to,
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

    /// Opens `screen` as a new history entry (a step taken), leading back to `back_to`.
    fn go_to(self, screen: Screen, back_to: Option<Screen>) {
        let before = self.screen.get_untracked();
        if before == screen && back_to == self.journey.with_value(|j| j.back_to) {
            self.enter(Place { screen, back_to, before: self.journey.with_value(|j| j.before) });
            return;
        }
        let place = Place { screen, back_to, before: Some(before) };
        browser::set_entry(&place.state(), true);
        self.enter(place);
    }

    fn go(self, screen: Screen) {
        self.go_to(screen, None);
    }

    /// Back to `target`: through the history when the entry before is that screen, so Back and
    /// Forward stay in step with the buttons.
    fn back(self, target: Screen) {
        if self.journey.with_value(|j| j.before) == Some(target) {
            browser::history_back();
        } else {
            self.go(target);
        }
    }

    /// Shows a place without touching the history (Back, Forward, a link typed in).
    fn enter(self, place: Place) {
        // A link's choice stays until it is made.
        let waiting = self.journey.with_value(|j| j.offer.is_some());
        if !waiting {
            self.notice.set(None);
        }
        self.journey.update_value(|j| (j.back_to, j.before) = (place.back_to, place.before));
        self.screen.set(place.screen);
    }

    /// A link opened on answers already here: open it at once when nothing would be lost,
    /// else ask which to keep.
    fn receive(self, offer: Offer, push: bool) {
        let other = self.form.with_untracked(|s| !same(&s.answers, None) && !same(&s.answers, Some(&offer.answers)));
        if !other {
            return self.open_offer(offer, push);
        }
        self.journey.update_value(|j| j.offer = Some(offer));
        self.notice.set(Some(self.choice()));
        browser::focus("tr-notice-action", false);
    }

    /// "Ouvrir la simulation du lien" or "Garder mes réponses" (a host's pre-fill is no link).
    fn choice(self) -> Notice {
        if self.embed.with_value(|o| o.embedded) {
            Notice::new(t("prefill.choice").to_owned(), &[("link-open", "prefill.open"), ("link-keep", "link.keep")])
        } else {
            Notice::new(t("link.choice").to_owned(), &[("link-open", "link.open"), ("link-keep", "link.keep")])
        }
    }

    /// "Ouvrir la simulation du lien": its answers replace the tab's (a host's locked answers
    /// stay); the answers kept with "Garder" are left as they were, so "Garder" is unticked.
    fn open_offer(self, offer: Offer, push: bool) {
        self.journey.update_value(|j| j.offer = None);
        let same = self.form.with_untracked(|s| same(&s.answers, Some(&offer.answers)));
        let kept = !same && (self.keep.get_untracked() || browser::read(browser::local(), browser::STORAGE_KEY).is_some());
        if !same {
            self.keep.set(false);
            self.replace_answers(offer.answers);
        }
        let screen = offer.screen.unwrap_or(Screen::Home);
        if push {
            self.go(screen);
        } else {
            let place = Place { screen, back_to: None, before: Some(self.screen.get_untracked()) };
            browser::set_entry(&place.state(), false);
            self.enter(place);
        }
        let notice = if kept { Some(t("link.opened").to_owned()) } else { offer.notice };
        self.notice.set(notice.map(Notice::plain));
    }

    /// Replaces the answers whole (a host's locked answers stay: the host fixed them) and
    /// draws the forms again.
    fn replace_answers(self, mut answers: Answers) {
        self.form.update(|s| {
            answers.take_fields(&s.answers, &s.locked);
            let locked = std::mem::take(&mut s.locked);
            *s = FormState::new(answers);
            s.locked = locked;
        });
        self.generation.update(|g| *g += 1);
    }

    /// "Effacer mes réponses", once confirmed: forgets the answers here and in storage
    /// (answers locked by a host portal stay: the host fixed them), and offers "Annuler" for
    /// a few seconds.
    fn clear(self) {
        let saved = Undo {
            answers: self.form.with_untracked(|s| share::encode(&s.answers, None)),
            keep: self.keep.get_untracked(),
            screen: self.screen.get_untracked(),
            stored: browser::read(browser::local(), browser::STORAGE_KEY),
        };
        self.journey.update_value(|j| j.offer = None);
        self.keep.set(false);
        self.consent.set(false);
        browser::remove(browser::local(), browser::STORAGE_KEY);
        self.share.set((None, String::new()));
        self.replace_answers(Answers::default());
        self.go(Screen::Home);
        self.notice.set(Some(Notice::new(t("keep.cleared").to_owned(), &[("clear-undo", "clear.undo")])));
        let token = self.journey.with_value(|j| j.undo.0).wrapping_add(1);
        self.journey.update_value(|j| j.undo = (token, Some(saved)));
        let (journey, notice) = (self.journey, self.notice);
        set_timeout(
            move || {
                if journey.with_value(|j| j.undo.0) == token {
                    journey.update_value(|j| j.undo.1 = None);
                    if notice.with_untracked(|n| n.as_ref().is_some_and(|n| n.actions.first().is_some_and(|a| a.0 == "clear-undo"))) {
                        notice.set(Some(Notice::plain(t("keep.cleared"))));
                    }
                }
            },
            std::time::Duration::from_secs(UNDO_SECONDS),
        );
    }

    /// "Annuler" after "Effacer": everything comes back as it was.
    fn undo_clear(self) {
        let Some(saved) = self.journey.try_update_value(|j| j.undo.1.take()).flatten() else { return };
        if let (Some(text), false) = (&saved.stored, saved.keep) {
            browser::write(browser::local(), browser::STORAGE_KEY, text);
        }
        self.replace_answers(share::decode(&saved.answers).answers);
        self.keep.set(saved.keep);
        self.go(saved.screen);
        self.notice.set(Some(Notice::plain(t("clear.undone"))));
    }

    /// English or French (`choice`: "en", "fr", or "" for the browser's preference), the
    /// journey where it is: the English sentences come from the second module (the page stays
    /// usable in French while they load), then everything is drawn again and the kept copies
    /// record the language; after a click on the switch, the focus stays on it.
    fn set_language(self, choice: &'static str, focus: bool) {
        extra::language(
            choice,
            move || {
                // Everything drawn from the screen or the answers is drawn again (nothing changes).
                self.form.update(|_| ());
                self.screen.update(|_| ());
                // The footer is drawn once, outside the reactive graph (a reactive one costs Wasm bytes).
                if let Some(footer) = by_id("tr-footer") {
                    footer.set_inner_html(&footer_html());
                    let _ = footer.set_attribute("aria-label", t("footer.label"));
                }
                if focus {
                    browser::focus("tr-lang", false);
                }
            },
        );
    }

    fn on_click(self, target: web_sys::Element) {
        // A choice made in the phone menu closes it, so it never covers what the choice opens.
        if let Ok(Some(menu)) = target.closest("details.tr-menu") {
            let _ = menu.remove_attribute("open");
        }
        if let Some(go) = target.get_attribute("data-go") {
            if let Some(screen) = Screen::from_name(&go) {
                let back_to = target.get_attribute("data-return").and_then(|r| Screen::from_name(&r));
                self.go_to(screen, back_to);
            }
            return;
        }
        match target.get_attribute("data-action").as_deref() {
            Some("previous") => {
                let screen = self.screen.get_untracked();
                let previous = self.with_snapshot(|snap| p::previous_screen(snap, screen));
                self.back(previous);
            }
            Some("back") => self.back(self.journey.with_value(|j| j.back_to).unwrap_or(Screen::Results)),
            Some("copy") => self.copy_link(),
            Some("clear") => {
                self.journey.update_value(|j| j.offer = None);
                self.notice.set(Some(Notice::new(t("clear.question").to_owned(), &[("clear-confirm", "clear.confirm"), ("clear-cancel", "clear.cancel")])));
                browser::focus("tr-notice-action", false);
            }
            Some("clear-confirm") => self.clear(),
            Some("clear-cancel") => self.notice.set(None),
            Some("clear-undo") => self.undo_clear(),
            Some("link-open") => {
                if let Some(offer) = self.journey.try_update_value(|j| j.offer.take()).flatten() {
                    self.open_offer(offer, true);
                }
            }
            Some("link-keep") => {
                self.journey.update_value(|j| j.offer = None);
                self.notice.set(None);
            }
            Some("print") => browser::print(),
            // The second module's buttons: it acts, and may give answers back to apply.
            Some(action) if action.starts_with("x-") => {
                let arg = target.get_attribute("data-arg").unwrap_or_default();
                let fragment = self.form.with_untracked(|s| share::encode(&s.answers, None));
                if let Some(out) = extra::act(action, &arg, &fragment, self.today) {
                    self.replace_answers(share::decode(&out).answers);
                }
            }
            Some("lang") => self.set_language(if crate::i18n::is_en() { "fr" } else { "en" }, true),
            _ => {}
        }
    }

    fn on_submit(self) {
        if let Screen::Step(step) = self.screen.get_untracked() {
            if self.journey.with_value(|j| j.back_to) == Some(Screen::Recap) {
                return self.back(Screen::Recap);
            }
            let next = self.with_snapshot(|snap| p::next_screen(snap, step));
            self.go(next);
        }
    }

    fn on_input(self, target: &web_sys::Element) {
        let Some((name, value, checked)) = input_of(target) else { return };
        if name == "keep" {
            if !checked {
                browser::remove(browser::local(), browser::STORAGE_KEY);
            }
            self.keep.set(checked);
            return;
        }
        if name == "consent" {
            self.consent.set(checked);
            return;
        }
        // An unticked box of a block the second module draws: no value (`form::apply`).
        let value = if !checked && name.starts_with('x') && target.get_attribute("type").as_deref() == Some("checkbox") { String::new() } else { value };
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

    /// A moment after a change (so typing stays fast): the printable sheet and the blocks of
    /// the screen that the second module draws (`present::later`).
    fn draw_later(self) {
        if self.later_pending.get_value() {
            return;
        }
        self.later_pending.set_value(true);
        set_timeout(
            move || {
                self.later_pending.set_value(false);
                let (fragment, flags) = self.form.with_untracked(|s| (share::encode(&s.answers, None), p::later::flags(s)));
                if let (Some(main), Some(sheet)) = (self.main.get_untracked(), self.sheet.get_untracked()) {
                    if let Some(root) = main.parent_element() {
                        extra::draw(root, (*sheet).clone(), fragment, self.today, flags, t("sheet.unavailable"));
                    }
                }
            },
            std::time::Duration::from_millis(0),
        );
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

fn footer_html() -> String {
    let mut h = Html::new();
    p::pages::footer(&mut h);
    h.finish()
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
        person.with(|(person, as_of)| api::simulate(&crate::rules::Input::of_person(*as_of, person.clone())))
    });
    let contract = Memo::new(move |_| {
        form.with(|s| {
            api::contract_of(&s.answers.to_input(today))
        })
    });
    // The entry the app opens on keeps what it knew (after a reload); its address loses the link.
    let first = startup.screen.unwrap_or(Screen::Home);
    let place = browser::history_state()
        .and_then(|s| Place::from_state(&s))
        .filter(|p| p.screen == first)
        .unwrap_or(Place { screen: first, back_to: None, before: startup.before });
    browser::set_entry(&place.state(), false);
    let app = App {
        today,
        form,
        screen: RwSignal::new(first),
        generation: RwSignal::new(0),
        keep: RwSignal::new(startup.keep),
        notice: RwSignal::new(startup.notice.map(Notice::plain)),
        journey: StoredValue::new(Journey { back_to: place.back_to, before: place.before, ..Journey::default() }),
        share: RwSignal::new((None, String::new())),
        consent: RwSignal::new(false),
        embed: StoredValue::new(startup.embed),
        verdict,
        contract,
        main: NodeRef::new(),
        sheet: NodeRef::new(),
        drawn: StoredValue::new(Vec::new()),
        later_pending: StoredValue::new(false),
    };
    match startup.english {
        Some(true) => app.set_language("en", false),
        None => app.set_language("", false),
        Some(false) => {}
    }
    if let Some(offer) = startup.offer {
        app.journey.update_value(|j| j.offer = Some(offer));
        app.notice.set(Some(app.choice()));
    }
    // Back and Forward move between the app's entries; a link typed over the running app
    // arrives as a new fragment.
    browser::on_window("popstate", move || {
        match browser::history_state().and_then(|s| Place::from_state(&s)) {
            Some(place) => app.enter(place),
            // The entry the page was loaded in, left before the app ran ("Commencer" tapped on
            // the home screen drawn at build time): that home screen.
            None if browser::hash().is_empty() => app.enter(Place { screen: Screen::Home, back_to: None, before: None }),
            None => {}
        }
    });
    browser::on_window("hashchange", move || {
        let hash = browser::hash();
        // The skip link's `#contenu` names an element of the page: no link.
        if browser::names_an_element(&hash) {
            return;
        }
        let link = share::decode(&hash);
        if let Some(en) = link.english.filter(|en| *en != crate::i18n::is_en()) {
            app.set_language(if en { "en" } else { "fr" }, false);
        }
        if link.any || !link.problems.is_empty() {
            let embedded = app.embed.with_value(|o| o.embedded);
            let offer = Offer { screen: link.screen.as_deref().and_then(Screen::from_name), notice: shell::link_notice(&link, embedded), answers: link.answers };
            // The browser made an entry for the fragment: it becomes the screen shown, without the fragment.
            let screen = app.screen.get_untracked();
            let back_to = app.journey.with_value(|j| j.back_to);
            browser::set_entry(&Place { screen, back_to, before: Some(screen) }.state(), false);
            app.journey.update_value(|j| j.before = Some(screen));
            app.receive(offer, false);
        }
    });
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
        app.draw_later();
        match previous {
            // The first screen can be used from here: `scripts/bench` and the budgets read this mark.
            // (boot.js then removes the home screen drawn at build time, in the same task.)
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
    // After any change of answers or screen: the tab's copy (a reload resumes there), and the
    // kept copy while "Garder mes réponses" is ticked; if the browser refuses it, the box is
    // unticked and says so. Stored answers are removed only by unticking or "Effacer".
    Effect::new(move |_| {
        let (keep, screen) = (app.keep.get(), app.screen.get());
        let answers = app.form.with(|s| share::encode(&s.answers, None));
        let tab = format!("{}|{answers}&s={}", if keep { "1" } else { "0" }, screen.name());
        browser::write(browser::session(), browser::SESSION_KEY, &tab);
        if keep {
            let refused = match browser::local() {
                None => Some("keep.unavailable"),
                Some(storage) => (!browser::write(Some(storage), browser::STORAGE_KEY, &answers)).then_some("keep.failed"),
            };
            if let Some(why) = refused {
                app.keep.set(false);
                browser::set_checked("tr-keep", false);
                browser::set_html("tr-keep-status", &p::pages::keep_refused(why));
            }
        }
    });
    // After any change of answers: the regions drawn from them, the controls (only when what
    // they show changed), and the printable sheet, drawn a moment later so typing in the
    // simulator stays fast.
    Effect::new(move |previous: Option<form::ControlKey>| {
        let key = app.form.with(|s| form::control_key(s, today));
        app.fill(p::ANSWER_REGIONS);
        if previous.as_ref() != Some(&key) {
            app.sync_controls();
        }
        app.draw_later();
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
                // A contract field in error: no figure is sent (none is on the screen either).
                let (hours, invalid) = app.form.with(|s| (s.answers.contract.weekly_hours, s.contract_invalid()));
                let summary = app.verdict.with(|v| {
                    app.contract.with(|c| v.as_ref().ok().map(|out| Summary::new(out, c.as_ref().ok().filter(|_| !invalid), hours)))
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
    let notice = move || {
        let mut h = Html::new();
        app.notice.with(|n| n.as_ref().map(|n| p::pages::notice(&mut h, &n.text, n.lang, n.actions)));
        h.finish()
    };
    let footer = footer_html();
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
            <div role="status" class="tr-notice-area" inner_html=notice></div>
            <main class="tr-main" id="contenu" tabindex="-1" node_ref=app.main></main>
            <article class=move || if app.screen.get() == Screen::Sheet { "tr-sheet tr-sheet-visible" } else { "tr-sheet" }
                data-testid="sheet" data-later="sheet" aria-labelledby="tr-sheet-title" node_ref=app.sheet></article>
            <footer class="tr-footer" id="tr-footer" aria-label=t("footer.label") inner_html=footer></footer>
        </div>
    }
}
