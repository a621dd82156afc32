//! The contract simulator: start, duration, weekly hours (slider and number), hourly rate,
//! and the results updated on every change: end date, monthly hours, a typical month's gross
//! and net, the month-by-month table and chart, totals, pension quarters, and every error or
//! warning in words next to the field it concerns.

use super::chart::NetChart;
use super::legal::Refs;
use super::state::ctx;
use crate::answers::questions::long_date;
use crate::i18n::{fill, format, lookup, t, tf};
use crate::rules::calendar::{parse_iso_date, YearMonth};
use crate::rules::codes::{Employer, Extension};
use crate::rules::contract::{Contract, ContractCode, ContractIssue, ContractNotice, MonthRow};
use crate::rules::input::{MAX_CONTRACT_MONTHS, MAX_HOURLY_RATE, MAX_WEEKLY_HOURS};
use crate::rules::money::parse_decimal_2;
use crate::rules::params;
use chrono::NaiveDate;
use leptos::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeSet;

/// Which field an error or warning is shown next to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Spot {
    Months,
    Hours,
    Rate,
    Extension,
}

fn spot(code: ContractCode) -> Spot {
    match code {
        ContractCode::MinDuration | ContractCode::MaxDuration | ContractCode::ShortContractSentenceAdjustment => Spot::Months,
        ContractCode::ExtensionNotAllowed | ContractCode::ExtensionUntilTrainingEnds => Spot::Extension,
        ContractCode::MaxHours | ContractCode::MinHours | ContractCode::Under20hDerogation => Spot::Hours,
        ContractCode::BelowMinimumWage | ContractCode::AboveSocialSecurityCeiling => Spot::Rate,
    }
}

fn month_words(m: YearMonth) -> String {
    format!("{} {}", lookup(&format!("month.{}", m.month)).unwrap_or(""), m.year)
}

/// The legal limits in force on `start`, for the sentences.
struct Limits {
    min_months: u32,
    max_months: u32,
    min_hours: Decimal,
    max_hours: Decimal,
    senior_age: u32,
}

fn limits(start: NaiveDate) -> Limits {
    Limits {
        min_months: params::CDDI_MIN_MONTHS.at(start).map_or(0, |v| v.0),
        max_months: params::CDDI_MAX_MONTHS.at(start).map_or(0, |v| v.0),
        min_hours: params::CDDI_MIN_WEEKLY_HOURS.at(start).map_or(Decimal::ZERO, |v| v.0),
        max_hours: params::CDDI_MAX_WEEKLY_HOURS.at(start).map_or(Decimal::ZERO, |v| v.0),
        senior_age: params::CDDI_SENIOR_EXTENSION_AGE.at(start).map_or(0, |v| v.0),
    }
}

fn issue_text(i: &ContractIssue, l: &Limits) -> String {
    let kind = if i.code.is_error() { "error" } else { "warning" };
    let template = lookup(&format!("contract.{kind}.{}", i.code.code())).unwrap_or(i.code.code());
    fill(
        template,
        &[
            ("min", &if spot(i.code) == Spot::Hours { format::short(l.min_hours) } else { l.min_months.to_string() }),
            ("max", &if spot(i.code) == Spot::Hours { format::short(l.max_hours) } else { l.max_months.to_string() }),
            ("month", &i.month.map(month_words).unwrap_or_default()),
        ],
    )
}

fn notice_text(n: ContractNotice, l: &Limits, start: NaiveDate) -> String {
    let template = lookup(&format!("contract.notice.{}", n.code())).unwrap_or(n.code());
    let minor = params::MINOR_MINIMUM.at(start).ok();
    let uncertain_from = params::SMIC_HOURLY.entries.iter().rev().find(|e| e.flag.is_some()).map(|e| long_date(e.from));
    fill(
        template,
        &[
            ("checked", &long_date(params::SMIC_HOURLY.last_checked)),
            ("date", &uncertain_from.unwrap_or_default()),
            ("age", &minor.map(|m| m.second_band_below.0.to_string()).unwrap_or_default()),
            ("months", &minor.map(|m| m.practice_months.0.to_string()).unwrap_or_default()),
            ("max", &l.max_months.to_string()),
        ],
    )
}

