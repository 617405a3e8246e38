//! Errors the window shows, in the window's language: a Sync outside a desk,
//! git's failures, a merge or a conflict that could not be settled. Each is a
//! message of the catalogs (`errors-*.ftl`); what git or the operating system
//! said stays as it said it, and the command line keeps the English.

use claimdesk::desk::{GitError, SyncError};
use claimdesk::edit::ResolveError;
use claimdesk::i18n::{Catalog, Lang, Message};
use claimdesk::io::project_to_ron;
use claimdesk::merge::MergeError;
use claimdesk::model::Problem;
use claimdesk::ui::Command;

use crate::i18n_window::untranslated;
use crate::window::{copy_sample, harness_in_language, until};

/// Each message worded in en-XA, checked for English outside the catalog;
/// `data` is what may show as it came (paths, what "git" said).
pub(crate) fn all_pseudo(messages: &[Message], data: &str) {
    let catalog = Catalog::get(Lang::EnXa);
    for m in messages {
        let text = catalog.message(m);
        assert!(!text.contains(&*m.id), "{} is not in the catalog", m.id);
        assert!(!untranslated(&text, data), "{}: {text}", m.id);
    }
}

#[test]
fn a_sync_outside_a_desk_says_why_in_the_windows_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_sample(dir.path(), "p.ron");
    let mut h = harness_in_language(&file, &dir.path().join("elsewhere.ron"), Lang::EnXa);
    h.state_mut().set_user_name("Ann");
    h.run_steps(2);
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Command::Sync);
    until(&mut h, "the Sync", |h| !h.state().desk_busy());
    let (text, is_error) = h
        .state()
        .message()
        .cloned()
        .expect("a message after the Sync");
    assert!(is_error, "{text}");
    let data = format!(
        "{} {}",
        dir.path().display(),
        project_to_ron(h.state().project()).unwrap_or_default()
    );
    // git is there (the message says the folder is not in a desk) or it is
    // missing (the message says how to install it): both from the catalog.
    assert!(!untranslated(&text, &data), "{text}");
    assert!(
        text.matches('[').count() >= 2,
        "a title and a reason: {text}"
    );
    assert!(
        text.contains(&claimdesk::i18n::text(
            Lang::EnXa,
            "desk-msg-could-not-sync"
        )),
        "{text}"
    );
}

#[test]
fn git_and_sync_errors_are_messages_the_command_line_says_in_english() {
    let (english, _) = claimdesk::i18n::check::messages("en");
    let mut messages: Vec<Message> = english
        .keys()
        .filter(|id| id.starts_with("git-doing-"))
        .map(|id| {
            GitError::Failed {
                doing: Message::new(id.clone())
                    .arg("remote", "a/desk.git")
                    .arg("file", "a/p.ron")
                    .arg("key", "merge.claimdesk.driver"),
                said: "fatal: boom".into(),
            }
            .words()
        })
        .collect();
    assert!(
        messages.len() > 20,
        "git-doing-* messages: {}",
        messages.len()
    );
    messages.extend([
        GitError::Missing.words(),
        GitError::Cancelled.words(),
        GitError::Failed {
            doing: "git-doing-fetch".into(),
            said: String::new(),
        }
        .words(),
        SyncError::Cancelled.words(),
        Message::new("sync-offline-pushed-first"),
        SyncError::Project("a/p.ron".into(), Message::new("sync-error-unreadable")).words(),
    ]);
    for id in [
        "desk-error-not-a-folder",
        "desk-error-not-in-a-desk",
        "desk-error-no-remote",
        "desk-error-not-on-a-branch",
        "desk-error-not-empty",
        "desk-error-password-in-address",
        "desk-error-cannot-read",
        "desk-error-cannot-make",
        "desk-error-cannot-write",
    ] {
        let m = Message::new(id)
            .arg("path", "a/p.ron")
            .arg("detail", "boom");
        messages.push(SyncError::NotADesk(m).words());
    }
    all_pseudo(
        &messages,
        "a/p.ron a/desk.git merge.claimdesk.driver fatal: boom `claimdesk desk join` `sudo apt install git` `xcode-select --install`",
    );

    assert_eq!(
        GitError::Failed {
            doing: "git-doing-fetch".into(),
            said: "fatal: boom".into()
        }
        .to_string(),
        "git could not fetch: fatal: boom"
    );
    assert!(
        GitError::Missing
            .to_string()
            .starts_with("ClaimDesk shares a desk through git, and git was not found"),
        "{}",
        GitError::Missing
    );
}

