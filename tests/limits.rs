//! No input can make `simulate` or the host-message reader work for long (issue 12): the
//! JSON reader is linear in its text, and the limits of `api::LIMITS` and
//! `protocol::MESSAGE_LIMITS` are checked before any work, each refused at once with a
//! structured error naming the limit.
//!
//! The timings are measured here with a generous margin (100 ms for what takes well under
//! 10 ms); `scripts/test` also runs this file in the optimised `fuzz` profile.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::time::{Duration, Instant};
use tremplin::api::json::{self, Limits, Problem};
use tremplin::api::{simulate_json, LIMITS};
use tremplin::embed::protocol::{parse_incoming, Incoming, MESSAGE_LIMITS};

/// The fastest of three runs of `f`, with its last result: the cost of the work itself, as
/// free as can be of the other processes of a shared machine.
fn timed<T>(mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..3 {
        let started = Instant::now();
        let out = f();
        best = best.min(started.elapsed());
        last = Some(out);
    }
    (best, last.unwrap())
}

/// The fastest of nine runs of `f`.
fn fastest(mut f: impl FnMut()) -> Duration {
    (0..9)
        .map(|_| {
            let started = Instant::now();
            f();
            started.elapsed()
        })
        .min()
        .unwrap()
}

fn error_of(output: &str) -> Value {
    let v: Value = serde_json::from_str(output).unwrap();
    assert!(v.get("error").is_some(), "expected an error, got {}", &output[..output.len().min(300)]);
    v["error"].clone()
}

/// `{"k0":0,"k1":0,…}` with `n` distinct keys.
fn keys(n: usize) -> String {
    let body: Vec<String> = (0..n).map(|i| format!("\"k{i}\":0")).collect();
    format!("{{{}}}", body.join(","))
}

/// 100 ms in an optimised build (`--profile fuzz` in `scripts/test`, or `--release`); ten times
/// that in the unoptimised `dev` profile of a plain `cargo test`, which still tells linear
/// from quadratic (the quadratic reader took 42 s on 1.2 MB).
fn budget() -> Duration {
    Duration::from_millis(if unoptimised() { 1000 } else { 100 })
}

/// This test binary was built in the `dev` profile (target/debug).
fn unoptimised() -> bool {
    std::env::current_exe().unwrap().components().any(|c| c.as_os_str() == "debug")
}

#[test]
fn an_object_of_200_000_distinct_keys_is_refused_at_once_naming_the_first_unknown_field() {
    let text = keys(200_000);
    assert!(text.len() > 1_000_000);
    // Over the length limit: refused before reading.
    let (time, out) = timed(|| simulate_json(&text));
    let e = error_of(&out);
    assert_eq!(e["code"], "invalid_input");
    assert_eq!(e["path"], "");
    assert!(e["message"].as_str().unwrap().contains("limit of 1048576 bytes"), "{e}");
    eprintln!("200 000 keys: {time:?}");
    assert!(time < budget(), "took {time:?}");
    // The same keys within the length limit: the first unknown field ends the read.
    let text = keys(80_000);
    assert!(text.len() < LIMITS.max_bytes);
    let (time, out) = timed(|| simulate_json(&text));
    let e = error_of(&out);
    assert_eq!(e["path"], "k0");
    assert!(e["message"].as_str().unwrap().starts_with("unknown field; expected one of as_of, person, contract"), "{e}");
    eprintln!("80 000 unknown keys: {time:?}");
    assert!(time < budget(), "took {time:?}");
    // Known keys repeated past the key limit (duplicates count): refused at key 65.
    let repeated = format!("{{{}}}", vec!["\"as_of\":\"2026-07-01\""; 40_000].join(","));
    let (time, out) = timed(|| simulate_json(&repeated));
    let e = error_of(&out);
    assert_eq!(e["path"], "");
    assert_eq!(e["message"], "an object has more keys than the limit of 64");
    eprintln!("40 000 repeated keys: {time:?}");
    assert!(time < budget(), "took {time:?}");
}

