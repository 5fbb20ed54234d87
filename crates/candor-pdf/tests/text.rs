//! Text: glyph mapping, ToUnicode, measuring and wrapping.
#![allow(clippy::unwrap_used)]

mod common;

use candor_pdf::{Document, FontStyle, Page};
use common::{glyph_id, mixed_report, streams};
use proptest::prelude::*;

fn cmaps(pdf: &[u8]) -> String {
    streams(pdf)
        .into_iter()
        .filter(|s| s.contains("begincmap"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn to_unicode_maps_russian_and_danish_glyphs() {
    let cmap = cmaps(&mixed_report());
    for (style, c) in [
        (FontStyle::Bold, 'О'),
        (FontStyle::Bold, 'з'),
        (FontStyle::Regular, 'Æ'),
        (FontStyle::Regular, 'Ø'),
        (FontStyle::Regular, 'Å'),
        (FontStyle::Regular, 'ö'),
    ] {
        let entry = format!("<{:04X}> <{:04X}>", glyph_id(style, c), u32::from(c));
        assert!(cmap.contains(&entry), "no {entry} for {c}");
    }
}

#[test]
fn zhe_maps_to_0416() {
    let mut doc = Document::new("Ж");
    doc.page().text(10.0, 20.0, 12.0, FontStyle::Regular, "Жук");
    let pdf = doc.finish();
    let gid = glyph_id(FontStyle::Regular, 'Ж');
    assert!(cmaps(&pdf).contains(&format!("<{gid:04X}> <0416>")));
    // The content stream draws it as a hex glyph id.
    let content = streams(&pdf)
        .into_iter()
        .find(|s| s.contains(" Tj"))
        .unwrap();
    assert!(content.contains(&format!("<{gid:04X}")), "{content}");
}

#[test]
fn missing_characters_use_glyph_zero_but_keep_their_text() {
    let mut doc = Document::new("t");
    // U+4E2D (CJK "middle") is not in DejaVu Sans; the control character is dropped.
    doc.page()
        .text(10.0, 20.0, 12.0, FontStyle::Regular, "a\u{7}中");
    let pdf = doc.finish();
    assert!(cmaps(&pdf).contains("<0000> <4E2D>"));
    let content = streams(&pdf)
        .into_iter()
        .find(|s| s.contains(" Tj"))
        .unwrap();
    let a = glyph_id(FontStyle::Regular, 'a');
    assert!(content.contains(&format!("<{a:04X}0000> Tj")), "{content}");
}

#[test]
fn widths_are_positive_and_grow_with_text() {
    for style in [FontStyle::Regular, FontStyle::Bold] {
        let mut previous = 0.0;
        let mut text = String::new();
        for c in "Жизнь ÆØÅ ßäöü".chars() {
            text.push(c);
            let w = Page::text_width(12.0, style, &text);
            assert!(w > previous, "{text:?}: {w} <= {previous}");
            previous = w;
        }
    }
    assert_eq!(Page::text_width(12.0, FontStyle::Regular, ""), 0.0);
    let regular = Page::text_width(12.0, FontStyle::Regular, "Candor");
    assert!(Page::text_width(12.0, FontStyle::Bold, "Candor") > regular);
    assert!((Page::text_width(24.0, FontStyle::Regular, "Candor") - 2.0 * regular).abs() < 1e-3);
}

/// Non-zero-width characters in a line: a line wider than the maximum is
/// allowed only when this is 1.
fn visible_glyphs(style: FontStyle, line: &str) -> usize {
    line.chars()
        .filter(|c| Page::text_width(10.0, style, &c.to_string()) > 0.0)
        .count()
}

fn style() -> impl Strategy<Value = FontStyle> {
    prop_oneof![Just(FontStyle::Regular), Just(FontStyle::Bold)]
}

proptest! {
    #[test]
    fn wrap_never_exceeds_max_width(
        text in "([a-zæøåЖжщ]{1,30}[ \n]{0,2}){0,12}|\\PC{0,80}",
        size in 4.0f32..30.0,
        max_width in 1.0f32..300.0,
        style in style(),
    ) {
        let lines = Page::wrap(size, style, &text, max_width);
        for line in &lines {
            let w = Page::text_width(size, style, line);
            prop_assert!(
                w <= max_width + 1e-3 || visible_glyphs(style, line) == 1,
                "{line:?} is {w} wide, max {max_width}"
            );
        }
        // Wrapping only moves line breaks: no word's characters are lost.
        let words = |s: &str| s.split_whitespace().collect::<String>();
        prop_assert_eq!(words(&lines.join(" ")), words(&text));
    }

    #[test]
    fn any_input_makes_a_well_formed_pdf(
        title in "\\PC*|.*",
        text in any::<String>(),
        x in any::<f32>(),
        y in any::<f32>(),
        size in any::<f32>(),
        width in any::<f32>(),
        style in style(),
    ) {
        let mut doc = Document::new(&title);
        let page = doc.page();
        page.text(x, y, size, style, &text);
        page.rect(x, y, width, size, candor_pdf::Rgb(1, 2, 3));
        page.line(x, y, width, size, width, candor_pdf::Rgb(1, 2, 3));
        page.polyline(&[(x, y), (y, x), (width, size)], width, candor_pdf::Rgb(9, 9, 9));
        let _ = Page::wrap(size, style, &text, width);
        let pdf = doc.finish();
        let offsets = common::xref_offsets(&pdf);
        for (i, &offset) in offsets.iter().enumerate() {
            let header = format!("{} 0 obj", i + 1);
            prop_assert!(pdf[offset..].starts_with(header.as_bytes()));
        }
        for content in streams(&pdf).iter().filter(|s| !s.contains("begincmap")) {
            prop_assert!(!content.contains("NaN") && !content.contains("inf"), "{}", content);
        }
    }
}
