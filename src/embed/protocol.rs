//! The messages between the app (in the host's iframe) and the host page, mirrored by
//! `public/embed.js`. Every message is a JSON object `{"source": "tremplin", "v": 1,
//! "type": …}`; the host's messages carry `"source": "tremplin-host"`.
//!
//! App → host: `ready`; `resize` (`height` in CSS pixels); `step` (`screen`, so the host can
//! scroll to the iframe's top); `result`, an anonymous summary sent only when the host asked
//! for it and the person agreed: the status per kind of structure, the number of criteria,
//! the recommended prescriber's code, the contract's weekly hours and typical net pay, the
//! rules version. Never a date of birth, never free text.
//!
//! Host → app: `hello` (the app answers `ready` and `resize` again). Messages from any other
//! origin than the declared host, or of another shape, are ignored.

use crate::api::json::{self, number, object, string, Json};
use crate::rules::contract::Contract;
use crate::rules::money::two_decimals;
use crate::rules::Output;

/// The bounds of a host message (its JSON text): 64 KiB, 16 keys per object, 16 items per
/// array. A protocol message is about 50 bytes; anything larger is dropped unread.
pub const MESSAGE_LIMITS: json::Limits = json::Limits { max_bytes: 64 << 10, max_keys: 16, max_items: 16 };

/// The protocol version this build speaks. `embed.js` also accepts the previous one.
pub const VERSION: u32 = 1;

/// The anonymous summary of `result`.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub statuses: Vec<(&'static str, &'static str)>,
    pub criteria: u32,
    pub prescriber: &'static str,
    pub weekly_hours: Option<String>,
    pub typical_net: Option<String>,
    pub rules_version: String,
}

impl Summary {
    pub fn new(out: &Output, contract: Option<&Contract>, weekly_hours: rust_decimal::Decimal) -> Summary {
        let e = &out.eligibility;
        Summary {
            statuses: e.structures.iter().map(|s| (s.kind.code(), s.status.code())).collect(),
            criteria: u32::try_from(e.criteria.len()).unwrap_or(u32::MAX),
            prescriber: out.routing.primary.code(),
            weekly_hours: contract.map(|_| two_decimals(weekly_hours)),
            typical_net: contract.and_then(Contract::typical_month).map(|m| two_decimals(m.net)),
            rules_version: out.rules_version.to_string(),
        }
    }
}

/// A message to the host.
#[derive(Debug, Clone, PartialEq)]
pub enum Outgoing {
    Ready,
    Resize { height: u32 },
    Step { screen: &'static str },
    Result(Summary),
}

impl Outgoing {
    pub fn to_json(&self) -> Json {
        let mut entries = vec![("source", string("tremplin")), ("v", number(VERSION))];
        match self {
            Outgoing::Ready => entries.push(("type", string("ready"))),
            Outgoing::Resize { height } => {
                entries.push(("type", string("resize")));
                entries.push(("height", number(height)));
            }
            Outgoing::Step { screen } => {
                entries.push(("type", string("step")));
                entries.push(("screen", string(*screen)));
            }
            Outgoing::Result(s) => {
                entries.push(("type", string("result")));
                let statuses = s.statuses.iter().map(|(k, v)| ((*k).to_owned(), string(*v))).collect();
                let opt = |v: &Option<String>| v.as_ref().map_or(Json::Null, |x| string(x.clone()));
                entries.push((
                    "result",
                    object(vec![
                        ("structures", Json::Object(statuses)),
                        ("criteria", number(s.criteria)),
                        ("prescriber", string(s.prescriber)),
                        ("weekly_hours", opt(&s.weekly_hours)),
                        ("net", opt(&s.typical_net)),
                        ("rules_version", string(s.rules_version.clone())),
                    ]),
                ));
            }
        }
        object(entries)
    }
}

/// A message from the host.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Incoming {
    Hello,
}

/// Reads a host message (its JSON text); `None` for anything else.
pub fn parse_incoming(text: &str) -> Option<Incoming> {
    let v = json::parse_with(text, MESSAGE_LIMITS, None).ok()?;
    let version = v.get("v")?.as_whole()?.ok()?;
    if v.get("source")?.as_str()? != "tremplin-host" || !(VERSION.saturating_sub(1)..=VERSION).contains(&u32::try_from(version).ok()?) {
        return None;
    }
    match v.get("type")?.as_str()? {
        "hello" => Some(Incoming::Hello),
        _ => None,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // tests may panic
mod tests {
    use super::*;
    use crate::api::{parse_input, simulate};

    #[test]
    fn the_result_summary_carries_codes_and_numbers_only() {
        let input = r#"{"as_of":"2026-07-01","person":{"birth_date":"1999-03-14","employed":false,"justice":"none","benefits":["RSA"],"job_seeker_months":14,"rqth":false,"criteria":[]},"contract":{"start":"2026-07-01","months":12,"weekly_hours":"26"}}"#;
        let out = simulate(&parse_input(input).unwrap()).unwrap();
        let summary = Summary::new(&out, out.contract.as_ref(), rust_decimal::Decimal::from(26));
        let text = Outgoing::Result(summary).to_json().to_string();
        assert_eq!(
            text,
            r#"{"source":"tremplin","v":1,"type":"result","result":{"structures":{"ACI":"eligible","EI":"eligible","EITI":"eligible","AI":"eligible","ETTI":"eligible"},"criteria":2,"prescriber":"DEPT","weekly_hours":"26.00","net":"1097.89","rules_version":"2026-06-01"}}"#
        );
        assert!(!text.contains("1999"), "no date of birth");
    }

    #[test]
    fn only_well_formed_host_messages_are_understood() {
        assert_eq!(parse_incoming(r#"{"source":"tremplin-host","v":1,"type":"hello"}"#), Some(Incoming::Hello));
        for other in [
            r#"{"source":"tremplin-host","v":2,"type":"hello"}"#,
            r#"{"source":"someone","v":1,"type":"hello"}"#,
            r#"{"source":"tremplin-host","v":1,"type":"delete"}"#,
            r#"{"v":1}"#,
            "hello",
            "",
        ] {
            assert_eq!(parse_incoming(other), None, "{other}");
        }
    }
}