#[test]
fn one_megabyte_inputs_of_every_shape_give_a_structured_error_in_under_100_ms() {
    let mib = LIMITS.max_bytes;
    let pad = |prefix: &str, filler: &str, suffix: &str| {
        let n = (mib - prefix.len() - suffix.len()) / filler.len();
        format!("{prefix}{}{suffix}", filler.repeat(n))
    };
    let inputs = [
        // Just over the limit: refused before reading.
        ("over the length limit", "x".repeat(mib + 1), "", "the text is longer than the limit of 1048576 bytes"),
        // Within the limit, each shape stopped by its own bound or by the field that reads it.
        ("a long array", pad("{\"as_of\":\"2026-07-01\",\"person\":{\"criteria\":[", "\"QPV\",", "\"QPV\"]}}"), "person.criteria", "an array has more items than the limit of 64"),
        ("a long string", pad("{\"as_of\":\"", "9", "\"}"), "as_of", "is not a calendar date"),
        ("deep nesting", pad("", "[", ""), "", "nesting too deep"),
        ("spaces", pad("", " ", "{}"), "as_of", "required"),
        ("a long number", pad("{\"as_of\":\"2026-07-01\",\"contract\":{\"start\":\"2026-07-01\",\"weekly_hours\":\"26\",\"months\":", "9", "}}"), "contract.months", "expected an integer ≥ 1"),
        ("escapes", pad("{\"as_of\":\"", "\\u00e9", "\"}"), "as_of", "is not a calendar date"),
        ("binary-looking bytes", pad("", "\u{1}", ""), "", "expected a value"),
    ];
    for (what, text, path, message) in inputs {
        assert!(text.len() >= 1_000_000, "{what}: {} bytes", text.len());
        let (time, out) = timed(|| simulate_json(&text));
        let e = error_of(&out);
        assert_eq!(e["code"], "invalid_input", "{what}");
        assert_eq!(e["path"], path, "{what}: {e}");
        assert!(e["message"].as_str().unwrap().contains(message), "{what}: {e}");
        eprintln!("{what}: {time:?}");
        assert!(time < budget(), "{what} took {time:?}");
    }
}

#[test]
fn the_readers_time_grows_linearly_with_the_number_of_keys() {
    // Measured in an optimised build only (`scripts/test` runs this file with `--profile
    // fuzz`): unoptimised code on a shared machine makes the ratio swing by more than the
    // difference between linear and quadratic at these sizes.
    if unoptimised() {
        eprintln!("linearity is measured in an optimised build: cargo test --profile fuzz --test limits");
        return;
    }
    // Without limits, so the reader itself is measured: n and 2n keys in one object, then the
    // same keys spread over objects within the limits. A rescan per key (the old reader) made
    // the ratio about 4; linear is about 2. Both sizes are past the allocator's threshold for
    // large blocks (glibc maps blocks over 128 KiB), so the smaller is not the only one to
    // reuse memory already mapped.
    for (n, shape) in [(4_000, "one object"), (4_200, "objects of 60 keys")] {
        let text = |n: usize| {
            if shape == "one object" {
                keys(n)
            } else {
                let objects: Vec<String> = (0..n / 60).map(|_| keys(60)).collect();
                format!("[{}]", objects.join(","))
            }
        };
        let (small, large) = (text(n), text(2 * n));
        let limits = if shape == "one object" { Limits::NONE } else { Limits { max_items: usize::MAX, max_bytes: usize::MAX, ..LIMITS } };
        // Up to three tries: a busy shared machine can slow one run down, a quadratic reader
        // is slow every time.
        let mut ratio = f64::INFINITY;
        for _ in 0..3 {
            let t1 = fastest(|| assert!(json::parse_with(&small, limits, None).is_ok()));
            let t2 = fastest(|| assert!(json::parse_with(&large, limits, None).is_ok()));
            ratio = t2.as_secs_f64() / t1.as_secs_f64();
            eprintln!("{shape}: {n} keys {t1:?}, {} keys {t2:?}, ratio {ratio:.2}", 2 * n);
            if ratio < 3.0 {
                break;
            }
        }
        assert!(ratio < 3.0, "{shape}: {n} and {} keys, time ratio {ratio:.2}", 2 * n);
    }
}

