//! Eligibility, orientation and documents, as HTML: who can hire the person and why (with the
//! articles, linked to Légifrance), who to see, and what to bring with which dates.

#[cfg(feature = "later")]
use super::documents;
use super::html::Html;
use super::text::{criterion_label, how_far, key2, reason_text, waiting_text};
use crate::answers::questions::Field;
#[cfg(feature = "later")]
use crate::i18n::format::long_date;
use crate::i18n::{fill, t, tf};
use crate::rules::codes::{Level, Prescriber};
use crate::rules::eligibility::{Eligibility, EligibilityReason, Question, Status, StructureOutcome};
use crate::rules::params;
use crate::rules::routing::RoutingReason;
use crate::rules::Output;
use chrono::NaiveDate;

/// The JORF text of the arrêté du 1er septembre 2021 (criteria and prescribers).
const ARRETE_2021_09_01: &str = "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000044011209";

/// The label and the Légifrance address of a reference as the engine writes it
/// ("L5132-15-1", "CSS R351-9", "arrêté 2021-09-01 art. 2", "Code civil 414").
pub fn legal_link(reference: &str) -> (String, String) {
    if reference.starts_with("arrêté 2021-09-01") {
        return (reference.replacen("arrêté 2021-09-01", "Arrêté du 1er septembre 2021", 1), ARRETE_2021_09_01.to_owned());
    }
    let prefixes = [
        ("CSS ", "Code de la sécurité sociale"),
        ("CASF ", "Code de l’action sociale et des familles"),
        ("Code civil ", "Code civil"),
        ("CGI ", "Code général des impôts"),
    ];
    let (code, number) = prefixes
        .iter()
        .find_map(|(p, name)| reference.strip_prefix(p).map(|n| (*name, n)))
        .unwrap_or(("Code du travail", reference));
    let label = format!("{} ({code})", tf("legal.article", &[("ref", number)]));
    let url = format!(
        "https://www.legifrance.gouv.fr/search/code?tab_selection=code&searchField=NUM_ARTICLE&query={}&page=1&init=true",
        number.replace(' ', "+")
    );
    (label, url)
}

/// "Textes : Article L5132-1 (Code du travail), …", each linked.
pub fn refs(h: &mut Html, refs: &[&str]) {
    if refs.is_empty() {
        return;
    }
    h.wrap("p", &[("class", "tr-refs")], |h| {
        h.text(t("legal.refs")).text(" ");
        for (i, r) in refs.iter().enumerate() {
            if i > 0 {
                h.text(", ");
            }
            let (label, url) = legal_link(r);
            let aria = tf("legal.link", &[("label", &label)]);
            h.el("a", &[("href", &url), ("target", "_blank"), ("rel", "noopener noreferrer"), ("aria-label", &aria)], &label);
        }
    });
}

/// The reasons behind one structure's status.
fn reasons_for(s: &StructureOutcome, e: &Eligibility) -> Vec<EligibilityReason> {
    e.reasons
        .iter()
        .copied()
        .filter(|r| match s.status {
            Status::NotEligible => r.is_hard_bar(),
            Status::PrescriberDiagnosis if e.waiting_period_until.is_some() => *r == EligibilityReason::WaitingPeriod,
            Status::PrescriberDiagnosis => *r == EligibilityReason::NotEnoughCriteria,
            Status::Eligible => matches!(r, EligibilityReason::Level1Criterion | EligibilityReason::Level2Criteria),
            Status::Incomplete => !r.is_hard_bar() && *r != EligibilityReason::WaitingPeriod,
        })
        .collect()
}

/// "1 critère sur les 3 demandés", "2 critères sur les 3 demandés", "3 critères, 2 suffisent".
pub fn count_text(n: u32, required: u32) -> String {
    let key = if n >= required && n > 1 {
        "howfar.count_enough"
    } else if n > 1 {
        "howfar.count_many"
    } else {
        "howfar.count_one"
    };
    tf(key, &[("n", &n.to_string()), ("required", &required.to_string())])
}

