//! The blocks of "Côté structure" (`Screen::Structure`), drawn by the second module
//! (`present::later`): the structure's questions (`xe-…` fields, each with its default said
//! aloud), the figures of the post (`present::employer`), the revenue cap's two amounts and
//! its check, and the structure's printed sheet. The post itself (dates, hours, rate, the
//! structure that hires) is the contract simulator's form, in the screen's frame.
//!
//! The `xe-…` answers arrive as typed (`answers::Later`); [`read`] parses them into the
//! engine's types, and a field that cannot be read gives its message next to the field
//! ([`field_error`]) and no figure at all.

use super::employer;
use super::html::{Attr, Html};
use super::text::{error_text, key2};
use crate::answers::Answers;
use crate::api;
use crate::i18n::format::{long_date, number, short};
use crate::i18n::{department_label, t, tf};
use crate::rules::codes::Headcount;
use crate::rules::employer::EmployerMonth;
use crate::rules::input::{is_department, EmployerViewInput, Input, StructureInput, DEPARTMENTS, MAX_MODULATED_PERCENT, MAX_PERCENT, MAX_YEARLY_AMOUNT};
use crate::rules::{params, Output};
use chrono::NaiveDate;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// The structure's fields: headcount band, AT/MP rate, versement mobilité rate, modulated
/// part, post inside a prison; the revenue cap's yearly charges and sales.
pub const HEADCOUNT: &str = "xe-hc";
pub const ATMP: &str = "xe-atmp";
pub const MOBILITY: &str = "xe-vm";
pub const MODULATED: &str = "xe-mod";
pub const PRISON: &str = "xe-prison";
pub const CHARGES: &str = "xe-charges";
pub const SALES: &str = "xe-sales";

/// The structure's answers read into the engine's input: `view` when every field of the
/// employer view reads, `accounts` when both yearly amounts are there and read; `errors`:
/// each field that cannot be read, with its message id.
pub struct Read {
    pub view: Option<EmployerViewInput>,
    pub accounts: Option<StructureInput>,
    pub errors: Vec<(&'static str, &'static str)>,
}

/// A percent as typed ("1,50", "1.5 %"), from 0 to `max`.
fn percent(text: &str, max: u32) -> Result<Decimal, &'static str> {
    let text = text.trim().trim_end_matches('%');
    match super::form::typed_decimal(text) {
        Some(x) if x <= Decimal::from(max) => Ok(x),
        Some(_) if max == MAX_MODULATED_PERCENT => Err("structure.error.modulated"),
        _ => Err("structure.error.percent"),
    }
}

/// A yearly amount in euros as typed ("250 000", "60000,50 €"), below a billion.
fn amount(text: &str, above_zero: bool) -> Result<Decimal, &'static str> {
    match super::form::typed_decimal(text) {
        Some(x) if x >= Decimal::from(MAX_YEARLY_AMOUNT) => Err("structure.error.amount"),
        Some(x) if above_zero && x.is_zero() => Err("structure.error.charges_zero"),
        Some(x) => Ok(x),
        None => Err("structure.error.amount"),
    }
}

/// Parses the structure's answers (absent fields take the defaults said on the screen).
pub fn read(a: &Answers) -> Read {
    let l = &a.later;
    let mut errors = Vec::new();
    let mut field = |name: &'static str, parse: &dyn Fn(&str) -> Result<Decimal, &'static str>| match l.get(name).map(parse) {
        Some(Ok(x)) => Some(x),
        Some(Err(message)) => {
            errors.push((name, message));
            None
        }
        None => None,
    };
    let atmp = field(ATMP, &|v| percent(v, MAX_PERCENT));
    let mobility = field(MOBILITY, &|v| percent(v, MAX_PERCENT));
    let modulated = field(MODULATED, &|v| percent(v, MAX_MODULATED_PERCENT));
    let charges = field(CHARGES, &|v| amount(v, true));
    let sales = field(SALES, &|v| amount(v, false));
    let view_bad = errors.iter().any(|(n, _)| [ATMP, MOBILITY, MODULATED].contains(n));
    let defaults = EmployerViewInput::default();
    let view = (!view_bad).then(|| EmployerViewInput {
        headcount: l.get(HEADCOUNT).and_then(Headcount::from_code).unwrap_or(defaults.headcount),
        atmp_rate: atmp,
        mobility_rate: mobility.unwrap_or(defaults.mobility_rate),
        modulated_percent: modulated.unwrap_or(defaults.modulated_percent),
        in_prison: l.get(PRISON) == Some("1"),
    });
    let accounts = match (charges, sales) {
        (Some(activity_charges), Some(sales_revenue)) => Some(StructureInput { activity_charges, sales_revenue }),
        _ => None,
    };
    Read { view, accounts, errors }
}

