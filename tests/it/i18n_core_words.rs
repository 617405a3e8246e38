//! What the core tells the window, in the window's language: an opened
//! article's notes and preview, undo steps' names, what a Sync brought in and
//! the Desk tab's queue, merge conflicts, the re-anchoring review, an
//! annotation import's report, page labels. Each walk runs in the
//! pseudo-language (en-XA) and fails on any visible label or accessible name
//! that did not come from the catalog (`i18n_window::offenders`).

use std::path::Path;

use claimdesk::app::ClaimDeskApp;
use claimdesk::edit::{Action, review};
use claimdesk::i18n::{Catalog, Lang, Message, Value};
use claimdesk::io::{import_article, project_to_ron, save_project};
use claimdesk::model::{ClaimStatus, Project, VerdictId};
use claimdesk::ui::{Command, ReviewStep, Tab};
use eframe::egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::desk_cli::{desk, numbered};
use crate::i18n_window::{offenders, untranslated};
use crate::window::{copy_sample, harness_in_language, until};

type Window = Harness<'static, ClaimDeskApp>;

fn run(h: &mut Window, command: Command) {
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, command);
    h.run_steps(3);
}

fn pseudo(id: &str) -> String {
    claimdesk::i18n::text(Lang::EnXa, id)
}

/// The project as its file would hold it: every title, quote and name the
/// window may show as data.
fn data_of(h: &Window) -> String {
    project_to_ron(h.state().project()).unwrap_or_default()
}

fn check(report: Vec<String>) {
    assert!(
        report.is_empty(),
        "{} texts not from the catalog:\n{}",
        report.len(),
        report.join("\n")
    );
}

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[test]
fn an_opened_articles_preview_and_notes_are_in_the_windows_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_sample(dir.path(), "p.ron");
    let sample = std::fs::read_to_string(&file).unwrap();
    let mut report = Vec::new();
    let mut with_notes = 0;
    for name in [
        "intake/split-story.html",
        "intake/split-story-divs.html",
        "intake/cp1252-page.html",
        "intake/debate.srt",
        "intake/council.vtt",
        "intake/rail-fares.docx",
        "intake/rail-fares.md",
        "pdf/one-column.pdf",
    ] {
        let path = fixture(name);
        let imported = import_article(&path).unwrap();
        with_notes += usize::from(!imported.notes.is_empty());
        // What the file itself says: its title, byline, text.
        // What the file itself says (its title, byline, text), and the
        // project open behind the preview.
        let data = format!(
            "{}\n{}\n{sample}",
            serde_json::to_string(&imported.article.meta).unwrap(),
            imported.article.text
        );
        let mut h = harness_in_language(&file, &dir.path().join("saved.ron"), Lang::EnXa);
        run(&mut h, Command::Open(path));
        until(&mut h, "the article to be read", |h| {
            !h.state().intake_running()
        });
        let create = pseudo("dialog-create-project");
        assert!(h.query_by_label(&create).is_some(), "{name}: a preview");
        offenders(&h, &data, &format!("{name} preview"), &mut report);
        h.get_by_label(&create).click();
        h.run_steps(3);
        // The status bar: "Opened the article · note · note".
        let (message, _) = h.state().message().cloned().unwrap();
        if untranslated(&message, &data) {
            report.push(format!("{name}: status: {message:?}"));
        }
    }
    assert!(with_notes >= 6, "files with notes to show: {with_notes}");
    check(report);
}

#[test]
fn undo_steps_are_named_in_the_windows_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_sample(dir.path(), "p.ron");
    let mut h = harness_in_language(&file, &dir.path().join("saved.ron"), Lang::EnXa);
    h.state_mut().set_user_name("Ana");
    let p = h.state().project().clone();
    let (_, first) = p.claims_in_order()[0];
    let mut set_verdict = first.clone();
    set_verdict.verdict = Some(VerdictId(1));
    set_verdict.rationale.push_str(" More.");
    let mut rationale = first.clone();
    rationale.rationale.push_str(" More.");
    let mut report = Vec::new();
    for (name, command) in [
        (
            "edit rationale",
            Command::Edit(Action::UpdateClaim(rationale)),
        ),
        (
            "edit claim",
            Command::Edit(Action::UpdateClaim(set_verdict)),
        ),
        (
            "edit project title",
            Command::Edit(Action::SetTitle("X".into())),
        ),
        (
            "mark ready",
            Command::Review(ReviewStep::MarkReady {
                claim: first.id,
                confirmed: true,
            }),
        ),
    ] {
        run(&mut h, command);
        let data = data_of(&h);
        assert!(h.state().document().undo_label().is_some(), "{name}");
        let edit = pseudo("menu-edit");
        h.query_all_by_label(&edit).next().unwrap().click();
        h.run_steps(2);
        let undo = h
            .state()
            .document()
            .undo_label()
            .map(|m| m.text(Lang::EnXa))
            .unwrap();
        assert!(
            h.query_by_label_contains(&undo).is_some(),
            "{name}: the Edit menu names the step: {undo}"
        );
        offenders(&h, &data, &format!("Edit menu after {name}"), &mut report);
        h.key_press(Key::Escape);
        h.run_steps(2);
    }
    check(report);
}

