//! `simulate_json` over standard input, one JSON input per line, one output per line: the
//! native bridge that `bench/compare/openfisca/compare.py` uses to compare the employer view
//! with OpenFisca-France (`cargo run --example simulate_lines < inputs.jsonl`).

use std::io::{BufRead, Write};

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        if line.trim().is_empty() {
            continue;
        }
        if writeln!(out, "{}", tremplin::api::simulate_json(&line)).is_err() {
            break;
        }
    }
}
