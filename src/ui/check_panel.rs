//! "Check before export": what a reader of the report would trip on, each
//! with a click that jumps to its claim. It warns; it never blocks.

use eframe::egui::accesskit::Role;
use eframe::egui::{Label, RichText, ScrollArea, Ui, UiBuilder};

use super::{Command, Tab, fields, theme};
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
        let summary = format!(
            "{} things a reader could trip on (export works anyway):",
            warnings.len()
        );
        ui.label(RichText::new(&summary).weak());
        ScrollArea::vertical().id_salt("check_list").show(ui, |ui| {
            // One list with an item per warning, so a screen reader says how
            // many there are and reads them one by one.
            let list = UiBuilder::new()
                .accessibility_role(Role::List)
                .accessibility_label(format!("{} warnings", warnings.len()));
            ui.scope_builder(list, |ui| {
                for w in &warnings {
                    warning_ui(ui, w, commands);
                }
            });
        });
    }
}

fn warning_ui(ui: &mut Ui, w: &ReportWarning, commands: &mut Vec<Command>) {
    let text = w.kind.to_string();
    let (place, about) = match w.claim {
        Some(id) => (
            format!("Claim #{}", id.0),
            format!("Claim #{}: {text}", id.0),
        ),
        None => ("Settings".to_owned(), format!("Settings: {text}")),
    };
    let item = UiBuilder::new()
        .accessibility_role(Role::ListItem)
        .accessibility_label(about.clone());
    ui.scope_builder(item, |ui| {
        ui.horizontal_wrapped(|ui| {
            // Decoration: the item's name already says it is a warning.
            ui.add(Label::new(RichText::new("!").strong().color(theme::WARNING)).selectable(false));
            let link = ui.link(place);
            match w.claim {
                Some(id) => {
                    let link = fields::name(link.on_hover_text("Show this claim"), about);
                    if link.clicked() {
                        commands.push(Command::JumpToClaim(id));
                    }
                }
                None => {
                    let link = fields::name(link.on_hover_text("Open the Article tab"), about);
                    if link.clicked() {
                        commands.push(Command::ShowTab(Tab::Project));
                    }
                }
            }
            ui.label(text);
        });
    });
}
