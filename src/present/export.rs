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

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use crate::api::json::{parse, Json};
    use crate::rules::{EmployerViewInput, Household};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 10, 5).unwrap()
    }

    fn answers() -> Answers {
        Answers {
            birth_date: NaiveDate::from_ymd_opt(1990, 2, 11),
            employed: Some(false),
            benefits: Some(vec![crate::rules::codes::Benefit::Rsa]),
            department: Some("59".to_owned()),
            ..Answers::default()
        }
    }

    fn text(j: &Json) -> String {
        let mut s = String::new();
        j.write(&mut s);
        s
    }

    #[test]
    fn the_json_file_gives_simulate_back_the_same_answer() {
        let a = answers();
        let mut full = a.to_input(today());
        full.household = Some(Household { children: 1, ..Household::default() });
        if let Some(c) = full.contract.as_mut() {
            c.employer_view = Some(EmployerViewInput::default());
        }
        let file = parse(&json(&input(&a, full))).unwrap();
        let reloaded = crate::api::simulate_json(&text(file.get("input").unwrap()));
        assert_eq!(reloaded, text(file.get("output").unwrap()));
        let out = file.get("output").unwrap();
        assert!(out.get("income").is_some() && out.get("contract").unwrap().get("employer_view").is_some(), "{reloaded}");
    }

    #[test]
    fn the_birth_date_is_left_out_unless_the_advisor_ticks_it() {
        let mut a = answers();
        let out = json(&input(&a, a.to_input(today())));
        assert!(out.contains("\"birth_date\":null") && !out.contains("1990-02-11"), "{out}");
        a.later.set(WITH_BIRTH_DATE, "1");
        let out = json(&input(&a, a.to_input(today())));
        assert!(out.contains("\"birth_date\":\"1990-02-11\""), "{out}");
        assert!(form(&a).contains("checked"));
    }

    #[test]
    fn the_csv_opens_in_a_french_spreadsheet() {
        let a = answers();
        let csv = csv(&input(&a, a.to_input(today()))).unwrap();
        assert!(csv.starts_with("\u{feff}Mois;Heures;Salaire brut;Salaire net\r\n"), "{csv}");
        let rows: Vec<&str> = csv.trim_end().split("\r\n").collect();
        assert_eq!(rows.len(), 1 + 12 + 1, "a header, 12 months and the totals");
        assert_eq!(rows[1], "novembre 2026;112,67;1386,93;1097,89");
        assert!(rows[13].starts_with("Total;1352,04;"), "{}", rows[13]);
        assert!(rows.iter().all(|r| r.split(';').count() == 4));
    }

    #[test]
    fn the_csv_adds_the_prime_and_the_structures_cost_when_they_are_computed() {
        let a = answers();
        let mut full = a.to_input(today());
        full.household = Some(Household::default());
        if let Some(c) = full.contract.as_mut() {
            c.employer_view = Some(EmployerViewInput::default());
        }
        let csv = csv(&input(&a, full)).unwrap();
        let rows: Vec<&str> = csv.trim_end().split("\r\n").collect();
        assert_eq!(rows[0], "\u{feff}Mois;Heures;Salaire brut;Salaire net;Prime d’activité;Salaire et prime d’activité;Coût pour la structure après l’aide au poste");
        assert_eq!(rows.len(), 1 + 12 + 4 + 1, "the prime follows the pay 4 months after the contract");
        let after: Vec<&str> = rows[14].split(';').collect();
        assert_eq!(&after[..4], &["décembre 2027", "", "", "0,00"], "no pay after the contract");
        assert!(rows.iter().skip(1).all(|r| r.split(';').count() == 7 && !r.contains('.')), "{csv}");
    }

    #[test]
    fn the_input_file_reads_back_to_the_same_input() {
        let a = Answers { criteria: Some(crate::rules::codes::Criterion::from_code("QPV").into_iter().collect()), ..answers() };
        let mut i = a.to_input(today());
        i.household = Some(Household { couple: true, partner_earnings: Decimal::new(80050, 2), ..Household::default() });
        i.structure = Some(crate::rules::StructureInput { activity_charges: Decimal::from(100_000), sales_revenue: Decimal::from(20_000) });
        if let Some(c) = i.contract.as_mut() {
            c.hourly_rate = Some(Decimal::new(1250, 2));
            c.employer_view = Some(EmployerViewInput { atmp_rate: Some(Decimal::new(150, 2)), ..EmployerViewInput::default() });
        }
        assert_eq!(crate::api::parse_input(&crate::api::input_json(&i).to_string()).unwrap(), i);
    }
}