#[test]
fn duplicate_keys_keep_the_last_value_at_the_place_of_the_first() {
    let v = json::parse(r#"{"a":1,"b":2,"a":3}"#).unwrap();
    assert_eq!(v.to_string(), r#"{"a":3,"b":2}"#);
    let many: Vec<String> = (0..5000).map(|i| format!("\"k{}\":{i}", i % 100)).collect();
    let v = json::parse(&format!("{{{}}}", many.join(","))).unwrap();
    assert_eq!(v.keys().count(), 100);
    assert_eq!(v.get("k7").unwrap().to_string(), "4907");
}

#[test]
fn each_limit_is_refused_with_its_path_and_the_limit_named() {
    let limits = Limits { max_bytes: 1000, max_keys: 3, max_items: 2 };
    let refused = |text: &str| json::parse_with(text, limits, None).unwrap_err();
    let e = refused(&"1".repeat(1001));
    assert_eq!((e.problem, e.path.as_str()), (Problem::TooLong { max_bytes: 1000 }, ""));
    let e = refused(r#"{"a":{"b":[{"c":1,"d":2,"e":3,"f":4}]}}"#);
    assert_eq!((e.problem, e.path.as_str()), (Problem::TooManyKeys { max_keys: 3 }, "a.b[0]"));
    let e = refused(r#"{"a":[[1,2,3]]}"#);
    assert_eq!((e.problem, e.path.as_str()), (Problem::TooManyItems { max_items: 2 }, "a[0]"));
    // At the limits exactly: read.
    assert!(json::parse_with(&format!("[{}]", "1".repeat(996)), limits, None).is_ok());
    assert!(json::parse_with(r#"{"a":[1,2],"b":{"c":[[],{}]},"d":0}"#, limits, None).is_ok());
    // The API names its limits in the message, with the path of the value concerned.
    let e = error_of(&simulate_json(&format!(r#"{{"as_of":"2026-07-01","person":{{"criteria":[{}]}}}}"#, vec!["\"QPV\""; 65].join(","))));
    assert_eq!(e["path"], "person.criteria");
    assert_eq!(e["message"], "an array has more items than the limit of 64");
    let at_limit = format!(r#"{{"as_of":"2026-07-01","person":{{"criteria":[{}]}}}}"#, vec!["\"QPV\""; 64].join(","));
    assert!(serde_json::from_str::<Value>(&simulate_json(&at_limit)).unwrap().get("error").is_none());
}

#[test]
fn the_first_unknown_field_ends_the_read_with_its_path() {
    let e = error_of(&simulate_json(r#"{"person":{"age":30,"x":1},"as_of":"nope","zzz":1}"#));
    assert_eq!(e["path"], "person.age");
    assert!(e["message"].as_str().unwrap().starts_with("unknown field; expected one of birth_date,"), "{e}");
    let e = error_of(&simulate_json(r#"{"as_of":"2026-07-01","contract":{"start":"2026-07-01","hours":"26"}}"#));
    assert_eq!(e["path"], "contract.hours");
}

#[test]
fn host_messages_over_their_limits_are_dropped_at_once() {
    let hello = r#"{"source":"tremplin-host","v":1,"type":"hello"}"#;
    assert_eq!(parse_incoming(hello), Some(Incoming::Hello));
    // 64 KiB, then one byte more (a long padding field).
    let padded = |n: usize| {
        let pad = n - hello.len() - r#","pad":"""#.len();
        format!(r#"{{"source":"tremplin-host","v":1,"type":"hello","pad":"{}"}}"#, "x".repeat(pad))
    };
    assert_eq!(padded(MESSAGE_LIMITS.max_bytes).len(), 65_536);
    assert_eq!(parse_incoming(&padded(MESSAGE_LIMITS.max_bytes)), Some(Incoming::Hello));
    assert_eq!(parse_incoming(&padded(MESSAGE_LIMITS.max_bytes + 1)), None);
    // What JSON.stringify makes of a 1 MB Uint8Array: an object of a million keys.
    let binary = keys(1_000_000);
    let (time, parsed) = timed(|| parse_incoming(&binary));
    assert_eq!(parsed, None);
    assert!(time < budget(), "took {time:?}");
    let wide = format!(r#"{{"source":"tremplin-host","v":1,"type":"hello",{}}}"#, &keys(14)[1..keys(14).len() - 1]);
    assert_eq!(parse_incoming(&wide), None, "17 keys");
    let fits = format!(r#"{{"source":"tremplin-host","v":1,"type":"hello",{}}}"#, &keys(13)[1..keys(13).len() - 1]);
    assert_eq!(parse_incoming(&fits), Some(Incoming::Hello), "16 keys");
}
