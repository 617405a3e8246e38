//! The project file changed on disk: the banner offered when the window
//! comes back into focus (Merge the changes in, Dismiss), and the question a
//! save asks when someone saved the file since (Merge, Overwrite, Save as…,
//! Cancel). The app decides when to ask; this draws the asking.

use crate::ui::i18n::{styled, tr, tr_args, trw};
use eframe::egui::{self, Id, Panel, RichText};

use super::{Command, theme};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiskPrompt {
    /// A save found the file changed: Merge, Overwrite, Save as… or Cancel.
    BeforeSave,
    /// Noticed when the window came back into focus: a banner.
    Changed,
}

/// `name` is the project file's name.
pub fn disk_prompt_ui(
    ui: &mut egui::Ui,
    name: &str,
    prompt: DiskPrompt,
    commands: &mut Vec<Command>,
) {
    match prompt {
        DiskPrompt::Changed => {
            Panel::top("disk_changed").show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(styled(
                        ui,
                        RichText::new(tr_args(
                            ui,
                            "dialog-changed-on-disk-banner",
                            &[("name", name.into())],
                        ))
                        .strong()
                        .color(theme::WARNING),
                    ));
                    if ui.button(trw(ui, "dialog-merge-the-changes-in")).clicked() {
                        commands.push(Command::MergeFromDisk { then_save: false });
                    }
                    if ui.button(trw(ui, "dialog-dismiss")).clicked() {
                        commands.push(Command::DismissDiskChange);
                    }
                });
            });
        }
        DiskPrompt::BeforeSave => {
            let ctx = ui.ctx().clone();
            super::mirror::modal(&ctx, Id::unique("claimdesk_disk_changed")).show(&ctx, |ui| {
                ui.set_width(420.0);
                ui.label(styled(
                    ui,
                    RichText::new(tr_args(
                        ui,
                        "dialog-changed-on-disk-heading",
                        &[("name", name.into())],
                    ))
                    .heading(),
                ));
                ui.label(trw(ui, "dialog-changed-on-disk-body"));
                ui.label(styled(
                    ui,
                    RichText::new(tr(ui, "dialog-merge-keeps-both")).weak(),
                ));
                ui.horizontal(|ui| {
                    if ui.button(trw(ui, "dialog-merge")).clicked() {
                        commands.push(Command::MergeFromDisk { then_save: true });
                    }
                    if ui.button(trw(ui, "dialog-overwrite")).clicked() {
                        commands.push(Command::OverwriteOnDisk);
                    }
                    if ui.button(trw(ui, "dialog-save-as")).clicked() {
                        commands.push(Command::DismissDiskChange);
                        commands.push(Command::SaveAs);
                    }
                    if ui.button(trw(ui, "dialog-cancel")).clicked() {
                        commands.push(Command::DismissDiskChange);
                    }
                });
            });
        }
    }
}
