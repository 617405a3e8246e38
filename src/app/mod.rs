//! The window: `ClaimDeskApp` and its state, one file per job.
//!
//! - `layout` draws the panels (eframe's `ui`); `apply` carries out the
//!   commands the views return, the one place they are carried out.
//! - `files` opens, saves and exports; `disk` notices the file changed on
//!   disk, merges it in and resolves conflicts, and writes every save;
//!   `recovery` autosaves and restores.
//! - `pickers` are the file choosers and `choosing` acts on their answers.
//! - `job` runs long work off the UI thread with progress and Cancel; the
//!   jobs are `intake` (opening a long file), `replace` (a new version of the
//!   article), `import` (annotations), `disk` (the merge), `suggest` (triage
//!   scores for the Suggestions tab) and `evidence` (snapshots, the source
//!   viewer's text, archiving).
//! - `library` is the library's own worker thread ("Checked before").
//! - `review` is the review steps and the user's name; `screenshot` is
//!   `--screenshot`; `window` is the title, close guard, dropped files and
//!   `run_native`.

mod apply;
mod choosing;
mod desk;
mod disk;
mod evidence;
mod files;
mod identity;
mod import;
mod intake;
mod job;
mod language;
mod layout;
mod library;
mod new_project;
mod panes;
mod pickers;
mod recovery;
mod replace;
mod review;
mod screenshot;
mod status;
mod suggest;
mod window;

pub use identity::{stored_user_email, stored_user_name};
pub use panes::Pane;
pub use pickers::{
    Answer, FilePicker, InAppPicker, PickKind, PickRequest, RfdPicker, answered, default_picker,
    system_chooser_available,
};
pub use recovery::default_recovery_dir;
pub use status::transient_message_seconds;
pub use window::run_native;

use recovery::Autosave;
use screenshot::ScreenshotJob;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use eframe::egui;

use crate::edit::{Action, Document};
use crate::i18n::{Catalog, Lang};
use crate::model::{Article, ClaimId, Project, ScalePreset};
use crate::ui::article_view::ArticleView;
use crate::ui::check_panel::CheckPanel;
use crate::ui::claim_editor::ClaimEditor;
use crate::ui::claim_list::ClaimList;
use crate::ui::conflicts_panel::ConflictsPanel;
use crate::ui::dialogs::Dialog;
use crate::ui::library_panel::LibraryPanel;
use crate::ui::{Tab, theme};

pub const APP_ID: &str = "claimdesk";
const RECENT_KEY: &str = "recent_projects";
const MAX_RECENT: usize = 10;
/// The sample project, shown when ClaimDesk starts with nothing to open.
const SAMPLE_PROJECT: &str = include_str!("../../projects/takaichi-trump-tokyo.ron");

pub struct AppOptions {
    pub file: Option<PathBuf>,
    pub screenshot: Option<PathBuf>,
    pub picker: Box<dyn FilePicker>,
    /// Where recovery copies go; `None` switches autosave off.
    pub recovery_dir: Option<PathBuf>,
    pub autosave_every: Duration,
    /// Ask for the user's name when none is stored (never for a screenshot).
    pub ask_name: bool,
    /// The library's folder unless the user chose another in the window;
    /// `None` switches the library off (tests, screenshots).
    pub library_dir: Option<PathBuf>,
    /// `library_dir` wins over the folder stored in the window's settings
    /// (`claimdesk --library DIR`).
    pub library_fixed: bool,
    /// The window's language (`claimdesk --lang`); `None` takes the one the
    /// user chose in the Language menu, else the system's.
    pub lang: Option<Lang>,
}

impl Default for AppOptions {
    fn default() -> Self {
        Self {
            file: None,
            screenshot: None,
            picker: default_picker(),
            recovery_dir: default_recovery_dir(),
            autosave_every: Duration::from_secs(30),
            ask_name: true,
            library_dir: None,
            library_fixed: false,
            lang: None,
        }
    }
}

