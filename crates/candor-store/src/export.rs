//! Reads for exports (a business's data, page by page) and for a reviewer's
//! own data (by e-mail, across the instance), and the erasure of it.

use sqlx::{AssertSqlSafe, Row};

use crate::rows::{REPLY_COLUMNS, REVIEW_COLUMNS, item_from};
use crate::sql::SqlBuilder;
use crate::{ReviewWithReply, Store, StoreError, Tx};

/// A review as exported: with its reply and the id it had where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportRow {
    pub item: ReviewWithReply,
    pub external_id: Option<String>,
}

/// What erasing a reviewer's data leaves of their reviews.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ErasePolicy {
    /// Keep rating and text, without anything that says who wrote them.
    Anonymise,
    /// Blank the text too and take the reviews down (rating and dates stay
    /// for the business's history and figures).
    Delete,
}

impl ErasePolicy {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Anonymise => "anonymise",
            Self::Delete => "delete",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "anonymise" => Some(Self::Anonymise),
            "delete" => Some(Self::Delete),
            _ => None,
        }
    }
}

/// The name an erased reviewer's reviews carry.
pub const ERASED_NAME: &str = "Anonymous";

impl Store {
    /// A business's reviews in every status, oldest first, after `after`
    /// (`created_at`, id).
    pub async fn reviews_for_export(
        &self,
        business_id: &str,
        after: Option<(i64, &str)>,
        limit: i64,
    ) -> Result<Vec<ExportRow>, StoreError> {
        let (at, id) = after.unwrap_or((i64::MIN, ""));
        let sql = format!(
            "SELECT {REVIEW_COLUMNS}, r.external_id, {REPLY_COLUMNS} FROM reviews r \
             LEFT JOIN replies p ON p.review_id = r.id WHERE r.business_id = $1 \
             AND (r.created_at > $2 OR (r.created_at = $2 AND r.id > $3)) \
             ORDER BY r.created_at, r.id LIMIT $4"
        );
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(business_id)
            .bind(at)
            .bind(id)
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        rows.iter()
            .map(|row| {
                Ok(ExportRow {
                    item: item_from(row)?,
                    external_id: row.try_get("external_id")?,
                })
            })
            .collect()
    }

    /// Every review written with `email`, on any business, oldest first.
    pub async fn reviews_by_author_email(
        &self,
        email: &str,
    ) -> Result<Vec<ReviewWithReply>, StoreError> {
        let sql = format!(
            "SELECT {REVIEW_COLUMNS}, {REPLY_COLUMNS} FROM reviews r \
             LEFT JOIN replies p ON p.review_id = r.id \
             WHERE LOWER(r.author_email) = LOWER($1) ORDER BY r.created_at, r.id"
        );
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(email.trim())
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(item_from).collect()
    }
}

/// What an erased reviewer's messages in recovery cases become.
const ERASED_MESSAGE: &str = "[erased at the reviewer's request]";
/// Why a review erased with [`ErasePolicy::Delete`] is down.
const ERASED_REASON: &str = "erased at the reviewer's request";

impl Tx {
    /// Removes what identifies the author of `review_ids` (their name,
    /// address, network and device keys, what they wrote in recovery cases,
    /// their suspicion scores); with [`ErasePolicy::Delete`] also the text,
    /// what was derived from it, and the review from public view.
    pub async fn erase_reviews(
        &mut self,
        review_ids: &[String],
        policy: ErasePolicy,
        erased_email: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        for chunk in review_ids.chunks(crate::bulk::MAX_PARAMETERS / 2) {
            self.erase_chunk(chunk, policy, erased_email, now).await?;
        }
        // Derived rows quote the text; the refresh rebuilds what may stay
        // (the review is marked changed). A testimonial needs the consent of
        // a reviewer who has just asked to be forgotten.
        for table in ["review_insights", "promise_matches", "testimonials"] {
            self.delete_where_in(table, "review_id", review_ids).await?;
        }
        Ok(())
    }

    async fn erase_chunk(
        &mut self,
        ids: &[String],
        policy: ErasePolicy,
        erased_email: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        let blank = policy == ErasePolicy::Delete;
        if blank {
            let mut q = SqlBuilder::new(
                "INSERT INTO review_status_events (id, review_id, business_id, from_status, \
                 to_status, reason, actor, created_at) SELECT 'erased-' || id, id, business_id, \
                 status, 'removed', ",
            );
            q.bind(ERASED_REASON.to_string());
            q.push(", 'privacy', ");
            q.bind(now);
            q.push(" FROM reviews WHERE status <> 'removed' AND id IN ");
            q.bind_list(ids);
            self.execute_built(q).await?;
        }
        let mut q = SqlBuilder::new("UPDATE reviews SET author_name = ");
        q.bind(ERASED_NAME.to_string());
        q.push(", author_email = ");
        q.bind(erased_email.to_string());
        q.push(
            ", ip_hash = '', device_hash = '', edit_token_hash = 'erased', \
                 testimonial_consent_at = NULL, changed_at = ",
        );
        q.bind(now);
        if blank {
            q.push(", title = '', body = '', status = 'removed', status_reason = ");
            q.bind(ERASED_REASON.to_string());
        }
        q.push(" WHERE id IN ");
        q.bind_list(ids);
        self.execute_built(q).await?;
        let mut q = SqlBuilder::new("UPDATE review_revisions SET author_name = ");
        q.bind(ERASED_NAME.to_string());
        if blank {
            q.push(", title = '', body = ''");
        }
        q.push(" WHERE review_id IN ");
        q.bind_list(ids);
        self.execute_built(q).await?;
        let mut q = SqlBuilder::new("UPDATE case_messages SET body = ");
        q.bind(ERASED_MESSAGE.to_string());
        q.push(
            " WHERE direction = 'from_reviewer' AND case_id IN \
             (SELECT id FROM recovery_cases WHERE review_id IN ",
        );
        q.bind_list(ids);
        q.push(")");
        self.execute_built(q).await?;
        let mut derived = vec!["review_suspicion"];
        if blank {
            derived.extend([
                "review_analyses",
                "review_screenings",
                "review_bands",
                "review_fingerprints",
            ]);
        }
        for table in derived {
            let mut q = SqlBuilder::new(&format!("DELETE FROM {table} WHERE review_id IN "));
            q.bind_list(ids);
            self.execute_built(q).await?;
        }
        Ok(())
    }

    async fn execute_built(&mut self, q: SqlBuilder) -> Result<(), StoreError> {
        let (sql, args) = q.finish()?;
        sqlx::query_with(AssertSqlSafe(sql), args)
            .execute(self.conn())
            .await?;
        Ok(())
    }
}
