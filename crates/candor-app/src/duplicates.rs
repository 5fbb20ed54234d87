//! Duplicate reviews across the instance: one text posted on several
//! businesses, or by several reviewers. Each review's fingerprint (exact
//! key, MinHash signature, LSH band keys) is stored with it; a new text is
//! compared with the reviews that share its exact key or a band.

use candor_store::{Review, StoredFingerprint};
use candor_trust::duplicates::DEFAULT_THRESHOLD;
use candor_trust::{Finding, Fingerprint, Signature, estimated_jaccard};

use crate::{App, AppError};

/// Short texts ("Great food!") are written alike by many honest reviewers.
const MIN_DUPLICATE_WORDS: usize = 8;
/// Candidates read per check; more only happens with mass-posted text.
const CANDIDATE_LIMIT: i64 = 200;
/// Duplicates named per review (the first few say enough).
const MAX_NAMED: usize = 3;

/// Band keys as the BIGINT column stores them (the same 64 bits).
pub(crate) fn band_columns(fp: &Fingerprint) -> Vec<i64> {
    fp.band_keys()
        .into_iter()
        .map(|k| i64::from_ne_bytes(k.to_ne_bytes()))
        .collect()
}

pub(crate) fn stored(review: &Review, fp: &Fingerprint) -> StoredFingerprint {
    StoredFingerprint {
        review_id: review.id.clone(),
        business_id: review.business_id.clone(),
        author_email: review.author_email.clone(),
        exact_key: fp.exact_key.clone(),
        signature: fp.signature.to_hex(),
    }
}

fn similarity(fp: &Fingerprint, other: &StoredFingerprint) -> f64 {
    if other.exact_key == fp.exact_key {
        return 1.0;
    }
    Signature::from_hex(&other.signature).map_or(0.0, |s| estimated_jaccard(&fp.signature, &s))
}

impl App {
    /// Findings for reviews elsewhere with (nearly) the same text. The same
    /// writer's reviews of the same business are not duplicates of each
    /// other (an edit or a second visit); `own` is the review being edited.
    pub(crate) async fn duplicate_findings(
        &self,
        business_id: &str,
        author_email: &str,
        own: Option<&str>,
        fp: &Fingerprint,
    ) -> Result<Vec<Finding>, AppError> {
        if fp.words < MIN_DUPLICATE_WORDS {
            return Ok(Vec::new());
        }
        let candidates = self
            .store()
            .duplicate_candidates(&fp.exact_key, &band_columns(fp), CANDIDATE_LIMIT)
            .await?;
        let found = candidates
            .iter()
            .filter(|c| Some(c.review_id.as_str()) != own)
            .filter(|c| !(c.business_id == business_id && c.author_email == author_email))
            .map(|c| (c, similarity(fp, c)))
            .filter(|(_, similarity)| *similarity >= DEFAULT_THRESHOLD)
            .take(MAX_NAMED)
            .map(|(c, similarity)| Finding {
                code: "duplicate",
                detail: format!("{:.0}% like review {}", similarity * 100.0, c.review_id),
            })
            .collect();
        Ok(found)
    }
}
