//! "Ce que vous auriez en tout chaque mois" (prime-activite.md P1–P10): the household questions,
//! asked as everyday ones, and the figures that follow them, month by month (net pay, prime
//! d'activité, total), with the months when the new pay starts to count, a stacked chart, the
//! table and the notices in plain words. Drawn by the second module (`present::later`): the
//! questions once per screen (typing keeps the focus), the figures and each field's message
//! after every change. Pure: answers in, escaped HTML out; every figure comes from
//! `rules::income` through [`super::later::full_input`].
//!
//! The answers are later fields (`answers::Later`), kept as typed: this file parses them into
//! a [`Household`], says the default of each one aloud, and words what cannot be read.

use super::form::typed_decimal;
use super::html::{Attr, Html};
use super::text::key2;
use super::verdict::refs;
use crate::answers::{Answers, Later};
use crate::api;
use crate::i18n::format::{euros, long_date, month_year};
use crate::i18n::{t, tf};
use crate::rules::calendar::YearMonth;
use crate::rules::codes::Housing;
use crate::rules::income::{Income, IncomeMonth, IncomeNotice};
use crate::rules::input::{MAX_CHILDREN, MAX_MONTHLY_AMOUNT};
use crate::rules::Household;
use chrono::NaiveDate;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// The later fields of the household, by name (`xh-…`).
pub const COUPLE: &str = "xh-couple";
pub const PARTNER: &str = "xh-partner";
pub const CHILDREN: &str = "xh-children";
pub const ISOLATED: &str = "xh-isolated";
pub const HOUSING: &str = "xh-housing";
pub const OTHER: &str = "xh-other";
pub const FAMILY: &str = "xh-family";
pub const BEFORE: &str = "xh-before";

/// The typed fields, in the order of the questions, with their label's id (for "Corrigez …").
const TYPED: &[(&str, &str)] = &[
    (PARTNER, "income.q.partner"),
    (CHILDREN, "income.q.children"),
    (OTHER, "income.q.other"),
    (FAMILY, "income.q.family"),
    (BEFORE, "income.q.before"),
];

/// A field that cannot be read: its name and the id of its message.
pub type FieldError = (&'static str, &'static str);

/// A monthly amount as typed; absent is 0 € (the default the questions say aloud).
fn amount(l: &Later, name: &'static str, errors: &mut Vec<FieldError>) -> Decimal {
    let Some(text) = l.get(name) else { return Decimal::ZERO };
    match typed_decimal(text) {
        Some(x) if x >= Decimal::ZERO && x <= Decimal::from(MAX_MONTHLY_AMOUNT) => x,
        _ => {
            errors.push((name, "income.error.amount"));
            Decimal::ZERO
        }
    }
}

/// The household of the answers (defaults where unanswered: single, no child, tenant without
/// housing aid, 0 €), and the fields that cannot be read. The family benefits are resources
/// (P3): they are added to the other resources.
pub fn household(l: &Later) -> (Household, Vec<FieldError>) {
    let mut errors = Vec::new();
    let mut h = Household::default();
    match l.get(COUPLE) {
        None | Some("0") => {}
        Some("1") => h.couple = true,
        Some(_) => errors.push((COUPLE, "income.error.choice")),
    }
    h.partner_earnings = amount(l, PARTNER, &mut errors);
    if let Some(text) = l.get(CHILDREN) {
        match text.trim().parse::<u32>() {
            Ok(n) if n <= MAX_CHILDREN => h.children = n,
            _ => errors.push((CHILDREN, "income.error.children")),
        }
    }
    match l.get(ISOLATED) {
        None => {}
        Some("1") => h.isolated_parent = true,
        Some(_) => errors.push((ISOLATED, "income.error.choice")),
    }
    if let Some(code) = l.get(HOUSING) {
        match Housing::from_code(code) {
            Some(x) => h.housing = x,
            None => errors.push((HOUSING, "income.error.choice")),
        }
    }
    h.other_resources = amount(l, OTHER, &mut errors) + amount(l, FAMILY, &mut errors);
    h.earnings_before = amount(l, BEFORE, &mut errors);
    (h, errors)
}

