//! The contract simulator as HTML: its form (start, duration, weekly hours as a slider and a
//! box, hourly rate, extension ground, employer), the errors and warnings next to the field
//! they concern, and the results: end date, monthly hours, a typical month, the month-by-month
//! table, a bar chart of net pay in SVG with the minimum-wage changes marked, totals and
//! pension quarters.

use super::form::{choice, is_checked, shown, FormState};
use super::html::{Attr, Html};
use super::text::{issue_field, issue_text, key2, limits, notice_text, Limits};
use super::verdict::refs;
use crate::i18n::format::{euros, long_date, month_year, number, short};
use crate::i18n::{fill, t, tf};
use crate::rules::codes::{Employer, Extension};
use crate::rules::contract::{Contract, MonthRow};
use chrono::NaiveDate;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

fn when_block(h: &mut Html, s: &FormState, when: &str, today: NaiveDate, inner: impl FnOnce(&mut Html)) {
    let mut attrs: Vec<Attr<'_>> = vec![("data-when", when)];
    if !shown(s, when, today) {
        attrs.push(("hidden", ""));
    }
    h.wrap("div", &attrs, inner);
}

/// A text box; its `name` is its id without the `tr-` prefix.
fn text_input(h: &mut Html, s: &FormState, id: &str, value: &str, mode: &str, size: &str, described: &str) {
    let name = id.trim_start_matches("tr-");
    let invalid = if s.error(name).is_some() { "true" } else { "false" };
    // Text that could not be read stays as typed, next to its message.
    let value = s.draft(id).unwrap_or(value);
    h.open(
        "input",
        &[
            ("type", "text"), ("inputmode", mode), ("id", id), ("name", name), ("class", "tr-input tr-input-4"),
            ("size", size), ("maxlength", size), ("value", value), ("aria-describedby", described),
            ("aria-invalid", invalid), ("data-error-for", name),
        ],
    );
}

fn error_slot(h: &mut Html, s: &FormState, slot: &str) {
    h.el("p", &[("class", "tr-error"), ("id", &format!("tr-{slot}-error")), ("role", "alert"), ("data-error", slot)], s.error(slot).map_or("", t));
}

/// The place where a field's legal errors and warnings appear.
fn issues_slot(h: &mut Html, field: &str) {
    h.el("div", &[("data-region", &format!("issues-{field}")), ("aria-live", "polite")], "");
}

