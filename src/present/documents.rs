//! The documents to bring, as the person reads them: the engine gives one proof per criterion
//! (its contract, unchanged); here the same document is listed once with every criterion it
//! proves and the strictest date, a document the person cannot bring is worded as what the
//! prescriber does, and the everyday papers an employer asks for at hiring come after.

use super::text::{criterion_label, key2};
use crate::i18n::format::long_date;
use crate::i18n::{fill, lookup2, t, tf};
use crate::rules::codes::{Criterion, Document};
use crate::rules::eligibility::Proof;
use crate::rules::params::Validity;
use chrono::NaiveDate;

/// One document to bring, and the criteria it proves.
pub struct DocumentLine {
    pub document: Document,
    pub criteria: Vec<Criterion>,
    /// The latest "issued on or after" date among the criteria (the strictest).
    pub after: Option<NaiveDate>,
    pub validity: Validity,
}

/// The engine's proofs, one line per document, in the engine's order.
pub fn lines(proofs: &[Proof]) -> Vec<DocumentLine> {
    let mut out: Vec<DocumentLine> = Vec::new();
    for p in proofs {
        match out.iter_mut().find(|l| l.document == p.document) {
            Some(line) => {
                line.criteria.push(p.criterion);
                if p.issued_on_or_after > line.after {
                    line.after = p.issued_on_or_after;
                    line.validity = p.validity;
                }
            }
            None => out.push(DocumentLine { document: p.document, criteria: vec![p.criterion], after: p.issued_on_or_after, validity: p.validity }),
        }
    }
    out
}

/// "document du 23 août 2026 ou plus récent", "encore valable le jour de l'embauche"…
pub fn when(validity: Validity, after: Option<NaiveDate>) -> String {
    match (validity, after) {
        (Validity::Months(_), Some(d)) => tf("proofs.after", &[("date", &long_date(d))]),
        (Validity::AtHiring, _) => t("proofs.at_hiring").to_owned(),
        _ => t("proofs.no_limit").to_owned(),
    }
}

/// The sentence of a line: a document with its own wording (a diploma has no date limit, its
/// sworn alternative has one; a diagnosis is made by the prescriber), or "document — when".
pub fn line_text(l: &DocumentLine) -> String {
    let date = l.after.map(long_date).unwrap_or_default();
    match lookup2("proofs.line.", l.document.code()) {
        Some(own) => fill(own, &[("date", &date)]),
        None => tf("proofs.line", &[("document", key2("doc.", l.document.code())), ("when", &when(l.validity, l.after))]),
    }
}

/// The criteria a line proves, by name.
pub fn criteria_text(l: &DocumentLine, as_of: NaiveDate) -> String {
    l.criteria.iter().map(|c| criterion_label(*c, as_of)).collect::<Vec<_>>().join(" ; ")
}

/// The papers an employer asks for at any hiring; identity is left out when a criterion's
/// proof already asks for it.
pub fn hiring_papers(lines: &[DocumentLine]) -> Vec<&'static str> {
    let identity_listed = lines.iter().any(|l| matches!(l.document, Document::IdentityDocument | Document::ResidenceOrWorkPermit));
    let mut papers = Vec::with_capacity(3);
    if !identity_listed {
        papers.push(t("proofs.hiring.id"));
    }
    papers.push(t("proofs.hiring.ssn"));
    papers.push(t("proofs.hiring.rib"));
    papers
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{parse_input, simulate};

    fn proofs(criteria: &str, birth: &str) -> Vec<Proof> {
        let json = format!(
            r#"{{"as_of":"2026-11-23","person":{{"birth_date":"{birth}","employed":false,"job_seeker_months":3,"benefits":[],"rqth":false,"criteria":{criteria},"justice":"none"}}}}"#
        );
        simulate(&parse_input(&json).unwrap()).unwrap().eligibility.proofs
    }

    #[test]
    fn one_proof_of_address_serves_both_qpv_and_zrr() {
        let p = proofs(r#"["QPV","ZRR"]"#, "1990-02-11");
        assert_eq!(p.len(), 2, "the engine gives one proof per criterion");
        let l = lines(&p);
        assert_eq!(l.len(), 1);
        assert!(l[0].criteria.contains(&Criterion::Zrr) && l[0].criteria.contains(&Criterion::Qpv));
        assert!(line_text(&l[0]).contains("document du 23 mai 2026 ou plus récent"), "{}", line_text(&l[0]));
    }

    #[test]
    fn a_diploma_has_no_date_limit_but_the_sworn_statement_has_one() {
        let l = lines(&proofs(r#"["CAP_BEP"]"#, "1990-02-11"));
        let text = line_text(&l[0]);
        assert!(text.starts_with("Votre diplôme (quelle que soit sa date), ou une attestation sur l’honneur du 23 août 2026 ou plus récente"), "{text}");
    }

    #[test]
    fn the_mobility_diagnosis_is_what_the_prescriber_does() {
        let l = lines(&proofs(r#"["PM"]"#, "1990-02-11"));
        assert!(line_text(&l[0]).starts_with("Rien à apporter pour la mobilité : le prescripteur fait"));
    }

    #[test]
    fn hiring_papers_do_not_repeat_an_identity_document_already_asked() {
        let young = lines(&proofs("[]", "2004-02-11"));
        assert!(young.iter().any(|l| l.document == Document::IdentityDocument));
        assert_eq!(hiring_papers(&young).len(), 2);
        assert_eq!(hiring_papers(&[]).len(), 3);
    }
}
