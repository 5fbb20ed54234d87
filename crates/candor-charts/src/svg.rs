//! Low-level SVG writing shared by all charts: escaping, number formatting,
//! the root element, and the chart furniture (axes, x labels, legend).

use crate::ChartText;

/// Appends one formatted line to a `String`.
macro_rules! emit {
    ($out:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        // Writing into a String cannot fail, so the Result carries nothing.
        let _ = writeln!($out, $($arg)*);
    }};
}
pub(crate) use emit;

/// Default series colours (Tailwind 600 shades: legible on white, distinct
/// for the common colour-vision deficiencies in the first three).
pub(crate) const PALETTE: [&str; 6] = [
    "#2563eb", "#d97706", "#059669", "#db2777", "#7c3aed", "#0891b2",
];
pub(crate) const TEXT_FILL: &str = "#374151";
pub(crate) const MUTED_FILL: &str = "#6b7280";
const GRID_STROKE: &str = "#e5e7eb";
const AXIS_STROKE: &str = "#9ca3af";
/// Generous advance of one character at font-size 11 (digits in DejaVu Sans
/// are ~7, in Arial ~6.1), used only for truncation, legend wrapping and
/// edge clamping: the server has no font metrics.
pub(crate) const CHAR_W: f64 = 6.5;

/// Escapes text for use in both element content and quoted attributes.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // XML forbids most C0 controls; dropping them keeps the SVG parseable.
            c if c < ' ' && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// Formats a number with at most two decimals, trailing zeros trimmed;
/// non-finite values become `0` so `NaN`/`inf` can never reach the output.
pub(crate) fn num(v: f64) -> String {
    if !v.is_finite() {
        return "0".to_owned();
    }
    let mut s = format!("{v:.2}");
    if s.contains('.') {
        s.truncate(s.trim_end_matches('0').trim_end_matches('.').len());
    }
    if s == "-0" { "0".to_owned() } else { s }
}

/// Reduces an id to `[a-z0-9-]`, collapsing runs of other characters to one `-`.
pub(crate) fn sanitize_id(raw: &str) -> String {
    let mut out = String::new();
    for c in raw.chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "chart".to_owned()
    } else {
        trimmed.to_owned()
    }
}

/// Shortens `s` to at most `max` characters, marking the cut with `…`.
pub(crate) fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Whether the root scales with its container or keeps its pixel size.
#[derive(Clone, Copy)]
pub(crate) enum Size {
    Fluid,
    Fixed,
}

/// Writes the root `<svg>` with its accessible name and description.
pub(crate) fn open(out: &mut String, text: &ChartText, kind: &str, w: f64, h: f64, size: Size) {
    let id = sanitize_id(&text.id);
    let size_attrs = match size {
        Size::Fluid => r#"width="100%""#.to_owned(),
        Size::Fixed => format!(r#"width="{}" height="{}""#, num(w), num(h)),
    };
    emit!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" id="{id}" class="chart chart-{kind}" role="img" aria-labelledby="{id}-title {id}-desc" viewBox="0 0 {} {}" {size_attrs} font-family="sans-serif" font-size="11">"#,
        num(w),
        num(h)
    );
    emit!(
        out,
        r#"<title id="{id}-title">{}</title>"#,
        escape(&text.title)
    );
    emit!(out, r#"<desc id="{id}-desc">{}</desc>"#, escape(&text.desc));
}

pub(crate) fn close(out: &mut String) {
    emit!(out, "</svg>");
}

/// A complete chart whose only content is the centred "no data" text.
pub(crate) fn no_data(text: &ChartText, kind: &str, w: f64, h: f64, size: Size) -> String {
    let mut out = String::new();
    open(&mut out, text, kind, w, h, size);
    emit!(
        out,
        r#"<text class="chart-no-data" x="{}" y="{}" text-anchor="middle" dominant-baseline="middle" fill="{MUTED_FILL}">{}</text>"#,
        num(w / 2.0),
        num(h / 2.0),
        escape(&text.no_data)
    );
    close(&mut out);
    out
}

/// The plotting rectangle inside the margins, in viewBox units.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Plot {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Plot {
    pub fn width(&self) -> f64 {
        self.right - self.left
    }
    pub fn height(&self) -> f64 {
        self.bottom - self.top
    }
    /// Width of one period's slot when `n` periods share the plot.
    pub fn band(&self, n: usize) -> f64 {
        self.width() / n.max(1) as f64
    }
    /// Centre of period `i`: periods sit in the middle of equal slots so that
    /// line points and bars line up and edge labels stay inside the viewBox.
    pub fn x_center(&self, i: usize, n: usize) -> f64 {
        self.left + (i as f64 + 0.5) * self.band(n)
    }
    /// Vertical position of `v` on a `lo..=hi` scale, clamped into the plot.
    pub fn y(&self, v: f64, lo: f64, hi: f64) -> f64 {
        let t = (v - lo) / (hi - lo);
        let t = if t.is_nan() { 0.0 } else { t.clamp(0.0, 1.0) };
        self.bottom - t * self.height()
    }
}

