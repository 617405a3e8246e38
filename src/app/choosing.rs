//! Asking for a file and acting on the answer when it comes. A request goes to
//! the `FilePicker` (the system's chooser, on its own thread); while it is open
//! the window keeps painting. When no system chooser is there, ClaimDesk's own
//! dialog (`ui::file_dialog`) asks instead.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError};

use eframe::egui;

use super::ClaimDeskApp;
use super::pickers::{Answer, PickKind, PickRequest};
use crate::export::Format;
use crate::ui::Command;
use crate::ui::file_dialog::{FileDialog, Outcome, home_folder};

/// What the chosen file is for.
#[derive(Clone, Debug)]
pub(super) enum Purpose {
    OpenProject,
    OpenArticle,
    ReplaceArticle,
    /// Save the project there, then carry on with `then` (a close or an open
    /// that waited for "Save changes").
    Save {
        then: Option<Box<Command>>,
    },
    /// Save the never-saved project there, then carry on with the command
    /// that needed a project file (attaching a snapshot).
    SaveThen(Box<Command>),
    Export(Format),
    /// Attach the file to this source as a snapshot.
    AddSnapshot(crate::model::SourceId),
    /// Import the file's annotations as claims.
    ImportAnnotations,
    /// Add past checks to the library: files, or a folder.
    AddToLibrary {
        folder: bool,
    },
}

pub(super) enum Choosing {
    /// The system's chooser is open.
    Waiting(Purpose, Receiver<Answer>),
    /// ClaimDesk's own dialog is open.
    InApp(Purpose, Box<FileDialog>),
}

impl ClaimDeskApp {
    /// Where a chooser starts: the project's folder, else the last project's, else home.
    fn start_folder(&self) -> PathBuf {
        self.doc
            .path
            .iter()
            .chain(self.recent.iter())
            .filter_map(|p| p.parent())
            .find(|d| d.is_dir())
            .map(Path::to_path_buf)
            .unwrap_or_else(home_folder)
    }

    fn request_for(&self, purpose: &Purpose) -> PickRequest {
        let (kind, title, suggested_name) = match purpose {
            Purpose::OpenProject => (PickKind::OpenProject, "pick-open-project", String::new()),
            Purpose::OpenArticle => (PickKind::OpenArticle, "pick-open-article", String::new()),
            Purpose::ReplaceArticle => (PickKind::OpenArticle, "pick-new-version", String::new()),
            Purpose::ImportAnnotations => (
                PickKind::ImportAnnotations,
                "pick-annotations",
                String::new(),
            ),
            Purpose::AddSnapshot(_) => (PickKind::OpenArticle, "pick-snapshot", String::new()),
            Purpose::AddToLibrary { folder: false } => {
                (PickKind::LibraryFiles, "pick-past-checks", String::new())
            }
            Purpose::AddToLibrary { folder: true } => (
                PickKind::LibraryFolder,
                "pick-past-checks-folder",
                String::new(),
            ),
            Purpose::Save { .. } | Purpose::SaveThen(_) => (
                PickKind::SaveProject,
                "pick-save-as",
                self.suggested_file_name(),
            ),
            Purpose::Export(format) => {
                let stem = self.suggested_file_name();
                let stem = stem.trim_end_matches(".ron");
                (
                    PickKind::Export {
                        extension: format.extension(),
                    },
                    "pick-export-to",
                    format!("{stem}.{}", format.extension()),
                )
            }
        };
        let title = self.tr(title);
        // A project never saved, made from an article file, is saved beside
        // the article by default.
        let folder = match (&self.doc.path, &self.article_folder) {
            (None, Some(dir)) if kind == PickKind::SaveProject && dir.is_dir() => dir.clone(),
            _ => self.start_folder(),
        };
        PickRequest {
            kind,
            title: title.to_owned(),
            suggested_name,
            folder,
        }
    }

    /// Asks for a file; the answer is acted on in a later frame.
    pub(super) fn choose_file(&mut self, purpose: Purpose, ctx: &egui::Context) {
        if self.choosing.is_some() {
            self.info(self.tr("msg-a-file-chooser-is-already"));
            return;
        }
        let request = self.request_for(&purpose);
        let answer = self.picker.pick(&request, ctx);
        self.choosing = Some(Choosing::Waiting(purpose, answer));
        // An answer that is already there is acted on in this frame.
        self.poll_chooser(ctx);
    }

    pub fn is_choosing_file(&self) -> bool {
        self.choosing.is_some()
    }

    /// Each frame: takes the system chooser's answer, or shows the in-app dialog.
    pub(super) fn poll_chooser(&mut self, ctx: &egui::Context) {
        let Some(choosing) = self.choosing.take() else {
            return;
        };
        match choosing {
            Choosing::Waiting(purpose, answer) => match answer.try_recv() {
                Ok(Answer::Chosen(path)) => self.chosen(purpose, path, ctx),
                Ok(Answer::ChosenMany(paths)) => match purpose {
                    Purpose::AddToLibrary { .. } => self.add_to_library(paths),
                    other => {
                        if let Some(first) = paths.into_iter().next() {
                            self.chosen(other, first, ctx);
                        }
                    }
                },
                Ok(Answer::Cancelled) => {}
                Ok(Answer::Unavailable) | Err(TryRecvError::Disconnected) => {
                    let request = self.request_for(&purpose);
                    let dialog = if request.kind == PickKind::LibraryFolder {
                        FileDialog::folder(&request.title, &request.folder, request.extensions())
                    } else if request.is_save() {
                        FileDialog::save(
                            &request.title,
                            &request.folder,
                            &request.suggested_name,
                            request.extensions()[0],
                        )
                    } else {
                        FileDialog::open(&request.title, &request.folder, request.extensions())
                    };
                    self.choosing = Some(Choosing::InApp(purpose, Box::new(dialog)));
                    ctx.request_repaint();
                }
                Err(TryRecvError::Empty) => {
                    self.choosing = Some(Choosing::Waiting(purpose, answer))
                }
            },
            Choosing::InApp(purpose, mut dialog) => match dialog.ui(ctx) {
                Some(Outcome::Chosen(path)) => self.chosen(purpose, path, ctx),
                Some(Outcome::Cancelled) => {}
                None => self.choosing = Some(Choosing::InApp(purpose, dialog)),
            },
        }
    }

    fn chosen(&mut self, purpose: Purpose, path: PathBuf, ctx: &egui::Context) {
        match purpose {
            Purpose::OpenProject | Purpose::OpenArticle => self.open(&path),
            Purpose::ReplaceArticle => self.replace_article_from(&path),
            Purpose::Save { then } => {
                if self.save_to(path)
                    && let Some(then) = then
                {
                    self.allow_close = true;
                    self.apply_unguarded(ctx, *then);
                }
            }
            Purpose::SaveThen(then) => {
                if self.save_to(path) {
                    self.apply_unguarded(ctx, *then);
                }
            }
            Purpose::Export(format) => self.export_to(format, &path),
            Purpose::ImportAnnotations => self.import_annotations(&path),
            Purpose::AddSnapshot(source) => {
                self.attach_snapshot(super::evidence::AttachTarget::Source(source), &path);
            }
            Purpose::AddToLibrary { .. } => self.add_to_library(vec![path]),
        }
    }
}