/// The question a missing answer points to.
pub fn question_field(q: Question) -> Field {
    match q {
        Question::BirthDate => Field::BirthDate,
        Question::Employed => Field::Employed,
        Question::JobSeekerMonths => Field::Registered,
        Question::Benefits => Field::Benefits,
        Question::Rqth => Field::Rqth,
        Question::Criteria => Field::Criteria,
        Question::Justice => Field::Justice,
    }
}

fn structure(h: &mut Html, s: &StructureOutcome, e: &Eligibility, as_of: NaiveDate, advisor: bool) {
    let code = s.kind.code();
    let status = s.status.code();
    h.open("li", &[("class", &format!("tr-structure tr-status-{status}")), ("data-testid", &format!("structure-{code}")), ("data-status", status)]);
    h.wrap("div", &[("class", "tr-structure-head")], |h| {
        h.el("span", &[("class", "tr-structure-name")], key2("kind.", code));
        h.wrap("span", &[("class", "tr-status"), ("data-testid", &format!("status-{code}"))], |h| {
            h.el("span", &[("class", "tr-status-icon"), ("aria-hidden", "true")], key2("status.icon.", status));
            h.text(key2("status.", status));
        });
    });
    if s.level1 == 0 && s.status != Status::NotEligible {
        let count = count_text(s.level2, s.level2_required);
        h.el("p", &[("class", "tr-structure-count")], &count);
    }
    h.wrap("details", &[("class", "tr-why")], |h| {
        h.wrap("summary", &[], |h| {
            h.text(t("eligibility.why")).el("span", &[("class", "tr-sr-only")], &format!(" ({code})"));
        });
        h.wrap("ul", &[("class", "tr-reasons")], |h| {
            for r in reasons_for(s, e) {
                h.wrap("li", &[], |h| {
                    h.el("p", &[], &reason_text(r, as_of));
                    refs(h, r.refs());
                });
            }
        });
        if s.status == Status::Incomplete && !e.missing.is_empty() {
            h.el("p", &[], t("eligibility.missing"));
            super::next::missing_links(h, &e.missing, advisor, "");
        }
        if s.status == Status::PrescriberDiagnosis {
            h.el("p", &[], t("eligibility.prescriber_path"));
        }
    });
    h.close("li");
}

/// The eligibility panel: every kind of structure, ACI first. `heading` is `h2` or `h3`.
pub fn eligibility(h: &mut Html, out: &Output, as_of: NaiveDate, heading: &str, advisor: bool) {
    let e = &out.eligibility;
    h.open("section", &[("class", "tr-panel tr-eligibility"), ("aria-labelledby", "tr-eligibility-title"), ("data-testid", "eligibility")]);
    h.el(heading, &[("id", "tr-eligibility-title")], t("eligibility.title"));
    if let Some(text) = how_far(e) {
        h.el("p", &[("class", "tr-howfar"), ("data-testid", "how-far")], &text);
    }
    if let Some(until) = e.waiting_period_until {
        h.el("p", &[("class", "tr-callout")], &waiting_text(until, as_of));
    }
    h.wrap("ul", &[("class", "tr-structures")], |h| {
        for s in &e.structures {
            structure(h, s, e, as_of, advisor);
        }
    });
    h.el("p", &[("class", "tr-subtitle")], t("eligibility.criteria"));
    if e.criteria.is_empty() {
        h.el("p", &[("data-testid", "criteria")], t("eligibility.no_criteria"));
    } else {
        h.wrap("ul", &[("class", "tr-criteria"), ("data-testid", "criteria")], |h| {
            for m in &e.criteria {
                let level = t(if m.criterion.level() == Level::One { "criterion.level1" } else { "criterion.level2" });
                h.el("li", &[], &tf("eligibility.criterion_line", &[("criterion", &criterion_label(m.criterion, as_of)), ("level", level)]));
            }
        });
    }
    h.close("section");
}

