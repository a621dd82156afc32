//! Every sentence a person reads, keyed by a stable id. French is the only language for now;
//! a second one is a second table with the same ids. Sentences are whole: variable parts are
//! `{name}` placeholders filled by [`tf`], never fragments glued together.
//!
//! Pure (no browser): the tests check that the table is sorted and unique, and that every id
//! the code asks for exists.

pub mod format;
mod fr;
mod sources_fr;

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
pub fn lookup_parts(parts: &[&str]) -> Option<&'static str> {
    search(fr::TABLE, parts)
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
