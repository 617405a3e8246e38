//! One entry point for every kind of article file, returning what was
//! extracted and notes on what was done, so the window can show a preview
//! before anything is replaced.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::article_file::{ImportError, article_from_text, read_article_bytes};
use super::decode::{declared_html_encoding, decode_bytes};
use super::html_fallback::ShortExtraction;
use super::transcript_import::{self, TranscriptKind};
use super::{docx_import, isolate, pdf_import};
use super::{html_import, markdown_import};
use crate::i18n::{Message, Value};
use crate::model::{Article, text::TextIndex};

/// The kinds of article file ClaimDesk reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ArticleFormat {
    Text,
    Markdown,
    Html,
    /// SubRip subtitles (`.srt`).
    SubRip,
    /// WebVTT captions (`.vtt`).
    WebVtt,
    /// A PDF with a text layer; pages are kept as segments.
    Pdf,
    /// A Word document (`.docx`).
    Docx,
}

impl ArticleFormat {
    /// By extension: `.html`/`.htm`/`.xhtml` are web pages, `.md`/`.markdown`
    /// Markdown, anything else text.
    pub fn from_path(path: &Path) -> Self {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "html" | "htm" | "xhtml" | "shtml" => Self::Html,
            "md" | "markdown" | "mdown" | "mkd" => Self::Markdown,
            "srt" => Self::SubRip,
            "vtt" => Self::WebVtt,
            "pdf" => Self::Pdf,
            "docx" => Self::Docx,
            _ => Self::Text,
        }
    }

    /// What the format is called ("web page"), as a message: English
    /// through `to_string`.
    pub fn name(self) -> Message {
        Message::new(match self {
            Self::Text => "article-format-text",
            Self::Markdown => "article-format-markdown",
            Self::Html => "article-format-web-page",
            Self::SubRip => "article-format-subrip",
            Self::WebVtt => "article-format-webvtt",
            Self::Pdf => "article-format-pdf",
            Self::Docx => "article-format-docx",
        })
    }
}

/// An article read from a file, not yet part of any project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportedArticle {
    pub article: Article,
    /// What the file was read as (a text file holding a web page is read as one).
    pub format: ArticleFormat,
    /// What was done or could not be found, for the preview ("Converted
    /// from windows-1252"): messages, worded in the window's language or,
    /// by `claimdesk new`, in English.
    pub notes: Vec<Message>,
    /// A web page whose extraction kept a small part of its text
    /// (`html_fallback.rs`): the user may keep the whole page text instead.
    pub short: Option<ShortExtraction>,
    /// The reader view's own text when the second look extended it
    /// (`html_fallback.rs`), to keep instead. In memory only.
    pub reader_text: Option<String>,
}

impl ImportedArticle {
    /// Keeps the reader view's own text as the article, dropping what the
    /// second look added; `false` when it took none (nothing changes).
    pub fn use_reader_view(&mut self) -> bool {
        let Some(text) = self.reader_text.take() else {
            return false;
        };
        let meta = self.article.meta.clone();
        self.article = Article::new(meta, text);
        self.notes
            .retain(|n| n.id != ShortExtraction::SECOND_LOOK_NOTE);
        true
    }

    /// Keeps the page's whole visible text as the article (`true`) or the
    /// extraction (`false`); nothing happens for an extraction that was not short.
    pub fn use_whole_page(&mut self, whole: bool) {
        let Some(short) = self.short.as_mut() else {
            return;
        };
        if short.whole_page_in_use == whole {
            return;
        }
        let other = std::mem::take(&mut short.other_text);
        let meta = self.article.meta.clone();
        let current = std::mem::replace(&mut self.article, Article::new(meta, other));
        short.other_text = current.text;
        short.whole_page_in_use = whole;
    }

    pub fn char_count(&self) -> usize {
        self.article.text.chars().count()
    }

    /// Non-empty lines of the text: the paragraphs the article view shows.
    pub fn paragraph_count(&self) -> usize {
        self.article
            .text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .count()
    }

