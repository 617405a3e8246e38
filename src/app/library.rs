//! The library in the window: a worker thread owns the open `Library` and
//! answers searches and additions over channels, so the window never waits
//! on it (opening may rebuild a damaged index; adding a project writes the
//! index). The "Checked before" list follows the selected claim: a new
//! claim, or a changed restatement, sends a new search, and answers to older
//! searches are dropped.

use super::job::POLL;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use eframe::egui;

use super::ClaimDeskApp;
use crate::i18n::{Arg, Catalog, Message};
use crate::library::{AddFormat, AddReport, Hit, Library, Outcome};
use crate::model::Project;
use crate::progress::Progress;
use crate::ui::Command;
use crate::ui::dialogs::Dialog;
use crate::ui::library_panel::Matches;
use crate::ui::working::Working;

pub(super) const ADD_ON_SAVE_KEY: &str = "library_add_on_save";
pub(super) const FOLDER_KEY: &str = "library_folder";
/// How many matches the "Checked before" list shows.
const SHOWN: usize = 8;

enum Request {
    Search {
        id: u64,
        text: String,
    },
    /// A saved project; the worker's note is in the catalog's language.
    Add(PathBuf, Arc<Catalog>),
    /// Library tab › Add past checks…: files and folders, with progress.
    AddMany {
        paths: Vec<PathBuf>,
        progress: Arc<Progress>,
        catalog: Arc<Catalog>,
    },
}

enum Reply {
    Hits {
        id: u64,
        hits: Result<Vec<Hit>, String>,
        /// How many entries the library holds.
        entries: u64,
    },
    Note(String),
    /// What opening the library did by itself (its index rebuilt), worded
    /// on the UI thread in the window's language.
    Notice(Message),
    /// Past checks added from the window: a one-line summary, and the
    /// files skipped or not read, each with why.
    Added {
        summary: String,
        skipped: Vec<String>,
    },
}

/// The window's side of the worker.
pub(super) struct LibraryWorker {
    pub dir: PathBuf,
    pub add_on_save: bool,
    to_worker: Sender<Request>,
    from_worker: Receiver<Reply>,
    next_id: u64,
    /// The ids of the searches in flight for the claim list and the search box.
    pub(super) claim_search: Option<u64>,
    query_search: Option<u64>,
    pub note: Option<String>,
    /// Whether the Library tab was showing last frame.
    tab_shown: bool,
    /// Past checks being added from the window, while it runs.
    adding: Option<Arc<Progress>>,
}

impl LibraryWorker {
    /// Starts the worker; `catalog` words a failure to start.
    pub fn start(dir: PathBuf, add_on_save: bool, catalog: &Catalog) -> Self {
        let (to_worker, requests) = channel::<Request>();
        let (replies, from_worker) = channel::<Reply>();
        let folder = dir.clone();
        // The thread ends when the window drops its sender.
        let spawned = std::thread::Builder::new()
            .name("library".into())
            .spawn(move || serve(&folder, &requests, &replies));
        let mut worker = Self {
            dir,
            add_on_save,
            to_worker,
            from_worker,
            next_id: 0,
            claim_search: None,
            query_search: None,
            note: None,
            tab_shown: false,
            adding: None,
        };
        if let Err(e) = spawned {
            worker.note = Some(catalog.format(
                "library-could-not-start",
                &[("error", e.to_string().into())],
            ));
        }
        worker
    }

    fn search(&mut self, text: &str) -> Option<u64> {
        self.next_id += 1;
        let id = self.next_id;
        self.to_worker
            .send(Request::Search {
                id,
                text: text.to_owned(),
            })
            .ok()
            .map(|()| id)
    }
}

fn serve(dir: &Path, requests: &Receiver<Request>, replies: &Sender<Reply>) {
    let mut library: Option<Result<Library, String>> = None;
    while let Ok(mut request) = requests.recv() {
        // Only the newest of several waiting searches matters.
        while let Ok(next) = requests.try_recv() {
            match (&request, next) {
                (Request::Search { .. }, next @ Request::Search { .. }) => request = next,
                (_, next) => {
                    handle(dir, &mut library, request, replies);
                    request = next;
                }
            }
        }
        handle(dir, &mut library, request, replies);
    }
}

