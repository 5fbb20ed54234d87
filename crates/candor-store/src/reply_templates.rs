//! A business's reply templates.

use sqlx::Row;
use sqlx::any::AnyRow;

use crate::rows::new_id;
use crate::{Store, StoreError, Tx};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplyTemplate {
    pub id: String,
    pub business_id: String,
    pub name: String,
    pub language: String,
    /// `negative`, `mixed`, `positive`, or `None` for any rating.
    pub band: Option<String>,
    pub body: String,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A template's fields as written.
#[derive(Debug, Clone)]
pub struct TemplateFields<'a> {
    pub name: &'a str,
    pub language: &'a str,
    pub band: Option<&'a str>,
    pub body: &'a str,
}

fn template_from(row: &AnyRow) -> Result<ReplyTemplate, StoreError> {
    Ok(ReplyTemplate {
        id: row.try_get("id")?,
        business_id: row.try_get("business_id")?,
        name: row.try_get("name")?,
        language: row.try_get("language")?,
        band: row.try_get("band")?,
        body: row.try_get("body")?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
    })
}

const COLUMNS: &str = "SELECT id, business_id, name, language, band, body, created_at, updated_at \
     FROM reply_templates";

impl Store {
    pub async fn reply_templates(
        &self,
        business_id: &str,
    ) -> Result<Vec<ReplyTemplate>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "{COLUMNS} WHERE business_id = $1 ORDER BY language, name, id"
        )))
        .bind(business_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(template_from).collect()
    }

    pub async fn reply_template(&self, id: &str) -> Result<Option<ReplyTemplate>, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!("{COLUMNS} WHERE id = $1")))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(template_from).transpose()
    }
}

impl Tx {
    pub async fn insert_reply_template(
        &mut self,
        business_id: &str,
        fields: &TemplateFields<'_>,
        now: i64,
    ) -> Result<String, StoreError> {
        let id = new_id();
        sqlx::query(
            "INSERT INTO reply_templates (id, business_id, name, language, band, body, \
             created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
        )
        .bind(&id)
        .bind(business_id)
        .bind(fields.name)
        .bind(fields.language)
        .bind(fields.band)
        .bind(fields.body)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(id)
    }

    pub async fn update_reply_template(
        &mut self,
        id: &str,
        fields: &TemplateFields<'_>,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE reply_templates SET name = $1, language = $2, band = $3, body = $4, \
             updated_at = $5 WHERE id = $6",
        )
        .bind(fields.name)
        .bind(fields.language)
        .bind(fields.band)
        .bind(fields.body)
        .bind(now)
        .bind(id)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    pub async fn delete_reply_template(&mut self, id: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM reply_templates WHERE id = $1")
            .bind(id)
            .execute(self.conn())
            .await?;
        Ok(())
    }
}
