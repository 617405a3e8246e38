//! The window mirrored for a right-to-left language (Arabic), as users of
//! Arabic desktop software expect: the claims list on the right and the
//! editor on the left, menus, toolbars and rows of controls from the
//! right, labels right-aligned. egui has no mirrored mode of its own, but
//! a top-down layout aligned right makes every `ui.horizontal` inside it
//! run right to left (`Layout::prefer_right_to_left`), so wrapping a
//! panel's contents mirrors most of it; the few places that name a side
//! ask here which one. The article keeps its own direction: an English
//! article in an Arabic window still reads left to right.

use eframe::egui::{self, Align, Layout, Panel, Ui};

use super::i18n;

mod combo;
mod menus;
mod windows;
pub use combo::combo_box_ui;
pub use menus::{menu_button_ui, submenu_ui};
pub use windows::{popup_content_ui, window_ui};

/// The panel on the side where reading starts: left, or right when mirrored.
pub fn start_panel(ctx: &egui::Context, id: &str) -> Panel {
    if i18n::is_rtl(ctx) {
        Panel::right(id)
    } else {
        Panel::left(id)
    }
}

/// The panel on the side where reading ends.
pub fn end_panel(ctx: &egui::Context, id: &str) -> Panel {
    if i18n::is_rtl(ctx) {
        Panel::left(id)
    } else {
        Panel::right(id)
    }
}

/// Draws `add` top-down, right-aligned with rows running right to left
/// when the window is mirrored; as it is otherwise.
pub fn content_ui<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    if i18n::is_rtl(ui) {
        ui.with_layout(Layout::top_down(Align::Max), add).inner
    } else {
        add(ui)
    }
}

/// The menu bar, its menus from the right when mirrored (egui's bar always
/// runs left to right inside).
pub fn menu_bar_ui<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    egui::MenuBar::new()
        .ui(ui, |ui| {
            if i18n::is_rtl(ui) {
                ui.with_layout(Layout::right_to_left(Align::Center), add)
                    .inner
            } else {
                add(ui)
            }
        })
        .inner
}

/// A modal dialog whose contents are right-aligned, their rows right to
/// left, when the window is mirrored.
pub fn modal(ctx: &egui::Context, id: egui::Id) -> egui::Modal {
    let modal = egui::Modal::new(id);
    if i18n::is_rtl(ctx) {
        modal.area(egui::Modal::default_area(id).layout(Layout::top_down(Align::Max)))
    } else {
        modal
    }
}

/// `Ui::columns`, mirrored: the first column at the right (the claimant
/// before the claim date, read from the right) and each column's contents
/// right-aligned. egui's own columns are always aligned left, so this is
/// its `columns` with the sides swapped.
pub fn columns_ui<R>(ui: &mut Ui, n: usize, add: impl FnOnce(&mut [Ui]) -> R) -> R {
    if !i18n::is_rtl(ui) || n == 0 {
        return ui.columns(n, add);
    }
    let spacing = ui.spacing().item_spacing.x;
    let total_spacing = spacing * (n as f32 - 1.0);
    let width = (ui.available_width() - total_spacing) / n as f32;
    let top_left = ui.cursor().min;
    let bottom = ui.max_rect().bottom();
    let mut cols: Vec<Ui> = (0..n)
        .map(|i| {
            // Column i counted from the right.
            let x = top_left.x + (n - 1 - i) as f32 * (width + spacing);
            let rect =
                egui::Rect::from_min_max(egui::pos2(x, top_left.y), egui::pos2(x + width, bottom));
            let mut col = ui.new_child(
                egui::UiBuilder::new()
                    .max_rect(rect)
                    .layout(Layout::top_down_justified(Align::Max)),
            );
            col.set_width(width);
            col
        })
        .collect();
    let result = add(&mut cols);
    let widest = cols
        .iter()
        .map(|c| c.min_rect().width())
        .fold(width, f32::max);
    let height = cols.iter().map(|c| c.min_size().y).fold(0.0, f32::max);
    let size = egui::vec2(
        ui.available_width().max(total_spacing + widest * n as f32),
        height,
    );
    ui.advance_cursor_after_rect(egui::Rect::from_min_size(top_left, size));
    result
}

/// The layout of a row read from its start: from the left, or from the
/// right when mirrored.
pub fn start_layout(ui: &Ui) -> Layout {
    if i18n::is_rtl(ui) {
        Layout::right_to_left(Align::Center)
    } else {
        Layout::left_to_right(Align::Center)
    }
}

