//! Storing, reading and copying snapshot files. A snapshot is stored under
//! its own hash, so two people (or two sources) adding the same page share
//! one copy, and a file that no longer hashes to its name is caught.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::i18n::Message;
use crate::io::{ArticleFormat, ImportError, SaveError, import_article_bytes};
use crate::model::{ArticleMeta, Project, Snapshot};

#[derive(Debug)]
pub enum EvidenceError {
    /// Snapshots live beside the project file, so it needs one first.
    Unsaved,
    /// The file was refused by the article intake (binary, too large, no text).
    Refused(PathBuf, ImportError),
    Io(PathBuf, std::io::Error),
    Save(SaveError),
    Missing(PathBuf),
    /// The stored file's bytes no longer hash to its name.
    Altered(PathBuf),
    /// The project names a snapshot file that is not a hash (edited by hand?).
    BadName(String),
    /// The evidence folder is a link to somewhere else.
    LinkedFolder(PathBuf),
}

impl EvidenceError {
    /// The error as a message (`errors-evidence.ftl`) for the window to
    /// word; what the operating system said stays as it said it.
    pub fn words(&self) -> Message {
        let path = |p: &Path| p.display().to_string();
        match self {
            Self::Unsaved => Message::new("evidence-error-unsaved"),
            Self::Refused(p, e) => Message::new("evidence-error-refused")
                .arg("path", path(p))
                .arg("detail", e.words()),
            Self::Io(p, e) => Message::new("evidence-error-io")
                .arg("path", path(p))
                .arg("detail", e.to_string()),
            Self::Save(e) => e.words(),
            Self::Missing(p) => Message::new("evidence-error-missing").arg("path", path(p)),
            Self::BadName(name) => {
                Message::new("evidence-error-bad-name").arg("name", name.as_str())
            }
            Self::LinkedFolder(p) => {
                Message::new("evidence-error-linked-folder").arg("path", path(p))
            }
            Self::Altered(p) => Message::new("evidence-error-altered").arg("path", path(p)),
        }
    }
}

impl fmt::Display for EvidenceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.words().fmt(f)
    }
}

impl std::error::Error for EvidenceError {}

/// A file read, hashed and checked, ready to be stored: the slow part of
/// attaching (reading and extracting a large page), done off the UI thread.
#[derive(Clone, Debug)]
pub struct PreparedSnapshot {
    pub snapshot: Snapshot,
    pub bytes: Vec<u8>,
    /// The readable text, as the source viewer shows it.
    pub text: String,
    /// What the page says about itself (title, site, author, date, URL).
    pub meta: ArticleMeta,
}

/// `NAME.evidence` beside `NAME.ron`.
pub fn evidence_dir(project_path: &Path) -> PathBuf {
    let stem = project_path
        .file_stem()
        .map(|s| s.to_os_string())
        .unwrap_or_default();
    let mut name = stem;
    name.push(".evidence");
    project_path.with_file_name(name)
}

/// Where the snapshot's file is; refused when the project names it with
/// anything but a hash, or when the evidence folder is a link elsewhere.
pub fn snapshot_path(project_path: &Path, snapshot: &Snapshot) -> Result<PathBuf, EvidenceError> {
    if !snapshot.has_plain_name() {
        return Err(EvidenceError::BadName(snapshot.stored_name()));
    }
    Ok(real_evidence_dir(project_path)?.join(snapshot.stored_name()))
}

/// The evidence folder, unless it is a symbolic link (to anywhere: a link
/// would let snapshots be read from or written to outside the project).
fn real_evidence_dir(project_path: &Path) -> Result<PathBuf, EvidenceError> {
    let dir = evidence_dir(project_path);
    match fs::symlink_metadata(&dir) {
        Ok(meta) if meta.file_type().is_symlink() => Err(EvidenceError::LinkedFolder(dir)),
        _ => Ok(dir),
    }
}

fn ext_of(format: ArticleFormat) -> &'static str {
    match format {
        ArticleFormat::Html => "html",
        ArticleFormat::Markdown => "md",
        ArticleFormat::Text => "txt",
        ArticleFormat::SubRip => "srt",
        ArticleFormat::WebVtt => "vtt",
        ArticleFormat::Pdf => "pdf",
        ArticleFormat::Docx => "docx",
    }
}

fn format_of(ext: &str) -> ArticleFormat {
    match ext {
        "html" => ArticleFormat::Html,
        "md" => ArticleFormat::Markdown,
        "srt" => ArticleFormat::SubRip,
        "vtt" => ArticleFormat::WebVtt,
        "pdf" => ArticleFormat::Pdf,
        "docx" => ArticleFormat::Docx,
        _ => ArticleFormat::Text,
    }
}

