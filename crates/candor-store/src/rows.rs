//! Records as the store hands them out: plain data, already typed.

use candor_core::{Language, Rating, ReviewStatus, Role};
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::StoreError;

#[derive(Debug, Clone, PartialEq)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct User {
    pub id: String,
    pub org_id: String,
    pub email: String,
    pub name: String,
    pub role: Role,
    /// The language Candor's e-mails and notifications to this user are in.
    pub locale: String,
    pub created_at: i64,
}

/// A user row with its password hash, only for the login check.
#[derive(Debug, Clone)]
pub struct UserCredentials {
    pub user: User,
    pub password_hash: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ApiToken {
    pub id: String,
    pub org_id: String,
    pub user_id: String,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Business {
    pub id: String,
    pub org_id: String,
    pub slug: String,
    pub name: String,
    pub website: String,
    /// Bumped by every write that changes what the public page shows.
    pub version: i64,
    pub created_at: i64,
}

/// A review as it stands now. `author_email` is private to the platform.
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    pub id: String,
    pub business_id: String,
    pub rating: Rating,
    pub title: String,
    pub body: String,
    pub author_name: String,
    pub author_email: String,
    pub language: Option<Language>,
    pub experienced_on: Option<String>,
    pub status: ReviewStatus,
    pub status_reason: Option<String>,
    pub source: String,
    pub revision: i64,
    pub helpful_count: i64,
    pub created_at: i64,
    pub updated_at: i64,
    /// When the author first edited it after the business responded.
    pub updated_after_response_at: Option<i64>,
}

impl Review {
    pub fn is_edited(&self) -> bool {
        self.revision > 1
    }
}

/// A review with its reply, as lists show it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewWithReply {
    pub review: Review,
    pub reply: Option<Reply>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReviewRevision {
    pub revision: i64,
    pub rating: Rating,
    pub title: String,
    pub body: String,
    pub author_name: String,
    pub language: Option<Language>,
    pub experienced_on: Option<String>,
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StatusEvent {
    pub from_status: String,
    pub to_status: String,
    pub reason: String,
    pub actor: String,
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub id: String,
    pub review_id: String,
    pub business_id: String,
    pub author_user_id: String,
    pub body: String,
    pub revision: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReplyRevision {
    pub revision: i64,
    pub body: String,
    pub created_at: i64,
}

/// Column lists, so every SELECT of a record reads the same columns in the same order.
pub(crate) const REVIEW_COLUMNS: &str = "r.id, r.business_id, r.rating, r.title, r.body, \
    r.author_name, r.author_email, r.language, r.experienced_on, r.status, r.status_reason, \
    r.source, r.revision, r.helpful_count, r.created_at, r.updated_at, \
    r.updated_after_response_at";
pub(crate) const REPLY_COLUMNS: &str = "p.id AS p_id, p.review_id AS p_review_id, \
    p.business_id AS p_business_id, p.author_user_id AS p_author_user_id, p.body AS p_body, \
    p.revision AS p_revision, p.created_at AS p_created_at, p.updated_at AS p_updated_at";
pub(crate) const USER_COLUMNS: &str =
    "u.id, u.org_id, u.email, u.name, u.role, u.locale, u.created_at";
pub(crate) const BUSINESS_COLUMNS: &str =
    "b.id, b.org_id, b.slug, b.name, b.website, b.version, b.created_at";

fn corrupt(what: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(what.to_string())
}

pub(crate) fn rating(value: i64) -> Result<Rating, StoreError> {
    Rating::try_from(value).map_err(corrupt)
}

pub(crate) fn review_from(row: &AnyRow) -> Result<Review, StoreError> {
    Ok(Review {
        id: row.try_get("id")?,
        business_id: row.try_get("business_id")?,
        rating: rating(row.try_get("rating")?)?,
        title: row.try_get("title")?,
        body: row.try_get("body")?,
        author_name: row.try_get("author_name")?,
        author_email: row.try_get("author_email")?,
        language: row
            .try_get::<Option<String>, _>("language")?
            .map(Language::from_stored),
        experienced_on: row.try_get("experienced_on")?,
        status: ReviewStatus::parse(&row.try_get::<String, _>("status")?).map_err(corrupt)?,
        status_reason: row.try_get("status_reason")?,
        source: row.try_get("source")?,
        revision: row.try_get("revision")?,
        helpful_count: row.try_get("helpful_count")?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
        updated_after_response_at: row.try_get("updated_after_response_at")?,
    })
}

/// A review row joined with its reply (`REVIEW_COLUMNS, REPLY_COLUMNS`).
pub(crate) fn item_from(row: &AnyRow) -> Result<ReviewWithReply, StoreError> {
    Ok(ReviewWithReply {
        review: review_from(row)?,
        reply: joined_reply_from(row)?,
    })
}

/// Reads the reply columns of a LEFT JOIN (prefixed `p_`); `None` when absent.
pub(crate) fn joined_reply_from(row: &AnyRow) -> Result<Option<Reply>, StoreError> {
    let Some(id) = row.try_get::<Option<String>, _>("p_id")? else {
        return Ok(None);
    };
    Ok(Some(Reply {
        id,
        review_id: row.try_get("p_review_id")?,
        business_id: row.try_get("p_business_id")?,
        author_user_id: row.try_get("p_author_user_id")?,
        body: row.try_get("p_body")?,
        revision: row.try_get("p_revision")?,
        created_at: row.try_get("p_created_at")?,
        updated_at: row.try_get("p_updated_at")?,
    }))
}

pub(crate) fn user_from(row: &AnyRow) -> Result<User, StoreError> {
    Ok(User {
        id: row.try_get("id")?,
        org_id: row.try_get("org_id")?,
        email: row.try_get("email")?,
        name: row.try_get("name")?,
        role: Role::parse(&row.try_get::<String, _>("role")?).map_err(corrupt)?,
        locale: row.try_get("locale")?,
        created_at: row.try_get("created_at")?,
    })
}

pub(crate) fn business_from(row: &AnyRow) -> Result<Business, StoreError> {
    Ok(Business {
        id: row.try_get("id")?,
        org_id: row.try_get("org_id")?,
        slug: row.try_get("slug")?,
        name: row.try_get("name")?,
        website: row.try_get("website")?,
        version: row.try_get("version")?,
        created_at: row.try_get("created_at")?,
    })
}

pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}
