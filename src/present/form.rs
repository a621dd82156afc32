//! The questions as HTML form controls, and what an input does to the answers.
//!
//! Every control has a visible label, its help linked by `aria-describedby`, a "Je ne sais pas"
//! way out and an error slot. Inputs carry `name` (the field) and `value`; the app listens to
//! the whole page and calls [`apply`], a pure function, so what a keystroke does is tested
//! natively. Radios and checkboxes marked `data-sync` are re-checked from the answers after
//! each change ([`is_checked`]); blocks marked `data-when` show only when [`shown`] says so.

use super::html::{Attr, Html};
use super::text::key3;
use crate::answers::questions::{benefit_options, Field, JUSTICE_OPTIONS, LIFE_CRITERIA, REFERENT_OPTIONS, ROUTING_CRITERIA};
use crate::answers::Answers;
use crate::i18n::{code_label, department_label, fill, t};
use crate::rules::calendar::parse_iso_date;
use crate::rules::codes::{Benefit, Criterion, CriteriaSet, Employer, Extension, Justice, Referent};
use crate::rules::input::{is_department, DEPARTMENTS, MAX_CONTRACT_MONTHS, MAX_HOURLY_RATE, MAX_WEEKLY_HOURS};
use crate::rules::money::parse_decimal_2;
use crate::rules::params;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// Everything the forms hold: the answers, the "Je ne sais pas" ticks, whether a custom rate
/// is being typed, and the fields whose text cannot be read (with their message key).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormState {
    pub answers: Answers,
    pub dont_know: Vec<Field>,
    pub custom_rate: bool,
    /// (slot, message key) of each field whose text cannot be read.
    pub errors: Vec<(&'static str, &'static str)>,
    /// Answers a host portal fixed: shown, not editable.
    pub locked: Vec<Field>,
    /// "Inclure ma réponse sur la justice" on the printed sheet (off by default).
    pub sheet_justice: bool,
    /// What the person typed in a text box whose text cannot be read (by input id), so a
    /// screen drawn again shows their text and its message, not an older value.
    pub drafts: Vec<(String, String)>,
    /// The job-seeker months as typed and the date they were counted at, so they are aged
    /// (not drifted) each time the hiring date moves.
    pub months_typed: Option<(u32, NaiveDate)>,
}

impl FormState {
    pub fn new(answers: Answers) -> Self {
        let custom_rate = answers.contract.hourly_rate.is_some();
        FormState { answers, custom_rate, ..FormState::default() }
    }

    /// Whether a contract field holds text that cannot be read.
    pub fn contract_invalid(&self) -> bool {
        self.errors.iter().any(|(k, _)| k.starts_with("c-"))
    }

    /// The message key of a slot's error, if any.
    pub fn error(&self, slot: &str) -> Option<&'static str> {
        self.errors.iter().find(|(k, _)| *k == slot).map(|(_, m)| *m)
    }

    /// The slots of the contract fields that hold text that cannot be read, in form order.
    pub fn contract_errors(&self) -> Vec<&'static str> {
        ["c-start", "c-months", "c-hours", "c-rate"].into_iter().filter(|k| self.error(k).is_some()).collect()
    }

    /// What the person typed in the box `id`, if it could not be read.
    pub fn draft(&self, id: &str) -> Option<&str> {
        self.drafts.iter().find(|(k, _)| k == id).map(|(_, v)| v.as_str())
    }

    fn set_draft(&mut self, id: &str, text: Option<&str>) {
        self.drafts.retain(|(k, _)| k != id);
        if let Some(t) = text {
            self.drafts.push((id.to_owned(), t.to_owned()));
        }
    }
}

/// One input event: the control's `name` and `value`, whether it is checked, and for a date
/// in three boxes the day, month and year as typed.
#[derive(Debug, Clone, Copy)]
pub struct Event<'a> {
    pub name: &'a str,
    pub value: &'a str,
    pub checked: bool,
    pub parts: Option<[&'a str; 3]>,
}

/// What the page must do after [`apply`], beyond showing the new answers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Applied {
    /// Empty the text boxes of this field ("Je ne sais pas" ticked).
    pub clear: Option<&'static str>,
    /// Copy this value into the other control of a pair (the hours slider and box).
    pub mirror: Option<(&'static str, String)>,
}

fn bool_value(v: &str) -> Option<bool> {
    match v {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

fn bool_code(b: Option<bool>) -> &'static str {
    match b {
        Some(true) => "1",
        Some(false) => "0",
        None => "",
    }
}

/// A decimal as a person types it: "26", "26,5", "12.50", "12,50 €", " 12 € ", and groups of
/// thousands ("1 386,93", so a monthly amount is recognised as one). Anything else is refused.
pub fn typed_decimal(text: &str) -> Option<Decimal> {
    let is_space = |c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}';
    let text = text.trim_matches(is_space);
    let text = ["euros", "euro", "eur", "€"]
        .iter()
        .find_map(|unit| text.strip_suffix(unit).or_else(|| text.strip_prefix(unit)))
        .unwrap_or(text)
        .trim_matches(is_space);
    let groups: Vec<&str> = text.split(is_space).filter(|g| !g.is_empty()).collect();
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    if let [first, rest @ ..] = groups.as_slice() {
        // Only groups of thousands may be spaced: "1 386,93" is one number, "12 5" is not.
        let thousands = rest.iter().all(|g| g.get(..3).is_some_and(digits) && g.get(3..).is_some_and(|t| t.is_empty() || t.starts_with([',', '.'])));
        let grouped = first.len() <= 3 && digits(first) && thousands;
        if !rest.is_empty() && !grouped {
            return None;
        }
    }
    parse_decimal_2(&groups.concat().replace(',', "."))
}

fn set_error(s: &mut FormState, slot: &'static str, message: Option<&'static str>) {
    s.errors.retain(|(k, _)| *k != slot);
    if let Some(m) = message {
        s.errors.push((slot, m));
    }
}