/// The id of a field's control (the first radio of a group) and of its message.
fn control_id(name: &str) -> String {
    format!("tr-{name}")
}

fn error_id(name: &str) -> String {
    format!("tr-{name}-error")
}

/// The place of a field's message: a block of its own (`income-e-<name>`), redrawn after every
/// change; the second module sets `aria-invalid` on `data-for` from it.
fn error_slot(h: &mut Html, name: &str) {
    let block = format!("income-e-{}", name.trim_start_matches("xh-"));
    h.el("p", &[("class", "tr-error"), ("id", &error_id(name)), ("role", "alert"), ("data-later", &block), ("data-for", &control_id(name))], "");
}

fn help(h: &mut Html, name: &str, text: &str) -> String {
    let id = format!("tr-{name}-help");
    h.el("p", &[("class", "tr-help"), ("id", &id)], text);
    id
}

/// A text box for an amount or a count, as typed before.
fn typed(h: &mut Html, l: &Later, name: &str, label: &'static str, help_text: &'static str, mode: &str) {
    h.wrap("div", &[("class", "tr-field")], |h| {
        let id = control_id(name);
        h.el("label", &[("class", "tr-label"), ("for", &id)], t(label));
        let help_id = help(h, name, t(help_text));
        let described = format!("{help_id} {}", error_id(name));
        let value = l.get(name).unwrap_or("");
        h.open("input", &[
            ("type", "text"), ("inputmode", mode), ("id", &id), ("name", name), ("class", "tr-input tr-input-4"),
            ("size", "12"), ("maxlength", "20"), ("autocomplete", "off"), ("value", value), ("aria-describedby", &described),
        ]);
        error_slot(h, name);
    });
}

/// A group of radio buttons in a fieldset, its default said in the help.
fn radios(h: &mut Html, l: &Later, name: &str, legend: &'static str, help_text: &'static str, options: &[(&str, &str)]) {
    let help_id = format!("tr-{name}-help");
    let described = format!("{help_id} {}", error_id(name));
    h.wrap("fieldset", &[("class", "tr-field"), ("aria-describedby", &described)], |h| {
        h.el("legend", &[("class", "tr-label")], t(legend));
        help(h, name, t(help_text));
        h.wrap("div", &[("class", "tr-options")], |h| {
            for (i, (value, words)) in options.iter().enumerate() {
                let id = if i == 0 { control_id(name) } else { format!("tr-{name}-{value}") };
                let mut attrs: Vec<Attr<'_>> = vec![("type", "radio"), ("id", &id), ("name", name), ("value", value)];
                if l.get(name) == Some(*value) {
                    attrs.push(("checked", ""));
                }
                h.wrap("div", &[("class", "tr-option")], |h| {
                    h.open("input", &attrs);
                    h.el("label", &[("for", &id)], words);
                });
            }
        });
        error_slot(h, name);
    });
}

/// The block of questions (drawn once per screen), with the place of the figures
/// (`income-figures`, redrawn after every change) at its end.
pub fn questions(a: &Answers, _today: NaiveDate, _flags: &str) -> String {
    let l = &a.later;
    let mut h = Html::new();
    h.open("section", &[("class", "tr-income"), ("aria-labelledby", "tr-income-title"), ("data-testid", "income")]);
    h.el("h3", &[("id", "tr-income-title")], t("income.title"));
    h.el("p", &[], t("income.intro"));
    radios(&mut h, l, COUPLE, "income.q.couple", "income.q.couple_help", &[("1", t("answer.yes")), ("0", t("answer.no"))]);
    typed(&mut h, l, PARTNER, "income.q.partner", "income.q.partner_help", "decimal");
    typed(&mut h, l, CHILDREN, "income.q.children", "income.q.children_help", "numeric");
    h.wrap("div", &[("class", "tr-field")], |h| {
        let id = control_id(ISOLATED);
        let mut attrs: Vec<Attr<'_>> = vec![("type", "checkbox"), ("id", &id), ("name", ISOLATED), ("value", "1"), ("aria-describedby", "tr-xh-isolated-help tr-xh-isolated-error")];
        if l.get(ISOLATED) == Some("1") {
            attrs.push(("checked", ""));
        }
        h.wrap("div", &[("class", "tr-option")], |h| {
            h.open("input", &attrs);
            h.el("label", &[("for", &id)], t("income.q.isolated"));
        });
        help(h, ISOLATED, t("income.q.isolated_help"));
        error_slot(h, ISOLATED);
    });
    let housing: Vec<(&str, &str)> = [Housing::TenantWithAid, Housing::TenantWithoutAid, Housing::OwnerNoLoan, Housing::HousedFree]
        .iter()
        .map(|x| (x.code(), key2("income.housing.", x.code())))
        .collect();
    radios(&mut h, l, HOUSING, "income.q.housing", "income.q.housing_help", &housing);
    typed(&mut h, l, OTHER, "income.q.other", "income.q.other_help", "decimal");
    typed(&mut h, l, FAMILY, "income.q.family", "income.q.family_help", "decimal");
    typed(&mut h, l, BEFORE, "income.q.before", "income.q.before_help", "decimal");
    h.el("div", &[("data-later", "income-figures"), ("aria-live", "polite"), ("data-testid", "income-figures")], "");
    h.close("section");
    h.finish()
}

