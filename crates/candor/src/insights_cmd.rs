//! `candor insights` (bring the rollups up to date, or rebuild them) and
//! `candor report` (a business's report as PDF or HTML for a period).

use std::path::PathBuf;

use anyhow::{Context, bail};
use candor_app::insights::{InsightFilter, report_pdf};
use clap::{Args, Subcommand};

use crate::cli::{DbArgs, open_app};

#[derive(Debug, Subcommand)]
pub enum InsightsCommand {
    /// Read every review changed since the last refresh into the rollups.
    Refresh(DbArgs),
    /// Forget the rollups and read every review again.
    Rebuild(DbArgs),
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// The business (its slug).
    #[arg(long)]
    pub business: String,
    /// First day (YYYY-MM-DD); default: a year before --to.
    #[arg(long)]
    pub from: Option<String>,
    /// Last day (YYYY-MM-DD); default: today.
    #[arg(long)]
    pub to: Option<String>,
    /// Language of the report (en, de, da, nb, ru, sw).
    #[arg(long, default_value = "en")]
    pub locale: String,
    /// Where to write the PDF.
    #[arg(long)]
    pub out: PathBuf,
}

pub async fn insights(command: InsightsCommand) -> anyhow::Result<()> {
    let (db, rebuild) = match command {
        InsightsCommand::Refresh(db) => (db, false),
        InsightsCommand::Rebuild(db) => (db, true),
    };
    let app = open_app(&db, Default::default()).await?;
    let started = std::time::Instant::now();
    let done = if rebuild {
        app.rebuild_insights().await?
    } else {
        app.refresh_insights(u64::MAX).await?
    };
    println!(
        "insights: {} reviews read, {} days summed in {:.1} s",
        done.reviews,
        done.days,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

pub async fn report(args: ReportArgs) -> anyhow::Result<()> {
    if candor_i18n::supported(&args.locale).is_none() {
        bail!(
            "unknown locale {:?}: use en, de, da, nb, ru or sw",
            args.locale
        );
    }
    let app = open_app(&args.db, Default::default()).await?;
    let today = candor_app::now_ms().div_euclid(candor_store::DAY_MS);
    let filter = InsightFilter::parse(args.from.as_deref(), args.to.as_deref(), None, None, today)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let report = app
        .operator_report(&args.business, &filter)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let pdf = report_pdf(&report, &app.translator(&args.locale));
    std::fs::write(&args.out, &pdf)
        .with_context(|| format!("cannot write {}", args.out.display()))?;
    println!("wrote {} ({} bytes)", args.out.display(), pdf.len());
    Ok(())
}

/// How often the server brings the insight rollups up to date.
const REFRESH_EVERY: std::time::Duration = std::time::Duration::from_secs(5);
/// Reviews read per slice of a background catch-up.
const UPKEEP_SLICE: u64 = 5_000;

/// Keeps the rollups in step in the background while the server runs (the
/// dashboard also reads a little before it answers).
pub fn spawn_upkeep(app: candor_app::App) {
    tokio::spawn(async move {
        loop {
            // In slices, so a dashboard asking meanwhile waits for one slice
            // at most, not for a whole catch-up.
            match app.refresh_insights(UPKEEP_SLICE).await {
                Ok(done) if done.backlog > 0 => {
                    tracing::info!(backlog = done.backlog, "insights catching up");
                    continue;
                }
                Ok(_) => {}
                Err(error) => tracing::warn!(%error, "insights could not catch up; retrying"),
            }
            tokio::time::sleep(REFRESH_EVERY).await;
        }
    });
}
