//! What the first module knows of the blocks the second module draws (`present::later`):
//! their placeholders and the flags it passes along. Compiled in both modules; in the first,
//! `present::later` is only these two.

use super::form::FormState;
use super::html::Html;

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

