//! Labelled form fields. Every input has a visible label tied to it, which
//! screen readers and the kittest accessibility check both need. Labels and
//! hints are given as message ids (`ui-*.ftl`), so no caller can pass an
//! untranslated string by accident.

use crate::ui::i18n::{styled, styled_line, tr, tr_args, words_line};
use eframe::egui::{self, Align2, Label, Response, RichText, Sense, TextEdit, Ui};

use super::{bidi_edit, theme};
use crate::model::date::{self, DateProblem};
use crate::model::{bidi, is_web_url};

/// A field's label. A click on it puts the caret in its field, as a label
/// does in a desktop form: a click that lands a little high is not lost.
/// It is not a stop of its own for Tab.
fn field_label(ui: &mut Ui, label: &str) -> Response {
    let text = tr(ui, label);
    ui.add(
        Label::new(styled(ui, RichText::new(text).small().strong()))
            .selectable(false)
            .sense(Sense::CLICK),
    )
}

/// Ties `field` to its label `l`: named by it, and focused by a click on it.
fn labelled(l: &Response, field: Response) -> Response {
    if l.clicked() {
        field.request_focus();
    }
    field.labelled_by(l.id)
}

/// The hint of message `id` in reading order, none for "".
fn hint_text(ui: &Ui, id: &str) -> egui::WidgetText {
    if id.is_empty() {
        egui::WidgetText::default()
    } else {
        words_line(ui, tr(ui, id))
    }
}

/// A one-line text field under its label (message ids). Returns the field's response.
pub fn text(ui: &mut Ui, label: &str, value: &mut String, hint: &str) -> Response {
    let l = field_label(ui, label);
    let hint = hint_text(ui, hint);
    let rtl = bidi::starts_rtl(value);
    let field = bidi_edit::singleline_ui(ui, value, |e| {
        in_direction(e.hint_text(hint).desired_width(f32::INFINITY), rtl)
    });
    labelled(&l, field)
}

/// What a note line under a field says, if anything.
pub enum Note {
    None,
    /// Advice in the weak text colour.
    Hint(String),
    Warning(String),
    Error(String),
}

/// One line under a field for what it has to say about its value, there
/// whether or not it says anything: a note appearing as the user types
/// must not push the fields below it away from the pointer. A note too long
/// for the line is cut, whole on hover.
pub fn note_line(ui: &mut Ui, note: Note) {
    let font = egui::TextStyle::Small.resolve(ui.style());
    let height = ui.fonts_mut(|f| f.row_height(&font));
    let width = ui.available_width();
    let (text, color) = match note {
        Note::None => (String::new(), None),
        Note::Hint(t) => (t, None),
        Note::Warning(t) => (t, Some(theme::WARNING)),
        Note::Error(t) => (t, Some(theme::ERROR)),
    };
    // Exactly this space, whatever the note: the label is put in a child
    // that does not move the parent's cursor.
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, height), Sense::hover());
    if !text.is_empty() {
        let rich = RichText::new(text.as_str()).small();
        let rich = match color {
            Some(c) => rich.color(c),
            None => rich.weak(),
        };
        let mut child = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(rect)
                .layout(super::mirror::start_layout(ui)),
        );
        let shown = styled_line(&child, rich);
        child.add(Label::new(shown).truncate());
    }
}

/// Right-aligned when the text starts right to left, as `dir="auto"` would
/// place it; its words are put in reading order by `bidi_edit`.
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
    let l = field_label(ui, label);
    let hint = hint_text(ui, hint);
    let rtl = bidi::starts_rtl(value);
    let field = bidi_edit::multiline_ui(ui, value, |e| {
        in_direction(
            e.hint_text(hint)
                .desired_rows(rows)
                .desired_width(f32::INFINITY),
            rtl,
        )
    });
    labelled(&l, field)
}

/// Up to `rows` lines of small weak text in a space of exactly that height,
/// whatever the text (none included): a description that comes and goes
/// with a choice does not move what is below. Longer text is cut at a word
/// with "…", whole on hover and for screen readers.
pub fn note_rows(ui: &mut Ui, text: &str, rows: usize) -> Response {
    let font = egui::TextStyle::Small.resolve(ui.style());
    let color = ui.visuals().weak_text_color();
    let width = ui.available_width();
    let row_height = ui.fonts_mut(|f| f.row_height(&font));
    let mut job = egui::text::LayoutJob::simple(text.to_owned(), font, color, width);
    job.wrap.max_rows = rows;
    job.wrap.break_anywhere = false;
    job.wrap.overflow_character = Some('…');
    let galley = ui.fonts_mut(|f| f.layout_job(job));
    let (rect, response) =
        ui.allocate_exact_size(egui::vec2(width, row_height * rows as f32), Sense::hover());
    let elided = galley.elided;
    let at = super::mirror::start_of(ui, rect, galley.size());
    ui.painter().galley(at, galley, color);
    let owned = text.to_owned();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &owned));
    if elided {
        response.on_hover_text(text)
    } else {
        response
    }
}

