//! Evidence in the window, three jobs in three files: `attach.rs` takes a
//! file as a snapshot (read, hashed and extracted on a worker thread, then
//! one undoable edit), `viewer.rs` loads a snapshot's text for the source
//! viewer off the UI thread, and `archive.rs` asks the Wayback Machine for
//! copies with progress and Cancel. This file holds their state and routes
//! commands and frames to them. Nothing in the project changes until a job
//! is done, and a failed job changes nothing.

mod archive;
mod attach;
mod viewer;

pub(super) use archive::ENDPOINT_KEY;
pub(super) use attach::AttachTarget;

use eframe::egui;

use super::ClaimDeskApp;
use super::choosing::Purpose;
use super::job::POLL;
use crate::archive::DEFAULT_ENDPOINT;
use crate::ui::Command;
use crate::ui::source_viewer::SourceViewer;

#[derive(Default)]
pub(super) struct EvidenceState {
    /// The archive's base URL as the user typed it.
    pub endpoint: String,
    /// "Archive all sources without a copy" is asking for confirmation.
    asking_archive_all: bool,
    archive: Option<archive::ArchiveJob>,
    attach: Option<attach::AttachJob>,
    load: Option<viewer::LoadJob>,
    viewer: Option<SourceViewer>,
    /// A viewer shown from the next frame: the frame that applies an
    /// attached snapshot does not also lay out its text.
    pending_viewer: Option<SourceViewer>,
    /// The right-hand panel last frame, and what a page dropped there goes to.
    pub drop_zone: Option<(egui::Rect, AttachTarget)>,
}

impl EvidenceState {
    pub(super) fn new(stored_endpoint: Option<String>) -> Self {
        Self {
            endpoint: stored_endpoint.unwrap_or_else(|| DEFAULT_ENDPOINT.to_owned()),
            ..Self::default()
        }
    }
}

impl ClaimDeskApp {
    /// Whether archiving, attaching or loading a snapshot is under way.
    pub fn evidence_busy(&self) -> bool {
        let e = &self.evidence;
        e.archive.is_some() || e.attach.is_some() || e.load.is_some() || e.pending_viewer.is_some()
    }

    /// The open source viewer, if any.
    pub fn source_viewer(&self) -> Option<&SourceViewer> {
        self.evidence.viewer.as_ref()
    }

    pub fn source_viewer_mut(&mut self) -> Option<&mut SourceViewer> {
        self.evidence.viewer.as_mut()
    }

    pub(super) fn evidence_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::AddSnapshotDialog(source) => {
                if self.doc.path.is_none() {
                    self.save_first_for_snapshot(Command::AddSnapshotDialog(source));
                } else {
                    self.choose_file(Purpose::AddSnapshot(source), ctx);
                }
            }
            Command::AttachSnapshot { source, path } => {
                self.attach_snapshot(AttachTarget::Source(source), &path);
            }
            Command::NewSourceFromPage { claim, path } => {
                self.attach_snapshot(AttachTarget::NewSourceFor(claim), &path);
            }
            Command::ViewSnapshot {
                source,
                snapshot,
                claim,
            } => self.load_snapshot(source, snapshot, claim),
            Command::Archive { sources, fresh } => self.start_archive(sources, fresh),
            Command::AskArchiveAll => self.evidence.asking_archive_all = true,
            Command::CancelArchive => self.cancel_archive(),
            _ => {}
        }
    }

    /// A snapshot for a project never saved: snapshots are kept in a folder
    /// beside the project file, so the user is offered Save as… (in the
    /// article's folder, under the project's title) and `then` goes on once
    /// it is saved; Cancel changes nothing.
    pub(super) fn save_first_for_snapshot(&mut self, then: Command) {
        self.message = Some((self.tr("sources-snapshot-needs-save"), false));
        self.dialog = Some(crate::ui::dialogs::Dialog::SaveFirst {
            title: self.tr("sources-save-first-title"),
            body: self.tr("sources-save-first-body"),
            then: Box::new(then),
        });
    }

    /// Each frame: takes finished jobs' results, keeps the bars moving.
    pub(super) fn poll_evidence(&mut self, ctx: &egui::Context) {
        if let Some(viewer) = self.evidence.pending_viewer.take() {
            self.evidence.viewer = Some(viewer);
        }
        if self.evidence_busy() {
            ctx.request_repaint_after(POLL);
        }
        self.poll_attach();
        self.poll_load();
        self.poll_archive();
    }

    /// The viewer, the archive dialog and the progress window.
    pub(super) fn evidence_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        if let Some(viewer) = &mut self.evidence.viewer
            && !viewer.ui(ctx, self.doc.project(), commands)
        {
            self.evidence.viewer = None;
        }
        if self.evidence.asking_archive_all {
            let open = crate::ui::archive_window::archive_all_ui(
                ctx,
                self.doc.project(),
                &mut self.evidence.endpoint,
                commands,
            );
            self.evidence.asking_archive_all = open;
        }
        if let Some(working) = self.archive_progress() {
            crate::ui::archive_window::archiving_ui(ctx, &working, commands);
        }
    }
}
