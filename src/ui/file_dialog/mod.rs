//! ClaimDesk's own file dialog, for desktops with no system chooser (no xdg
//! portal and no zenity): a folder field, the folder's contents, a file name
//! field, Open/Save and Cancel. Every control has an accessible name, so a
//! screen reader (and kittest) finds each by label.
//!
//! Not `egui_file` (0.29 supports egui 0.37): its folder and file name fields
//! have no accessible label, it does not ask before replacing a file, and it
//! offers Rename and New folder, which a save dialog here does not need.

mod listing;

pub use listing::{Entry, home_folder, matches_filter, read_folder};

use crate::ui::i18n::{hover, styled, tr, tr_args, trw, trw_args, words};
use std::path::{Path, PathBuf};

use eframe::egui::{self, Id, Key, RichText};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Open,
    Save,
    /// Choose a folder: the one shown when "Choose this folder" is pressed.
    Folder,
}

/// How the dialog ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Chosen(PathBuf),
    Cancelled,
}

pub struct FileDialog {
    mode: Mode,
    title: String,
    folder: PathBuf,
    folder_text: String,
    name: String,
    extensions: Vec<String>,
    /// Given to a saved name that has no extension.
    default_extension: Option<String>,
    entries: Result<Vec<Entry>, String>,
    hidden: bool,
    /// A save over an existing file, waiting for "Replace".
    replace: Option<PathBuf>,
    problem: Option<String>,
    focus_name: bool,
    /// The window's language as of the last frame drawn, for the problems
    /// found between frames.
    catalog: std::sync::Arc<crate::i18n::Catalog>,
}

impl FileDialog {
    /// Choose an existing file in `folder` or below, showing files with one of `extensions`.
    pub fn open(title: &str, folder: &Path, extensions: &[&str]) -> Self {
        Self::new(Mode::Open, title, folder, String::new(), extensions)
    }

    /// Choose a folder, showing the files with one of `extensions` in each.
    pub fn folder(title: &str, folder: &Path, extensions: &[&str]) -> Self {
        Self::new(Mode::Folder, title, folder, String::new(), extensions)
    }

    /// Choose where to write `name` (given `extension` when typed without one).
    pub fn save(title: &str, folder: &Path, name: &str, extension: &str) -> Self {
        let mut dialog = Self::new(Mode::Save, title, folder, name.to_owned(), &[extension]);
        dialog.default_extension = Some(extension.to_owned());
        dialog
    }

