//! Recovery copies: while a project has unsaved changes, a copy is written
//! now and then into the app's data folder (never over the user's file), so
//! a crash or power cut loses at most the last few seconds of work.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::project_file::{SaveError, write_atomically};
use crate::model::{Project, sha256_hex};

#[derive(Serialize, Deserialize)]
struct RecoveryFile {
    /// The project file the work belongs to; `None` for a never-saved project.
    original: Option<PathBuf>,
    /// Seconds since the Unix epoch when the copy was written.
    written_at: u64,
    project: Project,
    /// What the project file held when the work was loaded or last saved:
    /// the restored copy's first save must notice a change made since (a
    /// colleague's save, a Sync) and merge from it. Absent in older copies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    on_disk: Option<OnDiskCopy>,
}

/// The project file's contents as the work started from them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OnDiskCopy {
    /// SHA-256 of the file's bytes.
    pub sha256: [u8; 32],
    /// The project it held: the base of a merge with what is there now.
    pub project: Project,
}

/// A recovery copy found on disk.
pub struct Recovery {
    pub file: PathBuf,
    pub original: Option<PathBuf>,
    pub written_at: u64,
    pub project: Project,
    pub on_disk: Option<OnDiskCopy>,
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The recovery file for a document: one per project path, or one per
/// untitled session (`session` tells untitled sessions apart).
pub fn recovery_path(dir: &Path, original: Option<&Path>, session: u64) -> PathBuf {
    let name = match original {
        Some(p) => format!("project-{}.ron", &sha256_hex(&p.to_string_lossy())[..16]),
        None => format!("untitled-{session}.ron"),
    };
    dir.join(name)
}

pub fn write_recovery(
    file: &Path,
    original: Option<&Path>,
    project: &Project,
    on_disk: Option<OnDiskCopy>,
) -> Result<(), SaveError> {
    if let Some(dir) = file.parent() {
        fs::create_dir_all(dir).map_err(|error| SaveError::Io {
            path: dir.to_path_buf(),
            step: "save-step-recovery-folder",
            error,
        })?;
    }
    let copy = RecoveryFile {
        original: original.map(Path::to_path_buf),
        written_at: now_secs(),
        project: project.clone(),
        on_disk,
    };
    // LF as in project files (ron's default is CRLF on Windows).
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .escape_strings(false);
    let text = ron::ser::to_string_pretty(&copy, config)
        .map_err(|e| SaveError::Serialize(e.to_string()))?;
    write_atomically(file, text.as_bytes(), false)
}

/// Recovery copies worth offering: readable, and newer than the project file
/// they belong to (or of a project never saved). Stale copies are removed.
pub fn pending_recoveries(dir: &Path) -> Vec<Recovery> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for entry in entries.flatten() {
        let file = entry.path();
        if file.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        let Ok(text) = fs::read_to_string(&file) else {
            continue;
        };
        let Ok(copy) = ron::Options::default()
            .with_recursion_limit(64)
            .from_str::<RecoveryFile>(&text)
        else {
            continue;
        };
        let original_time = copy
            .original
            .as_ref()
            .and_then(|p| fs::metadata(p).ok())
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map(|d| d.as_secs());
        // The project was saved after this copy: the copy holds nothing newer.
        // A copy that knows what the file held is kept even so: someone else
        // (a colleague, a Sync) may have written the file, and its first
        // save notices that and merges.
        if copy.on_disk.is_none() && original_time.is_some_and(|t| t > copy.written_at) {
            let _ = fs::remove_file(&file);
            continue;
        }
        found.push(Recovery {
            file,
            original: copy.original,
            written_at: copy.written_at,
            project: copy.project,
            on_disk: copy.on_disk,
        });
    }
    found.sort_by_key(|r| std::cmp::Reverse(r.written_at));
    found
}

pub fn discard(file: &Path) {
    let _ = fs::remove_file(file);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, ScalePreset};

    fn project() -> Project {
        Project::new(
            "P",
            Article::new(Default::default(), "Text 日本".into()),
            ScalePreset::Short,
        )
    }

    #[test]
    fn a_recovery_copy_is_found_again_and_discarded() {
        let dir = tempfile::tempdir().unwrap();
        let file = recovery_path(dir.path(), None, 7);
        write_recovery(&file, None, &project(), None).unwrap();
        let found = pending_recoveries(dir.path());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].project, project());
        assert_eq!(found[0].original, None);
        discard(&found[0].file);
        assert!(pending_recoveries(dir.path()).is_empty());
    }

    /// Writes `text` to `path` with a modification time after the copy's.
    fn save_later(path: &Path, text: &str) {
        std::fs::write(path, text).unwrap();
        let later = SystemTime::now() + std::time::Duration::from_secs(5);
        std::fs::File::options()
            .write(true)
            .open(path)
            .unwrap()
            .set_modified(later)
            .unwrap();
    }

    #[test]
    fn a_copy_older_than_its_saved_project_is_not_offered() {
        let dir = tempfile::tempdir().unwrap();
        let original = dir.path().join("p.ron");
        let file = recovery_path(&dir.path().join("rec"), Some(&original), 0);
        write_recovery(&file, Some(&original), &project(), None).unwrap();
        save_later(&original, "saved later");
        assert!(pending_recoveries(&dir.path().join("rec")).is_empty());
        assert!(!file.exists(), "stale copy removed");
    }

    #[test]
    fn a_copy_remembers_what_the_file_held_even_after_the_file_changed() {
        let dir = tempfile::tempdir().unwrap();
        let original = dir.path().join("p.ron");
        let file = recovery_path(&dir.path().join("rec"), Some(&original), 0);
        let base = OnDiskCopy {
            sha256: [7; 32],
            project: project(),
        };
        write_recovery(&file, Some(&original), &project(), Some(base.clone())).unwrap();
        save_later(&original, "a colleague's save");
        let found = pending_recoveries(&dir.path().join("rec"));
        assert_eq!(
            found.len(),
            1,
            "kept: the file may hold someone else's save"
        );
        assert_eq!(found[0].on_disk, Some(base));
    }
}
