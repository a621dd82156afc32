//! The top of the results: the answer in one sentence with the next step (or the questions
//! still missing, as links), then "Que faire maintenant ?", numbered and worded for the
//! status the engine gave the ACI: who to contact and how, where to find a structure that
//! is hiring, and the documents to prepare.

use super::html::Html;
use super::screen::Screen;
use super::text::{key2, key3};
use super::verdict::{directory_url, question_field, reason_target};
use crate::i18n::format::long_date;
use crate::i18n::{fill, t, tf};
use crate::rules::codes::{Prescriber, StructureKind};
use crate::rules::eligibility::{EligibilityReason, Question, Status};
use crate::rules::params;
use crate::rules::Output;
use chrono::NaiveDate;

/// The public search of structures on les emplois de l'inclusion. A plain link: the app makes
/// no request. The platform's search needs a town (its form requires `city`), so the link
/// opens the search page and the sentence names the person's département.
pub const INCLUSION_SEARCH: &str = "https://emplois.inclusion.beta.gouv.fr/search/employers";

/// The ACI's status, the one the answer sentence speaks about.
fn aci_status(out: &Output) -> Status {
    out.eligibility.structure(StructureKind::Aci).map_or(Status::Incomplete, |s| s.status)
}

/// "le Département, votre référent RSA": the primary prescriber, with the role a routing
/// reason gives it when there is one.
pub fn who(out: &Output) -> String {
    let r = &out.routing;
    let name = key2("prescriber.to.", r.primary.code());
    let role = r
        .reasons
        .iter()
        .filter(|x| reason_target(**x, r.primary) == r.primary)
        .find_map(|x| crate::i18n::lookup2("answer.role.", x.code()));
    match role {
        Some(role) => format!("{name}, {role}"),
        None => name.to_owned(),
    }
}

/// The missing questions, each a link to its step (or, for the advisor, to the question).
pub fn missing_links(h: &mut Html, missing: &[Question], advisor: bool, testid: &str) {
    h.wrap("ul", &[("class", "tr-missing"), ("data-testid", testid)], |h| {
        for q in missing {
            let field = question_field(*q);
            let label = key3("q.", field.id(), ".label");
            h.wrap("li", &[], |h| {
                if advisor {
                    h.el("a", &[("href", &format!("#tr-q-{}", field.id()))], label);
                } else {
                    h.el("button", &[("type", "button"), ("class", "tr-link-button"), ("data-go", Screen::Step(field.step()).name())], label);
                }
            });
        }
    });
}

/// The answer in one sentence and the next step.
pub fn answer(h: &mut Html, out: &Output, as_of: NaiveDate, advisor: bool) {
    let status = aci_status(out);
    h.open("section", &[("class", "tr-answer"), ("aria-labelledby", "tr-answer-text"), ("data-testid", "answer"), ("data-status", status.code())]);
    let missing = out.eligibility.missing.len();
    if status == Status::Incomplete && missing > 0 {
        let text = if missing == 1 { t("answer.missing_one").to_owned() } else { tf("answer.missing_many", &[("n", &missing.to_string())]) };
        h.el("p", &[("class", "tr-answer-text"), ("id", "tr-answer-text"), ("data-testid", "answer-text")], &text);
        missing_links(h, &out.eligibility.missing, advisor, "answer-missing");
    } else if status == Status::Incomplete {
        h.el("p", &[("class", "tr-answer-text"), ("id", "tr-answer-text"), ("data-testid", "answer-text")], t("answer.incomplete"));
    } else {
        let key = match status {
            Status::Eligible => "eligible",
            Status::NotEligible => "not_eligible",
            _ => "prescriber_diagnosis",
        };
        h.el("p", &[("class", "tr-answer-text"), ("id", "tr-answer-text"), ("data-testid", "answer-text")], key2("answer.", key));
        let next = if out.eligibility.reasons.contains(&EligibilityReason::Under16) {
            under_16(as_of)
        } else {
            fill(key2("answer.next.", key), &[("who", &who(out))])
        };
        h.wrap("p", &[("class", "tr-answer-next"), ("data-testid", "answer-next")], |h| {
            h.el("strong", &[], t("answer.next")).text(" ").text(&next);
        });
    }
    h.close("section");
}

fn under_16(as_of: NaiveDate) -> String {
    let age = params::MINIMUM_WORKING_AGE.at(as_of).map(|v| v.0.to_string()).unwrap_or_default();
    tf("orientation.under_16", &[("age", &age)])
}

/// How to reach a prescriber: its offices near the person, or why there is no link yet.
fn reach(h: &mut Html, p: Prescriber, department: Option<&str>) {
    match department {
        Some(d) => {
            h.wrap("p", &[], |h| {
                let words = tf("next.reach", &[("name", key2("prescriber.to.", p.code()))]);
                h.el("a", &[("href", &directory_url(p, d)), ("target", "_blank"), ("rel", "noopener noreferrer")], &words);
            });
        }
        None => {
            h.el("p", &[("class", "tr-muted")], t("orientation.directory_no_dept"));
        }
    }
}

