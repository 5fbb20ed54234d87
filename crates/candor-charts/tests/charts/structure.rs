//! Checks on the parsed output rather than on bytes: geometry, ids,
//! thinning, and a pseudo-random smoke test.

use crate::snapshots::{labels, months, stars, text};
use crate::support::{Element, Lcg, assert_valid, parse};
use candor_charts::{
    ChartText, Series, ShareRow, line_chart, nice_ticks, share_bars, sparkline, stacked_bars,
};

fn elements(svg: &str) -> Vec<Element> {
    assert_valid(svg);
    parse(svg).unwrap_or_else(|e| panic!("{e}"))
}

fn bars_with_class<'a>(els: &'a [Element], class: &str) -> Vec<&'a Element> {
    els.iter()
        .filter(|e| e.name == "rect" && e.has_class(class))
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    // Coordinates are written with two decimals; two roundings may add up.
    (a - b).abs() <= 0.02
}

#[test]
fn bar_heights_are_proportional_to_counts() {
    let svg = stacked_bars(
        &text("p", "t", "d"),
        &months()[..3],
        &labels(&["n"]),
        &[vec![2], vec![4], vec![1]],
    );
    let els = elements(&svg);
    let h: Vec<f64> = bars_with_class(&els, "bar")
        .iter()
        .map(|e| e.num("height"))
        .collect();
    assert_eq!(h.len(), 3);
    assert!(close(h[1], 2.0 * h[0]) && close(h[0], 2.0 * h[2]), "{h:?}");
    // Bars stand on the same baseline.
    let bottoms: Vec<f64> = bars_with_class(&els, "bar")
        .iter()
        .map(|e| e.num("y") + e.num("height"))
        .collect();
    assert!(bottoms.iter().all(|b| close(*b, bottoms[0])), "{bottoms:?}");
}

#[test]
fn stacked_segments_use_star_classes_and_stack_up() {
    let svg = stacked_bars(
        &text("s", "t", "d"),
        &months()[..1],
        &stars(),
        &[vec![1, 2, 0, 4, 8]],
    );
    let els = elements(&svg);
    let segs = bars_with_class(&els, "bar");
    let classes: Vec<&str> = segs.iter().filter_map(|e| e.attr("class")).collect();
    assert_eq!(
        classes,
        ["bar stars-1", "bar stars-2", "bar stars-4", "bar stars-5"]
    );
    // Scaling a rounded height by 8 scales its rounding error too.
    assert!((segs[3].num("height") - 8.0 * segs[0].num("height")).abs() <= 8.0 * 0.01);
    for pair in segs.windows(2) {
        assert!(
            close(pair[1].num("y") + pair[1].num("height"), pair[0].num("y")),
            "segments must touch"
        );
    }
}

#[test]
fn share_bar_widths_are_proportional() {
    let row = |share| ShareRow {
        label: "a".into(),
        share,
        value_label: "v".into(),
        trend: None,
    };
    let svg = share_bars(
        &text("w", "t", "d"),
        &[row(0.5), row(0.25), row(2.0), row(f64::NAN)],
    );
    let els = elements(&svg);
    let w: Vec<f64> = bars_with_class(&els, "share-bar")
        .iter()
        .map(|e| e.num("width"))
        .collect();
    assert!(close(w[0], 2.0 * w[1]), "{w:?}");
    assert!(close(w[2], 2.0 * w[0]), "share clamps to 1: {w:?}");
    assert_eq!(w[3], 0.0);
}

#[test]
fn ids_are_sanitised() {
    let t = ChartText {
        id: "Score Trend\"><b>2024".into(),
        ..text("", "t", "d")
    };
    let svg = sparkline(&t, &[Some(1.0), Some(2.0)], 0.0, 3.0);
    let els = elements(&svg);
    assert_eq!(els[0].attr("id"), Some("score-trend-b-2024"));
    assert_eq!(
        els[0].attr("aria-labelledby"),
        Some("score-trend-b-2024-title score-trend-b-2024-desc")
    );
    let blank = ChartText {
        id: "★".into(),
        ..t
    };
    assert_eq!(
        elements(&share_bars(&blank, &[]))[0].attr("id"),
        Some("chart")
    );
}

#[test]
fn x_labels_are_thinned_keeping_first_and_last() {
    let weeks: Vec<String> = (1..=52).map(|w| format!("W{w}")).collect();
    let values = (0..52)
        .map(|i| Some(3.0 + f64::from(i % 7) / 4.0))
        .collect();
    let svg = line_chart(
        &text("w", "t", "d"),
        &weeks,
        &[Series {
            label: "s".into(),
            values,
        }],
        1.0,
        5.0,
        &[],
    );
    let shown = svg
        .lines()
        .filter(|l| l.contains("text-anchor=\"middle\"") && l.contains(">W"))
        .count();
    assert!((2..=12).contains(&shown), "{shown} labels");
    assert!(svg.contains(">W1</text>") && svg.contains(">W52</text>"));
    // Every period still has its point with a tooltip.
    assert_eq!(svg.matches("<circle").count(), 52);
    assert!(svg.contains("<title>s, W37: ") && !svg.contains("chart-legend\">\n<rect"));
}

