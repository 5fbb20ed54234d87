//! Bulk writes for imports: many rows per statement, so that a batch of a
//! thousand reviews costs a handful of round trips instead of thousands.
//! Every call runs inside the caller's transaction: a batch is all or nothing.

use std::collections::HashSet;

use sqlx::AssertSqlSafe;

use crate::sql::SqlBuilder;
use crate::{ReviewAnalysis, ReviewScreening, Store, StoreError, Tx};

/// Placeholders per statement written with `$N`. Binding them costs the
/// square of their count on SQLite (each `$N` is looked up by name in a
/// list as long as the statement's placeholders: 20,000 of them made a
/// 1,000-row insert take a second); a couple of hundred measured best.
/// Multi-row inserts use `?` on SQLite instead (see [`INSERT_PARAMETERS`]).
pub(crate) const MAX_PARAMETERS: usize = 240;

/// Placeholders per multi-row insert: a few hundred rows a statement, below
/// SQLite's 32,766 and PostgreSQL's 65,535. SQLite gets `?` placeholders
/// there, which bind in linear time (unlike `$N`, see [`MAX_PARAMETERS`]).
const INSERT_PARAMETERS: usize = 8_000;

/// Changed rows below which statistics are not worth refreshing.
const STATISTICS_STALE_AFTER: i64 = 5_000;

/// External ids looked up per statement.
const EXISTING_PER_STATEMENT: usize = 1_000;

/// A review brought in from another platform, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedReview {
    pub id: String,
    pub business_id: String,
    pub rating: i64,
    pub title: String,
    pub body: String,
    pub author_name: String,
    pub author_email: String,
    pub language: Option<String>,
    pub experienced_on: Option<String>,
    /// `published` or `pending`.
    pub status: String,
    pub status_reason: Option<String>,
    pub source: String,
    pub external_id: String,
    pub edit_token_hash: String,
    pub created_at: i64,
    /// Its creation, or when the screening held or removed it.
    pub updated_at: i64,
    /// Whether a reply comes with it ([`Tx::insert_imported_replies`]).
    pub has_reply: bool,
}

/// The business's reply to a review brought in from another platform.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedReply {
    pub review_id: String,
    pub business_id: String,
    pub author_user_id: String,
    pub body: String,
    /// When it was posted (Unix ms).
    pub at: i64,
}

/// A change of a review's status, for its history.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusChange {
    pub review_id: String,
    pub business_id: String,
    pub from_status: String,
    pub to_status: String,
    pub reason: String,
    pub actor: String,
    pub at: i64,
}

/// Runs `INSERT INTO {head} VALUES (...), (...)` over `rows` in as few
/// statements as the parameter limit allows; `bind_row` binds one row's
/// `columns` values.
async fn insert_rows<T>(
    tx: &mut Tx,
    head: &str,
    columns: usize,
    rows: &[T],
    bind_row: impl Fn(&mut SqlBuilder, &T),
) -> Result<(), StoreError> {
    let sqlite = tx.is_sqlite();
    // SQLite: a conflict stops the statement where it is instead of undoing
    // its rows, so it keeps no journal to undo them with (with foreign
    // keys unchecked, see `Store::begin_bulk`). Every caller returns the
    // error, and the transaction is rolled back whole.
    let verb = if sqlite {
        "INSERT OR FAIL INTO"
    } else {
        "INSERT INTO"
    };
    let per_statement = (INSERT_PARAMETERS / columns.max(1)).max(1);
    for chunk in rows.chunks(per_statement) {
        let head = format!("{verb} {head} VALUES ");
        let mut q = if sqlite {
            SqlBuilder::positional(&head)
        } else {
            SqlBuilder::new(&head)
        };
        for (i, row) in chunk.iter().enumerate() {
            q.push(if i == 0 { "(" } else { ", (" });
            bind_row(&mut q, row);
            q.push(")");
        }
        let (sql, args) = q.finish()?;
        sqlx::query_with(AssertSqlSafe(sql), args)
            .execute(tx.conn())
            .await?;
    }
    Ok(())
}

impl Tx {
    /// In a transaction without foreign-key checks: fails unless every one
    /// of `ids` is the id of a row of `table`, as the checks would have.
    /// Rows made in the same batch (a review's judgements and history) are
    /// the caller's own and not looked up.
    async fn check_references<'a>(
        &mut self,
        table: &'static str,
        ids: impl Iterator<Item = &'a str>,
    ) -> Result<(), StoreError> {
        if !self.foreign_keys_unchecked() {
            return Ok(());
        }
        let distinct: HashSet<&str> = ids.collect();
        let ids: Vec<String> = distinct.into_iter().map(str::to_string).collect();
        for chunk in ids.chunks(MAX_PARAMETERS) {
            // `table` is one of the names above, never input.
            let mut q = SqlBuilder::new(&format!("SELECT COUNT(*) FROM {table} WHERE id IN "));
            q.bind_list(chunk);
            let (sql, args) = q.finish()?;
            let (found,): (i64,) = sqlx::query_as_with(AssertSqlSafe(sql), args)
                .fetch_one(self.conn())
                .await?;
            if found != chunk.len() as i64 {
                return Err(StoreError::MissingReference(table));
            }
        }
        Ok(())
    }
}

