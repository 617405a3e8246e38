//! Adding and removing files: projects, ClaimReview data, TSV lists, and
//! folders searched recursively. Re-adding a changed file replaces its
//! entries; an unchanged one (same SHA-256) is left as it is.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use sha2::{Digest, Sha256};

use super::Library;
use super::entry::{Entry, project_entries};
use super::feeds::{claimreview_entries, tsv_entries};
use super::index;
use super::manifest::{AddedFile, FileFormat};
use crate::i18n::Message;

/// Larger files are refused before they are read, as projects are.
const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// How `add` reads the files it is given.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AddFormat {
    /// By extension: `.ron` projects, `.json`/`.jsonld` ClaimReview data,
    /// `.html`/`.htm` pages with ClaimReview JSON-LD, `.tsv` lists.
    #[default]
    Auto,
    /// Every file is an `id<TAB>claim<TAB>title` list.
    Tsv,
}

/// What happened to one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Added(usize),
    Updated(usize),
    Unchanged(usize),
    /// Read, but nothing to add (why: a message of `errors-library.ftl`).
    Skipped(Message),
    /// Could not be read (why): `library add` exits 1.
    Failed(Message),
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AddReport {
    pub files: Vec<(PathBuf, Outcome)>,
    /// Files in the folders given that are of no kind the library reads.
    pub ignored: usize,
    /// Adding was stopped before every file was read; those read are kept.
    pub stopped: bool,
}

impl AddReport {
    pub fn failed(&self) -> bool {
        self.files
            .iter()
            .any(|(_, o)| matches!(o, Outcome::Failed(_)))
    }

    pub fn entries_added(&self) -> usize {
        self.files
            .iter()
            .map(|(_, o)| match o {
                Outcome::Added(n) | Outcome::Updated(n) => *n,
                _ => 0,
            })
            .sum()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RemoveReport {
    pub removed: Vec<(String, usize)>,
    pub not_found: Vec<PathBuf>,
}

pub(super) struct Read {
    pub entries: Vec<Entry>,
    pub sha256: String,
    pub modified: u64,
    pub note: Option<Message>,
}

impl Read {
    pub fn record(&self, path: &str, format: FileFormat) -> AddedFile {
        AddedFile {
            path: path.to_owned(),
            format,
            sha256: self.sha256.clone(),
            modified: self.modified,
            entries: self.entries.len(),
        }
    }
}

fn format_of(path: &Path, wanted: AddFormat) -> Option<FileFormat> {
    if wanted == AddFormat::Tsv {
        return Some(FileFormat::Tsv);
    }
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "ron" => Some(FileFormat::Project),
        "json" | "jsonld" | "html" | "htm" => Some(FileFormat::ClaimReview),
        "tsv" => Some(FileFormat::Tsv),
        _ => None,
    }
}

/// Reads and parses one file.
pub(super) fn read_entries(path: &Path, format: FileFormat) -> Result<Read, Message> {
    // Links are followed, then the file checked: a pipe or a device would block or never end.
    let meta = std::fs::metadata(path).map_err(as_said)?;
    if !meta.is_file() {
        return Err(Message::new(NOT_A_FILE));
    }
    let too_large = || Message::new("library-why-too-large").arg("limit", MAX_FILE_BYTES >> 20);
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large());
    }
    // Capped as it is read too: the file may grow after it was looked at.
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(as_said)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large());
    }
    let sha256 = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let modified = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs());
    let origin = path.to_string_lossy();
    let text = || std::str::from_utf8(&bytes).map_err(|_| Message::new("library-why-not-utf8"));
    let (entries, note) = match format {
        FileFormat::Project => {
            let project = crate::io::parse_project(&bytes).map_err(as_said)?;
            (project_entries(&project, &origin), None)
        }
        FileFormat::ClaimReview => (
            claimreview_entries(text()?, &origin).map_err(as_said)?,
            None,
        ),
        FileFormat::Tsv => {
            let (entries, skipped) = tsv_entries(text()?, &origin);
            let note = (skipped > 0)
                .then(|| Message::new("library-why-lines-skipped").arg("count", skipped));
            (entries, note)
        }
    };
    Ok(Read {
        entries,
        sha256,
        modified,
        note,
    })
}

/// Why a path that is not a regular file is not read.
const NOT_A_FILE: &str = "library-why-not-a-file";

/// A reason as a reader or the operating system gave it.
fn as_said(e: impl std::fmt::Display) -> Message {
    Message::new("library-why-as-said").arg("detail", e.to_string())
}
/// How deep `library add` looks into folders.
const MAX_DEPTH: usize = 64;

/// Files under `path` (itself when it is a file), in name order; folders
/// deeper than [`MAX_DEPTH`] go to `too_deep`, unsearched.
fn walk(path: &Path, out: &mut Vec<PathBuf>, too_deep: &mut Vec<PathBuf>, depth: usize) {
    if depth > MAX_DEPTH {
        too_deep.push(path.to_path_buf());
        return;
    }
    if path.is_dir() {
        let Ok(read) = std::fs::read_dir(path) else {
            out.push(path.to_path_buf());
            return;
        };
        let mut children: Vec<PathBuf> = read.filter_map(Result::ok).map(|e| e.path()).collect();
        children.sort();
        for child in children {
            let hidden = child
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            if !hidden {
                walk(&child, out, too_deep, depth + 1);
            }
        }
    } else {
        out.push(path.to_path_buf());
    }
}

