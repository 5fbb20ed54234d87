use super::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn means(points: &[TrajectoryPoint]) -> Vec<f64> {
    points.iter().map(|p| p.expected_mean).collect()
}

const MIX: [u64; 5] = [10, 0, 0, 0, 10];

#[test]
fn customers_from_reviews() -> Result<(), EconomicsError> {
    // [10, 0, 0, 0, 10] over 2 months, defaults: r_h = 10 / 2 = 5, r_u = 5.
    // C = 5 / 0.1 + 5 / 1 = 55, u = 5 / 55 = 1 / 11.
    let e = estimate_customers(MIX, 2.0, &EconomicsInputs::default())?;
    assert!(close(e.happy_side_reviews_per_month, 5.0));
    assert!(close(e.unhappy_reviews_per_month, 5.0));
    assert!(close(e.monthly_customers, 55.0));
    assert!(close(e.unhappy_share, 1.0 / 11.0));
    assert_eq!(e.neutral_share, 0.0);
    // [0, 0, 5, 0, 15] over 1 month: 3-stars join the happy side,
    // r_h = 20, C = 200, u = 0, ν = 5 / 20 = 0.25.
    let e = estimate_customers([0, 0, 5, 0, 15], 1.0, &EconomicsInputs::default())?;
    assert!(close(e.monthly_customers, 200.0) && e.unhappy_share == 0.0);
    assert!(close(e.neutral_share, 0.25));
    Ok(())
}

#[test]
fn bad_periods_scenarios_and_horizons_are_refused() {
    let d = EconomicsInputs::default();
    let run =
        |months: f64, s: Scenario, horizon: u32| trajectory(MIX, months, &d, &s, horizon).err();
    assert_eq!(
        run(0.0, Scenario::Baseline, 1),
        Some(EconomicsError::MonthsNotPositive { value: 0.0 })
    );
    assert_eq!(
        run(f64::NAN, Scenario::Baseline, 1),
        Some(EconomicsError::NotFinite {
            field: "months_observed"
        })
    );
    assert_eq!(
        run(1.0, Scenario::RecoverUnhappy { share: 1.5 }, 1),
        Some(EconomicsError::ShareOutOfRange { value: 1.5 })
    );
    assert_eq!(
        run(1.0, Scenario::CutNegative { share: f64::NAN }, 1),
        Some(EconomicsError::NotFinite { field: "share" })
    );
    assert!(matches!(
        run(
            1.0,
            Scenario::InviteEveryone {
                invited_review_probability: 0.0
            },
            1
        ),
        Some(EconomicsError::ProbabilityOutOfRange { .. })
    ));
    assert_eq!(
        run(1.0, Scenario::Baseline, MAX_HORIZON_MONTHS + 1),
        Some(EconomicsError::HorizonTooLong {
            months: 1201,
            max: 1200
        })
    );
    assert_eq!(
        trajectory([0; 5], 1.0, &d, &Scenario::Baseline, 1).err(),
        Some(EconomicsError::EmptyMix)
    );
}

#[test]
fn baseline_continues_the_observed_flow() -> Result<(), EconomicsError> {
    // Flows per month: H = 55·(10/11)·0.1 = 5 at 5 stars, U = 5·1 = 5 at 1 star.
    // Month 1: (60 + 25 + 5) / 30 = 3.0; month 2: 120 / 40 = 3.0.
    let t = trajectory(
        MIX,
        2.0,
        &EconomicsInputs::default(),
        &Scenario::Baseline,
        2,
    )?;
    assert_eq!(t.len(), 3);
    assert_eq!((t[0].month, t[2].month), (0, 2));
    assert!(close(t[0].expected_reviews, 20.0) && close(t[2].expected_reviews, 40.0));
    assert!(means(&t).iter().all(|&m| close(m, 3.0)));
    Ok(())
}

#[test]
fn recovering_and_cutting_move_customers_to_the_happy_side() -> Result<(), EconomicsError> {
    // Share 0.5 of the 5 unhappy customers a month: 2.5 now review like happy
    // ones. H = 5 + 2.5·0.1 = 5.25, U = 2.5. Month 1:
    // (60 + 26.25 + 2.5) / (20 + 7.75) = 88.75 / 27.75 = 3.198...
    let d = EconomicsInputs::default();
    let recover = trajectory(MIX, 2.0, &d, &Scenario::RecoverUnhappy { share: 0.5 }, 1)?;
    assert!(close(recover[1].expected_mean, 88.75 / 27.75));
    // CutNegative 0.5: u = 1/22, happy side 55·21/22 = 52.5 → 5.25 reviews,
    // unhappy 2.5 → the same flows when there are no 3-star reviews.
    let cut = trajectory(MIX, 2.0, &d, &Scenario::CutNegative { share: 0.5 }, 1)?;
    assert!(close(cut[1].expected_mean, recover[1].expected_mean));
    // With 3-star reviews, spared customers split like everyone else (some
    // give 3 stars) while recovered ones give happy_stars.
    let mix = [10, 0, 10, 0, 10];
    let recover = trajectory(mix, 1.0, &d, &Scenario::RecoverUnhappy { share: 0.5 }, 1)?;
    let cut = trajectory(mix, 1.0, &d, &Scenario::CutNegative { share: 0.5 }, 1)?;
    assert!(cut[1].expected_mean < recover[1].expected_mean);
    Ok(())
}

