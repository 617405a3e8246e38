//! The Conflicts tab: each field a merge could not settle, with the base,
//! ours and theirs side by side (and who changed them, when known), one click
//! to take a side, or a text edited by hand. Each resolution is one undo step.

use crate::ui::i18n::{styled, tr, trw, words};
use std::collections::HashMap;

use eframe::egui::{self, Grid, RichText, ScrollArea, Ui};

use super::{Command, theme};
use crate::edit::Resolution;
use crate::i18n::Catalog;
use crate::model::{Conflict, ConflictSide, FieldPath, Project, ValueWord};

/// Values longer than this are cut in the view (an article text can be megabytes).
const SHOWN_CHARS: usize = 600;

#[derive(Default)]
pub struct ConflictsPanel {
    /// Texts being edited, by the conflict's path.
    edits: HashMap<String, String>,
}

fn cut(s: &str) -> String {
    let mut out: String = s.chars().take(SHOWN_CHARS).collect();
    if s.chars().nth(SHOWN_CHARS).is_some() {
        out.push_str(" …");
    }
    out
}

fn side_heading(c: &Catalog, name: &str, side: &ConflictSide) -> String {
    let args = [
        ("side", name.into()),
        ("who", side.who.as_str().into()),
        // A moment as the language writes it (the file keeps it as stored).
        ("when", c.moment(&side.when).into()),
    ];
    match (side.who.is_empty(), side.when.is_empty()) {
        (true, true) => name.to_owned(),
        (false, true) => c.format("conflict-side-by", &args),
        (true, false) => c.format("conflict-side-when", &args),
        (false, false) => c.format("conflict-side-by-when", &args),
    }
}

/// Where the conflict is, in the catalog's language (`merge::place`), from
/// its path; the English the file keeps when the path does not read.
pub fn place(c: &Catalog, project: &Project, conflict: &Conflict) -> String {
    match FieldPath::parse(&conflict.path) {
        Ok(path) => c.message(&crate::merge::place(project, &path)),
        Err(_) if conflict.place.is_empty() => conflict.path.clone(),
        Err(_) => conflict.place.clone(),
    }
}

/// The fixed words of a conflict's values in the catalog's language.
fn value_word(c: &Catalog, word: ValueWord<'_>) -> String {
    match word {
        ValueWord::Absent => c.text("conflict-value-absent"),
        ValueWord::Empty => c.text("conflict-value-empty"),
        ValueWord::Null => c.text("conflict-value-none"),
        ValueWord::Yes => c.text("conflict-value-yes"),
        ValueWord::No => c.text("conflict-value-no"),
        ValueWord::EmptyList => c.text("conflict-value-empty-list"),
        ValueWord::Field { key, value } => c.format(
            "conflict-value-field",
            &[
                ("field", c.message(&crate::merge::field_name(key)).into()),
                ("value", value.into()),
            ],
        ),
    }
}

impl ConflictsPanel {
    pub fn ui(&mut self, ui: &mut Ui, project: &Project, commands: &mut Vec<Command>) {
        ui.label(styled(
            ui,
            RichText::new(tr(ui, "checktab-merge-conflicts")).heading(),
        ));
        if project.conflicts.is_empty() {
            ui.label(trw(ui, "checktab-no-conflicts-every-change-from"));
            return;
        }
        ui.label(styled(
            ui,
            RichText::new(tr(ui, "checktab-both-copies-changed-these-differently")).weak(),
        ));
        ui.separator();
        self.edits
            .retain(|path, _| project.conflicts.iter().any(|c| &c.path == path));
        ScrollArea::vertical().id_salt("conflicts").show(ui, |ui| {
            for (index, conflict) in project.conflicts.iter().enumerate() {
                ui.push_id(index, |ui| {
                    self.conflict_ui(ui, project, index, conflict, commands);
                });
                ui.add_space(8.0);
            }
        });
    }

    fn conflict_ui(
        &mut self,
        ui: &mut Ui,
        project: &Project,
        index: usize,
        c: &Conflict,
        commands: &mut Vec<Command>,
    ) {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let catalog = super::i18n::catalog(ui);
            let place = place(&catalog, project, c);
            ui.label(styled(
                ui,
                RichText::new(place).strong().color(theme::WARNING),
            ));
            let field = c.field();
            let sides = [
                (
                    tr(ui, "conflict-base"),
                    &c.base,
                    Resolution::Base,
                    tr(ui, "conflict-take-base"),
                ),
                (
                    tr(ui, "conflict-ours"),
                    &c.ours,
                    Resolution::Ours,
                    tr(ui, "conflict-take-ours"),
                ),
                (
                    tr(ui, "conflict-theirs"),
                    &c.theirs,
                    Resolution::Theirs,
                    tr(ui, "conflict-take-theirs"),
                ),
            ];
            let width = (ui.available_width() / 3.0 - 12.0).max(60.0);
            // The buttons come before the values, which can be long, so one
            // click settles a conflict without scrolling.
            Grid::new("sides")
                .num_columns(3)
                .min_col_width(width)
                .max_col_width(width)
                .show(ui, |ui| {
                    for (name, side, _, _) in &sides {
                        let heading = side_heading(&catalog, name, side);
                        ui.label(styled(ui, RichText::new(heading).strong()));
                    }
                    ui.end_row();
                    for (_, _, choice, label) in &sides {
                        if ui.button(words(ui, label.as_str())).clicked() {
                            commands.push(Command::ResolveConflict {
                                index,
                                choice: choice.clone(),
                            });
                        }
                    }
                    ui.end_row();
                    for (_, side, _, _) in &sides {
                        let word = |w: ValueWord<'_>| value_word(&catalog, w);
                        let text = cut(&side.value.display_in(&field, &project.scale, &word));
                        let text = if side.value.is_absent() {
                            RichText::new(text).italics().weak()
                        } else {
                            RichText::new(text)
                        };
                        ui.add(egui::Label::new(text).wrap());
                    }
                    ui.end_row();
                });
            // A text conflict can be settled with a hand-made mix of both.
            if let Some(ours) = c.ours.value.as_text().or(c.theirs.value.as_text()) {
                let text = self
                    .edits
                    .entry(c.path.clone())
                    .or_insert_with(|| ours.to_owned());
                if text.chars().nth(SHOWN_CHARS * 10).is_none() {
                    let l = ui.label(trw(ui, "checktab-or-write-the-value"));
                    super::bidi_edit::multiline_ui(ui, text, |e| {
                        e.desired_rows(2).desired_width(f32::INFINITY)
                    })
                    .labelled_by(l.id);
                    if ui.button(trw(ui, "checktab-take-this-text")).clicked() {
                        commands.push(Command::ResolveConflict {
                            index,
                            choice: Resolution::Edited(text.clone()),
                        });
                    }
                }
            }
        });
    }
}
