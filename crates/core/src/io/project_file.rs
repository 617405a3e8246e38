//! Project files: the careful load (size limit, UTF-8, RON with line and column,
//! format-version probe, migration, validation) and the atomic save (temp file,
//! fsync, rename, `.bak`, file modes, leftover temp files). Over 400 lines
//! because load and save share their error types and the version rules.

use std::fmt;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::FileStamp;
use crate::i18n::Message;
use crate::model::{Approval, ClaimStatus, Event, FORMAT_VERSION, Problem, Project, validate};

/// Projects larger than this are refused before they are read whole: a 5 MB
/// article with 10,000 claims takes about 15 MB.
pub const MAX_PROJECT_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug)]
pub enum LoadError {
    Io(PathBuf, std::io::Error),
    TooLarge {
        size: u64,
        limit: u64,
    },
    Empty,
    Binary,
    NotUtf8 {
        line: usize,
    },
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    NewerVersion {
        found: u32,
    },
    Invalid(Vec<Problem>),
}

impl std::error::Error for LoadError {}

#[derive(Debug)]
pub enum SaveError {
    Serialize(String),
    Io {
        path: PathBuf,
        /// What was being done: a message of `save.ftl` ("save-step-writing").
        step: &'static str,
        error: std::io::Error,
    },
}

impl SaveError {
    /// The error as a message (`save.ftl`) for the window to word; what the
    /// operating system or RON said stays as they said it.
    pub fn words(&self) -> Message {
        match self {
            Self::Serialize(e) => Message::new("save-error-serialize").arg("detail", e.as_str()),
            Self::Io { path, step, error } => Message::new("save-error-io")
                .arg("path", path.display().to_string())
                .arg("step", Message::new(*step))
                .arg("detail", error.to_string()),
        }
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.words().fmt(f)
    }
}

impl std::error::Error for SaveError {}

/// Reads, parses and checks a project file. Never writes to it.
pub fn load_project(path: &Path) -> Result<Project, LoadError> {
    load_project_stamped(path).map(|(project, _)| project)
}

/// [`load_project`], and the stamp of the bytes it read: what the window
/// compares the file with before saving over it.
pub fn load_project_stamped(path: &Path) -> Result<(Project, FileStamp), LoadError> {
    let io_err = |e| LoadError::Io(path.to_path_buf(), e);
    let file = fs::File::open(path).map_err(io_err)?;
    let meta = file.metadata().map_err(io_err)?;
    let size = meta.len();
    if size > MAX_PROJECT_BYTES {
        return Err(LoadError::TooLarge {
            size,
            limit: MAX_PROJECT_BYTES,
        });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // `take` guards against a file that grows while it is read.
    file.take(MAX_PROJECT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_err)?;
    if bytes.len() as u64 > MAX_PROJECT_BYTES {
        return Err(LoadError::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_PROJECT_BYTES,
        });
    }
    let stamp = FileStamp::of(&bytes, &meta);
    parse_project(&bytes).map(|p| (p, stamp))
}

fn line_of_byte(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[derive(Deserialize)]
struct VersionProbe {
    format_version: u32,
}

fn ron_options() -> ron::Options {
    ron::Options::default().with_recursion_limit(64)
}

/// Whether a (1-based) line and column lie at or past the last non-blank
/// character: ron reports a file cut between fields as "expected colon".
fn at_end(text: &str, line: usize, column: usize) -> bool {
    let Some(line_start) = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .try_fold(0usize, |a, n| a.checked_add(n))
    else {
        return false;
    };
    let rest = text.get(line_start..).unwrap_or("");
    let offset = line_start
        + rest
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i);
    offset >= text.trim_end().len()
}

/// The two syntax explanations of our own (the rest are RON's): the window
/// says them in its language (`error_words.rs`).
pub(super) const CUT_OFF: &str = "the file ends too early: it may have been cut off";
pub(super) const TOO_DEEP: &str = "the file is nested too deeply";

fn syntax_error(e: ron::error::SpannedError, text: &str) -> LoadError {
    let cut = at_end(text, e.span.end.line, e.span.end.col);
    let message = match e.code {
        ron::Error::Eof => CUT_OFF.to_owned(),
        _ if cut => CUT_OFF.to_owned(),
        ron::Error::ExceededRecursionLimit => TOO_DEEP.to_owned(),
        code => code.to_string(),
    };
    LoadError::Syntax {
        line: e.span.start.line,
        column: e.span.start.col,
        message,
    }
}

