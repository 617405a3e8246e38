//! File choosers, behind a trait so tests can answer them without a desktop.
//!
//! A chooser never blocks a frame: `FilePicker::pick` returns at once and the
//! answer arrives on a channel, so the window keeps painting while a system
//! dialog is open. A picker that finds no system chooser answers
//! `Unavailable`, and the app then shows its own file dialog: "no dialog" is
//! never taken for "cancelled".

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use eframe::egui;

/// What a chooser is asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PickKind {
    OpenProject,
    OpenArticle,
    SaveProject,
    Export {
        extension: &'static str,
    },
    /// Annotations to import (W3C Web Annotations, Hypothesis, ClaimReview).
    ImportAnnotations,
    /// Past checks for the library: several files (projects, ClaimReview,
    /// TSV), or one folder.
    LibraryFiles,
    LibraryFolder,
}

/// What the library reads (`claimdesk library add`).
pub const LIBRARY_EXTENSIONS: &[&str] = &["ron", "json", "jsonld", "html", "htm", "tsv"];

pub const ARTICLE_EXTENSIONS: &[&str] = &[
    "txt", "md", "markdown", "text", "html", "htm", "xhtml", "srt", "vtt", "pdf", "docx",
];

#[derive(Clone, Debug)]
pub struct PickRequest {
    pub kind: PickKind,
    pub title: String,
    /// The file name a save starts with.
    pub suggested_name: String,
    /// Where the chooser starts.
    pub folder: PathBuf,
}

impl PickRequest {
    pub fn is_save(&self) -> bool {
        matches!(self.kind, PickKind::SaveProject | PickKind::Export { .. })
    }

    /// The extensions shown, and the one a saved name gets when it has none.
    pub fn extensions(&self) -> &[&'static str] {
        match &self.kind {
            PickKind::OpenProject | PickKind::SaveProject => &["ron"],
            PickKind::OpenArticle => ARTICLE_EXTENSIONS,
            PickKind::ImportAnnotations => &["json", "jsonld"],
            PickKind::LibraryFiles | PickKind::LibraryFolder => LIBRARY_EXTENSIONS,
            PickKind::Export { extension } => std::slice::from_ref(extension),
        }
    }

    /// The name of the chooser's filter, in the catalog's language.
    fn filter_name(&self, catalog: &crate::i18n::Catalog) -> String {
        let id = match &self.kind {
            PickKind::OpenProject | PickKind::SaveProject => "pick-filter-project",
            PickKind::OpenArticle => "pick-filter-article",
            PickKind::ImportAnnotations => "pick-filter-annotations",
            PickKind::LibraryFiles | PickKind::LibraryFolder => "pick-filter-past-checks",
            PickKind::Export { extension } => return (*extension).to_owned(),
        };
        catalog.text(id)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    Chosen(PathBuf),
    /// Several files, or a folder (`PickKind::LibraryFiles`, `LibraryFolder`).
    ChosenMany(Vec<PathBuf>),
    Cancelled,
    /// No chooser could be shown: the app shows its own.
    Unavailable,
}

/// An answer that is already known, for pickers that do not wait.
pub fn answered(answer: Answer) -> Receiver<Answer> {
    let (tx, rx) = channel();
    let _ = tx.send(answer);
    rx
}

pub trait FilePicker {
    /// Starts a chooser for `request` and returns at once; the answer comes on
    /// the receiver. A dropped sender counts as `Unavailable`.
    fn pick(&mut self, request: &PickRequest, ctx: &egui::Context) -> Receiver<Answer>;
}

/// The system's chooser through rfd (xdg portal, else zenity), on a thread of
/// its own; `Unavailable` when neither is there.
pub struct RfdPicker;

/// rfd answers `None` both for Cancel and for "could not show a dialog". A
/// person cannot open a dialog, read it and cancel it this fast, so a `None`
/// this quick means no dialog was shown (say a portal that is installed but
/// fails, and no zenity).
const IMPLAUSIBLY_FAST: Duration = Duration::from_millis(300);

impl FilePicker for RfdPicker {
    fn pick(&mut self, request: &PickRequest, ctx: &egui::Context) -> Receiver<Answer> {
        if !system_chooser_available() {
            return answered(Answer::Unavailable);
        }
        let (tx, rx) = channel();
        let request = request.clone();
        let ctx = ctx.clone();
        let catalog = crate::ui::i18n::catalog(&ctx);
        let spawned = std::thread::Builder::new()
            .name("file chooser".into())
            .spawn(move || {
                let mut dialog = rfd::AsyncFileDialog::new()
                    .set_title(&request.title)
                    .set_directory(&request.folder)
                    .add_filter(request.filter_name(&catalog), request.extensions());
                let all_files = catalog.text("pick-filter-all-files");
                let started = Instant::now();
                let chosen = if request.is_save() {
                    dialog = dialog.set_file_name(&request.suggested_name);
                    pollster::block_on(dialog.save_file()).map(|f| vec![f])
                } else if request.kind == PickKind::LibraryFolder {
                    pollster::block_on(
                        rfd::AsyncFileDialog::new()
                            .set_title(&request.title)
                            .set_directory(&request.folder)
                            .pick_folder(),
                    )
                    .map(|f| vec![f])
                } else if request.kind == PickKind::LibraryFiles {
                    dialog = dialog.add_filter(&all_files, &["*"]);
                    pollster::block_on(dialog.pick_files())
                } else {
                    dialog = dialog.add_filter(&all_files, &["*"]);
                    pollster::block_on(dialog.pick_file()).map(|f| vec![f])
                };
                let mut paths: Vec<PathBuf> = chosen
                    .unwrap_or_default()
                    .iter()
                    .map(|f| f.path().to_path_buf())
                    .collect();
                let answer = match paths.len() {
                    0 if started.elapsed() < IMPLAUSIBLY_FAST => Answer::Unavailable,
                    0 => Answer::Cancelled,
                    1 if request.kind != PickKind::LibraryFiles
                        && request.kind != PickKind::LibraryFolder =>
                    {
                        Answer::Chosen(paths.remove(0))
                    }
                    _ => Answer::ChosenMany(paths),
                };
                let _ = tx.send(answer);
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => rx,
            Err(_) => answered(Answer::Unavailable),
        }
    }
}

/// Always ClaimDesk's own dialog: for `CLAIMDESK_FILE_DIALOG=in-app`, and tests.
pub struct InAppPicker;

impl FilePicker for InAppPicker {
    fn pick(&mut self, _request: &PickRequest, _ctx: &egui::Context) -> Receiver<Answer> {
        answered(Answer::Unavailable)
    }
}

/// The picker the window uses: `CLAIMDESK_FILE_DIALOG=in-app` forces
/// ClaimDesk's own dialog (for a desktop whose chooser misbehaves).
pub fn default_picker() -> Box<dyn FilePicker> {
    match std::env::var("CLAIMDESK_FILE_DIALOG").as_deref() {
        Ok("in-app") => Box::new(InAppPicker),
        _ => Box::new(RfdPicker),
    }
}

/// Whether rfd can show a chooser here: always on Windows and macOS; on other
/// Unix desktops when zenity is on PATH or the xdg portal offers a file
/// chooser on a reachable session bus.
pub fn system_chooser_available() -> bool {
    if !cfg!(unix) || cfg!(target_os = "macos") {
        return true;
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    if std::env::split_paths(&path).any(|dir| is_executable(&dir.join("zenity"))) {
        return true;
    }
    if !session_bus_reachable() {
        return false;
    }
    // Inside Flatpak the portal is the sandbox's own way out: always there.
    Path::new("/.flatpak-info").exists() || portal_file_chooser_installed(&data_dirs())
}

fn is_executable(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        path.metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    path.is_file()
}

fn session_bus_reachable() -> bool {
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty())
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| Path::new(&dir).join("bus").exists())
}

/// `$XDG_DATA_HOME` and `$XDG_DATA_DIRS`, with the spec's defaults.
fn data_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    match std::env::var_os("XDG_DATA_HOME") {
        Some(home) if !home.is_empty() => dirs.push(PathBuf::from(home)),
        _ => {
            if let Some(home) = std::env::var_os("HOME") {
                dirs.push(PathBuf::from(home).join(".local/share"));
            }
        }
    }
    match std::env::var_os("XDG_DATA_DIRS") {
        Some(list) if !list.is_empty() => dirs.extend(std::env::split_paths(&list)),
        _ => dirs.extend(["/usr/local/share", "/usr/share"].map(PathBuf::from)),
    }
    dirs
}

