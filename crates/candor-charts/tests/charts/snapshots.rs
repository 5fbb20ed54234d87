//! Byte-for-byte snapshots of representative charts
//! (`UPDATE_SNAPSHOTS=1 cargo test -p candor-charts` to accept changes).

use crate::support::assert_snapshot;
use candor_charts::{ChartText, Series, ShareRow, line_chart, share_bars, sparkline, stacked_bars};

pub fn text(id: &str, title: &str, desc: &str) -> ChartText {
    ChartText {
        id: id.into(),
        title: title.into(),
        desc: desc.into(),
        no_data: "No data yet".into(),
    }
}

pub fn labels(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

pub fn months() -> Vec<String> {
    labels(&[
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ])
}

pub fn stars() -> Vec<String> {
    labels(&["1★", "2★", "3★", "4★", "5★"])
}

#[test]
fn line_twelve_months_with_gap() {
    let values = [
        3.9, 4.0, 4.1, 4.05, -1.0, -1.0, 4.2, 4.25, 4.3, 4.28, 4.35, 4.4,
    ]
    .into_iter()
    .map(|v| (v > 0.0).then_some(v))
    .collect();
    let series = [Series {
        label: "Score".into(),
        values,
    }];
    let t = text(
        "score-trend",
        "Score per month",
        "Score rose from 3.9 in January to 4.4 in December; no reviews in May and June.",
    );
    let svg = line_chart(&t, &months(), &series, 1.0, 5.0, &[1.0, 2.0, 3.0, 4.0, 5.0]);
    assert_snapshot("line_twelve_months_gap", &svg);
}

#[test]
fn line_two_series_with_legend() {
    let ours = Series {
        label: "This business".into(),
        values: vec![
            Some(3.8),
            Some(4.1),
            Some(4.3),
            Some(4.2),
            Some(4.5),
            Some(4.6),
        ],
    };
    let theirs = Series {
        label: "Category average".into(),
        values: vec![
            Some(3.9),
            Some(3.95),
            Some(4.0),
            None,
            Some(4.0),
            Some(4.05),
        ],
    };
    let t = text(
        "vs-category",
        "Score vs category",
        "This business overtook the category average in March.",
    );
    let svg = line_chart(&t, &months()[..6], &[ours, theirs], 3.5, 5.0, &[]);
    assert_snapshot("line_two_series", &svg);
}

#[test]
fn stacked_star_distribution_six_months() {
    let values = vec![
        vec![2, 1, 3, 10, 24],
        vec![4, 2, 2, 12, 30],
        vec![1, 0, 4, 9, 21],
        vec![6, 3, 5, 14, 28],
        vec![0, 1, 2, 11, 35],
        vec![3, 2, 3, 8, 19],
    ];
    let t = text(
        "stars",
        "Star ratings per month",
        "Five-star reviews dominate every month; April had the most reviews (56).",
    );
    let svg = stacked_bars(&t, &months()[..6], &stars(), &values);
    assert_snapshot("stacked_stars_six_months", &svg);
}

#[test]
fn share_bars_with_trends() {
    let row = |label: &str, share: f64, trend: Option<f64>| ShareRow {
        label: label.into(),
        share,
        value_label: format!("{:.0} %", share * 100.0),
        trend,
    };
    let rows = [
        row("Waiting time", 0.42, Some(0.06)),
        row("Price", 0.31, Some(-0.04)),
        row("Staff friendliness", 0.12, Some(0.001)),
        row("Cleanliness of the premises and the washrooms", 0.05, None),
    ];
    let t = text(
        "aspects",
        "Aspects by negative share",
        "Waiting time draws the most negative mentions (42 %), up 6 points.",
    );
    assert_snapshot("share_bars_trends", &share_bars(&t, &rows));
}

#[test]
fn sparkline_with_gap() {
    let values = [
        Some(4.0),
        Some(4.2),
        None,
        Some(4.1),
        Some(4.4),
        None,
        Some(4.5),
    ];
    let t = text("spark", "Score trend", "Score 4.0 to 4.5 over seven weeks.");
    assert_snapshot("sparkline_gap", &sparkline(&t, &values, 1.0, 5.0));
}

#[test]
fn empty_inputs_render_no_data() {
    let t = text(
        "empty",
        "Nothing yet",
        "There are no reviews in this period.",
    );
    let cases = [
        ("empty_line", line_chart(&t, &[], &[], 1.0, 5.0, &[])),
        (
            "empty_stacked",
            stacked_bars(
                &t,
                &months()[..3],
                &stars(),
                &[vec![0; 5], vec![], vec![0, 0]],
            ),
        ),
        ("empty_share", share_bars(&t, &[])),
        ("empty_sparkline", sparkline(&t, &[None, None], 1.0, 5.0)),
    ];
    for (name, svg) in cases {
        assert!(svg.contains(">No data yet</text>"), "{name}");
        assert_snapshot(name, &svg);
    }
    // Series present but every value missing or non-finite is still "no data".
    let gaps = Series {
        label: "x".into(),
        values: vec![None, Some(f64::NAN), Some(f64::INFINITY)],
    };
    let svg = line_chart(&t, &months()[..3], &[gaps], 1.0, 5.0, &[]);
    assert_eq!(svg, line_chart(&t, &[], &[], 1.0, 5.0, &[]));
}

const SCRIPT: &str = "<script>alert(1)</script>";
const QUOTES: &str = "\"quotes\" & 'apostrophes'";

fn hostile_text() -> ChartText {
    ChartText {
        id: SCRIPT.into(),
        title: SCRIPT.into(),
        desc: QUOTES.into(),
        no_data: SCRIPT.into(),
    }
}

/// Hostile text appears, and appears only in escaped form.
fn assert_only_escaped(svg: &str) {
    assert!(
        !svg.contains("<script") && !svg.contains("</script"),
        "{svg}"
    );
    assert!(
        !svg.contains("\"quotes\"") && !svg.contains("'apostrophes'") && !svg.contains(" & "),
        "{svg}"
    );
    assert!(
        svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{svg}"
    );
    assert!(
        svg.contains("&quot;quotes&quot; &amp; &#39;apostrophes&#39;"),
        "{svg}"
    );
}

#[test]
fn hostile_labels_are_escaped() {
    let t = hostile_text();
    let x = labels(&[SCRIPT, QUOTES, "ok"]);
    let series = [
        Series {
            label: SCRIPT.into(),
            values: vec![Some(1.0), Some(2.0), None],
        },
        Series {
            label: QUOTES.into(),
            values: vec![Some(2.0), None, Some(3.0)],
        },
    ];
    let line = line_chart(&t, &x, &series, 0.0, 4.0, &[]);
    assert_only_escaped(&line);
    assert_snapshot("hostile_line", &line);

    let stacked = stacked_bars(
        &t,
        &x,
        &labels(&[SCRIPT, QUOTES]),
        &[vec![1, 2], vec![3, 0], vec![0, 1]],
    );
    assert_only_escaped(&stacked);

    let rows = [
        ShareRow {
            label: SCRIPT.into(),
            share: 0.5,
            value_label: QUOTES.into(),
            trend: Some(0.1),
        },
        ShareRow {
            label: QUOTES.into(),
            share: 0.25,
            value_label: SCRIPT.into(),
            trend: None,
        },
    ];
    let share = share_bars(&t, &rows);
    assert_only_escaped(&share);
    assert_snapshot("hostile_share", &share);

    for empty in [share_bars(&t, &[]), sparkline(&t, &[], 0.0, 1.0)] {
        assert!(empty.contains("&lt;script&gt;alert(1)&lt;/script&gt;</text>"));
        assert!(!empty.contains("<script"));
    }
}
