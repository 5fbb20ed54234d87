//! The queue of imported reviews waiting for their deferred screening and
//! analysis (`import_queue`). An import with deferred analysis only appends
//! here, with one unique key to check, which is what lets it run at the
//! speed of a raw load; the `import.materialize` job later stores each as a
//! review (with its indexes, revision, screening and analysis) and deletes
//! it from here in the same transaction.

use sqlx::{AssertSqlSafe, Row};

use crate::{ErasePolicy, Store, StoreError, Tx};

/// A review read from an import file, waiting to be screened, analysed and
/// stored.
#[derive(Debug, Clone, PartialEq)]
pub struct QueuedImport {
    pub business_id: String,
    pub source: String,
    pub external_id: String,
    pub rating: i64,
    pub title: String,
    pub body: String,
    pub author_name: String,
    pub author_email: String,
    pub language: Option<String>,
    pub experienced_on: Option<String>,
    /// When it was written (Unix ms).
    pub written_at: i64,
    /// The business's reply in the file, and when it was posted.
    pub reply: Option<(String, i64)>,
    /// Set when the reviewer asked to be erased while the review waited.
    pub erase_policy: Option<ErasePolicy>,
}

/// The columns a batch's rows fill, in the order [`QueueBatch::encode`]
/// writes them.
const ROW_COLUMNS: [&str; 12] = [
    "external_id",
    "rating",
    "title",
    "body",
    "author_name",
    "author_email",
    "language",
    "experienced_on",
    "written_at",
    "reply_body",
    "reply_at",
    "erase_policy",
];

const COLUMNS: &str = "business_id, source, external_id, rating, title, body, author_name, \
     author_email, language, experienced_on, written_at, reply_body, reply_at, erase_policy";

/// A batch of reviews to queue, encoded for one statement: a JSON array of
/// one array per row. Encoding can be done off the task that writes.
#[derive(Debug, Clone)]
pub struct QueueBatch {
    json: String,
    len: usize,
}

/// A row's values in [`ROW_COLUMNS`] order.
type RowArray<'a> = (
    &'a str,
    i64,
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    Option<&'a str>,
    Option<&'a str>,
    i64,
    Option<&'a str>,
    Option<i64>,
    Option<&'static str>,
);

impl QueueBatch {
    /// Encodes `rows` (their business and source are given when queuing).
    pub fn encode(rows: &[QueuedImport]) -> Result<Self, StoreError> {
        let arrays: Vec<RowArray<'_>> = rows.iter().map(QueuedImport::as_array).collect();
        let json = serde_json::to_string(&arrays)
            .map_err(|e| StoreError::Corrupt(format!("queued imports as JSON: {e}")))?;
        Ok(Self {
            json,
            len: rows.len(),
        })
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl QueuedImport {
    fn as_array(&self) -> RowArray<'_> {
        (
            &self.external_id,
            self.rating,
            &self.title,
            &self.body,
            &self.author_name,
            &self.author_email,
            self.language.as_deref(),
            self.experienced_on.as_deref(),
            self.written_at,
            self.reply.as_ref().map(|(body, _)| body.as_str()),
            self.reply.as_ref().map(|(_, at)| *at),
            self.erase_policy.map(ErasePolicy::as_str),
        )
    }
}

impl Tx {
    /// Appends `batch` to the queue of `business_id` under `batch_id`,
    /// leaving out the rows whose (source, external id) the business has
    /// stored or queued already, and repeats within the batch (the first
    /// one wins); returns how many were queued.
    ///
    /// One statement: the database unpacks the JSON (SQLite's `jsonb_each`
    /// hands each row over as JSONB, which `->>` reads without parsing
    /// again; PostgreSQL's `jsonb_array_elements`). Binding one text rather
    /// than a dozen values a row is what lets a deferred import run near a
    /// raw load.
    pub async fn queue_imports(
        &mut self,
        business_id: &str,
        source: &str,
        batch_id: &str,
        batch: &QueueBatch,
        now: i64,
    ) -> Result<u64, StoreError> {
        if batch.is_empty() {
            return Ok(0);
        }
        let rows = if self.is_sqlite() {
            "jsonb_each($1)"
        } else {
            "jsonb_array_elements(CAST($1 AS JSONB))"
        };
        let sql = format!(
            "INSERT INTO import_queue (batch_id, business_id, source, {}, queued_at) \
             SELECT $2, $3, $4, {}, $5 FROM {rows} AS v \
             WHERE NOT EXISTS (SELECT 1 FROM reviews r WHERE r.business_id = $3 \
             AND r.source = $4 AND r.external_id = v.value ->> 0) \
             ON CONFLICT (business_id, source, external_id) DO NOTHING",
            ROW_COLUMNS.join(", "),
            picks()
        );
        let done = sqlx::query(AssertSqlSafe(sql))
            .bind(batch.json.as_str())
            .bind(batch_id)
            .bind(business_id)
            .bind(source)
            .bind(now)
            .execute(self.conn())
            .await?;
        Ok(done.rows_affected())
    }

