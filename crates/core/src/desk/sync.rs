//! Sync: this user's changes committed, the others' fetched and merged with
//! ClaimDesk's merge, the result pushed; a push refused because someone
//! pushed first is fetched, merged and pushed again. Without a network the
//! commit stays and goes out at the next Sync; with conflicts to resolve
//! nothing is pushed. The caller saves first (a failed save stops a Sync).
//!
//! Git merges everything but project files; those it leaves to a driver
//! that does nothing (`false`), and each one it could not merge on its own
//! is merged here by `merge::merge` from git's three stages, so a desk never
//! sees text markers whichever ClaimDesk binary, if any, is on the PATH.
//!
//! Fast with big projects (an 11 MB file takes a noticeable time to parse,
//! hash and pack; BENCHMARKS.md, "desk"): each version of a project is read
//! from git and parsed once, by blob id, and handed on from the commit
//! message to the merge, the incoming summary, the conflicts check and the
//! caller's queue; versions are parsed side by side, the first fetch runs
//! while this user's commit is written, and the other side's versions are
//! parsed while git merges; a big project is pushed whole rather than as a
//! delta git would search for (`setup::BIG_FILE`); and git is asked only
//! what it can answer without hashing a just-saved project file again.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::changes::{PersonChanges, changes, sentence};
use super::git::{Git, GitError, Output, failed};
use super::setup::{BIG_FILE, SetupError, ensure_attribute, ensure_driver, tune_shared_of};
use crate::i18n::Message;
use crate::io::{parse_project, project_to_ron, write_atomically};
use crate::merge::merge;
use crate::model::Project;
use crate::progress::Progress;

/// Who commits: their name as the window keeps it, and an e-mail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Author {
    pub name: String,
    pub email: String,
}

/// How a Sync ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyncStatus {
    /// Everyone's changes are here and this user's are on the remote.
    Synced,
    /// Merged, with conflicts to resolve (in the projects listed); nothing
    /// was pushed.
    Conflicts,
    /// The remote could not be reached; this user's commit is kept and goes
    /// out at the next Sync.
    Offline,
}

#[derive(Clone, Debug)]
pub struct SyncReport {
    pub status: SyncStatus,
    /// This user's changes were committed by this Sync.
    pub committed: bool,
    /// The commit's message (empty when nothing was committed).
    pub message: String,
    /// What came in from the others, per project file (relative to the desk).
    pub incoming: Vec<Incoming>,
    /// Project files (relative) that hold conflicts to resolve.
    pub conflicted: Vec<PathBuf>,
    /// Why the remote could not be reached, when offline: git's words as
    /// it said them (`sync-error-as-said`), or `sync-offline-pushed-first`.
    pub offline_reason: Message,
    /// Files git could not merge that are not projects: ours kept.
    pub kept_ours: Vec<PathBuf>,
    /// The desk's projects as the Sync left them (relative paths; as
    /// committed, or from disk for a file git does not track), each read
    /// once by the Sync: the caller's queue and titles need not read them
    /// again. A project that does not load is left out, as the queue leaves it.
    pub projects: Vec<(PathBuf, Project)>,
    /// How many times the push was refused because someone pushed first
    /// (each time their work was fetched and merged and the push tried again).
    pub refused_pushes: usize,
    /// The merge driver command this Sync wrote into the clone's config,
    /// because the one there was unset or no longer ran.
    pub repointed_driver: Option<String>,
}

/// One project file that changed in a Sync.
#[derive(Clone, Debug)]
pub struct Incoming {
    /// Relative to the desk.
    pub path: PathBuf,
    /// New to this clone: its whole history came in, so the summary says
    /// "new project" rather than every step in it.
    pub new_project: bool,
    pub people: Vec<PersonChanges>,
}

impl SyncReport {
    /// "Tokyo speech: Ben approved #3 and #7, commented on #5", one line per
    /// project that changed (its title only when more than one did), in
    /// English; [`super::changes::incoming_lines`] gives them as messages.
    pub fn incoming_summary(&self, titles: &dyn Fn(&Path) -> String) -> String {
        super::changes::incoming_lines(&self.incoming, titles)
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    }
}

#[derive(Debug)]
pub enum SyncError {
    /// The folder is not a desk (not a git clone with a remote): a message
    /// of `errors-desk.ftl`.
    NotADesk(Message),
    Git(GitError),
    /// A project file in the desk cannot be read or written.
    /// (What went wrong is a message: the reader's, the writer's, the merge's.)
    Project(PathBuf, Message),
    Cancelled,
}