/// Adds the structure's side to the engine's input (`later::full_input`): the employer view
/// whenever its fields read (with their defaults), the revenue cap when both amounts read.
pub fn add_to(a: &Answers, input: &mut Input) {
    let r = read(a);
    if let Some(c) = input.contract.as_mut() {
        c.employer_view = r.view;
    }
    input.structure = r.accounts;
}

/// The message next to the field `name` (`[data-later-error]`), or "" when it reads.
pub fn field_error(a: &Answers, name: &str) -> &'static str {
    read(a).errors.iter().find(|(n, _)| *n == name).map_or("", |(_, m)| t(m))
}

/// A text box of the structure with its label, its help (the default said aloud) and the
/// place of its message, which the second module fills after every change.
fn text_field(h: &mut Html, a: &Answers, name: &str, label: &str, help: &str, size: &str) {
    let id = format!("tr-{name}");
    let (help_id, error_id) = (format!("{id}-help"), format!("{id}-error"));
    let message = field_error(a, name);
    h.wrap("div", &[("class", "tr-field")], |h| {
        h.el("label", &[("class", "tr-label"), ("for", &id)], label);
        h.el("p", &[("class", "tr-help"), ("id", &help_id)], help);
        let described = format!("{help_id} {error_id}");
        h.open("input", &[
            ("type", "text"), ("inputmode", "decimal"), ("id", &id), ("name", name), ("class", "tr-input tr-input-4"), ("size", size),
            ("maxlength", "16"), ("autocomplete", "off"), ("value", a.later.get(name).unwrap_or("")), ("aria-describedby", &described),
            ("aria-invalid", if message.is_empty() { "false" } else { "true" }),
        ]);
        h.el("p", &[("class", "tr-error"), ("id", &error_id), ("role", "alert"), ("data-later-error", name)], message);
    });
}

fn select<'a>(h: &mut Html, id: &str, name: &str, label: &str, help: &str, options: impl Iterator<Item = (&'a str, String)>, current: &str) {
    let help_id = format!("{id}-help");
    h.wrap("div", &[("class", "tr-field")], |h| {
        h.el("label", &[("class", "tr-label"), ("for", id)], label);
        h.el("p", &[("class", "tr-help"), ("id", &help_id)], help);
        h.wrap("select", &[("id", id), ("name", name), ("class", "tr-select"), ("aria-describedby", &help_id)], |h| {
            for (value, words) in options {
                let mut o: Vec<Attr<'_>> = vec![("value", value)];
                if value == current {
                    o.push(("selected", ""));
                }
                h.el("option", &o, &words);
            }
        });
    });
}

/// A share of the parameter tables as the screen writes a percent ("10", "1,50"), in force on
/// the contract's start (from the first month the employer view covers).
fn share_percent(tl: &params::Timeline<params::Share>, a: &Answers, today: NaiveDate) -> String {
    let on = a.contract_start(today).max(params::employer::COVERED_FROM);
    let p = tl.at(on).map(|r| (r.0 * Decimal::ONE_HUNDRED).normalize()).unwrap_or_default();
    number(p, p.scale())
}

/// The AT/MP rate used when none is given (employer.md §2), as "1,50".
fn default_atmp(a: &Answers, today: NaiveDate) -> String {
    let on = a.contract_start(today).max(params::employer::COVERED_FROM);
    params::employer::ATMP_DEFAULT.at(on).map(|r| number(r.0 * Decimal::ONE_HUNDRED, 2)).unwrap_or_default()
}

