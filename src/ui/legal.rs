//! Article references as links to their text on Légifrance. Only links: the app itself never
//! calls the network.

use crate::i18n::{t, tf};
use leptos::prelude::*;

/// The JORF text of the arrêté du 1er septembre 2021 (criteria and prescribers).
const ARRETE_2021_09_01: &str = "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000044011209";

/// The label and the Légifrance address of a reference as the engine writes it
/// ("L5132-15-1", "CSS R351-9", "arrêté 2021-09-01 art. 2", "Code civil 414").
pub fn describe(reference: &str) -> (String, String) {
    if reference.starts_with("arrêté 2021-09-01") {
        let label = reference.replacen("arrêté 2021-09-01", "Arrêté du 1er septembre 2021", 1);
        return (label, ARRETE_2021_09_01.to_owned());
    }
    let (code, number) = if let Some(n) = reference.strip_prefix("CSS ") {
        ("Code de la sécurité sociale", n)
    } else if let Some(n) = reference.strip_prefix("CASF ") {
        ("Code de l’action sociale et des familles", n)
    } else if let Some(n) = reference.strip_prefix("Code civil ") {
        ("Code civil", n)
    } else if let Some(n) = reference.strip_prefix("CGI ") {
        ("Code général des impôts", n)
    } else {
        ("Code du travail", reference)
    };
    let label = format!("{} ({code})", tf("legal.article", &[("ref", number)]));
    let query: String = number.chars().map(|c| if c == ' ' { '+' } else { c }).collect();
    let url = format!(
        "https://www.legifrance.gouv.fr/search/code?tab_selection=code&searchField=NUM_ARTICLE&query={query}&page=1&init=true"
    );
    (label, url)
}

/// The references of a reason, each linked to its text.
#[component]
pub fn Refs(refs: &'static [&'static str]) -> impl IntoView {
    view! {
        <p class="tr-refs">
            <span>{t("legal.refs")}" "</span>
            {refs
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let (label, url) = describe(r);
                    let aria = tf("legal.link", &[("label", &label)]);
                    view! {
                        {(i > 0).then_some(", ")}
                        <a href=url target="_blank" rel="noopener noreferrer" aria-label=aria>{label}</a>
                    }
                })
                .collect_view()}
        </p>
    }
}