impl SyncError {
    /// The error as a message (`errors-desk.ftl`) for the window to word;
    /// what git or the project file's reader said comes as they said it.
    pub fn words(&self) -> Message {
        match self {
            Self::NotADesk(m) => m.clone(),
            Self::Git(e) => e.words(),
            Self::Project(path, e) => Message::new("sync-error-project")
                .arg("path", path.display().to_string())
                .arg("detail", e.clone()),
            Self::Cancelled => Message::new("sync-error-cancelled"),
        }
    }
}

impl std::fmt::Display for SyncError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.words().fmt(f)
    }
}

impl From<GitError> for SyncError {
    fn from(e: GitError) -> Self {
        match e {
            GitError::Cancelled => Self::Cancelled,
            e => Self::Git(e),
        }
    }
}

impl From<SetupError> for SyncError {
    fn from(e: SetupError) -> Self {
        match e {
            SetupError::Git(e) => e.into(),
            SetupError::Folder(s) => Self::NotADesk(s),
        }
    }
}

/// How many times a refused push is fetched, merged and tried again.
const PUSH_ROUNDS: usize = 8;
/// Steps counted into the progress.
const STEPS: usize = 5;

/// The desk folder (the clone's top) holding `path` (a project file or a
/// folder in the desk), checked to be a desk: a clone with a remote.
pub fn desk_of(path: &Path) -> Result<PathBuf, SyncError> {
    let dir = if path.is_dir() {
        path.to_path_buf()
    } else {
        path.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf()
    };
    if !dir.is_dir() {
        return Err(SyncError::NotADesk(
            Message::new("desk-error-not-a-folder").arg("path", dir.display().to_string()),
        ));
    }
    let top = super::setup::toplevel(&dir).map_err(|e| match e {
        GitError::Missing => SyncError::Git(e),
        _ => SyncError::NotADesk(
            Message::new("desk-error-not-in-a-desk").arg("path", dir.display().to_string()),
        ),
    })?;
    let remotes = Git::new(&top).run("git-doing-list-remotes", &["remote"])?;
    if !remotes.lines().any(|r| r.trim() == "origin") {
        return Err(SyncError::NotADesk(
            Message::new("desk-error-no-remote").arg("path", top.display().to_string()),
        ));
    }
    Ok(top)
}

/// The project files of a desk (relative paths), outside hidden folders.
pub fn project_files(desk: &Path) -> Vec<PathBuf> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            if path.is_dir() {
                walk(root, &path, out);
            } else if path.extension().is_some_and(|e| e == "ron")
                && let Ok(rel) = path.strip_prefix(root)
            {
                out.push(rel.to_path_buf());
            }
        }
    }
    let mut out = Vec::new();
    walk(desk, desk, &mut out);
    out.sort();
    out
}

/// The desk's projects that load, with their paths (relative).
pub fn load_projects(desk: &Path) -> Vec<(PathBuf, Project)> {
    project_files(desk)
        .into_iter()
        .filter_map(|rel| {
            let p = crate::io::load_project(&desk.join(&rel)).ok()?;
            Some((rel, p))
        })
        .collect()
}

/// A blob's id as git prints it (hex).
type BlobId = String;

/// A file git could not merge, with its blobs at stages 1 (base), 2 (ours)
/// and 3 (theirs), each `None` where that side has no such file.
type Unmerged = (PathBuf, [Option<BlobId>; 3]);

/// A file that differs between two trees (or the index and a tree): its
/// blob before and after, `None` where it was not there.
struct Change {
    path: PathBuf,
    before: Option<BlobId>,
    after: Option<BlobId>,
}

fn is_project(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "ron")
}

/// `git diff --raw -z --no-abbrev`: `:MODE MODE ID ID STATUS\0PATH\0` per file.
fn raw_changes(out: &str) -> Vec<Change> {
    let mut fields = out.split('\0');
    let mut changes = Vec::new();
    while let Some(meta) = fields.next() {
        let Some(meta) = meta.strip_prefix(':') else {
            continue;
        };
        let Some(path) = fields.next() else {
            break;
        };
        let parts: Vec<&str> = meta.split(' ').collect();
        if parts.len() < 5 {
            continue;
        }
        let id = |s: &str| (!s.bytes().all(|b| b == b'0')).then(|| s.to_owned());
        changes.push(Change {
            path: PathBuf::from(path),
            before: id(parts[2]),
            after: id(parts[3]),
        });
    }
    changes
}

