//! The API's own JSON reader (src/api/json.rs) agrees with serde_json: on generated valid
//! documents it reads the same value, and on arbitrary or mutated texts it accepts exactly
//! what serde_json accepts.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::Value;
use tremplin::api::json::{self, Json};

/// The same value as serde_json's, numbers compared as serde_json reads them.
fn to_serde(j: &Json) -> Value {
    match j {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => serde_json::from_str(n).unwrap(),
        Json::String(s) => Value::String(s.clone()),
        Json::Array(items) => Value::Array(items.iter().map(to_serde).collect()),
        Json::Object(entries) => Value::Object(entries.iter().map(|(k, v)| (k.clone(), to_serde(v))).collect()),
    }
}

fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-1.0e6f64..1.0e6).prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(("[a-z_]{0,6}", inner), 0..6).prop_map(|entries| Value::Object(entries.into_iter().collect())),
        ]
    })
}

fn mutate(text: &str, at: usize, byte: u8, cut: bool) -> String {
    let mut bytes = text.as_bytes().to_vec();
    if !bytes.is_empty() {
        let i = at % bytes.len();
        if cut {
            bytes.truncate(i);
        } else {
            bytes[i] = byte;
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn valid_documents_read_the_same_as_with_serde_json(v in any_value(), pretty in any::<bool>()) {
        let text = if pretty { serde_json::to_string_pretty(&v).unwrap() } else { v.to_string() };
        let ours = json::parse(&text).map_err(|e| TestCaseError::fail(format!("{e} in {text}")))?;
        // Compared with serde_json reading the same text (its float parsing is not exact
        // round-trip, so the generated value itself is not the reference).
        let theirs: Value = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(to_serde(&ours), theirs.clone());
        // And what we write, serde_json reads back as the same value.
        let written: Value = serde_json::from_str(&ours.to_string()).unwrap();
        prop_assert_eq!(written, theirs);
    }

    #[test]
    fn mutated_documents_are_accepted_exactly_when_serde_json_accepts_them(
        v in any_value(), at in any::<usize>(), byte in prop::sample::select(b"{}[]\",:\\0123456789-+.eEtfnul \x01".to_vec()), cut in any::<bool>()
    ) {
        let text = mutate(&v.to_string(), at, byte, cut);
        let theirs = serde_json::from_str::<Value>(&text);
        let ours = json::parse(&text);
        // One known, harmless difference: serde_json refuses numbers beyond the f64 range;
        // ours keeps every number as text, and the field that reads it refuses it.
        prop_assume!(!theirs.as_ref().is_err_and(|e| e.to_string().starts_with("number out of range")));
        prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "disagreement on {:?}: ours {:?}, serde_json {:?}", text, ours.as_ref().err(), theirs.as_ref().err());
        if let (Ok(a), Ok(b)) = (ours, theirs) {
            prop_assert_eq!(to_serde(&a), b);
        }
    }

    #[test]
    fn arbitrary_text_never_panics_and_agrees_with_serde_json(text in "\\PC{0,40}") {
        let theirs = serde_json::from_str::<Value>(&text);
        prop_assume!(!theirs.as_ref().is_err_and(|e| e.to_string().starts_with("number out of range")));
        prop_assert_eq!(json::parse(&text).is_ok(), theirs.is_ok(), "on {:?}", text);
    }
}

#[test]
fn deep_nesting_is_refused_like_serde_json() {
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    assert!(json::parse(&deep).is_err());
    assert!(serde_json::from_str::<Value>(&deep).is_err());
    let fine = format!("{}{}", "[".repeat(100), "]".repeat(100));
    assert!(json::parse(&fine).is_ok());
}
