//! Measuring and wrapping text with the embedded fonts' real advances.
//!
//! Widths are summed in integer font units and scaled once, so the width of a
//! line is exactly the sum of the widths of its parts: greedy wrapping can
//! grow a line word by word without re-measuring it and without rounding
//! drift between what we measure and what we finally draw.

use crate::FontStyle;
use crate::font::{char_advance, units_per_em};

/// Width of `text` in font units (dropped characters count as zero).
fn units(style: FontStyle, text: &str) -> u64 {
    text.chars()
        .map(|c| u64::from(char_advance(style, c)))
        .sum()
}

fn to_points(size: f32, style: FontStyle, units: u64) -> f32 {
    units as f32 * size / f32::from(units_per_em(style))
}

/// Width in points of `text` set at `size` points.
pub(crate) fn text_width(size: f32, style: FontStyle, text: &str) -> f32 {
    to_points(size, style, units(style, text))
}

/// Greedy line breaking for one `size`/`style`/`max_width`.
struct Wrapper {
    size: f32,
    style: FontStyle,
    max_width: f32,
    lines: Vec<String>,
    line: String,
    line_units: u64,
}

impl Wrapper {
    /// `NaN` and negative maximums compare as "does not fit", which puts
    /// every glyph on its own line rather than looping or panicking.
    fn fits(&self, units: u64) -> bool {
        to_points(self.size, self.style, units) <= self.max_width
    }

    fn flush(&mut self) {
        self.lines.push(std::mem::take(&mut self.line));
        self.line_units = 0;
    }

    fn add_word(&mut self, word: &str) {
        let word_units = units(self.style, word);
        if !self.line.is_empty() {
            let space = u64::from(char_advance(self.style, ' '));
            if self.fits(self.line_units + space + word_units) {
                self.line.push(' ');
                self.line.push_str(word);
                self.line_units += space + word_units;
                return;
            }
            self.flush();
        }
        if self.fits(word_units) {
            self.line.push_str(word);
            self.line_units = word_units;
        } else {
            self.break_word(word);
        }
    }

    /// Splits a word too long for a line at character boundaries. Zero-width
    /// characters (combining marks, dropped controls) always stay with the
    /// character before them, and a line always takes at least one character,
    /// so the loop progresses even when a single glyph is wider than a line.
    fn break_word(&mut self, word: &str) {
        for c in word.chars() {
            let c_units = u64::from(char_advance(self.style, c));
            let fits = c_units == 0 || self.fits(self.line_units + c_units);
            if !fits && !self.line.is_empty() {
                self.flush();
            }
            self.line.push(c);
            self.line_units += c_units;
        }
    }
}

/// Greedy word wrap. See [`crate::Page::wrap`] for the contract.
pub(crate) fn wrap(size: f32, style: FontStyle, text: &str, max_width: f32) -> Vec<String> {
    let mut w = Wrapper {
        size,
        style,
        max_width,
        lines: Vec::new(),
        line: String::new(),
        line_units: 0,
    };
    // Leading and trailing blank lines carry no meaning in a report.
    for paragraph in text.trim().split('\n') {
        for word in paragraph.split_whitespace() {
            w.add_word(word);
        }
        // An empty paragraph still yields one (empty) line, keeping the
        // spacing of quotes that have blank lines between paragraphs.
        if !w.line.is_empty() || paragraph.trim().is_empty() {
            w.flush();
        }
    }
    if text.trim().is_empty() {
        w.lines.clear();
    }
    w.lines
}

#[cfg(test)]
mod tests {
    use super::*;

    const R: FontStyle = FontStyle::Regular;

    #[test]
    fn wraps_at_word_boundaries() {
        let one = text_width(10.0, R, "lorem ipsum");
        let lines = wrap(10.0, R, "lorem ipsum dolor sit amet", one + 0.01);
        assert_eq!(lines[0], "lorem ipsum");
        assert!(lines.len() >= 2);
    }

    #[test]
    fn keeps_paragraphs_and_blank_lines() {
        let lines = wrap(10.0, R, "\n\nfirst\r\n\nsecond\n\n", 500.0);
        assert_eq!(lines, ["first", "", "second"]);
    }

    #[test]
    fn empty_input_has_no_lines() {
        assert!(wrap(10.0, R, "", 100.0).is_empty());
        assert!(wrap(10.0, R, " \n\t ", 100.0).is_empty());
    }

    #[test]
    fn breaks_long_words_and_survives_silly_widths() {
        let word = "Donaudampfschifffahrtsgesellschaft";
        let lines = wrap(12.0, R, word, 40.0);
        assert!(lines.len() > 2);
        assert_eq!(lines.concat(), word);
        for max in [0.0, -5.0, f32::NAN] {
            assert_eq!(wrap(12.0, R, "ab", max), ["a", "b"]);
        }
        assert_eq!(wrap(12.0, R, "ab", f32::INFINITY), ["ab"]);
    }

    #[test]
    fn combining_marks_stay_with_their_base() {
        // "e" + combining acute: the mark has no advance.
        let lines = wrap(12.0, R, "e\u{301}e\u{301}", 0.0);
        assert_eq!(lines, ["e\u{301}", "e\u{301}"]);
    }
}
