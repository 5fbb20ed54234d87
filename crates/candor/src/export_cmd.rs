//! `candor export` (a business's data) and `candor privacy` (one
//! reviewer's data: export and erasure).

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use anyhow::{Context, bail};
use candor_store::ErasePolicy;
use clap::{Args, Subcommand};

use crate::cli::{DbArgs, open_app};

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// The business (its slug) to export.
    #[arg(long)]
    pub business: String,
    /// Directory to write reviews.jsonl, reviews.csv and cases.jsonl into
    /// (created if missing; existing files of those names are replaced).
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum PrivacyCommand {
    /// Print, as JSON, everything the instance holds about the reviewer
    /// writing as EMAIL (every business): reviews with their versions and
    /// replies, and recovery-case messages.
    Export {
        #[arg(long)]
        email: String,
        /// Write to this file instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Erase the reviewer writing as EMAIL: their name, address and keys go
    /// from every review; `anonymise` keeps rating and text, `delete` also
    /// blanks the text and takes the reviews down.
    Erase {
        #[arg(long)]
        email: String,
        /// anonymise or delete.
        #[arg(long, default_value = "anonymise")]
        policy: String,
    },
}

pub async fn export(args: ExportArgs) -> anyhow::Result<()> {
    let app = open_app(&args.db, Default::default()).await?;
    let business = app
        .store()
        .business_by_slug(&args.business)
        .await?
        .with_context(|| format!("no business with the slug {:?}", args.business))?;
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("cannot create {}", args.out.display()))?;
    let create = |name: &str| -> anyhow::Result<BufWriter<File>> {
        let path = args.out.join(name);
        let file =
            File::create(&path).with_context(|| format!("cannot create {}", path.display()))?;
        Ok(BufWriter::new(file))
    };
    let mut jsonl = create("reviews.jsonl")?;
    let mut csv = csv::Writer::from_writer(create("reviews.csv")?);
    let reviews = app.export_reviews(&business, &mut jsonl, &mut csv).await?;
    jsonl.flush()?;
    csv.flush()?;
    let mut cases_out = create("cases.jsonl")?;
    let cases = app.export_cases(&business, &mut cases_out).await?;
    cases_out.flush()?;
    println!(
        "exported {reviews} reviews and {cases} recovery cases of {} to {} \
         (reviews.jsonl, reviews.csv, cases.jsonl)",
        business.slug,
        args.out.display()
    );
    Ok(())
}

pub async fn privacy(db: &DbArgs, command: PrivacyCommand) -> anyhow::Result<()> {
    let app = open_app(db, Default::default()).await?;
    match command {
        PrivacyCommand::Export { email, out } => {
            let export = app.export_reviewer(&email).await?;
            let text = serde_json::to_string_pretty(&export)?;
            match out {
                Some(path) => {
                    std::fs::write(&path, text + "\n")
                        .with_context(|| format!("cannot write {}", path.display()))?;
                    eprintln!(
                        "wrote {} reviews to {}",
                        export.reviews.len(),
                        path.display()
                    );
                }
                None => println!("{text}"),
            }
        }
        PrivacyCommand::Erase { email, policy } => {
            let policy = match policy.as_str() {
                "anonymise" | "anonymize" => ErasePolicy::Anonymise,
                "delete" => ErasePolicy::Delete,
                other => bail!("unknown --policy {other:?}: use anonymise or delete"),
            };
            let erased = app.erase_reviewer(&email, policy).await?;
            println!("erased the reviewer from {erased} review(s)");
        }
    }
    Ok(())
}
