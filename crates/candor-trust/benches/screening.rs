//! Screening latency per review, in process: the spam model, every rule and
//! a 50-term blocklist on texts of about 600 characters.
//!
//!     cargo bench -p candor-trust --bench screening
//!
//! Prints p50, p99 and max over 20,000 screenings (after 2,000 warm-up ones).
//! Target: p99 under 100 µs (Akismet itself is a network round trip).

use std::hint::black_box;
use std::sync::Arc;
use std::time::Instant;

use candor_trust::{Screener, SpamModel, Thresholds};

const RUNS: usize = 20_000;
const WARM_UP: usize = 2_000;
const TARGET_CHARS: usize = 600;

/// Texts of about 600 characters, composed from the vendored collections
/// (spam and ham alike, so both paths are timed).
fn texts() -> Vec<String> {
    let lines: Vec<String> = include_str!("../data/spam_train.jsonl")
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|row| row["text"].as_str().map(str::to_string))
        .collect();
    let mut texts = Vec::new();
    let mut current = String::new();
    for line in lines {
        current.push_str(&line);
        current.push(' ');
        if current.len() >= TARGET_CHARS {
            texts.push(std::mem::take(&mut current));
        }
    }
    texts
}

fn main() {
    let model = match SpamModel::shipped() {
        Ok(model) => Arc::new(model),
        Err(error) => {
            eprintln!("error: {error}");
            std::process::exit(1);
        }
    };
    let screener = Screener::new(model.clone(), Thresholds::default());
    let blocklist: Vec<String> = (0..50).map(|i| format!("blocked term {i}")).collect();
    let texts = texts();
    for text in texts.iter().cycle().take(WARM_UP) {
        black_box(screener.screen(text, &blocklist));
    }
    let mut nanos: Vec<u128> = Vec::with_capacity(RUNS);
    for text in texts.iter().cycle().take(RUNS) {
        let started = Instant::now();
        black_box(screener.screen(text, &blocklist));
        nanos.push(started.elapsed().as_nanos());
    }
    nanos.sort_unstable();
    let at = |q: f64| nanos[((nanos.len() - 1) as f64 * q) as usize] as f64 / 1000.0;
    let mean_chars = texts.iter().map(String::len).sum::<usize>() / texts.len().max(1);
    println!(
        "screening latency over {RUNS} texts of ~{mean_chars} bytes (model + rules + 50-term blocklist), one thread:"
    );
    println!(
        "  p50 {:.1} µs   p99 {:.1} µs   max {:.1} µs   (target p99 < 100 µs)",
        at(0.5),
        at(0.99),
        at(1.0)
    );
    let part = |f: &dyn Fn(&str)| {
        let mut nanos: Vec<u128> = texts
            .iter()
            .cycle()
            .take(RUNS / 4)
            .map(|text| {
                let started = Instant::now();
                f(text);
                started.elapsed().as_nanos()
            })
            .collect();
        nanos.sort_unstable();
        nanos[nanos.len() / 2] as f64 / 1000.0
    };
    let model_only = part(&|text| {
        black_box(model.probability(text));
    });
    let rules_only = part(&|text| {
        black_box(candor_trust::findings(text, &blocklist));
    });
    println!(
        "  of which, p50: spam model {model_only:.1} µs, rules and blocklist {rules_only:.1} µs"
    );
    println!("  command: cargo bench -p candor-trust --bench screening");
}
