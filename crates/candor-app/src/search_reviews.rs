//! Searching a business's reviews (or the whole instance's) by words,
//! aspect and the usual filters.

use candor_core::{FieldError, ReviewFilter, ReviewQuery, ReviewSearch};
use candor_search::{SearchOrder, SearchQuery};
use candor_store::{Business, ReviewWithReply};

use crate::search::blocking;
use crate::{App, AppError, PAGE_SIZE};

/// One page of search results.
#[derive(Debug, Clone)]
pub struct SearchResults {
    pub search: ReviewSearch,
    pub filter: ReviewFilter,
    /// Published reviews, best match (or newest) first.
    pub items: Vec<ReviewWithReply>,
    /// How many reviews matched in all.
    pub total: usize,
    pub has_next: bool,
}

impl App {
    /// Searches when the request has words or an aspect (`None` otherwise:
    /// the plain list answers it). `business` scopes it to one business.
    pub async fn search_reviews(
        &self,
        business: Option<&Business>,
        query: &ReviewQuery,
    ) -> Result<Option<SearchResults>, AppError> {
        let Some(search) = ReviewSearch::parse(query)? else {
            return Ok(None);
        };
        let filter = ReviewSearch::filter(query)?;
        if let Some(aspect) = &search.aspect {
            self.check_aspect(business, aspect).await?;
        }
        self.sync_search_if_needed().await?;
        let page_size = PAGE_SIZE as usize;
        let offset = (search.page as usize - 1) * page_size;
        let request = SearchQuery {
            text: search.text.clone(),
            business_id: business.map(|b| b.id.clone()),
            stars: filter.stars.iter().map(|r| r.get()).collect(),
            language: filter.language.as_ref().map(|l| l.as_str().to_string()),
            aspect: search.aspect.clone(),
            replied: filter.replied,
            order: if search.newest {
                SearchOrder::Newest
            } else {
                SearchOrder::Relevance
            },
            offset,
            limit: page_size,
        };
        let index = self.search_sync()?.index();
        let hits = blocking(move || index.search(&request)).await?;
        let has_next = offset + hits.ids.len() < hits.total;
        let items = self.store().published_reviews_by_ids(&hits.ids).await?;
        Ok(Some(SearchResults {
            search,
            filter,
            items,
            total: hits.total,
            has_next,
        }))
    }

    /// A business's search accepts the built-in aspects and its own; an
    /// instance-wide search any well-formed id (aspects differ by business).
    async fn check_aspect(
        &self,
        business: Option<&Business>,
        aspect: &str,
    ) -> Result<(), AppError> {
        let Some(business) = business else {
            return Ok(());
        };
        if candor_text::ASPECTS.contains(&aspect) {
            return Ok(());
        }
        let own = self.custom_aspect_list(&business.id).await?;
        if own.iter().any(|a| a.id == aspect) {
            return Ok(());
        }
        let mut known: Vec<&str> = candor_text::ASPECTS.to_vec();
        known.extend(own.iter().map(|a| a.id.as_str()));
        Err(FieldError::new(
            "aspect",
            "unknown_aspect",
            format!("aspect must be one of: {}", known.join(", ")),
        )
        .into())
    }
}