    fn new(mode: Mode, title: &str, folder: &Path, name: String, extensions: &[&str]) -> Self {
        let folder = if folder.is_dir() {
            folder.to_path_buf()
        } else {
            home_folder()
        };
        let mut dialog = Self {
            mode,
            title: title.to_owned(),
            folder_text: folder.display().to_string(),
            folder,
            name,
            extensions: extensions.iter().map(|e| (*e).to_owned()).collect(),
            default_extension: None,
            entries: Ok(Vec::new()),
            hidden: false,
            replace: None,
            problem: None,
            catalog: crate::i18n::Catalog::get(crate::i18n::Lang::En),
            focus_name: true,
        };
        dialog.refresh();
        dialog
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    pub fn current_folder(&self) -> &Path {
        &self.folder
    }

    fn refresh(&mut self) {
        self.entries = read_folder(&self.folder, &self.extensions, self.hidden);
    }

    fn enter(&mut self, folder: PathBuf) {
        self.folder = folder;
        self.folder_text = self.folder.display().to_string();
        self.problem = None;
        self.refresh();
    }

    /// The file the name field points at, with the default extension added
    /// to a saved name that has none.
    fn target(&self) -> Option<PathBuf> {
        let name = self.name.trim();
        if name.is_empty() {
            return None;
        }
        let mut path = self.folder.join(name);
        if let Some(ext) = &self.default_extension
            && path.extension().is_none()
            && !path.is_dir()
        {
            path.set_extension(ext);
        }
        Some(path)
    }

    /// Open/Save pressed (or Enter in the name field).
    fn confirm(&mut self) -> Option<Outcome> {
        let path = self.target()?;
        if path.is_dir() {
            self.name.clear();
            self.enter(path);
            return None;
        }
        match self.mode {
            Mode::Open | Mode::Folder if path.is_file() => Some(Outcome::Chosen(path)),
            Mode::Open | Mode::Folder => {
                self.problem = Some(self.catalog.format(
                    "dialog-no-such-file",
                    &[("path", path.display().to_string().into())],
                ));
                None
            }
            Mode::Save => match path.parent() {
                Some(parent) if !parent.as_os_str().is_empty() && !parent.is_dir() => {
                    self.problem = Some(self.catalog.format(
                        "dialog-no-such-folder",
                        &[("path", parent.display().to_string().into())],
                    ));
                    None
                }
                _ if path.exists() => {
                    self.replace = Some(path);
                    None
                }
                _ => Some(Outcome::Chosen(path)),
            },
        }
    }

    fn go_to_typed_folder(&mut self) {
        let typed = PathBuf::from(self.folder_text.trim());
        if typed.is_dir() {
            self.enter(typed);
        } else {
            self.problem = Some(self.catalog.format(
                "dialog-not-a-folder",
                &[("path", typed.display().to_string().into())],
            ));
        }
    }

    /// Shows the dialog; returns how it ended, or `None` while it stays open.
    pub fn ui(&mut self, ctx: &egui::Context) -> Option<Outcome> {
        self.catalog = crate::ui::i18n::catalog(ctx);
        let mut outcome = None;
        crate::ui::mirror::modal(ctx, Id::unique("claimdesk_file_dialog")).show(ctx, |ui| {
            ui.set_width(560.0);
            ui.label(styled(ui, RichText::new(&self.title).heading()));
            if let Some(path) = self.replace.clone() {
                outcome = self.replace_ui(ui, &path);
            } else {
                outcome = self.chooser_ui(ui);
            }
        });
        if ctx.input(|i| i.key_pressed(Key::Escape)) {
            if self.replace.is_some() {
                self.replace = None;
            } else {
                outcome = Some(Outcome::Cancelled);
            }
        }
        outcome
    }

    fn replace_ui(&mut self, ui: &mut egui::Ui, path: &Path) -> Option<Outcome> {
        ui.label(trw_args(
            ui,
            "dialog-replace-existing",
            &[("path", path.display().to_string().into())],
        ));
        let mut outcome = None;
        ui.horizontal(|ui| {
            if ui.button(trw(ui, "dialog-replace")).clicked() {
                outcome = Some(Outcome::Chosen(path.to_path_buf()));
            }
            if ui.button(trw(ui, "dialog-back")).clicked() {
                self.replace = None;
            }
        });
        outcome
    }

    fn chooser_ui(&mut self, ui: &mut egui::Ui) -> Option<Outcome> {
        let mut outcome = None;
        ui.horizontal(|ui| {
            let label = ui.label(trw(ui, "dialog-folder"));
            let up = self.folder.parent().map(Path::to_path_buf);
            if ui
                .add_enabled(up.is_some(), egui::Button::new(trw(ui, "dialog-up")))
                .on_hover_text(hover(ui, tr(ui, "dialog-the-folder-that-holds-this")))
                .clicked()
                && let Some(up) = up
            {
                self.enter(up);
            }
            if ui.button(trw(ui, "dialog-home")).clicked() {
                self.enter(home_folder());
            }
            let field = crate::ui::bidi_edit::singleline_ui(ui, &mut self.folder_text, |e| {
                e.desired_width(f32::INFINITY)
            })
            .labelled_by(label.id);
            if field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                self.go_to_typed_folder();
            }
        });
        self.list_ui(ui, &mut outcome);
        ui.horizontal(|ui| {
            let label = ui.label(trw(ui, "dialog-file-name"));
            let field = crate::ui::bidi_edit::singleline_ui(ui, &mut self.name, |e| {
                e.desired_width(f32::INFINITY)
            })
            .labelled_by(label.id);
            if std::mem::take(&mut self.focus_name) {
                field.request_focus();
            }
            if field.changed() {
                self.problem = None;
            }
            if field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                outcome = self.confirm();
            }
        });
        if crate::ui::mirror::checkbox_ui(ui, &mut self.hidden, tr(ui, "dialog-show-hidden-files"))
            .changed()
        {
            self.refresh();
        }
        if let Some(problem) = &self.problem {
            ui.label(styled(
                ui,
                RichText::new(problem).color(super::theme::ERROR),
            ));
        }
        ui.horizontal(|ui| {
            // Not plain "Save"/"Open": the toolbar behind the dialog has those names.
            let verb = tr(
                ui,
                match self.mode {
                    Mode::Open => "dialog-open-file",
                    Mode::Save => "dialog-save-file",
                    Mode::Folder => "dialog-choose-this-folder",
                },
            );
            if self.mode == Mode::Folder {
                if ui.button(words(ui, verb)).clicked() {
                    outcome = Some(Outcome::Chosen(self.folder.clone()));
                }
            } else if ui
                .add_enabled(self.target().is_some(), egui::Button::new(words(ui, verb)))
                .clicked()
            {
                outcome = self.confirm();
            }
            if ui.button(trw(ui, "dialog-cancel")).clicked() {
                outcome = Some(Outcome::Cancelled);
            }
        });
        outcome
    }

    fn list_ui(&mut self, ui: &mut egui::Ui, outcome: &mut Option<Outcome>) {
        let entries = match &self.entries {
            Ok(entries) => entries,
            Err(e) => {
                let text = tr_args(
                    ui,
                    "dialog-cannot-read-folder",
                    &[("problem", e.as_str().into())],
                );
                ui.label(styled(ui, RichText::new(text).color(super::theme::ERROR)));
                return;
            }
        };
        let mut enter = None;
        let mut pick = None;
        let row_height = ui.spacing().interact_size.y;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_min_height(280.0);
            if entries.is_empty() {
                ui.label(styled(
                    ui,
                    RichText::new(tr(ui, "dialog-no-folders-or-matching-files")).weak(),
                ));
            }
            egui::ScrollArea::vertical()
                .id_salt("file_dialog_list")
                .max_height(280.0)
                .auto_shrink([false, true])
                .show_rows(ui, row_height, entries.len(), |ui, rows| {
                    ui.with_layout(ui.layout().with_cross_justify(true), |ui| {
                        for entry in &entries[rows] {
                            // A trailing slash marks a folder for eyes and screen readers alike.
                            let text = if entry.is_dir {
                                format!("{}/", entry.name)
                            } else {
                                entry.name.clone()
                            };
                            let selected = !entry.is_dir && entry.name == self.name;
                            let row = ui.selectable_label(selected, words(ui, text));
                            if row.clicked() {
                                if entry.is_dir {
                                    enter = Some(entry.path.clone());
                                } else {
                                    pick = Some((entry.name.clone(), false));
                                }
                            }
                            if row.double_clicked() && !entry.is_dir {
                                pick = Some((entry.name.clone(), true));
                            }
                        }
                    });
                });
        });
        if let Some(folder) = enter {
            self.enter(folder);
        }
        if let Some((name, confirm)) = pick {
            self.name = name;
            self.problem = None;
            if confirm {
                *outcome = self.confirm();
            }
        }
    }
}
