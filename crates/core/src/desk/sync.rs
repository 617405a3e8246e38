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

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};

use super::changes::{PersonChanges, changes, sentence};
use super::git::{Git, GitError, Output, failed};
use super::setup::{SetupError, ensure_attribute};
use crate::io::{LoadError, parse_project, project_to_ron, write_atomically};
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
    /// Why the remote could not be reached (git's words), when offline.
    pub offline_reason: String,
    /// Files git could not merge that are not projects: ours kept.
    pub kept_ours: Vec<PathBuf>,
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
    /// The folder is not a desk (not a git clone with a remote).
    NotADesk(String),
    Git(GitError),
    /// A project file in the desk cannot be read or written.
    Project(PathBuf, String),
    Cancelled,
}

impl std::fmt::Display for SyncError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotADesk(s) => f.write_str(s),
            Self::Git(e) => e.fmt(f),
            Self::Project(path, e) => write!(f, "{}: {e}", path.display()),
            Self::Cancelled => f.write_str("Sync was cancelled"),
        }
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
        return Err(SyncError::NotADesk(format!(
            "{} is not a folder",
            dir.display()
        )));
    }
    let top = super::setup::toplevel(&dir).map_err(|e| match e {
        GitError::Missing => SyncError::Git(e),
        _ => SyncError::NotADesk(format!(
            "{} is not in a desk (join one first: File › Desk › Join a desk…, or `claimdesk desk join`)",
            dir.display()
        )),
    })?;
    let remotes = Git::new(&top).run("list the remotes", &["remote"])?;
    if !remotes.lines().any(|r| r.trim() == "origin") {
        return Err(SyncError::NotADesk(format!(
            "{} has no shared repository to sync with (no remote called origin)",
            top.display()
        )));
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

struct Desk {
    git: Git,
    top: PathBuf,
    branch: String,
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

    /// A file's project at a commit (`None`: not there then).
    fn project_at(&self, rev: &str, rel: &Path) -> Result<Option<Project>, SyncError> {
        let spec = format!("{rev}:{}", git_path(rel));
        self.parse_blob(&spec, rel)
    }

    fn parse_blob(&self, spec: &str, rel: &Path) -> Result<Option<Project>, SyncError> {
        let out = self.git.output(&["cat-file", "blob", spec])?;
        if !out.ok {
            return Ok(None);
        }
        parse_project(out.stdout.as_bytes())
            .map(Some)
            .map_err(|e| SyncError::Project(rel.to_path_buf(), load_error(&e)))
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
    /// project files and their evidence folders, `.gitattributes`.
    fn stage(&self) -> Result<(), SyncError> {
        self.git
            .run("note the changed files", &["add", "--update"])?;
        let mut new: Vec<OsString> = vec!["add".into(), "--".into()];
        let before = new.len();
        for rel in project_files(&self.top) {
            new.push(rel.clone().into_os_string());
            let evidence = rel.with_extension("evidence");
            if self.top.join(&evidence).is_dir() {
                new.push(evidence.into_os_string());
            }
        }
        if self.top.join(".gitattributes").is_file() {
            new.push(".gitattributes".into());
        }
        if new.len() > before {
            self.git.run("add the new project files", &new)?;
        }
        Ok(())
    }

    fn staged_files(&self) -> Result<Vec<PathBuf>, SyncError> {
        let out = self.git.run(
            "list the changed files",
            &["diff", "--cached", "--name-only", "-z", "--no-renames"],
        )?;
        Ok(out
            .split('\0')
            .filter(|s| !s.is_empty())
            .map(PathBuf::from)
            .collect())
    }

    /// Commits what is staged, with a message from the projects' activity.
    fn commit_own(&self, author: &Author) -> Result<Option<String>, SyncError> {
        let files = self.staged_files()?;
        if files.is_empty() {
            return Ok(None);
        }
        let head = self.head()?;
        let mut lines = Vec::new();
        for rel in files
            .iter()
            .filter(|f| f.extension().is_some_and(|e| e == "ron"))
        {
            let after = self.parse_blob(&format!(":{}", git_path(rel)), rel)?;
            let before = match &head {
                Some(h) => self.project_at(h, rel)?,
                None => None,
            };
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
        let mut args = Self::author_args(author);
        args.extend([
            "commit".into(),
            "--quiet".into(),
            "--no-verify".into(),
            "-m".into(),
            message.clone(),
        ]);
        self.git.run("commit your changes", &args)?;
        Ok(Some(message))
    }

    /// Merges the fetched remote branch into ours. Returns the files git
    /// could not merge that are not projects (ours kept).
    fn merge_remote(&self, author: &Author) -> Result<Vec<PathBuf>, SyncError> {
        let remote = self.remote_ref();
        if self.head()?.is_none() {
            // Nothing committed here yet: take the desk as it is.
            self.git.run(
                "take the desk's files",
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
        let out = self.git.output(&args)?;
        let unmerged = self.unmerged()?;
        if !out.ok && unmerged.is_empty() && !self.merging() {
            return Err(failed("merge the desk's changes", &out).into());
        }
        let mut kept_ours = Vec::new();
        for rel in unmerged {
            if rel.extension().is_some_and(|e| e == "ron") {
                self.merge_project(&rel)?;
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
            self.git.run("record the merge", &args)?;
        }
        Ok(kept_ours)
    }

    fn merging(&self) -> bool {
        self.git
            .output(&["rev-parse", "--verify", "--quiet", "MERGE_HEAD"])
            .is_ok_and(|o| o.ok)
    }

    fn unmerged(&self) -> Result<Vec<PathBuf>, SyncError> {
        let out = self.git.run(
            "list the files to merge",
            &["diff", "--name-only", "-z", "--diff-filter=U"],
        )?;
        let mut files: Vec<PathBuf> = out
            .split('\0')
            .filter(|s| !s.is_empty())
            .map(PathBuf::from)
            .collect();
        files.dedup();
        Ok(files)
    }

    /// One project both sides changed: merged from git's stages (1 base,
    /// 2 ours, 3 theirs), written and staged. Deleted on one side and
    /// changed on the other keeps the changed copy.
    fn merge_project(&self, rel: &Path) -> Result<(), SyncError> {
        let stage = |n: u8| self.parse_blob(&format!(":{n}:{}", git_path(rel)), rel);
        let (base, ours, theirs) = (stage(1)?, stage(2)?, stage(3)?);
        let merged = match (base, ours, theirs) {
            (Some(b), Some(o), Some(t)) => {
                merge(&b, &o, &t)
                    .map_err(|e| SyncError::Project(rel.to_path_buf(), e.to_string()))?
                    .project
            }
            // Added on both sides: the other's copy is the base of nothing;
            // merge it against an empty list of changes (ours wins, theirs
            // recorded as conflicts where they differ).
            (None, Some(o), Some(t)) => {
                merge(&o, &o, &t)
                    .map_err(|e| SyncError::Project(rel.to_path_buf(), e.to_string()))?
                    .project
            }
            (_, Some(kept), None) | (_, None, Some(kept)) => kept,
            (_, None, None) => {
                self.git.run(
                    "drop a deleted file",
                    &["rm", "--quiet", "--cached", "--", &git_path(rel)],
                )?;
                return Ok(());
            }
        };
        let text = project_to_ron(&merged)
            .map_err(|e| SyncError::Project(rel.to_path_buf(), e.to_string()))?;
        let path = self.top.join(rel);
        write_atomically(&path, text.as_bytes(), false)
            .map_err(|e| SyncError::Project(rel.to_path_buf(), e.to_string()))?;
        self.git
            .run("note the merged project", &["add", "--", &git_path(rel)])?;
        Ok(())
    }

    fn keep_ours(&self, rel: &Path) -> Result<(), SyncError> {
        let p = git_path(rel);
        let out = self.git.output(&["checkout", "--ours", "--", &p])?;
        if out.ok {
            self.git.run("keep your copy", &["add", "--", &p])?;
        } else {
            // Deleted on our side: stays deleted.
            self.git
                .run("keep your copy", &["rm", "--quiet", "--", &p])?;
        }
        Ok(())
    }

    fn push(&self, progress: &Progress) -> Result<Output, SyncError> {
        let refspec = format!("HEAD:refs/heads/{}", self.branch);
        Ok(self.git.output_cancellable(
            &["push", "--quiet", "--no-verify", "origin", &refspec],
            progress,
        )?)
    }

    /// Files in the desk now holding unresolved conflicts.
    fn conflicted(&self) -> Vec<PathBuf> {
        load_projects(&self.top)
            .into_iter()
            .filter(|(_, p)| !p.conflicts.is_empty())
            .map(|(rel, _)| rel)
            .collect()
    }

    /// What changed in the project files between two commits, by person.
    fn incoming(&self, from: Option<&str>, to: &str) -> Result<Vec<Incoming>, SyncError> {
        let files: Vec<PathBuf> = match from {
            Some(from) if from == to => return Ok(Vec::new()),
            Some(from) => self
                .git
                .run(
                    "list what came in",
                    &["diff", "--name-only", "-z", "--no-renames", from, to],
                )?
                .split('\0')
                .filter(|s| s.ends_with(".ron"))
                .map(PathBuf::from)
                .collect(),
            None => self
                .git
                .run(
                    "list what came in",
                    &["ls-tree", "-r", "--name-only", "-z", to],
                )?
                .split('\0')
                .filter(|s| s.ends_with(".ron"))
                .map(PathBuf::from)
                .collect(),
        };
        let mut out = Vec::new();
        for rel in files {
            let Some(after) = self.project_at(to, &rel)? else {
                continue;
            };
            let before = match from {
                Some(from) => self.project_at(from, &rel)?,
                None => None,
            };
            out.push(Incoming {
                new_project: before.is_none(),
                people: changes(before.as_ref(), &after),
                path: rel,
            });
        }
        Ok(out)
    }
}

/// A relative path as git writes it (forward slashes).
fn git_path(rel: &Path) -> String {
    rel.to_string_lossy().replace('\\', "/")
}

fn load_error(e: &LoadError) -> String {
    e.to_string()
}

/// A fetch or push that failed for a reason other than someone pushing first.
fn unreachable(out: &Output) -> String {
    match failed("reach the desk", out) {
        GitError::Failed { said, .. } => said,
        other => other.to_string(),
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
pub fn sync(path: &Path, author: &Author, progress: &Progress) -> Result<SyncReport, SyncError> {
    progress.set_total(STEPS);
    let top = desk_of(path)?;
    let git = Git::new(&top);
    ensure_attribute(&git)?;
    let branch = git
        .run("find the branch", &["symbolic-ref", "--short", "HEAD"])
        .map_err(|_| SyncError::NotADesk(format!("{} is not on a branch (a merge or a checkout of an old version is under way in it)", top.display())))?;
    let desk = Desk { git, top, branch };
    // No e-mail given: git's own, else none (git takes an empty one).
    let author = &Author {
        name: author.name.clone(),
        email: match author.email.trim() {
            "" => desk
                .git
                .run("read the git settings", &["config", "--get", "user.email"])
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
        offline_reason: String::new(),
        kept_ours: Vec::new(),
    };

    desk.stage()?;
    if let Some(message) = desk.commit_own(author)? {
        report.committed = true;
        report.message = message;
    }
    progress.set_done(1);
    let start = desk.head()?;

    for _round in 0..PUSH_ROUNDS {
        if progress.is_cancelled() {
            return Err(SyncError::Cancelled);
        }
        let fetched = desk
            .git
            .output_cancellable(&["fetch", "--quiet", "origin"], progress)?;
        if !fetched.ok {
            report.status = SyncStatus::Offline;
            report.offline_reason = unreachable(&fetched);
            return Ok(report);
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
        report.conflicted = desk.conflicted();
        if !report.conflicted.is_empty() || !report.kept_ours.is_empty() {
            report.status = SyncStatus::Conflicts;
            return Ok(report);
        }
        let (head, remote) = (desk.head()?, desk.remote_head()?);
        if head.is_none() || head == remote {
            progress.set_done(STEPS);
            return Ok(report);
        }
        progress.set_done(4);
        let pushed = desk.push(progress)?;
        if pushed.ok {
            progress.set_done(STEPS);
            return Ok(report);
        }
        if !refused(&pushed) {
            report.status = SyncStatus::Offline;
            report.offline_reason = unreachable(&pushed);
            return Ok(report);
        }
        // Someone pushed first: fetch their work, merge, try again.
    }
    report.status = SyncStatus::Offline;
    report.offline_reason = "others kept pushing first; try Sync again".into();
    Ok(report)
}