/// Brings a project read from an older format up to this version, in memory
/// only: the file changes when the user saves, never on open.
///
/// - 1 → 2: `Claim::orphaned` and `Project::article_history` were added; a
///   version-1 file has neither, and their defaults (not orphaned, no earlier
///   versions) are exactly right for it.
/// - 2 → 3: review and sign-off. Ids stay as they are (new ones are random);
///   the status `Reviewed` is read as `ReadyForReview` (by a serde alias on
///   the variant: format 2 had no sign-off, so nobody approved these claims);
///   comments, activity, `published_on`, the corrections log and
///   `publish_approved_only` start empty or off.
/// - 3 → 4: `Claim::previous_checks` (earlier checks of the claim linked from
///   the library) was added; it starts empty.
/// - 3 → 4: `Project::dismissed_suggestions` (triage suggestions the user
///   dismissed) was added; it starts empty, which is right for older files.
/// - 3 → 4 (evidence): `Source::snapshots`, `Source::archived_on` and
///   `SourceLink::anchor` were added; older files have no snapshots, no
///   capture date and only hand-typed (unanchored) excerpts, which is what
///   their defaults say. Snapshot files live beside the project
///   (`NAME.evidence/`), so nothing in the file moves.
/// - 4 → 5: `Article::segments` (pages of a PDF, time codes and speakers of a
///   transcript) was added; older articles came from text, Markdown or web
///   pages, which have none, so the empty default is right.
/// - 5 → 6: `Claim::approved` (who signed off, when, and a digest of what
///   they approved), `Project::activity`, new activity events, and
///   `Stance::Unset` for links whose stance is not chosen. An Approved claim
///   of an older file gets its approval from its last "approved" activity
///   entry and a digest of its content as found: format 5 could not tell
///   what was approved, so the file is taken as it stands. Stances written
///   before were all chosen (or defaulted to Supports); they stay as written.
/// - 6 → 7: `Settings::report_language` (the language reports are written
///   in; `None` follows the window) was added. Every report of an older file
///   was English and its rating scale's labels are English, so it gets
///   `Some("en")`: its reports stay as they were, whatever the window's
///   language, until someone picks another.
fn migrate(mut project: Project) -> Project {
    if project.format_version < 7 && project.settings.report_language.is_none() {
        project.settings.report_language = Some("en".to_owned());
    }
    if project.format_version < 6 {
        for claim in &mut project.claims {
            if claim.status == ClaimStatus::Approved && claim.approved.is_none() {
                let signed = claim
                    .activity
                    .iter()
                    .rev()
                    .find(|a| a.event == Event::Approved);
                claim.approved = Some(Approval {
                    who: signed.map(|a| a.who.clone()).unwrap_or_default(),
                    when: signed.map(|a| a.when.clone()).unwrap_or_default(),
                    digest: claim.approved_digest(),
                });
            }
        }
    }
    project.format_version = FORMAT_VERSION;
    project
}