/// The prescriber a routing reason speaks about (the primary for an existing referent).
pub fn reason_target(r: RoutingReason, primary: Prescriber) -> Prescriber {
    match r {
        RoutingReason::DetainedSpip | RoutingReason::JusticeSpip => Prescriber::Spip,
        RoutingReason::ExistingReferent => primary,
        RoutingReason::RsaOrientation | RoutingReason::AseDept => Prescriber::Dept,
        RoutingReason::YouthMl | RoutingReason::YouthMlAlternative => Prescriber::Ml,
        RoutingReason::DisabilityCapEmploi | RoutingReason::RqthCapEmploi => Prescriber::CapEmploi,
        RoutingReason::DefaultFt => Prescriber::Ft,
        RoutingReason::JusticePjj => Prescriber::Pjj,
        RoutingReason::HomelessCcas => Prescriber::Ccas,
    }
}

/// A sentence about the Missions locales' public, ages from the rules.
fn with_ages(template: &str, as_of: NaiveDate) -> String {
    let from = params::ML_FROM_AGE.at(as_of).map(|v| v.0.to_string()).unwrap_or_default();
    let until = params::ML_UNTIL_AGE.at(as_of).map(|v| v.0.to_string()).unwrap_or_default();
    fill(template, &[("from", &from), ("until", &until)])
}

