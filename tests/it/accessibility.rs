//! Every control can be found by its name, as a screen reader (and kittest)
//! finds it: the test walks the AccessKit tree of each tab and fails on any
//! focusable or clickable node without a label. The claim list and the
//! article are reached with Tab, and the Check tab's warnings are a list.

use claimdesk::app::ClaimDeskApp;
use claimdesk::ui::{Command, Tab};
use eframe::egui::accesskit::{Action, Role};
use eframe::egui::{self, Key};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::window::{copy_sample, harness};

/// Interactive nodes with no name, as "Role at (x, y)" lines.
fn unlabeled(h: &Harness<'static, ClaimDeskApp>) -> Vec<String> {
    let mut missing = Vec::new();
    for node in h.root().children_recursive() {
        let ak = node.accesskit_node();
        let data = ak.data();
        let interactive = data.supports_action(Action::Click)
            || data.supports_action(Action::Focus)
            || ak.is_text_input();
        // egui's own scroll bars: dragged with the mouse, scrolled with keys
        // through the area they belong to; no screen reader stops on them.
        if !interactive || ak.is_hidden() || ak.role() == Role::ScrollBar {
            continue;
        }
        // A text label (selectable, so focusable) is named by its text.
        let name = if ak.label_comes_from_value() {
            ak.value()
        } else {
            ak.label()
        };
        // A name of symbols only ("×", "⬆") says nothing when read out.
        if name
            .as_deref()
            .is_none_or(|l| !l.chars().any(char::is_alphanumeric))
        {
            let at = node.rect().center();
            let name = name.unwrap_or_default();
            missing.push(format!(
                "{:?} {name:?} at ({:.0}, {:.0})",
                ak.role(),
                at.x,
                at.y
            ));
        }
    }
    missing
}

fn show(h: &mut Harness<'static, ClaimDeskApp>, tab: Tab) {
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Command::ShowTab(tab));
    h.run_steps(3);
}

#[test]
fn every_control_of_every_tab_has_a_name() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_sample(dir.path(), "p.ron");
    let mut h = harness(&file, &dir.path().join("saved.ron"));
    let first_source = h.state().project().sources[0].id;
    let tabs = [
        ("Claim", Tab::Claim),
        ("Sources", Tab::Sources(None)),
        ("Sources, one open", Tab::Sources(Some(first_source))),
        ("Article", Tab::Project),
        ("Scale", Tab::Scale),
        ("Check", Tab::Check),
    ];
    let mut report = Vec::new();
    let mut seen = 0;
    for (name, tab) in tabs {
        show(&mut h, tab);
        seen += h.root().children_recursive().count();
        for line in unlabeled(&h) {
            report.push(format!("{name} tab: {line}"));
        }
    }
    // The menus too: each opened in turn.
    for menu in ["File", "Edit", "Claims", "Article", "Project"] {
        // The first of that name is the menu bar's ("Article" is a tab too).
        h.query_all_by_label(menu).next().unwrap().click();
        h.run_steps(2);
        for line in unlabeled(&h) {
            report.push(format!("{menu} menu: {line}"));
        }
        h.key_press(Key::Escape);
        h.run_steps(2);
    }
    assert!(seen > 300, "the walk saw the tabs' widgets ({seen} nodes)");
    assert!(
        report.is_empty(),
        "unlabeled controls:\n{}",
        report.join("\n")
    );
}

#[test]
fn claim_rows_are_named_by_number_claim_and_verdict() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_sample(dir.path(), "p.ron");
    let h = harness(&file, &dir.path().join("saved.ron"));
    let rows: Vec<String> = h
        .root()
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::ListItem)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| l.starts_with("Claim "))
        .collect();
    assert!(rows.len() >= 5, "{rows:?}");
    let first = &rows[0];
    assert!(first.starts_with("Claim 1: Japan and the US"), "{first}");
    assert!(first.contains("Mostly false"), "{first}");
}

