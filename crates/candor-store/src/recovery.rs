//! Recovery cases: the case rows, their event log and the private
//! conversation with the reviewer. Steps are compare-and-set on the state, so
//! two staff members acting at once cannot both move the same case.

use candor_core::recovery::CaseState;
use candor_core::remedy::{Remedy, RemedyKind};
use sqlx::any::AnyRow;
use sqlx::{AssertSqlSafe, Row};

use crate::rows::new_id;
use crate::{Store, StoreError, Tx};

const CASE_COLUMNS: &str = "c.id, c.business_id, c.review_id, c.state, c.rating_at_open, \
    c.opened_by, c.assignee_id, c.remedy_type, c.remedy_value_cents, c.order_value_cents, \
    c.currency, c.opened_at, c.updated_at, c.closed_at";
const MESSAGE_COLUMNS: &str =
    "id, case_id, business_id, direction, author_id, body, language, sent_at, created_at";

#[derive(Debug, Clone, PartialEq)]
pub struct RecoveryCase {
    pub id: String,
    pub business_id: String,
    pub review_id: String,
    pub state: CaseState,
    pub rating_at_open: i64,
    /// `None`: opened automatically when the review arrived.
    pub opened_by: Option<String>,
    pub assignee_id: Option<String>,
    pub remedy: Option<Remedy>,
    pub opened_at: i64,
    pub updated_at: i64,
    pub closed_at: Option<i64>,
}

/// One entry of a case's log.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseEvent {
    pub id: String,
    /// `opened`, `step`, `note`, `assigned`, `message`, `answer`.
    pub kind: String,
    pub from_state: Option<String>,
    pub to_state: Option<String>,
    pub actor_id: Option<String>,
    pub body: String,
    pub created_at: i64,
}

/// What to append to a case's log.
#[derive(Debug, Clone, Default)]
pub struct NewCaseEvent<'a> {
    pub kind: &'a str,
    pub from_state: Option<&'a str>,
    pub to_state: Option<&'a str>,
    pub actor_id: Option<&'a str>,
    pub body: &'a str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageDirection {
    ToReviewer,
    FromReviewer,
}

impl MessageDirection {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ToReviewer => "to_reviewer",
            Self::FromReviewer => "from_reviewer",
        }
    }
}

/// One message of the private conversation.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseMessage {
    pub id: String,
    pub case_id: String,
    pub business_id: String,
    pub direction: MessageDirection,
    pub author_id: Option<String>,
    pub body: String,
    pub language: String,
    /// When the e-mail carrying it went out (staff messages only).
    pub sent_at: Option<i64>,
    pub created_at: i64,
}

/// Cases of one state (`state` = None: all), counted over a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CaseCounts {
    pub opened: i64,
    pub contacted: i64,
    pub resolved: i64,
    pub not_resolved: i64,
    pub closed_without_contact: i64,
    pub in_progress: i64,
}

/// The remedies given in one currency over a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemedyTotal {
    pub currency: String,
    pub remedies: i64,
    pub value_cents: i64,
    /// Of those, the cases that ended resolved.
    pub resolved: i64,
}

fn corrupt(what: String) -> StoreError {
    StoreError::Corrupt(what)
}

fn case_from(row: &AnyRow) -> Result<RecoveryCase, StoreError> {
    let state: String = row.try_get("state")?;
    let remedy_type: Option<String> = row.try_get("remedy_type")?;
    let remedy = match remedy_type {
        None => None,
        Some(kind) => Some(Remedy {
            kind: RemedyKind::parse(&kind).map_err(|e| corrupt(e.to_string()))?,
            value_cents: row
                .try_get::<Option<i64>, _>("remedy_value_cents")?
                .unwrap_or(0),
            order_value_cents: row.try_get("order_value_cents")?,
            currency: row
                .try_get::<Option<String>, _>("currency")?
                .unwrap_or_default(),
        }),
    };
    Ok(RecoveryCase {
        id: row.try_get("id")?,
        business_id: row.try_get("business_id")?,
        review_id: row.try_get("review_id")?,
        state: CaseState::parse(&state).ok_or_else(|| corrupt(format!("case state {state}")))?,
        rating_at_open: row.try_get("rating_at_open")?,
        opened_by: row.try_get("opened_by")?,
        assignee_id: row.try_get("assignee_id")?,
        remedy,
        opened_at: row.try_get("opened_at")?,
        updated_at: row.try_get("updated_at")?,
        closed_at: row.try_get("closed_at")?,
    })
}

fn message_from(row: &AnyRow) -> Result<CaseMessage, StoreError> {
    let direction = match row.try_get::<String, _>("direction")?.as_str() {
        "to_reviewer" => MessageDirection::ToReviewer,
        "from_reviewer" => MessageDirection::FromReviewer,
        other => return Err(corrupt(format!("message direction {other}"))),
    };
    Ok(CaseMessage {
        id: row.try_get("id")?,
        case_id: row.try_get("case_id")?,
        business_id: row.try_get("business_id")?,
        direction,
        author_id: row.try_get("author_id")?,
        body: row.try_get("body")?,
        language: row.try_get("language")?,
        sent_at: row.try_get("sent_at")?,
        created_at: row.try_get("created_at")?,
    })
}

