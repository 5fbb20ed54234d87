//! `candor train`, `candor eval` and `candor analyze`: the text models from
//! the shell, with the same code the server uses.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use candor_text::Analyzer;
use candor_text::classifier::{Model, TrainConfig};
use candor_text::features::FeatureConfig;
use candor_text::metrics::Report;
use clap::Args;

use crate::dataset::{self, Example};

#[derive(Debug, Args)]
pub struct TrainArgs {
    /// `sentiment`: retrain the sentiment models from this instance's own
    /// reviews. Without it, train a classifier from a file (--task, --input, --out).
    #[arg(value_parser = ["sentiment", "spam"])]
    pub target: Option<String>,
    /// Name of the task the model serves (e.g. spam, sentiment).
    #[arg(long, required_unless_present = "target", conflicts_with = "target")]
    pub task: Option<String>,
    /// CSV or JSON lines with `text`, `label` and optional `language`.
    #[arg(long, required_unless_present = "target", conflicts_with = "target")]
    pub input: Option<PathBuf>,
    #[arg(long, required_unless_present = "target", conflicts_with = "target")]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub config: ModelArgs,
    #[command(flatten)]
    pub instance: crate::train_sentiment::InstanceArgs,
}

#[derive(Debug, Clone, Args)]
pub struct ModelArgs {
    #[arg(long, default_value_t = 10)]
    pub epochs: u32,
    #[arg(long, default_value_t = 0.5)]
    pub learning_rate: f32,
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Hash buckets (rows of the weight matrix).
    #[arg(long, default_value_t = 1 << 20)]
    pub buckets: u32,
}

impl ModelArgs {
    pub fn config(&self) -> TrainConfig {
        TrainConfig {
            features: FeatureConfig {
                buckets: self.buckets.max(1),
                ..FeatureConfig::default()
            },
            epochs: self.epochs,
            learning_rate: self.learning_rate,
            seed: self.seed,
        }
    }
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// A model made by `candor train`; not needed with --folds or --lexicon.
    #[arg(long)]
    pub model: Option<PathBuf>,
    #[arg(long)]
    pub input: PathBuf,
    /// Cross-validate: train on K-1 folds, test on the other, K times.
    #[arg(long)]
    pub folds: Option<usize>,
    /// Evaluate the built-in lexicon sentiment (cold start) on positive/negative labels.
    #[arg(long)]
    pub lexicon: bool,
    #[command(flatten)]
    pub config: ModelArgs,
}

#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// Plain text lines, or JSON lines with `text` and optional `language`, `rating`; default stdin.
    pub input: Option<PathBuf>,
}

pub fn train(args: TrainArgs) -> anyhow::Result<()> {
    let (Some(task), Some(input), Some(out)) = (&args.task, &args.input, &args.out) else {
        anyhow::bail!("give --task, --input and --out, or train the instance's `sentiment`");
    };
    let data = dataset::read(input)?;
    let pairs = pairs(&data.examples);
    let started = std::time::Instant::now();
    let model = Model::train(task, &pairs, &args.config.config())?;
    std::fs::write(out, model.to_bytes())
        .with_context(|| format!("cannot write {}", out.display()))?;
    println!(
        "trained {:?} on {} examples ({} labels: {}) in {:.2}s; {} rows skipped; model written to {}",
        task,
        pairs.len(),
        model.header.labels.len(),
        model.header.labels.join(", "),
        started.elapsed().as_secs_f64(),
        data.rejected.len(),
        out.display()
    );
    Ok(())
}

fn pairs(examples: &[Example]) -> Vec<(String, String)> {
    examples
        .iter()
        .map(|e| (e.text.clone(), e.label.clone()))
        .collect()
}

fn load(path: &Path) -> anyhow::Result<Model> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    Model::from_bytes(&bytes).with_context(|| format!("cannot load {}", path.display()))
}

pub fn eval(args: EvalArgs) -> anyhow::Result<()> {
    let data = dataset::read(&args.input)?;
    let examples: Vec<Example> = if args.lexicon {
        // Only the two sides count; other labels (neutral) are left out.
        data.examples
            .into_iter()
            .filter_map(|e| {
                polarity_of_label(&e.label).map(|side| Example {
                    label: side.to_string(),
                    ..e
                })
            })
            .collect()
    } else {
        data.examples
    };
    let (labels, predictions) = if args.lexicon {
        lexicon_predictions(&examples)?
    } else if let Some(folds) = args.folds {
        cross_validate(&examples, folds, &args.config.config())?
    } else {
        let path = args
            .model
            .as_ref()
            .context("give --model, or --folds K to cross-validate, or --lexicon")?;
        let model = load(path)?;
        let predicted = examples
            .iter()
            .map(|e| model.predict(&e.text).0.to_string())
            .collect();
        (model.header.labels.clone(), predicted)
    };
    print_report(&examples, &labels, &predictions);
    Ok(())
}

