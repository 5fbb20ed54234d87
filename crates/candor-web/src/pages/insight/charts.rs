//! The dashboard's charts, from the app's figures to `candor-charts` SVG.
//! Every text in a chart comes from the catalog or from numbers; the chart
//! crate escapes all of it.

use candor_app::insights::{AspectShare, Dashboard, aspect_label};
use candor_charts::{ChartText, Series, ShareRow, line_chart, share_bars, stacked_bars};

use super::period_label;
use crate::i18n::Tr;

fn text(t: &Tr, id: &str, title_id: &str, desc: String) -> ChartText {
    ChartText {
        id: id.to_string(),
        title: t.get(title_id),
        desc,
        no_data: t.get("insights-no-data"),
    }
}

/// Score and mean stars per period.
pub fn trend(t: &Tr, d: &Dashboard) -> String {
    let labels: Vec<String> = d
        .trend
        .iter()
        .map(|p| period_label(p.start_day, &d.filter))
        .collect();
    let series = [
        Series {
            label: t.get("insights-series-score"),
            values: d.trend.iter().map(|p| p.score).collect(),
        },
        Series {
            label: t.get("insights-series-mean"),
            values: d.trend.iter().map(|p| p.mean).collect(),
        },
    ];
    let desc = t.args(
        "insights-trend-desc",
        &[
            ("periods", d.trend.len().to_string()),
            ("score", t.decimal(d.score.score, 2)),
        ],
    );
    line_chart(
        &text(t, "chart-trend", "insights-trend-title", desc),
        &labels,
        &series,
        1.0,
        5.0,
        &[1.0, 2.0, 3.0, 4.0, 5.0],
    )
}

/// Reviews per period, stacked by stars.
pub fn distribution(t: &Tr, d: &Dashboard) -> String {
    let labels: Vec<String> = d
        .trend
        .iter()
        .map(|p| period_label(p.start_day, &d.filter))
        .collect();
    let stacks: Vec<String> = (1..=5).map(|s| t.arg("report-stars", "stars", s)).collect();
    let values: Vec<Vec<u64>> = d.trend.iter().map(|p| p.stars.to_vec()).collect();
    let desc = t.arg("insights-distribution-desc", "reviews", d.range.reviews);
    stacked_bars(
        &text(t, "chart-distribution", "insights-distribution-title", desc),
        &labels,
        &stacks,
        &values,
    )
}

/// Aspects by the share of their mentions that are negative.
pub fn aspects(t: &Tr, aspects: &[AspectShare]) -> String {
    let rows: Vec<ShareRow> = aspects
        .iter()
        .map(|a| ShareRow {
            label: aspect_label(t, &a.aspect),
            share: a.share,
            value_label: t.args(
                "insights-aspect-value",
                &[
                    ("negative", a.negative.to_string()),
                    ("mentions", a.mentions.to_string()),
                ],
            ),
            trend: a.previous_share.map(|p| a.share - p),
        })
        .collect();
    let desc = t.arg("insights-aspects-desc", "aspects", aspects.len());
    share_bars(
        &text(t, "chart-aspects", "insights-aspects-title", desc),
        &rows,
    )
}

/// Expected mean stars per month under each scenario.
pub fn trajectories(t: &Tr, months: usize, series: Vec<Series>) -> String {
    let labels: Vec<String> = (0..months).map(|m| m.to_string()).collect();
    let desc = t.arg("economics-chart-desc", "months", months.saturating_sub(1));
    line_chart(
        &text(t, "chart-economics", "economics-chart-title", desc),
        &labels,
        &series,
        1.0,
        5.0,
        &[1.0, 2.0, 3.0, 4.0, 5.0],
    )
}