/// The block of "Côté structure", under the post's form: the structure's questions and the
/// revenue cap's two amounts, drawn once per screen (typing keeps the focus), with the
/// places of the figures (`xe-f`) and of the cap's check (`xe-c`), drawn after every change.
pub fn questions(h: &mut Html, a: &Answers, today: NaiveDate) {
    h.el("p", &[("class", "tr-lead-small")], t("structure.intro"));
    h.open("section", &[("class", "tr-panel"), ("aria-labelledby", "tr-xe-title"), ("data-testid", "structure-questions")]);
    h.el("h2", &[("id", "tr-xe-title")], t("structure.questions"));
    let bands = Headcount::ALL.iter().map(|b| (b.code(), key2("headcount.", b.code()).to_owned()));
    let band = a.later.get(HEADCOUNT).and_then(Headcount::from_code).unwrap_or(EmployerViewInput::default().headcount);
    select(h, "tr-xe-hc", HEADCOUNT, t("structure.headcount"), t("structure.headcount_help"), bands, band.code());
    let departments = std::iter::once(("", t("structure.department_none").to_owned())).chain(DEPARTMENTS.iter().map(|d| (*d, department_label(d))));
    let current = a.department.as_deref().filter(|d| is_department(d)).unwrap_or("");
    select(h, "tr-xe-dep", "department", t("structure.department"), t("structure.department_help"), departments, current);
    text_field(h, a, ATMP, t("structure.field.xe-atmp"), &tf("structure.atmp_help", &[("rate", &default_atmp(a, today))]), "6");
    text_field(h, a, MOBILITY, t("structure.field.xe-vm"), t("structure.mobility_help"), "6");
    let max = share_percent(&params::employer::MODULATED_MAX, a, today);
    text_field(h, a, MODULATED, t("structure.field.xe-mod"), &tf("structure.modulated_help", &[("max", &max)]), "6");
    h.wrap("div", &[("class", "tr-option")], |h| {
        let mut attrs: Vec<Attr<'_>> = vec![("type", "checkbox"), ("id", "tr-xe-prison"), ("name", PRISON), ("value", "1")];
        if a.later.get(PRISON) == Some("1") {
            attrs.push(("checked", ""));
        }
        h.open("input", &attrs);
        let max = share_percent(&params::employer::MODULATED_MAX_PRISON, a, today);
        h.el("label", &[("for", "tr-xe-prison")], &tf("structure.prison", &[("max", &max)]));
    });
    h.el("p", &[("class", "tr-help")], t("structure.carrier_help"));
    h.close("section");
    // Inside this block, drawn after every change: the figures, then the revenue cap.
    super::later::placeholder(h, "xe-f", false);
    cap_questions(h, a);
    super::later::placeholder(h, "xe-c", false);
}

/// What stops the figures: a contract field being corrected (`flags` has `i`), a structure
/// field that cannot be read, an engine error. `None`: the figures can be drawn from `out`.
fn simulated(a: &Answers, today: NaiveDate, flags: &str) -> Result<Output, String> {
    if flags.contains('i') {
        return Err(t("structure.fix_contract").to_owned());
    }
    let r = read(a);
    if !r.errors.is_empty() {
        let fields: Vec<String> = r.errors.iter().map(|(n, _)| format!("« {} »", key2("structure.field.", n))).collect();
        return Err(tf("structure.fix_fields", &[("fields", &fields.join(", "))]));
    }
    api::simulate(&super::later::input_with_defaults(a, today)).map_err(|e| error_text(&e))
}

/// The figures of the post: cost before and after the aid, the aid, the reduction, the
/// payslip of a typical month, the chart and the month-by-month table, the notices; and the
/// button that prints the structure's sheet.
pub fn figures(h: &mut Html, a: &Answers, today: NaiveDate, flags: &str) {
    h.open("section", &[("class", "tr-panel"), ("aria-labelledby", "tr-employer-title"), ("data-testid", "structure-figures")]);
    match simulated(a, today, flags) {
        Err(why) => {
            h.el("h2", &[("id", "tr-employer-title")], t("employer_view.title"));
            h.el("p", &[("class", "tr-callout"), ("data-testid", "structure-fix")], &why);
        }
        Ok(out) => match (&out.employer_view, &out.contract) {
            (Some(v), Some(c)) => {
                employer::results(h, v, c, false);
                if !v.months.is_empty() {
                    chart(h, &v.months);
                }
                h.wrap("div", &[("class", "tr-actions")], |h| {
                    h.el("button", &[("type", "button"), ("class", "tr-button tr-button-primary"), ("data-action", "print"), ("data-testid", "print-structure")], t("structure.print"));
                });
            }
            _ => {
                h.el("h2", &[("id", "tr-employer-title")], t("employer_view.title"));
                h.el("p", &[("class", "tr-callout"), ("data-testid", "structure-fix")], t("structure.fix_contract"));
            }
        },
    }
    h.close("section");
}

