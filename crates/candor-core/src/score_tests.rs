use super::*;
use proptest::prelude::*;

fn stars(n: u8) -> Rating {
    Rating::try_from(i64::from(n)).expect("1..=5")
}

fn bucket(rating: u8, age_days: i64, count: u64) -> RatingBucket {
    RatingBucket {
        rating: stars(rating),
        age_days,
        count,
    }
}

#[test]
fn no_reviews_gives_the_prior() {
    let b = ScoreBreakdown::compute(ScoreParams::default(), &[]);
    assert_eq!(b.score, 3.5);
    assert_eq!(b.mean, None);
    assert_eq!(b.count, 0);
}

#[test]
fn seven_fresh_fives_meet_the_prior_halfway() {
    // (7 * 3.5 + 7 * 5) / (7 + 7) = 4.25
    let b = ScoreBreakdown::compute(ScoreParams::default(), &[bucket(5, 0, 7)]);
    assert!((b.score - 4.25).abs() < 1e-12);
    assert_eq!(b.mean, Some(5.0));
}

#[test]
fn a_review_one_half_life_old_counts_half() {
    let params = ScoreParams::default();
    assert!((params.weight(365) - 0.5).abs() < 1e-12);
    let b = ScoreBreakdown::compute(params, &[bucket(1, 365, 2)]);
    assert!((b.weighted_count - 1.0).abs() < 1e-12);
    // (24.5 + 1) / 8
    assert!((b.score - 25.5 / 8.0).abs() < 1e-12);
    // The plain mean ignores age.
    assert_eq!(b.mean, Some(1.0));
}

#[test]
fn distribution_percentages_round() {
    let mut d = Distribution::default();
    d.add(stars(5), 2);
    d.add(stars(1), 1);
    assert_eq!(
        (
            d.percent(stars(5)),
            d.percent(stars(1)),
            d.percent(stars(3))
        ),
        (67, 33, 0)
    );
}

proptest! {
    #[test]
    fn score_stays_between_prior_and_ratings(
        raw in proptest::collection::vec((1u8..=5, 0i64..5000, 1u64..50), 0..40)
    ) {
        let buckets: Vec<_> = raw.iter().map(|(r, a, c)| bucket(*r, *a, *c)).collect();
        let b = ScoreBreakdown::compute(ScoreParams::default(), &buckets);
        prop_assert!((1.0..=5.0).contains(&b.score));
        let lo = buckets.iter().map(|b| f64::from(b.rating.get())).fold(3.5, f64::min);
        let hi = buckets.iter().map(|b| f64::from(b.rating.get())).fold(3.5, f64::max);
        prop_assert!(b.score >= lo - 1e-9 && b.score <= hi + 1e-9);
        prop_assert_eq!(b.distribution.total(), buckets.iter().map(|b| b.count).sum::<u64>());
    }
}