impl Library {
    /// Adds files and folders (searched recursively) in one commit.
    pub fn add_paths(&mut self, paths: &[PathBuf], wanted: AddFormat) -> Result<AddReport, String> {
        self.add_paths_with_progress(paths, wanted, &mut |_, _| true)
    }

    /// [`Library::add_paths`] reporting `progress(files done, files in all)`
    /// as it goes (the files found in the folders given, counted first);
    /// returning false stops after the file being read, and what was added
    /// until then is kept (`AddReport::stopped`).
    pub fn add_paths_with_progress(
        &mut self,
        paths: &[PathBuf],
        wanted: AddFormat,
        progress: &mut dyn FnMut(usize, usize) -> bool,
    ) -> Result<AddReport, String> {
        let mut report = AddReport::default();
        let mut writer = index::writer(&self.index).map_err(|e| e.to_string())?;
        let mut walked = Vec::with_capacity(paths.len());
        for given in paths {
            let (mut found, mut too_deep) = (Vec::new(), Vec::new());
            if given.exists() {
                walk(given, &mut found, &mut too_deep, 0);
            }
            walked.push((given, found, too_deep));
        }
        let total: usize = walked.iter().map(|(_, found, _)| found.len()).sum();
        let mut done = 0;
        'given: for (given, found, too_deep) in walked {
            if !given.exists() {
                report.files.push((
                    given.clone(),
                    Outcome::Failed(Message::new("library-why-no-such-file")),
                ));
                continue;
            }
            for folder in too_deep {
                report.files.push((
                    folder,
                    Outcome::Skipped(Message::new("library-why-too-deep").arg("depth", MAX_DEPTH)),
                ));
            }
            let explicit = !given.is_dir();
            for file in found {
                if !progress(done, total) {
                    report.stopped = true;
                    break 'given;
                }
                done += 1;
                // Inside a folder a pipe or a device is passed over, and named.
                if !explicit && std::fs::metadata(&file).is_ok_and(|m| !m.is_file()) {
                    if format_of(&file, wanted).is_some() {
                        report
                            .files
                            .push((file, Outcome::Skipped(Message::new(NOT_A_FILE))));
                    } else {
                        report.ignored += 1;
                    }
                    continue;
                }
                let Some(format) = format_of(&file, wanted) else {
                    if explicit {
                        report.files.push((
                            file,
                            Outcome::Failed(Message::new("library-why-unknown-kind")),
                        ));
                    } else {
                        report.ignored += 1;
                    }
                    continue;
                };
                let outcome = self.add_file(&writer, &file, format);
                report.files.push((file, outcome));
            }
        }
        progress(done, total);
        writer.commit().map_err(|e| e.to_string())?;
        self.reader.reload().map_err(|e| e.to_string())?;
        self.save_manifest()?;
        Ok(report)
    }

    fn add_file(
        &mut self,
        writer: &tantivy::IndexWriter,
        file: &Path,
        format: FileFormat,
    ) -> Outcome {
        let absolute = match std::fs::canonicalize(file) {
            Ok(p) => p,
            Err(e) => return Outcome::Failed(as_said(e)),
        };
        let origin = absolute.to_string_lossy().into_owned();
        let read = match read_entries(&absolute, format) {
            Ok(read) => read,
            Err(e) => return Outcome::Failed(e),
        };
        let previous = self.manifest.file(&origin).cloned();
        if let Some(old) = &previous
            && old.sha256 == read.sha256
            && old.format == format
        {
            return Outcome::Unchanged(old.entries);
        }
        if read.entries.is_empty() {
            let why = read.note.clone().unwrap_or_else(|| match format {
                FileFormat::Project => Message::new("library-why-no-claims"),
                FileFormat::ClaimReview => Message::new("library-why-no-claimreview"),
                FileFormat::Tsv => Message::new("library-why-no-lines"),
            });
            if previous.is_some() {
                index::delete_origin(writer, &self.fields, &origin);
                self.manifest.files.retain(|f| f.path != origin);
            }
            return Outcome::Skipped(why);
        }
        index::delete_origin(writer, &self.fields, &origin);
        for e in &read.entries {
            if let Err(e) = writer.add_document(index::document(&self.fields, e)) {
                return Outcome::Failed(as_said(e));
            }
        }
        self.manifest.upsert(read.record(&origin, format));
        if previous.is_some() {
            Outcome::Updated(read.entries.len())
        } else {
            Outcome::Added(read.entries.len())
        }
    }

    /// Removes the entries of files (or of every file under a folder).
    pub fn remove_paths(&mut self, paths: &[PathBuf]) -> Result<RemoveReport, String> {
        let mut report = RemoveReport::default();
        let writer = index::writer(&self.index).map_err(|e| e.to_string())?;
        for given in paths {
            let absolute = std::fs::canonicalize(given)
                .or_else(|_| std::path::absolute(given))
                .unwrap_or_else(|_| given.clone());
            let matching: Vec<AddedFile> = self
                .manifest
                .files
                .iter()
                .filter(|f| Path::new(&f.path).starts_with(&absolute))
                .cloned()
                .collect();
            if matching.is_empty() {
                report.not_found.push(given.clone());
            }
            for f in matching {
                index::delete_origin(&writer, &self.fields, &f.path);
                self.manifest.files.retain(|g| g.path != f.path);
                report.removed.push((f.path, f.entries));
            }
        }
        let mut writer = writer;
        writer.commit().map_err(|e| e.to_string())?;
        self.reader.reload().map_err(|e| e.to_string())?;
        self.save_manifest()?;
        Ok(report)
    }
}