    /// Label and value rows describing the import, shared by the window's
    /// preview (in its language) and `claimdesk new` (in English): a label
    /// message, and a value (the file's own text, a number or a message);
    /// empty metadata shows as "(not found)".
    pub fn preview_rows(&self) -> Vec<(Message, Value)> {
        let meta = &self.article.meta;
        let or_missing = |s: &str| {
            if s.trim().is_empty() {
                Message::new("preview-not-found").into()
            } else {
                Value::Text(s.to_owned())
            }
        };
        let row = |id: &'static str, value: Value| (Message::new(id), value);
        let mut rows = vec![
            row("preview-read-as", self.format.name().into()),
            row("preview-title", or_missing(&meta.title)),
            row("preview-outlet", or_missing(&meta.outlet)),
            row("preview-author", or_missing(&meta.author)),
            row("preview-published", or_missing(&meta.date_published)),
            row("preview-url", or_missing(&meta.url)),
            row("preview-characters", self.char_count().into()),
            row("preview-paragraphs", self.paragraph_count().into()),
        ];
        rows.extend(
            self.notes
                .iter()
                .map(|n| row("preview-note", n.clone().into())),
        );
        rows
    }

    /// The first `max_chars` characters of the text, cut at a paragraph end
    /// when one is near, for a preview pane.
    pub fn text_excerpt(&self, max_chars: usize) -> &str {
        let text = &self.article.text;
        let index = TextIndex::new(text);
        if index.total_chars() <= max_chars {
            return text;
        }
        let end = index
            .paragraphs()
            .iter()
            .map(|p| p.char_end)
            .take_while(|&e| e <= max_chars)
            .last()
            .filter(|&e| e >= max_chars / 2)
            .unwrap_or(max_chars);
        index.slice(text, 0, end).unwrap_or(text)
    }
}

/// Reads an article file of any supported kind, chosen by extension. The
/// title falls back to the file name; `date_retrieved` is left for the caller.
pub fn import_article(path: &Path) -> Result<ImportedArticle, ImportError> {
    import_article_with_progress(path, &mut |_, _| true)
}

