//! The share link: the whole situation in the URL fragment (`#v=1&b=1999-03-14&…`), which
//! browsers never send to a server. Also the encoding of a host's pre-filled answers and of
//! what "Garder mes réponses" keeps in `localStorage`.
//!
//! Decoding is field by field: a bad field is dropped and reported, every valid field is
//! kept ("nothing lost that was valid"); an unknown version is reported and read as far as
//! the fields are understood. Keys and values may be percent-encoded (`c=QPV%2CPI`, as
//! messaging apps and mail clients rewrite links). Never panics (fuzzed in `tests/fuzz.rs`).
//! [`Decoded::notice`] words what was dropped for a person, for the source the caller names
//! (a link, the answers kept on the device, a host's pre-fill): never a field code, never an
//! echo of the text read.

use super::{rate_looks_monthly, Answers};
#[cfg(test)]
use super::Later;
use crate::i18n::{lookup2, t, tf};
use crate::rules::calendar::parse_iso_date;
use crate::rules::codes::{Benefit, Criterion, CriteriaSet, Employer, Extension, Justice, Referent};
use crate::rules::input::{is_department, MAX_CONTRACT_MONTHS, MAX_HOURLY_RATE, MAX_WEEKLY_HOURS};
use crate::rules::money::parse_decimal_2;
use rust_decimal::Decimal;

/// The version written by [`encode`].
pub const VERSION: &str = "1";
/// Longer fragments are refused whole: no real situation needs more.
pub const MAX_LENGTH: usize = 2000;


/// What could not be read from a fragment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The link was written by another version of Tremplin.
    Version(String),
    /// A field's value is not valid; the field was dropped.
    Invalid(String),
    /// A field this version does not know; ignored.
    Unknown(String),
    /// The fragment is too long to be a Tremplin link; nothing was read.
    TooLong,
}

/// Where a fragment came from: what a problem with it is called.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A share link opened by the person.
    Link,
    /// The answers "Garder mes réponses" (or the tab) kept on this device.
    Stored,
    /// Answers a host portal pre-filled.
    Prefill,
}

impl Source {
    fn id(self) -> &'static str {
        match self {
            Source::Link => "link",
            Source::Stored => "stored",
            Source::Prefill => "prefill",
        }
    }
}

/// Every field key [`encode`] writes, each named for a person by `restore.field.<key>`.
pub const KEYS: &[&str] = &[
    "b", "d", "e", "r", "m", "bf", "h", "c", "j", "rf", "p", "pe", "a", "cs", "cm", "cw", "cr", "cd", "cx", "ce", "l", "s",
];

/// A decoded fragment: the answers that were valid, the screen to open, what was dropped.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Decoded {
    pub answers: Answers,
    /// The screen to open, as named in the link (the app checks it).
    pub screen: Option<String>,
    pub problems: Vec<Problem>,
    /// Whether the fragment held any field at all (an empty fragment is no link).
    pub any: bool,
    /// The language it names (`l=en`: `Some(true)`, `l=fr`: `Some(false)`), if any.
    pub english: Option<bool>,
}

fn flag(b: bool) -> &'static str {
    if b {
        "1"
    } else {
        "0"
    }
}

fn list<T: Copy>(items: impl Iterator<Item = T>, code: impl Fn(T) -> &'static str) -> String {
    items.map(code).collect::<Vec<_>>().join(",")
}

