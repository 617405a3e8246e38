//! The Library tab: "Checked before" for the selected claim (searched on the
//! library's worker thread), linking a match as a previous check, the search
//! box, and adding the project to the library on save. Every window here
//! uses a library in a temporary folder, never the user's.

use std::path::Path;
use std::time::Duration;

use claimdesk::app::{AppOptions, ClaimDeskApp};
use claimdesk::library::{AddFormat, Library};
use claimdesk::ui::library_panel::Matches;
use claimdesk::ui::{Command, Tab};
use eframe::egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::window::{TestPicker, copy_sample};

const GOLF: &str =
    "Japan's prime minister gave Donald Trump a golf club that belonged to Shinzo Abe";

pub(crate) fn feed() -> String {
    format!(
        r#"{{"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [
        {{"@type": "DataFeedItem", "item": [{{"@type": "ClaimReview",
          "url": "https://checks.example.org/abe-golf-club", "claimReviewed": "{GOLF}",
          "author": {{"@type": "Organization", "name": "Example Checks"}},
          "datePublished": "2025-10-29",
          "reviewRating": {{"@type": "Rating", "alternateName": "True"}}}}]}}]}}"#
    )
}

pub(crate) fn window(project: &Path, library: &Path) -> Harness<'static, ClaimDeskApp> {
    let options = AppOptions {
        file: Some(project.to_path_buf()),
        screenshot: None,
        picker: Box::new(TestPicker {
            save_to: project.to_path_buf(),
        }),
        recovery_dir: None,
        autosave_every: Duration::ZERO,
        ask_name: false,
        library_dir: Some(library.to_path_buf()),
        library_fixed: false,
        // Window tests read English labels whatever the machine's locale.
        lang: Some(claimdesk::i18n::Lang::En),
    };
    let mut h = Harness::builder()
        .with_size([1360.0, 860.0])
        .build_eframe(move |cc| ClaimDeskApp::new(cc, options));
    h.run_steps(4);
    h
}

