//! `candor jobs`: runs the background jobs that are due until none is left,
//! then exits. `candor serve` runs them continuously; this is for a
//! deployment without a server running, or to finish a deferred import.

use candor_app::Jobs;

use crate::cli::{DbArgs, open_app};

/// Jobs claimed per round.
const ROUND: i64 = 20;

pub async fn run(db: DbArgs) -> anyhow::Result<()> {
    let app = open_app(&db, Default::default()).await?;
    let worker = format!("cli-{}", std::process::id());
    let jobs = Jobs::builtin();
    let started = std::time::Instant::now();
    let mut ran = 0;
    loop {
        let done = app.run_jobs_once(&jobs, &worker, ROUND).await?;
        if done == 0 {
            break;
        }
        ran += done;
    }
    let counts = app.store().job_counts().await?;
    println!(
        "ran {ran} jobs in {:.1} s; now {} queued for later, {} failed",
        started.elapsed().as_secs_f64(),
        counts.queued,
        counts.failed,
    );
    Ok(())
}
