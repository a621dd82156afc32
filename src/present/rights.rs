//! "Vos droits pendant ce contrat": what signing means beyond the pay (cddi.md §5–7, decisions
//! C10–C13), as short plain-French lines, each followed by the articles it rests on. [`block`]
//! is the foldable block under the contract's figures (the contract screen and advisor mode);
//! [`sheet`] is the same, folded to a few lines, for the printed sheet.
//!
//! Pure: every number comes from `Contract::rights` (the engine and its tables), every
//! sentence from the catalogue; no legal branching here.

use super::html::Html;
use super::verdict::refs;
use crate::i18n::{t, tf};
use crate::rules::contract::Contract;
use crate::rules::rights::{self as r, Rights};

/// One line of the block: its sentences (the first one a value that may change in place when
/// only the numbers change) and its articles.
fn line(h: &mut Html, testid: &str, main: &str, more: &[&str], articles: &[&str]) {
    h.wrap("li", &[("data-testid", testid)], |h| {
        h.value("p", &[], main);
        for m in more {
            h.value("p", &[], m);
        }
        refs(h, articles);
    });
}

fn n(x: u32) -> String {
    x.to_string()
}

/// The pension quarters of each calendar year, "4 en 2026, 4 en 2027".
fn quarters(c: &Contract) -> String {
    let years: Vec<String> = c
        .pension_quarters
        .iter()
        .map(|(y, q)| tf("rights.quarters_year", &[("year", &y.to_string()), ("n", &q.to_string())]))
        .collect();
    years.join(", ")
}

/// The foldable block "Vos droits pendant ce contrat", closed until the person opens it.
pub fn block(h: &mut Html, c: &Contract) {
    let x: &Rights = &c.rights;
    h.wrap("details", &[("class", "tr-why tr-rights"), ("data-testid", "rights")], |h| {
        h.el("summary", &[], t("rights.title"));
        h.wrap("ul", &[("class", "tr-notices")], |h| {
            let trial = tf("rights.trial", &[("n", &n(x.trial_period.days))]);
            let note = tf("rights.trial_note", &[("months", &n(x.months))]);
            line(h, "right-trial", &trial, &[&note], x.trial_period.refs);

            let pmsmp = tf("rights.pmsmp", &[
                ("n", &n(x.pmsmp.days)),
                ("months", &n(x.pmsmp_convention_months)),
                ("renewals", &n(x.pmsmp_convention_renewals)),
            ]);
            let elsewhere = tf("rights.trial_elsewhere", &[("months", &n(x.suspension_cdd_min_months))]);
            line(h, "right-suspend", t("rights.suspend"), &[&pmsmp, &elsewhere, t("rights.hired")], x.pmsmp.refs);

            line(h, "right-training", t("rights.training"), &[], r::TRAINING_REFS);
            let cdi = tf("rights.cdi", &[("n", &n(x.notice_for_cdi.days))]);
            line(h, "right-cdi", &cdi, &[], x.notice_for_cdi.refs);
            line(h, "right-indemnity", t("rights.no_indemnity"), &[], r::NO_INDEMNITY_REFS);
            line(h, "right-support", t("rights.support"), &[], r::SUPPORT_REFS);
            let pension = tf("rights.quarters", &[("quarters", &quarters(c))]);
            line(h, "right-quarters", &pension, &[], r::PENSION_QUARTERS_REFS);
        });
    });
}