/// [`import_article`] reporting progress on long files (the pages of a PDF):
/// `progress(done, total)` returns false to cancel.
pub fn import_article_with_progress(
    path: &Path,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<ImportedArticle, ImportError> {
    let bytes = read_article_bytes(path)?;
    let mut imported =
        import_bytes_with_progress(&bytes, ArticleFormat::from_path(path), progress)?;
    if imported.article.meta.title.trim().is_empty() {
        imported.article.meta.title = path
            .file_stem()
            .map(|s| s.to_string_lossy().replace(['-', '_'], " "))
            .unwrap_or_default();
        imported.notes.push(Message::new("note-no-title"));
    }
    Ok(imported)
}

/// Reads article bytes (a dropped file's contents, say) as `format`.
pub fn import_article_bytes(
    bytes: &[u8],
    format: ArticleFormat,
) -> Result<ImportedArticle, ImportError> {
    import_bytes_with_progress(bytes, format, &mut |_, _| true)
}

/// Reads `bytes` as `format`: a PDF or a web page in a child process when
/// the binary registered one (`isolate.rs`), anything else here.
fn import_bytes_with_progress(
    bytes: &[u8],
    format: ArticleFormat,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<ImportedArticle, ImportError> {
    let read_as = match sniff(bytes) {
        Some(found) => found,
        None if format == ArticleFormat::Text && looks_like_html(bytes) => ArticleFormat::Html,
        None => format,
    };
    match isolate::isolated(read_as) {
        Some(worker) => isolate::read_in_child(worker, bytes, format, progress),
        None => import_bytes_here(bytes, format, progress),
    }
}

/// [`import_bytes_with_progress`] in this process.
pub(super) fn import_bytes_here(
    bytes: &[u8],
    format: ArticleFormat,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<ImportedArticle, ImportError> {
    let sniffed = sniff(bytes);
    let mut notes = Vec::new();
    let format = match sniffed {
        Some(found) if found != format => {
            notes.push(read_as(found));
            found
        }
        _ => format,
    };
    // Binary formats are read from the bytes, before any text decoding.
    let binary = match format {
        ArticleFormat::Pdf => Some(pdf_import::article_from_pdf(bytes, progress, &mut notes)?),
        ArticleFormat::Docx => Some(docx_import::article_from_docx(bytes, &mut notes)?),
        _ => None,
    };
    if let Some(article) = binary {
        return Ok(ImportedArticle {
            article,
            format,
            notes,
            short: None,
            reader_text: None,
        });
    }
    let declared = match format {
        ArticleFormat::Html => declared_html_encoding(bytes),
        ArticleFormat::Text if looks_like_html(bytes) => declared_html_encoding(bytes),
        _ => None,
    };
    let decoded = decode_bytes(bytes, declared)?;
    notes.extend(decoded.note);
    let text = decoded
        .text
        .strip_prefix('\u{feff}')
        .unwrap_or(&decoded.text);
    let mut short = None;
    let mut reader_text = None;
    let mut from_html = |text: &str, notes: &mut Vec<Message>| {
        html_import::article_from_html(text, notes).map(|page| {
            short = page.short;
            reader_text = page.reader_text;
            page.article
        })
    };
    let (article, format) = match format {
        ArticleFormat::Html => (from_html(text, &mut notes)?, format),
        ArticleFormat::Markdown => (
            markdown_import::article_from_markdown(text, &mut notes)?,
            format,
        ),
        ArticleFormat::Text if looks_like_html(text.as_bytes()) => {
            notes.push(read_as(ArticleFormat::Html));
            (from_html(text, &mut notes)?, ArticleFormat::Html)
        }
        ArticleFormat::Text => (article_from_text(text)?, format),
        ArticleFormat::SubRip => (
            transcript_import::article_from_transcript(text, TranscriptKind::SubRip, &mut notes)?,
            format,
        ),
        ArticleFormat::WebVtt => (
            transcript_import::article_from_transcript(text, TranscriptKind::WebVtt, &mut notes)?,
            format,
        ),
        // Read above from the bytes.
        ArticleFormat::Pdf | ArticleFormat::Docx => return Err(ImportError::Binary),
    };
    Ok(ImportedArticle {
        article,
        format,
        notes,
        short,
        reader_text,
    })
}

/// "The file holds a PDF: it was read as one".
fn read_as(format: ArticleFormat) -> Message {
    Message::new(match format {
        ArticleFormat::Pdf => "note-read-as-pdf",
        ArticleFormat::Docx => "note-read-as-docx",
        _ => "note-read-as-web-page",
    })
}

/// Binary formats known by their first bytes, whatever the extension says.
fn sniff(bytes: &[u8]) -> Option<ArticleFormat> {
    if bytes.starts_with(b"%PDF-") {
        Some(ArticleFormat::Pdf)
    } else if bytes.starts_with(b"PK\x03\x04") {
        Some(ArticleFormat::Docx)
    } else {
        None
    }
}

/// A saved page without an .html extension still starts like one.
fn looks_like_html(bytes: &[u8]) -> bool {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let head = &bytes[start..bytes.len().min(start + 15)];
    let head = head.to_ascii_lowercase();
    head.starts_with(b"<!doctype html") || head.starts_with(b"<html")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_follow_the_extension() {
        assert_eq!(
            ArticleFormat::from_path(Path::new("a/Page.HTM")),
            ArticleFormat::Html
        );
        assert_eq!(
            ArticleFormat::from_path(Path::new("notes.markdown")),
            ArticleFormat::Markdown
        );
        assert_eq!(
            ArticleFormat::from_path(Path::new("article")),
            ArticleFormat::Text
        );
    }

    #[test]
    fn latin1_text_is_converted_not_refused() {
        let imported = import_article_bytes(
            b"Caf\xe9 cr\xe8me, na\xefve \xe0 la fa\xe7on.",
            ArticleFormat::Text,
        )
        .unwrap();
        assert_eq!(imported.article.text, "Café crème, naïve à la façon.");
        assert_eq!(imported.notes[0].to_string(), "Converted from windows-1252");
        assert_eq!(imported.notes.len(), 1);
    }

    #[test]
    fn excerpt_stops_at_a_paragraph_end() {
        let imported = import_article_bytes(
            "First paragraph here.\nSecond paragraph is longer than that.".as_bytes(),
            ArticleFormat::Text,
        )
        .unwrap();
        assert_eq!(imported.text_excerpt(30), "First paragraph here.");
        assert_eq!(imported.text_excerpt(1000), imported.article.text);
    }
}
