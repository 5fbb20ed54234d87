//! Review invitations: one per order, sent after a delay, reminded at most
//! once; unsubscribes per business; the figures of invited vs organic.

use sqlx::any::AnyRow;
use sqlx::{AssertSqlSafe, Row};

use crate::rows::new_id;
use crate::{Store, StoreError, Tx};

#[derive(Debug, Clone, PartialEq)]
pub struct Invitation {
    pub id: String,
    pub business_id: String,
    /// Lower case.
    pub email: String,
    pub name: String,
    pub order_ref: String,
    pub ordered_at: Option<i64>,
    pub language: String,
    pub product: String,
    /// `scheduled`, `sent`, `reviewed`, `unsubscribed` or `bounced`.
    pub state: String,
    pub send_at: i64,
    pub sent_at: Option<i64>,
    pub reminded_at: Option<i64>,
    pub opened_at: Option<i64>,
    pub reviewed_at: Option<i64>,
    pub review_id: Option<String>,
    pub bounce_reason: Option<String>,
    pub created_at: i64,
}

/// A customer to invite, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct NewInvitation {
    pub email: String,
    pub name: String,
    pub order_ref: String,
    pub ordered_at: Option<i64>,
    pub language: String,
    pub product: String,
    pub send_at: i64,
}

/// How many of a business's invitations (made since a time) reached each step.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct InvitationCounts {
    pub uploaded: i64,
    pub sent: i64,
    pub opened: i64,
    pub reminded: i64,
    pub reviewed: i64,
    pub unsubscribed: i64,
    pub bounced: i64,
    /// Customers who wrote an organic review of the business before their
    /// invitation went out (or without one going out).
    pub reviewed_unasked: i64,
}

const COLUMNS: &str = "id, business_id, email, name, order_ref, ordered_at, language, product, \
    state, send_at, sent_at, reminded_at, opened_at, reviewed_at, review_id, bounce_reason, \
    created_at";

fn invitation_from(row: &AnyRow) -> Result<Invitation, StoreError> {
    Ok(Invitation {
        id: row.try_get("id")?,
        business_id: row.try_get("business_id")?,
        email: row.try_get("email")?,
        name: row.try_get("name")?,
        order_ref: row.try_get("order_ref")?,
        ordered_at: row.try_get("ordered_at")?,
        language: row.try_get("language")?,
        product: row.try_get("product")?,
        state: row.try_get("state")?,
        send_at: row.try_get("send_at")?,
        sent_at: row.try_get("sent_at")?,
        reminded_at: row.try_get("reminded_at")?,
        opened_at: row.try_get("opened_at")?,
        reviewed_at: row.try_get("reviewed_at")?,
        review_id: row.try_get("review_id")?,
        bounce_reason: row.try_get("bounce_reason")?,
        created_at: row.try_get("created_at")?,
    })
}

