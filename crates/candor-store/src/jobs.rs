//! The background job queue (table `jobs`, migration 0012).
//!
//! A worker claims due jobs for a lease; claiming counts an attempt. The
//! handler writes its effects in a [`Tx`] and marks the job done with
//! [`Tx::complete_job`] in that same transaction, which succeeds only while
//! the worker still holds the job. So a worker that dies before committing
//! leaves no effect and, once its lease has run out, the job is claimed
//! again; a worker whose job was taken over cannot complete it a second time.
//! On PostgreSQL concurrent claimers skip each other's rows
//! (`FOR UPDATE SKIP LOCKED`); on SQLite the store's write lock serialises
//! them.

use sqlx::Row;
use sqlx::any::AnyRow;

use crate::rows::new_id;
use crate::sql::SqlBuilder;
use crate::{Backend, Store, StoreError, Tx};

/// The longest `last_error` kept, in characters.
const MAX_ERROR_CHARS: usize = 2_000;

/// Queues a job: id, kind, payload, unique key, run at, max attempts, now.
pub(crate) const ENQUEUE_JOB: &str = "INSERT INTO jobs (id, kind, payload, unique_key, state, \
     run_at, attempts, max_attempts, created_at) VALUES ($1, $2, $3, $4, 'queued', $5, 0, $6, $7) \
     ON CONFLICT (unique_key) DO NOTHING";

const JOB_COLUMNS: &str = "id, kind, payload, unique_key, state, run_at, attempts, \
     max_attempts, locked_by, locked_until, last_error, created_at, finished_at";

/// Where a job is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JobState {
    Queued,
    Running,
    Done,
    /// Given up after `max_attempts`.
    Failed,
}

impl JobState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Queued => "queued",
            Self::Running => "running",
            Self::Done => "done",
            Self::Failed => "failed",
        }
    }

    fn parse(raw: &str) -> Result<Self, StoreError> {
        match raw {
            "queued" => Ok(Self::Queued),
            "running" => Ok(Self::Running),
            "done" => Ok(Self::Done),
            "failed" => Ok(Self::Failed),
            other => Err(StoreError::Corrupt(format!("job state {other:?}"))),
        }
    }
}

/// A job to enqueue. `payload` is JSON text.
#[derive(Debug, Clone, PartialEq)]
pub struct NewJob {
    pub kind: String,
    pub payload: String,
    /// A second job with the same key is not enqueued while this one exists.
    pub unique_key: Option<String>,
    /// Not run before this time (Unix ms).
    pub run_at: i64,
    pub max_attempts: i64,
}

impl NewJob {
    /// Eight attempts: the seven waits between them (2 s doubling to 128 s,
    /// less jitter) add up to at most about four minutes.
    pub const DEFAULT_MAX_ATTEMPTS: i64 = 8;

    pub fn new(kind: impl Into<String>, payload: impl Into<String>, run_at: i64) -> Self {
        Self {
            kind: kind.into(),
            payload: payload.into(),
            unique_key: None,
            run_at,
            max_attempts: Self::DEFAULT_MAX_ATTEMPTS,
        }
    }

    pub fn unique(mut self, key: impl Into<String>) -> Self {
        self.unique_key = Some(key.into());
        self
    }

    pub fn max_attempts(mut self, attempts: i64) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }
}

/// A job as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    pub id: String,
    pub kind: String,
    pub payload: String,
    pub unique_key: Option<String>,
    pub state: JobState,
    pub run_at: i64,
    /// Claims so far, including the current one while running.
    pub attempts: i64,
    pub max_attempts: i64,
    pub locked_by: Option<String>,
    pub locked_until: Option<i64>,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub finished_at: Option<i64>,
}

/// How many jobs are in each state, for monitoring.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct JobCounts {
    pub queued: i64,
    pub running: i64,
    pub done: i64,
    pub failed: i64,
}

fn job_from(row: &AnyRow) -> Result<Job, StoreError> {
    Ok(Job {
        id: row.try_get("id")?,
        kind: row.try_get("kind")?,
        payload: row.try_get("payload")?,
        unique_key: row.try_get("unique_key")?,
        state: JobState::parse(&row.try_get::<String, _>("state")?)?,
        run_at: row.try_get("run_at")?,
        attempts: row.try_get("attempts")?,
        max_attempts: row.try_get("max_attempts")?,
        locked_by: row.try_get("locked_by")?,
        locked_until: row.try_get("locked_until")?,
        last_error: row.try_get("last_error")?,
        created_at: row.try_get("created_at")?,
        finished_at: row.try_get("finished_at")?,
    })
}

