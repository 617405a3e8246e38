//! The whole app without a window or a GPU: the real [`ClaimDeskApp`] in an
//! egui context, frame by frame, with the output tessellated as a renderer
//! would. Benchmarks and `examples/open_and_render.rs` time and measure it.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use eframe::egui::{self, ClippedPrimitive, FullOutput, RawInput, Rect, ViewportId, vec2};

use crate::app::{AppOptions, ClaimDeskApp, FilePicker};
use crate::ui::Command;

/// File choosers that choose nothing: a headless run opens no dialog.
pub struct NoPicker;

impl FilePicker for NoPicker {
    fn pick(
        &mut self,
        _request: &crate::app::PickRequest,
        _ctx: &egui::Context,
    ) -> std::sync::mpsc::Receiver<crate::app::Answer> {
        crate::app::answered(crate::app::Answer::Cancelled)
    }
}

/// What one frame produced.
pub struct FrameStats {
    /// Triangles meshes and callbacks handed to the renderer.
    pub primitives: usize,
    /// Whether the app asked for another frame straight away.
    pub wants_repaint: bool,
}

pub struct Headless {
    pub ctx: egui::Context,
    frame: eframe::Frame,
    pub app: ClaimDeskApp,
    screen: Rect,
    time: f64,
}

/// Seconds between two frames at 60 Hz.
const FRAME_DT: f32 = 1.0 / 60.0;

impl Headless {
    /// The app on a `width`×`height` screen, opening `file` as `claimdesk FILE` does.
    /// Like the native window, it looks up the system's fonts for scripts the bundled fonts lack.
    pub fn open(file: Option<&Path>, width: f32, height: f32) -> Self {
        Self::open_in(file, width, height, crate::i18n::Lang::En)
    }

    /// [`Headless::open`] with the window in `lang`, as `--lang` starts it.
    pub fn open_in(file: Option<&Path>, width: f32, height: f32, lang: crate::i18n::Lang) -> Self {
        let ctx = egui::Context::default();
        ctx.add_font_provider(Arc::new(
            egui_system_font_provider::SystemFontProvider::new(),
        ));
        let cc = eframe::CreationContext::_new_kittest(ctx.clone());
        let app = ClaimDeskApp::new(
            &cc,
            AppOptions {
                file: file.map(Path::to_path_buf),
                screenshot: None,
                picker: Box::new(NoPicker),
                // No autosave: a recovery copy must not land inside a timed frame.
                recovery_dir: None,
                autosave_every: std::time::Duration::from_secs(30),
                ask_name: false,
                library_dir: None,
                library_fixed: false,
                lang: Some(lang),
            },
        );
        Self {
            ctx,
            frame: eframe::Frame::_new_kittest(),
            app,
            screen: Rect::from_min_size(egui::Pos2::ZERO, vec2(width, height)),
            time: 0.0,
        }
    }

    /// Runs the app's UI for one frame (no input but the screen and the clock).
    pub fn run(&mut self) -> FullOutput {
        let input = RawInput {
            screen_rect: Some(self.screen),
            time: Some(self.time),
            predicted_dt: FRAME_DT,
            focused: true,
            ..RawInput::default()
        };
        self.time += f64::from(FRAME_DT);
        let (app, frame) = (&mut self.app, &mut self.frame);
        self.ctx.run_ui(input, |ui| eframe::App::ui(app, ui, frame))
    }

    /// One whole frame: the UI, then tessellation into meshes as a renderer does.
    pub fn frame(&mut self) -> FrameStats {
        let mut output = self.run();
        // No GPU to upload font atlas changes to.
        output.textures_delta.clear();
        let wants_repaint = output
            .viewport_output
            .get(&ViewportId::ROOT)
            .is_some_and(|v| v.repaint_delay == Duration::ZERO);
        let primitives: Vec<ClippedPrimitive> =
            self.ctx.tessellate(output.shapes, output.pixels_per_point);
        FrameStats {
            primitives: primitives.len(),
            wants_repaint,
        }
    }

    /// Runs frames until the app stops asking for more (at most `max`); returns how many ran.
    pub fn settle(&mut self, max: usize) -> usize {
        for n in 1..=max {
            if !self.frame().wants_repaint {
                return n;
            }
        }
        max
    }

    /// Applies a command as if a view had returned it.
    pub fn apply(&mut self, command: Command) {
        let ctx = self.ctx.clone();
        self.app.apply(&ctx, command);
    }
}
