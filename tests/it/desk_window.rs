//! The desk in the window: two windows on two members' clones of one desk
//! (a bare repository on `file://`) syncing in turn and both at once, the
//! incoming summary in the status bar, the Desk tab's queue, and a conflict
//! held back, resolved in the Conflicts tab and then sent.

use std::path::Path;
use std::time::Duration;

use super::desk_cli::{Desk, desk, git, numbered};
use crate::window::harness;
use claimdesk::app::ClaimDeskApp;
use claimdesk::edit::{Action, review};
use claimdesk::io::{load_project, parse_project};
use claimdesk::model::{ClaimStatus, Project};
use claimdesk::ui::{Command, ReviewStep, Tab};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

type Window = Harness<'static, ClaimDeskApp>;

fn window(desk: &Desk, clone: &Path, name: &str) -> Window {
    let mut h = harness(
        &clone.join("tokyo.ron"),
        &desk.dir.path().join("elsewhere.ron"),
    );
    h.state_mut().set_user_name(name);
    h.run_steps(2);
    h
}

fn run(h: &mut Window, command: Command) {
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, command);
    h.run_steps(2);
}

/// Frames until no Sync runs in any of `windows` (git runs on worker threads).
fn settle(windows: &mut [&mut Window]) {
    for _ in 0..6000 {
        for h in windows.iter_mut() {
            h.run_steps(1);
        }
        if windows.iter().all(|h| !h.state().desk_busy()) {
            for h in windows.iter_mut() {
                h.run_steps(2);
            }
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("a Sync did not finish");
}

fn sync(h: &mut Window) {
    run(h, Command::Sync);
    settle(&mut [h]);
}

fn set_rationale(h: &mut Window, n: usize, text: &str) {
    let mut c = numbered(h.state().project(), n);
    c.rationale = text.into();
    run(h, Command::Edit(Action::UpdateClaim(c)));
}

fn remote(desk: &Desk) -> Project {
    parse_project(git(&desk.shared, &["show", "main:tokyo.ron"]).as_bytes()).unwrap()
}

#[test]
fn two_windows_sync_in_turn_and_hear_what_came_in() {
    let desk = desk();
    let mut ann = window(&desk, &desk.ann, "Ann");
    let mut ben = window(&desk, &desk.ben, "Ben");

    set_rationale(&mut ann, 1, "Ann's rationale");
    sync(&mut ann);
    assert!(ann.query_by_label_contains("Synced").is_some());
    assert!(!ann.state().document().is_dirty(), "saved first");
    assert_eq!(numbered(&remote(&desk), 1).rationale, "Ann's rationale");

    let p = ben.state().project().clone();
    let (n, claim) = p
        .claims_in_order()
        .into_iter()
        // Not #1: Ann's new rationale there would withdraw the approval.
        .find(|(n, c)| *n != 1 && review::approval_blocker(&p, c, "Ben").is_none())
        .map(|(n, c)| (n, c.id))
        .unwrap();
    run(
        &mut ben,
        Command::Review(ReviewStep::Approve {
            claim,
            confirmed: true,
        }),
    );
    sync(&mut ben);
    assert_eq!(
        numbered(ben.state().project(), 1).rationale,
        "Ann's rationale",
        "Ann's edit is in Ben's window"
    );
    assert!(ben.query_by_label_contains("Ann edited #1").is_some());

    sync(&mut ann);
    assert_eq!(
        numbered(ann.state().project(), n).status,
        ClaimStatus::Approved
    );
    assert!(
        ann.query_by_label_contains(&format!("Ben approved #{n}"))
            .is_some(),
        "the summary says what came in"
    );
    // The activity list holds Ben's approval too.
    assert!(
        numbered(ann.state().project(), n)
            .activity
            .iter()
            .any(|a| a.who == "Ben" && a.event == claimdesk::model::Event::Approved)
    );

    // The Desk tab: the project with its claims by status, and Ann's queue.
    run(&mut ann, Command::ShowTab(Tab::Desk));
    assert!(
        ann.query_by_label_contains("Waiting for your sign-off")
            .is_some()
    );
    let q = ann.state().desk_queue().unwrap().clone();
    assert_eq!(q.projects.len(), 1);
    assert!(q.projects[0].approved >= 1);
    // A row opens the project at that claim.
    let item = q.sign_off.last().unwrap();
    run(&mut ann, Command::SelectClaim(None));
    ann.get_by_label(&format!("#{}: {} ({})", item.number, item.text, item.note))
        .click();
    ann.run_steps(3);
    assert_eq!(ann.state().selected_claim(), Some(item.claim));
}

#[test]
fn two_windows_syncing_at_once_both_arrive() {
    let desk = desk();
    let mut ann = window(&desk, &desk.ann, "Ann");
    let mut ben = window(&desk, &desk.ben, "Ben");
    set_rationale(&mut ann, 1, "Ann at once");
    set_rationale(&mut ben, 3, "Ben at once");
    run(&mut ann, Command::Sync);
    run(&mut ben, Command::Sync);
    settle(&mut [&mut ann, &mut ben]);
    for h in [&ann, &ben] {
        assert!(h.query_by_label_contains("Synced").is_some());
    }
    sync(&mut ann);
    sync(&mut ben);
    let r = remote(&desk);
    assert_eq!(numbered(&r, 1).rationale, "Ann at once");
    assert_eq!(numbered(&r, 3).rationale, "Ben at once");
    assert_eq!(ann.state().project(), &r);
    assert_eq!(ben.state().project(), &r);
}

#[test]
fn a_conflict_opens_the_conflicts_tab_and_is_sent_once_resolved() {
    let desk = desk();
    let mut ann = window(&desk, &desk.ann, "Ann");
    let mut ben = window(&desk, &desk.ben, "Ben");
    set_rationale(&mut ann, 1, "Ann's wording");
    sync(&mut ann);
    let sent = git(&desk.shared, &["rev-parse", "main"]);

    set_rationale(&mut ben, 1, "Ben's wording");
    sync(&mut ben);
    assert!(
        ben.query_by_label_contains("conflicts to resolve")
            .is_some()
    );
    assert!(ben.query_by_label("Conflicts (1)").is_some());
    assert_eq!(
        git(&desk.shared, &["rev-parse", "main"]),
        sent,
        "nothing sent"
    );

    ben.get_by_label("Take theirs").click();
    ben.run_steps(3);
    assert!(ben.state().project().conflicts.is_empty());
    sync(&mut ben);
    assert!(ben.query_by_label_contains("Synced").is_some());
    let r = remote(&desk);
    assert_eq!(numbered(&r, 1).rationale, "Ann's wording");
    assert!(r.conflicts.is_empty());
    assert_eq!(load_project(&desk.ben.join("tokyo.ron")).unwrap(), r);
}

#[test]
fn start_a_desk_from_the_window_then_a_colleague_joins_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = crate::window::copy_sample(dir.path(), "tokyo.ron");
    let mut ann = harness(&file, &dir.path().join("elsewhere.ron"));
    ann.state_mut().set_user_name("Ann");
    let (shared, copy) = (dir.path().join("shared"), dir.path().join("ann"));
    run(&mut ann, Command::AskStartDesk);
    assert!(ann.query_by_label("Start the desk").is_some());
    run(
        &mut ann,
        Command::StartDesk {
            shared: shared.clone(),
            folder: copy.clone(),
            email: "ann@example.org".into(),
        },
    );
    settle(&mut [&mut ann]);
    assert_eq!(
        ann.state().document().path.as_deref(),
        Some(copy.join("tokyo.ron").as_path()),
        "the desk's copy is open"
    );
    let sent = parse_project(git(&shared, &["show", "main:tokyo.ron"]).as_bytes()).unwrap();
    assert_eq!(&sent, ann.state().project());

    // A colleague joins from another window and gets the project.
    let mut ben = harness(&file, &dir.path().join("elsewhere.ron"));
    ben.state_mut().set_user_name("Ben");
    let ben_copy = dir.path().join("ben");
    run(
        &mut ben,
        Command::JoinDesk {
            remote: shared.to_string_lossy().into_owned(),
            folder: ben_copy.clone(),
            email: String::new(),
        },
    );
    settle(&mut [&mut ben]);
    assert_eq!(
        ben.state().document().path.as_deref(),
        Some(ben_copy.join("tokyo.ron").as_path())
    );
    assert!(ben.state().desk_queue().is_some(), "the Desk tab is filled");
}