impl Store {
    /// `(delay_hours, reminder_hours)` where the business has set them.
    pub async fn invitation_settings(
        &self,
        business_id: &str,
    ) -> Result<Option<(i64, i64)>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT delay_hours, reminder_hours FROM invitation_settings WHERE business_id = $1",
        )
        .bind(business_id)
        .fetch_optional(self.pool())
        .await?)
    }

    pub async fn invitation_by_id(&self, id: &str) -> Result<Option<Invitation>, StoreError> {
        self.invitation_where("id = $1", id).await
    }

    /// The invitation whose e-mail (first or reminder) carried this token hash.
    pub async fn invitation_by_token(&self, hash: &str) -> Result<Option<Invitation>, StoreError> {
        self.invitation_where("token_hash = $1 OR reminder_token_hash = $1", hash)
            .await
    }

    async fn invitation_where(
        &self,
        condition: &str,
        value: &str,
    ) -> Result<Option<Invitation>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM invitations WHERE {condition}");
        let row = sqlx::query(AssertSqlSafe(sql))
            .bind(value)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(invitation_from).transpose()
    }

    /// The business's newest invitations.
    pub async fn invitations_of_business(
        &self,
        business_id: &str,
        limit: i64,
    ) -> Result<Vec<Invitation>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM invitations WHERE business_id = $1 \
             ORDER BY created_at DESC, id DESC LIMIT $2"
        );
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(business_id)
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(invitation_from).collect()
    }

    pub async fn is_unsubscribed(
        &self,
        business_id: &str,
        email: &str,
    ) -> Result<bool, StoreError> {
        let found: Option<(String,)> = sqlx::query_as(
            "SELECT email FROM invitation_unsubscribes WHERE business_id = $1 AND email = $2",
        )
        .bind(business_id)
        .bind(email.to_lowercase())
        .fetch_optional(self.pool())
        .await?;
        Ok(found.is_some())
    }

    /// Which of `emails` (lower case) asked the business not to invite them.
    pub async fn unsubscribed_among(
        &self,
        business_id: &str,
        emails: &[String],
    ) -> Result<std::collections::HashSet<String>, StoreError> {
        let mut found = std::collections::HashSet::new();
        for chunk in emails.chunks(crate::bulk::MAX_PARAMETERS / 2) {
            let mut q = crate::sql::SqlBuilder::new(
                "SELECT email FROM invitation_unsubscribes WHERE business_id = ",
            );
            q.bind(business_id.to_string());
            q.push(" AND email IN ");
            q.bind_list(chunk);
            let (sql, args) = q.finish()?;
            let rows: Vec<(String,)> = sqlx::query_as_with(AssertSqlSafe(sql), args)
                .fetch_all(self.pool())
                .await?;
            found.extend(rows.into_iter().map(|(email,)| email));
        }
        Ok(found)
    }

    /// Counts of the invitations made since `since`.
    pub async fn invitation_counts(
        &self,
        business_id: &str,
        since: i64,
        now: i64,
    ) -> Result<InvitationCounts, StoreError> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS uploaded, \
             COUNT(i.sent_at) AS sent, COUNT(i.opened_at) AS opened, \
             COUNT(i.reminded_at) AS reminded, COUNT(i.reviewed_at) AS reviewed, \
             COALESCE(SUM(CASE WHEN i.state = 'unsubscribed' THEN 1 ELSE 0 END), 0) AS unsubscribed, \
             COALESCE(SUM(CASE WHEN i.state = 'bounced' THEN 1 ELSE 0 END), 0) AS bounced, \
             COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM reviews r \
               WHERE r.business_id = i.business_id AND r.source = 'organic' \
               AND LOWER(r.author_email) = i.email AND r.created_at < COALESCE(i.sent_at, $3)) \
               THEN 1 ELSE 0 END), 0) AS unasked \
             FROM invitations i WHERE i.business_id = $1 AND i.created_at >= $2",
        )
        .bind(business_id)
        .bind(since)
        .bind(now)
        .fetch_one(self.pool())
        .await?;
        Ok(InvitationCounts {
            uploaded: row.try_get("uploaded")?,
            sent: row.try_get("sent")?,
            opened: row.try_get("opened")?,
            reminded: row.try_get("reminded")?,
            reviewed: row.try_get("reviewed")?,
            unsubscribed: row.try_get("unsubscribed")?,
            bounced: row.try_get("bounced")?,
            reviewed_unasked: row.try_get("unasked")?,
        })
    }

    /// `(source, rating, count)` of the business's published reviews written
    /// since `since`, for `invited` and `organic` reviews.
    pub async fn star_mix_by_source(
        &self,
        business_id: &str,
        since: i64,
    ) -> Result<Vec<(String, i64, i64)>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT source, rating, COUNT(*) FROM reviews WHERE business_id = $1 \
             AND status = 'published' AND created_at >= $2 AND source IN ('invited', 'organic') \
             GROUP BY source, rating ORDER BY source, rating",
        )
        .bind(business_id)
        .bind(since)
        .fetch_all(self.pool())
        .await?)
    }
}

