//! The desk in the window: File › Desk › Join a desk… and Start a desk…,
//! Sync (F5, the toolbar, the Desk tab) and the Desk tab's queue. Each runs
//! through `desk`'s engine as a `Job` with progress and Cancel; the window
//! keeps drawing. Sync saves first and a failed save stops it; afterwards the
//! open project is read again from its file (the merge may have changed it),
//! what came in goes to the status bar, and conflicts open the Conflicts tab.

use std::path::{Path, PathBuf};

use eframe::egui;

use super::ClaimDeskApp;
use super::job::{Job, take_finished};
use crate::desk::{self, Author, Queue, SyncError, SyncReport, SyncStatus};
use crate::edit::Document;
use crate::i18n::{Message, Value};
use crate::io::load_project_stamped;
use crate::model::Project;
use crate::progress::Progress;
use crate::ui::desk_dialogs::DeskDialog;
use crate::ui::dialogs::Dialog;
use crate::ui::working::Working;
use crate::ui::{Command, Tab};

/// What the window knows of the desk the open project is in.
#[derive(Default)]
pub(super) struct DeskState {
    /// The desk's folder (the clone's top), once a Sync, join or start found it.
    pub top: Option<PathBuf>,
    pub queue: Option<Queue>,
    /// What the last Sync said, for the Desk tab.
    pub last_sync: String,
    /// The e-mail commits are signed with (kept with the window's settings).
    pub email: String,
    sync_job: Option<Job<SyncDone>>,
    setup_job: Option<Job<Result<SetupDone, String>>>,
    refresh_job: Option<Job<Option<(PathBuf, Queue)>>>,
}

impl DeskState {
    pub(super) fn with_email(email: String) -> Self {
        Self {
            email,
            ..Self::default()
        }
    }
}

struct SyncDone {
    result: Result<SyncReport, SyncError>,
    top: Option<PathBuf>,
    queue: Option<Queue>,
    /// What came in, one message per project (`desk::incoming_lines`).
    summary: Vec<Message>,
}

struct SetupDone {
    top: PathBuf,
    /// The project to open: the one just added (start), or the desk's first (join).
    open: Option<PathBuf>,
    queue: Queue,
}

/// The queue of the desk at `top` for `user`, and a project title lookup.
fn read_desk(top: &Path, user: &str) -> (Queue, Vec<(PathBuf, String)>) {
    desk_of_projects(&desk::load_projects(top), user)
}

/// The queue of a desk's `projects` for `user`, and a project title lookup.
fn desk_of_projects(
    projects: &[(PathBuf, Project)],
    user: &str,
) -> (Queue, Vec<(PathBuf, String)>) {
    let titles = projects
        .iter()
        .map(|(rel, p)| (rel.clone(), p.title.clone()))
        .collect();
    (desk::queue(projects, user), titles)
}

fn run_sync(path: &Path, author: &Author, progress: &Progress) -> SyncDone {
    // Named in the clone's merge driver if the one there no longer runs.
    let program = std::env::current_exe().ok();
    let mut result = desk::sync(path, author, program.as_deref(), progress);
    let top = desk::desk_of(path).ok();
    let (queue, summary) = match (&mut result, &top) {
        (Ok(report), Some(_)) => {
            // The Sync read every project once already: no second reading.
            let projects = std::mem::take(&mut report.projects);
            let (queue, titles) = desk_of_projects(&projects, &author.name);
            let title = |rel: &Path| {
                titles
                    .iter()
                    .find(|(r, _)| r == rel)
                    .map_or_else(|| rel.display().to_string(), |(_, t)| t.clone())
            };
            (Some(queue), desk::incoming_lines(&report.incoming, &title))
        }
        _ => (None, Vec::new()),
    };
    SyncDone {
        result,
        top,
        queue,
        summary,
    }
}

/// Why copying into the desk failed (`desk-files.ftl`): `id` with the path
/// and what the system said.
fn copy_error(id: &'static str, path: &Path, e: &std::io::Error) -> Message {
    Message::new(id)
        .arg("path", path.display().to_string())
        .arg("detail", e.to_string())
}

