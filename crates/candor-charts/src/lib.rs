//! Server-rendered SVG charts for Candor's business dashboard and report pages.
//!
//! Every function returns a complete `<svg>` element as a `String`, meant to be
//! embedded inline in HTML (askama `|safe`). That makes this crate the escaping
//! boundary: every caller-supplied text (titles, descriptions, labels) is
//! XML-escaped here, and ids are sanitised to `[a-z0-9-]`.
//!
//! Guarantees shared by all charts:
//! - **Deterministic**: the same input produces the same bytes (no hashing,
//!   no clocks, fixed number formatting with at most two decimals).
//! - **No `NaN`/`inf` in the output**: non-finite inputs are treated as
//!   missing data; coordinates are clamped into the plot.
//! - **Accessible without JavaScript**: the root is
//!   `<svg role="img" aria-labelledby="{id}-title {id}-desc">` with a `<title>`
//!   and a `<desc>` (the caller's plain-words summary of the data), and every
//!   data mark carries a `<title>` child, which browsers show as a tooltip.
//! - **Styleable**: marks carry CSS classes (`chart-axis`, `chart-grid`,
//!   `series-0`…, `stars-1`…`stars-5`, `trend-up`/`trend-down`) and colours as
//!   SVG *presentation attributes*, which any stylesheet rule overrides, so the
//!   chart is legible without CSS yet fully themeable with it.
//! - **Empty input** (no periods, no series, only gaps, only zeros) renders a
//!   valid SVG whose only mark is the centred [`ChartText::no_data`] text.

mod bars;
mod line;
mod share;
mod svg;
mod ticks;

pub use bars::stacked_bars;
pub use line::{line_chart, sparkline};
pub use share::share_bars;
pub use ticks::nice_ticks;

/// The words around a chart: all of it is escaped before output.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChartText {
    /// Element id of the root `<svg>`; sanitised to `[a-z0-9-]` (other
    /// characters become `-`, empty becomes `chart`). It must be unique on the
    /// page because `{id}-title` and `{id}-desc` are referenced by
    /// `aria-labelledby`.
    pub id: String,
    /// Short title, e.g. "Score per month".
    pub title: String,
    /// Summary of the data in words for screen readers, e.g. "Score rose
    /// from 3.9 in January to 4.4 in December".
    pub desc: String,
    /// Text shown, centred, when there is nothing to plot.
    pub no_data: String,
}

/// One line of a [`line_chart`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Series {
    /// Legend and tooltip label.
    pub label: String,
    /// One value per x label; `None` (or a non-finite value) is a period
    /// without data and leaves a gap in the line. Values beyond the number of
    /// x labels are ignored.
    pub values: Vec<Option<f64>>,
}

/// One horizontal bar of [`share_bars`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ShareRow {
    /// Row label shown left of the bar (truncated visually if long; the full
    /// text is kept in the tooltip).
    pub label: String,
    /// Bar length as a fraction of the full width, clamped to `0..=1`.
    pub share: f64,
    /// Pre-formatted value shown at the end of the bar, e.g. "23 %" (the
    /// caller formats it so it can follow the page's locale).
    pub value_label: String,
    /// Change of `share` against the previous period (e.g. `+0.05`); a ▲ or ▼
    /// marker is drawn when `|trend| >= 0.005`.
    pub trend: Option<f64>,
}
