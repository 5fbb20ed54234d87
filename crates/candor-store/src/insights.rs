//! Insight rollups: what each review contributes (`review_insights`) and the
//! per-day sums the dashboard reads (`insight_days`, `insight_counts`). All of
//! it is derived from `reviews` and followed through `reviews.changed_at`,
//! like the search index.

use sqlx::{AssertSqlSafe, Row};

use crate::bulk::MAX_PARAMETERS;
use crate::sql::SqlBuilder;
use crate::{Store, StoreError, Tx};

/// A review as the insight refresh reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct InsightSource {
    pub id: String,
    pub business_id: String,
    pub status: String,
    pub rating: i64,
    pub title: String,
    pub body: String,
    pub author_email: String,
    /// The declared language, else the detected one, else `und`.
    pub language: String,
    /// The analysis's polarity, when analysed.
    pub sentiment: Option<f64>,
    /// The analysis's aspects (JSON), when analysed.
    pub aspects: Option<String>,
    /// When the business's public reply was first written.
    pub replied_at: Option<i64>,
    pub created_at: i64,
    pub changed_at: i64,
}

/// What one review contributes; lists are comma-separated.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewInsight {
    pub review_id: String,
    pub business_id: String,
    pub created_at: i64,
    pub segment: String,
    pub stages: String,
    pub aspects: String,
    pub negative_aspects: String,
    pub education_kind: Option<String>,
    pub education_sentence: Option<String>,
    pub reply_delay_ms: Option<i64>,
}

/// A published review of one day with its insight, for the day's sums.
#[derive(Debug, Clone, PartialEq)]
pub struct DayFact {
    pub rating: i64,
    pub language: String,
    pub replied: bool,
    pub segment: String,
    pub stages: String,
    pub aspects: String,
    pub negative_aspects: String,
    pub reply_delay_ms: Option<i64>,
}

/// One row of `insight_days`.
#[derive(Debug, Clone, PartialEq)]
pub struct DayRow {
    pub business_id: String,
    pub day: i64,
    pub language: String,
    pub rating: i64,
    pub reviews: i64,
    pub replied: i64,
    pub ambassadors: i64,
    pub detractors: i64,
}

/// One row of `insight_counts`.
#[derive(Debug, Clone, PartialEq)]
pub struct CountRow {
    pub fact: String,
    pub language: String,
    pub key: String,
    pub value: i64,
}

/// A sentence of a complaint showing confusion about intended behaviour.
#[derive(Debug, Clone, PartialEq)]
pub struct EducationCueRow {
    pub review_id: String,
    pub rating: i64,
    pub created_at: i64,
    pub kind: String,
    pub sentence: String,
    pub aspects: String,
}

/// Which days (`[from_day, to_day]`, whole UTC days since 1970) and which
/// language (`None`: all) a rollup read covers.
#[derive(Debug, Clone, PartialEq)]
pub struct DayRange {
    pub from_day: i64,
    pub to_day: i64,
    pub language: Option<String>,
}

pub const DAY_MS: i64 = 86_400_000;

/// The language a review's figures count under: the analysis's (the
/// declared one unless the text clearly says otherwise), else the declared.
pub(crate) const LANGUAGE: &str = "CASE WHEN a.language IS NOT NULL AND a.language <> 'und' \
    THEN a.language ELSE COALESCE(r.language, 'und') END";

pub(crate) fn source_from(row: &sqlx::any::AnyRow) -> Result<InsightSource, StoreError> {
    Ok(InsightSource {
        id: row.try_get("id")?,
        business_id: row.try_get("business_id")?,
        status: row.try_get("status")?,
        rating: row.try_get("rating")?,
        title: row.try_get("title")?,
        body: row.try_get("body")?,
        author_email: row.try_get("author_email")?,
        language: row.try_get("lang")?,
        sentiment: row.try_get("sentiment")?,
        aspects: row.try_get("aspects")?,
        replied_at: row.try_get("replied_at")?,
        created_at: row.try_get("created_at")?,
        changed_at: row.try_get("changed_at")?,
    })
}

impl Store {
    /// PostgreSQL statistics of the insight tables, refreshed after a long
    /// catch-up: plans made while they were empty would read them whole.
    pub async fn refresh_insight_statistics(&self) -> Result<(), StoreError> {
        if self.backend() == crate::Backend::Postgres {
            sqlx::query("ANALYZE review_insights, insight_days, insight_counts, promise_matches")
                .execute(self.pool())
                .await?;
        }
        Ok(())
    }

