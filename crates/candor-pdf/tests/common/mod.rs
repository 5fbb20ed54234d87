//! A deliberately naive PDF reader for the tests: it trusts nothing but the
//! xref table, so if these helpers find the objects, so will real readers.
#![allow(dead_code, clippy::unwrap_used)]

use candor_pdf::{Document, FontStyle, Page, Rgb};

/// A one-page report in every language Candor speaks.
pub fn mixed_report() -> Vec<u8> {
    let mut doc = Document::new("Rapport — Отчёт");
    let page = doc.page();
    page.text(56.0, 72.0, 22.0, FontStyle::Bold, "Отзывы клиентов");
    page.text(56.0, 100.0, 12.0, FontStyle::Regular, "Æble Ørsted Åse");
    page.text(56.0, 118.0, 12.0, FontStyle::Regular, "Huduma nzuri");
    page.text(
        56.0,
        136.0,
        12.0,
        FontStyle::Regular,
        "Größe, Kundenzufriedenheit",
    );
    page.text(
        56.0,
        154.0,
        12.0,
        FontStyle::Regular,
        "Kjempebra service på Blåbærveien",
    );
    page.text(56.0, 172.0, 12.0, FontStyle::Regular, "Score: 4.6 / 5");
    page.rect(56.0, 200.0, 300.0, 120.0, Rgb(240, 244, 250));
    page.polyline(
        &[
            (60.0, 300.0),
            (120.0, 260.0),
            (180.0, 280.0),
            (240.0, 220.0),
        ],
        2.0,
        Rgb(30, 120, 200),
    );
    page.line(56.0, 320.0, 356.0, 320.0, 0.5, Rgb(0, 0, 0));
    let quote = "«Очень вежливый персонал и быстрая доставка. Рекомендую всем!»";
    for (i, line) in Page::wrap(11.0, FontStyle::Regular, quote, 250.0)
        .iter()
        .enumerate()
    {
        page.text(
            56.0,
            350.0 + 14.0 * i as f32,
            11.0,
            FontStyle::Regular,
            line,
        );
    }
    doc.finish()
}

pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn ascii(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).unwrap()
}

/// The `startxref` offset.
pub fn startxref(pdf: &[u8]) -> usize {
    let at = find(&pdf[pdf.len().saturating_sub(64)..], b"startxref\n").unwrap()
        + pdf.len().saturating_sub(64);
    let rest = ascii(&pdf[at + 10..]);
    rest.lines().next().unwrap().parse().unwrap()
}

/// Offsets of objects 1..size from the xref table (index 0 = object 1).
pub fn xref_offsets(pdf: &[u8]) -> Vec<usize> {
    let start = startxref(pdf);
    let trailer = find(&pdf[start..], b"trailer").unwrap() + start;
    let table = ascii(&pdf[start..trailer]);
    let mut lines = table.lines();
    assert_eq!(lines.next(), Some("xref"));
    let header: Vec<usize> = lines
        .next()
        .unwrap()
        .split(' ')
        .map(|n| n.parse().unwrap())
        .collect();
    assert_eq!(header[0], 0);
    let entries: Vec<&str> = lines.collect();
    assert_eq!(entries.len(), header[1]);
    assert_eq!(entries[0], "0000000000 65535 f ");
    entries[1..]
        .iter()
        .map(|e| {
            assert_eq!(e.len(), 19, "entry {e:?} is not 20 bytes with its newline");
            assert!(e.ends_with(" 00000 n "));
            e[..10].parse().unwrap()
        })
        .collect()
}

/// Decompressed data of every stream object except embedded font files.
pub fn streams(pdf: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    for offset in xref_offsets(pdf) {
        let obj = &pdf[offset..];
        let dict_end = find(obj, b"\nendobj\n").unwrap();
        let Some(s) = find(&obj[..dict_end], b">>\nstream\n") else {
            continue;
        };
        let dict = ascii(&obj[..s]);
        if dict.contains("/Length1") {
            continue;
        }
        let len: usize = dict
            .split("/Length ")
            .nth(1)
            .unwrap()
            .split(' ')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let data = &obj[s + 10..s + 10 + len];
        assert_eq!(&obj[s + 10 + len..s + 10 + len + 10], b"\nendstream");
        let plain = miniz_oxide::inflate::decompress_to_vec_zlib(data).unwrap();
        out.push(String::from_utf8(plain).unwrap());
    }
    out
}

/// Glyph id of `c` in the regular or bold vendored font.
pub fn glyph_id(style: FontStyle, c: char) -> u16 {
    let bytes: &[u8] = match style {
        FontStyle::Regular => include_bytes!("../../fonts/DejaVuSans.ttf"),
        FontStyle::Bold => include_bytes!("../../fonts/DejaVuSans-Bold.ttf"),
    };
    let face = ttf_parser::Face::parse(bytes, 0).unwrap();
    face.glyph_index(c).unwrap().0
}
