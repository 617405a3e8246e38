//! The Desk tab: every project in the desk with its claims by status, and
//! this user's queue (claims waiting for their sign-off, claims returned to
//! them, open comments for them). A row opens its project at that claim.
//! Filled after each Sync (or Refresh) from `desk::queue`.

use std::path::Path;

use eframe::egui::{self, RichText, Ui};

use super::Command;
use super::i18n::{hover, message, styled, tr, tr_args, trw, words};
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
        ui.label(trw(ui, "desk-not-in-a-desk"));
        ui.label(trw(ui, "desk-how-to-join"));
        return;
    };
    ui.horizontal(|ui| {
        if ui
            .add_enabled(!desk.syncing, egui::Button::new(trw(ui, "desk-sync")))
            .clicked()
        {
            commands.push(Command::Sync);
        }
        if ui
            .add_enabled(!desk.syncing, egui::Button::new(trw(ui, "desk-refresh")))
            .clicked()
        {
            commands.push(Command::RefreshDesk);
        }
    });
    let folder = desk.top.display().to_string();
    ui.label(styled(
        ui,
        RichText::new(tr_args(ui, "desk-folder", &[("folder", folder.into())])).weak(),
    ));
    if !desk.last_sync.is_empty() {
        ui.label(words(ui, desk.last_sync));
    }
    let Some(q) = desk.queue else {
        ui.label(trw(ui, "desk-reading"));
        return;
    };
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(4.0);
        ui.label(styled(ui, RichText::new(tr(ui, "desk-projects")).strong()));
        for p in &q.projects {
            let path = desk.top.join(&p.project);
            let line = tr_args(
                ui,
                "desk-project-line",
                &[
                    ("title", p.title.as_str().into()),
                    ("new", p.new.into()),
                    ("progress", p.in_progress.into()),
                    ("ready", p.ready_for_review.into()),
                    ("approved", p.approved.into()),
                    ("conflicts", p.conflicts.into()),
                ],
            );
            if ui
                .link(line)
                .on_hover_text(hover(ui, p.project.display().to_string()))
                .clicked()
            {
                open(&path, None, desk.open, commands);
            }
        }
        for (heading, items) in [
            ("desk-waiting-sign-off", &q.sign_off),
            ("desk-returned", &q.returned),
            ("desk-comments-for-you", &q.comments),
        ] {
            ui.add_space(6.0);
            let heading = tr_args(ui, heading, &[("count", items.len().into())]);
            ui.label(styled(ui, RichText::new(heading).strong()));
            if items.is_empty() {
                ui.label(styled(ui, RichText::new(tr(ui, "desk-nothing")).weak()));
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
    let args = [
        ("title", item.title.as_str().into()),
        ("number", item.number.into()),
        ("text", item.text.as_str().into()),
        ("note", message(ui, &item.note).into()),
    ];
    let label = if titled {
        tr_args(ui, "queue-item-titled", &args)
    } else {
        tr_args(ui, "queue-item", &args[1..])
    };
    if ui.link(crate::ui::i18n::words_line(ui, label)).clicked() {
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
