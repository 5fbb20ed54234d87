//! Appends encoded import batches to the import queue, each with the job
//! that will store it, in one transaction per batch; what the business has
//! stored already is left out.
//!
//! - SQLite: one statement unpacks the batch's JSON (`jsonb_each`, whose
//!   rows `->>` reads without parsing again).
//! - PostgreSQL: `COPY` on a connection of the writer's own, into a queue
//!   whose only index is a BRIN, is what keeps a deferred import near a raw
//!   load (parsing JSON in the server cost as much as the insert). Batches
//!   commit without waiting for the disk (`synchronous_commit = off`);
//!   [`QueueWriter::finish`] waits for all of them at once. A server crash
//!   before that loses at most the last batches, which a re-run queues
//!   again.

use std::collections::HashSet;

use sqlx::postgres::PgConnection;
use sqlx::{AssertSqlSafe, Connection};

use crate::import_queue::{COPY_COLUMNS, Encoded, ROW_COLUMNS};
use crate::jobs::ENQUEUE_JOB;
use crate::{NewJob, QueueBatch, Store, StoreError, new_id};

/// Writes one import run's batches to the queue.
pub struct QueueWriter {
    store: Store,
    /// PostgreSQL: the connection `COPY` runs on.
    postgres: Option<PgConnection>,
    /// Whether the business had reviews from the source when the run
    /// began. If not, PostgreSQL skips looking each batch up: what is
    /// stored meanwhile (by a concurrent run) is left out by the job that
    /// stores the batch.
    any_stored: bool,
}

impl Store {
    /// A writer for one import run's batches into `business_id`'s queue
    /// from `source`.
    pub async fn queue_writer(
        &self,
        business_id: &str,
        source: &str,
    ) -> Result<QueueWriter, StoreError> {
        let postgres = match self.postgres_url() {
            Some(url) => Some(PgConnection::connect(url).await?),
            None => None,
        };
        let (stored,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM (SELECT 1 FROM reviews WHERE business_id = $1 \
             AND source = $2 LIMIT 1) AS any_stored",
        )
        .bind(business_id)
        .bind(source)
        .fetch_one(self.pool())
        .await?;
        Ok(QueueWriter {
            store: self.clone(),
            postgres,
            any_stored: stored > 0,
        })
    }
}

impl QueueWriter {
    /// Appends `batch` (leaving out the rows whose external id the business
    /// has stored from the batch's source) and, if any row went in, `job`;
    /// returns how many rows went in.
    pub async fn append(
        &mut self,
        batch: &QueueBatch,
        job: &NewJob,
        now: i64,
    ) -> Result<u64, StoreError> {
        if batch.is_empty() {
            return Ok(0);
        }
        match (&mut self.postgres, &batch.encoded) {
            (None, Encoded::Json(json)) => append_json(&self.store, batch, json, job, now).await,
            (Some(conn), Encoded::Copy { text, ends }) => {
                let copy = CopyBatch {
                    batch,
                    text,
                    ends,
                    look_up: self.any_stored,
                };
                append_copy(conn, copy, job, now).await
            }
            _ => Err(StoreError::Corrupt(
                "an import batch encoded for the other database".into(),
            )),
        }
    }

    /// Returns once every batch appended is on disk.
    pub async fn finish(self) -> Result<(), StoreError> {
        if let Some(mut conn) = self.postgres {
            // Committing a transaction that took an id, with the default
            // synchronous commit, flushes the log up to it, and with it
            // every earlier commit.
            let mut tx = conn.begin().await?;
            sqlx::query("SELECT txid_current()")
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            conn.close().await?;
        }
        Ok(())
    }
}

async fn append_json(
    store: &Store,
    batch: &QueueBatch,
    json: &str,
    job: &NewJob,
    now: i64,
) -> Result<u64, StoreError> {
    let sql = format!(
        "INSERT INTO import_queue (batch_id, business_id, source, {}, queued_at) \
         SELECT $2, $3, $4, {}, $5 FROM jsonb_each($1) AS v \
         WHERE NOT EXISTS (SELECT 1 FROM reviews r WHERE r.business_id = $3 \
         AND r.source = $4 AND r.external_id = v.value ->> 0)",
        ROW_COLUMNS.join(", "),
        picks()
    );
    let mut tx = store.begin().await?;
    let done = sqlx::query(AssertSqlSafe(sql))
        .bind(json)
        .bind(&batch.id)
        .bind(&batch.business_id)
        .bind(&batch.source)
        .bind(now)
        .execute(tx.conn())
        .await?;
    let added = done.rows_affected();
    if added > 0 {
        tx.enqueue_job(job, now).await?;
    }
    tx.commit().await?;
    Ok(added)
}

/// `v.value ->> i` for each row column.
fn picks() -> String {
    (0..ROW_COLUMNS.len())
        .map(|i| format!("v.value ->> {i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A batch encoded for `COPY`, and whether to look its ids up in `reviews`.
struct CopyBatch<'a> {
    batch: &'a QueueBatch,
    text: &'a str,
    ends: &'a [usize],
    look_up: bool,
}

async fn append_copy(
    conn: &mut PgConnection,
    copy: CopyBatch<'_>,
    job: &NewJob,
    now: i64,
) -> Result<u64, StoreError> {
    let batch = copy.batch;
    let mut tx = conn.begin().await?;
    sqlx::query("SET LOCAL synchronous_commit = off")
        .execute(&mut *tx)
        .await?;
    let mut stored = HashSet::new();
    if copy.look_up {
        let found: Vec<(String,)> = sqlx::query_as(
            "SELECT external_id FROM reviews WHERE business_id = $1 AND source = $2 \
             AND external_id = ANY($3)",
        )
        .bind(&batch.business_id)
        .bind(&batch.source)
        .bind(&batch.external_ids)
        .fetch_all(&mut *tx)
        .await?;
        stored.extend(found.into_iter().map(|(id,)| id));
    }
    let lines = lines_not_stored(batch, copy.text, copy.ends, &stored);
    if lines.is_empty() {
        return Ok(0);
    }
    let statement = format!("COPY import_queue ({COPY_COLUMNS}) FROM STDIN");
    let mut copy_in = tx.copy_in_raw(&statement).await?;
    copy_in.send(lines.as_bytes()).await?;
    let added = copy_in.finish().await?;
    sqlx::query(ENQUEUE_JOB)
        .bind(new_id())
        .bind(&job.kind)
        .bind(&job.payload)
        .bind(job.unique_key.as_deref())
        .bind(job.run_at)
        .bind(job.max_attempts.max(1))
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(added)
}

/// The batch's `COPY` lines but those of `stored` external ids.
fn lines_not_stored<'a>(
    batch: &QueueBatch,
    text: &'a str,
    ends: &[usize],
    stored: &HashSet<String>,
) -> std::borrow::Cow<'a, str> {
    if stored.is_empty() {
        return text.into();
    }
    let mut kept = String::with_capacity(text.len());
    let mut start = 0;
    for (id, &end) in batch.external_ids.iter().zip(ends) {
        if !stored.contains(id) {
            kept.push_str(&text[start..end]);
        }
        start = end;
    }
    kept.into()
}