pub struct ClaimDeskApp {
    doc: Document,
    /// The window's language; the views read the same catalog from the egui
    /// context (`ui::i18n`), the app's own messages from here.
    catalog: Arc<Catalog>,
    /// The language the user chose in the Language menu (stored with the
    /// settings); `--lang` for one run is not stored.
    chosen_lang: Option<Lang>,
    pub article_view: ArticleView,
    claim_list: ClaimList,
    claim_editor: ClaimEditor,
    check_panel: CheckPanel,
    selected: Option<ClaimId>,
    tab: Tab,
    dialog: Option<Dialog>,
    message: Option<(String, bool)>,
    /// When the message now shown was first drawn, and its text: transient
    /// messages expire from then (`status.rs`).
    message_clock: Option<(f64, String)>,
    /// What was typed while no text field had the keyboard focus, shown in
    /// the status bar so that it is not lost silently (`status.rs`).
    lost_typing: String,
    /// Where the claim list, the article and the editor were last frame, and
    /// a pane F6 asked to focus (`panes.rs`).
    panes: panes::Panes,
    /// A setting whose field the Article tab focuses when next drawn.
    setting_focus: Option<crate::ui::Setting>,
    recent: Vec<PathBuf>,
    /// Whether the user gave (or skipped) a name: only then is it stored, so
    /// closing the window on the first-start prompt asks again next time.
    name_answered: bool,
    focused: Option<egui::Id>,
    window_title: String,
    picker: Box<dyn FilePicker>,
    choosing: Option<choosing::Choosing>,
    screenshot: Option<ScreenshotJob>,
    /// Set once the user chose to close without saving.
    allow_close: bool,
    autosave: Option<Autosave>,
    /// The file as loaded or last saved: a save checks it has not changed.
    on_disk: Option<disk::OnDisk>,
    disk_prompt: Option<crate::ui::disk_prompt::DiskPrompt>,
    /// Whether the window had focus last frame: regaining it looks at the file.
    was_focused: bool,
    conflicts_panel: ConflictsPanel,
    /// Article › Replace with new version…, while it runs.
    replace_job: Option<replace::ReplaceJob>,
    /// File › Open article… of a long file (a PDF), while it is read.
    intake_job: Option<intake::IntakeJob>,
    annotation_import: Option<import::AnnotationImportJob>,
    /// Merging the file on disk in, while it runs.
    merge_job: Option<disk::MergeJob>,
    /// The library's worker thread; `None` when the library is off.
    library: Option<library::LibraryWorker>,
    library_panel: LibraryPanel,
    /// The Suggestions tab: triage scores, their worker and the panel.
    suggestions: suggest::Suggestions,
    /// Snapshots, the source viewer and archiving (`evidence.rs`).
    evidence: evidence::EvidenceState,
    /// The article file being opened (until its project is made or another is opened).
    opening_article: Option<PathBuf>,
    /// The folder of the article file the open project was made from, while
    /// it has never been saved: where Save as… starts.
    article_folder: Option<PathBuf>,
    /// The desk the project is in: its queue, Sync and joining (`desk.rs`).
    desk: desk::DeskState,
    pub exit_code: Arc<Mutex<ExitCode>>,
}

pub fn sample_project() -> Project {
    crate::io::parse_project(SAMPLE_PROJECT.as_bytes()).unwrap_or_else(|_| {
        let article = Article::new(
            Default::default(),
            "The sample project could not be read.".into(),
        );
        Project::new("Untitled", article, ScalePreset::TruthSixStep)
    })
}