const WIDTH: u32 = 360;
const HEIGHT: u32 = 200;
const TOP: u32 = 12;
const BOTTOM: u32 = 34;

/// Cost and aid per month, two bars a month (integer geometry, as the contract's chart); the
/// same figures are in the table, which is the chart's text alternative.
fn chart(h: &mut Html, months: &[EmployerMonth]) {
    let n = u32::try_from(months.len()).unwrap_or(1).max(1);
    let max = months.iter().map(|m| m.cost.max(m.aid)).max().unwrap_or(Decimal::ONE).max(Decimal::ONE);
    let slot = WIDTH / n;
    let bar = (slot * 4 / 10).max(1);
    let plot = HEIGHT - TOP - BOTTOM;
    let every = if months.len() <= 12 { 1 } else { 3 };
    h.open("figure", &[("class", "tr-chart"), ("data-testid", "structure-chart")]);
    h.open("svg", &[("viewBox", &format!("0 0 {WIDTH} {HEIGHT}")), ("role", "img"), ("aria-labelledby", "tr-xe-chart-title tr-xe-chart-desc"), ("focusable", "false")]);
    h.el("title", &[("id", "tr-xe-chart-title")], t("structure.chart_title"));
    h.el("desc", &[("id", "tr-xe-chart-desc")], t("structure.chart_desc"));
    let base = (TOP + plot).to_string();
    h.open("line", &[("class", "tr-chart-axis"), ("x1", "0"), ("x2", &WIDTH.to_string()), ("y1", &base), ("y2", &base)]).close("line");
    let height = |x: Decimal| (x.max(Decimal::ZERO) * Decimal::from(plot) / max).round().to_u32().unwrap_or(0).max(1);
    for (i, m) in months.iter().enumerate() {
        let i = u32::try_from(i).unwrap_or(0);
        let x = slot * i + (slot - 2 * bar) / 2;
        for (k, (value, class)) in [(m.cost, "tr-chart-bar"), (m.aid, "tr-chart-partial")].into_iter().enumerate() {
            let hgt = height(value);
            let bx = x + bar * u32::try_from(k).unwrap_or(0);
            h.open("rect", &[("class", class), ("x", &bx.to_string()), ("width", &bar.to_string()), ("y", &(TOP + plot - hgt).to_string()), ("height", &hgt.to_string())]).close("rect");
        }
        if i % every == 0 {
            let cx = (x + bar).to_string();
            h.el("text", &[("class", "tr-chart-label"), ("x", &cx), ("y", &(HEIGHT - BOTTOM + 14).to_string()), ("text-anchor", "middle")], key2("month_short.", &m.month.month.to_string()));
            if m.month.month == 1 || i == 0 {
                h.el("text", &[("class", "tr-chart-label"), ("x", &cx), ("y", &(HEIGHT - 6).to_string()), ("text-anchor", "middle")], &m.month.year.to_string());
            }
        }
    }
    h.close("svg");
    h.wrap("figcaption", &[], |h| {
        for (class, words) in [("tr-chart-bar", "structure.chart_cost"), ("tr-chart-partial", "structure.chart_aid")] {
            h.wrap("span", &[("class", "tr-chart-legend")], |h| {
                h.raw(&format!("<svg width=\"12\" height=\"12\" aria-hidden=\"true\" focusable=\"false\"><rect class=\"{class}\" width=\"12\" height=\"12\"></rect></svg> "));
                h.text(t(words));
            });
        }
    });
    h.close("figure");
}

/// The revenue cap's two yearly amounts.
fn cap_questions(h: &mut Html, a: &Answers) {
    h.open("section", &[("class", "tr-panel"), ("aria-labelledby", "tr-xe-cap-title"), ("data-testid", "structure-cap-questions")]);
    h.el("h2", &[("id", "tr-xe-cap-title")], t("structure.cap_title"));
    h.el("p", &[], t("structure.cap_intro"));
    text_field(h, a, CHARGES, t("structure.field.xe-charges"), t("structure.charges_help"), "14");
    text_field(h, a, SALES, t("structure.field.xe-sales"), t("structure.sales_help"), "14");
    h.close("section");
}