/// `git ls-files -s -z` or `-u -z`: `MODE ID STAGE\tPATH\0` per entry.
fn index_entries(out: &str) -> Vec<(u8, BlobId, PathBuf)> {
    out.split('\0')
        .filter_map(|line| {
            let (meta, path) = line.split_once('\t')?;
            let mut parts = meta.split(' ');
            let (_mode, id, stage) = (parts.next()?, parts.next()?, parts.next()?);
            Some((stage.parse().ok()?, id.to_owned(), PathBuf::from(path)))
        })
        .collect()
}

/// Reads and parses one blob (on a worker thread: no cache here).
fn read_blob(git: &Git, id: &str, rel: &Path) -> Result<Project, SyncError> {
    let bytes = git.bytes(
        Message::new("git-doing-read-file").arg("file", rel.display().to_string()),
        &["cat-file", "blob", id],
    )?;
    parse_project(&bytes).map_err(|e| SyncError::Project(rel.to_path_buf(), e.words()))
}

/// Reads and parses blobs side by side, as many at a time as there are
/// processors; each id with its project or why not.
fn parse_blobs(
    git: &Git,
    wanted: &[(String, PathBuf)],
) -> Vec<(String, Result<Project, SyncError>)> {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut out = Vec::new();
    for chunk in wanted.chunks(threads) {
        std::thread::scope(|s| {
            let running: Vec<_> = chunk
                .iter()
                .map(|(id, rel)| (id, rel, s.spawn(move || read_blob(git, id, rel))))
                .collect();
            for (id, rel, t) in running {
                let project = t.join().unwrap_or_else(|_| {
                    Err(SyncError::Project(
                        rel.clone(),
                        Message::new("sync-error-unreadable"),
                    ))
                });
                out.push((id.clone(), project));
            }
        });
    }
    out
}

struct Desk {
    git: Git,
    top: PathBuf,
    branch: String,
    /// Every version of a project this Sync has read, by blob id: the
    /// commit message, the merge, the incoming summary and the conflicts
    /// check look at the same few versions, and an 11 MB project takes a
    /// noticeable time to parse, so each is parsed once.
    parsed: RefCell<HashMap<BlobId, Arc<Project>>>,
}

impl Desk {
    fn head(&self) -> Result<Option<String>, SyncError> {
        let out = self
            .git
            .output(&["rev-parse", "--verify", "--quiet", "HEAD"])?;
        Ok(out.ok.then(|| out.stdout.trim().to_owned()))
    }

    fn remote_ref(&self) -> String {
        format!("refs/remotes/origin/{}", self.branch)
    }

    fn remote_head(&self) -> Result<Option<String>, SyncError> {
        let out = self
            .git
            .output(&["rev-parse", "--verify", "--quiet", &self.remote_ref()])?;
        Ok(out.ok.then(|| out.stdout.trim().to_owned()))
    }

    /// What git printed, untrimmed (a `-z` listing whose names may end in spaces).
    /// The files that differ between two commits, with both blob ids.
    fn changes_between(&self, from: &str, to: &str) -> Result<Vec<Change>, SyncError> {
        Ok(raw_changes(&self.listing(
            "git-doing-list-incoming",
            &[
                "diff",
                "--raw",
                "-z",
                "--no-renames",
                "--no-abbrev",
                from,
                to,
            ],
        )?))
    }

    fn listing(&self, doing: impl Into<Message>, args: &[&str]) -> Result<String, SyncError> {
        let out = self.git.output(args)?;
        if out.ok {
            Ok(out.stdout)
        } else {
            Err(failed(doing, &out).into())
        }
    }

    /// The blobs in `wanted` not parsed yet (each once).
    fn missing(&self, wanted: &[(&str, &Path)]) -> Vec<(String, PathBuf)> {
        let parsed = self.parsed.borrow();
        let mut missing: Vec<(String, PathBuf)> = Vec::new();
        for &(id, rel) in wanted {
            if !parsed.contains_key(id) && !missing.iter().any(|(m, _)| m == id) {
                missing.push((id.to_owned(), rel.to_path_buf()));
            }
        }
        missing
    }

