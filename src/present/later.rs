//! What the second module draws (`src/bin/extra.rs`): blocks the first screen never needs, so
//! that their code and sentences stay out of the first download. Each block is drawn from the
//! answers as a share link encodes them (`answers::share`), the same encoding the app keeps
//! for the tab, so the second module sees exactly what the person answered.

use super::form::FormState;
use super::html::Html;
use super::screen::Screen;
use super::{qr, sheet, Snapshot};
use crate::answers::share;
use crate::answers::Answers;
use crate::api;
use crate::rules::Input;
use chrono::NaiveDate;

/// The printed sheet: `justice` is "Inclure ma réponse sur la justice", `contract_invalid`
/// that a contract field is in error (the sheet then prints no contract figure), `page` the
/// app's address without fragment (for the QR code that reopens the simulation on a phone).
fn sheet_of(answers: Answers, today: NaiveDate, justice: bool, contract_invalid: bool, page: &str) -> String {
    let mut form = FormState::new(answers);
    form.sheet_justice = justice;
    if contract_invalid {
        // A contract field the person is still correcting (its message is on the screen).
        form.errors.push(("c-invalid", ""));
    }
    let a = &form.answers;
    // The code printed on paper carries what the sheet prints: the justice answer only if ticked.
    let printed = if justice { a.clone() } else { Answers { justice: None, ..a.clone() } };
    let link = qr::link(page, &printed);
    // As the app computes them (ui/mod.rs): the person's side alone, then the contract.
    let verdict = api::simulate(&Input::of_person(a.as_of(today), a.person()));
    let contract = api::contract_of(&a.to_input(today));
    let snap = Snapshot {
        today,
        form: &form,
        verdict: &verdict,
        contract: &contract,
        keep: false,
        consent: None,
        share_status: None,
        share_link: &link,
        back_to: Some(Screen::Results),
    };
    let mut h = Html::new();
    sheet::sheet(&mut h, &snap);
    // "Ce que vous auriez en tout chaque mois", after the contract, as on the screens, once
    // the person has answered one of its questions.
    #[cfg(feature = "employer")]
    if a.later.iter().any(|(n, _)| n.starts_with("xh-")) {
        super::income::figures(&mut h, a, today, contract_invalid, true);
    }
    h.finish()
}

pub use super::slot::{flags, placeholder};

/// A block drawn by the second module: the answers (their later fields included, see
/// `answers::Later`), today and the [`flags`], to its HTML.
pub type Block = fn(&Answers, NaiveDate, &str) -> String;
/// A block's button (`data-action="x-…"`): the answers, its `data-arg` and today, to a new
/// fragment (`#…`) for the app to apply, or an empty string when it did its work itself (a
/// download) or there is nothing to apply.
pub type Action = fn(&Answers, &str, NaiveDate) -> String;

/// A block that carries the share link (the printed sheet and its QR code, the QR code of the
/// share box): it also gets the app's address without fragment (`https://…/tremplin/`), which
/// only the browser knows (`src/bin/extra.rs` reads it as "Copier le lien" does).
pub type Linked = fn(&Answers, NaiveDate, &str, &str) -> String;

/// The blocks, by the name their placeholder carries (`<div data-later="name">`).
static BLOCKS: &[(&str, Block)] = &[
    ("proofs", proofs_block),
    #[cfg(feature = "employer")]
    ("rights", rights_block),
    ("compare-q", compare_form_block),
    ("compare", compare_block),
    ("export", export_block),
    #[cfg(feature = "employer")]
    ("income", super::income::questions),
    #[cfg(feature = "employer")]
    ("income-figures", super::income::figures_block),
    #[cfg(feature = "employer")]
    ("income-e-couple", |a, _, _| super::income::field_error(a, super::income::COUPLE)),
    #[cfg(feature = "employer")]
    ("income-e-partner", |a, _, _| super::income::field_error(a, super::income::PARTNER)),
    #[cfg(feature = "employer")]
    ("income-e-children", |a, _, _| super::income::field_error(a, super::income::CHILDREN)),
    #[cfg(feature = "employer")]
    ("income-e-isolated", |a, _, _| super::income::field_error(a, super::income::ISOLATED)),
    #[cfg(feature = "employer")]
    ("income-e-housing", |a, _, _| super::income::field_error(a, super::income::HOUSING)),
    #[cfg(feature = "employer")]
    ("income-e-other", |a, _, _| super::income::field_error(a, super::income::OTHER)),
    #[cfg(feature = "employer")]
    ("income-e-family", |a, _, _| super::income::field_error(a, super::income::FAMILY)),
    #[cfg(feature = "employer")]
    ("income-e-before", |a, _, _| super::income::field_error(a, super::income::BEFORE)),
    #[cfg(feature = "employer")]
    ("xe", |a, today, _| draw(|h| super::structure::questions(h, a, today))),
    #[cfg(feature = "employer")]
    ("xe-f", |a, today, flags| draw(|h| super::structure::figures(h, a, today, flags))),
    #[cfg(feature = "employer")]
    ("xe-c", |a, today, _| draw(|h| super::structure::cap(h, a, today))),
];
/// The blocks that carry the share link, by name, with the page's address.
static LINKED: &[(&str, Linked)] = &[("sheet", sheet_block), ("qr", qr_block)];

