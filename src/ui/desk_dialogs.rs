//! File › Desk › Join a desk… and Start a desk…: where the desk is, where
//! this user's copy goes, and the e-mail their changes are signed with (the
//! name is the one from Edit › Your name…). No password is asked for or
//! kept: git asks the user's own credential helper or SSH key.

use std::path::PathBuf;

use eframe::egui::{RichText, TextEdit, Ui};

use super::Command;

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

fn field(ui: &mut Ui, label: &str, value: &mut String, hint: &str) {
    let l = ui.label(label);
    ui.add(
        TextEdit::singleline(value)
            .hint_text(hint)
            .desired_width(f32::INFINITY),
    )
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
            ui.heading("Join a desk");
            ui.label("Your desk's shared place: a web address (https or ssh) your editor gave you, or a folder on a shared drive.");
            field(ui, "The desk", remote, "https://…, git@…, or a folder");
            field(
                ui,
                "Your copy (a new or empty folder on this computer)",
                folder,
                "a folder",
            );
            field(
                ui,
                "Your e-mail (signs your changes)",
                email,
                "name@example.org",
            );
            signed_as(ui, user);
            ui.horizontal(|ui| {
                let ok = !remote.trim().is_empty() && !folder.trim().is_empty();
                if ui
                    .add_enabled(ok, eframe::egui::Button::new("Join"))
                    .clicked()
                {
                    commands.push(Command::JoinDesk {
                        remote: remote.trim().to_owned(),
                        folder: PathBuf::from(folder.trim()),
                        email: email.trim().to_owned(),
                    });
                    close = true;
                }
                if ui.button("Cancel").clicked() {
                    close = true;
                }
            });
        }
        DeskDialog::Start {
            shared,
            folder,
            email,
        } => {
            ui.heading("Start a desk");
            ui.label("A new shared desk in a folder everyone can reach (a shared drive), with the open project in it.");
            field(
                ui,
                "The desk's shared folder (new or empty)",
                shared,
                "a folder on the shared drive",
            );
            field(
                ui,
                "Your copy (a new or empty folder on this computer)",
                folder,
                "a folder",
            );
            field(
                ui,
                "Your e-mail (signs your changes)",
                email,
                "name@example.org",
            );
            signed_as(ui, user);
            ui.horizontal(|ui| {
                let ok = !shared.trim().is_empty() && !folder.trim().is_empty();
                if ui
                    .add_enabled(ok, eframe::egui::Button::new("Start the desk"))
                    .clicked()
                {
                    commands.push(Command::StartDesk {
                        shared: PathBuf::from(shared.trim()),
                        folder: PathBuf::from(folder.trim()),
                        email: email.trim().to_owned(),
                    });
                    close = true;
                }
                if ui.button("Cancel").clicked() {
                    close = true;
                }
            });
        }
    }
    close
}

fn signed_as(ui: &mut Ui, user: &str) {
    if user.trim().is_empty() {
        ui.label(
            RichText::new("Set your name first (Edit › Your name…): it signs your changes.")
                .color(super::theme::ERROR),
        );
    } else {
        ui.label(RichText::new(format!("Your changes are signed {user}.")).weak());
    }
}
