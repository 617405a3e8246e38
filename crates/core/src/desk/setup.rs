//! Making and joining a desk: a shared git repository (a bare one in a
//! folder, e.g. on a shared drive, or any remote git can reach) whose clones
//! merge project files with ClaimDesk's merge, never git's text markers.

use std::fs;
use std::path::{Path, PathBuf};

use super::git::{Git, GitError};
use crate::progress::Progress;

pub const ATTRIBUTE: &str = "*.ron merge=claimdesk";
const DRIVER_NAME: &str = "ClaimDesk three-way merge of fact-check projects";

#[derive(Debug)]
pub enum SetupError {
    Git(GitError),
    /// Something about the folders: already there, not empty, unreadable.
    Folder(String),
}

impl std::fmt::Display for SetupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Git(e) => e.fmt(f),
            Self::Folder(s) => f.write_str(s),
        }
    }
}

impl From<GitError> for SetupError {
    fn from(e: GitError) -> Self {
        Self::Git(e)
    }
}

fn empty_or_absent(dir: &Path) -> Result<(), SetupError> {
    match fs::read_dir(dir).map(|mut e| e.next().is_some()) {
        Ok(true) => Err(SetupError::Folder(format!(
            "{} is not empty: choose a new or empty folder",
            dir.display()
        ))),
        Ok(false) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(SetupError::Folder(format!("{}: {e}", dir.display()))),
    }
}

/// A new, empty desk: a bare repository in `shared` (a new or empty folder).
pub fn start(shared: &Path) -> Result<(), SetupError> {
    empty_or_absent(shared)?;
    fs::create_dir_all(shared)
        .map_err(|e| SetupError::Folder(format!("could not make {}: {e}", shared.display())))?;
    let git = Git::new(shared);
    git.run(
        "make the desk's repository",
        &["init", "--quiet", "--bare", "--initial-branch=main"],
    )?;
    Ok(())
}

/// Clones the desk at `remote` (a URL or a folder) into `dir` (new or empty)
/// and sets up the merge; `program` is how git should call ClaimDesk from a
/// terminal. Cancel stops the clone (and the half-made folder is left empty).
pub fn join(
    remote: &str,
    dir: &Path,
    program: Option<&Path>,
    progress: &Progress,
) -> Result<Vec<String>, SetupError> {
    if has_password(remote) {
        return Err(SetupError::Folder(
            "leave the password out of the desk's address: git asks your credential manager or uses your SSH key, and ClaimDesk never stores a password".into(),
        ));
    }
    empty_or_absent(dir)?;
    let parent = dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(parent)
        .map_err(|e| SetupError::Folder(format!("could not make {}: {e}", parent.display())))?;
    let git = Git::new(parent);
    let dir_arg = dir.as_os_str().to_owned();
    let out = git.output_cancellable(
        &[
            "clone".as_ref(),
            "--quiet".as_ref(),
            "--".as_ref(),
            std::ffi::OsStr::new(remote),
            dir_arg.as_os_str(),
        ],
        progress,
    );
    let out = match out {
        Err(GitError::Cancelled) => {
            let _ = fs::remove_dir_all(dir);
            return Err(GitError::Cancelled.into());
        }
        other => other?,
    };
    if !out.ok {
        return Err(super::git::failed(&format!("reach the desk at {remote}"), &out).into());
    }
    configure(dir, program)
}

/// `https://user:secret@host/…`: git would keep the secret in the clone's config.
fn has_password(remote: &str) -> bool {
    let Some((_, rest)) = remote.split_once("://") else {
        return false;
    };
    let authority = rest.split('/').next().unwrap_or_default();
    authority
        .rsplit_once('@')
        .is_some_and(|(user, _)| user.contains(':'))
}

