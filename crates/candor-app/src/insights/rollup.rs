//! One day's sums from the day's published reviews and their insights.
//!
//! - `insight_days`: per language and stars, the reviews, those replied to,
//!   ambassadors and detractors.
//! - `insight_counts` per language: `aspect` (reviews mentioning it),
//!   `aspect-negative` (mentioning it in a negative sentence), and for
//!   complaints `stage` (complaints mentioning the stage), `path`
//!   (`first>last` stage: where the problem started and where it ended up)
//!   and `cause` (`aspect|stage` for each negative aspect and stage of the
//!   same complaint), and `reply-delay` / `reply-delay-negative` (1-2
//!   stars): replies by delay bucket ([`delay_bucket`]), for the median
//!   time to a first reply without reading every review.

use std::collections::BTreeMap;

use candor_store::{ALL_LANGUAGES, CountRow, DayFact, DayRow};

use super::facts::list;

pub fn day_sums(business_id: &str, day: i64, facts: &[DayFact]) -> (Vec<DayRow>, Vec<CountRow>) {
    let mut days: BTreeMap<(String, i64), DayRow> = BTreeMap::new();
    let mut counts: BTreeMap<(&'static str, String, String), i64> = BTreeMap::new();
    for fact in facts {
        // Each review counts under its language and under "all languages".
        for language in [fact.language.as_str(), ALL_LANGUAGES] {
            add_review(&mut days, business_id, day, language, fact);
            let mut add = |fact_name: &'static str, key: String| {
                *counts
                    .entry((fact_name, language.to_string(), key))
                    .or_default() += 1;
            };
            count_facts(fact, &mut add);
        }
    }
    let counts = counts
        .into_iter()
        .map(|((fact, language, key), value)| CountRow {
            fact: fact.to_string(),
            language,
            key,
            value,
        })
        .collect();
    (days.into_values().collect(), counts)
}

fn add_review(
    days: &mut BTreeMap<(String, i64), DayRow>,
    business_id: &str,
    day: i64,
    language: &str,
    fact: &DayFact,
) {
    let row = days
        .entry((language.to_string(), fact.rating))
        .or_insert_with(|| DayRow {
            business_id: business_id.to_string(),
            day,
            language: language.to_string(),
            rating: fact.rating,
            reviews: 0,
            replied: 0,
            ambassadors: 0,
            detractors: 0,
        });
    row.reviews += 1;
    row.replied += i64::from(fact.replied);
    row.ambassadors += i64::from(fact.segment == "ambassador");
    row.detractors += i64::from(fact.segment == "detractor");
}

