//! One A4 page: drawing operations recorded as a PDF content stream.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::font::{glyph, is_dropped, style_index};
use crate::writer::num;
use crate::{FontStyle, Rgb, layout};

/// Glyph id → the character it was first drawn for, per style. Ordered so
/// that the `/W` and `/ToUnicode` written from it are deterministic.
pub(crate) type UsedGlyphs = [BTreeMap<u16, char>; 2];

/// A page of a [`crate::Document`], A4 portrait.
///
/// Coordinates are in points with the origin at the **top-left** corner and
/// y growing downwards, as in HTML or SVG; they are converted to PDF's
/// bottom-left origin when recorded.
#[derive(Debug)]
pub struct Page {
    content: String,
    used: UsedGlyphs,
}

/// Resource name of each style's font in every page's `/Resources`.
pub(crate) fn resource_name(style: FontStyle) -> &'static str {
    match style {
        FontStyle::Regular => "F1",
        FontStyle::Bold => "F2",
    }
}

fn colour(c: Rgb) -> String {
    let channel = |v: u8| num(f32::from(v) / 255.0);
    format!("{} {} {}", channel(c.0), channel(c.1), channel(c.2))
}

impl Page {
    /// Pages are only made by [`crate::Document::page`], which owns them.
    pub(crate) fn new() -> Self {
        Self {
            content: String::new(),
            used: UsedGlyphs::default(),
        }
    }

    /// Page width in points (A4: 210 mm).
    pub const WIDTH: f32 = 595.28;
    /// Page height in points (A4: 297 mm).
    pub const HEIGHT: f32 = 841.89;

    /// PDF y for a top-left-origin y.
    fn flip(y: f32) -> f32 {
        Self::HEIGHT - y
    }

    /// Draws `text` in black with its baseline starting at (`x`, `y`).
    ///
    /// Control and invisible formatting characters (newline, tab, soft hyphen,
    /// zero-width space, …) are dropped: one call draws one line, use
    /// [`Page::wrap`] to lay out longer text. Characters DejaVu Sans lacks are
    /// drawn as its "missing glyph" box but still extract as themselves.
    pub fn text(&mut self, x: f32, y: f32, size: f32, style: FontStyle, text: &str) {
        let used = &mut self.used[style_index(style)];
        let mut hex = String::new();
        for c in text.chars().filter(|&c| !is_dropped(c)) {
            let gid = glyph(style, c);
            used.entry(gid).or_insert(c);
            let _ = write!(hex, "{gid:04X}");
        }
        if hex.is_empty() {
            return;
        }
        // `0 g` because rectangles change the fill colour, which text uses too.
        let _ = writeln!(
            self.content,
            "BT 0 g /{} {} Tf 1 0 0 1 {} {} Tm <{hex}> Tj ET",
            resource_name(style),
            num(size),
            num(x),
            num(Self::flip(y)),
        );
    }

    /// Width in points of `text` set at `size` points in `style`, exactly as
    /// [`Page::text`] would draw it (no kerning is applied by either).
    pub fn text_width(size: f32, style: FontStyle, text: &str) -> f32 {
        layout::text_width(size, style, text)
    }

    /// Greedy word wrap of `text` into lines no wider than `max_width` points.
    ///
    /// Words are separated by whitespace, which is collapsed to single spaces.
    /// `\n` starts a new line and a blank line yields an empty string, so
    /// paragraph breaks survive; empty or blank input yields no lines. A word
    /// wider than `max_width` is broken between characters. The only line that
    /// can be wider than `max_width` holds a single glyph (plus any zero-width
    /// marks attached to it) that is itself wider.
    pub fn wrap(size: f32, style: FontStyle, text: &str, max_width: f32) -> Vec<String> {
        layout::wrap(size, style, text, max_width)
    }

    /// Fills a rectangle whose top-left corner is (`x`, `y`), `w` wide and
    /// `h` tall (downwards).
    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Rgb) {
        let _ = writeln!(
            self.content,
            "{} rg {} {} {} {} re f",
            colour(fill),
            num(x),
            num(Self::flip(y + h)),
            num(w),
            num(h),
        );
    }

    /// Strokes a straight line from (`x1`, `y1`) to (`x2`, `y2`).
    pub fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width: f32, colour: Rgb) {
        self.polyline(&[(x1, y1), (x2, y2)], width, colour);
    }

    /// Strokes connected line segments through `points` (e.g. a trend line).
    /// Joins are rounded so sharp turns in a chart do not spike. Fewer than
    /// two points draw nothing.
    pub fn polyline(&mut self, points: &[(f32, f32)], width: f32, colour: Rgb) {
        let [(x0, y0), rest @ ..] = points else {
            return;
        };
        if rest.is_empty() {
            return;
        }
        let mut path = format!("{} m", point(*x0, *y0));
        for &(x, y) in rest {
            let _ = write!(path, " {} l", point(x, y));
        }
        let _ = writeln!(
            self.content,
            "{} RG {} w 1 j {path} S",
            self::colour(colour),
            num(width.max(0.0)),
        );
    }

    pub(crate) fn content(&self) -> &str {
        &self.content
    }

    pub(crate) fn used(&self) -> &UsedGlyphs {
        &self.used
    }
}

fn point(x: f32, y: f32) -> String {
    format!("{} {}", num(x), num(Page::flip(y)))
}
