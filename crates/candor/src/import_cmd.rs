//! `candor import`: reviews from another platform's export into a business.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, IsTerminal};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use candor_app::bulk_import::{
    self, Format, ImportCounts, ImportObserver, ImportOptions, Mapping, Preset, Records, Reject,
};
use candor_app::{App, AppError};
use candor_core::Role;
use candor_store::{Business, User};
use clap::Args;

use crate::cli::{DbArgs, open_app};

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// The business (its slug) the reviews are of.
    #[arg(long)]
    pub business: String,
    /// The file to import: CSV with a header row, or JSON lines.
    #[arg(long)]
    pub input: PathBuf,
    /// A known export layout: trustpilot (CSV) or google (JSON lines).
    #[arg(long)]
    pub preset: Option<String>,
    /// A JSON file naming the column of each field, e.g.
    /// {"external_id": "Id", "rating": "Stars", "body": "Text", "written_at": "Date"}.
    #[arg(long)]
    pub mapping: Option<PathBuf>,
    /// csv or jsonl [default: from the file's extension].
    #[arg(long)]
    pub format: Option<String>,
    /// The label stored with each review [default: the preset's or mapping's, else "import"].
    #[arg(long)]
    pub source: Option<String>,
    /// Store the reviews first and screen and analyse them in background
    /// jobs (run by `candor serve`); they are published once screened.
    #[arg(long)]
    pub defer_analysis: bool,
    /// Where malformed records go, with line numbers and reasons
    /// [default: the input's name with .rejects.csv].
    #[arg(long)]
    pub rejects: Option<PathBuf>,
    /// Staff member (e-mail) the file's replies are posted as [default: the organisation's first owner].
    #[arg(long)]
    pub replier: Option<String>,
    /// Reviews per transaction [default: 20000 with analysis on SQLite,
    /// 5000 otherwise].
    #[arg(long)]
    pub batch_size: Option<usize>,
}

pub async fn run(args: ImportArgs) -> anyhow::Result<()> {
    let mapping = mapping_of(&args)?;
    let source = bulk_import::check_source(
        args.source
            .as_deref()
            .or(mapping.source.as_deref())
            .unwrap_or("import"),
    )?;
    let format = match &args.format {
        Some(name) => Format::parse(name)
            .with_context(|| format!("unknown --format {name:?}: use csv or jsonl"))?,
        None => Format::of_path(&args.input).with_context(|| {
            format!(
                "cannot tell the format of {} from its name: give --format csv or jsonl",
                args.input.display()
            )
        })?,
    };
    let file =
        File::open(&args.input).with_context(|| format!("cannot open {}", args.input.display()))?;
    let input: Box<dyn BufRead + Send> = Box::new(BufReader::with_capacity(1 << 20, file));
    let required = match args.preset {
        Some(_) => mapping.required_columns(),
        None => mapping.columns(),
    };
    let records = Records::new(input, format, &required).map_err(anyhow::Error::msg)?;
    let app = open_app(&args.db, Default::default()).await?;
    let business = app
        .store()
        .business_by_slug(&args.business)
        .await?
        .with_context(|| format!("no business with the slug {:?}", args.business))?;
    let replier = replier_of(&app, &business, args.replier.as_deref()).await?;
    let rejects_path = args
        .rejects
        .clone()
        .unwrap_or_else(|| rejects_beside(&args.input));
    let mut observer = Observer::new(&rejects_path);
    let options = ImportOptions {
        source: source.clone(),
        defer_analysis: args.defer_analysis,
        batch_size: args.batch_size.unwrap_or_else(|| {
            bulk_import::default_batch_size(app.store().backend(), args.defer_analysis)
        }),
    };
    let started = Instant::now();
    let counts = app
        .import_reviews(
            &business,
            &replier,
            records,
            &mapping,
            &options,
            &mut observer,
        )
        .await;
    observer.finish()?;
    let counts = counts?;
    print_summary(
        &counts,
        &source,
        started.elapsed(),
        &rejects_path,
        args.defer_analysis,
    );
    app.store().close().await;
    Ok(())
}

fn mapping_of(args: &ImportArgs) -> anyhow::Result<Mapping> {
    match (&args.preset, &args.mapping) {
        (Some(_), Some(_)) => bail!("give --preset or --mapping, not both"),
        (Some(name), None) => Preset::parse(name)
            .map(Preset::mapping)
            .with_context(|| format!("unknown --preset {name:?}: use trustpilot or google")),
        (None, Some(path)) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read the mapping file {}", path.display()))?;
            Mapping::from_json(&text).map_err(anyhow::Error::msg)
        }
        (None, None) => bail!("give --preset trustpilot|google or --mapping FILE"),
    }
}