/// The form; rendered once per screen, then kept in step by the page.
pub fn form(h: &mut Html, s: &FormState, today: NaiveDate) {
    let a = &s.answers;
    let start = a.contract_start(today);
    let l = limits(start);
    h.wrap("div", &[("class", "tr-contract-form")], |h| {
        h.wrap("div", &[("class", "tr-field")], |h| {
            h.el("label", &[("class", "tr-label"), ("for", "tr-c-start")], t("contract.start"));
            h.el("p", &[("class", "tr-help"), ("id", "tr-c-start-help")], t("contract.start_help"));
            let invalid = if s.error("c-start").is_some() { "true" } else { "false" };
            h.open("input", &[
                ("type", "date"), ("id", "tr-c-start"), ("name", "c-start"), ("class", "tr-input"),
                ("aria-describedby", "tr-c-start-help tr-c-start-error"), ("aria-invalid", invalid), ("data-error-for", "c-start"), ("value", &start.to_string()),
            ]);
            error_slot(h, s, "c-start");
            h.el("div", &[("data-region", "start-notice"), ("aria-live", "polite")], "");
        });
        h.wrap("div", &[("class", "tr-field")], |h| {
            h.el("label", &[("class", "tr-label"), ("for", "tr-c-months")], t("contract.months"));
            let help = tf("contract.months_help", &[("min", &l.min_months.to_string()), ("max", &l.max_months.to_string())]);
            h.el("p", &[("class", "tr-help"), ("id", "tr-c-months-help")], &help);
            text_input(h, s, "tr-c-months", &a.contract.months.to_string(), "numeric", "3", "tr-c-months-help tr-c-months-error");
            error_slot(h, s, "c-months");
            issues_slot(h, "months");
        });
        when_block(h, s, "above-max-months", today, |h| {
            h.wrap("div", &[("class", "tr-field")], |h| {
                h.el("label", &[("class", "tr-label"), ("for", "tr-c-extension")], &tf("contract.extension", &[("max", &l.max_months.to_string())]));
                h.wrap("select", &[("id", "tr-c-extension"), ("name", "c-extension"), ("class", "tr-select")], |h| {
                    h.el("option", &[("value", "")], t("contract.extension_none"));
                    for x in Extension::ALL {
                        let mut o: Vec<Attr<'_>> = vec![("value", x.code())];
                        if a.contract.extension == Some(*x) {
                            o.push(("selected", ""));
                        }
                        h.el("option", &o, &fill(key2("extension.", x.code()), &[("age", &l.senior_age.to_string())]));
                    }
                });
                issues_slot(h, "extension");
            });
        });
        h.wrap("div", &[("class", "tr-field")], |h| {
            h.el("label", &[("class", "tr-label"), ("for", "tr-c-hours")], t("contract.hours"));
            let help = tf("contract.hours_help", &[("min", &short(l.min_hours)), ("max", &short(l.max_hours))]);
            h.el("p", &[("class", "tr-help"), ("id", "tr-c-hours-help")], &help);
            h.wrap("div", &[("class", "tr-hours")], |h| {
                let hours = a.contract.weekly_hours;
                let max = l.max_hours.to_string();
                h.open("input", &[
                    ("type", "range"), ("id", "tr-c-hours-range"), ("name", "c-hours-range"), ("min", "1"), ("max", &max),
                    ("step", "0.5"), ("class", "tr-range"), ("aria-label", t("contract.hours_slider")), ("value", &hours.normalize().to_string()),
                ]);
                text_input(h, s, "tr-c-hours", &short(hours), "decimal", "6", "tr-c-hours-help tr-c-hours-error");
            });
            error_slot(h, s, "c-hours");
            when_block(h, s, "below-min-hours", today, |h| {
                let words = tf("contract.derogation", &[("min", &short(l.min_hours))]);
                option(h, s, "checkbox", "c-derogation", "tr-c-derogation", "1", &words);
            });
            issues_slot(h, "hours");
        });
        h.wrap("fieldset", &[("class", "tr-field")], |h| {
            h.el("legend", &[("class", "tr-label")], t("contract.rate"));
            h.wrap("div", &[("class", "tr-options")], |h| {
                option(h, s, "radio", "c-rate-mode", "tr-c-rate-smic", "smic", t("contract.rate_smic"));
                option(h, s, "radio", "c-rate-mode", "tr-c-rate-custom", "custom", t("contract.rate_custom"));
            });
            when_block(h, s, "custom-rate", today, |h| {
                h.el("label", &[("class", "tr-label"), ("for", "tr-c-rate")], t("contract.rate_value"));
                let text = a.contract.hourly_rate.map(short).unwrap_or_default();
                text_input(h, s, "tr-c-rate", &text, "decimal", "12", "tr-c-rate-error");
                error_slot(h, s, "c-rate");
            });
            issues_slot(h, "rate");
        });
        h.wrap("div", &[("class", "tr-field")], |h| {
            h.el("label", &[("class", "tr-label"), ("for", "tr-c-employer")], t("contract.employer"));
            h.wrap("select", &[("id", "tr-c-employer"), ("name", "c-employer"), ("class", "tr-select")], |h| {
                for e in Employer::ALL {
                    let mut o: Vec<Attr<'_>> = vec![("value", e.code())];
                    if a.contract.employer == *e {
                        o.push(("selected", ""));
                    }
                    h.el("option", &o, key2("employer.", e.code()));
                }
            });
        });
    });
}

/// A radio button or checkbox of the contract form, ticked as the state says.
fn option(h: &mut Html, s: &FormState, kind: &str, name: &str, id: &str, value: &str, words: &str) {
    choice(h, kind, name, id, value, words, None, is_checked(s, name, value) == Some(true), false, "tr-option");
}

/// The errors and warnings of one field (`months`, `hours`, `rate`, `extension`).
pub fn issues(h: &mut Html, c: &Contract, field: &str) {
    for i in c.errors.iter().chain(&c.warnings).filter(|i| issue_field(i.code) == field) {
        let class = if i.code.is_error() { "tr-error" } else { "tr-warning" };
        h.wrap("div", &[("class", class), ("data-testid", &format!("issue-{}", i.code.code()))], |h| {
            h.el("p", &[], &issue_text(i));
            refs(h, i.code.refs());
        });
    }
}

// The drawing is about as wide as a phone's screen, so its labels stay readable there; it is
// scaled evenly (never stretched) to the width available.
const WIDTH: u32 = 360;
const HEIGHT: u32 = 200;
const TOP: u32 = 24;
const BOTTOM: u32 = 34;

