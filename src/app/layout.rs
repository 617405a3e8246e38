//! The panels of the window and `eframe::App::ui`: each frame, the views draw
//! and return commands, which are applied in one place afterwards.

use eframe::egui::{self, CentralPanel, Panel, RichText};

use super::panes::Pane;
use super::{ClaimDeskApp, RECENT_KEY, window::dropped_files};
use crate::ui::dialogs;
use crate::ui::i18n::{styled, words};
use crate::ui::{
    Command, Tab, menu, mirror, project_panel, scale_editor, sources_panel, status_bar,
};

impl ClaimDeskApp {
    fn article_header_ui(&self, ui: &mut egui::Ui) {
        let meta = &self.project().article.meta;
        ui.add_space(6.0);
        ui.vertical_centered(|ui| {
            let untitled = crate::ui::tr(ui, "article-untitled");
            let title = if meta.title.is_empty() {
                &untitled
            } else {
                &meta.title
            };
            // egui places words in logical order: an Arabic or Hebrew title is
            // given in visual word order, and read to screen readers as written.
            let shown = crate::model::bidi::visual_words(title);
            let r = ui.label(RichText::new(&shown).size(21.0).strong());
            if shown != *title {
                r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, title));
            }
            let published = crate::ui::i18n::date_long(ui, &meta.date_published);
            let parts: Vec<&str> = [
                meta.outlet.as_str(),
                meta.author.as_str(),
                published.as_str(),
            ]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .collect();
            if !parts.is_empty() {
                // Mirrored, the line reads from the right whatever its first
                // part's script, and each part keeps its own direction: an
                // English outlet beside an Arabic date would otherwise make
                // the line left to right and put the date's year before its
                // month. (egui draws the marks as nothing.)
                let line = if crate::ui::i18n::is_rtl(ui) {
                    let isolated: Vec<String> = parts
                        .iter()
                        .map(|p| format!("\u{2068}{p}\u{2069}"))
                        .collect();
                    format!("\u{200F}{}", isolated.join("  ·  "))
                } else {
                    parts.join("  ·  ")
                };
                ui.label(styled(ui, RichText::new(line).weak()));
            }
        });
        ui.add_space(4.0);
        ui.separator();
    }

    fn right_panel_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        // Wrapped: in a language with longer words the tabs take two rows
        // instead of pushing the panel past the window's edge.
        ui.horizontal_wrapped(|ui| {
            let conflicts = self.doc.project().conflicts.len();
            let t = |id: &str| self.tr(id);
            let mut tabs = vec![
                (Tab::Claim, t("tab-claim")),
                (Tab::Sources(None), t("tab-sources")),
                (Tab::Project, t("tab-article")),
                (Tab::Scale, t("tab-scale")),
                (Tab::Check, t("tab-check")),
                (Tab::Library, t("tab-library")),
                (Tab::Suggestions, t("tab-suggestions")),
            ];
            if self.desk.top.is_some() || self.tab == Tab::Desk {
                tabs.push((Tab::Desk, self.tr("tab-desk")));
            }
            if conflicts > 0 || self.tab == Tab::Conflicts {
                let label = self.tr_args("tab-conflicts", &[("count", conflicts.into())]);
                tabs.push((Tab::Conflicts, label));
            }
            // F6 lands on the tab shown: Tab then goes into its fields.
            let focus = self.panes.take(Pane::Editor);
            for (tab, label) in tabs {
                let active = std::mem::discriminant(&tab) == std::mem::discriminant(&self.tab);
                let r = ui.selectable_label(active, styled(ui, RichText::new(label).strong()));
                if focus && active {
                    r.request_focus();
                }
                if r.clicked() && !active {
                    commands.push(Command::ShowTab(tab));
                }
            }
        });
        ui.separator();
        let project = self.doc.project();
        match self.tab {
            Tab::Claim => {
                egui::ScrollArea::vertical()
                    .id_salt("claim_editor")
                    .show(ui, |ui| {
                        self.claim_editor
                            .ui(ui, project, self.selected, self.doc.user(), commands);
                    });
            }
            Tab::Sources(selected) => sources_panel::ui(ui, project, selected, commands),
            Tab::Project => project_panel::ui(ui, project, &mut self.setting_focus, commands),
            Tab::Scale => scale_editor::ui(ui, project, commands),
            Tab::Check => self
                .check_panel
                .ui(ui, project, self.doc.revision(), commands),
            Tab::Conflicts => self.conflicts_panel.ui(ui, project, commands),
            Tab::Library => {
                let info = crate::ui::library_panel::LibraryInfo {
                    dir: self.library.as_ref().map(|w| w.dir.as_path()),
                    add_on_save: self.library.as_ref().is_some_and(|w| w.add_on_save),
                    note: self.library.as_ref().and_then(|w| w.note.as_deref()),
                    adding: self.library_adding(),
                };
                egui::ScrollArea::vertical()
                    .id_salt("library_panel")
                    .show(ui, |ui| {
                        self.library_panel
                            .ui(ui, project, self.selected, &info, commands);
                    });
            }
            Tab::Suggestions => self.suggestions_ui(ui, commands),
            Tab::Desk => {
                let info = self.desk_info();
                crate::ui::desk_view::ui(ui, info.as_ref(), commands);
            }
        }
    }
}

