//! The `import.analyze` job: screens and analyses a batch of reviews that
//! were imported with their analysis deferred, then publishes, holds or
//! rejects each as its screening says. Until then they are not public.

use serde::{Deserialize, Serialize};

use candor_store::{Job, NewJob, Tx};

use crate::jobs::{JobFuture, JobHandler, Jobs, job_payload};
use crate::reviews::describe_review;
use crate::{App, AppError, trust};

pub const IMPORT_ANALYSIS_JOB: &str = "import.analyze";

#[derive(Debug, Serialize, Deserialize)]
struct AnalyseBatch {
    business_id: String,
    review_ids: Vec<String>,
}

/// Queues the analysis of `review_ids`, in the import's transaction.
pub(super) async fn enqueue(
    tx: &mut Tx,
    business_id: &str,
    review_ids: Vec<String>,
    now: i64,
) -> Result<(), AppError> {
    let payload = serde_json::to_string(&AnalyseBatch {
        business_id: business_id.to_string(),
        review_ids,
    })
    .map_err(|e| AppError::Internal(format!("job payload: {e}")))?;
    tx.enqueue_job(&NewJob::new(IMPORT_ANALYSIS_JOB, payload, now), now)
        .await?;
    Ok(())
}

struct Analyse;

impl JobHandler for Analyse {
    fn kind(&self) -> &'static str {
        IMPORT_ANALYSIS_JOB
    }

    fn run<'a>(&'a self, app: &'a App, job: &'a Job) -> JobFuture<'a> {
        Box::pin(async move { analyse(app, job_payload::<AnalyseBatch>(job)?).await })
    }
}

impl Jobs {
    pub(crate) fn with_imports(self) -> Self {
        self.register(Analyse)
    }
}

async fn analyse(app: &App, batch: AnalyseBatch) -> Result<Tx, AppError> {
    let reviews = app
        .store()
        .reviews_awaiting_screening(&batch.review_ids)
        .await?;
    let described = reviews.iter().map(describe_review).collect();
    let judged = app
        .screen_and_analyse(&batch.business_id, described)
        .await?;
    let now = crate::now_ms();
    let mut tx = app.store().begin().await?;
    app.save_judgements(&mut tx, &reviews, &judged, now).await?;
    let passed: Vec<String> = reviews
        .iter()
        .zip(&judged)
        .filter(|(_, (screening, _))| trust::moderation_of(screening).is_none())
        .map(|(review, _)| review.id.clone())
        .collect();
    tx.publish_screened(&batch.business_id, &passed, trust::SCREENING_ACTOR, now)
        .await?;
    for (review, (_, analysis)) in reviews.iter().zip(&judged) {
        if review.language.is_none() && analysis.language != candor_text::UNDETERMINED {
            tx.fill_review_language(&review.id, &analysis.language)
                .await?;
        }
    }
    tx.bump_business_version(&batch.business_id).await?;
    app.search_changed();
    Ok(tx)
}
