//! Shared pieces of the window tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use claimdesk::app::{AppOptions, ClaimDeskApp, FilePicker};
use eframe::egui;
use egui_kittest::Harness;

pub struct TestPicker {
    pub save_to: PathBuf,
}

impl FilePicker for TestPicker {
    fn open_project(&self) -> Option<PathBuf> {
        Some(self.save_to.clone())
    }
    /// The article dialog answers `save_to` with a .txt extension, when that file exists.
    fn open_article(&self) -> Option<PathBuf> {
        Some(self.save_to.with_extension("txt")).filter(|p| p.exists())
    }
    fn save_project(&self, _suggested: &str) -> Option<PathBuf> {
        Some(self.save_to.clone())
    }
    fn export_file(&self, _suggested: &str, extension: &str) -> Option<PathBuf> {
        Some(self.save_to.with_extension(extension))
    }
}

/// A window on `file` whose file dialogs answer `save_to`. It fails on any
/// character the bundled fonts lack, so the app's own chrome never shows tofu.
pub fn harness(file: &Path, save_to: &Path) -> Harness<'static, ClaimDeskApp> {
    build(Harness::builder(), Some(file), save_to, None)
}

/// For articles in scripts the bundled fonts lack: the real window takes
/// those glyphs from the system's fonts, which the harness does not load.
pub fn harness_any_script(file: &Path, save_to: &Path) -> Harness<'static, ClaimDeskApp> {
    build(
        Harness::builder().allow_missing_glyphs(),
        Some(file),
        save_to,
        None,
    )
}

/// A window that autosaves into `recovery_dir` as soon as anything changes.
pub fn harness_with_recovery(
    file: Option<&Path>,
    save_to: &Path,
    recovery_dir: &Path,
) -> Harness<'static, ClaimDeskApp> {
    build(Harness::builder(), file, save_to, Some(recovery_dir))
}

fn build(
    builder: egui_kittest::HarnessBuilder<ClaimDeskApp>,
    file: Option<&Path>,
    save_to: &Path,
    recovery_dir: Option<&Path>,
) -> Harness<'static, ClaimDeskApp> {
    let options = AppOptions {
        file: file.map(Path::to_path_buf),
        screenshot: None,
        picker: Box::new(TestPicker {
            save_to: save_to.to_path_buf(),
        }),
        recovery_dir: recovery_dir.map(Path::to_path_buf),
        autosave_every: std::time::Duration::ZERO,
        // Only the first-start test wants the name prompt in its way.
        ask_name: false,
    };
    let mut h = builder
        .with_size([1360.0, 860.0])
        .build_eframe(move |cc| ClaimDeskApp::new(cc, options));
    h.run_steps(4);
    h
}

/// A copy of the sample project in `dir`, so a test can save over it.
pub fn copy_sample(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/projects/takaichi-trump-tokyo.ron"
        ),
        &path,
    )
    .expect("the sample project is readable");
    path
}

pub fn click_at(h: &mut Harness<'static, ClaimDeskApp>, pos: egui::Pos2) {
    h.hover_at(pos);
    h.run_steps(1);
    h.drag_at(pos);
    h.run_steps(1);
    h.drop_at(pos);
    // Long enough apart that two clicks are not taken for a double-click.
    h.run_steps(30);
}
