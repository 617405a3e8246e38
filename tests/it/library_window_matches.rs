//! What the Library tab lists and says: not the claim itself when the
//! library holds a copy of the open project, no weak matches, entries the
//! command line added while the window was open, and how to fill an empty
//! library. Each window uses a library in a temporary folder.

use std::path::Path;

use claimdesk::app::ClaimDeskApp;
use claimdesk::library::{AddFormat, Library};
use claimdesk::model::ClaimId;
use claimdesk::ui::library_panel::{Matches, empty_library, no_close_match};
use claimdesk::ui::{Command, Tab};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::library_window::{feed, ready, wait_for, window};
use crate::window::copy_sample;

/// Two ClaimReviews about nothing in the sample project.
const UNRELATED: &str = r#"[{"@context": "https://schema.org", "@type": "ClaimReview",
  "url": "https://checks.example.org/moon-cheese", "claimReviewed": "The moon is made of cheese",
  "reviewRating": {"@type": "Rating", "alternateName": "Pants on fire"}},
 {"@context": "https://schema.org", "@type": "ClaimReview",
  "url": "https://checks.example.org/vaccine-chips",
  "claimReviewed": "Covid vaccines contain microchips that track people",
  "reviewRating": {"@type": "Rating", "alternateName": "False"}}]"#;

fn add(library: &Path, files: &[&Path]) {
    let mut l = Library::open(library).unwrap();
    let paths: Vec<_> = files.iter().map(|p| p.to_path_buf()).collect();
    assert!(!l.add_paths(&paths, AddFormat::Auto).unwrap().failed());
}

/// Selects the claim whose restatement starts with `start` on the Library tab
/// and waits for its "Checked before" list.
fn checked_before(h: &mut Harness<'static, ClaimDeskApp>, start: &str) -> ClaimId {
    let id = h
        .state()
        .project()
        .claims
        .iter()
        .find(|c| c.reviewed.starts_with(start))
        .unwrap()
        .id;
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Command::SelectClaim(Some(id)));
    h.state_mut().apply(&ctx, Command::ShowTab(Tab::Library));
    wait_for(h, "the Checked before list", |app| {
        ready(app.library_matches().0).is_some()
    });
    id
}

#[test]
fn a_copy_of_the_open_project_is_not_listed_as_its_own_earlier_check() {
    let dir = tempfile::tempdir().unwrap();
    let lib = tempfile::tempdir().unwrap();
    // The library holds a copy of the project (same claims, another path).
    let copy = copy_sample(dir.path(), "copy.ron");
    let feed_path = dir.path().join("feed.json");
    std::fs::write(&feed_path, feed()).unwrap();
    add(lib.path(), &[&copy, &feed_path]);
    let project = copy_sample(dir.path(), "open.ron");
    let mut h = window(&project, lib.path());
    let golf = checked_before(&mut h, "Takaichi gave Trump");
    let hits = ready(h.state().library_matches().0).unwrap().to_vec();
    assert!(
        hits.iter()
            .all(|hit| !hit.entry.key.ends_with(&format!("#claim-{}", golf.0))),
        "the claim itself (from copy.ron) is listed: {hits:?}"
    );
    assert!(
        hits.iter()
            .any(|hit| hit.entry.key == "https://checks.example.org/abe-golf-club"),
        "{hits:?}"
    );
}

#[test]
fn weak_matches_are_not_listed_and_the_list_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let lib = tempfile::tempdir().unwrap();
    let unrelated = dir.path().join("unrelated.json");
    std::fs::write(&unrelated, UNRELATED).unwrap();
    add(lib.path(), &[&unrelated]);
    let project = copy_sample(dir.path(), "check.ron");
    let mut h = window(&project, lib.path());
    // A search always has a best entry, however unlike the claim.
    let weak = Library::open(lib.path())
        .unwrap()
        .search("Japan and the US newly agreed a $550 billion deal", 5)
        .unwrap();
    assert!(!weak.is_empty());
    checked_before(&mut h, "Japan and the US newly agreed");
    assert_eq!(h.state().library_matches().0, &Matches::Ready(Vec::new()));
    assert_eq!(
        no_close_match(&h.ctx, 2),
        "No close match in the library (2 entries)."
    );
    assert!(h.query_by_label(&no_close_match(&h.ctx, 2)).is_some());
}

