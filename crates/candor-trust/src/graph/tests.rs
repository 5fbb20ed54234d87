use super::*;

/// A small deterministic generator (xorshift64*), so the tests need no crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn stars(s: u32) -> f64 {
    RatingScale::Stars
        .normalise(f64::from(s))
        .expect("1..5 stars")
}

const PLANTED_FROM: u32 = 10_000;
const OBSCURE_FROM: u32 = 500;

/// 200 honest reviewers rate 4–12 of 60 products near each product's
/// quality (one star off now and then). A planted block of 10 reviewers
/// gives 5 stars to the same 5 obscure products, which a few honest
/// reviewers rated 1–2 stars, and 1 star to the 2 best products.
fn planted_graph() -> Vec<Review> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let quality: Vec<u32> = (0..60).map(|p| 1 + (p * 7 % 5)).collect();
    let mut reviews = Vec::new();
    for reviewer in 0..200u32 {
        let count = 4 + rng.below(9);
        let mut seen = Vec::new();
        while seen.len() < count as usize {
            let product = rng.below(60) as u32;
            if seen.contains(&product) {
                continue;
            }
            seen.push(product);
            let q = quality[product as usize] as i64;
            let noise = match rng.below(10) {
                0 => -1,
                1 => 1,
                _ => 0,
            };
            let s = (q + noise).clamp(1, 5) as u32;
            reviews.push(Review {
                reviewer,
                product,
                rating: stars(s),
            });
        }
    }
    // The obscure products each have two honest, unhappy reviews.
    for (i, product) in (OBSCURE_FROM..OBSCURE_FROM + 5).enumerate() {
        for k in 0..2u32 {
            reviews.push(Review {
                reviewer: (i as u32 * 2 + k) % 200,
                product,
                rating: stars(1 + k),
            });
        }
    }
    let best: Vec<u32> = (0..60u32)
        .filter(|&p| quality[p as usize] == 5)
        .take(2)
        .collect();
    for reviewer in PLANTED_FROM..PLANTED_FROM + 10 {
        for product in OBSCURE_FROM..OBSCURE_FROM + 5 {
            reviews.push(Review {
                reviewer,
                product,
                rating: stars(5),
            });
        }
        for &product in &best {
            reviews.push(Review {
                reviewer,
                product,
                rating: stars(1),
            });
        }
    }
    reviews
}

fn is_planted(reviewer: u32) -> bool {
    reviewer >= PLANTED_FROM
}

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    sum / n.max(1) as f64
}

#[test]
fn the_planted_block_ranks_at_the_top() {
    let reviews = planted_graph();
    let scores = score(&reviews, &GraphConfig::default()).expect("scores");
    assert_eq!(scores.reviewers.len(), 210);
    let top: Vec<u32> = scores.reviewers[..10].iter().map(|r| r.reviewer).collect();
    let caught = top.iter().filter(|&&r| is_planted(r)).count();
    assert!(caught >= 8, "top 10: {top:?}");
    // They are one lockstep block, the first.
    let block = &scores.blocks[0];
    assert_eq!(
        block.reviewers,
        (PLANTED_FROM..PLANTED_FROM + 10).collect::<Vec<_>>()
    );
    assert_eq!(block.products.len(), 7);
    assert!(scores.converged, "{} iterations", scores.iterations);
}

