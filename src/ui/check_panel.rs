//! "Check before export": what a reader of the report would trip on, each
//! with a click that jumps to its claim. It warns; it never blocks.

use eframe::egui::{RichText, ScrollArea, Ui};

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
                                .link(format!("Claim #{}", id.0))
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