#[test]
fn merge_and_resolve_errors_are_messages() {
    let merge = MergeError(Message::new("merge-error-does-not-hold").arg("detail", "boom"));
    assert_eq!(
        merge.to_string(),
        "the merged project does not hold together: boom"
    );
    let mut messages = vec![
        merge.words(),
        MergeError(Message::new("merge-error-unreadable").arg("detail", "boom")).words(),
        MergeError(
            Message::new("merge-error-item-does-not-hold")
                .arg("item", "claims 4")
                .arg("detail", "boom"),
        )
        .words(),
    ];
    for id in [
        "resolve-error-already-resolved",
        "resolve-error-claim-gone",
        "resolve-error-source-gone",
        "resolve-error-article-needs-text",
        "resolve-error-cannot-take",
        "resolve-error-does-not-fit",
    ] {
        messages.push(ResolveError(Message::new(id).arg("detail", "boom")).words());
    }
    all_pseudo(&messages, "claims 4 boom");
}

#[test]
fn an_export_that_cannot_be_written_says_why_in_the_windows_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_sample(dir.path(), "p.ron");
    // A folder that does not exist: the temporary file cannot be made.
    let target = dir.path().join("missing").join("report.html");
    let mut h = harness_in_language(&file, &target, Lang::EnXa);
    h.run_steps(2);
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(&ctx, Command::Export(claimdesk::export::Format::Html));
    h.run_steps(3);
    let (text, is_error) = h
        .state()
        .message()
        .cloned()
        .expect("a message after the export");
    assert!(is_error, "{text}");
    assert!(!target.exists());
    // What the operating system said (its reason) comes as it said it.
    let os = std::fs::File::create(&target)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    let data = format!("{} {os}", dir.path().display());
    assert!(!untranslated(&text, &data), "{text}");
    assert!(
        text.matches('[').count() >= 3,
        "title, reason, step: {text}"
    );
}

#[test]
fn export_errors_are_messages() {
    let e = claimdesk::export::ExportError::Csv("boom".into());
    assert_eq!(e.to_string(), "could not write CSV: boom");
    let json = serde_json::from_str::<u8>("x").unwrap_err();
    all_pseudo(
        &[
            e.words(),
            claimdesk::export::ExportError::Json(json).words(),
        ],
        "boom expected value at line 1 column 1 JSON CSV",
    );
}

#[test]
fn archive_and_snapshot_errors_are_messages() {
    use claimdesk::archive::ArchiveError;
    use claimdesk::evidence::EvidenceError;
    let offline = ArchiveError::Offline(Message::new("error-as-said").arg("detail", "boom"));
    assert_eq!(
        offline.to_string(),
        "could not reach the archive (boom): check the network connection and try again"
    );
    let mut messages: Vec<Message> = [
        offline,
        ArchiveError::RateLimited,
        ArchiveError::Refused(403),
        ArchiveError::Unavailable(503),
        ArchiveError::TimedOut,
        ArchiveError::Offline(Message::new("archive-why-host-not-found")),
        ArchiveError::Offline(Message::new("archive-why-no-connection")),
        ArchiveError::BadAnswer(Message::new("archive-why-not-json").arg("detail", "boom")),
        ArchiveError::BadAnswer(
            Message::new("archive-why-names-no-capture").arg("address", "https://example.org/"),
        ),
        ArchiveError::BadAnswer(Message::new("archive-why-capture-without-url")),
        ArchiveError::NoCapture,
        ArchiveError::Cancelled,
    ]
    .iter()
    .map(ArchiveError::words)
    .collect();
    messages.push(claimdesk::archive::EndpointError("ftp://a".into()).words());
    let p = || std::path::PathBuf::from("a/p.ron");
    for e in [
        EvidenceError::Unsaved,
        EvidenceError::Refused(p(), claimdesk::io::ImportError::Binary),
        EvidenceError::Io(p(), std::io::Error::other("boom")),
        EvidenceError::Missing(p()),
        EvidenceError::Altered(p()),
        EvidenceError::BadName("boom".into()),
        EvidenceError::LinkedFolder(p()),
    ] {
        messages.push(e.words());
    }
    all_pseudo(
        &messages,
        "a/p.ron boom ftp://a https://example.org/ JSON 127.0.0.1 localhost [::1] HTTP 429 403 503 SHA-256 Wayback Machine",
    );
}

