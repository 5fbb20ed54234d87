//! The objects that embed one TrueType face as a Type0 / CIDFontType2 font.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::FontStyle;
use crate::font::{self, advance, base_name, to_glyph_space};
use crate::writer::{PdfWriter, deflate, num};

/// Type0 font, CIDFont, font descriptor, font file, ToUnicode CMap.
pub(crate) const OBJECTS_PER_FONT: usize = 5;

/// Writes the five objects of one font starting at id `first`; the Type0
/// font (the one pages refer to) is `first` itself.
pub(crate) fn write_font(
    w: &mut PdfWriter,
    first: usize,
    style: FontStyle,
    used: &BTreeMap<u16, char>,
) {
    let [cid, descriptor, file, to_unicode] = [first + 1, first + 2, first + 3, first + 4];
    let name = base_name(style);
    w.object(
        first,
        &format!(
            "<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H \
             /DescendantFonts [{cid} 0 R] /ToUnicode {to_unicode} 0 R >>"
        ),
    );
    w.object(
        cid,
        &format!(
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} \
             /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> \
             /FontDescriptor {descriptor} 0 R /CIDToGIDMap /Identity /W {} >>",
            widths(style, used)
        ),
    );
    w.object(descriptor, &descriptor_dict(style, file));
    let ttf = font::ttf(style);
    // /Length1 is the decompressed length, required for FontFile2.
    let extra = format!(" /Length1 {}", ttf.len());
    w.stream(file, &extra, font::compressed(style));
    w.stream(
        to_unicode,
        "",
        &deflate(to_unicode_cmap(used).as_bytes(), 6),
    );
}

fn scaled(style: FontStyle, units: i16) -> String {
    num(to_glyph_space(style, i32::from(units)).round())
}

fn descriptor_dict(style: FontStyle, file: usize) -> String {
    let face = font::face(style);
    let bbox = face.global_bounding_box();
    let s = |v: i16| scaled(style, v);
    // StemV is not stored in TrueType fonts; readers only use it to
    // synthesise a substitute font, so a typical value for the weight is fine.
    let (weight, stem_v) = match style {
        FontStyle::Regular => (400, 80),
        FontStyle::Bold => (700, 140),
    };
    format!(
        "<< /Type /FontDescriptor /FontName /{} /Flags 32 /FontWeight {weight} \
         /FontBBox [{} {} {} {}] /ItalicAngle 0 /Ascent {} /Descent {} \
         /CapHeight {} /StemV {stem_v} /FontFile2 {file} 0 R >>",
        base_name(style),
        s(bbox.x_min),
        s(bbox.y_min),
        s(bbox.x_max),
        s(bbox.y_max),
        s(face.ascender()),
        s(face.descender()),
        s(face.capital_height().unwrap_or_else(|| face.ascender())),
    )
}

/// The `/W` array for the glyphs used, grouping consecutive ids into runs:
/// `[first [w w w] first [w] …]`, widths in 1000-per-em glyph space.
fn widths(style: FontStyle, used: &BTreeMap<u16, char>) -> String {
    let mut out = String::from("[");
    let mut previous: Option<u16> = None;
    for &gid in used.keys() {
        let continues = previous.is_some_and(|p| u32::from(p) + 1 == u32::from(gid));
        if !continues {
            if previous.is_some() {
                out.push_str("] ");
            }
            let _ = write!(out, "{gid} [");
        } else {
            out.push(' ');
        }
        let width = to_glyph_space(style, i32::from(advance(style, gid)));
        out.push_str(&num(width));
        previous = Some(gid);
    }
    if previous.is_some() {
        out.push(']');
    }
    out.push(']');
    out
}

/// A ToUnicode CMap mapping each used glyph id to the character drawn with
/// it, so viewers can search, copy and extract the text.
pub(crate) fn to_unicode_cmap(used: &BTreeMap<u16, char>) -> String {
    let mut out = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let entries: Vec<(&u16, &char)> = used.iter().collect();
    // A bfchar section may hold at most 100 entries (PDF 1.7, 9.10.3).
    for chunk in entries.chunks(100) {
        let _ = writeln!(out, "{} beginbfchar", chunk.len());
        for (gid, c) in chunk {
            let _ = write!(out, "<{gid:04X}> <");
            // UTF-16BE: characters beyond the BMP become surrogate pairs.
            for unit in c.encode_utf16(&mut [0; 2]) {
                let _ = write!(out, "{unit:04X}");
            }
            out.push_str(">\n");
        }
        out.push_str("endbfchar\n");
    }
    out.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_group_consecutive_glyphs() {
        let used = BTreeMap::from([(3, ' '), (4, '!'), (10, 'x')]);
        let w = widths(FontStyle::Regular, &used);
        assert!(w.starts_with("[3 ["), "{w}");
        assert_eq!(w.matches('[').count(), 3, "{w}");
        assert_eq!(widths(FontStyle::Regular, &BTreeMap::new()), "[]");
    }

    #[test]
    fn cmap_splits_into_sections_of_100() {
        let used: BTreeMap<u16, char> = (1..=250u16).map(|g| (g, 'a')).collect();
        let cmap = to_unicode_cmap(&used);
        assert_eq!(cmap.matches("100 beginbfchar").count(), 2);
        assert_eq!(cmap.matches("50 beginbfchar").count(), 1);
    }

    #[test]
    fn cmap_encodes_astral_characters_as_surrogates() {
        let cmap = to_unicode_cmap(&BTreeMap::from([(0, '😀')]));
        assert!(cmap.contains("<0000> <D83DDE00>"));
    }
}