impl ClaimDeskApp {
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        theme::apply(&cc.egui_ctx);
        let chosen_lang = cc
            .storage
            .and_then(|s| eframe::get_value::<Lang>(s, language::LANG_KEY));
        let lang = options
            .lang
            .or(chosen_lang)
            .unwrap_or_else(language::system_language);
        crate::ui::i18n::set_language(&cc.egui_ctx, lang);
        let recent = cc
            .storage
            .and_then(|s| eframe::get_value::<Vec<PathBuf>>(s, RECENT_KEY))
            .unwrap_or_default();
        let stored_name = cc
            .storage
            .and_then(|s| eframe::get_value::<String>(s, review::USER_KEY));
        let ask_name = options.ask_name && options.screenshot.is_none();
        let library_fixed = options.library_fixed;
        let library = options.library_dir.map(|default| {
            let stored = cc
                .storage
                .and_then(|s| eframe::get_value::<PathBuf>(s, library::FOLDER_KEY));
            let folder = match stored {
                Some(dir) if !library_fixed => dir,
                _ => default,
            };
            let add_on_save = cc
                .storage
                .and_then(|s| eframe::get_value::<bool>(s, library::ADD_ON_SAVE_KEY))
                .unwrap_or(true);
            library::LibraryWorker::start(folder, add_on_save, &Catalog::get(lang))
        });
        let library_panel = LibraryPanel {
            folder: library
                .as_ref()
                .map(|w| w.dir.display().to_string())
                .unwrap_or_default(),
            ..LibraryPanel::default()
        };
        let mut app = Self {
            doc: Document::new_unsaved(sample_project()),
            catalog: Catalog::get(lang),
            chosen_lang,
            article_view: ArticleView::default(),
            claim_list: ClaimList::default(),
            claim_editor: ClaimEditor::default(),
            check_panel: CheckPanel::default(),
            selected: None,
            tab: Tab::Claim,
            dialog: None,
            message: None,
            message_clock: None,
            lost_typing: String::new(),
            panes: panes::Panes::default(),
            setting_focus: None,
            recent,
            name_answered: false,
            focused: None,
            window_title: String::new(),
            picker: options.picker,
            choosing: None,
            screenshot: options.screenshot.map(ScreenshotJob::new),
            desk: desk::DeskState::with_email(
                cc.storage
                    .and_then(|s| eframe::get_value::<String>(s, identity::EMAIL_KEY))
                    .unwrap_or_default(),
            ),
            exit_code: Arc::new(Mutex::new(ExitCode::SUCCESS)),
            replace_job: None,
            intake_job: None,
            annotation_import: None,
            merge_job: None,
            evidence: evidence::EvidenceState::new(
                cc.storage
                    .and_then(|s| eframe::get_value::<String>(s, evidence::ENDPOINT_KEY)),
            ),
            allow_close: false,
            autosave: options
                .recovery_dir
                .map(|dir| Autosave::new(dir, options.autosave_every)),
            on_disk: None,
            disk_prompt: None,
            was_focused: true,
            conflicts_panel: ConflictsPanel::default(),
            library,
            library_panel,
            suggestions: suggest::Suggestions::default(),
            opening_article: None,
            article_folder: None,
        };
        if let Some(file) = options.file {
            app.open(&file);
        }
        app.offer_next_recovery();
        app.ask_name_at_first_start(stored_name, ask_name);
        app
    }

    pub fn document(&self) -> &Document {
        &self.doc
    }

    pub fn project(&self) -> &Project {
        self.doc.project()
    }

    pub fn selected_claim(&self) -> Option<ClaimId> {
        self.selected
    }

    /// Shows a right-hand tab, as clicking it would (`claimdesk --tab`).
    /// The Library tab lists earlier checks of the selected claim, so with
    /// none selected it selects the first claim.
    pub fn show_tab(&mut self, tab: Tab) {
        if tab == Tab::Library && self.selected.is_none() {
            self.selected = self.doc.project().claims.first().map(|c| c.id);
        }
        if tab == Tab::Desk {
            self.refresh_desk();
        }
        self.tab = tab;
    }

    pub fn message(&self) -> Option<&(String, bool)> {
        self.message.as_ref()
    }

    /// A transient message: it leaves the status bar after a few seconds.
    fn info(&mut self, text: impl Into<String>) {
        self.message = Some((text.into(), false));
        self.message_clock = None;
    }

    fn error(&mut self, title: impl Into<String>, text: impl Into<String>) {
        let title: String = title.into();
        let body = text.into();
        self.message = Some((
            format!("{title}: {}", body.lines().next().unwrap_or_default()),
            true,
        ));
        self.message_clock = None;
        self.dialog = Some(Dialog::Message { title, body });
    }

    /// Closes the progress dialog of `job`, if it is the one open.
    fn close_progress_of<T: Send + 'static>(&mut self, job: &job::Job<T>) {
        if let Some(Dialog::Working(w)) = &self.dialog
            && Arc::ptr_eq(&w.progress, job.progress())
        {
            self.dialog = None;
        }
    }

    fn edit(&mut self, action: Action) {
        // Leave to close was given for the changes the user answered for,
        // not for work done since.
        self.allow_close = false;
        if let Err(e) = self.doc.apply(action) {
            let error = self.catalog.message(&e.words());
            let text = self.tr_args("msg-could-not-apply", &[("error", error.into())]);
            self.message = Some((text, true));
        }
    }
}

pub use crate::model::date::today;

/// A path's file name, for messages and progress ("" when it has none).
fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
