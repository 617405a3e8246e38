//! The repository stands alone: a stranger's fresh clone has nothing beside
//! it, so no source, test, bench, example, tool or CI script may read the
//! `shared` folder beside the checkout or an absolute path into the machine
//! it was written on. What they need lives in `data/` (see data/README.md).

use std::path::{Path, PathBuf};

/// Folders whose files are read or run at build, test or tool time.
const CHECKED: [&str; 9] = [
    "src",
    "crates",
    "tests",
    "benches",
    "examples",
    "tools",
    ".ci",
    "fuzz",
    "packaging",
];

/// Prefixes of paths that exist only on a developer's or CI's machine. System
/// paths every Linux has (`/tmp/.X11-unix`, `/dev/null`, `/usr/bin`) are fine.
const OUTSIDE: [&str; 8] = [
    // Spelled in two pieces so that this file, which names the prefixes, is
    // not itself a mention for other checkers that grep the tree.
    concat!("..", "/shared"),
    "/work/",
    "/root/",
    "/home/",
    "/Users/",
    "/mnt/",
    "/tmp/mini/",
    "~/.cargo/registry",
];

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        // Build output and fuzzing corpora are not the repository's files.
        let generated = path.file_name().is_some_and(|n| {
            ["target", "corpus", "artifacts", "coverage"].contains(&&*n.to_string_lossy())
        });
        if generated {
            continue;
        }
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// (file, line number, line) for every mention of a path outside the repository.
fn outside_mentions(root: &Path) -> Vec<(PathBuf, usize, String)> {
    let mut files = Vec::new();
    for dir in CHECKED {
        files_under(&root.join(dir), &mut files);
    }
    let this_file = Path::new(file!()).file_name();
    let mut found = Vec::new();
    for file in files {
        // This test names the forbidden prefixes; binary fixtures are not read as text.
        if file.file_name() == this_file {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        for (n, line) in text.lines().enumerate() {
            if OUTSIDE.iter().any(|p| line.contains(p)) {
                found.push((file.clone(), n + 1, line.trim().to_owned()));
            }
        }
    }
    found
}

#[test]
fn nothing_reads_outside_the_repository() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let found = outside_mentions(root);
    let listing: Vec<String> = found
        .iter()
        .map(|(f, n, l)| format!("{}:{n}: {l}", f.strip_prefix(root).unwrap_or(f).display()))
        .collect();
    assert!(
        found.is_empty(),
        "these lines read outside the repository; copy what they need into data/:\n{}",
        listing.join("\n")
    );
}

#[test]
fn the_check_sees_a_mention_of_shared() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let tools = dir.path().join("tools");
    std::fs::create_dir_all(&tools).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(tools.join("ok.py"), "DATA = 'data/ct24'\n").unwrap_or_else(|e| panic!("{e}"));
    assert!(outside_mentions(dir.path()).is_empty());
    std::fs::write(
        tools.join("bad.py"),
        format!("DATA = '{}/data/ct24'\n", OUTSIDE[0]),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let found = outside_mentions(dir.path());
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, 1);
}
