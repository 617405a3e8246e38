//! Claims per verdict at a glance, and the last message.

use crate::ui::i18n::{hover, styled, styled_line, tr, tr_args, words};
use eframe::egui::{self, RichText, Ui};

use super::{Command, theme};
use crate::model::{Project, ScaleKind};

pub fn ui(
    ui: &mut Ui,
    project: &Project,
    message: Option<(&str, bool)>,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        let claims = tr_args(
            ui,
            "status-claims-count",
            &[("count", project.claims.len().into())],
        );
        ui.label(styled(ui, RichText::new(claims).strong()));
        let (counts, unrated) = project.verdict_counts();
        if project.scale.kind == ScaleKind::Ratings {
            for (id, n) in counts {
                let Some(v) = project.scale.verdict(id) else {
                    continue;
                };
                if n > 0 {
                    let n = crate::ui::i18n::number(ui, n);
                    theme::verdict_chip(ui, theme::color32(v.color), &format!("{} {n}", v.label));
                }
            }
        }
        if unrated > 0 {
            let label = if project.scale.kind == ScaleKind::Ratings {
                tr(ui, "status-unrated")
            } else {
                tr(ui, "status-claims")
            };
            let unrated = crate::ui::i18n::number(ui, unrated);
            theme::verdict_chip(ui, theme::UNRATED, &format!("{label} {unrated}"));
        }
        ui.label(styled(
            ui,
            RichText::new(format!(
                "· {}",
                tr_args(
                    ui,
                    "status-sources-count",
                    &[("count", project.sources.len().into())]
                )
            ))
            .weak(),
        ));
        if let Some((text, is_error)) = message {
            ui.with_layout(super::mirror::end_layout(ui), |ui| {
                let color = if is_error {
                    theme::ERROR
                } else {
                    ui.visuals().weak_text_color()
                };
                // Errors stay until dismissed or replaced; other messages go by themselves.
                if is_error {
                    let close = super::fields::name(
                        ui.small_button(words(ui, "×")),
                        tr(ui, "status-dismiss-name"),
                    )
                    .on_hover_text(hover(ui, tr(ui, "msg-dismiss-this-message")));
                    if close.clicked() {
                        commands.push(Command::DismissMessage);
                    }
                }
                ui.add(
                    egui::Label::new(styled_line(ui, RichText::new(text).color(color))).truncate(),
                )
                .on_hover_text(hover(ui, text));
            });
        }
    });
}