#[test]
fn inviting_everyone() -> Result<(), EconomicsError> {
    // q = 0.5: happy side 50 customers · 0.5 = 25 reviews at 5 stars; unhappy
    // 5 · max(1, 0.5) = 5 at 1 star. Month 1: (60 + 125 + 5) / 50 = 3.8.
    let s = Scenario::InviteEveryone {
        invited_review_probability: 0.5,
    };
    let t = trajectory(MIX, 2.0, &EconomicsInputs::default(), &s, 1)?;
    assert!(close(t[1].expected_mean, 3.8));
    Ok(())
}

#[test]
fn own_stars_keep_a_steady_business_steady() -> Result<(), EconomicsError> {
    // With its own happy and unhappy means and its 3-star split, the baseline
    // adds reviews that average exactly the current 55 / 15.
    let mix = [1, 2, 3, 4, 5];
    let own = Mix::from(mix).with_own_stars(&EconomicsInputs::default());
    let t = trajectory(mix, 3.0, &own, &Scenario::Baseline, 12)?;
    assert!(means(&t).iter().all(|&m| close(m, 55.0 / 15.0)));
    Ok(())
}

#[test]
fn recovery_can_lower_the_mean_outside_the_documented_condition() -> Result<(), EconomicsError> {
    // All 1-star reviews (mean 1) but unhappy_stars set to 3.5 above it: the
    // baseline adds 10 "unhappy" 3.5-star reviews, (10 + 35) / 20 = 2.25;
    // recovering all of them yields 10·0.01 = 0.1 five-star reviews instead,
    // (10 + 0.5) / 10.1 = 1.04. This is why the guarantee has a condition.
    let i = EconomicsInputs {
        happy_review_probability: 0.01,
        unhappy_stars: 3.5,
        ..EconomicsInputs::default()
    };
    let mix = [10, 0, 0, 0, 0];
    let base = trajectory(mix, 1.0, &i, &Scenario::Baseline, 1)?;
    let recover = trajectory(mix, 1.0, &i, &Scenario::RecoverUnhappy { share: 1.0 }, 1)?;
    assert!(close(base[1].expected_mean, 2.25));
    assert!(close(recover[1].expected_mean, 10.5 / 10.1));
    Ok(())
}

#[test]
fn docs_worked_example() -> Result<(), EconomicsError> {
    // docs/insights.md: a café with [6, 2, 4, 18, 50] over 12 months.
    // n = 80, sum = 344, mean 4.3; r_h = 72 / 12 = 6, r_u = 8 / 12;
    // C = 6 / 0.1 + (8/12) / 1 = 60.67, u = (8/12) / C = 1.1 %, ν = 4 / 72.
    let mix = [6, 2, 4, 18, 50];
    let d = EconomicsInputs::default();
    let e = estimate_customers(mix, 12.0, &d)?;
    assert!(close(e.monthly_customers, 60.0 + 2.0 / 3.0));
    assert!(close(e.unhappy_share, (2.0 / 3.0) / (60.0 + 2.0 / 3.0)));
    // Baseline: 6 happy-side reviews a month (1/3 of them 3 stars) and 2/3
    // unhappy ones carry 30 stars; after 12 months (344 + 360) / 160 = 4.4.
    let base = trajectory(mix, 12.0, &d, &Scenario::Baseline, 12)?;
    assert!(close(base[12].expected_reviews, 160.0) && close(base[12].expected_mean, 4.4));
    // Inviting everyone at 30 %: 60 · 0.3 = 18 happy-side reviews (17 at 5,
    // 1 at 3) + 2/3 at 1 = 88.67 stars a month; (344 + 1064) / 304 = 4.63.
    let s = Scenario::InviteEveryone {
        invited_review_probability: 0.3,
    };
    let invite = trajectory(mix, 12.0, &d, &s, 12)?;
    assert!(close(invite[12].expected_mean, 1408.0 / 304.0));
    // With the café's own stars the baseline stays at 4.3.
    let own = Mix::from(mix).with_own_stars(&d);
    let steady = trajectory(mix, 12.0, &own, &Scenario::Baseline, 12)?;
    assert!(close(steady[12].expected_mean, 4.3));
    Ok(())
}
