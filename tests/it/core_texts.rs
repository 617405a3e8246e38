//! Texts from the core that the window shows: the check's warnings and why
//! a project or an article could not be opened, in the window's language
//! (`check.ftl`, `errors.ftl`); the command line keeps them in English, and
//! the English catalog says exactly what the command line says.

use std::path::PathBuf;

use claimdesk::export::{check_report, warning_text};
use claimdesk::i18n::{self, Lang};
use claimdesk::io::{ImportError, LoadError, parse_project};
use claimdesk::model::date::DateProblem;
use claimdesk::model::{
    ClaimId, ClaimStatus, DateField, Problem, SourceId, VerdictId, WarningKind,
};
use claimdesk::ui::{Command, Tab};
use egui_kittest::kittest::Queryable;

use crate::window::{copy_sample, harness_any_script};

fn every_warning() -> Vec<WarningKind> {
    let source = SourceId(3);
    let title = || "Joint statement".to_owned();
    vec![
        WarningKind::NoVerdict,
        WarningKind::NoSource,
        WarningKind::TooFewIndependentSources { publishers: 1 },
        WarningKind::TooFewIndependentSources { publishers: 0 },
        WarningKind::NotArchived {
            source,
            title: title(),
        },
        WarningKind::SnapshotMissing {
            source,
            title: title(),
            file: "ab12.html".into(),
        },
        WarningKind::SnapshotAltered {
            source,
            title: title(),
            file: "ab12.html".into(),
        },
        WarningKind::ExcerptNotInSnapshot {
            source,
            title: title(),
        },
        WarningKind::ClaimReviewedTooLong { chars: 91 },
        WarningKind::NotApproved {
            status: ClaimStatus::ReadyForReview,
        },
        WarningKind::ApprovalStale,
        WarningKind::NoStance {
            source,
            title: title(),
        },
        WarningKind::UnresolvedComments { count: 1 },
        WarningKind::UnresolvedComments { count: 4 },
        WarningKind::NoOrganisation,
        WarningKind::NoReviewUrl,
        WarningKind::BadDate {
            field: "claim date".into(),
            what: DateField::ClaimDate,
            value: "2025-02-30".into(),
            problem: DateProblem::NoSuchDate,
        },
        WarningKind::BadDate {
            field: "source \"Joint statement\"'s access date".into(),
            what: DateField::SourceAccessed(title()),
            value: "yesterday".into(),
            problem: DateProblem::NotIso,
        },
        WarningKind::BadDate {
            field: "article's publication date".into(),
            what: DateField::ArticlePublished,
            value: "soon".into(),
            problem: DateProblem::NotIso,
        },
    ]
}

#[test]
fn english_warnings_from_the_catalog_are_the_command_lines_words() {
    for kind in every_warning() {
        assert_eq!(warning_text(&kind, Lang::En), kind.to_string());
    }
}

#[test]
fn warnings_come_in_spanish_and_arabic_with_their_plurals() {
    for lang in [Lang::Es, Lang::Ar] {
        for kind in every_warning() {
            let text = warning_text(&kind, lang);
            assert_ne!(text, kind.to_string(), "{} {kind:?}", lang.code());
        }
    }
    let four = warning_text(&WarningKind::UnresolvedComments { count: 4 }, Lang::Ar);
    assert_eq!(
        four,
        i18n::format(
            Lang::Ar,
            "check-unresolved-comments",
            &[("count", 4.into())]
        )
    );
    let bad = warning_text(&every_warning()[16], Lang::Es);
    assert!(bad.contains("2025-02-30"), "the value as typed: {bad}");
    assert!(bad.contains(&i18n::text(Lang::Es, "check-date-no-such-date")));
}