/// A block's HTML, written by `f`.
#[cfg(feature = "employer")]
fn draw(f: impl FnOnce(&mut Html)) -> String {
    let mut h = Html::new();
    f(&mut h);
    h.finish()
}
/// The blocks' buttons, by their `data-action`.
static ACTIONS: &[(&str, Action)] = &[
    ("x-keep", keep_action),
];

/// The block `name` (drawn by `ui::extra::draw`) for the answers `fragment` on `today`, on
/// the page at `page` (its address without fragment); `None` for a name no block has. Each
/// block parses its own later fields into types and words their errors.
pub fn block(name: &str, fragment: &str, today: NaiveDate, flags: &str, page: &str) -> Option<String> {
    let a = || answers_of(fragment);
    match LINKED.iter().find(|(n, _)| *n == name) {
        Some((_, f)) => Some(f(&a(), today, flags, page)),
        None => BLOCKS.iter().find(|(n, _)| *n == name).map(|(_, f)| f(&a(), today, flags)),
    }
}

/// The answers of `fragment`; the sentences follow the language the app encoded with them
/// (`l=en`), so that every block and file is in the person's language.
fn answers_of(fragment: &str) -> Answers {
    let decoded = share::decode(fragment);
    #[cfg(feature = "en")]
    crate::i18n::set_english(decoded.english == Some(true));
    decoded.answers
}

/// The action `name` of a block's button on these answers (see [`Action`]).
pub fn act(name: &str, arg: &str, fragment: &str, today: NaiveDate) -> String {
    ACTIONS.iter().find(|(n, _)| *n == name).map_or_else(String::new, |(_, f)| f(&answers_of(fragment), arg, today))
}

/// The engine's input for these answers, the later blocks' answers included where the person
/// gave them and they parse: the household once a question of "Ce que vous auriez en tout" is
/// answered, the structure's side once one of "Côté structure" is. What the comparison, the
/// exports and the printed sheet use, so that they show the prime d'activité "when the
/// household is known" and the structure's cost "when the employer view is filled"
/// (issue 16), never figures from defaults the person did not see.
pub fn full_input(a: &Answers, today: NaiveDate) -> crate::rules::Input {
    input_with(a, today, false)
}

/// [`full_input`] with every later part, defaults included: what the total-income and
/// structure blocks show, whose questions say their defaults aloud.
pub fn input_with_defaults(a: &Answers, today: NaiveDate) -> crate::rules::Input {
    input_with(a, today, true)
}

#[cfg_attr(not(feature = "employer"), allow(unused_variables))]
fn input_with(a: &Answers, today: NaiveDate, defaults: bool) -> crate::rules::Input {
    #[allow(unused_mut)]
    let mut input = a.to_input(today);
    #[cfg(feature = "employer")]
    {
        let answered = |prefix: &str| defaults || a.later.iter().any(|(n, _)| n.starts_with(prefix));
        // "Ce que vous auriez en tout": the household, when every one of its answers can be read.
        let (household, errors) = super::income::household(&a.later);
        if errors.is_empty() && answered("xh-") {
            input.household = Some(household);
        }
        // The structure's side ("Côté structure"): the employer view and the revenue cap.
        if answered("xe-") {
            super::structure::add_to(a, &mut input);
        }
    }
    input
}

/// "Les documents à apporter" (its placeholder is the results' `proofs` region), from the
/// person's answers alone, as the app computes its verdict.
fn proofs_block(a: &Answers, today: NaiveDate, _flags: &str) -> String {
    let as_of = a.as_of(today);
    let mut h = Html::new();
    if let Ok(out) = api::simulate(&Input::of_person(as_of, a.person())) {
        super::verdict::proofs(&mut h, &out, as_of);
    }
    h.finish()
}

/// "Vos droits pendant ce contrat", under the contract's figures (its placeholder is in
/// `present::contract::results`).
#[cfg(feature = "employer")]
fn rights_block(a: &Answers, today: NaiveDate, _flags: &str) -> String {
    let mut h = Html::new();
    if let Ok(c) = api::contract_of(&full_input(a, today)) {
        super::rights::block(&mut h, &c);
    }
    h.finish()
}

