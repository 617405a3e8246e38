//! Issue 29's smaller window fixes, driven with egui_kittest: a snapshot
//! for a project never saved offers Save as… (in the article's folder,
//! under the project's title) and then attaches; a Markdown article is
//! previewed before it becomes the project.

use std::path::PathBuf;
use std::sync::mpsc::Receiver;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use claimdesk::app::{Answer, ClaimDeskApp, FilePicker, PickKind, PickRequest, answered};
use claimdesk::model::SourceId;
use claimdesk::ui::{Command, Tab};
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use super::window::harness_with_picker;

const STORY: &str = "# Council approves £4m budget for the harbour\n\n\
*By Jane Doe · The Gazette · 3 December 2026*\n\n\
The council approved a £4m budget for harbour repairs on Tuesday.\n";

const PAGE: &str = "<!doctype html><html><head><title>Budget papers</title></head><body><article>\
<h1>Budget papers</h1><p>The harbour budget for 2027 is four million pounds, the papers show. \
Repairs to the quay wall take most of it, with the rest for dredging.</p></article></body></html>";

/// Saves as `save_to`, opens `page` for a snapshot, and keeps every request.
struct Recording {
    save_to: PathBuf,
    page: PathBuf,
    requests: Arc<Mutex<Vec<PickRequest>>>,
}

impl FilePicker for Recording {
    fn pick(&mut self, request: &PickRequest, _ctx: &egui::Context) -> Receiver<Answer> {
        self.requests.lock().unwrap().push(request.clone());
        answered(match request.kind {
            PickKind::SaveProject => Answer::Chosen(self.save_to.clone()),
            PickKind::OpenArticle => Answer::Chosen(self.page.clone()),
            _ => Answer::Cancelled,
        })
    }
}

struct Setup {
    h: Harness<'static, ClaimDeskApp>,
    articles: PathBuf,
    requests: Arc<Mutex<Vec<PickRequest>>>,
    _dir: tempfile::TempDir,
}

/// A window whose project was made from `articles/story.md` and never saved.
fn from_markdown() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).unwrap();
    let story = articles.join("story.md");
    std::fs::write(&story, STORY).unwrap();
    let page = dir.path().join("papers.html");
    std::fs::write(&page, PAGE).unwrap();
    let requests = Arc::new(Mutex::new(Vec::new()));
    let picker = Recording {
        save_to: articles.join("council.ron"),
        page,
        requests: Arc::clone(&requests),
    };
    let mut h = harness_with_picker(None, Box::new(picker));
    h.run_steps(2);
    command(&mut h, Command::Open(story));
    h.get_by_label("Create project").click();
    h.run_steps(2);
    assert!(h.state().document().path.is_none());
    Setup {
        h,
        articles,
        requests,
        _dir: dir,
    }
}

fn command(h: &mut Harness<'static, ClaimDeskApp>, c: Command) {
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, c);
    h.run_steps(2);
}

fn settle(h: &mut Harness<'static, ClaimDeskApp>) {
    let start = Instant::now();
    while h.state().evidence_busy() && start.elapsed() < Duration::from_secs(20) {
        h.run_steps(1);
        std::thread::sleep(Duration::from_millis(10));
    }
    h.run_steps(2);
}

/// A source to attach to: the project made from the article has none.
fn add_source(h: &mut Harness<'static, ClaimDeskApp>) -> SourceId {
    command(h, Command::AddSource);
    let source = h.state().project().sources.last().unwrap().id;
    command(h, Command::ShowTab(Tab::Sources(Some(source))));
    source
}

#[test]
fn a_snapshot_on_an_unsaved_project_offers_save_as_then_attaches() {
    let Setup {
        mut h,
        articles,
        requests,
        _dir,
    } = from_markdown();
    let source = add_source(&mut h);
    h.get_by_label("Add snapshot…").click();
    h.run_steps(2);
    assert!(h.query_by_label("Save the project first?").is_some());
    assert!(requests.lock().unwrap().is_empty(), "nothing asked yet");
    h.get_by_label("Save as…").click_accesskit();
    h.run_steps(2);
    settle(&mut h);
    let asked = requests.lock().unwrap().clone();
    assert_eq!(asked.len(), 2, "{asked:?}");
    // Save as… starts in the article's folder, under the project's title.
    assert_eq!(asked[0].kind, PickKind::SaveProject);
    assert_eq!(asked[0].folder, articles);
    assert_eq!(
        asked[0].suggested_name,
        "council-approves-4m-budget-for-the-harbour.ron"
    );
    // Then the snapshot chooser the user asked for, and the attach.
    assert_eq!(asked[1].kind, PickKind::OpenArticle);
    assert_eq!(
        h.state().document().path.as_deref(),
        Some(articles.join("council.ron").as_path())
    );
    let snapshots = &h.state().project().source(source).unwrap().snapshots;
    assert_eq!(snapshots.len(), 1);
    assert!(
        articles
            .join("council.evidence")
            .join(snapshots[0].stored_name())
            .is_file()
    );
}

#[test]
fn cancel_leaves_the_unsaved_project_as_it_was() {
    let Setup {
        mut h,
        articles,
        requests,
        _dir,
    } = from_markdown();
    let source = add_source(&mut h);
    let before = h.state().project().clone();
    h.get_by_label("Add snapshot…").click();
    h.run_steps(2);
    h.get_by_label("Cancel").click_accesskit();
    h.run_steps(2);
    assert!(h.query_by_label("Save the project first?").is_none());
    assert!(requests.lock().unwrap().is_empty());
    assert!(h.state().document().path.is_none());
    assert_eq!(h.state().project(), &before);
    assert!(
        h.state()
            .project()
            .source(source)
            .unwrap()
            .snapshots
            .is_empty()
    );
    assert!(!articles.join("council.ron").exists());
}

#[test]
fn a_markdown_article_is_previewed_before_it_becomes_the_project() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("story.md");
    std::fs::write(&story, STORY).unwrap();
    let mut h = harness_with_picker(
        None,
        Box::new(Recording {
            save_to: dir.path().join("x.ron"),
            page: dir.path().join("none.html"),
            requests: Arc::default(),
        }),
    );
    h.run_steps(2);
    let before = h.state().project().clone();
    command(&mut h, Command::Open(story.clone()));
    assert!(
        h.query_by_label("Open this article?").is_some(),
        "a preview first"
    );
    assert_eq!(h.state().project(), &before, "nothing replaced yet");
    // What was read from the headline and the byline is shown.
    for shown in [
        "Markdown",
        "Council approves £4m budget for the harbour",
        "Jane Doe",
        "The Gazette",
        "2026-12-03",
    ] {
        assert!(h.query_by_label(shown).is_some(), "{shown}");
    }
    h.get_by_label("Create project").click();
    h.run_steps(2);
    let p = h.state().project();
    assert_eq!(p.title, "Council approves £4m budget for the harbour");
    assert_eq!(p.article.meta.author, "Jane Doe");
    assert!(p.article.text.starts_with("The council approved"));
    // Plain text still opens at once: nothing is extracted from it.
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "A plain note about the harbour budget.").unwrap();
    let mut h = harness_with_picker(
        None,
        Box::new(Recording {
            save_to: dir.path().join("x.ron"),
            page: dir.path().join("none.html"),
            requests: Arc::default(),
        }),
    );
    h.run_steps(2);
    command(&mut h, Command::Open(text));
    assert!(h.query_by_label("Open this article?").is_none());
    assert_eq!(
        h.state().project().article.text,
        "A plain note about the harbour budget."
    );
}
