//! Line charts (score trends) and sparklines.

use crate::svg::{self, LegendItem, PALETTE, Plot, Size, emit, escape, num};
use crate::ticks::{nice_ticks, value_domain};
use crate::{ChartText, Series};

const W: f64 = 640.0;
const H: f64 = 240.0;
const SPARK_W: f64 = 120.0;
const SPARK_H: f64 = 30.0;

/// The finite value of period `i`, if any (non-finite counts as a gap).
fn value_at(values: &[Option<f64>], i: usize) -> Option<f64> {
    values.get(i).copied().flatten().filter(|v| v.is_finite())
}

/// Line chart of one or more series over labelled periods, e.g. the score per
/// week or month.
///
/// - `x_labels` defines the periods; at most ~12 are printed (always the first
///   and last), all are kept in the point tooltips.
/// - `None` values leave a gap in the line; values outside `y_min..=y_max` are
///   drawn clamped to the edge (the tooltip shows the real value).
/// - `y_ticks` are drawn as grid lines with labels; when empty,
///   [`nice_ticks`] of the range is used. An unusable range (non-finite or
///   `y_max <= y_min`) falls back to the data's range.
/// - A legend is drawn when there is more than one series.
///
/// Renders [`ChartText::no_data`] when there are no periods, no series, or
/// no finite value.
pub fn line_chart(
    text: &ChartText,
    x_labels: &[String],
    series: &[Series],
    y_min: f64,
    y_max: f64,
    y_ticks: &[f64],
) -> String {
    let n = x_labels.len();
    let has_data = series
        .iter()
        .any(|s| (0..n).any(|i| value_at(&s.values, i).is_some()));
    if !has_data {
        return svg::no_data(text, "line", W, H, Size::Fluid);
    }
    let all_values = series.iter().flat_map(|s| s.values.iter().take(n));
    let (lo, hi) = value_domain(y_min, y_max, all_values);
    let mut ticks = if y_ticks.is_empty() {
        nice_ticks(lo, hi, 5)
    } else {
        y_ticks.to_vec()
    };
    ticks.retain(|t| t.is_finite() && *t >= lo && *t <= hi);

    let legend_items: Vec<LegendItem> = if series.len() > 1 {
        series
            .iter()
            .enumerate()
            .map(|(k, s)| series_legend(k, s))
            .collect()
    } else {
        Vec::new()
    };
    let plot = svg::plot_below_legend(&ticks, &legend_items, W, H);

    let mut out = String::new();
    svg::open(&mut out, text, "line", W, H, Size::Fluid);
    svg::y_axis(&mut out, &plot, &ticks, lo, hi);
    svg::x_axis_labels(&mut out, &plot, x_labels, W);
    for (k, s) in series.iter().enumerate() {
        draw_series(&mut out, &plot, k, s, x_labels, (lo, hi));
    }
    svg::legend(&mut out, &legend_items, plot.left, 4.0, plot.width());
    svg::close(&mut out);
    out
}

fn series_legend(k: usize, s: &Series) -> LegendItem<'_> {
    LegendItem {
        class: format!("series-{k}"),
        colour: PALETTE[k % PALETTE.len()],
        label: &s.label,
    }
}

/// `M x y L x y …` through the given points, lifting the pen at gaps so
/// missing periods are visibly missing rather than interpolated.
fn gapped_path(points: &[Option<(f64, f64)>]) -> String {
    let mut d = String::new();
    let mut pen_down = false;
    for p in points {
        match p {
            Some((x, y)) => {
                let cmd = if pen_down {
                    " L"
                } else if d.is_empty() {
                    "M"
                } else {
                    " M"
                };
                d.push_str(&format!("{cmd}{} {}", num(*x), num(*y)));
                pen_down = true;
            }
            None => pen_down = false,
        }
    }
    d
}

