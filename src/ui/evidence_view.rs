//! Evidence controls inside other views: a source's snapshots and Archive
//! button (Sources tab), and on each of a claim's sources the way into the
//! source viewer and the anchored excerpt (Claim tab).

use crate::ui::i18n::{hover, styled, tr, tr_args, trw};
use eframe::egui::{RichText, Ui};

use super::Command;
use crate::model::{ClaimId, Source, SourceLink};

/// The snapshots of `source`, with Add snapshot… and Archive.
pub fn snapshots_ui(ui: &mut Ui, source: &Source, commands: &mut Vec<Command>) {
    ui.label(styled(
        ui,
        RichText::new(tr(ui, "sources-snapshots")).small().strong(),
    ));
    if source.snapshots.is_empty() {
        ui.label(styled(
            ui,
            RichText::new(tr(ui, "sources-no-snapshot-attach-the-saved"))
                .small()
                .weak(),
        ));
    }
    for snap in &source.snapshots {
        ui.horizontal(|ui| {
            if ui
                .small_button(trw(ui, "sources-view"))
                .on_hover_text(hover(ui, tr(ui, "sources-show-its-text-in-the")))
                .clicked()
            {
                commands.push(Command::ViewSnapshot {
                    source: source.id,
                    snapshot: snap.sha256.clone(),
                    claim: None,
                });
            }
            ui.label(styled(
                ui,
                RichText::new(format!(
                    "{} · {} · {}…",
                    crate::ui::i18n::date_short(ui, &snap.captured),
                    snap.kind_label(),
                    snap.short_hash()
                ))
                .small(),
            ))
            .on_hover_text(hover(
                ui,
                format!("SHA-256 {}\n{}", snap.sha256, snap.file_name),
            ));
        });
    }
    ui.horizontal(|ui| {
        if ui
            .button(trw(ui, "sources-add-snapshot"))
            .on_hover_text(hover(ui, tr(ui, "sources-attach-a-saved-web-page")))
            .clicked()
        {
            commands.push(Command::AddSnapshotDialog(source.id));
        }
        let web = crate::model::is_web_url(&source.url);
        // Once a copy exists, the useful request is a capture of the page as it
        // is now (pages change after they are checked), not the same copy again.
        let fresh = !source.archive_url.trim().is_empty();
        let (label, hint) = match (web, fresh) {
            (false, _) => ("sources-archive", "sources-archive-needs-web"),
            (true, false) => ("sources-archive", "sources-archive-hover"),
            (true, true) => ("sources-new-capture", "sources-new-capture-hover"),
        };
        let hint = tr(ui, hint);
        if ui
            .add_enabled(web, eframe::egui::Button::new(trw(ui, label)))
            .on_hover_text(hover(ui, &hint))
            .on_disabled_hover_text(hover(ui, &hint))
            .clicked()
        {
            commands.push(Command::Archive {
                sources: vec![source.id],
                fresh,
            });
        }
        if !source.archived_on.is_empty() {
            ui.label(styled(
                ui,
                RichText::new(tr_args(
                    ui,
                    "sources-captured-on",
                    &[(
                        "day",
                        crate::ui::i18n::date_long(ui, &source.archived_on).into(),
                    )],
                ))
                .small()
                .weak(),
            ));
        }
    });
}

/// Under a claim's source: open its snapshot (at the excerpt, when the
/// excerpt is anchored), and say whether the excerpt is anchored.
pub fn link_ui(
    ui: &mut Ui,
    claim: ClaimId,
    source: &Source,
    link: &SourceLink,
    commands: &mut Vec<Command>,
) {
    let Some(latest) = source.snapshots.last() else {
        return;
    };
    ui.horizontal(|ui| match &link.anchor {
        Some(anchor) if source.snapshot(&anchor.snapshot).is_some() => {
            if ui
                .small_button(trw(ui, "sources-show-excerpt-in-snapshot"))
                .on_hover_text(hover(ui, tr(ui, "sources-open-the-snapshot-at-the")))
                .clicked()
            {
                commands.push(Command::ViewSnapshot {
                    source: source.id,
                    snapshot: anchor.snapshot.clone(),
                    claim: Some(claim),
                });
            }
            let note = if link.excerpt.trim() == anchor.span.quote.trim() {
                "sources-excerpt-anchored"
            } else {
                "sources-excerpt-edited"
            };
            ui.label(styled(ui, RichText::new(tr(ui, note)).small().weak()));
        }
        _ => {
            if ui
                .small_button(trw(ui, "sources-take-excerpt-from-snapshot"))
                .on_hover_text(hover(ui, tr(ui, "sources-open-the-latest-snapshot-select")))
                .clicked()
            {
                commands.push(Command::ViewSnapshot {
                    source: source.id,
                    snapshot: latest.sha256.clone(),
                    claim: Some(claim),
                });
            }
        }
    });
}
