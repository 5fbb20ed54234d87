//! `candor eval-graph`: the reviewer–business graph scoring of
//! `candor_trust::graph` on a plain file, for evaluation on public data.
//!
//! Input: one review a line, whitespace-separated `reviewer product rating`
//! (further columns, such as a timestamp, are ignored; blank lines and lines
//! starting with `#` are skipped). Ids are any tokens. Ratings are numbers
//! on one of three scales, detected from their range unless `--scale` says:
//! all in [0, 1] → as they are; all in [1, 5] → stars, (r − 1) / 4; all in
//! [0, 5] → a continuous 0..5 score (the rgmining synthetic data), r / 5.
//! Lines that do not parse, or whose rating is outside the scale, are
//! reported on stderr with their line numbers and skipped.
//!
//! Output on stdout: `rank reviewer score block`, most suspicious first,
//! ties by id (numeric ids in numeric order), `-` for no block; comment
//! lines start with `#`. With `--labels`, the precision of the top K, K the
//! number of labelled reviewers.

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;
use candor_trust::graph::{self, GraphConfig, RatingScale, Review};
use clap::Args;

#[derive(Debug, Args)]
pub struct EvalGraphArgs {
    /// Reviews, one a line: `reviewer product rating` (whitespace-separated).
    #[arg(long)]
    pub input: PathBuf,
    /// Print only the N most suspicious reviewers (default: all).
    #[arg(long)]
    pub top: Option<usize>,
    /// Known anomalous reviewers: one id a line, or `id name` lines where
    /// the anomalous ones carry `(anomaly)` in the name (rgmining's
    /// reviewer.dat). Prints the precision of the top K, K = their number.
    #[arg(long)]
    pub labels: Option<PathBuf>,
    /// Rating scale of the input: auto, 0-1, 1-5 (stars) or 0-5 (continuous).
    #[arg(long, default_value = "auto", value_parser = ["auto", "0-1", "1-5", "0-5"])]
    pub scale: String,
    /// Also write every kept review with its score and block to this file:
    /// `line reviewer product rating score fake_belief block`.
    #[arg(long)]
    pub reviews_out: Option<PathBuf>,
    /// Fraud Eagle's epsilon, in (0, 0.5).
    #[arg(long, default_value_t = GraphConfig::default().epsilon)]
    pub epsilon: f64,
    /// Rounds of belief propagation at most.
    #[arg(long, default_value_t = GraphConfig::default().max_iterations)]
    pub max_iterations: u32,
    /// Fraud Eagle alone: no lockstep groups (for comparison).
    #[arg(long)]
    pub no_lockstep: bool,
}

/// A line that was skipped, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct BadLine {
    pub line: usize,
    pub reason: String,
}

/// A review file as read: names interned in order of first appearance.
#[derive(Debug, Default)]
pub struct Parsed {
    pub reviewers: Vec<String>,
    pub products: Vec<String>,
    /// (reviewer index, product index, raw rating, line number).
    pub reviews: Vec<(u32, u32, f64, usize)>,
    pub bad: Vec<BadLine>,
}

/// Reads `reviewer product rating` lines; bad lines are collected, not fatal.
pub fn parse_reviews(reader: impl BufRead) -> std::io::Result<Parsed> {
    let mut parsed = Parsed::default();
    let mut reviewer_index: HashMap<String, u32> = HashMap::new();
    let mut product_index: HashMap<String, u32> = HashMap::new();
    for (number, line) in reader.lines().enumerate() {
        let number = number + 1;
        let line = match line {
            Ok(line) => line,
            Err(error) if error.kind() == std::io::ErrorKind::InvalidData => {
                parsed.bad.push(BadLine {
                    line: number,
                    reason: "not valid UTF-8".into(),
                });
                continue;
            }
            Err(error) => return Err(error),
        };
        let text = line.trim();
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        let mut fields = text.split_whitespace();
        let (Some(reviewer), Some(product), Some(rating)) =
            (fields.next(), fields.next(), fields.next())
        else {
            parsed.bad.push(BadLine {
                line: number,
                reason: format!(
                    "expected `reviewer product rating`, found {} field(s)",
                    text.split_whitespace().count()
                ),
            });
            continue;
        };
        let rating = match rating.parse::<f64>() {
            Ok(r) if r.is_finite() => r,
            _ => {
                parsed.bad.push(BadLine {
                    line: number,
                    reason: format!("rating {rating:?} is not a number"),
                });
                continue;
            }
        };
        let reviewer = intern(&mut reviewer_index, &mut parsed.reviewers, reviewer);
        let product = intern(&mut product_index, &mut parsed.products, product);
        parsed.reviews.push((reviewer, product, rating, number));
    }
    Ok(parsed)
}