/// Binds `values` separated by commas.
macro_rules! bind_all {
    ($q:expr, $first:expr $(, $rest:expr)*) => {{
        $q.bind($first);
        $( $q.push(", "); $q.bind($rest); )*
    }};
}

impl Tx {
    /// Stores new reviews, each its first version (kept in its row, as
    /// every review's current one is). A review whose
    /// (business, source, external id) exists already makes the whole call
    /// fail, so check with [`Store::existing_external_ids`] first. `now`
    /// stamps `changed_at`: the rows are new to every reader that follows
    /// changes (search index, insights), however old the reviews are.
    pub async fn insert_imported_reviews(
        &mut self,
        rows: &[ImportedReview],
        now: i64,
    ) -> Result<(), StoreError> {
        self.check_references("businesses", rows.iter().map(|r| r.business_id.as_str()))
            .await?;
        insert_rows(
            self,
            "reviews (id, business_id, rating, title, body, author_name, author_email, \
             language, experienced_on, status, status_reason, source, external_id, \
             edit_token_hash, revision, helpful_count, has_reply, created_at, updated_at, \
             changed_at, revised_at)",
            21,
            rows,
            |q, r| {
                bind_all!(
                    q,
                    r.id.clone(),
                    r.business_id.clone(),
                    r.rating,
                    r.title.clone(),
                    r.body.clone(),
                    r.author_name.clone(),
                    r.author_email.clone(),
                    r.language.clone(),
                    r.experienced_on.clone(),
                    r.status.clone(),
                    r.status_reason.clone(),
                    r.source.clone(),
                    r.external_id.clone(),
                    r.edit_token_hash.clone(),
                    1i64,
                    0i64,
                    i64::from(r.has_reply),
                    r.created_at,
                    r.updated_at,
                    now,
                    r.created_at
                )
            },
        )
        .await
    }

    /// Stores the replies of new reviews (none may have one yet), each with
    /// its first revision; the reviews were stored with `has_reply`.
    pub async fn insert_imported_replies(
        &mut self,
        rows: &[ImportedReply],
    ) -> Result<(), StoreError> {
        self.check_references("businesses", rows.iter().map(|r| r.business_id.as_str()))
            .await?;
        self.check_references("users", rows.iter().map(|r| r.author_user_id.as_str()))
            .await?;
        let ids: Vec<String> = rows.iter().map(|_| crate::new_id()).collect();
        let with_ids: Vec<(&String, &ImportedReply)> = ids.iter().zip(rows).collect();
        insert_rows(
            self,
            "replies (id, review_id, business_id, author_user_id, body, revision, created_at, \
             updated_at)",
            8,
            &with_ids,
            |q, (id, r)| {
                bind_all!(
                    q,
                    (*id).clone(),
                    r.review_id.clone(),
                    r.business_id.clone(),
                    r.author_user_id.clone(),
                    r.body.clone(),
                    1i64,
                    r.at,
                    r.at
                )
            },
        )
        .await?;
        insert_rows(
            self,
            "reply_revisions (id, reply_id, business_id, revision, body, author_user_id, \
             created_at)",
            7,
            &with_ids,
            |q, (id, r)| {
                bind_all!(
                    q,
                    crate::new_id(),
                    (*id).clone(),
                    r.business_id.clone(),
                    1i64,
                    r.body.clone(),
                    r.author_user_id.clone(),
                    r.at
                )
            },
        )
        .await
    }

    /// Records status changes in the reviews' histories (the reviews
    /// themselves are written by the caller).
    pub async fn insert_status_changes(
        &mut self,
        changes: &[StatusChange],
    ) -> Result<(), StoreError> {
        insert_rows(
            self,
            "review_status_events (id, review_id, business_id, from_status, to_status, \
             reason, actor, created_at)",
            8,
            changes,
            |q, c| {
                bind_all!(
                    q,
                    crate::new_id(),
                    c.review_id.clone(),
                    c.business_id.clone(),
                    c.from_status.clone(),
                    c.to_status.clone(),
                    c.reason.clone(),
                    c.actor.clone(),
                    c.at
                )
            },
        )
        .await
    }

