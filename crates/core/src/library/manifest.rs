//! The list of files added to the library, kept beside the index as
//! `manifest.json`: the index is a cache that can be rebuilt from it.

use std::path::Path;

use serde::{Deserialize, Serialize};

pub const MANIFEST_VERSION: u32 = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FileFormat {
    Project,
    ClaimReview,
    Tsv,
}

impl FileFormat {
    pub fn label(self) -> &'static str {
        match self {
            Self::Project => "project",
            Self::ClaimReview => "ClaimReview",
            Self::Tsv => "TSV",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddedFile {
    /// Absolute path, as the entries' `origin`.
    pub path: String,
    pub format: FileFormat,
    /// SHA-256 of the bytes that were indexed: re-adding an unchanged file is a no-op.
    pub sha256: String,
    /// Modification time (seconds since 1970) when it was added.
    pub modified: u64,
    pub entries: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub version: u32,
    /// Whether the index was built with English stemming.
    #[serde(default = "yes")]
    pub stem: bool,
    #[serde(default)]
    pub files: Vec<AddedFile>,
}

fn yes() -> bool {
    true
}

impl Default for Manifest {
    fn default() -> Self {
        Self {
            version: MANIFEST_VERSION,
            stem: true,
            files: Vec::new(),
        }
    }
}

impl Manifest {
    /// Reads `path`; a missing file is an empty manifest.
    pub fn load(path: &Path) -> Result<Self, String> {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(e) => return Err(format!("{}: {e}", path.display())),
        };
        let manifest: Self = serde_json::from_slice(&bytes)
            .map_err(|e| format!("{}: not a library manifest: {e}", path.display()))?;
        if manifest.version > MANIFEST_VERSION {
            return Err(format!(
                "{}: made by a newer ClaimDesk (version {})",
                path.display(),
                manifest.version
            ));
        }
        Ok(manifest)
    }

    /// Written to a temporary file and renamed, so a crash never leaves half a list.
    pub fn save(&self, path: &Path) -> Result<(), String> {
        let dir = path.parent().unwrap_or(Path::new("."));
        let json = serde_json::to_vec_pretty(self).map_err(|e| e.to_string())?;
        let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| e.to_string())?;
        std::io::Write::write_all(&mut tmp, &json).map_err(|e| e.to_string())?;
        tmp.persist(path).map_err(|e| e.to_string())?;
        Ok(())
    }

    pub fn file(&self, path: &str) -> Option<&AddedFile> {
        self.files.iter().find(|f| f.path == path)
    }

    pub fn upsert(&mut self, file: AddedFile) {
        match self.files.iter_mut().find(|f| f.path == file.path) {
            Some(old) => *old = file,
            None => self.files.push(file),
        }
    }
}
