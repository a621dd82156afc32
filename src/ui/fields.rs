//! The form controls, generic and labelled: radio groups, checkbox lists, dates in three
//! boxes (day, month, year: easier than a calendar for a birth date), numbers, the
//! département list. Every control has a visible label, its help text linked by
//! `aria-describedby`, a "Je ne sais pas" way out, and errors announced next to it.

use super::state::ctx;
use crate::answers::questions::{code_label, department_label, Field, JUSTICE_OPTIONS, LIFE_CRITERIA, REFERENT_OPTIONS};
use crate::answers::Answers;
use crate::i18n::{lookup, t, tf};
use crate::rules::calendar::parse_iso_date;
use crate::rules::codes::{Benefit, Criterion, CriteriaSet, Justice, Referent};
use crate::rules::input::DEPARTMENTS;
use crate::rules::params;
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

/// Reads and writes one answer of type `T`.
type Accessors<T> = (fn(&Answers) -> Option<T>, fn(&mut Answers, Option<T>));

/// A choice: its code (`None` for "Je ne sais pas") and its words.
type Choice = (Option<&'static str>, String);

fn label_of(field: Field) -> String {
    lookup(&format!("q.{}.label", field.id())).unwrap_or(field.id()).to_owned()
}

/// The help text, with the legal thresholds filled from the rules in force.
fn help_of(field: Field, as_of: NaiveDate) -> Option<String> {
    let template = lookup(&format!("q.{}.help", field.id()))?;
    let age = |tl: &params::Timeline<params::Years>| tl.at(as_of).map(|y| y.0.to_string()).unwrap_or_default();
    Some(crate::i18n::fill(
        template,
        &[("jeune", &age(&params::JEUNE_BELOW_AGE)), ("senior", &age(&params::SENIOR_FROM_AGE))],
    ))
}

fn yes_no_choices(unknown: &'static str) -> Vec<Choice> {
    vec![(Some("1"), t("answer.yes").to_owned()), (Some("0"), t("answer.no").to_owned()), (None, t(unknown).to_owned())]
}

fn bool_code(b: Option<bool>) -> Option<&'static str> {
    b.map(|b| if b { "1" } else { "0" })
}

fn code_bool(c: Option<&str>) -> Option<bool> {
    c.map(|c| c == "1")
}

/// One question of the journey or of the advisor page.
#[component]
pub fn QuestionField(field: Field) -> impl IntoView {
    let ctx = ctx();
    let applies = move || ctx.answers.with(|a| field.applies(a));
    let control = move || {
        // Rebuilt when the answers are replaced whole, so local text matches them.
        ctx.generation.track();
        match field {
            Field::BirthDate => view! { <DateParts field=field future_allowed=false /> }.into_any(),
            Field::PreviousPassEnd => view! { <DateParts field=field future_allowed=true /> }.into_any(),
            Field::Department => view! { <DepartmentSelect /> }.into_any(),
            Field::JobSeekerMonths => view! { <MonthsField field=field /> }.into_any(),
            Field::Benefits => benefits().into_any(),
            Field::Criteria => criteria().into_any(),
            Field::Employed | Field::Registered | Field::Rqth | Field::HadPass => yes_no(field).into_any(),
            Field::Justice => choice(
                field,
                JUSTICE_OPTIONS.iter().map(|j| (Some(j.code()), code_label("justice", j.code()))).collect(),
                "answer.skip",
                |a| a.justice.map(Justice::code),
                |a, c| a.justice = c.and_then(Justice::from_code),
            )
            .into_any(),
            Field::Referent => choice(
                field,
                REFERENT_OPTIONS.iter().map(|r| (Some(r.code()), code_label("referent", r.code()))).collect(),
                "answer.unknown",
                |a| a.referent.map(Referent::code),
                |a, c| a.referent = c.and_then(Referent::from_code),
            )
            .into_any(),
        }
    };
    view! { <Show when=applies>{control}</Show> }
}