    /// How far the rollups have read: `(changed_at, id)`.
    pub async fn insight_watermark(&self) -> Result<(i64, String), StoreError> {
        let row = sqlx::query("SELECT refreshed_to, last_id FROM insight_state WHERE id = 1")
            .fetch_one(self.pool())
            .await?;
        Ok((row.try_get("refreshed_to")?, row.try_get("last_id")?))
    }

    /// Reviews changed after `(since, after_id)`, in `(changed_at, id)` order
    /// (the WHERE clause is shaped as in `reviews_changed_since`, for the
    /// same reason).
    pub async fn insight_sources(
        &self,
        since: i64,
        after_id: &str,
        limit: i64,
    ) -> Result<Vec<InsightSource>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT r.id, r.business_id, r.status, r.rating, r.title, r.body, r.author_email, \
             {LANGUAGE} AS lang, a.sentiment, a.aspects, \
             p.created_at AS replied_at, r.created_at, r.changed_at FROM reviews r \
             LEFT JOIN review_analyses a ON a.review_id = r.id \
             LEFT JOIN replies p ON p.review_id = r.id \
             WHERE r.changed_at >= $1 AND (r.changed_at > $1 OR r.id > $2) \
             ORDER BY r.changed_at, r.id LIMIT $3"
        )))
        .bind(since)
        .bind(after_id)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(source_from).collect()
    }

    /// Reviews changed since `since`: how much the rollups have left to read.
    pub async fn insight_backlog(&self, since: i64) -> Result<i64, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT COUNT(*) FROM reviews WHERE changed_at > $1")
                .bind(since)
                .fetch_one(self.pool())
                .await?,
        )
    }

    /// Reviews each address wrote for the business (repeat activity). The
    /// business is filtered here, not in SQL: given `business_id = ?` SQLite
    /// (which keeps no statistics) walked every review of the business
    /// instead of seeking each address in `reviews_by_email`.
    pub async fn author_review_counts(
        &self,
        business_id: &str,
        emails: &[String],
    ) -> Result<Vec<(String, i64)>, StoreError> {
        let mut counts = Vec::new();
        for chunk in emails.chunks(MAX_PARAMETERS) {
            let mut q = SqlBuilder::new(
                "SELECT author_email, business_id, COUNT(*) AS n FROM reviews \
                 WHERE author_email IN ",
            );
            q.bind_list(chunk);
            q.push(" GROUP BY author_email, business_id");
            let (sql, args) = q.finish()?;
            let rows: Vec<(String, String, i64)> = sqlx::query_as_with(AssertSqlSafe(sql), args)
                .fetch_all(self.pool())
                .await?;
            counts.extend(
                rows.into_iter()
                    .filter(|(_, business, _)| business == business_id)
                    .map(|(email, _, n)| (email, n)),
            );
        }
        Ok(counts)
    }

    /// Up to `limit` days waiting to be summed again.
    pub async fn dirty_insight_days(&self, limit: i64) -> Result<Vec<(String, i64)>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT business_id, day FROM insight_dirty_days ORDER BY business_id, day LIMIT $1",
        )
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// The published reviews of one day with their insights.
    pub async fn day_facts(&self, business_id: &str, day: i64) -> Result<Vec<DayFact>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT r.rating, {LANGUAGE} AS lang, r.has_reply, \
             i.segment, i.stages, i.aspects, i.negative_aspects, i.reply_delay_ms \
             FROM reviews r \
             JOIN review_insights i ON i.review_id = r.id \
             LEFT JOIN review_analyses a ON a.review_id = r.id \
             WHERE r.business_id = $1 AND r.status = 'published' \
             AND r.created_at >= $2 AND r.created_at < $3"
        )))
        .bind(business_id)
        .bind(day * DAY_MS)
        .bind((day + 1) * DAY_MS)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(DayFact {
                    rating: row.try_get("rating")?,
                    language: row.try_get("lang")?,
                    replied: row.try_get::<i64, _>("has_reply")? != 0,
                    segment: row.try_get("segment")?,
                    stages: row.try_get("stages")?,
                    aspects: row.try_get("aspects")?,
                    negative_aspects: row.try_get("negative_aspects")?,
                    reply_delay_ms: row.try_get("reply_delay_ms")?,
                })
            })
            .collect()
    }

    /// Day rows of the businesses over a range, summed over languages unless
    /// the range names one.
    pub async fn insight_days(
        &self,
        business_ids: &[String],
        range: &DayRange,
    ) -> Result<Vec<DayRow>, StoreError> {
        let mut q = SqlBuilder::new(
            "SELECT business_id, day, rating, reviews, replied, ambassadors, detractors \
             FROM insight_days WHERE business_id IN ",
        );
        q.bind_list(business_ids);
        push_range(&mut q, range);
        q.push(" ORDER BY business_id, day, rating");
        let (sql, args) = q.finish()?;
        let rows = sqlx::query_with(AssertSqlSafe(sql), args)
            .fetch_all(self.pool())
            .await?;
        let language = range.language.clone().unwrap_or_default();
        rows.iter()
            .map(|row| {
                Ok(DayRow {
                    business_id: row.try_get("business_id")?,
                    day: row.try_get("day")?,
                    language: language.clone(),
                    rating: row.try_get("rating")?,
                    reviews: sum(row, "reviews")?,
                    replied: sum(row, "replied")?,
                    ambassadors: sum(row, "ambassadors")?,
                    detractors: sum(row, "detractors")?,
                })
            })
            .collect()
    }

    /// Keyed counts of one fact summed over the range, largest first.
    pub async fn insight_counts(
        &self,
        business_id: &str,
        fact: &str,
        range: &DayRange,
    ) -> Result<Vec<(String, i64)>, StoreError> {
        let mut q = SqlBuilder::new(
            "SELECT fact_key, CAST(SUM(value) AS BIGINT) AS total FROM insight_counts \
             WHERE business_id = ",
        );
        q.bind(business_id.to_string());
        q.push(" AND fact = ");
        q.bind(fact.to_string());
        push_range(&mut q, range);
        q.push(" GROUP BY fact_key ORDER BY total DESC, fact_key");
        let (sql, args) = q.finish()?;
        Ok(sqlx::query_as_with(AssertSqlSafe(sql), args)
            .fetch_all(self.pool())
            .await?)
    }

    /// The languages a business has figures in.
    pub async fn insight_languages(&self, business_id: &str) -> Result<Vec<String>, StoreError> {
        let rows: Vec<(String,)> = sqlx::query_as(
            "SELECT DISTINCT language FROM insight_days WHERE business_id = $1 AND language <> '*' \
             ORDER BY language",
        )
        .bind(business_id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().map(|(l,)| l).collect())
    }

    /// Complaint sentences showing confusion, newest first.
    pub async fn education_cues(
        &self,
        business_id: &str,
        range: &DayRange,
        limit: i64,
    ) -> Result<Vec<EducationCueRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT i.review_id, r.rating, i.created_at, i.education_kind, i.education_sentence, \
             i.aspects FROM review_insights i JOIN reviews r ON r.id = i.review_id \
             WHERE i.business_id = $1 AND i.education_kind IS NOT NULL \
             AND i.created_at >= $2 AND i.created_at < $3 AND r.status = 'published' \
             ORDER BY i.created_at DESC LIMIT $4",
        )
        .bind(business_id)
        .bind(range.from_day * DAY_MS)
        .bind((range.to_day + 1) * DAY_MS)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(EducationCueRow {
                    review_id: row.try_get("review_id")?,
                    rating: row.try_get("rating")?,
                    created_at: row.try_get("created_at")?,
                    kind: row.try_get("education_kind")?,
                    sentence: row.try_get("education_sentence")?,
                    aspects: row.try_get("aspects")?,
                })
            })
            .collect()
    }
}

