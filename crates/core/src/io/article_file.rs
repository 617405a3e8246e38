use std::fmt;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::model::{Article, ArticleMeta, text::normalize_newlines};

/// Articles larger than this are refused before they are read whole.
pub(super) const MAX_ARTICLE_BYTES: u64 = 32 * 1024 * 1024;

#[derive(Debug)]
pub enum ImportError {
    Io(PathBuf, std::io::Error),
    TooLarge {
        size: u64,
    },
    Empty,
    Binary,
    /// Kept for callers that match on it; imports now convert legacy encodings instead.
    NotUtf8 {
        line: usize,
    },
    /// A web page in which Readability found no article text.
    NoArticle(String),
    /// A transcript, PDF or Word file that cannot be read as one: the reason.
    Unreadable(String),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io(path, e) => write!(f, "could not read {}: {e}", path.display()),
            Self::TooLarge { size } => write!(
                f,
                "the file is {} MB; articles up to {} MB can be opened",
                size / (1024 * 1024),
                MAX_ARTICLE_BYTES / (1024 * 1024)
            ),
            Self::Empty => write!(f, "the article is empty"),
            Self::Binary => write!(
                f,
                "this looks like a binary file, not text: open a .txt, .md, .html, .pdf, .srt, .vtt or .docx article"
            ),
            Self::NoArticle(why) => write!(f, "no article text was found in the page: {why}"),
            Self::Unreadable(why) => f.write_str(why),
            Self::NotUtf8 { line } => write!(
                f,
                "the text is not UTF-8 (first bad byte on line {line}); save it as UTF-8 and open it again"
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// Reads an article file of any supported kind (text, Markdown, saved web
/// page) without the import notes. Kept so callers written before
/// [`super::import_article`] still work; new code should call that and show its notes.
pub fn read_article(path: &Path) -> Result<Article, ImportError> {
    super::import_article(path).map(|imported| imported.article)
}

/// Reads at most [`MAX_ARTICLE_BYTES`] of `path`, refusing larger files unread.
pub fn read_article_bytes(path: &Path) -> Result<Vec<u8>, ImportError> {
    let io_err = |e| ImportError::Io(path.to_path_buf(), e);
    let file = fs::File::open(path).map_err(io_err)?;
    let size = file.metadata().map_err(io_err)?.len();
    if size > MAX_ARTICLE_BYTES {
        return Err(ImportError::TooLarge { size });
    }
    let mut bytes = Vec::new();
    // `take` guards against a file that grows while it is read.
    file.take(MAX_ARTICLE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_err)?;
    if bytes.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(ImportError::TooLarge {
            size: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

/// Plain-text article bytes, converted from a legacy encoding if need be.
pub fn article_from_bytes(bytes: &[u8]) -> Result<Article, ImportError> {
    let decoded = super::decode::decode_bytes(bytes, None)?;
    article_from_text(&decoded.text)
}

/// An article from text in memory (pasted or read). Line endings become `\n`,
/// a byte-order mark and trailing blank lines are dropped.
pub fn article_from_text(text: &str) -> Result<Article, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = normalize_newlines(text);
    let text = text.trim_end().to_owned();
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\t'))
        .count()
        > text.len() / 100 + 8
    {
        return Err(ImportError::Binary);
    }
    let title = text
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("# "))
        .map(|t| t.trim().to_owned())
        .unwrap_or_default();
    Ok(Article::new(
        ArticleMeta {
            title,
            ..ArticleMeta::default()
        },
        text,
    ))
}
