//! "Comparer des contrats": up to three contracts (start, months, weekly hours, hourly rate)
//! set beside the simulated one, each with its validity, its net pay, the total with the prime
//! d'activité when the household is known and the structure's cost after the aide au poste
//! when the employer view is filled, and what changes stated in words. A later block (drawn by
//! the second module, `present::later`): its answers are the later fields `xk1-…` to `xk3-…`,
//! so the columns travel in the share link like every answer. Pure: every figure comes from
//! the engine (`api::simulate` on the input of `later::full_input` with the column's
//! contract); nothing here decides a rule.

use super::form::typed_decimal;
use super::html::Html;
use super::text::{error_text, issue_text};
use crate::answers::{rate_looks_monthly, Answers};
use crate::api::{self, ApiError};
use crate::i18n::format::{euros, long_date, number, short};
use crate::i18n::{t, tf};
use crate::rules::calendar::parse_iso_date;
use crate::rules::contract::Contract;
use crate::rules::employer::EmployerView;
use crate::rules::income::Income;
use crate::rules::input::{MAX_CONTRACT_MONTHS, MAX_HOURLY_RATE, MAX_WEEKLY_HOURS};
use crate::rules::{ContractInput, Input};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// How many contracts can be compared at once.
pub const COLUMNS: usize = 3;
/// The four answers of a column, as the later fields `xk<n>-<field>` name them.
const FIELDS: [&str; 4] = ["start", "months", "hours", "rate"];
/// What a person types in the rate box for the minimum wage in force each month.
const SMIC: &str = "smic";

/// One compared contract as answered: `None` in a field is "as the simulated contract".
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// 1 to [`COLUMNS`].
    pub n: usize,
    pub start: Option<NaiveDate>,
    pub months: Option<u32>,
    pub hours: Option<Decimal>,
    /// `Some(None)`: the SMIC in force each month.
    pub rate: Option<Option<Decimal>>,
    /// The fields that could not be read: (field, message id).
    pub errors: Vec<(&'static str, &'static str)>,
}

fn name(n: usize, field: &str) -> String {
    format!("xk{n}-{field}")
}

/// The columns the person filled in (at least one field answered), in order.
pub fn columns(a: &Answers) -> Vec<Column> {
    (1..=COLUMNS).filter_map(|n| column(a, n)).collect()
}

/// Column `n` if any of its fields is answered.
pub fn column(a: &Answers, n: usize) -> Option<Column> {
    let get = |f: &str| a.later.get(&name(n, f)).map(str::trim).filter(|v| !v.is_empty());
    if FIELDS.iter().all(|f| get(f).is_none()) {
        return None;
    }
    let mut c = Column { n, start: None, months: None, hours: None, rate: None, errors: Vec::new() };
    if let Some(v) = get("start") {
        c.start = parse_iso_date(v);
        if c.start.is_none() {
            c.errors.push(("start", "contract.invalid_start"));
        }
    }
    if let Some(v) = get("months") {
        c.months = v.parse::<u32>().ok().filter(|m| (1..=MAX_CONTRACT_MONTHS).contains(m));
        if c.months.is_none() {
            c.errors.push(("months", "contract.invalid_months"));
        }
    }
    if let Some(v) = get("hours") {
        c.hours = typed_decimal(v).filter(|h| *h > Decimal::ZERO && *h <= Decimal::from(MAX_WEEKLY_HOURS));
        if c.hours.is_none() {
            c.errors.push(("hours", "contract.invalid_hours"));
        }
    }
    if let Some(v) = get("rate") {
        if v.eq_ignore_ascii_case(SMIC) {
            c.rate = Some(None);
        } else {
            match typed_decimal(v).filter(|r| *r > Decimal::ZERO) {
                None => c.errors.push(("rate", "contract.invalid_amount")),
                Some(r) if r > Decimal::from(MAX_HOURLY_RATE) => c.errors.push(("rate", "contract.rate_monthly")),
                Some(r) => c.rate = Some(Some(r)),
            }
        }
    }
    Some(c)
}

/// The column's contract: the simulated contract with the column's answers in place of its own
/// (derogation, extension ground, employer and structure's side stay those of the simulation).
pub fn contract_of(base: &ContractInput, c: &Column) -> ContractInput {
    ContractInput {
        start: c.start.unwrap_or(base.start),
        months: c.months.unwrap_or(base.months),
        weekly_hours: c.hours.unwrap_or(base.weekly_hours),
        hourly_rate: c.rate.unwrap_or(base.hourly_rate),
        ..base.clone()
    }
}