/// Where something `size` big goes at the top of `rect` on the start side.
pub fn start_of(ui: &Ui, rect: egui::Rect, size: egui::Vec2) -> egui::Pos2 {
    if i18n::is_rtl(ui) {
        egui::pos2(rect.right() - size.x, rect.top())
    } else {
        rect.min
    }
}

/// The layout of a row's far end (a Dismiss or Remove button pushed to the
/// other side): from the right, or from the left when mirrored.
pub fn end_layout(ui: &Ui) -> Layout {
    if i18n::is_rtl(ui) {
        Layout::left_to_right(Align::Center)
    } else {
        Layout::right_to_left(Align::Center)
    }
}

/// A one-line label, button or menu text whose right-to-left words (an
/// Arabic label, one mixing Arabic with a number or a Latin name) are drawn
/// in reading order: egui shapes each run but places the words of a line
/// logically. The glyphs come in visual order from the run table, as in the
/// editing fields; the text kept with them, which screen readers and
/// kittest read, stays as written. Other text is passed on unchanged.
pub fn label_text(ui: &Ui, text: impl Into<String>, style: egui::TextStyle) -> egui::WidgetText {
    let text: String = text.into();
    if !crate::model::bidi::needs_bidi(&text) {
        return text.into();
    }
    let rich = egui::RichText::new(text);
    placed(ui, &rich, style, None).unwrap_or_else(|| rich.into())
}

/// Any label's text (a `RichText` keeps its heading, strong, weak, small or
/// colour) in reading order when it needs bidi, wrapped as egui would wrap
/// it where it is added: in a column at the available width less a
/// button's padding, on one line in a row. Lines are right-aligned and
/// come in reading order; a one-line text keeps its own width. `style` is
/// the widget's own text style (`Body` for labels, `Button` for buttons)
/// unless the `RichText` names one. Text without right-to-left letters
/// comes back as it was given, so English windows draw exactly what they
/// drew before.
///
/// The padding: the galley is laid out here, before the widget, so a
/// button or selectable row cannot wrap it inside its own padding as it
/// wraps a plain text. Wrapped at the whole width, such a row came out a
/// padding wider than its place; a panel grows to what it holds, and the
/// next frame wrapped at the wider width, so a mirrored panel widened by
/// a padding every frame up to its largest size (the Sources list did). A
/// label wraps a few points short of the edge instead, which no one sees.
pub fn reading_order(
    ui: &Ui,
    text: impl Into<egui::RichText>,
    style: egui::TextStyle,
) -> egui::WidgetText {
    let rich: egui::RichText = text.into();
    if !crate::model::bidi::needs_bidi(rich.text()) {
        return rich.into();
    }
    let wrap = (ui.wrap_mode() == egui::TextWrapMode::Wrap)
        .then(|| ui.available_width() - 2.0 * ui.spacing().button_padding.x);
    reading_order_at(ui, rich, style, wrap)
}

/// [`reading_order`] wrapped at `wrap` (or on one line per paragraph).
pub fn reading_order_at(
    ui: &Ui,
    text: impl Into<egui::RichText>,
    style: egui::TextStyle,
    wrap: Option<f32>,
) -> egui::WidgetText {
    let rich: egui::RichText = text.into();
    if !crate::model::bidi::needs_bidi(rich.text()) {
        return rich.into();
    }
    placed(ui, &rich, style, wrap).unwrap_or_else(|| rich.into())
}

/// `rich` laid out by the run table, on one line per paragraph or wrapped
/// at `wrap` when it is wider; `None` when egui laid out no glyph (nothing
/// to place).
fn placed(
    ui: &Ui,
    rich: &egui::RichText,
    style: egui::TextStyle,
    wrap: Option<f32>,
) -> Option<egui::WidgetText> {
    let mut job = egui::text::LayoutJob::default();
    rich.clone().append_to(
        &mut job,
        ui.style(),
        egui::FontSelection::Style(style),
        Align::Center,
    );
    let format = job.sections.first()?.format.clone();
    let text = rich.text();
    let line = lay_out_cached(ui, text, &format, 0.0, false)?;
    let natural = line.rect.width();
    let width = match wrap {
        // Too wide for its place: broken into lines that fill it.
        Some(w) if w.is_finite() && w > 0.0 && natural > w => w,
        // Several paragraphs: each right-aligned within the widest (and a
        // hair more, so the widest is not broken by rounding).
        _ if text.contains('\n') => natural + 0.5,
        _ => return Some(line.into()),
    };
    match lay_out_cached(ui, text, &format, width, true) {
        Some(wrapped) => Some(wrapped.into()),
        None => Some(line.into()),
    }
}

