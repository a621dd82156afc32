//! The structure's side of a CDDI post as HTML (employer.md E9–E12): the cost of the post per
//! month and over the contract before and after the aide au poste, a payslip-style table of the
//! employer lines of a typical month, the month-by-month table, the errors and notices in plain
//! words; and the revenue cap check. Pure: engine output in, escaped HTML out; no legal
//! branching (every figure comes from `rules::employer`).

use super::html::Html;
use super::text::key2;
use super::verdict::refs;
use crate::i18n::format::{euros, month_year, number};
use crate::i18n::{fill, t, tf};
use crate::rules::contract::Contract;
use crate::rules::employer::{EmployerError, EmployerMonth, EmployerNotice, EmployerView, RevenueCap, RevenueStatus, REVENUE_CAP_REFS};
use rust_decimal::Decimal;

fn figure(h: &mut Html, label: &str, testid: &str, value: &str) {
    h.wrap("div", &[], |h| {
        h.el("dt", &[], label);
        if testid.is_empty() {
            h.el("dd", &[], value);
        } else {
            h.value("dd", &[("data-testid", testid)], value);
        }
    });
}

/// A rate as the payslip writes it: "13 %", "0,016 %".
fn rate(fraction: Decimal) -> String {
    let p = (fraction * Decimal::ONE_HUNDRED).normalize();
    tf("employer.percent", &[("n", &number(p, p.scale().clamp(2, 3)))])
}

fn error_text(e: &EmployerError) -> String {
    let month = e.month.map(|m| month_year(m.year, m.month)).unwrap_or_default();
    fill(key2("employer_error.", e.code.code()), &[("month", &month)])
}