fn sum(row: &sqlx::any::AnyRow, column: &str) -> Result<i64, StoreError> {
    Ok(row.try_get::<i64, _>(column)?)
}

/// The language rows to read: the one asked for, or the sums over all.
pub const ALL_LANGUAGES: &str = "*";

fn push_range(q: &mut SqlBuilder, range: &DayRange) {
    q.push(" AND language = ");
    q.bind(
        range
            .language
            .clone()
            .unwrap_or_else(|| ALL_LANGUAGES.to_string()),
    );
    q.push(" AND day >= ");
    q.bind(range.from_day);
    q.push(" AND day <= ");
    q.bind(range.to_day);
}

impl Tx {
    /// Replaces the insights of reviews (all or nothing, with the dirty days
    /// they make and the new watermark).
    pub async fn save_review_insights(
        &mut self,
        insights: &[ReviewInsight],
        gone: &[String],
    ) -> Result<(), StoreError> {
        // Changed reviews are upserted, not deleted first: on PostgreSQL a
        // DELETE ... IN (...) planned while the table was small kept scanning
        // it whole as it grew during a long catch-up.
        self.delete_where_in("review_insights", "review_id", gone)
            .await?;
        for i in insights {
            sqlx::query(
                "INSERT INTO review_insights (review_id, business_id, created_at, segment, \
                 stages, aspects, negative_aspects, education_kind, education_sentence, \
                 reply_delay_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
                 ON CONFLICT (review_id) DO UPDATE SET segment = excluded.segment, \
                 stages = excluded.stages, aspects = excluded.aspects, \
                 negative_aspects = excluded.negative_aspects, \
                 education_kind = excluded.education_kind, \
                 education_sentence = excluded.education_sentence, \
                 reply_delay_ms = excluded.reply_delay_ms",
            )
            .bind(&i.review_id)
            .bind(&i.business_id)
            .bind(i.created_at)
            .bind(&i.segment)
            .bind(&i.stages)
            .bind(&i.aspects)
            .bind(&i.negative_aspects)
            .bind(&i.education_kind)
            .bind(&i.education_sentence)
            .bind(i.reply_delay_ms)
            .execute(self.conn())
            .await?;
        }
        Ok(())
    }

