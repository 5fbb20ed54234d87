//! The report as a PDF (A4, in the reader's language): the same figures as
//! the HTML report, laid out top to bottom, a new page whenever the next
//! block does not fit.

use candor_i18n::Tr;
use candor_pdf::{Document, FontStyle, Page, Rgb};

use super::period::iso;
use super::reports::Report;

const MARGIN: f32 = 48.0;
const WIDTH: f32 = Page::WIDTH - 2.0 * MARGIN;
const BOTTOM: f32 = Page::HEIGHT - MARGIN;
const GRID: Rgb = Rgb(210, 210, 210);
const ACCENT: Rgb = Rgb(30, 90, 160);
/// Bar colours from 1 to 5 stars, red to green.
const STAR_COLOURS: [Rgb; 5] = [
    Rgb(200, 60, 50),
    Rgb(230, 130, 60),
    Rgb(220, 190, 60),
    Rgb(140, 190, 80),
    Rgb(60, 150, 80),
];

/// Writes pages, keeping the cursor `y` (top-left origin).
struct Layout {
    doc: Document,
    y: f32,
}

impl Layout {
    fn new(title: &str) -> Self {
        let mut doc = Document::new(title);
        doc.page();
        Self { doc, y: MARGIN }
    }

    /// The page being written (pages are added only by `ensure`).
    fn page(&mut self) -> &mut Page {
        self.doc.current()
    }

    /// Starts a new page when `height` does not fit on this one.
    fn ensure(&mut self, height: f32) {
        if self.y + height > BOTTOM {
            self.doc.page();
            self.y = MARGIN;
        }
    }

    fn heading(&mut self, text: &str) {
        self.ensure(40.0);
        self.y += 22.0;
        let y = self.y;
        self.page().text(MARGIN, y, 13.0, FontStyle::Bold, text);
        self.y += 8.0;
    }

    fn paragraph(&mut self, text: &str, size: f32) {
        for line in Page::wrap(size, FontStyle::Regular, text, WIDTH) {
            self.ensure(size * 1.4);
            self.y += size * 1.4;
            let y = self.y;
            self.page().text(MARGIN, y, size, FontStyle::Regular, &line);
        }
    }
}

pub fn report_pdf(report: &Report, t: &Tr) -> Vec<u8> {
    let d = &report.dashboard;
    let title = t.args(
        "report-title",
        &[
            ("business", d.business.name.clone()),
            ("from", iso(d.filter.from_day)),
            ("to", iso(d.filter.to_day)),
        ],
    );
    let mut layout = Layout::new(&title);
    layout.y += 18.0;
    let y = layout.y;
    layout.page().text(MARGIN, y, 18.0, FontStyle::Bold, &title);
    layout.paragraph(&super::summary_line(report, t), 11.0);
    layout.heading(&t.get("report-trend"));
    trend_chart(&mut layout, report);
    layout.heading(&t.get("report-distribution"));
    distribution(&mut layout, report, t);
    layout.heading(&t.get("report-responses"));
    for line in super::response_lines(report, t) {
        layout.paragraph(&line, 10.0);
    }
    aspect_block(&mut layout, t, "report-praise", &report.praise);
    aspect_block(&mut layout, t, "report-complaints", &report.complaints);
    quotes(
        &mut layout,
        t,
        "report-quotes-positive",
        &report.top_positive,
    );
    quotes(
        &mut layout,
        t,
        "report-quotes-critical",
        &report.top_critical,
    );
    layout.y += 12.0;
    layout.paragraph(&t.get("report-footer"), 8.0);
    layout.doc.finish()
}

/// Monthly score as a line over a grid from 1 to 5 stars.
fn trend_chart(layout: &mut Layout, report: &Report) {
    let height = 120.0;
    layout.ensure(height + 30.0);
    let top = layout.y + 10.0;
    let page = layout.page();
    for stars in 1..=5u8 {
        let y = top + height * (5.0 - f32::from(stars)) / 4.0;
        page.line(MARGIN + 20.0, y, MARGIN + WIDTH, y, 0.5, GRID);
        page.text(MARGIN, y + 3.0, 8.0, FontStyle::Regular, &stars.to_string());
    }
    let trend = &report.dashboard.trend;
    let step = (WIDTH - 30.0) / trend.len().max(1) as f32;
    let points: Vec<(f32, f32)> = trend
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let x = MARGIN + 30.0 + step * i as f32;
            let y = top + height * (5.0 - p.score?.clamp(1.0, 5.0) as f32) / 4.0;
            Some((x, y))
        })
        .collect();
    page.polyline(&points, 1.5, ACCENT);
    for (i, p) in trend.iter().enumerate() {
        if i == 0 || i + 1 == trend.len() || trend.len() <= 12 {
            let label = iso(p.start_day).chars().take(7).collect::<String>();
            page.text(
                MARGIN + 24.0 + step * i as f32,
                top + height + 14.0,
                7.0,
                FontStyle::Regular,
                &label,
            );
        }
    }
    layout.y = top + height + 20.0;
}

fn distribution(layout: &mut Layout, report: &Report, t: &Tr) {
    let range = &report.dashboard.range;
    let most = range.stars.iter().copied().max().unwrap_or(0).max(1);
    for stars in (1..=5usize).rev() {
        layout.ensure(16.0);
        layout.y += 16.0;
        let (y, count) = (layout.y, range.stars[stars - 1]);
        let width = (WIDTH - 140.0) * count as f32 / most as f32;
        let page = layout.page();
        page.text(
            MARGIN,
            y,
            9.0,
            FontStyle::Regular,
            &t.arg("report-stars", "stars", stars),
        );
        page.rect(
            MARGIN + 60.0,
            y - 9.0,
            width.max(0.5),
            10.0,
            STAR_COLOURS[stars - 1],
        );
        page.text(
            MARGIN + 66.0 + width,
            y,
            9.0,
            FontStyle::Regular,
            &count.to_string(),
        );
    }
    layout.y += 4.0;
}

fn aspect_block(layout: &mut Layout, t: &Tr, title: &str, aspects: &[super::AspectShare]) {
    if aspects.is_empty() {
        return;
    }
    layout.heading(&t.get(title));
    for a in aspects {
        layout.paragraph(&super::aspect_line(a, t), 10.0);
    }
}

fn quotes(layout: &mut Layout, t: &Tr, title: &str, reviews: &[candor_store::Review]) {
    if reviews.is_empty() {
        return;
    }
    layout.heading(&t.get(title));
    for review in reviews {
        let stars = "★".repeat(usize::from(review.rating.get()));
        layout.paragraph(&format!("{stars} {}", review.title), 10.0);
        let body: String = review.body.chars().take(600).collect();
        layout.paragraph(&format!("“{body}” — {}", review.author_name), 9.0);
        layout.y += 4.0;
    }
}