/// The errors and warnings shown next to one field.
fn issues_at(spot_of: Spot) -> impl IntoView {
    let ctx = ctx();
    move || {
        let start = ctx.answers.with(|a| a.contract_start(ctx.today));
        let l = limits(start);
        ctx.contract.with(|c| {
            let Ok(c) = c else { return Vec::new() };
            c.errors
                .iter()
                .chain(&c.warnings)
                .filter(|i| spot(i.code) == spot_of)
                .map(|i| {
                    let class = if i.code.is_error() { "tr-error" } else { "tr-warning" };
                    view! {
                        <div class=class data-testid=format!("issue-{}", i.code.code())>
                            <p>{issue_text(i, &l)}</p>
                            <Refs refs=i.code.refs() />
                        </div>
                    }
                })
                .collect::<Vec<_>>()
        })
    }
}

#[component]
pub fn ContractSimulator() -> impl IntoView {
    let ctx = ctx();
    // Text as typed, so a half-typed or wrong value is kept and explained, never lost.
    let (months0, hours0, rate0) = ctx.answers.with_untracked(|a| {
        (a.contract.months.to_string(), format::short(a.contract.weekly_hours), a.contract.hourly_rate.map(format::short).unwrap_or_default())
    });
    let months_text = RwSignal::new(months0);
    let hours_text = RwSignal::new(hours0);
    let rate_text = RwSignal::new(rate0);
    let custom_rate = RwSignal::new(ctx.answers.with_untracked(|a| a.contract.hourly_rate.is_some()));
    let invalid = RwSignal::new(BTreeSet::<&'static str>::new());
    let mark = move |field: &'static str, bad: bool| {
        invalid.update(|s| {
            if bad {
                s.insert(field);
            } else {
                s.remove(field);
            }
        })
    };
    let start = move || ctx.answers.with(|a| a.contract_start(ctx.today));

    let set_months = move |text: String| {
        months_text.set(text.clone());
        let parsed = text.trim().parse::<u32>().ok().filter(|m| (1..=MAX_CONTRACT_MONTHS).contains(m));
        mark("months", parsed.is_none());
        if let Some(m) = parsed {
            ctx.set(|a| a.contract.months = m);
        }
    };
    let set_hours = move |text: String| {
        hours_text.set(text.clone());
        let parsed = parse_decimal_2(&text.trim().replace(',', "."))
            .filter(|h| *h > Decimal::ZERO && *h <= Decimal::from(MAX_WEEKLY_HOURS));
        mark("hours", parsed.is_none());
        if let Some(h) = parsed {
            ctx.set(|a| a.contract.weekly_hours = h);
        }
    };
    let set_rate = move |text: String| {
        rate_text.set(text.clone());
        let parsed = parse_decimal_2(&text.trim().replace(',', "."))
            .filter(|r| *r > Decimal::ZERO && *r <= Decimal::from(MAX_HOURLY_RATE));
        mark("rate", parsed.is_none());
        if let Some(r) = parsed {
            ctx.set(|a| a.contract.hourly_rate = Some(r));
        }
    };
    let choose_smic = move |smic: bool| {
        custom_rate.set(!smic);
        if smic {
            mark("rate", false);
            ctx.set(|a| a.contract.hourly_rate = None);
        } else {
            set_rate(rate_text.get_untracked());
        }
    };

    let below_min_hours = move || {
        ctx.answers.with(|a| a.contract.weekly_hours) < limits(start()).min_hours
    };
    let above_max_months = move || ctx.answers.with(|a| a.contract.months) > limits(start()).max_months;
    let field_error = move |field: &'static str, text: String| {
        move || invalid.with(|s| s.contains(field)).then(|| view! { <p class="tr-error" role="alert" id=format!("tr-c-{field}-error")>{text.clone()}</p> })
    };
    let l0 = limits(ctx.answers.with_untracked(|a| a.contract_start(ctx.today)));

    view! {
        <section class="tr-panel tr-contract" aria-labelledby="tr-contract-title" data-testid="contract">
            <h2 id="tr-contract-title">{t("contract.title")}</h2>
            <p>{t("contract.intro")}</p>
            <div class="tr-contract-form">
                <div class="tr-field">
                    <label class="tr-label" for="tr-c-start">{t("contract.start")}</label>
                    <p class="tr-help" id="tr-c-start-help">{t("contract.start_help")}</p>
                    <input type="date" id="tr-c-start" class="tr-input" aria-describedby="tr-c-start-help"
                        prop:value=move || start().to_string()
                        on:change:target=move |ev| {
                            let v = parse_iso_date(&ev.target().value());
                            ctx.set(|a| a.contract.start = v);
                        } />
                </div>
                <div class="tr-field">
                    <label class="tr-label" for="tr-c-months">{t("contract.months")}</label>
                    <p class="tr-help" id="tr-c-months-help">{tf("contract.months_help", &[("min", &l0.min_months.to_string()), ("max", &l0.max_months.to_string())])}</p>
                    <input type="text" inputmode="numeric" id="tr-c-months" class="tr-input tr-input-4" size=4 maxlength=3
                        aria-describedby="tr-c-months-help tr-c-months-error"
                        aria-invalid=move || if invalid.with(|s| s.contains("months")) { "true" } else { "false" }
                        prop:value=move || months_text.get()
                        on:input:target=move |ev| set_months(ev.target().value()) />
                    {field_error("months", crate::ui::fields::range_error(1, MAX_CONTRACT_MONTHS))}
                    <div aria-live="polite">{issues_at(Spot::Months)}</div>
                </div>
                <Show when=above_max_months>
                    <div class="tr-field">
                        <label class="tr-label" for="tr-c-extension">{move || tf("contract.extension", &[("max", &limits(start()).max_months.to_string())])}</label>
                        <select id="tr-c-extension" class="tr-select"
                            prop:value=move || ctx.answers.with(|a| a.contract.extension.map(Extension::code).unwrap_or(""))
                            on:change:target=move |ev| { let v = ev.target().value(); ctx.set(|a| a.contract.extension = Extension::from_code(&v)); }>
                            <option value="">{t("contract.extension_none")}</option>
                            {Extension::ALL.iter().map(|x| {
                                let words = fill(lookup(&format!("extension.{}", x.code())).unwrap_or(x.code()), &[("age", &l0.senior_age.to_string())]);
                                view! { <option value=x.code() selected=move || ctx.answers.with(|a| a.contract.extension == Some(*x))>{words}</option> }
                            }).collect_view()}
                        </select>
                        <div aria-live="polite">{issues_at(Spot::Extension)}</div>
                    </div>
                </Show>
                <div class="tr-field">
                    <label class="tr-label" for="tr-c-hours">{t("contract.hours")}</label>
                    <p class="tr-help" id="tr-c-hours-help">{tf("contract.hours_help", &[("min", &format::short(l0.min_hours)), ("max", &format::short(l0.max_hours))])}</p>
                    <div class="tr-hours">
                        <input type="range" id="tr-c-hours-range" min="1" max="35" step="0.5" class="tr-range"
                            aria-label=t("contract.hours_slider")
                            prop:value=move || ctx.answers.with(|a| a.contract.weekly_hours.to_string())
                            on:input:target=move |ev| set_hours(ev.target().value()) />
                        <input type="text" inputmode="decimal" id="tr-c-hours" class="tr-input tr-input-4" size=5 maxlength=6
                            aria-describedby="tr-c-hours-help tr-c-hours-error"
                            aria-invalid=move || if invalid.with(|s| s.contains("hours")) { "true" } else { "false" }
                            prop:value=move || hours_text.get()
                            on:input:target=move |ev| set_hours(ev.target().value()) />
                    </div>
                    {field_error("hours", crate::ui::fields::range_error(1, MAX_WEEKLY_HOURS))}
                    <Show when=below_min_hours>
                        <div class="tr-option">
                            <input type="checkbox" id="tr-c-derogation"
                                prop:checked=move || ctx.answers.with(|a| a.contract.under_20h_derogation)
                                on:change:target=move |ev| { let on = ev.target().checked(); ctx.set(|a| a.contract.under_20h_derogation = on); } />
                            <label for="tr-c-derogation">{move || tf("contract.derogation", &[("min", &format::short(limits(start()).min_hours))])}</label>
                        </div>
                    </Show>
                    <div aria-live="polite">{issues_at(Spot::Hours)}</div>
                </div>
                <fieldset class="tr-field">
                    <legend class="tr-label">{t("contract.rate")}</legend>
                    <div class="tr-options">
                        <div class="tr-option">
                            <input type="radio" id="tr-c-rate-smic" name="tr-c-rate-mode" prop:checked=move || !custom_rate.get() on:change=move |_| choose_smic(true) />
                            <label for="tr-c-rate-smic">{t("contract.rate_smic")}</label>
                        </div>
                        <div class="tr-option">
                            <input type="radio" id="tr-c-rate-custom" name="tr-c-rate-mode" prop:checked=move || custom_rate.get() on:change=move |_| choose_smic(false) />
                            <label for="tr-c-rate-custom">{t("contract.rate_custom")}</label>
                        </div>
                    </div>
                    <Show when=move || custom_rate.get()>
                        <label class="tr-label" for="tr-c-rate">{t("contract.rate_value")}</label>
                        <input type="text" inputmode="decimal" id="tr-c-rate" class="tr-input tr-input-4" size=7 maxlength=7
                            aria-describedby="tr-c-rate-error"
                            aria-invalid=move || if invalid.with(|s| s.contains("rate")) { "true" } else { "false" }
                            prop:value=move || rate_text.get()
                            on:input:target=move |ev| set_rate(ev.target().value()) />
                        {field_error("rate", t("contract.invalid_amount").to_owned())}
                    </Show>
                    <div aria-live="polite">{issues_at(Spot::Rate)}</div>
                </fieldset>
                <div class="tr-field">
                    <label class="tr-label" for="tr-c-employer">{t("contract.employer")}</label>
                    <select id="tr-c-employer" class="tr-select"
                        prop:value=move || ctx.answers.with(|a| a.contract.employer.code())
                        on:change:target=move |ev| { let v = ev.target().value(); ctx.set(|a| a.contract.employer = Employer::from_code(&v).unwrap_or(Employer::Private)); }>
                        {Employer::ALL.iter().map(|e| view! { <option value=e.code()>{lookup(&format!("employer.{}", e.code())).unwrap_or(e.code())}</option> }).collect_view()}
                    </select>
                </div>
            </div>
            {move || if invalid.with(BTreeSet::is_empty) {
                view! { <ContractResults /> }.into_any()
            } else {
                view! { <p class="tr-callout" data-testid="contract-fix">{t("contract.fix_fields")}</p> }.into_any()
            }}
        </section>
    }
}

