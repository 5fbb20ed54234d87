//! The queue of imported reviews waiting for their deferred screening and
//! analysis (`import_queue`). An import with deferred analysis only appends
//! here, with one unique key to check, which is what lets it run at the
//! speed of a raw load; the `import.materialize` job later stores each as a
//! review (with its indexes, revision, screening and analysis) and deletes
//! it from here in the same transaction.

use std::collections::HashSet;

use sqlx::{AssertSqlSafe, Row};

use crate::{Backend, ErasePolicy, Store, StoreError, Tx};

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
pub(crate) const ROW_COLUMNS: [&str; 12] = [
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

/// A batch of reviews to queue, encoded for the backend's bulk path, so
/// that encoding can be done off the task that writes. Repeats of an
/// external id within the batch are left out (the first one wins).
#[derive(Debug, Clone)]
pub struct QueueBatch {
    pub(crate) id: String,
    pub(crate) business_id: String,
    pub(crate) source: String,
    /// The external ids of the rows encoded, in order.
    pub(crate) external_ids: Vec<String>,
    /// Rows given, repeats included.
    offered: usize,
    pub(crate) encoded: Encoded,
}

#[derive(Debug, Clone)]
pub(crate) enum Encoded {
    /// SQLite: a JSON array of one array per row, in [`ROW_COLUMNS`] order.
    Json(String),
    /// PostgreSQL: `COPY` text, one line per row in [`COPY_COLUMNS`]
    /// order; row `i` ends at byte `ends[i]`.
    Copy { text: String, ends: Vec<usize> },
}

/// The columns of a `COPY` line.
pub(crate) const COPY_COLUMNS: &str = "batch_id, business_id, source, external_id, rating, title, \
     body, author_name, author_email, language, experienced_on, written_at, reply_body, reply_at, \
     erase_policy, queued_at";

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
    /// Encodes `rows` (all of `business_id`, from `source`) for `backend`
    /// as a new batch queued at `now`.
    pub fn encode(
        business_id: &str,
        source: &str,
        rows: &[QueuedImport],
        backend: Backend,
        now: i64,
    ) -> Result<Self, StoreError> {
        let offered = rows.len();
        let mut seen = HashSet::with_capacity(rows.len());
        let rows: Vec<&QueuedImport> = rows
            .iter()
            .filter(|row| seen.insert(row.external_id.as_str()))
            .collect();
        let id = crate::new_id();
        let encoded = match backend {
            Backend::Sqlite => {
                let arrays: Vec<RowArray<'_>> = rows.iter().map(|row| row.as_array()).collect();
                let json = serde_json::to_string(&arrays)
                    .map_err(|e| StoreError::Corrupt(format!("queued imports as JSON: {e}")))?;
                Encoded::Json(json)
            }
            Backend::Postgres => encode_copy([&id, business_id, source], &rows, now),
        };
        Ok(Self {
            id,
            business_id: business_id.to_string(),
            source: source.to_string(),
            external_ids: rows.iter().map(|row| row.external_id.clone()).collect(),
            offered,
            encoded,
        })
    }

    /// Rows encoded.
    pub fn len(&self) -> usize {
        self.external_ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.external_ids.is_empty()
    }

    /// Rows given to [`QueueBatch::encode`], repeats included.
    pub fn offered(&self) -> usize {
        self.offered
    }

    /// The id marking the batch's rows in the queue.
    pub fn id(&self) -> &str {
        &self.id
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

/// `COPY` text of `rows` (the format's escapes: backslash, tab, newline and
/// carriage return; `\N` for null).
/// `marks` are the batch id, business id and source every line starts with.
fn encode_copy(marks: [&str; 3], rows: &[&QueuedImport], now: i64) -> Encoded {
    let mut text = String::with_capacity(rows.len() * 512);
    let mut ends = Vec::with_capacity(rows.len());
    for row in rows {
        let (reply_body, reply_at) = match &row.reply {
            Some((body, at)) => (Some(body.as_str()), Some(*at)),
            None => (None, None),
        };
        for field in marks.into_iter().chain([row.external_id.as_str()]) {
            push_copy_field(&mut text, Some(field));
        }
        push_copy_number(&mut text, Some(row.rating));
        for field in [&row.title, &row.body, &row.author_name, &row.author_email] {
            push_copy_field(&mut text, Some(field));
        }
        push_copy_field(&mut text, row.language.as_deref());
        push_copy_field(&mut text, row.experienced_on.as_deref());
        push_copy_number(&mut text, Some(row.written_at));
        push_copy_field(&mut text, reply_body);
        push_copy_number(&mut text, reply_at);
        push_copy_field(&mut text, row.erase_policy.map(ErasePolicy::as_str));
        push_copy_number(&mut text, Some(now));
        // The last field's tab becomes the line's end.
        text.pop();
        text.push('\n');
        ends.push(text.len());
    }
    Encoded::Copy { text, ends }
}

fn push_copy_field(text: &mut String, value: Option<&str>) {
    match value {
        None => text.push_str("\\N"),
        Some(value) => {
            let mut rest = value;
            // Bytes, not chars: the four are ASCII, and so never part of a
            // longer UTF-8 sequence.
            while let Some(at) = rest
                .bytes()
                .position(|b| matches!(b, b'\\' | b'\t' | b'\n' | b'\r'))
            {
                text.push_str(&rest[..at]);
                text.push_str(match rest.as_bytes()[at] {
                    b'\\' => "\\\\",
                    b'\t' => "\\t",
                    b'\n' => "\\n",
                    _ => "\\r",
                });
                rest = &rest[at + 1..];
            }
            text.push_str(rest);
        }
    }
    text.push('\t');
}

fn push_copy_number(text: &mut String, value: Option<i64>) {
    use std::fmt::Write;
    match value {
        None => text.push_str("\\N"),
        // Writing to a String cannot fail.
        Some(n) => {
            let _ = write!(text, "{n}");
        }
    }
    text.push('\t');
}

impl Tx {
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