#[test]
fn entries_added_while_the_window_is_open_are_found_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let lib = tempfile::tempdir().unwrap();
    let feed_path = dir.path().join("feed.json");
    std::fs::write(&feed_path, feed()).unwrap();
    add(lib.path(), &[&feed_path]);
    let project = copy_sample(dir.path(), "check.ron");
    let mut h = window(&project, lib.path());
    checked_before(&mut h, "Takaichi gave Trump");

    // `claimdesk library add` in another process, while the window is open.
    let unrelated = dir.path().join("unrelated.json");
    std::fs::write(&unrelated, UNRELATED).unwrap();
    add(lib.path(), &[&unrelated]);

    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(&ctx, Command::SearchLibrary("moon made of cheese".into()));
    wait_for(&mut h, "the search box's matches", |app| {
        ready(app.library_matches().1).is_some()
    });
    let found = ready(h.state().library_matches().1).unwrap();
    assert_eq!(
        found.first().map(|hit| hit.entry.key.as_str()),
        Some("https://checks.example.org/moon-cheese")
    );

    // Saving adds the project without dropping the other process's file
    // from the library's list.
    h.state_mut().apply(&ctx, Command::Save);
    wait_for(&mut h, "the library to add the saved project", |app| {
        app.library_note().is_some_and(|n| n.contains("check.ron"))
    });
    let library = Library::open(lib.path()).unwrap();
    let listed: Vec<_> = library
        .manifest()
        .files
        .iter()
        .map(|f| Path::new(&f.path).file_name().unwrap().to_owned())
        .collect();
    assert_eq!(listed, ["feed.json", "unrelated.json", "check.ron"]);
}

#[test]
fn an_empty_library_says_how_to_fill_it() {
    let dir = tempfile::tempdir().unwrap();
    let lib = tempfile::tempdir().unwrap();
    let project = copy_sample(dir.path(), "check.ron");
    let mut h = window(&project, lib.path());
    checked_before(&mut h, "Takaichi gave Trump");
    assert!(empty_library(&h.ctx).contains("claimdesk library add"));
    assert!(empty_library(&h.ctx).contains("Add projects to the library when saved"));
    assert!(h.query_by_label(&empty_library(&h.ctx)).is_some());
}

#[test]
fn opening_the_library_tab_again_searches_again() {
    let dir = tempfile::tempdir().unwrap();
    let lib = tempfile::tempdir().unwrap();
    let project = copy_sample(dir.path(), "check.ron");
    let mut h = window(&project, lib.path());
    checked_before(&mut h, "Takaichi gave Trump");
    assert!(h.query_by_label(&empty_library(&h.ctx)).is_some());

    // `claimdesk library add` while the window shows the list.
    let feed_path = dir.path().join("feed.json");
    std::fs::write(&feed_path, feed()).unwrap();
    add(lib.path(), &[&feed_path]);
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Command::ShowTab(Tab::Claim));
    h.run_steps(2);
    h.state_mut().apply(&ctx, Command::ShowTab(Tab::Library));
    h.run_steps(1);
    wait_for(&mut h, "the Checked before list", |app| {
        ready(app.library_matches().0).is_some_and(|hits| !hits.is_empty())
    });
    let hits = ready(h.state().library_matches().0).unwrap();
    assert_eq!(
        hits[0].entry.key,
        "https://checks.example.org/abe-golf-club"
    );
}

