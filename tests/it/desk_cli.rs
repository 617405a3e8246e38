//! A desk on a bare repository (`file://`) with two members' clones, driven
//! through `claimdesk desk` and `claimdesk sync` as scripts would: syncing in
//! turn, both at once (the push race), a conflict that holds back the push
//! until it is resolved, the remote gone (offline) and back, an approval
//! against a verdict changed in the other clone, and the queue for a user.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use claimdesk::edit::{Action, Document, review};
use claimdesk::io::{load_project, save_project};
use claimdesk::model::{ClaimStatus, Event, Project};

pub(crate) struct Desk {
    pub dir: tempfile::TempDir,
    pub shared: PathBuf,
    pub ann: PathBuf,
    pub ben: PathBuf,
}

/// `claimdesk ARGS` with its own home (no settings, no git config of this machine).
pub(crate) fn run(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .args(args)
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .output()
        .unwrap()
}

pub(crate) fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// `claimdesk sync` in `clone` as `name`; its exit code and what it printed.
pub(crate) fn sync(desk: &Desk, clone: &Path, name: &str) -> (i32, String) {
    let email = format!("{}@example.org", name.to_lowercase());
    let out = run(
        desk.dir.path(),
        &[
            "sync",
            &clone.to_string_lossy(),
            "--name",
            name,
            "--email",
            &email,
        ],
    );
    (
        out.status.code().unwrap_or(-1),
        format!("{}{}", text(&out.stdout), text(&out.stderr)),
    )
}

pub(crate) fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {}", text(&out.stderr));
    text(&out.stdout)
}