/// What the engine says of one contract.
#[derive(Debug, Clone)]
pub struct Figures {
    pub contract: Contract,
    pub income: Option<Income>,
    pub employer: Option<EmployerView>,
}

impl Figures {
    /// Net pay of a typical month (the first full month).
    pub fn typical_net(&self) -> Option<Decimal> {
        self.contract.typical_month().map(|m| m.net)
    }

    /// The prime d'activité of the first month whose right is computed on full months of this
    /// contract only (before it, the right still reflects the income before the contract).
    pub fn settled_prime(&self) -> Option<Decimal> {
        let full = |m| self.contract.months.iter().any(|r| r.month == m && r.is_full());
        self.income.as_ref()?.months.iter().find(|m| m.reference_months.iter().all(|r| full(*r))).map(|m| m.prime)
    }

    /// The structure's cost of a typical month after the aide au poste.
    pub fn cost_after_aid(&self) -> Option<Decimal> {
        self.employer.as_ref()?.typical_month(&self.contract).map(|m| m.cost_after_aid)
    }
}

/// The engine's answer for `base` with `contract` in place of its own.
pub fn simulate(base: &Input, contract: ContractInput) -> Result<Figures, ApiError> {
    let mut input = base.clone();
    input.contract = Some(contract);
    let out = api::simulate(&input)?;
    let contract = out.contract.ok_or_else(|| ApiError::invalid("contract", "no contract in the input"))?;
    Ok(Figures { contract, income: out.income, employer: out.employer_view })
}

/// The questions: one group of four boxes per column, with the values answered (drawn once
/// per screen, so that typing keeps the focus).
pub fn form(a: &Answers) -> String {
    let mut h = Html::new();
    h.el("h3", &[("id", "tr-compare-title")], t("compare.title"));
    h.el("p", &[("class", "tr-help"), ("id", "tr-compare-help")], t("compare.help"));
    h.open("div", &[("class", "tr-compare")]);
    for n in 1..=COLUMNS {
        let legend = tf("compare.column", &[("n", &n.to_string())]);
        h.open("fieldset", &[("class", "tr-advisor-group"), ("data-testid", &format!("compare-form-{n}"))]);
        h.el("legend", &[], &legend);
        for f in FIELDS {
            let field = name(n, f);
            let id = format!("tr-{field}");
            let value = a.later.get(&field).unwrap_or("");
            h.wrap("div", &[("class", "tr-field")], |h| {
                h.el("label", &[("class", "tr-label"), ("for", &id)], crate::i18n::lookup2("compare.field.", f).unwrap_or(f));
                let attrs: &[(&str, &str)] = match f {
                    "start" => &[("type", "date"), ("id", &id), ("name", &field), ("class", "tr-input"), ("value", value), ("aria-describedby", "tr-compare-help")],
                    _ => &[
                        ("type", "text"), ("inputmode", if f == "months" { "numeric" } else { "decimal" }), ("id", &id), ("name", &field),
                        ("class", "tr-input tr-input-4"), ("size", "6"), ("maxlength", "12"), ("value", value), ("aria-describedby", "tr-compare-help"),
                    ],
                };
                h.open("input", attrs);
            });
        }
        h.close("fieldset");
    }
    h.close("div");
    h.finish()
}

/// A whole-euro amount with its sign: "+ 254 €", "− 43 €".
fn signed(x: Decimal) -> String {
    let sign = if x < Decimal::ZERO { "−\u{a0}" } else { "+\u{a0}" };
    format!("{sign}{}\u{a0}€", number(x.abs(), 0))
}

fn whole(x: Decimal) -> String {
    format!("{}\u{a0}€", number(x.abs(), 0))
}

fn rate_words(r: Option<Decimal>) -> String {
    r.map_or_else(|| t("compare.smic").to_owned(), |r| tf("compare.per_hour", &[("rate", &euros(r))]))
}