fn handle(
    dir: &Path,
    library: &mut Option<Result<Library, String>>,
    request: Request,
    replies: &Sender<Reply>,
) {
    let lib = library.get_or_insert_with(|| Library::open(dir));
    if let Ok(l) = lib
        && let Some(notice) = l.take_notice()
    {
        let _ = replies.send(Reply::Notice(notice));
    }
    let reply = match (request, lib) {
        (Request::Search { id, text }, Ok(l)) => {
            // Entries `claimdesk library add` committed while the window was
            // open count too; if the list of files cannot be read now, the
            // index is still searched.
            let _ = l.refresh();
            Reply::Hits {
                id,
                // More than are shown: the open project's own claims are left out.
                hits: l.search(&text, SHOWN * 3),
                entries: l.entries(),
            }
        }
        (Request::Search { id, .. }, Err(e)) => Reply::Hits {
            id,
            hits: Err(e.clone()),
            entries: 0,
        },
        (Request::Add(path, c), Ok(l)) => {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            // What another process added since is kept in the list of files.
            let added = l
                .refresh()
                .and_then(|()| l.add_paths(&[path], AddFormat::Auto));
            let named = |id: &str, extra: Option<(&'static str, Arg<'_>)>| {
                let mut args = vec![("name", Arg::from(name.as_str()))];
                args.extend(extra);
                c.format(id, &args)
            };
            Reply::Note(match added {
                Ok(report) => match report.files.first().map(|(_, o)| o) {
                    Some(Outcome::Added(n) | Outcome::Updated(n)) => {
                        named("library-added-file", Some(("count", (*n).into())))
                    }
                    Some(Outcome::Unchanged(_)) => named("library-file-unchanged", None),
                    Some(Outcome::Skipped(why) | Outcome::Failed(why)) => named(
                        "library-file-not-added",
                        Some(("why", c.message(why).into())),
                    ),
                    None => String::new(),
                },
                Err(e) => named("library-could-not-add-file", Some(("error", e.into()))),
            })
        }
        (Request::Add(_, c), Err(e)) => {
            Reply::Note(c.format("library-could-not-open", &[("error", e.as_str().into())]))
        }
        (
            Request::AddMany {
                paths,
                progress,
                catalog: c,
            },
            Ok(l),
        ) => {
            let added = l.refresh().and_then(|()| {
                l.add_paths_with_progress(&paths, AddFormat::Auto, &mut |done, total| {
                    progress.report(done, total)
                })
            });
            match added {
                Ok(report) => {
                    let (summary, skipped) = describe_added(&c, &report, l.entries());
                    Reply::Added { summary, skipped }
                }
                Err(e) => Reply::Added {
                    summary: c.format("library-could-not-add", &[("error", e.into())]),
                    skipped: Vec::new(),
                },
            }
        }
        (Request::AddMany { catalog: c, .. }, Err(e)) => Reply::Added {
            summary: c.format("library-could-not-open", &[("error", e.as_str().into())]),
            skipped: Vec::new(),
        },
    };
    let _ = replies.send(reply);
}

/// What `claimdesk library add` prints, as the window says it: a summary
/// line, and each file skipped or not read with why (files of no kind the
/// library reads, in the folders given, are counted).
fn describe_added(c: &Catalog, report: &AddReport, entries: u64) -> (String, Vec<String>) {
    let mut files = 0_usize;
    let mut skipped = Vec::new();
    for (path, outcome) in &report.files {
        let name = path.display().to_string();
        let why_args = |why: &crate::i18n::Message| {
            [
                ("name", name.clone().into()),
                ("why", c.message(why).into()),
            ]
        };
        match outcome {
            Outcome::Added(_) | Outcome::Updated(_) => files += 1,
            Outcome::Unchanged(_) => {}
            Outcome::Skipped(why) => skipped.push(c.format("library-skipped", &why_args(why))),
            Outcome::Failed(why) => skipped.push(c.format("library-not-read", &why_args(why))),
        }
    }
    if report.ignored > 0 {
        skipped.push(c.format("library-ignored", &[("count", report.ignored.into())]));
    }
    let added = report.entries_added();
    let summary = c.format(
        "library-added-summary",
        &[
            ("added", added.into()),
            ("files", files.into()),
            ("entries", entries.into()),
        ],
    );
    let unchanged = report
        .files
        .iter()
        .filter(|(_, o)| matches!(o, Outcome::Unchanged(_)))
        .count();
    let summary = if unchanged > 0 {
        c.format(
            "library-unchanged",
            &[("summary", summary.into()), ("count", unchanged.into())],
        )
    } else {
        summary
    };
    let summary = if report.stopped {
        c.format("library-stopped", &[("summary", summary.into())])
    } else {
        summary
    };
    (summary, skipped)
}

