//! Testimonials: reviews a business quotes on its own site. Only reviews
//! whose authors ticked "the business may quote this review" can be chosen,
//! and a choice falls away when the review leaves the public page or its
//! author is erased (the store checks both on every read).

use candor_store::{Business, Review};

use crate::{App, AppError, User, now_ms};

pub const MAX_TESTIMONIALS: usize = 50;
const CANDIDATES: i64 = 200;

impl App {
    /// The consented reviews a business can choose from, and its choice.
    pub async fn testimonial_candidates(
        &self,
        actor: &User,
        slug: &str,
    ) -> Result<(Business, Vec<Review>, Vec<Review>), AppError> {
        let business = self.staff_business(actor, slug).await?;
        let store = self.store();
        let candidates = store
            .testimonial_candidates(&business.id, CANDIDATES)
            .await?;
        let chosen = store.testimonials(&business.id).await?;
        Ok((business, candidates, chosen))
    }

    /// Replaces the chosen testimonials; ids that are not the business's own
    /// consented, published reviews are refused as a whole.
    pub async fn choose_testimonials(
        &self,
        actor: &User,
        slug: &str,
        review_ids: &[String],
    ) -> Result<Vec<Review>, AppError> {
        let business = self.staff_business(actor, slug).await?;
        if !actor.role.can_manage() {
            return Err(AppError::Forbidden(
                "only managers and owners choose testimonials",
            ));
        }
        let mut ids = review_ids.to_vec();
        ids.sort();
        ids.dedup();
        if ids.len() > MAX_TESTIMONIALS {
            return Err(candor_core::FieldError::new(
                "review_ids",
                "too_many",
                format!("at most {MAX_TESTIMONIALS} testimonials"),
            )
            .into());
        }
        let mut tx = self.store().begin().await?;
        let taken = tx
            .set_testimonials(&business.id, &ids, &actor.id, now_ms())
            .await?;
        if taken != ids.len() as u64 {
            // Dropping the transaction rolls the replacement back.
            return Err(candor_core::FieldError::new(
                "review_ids",
                "not_quotable",
                "only this business's published reviews whose authors agreed to be quoted can be chosen",
            )
            .into());
        }
        tx.commit().await?;
        Ok(self.store().testimonials(&business.id).await?)
    }

    /// The chosen testimonials of a business, for its own site (public: the
    /// reviews are on the public page already and their authors agreed).
    pub async fn public_testimonials(
        &self,
        slug: &str,
    ) -> Result<(Business, Vec<Review>), AppError> {
        let business = self.business(slug).await?;
        let chosen = self.store().testimonials(&business.id).await?;
        Ok((business, chosen))
    }
}