/// The message of one field (`xh-<name>`), for its slot.
pub fn field_error(a: &Answers, name: &str) -> String {
    let (_, errors) = household(&a.later);
    errors.iter().find(|(n, _)| *n == name).map_or_else(String::new, |(_, m)| {
        let mut h = Html::new();
        h.text(t(m));
        h.finish()
    })
}

/// The figures block on the screens (`flags` as `present::later::flags` gives them).
pub fn figures_block(a: &Answers, today: NaiveDate, flags: &str) -> String {
    let mut h = Html::new();
    figures(&mut h, a, today, flags.contains('i'), false);
    h.finish()
}

/// What the engine says for these answers, or why nothing is shown: a field in error (named),
/// a contract field in error, a contract that cannot be signed, a date not covered.
fn income_of(a: &Answers, today: NaiveDate, contract_invalid: bool) -> Result<Income, String> {
    let (_, errors) = household(&a.later);
    if !errors.is_empty() {
        let names: Vec<String> = TYPED
            .iter()
            .chain(&[(COUPLE, "income.q.couple"), (ISOLATED, "income.q.isolated_short"), (HOUSING, "income.q.housing")])
            .filter(|(n, _)| errors.iter().any(|(e, _)| e == n))
            .map(|(_, label)| format!("« {} »", t(label)))
            .collect();
        return Err(tf("income.fix_fields", &[("fields", &names.join(", "))]));
    }
    if contract_invalid {
        return Err(t("income.contract_fix").to_owned());
    }
    match api::simulate(&super::later::input_with_defaults(a, today)) {
        Ok(out) => match (out.contract, out.income) {
            (Some(c), _) if !c.valid => Err(t("income.contract_invalid").to_owned()),
            (_, Some(income)) => Ok(income),
            _ => Err(t("income.contract_fix").to_owned()),
        },
        Err(e) if e.code == "date_not_covered" && e.path == "household" => Err(t("income.not_covered").to_owned()),
        Err(e) => Err(super::text::error_text(&e)),
    }
}

fn month_short(m: YearMonth) -> String {
    format!("{} {}", key2("month_short.", &m.month.to_string()), m.year)
}

fn range(from: YearMonth, to: YearMonth) -> String {
    if from == to {
        month_year(from.year, from.month)
    } else {
        let from = month_year(from.year, from.month);
        // "d’avril", "d’août", "d’octobre": French elides "de" before a vowel.
        let id = if from.starts_with(['a', 'o']) { "income.range_elided" } else { "income.range" };
        tf(id, &[("from", &from), ("to", &month_year(to.year, to.month))])
    }
}

/// The months grouped by right: consecutive months that share their reference months.
fn quarters(months: &[IncomeMonth]) -> Vec<&[IncomeMonth]> {
    let mut out = Vec::new();
    let mut rest = months;
    while let Some(first) = rest.first() {
        let n = rest.iter().take_while(|m| m.reference_months == first.reference_months).count().max(1);
        let (q, tail) = rest.split_at(n.min(rest.len()));
        out.push(q);
        rest = tail;
    }
    out
}

