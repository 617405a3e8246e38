//! Making and joining a desk: a shared git repository (a bare one in a
//! folder, e.g. on a shared drive, or any remote git can reach) whose clones
//! merge project files with ClaimDesk's merge, never git's text markers.

use std::fs;
use std::path::{Path, PathBuf};

use super::git::{Git, GitError};
use crate::i18n::Message;
use crate::progress::Progress;

pub const ATTRIBUTE: &str = "*.ron merge=claimdesk";
const DRIVER_NAME: &str = "ClaimDesk three-way merge of fact-check projects";

#[derive(Debug)]
pub enum SetupError {
    Git(GitError),
    /// Something about the folders: already there, not empty, unreadable
    /// (a message of `errors-desk.ftl`).
    Folder(Message),
}

impl SetupError {
    /// The error as a message (`errors-desk.ftl`) for the window to word.
    pub fn words(&self) -> Message {
        match self {
            Self::Git(e) => e.words(),
            Self::Folder(m) => m.clone(),
        }
    }
}

impl std::fmt::Display for SetupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.words().fmt(f)
    }
}

impl From<GitError> for SetupError {
    fn from(e: GitError) -> Self {
        Self::Git(e)
    }
}

fn empty_or_absent(dir: &Path) -> Result<(), SetupError> {
    match fs::read_dir(dir).map(|mut e| e.next().is_some()) {
        Ok(true) => Err(SetupError::Folder(
            Message::new("desk-error-not-empty").arg("path", dir.display().to_string()),
        )),
        Ok(false) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(SetupError::Folder(
            Message::new("desk-error-cannot-read")
                .arg("path", dir.display().to_string())
                .arg("detail", e.to_string()),
        )),
    }
}

/// Project files bigger than this (git's size syntax) are sent and stored
/// whole, never as a delta against their last version. For the 11 MB
/// project of the 5 MB article, git's search for that delta took a second
/// or more at every push and again at every colleague's fetch (BENCHMARKS.md,
/// "desk"); below this size it takes a fraction of that and keeps the
/// shared repository small. The price is room: each version of a bigger
/// project takes its compressed size in the shared repository.
pub const BIG_FILE: &str = "4m";

/// Settings of a desk's shared repository (a bare one in a folder), for
/// Syncs that take well under two seconds with big projects.
const SHARED_SETTINGS: [(&str, &str); 2] = [
    // The fetch side of `BIG_FILE`: no delta search when packing for a fetch.
    ("core.bigFileThreshold", BIG_FILE),
    // A push is kept as the pack it came in, so a colleague's fetch sends it
    // on as it is, rather than git unpacking it and packing it up again.
    ("receive.unpackLimit", "1"),
];

/// Gives the shared repository at `dir` the settings it lacks (a value the
/// desk's keeper set stays). Best effort: a read-only share still syncs.
fn tune_shared(dir: &Path) {
    let git = Git::new(dir);
    let Ok(set) = git.output(&[
        "config",
        "--get-regexp",
        r"^(core\.bare|core\.bigfilethreshold|receive\.unpacklimit)$",
    ]) else {
        return;
    };
    let has = |key: &str| {
        set.stdout.lines().any(|l| {
            l.split(' ')
                .next()
                .is_some_and(|k| k.eq_ignore_ascii_case(key))
        })
    };
    if !set
        .stdout
        .lines()
        .any(|l| l.eq_ignore_ascii_case("core.bare true"))
    {
        return;
    }
    for (key, value) in SHARED_SETTINGS {
        if !has(key) {
            let _ = git.output(&["config", key, value]);
        }
    }
}

/// [`tune_shared`] for the desk of the clone `git` runs in, when its remote
/// is a folder (a shared drive): desks started before these settings get
/// them at their next Sync. Remotes across a network are theirs to set up.
pub(crate) fn tune_shared_of(git: &Git, top: &Path) {
    let Ok(url) = git.run("git-doing-read-address", &["remote", "get-url", "origin"]) else {
        return;
    };
    if let Some(dir) = local_folder(&url, top) {
        tune_shared(&dir);
    }
}