/// "Que faire maintenant ?": the numbered steps for the status.
pub fn next_steps(h: &mut Html, out: &Output, department: Option<&str>) {
    let e = &out.eligibility;
    if e.reasons.contains(&EligibilityReason::Under16) {
        return;
    }
    let status = aci_status(out);
    h.open("section", &[("class", "tr-panel tr-next"), ("aria-labelledby", "tr-next-title"), ("data-testid", "next-steps")]);
    h.el("h2", &[("id", "tr-next-title")], t("next.title"));
    h.open("ol", &[("class", "tr-next-steps")]);
    let who = who(out);
    h.wrap("li", &[("data-testid", "next-contact")], |h| {
        let text = match (status, e.waiting_period_until) {
            (Status::PrescriberDiagnosis, Some(until)) => tf("next.contact.waiting", &[("who", &who), ("date", &long_date(until))]),
            _ => fill(key2("next.contact.", status.code()), &[("who", &who)]),
        };
        h.el("p", &[], &text);
        reach(h, out.routing.primary, department);
        if status == Status::NotEligible {
            for r in e.reasons.iter().filter(|r| r.is_hard_bar()) {
                h.el("p", &[], key2("next.change.", r.code()));
            }
        }
    });
    if status != Status::NotEligible {
        h.wrap("li", &[("data-testid", "next-find")], |h| {
            h.wrap("p", &[], |h| {
                h.text(t("next.find")).text(" ");
                h.el("a", &[("href", INCLUSION_SEARCH), ("target", "_blank"), ("rel", "noopener noreferrer"), ("data-testid", "inclusion-search")], t("next.find_link"));
                h.text(".");
            });
            if let Some(d) = department {
                let name = key2("dept.", d);
                let place = if name.is_empty() { d.to_owned() } else { format!("{name}, {d}") };
                h.el("p", &[], &tf("next.find_place", &[("place", &place)]));
            }
            h.el("p", &[], t("next.apply"));
        });
        h.wrap("li", &[("data-testid", "next-documents")], |h| {
            h.wrap("p", &[], |h| {
                h.text(t("next.documents")).text(" ");
                h.el("a", &[("href", "#tr-proofs-title")], t("next.documents_link"));
            });
        });
    }
    h.close("ol").close("section");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{parse_input, simulate};

    fn output(person: &str) -> Output {
        let json = format!(r#"{{"as_of":"2026-10-05","person":{person}}}"#);
        simulate(&parse_input(&json).unwrap()).unwrap()
    }

    fn answer_html(out: &Output) -> String {
        let mut h = Html::new();
        answer(&mut h, out, NaiveDate::from_ymd_opt(2026, 10, 5).unwrap(), false);
        h.finish()
    }

    #[test]
    fn a_person_on_the_rsa_is_told_a_chantier_can_hire_and_to_see_the_departement() {
        let out = output(r#"{"birth_date":"1990-02-11","employed":false,"job_seeker_months":3,"benefits":["RSA"],"rqth":false,"criteria":[],"justice":"none"}"#);
        let html = answer_html(&out);
        assert!(html.contains("Un chantier d’insertion peut vous embaucher."), "{html}");
        assert!(html.contains("Prochaine étape :</strong> contacter le Département, votre référent RSA."), "{html}");
    }

    #[test]
    fn missing_answers_are_counted_with_a_plural_and_linked_to_their_step() {
        let out = output(r#"{"birth_date":"1990-02-11","employed":false}"#);
        let html = answer_html(&out);
        let n = out.eligibility.missing.len();
        assert!(n >= 2);
        assert!(html.contains(&format!("Il manque {n} réponses pour savoir")), "{html}");
        assert_eq!(html.matches("data-go=\"questions").count(), n, "{html}");
        assert!(!html.contains("Prochaine étape"));
    }

    #[test]
    fn one_missing_answer_is_singular() {
        let out = output(r#"{"birth_date":"1990-02-11","employed":false,"job_seeker_months":3,"benefits":["RSA"],"rqth":false,"criteria":[]}"#);
        assert_eq!(out.eligibility.missing.len(), 1);
        assert!(answer_html(&out).contains("Il manque 1 réponse pour savoir"));
    }

    #[test]
    fn an_employed_person_is_told_no_and_what_could_change_it() {
        let out = output(r#"{"birth_date":"1990-02-11","employed":true,"justice":"none"}"#);
        assert!(answer_html(&out).contains("ne peut pas vous embaucher pour le moment"));
        let mut h = Html::new();
        next_steps(&mut h, &out, Some("59"));
        let html = h.finish();
        assert!(html.contains("Ce qui peut changer : si votre emploi se termine"), "{html}");
        assert!(!html.contains(INCLUSION_SEARCH), "no structure search when no structure can hire");
    }

    #[test]
    fn the_next_steps_are_numbered_contact_find_and_documents() {
        let out = output(r#"{"birth_date":"1990-02-11","employed":false,"job_seeker_months":3,"benefits":[],"rqth":false,"criteria":["QPV"],"justice":"none"}"#);
        let mut h = Html::new();
        next_steps(&mut h, &out, Some("59"));
        let html = h.finish();
        assert!(html.contains("<ol class=\"tr-next-steps\">"));
        assert!(html.contains("Prenez rendez-vous avec France Travail"), "{html}");
        assert!(html.contains(INCLUSION_SEARCH));
        assert!(html.contains("Indiquez votre ville (Nord, 59)"));
        let (contact, find, docs) = (html.find("next-contact").unwrap(), html.find("next-find").unwrap(), html.find("next-documents").unwrap());
        assert!(contact < find && find < docs);
    }
}
