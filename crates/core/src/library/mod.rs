//! The library of past fact-checks: a tantivy full-text index of claims from
//! ClaimDesk projects, ClaimReview data and TSV lists, searched offline for
//! "has this been checked before?". Pure logic, no egui.
//!
//! On disk, in one folder (`$XDG_DATA_HOME/claimdesk/library/` on Linux by default, see
//! [`default_dir`]):
//! `manifest.json`, the list of added files with their SHA-256, and `index/`,
//! the tantivy index, a cache rebuilt from the list when it is missing or
//! damaged. `entry` is what an indexed claim holds, `feeds` reads ClaimReview
//! JSON-LD and TSV, `files` adds and removes files, `index` is the schema and
//! analyzer, `tokenizer` the CJK-aware tokenizer, `query` the cleaning of a search's
//! text, `search` the ranking, `rerank` its learned re-ranking, `close` the
//! floor for matches offered unasked, and
//! `eval` the MAP@k measure used on the CLEF benchmark.

mod close;
pub mod embed;
mod entry;
pub mod eval;
mod feeds;
mod files;
mod index;
mod manifest;
mod query;
pub mod rerank;
mod rerank_weights;
mod search;
pub mod tokenizer;

pub use close::{
    POSSIBLE_MATCH, SEARCH_FLOOR, STRONG_MATCH, Strength, close_matches, search_matches,
};
pub use entry::{Entry, project_entries};
pub use feeds::{claimreview_entries, tsv_entries};
pub use files::{AddFormat, AddReport, Outcome, RemoveReport};
pub use manifest::{AddedFile, FileFormat, Manifest};
pub use query::{QueryText, clean_query};
pub use search::{Hit, SearchOptions};

use std::path::{Path, PathBuf};

use crate::i18n::Message;

use tantivy::{Index, IndexReader};

use index::Fields;

pub struct Library {
    dir: PathBuf,
    index: Index,
    reader: IndexReader,
    fields: Fields,
    manifest: Manifest,
    /// Said once after opening: the index was rebuilt, and why.
    notice: Option<Message>,
}

/// Where the library lives unless told otherwise, in the platform's folder
/// for an application's local data: `$XDG_DATA_HOME/claimdesk/library`, else
/// `~/.local/share/claimdesk/library`; on Windows
/// `%LOCALAPPDATA%\ClaimDesk\library` (local, not roaming: an index is a
/// rebuildable cache that a roaming profile should not copy at every logon);
/// on macOS `~/Library/Application Support/ClaimDesk/library`.
pub fn default_dir() -> Option<PathBuf> {
    default_dir_for(std::env::consts::OS, |name| std::env::var_os(name))
}

