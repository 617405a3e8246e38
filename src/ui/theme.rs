//! Colours shared by the views: a verdict's colour is the one thing a
//! fact-checker should read at a glance everywhere.

use eframe::egui::{self, Color32, Visuals};

use crate::model::{Claim, Color, Project, ScaleKind};

pub const SELECTED_OUTLINE: Color32 = Color32::from_rgb(0x1e, 0x40, 0xaf);
/// The ring around a list row that has the keyboard focus.
pub const FOCUS_RING: Color32 = Color32::from_rgb(0x25, 0x63, 0xeb);
pub const UNRATED: Color32 = Color32::from_rgb(0x9e, 0x9e, 0x9e);
/// Conclusion-only projects colour claims by whether a conclusion is written.
pub const CONCLUDED: Color32 = Color32::from_rgb(0x42, 0x7a, 0xc9);
pub const WARNING: Color32 = Color32::from_rgb(0xb4, 0x53, 0x09);
pub const ERROR: Color32 = Color32::from_rgb(0xb9, 0x1c, 0x1c);
pub const OK: Color32 = Color32::from_rgb(0x15, 0x80, 0x3d);

pub fn color32(c: Color) -> Color32 {
    let [r, g, b] = c.0;
    Color32::from_rgb(r, g, b)
}

pub fn verdict_color(project: &Project, claim: &Claim) -> Color32 {
    if project.scale.kind == ScaleKind::ConclusionOnly {
        return if claim.conclusion.trim().is_empty() {
            UNRATED
        } else {
            CONCLUDED
        };
    }
    project
        .verdict_of(claim)
        .map_or(UNRATED, |v| color32(v.color))
}

/// Black or white, whichever reads better on `bg`.
pub fn text_on(bg: Color32) -> Color32 {
    let [r, g, b, _] = bg.to_array();
    let luma = 0.299 * f32::from(r) + 0.587 * f32::from(g) + 0.114 * f32::from(b);
    if luma > 150.0 {
        Color32::from_gray(20)
    } else {
        Color32::WHITE
    }
}

pub fn selection(visuals: &Visuals) -> Color32 {
    visuals.selection.bg_fill.gamma_multiply(0.55)
}

/// A small rounded chip in a verdict colour with its label.
pub fn verdict_chip(ui: &mut egui::Ui, color: Color32, label: &str) -> egui::Response {
    let text = egui::RichText::new(label)
        .color(text_on(color))
        .small()
        .strong();
    egui::Frame::new()
        .fill(color)
        .corner_radius(egui::CornerRadius::same(8))
        .inner_margin(egui::Margin::symmetric(6, 1))
        .show(ui, |ui| ui.label(super::i18n::styled_line(ui, text)))
        .response
}

/// A light theme tuned for reading long text all day.
pub fn apply(ctx: &egui::Context) {
    ctx.set_visuals(Visuals::light());
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 3.0);
        style.visuals.panel_fill = Color32::from_rgb(0xf6, 0xf6, 0xf4);
        style.visuals.window_fill = Color32::from_rgb(0xfc, 0xfc, 0xfb);
        style.visuals.extreme_bg_color = Color32::WHITE;
    });
}
