//! Keyset pagination of review lists: a cursor names the last review shown,
//! so pages stay stable while new reviews arrive.

use candor_core::ReviewSort;

use crate::ReviewWithReply;
use crate::sql::SqlBuilder;

/// Where the next page starts. Written into URLs as an opaque string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewCursor {
    Newest {
        created_at: i64,
        id: String,
    },
    Helpful {
        helpful: i64,
        created_at: i64,
        id: String,
    },
}

impl ReviewCursor {
    pub fn encode(&self) -> String {
        match self {
            Self::Newest { created_at, id } => format!("n.{created_at}.{id}"),
            Self::Helpful {
                helpful,
                created_at,
                id,
            } => format!("h.{helpful}.{created_at}.{id}"),
        }
    }

    /// Parses a cursor made for `sort`; `None` when it is malformed or was
    /// made for the other order.
    pub fn parse(raw: &str, sort: ReviewSort) -> Option<Self> {
        let parts: Vec<&str> = raw.split('.').collect();
        let valid_id = |id: &str| uuid::Uuid::parse_str(id).is_ok();
        match (sort, parts.as_slice()) {
            (ReviewSort::Newest, ["n", created, id]) if valid_id(id) => Some(Self::Newest {
                created_at: created.parse().ok()?,
                id: id.to_string(),
            }),
            (ReviewSort::Helpful, ["h", helpful, created, id]) if valid_id(id) => {
                Some(Self::Helpful {
                    helpful: helpful.parse().ok()?,
                    created_at: created.parse().ok()?,
                    id: id.to_string(),
                })
            }
            _ => None,
        }
    }

    fn after(item: &ReviewWithReply, sort: ReviewSort) -> Self {
        let r = &item.review;
        match sort {
            ReviewSort::Newest => Self::Newest {
                created_at: r.created_at,
                id: r.id.clone(),
            },
            ReviewSort::Helpful => Self::Helpful {
                helpful: r.helpful_count,
                created_at: r.created_at,
                id: r.id.clone(),
            },
        }
    }

    pub(crate) fn push_condition(&self, q: &mut SqlBuilder) {
        match self {
            Self::Newest { created_at, id } => {
                q.push(" AND (r.created_at < ").bind(*created_at);
                q.push(" OR (r.created_at = ").bind(*created_at);
                q.push(" AND r.id < ").bind(id.clone()).push("))");
            }
            Self::Helpful {
                helpful,
                created_at,
                id,
            } => {
                q.push(" AND (r.helpful_count < ").bind(*helpful);
                q.push(" OR (r.helpful_count = ").bind(*helpful);
                q.push(" AND (r.created_at < ").bind(*created_at);
                q.push(" OR (r.created_at = ").bind(*created_at);
                q.push(" AND r.id < ").bind(id.clone()).push("))))");
            }
        }
    }
}

/// One page of reviews and the cursor of the next, if there is one.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewPage {
    pub items: Vec<ReviewWithReply>,
    pub next_cursor: Option<ReviewCursor>,
}

impl ReviewPage {
    /// The query asked for one row more than `limit`: its presence means a next page.
    pub(crate) fn from_overfetched(
        items: &mut Vec<ReviewWithReply>,
        limit: u32,
        sort: ReviewSort,
    ) -> Self {
        let limit = usize::try_from(limit).unwrap_or(usize::MAX);
        let has_more = items.len() > limit;
        items.truncate(limit);
        let next_cursor = if has_more {
            items.last().map(|last| ReviewCursor::after(last, sort))
        } else {
            None
        };
        Self {
            items: std::mem::take(items),
            next_cursor,
        }
    }
}