fn draw_series(
    out: &mut String,
    plot: &Plot,
    k: usize,
    s: &Series,
    x_labels: &[String],
    (lo, hi): (f64, f64),
) {
    let n = x_labels.len();
    let colour = PALETTE[k % PALETTE.len()];
    let points: Vec<Option<(f64, f64)>> = (0..n)
        .map(|i| value_at(&s.values, i).map(|v| (plot.x_center(i, n), plot.y(v, lo, hi))))
        .collect();
    // Dense charts (e.g. a year of days) shrink the dots so they do not merge.
    let r = (plot.band(n) * 0.3).clamp(1.0, 3.0);
    emit!(out, r#"<g class="series series-{k}">"#);
    let d = gapped_path(&points);
    if !d.is_empty() {
        emit!(
            out,
            r#"<path class="series-line" d="{d}" fill="none" stroke="{colour}" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/>"#
        );
    }
    for (i, p) in points.iter().enumerate() {
        let (Some((x, y)), Some(v)) = (p, value_at(&s.values, i)) else {
            continue;
        };
        let what = if s.label.is_empty() {
            x_labels[i].clone()
        } else {
            format!("{}, {}", s.label, x_labels[i])
        };
        emit!(
            out,
            r#"<circle class="series-point" cx="{}" cy="{}" r="{}" fill="{colour}"><title>{}: {}</title></circle>"#,
            num(*x),
            num(*y),
            num(r),
            escape(&what),
            num(v)
        );
    }
    emit!(out, "</g>");
}

/// A 120×30 trend line without axes, for tables and cards.
///
/// Unlike the other charts it keeps its pixel size (`width="120"
/// height="30"`) because it sits inline next to text. Gaps and the range
/// fallback behave as in [`line_chart`]; points are spread edge to edge.
/// The last value and any isolated values (no neighbour to join) are drawn
/// as dots with a tooltip.
pub fn sparkline(text: &ChartText, values: &[Option<f64>], y_min: f64, y_max: f64) -> String {
    let n = values.len();
    if !(0..n).any(|i| value_at(values, i).is_some()) {
        return svg::no_data(text, "sparkline", SPARK_W, SPARK_H, Size::Fixed);
    }
    let (lo, hi) = value_domain(y_min, y_max, values.iter());
    let plot = Plot {
        left: 3.0,
        top: 3.0,
        right: SPARK_W - 3.0,
        bottom: SPARK_H - 3.0,
    };
    let step = if n > 1 {
        plot.width() / (n - 1) as f64
    } else {
        0.0
    };
    let x_at = |i: usize| {
        if n > 1 {
            plot.left + i as f64 * step
        } else {
            SPARK_W / 2.0
        }
    };
    let points: Vec<Option<(f64, f64)>> = (0..n)
        .map(|i| value_at(values, i).map(|v| (x_at(i), plot.y(v, lo, hi))))
        .collect();
    let last = (0..n).rev().find(|&i| points[i].is_some());
    let isolated = |i: usize| {
        (i == 0 || points[i - 1].is_none()) && points.get(i + 1).is_none_or(|p| p.is_none())
    };

    let mut out = String::new();
    svg::open(&mut out, text, "sparkline", SPARK_W, SPARK_H, Size::Fixed);
    emit!(
        out,
        r#"<path class="series-line series-0" d="{}" fill="none" stroke="{}" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round"/>"#,
        gapped_path(&points),
        PALETTE[0]
    );
    for (i, p) in points.iter().enumerate() {
        let (Some((x, y)), Some(v)) = (p, value_at(values, i)) else {
            continue;
        };
        if Some(i) == last || isolated(i) {
            emit!(
                out,
                r#"<circle class="series-point series-0" cx="{}" cy="{}" r="2" fill="{}"><title>{}</title></circle>"#,
                num(*x),
                num(*y),
                PALETTE[0],
                num(v)
            );
        }
    }
    svg::close(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_breaks_at_gaps() {
        let pts = [Some((1.0, 2.0)), Some((3.0, 4.0)), None, Some((5.0, 6.0))];
        assert_eq!(gapped_path(&pts), "M1 2 L3 4 M5 6");
        assert_eq!(gapped_path(&[None, None]), "");
    }
}