fn event_from(row: &AnyRow) -> Result<CaseEvent, StoreError> {
    Ok(CaseEvent {
        id: row.try_get("id")?,
        kind: row.try_get("kind")?,
        from_state: row.try_get("from_state")?,
        to_state: row.try_get("to_state")?,
        actor_id: row.try_get("actor_id")?,
        body: row.try_get("body")?,
        created_at: row.try_get("created_at")?,
    })
}

impl Store {
    /// The rating at or under which a new review opens a case, if set.
    pub async fn recovery_threshold(&self, business_id: &str) -> Result<Option<i64>, StoreError> {
        let row =
            sqlx::query("SELECT open_at_or_below FROM recovery_settings WHERE business_id = $1")
                .bind(business_id)
                .fetch_optional(self.pool())
                .await?;
        Ok(row.map(|r| r.try_get("open_at_or_below")).transpose()?)
    }

    pub async fn case_by_id(&self, id: &str) -> Result<Option<RecoveryCase>, StoreError> {
        let sql = format!("SELECT {CASE_COLUMNS} FROM recovery_cases c WHERE c.id = $1");
        let row = sqlx::query(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(case_from).transpose()
    }

    /// The cases of a review, newest first.
    pub async fn cases_of_review(&self, review_id: &str) -> Result<Vec<RecoveryCase>, StoreError> {
        let sql = format!(
            "SELECT {CASE_COLUMNS} FROM recovery_cases c WHERE c.review_id = $1 \
             ORDER BY c.opened_at DESC, c.id DESC"
        );
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(review_id)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(case_from).collect()
    }

    /// A business's cases, newest first, optionally of one state, after the
    /// keyset `(opened_at, id)`.
    pub async fn cases_of_business(
        &self,
        business_id: &str,
        state: Option<CaseState>,
        before: Option<(i64, &str)>,
        limit: i64,
    ) -> Result<Vec<RecoveryCase>, StoreError> {
        let (at, id) = before.unwrap_or((i64::MAX, ""));
        let sql = format!(
            "SELECT {CASE_COLUMNS} FROM recovery_cases c WHERE c.business_id = $1 \
             AND ($2 = '' OR c.state = $2) \
             AND (c.opened_at < $3 OR (c.opened_at = $3 AND ($4 = '' OR c.id < $4))) \
             ORDER BY c.opened_at DESC, c.id DESC LIMIT $5"
        );
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(business_id)
            .bind(state.map_or("", CaseState::as_str))
            .bind(at)
            .bind(id)
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(case_from).collect()
    }

    pub async fn case_events(&self, case_id: &str) -> Result<Vec<CaseEvent>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, kind, from_state, to_state, actor_id, body, created_at FROM case_events \
             WHERE case_id = $1 ORDER BY created_at, id",
        )
        .bind(case_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(event_from).collect()
    }

    pub async fn case_messages(&self, case_id: &str) -> Result<Vec<CaseMessage>, StoreError> {
        let sql = format!(
            "SELECT {MESSAGE_COLUMNS} FROM case_messages WHERE case_id = $1 \
             ORDER BY created_at, id"
        );
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(case_id)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(message_from).collect()
    }

    pub async fn case_message(&self, id: &str) -> Result<Option<CaseMessage>, StoreError> {
        let sql = format!("SELECT {MESSAGE_COLUMNS} FROM case_messages WHERE id = $1");
        let row = sqlx::query(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(message_from).transpose()
    }

    /// The case whose answer link carries the token with this hash.
    pub async fn case_by_link(&self, token_hash: &str) -> Result<Option<RecoveryCase>, StoreError> {
        let sql = format!(
            "SELECT {CASE_COLUMNS} FROM recovery_cases c JOIN case_messages m ON m.case_id = c.id \
             WHERE m.link_token_hash = $1"
        );
        let row = sqlx::query(AssertSqlSafe(sql))
            .bind(token_hash)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(case_from).transpose()
    }

    /// Whether the business answered the review, publicly or privately.
    pub async fn business_responded(&self, review_id: &str) -> Result<bool, StoreError> {
        let row = sqlx::query(
            "SELECT (SELECT COUNT(*) FROM replies WHERE review_id = $1) \
             + (SELECT COUNT(*) FROM case_messages m JOIN recovery_cases c ON c.id = m.case_id \
                WHERE c.review_id = $1 AND m.direction = 'to_reviewer' AND m.sent_at IS NOT NULL) \
             AS n",
        )
        .bind(review_id)
        .fetch_one(self.pool())
        .await?;
        Ok(row.try_get::<i64, _>("n")? > 0)
    }
}

impl Tx {
    pub async fn set_recovery_threshold(
        &mut self,
        business_id: &str,
        open_at_or_below: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO recovery_settings (business_id, open_at_or_below, updated_at) \
             VALUES ($1, $2, $3) ON CONFLICT (business_id) DO UPDATE SET \
             open_at_or_below = excluded.open_at_or_below, updated_at = excluded.updated_at",
        )
        .bind(business_id)
        .bind(open_at_or_below)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Opens a case on a review; `None` when one is already in progress.
    pub async fn open_case(
        &mut self,
        business_id: &str,
        review_id: &str,
        rating: i64,
        opened_by: Option<&str>,
        now: i64,
    ) -> Result<Option<RecoveryCase>, StoreError> {
        let id = new_id();
        let done = sqlx::query(
            "INSERT INTO recovery_cases (id, business_id, review_id, state, rating_at_open, \
             opened_by, assignee_id, opened_at, updated_at) \
             VALUES ($1, $2, $3, 'open', $4, $5, $5, $6, $6) ON CONFLICT DO NOTHING",
        )
        .bind(&id)
        .bind(business_id)
        .bind(review_id)
        .bind(rating)
        .bind(opened_by)
        .bind(now)
        .execute(self.conn())
        .await?;
        if done.rows_affected() == 0 {
            return Ok(None);
        }
        let event = NewCaseEvent {
            kind: "opened",
            to_state: Some(CaseState::Open.as_str()),
            actor_id: opened_by,
            ..NewCaseEvent::default()
        };
        self.insert_case_event(&id, business_id, &event, now)
            .await?;
        self.case(&id).await.map(Some)
    }