fn toggle_list<T: PartialEq + Copy>(current: Option<Vec<T>>, item: T, on: bool) -> Option<Vec<T>> {
    let mut list = current.unwrap_or_default();
    list.retain(|x| *x != item);
    if on {
        list.push(item);
    }
    (!list.is_empty()).then_some(list)
}

/// A date typed in three boxes: the date, or the key of the message saying what is wrong.
/// `at`: the rules' date; `birth`: the date is a birth date (not after `at`, not implausibly old).
fn read_date(parts: [&str; 3], at: NaiveDate, birth: bool) -> (Option<NaiveDate>, Option<&'static str>) {
    let [d, m, y] = parts.map(str::trim);
    if d.is_empty() && m.is_empty() && y.is_empty() {
        return (None, None);
    }
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !digits(d) || !digits(m) || !digits(y) {
        return (None, Some("date.invalid"));
    }
    // "97" is no year: say so once day and month are there, rather than guess the century;
    // "19" or "199" may be a year still being typed, so they wait for the next digit.
    let oldest = at.year() - crate::answers::OLDEST_PLAUSIBLE_AGE;
    let being_typed = (oldest..=at.year() + 1).any(|year| year.to_string().starts_with(y));
    if !d.is_empty() && !m.is_empty() && (1..4).contains(&y.len()) && !being_typed {
        return (None, Some("date.year_digits"));
    }
    if d.is_empty() || m.is_empty() || y.len() < 4 {
        return (None, (y.len() >= 4).then_some("date.incomplete"));
    }
    match parse_iso_date(&format!("{y:0>4}-{m:0>2}-{d:0>2}")) {
        None => (None, Some("date.invalid")),
        Some(date) if birth && date > at => (None, Some("date.future")),
        Some(date) if birth && crate::answers::birth_date_implausible(date, at) => (None, Some("date.birth_too_old")),
        Some(date) => (Some(date), None),
    }
}

