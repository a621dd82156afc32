//! What the second module draws (`src/bin/extra.rs`): blocks the first screen never needs, so
//! that their code and sentences stay out of the first download. Each block is drawn from the
//! answers as a share link encodes them (`answers::share`), the same encoding the app keeps
//! for the tab, so the second module sees exactly what the person answered.

use super::form::FormState;
use super::html::Html;
use super::screen::Screen;
use super::{sheet, Snapshot};
use crate::answers::share;
use crate::api;
use crate::rules::Input;
use chrono::NaiveDate;

/// The printed sheet: `justice` is "Inclure ma réponse sur la justice", `contract_invalid`
/// that a contract field is in error (the sheet then prints no contract figure).
pub fn sheet(fragment: &str, today: NaiveDate, justice: bool, contract_invalid: bool) -> String {
    let decoded = share::decode(fragment);
    // The language the app was in when it encoded the answers (`l=en`), so the sheet matches it.
    #[cfg(feature = "en")]
    crate::i18n::set_english(decoded.english == Some(true));
    let mut form = FormState::new(decoded.answers);
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

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::answers::Answers;

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
        let html = sheet(&fragment, today, false, false);
        let english = crate::i18n::is_en();
        crate::i18n::use_french();
        assert!(english, "the sheet's module follows the language of the fragment");
        assert!(html.contains("Tremplin simulation sheet") && html.contains("sheet-official-french") && html.contains("5 October 2026"), "{html}");
        assert!(!sheet(&share::encode(&answers, None), today, false, false).contains("simulation sheet"), "French again");
    }
}