fn row_view(r: MonthRow) -> impl IntoView {
    let partial = !r.is_full();
    view! {
        <tr>
            <th scope="row">{month_words(r.month)}{partial.then(|| view! { <span class="tr-muted">{" ("}{t("contract.partial")}{")"}</span> })}</th>
            <td>{r.days}</td>
            <td>{format::number(r.hours, 2)}</td>
            <td>{format::euros(r.hourly_rate)}</td>
            <td>{format::euros(r.gross)}</td>
            <td>{format::euros(r.employee_contributions)}</td>
            <td>{format::euros(r.net)}</td>
        </tr>
    }
}

/// The figures of the simulated contract.
#[component]
fn ContractResults() -> impl IntoView {
    let ctx = ctx();
    let rows = Memo::new(move |_| ctx.contract.with(|c| c.as_ref().map(|c| c.months.clone()).unwrap_or_default()));
    let summary = move || {
        let start = ctx.answers.with(|a| a.contract_start(ctx.today));
        let l = limits(start);
        ctx.contract.with(|c| match c {
            Err(e) => view! { <p class="tr-error" role="alert">{super::eligibility::error_text(e)}</p> }.into_any(),
            Ok(c) => summary_view(c, &l, start).into_any(),
        })
    };
    view! {
        <div class="tr-contract-results" data-testid="contract-results" aria-live="polite" aria-atomic="false">
            <h3>{t("contract.results")}</h3>
            {summary}
            {move || view! { <NetChart rows=rows.get() /> }}
            <div class="tr-table-wrap" tabindex="0" role="region" aria-labelledby="tr-months-caption">
                <table class="tr-table" data-testid="months">
                    <caption id="tr-months-caption">{t("contract.table_caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("contract.col.month")}</th>
                            <th scope="col">{t("contract.col.days")}</th>
                            <th scope="col">{t("contract.col.hours")}</th>
                            <th scope="col">{t("contract.col.rate")}</th>
                            <th scope="col">{t("contract.col.gross")}</th>
                            <th scope="col">{t("contract.col.contributions")}</th>
                            <th scope="col">{t("contract.col.net")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || rows.get() key=|r| (r.month, r.days, r.hours, r.hourly_rate, r.gross, r.net) children=row_view />
                    </tbody>
                    <tfoot>
                        {move || ctx.contract.with(|c| c.as_ref().ok().map(|c| view! {
                            <tr>
                                <th scope="row">{t("contract.totals")}</th>
                                <td></td>
                                <td>{format::number(c.totals.hours, 2)}</td>
                                <td></td>
                                <td>{format::euros(c.totals.gross)}</td>
                                <td>{format::euros(c.totals.employee_contributions)}</td>
                                <td>{format::euros(c.totals.net)}</td>
                            </tr>
                        }))}
                    </tfoot>
                </table>
            </div>
        </div>
    }
}

fn summary_view(c: &Contract, l: &Limits, start: NaiveDate) -> impl IntoView {
    let typical = c.typical_month().cloned();
    let notices: Vec<String> = c.notices.iter().map(|n| notice_text(*n, l, start)).collect();
    let quarters: Vec<String> = c
        .pension_quarters
        .iter()
        .map(|(y, q)| tf("contract.quarters_year", &[("year", &y.to_string()), ("n", &q.to_string())]))
        .collect();
    view! {
        <p class=if c.valid { "tr-ok" } else { "tr-error" } data-testid="contract-validity">
            {t(if c.valid { "contract.valid" } else { "contract.invalid" })}
            {(!c.valid).then(|| {
                let text = c.errors.iter().map(|i| issue_text(i, l)).collect::<Vec<_>>().join(" ");
                format!(" {text}")
            })}
        </p>
        <dl class="tr-figures">
            <div><dt>{t("contract.end")}</dt><dd data-testid="contract-end">{long_date(c.end)}</dd></div>
            <div><dt>{t("contract.monthly_hours")}</dt><dd data-testid="monthly-hours">{format::number(c.full_month_hours, 2)}</dd></div>
            {typical.map(|m| view! {
                <div><dt>{t("contract.typical_gross")}</dt><dd data-testid="typical-gross">{format::euros(m.gross)}</dd></div>
                <div><dt>{t("contract.typical_net")}</dt><dd data-testid="typical-net">{format::euros(m.net)}</dd></div>
            })}
            <div><dt>{t("contract.totals")}</dt><dd data-testid="totals">{tf("contract.totals_line", &[
                ("hours", &format::number(c.totals.hours, 2)),
                ("gross", &format::euros(c.totals.gross)),
                ("net", &format::euros(c.totals.net)),
            ])}</dd></div>
            <div><dt>{t("contract.quarters")}</dt><dd data-testid="quarters">{quarters.join(" ; ")}</dd></div>
        </dl>
        <p class="tr-muted">{t("contract.net_note")}</p>
        {(!notices.is_empty()).then(|| view! {
            <ul class="tr-notices" data-testid="contract-notices">{notices.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
        })}
    }
}
