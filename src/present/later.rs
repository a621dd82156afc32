//! What the second module draws (`src/bin/extra.rs`): blocks the first screen never needs, so
//! that their code and sentences stay out of the first download. Each block is drawn from the
//! answers as a share link encodes them (`answers::share`), the same encoding the app keeps
//! for the tab, so the second module sees exactly what the person answered.

use super::form::FormState;
use super::html::Html;
use super::screen::Screen;
use super::{sheet, Snapshot};
use crate::answers::share;
use crate::answers::Answers;
use crate::api;
use crate::rules::Input;
use chrono::NaiveDate;

/// The printed sheet: `justice` is "Inclure ma réponse sur la justice", `contract_invalid`
/// that a contract field is in error (the sheet then prints no contract figure).
pub fn sheet(fragment: &str, today: NaiveDate, justice: bool, contract_invalid: bool) -> String {
    sheet_of(share::decode(fragment).answers, today, justice, contract_invalid)
}

fn sheet_of(answers: Answers, today: NaiveDate, justice: bool, contract_invalid: bool) -> String {
    let mut form = FormState::new(answers);
    form.sheet_justice = justice;
    if contract_invalid {
        // A contract field the person is still correcting (its message is on the screen).
        form.errors.push(("c-invalid", ""));
    }
    let a = &form.answers;
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
        share_link: "",
        back_to: Some(Screen::Results),
    };
    let mut h = Html::new();
    sheet::sheet(&mut h, &snap);
    h.finish()
}

/// What the blocks need besides the answers, as the app passes it to the second module: `j`
/// "Inclure ma réponse sur la justice" is ticked, `i` a contract field is in error. The second
/// module adds `e` when the page shows "Côté structure" (the sheet is then the structure's).
pub fn flags(form: &FormState) -> String {
    let mut f = String::new();
    if form.sheet_justice {
        f.push('j');
    }
    if form.contract_invalid() {
        f.push('i');
    }
    f
}

/// The placeholder of a block the second module draws (`ui::extra::draw`): it says to reload
/// until the block replaces it, so a module that never arrives is never a silent gap. `once`:
/// a block of questions, drawn once per screen so that typing in it keeps the focus.
pub fn placeholder(h: &mut Html, name: &str, once: bool) {
    let attrs: &[(&str, &str)] = if once { &[("data-later", name), ("data-later-once", "")] } else { &[("data-later", name)] };
    h.el("div", attrs, crate::i18n::t("later.loading"));
}

/// A block drawn by the second module: the answers (their later fields included, see
/// `answers::Later`), today and the [`flags`], to its HTML.
pub type Block = fn(&Answers, NaiveDate, &str) -> String;
/// A block's button (`data-action="x-…"`): the answers, its `data-arg` and today, to a new
/// fragment (`#…`) for the app to apply, or an empty string when it did its work itself (a
/// download) or there is nothing to apply.
pub type Action = fn(&Answers, &str, NaiveDate) -> String;

/// The blocks, by the name their placeholder carries (`<div data-later="name">`).
static BLOCKS: &[(&str, Block)] = &[
    ("sheet", sheet_block),
    #[cfg(feature = "employer")]
    ("xe", |a, today, _| draw(|h| super::structure::questions(h, a, today))),
    #[cfg(feature = "employer")]
    ("xe-f", |a, today, flags| draw(|h| super::structure::figures(h, a, today, flags))),
    #[cfg(feature = "employer")]
    ("xe-c", |a, today, _| draw(|h| super::structure::cap(h, a, today))),
];

/// A block's HTML, written by `f`.
#[cfg(feature = "employer")]
fn draw(f: impl FnOnce(&mut Html)) -> String {
    let mut h = Html::new();
    f(&mut h);
    h.finish()
}
/// The blocks' buttons, by their `data-action`.
static ACTIONS: &[(&str, Action)] = &[];

/// The block `name` (drawn by `ui::extra::draw`) for the answers `fragment` on `today`;
/// `None` for a name no block has. Each block parses its own later fields into types and
/// words their errors.
pub fn block(name: &str, fragment: &str, today: NaiveDate, flags: &str) -> Option<String> {
    BLOCKS.iter().find(|(n, _)| *n == name).map(|(_, f)| f(&share::decode(fragment).answers, today, flags))
}

/// The action `name` of a block's button on these answers (see [`Action`]).
pub fn act(name: &str, arg: &str, fragment: &str, today: NaiveDate) -> String {
    ACTIONS.iter().find(|(n, _)| *n == name).map_or_else(String::new, |(_, f)| f(&share::decode(fragment).answers, arg, today))
}

/// The engine's input for these answers, the later blocks' answers included where they parse
/// (the household of "Ce que vous auriez en tout", the structure's side): what every block
/// that simulates uses, so that they all show the same figures. Each block that reads later
/// fields adds its part of the input here.
pub fn full_input(a: &Answers, today: NaiveDate) -> crate::rules::Input {
    #[allow(unused_mut)]
    let mut input = a.to_input(today);
    // The structure's side ("Côté structure"): the employer view and the revenue cap.
    #[cfg(feature = "employer")]
    super::structure::add_to(a, &mut input);
    input
}

/// The message next to the later field `name` (`[data-later-error="name"]`, filled by the
/// second module after every change, with the field's `aria-invalid`), or "" when it reads.
pub fn field_error(name: &str, fragment: &str) -> String {
    #[cfg(feature = "employer")]
    if name.starts_with("xe-") {
        return super::structure::field_error(&share::decode(fragment).answers, name).to_owned();
    }
    let _ = (name, fragment);
    String::new()
}

/// The printed sheet; on "Côté structure" (`flags` has `e`) the structure's sheet.
fn sheet_block(a: &Answers, today: NaiveDate, flags: &str) -> String {
    #[cfg(feature = "employer")]
    if flags.contains('e') {
        return draw(|h| super::structure::sheet(h, a, today, flags));
    }
    sheet_of(a.clone(), today, flags.contains('j'), flags.contains('i'))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

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
        let html = sheet(&fragment, today, false, false);
        assert!(html.contains("tr-sheet-title") && html.contains("Bénéficiaire du RSA"), "{html}");
        let released = crate::i18n::t("justice.released");
        assert!(!html.contains(released), "the justice answer stays out by default");
        assert!(sheet(&fragment, today, true, false).contains(released), "ticked, it is printed");
        let fixing = sheet(&fragment, today, false, true);
        assert!(fixing.contains("sheet-contract-fix") && !fixing.contains("sheet-pay"), "no figure while a field is in error");
    }
}