/// Parses and checks project bytes.
pub fn parse_project(bytes: &[u8]) -> Result<Project, LoadError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty);
    }
    if bytes.contains(&0) {
        return Err(LoadError::Binary);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| LoadError::NotUtf8 {
        line: line_of_byte(bytes, e.valid_up_to()),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Git for Windows checks text files out with CRLF (core.autocrlf) and some
    // editors save them so; our own files never hold a raw CR
    // (`project_to_ron` escapes one), so every CRLF is such a conversion, and
    // undoing it gives back the strings as written (article text, rationale)
    // instead of ones with a CR before every line break.
    let unix_text;
    let text = if text.contains("\r\n") {
        unix_text = text.replace("\r\n", "\n");
        unix_text.as_str()
    } else {
        text
    };
    let options = ron_options();
    // A newer file is refused by its version, not by whatever field it added.
    // The version is probed only when the project does not parse: the probe
    // reads the whole file too, and a 5 MB project would be parsed twice.
    let project: Project = match options.from_str(text) {
        Ok(project) => project,
        Err(e) => {
            return Err(match options.from_str::<VersionProbe>(text) {
                Ok(probe) if probe.format_version > FORMAT_VERSION => LoadError::NewerVersion {
                    found: probe.format_version,
                },
                _ => syntax_error(e, text),
            });
        }
    };
    if project.format_version > FORMAT_VERSION {
        return Err(LoadError::NewerVersion {
            found: project.format_version,
        });
    }
    let project = migrate(project);
    let problems = validate(&project);
    if problems.is_empty() {
        Ok(project)
    } else {
        Err(LoadError::Invalid(problems))
    }
}

pub fn project_to_ron(project: &Project) -> Result<String, SaveError> {
    let write = |escape_strings: bool| {
        // LF on every system: ron's default is CRLF on Windows, and a project
        // must be the same bytes whichever system wrote it (diffs, git, hashes).
        let config = ron::ser::PrettyConfig::new()
            .new_line("\n")
            .struct_names(false)
            .escape_strings(escape_strings)
            .indentor("  ");
        ron::ser::to_string_pretty(project, config).map_err(|e| SaveError::Serialize(e.to_string()))
    };
    let mut out = write(false)?;
    // A NUL written as is would make the file look binary to `parse_project`,
    // and a raw CR would be taken for a line-ending conversion there; a
    // project holding either is written with escaped strings instead.
    if out.contains(['\0', '\r']) {
        out = write(true)?;
    }
    out.push('\n');
    Ok(out)
}

/// The backup kept beside a project: `NAME.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// Saves atomically: the text goes to a temporary file in the same folder,
/// is flushed to disk, and only then renamed over the target, so a failure at
/// any step leaves the old file as it was. The previous version is kept as
/// `NAME.ron.bak`.
pub fn save_project(project: &Project, path: &Path) -> Result<(), SaveError> {
    let text = project_to_ron(project)?;
    write_atomically(path, text.as_bytes(), true)
}

/// How old a `.claimdesk-*.tmp` file must be before a save removes it: a save
/// in progress in another window is seconds old, a leftover from a killed one
/// (kill -9 between creating and renaming) is not.
const LEFTOVER_AGE: std::time::Duration = std::time::Duration::from_secs(24 * 60 * 60);
const TMP_PREFIX: &str = ".claimdesk-";
const TMP_SUFFIX: &str = ".tmp";

/// Writes `bytes` to `path` through a flushed temporary file and a rename,
/// optionally keeping the previous file as `NAME.bak`. A new file gets the
/// mode any editor would give it (0666 less the umask); a replaced file keeps
/// its own.
pub fn write_atomically(path: &Path, bytes: &[u8], keep_backup: bool) -> Result<(), SaveError> {
    // Through a symbolic link the file it points to is written (atomically,
    // beside itself), and the link stays a link.
    let target = match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            fs::canonicalize(path).map_err(|error| SaveError::Io {
                path: path.to_path_buf(),
                step: "save-step-following-link",
                error,
            })?
        }
        _ => path.to_path_buf(),
    };
    let path = target.as_path();
    let err = |step: &'static str| {
        move |error| SaveError::Io {
            path: path.to_path_buf(),
            step,
            error,
        }
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let existing = fs::metadata(path).ok();
    let mut builder = tempfile::Builder::new();
    builder.prefix(TMP_PREFIX).suffix(TMP_SUFFIX);
    // tempfile creates 0600 by default. For a new file ask for 0666 and let the
    // kernel apply the umask; an existing file's mode is copied below, so its
    // temporary copy stays private (0600) until then.
    #[cfg(unix)]
    if existing.is_none() {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder
        .tempfile_in(dir)
        .map_err(err("save-step-temporary-file"))?;
    tmp.write_all(bytes).map_err(err("save-step-writing"))?;
    tmp.as_file()
        .sync_all()
        .map_err(err("save-step-flushing"))?;
    if let Some(meta) = existing {
        let _ = fs::set_permissions(tmp.path(), meta.permissions());
        if keep_backup {
            let backup = backup_path(path);
            with_retries(
                || fs::copy(path, &backup).map(drop),
                held_open,
                RETRY_DELAYS,
            )
            .map_err(err("save-step-backup"))?;
        }
    }
    // Closed before the rename: Windows renames a file only once no handle
    // that forbids it is open, ours included. Dropped on an error, it is removed.
    let tmp = tmp.into_temp_path();
    with_retries(|| fs::rename(&tmp, path), held_open, RETRY_DELAYS)
        .map_err(err("save-step-replacing"))?;
    let _ = tmp.keep();
    // The rename is durable only once the folder itself is flushed.
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    remove_leftovers(dir, LEFTOVER_AGE);
    Ok(())
}

