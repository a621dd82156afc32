//! The one-page summary to print or save as PDF (print CSS, A4): the answers, who can hire,
//! the documents with their dates, the suggested prescriber, the simulated contract, the date
//! of the simulation and the rules version, that it is indicative only, and the QR code of the
//! share link that reopens the simulation on the person's phone (`present::qr`). The justice
//! answer (and what it reveals: the criterion it gives and that criterion's document) is left
//! out unless the person ticked "Inclure ma réponse sur la justice"; the share link keeps it.

use super::html::Html;
use super::pages::answer_or_skipped;
use super::documents;
use super::text::{criterion_label, how_far, key2, key3};
use super::{visible_steps, Snapshot};
use crate::answers::questions::{Field, STEPS};
use crate::rules::codes::Criterion;
use crate::i18n::format::{euros, long_date, short};
use crate::i18n::{t, tf};

pub fn sheet(h: &mut Html, snap: &Snapshot<'_>) {
    let s = snap.form;
    let a = &s.answers;
    let as_of = a.as_of(snap.today);
    let version = snap.verdict.as_ref().map(|o| long_date(o.rules_version)).unwrap_or_default();
    h.el("h2", &[("id", "tr-sheet-title")], t("sheet.title"));
    let date = tf("sheet.date", &[("today", &long_date(snap.today)), ("as_of", &long_date(as_of)), ("version", &version)]);
    h.el("p", &[("data-testid", "sheet-date")], &date);
    h.wrap("p", &[("class", "tr-sheet-disclaimer")], |h| {
        h.el("strong", &[], t("sheet.disclaimer"));
    });
    if !snap.share_link.is_empty() {
        // The code that reopens the simulation on a phone, beside the answers when printed
        // (style/main.css floats it, so the sheet keeps to one page). `share_link` is the
        // printed one: without the justice answer unless ticked.
        let left_out = !s.sheet_justice && a.justice.is_some();
        super::qr::block(h, snap.share_link, super::qr::Place::Sheet, left_out);
    }
    // The structure and the prescriber work in French: an English sheet says so.
    if crate::i18n::is_en() {
        h.el("p", &[("data-testid", "sheet-official-french")], t("sheet.official_french"));
    }
    h.el("h3", &[], t("sheet.answers"));
    let visible = visible_steps(snap, None);
    h.wrap("dl", &[("class", "tr-sheet-answers")], |h| {
        let printed = |f: &&Field| f.applies(a) && (s.sheet_justice || **f != Field::Justice);
        for f in STEPS.iter().flat_map(|st| st.fields().iter()).filter(printed) {
            h.wrap("div", &[], |h| {
                h.el("dt", &[], key3("q.", f.id(), ".label"));
                h.el("dd", &[], &answer_or_skipped(*f, s, &visible));
            });
        }
    });
    if let Ok(out) = snap.verdict {
        let e = &out.eligibility;
        h.el("h3", &[], t("sheet.eligibility"));
        h.wrap("ul", &[("data-testid", "sheet-eligibility")], |h| {
            for st in &e.structures {
                let line = tf("sheet.kind_status", &[("kind", key2("kind.", st.kind.code())), ("status", key2("status.", st.status.code()))]);
                h.el("li", &[], &line);
            }
        });
        if let Some(text) = how_far(e) {
            h.el("p", &[], &text);
        }
        let shown = |c: Criterion| s.sheet_justice || c != Criterion::DetentionMj;
        let criteria: Vec<Criterion> = e.criteria.iter().map(|m| m.criterion).filter(|c| shown(*c)).collect();
        if !criteria.is_empty() {
            let names: Vec<String> = criteria.iter().map(|c| criterion_label(*c, as_of)).collect();
            h.el("p", &[], &tf("sheet.label_value", &[("label", t("eligibility.criteria")), ("value", &names.join(" ; "))]));
        }
        h.el("h3", &[], t("sheet.documents"));
        let proofs: Vec<_> = e.proofs.iter().filter(|p| shown(p.criterion)).cloned().collect();
        let lines = documents::lines(&proofs);
        if lines.is_empty() {
            h.el("p", &[], t("proofs.none"));
        } else {
            h.wrap("ul", &[("data-testid", "sheet-documents")], |h| {
                for l in &lines {
                    h.el("li", &[], &documents::line_text(l));
                }
            });
        }
        let papers = documents::hiring_papers(&lines);
        h.el("p", &[], &tf("sheet.label_value", &[("label", t("proofs.hiring").trim_end_matches([' ', ':'])), ("value", &papers.join(" ; "))]));
        h.el("h3", &[], t("sheet.prescriber"));
        let r = &out.routing;
        let primary = key2("prescriber.", r.primary.code());
        let line = if r.alternatives.is_empty() {
            primary.to_owned()
        } else {
            let names: Vec<&str> = r.alternatives.iter().map(|p| key2("prescriber.", p.code())).collect();
            tf("sheet.prescriber_line", &[("primary", primary), ("alternatives", &names.join(", "))])
        };
        h.el("p", &[("data-testid", "sheet-prescriber")], &line);
    }
    if snap.form.contract_invalid() {
        // The last valid figures would answer another question: none until the field is fixed.
        h.el("h3", &[], t("sheet.contract"));
        h.el("p", &[("data-testid", "sheet-contract-fix")], t("sheet.contract_fix"));
    } else if let Ok(c) = snap.contract {
        h.el("h3", &[], t("sheet.contract"));
        let start = a.contract_start(snap.today);
        let line = tf("sheet.contract_line", &[
            ("start", &long_date(start)), ("end", &long_date(c.end)),
            ("months", &a.contract.months.to_string()), ("hours", &short(a.contract.weekly_hours)),
        ]);
        h.el("p", &[], &line);
        if let Some(m) = c.typical_month() {
            let pay = tf("sheet.pay_line", &[
                ("gross", &euros(m.gross)), ("net", &euros(m.net)),
                ("total_gross", &euros(c.totals.gross)), ("total_net", &euros(c.totals.net)),
            ]);
            h.el("p", &[("data-testid", "sheet-pay")], &pay);
        }
        if !c.valid {
            let errors: Vec<String> = c.errors.iter().map(super::text::issue_text).collect();
            h.el("p", &[], &tf("contract.invalid_line", &[("errors", &errors.join(" "))]));
        }
        #[cfg(feature = "employer")]
        super::rights::sheet(h, c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answers;
    use crate::api::simulate;
    use crate::present::form::FormState;
    use crate::rules::codes::Justice;
    use chrono::NaiveDate;

    fn sheet_of(s: &FormState) -> String {
        let today = NaiveDate::from_ymd_opt(2026, 10, 5).unwrap();
        let verdict = simulate(&s.answers.to_input(today));
        let contract = Ok(verdict.as_ref().unwrap().contract.clone().unwrap());
        let snap = Snapshot { today, form: s, verdict: &verdict, contract: &contract, keep: false, consent: None, share_status: None, share_link: "", back_to: None };
        let mut h = Html::new();
        sheet(&mut h, &snap);
        h.finish()
    }

    #[test]
    fn the_sheet_leaves_the_justice_answer_out_unless_the_person_ticks_it() {
        let answers = Answers {
            birth_date: NaiveDate::from_ymd_opt(1990, 2, 11),
            employed: Some(false),
            justice: Some(Justice::Released),
            ..Answers::default()
        };
        let mut s = FormState::new(answers);
        let released = t("justice.released");
        let default = sheet_of(&s);
        assert!(!default.contains(released), "{default}");
        assert!(!default.contains(key2("criterion.", "DETENTION_MJ")));
        assert!(!default.contains(key2("doc.", "RELEASE_OR_JAP_CERTIFICATE")));
        s.sheet_justice = true;
        let ticked = sheet_of(&s);
        assert!(ticked.contains(released));
        assert!(ticked.contains(key2("doc.", "RELEASE_OR_JAP_CERTIFICATE")));
    }
}