#[test]
fn what_a_sync_brought_in_and_the_desk_queue_are_in_the_windows_language() {
    let desk = desk();
    let window = |clone: &Path, name: &str| {
        let mut h = harness_in_language(
            &clone.join("tokyo.ron"),
            &desk.dir.path().join("elsewhere.ron"),
            Lang::EnXa,
        );
        h.state_mut().set_user_name(name);
        h.run_steps(2);
        h
    };
    let mut ann = window(&desk.ann, "Ann");
    let mut ben = window(&desk.ben, "Ben");
    let sync = |h: &mut Window| {
        run(h, Command::Sync);
        until(h, "the Sync", |h| !h.state().desk_busy());
    };
    // Ann works on two claims; Ben approves one, comments on another.
    let p = ann.state().project().clone();
    let mut c = numbered(&p, 1);
    c.rationale = "Ann's rationale".into();
    run(&mut ann, Command::Edit(Action::UpdateClaim(c)));
    sync(&mut ann);
    sync(&mut ben);
    let p = ben.state().project().clone();
    let approvable: Vec<_> = p
        .claims_in_order()
        .into_iter()
        .filter(|(_, c)| {
            c.status == ClaimStatus::ReadyForReview
                && review::approval_blocker(&p, c, "Ben").is_none()
        })
        .map(|(_, c)| c.id)
        .collect();
    assert!(!approvable.is_empty(), "the sample has a claim to approve");
    for claim in approvable {
        run(
            &mut ben,
            Command::Review(ReviewStep::Approve {
                claim,
                confirmed: true,
            }),
        );
    }
    // One for Ann to sign off: a verdict Ben set, marked ready.
    let mut open = p
        .claims_in_order()
        .into_iter()
        .map(|(_, c)| c.clone())
        .find(|c| c.status == ClaimStatus::InProgress)
        .expect("the sample has a claim in progress");
    open.verdict = Some(p.scale.verdicts[0].id);
    let open_id = open.id;
    run(&mut ben, Command::Edit(Action::UpdateClaim(open)));
    run(
        &mut ben,
        Command::Review(ReviewStep::MarkReady {
            claim: open_id,
            confirmed: true,
        }),
    );
    let second = numbered(&p, 2).id;
    run(
        &mut ben,
        Command::Review(ReviewStep::Comment {
            claim: second,
            text: "Ann, which statement?".into(),
        }),
    );
    sync(&mut ben);
    sync(&mut ann);
    let data = format!(
        "{}\n{}",
        data_of(&ann),
        desk.dir.path().display() // the desk's folder, shown as it is
    );
    let (message, _) = ann.state().message().cloned().unwrap();
    assert!(message.contains("Ben"), "{message}");
    let mut report = Vec::new();
    if untranslated(&message, &data) {
        report.push(format!("status: {message:?}"));
    }
    run(&mut ann, Command::ShowTab(Tab::Desk));
    let verdict_by = Message::new("queue-verdict-by").arg("name", "Ben");
    assert!(
        ann.query_by_label_contains(&verdict_by.text(Lang::EnXa))
            .is_some(),
        "Ann's queue has Ben's verdict to sign off"
    );
    offenders(&ann, &data, "Desk tab", &mut report);
    check(report);
}

