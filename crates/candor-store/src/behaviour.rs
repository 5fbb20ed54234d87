//! Counts behind rate limits and behaviour signals: how many reviews came
//! from one address, device or e-mail lately, how a business's daily
//! volume looks, and how many of an organisation's businesses one e-mail
//! reviewed.

use crate::{Store, StoreError, Tx};

/// Who sent a review, by one of its hashed keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SenderKey {
    Ip,
    Device,
    Email,
}

impl SenderKey {
    fn column(self) -> &'static str {
        match self {
            Self::Ip => "ip_hash",
            Self::Device => "device_hash",
            Self::Email => "author_email",
        }
    }
}

impl Tx {
    pub async fn set_review_origin(
        &mut self,
        review_id: &str,
        ip_hash: &str,
        device_hash: &str,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE reviews SET ip_hash = $1, device_hash = $2 WHERE id = $3")
            .bind(ip_hash)
            .bind(device_hash)
            .bind(review_id)
            .execute(self.conn())
            .await?;
        Ok(())
    }
}

impl Store {
    /// Reviews sent by `value` since `since`, and the oldest one's time.
    pub async fn sent_since(
        &self,
        key: SenderKey,
        value: &str,
        since: i64,
    ) -> Result<(i64, Option<i64>), StoreError> {
        // The column name comes from the enum above, never from input. The
        // `<> ''` lets the partial sender indexes serve the query (no sender
        // is known by an empty hash).
        let column = key.column();
        let sql = format!(
            "SELECT COUNT(*), MIN(created_at) FROM reviews WHERE {column} = $1 \
             AND {column} <> '' AND created_at >= $2"
        );
        let (count, oldest): (i64, Option<i64>) = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(value)
            .bind(since)
            .fetch_one(self.pool())
            .await?;
        Ok((count, oldest))
    }

    /// A business's reviews of `stars` since `since`.
    pub async fn reviews_with_stars_since(
        &self,
        business_id: &str,
        stars: i64,
        since: i64,
    ) -> Result<i64, StoreError> {
        let count: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM reviews WHERE business_id = $1 AND rating = $2 AND created_at >= $3",
        )
        .bind(business_id)
        .bind(stars)
        .bind(since)
        .fetch_one(self.pool())
        .await?;
        Ok(count)
    }

    /// How many businesses of `org_id`, other than `except`, `email` reviewed.
    pub async fn businesses_reviewed_in_org(
        &self,
        email: &str,
        org_id: &str,
        except: &str,
    ) -> Result<i64, StoreError> {
        let count: i64 = sqlx::query_scalar(
            "SELECT COUNT(DISTINCT r.business_id) FROM reviews r JOIN businesses b ON b.id = r.business_id \
             WHERE r.author_email = $1 AND b.org_id = $2 AND r.business_id <> $3",
        )
        .bind(email)
        .bind(org_id)
        .bind(except)
        .fetch_one(self.pool())
        .await?;
        Ok(count)
    }
}
