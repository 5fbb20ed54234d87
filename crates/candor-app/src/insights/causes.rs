//! Root causes (seed 003: find where problems start and end) and education
//! gaps (seed 004: complaints from customers who misunderstood intended
//! behaviour). Over the range, for complaints (1-2 stars):
//!
//! - stages: complaints mentioning each customer-journey stage, against the
//!   range before;
//! - paths: the first and the last stage a complaint mentions (where the
//!   problem started, where it ended up), counted per pair;
//! - causes: complaints per (negative aspect, stage);
//! - education gaps: complaint sentences showing confusion about how
//!   something is meant to work, grouped by kind and aspect, each group a
//!   candidate FAQ entry with example sentences.

use std::collections::BTreeMap;

use candor_store::Business;

use super::facts::list;
use super::period::InsightFilter;
use crate::{App, AppError, User};

/// Confusion sentences read per request (newest first).
const CUES_READ: i64 = 1_000;
const EXAMPLES: usize = 3;

#[derive(Debug, Clone, PartialEq)]
pub struct StageCount {
    pub stage: String,
    pub complaints: i64,
    pub previous: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct JourneyPath {
    pub start: String,
    pub end: String,
    pub complaints: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CauseCell {
    pub aspect: String,
    pub stage: String,
    pub complaints: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EducationGap {
    pub kind: String,
    /// The aspect the complaints are about, when the analysis found one.
    pub aspect: Option<String>,
    pub complaints: usize,
    /// (review id, sentence, stars), newest first.
    pub examples: Vec<(String, String, i64)>,
}

#[derive(Debug, Clone)]
pub struct RootCauses {
    pub business: Business,
    pub filter: InsightFilter,
    pub complaints: u64,
    pub stages: Vec<StageCount>,
    pub paths: Vec<JourneyPath>,
    pub causes: Vec<CauseCell>,
    pub education: Vec<EducationGap>,
}

impl App {
    pub async fn root_causes(
        &self,
        actor: &User,
        slug: &str,
        filter: &InsightFilter,
    ) -> Result<RootCauses, AppError> {
        let business = self.staff_business(actor, slug).await?;
        self.refresh_insights(super::dashboard::REFRESH_BUDGET)
            .await?;
        let store = self.store();
        let range = filter.range();
        let stages = store.insight_counts(&business.id, "stage", &range).await?;
        let before = store
            .insight_counts(&business.id, "stage", &filter.previous().range())
            .await?;
        let paths = store.insight_counts(&business.id, "path", &range).await?;
        let causes = store.insight_counts(&business.id, "cause", &range).await?;
        let rows = store
            .insight_days(std::slice::from_ref(&business.id), &range)
            .await?;
        let complaints = rows
            .iter()
            .filter(|r| r.rating <= super::facts::COMPLAINT_MAX_STARS)
            .map(|r| u64::try_from(r.reviews).unwrap_or(0))
            .sum();
        let cues = store
            .education_cues(&business.id, &range, CUES_READ)
            .await?;
        Ok(RootCauses {
            complaints,
            stages: stage_counts(&stages, &before),
            paths: split_pairs(&paths, '>')
                .map(|(start, end, complaints)| JourneyPath {
                    start,
                    end,
                    complaints,
                })
                .collect(),
            causes: split_pairs(&causes, '|')
                .map(|(aspect, stage, complaints)| CauseCell {
                    aspect,
                    stage,
                    complaints,
                })
                .collect(),
            education: education_gaps(&cues),
            business,
            filter: filter.clone(),
        })
    }
}

fn stage_counts(now: &[(String, i64)], before: &[(String, i64)]) -> Vec<StageCount> {
    now.iter()
        .map(|(stage, complaints)| StageCount {
            stage: stage.clone(),
            complaints: *complaints,
            previous: before
                .iter()
                .find(|(s, _)| s == stage)
                .map(|(_, n)| *n)
                .unwrap_or(0),
        })
        .collect()
}

fn split_pairs(
    counts: &[(String, i64)],
    separator: char,
) -> impl Iterator<Item = (String, String, i64)> + '_ {
    counts.iter().filter_map(move |(key, n)| {
        let (a, b) = key.split_once(separator)?;
        Some((a.to_string(), b.to_string(), *n))
    })
}

fn education_gaps(cues: &[candor_store::EducationCueRow]) -> Vec<EducationGap> {
    let mut groups: BTreeMap<(String, Option<String>), EducationGap> = BTreeMap::new();
    for cue in cues {
        let aspect = list(&cue.aspects).next().map(str::to_string);
        let gap = groups
            .entry((cue.kind.clone(), aspect.clone()))
            .or_insert_with(|| EducationGap {
                kind: cue.kind.clone(),
                aspect,
                complaints: 0,
                examples: Vec::new(),
            });
        gap.complaints += 1;
        if gap.examples.len() < EXAMPLES {
            gap.examples
                .push((cue.review_id.clone(), cue.sentence.clone(), cue.rating));
        }
    }
    let mut gaps: Vec<EducationGap> = groups.into_values().collect();
    gaps.sort_by(|a, b| b.complaints.cmp(&a.complaints).then(a.kind.cmp(&b.kind)));
    gaps
}
