//! `claimdesk merge` and `claimdesk git-setup` from the outside: exit codes,
//! what is written (and what is not, for bad input), and real git merges
//! between two clones with ClaimDesk as the merge driver.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use super::common::{SHIPPED_SAMPLE as SAMPLE, shipped_sample as sample};
use claimdesk::edit::Action;
use claimdesk::io::{load_project, save_project};
use claimdesk::model::{FORMAT_VERSION, Project};

const EXE: &str = env!("CARGO_BIN_EXE_claimdesk");

fn claimdesk(dir: &Path, args: &[&str]) -> Output {
    Command::new(EXE)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Saves `base` changed by `f` as `name` in `dir`.
fn variant(dir: &Path, name: &str, base: &Project, f: impl FnOnce(&mut Project)) -> PathBuf {
    let mut p = base.clone();
    f(&mut p);
    let path = dir.join(name);
    save_project(&p, &path).unwrap();
    path
}

pub(crate) fn set_rationale(p: &mut Project, claim: usize, text: &str) {
    let mut c = p.claims[claim].clone();
    c.rationale = text.into();
    Action::UpdateClaim(c).apply(p).unwrap();
}

fn three(dir: &Path, ours_text: &str, theirs_claim: usize) -> [PathBuf; 3] {
    let base = sample();
    [
        variant(dir, "base.ron", &base, |_| {}),
        variant(dir, "ours.ron", &base, |p| set_rationale(p, 0, ours_text)),
        variant(dir, "theirs.ron", &base, |p| {
            set_rationale(p, theirs_claim, "Theirs")
        }),
    ]
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn a_clean_merge_exits_0_and_writes_ours_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let [b, o, t] = three(dir.path(), "Ours", 1);
    let out = claimdesk(dir.path(), &["merge", s(&b), s(&o), s(&t)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let merged = load_project(&o).unwrap();
    assert_eq!(merged.claims[0].rationale, "Ours");
    assert_eq!(merged.claims[1].rationale, "Theirs");
    assert!(merged.conflicts.is_empty());
    // The copy merged into is kept beside it, as any save keeps one.
    assert!(dir.path().join("ours.ron.bak").exists());
}

#[test]
fn a_conflicting_merge_exits_1_writes_the_conflicts_and_check_names_them() {
    let dir = tempfile::tempdir().unwrap();
    let [b, o, t] = three(dir.path(), "Ours", 0);
    let result = dir.path().join("merged.ron");
    let out = claimdesk(
        dir.path(),
        &["merge", s(&b), s(&o), s(&t), "-o", s(&result)],
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("1 conflict"), "{stderr}");
    assert!(stderr.contains("claim #1 “"), "{stderr}");
    let merged = load_project(&result).unwrap();
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.claims[0].rationale, "Ours");
    assert_eq!(
        std::fs::read(&o).unwrap(),
        std::fs::read(dir.path().join("ours.ron")).unwrap()
    );

    let check = claimdesk(dir.path(), &["check", s(&result)]);
    assert_eq!(check.status.code(), Some(1));
    let stdout = text(&check.stdout);
    assert!(stdout.contains("Conflicts: 1 unresolved"), "{stdout}");
    assert!(stdout.contains("› rationale"), "{stdout}");
}

#[test]
fn unusable_inputs_exit_2_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let [b, o, t] = three(dir.path(), "Ours", 1);
    let ours_before = std::fs::read(&o).unwrap();
    let sound = std::fs::read_to_string(&t).unwrap();
    let bad = [
        (
            "not-a-project.ron",
            "Just some words.\n".to_owned(),
            "not a valid ClaimDesk project",
        ),
        (
            "newer.ron",
            sound.replacen(
                &format!("format_version: {FORMAT_VERSION}"),
                &format!("format_version: {}", FORMAT_VERSION + 1),
                1,
            ),
            "newer ClaimDesk",
        ),
        (
            "truncated.ron",
            // Cut at a line's end: a cut inside a string is a different error.
            sound[..sound[..sound.len() / 2].rfind('\n').unwrap_or(0)].to_owned(),
            "cut off",
        ),
    ];
    for (name, content, reason) in bad {
        let path = dir.path().join(name);
        std::fs::write(&path, content).unwrap();
        for args in [[s(&b), s(&o), s(&path)], [s(&path), s(&o), s(&t)]] {
            let out_file = dir.path().join("out.ron");
            let out = claimdesk(
                dir.path(),
                &["merge", args[0], args[1], args[2], "-o", s(&out_file)],
            );
            assert_eq!(out.status.code(), Some(2), "{name}");
            let stderr = text(&out.stderr);
            assert!(stderr.contains(reason), "{name}: {stderr}");
            assert!(stderr.contains(name), "{stderr}");
            assert!(!out_file.exists(), "{name}: nothing is written");
        }
        // Ours itself unusable: it stays as it is.
        let out = claimdesk(dir.path(), &["merge", s(&b), s(&path), s(&t)]);
        assert_eq!(out.status.code(), Some(2));
    }
    assert_eq!(std::fs::read(&o).unwrap(), ours_before);
    let missing = claimdesk(dir.path(), &["merge", s(&b), s(&o), "nowhere.ron"]);
    assert_eq!(missing.status.code(), Some(2));
    let usage = claimdesk(dir.path(), &["merge", s(&b), s(&o)]);
    assert_eq!(usage.status.code(), Some(2));
    assert_eq!(std::fs::read(&o).unwrap(), ours_before);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".claimdesk-") || n == "out.ron")
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

