//! The review flow in the window: a checker marks a claim ready, a reviewer
//! comments and returns it, the checker cannot approve their own verdict (the
//! window says why), the reviewer approves, and after publication a change
//! needs a correction note.

use crate::window::{copy_sample, harness};
use claimdesk::model::{ClaimId, ClaimStatus};
use eframe::egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

/// Claim 2 of the sample: In progress, no verdict yet.
const CLAIM: ClaimId = ClaimId(2);

fn status(h: &egui_kittest::Harness<'static, claimdesk::app::ClaimDeskApp>) -> ClaimStatus {
    h.state().project().claim(CLAIM).unwrap().status
}

fn become_user(h: &mut egui_kittest::Harness<'static, claimdesk::app::ClaimDeskApp>, name: &str) {
    h.state_mut().set_user_name(name);
    h.run_steps(2);
}

fn click(h: &mut egui_kittest::Harness<'static, claimdesk::app::ClaimDeskApp>, label: &str) {
    h.get_by_role_and_label(Role::Button, label)
        .click_accesskit();
    h.run_steps(3);
}

/// Edit › Your name…, the field's text replaced by `name`, Save name.
fn name_through_edit_menu(
    h: &mut egui_kittest::Harness<'static, claimdesk::app::ClaimDeskApp>,
    name: &str,
) {
    h.get_by_label("Edit").click();
    h.run_steps(3);
    h.get_by_label("Your name…").click_accesskit();
    h.run_steps(3);
    h.get_by_role_and_label(Role::TextInput, "Your name")
        .focus();
    h.run_steps(1);
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::A);
    h.run_steps(1);
    h.get_by_role_and_label(Role::TextInput, "Your name")
        .type_text(name);
    h.run_steps(1);
    click(h, "Save name");
}

#[test]
fn mark_ready_return_approve_and_correct() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "desk.ron");
    let mut h = harness(&path, &path);

    become_user(&mut h, "Mai Sato");
    h.get_by_label_contains("Claim 2: ").click();
    h.run_steps(3);
    assert_eq!(h.state().selected_claim(), Some(CLAIM));
    click(&mut h, "Mostly true");
    click(&mut h, "Mark ready for review");
    assert_eq!(status(&h), ClaimStatus::ReadyForReview);

    // The checker's own verdict: Approve is disabled, and the window says why.
    let approve = h.get_by_role_and_label(Role::Button, "Approve");
    assert!(approve.accesskit_node().is_disabled());
    h.get_by_label_contains("a second person must approve it");
    click(&mut h, "Approve");
    assert_eq!(status(&h), ClaimStatus::ReadyForReview);

    // The reviewer asks a question and returns the claim.
    become_user(&mut h, "Tom Baker");
    h.get_by_label("New comment").focus();
    h.run_steps(1);
    h.get_by_label("New comment")
        .type_text("Which statement says soybeans?");
    h.run_steps(2);
    click(&mut h, "Return with comment");
    assert_eq!(status(&h), ClaimStatus::InProgress);
    let claim = h.state().project().claim(CLAIM).unwrap().clone();
    assert_eq!(claim.comments.len(), 1);
    assert_eq!(claim.comments[0].author, "Tom Baker");
    assert_eq!(claim.comments[0].text, "Which statement says soybeans?");
    // The claim list counts the open comment.
    h.get_by_label_contains("Claim 2: ");
    assert!(
        h.get_by_label_contains("Claim 2: ")
            .accesskit_node()
            .label()
            .is_some_and(|l| l.ends_with(", 1 open comment"))
    );

    // The checker answers by resolving it and marks the claim ready again.
    become_user(&mut h, "Mai Sato");
    click(&mut h, "Resolve");
    assert_eq!(
        h.state()
            .project()
            .claim(CLAIM)
            .unwrap()
            .unresolved_comments(),
        0
    );
    click(&mut h, "Mark ready for review");

    // Another person approves.
    become_user(&mut h, "Tom Baker");
    let approve = h.get_by_role_and_label(Role::Button, "Approve");
    assert!(!approve.accesskit_node().is_disabled());
    click(&mut h, "Approve");
    assert_eq!(status(&h), ClaimStatus::Approved);
    h.get_by_label_contains("Approved by Tom Baker");
    assert_eq!(
        super::common::undo_name(h.state().document()).as_deref(),
        Some("approve claim")
    );

    // Published: the verdict is locked; a change goes through a correction note.
    h.get_by_label("Check").click();
    h.run_steps(2);
    click(&mut h, "Record publication");
    assert!(h.state().project().claim(CLAIM).unwrap().is_published());
    h.get_by_label("Claim").click();
    h.run_steps(2);
    // The verdict buttons are locked now: a click changes nothing.
    click(&mut h, "Half true");
    let verdict = h.state().project().claim(CLAIM).unwrap().verdict;
    assert_eq!(
        verdict,
        Some(claimdesk::model::VerdictId(2)),
        "Mostly true stays"
    );
    click(&mut h, "Correct…");
    h.get_by_role_and_label(Role::RadioButton, "Half true")
        .click_accesskit();
    h.run_steps(2);
    h.get_by_label("Correction note").focus();
    h.run_steps(1);
    h.get_by_label("Correction note")
        .type_text("The deal covers soybeans only as an intention.");
    h.run_steps(2);
    click(&mut h, "Publish correction");
    let project = h.state().project().clone();
    let claim = project.claim(CLAIM).unwrap();
    assert_eq!(
        project.scale.verdict(claim.verdict.unwrap()).unwrap().label,
        "Half true"
    );
    assert_eq!(claim.status, ClaimStatus::ReadyForReview);
    assert_eq!(project.corrections.len(), 1);
    assert_eq!(project.corrections[0].who, "Tom Baker");
    assert_eq!(
        project.corrections[0].note,
        "The deal covers soybeans only as an intention."
    );
    assert!(
        project.corrections[0]
            .change
            .starts_with("Verdict: Mostly true → Half true")
    );

    // The reports publish it.
    let md = claimdesk::export::export(&project, claimdesk::export::Format::Markdown).unwrap();
    assert!(md.contains("## Corrections"), "{md}");
    assert!(md.contains("The deal covers soybeans only as an intention."));
}