    /// Keeps what [`parse_blobs`] parsed; the first failure is the answer.
    fn keep(&self, parsed: Vec<(String, Result<Project, SyncError>)>) -> Result<(), SyncError> {
        let mut cache = self.parsed.borrow_mut();
        let mut failure = None;
        for (id, project) in parsed {
            match project {
                Ok(p) => {
                    cache.insert(id, Arc::new(p));
                }
                Err(e) => failure = failure.or(Some(e)),
            }
        }
        failure.map_or(Ok(()), Err)
    }

    /// Parses the blobs in `wanted` not parsed yet, side by side.
    fn load(&self, wanted: &[(&str, &Path)]) -> Result<(), SyncError> {
        let missing = self.missing(wanted);
        if missing.is_empty() {
            return Ok(());
        }
        self.keep(parse_blobs(&self.git, &missing))
    }

    /// A blob's project, parsed once.
    fn project(&self, id: &str, rel: &Path) -> Result<Arc<Project>, SyncError> {
        self.load(&[(id, rel)])?;
        self.parsed.borrow().get(id).cloned().ok_or_else(|| {
            SyncError::Project(rel.to_path_buf(), Message::new("sync-error-unreadable"))
        })
    }

    fn author_args(author: &Author) -> Vec<String> {
        vec![
            "-c".into(),
            format!("user.name={}", author.name),
            "-c".into(),
            format!("user.email={}", author.email),
        ]
    }

    /// Stages this user's work: changed and deleted files git knows, new
    /// project files and their evidence folders, `.gitattributes`. Only
    /// new files are named to the second `git add`: naming a project file
    /// saved a moment ago would have git hash it again (its time stamp is
    /// as new as the index's, so git cannot trust it).
    fn stage(&self) -> Result<(), SyncError> {
        let untracked = self.listing(
            "git-doing-list-new",
            &["ls-files", "--others", "--exclude-standard", "-z"],
        )?;
        self.git
            .run("git-doing-note-changes", &["add", "--update"])?;
        let projects = project_files(&self.top);
        let evidence: Vec<PathBuf> = projects
            .iter()
            .map(|rel| rel.with_extension("evidence"))
            .collect();
        let mut new: Vec<OsString> = vec!["add".into(), "--".into()];
        let before = new.len();
        for name in untracked.split('\0').filter(|s| !s.is_empty()) {
            let path = Path::new(name);
            if name == ".gitattributes"
                || projects.iter().any(|rel| rel == path)
                || evidence.iter().any(|dir| path.starts_with(dir))
            {
                new.push(name.into());
            }
        }
        if new.len() > before {
            self.git.run("git-doing-add-new", &new)?;
        }
        Ok(())
    }

    /// Commits what is staged, with a message from the projects' activity.
    fn commit_own(&self, author: &Author) -> Result<Option<String>, SyncError> {
        let staged = raw_changes(&self.listing(
            "git-doing-list-changed",
            &[
                "diff",
                "--cached",
                "--raw",
                "-z",
                "--no-renames",
                "--no-abbrev",
            ],
        )?);
        if staged.is_empty() {
            return Ok(None);
        }
        let projects: Vec<&Change> = staged.iter().filter(|c| is_project(&c.path)).collect();
        self.load(&versions(projects.iter().copied()))?;
        let mut lines = Vec::new();
        for c in projects {
            let rel = &c.path;
            let before = c
                .before
                .as_deref()
                .map(|id| self.project(id, rel))
                .transpose()?;
            let after = c
                .after
                .as_deref()
                .map(|id| self.project(id, rel))
                .transpose()?;
            let line = match (&before, &after) {
                (_, None) => format!("Removed {}", rel.display()),
                (None, Some(p)) => format!("Added {} ({})", rel.display(), p.title),
                (Some(b), Some(a)) => match changes(Some(b), a) {
                    people if people.is_empty() => format!("Edited {}", rel.display()),
                    people => format!("{}: {}", rel.display(), sentence(&people)),
                },
            };
            lines.push(line);
        }
        if lines.is_empty() {
            lines.push("Updated the desk's files".into());
        }
        let message = match lines.as_slice() {
            [one] => one.clone(),
            many => format!("{} projects changed\n\n{}", many.len(), many.join("\n")),
        };
        self.commit_index(author, &message)?;
        Ok(Some(message))
    }

