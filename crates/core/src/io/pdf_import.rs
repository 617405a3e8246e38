//! PDF articles: text read with `pdf-extract` (chosen by measurement, see
//! BENCHMARKS.md "PDF intake") as positioned characters, grouped into lines
//! here and laid out into paragraphs with page boundaries by `pdf_layout.rs`.
//! A PDF without a text layer (a scan), an encrypted or damaged one, or one
//! with an absurd page count is refused with the reason.

use std::panic::{AssertUnwindSafe, catch_unwind};

use pdf_extract::{Document, MediaBox, Object, OutputDev, OutputError, Transform};

use super::article_file::{ImportError, article_from_text};
use super::pdf_layout::{PdfLine, PdfPage, layout, title_from_first_line};
use crate::i18n::Message;
use crate::model::{Article, ArticleMeta};

/// More pages than this is not an article (a 10,000-page header is a trap).
pub const MAX_PDF_PAGES: usize = 3_000;
/// Characters the layout keeps at most: the article limit of text files.
const MAX_CHARS: usize = 32 * 1024 * 1024;

/// Called after each page with (pages done, pages in all); returning false
/// cancels the import.
pub type PdfProgress<'a> = &'a mut dyn FnMut(usize, usize) -> bool;

pub fn article_from_pdf(
    bytes: &[u8],
    progress: PdfProgress<'_>,
    notes: &mut Vec<Message>,
) -> Result<Article, ImportError> {
    let unreadable = |why: String| ImportError::Unreadable(why);
    let head = &bytes[..bytes.len().min(1024)];
    if !head.windows(5).any(|w| w == b"%PDF-") {
        return Err(unreadable(
            "this is not a PDF file (it does not start with %PDF-)".into(),
        ));
    }
    // pdf-extract and lopdf panic on some malformed files instead of
    // returning an error; a panic here is a damaged file, not a crash.
    let read = catch_unwind(AssertUnwindSafe(|| read_pages(bytes, progress)));
    let (pages, title, failed) = match read {
        Ok(result) => result?,
        Err(_) => {
            return Err(unreadable(
                "the PDF is damaged: its text could not be read".into(),
            ));
        }
    };
    let lines: usize = pages.iter().map(|p| p.lines.len()).sum();
    if lines == 0 {
        return Err(unreadable(format!(
            "the PDF has no text layer ({} page{} of images only, a scan?): ClaimDesk does not do OCR; run it through an OCR tool (e.g. ocrmypdf) and open the result",
            pages.len(),
            if pages.len() == 1 { "" } else { "s" }
        )));
    }
    let (text, segments, dropped) = layout(&pages);
    if text.chars().count() > MAX_CHARS {
        return Err(ImportError::TooLarge {
            size: text.len() as u64,
        });
    }
    notes.push(if dropped > 0 {
        Message::new("note-pdf-pages-dropped")
            .arg("count", pages.len())
            .arg("dropped", dropped)
    } else {
        Message::new("note-pdf-pages").arg("count", pages.len())
    });
    if failed > 0 {
        notes.push(Message::new("note-pdf-damaged").arg("count", failed));
    }
    let empty_pages = pages.iter().filter(|p| p.lines.is_empty()).count();
    if empty_pages > 0 {
        notes.push(Message::new("note-pdf-empty-pages").arg("count", empty_pages));
    }
    let checked = article_from_text(&text)?;
    // The title the PDF declares, when it is one; else the first line the
    // page shows, when it looks like one; else the caller uses the file name.
    let title = title.filter(|t| is_meaningful_title(t)).or_else(|| {
        let first = title_from_first_line(&pages, &checked.text)?;
        notes.push(Message::new("note-title-first-line"));
        Some(first)
    });
    Ok(Article::new(
        ArticleMeta {
            title: title.unwrap_or_default(),
            ..ArticleMeta::default()
        },
        checked.text,
    )
    .with_segments(segments))
}

