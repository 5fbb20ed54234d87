//! Businesses: the unit every review, reply and vote belongs to.

use crate::rows::{BUSINESS_COLUMNS, business_from, new_id};
use crate::{Business, Store, StoreError, Tx};
use sqlx::AssertSqlSafe;

impl Tx {
    pub async fn insert_business(
        &mut self,
        org_id: &str,
        slug: &str,
        name: &str,
        website: &str,
        now: i64,
    ) -> Result<Business, StoreError> {
        let id = new_id();
        sqlx::query(
            "INSERT INTO businesses (id, org_id, slug, name, website, version, created_at) \
             VALUES ($1, $2, $3, $4, $5, 0, $6)",
        )
        .bind(&id)
        .bind(org_id)
        .bind(slug)
        .bind(name)
        .bind(website)
        .bind(now)
        .execute(self.conn())
        .await
        .map_err(StoreError::conflict_on("slug"))?;
        Ok(Business {
            id,
            org_id: org_id.to_string(),
            slug: slug.to_string(),
            name: name.to_string(),
            website: website.to_string(),
            version: 0,
            created_at: now,
        })
    }

    /// Marks the public page of a business as changed (cached copies expire).
    pub async fn bump_business_version(&mut self, business_id: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE businesses SET version = version + 1 WHERE id = $1")
            .bind(business_id)
            .execute(self.conn())
            .await?;
        Ok(())
    }
}

impl Store {
    pub async fn business_by_slug(&self, slug: &str) -> Result<Option<Business>, StoreError> {
        let sql = format!("SELECT {BUSINESS_COLUMNS} FROM businesses b WHERE b.slug = $1");
        let row = sqlx::query(AssertSqlSafe(sql))
            .bind(slug)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(business_from).transpose()
    }

    pub async fn business_by_id(&self, id: &str) -> Result<Option<Business>, StoreError> {
        let sql = format!("SELECT {BUSINESS_COLUMNS} FROM businesses b WHERE b.id = $1");
        let row = sqlx::query(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(business_from).transpose()
    }

    /// Every business of the instance, by name: the public directory.
    pub async fn all_businesses(&self) -> Result<Vec<Business>, StoreError> {
        let sql = format!("SELECT {BUSINESS_COLUMNS} FROM businesses b ORDER BY b.name, b.id");
        let rows = sqlx::query(AssertSqlSafe(sql))
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(business_from).collect()
    }

    pub async fn businesses_of_org(&self, org_id: &str) -> Result<Vec<Business>, StoreError> {
        let sql = format!(
            "SELECT {BUSINESS_COLUMNS} FROM businesses b WHERE b.org_id = $1 ORDER BY b.name, b.id"
        );
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(org_id)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(business_from).collect()
    }

    /// The page version alone: one indexed read, for cache validation.
    pub async fn business_version(&self, slug: &str) -> Result<Option<i64>, StoreError> {
        let version: Option<(i64,)> =
            sqlx::query_as("SELECT version FROM businesses WHERE slug = $1")
                .bind(slug)
                .fetch_optional(self.pool())
                .await?;
        Ok(version.map(|(v,)| v))
    }
}