/// The galleys laid out in reading order lately, by what they were made
/// from: a label is made again every frame, and its bidi analysis and
/// placing (the pieces' shaping is cached by egui) cost several times
/// egui's own layout. What no frame asked for in a while is let go.
#[derive(Clone, Default)]
struct Placed {
    galleys: std::collections::HashMap<u64, (std::sync::Arc<egui::Galley>, u64)>,
    swept: u64,
}

fn lay_out_cached(
    ui: &Ui,
    text: &str,
    format: &egui::text::TextFormat,
    width: f32,
    multiline: bool,
) -> Option<std::sync::Arc<egui::Galley>> {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    (text, format, width.to_bits(), multiline).hash(&mut hasher);
    ui.ctx().pixels_per_point().to_bits().hash(&mut hasher);
    let key = hasher.finish();
    let frame = ui.ctx().cumulative_frame_nr();
    let id = egui::Id::unique("claimdesk-reading-order");
    let hit = ui.ctx().data_mut(|d| {
        let cache = d.get_temp_mut_or_default::<Placed>(id);
        let entry = cache.galleys.get_mut(&key)?;
        entry.1 = frame;
        Some(entry.0.clone())
    });
    if hit.is_some() {
        return hit;
    }
    let (galley, _) = super::bidi_edit::galley::lay_out(ui, text, format, width, multiline, None)?;
    ui.ctx().data_mut(|d| {
        let cache = d.get_temp_mut_or_default::<Placed>(id);
        // Every so often, what went unused for a hundred frames goes.
        if frame >= cache.swept + 100 {
            cache.galleys.retain(|_, (_, used)| frame < *used + 100);
            cache.swept = frame;
        }
        cache.galleys.insert(key, (galley.clone(), frame));
    });
    Some(galley)
}

/// A text painted on one line by hand (a claim row's chip and detail), in
/// reading order when the window is right to left and the text needs it;
/// egui's own galley otherwise.
pub fn painted_line(
    ui: &Ui,
    text: String,
    font: egui::FontId,
    color: egui::Color32,
) -> std::sync::Arc<egui::Galley> {
    if i18n::is_rtl(ui) && crate::model::bidi::needs_bidi(&text) {
        let format = egui::text::TextFormat::simple(font.clone(), color);
        if let Some(galley) = lay_out_cached(ui, &text, &format, 0.0, false) {
            return galley;
        }
    }
    ui.painter().layout_no_wrap(text, font, color)
}

/// A menu item: its text at the start and its shortcut at the end, as
/// egui's own menus put them, mirrored (text at the right) when the window
/// is. Its name stays "text shortcut" in either direction.
pub fn menu_item_ui(
    ui: &mut Ui,
    text: &str,
    shortcut: Option<String>,
    enabled: bool,
) -> egui::Response {
    let label = label_text(ui, text, egui::TextStyle::Button);
    if !i18n::is_rtl(ui) {
        let mut button = egui::Button::new(label);
        if let Some(s) = shortcut {
            button = button.shortcut_text(s);
        }
        return ui.add_enabled(enabled, button);
    }
    let name = match &shortcut {
        Some(s) => format!("{text} {s}"),
        None => text.to_owned(),
    };
    let start = shortcut.map(|s| egui::RichText::new(s).weak());
    let button = match start {
        Some(s) => egui::Button::new(s),
        None => egui::Button::new(()),
    };
    let response = ui.add_enabled(enabled, button.right_text(label));
    super::fields::name(response, name)
}

/// A check box, its box at the right of its label when the window is
/// mirrored (egui always draws it at the left). A click on the label
/// toggles it too, and the label names it.
pub fn checkbox_ui(ui: &mut Ui, checked: &mut bool, text: impl Into<String>) -> egui::Response {
    let text: String = text.into();
    if !i18n::is_rtl(ui) {
        return ui.checkbox(checked, text);
    }
    let before = *checked;
    let shown = label_galley(ui, &text);
    let (mut response, label) = ui
        .allocate_ui_with_layout(
            row_size(ui, &shown),
            Layout::right_to_left(Align::Center),
            |ui| {
                let response = ui.add(egui::Checkbox::without_text(checked));
                let label = label_ui(ui, shown);
                (response, label)
            },
        )
        .inner;
    if label.clicked() {
        *checked = !before;
    }
    if *checked != before {
        response.mark_changed();
    }
    response.labelled_by(label.id)
}