/// The same rights folded to three lines for the printed sheet, the articles named at the end.
#[cfg(feature = "later")]
pub fn sheet(h: &mut Html, c: &Contract) {
    let x: &Rights = &c.rights;
    h.el("h3", &[], t("rights.title"));
    let stay = tf("rights.sheet_stay", &[
        ("trial", &n(x.trial_period.days)),
        ("pmsmp", &n(x.pmsmp.days)),
        ("months", &n(x.suspension_cdd_min_months)),
    ]);
    h.el("p", &[("data-testid", "sheet-rights")], &stay);
    h.el("p", &[], &tf("rights.sheet_leave", &[("notice", &n(x.notice_for_cdi.days))]));
    let mut all: Vec<&str> = x.refs();
    for a in [r::TRAINING_REFS, r::NO_INDEMNITY_REFS, r::SUPPORT_REFS].into_iter().flatten() {
        if !all.contains(a) {
            all.push(a);
        }
    }
    h.el("p", &[("class", "tr-refs")], &tf("rights.sheet_refs", &[("refs", &all.join(", "))]));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answers;
    use crate::api::simulate;
    use chrono::NaiveDate;

    fn contract(start: &str, months: u32) -> Contract {
        let today = NaiveDate::from_ymd_opt(2026, 6, 15).unwrap();
        let mut a = Answers::default();
        a.contract.start = Some(start.parse().unwrap());
        a.contract.months = months;
        simulate(&a.to_input(today)).unwrap().contract.unwrap()
    }

    fn rendered(f: fn(&mut Html, &Contract), c: &Contract) -> String {
        let mut h = Html::new();
        f(&mut h, c);
        h.finish()
    }

    /// The text of the element whose `data-testid` is `id`, tags removed.
    fn text_of(html: &str, id: &str) -> String {
        let from = html.find(&format!("data-testid=\"{id}\"")).unwrap();
        let rest = &html[from..];
        let end = rest.find("</li>").or_else(|| rest.find("</p>")).unwrap();
        let mut out = String::new();
        let mut in_tag = true;
        for ch in rest[..end].chars() {
            match ch {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag => out.push(ch),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn a_12_month_contract_shows_a_31_day_trial_91_pmsmp_days_and_14_days_notice() {
        // cddi.md C10–C12 example, 2026-07-01 + 12 months.
        let html = rendered(block, &contract("2026-07-01", 12));
        assert!(html.starts_with("<details class=\"tr-why tr-rights\" data-testid=\"rights\"><summary>Vos droits pendant ce contrat</summary>"));
        assert!(!html.contains("<details open"), "closed until the person opens it");
        assert!(text_of(&html, "right-trial").starts_with("Période d’essai : 31 jours au plus."));
        assert!(text_of(&html, "right-trial").contains("les 12 mois du contrat"));
        let suspend = text_of(&html, "right-suspend");
        assert!(suspend.contains("PMSMP"), "{suspend}");
        assert!(suspend.contains("91 jours au plus en tout, 1 mois au plus à chaque fois, renouvelable 1 fois"), "{suspend}");
        assert!(suspend.contains("d’un CDD de 6 mois ou plus"), "{suspend}");
        assert!(suspend.contains("ce contrat s’arrête sans préavis"), "{suspend}");
        assert!(text_of(&html, "right-cdi").contains("préavis de 14 jours"));
        assert!(text_of(&html, "right-training").contains("formation qui mène à une qualification"));
        assert!(text_of(&html, "right-indemnity").contains("pas de prime de fin de contrat"));
        assert!(text_of(&html, "right-support").contains("vous accompagne"));
        assert!(text_of(&html, "right-quarters").contains("Trimestres validés : 4 en 2026, 4 en 2027."), "{}", text_of(&html, "right-quarters"));
    }

    #[test]
    fn a_4_month_contract_shows_a_14_day_trial_30_pmsmp_days_and_14_days_notice() {
        let html = rendered(block, &contract("2026-07-01", 4));
        assert!(text_of(&html, "right-trial").starts_with("Période d’essai : 14 jours au plus."));
        assert!(text_of(&html, "right-suspend").contains("30 jours au plus en tout"));
        assert!(text_of(&html, "right-cdi").contains("préavis de 14 jours"));
    }

    #[test]
    fn every_line_names_its_articles_linked_to_legifrance() {
        let html = rendered(block, &contract("2026-07-01", 12));
        let expected: [(&str, &[&str]); 7] = [
            ("right-trial", &["L1242-10"]),
            ("right-suspend", &["L5132-15-1", "D5132-43-3", "D5135-3"]),
            ("right-training", &["L5132-15-1", "L6314-1"]),
            ("right-cdi", &["L1243-2"]),
            ("right-indemnity", &["L1243-10"]),
            ("right-support", &["L5132-15"]),
            ("right-quarters", &["L5132-15-1", "L351-2", "R351-9"]),
        ];
        for (id, articles) in expected {
            let text = text_of(&html, id);
            assert!(text.contains("Textes :"), "{id}: {text}");
            for a in articles {
                assert!(text.contains(&format!("Article {a} (")), "{id} names {a}: {text}");
            }
        }
        assert_eq!(html.matches("https://www.legifrance.gouv.fr/").count(), 12);
        assert_eq!(html.matches("<li data-testid=\"right-").count(), 7);
    }

    #[test]
    fn the_printed_sheet_folds_the_rights_to_three_lines() {
        let html = rendered(sheet, &contract("2026-07-01", 12));
        assert!(html.starts_with("<h3>Vos droits pendant ce contrat</h3>"));
        assert_eq!(html.matches("<p").count(), 3);
        let stay = text_of(&html, "sheet-rights");
        assert!(stay.starts_with("Période d’essai : 31 jours au plus."), "{stay}");
        assert!(stay.contains("PMSMP, 91 jours au plus en tout"), "{stay}");
        assert!(html.contains("pour un CDI avec 14 jours de préavis"));
        assert!(html.contains("Textes (Code du travail) : L1242-10, L5132-15-1, D5132-43-3, D5135-3, L1243-2, L6314-1, L1243-10, L5132-15."));
        let four = rendered(sheet, &contract("2026-07-01", 4));
        assert!(text_of(&four, "sheet-rights").contains("14 jours au plus. "));
        assert!(text_of(&four, "sheet-rights").contains("PMSMP, 30 jours"));
    }

    #[test]
    fn the_block_sits_under_the_contract_figures_on_both_screens_and_on_the_printed_sheet() {
        use crate::present::form::FormState;
        use crate::present::screen::Screen;
        use crate::present::{region, Snapshot};
        let today = NaiveDate::from_ymd_opt(2026, 6, 15).unwrap();
        let mut a = Answers::default();
        a.contract.start = NaiveDate::from_ymd_opt(2026, 7, 1);
        a.contract.months = 4;
        let form = FormState::new(a.clone());
        let verdict = simulate(&a.to_input(today));
        let contract = verdict.clone().map(|o| o.contract.unwrap());
        let snap = Snapshot {
            today, form: &form, verdict: &verdict, contract: &contract, keep: false,
            consent: None, share_status: None, share_link: "", back_to: None,
        };
        for screen in [Screen::Results, Screen::Advisor] {
            assert!(crate::present::screen(screen, &snap).contains("data-region=\"contract-results\""), "{screen:?} has the contract");
            let html = region("contract-results", screen, &snap).html;
            let figures = html.find("data-testid=\"quarters\"").unwrap();
            // The second module draws the block into its placeholder (present::later).
            let block = html.find("data-later=\"rights\"").unwrap();
            let chart = html.find("<figure class=\"tr-chart\"").unwrap();
            assert!(figures < block && block < chart, "under the figures, above the chart");
        }
        let drawn = crate::present::later::block("rights", &crate::answers::share::encode(&a, None), today, "", "").unwrap();
        assert!(drawn.contains("data-testid=\"rights\""));
        assert!(text_of(&drawn, "right-trial").starts_with("Période d’essai : 14 jours au plus."));
        let mut h = crate::present::html::Html::new();
        crate::present::sheet::sheet(&mut h, &snap);
        let sheet = h.finish();
        assert!(text_of(&sheet, "sheet-rights").contains("PMSMP, 30 jours au plus en tout"));
    }

    #[test]
    fn an_invalid_contract_still_shows_its_rights() {
        // A 3-month contract without a sentence adjustment breaks MIN_DURATION; its schedule,
        // and so its rights, are still computed: 92 days, 13 weeks.
        let c = contract("2026-07-01", 3);
        assert!(!c.valid);
        let html = rendered(block, &c);
        assert!(text_of(&html, "right-trial").starts_with("Période d’essai : 13 jours au plus."));
        assert!(text_of(&html, "right-cdi").contains("préavis de 13 jours"));
    }
}