fn intern(index: &mut HashMap<String, u32>, names: &mut Vec<String>, name: &str) -> u32 {
    if let Some(&i) = index.get(name) {
        return i;
    }
    let i = names.len() as u32;
    index.insert(name.to_owned(), i);
    names.push(name.to_owned());
    i
}

/// The scale named on the command line, or detected from the ratings that
/// fit any scale (0..5); ratings outside it are then bad lines.
pub fn choose_scale(name: &str, ratings: impl Iterator<Item = f64>) -> Option<RatingScale> {
    match name {
        "0-1" => Some(RatingScale::Unit),
        "1-5" => Some(RatingScale::Stars),
        "0-5" => Some(RatingScale::ZeroToFive),
        _ => {
            let (min, max) = ratings
                .filter(|r| (0.0..=5.0).contains(r))
                .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), r| {
                    (lo.min(r), hi.max(r))
                });
            RatingScale::detect(min, max)
        }
    }
}

fn scale_name(scale: RatingScale) -> &'static str {
    match scale {
        RatingScale::Unit => "0-1 (as is)",
        RatingScale::Stars => "1-5 stars ((r - 1) / 4)",
        RatingScale::ZeroToFive => "0-5 continuous (r / 5)",
    }
}

/// Ranks: numeric ids by value, before any other id, which sort as text.
fn id_order(a: &str, b: &str) -> std::cmp::Ordering {
    match (a.parse::<u64>(), b.parse::<u64>()) {
        (Ok(x), Ok(y)) => x.cmp(&y).then_with(|| a.cmp(b)),
        (Ok(_), Err(_)) => std::cmp::Ordering::Less,
        (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
        (Err(_), Err(_)) => a.cmp(b),
    }
}

/// For each interned index, its id in `id_order` (so the library's ties by
/// id follow the names).
fn ordered_ids(names: &[String]) -> Vec<u32> {
    let mut order: Vec<u32> = (0..names.len() as u32).collect();
    order.sort_by(|&a, &b| id_order(&names[a as usize], &names[b as usize]));
    let mut ids = vec![0u32; names.len()];
    for (rank, &index) in order.iter().enumerate() {
        ids[index as usize] = rank as u32;
    }
    ids
}

/// Labelled reviewer ids from a labels file (see `--labels`).
pub fn parse_labels(reader: impl BufRead) -> std::io::Result<Vec<String>> {
    let mut labels = Vec::new();
    let mut seen = HashSet::new();
    for line in reader.lines() {
        let line = line?;
        let text = line.trim();
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        let mut fields = text.split_whitespace();
        let Some(id) = fields.next() else { continue };
        let labelled = match fields.next() {
            None => true,
            Some(_) => text.contains("(anomaly)"),
        };
        if labelled && seen.insert(id.to_owned()) {
            labels.push(id.to_owned());
        }
    }
    Ok(labels)
}

fn open(path: &Path) -> anyhow::Result<std::io::BufReader<std::fs::File>> {
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    Ok(std::io::BufReader::with_capacity(1 << 20, file))
}

const BAD_LINES_SHOWN: usize = 20;

pub fn run(args: EvalGraphArgs) -> anyhow::Result<()> {
    let started = Instant::now();
    let input = args.input.display().to_string();
    let mut parsed =
        parse_reviews(open(&args.input)?).with_context(|| format!("cannot read {input}"))?;
    let scale =
        choose_scale(&args.scale, parsed.reviews.iter().map(|r| r.2)).with_context(|| {
            format!("{input}: no rating fits a 0-1, 1-5 or 0-5 scale (see --scale)")
        })?;
    let reviewer_ids = ordered_ids(&parsed.reviewers);
    let product_ids = ordered_ids(&parsed.products);
    let mut reviews = Vec::with_capacity(parsed.reviews.len());
    let mut kept = Vec::with_capacity(parsed.reviews.len());
    for (i, &(reviewer, product, raw, line)) in parsed.reviews.iter().enumerate() {
        match scale.normalise(raw) {
            Some(rating) => {
                reviews.push(Review {
                    reviewer: reviewer_ids[reviewer as usize],
                    product: product_ids[product as usize],
                    rating,
                });
                kept.push(i);
            }
            None => parsed.bad.push(BadLine {
                line,
                reason: format!("rating {raw} is outside the {} scale", scale_name(scale)),
            }),
        }
    }
    parsed.bad.sort_by_key(|b| b.line);
    for bad in parsed.bad.iter().take(BAD_LINES_SHOWN) {
        eprintln!("warning: {input}:{}: {}; skipped", bad.line, bad.reason);
    }
    if parsed.bad.len() > BAD_LINES_SHOWN {
        eprintln!(
            "warning: {input}: {} more bad line(s) skipped",
            parsed.bad.len() - BAD_LINES_SHOWN
        );
    }
    let read = started.elapsed();

    let config = GraphConfig {
        epsilon: args.epsilon,
        max_iterations: args.max_iterations,
        ..GraphConfig::default()
    };
    let config = if args.no_lockstep {
        GraphConfig {
            lockstep_min_size: usize::MAX,
            lockstep_prior_weight: 0.0,
            ..config
        }
    } else {
        config
    };
    let scoring = Instant::now();
    let scores = graph::score(&reviews, &config)?;
    let scored = scoring.elapsed();
    eprintln!(
        "eval-graph: {} reviews by {} reviewers of {} products from {input} ({} bad line(s) skipped), \
         ratings read as {}; read in {:.3} s, scored in {:.3} s ({} rounds of belief propagation, {}), \
         {} lockstep block(s)",
        reviews.len(),
        scores.reviewers.len(),
        distinct_products(&reviews),
        parsed.bad.len(),
        scale_name(scale),
        read.as_secs_f64(),
        scored.as_secs_f64(),
        scores.iterations,
        if scores.converged {
            "converged"
        } else {
            "not converged"
        },
        scores.blocks.len(),
    );

    // Names by library id, to print.
    let mut reviewer_names = vec![""; parsed.reviewers.len()];
    for (index, &id) in reviewer_ids.iter().enumerate() {
        reviewer_names[id as usize] = &parsed.reviewers[index];
    }
    let mut product_names = vec![""; parsed.products.len()];
    for (index, &id) in product_ids.iter().enumerate() {
        product_names[id as usize] = &parsed.products[index];
    }

    if let Some(path) = &args.reviews_out {
        let file = std::fs::File::create(path)
            .with_context(|| format!("cannot create {}", path.display()))?;
        let mut out = BufWriter::new(file);
        writeln!(
            out,
            "# line reviewer product rating score fake_belief block"
        )?;
        for ((review, score), &i) in reviews.iter().zip(&scores.reviews).zip(&kept) {
            let (_, _, raw, line) = parsed.reviews[i];
            writeln!(
                out,
                "{line} {} {} {raw} {:.6} {:.6} {}",
                reviewer_names[review.reviewer as usize],
                product_names[review.product as usize],
                score.score,
                score.fake_belief,
                block(score.block),
            )?;
        }
        out.flush()
            .with_context(|| format!("cannot write {}", path.display()))?;
    }

    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    writeln!(out, "# rank reviewer score block")?;
    let shown = args.top.unwrap_or(usize::MAX);
    for (rank, reviewer) in scores.reviewers.iter().take(shown).enumerate() {
        writeln!(
            out,
            "{} {} {:.6} {}",
            rank + 1,
            reviewer_names[reviewer.reviewer as usize],
            reviewer.score,
            block(reviewer.block),
        )?;
    }
    if let Some(path) = &args.labels {
        let labels =
            parse_labels(open(path)?).with_context(|| format!("cannot read {}", path.display()))?;
        let ranked: Vec<&str> = scores
            .reviewers
            .iter()
            .map(|r| reviewer_names[r.reviewer as usize])
            .collect();
        let report = precision(&ranked, &labels);
        writeln!(
            out,
            "# labelled: {} reviewer(s) in {} ({} not in the input)",
            labels.len(),
            path.display(),
            report.missing
        )?;
        writeln!(
            out,
            "# precision@{}: {:.4} ({} of the top {} are labelled)",
            report.k, report.precision, report.hits, report.k
        )?;
        writeln!(out, "# average precision: {:.4}", report.average_precision)?;
    }
    out.flush()?;
    Ok(())
}

fn distinct_products(reviews: &[Review]) -> usize {
    let mut products: Vec<u32> = reviews.iter().map(|r| r.product).collect();
    products.sort_unstable();
    products.dedup();
    products.len()
}

fn block(block: Option<u32>) -> String {
    block.map_or_else(|| "-".to_owned(), |b| b.to_string())
}

#[derive(Debug, PartialEq)]
pub struct PrecisionReport {
    pub k: usize,
    pub hits: usize,
    pub precision: f64,
    pub average_precision: f64,
    pub missing: usize,
}

/// Precision of the top K of `ranked` (K = the number of labels) and the
/// average precision over the whole ranking.
pub fn precision(ranked: &[&str], labels: &[String]) -> PrecisionReport {
    let labelled: HashSet<&str> = labels.iter().map(String::as_str).collect();
    let k = labelled.len();
    let present = ranked.iter().filter(|r| labelled.contains(*r)).count();
    let hits = ranked
        .iter()
        .take(k)
        .filter(|r| labelled.contains(*r))
        .count();
    let mut found = 0usize;
    let mut sum = 0.0;
    for (rank, r) in ranked.iter().enumerate() {
        if labelled.contains(r) {
            found += 1;
            sum += found as f64 / (rank + 1) as f64;
        }
    }
    PrecisionReport {
        k,
        hits,
        precision: if k == 0 { 0.0 } else { hits as f64 / k as f64 },
        average_precision: if k == 0 { 0.0 } else { sum / k as f64 },
        missing: k - present,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_lines_are_reported_with_their_numbers_and_skipped() {
        let text = "\
# a comment
1 10 4.5
2 10

3 11 high
4 12 NaN
5 13 2 1700000000
  6\t14   0.25
7 15 inf
";
        let parsed = parse_reviews(text.as_bytes()).expect("parse");
        assert_eq!(
            parsed.reviews,
            [(0, 0, 4.5, 2), (1, 1, 2.0, 7), (2, 2, 0.25, 8)]
        );
        assert_eq!(parsed.reviewers, ["1", "5", "6"]);
        assert_eq!(parsed.products, ["10", "13", "14"]);
        let lines: Vec<usize> = parsed.bad.iter().map(|b| b.line).collect();
        assert_eq!(lines, [3, 5, 6, 9]);
        assert!(
            parsed.bad[0].reason.contains("2 field(s)"),
            "{:?}",
            parsed.bad
        );
        assert!(parsed.bad[1].reason.contains("\"high\""));
    }

    #[test]
    fn invalid_utf8_is_a_bad_line_not_an_error() {
        let bytes = b"1 2 3\n\xff\xfe 2 3\n4 5 1\n";
        let parsed = parse_reviews(&bytes[..]).expect("parse");
        assert_eq!(parsed.reviews.len(), 2);
        assert_eq!(parsed.bad[0].line, 2);
    }

    #[test]
    fn the_scale_is_detected_or_taken_from_the_flag() {
        let auto = |r: &[f64]| choose_scale("auto", r.iter().copied());
        assert_eq!(auto(&[0.1, 0.9]), Some(RatingScale::Unit));
        assert_eq!(auto(&[1.0, 3.0, 5.0]), Some(RatingScale::Stars));
        assert_eq!(auto(&[0.0005, 4.99]), Some(RatingScale::ZeroToFive));
        // Out-of-range ratings do not decide the scale; they become bad lines.
        assert_eq!(auto(&[1.0, 5.0, 42.0]), Some(RatingScale::Stars));
        assert_eq!(auto(&[]), None);
        assert_eq!(
            choose_scale("0-5", [0.2].into_iter()),
            Some(RatingScale::ZeroToFive)
        );
    }

    #[test]
    fn ids_sort_numbers_by_value_before_text() {
        let names: Vec<String> = ["10", "b", "9", "a", "007"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(ordered_ids(&names), [2, 4, 1, 3, 0]);
    }

    #[test]
    fn labels_are_ids_or_rgmining_names() {
        let plain = parse_labels("7\n# x\n\n9\n7\n".as_bytes()).expect("labels");
        assert_eq!(plain, ["7", "9"]);
        let rgmining = parse_labels("1 s1\n2 s2(anomaly)\n3 s3_1(anomaly)\n4 s4\n".as_bytes())
            .expect("labels");
        assert_eq!(rgmining, ["2", "3"]);
    }

    #[test]
    fn precision_at_the_number_of_labels() {
        let labels = vec!["a".to_owned(), "c".to_owned(), "z".to_owned()];
        let report = precision(&["a", "b", "c", "d"], &labels);
        assert_eq!(report.k, 3);
        assert_eq!(report.hits, 2);
        assert!((report.precision - 2.0 / 3.0).abs() < 1e-12);
        assert!((report.average_precision - (1.0 + 2.0 / 3.0) / 3.0).abs() < 1e-12);
        assert_eq!(report.missing, 1);
        assert_eq!(precision(&["a"], &[]).precision, 0.0);
    }
}
