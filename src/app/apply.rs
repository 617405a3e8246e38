//! The one place where what the user asked for happens: every `Command` a
//! view returns is carried out here, and every change to the project goes
//! through `Document::apply` (undo, the unsaved mark, autosave).

use std::time::Instant;

use eframe::egui;

use super::ClaimDeskApp;
use super::choosing::Purpose;
use crate::edit::{Action, Document};
use crate::io::recovery;
use crate::model::date::today;
use crate::model::{Article, Claim, ClaimId, ScalePreset, Source, SourceLink, Span};
use crate::ui::dialogs::Dialog;
use crate::ui::{Command, Tab};

impl ClaimDeskApp {
    /// Marks characters `start..end` of the article as a new claim, in
    /// article order; `open_editor` selects it in the claim editor, else the
    /// tab shown stays (marking from Suggestions).
    pub(super) fn mark_claim(&mut self, start: usize, end: usize, open_editor: bool, now: f64) {
        let project = self.doc.project();
        let Some(quote) = self
            .article_view
            .text_index()
            .slice(&project.article.text, start, end)
            .filter(|q| !q.trim().is_empty())
        else {
            self.info(self.tr("msg-that-passage-is-no-longer"));
            return;
        };
        let id = project.next_claim_id();
        let mut claim = Claim::new(
            id,
            Span {
                start,
                end,
                quote: quote.to_owned(),
            },
        );
        claim.claim_date = project.article.meta.date_published.clone();
        // In a transcript the one who said it is the natural claimant.
        if let Some(speaker) = project.article.location(start, end).speaker {
            claim.claimant = speaker;
        }
        let index = project
            .claims
            .partition_point(|c| (c.span.start, c.span.end) <= (start, end));
        let tab = self.tab;
        self.edit(Action::InsertClaim { index, claim });
        self.article_view.selection = None;
        self.select(Some(id), false, now);
        self.tab = if open_editor { Tab::Claim } else { tab };
    }

    pub(super) fn select(&mut self, id: Option<ClaimId>, scroll: bool, now: f64) {
        self.selected = id;
        if let Some(claim) = id.and_then(|id| self.doc.project().claim(id)) {
            self.tab = Tab::Claim;
            if scroll && !claim.orphaned {
                self.article_view.jump_to(claim.id, claim.span.start, now);
            }
        }
    }

    pub(super) fn add_source(&mut self, link_to: Option<ClaimId>) {
        let project = self.doc.project();
        let id = project.next_source_id();
        let source = Source {
            id,
            date_accessed: today(),
            ..Source::default()
        };
        let insert = Action::InsertSource {
            index: project.sources.len(),
            source,
        };
        let action = match link_to.and_then(|c| project.claim(c)) {
            Some(claim) => {
                let mut claim = claim.clone();
                claim.sources.push(SourceLink {
                    source: id,
                    ..SourceLink::default()
                });
                Action::Batch(vec![insert, Action::UpdateClaim(claim)])
            }
            None => insert,
        };
        self.edit(action);
        self.tab = Tab::Sources(Some(id));
    }

