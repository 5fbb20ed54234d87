//! The two vendored DejaVu Sans faces: character → glyph, advances, metrics.
//!
//! The font files are compiled into the binary so a report never depends on
//! what fonts the server happens to have installed.

use std::sync::OnceLock;

use ttf_parser::{Face, GlyphId};

use crate::FontStyle;

static REGULAR_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
static BOLD_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// Parsed faces, one slot per style (index = [`style_index`]).
static FACES: [OnceLock<Face<'static>>; 2] = [OnceLock::new(), OnceLock::new()];
/// Flate-compressed font files. Compressing ~700 KiB is the slowest step of
/// writing a report, and the result never changes, so it is done once.
static COMPRESSED: [OnceLock<Vec<u8>>; 2] = [OnceLock::new(), OnceLock::new()];

/// Both styles, in the order their fonts are numbered in a document.
pub(crate) const STYLES: [FontStyle; 2] = [FontStyle::Regular, FontStyle::Bold];

pub(crate) fn style_index(style: FontStyle) -> usize {
    match style {
        FontStyle::Regular => 0,
        FontStyle::Bold => 1,
    }
}

/// The font file, as vendored.
pub(crate) fn ttf(style: FontStyle) -> &'static [u8] {
    match style {
        FontStyle::Regular => REGULAR_TTF,
        FontStyle::Bold => BOLD_TTF,
    }
}

/// PostScript name used for `/BaseFont` and `/FontName`. No subset tag: the
/// whole font is embedded.
pub(crate) fn base_name(style: FontStyle) -> &'static str {
    match style {
        FontStyle::Regular => "DejaVuSans",
        FontStyle::Bold => "DejaVuSans-Bold",
    }
}

pub(crate) fn face(style: FontStyle) -> &'static Face<'static> {
    FACES[style_index(style)].get_or_init(|| {
        // The bytes are vendored and checked by the tests, so a failure here
        // is a broken build, not bad input.
        Face::parse(ttf(style), 0).expect("vendored DejaVu font parses")
    })
}

pub(crate) fn compressed(style: FontStyle) -> &'static [u8] {
    COMPRESSED[style_index(style)].get_or_init(|| crate::writer::deflate(ttf(style), 9))
}

/// Characters that are not drawn at all: controls (tab, newline, C1) and
/// invisible formatting marks (soft hyphen, zero-width space/joiners,
/// direction marks, BOM). Drawing them would show glyph 0 boxes or stray
/// hyphens in the middle of words pasted from the web.
pub(crate) fn is_dropped(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{FEFF}'
        )
}

/// Glyph id for `c`; 0 (the "missing" glyph) when the font lacks it.
pub(crate) fn glyph(style: FontStyle, c: char) -> u16 {
    face(style).glyph_index(c).map_or(0, |g| g.0)
}

/// Advance width of a glyph in font units.
pub(crate) fn advance(style: FontStyle, gid: u16) -> u16 {
    face(style).glyph_hor_advance(GlyphId(gid)).unwrap_or(0)
}

/// Advance width of a character in font units; 0 for dropped characters, so
/// measuring agrees with drawing.
pub(crate) fn char_advance(style: FontStyle, c: char) -> u32 {
    if is_dropped(c) {
        0
    } else {
        u32::from(advance(style, glyph(style, c)))
    }
}

pub(crate) fn units_per_em(style: FontStyle) -> u16 {
    // A valid font has 16..=16384; guard against 0 anyway since we divide by it.
    face(style).units_per_em().max(1)
}

/// Converts font units to PDF glyph space, which is 1000 units per em.
pub(crate) fn to_glyph_space(style: FontStyle, units: i32) -> f32 {
    units as f32 * 1000.0 / f32::from(units_per_em(style))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vendored_fonts_parse_and_cover_our_scripts() {
        for style in STYLES {
            for c in "AaÆØÅæøåÄÖÜßЖжЁё".chars() {
                assert_ne!(glyph(style, c), 0, "{style:?} lacks {c}");
                assert!(char_advance(style, c) > 0);
            }
        }
    }

    #[test]
    fn dropped_characters_have_no_width() {
        for c in ['\n', '\t', '\u{7}', '\u{AD}', '\u{200B}', '\u{FEFF}'] {
            assert_eq!(char_advance(FontStyle::Regular, c), 0);
        }
    }
}
