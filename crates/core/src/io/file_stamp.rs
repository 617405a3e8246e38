//! What a project file held when it was loaded or last saved, so that a save
//! can tell whether someone else (another window, a colleague on a shared
//! folder, `git pull`) changed it since, and never overwrite that silently.

use std::fs;
use std::path::Path;
use std::time::SystemTime;

use sha2::{Digest, Sha256};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileStamp {
    pub len: u64,
    pub modified: Option<SystemTime>,
    pub sha256: [u8; 32],
}

impl FileStamp {
    pub fn of(bytes: &[u8], meta: &fs::Metadata) -> Self {
        Self {
            len: bytes.len() as u64,
            modified: meta.modified().ok(),
            sha256: Sha256::digest(bytes).into(),
        }
    }

    /// The stamp of the file as it is now; `None` when it cannot be read
    /// (gone, or no permission): there is then nothing to merge with.
    pub fn read(path: &Path) -> Option<Self> {
        let bytes = fs::read(path).ok()?;
        let meta = fs::metadata(path).ok()?;
        Some(Self::of(&bytes, &meta))
    }

    /// Whether the file at `path` now holds something else. Size and time
    /// unchanged count as unchanged, so the common case reads nothing; a
    /// changed time with the same bytes (a `touch`, a checkout of the same
    /// content) is no change either.
    pub fn changed_on_disk(&self, path: &Path) -> bool {
        let Ok(meta) = fs::metadata(path) else {
            return false;
        };
        if meta.len() == self.len && meta.modified().ok() == self.modified {
            return false;
        }
        Self::read(path).is_some_and(|now| now.sha256 != self.sha256)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_with_other_bytes_has_changed_and_a_touched_one_has_not() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron");
        fs::write(&path, "one").unwrap();
        let stamp = FileStamp::read(&path).unwrap();
        assert!(!stamp.changed_on_disk(&path));
        let earlier = FileStamp {
            modified: None,
            ..stamp.clone()
        };
        assert!(!earlier.changed_on_disk(&path), "same bytes");
        fs::write(&path, "two!").unwrap();
        assert!(stamp.changed_on_disk(&path));
        fs::remove_file(&path).unwrap();
        assert!(!stamp.changed_on_disk(&path), "nothing to merge with");
    }
}