/// The lines of what came in, joined in every language, carry no English
/// but the names and titles they were given.
#[test]
fn the_summary_of_what_came_in_joins_as_each_language_does() {
    let claims = |numbers: &[usize]| {
        Value::And(
            numbers
                .iter()
                .map(|&n| Message::new("sync-claim").arg("number", n).into())
                .collect(),
        )
    };
    let person = Message::new("sync-person").arg("who", "Ben").arg(
        "deeds",
        Value::Comma(vec![
            Message::new("sync-approved")
                .arg("claims", claims(&[3, 7]))
                .into(),
            Message::new("sync-commented")
                .arg("claims", claims(&[5]))
                .into(),
        ]),
    );
    let line = Message::new("sync-project-changes")
        .arg("title", "Tokyo speech")
        .arg("changes", Value::Sentences(vec![person.into()]));
    assert_eq!(
        line.to_string(),
        "Tokyo speech: Ben approved #3 and #7, commented on #5"
    );
    let pseudo = Catalog::get(Lang::EnXa).message(&line);
    assert!(!untranslated(&pseudo, "Tokyo speech Ben"), "{pseudo}");
    assert_eq!(
        Catalog::get(Lang::Ja).message(&line),
        "Tokyo speech：Benが#3と#7を承認、#5にコメント"
    );
}

#[test]
fn merge_conflicts_are_named_in_the_windows_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_sample(dir.path(), "p.ron");
    let base = claimdesk::io::load_project(&file).unwrap();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.claims[0].rationale = "Ours says this.".into();
    theirs.claims[0].rationale = "Theirs says that.".into();
    ours.claims[1].verdict = Some(VerdictId(1));
    theirs.claims[1].verdict = None;
    ours.sources[0].title = "Our title".into();
    theirs.sources[0].title = "Their title".into();
    ours.settings.publish_approved_only = !base.settings.publish_approved_only;
    theirs.settings.reviewer = "Someone else".into();
    ours.settings.reviewer = "Us".into();
    let merged = claimdesk::merge::merge(&base, &ours, &theirs).unwrap();
    assert!(
        merged.project.conflicts.len() >= 3,
        "{:?}",
        merged.project.conflicts
    );
    save_project(&merged.project, &file).unwrap();
    let mut h = harness_in_language(&file, &dir.path().join("saved.ron"), Lang::EnXa);
    let data = data_of(&h);
    let mut report = Vec::new();
    run(&mut h, Command::ShowTab(Tab::Conflicts));
    offenders(&h, &data, "Conflicts tab", &mut report);
    // The stored English place is not what the window shows.
    let stored = &h.state().project().conflicts[0].place;
    assert!(h.query_by_label(stored).is_none(), "{stored}");
    h.query_all_by_label(&pseudo("conflict-take-theirs"))
        .next()
        .unwrap()
        .click();
    h.run_steps(3);
    let (message, _) = h.state().message().cloned().unwrap();
    if untranslated(&message, &data) {
        report.push(format!("status: {message:?}"));
    }
    check(report);
}

#[test]
fn the_replace_review_and_an_import_report_are_in_the_windows_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_sample(dir.path(), "p.ron");
    let old = claimdesk::io::load_project(&file).unwrap();
    // A new version: the first claim's quote reworded, the last one gone.
    let mut text = old.article.text.clone();
    let (_, first) = old.claims_in_order()[0];
    text = text.replacen(
        &first.span.quote,
        &first.span.quote.replacen(' ', "  x ", 1),
        1,
    );
    let (_, last) = *old.claims_in_order().last().unwrap();
    text = text.replacen(&last.span.quote, "", 1);
    std::fs::write(dir.path().join("p.txt"), format!("Corrected.\n{text}")).unwrap();
    let mut h = harness_in_language(&file, &file, Lang::EnXa);
    let data = format!("{}\nCorrected.\n{text}", data_of(&h));
    let mut report = Vec::new();
    run(&mut h, Command::ReplaceArticleDialog);
    let heading = pseudo("dialog-replace-the-article-with-this");
    until(&mut h, "the review", |h| {
        h.query_by_label(&heading).is_some()
    });
    offenders(&h, &data, "Replace review", &mut report);
    h.key_press(Key::Escape);
    h.run_steps(3);

    // Annotations from a Hypothesis export, some not found.
    let project: Project = crate::import_formats::without_claims();
    let path = dir.path().join("desk.ron");
    save_project(&project, &path).unwrap();
    let quotes = crate::import_formats::sample_quotes(&crate::import_formats::sample_project());
    let q: Vec<&str> = quotes.iter().map(String::as_str).collect();
    std::fs::write(
        dir.path().join("desk.json"),
        crate::import_formats::hypothesis_export(&project.article.text, &q),
    )
    .unwrap();
    let mut h = harness_in_language(&path, &path, Lang::EnXa);
    run(&mut h, Command::ImportAnnotationsDialog);
    until(&mut h, "the import", |h| {
        !h.state().annotation_import_running()
    });
    let data = format!("{}\n{}", data_of(&h), q.join("\n"));
    let (message, _) = h.state().message().cloned().unwrap();
    if untranslated(&message, &data) {
        report.push(format!("import status: {message:?}"));
    }
    assert!(
        h.query_by_label(&pseudo("msg-annotations-imported"))
            .is_some(),
        "the report lists what to look at"
    );
    offenders(&h, &data, "Import report", &mut report);
    check(report);
}

