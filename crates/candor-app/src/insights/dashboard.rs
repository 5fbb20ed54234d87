//! A business's dashboard figures, read from the day rollups. Formulas:
//!
//! - score: the public Candor score (`candor_core::score`) as of the range's
//!   last day, over every review written up to it (in the chosen language).
//! - trend, per week or month of the range: reviews written in it, their
//!   mean stars and star mix, and the score as of the period's last day.
//! - aspects: of the reviews in the range mentioning an aspect, the share
//!   that mention it in a negative sentence; the trend compares it with the
//!   range of the same length just before.
//! - segments: ambassadors, detractors and the indifferent among the range's
//!   reviews (`candor_insights::segments`).
//! - responses: replied / reviews of the range (all, and 1-2 stars); the
//!   median time to a first reply from delay buckets (`rollup.rs`); case
//!   figures of cases opened in the range (`recovery_figures.rs`).

use candor_core::{Rating, RatingBucket, ScoreBreakdown};
use candor_insights::perfection::{PerfectionSignal, perfection};
use candor_insights::segments::Counts;
use candor_store::{Business, DayRow, Incident};

use super::period::{InsightFilter, Period};
use crate::{App, AppError, RecoveryFigures, User};

/// Aspects shown, most negative first.
pub const ASPECTS_SHOWN: usize = 12;

#[derive(Debug, Clone, PartialEq)]
pub struct TrendPoint {
    pub start_day: i64,
    pub reviews: u64,
    pub mean: Option<f64>,
    /// The score as of the period's last day (or the range's, if sooner);
    /// `None` before the first review (the score would be the bare prior).
    pub score: Option<f64>,
    pub stars: [u64; 5],
    pub ambassadors: u64,
    pub detractors: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AspectShare {
    pub aspect: String,
    pub mentions: i64,
    pub negative: i64,
    /// negative / mentions.
    pub share: f64,
    /// The same share in the range before, when the aspect was mentioned.
    pub previous_share: Option<f64>,
}

/// Figures of the range as a whole.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RangeFigures {
    pub reviews: u64,
    pub stars: [u64; 5],
    pub mean: Option<f64>,
    pub replied: u64,
    pub replied_by_star: [u64; 5],
}

#[derive(Debug, Clone)]
pub struct Dashboard {
    pub business: Business,
    pub filter: InsightFilter,
    pub languages: Vec<String>,
    pub score: ScoreBreakdown,
    pub range: RangeFigures,
    pub trend: Vec<TrendPoint>,
    pub aspects: Vec<AspectShare>,
    pub segments: Counts,
    pub perfection: PerfectionSignal,
    pub recovery: RecoveryFigures,
    pub open_incidents: Vec<Incident>,
    /// Reviews the rollups have still to read (0: the figures are current).
    pub backlog: i64,
}

/// Reviews the dashboard reads into the rollups before it answers; more than
/// this stays for the background refresh and the page says so.
pub const REFRESH_BUDGET: u64 = 2_000;

impl App {
    pub async fn dashboard(
        &self,
        actor: &User,
        slug: &str,
        filter: &InsightFilter,
    ) -> Result<Dashboard, AppError> {
        let business = self.staff_business(actor, slug).await?;
        self.dashboard_of(business, filter).await
    }

    /// The dashboard of a business already authorised (by a staff session
    /// or a report link).
    pub(crate) async fn dashboard_of(
        &self,
        business: Business,
        filter: &InsightFilter,
    ) -> Result<Dashboard, AppError> {
        let refreshed = self.refresh_insights(REFRESH_BUDGET).await?;
        let store = self.store();
        let ids = [business.id.clone()];
        let mut all = filter.range();
        all.from_day = 0;
        let rows = store.insight_days(&ids, &all).await?;
        let range = range_figures(&rows, filter);
        let aspects = self.aspect_shares(&business.id, filter).await?;
        let responses = self.rollup_responses(&business, filter, &range).await?;
        let recovery = self
            .recovery_with(&business, filter.from_day * candor_store::DAY_MS, responses)
            .await?;
        let open_incidents = store.incidents_of_business(&business.id, true, 100).await?;
        Ok(Dashboard {
            languages: store.insight_languages(&business.id).await?,
            score: score_as_of(self, &rows, filter.to_day),
            trend: trend(self, &rows, filter),
            segments: segments_of(&rows, filter),
            perfection: perfection(range.mean, range.stars),
            range,
            aspects,
            recovery,
            open_incidents,
            backlog: refreshed.backlog,
            business,
            filter: filter.clone(),
        })
    }

    /// Response figures of the range from the rollups: reviews and replies
    /// per stars, and the median delay to a first reply from its buckets.
    async fn rollup_responses(
        &self,
        business: &Business,
        filter: &InsightFilter,
        range: &RangeFigures,
    ) -> Result<crate::ResponseFigures, AppError> {
        let store = self.store();
        let range_now = filter.range();
        let delays = store.insight_counts(&business.id, "reply-delay", &range_now);
        let negative = store.insight_counts(&business.id, "reply-delay-negative", &range_now);
        let (delays, negative) = tokio::try_join!(delays, negative)?;
        let count = |reviews: u64, answered: u64| candor_core::respond::ResponseCount {
            reviews: i64::try_from(reviews).unwrap_or(i64::MAX),
            answered: i64::try_from(answered).unwrap_or(i64::MAX),
        };
        Ok(crate::ResponseFigures {
            since: filter.from_day * candor_store::DAY_MS,
            all: count(range.reviews, range.replied),
            negative: count(
                range.stars[0] + range.stars[1],
                range.replied_by_star[0] + range.replied_by_star[1],
            ),
            median_first_reply_ms: super::rollup::median_delay_ms(&delays),
            negative_median_first_reply_ms: super::rollup::median_delay_ms(&negative),
            open_escalations: store.open_escalations(&business.id).await?,
            weeks: Vec::new(),
        })
    }