/// The folder a remote address names, if it names one: a path, or a
/// `file://` URL (git's own rule: a colon before any slash, other than a
/// drive letter's, makes it `host:path` for SSH).
fn local_folder(url: &str, top: &Path) -> Option<PathBuf> {
    let path = if let Some(rest) = url.strip_prefix("file://") {
        // file:///C:/desk on Windows: the path is C:/desk.
        let rest = rest
            .strip_prefix('/')
            .filter(|r| has_drive(r))
            .unwrap_or(rest);
        PathBuf::from(rest)
    } else if url.contains("://") {
        return None;
    } else {
        match url.find(':') {
            Some(i) if !url[..i].contains('/') && !has_drive(url) => return None,
            _ => PathBuf::from(url),
        }
    };
    let path = if path.is_relative() {
        top.join(path)
    } else {
        path
    };
    path.is_dir().then_some(path)
}

/// `C:…`: a Windows drive letter.
fn has_drive(path: &str) -> bool {
    let b = path.as_bytes();
    b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b':'
}

/// A new, empty desk: a bare repository in `shared` (a new or empty folder).
pub fn start(shared: &Path) -> Result<(), SetupError> {
    empty_or_absent(shared)?;
    fs::create_dir_all(shared).map_err(|e| {
        SetupError::Folder(
            Message::new("desk-error-cannot-make")
                .arg("path", shared.display().to_string())
                .arg("detail", e.to_string()),
        )
    })?;
    let git = Git::new(shared);
    git.run(
        "git-doing-make-repository",
        &["init", "--quiet", "--bare", "--initial-branch=main"],
    )?;
    tune_shared(shared);
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
        return Err(SetupError::Folder(Message::new(
            "desk-error-password-in-address",
        )));
    }
    empty_or_absent(dir)?;
    let parent = dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(parent).map_err(|e| {
        SetupError::Folder(
            Message::new("desk-error-cannot-make")
                .arg("path", parent.display().to_string())
                .arg("detail", e.to_string()),
        )
    })?;
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
        return Err(super::git::failed(
            Message::new("git-doing-reach-at").arg("remote", remote),
            &out,
        )
        .into());
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

/// The driver command git writes into its config and runs through `sh` (Git
/// for Windows runs it through its own bash). A Windows path goes in with
/// forward slashes: that bash reads `C:/Program Files/ClaimDesk/claimdesk.exe`
/// as the same file, while a backslash outside quotes would be an escape.
/// Single quotes keep the spaces of "Program Files" in one word.
fn driver_command(program: &str, windows: bool) -> String {
    let program = if windows {
        let plain = program.strip_prefix(r"\\?\").unwrap_or(program);
        plain.replace('\\', "/")
    } else {
        program.to_owned()
    };
    format!("{} merge %O %A %B -o %A", shell_word(&program))
}

/// The program git should run when none is given: `claimdesk` from the PATH,
/// except on Windows, where the installer leaves the PATH alone and the exe
/// that runs this is the one to name.
fn default_program() -> String {
    #[cfg(windows)]
    if let Ok(exe) = std::env::current_exe() {
        return exe.to_string_lossy().into_owned();
    }
    "claimdesk".to_owned()
}

/// The top of the git repository holding `dir`.
pub fn toplevel(dir: &Path) -> Result<PathBuf, GitError> {
    Git::new(dir)
        .run(
            "git-doing-find-repository",
            &["rev-parse", "--show-toplevel"],
        )
        .map(PathBuf::from)
}

/// What `claimdesk git-setup` does: `*.ron merge=claimdesk` in the
/// repository's `.gitattributes` (committed, so every clone merges this way)
/// and the driver in this clone's config. Returns what was done, in words.
pub fn configure(dir: &Path, program: Option<&Path>) -> Result<Vec<String>, SetupError> {
    let top = toplevel(dir).map_err(|e| {
        SetupError::Folder(Message::new("desk-error-not-a-repository").arg("detail", e.words()))
    })?;
    let mut done = Vec::new();

    let attributes = top.join(".gitattributes");
    let existing = match fs::read_to_string(&attributes) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => {
            return Err(SetupError::Folder(
                Message::new("desk-error-cannot-read")
                    .arg("path", attributes.display().to_string())
                    .arg("detail", e.to_string()),
            ));
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
            SetupError::Folder(
                Message::new("desk-error-cannot-write")
                    .arg("path", attributes.display().to_string())
                    .arg("detail", e.to_string()),
            )
        })?;
        done.push(format!(
            "Added `{ATTRIBUTE}` to {} (commit it so the whole desk merges this way)",
            attributes.display()
        ));
    }

    let program = program.map_or_else(default_program, |p| p.to_string_lossy().into_owned());
    let driver = driver_command(&program, cfg!(windows));
    let git = Git::new(&top);
    for (key, value) in [
        ("merge.claimdesk.name", DRIVER_NAME),
        ("merge.claimdesk.driver", driver.as_str()),
    ] {
        git.run(
            Message::new("git-doing-set").arg("key", key),
            &["config", "--local", key, value],
        )?;
        done.push(format!("Set {key} = {value} (this clone's .git/config)"));
    }
    Ok(done)
}