/// A new desk; Ann adds the sample project and syncs, Ben joins and syncs.
pub(crate) fn desk() -> Desk {
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("shared");
    let out = run(dir.path(), &["desk", "start", &shared.to_string_lossy()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let url = format!("file://{}", shared.display());
    let join = |name: &str| {
        let clone = dir.path().join(name);
        let out = run(
            dir.path(),
            &["desk", "join", &url, &clone.to_string_lossy()],
        );
        assert!(out.status.success(), "{}", text(&out.stderr));
        clone
    };
    let (ann, ben) = (join("ann"), join("ben"));
    let desk = Desk {
        dir,
        shared,
        ann,
        ben,
    };
    crate::window::copy_sample(&desk.ann, "tokyo.ron");
    assert_eq!(sync(&desk, &desk.ann, "Ann").0, 0);
    assert_eq!(sync(&desk, &desk.ben, "Ben").0, 0);
    desk
}

/// Applies review steps to the project in `clone` as `name` and saves it.
pub(crate) fn as_user(
    clone: &Path,
    name: &str,
    steps: impl FnOnce(&Project, &review::Actor) -> Vec<Action>,
) {
    let path = clone.join("tokyo.ron");
    let mut doc = Document::opened(load_project(&path).unwrap(), path.clone());
    doc.set_user(name);
    let actions = steps(doc.project(), &doc.actor());
    for a in actions {
        doc.apply(a).unwrap();
    }
    save_project(doc.project(), &path).unwrap();
}

/// The claim numbered `n` in the article.
pub(crate) fn numbered(p: &Project, n: usize) -> claimdesk::model::Claim {
    p.claims_in_order()[n - 1].1.clone()
}

fn set_rationale(p: &Project, n: usize, text: &str) -> Action {
    let mut c = numbered(p, n);
    c.rationale = text.into();
    Action::UpdateClaim(c)
}

/// The first claim Ann may sign off (Ready for review, verdict by someone else).
fn ready_number(p: &Project, user: &str) -> usize {
    p.claims_in_order()
        .into_iter()
        .find(|(_, c)| review::approval_blocker(p, c, user).is_none())
        .map(|(n, _)| n)
        .unwrap()
}

fn remote_project(desk: &Desk) -> Project {
    let blob = git(&desk.shared, &["show", "main:tokyo.ron"]);
    claimdesk::io::parse_project(blob.as_bytes()).unwrap()
}

#[test]
fn two_members_sync_in_turn_and_each_hears_what_the_other_did() {
    let desk = desk();
    assert!(desk.ben.join("tokyo.ron").exists(), "Ben got Ann's project");
    let p = load_project(&desk.ben.join("tokyo.ron")).unwrap();
    let n = ready_number(&p, "Ben");
    // Another claim: each step is built from the project before the steps.
    let m = if n == 1 { 2 } else { 1 };
    as_user(&desk.ben, "Ben", |p, a| {
        vec![
            review::approve(p, numbered(p, n).id, a).unwrap(),
            review::add_comment(p, numbered(p, m).id, "Source?", a).unwrap(),
        ]
    });
    let (code, out) = sync(&desk, &desk.ben, "Ben");
    assert_eq!(code, 0, "{out}");
    let log = git(&desk.ben, &["log", "-1", "--format=%an <%ae>%n%s"]);
    assert!(log.starts_with("Ben <ben@example.org>"), "{log}");
    assert!(log.contains(&format!("Ben approved #{n}")), "{log}");

    as_user(&desk.ann, "Ann", |p, _| {
        vec![set_rationale(p, 2, "Ann's rationale")]
    });
    let (code, out) = sync(&desk, &desk.ann, "Ann");
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(&format!("Ben approved #{n}, commented on #{m}")),
        "{out}"
    );
    let ann = load_project(&desk.ann.join("tokyo.ron")).unwrap();
    assert_eq!(numbered(&ann, n).status, ClaimStatus::Approved);
    assert_eq!(numbered(&ann, 2).rationale, "Ann's rationale");
    assert_eq!(remote_project(&desk), ann, "Ann's merge went out");
    let text = std::fs::read_to_string(desk.ann.join("tokyo.ron")).unwrap();
    assert!(!text.contains("<<<<<<<"), "never git's text markers");
}

#[test]
fn both_at_once_the_refused_push_is_merged_and_sent_again() {
    let desk = desk();
    for round in 0..3 {
        as_user(&desk.ann, "Ann", |p, _| {
            vec![set_rationale(p, 1, &format!("Ann {round}"))]
        });
        as_user(&desk.ben, "Ben", |p, _| {
            vec![set_rationale(p, 3, &format!("Ben {round}"))]
        });
        let (a, b) = std::thread::scope(|s| {
            let a = s.spawn(|| sync(&desk, &desk.ann, "Ann"));
            let b = s.spawn(|| sync(&desk, &desk.ben, "Ben"));
            (a.join().unwrap(), b.join().unwrap())
        });
        assert_eq!((a.0, b.0), (0, 0), "{}\n{}", a.1, b.1);
    }
    // Whoever pushed first, the desk holds both; one more Sync each brings both clones level.
    assert_eq!(sync(&desk, &desk.ann, "Ann").0, 0);
    assert_eq!(sync(&desk, &desk.ben, "Ben").0, 0);
    let remote = remote_project(&desk);
    assert_eq!(numbered(&remote, 1).rationale, "Ann 2");
    assert_eq!(numbered(&remote, 3).rationale, "Ben 2");
    assert_eq!(load_project(&desk.ann.join("tokyo.ron")).unwrap(), remote);
    assert_eq!(load_project(&desk.ben.join("tokyo.ron")).unwrap(), remote);
}

#[test]
fn a_conflict_is_not_pushed_until_it_is_resolved() {
    let desk = desk();
    as_user(&desk.ann, "Ann", |p, _| {
        vec![set_rationale(p, 1, "Ann says so")]
    });
    assert_eq!(sync(&desk, &desk.ann, "Ann").0, 0);
    as_user(&desk.ben, "Ben", |p, _| {
        vec![set_rationale(p, 1, "Ben says otherwise")]
    });
    let before = git(&desk.shared, &["rev-parse", "main"]);
    let (code, out) = sync(&desk, &desk.ben, "Ben");
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("conflicts to resolve"), "{out}");
    assert_eq!(
        git(&desk.shared, &["rev-parse", "main"]),
        before,
        "nothing pushed"
    );
    let mut p = load_project(&desk.ben.join("tokyo.ron")).unwrap();
    assert_eq!(p.conflicts.len(), 1, "the conflict is kept in the file");
    // Still held back at the next Sync.
    assert_eq!(sync(&desk, &desk.ben, "Ben").0, 1);

    // Resolved (as the Conflicts panel does): the value chosen, the record gone.
    let mut c = numbered(&p, 1);
    c.rationale = "Agreed wording".into();
    Action::UpdateClaim(c).apply(&mut p).unwrap();
    p.conflicts.clear();
    save_project(&p, &desk.ben.join("tokyo.ron")).unwrap();
    let (code, out) = sync(&desk, &desk.ben, "Ben");
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        numbered(&remote_project(&desk), 1).rationale,
        "Agreed wording"
    );
}

#[test]
fn offline_the_commit_is_kept_and_sent_at_the_next_sync() {
    let desk = desk();
    let away = desk.dir.path().join("shared-unplugged");
    std::fs::rename(&desk.shared, &away).unwrap();
    as_user(&desk.ann, "Ann", |p, _| {
        vec![set_rationale(p, 2, "Written offline")]
    });
    let (code, out) = sync(&desk, &desk.ann, "Ann");
    assert_eq!(code, 3, "{out}");
    assert!(out.contains("will be sent at the next Sync"), "{out}");
    let log = git(&desk.ann, &["log", "-1", "--format=%s"]);
    assert!(log.contains("tokyo.ron"), "committed here: {log}");
    assert_eq!(
        git(
            &desk.ann,
            &["status", "--porcelain", "--untracked-files=no"]
        )
        .trim(),
        "",
        "nothing left uncommitted"
    );

    std::fs::rename(&away, &desk.shared).unwrap();
    let (code, out) = sync(&desk, &desk.ann, "Ann");
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        numbered(&remote_project(&desk), 2).rationale,
        "Written offline"
    );
}