async fn replier_of(app: &App, business: &Business, email: Option<&str>) -> anyhow::Result<User> {
    let staff = app.store().users_of_org(&business.org_id).await?;
    let found = match email {
        Some(email) => staff
            .into_iter()
            .find(|u| u.email.eq_ignore_ascii_case(email)),
        None => staff.into_iter().find(|u| u.role == Role::Owner),
    };
    found.with_context(|| match email {
        Some(email) => format!("{email} is not a staff member of the business's organisation"),
        None => {
            "the business's organisation has no owner to post replies as: give --replier".into()
        }
    })
}

fn rejects_beside(input: &std::path::Path) -> PathBuf {
    let mut name = input.file_name().unwrap_or_default().to_os_string();
    name.push(".rejects.csv");
    input.with_file_name(name)
}

fn print_summary(
    counts: &ImportCounts,
    source: &str,
    elapsed: Duration,
    rejects: &std::path::Path,
    deferred: bool,
) {
    let secs = elapsed.as_secs_f64().max(1e-9);
    let rate = counts.imported as f64 / secs;
    if deferred {
        println!(
            "queued {} reviews from {source} for screening and analysis ({} already stored, \
             {} rejected) in {secs:.1} s, {rate:.0} reviews/s",
            counts.imported, counts.skipped, counts.rejected,
        );
    } else {
        println!(
            "imported {} reviews from {source} ({} already there, {} rejected, {} held or \
             rejected by screening) in {secs:.1} s, {rate:.0} reviews/s",
            counts.imported, counts.skipped, counts.rejected, counts.held,
        );
    }
    if counts.rejected > 0 {
        println!(
            "rejected records, with line numbers and reasons: {}",
            rejects.display()
        );
    }
    if deferred && counts.imported > 0 {
        println!(
            "the reviews wait in the import queue: `candor serve` (or `candor jobs`) screens, \
             analyses and stores them, publishing those that pass; a review queued twice (an id \
             repeated in the file, or a run repeated before the jobs) is stored once"
        );
    }
}

/// Writes rejects as CSV (line, external id, reason) and shows progress:
/// a bar on a terminal, a log line every few seconds otherwise.
struct Observer {
    rejects: Option<csv::Writer<BufWriter<File>>>,
    path: PathBuf,
    bar: Option<indicatif::ProgressBar>,
    last_log: Instant,
}

impl Observer {
    fn new(path: &std::path::Path) -> Self {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = indicatif::ProgressBar::new_spinner();
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{spinner} {pos} records read ({per_sec}, {elapsed}) {msg}",
            ) {
                bar.set_style(style);
            }
            bar
        });
        Self {
            rejects: None,
            path: path.to_path_buf(),
            bar,
            last_log: Instant::now(),
        }
    }

    /// Flushes the reject file; removes a stale one when nothing was rejected.
    fn finish(&mut self) -> anyhow::Result<()> {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        match self.rejects.take() {
            Some(mut writer) => writer
                .flush()
                .with_context(|| format!("cannot write {}", self.path.display())),
            None => {
                if self.path.exists() {
                    std::fs::remove_file(&self.path).with_context(|| {
                        format!("cannot remove the old {}", self.path.display())
                    })?;
                }
                Ok(())
            }
        }
    }
}

impl ImportObserver for Observer {
    fn rejected(&mut self, reject: &Reject) -> Result<(), AppError> {
        let io = |e: &dyn std::fmt::Display| AppError::Internal(format!("reject file: {e}"));
        if self.rejects.is_none() {
            let file = File::create(&self.path).map_err(|e| io(&e))?;
            let mut writer = csv::Writer::from_writer(BufWriter::new(file));
            writer
                .write_record(["line", "external_id", "reason"])
                .map_err(|e| io(&e))?;
            self.rejects = Some(writer);
        }
        if let Some(writer) = &mut self.rejects {
            let line = reject.line.to_string();
            let id = reject.external_id.as_deref().unwrap_or("");
            writer
                .write_record([line.as_str(), id, reject.reason.as_str()])
                .map_err(|e| io(&e))?;
        }
        Ok(())
    }

    fn progress(&mut self, counts: &ImportCounts) {
        match &self.bar {
            Some(bar) => {
                bar.set_position(counts.read);
                bar.set_message(format!(
                    "{} imported, {} skipped, {} rejected",
                    counts.imported, counts.skipped, counts.rejected
                ));
            }
            None if self.last_log.elapsed() >= Duration::from_secs(5) => {
                self.last_log = Instant::now();
                tracing::info!(
                    read = counts.read,
                    imported = counts.imported,
                    skipped = counts.skipped,
                    rejected = counts.rejected,
                    "importing"
                );
            }
            None => {}
        }
    }
}