#[test]
fn the_planted_reviews_score_higher_than_honest_ones() {
    let reviews = planted_graph();
    let scores = score(&reviews, &GraphConfig::default()).expect("scores");
    let planted = || {
        reviews
            .iter()
            .zip(&scores.reviews)
            .filter(|(r, _)| is_planted(r.reviewer))
    };
    let honest = || {
        reviews
            .iter()
            .zip(&scores.reviews)
            .filter(|(r, _)| !is_planted(r.reviewer))
    };
    let planted_mean = mean(planted().map(|(_, s)| s.score));
    let honest_mean = mean(honest().map(|(_, s)| s.score));
    assert!(
        planted_mean > honest_mean + 0.3,
        "planted {planted_mean:.3}, honest {honest_mean:.3}"
    );
    // Every planted review is above nine honest ones in ten.
    let mut honest_scores: Vec<f64> = honest().map(|(_, s)| s.score).collect();
    honest_scores.sort_by(f64::total_cmp);
    let p90 = honest_scores[honest_scores.len() * 9 / 10];
    for (review, s) in planted() {
        assert!(s.score > p90, "{review:?}: {} <= {p90}", s.score);
        assert!(s.block.is_some());
    }
    // Fraud Eagle alone already tells the 1-star attacks on good products
    // from the honest reviews.
    let attacks = mean(
        planted()
            .filter(|(r, _)| r.rating < 0.5)
            .map(|(_, s)| s.fake_belief),
    );
    let honest_fake = mean(honest().map(|(_, s)| s.fake_belief));
    assert!(attacks > honest_fake, "{attacks} vs {honest_fake}");
}

#[test]
fn a_camouflaged_block_loses_the_lockstep_evidence() {
    // Each planted reviewer adds one review of its own, so no two share a
    // signature. This is the known gap (module docs): Fraud Eagle alone sees
    // reviewers who mostly praise products that most of their reviewers
    // praise, and clears them. Only their attacks on the best products still
    // stand out from the honest reviews.
    let mut reviews = planted_graph();
    for (i, reviewer) in (PLANTED_FROM..PLANTED_FROM + 10).enumerate() {
        let product = 20 + i as u32;
        reviews.push(Review {
            reviewer,
            product,
            rating: stars(1 + (product * 7 % 5)),
        });
    }
    let scores = score(&reviews, &GraphConfig::default()).expect("scores");
    assert!(
        scores
            .blocks
            .iter()
            .all(|b| b.reviewers.iter().all(|&r| !is_planted(r)))
    );
    let mut honest: Vec<f64> = reviews
        .iter()
        .zip(&scores.reviews)
        .filter(|(r, _)| !is_planted(r.reviewer))
        .map(|(_, s)| s.fake_belief)
        .collect();
    honest.sort_by(f64::total_cmp);
    let p90 = honest[honest.len() * 9 / 10];
    for (review, s) in reviews.iter().zip(&scores.reviews) {
        if is_planted(review.reviewer) && review.rating == 0.0 && review.product < 20 {
            assert!(s.fake_belief > p90, "{review:?}: {s:?} <= {p90}");
        }
    }
}

#[test]
fn the_same_input_gives_the_same_output() {
    let reviews = planted_graph();
    let a = score(&reviews, &GraphConfig::default()).expect("scores");
    let b = score(&reviews, &GraphConfig::default()).expect("scores");
    assert_eq!(a, b);
}

#[test]
fn ties_are_broken_by_reviewer_id() {
    // Four reviewers in the same position: two pairs of identical twins.
    let reviews: Vec<Review> = [9u32, 3, 7, 5]
        .iter()
        .flat_map(|&reviewer| {
            (0..3).map(move |product| Review {
                reviewer,
                product,
                rating: 1.0,
            })
        })
        .collect();
    let scores = score(&reviews, &GraphConfig::default()).expect("scores");
    let order: Vec<u32> = scores.reviewers.iter().map(|r| r.reviewer).collect();
    assert_eq!(order, [3, 5, 7, 9]);
}

#[test]
fn empty_input_gives_an_empty_result() {
    let scores = score(&[], &GraphConfig::default()).expect("scores");
    assert!(scores.reviewers.is_empty());
    assert!(scores.reviews.is_empty());
    assert!(scores.blocks.is_empty());
    assert!(scores.converged);
}

