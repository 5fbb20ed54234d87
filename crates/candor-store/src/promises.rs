//! A business's marketing promises and the reviews that speak of them.

use sqlx::Row;

use crate::insights::LANGUAGE;
use crate::{DAY_MS, Store, StoreError, Tx};

#[derive(Debug, Clone, PartialEq)]
pub struct Promise {
    pub id: String,
    pub business_id: String,
    pub text: String,
    pub language: String,
    /// JSON object from language to keyword rules.
    pub keywords: String,
    pub created_at: i64,
    pub archived_at: Option<i64>,
}

/// A review found to speak of a promise.
#[derive(Debug, Clone, PartialEq)]
pub struct PromiseMatch {
    pub promise_id: String,
    pub review_id: String,
    pub business_id: String,
    pub created_at: i64,
    pub verdict: String,
    pub sentence: String,
}

fn promise_from(row: &sqlx::any::AnyRow) -> Result<Promise, StoreError> {
    Ok(Promise {
        id: row.try_get("id")?,
        business_id: row.try_get("business_id")?,
        text: row.try_get("text")?,
        language: row.try_get("language")?,
        keywords: row.try_get("keywords")?,
        created_at: row.try_get("created_at")?,
        archived_at: row.try_get("archived_at")?,
    })
}

fn match_from(row: &sqlx::any::AnyRow) -> Result<PromiseMatch, StoreError> {
    Ok(PromiseMatch {
        promise_id: row.try_get("promise_id")?,
        review_id: row.try_get("review_id")?,
        business_id: row.try_get("business_id")?,
        created_at: row.try_get("created_at")?,
        verdict: row.try_get("verdict")?,
        sentence: row.try_get("sentence")?,
    })
}

const PROMISE_COLUMNS: &str = "id, business_id, text, language, keywords, created_at, archived_at";

impl Store {
    /// The business's promises, archived ones too when asked, oldest first.
    pub async fn promises(
        &self,
        business_id: &str,
        with_archived: bool,
    ) -> Result<Vec<Promise>, StoreError> {
        let filter = if with_archived {
            ""
        } else {
            " AND archived_at IS NULL"
        };
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {PROMISE_COLUMNS} FROM promises WHERE business_id = $1{filter} \
             ORDER BY created_at, id"
        )))
        .bind(business_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(promise_from).collect()
    }

    pub async fn promise(&self, id: &str) -> Result<Option<Promise>, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {PROMISE_COLUMNS} FROM promises WHERE id = $1"
        )))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(promise_from).transpose()
    }

    /// Verdict counts of a promise per month over `[from, to)` (ms).
    pub async fn promise_verdicts(
        &self,
        promise_id: &str,
        from: i64,
        to: i64,
    ) -> Result<Vec<(i64, String)>, StoreError> {
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT created_at, verdict FROM promise_matches WHERE promise_id = $1 \
             AND created_at >= $2 AND created_at < $3 ORDER BY created_at",
        )
        .bind(promise_id)
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await?;
        Ok(rows)
    }

    /// The newest matches of a promise with one verdict.
    pub async fn promise_examples(
        &self,
        promise_id: &str,
        verdict: &str,
        limit: i64,
    ) -> Result<Vec<PromiseMatch>, StoreError> {
        let rows = sqlx::query(
            "SELECT m.promise_id, m.review_id, m.business_id, m.created_at, m.verdict, \
             m.sentence FROM promise_matches m JOIN reviews r ON r.id = m.review_id \
             WHERE m.promise_id = $1 AND m.verdict = $2 AND r.status = 'published' \
             ORDER BY m.created_at DESC, m.review_id LIMIT $3",
        )
        .bind(promise_id)
        .bind(verdict)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(match_from).collect()
    }

    /// Published reviews of a business after `(created_at, id)`, for a scan.
    pub async fn reviews_to_scan(
        &self,
        business_id: &str,
        after: (i64, &str),
        limit: i64,
    ) -> Result<Vec<crate::InsightSource>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT r.id, r.business_id, r.status, r.rating, r.title, r.body, r.author_email, \
             {LANGUAGE} AS lang, a.sentiment, a.aspects, \
             CAST(NULL AS BIGINT) AS replied_at, r.created_at, r.changed_at FROM reviews r \
             LEFT JOIN review_analyses a ON a.review_id = r.id \
             WHERE r.business_id = $1 AND r.status = 'published' \
             AND (r.created_at > $2 OR (r.created_at = $2 AND r.id > $3)) \
             ORDER BY r.created_at, r.id LIMIT $4"
        )))
        .bind(business_id)
        .bind(after.0)
        .bind(after.1)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(crate::insights::source_from).collect()
    }
}

