//! Word segments of pure-ASCII text without the UAX #29 tables.
//!
//! `split_word_bounds()` looks every character up in the Unicode word-break
//! tables; on the ASCII texts most reviews are, that was a third of the spam
//! model's time. Restricted to ASCII the rules are small (classes checked
//! against unicode-segmentation by the tests below):
//!
//! - ALetter `A-Z a-z`, Numeric `0-9` and ExtendNumLet `_` never break
//!   between each other (WB5, WB8-WB10, WB13a, WB13b);
//! - between two letters, `.` (MidNumLet), `'` (Single_Quote) and `:`
//!   (MidLetter) do not break (WB6, WB7);
//! - between two digits, `.`, `'`, `,` and `;` (MidNum) do not break
//!   (WB11, WB12);
//! - everything else (spaces, CR/LF, tabs, other punctuation) forms
//!   segments without a letter or digit, which the feature extractor drops.
//!
//! So the segments holding a letter or digit are exactly the maximal runs
//! built by the first three rules, and a run of underscores alone is not one.
//!
//! Texts with a few non-ASCII characters (a `£`, an emoji, a byte-order
//! mark) are cut into stretches by [`for_each_stretch`]: only the pieces
//! around those characters need the Unicode segmenter.

/// Cuts `text` into consecutive stretches and calls `each(stretch, ascii)`
/// in order; a stretch is either pure ASCII or needs the Unicode segmenter.
///
/// Every cut is at the start of a run of ASCII whitespace (space, tab, CR,
/// LF) that follows a character other than whitespace. UAX #29 always
/// breaks there: the only rules joining anything to such whitespace are
/// WB3 (CR LF) and WB3d (a run of WSegSpace, say U+3000 then a space), and
/// both need whitespace on the left. No rule looking ahead across the cut
/// can match whitespace either, so segmenting the stretches one by one
/// gives the segments of the whole text.
pub(crate) fn for_each_stretch<'a>(text: &'a str, mut each: impl FnMut(&'a str, bool)) {
    let bytes = text.as_bytes();
    let mut done = 0;
    while let Some(found) = bytes[done..].iter().position(|b| !b.is_ascii()) {
        let at = done + found;
        let start = cut_before(bytes, done, at);
        let end = cut_after(text, at);
        if start > done {
            each(&text[done..start], true);
        }
        each(&text[start..end], false);
        done = end;
    }
    if done < bytes.len() {
        each(&text[done..], true);
    }
}

/// The cut before byte `at` (not before `floor`, itself a cut): back over
/// its whitespace-free piece and the whitespace before that, since a
/// leading combining mark or format character (U+FE0F, U+FEFF) joins the
/// whitespace before it (WB4). The bytes from `floor` to `at` are ASCII,
/// so the start found follows ASCII other than whitespace: a cut.
fn cut_before(bytes: &[u8], floor: usize, at: usize) -> usize {
    let mut start = at;
    while start > floor && !is_cut_space(bytes[start - 1]) {
        start -= 1;
    }
    while start > floor && is_cut_space(bytes[start - 1]) {
        start -= 1;
    }
    start
}

/// The first cut after byte `at`: usually the end of its whitespace-free
/// piece.
fn cut_after(text: &str, at: usize) -> usize {
    (at + 1..text.len())
        .find(|&i| is_cut(text, i))
        .unwrap_or(text.len())
}

/// Whether the text may be cut before byte `i` (at least 1): the start of
/// a run of ASCII whitespace, after a character that is not whitespace
/// (Unicode's White_Space holds every WSegSpace).
fn is_cut(text: &str, i: usize) -> bool {
    if !is_cut_space(text.as_bytes()[i]) {
        return false;
    }
    match text[..i].chars().next_back() {
        Some(c) if c.is_ascii() => !matches!(c, ' ' | '\t' | '\r' | '\n'),
        Some(c) => !c.is_whitespace(),
        None => false,
    }
}

/// The ASCII whitespace cuts are made before.
fn is_cut_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\r' | b'\n')
}

/// The segments of `text` (which must be ASCII) that `split_word_bounds()`
/// yields and that hold an ASCII letter or digit, in order.
pub(crate) fn words(text: &str) -> AsciiWords<'_> {
    debug_assert!(text.is_ascii());
    AsciiWords { text, at: 0 }
}

/// Iterator of [`words`]: `at` is the byte where scanning resumes.
pub(crate) struct AsciiWords<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Iterator for AsciiWords<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        while self.at < bytes.len() {
            // Outside a run every byte is its own segment (or a run of
            // spaces, or CR LF): none holds a letter or digit, so skip it.
            if !is_core(bytes[self.at]) {
                self.at += 1;
                continue;
            }
            let start = self.at;
            self.at = run_end(bytes, start);
            let run = &bytes[start..self.at];
            // "__" is a segment too, but without a letter or digit.
            if run.iter().any(u8::is_ascii_alphanumeric) {
                return self.text.get(start..self.at);
            }
        }
        None
    }
}

/// The first segment `split_word_bounds()` yields for `text` (which must
/// be ASCII and not empty), whether or not it holds a letter or digit: a
/// run as in [`words`], CR LF, a run of spaces (WB3d), or one byte.
pub(crate) fn first_segment(text: &str) -> &str {
    debug_assert!(text.is_ascii() && !text.is_empty());
    let bytes = text.as_bytes();
    let end = match bytes {
        [] => 0,
        [first, ..] if is_core(*first) => run_end(bytes, 0),
        [b'\r', b'\n', ..] => 2,
        [b' ', ..] => bytes.iter().position(|b| *b != b' ').unwrap_or(bytes.len()),
        [_, ..] => 1,
    };
    &text[..end]
}

