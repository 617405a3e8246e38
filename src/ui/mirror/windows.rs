//! Floating windows and popups of a mirrored window. egui's window title bar
//! always has its title from the left and its close button at the right; a
//! mirrored window gets a title bar of its own, the title at the right and
//! the close button at the left, over contents that read from the right. A
//! popup's list (a combo box's choices) is right-aligned.

use eframe::egui::{self, Align, Layout, RichText, Sense, Ui};

use crate::ui::i18n;

/// A floating window titled `title`, closed with its close button when
/// `open` is given (as `Window::open`); `configure` sets its size and place
/// (mirrored, a `default_pos` is where its top right corner goes).
/// Mirrored: title at the right, close button at the left, contents
/// right-aligned, rows from the right. Returns what `add` returned, if the
/// window was shown.
pub fn window_ui<R>(
    ctx: &egui::Context,
    title: &str,
    open: Option<&mut bool>,
    configure: impl FnOnce(egui::Window<'_>) -> egui::Window<'_>,
    add: impl FnOnce(&mut Ui) -> R,
) -> Option<R> {
    if !i18n::is_rtl(ctx) {
        let mut window = configure(egui::Window::new(title));
        if let Some(open) = open {
            window = window.open(open);
        }
        return window.show(ctx, add).and_then(|r| r.inner);
    }
    if open.as_deref() == Some(&false) {
        return None;
    }
    let closable = open.is_some();
    let mut close = false;
    // A new window where reading starts: at the top right (egui puts it at
    // the top left); `configure` may place it elsewhere, its x being its
    // right edge.
    let top_right = ctx.content_rect().right_top() + egui::vec2(-16.0, 64.0);
    let window = configure(
        egui::Window::new(title)
            .title_bar(false)
            .pivot(egui::Align2::RIGHT_TOP)
            .default_pos(top_right),
    );
    let shown = window.show(ctx, |ui| {
        close = title_bar_ui(ui, title, closable);
        ui.with_layout(Layout::top_down(Align::Max), add).inner
    });
    if close && let Some(open) = open {
        *open = false;
    }
    shown.and_then(|r| r.inner)
}

/// The mirrored title bar: the title (heading, as egui's) at the right and
/// the close button at the left; a line under them. Whether it was closed.
fn title_bar_ui(ui: &mut Ui, title: &str, closable: bool) -> bool {
    let mut close = false;
    let height = ui.text_style_height(&egui::TextStyle::Heading);
    ui.allocate_ui_with_layout(
        egui::vec2(ui.available_width(), height),
        Layout::right_to_left(Align::Center),
        |ui| {
            ui.label(i18n::styled(ui, RichText::new(title).heading()));
            if closable {
                ui.with_layout(Layout::left_to_right(Align::Center), |ui| {
                    close = close_button_ui(ui, height).clicked();
                });
            }
        },
    );
    ui.separator();
    close
}

/// egui's close button (an X drawn with the text's stroke), named as egui
/// names it.
fn close_button_ui(ui: &mut Ui, height: f32) -> egui::Response {
    let size = egui::Vec2::splat(height);
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::accesskit::Role::Button,
            ui.is_enabled(),
            "Close window",
        )
    });
    let icon = ui.spacing().icon_width;
    let visuals = ui.style().interact(&response);
    let rect = egui::Rect::from_center_size(rect.center(), egui::Vec2::splat(icon))
        .shrink(2.0)
        .expand(visuals.expansion);
    let stroke = visuals.fg_stroke;
    ui.painter()
        .line_segment([rect.left_top(), rect.right_bottom()], stroke);
    ui.painter()
        .line_segment([rect.right_top(), rect.left_bottom()], stroke);
    response
}

/// A popup's contents (a combo box's choices): right-aligned and read from
/// the right when the window is mirrored.
pub fn popup_content_ui<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    if i18n::is_rtl(ui) {
        ui.with_layout(Layout::top_down_justified(Align::Max), add)
            .inner
    } else {
        add(ui)
    }
}