/// Net pay per month as bars (integer geometry: no float formatting in the bundle). The bars'
/// heights and the month labels are values, updated in place when only they change.
pub fn chart(h: &mut Html, rows: &[MonthRow]) {
    let n = u32::try_from(rows.len()).unwrap_or(1).max(1);
    let max = rows.iter().map(|r| r.net).max().unwrap_or(Decimal::ONE).max(Decimal::ONE);
    let slot = WIDTH / n;
    let bar = (slot * 7 / 10).max(1);
    let plot = HEIGHT - TOP - BOTTOM;
    let every = if rows.len() <= 12 { 1 } else { 3 };
    let any_change = rows.windows(2).any(|w| matches!(w, [a, b] if a.minimum_rate != b.minimum_rate));
    h.open("figure", &[("class", "tr-chart")]);
    h.open("svg", &[("viewBox", &format!("0 0 {WIDTH} {HEIGHT}")), ("role", "img"), ("aria-labelledby", "tr-chart-title tr-chart-desc"), ("focusable", "false")]);
    h.el("title", &[("id", "tr-chart-title")], t("contract.chart_title"));
    h.el("desc", &[("id", "tr-chart-desc")], t("contract.chart_desc"));
    let base = (TOP + plot).to_string();
    h.open("line", &[("class", "tr-chart-axis"), ("x1", "0"), ("x2", &WIDTH.to_string()), ("y1", &base), ("y2", &base)]).close("line");
    let mut previous = None;
    for (i, r) in rows.iter().enumerate() {
        let i = u32::try_from(i).unwrap_or(0);
        let height = (r.net * Decimal::from(plot) / max).round().to_u32().unwrap_or(0).max(1);
        let x = slot * i + (slot - bar) / 2;
        if previous.is_some_and(|p| p != r.minimum_rate) {
            let lx = (slot * i).to_string();
            h.open("line", &[("class", "tr-chart-smic"), ("x1", &lx), ("x2", &lx), ("y1", &(TOP - 14).to_string()), ("y2", &base)]).close("line");
        }
        previous = Some(r.minimum_rate);
        let class = if r.is_full() { "tr-chart-bar" } else { "tr-chart-bar tr-chart-partial" };
        let (xs, ws) = (x.to_string(), bar.to_string());
        h.value_attrs("rect", &[("class", class), ("x", &xs), ("width", &ws)], &[("y", (TOP + plot - height).to_string()), ("height", height.to_string())]);
        // No per-bar tooltip: the svg is one image for assistive technologies and the table
        // below gives every figure; a tooltip would cost one more update per month.
        h.close("rect");
        if i % every == 0 {
            let cx = (x + bar / 2).to_string();
            let month = key2("month_short.", &r.month.month.to_string());
            h.value("text", &[("class", "tr-chart-label"), ("x", &cx), ("y", &(HEIGHT - BOTTOM + 14).to_string()), ("text-anchor", "middle")], month);
            // The year under January, and under the first bar unless January is next to it.
            if r.month.month == 1 || (i == 0 && r.month.month < 12) {
                h.value("text", &[("class", "tr-chart-label"), ("x", &cx), ("y", &(HEIGHT - 6).to_string()), ("text-anchor", "middle")], &r.month.year.to_string());
            }
        }
    }
    h.close("svg");
    h.wrap("figcaption", &[], |h| {
        h.text(t("contract.chart_title"));
        if any_change {
            h.wrap("span", &[("class", "tr-chart-legend")], |h| {
                h.el("span", &[("class", "tr-chart-key"), ("aria-hidden", "true")], "");
                h.text(t("contract.chart_smic"));
            });
        }
    });
    h.close("figure");
}

/// The class of the months table's columns that fold away on a phone.
const MORE: Attr<'static> = ("class", "tr-more");

