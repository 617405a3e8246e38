//! The project's rating scale: verdict labels, values, colours, descriptions.

use eframe::egui::{self, ComboBox, DragValue, RichText, ScrollArea, Ui};

use super::{Command, fields};
use crate::edit::Action;
use crate::model::{Color, Project, RatingScale, ScaleKind, ScalePreset, Verdict};

pub fn ui(ui: &mut Ui, project: &Project, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let l = ui.heading("Rating scale");
        ComboBox::from_id_salt("scale_preset")
            .selected_text("Replace with preset…")
            .show_ui(ui, |ui| {
                for preset in ScalePreset::ALL {
                    if ui.selectable_label(false, preset.label()).clicked() {
                        commands.push(Command::Edit(Action::set_scale(project, preset.scale())));
                    }
                }
            })
            .response
            .labelled_by(l.id);
    });
    ui.label(
        RichText::new("Changing the scale clears verdicts it no longer has; Undo restores them.")
            .small()
            .weak(),
    );
    let Some(scale) = fields::edited(&project.scale, |scale| scale_ui(ui, scale)) else {
        return;
    };
    commands.push(Command::Edit(Action::set_scale(project, scale)));
}

fn scale_ui(ui: &mut Ui, scale: &mut RatingScale) {
    fields::text(ui, "Scale name", &mut scale.name, "");
    ui.horizontal(|ui| {
        ui.radio_value(&mut scale.kind, ScaleKind::Ratings, "Verdicts from a scale");
        ui.radio_value(
            &mut scale.kind,
            ScaleKind::ConclusionOnly,
            "Conclusion only",
        );
    });
    if scale.kind == ScaleKind::ConclusionOnly {
        ui.label(
            RichText::new("Each claim gets a plain-language conclusion instead of a rating.")
                .weak(),
        );
        return;
    }
    let mut action: Option<(usize, i32)> = None;
    let count = scale.verdicts.len();
    ScrollArea::vertical()
        .id_salt("scale_editor")
        .show(ui, |ui| {
            for (i, v) in scale.verdicts.iter_mut().enumerate() {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    let which = if v.label.trim().is_empty() {
                        format!("verdict {}", i + 1)
                    } else {
                        format!("“{}”", v.label.trim())
                    };
                    ui.horizontal(|ui| {
                        let mut rgb = v.color.0;
                        if ui
                            .color_edit_button_srgb(&mut rgb)
                            .on_hover_text("Highlight colour")
                            .changed()
                        {
                            v.color = Color(rgb);
                        }
                        let l = ui.label(RichText::new("Label").small());
                        ui.add(egui::TextEdit::singleline(&mut v.label).desired_width(120.0))
                            .labelled_by(l.id);
                        ui.with_layout(super::mirror::end_layout(ui), |ui| {
                            let remove = ui.small_button("×").on_hover_text("Remove verdict");
                            if fields::name(remove, format!("Remove {which}")).clicked() {
                                action = Some((i, 0));
                            }
                            let down = ui
                                .add_enabled(i + 1 < count, egui::Button::new("Down").small())
                                .on_hover_text("Move down");
                            if fields::name(down, format!("Down: move {which} down")).clicked() {
                                action = Some((i, 1));
                            }
                            let up = ui
                                .add_enabled(i > 0, egui::Button::new("Up").small())
                                .on_hover_text("Move up");
                            if fields::name(up, format!("Up: move {which} up")).clicked() {
                                action = Some((i, -1));
                            }
                        });
                    });
                    // The value sits on this line: beside the label field,
                    // it was drawn under the row's buttons in a narrow panel.
                    let l = ui
                        .horizontal(|ui| {
                            let l = ui.label(RichText::new("Description").small());
                            ui.add_space((ui.available_width() - 110.0).max(8.0));
                            let mut rated = v.value.is_some();
                            if ui
                                .checkbox(&mut rated, "value")
                                .on_hover_text("Has a place on the truth line (higher is truer)")
                                .changed()
                            {
                                v.value = rated.then_some(1);
                            }
                            if let Some(value) = v.value.as_mut() {
                                fields::name(
                                    ui.add(DragValue::new(value).range(0..=100)),
                                    format!("Value of {which}"),
                                );
                            }
                            l
                        })
                        .inner;
                    ui.add(
                        egui::TextEdit::singleline(&mut v.description).desired_width(f32::INFINITY),
                    )
                    .labelled_by(l.id);
                });
            }
            if ui.button("Add verdict").clicked() {
                let id = scale.next_verdict_id();
                scale.verdicts.push(Verdict {
                    id,
                    label: "New verdict".into(),
                    value: None,
                    color: Color([0x60, 0x7d, 0x8b]),
                    description: String::new(),
                });
            }
        });
    match action {
        Some((i, 0)) => {
            scale.verdicts.remove(i);
        }
        Some((i, -1)) => scale.verdicts.swap(i, i - 1),
        Some((i, _)) => scale.verdicts.swap(i, i + 1),
        None => {}
    }
}
