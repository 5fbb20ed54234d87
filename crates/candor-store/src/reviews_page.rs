//! Keyset pagination of review lists: a cursor names the last review shown,
//! so pages stay stable while new reviews arrive.

use candor_core::{ReviewFilter, ReviewSort};
use sqlx::AssertSqlSafe;

use crate::rows::{REPLY_COLUMNS, REVIEW_COLUMNS, item_from};
use crate::sql::SqlBuilder;
use crate::{ReviewWithReply, Store, StoreError};

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

/// Which reviews one query of a listing reads, and in what order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// All, newest first.
    Newest,
    /// Those someone found helpful, most votes first, then newest; read
    /// from the partial index `reviews_helpful`.
    Voted,
    /// Those nobody voted for, newest first: what follows the voted ones in
    /// the "most helpful" order, read through `reviews_newest`.
    Unvoted,
}

impl Part {
    fn condition_and_order(self) -> &'static str {
        match self {
            Self::Newest => " ORDER BY r.created_at DESC, r.id DESC",
            Self::Voted => {
                " AND r.helpful_count > 0 \
                 ORDER BY r.helpful_count DESC, r.created_at DESC, r.id DESC"
            }
            Self::Unvoted => " AND r.helpful_count <= 0 ORDER BY r.created_at DESC, r.id DESC",
        }
    }
}

impl Store {
    /// One page of a business's reviews. The public sees only published
    /// reviews; staff (`include_pending`) also see those awaiting moderation.
    ///
    /// The "most helpful" order reads the voted-for reviews first and then,
    /// if the page is not full, the others by date; a cursor past the last
    /// voted-for review reads only the others.
    pub async fn list_reviews(
        &self,
        business_id: &str,
        filter: &ReviewFilter,
        cursor: Option<&ReviewCursor>,
        limit: u32,
        include_pending: bool,
    ) -> Result<ReviewPage, StoreError> {
        let wanted = i64::from(limit) + 1;
        let listing = Listing {
            business_id,
            filter,
            include_pending,
        };
        let mut items = match (filter.sort, cursor) {
            (ReviewSort::Newest, cursor) => {
                listing.read(self, Part::Newest, cursor, wanted).await?
            }
            (
                ReviewSort::Helpful,
                Some(ReviewCursor::Helpful {
                    helpful,
                    created_at,
                    id,
                }),
            ) if *helpful <= 0 => {
                let by_date = ReviewCursor::Newest {
                    created_at: *created_at,
                    id: id.clone(),
                };
                listing
                    .read(self, Part::Unvoted, Some(&by_date), wanted)
                    .await?
            }
            (ReviewSort::Helpful, cursor) => {
                let mut items = listing.read(self, Part::Voted, cursor, wanted).await?;
                let missing = wanted - items.len() as i64;
                if missing > 0 {
                    items.extend(listing.read(self, Part::Unvoted, None, missing).await?);
                }
                items
            }
        };
        Ok(ReviewPage::from_overfetched(&mut items, limit, filter.sort))
    }
}

/// What a listing asks for, whichever part it reads.
struct Listing<'a> {
    business_id: &'a str,
    filter: &'a ReviewFilter,
    include_pending: bool,
}

impl Listing<'_> {
    async fn read(
        &self,
        store: &Store,
        part: Part,
        cursor: Option<&ReviewCursor>,
        limit: i64,
    ) -> Result<Vec<ReviewWithReply>, StoreError> {
        let mut q = SqlBuilder::new(&format!(
            "SELECT {REVIEW_COLUMNS}, {REPLY_COLUMNS} FROM reviews r \
             LEFT JOIN replies p ON p.review_id = r.id WHERE r.business_id = "
        ));
        q.bind(self.business_id.to_string());
        q.push(if self.include_pending {
            " AND r.status IN ('published', 'pending')"
        } else {
            " AND r.status = 'published'"
        });
        push_filter(&mut q, self.filter);
        if let Some(cursor) = cursor {
            cursor.push_condition(&mut q);
        }
        q.push(part.condition_and_order());
        q.push(" LIMIT ").bind(limit);
        let (sql, args) = q.finish()?;
        let rows = sqlx::query_with(AssertSqlSafe(sql), args)
            .fetch_all(store.pool())
            .await?;
        rows.iter().map(item_from).collect()
    }
}

fn push_filter(q: &mut SqlBuilder, filter: &ReviewFilter) {
    if !filter.stars.is_empty() {
        q.push(" AND r.rating IN (");
        for (i, stars) in filter.stars.iter().enumerate() {
            if i > 0 {
                q.push(", ");
            }
            q.bind(i64::from(*stars));
        }
        q.push(")");
    }
    if let Some(language) = &filter.language {
        q.push(" AND r.language = ")
            .bind(language.as_str().to_string());
    }
    match filter.replied {
        Some(true) => q.push(" AND r.has_reply = 1"),
        Some(false) => q.push(" AND r.has_reply = 0"),
        None => q,
    };
}