/// Letters, digits and `_`: no boundary between any two of them.
fn is_core(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// The end of the run starting at `start` (a core byte): core bytes, and
/// infix punctuation where the bytes either side allow it.
fn run_end(bytes: &[u8], start: usize) -> usize {
    let mut end = start + 1;
    loop {
        match bytes.get(end) {
            Some(&byte) if is_core(byte) => end += 1,
            Some(&mid) if joins(bytes[end - 1], mid, bytes.get(end + 1).copied()) => end += 2,
            _ => return end,
        }
    }
}

/// Whether `mid` between `before` and `after` stays inside a word: WB6/WB7
/// for letters, WB11/WB12 for digits (the rules need both neighbours, so
/// a trailing "e.g." keeps its last dot out).
fn joins(before: u8, mid: u8, after: Option<u8>) -> bool {
    let Some(after) = after else {
        return false;
    };
    let letters = before.is_ascii_alphabetic() && after.is_ascii_alphabetic();
    let digits = before.is_ascii_digit() && after.is_ascii_digit();
    (letters && matches!(mid, b'.' | b'\'' | b':'))
        || (digits && matches!(mid, b'.' | b'\'' | b',' | b';'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    /// The reference: UAX #29 segments holding a letter or digit, as
    /// `features::words` filters them (the emoji test cannot fire on ASCII).
    fn reference(text: &str) -> Vec<&str> {
        text.split_word_bounds()
            .filter(|w| {
                w.chars()
                    .any(|c| c.is_alphanumeric() || u32::from(c) >= 0x2600)
            })
            .collect()
    }

    fn fast(text: &str) -> Vec<&str> {
        words(text).collect()
    }

    /// Every segment, by [`first_segment`] again and again.
    fn all_segments(text: &str) -> Vec<&str> {
        let mut segments = Vec::new();
        let mut rest = text;
        while !rest.is_empty() {
            let segment = first_segment(rest);
            segments.push(segment);
            rest = &rest[segment.len()..];
        }
        segments
    }

    #[test]
    fn hand_cases_match_the_unicode_segmenter() {
        let cases = [
            "can't",
            "3.5",
            "1,000.50",
            "e.g.",
            "a:b",
            "foo_bar",
            "x__y",
            "a.'b",
            "don''t",
            "www.example.com",
            "http://bit.ly/x",
            "__ _a_ 1_ _2",
            "a.1 1.a 1:2 a,b a;b 1'2 a'1",
            "end.\r\nNext line\rthird\nfourth\x0bfifth\x0csixth",
            "tab\tseparated  double  spaces",
            "",
            "...",
        ];
        for text in cases {
            assert_eq!(fast(text), reference(text), "{text:?}");
        }
    }

    #[test]
    fn classes_are_as_documented() {
        // Pin the classes the scanner relies on to the crate's behaviour.
        assert_eq!(fast("can't e.g a:b"), ["can't", "e.g", "a:b"]);
        assert_eq!(reference("a,b a;b"), ["a", "b", "a", "b"]);
        assert_eq!(reference("1,2 1;2 1:2"), ["1,2", "1;2", "1", "2"]);
        assert_eq!(reference("a_1_b"), ["a_1_b"]);
        assert_eq!(fast("foo-bar"), ["foo", "bar"]);
    }

    /// Any ASCII character, biased towards the ones the rules name and
    /// towards letters and digits so that infix positions are common.
    fn ascii_char() -> impl Strategy<Value = char> {
        prop_oneof![
            4 => prop::char::range('a', 'z'),
            2 => prop::char::range('A', 'Z'),
            3 => prop::char::range('0', '9'),
            4 => prop::sample::select(vec!['.', ',', ':', ';', '\'', '_', '-']),
            2 => prop::sample::select(vec![' ', '\t', '\r', '\n']),
            1 => (0u8..=0x7f).prop_map(char::from),
        ]
    }

    fn ascii_text() -> impl Strategy<Value = String> {
        prop::collection::vec(ascii_char(), 0..64).prop_map(|chars| chars.into_iter().collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]

        /// The stretches cover the text in order, each flagged correctly.
        #[test]
        fn stretches_partition_the_text(text in "[ \t\r\na.£\u{feff}\u{308}]{0,40}") {
            let mut joined = String::new();
            for_each_stretch(&text, |stretch, ascii| {
                assert!(!stretch.is_empty());
                assert_eq!(ascii, stretch.is_ascii());
                joined.push_str(stretch);
            });
            prop_assert_eq!(joined, text);
        }

        #[test]
        fn fast_path_equals_the_unicode_segmenter(text in ascii_text()) {
            prop_assert_eq!(fast(&text), reference(&text));
        }

        /// All segments, those without a letter or digit too.
        #[test]
        fn segments_equal_the_unicode_segmenter(text in ascii_text()) {
            let expected: Vec<&str> = text.split_word_bounds().collect();
            prop_assert_eq!(all_segments(&text), expected);
        }

        #[test]
        fn segments_of_any_ascii_equal_the_unicode_segmenter(text in "[\\x00-\\x7f]{0,40}") {
            let expected: Vec<&str> = text.split_word_bounds().collect();
            prop_assert_eq!(all_segments(&text), expected);
        }

        /// Every ASCII character, controls included, uniformly.
        #[test]
        fn any_ascii_equals_the_unicode_segmenter(text in "[\\x00-\\x7f]{0,40}") {
            prop_assert_eq!(fast(&text), reference(&text));
        }
    }
}