#[test]
fn an_approval_against_a_verdict_changed_by_the_other_member_is_not_approved() {
    let desk = desk();
    let p = load_project(&desk.ann.join("tokyo.ron")).unwrap();
    let n = ready_number(&p, "Ann");
    as_user(&desk.ann, "Ann", |p, a| {
        vec![review::approve(p, numbered(p, n).id, a).unwrap()]
    });
    assert_eq!(sync(&desk, &desk.ann, "Ann").0, 0);
    as_user(&desk.ben, "Ben", |p, _| {
        let mut c = numbered(p, n);
        c.verdict = p
            .scale
            .verdicts
            .iter()
            .map(|v| v.id)
            .find(|&v| Some(v) != c.verdict);
        vec![Action::UpdateClaim(c)]
    });
    let (code, out) = sync(&desk, &desk.ben, "Ben");
    assert_eq!(code, 0, "{out}");
    let merged = numbered(&load_project(&desk.ben.join("tokyo.ron")).unwrap(), n);
    assert_eq!(merged.status, ClaimStatus::ReadyForReview);
    assert!(
        merged
            .activity
            .iter()
            .any(|a| a.event == Event::Approved && a.who == "Ann")
    );
    assert_eq!(
        merged.activity.last().unwrap().event,
        Event::ApprovalWithdrawn
    );
    assert_eq!(
        numbered(&remote_project(&desk), n).status,
        ClaimStatus::ReadyForReview
    );
}

#[test]
fn the_queue_lists_what_waits_for_a_user() {
    let desk = desk();
    let p = load_project(&desk.ann.join("tokyo.ron")).unwrap();
    let n = ready_number(&p, "Ann");
    as_user(&desk.ben, "Ben", |p, a| {
        vec![review::add_comment(p, numbered(p, 2).id, "@Ann can you check the date?", a).unwrap()]
    });
    assert_eq!(sync(&desk, &desk.ben, "Ben").0, 0);
    assert_eq!(sync(&desk, &desk.ann, "Ann").0, 0);
    let out = run(
        desk.dir.path(),
        &[
            "desk",
            "status",
            &desk.ann.to_string_lossy(),
            "--json",
            "--user",
            "Ann",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let q: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(q["user"], "Ann");
    let numbers = |list: &str| -> Vec<u64> {
        q[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["number"].as_u64().unwrap())
            .collect()
    };
    assert!(numbers("sign_off").contains(&(n as u64)), "{q}");
    assert_eq!(numbers("comments"), [2], "{q}");
    assert_eq!(q["projects"][0]["project"], "tokyo.ron");
    let text_out = run(
        desk.dir.path(),
        &[
            "desk",
            "status",
            &desk.ann.to_string_lossy(),
            "--user",
            "Ann",
        ],
    );
    let t = text(&text_out.stdout);
    assert!(t.contains("Waiting for your sign-off"), "{t}");
    assert!(t.contains("Ben: @Ann can you check the date?"), "{t}");
}

#[test]
fn outside_a_desk_or_without_git_sync_says_why_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &["sync", &dir.path().to_string_lossy(), "--name", "Ann"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("not in a desk"),
        "{}",
        text(&out.stderr)
    );

    let out = Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .args(["sync", &dir.path().to_string_lossy(), "--name", "Ann"])
        .env("PATH", "")
        .env("HOME", dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let e = text(&out.stderr);
    assert!(
        e.contains("git was not found") && e.contains("Install"),
        "{e}"
    );
}

#[test]
fn sync_signs_with_the_name_the_window_keeps() {
    let desk = desk();
    // The window's settings file, as eframe writes it.
    let settings = desk.dir.path().join("data/claimdesk");
    std::fs::create_dir_all(&settings).unwrap();
    std::fs::write(
        settings.join("app.ron"),
        "{\n    \"user_name\": \"\\\"Cleo Window\\\"\",\n    \"user_email\": \"\\\"cleo@example.org\\\"\",\n}\n",
    )
    .unwrap();
    as_user(&desk.ann, "Cleo Window", |p, _| {
        vec![set_rationale(p, 2, "From the window's user")]
    });
    let out = run(desk.dir.path(), &["sync", &desk.ann.to_string_lossy()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let log = git(&desk.ann, &["log", "-1", "--format=%an <%ae>"]);
    assert_eq!(log.trim(), "Cleo Window <cleo@example.org>");
}