impl ClaimDeskApp {
    /// The "Checked before" list and the library search box's matches, as shown.
    pub fn library_matches(&self) -> (&Matches, &Matches) {
        (
            &self.library_panel.claim_matches,
            &self.library_panel.query_matches,
        )
    }

    /// The library's last message (a project added, the index rebuilt).
    pub fn library_note(&self) -> Option<&str> {
        self.library.as_ref().and_then(|w| w.note.as_deref())
    }

    /// The text the "Checked before" list searches for: the claim as
    /// reviewed, else its quote.
    fn claim_query(&self) -> Option<(crate::model::ClaimId, String)> {
        let claim = self.doc.project().claim(self.selected?)?;
        let text = if claim.reviewed.trim().is_empty() {
            &claim.span.quote
        } else {
            &claim.reviewed
        };
        Some((claim.id, text.trim().to_owned()))
    }

    /// Each frame: starts a search when the selected claim changed, takes
    /// the worker's answers, and asks for frames while one is awaited.
    pub(super) fn poll_library(&mut self, ctx: &egui::Context) {
        let wanted = self.claim_query();
        let Some(worker) = self.library.as_mut() else {
            return;
        };
        // Opening the tab searches again: the library may have grown since
        // (`claimdesk library add`, another window's save).
        let shown = self.tab == crate::ui::Tab::Library;
        if shown && !worker.tab_shown {
            self.library_panel.claim = None;
        }
        worker.tab_shown = shown;
        if wanted != self.library_panel.claim {
            self.library_panel.claim = wanted.clone();
            match wanted {
                Some((_, text)) if !text.is_empty() => {
                    worker.claim_search = worker.search(&text);
                    self.library_panel.claim_matches = Matches::Searching;
                }
                _ => {
                    worker.claim_search = None;
                    self.library_panel.claim_matches = Matches::Idle;
                }
            }
        }
        while let Ok(reply) = worker.from_worker.try_recv() {
            match reply {
                Reply::Note(note) if !note.is_empty() => worker.note = Some(note),
                Reply::Note(_) => {}
                Reply::Notice(notice) => worker.note = Some(self.catalog.message(&notice)),
                Reply::Added { summary, skipped } => {
                    if let Some(progress) = worker.adding.take()
                        && let Some(Dialog::Working(w)) = &self.dialog
                        && Arc::ptr_eq(&w.progress, &progress)
                    {
                        self.dialog = None;
                    }
                    worker.note = Some(summary.clone());
                    // The lists are searched again: the library has grown.
                    self.library_panel.claim = None;
                    if !self.library_panel.query.trim().is_empty()
                        && self.library_panel.query_matches != Matches::Idle
                    {
                        worker.query_search = worker.search(self.library_panel.query.trim());
                    }
                    self.message = Some((summary.clone(), false));
                    // Another dialog opened meanwhile is not replaced: the
                    // status line and the tab's note still say what happened.
                    if !skipped.is_empty() && self.dialog.is_none() {
                        self.dialog = Some(Dialog::Message {
                            title: self.catalog.text("library-past-checks-added"),
                            body: format!("{summary}\n\n{}", skipped.join("\n")),
                        });
                    }
                }
                Reply::Hits { id, hits, entries } => {
                    self.library_panel.entries = Some(entries);
                    let matches = match hits {
                        Ok(hits) => Matches::Ready(hits),
                        Err(e) => Matches::Failed(e),
                    };
                    // The open project's own claims are not earlier checks of
                    // anything in it; matches too weak to matter are left out.
                    let for_claim = if worker.claim_search == Some(id) {
                        worker.claim_search = None;
                        true
                    } else if worker.query_search == Some(id) {
                        worker.query_search = None;
                        false
                    } else {
                        continue;
                    };
                    let cut = if for_claim {
                        crate::library::close_matches
                    } else {
                        crate::library::search_matches
                    };
                    let own = self
                        .doc
                        .path
                        .as_ref()
                        .and_then(|p| std::fs::canonicalize(p).ok());
                    let project = self.doc.project();
                    let matches = match matches {
                        Matches::Ready(hits) => Matches::Ready(
                            cut(hits
                                .into_iter()
                                .filter(|h| !is_own_claim(h, own.as_deref(), project))
                                .collect())
                            .into_iter()
                            .take(SHOWN)
                            .collect(),
                        ),
                        other => other,
                    };
                    if for_claim {
                        self.library_panel.claim_matches = matches;
                    } else {
                        self.library_panel.query_matches = matches;
                    }
                }
            }
        }
        if worker.claim_search.is_some() || worker.query_search.is_some() || worker.adding.is_some()
        {
            ctx.request_repaint_after(POLL);
        }
    }