/// The clone's merge driver for project files: what git run in a terminal
/// (`git pull`, `git merge`) calls to merge them. Sync itself never runs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Driver {
    /// None is configured: git in a terminal cannot merge project files.
    Unset,
    /// The command, and whether the program it names runs on this computer
    /// (it may have been moved or removed since the clone was set up).
    Set { command: String, runs: bool },
}

/// The merge driver configured for this clone (its own config, else the
/// user's or the system's).
pub fn driver(git: &Git) -> Result<Driver, GitError> {
    let out = git.output(&["config", "--get", "merge.claimdesk.driver"])?;
    let command = out.stdout.trim();
    if !out.ok || command.is_empty() {
        return Ok(Driver::Unset);
    }
    Ok(Driver::Set {
        command: command.to_owned(),
        runs: first_word(command).is_some_and(|p| program_runs(&p)),
    })
}

/// Points the clone's merge driver at `program` when it is unset or names a
/// program that no longer runs here (ClaimDesk updated into another folder,
/// or removed and installed elsewhere): otherwise a `git pull` in a
/// terminal would stop at every project file both sides changed. The driver
/// lives in the clone's own `.git/config`, so each member's computer names
/// its own ClaimDesk. A driver that runs is left alone, even one the user
/// chose. Returns the command written, if any.
pub fn ensure_driver(git: &Git, program: &Path) -> Result<Option<String>, SetupError> {
    if git_driver_runs(git)? {
        return Ok(None);
    }
    let program = program.to_string_lossy();
    if !program_runs(&program) {
        return Ok(None);
    }
    let command = driver_command(&program, cfg!(windows));
    for (key, value) in [
        ("merge.claimdesk.name", DRIVER_NAME),
        ("merge.claimdesk.driver", command.as_str()),
    ] {
        git.run(
            Message::new("git-doing-set").arg("key", key),
            &["config", "--local", key, value],
        )?;
    }
    Ok(Some(command))
}

fn git_driver_runs(git: &Git) -> Result<bool, GitError> {
    Ok(matches!(driver(git)?, Driver::Set { runs: true, .. }))
}

