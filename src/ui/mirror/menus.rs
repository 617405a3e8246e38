//! The menus of a mirrored window: a menu of the bar opens under its
//! button's right edge with its items right-aligned, and a submenu opens to
//! the left of its item, its arrow pointing left, as in Arabic desktop
//! software. egui 0.37 places a menu at its button's left edge and a
//! submenu at its item's right (`SubMenu::show` fixes `RectAlign::RIGHT_START`),
//! so these are its `MenuButton::ui` and `SubMenu::show` with the sides
//! swapped, on egui's public menu state. What that state keeps private (which
//! item a keyboard entry focuses, a stationary pointer ignored after it) is
//! kept here; the arrow keys are mirrored too: Left enters a submenu, Right
//! leaves it.

use eframe::egui::{
    self, Align, Atom, AtomKind, Button, Id, IntoSizedResult, Key, Layout, PointerButton, Popup,
    PopupCloseBehavior, PopupKind, RectAlign, SizedAtomKind, Ui, UiKind, UiStackInfo,
    containers::menu::{MenuConfig, MenuState, SubMenu, find_menu_root},
};

use crate::ui::i18n;

/// Where the menus of a bar remember which is open (egui's own key, so a
/// pointer moving along the bar switches menus as it does in egui's bar).
const OPEN_MENU_ID_SALT: &str = "egui_menu_bar_open_menu";

/// A menu of the menu bar: egui's `menu_button`, or mirrored.
pub fn menu_button_ui<R>(ui: &mut Ui, text: &str, content: impl FnOnce(&mut Ui) -> R) -> Option<R> {
    let label = super::label_text(ui, text, egui::TextStyle::Button);
    if !i18n::is_rtl(ui) {
        return ui.menu_button(label, content).inner;
    }
    let response = ui.add(Button::new(label));
    let config = menu_config(&MenuConfig::find(ui));
    let mut menu = Popup::menu(&response);
    let popup_id = menu.get_id();
    // Hovering another menu of the bar while one is open opens it instead.
    let bar_open = find_menu_root(ui).unique_id.with(OPEN_MENU_ID_SALT);
    if response.hovered() && !response.clicked() {
        let open_in_bar = ui.data(|d| d.get_temp::<Id>(bar_open));
        if let Some(other) = open_in_bar
            && other != popup_id
            && Popup::is_id_open(ui.ctx(), other)
        {
            menu = menu.open_memory(Some(egui::SetOpenCommand::Bool(true)));
        }
    }
    let inner = menu
        .align(RectAlign::BOTTOM_END)
        .align_alternatives(&[RectAlign::BOTTOM_START, RectAlign::TOP_END])
        .layout(Layout::top_down_justified(Align::Max))
        .close_behavior(config.close_behavior)
        .style(config.style.clone())
        .info(UiStackInfo::new(UiKind::Menu).with_tag_value(MenuConfig::MENU_CONFIG_TAG, config))
        .show(content);
    if inner.is_some() {
        ui.data_mut(|d| d.insert_temp(bar_open, popup_id));
    }
    inner.map(|r| r.inner)
}

/// A menu's config for a menu it opens: the same but not a bar (egui keeps
/// that flag private; a new config starts without it).
fn menu_config(parent: &MenuConfig) -> MenuConfig {
    MenuConfig::new()
        .close_behavior(parent.close_behavior)
        .style(parent.style.clone())
        .submenu_gap(parent.submenu_gap)
}

/// What this module keeps of a mirrored submenu between frames.
#[derive(Clone, Copy, Default)]
struct Entry {
    /// Opened from the keyboard: focus its first item when it is shown.
    focus_first: bool,
    /// Opened from the keyboard: a pointer resting on another item of the
    /// parent menu does not close it until it moves.
    ignore_hover: bool,
}