/// The payslip of one month: every employer line, the reduction or exemption, the cost and the
/// aid. On the screen it is folded (`details`: on a phone the page stays short); printed
/// (`print`), it is a plain table.
fn payslip(h: &mut Html, m: &EmployerMonth, print: bool) {
    let caption = tf("employer_view.payslip_caption", &[("month", &month_year(m.month.year, m.month.month))]);
    if print {
        h.open("div", &[]);
        h.open("table", &[("class", "tr-table"), ("data-testid", "sheet-employer-payslip")]);
        h.el("caption", &[], &caption);
    } else {
        h.open("details", &[("class", "tr-employer-payslip"), ("data-testid", "employer-payslip")]);
        h.el("summary", &[], &caption);
        h.open("div", &[("class", "tr-table-wrap"), ("tabindex", "0"), ("role", "region"), ("aria-label", &caption)]);
        h.open("table", &[("class", "tr-table")]);
    }
    h.open("thead", &[]).open("tr", &[]);
    for col in ["line", "base", "rate", "amount"] {
        h.el("th", &[("scope", "col")], key2("employer_view.col.", col));
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for l in &m.lines {
        h.open("tr", &[]);
        h.el("th", &[("scope", "row")], key2("employer_line.", l.line.code()));
        h.el("td", &[], &euros(l.base));
        h.el("td", &[], &rate(l.rate));
        h.el("td", &[], &euros(l.amount));
        h.close("tr");
    }
    h.close("tbody").open("tfoot", &[]);
    let row = |h: &mut Html, label: &str, amount: String| {
        h.open("tr", &[]);
        h.el("th", &[("scope", "row"), ("colspan", "3")], label);
        h.el("td", &[], &amount);
        h.close("tr");
    };
    row(h, t("employer_view.contributions"), euros(m.contributions));
    match m.reduction_rate {
        Some(c) => row(h, &tf("employer_view.reduction_line", &[("rate", &number(c, 4))]), euros(-m.reduction)),
        None => row(h, t("employer_view.exemption"), euros(-m.exemption)),
    }
    row(h, t("employer_view.cost"), euros(m.cost));
    row(h, t("employer_view.aid"), euros(-m.aid));
    row(h, t("employer_view.cost_after_aid"), euros(m.cost_after_aid));
    h.close("tfoot").close("table").close("div");
    if !print {
        h.close("details");
    }
}

fn months_table(h: &mut Html, v: &EmployerView, print: bool) {
    if print {
        h.open("div", &[]);
        h.open("table", &[("class", "tr-table"), ("data-testid", "sheet-employer-months")]);
        h.el("caption", &[], t("employer_view.table_caption"));
    } else {
        h.open("div", &[("class", "tr-table-wrap"), ("tabindex", "0"), ("role", "region"), ("aria-labelledby", "tr-employer-months-caption")]);
        h.open("table", &[("class", "tr-table"), ("data-testid", "employer-months")]);
        h.el("caption", &[("id", "tr-employer-months-caption")], t("employer_view.table_caption"));
    }
    h.open("thead", &[]).open("tr", &[]);
    for col in ["month", "gross", "cost", "aid", "cost_after_aid"] {
        h.el("th", &[("scope", "col")], key2("employer_view.col.", col));
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for m in &v.months {
        h.open("tr", &[]);
        h.el("th", &[("scope", "row")], &month_year(m.month.year, m.month.month));
        for cell in [m.gross, m.cost, m.aid, m.cost_after_aid] {
            h.el("td", &[], &euros(cell));
        }
        h.close("tr");
    }
    h.close("tbody").open("tfoot", &[]).open("tr", &[]);
    h.el("th", &[("scope", "row")], t("contract.totals"));
    let tt = &v.totals;
    for cell in [tt.gross, tt.cost, tt.aid, tt.cost_after_aid] {
        h.el("td", &[], &euros(cell));
    }
    h.close("tr").close("tfoot").close("table").close("div");
}

/// The employer view of `contract`: on the screen under its `h2` (`tr-employer-title`), or
/// printed (`print`: on the structure's sheet, no id and no fold).
pub fn results(h: &mut Html, v: &EmployerView, contract: &Contract, print: bool) {
    if print {
        h.el("h3", &[], t("employer_view.title"));
    } else {
        h.el("h2", &[("id", "tr-employer-title")], t("employer_view.title"));
    }
    let id = |testid: &'static str| if print { "" } else { testid };
    if !v.errors.is_empty() {
        h.wrap("ul", &[("class", "tr-error"), ("data-testid", "employer-errors")], |h| {
            for e in &v.errors {
                h.el("li", &[], &error_text(e));
            }
        });
    }
    if let Some(m) = v.typical_month(contract) {
        let month = month_year(m.month.year, m.month.month);
        h.el("p", &[("class", "tr-muted")], &tf("employer_view.typical_month", &[("month", &month)]));
        h.wrap("dl", &[("class", "tr-figures")], |h| {
            figure(h, t("employer_view.typical_cost"), id("employer-cost"), &euros(m.cost));
            match m.reduction_rate {
                Some(_) => figure(h, t("employer_view.typical_reduction"), id("employer-reduction"), &euros(m.reduction)),
                None => figure(h, t("employer_view.typical_exemption"), id("employer-reduction"), &euros(m.exemption)),
            }
            figure(h, t("employer_view.typical_aid"), id("employer-aid"), &euros(m.aid));
            figure(h, t("employer_view.typical_cost_after_aid"), id("employer-cost-after-aid"), &euros(m.cost_after_aid));
            if !m.modulated.is_zero() {
                figure(h, t("employer_view.typical_modulated"), id("employer-modulated"), &euros(m.modulated));
            }
            let totals = tf("employer_view.totals_line", &[("cost", &euros(v.totals.cost)), ("aid", &euros(v.totals.aid)), ("after", &euros(v.totals.cost_after_aid))]);
            figure(h, t("employer_view.totals"), id("employer-totals"), &totals);
        });
        payslip(h, m, print);
        months_table(h, v, print);
    }
    h.wrap("ul", &[("class", "tr-notices"), ("data-testid", id("employer-notices"))], |h| {
        // What the aid pays for besides this cost, said even when no month is negative.
        if !v.notices.contains(&EmployerNotice::AidAlsoFundsSupport) {
            h.el("li", &[], t("employer_view.aid_scope"));
        }
        for n in &v.notices {
            h.el("li", &[], key2("employer_notice.", n.code()));
        }
    });
}

/// The revenue cap check (E12).
pub fn revenue_cap(h: &mut Html, r: &RevenueCap) {
    h.wrap("div", &[("class", "tr-revenue-cap"), ("data-testid", "revenue-cap")], |h| {
        let ratio = tf("employer.percent", &[("n", &number(r.ratio, 2))]);
        let pct = |x: Decimal| tf("employer.percent", &[("n", &number(x.normalize(), 0))]);
        let args = [("ratio", ratio.as_str()), ("cap", &pct(r.cap)), ("derogation", &pct(r.derogation))];
        h.el("p", &[("data-testid", "revenue-status")], &fill(key2("revenue_status.", r.status.code()), &args));
        // The derogation path in words (it is already in the sentence when it is open).
        if r.status != RevenueStatus::DerogationPossible {
            h.el("p", &[], &fill(t("revenue_cap.path"), &args));
        }
        for n in &r.notices {
            h.el("p", &[("class", "tr-muted")], key2("revenue_notice.", n.code()));
        }
        refs(h, REVENUE_CAP_REFS);
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{parse_input, simulate};

    fn output(json: &str) -> crate::rules::Output {
        simulate(&parse_input(json).unwrap()).unwrap()
    }

    #[test]
    fn the_worked_example_shows_its_cost_aid_and_payslip_in_french() {
        let out = output(r#"{"as_of":"2026-07-01","person":{"department":"59"},"contract":{"start":"2026-07-01","months":12,"weekly_hours":"26","employer_view":{}}}"#);
        let mut h = Html::new();
        results(&mut h, out.employer_view.as_ref().unwrap(), out.contract.as_ref().unwrap(), false);
        let html = h.finish();
        assert!(html.contains("1\u{202f}473,82\u{a0}€"), "cost");
        assert!(html.contains("1\u{202f}480,82\u{a0}€"), "aid");
        assert!(html.contains("-7,00\u{a0}€"), "cost after aid");
        assert!(html.contains("-520,10\u{a0}€"), "reduction");
        assert!(html.contains("0,016\u{a0}%") || html.contains("0,016 %"), "dialogue social rate: {html}");
        assert!(html.contains("0,3750"), "coefficient");
        assert_eq!(html.matches("<th scope=\"row\">").count(), 15 + 12 + 1, "15 lines, 12 months, the totals");
        assert!(!html.contains("<li></li>") && !html.contains("<th scope=\"row\"></th>"), "every code has its words");
    }

    #[test]
    fn a_month_before_2026_and_the_revenue_cap_are_said_in_words() {
        let out = output(r#"{"as_of":"2025-12-01","person":{"department":"974"},"contract":{"start":"2025-12-01","months":4,"weekly_hours":"26","employer_view":{}},"structure":{"activity_charges":"100000","sales_revenue":"40000"}}"#);
        let mut h = Html::new();
        results(&mut h, out.employer_view.as_ref().unwrap(), out.contract.as_ref().unwrap(), false);
        let html = h.finish();
        assert!(html.contains("décembre 2025"), "{html}");
        let mut h = Html::new();
        revenue_cap(&mut h, out.revenue_cap.as_ref().unwrap());
        let html = h.finish();
        assert!(html.contains("40,00"), "{html}");
        assert!(html.contains("moins de 30\u{a0}%") || html.contains("au moins 30"), "{html}");
        assert!(html.contains("CDIAE"), "the overseas notice: {html}");
    }
}