/// What the column changes, in words: "26 h au lieu de 20 h, 18 mois au lieu de 12".
fn changes(col: &ContractInput, base: &ContractInput) -> Vec<String> {
    let mut out = Vec::new();
    if col.weekly_hours != base.weekly_hours {
        out.push(tf("compare.diff.hours", &[("new", &short(col.weekly_hours)), ("old", &short(base.weekly_hours))]));
    }
    if col.months != base.months {
        out.push(tf("compare.diff.months", &[("new", &col.months.to_string()), ("old", &base.months.to_string())]));
    }
    if col.start != base.start {
        out.push(tf("compare.diff.start", &[("new", &long_date(col.start)), ("old", &long_date(base.start))]));
    }
    match (col.hourly_rate, base.hourly_rate) {
        (Some(n), Some(o)) if n != o => out.push(tf("compare.diff.rate", &[("new", &euros(n)), ("old", &euros(o))])),
        (None, Some(o)) => out.push(tf("compare.diff.rate_to_smic", &[("old", &euros(o))])),
        (Some(n), None) => out.push(tf("compare.diff.rate_from_smic", &[("new", &euros(n))])),
        _ => {}
    }
    out
}

/// The difference with the simulated contract in words: what changes, then what it gives.
pub fn difference(col: &ContractInput, f: &Figures, base: &ContractInput, b: &Figures) -> String {
    let what = changes(col, base);
    if what.is_empty() {
        return t("compare.diff.same").to_owned();
    }
    let what = what.join(", ");
    let mut out = String::new();
    if let (Some(pay), Some(pay0)) = (f.typical_net(), b.typical_net()) {
        let pay = pay - pay0;
        let money = match (f.settled_prime(), b.settled_prime()) {
            (Some(p), Some(p0)) => {
                let prime = p - p0;
                // Parts without a sign when they go the same way as the whole, as one says it.
                let same = (pay >= Decimal::ZERO) == (pay + prime >= Decimal::ZERO) && (prime >= Decimal::ZERO) == (pay + prime >= Decimal::ZERO);
                let part = |x: Decimal| if same { whole(x) } else { signed(x) };
                tf("compare.diff.month_prime", &[("total", &signed(pay + prime)), ("pay", &part(pay)), ("prime", &part(prime))])
            }
            _ => tf("compare.diff.month", &[("total", &signed(pay))]),
        };
        out.push_str(&tf("compare.diff.line", &[("what", &what), ("money", &money)]));
    }
    let mut more = vec![tf("compare.diff.contract", &[("net", &signed(f.contract.totals.net - b.contract.totals.net))])];
    if let (Some(i), Some(i0)) = (&f.income, &b.income) {
        more.push(tf("compare.diff.total", &[("total", &signed(i.totals.total - i0.totals.total))]));
    }
    if let (Some(c), Some(c0)) = (f.cost_after_aid(), b.cost_after_aid()) {
        more.push(tf("compare.diff.cost", &[("cost", &signed(c - c0))]));
    }
    if out.is_empty() {
        out = what;
    }
    for m in more {
        out.push(' ');
        out.push_str(&m);
    }
    out
}

fn figure(h: &mut Html, label: &str, testid: &str, value: &str) {
    h.wrap("div", &[], |h| {
        h.el("dt", &[], label);
        h.el("dd", &[("data-testid", testid)], value);
    });
}

/// The figures of one column (or of the simulated contract, `n` 0).
fn figures(h: &mut Html, n: usize, f: &Figures) {
    let c = &f.contract;
    let validity = if c.valid {
        t("contract.valid").to_owned()
    } else {
        tf("contract.invalid_line", &[("errors", &c.errors.iter().map(issue_text).collect::<Vec<_>>().join(" "))])
    };
    h.el("p", &[("class", if c.valid { "tr-ok" } else { "tr-error" }), ("data-testid", &format!("compare-{n}-validity"))], &validity);
    h.wrap("dl", &[("class", "tr-figures")], |h| {
        if let Some(net) = f.typical_net() {
            figure(h, t("contract.typical_net"), &format!("compare-{n}-net"), &euros(net));
        }
        figure(h, t("compare.net_contract"), &format!("compare-{n}-net-total"), &euros(c.totals.net));
        if let Some(i) = &f.income {
            if let Some(p) = f.settled_prime() {
                figure(h, t("compare.prime_month"), &format!("compare-{n}-prime"), &euros(p));
            }
            figure(h, t("compare.total_income"), &format!("compare-{n}-total"), &euros(i.totals.total));
        }
        if let (Some(v), Some(cost)) = (&f.employer, f.cost_after_aid()) {
            figure(h, t("compare.cost_month"), &format!("compare-{n}-cost"), &euros(cost));
            figure(h, t("compare.cost_contract"), &format!("compare-{n}-cost-total"), &euros(v.totals.cost_after_aid));
        }
    });
}