/// The fragment for `answers` (without `#`), opening on `screen` when given, in the language
/// chosen now (`l=en`; French, the default, is not written).
pub fn encode(answers: &Answers, screen: Option<&str>) -> String {
    let mut parts: Vec<(&str, String)> = vec![("v", VERSION.to_owned())];
    let mut put = |key, value: Option<String>| {
        if let Some(v) = value {
            parts.push((key, v));
        }
    };
    let a = answers;
    put("b", a.birth_date.map(|d| d.to_string()));
    put("d", a.department.clone());
    put("e", a.employed.map(|b| flag(b).to_owned()));
    put("r", a.registered.map(|b| flag(b).to_owned()));
    put("m", a.job_seeker_months.map(|m| m.to_string()));
    put("bf", a.benefits.as_ref().map(|b| list(b.iter().copied(), Benefit::code)));
    put("h", a.rqth.map(|b| flag(b).to_owned()));
    put("c", a.criteria.map(|c| list(c.iter(), Criterion::code)));
    put("j", a.justice.map(|j| j.code().to_owned()));
    put("rf", a.referent.map(|r| r.code().to_owned()));
    put("p", a.had_pass.map(|b| flag(b).to_owned()));
    put("pe", a.previous_pass_end.map(|d| d.to_string()));
    put("a", a.as_of.map(|d| d.to_string()));
    let c = &a.contract;
    put("cs", c.start.map(|d| d.to_string()));
    put("cm", Some(c.months.to_string()));
    put("cw", Some(c.weekly_hours.normalize().to_string()));
    put("cr", c.hourly_rate.map(|r| r.normalize().to_string()));
    put("cd", Some(flag(c.under_20h_derogation).to_owned()));
    put("cx", c.extension.map(|x| x.code().to_owned()));
    put("ce", Some(c.employer.code().to_owned()));
    for (k, v) in a.later.iter() {
        put(k, Some(escape(v)));
    }
    put("l", crate::i18n::is_en().then(|| "en".to_owned()));
    put("s", screen.map(str::to_owned));
    parts.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&")
}

/// A later field's value made safe for a fragment: `%XX` for every byte outside
/// `A-Z a-z 0-9 - . , _`, so `&`, `=`, `#`, spaces and `€` never break the link.
fn escape(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for b in v.bytes() {
        if b.is_ascii_alphanumeric() || b"-.,_".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.extend(char::from_digit(u32::from(b >> 4), 16));
            out.extend(char::from_digit(u32::from(b & 15), 16));
        }
    }
    out
}