/// Applies one input event to the state. Answers locked by the host do not change.
pub fn apply(s: &mut FormState, e: Event<'_>, today: NaiveDate) -> Applied {
    let mut out = Applied::default();
    if Field::from_id(e.name).is_some_and(|f| s.locked.contains(&f)) {
        return out;
    }
    let as_of = s.answers.as_of(today);
    let unknown = e.value == "__unknown";
    match e.name {
        // A field of a block the second module draws: kept as typed, read by that module.
        name if name.starts_with('x') => {
            s.answers.later.set(name, e.value);
        }
        "birth_date" | "previous_pass_end" => {
            let f = if e.name == "birth_date" { Field::BirthDate } else { Field::PreviousPassEnd };
            let slot = if f == Field::BirthDate { "birth_date" } else { "previous_pass_end" };
            let parts = e.parts.unwrap_or(["", "", ""]);
            let (date, error) = if unknown {
                if e.checked {
                    out.clear = Some(slot);
                }
                (None, None)
            } else {
                read_date(parts, as_of, f == Field::BirthDate)
            };
            set_error(s, slot, error);
            // What was typed stays on screen, even when this date cannot be read yet.
            let keep = !unknown && date.is_none();
            for (part, text) in ["day", "month", "year"].into_iter().zip(parts) {
                s.set_draft(&format!("tr-q-{slot}-{part}"), keep.then_some(text));
            }
            mark(s, f, unknown && e.checked);
            if f == Field::BirthDate {
                s.answers.birth_date = date;
            } else {
                s.answers.previous_pass_end = date;
            }
        }
        "department" => s.answers.department = is_department(e.value).then(|| e.value.to_owned()),
        "employed" | "registered" | "rqth" | "had_pass" => {
            let v = bool_value(e.value);
            let f = match e.name {
                "employed" => Field::Employed,
                "registered" => Field::Registered,
                "rqth" => Field::Rqth,
                _ => Field::HadPass,
            };
            mark(s, f, v.is_none());
            match f {
                Field::Employed => s.answers.employed = v,
                Field::Registered => s.answers.registered = v,
                Field::Rqth => s.answers.rqth = v,
                _ => s.answers.had_pass = v,
            }
        }
        "job_seeker_months" => {
            if unknown {
                if e.checked {
                    out.clear = Some("job_seeker_months");
                }
                set_error(s, "job_seeker_months", None);
                mark(s, Field::JobSeekerMonths, e.checked);
                s.answers.job_seeker_months = None;
            } else {
                let text = e.value.trim();
                let parsed = text.parse::<u32>().ok().filter(|m| *m <= 1200);
                let bad = !text.is_empty() && parsed.is_none();
                set_error(s, "job_seeker_months", bad.then_some("number.invalid"));
                s.set_draft("tr-q-job_seeker_months", bad.then_some(e.value));
                mark(s, Field::JobSeekerMonths, false);
                s.answers.job_seeker_months = parsed;
                s.months_typed = parsed.map(|m| (m, as_of));
            }
        }
        "benefits" => {
            mark(s, Field::Benefits, unknown && e.checked);
            s.answers.benefits = match e.value {
                "__none" => e.checked.then(Vec::new),
                "__unknown" => None,
                code => Benefit::from_code(code).and_then(|b| toggle_list(s.answers.benefits.clone(), b, e.checked)),
            };
        }
        "criteria" => {
            mark(s, Field::Criteria, unknown && e.checked);
            // A declared criterion this step does not ask (DETENTION_MJ from a link) is kept.
            let kept: Vec<Criterion> = s.answers.criteria.map(|c| c.iter().filter(|x| !LIFE_CRITERIA.contains(x)).collect()).unwrap_or_default();
            let asked: Option<Vec<Criterion>> = s.answers.criteria.map(|c| c.iter().filter(|x| LIFE_CRITERIA.contains(x)).collect());
            let asked = match e.value {
                "__none" => e.checked.then(Vec::new),
                "__unknown" => None,
                code => Criterion::from_code(code).filter(|c| c.is_declarable()).and_then(|c| toggle_list(asked, c, e.checked)),
            };
            s.answers.criteria = asked.map(|a| a.into_iter().chain(kept).collect::<CriteriaSet>());
        }
        "justice" => {
            mark(s, Field::Justice, e.value.is_empty());
            s.answers.justice = Justice::from_code(e.value);
        }
        "referent" => {
            mark(s, Field::Referent, e.value.is_empty());
            s.answers.referent = Referent::from_code(e.value);
        }
        "as_of" => {
            s.answers.as_of = parse_iso_date(e.value).filter(|d| *d != today);
            // A start the person set on this very day follows the hiring date again.
            if s.answers.contract.start == s.answers.as_of {
                s.answers.contract.start = None;
            }
            if s.answers.contract.start.is_none() {
                out.mirror = Some(("tr-c-start", s.answers.contract_start(today).to_string()));
            }
        }
        "c-start" => {
            // The hiring date's own start is no start of its own: it keeps following it.
            let default = s.answers.as_of.unwrap_or_else(|| crate::answers::first_day_of_next_month(today));
            let parsed = parse_iso_date(e.value);
            // An emptied date box is no start: the figures wait for one rather than guess.
            set_error(s, "c-start", parsed.is_none().then_some("contract.invalid_start"));
            if let Some(d) = parsed {
                s.answers.contract.start = Some(d).filter(|d| *d != default);
            }
        }
        "c-months" => {
            let parsed = e.value.trim().parse::<u32>().ok().filter(|m| (1..=MAX_CONTRACT_MONTHS).contains(m));
            set_error(s, "c-months", parsed.is_none().then_some("contract.invalid_months"));
            s.set_draft("tr-c-months", parsed.is_none().then_some(e.value));
            if let Some(m) = parsed {
                s.answers.contract.months = m;
            }
        }
        "c-hours" | "c-hours-range" => {
            let parsed = typed_decimal(e.value).filter(|h| *h > Decimal::ZERO && *h <= Decimal::from(MAX_WEEKLY_HOURS));
            set_error(s, "c-hours", parsed.is_none().then_some("contract.invalid_hours"));
            s.set_draft("tr-c-hours", parsed.is_none().then_some(e.value));
            if let Some(h) = parsed {
                s.answers.contract.weekly_hours = h;
                let other = if e.name == "c-hours" { "tr-c-hours-range" } else { "tr-c-hours" };
                let shown = if e.name == "c-hours" { h.normalize().to_string() } else { crate::i18n::format::short(h) };
                out.mirror = Some((other, shown));
            }
        }
        "c-derogation" => s.answers.contract.under_20h_derogation = e.checked,
        "sheet-justice" => s.sheet_justice = e.checked,
        "c-rate-mode" => {
            s.custom_rate = e.value == "custom";
            if !s.custom_rate {
                s.answers.contract.hourly_rate = None;
                set_error(s, "c-rate", None);
                s.set_draft("tr-c-rate", None);
            } else {
                let text = e.parts.map_or("", |[text, _, _]| text);
                let parsed = read_rate(s, text, today);
                s.answers.contract.hourly_rate = parsed;
            }
        }
        "c-rate" => {
            if let Some(r) = read_rate(s, e.value, today) {
                s.answers.contract.hourly_rate = Some(r);
            }
        }
        "c-extension" => s.answers.contract.extension = Extension::from_code(e.value),
        "c-employer" => s.answers.contract.employer = Employer::from_code(e.value).unwrap_or(Employer::Private),
        _ => {}
    }
    // Months of registration are counted at the rules' date: when it moves, they age with it.
    let moved_to = s.answers.as_of(today);
    if moved_to != as_of {
        if let Some(typed) = s.months_typed.or_else(|| s.answers.job_seeker_months.map(|m| (m, as_of))) {
            let aged = i64::from(typed.0) + crate::answers::months_between(typed.1, moved_to);
            s.answers.job_seeker_months = s.answers.job_seeker_months.map(|_| u32::try_from(aged.clamp(0, 1200)).unwrap_or(0));
            s.months_typed = Some(typed);
        }
    }
    out
}

/// The hourly rate typed, or its error: unreadable, or so high it must be a monthly amount
/// (more than a few times the SMIC in force at the contract's start), which is never used.
fn read_rate(s: &mut FormState, text: &str, today: NaiveDate) -> Option<Decimal> {
    let start = s.answers.contract_start(today);
    let typed = typed_decimal(text).filter(|r| *r > Decimal::ZERO);
    let (parsed, error) = match typed {
        None => (None, Some("contract.invalid_amount")),
        Some(r) if r > Decimal::from(MAX_HOURLY_RATE) || crate::answers::rate_looks_monthly(r, start) => {
            (None, Some("contract.rate_monthly"))
        }
        Some(r) => (Some(r), None),
    };
    set_error(s, "c-rate", error);
    s.set_draft("tr-c-rate", error.map(|_| text));
    parsed
}

fn mark(s: &mut FormState, f: Field, unknown: bool) {
    s.dont_know.retain(|x| *x != f);
    if unknown {
        s.dont_know.push(f);
    }
}