/// A submenu inside a menu: egui's, or mirrored (opening to the left, its
/// item's arrow pointing left, its items right-aligned).
pub fn submenu_ui<R>(ui: &mut Ui, text: &str, content: impl FnOnce(&mut Ui) -> R) -> Option<R> {
    let label = super::label_text(ui, text, egui::TextStyle::Button);
    if !i18n::is_rtl(ui) {
        return ui.menu_button(label, content).inner;
    }
    let ctx = ui.ctx().clone();
    let my_id = ui.next_auto_id();
    let id = SubMenu::id_from_widget_id(my_id);
    let entry_id = id.with("claimdesk-mirrored-submenu");
    let (open_item, menu_id) =
        MenuState::from_ui(ui, |state, stack| (state.open_item, stack.unique_id));
    MenuState::mark_shown(&ctx, menu_id);
    let parent_config = MenuConfig::find(ui);

    // The item: its text at the right, the arrow at the left; lit while open.
    let was_open = open_item == Some(id);
    let inactive = ui.style().visuals.widgets.inactive;
    if was_open {
        ui.style_mut().visuals.widgets.inactive = ui.style().visuals.widgets.open;
    }
    let button = Button::new(left_arrow()).right_text(label);
    let button_response = super::super::fields::name(ui.add(button), text);
    ui.style_mut().visuals.widgets.inactive = inactive;

    let mut entry: Entry = ctx.data(|d| d.get_temp(entry_id)).unwrap_or_default();
    let hover_pos = ctx.pointer_hover_pos();
    let menu_root = ctx.read_response(menu_id);
    let measurement_frame = egui::Frame::menu(ui.style());
    let is_hovering_menu = menu_root.as_ref().is_some_and(|root| {
        let rect = root.rect - measurement_frame.total_margin();
        hover_pos
            .is_some_and(|pos| ctx.layer_id_at(pos) == Some(root.layer_id) && rect.contains(pos))
    });
    let button_rect = button_response
        .rect
        .expand2(ui.style().spacing.item_spacing / 2.0);
    let is_hovered = hover_pos.is_some_and(|pos| button_rect.contains(pos));

    // Left (towards where it opens) or Enter on the focused item enters it.
    let focused = button_response.enabled() && button_response.has_focus();
    let arrow_in = focused && ui.input(|i| i.key_pressed(Key::ArrowLeft));
    if arrow_in {
        // egui's menu would take Left as "back to the bar".
        ui.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
    }
    let clicked = button_response.clicked();
    let by_keyboard = clicked && !button_response.clicked_by(PointerButton::Primary);
    let enter = arrow_in || (focused && by_keyboard);
    if enter {
        entry = Entry {
            focus_first: true,
            ignore_hover: true,
        };
    } else if ui.input(|i| i.pointer.delta() != egui::Vec2::ZERO || i.pointer.any_click()) {
        entry.ignore_hover = false;
    }

    let mut is_open = was_open;
    let mut set_open = None;
    if is_open && by_keyboard && !enter {
        set_open = Some(false);
        is_open = false;
    }
    let any_open = open_item.is_some();
    let should_open =
        button_response.enabled() && (enter || (!was_open && clicked) || (is_hovered && !any_open));
    if should_open {
        set_open = Some(true);
        is_open = true;
        MenuState::from_id(&ctx, menu_id, |state| state.open_item = None);
    }

    let gap = measurement_frame.total_margin().sum().x * 0.5 + parent_config.submenu_gap;
    let mut anchor = button_response.clone();
    // The submenu's first item level with this one.
    anchor.interact_rect = anchor.interact_rect.expand2(egui::vec2(
        0.0,
        measurement_frame.total_margin().sum().y * 0.5,
    ));
    let config = menu_config(&parent_config);
    let close_behavior = config.close_behavior;
    // Kept until the submenu is shown for real (its first frame only sizes it).
    let focus_first = std::cell::Cell::new(entry.focus_first && is_open);
    let popup = Popup::from_response(&anchor)
        .id(id)
        .kind(PopupKind::Menu)
        .open(is_open)
        .align(RectAlign::LEFT_START)
        .align_alternatives(&[RectAlign::RIGHT_START, RectAlign::LEFT_END])
        .layout(Layout::top_down_justified(Align::Max))
        .gap(gap)
        .style(config.style.clone())
        .close_behavior(PopupCloseBehavior::IgnoreClicks)
        .info(UiStackInfo::new(UiKind::Menu).with_tag_value(MenuConfig::MENU_CONFIG_TAG, config))
        .show(|ui| {
            if button_response.clicked() || button_response.is_pointer_button_down_on() {
                ui.ctx().move_to_top(ui.layer_id());
            }
            // Mirrored keys inside: Right goes back to the item, Left does nothing.
            let focused = ui.memory(|m| m.focused());
            let inside = focused
                .and_then(|f| ui.ctx().read_response(f))
                .is_some_and(|r| r.layer_id == ui.layer_id());
            if inside {
                let (left, right) = ui.input(|i| {
                    (
                        i.key_pressed(Key::ArrowLeft),
                        i.key_pressed(Key::ArrowRight),
                    )
                });
                if right {
                    ui.memory_mut(|m| m.move_focus(egui::FocusDirection::Left));
                } else if left {
                    ui.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
                }
            }
            if focus_first.get() && !ui.is_sizing_pass() {
                // The first item is the next widget this menu adds.
                let first = ui.next_auto_id();
                ui.memory_mut(|m| m.request_focus(first));
                focus_first.set(false);
            }
            content(ui)
        });

    if let Some(popup) = &popup {
        let deepest = MenuState::is_deepest_open_sub_menu(&ctx, id);
        let clicked_outside = deepest
            && popup.response.clicked_elsewhere()
            && menu_root.as_ref().is_none_or(|r| r.clicked_elsewhere());
        let clicked_inside = deepest
            && !button_response.clicked()
            && ctx.input(|i| i.pointer.any_click())
            && hover_pos.is_some_and(|pos| popup.response.interact_rect.contains(pos));
        let click_close = match close_behavior {
            PopupCloseBehavior::CloseOnClick => clicked_outside || clicked_inside,
            PopupCloseBehavior::CloseOnClickOutside => clicked_outside,
            PopupCloseBehavior::IgnoreClicks => false,
        };
        if click_close {
            set_open = Some(false);
            ui.close();
        }
        let moving_towards = ui.input(|i| i.pointer.is_moving_towards_rect(&popup.response.rect));
        if moving_towards {
            ui.request_repaint();
        }
        let hovering_other_entry = is_open
            && !entry.ignore_hover
            && !is_hovered
            && !popup.response.contains_pointer()
            && !moving_towards
            && is_hovering_menu;
        if popup.response.should_close() {
            ui.close();
        }
        if hovering_other_entry {
            set_open = Some(false);
        }
        if ui.will_parent_close() {
            ui.data_mut(|d| d.remove_by_type::<MenuState>());
        }
    }
    if let Some(open) = set_open {
        MenuState::from_id(&ctx, menu_id, |state| {
            state.open_item = open.then_some(id);
        });
    }
    entry.focus_first = focus_first.get() && is_open;
    ctx.data_mut(|d| d.insert_temp(entry_id, entry));
    popup.map(|p| p.inner)
}

/// The submenu arrow of egui's menus, pointing left.
fn left_arrow() -> Atom<'static> {
    AtomKind::closure(|ui, _args| {
        let size = egui::Vec2::splat(ui.spacing().icon_width);
        IntoSizedResult {
            intrinsic_size: size,
            sized: SizedAtomKind::Paint {
                paint: std::sync::Arc::new(|ui: &Ui, args: egui::AtomPaintArgs| {
                    let rect = egui::Rect::from_center_size(
                        args.rect.center(),
                        egui::vec2(args.rect.width() * 0.55, args.rect.height() * 0.35),
                    );
                    ui.painter().add(egui::Shape::rotated_triangle(
                        rect,
                        std::f32::consts::TAU / 4.0,
                        args.fallback_text_color,
                    ));
                }),
                size,
            },
        }
    })
    .into()
}