fn bool_value(v: &str) -> Option<bool> {
    match v {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

/// A comma-separated list of codes, each at most once, in the canonical order of `all`.
fn codes<T: PartialEq + Copy>(v: &str, all: &[T], parse: impl Fn(&str) -> Option<T>) -> Option<Vec<T>> {
    if v.is_empty() {
        return Some(Vec::new());
    }
    let items = v.split(',').map(parse).collect::<Option<Vec<T>>>()?;
    Some(all.iter().copied().filter(|x| items.contains(x)).collect())
}

fn bounded(v: &str, max: u32) -> Option<Decimal> {
    parse_decimal_2(v).filter(|x| *x > Decimal::ZERO && *x <= Decimal::from(max))
}

/// `%XX` escapes decoded (`+` stays itself, as in a URL fragment); `None` when an escape is
/// malformed or the bytes are not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    if !text.contains('%') {
        return Some(text.to_owned());
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Reads a fragment (with or without the leading `#`).
pub fn decode(fragment: &str) -> Decoded {
    let text = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut out = Decoded::default();
    if text.len() > MAX_LENGTH {
        out.problems.push(Problem::TooLong);
        return out;
    }
    let a = &mut out.answers;
    let mut version = None;
    for pair in text.split('&').filter(|p| !p.is_empty()) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        out.any = true;
        let key = percent_decode(raw_key).unwrap_or_default();
        let key = key.as_str();
        let decoded = percent_decode(raw_value);
        let value = decoded.as_deref().unwrap_or("\u{0}");
        let ok = match key {
            "v" => {
                version = Some(value.to_owned());
                true
            }
            "b" => set(&mut a.birth_date, parse_iso_date(value)),
            "d" => set(&mut a.department, is_department(value).then(|| value.to_owned())),
            "e" => set(&mut a.employed, bool_value(value)),
            "r" => set(&mut a.registered, bool_value(value)),
            "m" => set(&mut a.job_seeker_months, value.parse::<u32>().ok().filter(|m| *m <= 1200)),
            "bf" => set(&mut a.benefits, codes(value, Benefit::ALL, Benefit::from_code)),
            "h" => set(&mut a.rqth, bool_value(value)),
            "c" => set(
                &mut a.criteria,
                codes(value, Criterion::ALL, |s| Criterion::from_code(s).filter(|c| c.is_declarable()))
                    .map(|v| v.into_iter().collect::<CriteriaSet>()),
            ),
            "j" => set(&mut a.justice, Justice::from_code(value)),
            "rf" => set(&mut a.referent, Referent::from_code(value)),
            "p" => set(&mut a.had_pass, bool_value(value)),
            "pe" => set(&mut a.previous_pass_end, parse_iso_date(value)),
            "a" => set(&mut a.as_of, parse_iso_date(value)),
            "cs" => set(&mut a.contract.start, parse_iso_date(value)),
            "cm" => set_value(&mut a.contract.months, value.parse::<u32>().ok().filter(|m| (1..=MAX_CONTRACT_MONTHS).contains(m))),
            "cw" => set_value(&mut a.contract.weekly_hours, bounded(value, MAX_WEEKLY_HOURS)),
            "cr" => set(&mut a.contract.hourly_rate, bounded(value, MAX_HOURLY_RATE)),
            "cd" => set_value(&mut a.contract.under_20h_derogation, bool_value(value)),
            "cx" => set(&mut a.contract.extension, Extension::from_code(value)),
            "ce" => set_value(&mut a.contract.employer, Employer::from_code(value)),
            "l" => set(&mut out.english, match value {
                "en" => Some(true),
                "fr" => Some(false),
                _ => None,
            }),
            "s" => {
                let ok = !value.is_empty() && value.len() <= 30 && value.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
                out.screen = ok.then(|| value.to_owned());
                ok
            }
            k if k.starts_with('x') => a.later.set(k, value),
            _ => {
                out.problems.push(Problem::Unknown(clip(key)));
                true
            }
        };
        if !ok {
            out.problems.push(Problem::Invalid(clip(key)));
        }
    }
    // A birth date after the simulation date, or a century before it, cannot be right:
    // drop it rather than guess.
    if let (Some(b), Some(at)) = (a.birth_date, a.as_of) {
        if b > at || super::birth_date_implausible(b, at) {
            a.birth_date = None;
            out.problems.push(Problem::Invalid("b".to_owned()));
        }
    }
    // A monthly amount in the hourly rate is never used silently (checked when the link
    // carries the contract's date; the form checks it again against the date it uses).
    if let (Some(r), Some(on)) = (a.contract.hourly_rate, a.contract.start.or(a.as_of)) {
        if rate_looks_monthly(r, on) {
            a.contract.hourly_rate = None;
            out.problems.push(Problem::Invalid("cr".to_owned()));
        }
    }
    match version.as_deref() {
        Some(VERSION) => {}
        None if !out.any => {}
        other => out.problems.insert(0, Problem::Version(clip(other.unwrap_or("")))),
    }
    out
}

impl Decoded {
    /// What could not be read, in words a person understands and for the `source` it came
    /// from; `None` when everything was read. Fields are named as the screens name them.
    pub fn notice(&self, source: Source) -> Option<String> {
        let from = lookup2("restore.from.", source.id()).unwrap_or("");
        let line = |id: &'static str, fields: &str| tf(id, &[("from", from), ("fields", fields)]);
        let mut lines: Vec<String> = Vec::new();
        let mut fields: Vec<&str> = Vec::new();
        let mut unknown = false;
        for problem in &self.problems {
            match problem {
                Problem::Version(_) => lines.push(line("restore.version", "")),
                Problem::TooLong => lines.push(line("restore.too_long", "")),
                Problem::Unknown(_) => unknown = true,
                Problem::Invalid(key) => {
                    let name = lookup2("restore.field.", key).unwrap_or(t("restore.field.other"));
                    if !fields.contains(&name) {
                        fields.push(name);
                    }
                }
            }
        }
        if !fields.is_empty() {
            let list = match fields.as_slice() {
                [init @ .., last] if !init.is_empty() => format!("{} {} {last}", init.join(", "), t("list.and")),
                _ => fields.concat(),
            };
            lines.push(line("restore.invalid", &list));
        }
        if unknown {
            lines.push(line("restore.unknown", ""));
        }
        (!lines.is_empty()).then(|| lines.join(" "))
    }
}

/// The notice after reading a fragment from `source`: its problems, or for a link that was
/// read whole, that the answers were taken from it (a host's pre-fill says nothing then).
pub fn restored_notice(decoded: &Decoded, source: Source) -> Option<String> {
    decoded.notice(source).or_else(|| (decoded.any && source != Source::Prefill).then(|| t("restore.ok").to_owned()))
}

fn set<T>(slot: &mut Option<T>, value: Option<T>) -> bool {
    let ok = value.is_some();
    if ok {
        *slot = value;
    }
    ok
}

fn set_value<T>(slot: &mut T, value: Option<T>) -> bool {
    match value {
        Some(v) => {
            *slot = v;
            true
        }
        None => false,
    }
}

fn clip(text: &str) -> String {
    text.chars().take(20).collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // tests may panic
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn full() -> Answers {
        let d = |s| parse_iso_date(s).unwrap();
        let mut a = Answers {
            birth_date: Some(d("1999-03-14")),
            department: Some("2A".into()),
            employed: Some(false),
            registered: Some(true),
            job_seeker_months: Some(14),
            benefits: Some(vec![Benefit::Rsa]),
            rqth: Some(false),
            criteria: Some([Criterion::Qpv, Criterion::Pi].into_iter().collect()),
            justice: Some(Justice::None),
            referent: Some(Referent::None),
            had_pass: Some(true),
            previous_pass_end: Some(d("2023-03-31")),
            as_of: Some(d("2026-07-01")),
            ..Answers::default()
        };
        a.contract.start = Some(d("2026-07-01"));
        a.contract.weekly_hours = Decimal::new(265, 1);
        a.contract.hourly_rate = Some(Decimal::new(1354, 2));
        a
    }

    #[test]
    fn the_fields_of_the_second_modules_blocks_travel_in_the_link_as_typed() {
        let mut a = full();
        assert!(a.later.set("xh-other", "1 200,50 € & plus=2"));
        assert!(a.later.set("xe-carrier", "ASSOCIATION"));
        let link = encode(&a, None);
        assert!(link.contains("xe-carrier=ASSOCIATION&xh-other=1%20200,50%20%e2%82%ac%20%26%20plus%3d2"), "{link}");
        let back = decode(&link);
        assert_eq!(back.answers, a);
        assert!(back.problems.is_empty(), "{:?}", back.problems);
        assert!(a.later.set("xe-carrier", ""), "an empty value removes the field");
        assert_eq!(a.later.get("xe-carrier"), None);
    }

    #[test]
    fn a_later_field_out_of_bounds_is_dropped_and_reported() {
        let long = "9".repeat(Later::MAX_VALUE + 1);
        for bad in [format!("xh-other={long}"), "xH=1".to_owned(), "x-very-long-name-too=1".to_owned(), "xh=%07".to_owned()] {
            let d = decode(&format!("v=1&{bad}"));
            assert_eq!(d.answers.later, Later::default(), "{bad}");
            assert!(matches!(d.problems.as_slice(), [Problem::Invalid(_)]), "{bad}: {:?}", d.problems);
        }
        let mut full_set = Later::default();
        for i in 0..Later::MAX_FIELDS {
            assert!(full_set.set(&format!("x{i}"), "1"));
        }
        assert!(!full_set.set("xz", "1"), "no more than MAX_FIELDS fields");
        assert!(full_set.set("x1", "2"), "an existing field can still change");
    }

    #[test]
    fn a_link_reopens_the_same_answers_and_screen() {
        let a = full();
        let text = encode(&a, Some("resultats"));
        let back = decode(&format!("#{text}"));
        assert_eq!(back.answers, a);
        assert_eq!(back.screen.as_deref(), Some("resultats"));
        assert!(back.problems.is_empty(), "{:?}", back.problems);
        assert!(text.starts_with("v=1&b=1999-03-14&d=2A"));
    }

    #[test]
    fn an_empty_list_is_an_answer_and_an_absent_one_is_not() {
        let a = Answers { benefits: Some(vec![]), ..Answers::default() };
        assert_eq!(decode(&encode(&a, None)).answers.benefits, Some(vec![]));
        assert_eq!(decode(&encode(&Answers::default(), None)).answers.benefits, None);
    }

    #[test]
    fn a_corrupted_field_is_dropped_and_reported_and_the_rest_is_kept() {
        let back = decode("#v=1&b=1999-02-30&d=59&m=abc&c=QPV,JEUNE&cw=500&zz=1&e=0");
        assert_eq!(back.answers.birth_date, None);
        assert_eq!(back.answers.department.as_deref(), Some("59"));
        assert_eq!(back.answers.employed, Some(false));
        assert_eq!(back.answers.criteria, None);
        assert_eq!(back.answers.contract.weekly_hours, Decimal::from(26));
        assert_eq!(
            back.problems,
            [
                Problem::Invalid("b".into()),
                Problem::Invalid("m".into()),
                Problem::Invalid("c".into()),
                Problem::Invalid("cw".into()),
                Problem::Unknown("zz".into()),
            ]
        );
    }

    #[test]
    fn percent_encoded_values_are_read_like_plain_ones() {
        let back = decode("#v=1&c=QPV%2CPI&d=2%41&b=1999-03-14&bf=RSA%2cAAH");
        assert!(back.problems.is_empty(), "{:?}", back.problems);
        assert_eq!(back.answers.criteria, Some([Criterion::Qpv, Criterion::Pi].into_iter().collect()));
        assert_eq!(back.answers.department.as_deref(), Some("2A"));
        assert_eq!(back.answers.benefits, Some(vec![Benefit::Rsa, Benefit::Aah]));
        assert_eq!(back.answers.birth_date, parse_iso_date("1999-03-14"));
        // A malformed escape drops its field only.
        let bad = decode("v=1&d=%ZZ&e=0&c=%E9");
        assert_eq!(bad.problems, [Problem::Invalid("d".into()), Problem::Invalid("c".into())]);
        assert_eq!(bad.answers.employed, Some(false));
    }

    #[test]
    fn a_link_that_cannot_be_fully_read_says_so_in_plain_words_without_codes_or_echo() {
        let back = decode("#v=1&b=1999-02-30&d=59&e=0&cw=abc&zz=%3Cscript%3E&m=%3Cb%3E");
        let notice = back.notice(Source::Link).unwrap();
        assert_eq!(
            notice,
            "Certaines réponses du lien n’ont pas pu être lues : votre date de naissance, les heures de travail par semaine \
             et vos mois d’inscription à France Travail. Vérifiez-les ; toutes les autres ont été reprises. \
             Des informations du lien sont inconnues de cette version de Tremplin : elles ont été ignorées."
        );
        for leak in ["(b", "cw", "zz", "%3C", "<", "&lt;", "abc", "1999-02-30"] {
            assert!(!notice.contains(leak), "{leak:?} in {notice}");
        }
        assert_eq!(back.answers.department.as_deref(), Some("59"));
        assert_eq!(back.answers.employed, Some(false));
    }

    #[test]
    fn a_problem_with_stored_answers_is_not_worded_as_a_problem_with_a_link() {
        let back = decode("v=1&b=1999-02-30&d=59");
        let stored = back.notice(Source::Stored).unwrap();
        assert!(stored.starts_with("Certaines réponses gardées sur cet appareil"), "{stored}");
        assert!(!stored.contains("lien"), "{stored}");
        let prefill = back.notice(Source::Prefill).unwrap();
        assert!(prefill.contains("transmises par le site") && !prefill.contains("lien"), "{prefill}");
        let version = decode("v=0&d=13");
        assert!(!version.notice(Source::Stored).unwrap().contains("lien"));
        assert!(version.notice(Source::Link).unwrap().contains("lien"));
        // Read whole: a link says its answers were taken up, a host's pre-fill says nothing.
        let fine = decode("v=1&d=13");
        assert_eq!(fine.notice(Source::Link), None);
        assert_eq!(restored_notice(&fine, Source::Link).as_deref(), Some("Vos réponses ont été reprises."));
        assert_eq!(restored_notice(&fine, Source::Prefill), None);
    }

    #[test]
    fn every_field_a_link_holds_has_a_name_for_people() {
        let text = encode(&full(), Some("resultats"));
        for pair in text.split('&') {
            let key = pair.split('=').next().unwrap();
            assert!(key == "v" || KEYS.contains(&key), "{key} not in KEYS");
        }
        for key in KEYS {
            assert!(lookup2("restore.field.", key).is_some(), "restore.field.{key}");
        }
    }

    #[test]
    fn a_monthly_amount_or_a_birth_a_century_back_from_a_link_is_dropped() {
        let back = decode("v=1&a=2026-12-01&cr=900&b=1890-01-01&d=59");
        assert_eq!((back.answers.contract.hourly_rate, back.answers.birth_date), (None, None));
        assert_eq!(back.problems, [Problem::Invalid("b".into()), Problem::Invalid("cr".into())]);
        let kept = decode("v=1&a=2026-12-01&cr=13.5&b=1990-01-01");
        assert_eq!(kept.answers.contract.hourly_rate, Some(Decimal::new(135, 1)));
        assert!(kept.problems.is_empty());
    }

    #[cfg(feature = "en")]
    #[test]
    fn a_link_made_in_english_reopens_in_english_and_a_french_one_names_no_language() {
        let french = encode(&full(), Some("resultats"));
        crate::i18n::set_english(true);
        let english = encode(&full(), Some("resultats"));
        crate::i18n::use_french();
        assert!(english.ends_with("&l=en&s=resultats") && !french.contains("l="), "{english} / {french}");
        let back = decode(&english);
        assert_eq!((back.english, back.answers, back.problems), (Some(true), full(), vec![]));
        assert_eq!(decode(&french).english, None);
        assert_eq!(decode("v=1&l=fr").english, Some(false));
        let bad = decode("v=1&d=59&l=de");
        assert_eq!((bad.english, bad.problems), (None, vec![Problem::Invalid("l".into())]));
    }

    #[test]
    fn another_version_is_reported_and_read_as_far_as_understood() {
        let back = decode("v=0&d=13");
        assert_eq!(back.problems, [Problem::Version("0".into())]);
        assert_eq!(back.answers.department.as_deref(), Some("13"));
        let none = decode("");
        assert!(!none.any && none.problems.is_empty());
    }

    #[test]
    fn an_overlong_fragment_is_refused_whole() {
        let long = format!("v=1&d=59&{}", "x".repeat(MAX_LENGTH));
        let back = decode(&long);
        assert_eq!(back.problems, [Problem::TooLong]);
        assert_eq!(back.answers, Answers::default());
    }

    #[test]
    fn a_birth_date_after_the_simulation_date_is_dropped() {
        let back = decode("v=1&b=2030-01-01&a=2026-07-01");
        assert_eq!(back.answers.birth_date, None);
        assert_eq!(back.answers.as_of, NaiveDate::from_ymd_opt(2026, 7, 1));
    }
}