fn summary(c: &ContractInput) -> String {
    tf("compare.summary", &[("hours", &short(c.weekly_hours)), ("months", &c.months.to_string()), ("start", &long_date(c.start)), ("rate", &rate_words(c.hourly_rate))])
}

/// The figures block: the simulated contract, then each column with its differences in words
/// and "Garder ce contrat". `base` is the engine's input of the simulation (`later::full_input`).
pub fn block(a: &Answers, base: &Input) -> String {
    let mut h = Html::new();
    let cols = columns(a);
    if cols.is_empty() {
        h.el("p", &[("class", "tr-muted"), ("data-testid", "compare-empty")], t("compare.empty"));
        return h.finish();
    }
    let Some(base_contract) = base.contract.clone() else { return h.finish() };
    let reference = simulate(base, base_contract.clone());
    h.open("div", &[("class", "tr-compare"), ("data-testid", "compare-columns")]);
    h.wrap("section", &[("class", "tr-panel"), ("aria-labelledby", "tr-compare-0"), ("data-testid", "compare-0")], |h| {
        h.el("h4", &[("id", "tr-compare-0")], t("compare.simulated"));
        h.el("p", &[], &summary(&base_contract));
        match &reference {
            Ok(f) => figures(h, 0, f),
            Err(e) => {
                h.el("p", &[("class", "tr-error")], &error_text(e));
            }
        }
    });
    for col in &cols {
        let title_id = format!("tr-compare-{}", col.n);
        h.open("section", &[("class", "tr-panel"), ("aria-labelledby", &title_id), ("data-testid", &format!("compare-{}", col.n))]);
        h.el("h4", &[("id", &title_id)], &tf("compare.column", &[("n", &col.n.to_string())]));
        let ci = contract_of(&base_contract, col);
        let errors = problems(col, &ci);
        if !errors.is_empty() {
            for (field, message) in errors {
                let label = crate::i18n::lookup2("compare.field.", field).unwrap_or(field);
                h.el("p", &[("class", "tr-error"), ("data-testid", &format!("compare-{}-error", col.n))], &tf("compare.field_error", &[("field", label), ("message", t(message))]));
            }
            h.close("section");
            continue;
        }
        h.el("p", &[], &summary(&ci));
        match simulate(base, ci.clone()) {
            Ok(f) => {
                figures(&mut h, col.n, &f);
                if let Ok(b) = &reference {
                    h.el("p", &[("data-testid", &format!("compare-{}-diff", col.n))], &difference(&ci, &f, &base_contract, b));
                }
                let n = col.n.to_string();
                h.el("button", &[("type", "button"), ("class", "tr-button"), ("data-action", "x-keep"), ("data-arg", &n), ("data-testid", &format!("compare-{n}-keep"))], t("compare.keep"));
            }
            Err(e) => {
                h.el("p", &[("class", "tr-error")], &error_text(&e));
            }
        }
        h.close("section");
    }
    h.close("div");
    h.finish()
}

/// The column's fields in error: unreadable, or an hourly rate so high it must be a monthly
/// amount (as the contract form asks, `answers::rate_looks_monthly`), which is never used.
fn problems(col: &Column, ci: &ContractInput) -> Vec<(&'static str, &'static str)> {
    let mut out = col.errors.clone();
    if col.rate.flatten().is_some_and(|r| rate_looks_monthly(r, ci.start)) {
        out.push(("rate", "contract.rate_monthly"));
    }
    out
}