/// Every reason a review step is refused is a message; the command line's
/// English comes from the same catalog.
#[test]
fn review_errors_are_messages() {
    use claimdesk::edit::ReviewError;
    use claimdesk::model::{ClaimId, ClaimStatus, CommentId};
    let not_ready = ReviewError::NotReady(ClaimStatus::New);
    assert_eq!(
        not_ready.to_string(),
        "Only a claim that is Ready for review can be approved; this one is New"
    );
    let mut errors = vec![
        not_ready,
        ReviewError::NoSuchClaim(ClaimId(1)),
        ReviewError::NoSuchComment(CommentId(1)),
        ReviewError::NoName,
        ReviewError::OwnVerdict,
        ReviewError::NoVerdict,
        ReviewError::EmptyComment,
        ReviewError::EmptyNote,
        ReviewError::NeedsCorrectionNote(ClaimId(1)),
        ReviewError::ApproveBySignOff,
        ReviewError::NothingToCorrect,
    ];
    for status in [
        ClaimStatus::InProgress,
        ClaimStatus::ReadyForReview,
        ClaimStatus::Approved,
    ] {
        errors.push(ReviewError::NotReady(status));
    }
    let messages: Vec<Message> = errors.iter().map(ReviewError::message).collect();
    all_pseudo(&messages, "");
}

/// Why the library passed a file over: messages, worded in the window's
/// language by the Library tab; `claimdesk library add` says the English.
#[test]
fn the_librarys_reasons_for_a_file_are_messages() {
    use claimdesk::library::{AddFormat, Library, Outcome};
    let lib = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    std::fs::write(data.path().join("empty.json"), "{}").unwrap();
    std::fs::write(data.path().join("bad.json"), [0xff, 0xfe, 0x00]).unwrap();
    std::fs::write(data.path().join("list.tsv"), "just one column\n").unwrap();
    std::fs::write(data.path().join("notes.txt"), "x").unwrap();
    let mut library = Library::open(lib.path()).unwrap();
    let report = library
        .add_paths(
            &[
                data.path().to_path_buf(),
                data.path().join("missing.json"),
                data.path().join("notes.txt"),
            ],
            AddFormat::Auto,
        )
        .unwrap();
    let reasons: Vec<Message> = report
        .files
        .iter()
        .filter_map(|(_, o)| match o {
            Outcome::Skipped(why) | Outcome::Failed(why) => Some(why.clone()),
            _ => None,
        })
        .collect();
    let english: Vec<String> = reasons.iter().map(ToString::to_string).collect();
    assert!(
        english.contains(&"no ClaimReview in it".to_owned()),
        "{english:?}"
    );
    assert!(
        english.contains(&"no such file or folder".to_owned()),
        "{english:?}"
    );
    assert!(
        english.contains(&"not UTF-8 text".to_owned()),
        "{english:?}"
    );
    assert!(reasons.len() >= 5, "{english:?}");
    all_pseudo(
        &reasons,
        "ClaimReview .ron .json .jsonld .html TSV --format tsv",
    );
}

