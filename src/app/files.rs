//! Opening, saving and exporting files, and replacing the article with a new version.

use std::path::{Path, PathBuf};

use eframe::egui;

use super::choosing::Purpose;
use super::{ClaimDeskApp, MAX_RECENT};
use crate::edit::Document;
use crate::io::{ArticleFormat, ImportedArticle, import_article, load_project_stamped};
use crate::model::ScalePreset;
use crate::model::date::today;
use crate::ui::Command;
use crate::ui::Tab;
use crate::ui::article_view::ArticleView;
use crate::ui::claim_list::ClaimList;
use crate::ui::dialogs::Dialog;

impl ClaimDeskApp {
    pub(super) fn remember_recent(&mut self, path: &Path) {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    pub(super) fn replace_document(&mut self, doc: Document) {
        // Reaching here means the old work was saved or the user chose to drop it.
        self.discard_recovery_copy();
        // A new version being re-anchored, or a merge, was for the project going away.
        self.cancel_replace();
        self.cancel_merge();
        // The user stays the same: the name lives in the document, so it moves over.
        let user = self.doc.user().to_owned();
        self.doc = doc;
        // "Don't save" for the old project says nothing about this one.
        self.allow_close = false;
        self.doc.set_user(&user);
        self.selected = None;
        self.article_view = ArticleView::default();
        self.claim_list = ClaimList::default();
        self.tab = Tab::Claim;
        self.on_disk = None;
        self.disk_prompt = None;
        self.article_folder = None;
    }

    /// Opens a project (.ron) or an article (anything else). A file that
    /// cannot be read leaves the current project as it was.
    pub fn open(&mut self, path: &Path) {
        let is_project = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
        if !is_project {
            // Its folder is where the new project is saved, once it is made.
            self.opening_article =
                Some(std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()));
        }
        if is_project {
            match load_project_stamped(path) {
                Ok((project, stamp)) => {
                    let first = project
                        .claims
                        .iter()
                        .min_by_key(|c| c.span.start)
                        .map(|c| c.id);
                    self.replace_document(Document::opened(project.clone(), path.to_path_buf()));
                    self.remember_on_disk(path, stamp, project);
                    self.selected = first;
                    self.remember_recent(path);
                    let path = path.display().to_string();
                    self.info(self.tr_args("msg-opened", &[("path", path.into())]));
                }
                Err(e) => self.error(
                    self.tr("msg-could-not-open-the-project"),
                    e.message(self.language()),
                ),
            }
        } else if super::intake::is_slow(path) {
            self.open_article_in_background(path);
        } else {
            match import_article(path) {
                Ok(imported) => self.show_import(imported),
                Err(e) => self.error(
                    self.tr("msg-could-not-open-the-article"),
                    e.message(self.language()),
                ),
            }
        }
    }

    /// An extraction (web page, PDF, Word document, transcript, Markdown) is
    /// shown before it becomes the project: what was read as title, author,
    /// outlet and date, and what was left out. Plain text opens at once:
    /// nothing is extracted from it, its title is the file's name.
    pub(super) fn show_import(&mut self, imported: ImportedArticle) {
        if imported.format == ArticleFormat::Text {
            self.create_from_import(imported);
        } else {
            self.dialog = Some(Dialog::ImportPreview(Box::new(imported)));
        }
    }

    pub(super) fn create_from_import(&mut self, imported: ImportedArticle) {
        let ImportedArticle {
            mut article, notes, ..
        } = imported;
        article.meta.date_retrieved = today();
        let title = article.meta.title.clone();
        // An imported article is work not saved anywhere yet.
        let project = self.new_project(title, article, ScalePreset::TruthSixStep);
        self.replace_document(Document::recovered(project, None));
        self.article_folder = self
            .opening_article
            .take()
            .and_then(|p| p.parent().map(std::path::Path::to_path_buf))
            .filter(|d| !d.as_os_str().is_empty());
        let mut message = self.tr("msg-opened-article");
        for note in notes {
            message.push_str(&format!(" · {}", self.catalog.message(&note)));
        }
        self.info(message);
    }

