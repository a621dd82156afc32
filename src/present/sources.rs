//! "Sources et paramètres": generated from the parameter timelines, every value with its
//! period and the legal text that sets it, so anyone can check what the simulator uses. A
//! static page (`sources.html`) written at build time by `src/bin/sources-page.rs`: it needs
//! no script, and its code stays out of the app's WebAssembly.

use super::html::Html;
use super::text::{criterion_label, key2};
use super::verdict::refs;
use crate::i18n::format::{euros, exact, long_date, short};
use crate::i18n::{lookup2, page_lookup_parts, source_note, st, stf};
use crate::rules::codes::Criterion;
use crate::rules::params::{self, AnyTimeline, Value, ALL};
use chrono::NaiveDate;

/// The name of a table row's key: a kind of structure ("un ACI") or a criterion with its
/// thresholds in force on `on` ("Âgé(e) de moins de 26 ans").
fn key_name(k: &str, on: NaiveDate) -> String {
    match (lookup2("kind_article.", k), Criterion::from_code(k)) {
        (Some(kind), _) => kind.to_owned(),
        (None, Some(c)) => criterion_label(c, on),
        (None, None) => page_lookup_parts(&["param_row.", k]).unwrap_or(k).to_owned(),
    }
}

/// The rows of a value: one per item of a table, one otherwise.
pub fn value_rows(v: &Value, on: NaiveDate) -> Vec<String> {
    match v {
        Value::Table(rows) => rows.iter().map(|(k, v)| stf("value.row", &[("key", &key_name(k, on)), ("value", &value_text(v, on))])).collect(),
        other => vec![value_text(other, on)],
    }
}