#[test]
fn out_of_range_values_are_clamped_into_the_plot() {
    let series = [Series {
        label: "s".into(),
        values: vec![Some(-100.0), Some(100.0), Some(3.0)],
    }];
    let svg = line_chart(
        &text("c", "t", "d"),
        &months()[..3],
        &series,
        1.0,
        5.0,
        &[1.0, 3.0, 5.0, 9.0],
    );
    let els = elements(&svg);
    let ys: Vec<f64> = els
        .iter()
        .filter(|e| e.name == "circle")
        .map(|e| e.num("cy"))
        .collect();
    let grid: Vec<f64> = els
        .iter()
        .filter(|e| e.has_class("chart-grid"))
        .map(|e| e.num("y1"))
        .collect();
    assert_eq!(grid.len(), 3, "the out-of-range tick 9 is dropped");
    assert!(
        close(ys[0], grid[0]) && close(ys[1], grid[2]) && close(ys[2], grid[1]),
        "{ys:?} {grid:?}"
    );
    assert!(
        svg.contains(": -100</title>"),
        "tooltip keeps the real value"
    );
}

#[test]
fn output_is_deterministic() {
    let t = text("d", "t", "d");
    let s = [Series {
        label: "a".into(),
        values: vec![Some(1.0 / 3.0), None, Some(2.0)],
    }];
    assert_eq!(
        line_chart(&t, &months()[..3], &s, 0.0, 3.0, &[]),
        line_chart(&t, &months()[..3], &s, 0.0, 3.0, &[])
    );
}

fn random_value(rng: &mut Lcg) -> Option<f64> {
    let specials = [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::MAX,
        -f64::MAX,
        1e-300,
        0.0,
        -0.0,
    ];
    match rng.below(10) {
        0 => None,
        1 => Some(*rng.pick(&specials)),
        _ => Some(rng.below(100_000) as f64 / 1000.0 - 20.0),
    }
}

fn random_labels(rng: &mut Lcg, n: usize) -> Vec<String> {
    let pool = [
        "Jan",
        "",
        "<b>&</b>",
        "\"'",
        "★ 5 stars",
        "Ünïcödé",
        "a\u{1}b",
        "A very long label that will need truncating",
    ];
    (0..n).map(|_| (*rng.pick(&pool)).to_owned()).collect()
}

#[test]
fn random_inputs_never_panic_and_stay_valid() {
    let mut rng = Lcg(0x00C4_A4D0);
    for _ in 0..400 {
        let n = rng.below(40) as usize;
        let t = ChartText {
            id: random_labels(&mut rng, 1).concat(),
            ..text("", "<t>", "&d")
        };
        let (lo, hi) = (
            random_value(&mut rng).unwrap_or(1.0),
            random_value(&mut rng).unwrap_or(5.0),
        );
        let series: Vec<Series> = (0..rng.below(4))
            .map(|_| Series {
                label: random_labels(&mut rng, 1).concat(),
                values: (0..rng.below(45)).map(|_| random_value(&mut rng)).collect(),
            })
            .collect();
        let ticks: Vec<f64> = (0..rng.below(6))
            .filter_map(|_| random_value(&mut rng))
            .collect();
        assert_valid(&line_chart(
            &t,
            &random_labels(&mut rng, n),
            &series,
            lo,
            hi,
            &ticks,
        ));
        let all: Vec<Option<f64>> = series.iter().flat_map(|s| s.values.clone()).collect();
        assert_valid(&sparkline(&t, &all, lo, hi));

        let m = rng.below(7) as usize;
        let counts: Vec<Vec<u64>> = (0..n)
            .map(|_| {
                (0..rng.below(8))
                    .map(|_| {
                        if rng.below(20) == 0 {
                            u64::MAX
                        } else {
                            rng.below(50)
                        }
                    })
                    .collect()
            })
            .collect();
        assert_valid(&stacked_bars(
            &t,
            &random_labels(&mut rng, n),
            &random_labels(&mut rng, m),
            &counts,
        ));

        let rows: Vec<ShareRow> = random_labels(&mut rng, n % 12)
            .into_iter()
            .map(|label| ShareRow {
                label,
                share: random_value(&mut rng).unwrap_or(0.5) / 50.0,
                value_label: random_labels(&mut rng, 1).concat(),
                trend: random_value(&mut rng).map(|v| v / 100.0),
            })
            .collect();
        assert_valid(&share_bars(&t, &rows));

        for tick in nice_ticks(lo, hi, rng.below(10) as usize) {
            assert!(tick.is_finite());
        }
    }
}