/// Whether a synchronised radio or checkbox should be checked; `None` for other controls.
pub fn is_checked(s: &FormState, name: &str, value: &str) -> Option<bool> {
    let a = &s.answers;
    let dk = |f: Field| s.dont_know.contains(&f);
    let yes_no = |v: Option<bool>, f: Field| Some(if value.is_empty() { v.is_none() && dk(f) } else { bool_code(v) == value });
    let list = |codes: Option<Vec<&'static str>>, f: Field| {
        Some(match value {
            "__none" => codes.as_ref().is_some_and(Vec::is_empty),
            "__unknown" => codes.is_none() && dk(f),
            code => codes.as_ref().is_some_and(|l| l.contains(&code)),
        })
    };
    match name {
        "employed" => yes_no(a.employed, Field::Employed),
        "registered" => yes_no(a.registered, Field::Registered),
        "rqth" => yes_no(a.rqth, Field::Rqth),
        "had_pass" => yes_no(a.had_pass, Field::HadPass),
        "justice" => Some(if value.is_empty() { a.justice.is_none() && dk(Field::Justice) } else { a.justice.map(Justice::code) == Some(value) }),
        "referent" => Some(if value.is_empty() { a.referent.is_none() && dk(Field::Referent) } else { a.referent.map(Referent::code) == Some(value) }),
        "benefits" => list(a.benefits.as_ref().map(|b| b.iter().map(|x| x.code()).collect()), Field::Benefits),
        "criteria" => list(a.criteria.map(|c| c.iter().filter(|x| LIFE_CRITERIA.contains(x)).map(Criterion::code).collect()), Field::Criteria),
        "job_seeker_months" if value == "__unknown" => Some(dk(Field::JobSeekerMonths)),
        "previous_pass_end" if value == "__unknown" => Some(dk(Field::PreviousPassEnd)),
        "c-derogation" => Some(a.contract.under_20h_derogation),
        "sheet-justice" => Some(s.sheet_justice),
        "c-rate-mode" => Some((value == "custom") == s.custom_rate),
        _ => None,
    }
}

/// Everything the page's controls show (ticks, shown blocks, error messages), so the page
/// re-checks them only when it changed: typing a number of hours usually does not change it.
#[derive(Debug, Clone, PartialEq)]
pub struct ControlKey {
    answers: Answers,
    dont_know: Vec<Field>,
    custom_rate: bool,
    sheet_justice: bool,
    errors: Vec<(&'static str, &'static str)>,
    blocks: [bool; 2],
}

pub fn control_key(s: &FormState, today: NaiveDate) -> ControlKey {
    let mut answers = s.answers.clone();
    // The contract's numbers show in text boxes, which the page never rewrites.
    answers.contract.months = 0;
    answers.contract.weekly_hours = Decimal::ZERO;
    answers.contract.hourly_rate = None;
    answers.contract.start = None;
    answers.as_of = None;
    ControlKey {
        answers,
        dont_know: s.dont_know.clone(),
        custom_rate: s.custom_rate,
        sheet_justice: s.sheet_justice,
        errors: s.errors.clone(),
        blocks: [shown(s, "below-min-hours", today), shown(s, "above-max-months", today)],
    }
}

/// Whether a `data-when` block is shown.
pub fn shown(s: &FormState, when: &str, today: NaiveDate) -> bool {
    let a = &s.answers;
    let start = a.contract_start(today);
    match when {
        "registered" => a.registered == Some(true),
        "had_pass" => a.had_pass == Some(true),
        "custom-rate" => s.custom_rate,
        "below-min-hours" => params::CDDI_MIN_WEEKLY_HOURS.at(start).is_ok_and(|m| a.contract.weekly_hours < m.0),
        "above-max-months" => params::CDDI_MAX_MONTHS.at(start).is_ok_and(|m| a.contract.months > m.0),
        _ => true,
    }
}

// ---------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------

/// The help text of a question, with the legal thresholds in force filled in.
fn help(field: Field, as_of: NaiveDate) -> Option<String> {
    let template = crate::i18n::lookup_parts(&["q.", field.id(), ".help"])?;
    let age = |tl: &params::Timeline<params::Years>| tl.at(as_of).map(|y| y.0.to_string()).unwrap_or_default();
    Some(fill(template, &[("jeune", &age(&params::JEUNE_BELOW_AGE)), ("senior", &age(&params::SENIOR_FROM_AGE))]))
}

fn label(field: Field) -> &'static str {
    key3("q.", field.id(), ".label")
}

/// A choice input (radio or checkbox) with its label, in a bordered row.
#[allow(clippy::too_many_arguments)]
pub(super) fn choice(h: &mut Html, kind: &str, name: &str, id: &str, value: &str, words: &str, note: Option<&str>, checked: bool, disabled: bool, class: &str) {
    let mut attrs: Vec<Attr<'_>> = vec![("type", kind), ("id", id), ("name", name), ("value", value), ("data-sync", "")];
    if checked {
        attrs.push(("checked", ""));
    }
    if disabled {
        attrs.push(("disabled", ""));
    }
    h.wrap("div", &[("class", class)], |h| {
        h.open("input", &attrs);
        h.wrap("label", &[("for", id)], |h| {
            h.text(words);
            if let Some(n) = note {
                h.el("span", &[("class", "tr-option-help")], n);
            }
        });
    });
}

/// The frame of a question: a fieldset (or div) with its label and help.
fn frame(h: &mut Html, field: Field, as_of: NaiveDate, group: bool, locked: bool, inner: impl FnOnce(&mut Html)) {
    frame_words(h, field, label(field), help(field, as_of), group, locked, inner);
}

fn frame_words(h: &mut Html, field: Field, label: &str, help_text: Option<String>, group: bool, locked: bool, inner: impl FnOnce(&mut Html)) {
    let id = field.id();
    let help_id = format!("tr-q-{id}-help");
    let testid = format!("q-{id}");
    let mut attrs: Vec<Attr<'_>> = vec![("class", "tr-field"), ("data-testid", &testid)];
    if group && help_text.is_some() {
        attrs.push(("aria-describedby", &help_id));
    }
    let control_id = format!("tr-q-{id}");
    h.wrap(if group { "fieldset" } else { "div" }, &attrs, |h| {
        if group {
            h.el("legend", &[("class", "tr-label")], label);
        } else {
            h.el("label", &[("class", "tr-label"), ("for", &control_id)], label);
        }
        if let Some(text) = &help_text {
            h.el("p", &[("class", "tr-help"), ("id", &help_id)], text);
        }
        if locked {
            h.el("p", &[("class", "tr-help")], t("embed.locked"));
        }
        inner(h);
    });
}

