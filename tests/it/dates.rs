//! Dates that are not in the calendar (2025-02-30, 2025-13-01) are kept as
//! typed, never crash anything, and are named: inline in the editor and as a
//! warning in the check before export.

use std::process::Command;

use claimdesk::export::check_report;
use claimdesk::io::{load_project, save_project};
use claimdesk::model::WarningKind;
use egui_kittest::kittest::Queryable;

use crate::window::{copy_sample, harness};

fn sample_with_bad_dates(dir: &std::path::Path) -> std::path::PathBuf {
    let path = copy_sample(dir, "dates.ron");
    let mut project = load_project(&path).unwrap();
    project.claims[0].claim_date = "2025-02-30".into();
    project.sources[0].date_accessed = "2025-13-01".into();
    project.article.meta.date_published = "2025-10-32".into();
    save_project(&project, &path).unwrap();
    path
}

#[test]
fn impossible_dates_load_unchanged_and_are_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_with_bad_dates(dir.path());
    let project = load_project(&path).unwrap();
    assert_eq!(project.claims[0].claim_date, "2025-02-30");
    assert_eq!(project.sources[0].date_accessed, "2025-13-01");
    let bad: Vec<String> = check_report(&project)
        .into_iter()
        .filter(|w| matches!(w.kind, WarningKind::BadDate { .. }))
        .map(|w| w.to_string())
        .collect();
    assert_eq!(bad.len(), 3, "{bad:#?}");
    assert!(bad.iter().any(|w| w.contains("\"2025-10-32\"")));
    let claim = format!(
        "claim {}: the claim date \"2025-02-30\" is not a date",
        project.claims[0].id.0
    );
    assert!(bad.iter().any(|w| w.starts_with(&claim)), "{bad:#?}");
    assert!(
        bad.iter()
            .any(|w| w.contains("access date \"2025-13-01\" is not a date"))
    );
}

#[test]
fn check_on_the_command_line_names_impossible_dates_and_still_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_with_bad_dates(dir.path());
    let out = Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .arg("check")
        .arg(&path)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("the claim date \"2025-02-30\" is not a date: there is no such date"),
        "{stdout}"
    );
}

#[test]
fn the_editor_says_inline_that_a_date_is_not_in_the_calendar() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_with_bad_dates(dir.path());
    let mut h = harness(&path, &path);
    // Opening selects the first claim in article order: make sure it is claims[0].
    let first = load_project(&path).unwrap().claims[0].id;
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(&ctx, claimdesk::ui::Command::SelectClaim(Some(first)));
    h.run_steps(2);
    h.get_by_label_contains("2025-02-30 is not a date in the calendar");
    // Nothing was changed to make it fit.
    assert_eq!(h.state().project().claims[0].claim_date, "2025-02-30");
}
