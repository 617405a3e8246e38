//! Labelled form fields. Every input has a visible label tied to it, which
//! screen readers and the kittest accessibility check both need.

use eframe::egui::{Align2, Response, RichText, TextEdit, Ui};

use super::theme;
use crate::model::date::{self, DateProblem};
use crate::model::{bidi, is_web_url};

/// A one-line text field under its label. Returns the field's response.
pub fn text(ui: &mut Ui, label: &str, value: &mut String, hint: &str) -> Response {
    let l = ui.label(RichText::new(label).small().strong());
    let rtl = bidi::starts_rtl(value);
    let edit = TextEdit::singleline(value)
        .hint_text(hint)
        .desired_width(f32::INFINITY);
    ui.add(in_direction(edit, rtl)).labelled_by(l.id)
}

/// Right-aligned when the text starts right to left, as `dir="auto"` would
/// place it. (egui's text fields keep logical word order inside a line.)
fn in_direction(edit: TextEdit<'_>, rtl: bool) -> TextEdit<'_> {
    if rtl {
        edit.align(Align2::RIGHT_TOP)
    } else {
        edit
    }
}

pub fn multiline(
    ui: &mut Ui,
    label: &str,
    value: &mut String,
    rows: usize,
    hint: &str,
) -> Response {
    let l = ui.label(RichText::new(label).small().strong());
    let rtl = bidi::starts_rtl(value);
    let edit = TextEdit::multiline(value)
        .hint_text(hint)
        .desired_rows(rows)
        .desired_width(f32::INFINITY);
    ui.add(in_direction(edit, rtl)).labelled_by(l.id)
}

/// A date field that warns, without refusing or changing the text, when it is
/// not a date: the wrong form, or a day the calendar does not have.
pub fn date(ui: &mut Ui, label: &str, value: &mut String) -> Response {
    let r = text(ui, label, value, "YYYY-MM-DD");
    if let Err(problem) = date::check(value.trim()) {
        let message = match problem {
            DateProblem::NotIso => "Use the form YYYY-MM-DD (or YYYY-MM, or YYYY)".to_owned(),
            DateProblem::NoSuchDate => format!("{} is not a date in the calendar", value.trim()),
        };
        ui.label(RichText::new(message).small().color(theme::WARNING));
    }
    r
}

/// A URL field that says when the address is not a web link, and offers to open it when it is.
pub fn url(ui: &mut Ui, label: &str, value: &mut String, open: &mut Option<String>) -> Response {
    let r = text(ui, label, value, "https://…");
    let v = value.trim();
    if v.is_empty() {
    } else if is_web_url(v) {
        if ui
            .small_button("Open in browser")
            .on_hover_text(v)
            .clicked()
        {
            *open = Some(v.to_owned());
        }
    } else {
        ui.label(
            RichText::new("Must start with http:// or https://")
                .small()
                .color(theme::ERROR),
        );
    }
    r
}

pub fn section(ui: &mut Ui, title: &str) {
    ui.add_space(6.0);
    ui.label(RichText::new(title).strong().size(15.0));
    ui.separator();
}

/// Applies `edit` to a copy of `value` and returns the copy if it changed.
pub fn edited<T: Clone + PartialEq>(value: &T, edit: impl FnOnce(&mut T)) -> Option<T> {
    let mut copy = value.clone();
    edit(&mut copy);
    (copy != *value).then_some(copy)
}
