//! The search part of a review list request: words, an aspect, a page.

use crate::FieldError;
use crate::review::{ReviewFilter, ReviewQuery};

/// Longest search text accepted, in characters.
pub const MAX_SEARCH_CHARS: usize = 200;
/// Deepest page of results served; beyond it, narrow the search.
pub const MAX_SEARCH_PAGE: u32 = 500;

/// A search over reviews: present when the request has words or an aspect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewSearch {
    pub text: String,
    pub aspect: Option<String>,
    /// From 1.
    pub page: u32,
    /// Newest first instead of best match first.
    pub newest: bool,
}

impl ReviewSearch {
    /// `None` when the request neither searches words nor picks an aspect.
    pub fn parse(query: &ReviewQuery) -> Result<Option<Self>, FieldError> {
        let text = query.q.as_deref().map(str::trim).unwrap_or_default();
        let aspect = query
            .aspect
            .as_deref()
            .map(str::trim)
            .filter(|a| !a.is_empty());
        if text.is_empty() && aspect.is_none() {
            return Ok(None);
        }
        if text.chars().count() > MAX_SEARCH_CHARS {
            return Err(FieldError::new(
                "q",
                "too_long",
                format!("q must be at most {MAX_SEARCH_CHARS} characters"),
            ));
        }
        if let Some(aspect) = aspect
            && !is_aspect_id(aspect)
        {
            return Err(FieldError::new(
                "aspect",
                "invalid_aspect",
                "aspect must be an aspect id such as delivery or customer_service",
            ));
        }
        let newest = match query.sort.as_deref().map(str::trim).unwrap_or_default() {
            "" | "relevance" => text.is_empty(),
            "newest" => true,
            _ => {
                return Err(FieldError::new(
                    "sort",
                    "invalid_sort",
                    "a search is sorted by relevance or newest",
                ));
            }
        };
        Ok(Some(Self {
            text: text.to_string(),
            aspect: aspect.map(str::to_string),
            page: parse_page(query.page.as_deref())?,
            newest,
        }))
    }

    /// The filters of a search request (its sort is the search's own).
    pub fn filter(query: &ReviewQuery) -> Result<ReviewFilter, FieldError> {
        ReviewFilter::parse(&ReviewQuery {
            sort: None,
            ..query.clone()
        })
    }
}

fn is_aspect_id(raw: &str) -> bool {
    raw.len() <= 40
        && raw
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'_' || b.is_ascii_digit())
}

fn parse_page(raw: Option<&str>) -> Result<u32, FieldError> {
    let raw = raw.map(str::trim).unwrap_or_default();
    if raw.is_empty() {
        return Ok(1);
    }
    match raw.parse::<u32>() {
        Ok(page) if (1..=MAX_SEARCH_PAGE).contains(&page) => Ok(page),
        _ => Err(FieldError::new(
            "page",
            "out_of_range",
            format!("page must be a whole number from 1 to {MAX_SEARCH_PAGE}"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(q: &str, aspect: &str, sort: &str, page: &str) -> ReviewQuery {
        let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
        ReviewQuery {
            q: some(q),
            aspect: some(aspect),
            sort: some(sort),
            page: some(page),
            ..ReviewQuery::default()
        }
    }

    #[test]
    fn no_words_and_no_aspect_is_no_search() {
        assert_eq!(ReviewSearch::parse(&query("  ", "", "", "")), Ok(None));
    }

    #[test]
    fn words_rank_by_relevance_and_an_aspect_alone_by_date() {
        let words = ReviewSearch::parse(&query(" late ", "", "", "2"))
            .ok()
            .flatten();
        assert_eq!(
            words.map(|s| (s.text, s.newest, s.page)),
            Some(("late".into(), false, 2))
        );
        let aspect = ReviewSearch::parse(&query("", "delivery", "", ""))
            .ok()
            .flatten();
        assert_eq!(aspect.map(|s| s.newest), Some(true));
    }

    #[test]
    fn bad_values_are_refused_with_their_field() {
        let field = |q: ReviewQuery| ReviewSearch::parse(&q).err().map(|e| e.field);
        assert_eq!(field(query(&"x".repeat(201), "", "", "")), Some("q"));
        assert_eq!(field(query("a", "Delivery!", "", "")), Some("aspect"));
        assert_eq!(field(query("a", "", "helpful", "")), Some("sort"));
        assert_eq!(field(query("a", "", "", "0")), Some("page"));
        assert_eq!(field(query("a", "", "", "501")), Some("page"));
        assert_eq!(field(query("a", "", "", "two")), Some("page"));
    }

    #[test]
    fn the_filter_ignores_the_search_sort() {
        let mut q = query("a", "", "relevance", "");
        q.stars = Some("1,2".into());
        assert_eq!(ReviewSearch::filter(&q).map(|f| f.stars.len()), Ok(2));
    }
}