/// A damaged claim-finding model says why in the window's language.
#[test]
fn triage_model_errors_are_messages() {
    use claimdesk::triage::Model;
    let cut = Model::from_bytes(b"CDTRIAG1\x12\x00")
        .err()
        .expect("refused");
    let not_a_model = Model::from_bytes(b"not a model").err().expect("refused");
    assert_eq!(not_a_model.to_string(), "not a ClaimDesk triage model");
    let mut messages = vec![cut, not_a_model];
    for id in [
        "triage-error-cut-off",
        "triage-error-unknown-shape",
        "triage-error-embedding",
        "triage-error-trailing-bytes",
    ] {
        messages.push(Message::new(id));
    }
    all_pseudo(&messages, "");
}

/// A change, undo or redo refused: its reason in the window's language.
#[test]
fn edit_errors_are_messages() {
    use claimdesk::edit::{EditError, ReviewError};
    use claimdesk::model::{ClaimId, SourceId};
    let gone = EditError::NoSuchClaim(ClaimId(1024));
    assert_eq!(gone.to_string(), "claim 1024 no longer exists");
    let messages: Vec<Message> = [
        gone,
        EditError::NoSuchSource(SourceId(2)),
        EditError::DuplicateClaim(ClaimId(3)),
        EditError::DuplicateSource(SourceId(4)),
        EditError::Review(ReviewError::OwnVerdict),
    ]
    .iter()
    .map(EditError::words)
    .collect();
    all_pseudo(&messages, "");
}

/// A merge whose result does not hold together names what does not in the
/// window's language, not only its first words.
#[test]
fn a_merge_that_does_not_hold_together_says_what_in_the_windows_language() {
    let mut p = crate::common::shipped_sample();
    p.article.sha256 = "0".repeat(64);
    let Err(e) = claimdesk::merge::merge(&p, &p, &p) else {
        panic!("a stored SHA-256 the text lacks does not hold together");
    };
    let m = e.words();
    let problem = Problem::Sha256Mismatch {
        stored: "0".repeat(64),
        actual: claimdesk::model::sha256_hex(&p.article.text),
    };
    worded_inside(&m, &problem);
    assert!(e.to_string().ends_with(&problem.to_string()), "{e}");
}

/// A version of a project the Sync cannot read: its problems are worded in
/// the window's language inside the Sync's error.
#[test]
fn a_syncs_unreadable_version_says_why_in_the_windows_language() {
    let desk = crate::desk_cli::desk();
    let file = desk.ann.join("tokyo.ron");
    let text = std::fs::read_to_string(&file).unwrap();
    let stored = claimdesk::io::load_project(&file).unwrap().article.sha256;
    std::fs::write(&file, text.replace(&stored, &"0".repeat(64))).unwrap();
    let author = claimdesk::desk::Author {
        name: "Ann".into(),
        email: "ann@example.org".into(),
    };
    let e = claimdesk::desk::sync(
        &desk.ann,
        &author,
        None,
        &claimdesk::progress::Progress::new(),
    )
    .expect_err("a version that does not hold together");
    assert!(matches!(e, SyncError::Project(..)), "{e}");
    let problem = Problem::Sha256Mismatch {
        stored: "0".repeat(64),
        actual: stored,
    };
    worded_inside(&e.words(), &problem);
    assert!(e.to_string().ends_with(&problem.to_string()), "{e}");
}

/// `problem` worded in en-XA inside `m` worded in en-XA, and its English
/// nowhere there: `all_pseudo` cannot see English inside a pseudo message.
fn worded_inside(m: &Message, problem: &Problem) {
    let text = m.text(Lang::EnXa);
    all_pseudo(std::slice::from_ref(m), &problem.to_string());
    assert!(text.contains(&problem.words().text(Lang::EnXa)), "{text}");
    assert!(!text.contains(&problem.to_string()), "{text}");
}