fn every_error() -> (Vec<LoadError>, Vec<ImportError>) {
    let io = || std::io::Error::new(std::io::ErrorKind::NotFound, "No such file or directory");
    let load = vec![
        LoadError::Io(PathBuf::from("desk/a.ron"), io()),
        LoadError::TooLarge {
            size: 70 << 20,
            limit: 64 << 20,
        },
        LoadError::Empty,
        LoadError::Binary,
        LoadError::NotUtf8 { line: 3 },
        LoadError::NewerVersion { found: 99 },
        LoadError::Invalid(vec![
            Problem::DuplicateClaimId(ClaimId(u64::MAX)),
            Problem::MissingVerdict {
                claim: ClaimId(1),
                number: 1,
                verdict: VerdictId(9),
            },
            Problem::SpanQuoteMismatch {
                claim: ClaimId(2),
                number: 2,
                expected: "Prime Minister".into(),
                found: "Prime minister".into(),
            },
        ]),
    ];
    let import = vec![
        ImportError::Io(PathBuf::from("a.txt"), io()),
        ImportError::TooLarge { size: 40 << 20 },
        ImportError::Empty,
        ImportError::Binary,
        ImportError::NoArticle("the page has no text".into()),
        ImportError::NotUtf8 { line: 2 },
    ];
    (load, import)
}

#[test]
fn english_errors_from_the_catalog_are_the_command_lines_words() {
    let (load, import) = every_error();
    for e in &load {
        assert_eq!(e.message(Lang::En), e.to_string());
    }
    for e in &import {
        assert_eq!(e.message(Lang::En), e.to_string());
    }
    // The syntax errors, ours and RON's.
    for bytes in [
        &b"(format_version: 7, title: \"cut"[..],
        b"(format_version: 7, 5)",
    ] {
        let e = parse_project(bytes).expect_err("not a project");
        assert_eq!(e.message(Lang::En), e.to_string());
        assert_ne!(e.message(Lang::Es), e.to_string());
    }
}

#[test]
fn errors_come_in_arabic_and_keep_what_the_system_said() {
    let (load, import) = every_error();
    for e in &load {
        assert_ne!(e.message(Lang::Ar), e.to_string(), "{e:?}");
    }
    for e in &import {
        assert_ne!(e.message(Lang::Ar), e.to_string(), "{e:?}");
    }
    assert!(
        load[0]
            .message(Lang::Ar)
            .contains("No such file or directory")
    );
    // A 64-bit id keeps every digit.
    assert!(load[6].message(Lang::Ar).contains(&u64::MAX.to_string()));
}

#[test]
fn the_check_tab_speaks_the_windows_language_and_the_command_line_english() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "desk.ron");
    let mut h = harness_any_script(&path, &path);
    let ctx = h.ctx.clone();
    h.state_mut().set_language(&ctx, Lang::Es, false);
    h.state_mut().apply(&ctx, Command::ShowTab(Tab::Check));
    h.run_steps(4);
    let project = h.state().project().clone();
    let first = check_report(&project)
        .into_iter()
        .find(|w| w.claim.is_some())
        .expect("the sample has warnings");
    let spanish = warning_text(&first.kind, Lang::Es);
    assert!(
        h.query_all_by_label_contains(&spanish).next().is_some(),
        "{spanish}"
    );
    let english = first.kind.to_string();
    assert!(h.query_all_by_label_contains(&english).next().is_none());
    // The command line's check of the same file stays English.
    let out = crate::common::claimdesk(&["check", path.to_str().unwrap_or_default()]);
    assert!(String::from_utf8_lossy(&out.stdout).contains(&english));
}

#[test]
fn a_project_that_cannot_be_opened_says_why_in_the_windows_language() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "desk.ron");
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "").unwrap();
    let mut h = harness_any_script(&path, &path);
    let ctx = h.ctx.clone();
    h.state_mut().set_language(&ctx, Lang::Ar, false);
    h.state_mut().open(&broken);
    h.run_steps(3);
    let (line, is_error) = h.state().message().cloned().expect("an error is shown");
    assert!(is_error);
    assert!(
        line.contains(&i18n::text(Lang::Ar, "error-project-empty")),
        "{line}"
    );
    assert!(!line.contains("the file is empty"));
}
