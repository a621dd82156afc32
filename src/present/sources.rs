//! "Sources et paramètres": generated from the parameter timelines, every value with its
//! period and the legal text that sets it, so anyone can check what the simulator uses.

use super::html::Html;
use super::text::key;
use super::verdict::refs;
use crate::i18n::format::{euros, long_date, short};
use crate::i18n::{lookup, t, tf};
use crate::rules::params::{self, Value, ALL};

/// A value in words, French style.
pub fn value_text(v: &Value) -> String {
    let n = |k: &'static str, x: String| tf(k, &[("n", &x)]);
    match v {
        Value::EurosPerHour(x) => n("value.per_hour", euros(*x)),
        Value::EurosPerMonth(x) => n("value.per_month", euros(*x)),
        Value::Percent(x) => n("value.percent", short(*x)),
        Value::HoursPerWeek(x) => n("value.hours_week", short(*x)),
        Value::Months(m) => n("value.months", m.to_string()),
        Value::Years(y) => n("value.years", y.to_string()),
        Value::Count(c) => c.to_string(),
        Value::Table(rows) => rows
            .iter()
            .map(|(k, v)| {
                let name = lookup(&format!("kind_article.{k}")).or_else(|| lookup(&format!("criterion.{k}"))).unwrap_or(k);
                tf("value.row", &[("key", &name.replace(['{', '}'], "")), ("value", &value_text(v))])
            })
            .collect::<Vec<_>>()
            .join(" ; "),
        Value::Proof(doc, months) => {
            let doc = key(format!("doc.{doc}"));
            match months {
                Some(m) => tf("value.proof_months", &[("doc", doc), ("n", &m.to_string())]),
                None => tf("value.proof_any", &[("doc", doc)]),
            }
        }
        Value::AgeBands(bands, practice) => {
            let mut parts: Vec<String> = bands
                .iter()
                .map(|(age, pct)| tf("value.below_age", &[("age", &age.to_string()), ("value", &n("value.percent", short(*pct)))]))
                .collect();
            parts.push(n("value.practice", practice.to_string()));
            parts.join(" ; ")
        }
    }
}

pub fn sources(h: &mut Html) {
    h.open("div", &[("class", "tr-sources")]);
    h.el("h1", &[("id", "tr-screen-title"), ("tabindex", "-1")], t("sources.title"));
    h.el("p", &[], t("sources.intro"));
    let version = tf("sources.version", &[("version", &long_date(params::rules_version())), ("checked", &long_date(params::CHECKED))]);
    h.el("p", &[], &version);
    for tl in ALL {
        let id = tl.id();
        let heading = format!("tr-p-{}", id.replace('.', "-"));
        h.open("section", &[("class", "tr-param"), ("aria-labelledby", &heading), ("data-testid", &format!("param-{id}"))]);
        h.el("h2", &[("id", &heading)], lookup(&format!("param.{id}")).unwrap_or(id));
        refs(h, tl.refs());
        h.open("div", &[("class", "tr-table-wrap"), ("tabindex", "0"), ("role", "region"), ("aria-labelledby", &heading)]);
        h.open("table", &[("class", "tr-table")]);
        h.open("thead", &[]).open("tr", &[]);
        for col in ["from", "value", "source"] {
            h.el("th", &[("scope", "col")], key(format!("sources.col.{col}")));
        }
        h.close("tr").close("thead").open("tbody", &[]);
        for i in 0..tl.len() {
            h.open("tr", &[]);
            h.el("td", &[], &tl.effective(i).map(long_date).unwrap_or_default());
            h.el("td", &[], &tl.value(i).map(|v| value_text(&v)).unwrap_or_default());
            h.wrap("td", &[], |h| {
                h.text(tl.source(i).unwrap_or_default());
                if let Some(f) = tl.flag(i) {
                    h.el("p", &[("class", "tr-warning")], &format!("{} {f}", t("sources.flag")));
                }
            });
            h.close("tr");
        }
        h.close("tbody").close("table").close("div").close("section");
    }
    h.close("div");
}