#[test]
fn the_name_is_asked_for_in_edit_your_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "desk.ron");
    let mut h = harness(&path, &path);
    assert_eq!(h.state().user_name(), "");
    name_through_edit_menu(&mut h, "Ana Reyes");
    assert_eq!(h.state().user_name(), "Ana Reyes");
    // What this user does is signed with the name.
    h.get_by_label_contains("Claim 2: ").click();
    h.run_steps(3);
    click(&mut h, "Mostly true");
    let claim = h.state().project().claim(CLAIM).unwrap().clone();
    assert_eq!(claim.verdict_set_by(), Some("Ana Reyes"));
}

/// A window that starts as on a machine where ClaimDesk never ran: no name stored.
fn first_start(
    path: &std::path::Path,
) -> egui_kittest::Harness<'static, claimdesk::app::ClaimDeskApp> {
    let options = claimdesk::app::AppOptions {
        file: Some(path.to_path_buf()),
        screenshot: None,
        picker: Box::new(crate::window::TestPicker {
            save_to: path.to_path_buf(),
        }),
        recovery_dir: None,
        autosave_every: std::time::Duration::ZERO,
        ask_name: true,
        library_dir: None,
        library_fixed: false,
        // Window tests read English labels whatever the machine's locale.
        lang: Some(claimdesk::i18n::Lang::En),
    };
    let mut h = egui_kittest::Harness::builder()
        .with_size([1360.0, 860.0])
        .build_eframe(move |cc| claimdesk::app::ClaimDeskApp::new(cc, options));
    h.run_steps(4);
    h
}

#[test]
fn the_first_start_asks_for_a_name_and_can_be_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "desk.ron");

    let mut h = first_start(&path);
    h.get_by_label("Welcome to ClaimDesk");
    h.get_by_role_and_label(Role::TextInput, "Your name")
        .focus();
    h.run_steps(1);
    h.get_by_role_and_label(Role::TextInput, "Your name")
        .type_text("Mai Sato");
    h.run_steps(1);
    click(&mut h, "Save name");
    assert_eq!(h.state().user_name(), "Mai Sato");
    assert!(h.query_by_label("Welcome to ClaimDesk").is_none());

    let mut h = first_start(&path);
    click(&mut h, "Skip");
    assert_eq!(h.state().user_name(), "");
    assert!(h.query_by_label("Welcome to ClaimDesk").is_none());
    // Without a name, approving is refused and the window says why.
    h.get_by_label_contains("Claim 1: ").click();
    h.run_steps(3);
    assert!(
        h.get_by_role_and_label(Role::Button, "Approve")
            .accesskit_node()
            .is_disabled()
    );
    h.get_by_label_contains("Approving needs your name");
}