/// Copies the open project's file (and its evidence folder) into the desk.
fn copy_into(file: &Path, folder: &Path) -> Result<PathBuf, Message> {
    let name = file.file_name().ok_or_else(|| {
        Message::new("desk-copy-not-a-file").arg("path", file.display().to_string())
    })?;
    let to = folder.join(name);
    std::fs::copy(file, &to).map_err(|e| copy_error("desk-copy-failed", file, &e))?;
    let evidence = file.with_extension("evidence");
    if evidence.is_dir() {
        copy_dir(&evidence, &to.with_extension("evidence"))?;
    }
    Ok(to)
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), Message> {
    std::fs::create_dir_all(to).map_err(|e| copy_error("desk-copy-make-failed", to, &e))?;
    let entries =
        std::fs::read_dir(from).map_err(|e| copy_error("desk-copy-read-failed", from, &e))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_file() {
            std::fs::copy(&path, to.join(entry.file_name()))
                .map_err(|e| copy_error("desk-copy-failed", &path, &e))?;
        }
    }
    Ok(())
}

impl ClaimDeskApp {
    /// The e-mail for desk commits, as stored with the window's settings.
    pub(super) fn store_desk_email(&self, storage: &mut dyn eframe::Storage) {
        if !self.desk.email.is_empty() {
            eframe::set_value(storage, super::identity::EMAIL_KEY, &self.desk.email);
        }
    }

    /// Test hook: whether a Sync, join or start is running.
    pub fn desk_busy(&self) -> bool {
        self.desk.sync_job.is_some()
            || self.desk.setup_job.is_some()
            || self.desk.refresh_job.is_some()
    }

    /// Test hook: the Desk tab's queue.
    pub fn desk_queue(&self) -> Option<&Queue> {
        self.desk.queue.as_ref()
    }

