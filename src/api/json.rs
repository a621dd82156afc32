//! A small, strict JSON reader and writer for the `simulate` API (RFC 8259).
//!
//! Why not serde_json at run time: it weighs 19 KB of brotli-compressed WebAssembly in the app,
//! an eighth of the whole first-screen budget, for documents of a few hundred bytes. This
//! module does only what the API needs: parse into [`Json`] (numbers kept as their text, so
//! nothing goes through binary floating point), and write [`Json`] back. It is checked against
//! serde_json on generated documents by `tests/fuzz.rs`.
//!
//! Limits: nesting deeper than [`MAX_DEPTH`] is an error (no stack exhaustion); [`parse_with`]
//! also bounds the text's length, the keys of an object and the items of an array, and can
//! stop at the first unknown field ([`Fields`]), so the time it takes is linear in the text
//! and bounded by the limits. Duplicate keys keep the last value (as serde_json does), found
//! through a hash index rather than a rescan of the object.

use std::fmt::Write;

/// Deeper documents are refused.
pub const MAX_DEPTH: usize = 128;

/// A JSON value. Objects keep their keys in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// The number as written (validated against the JSON grammar).
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Bounds the reader checks before and during the read, so that no text can make it work for
/// long: the length of the whole text first, then the keys of each object and the items of
/// each array as they come (the first one over its limit ends the read).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub max_bytes: usize,
    pub max_keys: usize,
    pub max_items: usize,
}

impl Limits {
    /// No bound but the nesting depth (for the tests and texts the program wrote itself).
    pub const NONE: Limits = Limits { max_bytes: usize::MAX, max_keys: usize::MAX, max_items: usize::MAX };
}

/// The fields of an object known in advance: the reader stops at the first other key, before
/// reading its value, instead of reading everything and reporting it afterwards.
#[derive(Debug)]
pub struct Fields {
    pub keys: &'static [&'static str],
    /// The known objects below some of these keys.
    pub nested: &'static [(&'static str, &'static Fields)],
}

/// Why a text was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Not JSON (RFC 8259), or nested deeper than [`MAX_DEPTH`].
    Syntax(&'static str),
    TooLong { max_bytes: usize },
    TooManyKeys { max_keys: usize },
    TooManyItems { max_items: usize },
    UnknownField { expected: &'static [&'static str] },
}

/// Where and why a text is refused: the byte offset, and for everything but syntax errors the
/// path of the value concerned (`contract.months`, `person.criteria[3]`, `""` for the whole).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub offset: usize,
    pub path: String,
    pub problem: Problem,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.problem {
            Problem::Syntax(reason) => write!(f, "{reason} at byte {}", self.offset),
            Problem::TooLong { max_bytes } => write!(f, "the text is longer than the limit of {max_bytes} bytes"),
            Problem::TooManyKeys { max_keys } => write!(f, "an object has more keys than the limit of {max_keys}"),
            Problem::TooManyItems { max_items } => write!(f, "an array has more items than the limit of {max_items}"),
            Problem::UnknownField { expected } => write!(f, "unknown field; expected one of {}", expected.join(", ")),
        }
    }
}

/// Prefixes the path of an error found inside a value by that value's key or index.
fn inside(mut e: ParseError, step: &str) -> ParseError {
    if !matches!(e.problem, Problem::Syntax(_)) {
        e.path = if e.path.is_empty() || e.path.starts_with('[') { format!("{step}{}", e.path) } else { format!("{step}.{}", e.path) };
    }
    e
}

/// Where each key of the object being read sits among its entries, so a repeated key is found
/// without rescanning them: open addressing on an FNV-1a hash, the table kept at most half
/// full, each slot holding the key's hash so that an entry is compared only when the hashes
/// match (an object's keys are bounded by [`Limits::max_keys`], which also bounds the probes
/// of keys crafted to collide).
#[derive(Default)]
struct KeyIndex {
    /// `(hash, position + 1)`; position 0 marks an empty slot.
    slots: Vec<(u32, usize)>,
}