fn count_facts(fact: &DayFact, add: &mut impl FnMut(&'static str, String)) {
    for aspect in list(&fact.aspects) {
        add("aspect", aspect.to_string());
    }
    for aspect in list(&fact.negative_aspects) {
        add("aspect-negative", aspect.to_string());
    }
    count_journey(fact, add);
    if let Some(delay) = fact.reply_delay_ms {
        let bucket = format!("{:09}", delay_bucket(delay).0);
        if fact.rating <= super::facts::COMPLAINT_MAX_STARS {
            add("reply-delay-negative", bucket.clone());
        }
        add("reply-delay", bucket);
    }
}

/// The bucket of a reply delay, in minutes: (lower bound, width). A quarter
/// of an hour for the first hour, an hour up to a day, four hours up to two
/// days, a day up to 30 days, then 30 days. A median read from the buckets
/// is its bucket's middle: within 7.5 minutes when half the replies come
/// within the hour, 30 minutes within the day. Few buckets keep a year's
/// rollups small enough to read in a few milliseconds.
pub fn delay_bucket(delay_ms: i64) -> (i64, i64) {
    let minutes = delay_ms.max(0) / 60_000;
    let width = match minutes {
        0..60 => 15,
        60..1_440 => 60,
        1_440..2_880 => 240,
        2_880..43_200 => 1_440,
        _ => 43_200,
    };
    (minutes - minutes % width, width)
}

/// The median delay (ms) of bucketed counts (keys: lower bounds in minutes,
/// as stored); the middle of the bucket holding the middle reply.
pub fn median_delay_ms(buckets: &[(String, i64)]) -> Option<f64> {
    let mut parsed: Vec<(i64, i64)> = buckets
        .iter()
        .filter_map(|(k, n)| Some((k.parse::<i64>().ok()?, *n)))
        .collect();
    parsed.sort_unstable();
    let total: i64 = parsed.iter().map(|(_, n)| n).sum();
    if total == 0 {
        return None;
    }
    let middle = (total + 1) / 2;
    let mut seen = 0;
    for (lower, n) in parsed {
        seen += n;
        if seen >= middle {
            let (_, width) = delay_bucket(lower * 60_000);
            return Some((lower as f64 + width as f64 / 2.0) * 60_000.0);
        }
    }
    None
}

fn count_journey(fact: &DayFact, add: &mut impl FnMut(&'static str, String)) {
    let mut stages: Vec<&str> = list(&fact.stages).collect();
    if let (Some(first), Some(last)) = (stages.first(), stages.last()) {
        add("path", format!("{first}>{last}"));
    }
    stages.sort_unstable();
    stages.dedup();
    for stage in &stages {
        add("stage", (*stage).to_string());
        for aspect in list(&fact.negative_aspects) {
            add("cause", format!("{aspect}|{stage}"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(rating: i64, language: &str, segment: &str, stages: &str, neg: &str) -> DayFact {
        DayFact {
            rating,
            language: language.into(),
            replied: rating == 1,
            segment: segment.into(),
            stages: stages.into(),
            aspects: neg.into(),
            negative_aspects: neg.into(),
            reply_delay_ms: (rating == 1).then_some(20 * 60_000),
        }
    }

    #[test]
    fn a_day_sums_reviews_segments_and_journeys() {
        let facts = [
            fact(
                1,
                "en",
                "detractor",
                "delivery,support,delivery",
                "delivery",
            ),
            fact(1, "en", "indifferent", "ordering", ""),
            fact(5, "de", "ambassador", "", ""),
        ];
        let (days, counts) = day_sums("b", 10, &facts);
        let row = |language: &str, rating: i64| {
            days.iter()
                .find(|d| d.language == language && d.rating == rating)
                .expect("row")
        };
        assert_eq!(days.len(), 4, "en and de rows, and the same under '*'");
        let en = row("en", 1);
        assert_eq!((en.reviews, en.replied, en.detractors), (2, 2, 1));
        assert_eq!(row("de", 5).ambassadors, 1);
        assert_eq!(row(ALL_LANGUAGES, 1).reviews, 2);
        assert_eq!(row(ALL_LANGUAGES, 5).reviews, 1);
        let get = |fact: &str, key: &str| {
            let value = |language: &str| {
                counts
                    .iter()
                    .find(|c| c.fact == fact && c.key == key && c.language == language)
                    .map(|c| c.value)
            };
            assert_eq!(
                value("en"),
                value(ALL_LANGUAGES),
                "{fact} {key}: only English here"
            );
            value("en")
        };
        assert_eq!(get("path", "delivery>delivery"), Some(1));
        assert_eq!(get("path", "ordering>ordering"), Some(1));
        assert_eq!(get("stage", "delivery"), Some(1), "a stage counts once");
        assert_eq!(get("stage", "support"), Some(1));
        assert_eq!(get("cause", "delivery|support"), Some(1));
        assert_eq!(get("aspect-negative", "delivery"), Some(1));
        assert_eq!(
            get("reply-delay", "000000015"),
            Some(2),
            "20 minutes: the 15-30 bucket"
        );
        assert_eq!(get("reply-delay-negative", "000000015"), Some(2));
    }

    #[test]
    fn the_median_delay_is_the_middle_of_its_bucket() {
        assert_eq!(delay_bucket(20 * 60_000), (15, 15));
        assert_eq!(delay_bucket(5 * 3_600_000 + 60_000), (300, 60));
        assert_eq!(delay_bucket(30 * 3_600_000), (1_680, 240));
        assert_eq!(delay_bucket(50 * 3_600_000), (2_880, 1_440));
        assert_eq!(delay_bucket(40 * 86_400_000), (43_200, 43_200));
        let buckets = [
            ("000000000".to_string(), 1),
            ("000000015".to_string(), 1),
            ("000000060".to_string(), 1),
        ];
        // The middle of three replies is in the 15-30 minute bucket.
        assert_eq!(median_delay_ms(&buckets), Some(22.5 * 60_000.0));
        assert_eq!(median_delay_ms(&[]), None);
    }
}
