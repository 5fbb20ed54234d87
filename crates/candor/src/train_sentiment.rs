//! `candor train sentiment [--business SLUG]`: retrains the sentiment models
//! from the instance's own reviews and prints how each language fared; and
//! `candor train spam`, the spam model from moderation decisions.

use candor_app::{SentimentTraining, Settings, TrainingOutcome};
use clap::Args;

use crate::cli::{DbArgs, open_app};
use crate::text_cmd::{self, TrainArgs};

/// What `candor train sentiment` reads besides the model settings.
#[derive(Debug, Args)]
pub struct InstanceArgs {
    /// With `sentiment`: train on the reviews of this business (slug) only;
    /// its models then serve it ahead of the instance-wide ones.
    #[arg(long, conflicts_with_all = ["task", "input", "out"])]
    pub business: Option<String>,
    #[command(flatten)]
    pub db: DbArgs,
}

/// `candor train`: the instance's sentiment models, or a model from a file.
pub async fn train(args: TrainArgs) -> anyhow::Result<()> {
    let target = match args.target.as_deref() {
        None => return text_cmd::train(args),
        Some(target) => target.to_string(),
    };
    let app = open_app(&args.instance.db, Settings::default()).await?;
    if target == "spam" {
        if args.instance.business.is_some() {
            anyhow::bail!("the spam model serves the whole instance: --business does not apply");
        }
        return train_spam(&app).await;
    }
    let started = std::time::Instant::now();
    let report = app
        .train_sentiment(args.instance.business.as_deref(), &args.config.config())
        .await?;
    print_report(&report);
    println!("done in {:.1}s", started.elapsed().as_secs_f64());
    Ok(())
}

/// `candor train spam`: the shipped data plus moderators' decisions and
/// Akismet reports; used only if better on the instance's held-out examples.
async fn train_spam(app: &candor_app::App) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let report = app.train_spam().await?;
    println!(
        "spam model: {} shipped and {} instance examples; {} instance examples held out",
        report.vendored, report.instance, report.held_out
    );
    println!(
        "accuracy on the held-out examples: retrained {:.4}, shipped {:.4} -> {}",
        report.accuracy,
        report.shipped_accuracy,
        if report.chosen {
            "the retrained model is now used"
        } else {
            "the shipped model stays"
        }
    );
    println!("done in {:.1}s", started.elapsed().as_secs_f64());
    Ok(())
}

fn print_report(report: &SentimentTraining) {
    let scope = report
        .business
        .as_ref()
        .map_or_else(|| "all businesses".to_string(), |b| b.slug.clone());
    println!(
        "sentiment models for {scope}: {} published reviews read, {} without a language left out",
        report.reviews_read, report.without_language
    );
    println!(
        "{:<8} {:>8} {:>9} {:>9}  chosen",
        "language", "examples", "model", "lexicon"
    );
    for language in &report.languages {
        let (model, lexicon, chosen) = match &language.outcome {
            TrainingOutcome::Skipped(reason) => {
                ("-".into(), "-".into(), format!("skipped: {reason}"))
            }
            TrainingOutcome::Trained {
                model_accuracy,
                lexicon_accuracy,
                use_model,
                held_out,
                ..
            } => (
                format!("{model_accuracy:.3}"),
                format!("{lexicon_accuracy:.3}"),
                format!(
                    "{} ({held_out} held out)",
                    if *use_model { "model" } else { "lexicon" }
                ),
            ),
        };
        println!(
            "{:<8} {:>8} {model:>9} {lexicon:>9}  {chosen}",
            language.language, language.examples
        );
    }
    println!(
        "model and lexicon: accuracy on the held-out reviews (negative 1-2, neutral 3, positive 4-5 stars)"
    );
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use crate::cli::{Cli, Command};

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("candor").chain(args.iter().copied()))
    }

    #[test]
    fn train_takes_a_file_task_or_the_sentiment_target() {
        let Ok(Cli {
            command: Command::Train(file),
        }) = parse(&["train", "--task", "t", "--input", "i", "--out", "o"])
        else {
            panic!("the file form parses");
        };
        assert_eq!((file.target, file.task.as_deref()), (None, Some("t")));
        let Ok(Cli {
            command: Command::Train(instance),
        }) = parse(&["train", "sentiment", "--business", "shop"])
        else {
            panic!("the sentiment form parses");
        };
        assert_eq!(instance.target.as_deref(), Some("sentiment"));
        assert_eq!(instance.instance.business.as_deref(), Some("shop"));
    }

    #[test]
    fn train_accepts_the_instance_targets() {
        assert!(parse(&["train", "sentiment"]).is_ok());
        assert!(parse(&["train", "spam"]).is_ok());
    }

    #[test]
    fn train_refuses_other_targets_and_mixed_forms() {
        for args in [
            &["train", "tea"][..],
            &["train"],
            &["train", "--task", "t", "--input", "i"],
            &["train", "sentiment", "--task", "t"],
            &[
                "train",
                "--business",
                "b",
                "--task",
                "t",
                "--input",
                "i",
                "--out",
                "o",
            ],
        ] {
            assert!(parse(args).is_err(), "{args:?}");
        }
    }
}