/// The pages' lines and the document's title from its Info dictionary.
fn read_pages(
    bytes: &[u8],
    progress: PdfProgress<'_>,
) -> Result<(Vec<PdfPage>, Option<String>, usize), ImportError> {
    let unreadable = |why: String| ImportError::Unreadable(why);
    let mut doc = Document::load_mem(bytes).map_err(|e| {
        unreadable(format!(
            "the PDF is damaged or cut off and could not be read ({e})"
        ))
    })?;
    if doc.is_encrypted() {
        // Many PDFs are "encrypted" only against printing or copying, with
        // an empty password for reading: those open.
        if doc.decrypt("").is_err() {
            return Err(unreadable(
                "the PDF is encrypted with a password: ClaimDesk cannot open it. Save a copy without the password (e.g. print it to PDF) and open that".into(),
            ));
        }
    }
    let pages = doc.get_pages();
    let declared = declared_pages(&doc).unwrap_or(0);
    if declared > MAX_PDF_PAGES as i64 {
        return Err(unreadable(format!(
            "the PDF says it has {declared} pages; ClaimDesk opens PDFs of up to {MAX_PDF_PAGES} pages"
        )));
    }
    if pages.len() > MAX_PDF_PAGES {
        return Err(unreadable(format!(
            "the PDF has {} pages; ClaimDesk opens PDFs of up to {MAX_PDF_PAGES} pages",
            pages.len()
        )));
    }
    if pages.is_empty() {
        return Err(unreadable("the PDF has no pages".into()));
    }
    let title = info_title(&doc);
    let mut out = Collector::new(pages.len(), progress);
    // One pass over the document; if a page breaks it, page by page so one
    // broken content stream does not lose the whole document.
    match pdf_extract::output_doc(&doc, &mut out) {
        Ok(()) => {}
        Err(_) if out.cancelled => return Err(unreadable("the import was cancelled".into())),
        Err(_) => {
            out = Collector::new(pages.len(), out.progress);
            for &number in pages.keys() {
                let ok = pdf_extract::output_doc_page(&doc, &mut out, number).is_ok();
                if out.cancelled {
                    return Err(unreadable("the import was cancelled".into()));
                }
                if !ok {
                    out.failed_pages += 1;
                    out.begin(number);
                    out.finish_page();
                }
            }
        }
    }
    let failed = out.failed_pages;
    Ok((out.pages, title, failed))
}

/// The page count the root of the page tree declares (`/Count`).
fn declared_pages(doc: &Document) -> Option<i64> {
    let root = doc.trailer.get(b"Root").ok()?.as_reference().ok()?;
    let pages = doc
        .get_dictionary(root)
        .ok()?
        .get(b"Pages")
        .ok()?
        .as_reference()
        .ok()?;
    doc.get_dictionary(pages)
        .ok()?
        .get(b"Count")
        .ok()?
        .as_i64()
        .ok()
}

fn info_title(doc: &Document) -> Option<String> {
    let info = doc.trailer.get(b"Info").ok()?;
    let info = match info {
        Object::Reference(id) => doc.get_dictionary(*id).ok()?,
        Object::Dictionary(d) => d,
        _ => return None,
    };
    let title = info.get(b"Title").ok()?;
    let raw = match title {
        Object::String(bytes, _) => bytes,
        _ => return None,
    };
    let text = decode_pdf_string(raw);
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// Whether a PDF's declared Title names the document: not a file name
/// ("report.pdf", "Microsoft Word - draft.docx"), a placeholder ("Untitled",
/// "Document1", "PowerPoint Presentation") or something without words.
fn is_meaningful_title(title: &str) -> bool {
    let t = title.trim();
    let lower = t.to_lowercase();
    let file_like = [
        ".pdf", ".doc", ".docx", ".odt", ".rtf", ".txt", ".tex", ".dvi", ".ps", ".indd", ".pages",
        ".html", ".htm", ".xls", ".xlsx", ".ppt", ".pptx", ".qxp",
    ]
    .iter()
    .any(|ext| lower.ends_with(ext))
        || lower.starts_with("microsoft word - ")
        || lower.starts_with("microsoft powerpoint - ")
        || lower.contains(":\\")
        || (lower.starts_with('/') && !lower.contains(' '));
    let stem =
        lower.trim_end_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '_' || c == ' ');
    let placeholder = [
        "untitled",
        "document",
        "doc",
        "title",
        "no title",
        "powerpoint presentation",
        "slide",
        "presentation",
        "microsoft word",
        "layout",
        "print",
        "scan",
        "img",
        "image",
        "pdf",
        "report",
        "new document",
    ]
    .contains(&stem);
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    !file_like && !placeholder && letters >= 3 && t.chars().count() <= 300
}

/// PDF text strings are UTF-16BE with a byte-order mark, or PDFDocEncoding
/// (close enough to Latin-1 for titles).
fn decode_pdf_string(raw: &[u8]) -> String {
    if let Some(rest) = raw.strip_prefix(&[0xfe, 0xff]) {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        raw.iter().map(|&b| char::from(b)).collect()
    }
}