    /// Commits the index as it is onto HEAD, with git's plumbing: `git
    /// commit` would first look at the project file on disk again, and one
    /// saved in the same second as the index was written has git hash all
    /// of it again to be sure (some 50 ms for an 11 MB project).
    fn commit_index(&self, author: &Author, message: &str) -> Result<(), SyncError> {
        let doing = "git-doing-commit";
        let tree = self.git.run(doing, &["write-tree"])?;
        let head = self.head()?;
        let mut args = Self::author_args(author);
        args.extend(["commit-tree".into(), tree]);
        if let Some(head) = &head {
            args.extend(["-p".into(), head.clone()]);
        }
        args.extend(["-m".into(), message.to_owned()]);
        let commit = self.git.run(doing, &args)?;
        let subject = message.lines().next().unwrap_or_default();
        self.git.run(
            doing,
            &[
                "update-ref",
                "-m",
                &format!("commit: {subject}"),
                "HEAD",
                &commit,
                head.as_deref().unwrap_or(""),
            ],
        )?;
        Ok(())
    }

    /// Merges the fetched remote branch into ours. Returns the files git
    /// could not merge that are not projects (ours kept).
    fn merge_remote(&self, author: &Author) -> Result<Vec<PathBuf>, SyncError> {
        let remote = self.remote_ref();
        if self.head()?.is_none() {
            // Nothing committed here yet: take the desk as it is.
            self.git.run(
                "git-doing-take-desk",
                &["reset", "--quiet", "--keep", &remote],
            )?;
            return Ok(Vec::new());
        }
        let mut args = Self::author_args(author);
        args.extend(
            [
                "-c",
                "merge.claimdesk.driver=false",
                "-c",
                "merge.claimdesk.name=ClaimDesk (merged by Sync)",
                "merge",
                "--quiet",
                "--no-edit",
                "--no-commit",
                "--no-verify",
                // A member who committed before their first fetch of a
                // desk someone else started shares no history with it yet.
                "--allow-unrelated-histories",
                &remote,
            ]
            .map(String::from),
        );
        // Their versions of the projects that differ from ours are read
        // while git merges: a project both sides changed needs them next.
        let differ = self.changes_between("HEAD", &remote)?;
        let theirs: Vec<(&str, &Path)> = differ
            .iter()
            .filter(|c| is_project(&c.path))
            .filter_map(|c| Some((c.after.as_deref()?, c.path.as_path())))
            .collect();
        let theirs = self.missing(&theirs);
        let git = &self.git;
        let (out, read) = std::thread::scope(|s| {
            let reading = s.spawn(move || parse_blobs(git, &theirs));
            let out = git.output(&args);
            (out, reading.join())
        });
        // One that does not parse is read again (and reported) below.
        if let Ok(read) = read {
            let _ = self.keep(read);
        }
        let out = out?;
        let unmerged = self.unmerged()?;
        if !out.ok && unmerged.is_empty() && !self.merging() {
            return Err(failed("git-doing-merge", &out).into());
        }
        let mut kept_ours = Vec::new();
        for (rel, stages) in unmerged {
            if is_project(&rel) {
                self.merge_project(&rel, &stages)?;
            } else {
                self.keep_ours(&rel)?;
                kept_ours.push(rel);
            }
        }
        if self.merging() {
            let mut args = Self::author_args(author);
            args.extend(
                [
                    "commit",
                    "--quiet",
                    "--no-verify",
                    "-m",
                    "Merged the desk's changes",
                ]
                .map(String::from),
            );
            self.git.run("git-doing-record-merge", &args)?;
        }
        Ok(kept_ours)
    }

    fn merging(&self) -> bool {
        self.git
            .output(&["rev-parse", "--verify", "--quiet", "MERGE_HEAD"])
            .is_ok_and(|o| o.ok)
    }

    /// The files git left unmerged, each with its blobs at stages 1 (base),
    /// 2 (ours) and 3 (theirs). Read from the index as it is: asking for a
    /// diff would have git hash the just-written files again.
    fn unmerged(&self) -> Result<Vec<Unmerged>, SyncError> {
        let out = self.listing("git-doing-list-to-merge", &["ls-files", "-u", "-z"])?;
        let mut files: Vec<Unmerged> = Vec::new();
        for (stage, id, path) in index_entries(&out) {
            let Some(slot) = (1..=3).contains(&stage).then(|| usize::from(stage - 1)) else {
                continue;
            };
            match files.last_mut() {
                Some((last, stages)) if *last == path => stages[slot] = Some(id),
                _ => {
                    let mut stages = [None, None, None];
                    stages[slot] = Some(id);
                    files.push((path, stages));
                }
            }
        }
        Ok(files)
    }