/// Runs frames until `done` holds (the worker answers on its own thread).
pub(crate) fn wait_for(
    h: &mut Harness<'static, ClaimDeskApp>,
    what: &str,
    done: impl Fn(&ClaimDeskApp) -> bool,
) {
    for _ in 0..500 {
        h.run_steps(1);
        if done(h.state()) {
            h.run_steps(2);
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("timed out waiting for {what}");
}

pub(crate) fn ready(m: &Matches) -> Option<&[claimdesk::library::Hit]> {
    match m {
        Matches::Ready(hits) => Some(hits),
        _ => None,
    }
}

#[test]
fn checked_before_lists_links_and_saving_adds_the_project() {
    let dir = tempfile::tempdir().unwrap();
    let lib = tempfile::tempdir().unwrap();
    let project = copy_sample(dir.path(), "check.ron");
    let feed_path = dir.path().join("feed.json");
    std::fs::write(&feed_path, feed()).unwrap();
    {
        let mut library = Library::open(lib.path()).unwrap();
        let r = library
            .add_paths(&[feed_path, project.clone()], AddFormat::Auto)
            .unwrap();
        assert!(!r.failed());
    }
    let mut h = window(&project, lib.path());
    let golf = h
        .state()
        .project()
        .claims
        .iter()
        .find(|c| c.reviewed.starts_with("Takaichi gave Trump"))
        .unwrap()
        .id;
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Command::SelectClaim(Some(golf)));
    h.state_mut().apply(&ctx, Command::ShowTab(Tab::Library));
    wait_for(&mut h, "the Checked before list", |app| {
        ready(app.library_matches().0).is_some()
    });

    let hits = ready(h.state().library_matches().0).unwrap().to_vec();
    let at = hits
        .iter()
        .position(|hit| hit.entry.key == "https://checks.example.org/abe-golf-club")
        .expect("the feed's check is listed");
    assert!(at < 3, "{hits:?}");
    assert!(
        hits.iter()
            .all(|hit| !hit.entry.key.ends_with(&format!("#claim-{}", golf.0))),
        "the claim itself is not listed"
    );
    assert!(h.query_by_label(GOLF).is_some(), "the match is shown");
    assert!(
        h.query_by_label("Example Checks · 2025-10-29 · feed.json")
            .is_some()
    );

    // The button names the claim the link goes to.
    let number = h.state().project().claim_number(golf).unwrap();
    let label = claimdesk::ui::library_panel::link_label(&h.ctx, number);
    assert_eq!(label, format!("Link to claim #{number} as previous check"));
    h.query_all_by_role_and_label(Role::Button, &label)
        .nth(at)
        .unwrap()
        .click_accesskit();
    h.run_steps(3);
    let linked = h
        .state()
        .project()
        .claim(golf)
        .unwrap()
        .previous_checks
        .clone();
    assert_eq!(linked.len(), 1);
    assert_eq!(linked[0].key, "https://checks.example.org/abe-golf-club");
    assert_eq!(linked[0].organisation, "Example Checks");
    assert_eq!(linked[0].verdict, "True");
    assert!(
        h.query_by_label(&format!("Linked to claim #{number}"))
            .is_some()
    );

    // The search box searches the library itself.
    assert!(h.query_by_label("Search the library").is_some());
    h.state_mut()
        .apply(&ctx, Command::SearchLibrary("Shinzo Abe golf club".into()));
    wait_for(&mut h, "the search box's matches", |app| {
        ready(app.library_matches().1).is_some()
    });
    let found = ready(h.state().library_matches().1).unwrap();
    assert!(
        found
            .iter()
            .take(3)
            .any(|hit| hit.entry.key == "https://checks.example.org/abe-golf-club")
    );

    // Saving adds the project (with its new link) to the library again.
    h.state_mut().apply(&ctx, Command::Save);
    wait_for(&mut h, "the library to add the saved project", |app| {
        app.library_note().is_some_and(|n| n.contains("check.ron"))
    });
    assert!(
        h.state()
            .library_note()
            .unwrap()
            .starts_with("Added check.ron")
    );
    let saved = claimdesk::io::load_project(&project).unwrap();
    assert_eq!(saved.claim(golf).unwrap().previous_checks, linked);
}

#[test]
fn window_tests_keep_the_library_off_unless_given_a_folder() {
    assert!(AppOptions::default().library_dir.is_none());
}

#[test]
fn the_search_box_searches_the_library() {
    let dir = tempfile::tempdir().unwrap();
    let lib = tempfile::tempdir().unwrap();
    let project = copy_sample(dir.path(), "check.ron");
    let feed_path = dir.path().join("feed.json");
    std::fs::write(&feed_path, feed()).unwrap();
    Library::open(lib.path())
        .unwrap()
        .add_paths(&[feed_path], AddFormat::Auto)
        .unwrap();
    let mut h = window(&project, lib.path());
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Command::ShowTab(Tab::Library));
    h.run_steps(2);
    h.get_by_label("Search the library").focus();
    h.run_steps(1);
    h.get_by_label("Search the library")
        .type_text("Shinzo Abe golf club");
    h.run_steps(2);
    h.get_by_role_and_label(Role::Button, "Search")
        .click_accesskit();
    h.run_steps(2);
    wait_for(&mut h, "the search box's matches", |app| {
        ready(app.library_matches().1).is_some()
    });
    let found = ready(h.state().library_matches().1).unwrap();
    assert_eq!(
        found[0].entry.key,
        "https://checks.example.org/abe-golf-club"
    );
}

/// `--tab library --library DIR`: the window starts on the Library tab with
/// the first claim selected and its "Checked before" list searched in DIR.
#[test]
fn library_tab_option_opens_the_first_claims_checked_before_list() {
    let dir = tempfile::tempdir().unwrap();
    let lib = tempfile::tempdir().unwrap();
    let project = copy_sample(dir.path(), "check.ron");
    {
        let mut library = Library::open(lib.path()).unwrap();
        assert!(
            !library
                .add_paths(std::slice::from_ref(&project), AddFormat::Auto)
                .unwrap()
                .failed()
        );
    }
    let options = AppOptions {
        file: Some(project.clone()),
        screenshot: None,
        picker: Box::new(TestPicker { save_to: project }),
        recovery_dir: None,
        autosave_every: Duration::ZERO,
        ask_name: false,
        library_dir: Some(lib.path().to_path_buf()),
        library_fixed: true,
        // Window tests read English labels whatever the machine's locale.
        lang: Some(claimdesk::i18n::Lang::En),
    };
    let mut h = Harness::builder()
        .with_size([1360.0, 860.0])
        .build_eframe(move |cc| {
            let mut app = ClaimDeskApp::new(cc, options);
            app.show_tab(Tab::Library);
            app
        });
    let first = h.state().project().claims.first().map(|c| c.id);
    assert!(first.is_some());
    assert_eq!(h.state().selected_claim(), first);
    wait_for(&mut h, "the Checked before list", |app| {
        ready(app.library_matches().0).is_some()
    });
    h.get_by_label_contains("Checked before");
}
