//! The questions as HTML form controls, and what an input does to the answers.
//!
//! Every control has a visible label, its help linked by `aria-describedby`, a "Je ne sais pas"
//! way out and an error slot. Inputs carry `name` (the field) and `value`; the app listens to
//! the whole page and calls [`apply`], a pure function, so what a keystroke does is tested
//! natively. Radios and checkboxes marked `data-sync` are re-checked from the answers after
//! each change ([`is_checked`]); blocks marked `data-when` show only when [`shown`] says so.

use super::html::{Attr, Html};
use super::text::key3;
use crate::answers::questions::{benefit_options, Field, JUSTICE_OPTIONS, LIFE_CRITERIA, REFERENT_OPTIONS};
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

/// A decimal as a person types it: "26", "26,5", "12.50".
pub fn typed_decimal(text: &str) -> Option<Decimal> {
    parse_decimal_2(&text.trim().replace(',', "."))
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
fn read_date(parts: [&str; 3], latest: Option<NaiveDate>) -> (Option<NaiveDate>, Option<&'static str>) {
    let [d, m, y] = parts.map(str::trim);
    if d.is_empty() && m.is_empty() && y.is_empty() {
        return (None, None);
    }
    if d.is_empty() || m.is_empty() || y.len() < 4 {
        return (None, (y.len() >= 4).then_some("date.incomplete"));
    }
    match parse_iso_date(&format!("{y:0>4}-{m:0>2}-{d:0>2}")) {
        None => (None, Some("date.invalid")),
        Some(date) if latest.is_some_and(|l| date > l) => (None, Some("date.future")),
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
        "birth_date" | "previous_pass_end" => {
            let f = if e.name == "birth_date" { Field::BirthDate } else { Field::PreviousPassEnd };
            let slot = if f == Field::BirthDate { "birth_date" } else { "previous_pass_end" };
            let (date, error) = if unknown {
                if e.checked {
                    out.clear = Some(slot);
                }
                (None, None)
            } else {
                let latest = (f == Field::BirthDate).then_some(as_of);
                read_date(e.parts.unwrap_or(["", "", ""]), latest)
            };
            set_error(s, slot, error);
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
                set_error(s, "job_seeker_months", (!text.is_empty() && parsed.is_none()).then_some("number.invalid"));
                mark(s, Field::JobSeekerMonths, false);
                s.answers.job_seeker_months = parsed;
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
        "as_of" => s.answers.as_of = parse_iso_date(e.value).filter(|d| *d != today),
        "c-start" => s.answers.contract.start = parse_iso_date(e.value),
        "c-months" => {
            let parsed = e.value.trim().parse::<u32>().ok().filter(|m| (1..=MAX_CONTRACT_MONTHS).contains(m));
            set_error(s, "c-months", parsed.is_none().then_some("contract.invalid_months"));
            if let Some(m) = parsed {
                s.answers.contract.months = m;
            }
        }
        "c-hours" | "c-hours-range" => {
            let parsed = typed_decimal(e.value).filter(|h| *h > Decimal::ZERO && *h <= Decimal::from(MAX_WEEKLY_HOURS));
            set_error(s, "c-hours", parsed.is_none().then_some("contract.invalid_hours"));
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
            } else {
                let parsed = e.parts.and_then(|[text, _, _]| rate(text));
                set_error(s, "c-rate", parsed.is_none().then_some("contract.invalid_amount"));
                s.answers.contract.hourly_rate = parsed;
            }
        }
        "c-rate" => {
            let parsed = rate(e.value);
            set_error(s, "c-rate", parsed.is_none().then_some("contract.invalid_amount"));
            if let Some(r) = parsed {
                s.answers.contract.hourly_rate = Some(r);
            }
        }
        "c-extension" => s.answers.contract.extension = Extension::from_code(e.value),
        "c-employer" => s.answers.contract.employer = Employer::from_code(e.value).unwrap_or(Employer::Private),
        _ => {}
    }
    out
}

fn rate(text: &str) -> Option<Decimal> {
    typed_decimal(text).filter(|r| *r > Decimal::ZERO && *r <= Decimal::from(MAX_HOURLY_RATE))
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
    let id = field.id();
    let help_text = help(field, as_of);
    let help_id = format!("tr-q-{id}-help");
    let testid = format!("q-{id}");
    let mut attrs: Vec<Attr<'_>> = vec![("class", "tr-field"), ("data-testid", &testid)];
    if group && help_text.is_some() {
        attrs.push(("aria-describedby", &help_id));
    }
    let control_id = format!("tr-q-{id}");
    h.wrap(if group { "fieldset" } else { "div" }, &attrs, |h| {
        if group {
            h.el("legend", &[("class", "tr-label")], label(field));
        } else {
            h.el("label", &[("class", "tr-label"), ("for", &control_id)], label(field));
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

fn radios(h: &mut Html, s: &FormState, field: Field, options: &[(&str, String)], inline: bool, locked: bool) {
    let name = field.id();
    h.wrap("div", &[("class", if inline { "tr-options tr-options-inline" } else { "tr-options" })], |h| {
        for (i, (value, words)) in options.iter().enumerate() {
            let id = format!("tr-q-{name}-{i}");
            let checked = is_checked(s, name, value).unwrap_or(false);
            choice(h, "radio", name, &id, value, words, None, checked, locked, "tr-option");
        }
    });
}

fn checkboxes(h: &mut Html, s: &FormState, field: Field, options: &[(&'static str, String, Option<&'static str>)], none: &str, locked: bool) {
    let name = field.id();
    h.wrap("div", &[("class", "tr-options")], |h| {
        for (code, words, note) in options {
            let id = format!("tr-q-{name}-{code}");
            choice(h, "checkbox", name, &id, code, words, *note, is_checked(s, name, code).unwrap_or(false), locked, "tr-option");
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
            let text = text.unwrap_or_default();
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
        vec![("1", t("answer.yes").to_owned()), ("0", t("answer.no").to_owned()), ("", t("answer.unknown").to_owned())]
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
            let text = a.job_seeker_months.map(|m| m.to_string()).unwrap_or_default();
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
            let mut options: Vec<(&str, String)> = JUSTICE_OPTIONS.iter().map(|j| (j.code(), code_label("justice.", j.code()))).collect();
            options.push(("", t("answer.skip").to_owned()));
            radios(h, s, field, &options, false, locked);
        }),
        Field::Referent => frame(h, field, as_of, true, locked, |h| {
            let mut options: Vec<(&str, String)> = REFERENT_OPTIONS.iter().map(|r| (r.code(), code_label("referent.", r.code()))).collect();
            options.push(("", t("answer.unknown").to_owned()));
            radios(h, s, field, &options, false, locked);
        }),
        Field::Benefits => frame(h, field, as_of, true, locked, |h| {
            let options: Vec<_> = benefit_options().iter().map(|b| (b.code(), code_label("benefit.", b.code()), None)).collect();
            checkboxes(h, s, field, &options, t("q.benefits.none"), locked);
        }),
        Field::Criteria => frame(h, field, as_of, true, locked, |h| {
            let options: Vec<_> = LIFE_CRITERIA
                .iter()
                .map(|c| (c.code(), code_label("situation.", c.code()), crate::i18n::lookup2("situation.help.", c.code())))
                .collect();
            checkboxes(h, s, field, &options, t("q.criteria.none"), locked);
        }),
    }
    if when.is_some() {
        h.close("div");
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