/// The first word of a command as `sh` reads it: quotes and backslashes
/// undone (what [`driver_command`] writes, and what users commonly write).
fn first_word(command: &str) -> Option<String> {
    let mut word = String::new();
    let mut chars = command.trim_start().chars();
    let mut started = false;
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => break,
            '\'' => {
                started = true;
                for q in chars.by_ref() {
                    if q == '\'' {
                        break;
                    }
                    word.push(q);
                }
            }
            '"' => {
                started = true;
                while let Some(q) = chars.next() {
                    match q {
                        '"' => break,
                        '\\' => word.extend(chars.next()),
                        q => word.push(q),
                    }
                }
            }
            '\\' => {
                started = true;
                word.extend(chars.next());
            }
            c => {
                started = true;
                word.push(c);
            }
        }
    }
    (started && !word.is_empty()).then_some(word)
}

/// Whether `program` runs here: a path to an executable file, or a bare
/// name found on the PATH (as `sh` would look for it).
fn program_runs(program: &str) -> bool {
    if program.contains('/') || (cfg!(windows) && program.contains('\\')) {
        return is_executable(Path::new(program));
    }
    std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|dir| {
            is_executable(&dir.join(program))
                || (cfg!(windows) && is_executable(&dir.join(format!("{program}.exe"))))
        })
    })
}

