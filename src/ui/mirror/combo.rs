//! Combo boxes (drop-down lists) of the window, mirrored when it is: the
//! arrow at the left and the chosen text at the right, as native Arabic
//! software draws them, and the list right-aligned under the box. egui's
//! `ComboBox` always puts its arrow at the right and offers no other
//! order, so the mirrored one is egui's own parts (a button's atoms and
//! style, the same popup and its id) with the two atoms swapped.

use eframe::egui::{
    self, Align2, Atom, AtomExt as _, Id, InnerResponse, NumExt as _, Popup, PopupCloseBehavior,
    RectAlign, ScrollArea, Sense, TextStyle, Ui, WidgetText, accesskit::Role,
};

use crate::ui::i18n;

/// A combo box showing `selected`, `width` wide at least (egui's combo
/// width otherwise), its list drawn by `add` (right-aligned when mirrored).
/// As `ComboBox::show_ui`: what `add` returned when the list is open.
pub fn combo_box_ui<R>(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    selected: impl Into<WidgetText>,
    width: Option<f32>,
    add: impl FnOnce(&mut Ui) -> R,
) -> InnerResponse<Option<R>> {
    let list = |ui: &mut Ui| super::popup_content_ui(ui, add);
    if !i18n::is_rtl(ui) {
        let mut combo = egui::ComboBox::from_id_salt(id_salt).selected_text(selected.into());
        if let Some(width) = width {
            combo = combo.width(width);
        }
        return combo.show_ui(ui, list);
    }
    mirrored_ui(
        ui,
        ui.make_persistent_id(id_salt),
        selected.into(),
        width,
        list,
    )
}

/// egui's `combo_box_dyn` with the arrow first: it grows and keeps to the
/// left edge, the text comes after it at the right.
fn mirrored_ui<R>(
    ui: &mut Ui,
    id: Id,
    selected: WidgetText,
    width: Option<f32>,
    list: impl FnOnce(&mut Ui) -> R,
) -> InnerResponse<Option<R>> {
    // ComboBox's own popup id, so `ComboBox::is_open` answers for this one too.
    let popup_id = id.with("popup");
    let open = Popup::is_id_open(ui.ctx(), popup_id);
    use egui::class::HasClasses as _;
    let mut classes = egui::class::Classes::default();
    classes.add_class_if(egui::ComboBox::CLASS_OPEN, open);
    let egui::widget_style::ButtonStyle { atom_layout } = ui.widget_style(id, &classes);
    let visuals = if open {
        ui.visuals().widgets.open
    } else if let Some(response) = ui.ctx().read_response(id) {
        *ui.style().interact(&response)
    } else {
        ui.visuals().widgets.inactive
    };
    let min_width = width.unwrap_or_else(|| ui.spacing().combo_width);
    let min_size = egui::vec2(min_width, 0.0).at_least(atom_layout.min_size);
    let arrow = Atom::paint(
        egui::Vec2::splat(ui.spacing().icon_width),
        move |ui, args| {
            paint_arrow(ui.painter(), args.rect.expand(visuals.expansion), &visuals);
        },
    )
    .atom_grow(true)
    .atom_align(Align2::LEFT_CENTER);
    let text = selected.text().to_owned();
    let response = atom_layout
        .apply(
            egui::WidgetAtom::new((arrow, selected))
                .id(id)
                .sense(Sense::click())
                .fallback_font(TextStyle::Button)
                .wrap_mode(ui.wrap_mode()),
        )
        .min_size(min_size)
        .show(ui)
        .response;
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::new(Role::ComboBox);
        info.enabled = ui.is_enabled();
        info.current_text_value = Some(text.clone());
        info
    });
    let height = ui.spacing().combo_height;
    let inner = Popup::menu(&response)
        .id(popup_id)
        .align(RectAlign::BOTTOM_END)
        .width(response.rect.width())
        .close_behavior(PopupCloseBehavior::CloseOnClick)
        .show(|ui| {
            ui.set_min_width(ui.available_width());
            ScrollArea::vertical()
                .max_height(height)
                .show(ui, |ui| {
                    // As egui's: the choices as wide as they are, not wrapped
                    // to a narrow box.
                    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
                    list(ui)
                })
                .inner
        })
        .map(|r| r.inner);
    if inner.is_some() {
        ui.ctx()
            .accesskit_node_builder(popup_id, |node| node.set_role(Role::ListBox));
    }
    InnerResponse { inner, response }
}

/// egui's combo box arrow: a triangle pointing down.
fn paint_arrow(painter: &egui::Painter, rect: egui::Rect, visuals: &egui::style::WidgetVisuals) {
    let rect = egui::Rect::from_center_size(
        rect.center(),
        egui::vec2(rect.width() * 0.7, rect.height() * 0.45),
    );
    painter.add(egui::Shape::rotated_triangle(
        rect,
        0.0,
        visuals.fg_stroke.color,
    ));
}