#[test]
fn a_single_reviewer_does_not_panic() {
    let one = [Review {
        reviewer: u32::MAX,
        product: 0,
        rating: 0.9,
    }];
    let scores = score(&one, &GraphConfig::default()).expect("scores");
    assert_eq!(scores.reviewers.len(), 1);
    assert_eq!(scores.reviewers[0].reviewer, u32::MAX);
    assert!((0.0..=1.0).contains(&scores.reviewers[0].score));
    assert!(scores.blocks.is_empty());

    let many: Vec<Review> = (0..5)
        .map(|product| Review {
            reviewer: 1,
            product,
            rating: f64::from(product) / 4.0,
        })
        .collect();
    let scores = score(&many, &GraphConfig::default()).expect("scores");
    assert_eq!(scores.reviewers.len(), 1);
    assert_eq!(scores.reviews.len(), 5);
    // The 3-star review is neutral: no evidence of anything.
    assert_eq!(scores.reviews[2].fake_belief, 0.0);
    for s in &scores.reviews {
        assert!((0.0..=1.0).contains(&s.score));
    }
}

#[test]
fn a_lone_dissenter_is_the_most_suspicious() {
    // Reviewers 0..8 each praise a different pair of products 0..4 (no two
    // share a history); reviewer 99 pans all four.
    let pairs = [
        (0, 1),
        (0, 2),
        (0, 3),
        (1, 2),
        (1, 3),
        (2, 3),
        (0, 1),
        (2, 3),
    ];
    let mut reviews = Vec::new();
    for (reviewer, &(a, b)) in pairs.iter().enumerate() {
        for product in [a, b, 10 + reviewer as u32] {
            reviews.push(Review {
                reviewer: reviewer as u32,
                product,
                rating: 1.0,
            });
        }
    }
    for product in 0..4 {
        reviews.push(Review {
            reviewer: 99,
            product,
            rating: 0.0,
        });
    }
    let scores = score(&reviews, &GraphConfig::default()).expect("scores");
    assert!(scores.blocks.is_empty());
    assert_eq!(scores.reviewers[0].reviewer, 99);
    assert!(scores.reviewers[0].fraud_belief > 0.5);
    assert!(scores.reviewers[1].fraud_belief < 0.5);
}

#[test]
fn lockstep_groups_need_the_same_products_and_leaning() {
    // 1 and 2 share products 10 and 11 (both praised); 3 rates the same
    // products but pans 11; 4 adds product 12; 50 is elsewhere.
    let mut reviews = Vec::new();
    let mut add = |reviewer, product, rating| {
        reviews.push(Review {
            reviewer,
            product,
            rating,
        })
    };
    for reviewer in [1, 2] {
        add(reviewer, 10, 0.9);
        add(reviewer, 11, 1.0);
    }
    add(3, 10, 0.8);
    add(3, 11, 0.1);
    add(4, 10, 1.0);
    add(4, 11, 1.0);
    add(4, 12, 1.0);
    add(50, 20, 1.0);
    let scores = score(&reviews, &GraphConfig::default()).expect("scores");
    assert_eq!(scores.blocks.len(), 1);
    let block = &scores.blocks[0];
    assert_eq!(block.reviewers, [1, 2]);
    assert_eq!(block.products, [10, 11]);
    // 10 and 11 each have four reviews (1, 2, 3, 4): the pair is half.
    assert!(
        (block.size_ratio - 0.5).abs() < 1e-12,
        "{}",
        block.size_ratio
    );
    let of = |id| {
        scores
            .reviewers
            .iter()
            .find(|r| r.reviewer == id)
            .expect("reviewer")
    };
    assert_eq!(of(1).block, Some(0));
    assert_eq!(of(3).block, None);
    assert_eq!(of(4).block, None);
    assert_eq!(of(3).lockstep, 0.0);
    assert!(of(1).score >= of(1).fraud_belief);
    // Their reviews carry the block too.
    assert_eq!(scores.reviews[0].block, Some(0));
    assert_eq!(scores.reviews[4].block, None);
}

#[test]
fn one_product_is_not_a_lockstep_signature() {
    let reviews: Vec<Review> = (0..5)
        .map(|reviewer| Review {
            reviewer,
            product: 7,
            rating: 1.0,
        })
        .collect();
    let scores = score(&reviews, &GraphConfig::default()).expect("scores");
    assert!(scores.blocks.is_empty());
}