    /// One project both sides changed: merged from git's stages (1 base,
    /// 2 ours, 3 theirs), written and staged. Deleted on one side and
    /// changed on the other keeps the changed copy.
    fn merge_project(&self, rel: &Path, stages: &[Option<BlobId>; 3]) -> Result<(), SyncError> {
        let wanted: Vec<(&str, &Path)> = stages
            .iter()
            .flatten()
            .map(|id| (id.as_str(), rel))
            .collect();
        self.load(&wanted)?;
        let stage = |n: usize| {
            stages[n]
                .as_deref()
                .map(|id| self.project(id, rel))
                .transpose()
        };
        let (base, ours, theirs) = (stage(0)?, stage(1)?, stage(2)?);
        let merged = match (base, ours, theirs) {
            (Some(b), Some(o), Some(t)) => {
                merge(&b, &o, &t)
                    .map_err(|e| SyncError::Project(rel.to_path_buf(), e.words()))?
                    .project
            }
            // Added on both sides: the other's copy is the base of nothing;
            // merge it against an empty list of changes (ours wins, theirs
            // recorded as conflicts where they differ).
            (None, Some(o), Some(t)) => {
                merge(&o, &o, &t)
                    .map_err(|e| SyncError::Project(rel.to_path_buf(), e.words()))?
                    .project
            }
            (_, Some(kept), None) | (_, None, Some(kept)) => Arc::unwrap_or_clone(kept),
            (_, None, None) => {
                self.git.run(
                    "git-doing-drop-deleted",
                    &["rm", "--quiet", "--cached", "--", &git_path(rel)],
                )?;
                return Ok(());
            }
        };
        let text = project_to_ron(&merged)
            .map_err(|e| SyncError::Project(rel.to_path_buf(), e.words()))?;
        let path = self.top.join(rel);
        write_atomically(&path, text.as_bytes(), false)
            .map_err(|e| SyncError::Project(rel.to_path_buf(), e.words()))?;
        let spec = git_path(rel);
        self.git
            .run("git-doing-note-merged", &["add", "--", &spec])?;
        // Known by its new blob id from here on: the summary and the
        // conflicts check need not read it back.
        let id = self
            .git
            .run("git-doing-note-merged", &["rev-parse", &format!(":{spec}")])?;
        self.parsed.borrow_mut().insert(id, Arc::new(merged));
        Ok(())
    }

    fn keep_ours(&self, rel: &Path) -> Result<(), SyncError> {
        let p = git_path(rel);
        let out = self.git.output(&["checkout", "--ours", "--", &p])?;
        if out.ok {
            self.git.run("git-doing-keep-yours", &["add", "--", &p])?;
        } else {
            // Deleted on our side: stays deleted.
            self.git
                .run("git-doing-keep-yours", &["rm", "--quiet", "--", &p])?;
        }
        Ok(())
    }

    fn push(&self, progress: &Progress) -> Result<Output, SyncError> {
        let refspec = format!("HEAD:refs/heads/{}", self.branch);
        Ok(self.git.output_cancellable(
            &[
                // No delta search for a big project: see `setup::BIG_FILE`.
                "-c",
                &format!("core.bigFileThreshold={BIG_FILE}"),
                "push",
                "--quiet",
                "--no-verify",
                "origin",
                &refspec,
            ],
            progress,
        )?)
    }

    /// The desk's projects as this Sync leaves them: each project file as
    /// the index holds it (what was committed, and what a push sends),
    /// read from disk only when git does not have it (a file git ignores).
    /// A project that does not load is left out, as the queue leaves it.
    fn projects(&self) -> Result<Vec<(PathBuf, Arc<Project>)>, SyncError> {
        let out = self.listing("git-doing-list-desk", &["ls-files", "-s", "-z"])?;
        let indexed: HashMap<PathBuf, BlobId> = index_entries(&out)
            .into_iter()
            .filter(|(stage, _, path)| *stage == 0 && is_project(path))
            .map(|(_, id, path)| (path, id))
            .collect();
        let files = project_files(&self.top);
        let wanted: Vec<(&str, &Path)> = files
            .iter()
            .filter_map(|rel| Some((indexed.get(rel)?.as_str(), rel.as_path())))
            .collect();
        // Side by side where it can; one that does not parse is tried (and
        // left out) on its own below.
        let _ = self.load(&wanted);
        let mut out = Vec::new();
        for rel in files {
            let project = match indexed.get(&rel) {
                Some(id) => self.project(id, &rel).ok(),
                None => crate::io::load_project(&self.top.join(&rel))
                    .ok()
                    .map(Arc::new),
            };
            if let Some(project) = project {
                out.push((rel, project));
            }
        }
        Ok(out)
    }

