//! What the Library tab lists and says: not the claim itself when the
//! library holds a copy of the open project, no weak matches, entries the
//! command line added while the window was open, and how to fill an empty
//! library. Each window uses a library in a temporary folder.

use std::path::Path;

use claimdesk::app::ClaimDeskApp;
use claimdesk::library::{AddFormat, Library};
use claimdesk::model::ClaimId;
use claimdesk::ui::library_panel::{EMPTY_LIBRARY, Matches, no_close_match};
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
        no_close_match(2),
        "No close match in the library (2 entries)."
    );
    assert!(h.query_by_label(&no_close_match(2)).is_some());
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
    assert!(EMPTY_LIBRARY.contains("claimdesk library add"));
    assert!(EMPTY_LIBRARY.contains("Add projects to the library when saved"));
    assert!(h.query_by_label(EMPTY_LIBRARY).is_some());
}

#[test]
fn opening_the_library_tab_again_searches_again() {
    let dir = tempfile::tempdir().unwrap();
    let lib = tempfile::tempdir().unwrap();
    let project = copy_sample(dir.path(), "check.ron");
    let mut h = window(&project, lib.path());
    checked_before(&mut h, "Takaichi gave Trump");
    assert!(h.query_by_label(EMPTY_LIBRARY).is_some());

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