/// The portal service (xdg-desktop-portal) and a backend that implements its
/// FileChooser (gtk, gnome, kde, ...), as their packages install them.
pub fn portal_file_chooser_installed(data_dirs: &[PathBuf]) -> bool {
    let service = data_dirs.iter().any(|d| {
        d.join("dbus-1/services/org.freedesktop.portal.Desktop.service")
            .is_file()
    });
    service
        && data_dirs.iter().any(|d| {
            std::fs::read_dir(d.join("xdg-desktop-portal/portals"))
                .into_iter()
                .flatten()
                .flatten()
                .any(|entry| {
                    std::fs::read_to_string(entry.path())
                        .is_ok_and(|text| text.contains("org.freedesktop.impl.portal.FileChooser"))
                })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_portal_needs_its_service_and_a_file_chooser_backend() {
        let root = tempfile::tempdir().unwrap();
        let dirs = [root.path().to_path_buf()];
        assert!(!portal_file_chooser_installed(&dirs));
        let services = root.path().join("dbus-1/services");
        std::fs::create_dir_all(&services).unwrap();
        std::fs::write(services.join("org.freedesktop.portal.Desktop.service"), "").unwrap();
        assert!(
            !portal_file_chooser_installed(&dirs),
            "a service without backends"
        );
        let portals = root.path().join("xdg-desktop-portal/portals");
        std::fs::create_dir_all(&portals).unwrap();
        std::fs::write(
            portals.join("wlr.portal"),
            "[portal]\nInterfaces=org.freedesktop.impl.portal.Screenshot;\n",
        )
        .unwrap();
        assert!(
            !portal_file_chooser_installed(&dirs),
            "a backend without FileChooser"
        );
        std::fs::write(
            portals.join("gtk.portal"),
            "[portal]\nInterfaces=org.freedesktop.impl.portal.FileChooser;org.freedesktop.impl.portal.AppChooser;\n",
        )
        .unwrap();
        assert!(portal_file_chooser_installed(&dirs));
    }

    #[test]
    fn requests_filter_by_kind() {
        let request = |kind| PickRequest {
            kind,
            title: String::new(),
            suggested_name: String::new(),
            folder: PathBuf::new(),
        };
        assert_eq!(request(PickKind::SaveProject).extensions(), ["ron"]);
        assert!(request(PickKind::SaveProject).is_save());
        assert!(!request(PickKind::OpenArticle).is_save());
        assert!(
            request(PickKind::OpenArticle)
                .extensions()
                .contains(&"html")
        );
        assert_eq!(
            request(PickKind::Export { extension: "csv" }).extensions(),
            ["csv"]
        );
    }
}
