//! The window in other languages: the pseudo-language walk (every label and
//! accessible name of every tab, menu and dialog comes from the catalog and
//! is not cut off), switching language at once, and `--lang`.

use claimdesk::app::{ClaimDeskApp, InAppPicker};
use claimdesk::edit::Action;
use claimdesk::i18n::{Lang, pseudo};
use claimdesk::model::ClaimStatus;
use claimdesk::ui::{Command, ReviewStep, Tab};
use eframe::egui::accesskit::Role;
use eframe::egui::{self, Key};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::window::{copy_sample, harness_in_language, harness_in_language_with_picker};

/// egui's own words, which its crate does not let an app translate: the
/// accessible names of panel and window edges, and key names in shortcuts.
const EGUI_WORDS: [&str; 3] = ["Resize panel", "Resize window", "Close window"];
const KEY_NAMES: [&str; 16] = [
    "Ctrl", "Shift", "Alt", "Cmd", "Up", "Down", "Left", "Right", "Tab", "Enter", "Space",
    "Escape", "Delete", "Home", "End", "arrows",
];

/// Whether `part` is a shortcut as egui writes it: "Ctrl+Shift+S", "F6".
fn is_shortcut(part: &str) -> bool {
    part.split(['+', '/', ' ', ','])
        .filter(|k| !k.is_empty())
        .all(|k| KEY_NAMES.contains(&k) || k.len() == 1 || (k.starts_with('F') && k.len() <= 3))
}

/// Whether `text` shows untranslated words: a run of letters outside every
/// pseudo-language message (`[…·]`) that is not the project's own data (its
/// RON file holds every title, quote, name and verdict label), a web
/// address, or a language's name in itself.
pub(crate) fn untranslated(text: &str, data: &str) -> bool {
    if EGUI_WORDS.iter().any(|w| text.starts_with(w)) {
        return false;
    }
    let mut rest = text.to_owned();
    // Take out every whole pseudo message, innermost first.
    while let Some(end) = rest.find(&format!("{}]", pseudo::PAD)) {
        let Some(start) = rest[..end].rfind('[') else {
            break;
        };
        rest.replace_range(start..end + pseudo::PAD.len_utf8() + 1, "\u{1}");
    }
    // Data shown whole (a title) or in parts (a verdict chip "True 6", a
    // source row "title · reliability · cited by …").
    let separators = |c: char| "\u{1}·,:;()“”\"\n×#".contains(c) || c.is_ascii_digit();
    rest.split('\u{1}').any(|piece| {
        let piece = piece.trim();
        let data_or_words = |part: &str| {
            let part = part.trim().trim_end_matches('…').trim();
            part.chars().filter(|c| c.is_alphabetic()).count() < 2
                || data.contains(part)
                || part.contains("://")
                || is_shortcut(part)
                || Lang::ALL.iter().any(|l| l.native_name() == part)
        };
        !data_or_words(piece) && !piece.split(separators).all(data_or_words)
    })
}

/// Every label and accessible name on screen not from the catalog, and
/// every pseudo message whose `]` is not drawn (a label cut off, shown as
/// `…`), with where the walk was.
pub(crate) fn offenders(
    h: &Harness<'static, ClaimDeskApp>,
    data: &str,
    place: &str,
    out: &mut Vec<String>,
) {
    let mut names = Vec::new();
    for node in h.root().children_recursive() {
        let ak = node.accesskit_node();
        // A label's rows are its children too; the label has the whole text.
        if ak.role() == Role::TextRun {
            continue;
        }
        for text in [ak.label(), ak.value()].into_iter().flatten() {
            if untranslated(&text, data) {
                out.push(format!("{place}: not from the catalog: {text:?}"));
            }
            names.push(text);
        }
    }
    for text in drawn_texts(h) {
        if let Some(clipped) = text.strip_prefix('✂')
            && clipped.contains(pseudo::PAD)
        {
            out.push(format!("{place}: past its panel's edge: {clipped:?}"));
            continue;
        }
        let Some(shown) = text.strip_suffix('…') else {
            continue;
        };
        // A claim row is cut by design, whole in its name and on hover (its
        // name may start the same words in lower case).
        let shown_lower = shown.to_lowercase();
        let whole_elsewhere = names
            .iter()
            .any(|n| n.to_lowercase().contains(&shown_lower) && n.len() > shown.len());
        if shown.contains('[') && !whole_elsewhere {
            out.push(format!("{place}: cut off: {text:?}"));
        }
    }
}