/// Left margin wide enough for the longest y tick label.
pub(crate) fn y_label_margin(ticks: &[f64]) -> f64 {
    let longest = ticks.iter().map(|t| num(*t).len()).max().unwrap_or(1);
    (longest as f64 * CHAR_W + 12.0).clamp(28.0, 120.0)
}

/// The plot area of an axis chart: left margin fitted to the tick labels,
/// top margin below the legend rows, room for x labels at the bottom.
pub(crate) fn plot_below_legend(ticks: &[f64], legend: &[LegendItem], w: f64, h: f64) -> Plot {
    let left = y_label_margin(ticks);
    let right = w - 12.0;
    let rows = legend_rows(legend, right - left);
    Plot {
        left,
        top: 12.0 + rows as f64 * LEGEND_ROW_H,
        right,
        bottom: h - 28.0,
    }
}

/// Horizontal grid lines with tick labels, plus the baseline axis.
pub(crate) fn y_axis(out: &mut String, plot: &Plot, ticks: &[f64], lo: f64, hi: f64) {
    emit!(out, r#"<g class="chart-axis chart-axis-y">"#);
    for &t in ticks
        .iter()
        .filter(|t| t.is_finite() && **t >= lo && **t <= hi)
    {
        let y = num(plot.y(t, lo, hi));
        emit!(
            out,
            r#"<line class="chart-grid" x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="{GRID_STROKE}"/>"#,
            num(plot.left),
            num(plot.right)
        );
        emit!(
            out,
            r#"<text class="chart-axis-label" x="{}" y="{y}" dy="4" text-anchor="end" fill="{MUTED_FILL}">{}</text>"#,
            num(plot.left - 6.0),
            num(t)
        );
    }
    emit!(
        out,
        r#"<line class="chart-axis-line" x1="{}" y1="{b}" x2="{}" y2="{b}" stroke="{AXIS_STROKE}"/>"#,
        num(plot.left),
        num(plot.right),
        b = num(plot.bottom)
    );
    emit!(out, "</g>");
}

/// Which of `n` x labels to show: at most `max`, evenly spaced, always the
/// first and the last (dropping the regular one that would crowd the last,
/// so no two shown labels are closer than one step).
pub(crate) fn label_indices(n: usize, max: usize) -> Vec<usize> {
    let max = max.max(2);
    if n <= max {
        return (0..n).collect();
    }
    let step = (n - 1).div_ceil(max - 1);
    let mut idx: Vec<usize> = (0..n - 1).step_by(step).collect();
    if let Some(&prev) = idx.last()
        && idx.len() > 1
        && n - 1 - prev < step
    {
        idx.pop();
    }
    idx.push(n - 1);
    idx
}

/// Period labels under the plot, thinned to at most twelve, truncated to
/// the space between neighbours and kept inside the viewBox (`view_w`).
pub(crate) fn x_axis_labels(out: &mut String, plot: &Plot, labels: &[String], view_w: f64) {
    let n = labels.len();
    let shown = label_indices(n, 12);
    let min_gap = shown
        .windows(2)
        .map(|w| w[1] - w[0])
        .min()
        .unwrap_or(n.max(1));
    let slot = (min_gap as f64 * plot.band(n)).min(plot.width());
    let max_chars = ((slot - 4.0) / CHAR_W).floor().max(3.0) as usize;
    emit!(out, r#"<g class="chart-axis chart-axis-x">"#);
    for i in shown {
        let full = &labels[i];
        let visible = truncate(full, max_chars);
        // A truncated label keeps its full text reachable as a tooltip.
        let tip = if visible == *full {
            String::new()
        } else {
            format!("<title>{}</title>", escape(full))
        };
        // Wide labels at the edges shift inwards rather than being clipped.
        let half = (visible.chars().count() as f64 * CHAR_W / 2.0 + 2.0).min(view_w / 2.0);
        let x = plot.x_center(i, n).clamp(half, view_w - half);
        emit!(
            out,
            r#"<text class="chart-axis-label" x="{}" y="{}" text-anchor="middle" fill="{MUTED_FILL}">{tip}{}</text>"#,
            num(x),
            num(plot.bottom + 16.0),
            escape(&visible)
        );
    }
    emit!(out, "</g>");
}

/// One legend entry: CSS class, default colour, label.
pub(crate) struct LegendItem<'a> {
    pub class: String,
    pub colour: &'a str,
    pub label: &'a str,
}

const LEGEND_ROW_H: f64 = 16.0;
const LEGEND_MAX_CHARS: usize = 32;

/// Positions `(x, row)` of legend entries flowing left to right within `width`.
fn legend_layout(items: &[LegendItem], width: f64) -> Vec<(f64, usize)> {
    let (mut x, mut row) = (0.0, 0);
    let mut pos = Vec::with_capacity(items.len());
    for item in items {
        let chars = item.label.chars().count().min(LEGEND_MAX_CHARS);
        let w = 14.0 + chars as f64 * CHAR_W + 14.0;
        if x > 0.0 && x + w > width {
            (x, row) = (0.0, row + 1);
        }
        pos.push((x, row));
        x += w;
    }
    pos
}

/// Number of rows the legend needs, so the plot can start below it.
fn legend_rows(items: &[LegendItem], width: f64) -> usize {
    legend_layout(items, width)
        .last()
        .map_or(0, |(_, row)| row + 1)
}

/// Draws the legend with its top-left corner at `(x0, y0)`.
pub(crate) fn legend(out: &mut String, items: &[LegendItem], x0: f64, y0: f64, width: f64) {
    if items.is_empty() {
        return;
    }
    emit!(out, r#"<g class="chart-legend">"#);
    for (item, (x, row)) in items.iter().zip(legend_layout(items, width)) {
        let (x, y) = (x0 + x, y0 + row as f64 * LEGEND_ROW_H);
        emit!(
            out,
            r#"<rect class="legend-swatch {}" x="{}" y="{}" width="10" height="10" fill="{}"/>"#,
            item.class,
            num(x),
            num(y),
            item.colour
        );
        emit!(
            out,
            r#"<text class="legend-label" x="{}" y="{}" fill="{TEXT_FILL}">{}</text>"#,
            num(x + 14.0),
            num(y + 9.0),
            escape(&truncate(item.label, LEGEND_MAX_CHARS))
        );
    }
    emit!(out, "</g>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_all_five_and_drops_controls() {
        assert_eq!(
            escape(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(escape("a\u{0}b\u{1b}c\td"), "abc\td");
    }

    #[test]
    fn numbers_have_at_most_two_decimals() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(1.5), "1.5");
        assert_eq!(num(2.0 / 3.0), "0.67");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(f64::NAN), "0");
        assert_eq!(num(f64::INFINITY), "0");
        assert_eq!(num(-12.345), "-12.35");
    }

    #[test]
    fn ids_are_sanitised() {
        assert_eq!(sanitize_id("Score Trend #1"), "score-trend-1");
        assert_eq!(sanitize_id("\"><script>"), "script");
        assert_eq!(sanitize_id("ÅÄÖ"), "chart");
        assert_eq!(sanitize_id("a--b__c-"), "a-b-c");
    }

    #[test]
    fn label_thinning_keeps_first_and_last() {
        assert_eq!(label_indices(5, 12), vec![0, 1, 2, 3, 4]);
        for n in [13, 24, 52, 53, 100, 365] {
            let idx = label_indices(n, 12);
            assert!(idx.len() <= 12, "{n}: {idx:?}");
            assert_eq!(idx.first(), Some(&0));
            assert_eq!(idx.last(), Some(&(n - 1)));
            assert!(idx.windows(2).all(|w| w[0] < w[1]));
        }
    }

    #[test]
    fn truncation_marks_the_cut() {
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("abcdefgh", 4), "abc…");
    }
}