fn is_executable(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    {
        fs::metadata(path).is_ok_and(|m| m.is_file())
    }
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
        "git-doing-find-git-folder",
        &["rev-parse", "--git-path", file],
    )?;
    let path = git.dir().join(info);
    let existing = fs::read_to_string(&path).unwrap_or_default();
    if existing.lines().any(|l| l.trim() == line) {
        return Ok(());
    }
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| {
            SetupError::Folder(
                Message::new("desk-error-cannot-make")
                    .arg("path", dir.display().to_string())
                    .arg("detail", e.to_string()),
            )
        })?;
    }
    let mut text = existing;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(line);
    text.push('\n');
    fs::write(&path, text).map_err(|e| {
        SetupError::Folder(
            Message::new("desk-error-cannot-write")
                .arg("path", path.display().to_string())
                .arg("detail", e.to_string()),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `sh` makes of the driver command: its words, with git's
    /// placeholders filled in by hand.
    fn words_for_sh(driver: &str) -> Vec<String> {
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("printf '%s\\n' {driver}"))
            .output()
            .unwrap_or_else(|e| panic!("sh is needed for this test: {e}"));
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_owned)
            .collect()
    }

    /// The installed exe's path on Windows, spaces, backslashes and all, is
    /// one word that names the file for Git for Windows' bash.
    #[test]
    fn a_windows_program_path_is_one_word_with_forward_slashes() {
        let driver = driver_command(r"C:\Program Files\ClaimDesk\claimdesk.exe", true);
        assert_eq!(
            words_for_sh(&driver),
            [
                "C:/Program Files/ClaimDesk/claimdesk.exe",
                "merge",
                "%O",
                "%A",
                "%B",
                "-o",
                "%A"
            ]
        );
        let verbatim = driver_command(r"\\?\D:\Tools (x86)\it's\claimdesk.exe", true);
        assert_eq!(
            words_for_sh(&verbatim)[0],
            "D:/Tools (x86)/it's/claimdesk.exe"
        );
    }

    #[test]
    fn a_unix_program_path_is_kept_as_it_is() {
        assert_eq!(
            driver_command("/usr/bin/claimdesk", false),
            "/usr/bin/claimdesk merge %O %A %B -o %A"
        );
        assert_eq!(
            words_for_sh(&driver_command(r"/opt/a b\c", false))[0],
            r"/opt/a b\c"
        );
    }

    #[test]
    fn the_driver_program_is_read_as_sh_reads_it() {
        for (command, program) in [
            ("claimdesk merge %O %A %B -o %A", "claimdesk"),
            (
                &driver_command(r"C:\Program Files\ClaimDesk\claimdesk.exe", true),
                "C:/Program Files/ClaimDesk/claimdesk.exe",
            ),
            (
                &driver_command("/opt/it's here/claimdesk", false),
                "/opt/it's here/claimdesk",
            ),
            (
                "  \"/usr/local/bin/claim desk\" merge",
                "/usr/local/bin/claim desk",
            ),
            (r"/opt/a\ b/claimdesk merge", "/opt/a b/claimdesk"),
        ] {
            assert_eq!(first_word(command).as_deref(), Some(program), "{command}");
        }
        assert_eq!(first_word("   "), None);
    }

    #[test]
    fn a_driver_naming_a_missing_program_is_repointed_and_one_that_runs_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let git = Git::new(dir.path());
        git.run("init", &["init", "--quiet"]).unwrap();
        let program = dir.path().join("claimdesk");
        fs::write(&program, "#!/bin/sh\n").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&program, fs::Permissions::from_mode(0o755)).unwrap();
        }
        assert_eq!(driver(&git).unwrap(), Driver::Unset);
        let set = ensure_driver(&git, &program).unwrap();
        let expected = driver_command(&program.to_string_lossy(), cfg!(windows));
        assert_eq!(set.as_deref(), Some(expected.as_str()), "unset: set");
        assert_eq!(
            driver(&git).unwrap(),
            Driver::Set {
                command: expected.clone(),
                runs: true
            }
        );
        assert_eq!(ensure_driver(&git, &program).unwrap(), None, "runs: kept");

        let gone = dir.path().join("old/claimdesk");
        let moved = driver_command(&gone.to_string_lossy(), cfg!(windows));
        git.run("set", &["config", "merge.claimdesk.driver", &moved])
            .unwrap();
        assert!(matches!(
            driver(&git).unwrap(),
            Driver::Set { runs: false, .. }
        ));
        assert_eq!(ensure_driver(&git, &program).unwrap(), Some(expected));
        // A running program of the user's choosing, found on the PATH, stays.
        git.run(
            "set",
            &[
                "config",
                "merge.claimdesk.driver",
                "git merge-file %A %O %B",
            ],
        )
        .unwrap();
        assert_eq!(ensure_driver(&git, &program).unwrap(), None);
        // Nothing better to point at: left as it is.
        git.run("set", &["config", "merge.claimdesk.driver", &moved])
            .unwrap();
        assert_eq!(ensure_driver(&git, &gone).unwrap(), None);
    }

    #[test]
    fn only_a_folder_remote_is_a_shared_folder_to_tune() {
        let dir = tempfile::tempdir().unwrap();
        let top = dir.path();
        let shared = top.join("shared");
        fs::create_dir(&shared).unwrap();
        let path = shared.to_string_lossy().replace('\\', "/");
        assert_eq!(local_folder(&path, top), Some(PathBuf::from(&path)));
        let url = if path.starts_with('/') {
            format!("file://{path}")
        } else {
            format!("file:///{path}")
        };
        assert_eq!(local_folder(&url, top), Some(PathBuf::from(&path)));
        assert_eq!(local_folder("shared", top), Some(top.join("shared")));
        for remote in [
            "git@example.org:desk.git",
            "example.org:desk",
            "https://example.org/desk.git",
            "ssh://example.org/desk",
        ] {
            assert_eq!(local_folder(remote, top), None, "{remote}");
        }
        assert_eq!(
            local_folder(&top.join("absent").to_string_lossy(), top),
            None
        );
    }

    #[test]
    fn a_new_desk_sends_big_projects_whole_and_keeps_pushes_as_packs() {
        let dir = tempfile::tempdir().unwrap();
        let shared = dir.path().join("shared");
        start(&shared).unwrap();
        let git = Git::new(&shared);
        let get = |key: &str| git.run("read", &["config", "--get", key]).unwrap();
        assert_eq!(get("core.bigFileThreshold"), BIG_FILE);
        assert_eq!(get("receive.unpackLimit"), "1");
        // A value the desk's keeper chose stays.
        git.run("set", &["config", "core.bigFileThreshold", "64m"])
            .unwrap();
        tune_shared(&shared);
        assert_eq!(get("core.bigFileThreshold"), "64m");
    }

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
        assert!(matches!(e, Err(SetupError::Folder(m)) if m.to_string().contains("password")));
    }
}
