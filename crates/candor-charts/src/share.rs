//! Horizontal share bars (e.g. aspects ranked by their negative share).

use crate::svg::{self, CHAR_W, MUTED_FILL, PALETTE, Size, TEXT_FILL, emit, escape, num};
use crate::{ChartText, ShareRow};

const W: f64 = 640.0;
const ROW_H: f64 = 26.0;
const BAR_H: f64 = 14.0;
const PAD: f64 = 8.0;
/// Column layout: label | bar track, with the value label and trend marker
/// just past the bar's end (room for them is left right of the track).
const LABEL_RIGHT: f64 = 162.0;
const BAR_LEFT: f64 = 170.0;
const BAR_MAX_W: f64 = 350.0;
/// Trends below half a percentage point are noise, not news.
const TREND_THRESHOLD: f64 = 0.005;
const TRACK_FILL: &str = "#f3f4f6";

/// Horizontal bars, one row per entry, in the given order.
///
/// Each row shows its label (truncated visually when long), a bar of
/// `share` (clamped to `0..=1`, non-finite as 0) of the full track width,
/// the caller-formatted `value_label` just past the bar's end, and a ▲/▼
/// marker (classes `trend-up`/`trend-down`) when `|trend| >= 0.005`. The
/// row's tooltip is "label: value_label". The height grows with the rows.
///
/// Renders [`ChartText::no_data`] when `rows` is empty.
pub fn share_bars(text: &ChartText, rows: &[ShareRow]) -> String {
    if rows.is_empty() {
        return svg::no_data(text, "share", W, 2.0 * ROW_H + 2.0 * PAD, Size::Fluid);
    }
    let h = rows.len() as f64 * ROW_H + 2.0 * PAD;
    let mut out = String::new();
    svg::open(&mut out, text, "share", W, h, Size::Fluid);
    for (i, row) in rows.iter().enumerate() {
        draw_row(&mut out, row, PAD + i as f64 * ROW_H);
    }
    svg::close(&mut out);
    out
}

fn draw_row(out: &mut String, row: &ShareRow, top: f64) {
    let share = if row.share.is_finite() {
        row.share.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let bar_y = top + (ROW_H - BAR_H) / 2.0;
    let text_y = num(bar_y + BAR_H / 2.0 + 4.0);
    let bar_w = share * BAR_MAX_W;
    let max_label_chars = ((LABEL_RIGHT - PAD) / CHAR_W) as usize;
    emit!(out, r#"<g class="share-row">"#);
    // On the group, so hovering the label or the empty track shows it too.
    emit!(
        out,
        "<title>{}: {}</title>",
        escape(&row.label),
        escape(&row.value_label)
    );
    emit!(
        out,
        r#"<text class="share-label" x="{}" y="{text_y}" text-anchor="end" fill="{TEXT_FILL}">{}</text>"#,
        num(LABEL_RIGHT),
        escape(&svg::truncate(&row.label, max_label_chars))
    );
    emit!(
        out,
        r#"<rect class="chart-track" x="{}" y="{}" width="{}" height="{}" fill="{TRACK_FILL}"/>"#,
        num(BAR_LEFT),
        num(bar_y),
        num(BAR_MAX_W),
        num(BAR_H)
    );
    emit!(
        out,
        r#"<rect class="bar share-bar" x="{}" y="{}" width="{}" height="{}" fill="{}"/>"#,
        num(BAR_LEFT),
        num(bar_y),
        num(bar_w),
        num(BAR_H),
        PALETTE[0]
    );
    // The marker is a <tspan> so it flows right after the value label,
    // whatever its rendered width (the server has no font metrics).
    let marker = trend_marker(row.trend).map_or(String::new(), |(class, glyph)| {
        format!(r#"<tspan class="trend {class}" dx="6" fill="{MUTED_FILL}">{glyph}</tspan>"#)
    });
    emit!(
        out,
        r#"<text class="share-value" x="{}" y="{text_y}" fill="{TEXT_FILL}">{}{marker}</text>"#,
        num(BAR_LEFT + bar_w + 6.0),
        escape(&svg::truncate(&row.value_label, 12))
    );
    emit!(out, "</g>");
}

/// Class and glyph for a share change, or `None` when it is negligible.
fn trend_marker(trend: Option<f64>) -> Option<(&'static str, &'static str)> {
    match trend.filter(|t| t.is_finite() && t.abs() >= TREND_THRESHOLD)? {
        t if t > 0.0 => Some(("trend-up", "▲")),
        _ => Some(("trend-down", "▼")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trend_threshold() {
        assert_eq!(trend_marker(None), None);
        assert_eq!(trend_marker(Some(0.004)), None);
        assert_eq!(trend_marker(Some(-0.0049)), None);
        assert_eq!(trend_marker(Some(f64::NAN)), None);
        assert_eq!(trend_marker(Some(0.005)), Some(("trend-up", "▲")));
        assert_eq!(trend_marker(Some(-0.05)), Some(("trend-down", "▼")));
    }
}