impl Tx {
    pub async fn set_invitation_settings(
        &mut self,
        business_id: &str,
        delay_hours: i64,
        reminder_hours: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO invitation_settings (business_id, delay_hours, reminder_hours, updated_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (business_id) DO UPDATE SET \
             delay_hours = excluded.delay_hours, reminder_hours = excluded.reminder_hours, \
             updated_at = excluded.updated_at",
        )
        .bind(business_id)
        .bind(delay_hours)
        .bind(reminder_hours)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Stores an invitation; `None` if the business has one for this order.
    /// An address that unsubscribed is stored as such and never written to.
    pub async fn insert_invitation(
        &mut self,
        business_id: &str,
        new: &NewInvitation,
        unsubscribed: bool,
        now: i64,
    ) -> Result<Option<String>, StoreError> {
        let id = new_id();
        let state = if unsubscribed {
            "unsubscribed"
        } else {
            "scheduled"
        };
        let done = sqlx::query(
            "INSERT INTO invitations (id, business_id, email, name, order_ref, ordered_at, \
             language, product, state, send_at, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
             ON CONFLICT (business_id, order_ref) DO NOTHING",
        )
        .bind(&id)
        .bind(business_id)
        .bind(new.email.to_lowercase())
        .bind(&new.name)
        .bind(&new.order_ref)
        .bind(new.ordered_at)
        .bind(&new.language)
        .bind(&new.product)
        .bind(state)
        .bind(new.send_at)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok((done.rows_affected() == 1).then_some(id))
    }

    /// Records the first e-mail; false if the invitation is no longer due.
    pub async fn mark_invitation_sent(
        &mut self,
        id: &str,
        token_hash: &str,
        now: i64,
    ) -> Result<bool, StoreError> {
        self.update_one(
            "UPDATE invitations SET state = 'sent', sent_at = $1, token_hash = $2 \
             WHERE id = $3 AND state = 'scheduled'",
            now,
            token_hash,
            id,
        )
        .await
    }

    /// Records the one reminder; false if none is due any more.
    pub async fn mark_invitation_reminded(
        &mut self,
        id: &str,
        token_hash: &str,
        now: i64,
    ) -> Result<bool, StoreError> {
        self.update_one(
            "UPDATE invitations SET reminded_at = $1, reminder_token_hash = $2 \
             WHERE id = $3 AND state = 'sent' AND reminded_at IS NULL",
            now,
            token_hash,
            id,
        )
        .await
    }

    /// The mail server refused the address for good.
    pub async fn mark_invitation_bounced(
        &mut self,
        id: &str,
        reason: &str,
    ) -> Result<bool, StoreError> {
        sqlx::query(
            "UPDATE invitations SET state = 'bounced', bounce_reason = $1 \
             WHERE id = $2 AND state IN ('scheduled', 'sent')",
        )
        .bind(reason)
        .bind(id)
        .execute(self.conn())
        .await
        .map(|done| done.rows_affected() == 1)
        .map_err(Into::into)
    }

    /// The first time the link was opened.
    pub async fn mark_invitation_opened(&mut self, id: &str, now: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE invitations SET opened_at = $1 WHERE id = $2 AND opened_at IS NULL")
            .bind(now)
            .bind(id)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Uses the invitation for `review_id`; false if it was used already.
    pub async fn mark_invitation_reviewed(
        &mut self,
        id: &str,
        review_id: &str,
        now: i64,
    ) -> Result<bool, StoreError> {
        self.update_one(
            "UPDATE invitations SET state = 'reviewed', reviewed_at = $1, review_id = $2 \
             WHERE id = $3 AND state = 'sent'",
            now,
            review_id,
            id,
        )
        .await
    }

    /// Never invites `email` to review the business again; pending
    /// invitations to it are stopped.
    pub async fn unsubscribe(
        &mut self,
        business_id: &str,
        email: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        let email = email.to_lowercase();
        sqlx::query(
            "INSERT INTO invitation_unsubscribes (business_id, email, created_at) \
             VALUES ($1, $2, $3) ON CONFLICT (business_id, email) DO NOTHING",
        )
        .bind(business_id)
        .bind(&email)
        .bind(now)
        .execute(self.conn())
        .await?;
        sqlx::query(
            "UPDATE invitations SET state = 'unsubscribed' WHERE business_id = $1 \
             AND email = $2 AND state IN ('scheduled', 'sent')",
        )
        .bind(business_id)
        .bind(&email)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    async fn update_one(
        &mut self,
        sql: &'static str,
        now: i64,
        text: &str,
        id: &str,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(sql)
            .bind(now)
            .bind(text)
            .bind(id)
            .execute(self.conn())
            .await?;
        Ok(done.rows_affected() == 1)
    }
}
