//! The Project tab's "Report language": picking one is an undoable project
//! setting, and a project from before format 7 shows English.

use claimdesk::ui::{Command, Tab};
use eframe::egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

use crate::window::{copy_sample, harness_any_script};

#[test]
fn the_report_language_is_chosen_in_the_project_tab_and_undone() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "desk.ron");
    // The drop-down names Arabic and Japanese in their own scripts, which the
    // harness takes from the system fonts as the real window does.
    let mut h = harness_any_script(&path, &path);
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Command::ShowTab(Tab::Project));
    h.run_steps(3);
    let before = h.state().project().settings.report_language.clone();
    assert_eq!(
        before.as_deref(),
        Some("en"),
        "the sample publishes in English"
    );
    h.get_by_role_and_label(Role::ComboBox, "Report language")
        .click_accesskit();
    h.run_steps(3);
    // A pointer click, which also closes the drop-down as it does for a user.
    h.get_by_label("Español").click();
    h.run_steps(3);
    assert!(h.query_by_label("Français").is_none(), "popup closed");
    assert_eq!(
        h.state().project().settings.report_language.as_deref(),
        Some("es")
    );
    assert_eq!(
        super::common::undo_name(h.state().document()).as_deref(),
        Some("set report language")
    );
    h.state_mut().apply(&ctx, Command::Undo);
    h.run_steps(3);
    assert_eq!(h.state().project().settings.report_language, before);
    // And "Same as the window" clears it.
    h.get_by_role_and_label(Role::ComboBox, "Report language")
        .click();
    h.run_steps(3);
    h.get_by_label("Same as the window").click();
    h.run_steps(3);
    assert_eq!(h.state().project().settings.report_language, None);
}

#[test]
fn the_window_exports_in_the_projects_language_else_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "desk.ron");
    let mut h = harness_any_script(&path, &dir.path().join("out.ron"));
    let ctx = h.ctx.clone();
    h.state_mut()
        .set_language(&ctx, claimdesk::i18n::Lang::Es, false);
    let export = |h: &mut egui_kittest::Harness<'static, claimdesk::app::ClaimDeskApp>| {
        let out = dir.path().join("out.html");
        let _ = std::fs::remove_file(&out);
        h.state_mut()
            .apply(&ctx, Command::Export(claimdesk::export::Format::Html));
        h.run_steps(4);
        std::fs::read_to_string(&out).expect("report written")
    };
    // The sample says English (it predates report languages).
    assert!(export(&mut h).contains("<html lang=\"en\">"));
    let set = |h: &mut egui_kittest::Harness<'static, claimdesk::app::ClaimDeskApp>,
               code: Option<&str>| {
        let mut settings = h.state().project().settings.clone();
        settings.report_language = code.map(str::to_owned);
        h.state_mut().apply(
            &ctx,
            Command::Edit(claimdesk::edit::Action::SetSettings(settings)),
        );
        h.run_steps(2);
    };
    set(&mut h, None);
    assert!(
        export(&mut h).contains("<html lang=\"es\">"),
        "the window's"
    );
    set(&mut h, Some("ar"));
    assert!(export(&mut h).contains("<html lang=\"ar\" dir=\"rtl\">"));
}
