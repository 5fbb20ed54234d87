//! The file structure: header, objects, xref table, trailer.
#![allow(clippy::unwrap_used)]

mod common;

use candor_pdf::{Document, FontStyle};
use common::{find, mixed_report, startxref, streams, xref_offsets};

#[test]
fn starts_with_header_and_ends_with_eof() {
    let pdf = mixed_report();
    assert!(pdf.starts_with(b"%PDF-1.7\n"));
    assert!(pdf.trim_ascii_end().ends_with(b"%%EOF"));
}

#[test]
fn every_xref_offset_points_at_its_object() {
    let pdf = mixed_report();
    let offsets = xref_offsets(&pdf);
    for (i, &offset) in offsets.iter().enumerate() {
        let header = format!("{} 0 obj\n", i + 1);
        assert!(
            pdf[offset..].starts_with(header.as_bytes()),
            "xref entry for object {} points at {offset}",
            i + 1
        );
    }
    // startxref points at the table itself.
    assert!(pdf[startxref(&pdf)..].starts_with(b"xref\n"));
}

#[test]
fn object_count_matches_trailer_and_body() {
    let pdf = mixed_report();
    let objects = xref_offsets(&pdf).len();
    let size = format!("/Size {} ", objects + 1);
    assert!(find(&pdf, size.as_bytes()).is_some());
    // "\nendobj\n" is 8 bytes: an accidental match inside compressed data is
    // vanishingly unlikely.
    let ends = pdf.windows(8).filter(|w| w == b"\nendobj\n").count();
    assert_eq!(ends, objects);
    // Catalog, Pages, Info, 2 fonts × 5 objects, 1 page + 1 content stream.
    assert_eq!(objects, 3 + 10 + 2);
}

#[test]
fn output_is_deterministic() {
    assert_eq!(mixed_report(), mixed_report());
}

#[test]
fn info_has_title_and_producer_and_no_date() {
    let pdf = Document::new("Ø").finish();
    assert!(find(&pdf, b"/Title <FEFF00D8>").is_some());
    assert!(find(&pdf, b"/Producer (Candor)").is_some());
    assert!(find(&pdf, b"CreationDate").is_none());
}

#[test]
fn empty_document_has_one_blank_page_and_no_fonts() {
    let pdf = Document::new("").finish();
    assert_eq!(xref_offsets(&pdf).len(), 5);
    assert!(find(&pdf, b"/Count 1 ").is_some());
    assert!(find(&pdf, b"FontFile2").is_none());
}

#[test]
fn only_used_fonts_are_embedded() {
    let mut doc = Document::new("t");
    doc.page().text(10.0, 10.0, 10.0, FontStyle::Bold, "x");
    let pdf = doc.finish();
    assert!(find(&pdf, b"/BaseFont /DejaVuSans-Bold").is_some());
    assert!(find(&pdf, b"/BaseFont /DejaVuSans ").is_none());
    assert_eq!(xref_offsets(&pdf).len(), 3 + 5 + 2);
}

#[test]
fn pages_are_listed_in_order_with_flipped_coordinates() {
    let mut doc = Document::new("t");
    doc.page()
        .text(10.0, 100.0, 12.0, FontStyle::Regular, "one");
    doc.page()
        .rect(0.0, 0.0, 10.0, 20.0, candor_pdf::Rgb(255, 0, 0));
    let pdf = doc.finish();
    assert!(find(&pdf, b"/Count 2 ").is_some());
    let all = streams(&pdf).join("\n");
    // Baseline 100 pt from the top is 741.89 pt from the bottom.
    assert!(all.contains("1 0 0 1 10 741.89 Tm"), "{all}");
    // A rectangle at the top edge, 20 pt tall, starts 20 pt below it.
    assert!(all.contains("1 0 0 rg 0 821.89 10 20 re f"), "{all}");
}
