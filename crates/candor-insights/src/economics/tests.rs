use super::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn inputs(target: f64, happy: f64, unhappy: f64, p_h: f64, p_u: f64) -> EconomicsInputs {
    EconomicsInputs {
        target,
        happy_review_probability: p_h,
        unhappy_review_probability: p_u,
        happy_stars: happy,
        unhappy_stars: unhappy,
    }
}

#[test]
fn seed_004_forty_good_experiences_undo_one_bad_review() -> Result<(), EconomicsError> {
    // Balance: (4 − 1) / (5 − 4) = 3, and (3·5 + 1) / 4 = 16 / 4 = 4.0 exactly.
    // Above:   k = 4, (4·5 + 1) / 5 = 21 / 5 = 4.2 > 4.0.
    // Seed:    4 × 1.0 / 0.1 = 40 happy customers per unhappy one.
    let o = offset(&EconomicsInputs::default())?;
    assert_eq!(o.balance_ratio, 3.0);
    assert_eq!(o.reviews_to_stay_above, 4);
    assert_eq!(o.good_experiences, 40.0);
    assert_eq!(o.balance_experiences, 30.0);
    Ok(())
}

#[test]
fn exact_whole_ratios_are_not_counted_as_above() -> Result<(), EconomicsError> {
    // target 4.5: (4.5 − 1) / 0.5 = 7; 7 gives (35 + 1) / 8 = 4.5, not above;
    // 8 gives 41 / 9 = 4.56. Good experiences 8 / 0.1 = 80.
    let o = offset(&inputs(4.5, 5.0, 1.0, 0.1, 1.0))?;
    assert_eq!(o.reviews_to_stay_above, 8);
    assert!(close(o.good_experiences, 80.0));
    // target 4.2: 3.2 / 0.8 = 4 in exact arithmetic (not in f64); 4 gives
    // 21 / 5 = 4.2, so 5 are needed: 26 / 6 = 4.33.
    assert_eq!(
        offset(&inputs(4.2, 5.0, 1.0, 0.1, 1.0))?.reviews_to_stay_above,
        5
    );
    // target 3: 2 / 2 = 1; 1 gives 6 / 2 = 3.0, 2 give 11 / 3 = 3.67.
    assert_eq!(
        offset(&inputs(3.0, 5.0, 1.0, 0.1, 1.0))?.reviews_to_stay_above,
        2
    );
    Ok(())
}

#[test]
fn fractional_stars_and_propensities() -> Result<(), EconomicsError> {
    // (4 − 1.3) / (4.6 − 4) = 2.7 / 0.6 = 4.5 → k = 5:
    // (5·4.6 + 1.3) / 6 = 24.3 / 6 = 4.05 > 4, while (18.4 + 1.3) / 5 = 3.94.
    // Experiences: 5 × 0.8 / 0.2 = 20; balance 4.5 × 4 = 18.
    let o = offset(&inputs(4.0, 4.6, 1.3, 0.2, 0.8))?;
    assert!(close(o.balance_ratio, 4.5));
    assert_eq!(o.reviews_to_stay_above, 5);
    assert!(close(o.good_experiences, 20.0));
    assert!(close(o.balance_experiences, 18.0));
    Ok(())
}

#[test]
fn validation_names_the_problem() {
    let err = |i: EconomicsInputs| i.validate().err();
    let base = EconomicsInputs::default;
    assert_eq!(
        err(EconomicsInputs {
            target: f64::NAN,
            ..base()
        }),
        Some(EconomicsError::NotFinite { field: "target" })
    );
    assert_eq!(
        err(EconomicsInputs {
            happy_review_probability: 0.0,
            ..base()
        }),
        Some(EconomicsError::ProbabilityOutOfRange {
            field: "happy_review_probability",
            value: 0.0
        })
    );
    assert_eq!(
        err(EconomicsInputs {
            unhappy_review_probability: 1.5,
            ..base()
        }),
        Some(EconomicsError::ProbabilityOutOfRange {
            field: "unhappy_review_probability",
            value: 1.5
        })
    );
    assert_eq!(
        err(EconomicsInputs {
            unhappy_review_probability: f64::NAN,
            ..base()
        }),
        Some(EconomicsError::NotFinite {
            field: "unhappy_review_probability"
        })
    );
    assert_eq!(
        err(EconomicsInputs {
            happy_stars: 5.5,
            ..base()
        }),
        Some(EconomicsError::StarsOutOfRange {
            field: "happy_stars",
            value: 5.5
        })
    );
    assert_eq!(
        err(EconomicsInputs {
            unhappy_stars: f64::NEG_INFINITY,
            ..base()
        }),
        Some(EconomicsError::NotFinite {
            field: "unhappy_stars"
        })
    );
    for target in [1.0, 5.0, 0.0, 7.0] {
        assert!(matches!(
            err(EconomicsInputs { target, ..base() }),
            Some(EconomicsError::TargetNotBetweenStars { .. })
        ));
    }
    assert_eq!(err(base()), None);
    assert!(
        offset(&EconomicsInputs {
            target: f64::NAN,
            ..base()
        })
        .is_err()
    );
    assert!(
        recovery_debt(
            [1; 5],
            &EconomicsInputs {
                target: f64::NAN,
                ..base()
            }
        )
        .is_err()
    );
}

