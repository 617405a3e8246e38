//! The Desk tab: every project in the desk with its claims by status, and
//! this user's queue (claims waiting for their sign-off, claims returned to
//! them, open comments for them). A row opens its project at that claim.
//! Filled after each Sync (or Refresh) from `desk::queue`.

use std::path::Path;

use eframe::egui::{self, RichText, Ui};

use super::Command;
use crate::desk::{Queue, QueueItem};

/// What the tab shows: the desk's folder, its queue, what the last Sync said.
pub struct DeskInfo<'a> {
    pub top: &'a Path,
    pub queue: Option<&'a Queue>,
    pub last_sync: &'a str,
    /// The open project's file, so a row of it jumps instead of reopening.
    pub open: Option<&'a Path>,
    pub syncing: bool,
}

pub fn ui(ui: &mut Ui, desk: Option<&DeskInfo<'_>>, commands: &mut Vec<Command>) {
    let Some(desk) = desk else {
        ui.label("This project is not in a desk.");
        ui.label("File › Desk › Join a desk… brings a shared desk to this computer; Start a desk… makes one with this project in it.");
        return;
    };
    ui.horizontal(|ui| {
        if ui
            .add_enabled(!desk.syncing, egui::Button::new("Sync"))
            .clicked()
        {
            commands.push(Command::Sync);
        }
        if ui
            .add_enabled(!desk.syncing, egui::Button::new("Refresh"))
            .clicked()
        {
            commands.push(Command::RefreshDesk);
        }
    });
    ui.label(RichText::new(format!("Desk: {}", desk.top.display())).weak());
    if !desk.last_sync.is_empty() {
        ui.label(desk.last_sync);
    }
    let Some(q) = desk.queue else {
        ui.label("Reading the desk…");
        return;
    };
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(4.0);
        ui.label(RichText::new("Projects").strong());
        for p in &q.projects {
            let path = desk.top.join(&p.project);
            let conflicts = match p.conflicts {
                0 => String::new(),
                n => format!(", {n} conflicts"),
            };
            let line = format!(
                "{}: {} new, {} in progress, {} ready for review, {} approved{conflicts}",
                p.title, p.new, p.in_progress, p.ready_for_review, p.approved
            );
            if ui
                .link(line)
                .on_hover_text(p.project.display().to_string())
                .clicked()
            {
                open(&path, None, desk.open, commands);
            }
        }
        for (heading, items) in [
            ("Waiting for your sign-off", &q.sign_off),
            ("Returned to you", &q.returned),
            ("Open comments for you", &q.comments),
        ] {
            ui.add_space(6.0);
            ui.label(RichText::new(format!("{heading} ({})", items.len())).strong());
            if items.is_empty() {
                ui.label(RichText::new("Nothing.").weak());
            }
            // The project's title only when there is more than one to tell apart.
            let titled = q.projects.len() > 1;
            for item in items {
                item_ui(ui, desk, item, titled, commands);
            }
        }
    });
}

fn item_ui(
    ui: &mut Ui,
    desk: &DeskInfo<'_>,
    item: &QueueItem,
    titled: bool,
    commands: &mut Vec<Command>,
) {
    let label = if titled {
        format!(
            "{} #{}: {} ({})",
            item.title, item.number, item.text, item.note
        )
    } else {
        format!("#{}: {} ({})", item.number, item.text, item.note)
    };
    if ui.link(label).clicked() {
        open(
            &desk.top.join(&item.project),
            Some(item),
            desk.open,
            commands,
        );
    }
}

fn open(
    path: &Path,
    item: Option<&QueueItem>,
    current: Option<&Path>,
    commands: &mut Vec<Command>,
) {
    let same = current.is_some_and(|c| c == path);
    match (same, item) {
        (true, Some(item)) => commands.push(Command::JumpToClaim(item.claim)),
        (true, None) => {}
        (false, _) => commands.push(Command::OpenDeskClaim {
            path: path.to_path_buf(),
            claim: item.map(|i| i.claim),
        }),
    }
}
