//! Modal dialogs: confirmations, a new project, pasted text, messages.

use crate::ui::i18n::{styled, tr, tr_args, trw, trw_args, words};
use eframe::egui::{self, Id, RichText};

use super::Command;
use crate::edit::Action;
use crate::model::{ClaimId, Project, ScalePreset};

pub enum Dialog {
    ConfirmDeleteClaim(ClaimId),
    NewProject {
        title: String,
        preset: ScalePreset,
    },
    PasteArticle {
        title: String,
        text: String,
        preset: ScalePreset,
    },
    /// What was extracted from an article file (a web page, PDF, Word
    /// document, transcript or Markdown), shown before it becomes a project.
    ImportPreview(Box<crate::io::ImportedArticle>),
    /// Work on another thread that must finish before the next step (a long
    /// file read, a new version re-anchored, annotations imported), with Cancel.
    Working(super::working::Working),
    /// A new version of the article: what happens to each claim, before anything changes.
    ReplaceArticle {
        imported: Box<crate::io::ImportedArticle>,
        action: Box<Action>,
        report: crate::model::ReanchorReport,
    },
    /// Work from a session that ended without saving, found at start.
    Recover {
        file: std::path::PathBuf,
        name: String,
        when: String,
        claims: usize,
    },
    /// A command that needs the project saved in a file (a snapshot is kept
    /// beside it): Save as… and carry on, or Cancel and nothing changes.
    SaveFirst {
        title: String,
        body: String,
        then: Box<Command>,
    },
    /// Unsaved changes would be lost by this command.
    UnsavedChanges(Box<Command>),
    Message {
        title: String,
        body: String,
    },
    /// Help › Keyboard shortcuts.
    Shortcuts,
    /// The user's name, or a correction of a published claim.
    Review(super::review_dialogs::ReviewDialog),
    /// File › Desk › Join a desk… or Start a desk….
    Desk(super::desk_dialogs::DeskDialog),
}

fn preset_ui(ui: &mut egui::Ui, preset: &mut ScalePreset) {
    ui.label(styled(
        ui,
        RichText::new(tr(ui, "dialog-rating-scale")).strong(),
    ));
    for p in ScalePreset::ALL {
        let name = super::scale_presets::name(p, crate::ui::i18n::language(ui));
        super::mirror::radio_value_ui(ui, preset, p, name);
    }
}