/// The first day (UTC days since 1970) of the month holding `ms`.
pub fn month_start_day(ms: i64) -> i64 {
    use chrono::Datelike;
    let day = ms.div_euclid(DAY_MS);
    match chrono::DateTime::from_timestamp_millis(ms) {
        Some(t) => day - i64::from(t.day0()),
        None => day,
    }
}

impl Store {
    /// Live promises whose scan of earlier reviews has not finished.
    pub async fn promises_to_scan(&self) -> Result<Vec<(Promise, i64, String)>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {PROMISE_COLUMNS}, scan_after_at, scan_after_id FROM promises \
             WHERE scanned = 0 AND archived_at IS NULL ORDER BY created_at, id"
        )))
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok((
                    promise_from(row)?,
                    row.try_get("scan_after_at")?,
                    row.try_get("scan_after_id")?,
                ))
            })
            .collect()
    }
}

impl Tx {
    /// Moves a promise's scan on; `done` when no reviews are left.
    pub async fn advance_promise_scan(
        &mut self,
        id: &str,
        after: (i64, &str),
        done: bool,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE promises SET scan_after_at = $1, scan_after_id = $2, scanned = $3 \
             WHERE id = $4",
        )
        .bind(after.0)
        .bind(after.1)
        .bind(i64::from(done))
        .bind(id)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Starts every promise's scan again (after the rollups were cleared).
    pub async fn reset_promise_scans(&mut self) -> Result<(), StoreError> {
        sqlx::query("UPDATE promises SET scan_after_at = 0, scan_after_id = '', scanned = 0")
            .execute(self.conn())
            .await?;
        Ok(())
    }

    pub async fn insert_promise(&mut self, p: &Promise) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO promises (id, business_id, text, language, keywords, created_at, \
             archived_at) VALUES ($1, $2, $3, $4, $5, $6, NULL)",
        )
        .bind(&p.id)
        .bind(&p.business_id)
        .bind(&p.text)
        .bind(&p.language)
        .bind(&p.keywords)
        .bind(p.created_at)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Archives a promise: it stays with its matches, off the live list.
    pub async fn archive_promise(&mut self, id: &str, now: i64) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE promises SET archived_at = $1 WHERE id = $2 AND archived_at IS NULL",
        )
        .bind(now)
        .bind(id)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Replaces what is known about the given reviews for the given promises.
    pub async fn replace_promise_matches(
        &mut self,
        promise_ids: &[String],
        review_ids: &[String],
        found: &[PromiseMatch],
    ) -> Result<(), StoreError> {
        for promise_id in promise_ids {
            for chunk in review_ids.chunks(crate::bulk::MAX_PARAMETERS - 1) {
                let mut q =
                    crate::sql::SqlBuilder::new("DELETE FROM promise_matches WHERE promise_id = ");
                q.bind(promise_id.clone());
                q.push(" AND review_id IN ");
                q.bind_list(chunk);
                let (sql, args) = q.finish()?;
                sqlx::query_with(sqlx::AssertSqlSafe(sql), args)
                    .execute(self.conn())
                    .await?;
            }
        }
        for m in found {
            sqlx::query(
                "INSERT INTO promise_matches (promise_id, review_id, business_id, created_at, \
                 verdict, sentence) VALUES ($1, $2, $3, $4, $5, $6) \
                 ON CONFLICT (promise_id, review_id) DO UPDATE SET verdict = excluded.verdict, \
                 sentence = excluded.sentence",
            )
            .bind(&m.promise_id)
            .bind(&m.review_id)
            .bind(&m.business_id)
            .bind(m.created_at)
            .bind(&m.verdict)
            .bind(&m.sentence)
            .execute(self.conn())
            .await?;
        }
        Ok(())
    }

    /// Forgets every promise match of the given reviews (taken down, erased).
    pub async fn delete_promise_matches_of(
        &mut self,
        review_ids: &[String],
    ) -> Result<(), StoreError> {
        self.delete_where_in("promise_matches", "review_id", review_ids)
            .await
    }
}