fn hash(key: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in key.bytes() {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    // FNV's low bits, which the table's mask keeps, mix poorly for keys that differ only in
    // their last characters (`k1`, `k2`…): the finaliser of MurmurHash3 spreads them.
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^ (h >> 16)
}

impl KeyIndex {
    /// The position of `key` among `entries` when it is there; otherwise `None`, and the key is
    /// recorded at position `entries.len()` (where the caller pushes it).
    fn find_or_add(&mut self, entries: &[(String, Json)], key: &str) -> Option<usize> {
        if (entries.len() + 1) * 2 > self.slots.len() {
            let size = (self.slots.len() * 2).max(8);
            let old = std::mem::replace(&mut self.slots, vec![(0, 0); size]);
            for (h, position) in old.into_iter().filter(|(_, p)| *p != 0) {
                self.place(h, position);
            }
        }
        let h = hash(key);
        let mask = self.slots.len().saturating_sub(1);
        let mut i = h as usize & mask;
        // The table is at most half full, so an empty slot is always reached.
        for _ in 0..self.slots.len() {
            let slot = self.slots.get_mut(i)?;
            if slot.1 == 0 {
                *slot = (h, entries.len() + 1);
                return None;
            }
            if slot.0 == h && entries.get(slot.1 - 1).is_some_and(|(k, _)| k == key) {
                return Some(slot.1 - 1);
            }
            i = (i + 1) & mask;
        }
        None
    }

    /// Puts an entry already known to be absent into the (grown) table.
    fn place(&mut self, h: u32, position: usize) {
        let mask = self.slots.len().saturating_sub(1);
        let mut i = h as usize & mask;
        while let Some(slot) = self.slots.get_mut(i) {
            if slot.1 == 0 {
                *slot = (h, position);
                return;
            }
            i = (i + 1) & mask;
        }
    }
}

impl Json {
    /// The value of `key` in an object (the last one when repeated).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(entries) => entries.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// A whole number written without fraction or exponent: `Some(Ok(n))` when it is ≥ 0 and
    /// fits in u64, `Some(Err(()))` for a negative or too large one, `None` for anything else.
    pub fn as_whole(&self) -> Option<Result<u64, ()>> {
        let Json::Number(text) = self else { return None };
        let digits = text.strip_prefix('-').unwrap_or(text);
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if text.starts_with('-') {
            return Some(if digits.bytes().all(|b| b == b'0') { Ok(0) } else { Err(()) });
        }
        Some(digits.parse::<u64>().map_err(|_| ()))
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn is_object(&self) -> bool {
        matches!(self, Json::Object(_))
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    /// The keys of an object, in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        let entries: &[(String, Json)] = match self {
            Json::Object(e) => e,
            _ => &[],
        };
        entries.iter().map(|(k, _)| k.as_str())
    }

    /// Compact JSON text.
    pub fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => out.push_str(n),
            Json::String(s) => write_string(s, out),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Object(entries) => {
                out.push('{');
                for (i, (k, v)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(k, out);
                    out.push(':');
                    v.write(out);
                }
                out.push('}');
            }
        }
    }
}

impl std::fmt::Display for Json {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut s = String::new();
        self.write(&mut s);
        f.write_str(&s)
    }
}

fn write_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Builders for the encoder.
pub fn string(s: impl Into<String>) -> Json {
    Json::String(s.into())
}

pub fn number(n: impl std::fmt::Display) -> Json {
    Json::Number(n.to_string())
}

pub fn object(entries: Vec<(&str, Json)>) -> Json {
    Json::Object(entries.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

pub fn strings<'a>(items: impl IntoIterator<Item = &'a str>) -> Json {
    Json::Array(items.into_iter().map(string).collect())
}

/// Parses a whole JSON text (whitespace around the value is allowed), bounded by nesting depth
/// only.
pub fn parse(text: &str) -> Result<Json, ParseError> {
    parse_with(text, Limits::NONE, None)
}

/// Parses a whole JSON text within `limits`; with `fields`, the first key the schema does not
/// know ends the read. Linear in the text: each byte is read once and each key is looked up
/// once in its object's [`KeyIndex`].
pub fn parse_with(text: &str, limits: Limits, fields: Option<&Fields>) -> Result<Json, ParseError> {
    if text.len() > limits.max_bytes {
        let max_bytes = limits.max_bytes;
        return Err(ParseError { offset: max_bytes, path: String::new(), problem: Problem::TooLong { max_bytes } });
    }
    let mut p = Parser { bytes: text.as_bytes(), pos: 0, limits };
    p.skip_ws();
    let value = p.value(0, fields)?;
    p.skip_ws();
    if p.pos != p.bytes.len() {
        return Err(p.error("trailing characters"));
    }
    Ok(value)
}

struct Parser<'a> {
    bytes: &'a [u8],
    pos: usize,
    limits: Limits,
}