/// The figures: on the screens (`print` false) with the chart; on the printed sheet, the
/// household in one line, the table and the notices.
pub fn figures(h: &mut Html, a: &Answers, today: NaiveDate, contract_invalid: bool, print: bool) {
    // The sheet is in the same page: its test ids are its own.
    let testid = |id: &str| if print { format!("sheet-{id}") } else { id.to_owned() };
    if print {
        h.el("h3", &[], t("income.title"));
    }
    let income = match income_of(a, today, contract_invalid) {
        Ok(i) => i,
        // On the sheet, as for the contract: no figure until the screen's message is dealt with.
        Err(_) if print => {
            h.el("p", &[("data-testid", "sheet-income-fix")], t("income.sheet_fix"));
            return;
        }
        Err(why) => {
            h.el("p", &[("class", "tr-callout"), ("data-testid", "income-fix")], &why);
            return;
        }
    };
    if print {
        h.el("p", &[("data-testid", "sheet-household")], &household_line(&a.later));
    }
    let under_18 = income.notices.contains(&IncomeNotice::PaUnder18);
    if under_18 {
        h.el("p", &[("class", "tr-warning"), ("data-testid", &testid("income-under-18"))], t("income.notice.PA_UNDER_18"));
    }
    if let Some(from) = income.pay_counts_from {
        let lag = tf("income.lag", &[("date", &long_date(from.first_day()))]);
        let id = testid("income-lag");
        let attrs: Vec<Attr<'_>> = if print { vec![("data-testid", &id)] } else { vec![("class", "tr-callout"), ("data-testid", &id)] };
        h.el("p", &attrs, &lag);
    }
    let (Some(first), Some(last)) = (income.months.first(), income.months.last()) else { return };
    let tt = income.totals;
    if print {
        let line = tf("income.sheet_totals", &[("range", &range(first.month, last.month)), ("net", &euros(tt.net)), ("prime", &euros(tt.prime)), ("total", &euros(tt.total))]);
        h.el("p", &[("data-testid", "sheet-income-totals")], &line);
    } else {
        h.wrap("dl", &[("class", "tr-figures")], |h| {
            for (label, testid, value) in [
                (t("income.total_net"), "income-total-net", tt.net),
                (t("income.total_prime"), "income-total-prime", tt.prime),
                (&*tf("income.total", &[("range", &range(first.month, last.month))]), "income-total", tt.total),
            ] {
                h.wrap("div", &[], |h| {
                    h.el("dt", &[], label);
                    h.el("dd", &[("data-testid", testid)], &euros(value));
                });
            }
        });
        h.el("h4", &[], t("income.quarters_title"));
        h.wrap("ul", &[("class", "tr-notices"), ("data-testid", "income-quarters")], |h| {
            for q in quarters(&income.months) {
                let (Some(f), Some(l)) = (q.first(), q.last()) else { continue };
                let (Some(rf), Some(rl)) = (f.reference_months.first(), f.reference_months.last()) else { continue };
                let line = tf("income.quarter", &[("months", &range(f.month, l.month)), ("prime", &euros(f.prime)), ("reference", &range(*rf, *rl))]);
                h.el("li", &[], &line);
            }
        });
        chart(h, &income.months);
    }
    table(h, &income, print);
    notices(h, a, &income, print, &testid("income-notice"));
}

/// The household in one line, for the printed sheet (printed only with figures, so read).
fn household_line(l: &Later) -> String {
    let (hh, _) = household(l);
    let mut parts: Vec<String> = vec![t(if hh.couple { "income.sheet.couple" } else { "income.sheet.single" }).to_owned()];
    if hh.couple {
        parts.push(tf("income.sheet.partner", &[("amount", &euros(hh.partner_earnings))]));
    }
    parts.push(tf("income.sheet.children", &[("n", &hh.children.to_string())]));
    if hh.is_isolated_parent() {
        parts.push(t("income.sheet.isolated").to_owned());
    }
    parts.push(key2("income.housing.", hh.housing.code()).to_owned());
    parts.push(tf("income.sheet.other", &[("amount", &euros(hh.other_resources))]));
    parts.push(tf("income.sheet.before", &[("amount", &euros(hh.earnings_before))]));
    tf("income.sheet_household", &[("household", &parts.join(" ; "))])
}