    pub async fn case(&mut self, id: &str) -> Result<RecoveryCase, StoreError> {
        let sql = format!("SELECT {CASE_COLUMNS} FROM recovery_cases c WHERE c.id = $1");
        let row = sqlx::query(AssertSqlSafe(sql))
            .bind(id)
            .fetch_one(self.conn())
            .await?;
        case_from(&row)
    }

    /// Moves a case from `from` to `to`; `false` when it was no longer in
    /// `from` (someone else moved it first).
    pub async fn move_case(
        &mut self,
        case: &RecoveryCase,
        to: CaseState,
        now: i64,
    ) -> Result<bool, StoreError> {
        let closed_at = to.is_final().then_some(now);
        let done = sqlx::query(
            "UPDATE recovery_cases SET state = $1, updated_at = $2, closed_at = $3 \
             WHERE id = $4 AND state = $5",
        )
        .bind(to.as_str())
        .bind(now)
        .bind(closed_at)
        .bind(&case.id)
        .bind(case.state.as_str())
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn set_case_remedy(
        &mut self,
        case_id: &str,
        remedy: &Remedy,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE recovery_cases SET remedy_type = $1, remedy_value_cents = $2, \
             order_value_cents = $3, currency = $4, updated_at = $5 WHERE id = $6",
        )
        .bind(remedy.kind.as_str())
        .bind(remedy.value_cents)
        .bind(remedy.order_value_cents)
        .bind(&remedy.currency)
        .bind(now)
        .bind(case_id)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    pub async fn set_case_assignee(
        &mut self,
        case_id: &str,
        assignee_id: Option<&str>,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE recovery_cases SET assignee_id = $1, updated_at = $2 WHERE id = $3")
            .bind(assignee_id)
            .bind(now)
            .bind(case_id)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    pub async fn insert_case_event(
        &mut self,
        case_id: &str,
        business_id: &str,
        event: &NewCaseEvent<'_>,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO case_events (id, case_id, business_id, kind, from_state, to_state, \
             actor_id, body, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(new_id())
        .bind(case_id)
        .bind(business_id)
        .bind(event.kind)
        .bind(event.from_state)
        .bind(event.to_state)
        .bind(event.actor_id)
        .bind(event.body)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Adds a message to the conversation and returns its id.
    pub async fn insert_case_message(
        &mut self,
        case: &RecoveryCase,
        direction: MessageDirection,
        author_id: Option<&str>,
        body: &str,
        language: &str,
        now: i64,
    ) -> Result<String, StoreError> {
        let id = new_id();
        sqlx::query(
            "INSERT INTO case_messages (id, case_id, business_id, direction, author_id, body, \
             language, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&id)
        .bind(&case.id)
        .bind(&case.business_id)
        .bind(direction.as_str())
        .bind(author_id)
        .bind(body)
        .bind(language)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(id)
    }

    /// Records that a staff message's e-mail went out with the answer link
    /// whose token hashes to `link_token_hash`.
    pub async fn mark_case_message_sent(
        &mut self,
        message_id: &str,
        link_token_hash: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE case_messages SET sent_at = $1, link_token_hash = $2 \
             WHERE id = $3 AND sent_at IS NULL",
        )
        .bind(now)
        .bind(link_token_hash)
        .bind(message_id)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Marks a review as updated by its author after the business responded
    /// (the first such update is kept: the rating change is measured from it).
    pub async fn mark_updated_after_response(
        &mut self,
        review_id: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE reviews SET updated_after_response_at = COALESCE(updated_after_response_at, $1) \
             WHERE id = $2",
        )
            .bind(now)
            .bind(review_id)
            .execute(self.conn())
            .await?;
        Ok(())
    }
}