fn table(h: &mut Html, c: &Contract) {
    h.open("div", &[("class", "tr-months")]);
    h.wrap("div", &[("class", "tr-option tr-months-all")], |h| {
        h.open("input", &[("type", "checkbox"), ("id", "tr-months-all"), ("data-testid", "months-all")]);
        h.el("label", &[("for", "tr-months-all")], t("contract.all_columns"));
    });
    h.open("div", &[("class", "tr-table-wrap"), ("tabindex", "0"), ("role", "region"), ("aria-labelledby", "tr-months-caption")]);
    h.open("table", &[("class", "tr-table"), ("data-testid", "months")]);
    h.el("caption", &[("id", "tr-months-caption")], t("contract.table_caption"));
    h.open("thead", &[]).open("tr", &[]);
    // Month and Net first: on a phone the other columns fold away (style/main.css) until
    // "Afficher toutes les colonnes" is ticked.
    for col in ["month", "net", "gross", "contributions", "hours", "rate", "days"] {
        let attrs: &[Attr<'_>] = if matches!(col, "month" | "net") { &[("scope", "col")] } else { &[("scope", "col"), MORE] };
        h.el("th", attrs, key2("contract.col.", col));
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for r in &c.months {
        h.open("tr", &[]);
        h.wrap("th", &[("scope", "row")], |h| {
            h.value("span", &[], &month_year(r.month.year, r.month.month));
            if !r.is_full() {
                h.el("span", &[("class", "tr-muted")], &format!(" ({})", t("contract.partial")));
            }
        });
        let cells = [euros(r.net), euros(r.gross), euros(r.employee_contributions), number(r.hours, 2), euros(r.hourly_rate), r.days.to_string()];
        for (i, cell) in cells.iter().enumerate() {
            h.value("td", if i == 0 { &[] } else { &[MORE] }, cell);
        }
        h.close("tr");
    }
    h.close("tbody").open("tfoot", &[]).open("tr", &[]);
    h.el("th", &[("scope", "row")], t("contract.totals"));
    let tt = &c.totals;
    let cells = [euros(tt.net), euros(tt.gross), euros(tt.employee_contributions), number(tt.hours, 2), String::new(), String::new()];
    for (i, cell) in cells.iter().enumerate() {
        h.value("td", if i == 0 { &[] } else { &[MORE] }, cell);
    }
    h.close("tr").close("tfoot").close("table").close("div").close("div");
}

fn figure(h: &mut Html, label: &str, testid: &str, value: &str) {
    h.wrap("div", &[], |h| {
        h.el("dt", &[], label);
        h.value("dd", &[("data-testid", testid)], value);
    });
}

/// The results of the simulated contract.
pub fn results(h: &mut Html, c: &Contract, start: NaiveDate) {
    let l: Limits = limits(start);
    h.el("h3", &[], t("contract.results"));
    let validity = if c.valid {
        t("contract.valid").to_owned()
    } else {
        tf("contract.invalid_line", &[("errors", &c.errors.iter().map(issue_text).collect::<Vec<_>>().join(" "))])
    };
    h.value("p", &[("class", if c.valid { "tr-ok" } else { "tr-error" }), ("data-testid", "contract-validity")], &validity);
    h.wrap("dl", &[("class", "tr-figures")], |h| {
        figure(h, t("contract.end"), "contract-end", &long_date(c.end));
        figure(h, t("contract.monthly_hours"), "monthly-hours", &number(c.full_month_hours, 2));
        if let Some(m) = c.typical_month() {
            figure(h, t("contract.typical_gross"), "typical-gross", &euros(m.gross));
            figure(h, t("contract.typical_net"), "typical-net", &euros(m.net));
        }
        let totals = tf("contract.totals_line", &[("hours", &number(c.totals.hours, 2)), ("gross", &euros(c.totals.gross)), ("net", &euros(c.totals.net))]);
        figure(h, t("contract.totals"), "totals", &totals);
        let quarters: Vec<String> = c.pension_quarters.iter().map(|(y, q)| tf("contract.quarters_year", &[("year", &y.to_string()), ("n", &q.to_string())])).collect();
        figure(h, t("contract.quarters"), "quarters", &quarters.join(" ; "));
    });
    h.el("p", &[("class", "tr-muted")], t("contract.net_note"));
    if !c.notices.is_empty() {
        h.wrap("ul", &[("class", "tr-notices"), ("data-testid", "contract-notices")], |h| {
            for n in &c.notices {
                h.value("li", &[], &notice_text(*n, &l, start));
            }
        });
    }
    super::later::placeholder(h, "rights", false);
    chart(h, &c.months);
    table(h, c);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answers;
    use crate::api::simulate;

    #[test]
    fn the_results_show_the_typical_month_and_every_month() {
        let today = NaiveDate::from_ymd_opt(2026, 6, 15).unwrap();
        let a = Answers::default();
        let c = simulate(&a.to_input(today)).unwrap().contract.unwrap();
        let mut h = Html::new();
        results(&mut h, &c, a.contract_start(today));
        let html = h.finish();
        assert!(html.contains("<dd data-testid=\"typical-gross\" data-v=\"\">1\u{202f}386,93\u{a0}€</dd>"));
        assert!(html.contains("<dd data-testid=\"typical-net\" data-v=\"\">1\u{202f}097,89\u{a0}€</dd>"));
        assert_eq!(html.matches("<th scope=\"row\">").count(), 13, "12 months and the totals");
        assert!(!html.contains("NaN"));
    }
}
