//! Numbers and dates in the window follow its language: counts grouped as
//! the language groups them, times on its clock, dates in its order.

use claimdesk::i18n::Lang;
use claimdesk::model::ClaimStatus;
use claimdesk::ui::i18n::set_language;
use claimdesk::ui::library_panel::no_close_match;
use claimdesk::ui::{Command, Tab};
use egui_kittest::kittest::NodeT;

use crate::window::{copy_sample, harness_in_language};

#[test]
fn an_approval_is_dated_as_the_windows_language_dates_it() {
    // The sample's approvals were given on 2025-10-29 at 11:05 (UTC).
    let expected = [
        (Lang::En, "2025-10-29 11:05"),
        (Lang::Es, "29/10/2025, 11:05"),
        (Lang::PtBr, "29/10/2025 11:05"),
        (Lang::Fr, "29/10/2025 11:05"),
        (Lang::Ja, "2025/10/29 11:05"),
        (Lang::Ar, "29/10/2025، 11:05 ص"),
    ];
    let dir = tempfile::tempdir().unwrap();
    let file = copy_sample(dir.path(), "p.ron");
    for (lang, when) in expected {
        let mut h = harness_in_language(&file, &dir.path().join("saved.ron"), lang);
        let approved = h
            .state()
            .project()
            .claims
            .iter()
            .find(|c| c.status == ClaimStatus::Approved)
            .map(|c| c.id)
            .expect("the sample has an approved claim");
        let ctx = h.ctx.clone();
        h.state_mut()
            .apply(&ctx, Command::SelectClaim(Some(approved)));
        h.state_mut().apply(&ctx, Command::ShowTab(Tab::Claim));
        h.run_steps(3);
        let labels: Vec<String> = h
            .root()
            .children_recursive()
            .flat_map(|n| [n.accesskit_node().label(), n.accesskit_node().value()])
            .flatten()
            .collect();
        assert!(
            labels.iter().any(|l| l.contains(when)),
            "{lang:?}: no label says {when:?}"
        );
        if lang != Lang::En {
            assert!(
                !labels.iter().any(|l| l.contains("2025-10-29")),
                "{lang:?}: an ISO date is left"
            );
        }
    }
}

#[test]
fn the_librarys_entries_are_counted_as_the_language_counts() {
    let expected = [
        (Lang::En, "1,234"),
        (Lang::Es, "1234"),
        (Lang::PtBr, "1.234"),
        (Lang::Fr, "1\u{202f}234"),
        (Lang::Ja, "1,234"),
        (Lang::Ar, "1,234"),
    ];
    let ctx = eframe::egui::Context::default();
    for (lang, count) in expected {
        set_language(&ctx, lang);
        let text = no_close_match(&ctx, 1234);
        assert!(text.contains(count), "{lang:?}: {text}");
        assert!(
            no_close_match(&ctx, 12345).contains(&claimdesk::i18n::numbers::integer(lang, 12345))
        );
    }
    set_language(&ctx, Lang::Es);
    assert!(no_close_match(&ctx, 12345).contains("12.345"));
}