#[test]
fn a_claims_page_is_labelled_in_the_windows_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_sample(dir.path(), "p.ron");
    let mut h = harness_in_language(&file, &dir.path().join("saved.ron"), Lang::EnXa);
    run(&mut h, Command::Open(fixture("pdf/one-column.pdf")));
    until(&mut h, "the PDF", |h| !h.state().intake_running());
    h.get_by_label(&pseudo("dialog-create-project")).click();
    h.run_steps(3);
    let text = h.state().project().article.text.clone();
    let start = text.chars().count() / 2;
    run(
        &mut h,
        Command::MarkClaim {
            start,
            end: start + 12,
            open_editor: true,
        },
    );
    let location = h.state().project().article.location(start, start + 12);
    let page = claimdesk::i18n::format(
        Lang::EnXa,
        "place-page",
        &[("page", location.first_page.unwrap().into())],
    );
    assert!(
        h.query_all_by_label_contains(&page).next().is_some(),
        "the claim list names the page: {page}"
    );
    let mut report = Vec::new();
    offenders(&h, &data_of(&h), "Claim tab of a PDF", &mut report);
    check(report);
}

/// Literals shaped like message ids that are something else.
const NOT_MESSAGES: [&str; 2] = [
    // The id of a W3C annotation in an export (`export/annotations.rs`).
    "annotations-page-1",
    // A git command (`desk/sync.rs`).
    "merge-base",
];

/// Every message id written in the code exists in English: a string literal
/// shaped like an id (`note-pdf-pages`) whose first word starts catalog ids
/// (`note-…`) must be one, or the window would show the id itself.
#[test]
fn every_message_id_in_the_code_is_in_the_english_catalog() {
    let (english, _) = claimdesk::i18n::check::messages("en");
    let prefixes: std::collections::BTreeSet<&str> = english
        .keys()
        .filter_map(|id| id.split('-').next())
        .collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "crates/core/src"] {
        rust_files(&root.join(dir), &mut files);
    }
    let mut missing = Vec::new();
    let mut seen = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for literal in text.split('"').skip(1).step_by(2) {
            let looks_like_id = literal.contains('-')
                && !literal.ends_with('-')
                && literal
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && literal.split('-').all(|w| !w.is_empty());
            let Some(first) = literal.split('-').next() else {
                continue;
            };
            if !looks_like_id || !prefixes.contains(first) || NOT_MESSAGES.contains(&literal) {
                continue;
            }
            seen += 1;
            if !english.contains_key(literal) {
                missing.push(format!("{}: {literal}", file.display()));
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(seen > 500, "ids found in the code: {seen}");
    assert!(
        missing.is_empty(),
        "not in English:\n{}",
        missing.join("\n")
    );
}

pub(crate) fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Why a save or an annotation import failed, in the window's language;
/// the command line's English is what it was.
#[test]
fn save_and_annotation_import_errors_are_messages() {
    use claimdesk::import::ImportError;
    use claimdesk::io::SaveError;
    let boom = || std::io::Error::other("boom");
    let save = SaveError::Io {
        path: "a/p.ron".into(),
        step: "save-step-writing",
        error: boom(),
    };
    assert_eq!(save.to_string(), "could not save a/p.ron (writing): boom");
    let mut errors = vec![save.words(), SaveError::Serialize("boom".into()).words()];
    for step in [
        "save-step-following-link",
        "save-step-temporary-file",
        "save-step-flushing",
        "save-step-backup",
        "save-step-replacing",
        "save-step-recovery-folder",
        "save-step-reading-back",
    ] {
        errors.push(
            SaveError::Io {
                path: "a/p.ron".into(),
                step,
                error: boom(),
            }
            .words(),
        );
    }
    for e in [
        ImportError::Read("boom".into()),
        ImportError::TooLarge(60 << 20),
        ImportError::NotJson("boom".into()),
        ImportError::TooDeep,
        ImportError::TooMany(200_000),
        ImportError::NothingToImport,
    ] {
        errors.push(e.words());
    }
    let catalog = Catalog::get(Lang::EnXa);
    for m in &errors {
        let text = catalog.message(m);
        assert!(!untranslated(&text, "a/p.ron boom"), "{text}");
    }
}