// The drawing's geometry, as the contract's chart (present/contract.rs): about a phone's width,
// scaled evenly, integer coordinates.
const WIDTH: u32 = 360;
const HEIGHT: u32 = 200;
const TOP: u32 = 24;
const BOTTOM: u32 = 34;

fn px(x: Decimal, plot: u32, max: Decimal) -> u32 {
    (x * Decimal::from(plot) / max).round().to_u32().unwrap_or(0)
}

/// The total of each month as a bar: the net pay at the bottom, the prime on top. The svg is
/// one image for assistive technologies (title and description); the table gives every figure.
fn chart(h: &mut Html, months: &[IncomeMonth]) {
    let n = u32::try_from(months.len()).unwrap_or(1).max(1);
    let max = months.iter().map(|m| m.total).max().unwrap_or(Decimal::ONE).max(Decimal::ONE);
    let slot = (WIDTH / n).max(1);
    let bar = (slot * 7 / 10).max(1);
    let plot = HEIGHT - TOP - BOTTOM;
    let base = TOP + plot;
    let every = n.div_ceil(8).max(1);
    h.open("figure", &[("class", "tr-chart"), ("data-testid", "income-chart")]);
    h.open("svg", &[("viewBox", &format!("0 0 {WIDTH} {HEIGHT}")), ("role", "img"), ("aria-labelledby", "tr-income-chart-title tr-income-chart-desc"), ("focusable", "false")]);
    h.el("title", &[("id", "tr-income-chart-title")], t("income.chart_title"));
    h.el("desc", &[("id", "tr-income-chart-desc")], t("income.chart_desc"));
    let b = base.to_string();
    h.open("line", &[("class", "tr-chart-axis"), ("x1", "0"), ("x2", &WIDTH.to_string()), ("y1", &b), ("y2", &b)]).close("line");
    for (i, m) in months.iter().enumerate() {
        let i = u32::try_from(i).unwrap_or(0);
        let x = (slot * i + (slot - bar) / 2).to_string();
        let w = bar.to_string();
        let net = px(m.net, plot, max);
        let total = px(m.total, plot, max).max(net);
        // The prime on top of the pay: from the total's height down to the pay's.
        for (class, top, height) in [("tr-chart-bar", base - net, net), ("tr-chart-bar tr-chart-partial", base - total, total - net)] {
            if height > 0 {
                h.open("rect", &[("class", class), ("x", &x), ("width", &w), ("y", &top.to_string()), ("height", &height.to_string())]).close("rect");
            }
        }
        if i % every == 0 {
            let cx = (slot * i + slot / 2).to_string();
            let month = key2("month_short.", &m.month.month.to_string());
            h.el("text", &[("class", "tr-chart-label"), ("x", &cx), ("y", &(HEIGHT - BOTTOM + 14).to_string()), ("text-anchor", "middle")], month);
            if m.month.month == 1 || i == 0 {
                h.el("text", &[("class", "tr-chart-label"), ("x", &cx), ("y", &(HEIGHT - 6).to_string()), ("text-anchor", "middle")], &m.month.year.to_string());
            }
        }
    }
    // The key, drawn in the picture with the bars' own classes (no style of its own).
    for (i, (class, words)) in [("tr-chart-bar", t("income.col.net")), ("tr-chart-bar tr-chart-partial", t("income.col.prime"))].iter().enumerate() {
        let x = u32::try_from(i).unwrap_or(0) * WIDTH / 2;
        h.open("rect", &[("class", class), ("x", &x.to_string()), ("y", "2"), ("width", "12"), ("height", "12")]).close("rect");
        h.el("text", &[("class", "tr-chart-label"), ("x", &(x + 16).to_string()), ("y", "12")], words);
    }
    h.close("svg");
    h.el("figcaption", &[], t("income.chart_title"));
    h.close("figure");
}