fn truncate(text: &str, max_chars: usize) -> &str {
    match text.char_indices().nth(max_chars) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

impl Tx {
    /// Enqueues a job; false when one with the same `unique_key` exists.
    /// Enqueueing in a use case's own transaction makes the job exist exactly
    /// when the use case's rows do.
    pub async fn enqueue_job(&mut self, job: &NewJob, now: i64) -> Result<bool, StoreError> {
        let done = sqlx::query(ENQUEUE_JOB)
            .bind(new_id())
            .bind(&job.kind)
            .bind(&job.payload)
            .bind(job.unique_key.as_deref())
            .bind(job.run_at)
            .bind(job.max_attempts.max(1))
            .bind(now)
            .execute(self.conn())
            .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Marks a job done if `worker_id` still holds it; false when the lease
    /// was taken over (or the job already finished). Call it in the
    /// transaction holding the job's effects and roll back on false, so the
    /// effects are applied by exactly one worker.
    pub async fn complete_job(
        &mut self,
        id: &str,
        worker_id: &str,
        now: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE jobs SET state = 'done', finished_at = $1, locked_by = NULL, \
             locked_until = NULL, last_error = NULL \
             WHERE id = $2 AND locked_by = $3 AND state = 'running'",
        )
        .bind(now)
        .bind(id)
        .bind(worker_id)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Gives up the running jobs whose lease ran out on their last attempt:
    /// a job that keeps killing its worker must not be claimed forever.
    async fn give_up_expired(&mut self, now: i64, skip_locked: bool) -> Result<(), StoreError> {
        let mut sql = SqlBuilder::new(
            "UPDATE jobs SET state = 'failed', locked_by = NULL, locked_until = NULL, \
             last_error = 'the worker stopped during the last attempt', finished_at = ",
        );
        sql.bind(now)
            .push(
                " WHERE id IN (SELECT id FROM jobs WHERE state = 'running' \
                 AND attempts >= max_attempts AND locked_until < ",
            )
            .bind(now);
        sql.push(if skip_locked {
            " FOR UPDATE SKIP LOCKED)"
        } else {
            ")"
        });
        let (text, args) = sql.finish()?;
        sqlx::query_with(sqlx::AssertSqlSafe(text), args)
            .execute(self.conn())
            .await?;
        Ok(())
    }
}

/// What [`Store::claim_jobs`] asks for.
struct ClaimQuery<'a> {
    worker_id: &'a str,
    now: i64,
    lease_ms: i64,
    limit: i64,
    kinds: Option<&'a [&'a str]>,
    skip_locked: bool,
}

impl ClaimQuery<'_> {
    /// Due queued jobs and running ones whose lease ran out, oldest due
    /// first; each claimed for `lease_ms` with one more attempt counted.
    fn build(&self) -> SqlBuilder {
        let mut sql = SqlBuilder::new("UPDATE jobs SET state = 'running', locked_by = ");
        sql.bind(self.worker_id.to_string())
            .push(", locked_until = ")
            .bind(self.now.saturating_add(self.lease_ms))
            .push(
                ", attempts = attempts + 1 WHERE id IN (SELECT id FROM jobs \
                 WHERE ((state = 'queued' AND run_at <= ",
            )
            .bind(self.now)
            .push(
                ") OR (state = 'running' AND attempts < max_attempts \
                 AND locked_until < ",
            )
            .bind(self.now)
            .push("))");
        if let Some(kinds) = self.kinds {
            let kinds: Vec<String> = kinds.iter().map(|k| k.to_string()).collect();
            sql.push(" AND kind IN ").bind_list(&kinds);
        }
        sql.push(" ORDER BY run_at, id LIMIT ").bind(self.limit);
        if self.skip_locked {
            // Rows another claimer is taking are skipped, not waited for.
            sql.push(" FOR UPDATE SKIP LOCKED");
        }
        sql.push(") RETURNING ").push(JOB_COLUMNS);
        sql
    }
}