/// Predictions of K models, each tested on the fold it did not see. Folds
/// are interleaved (example i goes to fold i mod K) after a seeded shuffle.
fn cross_validate(
    examples: &[Example],
    folds: usize,
    config: &TrainConfig,
) -> anyhow::Result<(Vec<String>, Vec<String>)> {
    anyhow::ensure!(
        folds >= 2 && folds <= examples.len(),
        "--folds must be between 2 and the number of examples"
    );
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut state = config.seed;
    for i in (1..order.len()).rev() {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        order.swap(i, (state >> 33) as usize % (i + 1));
    }
    let mut predicted = vec![String::new(); examples.len()];
    let mut labels: Vec<String> = Vec::new();
    for fold in 0..folds {
        let train: Vec<(String, String)> = order
            .iter()
            .enumerate()
            .filter(|(position, _)| position % folds != fold)
            .map(|(_, &i)| (examples[i].text.clone(), examples[i].label.clone()))
            .collect();
        let model = Model::train("cv", &train, config)?;
        for label in &model.header.labels {
            if !labels.contains(label) {
                labels.push(label.clone());
            }
        }
        for (position, &i) in order.iter().enumerate() {
            if position % folds == fold {
                predicted[i] = model.predict(&examples[i].text).0.to_string();
            }
        }
    }
    Ok((labels, predicted))
}

/// Which side a label stands for in a positive/negative data set.
fn polarity_of_label(label: &str) -> Option<&'static str> {
    match label.to_lowercase().as_str() {
        "1" | "pos" | "positive" | "true" => Some("positive"),
        "0" | "neg" | "negative" | "false" => Some("negative"),
        _ => None,
    }
}

/// The lexicon's verdict: positive above zero, else negative. A text with no
/// sentiment word at all counts as negative: reviews that only narrate what
/// happened are more often complaints.
fn lexicon_predictions(examples: &[Example]) -> anyhow::Result<(Vec<String>, Vec<String>)> {
    let analyzer = Analyzer::new()?;
    let labels = vec!["positive".to_string(), "negative".to_string()];
    let predictions = examples
        .iter()
        .map(|e| {
            let analysis = analyzer.analyze(&e.text, e.language.as_deref(), None);
            if analysis.sentiment > 0.0 {
                "positive"
            } else {
                "negative"
            }
            .to_string()
        })
        .collect();
    Ok((labels, predictions))
}

fn print_report(examples: &[Example], labels: &[String], predictions: &[String]) {
    let pairs: Vec<(String, String)> = examples
        .iter()
        .zip(predictions)
        .map(|(e, p)| (e.label.clone(), p.clone()))
        .collect();
    let report = Report::new(labels, &pairs);
    println!(
        "examples {}  accuracy {:.4}  macro-F1 {:.4}  balanced accuracy {:.4}",
        report.examples, report.accuracy, report.macro_f1, report.balanced_accuracy
    );
    println!(
        "{:<20} {:>9} {:>9} {:>9} {:>8}",
        "class", "precision", "recall", "F1", "support"
    );
    for c in &report.classes {
        println!(
            "{:<20} {:>9.4} {:>9.4} {:>9.4} {:>8}",
            c.label, c.precision, c.recall, c.f1, c.support
        );
    }
    println!("confusion (rows: truth, columns: predicted, order as above)");
    for (label, row) in labels.iter().zip(&report.confusion) {
        println!(
            "  {:<18} {}",
            label,
            row.iter().map(|n| format!("{n:>7}")).collect::<String>()
        );
    }
    let mut languages: Vec<String> = examples.iter().filter_map(|e| e.language.clone()).collect();
    languages.sort();
    languages.dedup();
    for language in languages {
        let subset: Vec<(String, String)> = examples
            .iter()
            .zip(&pairs)
            .filter(|(e, _)| e.language.as_deref() == Some(&language))
            .map(|(_, p)| p.clone())
            .collect();
        let r = Report::new(labels, &subset);
        println!(
            "language {language:<6} examples {:>6}  accuracy {:.4}  macro-F1 {:.4}  balanced accuracy {:.4}",
            r.examples, r.accuracy, r.macro_f1, r.balanced_accuracy
        );
    }
}

/// One input line of `analyze`.
#[derive(serde::Deserialize)]
struct AnalyzeInput {
    text: String,
    language: Option<String>,
    rating: Option<u8>,
}

pub fn analyze(args: AnalyzeArgs) -> anyhow::Result<()> {
    let analyzer = Analyzer::new()?;
    let reader: Box<dyn BufRead> = match &args.input {
        Some(path) => Box::new(std::io::BufReader::new(
            std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?,
        )),
        None => Box::new(std::io::BufReader::new(std::io::stdin())),
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (index, line) in reader.lines().enumerate() {
        let line = line.with_context(|| format!("line {}: not UTF-8 text", index + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let input = if line.trim_start().starts_with('{') {
            serde_json::from_str::<AnalyzeInput>(&line)
                .with_context(|| format!("line {}: not a JSON object with a text", index + 1))?
        } else {
            AnalyzeInput {
                text: line,
                language: None,
                rating: None,
            }
        };
        let analysis = analyzer.analyze(&input.text, input.language.as_deref(), input.rating);
        serde_json::to_writer(&mut out, &analysis)?;
        writeln!(out)?;
    }
    out.flush()?;
    Ok(())
}
