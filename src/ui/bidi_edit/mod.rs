//! Editing fields that show Arabic or Hebrew in reading order while they
//! are edited. egui 0.37 shapes a right-to-left run but orders a line's
//! words logically, so a multi-word Arabic rationale read backwards while
//! typed. A field whose text needs bidi gets a galley in visual order
//! (`galley`), and since egui's clicks, arrow keys and selection rectangle
//! assume glyphs that grow left to right, this module takes those over for
//! it: arrow keys are taken from the input before the field sees them and
//! move the caret in the order the characters are drawn (as native
//! editors do), a click or drag is answered from the run table by a
//! sensing area laid over the text, and the selection is painted under the
//! text (the field's own background is painted here too, since it would
//! cover it). Typing, deleting, Home/End, Ctrl+arrows, copy and paste stay
//! egui's, in logical order. Text without right-to-left content takes
//! egui's field unchanged.

pub mod galley;

use std::sync::Arc;

use eframe::egui::{
    self, Color32, CursorIcon, Event, Id, Key, Response, Sense, Shape, TextBuffer, TextEdit,
    TextStyle, Ui,
    text::{CCursor, CCursorRange, LayoutJob, TextFormat},
    text_edit::{TextEditOutput, TextEditState},
};

use crate::model::bidi;
use galley::EditLayout;
pub use galley::Mark;

/// A cursor at boundary `c`; at a wrapped line's end, drawn at the start of
/// the next line, as egui's own moves place it.
fn cursor_at(c: usize) -> CCursor {
    CCursor {
        index: c.into(),
        prefer_next_row: true,
    }
}