/// The revenue cap's check, with the derogation path in words.
pub fn cap(h: &mut Html, a: &Answers, today: NaiveDate) {
    let r = read(a);
    let bad = r.errors.iter().any(|(n, _)| [CHARGES, SALES].contains(n));
    if bad {
        // The message is next to the field; no figure from other amounts.
        return;
    }
    if r.accounts.is_none() {
        h.el("p", &[("class", "tr-muted"), ("data-testid", "revenue-cap-missing")], t("structure.cap_missing"));
        return;
    }
    match api::simulate(&super::later::input_with_defaults(a, today)) {
        Ok(out) => {
            if let Some(rc) = &out.revenue_cap {
                employer::revenue_cap(h, rc);
            }
        }
        Err(e) => {
            h.el("p", &[("class", "tr-error"), ("role", "alert")], &error_text(&e));
        }
    }
}

/// The structure's printed sheet (what "Imprimer la fiche structure" prints): the post, the
/// structure's answers, the figures with the payslip unfolded, the revenue cap, the notices.
pub fn sheet(h: &mut Html, a: &Answers, today: NaiveDate, flags: &str) {
    h.el("h2", &[("id", "tr-sheet-title")], t("structure.sheet_title"));
    let as_of = a.as_of(today);
    let date = tf("sheet.date", &[("today", &long_date(today)), ("as_of", &long_date(as_of)), ("version", &long_date(params::rules_version()))]);
    h.el("p", &[("data-testid", "sheet-date")], &date);
    h.wrap("p", &[("class", "tr-sheet-disclaimer")], |h| {
        h.el("strong", &[], t("sheet.disclaimer"));
    });
    h.el("h3", &[], t("structure.questions"));
    let v = read(a).view.unwrap_or_default();
    let atmp = v.atmp_rate.map_or_else(|| tf("structure.atmp_default", &[("rate", &default_atmp(a, today))]), |r| tf("employer.percent", &[("n", &number(r, 2))]));
    let department = a.department.as_deref().map_or_else(|| t("structure.department_none").to_owned(), department_label);
    let lines = [
        (t("contract.employer"), key2("employer.", a.contract.employer.code()).to_owned()),
        (t("structure.headcount"), key2("headcount.", v.headcount.code()).to_owned()),
        (t("structure.department"), department),
        (t("structure.field.xe-atmp"), atmp),
        (t("structure.field.xe-vm"), tf("employer.percent", &[("n", &number(v.mobility_rate, 2))])),
        (t("structure.field.xe-mod"), tf("employer.percent", &[("n", &number(v.modulated_percent, 2))])),
        (t("structure.in_prison"), t(if v.in_prison { "answer.yes" } else { "answer.no" }).to_owned()),
    ];
    h.wrap("dl", &[("class", "tr-sheet-answers")], |h| {
        for (label, value) in &lines {
            h.wrap("div", &[], |h| {
                h.el("dt", &[], label);
                h.el("dd", &[], value);
            });
        }
    });
    match simulated(a, today, flags) {
        Err(why) => {
            h.el("p", &[("data-testid", "sheet-structure-fix")], &why);
        }
        Ok(out) => {
            if let (Some(view), Some(c)) = (&out.employer_view, &out.contract) {
                let line = tf("sheet.contract_line", &[("start", &long_date(a.contract_start(today))), ("end", &long_date(c.end)), ("months", &a.contract.months.to_string()), ("hours", &short(a.contract.weekly_hours))]);
                h.el("h3", &[], t("structure.post"));
                h.el("p", &[], &line);
                employer::results(h, view, c, true);
            }
            if let Some(rc) = &out.revenue_cap {
                h.el("h3", &[], t("structure.cap_title"));
                employer::revenue_cap(h, rc);
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn answers(fields: &[(&str, &str)]) -> Answers {
        let mut a = Answers::default();
        a.contract.start = NaiveDate::from_ymd_opt(2026, 7, 1);
        a.contract.weekly_hours = Decimal::from(26);
        a.contract.months = 12;
        a.department = Some("59".to_owned());
        for (n, v) in fields {
            assert!(a.later.set(n, v));
        }
        a
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 6, 15).unwrap()
    }

    #[test]
    fn the_worked_example_is_what_the_structure_screen_shows() {
        let a = answers(&[(HEADCOUNT, "11_to_49"), (ATMP, "1,50"), (MODULATED, "0")]);
        let mut h = Html::new();
        figures(&mut h, &a, today(), "");
        let html = h.finish();
        for figure in ["1\u{202f}473,82\u{a0}€", "1\u{202f}480,82\u{a0}€", "-7,00\u{a0}€", "-520,10\u{a0}€", "606,99\u{a0}€", "0,3750"] {
            assert!(html.contains(figure), "{figure} in {html}");
        }
        assert!(html.contains("data-testid=\"structure-chart\"") && html.contains("data-action=\"print\""), "{html}");
    }

    #[test]
    fn the_defaults_said_aloud_are_the_engines_defaults() {
        // 1,50 % of AT/MP, 0 % modulated, 11 to 49 employees: the same figures as the worked example.
        let with_defaults = answers(&[]);
        let mut h = Html::new();
        figures(&mut h, &with_defaults, today(), "");
        assert!(h.finish().contains("1\u{202f}473,82\u{a0}€"));
        let mut h = Html::new();
        questions(&mut h, &with_defaults, today());
        let html = h.finish();
        assert!(html.contains("data-later=\"xe-f\"") && html.contains("data-later=\"xe-c\"") && html.contains("xe-charges"), "{html}");
        assert!(html.contains("1,50 %") && html.contains("Carsat") && html.contains("en moyenne 5 %") && html.contains("De 0 à 10 %"), "{html}");
    }

    #[test]
    fn a_field_that_cannot_be_read_is_said_next_to_it_and_no_figure_is_shown() {
        let a = answers(&[(ATMP, "abc")]);
        assert!(!field_error(&a, ATMP).is_empty());
        assert!(field_error(&a, MODULATED).is_empty());
        let mut h = Html::new();
        figures(&mut h, &a, today(), "");
        let html = h.finish();
        assert!(html.contains("structure-fix") && !html.contains("€"), "{html}");
        let mut h = Html::new();
        questions(&mut h, &a, today());
        let html = h.finish();
        assert!(html.contains("aria-invalid=\"true\""), "{html}");
    }

    #[test]
    fn a_modulated_part_above_10_percent_is_refused_and_10_is_accepted() {
        // R5132-40: 0 to 10 % of the socle.
        assert_eq!(read(&answers(&[(MODULATED, "10,5")])).errors, [(MODULATED, "structure.error.modulated")]);
        assert!(read(&answers(&[(MODULATED, "10")])).errors.is_empty());
        assert_eq!(read(&answers(&[(MODULATED, "10 %")])).view.unwrap().modulated_percent, Decimal::from(10));
    }

    #[test]
    fn a_contract_field_being_corrected_leaves_no_figure() {
        let mut h = Html::new();
        figures(&mut h, &answers(&[]), today(), "i");
        let html = h.finish();
        assert!(html.contains("structure-fix") && !html.contains("1\u{202f}473"), "{html}");
    }

    #[test]
    fn the_revenue_cap_is_checked_from_two_yearly_amounts_on_each_side_of_30_percent() {
        // D5132-34: less than 30 %; from 30 % a préfet's derogation up to 50 %.
        let mut h = Html::new();
        cap(&mut h, &answers(&[(CHARGES, "100 000"), (SALES, "29 999")]), today());
        assert!(h.finish().contains("dans la règle"));
        let mut h = Html::new();
        cap(&mut h, &answers(&[(CHARGES, "100000"), (SALES, "30000")]), today());
        assert!(h.finish().contains("commission"));
        let mut h = Html::new();
        cap(&mut h, &answers(&[(CHARGES, "0"), (SALES, "30000")]), today());
        assert_eq!(h.finish(), "", "no figure: the message is next to the field");
        let mut h = Html::new();
        cap(&mut h, &answers(&[(SALES, "30000")]), today());
        assert!(h.finish().contains("revenue-cap-missing"));
    }

    #[test]
    fn the_structure_sheet_prints_the_payslip_unfolded() {
        let mut h = Html::new();
        sheet(&mut h, &answers(&[(CHARGES, "250000"), (SALES, "60000")]), today(), "");
        let html = h.finish();
        assert!(html.contains("tr-sheet-title") && html.contains("1\u{202f}473,82\u{a0}€") && html.contains("24,00"), "{html}");
        assert!(!html.contains("<details") && !html.contains("tr-employer-months-caption"), "no fold and no id of the screen: {html}");
    }
}
