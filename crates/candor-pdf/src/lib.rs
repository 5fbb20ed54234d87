//! candor-pdf: a small, honest PDF 1.7 writer for Candor's reports.
//!
//! A report is a score, a trend chart, tables of figures and review quotes, in
//! English, German, Danish, Norwegian, Russian and Swahili. That needs very
//! little of PDF (text, straight lines, filled rectangles) but it does need
//! text in scripts the 14 standard PDF fonts cannot show (Cyrillic above all),
//! so this crate embeds a real TrueType font: DejaVu Sans, regular and bold,
//! vendored in `fonts/` (licence and provenance in `fonts/NOTICE`).
//!
//! # Why it is built this way
//!
//! * **Type0 / CIDFontType2, Identity-H.** Strings in content streams are
//!   two-byte glyph ids, so any glyph of the font can be shown, not just 256.
//!   `CIDToGIDMap /Identity` makes a CID equal to its glyph id.
//! * **The whole font is embedded** (Flate-compressed once per process).
//!   Subsetting would make files much smaller but is the part of PDF writing
//!   most prone to subtle bugs; a report is written rarely and read offline, so
//!   size was traded for certainty. Only fonts actually used are embedded.
//! * **`/W` and `/ToUnicode` list only the glyphs used**, so viewers lay text
//!   out with the same advances we measured, and text can be searched, copied
//!   and extracted (e.g. by `pdftotext`).
//! * **No shaping, kerning or ligatures.** One character becomes one glyph.
//!   That is right for the Latin and Cyrillic scripts Candor speaks; it is not
//!   enough for Arabic or Indic scripts. Because nothing is kerned,
//!   [`Page::text_width`] is the width a viewer draws (to within the
//!   0.01/1000 em rounding of `/W`).
//! * **Deterministic output.** The same calls give the same bytes: there is no
//!   clock read (no `/CreationDate`), no random file id, and all maps are
//!   ordered.
//! * **No panics on text.** Control and invisible formatting characters are
//!   dropped; a character the font lacks is drawn as glyph 0 (the "missing"
//!   box) and still gets a `/ToUnicode` entry, so the text is not lost when
//!   copied. As a code can map to only one text string, when several characters
//!   share a glyph (glyph 0 for all missing ones, or e.g. space and no-break
//!   space) the first one written in the document wins.
//! * **Top-left origin.** Callers lay out pages like screens, in points
//!   (1/72 inch), with y growing downwards; the conversion to PDF's bottom-left
//!   origin happens here. Non-finite coordinates become 0 and huge ones are
//!   clamped, so nothing malformed reaches the file.
//!
//! ```
//! use candor_pdf::{Document, FontStyle, Page, Rgb};
//!
//! let mut doc = Document::new("Quarterly report");
//! let page = doc.page();
//! page.text(56.0, 80.0, 20.0, FontStyle::Bold, "Отзывы клиентов");
//! page.rect(56.0, 100.0, 200.0, 4.0, Rgb(30, 120, 200));
//! for (i, line) in Page::wrap(11.0, FontStyle::Regular, "Huduma nzuri sana!", 200.0)
//!     .iter()
//!     .enumerate()
//! {
//!     page.text(56.0, 130.0 + 14.0 * i as f32, 11.0, FontStyle::Regular, line);
//! }
//! let pdf = doc.finish();
//! assert!(pdf.starts_with(b"%PDF-1.7"));
//! ```

mod document;
mod embed;
mod font;
mod layout;
mod page;
mod writer;

pub use document::Document;
pub use page::Page;

/// Which of the two embedded DejaVu Sans faces to draw text with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FontStyle {
    /// DejaVu Sans.
    Regular,
    /// DejaVu Sans Bold.
    Bold,
}

/// A colour in the sRGB-like DeviceRGB space, one byte per channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);