#[test]
fn bad_ratings_and_settings_are_refused() {
    let bad = |rating| {
        score(
            &[Review {
                reviewer: 1,
                product: 1,
                rating,
            }],
            &GraphConfig::default(),
        )
    };
    assert!(matches!(bad(1.5), Err(GraphError::Rating { index: 0, .. })));
    assert!(matches!(bad(-0.1), Err(GraphError::Rating { .. })));
    assert!(matches!(bad(f64::NAN), Err(GraphError::Rating { .. })));
    for config in [
        GraphConfig {
            epsilon: 0.5,
            ..GraphConfig::default()
        },
        GraphConfig {
            epsilon: 0.0,
            ..GraphConfig::default()
        },
        GraphConfig {
            lockstep_prior_weight: 0.5,
            ..GraphConfig::default()
        },
        GraphConfig {
            tolerance: f64::NAN,
            ..GraphConfig::default()
        },
    ] {
        assert!(matches!(score(&[], &config), Err(GraphError::Config(_))));
    }
}

#[test]
fn rating_scales_are_detected_and_normalised() {
    assert_eq!(RatingScale::detect(0.0, 1.0), Some(RatingScale::Unit));
    assert_eq!(RatingScale::detect(1.0, 5.0), Some(RatingScale::Stars));
    assert_eq!(RatingScale::detect(2.0, 4.0), Some(RatingScale::Stars));
    assert_eq!(
        RatingScale::detect(0.0005, 4.99),
        Some(RatingScale::ZeroToFive)
    );
    assert_eq!(RatingScale::detect(0.0, 10.0), None);
    assert_eq!(RatingScale::detect(-1.0, 3.0), None);
    assert_eq!(RatingScale::detect(f64::NAN, 3.0), None);
    assert_eq!(RatingScale::detect(3.0, 2.0), None);
    assert_eq!(RatingScale::Stars.normalise(3.0), Some(0.5));
    assert_eq!(RatingScale::Stars.normalise(5.0), Some(1.0));
    assert_eq!(RatingScale::Stars.normalise(0.5), None);
    assert_eq!(RatingScale::ZeroToFive.normalise(2.5), Some(0.5));
    assert_eq!(RatingScale::Unit.normalise(0.25), Some(0.25));
    assert_eq!(RatingScale::Unit.normalise(f64::INFINITY), None);
}

#[test]
fn scores_stay_in_range_on_a_hub() {
    // One reviewer with 5,000 reviews: sums of thousands of log-odds must
    // not overflow into NaN.
    let mut reviews: Vec<Review> = (0..5000)
        .map(|product| Review {
            reviewer: 0,
            product,
            rating: if product % 2 == 0 { 0.0 } else { 1.0 },
        })
        .collect();
    for product in 0..5000 {
        reviews.push(Review {
            reviewer: 1 + product % 7,
            product,
            rating: 1.0,
        });
    }
    let scores = score(&reviews, &GraphConfig::default()).expect("scores");
    for r in &scores.reviewers {
        assert!((0.0..=1.0).contains(&r.score), "{r:?}");
    }
    for r in &scores.reviews {
        assert!((0.0..=1.0).contains(&r.score), "{r:?}");
    }
}

#[test]
fn threads_do_not_change_the_result() {
    // Above the size where a round is split across threads.
    let mut rng = Rng(7);
    let reviews: Vec<Review> = (0..60_000)
        .map(|_| Review {
            reviewer: rng.below(8_000) as u32,
            product: rng.below(2_000) as u32,
            rating: rng.below(5) as f64 / 4.0,
        })
        .collect();
    let one = score(
        &reviews,
        &GraphConfig {
            threads: 1,
            ..GraphConfig::default()
        },
    )
    .expect("scores");
    let three = score(
        &reviews,
        &GraphConfig {
            threads: 3,
            ..GraphConfig::default()
        },
    )
    .expect("scores");
    assert_eq!(one, three);
}
