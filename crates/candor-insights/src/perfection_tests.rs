use super::*;

#[test]
fn zones_follow_the_mean() {
    // Ten reviews each; means: [10,0,0,0,0] → 1.0; [0,0,5,5,0] → 35/10 = 3.5;
    // [0,0,0,8,2] → 42/10 = 4.2; [0,0,0,3,7] → 47/10 = 4.7; [0,0,0,2,8] → 4.8.
    let cases = [
        ([10, 0, 0, 0, 0], Zone::Low),
        ([0, 0, 5, 5, 0], Zone::BelowPeak),
        ([0, 0, 1, 9, 0], Zone::BelowPeak),
        ([0, 0, 0, 8, 2], Zone::Trusted),
        ([0, 0, 0, 3, 7], Zone::Trusted),
        ([0, 0, 0, 2, 8], Zone::TooPerfect),
    ];
    for (mix, expected) in cases {
        assert_eq!(perfection(None, mix).zone, expected, "{mix:?}");
    }
}

#[test]
fn few_reviews_get_no_zone_and_no_flags() {
    let s = perfection(None, [0, 0, 0, 0, 9]);
    assert_eq!(s.zone, Zone::TooFewReviews);
    assert_eq!(s.mean, Some(5.0));
    assert!(s.flags.is_empty());
    let empty = perfection(None, [0; 5]);
    assert_eq!(
        (empty.zone, empty.mean, empty.critical_share),
        (Zone::TooFewReviews, None, 0.0)
    );
}

#[test]
fn the_displayed_mean_wins_but_is_sanitised() {
    // Mix mean is 4.8, the profile shows 4.5.
    assert_eq!(perfection(Some(4.5), [0, 0, 0, 2, 8]).zone, Zone::Trusted);
    assert_eq!(perfection(Some(f64::NAN), [0, 0, 0, 2, 8]).mean, Some(4.8));
    assert_eq!(perfection(Some(9.0), [0, 0, 0, 2, 8]).mean, Some(5.0));
    assert_eq!(perfection(Some(f64::NEG_INFINITY), [0; 5]).mean, None);
}

#[test]
fn flags_for_profiles_without_criticism() {
    // 20 reviews, none critical: 0 < 2 %; 19 five-stars: 19/20 = 95 % > 90 %.
    let s = perfection(None, [0, 0, 0, 1, 19]);
    assert_eq!(
        s.flags,
        vec![Flag::NoCriticalReviews, Flag::AlmostAllFiveStars]
    );
    assert!((s.five_star_share - 0.95).abs() < 1e-12);
    // 50 reviews with one 1-star: 1/50 = 2 %, not below 2 %; 45/50 = 90 %,
    // not above 90 %.
    let s = perfection(None, [1, 0, 0, 4, 45]);
    assert!(s.flags.is_empty(), "{:?}", s.flags);
    assert!((s.critical_share - 0.02).abs() < 1e-12);
    // 100 reviews with one 1-star: 1 % < 2 %.
    assert_eq!(
        perfection(None, [1, 0, 10, 39, 50]).flags,
        vec![Flag::NoCriticalReviews]
    );
}

#[test]
fn codes_are_kebab_case() -> Result<(), serde::de::value::Error> {
    use serde::de::IntoDeserializer;
    // Serialize and Deserialize share the rename, so reading the codes back
    // proves the spelling the web layer sees.
    let zone = |s: &str| Zone::deserialize(s.into_deserializer());
    assert_eq!(zone("too-few-reviews")?, Zone::TooFewReviews);
    assert_eq!(zone("below-peak")?, Zone::BelowPeak);
    assert_eq!(zone("too-perfect")?, Zone::TooPerfect);
    let flag = |s: &str| Flag::deserialize(s.into_deserializer());
    assert_eq!(flag("no-critical-reviews")?, Flag::NoCriticalReviews);
    assert_eq!(flag("almost-all-five-stars")?, Flag::AlmostAllFiveStars);
    Ok(())
}