    pub(super) fn desk_info(&self) -> Option<crate::ui::desk_view::DeskInfo<'_>> {
        Some(crate::ui::desk_view::DeskInfo {
            top: self.desk.top.as_deref()?,
            queue: self.desk.queue.as_ref(),
            last_sync: &self.desk.last_sync,
            open: self.doc.path.as_deref(),
            syncing: self.desk_busy(),
        })
    }

    pub(super) fn ask_join_desk(&mut self) {
        self.dialog = Some(Dialog::Desk(DeskDialog::Join {
            remote: String::new(),
            folder: String::new(),
            email: self.desk.email.clone(),
        }));
    }

    pub(super) fn ask_start_desk(&mut self) {
        self.dialog = Some(Dialog::Desk(DeskDialog::Start {
            shared: String::new(),
            folder: String::new(),
            email: self.desk.email.clone(),
        }));
    }

    /// The user's name, or the name dialog and `None`.
    fn desk_author(&mut self) -> Option<Author> {
        let name = self.user_name().trim().to_owned();
        if name.is_empty() {
            self.ask_user_name();
            self.info(self.tr("desk-msg-name-first"));
            return None;
        }
        Some(Author {
            name,
            email: self.desk.email.clone(),
        })
    }

    /// Save, then commit, fetch, merge and push, off the UI thread.
    pub(super) fn start_sync(&mut self) {
        if self.desk_busy() {
            return;
        }
        let Some(path) = self.doc.path.clone() else {
            return self.error(
                self.tr("desk-msg-could-not-sync"),
                self.tr("desk-msg-not-in-desk"),
            );
        };
        let Some(author) = self.desk_author() else {
            return;
        };
        // Unsaved edits go first; a failed save (or a file changed on disk,
        // which asks) stops the Sync.
        if self.doc.is_dirty() && !self.save_to(path.clone()) {
            if self.disk_prompt.is_none() {
                self.error(
                    self.tr("desk-msg-sync-stopped"),
                    self.tr("desk-msg-not-saved"),
                );
            }
            return;
        }
        match Job::spawn("sync", move |progress| run_sync(&path, &author, progress)) {
            Ok(job) => {
                self.dialog = Some(Dialog::Working(
                    Working::new(
                        self.tr("desk-msg-syncing"),
                        job.progress(),
                        Command::CancelSync,
                    )
                    .status(
                        self.tr("desk-msg-sending"),
                        // Working fills in {done} and {total} as it counts.
                        self.tr_args(
                            "desk-msg-sync-step",
                            &[("done", "{done}".into()), ("total", "{total}".into())],
                        ),
                    )
                    .note(self.tr("desk-msg-sync-note")),
                ));
                self.desk.sync_job = Some(job);
            }
            Err(e) => self.error(self.tr("desk-msg-could-not-sync"), e.to_string()),
        }
    }

    pub(super) fn cancel_sync(&mut self) {
        if let Some(job) = self.desk.sync_job.take() {
            self.close_progress_of(&job);
            job.cancel();
            self.info(self.tr("desk-msg-sync-cancelled"));
        }
    }

    /// Each frame: the end of a Sync, a join or start, or a refresh.
    pub(super) fn poll_desk(&mut self, ctx: &egui::Context) {
        if let Some(job) = take_finished(&mut self.desk.sync_job, ctx, |j| j) {
            self.close_progress_of(&job);
            match job.join() {
                Ok(done) => self.sync_done(done),
                Err(_) => self.error(
                    self.tr("desk-msg-could-not-sync"),
                    self.tr("desk-msg-sync-internal-error"),
                ),
            }
        }
        if let Some(job) = take_finished(&mut self.desk.setup_job, ctx, |j| j) {
            self.close_progress_of(&job);
            match job.join() {
                Ok(Ok(done)) => self.setup_done(done),
                Ok(Err(e)) => self.error(self.tr("desk-msg-could-not-set-up"), e),
                Err(_) => self.error(
                    self.tr("desk-msg-could-not-set-up"),
                    self.tr("desk-msg-setup-internal-error"),
                ),
            }
        }
        if let Some(job) = take_finished(&mut self.desk.refresh_job, ctx, |j| j)
            && let Ok(Some((top, queue))) = job.join()
        {
            self.desk.top = Some(top);
            self.desk.queue = Some(queue);
        }
    }

    fn sync_done(&mut self, done: SyncDone) {
        let report = match done.result {
            Ok(report) => report,
            Err(SyncError::Cancelled) => return,
            Err(e) => {
                let text = self.catalog.message(&e.words());
                return self.error(self.tr("desk-msg-could-not-sync"), text);
            }
        };
        if done.top.is_some() {
            self.desk.top = done.top;
        }
        if done.queue.is_some() {
            self.desk.queue = done.queue;
        }
        self.reload_after_sync();
        let came_in = if done.summary.is_empty() {
            self.tr("desk-msg-nothing-came-in")
        } else {
            let lines = done.summary.into_iter().map(Into::into).collect();
            self.catalog.value_text(&Value::Sentences(lines))
        };
        let text = match report.status {
            SyncStatus::Synced => self.tr_args("desk-msg-synced", &[("came", came_in.into())]),
            SyncStatus::Conflicts => {
                self.tab = Tab::Conflicts;
                self.tr_args("desk-msg-conflicts", &[("came", came_in.into())])
            }
            SyncStatus::Offline => self.tr_args(
                "desk-msg-offline",
                &[(
                    "reason",
                    self.catalog.message(&report.offline_reason).into(),
                )],
            ),
        };
        self.desk.last_sync = text.clone();
        match report.status {
            SyncStatus::Offline => self.message = Some((text, true)),
            _ => self.info(text),
        }
    }

    /// The open project as its file now holds it (a Sync merged into it).
    /// Edits made while the Sync ran stay: the next save offers to merge.
    fn reload_after_sync(&mut self) {
        let Some(path) = self.doc.path.clone() else {
            return;
        };
        if self.doc.is_dirty() {
            return;
        }
        let Ok((project, stamp)) = load_project_stamped(&path) else {
            return;
        };
        if &project == self.doc.project() {
            self.remember_on_disk(&path, stamp, project);
            return;
        }
        let (selected, tab) = (self.selected, self.tab);
        self.replace_document(Document::opened(project.clone(), path.clone()));
        self.remember_on_disk(&path, stamp, project);
        self.selected = selected.filter(|id| self.doc.project().claim(*id).is_some());
        self.tab = tab;
    }

    pub(super) fn join_desk(&mut self, remote: String, folder: PathBuf, email: String) {
        self.desk.email = email;
        let user = self.user_name().to_owned();
        let program = std::env::current_exe().ok();
        let title = self.tr("desk-msg-joining");
        let catalog = std::sync::Arc::clone(&self.catalog);
        self.start_setup(&title, move |progress| {
            desk::join(&remote, &folder, program.as_deref(), progress)
                .map_err(|e| catalog.message(&e.words()))?;
            let (queue, _) = read_desk(&folder, &user);
            let open = desk::sync::project_files(&folder)
                .first()
                .map(|rel| folder.join(rel));
            Ok(SetupDone {
                top: folder,
                open,
                queue,
            })
        });
    }

    pub(super) fn start_desk(&mut self, shared: PathBuf, folder: PathBuf, email: String) {
        self.desk.email = email;
        let Some(file) = self.doc.path.clone() else {
            return self.error(
                self.tr("desk-msg-could-not-start"),
                self.tr("desk-msg-save-first"),
            );
        };
        if self.doc.is_dirty() && !self.save_to(file.clone()) {
            return;
        }
        let Some(author) = self.desk_author() else {
            return;
        };
        let program = std::env::current_exe().ok();
        let title = self.tr("desk-msg-starting");
        let catalog = std::sync::Arc::clone(&self.catalog);
        self.start_setup(&title, move |progress| {
            desk::start(&shared).map_err(|e| catalog.message(&e.words()))?;
            let remote = shared.to_string_lossy().into_owned();
            desk::join(&remote, &folder, program.as_deref(), progress)
                .map_err(|e| catalog.message(&e.words()))?;
            let open = copy_into(&file, &folder).map_err(|m| catalog.message(&m))?;
            let report = desk::sync(&open, &author, program.as_deref(), progress)
                .map_err(|e| catalog.message(&e.words()))?;
            if report.status != SyncStatus::Synced {
                return Err(catalog.format(
                    "desk-added-not-sent",
                    &[("reason", catalog.message(&report.offline_reason).into())],
                ));
            }
            let (queue, _) = read_desk(&folder, &author.name);
            Ok(SetupDone {
                top: folder,
                open: Some(open),
                queue,
            })
        });
    }

    fn start_setup(
        &mut self,
        title: &str,
        work: impl FnOnce(&Progress) -> Result<SetupDone, String> + Send + 'static,
    ) {
        if self.desk_busy() {
            return;
        }
        match Job::spawn("desk setup", work) {
            Ok(job) => {
                self.dialog = Some(Dialog::Working(
                    Working::new(title, job.progress(), Command::CancelSync)
                        .note(self.tr("desk-msg-setup-note")),
                ));
                self.desk.setup_job = Some(job);
            }
            Err(e) => self.error(self.tr("desk-msg-could-not-set-up"), e.to_string()),
        }
    }

    pub(super) fn cancel_setup(&mut self) {
        if let Some(job) = self.desk.setup_job.take() {
            self.close_progress_of(&job);
            job.cancel();
            self.info(self.tr("desk-msg-cancelled"));
        }
    }

    fn setup_done(&mut self, done: SetupDone) {
        self.desk.top = Some(done.top.clone());
        self.desk.queue = Some(done.queue);
        match done.open {
            // The old project was saved before a start; a join asks first.
            Some(path) => self.apply_unguarded_open(&path),
            None => {
                let folder = done.top.display().to_string();
                self.info(self.tr_args("desk-msg-joined-empty", &[("folder", folder.into())]));
            }
        }
        self.tab = Tab::Desk;
    }

    fn apply_unguarded_open(&mut self, path: &Path) {
        if self.doc.is_dirty() {
            let folder = self
                .desk
                .top
                .as_deref()
                .unwrap_or(path)
                .display()
                .to_string();
            self.info(self.tr_args("desk-msg-save-then-open", &[("folder", folder.into())]));
        } else {
            self.open(path);
        }
    }

    /// Reads the desk's projects again for the Desk tab, off the UI thread.
    pub(super) fn refresh_desk(&mut self) {
        if self.desk.refresh_job.is_some() {
            return;
        }
        let Some(path) = self.doc.path.clone() else {
            return;
        };
        let user = self.user_name().to_owned();
        let job = Job::spawn("desk queue", move |_| {
            let top = desk::desk_of(&path).ok()?;
            let (queue, _) = read_desk(&top, &user);
            Some((top, queue))
        });
        if let Ok(job) = job {
            self.desk.refresh_job = Some(job);
        }
    }

    /// A row of the Desk tab: that project, at that claim.
    pub(super) fn open_desk_claim(
        &mut self,
        path: &Path,
        claim: Option<crate::model::ClaimId>,
        now: f64,
    ) {
        let (top, queue) = (self.desk.top.clone(), self.desk.queue.take());
        self.open(path);
        // Opening replaces the document, not the desk.
        (self.desk.top, self.desk.queue) = (top, queue);
        if let Some(id) = claim
            && self.doc.project().claim(id).is_some()
        {
            self.select(Some(id), true, now);
        } else {
            self.tab = Tab::Desk;
        }
    }
}