fn sha256_bytes(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Reads `file` (refusing it unread past the article size limit), checks it
/// is a readable text, Markdown or web page, and hashes it.
pub fn prepare_file(file: &Path, captured: &str) -> Result<PreparedSnapshot, EvidenceError> {
    let bytes = crate::io::read_limited_article_bytes(file)
        .map_err(|e| EvidenceError::Refused(file.to_path_buf(), e))?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    prepare_bytes(bytes, ArticleFormat::from_path(file), &name, captured)
        .map_err(|e| EvidenceError::Refused(file.to_path_buf(), e))
}

/// [`prepare_file`] for bytes already read (a dropped file's contents).
pub fn prepare_bytes(
    bytes: Vec<u8>,
    format: ArticleFormat,
    file_name: &str,
    captured: &str,
) -> Result<PreparedSnapshot, ImportError> {
    let imported = import_article_bytes(&bytes, format)?;
    let snapshot = Snapshot {
        sha256: sha256_bytes(&bytes),
        ext: ext_of(imported.format).to_owned(),
        captured: captured.to_owned(),
        file_name: file_name.to_owned(),
        bytes: bytes.len() as u64,
    };
    Ok(PreparedSnapshot {
        snapshot,
        bytes,
        text: imported.article.text,
        meta: imported.article.meta,
    })
}

/// Writes the snapshot into the evidence folder (creating it), through a
/// temporary file and a rename. A good copy already there is kept as is.
pub fn store_prepared(
    project_path: &Path,
    prepared: &PreparedSnapshot,
) -> Result<(), EvidenceError> {
    let dir = real_evidence_dir(project_path)?;
    fs::create_dir_all(&dir).map_err(|e| EvidenceError::Io(dir.clone(), e))?;
    let path = snapshot_path(project_path, &prepared.snapshot)?;
    if let Ok(existing) = fs::read(&path)
        && sha256_bytes(&existing) == prepared.snapshot.sha256
    {
        return Ok(());
    }
    crate::io::write_atomically(&path, &prepared.bytes, false).map_err(EvidenceError::Save)
}

/// Prepares and stores `file` for the project at `project_path`.
pub fn attach_file(
    project_path: &Path,
    file: &Path,
    captured: &str,
) -> Result<PreparedSnapshot, EvidenceError> {
    let prepared = prepare_file(file, captured)?;
    store_prepared(project_path, &prepared)?;
    Ok(prepared)
}

/// The stored bytes, checked against the snapshot's hash.
pub(super) fn read_verified(
    project_path: &Path,
    snapshot: &Snapshot,
) -> Result<Vec<u8>, EvidenceError> {
    let path = snapshot_path(project_path, snapshot)?;
    let bytes = match crate::io::read_limited_article_bytes(&path) {
        Ok(b) => b,
        Err(ImportError::Io(_, e)) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(EvidenceError::Missing(path));
        }
        Err(e) => return Err(EvidenceError::Refused(path, e)),
    };
    if sha256_bytes(&bytes) != snapshot.sha256 {
        return Err(EvidenceError::Altered(path));
    }
    Ok(bytes)
}

/// A snapshot's readable text (Readability for pages), as when it was attached.
pub fn read_snapshot_text(
    project_path: &Path,
    snapshot: &Snapshot,
) -> Result<String, EvidenceError> {
    let bytes = read_verified(project_path, snapshot)?;
    let path = snapshot_path(project_path, snapshot)?;
    import_article_bytes(&bytes, format_of(&snapshot.ext))
        .map(|i| i.article.text)
        .map_err(|e| EvidenceError::Refused(path, e))
}

/// Copies every snapshot file the project refers to from `from`'s evidence
/// folder to `to`'s (Save as…). Files missing at the source are skipped,
/// not invented; returns how many were copied.
pub fn copy_evidence(project: &Project, from: &Path, to: &Path) -> Result<usize, EvidenceError> {
    let (src, dst) = (real_evidence_dir(from)?, real_evidence_dir(to)?);
    if src == dst {
        return Ok(0);
    }
    let mut copied = 0;
    for snapshot in project.sources.iter().flat_map(|s| &s.snapshots) {
        if !snapshot.has_plain_name() {
            continue;
        }
        let from_file = src.join(snapshot.stored_name());
        let to_file = dst.join(snapshot.stored_name());
        if !from_file.is_file() || to_file.is_file() {
            continue;
        }
        fs::create_dir_all(&dst).map_err(|e| EvidenceError::Io(dst.clone(), e))?;
        let bytes = fs::read(&from_file).map_err(|e| EvidenceError::Io(from_file.clone(), e))?;
        crate::io::write_atomically(&to_file, &bytes, false).map_err(EvidenceError::Save)?;
        copied += 1;
    }
    Ok(copied)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_folder_is_named_after_the_project() {
        assert_eq!(
            evidence_dir(Path::new("/a/check.ron")),
            PathBuf::from("/a/check.evidence")
        );
    }
}