    /// What changed in the project files between two commits, by person.
    fn incoming(&self, from: Option<&str>, to: &str) -> Result<Vec<Incoming>, SyncError> {
        let changed: Vec<Change> = match from {
            Some(from) if from == to => return Ok(Vec::new()),
            Some(from) => self.changes_between(from, to)?,
            None => index_like_tree(&self.listing(
                "git-doing-list-incoming",
                &["ls-tree", "-r", "-z", "--full-tree", to],
            )?),
        };
        let changed: Vec<Change> = changed
            .into_iter()
            .filter(|c| is_project(&c.path) && c.after.is_some())
            .collect();
        self.load(&versions(changed.iter()))?;
        let mut out = Vec::new();
        for c in changed {
            let Some(after) = c.after.as_deref() else {
                continue;
            };
            let after = self.project(after, &c.path)?;
            let before = c
                .before
                .as_deref()
                .map(|id| self.project(id, &c.path))
                .transpose()?;
            out.push(Incoming {
                new_project: before.is_none(),
                people: changes(before.as_deref(), &after),
                path: c.path,
            });
        }
        Ok(out)
    }
}

/// `git ls-tree -r -z`: `MODE TYPE ID\tPATH\0` per file, as new files.
fn index_like_tree(out: &str) -> Vec<Change> {
    out.split('\0')
        .filter_map(|line| {
            let (meta, path) = line.split_once('\t')?;
            let mut parts = meta.split(' ');
            let (_mode, kind, id) = (parts.next()?, parts.next()?, parts.next()?);
            (kind == "blob").then(|| Change {
                path: PathBuf::from(path),
                before: None,
                after: Some(id.to_owned()),
            })
        })
        .collect()
}

/// A relative path as git writes it (forward slashes).
fn git_path(rel: &Path) -> String {
    rel.to_string_lossy().replace('\\', "/")
}

/// A fetch or push that failed for a reason other than someone pushing first.
fn unreachable(out: &Output) -> Message {
    match failed("git-doing-reach", out) {
        GitError::Failed { said, .. } if !said.is_empty() => {
            Message::new("sync-error-as-said").arg("detail", said)
        }
        other => other.words(),
    }
}

fn refused(out: &Output) -> bool {
    let e = &out.stderr;
    [
        "[rejected]",
        "non-fast-forward",
        "fetch first",
        "cannot lock ref",
        "failed to update ref",
    ]
    .iter()
    .any(|s| e.contains(s))
}

/// Syncs the desk holding `path` (a project file or the desk folder):
/// commit, fetch, merge, push, as the module says. The caller has saved.
/// `program` is this ClaimDesk: when the clone's merge driver (what git in
/// a terminal runs) is unset or names a program that no longer runs here,
/// it is pointed at `program` (`None` leaves it alone).
pub fn sync(
    path: &Path,
    author: &Author,
    program: Option<&Path>,
    progress: &Progress,
) -> Result<SyncReport, SyncError> {
    progress.set_total(STEPS);
    let top = desk_of(path)?;
    let git = Git::new(&top);
    ensure_attribute(&git)?;
    tune_shared_of(&git, &top);
    let repointed_driver = match program {
        Some(program) => ensure_driver(&git, program)?,
        None => None,
    };
    let branch = git
        .run(
            "git-doing-find-branch",
            &["symbolic-ref", "--short", "HEAD"],
        )
        .map_err(|_| {
            SyncError::NotADesk(
                Message::new("desk-error-not-on-a-branch").arg("path", top.display().to_string()),
            )
        })?;
    let desk = Desk {
        git,
        top,
        branch,
        parsed: RefCell::default(),
    };
    // No e-mail given: git's own, else none (git takes an empty one).
    let author = &Author {
        name: author.name.clone(),
        email: match author.email.trim() {
            "" => desk
                .git
                .run(
                    "git-doing-read-settings",
                    &["config", "--get", "user.email"],
                )
                .unwrap_or_default(),
            email => email.to_owned(),
        },
    };
    let mut report = SyncReport {
        status: SyncStatus::Synced,
        committed: false,
        message: String::new(),
        incoming: Vec::new(),
        conflicted: Vec::new(),
        offline_reason: Message::new("sync-error-as-said").arg("detail", ""),
        kept_ours: Vec::new(),
        projects: Vec::new(),
        refused_pushes: 0,
        repointed_driver,
    };
    let projects = rounds(&desk, author, progress, &mut report)?;
    // The projects go to the caller without copying: only the cache and
    // this list hold them, and the cache goes first.
    drop(desk.parsed.take());
    report.projects = projects
        .into_iter()
        .map(|(rel, p)| (rel, Arc::unwrap_or_clone(p)))
        .collect();
    Ok(report)
}

