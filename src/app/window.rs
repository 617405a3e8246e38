//! The window around the views: its title, the close guard, undo-step sealing,
//! dropped files, and opening it natively.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use eframe::egui;

use super::{APP_ID, AppOptions, ClaimDeskApp, default_picker, default_recovery_dir};
use crate::ui::Command;
use crate::ui::dialogs::Dialog;

impl ClaimDeskApp {
    /// A close request (window button, Alt+F4) with unsaved work waits for the user's answer.
    pub(super) fn guard_close(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && self.doc.is_dirty() && !self.allow_close
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.dialog = Some(Dialog::UnsavedChanges(Box::new(Command::Quit)));
        }
    }

    pub(super) fn update_title(&mut self, ctx: &egui::Context) {
        let mark = if self.doc.is_dirty() { "• " } else { "" };
        let title = format!("{mark}{} — ClaimDesk", self.shown_file_name());
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    /// The project's file name, or "Untitled" in the window's language.
    pub(super) fn shown_file_name(&self) -> String {
        match &self.doc.path {
            Some(_) => self.doc.file_name(),
            None => self.tr("window-untitled"),
        }
    }

    pub fn window_title(&self) -> &str {
        &self.window_title
    }

    /// Typing in one field is one undo step: the step ends when focus moves.
    pub(super) fn seal_on_focus_change(&mut self, ctx: &egui::Context) {
        let focused = ctx.memory(|m| m.focused());
        if focused != self.focused {
            self.doc.seal();
            self.focused = focused;
        }
    }
}

/// A project or article dropped on the window opens like File › Open; while
/// a file hovers over the window, a hint says what dropping it will do.
pub(super) fn dropped_files(ctx: &egui::Context, commands: &mut Vec<Command>) {
    let (hovering, dropped) = ctx.input(|i| {
        let dropped: Vec<PathBuf> = i
            .raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_path_buf())
            .filter(|p| !p.as_os_str().is_empty())
            .collect();
        (!i.raw.hovered_files.is_empty(), dropped)
    });
    if let Some(path) = dropped.into_iter().next() {
        commands.push(Command::Open(path));
    }
    if hovering {
        let painter = ctx.layer_painter(egui::LayerId::new(
            egui::Order::Foreground,
            egui::Id::unique("drop_hint"),
        ));
        let rect = ctx.content_rect();
        painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(140));
        painter.text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            crate::ui::tr(ctx, "window-drop-hint"),
            egui::FontId::proportional(22.0),
            egui::Color32::WHITE,
        );
    }
}

fn load_icon() -> Option<egui::IconData> {
    eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")).ok()
}

pub fn run_native(
    file: Option<PathBuf>,
    screenshot: Option<PathBuf>,
    tab: Option<crate::ui::Tab>,
    library: Option<PathBuf>,
    lang: Option<crate::i18n::Lang>,
    autosave_every: Duration,
) -> ExitCode {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("ClaimDesk")
        .with_app_id(APP_ID)
        .with_inner_size([1360.0, 860.0])
        .with_min_inner_size([900.0, 560.0]);
    if let Some(icon) = load_icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        // A screenshot run must not disturb the user's remembered window or recent files.
        persist_window: screenshot.is_none(),
        ..Default::default()
    };
    let exit_code = Arc::new(Mutex::new(ExitCode::SUCCESS));
    let code = exit_code.clone();
    let result = eframe::run_native(
        APP_ID,
        options,
        Box::new(move |cc| {
            // A screenshot run neither offers nor writes recovery copies.
            let screenshot_run = screenshot.is_some();
            let recovery_dir = if screenshot.is_some() {
                None
            } else {
                default_recovery_dir()
            };
            let options = AppOptions {
                file,
                screenshot,
                picker: default_picker(),
                recovery_dir,
                autosave_every,
                ask_name: true,
                // `--library DIR` wins over the stored folder; a screenshot run
                // uses no library unless given one, so it never touches the user's.
                library_fixed: library.is_some(),
                library_dir: if screenshot_run {
                    library
                } else {
                    library.or_else(crate::library::default_dir)
                },
                lang,
            };
            let mut app = ClaimDeskApp::new(cc, options);
            if let Some(tab) = tab {
                app.show_tab(tab);
            }
            app.exit_code = code;
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => exit_code.lock().map_or(ExitCode::from(1), |c| *c),
        Err(e) => {
            eprintln!("claimdesk: could not open the window: {e}");
            ExitCode::from(1)
        }
    }
}
