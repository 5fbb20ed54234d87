//! What judging one imported review costs, stage by stage: language
//! detection, the text analysis, and the screening (spam model and rules),
//! on one thread. The import's full-analysis path runs exactly these.
//!
//!     cargo bench -p candor-trust --bench judge
//!     JUDGE_INPUT=reviews.csv cargo bench -p candor-trust --bench judge
//!
//! With `JUDGE_INPUT` (a file from bench/import_gen.py), its review texts and
//! declared languages are judged; without, texts of about 600 characters
//! composed from the vendored spam collection. Prints the mean µs per review
//! of each stage and the reviews per second of one core.

use std::hint::black_box;
use std::time::Instant;

use candor_text::{Analyzer, LanguageDetector};
use candor_trust::{Screener, SpamModel, Thresholds};

const MAX_TEXTS: usize = 5_000;

/// (text, declared language, stars)
type Item = (String, Option<String>, u8);

fn vendored() -> Vec<Item> {
    let mut items = Vec::new();
    let mut current = String::new();
    for line in include_str!("../data/spam_train.jsonl").lines() {
        let Ok(row) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if let Some(text) = row["text"].as_str() {
            current.push_str(text);
            current.push(' ');
        }
        if current.len() >= 600 {
            items.push((std::mem::take(&mut current), None, 4));
        }
    }
    items
}

/// Title, body, language and stars of a Trustpilot-style CSV (simple
/// quoting only, as bench/import_gen.py writes it).
fn from_csv(path: &str) -> Vec<Item> {
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("error: cannot read {path}");
        std::process::exit(1);
    };
    let mut items = Vec::new();
    for record in csv_records(&text).skip(1).take(MAX_TEXTS) {
        if record.len() < 6 {
            continue;
        }
        let stars = record[2].parse().unwrap_or(3);
        // As the app stores it (candor-core's Language): Norwegian is `no`.
        let language = match record[5].as_str() {
            "" => None,
            "nb" | "nn" => Some("no".to_string()),
            other => Some(other.to_string()),
        };
        items.push((format!("{}. {}", record[3], record[4]), language, stars));
    }
    items
}

fn csv_records(text: &str) -> impl Iterator<Item = Vec<String>> + '_ {
    let mut chars = text.chars().peekable();
    std::iter::from_fn(move || {
        chars.peek()?;
        let (mut record, mut field, mut quoted) = (Vec::new(), String::new(), false);
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                ('"', _) => quoted = !quoted,
                (',', false) => record.push(std::mem::take(&mut field)),
                ('\n', false) => break,
                _ => field.push(c),
            }
        }
        record.push(field);
        Some(record)
    })
}

fn mean_micros(items: &[Item], stage: &dyn Fn(&Item)) -> f64 {
    let started = Instant::now();
    for item in items {
        stage(item);
    }
    started.elapsed().as_secs_f64() * 1e6 / items.len().max(1) as f64
}

fn main() {
    let items = match std::env::var("JUDGE_INPUT") {
        Ok(path) => from_csv(&path),
        Err(_) => vendored(),
    };
    let (Ok(analyzer), Ok(model)) = (Analyzer::new(), SpamModel::shipped()) else {
        eprintln!("error: the analyzer or the spam model did not load");
        std::process::exit(1);
    };
    let screener = Screener::new(std::sync::Arc::new(model), Thresholds::default());
    let detector = LanguageDetector::new();
    let blocklist: Vec<String> = Vec::new();
    let mean_bytes = items.iter().map(|i| i.0.len()).sum::<usize>() / items.len().max(1);
    // Warm up caches and lazily built tables.
    for (text, declared, stars) in items.iter().take(200) {
        black_box(analyzer.analyze(text, declared.as_deref(), Some(*stars)));
    }
    let detect = mean_micros(&items, &|(text, declared, _)| {
        black_box(detector.detect(text, declared.as_deref()));
    });
    let analyse = mean_micros(&items, &|(text, declared, stars)| {
        black_box(analyzer.analyze(text, declared.as_deref(), Some(*stars)));
    });
    let screen = mean_micros(&items, &|(text, _, _)| {
        black_box(screener.screen(text, &blocklist));
    });
    let total = analyse + screen;
    println!(
        "judging {} reviews of ~{mean_bytes} bytes, one thread, mean µs per review:",
        items.len()
    );
    println!("  language detection        {detect:8.1}");
    println!("  analysis (incl. detection) {analyse:7.1}");
    println!("  screening                 {screen:8.1}");
    println!(
        "  total                     {total:8.1}  = {:.0} reviews/s per core",
        1e6 / total.max(f64::MIN_POSITIVE)
    );
    println!("  command: JUDGE_INPUT=FILE cargo bench -p candor-trust --bench judge");
}