fn yes_no(field: Field) -> impl IntoView {
    let (get, set): Accessors<bool> = match field {
        Field::Employed => (|a| a.employed, |a, v| a.employed = v),
        Field::Registered => (|a| a.registered, |a, v| a.registered = v),
        Field::Rqth => (|a| a.rqth, |a, v| a.rqth = v),
        _ => (|a| a.had_pass, |a, v| a.had_pass = v),
    };
    let ctx = ctx();
    view! {
        <Radios
            field=field
            choices=yes_no_choices("answer.unknown")
            current=Signal::derive(move || ctx.answers.with(|a| bool_code(get(a))))
            pick=Callback::new(move |c: Option<&'static str>| ctx.set(|a| set(a, code_bool(c))))
            inline=true
        />
    }
}

fn choice(
    field: Field,
    mut choices: Vec<Choice>,
    unknown: &'static str,
    get: fn(&Answers) -> Option<&'static str>,
    set: fn(&mut Answers, Option<&str>),
) -> impl IntoView {
    let ctx = ctx();
    choices.push((None, t(unknown).to_owned()));
    view! {
        <Radios
            field=field
            choices=choices
            current=Signal::derive(move || ctx.answers.with(get))
            pick=Callback::new(move |c: Option<&'static str>| ctx.set(|a| set(a, c)))
            inline=false
        />
    }
}

/// A labelled group of radio buttons; the `None` choice is "Je ne sais pas".
#[component]
fn Radios(
    field: Field,
    choices: Vec<Choice>,
    current: Signal<Option<&'static str>>,
    pick: Callback<Option<&'static str>>,
    inline: bool,
) -> impl IntoView {
    let ctx = ctx();
    let id = field.id();
    let help = help_of(field, ctx.as_of());
    let help_id = format!("tr-q-{id}-help");
    let described = help.as_ref().map(|_| help_id.clone());
    let name = format!("tr-q-{id}");
    let options = choices
        .into_iter()
        .enumerate()
        .map(|(i, (code, words))| {
            let input_id = format!("tr-q-{id}-{i}");
            let checked = move || match code {
                Some(_) => current.get() == code,
                None => current.get().is_none() && ctx.dont_know.with(|s| s.contains(&field)),
            };
            let on_change = move |_| {
                pick.run(code);
                ctx.mark_dont_know(field, code.is_none());
            };
            view! {
                <div class="tr-option">
                    <input type="radio" id=input_id.clone() name=name.clone() prop:checked=checked on:change=on_change />
                    <label for=input_id>{words}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="tr-field" aria-describedby=described data-testid=format!("q-{id}")>
            <legend class="tr-label">{label_of(field)}</legend>
            {help.map(|h| view! { <p class="tr-help" id=help_id>{h}</p> })}
            <div class=if inline { "tr-options tr-options-inline" } else { "tr-options" }>{options}</div>
        </fieldset>
    }
}

fn benefits() -> impl IntoView {
    let ctx = ctx();
    let choices: Vec<(&'static str, String, Option<String>)> =
        Benefit::ALL.iter().map(|b| (b.code(), code_label("benefit", b.code()), None)).collect();
    view! {
        <Checkboxes
            field=Field::Benefits
            choices=choices
            none_label=t("q.benefits.none")
            current=Signal::derive(move || ctx.answers.with(|a| a.benefits.as_ref().map(|v| v.iter().map(|b| b.code()).collect())))
            set=Callback::new(move |v: Option<Vec<&'static str>>| {
                ctx.set(|a| a.benefits = v.map(|codes| codes.into_iter().filter_map(Benefit::from_code).collect()))
            })
        />
    }
}

fn criteria() -> impl IntoView {
    let ctx = ctx();
    let choices: Vec<(&'static str, String, Option<String>)> = LIFE_CRITERIA
        .iter()
        .map(|c| (c.code(), code_label("situation", c.code()), lookup(&format!("situation.help.{}", c.code())).map(str::to_owned)))
        .collect();
    view! {
        <Checkboxes
            field=Field::Criteria
            choices=choices
            none_label=t("q.criteria.none")
            current=Signal::derive(move || ctx.answers.with(|a| a.criteria.map(|c| c.iter().filter(|x| LIFE_CRITERIA.contains(x)).map(Criterion::code).collect())))
            set=Callback::new(move |v: Option<Vec<&'static str>>| {
                ctx.set(|a| {
                    // Keep a declared criterion this step does not ask (DETENTION_MJ from a link).
                    let kept = a.criteria.map(|c| c.iter().filter(|x| !LIFE_CRITERIA.contains(x)).collect::<Vec<_>>()).unwrap_or_default();
                    a.criteria = v.map(|codes| codes.into_iter().filter_map(Criterion::from_code).chain(kept).collect::<CriteriaSet>());
                })
            })
        />
    }
}

/// A list of checkboxes plus "none of these" and "Je ne sais pas", each exclusive of the rest.
#[component]
fn Checkboxes(
    field: Field,
    choices: Vec<(&'static str, String, Option<String>)>,
    none_label: &'static str,
    current: Signal<Option<Vec<&'static str>>>,
    set: Callback<Option<Vec<&'static str>>>,
) -> impl IntoView {
    let ctx = ctx();
    let id = field.id();
    let help = help_of(field, ctx.as_of());
    let help_id = format!("tr-q-{id}-help");
    let described = help.as_ref().map(|_| help_id.clone());
    let toggle = move |code: &'static str, on: bool| {
        let mut list = current.get().unwrap_or_default();
        list.retain(|c| *c != code);
        if on {
            list.push(code);
        }
        ctx.mark_dont_know(field, false);
        set.run(if list.is_empty() { None } else { Some(list) });
    };
    let options = choices
        .into_iter()
        .map(|(code, words, help)| {
            let input_id = format!("tr-q-{id}-{code}");
            let checked = move || current.with(|c| c.as_ref().is_some_and(|l| l.contains(&code)));
            view! {
                <div class="tr-option">
                    <input type="checkbox" id=input_id.clone() prop:checked=checked
                        on:change:target=move |ev| toggle(code, ev.target().checked()) />
                    <label for=input_id>{words}{help.map(|h| view! { <span class="tr-option-help">{h}</span> })}</label>
                </div>
            }
        })
        .collect_view();
    let none_id = format!("tr-q-{id}-none");
    let unknown_id = format!("tr-q-{id}-unknown");
    let none_checked = move || current.with(|c| c.as_ref().is_some_and(Vec::is_empty));
    let unknown_checked = move || current.with(Option::is_none) && ctx.dont_know.with(|s| s.contains(&field));
    view! {
        <fieldset class="tr-field" aria-describedby=described data-testid=format!("q-{id}")>
            <legend class="tr-label">{label_of(field)}</legend>
            {help.map(|h| view! { <p class="tr-help" id=help_id>{h}</p> })}
            <div class="tr-options">
                {options}
                <div class="tr-option tr-option-exclusive">
                    <input type="checkbox" id=none_id.clone() prop:checked=none_checked
                        on:change:target=move |ev| {
                            ctx.mark_dont_know(field, false);
                            set.run(if ev.target().checked() { Some(Vec::new()) } else { None });
                        } />
                    <label for=none_id>{none_label}</label>
                </div>
                <div class="tr-option tr-option-exclusive">
                    <input type="checkbox" id=unknown_id.clone() prop:checked=unknown_checked
                        on:change:target=move |ev| {
                            let on = ev.target().checked();
                            ctx.mark_dont_know(field, on);
                            if on {
                                set.run(None);
                            }
                        } />
                    <label for=unknown_id>{t("answer.unknown")}</label>
                </div>
            </div>
        </fieldset>
    }
}

/// A date in three boxes. `future_allowed`: whether a date after the simulation date is
/// acceptable (a PASS IAE still running is; a birth date is not).
#[component]
fn DateParts(field: Field, future_allowed: bool) -> impl IntoView {
    let ctx = ctx();
    let (get, set): Accessors<NaiveDate> = match field {
        Field::BirthDate => (|a| a.birth_date, |a, v| a.birth_date = v),
        _ => (|a| a.previous_pass_end, |a, v| a.previous_pass_end = v),
    };
    let initial = ctx.answers.with_untracked(get);
    let day = RwSignal::new(initial.map(|d| d.day().to_string()).unwrap_or_default());
    let month = RwSignal::new(initial.map(|d| d.month().to_string()).unwrap_or_default());
    let year = RwSignal::new(initial.map(|d| d.year().to_string()).unwrap_or_default());
    let error = RwSignal::new(None::<&'static str>);
    let update = move || {
        let (d, m, y) = (day.get_untracked(), month.get_untracked(), year.get_untracked());
        let (d, m, y) = (d.trim(), m.trim(), y.trim());
        let (value, problem) = if d.is_empty() && m.is_empty() && y.is_empty() {
            (None, None)
        } else if d.is_empty() || m.is_empty() || y.len() < 4 {
            (None, (y.len() >= 4).then_some("date.incomplete"))
        } else {
            match parse_iso_date(&format!("{y:0>4}-{m:0>2}-{d:0>2}")) {
                None => (None, Some("date.invalid")),
                Some(date) if !future_allowed && date > ctx.as_of() => (None, Some("date.future")),
                Some(date) => (Some(date), None),
            }
        };
        error.set(problem);
        ctx.mark_dont_know(field, false);
        ctx.set(|a| set(a, value));
    };
    let id = field.id();
    let help = help_of(field, ctx.as_of());
    let help_id = format!("tr-q-{id}-help");
    let error_id = format!("tr-q-{id}-error");
    let described = move || {
        let mut ids = vec![format!("tr-q-{id}-help"), format!("tr-q-{id}-hint")];
        if error.get().is_some() {
            ids.push(format!("tr-q-{id}-error"));
        }
        ids.join(" ")
    };
    let part = move |suffix: &'static str, words: &'static str, signal: RwSignal<String>, size: u32| {
        let input_id = format!("tr-q-{id}-{suffix}");
        view! {
            <div class="tr-date-part">
                <label for=input_id.clone()>{t(words)}</label>
                <input type="text" inputmode="numeric" id=input_id maxlength=size size=size
                    class=if size == 4 { "tr-input tr-input-year" } else { "tr-input tr-input-2" }
                    autocomplete=if field == Field::BirthDate { match suffix { "day" => "bday-day", "month" => "bday-month", _ => "bday-year" } } else { "off" }
                    aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                    aria-describedby=described
                    prop:value=move || signal.get()
                    on:input:target=move |ev| { signal.set(ev.target().value()); update(); } />
            </div>
        }
    };
    view! {
        <fieldset class="tr-field" data-testid=format!("q-{id}")>
            <legend class="tr-label">{label_of(field)}</legend>
            {help.map(|h| view! { <p class="tr-help" id=help_id>{h}</p> })}
            <p class="tr-hint" id=format!("tr-q-{id}-hint")>{t("date.hint")}</p>
            <div class="tr-date">
                {part("day", "date.day", day, 2)}
                {part("month", "date.month", month, 2)}
                {part("year", "date.year", year, 4)}
            </div>
            <p class="tr-error" id=error_id role="alert">{move || error.get().map(t)}</p>
            {(field == Field::PreviousPassEnd).then(|| view! { <DontKnow field=field clear=Callback::new(move |()| { day.set(String::new()); month.set(String::new()); year.set(String::new()); update(); ctx.mark_dont_know(field, true); }) /> })}
        </fieldset>
    }
}

/// A "Je ne sais pas" checkbox for a free-entry field.
#[component]
fn DontKnow(field: Field, clear: Callback<()>) -> impl IntoView {
    let ctx = ctx();
    let input_id = format!("tr-q-{}-dontknow", field.id());
    view! {
        <div class="tr-option tr-option-exclusive">
            <input type="checkbox" id=input_id.clone()
                prop:checked=move || ctx.dont_know.with(|s| s.contains(&field))
                on:change:target=move |ev| if ev.target().checked() { clear.run(()) } else { ctx.mark_dont_know(field, false) } />
            <label for=input_id>{t("answer.unknown")}</label>
        </div>
    }
}

#[component]
fn MonthsField(field: Field) -> impl IntoView {
    let ctx = ctx();
    let initial = ctx.answers.with_untracked(|a| a.job_seeker_months).map(|m| m.to_string()).unwrap_or_default();
    let text = RwSignal::new(initial);
    let error = RwSignal::new(false);
    let id = field.id();
    let input_id = format!("tr-q-{id}");
    let help = help_of(field, ctx.as_of());
    let on_input = move |value: String| {
        text.set(value.clone());
        let trimmed = value.trim();
        let parsed = trimmed.parse::<u32>().ok().filter(|m| *m <= 1200);
        error.set(!trimmed.is_empty() && parsed.is_none());
        ctx.mark_dont_know(field, false);
        ctx.set(|a| a.job_seeker_months = parsed);
    };
    view! {
        <div class="tr-field" data-testid=format!("q-{id}")>
            <label class="tr-label" for=input_id.clone()>{label_of(field)}</label>
            {help.map(|h| view! { <p class="tr-help" id=format!("tr-q-{id}-help")>{h}</p> })}
            <input type="text" inputmode="numeric" class="tr-input tr-input-4" id=input_id size=4 maxlength=4
                aria-describedby=format!("tr-q-{id}-help tr-q-{id}-error")
                aria-invalid=move || if error.get() { "true" } else { "false" }
                prop:value=move || text.get()
                on:input:target=move |ev| on_input(ev.target().value()) />
            <p class="tr-error" id=format!("tr-q-{id}-error") role="alert">{move || error.get().then(|| t("number.invalid"))}</p>
            <DontKnow field=field clear=Callback::new(move |()| { on_input(String::new()); ctx.mark_dont_know(field, true); }) />
        </div>
    }
}

#[component]
fn DepartmentSelect() -> impl IntoView {
    let ctx = ctx();
    let field = Field::Department;
    let help = help_of(field, ctx.as_of());
    let current = move || ctx.answers.with(|a| a.department.clone().unwrap_or_default());
    view! {
        <div class="tr-field" data-testid="q-department">
            <label class="tr-label" for="tr-q-department">{label_of(field)}</label>
            {help.map(|h| view! { <p class="tr-help" id="tr-q-department-help">{h}</p> })}
            <select id="tr-q-department" class="tr-select" aria-describedby="tr-q-department-help" autocomplete="off"
                prop:value=current
                on:change:target=move |ev| {
                    let v = ev.target().value();
                    ctx.set(|a| a.department = (!v.is_empty()).then_some(v));
                }>
                <option value="">{t("q.department.choose")}</option>
                {DEPARTMENTS
                    .iter()
                    .map(|code| view! { <option value=*code selected=move || current() == *code>{department_label(code)}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}

/// The text of a "number between {min} and {max}" error.
pub fn range_error(min: impl ToString, max: impl ToString) -> String {
    tf("contract.invalid_number", &[("min", &min.to_string()), ("max", &max.to_string())])
}