    pub(crate) async fn delete_where_in(
        &mut self,
        table: &str,
        column: &str,
        values: &[String],
    ) -> Result<(), StoreError> {
        for chunk in values.chunks(MAX_PARAMETERS) {
            let mut q = SqlBuilder::new(&format!("DELETE FROM {table} WHERE {column} IN "));
            q.bind_list(chunk);
            let (sql, args) = q.finish()?;
            sqlx::query_with(AssertSqlSafe(sql), args)
                .execute(self.conn())
                .await?;
        }
        Ok(())
    }

    /// Marks days to be summed again.
    pub async fn mark_insight_days(&mut self, days: &[(String, i64)]) -> Result<(), StoreError> {
        for (business_id, day) in days {
            sqlx::query(
                "INSERT INTO insight_dirty_days (business_id, day) VALUES ($1, $2) \
                 ON CONFLICT (business_id, day) DO NOTHING",
            )
            .bind(business_id)
            .bind(day)
            .execute(self.conn())
            .await?;
        }
        Ok(())
    }

    pub async fn set_insight_watermark(
        &mut self,
        refreshed_to: i64,
        last_id: &str,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE insight_state SET refreshed_to = $1, last_id = $2 WHERE id = 1")
            .bind(refreshed_to)
            .bind(last_id)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Replaces one day's sums and takes it off the dirty list. Two nodes
    /// summing the same day at once both write what they read (upserts), so
    /// neither fails; the day is marked again by any later change.
    pub async fn replace_insight_day(
        &mut self,
        business_id: &str,
        day: i64,
        days: &[DayRow],
        counts: &[CountRow],
    ) -> Result<(), StoreError> {
        for table in ["insight_days", "insight_counts", "insight_dirty_days"] {
            sqlx::query(AssertSqlSafe(format!(
                "DELETE FROM {table} WHERE business_id = $1 AND day = $2"
            )))
            .bind(business_id)
            .bind(day)
            .execute(self.conn())
            .await?;
        }
        for d in days {
            sqlx::query(
                "INSERT INTO insight_days (business_id, day, language, rating, reviews, replied, \
                 ambassadors, detractors) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                 ON CONFLICT (business_id, language, day, rating) DO UPDATE SET \
                 reviews = excluded.reviews, replied = excluded.replied, \
                 ambassadors = excluded.ambassadors, detractors = excluded.detractors",
            )
            .bind(business_id)
            .bind(day)
            .bind(&d.language)
            .bind(d.rating)
            .bind(d.reviews)
            .bind(d.replied)
            .bind(d.ambassadors)
            .bind(d.detractors)
            .execute(self.conn())
            .await?;
        }
        for c in counts {
            sqlx::query(
                "INSERT INTO insight_counts (business_id, fact, day, language, fact_key, value) \
                 VALUES ($1, $2, $3, $4, $5, $6) \
                 ON CONFLICT (business_id, fact, language, day, fact_key) \
                 DO UPDATE SET value = excluded.value",
            )
            .bind(business_id)
            .bind(&c.fact)
            .bind(day)
            .bind(&c.language)
            .bind(&c.key)
            .bind(c.value)
            .execute(self.conn())
            .await?;
        }
        Ok(())
    }

    /// Forgets every derived row (for a rebuild from scratch).
    pub async fn clear_insights(&mut self) -> Result<(), StoreError> {
        for sql in [
            "DELETE FROM insight_days",
            "DELETE FROM insight_counts",
            "DELETE FROM insight_dirty_days",
            "DELETE FROM review_insights",
            "DELETE FROM promise_matches",
            "UPDATE insight_state SET refreshed_to = 0, last_id = '' WHERE id = 1",
        ] {
            sqlx::query(sql).execute(self.conn()).await?;
        }
        Ok(())
    }
}
