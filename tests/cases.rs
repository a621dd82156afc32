//! Every reference case of `../shared/cases/` (or `$TREMPLIN_CASES`) is a test named after its
//! file: its `input` goes through `tremplin::api::simulate_json` as a string and its `expect`
//! must match the output as `shared/cases/README.md` says (objects as subsets, arrays equal,
//! scalars exact). A new case file is a new test without code changes; a folder without
//! cases, or a file without `input` or `expect`, fails.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use libtest_mimic::{Arguments, Failed, Trial};
    use serde_json::Value;
    use std::path::{Path, PathBuf};

    fn cases_dir() -> PathBuf {
        std::env::var_os("TREMPLIN_CASES")
            .map(PathBuf::from)
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/cases"))
    }

    /// The first difference between `expect` and `actual`, as (path, expected, actual).
    fn first_difference(path: &str, expect: &Value, actual: Option<&Value>) -> Option<(String, String, String)> {
        let shown = |v: Option<&Value>| v.map_or_else(|| "(absent)".to_owned(), Value::to_string);
        match (expect, actual) {
            (Value::Object(e), Some(Value::Object(a))) => e
                .iter()
                .find_map(|(k, v)| first_difference(&format!("{path}.{k}"), v, a.get(k))),
            (Value::Array(e), Some(Value::Array(a))) if e.len() == a.len() => e
                .iter()
                .zip(a)
                .enumerate()
                .find(|(_, (x, y))| x != y)
                .map(|(i, (x, y))| {
                    // Elements must be equal in full: name the first differing field when there is
                    // one, else the whole element (the output has fields the case does not).
                    let at = format!("{path}[{i}]");
                    first_difference(&at, x, Some(y)).unwrap_or((at, x.to_string(), y.to_string()))
                }),
            (Value::Object(_) | Value::Array(_), _) => Some((path.to_owned(), expect.to_string(), shown(actual))),
            (_, Some(a)) if a == expect => None,
            _ => Some((path.to_owned(), expect.to_string(), shown(actual))),
        }
    }

    fn run_case(file: &Path) -> Result<(), Failed> {
        let text = std::fs::read_to_string(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        let case: Value = serde_json::from_str(&text).map_err(|e| format!("{} is not JSON: {e}", file.display()))?;
        let input = case.get("input").ok_or("the case has no `input`")?;
        let expect = case.get("expect").ok_or("the case has no `expect`")?;
        let output: Value = serde_json::from_str(&tremplin::api::simulate_json(&input.to_string()))
            .map_err(|e| format!("simulate_json returned invalid JSON: {e}"))?;
        match first_difference("expect", expect, Some(&output)) {
            None => Ok(()),
            Some((path, want, got)) => Err(format!(
                "{}: first difference at {path}\n  expected: {want}\n  actual:   {got}",
                file.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned())
            )
            .into()),
        }
    }

    pub fn main() {
        let args = Arguments::from_args();
        let dir = cases_dir();
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "json"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();

        let mut trials: Vec<Trial> = files
            .into_iter()
            .map(|file| {
                let name = file.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
                Trial::test(name, move || run_case(&file))
            })
            .collect();
        if trials.is_empty() {
            let shown = dir.display().to_string();
            trials.push(Trial::test("reference_cases_exist", move || {
                Err(format!("no *.json reference case in {shown}").into())
            }));
        }
        libtest_mimic::run(&args, trials).exit();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

/// The reference cases read files: they run natively only.
#[cfg(target_arch = "wasm32")]
fn main() {}