    /// Removes the batch `batch_id` from the queue; returns the external id
    /// and erasure mark of each row removed, so the caller can check that
    /// they are the rows it read (an erasure may have marked one since).
    pub async fn dequeue_batch(
        &mut self,
        batch_id: &str,
    ) -> Result<Vec<(String, Option<ErasePolicy>)>, StoreError> {
        let rows: Vec<(String, Option<String>)> = sqlx::query_as(
            "DELETE FROM import_queue WHERE batch_id = $1 RETURNING external_id, erase_policy",
        )
        .bind(batch_id)
        .fetch_all(self.conn())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, policy)| (id, policy.as_deref().and_then(ErasePolicy::parse)))
            .collect())
    }

    /// Takes what identifies the reviewer writing as `email` out of their
    /// queued reviews and marks them to be erased under `policy` as they
    /// are stored; returns how many.
    pub async fn erase_queued_imports(
        &mut self,
        email: &str,
        policy: ErasePolicy,
        erased_email: &str,
    ) -> Result<u64, StoreError> {
        let done = sqlx::query(
            "UPDATE import_queue SET author_name = $1, author_email = $2, erase_policy = $3 \
             WHERE author_email = $4",
        )
        .bind(crate::ERASED_NAME)
        .bind(erased_email)
        .bind(policy.as_str())
        .bind(email)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected())
    }
}

/// `v.value ->> i` for each row column, typed (PostgreSQL's `->>` gives
/// text only).
fn picks() -> String {
    ROW_COLUMNS
        .iter()
        .enumerate()
        .map(|(i, column)| match *column {
            "rating" | "written_at" | "reply_at" => format!("CAST(v.value ->> {i} AS BIGINT)"),
            _ => format!("v.value ->> {i}"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

impl Store {
    /// The reviews queued under `batch_id` (those stored meanwhile are
    /// gone from the queue).
    pub async fn queued_batch(&self, batch_id: &str) -> Result<Vec<QueuedImport>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM import_queue WHERE batch_id = $1");
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(batch_id)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(queued_from).collect()
    }

    /// The queued reviews written as `email`, across the instance. Scans
    /// the queue: it has no index by e-mail (see the migration).
    pub async fn queued_imports_by_email(
        &self,
        email: &str,
    ) -> Result<Vec<QueuedImport>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM import_queue WHERE author_email = $1 \
             ORDER BY written_at, external_id"
        );
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(email)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(queued_from).collect()
    }

    /// How many reviews of the business wait in the queue.
    pub async fn queued_import_count(&self, business_id: &str) -> Result<i64, StoreError> {
        let (count,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM import_queue WHERE business_id = $1")
                .bind(business_id)
                .fetch_one(self.pool())
                .await?;
        Ok(count)
    }
}

fn queued_from(row: &sqlx::any::AnyRow) -> Result<QueuedImport, StoreError> {
    let reply_body: Option<String> = row.try_get("reply_body")?;
    let reply_at: Option<i64> = row.try_get("reply_at")?;
    let erase_policy: Option<String> = row.try_get("erase_policy")?;
    Ok(QueuedImport {
        business_id: row.try_get("business_id")?,
        source: row.try_get("source")?,
        external_id: row.try_get("external_id")?,
        rating: row.try_get("rating")?,
        title: row.try_get("title")?,
        body: row.try_get("body")?,
        author_name: row.try_get("author_name")?,
        author_email: row.try_get("author_email")?,
        language: row.try_get("language")?,
        experienced_on: row.try_get("experienced_on")?,
        written_at: row.try_get("written_at")?,
        reply: reply_body.zip(reply_at),
        erase_policy: erase_policy.as_deref().and_then(ErasePolicy::parse),
    })
}