/// Percent-encodes a query value.
fn query_value(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            b' ' => "+".to_owned(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The prescriber's offices near the person (Service-Public's directory).
pub fn directory_url(p: Prescriber, department: &str) -> String {
    let who = key2("prescriber.search.", p.code());
    let name = key2("dept.", department);
    let place = if name.is_empty() { department.to_owned() } else { format!("{name} {department}") };
    format!("https://lannuaire.service-public.fr/recherche?whoWhat={}&where={}", query_value(who), query_value(&place))
}

fn prescriber(h: &mut Html, p: Prescriber, reasons: &[RoutingReason], department: Option<&str>, as_of: NaiveDate, primary: bool) {
    let code = p.code();
    let name = key2("prescriber.", code);
    let class = if primary { "tr-prescriber tr-prescriber-primary" } else { "tr-prescriber" };
    h.wrap("li", &[("class", class), ("data-testid", &format!("prescriber-{code}"))], |h| {
        h.el("p", &[("class", "tr-prescriber-name")], name);
        h.el("p", &[], &with_ages(key2("prescriber.serves.", code), as_of));
        if !reasons.is_empty() {
            h.wrap("ul", &[("class", "tr-prescriber-why")], |h| {
                for r in reasons {
                    h.el("li", &[], &with_ages(key2("routing.", r.code()), as_of));
                }
            });
        }
        match department {
            Some(d) => {
                h.wrap("p", &[], |h| {
                    h.el("a", &[("href", &directory_url(p, d)), ("target", "_blank"), ("rel", "noopener noreferrer")], &tf("orientation.directory", &[("name", name)]));
                });
            }
            None => {
                h.el("p", &[("class", "tr-muted")], t("orientation.directory_no_dept"));
            }
        }
    });
}

/// Who can accompany the person: a suggestion, with the alternatives.
pub fn orientation(h: &mut Html, out: &Output, department: Option<&str>, as_of: NaiveDate) {
    let r = &out.routing;
    let e = &out.eligibility;
    h.open("section", &[("class", "tr-panel"), ("aria-labelledby", "tr-orientation-title"), ("data-testid", "orientation")]);
    h.el("h2", &[("id", "tr-orientation-title")], t("orientation.title"));
    if e.reasons.contains(&EligibilityReason::Under16) {
        let age = params::MINIMUM_WORKING_AGE.at(as_of).map(|v| v.0.to_string()).unwrap_or_default();
        h.el("p", &[("data-testid", "orientation-note")], &tf("orientation.under_16", &[("age", &age)]));
        h.close("section");
        return;
    }
    let about = |p: Prescriber| r.reasons.iter().copied().filter(|x| reason_target(*x, r.primary) == p).collect::<Vec<_>>();
    let note = if e.structures.iter().all(|s| s.status == Status::NotEligible) {
        Some("orientation.not_eligible")
    } else if e.waiting_period_until.is_some() {
        Some("orientation.waiting")
    } else {
        None
    };
    if let Some(n) = note {
        h.el("p", &[("class", "tr-callout"), ("data-testid", "orientation-note")], t(n));
    }
    h.el("p", &[], t("orientation.primary"));
    h.wrap("ul", &[("class", "tr-prescribers"), ("data-testid", "orientation-primary")], |h| {
        prescriber(h, r.primary, &about(r.primary), department, as_of, true);
    });
    if !r.alternatives.is_empty() {
        h.el("p", &[], t("orientation.alternatives"));
        h.wrap("ul", &[("class", "tr-prescribers"), ("data-testid", "orientation-alternatives")], |h| {
            for p in &r.alternatives {
                prescriber(h, *p, &about(*p), department, as_of, false);
            }
        });
    }
    h.el("p", &[("class", "tr-muted")], t("orientation.recommendation"));
    h.close("section");
}

/// The documents to bring: each document once, with the criteria it proves, then the papers
/// every employer asks for at hiring.
#[cfg(feature = "later")]
pub fn proofs(h: &mut Html, out: &Output, as_of: NaiveDate) {
    h.open("section", &[("class", "tr-panel"), ("aria-labelledby", "tr-proofs-title"), ("data-testid", "documents")]);
    h.el("h2", &[("id", "tr-proofs-title"), ("tabindex", "-1")], t("proofs.title"));
    let lines = documents::lines(&out.eligibility.proofs);
    if lines.is_empty() {
        h.el("p", &[], t("proofs.none"));
    } else {
        h.el("p", &[], &tf("proofs.intro", &[("date", &long_date(as_of))]));
        h.wrap("ul", &[("class", "tr-proofs"), ("data-testid", "proofs")], |h| {
            for l in &lines {
                h.wrap("li", &[("data-document", l.document.code())], |h| {
                    h.el("p", &[("class", "tr-proof")], &documents::line_text(l));
                    h.el("p", &[("class", "tr-proof-for tr-muted")], &documents::criteria_text(l, as_of));
                });
            }
        });
    }
    h.el("p", &[("class", "tr-subtitle")], t("proofs.hiring"));
    h.wrap("ul", &[("class", "tr-proofs"), ("data-testid", "hiring-papers")], |h| {
        for paper in documents::hiring_papers(&lines) {
            h.el("li", &[], paper);
        }
    });
    h.close("section");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{parse_input, simulate};

    fn output(json: &str) -> Output {
        simulate(&parse_input(json).unwrap()).unwrap()
    }

    #[test]
    fn legal_references_link_to_legifrance() {
        let (label, url) = legal_link("CSS R351-9");
        assert_eq!(label, "Article R351-9 (Code de la sécurité sociale)");
        assert!(url.ends_with("query=R351-9&page=1&init=true"));
        assert_eq!(legal_link("arrêté 2021-09-01 art. 2").1, ARRETE_2021_09_01);
    }

    #[test]
    fn the_panel_says_how_far_and_why() {
        let out = output(r#"{"as_of":"2026-10-05","person":{"birth_date":"1990-02-11","employed":false,"job_seeker_months":3,"benefits":[],"rqth":false,"criteria":["QPV","PSH_PR"],"justice":"none"}}"#);
        let mut h = Html::new();
        eligibility(&mut h, &out, NaiveDate::from_ymd_opt(2026, 10, 5).unwrap(), "h2", false);
        let html = h.finish();
        assert!(html.contains("Encore 1 critère pour un ACI. Une AI ou une ETTI vous accepterait déjà."));
        assert!(html.contains(r#"data-testid="structure-ACI" data-status="prescriber_diagnosis""#));
        assert!(html.contains("query=L5132-3"));
    }

    #[test]
    fn criteria_counts_are_proper_french() {
        assert_eq!(count_text(0, 3), "0 critère sur les 3 demandés");
        assert_eq!(count_text(1, 3), "1 critère sur les 3 demandés");
        assert_eq!(count_text(2, 3), "2 critères sur les 3 demandés");
        assert_eq!(count_text(3, 2), "3 critères, 2 suffisent");
        assert_eq!(count_text(2, 2), "2 critères, 2 suffisent");
    }

    #[test]
    fn the_directory_link_names_the_departement() {
        assert_eq!(
            directory_url(Prescriber::Dept, "59"),
            "https://lannuaire.service-public.fr/recherche?whoWhat=Conseil+d%C3%A9partemental&where=Nord+59"
        );
    }
}
