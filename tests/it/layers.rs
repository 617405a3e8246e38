//! The layers of docs/ARCHITECTURE.md, checked: each module names only the
//! modules below it. Between the two crates the compiler keeps this (the core
//! cannot name `ui` or `app`); within each crate this test does, so no arrow
//! runs back up and no cycle forms. It reads `crate::NAME` in the source.

use std::path::{Path, PathBuf};

/// Every module of the core, in layer order; the window and the command
/// line may name any of them.
const CORE: [&str; 15] = [
    "progress",
    "model",
    "i18n",
    "wordpiece",
    "edit",
    "io",
    "merge",
    "claimreview",
    "evidence",
    "archive",
    "export",
    "import",
    "library",
    "triage",
    "desk",
];

/// (module, its source under the repository root, the modules it may name).
fn layers() -> Vec<(&'static str, &'static str, Vec<&'static str>)> {
    let core = CORE.to_vec();
    let with = |extra: &[&'static str]| [core.as_slice(), extra].concat();
    vec![
        ("progress", "crates/core/src/progress.rs", vec![]),
        ("model", "crates/core/src/model", vec!["progress"]),
        ("i18n", "crates/core/src/i18n", vec!["model"]),
        ("wordpiece", "crates/core/src/wordpiece.rs", vec![]),
        (
            "edit",
            "crates/core/src/edit",
            vec!["model", "i18n", "progress"],
        ),
        (
            "io",
            "crates/core/src/io",
            vec!["model", "i18n", "progress", "sample_data"],
        ),
        (
            "merge",
            "crates/core/src/merge",
            vec!["model", "i18n", "progress", "sample_data"],
        ),
        ("claimreview", "crates/core/src/claimreview.rs", vec![]),
        (
            "evidence",
            "crates/core/src/evidence",
            vec!["model", "i18n", "io", "progress"],
        ),
        (
            "archive",
            "crates/core/src/archive",
            vec!["model", "i18n", "progress"],
        ),
        (
            "export",
            "crates/core/src/export",
            vec!["model", "i18n", "progress"],
        ),
        (
            "import",
            "crates/core/src/import",
            vec!["model", "i18n", "edit", "io", "claimreview", "progress"],
        ),
        (
            "library",
            "crates/core/src/library",
            vec![
                "model",
                "i18n",
                "io",
                "claimreview",
                "progress",
                "wordpiece",
            ],
        ),
        (
            "triage",
            "crates/core/src/triage",
            vec!["model", "i18n", "progress", "library", "wordpiece"],
        ),
        (
            "desk",
            "crates/core/src/desk",
            vec!["model", "i18n", "edit", "io", "merge", "progress"],
        ),
        ("ui", "src/ui", core.clone()),
        ("app", "src/app", with(&["ui"])),
        ("cli", "src/cli", with(&["ui", "app"])),
    ]
}

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_file() {
        out.push(path.to_path_buf());
        return;
    }
    let Ok(entries) = std::fs::read_dir(path) else {
        return;
    };
    for entry in entries.flatten() {
        let p = entry.path();
        if p.is_dir() || p.extension().is_some_and(|e| e == "rs") {
            rust_files(&p, out);
        }
    }
}

/// The modules named as `crate::NAME` in `text`.
fn named(text: &str) -> Vec<String> {
    text.match_indices("crate::")
        .filter(|(at, _)| {
            // `claimdesk_core::` and `some_crate::` are other crates.
            !text[..*at].ends_with(|c: char| c.is_alphanumeric() || c == '_')
        })
        .map(|(at, m)| {
            text[at + m.len()..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                .collect::<String>()
        })
        .filter(|name| !name.is_empty())
        .collect()
}

#[test]
fn no_module_names_one_above_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut wrong = Vec::new();
    for (module, path, may) in layers() {
        let mut files = Vec::new();
        rust_files(&root.join(path), &mut files);
        assert!(!files.is_empty(), "{path}: no source found");
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{e}"));
            for name in named(&text) {
                if name != module && !may.contains(&name.as_str()) {
                    wrong.push(format!(
                        "{} names crate::{name}",
                        file.strip_prefix(root).unwrap_or(&file).display()
                    ));
                }
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(wrong.is_empty(), "arrows running up:\n{}", wrong.join("\n"));
}

#[test]
fn the_check_sees_an_arrow_up() {
    assert_eq!(named("use crate::app::Job;"), ["app"]);
    assert_eq!(named("use crate::i18n::Lang;"), ["i18n"]);
    assert_eq!(named("claimdesk_core::model"), Vec::<String>::new());
}

#[test]
fn the_core_has_no_gui_crate_in_its_tree() {
    let out = std::process::Command::new(env!("CARGO"))
        .args([
            "tree",
            "--package",
            "claimdesk-core",
            "--edges",
            "normal,build",
            "--prefix",
            "none",
            "--offline",
            "--locked",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("cargo tree could not run: {e}"));
    let tree = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && tree.contains("claimdesk-core"),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let gui: Vec<&str> = tree
        .lines()
        .filter(|line| {
            let name = line.split(' ').next().unwrap_or_default();
            [
                "egui",
                "eframe",
                "winit",
                "rfd",
                "egui-winit",
                "egui_glow",
                "glow",
            ]
            .contains(&name)
        })
        .collect();
    assert!(
        gui.is_empty(),
        "GUI crates in claimdesk-core's tree: {gui:?}"
    );
}