#[test]
fn mark_ready_asks_first_when_something_is_missing_and_approve_names_open_comments() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "desk.ron");
    let mut h = harness(&path, &path);
    become_user(&mut h, "Mai Sato");
    h.get_by_label_contains("Claim 2: ").click();
    h.run_steps(3);
    let before = status(&h);

    // No verdict yet: the window says so and asks, and Cancel leaves it be.
    click(&mut h, "Mark ready for review");
    h.get_by_label_contains("it has no verdict");
    click(&mut h, "Cancel");
    assert_eq!(status(&h), before);
    assert!(h.query_by_label_contains("it has no verdict").is_none());
    click(&mut h, "Mark ready for review");
    click(&mut h, "Mark ready anyway");
    assert_eq!(status(&h), ClaimStatus::ReadyForReview);

    // The verdict, set while it waits for review.
    click(&mut h, "Mostly true");
    assert_eq!(status(&h), ClaimStatus::ReadyForReview);

    // The reviewer leaves a question open and tries to approve: the window names it.
    become_user(&mut h, "Tom Baker");
    h.get_by_label("New comment").focus();
    h.run_steps(1);
    h.get_by_label("New comment")
        .type_text("Is the second source independent?");
    h.run_steps(2);
    click(&mut h, "Add comment");
    click(&mut h, "Approve");
    h.get_by_label_contains(
        "Tom Baker's comment is still open: “Is the second source independent?”",
    );
    assert_eq!(status(&h), ClaimStatus::ReadyForReview);
    click(&mut h, "Approve anyway");
    assert_eq!(status(&h), ClaimStatus::Approved);
}

#[test]
fn a_change_of_name_is_on_record_in_the_project() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "desk.ron");
    let mut h = harness(&path, &path);
    become_user(&mut h, "Mai Sato");
    name_through_edit_menu(&mut h, "Tom Baker");
    assert_eq!(h.state().user_name(), "Tom Baker");
    let last = h.state().project().activity.last().cloned().unwrap();
    assert_eq!(
        last.event,
        claimdesk::model::Event::NameChanged {
            from: "Mai Sato".into(),
            to: "Tom Baker".into()
        }
    );
    let ctx = h.ctx.clone();
    h.state_mut().apply(
        &ctx,
        claimdesk::ui::Command::ShowTab(claimdesk::ui::Tab::Project),
    );
    h.run_steps(3);
    h.get_by_label_contains("changed the name in this window from Mai Sato to Tom Baker");
}

#[test]
fn a_new_link_asks_for_its_stance_and_the_check_flags_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "desk.ron");
    let mut h = harness(&path, &path);
    h.get_by_label_contains("Claim 2: ").click();
    h.run_steps(3);
    let before = h.state().project().claim(CLAIM).unwrap().sources.len();
    h.get_by_role_and_label(Role::ComboBox, "Link")
        .click_accesskit();
    h.run_steps(3);
    let project = h.state().project().clone();
    let linked: Vec<_> = project
        .claim(CLAIM)
        .unwrap()
        .sources
        .iter()
        .map(|l| l.source)
        .collect();
    let unlinked = project
        .sources
        .iter()
        .find(|s| !linked.contains(&s.id))
        .unwrap();
    h.get_by_label(unlinked.title.as_str()).click_accesskit();
    h.run_steps(3);
    let claim = h.state().project().claim(CLAIM).unwrap().clone();
    assert_eq!(claim.sources.len(), before + 1);
    let link = claim.sources.last().unwrap();
    assert_eq!(link.stance, claimdesk::model::Stance::Unset);
    assert!(
        h.query_all_by_role_and_label(Role::ComboBox, "Stance")
            .any(|n| n.accesskit_node().value().as_deref() == Some("Choose a stance…")),
        "the new link's stance asks to be chosen"
    );
    let ctx = h.ctx.clone();
    h.state_mut().apply(
        &ctx,
        claimdesk::ui::Command::ShowTab(claimdesk::ui::Tab::Check),
    );
    h.run_steps(3);
    let flagged = format!("no stance chosen for the source \"{}\"", unlinked.title);
    assert!(h.query_all_by_label_contains(&flagged).next().is_some());
}

#[test]
fn an_approval_changed_in_the_file_is_shown_as_no_longer_holding() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "desk.ron");
    // A script rewrites claim 3's rationale in the file; it still says Approved.
    let mut project = claimdesk::io::load_project(&path).unwrap();
    let c = project
        .claims
        .iter_mut()
        .find(|c| c.id == ClaimId(3))
        .unwrap();
    assert!(c.approval_holds());
    c.rationale.push_str(" (edited by a script)");
    claimdesk::io::save_project(&project, &path).unwrap();
    let mut h = harness(&path, &path);
    become_user(&mut h, "Mai Sato");
    h.get_by_label_contains("Claim 3: ").click();
    h.run_steps(3);
    h.get_by_label_contains("this approval no longer holds");
    click(&mut h, "Mark ready for review");
    let c = h.state().project().claim(ClaimId(3)).unwrap().clone();
    assert_eq!(c.status, ClaimStatus::ReadyForReview);
    assert_eq!(c.approved, None);
}
