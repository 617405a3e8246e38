//! File › Desk › Join a desk… and Start a desk…: where the desk is, where
//! this user's copy goes, and the e-mail their changes are signed with (the
//! name is the one from Edit › Your name…). No password is asked for or
//! kept: git asks the user's own credential helper or SSH key.

use std::path::PathBuf;

use eframe::egui::{RichText, Ui};

use super::Command;
use super::i18n::{styled, tr, tr_args, trw};

#[derive(Clone, Debug)]
pub enum DeskDialog {
    Join {
        remote: String,
        folder: String,
        email: String,
    },
    Start {
        shared: String,
        folder: String,
        email: String,
    },
}

/// A labelled field; `label` and `hint` are message ids.
fn field(ui: &mut Ui, label: &str, value: &mut String, hint: &str) {
    let l = ui.label(trw(ui, label));
    let hint = crate::ui::i18n::words_line(ui, tr(ui, hint));
    super::bidi_edit::singleline_ui(ui, value, |e| {
        e.hint_text(hint).desired_width(f32::INFINITY)
    })
    .labelled_by(l.id);
}

/// Draws the dialog; returns whether it is answered (closed).
pub fn ui(ui: &mut Ui, dialog: &mut DeskDialog, user: &str, commands: &mut Vec<Command>) -> bool {
    let mut close = false;
    match dialog {
        DeskDialog::Join {
            remote,
            folder,
            email,
        } => {
            ui.label(styled(
                ui,
                RichText::new(tr(ui, "desk-join-heading")).heading(),
            ));
            ui.label(trw(ui, "desk-join-explained"));
            field(ui, "desk-the-desk", remote, "desk-the-desk-hint");
            field(ui, "desk-your-copy", folder, "desk-a-folder");
            field(ui, "desk-your-email", email, "desk-email-hint");
            signed_as(ui, user);
            ui.horizontal(|ui| {
                let ok = !remote.trim().is_empty() && !folder.trim().is_empty();
                if ui
                    .add_enabled(ok, eframe::egui::Button::new(trw(ui, "desk-join")))
                    .clicked()
                {
                    commands.push(Command::JoinDesk {
                        remote: remote.trim().to_owned(),
                        folder: PathBuf::from(folder.trim()),
                        email: email.trim().to_owned(),
                    });
                    close = true;
                }
                if ui.button(trw(ui, "desk-cancel")).clicked() {
                    close = true;
                }
            });
        }
        DeskDialog::Start {
            shared,
            folder,
            email,
        } => {
            ui.label(styled(
                ui,
                RichText::new(tr(ui, "desk-start-heading")).heading(),
            ));
            ui.label(trw(ui, "desk-start-explained"));
            field(ui, "desk-shared-folder", shared, "desk-shared-folder-hint");
            field(ui, "desk-your-copy", folder, "desk-a-folder");
            field(ui, "desk-your-email", email, "desk-email-hint");
            signed_as(ui, user);
            ui.horizontal(|ui| {
                let ok = !shared.trim().is_empty() && !folder.trim().is_empty();
                if ui
                    .add_enabled(ok, eframe::egui::Button::new(trw(ui, "desk-start")))
                    .clicked()
                {
                    commands.push(Command::StartDesk {
                        shared: PathBuf::from(shared.trim()),
                        folder: PathBuf::from(folder.trim()),
                        email: email.trim().to_owned(),
                    });
                    close = true;
                }
                if ui.button(trw(ui, "desk-cancel")).clicked() {
                    close = true;
                }
            });
        }
    }
    close
}

fn signed_as(ui: &mut Ui, user: &str) {
    if user.trim().is_empty() {
        ui.label(styled(
            ui,
            RichText::new(tr(ui, "desk-name-first")).color(super::theme::ERROR),
        ));
    } else {
        ui.label(styled(
            ui,
            RichText::new(tr_args(ui, "desk-signed-as", &[("name", user.into())])).weak(),
        ));
    }
}