/// A date field that warns, without refusing or changing the text, when it is
/// not a date: the wrong form, or a day the calendar does not have. The
/// warning has its line under the field whether shown or not.
pub fn date(ui: &mut Ui, label: &str, value: &mut String) -> Response {
    let r = text(ui, label, value, "field-date-hint");
    let note = match date::check(value.trim()) {
        Ok(_) => Note::None,
        Err(DateProblem::NotIso) => Note::Warning(tr(ui, "field-date-form")),
        Err(DateProblem::NoSuchDate) => Note::Warning(tr_args(
            ui,
            "field-date-not-in-calendar",
            &[("date", value.trim().into())],
        )),
    };
    note_line(ui, note);
    r
}

/// A URL field that says when the address is not a web link, and offers to
/// open it when it is. The Open button is always beside the field (greyed
/// out without a web address) and the complaint has its own line under the
/// field, so nothing below moves while an address is typed.
pub fn url(ui: &mut Ui, label: &str, value: &mut String, open: &mut Option<String>) -> Response {
    url_with_note(ui, label, value, open, None)
}

/// [`url`], with `empty_hint` on the note line while the field is empty.
pub fn url_with_note(
    ui: &mut Ui,
    label: &str,
    value: &mut String,
    open: &mut Option<String>,
    empty_hint: Option<&str>,
) -> Response {
    let l = field_label(ui, label);
    let label = tr(ui, label);
    let rtl = bidi::starts_rtl(value);
    let r = ui
        .horizontal(|ui| {
            // As wide as its word needs (translations differ), at least 56 px.
            let open_word = tr(ui, "field-url-open");
            let font = egui::TextStyle::Button.resolve(ui.style());
            let word = ui.fonts_mut(|f| {
                f.layout_no_wrap(open_word.clone(), font, egui::Color32::PLACEHOLDER)
                    .size()
                    .x
            });
            let button_w = (word + 2.0 * ui.spacing().button_padding.x).max(56.0);
            let field_w = (ui.available_width() - button_w - ui.spacing().item_spacing.x).max(60.0);
            let hint = tr(ui, "field-url-hint");
            let field = bidi_edit::singleline_ui(ui, value, |e| {
                in_direction(e.hint_text(hint).desired_width(field_w), rtl)
            });
            let r = labelled(&l, field);
            let v = value.trim().to_owned();
            let web = is_web_url(&v);
            let button = ui
                .add_enabled(
                    web,
                    egui::Button::new(open_word).min_size(egui::vec2(button_w, 0.0)),
                )
                .on_hover_text(tr_args(
                    ui,
                    "field-url-open-hover",
                    &[("url", v.as_str().into())],
                ))
                .on_disabled_hover_text(tr(ui, "field-url-open-disabled"));
            let button = name(
                button,
                tr_args(
                    ui,
                    "field-url-open-name",
                    &[("field", label.as_str().into())],
                ),
            );
            if button.clicked() {
                *open = Some(v);
            }
            r
        })
        .inner;
    let v = value.trim();
    let note = if v.is_empty() {
        empty_hint.map_or(Note::None, |h| Note::Hint(tr(ui, h)))
    } else if is_web_url(v) {
        Note::None
    } else {
        Note::Error(tr(ui, "field-url-not-web"))
    };
    note_line(ui, note);
    r
}

/// Gives a control its accessible name when its visible text is a symbol
/// ("×") or repeats on every row ("Up"): what a screen reader reads, and what
/// kittest finds it by. Keep the visible word in it (WCAG "label in name").
pub fn name(response: Response, name: impl Into<String>) -> Response {
    let name = name.into();
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_label(name);
    });
    response
}

/// A section heading (a message id).
pub fn section(ui: &mut Ui, title: &str) {
    ui.add_space(6.0);
    ui.label(styled(ui, RichText::new(tr(ui, title)).strong().size(15.0)));
    ui.separator();
}

/// Applies `edit` to a copy of `value` and returns the copy if it changed.
pub fn edited<T: Clone + PartialEq>(value: &T, edit: impl FnOnce(&mut T)) -> Option<T> {
    let mut copy = value.clone();
    edit(&mut copy);
    (copy != *value).then_some(copy)
}
