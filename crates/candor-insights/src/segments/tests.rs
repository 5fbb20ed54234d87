use super::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn input(rating: u8, polarity: f64, text: &str, reviewer_reviews: u32) -> SegmentInput {
    SegmentInput {
        rating,
        polarity,
        intensity_markers: intensity_markers(text),
        words: u32::try_from(text.split_whitespace().count()).unwrap_or(u32::MAX),
        reviewer_reviews,
    }
}

/// ln(1 + w) / ln(101), the length part.
fn length(words: f64) -> f64 {
    (1.0 + words).ln() / 101f64.ln()
}

#[test]
fn markers_count_runs_shouting_and_stretching() {
    assert_eq!(intensity_markers("Absolutely fantastic!!! Best service"), 1);
    assert_eq!(intensity_markers("Great! Really!"), 2);
    assert_eq!(intensity_markers("This was AWFUL and RUDE"), 2);
    // 2 letters is not shouting; mixed case is not shouting.
    assert_eq!(intensity_markers("OK, I am Happy"), 0);
    assert_eq!(intensity_markers("sooo goood"), 2);
    // "SOOO!!!": shouted word + stretched letter + one run.
    assert_eq!(intensity_markers("SOOO!!!"), 3);
    // Any script with case; caseless scripts never shout.
    assert_eq!(intensity_markers("УЖАСНО ！！"), 2);
    assert_eq!(intensity_markers("とても良い"), 0);
    assert_eq!(intensity_markers(""), 0);
    // Stretches are case-insensitive and need three letters; digits are not letters.
    assert_eq!(intensity_markers("Nooo, noOo, noo, 1000"), 2);
}

#[test]
fn passion_is_the_documented_weighted_sum() {
    // 5 stars, polarity 0.8, 14 words, one "!!!" run, first review:
    // 0.30·1 + 0.25·0.8 + 0.15·(1/3) + 0.20·ln 15/ln 101 + 0 = 0.667...
    let fantastic = input(
        5,
        0.8,
        "Absolutely fantastic!!! Best service I have ever had, I will come back every week",
        1,
    );
    assert_eq!((fantastic.words, fantastic.intensity_markers), (14, 1));
    let expected = 0.30 + 0.25 * 0.8 + 0.15 / 3.0 + 0.20 * length(14.0);
    assert!(close(passion(&fantastic), expected));
    assert_eq!(place(&fantastic), Segment::Ambassador);
    // 4 stars, no text, 7 reviews (repeat capped at 3 extra): 0.30·0.5 + 0.10·1 = 0.25.
    let regular = SegmentInput {
        rating: 4,
        polarity: 0.0,
        intensity_markers: 0,
        words: 0,
        reviewer_reviews: 7,
    };
    assert!(close(passion(&regular), 0.25));
    let parts = passion_parts(&regular);
    assert_eq!(
        (parts.extremity, parts.repeat, parts.length),
        (0.5, 1.0, 0.0)
    );
}

#[test]
fn an_angry_long_one_star_is_a_detractor() {
    let text = "Waited ninety minutes for a cold meal. When I complained the manager \
                laughed and said that is how it is here. NEVER again!!! The tables were \
                sticky, the toilets were filthy and the bill had two drinks we never \
                ordered. I have told everyone I know to stay away from this place.";
    let angry = input(1, -0.7, text, 1);
    // 0.30 + 0.25·0.7 + 0.15·(2/3) + 0.20·length(52) ≈ 0.75.
    assert_eq!(angry.intensity_markers, 2);
    assert!(passion(&angry) > 0.7);
    assert_eq!(place(&angry), Segment::Detractor);
}

#[test]
fn mild_and_bare_ratings_are_indifferent() {
    // 4-star "ok", polarity 0.3: 0.15 + 0.075 + 0.20·ln 2/ln 101 = 0.255.
    let ok = input(4, 0.3, "ok", 1);
    assert!(close(passion(&ok), 0.15 + 0.075 + 0.20 * length(1.0)));
    assert_eq!(place(&ok), Segment::Indifferent);
    // 1-star "meh", polarity 0: 0.30 + 0.20·ln 2/ln 101 = 0.330. Extreme
    // rating, no feeling behind it: indifferent.
    let meh = input(1, 0.0, "meh", 1);
    assert!(close(passion(&meh), 0.30 + 0.20 * length(1.0)));
    assert_eq!(place(&meh), Segment::Indifferent);
    // Bare ratings: 4 stars 0.15, 1 or 5 stars 0.30, a regular's 5 stars 0.40.
    for (rating, reviews, expected) in [(4, 1, 0.15), (1, 1, 0.30), (5, 1, 0.30), (5, 9, 0.40)] {
        let bare = SegmentInput {
            rating,
            polarity: 0.0,
            intensity_markers: 0,
            words: 0,
            reviewer_reviews: reviews,
        };
        assert!(close(passion(&bare), expected), "{rating} {reviews}");
        assert_eq!(place(&bare), Segment::Indifferent);
    }
}

#[test]
fn three_stars_are_always_indifferent() {
    let loud = SegmentInput {
        rating: 3,
        polarity: -1.0,
        intensity_markers: 9,
        words: 500,
        reviewer_reviews: 9,
    };
    assert_eq!(place(&loud), Segment::Indifferent);
}

#[test]
fn odd_inputs_are_clamped_not_panicked_on() {
    for polarity in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -7.0] {
        for rating in [0, 1, 3, 5, 255] {
            let odd = SegmentInput {
                rating,
                polarity,
                intensity_markers: u32::MAX,
                words: u32::MAX,
                reviewer_reviews: 0,
            };
            let p = passion(&odd);
            assert!((0.0..=1.0).contains(&p), "{p}");
            let _ = place(&odd);
        }
    }
}

#[test]
fn counts_tally_segments() {
    let inputs = [
        input(1, -0.7, "AWFUL!!! rude staff, cold food, dirty room", 1),
        input(4, 0.2, "ok", 1),
    ];
    let counts = Counts::tally(&inputs);
    assert_eq!(
        counts,
        Counts {
            ambassadors: 0,
            detractors: 1,
            indifferent: 1
        }
    );
}

#[test]
fn reach_multiplies_and_nets_the_ranges() -> Result<(), ReachError> {
    // 10 ambassadors × 4..6 = 40..60; 3 detractors × 9..15 = 27..45.
    // Net worst 40 − 45 = −5, best 60 − 27 = 33.
    let counts = Counts {
        ambassadors: 10,
        detractors: 3,
        indifferent: 100,
    };
    let r = reach(&counts, &ReachParams::default())?;
    assert_eq!((r.ambassadors_low, r.ambassadors_high), (40, 60));
    assert_eq!((r.detractors_low, r.detractors_high), (27, 45));
    assert_eq!((r.net_low, r.net_high), (-5, 33));
    let huge = Counts {
        ambassadors: u64::MAX,
        detractors: u64::MAX,
        indifferent: 0,
    };
    let r = reach(&huge, &ReachParams::default())?;
    assert_eq!((r.detractors_high, r.net_low), (u64::MAX, 0));
    Ok(())
}

#[test]
fn reach_params_are_validated() {
    let params = ReachParams {
        happy_tell_low: 7,
        ..ReachParams::default()
    };
    assert_eq!(
        params.validate(),
        Err(ReachError::LowAboveHigh {
            side: "happy",
            low: 7,
            high: 6
        })
    );
    assert!(reach(&Counts::default(), &params).is_err());
    assert_eq!(ReachParams::default().validate(), Ok(()));
}