    pub(crate) async fn aspect_shares(
        &self,
        business_id: &str,
        filter: &InsightFilter,
    ) -> Result<Vec<AspectShare>, AppError> {
        let store = self.store();
        let range_now = filter.range();
        let now = store.insight_counts(business_id, "aspect", &range_now);
        let now_negative = store.insight_counts(business_id, "aspect-negative", &range_now);
        let before = filter.previous().range();
        let then = store.insight_counts(business_id, "aspect", &before);
        let then_negative = store.insight_counts(business_id, "aspect-negative", &before);
        let (now, now_negative, then, then_negative) =
            tokio::try_join!(now, now_negative, then, then_negative)?;
        let lookup = |list: &[(String, i64)], key: &str| {
            list.iter().find(|(k, _)| k == key).map(|(_, v)| *v)
        };
        let mut shares: Vec<AspectShare> = now
            .iter()
            .filter(|(_, mentions)| *mentions > 0)
            .map(|(aspect, mentions)| {
                let negative = lookup(&now_negative, aspect).unwrap_or(0);
                AspectShare {
                    aspect: aspect.clone(),
                    mentions: *mentions,
                    negative,
                    share: negative as f64 / *mentions as f64,
                    previous_share: lookup(&then, aspect)
                        .filter(|m| *m > 0)
                        .map(|m| lookup(&then_negative, aspect).unwrap_or(0) as f64 / m as f64),
                }
            })
            .collect();
        shares.sort_by(|a, b| {
            b.share
                .total_cmp(&a.share)
                .then(b.mentions.cmp(&a.mentions))
                .then(a.aspect.cmp(&b.aspect))
        });
        shares.truncate(ASPECTS_SHOWN);
        Ok(shares)
    }
}

fn in_range(row: &DayRow, from: i64, to: i64) -> bool {
    row.day >= from && row.day <= to
}

fn star_index(rating: i64) -> usize {
    usize::try_from(rating.clamp(1, 5) - 1).unwrap_or(0)
}

fn mean_of(stars: &[u64; 5]) -> Option<f64> {
    let n: u64 = stars.iter().sum();
    (n > 0).then(|| stars.iter().zip(1u64..).map(|(c, s)| c * s).sum::<u64>() as f64 / n as f64)
}

pub(crate) fn range_figures(rows: &[DayRow], filter: &InsightFilter) -> RangeFigures {
    let mut figures = RangeFigures::default();
    for row in rows
        .iter()
        .filter(|r| in_range(r, filter.from_day, filter.to_day))
    {
        let n = u64::try_from(row.reviews).unwrap_or(0);
        let replied = u64::try_from(row.replied).unwrap_or(0);
        figures.stars[star_index(row.rating)] += n;
        figures.reviews += n;
        figures.replied += replied;
        figures.replied_by_star[star_index(row.rating)] += replied;
    }
    figures.mean = mean_of(&figures.stars);
    figures
}

/// The Candor score as of `day`, over every row up to it.
pub(crate) fn score_as_of(app: &App, rows: &[DayRow], day: i64) -> ScoreBreakdown {
    let buckets: Vec<RatingBucket> = rows
        .iter()
        .filter(|r| r.day <= day)
        .filter_map(|r| {
            Some(RatingBucket {
                rating: Rating::try_from(r.rating).ok()?,
                age_days: day - r.day,
                count: u64::try_from(r.reviews).ok()?,
            })
        })
        .collect();
    ScoreBreakdown::compute(app.settings().score, &buckets)
}

pub(crate) fn trend(app: &App, rows: &[DayRow], filter: &InsightFilter) -> Vec<TrendPoint> {
    let period: Period = filter.period;
    period
        .starts(filter.from_day, filter.to_day)
        .into_iter()
        .map(|start| {
            let from = start.max(filter.from_day);
            let to = (period.next(start) - 1).min(filter.to_day);
            let mut point = TrendPoint {
                start_day: start,
                reviews: 0,
                mean: None,
                score: Some(score_as_of(app, rows, to))
                    .filter(|s| s.count > 0)
                    .map(|s| s.score),
                stars: [0; 5],
                ambassadors: 0,
                detractors: 0,
            };
            for row in rows.iter().filter(|r| in_range(r, from, to)) {
                let n = u64::try_from(row.reviews).unwrap_or(0);
                point.stars[star_index(row.rating)] += n;
                point.reviews += n;
                point.ambassadors += u64::try_from(row.ambassadors).unwrap_or(0);
                point.detractors += u64::try_from(row.detractors).unwrap_or(0);
            }
            point.mean = mean_of(&point.stars);
            point
        })
        .collect()
}

pub(crate) fn segments_of(rows: &[DayRow], filter: &InsightFilter) -> Counts {
    let mut counts = Counts::default();
    let mut reviews = 0;
    for row in rows
        .iter()
        .filter(|r| in_range(r, filter.from_day, filter.to_day))
    {
        counts.ambassadors += u64::try_from(row.ambassadors).unwrap_or(0);
        counts.detractors += u64::try_from(row.detractors).unwrap_or(0);
        reviews += u64::try_from(row.reviews).unwrap_or(0);
    }
    counts.indifferent = reviews.saturating_sub(counts.ambassadors + counts.detractors);
    counts
}
