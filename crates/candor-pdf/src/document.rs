//! A whole document: its pages, and the file structure written around them.

use std::fmt::Write as _;

use crate::embed::{OBJECTS_PER_FONT, write_font};
use crate::font::{STYLES, style_index};
use crate::page::{Page, UsedGlyphs, resource_name};
use crate::writer::{PdfWriter, deflate, num, text_string};

/// Fixed object ids; fonts and pages follow.
const CATALOG: usize = 1;
const PAGES: usize = 2;
const INFO: usize = 3;
const FIRST_FONT: usize = 4;

/// A PDF document of A4 portrait pages, built in memory and written by
/// [`Document::finish`].
#[derive(Debug)]
pub struct Document {
    title: String,
    pages: Vec<Page>,
}

impl Document {
    /// Starts an empty document whose `/Info` title (shown by viewers in
    /// place of the file name) is `title`.
    pub fn new(title: &str) -> Self {
        Self {
            title: title.to_owned(),
            pages: Vec::new(),
        }
    }

    /// Adds a new page at the end and returns it for drawing.
    pub fn page(&mut self) -> &mut Page {
        let index = self.pages.len();
        self.pages.push(Page::new());
        &mut self.pages[index]
    }

    /// The last page added (a first one is added if there is none yet), for
    /// layouts that keep writing where they are.
    pub fn current(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Writes the document as PDF 1.7 bytes. The same calls always produce
    /// the same bytes. A document without pages gets one blank page, since
    /// readers reject an empty page tree.
    pub fn finish(mut self) -> Vec<u8> {
        if self.pages.is_empty() {
            self.pages.push(Page::new());
        }
        let used = merge_used(&self.pages);
        let styles: Vec<_> = STYLES
            .into_iter()
            .filter(|&s| !used[style_index(s)].is_empty())
            .collect();
        let first_page = FIRST_FONT + OBJECTS_PER_FONT * styles.len();
        // Each page is a page object followed by its content stream.
        let page_ids: Vec<usize> = (0..self.pages.len()).map(|i| first_page + 2 * i).collect();

        let mut w = PdfWriter::new();
        w.object(
            CATALOG,
            &format!(
                "<< /Type /Catalog /Pages {PAGES} 0 R \
                 /ViewerPreferences << /DisplayDocTitle true >> >>"
            ),
        );
        w.object(PAGES, &pages_dict(&page_ids));
        w.object(
            INFO,
            &format!(
                "<< /Title {} /Producer (Candor) >>",
                text_string(&self.title)
            ),
        );
        let mut fonts = String::new();
        for (i, &style) in styles.iter().enumerate() {
            let id = FIRST_FONT + OBJECTS_PER_FONT * i;
            write_font(&mut w, id, style, &used[style_index(style)]);
            let _ = write!(fonts, "/{} {id} 0 R ", resource_name(style));
        }
        let resources = format!("<< /Font << {fonts}>> >>");
        for (page, &id) in self.pages.iter().zip(&page_ids) {
            w.object(id, &page_dict(id + 1, &resources));
            w.stream(id + 1, "", &deflate(page.content().as_bytes(), 6));
        }
        w.finish(CATALOG, INFO)
    }
}

/// Glyphs used anywhere, merged in page order so that for a glyph shared by
/// several characters the first one drawn in the document wins.
fn merge_used(pages: &[Page]) -> UsedGlyphs {
    let mut all = UsedGlyphs::default();
    for page in pages {
        for (into, from) in all.iter_mut().zip(page.used()) {
            for (&gid, &c) in from {
                into.entry(gid).or_insert(c);
            }
        }
    }
    all
}

fn pages_dict(page_ids: &[usize]) -> String {
    let kids: Vec<String> = page_ids.iter().map(|id| format!("{id} 0 R")).collect();
    format!(
        "<< /Type /Pages /Kids [{}] /Count {} >>",
        kids.join(" "),
        page_ids.len()
    )
}

fn page_dict(content: usize, resources: &str) -> String {
    format!(
        "<< /Type /Page /Parent {PAGES} 0 R /MediaBox [0 0 {} {}] \
         /Resources {resources} /Contents {content} 0 R >>",
        num(Page::WIDTH),
        num(Page::HEIGHT),
    )
}