    /// Stores the first screening of new reviews (none may have one yet).
    pub async fn insert_screenings(
        &mut self,
        business_id: &str,
        rows: &[ReviewScreening],
    ) -> Result<(), StoreError> {
        insert_rows(
            self,
            "review_screenings (review_id, business_id, revision, spam_score, reasons, \
             decision, screened_at)",
            7,
            rows,
            |q, s| {
                bind_all!(
                    q,
                    s.review_id.clone(),
                    business_id.to_string(),
                    s.revision,
                    s.spam_score,
                    s.reasons.clone(),
                    s.decision.clone(),
                    s.screened_at
                )
            },
        )
        .await
    }

    /// Stores the first analysis of new reviews (none may have one yet).
    pub async fn insert_analyses(
        &mut self,
        business_id: &str,
        rows: &[ReviewAnalysis],
    ) -> Result<(), StoreError> {
        insert_rows(
            self,
            "review_analyses (review_id, business_id, revision, language, language_confidence, \
             sentiment, stars_predicted, sentiment_evidence, mismatch, aspects, analyzed_at)",
            11,
            rows,
            |q, a| {
                bind_all!(
                    q,
                    a.review_id.clone(),
                    business_id.to_string(),
                    a.revision,
                    a.language.clone(),
                    a.language_confidence,
                    a.sentiment,
                    a.stars_predicted,
                    a.sentiment_evidence,
                    i64::from(a.mismatch),
                    a.aspects.clone(),
                    a.analyzed_at
                )
            },
        )
        .await
    }
}

impl Store {
    /// Refreshes PostgreSQL's statistics of `reviews` and of the import
    /// queue, each once it has changed by about half its rows since they
    /// were last taken (its own counters say; cheap to ask), for bulk
    /// writers: a full import after each batch, the jobs storing a deferred
    /// import before each. SQLite keeps no statistics unless asked and
    /// always probes the whole unique key. Without it, the queue filled by `COPY` has no statistics and
    /// its block-range index no summary of the new ranges, so reading a
    /// batch scanned the whole queue; and with statistics taken while
    /// `reviews` was small, looking ids up scanned the business's reviews.
    pub async fn refresh_statistics_if_grown(&self) -> Result<(), StoreError> {
        if self.backend() != crate::Backend::Postgres {
            return Ok(());
        }
        let counts: Vec<(String, i64, i64)> = sqlx::query_as(
            "SELECT CAST(relname AS TEXT), n_mod_since_analyze, n_live_tup \
             FROM pg_stat_user_tables WHERE schemaname = current_schema() \
             AND relname IN ('reviews', 'import_queue')",
        )
        .fetch_all(self.pool())
        .await?;
        for (table, changed, live) in counts {
            let stale = changed >= STATISTICS_STALE_AFTER && changed * 2 >= live;
            // The name is one of the two above, never input.
            let statement = match table.as_str() {
                "reviews" => "ANALYZE reviews",
                "import_queue" => "ANALYZE import_queue",
                _ => continue,
            };
            if !stale {
                continue;
            }
            sqlx::query(statement).execute(self.pool()).await?;
            if table == "import_queue" {
                // The ranges `COPY` filled since the last summary are
                // otherwise read whole by every lookup of a batch.
                sqlx::query("SELECT brin_summarize_new_values('import_queue_batch')")
                    .execute(self.pool())
                    .await?;
            }
        }
        Ok(())
    }

    /// Which of `external_ids` the business has stored from `source`.
    pub async fn existing_external_ids(
        &self,
        business_id: &str,
        source: &str,
        external_ids: &[String],
    ) -> Result<HashSet<String>, StoreError> {
        let mut found = HashSet::new();
        for (sql, args) in existing_queries(self.backend(), business_id, source, external_ids)? {
            let ids: Vec<(String,)> = sqlx::query_as_with(AssertSqlSafe(sql), args)
                .fetch_all(self.pool())
                .await?;
            found.extend(ids.into_iter().map(|(id,)| id));
        }
        Ok(found)
    }
}

impl Tx {
    /// [`Store::existing_external_ids`] as this transaction sees it.
    pub async fn existing_external_ids(
        &mut self,
        business_id: &str,
        source: &str,
        external_ids: &[String],
    ) -> Result<HashSet<String>, StoreError> {
        let backend = if self.is_sqlite() {
            crate::Backend::Sqlite
        } else {
            crate::Backend::Postgres
        };
        let mut found = HashSet::new();
        for (sql, args) in existing_queries(backend, business_id, source, external_ids)? {
            let ids: Vec<(String,)> = sqlx::query_as_with(AssertSqlSafe(sql), args)
                .fetch_all(self.conn())
                .await?;
            found.extend(ids.into_iter().map(|(id,)| id));
        }
        Ok(found)
    }
}

