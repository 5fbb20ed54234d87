//! Background jobs: deadlines, notifications, digests and incident detection
//! run from the database-backed queue in `candor-store` (table `jobs`).
//!
//! A handler does its work and hands back the open transaction holding its
//! database effects; the worker marks the job done in that transaction and
//! commits. So a worker killed mid-run leaves no effect and the job is run
//! again once its lease runs out, and a job that committed is never run again:
//! no job is lost and none takes effect twice. A failed attempt is retried
//! with exponential backoff until `max_attempts`, then kept as `failed` with
//! its last error.
//!
//! Effects outside the database (an e-mail sent) can still happen twice when
//! a worker dies between sending and committing; such handlers should send
//! from a job of their own, keyed so a repeat is harmless.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

use candor_store::{Job, JobState, NewJob, Tx};
use rand::RngExt;
use serde::Serialize;
use serde::de::DeserializeOwned;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::{App, AppError, now_ms};

/// How long a claimed job is a worker's before another may take it over.
/// Handlers should finish well within it.
pub const DEFAULT_LEASE_MS: i64 = 10 * 60 * 1000;
/// Jobs claimed per round of the server's worker.
const BATCH: i64 = 16;
/// How often an idle worker looks for due jobs.
const POLL: Duration = Duration::from_secs(1);
/// The longest wait between two attempts.
const MAX_BACKOFF_MS: i64 = 60 * 60 * 1000;

/// What a handler's run yields: the uncommitted transaction with its effects.
pub type JobFuture<'a> = Pin<Box<dyn Future<Output = Result<Tx, AppError>> + Send + 'a>>;

/// Runs the jobs of one kind.
///
/// `run` returns its transaction uncommitted; the worker completes the job in
/// it. A handler with no database effect returns a fresh `app.store().begin()`.
/// On SQLite the transaction holds the write lock, so open it after any slow
/// reading or computing, and never open a second one while holding it.
pub trait JobHandler: Send + Sync + 'static {
    fn kind(&self) -> &'static str;
    fn run<'a>(&'a self, app: &'a App, job: &'a Job) -> JobFuture<'a>;
}

/// The handlers a worker runs, by kind, and the lease it claims jobs for.
#[derive(Clone)]
pub struct Jobs {
    handlers: HashMap<&'static str, Arc<dyn JobHandler>>,
    lease_ms: i64,
}

impl Default for Jobs {
    fn default() -> Self {
        Self {
            handlers: HashMap::new(),
            lease_ms: DEFAULT_LEASE_MS,
        }
    }
}

impl Jobs {
    /// Adds a handler; a later one for the same kind replaces the earlier.
    pub fn register(mut self, handler: impl JobHandler) -> Self {
        self.handlers.insert(handler.kind(), Arc::new(handler));
        self
    }

    pub fn with_lease_ms(mut self, lease_ms: i64) -> Self {
        self.lease_ms = lease_ms.max(1);
        self
    }

    /// The kinds this registry runs, sorted.
    pub fn kinds(&self) -> Vec<&'static str> {
        let mut kinds: Vec<_> = self.handlers.keys().copied().collect();
        kinds.sort_unstable();
        kinds
    }
}

/// How one attempt of a job ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobOutcome {
    Done,
    /// Failed; queued again for this time.
    Retry {
        run_at: i64,
    },
    /// Failed on its last attempt; kept as `failed`.
    GaveUp,
    /// Another worker took the job over after this one's lease ran out; this
    /// attempt's effects were rolled back.
    Lost,
}

/// The wait before the next attempt after `attempts` tries: 2^attempts
/// seconds capped at an hour, of which `jitter` (0..1) takes up to half
/// away, so jobs that failed together do not all come back together.
pub fn backoff_ms(attempts: i64, jitter: f64) -> i64 {
    let exponent = u32::try_from(attempts.clamp(0, 30)).unwrap_or(30);
    let base = (1000_i64 << exponent).min(MAX_BACKOFF_MS);
    let jitter = if jitter.is_finite() {
        jitter.clamp(0.0, 1.0)
    } else {
        0.0
    };
    base - (base as f64 * jitter / 2.0) as i64
}

/// Reads a job's JSON payload. The error names neither the payload nor its
/// values: payloads may hold addresses or tokens.
pub fn job_payload<T: DeserializeOwned>(job: &Job) -> Result<T, AppError> {
    serde_json::from_str(&job.payload).map_err(|e| {
        AppError::Internal(format!(
            "the payload of a {} job does not fit ({:?} error at line {} column {})",
            job.kind,
            e.classify(),
            e.line(),
            e.column()
        ))
    })
}

