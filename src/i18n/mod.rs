//! Every sentence a person reads, keyed by a stable id, in French (`fr.rs`) and English
//! (`en.rs`, the same ids). Sentences are whole: variable parts are `{name}` placeholders
//! filled by [`tf`], never fragments glued together.
//!
//! The language is one global of this module: the English table when it is installed, else
//! French. The English table is compiled only with the cargo feature `en` (natively and in
//! the second module); the first module, built without it, receives it as one text from the
//! second module when the person chooses English ([`install`]), so the first screen never
//! downloads it. Pure (no browser): the tests check that both tables are sorted and unique,
//! have the same ids and placeholders, and that every id the code asks for exists.

pub mod format;
#[cfg(feature = "en")]
mod en;
mod fr;
mod sources_fr;

type Table = &'static [(&'static str, &'static str)];

thread_local! {
    /// The English sentences while English is chosen, else empty (French).
    static EN: std::cell::Cell<Table> = const { std::cell::Cell::new(&[]) };
}

/// Whether the sentences are English (the English table is installed).
pub fn is_en() -> bool {
    EN.with(|t| !t.get().is_empty())
}

/// The language's code, for `lang` attributes: "en" or "fr".
pub fn lang() -> &'static str {
    if is_en() { "en" } else { "fr" }
}

/// Back to French.
pub fn use_french() {
    EN.with(|t| t.set(&[]));
}

/// English from the table compiled in (feature `en`), or French.
#[cfg(feature = "en")]
pub fn set_english(on: bool) {
    EN.with(|t| t.set(if on { en::TABLE } else { &[] }));
}

/// The English table as one text, `id\ttext` lines in the table's order, for [`install`].
#[cfg(feature = "en")]
pub fn english_text() -> String {
    en::TABLE.iter().map(|(k, v)| format!("{k}\t{v}\n")).collect()
}

/// Installs the English table received as [`english_text`] wrote it (its strings live as
/// long as the page: a language is chosen a few times at most). A malformed line is skipped.
pub fn install(text: String) {
    let text: &'static str = Box::leak(text.into_boxed_str());
    let table: Vec<(&'static str, &'static str)> = text.split('\n').filter_map(|l| l.split_once('\t')).collect();
    let table: Table = Box::leak(table.into_boxed_slice());
    EN.with(|t| t.set(table));
}

/// The sentence for `id`; an unknown id shows itself, so a gap is visible, never silent.
pub fn t(id: &'static str) -> &'static str {
    lookup(id).unwrap_or(id)
}

/// The sentence for `id` if it exists.
pub fn lookup(id: &str) -> Option<&'static str> {
    lookup2(id, "")
}

/// The sentence for the id `prefix` + `code` (`"reason."`, `"EMPLOYED"`), without building it.
pub fn lookup2(prefix: &str, code: &str) -> Option<&'static str> {
    lookup_parts(&[prefix, code])
}

/// The sentence for the id made of `parts` end to end (`["q.", "rqth", ".label"]`).
#[inline(never)]
pub fn lookup_parts(parts: &[&str]) -> Option<&'static str> {
    // French stays behind English: a test proves the English table misses no id.
    search(EN.with(std::cell::Cell::get), parts).or_else(|| search(fr::TABLE, parts))
}

fn search(table: &'static [(&'static str, &'static str)], parts: &[&str]) -> Option<&'static str> {
    table
        .binary_search_by(|(k, _)| cmp_parts(k.as_bytes(), parts))
        .ok()
        .and_then(|i| table.get(i))
        .map(|(_, v)| *v)
}

/// A sentence of the "Sources et paramètres" page (its own table first, then the app's), by
/// the parts of its id. Only the page's generator calls these, so that table stays out of the
/// app's WebAssembly.
pub fn page_lookup_parts(parts: &[&str]) -> Option<&'static str> {
    sources_fr::SOURCES
        .binary_search_by(|(k, _)| cmp_parts(k.as_bytes(), parts))
        .ok()
        .and_then(|i| sources_fr::SOURCES.get(i))
        .map(|(_, v)| *v)
        .or_else(|| lookup_parts(parts))
}

/// [`t`] for the sources page.
pub fn st(id: &'static str) -> &'static str {
    page_lookup_parts(&[id]).unwrap_or(id)
}

/// [`tf`] for the sources page.
pub fn stf(id: &'static str, args: &[(&str, &str)]) -> String {
    fill(st(id), args)
}

/// The French source of a parameter entry (`flag`: its doubt), for the sources page: `id` is
/// the timeline's, `from` its effective date as `YYYY-MM-DD`.
pub fn source_note(id: &str, from: &str, flag: bool) -> Option<&'static str> {
    let parts: &[&str] = if flag { &[id, "@", from, "/flag"] } else { &[id, "@", from] };
    page_lookup_parts(parts)
}

/// Compares `key` with the concatenation of `parts`, byte by byte, slice by slice.
fn cmp_parts(key: &[u8], parts: &[&str]) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let mut rest = key;
    for part in parts {
        let part = part.as_bytes();
        let (head, tail) = rest.split_at(rest.len().min(part.len()));
        match head.cmp(part.get(..head.len()).unwrap_or(part)) {
            Ordering::Equal if head.len() < part.len() => return Ordering::Less,
            Ordering::Equal => rest = tail,
            other => return other,
        }
    }
    if rest.is_empty() { Ordering::Equal } else { Ordering::Greater }
}

/// The sentence for `id` with its `{name}` placeholders replaced.
pub fn tf(id: &'static str, args: &[(&str, &str)]) -> String {
    fill(t(id), args)
}

