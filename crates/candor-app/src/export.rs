//! Exports: all of a business's data (reviews with their revisions, status
//! history and replies; recovery cases with their log and conversation) as
//! JSON lines and CSV, page by page so memory stays flat; and everything
//! the instance holds about one reviewer.
//!
//! A business's export carries no reviewer e-mail address: staff never see
//! them (the recovery relay writes for them), and an export is no way round.

use std::io::Write;

use candor_store::{
    Business, ExportRow, RecoveryCase, ReviewRevision, ReviewWithReply, StatusEvent,
};
use serde::Serialize;

use crate::{App, AppError};

/// Reviews read per page.
const PAGE: i64 = 500;

#[derive(Debug, Serialize)]
pub struct ExportedReview {
    pub id: String,
    pub business: String,
    pub source: String,
    pub external_id: Option<String>,
    pub status: String,
    pub status_reason: Option<String>,
    pub rating: u8,
    pub title: String,
    pub body: String,
    pub author_name: String,
    pub language: Option<String>,
    pub experienced_on: Option<String>,
    pub helpful_count: i64,
    pub created_at: i64,
    pub updated_at: i64,
    pub updated_after_response_at: Option<i64>,
    pub revisions: Vec<ExportedRevision>,
    pub status_history: Vec<ExportedStatus>,
    pub reply: Option<ExportedReply>,
}

#[derive(Debug, Serialize)]
pub struct ExportedRevision {
    pub revision: i64,
    pub rating: u8,
    pub title: String,
    pub body: String,
    pub author_name: String,
    pub language: Option<String>,
    pub experienced_on: Option<String>,
    pub created_at: i64,
}

#[derive(Debug, Serialize)]
pub struct ExportedStatus {
    pub from: String,
    pub to: String,
    pub reason: String,
    pub actor: String,
    pub at: i64,
}

#[derive(Debug, Serialize)]
pub struct ExportedReply {
    pub body: String,
    pub revision: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Serialize)]
pub struct ExportedCase {
    pub id: String,
    pub review_id: String,
    pub state: String,
    pub rating_at_open: i64,
    pub remedy: Option<serde_json::Value>,
    pub opened_at: i64,
    pub closed_at: Option<i64>,
    pub events: Vec<serde_json::Value>,
    pub messages: Vec<serde_json::Value>,
}

/// How many records an export wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ExportCounts {
    pub reviews: u64,
    pub cases: u64,
}

/// The CSV columns of `reviews.csv`, one row per review as it stands.
pub const CSV_COLUMNS: [&str; 16] = [
    "id",
    "source",
    "external_id",
    "status",
    "rating",
    "title",
    "body",
    "author_name",
    "language",
    "experienced_on",
    "helpful_count",
    "revisions",
    "created_at",
    "updated_at",
    "reply",
    "replied_at",
];

fn io_error(error: impl std::fmt::Display) -> AppError {
    AppError::Internal(format!("writing the export: {error}"))
}

impl App {
    /// Writes the business's reviews as JSON lines to `jsonl` and as CSV to
    /// `csv`, oldest first; returns how many.
    pub async fn export_reviews(
        &self,
        business: &Business,
        jsonl: &mut dyn Write,
        csv: &mut csv::Writer<impl Write>,
    ) -> Result<u64, AppError> {
        csv.write_record(CSV_COLUMNS).map_err(io_error)?;
        let mut after: Option<(i64, String)> = None;
        let mut count = 0;
        loop {
            let page = self
                .store()
                .reviews_for_export(
                    &business.id,
                    after.as_ref().map(|(t, i)| (*t, i.as_str())),
                    PAGE,
                )
                .await?;
            let Some(last) = page.last() else {
                return Ok(count);
            };
            after = Some((last.item.review.created_at, last.item.review.id.clone()));
            for row in &page {
                let review = self.exported_review(&business.slug, row).await?;
                serde_json::to_writer(&mut *jsonl, &review).map_err(io_error)?;
                jsonl.write_all(b"\n").map_err(io_error)?;
                csv.write_record(csv_row(&review)).map_err(io_error)?;
                count += 1;
            }
        }
    }

    /// Writes the business's recovery cases, newest first, as JSON lines.
    pub async fn export_cases(
        &self,
        business: &Business,
        jsonl: &mut dyn Write,
    ) -> Result<u64, AppError> {
        let mut before: Option<(i64, String)> = None;
        let mut count = 0;
        loop {
            let page = self
                .store()
                .cases_of_business(
                    &business.id,
                    None,
                    before.as_ref().map(|(t, i)| (*t, i.as_str())),
                    PAGE,
                )
                .await?;
            let Some(last) = page.last() else {
                return Ok(count);
            };
            before = Some((last.opened_at, last.id.clone()));
            for case in &page {
                let exported = self.exported_case(case).await?;
                serde_json::to_writer(&mut *jsonl, &exported).map_err(io_error)?;
                jsonl.write_all(b"\n").map_err(io_error)?;
                count += 1;
            }
        }
    }

