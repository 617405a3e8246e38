//! `claimdesk --screenshot OUT.png`: render until the layout settles, save the
//! window's pixels, close.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use eframe::egui;

use super::ClaimDeskApp;

/// Frames to render before a `--screenshot` is taken: fonts load and the layout settles.
const SCREENSHOT_AFTER_FRAMES: u32 = 12;
/// Frames after which it is taken even if a library search has not answered.
const SCREENSHOT_MAX_FRAMES: u32 = 600;

pub(super) struct ScreenshotJob {
    path: PathBuf,
    frames: u32,
    requested: bool,
    result: Arc<Mutex<Option<Result<(), String>>>>,
}

impl ScreenshotJob {
    pub(super) fn new(path: PathBuf) -> Self {
        Self {
            path,
            frames: 0,
            requested: false,
            result: Arc::default(),
        }
    }
}

impl ClaimDeskApp {
    pub(super) fn screenshot_step(&mut self, ctx: &egui::Context) {
        // A tab still scoring in the background (Suggestions), or a long file
        // still being read, is shown once it is done.
        let busy = self.suggestions_busy() || self.intake_job.is_some() || self.desk_busy();
        let Some(job) = self.screenshot.as_mut() else {
            return;
        };
        ctx.request_repaint();
        if busy {
            return;
        }
        job.frames += 1;
        // A "Checked before" search still running: wait for it, within reason.
        let searching = self
            .library
            .as_ref()
            .is_some_and(|w| w.claim_search.is_some());
        let settled = job.frames >= SCREENSHOT_AFTER_FRAMES
            && (!searching || job.frames >= SCREENSHOT_MAX_FRAMES);
        if !job.requested && settled {
            job.requested = true;
            let (path, result) = (job.path.clone(), job.result.clone());
            ctx.request_screenshot(move |image| {
                let rgba: Vec<u8> = image
                    .pixels
                    .iter()
                    .flat_map(|c| c.to_srgba_unmultiplied())
                    .collect();
                let outcome = crate::io::write_png(&path, &rgba, image.size);
                if let Ok(mut slot) = result.lock() {
                    *slot = Some(outcome);
                }
            });
        }
        let done = job.result.lock().ok().and_then(|mut r| r.take());
        if let Some(outcome) = done {
            if let Err(e) = outcome {
                eprintln!("claimdesk: could not write the screenshot: {e}");
                if let Ok(mut code) = self.exit_code.lock() {
                    *code = ExitCode::from(1);
                }
            }
            self.allow_close = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}
