//! The host's options, read from the iframe's query string (the loader mirrors its data
//! attributes there): `embed`, `origin`, `theme`, `lang`, `compact`, `start`, `lock`,
//! `events`. Each is validated; a bad one is ignored and reported for the console. Pre-filled
//! answers come in the fragment, with the encoding of the share link.

use super::theme::{accessible_primary, Rgb};
use crate::answers::questions::Field;
use crate::present::screen::Screen;

/// What the host asked for, checked.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Options {
    /// Inside a host's iframe.
    pub embedded: bool,
    /// The host page's origin, the only target of messages (`https://example.fr`).
    pub host: Option<String>,
    /// The primary colour to use (made accessible).
    pub theme: Option<Rgb>,
    pub compact: bool,
    /// The language the host asked for (`lang=en`: `Some(true)`, `lang=fr`: `Some(false)`).
    pub english: Option<bool>,
    pub start: Option<Screen>,
    /// Answers the person cannot change (the host fixed them).
    pub lock: Vec<Field>,
    /// The host asked for the anonymous `result` message.
    pub wants_result: bool,
    /// Sentences for the developer's console (English): ignored options, darkened colour.
    pub console: Vec<String>,
}

/// Percent-decoding of a query value (`+` is a space).
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok()).and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(v) => {
                        out.push(v);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            _ => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `scheme://host[:port]`, lower case, http or https, nothing after.
pub fn valid_origin(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"))?;
    let (host, port) = rest.split_once(':').unwrap_or((rest, ""));
    let host_ok = !host.is_empty() && host.len() <= 253 && host.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    let port_ok = port.is_empty() || (port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit()));
    (host_ok && port_ok).then_some(lower)
}

/// Reads the query string (with or without its `?`).
pub fn parse(query: &str) -> Options {
    let mut o = Options::default();
    for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_decode(raw);
        match key {
            "embed" => o.embedded = value == "1",
            "origin" => match valid_origin(&value) {
                Some(origin) => o.host = Some(origin),
                None => o.console.push(format!("Tremplin: origin \"{value}\" is not an origin such as https://example.fr; no message will be sent")),
            },
            "theme" => match Rgb::parse(&value) {
                Some(color) => {
                    let (used, darkened) = accessible_primary(color);
                    if darkened {
                        o.console.push(format!(
                            "Tremplin: theme {} does not reach WCAG AA contrast (4.5:1) with white; {} is used instead",
                            color.hex(),
                            used.hex()
                        ));
                    }
                    o.theme = Some(used);
                }
                None => o.console.push(format!("Tremplin: theme \"{value}\" is not a colour such as #1d4ed8; ignored")),
            },
            "lang" => match value.as_str() {
                "en" => o.english = Some(true),
                "fr" => o.english = Some(false),
                _ => o.console.push(format!("Tremplin: language \"{value}\" is not available (fr or en); ignored")),
            },
            "compact" => o.compact = value != "0",
            "start" => match Screen::from_name(&value) {
                Some(s) => o.start = Some(s),
                None => o.console.push(format!("Tremplin: start screen \"{value}\" is unknown; ignored")),
            },
            "lock" => {
                for name in value.split(',').filter(|n| !n.is_empty()) {
                    match Field::from_id(name) {
                        Some(f) if !o.lock.contains(&f) => o.lock.push(f),
                        Some(_) => {}
                        None => o.console.push(format!("Tremplin: cannot lock unknown answer \"{name}\"")),
                    }
                }
            }
            "events" => o.wants_result = value.split(',').any(|e| e == "result"),
            _ => o.console.push(format!("Tremplin: unknown option \"{key}\"; ignored")),
        }
    }
    if o.embedded && o.host.is_none() {
        o.console.push("Tremplin: embedded without an origin; no message will be sent to the host".to_owned());
    }
    o
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // tests may panic
mod tests {
    use super::*;

    #[test]
    fn the_loader_options_are_read_and_checked() {
        let o = parse("?embed=1&origin=https%3A%2F%2FPortail.example.fr&theme=%2300a&lang=fr&compact=1&start=resultats&lock=department,birth_date&events=result");
        assert!(o.embedded && o.compact && o.wants_result);
        assert_eq!(o.host.as_deref(), Some("https://portail.example.fr"));
        assert_eq!(o.theme, Some(Rgb(0, 0, 0xaa)));
        assert_eq!(o.start, Some(Screen::Results));
        assert_eq!(o.lock, [Field::Department, Field::BirthDate]);
        assert_eq!(o.english, Some(false));
        assert!(o.console.is_empty(), "{:?}", o.console);
        assert_eq!(parse("?embed=1&lang=en").english, Some(true));
        assert_eq!(parse("?embed=1").english, None);
    }

    #[test]
    fn bad_options_are_ignored_and_reported() {
        let o = parse("embed=1&origin=javascript:alert(1)&theme=red&lang=de&lock=salary&start=nowhere&x=1");
        assert_eq!(o.host, None);
        assert_eq!(o.theme, None);
        assert!(o.lock.is_empty());
        assert_eq!(o.english, None);
        assert_eq!(o.console.len(), 7, "{:?}", o.console);
        assert_eq!(valid_origin("https://a.fr/path"), None);
        assert_eq!(valid_origin("http://127.0.0.1:8080").as_deref(), Some("http://127.0.0.1:8080"));
    }

    #[test]
    fn a_pale_theme_is_darkened_and_said() {
        let o = parse("theme=%23ffd700");
        assert!(o.theme.is_some_and(|c| c.contrast_with_white_x100() >= 450));
        assert!(o.console.first().is_some_and(|m| m.contains("does not reach WCAG AA")));
    }
}