    pub(crate) async fn exported_review(
        &self,
        business_slug: &str,
        row: &ExportRow,
    ) -> Result<ExportedReview, AppError> {
        let ReviewWithReply { review, reply } = &row.item;
        let revisions = self.store().review_revisions(&review.id).await?;
        let history = self.store().status_events(&review.id).await?;
        Ok(ExportedReview {
            id: review.id.clone(),
            business: business_slug.to_string(),
            source: review.source.clone(),
            external_id: row.external_id.clone(),
            status: review.status.as_str().to_string(),
            status_reason: review.status_reason.clone(),
            rating: review.rating.get(),
            title: review.title.clone(),
            body: review.body.clone(),
            author_name: review.author_name.clone(),
            language: review.language.as_ref().map(|l| l.as_str().to_string()),
            experienced_on: review.experienced_on.clone(),
            helpful_count: review.helpful_count,
            created_at: review.created_at,
            updated_at: review.updated_at,
            updated_after_response_at: review.updated_after_response_at,
            revisions: revisions.iter().map(exported_revision).collect(),
            status_history: history.iter().map(exported_status).collect(),
            reply: reply.as_ref().map(|r| ExportedReply {
                body: r.body.clone(),
                revision: r.revision,
                created_at: r.created_at,
                updated_at: r.updated_at,
            }),
        })
    }

    async fn exported_case(&self, case: &RecoveryCase) -> Result<ExportedCase, AppError> {
        let events = self.store().case_events(&case.id).await?;
        let messages = self.store().case_messages(&case.id).await?;
        Ok(ExportedCase {
            id: case.id.clone(),
            review_id: case.review_id.clone(),
            state: case.state.as_str().to_string(),
            rating_at_open: case.rating_at_open,
            remedy: case.remedy.as_ref().map(|r| {
                serde_json::json!({
                    "type": r.kind.as_str(),
                    "value_cents": r.value_cents,
                    "order_value_cents": r.order_value_cents,
                    "currency": r.currency,
                })
            }),
            opened_at: case.opened_at,
            closed_at: case.closed_at,
            events: events
                .iter()
                .map(|e| {
                    serde_json::json!({
                        "kind": e.kind, "from": e.from_state, "to": e.to_state,
                        "actor_id": e.actor_id, "body": e.body, "at": e.created_at,
                    })
                })
                .collect(),
            messages: messages
                .iter()
                .map(|m| {
                    serde_json::json!({
                        "direction": m.direction.as_str(), "author_id": m.author_id,
                        "body": m.body, "language": m.language, "sent_at": m.sent_at,
                        "at": m.created_at,
                    })
                })
                .collect(),
        })
    }
}

pub(crate) fn exported_revision(r: &ReviewRevision) -> ExportedRevision {
    ExportedRevision {
        revision: r.revision,
        rating: r.rating.get(),
        title: r.title.clone(),
        body: r.body.clone(),
        author_name: r.author_name.clone(),
        language: r.language.as_ref().map(|l| l.as_str().to_string()),
        experienced_on: r.experienced_on.clone(),
        created_at: r.created_at,
    }
}

fn exported_status(e: &StatusEvent) -> ExportedStatus {
    ExportedStatus {
        from: e.from_status.clone(),
        to: e.to_status.clone(),
        reason: e.reason.clone(),
        actor: e.actor.clone(),
        at: e.created_at,
    }
}

fn csv_row(r: &ExportedReview) -> [String; 16] {
    let time = |ms: i64| {
        chrono::DateTime::from_timestamp_millis(ms)
            .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
            .unwrap_or_default()
    };
    [
        r.id.clone(),
        r.source.clone(),
        r.external_id.clone().unwrap_or_default(),
        r.status.clone(),
        r.rating.to_string(),
        inert(&r.title),
        inert(&r.body),
        inert(&r.author_name),
        r.language.clone().unwrap_or_default(),
        r.experienced_on.clone().unwrap_or_default(),
        r.helpful_count.to_string(),
        r.revisions.len().to_string(),
        time(r.created_at),
        time(r.updated_at),
        r.reply.as_ref().map(|p| inert(&p.body)).unwrap_or_default(),
        r.reply
            .as_ref()
            .map(|p| time(p.updated_at))
            .unwrap_or_default(),
    ]
}

/// A text cell a spreadsheet will not run as a formula: one starting with
/// `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` (the
/// JSON lines keep every text exactly).
fn inert(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::inert;

    #[test]
    fn formula_cells_are_made_inert() {
        assert_eq!(inert("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(inert("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(inert("-1 star"), "'-1 star");
        assert_eq!(inert("Great shop = good"), "Great shop = good");
    }
}