/// How long a save waits, try after try, for another program to let go of
/// the file: about 2 s in all.
const RETRY_DELAYS: &[std::time::Duration] = &[
    std::time::Duration::from_millis(20),
    std::time::Duration::from_millis(50),
    std::time::Duration::from_millis(100),
    std::time::Duration::from_millis(200),
    std::time::Duration::from_millis(400),
    std::time::Duration::from_millis(600),
    std::time::Duration::from_millis(800),
];

/// Whether an error says another program holds the file open. On Windows a
/// rename over, or a copy onto, a file that an editor, an antivirus scanner,
/// the search indexer or a sync client has open fails with "access denied"
/// or a sharing violation until it lets go, usually within a fraction of a
/// second. Unix replaces open files, so there no error is worth a retry.
fn held_open(error: &std::io::Error) -> bool {
    // ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
    cfg!(windows) && matches!(error.raw_os_error(), Some(5 | 32 | 33))
}

/// Runs `attempt`, and again after each of `delays` while its error is one
/// that `busy` says will pass; the last error is returned.
pub(crate) fn with_retries(
    mut attempt: impl FnMut() -> std::io::Result<()>,
    busy: impl Fn(&std::io::Error) -> bool,
    delays: &[std::time::Duration],
) -> std::io::Result<()> {
    let mut delays = delays.iter();
    loop {
        match attempt() {
            Err(e) if busy(&e) => match delays.next() {
                Some(delay) => std::thread::sleep(*delay),
                None => return Err(e),
            },
            done => return done,
        }
    }
}

