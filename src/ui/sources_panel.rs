//! The project's source list and the editor of one source.

use eframe::egui::{ComboBox, RichText, ScrollArea, Ui};

use super::{Command, Tab, fields, plural};
use crate::edit::Action;
use crate::model::{Project, Reliability, Source, SourceId};

pub fn ui(ui: &mut Ui, project: &Project, selected: Option<SourceId>, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.heading("Sources");
        ui.label(RichText::new(format!("{}", project.sources.len())).weak());
        ui.with_layout(super::mirror::end_layout(ui), |ui| {
            if ui.button("Add source").clicked() {
                commands.push(Command::AddSource);
            }
        });
    });
    ScrollArea::vertical()
        .id_salt("source_list")
        .max_height(180.0)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            if project.sources.is_empty() {
                ui.label(
                    RichText::new(
                        "No sources yet. Add the pages, documents and data you checked against.",
                    )
                    .weak(),
                );
            }
            for s in &project.sources {
                let cited = project.claims_citing(s.id).count();
                let title = if s.title.trim().is_empty() {
                    "(untitled source)"
                } else {
                    &s.title
                };
                let text = format!(
                    "{title}  ·  {}  ·  cited by {}",
                    s.reliability.label(),
                    plural::count(cited, "claim", "claims")
                );
                if ui.selectable_label(selected == Some(s.id), text).clicked() {
                    commands.push(Command::ShowTab(Tab::Sources(Some(s.id))));
                }
            }
        });
    ui.separator();
    let Some(source) = selected.and_then(|id| project.source(id)) else {
        ui.label(RichText::new("Select a source to edit it.").weak());
        return;
    };
    ScrollArea::vertical()
        .id_salt("source_editor")
        .show(ui, |ui| {
            editor_ui(ui, project, source, commands);
        });
}

fn editor_ui(ui: &mut Ui, project: &Project, source: &Source, commands: &mut Vec<Command>) {
    let mut s = source.clone();
    let mut open = None;
    fields::text(ui, "Title", &mut s.title, "Title of the page or document");
    fields::url(ui, "URL", &mut s.url, &mut open);
    ui.columns(2, |cols| {
        fields::text(
            &mut cols[0],
            "Publisher",
            &mut s.publisher,
            "Site or organisation",
        );
        fields::text(&mut cols[1], "Author", &mut s.author, "Author(s)");
    });
    ui.columns(2, |cols| {
        fields::date(&mut cols[0], "Date published", &mut s.date_published);
        fields::date(&mut cols[1], "Date accessed", &mut s.date_accessed);
    });
    fields::url_with_note(
        ui,
        "Archived copy URL",
        &mut s.archive_url,
        &mut open,
        Some("No archived copy yet: pages change, archive the evidence."),
    );
    super::evidence_view::snapshots_ui(ui, source, commands);
    let l = ui.label(RichText::new("Reliability").small().strong());
    ComboBox::from_id_salt(("reliability", s.id))
        .selected_text(s.reliability.label())
        .show_ui(ui, |ui| {
            for r in Reliability::ALL {
                ui.selectable_value(&mut s.reliability, r, r.label());
            }
        })
        .response
        .labelled_by(l.id);
    fields::multiline(
        ui,
        "Notes",
        &mut s.notes,
        3,
        "How this source was found, caveats…",
    );

    ui.label(RichText::new("Cited by").small().strong());
    ui.horizontal_wrapped(|ui| {
        let mut any = false;
        for claim in project.claims_citing(s.id) {
            any = true;
            if ui
                .small_button(format!(
                    "#{}",
                    project.claim_number(claim.id).unwrap_or_default()
                ))
                .on_hover_text(&claim.reviewed)
                .clicked()
            {
                commands.push(Command::JumpToClaim(claim.id));
            }
        }
        if !any {
            ui.label(RichText::new("no claim yet").weak());
        }
    });
    ui.add_space(8.0);
    if ui
        .button("Delete source")
        .on_hover_text("Removes it from every claim too; Undo brings it back")
        .clicked()
    {
        commands.push(Command::Edit(Action::delete_source(project, s.id)));
        commands.push(Command::ShowTab(Tab::Sources(None)));
    }
    if s != *source {
        commands.push(Command::Edit(Action::UpdateSource(s)));
    }
    if let Some(url) = open {
        commands.push(Command::OpenUrl(url));
    }
}