/// A process-unique worker name for `locked_by`.
pub fn new_worker_id() -> String {
    format!("{}-{}", std::process::id(), uuid::Uuid::now_v7().simple())
}

/// Aborts the job's task when the worker stops awaiting it, so a cancelled
/// worker does not leave a handler running (and, on SQLite, holding the lock).
struct AbortOnDrop<T>(JoinHandle<T>);

impl<T> Drop for AbortOnDrop<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

impl App {
    /// Enqueues a job of `kind` due now; false when `unique_key` is taken.
    pub async fn enqueue<T: Serialize + ?Sized>(
        &self,
        kind: &str,
        payload: &T,
        unique_key: Option<&str>,
    ) -> Result<bool, AppError> {
        let payload = serde_json::to_string(payload)
            .map_err(|e| AppError::Internal(format!("job payload: {e}")))?;
        let mut job = NewJob::new(kind, payload, now_ms());
        job.unique_key = unique_key.map(str::to_string);
        self.enqueue_job(&job).await
    }

    /// Enqueues `job` in a transaction of its own.
    pub async fn enqueue_job(&self, job: &NewJob) -> Result<bool, AppError> {
        let mut tx = self.store().begin().await?;
        let inserted = tx.enqueue_job(job, now_ms()).await?;
        tx.commit().await?;
        Ok(inserted)
    }

    /// Claims up to `limit` due jobs of the registered kinds and runs them one
    /// after another. Returns how many were claimed.
    pub async fn run_jobs_once(
        &self,
        jobs: &Jobs,
        worker_id: &str,
        limit: i64,
    ) -> Result<usize, AppError> {
        self.run_jobs_at(jobs, worker_id, now_ms(), limit).await
    }

    /// [`App::run_jobs_once`] as if it were `now` (tests move the clock).
    pub async fn run_jobs_at(
        &self,
        jobs: &Jobs,
        worker_id: &str,
        now: i64,
        limit: i64,
    ) -> Result<usize, AppError> {
        self.run_batch(jobs, worker_id, now, limit, None).await
    }

