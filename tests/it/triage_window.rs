//! The Suggestions tab, keyboard first: walk with Up/Down, mark with Enter,
//! dismiss with Delete; the dismissal is saved and survives a reload.

use crate::window::harness;
use claimdesk::app::ClaimDeskApp;
use eframe::egui::{self, Key};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

const ARTICLE: &str = "Thank you all for being here tonight.\n\n\
Unemployment fell to 3.5 percent last year, the lowest in 50 years. \
We spent $2 trillion on the war in Iraq. I love this great country.\n\n\
Crime in our cities went up 20 percent since 2015.\n";

fn open_suggestions(h: &mut Harness<'static, ClaimDeskApp>) {
    h.get_by_label("Suggestions").click();
    for _ in 0..400 {
        h.run_steps(1);
        if h.state().suggestions_scored() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(h.state().suggestions_scored(), "scoring finished");
    h.run_steps(3);
}

#[test]
fn walk_mark_dismiss_save_and_reload() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("speech.txt");
    std::fs::write(&article, ARTICLE).unwrap();
    let project_path = dir.path().join("speech.ron");
    let mut h = harness(&article, &project_path);
    open_suggestions(&mut h);

    let rows = h.state().suggestion_rows().to_vec();
    assert!(rows.len() >= 3, "three checkable sentences: {rows:?}");
    assert!(rows.windows(2).all(|w| w[0].score >= w[1].score), "ranked");
    assert!(rows.iter().all(|r| !r.key.starts_with("Thank you")));
    assert!(rows.iter().all(|r| !r.done));
    assert_eq!(
        h.state().suggestion_cursor().map(|r| r.start),
        Some(rows[0].start)
    );
    // Underlined in the article while the panel is open.
    assert_eq!(
        h.state()
            .article_view
            .suggestion_marks
            .as_ref()
            .map(|m| m.ranges.len()),
        Some(rows.len())
    );

    // Walk down to the second suggestion and mark it.
    h.key_press(Key::ArrowDown);
    h.run_steps(2);
    let second = rows[1].clone();
    assert_eq!(
        h.state().suggestion_cursor().map(|r| r.start),
        Some(second.start)
    );
    h.key_press(Key::Enter);
    h.run_steps(3);
    let claims = h.state().project().claims.clone();
    assert_eq!(claims.len(), 1, "Enter marked one claim");
    assert_eq!(
        (claims[0].span.start, claims[0].span.end),
        (second.start, second.end)
    );
    assert_eq!(claims[0].span.quote, second.key);
    // The row is now done and no longer underlined; the panel stays open.
    let done = h
        .state()
        .suggestion_rows()
        .iter()
        .find(|r| r.start == second.start)
        .cloned();
    assert!(done.is_some_and(|r| r.done));
    h.get_by_label_contains(", done: ");
    assert_eq!(
        h.state()
            .article_view
            .suggestion_marks
            .as_ref()
            .map(|m| m.ranges.len()),
        Some(rows.len() - 1)
    );

    // Up to the first and dismiss it.
    h.key_press(Key::ArrowUp);
    h.run_steps(2);
    assert_eq!(
        h.state().suggestion_cursor().map(|r| r.start),
        Some(rows[0].start)
    );
    h.key_press(Key::Delete);
    h.run_steps(3);
    assert_eq!(
        h.state().project().dismissed_suggestions,
        vec![rows[0].key.clone()]
    );
    assert!(
        h.state()
            .suggestion_rows()
            .iter()
            .all(|r| r.start != rows[0].start)
    );
    assert_eq!(
        super::common::undo_name(h.state().document()).as_deref(),
        Some("dismiss suggestion")
    );

    // Save (a new project: the chooser answers `project_path`) and reload.
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    h.run_steps(4);
    let saved = claimdesk::io::load_project(&project_path).expect("saved project loads");
    assert_eq!(saved.dismissed_suggestions, vec![rows[0].key.clone()]);
    assert_eq!(saved.claims.len(), 1);

    let mut h = harness(&project_path, &project_path);
    open_suggestions(&mut h);
    let again = h.state().suggestion_rows().to_vec();
    assert!(
        again.iter().all(|r| r.key != rows[0].key),
        "a dismissed suggestion stays away"
    );
    assert!(
        again.iter().any(|r| r.start == second.start && r.done),
        "the marked one is done"
    );
}