/// A program name as a shell word: git runs the driver through `sh`.
fn shell_word(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "/._-+:".contains(c))
    {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// The top of the git repository holding `dir`.
pub fn toplevel(dir: &Path) -> Result<PathBuf, GitError> {
    Git::new(dir)
        .run("find the repository", &["rev-parse", "--show-toplevel"])
        .map(PathBuf::from)
}

/// What `claimdesk git-setup` does: `*.ron merge=claimdesk` in the
/// repository's `.gitattributes` (committed, so every clone merges this way)
/// and the driver in this clone's config. Returns what was done, in words.
pub fn configure(dir: &Path, program: Option<&Path>) -> Result<Vec<String>, SetupError> {
    let top = toplevel(dir)
        .map_err(|e| SetupError::Folder(format!("not inside a git repository ({e})")))?;
    let mut done = Vec::new();

    let attributes = top.join(".gitattributes");
    let existing = match fs::read_to_string(&attributes) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => {
            return Err(SetupError::Folder(format!(
                "could not read {}: {e}",
                attributes.display()
            )));
        }
    };
    if existing.lines().any(|l| l.trim() == ATTRIBUTE) {
        done.push(format!(
            "{} already has `{ATTRIBUTE}`",
            attributes.display()
        ));
    } else {
        let mut text = existing;
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(ATTRIBUTE);
        text.push('\n');
        fs::write(&attributes, text).map_err(|e| {
            SetupError::Folder(format!("could not write {}: {e}", attributes.display()))
        })?;
        done.push(format!(
            "Added `{ATTRIBUTE}` to {} (commit it so the whole desk merges this way)",
            attributes.display()
        ));
    }

    let program = program.map_or_else(
        || "claimdesk".to_owned(),
        |p| shell_word(&p.to_string_lossy()),
    );
    let driver = format!("{program} merge %O %A %B -o %A");
    let git = Git::new(&top);
    for (key, value) in [
        ("merge.claimdesk.name", DRIVER_NAME),
        ("merge.claimdesk.driver", driver.as_str()),
    ] {
        git.run(&format!("set {key}"), &["config", "--local", key, value])?;
        done.push(format!("Set {key} = {value} (this clone's .git/config)"));
    }
    Ok(done)
}

/// Makes sure git sees `*.ron` as ClaimDesk's to merge in this clone, even
/// before `.gitattributes` is committed or if someone removed it: without
/// the attribute git would merge project files as text, with markers. And
/// the backups a save leaves (`NAME.ron.bak`) stay out of the desk.
pub fn ensure_attribute(git: &Git) -> Result<(), SetupError> {
    ensure_line(git, "info/attributes", ATTRIBUTE)?;
    ensure_line(git, "info/exclude", "*.bak")
}

/// `line` in the clone's own `.git/FILE` (never committed).
fn ensure_line(git: &Git, file: &str, line: &str) -> Result<(), SetupError> {
    let info = git.run(
        "find the repository's folder",
        &["rev-parse", "--git-path", file],
    )?;
    let path = git.dir().join(info);
    let existing = fs::read_to_string(&path).unwrap_or_default();
    if existing.lines().any(|l| l.trim() == line) {
        return Ok(());
    }
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)
            .map_err(|e| SetupError::Folder(format!("could not make {}: {e}", dir.display())))?;
    }
    let mut text = existing;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(line);
    text.push('\n');
    fs::write(&path, text)
        .map_err(|e| SetupError::Folder(format!("could not write {}: {e}", path.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_with_a_password_is_refused_before_git_stores_it() {
        assert!(has_password("https://ann:secret@git.example.org/desk.git"));
        assert!(!has_password("https://ann@git.example.org/desk.git"));
        assert!(!has_password("git@git.example.org:desk.git"));
        assert!(!has_password("shared-drive/desk"));
        let dir = tempfile::tempdir().unwrap();
        let e = join(
            "https://ann:secret@git.example.org/desk.git",
            &dir.path().join("copy"),
            None,
            &Progress::new(),
        );
        assert!(matches!(e, Err(SetupError::Folder(m)) if m.contains("password")));
    }
}
