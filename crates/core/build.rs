//! Lists the message catalogs, `i18n/<language>/<area>.ftl`, into a table of
//! `include_str!`s, so that a translator's new file is built into the binary
//! without a code change (`src/i18n/files.rs` includes the table).

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new("i18n");
    // A directory here makes cargo rerun this script when anything under it changes.
    println!("cargo::rerun-if-changed=i18n");
    let mut files: Vec<(String, String)> = Vec::new();
    if let Ok(langs) = std::fs::read_dir(root) {
        for lang in langs.flatten() {
            let Some(code) = lang.file_name().to_str().map(str::to_owned) else {
                continue;
            };
            let Ok(entries) = std::fs::read_dir(lang.path()) else {
                continue;
            };
            for entry in entries.flatten() {
                let name = entry.file_name();
                let Some(area) = name.to_str().and_then(|n| n.strip_suffix(".ftl")) else {
                    continue;
                };
                files.push((code.clone(), area.to_owned()));
            }
        }
    }
    // Sorted, so the table (and a message defined twice) is the same on every machine.
    files.sort();
    let mut table = String::from("&[\n");
    for (lang, area) in &files {
        let _ = writeln!(
            table,
            "    ({lang:?}, {area:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/i18n/{lang}/{area}.ftl\"))),"
        );
    }
    table.push(']');
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    if let Err(e) = std::fs::write(Path::new(&out).join("i18n_files.rs"), table) {
        panic!("cannot write the catalog table: {e}");
    }
}