/// A radio button, its circle at the right of its label when mirrored; a
/// click on the label counts as one on the button.
pub fn radio_ui(ui: &mut Ui, checked: bool, text: impl Into<String>) -> egui::Response {
    let text: String = text.into();
    if !i18n::is_rtl(ui) {
        return ui.radio(checked, text);
    }
    let shown = label_galley(ui, &text);
    let (response, label) = ui
        .allocate_ui_with_layout(
            row_size(ui, &shown),
            Layout::right_to_left(Align::Center),
            |ui| {
                let response = ui.add(egui::RadioButton::new(checked, ()));
                let label = label_ui(ui, shown);
                (response, label)
            },
        )
        .inner;
    response.labelled_by(label.id).union(label)
}

/// [`radio_ui`] choosing `alternative` when clicked, as `Ui::radio_value` does.
pub fn radio_value_ui<V: PartialEq>(
    ui: &mut Ui,
    current: &mut V,
    alternative: V,
    text: impl Into<String>,
) -> egui::Response {
    let mut response = radio_ui(ui, *current == alternative, text);
    if response.clicked() && *current != alternative {
        *current = alternative;
        response.mark_changed();
    }
    response
}

/// The room of a check box or radio button with its label: in a column the
/// row's width, as `Ui::horizontal` takes it (a layout of its own given the
/// whole height would centre its row in it); in a row, only what it needs,
/// so what follows it in the row comes right after it.
fn row_size(ui: &Ui, label: &egui::Galley) -> egui::Vec2 {
    let height = ui.spacing().interact_size.y;
    if ui.layout().is_horizontal() {
        let needed = ui.spacing().icon_width + ui.spacing().item_spacing.x + label.size().x;
        egui::vec2(
            needed.min(ui.available_size_before_wrap().x.max(0.0)),
            height,
        )
    } else {
        egui::vec2(ui.available_size_before_wrap().x, height)
    }
}

/// A check box's or radio button's label laid out, in reading order.
fn label_galley(ui: &Ui, text: &str) -> std::sync::Arc<egui::Galley> {
    label_text(ui, text, egui::TextStyle::Body).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Body,
    )
}

/// A check box's or radio button's label, clickable.
fn label_ui(ui: &mut Ui, shown: std::sync::Arc<egui::Galley>) -> egui::Response {
    ui.add(
        egui::Label::new(shown)
            .selectable(false)
            .sense(egui::Sense::CLICK),
    )
}

/// Positions inside a painted row (a claim in the list), flipped left for
/// right when the window is mirrored: what sat `d` from the row's left sits
/// `d` from its right, and text anchored at its left is anchored at its right.
#[derive(Clone, Copy)]
pub struct RowMirror {
    rect: egui::Rect,
    on: bool,
}

impl RowMirror {
    pub fn new(ui: &Ui, rect: egui::Rect) -> Self {
        Self {
            rect,
            on: i18n::is_rtl(ui),
        }
    }

    pub fn on(&self) -> bool {
        self.on
    }

    /// The row's rectangle.
    pub fn row(&self) -> egui::Rect {
        self.rect
    }

    pub fn x(&self, x: f32) -> f32 {
        if self.on {
            self.rect.left() + self.rect.right() - x
        } else {
            x
        }
    }

    pub fn pos(&self, p: egui::Pos2) -> egui::Pos2 {
        egui::pos2(self.x(p.x), p.y)
    }

    pub fn rect(&self, r: egui::Rect) -> egui::Rect {
        let (a, b) = (self.x(r.left()), self.x(r.right()));
        egui::Rect::from_x_y_ranges(a.min(b)..=a.max(b), r.y_range())
    }

    pub fn align(&self, a: egui::Align2) -> egui::Align2 {
        if self.on { a.flipped_x() } else { a }
    }

    pub fn corners(&self, c: egui::CornerRadius) -> egui::CornerRadius {
        if self.on {
            egui::CornerRadius {
                nw: c.ne,
                ne: c.nw,
                sw: c.se,
                se: c.sw,
            }
        } else {
            c
        }
    }
}
