//! The review list of a business's page: from the search index when the
//! visitor searches, else from the database; its URLs and its JSON-LD.

use candor_app::{AppError, BusinessSummary, ReviewWithReply};
use candor_core::ReviewQuery;

use crate::i18n::Tr;
use crate::server::AppState;

/// The aspect filter's choices: built-in ones by their translated names,
/// then the business's own by their ids.
pub(super) fn aspect_choices(t: &Tr, own: &[candor_app::CustomAspect]) -> Vec<(String, String)> {
    let built_in = candor_app::ASPECTS
        .iter()
        .map(|a| (a.to_string(), t.get(&format!("aspect-{a}"))));
    let own = own.iter().map(|a| (a.id.clone(), a.id.replace('_', " ")));
    built_in.chain(own).collect()
}

/// One page of the review list: from the index when searching, else from the database.
pub(super) struct Listing {
    pub(super) filter: candor_core::ReviewFilter,
    pub(super) items: Vec<ReviewWithReply>,
    pub(super) sort: &'static str,
    pub(super) total: Option<i64>,
    pub(super) is_later_page: bool,
    /// The next page's `(parameter, value)`: a cursor, or a search page number.
    pub(super) next: Option<(&'static str, String)>,
}

pub(super) async fn list_reviews(
    state: &AppState,
    business: &candor_app::Business,
    query: &ReviewQuery,
) -> Result<Listing, AppError> {
    if let Some(found) = state.app.search_reviews(Some(business), query).await? {
        let page = found.search.page;
        return Ok(Listing {
            filter: found.filter,
            items: found.items,
            sort: if found.search.newest {
                "newest"
            } else {
                "relevance"
            },
            total: Some(i64::try_from(found.total).unwrap_or(i64::MAX)),
            is_later_page: page > 1,
            next: found.has_next.then(|| ("page", (page + 1).to_string())),
        });
    }
    let (filter, page) = state.app.public_reviews(business, query).await?;
    Ok(Listing {
        sort: filter.sort.as_str(),
        filter,
        items: page.items,
        total: None,
        is_later_page: query.cursor.as_deref().is_some_and(|c| !c.is_empty()),
        next: page.next_cursor.map(|c| ("cursor", c.encode())),
    })
}

/// The page URL with the same filters and another cursor or page.
pub(super) fn list_url(
    slug: &str,
    query: &ReviewQuery,
    next: Option<(&'static str, String)>,
) -> String {
    let mut pairs = form_urlencoded_pairs(query);
    if let Some(next) = next {
        pairs.push(next);
    }
    let encoded: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", percent_encode(v)))
        .collect();
    if encoded.is_empty() {
        format!("/b/{slug}#reviews")
    } else {
        format!("/b/{slug}?{}#reviews", encoded.join("&"))
    }
}

fn form_urlencoded_pairs(query: &ReviewQuery) -> Vec<(&'static str, String)> {
    [
        ("stars", &query.stars),
        ("language", &query.language),
        ("replied", &query.replied),
        ("sort", &query.sort),
        ("q", &query.q),
        ("aspect", &query.aspect),
    ]
    .into_iter()
    .filter_map(|(k, v)| v.as_ref().filter(|v| !v.is_empty()).map(|v| (k, v.clone())))
    .collect()
}

fn percent_encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// schema.org `AggregateRating` and `Review` JSON-LD, safe inside `<script>`.
pub(super) fn json_ld(summary: &BusinessSummary, items: &[ReviewWithReply]) -> String {
    let s = &summary.score;
    let reviews: Vec<_> = items
        .iter()
        .map(|i| {
            serde_json::json!({
                "@type": "Review",
                "reviewRating": { "@type": "Rating", "ratingValue": i.review.rating.get(), "bestRating": 5, "worstRating": 1 },
                "name": i.review.title,
                "reviewBody": i.review.body,
                "author": { "@type": "Person", "name": i.review.author_name },
                "datePublished": crate::format::date(i.review.created_at),
                "inLanguage": i.review.language.as_ref().map(|l| l.as_str()),
            })
        })
        .collect();
    let mut doc = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": summary.business.name,
        "review": reviews,
    });
    if let Some(mean) = s.mean {
        doc["aggregateRating"] = serde_json::json!({
            "@type": "AggregateRating",
            "ratingValue": candor_core::round2(mean),
            "reviewCount": s.count,
            "bestRating": 5,
            "worstRating": 1,
        });
    }
    // `<`, `>` and `&` escaped as JSON \u sequences cannot close the script element.
    doc.to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}