impl eframe::App for ClaimDeskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let mut commands = Vec::new();
        let selection = self
            .article_view
            .trimmed_selection(&self.doc.project().article.text);
        menu::shortcuts(&ctx, selection, &mut commands);
        self.expire_message(&ctx);
        self.catch_lost_typing(&ctx);
        self.take_evidence_drop(&ctx, &mut commands);
        dropped_files(&ctx, &mut commands);
        self.guard_close(&ctx);
        self.watch_disk(&ctx);
        self.seal_on_focus_change(&ctx);
        self.poll_replace(&ctx);
        self.poll_intake(&ctx);
        self.poll_merge(&ctx);
        self.poll_annotation_import(&ctx);
        self.poll_library(&ctx);
        self.poll_suggestions(&ctx);
        self.poll_evidence(&ctx);
        self.poll_desk(&ctx);
        let revision = self.doc.revision();
        let selection = self
            .article_view
            .trimmed_selection(&self.doc.project().article.text);
        {
            let state = menu::MenuState {
                undo: self.doc.undo_label(),
                redo: self.doc.redo_label(),
                recent: &self.recent,
                selection,
                has_claims: !self.doc.project().claims.is_empty(),
                lang: self.language(),
            };
            Panel::top("menu").show(ui, |ui| {
                mirror::content_ui(ui, |ui| {
                    menu::menu_bar_ui(ui, &state, &mut commands);
                    menu::toolbar_ui(ui, &state, &mut commands);
                    ui.add_space(2.0);
                })
            });
        }
        if let Some(prompt) = self.disk_prompt {
            crate::ui::disk_prompt::disk_prompt_ui(
                ui,
                &self.shown_file_name(),
                prompt,
                &mut commands,
            );
        }
        let message = self.message.as_ref().map(|(t, e)| (t.as_str(), *e));
        Panel::bottom("status").show(ui, |ui| {
            mirror::content_ui(ui, |ui| {
                status_bar::ui(ui, self.doc.project(), message, &mut commands);
            })
        });
        let focus_list = self.panes.take(Pane::ClaimList);
        let list = mirror::start_panel(&ctx, "claims")
            .resizable(true)
            .default_size(300.0)
            .size_range(220.0..=480.0)
            .show(ui, |ui| {
                mirror::content_ui(ui, |ui| {
                    ui.add_space(4.0);
                    ui.label(styled(ui, RichText::new(self.tr("msg-claims")).heading()));
                    if focus_list {
                        self.claim_list.request_focus();
                    }
                    self.claim_list.ui(
                        ui,
                        self.doc.project(),
                        revision,
                        self.selected,
                        &mut commands,
                    );
                })
            });
        let editor = mirror::end_panel(&ctx, "editor")
            .resizable(true)
            .default_size(420.0)
            .size_range(320.0..=520.0)
            .show(ui, |ui| {
                mirror::content_ui(ui, |ui| {
                    ui.add_space(4.0);
                    self.right_panel_ui(ui, &mut commands);
                })
            });
        self.panes.set_rect(Pane::ClaimList, list.response.rect);
        self.panes.set_rect(Pane::Editor, editor.response.rect);
        self.update_suggestion_marks();
        self.set_evidence_drop_zone(editor.response.rect);
        if self.panes.take(Pane::Article) {
            self.article_view.request_focus();
        }
        let article = CentralPanel::default()
            .frame(egui::Frame::central_panel(ui.style()).fill(egui::Color32::WHITE))
            .show(ui, |ui| {
                self.article_header_ui(ui);
                if self.project().article.text.is_empty() {
                    ui.vertical_centered(|ui| {
                        ui.add_space(40.0);
                        ui.label(styled(
                            ui,
                            RichText::new(self.tr("msg-no-article-yet")).size(18.0),
                        ));
                        if ui.button(words(ui, self.tr("msg-open-article"))).clicked() {
                            commands.push(Command::OpenArticleDialog);
                        }
                        if ui
                            .button(words(ui, self.tr("msg-paste-article-text")))
                            .clicked()
                        {
                            commands.push(Command::AskPasteArticle);
                        }
                    });
                } else {
                    self.article_view.ui(
                        ui,
                        self.doc.project(),
                        revision,
                        self.selected,
                        &mut commands,
                    );
                }
            });
        self.panes.set_rect(Pane::Article, article.response.rect);
        self.evidence_ui(&ctx, &mut commands);
        dialogs::ui(
            &ctx,
            &mut self.dialog,
            self.doc.project(),
            self.doc.user(),
            &mut commands,
        );
        self.poll_chooser(&ctx);

        for command in commands {
            self.apply(&ctx, command);
        }
        self.autosave(&ctx);
        self.update_title(&ctx);
        self.screenshot_step(&ctx);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // A clean exit: the work was saved or the user chose not to keep it.
        self.discard_recovery_copy();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, RECENT_KEY, &self.recent);
        self.store_user_name(storage);
        self.store_library_settings(storage);
        self.store_archive_endpoint(storage);
        self.store_language(storage);
        self.store_desk_email(storage);
    }
}
