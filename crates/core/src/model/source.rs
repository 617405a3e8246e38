use serde::{Deserialize, Serialize};

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct SourceId(pub u64);

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Reliability {
    Credible,
    Mixed,
    NotCredible,
    #[default]
    Unknown,
}

impl Reliability {
    pub const ALL: [Self; 4] = [
        Self::Credible,
        Self::Mixed,
        Self::NotCredible,
        Self::Unknown,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Credible => "Credible",
            Self::Mixed => "Mixed",
            Self::NotCredible => "Not credible",
            Self::Unknown => "Unknown",
        }
    }
}

/// A piece of evidence, shared by every claim that cites it. It has its own
/// field for an archived copy, which citation managers lack.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Source {
    pub id: SourceId,
    pub title: String,
    pub url: String,
    pub publisher: String,
    pub author: String,
    pub date_published: String,
    pub date_accessed: String,
    pub archive_url: String,
    /// When the archived copy was captured (`YYYY-MM-DD`), when known.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub archived_on: String,
    pub reliability: Reliability,
    pub notes: String,
    /// Local copies of the source, oldest first (format version 4).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub snapshots: Vec<super::Snapshot>,
}

impl Source {
    /// Whether a reader can still see what the checker saw: an archived
    /// copy on the web or a snapshot kept with the project.
    pub fn has_copy(&self) -> bool {
        !self.archive_url.trim().is_empty() || !self.snapshots.is_empty()
    }

    pub fn snapshot(&self, sha256: &str) -> Option<&super::Snapshot> {
        self.snapshots.iter().find(|s| s.sha256 == sha256)
    }
}

/// Only http and https links are opened or exported as links: anything else
/// (`javascript:`, `file:`) could run or reveal something on a reader's machine.
pub fn is_web_url(url: &str) -> bool {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return false;
    };
    !rest.is_empty() && !rest.starts_with('/') && !url.chars().any(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::is_web_url;

    #[test]
    fn only_http_and_https_are_web_urls() {
        assert!(is_web_url("https://en.wikipedia.org/wiki/Akasaka_Palace"));
        assert!(is_web_url("HTTP://example.org"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url("file:///etc/passwd"));
        assert!(!is_web_url("https://"));
        assert!(!is_web_url("https:///path"));
        assert!(!is_web_url("https://a b"));
        assert!(!is_web_url(""));
    }
}