/// Presses Tab until `wanted` has the focus; the labels passed on the way
/// when it never does.
fn tab_to(
    h: &mut Harness<'static, ClaimDeskApp>,
    wanted: impl Fn(&str, Role) -> bool,
) -> Result<usize, Vec<String>> {
    let mut passed = Vec::new();
    for presses in 1..=200 {
        h.key_press(Key::Tab);
        h.run_steps(1);
        let focused = h
            .root()
            .children_recursive()
            .find(|n| n.accesskit_node().is_focused());
        if let Some(node) = focused {
            let ak = node.accesskit_node();
            let label = ak.label().unwrap_or_default();
            if wanted(&label, ak.role()) {
                return Ok(presses);
            }
            passed.push(label);
        }
    }
    Err(passed)
}

#[test]
fn tab_reaches_the_claim_list_and_the_article() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_sample(dir.path(), "p.ron");
    let mut h = harness(&file, &dir.path().join("saved.ron"));
    tab_to(&mut h, |label, role| {
        role == Role::ListItem && label.starts_with("Claim ")
    })
    .unwrap_or_else(|passed| panic!("Tab never reached a claim row; passed {passed:?}"));
    // Enter on a focused row selects its claim, as a click does.
    let before = h.state().selected_claim();
    let row = h
        .root()
        .children_recursive()
        .find(|n| n.accesskit_node().is_focused())
        .and_then(|n| n.accesskit_node().label())
        .unwrap();
    h.key_press(Key::Enter);
    h.run_steps(2);
    let number: u64 = row["Claim ".len()..row.find(':').unwrap()].parse().unwrap();
    assert_eq!(
        h.state().selected_claim().map(|c| c.0),
        Some(number),
        "{row} (before: {before:?})"
    );
    tab_to(&mut h, |label, role| {
        role == Role::Document && label == "Article text"
    })
    .unwrap_or_else(|passed| panic!("Tab never reached the article; passed {passed:?}"));
}

#[test]
fn the_check_tab_announces_its_warnings_as_a_list() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_sample(dir.path(), "p.ron");
    let mut h = harness(&file, &dir.path().join("saved.ron"));
    show(&mut h, Tab::Check);
    let warnings = claimdesk::export::check_report(h.state().project());
    let list = h
        .root()
        .children_recursive()
        .find(|n| {
            let ak = n.accesskit_node();
            ak.role() == Role::List && ak.label().is_some_and(|l| l.ends_with(" warnings"))
        })
        .expect("the warnings are in a list");
    let list_label = list.accesskit_node().label().unwrap_or_default();
    assert!(
        list_label.contains(&format!("{} warnings", warnings.len())),
        "{list_label}"
    );
    let items: Vec<String> = list
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::ListItem)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert_eq!(items.len(), warnings.len(), "{items:?}");
    assert_eq!(
        items[0],
        format!(
            "Claim #{}: {}",
            warnings[0].claim.unwrap().0,
            warnings[0].kind
        )
    );
    // Its link is named for the whole warning, so the many "Claim #8" links differ.
    assert!(
        h.query_all_by_label(&items[0])
            .any(|n| n.accesskit_node().role() == Role::Link)
    );
}

#[test]
fn the_in_app_file_dialog_names_its_controls_too() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_sample(dir.path(), "p.ron");
    std::fs::create_dir(dir.path().join("older")).unwrap();
    let mut h =
        crate::window::harness_with_picker(Some(&file), Box::new(claimdesk::app::InAppPicker));
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, Key::S);
    h.run_steps(3);
    for control in [
        "Folder",
        "File name",
        "Up",
        "Home",
        "older/",
        "p.ron",
        "Show hidden files",
        "Save file",
        "Cancel",
    ] {
        h.get_by_label(control);
    }
    let missing = unlabeled(&h);
    assert!(
        missing.is_empty(),
        "unlabeled controls:\n{}",
        missing.join("\n")
    );
}