/// A value in words, French style, with the thresholds in force on `on`.
pub fn value_text(v: &Value, on: NaiveDate) -> String {
    let n = |k: &'static str, x: String| stf(k, &[("n", &x)]);
    match v {
        Value::EurosPerHour(x) => n("value.per_hour", euros(*x)),
        Value::EurosPerMonth(x) => n("value.per_month", euros(*x)),
        Value::EurosPerYear(x) => n("value.per_year", euros(*x)),
        // Legal rates in full (29,101 %, 128,412 %): never rounded on the sources page.
        Value::Percent(x) => n("value.percent", exact(*x)),
        Value::Number(x) => short(*x),
        Value::HoursPerWeek(x) => n("value.hours_week", short(*x)),
        Value::Months(m) => n("value.months", m.to_string()),
        // French puts 0 and 1 in the singular.
        Value::Days(d) => n(if *d <= 1 { "value.day" } else { "value.days" }, d.to_string()),
        Value::Years(y) => n("value.years", y.to_string()),
        Value::Count(c) => c.to_string(),
        Value::Table(_) => value_rows(v, on).join(" ; "),
        Value::Proof(doc, months) => {
            let doc = key2("doc.", doc);
            match months {
                Some(m) => stf("value.proof_months", &[("doc", doc), ("n", &m.to_string())]),
                None => stf("value.proof_any", &[("doc", doc)]),
            }
        }
        Value::AgeBands(bands, practice) => {
            let mut parts: Vec<String> = bands
                .iter()
                .map(|(age, pct)| stf("value.below_age", &[("age", &age.to_string()), ("value", &n("value.percent", short(*pct)))]))
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
    h.el("title", &[], &format!("{} — {}", st("sources.title"), st("app.name")));
    h.open("link", &[("rel", "stylesheet"), ("href", css)]);
    h.open("link", &[("rel", "icon"), ("href", "favicon.svg")]);
    h.close("head").open("body", &[]);
    h.open("div", &[("class", "tr-app")]);
    h.wrap("header", &[("class", "tr-header")], |h| {
        h.el("a", &[("class", "tr-skip"), ("href", "#contenu")], st("nav.skip"));
        h.wrap("div", &[("class", "tr-header-inner")], |h| {
            h.wrap("a", &[("class", "tr-brand"), ("href", "./")], |h| {
                h.el("span", &[], st("app.name"));
                h.el("span", &[("class", "tr-brand-tagline")], st("app.tagline"));
            });
        });
    });
    h.wrap("main", &[("class", "tr-main"), ("id", "contenu")], sources);
    h.wrap("footer", &[("class", "tr-footer")], |h| {
        h.el("p", &[], st("footer.privacy"));
    });
    h.close("div").close("body").close("html");
    h.finish()
}

fn sources(h: &mut Html) {
    h.open("div", &[("class", "tr-sources")]);
    h.el("h1", &[("id", "tr-screen-title")], st("sources.title"));
    h.el("p", &[], st("sources.intro"));
    let version = stf("sources.version", &[("version", &long_date(params::rules_version())), ("checked", &long_date(params::CHECKED))]);
    h.el("p", &[], &version);
    for tl in ALL {
        let id = tl.id();
        let heading = format!("tr-p-{}", id.replace('.', "-"));
        h.open("section", &[("class", "tr-param"), ("aria-labelledby", &heading), ("data-testid", &format!("param-{id}"))]);
        h.el("h2", &[("id", &heading)], page_lookup_parts(&["param.", id]).unwrap_or(id));
        refs(h, tl.refs());
        h.open("div", &[("class", "tr-table-wrap"), ("tabindex", "0"), ("role", "region"), ("aria-labelledby", &heading)]);
        h.open("table", &[("class", "tr-table")]);
        h.open("thead", &[]).open("tr", &[]);
        for col in ["from", "value", "source"] {
            h.el("th", &[("scope", "col")], page_lookup_parts(&["sources.col.", col]).unwrap_or(col));
        }
        h.close("tr").close("thead").open("tbody", &[]);
        for i in 0..tl.len() {
            entry_rows(h, *tl, i);
        }
        h.close("tbody").close("table").close("div").close("section");
    }
    h.close("div");
}

/// The rows of one entry: its date and source span the rows of its value (one per proof,
/// one per kind of structure).
fn entry_rows(h: &mut Html, tl: &dyn AnyTimeline, i: usize) {
    let Some(from) = tl.effective(i) else { return };
    let rows = tl.value(i).map(|v| value_rows(&v, from)).unwrap_or_default();
    let span = rows.len().max(1).to_string();
    let day = from.format("%Y-%m-%d").to_string();
    for (n, row) in rows.iter().enumerate() {
        h.open("tr", &[]);
        if n == 0 {
            h.el("td", &[("rowspan", &span)], &long_date(from));
        }
        h.el("td", &[("class", "tr-value")], row);
        if n == 0 {
            h.wrap("td", &[("rowspan", &span)], |h| {
                h.text(source_note(tl.id(), &day, false).unwrap_or_default());
                if tl.flag(i).is_some() {
                    h.el("p", &[("class", "tr-warning")], &format!("{} {}", st("sources.flag"), source_note(tl.id(), &day, true).unwrap_or_default()));
                }
            });
        }
        h.close("tr");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_written_in_words_with_french_plurals() {
        assert_eq!(value_text(&Value::Days(1), params::START), "1 jour");
        assert_eq!(value_text(&Value::Days(14), params::START), "14 jours");
    }

    #[test]
    fn the_page_lists_the_rights_tables_with_their_articles() {
        let html = page("main.css");
        let from = html.find("data-testid=\"param-rights.trial_max_days_long\"").unwrap();
        let section = &html[from..from + html[from..].find("</section>").unwrap()];
        assert!(section.contains("Période d’essai d’un contrat plus long : au plus"));
        assert!(section.contains(">31 jours</td>"));
        assert!(section.contains("L1242-10"));
    }

    #[test]
    fn every_row_of_a_table_value_has_a_french_name() {
        for tl in ALL {
            for i in 0..tl.len() {
                if let Some(Value::Table(rows)) = tl.value(i) {
                    for (key, _) in rows {
                        let named = lookup2("kind_article.", key).is_some()
                            || Criterion::from_code(key).is_some()
                            || page_lookup_parts(&["param_row.", key]).is_some();
                        assert!(named, "row {key} of {} has no French name", tl.id());
                    }
                }
            }
        }
    }

    #[test]
    fn every_parameter_entry_has_its_source_and_doubt_in_french() {
        for tl in ALL {
            for i in 0..tl.len() {
                let day = tl.effective(i).map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
                assert!(source_note(tl.id(), &day, false).is_some(), "no French source for {}@{day} in i18n/sources_fr.rs", tl.id());
                if tl.flag(i).is_some() {
                    assert!(source_note(tl.id(), &day, true).is_some(), "no French doubt for {}@{day}/flag", tl.id());
                }
            }
        }
    }

    #[test]
    fn the_page_has_no_unfilled_placeholder_nor_english_note_and_one_row_per_proof() {
        let page = page("main.css");
        assert!(!page.contains('{') && !page.contains("months mois") && !page.contains("de age ans"));
        for english in ["automatic rise", "was not read", "earlier values", "the platform"] {
            assert!(!page.contains(english), "{english}");
        }
        assert!(page.contains("Demandeur d’emploi de très longue durée (inscrit depuis 24 mois ou plus)"));
        let rows = params::PROOFS.entries.first().map_or(0, |e| e.value.0.len());
        assert!(rows > 1);
        assert_eq!(page.matches(&format!("<td rowspan=\"{rows}\">")).count(), 2, "date and source span the {rows} proofs");
    }
}