/// The file of a download button (`x-json`, `x-csv`, see `present::export`) for the answers
/// `fragment` on `today`, for the second module to hand to the browser; `None` for another name.
pub fn download(name: &str, fragment: &str, today: NaiveDate) -> Option<super::export::Download> {
    let a = answers_of(fragment);
    super::export::download(name, &a, full_input(&a, today), today)
}

fn compare_form_block(a: &Answers, _: NaiveDate, _: &str) -> String {
    super::compare::form(a)
}

fn compare_block(a: &Answers, today: NaiveDate, _: &str) -> String {
    super::compare::block(a, &full_input(a, today))
}

fn export_block(a: &Answers, _: NaiveDate, _: &str) -> String {
    super::export::form(a)
}

/// "Garder ce contrat" (`present::compare::keep`): the new answers' fragment, or "" when the
/// column cannot be kept.
fn keep_action(a: &Answers, arg: &str, today: NaiveDate) -> String {
    super::compare::keep(a, arg, today).map_or_else(String::new, |kept| format!("#{}", share::encode(&kept, None)))
}

/// The message next to the later field `name` (`[data-later-error="name"]`, filled by the
/// second module after every change, with the field's `aria-invalid`), or "" when it reads.
pub fn field_error(name: &str, fragment: &str) -> String {
    #[cfg(feature = "employer")]
    if name.starts_with("xe-") {
        return super::structure::field_error(&answers_of(fragment), name).to_owned();
    }
    let _ = (name, fragment);
    String::new()
}

/// The printed sheet; on "Côté structure" (`flags` has `e`) the structure's sheet.
fn sheet_block(a: &Answers, today: NaiveDate, flags: &str, page: &str) -> String {
    #[cfg(feature = "employer")]
    if flags.contains('e') {
        return draw(|h| super::structure::sheet(h, a, today, flags));
    }
    sheet_of(a.clone(), today, flags.contains('j'), flags.contains('i'), page)
}