    /// Claims and runs one batch. Only registered kinds are claimed, so a
    /// server of an older version leaves newer kinds to servers that know
    /// them. Once `stop` is set, the jobs not yet started are handed back.
    async fn run_batch(
        &self,
        jobs: &Jobs,
        worker_id: &str,
        now: i64,
        limit: i64,
        stop: Option<&watch::Receiver<bool>>,
    ) -> Result<usize, AppError> {
        let kinds = jobs.kinds();
        let claimed = self
            .store()
            .claim_jobs(worker_id, now, jobs.lease_ms, limit, Some(&kinds[..]))
            .await?;
        let count = claimed.len();
        let started = Instant::now();
        for job in claimed {
            if stop.is_some_and(|stop| *stop.borrow()) {
                self.store().release_job(&job.id, worker_id).await?;
                continue;
            }
            // Later jobs of the batch finish at the real time, not the claim's.
            let elapsed = i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX);
            self.run_job(jobs, &job, worker_id, now.saturating_add(elapsed))
                .await?;
        }
        Ok(count)
    }

    /// Runs one job claimed by `worker_id`: done in the handler's own
    /// transaction, or failed with backoff. A job of a kind without a handler
    /// and a handler that panics count as failed attempts.
    pub async fn run_job(
        &self,
        jobs: &Jobs,
        job: &Job,
        worker_id: &str,
        now: i64,
    ) -> Result<JobOutcome, AppError> {
        let Some(handler) = jobs.handlers.get(job.kind.as_str()).cloned() else {
            let error = format!("no handler for job kind {:?} on this worker", job.kind);
            return self.record_failure(job, worker_id, &error, now).await;
        };
        let started = Instant::now();
        let (app, owned) = (self.clone(), job.clone());
        // Its own task, so a panicking handler fails its job, not the worker.
        let mut task = AbortOnDrop(tokio::spawn(async move { handler.run(&app, &owned).await }));
        let result = match (&mut task.0).await {
            Ok(result) => result,
            Err(join) if join.is_panic() => Err(AppError::Internal("the handler panicked".into())),
            Err(join) => Err(AppError::Internal(format!("the handler task: {join}"))),
        };
        let elapsed = i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX);
        let now = now.saturating_add(elapsed);
        match result {
            Ok(tx) => self.complete(tx, job, worker_id, now).await,
            Err(error) => {
                self.record_failure(job, worker_id, &error.to_string(), now)
                    .await
            }
        }
    }

    /// Marks the job done in the handler's transaction and commits both.
    async fn complete(
        &self,
        mut tx: Tx,
        job: &Job,
        worker_id: &str,
        now: i64,
    ) -> Result<JobOutcome, AppError> {
        let error = match tx.complete_job(&job.id, worker_id, now).await {
            Ok(true) => match tx.commit().await {
                Ok(()) => return Ok(JobOutcome::Done),
                Err(error) => error,
            },
            Ok(false) => {
                // Dropping the transaction rolls this attempt's effects back.
                drop(tx);
                tracing::warn!(job = %job.id, kind = %job.kind, worker = worker_id,
                    "job was taken over by another worker; this attempt is rolled back");
                return Ok(JobOutcome::Lost);
            }
            Err(error) => {
                // Release the write lock (SQLite) before recording the failure.
                drop(tx);
                error
            }
        };
        self.record_failure(job, worker_id, &error.to_string(), now)
            .await
    }

    /// Queues the job again after a backoff, or gives it up. Logs the kind,
    /// id and error, never the payload.
    async fn record_failure(
        &self,
        job: &Job,
        worker_id: &str,
        error: &str,
        now: i64,
    ) -> Result<JobOutcome, AppError> {
        let jitter = rand::rng().random::<f64>();
        let run_at = now.saturating_add(backoff_ms(job.attempts, jitter));
        let state = self
            .store()
            .fail_job(&job.id, worker_id, error, run_at, now)
            .await?;
        let (id, kind, attempt) = (&job.id, &job.kind, job.attempts);
        Ok(match state {
            Some(JobState::Failed) => {
                tracing::error!(job = %id, %kind, attempt, %error, "job failed for the last time; giving up");
                JobOutcome::GaveUp
            }
            Some(_) => {
                tracing::warn!(job = %id, %kind, attempt, %error, retry_at = run_at, "job failed; will retry");
                JobOutcome::Retry { run_at }
            }
            None => {
                tracing::warn!(job = %id, %kind, attempt, %error, "job failed after another worker took it over");
                JobOutcome::Lost
            }
        })
    }

    /// Runs the queue in the background until `shutdown` turns true (or its
    /// sender is dropped): a round whenever the last one was full, else one a
    /// second. On shutdown the running job finishes and the claimed ones not
    /// yet started go back to the queue.
    pub fn spawn_job_worker(&self, jobs: Jobs, shutdown: watch::Receiver<bool>) -> JoinHandle<()> {
        let app = self.clone();
        tokio::spawn(async move { app.work(jobs, shutdown).await })
    }

    async fn work(&self, jobs: Jobs, mut shutdown: watch::Receiver<bool>) {
        let worker_id = new_worker_id();
        tracing::info!(worker = %worker_id, kinds = ?jobs.kinds(), "job worker started");
        while !*shutdown.borrow() {
            let full = match self
                .run_batch(&jobs, &worker_id, now_ms(), BATCH, Some(&shutdown))
                .await
            {
                Ok(count) => count as i64 >= BATCH,
                Err(error) => {
                    tracing::warn!(%error, "job worker round failed; retrying");
                    false
                }
            };
            if full {
                continue;
            }
            tokio::select! {
                _ = tokio::time::sleep(POLL) => {}
                changed = shutdown.changed() => if changed.is_err() { break },
            }
        }
        tracing::info!(worker = %worker_id, "job worker stopped");
    }
}

#[cfg(test)]
mod tests {
    use super::{MAX_BACKOFF_MS, backoff_ms};

    #[test]
    fn backoff_doubles_with_jitter_and_stops_at_an_hour() {
        assert_eq!(backoff_ms(1, 0.0), 2_000);
        assert_eq!(backoff_ms(3, 0.0), 8_000);
        assert_eq!(backoff_ms(3, 1.0), 4_000);
        assert_eq!(backoff_ms(20, 0.0), MAX_BACKOFF_MS);
        assert_eq!(backoff_ms(1_000, 0.5), MAX_BACKOFF_MS * 3 / 4);
        assert_eq!(backoff_ms(-4, f64::NAN), 1_000);
    }
}