/// The statements looking `external_ids` up, [`EXISTING_PER_STATEMENT`]
/// at a time.
fn existing_queries(
    backend: crate::Backend,
    business_id: &str,
    source: &str,
    external_ids: &[String],
) -> Result<Vec<(String, sqlx::any::AnyArguments)>, StoreError> {
    external_ids
        .chunks(EXISTING_PER_STATEMENT)
        .map(|chunk| {
            // `?` on SQLite bind in linear time, so a statement can ask for many.
            let head = "SELECT external_id FROM reviews WHERE business_id = ";
            let mut q = match backend {
                crate::Backend::Sqlite => SqlBuilder::positional(head),
                crate::Backend::Postgres => SqlBuilder::new(head),
            };
            q.bind(business_id.to_string());
            q.push(" AND source = ");
            q.bind(source.to_string());
            q.push(" AND external_id IN ");
            q.bind_list(chunk);
            Ok(q.finish()?)
        })
        .collect()
}

/// The reason a review imported with its analysis deferred carries until
/// the background job has screened it; such a review is pending but not
/// in the moderation queue.
pub const AWAITING_SCREENING: &str = "awaiting_screening";

impl Store {
    /// Those of `ids` still waiting for their deferred screening.
    pub async fn reviews_awaiting_screening(
        &self,
        ids: &[String],
    ) -> Result<Vec<crate::Review>, StoreError> {
        let mut reviews = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(MAX_PARAMETERS / 2) {
            let mut q = SqlBuilder::new(&format!(
                "SELECT {} FROM reviews r WHERE r.status = 'pending' AND r.status_reason = ",
                crate::rows::REVIEW_COLUMNS
            ));
            q.bind(AWAITING_SCREENING.to_string());
            q.push(" AND r.id IN ");
            q.bind_list(chunk);
            let (sql, args) = q.finish()?;
            let rows = sqlx::query_with(AssertSqlSafe(sql), args)
                .fetch_all(self.pool())
                .await?;
            for row in &rows {
                reviews.push(crate::rows::review_from(row)?);
            }
        }
        Ok(reviews)
    }
}

impl Tx {
    /// Sets the language found by analysis on a review that declared none.
    pub async fn fill_review_language(
        &mut self,
        review_id: &str,
        language: &str,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE reviews SET language = $1 WHERE id = $2 AND language IS NULL")
            .bind(language)
            .bind(review_id)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Publishes reviews that waited for their deferred screening and passed
    /// it, with a status event each; a review a moderator has dealt with in
    /// the meantime is left alone. Returns how many were published.
    pub async fn publish_screened(
        &mut self,
        business_id: &str,
        ids: &[String],
        actor: &str,
        now: i64,
    ) -> Result<usize, StoreError> {
        let mut waiting: Vec<String> = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(MAX_PARAMETERS / 2) {
            let mut q = SqlBuilder::new(
                "SELECT id FROM reviews WHERE status = 'pending' AND status_reason = ",
            );
            q.bind(AWAITING_SCREENING.to_string());
            q.push(" AND id IN ");
            q.bind_list(chunk);
            let (sql, args) = q.finish()?;
            let found: Vec<(String,)> = sqlx::query_as_with(AssertSqlSafe(sql), args)
                .fetch_all(self.conn())
                .await?;
            waiting.extend(found.into_iter().map(|(id,)| id));
        }
        for chunk in waiting.chunks(MAX_PARAMETERS / 2) {
            let mut q = SqlBuilder::new(
                "UPDATE reviews SET status = 'published', status_reason = NULL, updated_at = ",
            );
            q.bind(now);
            q.push(", changed_at = ");
            q.bind(now);
            q.push(" WHERE id IN ");
            q.bind_list(chunk);
            let (sql, args) = q.finish()?;
            sqlx::query_with(AssertSqlSafe(sql), args)
                .execute(self.conn())
                .await?;
        }
        let changes: Vec<StatusChange> = waiting
            .iter()
            .map(|id| StatusChange {
                review_id: id.clone(),
                business_id: business_id.to_string(),
                from_status: "pending".into(),
                to_status: "published".into(),
                reason: "screened after import".into(),
                actor: actor.to_string(),
                at: now,
            })
            .collect();
        self.insert_status_changes(&changes).await?;
        Ok(waiting.len())
    }
}

impl Store {
    /// The review a business has from `source` under `external_id`.
    pub async fn review_by_external_id(
        &self,
        business_id: &str,
        source: &str,
        external_id: &str,
    ) -> Result<Option<crate::ReviewWithReply>, StoreError> {
        let sql = format!(
            "SELECT {}, {} FROM reviews r LEFT JOIN replies p ON p.review_id = r.id \
             WHERE r.business_id = $1 AND r.source = $2 AND r.external_id = $3",
            crate::rows::REVIEW_COLUMNS,
            crate::rows::REPLY_COLUMNS
        );
        let row = sqlx::query(AssertSqlSafe(sql))
            .bind(business_id)
            .bind(source)
            .bind(external_id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(crate::rows::item_from).transpose()
    }
}