/// A one-line field over `value`; `configure` sets hint, width and so on.
pub fn singleline_ui(
    ui: &mut Ui,
    value: &mut String,
    configure: impl FnOnce(TextEdit<'_>) -> TextEdit<'_>,
) -> Response {
    show_ui(ui, value, false, configure).response.response
}

/// A wrapping field over `value`; `configure` sets hint, rows and so on.
pub fn multiline_ui(
    ui: &mut Ui,
    value: &mut String,
    configure: impl FnOnce(TextEdit<'_>) -> TextEdit<'_>,
) -> Response {
    show_ui(ui, value, true, configure).response.response
}

/// The field, with egui's output (the galley and where it was drawn).
pub fn show_ui(
    ui: &mut Ui,
    value: &mut String,
    multiline: bool,
    configure: impl FnOnce(TextEdit<'_>) -> TextEdit<'_>,
) -> TextEditOutput {
    // The id egui would give the field itself.
    let id = ui.next_auto_id();
    ui.skip_ahead_auto_ids(1);
    let format = text_format(ui);
    show_with_id(ui, id, value, multiline, &format, None, configure)
}

/// A read-only text (a snapshot's page) that needs bidi, in `format`, with
/// a field's caret, clicks and selection in the order it is drawn, and
/// `mark` drawn marked. The caller lays out other text itself.
pub fn show_text_ui(
    ui: &mut Ui,
    id: Id,
    text: &mut &str,
    format: &TextFormat,
    mark: Option<Mark>,
    configure: impl FnOnce(TextEdit<'_>) -> TextEdit<'_>,
) -> TextEditOutput {
    show_with_id(ui, id, text, true, format, mark, configure)
}

/// A one-line field with an id of its own (one that something else focuses);
/// `configure` must not set another.
pub fn singleline_with_id_ui(
    ui: &mut Ui,
    id: Id,
    value: &mut String,
    configure: impl FnOnce(TextEdit<'_>) -> TextEdit<'_>,
) -> Response {
    let format = text_format(ui);
    show_with_id(ui, id, value, false, &format, None, configure)
        .response
        .response
}

fn show_with_id(
    ui: &mut Ui,
    id: Id,
    value: &mut dyn TextBuffer,
    multiline: bool,
    format: &TextFormat,
    mark: Option<Mark>,
    configure: impl FnOnce(TextEdit<'_>) -> TextEdit<'_>,
) -> TextEditOutput {
    if !bidi::needs_bidi(value.as_str()) {
        return configure(new_edit(value, multiline).id(id)).show(ui);
    }
    let key = id.with("bidi-layout");
    let previous: Option<Arc<EditLayout>> = ui.data(|d| d.get_temp(key));
    if ui.memory(|m| m.has_focus(id))
        && let Some(layout) = previous.as_deref().filter(|l| l.text == value.as_str())
    {
        arrow_keys(ui, id, layout);
    }
    // Under the field: its background and the selection, painted after it.
    let under = ui.painter().add(Shape::Noop);
    let mut latest: Option<Arc<EditLayout>> = None;
    let cache = id.with("bidi-galley");
    let mut layouter = |ui: &Ui, buf: &dyn TextBuffer, wrap_width: f32| {
        let text = buf.as_str();
        // The same text at the same width is not laid out again: a pasted
        // article would be, every frame, while the dialog is open.
        let made_from = made_from(ui, text, format, wrap_width, multiline, mark);
        if let Some((from, galley, layout)) = ui.data(|d| d.get_temp::<Laid>(cache))
            && from == made_from
        {
            latest = Some(layout);
            return galley;
        }
        match galley::lay_out(ui, text, format, wrap_width, multiline, mark) {
            Some((galley, layout)) => {
                let layout = Arc::new(layout);
                latest = Some(layout.clone());
                ui.data_mut(|d| d.insert_temp(cache, (made_from, galley.clone(), layout)));
                galley
            }
            None => {
                latest = None;
                let job = LayoutJob::single_section(text.to_owned(), format.clone());
                ui.fonts_mut(|f| f.layout_job(job))
            }
        }
    };
    let edit = new_edit(value, multiline)
        .id(id)
        .background_color(Color32::TRANSPARENT)
        .layouter(&mut layouter);
    let mut output = configure(edit).show(ui);
    let Some(layout) = latest else {
        return output;
    };
    ui.data_mut(|d| d.insert_temp(key, layout.clone()));
    pointer(ui, id, &output, &layout);
    paint_under(ui, id, under, &output, &layout, mark);
    // What a click or drag chose this frame, which egui's output predates.
    if let Some(state) = TextEditState::load(ui.ctx(), id) {
        output.cursor_range = state.cursor.char_range();
    }
    output
}

/// A field's last galley in visual order, by what it was made from.
type Laid = (u64, Arc<egui::Galley>, Arc<EditLayout>);

fn made_from(
    ui: &Ui,
    text: &str,
    format: &TextFormat,
    width: f32,
    multiline: bool,
    mark: Option<Mark>,
) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    (text, format, width.to_bits(), multiline, mark).hash(&mut hasher);
    ui.ctx().pixels_per_point().to_bits().hash(&mut hasher);
    hasher.finish()
}

fn new_edit(value: &mut dyn TextBuffer, multiline: bool) -> TextEdit<'_> {
    if multiline {
        TextEdit::multiline(value)
    } else {
        TextEdit::singleline(value)
    }
}

/// What egui's own text field lays its text out with.
fn text_format(ui: &Ui) -> TextFormat {
    let font_id = TextStyle::Body.resolve(ui.style());
    let color = ui
        .visuals()
        .override_text_color
        .unwrap_or_else(|| ui.visuals().widgets.inactive.text_color());
    let row_height = ui.fonts_mut(|f| f.row_height(&font_id));
    TextFormat {
        line_height: Some(row_height + ui.spacing().extra_text_line_spacing),
        ..TextFormat::simple(font_id, color)
    }
}

/// Takes the plain and Shift arrow keys out of this frame's input and moves
/// the caret for them in visual order.
fn arrow_keys(ui: &Ui, id: Id, layout: &EditLayout) {
    let mut moves = Vec::new();
    ui.input_mut(|i| {
        i.events.retain(|e| match e {
            Event::Key {
                key: key @ (Key::ArrowLeft | Key::ArrowRight | Key::ArrowUp | Key::ArrowDown),
                pressed,
                modifiers,
                ..
            } if !modifiers.ctrl && !modifiers.alt && !modifiers.command && !modifiers.mac_cmd => {
                if *pressed {
                    moves.push((*key, modifiers.shift));
                }
                false
            }
            _ => true,
        });
    });
    if moves.is_empty() {
        return;
    }
    let mut state = TextEditState::load(ui.ctx(), id).unwrap_or_default();
    let mut range = state.cursor.char_range().unwrap_or_default();
    for (key, shift) in moves {
        range = step(layout, range, key, shift);
    }
    state.cursor.set_char_range(Some(range));
    state.store(ui.ctx(), id);
}

/// One arrow key press. Without Shift a selection collapses to its end on
/// that side, as the eye sees it.
fn step(layout: &EditLayout, range: CCursorRange, key: Key, shift: bool) -> CCursorRange {
    let c = range.primary.index.0;
    let rightward = key == Key::ArrowRight;
    let horizontal = matches!(key, Key::ArrowLeft | Key::ArrowRight);
    if !shift && horizontal && !range.is_empty() {
        let [a, b] = range.sorted_cursors().map(|c| c.index.0);
        let x = |c| layout.caret(c).map_or(0.0, |(x, _)| x);
        let right_end = if x(a) >= x(b) { a } else { b };
        let left_end = if right_end == a { b } else { a };
        return CCursorRange::one(cursor_at(if rightward { right_end } else { left_end }));
    }
    let next = if horizontal {
        layout.horizontal(c, rightward)
    } else {
        layout.vertical(c, key == Key::ArrowDown)
    };
    if shift {
        CCursorRange::two(range.secondary, cursor_at(next))
    } else {
        CCursorRange::one(cursor_at(next))
    }
}

/// Clicks and drags on the text, answered from the run table: a sensing
/// area over the text, above the field, catches them first.
fn pointer(ui: &Ui, id: Id, output: &TextEditOutput, layout: &EditLayout) {
    let r = ui.interact(
        output.text_clip_rect,
        id.with("bidi-pointer"),
        Sense::CLICK | Sense::DRAG,
    );
    if r.hovered() {
        ui.set_cursor_icon(CursorIcon::Text);
    }
    // The field behind lost the focus to this click: egui gives it up when
    // a press lands on another widget.
    if r.clicked() || r.drag_stopped() || r.interact_pointer_pos().is_some() {
        ui.memory_mut(|m| m.request_focus(id));
    }
    let Some(pos) = r.interact_pointer_pos() else {
        return;
    };
    let at = layout.boundary_at(pos - output.galley_pos);
    let mut state = TextEditState::load(ui.ctx(), id).unwrap_or_default();
    let old = state.cursor.char_range();
    let (pressed, shift) = ui.input(|i| (i.pointer.primary_pressed(), i.modifiers.shift));
    let range = if r.double_clicked() {
        word_at(&layout.text, at)
    } else if pressed {
        match old {
            Some(old) if shift => CCursorRange::two(old.secondary, cursor_at(at)),
            _ => CCursorRange::one(cursor_at(at)),
        }
    } else if r.dragged() {
        let anchor = old.map_or(cursor_at(at), |o| o.secondary);
        CCursorRange::two(anchor, cursor_at(at))
    } else {
        return;
    };
    state.cursor.set_char_range(Some(range));
    state.store(ui.ctx(), id);
    ui.ctx().request_repaint();
}

/// The word around boundary `c` (letters, marks and digits).
fn word_at(text: &str, c: usize) -> CCursorRange {
    let chars: Vec<char> = text.chars().collect();
    let word = |i: usize| {
        chars.get(i).is_some_and(|ch| {
            ch.is_alphanumeric() || !ch.is_whitespace() && !ch.is_ascii_punctuation()
        })
    };
    let mut start = c.min(chars.len());
    while start > 0 && word(start - 1) {
        start -= 1;
    }
    let mut end = c.min(chars.len());
    while word(end) {
        end += 1;
    }
    CCursorRange::two(cursor_at(start), cursor_at(end))
}

/// The field's background, the marked passage and, while the field has the
/// focus, the selection, in the slot reserved under the field.
fn paint_under(
    ui: &Ui,
    id: Id,
    under: egui::layers::ShapeIdx,
    output: &TextEditOutput,
    layout: &EditLayout,
    mark: Option<Mark>,
) {
    let visuals = ui.visuals();
    let mut shapes = vec![Shape::rect_filled(
        output.response.rect,
        visuals.widgets.inactive.corner_radius,
        visuals.text_edit_bg_color(),
    )];
    let clip = output.text_clip_rect;
    let mut fill = |a: usize, b: usize, color: Color32| {
        for rect in layout.range_rects(a, b) {
            let rect = rect.translate(output.galley_pos.to_vec2()).intersect(clip);
            if rect.is_positive() {
                shapes.push(Shape::rect_filled(rect, 0.0, color));
            }
        }
    };
    if let Some(m) = mark {
        fill(m.start, m.end, m.background);
    }
    let state = TextEditState::load(ui.ctx(), id).unwrap_or_default();
    if ui.memory(|m| m.has_focus(id))
        && let Some(range) = state.cursor.char_range().filter(|r| !r.is_empty())
    {
        let [a, b] = range.sorted_cursors().map(|c| c.index.0);
        fill(a, b, visuals.selection.bg_fill);
    }
    ui.painter().set(under, Shape::Vec(shapes));
}