/// Replaces `{name}` placeholders in `template` (an unknown name is kept as written).
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, after) = rest.split_at(open);
        out.push_str(before);
        let Some(close) = after.find('}') else {
            out.push_str(after);
            return out;
        };
        let name = after.get(1..close).unwrap_or("");
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(after.get(..=close).unwrap_or("")),
        }
        rest = after.get(close + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// The label of a code in the catalogue (`<prefix>.<code>`), or the code itself.
pub fn code_label(prefix: &str, code: &str) -> String {
    lookup2(prefix, code).map_or_else(|| code.to_owned(), str::to_owned)
}

/// "59 — Nord".
pub fn department_label(code: &str) -> String {
    lookup2("dept.", code).map_or_else(|| code.to_owned(), |name| format!("{code} — {name}"))
}

/// Every id of the catalogue (for tests and tooling).
pub fn ids() -> impl Iterator<Item = &'static str> {
    fr::TABLE.iter().map(|(k, _)| *k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogue_is_sorted_and_each_id_appears_once() {
        for pair in fr::TABLE.windows(2).chain(sources_fr::SOURCES.windows(2)) {
            if let [(a, _), (b, _)] = pair {
                assert!(a < b, "catalogue not sorted or duplicated around {a:?} / {b:?}");
            }
        }
        // An id lives in one table only.
        for (id, _) in sources_fr::SOURCES {
            assert!(fr::TABLE.binary_search_by(|(k, _)| k.cmp(id)).is_err(), "{id} is in both tables");
        }
    }

    /// The `{name}` placeholders of a sentence, sorted.
    #[cfg(feature = "en")]
    fn placeholders(text: &str) -> Vec<&str> {
        let mut names: Vec<&str> = text.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(n, _)| n)).collect();
        names.sort_unstable();
        names
    }

    #[cfg(feature = "en")]
    #[test]
    fn the_english_catalogue_has_every_french_id_and_no_other_with_the_same_placeholders() {
        for pair in en::TABLE.windows(2) {
            if let [(a, _), (b, _)] = pair {
                assert!(a < b, "en.rs not sorted or duplicated around {a:?} / {b:?}");
            }
        }
        let missing: Vec<&str> = fr::TABLE.iter().filter(|(k, _)| en::TABLE.binary_search_by(|(e, _)| e.cmp(k)).is_err()).map(|(k, _)| *k).collect();
        let extra: Vec<&str> = en::TABLE.iter().filter(|(k, _)| fr::TABLE.binary_search_by(|(f, _)| f.cmp(k)).is_err()).map(|(k, _)| *k).collect();
        assert!(missing.is_empty(), "ids missing from en.rs: {missing:?}");
        assert!(extra.is_empty(), "ids in en.rs that fr.rs does not have: {extra:?}");
        for ((id, french), (_, english)) in fr::TABLE.iter().zip(en::TABLE) {
            assert_eq!(placeholders(french), placeholders(english), "{id}: the placeholders differ between French and English");
            assert!(!english.is_empty(), "{id} is empty in English");
        }
    }

    #[test]
    fn no_english_sentence_is_left_waiting_to_be_folded_into_the_catalogue() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n");
        let pending: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
            .filter(|name| name.starts_with("en-pending-") && name.ends_with(".tsv"))
            .collect();
        assert!(pending.is_empty(), "run scripts/fold-en-pending to fold {pending:?} into src/i18n/en.rs");
    }

    #[cfg(feature = "en")]
    #[test]
    fn english_is_chosen_for_this_thread_and_french_comes_back() {
        assert!(!is_en() && lang() == "fr");
        assert_eq!(t("home.start"), "Commencer");
        set_english(true);
        assert!(is_en() && lang() == "en");
        assert_eq!(t("home.start"), "Start");
        assert_eq!(lookup_parts(&["q.", "rqth", ".label"]), en::TABLE.iter().find(|(k, _)| *k == "q.rqth.label").map(|(_, v)| *v));
        use_french();
        assert_eq!(t("home.start"), "Commencer");
        // The first module receives the table as one text from the second.
        install(english_text());
        assert_eq!(t("home.start"), "Start");
        assert_eq!(tf("progress.label", &[("n", "2"), ("total", "7")]), "Step 2 of 7");
        assert_eq!(t("lang.switch"), "Français");
        use_french();
        assert_eq!(t("lang.switch"), "English");
    }

    #[test]
    fn placeholders_are_filled_by_name() {
        assert_eq!(fill("encore {n} critère pour un {kind}", &[("n", "1"), ("kind", "ACI")]), "encore 1 critère pour un ACI");
        assert_eq!(fill("{a} et {b} {c}", &[("a", "x"), ("b", "y")]), "x et y {c}");
        assert_eq!(fill("{a", &[("a", "x")]), "{a");
        assert_eq!(t("no.such.id"), "no.such.id");
        assert_eq!(lookup2("home.", "start"), Some("Commencer"));
        assert_eq!(lookup_parts(&["ho", "me.st", "", "art"]), Some("Commencer"));
    }

    #[test]
    fn comparing_parts_is_comparing_their_concatenation() {
        let words = ["", "a", "ab", "abc", "b", "ba", "home.", "home.start", "home.startx"];
        for key in words {
            for a in words {
                for b in words {
                    let joined = format!("{a}{b}");
                    assert_eq!(cmp_parts(key.as_bytes(), &[a, b]), key.cmp(joined.as_str()), "{key:?} vs {a:?}+{b:?}");
                }
            }
        }
    }
}