impl Store {
    /// Claims up to `limit` due jobs (of `kinds`, or any) for `worker_id`
    /// until `now + lease_ms`. The jobs come back in run_at order.
    pub async fn claim_jobs(
        &self,
        worker_id: &str,
        now: i64,
        lease_ms: i64,
        limit: i64,
        kinds: Option<&[&str]>,
    ) -> Result<Vec<Job>, StoreError> {
        if limit <= 0 || kinds.is_some_and(|k| k.is_empty()) {
            return Ok(Vec::new());
        }
        let skip_locked = self.backend() == Backend::Postgres;
        let query = ClaimQuery {
            worker_id,
            now,
            lease_ms,
            limit,
            kinds,
            skip_locked,
        };
        let (text, args) = query.build().finish()?;
        // On SQLite `begin` takes the write lock, so claims never overlap.
        let mut tx = self.begin().await?;
        tx.give_up_expired(now, skip_locked).await?;
        let rows = sqlx::query_with(sqlx::AssertSqlSafe(text), args)
            .fetch_all(tx.conn())
            .await?;
        tx.commit().await?;
        let mut jobs = rows.iter().map(job_from).collect::<Result<Vec<_>, _>>()?;
        // RETURNING promises no order.
        jobs.sort_by(|a, b| (a.run_at, &a.id).cmp(&(b.run_at, &b.id)));
        Ok(jobs)
    }

    /// Records a failed attempt by `worker_id`: the job is queued again at
    /// `next_run_at`, or given up (`failed`) once its attempts are spent.
    /// Returns the new state, or None when the worker no longer held it.
    pub async fn fail_job(
        &self,
        id: &str,
        worker_id: &str,
        error: &str,
        next_run_at: i64,
        now: i64,
    ) -> Result<Option<JobState>, StoreError> {
        let mut tx = self.begin().await?;
        let state: Option<String> = sqlx::query_scalar(
            "UPDATE jobs SET \
             state = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END, \
             finished_at = CASE WHEN attempts >= max_attempts THEN $1 ELSE NULL END, \
             run_at = $2, last_error = $3, locked_by = NULL, locked_until = NULL \
             WHERE id = $4 AND locked_by = $5 AND state = 'running' RETURNING state",
        )
        .bind(now)
        .bind(next_run_at)
        .bind(truncate(error, MAX_ERROR_CHARS))
        .bind(id)
        .bind(worker_id)
        .fetch_optional(tx.conn())
        .await?;
        tx.commit().await?;
        state.as_deref().map(JobState::parse).transpose()
    }

    /// Hands a claimed job that was never started back to the queue without
    /// counting the attempt (a worker shutting down). False if not held.
    pub async fn release_job(&self, id: &str, worker_id: &str) -> Result<bool, StoreError> {
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE jobs SET state = 'queued', attempts = attempts - 1, locked_by = NULL, \
             locked_until = NULL WHERE id = $1 AND locked_by = $2 AND state = 'running'",
        )
        .bind(id)
        .bind(worker_id)
        .execute(tx.conn())
        .await?;
        tx.commit().await?;
        Ok(done.rows_affected() > 0)
    }

    pub async fn job(&self, id: &str) -> Result<Option<Job>, StoreError> {
        let sql = format!("SELECT {JOB_COLUMNS} FROM jobs WHERE id = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(job_from).transpose()
    }

    /// Every job of a kind, oldest first.
    pub async fn jobs_by_kind(&self, kind: &str) -> Result<Vec<Job>, StoreError> {
        let sql = format!("SELECT {JOB_COLUMNS} FROM jobs WHERE kind = $1 ORDER BY created_at, id");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(kind)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(job_from).collect()
    }

    /// How many jobs are in each state.
    pub async fn job_counts(&self) -> Result<JobCounts, StoreError> {
        let rows: Vec<(String, i64)> =
            sqlx::query_as("SELECT state, CAST(COUNT(*) AS BIGINT) AS n FROM jobs GROUP BY state")
                .fetch_all(self.pool())
                .await?;
        let mut counts = JobCounts::default();
        for (state, n) in rows {
            match JobState::parse(&state)? {
                JobState::Queued => counts.queued = n,
                JobState::Running => counts.running = n,
                JobState::Done => counts.done = n,
                JobState::Failed => counts.failed = n,
            }
        }
        Ok(counts)
    }
}

#[cfg(test)]
mod tests {
    use super::truncate;

    #[test]
    fn truncation_keeps_whole_characters() {
        assert_eq!(truncate("søren", 2), "sø");
        assert_eq!(truncate("abc", 10), "abc");
    }
}