    /// The one place where what the user asked for happens.
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        if command.discards_document() && self.doc.is_dirty() {
            self.dialog = Some(Dialog::UnsavedChanges(Box::new(command)));
            return;
        }
        self.apply_unguarded(ctx, command);
    }

    pub(super) fn apply_unguarded(&mut self, ctx: &egui::Context, command: Command) {
        let now = ctx.input(|i| i.time);
        match command {
            Command::Edit(action) => self.edit(action),
            Command::Review(step) => self.review_step(step),
            Command::AskUserName => self.ask_user_name(),
            Command::SetUserName(name) => {
                // A name changed on a copy of a shared project is recorded
                // there: names are not authenticated, the record is the check.
                let before = self.user_name().to_owned();
                if !before.is_empty() {
                    // The document's clock, as every other activity entry uses.
                    let time = self.doc.actor().time;
                    if let Some(action) =
                        crate::edit::review::name_changed(self.doc.project(), &before, &name, &time)
                    {
                        self.edit(action);
                    }
                }
                self.set_user_name(&name);
                if !name.trim().is_empty() {
                    let name = name.trim().to_owned();
                    self.info(self.tr_args("msg-you-are", &[("name", name.into())]));
                }
            }
            Command::AskCorrection(id) => self.ask_correction(id),
            Command::Undo => match self.doc.undo() {
                Ok(true) => self.info(self.tr("msg-undone")),
                Ok(false) => {}
                Err(e) => {
                    let text = self.catalog.message(&e.words());
                    self.error(self.tr("msg-could-not-undo"), text);
                }
            },
            Command::Redo => match self.doc.redo() {
                Ok(true) => self.info(self.tr("msg-redone")),
                Ok(false) => {}
                Err(e) => {
                    let text = self.catalog.message(&e.words());
                    self.error(self.tr("msg-could-not-redo"), text);
                }
            },
            Command::SelectClaim(id) => self.select(id, false, now),
            Command::JumpToClaim(id) => self.select(Some(id), true, now),
            Command::NextClaim | Command::PreviousClaim => {
                let forward = matches!(command, Command::NextClaim);
                let revision = self.doc.revision();
                let next =
                    self.claim_list
                        .step(self.doc.project(), revision, self.selected, forward);
                if next.is_some() {
                    self.select(next, true, now);
                }
            }
            Command::MarkClaim {
                start,
                end,
                open_editor,
            } => self.mark_claim(start, end, open_editor, now),
            Command::Hint(text) => self.info(text),
            Command::DismissMessage => self.message = None,
            Command::ShowShortcuts => self.dialog = Some(Dialog::Shortcuts),
            Command::SetLanguage(lang) => self.set_language(ctx, lang, true),
            Command::ShowSetting(setting) => {
                self.tab = Tab::Project;
                self.setting_focus = Some(setting);
            }
            Command::CyclePane { forward } => self.cycle_pane(ctx, forward),
            Command::AskDeleteClaim(id) => self.dialog = Some(Dialog::ConfirmDeleteClaim(id)),
            Command::AddSource => self.add_source(None),
            Command::NewSourceForClaim(id) => self.add_source(Some(id)),
            Command::ShowTab(tab) => {
                // The desk is read when first shown, not at every open.
                if tab == Tab::Desk && self.desk_queue().is_none() {
                    self.refresh_desk();
                }
                self.tab = tab;
            }
            Command::AskNewProject => {
                self.dialog = Some(Dialog::NewProject {
                    title: String::new(),
                    preset: ScalePreset::TruthSixStep,
                });
            }
            Command::NewProject { title, preset } => {
                let article = Article::new(Default::default(), String::new());
                self.replace_document(Document::new_unsaved(
                    self.new_project(title, article, preset),
                ));
                self.info(self.tr("msg-new-project-open-or-paste"));
            }
            Command::AskPasteArticle => {
                self.dialog = Some(Dialog::PasteArticle {
                    title: String::new(),
                    text: String::new(),
                    preset: ScalePreset::TruthSixStep,
                });
            }
            Command::CreateFromText {
                title,
                text,
                preset,
            } => match crate::io::article_from_text(&text) {
                Ok(mut article) => {
                    if !title.trim().is_empty() {
                        article.meta.title = title.trim().to_owned();
                    }
                    article.meta.date_retrieved = today();
                    let name = article.meta.title.clone();
                    let project = self.new_project(name, article, preset);
                    self.replace_document(Document::recovered(project, None));
                }
                Err(e) => self.error(self.tr("msg-could-not-use-the-pasted"), e.to_string()),
            },
            Command::OpenProjectDialog => self.choose_file(Purpose::OpenProject, ctx),
            Command::OpenArticleDialog => self.choose_file(Purpose::OpenArticle, ctx),
            Command::Open(path) => self.open(&path),
            Command::CreateFromImport(imported) => self.create_from_import(*imported),
            Command::ReplaceArticleDialog => self.choose_file(Purpose::ReplaceArticle, ctx),
            Command::ImportAnnotationsDialog => self.choose_file(Purpose::ImportAnnotations, ctx),
            Command::CancelAnnotationImport => self.cancel_annotation_import(),
            Command::CancelReplace => self.cancel_replace(),
            Command::CancelIntake => self.cancel_intake(),
            Command::CancelMerge => self.cancel_merge(),
            Command::SearchLibrary(text) => self.search_library(&text),
            Command::SetLibraryAddOnSave(on) => self.set_library_add_on_save(on),
            Command::SetLibraryFolder(dir) => self.set_library_folder(dir),
            Command::AddPastChecksDialog { folder } => {
                self.choose_file(Purpose::AddToLibrary { folder }, ctx);
            }
            Command::AddPastChecks(paths) => self.add_to_library(paths),
            Command::CancelLibraryAdd => self.cancel_library_add(),
            c @ (Command::AddSnapshotDialog(_)
            | Command::AttachSnapshot { .. }
            | Command::NewSourceFromPage { .. }
            | Command::ViewSnapshot { .. }
            | Command::Archive { .. }
            | Command::AskArchiveAll
            | Command::CancelArchive) => self.evidence_command(ctx, c),
            Command::Save => self.save(false, None, ctx),
            Command::SaveAs => self.save(true, None, ctx),
            Command::SaveAsThen(then) => self.choose_file(Purpose::SaveThen(then), ctx),
            Command::ResolveConflict { index, choice } => self.resolve(index, &choice),
            Command::MergeFromDisk { then_save } => self.merge_from_disk(then_save),
            Command::OverwriteOnDisk => self.overwrite_on_disk(),
            Command::DismissDiskChange => self.dismiss_disk_change(),
            Command::RevealInArticle(c) => self.article_view.reveal(c),
            Command::CancelSuggestions => self.cancel_suggestions(),
            Command::Proceed { save_first, then } => {
                if save_first {
                    self.save(false, Some(*then), ctx);
                } else {
                    self.allow_close = true;
                    self.apply_unguarded(ctx, *then);
                }
            }
            Command::Export(format) => self.choose_file(Purpose::Export(format), ctx),
            Command::OpenUrl(url) => {
                if crate::model::is_web_url(&url) {
                    ctx.open_url(egui::OpenUrl::new_tab(url));
                }
            }
            Command::RestoreRecovery(file) => {
                if let Some(r) = self.take_recovery(&file) {
                    let file = r.file.clone();
                    self.restore_recovery(r);
                    recovery::discard(&file);
                    // Written again under this session's name at the next autosave.
                    if let Some(a) = self.autosave.as_mut() {
                        a.last = Instant::now() - a.every;
                    }
                    self.info(self.tr("msg-restored-unsaved-work-save-it"));
                }
                self.offer_next_recovery();
            }
            Command::DiscardRecovery(file) => {
                if let Some(r) = self.take_recovery(&file) {
                    recovery::discard(&r.file);
                }
                self.offer_next_recovery();
            }
            Command::Sync => self.start_sync(),
            Command::CancelSync => {
                self.cancel_sync();
                self.cancel_setup();
            }
            Command::AskJoinDesk => self.ask_join_desk(),
            Command::AskStartDesk => self.ask_start_desk(),
            Command::JoinDesk {
                remote,
                folder,
                email,
            } => self.join_desk(remote, folder, email),
            Command::StartDesk {
                shared,
                folder,
                email,
            } => self.start_desk(shared, folder, email),
            Command::RefreshDesk => self.refresh_desk(),
            Command::OpenDeskClaim { path, claim } => self.open_desk_claim(&path, claim, now),
            Command::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }
}