/// Issue 29: the search box leaves out the open project's own claims (a
/// copy of it is in the library), shows each match's strength and score,
/// cuts matches too weak to matter, and its Link button names the claim.
#[test]
fn the_search_box_scores_cuts_and_leaves_out_the_open_projects_claims() {
    let dir = tempfile::tempdir().unwrap();
    let lib = tempfile::tempdir().unwrap();
    let copy = copy_sample(dir.path(), "copy.ron");
    let feed_path = dir.path().join("feed.json");
    std::fs::write(&feed_path, feed()).unwrap();
    let unrelated = dir.path().join("unrelated.json");
    std::fs::write(&unrelated, UNRELATED).unwrap();
    add(lib.path(), &[&copy, &feed_path, &unrelated]);
    let project = copy_sample(dir.path(), "open.ron");
    let mut h = window(&project, lib.path());
    let golf = checked_before(&mut h, "Takaichi gave Trump");
    let number = h.state().project().claim_number(golf).unwrap();

    // Without the cut-off and the filter, the library itself would answer
    // with the project's claims and the unrelated checks.
    let raw = Library::open(lib.path())
        .unwrap()
        .search("Trump golf club from Abe", 24)
        .unwrap();
    assert!(raw.iter().any(|h| h.entry.origin.ends_with("copy.ron")));
    assert!(
        raw.iter()
            .any(|h| h.score < claimdesk::library::SEARCH_FLOOR),
        "the library answers with weak matches too"
    );

    let ctx = h.ctx.clone();
    h.state_mut().apply(
        &ctx,
        Command::SearchLibrary("Trump golf club from Abe".into()),
    );
    wait_for(&mut h, "the search box's matches", |app| {
        ready(app.library_matches().1).is_some()
    });
    let found = ready(h.state().library_matches().1).unwrap().to_vec();
    assert!(
        found
            .iter()
            .all(|hit| !hit.entry.origin.ends_with("copy.ron")),
        "the open project's own claims are left out: {found:?}"
    );
    assert!(
        found
            .iter()
            .all(|hit| hit.score >= claimdesk::library::SEARCH_FLOOR),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .all(|hit| !hit.entry.key.contains("moon-cheese"))
    );
    let golf_check = found
        .iter()
        .find(|hit| hit.entry.key == "https://checks.example.org/abe-golf-club")
        .expect("the feed's check is found");
    let strength = claimdesk::ui::library_panel::strength_text(&h.ctx, golf_check.score);
    assert!(h.query_by_label(&strength).is_some(), "{strength}");
    assert!(
        h.query_all_by_label(&claimdesk::ui::library_panel::link_label(&h.ctx, number))
            .next()
            .is_some()
    );
    assert!(h.query_by_label("Link as previous check").is_none());

    // A search like nothing in the library lists nothing.
    h.state_mut().apply(
        &ctx,
        Command::SearchLibrary("Japan and the US newly agreed a $550 billion deal".into()),
    );
    wait_for(&mut h, "the search box's matches", |app| {
        ready(app.library_matches().1).is_some()
    });
    let found = ready(h.state().library_matches().1).unwrap();
    assert!(
        found
            .iter()
            .all(|hit| hit.score >= claimdesk::library::SEARCH_FLOOR),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .all(|hit| !hit.entry.key.contains("moon-cheese"))
    );
}

/// Issue 29: Library tab › Add past checks… › A folder… reads the folder
/// as `claimdesk library add` does, on the library's thread, and names
/// what it skipped.
#[test]
fn add_past_checks_from_the_window_names_what_it_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let lib = tempfile::tempdir().unwrap();
    let project = copy_sample(dir.path(), "check.ron");
    // `window` answers the chooser with the folder `past-checks` beside the project.
    let past = dir.path().join("past-checks");
    std::fs::create_dir(&past).unwrap();
    std::fs::write(past.join("feed.json"), feed()).unwrap();
    std::fs::write(past.join("empty.json"), "{\"@type\": \"WebPage\"}").unwrap();
    std::fs::write(past.join("notes.txt"), "not a check").unwrap();
    let mut h = window(&project, lib.path());
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Command::ShowTab(Tab::Library));
    h.run_steps(2);
    h.get_by_label("Add past checks…").click();
    h.run_steps(2);
    h.get_by_label("A folder…").click();
    h.run_steps(1);
    wait_for(&mut h, "the past checks to be added", |app| {
        !app.library_adding()
    });
    let library = Library::open(lib.path()).unwrap();
    let listed: Vec<_> = library
        .manifest()
        .files
        .iter()
        .map(|f| Path::new(&f.path).file_name().unwrap().to_owned())
        .collect();
    assert_eq!(listed, ["feed.json"]);
    let note = h.state().library_note().unwrap().to_owned();
    assert!(note.starts_with("Added 1 past check from 1 file"), "{note}");
    assert!(h.query_by_label("Past checks added").is_some());
    let body = format!(
        "{note}\n\nSkipped {}: no ClaimReview in it\n1 other file in the folders is not a project, ClaimReview or TSV file",
        past.join("empty.json").display()
    );
    assert!(h.query_by_label(&body).is_some(), "{body}");
}