fn default_dir_for(os: &str, var: impl Fn(&str) -> Option<std::ffi::OsString>) -> Option<PathBuf> {
    let absolute = |name: &str| var(name).map(PathBuf::from).filter(|p| p.is_absolute());
    let home = |name: &str| {
        var(name)
            .map(PathBuf::from)
            .filter(|p| !p.as_os_str().is_empty())
    };
    match os {
        "windows" => {
            let local = var("LOCALAPPDATA")
                .map(PathBuf::from)
                .filter(|p| !p.as_os_str().is_empty())
                .or_else(|| home("USERPROFILE").map(|h| h.join("AppData").join("Local")))?;
            Some(local.join("ClaimDesk").join("library"))
        }
        "macos" => home("HOME").map(|h| {
            h.join("Library")
                .join("Application Support")
                .join("ClaimDesk")
                .join("library")
        }),
        _ => {
            let data = absolute("XDG_DATA_HOME")
                .or_else(|| home("HOME").map(|h| h.join(".local/share")))?;
            Some(data.join("claimdesk").join("library"))
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stats {
    pub dir: PathBuf,
    pub files: usize,
    pub entries: u64,
    /// Files per format, in `FileFormat` order.
    pub by_format: Vec<(FileFormat, usize, usize)>,
    pub index_bytes: u64,
}

impl Library {
    /// Opens (or creates) the library in `dir`. A missing or damaged index
    /// is rebuilt from the manifest, and [`Library::notice`] says so.
    pub fn open(dir: &Path) -> Result<Self, String> {
        Self::open_with(dir, true)
    }

    /// As [`Library::open`]; `stem` chooses English stemming for a new
    /// library (an existing one keeps what it was built with).
    pub fn open_with(dir: &Path, stem: bool) -> Result<Self, String> {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot make the library folder {}: {e}", dir.display()))?;
        let manifest_path = dir.join("manifest.json");
        let existed = manifest_path.exists();
        let mut manifest = Manifest::load(&manifest_path)?;
        if !existed {
            manifest.stem = stem;
        }
        let index_dir = dir.join("index");
        let opened = if index_dir.join("meta.json").exists() {
            index::open(&index_dir, manifest.stem).map(Some)
        } else {
            Ok(None)
        };
        let (index, reader, why) = match opened {
            Ok(Some((index, reader))) => (index, reader, None),
            Ok(None) => {
                let (i, r) = fresh(&index_dir, manifest.stem)?;
                (
                    i,
                    r,
                    (!manifest.files.is_empty()).then(|| Message::new("library-index-missing")),
                )
            }
            Err(e) => {
                let (i, r) = fresh(&index_dir, manifest.stem)?;
                let why = if e == index::OTHER_VERSION {
                    Message::new("library-index-other-version")
                } else {
                    Message::new("library-index-damaged").arg("detail", e)
                };
                (i, r, Some(why))
            }
        };
        let (_, fields) = index::schema();
        let mut library = Self {
            dir: dir.to_path_buf(),
            index,
            reader,
            fields,
            manifest,
            notice: None,
        };
        if let Some(why) = why {
            let note = library.rebuild()?;
            library.notice = Some(
                Message::new("library-index-rebuilt")
                    .arg("why", why)
                    .arg("summary", note),
            );
        }
        Ok(library)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    /// Sees what another process (`claimdesk library add` while the window
    /// is open) committed since: the index's newest state and the list of
    /// files, so a later add does not write back a list without them.
    pub fn refresh(&mut self) -> Result<(), String> {
        self.reader.reload().map_err(|e| e.to_string())?;
        self.manifest = Manifest::load(&self.dir.join("manifest.json"))?;
        Ok(())
    }

    /// How many entries the index holds.
    pub fn entries(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Takes the message about a rebuild, if there was one.
    pub fn take_notice(&mut self) -> Option<Message> {
        self.notice.take()
    }

    /// Empties the index and adds every listed file again; files that can
    /// no longer be read are dropped from the list. Returns what happened.
    pub fn rebuild(&mut self) -> Result<Message, String> {
        let files = std::mem::take(&mut self.manifest.files);
        let mut writer = index::writer(&self.index).map_err(|e| e.to_string())?;
        writer.delete_all_documents().map_err(|e| e.to_string())?;
        let mut readded = 0;
        let mut lost = Vec::new();
        for file in files {
            match files::read_entries(Path::new(&file.path), file.format) {
                Ok(read) => {
                    for e in &read.entries {
                        writer
                            .add_document(index::document(&self.fields, e))
                            .map_err(|e| e.to_string())?;
                    }
                    readded += 1;
                    self.manifest.upsert(read.record(&file.path, file.format));
                }
                Err(e) => lost.push(format!("{} ({e})", file.path)),
            }
        }
        writer.commit().map_err(|e| e.to_string())?;
        self.reader.reload().map_err(|e| e.to_string())?;
        self.save_manifest()?;
        Ok(if lost.is_empty() {
            Message::new("library-rebuilt").arg("count", readded)
        } else {
            Message::new("library-rebuilt-dropped")
                .arg("count", readded)
                .arg("dropped", lost.len())
                .arg("files", lost.join(", "))
        })
    }

    fn save_manifest(&self) -> Result<(), String> {
        self.manifest.save(&self.dir.join("manifest.json"))
    }

    pub fn stats(&self) -> Stats {
        let by_format = [
            FileFormat::Project,
            FileFormat::ClaimReview,
            FileFormat::Tsv,
        ]
        .into_iter()
        .map(|f| {
            let files: Vec<_> = self
                .manifest
                .files
                .iter()
                .filter(|a| a.format == f)
                .collect();
            (f, files.len(), files.iter().map(|a| a.entries).sum())
        })
        .collect();
        Stats {
            dir: self.dir.clone(),
            files: self.manifest.files.len(),
            entries: self.entries(),
            by_format,
            index_bytes: folder_size(&self.dir.join("index")),
        }
    }
}

fn fresh(index_dir: &Path, stem: bool) -> Result<(Index, IndexReader), String> {
    if index_dir.exists() {
        std::fs::remove_dir_all(index_dir)
            .map_err(|e| format!("cannot clear {}: {e}", index_dir.display()))?;
    }
    let index = index::create(index_dir, stem).map_err(|e| e.to_string())?;
    let reader = index::reader(&index).map_err(|e| e.to_string())?;
    Ok((index, reader))
}

fn folder_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| e.metadata().ok())
                .filter(|m| m.is_file())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use std::ffi::OsString;
    use std::path::PathBuf;

    use super::default_dir_for;

    fn env<'a>(pairs: &'a [(&str, &str)]) -> impl Fn(&str) -> Option<OsString> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| OsString::from(v))
        }
    }

    /// Windows has neither HOME nor XDG_DATA_HOME: without its own folders
    /// the library had no default there at all.
    #[test]
    fn each_platform_gets_its_usual_data_folder() {
        let windows = [
            ("LOCALAPPDATA", r"C:\Users\Ana\AppData\Local"),
            ("USERPROFILE", r"C:\Users\Ana"),
        ];
        assert_eq!(
            default_dir_for("windows", env(&windows)),
            Some(
                PathBuf::from(r"C:\Users\Ana\AppData\Local")
                    .join("ClaimDesk")
                    .join("library")
            )
        );
        assert_eq!(
            default_dir_for("windows", env(&[("USERPROFILE", r"C:\Users\Ana")])),
            Some(
                PathBuf::from(r"C:\Users\Ana")
                    .join("AppData")
                    .join("Local")
                    .join("ClaimDesk")
                    .join("library")
            )
        );
        assert_eq!(default_dir_for("windows", env(&[])), None);
        assert_eq!(
            default_dir_for("macos", env(&[("HOME", "/u/ana")])),
            Some(PathBuf::from(
                "/u/ana/Library/Application Support/ClaimDesk/library"
            ))
        );
        assert_eq!(
            default_dir_for("linux", env(&[("HOME", "/u/ana")])),
            Some(PathBuf::from("/u/ana/.local/share/claimdesk/library"))
        );
        assert_eq!(
            default_dir_for(
                "linux",
                env(&[("HOME", "/u/ana"), ("XDG_DATA_HOME", "/data")])
            ),
            Some(PathBuf::from("/data/claimdesk/library"))
        );
    }
}
