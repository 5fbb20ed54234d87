//! Properties over random inputs: bounds, orderings and "no panic".

use candor_insights::economics::{
    EconomicsInputs, Mix, Scenario, offset, recovery_debt, trajectory,
};
use candor_insights::perfection::perfection;
use candor_insights::segments::{SegmentInput, intensity_markers, passion, place};
use proptest::prelude::*;

fn mix() -> impl Strategy<Value = [u64; 5]> {
    prop::array::uniform5(0u64..5_000).prop_filter("needs a review", |m| m.iter().any(|&c| c > 0))
}

/// Valid inputs with the seed's 1 and 5 stars.
fn inputs() -> impl Strategy<Value = EconomicsInputs> {
    (1.01f64..4.99, 0.001f64..=1.0, 0.001f64..=1.0).prop_map(|(target, p_h, p_u)| EconomicsInputs {
        target,
        happy_review_probability: p_h,
        unhappy_review_probability: p_u,
        ..EconomicsInputs::default()
    })
}

fn scenario() -> impl Strategy<Value = Scenario> {
    prop_oneof![
        Just(Scenario::Baseline),
        (0.001f64..=1.0).prop_map(|q| Scenario::InviteEveryone {
            invited_review_probability: q
        }),
        (0.0f64..=1.0).prop_map(|share| Scenario::RecoverUnhappy { share }),
        (0.0f64..=1.0).prop_map(|share| Scenario::CutNegative { share }),
    ]
}

/// The business's own stars when asked for and valid, else the seed's.
fn pick(mix: [u64; 5], seed: EconomicsInputs, own: bool) -> EconomicsInputs {
    let own_stars = Mix::from(mix).with_own_stars(&seed);
    if own && own_stars.validate().is_ok() {
        own_stars
    } else {
        seed
    }
}

fn means(mix: [u64; 5], months: f64, i: &EconomicsInputs, s: &Scenario) -> Vec<f64> {
    trajectory(mix, months, i, s, 36)
        .map(|t| t.into_iter().map(|p| p.expected_mean).collect())
        .unwrap_or_default()
}

proptest! {
    #[test]
    fn trajectory_means_stay_between_one_and_five(
        mix in mix(), months in 0.1f64..120.0, i in inputs(), s in scenario(), own in any::<bool>(),
    ) {
        let i = pick(mix, i, own);
        let t = trajectory(mix, months, &i, &s, 36);
        prop_assert!(t.is_ok());
        for m in means(mix, months, &i, &s) {
            prop_assert!((1.0..=5.0).contains(&m), "{m}");
        }
    }

    #[test]
    fn recovering_or_cutting_never_lowers_the_mean(
        mix in mix(), months in 0.1f64..120.0, i in inputs(), share in 0.001f64..=1.0, own in any::<bool>(),
    ) {
        // Defaults (1 and 5 stars) or the business's own stars: the
        // documented condition unhappy_stars ≤ mean ≤ happy side holds.
        let i = pick(mix, i, own);
        let base = means(mix, months, &i, &Scenario::Baseline);
        for s in [Scenario::RecoverUnhappy { share }, Scenario::CutNegative { share }] {
            for (better, b) in means(mix, months, &i, &s).into_iter().zip(&base) {
                prop_assert!(better >= b - 1e-9, "{s:?}: {better} < {b}");
            }
        }
    }

    #[test]
    fn reviews_to_stay_above_is_the_smallest_whole_number(
        i in inputs(), u in 1.0f64..4.9, gap in 0.01f64..4.0, at in 0.01f64..0.99,
    ) {
        let h = (u + gap).min(5.0);
        let i = EconomicsInputs { happy_stars: h, unhappy_stars: u, target: u + at * (h - u), ..i };
        prop_assume!(i.validate().is_ok());
        let k = offset(&i).map(|o| o.reviews_to_stay_above).unwrap_or(0) as f64;
        let mean = |k: f64| (k * h + u) / (k + 1.0);
        prop_assert!(mean(k) > i.target - 1e-9);
        prop_assert!(mean(k - 1.0) <= i.target + 1e-9);
    }

    #[test]
    fn good_reviews_needed_is_the_smallest_whole_number(mix in mix(), i in inputs()) {
        let d = recovery_debt(mix, &i);
        prop_assert!(d.is_ok());
        let g = d.map(|d| d.good_reviews_needed).unwrap_or(0) as f64;
        let m = Mix::from(mix);
        let mean = |g: f64| (m.star_sum() + g * 5.0) / (m.total() as f64 + g);
        prop_assert!(mean(g) >= i.target - 1e-9);
        if g > 0.0 {
            prop_assert!(mean(g - 1.0) < i.target + 1e-9);
        }
    }

    #[test]
    fn economics_never_panic_on_any_float(
        t in any::<f64>(), p_h in any::<f64>(), p_u in any::<f64>(), h in any::<f64>(), u in any::<f64>(),
        months in any::<f64>(), share in any::<f64>(), mix in prop::array::uniform5(any::<u64>()),
    ) {
        let i = EconomicsInputs {
            target: t, happy_review_probability: p_h, unhappy_review_probability: p_u,
            happy_stars: h, unhappy_stars: u,
        };
        let _ = offset(&i);
        let _ = recovery_debt(mix, &i);
        let _ = trajectory(mix, months, &i, &Scenario::CutNegative { share }, 3);
        let _ = trajectory(mix, months, &EconomicsInputs::default(), &Scenario::RecoverUnhappy { share }, 3);
        let _ = perfection(Some(t), mix);
    }

    #[test]
    fn passion_stays_between_zero_and_one(
        rating in any::<u8>(), polarity in any::<f64>(), markers in any::<u32>(),
        words in any::<u32>(), reviewer_reviews in any::<u32>(),
    ) {
        let input = SegmentInput { rating, polarity, intensity_markers: markers, words, reviewer_reviews };
        let p = passion(&input);
        prop_assert!((0.0..=1.0).contains(&p), "{p}");
        let _ = place(&input);
    }

    #[test]
    fn markers_never_panic(text in any::<String>()) {
        let _ = intensity_markers(&text);
    }
}
