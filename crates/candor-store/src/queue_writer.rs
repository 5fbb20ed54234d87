//! Appends batches to the import queue with the job that stores each, in
//! one transaction. On SQLite through the pool (one JSON statement, see
//! `Tx::queue_imports`); on PostgreSQL over a connection of its own with
//! `COPY`, which parses rows several times faster than JSON: the ids the
//! business has already (stored or queued) are read first in the same
//! transaction, and repeats within the batch are dropped, so `COPY` only
//! meets new keys. Two imports of one file at once can still collide: the
//! later batch then fails on the unique key, and running it again skips
//! what is there.

use std::collections::HashSet;

use sqlx::{Connection, PgConnection};

use crate::import_queue::QueuedImport;
use crate::jobs::ENQUEUE_JOB;
use crate::{Backend, NewJob, QueueBatch, Store, StoreError, new_id};

/// The columns a queue `COPY` fills, in the order [`csv_fields`] and
/// [`QueueWriter::append`] write them.
const COPY_COLUMNS: &str = "batch_id, business_id, source, external_id, rating, title, body, \
     author_name, author_email, language, experienced_on, written_at, reply_body, reply_at, \
     erase_policy, queued_at";

/// Writes an import's batches to the queue (see the module).
pub struct QueueWriter {
    postgres: Option<PgConnection>,
}

impl Store {
    /// A writer for one import: on PostgreSQL it holds its own connection.
    pub async fn queue_writer(&self) -> Result<QueueWriter, StoreError> {
        let postgres = match self.backend() {
            Backend::Sqlite => None,
            Backend::Postgres => Some(PgConnection::connect(&self.url).await?),
        };
        Ok(QueueWriter { postgres })
    }
}

impl QueueWriter {
    /// Queues what is new in `batch` under `batch_id` and, if anything was,
    /// `job`, in one transaction; returns how many rows were queued.
    #[allow(clippy::too_many_arguments)]
    pub async fn append(
        &mut self,
        store: &Store,
        business_id: &str,
        source: &str,
        batch_id: &str,
        batch: &QueueBatch,
        job: &NewJob,
        now: i64,
    ) -> Result<u64, StoreError> {
        let Some(conn) = self.postgres.as_mut() else {
            let mut tx = store.begin().await?;
            let added = tx
                .queue_imports(business_id, source, batch_id, batch, now)
                .await?;
            if added > 0 {
                tx.enqueue_job(job, now).await?;
            }
            tx.commit().await?;
            return Ok(added);
        };
        let mut tx = conn.begin().await?;
        let ids: Vec<String> = batch.lines.iter().map(|(id, _)| id.clone()).collect();
        let existing: Vec<(String,)> = sqlx::query_as(
            "SELECT external_id FROM reviews WHERE business_id = $1 AND source = $2 \
             AND external_id = ANY($3) UNION ALL SELECT external_id FROM import_queue \
             WHERE business_id = $1 AND source = $2 AND external_id = ANY($3)",
        )
        .bind(business_id)
        .bind(source)
        .bind(&ids)
        .fetch_all(&mut *tx)
        .await?;
        let mut seen: HashSet<&str> = existing.iter().map(|(id,)| id.as_str()).collect();
        let prefix = format!(
            "{},{},{},",
            quoted(batch_id),
            quoted(business_id),
            quoted(source)
        );
        let suffix = format!(",{now}\n");
        let mut data = String::new();
        let mut added = 0u64;
        for (id, fields) in &batch.lines {
            if seen.insert(id.as_str()) {
                data.push_str(&prefix);
                data.push_str(fields);
                data.push_str(&suffix);
                added += 1;
            }
        }
        if added > 0 {
            let statement =
                format!("COPY import_queue ({COPY_COLUMNS}) FROM STDIN WITH (FORMAT csv)");
            let mut copy = tx.copy_in_raw(&statement).await?;
            copy.send(data.into_bytes()).await?;
            copy.finish().await?;
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
        }
        tx.commit().await?;
        Ok(added)
    }
}

/// One row's fields from `external_id` to `erase_policy`, as CSV: texts
/// quoted (an empty one is then an empty text), NULL as nothing.
pub(crate) fn csv_fields(row: &QueuedImport) -> String {
    let optional = |value: Option<&str>| value.map(quoted).unwrap_or_default();
    let number = |value: Option<i64>| value.map(|n| n.to_string()).unwrap_or_default();
    [
        quoted(&row.external_id),
        row.rating.to_string(),
        quoted(&row.title),
        quoted(&row.body),
        quoted(&row.author_name),
        quoted(&row.author_email),
        optional(row.language.as_deref()),
        optional(row.experienced_on.as_deref()),
        row.written_at.to_string(),
        optional(row.reply.as_ref().map(|(body, _)| body.as_str())),
        number(row.reply.as_ref().map(|(_, at)| *at)),
        optional(row.erase_policy.map(crate::ErasePolicy::as_str)),
    ]
    .join(",")
}

/// `text` in double quotes, its own double quotes doubled.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_quoted_and_nulls_left_empty() {
        let row = QueuedImport {
            business_id: "b".into(),
            source: "s".into(),
            external_id: "id,1".into(),
            rating: 4,
            title: String::new(),
            body: "He said \"fine\",\nthen left.".into(),
            author_name: "Ann".into(),
            author_email: "a@x.invalid".into(),
            language: None,
            experienced_on: Some("2024-01-02".into()),
            written_at: 17,
            reply: None,
            erase_policy: None,
        };
        assert_eq!(
            csv_fields(&row),
            "\"id,1\",4,\"\",\"He said \"\"fine\"\",\nthen left.\",\"Ann\",\"a@x.invalid\",,\"2024-01-02\",17,,,"
        );
    }
}