fn table(h: &mut Html, income: &Income, print: bool) {
    let caption_id = if print { "tr-sheet-income-caption" } else { "tr-income-caption" };
    h.open("div", &[("class", "tr-table-wrap"), ("tabindex", "0"), ("role", "region"), ("aria-labelledby", caption_id)]);
    h.open("table", &[("class", "tr-table"), ("data-testid", if print { "sheet-income" } else { "income-months" })]);
    h.el("caption", &[("id", caption_id)], t("income.table_caption"));
    h.open("thead", &[]).open("tr", &[]);
    // The total and the prime first: on a phone they are what shows before the table scrolls.
    for col in ["month", "total", "prime", "net"] {
        h.el("th", &[("scope", "col")], key2("income.col.", col));
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for m in &income.months {
        h.open("tr", &[]);
        h.el("th", &[("scope", "row")], &month_short(m.month));
        for x in [m.total, m.prime, m.net] {
            h.el("td", &[], &euros(x));
        }
        h.close("tr");
    }
    h.close("tbody").open("tfoot", &[]).open("tr", &[]);
    h.el("th", &[("scope", "row")], t("income.totals"));
    let tt = income.totals;
    for x in [tt.total, tt.prime, tt.net] {
        h.el("td", &[], &euros(x));
    }
    h.close("tr").close("tfoot").close("table").close("div");
}

/// The notices in plain words (P9), with their texts; then what the answers leave out (the
/// family benefits of a household with children, P3) and that it is an estimate.
fn notices(h: &mut Html, a: &Answers, income: &Income, print: bool, testid: &str) {
    let (hh, _) = household(&a.later);
    h.wrap("ul", &[("class", "tr-notices"), ("data-testid", if print { "sheet-income-notices" } else { "income-notices" })], |h| {
        for n in income.notices.iter().filter(|n| **n != IncomeNotice::PaUnder18) {
            h.wrap("li", &[("data-testid", &format!("{testid}-{}", n.code()))], |h| {
                h.text(key2("income.notice.", n.code()));
                if !print {
                    refs(h, n.refs());
                }
            });
        }
        if hh.children > 0 && a.later.get(FAMILY).is_none() {
            h.el("li", &[("data-testid", &format!("{testid}-family"))], t("income.notice.family"));
        }
        h.el("li", &[("data-testid", &format!("{testid}-estimate"))], t("income.estimate"));
    });
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn later(fields: &[(&str, &str)]) -> Later {
        let mut l = Later::default();
        for (n, v) in fields {
            assert!(l.set(n, v));
        }
        l
    }

    #[test]
    fn unanswered_household_questions_take_the_defaults_said_aloud() {
        let (h, errors) = household(&Later::default());
        assert_eq!(h, Household::default());
        assert!(errors.is_empty());
    }

    #[test]
    fn household_answers_are_read_as_a_person_types_them() {
        let l = later(&[
            (COUPLE, "1"), (PARTNER, "1 200,50"), (CHILDREN, " 2 "), (ISOLATED, "1"), (HOUSING, "tenant_with_aid"),
            (OTHER, "100 €"), (FAMILY, "150.25"), (BEFORE, "300"),
        ]);
        let (h, errors) = household(&l);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(h.couple && h.isolated_parent && !h.is_isolated_parent(), "a couple is never an isolated parent");
        assert_eq!((h.children, h.housing), (2, Housing::TenantWithAid));
        assert_eq!(h.partner_earnings, Decimal::new(120_050, 2));
        assert_eq!(h.other_resources, Decimal::new(25_025, 2), "the family benefits are resources (P3)");
        assert_eq!(h.earnings_before, Decimal::from(300));
    }

    #[test]
    fn an_unreadable_household_answer_is_named_and_never_computed() {
        for (name, value, message) in [
            (CHILDREN, "13", "income.error.children"),
            (CHILDREN, "deux", "income.error.children"),
            (OTHER, "-5", "income.error.amount"),
            (BEFORE, "1000000000", "income.error.amount"),
            (PARTNER, "12 5", "income.error.amount"),
            (HOUSING, "castle", "income.error.choice"),
            (COUPLE, "2", "income.error.choice"),
        ] {
            let (_, errors) = household(&later(&[(name, value)]));
            assert_eq!(errors, vec![(name, message)], "{name}={value}");
        }
        let (h, errors) = household(&later(&[(CHILDREN, "12"), (BEFORE, "999999999")]));
        assert!(errors.is_empty() && h.children == 12, "12 children and 999 999 999 € are accepted");
    }

    /// The journey of tests/e2e/income.test.mjs: a single parent on the RSA with two children,
    /// a tenant with housing aid receiving 150 € of family benefits, starts a 12-month CDDI at
    /// 26 h on 1 December 2026 (the default start for 23 November 2026) with nothing earned
    /// before. PA1 with the pay = 638.28 × 1.8 + 59.85 % × 1 097.89 + 91.9476…
    /// − (1 097.89 + 150 + 638.28 × 1.8 × 16.5 %) = 460.4796… (prime-activite.md §1).
    pub(crate) const SINGLE_PARENT: &str = "v=1&b=1990-03-14&e=0&bf=RSA&xh-children=2&xh-family=150&xh-housing=tenant_with_aid";

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn answers(fragment: &str) -> Answers {
        crate::answers::share::decode(fragment).answers
    }

    #[test]
    fn a_single_parent_on_the_rsa_sees_the_prime_follow_her_pay_three_months_late() {
        let a = answers(SINGLE_PARENT);
        let i = api::simulate(&super::super::later::full_input(&a, today())).unwrap().income.unwrap();
        let rows: Vec<(String, String, String, String)> =
            i.months.iter().map(|m| (m.month.to_string(), m.net.to_string(), m.prime.to_string(), m.total.to_string())).collect();
        let expect = |month: &str, net: &str, prime: &str, total: &str| (month.to_owned(), net.to_owned(), prime.to_owned(), total.to_owned());
        assert_eq!(rows.len(), 16, "December 2026 to 4 months after November 2027 (P2)");
        // December–February: the right uses August–October 2026, before the contract.
        assert_eq!(rows[0], expect("2026-12", "1097.89", "0", "1097.89"));
        assert_eq!(rows[2], expect("2027-02", "1097.89", "0", "1097.89"));
        // March–May: November (0), December and January (460.4796… each) → 306.99.
        assert_eq!(rows[3], expect("2027-03", "1097.89", "306.99", "1404.88"));
        assert_eq!(rows[6], expect("2027-06", "1097.89", "460.48", "1558.37"));
        // After the contract the prime still follows its pay, then falls.
        assert_eq!(rows[12], expect("2027-12", "0", "460.48", "460.48"));
        assert_eq!(rows[15], expect("2028-03", "0", "153.49", "153.49"));
        assert_eq!(i.totals.total.to_string(), "18393.46");
        assert_eq!(i.totals.prime.to_string(), "5218.78");
        assert_eq!(i.pay_counts_from, Some(YearMonth { year: 2027, month: 3 }));
        let html = figures_block(&a, today(), "");
        assert!(html.contains("tient compte de votre nouveau salaire à partir du 1er mars 2027"), "{html}");
        assert!(html.contains("18\u{202f}393,46\u{a0}€") && html.contains("mars 2027 à mai 2027 : 306,99\u{a0}€ de prime par mois, calculée sur vos revenus de novembre 2026 à janvier 2027"), "{html}");
        assert!(html.contains("calculée sur vos revenus d’août 2026 à octobre 2026"), "{html}");
        for code in ["PA_LAG", "RSA_RECALCULATED", "PA_CONDITIONS", "PA_REFORM_ANNOUNCED", "HOUSING_AID_BELOW_FORFAIT", "PA_BEFORE_CRDS"] {
            assert!(html.contains(&format!("income-notice-{code}")), "{code}");
        }
        assert!(!html.contains("income-notice-family"), "the family benefits were given");
        assert!(!html.contains("ASS_AAH"), "no ASS nor AAH");
    }

    #[test]
    fn a_household_with_children_and_no_family_benefits_is_told_the_prime_may_be_lower() {
        let html = figures_block(&answers("v=1&xh-children=1"), today(), "");
        assert!(html.contains("income-notice-family"));
        assert!(!figures_block(&answers("v=1&xh-children=0"), today(), "").contains("income-notice-family"));
    }

    #[test]
    fn a_person_under_18_is_told_the_prime_starts_at_18() {
        // 18 on 10 May 2027: the months before count 0.
        let html = figures_block(&answers("v=1&b=2009-05-10&e=0"), today(), "");
        assert!(html.contains("income-under-18") && html.contains("la prime d’activité commence à 18 ans"), "{html}");
        let adult = figures_block(&answers("v=1&b=2008-08-01&e=0"), today(), "");
        assert!(!adult.contains("income-under-18"), "18 before the first reference month");
    }

    #[test]
    fn a_field_in_error_shows_its_message_and_no_figure() {
        let a = answers("v=1&xh-children=3&xh-other=beaucoup");
        assert_eq!(field_error(&a, OTHER), t("income.error.amount"));
        assert_eq!(field_error(&a, CHILDREN), "");
        let html = figures_block(&a, today(), "");
        assert!(html.contains("income-fix") && html.contains("« Autres revenus du foyer, par mois »"), "{html}");
        assert!(!html.contains("income-months") && !html.contains('€'), "no stale figure: {html}");
        assert!(super::super::later::full_input(&a, today()).household.is_none());
        let fixing_contract = figures_block(&answers("v=1"), today(), "i");
        assert!(fixing_contract.contains("income-fix") && !fixing_contract.contains("income-months"));
    }

    #[test]
    fn the_questions_are_labelled_say_their_defaults_and_keep_what_was_typed() {
        let html = questions(&answers("v=1&xh-couple=1&xh-other=1%20200"), today(), "");
        assert_eq!(html.matches("<fieldset").count(), 2, "couple and housing are groups with a legend");
        assert_eq!(html.matches("<legend").count(), 2);
        for name in [PARTNER, CHILDREN, OTHER, FAMILY, BEFORE, ISOLATED] {
            assert!(html.contains(&format!("<label for=\"tr-{name}\"")) || html.contains(&format!("for=\"tr-{name}\"")), "{name}");
            assert!(html.contains(&format!("id=\"tr-{name}-error\"")), "{name}: a place for its message");
        }
        assert!(html.contains("nous comptons 0 €") && html.contains("nous comptons : locataire sans aide au logement"));
        assert!(html.contains("value=\"1 200\""), "typed text stays as typed");
        assert!(html.contains(r#"id="tr-xh-couple" name="xh-couple" value="1" checked"#), "{html}");
        assert!(html.contains(r#"data-later="income-figures""#));
    }

    #[test]
    fn the_household_travels_in_the_share_link() {
        let a = answers(SINGLE_PARENT);
        let link = crate::answers::share::encode(&a, Some("resultats"));
        assert!(link.contains("xh-children=2") && link.contains("xh-housing=tenant_with_aid"), "{link}");
        let back = answers(&link);
        assert_eq!(back.later, a.later);
        assert_eq!(household(&back.later), household(&a.later));
    }

    #[test]
    fn the_printed_sheet_carries_the_same_figures() {
        let fragment = crate::answers::share::encode(&answers(SINGLE_PARENT), None);
        let sheet = super::super::later::tests::sheet(&fragment, today(), false, false, "");
        assert!(sheet.contains("Ce que vous auriez en tout chaque mois") && sheet.contains("sheet-income"), "{sheet}");
        assert!(sheet.contains("Foyer : vit seul(e) ; 2 enfant(s) à charge ; Locataire avec une aide au logement (APL ou autre) ; autres revenus 150,00\u{a0}€ par mois"), "{sheet}");
        assert!(sheet.contains("18\u{202f}393,46\u{a0}€") && sheet.contains("à partir du 1er mars 2027"));
        let fixing = super::super::later::tests::sheet(&fragment, today(), false, true, "");
        assert!(!fixing.contains("sheet-income\"") && fixing.contains("sheet-income-fix"), "no figure while a contract field is in error");
        let income_part = fixing.split("Ce que vous auriez en tout chaque mois").nth(1).unwrap();
        assert!(!income_part.contains('€'), "not even the household's amounts: {income_part}");
    }
}
