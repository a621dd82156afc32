//! "Télécharger": the texts of the two export files, made on the device (the second module
//! turns them into a download, `src/bin/extra.rs`; nothing is sent). (a) The `simulate` input
//! and output in the API's own format (`{"input": …, "output": …}`), so that a partner tool
//! can give `input` back to `simulate`; (b) the month-by-month table as a CSV a French
//! spreadsheet opens as it is: UTF-8 with a byte-order mark, `;` between cells, a decimal
//! comma, CRLF line ends. The birth date stays out unless the advisor ticks "Inclure la date de
//! naissance" (the later field `xk-dob`). Pure.

use crate::answers::Answers;
use crate::api;
use crate::api::json::object;
use crate::i18n::format::month_year;
use crate::i18n::t;
use crate::rules::money::two_decimals;
use crate::rules::{Input, Output};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// The later field of "Inclure la date de naissance".
pub const WITH_BIRTH_DATE: &str = "xk-dob";

/// A file to download: its name, media type and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Download {
    pub name: String,
    pub mime: &'static str,
    pub text: String,
}

/// The input exported for these answers: `full` (`later::full_input`) without the birth date
/// unless the advisor ticked to include it.
pub fn input(a: &Answers, mut full: Input) -> Input {
    if a.later.get(WITH_BIRTH_DATE) != Some("1") {
        full.person.birth_date = None;
    }
    full
}

/// (a) `{"input": …, "output": …}` in the API's format; `output` is the error object
/// `simulate` gives when the input cannot be computed.
pub fn json(input: &Input) -> String {
    let output = match api::simulate(input) {
        Ok(out) => api::output_json(&out),
        Err(e) => e.to_json(),
    };
    object(vec![("input", api::input_json(input)), ("output", output)]).to_string()
}

/// An amount as a French spreadsheet reads a number: "1097,89".
fn cell(x: Decimal) -> String {
    two_decimals(x).replace('.', ",")
}

/// (b) The month-by-month table: month, hours, gross and net pay, then the prime d'activité and
/// the total when the household is known, and the structure's cost after the aide au poste
/// when the employer view is filled; a last row of totals. Empty cells where a figure does not
/// apply (no pay after the contract). `None` when the input gives no contract.
pub fn csv(input: &Input) -> Option<String> {
    let out: Output = api::simulate(input).ok()?;
    let c = out.contract.as_ref()?;
    let income = out.income.as_ref();
    let employer = out.employer_view.as_ref();
    let mut head = vec![t("export.col.month"), t("export.col.hours"), t("export.col.gross"), t("export.col.net")];
    if income.is_some() {
        head.extend([t("export.col.prime"), t("export.col.total")]);
    }
    if employer.is_some() {
        head.push(t("export.col.cost"));
    }
    let mut text = String::from("\u{feff}");
    let mut row = |cells: Vec<String>| {
        text.push_str(&cells.join(";"));
        text.push_str("\r\n");
    };
    row(head.into_iter().map(str::to_owned).collect());
    // The months of the prime when it is computed (the contract's and 4 after), else the contract's.
    let months: Vec<_> = match income {
        Some(i) => i.months.iter().map(|m| m.month).collect(),
        None => c.months.iter().map(|m| m.month).collect(),
    };
    for m in months {
        let pay = c.months.iter().find(|r| r.month == m);
        let mut cells = vec![
            month_year(m.year, m.month),
            pay.map(|r| cell(r.hours)).unwrap_or_default(),
            pay.map(|r| cell(r.gross)).unwrap_or_default(),
            cell(pay.map_or(Decimal::ZERO, |r| r.net)),
        ];
        if let Some(i) = income {
            let im = i.months.iter().find(|r| r.month == m);
            cells.push(im.map(|r| cell(r.prime)).unwrap_or_default());
            cells.push(im.map(|r| cell(r.total)).unwrap_or_default());
        }
        if let Some(v) = employer {
            cells.push(v.months.iter().find(|r| r.month == m).map(|r| cell(r.cost_after_aid)).unwrap_or_default());
        }
        row(cells);
    }
    let mut cells = vec![t("export.total").to_owned(), cell(c.totals.hours), cell(c.totals.gross), cell(c.totals.net)];
    if let Some(i) = income {
        cells.extend([cell(i.totals.prime), cell(i.totals.total)]);
    }
    if let Some(v) = employer {
        cells.push(cell(v.totals.cost_after_aid));
    }
    row(cells);
    Some(text)
}

/// The download `name` (`x-json`, `x-csv`) for these answers on `today` and the exported input.
pub fn download(name: &str, a: &Answers, full: Input, today: NaiveDate) -> Option<Download> {
    let input = input(a, full);
    match name {
        "x-json" => Some(Download { name: format!("tremplin-{today}.json"), mime: "application/json", text: json(&input) }),
        "x-csv" => Some(Download { name: format!("tremplin-mois-{today}.csv"), mime: "text/csv;charset=utf-8", text: csv(&input)? }),
        _ => None,
    }
}

/// The export block: "Inclure la date de naissance" and the two buttons (drawn once per screen).
pub fn form(a: &Answers) -> String {
    let mut h = super::html::Html::new();
    h.el("h3", &[], t("export.title"));
    h.el("p", &[("class", "tr-help"), ("id", "tr-xk-dob-help")], t("export.help"));
    h.wrap("div", &[("class", "tr-option")], |h| {
        let mut attrs: Vec<(&str, &str)> = vec![("type", "checkbox"), ("id", "tr-xk-dob"), ("name", WITH_BIRTH_DATE), ("value", "1"), ("aria-describedby", "tr-xk-dob-help")];
        if a.later.get(WITH_BIRTH_DATE) == Some("1") {
            attrs.push(("checked", ""));
        }
        h.open("input", &attrs);
        h.el("label", &[("for", "tr-xk-dob")], t("export.birth_date"));
    });
    h.wrap("div", &[("class", "tr-actions")], |h| {
        for (action, words) in [("x-json", "export.json"), ("x-csv", "export.csv")] {
            h.el("button", &[("type", "button"), ("class", "tr-button"), ("data-action", action), ("data-testid", action)], t(words));
        }
    });
    h.finish()
}
