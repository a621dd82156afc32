//! The one-page summary to print or save as PDF (print CSS, A4): the answers, who can hire,
//! the documents with their dates, the suggested prescriber, the simulated contract, the date
//! of the simulation and the rules version, and that it is indicative only.

use super::html::Html;
use super::pages::answer_or_skipped;
use super::text::{criterion_label, how_far, key2, key3};
use super::verdict::proof_when;
use super::{visible_steps, Snapshot};
use crate::answers::questions::STEPS;
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
    h.el("h3", &[], t("sheet.answers"));
    let visible = visible_steps(snap, None);
    h.wrap("dl", &[("class", "tr-sheet-answers")], |h| {
        for f in STEPS.iter().flat_map(|st| st.fields().iter()).filter(|f| f.applies(a)) {
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
        if !e.criteria.is_empty() {
            let names: Vec<String> = e.criteria.iter().map(|m| criterion_label(m.criterion, as_of)).collect();
            h.el("p", &[], &tf("sheet.label_value", &[("label", t("eligibility.criteria")), ("value", &names.join(" ; "))]));
        }
        h.el("h3", &[], t("sheet.documents"));
        if e.proofs.is_empty() {
            h.el("p", &[], t("proofs.none"));
        } else {
            h.wrap("ul", &[("data-testid", "sheet-documents")], |h| {
                for p in &e.proofs {
                    let line = tf("proofs.line", &[("document", key2("doc.", p.document.code())), ("when", &proof_when(p.validity, p.issued_on_or_after))]);
                    h.el("li", &[], &line);
                }
            });
        }
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
    if let Ok(c) = snap.contract {
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
    }
}
