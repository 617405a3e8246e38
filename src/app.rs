//! The window: lays out the views and applies the commands they return, in
//! one place ([`ClaimDeskApp::apply`]).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use eframe::egui::{self, CentralPanel, Panel, RichText};

use crate::edit::{Action, Document};
use crate::io::recovery::{self, Recovery};
use crate::io::{ArticleFormat, ImportedArticle, import_article, load_project, save_project};
use crate::model::{Article, Claim, ClaimId, Project, ScalePreset, Source, SourceLink, Span};
use crate::ui::article_view::ArticleView;
use crate::ui::check_panel::CheckPanel;
use crate::ui::claim_editor::ClaimEditor;
use crate::ui::claim_list::ClaimList;
use crate::ui::dialogs::{self, Dialog};
use crate::ui::{
    Command, Tab, menu, project_panel, scale_editor, sources_panel, status_bar, theme,
};

pub const APP_ID: &str = "claimdesk";
const RECENT_KEY: &str = "recent_projects";
const MAX_RECENT: usize = 10;
/// The sample project, shown when ClaimDesk starts with nothing to open.
const SAMPLE_PROJECT: &str = include_str!("../projects/takaichi-trump-tokyo.ron");

/// File choosers, behind a trait so tests can answer them without a desktop portal.
pub trait FilePicker {
    fn open_project(&self) -> Option<PathBuf>;
    fn open_article(&self) -> Option<PathBuf>;
    fn save_project(&self, suggested_name: &str) -> Option<PathBuf>;
    fn export_file(&self, suggested_name: &str, extension: &str) -> Option<PathBuf>;
}

pub struct RfdPicker;

impl FilePicker for RfdPicker {
    fn open_project(&self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter("ClaimDesk project", &["ron"])
            .pick_file()
    }

    fn open_article(&self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter(
                "Article",
                &["txt", "md", "markdown", "text", "html", "htm", "xhtml"],
            )
            .add_filter("All files", &["*"])
            .pick_file()
    }

    fn save_project(&self, suggested_name: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter("ClaimDesk project", &["ron"])
            .set_file_name(suggested_name)
            .save_file()
    }

    fn export_file(&self, suggested_name: &str, extension: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter(extension, &[extension])
            .set_file_name(suggested_name)
            .save_file()
    }
}

pub struct AppOptions {
    pub file: Option<PathBuf>,
    pub screenshot: Option<PathBuf>,
    pub picker: Box<dyn FilePicker>,
    /// Where recovery copies go; `None` switches autosave off.
    pub recovery_dir: Option<PathBuf>,
    pub autosave_every: Duration,
}

impl Default for AppOptions {
    fn default() -> Self {
        Self {
            file: None,
            screenshot: None,
            picker: Box::new(RfdPicker),
            recovery_dir: default_recovery_dir(),
            autosave_every: Duration::from_secs(30),
        }
    }
}

/// `~/.local/share/claimdesk/recovery` on Linux (eframe's storage folder).
pub fn default_recovery_dir() -> Option<PathBuf> {
    eframe::storage_dir(APP_ID).map(|d| d.join("recovery"))
}

struct Autosave {
    dir: PathBuf,
    every: Duration,
    last: Instant,
    revision: Option<u64>,
    /// Tells this session's untitled copies from another's.
    session: u64,
    pending: Vec<Recovery>,
}

/// Frames to render before a `--screenshot` is taken: fonts load and the layout settles.
const SCREENSHOT_AFTER_FRAMES: u32 = 12;

struct ScreenshotJob {
    path: PathBuf,
    frames: u32,
    requested: bool,
    result: Arc<Mutex<Option<Result<(), String>>>>,
}