fn qr_block(a: &Answers, _today: NaiveDate, _flags: &str, page: &str) -> String {
    qr::share_block(a, page)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
pub(crate) mod tests {
    use super::*;

    /// The printed sheet as the app has the second module draw it (`block("sheet", …)`).
    pub(crate) fn sheet(fragment: &str, today: NaiveDate, justice: bool, contract_invalid: bool, page: &str) -> String {
        let flags = format!("{}{}", if justice { "j" } else { "" }, if contract_invalid { "i" } else { "" });
        block("sheet", fragment, today, &flags, page).unwrap()
    }

    #[test]
    fn the_comparison_and_exports_count_the_household_and_the_structure_only_once_answered() {
        let today = NaiveDate::from_ymd_opt(2026, 10, 5).unwrap();
        let mut a = Answers::default();
        let none = full_input(&a, today);
        assert!(none.household.is_none() && none.contract.as_ref().unwrap().employer_view.is_none());
        let shown = input_with_defaults(&a, today);
        assert!(shown.household.is_some() && shown.contract.as_ref().unwrap().employer_view.is_some(), "the blocks show their defaults");
        a.later.set("xh-couple", "1");
        assert!(full_input(&a, today).household.is_some(), "one household answer: the household is known");
        assert!(full_input(&a, today).contract.unwrap().employer_view.is_none());
        a.later.set("xe-atmp", "1,5");
        assert!(full_input(&a, today).contract.unwrap().employer_view.is_some(), "one structure answer: the view is filled");
    }

    #[test]
    fn the_second_module_draws_the_same_sheet_as_the_answers_give() {
        let today = NaiveDate::from_ymd_opt(2026, 10, 5).unwrap();
        let answers = Answers {
            birth_date: NaiveDate::from_ymd_opt(1990, 2, 11),
            employed: Some(false),
            benefits: Some(vec![crate::rules::codes::Benefit::Rsa]),
            department: Some("59".to_owned()),
            justice: Some(crate::rules::codes::Justice::Released),
            ..Answers::default()
        };
        let fragment = share::encode(&answers, None);
        let page = "https://exemple.fr/tremplin/";
        let html = sheet(&fragment, today, false, false, page);
        assert!(html.contains("tr-sheet-title") && html.contains("Bénéficiaire du RSA"), "{html}");
        let released = crate::i18n::t("justice.released");
        assert!(!html.contains(released), "the justice answer stays out by default");
        assert!(sheet(&fragment, today, true, false, page).contains(released), "ticked, it is printed");
        let fixing = sheet(&fragment, today, false, true, page);
        assert!(fixing.contains("sheet-contract-fix") && !fixing.contains("sheet-pay"), "no figure while a field is in error");
        assert!(!html.contains("sheet-official-french"));
    }

    #[cfg(feature = "en")]
    #[test]
    fn answers_encoded_in_english_give_an_english_sheet_that_says_the_procedure_is_in_french() {
        let today = NaiveDate::from_ymd_opt(2026, 10, 5).unwrap();
        let answers = Answers { benefits: Some(vec![crate::rules::codes::Benefit::Rsa]), department: Some("59".to_owned()), ..Answers::default() };
        crate::i18n::set_english(true);
        let fragment = share::encode(&answers, None);
        crate::i18n::use_french();
        let html = sheet(&fragment, today, false, false, "");
        let english = crate::i18n::is_en();
        crate::i18n::use_french();
        assert!(english, "the sheet's module follows the language of the fragment");
        assert!(html.contains("Tremplin simulation sheet") && html.contains("sheet-official-french") && html.contains("5 October 2026"), "{html}");
        assert!(!sheet(&share::encode(&answers, None), today, false, false, "").contains("simulation sheet"), "French again");
    }

    #[test]
    fn the_comparison_and_the_export_are_blocks_and_their_buttons_act_on_the_fragment() {
        let today = NaiveDate::from_ymd_opt(2026, 10, 5).unwrap();
        let mut answers = Answers::default();
        answers.later.set("xk1-hours", "30");
        let fragment = share::encode(&answers, None);
        assert!(block("compare-q", &fragment, today, "", "").unwrap().contains("name=\"xk1-hours\" class=\"tr-input tr-input-4\" size=\"6\" maxlength=\"12\" value=\"30\""));
        assert!(block("compare", &fragment, today, "", "").unwrap().contains("30 h au lieu de 26 h"));
        assert!(block("export", &fragment, today, "", "").unwrap().contains("data-action=\"x-csv\""));
        let out = act("x-keep", "1", &fragment, today);
        assert!(out.starts_with('#'), "a new fragment for the app to apply: {out}");
        let kept = share::decode(&out).answers;
        assert_eq!(kept.contract.weekly_hours, rust_decimal::Decimal::from(30));
        assert_eq!(act("x-keep", "2", &fragment, today), "", "column 2 has no answer");
        let csv = download("x-csv", &fragment, today).unwrap();
        assert_eq!((csv.name.as_str(), csv.mime), ("tremplin-mois-2026-10-05.csv", "text/csv;charset=utf-8"));
        assert!(download("x-json", &fragment, today).unwrap().text.starts_with("{\"input\":{\"as_of\":\"2026-10-05\""));
        assert!(download("x-keep", &fragment, today).is_none());
    }

    #[test]
    fn the_printed_code_reopens_the_results_and_carries_the_justice_answer_only_if_ticked() {
        let today = NaiveDate::from_ymd_opt(2026, 10, 5).unwrap();
        let page = "https://exemple.fr/tremplin/";
        let answers = Answers { employed: Some(false), justice: Some(crate::rules::codes::Justice::Released), ..Answers::default() };
        let without = Answers { justice: None, ..answers.clone() };
        let fragment = share::encode(&answers, None);
        let path_of = |a: &Answers| qr::path(&qr::encode(&qr::link(page, a)).unwrap());
        let default = sheet(&fragment, today, false, false, page);
        assert!(default.contains(&path_of(&without)) && !default.contains(&path_of(&answers)), "{default}");
        assert!(default.contains(crate::i18n::t("qr.sheet_justice")));
        let ticked = sheet(&fragment, today, true, false, page);
        assert!(ticked.contains(&path_of(&answers)) && !ticked.contains(crate::i18n::t("qr.sheet_justice")));
        let none = sheet(&share::encode(&without, None), today, false, false, page);
        assert!(none.contains(&path_of(&without)) && !none.contains(crate::i18n::t("qr.sheet_justice")), "nothing was left out");
    }

    #[test]
    fn the_share_box_block_and_the_sheet_get_the_page_and_other_names_no_block() {
        let today = NaiveDate::from_ymd_opt(2026, 10, 5).unwrap();
        let fragment = share::encode(&Answers::default(), None);
        let qr = block("qr", &fragment, today, "", "https://exemple.fr/").unwrap();
        let link = qr::link("https://exemple.fr/", &Answers::default());
        assert!(qr.contains(&qr::path(&qr::encode(&link).unwrap())), "{qr}");
        assert!(block("sheet", &fragment, today, "", "https://exemple.fr/").unwrap().contains("tr-sheet-title"));
        assert_eq!(block("nothing", &fragment, today, "", "https://exemple.fr/"), None);
    }
}
