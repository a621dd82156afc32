//! "Sources et paramètres": generated from the parameter timelines, every value with its
//! period and the legal text that sets it, so anyone can check what the simulator uses. A
//! static page (`sources.html`) written at build time by `src/bin/sources-page.rs`: it needs
//! no script, and its code stays out of the app's WebAssembly.

use super::html::Html;
use super::text::key2;
use super::verdict::refs;
use crate::i18n::format::{euros, long_date, number, short};
use crate::i18n::{lookup2, t, tf};
use crate::rules::params::{self, Value, ALL};

/// A value in words, French style.
pub fn value_text(v: &Value) -> String {
    let n = |k: &'static str, x: String| tf(k, &[("n", &x)]);
    match v {
        Value::EurosPerHour(x) => n("value.per_hour", euros(*x)),
        Value::EurosPerMonth(x) => n("value.per_month", euros(*x)),
        Value::EurosPerYear(x) => n("value.per_year", euros(*x)),
        // Up to three places: the contribution au dialogue social is 0,016 %.
        Value::Percent(x) => n("value.percent", number(x.normalize(), x.normalize().scale().min(3))),
        Value::Number(x) => short(*x),
        Value::HoursPerWeek(x) => n("value.hours_week", short(*x)),
        Value::Months(m) => n("value.months", m.to_string()),
        Value::Years(y) => n("value.years", y.to_string()),
        Value::Count(c) => c.to_string(),
        Value::Table(rows) => rows
            .iter()
            .map(|(k, v)| {
                let name = lookup2("kind_article.", k).or_else(|| lookup2("criterion.", k)).unwrap_or(k);
                tf("value.row", &[("key", &name.replace(['{', '}'], "")), ("value", &value_text(v))])
            })
            .collect::<Vec<_>>()
            .join(" ; "),
        Value::Proof(doc, months) => {
            let doc = key2("doc.", doc);
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

/// The whole page, styled by the app's stylesheet `css`.
pub fn page(css: &str) -> String {
    let mut h = Html::new();
    h.raw("<!doctype html>");
    h.open("html", &[("lang", "fr")]);
    h.open("head", &[]);
    h.open("meta", &[("charset", "utf-8")]);
    h.open("meta", &[("name", "viewport"), ("content", "width=device-width, initial-scale=1")]);
    h.open("meta", &[("http-equiv", "Content-Security-Policy"), ("content", "default-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'")]);
    h.el("title", &[], &format!("{} — {}", t("sources.title"), t("app.name")));
    h.open("link", &[("rel", "stylesheet"), ("href", css)]);
    h.open("link", &[("rel", "icon"), ("href", "favicon.svg")]);
    h.close("head").open("body", &[]);
    h.open("div", &[("class", "tr-app")]);
    h.wrap("header", &[("class", "tr-header")], |h| {
        h.el("a", &[("class", "tr-skip"), ("href", "#contenu")], t("nav.skip"));
        h.wrap("div", &[("class", "tr-header-inner")], |h| {
            h.wrap("a", &[("class", "tr-brand"), ("href", "./")], |h| {
                h.el("span", &[], t("app.name"));
                h.el("span", &[("class", "tr-brand-tagline")], t("app.tagline"));
            });
        });
    });
    h.wrap("main", &[("class", "tr-main"), ("id", "contenu")], sources);
    h.wrap("footer", &[("class", "tr-footer")], |h| {
        h.el("p", &[], t("footer.privacy"));
    });
    h.close("div").close("body").close("html");
    h.finish()
}

fn sources(h: &mut Html) {
    h.open("div", &[("class", "tr-sources")]);
    h.el("h1", &[("id", "tr-screen-title")], t("sources.title"));
    h.el("p", &[], t("sources.intro"));
    let version = tf("sources.version", &[("version", &long_date(params::rules_version())), ("checked", &long_date(params::CHECKED))]);
    h.el("p", &[], &version);
    for tl in ALL {
        let id = tl.id();
        let heading = format!("tr-p-{}", id.replace('.', "-"));
        h.open("section", &[("class", "tr-param"), ("aria-labelledby", &heading), ("data-testid", &format!("param-{id}"))]);
        h.el("h2", &[("id", &heading)], lookup2("param.", id).unwrap_or(id));
        refs(h, tl.refs());
        h.open("div", &[("class", "tr-table-wrap"), ("tabindex", "0"), ("role", "region"), ("aria-labelledby", &heading)]);
        h.open("table", &[("class", "tr-table")]);
        h.open("thead", &[]).open("tr", &[]);
        for col in ["from", "value", "source"] {
            h.el("th", &[("scope", "col")], key2("sources.col.", col));
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