pub struct ClaimDeskApp {
    doc: Document,
    pub article_view: ArticleView,
    claim_list: ClaimList,
    claim_editor: ClaimEditor,
    check_panel: CheckPanel,
    selected: Option<ClaimId>,
    tab: Tab,
    dialog: Option<Dialog>,
    message: Option<(String, bool)>,
    recent: Vec<PathBuf>,
    focused: Option<egui::Id>,
    window_title: String,
    picker: Box<dyn FilePicker>,
    screenshot: Option<ScreenshotJob>,
    /// Set once the user chose to close without saving.
    allow_close: bool,
    autosave: Option<Autosave>,
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
        let recent = cc
            .storage
            .and_then(|s| eframe::get_value::<Vec<PathBuf>>(s, RECENT_KEY))
            .unwrap_or_default();
        let mut app = Self {
            doc: Document::new_unsaved(sample_project()),
            article_view: ArticleView::default(),
            claim_list: ClaimList::default(),
            claim_editor: ClaimEditor::default(),
            check_panel: CheckPanel::default(),
            selected: None,
            tab: Tab::Claim,
            dialog: None,
            message: None,
            recent,
            focused: None,
            window_title: String::new(),
            picker: options.picker,
            screenshot: options.screenshot.map(|path| ScreenshotJob {
                path,
                frames: 0,
                requested: false,
                result: Arc::default(),
            }),
            exit_code: Arc::new(Mutex::new(ExitCode::SUCCESS)),
            allow_close: false,
            autosave: options.recovery_dir.map(|dir| Autosave {
                pending: recovery::pending_recoveries(&dir),
                dir,
                every: options.autosave_every,
                last: Instant::now(),
                revision: None,
                session: std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_nanos() as u64),
            }),
        };
        if let Some(file) = options.file {
            app.open(&file);
        }
        app.offer_next_recovery();
        app
    }

    fn recovery_file(&self) -> Option<PathBuf> {
        let a = self.autosave.as_ref()?;
        Some(recovery::recovery_path(
            &a.dir,
            self.doc.path.as_deref(),
            a.session,
        ))
    }

    fn offer_next_recovery(&mut self) {
        let Some(r) = self.autosave.as_ref().and_then(|a| a.pending.first()) else {
            return;
        };
        if self.dialog.is_some() {
            return;
        }
        let name = r.original.as_ref().and_then(|p| p.file_name()).map_or_else(
            || r.project.title.clone(),
            |n| n.to_string_lossy().into_owned(),
        );
        self.dialog = Some(Dialog::Recover {
            file: r.file.clone(),
            name,
            when: format_unix_time(r.written_at),
            claims: r.project.claims.len(),
        });
    }

    fn take_recovery(&mut self, file: &Path) -> Option<Recovery> {
        let a = self.autosave.as_mut()?;
        let i = a.pending.iter().position(|r| r.file == file)?;
        Some(a.pending.remove(i))
    }

    /// While there are unsaved changes, writes a recovery copy every so often.
    fn autosave(&mut self, ctx: &egui::Context) {
        let Some(file) = self.recovery_file() else {
            return;
        };
        let dirty = self.doc.is_dirty();
        let revision = self.doc.revision();
        let Some(a) = self.autosave.as_mut() else {
            return;
        };
        if !dirty || a.revision == Some(revision) {
            return;
        }
        if a.last.elapsed() < a.every {
            ctx.request_repaint_after(a.every.saturating_sub(a.last.elapsed()));
            return;
        }
        a.last = Instant::now();
        a.revision = Some(revision);
        if let Err(e) =
            recovery::write_recovery(&file, self.doc.path.as_deref(), self.doc.project())
        {
            self.message = Some((format!("Could not write the recovery copy: {e}"), true));
        }
    }

    /// The work is safe elsewhere (saved, or knowingly dropped): its recovery copy can go.
    fn discard_recovery_copy(&mut self) {
        if let Some(file) = self.recovery_file() {
            recovery::discard(&file);
        }
        if let Some(a) = self.autosave.as_mut() {
            a.revision = None;
        }
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

    pub fn message(&self) -> Option<&(String, bool)> {
        self.message.as_ref()
    }

    fn info(&mut self, text: impl Into<String>) {
        self.message = Some((text.into(), false));
    }

    fn error(&mut self, title: &str, text: impl Into<String>) {
        let body = text.into();
        self.message = Some((
            format!("{title}: {}", body.lines().next().unwrap_or_default()),
            true,
        ));
        self.dialog = Some(Dialog::Message {
            title: title.to_owned(),
            body,
        });
    }

    fn edit(&mut self, action: Action) {
        if let Err(e) = self.doc.apply(action) {
            self.message = Some((format!("Could not apply the change: {e}"), true));
        }
    }

    fn remember_recent(&mut self, path: &Path) {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    fn replace_document(&mut self, doc: Document) {
        // Reaching here means the old work was saved or the user chose to drop it.
        self.discard_recovery_copy();
        self.doc = doc;
        self.selected = None;
        self.article_view = ArticleView::default();
        self.claim_list = ClaimList::default();
        self.tab = Tab::Claim;
    }

    /// Opens a project (.ron) or an article (anything else). A file that
    /// cannot be read leaves the current project as it was.
    pub fn open(&mut self, path: &Path) {
        let is_project = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
        if is_project {
            match load_project(path) {
                Ok(project) => {
                    let first = project
                        .claims
                        .iter()
                        .min_by_key(|c| c.span.start)
                        .map(|c| c.id);
                    self.replace_document(Document::opened(project, path.to_path_buf()));
                    self.selected = first;
                    self.remember_recent(path);
                    self.info(format!("Opened {}", path.display()));
                }
                Err(e) => self.error("Could not open the project", e.to_string()),
            }
        } else {
            match import_article(path) {
                Ok(imported) if imported.format == ArticleFormat::Html => {
                    // A web page's extraction is shown before it becomes the project.
                    self.dialog = Some(Dialog::ImportPreview(Box::new(imported)));
                }
                Ok(imported) => self.create_from_import(imported),
                Err(e) => self.error("Could not open the article", e.to_string()),
            }
        }
    }

    fn create_from_import(&mut self, imported: ImportedArticle) {
        let ImportedArticle {
            mut article, notes, ..
        } = imported;
        article.meta.date_retrieved = today();
        let title = article.meta.title.clone();
        // An imported article is work not saved anywhere yet.
        let project = Project::new(title, article, ScalePreset::TruthSixStep);
        self.replace_document(Document::recovered(project, None));
        let mut message = "Opened the article: save it as a project to keep your work".to_owned();
        for note in notes {
            message.push_str(&format!(" · {note}"));
        }
        self.info(message);
    }

    fn replace_article_dialog(&mut self) {
        let Some(path) = self.picker.open_article() else {
            return;
        };
        match import_article(&path) {
            Ok(imported) => {
                let (action, report) = crate::edit::replace_article(
                    self.doc.project(),
                    imported.article.clone(),
                    &today(),
                );
                self.dialog = Some(Dialog::ReplaceArticle {
                    imported: Box::new(imported),
                    action: Box::new(action),
                    report,
                });
            }
            Err(e) => self.error("Could not read the new version", e.to_string()),
        }
    }

    /// Returns whether the project was saved.
    fn save_to(&mut self, path: PathBuf) -> bool {
        match save_project(self.doc.project(), &path) {
            Ok(()) => {
                self.remember_recent(&path);
                self.info(format!("Saved {}", path.display()));
                self.discard_recovery_copy();
                self.doc.mark_saved(path);
                self.discard_recovery_copy();
                true
            }
            Err(e) => {
                self.error("Could not save", e.to_string());
                false
            }
        }
    }

    fn save(&mut self, ask_for_path: bool) -> bool {
        let path = match self.doc.path.clone() {
            Some(path) if !ask_for_path => Some(path),
            _ => self.picker.save_project(&self.suggested_file_name()),
        };
        path.is_some_and(|p| self.save_to(p))
    }

    fn export(&mut self, format: crate::export::Format) {
        let stem = self.suggested_file_name();
        let stem = stem.trim_end_matches(".ron");
        let name = format!("{stem}.{}", format.extension());
        let Some(path) = self.picker.export_file(&name, format.extension()) else {
            return;
        };
        let written = crate::export::export(self.doc.project(), format)
            .map_err(|e| e.to_string())
            .and_then(|text| {
                crate::io::write_atomically(&path, text.as_bytes(), false)
                    .map_err(|e| e.to_string())
            });
        match written {
            Ok(()) => self.info(format!("Exported {} to {}", format.label(), path.display())),
            Err(e) => self.error("Could not export", e),
        }
    }

    fn suggested_file_name(&self) -> String {
        let title = if self.project().title.is_empty() {
            "project"
        } else {
            &self.project().title
        };
        let slug: String = title
            .chars()
            .map(|c| {
                if c.is_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        let slug = slug
            .split('-')
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        format!("{}.ron", slug.chars().take(60).collect::<String>())
    }

    fn mark_claim(&mut self, now: f64) {
        let project = self.doc.project();
        let Some((start, end)) = self.article_view.trimmed_selection(&project.article.text) else {
            self.info("Select a passage of the article first");
            return;
        };
        let Some(quote) = self
            .article_view
            .text_index()
            .slice(&project.article.text, start, end)
        else {
            return;
        };
        let id = project.next_claim_id();
        let mut claim = Claim::new(
            id,
            Span {
                start,
                end,
                quote: quote.to_owned(),
            },
        );
        claim.claim_date = project.article.meta.date_published.clone();
        let index = project
            .claims
            .partition_point(|c| (c.span.start, c.span.end) <= (start, end));
        self.edit(Action::InsertClaim { index, claim });
        self.article_view.selection = None;
        self.select(Some(id), false, now);
        self.tab = Tab::Claim;
    }

    fn select(&mut self, id: Option<ClaimId>, scroll: bool, now: f64) {
        self.selected = id;
        if let Some(claim) = id.and_then(|id| self.doc.project().claim(id)) {
            self.tab = Tab::Claim;
            if scroll && !claim.orphaned {
                self.article_view.jump_to(claim.id, claim.span.start, now);
            }
        }
    }

    fn add_source(&mut self, link_to: Option<ClaimId>) {
        let project = self.doc.project();
        let id = project.next_source_id();
        let source = Source {
            id,
            date_accessed: today(),
            ..Source::default()
        };
        let insert = Action::InsertSource {
            index: project.sources.len(),
            source,
        };
        let action = match link_to.and_then(|c| project.claim(c)) {
            Some(claim) => {
                let mut claim = claim.clone();
                claim.sources.push(SourceLink {
                    source: id,
                    ..SourceLink::default()
                });
                Action::Batch(vec![insert, Action::UpdateClaim(claim)])
            }
            None => insert,
        };
        self.edit(action);
        self.tab = Tab::Sources(Some(id));
    }

    /// The one place where what the user asked for happens.
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        if command.discards_document() && self.doc.is_dirty() {
            self.dialog = Some(Dialog::UnsavedChanges(Box::new(command)));
            return;
        }
        self.apply_unguarded(ctx, command);
    }

    fn apply_unguarded(&mut self, ctx: &egui::Context, command: Command) {
        let now = ctx.input(|i| i.time);
        match command {
            Command::Edit(action) => self.edit(action),
            Command::Undo => match self.doc.undo() {
                Ok(true) => self.info("Undone"),
                Ok(false) => {}
                Err(e) => self.error("Could not undo", e.to_string()),
            },
            Command::Redo => match self.doc.redo() {
                Ok(true) => self.info("Redone"),
                Ok(false) => {}
                Err(e) => self.error("Could not redo", e.to_string()),
            },
            Command::SelectClaim(id) => self.select(id, false, now),
            Command::JumpToClaim(id) => self.select(Some(id), true, now),
            Command::NextClaim | Command::PreviousClaim => {
                let forward = matches!(command, Command::NextClaim);
                let revision = self.doc.revision();
                let next =
                    self.claim_list
                        .step(self.doc.project(), revision, self.selected, forward);
                if next.is_some() {
                    self.select(next, true, now);
                }
            }
            Command::MarkClaim => self.mark_claim(now),
            Command::AskDeleteClaim(id) => self.dialog = Some(Dialog::ConfirmDeleteClaim(id)),
            Command::AddSource => self.add_source(None),
            Command::NewSourceForClaim(id) => self.add_source(Some(id)),
            Command::ShowTab(tab) => self.tab = tab,
            Command::AskNewProject => {
                self.dialog = Some(Dialog::NewProject {
                    title: String::new(),
                    preset: ScalePreset::TruthSixStep,
                });
            }
            Command::NewProject { title, preset } => {
                let article = Article::new(Default::default(), String::new());
                self.replace_document(Document::new_unsaved(Project::new(title, article, preset)));
                self.info("New project: open or paste the article to check (File menu)");
            }
            Command::AskPasteArticle => {
                self.dialog = Some(Dialog::PasteArticle {
                    title: String::new(),
                    text: String::new(),
                    preset: ScalePreset::TruthSixStep,
                });
            }
            Command::CreateFromText {
                title,
                text,
                preset,
            } => match crate::io::article_from_text(&text) {
                Ok(mut article) => {
                    if !title.trim().is_empty() {
                        article.meta.title = title.trim().to_owned();
                    }
                    article.meta.date_retrieved = today();
                    let name = article.meta.title.clone();
                    let project = Project::new(name, article, preset);
                    self.replace_document(Document::recovered(project, None));
                }
                Err(e) => self.error("Could not use the pasted text", e.to_string()),
            },
            Command::OpenProjectDialog => {
                if let Some(path) = self.picker.open_project() {
                    self.open(&path);
                }
            }
            Command::OpenArticleDialog => {
                if let Some(path) = self.picker.open_article() {
                    self.open(&path);
                }
            }
            Command::Open(path) => self.open(&path),
            Command::CreateFromImport(imported) => self.create_from_import(*imported),
            Command::ReplaceArticleDialog => self.replace_article_dialog(),
            Command::Save => {
                self.save(false);
            }
            Command::SaveAs => {
                self.save(true);
            }
            Command::Proceed { save_first, then } => {
                if !save_first || self.save(false) {
                    self.allow_close = true;
                    self.apply_unguarded(ctx, *then);
                }
            }
            Command::Export(format) => self.export(format),
            Command::OpenUrl(url) => {
                if crate::model::is_web_url(&url) {
                    ctx.open_url(egui::OpenUrl::new_tab(url));
                }
            }
            Command::RestoreRecovery(file) => {
                if let Some(r) = self.take_recovery(&file) {
                    self.replace_document(Document::recovered(r.project, r.original));
                    recovery::discard(&r.file);
                    // Written again under this session's name at the next autosave.
                    if let Some(a) = self.autosave.as_mut() {
                        a.last = Instant::now() - a.every;
                    }
                    self.info("Restored unsaved work: save it to keep it");
                }
                self.offer_next_recovery();
            }
            Command::DiscardRecovery(file) => {
                if let Some(r) = self.take_recovery(&file) {
                    recovery::discard(&r.file);
                }
                self.offer_next_recovery();
            }
            Command::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// A close request (window button, Alt+F4) with unsaved work waits for the user's answer.
    fn guard_close(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && self.doc.is_dirty() && !self.allow_close
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.dialog = Some(Dialog::UnsavedChanges(Box::new(Command::Quit)));
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let mark = if self.doc.is_dirty() { "• " } else { "" };
        let title = format!("{mark}{} — ClaimDesk", self.doc.file_name());
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    pub fn window_title(&self) -> &str {
        &self.window_title
    }

    /// Typing in one field is one undo step: the step ends when focus moves.
    fn seal_on_focus_change(&mut self, ctx: &egui::Context) {
        let focused = ctx.memory(|m| m.focused());
        if focused != self.focused {
            self.doc.seal();
            self.focused = focused;
        }
    }

    fn article_header_ui(&self, ui: &mut egui::Ui) {
        let meta = &self.project().article.meta;
        ui.add_space(6.0);
        ui.vertical_centered(|ui| {
            let title = if meta.title.is_empty() {
                "Untitled article"
            } else {
                &meta.title
            };
            ui.label(RichText::new(title).size(21.0).strong());
            let parts: Vec<&str> = [
                meta.outlet.as_str(),
                meta.author.as_str(),
                meta.date_published.as_str(),
            ]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .collect();
            if !parts.is_empty() {
                ui.label(RichText::new(parts.join("  ·  ")).weak());
            }
        });
        ui.add_space(4.0);
        ui.separator();
    }

    fn right_panel_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        ui.horizontal(|ui| {
            let tabs = [
                (Tab::Claim, "Claim"),
                (Tab::Sources(None), "Sources"),
                (Tab::Project, "Article"),
                (Tab::Scale, "Scale"),
                (Tab::Check, "Check"),
            ];
            for (tab, label) in tabs {
                let active = std::mem::discriminant(&tab) == std::mem::discriminant(&self.tab);
                if ui
                    .selectable_label(active, RichText::new(label).strong())
                    .clicked()
                    && !active
                {
                    commands.push(Command::ShowTab(tab));
                }
            }
        });
        ui.separator();
        let project = self.doc.project();
        match self.tab {
            Tab::Claim => {
                egui::ScrollArea::vertical()
                    .id_salt("claim_editor")
                    .show(ui, |ui| {
                        self.claim_editor.ui(ui, project, self.selected, commands);
                    });
            }
            Tab::Sources(selected) => sources_panel::ui(ui, project, selected, commands),
            Tab::Project => project_panel::ui(ui, project, commands),
            Tab::Scale => scale_editor::ui(ui, project, commands),
            Tab::Check => self
                .check_panel
                .ui(ui, project, self.doc.revision(), commands),
        }
    }

    fn screenshot_step(&mut self, ctx: &egui::Context) {
        let Some(job) = self.screenshot.as_mut() else {
            return;
        };
        ctx.request_repaint();
        job.frames += 1;
        if !job.requested && job.frames >= SCREENSHOT_AFTER_FRAMES {
            job.requested = true;
            let (path, result) = (job.path.clone(), job.result.clone());
            ctx.request_screenshot(move |image| {
                let outcome = crate::io::write_png(&path, &image.pixels, image.size);
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

impl eframe::App for ClaimDeskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let mut commands = Vec::new();
        menu::shortcuts(&ctx, &mut commands);
        dropped_files(&ctx, &mut commands);
        self.guard_close(&ctx);
        self.seal_on_focus_change(&ctx);
        let revision = self.doc.revision();
        let can_mark = self
            .article_view
            .trimmed_selection(&self.doc.project().article.text)
            .is_some();
        {
            let state = menu::MenuState {
                undo: self.doc.undo_label(),
                redo: self.doc.redo_label(),
                recent: &self.recent,
                can_mark,
                has_claims: !self.doc.project().claims.is_empty(),
            };
            Panel::top("menu").show(ui, |ui| {
                menu::menu_bar_ui(ui, &state, &mut commands);
                menu::toolbar_ui(ui, &state, &mut commands);
                ui.add_space(2.0);
            });
        }
        let message = self.message.as_ref().map(|(t, e)| (t.as_str(), *e));
        Panel::bottom("status").show(ui, |ui| {
            status_bar::ui(ui, self.doc.project(), message, &mut commands);
        });
        Panel::left("claims")
            .resizable(true)
            .default_size(300.0)
            .size_range(220.0..=480.0)
            .show(ui, |ui| {
                ui.add_space(4.0);
                ui.heading("Claims");
                self.claim_list.ui(
                    ui,
                    self.doc.project(),
                    revision,
                    self.selected,
                    &mut commands,
                );
            });
        Panel::right("editor")
            .resizable(true)
            .default_size(420.0)
            .size_range(320.0..=520.0)
            .show(ui, |ui| {
                ui.add_space(4.0);
                self.right_panel_ui(ui, &mut commands);
            });
        CentralPanel::default()
            .frame(egui::Frame::central_panel(ui.style()).fill(egui::Color32::WHITE))
            .show(ui, |ui| {
                self.article_header_ui(ui);
                if self.project().article.text.is_empty() {
                    ui.vertical_centered(|ui| {
                        ui.add_space(40.0);
                        ui.label(RichText::new("No article yet").size(18.0));
                        if ui.button("Open article…").clicked() {
                            commands.push(Command::OpenArticleDialog);
                        }
                        if ui.button("Paste article text…").clicked() {
                            commands.push(Command::AskPasteArticle);
                        }
                    });
                } else {
                    self.article_view.ui(
                        ui,
                        self.doc.project(),
                        revision,
                        self.selected,
                        &mut commands,
                    );
                }
            });
        dialogs::ui(&ctx, &mut self.dialog, self.doc.project(), &mut commands);

        for command in commands {
            self.apply(&ctx, command);
        }
        self.autosave(&ctx);
        self.update_title(&ctx);
        self.screenshot_step(&ctx);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // A clean exit: the work was saved or the user chose not to keep it.
        self.discard_recovery_copy();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, RECENT_KEY, &self.recent);
    }
}

/// A project or article dropped on the window opens like File › Open; while
/// a file hovers over the window, a hint says what dropping it will do.
fn dropped_files(ctx: &egui::Context, commands: &mut Vec<Command>) {
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
            "Drop a project (.ron) or an article to open it",
            egui::FontId::proportional(22.0),
            egui::Color32::WHITE,
        );
    }
}

/// `YYYY-MM-DD HH:MM UTC` for seconds since the Unix epoch.
fn format_unix_time(secs: u64) -> String {
    let t = crate::export::UtcTime::from_unix_seconds(i64::try_from(secs).unwrap_or(i64::MAX));
    let stamp = t.date_time();
    // "2025-10-28T09:30:15Z" → "2025-10-28 09:30 UTC"
    format!("{} {} UTC", &stamp[..10], &stamp[11..16])
}

/// Today's date in UTC as `YYYY-MM-DD`, from the system clock.
pub fn today() -> String {
    crate::export::UtcTime::now().date()
}

fn load_icon() -> Option<egui::IconData> {
    eframe::icon_data::from_png_bytes(include_bytes!("../assets/icon.png")).ok()
}

pub fn run_native(
    file: Option<PathBuf>,
    screenshot: Option<PathBuf>,
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
            let recovery_dir = if screenshot.is_some() {
                None
            } else {
                default_recovery_dir()
            };
            let options = AppOptions {
                file,
                screenshot,
                picker: Box::new(RfdPicker),
                recovery_dir,
                autosave_every,
            };
            let mut app = ClaimDeskApp::new(cc, options);
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
