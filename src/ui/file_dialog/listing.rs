//! What the in-app file dialog lists: a folder's subfolders and the files that
//! match its filter, read once when the folder changes (not every frame).

use std::path::{Path, PathBuf};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub path: PathBuf,
    pub is_dir: bool,
}

/// Reads `folder`: folders first, then files whose extension is in
/// `extensions` (all files when it is empty), each group by name, ignoring
/// case. Hidden entries (a leading dot) only when `hidden` is set. Names that
/// are not UTF-8 are shown lossily but keep their real path.
pub fn read_folder(
    folder: &Path,
    extensions: &[String],
    hidden: bool,
) -> Result<Vec<Entry>, String> {
    let entries = std::fs::read_dir(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let mut out: Vec<Entry> = entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !hidden && name.starts_with('.') {
                return None;
            }
            let path = entry.path();
            // Follows links, so a link to a folder can be entered.
            let is_dir = path.is_dir();
            if !is_dir && !matches_filter(&path, extensions) {
                return None;
            }
            Some(Entry { name, path, is_dir })
        })
        .collect();
    out.sort_by_cached_key(|e| (!e.is_dir, e.name.to_lowercase()));
    Ok(out)
}

pub fn matches_filter(path: &Path, extensions: &[String]) -> bool {
    extensions.is_empty()
        || path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// Where a dialog starts when the app has no better idea: the home folder.
pub fn home_folder() -> PathBuf {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_dir())
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_else(|| PathBuf::from("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_first_then_matching_files_by_name() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b.ron", "A.RON", "notes.txt", ".hidden.ron"] {
            std::fs::write(dir.path().join(name), "").unwrap();
        }
        std::fs::create_dir(dir.path().join("zeta")).unwrap();
        std::fs::create_dir(dir.path().join("Alpha")).unwrap();
        let names = |hidden| {
            read_folder(dir.path(), &["ron".to_owned()], hidden)
                .unwrap()
                .into_iter()
                .map(|e| e.name)
                .collect::<Vec<_>>()
        };
        assert_eq!(names(false), ["Alpha", "zeta", "A.RON", "b.ron"]);
        assert_eq!(
            names(true),
            ["Alpha", "zeta", ".hidden.ron", "A.RON", "b.ron"]
        );
        let all = read_folder(dir.path(), &[], false).unwrap();
        assert_eq!(all.len(), 5);
    }

    #[test]
    fn an_unreadable_folder_says_why() {
        let err = read_folder(Path::new("/no/such/folder"), &[], false).unwrap_err();
        assert!(err.contains("/no/such/folder"), "{err}");
    }
}
