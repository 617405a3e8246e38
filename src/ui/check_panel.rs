//! "Check before export": what a reader of the report would trip on, each
//! with a click that jumps to its claim. It warns; it never blocks.

use eframe::egui::{self, RichText, ScrollArea, Ui};

use super::{Command, Tab, theme};
use crate::export::{Format, ReportWarning, check_report};
use crate::model::Project;

#[derive(Default)]
pub struct CheckPanel {
    /// The warnings for one project revision: recomputed only after a change.
    cached: Option<(u64, Vec<ReportWarning>)>,
}

impl CheckPanel {
    pub fn warnings(&mut self, project: &Project, revision: u64) -> &[ReportWarning] {
        if self.cached.as_ref().is_none_or(|(r, _)| *r != revision) {
            self.cached = Some((revision, check_report(project)));
        }
        self.cached.as_ref().map_or(&[], |(_, w)| w.as_slice())
    }

    pub fn ui(
        &mut self,
        ui: &mut Ui,
        project: &Project,
        revision: u64,
        commands: &mut Vec<Command>,
    ) {
        ui.heading("Check before export");
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("Export:").strong());
            for format in Format::ALL {
                if ui.button(format.label()).clicked() {
                    commands.push(Command::Export(format));
                }
            }
        });
        publication_ui(ui, project, commands);
        ui.separator();
        let warnings = self.warnings(project, revision).to_vec();
        if warnings.is_empty() {
            ui.label(
                RichText::new("Nothing to fix: the report is ready to publish.")
                    .color(theme::color32(crate::model::Color([0x1a, 0x98, 0x50]))),
            );
            return;
        }
        ui.label(
            RichText::new(format!(
                "{} things a reader could trip on (export works anyway):",
                warnings.len()
            ))
            .weak(),
        );
        ScrollArea::vertical().id_salt("check_list").show(ui, |ui| {
            for w in &warnings {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new("!").strong().color(theme::WARNING));
                    match w.claim {
                        Some(id) => {
                            if ui
                                .link(format!(
                                    "Claim #{}",
                                    project.claim_number(id).unwrap_or_default()
                                ))
                                .on_hover_text("Show this claim")
                                .clicked()
                            {
                                commands.push(Command::JumpToClaim(id));
                            }
                        }
                        None => {
                            if ui
                                .link("Settings")
                                .on_hover_text("Open the Article tab")
                                .clicked()
                            {
                                commands.push(Command::ShowTab(Tab::Project));
                            }
                        }
                    }
                    ui.label(w.kind.to_string());
                });
            }
        });
    }
}

/// The publishing side of review: which claims reports show, and the record
/// that approved claims went out (after which changes are corrections).
fn publication_ui(ui: &mut Ui, project: &Project, commands: &mut Vec<Command>) {
    let mut only = project.settings.publish_approved_only;
    if ui
        .checkbox(&mut only, "Publish approved claims only")
        .on_hover_text("Reports leave out claims not yet approved, and say so")
        .changed()
    {
        let mut settings = project.settings.clone();
        settings.publish_approved_only = only;
        commands.push(Command::Edit(crate::edit::Action::SetSettings(settings)));
    }
    let waiting = project
        .claims
        .iter()
        .filter(|c| c.status == crate::model::ClaimStatus::Approved && !c.is_published())
        .count();
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(waiting > 0, egui::Button::new("Record publication"))
            .on_hover_text(
                "Mark the approved claims as published today: from then on, changing their verdict or rationale needs a correction note",
            )
            .clicked()
        {
            commands.push(Command::Review(super::ReviewStep::RecordPublication));
        }
        ui.label(
            RichText::new(format!(
                "{waiting} approved claim{} not yet recorded as published",
                if waiting == 1 { "" } else { "s" }
            ))
            .small()
            .weak(),
        );
    });
}
