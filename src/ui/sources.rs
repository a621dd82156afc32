//! "Sources et paramètres": generated from the parameter timelines, every value with its
//! period and the legal text that sets it, so anyone can check what the simulator uses.

use super::legal::Refs;
use crate::answers::questions::long_date;
use crate::i18n::{format, lookup, t, tf};
use crate::rules::params::{self, Value, ALL};
use leptos::prelude::*;

/// A value in words, French style.
pub fn value_text(v: &Value) -> String {
    let n = |key: &'static str, x: String| tf(key, &[("n", &x)]);
    match v {
        Value::EurosPerHour(x) => n("value.per_hour", format::euros(*x)),
        Value::EurosPerMonth(x) => n("value.per_month", format::euros(*x)),
        Value::Percent(x) => n("value.percent", format::short(*x)),
        Value::HoursPerWeek(x) => n("value.hours_week", format::short(*x)),
        Value::Months(m) => n("value.months", m.to_string()),
        Value::Years(y) => n("value.years", y.to_string()),
        Value::Count(c) => c.to_string(),
        Value::Table(rows) => rows
            .iter()
            .map(|(k, v)| {
                let key = lookup(&format!("kind_article.{k}"))
                    .or_else(|| lookup(&format!("criterion.{k}")))
                    .unwrap_or(k)
                    .replace(['{', '}'], "");
                tf("value.row", &[("key", &key), ("value", &value_text(v))])
            })
            .collect::<Vec<_>>()
            .join(" ; "),
        Value::Proof(doc, months) => {
            let doc = lookup(&format!("doc.{doc}")).unwrap_or(doc);
            match months {
                Some(m) => tf("value.proof_months", &[("doc", doc), ("n", &m.to_string())]),
                None => tf("value.proof_any", &[("doc", doc)]),
            }
        }
        Value::AgeBands(bands, practice) => {
            let mut parts: Vec<String> = bands
                .iter()
                .map(|(age, pct)| tf("value.below_age", &[("age", &age.to_string()), ("value", &n("value.percent", format::short(*pct)))]))
                .collect();
            parts.push(n("value.practice", practice.to_string()));
            parts.join(" ; ")
        }
    }
}

#[component]
pub fn Sources() -> impl IntoView {
    let tables = ALL
        .iter()
        .map(|tl| {
            let id = tl.id();
            let title = lookup(&format!("param.{id}")).unwrap_or(id);
            let rows = (0..tl.len())
                .map(|i| {
                    let from = tl.effective(i).map(long_date).unwrap_or_default();
                    let value = tl.value(i).map(|v| value_text(&v)).unwrap_or_default();
                    let flag = tl.flag(i);
                    view! {
                        <tr>
                            <td>{from}</td>
                            <td>{value}</td>
                            <td>{tl.source(i)}{flag.map(|f| view! { <p class="tr-warning">{t("sources.flag")}" "{f}</p> })}</td>
                        </tr>
                    }
                })
                .collect_view();
            let refs = tl.refs();
            view! {
                <section class="tr-param" aria-labelledby=format!("tr-p-{id}") data-testid=format!("param-{id}")>
                    <h2 id=format!("tr-p-{id}")>{title}</h2>
                    {(!refs.is_empty()).then(|| view! { <Refs refs=refs /> })}
                    <div class="tr-table-wrap" tabindex="0" role="region" aria-labelledby=format!("tr-p-{id}")>
                        <table class="tr-table">
                            <thead><tr>
                                <th scope="col">{t("sources.col.from")}</th>
                                <th scope="col">{t("sources.col.value")}</th>
                                <th scope="col">{t("sources.col.source")}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="tr-sources">
            <h1 id="tr-screen-title" tabindex="-1">{t("sources.title")}</h1>
            <p>{t("sources.intro")}</p>
            <p>{tf("sources.version", &[("version", &long_date(params::rules_version())), ("checked", &long_date(params::CHECKED))])}</p>
            {tables}
        </div>
    }
}