    pub(super) fn search_library(&mut self, text: &str) {
        if let Some(worker) = self.library.as_mut() {
            worker.query_search = worker.search(text);
            self.library_panel.query_matches = Matches::Searching;
        }
    }

    /// After a save: add the project to the library, when the setting says so.
    pub(super) fn add_saved_to_library(&mut self, path: &Path) {
        if let Some(worker) = self.library.as_mut().filter(|w| w.add_on_save) {
            let catalog = Arc::clone(&self.catalog);
            let _ = worker
                .to_worker
                .send(Request::Add(path.to_path_buf(), catalog));
        }
    }

    /// Library tab › Add past checks…: the chosen files and folders are read
    /// as `claimdesk library add` reads them, on the library's thread, with
    /// a progress bar; what was skipped is named when it is done.
    pub(super) fn add_to_library(&mut self, paths: Vec<PathBuf>) {
        let Some(worker) = self.library.as_mut() else {
            self.info(self.tr("library-the-library-is-off-there-2"));
            return;
        };
        if worker.adding.is_some() {
            self.info(self.tr("library-past-checks-are-being-added"));
            return;
        }
        let progress = Arc::new(Progress::new());
        let request = Request::AddMany {
            paths: paths.clone(),
            progress: Arc::clone(&progress),
            catalog: Arc::clone(&self.catalog),
        };
        if worker.to_worker.send(request).is_err() {
            self.error(
                self.tr("library-add-past-checks-2"),
                self.tr("library-not-running"),
            );
            return;
        }
        worker.adding = Some(Arc::clone(&progress));
        let what = match paths.as_slice() {
            [one] => super::file_name(one),
            many => self.tr_args("library-items", &[("count", many.len().into())]),
        };
        // Working fills in {done} and {total} as it counts.
        let counting = self.tr_args(
            "library-reading-file-of",
            &[("done", "{done}".into()), ("total", "{total}".into())],
        );
        self.dialog = Some(Dialog::Working(
            Working::new(
                self.tr("library-adding"),
                &progress,
                Command::CancelLibraryAdd,
            )
            .status(
                self.tr_args("library-looking-in", &[("what", what.into())]),
                counting,
            )
            .note(self.tr("library-adding-note")),
        ));
    }

    pub(super) fn cancel_library_add(&mut self) {
        if let Some(progress) = self.library.as_ref().and_then(|w| w.adding.as_ref()) {
            progress.cancel();
        }
    }

    /// Whether past checks are being added from the window.
    pub fn library_adding(&self) -> bool {
        self.library.as_ref().is_some_and(|w| w.adding.is_some())
    }

    pub(super) fn set_library_folder(&mut self, dir: PathBuf) {
        let add_on_save = self.library.as_ref().is_none_or(|w| w.add_on_save);
        self.library_panel.folder = dir.display().to_string();
        self.library_panel.claim = None;
        self.library_panel.query_matches = Matches::Idle;
        self.library = Some(LibraryWorker::start(dir, add_on_save, &self.catalog));
    }

    pub(super) fn set_library_add_on_save(&mut self, on: bool) {
        if let Some(worker) = self.library.as_mut() {
            worker.add_on_save = on;
        }
    }

    pub(super) fn store_library_settings(&self, storage: &mut dyn eframe::Storage) {
        if let Some(worker) = &self.library {
            eframe::set_value(storage, ADD_ON_SAVE_KEY, &worker.add_on_save);
            eframe::set_value(storage, FOLDER_KEY, &worker.dir);
        }
    }
}

/// An entry of a claim of the open project: the project was added before,
/// from this file or from a copy of it elsewhere (same claims, another
/// path). Any entry from this file is; from another file, a claim is known
/// by its id (random, so two projects hardly share one) with its text as
/// reviewed or its quote.
fn is_own_claim(hit: &Hit, path: Option<&Path>, project: &Project) -> bool {
    if path.is_some_and(|path| hit.entry.origin == path.to_string_lossy()) {
        return true;
    }
    let Some((_, id)) = hit.entry.key.rsplit_once("#claim-") else {
        return false;
    };
    let text = hit.entry.claim.trim();
    project.claims.iter().any(|c| {
        c.id.0.to_string() == id && (text == c.reviewed.trim() || text == c.span.quote.trim())
    })
}
