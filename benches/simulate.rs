//! Micro-benchmark of one `simulate_json` call on a 24-month contract (eligibility, routing and
//! the full monthly schedule), without criterion: warm up, then time batches with
//! `std::time::Instant` and report the median per call. `scripts/bench` runs it with
//! `cargo bench --bench simulate` and reads the last line, `simulate_24_months_ns=<n>`.

use std::hint::black_box;
use std::time::Instant;

const INPUT: &str = r#"{
  "as_of": "2026-07-01",
  "person": {"birth_date": "1990-02-11", "department": "59", "employed": false, "job_seeker_months": 14,
             "benefits": ["RSA"], "rqth": false, "criteria": ["QPV", "PI"], "justice": "none",
             "referent": "none", "previous_pass_end": null},
  "contract": {"start": "2026-07-15", "months": 24, "weekly_hours": "26.00", "hourly_rate": null,
               "under_20h_derogation": false, "extension": null, "employer": "private"}
}"#;

fn main() {
    let out = tremplin::api::simulate_json(INPUT);
    assert!(out.contains("\"months\"") && !out.contains("\"error\""), "the benchmark input must be valid: {out}");

    for _ in 0..200 {
        black_box(tremplin::api::simulate_json(black_box(INPUT)));
    }
    const BATCH: u32 = 200;
    let mut per_call: Vec<f64> = (0..25)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..BATCH {
                black_box(tremplin::api::simulate_json(black_box(INPUT)));
            }
            start.elapsed().as_nanos() as f64 / f64::from(BATCH)
        })
        .collect();
    per_call.sort_by(f64::total_cmp);
    let median = per_call[per_call.len() / 2];
    println!("simulate (JSON in, JSON out) on a 24-month contract: median {:.1} µs per call over 25 batches of {BATCH}", median / 1000.0);
    println!("simulate_24_months_ns={median:.0}");
}
