//! The project's rating scale: verdict labels, values, colours, descriptions.

use crate::ui::i18n::{hover, styled, tr, tr_args, trw, words};
use eframe::egui::{self, DragValue, RichText, ScrollArea, Ui};

use super::{Command, fields};
use crate::edit::Action;
use crate::model::{Color, Project, RatingScale, ScaleKind, ScalePreset, Verdict};

pub fn ui(ui: &mut Ui, project: &Project, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let l = ui.label(styled(
            ui,
            RichText::new(tr(ui, "project-rating-scale")).heading(),
        ));
        let shown = crate::ui::i18n::words_line(ui, tr(ui, "project-replace-with-preset"));
        crate::ui::mirror::combo_box_ui(ui, "scale_preset", shown, None, |ui| {
            for preset in ScalePreset::ALL {
                // The preset in the window's language; the project keeps those words.
                let lang = crate::ui::i18n::language(ui);
                let name = super::scale_presets::name(preset, lang);
                if ui.selectable_label(false, words(ui, name)).clicked() {
                    let scale = super::scale_presets::scale(preset, lang);
                    commands.push(Command::Edit(Action::set_scale(project, scale)));
                }
            }
        })
        .response
        .labelled_by(l.id);
    });
    ui.label(styled(
        ui,
        RichText::new(tr(ui, "project-changing-the-scale-clears-verdicts"))
            .small()
            .weak(),
    ));
    let Some(scale) = fields::edited(&project.scale, |scale| scale_ui(ui, scale)) else {
        return;
    };
    commands.push(Command::Edit(Action::set_scale(project, scale)));
}

fn scale_ui(ui: &mut Ui, scale: &mut RatingScale) {
    fields::text(ui, "project-scale-name", &mut scale.name, "");
    ui.horizontal(|ui| {
        let ratings = tr(ui, "project-verdicts-from-a-scale");
        super::mirror::radio_value_ui(ui, &mut scale.kind, ScaleKind::Ratings, ratings);
        let conclusion = tr(ui, "project-conclusion-only");
        super::mirror::radio_value_ui(ui, &mut scale.kind, ScaleKind::ConclusionOnly, conclusion);
    });
    if scale.kind == ScaleKind::ConclusionOnly {
        ui.label(styled(
            ui,
            RichText::new(tr(ui, "project-each-claim-gets-a-plain")).weak(),
        ));
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
                        tr_args(ui, "project-verdict-number", &[("number", (i + 1).into())])
                    } else {
                        tr_args(ui, "quoted", &[("text", v.label.trim().into())])
                    };
                    let which_arg = [("verdict", which.as_str().into())];
                    ui.horizontal(|ui| {
                        let mut rgb = v.color.0;
                        let colour = ui
                            .color_edit_button_srgb(&mut rgb)
                            .on_hover_text(hover(ui, tr(ui, "project-highlight-colour")));
                        // egui names the button "Color"; the name says whose.
                        let name = tr_args(ui, "project-colour-of", &which_arg);
                        if fields::name(colour, name).changed() {
                            v.color = Color(rgb);
                        }
                        let l =
                            ui.label(styled(ui, RichText::new(tr(ui, "project-label")).small()));
                        // Narrow panels give the label field less room first,
                        // so the row's buttons stay inside in every language.
                        let room = (ui.available_width() - 150.0).clamp(60.0, 120.0);
                        super::bidi_edit::singleline_ui(ui, &mut v.label, |e| {
                            e.desired_width(room)
                        })
                        .labelled_by(l.id);
                        ui.with_layout(super::mirror::end_layout(ui), |ui| {
                            let remove = ui
                                .small_button("×")
                                .on_hover_text(hover(ui, tr(ui, "project-remove-verdict")));
                            let name = tr_args(ui, "project-remove-name", &which_arg);
                            if fields::name(remove, name).clicked() {
                                action = Some((i, 0));
                            }
                            let down = ui
                                .add_enabled(
                                    i + 1 < count,
                                    egui::Button::new(trw(ui, "project-down")).small(),
                                )
                                .on_hover_text(hover(ui, tr(ui, "project-move-down")));
                            let name = tr_args(ui, "project-down-name", &which_arg);
                            if fields::name(down, name).clicked() {
                                action = Some((i, 1));
                            }
                            let up = ui
                                .add_enabled(
                                    i > 0,
                                    egui::Button::new(trw(ui, "project-up")).small(),
                                )
                                .on_hover_text(hover(ui, tr(ui, "project-move-up")));
                            let name = tr_args(ui, "project-up-name", &which_arg);
                            if fields::name(up, name).clicked() {
                                action = Some((i, -1));
                            }
                        });
                    });
                    // The value sits on this line: beside the label field,
                    // it was drawn under the row's buttons in a narrow panel.
                    // It goes to the row's far end, laid out from there, so
                    // however wide its words are in a language it stays
                    // inside the group (a fixed room for it, too small for
                    // Arabic's, pushed each group a little further out of a
                    // mirrored panel, the next one starting where that ended).
                    let l = ui
                        .horizontal(|ui| {
                            let l = ui.label(styled(
                                ui,
                                RichText::new(tr(ui, "project-description")).small(),
                            ));
                            ui.with_layout(super::mirror::end_layout(ui), |ui| {
                                // From the far end: the value, then its check box.
                                if let Some(value) = v.value.as_mut() {
                                    fields::name(
                                        ui.add(DragValue::new(value).range(0..=100)),
                                        tr_args(ui, "project-value-of", &which_arg),
                                    );
                                }
                                let mut rated = v.value.is_some();
                                if super::mirror::checkbox_ui(
                                    ui,
                                    &mut rated,
                                    tr(ui, "project-value"),
                                )
                                .on_hover_text(hover(ui, tr(ui, "project-has-a-place-on-the")))
                                .changed()
                                {
                                    v.value = rated.then_some(1);
                                }
                            });
                            l
                        })
                        .inner;
                    super::bidi_edit::singleline_ui(ui, &mut v.description, |e| {
                        e.desired_width(f32::INFINITY)
                    })
                    .labelled_by(l.id);
                });
            }
            if ui.button(trw(ui, "project-add-verdict")).clicked() {
                let id = scale.next_verdict_id();
                scale.verdicts.push(Verdict {
                    id,
                    label: tr(ui, "project-new-verdict"),
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