/// Shows the open dialog, if any; clears it when it is answered.
pub fn ui(
    ctx: &egui::Context,
    dialog: &mut Option<Dialog>,
    project: &Project,
    user: &str,
    commands: &mut Vec<Command>,
) {
    let Some(d) = dialog.as_mut() else { return };
    let mut close = false;
    // Enter in a one-field prompt answers it, as in any desktop dialog: when
    // its field has the focus, or nothing has (a click on the dialog's text).
    // A focused button keeps Enter for itself.
    let enter = ctx.input(|i| i.key_pressed(egui::Key::Enter))
        && (ctx.text_edit_focused() || ctx.memory(|m| m.focused().is_none()));
    let response = super::mirror::modal(ctx, Id::unique("claimdesk_dialog")).show(ctx, |ui| {
        ui.set_width(420.0);
        match d {
            Dialog::ConfirmDeleteClaim(id) => {
                ui.label(styled(
                    ui,
                    RichText::new(tr(ui, "dialog-delete-this-claim")).heading(),
                ));
                if let Some(c) = project.claim(*id) {
                    ui.label(styled(
                        ui,
                        RichText::new(tr_args(
                            ui,
                            "quoted-claim",
                            &[
                                (
                                    "number",
                                    project.claim_number(c.id).unwrap_or_default().into(),
                                ),
                                ("quote", c.span.quote.as_str().into()),
                            ],
                        ))
                        .italics(),
                    ));
                    ui.label(trw_args(
                        ui,
                        "dialog-delete-claim-consequence",
                        &[("links", c.sources.len().into())],
                    ));
                }
                ui.horizontal(|ui| {
                    if ui
                        .button(styled(
                            ui,
                            RichText::new(tr(ui, "dialog-delete-claim")).color(super::theme::ERROR),
                        ))
                        .clicked()
                    {
                        commands.push(Command::Edit(Action::RemoveClaim(*id)));
                        commands.push(Command::SelectClaim(None));
                        close = true;
                    }
                    if ui.button(trw(ui, "dialog-cancel")).clicked() {
                        close = true;
                    }
                });
            }
            Dialog::NewProject { title, preset } => {
                ui.label(styled(
                    ui,
                    RichText::new(tr(ui, "dialog-new-project")).heading(),
                ));
                let l = ui.label(trw(ui, "dialog-project-title"));
                super::bidi_edit::singleline_ui(ui, title, |e| e.desired_width(f32::INFINITY))
                    .labelled_by(l.id);
                preset_ui(ui, preset);
                ui.label(styled(
                    ui,
                    RichText::new(tr(ui, "dialog-then-open-or-paste-the")).weak(),
                ));
                ui.horizontal(|ui| {
                    if ui.button(trw(ui, "dialog-create")).clicked() {
                        commands.push(Command::NewProject {
                            title: title.clone(),
                            preset: *preset,
                        });
                        close = true;
                    }
                    if ui.button(trw(ui, "dialog-cancel")).clicked() {
                        close = true;
                    }
                });
            }
            Dialog::PasteArticle {
                title,
                text,
                preset,
            } => {
                ui.label(styled(
                    ui,
                    RichText::new(tr(ui, "dialog-new-article-from-pasted-text")).heading(),
                ));
                let l = ui.label(trw(ui, "dialog-headline"));
                super::bidi_edit::singleline_ui(ui, title, |e| e.desired_width(f32::INFINITY))
                    .labelled_by(l.id);
                let l = ui.label(trw(ui, "dialog-article-text-paste-with-ctrl"));
                egui::ScrollArea::vertical()
                    .max_height(260.0)
                    .show(ui, |ui| {
                        super::bidi_edit::multiline_ui(ui, text, |e| {
                            e.desired_rows(10).desired_width(f32::INFINITY)
                        })
                        .labelled_by(l.id);
                    });
                preset_ui(ui, preset);
                ui.horizontal(|ui| {
                    let ok = !text.trim().is_empty();
                    if ui
                        .add_enabled(ok, egui::Button::new(trw(ui, "dialog-create-project")))
                        .clicked()
                    {
                        commands.push(Command::CreateFromText {
                            title: title.clone(),
                            text: text.clone(),
                            preset: *preset,
                        });
                        close = true;
                    }
                    if ui.button(trw(ui, "dialog-cancel")).clicked() {
                        close = true;
                    }
                });
            }
            Dialog::UnsavedChanges(then) => {
                ui.label(styled(
                    ui,
                    RichText::new(tr(ui, "dialog-save-your-changes")).heading(),
                ));
                ui.label(trw(ui, "dialog-this-project-has-changes-that"));
                ui.horizontal(|ui| {
                    if ui
                        .button(styled(
                            ui,
                            RichText::new(tr(ui, "dialog-save-changes")).strong(),
                        ))
                        .clicked()
                    {
                        commands.push(Command::Proceed {
                            save_first: true,
                            then: then.clone(),
                        });
                        close = true;
                    }
                    if ui.button(trw(ui, "dialog-don-t-save")).clicked() {
                        commands.push(Command::Proceed {
                            save_first: false,
                            then: then.clone(),
                        });
                        close = true;
                    }
                    if ui.button(trw(ui, "dialog-cancel")).clicked() {
                        close = true;
                    }
                });
            }
            Dialog::SaveFirst { title, body, then } => {
                ui.label(styled(ui, RichText::new(title.as_str()).heading()));
                ui.label(words(ui, body.as_str()));
                ui.horizontal(|ui| {
                    let save =
                        ui.button(styled(ui, RichText::new(tr(ui, "dialog-save-as")).strong()));
                    if ui.memory(|m| m.focused().is_none()) {
                        save.request_focus();
                    }
                    if save.clicked() {
                        commands.push(Command::SaveAsThen(then.clone()));
                        close = true;
                    }
                    if ui.button(trw(ui, "dialog-cancel")).clicked() {
                        close = true;
                    }
                });
            }
            Dialog::Recover {
                file,
                name,
                when,
                claims,
            } => {
                ui.label(styled(
                    ui,
                    RichText::new(tr(ui, "dialog-recover-unsaved-work")).heading(),
                ));
                ui.label(trw_args(
                    ui,
                    "dialog-recover-body",
                    &[
                        ("name", name.as_str().into()),
                        ("when", crate::ui::i18n::moment(ui, when).into()),
                        ("claims", (*claims).into()),
                    ],
                ));
                ui.label(styled(
                    ui,
                    RichText::new(tr(ui, "dialog-restore-opens-it-as-unsaved")).weak(),
                ));
                ui.horizontal(|ui| {
                    let restore =
                        ui.button(styled(ui, RichText::new(tr(ui, "dialog-restore")).strong()));
                    // Enter restores: the default answer is to keep the work.
                    if ui.memory(|m| m.focused().is_none()) {
                        restore.request_focus();
                    }
                    if restore.clicked() {
                        commands.push(Command::RestoreRecovery(file.clone()));
                        close = true;
                    }
                    if ui.button(trw(ui, "dialog-discard")).clicked() {
                        commands.push(Command::DiscardRecovery(file.clone()));
                        close = true;
                    }
                });
            }
            Dialog::ImportPreview(imported) => {
                ui.label(styled(
                    ui,
                    RichText::new(tr(ui, "dialog-open-this-article")).heading(),
                ));
                super::short_extraction::ui(ui, imported);
                preview_ui(ui, imported);
                ui.horizontal(|ui| {
                    if ui
                        .button(styled(
                            ui,
                            RichText::new(tr(ui, "dialog-create-project")).strong(),
                        ))
                        .clicked()
                    {
                        commands.push(Command::CreateFromImport(imported.clone()));
                        close = true;
                    }
                    if ui.button(trw(ui, "dialog-cancel")).clicked() {
                        close = true;
                    }
                });
            }
            Dialog::Working(working) => {
                ui.label(styled(ui, RichText::new(&working.title).heading()));
                super::working::working_ui(ui, working, commands);
            }
            Dialog::ReplaceArticle {
                imported,
                action,
                report,
            } => {
                ui.label(styled(
                    ui,
                    RichText::new(tr(ui, "dialog-replace-the-article-with-this")).heading(),
                ));
                super::short_extraction::note_ui(ui, imported);
                preview_ui(ui, imported);
                ui.separator();
                let summary = tr_args(
                    ui,
                    "reanchor-summary",
                    &[
                        ("count", report.results.len().into()),
                        ("kept", report.kept().into()),
                        ("moved", report.moved().into()),
                        ("changed", report.changed().into()),
                        ("orphaned", report.orphaned().into()),
                    ],
                );
                ui.label(styled(ui, RichText::new(summary).strong()));
                if report.text_unchanged {
                    ui.label(trw(ui, "dialog-the-text-is-the-same"));
                }
                egui::ScrollArea::vertical()
                    .id_salt("reanchor_review")
                    .max_height(110.0)
                    .show(ui, |ui| {
                        for r in report.to_review() {
                            let quote: String = r.old_span.quote.chars().take(60).collect();
                            // The claim's number as the list shows it now.
                            let number = project.claim_number(r.claim).unwrap_or_default();
                            let outcome = tr(ui, outcome_id(&r.outcome));
                            ui.label(trw_args(
                                ui,
                                "reanchor-claim",
                                &[
                                    ("number", number.into()),
                                    ("outcome", outcome.into()),
                                    ("quote", quote.into()),
                                ],
                            ));
                        }
                    });
                ui.label(styled(
                    ui,
                    RichText::new(tr(ui, "dialog-claims-not-found-stay-in"))
                        .small()
                        .weak(),
                ));
                ui.horizontal(|ui| {
                    if ui
                        .button(styled(ui, RichText::new(tr(ui, "dialog-replace")).strong()))
                        .clicked()
                    {
                        commands.push(Command::Edit((**action).clone()));
                        close = true;
                    }
                    if ui.button(trw(ui, "dialog-cancel")).clicked() {
                        close = true;
                    }
                });
            }
            Dialog::Review(super::review_dialogs::ReviewDialog::YourName { name, .. }) if enter => {
                commands.push(Command::SetUserName(name.trim().to_owned()));
                close = true;
            }
            Dialog::Review(d) => close = super::review_dialogs::ui(ui, d, project, commands),
            Dialog::Desk(d) => close = super::desk_dialogs::ui(ui, d, user, commands),
            Dialog::Shortcuts => {
                ui.label(styled(
                    ui,
                    RichText::new(tr(ui, "dialog-keyboard-shortcuts")).heading(),
                ));
                egui::Grid::new("shortcuts")
                    .num_columns(2)
                    .striped(true)
                    .show(ui, |ui| {
                        for (keys, what) in super::menu::shortcuts_table(ui.ctx()) {
                            ui.label(styled(ui, RichText::new(keys).strong()));
                            ui.label(words(ui, what));
                            ui.end_row();
                        }
                    });
                if ui.button(trw(ui, "dialog-ok")).clicked() {
                    close = true;
                }
            }
            Dialog::Message { title, body } => {
                ui.label(styled(ui, RichText::new(title.as_str()).heading()));
                egui::ScrollArea::vertical()
                    .max_height(300.0)
                    .show(ui, |ui| {
                        ui.label(words(ui, body.as_str()));
                    });
                if ui.button(trw(ui, "dialog-ok")).clicked() {
                    close = true;
                }
            }
        }
    });
    if let Dialog::Working(working) = d
        && response.should_close()
    {
        // Escape or a click outside stops the work rather than hiding it.
        commands.push((*working.cancel).clone());
    } else if close || response.should_close() {
        *dialog = None;
    }
}

/// What re-anchoring did to a claim, as `reanchor.ftl` names it.
fn outcome_id(outcome: &crate::model::AnchorOutcome) -> &'static str {
    use crate::model::AnchorOutcome;
    match outcome {
        AnchorOutcome::Kept => "reanchor-kept",
        AnchorOutcome::Moved { .. } => "reanchor-moved",
        AnchorOutcome::Changed { .. } => "reanchor-changed",
        AnchorOutcome::Orphan => "reanchor-not-found",
    }
}

fn preview_ui(ui: &mut egui::Ui, imported: &crate::io::ImportedArticle) {
    egui::Grid::new("import_preview")
        .num_columns(2)
        .striped(true)
        .show(ui, |ui| {
            let catalog = super::i18n::catalog(ui);
            for (label, value) in imported.preview_rows() {
                let label = catalog.message(&label);
                ui.label(styled(ui, RichText::new(label).strong()));
                ui.label(words(ui, catalog.value_text(&value)));
                ui.end_row();
            }
        });
    egui::Frame::group(ui.style()).show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("import_excerpt")
            .max_height(90.0)
            .show(ui, |ui| {
                ui.label(styled(
                    ui,
                    RichText::new(imported.text_excerpt(1200)).weak(),
                ));
            });
    });
}