/// The text of every galley painted in the last frame; those that run past
/// the left or right edge of their clip rectangle (a panel or a window too
/// narrow for them) are marked with a leading `✂`. Text cut at the top or
/// bottom is scrolled, not cut.
fn drawn_texts(h: &Harness<'static, ClaimDeskApp>) -> Vec<String> {
    let mut texts = Vec::new();
    for clipped in &h.output().shapes {
        collect_texts(&clipped.shape, clipped.clip_rect, &mut texts);
    }
    texts
}

fn collect_texts(shape: &egui::Shape, clip: egui::Rect, out: &mut Vec<String>) {
    match shape {
        egui::Shape::Text(t) => {
            let rect = t.galley.rect.translate(t.pos.to_vec2());
            let cut = rect.max.x > clip.max.x + 1.0 || rect.min.x < clip.min.x - 1.0;
            let text = t.galley.text();
            out.push(if cut {
                format!("✂{text}")
            } else {
                text.to_owned()
            });
        }
        egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| collect_texts(s, clip, out)),
        _ => {}
    }
}

fn apply(h: &mut Harness<'static, ClaimDeskApp>, command: Command) {
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, command);
    h.run_steps(3);
}

#[test]
fn every_label_of_every_tab_menu_and_dialog_comes_from_the_catalog() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_sample(dir.path(), "p.ron");
    let data = std::fs::read_to_string(&file).unwrap();
    let mut h = harness_in_language(&file, &dir.path().join("saved.ron"), Lang::EnXa);
    let first_source = h.state().project().sources[0].id;
    let first_claim = h.state().project().claims[0].id;
    let mut report = Vec::new();
    apply(&mut h, Command::SelectClaim(Some(first_claim)));
    for (name, tab) in [
        ("Claim", Tab::Claim),
        ("Sources", Tab::Sources(None)),
        ("Sources, one open", Tab::Sources(Some(first_source))),
        ("Article", Tab::Project),
        ("Scale", Tab::Scale),
        ("Check", Tab::Check),
        ("Suggestions", Tab::Suggestions),
    ] {
        apply(&mut h, Command::ShowTab(tab));
        offenders(&h, &data, &format!("{name} tab"), &mut report);
    }
    let menus: Vec<String> = [
        "menu-file",
        "menu-edit",
        "menu-claims",
        "menu-article",
        "menu-project",
        "menu-language",
        "menu-help",
    ]
    .iter()
    .map(|id| claimdesk::i18n::text(Lang::EnXa, id))
    .collect();
    for menu in &menus {
        h.query_all_by_label(menu).next().unwrap().click();
        h.run_steps(2);
        offenders(&h, &data, &format!("{menu} menu"), &mut report);
        h.key_press(Key::Escape);
        h.run_steps(2);
    }
    for (name, command) in [
        ("New project", Command::AskNewProject),
        ("Paste article", Command::AskPasteArticle),
        ("Shortcuts", Command::ShowShortcuts),
        ("Your name", Command::AskUserName),
        ("Delete claim", Command::AskDeleteClaim(first_claim)),
        ("Archive all", Command::AskArchiveAll),
    ] {
        apply(&mut h, command);
        offenders(&h, &data, &format!("{name} dialog"), &mut report);
        h.key_press(Key::Escape);
        h.run_steps(3);
    }
    // Dialogs a step or a file opens: the review's question, the unsaved
    // changes guard, the preview of an opened article.
    let unready = h
        .state()
        .project()
        .claims
        .iter()
        .find(|c| c.status == ClaimStatus::InProgress)
        .map(|c| c.id)
        .unwrap();
    for (name, command) in [
        ("Library", Command::ShowTab(Tab::Library)),
        ("Conflicts", Command::ShowTab(Tab::Conflicts)),
        ("Desk", Command::ShowTab(Tab::Desk)),
        ("Join a desk", Command::AskJoinDesk),
        ("Start a desk", Command::AskStartDesk),
        (
            "Mark ready",
            Command::Review(ReviewStep::MarkReady {
                claim: unready,
                confirmed: false,
            }),
        ),
        ("Correction", Command::AskCorrection(first_claim)),
    ] {
        apply(&mut h, command);
        offenders(&h, &data, name, &mut report);
        h.key_press(Key::Escape);
        h.run_steps(3);
    }
    apply(&mut h, Command::Edit(Action::SetTitle("Changed".into())));
    apply(&mut h, Command::AskNewProject);
    offenders(&h, &data, "Unsaved changes dialog", &mut report);
    h.key_press(Key::Escape);
    h.run_steps(3);
    let article = dir.path().join("article.txt");
    std::fs::write(&article, "Changed\n\nA short article to open.").unwrap();
    apply(&mut h, Command::Open(article));
    // The unsaved-changes guard first: don't save, then the preview.
    if let Some(node) = h.query_by_label(&claimdesk::i18n::text(Lang::EnXa, "dialog-don-t-save")) {
        node.click();
        h.run_steps(3);
    }
    offenders(&h, &data, "Open article preview", &mut report);
    report.dedup();
    assert!(
        report.is_empty(),
        "{} texts not from the catalog or cut off:\n{}",
        report.len(),
        report.join("\n")
    );
}

