//! The search index's place on disk, its upkeep while serving, and
//! `candor reindex`.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::Context;
use candor_app::{App, SearchIndex};
use clap::Args;

use crate::cli::{DbArgs, open_app};

/// How often a running server catches up with changes made elsewhere
/// (another process on the same PostgreSQL database, an import).
const SYNC_EVERY: Duration = Duration::from_secs(2);

#[derive(Debug, Clone, Args)]
pub struct SearchArgs {
    /// Directory of the search index [default: <data-dir>/search].
    #[arg(long, env = "CANDOR_SEARCH_DIR")]
    pub search_dir: Option<PathBuf>,
}

impl SearchArgs {
    pub fn dir(&self, db: &DbArgs) -> PathBuf {
        self.search_dir
            .clone()
            .unwrap_or_else(|| db.data_dir.join("search"))
    }

    /// Opens the index and attaches it to `app`.
    pub fn attach(&self, db: &DbArgs, app: App) -> anyhow::Result<App> {
        let dir = self.dir(db);
        let index = SearchIndex::open(&dir)
            .with_context(|| format!("cannot open the search index in {}", dir.display()))?;
        Ok(app.with_search(index))
    }
}

/// Keeps the index in step in the background while the server runs.
pub fn spawn_upkeep(app: App) {
    tokio::spawn(async move {
        loop {
            if let Err(error) = app.sync_search_if_needed().await {
                tracing::warn!(%error, "search index could not catch up; retrying");
            }
            tokio::time::sleep(SYNC_EVERY).await;
        }
    });
}

#[derive(Debug, Args)]
pub struct ReindexArgs {
    #[command(flatten)]
    pub db: DbArgs,
    #[command(flatten)]
    pub search: SearchArgs,
}

/// `candor reindex`: empties the index and reads every review into it again.
pub async fn reindex(args: ReindexArgs) -> anyhow::Result<()> {
    let app = open_app(&args.db, Default::default()).await?;
    let app = args.search.attach(&args.db, app)?;
    let started = Instant::now();
    let report = Progress::new();
    let applied = app
        .rebuild_search(&|done, total| report.show(done, total))
        .await?;
    report.finish();
    println!(
        "indexed {applied} reviews in {:.1} s into {}",
        started.elapsed().as_secs_f64(),
        args.search.dir(&args.db).display()
    );
    Ok(())
}

/// A progress bar on a terminal, a log line per step otherwise.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
}

impl Progress {
    fn new() -> Self {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = indicatif::ProgressBar::new(0);
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} reviews ({per_sec}, {eta} left)",
            ) {
                bar.set_style(style);
            }
            bar
        });
        Self { bar }
    }

    fn show(&self, done: u64, total: u64) {
        match &self.bar {
            Some(bar) => {
                bar.set_length(total);
                bar.set_position(done);
            }
            None => tracing::info!(done, total, "reindexing"),
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