#[test]
fn mix_summaries() {
    // [1, 2, 3, 4, 5]: n = 15, sum = 1 + 4 + 9 + 16 + 25 = 55, mean 55 / 15.
    // Happy 4 + 5 = 9 with mean (16 + 25) / 9 = 41 / 9; unhappy 1 + 2 = 3
    // with mean (1 + 4) / 3 = 5 / 3; neutral 3.
    let mix = Mix::from([1, 2, 3, 4, 5]);
    assert_eq!(
        (mix.total(), mix.happy(), mix.neutral(), mix.unhappy()),
        (15, 9, 3, 3)
    );
    assert!(close(mix.star_sum(), 55.0));
    assert!(close(mix.mean().unwrap_or(0.0), 55.0 / 15.0));
    assert!(close(mix.happy_mean().unwrap_or(0.0), 41.0 / 9.0));
    assert!(close(mix.unhappy_mean().unwrap_or(0.0), 5.0 / 3.0));
    let own = mix.with_own_stars(&EconomicsInputs::default());
    assert!(close(own.happy_stars, 41.0 / 9.0) && close(own.unhappy_stars, 5.0 / 3.0));
}

#[test]
fn empty_and_huge_mixes_do_not_panic() {
    let empty = Mix::from([0; 5]);
    assert_eq!(
        (empty.mean(), empty.happy_mean(), empty.unhappy_mean()),
        (None, None, None)
    );
    assert_eq!(
        empty.with_own_stars(&EconomicsInputs::default()),
        EconomicsInputs::default()
    );
    let huge = Mix::from([u64::MAX; 5]);
    assert_eq!(huge.total(), u64::MAX);
    assert!(close(huge.mean().unwrap_or(0.0), 3.0));
    assert!(recovery_debt([u64::MAX; 5], &EconomicsInputs::default()).is_ok());
}

#[test]
fn debt_below_target() -> Result<(), EconomicsError> {
    // [3, 0, 0, 0, 0]: sum 3, n 3, mean 1. Target 4:
    // G = ceil((4·3 − 3) / (5 − 4)) = 9, and (3 + 45) / 12 = 4.0. 9 / 0.1 = 90.
    let d = recovery_debt([3, 0, 0, 0, 0], &EconomicsInputs::default())?;
    assert_eq!(d.current_mean, Some(1.0));
    assert_eq!(d.good_reviews_needed, 9);
    assert!(close(d.good_experiences_needed, 90.0));
    assert_eq!(d.headroom_bad_reviews, 0);
    // [2, 0, 0, 0, 8]: sum 42, n 10, mean 4.2. Target 4.5:
    // G = ceil((45 − 42) / 0.5) = 6: (42 + 30) / 16 = 4.5; 5 give 67 / 15 = 4.47.
    let d = recovery_debt([2, 0, 0, 0, 8], &inputs(4.5, 5.0, 1.0, 0.1, 1.0))?;
    assert_eq!(d.good_reviews_needed, 6);
    assert!(close(d.good_experiences_needed, 60.0));
    Ok(())
}

#[test]
fn headroom_above_target() -> Result<(), EconomicsError> {
    // [1, 0, 0, 0, 9]: sum 46, n 10, mean 4.6. Target 4:
    // B = floor((46 − 40) / (4 − 1)) = 2: (46 + 2) / 12 = 4.0; 3 give 49 / 13 = 3.77.
    let d = recovery_debt([1, 0, 0, 0, 9], &EconomicsInputs::default())?;
    assert_eq!((d.good_reviews_needed, d.headroom_bad_reviews), (0, 2));
    // [2, 0, 0, 0, 8]: surplus 42 − 40 = 2 < 3, so no room: 43 / 11 = 3.91.
    let d = recovery_debt([2, 0, 0, 0, 8], &EconomicsInputs::default())?;
    assert_eq!((d.good_reviews_needed, d.headroom_bad_reviews), (0, 0));
    Ok(())
}

#[test]
fn exactly_on_target_needs_nothing_and_has_no_room() -> Result<(), EconomicsError> {
    // [1, 0, 0, 0, 3]: 16 / 4 = 4.0. [1, 0, 0, 0, 4] against 4.2: 21 / 5 = 4.2,
    // although 4.2 × 5 is not exactly 21 in f64.
    for (mix, target) in [([1, 0, 0, 0, 3], 4.0), ([1, 0, 0, 0, 4], 4.2)] {
        let d = recovery_debt(mix, &inputs(target, 5.0, 1.0, 0.1, 1.0))?;
        assert_eq!(
            (d.good_reviews_needed, d.headroom_bad_reviews),
            (0, 0),
            "{mix:?}"
        );
    }
    Ok(())
}

#[test]
fn empty_mix_has_no_debt_and_no_room() -> Result<(), EconomicsError> {
    let d = recovery_debt([0; 5], &EconomicsInputs::default())?;
    assert_eq!(
        d,
        Debt {
            current_mean: None,
            good_reviews_needed: 0,
            good_experiences_needed: 0.0,
            headroom_bad_reviews: 0,
        }
    );
    Ok(())
}

#[test]
fn docs_worked_example() -> Result<(), EconomicsError> {
    // docs/insights.md: [6, 2, 4, 18, 50], n = 80, sum = 344, mean 4.3.
    // Target 4.5: G = ceil((360 − 344) / 0.5) = 32; (344 + 160) / 112 = 4.5;
    // 32 / 0.1 = 320 happy customers. Target 4.0: B = floor(24 / 3) = 8;
    // (344 + 8) / 88 = 4.0.
    let mix = [6, 2, 4, 18, 50];
    let d = recovery_debt(mix, &inputs(4.5, 5.0, 1.0, 0.1, 1.0))?;
    assert_eq!((d.current_mean, d.good_reviews_needed), (Some(4.3), 32));
    assert!(close(d.good_experiences_needed, 320.0));
    assert_eq!(
        recovery_debt(mix, &EconomicsInputs::default())?.headroom_bad_reviews,
        8
    );
    Ok(())
}