// ---- real git ----

pub(crate) fn git(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .env("GIT_AUTHOR_NAME", "Desk")
        .env("GIT_AUTHOR_EMAIL", "desk@example.org")
        .env("GIT_COMMITTER_NAME", "Desk")
        .env("GIT_COMMITTER_EMAIL", "desk@example.org")
        .output()
        .unwrap()
}

pub(crate) fn git_ok(dir: &Path, args: &[&str]) -> String {
    let out = git(dir, args);
    assert!(
        out.status.success(),
        "git {args:?}: {}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    text(&out.stdout)
}

/// An origin repository with the sample project, and two clones set up
/// with ClaimDesk as their merge driver.
pub(crate) struct Desk {
    _dir: tempfile::TempDir,
    pub ana: PathBuf,
    pub ben: PathBuf,
}

pub(crate) fn desk() -> Desk {
    let dir = tempfile::tempdir().unwrap();
    let origin = dir.path().join("origin");
    std::fs::create_dir(&origin).unwrap();
    git_ok(&origin, &["init", "-q", "-b", "main"]);
    std::fs::copy(SAMPLE, origin.join("check.ron")).unwrap();
    let setup = claimdesk(&origin, &["git-setup", "--program", EXE]);
    assert_eq!(setup.status.code(), Some(0), "{}", text(&setup.stderr));
    let said = text(&setup.stdout);
    assert!(said.contains("*.ron merge=claimdesk"), "{said}");
    assert!(said.contains("merge.claimdesk.driver"), "{said}");
    // Once only, however often it is run.
    claimdesk(&origin, &["git-setup", "--program", EXE]);
    let attributes = std::fs::read_to_string(origin.join(".gitattributes")).unwrap();
    assert_eq!(attributes.matches("merge=claimdesk").count(), 1);
    git_ok(&origin, &["add", "."]);
    git_ok(&origin, &["commit", "-q", "-m", "Sample check"]);
    // Pushing into a non-bare origin's checked-out branch needs this.
    git_ok(
        &origin,
        &["config", "receive.denyCurrentBranch", "updateInstead"],
    );

    let clone = |name: &str| {
        git_ok(dir.path(), &["clone", "-q", "origin", name]);
        let path = dir.path().join(name);
        let setup = claimdesk(&path, &["git-setup", "--program", EXE]);
        assert_eq!(setup.status.code(), Some(0));
        let driver = git_ok(&path, &["config", "merge.claimdesk.driver"]);
        assert!(driver.trim().ends_with("merge %O %A %B -o %A"), "{driver}");
        path
    };
    Desk {
        ana: clone("ana"),
        ben: clone("ben"),
        _dir: dir,
    }
}

/// Edits the clone's project through the library and commits.
pub(crate) fn commit_edit(clone: &Path, message: &str, f: impl FnOnce(&mut Project)) {
    let path = clone.join("check.ron");
    let mut p = load_project(&path).unwrap();
    f(&mut p);
    save_project(&p, &path).unwrap();
    std::fs::remove_file(clone.join("check.ron.bak")).unwrap();
    git_ok(clone, &["commit", "-q", "-am", message]);
}

#[test]
fn git_merges_disjoint_edits_of_two_clones_cleanly() {
    let d = desk();
    commit_edit(&d.ana, "Ana: rationale of claim 1", |p| {
        set_rationale(p, 0, "Ana")
    });
    git_ok(&d.ana, &["push", "-q", "origin", "main"]);
    commit_edit(&d.ben, "Ben: rationale of claim 2", |p| {
        set_rationale(p, 1, "Ben")
    });
    let pull = git(
        &d.ben,
        &["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"],
    );
    assert!(
        pull.status.success(),
        "{}{}",
        text(&pull.stdout),
        text(&pull.stderr)
    );

    let merged = load_project(&d.ben.join("check.ron")).unwrap();
    assert_eq!(merged.claims[0].rationale, "Ana");
    assert_eq!(merged.claims[1].rationale, "Ben");
    assert!(merged.conflicts.is_empty());
    let status = git_ok(&d.ben, &["status", "--porcelain"]);
    assert!(status.is_empty(), "nothing left behind: {status}");
}

#[test]
fn git_records_a_conflict_when_both_clones_edit_the_same_field() {
    let d = desk();
    commit_edit(&d.ana, "Ana", |p| set_rationale(p, 0, "Ana's reading"));
    git_ok(&d.ana, &["push", "-q", "origin", "main"]);
    commit_edit(&d.ben, "Ben", |p| set_rationale(p, 0, "Ben's reading"));
    let pull = git(
        &d.ben,
        &["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"],
    );
    assert!(!pull.status.success(), "git reports the conflict");

    // The file is a sound project with the conflict inside, not conflict markers.
    let path = d.ben.join("check.ron");
    let merged = load_project(&path).unwrap();
    assert_eq!(merged.claims[0].rationale, "Ben's reading");
    assert_eq!(merged.conflicts.len(), 1);
    let c = &merged.conflicts[0];
    assert_eq!(c.theirs.value.as_text(), Some("Ana's reading"));
    let check = claimdesk(&d.ben, &["check", "check.ron"]);
    assert_eq!(check.status.code(), Some(1));

    // Resolved through the library, the merge commits.
    let mut p = merged;
    claimdesk::edit::resolve_conflict(&p, 0, &claimdesk::edit::Resolution::Theirs, "2026-11-25")
        .unwrap()
        .apply(&mut p)
        .unwrap();
    save_project(&p, &path).unwrap();
    std::fs::remove_file(d.ben.join("check.ron.bak")).unwrap();
    git_ok(&d.ben, &["commit", "-q", "-am", "Merge, Ana's reading"]);
    let check = claimdesk(&d.ben, &["check", "check.ron"]);
    assert_eq!(check.status.code(), Some(0));
}

#[test]
fn git_setup_outside_a_repository_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(EXE)
        .args(["git-setup"])
        .current_dir(dir.path())
        .env("GIT_CEILING_DIRECTORIES", dir.path().parent().unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("not inside a git repository"));
    assert!(!dir.path().join(".gitattributes").exists());
}