    /// Returns whether the project was saved. A file that changed on disk
    /// since it was loaded or saved is not overwritten: the user is asked.
    pub(super) fn save_to(&mut self, path: PathBuf) -> bool {
        self.save_checked(path, true)
    }

    /// Saves over the file even if it changed on disk (the user said so).
    pub(super) fn save_unchecked(&mut self, path: PathBuf) -> bool {
        self.save_checked(path, false)
    }

    fn save_checked(&mut self, path: PathBuf, check: bool) -> bool {
        match self.write_project(&path, check) {
            Ok(false) => false,
            Ok(true) => {
                if self.doc.path.as_ref() != Some(&path) {
                    self.carry_evidence(self.doc.path.clone(), &path);
                }
                self.remember_recent(&path);
                let shown = path.display().to_string();
                self.info(self.tr_args("msg-saved", &[("path", shown.into())]));
                self.discard_recovery_copy();
                self.doc.mark_saved(path.clone());
                self.discard_recovery_copy();
                self.add_saved_to_library(&path);
                true
            }
            Err(e) => {
                self.error(
                    self.tr("msg-could-not-save"),
                    self.catalog.message(&e.words()),
                );
                false
            }
        }
    }

    /// Saves to the project's file, or asks where first and saves when the
    /// answer comes. `then` is carried out once the project is saved.
    pub(super) fn save(&mut self, ask_for_path: bool, then: Option<Command>, ctx: &egui::Context) {
        match self.doc.path.clone() {
            Some(path) if !ask_for_path => {
                if self.save_to(path)
                    && let Some(then) = then
                {
                    self.allow_close = true;
                    self.apply_unguarded(ctx, then);
                }
            }
            _ => self.choose_file(
                Purpose::Save {
                    then: then.map(Box::new),
                },
                ctx,
            ),
        }
    }

    pub(super) fn export_to(&mut self, format: crate::export::Format, path: &Path) {
        // Reports are in the project's report language, else the window's.
        let project = self.doc.project();
        let lang = crate::export::report_language(project, self.language());
        let written =
            crate::export::export_in(project, format, crate::export::UtcTime::now(), lang)
                .map_err(|e| e.words())
                .and_then(|text| {
                    crate::io::write_atomically(path, text.as_bytes(), false).map_err(|e| e.words())
                });
        // A report made before publication is recorded is a draft, and the
        // status bar says so as plainly as the file does.
        let is_report = matches!(
            format,
            crate::export::Format::Html
                | crate::export::Format::Markdown
                | crate::export::Format::ClaimReview
        );
        let draft = crate::export::publication(self.doc.project());
        match (written, draft) {
            (Ok(()), crate::export::Publication::Draft { approved, total }) if is_report => {
                let args = [
                    ("format", self.tr(crate::ui::menu::format_id(format)).into()),
                    ("path", path.display().to_string().into()),
                    ("approved", approved.into()),
                    ("total", total.into()),
                ];
                self.info(self.tr_args("msg-exported-draft", &args));
            }
            (Ok(()), _) => {
                let args = [
                    ("format", self.tr(crate::ui::menu::format_id(format)).into()),
                    ("path", path.display().to_string().into()),
                ];
                self.info(self.tr_args("msg-exported", &args));
            }
            (Err(e), _) => {
                let text = self.catalog.message(&e);
                self.error(self.tr("msg-could-not-export"), text);
            }
        }
    }

    pub(super) fn suggested_file_name(&self) -> String {
        let title = if self.project().title.is_empty() {
            "project"
        } else {
            &self.project().title
        };
        let slug: String = title
            .chars()
            .map(|c| {
                if c.is_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        let slug = slug
            .split('-')
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        format!("{}.ron", slug.chars().take(60).collect::<String>())
    }
}
