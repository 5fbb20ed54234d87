//! Vertical stacked bars (e.g. the star distribution per month).

use crate::ChartText;
use crate::svg::{self, LegendItem, PALETTE, Plot, Size, emit, escape, num};
use crate::ticks::count_ticks;

const W: f64 = 640.0;
const H: f64 = 240.0;
/// Red → green for 1★ … 5★, so the bad end reads as bad without a legend.
const STARS: [&str; 5] = ["#dc2626", "#f97316", "#eab308", "#84cc16", "#16a34a"];

/// Class and default colour of stack `k`: a five-stack chart is read as a
/// star distribution (`stars-1`…`stars-5`), anything else uses `series-k`.
fn stack_style(k: usize, stacks: usize) -> (String, &'static str) {
    if stacks == STARS.len() {
        (format!("stars-{}", k + 1), STARS[k])
    } else {
        (format!("series-{k}"), PALETTE[k % PALETTE.len()])
    }
}

/// Stacked vertical bars of counts per period, with a legend.
///
/// `values[i][k]` is the count of stack `k` (labelled `stack_labels[k]`) in
/// period `i` (labelled `x_labels[i]`); missing entries count as 0 and
/// stacks beyond `stack_labels` are ignored. With exactly five stacks the
/// segments get the classes `stars-1`…`stars-5` and red→green defaults.
///
/// The y axis has integer ticks on round numbers from 0 to at least the
/// tallest total; segment heights are exactly proportional to their counts.
/// Renders [`ChartText::no_data`] when there are no periods, no stacks, or
/// every count is zero.
pub fn stacked_bars(
    text: &ChartText,
    x_labels: &[String],
    stack_labels: &[String],
    values: &[Vec<u64>],
) -> String {
    let (n, m) = (x_labels.len(), stack_labels.len());
    let count = |i: usize, k: usize| {
        values
            .get(i)
            .and_then(|row| row.get(k))
            .copied()
            .unwrap_or(0)
    };
    let max_total = (0..n)
        .map(|i| (0..m).map(|k| count(i, k)).fold(0u64, u64::saturating_add))
        .max()
        .unwrap_or(0);
    if max_total == 0 {
        return svg::no_data(text, "stacked", W, H, Size::Fluid);
    }
    let ticks = count_ticks(max_total);
    let top_value = ticks.last().copied().unwrap_or(0.0).max(max_total as f64);

    let styles: Vec<(String, &str)> = (0..m).map(|k| stack_style(k, m)).collect();
    let legend_items: Vec<LegendItem> = styles
        .iter()
        .zip(stack_labels)
        .map(|((class, colour), label)| LegendItem {
            class: class.clone(),
            colour,
            label,
        })
        .collect();
    let plot = svg::plot_below_legend(&ticks, &legend_items, W, H);

    let mut out = String::new();
    svg::open(&mut out, text, "stacked", W, H, Size::Fluid);
    svg::y_axis(&mut out, &plot, &ticks, 0.0, top_value);
    svg::x_axis_labels(&mut out, &plot, x_labels, W);
    // Leave a gap between bars, but never let them vanish on dense charts.
    let bar_w = (plot.band(n) * 0.7).max(1.0);
    for (i, x_label) in x_labels.iter().enumerate() {
        let bar = Bar {
            x: plot.x_center(i, n) - bar_w / 2.0,
            width: bar_w,
            label: x_label,
        };
        let counts = (0..m).map(|k| count(i, k));
        draw_stack(
            &mut out,
            &plot,
            top_value,
            &bar,
            counts.zip(styles.iter().zip(stack_labels)),
        );
    }
    svg::legend(&mut out, &legend_items, plot.left, 4.0, plot.width());
    svg::close(&mut out);
    out
}

/// Horizontal placement and label of one period's bar.
struct Bar<'a> {
    x: f64,
    width: f64,
    label: &'a str,
}

/// One period's segments, bottom-up, each with a tooltip; zero counts are
/// skipped so no invisible zero-height rectangles clutter the tooltips.
fn draw_stack<'a>(
    out: &mut String,
    plot: &Plot,
    top_value: f64,
    bar: &Bar,
    segments: impl Iterator<Item = (u64, (&'a (String, &'static str), &'a String))>,
) {
    emit!(out, r#"<g class="bar-stack">"#);
    let mut base = 0u64;
    for (c, ((class, colour), stack_label)) in segments.filter(|(c, _)| *c > 0) {
        base = base.saturating_add(c);
        emit!(
            out,
            r#"<rect class="bar {class}" x="{}" y="{}" width="{}" height="{}" fill="{colour}"><title>{}, {}: {c}</title></rect>"#,
            num(bar.x),
            num(plot.y(base as f64, 0.0, top_value)),
            num(bar.width),
            num(c as f64 / top_value * plot.height()),
            escape(bar.label),
            escape(stack_label)
        );
    }
    emit!(out, "</g>");
}