#[test]
fn the_language_menu_switches_the_window_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_sample(dir.path(), "p.ron");
    // The menu names Arabic and Japanese in their scripts: glyphs the
    // bundled fonts lack.
    let mut h = harness_in_language(&file, &dir.path().join("saved.ron"), Lang::En);
    h.get_by_label("Language").click();
    h.run_steps(2);
    h.get_by_label("Français").click();
    // One frame: the menu bar is already in the new language.
    h.run_steps(1);
    assert_eq!(h.state().language(), Lang::Fr);
    let file_menu = claimdesk::i18n::text(Lang::Fr, "menu-file");
    assert!(h.query_by_label(&file_menu).is_some(), "{file_menu}");
    let tab = claimdesk::i18n::text(Lang::Fr, "tab-sources");
    assert!(h.query_all_by_label(&tab).next().is_some(), "{tab}");
}

/// The window's settings, in memory.
#[derive(Default)]
struct Settings(std::collections::HashMap<String, String>);

impl eframe::Storage for Settings {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn a_language_chosen_in_the_menu_is_kept_with_the_settings_and_lang_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_sample(dir.path(), "p.ron");
    // As `--lang es` would start it: for this run only.
    let mut h = harness_in_language(&file, &dir.path().join("saved.ron"), Lang::Es);
    let mut settings = Settings::default();
    eframe::App::save(h.state_mut(), &mut settings);
    assert_eq!(eframe::get_value::<Lang>(&settings, "language"), None);
    let menu = claimdesk::i18n::text(Lang::Es, "menu-language");
    h.get_by_label(&menu).click();
    h.run_steps(2);
    h.get_by_label("日本語").click();
    h.run_steps(2);
    eframe::App::save(h.state_mut(), &mut settings);
    assert_eq!(
        eframe::get_value::<Lang>(&settings, "language"),
        Some(Lang::Ja)
    );
}

#[test]
fn arabic_is_right_to_left_for_the_views() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_sample(dir.path(), "p.ron");
    let h = harness_in_language(&file, &dir.path().join("saved.ron"), Lang::Ar);
    assert!(claimdesk::ui::i18n::is_rtl(&h.ctx));
    let h = harness_in_language(&file, &dir.path().join("saved.ron"), Lang::Ja);
    assert!(!claimdesk::ui::i18n::is_rtl(&h.ctx));
}

#[test]
fn lang_on_the_command_line_is_checked() {
    let out = crate::common::claimdesk(&["--lang", "xx", "--help"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("expected en, es, pt-BR, fr, ar, ja or en-XA"),
        "{err}"
    );
}

#[test]
fn the_in_app_file_chooser_comes_from_the_catalog() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_sample(dir.path(), "p.ron");
    let data = std::fs::read_to_string(&file).unwrap();
    let mut h = harness_in_language_with_picker(&file, Box::new(InAppPicker), Lang::EnXa);
    let mut report = Vec::new();
    for (name, command) in [
        ("Open project", Command::OpenProjectDialog),
        ("Save as", Command::SaveAs),
    ] {
        apply(&mut h, command);
        // The folder listing is the machine's, not the window's words.
        offenders(&h, &data, name, &mut report);
        h.key_press(Key::Escape);
        h.run_steps(3);
    }
    // File and folder names are the machine's.
    report.retain(|line| {
        !line.contains(&dir.path().display().to_string()) && !line.ends_with(".ron\"")
    });
    assert!(report.is_empty(), "{}", report.join("\n"));
}

/// The right-hand tabs the language walks look at.
const EDITOR_TABS: [Tab; 6] = [
    Tab::Claim,
    Tab::Sources(None),
    Tab::Project,
    Tab::Scale,
    Tab::Check,
    Tab::Suggestions,
];

/// The sample project in a window of each language, its first claim
/// selected.
fn sample_in_each_language(
    dir: &std::path::Path,
) -> impl Iterator<Item = (Lang, Harness<'static, ClaimDeskApp>)> {
    let file = copy_sample(dir, "p.ron");
    let save_to = dir.join("saved.ron");
    Lang::ALL.into_iter().map(move |lang| {
        let mut h = harness_in_language(&file, &save_to, lang);
        let first_claim = h.state().project().claims[0].id;
        apply(&mut h, Command::SelectClaim(Some(first_claim)));
        (lang, h)
    })
}