/// Removes temporary files that a killed save left in `dir` and that are older
/// than `age`. Best effort: a file that cannot be inspected or removed stays,
/// and the save that called this has already succeeded.
fn remove_leftovers(dir: &Path, age: std::time::Duration) -> usize {
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    let now = std::time::SystemTime::now();
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if !(name.starts_with(TMP_PREFIX) && name.ends_with(TMP_SUFFIX)) {
            continue;
        }
        // symlink_metadata: never follow a link out of the folder.
        let Ok(meta) = entry.path().symlink_metadata() else {
            continue;
        };
        let old = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|elapsed| elapsed >= age);
        if meta.is_file() && old && fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A project checked out by Git for Windows (CRLF) loads with the same
    /// article text and fields as the file written; a CR typed into a field is
    /// written escaped, so it is not taken for such a conversion.
    #[test]
    fn a_project_with_windows_line_endings_loads_as_written() {
        let mut project = crate::sample_data::generated_project(40, 2, 5);
        project.claims[1].rationale = "A paragraph.\n\nAnother, on its own lines.".into();
        let text = project_to_ron(&project).unwrap();
        assert!(text.contains("A paragraph.\n\nAnother"), "not written raw");
        let crlf = text.replace('\n', "\r\n");
        assert_eq!(
            parse_project(crlf.as_bytes()).unwrap(),
            parse_project(text.as_bytes()).unwrap()
        );

        project.claims[0].rationale = "first line\r\nsecond line\rthird".into();
        let text = project_to_ron(&project).unwrap();
        assert!(!text.contains('\r'), "a raw CR was written");
        let written = parse_project(text.as_bytes()).unwrap();
        assert_eq!(written.claims[0].rationale, project.claims[0].rationale);
    }

    /// Another program letting go of the file after two tries (what Windows
    /// reports as a sharing violation) still ends in a save; an error that
    /// will not pass is reported at once, and a file that stays busy gives
    /// up after the last delay.
    #[test]
    fn a_busy_file_is_tried_again_and_other_errors_are_not() {
        let busy = |e: &std::io::Error| e.raw_os_error() == Some(32);
        let no_wait = [std::time::Duration::ZERO; 3];
        let mut tries = 0;
        let result = with_retries(
            || {
                tries += 1;
                if tries < 3 {
                    Err(std::io::Error::from_raw_os_error(32))
                } else {
                    Ok(())
                }
            },
            busy,
            &no_wait,
        );
        assert!(result.is_ok(), "{result:?}");
        assert_eq!(tries, 3);

        tries = 0;
        let result = with_retries(
            || {
                tries += 1;
                Err(std::io::Error::from_raw_os_error(2))
            },
            busy,
            &no_wait,
        );
        assert_eq!(result.map_err(|e| e.raw_os_error()), Err(Some(2)));
        assert_eq!(tries, 1);

        tries = 0;
        let result = with_retries(
            || {
                tries += 1;
                Err(std::io::Error::from_raw_os_error(32))
            },
            busy,
            &no_wait,
        );
        assert!(result.is_err());
        assert_eq!(tries, 4);
    }

    #[test]
    fn a_newer_version_is_refused_by_name_whether_or_not_it_parses() {
        let project = crate::sample_data::generated_project(2_000, 3, 1);
        let ron = project_to_ron(&project).unwrap();
        assert_eq!(parse_project(ron.as_bytes()).unwrap(), project);
        let (this, next) = (FORMAT_VERSION, FORMAT_VERSION + 1);
        let newer = ron.replacen(
            &format!("format_version: {this}"),
            &format!("format_version: {next}"),
            1,
        );
        assert_ne!(newer, ron);
        assert!(matches!(
            parse_project(newer.as_bytes()),
            Err(LoadError::NewerVersion { found }) if found == next
        ));
        // A field whose type changed: the project does not parse, the version still does.
        let changed = newer.replacen("title: \"", "title: 5, old_title: \"", 1);
        assert!(matches!(
            parse_project(changed.as_bytes()),
            Err(LoadError::NewerVersion { found }) if found == next
        ));
        let broken = ron.replacen("title: \"", "title: 5, old_title: \"", 1);
        assert!(matches!(
            parse_project(broken.as_bytes()),
            Err(LoadError::Syntax { .. })
        ));
    }

    #[test]
    fn a_version_2_file_keeps_its_ids_and_reviewed_becomes_ready_for_review() {
        let mut project = crate::sample_data::generated_project(200, 4, 7);
        let ids: Vec<_> = project.claims.iter().map(|c| c.id).collect();
        project.claims[0].status = crate::model::ClaimStatus::ReadyForReview;
        let v3 = project_to_ron(&project).unwrap();
        let v2 = v3
            .replacen(
                &format!("format_version: {FORMAT_VERSION}"),
                "format_version: 2",
                1,
            )
            .replace("status: ReadyForReview", "status: Reviewed");
        assert!(v2.contains("status: Reviewed"));
        let read = parse_project(v2.as_bytes()).unwrap();
        assert_eq!(read.format_version, FORMAT_VERSION);
        assert_eq!(read.claims.iter().map(|c| c.id).collect::<Vec<_>>(), ids);
        assert_eq!(
            read.claims[0].status,
            crate::model::ClaimStatus::ReadyForReview
        );
        assert!(read.claims.iter().all(|c| c.activity.is_empty()));
        // Nothing new is written for a project that uses none of it.
        let again = project_to_ron(&read).unwrap();
        for field in [
            "comments",
            "activity",
            "published_on",
            "corrections",
            "publish_approved_only",
        ] {
            assert!(!again.contains(field), "{field} written empty");
        }
    }

    #[test]
    fn an_older_file_keeps_english_reports_and_a_new_one_follows_the_window() {
        let project = crate::sample_data::generated_project(200, 2, 3);
        assert_eq!(project.settings.report_language, None);
        let v7 = project_to_ron(&project).unwrap();
        assert!(!v7.contains("report_language"), "written only when set");
        assert_eq!(
            parse_project(v7.as_bytes())
                .unwrap()
                .settings
                .report_language,
            None
        );
        let v6 = v7.replacen(
            &format!("format_version: {FORMAT_VERSION}"),
            "format_version: 6",
            1,
        );
        let read = parse_project(v6.as_bytes()).unwrap();
        assert_eq!(read.format_version, FORMAT_VERSION);
        assert_eq!(read.settings.report_language.as_deref(), Some("en"));
        let again = project_to_ron(&read).unwrap();
        assert!(again.contains("report_language: Some(\"en\")"), "{again}");
        assert_eq!(parse_project(again.as_bytes()).unwrap(), read);
    }
}