/// A choice offered: its value, its words, and a note under them.
type Offer<'a> = (&'a str, String, Option<String>);

fn radios(h: &mut Html, s: &FormState, field: Field, options: &[Offer<'_>], inline: bool, locked: bool) {
    let name = field.id();
    h.wrap("div", &[("class", if inline { "tr-options tr-options-inline" } else { "tr-options" })], |h| {
        for (i, (value, words, note)) in options.iter().enumerate() {
            let id = format!("tr-q-{name}-{i}");
            let checked = is_checked(s, name, value).unwrap_or(false);
            choice(h, "radio", name, &id, value, words, note.as_deref(), checked, locked, "tr-option");
        }
    });
}

fn checkboxes(h: &mut Html, s: &FormState, field: Field, options: &[Offer<'_>], none: &str, locked: bool) {
    let name = field.id();
    h.wrap("div", &[("class", "tr-options")], |h| {
        for (code, words, note) in options {
            let id = format!("tr-q-{name}-{code}");
            choice(h, "checkbox", name, &id, code, words, note.as_deref(), is_checked(s, name, code).unwrap_or(false), locked, "tr-option");
        }
        for (value, words) in [("__none", none), ("__unknown", t("answer.unknown"))] {
            let id = format!("tr-q-{name}-{}", value.trim_start_matches('_'));
            choice(h, "checkbox", name, &id, value, words, None, is_checked(s, name, value).unwrap_or(false), locked, "tr-option tr-option-exclusive");
        }
    });
}

fn error_slot(h: &mut Html, s: &FormState, slot: &str) {
    let message = s.error(slot).map_or("", t);
    h.el("p", &[("class", "tr-error"), ("id", &format!("tr-{slot}-error")), ("role", "alert"), ("data-error", slot)], message);
}

fn dont_know(h: &mut Html, s: &FormState, field: Field, locked: bool) {
    let name = field.id();
    let id = format!("tr-q-{name}-dontknow");
    let checked = is_checked(s, name, "__unknown").unwrap_or(false);
    choice(h, "checkbox", name, &id, "__unknown", t("answer.unknown"), None, checked, locked, "tr-option tr-option-exclusive");
}

fn date_parts(h: &mut Html, s: &FormState, field: Field, value: Option<NaiveDate>, locked: bool) {
    let id = field.id();
    let hint_id = format!("tr-q-{id}-hint");
    h.el("p", &[("class", "tr-hint"), ("id", &hint_id)], t("date.hint"));
    let described = format!("tr-q-{id}-help {hint_id} tr-{id}-error");
    h.wrap("div", &[("class", "tr-date")], |h| {
        let parts = [
            ("day", "date.day", value.map(|d| d.day().to_string()), "2", "bday-day"),
            ("month", "date.month", value.map(|d| d.month().to_string()), "2", "bday-month"),
            ("year", "date.year", value.map(|d| d.year().to_string()), "4", "bday-year"),
        ];
        for (part, words, text, size, auto) in parts {
            let input_id = format!("tr-q-{id}-{part}");
            let text = s.draft(&input_id).map(str::to_owned).or(text).unwrap_or_default();
            let auto = if field == Field::BirthDate { auto } else { "off" };
            let class = if size == "4" { "tr-input tr-input-year" } else { "tr-input tr-input-2" };
            let invalid = if s.error(id).is_some() { "true" } else { "false" };
            let mut attrs: Vec<Attr<'_>> = vec![
                ("type", "text"), ("inputmode", "numeric"), ("id", &input_id), ("name", id), ("data-part", part),
                ("maxlength", size), ("size", size), ("class", class), ("autocomplete", auto),
                ("aria-describedby", &described), ("aria-invalid", invalid), ("data-error-for", id), ("value", &text),
            ];
            if locked {
                attrs.push(("disabled", ""));
            }
            h.wrap("div", &[("class", "tr-date-part")], |h| {
                h.el("label", &[("for", &input_id)], t(words));
                h.open("input", &attrs);
            });
        }
    });
    error_slot(h, s, id);
}

/// One question of the journey or of the advisor page. `locked`: set by the host portal.
pub fn question(h: &mut Html, s: &FormState, field: Field, today: NaiveDate, locked: bool) {
    let a = &s.answers;
    let as_of = a.as_of(today);
    let yes_no = || {
        vec![("1", t("answer.yes").to_owned(), None), ("0", t("answer.no").to_owned(), None), ("", t("answer.unknown").to_owned(), None)]
    };
    let when = match field {
        Field::JobSeekerMonths => Some("registered"),
        Field::PreviousPassEnd => Some("had_pass"),
        _ => None,
    };
    if let Some(w) = when {
        let mut attrs: Vec<Attr<'_>> = vec![("data-when", w)];
        if !shown(s, w, today) {
            attrs.push(("hidden", ""));
        }
        h.open("div", &attrs);
    }
    match field {
        Field::BirthDate | Field::PreviousPassEnd => frame(h, field, as_of, true, locked, |h| {
            let value = if field == Field::BirthDate { a.birth_date } else { a.previous_pass_end };
            date_parts(h, s, field, value, locked);
            if field == Field::PreviousPassEnd {
                dont_know(h, s, field, locked);
            }
        }),
        Field::Department => frame(h, field, as_of, false, locked, |h| {
            let current = a.department.as_deref().unwrap_or("");
            let mut attrs: Vec<Attr<'_>> = vec![
                ("id", "tr-q-department"), ("name", "department"), ("class", "tr-select"),
                ("aria-describedby", "tr-q-department-help"), ("autocomplete", "off"),
            ];
            if locked {
                attrs.push(("disabled", ""));
            }
            h.wrap("select", &attrs, |h| {
                h.el("option", &[("value", "")], t("q.department.choose"));
                for code in DEPARTMENTS {
                    let mut o: Vec<Attr<'_>> = vec![("value", code)];
                    if *code == current {
                        o.push(("selected", ""));
                    }
                    h.el("option", &o, &department_label(code));
                }
            });
        }),
        Field::JobSeekerMonths => frame(h, field, as_of, false, locked, |h| {
            let text = s.draft("tr-q-job_seeker_months").map(str::to_owned).or_else(|| a.job_seeker_months.map(|m| m.to_string())).unwrap_or_default();
            let invalid = if s.error("job_seeker_months").is_some() { "true" } else { "false" };
            let mut attrs: Vec<Attr<'_>> = vec![
                ("type", "text"), ("inputmode", "numeric"), ("id", "tr-q-job_seeker_months"), ("name", "job_seeker_months"),
                ("class", "tr-input tr-input-4"), ("size", "4"), ("maxlength", "4"), ("value", &text),
                ("aria-describedby", "tr-q-job_seeker_months-help tr-job_seeker_months-error"), ("aria-invalid", invalid),
                ("data-error-for", "job_seeker_months"),
            ];
            if locked {
                attrs.push(("disabled", ""));
            }
            h.open("input", &attrs);
            error_slot(h, s, "job_seeker_months");
            dont_know(h, s, field, locked);
        }),
        Field::Employed | Field::Registered | Field::Rqth | Field::HadPass => {
            frame(h, field, as_of, true, locked, |h| radios(h, s, field, &yes_no(), true, locked))
        }
        Field::Justice => frame(h, field, as_of, true, locked, |h| {
            let mut options: Vec<Offer<'_>> = JUSTICE_OPTIONS
                .iter()
                .map(|j| (j.code(), code_label("justice.", j.code()), proof_note("justice.help.", j.code(), Criterion::DetentionMj, as_of)))
                .collect();
            options.push(("", t("answer.skip").to_owned(), None));
            radios(h, s, field, &options, false, locked);
        }),
        Field::Referent => frame(h, field, as_of, true, locked, |h| {
            let mut options: Vec<Offer<'_>> = REFERENT_OPTIONS.iter().map(|r| (r.code(), code_label("referent.", r.code()), None)).collect();
            options.push(("", t("answer.unknown").to_owned(), None));
            radios(h, s, field, &options, false, locked);
        }),
        Field::Benefits => frame(h, field, as_of, true, locked, |h| {
            let options: Vec<Offer<'_>> = benefit_options().iter().map(|b| (b.code(), code_label("benefit.", b.code()), None)).collect();
            checkboxes(h, s, field, &options, t("q.benefits.none"), locked);
        }),
        Field::Criteria => criteria_question(h, s, as_of, locked, false),
    }
    if when.is_some() {
        h.close("div");
    }
}

