//! Shared pieces of the window tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use std::sync::mpsc::Receiver;

use claimdesk::app::{
    Answer, AppOptions, ClaimDeskApp, FilePicker, PickKind, PickRequest, answered,
};
use eframe::egui;
use egui_kittest::Harness;

pub struct TestPicker {
    pub save_to: PathBuf,
}

impl FilePicker for TestPicker {
    /// Projects open and save as `save_to`; an article opens as `save_to` with
    /// a .txt extension when that file exists (else the chooser is cancelled);
    /// an export goes to `save_to` with the format's extension.
    fn pick(&mut self, request: &PickRequest, _ctx: &egui::Context) -> Receiver<Answer> {
        let answer = match &request.kind {
            PickKind::OpenProject | PickKind::SaveProject => Some(self.save_to.clone()),
            PickKind::OpenArticle => {
                Some(self.save_to.with_extension("txt")).filter(|p| p.exists())
            }
            PickKind::Export { extension } => Some(self.save_to.with_extension(extension)),
            PickKind::ImportAnnotations => {
                Some(self.save_to.with_extension("json")).filter(|p| p.exists())
            }
            // Past checks come from a folder `past-checks` beside `save_to`.
            PickKind::LibraryFiles | PickKind::LibraryFolder => {
                let folder = self.save_to.with_file_name("past-checks");
                return answered(if folder.is_dir() {
                    Answer::ChosenMany(vec![folder])
                } else {
                    Answer::Cancelled
                });
            }
        };
        answered(answer.map_or(Answer::Cancelled, Answer::Chosen))
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

/// A window on `file` in `lang`, from its first frame. Missing glyphs are
/// allowed: the Language menu names Arabic and Japanese in their scripts,
/// which the bundled fonts lack.
pub fn harness_in_language(
    file: &Path,
    save_to: &Path,
    lang: claimdesk::i18n::Lang,
) -> Harness<'static, ClaimDeskApp> {
    let picker = Box::new(TestPicker {
        save_to: save_to.to_path_buf(),
    });
    harness_in_language_with_picker(file, picker, lang)
}

/// A window on `file` in `lang` whose file choosers are `picker`.
pub fn harness_in_language_with_picker(
    file: &Path,
    picker: Box<dyn FilePicker>,
    lang: claimdesk::i18n::Lang,
) -> Harness<'static, ClaimDeskApp> {
    build_in(
        Harness::builder().allow_missing_glyphs(),
        Some(file),
        picker,
        None,
        lang,
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

/// A window on `file` (the sample as a new project without one) whose file
/// choosers are `picker`.
pub fn harness_with_picker(
    file: Option<&Path>,
    picker: Box<dyn FilePicker>,
) -> Harness<'static, ClaimDeskApp> {
    build_with(Harness::builder(), file, picker, None)
}

fn build(
    builder: egui_kittest::HarnessBuilder<ClaimDeskApp>,
    file: Option<&Path>,
    save_to: &Path,
    recovery_dir: Option<&Path>,
) -> Harness<'static, ClaimDeskApp> {
    let picker = Box::new(TestPicker {
        save_to: save_to.to_path_buf(),
    });
    build_with(builder, file, picker, recovery_dir)
}

fn build_with(
    builder: egui_kittest::HarnessBuilder<ClaimDeskApp>,
    file: Option<&Path>,
    picker: Box<dyn FilePicker>,
    recovery_dir: Option<&Path>,
) -> Harness<'static, ClaimDeskApp> {
    build_in(
        builder,
        file,
        picker,
        recovery_dir,
        claimdesk::i18n::Lang::En,
    )
}

fn build_in(
    builder: egui_kittest::HarnessBuilder<ClaimDeskApp>,
    file: Option<&Path>,
    picker: Box<dyn FilePicker>,
    recovery_dir: Option<&Path>,
    lang: claimdesk::i18n::Lang,
) -> Harness<'static, ClaimDeskApp> {
    // As the real binary does at start: PDFs and web pages are read in a
    // child process of `claimdesk` (the same code, so every test reads the
    // same article whichever test registered it first).
    claimdesk::io::isolate::use_worker(std::path::PathBuf::from(env!("CARGO_BIN_EXE_claimdesk")));
    let options = AppOptions {
        file: file.map(Path::to_path_buf),
        screenshot: None,
        picker,
        recovery_dir: recovery_dir.map(Path::to_path_buf),
        autosave_every: std::time::Duration::ZERO,
        // Only the first-start test wants the name prompt in its way.
        ask_name: false,
        // Window tests never touch the user's library.
        library_dir: None,
        library_fixed: false,
        // Window tests read English labels whatever the machine's locale.
        lang: Some(lang),
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

/// Frames until `done`, the window's work running on worker threads.
pub fn until(
    h: &mut Harness<'static, ClaimDeskApp>,
    what: &str,
    done: impl Fn(&Harness<'static, ClaimDeskApp>) -> bool,
) {
    for _ in 0..3000 {
        h.run_steps(1);
        if done(h) {
            h.run_steps(2);
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("timed out waiting for {what}");
}