/// "Garder ce contrat": the answers with column `arg`'s contract as the simulated one, and the
/// contract it replaces in that column, so that nothing compared is lost. `None` for a column
/// that is not there or has a field in error.
pub fn keep(a: &Answers, arg: &str, today: NaiveDate) -> Option<Answers> {
    let n: usize = arg.parse().ok()?;
    let col = column(a, n)?;
    let base = a.to_input(today).contract?;
    let kept = contract_of(&base, &col);
    if !problems(&col, &kept).is_empty() {
        return None;
    }
    let mut out = a.clone();
    // The previous contract, explicitly, in the column.
    let rate = base.hourly_rate.map_or_else(|| "SMIC".to_owned(), short);
    for (f, v) in FIELDS.into_iter().zip([base.start.to_string(), base.months.to_string(), short(base.weekly_hours), rate]) {
        out.later.set(&name(n, f), &v);
    }
    let c = &mut out.contract;
    // A start equal to the default one stays "the default", as the form keeps it.
    c.start = Some(kept.start).filter(|s| a.contract.start.is_some() || *s != base.start);
    c.months = kept.months;
    c.weekly_hours = kept.weekly_hours;
    c.hourly_rate = kept.hourly_rate;
    Some(out)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::answers::share;
    use crate::rules::{EmployerViewInput, Household};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 10, 5).unwrap()
    }

    /// The simulated contract at 20 h, and column 1 at 26 h.
    fn answers(fields: &[(&str, &str)]) -> Answers {
        let mut a = Answers::default();
        a.contract.weekly_hours = Decimal::from(20);
        for (n, v) in fields {
            assert!(a.later.set(n, v));
        }
        a
    }

    #[test]
    fn an_empty_box_takes_the_simulated_contracts_value_and_smic_is_the_minimum() {
        let a = answers(&[("xk1-hours", "26"), ("xk2-rate", "SMIC"), ("xk2-months", "18")]);
        let cols = columns(&a);
        assert_eq!(cols.len(), 2, "column 3 has no answer, so it is not compared");
        let base = a.to_input(today()).contract.unwrap();
        let one = contract_of(&base, &cols[0]);
        assert_eq!((one.weekly_hours, one.months, one.start, one.hourly_rate), (Decimal::from(26), 12, base.start, None));
        let mut custom = a.clone();
        custom.contract.hourly_rate = Some(Decimal::new(1300, 2));
        let two = contract_of(&custom.to_input(today()).contract.unwrap(), &cols[1]);
        assert_eq!((two.months, two.hourly_rate), (18, None), "« SMIC » replaces a custom rate by the minimum");
    }

    #[test]
    fn a_box_that_cannot_be_read_is_worded_and_gives_no_figure() {
        let a = answers(&[("xk2-hours", "vingt"), ("xk2-rate", "1800")]);
        let html = block(&a, &a.to_input(today()));
        assert!(html.contains("Heures par semaine : Indiquez un nombre d’heures"), "{html}");
        assert!(html.contains("Salaire horaire brut : Ce montant est trop élevé"), "{html}");
        assert!(!html.contains("compare-2-net") && !html.contains("compare-2-keep"), "{html}");
        assert!(keep(&a, "2", today()).is_none(), "a column in error cannot be kept");
    }

    #[test]
    fn each_column_says_whether_the_contract_is_possible() {
        // 15 h a week without the prefect's derogation is below the CDDI minimum (L5132-15-1).
        let a = answers(&[("xk1-hours", "15"), ("xk2-hours", "26")]);
        let html = block(&a, &a.to_input(today()));
        assert!(html.contains("data-testid=\"compare-1-validity\">Ce contrat ne respecte pas une règle"), "{html}");
        assert!(html.contains("data-testid=\"compare-2-validity\">Ce contrat respecte les règles."), "{html}");
    }

    #[test]
    fn without_a_household_the_difference_is_the_pay_alone() {
        let a = answers(&[("xk1-hours", "26")]);
        let base = a.to_input(today());
        let html = block(&a, &base);
        let b = simulate(&base, base.contract.clone().unwrap()).unwrap();
        let f = simulate(&base, contract_of(base.contract.as_ref().unwrap(), &columns(&a)[0])).unwrap();
        let pay = f.typical_net().unwrap() - b.typical_net().unwrap();
        assert!(pay > Decimal::ZERO);
        let words = format!("26 h au lieu de 20 h : +\u{a0}{}\u{a0}€ nets par mois.", number(pay, 0));
        assert!(html.contains(&words), "{words} in {html}");
        assert!(!html.contains("prime d’activité") && !html.contains("compare-1-cost"), "{html}");
    }

    #[test]
    fn with_a_household_the_difference_splits_pay_and_prime_dactivite() {
        let a = answers(&[("xk1-hours", "26")]);
        let mut base = a.to_input(today());
        base.household = Some(Household::default());
        let b = simulate(&base, base.contract.clone().unwrap()).unwrap();
        let col = contract_of(base.contract.as_ref().unwrap(), &columns(&a)[0]);
        let f = simulate(&base, col.clone()).unwrap();
        let pay = f.typical_net().unwrap() - b.typical_net().unwrap();
        let prime = f.settled_prime().unwrap() - b.settled_prime().unwrap();
        let words = difference(&col, &f, base.contract.as_ref().unwrap(), &b);
        // Here more pay lowers the prime (its earned share is 61 % of pay, less than the
        // pay itself, L842-3), so each part carries its own sign.
        assert!(pay > Decimal::ZERO && prime < Decimal::ZERO, "{pay} {prime}");
        let expected = format!("26 h au lieu de 20 h : {} nets par mois, dont {} de salaire et {} de prime d’activité.", signed(pay + prime), signed(pay), signed(prime));
        assert!(words.starts_with(&expected), "{expected} in {words}");
        assert!(words.contains("Avec la prime d’activité, sur toute la période : "), "{words}");
        let html = block(&a, &base);
        assert!(html.contains("compare-1-prime") && html.contains("compare-1-total") && html.contains("compare-0-total"), "{html}");
    }

    #[test]
    fn with_the_employer_view_each_column_gives_the_structures_cost_after_the_aid() {
        let a = answers(&[("xk1-hours", "26")]);
        let mut base = a.to_input(today());
        if let Some(c) = base.contract.as_mut() {
            c.employer_view = Some(EmployerViewInput::default());
        }
        let html = block(&a, &base);
        assert!(html.contains("compare-1-cost") && html.contains("compare-0-cost-total"), "{html}");
        let b = simulate(&base, base.contract.clone().unwrap()).unwrap();
        let f = simulate(&base, contract_of(base.contract.as_ref().unwrap(), &columns(&a)[0])).unwrap();
        let cost = f.cost_after_aid().unwrap() - b.cost_after_aid().unwrap();
        assert!(html.contains(&format!("Pour la structure, après l’aide au poste : {} par mois.", signed(cost))), "{html}");
    }

    #[test]
    fn keeping_a_column_makes_it_the_simulated_contract_and_puts_the_previous_one_in_its_place() {
        let a = answers(&[("xk1-hours", "26"), ("xk2-months", "18"), ("xk3-rate", "13,50")]);
        let kept = keep(&a, "2", today()).unwrap();
        assert_eq!((kept.contract.months, kept.contract.weekly_hours), (18, Decimal::from(20)));
        assert_eq!(kept.contract.start, None, "the default start stays the default");
        let two = column(&kept, 2).unwrap();
        assert_eq!((two.months, two.hours, two.rate), (Some(12), Some(Decimal::from(20)), Some(None)));
        assert_eq!(column(&kept, 1), column(&a, 1), "the other columns stay");
        assert!(keep(&a, "4", today()).is_none() && keep(&a, "x", today()).is_none());
    }

    #[test]
    fn the_comparison_survives_a_share_link() {
        let a = answers(&[("xk1-hours", "26"), ("xk2-months", "18"), ("xk3-start", "2027-03-01")]);
        let back = share::decode(&share::encode(&a, None)).answers;
        assert_eq!(columns(&back), columns(&a));
        assert_eq!(block(&back, &back.to_input(today())), block(&a, &a.to_input(today())));
        assert_eq!(form(&back), form(&a));
        assert!(form(&a).contains("value=\"2027-03-01\""));
        assert!(block(&a, &a.to_input(today())).contains("début le 1er mars 2027 au lieu du 1er novembre 2026"));
    }

    #[test]
    fn with_no_column_answered_the_block_says_how_to_start() {
        let a = answers(&[]);
        assert!(block(&a, &a.to_input(today())).contains("compare-empty"));
    }

    #[test]
    fn parts_going_the_same_way_as_the_whole_are_said_without_a_sign() {
        // Other resources far above the household amount: no prime d'activité either way.
        let a = answers(&[("xk1-hours", "26")]);
        let mut base = a.to_input(today());
        base.household = Some(Household { other_resources: Decimal::from(5000), ..Household::default() });
        let b = simulate(&base, base.contract.clone().unwrap()).unwrap();
        let col = contract_of(base.contract.as_ref().unwrap(), &columns(&a)[0]);
        let f = simulate(&base, col.clone()).unwrap();
        assert_eq!((f.settled_prime(), b.settled_prime()), (Some(Decimal::ZERO), Some(Decimal::ZERO)));
        let pay = number(f.typical_net().unwrap() - b.typical_net().unwrap(), 0);
        let words = difference(&col, &f, base.contract.as_ref().unwrap(), &b);
        let expected = format!("26 h au lieu de 20 h : +\u{a0}{pay}\u{a0}€ nets par mois, dont {pay}\u{a0}€ de salaire et 0\u{a0}€ de prime d’activité.");
        assert!(words.starts_with(&expected), "{expected} in {words}");
    }
}