/// The note under a choice (`prefix` + `code`), with the age its proof may have filled in
/// from the proof table in force (`{months}`).
fn proof_note(prefix: &str, code: &str, criterion: Criterion, as_of: NaiveDate) -> Option<String> {
    let template = crate::i18n::lookup2(prefix, code)?;
    let months = params::PROOFS.at(as_of).ok().and_then(|table| {
        table.0.iter().find(|r| r.criterion == criterion).and_then(|r| match r.validity {
            params::Validity::Months(m) => Some(m.to_string()),
            _ => None,
        })
    });
    Some(fill(template, &[("months", months.as_deref().unwrap_or(""))]))
}

/// The life step's situations. `routing_only`: eligibility is already settled, so only the
/// situations that change who can help (routing.md O2 ASE → département, O3 homelessness →
/// CCAS) are asked, worded as that.
pub fn criteria_question(h: &mut Html, s: &FormState, as_of: NaiveDate, locked: bool, routing_only: bool) {
    let field = Field::Criteria;
    let list: &[Criterion] = if routing_only { ROUTING_CRITERIA } else { LIFE_CRITERIA };
    let options: Vec<Offer<'_>> = list
        .iter()
        .map(|c| (c.code(), code_label("situation.", c.code()), proof_note("situation.help.", c.code(), *c, as_of)))
        .collect();
    let inner = |h: &mut Html| checkboxes(h, s, field, &options, t("q.criteria.none"), locked);
    if routing_only {
        frame_words(h, field, t("q.criteria.routing_label"), Some(t("q.criteria.routing_help").to_owned()), true, locked, inner);
    } else {
        frame(h, field, as_of, true, locked, inner);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn ev<'a>(name: &'a str, value: &'a str, checked: bool) -> Event<'a> {
        Event { name, value, checked, parts: None }
    }

    #[test]
    fn a_date_in_three_boxes_is_read_when_complete_and_explained_when_wrong() {
        let mut s = FormState::default();
        let date = |s: &mut FormState, parts| apply(s, Event { name: "birth_date", value: "", checked: false, parts: Some(parts) }, today());
        date(&mut s, ["14", "3", "19"]);
        assert_eq!((s.answers.birth_date, s.error("birth_date")), (None, None));
        date(&mut s, ["30", "2", "1999"]);
        assert_eq!(s.error("birth_date"), Some("date.invalid"));
        date(&mut s, ["14", "3", "2030"]);
        assert_eq!(s.error("birth_date"), Some("date.future"));
        date(&mut s, ["14", "3", "1999"]);
        assert_eq!(s.answers.birth_date, NaiveDate::from_ymd_opt(1999, 3, 14));
        assert!(s.errors.is_empty());
    }

    #[test]
    fn none_of_these_and_dont_know_exclude_the_other_boxes() {
        let mut s = FormState::default();
        apply(&mut s, ev("benefits", "RSA", true), today());
        assert_eq!(s.answers.benefits, Some(vec![Benefit::Rsa]));
        assert_eq!(is_checked(&s, "benefits", "RSA"), Some(true));
        apply(&mut s, ev("benefits", "__none", true), today());
        assert_eq!(s.answers.benefits, Some(vec![]));
        assert_eq!(is_checked(&s, "benefits", "RSA"), Some(false));
        apply(&mut s, ev("benefits", "__unknown", true), today());
        assert_eq!(s.answers.benefits, None);
        assert_eq!(is_checked(&s, "benefits", "__unknown"), Some(true));
        assert_eq!(is_checked(&s, "benefits", "__none"), Some(false));
    }

    #[test]
    fn hours_accept_a_french_comma_and_keep_bad_text_as_an_error() {
        let mut s = FormState::default();
        let out = apply(&mut s, ev("c-hours", "26,5", false), today());
        assert_eq!(s.answers.contract.weekly_hours, Decimal::new(265, 1));
        assert_eq!(out.mirror, Some(("tr-c-hours-range", "26.5".to_owned())));
        apply(&mut s, ev("c-hours", "abc", false), today());
        assert_eq!(s.answers.contract.weekly_hours, Decimal::new(265, 1));
        assert!(s.contract_invalid());
        apply(&mut s, ev("c-hours", "18", false), today());
        assert!(!s.contract_invalid());
        assert!(shown(&s, "below-min-hours", today()));
    }

    #[test]
    fn a_rate_is_read_with_a_comma_a_euro_sign_or_spaces() {
        for (text, cents) in [("12,50 €", 1250), ("12 €", 1200), ("12.5", 1250), ("  12,5  ", 1250), ("€ 13", 1300), ("12,50\u{a0}€", 1250), ("12,50 euros", 1250)] {
            let mut s = FormState { custom_rate: true, ..FormState::default() };
            apply(&mut s, ev("c-rate", text, false), today());
            assert_eq!(s.answers.contract.hourly_rate, Some(Decimal::new(cents, 2)), "{text:?}");
            assert!(!s.contract_invalid(), "{text:?}");
        }
        for text in ["12 5", "douze", "12,505", "", "0", "-12"] {
            assert_eq!(typed_decimal(text).filter(|r| *r > Decimal::ZERO), None, "{text:?}");
        }
        assert_eq!(typed_decimal("1 386,93 €"), Some(Decimal::new(138693, 2)));
    }

    #[test]
    fn an_unreadable_rate_or_hours_field_leaves_no_figure_to_show() {
        // Contract error slots are what the results region hides every figure on.
        let mut s = FormState { custom_rate: true, ..FormState::default() };
        apply(&mut s, ev("c-rate", "13", false), today());
        apply(&mut s, ev("c-rate", "13,x", false), today());
        assert_eq!(s.contract_errors(), ["c-rate"]);
        assert_eq!(s.draft("tr-c-rate"), Some("13,x"));
        apply(&mut s, ev("c-hours", "", false), today());
        assert_eq!(s.contract_errors(), ["c-hours", "c-rate"]);
        apply(&mut s, ev("c-rate-mode", "smic", true), today());
        apply(&mut s, ev("c-hours", "24", false), today());
        assert!(!s.contract_invalid());
        assert_eq!((s.draft("tr-c-rate"), s.draft("tr-c-hours")), (None, None));
    }

    #[test]
    fn a_rate_above_three_times_the_smic_asks_about_a_monthly_amount_and_is_not_used() {
        let start = crate::answers::first_day_of_next_month(today());
        let smic = params::SMIC_HOURLY.at(start).unwrap().0;
        let mut s = FormState { custom_rate: true, ..FormState::default() };
        let three = crate::i18n::format::short(smic * Decimal::from(3));
        apply(&mut s, ev("c-rate", &three, false), today());
        assert_eq!(s.answers.contract.hourly_rate, Some(smic * Decimal::from(3)));
        apply(&mut s, ev("c-rate", "1 400 €", false), today());
        assert_eq!(s.error("c-rate"), Some("contract.rate_monthly"));
        assert!(s.contract_invalid());
        let above = crate::i18n::format::short(smic * Decimal::from(3) + Decimal::new(1, 2));
        apply(&mut s, ev("c-rate", &above, false), today());
        assert_eq!(s.error("c-rate"), Some("contract.rate_monthly"));
        // Switching to a custom rate with a monthly amount already in the box is refused too.
        let mut s = FormState::default();
        apply(&mut s, Event { name: "c-rate-mode", value: "custom", checked: true, parts: Some(["1500", "", ""]) }, today());
        assert_eq!((s.answers.contract.hourly_rate, s.error("c-rate")), (None, Some("contract.rate_monthly")));
    }

    #[test]
    fn a_two_digit_birth_year_gets_a_message_and_keeps_what_was_typed() {
        let mut s = FormState::default();
        s.answers.department = Some("59".into());
        let date = |s: &mut FormState, parts| apply(s, Event { name: "birth_date", value: "", checked: false, parts: Some(parts) }, today());
        date(&mut s, ["4", "5", "97"]);
        assert_eq!((s.answers.birth_date, s.error("birth_date")), (None, Some("date.year_digits")));
        assert_eq!(s.draft("tr-q-birth_date-year"), Some("97"));
        assert_eq!(s.answers.department.as_deref(), Some("59"), "nothing else is lost");
        assert!(!s.dont_know.contains(&Field::BirthDate), "not turned into 'Je ne sais pas'");
        // The box drawn again shows "97" and the message, not an empty field.
        let mut h = Html::new();
        question(&mut h, &s, Field::BirthDate, today(), false);
        let html = h.finish();
        assert!(html.contains(r#"id="tr-q-birth_date-year""#) && html.contains(r#"value="97""#), "{html}");
        assert!(html.contains("4 chiffres"));
        // A year still being typed ("19", "199") waits; the full year is read.
        date(&mut s, ["4", "5", "19"]);
        assert_eq!(s.error("birth_date"), None);
        date(&mut s, ["4", "5", "1997"]);
        assert_eq!((s.answers.birth_date, s.error("birth_date")), (NaiveDate::from_ymd_opt(1997, 5, 4), None));
        assert!(s.drafts.is_empty());
    }

    #[test]
    fn a_birth_year_such_as_1890_is_refused_with_a_message() {
        let mut s = FormState::default();
        let date = |s: &mut FormState, parts| apply(s, Event { name: "birth_date", value: "", checked: false, parts: Some(parts) }, today());
        date(&mut s, ["1", "1", "1890"]);
        assert_eq!((s.answers.birth_date, s.error("birth_date")), (None, Some("date.birth_too_old")));
        date(&mut s, ["1", "1", "1926"]);
        assert_eq!((s.answers.birth_date, s.error("birth_date")), (NaiveDate::from_ymd_opt(1926, 1, 1), None));
    }

    #[test]
    fn the_contract_follows_the_hiring_date_until_it_is_given_a_start_of_its_own() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let mut s = FormState::default();
        let out = apply(&mut s, ev("as_of", "2027-02-01", false), today());
        assert_eq!(s.answers.contract_start(today()), d(2027, 2, 1));
        assert_eq!(out.mirror, Some(("tr-c-start", "2027-02-01".to_owned())));
        apply(&mut s, ev("c-start", "2027-03-01", false), today());
        assert_eq!((s.answers.as_of(today()), s.answers.start_differs(today())), (d(2027, 3, 1), true));
        // The hiring date moved onto the contract's start: one date again.
        let out = apply(&mut s, ev("as_of", "2027-03-01", false), today());
        assert_eq!((s.answers.contract.start, s.answers.start_differs(today())), (None, false));
        assert_eq!(out.mirror, Some(("tr-c-start", "2027-03-01".to_owned())));
    }

    #[test]
    fn an_emptied_contract_start_is_an_error_not_the_default() {
        let mut s = FormState::default();
        apply(&mut s, ev("c-start", "2027-03-01", false), today());
        apply(&mut s, ev("c-start", "", false), today());
        assert_eq!(s.contract_errors(), ["c-start"]);
        assert_eq!(s.answers.contract.start, NaiveDate::from_ymd_opt(2027, 3, 1));
        apply(&mut s, ev("c-start", "2027-04-01", false), today());
        assert!(!s.contract_invalid());
    }

    #[test]
    fn job_seeker_months_age_when_the_hiring_date_moves() {
        let mut s = FormState::default();
        s.answers.registered = Some(true);
        apply(&mut s, ev("job_seeker_months", "10", false), today());
        apply(&mut s, ev("as_of", "2027-02-23", false), today());
        assert_eq!(s.answers.job_seeker_months, Some(13));
        apply(&mut s, ev("as_of", "2027-01-10", false), today());
        assert_eq!(s.answers.job_seeker_months, Some(11), "counted from the date they were typed at, no drift");
        apply(&mut s, ev("as_of", "2026-11-23", false), today());
        assert_eq!(s.answers.job_seeker_months, Some(10));
        // Months read from a link are counted at the link's date.
        let mut s = FormState::new(crate::answers::Answers { job_seeker_months: Some(23), ..Default::default() });
        apply(&mut s, ev("c-start", "2027-01-01", false), today());
        assert_eq!(s.answers.job_seeker_months, Some(24));
    }

    #[test]
    fn the_situations_say_what_each_criterion_needs_and_how_it_is_proved() {
        let s = FormState::default();
        let mut h = Html::new();
        question(&mut h, &s, Field::Criteria, today(), false);
        let html = h.finish();
        // ASE: leaving care recently, proved by an attestation under 12 months (eligibility.md §3).
        assert!(html.contains("Je sors de l’aide sociale à l’enfance (ASE)"), "{html}");
        assert!(html.contains("datée de moins de 12 mois"));
        assert!(!html.contains("quand j’étais jeune"));
        // Mobility: a prescriber's diagnosis, nothing to bring.
        assert!(html.contains("diagnostic de mobilité"));
        let mut h = Html::new();
        question(&mut h, &s, Field::Justice, today(), false);
        assert!(h.finish().contains("datés de moins de 6 mois"), "released: a document under 6 months");
    }

    #[test]
    fn once_eligibility_is_settled_the_situations_are_asked_for_who_can_help() {
        let s = FormState::default();
        let mut h = Html::new();
        criteria_question(&mut h, &s, today(), false, true);
        let html = h.finish();
        assert!(html.contains("qui peut le mieux vous aider"));
        assert!(html.contains(r#"value="PSH_PR""#) && html.contains(r#"value="ASE""#));
        for other in ["PI", "QPV", "CAP_BEP", "FLE", "PM", "ZRR", "REF_DA"] {
            assert!(!html.contains(&format!(r#"value="{other}""#)), "{other}");
        }
    }

    #[test]
    fn an_answer_locked_by_the_host_does_not_change() {
        let mut s = FormState { locked: vec![Field::Department], ..FormState::default() };
        s.answers.department = Some("59".into());
        apply(&mut s, ev("department", "13", false), today());
        assert_eq!(s.answers.department.as_deref(), Some("59"));
        apply(&mut s, ev("employed", "0", true), today());
        assert_eq!(s.answers.employed, Some(false));
    }

    #[test]
    fn a_question_renders_labelled_controls() {
        let s = FormState::default();
        let mut h = Html::new();
        question(&mut h, &s, Field::Employed, today(), false);
        let html = h.finish();
        assert!(html.contains(r#"<legend class="tr-label">Aurez-vous un emploi"#));
        assert!(html.contains(r#"<input type="radio" id="tr-q-employed-0" name="employed" value="1" data-sync="">"#));
        assert!(html.contains(r#"<label for="tr-q-employed-2">Je ne sais pas</label>"#));
    }
}