/// Sync's steps after the checks: commit, then fetch, merge and push until
/// the push goes through or cannot. Returns the desk's projects as they are
/// left, and fills in `report`.
fn rounds(
    desk: &Desk,
    author: &Author,
    progress: &Progress,
    report: &mut SyncReport,
) -> Result<Vec<(PathBuf, Arc<Project>)>, SyncError> {
    desk.stage()?;
    let fetch = |git: &Git| git.output_cancellable(&["fetch", "--quiet", "origin"], progress);
    // The first fetch needs nothing from this user's commit: it runs while
    // the commit's message is read from the projects.
    let git = &desk.git;
    let (own, first_fetch) = std::thread::scope(|s| {
        let fetching = s.spawn(move || fetch(git));
        let own = desk.commit_own(author);
        let fetched = fetching.join().unwrap_or_else(|_| {
            Err(GitError::Failed {
                doing: "git-doing-fetch".into(),
                said: "it stopped unexpectedly".into(),
            })
        });
        (own, fetched)
    });
    if let Some(message) = own? {
        report.committed = true;
        report.message = message;
    }
    progress.set_done(1);
    let start = desk.head()?;
    let mut first_fetch = Some(first_fetch);

    for _round in 0..PUSH_ROUNDS {
        if progress.is_cancelled() {
            return Err(SyncError::Cancelled);
        }
        let fetched = match first_fetch.take() {
            Some(fetched) => fetched,
            None => fetch(&desk.git),
        }?;
        if !fetched.ok {
            report.status = SyncStatus::Offline;
            report.offline_reason = unreachable(&fetched);
            return desk.projects();
        }
        progress.set_done(2);
        if let Some(remote) = desk.remote_head()? {
            let contained = desk.head()?.is_some()
                && desk
                    .git
                    .output(&["merge-base", "--is-ancestor", &remote, "HEAD"])?
                    .ok;
            if !contained {
                report.kept_ours.extend(desk.merge_remote(author)?);
            }
        }
        progress.set_done(3);
        if let Some(head) = desk.head()? {
            report.incoming = desk.incoming(start.as_deref(), &head)?;
        }
        let projects = desk.projects()?;
        report.conflicted = projects
            .iter()
            .filter(|(_, p)| !p.conflicts.is_empty())
            .map(|(rel, _)| rel.clone())
            .collect();
        if !report.conflicted.is_empty() || !report.kept_ours.is_empty() {
            report.status = SyncStatus::Conflicts;
            return Ok(projects);
        }
        let (head, remote) = (desk.head()?, desk.remote_head()?);
        if head.is_none() || head == remote {
            progress.set_done(STEPS);
            return Ok(projects);
        }
        progress.set_done(4);
        let pushed = desk.push(progress)?;
        if pushed.ok {
            progress.set_done(STEPS);
            return Ok(projects);
        }
        if !refused(&pushed) {
            report.status = SyncStatus::Offline;
            report.offline_reason = unreachable(&pushed);
            return Ok(projects);
        }
        // Someone pushed first: fetch their work, merge, try again.
        report.refused_pushes += 1;
    }
    report.status = SyncStatus::Offline;
    report.offline_reason = Message::new("sync-offline-pushed-first");
    desk.projects()
}

/// Both versions of each changed file, as (blob id, path) pairs to parse.
fn versions<'a>(changes: impl Iterator<Item = &'a Change>) -> Vec<(&'a str, &'a Path)> {
    changes
        .flat_map(|c| {
            [&c.before, &c.after]
                .into_iter()
                .flatten()
                .map(|id| (id.as_str(), c.path.as_path()))
        })
        .collect()
}
