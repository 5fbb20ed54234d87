//! Review fingerprints for duplicate detection: an exact key, a MinHash
//! signature (hex) and LSH band keys, looked up across the instance.

use sqlx::Row;

use crate::sql::SqlBuilder;
use crate::{Store, StoreError, Tx};

/// A review's fingerprint as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredFingerprint {
    pub review_id: String,
    pub business_id: String,
    pub author_email: String,
    pub exact_key: String,
    pub signature: String,
}

impl Tx {
    /// Stores (or replaces) a review's fingerprint and band keys.
    pub async fn save_fingerprint(
        &mut self,
        fp: &StoredFingerprint,
        words: i64,
        band_keys: &[i64],
    ) -> Result<(), StoreError> {
        for table in ["review_bands", "review_fingerprints"] {
            let sql = format!("DELETE FROM {table} WHERE review_id = $1");
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .bind(&fp.review_id)
                .execute(self.conn())
                .await?;
        }
        sqlx::query(
            "INSERT INTO review_fingerprints (review_id, business_id, exact_key, signature, words) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&fp.review_id)
        .bind(&fp.business_id)
        .bind(&fp.exact_key)
        .bind(&fp.signature)
        .bind(words)
        .execute(self.conn())
        .await?;
        for key in band_keys {
            sqlx::query(
                "INSERT INTO review_bands (band_key, review_id) VALUES ($1, $2) \
                 ON CONFLICT (band_key, review_id) DO NOTHING",
            )
            .bind(*key)
            .bind(&fp.review_id)
            .execute(self.conn())
            .await?;
        }
        Ok(())
    }
}

impl Store {
    /// Reviews with the same exact key or sharing a band key, at most `limit`.
    pub async fn duplicate_candidates(
        &self,
        exact_key: &str,
        band_keys: &[i64],
        limit: i64,
    ) -> Result<Vec<StoredFingerprint>, StoreError> {
        let mut q = SqlBuilder::new(
            "SELECT f.review_id, f.business_id, r.author_email, f.exact_key, f.signature \
             FROM review_fingerprints f JOIN reviews r ON r.id = f.review_id WHERE f.exact_key = ",
        );
        q.bind(exact_key.to_string());
        if !band_keys.is_empty() {
            q.push(" OR f.review_id IN (SELECT review_id FROM review_bands WHERE band_key IN (");
            for (i, key) in band_keys.iter().enumerate() {
                if i > 0 {
                    q.push(", ");
                }
                q.bind(*key);
            }
            q.push("))");
        }
        q.push(" ORDER BY f.review_id LIMIT ").bind(limit);
        let (sql, args) = q.finish()?;
        let rows = sqlx::query_with(sqlx::AssertSqlSafe(sql), args)
            .fetch_all(self.pool())
            .await?;
        rows.iter()
            .map(|row| {
                Ok(StoredFingerprint {
                    review_id: row.try_get("review_id")?,
                    business_id: row.try_get("business_id")?,
                    author_email: row.try_get("author_email")?,
                    exact_key: row.try_get("exact_key")?,
                    signature: row.try_get("signature")?,
                })
            })
            .collect()
    }
}
