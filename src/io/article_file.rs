use std::fmt;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::model::{Article, ArticleMeta, text::normalize_newlines};

/// Articles larger than this are refused before they are read whole.
const MAX_ARTICLE_BYTES: u64 = 32 * 1024 * 1024;

#[derive(Debug)]
pub enum ImportError {
    Io(PathBuf, std::io::Error),
    TooLarge { size: u64 },
    Empty,
    Binary,
    NotUtf8 { line: usize },
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
                "this looks like a binary file, not text: open a .txt or .md article"
            ),
            Self::NotUtf8 { line } => write!(
                f,
                "the text is not UTF-8 (first bad byte on line {line}); save it as UTF-8 and open it again"
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// Reads a .txt or .md article. The title is taken from a leading Markdown
/// heading or else the file name; the user can edit it afterwards.
pub fn read_article(path: &Path) -> Result<Article, ImportError> {
    let io_err = |e| ImportError::Io(path.to_path_buf(), e);
    let file = fs::File::open(path).map_err(io_err)?;
    let size = file.metadata().map_err(io_err)?.len();
    if size > MAX_ARTICLE_BYTES {
        return Err(ImportError::TooLarge { size });
    }
    let mut bytes = Vec::new();
    file.take(MAX_ARTICLE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_err)?;
    let mut article = article_from_bytes(&bytes)?;
    if article.meta.title.is_empty() {
        article.meta.title = path
            .file_stem()
            .map(|s| s.to_string_lossy().replace(['-', '_'], " "))
            .unwrap_or_default();
    }
    Ok(article)
}

pub fn article_from_bytes(bytes: &[u8]) -> Result<Article, ImportError> {
    if bytes.contains(&0) {
        return Err(ImportError::Binary);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ImportError::NotUtf8 {
        line: bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1,
    })?;
    article_from_text(text)
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
