//! The two archive windows: "Archive all sources without a copy" (which
//! sources, the archive service, Start) and the progress of archiving,
//! which stays beside the work (it is not modal: archiving waits on the
//! network, and the checker goes on meanwhile).

use crate::ui::i18n::{styled, tr, trw, trw_args};
use eframe::egui::{self, RichText};

use super::Command;
use super::working::{Working, working_ui};
use crate::archive::targets_without_copy;
use crate::model::Project;

/// Asks to archive every source of `project` without a copy; `endpoint` is
/// the archive service as the user types it. Returns whether the window
/// stays open (it closes when archiving starts or the user closes it).
pub fn archive_all_ui(
    ctx: &egui::Context,
    project: &Project,
    endpoint: &mut String,
    commands: &mut Vec<Command>,
) -> bool {
    let (targets, skipped) = targets_without_copy(project);
    let mut open = true;
    let mut start = false;
    let title = tr(ctx, "sources-archive-all-sources-without-a");
    super::mirror::window_ui(
        ctx,
        &title,
        Some(&mut open),
        |w| w.collapsible(false),
        |ui| {
            if skipped.is_empty() {
                ui.label(trw_args(
                    ui,
                    "sources-without-copy",
                    &[("count", targets.len().into())],
                ));
            } else {
                ui.label(trw_args(
                    ui,
                    "sources-without-copy-and-skipped",
                    &[
                        ("count", targets.len().into()),
                        ("skipped", skipped.len().into()),
                    ],
                ));
            }
            let l = ui.label(styled(
                ui,
                RichText::new(tr(ui, "sources-archive-service"))
                    .small()
                    .strong(),
            ));
            super::bidi_edit::singleline_ui(ui, endpoint, |e| e).labelled_by(l.id);
            ui.label(styled(
                ui,
                RichText::new(tr(ui, "sources-an-existing-capture-is-used"))
                    .small()
                    .weak(),
            ));
            if ui
                .add_enabled(
                    !targets.is_empty(),
                    egui::Button::new(trw(ui, "sources-start-archiving")),
                )
                .clicked()
            {
                start = true;
            }
        },
    );
    if start {
        commands.push(Command::Archive {
            sources: targets.iter().map(|t| t.source).collect(),
            fresh: false,
        });
    }
    open && !start
}

/// Archiving under way: how many sources are done, and Cancel.
pub fn archiving_ui(ctx: &egui::Context, working: &Working, commands: &mut Vec<Command>) {
    super::mirror::window_ui(
        ctx,
        &working.title,
        None,
        |w| {
            w.collapsible(false)
                .resizable(false)
                .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        },
        |ui| working_ui(ui, working, commands),
    );
}