impl Parser<'_> {
    fn error(&self, reason: &'static str) -> ParseError {
        self.refuse(Problem::Syntax(reason))
    }

    fn refuse(&self, problem: Problem) -> ParseError {
        ParseError { offset: self.pos, path: String::new(), problem }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.pos += 1;
        }
    }

    fn literal(&mut self, word: &'static [u8], value: Json) -> Result<Json, ParseError> {
        if self.bytes.get(self.pos..self.pos + word.len()) == Some(word) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn value(&mut self, depth: usize, fields: Option<&Fields>) -> Result<Json, ParseError> {
        if depth >= MAX_DEPTH {
            return Err(self.error("nesting too deep"));
        }
        match self.peek() {
            None => Err(self.error("unexpected end of input")),
            Some(b'n') => self.literal(b"null", Json::Null),
            Some(b't') => self.literal(b"true", Json::Bool(true)),
            Some(b'f') => self.literal(b"false", Json::Bool(false)),
            Some(b'"') => self.string().map(Json::String),
            Some(b'[') => self.array(depth),
            Some(b'{') => self.object(depth, fields),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected a value")),
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<Json, ParseError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.error("invalid number")),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
        }
        let text = std::str::from_utf8(self.bytes.get(start..self.pos).unwrap_or_default()).unwrap_or_default();
        Ok(Json::Number(text.to_owned()))
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let digits = self.bytes.get(self.pos..self.pos + 4).ok_or_else(|| self.error("invalid escape"))?;
        let text = std::str::from_utf8(digits).map_err(|_| self.error("invalid escape"))?;
        if !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(self.error("invalid escape"));
        }
        self.pos += 4;
        u32::from_str_radix(text, 16).map_err(|_| self.error("invalid escape"))
    }

    fn string(&mut self) -> Result<String, ParseError> {
        self.pos += 1; // the opening quote
        let mut out = String::new();
        loop {
            let start = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            // The input is a &str, so any run between ASCII delimiters is valid UTF-8.
            out.push_str(std::str::from_utf8(self.bytes.get(start..self.pos).unwrap_or_default()).unwrap_or_default());
            match self.peek() {
                None => return Err(self.error("unterminated string")),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let escaped = self.peek().ok_or_else(|| self.error("unterminated string"))?;
                    self.pos += 1;
                    match escaped {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let first = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&first) {
                                if self.bytes.get(self.pos..self.pos + 2) != Some(b"\\u") {
                                    return Err(self.error("lone surrogate"));
                                }
                                self.pos += 2;
                                let second = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&second) {
                                    return Err(self.error("lone surrogate"));
                                }
                                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                            } else if (0xDC00..0xE000).contains(&first) {
                                return Err(self.error("lone surrogate"));
                            } else {
                                first
                            };
                            out.push(char::from_u32(code).ok_or_else(|| self.error("invalid escape"))?);
                        }
                        _ => return Err(self.error("invalid escape")),
                    }
                }
                Some(_) => return Err(self.error("control character in string")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, ParseError> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(items));
        }
        loop {
            if items.len() == self.limits.max_items {
                return Err(self.refuse(Problem::TooManyItems { max_items: self.limits.max_items }));
            }
            self.skip_ws();
            let item = self.value(depth + 1, None).map_err(|e| inside(e, &format!("[{}]", items.len())))?;
            items.push(item);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.error("expected ',' or ']'")),
            }
        }
    }

    fn object(&mut self, depth: usize, fields: Option<&Fields>) -> Result<Json, ParseError> {
        self.pos += 1;
        let mut entries: Vec<(String, Json)> = Vec::new();
        let mut index = KeyIndex::default();
        let mut keys = 0;
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(entries));
        }
        loop {
            if keys == self.limits.max_keys {
                return Err(self.refuse(Problem::TooManyKeys { max_keys: self.limits.max_keys }));
            }
            keys += 1;
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a key"));
            }
            let key_at = self.pos;
            let key = self.string()?;
            if let Some(known) = fields {
                if !known.keys.contains(&key.as_str()) {
                    let e = ParseError { offset: key_at, path: String::new(), problem: Problem::UnknownField { expected: known.keys } };
                    return Err(inside(e, &key));
                }
            }
            self.skip_ws();
            if self.peek() != Some(b':') {
                return Err(self.error("expected ':'"));
            }
            self.pos += 1;
            self.skip_ws();
            let below = fields.and_then(|f| f.nested.iter().find(|(k, _)| *k == key)).map(|(_, f)| *f);
            let value = self.value(depth + 1, below).map_err(|e| inside(e, &key))?;
            // Duplicate keys: the last value wins, at the place of the first.
            match index.find_or_add(&entries, &key) {
                Some(i) => {
                    if let Some(entry) = entries.get_mut(i) {
                        entry.1 = value;
                    }
                }
                None => entries.push((key, value)),
            }
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Object(entries));
                }
                _ => return Err(self.error("expected ',' or '}'")),
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // tests may panic
mod tests {
    use super::*;

    #[test]
    fn documents_read_back_as_written() {
        let text = r#"{"a":[1,-2.5e3,true,null,"é\n\"x\" \ud83d\ude00"],"b":{}}"#;
        let v = parse(text).unwrap();
        assert_eq!(v.get("a").and_then(Json::as_array).map(<[Json]>::len), Some(5));
        assert_eq!(v.to_string(), "{\"a\":[1,-2.5e3,true,null,\"é\\n\\\"x\\\" 😀\"],\"b\":{}}");
    }

    #[test]
    fn malformed_texts_are_refused_with_a_position() {
        for bad in ["", "{", "[1,]", "{\"a\"}", "01", "1.", "-", "\"\\x\"", "\"\\ud800\"", "nul", "[1] x", "\"a\u{1}\"", "{'a':1}"] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
        let deep = "[".repeat(MAX_DEPTH + 1);
        assert_eq!(parse(&deep).unwrap_err().problem, Problem::Syntax("nesting too deep"));
    }

    #[test]
    fn whole_numbers_are_told_apart_from_the_rest() {
        let n = |s: &str| parse(s).unwrap().as_whole();
        assert_eq!(n("14"), Some(Ok(14)));
        assert_eq!(n("-0"), Some(Ok(0)));
        assert_eq!(n("-3"), Some(Err(())));
        assert_eq!(n("1.5"), None);
        assert_eq!(n("1e3"), None);
        assert_eq!(n("99999999999999999999"), Some(Err(())));
    }
}