#[test]
fn enter_marks_only_the_part_selected_in_the_article() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("speech.txt");
    std::fs::write(&article, ARTICLE).unwrap();
    let mut h = harness(&article, &dir.path().join("speech.ron"));
    open_suggestions(&mut h);
    let first = h.state().suggestion_rows()[0].clone();
    // Select the first three words of the sentence in the article.
    let part_end = first.start
        + first
            .key
            .split(' ')
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .count();
    h.state_mut().article_view.selection = Some(claimdesk::ui::article_view::Selection {
        anchor: first.start,
        head: part_end,
    });
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(3);
    let claims = &h.state().project().claims;
    assert_eq!(claims.len(), 1);
    assert_eq!(
        (claims[0].span.start, claims[0].span.end),
        (first.start, part_end)
    );
    assert!(
        h.state().suggestion_rows()[0].done,
        "a claim inside the sentence makes it done"
    );
}

#[test]
fn a_clicked_row_takes_the_cursor_and_the_keys_still_walk() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("speech.txt");
    std::fs::write(&article, ARTICLE).unwrap();
    let mut h = harness(&article, &dir.path().join("speech.ron"));
    open_suggestions(&mut h);
    let rows = h.state().suggestion_rows().to_vec();
    h.get_by_label_contains("Suggestion 2,").click();
    h.run_steps(2);
    assert_eq!(
        h.state().suggestion_cursor().map(|r| r.start),
        Some(rows[1].start)
    );
    h.key_press(Key::ArrowUp);
    h.run_steps(2);
    assert_eq!(
        h.state().suggestion_cursor().map(|r| r.start),
        Some(rows[0].start)
    );
    // A field elsewhere keeps its keys: typing in the claim search does not walk.
    h.get_by_label("Search claims").focus();
    h.run_steps(1);
    h.key_press(Key::ArrowDown);
    h.run_steps(2);
    assert_eq!(
        h.state().suggestion_cursor().map(|r| r.start),
        Some(rows[0].start)
    );
}

#[test]
fn a_long_article_is_scored_in_the_background_and_can_be_cancelled() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("long.txt");
    let paragraph = "Unemployment fell to 3.5 percent last year. Thank you all for coming. \
                     We spent $2 trillion on the war. I love this great country.\n";
    std::fs::write(&article, paragraph.repeat(5_000_000 / paragraph.len())).unwrap();
    let mut h = harness(&article, &dir.path().join("long.ron"));
    // A file this size is read on the intake worker first; scoring starts
    // only once the article is open.
    let start = std::time::Instant::now();
    while h.state().intake_running() && start.elapsed() < std::time::Duration::from_secs(60) {
        h.run_steps(1);
    }
    h.run_steps(2);
    if h.query_by_label("Create project").is_some() {
        h.get_by_label("Create project").click();
        h.run_steps(2);
    }
    assert!(h.state().project().article.text.len() > 4_000_000);
    h.get_by_label("Suggestions").click();
    h.run_steps(2);
    // The frame went on while the worker scores: a progress bar and Cancel.
    assert!(!h.state().suggestions_scored());
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert!(!h.state().suggestions_scored());
    let (message, _) = h.state().message().cloned().expect("a message");
    assert!(message.contains("cancelled"), "{message}");
    // Leaving the tab and coming back starts again.
    h.get_by_label("Claim").click();
    h.run_steps(1);
    h.get_by_label("Suggestions").click();
    h.run_steps(2);
    h.get_by_label("Cancel").click();
    h.run_steps(1);
}

/// `claimdesk --tab suggestions` (for a screenshot of the panel) opens the
/// window on the tab, which then scores the article by itself.
#[test]
fn the_window_can_start_on_the_suggestions_tab() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("speech.txt");
    std::fs::write(&article, ARTICLE).unwrap();
    let mut h = harness(&article, &dir.path().join("speech.ron"));
    h.state_mut().show_tab(claimdesk::ui::Tab::Suggestions);
    for _ in 0..400 {
        h.run_steps(1);
        if h.state().suggestions_scored() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(h.state().suggestions_scored(), "scoring started by itself");
    h.run_steps(3);
    assert!(!h.state().suggestion_rows().is_empty());
    h.get_by_label_contains("Suggestion 1,");
}

#[test]
fn an_article_not_in_english_is_told_the_scores_are_a_rough_guide() {
    let note = "This article does not look English";
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("discours.txt");
    std::fs::write(
        &article,
        "Le gouvernement a annoncé mardi une hausse de 3 % du budget de la défense, une \
         mesure que l'opposition juge insuffisante face aux besoins des armées.\n\n\
         Selon le ministre, les crédits seront votés avant la fin de l'année, et le chômage \
         a baissé de 7,5 % à 7,1 % en un an.\n",
    )
    .unwrap();
    let mut h = harness(&article, &dir.path().join("discours.ron"));
    open_suggestions(&mut h);
    assert!(h.query_by_label_contains(note).is_some());

    let english = dir.path().join("speech.txt");
    std::fs::write(&english, ARTICLE).unwrap();
    let mut h = harness(&english, &dir.path().join("speech.ron"));
    open_suggestions(&mut h);
    assert!(h.query_by_label_contains(note).is_none());
}