/// In every language, the tabs and menus fit: no text is drawn past the
/// left or right edge of its panel or menu (the words of Spanish, French
/// and Portuguese run longer than English; Arabic and Japanese differ too).
#[test]
fn no_language_draws_text_past_a_panel_edge() {
    let dir = tempfile::tempdir().unwrap();
    let mut report = Vec::new();
    for (lang, mut h) in sample_in_each_language(dir.path()) {
        for tab in EDITOR_TABS {
            apply(&mut h, Command::ShowTab(tab));
            past_edges(&h, &format!("{} {tab:?}", lang.code()), &mut report);
        }
        for id in ["menu-file", "menu-edit", "menu-project", "menu-help"] {
            let menu = claimdesk::i18n::text(lang, id);
            h.query_all_by_label(&menu).next().unwrap().click();
            h.run_steps(2);
            past_edges(&h, &format!("{} {menu}", lang.code()), &mut report);
            h.key_press(Key::Escape);
            h.run_steps(2);
        }
    }
    report.dedup();
    assert!(report.is_empty(), "{}", report.join("\n"));
}

/// Words of one language longer than English's must push their neighbours
/// aside or wrap, never be drawn over them: the Spanish claim heading's
/// "Mostrar en el artículo" once covered the verdict chip beside it.
#[test]
fn no_language_draws_text_over_other_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut report = Vec::new();
    for (lang, mut h) in sample_in_each_language(dir.path()) {
        for tab in EDITOR_TABS {
            apply(&mut h, Command::ShowTab(tab));
            overlaps(&h, &format!("{} {tab:?}", lang.code()), &mut report);
        }
        // Moved out of the way, the heading's buttons stay by the heading
        // (a far-end layout in a column once took the panel's height).
        apply(&mut h, Command::ShowTab(Tab::Claim));
        let heading =
            claimdesk::i18n::format(lang, "claims-editor-heading", &[("number", 1.into())]);
        let show = claimdesk::i18n::text(lang, "claims-show-in-article");
        let gap = h.get_by_label(&show).rect().top() - h.get_by_label(&heading).rect().top();
        if !(-1.0..=60.0).contains(&gap) {
            report.push(format!(
                "{}: {show:?} is {gap} points below the heading",
                lang.code()
            ));
        }
    }
    report.dedup();
    assert!(report.is_empty(), "{}", report.join("\n"));
}

/// Pairs of texts drawn in the same clip rectangle (one panel, one window)
/// whose boxes cross by more than a couple of points each way.
fn overlaps(h: &Harness<'static, ClaimDeskApp>, place: &str, out: &mut Vec<String>) {
    let mut texts: Vec<(egui::Rect, egui::Rect, String)> = Vec::new();
    for clipped in &h.output().shapes {
        text_boxes(&clipped.shape, clipped.clip_rect, &mut texts);
    }
    for (i, (clip_a, a, text_a)) in texts.iter().enumerate() {
        for (clip_b, b, text_b) in &texts[i + 1..] {
            let cross = a.intersect(*b);
            if clip_a == clip_b
                && cross.width() > 2.0
                && cross.height() > 2.0
                && !text_a.trim().is_empty()
                && !text_b.trim().is_empty()
            {
                out.push(format!("{place}: {text_a:?} drawn over {text_b:?}"));
            }
        }
    }
}

fn text_boxes(
    shape: &egui::Shape,
    clip: egui::Rect,
    out: &mut Vec<(egui::Rect, egui::Rect, String)>,
) {
    match shape {
        // Row by row: a wrapped text whose first row starts after a label
        // (egui's leading space) has a box that covers the label, not glyphs.
        egui::Shape::Text(t) => {
            for row in &t.galley.rows {
                let rect = row
                    .rect_without_leading_space()
                    .translate(t.pos.to_vec2())
                    .intersect(clip);
                if rect.is_positive() && !row.row.glyphs.is_empty() {
                    out.push((clip, rect, t.galley.text().to_owned()));
                }
            }
        }
        egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| text_boxes(s, clip, out)),
        _ => {}
    }
}

fn past_edges(h: &Harness<'static, ClaimDeskApp>, place: &str, out: &mut Vec<String>) {
    // A one-line field scrolls its text sideways: that is not a label cut off.
    let fields: Vec<String> = h
        .root()
        .children_recursive()
        .filter(|n| {
            matches!(
                n.accesskit_node().role(),
                Role::TextInput | Role::MultilineTextInput
            )
        })
        .filter_map(|n| n.accesskit_node().value())
        .collect();
    for text in drawn_texts(h) {
        if let Some(clipped) = text.strip_prefix('✂')
            && !fields.iter().any(|f| f == clipped)
        {
            out.push(format!("{place}: past its panel's edge: {clipped:?}"));
        }
    }
}
