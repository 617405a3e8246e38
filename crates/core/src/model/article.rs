use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::segment::{Location, Segment, location_of};

/// Where the article came from. Dates are ISO 8601 (`YYYY-MM-DD`) strings so
/// that a partial or unknown date can still be written down as the user knows it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ArticleMeta {
    pub title: String,
    pub outlet: String,
    pub author: String,
    pub url: String,
    pub date_published: String,
    pub date_retrieved: String,
}

/// The article under review: its metadata, the text exactly as checked, and
/// the text's SHA-256 so a later change to the text can be noticed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    #[serde(default)]
    pub meta: ArticleMeta,
    pub sha256: String,
    pub text: String,
    /// Pages of a PDF or time codes of a transcript, by character offset
    /// (format 5); empty for text, Markdown and web pages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub segments: Vec<Segment>,
}

impl Article {
    pub fn new(meta: ArticleMeta, text: String) -> Self {
        Self {
            meta,
            sha256: sha256_hex(&text),
            text,
            segments: Vec::new(),
        }
    }

    /// The article with its pages or time codes, less any that start past
    /// the end of the text (the shared intake checks may trim its end).
    pub fn with_segments(mut self, segments: Vec<Segment>) -> Self {
        let total = self.text.chars().count();
        self.segments = segments
            .into_iter()
            .filter(|s| s.start_char < total.max(1))
            .collect();
        self
    }

    /// Where the characters `start..end` sit in the source: page, time, speaker.
    pub fn location(&self, start: usize, end: usize) -> Location {
        location_of(&self.segments, start, end)
    }
}

/// A text the article had before it was replaced by a corrected version,
/// kept so a report can say the article changed after it was checked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ArticleVersion {
    pub meta: ArticleMeta,
    pub sha256: String,
    pub text: String,
    /// The day (`YYYY-MM-DD`) this version was replaced.
    pub replaced_on: String,
}

impl ArticleVersion {
    /// The version `article` becomes when it is replaced on `date`.
    pub fn of(article: Article, date: &str) -> Self {
        Self {
            meta: article.meta,
            sha256: article.sha256,
            text: article.text,
            replaced_on: date.to_owned(),
        }
    }
}

pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