/// Receives positioned characters and groups them into lines.
struct Collector<'a> {
    pages: Vec<PdfPage>,
    page: PdfPage,
    line: Option<PdfLine>,
    /// Where the last character ended, to tell a space from a kerning gap.
    last_end: f64,
    flip_height: f64,
    total: usize,
    chars: usize,
    failed_pages: usize,
    cancelled: bool,
    progress: PdfProgress<'a>,
}

impl<'a> Collector<'a> {
    fn new(total: usize, progress: PdfProgress<'a>) -> Self {
        Self {
            pages: Vec::with_capacity(total),
            page: PdfPage::default(),
            line: None,
            last_end: 0.0,
            flip_height: 0.0,
            total,
            chars: 0,
            failed_pages: 0,
            cancelled: false,
            progress,
        }
    }

    fn begin(&mut self, number: u32) {
        self.page = PdfPage {
            number,
            ..PdfPage::default()
        };
        self.line = None;
    }

    fn flush_line(&mut self) {
        if let Some(line) = self.line.take()
            && !line.text.trim().is_empty()
        {
            self.page.lines.push(PdfLine {
                text: line.text.split_whitespace().collect::<Vec<_>>().join(" "),
                ..line
            });
        }
    }

    fn finish_page(&mut self) {
        self.flush_line();
        let page = std::mem::take(&mut self.page);
        self.pages.push(page);
    }
}

impl OutputDev for Collector<'_> {
    fn begin_page(
        &mut self,
        page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.begin(page_num);
        self.flip_height = media_box.ury - media_box.lly;
        self.page.width = (media_box.urx - media_box.llx).abs();
        self.page.height = self.flip_height.abs();
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        self.finish_page();
        if (self.progress)(self.pages.len(), self.total) {
            Ok(())
        } else {
            self.cancelled = true;
            Err(OutputError::FormatError(std::fmt::Error))
        }
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        ch: &str,
    ) -> Result<(), OutputError> {
        self.chars += ch.len();
        if self.chars > MAX_CHARS {
            self.cancelled = true;
            return Err(OutputError::FormatError(std::fmt::Error));
        }
        // The text matrix applied to the font size: the glyph's size on the page.
        let (vx, vy) = (
            font_size * trm.m11 + font_size * trm.m21,
            font_size * trm.m12 + font_size * trm.m22,
        );
        let size = (vx * vy).abs().sqrt().max(0.1);
        let x = trm.m31;
        let y = self.flip_height - trm.m32;
        let advance = width * size;
        let text = ch.replace(['\u{0}', '\r', '\n'], "");
        let starts_new = match &self.line {
            None => true,
            Some(l) => (y - l.y).abs() > l.size.max(size) * 0.5 || x < self.last_end - l.size * 1.5,
        };
        if starts_new {
            self.flush_line();
            self.line = Some(PdfLine {
                x0: x,
                x1: x + advance,
                y,
                size,
                text,
            });
        } else if let Some(l) = &mut self.line {
            // A gap of more than a tenth of the size is a space the PDF left out;
            // a gap of several sizes is a column gap in a table row.
            let gap = x - self.last_end;
            if gap > l.size * 2.5 {
                let done = std::mem::take(&mut l.text);
                let piece = PdfLine {
                    x0: x,
                    x1: x + advance,
                    y,
                    size,
                    text,
                };
                let finished = PdfLine {
                    text: done,
                    ..l.clone()
                };
                self.line = Some(finished);
                self.flush_line();
                self.line = Some(piece);
            } else {
                if gap > l.size * 0.1 && !l.text.ends_with(' ') && !text.starts_with(' ') {
                    l.text.push(' ');
                }
                l.text.push_str(&text);
                l.x1 = l.x1.max(x + advance);
                l.size = l.size.max(size);
            }
        }
        self.last_end = x + advance;
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_titles_that_name_nothing_are_not_used() {
        for t in [
            "Untitled",
            "untitled-3",
            "Document1",
            "report.pdf",
            "Microsoft Word - draft v2.docx",
            "C:\\Users\\x\\a",
            "12345",
            "PowerPoint Presentation",
        ] {
            assert!(!is_meaningful_title(t), "{t}");
        }
        for t in [
            "Harbour Authority Annual Report 2025",
            "Budget 2026: the figures",
        ] {
            assert!(is_meaningful_title(t), "{t}");
        }
    }
}
